/** The shapes the relay's modules share: an application as stored, its files, an outbox entry. */

/** One uploaded file, kept by the file store under `key`. */
export interface StoredFile {
  /** The form field it came in: `resume` or `answers.<question id>`. */
  field: string;
  /** The candidate's file name (recorded only; never used as a path). */
  name: string;
  /** The MIME type of the kind its content shows (PDF, DOC, DOCX). */
  type: string;
  size: number;
  sha256: string;
  /** Where the file store keeps it: `<application id>/<field>.<kind>`. */
  key: string;
}

/** One question of the posting with the candidate's answer (a file question's answer is its file name). */
export interface Answer {
  id: string;
  label: string;
  type: string;
  answer: string | string[] | null;
}

/** An application as received and stored, the same for every destination. */
export interface Application {
  id: string;
  receivedAt: string;
  postingId: string;
  postingTitle: string;
  followUpOf?: string;
  name: string;
  email: string;
  phone?: string;
  coverLetter?: string;
  links: string[];
  consent: boolean;
  talentPool: boolean;
  answers: Answer[];
  files: StoredFile[];
  /** Fields a host added (a campaign, a CAPTCHA token): kept, forwarded to the webhook only. */
  extra: Record<string, string[]>;
}

/** The first 2xx answer kept for an Idempotency-Key, with the body's fingerprint. */
export interface KeptAnswer {
  applicationId: string;
  fingerprint: string;
  /** One hash per field, to tell which fields a different body changed. */
  fields: Record<string, string>;
  status: number;
  body: unknown;
  receivedAt: string;
}

/**
 * `review`: a try may have reached a destination that can neither dedupe nor be asked (the relay stopped between
 * sending and recording the answer): parked for an operator, who checks the ATS and presses "retry now" or "mark
 * delivered", instead of being sent blindly a second time.
 */
export type OutboxState = 'pending' | 'delivered' | 'failed' | 'review';

export interface OutboxEntry {
  id: string;
  applicationId: string;
  destination: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which it is not tried again. */
  nextAt: number;
  lastError?: string | null;
  lastStatus?: number | null;
  deliveredAt?: string | null;
  leaseOwner?: string | null;
  leaseUntil?: number | null;
  /** Set ("sending") before a request goes out, cleared when its outcome is recorded: set at claim time = may have been sent. */
  attemptId?: string | null;
}
