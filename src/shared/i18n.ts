/**
 * UI languages. English is built in; German, French, Spanish, Japanese and Simplified Chinese are tables in
 * src/locales/, fetched the first time an element needs one (a bundler splits them off; the script tag loads
 * `careers-widgets-<lang>.js` next to itself). Until a table arrives the element shows English, then re-renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormStrings } from '../apply-form/form-strings.js';
import { languageOf } from './language.js';
import type { Strings } from './strings.js';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One language's tables: the list's (`ui`) and the application form's (`form`). */
export interface LocaleTables {
  ui: Strings;
  form: FormStrings;
}

const tables = new Map<string, Partial<LocaleTables>>();
const requested = new Set<string>(['en']);
const changes = new EventTarget();
let loader: ((language: Language) => Promise<unknown>) | undefined;

/** How missing tables are fetched: set once by the entry point (ES build or script tag). */
export function setLocaleLoader(load: (language: Language) => Promise<unknown>): void {
  loader = load;
}

export function registerLocale(language: string, locale: Partial<LocaleTables>): void {
  tables.set(language, { ...tables.get(language), ...locale });
  changes.dispatchEvent(new Event('change'));
}

/** The built-in language for a tag: `de-CH` → `de`, `zh-Hans-SG` → `zh-CN`; English when there is none. */
export function builtInLanguage(tag: string): Language {
  const [base, ...rest] = tag.toLowerCase().split(/[-_]/);
  if (base === 'zh') return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'en' : 'zh-CN';
  return LANGUAGES.find((language) => language === base) ?? 'en';
}

/** A table of `language`, fetching it when missing (and returning `fallback` until it arrives). */
export function localeTable<K extends keyof LocaleTables>(language: Language, part: K, fallback: LocaleTables[K]): LocaleTables[K] {
  const table = tables.get(language)?.[part];
  if (table) return table as LocaleTables[K];
  if (loader && !requested.has(language)) {
    requested.add(language);
    // A language that could not be fetched (offline) is asked for again after a while, not on every render.
    loader(language).catch(() => setTimeout(() => requested.delete(language), 30_000));
  }
  return fallback;
}

/** Re-renders its host when a language table arrives, and gives it the strings for its language. */
export class LocaleController implements ReactiveController {
  private readonly update = () => this.host.requestUpdate();
  /** The tables of this update: looked up once per render, not once per string. */
  private tables = new Map<string, unknown>();

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected() {
    changes.addEventListener('change', this.update);
  }

  hostDisconnected() {
    changes.removeEventListener('change', this.update);
  }

  hostUpdate() {
    this.tables.clear();
  }

  /** The BCP 47 language for dates and numbers. */
  get language(): string {
    return languageOf(this.host);
  }

  /** A table in the host's language (`english` until it arrives, or for English), the page's overrides on top. */
  table<K extends keyof LocaleTables>(part: K, english: LocaleTables[K], overrides?: Partial<LocaleTables[K]>): LocaleTables[K] {
    let table = this.tables.get(part) as LocaleTables[K] | undefined;
    if (!table) {
      const language = builtInLanguage(this.language);
      table = language === 'en' ? english : localeTable(language, part, english);
      if (overrides) table = { ...table, ...overrides };
      this.tables.set(part, table);
    }
    return table;
  }
}
