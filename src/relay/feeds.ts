/**
 * The postings that take applications, read from the configured feed files with the widget's own parser, re-read
 * when a file changes (checked at most once per `recheckMs`).
 */
import { readFile, stat } from 'node:fs/promises';
import { parseFeed } from '../feed/parse.js';
import type { Posting } from '../feed/schema.js';

export interface Postings {
  find(id: string): Promise<Posting | undefined>;
  /** Reads every feed now; throws with the file's name when one is missing or invalid. */
  load(): Promise<number>;
}

export function feedPostings(files: string[], recheckMs = 5_000): Postings {
  let byId = new Map<string, Posting>();
  let stamps = '';
  let checked = 0;

  async function load(): Promise<number> {
    const next = new Map<string, Posting>();
    const times: number[] = [];
    for (const file of files) {
      let text: string;
      try {
        times.push((await stat(file)).mtimeMs);
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new Error(`feed ${file}: ${(error as Error).message}`);
      }
      try {
        const { feed } = parseFeed(JSON.parse(text));
        for (const posting of feed.postings) if (!next.has(posting.id)) next.set(posting.id, posting);
      } catch (error) {
        throw new Error(`feed ${file}: ${(error as Error).message}`);
      }
    }
    byId = next;
    stamps = times.join();
    checked = Date.now();
    return next.size;
  }

  async function refresh() {
    if (Date.now() - checked < recheckMs) return;
    checked = Date.now();
    const times = await Promise.all(files.map((file) => stat(file).then((s) => s.mtimeMs, () => -1)));
    if (times.join() !== stamps) await load().catch(() => {}); // keep the last good postings
  }

  return {
    load,
    async find(id) {
      await refresh();
      return byId.get(id);
    },
  };
}
