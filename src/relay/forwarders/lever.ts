/**
 * Lever Postings API: POST {baseUrl}/v0/postings/{site}/{posting id}/apply?key={API key}, multipart/form-data: name,
 * email, phone, resume (file), comments, urls[<label>], consent[store]. Lever allows 2 application POSTs per second
 * (the relay's default rate limit for this destination) and answers 429 beyond: those wait and are sent again. The
 * postings API does not take answers to custom questions, so they go into `comments` as text, like other files.
 */
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { basic, coverLetterWith, jobIdOf, lookupJson, send, SKEW_MS, type Forwarder, type Lookup } from './forwarder.js';

type LeverDestination = Extract<Destination, { type: 'lever' }>;

export const forwardLever: Forwarder<LeverDestination> = async ({ app, dest, file, timeoutMs }) => {
  const form = new FormData();
  form.append('name', app.name);
  form.append('email', app.email);
  if (app.phone) form.append('phone', app.phone);
  const resume = app.files.find((f) => f.field === 'resume');
  if (resume) form.append('resume', await file(resume), resume.name);
  app.links.forEach((link, i) => form.append(`urls[Link ${i + 1}]`, link));
  const answered = app.answers.filter((a) => a.answer !== null).map((a) => `answers.${a.id}`);
  const comments = coverLetterWith(app, new Set(answered));
  if (comments) form.append('comments', comments);
  if (app.talentPool) form.append('consent[store]', 'true');
  const url = new URL(`${dest.baseUrl.replace(/\/$/, '')}/v0/postings/${encodeURIComponent(dest.site)}/${encodeURIComponent(jobIdOf(dest, app.postingId))}/apply`);
  url.searchParams.set('key', resolveSecret(dest.apiKey));
  await send(url.href, { method: 'POST', body: form }, timeoutMs);
};

/**
 * Lever API: GET {baseUrl}/v1/opportunities?email=…&posting_id=…, Basic auth with a Lever API key (not the postings
 * key). Found when an opportunity for this posting was created since the application arrived here.
 */
export const lookupLever: Lookup<LeverDestination> = async ({ app, dest, timeoutMs }) => {
  if (!dest.lookupApiKey) return undefined;
  const url = new URL(`${dest.baseUrl.replace(/\/$/, '')}/v1/opportunities`);
  url.searchParams.set('email', app.email);
  url.searchParams.set('posting_id', jobIdOf(dest, app.postingId));
  const answer = (await lookupJson(url.href, { Authorization: basic(resolveSecret(dest.lookupApiKey)) }, timeoutMs)) as { data?: { createdAt?: number }[] };
  const since = Date.parse(app.receivedAt) - SKEW_MS;
  return (answer.data ?? []).some((o) => (o.createdAt ?? 0) >= since);
};
