/** Driving <apply-form> the way a candidate would, and reading what the reference receiver (server/receiver.mjs) got. */
import type { ApplyFormElement } from '../src/apply-form/apply-form.js';
import type { Feed, Posting } from '../src/feed/schema.js';
import { part, shadow } from './helpers.js';

/** The test feed the receiver knows (test/fixtures/apply-postings.json) and its two postings. */
export async function applyPostings(): Promise<{ feed: Feed; basic: Posting; questions: Posting }> {
  const feed: Feed = await (await fetch('/test/fixtures/apply-postings.json')).json();
  const [basic, questions] = ['apply-test-basic', 'apply-test-questions'].map((id) => feed.postings.find((posting) => posting.id === id)!);
  return { feed, basic, questions };
}

/** A control by its id (ids such as `links[0]` and `answers.notice` are not CSS selectors). */
export function control<T extends HTMLElement = HTMLInputElement>(el: ApplyFormElement, id: string): T {
  const found = shadow(el).getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found as T;
}

export function type(el: ApplyFormElement, id: string, value: string) {
  const field = control(el, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

export function choose(el: ApplyFormElement, id: string, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const field = control(el, id);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks the radio or checkbox of question `key` whose value is `value`. */
export function pick(el: ApplyFormElement, key: string, value: string) {
  const input = [...shadow(el).querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === key && i.value === value);
  if (!input) throw new Error(`no ${key} = ${value}`);
  input.click();
}

export const resumeText = '%PDF-1.4\n% Ada Lovelace resume\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';
export const resume = () => new File([resumeText], 'ada-lovelace.pdf', { type: 'application/pdf' });

let candidates = 0;
/** An e-mail address no other test uses, to find this test's application in the receiver's store. */
export function uniqueEmail() {
  candidates += 1;
  return `ada+${Date.now()}-${candidates}@example.com`;
}

export function fillValid(el: ApplyFormElement, { email = 'ada@example.com', withFile = true } = {}) {
  type(el, 'name', 'Ada Lovelace');
  type(el, 'email', email);
  type(el, 'phone', '+65 6123 4567');
  type(el, 'coverLetter', 'I have run BGP networks for eight years.\nJapanese: fluent.');
  type(el, 'links[0]', 'https://www.linkedin.com/in/ada');
  type(el, 'links[1]', 'https://github.com/ada');
  if (withFile) choose(el, 'resume', resume());
  control(el, 'consent').click();
}

/** The fields `fillValid` types, as the receiver stores them (line breaks sent as CRLF). */
export const storedValidFields = (email: string) => ({
  name: 'Ada Lovelace',
  email,
  phone: '+65 6123 4567',
  coverLetter: 'I have run BGP networks for eight years.\r\nJapanese: fluent.',
  links: ['https://www.linkedin.com/in/ada', 'https://github.com/ada'],
});

export function submit(el: ApplyFormElement) {
  part<HTMLButtonElement>(el, 'submit-button').click();
}

export interface StoredApplication {
  id: string;
  receivedAt: string;
  /** The earlier application this one was sent as a follow-up of. */
  followUpOf?: string;
  idempotencyKey: string;
  postingId: string;
  lane: string;
  fields: Record<string, string | string[]>;
  answers: { id: string; label: string; answer: string | string[] | null }[];
  files: Record<string, { name: string; type: string; size: number; sha256: string }>;
}

/** Everything the receiver stored for the candidate with this e-mail. */
export async function storedFor(email: string): Promise<StoredApplication[]> {
  const { applications } = (await (await fetch('/api/applications')).json()) as { applications: StoredApplication[] };
  return applications.filter((application) => application.fields.email === email);
}

let lanes = 0;
/** A lane of the receiver's test controls of its own, and the form action that posts into it. */
export function newLane() {
  lanes += 1;
  const lane = `lane-${Date.now()}-${lanes}`;
  return { lane, action: `/api/applications?lane=${lane}` };
}

/** Makes the receiver misbehave in a lane: `down` (503), `busy` (429), `error` (500), `drop`, `drop-after-store`, or `up`. */
export async function setLane(lane: string, mode: string, params: Record<string, string | number> = {}) {
  const query = new URLSearchParams({ lane, mode, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  await fetch(`/api/test/receiver?${query}`, { method: 'POST' });
}

export async function attemptsIn(lane: string): Promise<{ key: string; status: number | string }[]> {
  return (await (await fetch(`/api/test/receiver?lane=${lane}`)).json()).attempts;
}

/** Removes the drafts these postings left on this device. */
export function clearDrafts(...postingIds: string[]) {
  for (const id of postingIds) localStorage.removeItem(`careers-widgets:draft:${id}`);
}

export const draftOf = (postingId: string) => JSON.parse(localStorage.getItem(`careers-widgets:draft:${postingId}`) ?? 'null');

/** SHA-256 of a file's bytes, as the receiver records it. */
export async function sha256(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
