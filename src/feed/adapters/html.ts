/**
 * Vendor HTML read without a DOM, so the same code runs in the page and in the CLI (node): entity decoding, plain
 * text, and splitting a description into our sections. Nothing here ever passes vendor markup on as markup except
 * inside `html` blocks, which are sanitized where they are rendered (`sanitize.ts`); `safeHtml` rebuilds markup
 * from scratch (own tags, escaped text) instead of filtering it.
 */
import type { Block, ListItem, Section } from '../schema.js';
import { namedReference } from './named.js';
import { scan, type Scanned } from './scan.js';

export { withOnlyAttributes } from './scan.js';

const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
    ldquo: '“', rdquo: '”', hellip: '…', bull: '•', middot: '·', euro: '€', pound: '£', copy: '©', reg: '®', trade: '™',
    laquo: '«', raquo: '»', shy: '\u00ad', times: '×', deg: '°',
  }),
);

/**
 * One pass, so `&amp;lt;` becomes `&lt;`, never `<`. Every HTML5 named reference ending in `;` is decoded (the
 * common ones from the table above, the rest by `namedReference`); unknown ones (`&constructor;` too) stay as
 * written. Names are at most 32 characters (HTML5's longest is 31), so the pattern stays linear.
 */
export const decodeEntities = (text: string): string =>
  text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{0,31}));?/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return (whole.endsWith(';') && (NAMED.get(name) ?? namedReference(name))) || whole;
    const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });

/** Text for an element's content (`&`, `<`, `>`), attribute values included (`"`). */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** A tag (`name` lower case, `end` for `</x>`) or a run of text (still entity-encoded). */
export type Token = { name: string; end: boolean } | string;

const toToken = (html: string, { start, stop, name, end }: Scanned): Token => (name === undefined ? html.slice(start, stop) : { name, end: Boolean(end) });

/** Tags and text of an HTML fragment; comments, doctypes and the content of raw-text elements are left out. */
export function tokens(html: string): Token[] {
  return scan(html).map((token) => toToken(html, token));
}

const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|header|footer|dd|dt|pre|hr)$/;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Plain text, one line per block element (paragraph, list item, heading…), spaces collapsed. */
export function htmlToText(html: string): string {
  let text = '';
  for (const token of tokens(html)) text += typeof token === 'string' ? decodeEntities(token) : BLOCK.test(token.name) ? '\n' : '';
  return text.split('\n').map(squash).filter(Boolean).join('\n');
}

/** The first sentences of a text, at most `max` characters, cut at a sentence or word end. */
export function summarize(text: string, max = 220): string {
  const first = squash(text.split('\n').find((line) => squash(line).length > 1) ?? '');
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const sentence = cut.match(/^.*[.!?](?=\s)/)?.[0];
  if (sentence && sentence.length > max / 3) return sentence;
  return `${cut.replace(/\s+\S*$/, '')}…`;
}

/**
 * Paragraph and list blocks for HTML made only of `p`, `div`, `span`, `br`, `ul` and `li` (nested lists kept); any
 * other element (emphasis, links, headings, ordered lists…) returns `undefined`: the caller keeps an `html` block.
 */
export function simpleBlocks(html: string): Block[] | undefined {
  const blocks: Block[] = [];
  const lists: ListItem[][] = [];
  const open: (ListItem | undefined)[] = [];
  let paragraph = '';
  const flush = () => {
    const text = squash(paragraph);
    if (text) blocks.push({ type: 'paragraph', text });
    paragraph = '';
  };
  for (const token of tokens(html)) {
    const depth = lists.length;
    const item = open[depth - 1];
    if (typeof token === 'string') {
      const text = decodeEntities(token);
      if (!depth) paragraph += text;
      else if (item) item.text += text;
      else if (text.trim()) return undefined;
      continue;
    }
    const { name, end } = token;
    if (name === 'p' || name === 'div' || name === 'br') {
      if (!depth) flush();
      else if (item) item.text += ' ';
    } else if (name === 'span') {
      continue;
    } else if (name === 'ul') {
      if (!end) {
        if (!depth) flush();
        if (depth && !item) return undefined;
        lists.push(item ? (item.items ??= []) : []);
        open.push(undefined);
      } else {
        if (!depth) return undefined;
        closeItem(lists, open);
        const items = lists.pop()!;
        open.pop();
        if (!items.length) return undefined;
        if (!lists.length) blocks.push({ type: 'list', items });
      }
    } else if (name === 'li' && depth) {
      closeItem(lists, open);
      if (!end) {
        const fresh = { text: '' };
        lists[depth - 1].push(fresh);
        open[depth - 1] = fresh;
      }
    } else {
      return undefined;
    }
  }
  if (lists.length) return undefined;
  flush();
  return blocks;
}

function closeItem(lists: ListItem[][], open: (ListItem | undefined)[]): void {
  const depth = lists.length;
  const item = open[depth - 1];
  if (!item) return;
  item.text = squash(item.text);
  if (!item.text) {
    // A bullet with no words of its own: its sub-bullets move up, or it goes.
    const list = lists[depth - 1];
    list.splice(list.indexOf(item), 1, ...(item.items ?? []));
  }
  open[depth - 1] = undefined;
}

const isTag = (token: Scanned | undefined, names: RegExp, end = false): token is Scanned & { name: string } =>
  token?.name !== undefined && token.end === end && names.test(token.name);
const blank = (html: string, token: Scanned | undefined) => token?.name === undefined && token !== undefined && !html.slice(token.start, token.stop).trim();

/**
 * `<p><strong>Benefits</strong></p>`: a bold line standing alone (not a sentence), as recruiters write headings:
 * `p` or `div`, any `span`/`u`, `strong` or `b` around 2–101 characters not ending in a full stop, their ends, any
 * `br`, and the end of the paragraph, with nothing but white space between: its text and the index after it.
 */
function pseudoHeading(html: string, list: Scanned[], at: number): { text: string; after: number } | undefined {
  const paragraph = list[at];
  if (!isTag(paragraph, /^(?:p|div)$/)) return undefined;
  let i = at + 1;
  const skipBlank = () => {
    while (blank(html, list[i])) i++;
  };
  skipBlank();
  while (isTag(list[i], /^(?:span|u)$/)) {
    i++;
    skipBlank();
  }
  const bold = list[i++];
  if (!isTag(bold, /^(?:strong|b)$/)) return undefined;
  const words = list[i++];
  if (!words || words.name !== undefined) return undefined;
  const text = html.slice(words.start, words.stop).trimEnd();
  if (text.length < 2 || text.length > 101 || text.endsWith('.')) return undefined;
  if (!isTag(list[i++], new RegExp(`^${bold.name}$`), true)) return undefined;
  skipBlank();
  while (isTag(list[i], /^(?:span|u)$/, true)) {
    i++;
    skipBlank();
  }
  while (isTag(list[i], /^br$/)) {
    i++;
    skipBlank();
  }
  return isTag(list[i], new RegExp(`^${paragraph.name}$`), true) ? { text, after: i + 1 } : undefined;
}

/** Blocks for a piece of vendor HTML: simple markup as paragraphs and lists, anything richer as one `html` block. */
export function htmlBlocks(html: string): Block[] {
  if (!htmlToText(html)) return [];
  return simpleBlocks(html) ?? [{ type: 'html', html: html.trim() }];
}

/**
 * A description split into sections at its headings (`h1`–`h6`, or a bold line standing alone). Text before the
 * first heading goes under `intro`. A heading followed by another is dropped; one that ends the text (a closing
 * line in bold) stays as a paragraph of the section before it. One pass over the tokens: linear time.
 */
export function htmlSections(html: string, intro: string): Section[] {
  const sections: Section[] = [];
  let heading = intro;
  let at = 0;
  const push = (chunk: string) => {
    const blocks = htmlBlocks(chunk);
    if (blocks.length) sections.push({ heading, blocks });
    return blocks.length;
  };
  const list = scan(html);
  // Where each heading level next ends, from any token on (a heading runs to the first end of its level).
  const nextEnd = [1, 2, 3, 4, 5, 6].map(() => new Int32Array(list.length + 1));
  const ends = [-1, -1, -1, -1, -1, -1];
  for (let i = list.length; i >= 0; i--) {
    const token = list[i];
    if (token?.end && /^h[1-6]$/.test(token.name!)) ends[Number(token.name![1]) - 1] = i;
    for (let level = 0; level < 6; level++) nextEnd[level][i] = ends[level];
  }
  for (let i = 0; i < list.length; i++) {
    const token = list[i];
    let title: string | undefined;
    let after = -1;
    const pseudo = pseudoHeading(html, list, i);
    if (pseudo) {
      title = htmlToText(pseudo.text);
      after = pseudo.after;
    } else if (isTag(token, /^h[1-6]$/) && nextEnd[Number(token.name[1]) - 1][i] >= 0) {
      const close = nextEnd[Number(token.name[1]) - 1][i];
      title = htmlToText(html.slice(token.stop, list[close].start));
      after = close + 1;
    }
    if (after < 0) continue;
    push(html.slice(at, token.start));
    heading = squash(title!) || heading;
    at = list[after - 1].stop;
    i = after - 1;
  }
  if (!push(html.slice(at)) && heading !== intro) {
    const paragraph: Block = { type: 'paragraph', text: heading };
    if (sections.length) sections.at(-1)!.blocks.push(paragraph);
    else sections.push({ heading: intro, blocks: [paragraph] });
  }
  return sections;
}

const KEEP = new Map([['p', 'p'], ['div', 'p'], ['ul', 'ul'], ['ol', 'ul'], ['li', 'li'], ['br', 'br']]);

/**
 * HTML for places that show a description outside our page (JSON-LD): rebuilt from the text and structure only, as
 * `p`, `ul`, `li` and `br` (the tags Google's job search reads); headings become paragraphs, every other element
 * is left out with its text kept. No attribute and no input tag is ever copied, so nothing can run.
 */
export function safeHtml(html: string): string {
  let out = '';
  const stack: string[] = [];
  const open = (tag: string) => {
    out += `<${tag}>`;
    stack.push(tag);
  };
  const closeTo = (length: number) => {
    while (stack.length > length) out += `</${stack.pop()}>`;
  };
  for (const token of tokens(html)) {
    if (typeof token === 'string') {
      const text = decodeEntities(token).replace(/\s+/g, ' ');
      if (!text.trim()) {
        if (stack.at(-1) === 'p' || stack.at(-1) === 'li') out += ' ';
        continue;
      }
      if (!stack.length) open('p');
      else if (stack.at(-1) === 'ul') open('li');
      out += escapeHtml(text);
      continue;
    }
    const tag = /^h[1-6]$/.test(token.name) ? 'p' : KEEP.get(token.name);
    if (!tag) continue;
    if (tag === 'br') {
      if (stack.length && stack.at(-1) !== 'ul') out += '<br>';
    } else if (token.end) {
      const index = stack.lastIndexOf(tag);
      if (index >= 0) closeTo(index);
    } else if (tag === 'li') {
      if (stack.at(-1) === 'p') closeTo(stack.length - 1);
      const list = stack.lastIndexOf('ul');
      if (list < 0) open('ul');
      else closeTo(list + 1);
      open('li');
    } else {
      // Our paragraphs hold no blocks, and lists hold only items: a paragraph or list starting in either ends it.
      while (stack.at(-1) === 'p' || stack.at(-1) === 'ul') closeTo(stack.length - 1);
      open(tag);
    }
  }
  closeTo(0);
  const empty = /<(p|li|ul)>\s*<\/\1>/g;
  return out.replace(empty, '').replace(empty, '').trim();
}
