import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatBytes, mailtoUrl } from '../feed/format.js';
import type { Posting } from '../feed/schema.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { languageOf } from '../shared/language.js';
import { formStrings } from './form-strings.js';
import { applyFormStyles } from './apply-form.styles.js';
import { ApplyError, newIdempotencyKey, sendApplication } from './submit.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  FIELD_ORDER,
  RESUME_EXTENSIONS,
  RESUME_TYPES,
  validateApplication,
  validateField,
  type ApplicationValues,
  type FieldName,
} from './validate.js';

type Status = 'editing' | 'sending' | 'failed' | 'sent' | 'email-ready';

const labels: Record<FieldName, string> = {
  name: formStrings.name,
  email: formStrings.email,
  phone: formStrings.phone,
  resume: formStrings.resume,
  coverLetter: formStrings.coverLetter,
  'link-1': formStrings.linkLabel(1),
  'link-2': formStrings.linkLabel(2),
  consent: formStrings.consent,
};

/** Server field names (the multipart names) to the form's inputs. */
const serverFieldToInput: Record<string, FieldName> = { links: 'link-1' };

/**
 * A candidate's application for one posting. Validates before sending, never discards what was typed, and sends
 * `multipart/form-data` to `action` with an `Idempotency-Key` that stays the same for every retry of one
 * application. Without `action` but with `email`, it prepares an e-mail instead (the resume is then attached by
 * hand). See the README for the endpoint contract.
 *
 * @summary The application form for a posting.
 *
 * @fires {CustomEvent<ApplySubmitDetail>} apply-submit - The application is valid and about to be sent (`method: 'form'`) or offered as an e-mail
 *   (`method: 'email'`). Cancelable: `preventDefault()` stops it, e.g. to send it yourself. `detail.formData` may be
 *   changed by the listener (add a token field).
 * @fires {CustomEvent<ApplySuccessDetail>} apply-success - The server accepted the application. `detail.message`, `detail.response`.
 * @fires {CustomEvent<ApplyErrorDetail>} apply-error - Sending failed. `detail.message`, `detail.status`, `detail.retryable`.
 *
 * @slot success - Replaces the built-in thank-you text after a successful application.
 *
 * @csspart form - The `<form>`.
 * @csspart intro - The note on required fields.
 * @csspart error-summary - The list of problems shown after a submit with errors.
 * @csspart error-summary-title - Its heading.
 * @csspart field - A field's wrapper: label, hint, control and error.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart input - Text, e-mail, phone and link inputs.
 * @csspart textarea - The cover letter.
 * @csspart file-input - The resume file input.
 * @csspart checkbox - The consent checkbox.
 * @csspart field-error - The error message beside a field.
 * @csspart submit-button - The send button.
 * @csspart status - The live region announcing progress.
 * @csspart submit-error - The message shown when sending failed.
 * @csspart success - The confirmation shown after sending.
 * @csspart email-ready - The steps shown when the application was prepared as an e-mail.
 * @csspart email-link - The link that opens the prepared e-mail.
 * @csspart back-button - Returns from the e-mail steps to the form.
 *
 * @cssprop --careers-input-background - Background of inputs. Default: the surface color.
 */
export class ApplyFormElement extends LitElement {
  static override styles = [baseStyles, applyFormStyles];

  /** The endpoint that receives the application (`multipart/form-data` POST). */
  @property() action = '';

  /** Where to e-mail the application when there is no `action`. */
  @property() email = '';

  /** The posting applied to; `posting-id`/`posting-title` serve the same purpose from HTML. */
  @property({ attribute: false }) posting?: Posting;

  /** The posting's id, sent as the `postingId` field. */
  @property({ attribute: 'posting-id' }) postingId = '';

  /** The posting's title, used in the e-mail subject. */
  @property({ attribute: 'posting-title' }) postingTitle = '';

  /** Largest resume file accepted, in bytes. */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize: number = DEFAULT_MAX_FILE_SIZE;

  @state() private status: Status = 'editing';
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private showSummary = false;
  @state() private failure?: { message: string; retryable: boolean };
  @state() private successMessage = '';
  @state() private mailto = '';

  @query('form') private form!: HTMLFormElement;

  /** Kept across every try of one application; replaced only after a success. */
  private idempotencyKey?: string;
  private readonly touched = new Set<FieldName>();

  /**
   * A different posting is a different application: start it afresh (new key, no errors, no outcome), keeping the
   * candidate's own details (name, e-mail, links) that apply to any posting.
   */
  protected override willUpdate(changed: PropertyValues<this>) {
    const before = changed.has('posting') ? changed.get('posting')?.id : changed.has('postingId') ? changed.get('postingId') : undefined;
    if (before === undefined || before === this.id_) return;
    this.idempotencyKey = undefined;
    this.status = 'editing';
    this.errors = {};
    this.showSummary = false;
    this.failure = undefined;
    this.touched.clear();
    const coverLetter = this.field<HTMLTextAreaElement>('coverLetter');
    if (coverLetter) coverLetter.value = '';
  }

  private get id_(): string {
    return this.posting?.id ?? this.postingId;
  }

  private get title_(): string {
    return this.posting?.title ?? this.postingTitle;
  }

  private get emailMode(): boolean {
    return !this.action && Boolean(this.email);
  }


  private field<T extends HTMLElement = HTMLInputElement>(name: FieldName): T | null {
    return this.renderRoot.querySelector<T>(`#${name}`);
  }

  private readValues(): ApplicationValues {
    const value = (name: FieldName) => this.field<HTMLInputElement | HTMLTextAreaElement>(name)?.value ?? '';
    return {
      name: value('name'),
      email: value('email'),
      phone: value('phone'),
      resume: this.emailMode ? undefined : (this.field('resume')?.files?.[0] ?? null),
      coverLetter: value('coverLetter'),
      links: [value('link-1'), value('link-2')],
      consent: this.field('consent')?.checked ?? false,
    };
  }

  /** `max-file-size` as given, unless it is not a positive number. */
  private get maxSize(): number {
    return this.maxFileSize > 0 ? this.maxFileSize : DEFAULT_MAX_FILE_SIZE;
  }

  private get validationOptions() {
    return { requireResume: !this.emailMode, maxFileSize: this.maxSize, lang: languageOf(this) };
  }

  private fieldOf(event: Event): FieldName {
    return (event.target as HTMLElement).id as FieldName;
  }

  private onBlur(event: FocusEvent) {
    const name = this.fieldOf(event);
    if (!FIELD_ORDER.includes(name)) return;
    this.touched.add(name);
    this.revalidate(name);
  }

  /** Once a field has shown an error, it is re-checked as the candidate corrects it, never before. */
  private onInput(event: Event) {
    const name = this.fieldOf(event);
    if (event.type === 'change') this.touched.add(name);
    if (this.touched.has(name) || this.errors[name]) this.revalidate(name);
  }

  private revalidate(name: FieldName) {
    const error = validateField(name, this.readValues(), this.validationOptions);
    if (error === this.errors[name]) return;
    const errors = { ...this.errors };
    if (error) errors[name] = error;
    else delete errors[name];
    this.errors = errors;
    if (Object.keys(errors).length === 0) this.showSummary = false;
  }

  private async focusFirstError() {
    await this.updateComplete;
    const first = FIELD_ORDER.find((name) => this.errors[name]);
    if (first) this.field(first)?.focus();
  }

  private buildFormData(): FormData {
    const data = new FormData(this.form);
    data.set('postingId', this.id_);
    const links = data.getAll('links').filter((link) => typeof link === 'string' && link.trim());
    data.delete('links');
    for (const link of links) data.append('links', link);
    return data;
  }

  private buildMailto(values: ApplicationValues): string {
    const phoneLabel = formStrings.phone.replace(/ \(.*\)$/, '');
    const facts = [
      `${labels.name}: ${values.name.trim()}`,
      `${labels.email}: ${values.email.trim()}`,
      values.phone.trim() && `${phoneLabel}: ${values.phone.trim()}`,
      ...values.links.map((link) => link.trim()),
    ].filter(Boolean);
    const body = [facts.join('\n'), values.coverLetter.trim(), formStrings.emailResumeNote].filter(Boolean).join('\n\n');
    return mailtoUrl(this.email, formStrings.emailSubject(this.title_, this.id_), body);
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.status === 'sending') return;
    const values = this.readValues();
    this.errors = validateApplication(values, this.validationOptions);
    FIELD_ORDER.forEach((name) => this.touched.add(name));
    if (Object.keys(this.errors).length > 0) {
      this.showSummary = true;
      await this.focusFirstError();
      return;
    }
    this.showSummary = false;
    if (!this.action && !this.email) {
      // A page set up without a destination: tell the candidate, and the page through apply-error.
      this.handleFailure(new ApplyError('unconfigured', 0, undefined));
      return;
    }
    const formData = this.buildFormData();

    if (this.emailMode) {
      const href = this.buildMailto(values);
      if (!emit(this, 'apply-submit', { postingId: this.id_, method: 'email', formData, href }, { cancelable: true })) return;
      this.mailto = href;
      this.status = 'email-ready';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="email-ready"]')?.focus();
      return;
    }

    if (!emit(this, 'apply-submit', { postingId: this.id_, method: 'form', formData, action: this.action }, { cancelable: true })) return;
    this.idempotencyKey ??= newIdempotencyKey();
    this.status = 'sending';
    this.failure = undefined;
    try {
      const result = await sendApplication(this.action, formData, { idempotencyKey: this.idempotencyKey });
      this.idempotencyKey = undefined;
      this.successMessage = result.message ?? formStrings.submitted;
      this.status = 'sent';
      emit(this, 'apply-success', { postingId: this.id_, message: this.successMessage, response: result.response });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
    } catch (error) {
      this.handleFailure(error);
    }
  }

  private handleFailure(error: unknown) {
    const failure = error instanceof ApplyError ? error : new ApplyError('network', 0, undefined);
    const reason = {
      network: formStrings.networkError,
      timeout: formStrings.timeoutError,
      server: formStrings.serverError(failure.status),
      rejected: formStrings.rejected(failure.status),
      unconfigured: formStrings.unconfigured,
    }[failure.kind];
    const message = failure.serverMessage ?? reason;
    this.status = 'failed';
    this.failure = { message, retryable: failure.retryable };
    if (failure.fieldErrors.length) {
      const errors: Partial<Record<FieldName, string>> = {};
      for (const { field, message: fieldMessage } of failure.fieldErrors) {
        const name = serverFieldToInput[field] ?? (field as FieldName);
        if (FIELD_ORDER.includes(name)) errors[name] = fieldMessage;
      }
      this.errors = errors;
      this.showSummary = Object.keys(errors).length > 0;
      void this.focusFirstError();
    } else {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="submit-error"]')?.focus());
    }
    emit(this, 'apply-error', { postingId: this.id_, message, status: failure.status, retryable: failure.retryable });
  }

  private backToForm() {
    this.status = 'editing';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="submit-button"]')?.focus());
  }

  private describedBy(name: FieldName, hintId = '') {
    return [hintId, this.errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  private renderError(name: FieldName) {
    const error = this.errors[name];
    return error ? html`<p part="field-error" id="${name}-error">${error}</p>` : nothing;
  }

  private renderText(name: FieldName, type: string, autocomplete: string, required: boolean, hintId = '') {
    return html`<div part="field">
      <label part="label" for=${name}>${labels[name]}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      <input part="input" id=${name} name=${name.startsWith('link') ? 'links' : name} type=${type} autocomplete=${autocomplete}
        ?required=${required} aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name, hintId)} />
      ${this.renderError(name)}
    </div>`;
  }

  private renderSummary() {
    const names = FIELD_ORDER.filter((name) => this.errors[name]);
    if (!this.showSummary || names.length === 0) return nothing;
    return html`<div part="error-summary" aria-labelledby="error-summary-title">
      <p part="error-summary-title" id="error-summary-title">${formStrings.errorSummaryTitle(names.length)}</p>
      <ul>
        ${names.map(
          (name) => html`<li>
            <a href="#${name}" @click=${(event: Event) => {
              event.preventDefault();
              this.field(name)?.focus();
            }}>${this.errors[name]}</a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderOutcome() {
    if (this.status === 'sent') {
      return html`<div part="success" tabindex="-1" role="status">
        <slot name="success"><p>${this.successMessage}</p></slot>
      </div>`;
    }
    if (this.status === 'email-ready') {
      const [open, attach, send] = formStrings.emailReadySteps(this.email);
      return html`<div part="email-ready" tabindex="-1" aria-labelledby="email-ready-title">
        <p id="email-ready-title"><strong>${formStrings.emailReadyTitle}</strong></p>
        <ol>
          <li>${open}</li>
          <li><strong>${attach}</strong></li>
          <li>${send}</li>
        </ol>
        <p><a part="email-link" class="button primary" href=${this.mailto}>${formStrings.openEmail}</a></p>
        <button part="back-button" type="button" @click=${this.backToForm}>${formStrings.editApplication}</button>
      </div>`;
    }
    return nothing;
  }

  protected override render() {
    const sending = this.status === 'sending';
    const done = this.status === 'sent' || this.status === 'email-ready';
    const maxSize = formatBytes(this.maxSize, languageOf(this));
    return html`${this.renderOutcome()}
      <form part="form" novalidate ?hidden=${done} aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit}
        @focusout=${this.onBlur} @input=${this.onInput} @change=${this.onInput}>
        <p part="intro">${formStrings.formIntro}${this.emailMode ? html` ${formStrings.emailModeIntro(this.email)}` : nothing}</p>
        ${this.renderSummary()}
        ${this.renderText('name', 'text', 'name', true)} ${this.renderText('email', 'email', 'email', true)}
        ${this.renderText('phone', 'tel', 'tel', false)}
        ${this.emailMode
          ? nothing
          : html`<div part="field">
              <label part="label" for="resume">${formStrings.resume}<span aria-hidden="true"> *</span></label>
              <p part="hint" id="resume-hint">${formStrings.resumeHint(maxSize)}</p>
              <input part="file-input" id="resume" name="resume" type="file" required
                accept=${[...RESUME_EXTENSIONS, ...RESUME_TYPES].join(',')}
                aria-invalid=${this.errors.resume ? 'true' : 'false'} aria-describedby=${this.describedBy('resume', 'resume-hint')} />
              ${this.renderError('resume')}
            </div>`}
        <div part="field">
          <label part="label" for="coverLetter">${formStrings.coverLetter}</label>
          <p part="hint" id="coverLetter-hint">${formStrings.coverLetterHint}</p>
          <textarea part="textarea" id="coverLetter" name="coverLetter" rows="6" aria-describedby="coverLetter-hint"></textarea>
        </div>
        <fieldset part="field">
          <legend part="label">${formStrings.links}</legend>
          <p part="hint" id="links-hint">${formStrings.linksHint}</p>
          ${(['link-1', 'link-2'] as const).map((name) => this.renderText(name, 'url', 'url', false, 'links-hint'))}
        </fieldset>
        <div part="field" class="checkbox-field">
          <input part="checkbox" id="consent" name="consent" type="checkbox" value="yes" required
            aria-invalid=${this.errors.consent ? 'true' : 'false'} aria-describedby=${this.describedBy('consent')} />
          <label part="label" for="consent">${formStrings.consent}<span aria-hidden="true"> *</span></label>
          ${this.renderError('consent')}
        </div>
        ${this.status === 'failed' && this.failure
          ? html`<div part="submit-error" role="alert" tabindex="-1">
              <p><strong>${formStrings.submitFailed}</strong> ${this.failure.message}</p>
              ${this.failure.retryable ? html`<p>${formStrings.submitKept}</p>` : nothing}
            </div>`
          : nothing}
        <button part="submit-button" class="primary" type="submit" ?disabled=${sending}>
          ${sending
            ? formStrings.sending
            : this.emailMode
              ? formStrings.prepareEmail
              : this.status === 'failed' && this.failure?.retryable
                ? formStrings.retrySubmit
                : formStrings.submit}
        </button>
        <p part="status" role="status" class=${sending ? '' : 'visually-hidden'}>${sending ? formStrings.sending : ''}</p>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apply-form': ApplyFormElement;
  }
}
