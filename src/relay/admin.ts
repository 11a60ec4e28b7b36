/**
 * The admin view, behind the configured token (HTTP Basic with the token as password, or `Authorization: Bearer`):
 *   GET  /admin                                  applications, newest first, with each destination's outbox state
 *   GET  /admin/api/applications?limit=&offset=  the same as JSON
 *   GET  /admin/applications/ID/files/FIELD      one file, as a download
 *   POST /admin/outbox/ID/retry                  "retry now" (a form button on the page)
 *   POST /admin/outbox/ID/delivered              "mark delivered": an operator found a parked (review) or failed entry in the ATS
 * A POST must come from the admin page itself (its Origin, when sent, is the relay's), so another site cannot make a
 * logged-in browser press the button.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FileStore } from './files.js';
import type { Reply } from './receive.js';
import type { Store } from './store/store.js';

export interface AdminRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
}

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function authorized(headers: Record<string, string>, token: string): boolean {
  const header = headers.authorization ?? '';
  let given = '';
  if (/^bearer /i.test(header)) given = header.slice(7).trim();
  else if (/^basic /i.test(header)) given = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8').split(':').slice(1).join(':');
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function handleAdmin(req: AdminRequest, { store, files, token }: { store: Store; files: FileStore; token: string | undefined }): Promise<Reply | { status: number; stream: Blob; headers: Record<string, string> }> {
  if (!token) return { status: 404, body: { message: 'The admin view is off (no adminToken configured).' } };
  if (!authorized(req.headers, token)) return { status: 401, body: { message: 'The admin view needs the token.' }, headers: { 'WWW-Authenticate': 'Basic realm="careers-widgets relay", charset="UTF-8"' } };
  const parts = req.url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (req.method === 'POST' && parts[1] === 'outbox' && (parts[3] === 'retry' || parts[3] === 'delivered') && parts.length === 4) {
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) return { status: 403, body: { message: 'Cross-site request refused.' } };
    const done = parts[3] === 'retry' ? await store.retryNow(parts[2]) : await store.markDelivered(parts[2]);
    if ((req.headers.accept ?? '').includes('text/html')) return { status: 303, body: '', headers: { Location: '/admin' } };
    return { status: done ? 200 : 404, body: parts[3] === 'retry' ? { retried: done } : { delivered: done } };
  }
  if (req.method !== 'GET') return { status: 405, body: { message: 'Not allowed.' } };
  if (parts[1] === 'applications' && parts[3] === 'files' && parts.length === 5) {
    const app = await store.getApplication(parts[2]);
    const file = app?.files.find((f) => f.field === parts[4]);
    if (!file) return { status: 404, body: { message: 'No such file.' } };
    return {
      status: 200,
      stream: await files.blob(file.key, file.type),
      headers: { 'Content-Type': file.type, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`, 'X-Content-Type-Options': 'nosniff' },
    };
  }
  const limit = Math.min(500, Math.max(1, Number(req.url.searchParams.get('limit')) || 100));
  const offset = Math.max(0, Number(req.url.searchParams.get('offset')) || 0);
  const list = await store.listApplications(limit, offset);
  if (parts[1] === 'api' && parts[2] === 'applications') return { status: 200, body: { applications: list, outbox: await store.outboxCounts() } };
  if (parts.length !== 1) return { status: 404, body: { message: 'Not found.' } };
  const counts = await store.outboxCounts();
  const rows = list
    .map(({ application: a, outbox }) => {
      const states = outbox
        .map(
          (e) =>
            `<li><b>${escape(e.destination)}</b>: ${e.state === 'review' ? '<mark>needs review</mark>' : escape(e.state)} after ${e.attempts} attempt(s)${e.lastError ? ` — <small>${escape(e.lastError)}</small>` : ''}${
              e.state !== 'delivered' ? ` <form method="post" action="/admin/outbox/${escape(e.id)}/retry"><button>Retry now</button></form>` : ''
            }${e.state === 'review' || e.state === 'failed' ? ` <form method="post" action="/admin/outbox/${escape(e.id)}/delivered"><button>Mark delivered</button></form>` : ''}</li>`,
        )
        .join('');
      const fileLinks = a.files.map((f) => `<a href="/admin/applications/${escape(a.id)}/files/${encodeURIComponent(f.field)}">${escape(f.name)}</a>`).join(', ');
      return `<tr><td>${escape(a.receivedAt)}</td><td>${escape(a.postingTitle)}<br><small>${escape(a.postingId)}</small></td><td>${escape(a.name)}<br><small>${escape(a.email)}</small></td><td>${fileLinks}</td><td><ul>${states}</ul></td></tr>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Applications — relay</title>
<style>body{font:14px system-ui;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}form{display:inline}ul{margin:0;padding-left:1rem}</style>
<h1>Applications</h1><p>Outbox: ${Object.entries(counts).map(([k, v]) => `${escape(k)} ${v}`).join(', ') || 'empty'}</p>
<table><tr><th>Received</th><th>Posting</th><th>Candidate</th><th>Files</th><th>Destinations</th></tr>${rows}</table>
${list.length === limit ? `<p><a href="/admin?offset=${offset + limit}">Older</a></p>` : ''}</html>`;
  return { status: 200, body: html, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" } };
}
