/**
 * An SMTP sink (npm smtp-server) on 127.0.0.1 that keeps every message, with a small MIME reader for what the relay
 * sends (nodemailer: multipart/mixed, text part, base64 attachments). `failNext` makes the next N messages fail with
 * a 4xx (temporary) answer.
 */
import { SMTPServer } from 'smtp-server';

/** Splits a MIME message into its header map and body; multipart bodies into parts, recursively. */
export function parseMime(raw) {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(at + 4);
  const headers = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return { headers, body };
  const parts = body.split(`--${boundary}`).slice(1, -1).map((p) => parseMime(p.replace(/^\r\n/, '')));
  return { headers, parts };
}

function leaves(node) {
  return node.parts ? node.parts.flatMap(leaves) : [node];
}

/** { text, attachments: [{ filename, content: Buffer }], headers } of a nodemailer message. */
export function readMail(raw) {
  const root = parseMime(raw);
  const all = leaves(root);
  const decode = (part) => {
    const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
    if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
    if (encoding === 'quoted-printable') {
      const soft = part.body.replace(/=\r\n/g, '');
      const bytes = [];
      for (let i = 0; i < soft.length; i++) {
        if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) bytes.push(parseInt(soft.slice(i + 1, i + 3), 16)), (i += 2);
        else bytes.push(...Buffer.from(soft[i], 'latin1'));
      }
      return Buffer.from(bytes);
    }
    return Buffer.from(part.body, 'utf8');
  };
  const text = all.find((p) => (p.headers['content-type'] ?? 'text/plain').startsWith('text/plain') && !/attachment/i.test(p.headers['content-disposition'] ?? ''));
  const attachments = all
    .filter((p) => /attachment/i.test(p.headers['content-disposition'] ?? ''))
    .map((p) => ({ filename: /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(p.headers['content-disposition'])?.[1], content: decode(p) }));
  return { headers: root.headers, text: text ? decode(text).toString('utf8').replace(/\r\n/g, '\n') : '', attachments };
}

export async function smtpSink() {
  const sink = { messages: [], failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 100_000_000,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        if (sink.failNext > 0) {
          sink.failNext--;
          const error = new Error('Mailbox busy, try later');
          error.responseCode = 451;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString('latin1');
        sink.messages.push({ raw, to: session.envelope.rcptTo.map((r) => r.address), ...readMail(raw) });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.port = server.server.address().port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  sink.close = () => new Promise((resolve) => server.close(resolve));
  return sink;
}
