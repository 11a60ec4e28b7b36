/**
 * E-mail (nodemailer over SMTP): the application as text, every file attached under the candidate's file name,
 * Reply-To the candidate. The Message-ID is derived from the delivery, so a mail sent again after a crash carries the
 * same id and mail systems can fold the copies. SMTP 5xx answers are permanent; 4xx and connection failures retried.
 */
import { Readable } from 'node:stream';
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { applicationText, DeliveryError, type Forwarder } from './forwarder.js';

type EmailDestination = Extract<Destination, { type: 'email' }>;
type Transport = { sendMail(message: object): Promise<unknown>; close(): void };
const transports = new Map<string, Transport>();

async function transportFor(url: string, timeoutMs: number): Promise<Transport> {
  let transport = transports.get(url);
  if (!transport) {
    let nodemailer: typeof import('nodemailer');
    try {
      nodemailer = (await import('nodemailer')).default;
    } catch {
      throw new DeliveryError('The e-mail destination needs nodemailer (npm install nodemailer).', { permanent: true });
    }
    transport = nodemailer.createTransport(url, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs }) as unknown as Transport;
    transports.set(url, transport);
  }
  return transport;
}

export const forwardEmail: Forwarder<EmailDestination> = async ({ app, dest, deliveryId, file, timeoutMs }) => {
  const transport = await transportFor(resolveSecret(dest.smtp), timeoutMs);
  const attachments = await Promise.all(
    app.files.map(async (f) => ({ filename: f.name || f.key.split('/')[1], contentType: f.type, content: Readable.fromWeb((await file(f)).stream() as import('node:stream/web').ReadableStream) })),
  );
  try {
    await transport.sendMail({
      from: dest.from,
      to: dest.to,
      replyTo: `${JSON.stringify(app.name)} <${app.email}>`,
      subject: `Application: ${app.postingTitle} — ${app.name}`.replace(/[\r\n\t\0]+/g, ' '),
      text: applicationText(app),
      messageId: `<${deliveryId}@careers-widgets.relay>`,
      headers: { 'X-Careers-Application': app.id },
      attachments,
    });
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    throw new DeliveryError(`SMTP: ${(error as Error).message}`, { status: code, permanent: code !== undefined && code >= 500 && code < 600 });
  }
};
