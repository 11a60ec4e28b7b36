/**
 * Reads a feed's JSON as the response arrives, in short tasks: each network chunk is decoded and scanned, and the
 * postings array is cut into batches of postings parsed with `JSON.parse` a few hundred KB at a time. No step
 * handles the whole text at once, so a 50,000-posting feed (hundreds of MB) never holds the main thread for long,
 * where `response.text()` then `JSON.parse` hold it for seconds.
 *
 * Anything unexpected (not an object at the top, a second "postings", a syntax error anywhere) gives up the split:
 * the whole text is then read as before (`parseFeedText`), so a broken feed gets the same message as ever.
 */

import { Slices } from './tasks.js';

/** The structural characters outside strings. */
const STRUCTURE = '"{}[],:';
/** Postings parsed per `JSON.parse` call, by characters of their text. */
const BATCH_CHARS = 128 * 1024;
/** Characters scanned at a time. */
const PIECE = 64 * 1024;

export class FeedJsonSplitter {
  /** Every chunk as decoded: the whole text, for a broken feed's message or the saved copy. */
  readonly chunks: string[] = [];
  length = 0;
  /** The split failed: read `text()` whole instead. */
  failed = false;

  private envelope = '';
  /** The text of the posting being read. */
  private current = '';
  private batch: string[] = [];
  private batchChars = 0;
  private readonly postings: unknown[] = [];
  private depth = 0;
  private inString = false;
  /** A `\` ended the last chunk inside a string: the next chunk's first character is escaped. */
  private escaped = false;
  private inPostings = false;
  private sawPostings = false;
  private elements = 0;
  private started = false;
  /** The last string at the top level, as written (a key once a `:` follows). */
  private topString = '';
  private topStringStart = -1;
  private key?: string;

  /** Takes the next piece of text. */
  push(text: string): void {
    this.chunks.push(text);
    this.length += text.length;
    if (this.failed) return;
    try {
      this.scan(text);
    } catch {
      this.failed = true;
    }
  }

  /** The whole text (joins the chunks: one copy). */
  text(): string {
    return this.chunks.join('');
  }

  /** The feed data, or undefined when the split gave up (then parse `text()`). */
  finish(): unknown {
    if (this.failed || this.depth !== 0 || this.inString || this.inPostings) return undefined;
    try {
      this.flush();
      const data = JSON.parse(this.envelope) as Record<string, unknown>;
      if (this.sawPostings) data.postings = this.postings;
      return data;
    } catch {
      return undefined;
    }
  }

  private flush() {
    if (!this.batch.length) return;
    const parsed = JSON.parse(`[${this.batch.join(',')}]`) as unknown[];
    for (const posting of parsed) this.postings.push(posting);
    this.batch = [];
    this.batchChars = 0;
  }

  private element(text: string) {
    this.elements++;
    this.batch.push(text);
    this.batchChars += text.length;
    if (this.batchChars >= BATCH_CHARS) this.flush();
  }

  private scan(s: string) {
    // Where the text not yet copied (to the envelope, or to the posting being read) starts.
    let from = 0;
    let i = 0;
    this.backslash = s.indexOf('\\');
    if (this.inString) i = this.skipString(s, this.escaped ? 1 : 0);
    while (i >= 0 && i < s.length) {
      const c = s[i];
      // Outside strings there is little between the structural characters: white space, numbers, true/false/null.
      if (!STRUCTURE.includes(c)) {
        i++;
        continue;
      }
      if (!this.started) {
        if (c !== '{' || s.slice(0, i).trim()) throw 0; // not an object
        this.started = true;
      }
      switch (c) {
        case '"':
          if (this.depth === 1) this.topStringStart = i;
          i = this.skipString(s, i + 1);
          continue;
        case ':':
          if (this.depth === 1) this.key = JSON.parse(this.topString) as string;
          break;
        case '{':
        case '[':
          this.depth++;
          if (c === '[' && this.depth === 2 && this.key === 'postings') {
            if (this.sawPostings) throw 0; // a second "postings"
            this.sawPostings = this.inPostings = true;
            this.envelope += s.slice(from, i + 1);
            from = i + 1;
          }
          break;
        case ',':
          if (this.inPostings && this.depth === 2) {
            this.element(this.current + s.slice(from, i));
            this.current = '';
            from = i + 1;
          }
          break;
        default: // } or ]
          if (this.inPostings && this.depth === 2) {
            const last = this.current + s.slice(from, i);
            if (this.elements || last.trim()) this.element(last);
            this.current = '';
            this.inPostings = false;
            from = i;
          }
          this.depth--;
          if (this.depth < 0) throw 0; // unbalanced
      }
      i++;
    }
    if (this.inPostings) this.current += s.slice(from);
    else this.envelope += s.slice(from);
  }

  /** From inside a string at `i`: the index after its closing quote, or -1 when it goes on in the next chunk. */
  private skipString(s: string, i: number): number {
    this.escaped = false;
    this.inString = true;
    // `indexOf` finds the next quote far faster than a regular expression or a loop: strings are most of a feed.
    let quote = s.indexOf('"', i);
    for (;;) {
      // An escaped quote (`\"`) is passed over: the next one after it.
      if (quote >= 0 && quote < i) quote = s.indexOf('"', i);
      const slash = this.nextBackslash(s, i);
      if (slash >= 0 && (quote < 0 || slash < quote)) {
        if (slash + 1 >= s.length) {
          this.escaped = true;
          break;
        }
        i = slash + 2;
        continue;
      }
      if (quote < 0) break;
      this.inString = false;
      this.captureTop(s, quote + 1);
      return quote + 1;
    }
    this.captureTop(s, s.length);
    return -1;
  }

  /** The next `\` in the chunk being scanned at or after `i`, or -1; found once per chunk and moved on as needed. */
  private backslash = -1;
  private nextBackslash(s: string, i: number): number {
    if (this.backslash >= 0 && this.backslash < i) this.backslash = s.indexOf('\\', i);
    return this.backslash;
  }

  /** Keeps the text of a top-level string (a key), across chunks. */
  private captureTop(s: string, end: number) {
    if (this.depth !== 1) return;
    const start = Math.max(this.topStringStart, 0);
    this.topString = this.topStringStart >= 0 ? s.slice(start, end) : this.topString + s.slice(0, end);
    this.topStringStart = -1;
  }
}

/**
 * Reads a response body as text through a `FeedJsonSplitter`, a chunk per task. Rejects as `response.text()`
 * would (aborted, cut off).
 */
export async function readSplit(response: Response): Promise<FeedJsonSplitter> {
  const splitter = new FeedJsonSplitter();
  const body = response.body;
  if (!body) {
    splitter.push(await response.text());
    return splitter;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // Chunks already received resolve one after another in the same task: yield between them now and then, behind the
  // tasks queued meanwhile: ahead of them, a fast download would hold back the warm-up's steps (src/shared/warm-up.ts)
  // until it ends, and the first render would then wait for them (1,000 postings: 13-82 ms).
  const slices = new Slices('queued');
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    // A large chunk (a fast network hands over megabytes at once) in pieces, each its own slice if need be.
    for (let at = 0; at < text.length; at += PIECE) {
      splitter.push(at || text.length > PIECE ? text.slice(at, at + PIECE) : text);
      await slices.pause();
    }
  }
  const rest = decoder.decode();
  if (rest) splitter.push(rest);
  return splitter;
}
