/**
 * Greenhouse Job Board API: POST {baseUrl}/v1/boards/{board}/jobs/{job id}, HTTP Basic auth with the API key as the
 * user name, multipart/form-data: first_name, last_name, email, phone, resume (file), cover_letter_text,
 * question_<id> (text; a multi-select repeats question_<id>[]; a file question takes the file), and
 * data_compliance[gdpr_consent_given]. Our questions map to Greenhouse's through `questions` (our id → the
 * Greenhouse field name, e.g. "question_12345"); yes/no answers are sent as 1/0 as the API's boolean selects expect.
 * Greenhouse does not check required fields itself (its documentation says so): our validation did.
 */
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { basic, coverLetterWith, jobIdOf, lookupJson, questionIdOf, send, SKEW_MS, splitName, type Forwarder, type Lookup } from './forwarder.js';

type GreenhouseDestination = Extract<Destination, { type: 'greenhouse' }>;

export const forwardGreenhouse: Forwarder<GreenhouseDestination> = async ({ app, dest, file, timeoutMs }) => {
  const form = new FormData();
  const { first, last } = splitName(app.name);
  form.append('first_name', first);
  form.append('last_name', last);
  form.append('email', app.email);
  if (app.phone) form.append('phone', app.phone);
  const resume = app.files.find((f) => f.field === 'resume');
  if (resume) form.append('resume', await file(resume), resume.name);
  const unmapped = new Set<string>(app.links.length ? ['links'] : []);
  for (const a of app.answers) {
    const field = questionIdOf(dest, a.id);
    if (a.answer === null) continue;
    if (!field) {
      unmapped.add(`answers.${a.id}`);
      continue;
    }
    const upload = app.files.find((f) => f.field === `answers.${a.id}`);
    if (upload) form.append(field, await file(upload), upload.name);
    else if (Array.isArray(a.answer)) a.answer.forEach((value) => form.append(`${field}[]`, value));
    else form.append(field, a.type === 'yes-no' ? (a.answer === 'yes' ? '1' : '0') : a.answer);
  }
  const cover = coverLetterWith(app, unmapped);
  if (cover) form.append('cover_letter_text', cover);
  if (app.consent) form.append('data_compliance[gdpr_consent_given]', 'true');
  const url = `${dest.baseUrl.replace(/\/$/, '')}/v1/boards/${encodeURIComponent(dest.board)}/jobs/${encodeURIComponent(jobIdOf(dest, app.postingId))}`;
  await send(url, { method: 'POST', headers: { Authorization: basic(resolveSecret(dest.apiKey)) }, body: form }, timeoutMs);
};

/**
 * Harvest API: GET {harvestUrl}/v1/candidates?email=…, Basic auth with the Harvest key; a candidate's applications
 * list their jobs. Found when one of them is for this job and was made since the application arrived here.
 */
export const lookupGreenhouse: Lookup<GreenhouseDestination> = async ({ app, dest, timeoutMs }) => {
  if (!dest.harvestApiKey) return undefined;
  const url = new URL(`${dest.harvestUrl.replace(/\/$/, '')}/v1/candidates`);
  url.searchParams.set('email', app.email);
  const candidates = (await lookupJson(url.href, { Authorization: basic(resolveSecret(dest.harvestApiKey)) }, timeoutMs)) as { applications?: { applied_at?: string; jobs?: { id: number | string }[] }[] }[];
  const job = jobIdOf(dest, app.postingId);
  const since = Date.parse(app.receivedAt) - SKEW_MS;
  return (Array.isArray(candidates) ? candidates : []).some((c) =>
    (c.applications ?? []).some((a) => (a.jobs ?? []).some((j) => String(j.id) === job) && (!a.applied_at || Date.parse(a.applied_at) >= since)),
  );
};
