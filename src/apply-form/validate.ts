/**
 * The application's rules, as plain functions of the submitted `FormData`: the form checks what the browser would
 * send, and the reference receiver (server/receiver.mjs) checks what it parsed from the request with this same
 * module. No DOM, no Lit.
 */
import { formatBytes } from '../feed/format.js';
import type { Question } from '../feed/schema.js';
import { formStrings, type FormStrings } from './form-strings.js';

export const DEFAULT_MAX_FILE_SIZE = 10_000_000;
export const DEFAULT_MAX_TOTAL_SIZE = 20_000_000;
/** The honeypot field: hidden from people, who leave it empty; whoever fills it gets a thank-you and nothing is sent. */
export const HONEYPOT = 'careers-widgets-trap';
/** For the file picker only; what counts is the file's content (see `sniffFiles`). */
export const FILE_ACCEPT = '.pdf,.doc,.docx';

export type FileKind = 'pdf' | 'doc' | 'docx';
/** How each accepted document starts: PDF `%PDF`, DOCX a zip (`PK\x03\x04`), DOC an OLE compound file. */
const SIGNATURES: [FileKind, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['docx', [0x50, 0x4b, 3, 4]],
  ['doc', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** The document kind the first bytes show, if any. */
export function kindOf(bytes: Uint8Array): FileKind | undefined {
  return SIGNATURES.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte))?.[0];
}

const sniffed = new WeakMap<Blob, FileKind | undefined>();

/** Reads the first bytes of each file in `data`; call it before validating: a file is what it contains, not its name. */
export async function sniffFiles(data: FormData): Promise<void> {
  for (const value of data.values()) {
    if (typeof value !== 'string' && !sniffed.has(value)) sniffed.set(value, kindOf(new Uint8Array(await value.slice(0, 4).arrayBuffer())));
  }
}

export interface Rules {
  /** The posting's questions (the form leaves out file questions when it prepares an e-mail). */
  questions?: readonly Question[];
  /** False when the application goes by e-mail, which carries no files: no resume then. */
  files: boolean;
  maxFileSize: number;
  maxTotalSize: number;
  lang?: string;
  /** The messages in the candidate's language (default English). */
  messages?: FormStrings;
}

/**
 * Every checked field in form order: the keys of the errors, the form's element ids and the field paths of the
 * receiver's errors alike (`links[1]`, `answers.<question id>`).
 */
export function fieldKeys(rules: Rules): string[] {
  return [
    'name',
    'email',
    'phone',
    ...(rules.files ? ['resume'] : []),
    'links[0]',
    'links[1]',
    ...(rules.questions ?? []).map((q) => `answers.${q.id}`),
    'consent',
  ];
}

// Deliberately lenient: the browser's own rule for type=email, not RFC 5322.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const PHONE = /^\+?[\d\s().\-/]+$/;

/** The chosen file of a field; an empty file input submits a nameless, empty file, which is no file. */
export function fileIn(data: FormData, name: string): File | undefined {
  const file = data.get(name);
  return typeof file === 'string' || !file || (!file.size && !file.name) ? undefined : file;
}

function fileError(key: string, data: FormData, rules: Rules, required: string | undefined): string | undefined {
  const t = rules.messages ?? formStrings;
  const file = fileIn(data, key);
  if (!file) return required;
  const kind = sniffed.get(file);
  if (!kind || !file.name.toLowerCase().endsWith(`.${kind}`)) return t.fileType;
  if (file.size > rules.maxFileSize) return t.fileSize(formatBytes(rules.maxFileSize, rules.lang));
  // The total is told at the field whose file takes it over the limit.
  let total = 0;
  for (const name of fieldKeys(rules)) {
    total += fileIn(data, name)?.size ?? 0;
    if (total > rules.maxTotalSize) return name === key ? t.totalSize(formatBytes(rules.maxTotalSize, rules.lang)) : undefined;
  }
  return undefined;
}

function answerError(q: Question, key: string, data: FormData, rules: Rules): string | undefined {
  const t = rules.messages ?? formStrings;
  if (q.type === 'file') return fileError(key, data, rules, q.required ? t.fileRequired(q.label) : undefined);
  const answers = data.getAll(key).map((value) => String(value).trim()).filter(Boolean);
  if (!answers.length) return q.required ? (q.type.endsWith('text') ? t.answerRequired : t.choiceRequired)(q.label) : undefined;
  const allowed = q.type === 'yes-no' ? ['yes', 'no'] : q.options;
  if (!allowed) return undefined;
  return answers.every((a) => allowed.includes(a)) && (q.type === 'multiple-choice' || answers.length === 1) ? undefined : t.choiceInvalid(q.label);
}

/** The problem with one field (a key of `fieldKeys`), or undefined. Files must have been through `sniffFiles`. */
export function validateField(key: string, data: FormData, rules: Rules): string | undefined {
  const t = rules.messages ?? formStrings;
  const text = String(data.get(key) ?? '').trim();
  switch (key) {
    case 'name':
      return text ? undefined : t.nameRequired;
    case 'email':
      return !text ? t.emailRequired : EMAIL.test(text) ? undefined : t.emailInvalid;
    case 'phone': {
      const digits = text.replace(/\D/g, '').length;
      return !text || (PHONE.test(text) && digits >= 5 && digits <= 17) ? undefined : t.phoneInvalid;
    }
    case 'resume':
      return rules.files ? fileError(key, data, rules, t.resumeRequired) : undefined;
    case 'consent':
      return text === 'yes' ? undefined : t.consentRequired;
  }
  const link = /^links\[(\d)\]$/.exec(key);
  if (link) {
    const value = String(data.getAll('links')[+link[1]] ?? '').trim();
    return !value || /^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(value) ? undefined : t.linkInvalid;
  }
  const question = rules.questions?.find((q) => `answers.${q.id}` === key);
  return question && answerError(question, key, data, rules);
}

/** Every problem, keyed by field, in form order. */
export function validateApplication(data: FormData, rules: Rules): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of fieldKeys(rules)) {
    const error = validateField(key, data, rules);
    if (error) errors[key] = error;
  }
  return errors;
}
