/** Shared test data and small helpers for driving elements the way a candidate would. */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, oneEvent } from '@open-wc/testing';
import { FeedError } from '../src/feed/parse.js';
import type { Feed, Posting } from '../src/feed/schema.js';

export const organization: Feed['organization'] = { name: 'Acme Trading', email: 'jobs@acme.example' };

/** The six postings of the seed careers page (demo/postings.json), in page order. */
export const SEED_TITLES = [
  'Global Delivery Manager – Core Services',
  'Network Implementation Engineer',
  'IT Service Desk Technician',
  'Project Manager',
  'Systems Administrator',
  'Network Operations Engineer',
];

export function makePosting(overrides: Partial<Posting> = {}): Posting {
  return {
    id: 'network-engineer',
    title: 'Network Engineer',
    department: 'eng',
    locations: [{ city: 'Singapore', country: 'SG' }],
    corporateTitle: 'AVP or below',
    employmentType: 'full-time',
    workplace: 'on-site',
    posted: '2026-11-03',
    summary: 'Keep our low-latency network running.',
    sections: [
      { heading: 'Purpose of the role', blocks: [{ type: 'paragraph', text: 'You run the network.' }] },
      {
        heading: 'Skills',
        blocks: [
          {
            type: 'list',
            items: [{ text: 'Advanced troubleshooting in:', items: [{ text: 'BGP and OSPF', items: [{ text: 'Route tagging' }] }] }, { text: 'CCNP' }],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export function makeFeed(postings: Posting[] = [makePosting()], departments = [{ id: 'eng', name: 'Engineering' }, { id: 'sales', name: 'Sales' }]): Feed {
  return { version: 1, organization, departments, postings };
}

/** The element's shadow root, typed. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

export function part<T extends Element = HTMLElement>(element: Element, name: string): T {
  const found = shadow(element).querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${element.localName}>`);
  return found;
}

export function parts<T extends Element = HTMLElement>(element: Element, name: string): T[] {
  return [...shadow(element).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Every document and open shadow root under `root`, same-origin frames' documents included. */
function roots(root: Document | ShadowRoot, out: (Document | ShadowRoot)[] = []): (Document | ShadowRoot)[] {
  out.push(root);
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots(element.shadowRoot, out);
    if (element instanceof HTMLIFrameElement) {
      try {
        if (element.contentDocument) roots(element.contentDocument, out);
      } catch {
        // another origin: nothing of ours to watch
      }
    }
  }
  return out;
}

/**
 * Waits until `check` returns a truthy value (or throws after `timeout` ms). `check` runs again on every change to
 * the DOM (a MutationObserver on the document, every open shadow root and same-origin frame, as they appear), on
 * focus moves and on every event a test page commonly waits for, so a state that lasts only a moment is seen, and a
 * browser that starves timers (WebKit during an upload) cannot make the test miss it. A slow safety check covers
 * state outside the DOM (storage, a server's log).
 */
export function until<T>(check: () => T, message = 'condition', timeout = 5000): Promise<NonNullable<T>> {
  return new Promise((resolve, reject) => {
    const watched = new WeakSet<Node>();
    const events = ['focusin', 'focusout', 'load', 'input', 'change', 'transitionend', 'animationend', 'toggle', 'close'];
    const observer = new MutationObserver(() => test());
    const watch = () => {
      for (const root of roots(document)) {
        if (watched.has(root)) continue;
        watched.add(root);
        observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
        for (const type of events) root.addEventListener(type, test, true);
      }
    };
    const done = () => {
      observer.disconnect();
      clearInterval(safety);
      clearTimeout(expiry);
    };
    function test() {
      let value: T;
      try {
        value = check();
      } catch (error) {
        done();
        reject(error);
        return;
      }
      if (value) {
        done();
        resolve(value as NonNullable<T>);
      } else {
        watch(); // new shadow roots and frames since the last look
      }
    }
    const safety = setInterval(test, 50);
    const expiry = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${message}`));
    }, timeout);
    test();
  });
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export { oneEvent };

/** The reader's local calendar day `offset` days from today, as YYYY-MM-DD. */
export function localDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** The FeedError that `run` throws (fails the test when it throws something else, or nothing). */
export function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

/** An iframe added to the test page, once `src` has loaded in it. */
export async function loadFrame(src: string, { width, height }: { width?: string; height?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (width) frame.style.inlineSize = width;
  if (height) frame.style.blockSize = height;
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  await loaded;
  return frame;
}

/**
 * Presses keys together, like a person holding the first ones (`pressChord('Shift', 'Tab')`), in every engine:
 * WebKit's WebDriver takes no separate key-down and key-up, so the chord goes to the runner as one command.
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}
