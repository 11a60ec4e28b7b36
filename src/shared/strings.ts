/**
 * Every user-visible string of the widgets (feed content aside) lives in this one typed table, so a translation is
 * a second object of the same type rather than a search through templates.
 */
import type { EmploymentType, Workplace } from '../feed/schema.js';

export const strings = {
  loading: 'Loading open positions…',
  loadErrorTitle: 'Open positions could not be loaded',
  retry: 'Retry',
  positionCount: (count: number) => (count === 1 ? '1 open position' : `${count} open positions`),
  departmentCount: (count: number) => (count === 1 ? '1 position' : `${count} positions`),
  noOpenings: (department: string) => `There are no open positions in ${department} right now.`,
  generalApplication: 'Send a general application',
  generalApplicationFor: (department: string) => ` for ${department}`,
  generalApplicationSubject: (department: string) => `General application: ${department}`,
  skippedPostings: (count: number) =>
    count === 1 ? '1 position could not be shown because its listing has errors.' : `${count} positions could not be shown because their listings have errors.`,

  searchLabel: 'Search positions',
  searchHint: 'Title, skill, team or city',
  filters: 'Filters',
  activeFilters: (count: number) => (count ? ` (${count})` : ''),
  facet: { department: 'Department', location: 'Location', workplace: 'Workplace', employmentType: 'Employment type' },
  clearFilters: 'Clear filters',
  resultCount: (count: number, query: string, places: string[]) =>
    `${count === 0 ? 'No positions' : count === 1 ? '1 position' : `${count} positions`}${places.length ? ` in ${places.join(' or ')}` : ''}${query ? ` matching “${query}”` : ''}`,
  noResults: 'No open position matches your search. Try other words, or clear the filters.',
  showMore: (count: number, left: number) => `Show ${count} more (${left} not shown)`,
  positionClosed: 'This position has closed. Here are the positions open now.',
  staleNotice: (date: string) => `Showing the positions as of ${date}; the latest list could not be loaded.`,
  corporateTitle: 'Corporate title',
  posted: 'Posted',
  closes: 'Applications close',
  showDetails: 'Show full details',
  hideDetails: 'Hide details',
  apply: 'Apply',
  applyExternal: 'Apply on the company site',
  opensInNewTab: '(opens in a new tab)',
  forPosting: (title: string) => ` for ${title}`,
  workplace: { 'on-site': 'On-site', hybrid: 'Hybrid', remote: 'Remote' } satisfies Record<Workplace, string>,
  employmentType: {
    'full-time': 'Full-time',
    'part-time': 'Part-time',
    contract: 'Contract',
    temporary: 'Temporary',
    internship: 'Internship',
  } satisfies Record<EmploymentType, string>,
  salaryPeriod: { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' },

  applyDialogTitle: (title: string) => `Apply for ${title}`,
  close: 'Close',

  formIntro: 'Fields marked * are required.',
  emailModeIntro: (email: string) =>
    `This application is sent by e-mail to ${email}: you will attach your resume in your e-mail program.`,
  name: 'Full name',
  email: 'E-mail',
  phone: 'Phone (optional)',
  resume: 'Resume',
  resumeHint: (maxSize: string) => `PDF, DOC or DOCX, up to ${maxSize}.`,
  coverLetter: 'Cover letter',
  coverLetterHint: 'Tell us why this role interests you.',
  links: 'Profile links (optional)',
  linksHint: 'LinkedIn, GitHub, a portfolio: one address per field.',
  linkLabel: (index: number) => `Profile link ${index}`,
  consent: 'I agree that my application data is stored and processed to consider me for this position.',
  submit: 'Send application',
  sending: 'Sending your application…',
  retrySubmit: 'Try sending again',
  prepareEmail: 'Prepare application e-mail',

  errorSummaryTitle: (count: number) =>
    count === 1 ? 'There is 1 problem with your application' : `There are ${count} problems with your application`,
  nameRequired: 'Enter your full name.',
  emailRequired: 'Enter your e-mail address.',
  emailInvalid: 'Enter an e-mail address like name@example.com.',
  phoneInvalid: 'Enter a phone number using digits, spaces, +, -, ( and ).',
  resumeRequired: 'Choose your resume file.',
  resumeType: 'Choose a PDF, DOC or DOCX file.',
  resumeSize: (maxSize: string) => `Choose a file smaller than ${maxSize}.`,
  linkInvalid: 'Enter a full web address starting with https://.',
  consentRequired: 'Tick the box to agree, so we can consider your application.',

  submitted: 'Thank you! Your application has been sent.',
  submitFailed: 'Your application could not be sent.',
  submitKept: 'Everything you entered is still here. Please try again.',
  networkError: 'The connection failed before the application reached us.',
  timeoutError: 'The server took too long to answer.',
  serverError: (status: number) => `The server had a problem (HTTP ${status}).`,
  unconfigured: 'This page has not set up where applications go, so nothing was sent. Please contact the company directly.',
  rejected: (status: number) => `The server refused the application (HTTP ${status}).`,

  emailReadyTitle: 'Your application e-mail is ready',
  emailReadySteps: (email: string) => [
    `Open it in your e-mail program: it is addressed to ${email} and contains what you entered.`,
    'Attach your resume by hand: e-mail links cannot carry files.',
    'Send it.',
  ],
  openEmail: 'Open the e-mail',
  emailSubject: (title: string, id: string) => `Application: ${title} (${id})`,
  emailResumeNote: '[Resume attached]',
  editApplication: 'Back to the form',
};

export type Strings = typeof strings;
