/**
 * SmartRecruiters Application API: POST {baseUrl}/postings/{posting uuid}/candidates with the X-SmartToken header,
 * JSON: firstName, lastName, email, phoneNumber, web (links), messageToHiringManager (cover letter plus what has no
 * field), consentDecisions { SINGLE: true }, answers to screening questions ({ id, records: [{ fields: { <field id>:
 * [values] } }] } for questions mapped through `questions` as "<question id>" or "<question id>/<field id>"), and the
 * files as base64 attachments ({ fileName, mimeType, fileContent }); the resume is `resume`.
 */
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { coverLetterWith, jobIdOf, questionIdOf, send, splitName, type Forwarder } from './forwarder.js';

type SmartRecruitersDestination = Extract<Destination, { type: 'smartrecruiters' }>;

export const forwardSmartRecruiters: Forwarder<SmartRecruitersDestination> = async ({ app, dest, file, timeoutMs }) => {
  const encoded = async (f: (typeof app.files)[number]) => ({ fileName: f.name, mimeType: f.type, fileContent: Buffer.from(await (await file(f)).arrayBuffer()).toString('base64') });
  const { first, last } = splitName(app.name);
  const unmapped = new Set<string>();
  const answers: unknown[] = [];
  for (const a of app.answers) {
    if (a.answer === null || app.files.some((f) => f.field === `answers.${a.id}`)) continue;
    const mapped = questionIdOf(dest, a.id);
    if (!mapped) {
      unmapped.add(`answers.${a.id}`);
      continue;
    }
    const [id, fieldId = 'value'] = mapped.split('/');
    answers.push({ id, records: [{ fields: { [fieldId]: Array.isArray(a.answer) ? a.answer : [a.answer] } }] });
  }
  const resume = app.files.find((f) => f.field === 'resume');
  const body = {
    firstName: first,
    lastName: last,
    email: app.email,
    ...(app.phone ? { phoneNumber: app.phone } : {}),
    ...(app.links.length ? { web: { website: app.links[0], ...(app.links[1] ? { portfolio: app.links[1] } : {}) } } : {}),
    ...(coverLetterWith(app, unmapped) ? { messageToHiringManager: coverLetterWith(app, unmapped) } : {}),
    consentDecisions: { SINGLE: app.consent },
    ...(answers.length ? { answers } : {}),
    ...(resume ? { resume: await encoded(resume) } : {}),
    attachments: await Promise.all(app.files.filter((f) => f !== resume).map(encoded)),
  };
  const url = `${dest.baseUrl.replace(/\/$/, '')}/postings/${encodeURIComponent(jobIdOf(dest, app.postingId))}/candidates`;
  await send(url, { method: 'POST', headers: { 'X-SmartToken': resolveSecret(dest.apiKey), 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) }, timeoutMs);
};
