/**
 * The element's language as a BCP 47 tag: its own `lang` or the nearest one around it, looking out of shadow roots
 * (a card inside a list speaks the list's language), else the browser's.
 */
export function languageOf(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return validTag(lang);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return validTag(navigator.language);
}

/**
 * `tag` when `Intl` accepts it, else `en`: under a POSIX `C` locale WebKitGTK reports `navigator.language` as `"C"`,
 * and every `Intl` constructor given that throws.
 */
export function validTag(tag: string | undefined): string {
  try {
    return (tag && Intl.getCanonicalLocales(tag)[0]) || 'en';
  } catch {
    return 'en';
  }
}
