import { expect } from '@open-wc/testing';
import { formStrings, type FormStrings } from '../src/apply-form/form-strings.js';
import { strings, type Strings } from '../src/shared/strings.js';
import { form as deForm, ui as de } from '../src/locales/de.js';
import { form as esForm, ui as es } from '../src/locales/es.js';
import { form as frForm, ui as fr } from '../src/locales/fr.js';
import { form as jaForm, ui as ja } from '../src/locales/ja.js';
import { form as zhCNForm, ui as zhCN } from '../src/locales/zh-CN.js';

const tables: Record<string, Strings> = { de, fr, es, ja, 'zh-CN': zhCN };
const formTables: Record<string, FormStrings> = { de: deForm, fr: frForm, es: esForm, ja: jaForm, 'zh-CN': zhCNForm };

/** A string, or a function giving a string (or a list of them: the steps of `emailReadySteps`). */
type Leaf = string | ((...args: never[]) => string | string[]);
type Tree = { [key: string]: Leaf | Tree };

/** Every leaf of a table by its dotted path (`facet.location`). */
function leaves(tree: Tree, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [p, v] of leaves(value, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

/** The key structure of a table: nested objects as nested objects, leaves as their kind and arity. */
function shape(tree: Tree): unknown {
  return Object.fromEntries(
    Object.entries(tree)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => [key, typeof value === 'object' ? shape(value) : typeof value === 'function' ? `function/${value.length}` : typeof value]),
  );
}

const COUNTS = [0, 1, 2, 5];
const TEXTS = ['Sales', 'Engineer'];
const PLACE_LISTS = [[], ['Berlin'], ['Berlin', 'Tokyo'], ['Berlin', 'Tokyo', 'Oslo']];

/** Sample values for a parameter of an English function, by the parameter's name. */
type Samples = (name: string) => unknown[];

const uiSamples: Samples = (name) =>
  name === 'places' ? PLACE_LISTS : ['count', 'left'].includes(name) ? COUNTS : name === 'query' ? ['', 'network'] : TEXTS;

/** The form's parameters: counts, HTTP statuses, an address, file sizes as `formatBytes` writes them, dates, file names. */
const FORM_SAMPLES: Record<string, unknown[]> = {
  count: COUNTS,
  seconds: COUNTS,
  index: COUNTS,
  percent: [...COUNTS, 25, 100],
  status: [400, 500, 503],
  email: ['jobs@example.com'],
  maxSize: ['10 MB', '500 kB', '2.5 MB'],
  label: TEXTS,
  date: ['12 Mar 2025, 14:30', '3/12/2025, 2:30 PM'],
  name: ['cv.pdf', 'Resume 2025.docx'],
  title: TEXTS,
  id: ['eng-42'],
};

const formSamples: Samples = (name) => {
  const values = FORM_SAMPLES[name];
  if (!values) throw new Error(`No sample arguments for a form string parameter named ${name}`);
  return values;
};

/** The parameter names of a function, from its source. */
function paramNames(fn: (...args: never[]) => unknown): string[] {
  return /^\(([^)]*)\)/
    .exec(fn.toString())![1]
    .split(',')
    .map((p) => p.trim().split(/[:\s=]/)[0])
    .filter(Boolean);
}

/** Argument lists for a function of an English table, by its parameter names. */
function sampleArgs(fn: (...args: never[]) => unknown, samples: Samples = uiSamples): unknown[][] {
  return paramNames(fn).reduce<unknown[][]>((lists, name) => lists.flatMap((list) => samples(name).map((v) => [...list, v])), [[]]);
}

interface Output {
  args: unknown[];
  /** A string as one text, a list as its items. */
  texts: string[];
}

/** What an English table and its translations are checked against. */
interface Source {
  english: Tree;
  samples: Samples;
  /** Keys whose translation may rightly equal English (a count suffix, loan words). */
  mayMatchEnglish: Set<string>;
}

/** Every output of a leaf: a string as itself, a function for each sample argument list (taken from English). */
function outputs(source: Source, path: string, leaf: Leaf): Output[] {
  if (typeof leaf === 'string') return [{ args: [], texts: [leaf] }];
  const english = leaves(source.english).get(path) as (...args: never[]) => unknown;
  return sampleArgs(english, source.samples).map((args) => {
    const result = (leaf as (...a: unknown[]) => unknown)(...args);
    return { args, texts: Array.isArray(result) ? result : [result as string] };
  });
}

/** The checks every translated table gets against its English table. */
function checkTable(language: string, table: object, source: Source) {
  const tableLeaves = leaves(table as Tree);
  const englishLeaves = leaves(source.english);
  const at = (path: string, args: unknown[]) => `${language} ${path}(${JSON.stringify(args).slice(1, -1)})`;

  it('has exactly the keys of the English table, nested objects included, with the same kinds and arities', () => {
    expect(shape(table as Tree)).to.deep.equal(shape(source.english));
    expect([...tableLeaves.keys()].sort()).to.deep.equal([...englishLeaves.keys()].sort());
  });

  it('gives a non-empty string for every key and sample argument, with no placeholder, undefined or NaN', () => {
    for (const [path, leaf] of tableLeaves) {
      const english = outputs(source, path, englishLeaves.get(path)!);
      outputs(source, path, leaf).forEach(({ args, texts }, i) => {
        const where = at(path, args);
        // Lists (the e-mail steps) have as many items as English: the code takes them apart by position.
        expect(texts, where).to.have.length(english[i].texts.length);
        for (const text of texts) {
          expect(text, where).to.be.a('string');
          // A count suffix is empty when there is nothing to count.
          if (!(path === 'activeFilters' && args[0] === 0)) expect(text.trim(), where).to.not.equal('');
          expect(text, where).to.not.include('{');
          expect(text, where).to.not.include('}');
          expect(text, where).to.not.include('undefined');
          expect(text, where).to.not.include('NaN');
          expect(text, where).to.not.include('[object');
          expect(text, where).to.not.match(/<[a-z/]/i);
        }
      });
    }
  });

  it('puts the arguments into the text', () => {
    for (const [path, leaf] of tableLeaves) {
      if (typeof leaf !== 'function') continue;
      for (const { args, texts } of outputs(source, path, leaf)) {
        for (const arg of args.flat()) {
          // Nothing to show for an empty query; a count of none or one may be spelled out ("Keine", "une").
          if (arg === '' || arg === 0 || arg === 1) continue;
          expect(texts.join('\n'), at(path, args)).to.include(String(arg));
        }
      }
    }
  });

  it('has no leading or trailing space where English has none', () => {
    for (const [path, leaf] of tableLeaves) {
      const english = outputs(source, path, englishLeaves.get(path)!);
      outputs(source, path, leaf).forEach(({ args, texts }, i) => {
        texts.forEach((text, j) => {
          const theirs = english[i].texts[j] ?? '';
          if (!/^\s/.test(theirs)) expect(text, at(path, args)).to.not.match(/^\s/);
          if (!/\s$/.test(theirs)) expect(text, at(path, args)).to.not.match(/\s$/);
        });
      });
    }
  });

  it('is translated: at least 80% of the keys differ from English', () => {
    const compared = [...tableLeaves].filter(([path]) => !source.mayMatchEnglish.has(path));
    const same = compared.filter(([path, leaf]) => {
      const ours = outputs(source, path, leaf).map((o) => JSON.stringify(o.texts));
      const theirs = outputs(source, path, englishLeaves.get(path)!).map((o) => JSON.stringify(o.texts));
      return ours.every((text, i) => text === theirs[i]);
    });
    expect(same.length / compared.length, `same as English: ${same.map(([path]) => path).join(', ')}`).to.be.at.most(0.2);
  });
}

describe('built-in UI translations', () => {
  const source: Source = {
    english: strings as unknown as Tree,
    samples: uiSamples,
    mayMatchEnglish: new Set(['activeFilters', 'workplace.hybrid', 'workplace.remote']),
  };

  it('finds the sample arguments of the English functions', () => {
    expect(sampleArgs(strings.resultCount as never)).to.have.length(COUNTS.length * 2 * PLACE_LISTS.length);
    expect(sampleArgs(strings.applyByEmailSubject as never)).to.deep.equal([
      ['Sales', 'Sales'],
      ['Sales', 'Engineer'],
      ['Engineer', 'Sales'],
      ['Engineer', 'Engineer'],
    ]);
  });

  for (const [language, table] of Object.entries(tables)) describe(language, () => checkTable(language, table, source));

  it('reads naturally in the places the code puts the strings together', () => {
    expect(de.resultCount(2, '', ['Singapur'])).to.equal('2 Stellen in Singapur');
    expect(de.resultCount(0, 'network', [])).to.equal('Keine Stellen passend zu „network“');
    expect(de.resultCount(1, '', ['Berlin', 'München', 'Hamburg'])).to.equal('1 Stelle in Berlin, München oder Hamburg');
    expect(fr.resultCount(0, 'network', [])).to.equal('Aucun poste correspondant à «\u202fnetwork\u202f»');
    expect(fr.positionCount(0)).to.equal('0 poste à pourvoir');
    expect(fr.positionCount(2)).to.equal('2 postes à pourvoir');
    expect(es.resultCount(2, 'red', ['Madrid', 'Oviedo'])).to.equal('2 vacantes en Madrid u Oviedo que coinciden con «red»');
    expect(es.resultCount(0, 'red', [])).to.equal('No hay vacantes que coincidan con «red»');
    expect(ja.resultCount(2, 'network', ['東京'])).to.equal('東京の「network」に一致する求人：2件');
    expect(ja.resultCount(0, '', ['東京', '大阪'])).to.equal('東京または大阪の求人はありません');
    expect(zhCN.resultCount(2, '', ['上海'])).to.equal('找到 2 个位于上海的职位');
    expect(zhCN.resultCount(0, 'network', [])).to.equal('没有找到与“network”匹配的职位');
    expect(`${ja.apply}${ja.forPosting('エンジニア')}`).to.equal('応募する（エンジニア）');
    for (const table of Object.values(tables)) expect(table.activeFilters(0)).to.equal('');
  });
});

describe('built-in application form translations', () => {
  const source: Source = {
    english: formStrings as unknown as Tree,
    samples: formSamples,
    // Spanish "No" is the English word.
    mayMatchEnglish: new Set(['no']),
  };

  it('has sample arguments for every parameter of the English functions', () => {
    for (const [path, leaf] of leaves(formStrings as unknown as Tree)) {
      if (typeof leaf !== 'function') continue;
      expect(sampleArgs(leaf, formSamples).length, path).to.be.greaterThan(0);
      expect(paramNames(leaf), path).to.have.length(leaf.length);
    }
    expect(sampleArgs(formStrings.emailSubject, formSamples)).to.deep.equal([
      ['Sales', 'eng-42'],
      ['Engineer', 'eng-42'],
    ]);
  });

  for (const [language, table] of Object.entries(formTables)) describe(language, () => checkTable(language, table, source));

  it('counts in the plural forms of each language', () => {
    expect(frForm.errorSummaryTitle(0)).to.equal('Votre candidature comporte 0 problème');
    expect(frForm.errorSummaryTitle(1)).to.equal('Votre candidature comporte 1 problème');
    expect(frForm.errorSummaryTitle(2)).to.equal('Votre candidature comporte 2 problèmes');
    expect(frForm.retryIn(0)).to.equal('Nous réessaierons automatiquement dans 0 seconde.');
    expect(frForm.retryIn(1)).to.equal('Nous réessaierons automatiquement dans 1 seconde.');
    expect(frForm.retryIn(5)).to.equal('Nous réessaierons automatiquement dans 5 secondes.');
    expect(deForm.errorSummaryTitle(1)).to.equal('Bei Ihrer Bewerbung gibt es 1 Problem');
    expect(deForm.errorSummaryTitle(3)).to.equal('Bei Ihrer Bewerbung gibt es 3 Probleme');
    expect(deForm.retryIn(1)).to.equal('Wir versuchen es in 1 Sekunde selbst erneut.');
    expect(deForm.retryIn(0)).to.equal('Wir versuchen es in 0 Sekunden selbst erneut.');
    expect(esForm.errorSummaryTitle(1)).to.equal('Hay 1 problema en la candidatura');
    expect(esForm.errorSummaryTitle(2)).to.equal('Hay 2 problemas en la candidatura');
    expect(esForm.retryIn(1)).to.equal('Se volverá a intentar automáticamente dentro de 1 segundo.');
    expect(esForm.retryIn(2)).to.equal('Se volverá a intentar automáticamente dentro de 2 segundos.');
    expect(jaForm.retryIn(5)).to.equal('5秒後に自動的にもう一度送信します。');
    expect(zhCNForm.errorSummaryTitle(2)).to.equal('您的申请有 2 个问题');
  });

  it('reads naturally in the places the form puts the strings together', () => {
    expect(deForm.answerRequired('Wie viele Jahre Erfahrung haben Sie?')).to.equal('Beantworten Sie die Frage „Wie viele Jahre Erfahrung haben Sie?“.');
    expect(frForm.fileRequired('Portfolio')).to.equal('Choisissez un fichier pour «\u202fPortfolio\u202f».');
    expect(esForm.choiceRequired('Idiomas')).to.equal('Elija una respuesta para «Idiomas».');
    expect(jaForm.chooseAgain('履歴書.pdf')).to.match(/^「履歴書\.pdf」/);
    expect(zhCNForm.answerRequired('工作年限')).to.equal('请回答“工作年限”。');
    for (const [language, table] of Object.entries(formTables)) {
      // The e-mail body labels the phone number without "(optional)", cut off by this pattern in apply-form.ts.
      const phone = table.phone.replace(/ \(.*\)$/, '');
      expect(phone, language).to.not.equal(table.phone);
      expect(phone, language).to.not.match(/[(（]/);
      // The e-mail-ready view takes the three steps apart: open, attach (in bold), send.
      const steps = table.emailReadySteps('jobs@example.com');
      expect(steps, language).to.have.length(3);
      expect(steps[0], language).to.include('jobs@example.com');
      // The form's e-mail and the list's "apply by e-mail" link send the same subject.
      expect(table.emailSubject('Engineer', 'eng-42'), language).to.equal(tables[language].applyByEmailSubject('Engineer', 'eng-42'));
      // Progress is announced in quarters; the line must carry the number.
      for (const percent of [0, 25, 50, 75, 100]) expect(table.sendingProgress(percent), language).to.include(String(percent));
    }
  });
});
