/**
 * The application form's user-visible strings, in one typed table like the list's (src/shared/strings.ts). Kept
 * apart so the script-tag build can load the form, and these, only when a candidate applies.
 */
export const formStrings = {
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

export type FormStrings = typeof formStrings;
