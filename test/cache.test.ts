import { expect } from '@open-wc/testing';
import { cachedFeedsSaved, cacheKey, MAX_SAVED_CHARS, readCachedFeed, textHash, writeCachedFeed, type CachedFeed } from '../src/feed/cache.js';
import { cachedFeed, loadFeed as load, MAX_SAVED_AGE } from '../src/feed/load.js';
import { FeedError } from '../src/feed/parse.js';
import { SEED_TITLES } from './helpers.js';

let count = 0;
/** A feed URL of its own per test, so no test sees another's saved copy. */
const unique = (url: string) => `${url}${url.includes('?') ? '&' : '?'}t=${Date.now()}-${++count}`;
const feedUrl = (query: string) => unique(`/api/test/feed?${query}`);

/** `loadFeed`, then the saved copy written: saving waits for an idle moment after the load (see the last tests). */
async function loadFeed(...args: Parameters<typeof load>) {
  try {
    return await load(...args);
  } finally {
    await cachedFeedsSaved();
  }
}

async function seedText(): Promise<string> {
  return (await fetch('/demo/postings.json', { cache: 'no-store' })).text();
}

/** Records the headers of real fetches, calling through to the network. */
function spyOnFetch() {
  const original = window.fetch;
  const calls: { url: string; headers: Headers }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers) });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/** Makes `window.localStorage` throw on access, as privacy modes do. */
function blockStorage() {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => Object.defineProperty(window, 'localStorage', descriptor);
}

describe('feed cache', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('careers-widgets:feed:')) localStorage.removeItem(key);
  });

  it('keys each feed by its absolute URL, under a namespaced prefix', () => {
    expect(cacheKey('/api/feed?x=1')).to.equal(`careers-widgets:feed:${location.origin}/api/feed?x=1`);
    expect(cacheKey('https://jobs.example/feed.json')).to.equal('careers-widgets:feed:https://jobs.example/feed.json');
  });

  it('saves the feed text after a good load and serves it back at once', async () => {
    const src = feedUrl('file=postings.json');
    expect(cachedFeed(src)).to.be.undefined;
    const before = Date.now();
    const loaded = await loadFeed(src, { cache: true });
    expect(loaded.fromCache).to.be.false;
    expect(loaded.feed.postings.map((p) => p.title)).to.deep.equal(SEED_TITLES);

    const entry = readCachedFeed(src)!;
    expect(entry.text).to.equal(await seedText());
    expect(entry.saved).to.be.within(before, Date.now());
    const cached = cachedFeed(src)!;
    expect(cached.fromCache).to.be.true;
    expect(cached.saved).to.equal(entry.saved);
    // Until the server confirms it, the saved copy names no apply destination (the organization's e-mail here).
    const { email: _email, ...organization } = loaded.feed.organization;
    expect(cached.feed).to.deep.equal({ ...loaded.feed, organization });
    expect(cached.unconfirmed).to.be.true;
    expect(cached.warnings).to.deep.equal([]);
  });

  it('keeps the warnings of a feed with skipped postings in the saved copy', async () => {
    const src = feedUrl('file=one-bad-posting.json');
    const loaded = await loadFeed(src, { cache: true });
    expect(loaded.warnings).to.have.length.greaterThan(0);
    expect(cachedFeed(src)!.warnings).to.deep.equal(loaded.warnings);
  });

  it('changes nothing without the cache option: no saved copy, no conditional headers', async () => {
    const src = feedUrl('file=postings.json');
    writeCachedFeed(src, { text: await seedText(), etag: '"old"', saved: 1 });
    const spy = spyOnFetch();
    try {
      const loaded = await loadFeed(src);
      expect(loaded.fromCache).to.be.false;
      expect([...spy.calls[0].headers.keys()]).to.deep.equal(['accept']);
      expect(readCachedFeed(src)!.saved).to.equal(1);
      localStorage.removeItem(cacheKey(src));
      await loadFeed(src);
      expect(readCachedFeed(src)).to.be.undefined;
    } finally {
      spy.restore();
    }
  });

  it('saves nothing when the feed is not valid or the server fails', async () => {
    const invalid = feedUrl('file=not-a-feed.json');
    expect(await rejection(loadFeed(invalid, { cache: true }))).to.be.instanceOf(FeedError);
    expect(readCachedFeed(invalid)).to.be.undefined;
    const failing = feedUrl('file=postings.json&status=503');
    const error = await rejection(loadFeed(failing, { cache: true }));
    expect(error.message).to.equal('The job feed is unavailable right now (HTTP 503 Service Unavailable).');
    expect(readCachedFeed(failing)).to.be.undefined;
  });

  it('keeps the saved copy when a refresh fails, and replaces it when one succeeds', async () => {
    const src = feedUrl(`file=postings.json&fail=cache-${Date.now()}`);
    const text = await seedText();
    writeCachedFeed(src, { text, saved: 1000 });
    const error = await rejection(loadFeed(src, { cache: true }));
    expect(error.message).to.equal('The job feed is unavailable right now (HTTP 500 Internal Server Error).');
    expect(readCachedFeed(src)).to.deep.equal({ text, saved: 1000, hash: textHash(text) });
    expect(cachedFeed(src), 'too old to show').to.be.undefined;
    writeCachedFeed(src, { text, saved: Date.now() - 1000 });
    expect(cachedFeed(src)!.feed.postings).to.have.length(6);

    const loaded = await loadFeed(src, { cache: true });
    expect(loaded.fromCache).to.be.false;
    expect(readCachedFeed(src)!.saved).to.be.greaterThan(1000);
  });

  it('ignores and drops a saved copy that is not a valid feed', () => {
    for (const text of ['not json', '{"version":2}', '[]']) {
      const src = feedUrl('file=postings.json');
      writeCachedFeed(src, { text, saved: Date.now() });
      expect(cachedFeed(src)).to.be.undefined;
      expect(localStorage.getItem(cacheKey(src))).to.be.null;
    }
    for (const stored of ['{', '"text"', '{"text":1,"saved":1}', '{"text":"{}"}']) {
      const src = feedUrl('file=postings.json');
      localStorage.setItem(cacheKey(src), stored);
      expect(readCachedFeed(src)).to.be.undefined;
      expect(cachedFeed(src)).to.be.undefined;
    }
  });

  it('sends If-Modified-Since from the saved Last-Modified, and replaces the copy on a 200', async () => {
    const src = feedUrl('file=postings.json');
    const lastModified = 'Wed, 21 Oct 2015 07:28:00 GMT';
    const text = await seedText();
    writeCachedFeed(src, { text: text.replace('Pico', 'Old Pico'), lastModified, saved: 1 });
    const spy = spyOnFetch();
    try {
      const loaded = await loadFeed(src, { cache: true });
      expect(spy.calls[0].headers.get('If-Modified-Since')).to.equal(lastModified);
      expect(spy.calls[0].headers.has('If-None-Match')).to.be.false;
      expect(loaded.fromCache).to.be.false;
      expect(loaded.feed.organization.name).to.equal('Pico');
      // The server sent no validators this time: none are kept.
      const entry = readCachedFeed(src)!;
      expect(entry.lastModified).to.be.undefined;
      expect(entry.text).to.equal(text);
    } finally {
      spy.restore();
    }
  });

  it('revalidates with If-None-Match and reuses the saved text on 304 (static file server)', async () => {
    const src = unique('/demo/postings.json');
    const first = await loadFeed(src, { cache: true });
    const entry = readCachedFeed(src)!;
    expect(first.fromCache).to.be.false;
    expect(entry.etag, 'the dev server sends an ETag').to.be.a('string');

    const spy = spyOnFetch();
    try {
      const second = await loadFeed(src, { cache: true });
      expect(spy.calls).to.have.length(1);
      expect(spy.calls[0].headers.get('If-None-Match')).to.equal(entry.etag);
      expect(second.fromCache).to.be.true;
      expect(second.saved).to.be.at.least(entry.saved);
      expect(second.feed).to.deep.equal(first.feed);
      expect(readCachedFeed(src)).to.deep.equal({ ...entry, saved: second.saved });
    } finally {
      spy.restore();
    }
  });

  it('fetches the feed in full when a 304 confirms a saved copy that no longer validates', async () => {
    const src = unique('/demo/postings.json');
    await loadFeed(src, { cache: true });
    const { etag, text } = readCachedFeed(src)!;
    writeCachedFeed(src, { text: '{"version":0}', etag, saved: 1 });
    const spy = spyOnFetch();
    try {
      const loaded = await loadFeed(src, { cache: true });
      expect(spy.calls.map((call) => call.headers.get('If-None-Match'))).to.deep.equal([etag, null]);
      expect(loaded.fromCache).to.be.false;
      expect(loaded.feed.postings).to.have.length(6);
      expect(readCachedFeed(src)!.text).to.equal(text);
    } finally {
      spy.restore();
    }
  });

  it('sends no conditional headers to another origin (they would need a CORS preflight)', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const src = `${other}${feedUrl('file=postings.json')}`;
    writeCachedFeed(src, { text: await seedText(), etag: '"v1"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT', saved: 1 });
    const spy = spyOnFetch();
    try {
      // The test server sends no CORS headers, so the request itself fails; what matters is what was sent.
      await loadFeed(src, { cache: true, timeout: 3000 }).catch(() => undefined);
      expect(spy.calls).to.have.length(1);
      expect([...spy.calls[0].headers.keys()]).to.deep.equal(['accept']);
    } finally {
      spy.restore();
    }
  });

  it('works without storage when localStorage throws on access (privacy modes)', async () => {
    const src = feedUrl('file=postings.json');
    const restore = blockStorage();
    try {
      expect(() => localStorage).to.throw();
      expect(readCachedFeed(src)).to.be.undefined;
      expect(() => writeCachedFeed(src, { text: '{}', saved: 1 })).not.to.throw();
      expect(cachedFeed(src)).to.be.undefined;
      const loaded = await loadFeed(src, { cache: true });
      expect(loaded.fromCache).to.be.false;
      expect(loaded.feed.postings).to.have.length(6);
    } finally {
      restore();
    }
    expect(readCachedFeed(src)).to.be.undefined;
  });

  it('works when storage is full, and drops the older copy it could not replace', async () => {
    const src = feedUrl('file=postings.json');
    writeCachedFeed(src, { text: await seedText(), saved: 1 });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const loaded = await loadFeed(src, { cache: true });
      expect(loaded.feed.postings).to.have.length(6);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(readCachedFeed(src)).to.be.undefined;
  });

  // Needs the test endpoint's `etag` parameter: 200 with `ETag: <etag>`, or 304 when If-None-Match equals it.
  it('revalidates a feed whose server sends an ETag: 304 reuses the copy, a new ETag replaces it', async () => {
    const src = feedUrl('file=postings.json&etag=%22v1%22');
    const text = await seedText();
    const first = await loadFeed(src, { cache: true });
    expect(first.fromCache).to.be.false;
    expect(readCachedFeed(src)!.etag).to.equal('"v1"');

    const spy = spyOnFetch();
    try {
      const second = await loadFeed(src, { cache: true });
      expect(spy.calls[0].headers.get('If-None-Match')).to.equal('"v1"');
      expect(second.fromCache).to.be.true;
      expect(second.feed).to.deep.equal(first.feed);

      writeCachedFeed(src, { ...readCachedFeed(src)!, etag: '"v0"', text: text.replace('Pico', 'Old Pico') });
      const third = await loadFeed(src, { cache: true });
      expect(spy.calls[1].headers.get('If-None-Match')).to.equal('"v0"');
      expect(third.fromCache).to.be.false;
      expect(third.feed.organization.name).to.equal('Pico');
      expect(readCachedFeed(src)).to.include({ etag: '"v1"', text } satisfies Partial<CachedFeed>);
    } finally {
      spy.restore();
    }
  });

  it('saves the copy after the load resolves, when the page is idle, not in the task that parses the feed', async () => {
    const src = feedUrl('file=postings.json');
    const loaded = await load(src, { cache: true });
    expect(loaded.feed.postings).to.have.length(6);
    expect(readCachedFeed(src), 'not yet written').to.be.undefined;
    await cachedFeedsSaved();
    expect(readCachedFeed(src)!.text).to.equal(await seedText());
  });

  it('saves no copy of a feed over MAX_SAVED_CHARS, says so in the console, and drops an older copy', async () => {
    const src = feedUrl('file=postings.json');
    const text = await seedText();
    writeCachedFeed(src, { text, saved: Date.now() });
    // The seed feed with a posting summary long enough to pass the limit: still a valid feed.
    const feed = JSON.parse(text);
    feed.postings[0].summary = 'x'.repeat(MAX_SAVED_CHARS);
    const big = JSON.stringify(feed);
    const original = window.fetch;
    const info = console.info;
    const notes: string[] = [];
    window.fetch = async () => new Response(big, { headers: { 'Content-Type': 'application/json', ETag: '"big"' } });
    console.info = (message: string) => notes.push(message);
    try {
      const loaded = await load(src, { cache: true });
      expect(loaded.feed.postings).to.have.length(6);
      // Not in the task that shows the feed: once the page is idle.
      expect(notes, 'no note yet').to.have.length(0);
      await cachedFeedsSaved();
    } finally {
      window.fetch = original;
      console.info = info;
    }
    expect(readCachedFeed(src)).to.be.undefined;
    expect(localStorage.getItem(cacheKey(src))).to.be.null;
    expect(notes).to.have.length(1);
    expect(notes[0]).to.contain('over the 2,000,000');
  });
});

describe('a poisoned saved feed', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('careers-widgets:feed:')) localStorage.removeItem(key);
  });

  /** What a script on the same origin can do: edit the saved JSON, keeping the server's validators. */
  function poison(src: string, edit: (text: string) => string) {
    const entry = JSON.parse(localStorage.getItem(cacheKey(src))!);
    localStorage.setItem(cacheKey(src), JSON.stringify({ ...entry, text: edit(entry.text) }));
  }
  const evilForm = (text: string) => text.replaceAll('"/api/applications"', '"https://evil.example/collect"');

  it('is not shown, and its validators are not sent, when its text is not the text that was saved', async () => {
    const src = feedUrl('file=apply-postings.json&etag=%22v1%22');
    await loadFeed(src, { cache: true });
    poison(src, evilForm);
    expect(readCachedFeed(src)).to.be.undefined;
    expect(cachedFeed(src)).to.be.undefined;
    const spy = spyOnFetch();
    try {
      const loaded = await loadFeed(src, { cache: true });
      expect(spy.calls[0].headers.has('If-None-Match')).to.be.false;
      expect(loaded.fromCache).to.be.false;
      expect(loaded.feed.postings.map((p) => p.apply?.form)).to.deep.equal(['/api/applications', '/api/applications']);
      expect(readCachedFeed(src)!.text).to.not.contain('evil');
    } finally {
      spy.restore();
    }
    // An entry from before hashes (no hash at all) is not trusted either.
    const { hash: _hash, ...unhashed } = JSON.parse(localStorage.getItem(cacheKey(src))!);
    localStorage.setItem(cacheKey(src), JSON.stringify(unhashed));
    expect(readCachedFeed(src)).to.be.undefined;
  });

  it('sends no If-Modified-Since from a Last-Modified still to come', async () => {
    const src = feedUrl('file=postings.json');
    writeCachedFeed(src, { text: await seedText(), lastModified: 'Thu, 01 Jan 2099 00:00:00 GMT', saved: Date.now() });
    const spy = spyOnFetch();
    try {
      const loaded = await loadFeed(src, { cache: true });
      expect(spy.calls[0].headers.has('If-Modified-Since')).to.be.false;
      expect(loaded.fromCache).to.be.false;
    } finally {
      spy.restore();
    }
  });

  it('is shown for 7 days after the server last sent or confirmed it, never when dated in the future', async () => {
    const src = feedUrl('file=postings.json');
    const text = await seedText();
    const day = 24 * 60 * 60 * 1000;
    expect(MAX_SAVED_AGE).to.equal(7 * day);
    writeCachedFeed(src, { text, saved: Date.now() - 6 * day });
    expect(cachedFeed(src)!.feed.postings).to.have.length(6);
    for (const saved of [Date.now() - 8 * day, Date.now() - 400 * day, Date.parse('2099-01-01')]) {
      writeCachedFeed(src, { text, saved });
      expect(cachedFeed(src), new Date(saved).toISOString()).to.be.undefined;
    }
  });

  it('never says where to apply until the server confirms it: a 304 does', async () => {
    const src = feedUrl('file=apply-postings.json&etag=%22v1%22');
    const fresh = await loadFeed(src, { cache: true });
    expect(fresh.feed.organization.email).to.equal('jobs@acme.example');

    const saved = cachedFeed(src)!;
    expect(saved.unconfirmed).to.be.true;
    expect(saved.feed.postings.map((p) => p.title)).to.deep.equal(fresh.feed.postings.map((p) => p.title));
    expect(saved.feed.postings.map((p) => p.apply)).to.deep.equal([undefined, undefined]);
    expect(saved.feed.organization.email).to.be.undefined;
    expect(saved.feed.organization.consent).to.deep.equal(fresh.feed.organization.consent);

    const confirmed = await loadFeed(src, { cache: true });
    expect(confirmed.fromCache).to.be.true; // a 304
    expect(confirmed.unconfirmed).to.be.undefined;
    expect(confirmed.feed).to.deep.equal(fresh.feed);
  });
});
