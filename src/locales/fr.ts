/** French strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { FormStrings } from '../apply-form/form-strings.js';
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('fr', { type: 'disjunction' });
/** French plural rule: 0 and 1 take the singular. */
const one = (count: number) => count < 2;

export const ui: Strings = {
  loading: 'Chargement des postes à pourvoir…',
  loadErrorTitle: 'Impossible de charger les postes à pourvoir',
  retry: 'Réessayer',
  positionCount: (count: number) => (one(count) ? `${count} poste à pourvoir` : `${count} postes à pourvoir`),
  departmentCount: (count: number) => (one(count) ? `${count} poste` : `${count} postes`),
  noOpenings: (department: string) => `Aucun poste n’est à pourvoir pour le moment dans le département ${department}.`,
  noOpeningsIn: (departments: string) => `Aucun poste à pourvoir pour le moment dans : ${departments}.`,
  noPositions: 'Aucun poste n’est à pourvoir pour le moment.',
  noPositionsInvite: 'Les candidatures spontanées sont les bienvenues : nous les lisons toutes.',
  loadErrorTryAgain: 'Veuillez réessayer dans un instant.',
  loadErrorLater: 'Veuillez revenir plus tard.',
  writeTo: (email: string) => `Écrire à ${email}`,
  technicalDetails: 'Détails techniques',
  generalApplication: 'Envoyer une candidature spontanée',
  generalApplicationFor: (department: string) => ` pour le département ${department}`,
  generalApplicationSubject: (department: string) => `Candidature spontanée\u00a0: ${department}`,
  skippedPostings: (count: number) =>
    one(count)
      ? `${count} poste n’a pas pu être affiché car son annonce contient des erreurs.`
      : `${count} postes n’ont pas pu être affichés car leurs annonces contiennent des erreurs.`,

  searchLabel: 'Rechercher un poste',
  searchHint: 'Intitulé, compétence, équipe ou ville',
  filters: 'Filtres',
  activeFilters: (count: number) => (count ? ` (${count})` : ''),
  facet: { department: 'Département', location: 'Lieu', workplace: 'Mode de travail', employmentType: 'Type de contrat' },
  clearFilters: 'Effacer les filtres',
  resultCount: (count: number, query: string, places: string[]) =>
    `${count === 0 ? 'Aucun poste' : one(count) ? `${count} poste` : `${count} postes`}${places.length ? ` à ${or.format(places)}` : ''}${query ? ` correspondant à «\u202f${query}\u202f»` : ''}`,
  noResults: 'Aucun poste ne correspond à votre recherche. Essayez d’autres mots-clés ou effacez les filtres.',
  showMore: (count: number, left: number) =>
    `Afficher ${count} ${one(count) ? 'poste' : 'postes'} de plus (${left} ${one(left) ? 'restant' : 'restants'})`,
  positionClosed: 'Ce poste n’est plus à pourvoir. Voici les postes ouverts actuellement.',
  staleNotice: (date: string) => `Postes à pourvoir au ${date}\u202f; la liste la plus récente n’a pas pu être chargée.`,
  corporateTitle: 'Grade',
  posted: 'Publié',
  closes: 'Candidatures jusqu’au',
  showDetails: 'Afficher tous les détails',
  hideDetails: 'Masquer les détails',
  apply: 'Postuler',
  applyExternal: 'Postuler sur le site de l’entreprise',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  forPosting: (title: string) => `\u00a0: ${title}`,
  workplace: { 'on-site': 'Sur site', hybrid: 'Hybride', remote: 'Télétravail' },
  employmentType: {
    'full-time': 'Temps plein',
    'part-time': 'Temps partiel',
    contract: 'Indépendant',
    temporary: 'Temporaire',
    internship: 'Stage',
  },
  salaryPeriod: { year: 'par an', month: 'par mois', week: 'par semaine', day: 'par jour', hour: 'de l’heure' },

  applyDialogTitle: (title: string) => `Postuler\u00a0: ${title}`,
  close: 'Fermer',
  formUnavailable:
    'Le formulaire de candidature n’a pas pu être chargé. Vérifiez votre connexion et réessayez, ou postulez par e-mail.',
  applyByEmailSubject: (title: string, id: string) => `Candidature\u00a0: ${title} (${id})`,
};

/** French strings of the application form. Keep keys and function signatures identical to src/apply-form/form-strings.ts. */
export const form: FormStrings = {
  formIntro: 'Les champs marqués d’un * sont obligatoires.',
  emailModeIntro: (email: string) =>
    `Cette candidature est envoyée par e-mail à ${email}\u00a0: vous joindrez votre CV dans votre messagerie.`,
  name: 'Nom et prénom',
  email: 'Adresse e-mail',
  phone: 'Téléphone (facultatif)',
  resume: 'CV',
  resumeHint: (maxSize: string) => `PDF, DOC ou DOCX, ${maxSize} maximum.`,
  chooseFile: 'Choisir un fichier',
  replaceFile: 'Choisir un autre fichier',
  dropHint: 'ou déposez-le ici',
  remove: 'Retirer',
  coverLetter: 'Lettre de motivation',
  coverLetterHint: 'Dites-nous pourquoi ce poste vous intéresse.',
  links: 'Liens vers vos profils (facultatif)',
  linksHint: 'LinkedIn, GitHub, un portfolio\u00a0: une adresse par champ.',
  linkLabel: (index: number) => `Lien de profil ${index}`,
  consent:
    'J’accepte que les données de ma candidature soient enregistrées et traitées afin que ma candidature à ce poste puisse être examinée.',
  privacyLink: 'Lire la politique de confidentialité (s’ouvre dans un nouvel onglet)',
  yes: 'Oui',
  no: 'Non',
  honeypot: 'Laissez ce champ vide',
  submit: 'Envoyer la candidature',
  sending: 'Envoi de votre candidature…',
  sendingProgress: (percent: number) => `Envoi de votre candidature… ${percent}\u202f%`,
  progress: 'Progression de l’envoi',
  cancel: 'Annuler l’envoi',
  retrySubmit: 'Réessayer l’envoi',
  prepareEmail: 'Préparer l’e-mail de candidature',

  errorSummaryTitle: (count: number) =>
    one(count) ? `Votre candidature comporte ${count} problème` : `Votre candidature comporte ${count} problèmes`,
  nameRequired: 'Saisissez vos nom et prénom.',
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail au format nom@example.com.',
  phoneInvalid: 'Saisissez un numéro de téléphone composé de chiffres, d’espaces et des caractères +, -, ( et ).',
  resumeRequired: 'Choisissez le fichier de votre CV.',
  fileType: 'Choisissez un fichier PDF, DOC ou DOCX.',
  fileSize: (maxSize: string) => `Choisissez un fichier de moins de ${maxSize}.`,
  totalSize: (maxSize: string) => `Vos fichiers dépassent ${maxSize} au total. Choisissez un fichier plus petit.`,
  fileRequired: (label: string) => `Choisissez un fichier pour «\u202f${label}\u202f».`,
  answerRequired: (label: string) => `Répondez à la question «\u202f${label}\u202f».`,
  choiceRequired: (label: string) => `Choisissez une réponse à la question «\u202f${label}\u202f».`,
  choiceInvalid: (label: string) => `Choisissez l’une des réponses proposées à la question «\u202f${label}\u202f».`,
  linkInvalid: 'Saisissez une adresse web complète commençant par https://.',
  consentRequired: 'Cochez la case pour donner votre accord, afin que nous puissions examiner votre candidature.',

  submitted: 'Merci\u202f! Votre candidature a bien été envoyée.',
  submitFailed: 'Votre candidature n’a pas pu être envoyée.',
  submitKept: 'Tout ce que vous avez saisi est conservé. Veuillez réessayer.',
  networkError: 'La connexion a été interrompue avant la réponse du serveur.',
  timeoutError: 'Le serveur a mis trop de temps à répondre.',
  serverError: (status: number) => `Le serveur a rencontré un problème (HTTP ${status}).`,
  unconfigured:
    'Cette page n’indique pas où envoyer les candidatures, rien n’a donc été envoyé. Veuillez contacter directement l’entreprise.',
  rejected: (status: number) => `Le serveur a refusé la candidature (HTTP ${status}).`,
  busy: 'Le serveur est surchargé (HTTP 429).',
  canceled: 'Vous avez annulé l’envoi.',
  retryIn: (seconds: number) => `Nous réessaierons automatiquement dans ${seconds} ${one(seconds) ? 'seconde' : 'secondes'}.`,
  offline: 'Votre appareil est hors ligne\u00a0: nous enverrons votre candidature dès que la connexion sera rétablie.',
  unconfirmed: 'Nous n’avons pas pu confirmer que votre candidature est bien arrivée.',
  unconfirmedKept: 'Tout ce que vous avez saisi est conservé. Vous pouvez la renvoyer sans risque\u202f: si elle est déjà arrivée, elle ne sera pas enregistrée deux fois.',
  inProgress: 'Un envoi précédent de cette candidature est encore en cours de réception.',
  earlierReceived: (date: string) => `Nous avions déjà reçu une version antérieure de cette candidature, envoyée le ${date}.`,
  earlierChanged: (label: string) => `Vos modifications (${label}) n’y figurent pas.`,
  followUpHint: 'Envoyez vos modifications en complément\u202f: il sera classé avec la version antérieure, qui reste inchangée.',
  followUp: 'Envoyer les modifications en complément',

  draftRestored: (date: string) =>
    `Nous avons restauré la candidature que vous avez commencée le ${date}. Elle est conservée sur cet appareil jusqu’à son envoi.`,
  draftSaved: 'Ce que vous saisissez est conservé sur cet appareil jusqu’à l’envoi de votre candidature.',
  discardDraft: 'Supprimer le brouillon',
  draftDiscarded: 'Brouillon supprimé.',
  chooseAgain: (name: string) =>
    `Vous aviez choisi «\u202f${name}\u202f». Les fichiers ne sont pas conservés dans les brouillons\u00a0: veuillez choisir ce fichier à nouveau.`,

  emailReadyTitle: 'Votre e-mail de candidature est prêt',
  emailReadySteps: (email: string) => [
    `Ouvrez-le dans votre messagerie\u00a0: il est adressé à ${email} et contient ce que vous avez saisi.`,
    'Joignez vous-même votre CV\u00a0: un lien e-mail ne peut pas transmettre de fichiers.',
    'Envoyez-le.',
  ],
  openEmail: 'Ouvrir l’e-mail',
  emailSubject: (title: string, id: string) => `Candidature\u00a0: ${title} (${id})`,
  emailResumeNote: '[CV joint]',
  editApplication: 'Retour au formulaire',
};
