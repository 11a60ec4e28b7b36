/**
 * Registers every element under its default tag name: the ES build's side-effect entry
 * (`import 'careers-widgets/define.js'`). Running it twice (or beside the script tag) is harmless. What a page may
 * never need (the HTML sanitizer, the ATS adapters, structured data, languages other than English) is imported on first use, so a
 * bundler splits it into chunks of its own.
 */
import { ApplyFormElement } from './apply-form/apply-form.js';
import { define, defineElement } from './define-core.js';
import { registerLocale, setLocaleLoader, type Language } from './shared/i18n.js';
import { registerLoader } from './shared/lazy.js';
import { warmUp } from './shared/warm-up.js';

const locales: Record<Exclude<Language, 'en'>, () => Promise<object>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
};

registerLoader('sanitize', () => import('./feed/sanitize.js'));
registerLoader('adapters', () => import('./feed/adapters/index.js'));
registerLoader('jsonld', () => import('./job-list/structured-data.js'));
setLocaleLoader(async (language) => {
  if (language !== 'en') registerLocale(language, { ...(await locales[language]()) });
});
define();
defineElement('apply-form', ApplyFormElement);
warmUp();

export { defineElement };
