/**
 * Ashby: POST {baseUrl}/applicationForm.submit, HTTP Basic auth (API key as user name), multipart/form-data with
 * `jobPostingId` and `applicationForm`, a JSON { fieldSubmissions: [{ path, value }] } whose file fields name the
 * multipart part that carries the file. System fields: _systemfield_name, _systemfield_email, _systemfield_phone,
 * _systemfield_resume; our questions map to the posting's field paths through `questions`. Ashby answers 200 with
 * `success: false` and `errors` for a refused application: that is a permanent failure, not a delivery.
 */
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { basic, coverLetterWith, DeliveryError, jobIdOf, questionIdOf, send, type Forwarder } from './forwarder.js';

type AshbyDestination = Extract<Destination, { type: 'ashby' }>;

export const forwardAshby: Forwarder<AshbyDestination> = async ({ app, dest, file, timeoutMs }) => {
  const form = new FormData();
  const submissions: { path: string; value: unknown }[] = [
    { path: '_systemfield_name', value: app.name },
    { path: '_systemfield_email', value: app.email },
  ];
  if (app.phone) submissions.push({ path: '_systemfield_phone', value: app.phone });
  const resume = app.files.find((f) => f.field === 'resume');
  if (resume) {
    form.append('resume_1', await file(resume), resume.name);
    submissions.push({ path: '_systemfield_resume', value: 'resume_1' });
  }
  const unmapped = new Set<string>(app.links.length ? ['links'] : []);
  for (const [i, a] of app.answers.entries()) {
    if (a.answer === null) continue;
    const field = questionIdOf(dest, a.id);
    if (!field) {
      unmapped.add(`answers.${a.id}`);
      continue;
    }
    const upload = app.files.find((f) => f.field === `answers.${a.id}`);
    if (upload) {
      form.append(`file_${i}`, await file(upload), upload.name);
      submissions.push({ path: field, value: `file_${i}` });
    } else if (a.type === 'yes-no') submissions.push({ path: field, value: a.answer === 'yes' });
    else if (a.type === 'long-text') submissions.push({ path: field, value: { type: 'PlainText', value: a.answer } });
    else submissions.push({ path: field, value: a.answer });
  }
  const cover = coverLetterWith(app, unmapped);
  const coverField = questionIdOf(dest, 'coverLetter');
  if (cover && coverField) submissions.push({ path: coverField, value: { type: 'PlainText', value: cover } });
  form.append('jobPostingId', jobIdOf(dest, app.postingId));
  form.append('applicationForm', JSON.stringify({ fieldSubmissions: submissions }));
  const response = await send(`${dest.baseUrl.replace(/\/$/, '')}/applicationForm.submit`, { method: 'POST', headers: { Authorization: basic(resolveSecret(dest.apiKey)), Accept: 'application/json' }, body: form }, timeoutMs);
  const result = (await response.json().catch(() => ({}))) as { success?: boolean; errors?: unknown };
  if (result.success === false) throw new DeliveryError(`Ashby refused the application: ${JSON.stringify(result.errors ?? []).slice(0, 300)}`, { status: 200, permanent: true });
};
