/**
 * Parts the page may never need, fetched on first use: the application form (most visitors never apply), the HTML
 * sanitizer (only feeds from an applicant tracking system carry HTML) and the ATS adapters. The ES build registers
 * loaders that `import()` them (a bundler splits them off); the script tag registers loaders that add the matching
 * `careers-widgets-*.js` file from its own folder. With no loader registered, callers fall back as documented.
 */
/** `again`: an earlier load of the same part is still pending past a caller's time-out: ask for it once more. */
type Loader = (again: boolean) => Promise<unknown>;

const loaders = new Map<string, Loader>();
const loaded = new Map<string, unknown>();

export function registerLoader(name: string, load: Loader): void {
  loaders.set(name, load);
}

/** Whether a loader for `name` is registered. */
export function hasLoader(name: string): boolean {
  return loaders.has(name);
}

/** Resolves when the custom element `tag` is defined, loading it first if a loader knows how; rejects when that load fails. */
export async function elementReady(tag: string): Promise<void> {
  const load = loaders.get(tag);
  if (customElements.get(tag) || !load) return;
  await load(false);
  await customElements.whenDefined(tag);
}

/**
 * A lazily loaded module's exports, loading it on the first call; rejects when it cannot be loaded. `again`: the load
 * asked for before has stalled past the caller's time-out; the loader asks once more, beside it.
 */
export async function loadModule<T>(name: string, again = false): Promise<T> {
  if (!loaded.has(name)) {
    const load = loaders.get(name);
    if (!load) throw new Error(`careers-widgets: nothing registered to load "${name}"`);
    const exports = await load(again);
    // A file that ran but handed nothing back (a stale or mismatched copy) is a failed load, asked for again later.
    if (!exports) throw new Error(`careers-widgets: "${name}" loaded without its exports`);
    loaded.set(name, exports);
  }
  return loaded.get(name) as T;
}

/** The module's exports if it is loaded already. */
export function loadedModule<T>(name: string): T | undefined {
  return loaded.get(name) as T | undefined;
}
