/**
 * Drafts of applications, one per posting, in `localStorage`: what a candidate typed survives a reload, a crash or a
 * closed tab. Files cannot be stored, so a draft keeps only their names (the form asks for them again). Drafts
 * expire after 30 days. No Lit: forms are read and filled through their named controls.
 */
export interface Draft {
  /** When it was saved (ms since the epoch). */
  at: number;
  /** Every named control's values, as `FormData` has them (unchecked boxes are absent). */
  fields: Record<string, string[]>;
  /** The names of the files chosen, by field. */
  files: Record<string, string>;
  /** The application's `Idempotency-Key` once it was sent: a try after a reload must not file it twice. */
  key?: string;
  /** A try was under way or ended without an answer: whether the server has it is not known. */
  unconfirmed?: boolean;
  /** The id of an earlier application this one is sent as a follow-up of. */
  followUpOf?: string;
}

export const DRAFT_MAX_AGE = 30 * 24 * 3600 * 1000;
const PREFIX = 'careers-widgets:draft:';

/** The storage, or undefined where it is blocked (some private modes, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** The draft for a posting, if there is one younger than 30 days. Expired drafts of every posting are removed. */
export function loadDraft(postingId: string, now = Date.now()): Draft | undefined {
  const store = storage();
  let found: Draft | undefined;
  for (let i = (store?.length ?? 0) - 1; i >= 0; i--) {
    const name = store!.key(i)!;
    if (!name.startsWith(PREFIX)) continue;
    let draft: Draft | undefined;
    try {
      draft = JSON.parse(store!.getItem(name)!) as Draft;
    } catch {
      // Unreadable: treated as expired.
    }
    if (!(now - (draft?.at ?? 0) < DRAFT_MAX_AGE)) store!.removeItem(name);
    else if (name === PREFIX + postingId) found = draft;
  }
  return found;
}

/** Saves (replaces) the posting's draft; false when storage is unavailable or full. */
export function saveDraft(postingId: string, draft: Omit<Draft, 'at'>, now = Date.now()): boolean {
  try {
    storage()!.setItem(PREFIX + postingId, JSON.stringify({ ...draft, at: now }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(postingId: string): void {
  storage()?.removeItem(PREFIX + postingId);
}

/** A form's values as a draft stores them, leaving out the field named `skip` (the honeypot). */
export function readForm(form: HTMLFormElement, skip: string): Pick<Draft, 'fields' | 'files'> {
  const fields: Draft['fields'] = {};
  const files: Draft['files'] = {};
  for (const [name, value] of new FormData(form)) {
    if (name === skip) continue;
    if (typeof value === 'string') (fields[name] ??= []).push(value);
    else if (value.name) files[name] = value.name;
  }
  return { fields, files };
}

/** Puts stored values back into the form's controls (never into file inputs); boxes not stored are unchecked. */
export function fillForm(form: HTMLFormElement, fields: Draft['fields']): void {
  const used: Record<string, number> = {};
  for (const control of form.elements as unknown as Iterable<HTMLInputElement>) {
    const { name, type } = control;
    const values = fields[name];
    if (!name || type === 'file') continue;
    if (type === 'checkbox' || type === 'radio') control.checked = values?.includes(control.value) ?? false;
    else if (values) control.value = values[(used[name] = (used[name] ?? -1) + 1)] ?? '';
  }
}
