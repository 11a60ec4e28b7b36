/**
 * Workable: POST https://{subdomain}.workable.com/spi/v3/jobs/{shortcode}/candidates with a Bearer token (scope
 * w_candidates), JSON { sourced: false, candidate: { name, firstname, lastname, email, phone, cover_letter, resume:
 * { name, data (base64) }, answers } }. `sourced: false` makes it an applied candidate (Workable sends its thank-you
 * mail). Answers go to questions mapped through `questions` (our id → Workable question key): { question_key, body }
 * for text and choices (as their text), { question_key, checked } for yes/no, { question_key, file: { name, data } }
 * for files; unmapped answers and links go into the cover letter.
 */
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { coverLetterWith, jobIdOf, lookupJson, questionIdOf, send, SKEW_MS, splitName, type Forwarder, type Lookup, answerText } from './forwarder.js';

type WorkableDestination = Extract<Destination, { type: 'workable' }>;

export const forwardWorkable: Forwarder<WorkableDestination> = async ({ app, dest, file, timeoutMs }) => {
  const base64 = async (f: (typeof app.files)[number]) => ({ name: f.name, data: Buffer.from(await (await file(f)).arrayBuffer()).toString('base64') });
  const { first, last } = splitName(app.name);
  const unmapped = new Set<string>(app.links.length ? ['links'] : []);
  const answers: unknown[] = [];
  for (const a of app.answers) {
    if (a.answer === null) continue;
    const key = questionIdOf(dest, a.id);
    if (!key) {
      unmapped.add(`answers.${a.id}`);
      continue;
    }
    const upload = app.files.find((f) => f.field === `answers.${a.id}`);
    if (upload) answers.push({ question_key: key, file: await base64(upload) });
    else if (a.type === 'yes-no') answers.push({ question_key: key, checked: a.answer === 'yes' });
    else answers.push({ question_key: key, body: answerText(a.answer) });
  }
  const resume = app.files.find((f) => f.field === 'resume');
  const cover = coverLetterWith(app, unmapped);
  const candidate = {
    name: app.name,
    firstname: first,
    lastname: last,
    email: app.email,
    ...(app.phone ? { phone: app.phone } : {}),
    ...(cover ? { cover_letter: cover } : {}),
    ...(resume ? { resume: await base64(resume) } : {}),
    ...(answers.length ? { answers } : {}),
  };
  const base = (dest.baseUrl ?? `https://${dest.subdomain}.workable.com`).replace(/\/$/, '');
  await send(
    `${base}/spi/v3/jobs/${encodeURIComponent(jobIdOf(dest, app.postingId))}/candidates`,
    { method: 'POST', headers: { Authorization: `Bearer ${resolveSecret(dest.token)}`, 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ sourced: false, candidate }) },
    timeoutMs,
  );
};

/**
 * Workable: GET {base}/spi/v3/candidates?email=…&shortcode=… with the same token (its r_candidates scope). Found when
 * a candidate for this job was created since the application arrived here.
 */
export const lookupWorkable: Lookup<WorkableDestination> = async ({ app, dest, timeoutMs }) => {
  const base = (dest.baseUrl ?? `https://${dest.subdomain}.workable.com`).replace(/\/$/, '');
  const url = new URL(`${base}/spi/v3/candidates`);
  url.searchParams.set('email', app.email);
  url.searchParams.set('shortcode', jobIdOf(dest, app.postingId));
  const answer = (await lookupJson(url.href, { Authorization: `Bearer ${resolveSecret(dest.token)}` }, timeoutMs)) as { candidates?: { created_at?: string }[] };
  const since = Date.parse(app.receivedAt) - SKEW_MS;
  return (answer.candidates ?? []).some((c) => !c.created_at || Date.parse(c.created_at) >= since);
};
