/** Spanish strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('es', { type: 'disjunction' });

export const ui: Strings = {
  loading: 'Cargando vacantes…',
  loadErrorTitle: 'No se pudieron cargar las vacantes',
  retry: 'Reintentar',
  positionCount: (count: number) => (count === 1 ? '1 vacante disponible' : `${count} vacantes disponibles`),
  departmentCount: (count: number) => (count === 1 ? '1 vacante' : `${count} vacantes`),
  noOpenings: (department: string) => `En este momento no hay vacantes en ${department}.`,
  generalApplication: 'Enviar una candidatura espontánea',
  generalApplicationFor: (department: string) => ` para el área de ${department}`,
  generalApplicationSubject: (department: string) => `Candidatura espontánea: ${department}`,
  skippedPostings: (count: number) =>
    count === 1
      ? '1 vacante no se pudo mostrar porque su anuncio contiene errores.'
      : `${count} vacantes no se pudieron mostrar porque sus anuncios contienen errores.`,

  searchLabel: 'Buscar vacantes',
  searchHint: 'Puesto, habilidad, equipo o ciudad',
  filters: 'Filtros',
  activeFilters: (count: number) => (count ? ` (${count})` : ''),
  facet: { department: 'Área', location: 'Ubicación', workplace: 'Modalidad', employmentType: 'Tipo de empleo' },
  clearFilters: 'Borrar filtros',
  resultCount: (count: number, query: string, places: string[]) => {
    const where = places.length ? ` en ${or.format(places)}` : '';
    if (count === 0) return `No hay vacantes${where}${query ? ` que coincidan con «${query}»` : ''}`;
    return count === 1
      ? `1 vacante${where}${query ? ` que coincide con «${query}»` : ''}`
      : `${count} vacantes${where}${query ? ` que coinciden con «${query}»` : ''}`;
  },
  noResults: 'Ninguna vacante coincide con la búsqueda. Puede probar con otras palabras o borrar los filtros.',
  showMore: (count: number, left: number) => `Mostrar ${count} más (${left} sin mostrar)`,
  positionClosed: 'Esta vacante ya está cerrada. A continuación se muestran las vacantes disponibles actualmente.',
  staleNotice: (date: string) => `Se muestran las vacantes disponibles el ${date}; no se pudo cargar la lista más reciente.`,
  corporateTitle: 'Rango',
  posted: 'Publicada',
  closes: 'Candidaturas hasta el',
  showDetails: 'Ver todos los detalles',
  hideDetails: 'Ocultar detalles',
  apply: 'Postularse',
  applyExternal: 'Postularse en el sitio web de la empresa',
  opensInNewTab: '(se abre en una pestaña nueva)',
  forPosting: (title: string) => `: ${title}`,
  workplace: { 'on-site': 'Presencial', hybrid: 'Híbrido', remote: 'Remoto' },
  employmentType: {
    'full-time': 'Jornada completa',
    'part-time': 'Media jornada',
    contract: 'Por proyecto',
    temporary: 'Temporal',
    internship: 'Prácticas',
  },
  salaryPeriod: { year: 'al año', month: 'al mes', week: 'a la semana', day: 'al día', hour: 'por hora' },

  applyDialogTitle: (title: string) => `Postularse al puesto de ${title}`,
  close: 'Cerrar',
  formUnavailable:
    'No se pudo cargar el formulario de solicitud. Compruebe la conexión e inténtelo de nuevo, o envíe la candidatura por correo electrónico.',
  applyByEmailSubject: (title: string, id: string) => `Candidatura: ${title} (${id})`,
};
