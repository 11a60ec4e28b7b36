import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { applyRoute, groupByDepartment, mailtoUrl, type DepartmentGroup } from '../feed/format.js';
import { DEFAULT_FEED_TIMEOUT } from '../feed/load.js';
import { FeedError, type FeedProblem, type ParsedFeed } from '../feed/parse.js';
import type { Feed, Posting } from '../feed/schema.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit, type JobPostingDetail } from '../shared/events.js';
import { strings } from '../shared/strings.js';
import { FeedController } from './feed-controller.js';
import { jobListStyles } from './job-list.styles.js';

/** Every part of `<job-card>` and `<apply-form>`, forwarded so the page can style `job-list::part(title)`. */
const CARD_PARTS =
  'card, header, title, meta, department, locations, workplace, employment-type, salary, corporate-title, summary, dates, actions, toggle, apply-button, details, section, section-heading, paragraph, list, nested-list, list-item';
const FORM_PARTS =
  'form, intro, error-summary, error-summary-title, field, label, hint, input, textarea, file-input, checkbox, field-error, submit-button, status, submit-error, success, email-ready, email-link, back-button';

/**
 * The careers section: loads a postings feed, shows the postings grouped by department (departments without
 * openings included, with an invitation to apply generally), and opens an application form when a candidate
 * chooses Apply.
 *
 * @summary A list of open positions from a feed.
 *
 * @fires {CustomEvent<JobFeedLoadDetail>} job-feed-load - The feed was loaded and validated. `detail.feed`, `detail.warnings`.
 * @fires {CustomEvent<JobFeedErrorDetail>} job-feed-error - The feed could not be loaded or is not valid. `detail.message`, `detail.problems`.
 * @fires {CustomEvent<JobFeedWarningDetail>} job-feed-warning - Some postings were skipped (invalid or duplicate); the rest are shown.
 *   `detail.warnings` lists each with its path and reason.
 * @fires {CustomEvent<JobPostingDetail>} job-apply - From a card (composed, so it reaches the page): the candidate chose Apply. Cancelable:
 *   `preventDefault()` keeps the built-in form closed so the page can handle the application.
 * @fires {CustomEvent<JobPostingDetail>} job-view - From a card: the candidate opened a posting's details.
 *
 * @slot header - Content above the list, e.g. an introduction to the company.
 *
 * @csspart status - The visually hidden live region that announces the number of positions.
 * @csspart loading - The loading placeholder.
 * @csspart skeleton - One placeholder card inside it.
 * @csspart error - The box shown when the feed could not be loaded.
 * @csspart error-title - Its heading.
 * @csspart error-message - The reason, in plain words.
 * @csspart error-problems - The list of problems with their paths.
 * @csspart retry-button - Loads the feed again.
 * @csspart notice - The note about postings that could not be shown.
 * @csspart department - One department's section.
 * @csspart department-heading - The department name.
 * @csspart department-count - The number of positions beside it.
 * @csspart postings - The list of cards in a department.
 * @csspart empty-department - The "no open positions" message.
 * @csspart general-application - The link to e-mail a general application.
 * @csspart dialog - The application dialog.
 * @csspart dialog-header - Its title bar.
 * @csspart dialog-title - Its title.
 * @csspart close-button - Closes it.
 * @csspart card - (and every other `<job-card>` part, forwarded) Parts of the posting cards.
 * @csspart form - (and every other `<apply-form>` part, forwarded) Parts of the application form.
 *
 * @cssprop --careers-font-family - Font of all text. Default: inherited from the page.
 * @cssprop --careers-color-text - Main text color.
 * @cssprop --careers-color-muted - Secondary text (facts, hints).
 * @cssprop --careers-color-surface - Background of cards, dialog and inputs.
 * @cssprop --careers-color-subtle - Background of placeholders and quiet areas.
 * @cssprop --careers-color-border - Borders and dividers.
 * @cssprop --careers-color-accent - Buttons, links, focus ring.
 * @cssprop --careers-color-on-accent - Text on accent-colored buttons.
 * @cssprop --careers-color-error - Error text and borders.
 * @cssprop --careers-color-success - Confirmation borders.
 * @cssprop --careers-space - Base spacing unit. Default `1rem`.
 * @cssprop --careers-radius - Corner radius. Default `0.5rem`.
 * @cssprop --careers-focus-ring - Focus outline. Default `3px solid` the accent color.
 * @cssprop --careers-heading-size - Font size of department headings. Default `1.4em`.
 */
export class JobListElement extends LitElement {
  static override styles = [baseStyles, jobListStyles];

  /** URL of the postings feed (JSON, feed format version 1). */
  @property({ reflect: true }) src = '';

  /** The feed as data, for hosts that already have it; takes precedence over `src`. Validated like a fetched feed. */
  @property({ attribute: false }) feed?: unknown;

  /** Milliseconds to wait for the feed before showing a time-out error. */
  @property({ type: Number }) timeout: number = DEFAULT_FEED_TIMEOUT;

  /** Heading level of department names (1–6); posting titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The posting whose application form is open, or was last: kept after closing so nothing typed is lost. */
  @state() private applyingTo?: Posting;

  @query('dialog') private dialog?: HTMLDialogElement;

  /** Where focus was when the dialog opened, to return it there. */
  private returnFocus?: HTMLElement;

  private readonly feedState = new FeedController(this, () => [this.src, this.feed, this.timeout], {
    onLoad: (result) => {
      emit(this, 'job-feed-load', result);
      if (!result.warnings.length) return;
      emit(this, 'job-feed-warning', { warnings: result.warnings });
      console.warn(
        `<${this.localName}>: ${result.warnings.length} feed problem(s), skipped:\n${result.warnings.map((w) => `  ${w.message}`).join('\n')}`,
      );
    },
    onError: (error) => emit(this, 'job-feed-error', describeError(error)),
  });

  /** Loads the feed again (what the Retry button does). */
  reload(): Promise<void> {
    return this.feedState.run();
  }

  private onApply(event: CustomEvent<JobPostingDetail>) {
    // The card's event is composed and still on its way to the page: decide once every listener has had its say.
    const returnFocus = event.composedPath()[0] as HTMLElement;
    queueMicrotask(() => {
      const feed = this.feedState.result?.feed;
      if (event.defaultPrevented || !feed || applyRoute(event.detail.posting, feed).kind === 'url') return;
      this.returnFocus = returnFocus;
      this.applyingTo = event.detail.posting;
      void this.updateComplete.then(() => this.dialog?.showModal());
    });
  }

  private closeDialog() {
    this.dialog?.close();
  }

  private onDialogClose() {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
  }

  private renderLoading() {
    return html`<p part="status" role="status" class="visually-hidden">${strings.loading}</p>
      <div part="loading" aria-hidden="true">
      ${[0, 1, 2].map(() => html`<div part="skeleton"><span></span><span></span><span></span></div>`)}
    </div>`;
  }

  private renderError(error: unknown) {
    const { message, problems } = describeError(error);
    return html`<div part="error" role="alert">
      <p part="error-title">${strings.loadErrorTitle}</p>
      <p part="error-message">${message}</p>
      ${problems.length > 1
        ? html`<ul part="error-problems">
            ${problems.slice(0, 10).map((problem) => html`<li><code>${problem.message}</code></li>`)}
          </ul>`
        : nothing}
      <button part="retry-button" type="button" @click=${() => this.reload()}>${strings.retry}</button>
    </div>`;
  }

  private renderDepartment({ department, postings }: DepartmentGroup, feed: Feed) {
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    const headingId = `department-${department.id}`;
    return html`<section part="department" aria-labelledby=${headingId}>
      <div part="department-heading" role="heading" aria-level=${level} id=${headingId}>
        ${department.name}
        ${postings.length ? html`<span part="department-count">(${strings.departmentCount(postings.length)})</span>` : nothing}
      </div>
      ${postings.length
        ? html`<ul part="postings" role="list">
            ${postings.map(
              (posting) => html`<li>
                <job-card exportparts=${CARD_PARTS} .posting=${posting} .organization=${feed.organization}
                  department-name=${department.name} heading-level=${Math.min(level + 1, 6)}></job-card>
              </li>`,
            )}
          </ul>`
        : html`<p part="empty-department">${strings.noOpenings(department.name)}</p>
            <a part="general-application" class="button" href=${mailtoUrl(feed.organization.email, strings.generalApplicationSubject(department.name))}>
              ${strings.generalApplication}<span class="visually-hidden">${strings.generalApplicationFor(department.name)}</span>
            </a>`}
    </section>`;
  }

  private renderDialog(feed: Feed) {
    const posting = this.applyingTo;
    const route = posting ? applyRoute(posting, feed) : undefined;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      ${posting && route
        ? html`<div part="dialog-header">
              <div part="dialog-title" id="dialog-title" role="heading" aria-level="2">${strings.applyDialogTitle(posting.title)}</div>
              <button part="close-button" type="button" @click=${this.closeDialog} aria-label=${strings.close}>
                <span aria-hidden="true">✕</span>
              </button>
            </div>
            <apply-form exportparts=${FORM_PARTS} .posting=${posting} action=${route.kind === 'form' ? route.action : ''}
              email=${route.kind === 'email' ? route.email : route.kind === 'form' ? (route.email ?? '') : ''}></apply-form>`
        : nothing}
    </dialog>`;
  }

  private renderFeed({ feed, warnings }: ParsedFeed) {
    const skipped = new Set(warnings.filter((w) => w.path.startsWith('postings[')).map((w) => w.path.replace(/\].*$/, ']')));
    return html`<p part="status" role="status" class="visually-hidden">${strings.positionCount(feed.postings.length)}</p>
      ${skipped.size ? html`<p part="notice">${strings.skippedPostings(skipped.size)}</p>` : nothing}
      ${groupByDepartment(feed).map((group) => this.renderDepartment(group, feed))} ${this.renderDialog(feed)}`;
  }

  protected override render() {
    const { status, result, error } = this.feedState;
    return html`<slot name="header"></slot>
      <div @job-apply=${this.onApply}>
        ${status === 'loading'
          ? this.renderLoading()
          : status === 'error'
            ? this.renderError(error)
            : status === 'ready' && result
              ? this.renderFeed(result)
              : nothing}
      </div>`;
  }
}

function describeError(error: unknown): { message: string; problems: FeedProblem[] } {
  if (error instanceof FeedError) return { message: error.message, problems: error.problems };
  return { message: `Something went wrong while reading the job feed (${String((error as Error)?.message ?? error)}).`, problems: [] };
}

declare global {
  interface HTMLElementTagNameMap {
    'job-list': JobListElement;
  }
}
