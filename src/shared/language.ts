/** The element's language as a BCP 47 tag: its own `lang` or the nearest one around it, else the browser's. */
export function languageOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
}
