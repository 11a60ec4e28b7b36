/** Every destination type's forwarder, and its default rate limit (requests per second) where the vendor sets one. */
import type { Destination } from '../config.js';
import { forwardAshby } from './ashby.js';
import { forwardEmail } from './email.js';
import type { Forwarder, Lookup } from './forwarder.js';
import { forwardGreenhouse, lookupGreenhouse } from './greenhouse.js';
import { forwardLever, lookupLever } from './lever.js';
import { forwardRecruitee } from './recruitee.js';
import { forwardSmartRecruiters } from './smartrecruiters.js';
import { forwardWebhook } from './webhook.js';
import { forwardWorkable, lookupWorkable } from './workable.js';

export const FORWARDERS: { [T in Destination['type']]: Forwarder<Extract<Destination, { type: T }>> } = {
  email: forwardEmail,
  webhook: forwardWebhook,
  greenhouse: forwardGreenhouse,
  lever: forwardLever,
  ashby: forwardAshby,
  recruitee: forwardRecruitee,
  smartrecruiters: forwardSmartRecruiters,
  workable: forwardWorkable,
};

/**
 * After a try whose outcome is unknown (the relay stopped between sending and recording the answer, or a time-out):
 * - `resend`: sent again under the same key, the receiver dedupes (webhook: Idempotency-Key = the delivery id;
 *   e-mail: the same Message-ID, which mail systems fold — a mailbox may still show two copies);
 * - `lookup`: the vendor is asked first (when its lookup credentials are configured), sent only if it is not there;
 * - `review`: parked for an operator (admin view: "retry now" or "mark delivered"), never sent blindly again.
 */
export const ON_UNCERTAIN: { [T in Destination['type']]: 'resend' | 'lookup' | 'review' } = {
  email: 'resend',
  webhook: 'resend',
  greenhouse: 'lookup',
  lever: 'lookup',
  workable: 'lookup',
  ashby: 'review',
  recruitee: 'review',
  smartrecruiters: 'review',
};

export const LOOKUPS: { [T in Destination['type']]?: Lookup<Extract<Destination, { type: T }>> } = {
  greenhouse: lookupGreenhouse,
  lever: lookupLever,
  workable: lookupWorkable,
};

/** Lever documents 2 application POSTs per second; the others publish no apply limit (429s are honoured anyway). */
export const DEFAULT_RATE: Partial<Record<Destination['type'], number>> = { lever: 2, smartrecruiters: 5, workable: 5 };
