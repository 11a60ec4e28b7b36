import { expect } from '@open-wc/testing';
import { strings, type Strings } from '../src/shared/strings.js';
import { ui as de } from '../src/locales/de.js';
import { ui as es } from '../src/locales/es.js';
import { ui as fr } from '../src/locales/fr.js';
import { ui as ja } from '../src/locales/ja.js';
import { ui as zhCN } from '../src/locales/zh-CN.js';

const tables: Record<string, Strings> = { de, fr, es, ja, 'zh-CN': zhCN };

type Leaf = string | ((...args: never[]) => string);
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

/** Argument lists for a function of the English table, by its parameter names. */
function sampleArgs(fn: (...args: never[]) => string): unknown[][] {
  const params = /^\(([^)]*)\)/
    .exec(fn.toString())![1]
    .split(',')
    .map((p) => p.trim().split(/[:\s=]/)[0])
    .filter(Boolean);
  const values = (name: string): unknown[] =>
    name === 'places' ? PLACE_LISTS : ['count', 'left'].includes(name) ? COUNTS : name === 'query' ? ['', 'network'] : TEXTS;
  return params.reduce<unknown[][]>((lists, name) => lists.flatMap((list) => values(name).map((v) => [...list, v])), [[]]);
}

/** Every output of a leaf: a string as itself, a function for each sample argument list (taken from English). */
function outputs(path: string, leaf: Leaf): { args: unknown[]; text: string }[] {
  if (typeof leaf === 'string') return [{ args: [], text: leaf }];
  const english = leaves(strings as unknown as Tree).get(path) as (...args: never[]) => string;
  return sampleArgs(english).map((args) => ({ args, text: (leaf as (...a: unknown[]) => string)(...args) }));
}

const englishLeaves = leaves(strings as unknown as Tree);
/** Keys whose translation may rightly equal English (a count suffix, loan words). */
const MAY_MATCH_ENGLISH = new Set(['activeFilters', 'workplace.hybrid', 'workplace.remote']);

describe('built-in UI translations', () => {
  it('finds the sample arguments of the English functions', () => {
    expect(sampleArgs(strings.resultCount as never)).to.have.length(COUNTS.length * 2 * PLACE_LISTS.length);
    expect(sampleArgs(strings.applyByEmailSubject as never)).to.deep.equal([
      ['Sales', 'Sales'],
      ['Sales', 'Engineer'],
      ['Engineer', 'Sales'],
      ['Engineer', 'Engineer'],
    ]);
  });

  for (const [language, table] of Object.entries(tables)) {
    describe(language, () => {
      const tableLeaves = leaves(table as unknown as Tree);

      it('has exactly the keys of the English table, nested objects included, with the same kinds and arities', () => {
        expect(shape(table as unknown as Tree)).to.deep.equal(shape(strings as unknown as Tree));
        expect([...tableLeaves.keys()].sort()).to.deep.equal([...englishLeaves.keys()].sort());
      });

      it('gives a non-empty string for every key and sample argument, with no placeholder, undefined or NaN', () => {
        for (const [path, leaf] of tableLeaves) {
          for (const { args, text } of outputs(path, leaf)) {
            const where = `${language} ${path}(${JSON.stringify(args).slice(1, -1)})`;
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
        }
      });

      it('puts the arguments into the text', () => {
        for (const [path, leaf] of tableLeaves) {
          if (typeof leaf !== 'function') continue;
          for (const { args, text } of outputs(path, leaf)) {
            for (const arg of args.flat()) {
              // Nothing to show for an empty query; a count of none or one may be spelled out ("Keine", "une").
              if (arg === '' || arg === 0 || arg === 1) continue;
              expect(text, `${language} ${path}(${JSON.stringify(args).slice(1, -1)})`).to.include(String(arg));
            }
          }
        }
      });

      it('has no leading or trailing space where English has none', () => {
        for (const [path, leaf] of tableLeaves) {
          const english = outputs(path, englishLeaves.get(path)!);
          outputs(path, leaf).forEach(({ args, text }, i) => {
            const where = `${language} ${path}(${JSON.stringify(args).slice(1, -1)})`;
            if (!/^\s/.test(english[i].text)) expect(text, where).to.not.match(/^\s/);
            if (!/\s$/.test(english[i].text)) expect(text, where).to.not.match(/\s$/);
          });
        }
      });

      it('is translated: at least 80% of the keys differ from English', () => {
        const compared = [...tableLeaves].filter(([path]) => !MAY_MATCH_ENGLISH.has(path));
        const same = compared.filter(([path, leaf]) => {
          const ours = outputs(path, leaf).map((o) => o.text);
          const theirs = outputs(path, englishLeaves.get(path)!).map((o) => o.text);
          return ours.every((text, i) => text === theirs[i]);
        });
        expect(same.length / compared.length, `same as English: ${same.map(([path]) => path).join(', ')}`).to.be.at.most(0.2);
      });
    });
  }

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
