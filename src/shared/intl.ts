/** Intl formatters are slow to build (a card needs several): one per kind and language, made once. */
const formatters = new Map<string, unknown>();

export function formatter<T>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (made === undefined) formatters.set(key, (made = make()));
  return made;
}
