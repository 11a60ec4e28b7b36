/**
 * Recruitee Careers Site API: POST https://{company}.recruitee.com/api/offers/{offer slug}/candidates (no key: it is
 * the careers site's own endpoint), multipart/form-data: candidate[name], candidate[email], candidate[phone],
 * candidate[cover_letter], candidate[cv] (file), and screening answers as
 * candidate[open_question_answers_attributes][i][open_question_id] with [content] (text, single choice),
 * [multi_content][] (multiple choice), [flag] (yes/no) or [file]. Our questions map to open question ids through
 * `questions`.
 */
import type { Destination } from '../config.js';
import { coverLetterWith, jobIdOf, questionIdOf, send, type Forwarder } from './forwarder.js';

type RecruiteeDestination = Extract<Destination, { type: 'recruitee' }>;

export const forwardRecruitee: Forwarder<RecruiteeDestination> = async ({ app, dest, file, timeoutMs }) => {
  const form = new FormData();
  form.append('candidate[name]', app.name);
  form.append('candidate[email]', app.email);
  if (app.phone) form.append('candidate[phone]', app.phone);
  const resume = app.files.find((f) => f.field === 'resume');
  if (resume) form.append('candidate[cv]', await file(resume), resume.name);
  const unmapped = new Set<string>(app.links.length ? ['links'] : []);
  let n = 0;
  for (const a of app.answers) {
    if (a.answer === null) continue;
    const questionId = questionIdOf(dest, a.id);
    if (!questionId) {
      unmapped.add(`answers.${a.id}`);
      continue;
    }
    const at = `candidate[open_question_answers_attributes][${n++}]`;
    form.append(`${at}[open_question_id]`, questionId);
    const upload = app.files.find((f) => f.field === `answers.${a.id}`);
    if (upload) form.append(`${at}[file]`, await file(upload), upload.name);
    else if (Array.isArray(a.answer)) a.answer.forEach((value) => form.append(`${at}[multi_content][]`, value));
    else if (a.type === 'yes-no') form.append(`${at}[flag]`, a.answer === 'yes' ? 'true' : 'false');
    else form.append(`${at}[content]`, a.answer);
  }
  const cover = coverLetterWith(app, unmapped);
  if (cover) form.append('candidate[cover_letter]', cover);
  const base = (dest.baseUrl ?? `https://${dest.company}.recruitee.com`).replace(/\/$/, '');
  await send(`${base}/api/offers/${encodeURIComponent(jobIdOf(dest, app.postingId))}/candidates`, { method: 'POST', body: form }, timeoutMs);
};
