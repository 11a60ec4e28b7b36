import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { formatBytes, mailtoUrl } from '../feed/format.js';
import type { Consent, Organization, Posting, Question } from '../feed/schema.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit, type ApplySuccessDetail } from '../shared/events.js';
import { LocaleController } from '../shared/i18n.js';
import { languageOf } from '../shared/language.js';
import { applyFormStyles } from './apply-form.styles.js';
import { clearDraft, fillForm, loadDraft, readForm, saveDraft } from './draft.js';
import { formStrings, type FormStrings } from './form-strings.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retry.js';
import { ApplyError, newIdempotencyKey, sendApplication, type EarlierVersion } from './submit.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_MAX_TOTAL_SIZE,
  FILE_ACCEPT,
  HONEYPOT,
  fieldKeys,
  sniffFiles,
  validateApplication,
  validateField,
  type Rules,
} from './validate.js';

type Status = 'editing' | 'sending' | 'failed' | 'sent' | 'email-ready';
/** What a control needs to be tied to its error and hint. */
interface Aria {
  invalid: 'true' | 'false';
  describedBy: string | typeof nothing;
}

/** Milliseconds of quiet typing before the draft is saved. */
const SAVE_DELAY = 400;
/** Kept when the candidate moves on to another posting: their own details, not this application's. */
const PERSONAL = ['name', 'email', 'phone', 'links'];
const STAR = html`<span aria-hidden="true"> *</span>`;
const positive = (value: number, fallback: number) => (value > 0 ? value : fallback);

const FORM_PARTS =
  'form, intro, draft-notice, discard-button, error-summary, error-summary-title, field, label, hint, input, textarea, file-input, file-drop, file-button, file-drop-hint, file-chosen, file-name, file-size, file-remove, option, radio, checkbox, privacy-link, field-error, submit-button, cancel-button, progress, status, submit-error, success, email-ready, email-link, back-button';

/**
 * A candidate's application for one posting. Validates before sending, keeps a draft of everything typed on the
 * device, and sends `multipart/form-data` to `action` with upload progress and an `Idempotency-Key` that stays the
 * same for every try of one application, retrying by itself when the server asks to come back later. Without
 * `action` but with `email`, it prepares an e-mail instead. See the README for the endpoint contract.
 *
 * @summary The application form for a posting.
 *
 * @fires {CustomEvent<ApplySubmitDetail>} apply-submit - The application is valid and about to be sent (`method: 'form'`, on every try) or offered as an e-mail
 *   (`method: 'email'`). Cancelable: `preventDefault()` stops it, e.g. to send it yourself. `detail.formData` may be
 *   changed by the listener (add a token field).
 * @fires {CustomEvent<ApplySuccessDetail>} apply-success - The server accepted the application. `detail.message`, `detail.response`.
 * @fires {CustomEvent<ApplyErrorDetail>} apply-error - Sending failed. `detail.message`, `detail.status`, `detail.reason`, `detail.retryable`, `detail.retryIn`.
 *   `reason` `network` or `timeout`: no answer came, so whether the application arrived is unknown (the form says so).
 * @fires {CustomEvent<ApplyConflictDetail>} apply-conflict - The server already has an earlier version of this application under its
 *   Idempotency-Key, and what the candidate sent now differs from it (an edit after an unknown outcome): nothing was
 *   stored. `detail.earlierId`, `detail.receivedAt`, `detail.changed` (field names). The form says which version was
 *   received and offers to send the changes as a follow-up (`follow_up_of`, with a new key).
 *
 * @slot success - Replaces the built-in thank-you text after a successful application.
 *
 * @csspart form - The `<form>`.
 * @csspart intro - The note on required fields.
 * @csspart draft-notice - Says that an unsent application was restored from this device.
 * @csspart discard-button - Deletes the draft and empties the form.
 * @csspart error-summary - The list of problems shown after a submit with errors; it receives focus.
 * @csspart error-summary-title - Its heading.
 * @csspart field - A field's wrapper: label, hint, control and error (a `<fieldset>` for choices).
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's help text.
 * @csspart input - Text, e-mail, phone and link inputs, and short-text answers.
 * @csspart textarea - The cover letter and long-text answers.
 * @csspart file-input - The resume and file answers: the native `<input type="file">`, transparent over `file-button`.
 * @csspart file-drop - A file field's box: the button, the chosen file or the drop hint; a file dropped on it is chosen.
 * @csspart file-button - The visible **Choose file** (**Choose another file**) button.
 * @csspart file-drop-hint - "or drop it here" beside the button, on screens with a fine pointer.
 * @csspart file-chosen - The chosen file: its name and size.
 * @csspart file-name - The chosen file's name.
 * @csspart file-size - The chosen file's size.
 * @csspart file-remove - Removes the chosen file.
 * @csspart option - One choice of a yes/no, single- or multiple-choice question: its control and text.
 * @csspart radio - A yes/no or single-choice control.
 * @csspart checkbox - The consent checkboxes and multiple-choice controls.
 * @csspart privacy-link - The link to the privacy notice.
 * @csspart field-error - The error message beside a field.
 * @csspart submit-button - The send button; **Send changes as a follow-up** when the server has an earlier version.
 * @csspart cancel-button - Stops an upload in progress.
 * @csspart progress - The upload progress bar.
 * @csspart status - The live region announcing progress.
 * @csspart submit-error - The message shown when sending failed, when it is not known whether it arrived, or when the
 *   server has an earlier version of the application (which one, and what it lacks).
 * @csspart success - The confirmation shown after sending.
 * @csspart email-ready - The steps shown when the application was prepared as an e-mail.
 * @csspart email-link - The link that opens the prepared e-mail.
 * @csspart back-button - Returns from the e-mail steps to the form.
 *
 * @cssprop --careers-input-background - Background of inputs. Default: the surface color.
 * @cssprop --careers-drop-background - Background of a file field's drop zone. Default: the subtle color.
 * @cssprop --careers-drop-border - Border of a file field's drop zone. Default: `2px dashed` the border color.
 */
export class ApplyFormElement extends LitElement {
  static override styles = [baseStyles, applyFormStyles];

  /** Every part of the form, for a host's `exportparts` (`<job-list>` forwards them all, so the page can style them). */
  static readonly parts = FORM_PARTS;

  static override properties = {
    strings: { attribute: false },
    action: {},
    email: {},
    posting: { attribute: false },
    organization: { attribute: false },
    postingId: { attribute: 'posting-id' },
    postingTitle: { attribute: 'posting-title' },
    maxFileSize: { type: Number, attribute: 'max-file-size' },
    maxTotalSize: { type: Number, attribute: 'max-total-size' },
    minFillTime: { type: Number, attribute: 'min-fill-time' },
    noDraft: { type: Boolean, reflect: true, attribute: 'no-draft' },
    retryPolicy: { attribute: false },
    status: { state: true },
    errors: { state: true },
    showSummary: { state: true },
    failure: { state: true },
    successMessage: { state: true },
    mailto: { state: true },
    progress: { state: true },
    draft: { state: true },
    announcement: { state: true },
    earlier: { state: true },
    unconfirmedDraft: { state: true },
    files: { state: true },
    dropTarget: { state: true },
  };

  /** Your own wording for any of the form's strings (see `FormStrings`), on top of the built-in language. */
  strings?: Partial<FormStrings>;

  private readonly locale = new LocaleController(this);

  /** The form's strings in the candidate's language. */
  private get t(): FormStrings {
    return this.locale.table('form', formStrings, this.strings);
  }

  /** The endpoint that receives the application (`multipart/form-data` POST). */
  action = '';

  /** Where to e-mail the application when there is no `action`. */
  email = '';

  /** The posting applied to (its `questions` are asked, its `consent` items shown); `posting-id`/`posting-title` serve from HTML. */
  posting?: Posting;

  /** The feed's organization: its `consent` items (privacy notice, talent pool) apply where the posting has none of its own. */
  organization?: Organization;

  /** The posting's id, sent as the `postingId` field. */
  postingId = '';

  /** The posting's title, used in the e-mail subject. */
  postingTitle = '';

  /** Largest file accepted per field, in bytes. */
  maxFileSize = DEFAULT_MAX_FILE_SIZE;

  /** Largest total of all files of one application, in bytes. */
  maxTotalSize = DEFAULT_MAX_TOTAL_SIZE;

  /** Milliseconds from showing the form to a valid submit below which the sender is taken for a bot: thanked, nothing sent. */
  minFillTime = 3000;

  /** Keeps no draft on the device (shared computers, or a host with its own). */
  noDraft = false;

  /** Automatic retries (429, 502, 503, 504): `{ retries, base, cap }`, merged over `{ 5, 2000 ms, 60000 ms }`. */
  retryPolicy: Partial<RetryPolicy> = {};

  private status: Status = 'editing';
  private errors: Record<string, string> = {};
  private showSummary = false;
  private failure?: { message: string; retryable: boolean; note?: string; canceled?: boolean; unconfirmed?: boolean };
  private successMessage = '';
  private mailto = '';
  /** Upload progress, in percent. */
  private progress = 0;
  /** The draft on this device: when it was restored from (0 when saved during this visit), and files to choose again. */
  private draft?: { at: number; files: Record<string, string> };
  private announcement = '';
  /** The server's earlier version of this application, when it refused a changed one under the same key. */
  private earlier?: EarlierVersion;
  /** A try after a reload of a draft whose last try got no answer: whether it arrived is not known. */
  private unconfirmedDraft = false;
  /** The file chosen in each file field, shown by name and size. */
  private files: Record<string, File | undefined> = {};
  /** The file field a file is being dragged over. */
  private dropTarget = '';

  private get form(): HTMLFormElement {
    return this.renderRoot?.querySelector('form') as HTMLFormElement;
  }

  /** Kept across every try of one application (and in its draft); replaced only after a success or for a follow-up. */
  private idempotencyKey?: string;
  /** The earlier application's id while this one is sent as a follow-up of it (kept in the draft). */
  private followUpOf?: string;
  /** A try is under way or ended without an answer (kept in the draft, so a reload says the outcome is unknown). */
  private unconfirmed = false;
  /** Fields the candidate has changed (typed in, picked, ticked): only these are checked when left, never on a mere Tab. */
  private readonly changed = new Set<string>();
  /** Fields checked when left: from then on re-checked as the candidate types. */
  private readonly touched = new Set<string>();
  /** The posting whose application the fields hold. */
  private current?: string;
  private shownAt = 0;
  private autoTries = 0;
  /** True from a submit until its checks are done and sending (or not) has begun. */
  private checking = false;
  /** Whether the current try was started by a timer or the `online` event, not by the candidate. */
  private auto = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private upload?: AbortController;

  private readonly onOnline = () => {
    if (this.status === 'failed' && this.failure?.retryable && !this.failure.canceled) void this.send(true);
  };
  private readonly flush = () => this.saveNow();

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.flush);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('pagehide', this.flush);
    clearTimeout(this.retryTimer);
    this.saveNow();
  }

  protected override firstUpdated() {
    this.shownAt = Date.now();
  }

  /** A different posting is a different application: its draft is saved, and it starts afresh (new key, no outcome). */
  protected override willUpdate() {
    if (this.current === undefined || this.current === this.id_) return;
    this.saveNow();
    this.upload?.abort();
    clearTimeout(this.retryTimer);
    this.idempotencyKey = this.draft = this.failure = this.earlier = this.followUpOf = undefined;
    this.unconfirmed = this.unconfirmedDraft = false;
    this.status = 'editing';
    this.errors = {};
    this.showSummary = false;
    this.autoTries = 0;
    this.shownAt = Date.now();
    this.touched.clear();
    this.changed.clear();
    this.files = {};
  }

  /** Once the posting's fields are on screen: its draft comes back, or only the candidate's own details stay. */
  protected override updated() {
    if (this.current === this.id_) return;
    const switched = this.current !== undefined;
    this.current = this.id_;
    const draft = this.noDraft ? undefined : loadDraft(this.current);
    if (!draft && !switched) return;
    const { fields } = readForm(this.form, HONEYPOT);
    // Controls Lit reuses for the new posting's questions keep nothing of the last one's.
    this.form.reset();
    this.files = {};
    fillForm(this.form, draft?.fields ?? Object.fromEntries(PERSONAL.map((name) => [name, fields[name]])));
    if (draft) {
      this.idempotencyKey = draft.key;
      this.followUpOf = draft.followUpOf;
      this.unconfirmed = this.unconfirmedDraft = Boolean(draft.key && draft.unconfirmed);
      this.draft = { at: draft.at, files: draft.files };
    }
  }

  private get id_(): string {
    return this.posting?.id ?? this.postingId;
  }

  private get emailMode(): boolean {
    return !this.action && Boolean(this.email);
  }

  /** The posting's questions; an e-mail cannot carry files, so file questions are left out of one. */
  private get questions(): Question[] {
    return (this.posting?.questions ?? []).filter((q) => !this.emailMode || q.type !== 'file');
  }

  private get consent(): Consent {
    return { ...this.organization?.consent, ...this.posting?.consent };
  }

  private get rules(): Rules {
    return {
      questions: this.questions,
      files: !this.emailMode,
      maxFileSize: positive(this.maxFileSize, DEFAULT_MAX_FILE_SIZE),
      maxTotalSize: positive(this.maxTotalSize, DEFAULT_MAX_TOTAL_SIZE),
      lang: languageOf(this),
      messages: this.t,
    };
  }

  private partNamed(name: string) {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  private focusPart(name: string) {
    void this.updateComplete.then(() => this.partNamed(name)?.focus());
  }

  /** Focuses a field by its key; a group of choices by its first control. */
  private focusField(key: string) {
    const field = this.input(key);
    (field?.localName === 'fieldset' ? field.querySelector('input') : field)?.focus();
  }

  /** The error key of a control: its name, or for the repeated `links` its id (`links[1]`). */
  private keyOf(target: EventTarget | null): string {
    const { name, id } = target as HTMLInputElement;
    return name === 'links' ? id : name === HONEYPOT ? '' : name;
  }

  /** A field the candidate changed is checked as they leave it; one they only passed through with Tab stays neutral. */
  private onBlur(event: FocusEvent) {
    const key = this.keyOf(event.target);
    if (!key || (!this.changed.has(key) && !this.errors[key])) return;
    this.touched.add(key);
    void this.revalidate(key);
  }

  /**
   * Saves the draft soon; a field already left (or showing an error) is re-checked as the candidate corrects it,
   * never while they type it the first time. A chosen file is checked at once: there is nothing to type.
   */
  private onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    const key = this.keyOf(target);
    if (!key) return;
    this.saveSoon();
    this.changed.add(key);
    if (target.type === 'file') {
      this.files = { ...this.files, [key]: target.files?.[0] };
      this.touched.add(key);
      if (this.draft?.files[key]) {
        const { [key]: _chosenAgain, ...files } = this.draft.files;
        this.draft = { ...this.draft, files };
      }
    }
    if (this.touched.has(key) || this.errors[key]) void this.revalidate(key);
  }

  /** A field's control by its key (a choice question's `<fieldset>`). */
  private input(key: string) {
    return (this.renderRoot as ShadowRoot).getElementById(key) as HTMLInputElement;
  }

  /** A file dragged over a file field's drop zone: accepted there, shown as a target. */
  private onDrag(event: DragEvent, key: string) {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dropTarget = key;
  }

  /** A dropped file becomes the field's choice, as if picked: the same checks, the same draft. */
  private onDrop(event: DragEvent, key: string) {
    event.preventDefault();
    this.dropTarget = '';
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = this.input(key);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.focus();
  }

  /** Clears a file field and returns focus to its picker; its error goes until the next check (submit). */
  private removeFile(key: string) {
    const input = this.input(key);
    input.value = '';
    const { [key]: _removed, ...errors } = this.errors;
    this.errors = errors;
    this.files = { ...this.files, [key]: undefined };
    this.saveSoon();
    input.focus();
  }

  private async revalidate(key: string) {
    const data = new FormData(this.form);
    await sniffFiles(data);
    const error = validateField(key, data, this.rules);
    if (error === this.errors[key]) return;
    const { [key]: _old, ...errors } = this.errors;
    this.errors = error ? { ...errors, [key]: error } : errors;
  }

  /** Shows the summary and focuses it when there are errors; returns whether there were. */
  private showErrors(): boolean {
    this.showSummary = Object.keys(this.errors).length > 0;
    if (this.showSummary) this.focusPart('error-summary');
    return this.showSummary;
  }

  private saveSoon() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY);
  }

  /** Saves the draft at once when typing left a save pending, or when `force`d. */
  private saveNow(force = false) {
    if (!this.saveTimer && !force) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.noDraft || this.current === undefined || this.status === 'sent') return;
    const { fields, files } = readForm(this.form, HONEYPOT);
    const draft = { fields, files: { ...this.draft?.files, ...files }, key: this.idempotencyKey, unconfirmed: this.unconfirmed, followUpOf: this.followUpOf };
    if (saveDraft(this.current, draft)) {
      this.draft ??= { at: 0, files: {} };
    }
  }

  private discard() {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    clearDraft(this.id_);
    this.form.reset();
    this.idempotencyKey = this.draft = this.earlier = this.followUpOf = undefined;
    this.unconfirmed = this.unconfirmedDraft = false;
    this.errors = {};
    this.showSummary = false;
    this.touched.clear();
    this.changed.clear();
    this.files = {};
    this.announcement = this.t.draftDiscarded;
    this.focusField('name');
  }

  /** What is sent: the form's fields without the honeypot, empty link fields or empty file inputs. */
  private payload(data: FormData): FormData {
    const out = new FormData();
    for (const [name, value] of data) {
      if (name !== HONEYPOT && (typeof value === 'string' ? value || name !== 'links' : value.size || value.name)) out.append(name, value);
    }
    out.set('postingId', this.id_);
    if (this.followUpOf) out.set('follow_up_of', this.followUpOf);
    return out;
  }

  private buildMailto(data: FormData): string {
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const facts = [
      `${this.t.name}: ${value('name')}`,
      `${this.t.email}: ${value('email')}`,
      value('phone') && `${this.t.phone.replace(/ \(.*\)$/, '')}: ${value('phone')}`,
      ...data.getAll('links').map((link) => String(link).trim()),
      ...this.questions.map((q) => {
        const answers = data.getAll(`answers.${q.id}`).map((answer) => (q.type === 'yes-no' ? this.t[answer as 'yes' | 'no'] : String(answer).trim()));
        return answers.some(Boolean) && `${q.label}\n${answers.filter(Boolean).join(', ')}`;
      }),
    ].filter(Boolean);
    const body = [facts.join('\n'), value('coverLetter'), this.t.emailResumeNote].filter(Boolean).join('\n\n');
    return mailtoUrl(this.email, this.t.emailSubject(this.posting?.title ?? this.postingTitle, this.id_), body);
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.autoTries = 0;
    void this.send();
  }

  /** Checks and sends the application; `auto` for the tries the form makes by itself. */
  private async send(auto = false) {
    // One try at a time: a double click, a retry timer and the `online` event must not start two.
    if (this.status === 'sending' || this.checking) return;
    this.checking = true;
    try {
      await this.check(auto);
    } finally {
      this.checking = false;
    }
  }

  private async check(auto: boolean) {
    clearTimeout(this.retryTimer);
    this.auto = auto;
    this.announcement = '';
    const data = new FormData(this.form);
    await sniffFiles(data);
    const rules = this.rules;
    fieldKeys(rules).forEach((key) => this.touched.add(key));
    this.errors = validateApplication(data, rules);
    if (this.showErrors()) return;
    // A filled honeypot: a bot. It is thanked as anyone would be, and nothing is sent.
    if (data.get(HONEYPOT)) return this.succeed(this.t.submitted);
    // Faster than a person types (a script, or a restored draft sent at once): held back to the minimum, never dropped.
    const early = this.minFillTime - (Date.now() - this.shownAt);
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    if (!this.action && !this.email) return this.fail(new ApplyError('unconfigured', 0, undefined));
    const formData = this.payload(data);
    const postingId = this.id_;

    if (this.emailMode) {
      const href = this.buildMailto(data);
      if (!emit(this, 'apply-submit', { postingId, method: 'email', formData, href }, { cancelable: true })) return;
      this.mailto = href;
      this.status = 'email-ready';
      return this.focusPart('email-ready');
    }

    if (!emit(this, 'apply-submit', { postingId, method: 'form', formData, action: this.action }, { cancelable: true })) return;
    this.idempotencyKey ??= newIdempotencyKey();
    // Until an answer comes, whether the server has it is unknown: a reload meanwhile must say so.
    this.unconfirmed = true;
    this.saveNow(true);
    this.status = 'sending';
    this.progress = 0;
    this.earlier = undefined;
    this.unconfirmedDraft = false;
    const followUpOf = this.followUpOf;
    // A retry the form makes by itself keeps the last failure on screen, so its alert is not announced anew each try.
    if (!this.auto) this.failure = undefined;
    const upload = (this.upload = new AbortController());
    try {
      const result = await sendApplication(this.action, formData, {
        idempotencyKey: this.idempotencyKey,
        signal: upload.signal,
        onProgress: (loaded, total) => (this.progress = total ? Math.round((loaded / total) * 100) : 0),
      });
      const message = result.message ?? this.t.submitted;
      this.succeed(message, { postingId, message, response: result.response, ...(followUpOf ? { followUpOf } : {}) });
    } catch (error) {
      if (!upload.signal.aborted) this.fail(error);
      else if (this.id_ === postingId) {
        this.status = 'failed';
        // The candidate stopped it: sent again only when they say so, not by a timer or the `online` event.
        this.failure = { message: this.t.canceled, retryable: true, canceled: true };
        this.focusPart('submit-button');
      }
    }
  }

  /** `detail` is left out for a bot, which gets the thank-you without an event. */
  private succeed(message: string, detail?: ApplySuccessDetail) {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.noDraft) clearDraft(this.id_);
    this.idempotencyKey = this.draft = this.followUpOf = this.earlier = undefined;
    this.unconfirmed = false;
    this.autoTries = 0;
    this.successMessage = message;
    this.status = 'sent';
    if (detail) emit(this, 'apply-success', detail);
    this.focusPart('success');
  }

  private fail(error: unknown) {
    const failure = error instanceof ApplyError ? error : new ApplyError('network', 0, undefined);
    const { kind, status, retryable, unconfirmed } = failure;
    // An answer came: the server has it, or it does not. Only a try without an answer leaves it unknown.
    this.unconfirmed = unconfirmed;
    if (this.idempotencyKey) this.saveNow(true);
    if (failure.earlier) return this.conflict(failure.earlier);
    const message =
      (status === 409 ? this.t.inProgress : undefined) ??
      failure.serverMessage ??
      {
        network: this.t.networkError,
        timeout: this.t.timeoutError,
        server: this.t.serverError(status),
        rejected: status === 429 ? this.t.busy : this.t.rejected(status),
        unconfigured: this.t.unconfigured,
      }[kind];
    const retryIn = retryable ? retryDelay(status, failure.retryAfter, ++this.autoTries, { ...DEFAULT_RETRY_POLICY, ...this.retryPolicy }) : undefined;
    if (retryIn !== undefined) this.retryTimer = setTimeout(() => void this.send(true), retryIn);
    this.status = 'failed';
    this.failure = {
      message,
      retryable,
      unconfirmed,
      note: retryIn !== undefined ? this.t.retryIn(Math.ceil(retryIn / 1000)) : kind === 'network' && !navigator.onLine ? this.t.offline : undefined,
    };
    const known = fieldKeys(this.rules);
    const errors: Record<string, string> = {};
    for (const { field, message: fieldMessage } of failure.fieldErrors) {
      const key = field === 'links' ? 'links[0]' : field;
      if (known.includes(key)) errors[key] = fieldMessage;
    }
    this.errors = errors;
    if (!this.showErrors() && !this.auto) this.focusPart('submit-error');
    emit(this, 'apply-error', { postingId: this.id_, message, status, retryable, reason: kind, retryIn });
  }

  /**
   * The server has an earlier version under this key and refused the changed one: say which version it has and what
   * it lacks, and offer the changes as a follow-up. Never a thank-you that hides them.
   */
  private conflict(earlier: EarlierVersion) {
    clearTimeout(this.retryTimer);
    this.status = 'failed';
    this.failure = undefined;
    this.errors = {};
    this.showSummary = false;
    this.earlier = earlier;
    void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById('earlier-version')?.focus());
    emit(this, 'apply-conflict', { postingId: this.id_, earlierId: earlier.id, receivedAt: earlier.receivedAt, changed: earlier.changed });
  }

  /** Sends what is on the form as a follow-up of the earlier version: a new key, and `follow_up_of` naming it. */
  private sendFollowUp() {
    if (!this.earlier) return;
    this.followUpOf = this.earlier.id;
    this.idempotencyKey = newIdempotencyKey();
    this.autoTries = 0;
    void this.send();
  }

  /** A field's name as the candidate knows it, for the list of changes the earlier version lacks. */
  private labelOf(name: string): string {
    const plain = (label: string) => label.replace(/\s*[(（][^)）]*[)）]$/, '');
    const t = this.t;
    const own: Record<string, string> = { name: t.name, email: t.email, phone: t.phone, resume: t.resume, coverLetter: t.coverLetter, links: t.links };
    if (Object.hasOwn(own, name)) return plain(own[name]);
    if (name === 'consent') return this.consent.privacy?.text ?? t.consent;
    if (name === 'talentPool') return this.consent.talentPool?.text ?? name;
    return this.posting?.questions?.find((q) => `answers.${q.id}` === name)?.label ?? name;
  }

  private renderEarlier(earlier: EarlierVersion) {
    const lang = languageOf(this);
    const at = new Date(earlier.receivedAt);
    const when = Number.isNaN(at.getTime()) ? earlier.receivedAt : at.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const labels = [...new Set(earlier.changed.filter((name) => name !== 'postingId' && name !== 'follow_up_of').map((name) => this.labelOf(name)))];
    return html`<div part="submit-error" id="earlier-version" role="alert" tabindex="-1">
      <p><strong>${this.t.earlierReceived(when)}</strong>${labels.length ? html` ${this.t.earlierChanged(new Intl.ListFormat(lang, { type: 'conjunction' }).format(labels))}` : nothing}</p>
      <p>${this.t.followUpHint}</p>
    </div>`;
  }

  private backToForm() {
    this.status = 'editing';
    this.focusPart('submit-button');
  }

  private aria(key: string, hintId = ''): Aria {
    const error = this.errors[key];
    // A file field's chosen file (name and size) is described with it.
    return { invalid: error ? 'true' : 'false', describedBy: [hintId, error && `${key}-error`, this.files[key] && `${key}-file`].filter(Boolean).join(' ') || nothing };
  }

  private renderError(key: string) {
    const error = this.errors[key];
    return error ? html`<p part="field-error" id="${key}-error">${error}</p>` : nothing;
  }

  /** A labelled field: label, hint (its own, or `sharedHint`, the id of a group's), control, error. */
  private renderField(key: string, label: unknown, required: boolean | undefined, control: (aria: Aria) => TemplateResult, hint?: unknown, sharedHint = '') {
    const hintId = hint ? `${key}-hint` : sharedHint;
    return html`<div part="field">
      <label part="label" for=${key}>${label}${required ? STAR : nothing}</label>
      ${hint ? html`<p part="hint" id=${hintId}>${hint}</p>` : nothing} ${control(this.aria(key, hintId))} ${this.renderError(key)}
    </div>`;
  }

  private renderText(key: string, label: string, type: string, autocomplete: string, required = false, sharedHint = '', name = key) {
    return this.renderField(
      key,
      label,
      required,
      (a) => html`<input part="input" id=${key} name=${name} type=${type} autocomplete=${autocomplete} ?required=${required}
        aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`,
      undefined,
      sharedHint,
    );
  }

  /**
   * A file field: the real `<input type=file>` (keyboard, screen readers, autofill) lies transparent over a button
   * of ours; beside it the chosen file's name and size with Remove, or a drop hint. The whole box takes a dropped file.
   */
  private renderFile(key: string, label: string, required: boolean | undefined, help?: string) {
    const chosen = this.draft?.files[key];
    const file = this.files[key];
    const { maxFileSize, lang } = this.rules;
    const t = this.t;
    return this.renderField(
      key,
      label,
      required,
      (a) => html`<div part="file-drop" class="${this.dropTarget === key ? 'over' : ''} ${a.invalid === 'true' ? 'invalid' : ''}"
        @dragover=${(e: DragEvent) => this.onDrag(e, key)} @dragleave=${() => (this.dropTarget = '')} @drop=${(e: DragEvent) => this.onDrop(e, key)}>
        <span class="pick">
          <input part="file-input" id=${key} name=${key} type="file" accept=${FILE_ACCEPT} ?required=${required} aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy} />
          <span part="file-button" class="button" aria-hidden="true">${file ? t.replaceFile : t.chooseFile}</span>
        </span>
        ${file
          ? html`<span part="file-chosen" id="${key}-file"><span part="file-name">${file.name}</span>
                <span part="file-size">${formatBytes(file.size, lang)}</span></span>
              <button part="file-remove" type="button" aria-describedby="${key}-file" @click=${() => this.removeFile(key)}>${t.remove}</button>`
          : html`<span part="file-drop-hint">${t.dropHint}</span>`}
      </div>`,
      html`${help ? `${help} ` : ''}${t.resumeHint(formatBytes(maxFileSize, lang))}${chosen ? html` <strong>${t.chooseAgain(chosen)}</strong>` : nothing}`,
    );
  }

  private renderCheckbox(key: string, label: string, required: boolean, hint?: TemplateResult) {
    const a = this.aria(key, hint ? `${key}-hint` : '');
    return html`<div part="field" class="checkbox-field">
      <input part="checkbox" id=${key} name=${key} type="checkbox" value="yes" ?required=${required} aria-invalid=${a.invalid}
        aria-describedby=${a.describedBy} />
      <label part="label" for=${key}>${label}${required ? STAR : nothing}</label>
      ${hint ? html`<p part="hint" id="${key}-hint">${hint}</p>` : nothing} ${this.renderError(key)}
    </div>`;
  }

  private renderQuestion(q: Question) {
    const key = `answers.${q.id}`;
    const required = q.required;
    if (q.type === 'file') return this.renderFile(key, q.label, required, q.help);
    if (q.type.endsWith('text')) {
      return this.renderField(
        key,
        q.label,
        required,
        (a) =>
          q.type === 'long-text'
            ? html`<textarea part="textarea" id=${key} name=${key} rows="4" ?required=${required} aria-invalid=${a.invalid}
                aria-describedby=${a.describedBy}></textarea>`
            : html`<input part="input" id=${key} name=${key} type="text" ?required=${required} aria-invalid=${a.invalid}
                aria-describedby=${a.describedBy} />`,
        q.help,
      );
    }
    const multiple = q.type === 'multiple-choice';
    const type = multiple ? 'checkbox' : 'radio';
    const options = q.type === 'yes-no' ? [['yes', this.t.yes], ['no', this.t.no]] : (q.options ?? []).map((option) => [option, option]);
    const a = this.aria(key, q.help ? `${key}-hint` : '');
    return html`<fieldset part="field" id=${key} role=${multiple ? nothing : 'radiogroup'} aria-invalid=${a.invalid}
      aria-describedby=${a.describedBy}>
      <legend part="label">${q.label}${required ? STAR : nothing}</legend>
      ${q.help ? html`<p part="hint" id="${key}-hint">${q.help}</p>` : nothing}
      ${options.map(
        ([value, label]) =>
          html`<label part="option"><input part=${type} type=${type} name=${key} value=${value} ?required=${required && !multiple} />${label}</label>`,
      )}
      ${this.renderError(key)}
    </fieldset>`;
  }

  private renderSummary() {
    const keys = fieldKeys(this.rules).filter((key) => this.errors[key]);
    if (!this.showSummary || !keys.length) return nothing;
    return html`<div part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
      <p part="error-summary-title" id="error-summary-title">${this.t.errorSummaryTitle(keys.length)}</p>
      <ul>
        ${keys.map(
          (key) => html`<li>
            <a href="#${key}" @click=${(event: Event) => {
              event.preventDefault();
              this.focusField(key);
            }}>${this.errors[key]}</a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderDraft() {
    if (!this.draft) return nothing;
    const button = html`<button part="discard-button" type="button" @click=${this.discard}>${this.t.discardDraft}</button>`;
    const at = this.draft.at && new Date(this.draft.at).toLocaleString(languageOf(this), { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div part="draft-notice" role="status" class=${at ? 'restored' : ''}>
      <p>${at ? this.t.draftRestored(at) : this.t.draftSaved}</p>
      ${at && this.unconfirmedDraft ? html`<p><strong>${this.t.unconfirmed}</strong> ${this.t.unconfirmedKept}</p>` : nothing} ${button}
    </div>`;
  }

  private renderOutcome() {
    if (this.status === 'sent') {
      return html`<div part="success" tabindex="-1">
        <slot name="success"><p>${this.successMessage}</p></slot>
      </div>`;
    }
    if (this.status === 'email-ready') {
      const [open, attach, send] = this.t.emailReadySteps(this.email);
      return html`<div part="email-ready" tabindex="-1" aria-labelledby="email-ready-title">
        <p id="email-ready-title"><strong>${this.t.emailReadyTitle}</strong></p>
        <ol>
          <li>${open}</li>
          <li><strong>${attach}</strong></li>
          <li>${send}</li>
        </ol>
        <p><a part="email-link" class="button primary" href=${this.mailto}>${this.t.openEmail}</a></p>
        <button part="back-button" type="button" @click=${this.backToForm}>${this.t.editApplication}</button>
      </div>`;
    }
    return nothing;
  }

  protected override render() {
    const sending = this.status === 'sending';
    const failed = this.status === 'failed' && this.failure;
    const { privacy, talentPool } = this.consent;
    return html`${this.renderOutcome()}
      <form part="form" novalidate ?hidden=${this.status === 'sent' || this.status === 'email-ready'} aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.onSubmit} @focusout=${this.onBlur} @input=${this.onInput} @change=${this.onInput}>
        <p part="intro">${this.t.formIntro}${this.emailMode ? html` ${this.t.emailModeIntro(this.email)}` : nothing}</p>
        ${this.draft?.at ? this.renderDraft() : nothing} ${this.renderSummary()}
        ${this.renderText('name', this.t.name, 'text', 'name', true)} ${this.renderText('email', this.t.email, 'email', 'email', true)}
        ${this.renderText('phone', this.t.phone, 'tel', 'tel')} ${this.emailMode ? nothing : this.renderFile('resume', this.t.resume, true)}
        <div part="field">
          <label part="label" for="coverLetter">${this.t.coverLetter}</label>
          <p part="hint" id="coverLetter-hint">${this.t.coverLetterHint}</p>
          <textarea part="textarea" id="coverLetter" name="coverLetter" rows="6" aria-describedby="coverLetter-hint"></textarea>
        </div>
        <fieldset part="field">
          <legend part="label">${this.t.links}</legend>
          <p part="hint" id="links-hint">${this.t.linksHint}</p>
          ${[0, 1].map((i) => this.renderText(`links[${i}]`, this.t.linkLabel(i + 1), 'url', 'url', false, 'links-hint', 'links'))}
        </fieldset>
        ${this.questions.map((q) => this.renderQuestion(q))}
        ${this.renderCheckbox(
          'consent',
          privacy?.text ?? this.t.consent,
          true,
          privacy && html`<a part="privacy-link" href=${privacy.url} target="_blank" rel="noopener noreferrer">${this.t.privacyLink}</a>`,
        )}
        ${talentPool ? this.renderCheckbox('talentPool', talentPool.text, false) : nothing}
        <div class="visually-hidden" aria-hidden="true">
          <label for=${HONEYPOT}>${this.t.honeypot}</label>
          <input id=${HONEYPOT} name=${HONEYPOT} tabindex="-1" autocomplete="off" />
        </div>
        ${failed || (sending && this.auto && this.failure)
          ? html`<div part="submit-error" role="alert" tabindex="-1">
              <p><strong>${this.failure!.unconfirmed ? this.t.unconfirmed : this.t.submitFailed}</strong> ${this.failure!.message}</p>
              ${this.failure!.retryable ? html`<p>${this.failure!.unconfirmed ? this.t.unconfirmedKept : this.t.submitKept}</p>` : nothing}
              ${this.failure!.note ? html`<p>${this.failure!.note}</p>` : nothing}
            </div>`
          : nothing}
        ${this.earlier && !sending ? this.renderEarlier(this.earlier) : nothing}
        <p part="status" role="status" class=${sending ? '' : 'visually-hidden'}>
          ${sending ? this.t.sendingProgress(Math.floor(this.progress / 25) * 25) : this.announcement}
        </p>
        ${sending ? html`<progress part="progress" max="100" .value=${this.progress} aria-label=${this.t.progress}></progress>` : nothing}
        <div class="actions">
          ${this.earlier && !sending
            ? html`<button part="submit-button" id="follow-up" class="primary" type="button" @click=${this.sendFollowUp}>${this.t.followUp}</button>`
            : html`<button part="submit-button" class="primary" type="submit" ?disabled=${sending}>
                ${sending ? this.t.sending : this.emailMode ? this.t.prepareEmail : failed && this.failure!.retryable ? this.t.retrySubmit : this.t.submit}
              </button>`}
          ${sending ? html`<button part="cancel-button" type="button" @click=${() => this.upload?.abort()}>${this.t.cancel}</button>` : nothing}
        </div>
        ${this.draft && !this.draft.at ? this.renderDraft() : nothing}
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apply-form': ApplyFormElement;
  }
}
