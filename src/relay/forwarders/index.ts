/** Every destination type's forwarder, and its default rate limit (requests per second) where the vendor sets one. */
import type { Destination } from '../config.js';
import { forwardAshby } from './ashby.js';
import { forwardEmail } from './email.js';
import type { Forwarder } from './forwarder.js';
import { forwardGreenhouse } from './greenhouse.js';
import { forwardLever } from './lever.js';
import { forwardRecruitee } from './recruitee.js';
import { forwardSmartRecruiters } from './smartrecruiters.js';
import { forwardWebhook } from './webhook.js';
import { forwardWorkable } from './workable.js';

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

/** Lever documents 2 application POSTs per second; the others publish no apply limit (429s are honoured anyway). */
export const DEFAULT_RATE: Partial<Record<Destination['type'], number>> = { lever: 2, smartrecruiters: 5, workable: 5 };
