/** German strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { FormStrings } from '../apply-form/form-strings.js';
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('de', { type: 'disjunction' });

export const ui: Strings = {
  loading: 'Offene Stellen werden geladen …',
  loadErrorTitle: 'Die offenen Stellen konnten nicht geladen werden',
  retry: 'Erneut versuchen',
  positionCount: (count: number) => (count === 1 ? '1 offene Stelle' : `${count} offene Stellen`),
  departmentCount: (count: number) => (count === 1 ? '1 Stelle' : `${count} Stellen`),
  noOpenings: (department: string) => `Im Bereich ${department} gibt es derzeit keine offenen Stellen.`,
  noOpeningsIn: (departments: string) => `Derzeit keine offenen Stellen in: ${departments}.`,
  noPositions: 'Derzeit sind keine Stellen ausgeschrieben.',
  noPositionsInvite: 'Initiativbewerbungen sind jederzeit willkommen: Wir lesen jede.',
  loadErrorTryAgain: 'Bitte versuchen Sie es gleich noch einmal.',
  loadErrorLater: 'Bitte schauen Sie später wieder vorbei.',
  writeTo: (email: string) => `E-Mail an ${email}`,
  technicalDetails: 'Technische Details',
  generalApplication: 'Initiativbewerbung senden',
  generalApplicationFor: (department: string) => ` für den Bereich ${department}`,
  generalApplicationSubject: (department: string) => `Initiativbewerbung: ${department}`,
  skippedPostings: (count: number) =>
    count === 1
      ? '1 Stelle konnte nicht angezeigt werden, weil ihre Ausschreibung fehlerhaft ist.'
      : `${count} Stellen konnten nicht angezeigt werden, weil ihre Ausschreibungen fehlerhaft sind.`,

  searchLabel: 'Stellen durchsuchen',
  searchHint: 'Titel, Fähigkeit, Team oder Stadt',
  filters: 'Filter',
  activeFilters: (count: number) => (count ? ` (${count})` : ''),
  facet: { department: 'Bereich', location: 'Standort', workplace: 'Arbeitsmodell', employmentType: 'Anstellungsart' },
  clearFilters: 'Filter zurücksetzen',
  resultCount: (count: number, query: string, places: string[]) =>
    `${count === 0 ? 'Keine Stellen' : count === 1 ? '1 Stelle' : `${count} Stellen`}${places.length ? ` in ${or.format(places)}` : ''}${query ? ` passend zu „${query}“` : ''}`,
  noResults: 'Keine offene Stelle entspricht Ihrer Suche. Versuchen Sie es mit anderen Begriffen oder setzen Sie die Filter zurück.',
  showMore: (count: number, left: number) => `${count} weitere anzeigen (${left} nicht angezeigt)`,
  positionClosed: 'Diese Stelle ist nicht mehr ausgeschrieben. Hier sehen Sie die aktuell offenen Stellen.',
  staleNotice: (date: string) => `Angezeigt werden die Stellen mit Stand vom ${date}; die aktuelle Liste konnte nicht geladen werden.`,
  corporateTitle: 'Rang',
  posted: 'Veröffentlicht',
  closes: 'Bewerbungen bis',
  showDetails: 'Alle Details anzeigen',
  hideDetails: 'Details ausblenden',
  apply: 'Bewerben',
  applyExternal: 'Auf der Unternehmenswebsite bewerben',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  forPosting: (title: string) => `: ${title}`,
  workplace: { 'on-site': 'Vor Ort', hybrid: 'Hybrid', remote: 'Remote' },
  employmentType: {
    'full-time': 'Vollzeit',
    'part-time': 'Teilzeit',
    contract: 'Freie Mitarbeit',
    temporary: 'Befristet',
    internship: 'Praktikum',
  },
  salaryPeriod: { year: 'pro Jahr', month: 'pro Monat', week: 'pro Woche', day: 'pro Tag', hour: 'pro Stunde' },

  applyDialogTitle: (title: string) => `Bewerbung als ${title}`,
  close: 'Schließen',
  formUnavailable:
    'Das Bewerbungsformular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut, oder bewerben Sie sich per E-Mail.',
  applyByEmailSubject: (title: string, id: string) => `Bewerbung: ${title} (${id})`,
};

/** German strings of the application form. Keep keys and function signatures identical to src/apply-form/form-strings.ts. */
export const form: FormStrings = {
  formIntro: 'Mit * gekennzeichnete Felder sind Pflichtfelder.',
  emailModeIntro: (email: string) =>
    `Diese Bewerbung wird per E-Mail an ${email} gesendet: Ihren Lebenslauf hängen Sie in Ihrem E-Mail-Programm an.`,
  name: 'Vollständiger Name',
  email: 'E-Mail',
  phone: 'Telefon (optional)',
  resume: 'Lebenslauf',
  resumeHint: (maxSize: string) => `PDF, DOC oder DOCX, höchstens ${maxSize}.`,
  chooseFile: 'Datei auswählen',
  replaceFile: 'Andere Datei auswählen',
  dropHint: 'oder hierher ziehen',
  remove: 'Entfernen',
  coverLetter: 'Anschreiben',
  coverLetterHint: 'Erzählen Sie uns, warum Sie diese Stelle interessiert.',
  links: 'Profil-Links (optional)',
  linksHint: 'LinkedIn, GitHub, ein Portfolio: eine Adresse pro Feld.',
  linkLabel: (index: number) => `Profil-Link ${index}`,
  consent:
    'Ich bin damit einverstanden, dass meine Bewerbungsdaten gespeichert und verarbeitet werden, damit ich für diese Stelle berücksichtigt werden kann.',
  privacyLink: 'Datenschutzhinweise lesen (öffnet in einem neuen Tab)',
  yes: 'Ja',
  no: 'Nein',
  honeypot: 'Lassen Sie dieses Feld leer',
  submit: 'Bewerbung senden',
  sending: 'Ihre Bewerbung wird gesendet …',
  sendingProgress: (percent: number) => `Ihre Bewerbung wird gesendet … ${percent}\u00a0%`,
  progress: 'Upload-Fortschritt',
  cancel: 'Senden abbrechen',
  retrySubmit: 'Erneut senden',
  prepareEmail: 'Bewerbungs-E-Mail vorbereiten',

  errorSummaryTitle: (count: number) =>
    count === 1 ? 'Bei Ihrer Bewerbung gibt es 1 Problem' : `Bei Ihrer Bewerbung gibt es ${count} Probleme`,
  nameRequired: 'Geben Sie Ihren vollständigen Namen ein.',
  emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse im Format name@example.com ein.',
  phoneInvalid: 'Geben Sie eine Telefonnummer ein, die nur Ziffern, Leerzeichen, +, -, ( und ) enthält.',
  resumeRequired: 'Wählen Sie die Datei mit Ihrem Lebenslauf aus.',
  fileType: 'Wählen Sie eine PDF-, DOC- oder DOCX-Datei aus.',
  fileSize: (maxSize: string) => `Wählen Sie eine Datei aus, die kleiner als ${maxSize} ist.`,
  totalSize: (maxSize: string) => `Ihre Dateien sind zusammen größer als ${maxSize}. Wählen Sie eine kleinere Datei aus.`,
  fileRequired: (label: string) => `Wählen Sie eine Datei für „${label}“ aus.`,
  answerRequired: (label: string) => `Beantworten Sie die Frage „${label}“.`,
  choiceRequired: (label: string) => `Wählen Sie eine Antwort auf die Frage „${label}“ aus.`,
  choiceInvalid: (label: string) => `Wählen Sie eine der angebotenen Antworten auf die Frage „${label}“ aus.`,
  linkInvalid: 'Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt.',
  consentRequired: 'Setzen Sie das Häkchen, um zuzustimmen, damit wir Ihre Bewerbung berücksichtigen können.',

  submitted: 'Vielen Dank! Ihre Bewerbung wurde gesendet.',
  submitFailed: 'Ihre Bewerbung konnte nicht gesendet werden.',
  submitKept: 'Alle Ihre Eingaben sind noch vorhanden. Bitte versuchen Sie es erneut.',
  networkError: 'Die Verbindung ist abgebrochen, bevor der Server geantwortet hat.',
  timeoutError: 'Der Server hat zu lange für die Antwort gebraucht.',
  serverError: (status: number) => `Auf dem Server ist ein Problem aufgetreten (HTTP ${status}).`,
  unconfigured:
    'Auf dieser Seite ist nicht eingerichtet, wohin Bewerbungen gehen, daher wurde nichts gesendet. Bitte wenden Sie sich direkt an das Unternehmen.',
  rejected: (status: number) => `Der Server hat die Bewerbung abgelehnt (HTTP ${status}).`,
  busy: 'Der Server ist ausgelastet (HTTP 429).',
  canceled: 'Sie haben das Senden abgebrochen.',
  retryIn: (seconds: number) => `Wir versuchen es in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} selbst erneut.`,
  offline: 'Ihr Gerät ist offline: Wir senden die Bewerbung, sobald die Verbindung wieder besteht.',
  unconfirmed: 'Wir konnten nicht bestätigen, dass Ihre Bewerbung angekommen ist.',
  unconfirmedKept: 'Alle Ihre Eingaben sind noch vorhanden. Sie können sie gefahrlos erneut senden: Ist sie schon angekommen, wird sie nicht doppelt abgelegt.',
  inProgress: 'Ein früherer Sendeversuch dieser Bewerbung wird noch empfangen.',
  earlierReceived: (date: string) => `Wir hatten bereits eine frühere Fassung dieser Bewerbung erhalten, gesendet am ${date}.`,
  earlierChanged: (label: string) => `Ihre Änderungen (${label}) sind darin nicht enthalten.`,
  followUpHint: 'Senden Sie Ihre Änderungen als Nachtrag: Er wird zusammen mit der früheren Fassung abgelegt, die unverändert bleibt.',
  followUp: 'Änderungen als Nachtrag senden',

  draftRestored: (date: string) =>
    `Wir haben die Bewerbung wiederhergestellt, die Sie am ${date} begonnen haben. Sie bleibt auf diesem Gerät gespeichert, bis Sie sie senden.`,
  draftSaved: 'Ihre Eingaben bleiben auf diesem Gerät gespeichert, bis Sie die Bewerbung senden.',
  discardDraft: 'Entwurf verwerfen',
  draftDiscarded: 'Entwurf verworfen.',
  chooseAgain: (name: string) =>
    `Sie hatten „${name}“ ausgewählt. Dateien werden nicht im Entwurf gespeichert: Bitte wählen Sie die Datei erneut aus.`,

  emailReadyTitle: 'Ihre Bewerbungs-E-Mail ist bereit',
  emailReadySteps: (email: string) => [
    `Öffnen Sie die E-Mail in Ihrem E-Mail-Programm: Sie ist an ${email} adressiert und enthält Ihre Eingaben.`,
    'Hängen Sie Ihren Lebenslauf selbst an: Über E-Mail-Links lassen sich keine Dateien mitsenden.',
    'Senden Sie die E-Mail ab.',
  ],
  openEmail: 'E-Mail öffnen',
  emailSubject: (title: string, id: string) => `Bewerbung: ${title} (${id})`,
  emailResumeNote: '[Lebenslauf im Anhang]',
  editApplication: 'Zurück zum Formular',
};
