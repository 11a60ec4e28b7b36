/**
 * The JSON-LD scripts a `<job-list>` keeps in the document head, where search engines read them: one per posting
 * shown. Loaded after the list has shown its results (in the script tag, dist/careers-widgets-seo.js), with the
 * writer of the data itself (src/feed/jsonld.ts).
 */
import { applyRoute } from '../feed/format.js';
import type { Feed, Posting } from '../feed/schema.js';
import type { CareersPolicy } from '../shared/trusted-types.js';
import { jsonLdText, postingJsonLd } from '../feed/jsonld.js';

export class StructuredDataScripts {
  /** By posting id. */
  private readonly scripts = new Map<string, HTMLScriptElement>();

  /** `policy`: the first file's Trusted Types policy (a later file must not create a second one: the page allows one). */
  constructor(private readonly policy: CareersPolicy | undefined) {}

  /**
   * Keeps one script per posting given, and none for any other. `url`: the posting's own address, if it has one.
   * `wanted`: whether a posting is still shown, asked again just before its script is written.
   */
  show(postings: readonly Posting[], feed: Pick<Feed, 'organization'>, url: (posting: Posting) => string | undefined, wanted: (posting: Posting) => boolean) {
    const ids = new Set(postings.map((posting) => posting.id));
    for (const [id, script] of this.scripts) {
      if (!ids.has(id)) {
        script.remove();
        this.scripts.delete(id);
      }
    }
    for (const posting of postings) {
      if (this.scripts.has(posting.id) || !wanted(posting)) continue;
      const data = postingJsonLd(posting, feed, { url: url(posting), directApply: applyRoute(posting, feed).kind === 'form' });
      if (!data) continue; // no description yet (said once in the console): Google requires one
      const text = jsonLdText(data);
      const script = Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      script.dataset.careersWidgets = posting.id;
      (script as { textContent: unknown }).textContent = this.policy?.createScript(text) ?? text;
      document.head.append(script);
      this.scripts.set(posting.id, script);
    }
  }
}
