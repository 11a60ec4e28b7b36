/**
 * The user-visible strings of the list and the cards (feed content aside), in one typed table, so a translation is
 * a second object of the same type rather than a search through templates. The application form has its own table
 * (src/apply-form/form-strings.ts): the script tag loads the form only when a candidate applies.
 */
import type { EmploymentType, Workplace } from '../feed/schema.js';

export const strings = {
  loading: 'Loading open positions…',
  loadErrorTitle: 'Open positions could not be loaded right now',
  retry: 'Retry',
  positionCount: (count: number) => (count === 1 ? '1 open position' : `${count} open positions`),
  departmentCount: (count: number) => (count === 1 ? '1 position' : `${count} positions`),
  noOpenings: (department: string) => `There are no open positions in ${department} right now.`,
  noOpeningsIn: (departments: string) => `No openings right now in: ${departments}.`,
  noPositions: 'There are no open positions right now.',
  noPositionsInvite: 'You are welcome to send a general application: we read every one.',
  loadErrorTryAgain: 'Please try again in a moment.',
  loadErrorLater: 'Please come back later.',
  writeTo: (email: string) => `Write to ${email}`,
  technicalDetails: 'Technical details',
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
  formUnavailable: 'The application form could not be loaded. Check your connection and try again, or apply by e-mail.',
  applyByEmailSubject: (title: string, id: string) => `Application: ${title} (${id})`,
};

export type Strings = typeof strings;
