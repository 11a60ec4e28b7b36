/**
 * Elements the script-tag build fetches on first use (the application form: most visitors never apply). The ES
 * build registers every element at once and registers no loader, so `elementReady` returns at once there.
 */
const loaders = new Map<string, () => Promise<unknown>>();

export function registerLoader(tag: string, load: () => Promise<unknown>): void {
  loaders.set(tag, load);
}

/** Resolves when `tag` is defined, loading it first if a loader knows how; rejects when that load fails. */
export async function elementReady(tag: string): Promise<void> {
  const load = loaders.get(tag);
  if (customElements.get(tag) || !load) return;
  await load();
  await customElements.whenDefined(tag);
}
