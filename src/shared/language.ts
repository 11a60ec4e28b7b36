/**
 * The element's language as a BCP 47 tag: its own `lang` or the nearest one around it, looking out of shadow roots
 * (a card inside a list speaks the list's language), else the browser's.
 */
export function languageOf(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return navigator.language || 'en';
}
