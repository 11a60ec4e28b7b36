/**
 * A webhook: POST JSON { id, event, application, files: [{ …, content (base64) }] }, signed so the receiver can tell
 * it came from this relay and is fresh:
 *
 *   Careers-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *   Idempotency-Key: <delivery id>   (the same on every retry: dedupe on it)
 *
 * Verify by recomputing the HMAC over the raw body, comparing in constant time, and refusing an old `t`.
 */
import { createHmac } from 'node:crypto';
import type { Destination } from '../config.js';
import { resolveSecret } from '../config.js';
import { send, type Forwarder } from './forwarder.js';

type WebhookDestination = Extract<Destination, { type: 'webhook' }>;

export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export const forwardWebhook: Forwarder<WebhookDestination> = async ({ app, dest, deliveryId, file, timeoutMs }) => {
  const files = await Promise.all(app.files.map(async (f) => ({ ...f, content: Buffer.from(await (await file(f)).arrayBuffer()).toString('base64') })));
  const body = JSON.stringify({ id: deliveryId, event: 'application.received', application: app, files });
  const timestamp = Math.floor(Date.now() / 1000);
  await send(
    dest.url,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'careers-widgets-relay',
        'Idempotency-Key': deliveryId,
        'Careers-Signature': signature(resolveSecret(dest.secret), timestamp, body),
      },
      body,
    },
    timeoutMs,
  );
};
