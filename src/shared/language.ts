/** The language for dates, numbers and country names: the nearest `lang` around the element, else the page's. */
export function languageOf(element: Element): string | undefined {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || undefined;
}
