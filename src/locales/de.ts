/** German strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('de', { type: 'disjunction' });

export const ui: Strings = {
  loading: 'Offene Stellen werden geladen …',
  loadErrorTitle: 'Die offenen Stellen konnten nicht geladen werden',
  retry: 'Erneut versuchen',
  positionCount: (count: number) => (count === 1 ? '1 offene Stelle' : `${count} offene Stellen`),
  departmentCount: (count: number) => (count === 1 ? '1 Stelle' : `${count} Stellen`),
  noOpenings: (department: string) => `Im Bereich ${department} gibt es derzeit keine offenen Stellen.`,
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
