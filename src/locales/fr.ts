/** French strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
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
