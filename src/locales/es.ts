/** Spanish strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { FormStrings } from '../apply-form/form-strings.js';
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('es', { type: 'disjunction' });

export const ui: Strings = {
  loading: 'Cargando vacantes…',
  loadErrorTitle: 'No se pudieron cargar las vacantes',
  retry: 'Reintentar',
  positionCount: (count: number) => (count === 1 ? '1 vacante disponible' : `${count} vacantes disponibles`),
  departmentCount: (count: number) => (count === 1 ? '1 vacante' : `${count} vacantes`),
  noOpenings: (department: string) => `En este momento no hay vacantes en ${department}.`,
  noOpeningsIn: (departments: string) => `Por ahora no hay vacantes en: ${departments}.`,
  noPositions: 'En este momento no hay vacantes.',
  noPositionsInvite: 'Puede enviarnos una candidatura espontánea: leemos todas.',
  loadErrorTryAgain: 'Vuelva a intentarlo en un momento.',
  loadErrorLater: 'Vuelva más tarde.',
  writeTo: (email: string) => `Escribir a ${email}`,
  technicalDetails: 'Detalles técnicos',
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

/** Spanish strings of the application form. Keep keys and function signatures identical to src/apply-form/form-strings.ts. */
export const form: FormStrings = {
  formIntro: 'Los campos marcados con * son obligatorios.',
  emailModeIntro: (email: string) =>
    `Esta candidatura se envía por correo electrónico a ${email}: el currículum se adjunta desde el programa de correo.`,
  name: 'Nombre completo',
  email: 'Correo electrónico',
  phone: 'Teléfono (opcional)',
  resume: 'Currículum',
  resumeHint: (maxSize: string) => `PDF, DOC o DOCX, de hasta ${maxSize}.`,
  chooseFile: 'Elegir archivo',
  replaceFile: 'Elegir otro archivo',
  dropHint: 'o suéltelo aquí',
  remove: 'Quitar',
  coverLetter: 'Carta de presentación',
  coverLetterHint: 'Cuéntenos por qué le interesa este puesto.',
  links: 'Enlaces a perfiles (opcional)',
  linksHint: 'LinkedIn, GitHub, un portafolio: una dirección por campo.',
  linkLabel: (index: number) => `Enlace a perfil ${index}`,
  consent:
    'Acepto que los datos de mi candidatura se almacenen y traten con el fin de que se me tenga en cuenta para este puesto.',
  privacyLink: 'Leer el aviso de privacidad (se abre en una pestaña nueva)',
  yes: 'Sí',
  no: 'No',
  honeypot: 'Deje este campo vacío',
  submit: 'Enviar candidatura',
  sending: 'Enviando la candidatura…',
  sendingProgress: (percent: number) => `Enviando la candidatura… ${percent}\u00a0%`,
  progress: 'Progreso del envío',
  cancel: 'Cancelar el envío',
  retrySubmit: 'Volver a enviar',
  prepareEmail: 'Preparar el correo de candidatura',

  errorSummaryTitle: (count: number) =>
    count === 1 ? 'Hay 1 problema en la candidatura' : `Hay ${count} problemas en la candidatura`,
  nameRequired: 'Introduzca su nombre completo.',
  emailRequired: 'Introduzca su dirección de correo electrónico.',
  emailInvalid: 'Introduzca una dirección de correo electrónico como nombre@example.com.',
  phoneInvalid: 'Introduzca un número de teléfono con dígitos, espacios, +, -, ( y ).',
  resumeRequired: 'Elija el archivo de su currículum.',
  fileType: 'Elija un archivo PDF, DOC o DOCX.',
  fileSize: (maxSize: string) => `Elija un archivo de menos de ${maxSize}.`,
  totalSize: (maxSize: string) => `Los archivos suman más de ${maxSize}. Elija un archivo más pequeño.`,
  fileRequired: (label: string) => `Elija un archivo para «${label}».`,
  answerRequired: (label: string) => `Responda a la pregunta «${label}».`,
  choiceRequired: (label: string) => `Elija una respuesta para «${label}».`,
  choiceInvalid: (label: string) => `Elija una de las respuestas ofrecidas para «${label}».`,
  linkInvalid: 'Introduzca una dirección web completa que empiece por https://.',
  consentRequired: 'Marque la casilla para dar su consentimiento; así podremos tener en cuenta su candidatura.',

  submitted: '¡Gracias! La candidatura se ha enviado.',
  submitFailed: 'No se pudo enviar la candidatura.',
  submitKept: 'Todos los datos introducidos se conservan. Vuelva a intentarlo.',
  networkError: 'La conexión se interrumpió antes de que el servidor respondiera.',
  timeoutError: 'El servidor tardó demasiado en responder.',
  serverError: (status: number) => `El servidor tuvo un problema (HTTP ${status}).`,
  unconfigured:
    'Esta página no tiene configurado adónde se envían las candidaturas, por lo que no se ha enviado nada. Póngase en contacto directamente con la empresa.',
  rejected: (status: number) => `El servidor rechazó la candidatura (HTTP ${status}).`,
  busy: 'El servidor está saturado (HTTP 429).',
  canceled: 'Se ha cancelado el envío.',
  retryIn: (seconds: number) =>
    `Se volverá a intentar automáticamente dentro de ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}.`,
  offline: 'El dispositivo no tiene conexión: la candidatura se enviará en cuanto se restablezca.',
  unconfirmed: 'No pudimos confirmar que su candidatura haya llegado.',
  unconfirmedKept: 'Todos los datos introducidos se conservan. Puede volver a enviarla sin riesgo: si ya llegó, no se registrará dos veces.',
  inProgress: 'Todavía se está recibiendo un envío anterior de esta candidatura.',
  earlierReceived: (date: string) => `Ya habíamos recibido una versión anterior de esta candidatura, enviada el ${date}.`,
  earlierChanged: (label: string) => `Sus cambios (${label}) no están incluidos en ella.`,
  followUpHint: 'Envíe sus cambios como complemento: se archivará junto con la versión anterior, que no se modifica.',
  followUp: 'Enviar los cambios como complemento',

  draftRestored: (date: string) =>
    `Se ha restaurado la candidatura que empezó el ${date}. Se guarda en este dispositivo hasta que la envíe.`,
  draftSaved: 'Lo que escriba se guarda en este dispositivo hasta que envíe la candidatura.',
  discardDraft: 'Descartar borrador',
  draftDiscarded: 'Borrador descartado.',
  chooseAgain: (name: string) => `Había elegido «${name}». Los borradores no guardan archivos: vuelva a elegirlo.`,

  emailReadyTitle: 'El correo de candidatura está listo',
  emailReadySteps: (email: string) => [
    `Ábralo en su programa de correo: está dirigido a ${email} y contiene los datos introducidos.`,
    'Adjunte el currículum manualmente: los enlaces de correo no pueden incluir archivos.',
    'Envíelo.',
  ],
  openEmail: 'Abrir el correo',
  emailSubject: (title: string, id: string) => `Candidatura: ${title} (${id})`,
  emailResumeNote: '[Currículum adjunto]',
  editApplication: 'Volver al formulario',
};
