/**
 * The body fingerprint of the apply contract (README, "Apply endpoint contract"): per application field a hash of
 * its values in order (files by the SHA-256 of their content), and the fingerprint as the hash of all of them sorted
 * by name. A host's own fields (a fresh CAPTCHA token on a retry) are not part of it. Same rules as
 * server/receiver.mjs.
 */
import { createHash } from 'node:crypto';
import type { Part } from './multipart.js';

export const KEY_IN_USE = 'urn:careers-widgets:problem:idempotency-key-in-use';
export const KEY_REUSED = 'urn:careers-widgets:problem:idempotency-key-reused';
export const FOLLOW_UP_FIELD = 'follow_up_of';
const APPLICATION_FIELD = /^(postingId|name|email|phone|coverLetter|links|resume|consent|talentPool|follow_up_of|answers\..+)$/;

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function fingerprintOf(parts: Part[]): { fingerprint: string; fields: Record<string, string> } {
  const values = new Map<string, string[]>();
  for (const p of parts) {
    if (!APPLICATION_FIELD.test(p.name) || (p.file && !p.file.size && !p.file.filename)) continue;
    const list = values.get(p.name) ?? values.set(p.name, []).get(p.name)!;
    list.push(p.file ? `file:${p.file.sha256}` : `text:${p.value}`);
  }
  const sorted = [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fields = Object.fromEntries(sorted.map(([name, list]) => [name, sha256(JSON.stringify(list))]));
  return { fingerprint: sha256(JSON.stringify(fields)), fields };
}

/** The field names whose values differ between a kept fingerprint and this one, in the request's order. */
export function changedFields(kept: Record<string, string>, now: Record<string, string>, order: string[]): string[] {
  const names = new Set([...Object.keys(kept), ...Object.keys(now)]);
  return [...new Set([...order, ...names])].filter((name) => names.has(name) && kept[name] !== now[name]);
}
