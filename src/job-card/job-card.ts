import { LitElement, html, nothing } from 'lit';
import { postedLabel, relativeDay } from '../feed/dates.js';
import { applyRoute, formatDate, formatLocations, formatSalary } from '../feed/format.js';
import { htmlWords } from '../feed/html-words.js';
import { loadedFeedTools, loadFeedTools } from '../feed/load-tools.js';
import type { Feed, ListItem, Posting, Section } from '../feed/schema.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { loadModule, loadedModule } from '../shared/lazy.js';
import { careersPolicy } from '../shared/trusted-types.js';
import { LocaleController } from '../shared/i18n.js';
import { strings, type Strings } from '../shared/strings.js';
import { heading } from '../shared/heading.js';
import { jobCardStyles } from './job-card.styles.js';

/**
 * One job posting: a compact summary that expands, as a disclosure, into the full posting with every section and
 * nested list. The Apply action fires `job-apply`; `<job-list>` answers it by opening an `<apply-form>`.
 *
 * @summary A job posting, summary and full details.
 *
 * @fires {CustomEvent<JobPostingDetail>} job-apply - The candidate chose Apply. `detail.posting` is the posting. Cancelable: call `preventDefault()`
 *   to handle the application yourself.
 * @fires {CustomEvent<JobPostingDetail>} job-view - The candidate opened the full details. `detail.posting` is the posting.
 * @fires {CustomEvent<JobPostingDetail>} job-close - The candidate closed the full details.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Forces a color theme (`auto`: the reader's preference), with its own
 *   background. Without it the element follows the page's `color-scheme`.
 *
 * @slot footer - Extra content after the actions, e.g. a share link.
 * @slot apply-label - Replaces the word "Apply" on the button (the posting's title stays for screen readers).
 *
 * @csspart card - The card's outer box (an `<article>`).
 * @csspart header - The summary area: title, facts, summary.
 * @csspart title - The posting title, a real heading (`<h1>`–`<h6>` by `heading-level`) holding the `toggle` link.
 * @csspart meta - The list of facts (locations, workplace, employment type, salary, dates), separated by dots that
 *   screen readers skip.
 * @csspart department - The department name (only when `department-name` is set; `<job-list>` sets it only when
 *   the cards are not grouped under their department's heading).
 * @csspart locations - The locations.
 * @csspart workplace - On-site, hybrid or remote.
 * @csspart employment-type - Full-time, contract, etc.
 * @csspart salary - The salary range, when the feed gives one.
 * @csspart corporate-title - The corporate title or level (in the details).
 * @csspart summary - The short summary (two lines while collapsed, in full when open).
 * @csspart dates - Posted and closing dates (the last fact).
 * @csspart actions - The Apply action beside the summary (on a narrow card, shown only while the details are open).
 * @csspart toggle - The title's link to the posting's address (`href`): a plain click shows or hides the full details
 *   in place (`aria-expanded`), a middle or modified click opens the posting in a new tab.
 * @csspart apply-button - The Apply button (or link, for postings applied to on another site).
 * @csspart details - The full posting, shown when expanded (lines kept to a readable length, `--careers-measure`).
 * @csspart details-actions - The bar at the end of the details with Apply and Hide details; it stays in view at the
 *   bottom of the screen while the details are read on a narrow card.
 * @csspart collapse-button - Hides the details again and returns to the title.
 * @csspart section - One section of the posting.
 * @csspart section-heading - A section heading.
 * @csspart paragraph - A paragraph in a section.
 * @csspart list - A bullet list (nested lists also have `nested-list`).
 * @csspart nested-list - A bullet list inside a bullet.
 * @csspart list-item - A bullet.
 * @csspart html - A block of formatted text from an applicant tracking system (sanitized).
 * @csspart highlight - A search match in the title or summary (`<mark>`).
 *
 * @cssprop --careers-title-size - Font size of the posting title. Default `1.2em`.
 * @cssprop --careers-shadow - Box shadow of the card. Default `none`.
 * @cssprop --careers-measure - Longest line of the posting's text. Default `70ch`.
 */
export class JobCardElement extends LitElement {
  static override styles = [baseStyles, jobCardStyles];

  static override properties = {
    posting: { attribute: false },
    departmentName: { attribute: 'department-name' },
    organization: { attribute: false },
    highlight: {},
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    href: {},
  };

  /** The posting to show (feed format, version 1). */
  posting?: Posting;

  /** The department's display name (the feed's posting holds only its id). */
  departmentName = '';

  /** The feed's organization; gives the e-mail used when the posting names no way to apply. */
  organization?: Feed['organization'];

  /** Search words to mark in the title and summary (what `<job-list>` was searched for). */
  highlight = '';

  /** Whether the full details are shown. */
  open = false;

  /** Your own wording for any UI string (see `Strings`), on top of the built-in language. */
  strings?: Partial<Strings>;

  private readonly locale = new LocaleController(this);

  private get t(): Strings {
    return this.locale.table('ui', strings, this.strings);
  }

  /** Heading level of the title (1–6, an `<h1>`–`<h6>`); section headings are one level below. */
  headingLevel = 3;

  /**
   * The posting's own address (its deep link), which the title links to: a new tab or a crawler opens the posting
   * there, a plain click opens it in place. `<job-list>` sets it; without it, this page with `?job=<id>`.
   */
  href = '';

  /** Moves focus to the posting's title, e.g. after a link opened it. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  /** `text` with the `highlight` words marked. */
  private marked(text: string) {
    if (!this.highlight.trim()) return text;
    // In a list the search comes with the feed; a card on its own marks its words once it has loaded.
    const tools = loadedFeedTools();
    if (!tools) {
      loadFeedTools().then(() => this.requestUpdate(), () => {});
      return text;
    }
    return tools.highlight(text, this.highlight).map((piece) => (typeof piece === 'string' ? piece : html`<mark part="highlight">${piece.match}</mark>`));
  }

  /** Sanitized HTML blocks of the open details; a fragment is emptied when inserted, so it is dropped on close. */
  private readonly sanitized = new Map<string, DocumentFragment>();

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if ((changed.has('open') && !this.open) || changed.has('posting')) this.sanitized.clear();
  }

  private toggle() {
    this.open = !this.open;
    if (this.posting) emit(this, this.open ? 'job-view' : 'job-close', { posting: this.posting });
  }

  private apply() {
    if (this.posting) emit(this, 'job-apply', { posting: this.posting }, { cancelable: true });
  }

  private renderItems(items: readonly ListItem[], nested: boolean): unknown {
    return html`<ul part=${nested ? 'list nested-list' : 'list'}>
      ${items.map(
        (item) => html`<li part="list-item">${item.text}${item.items?.length ? this.renderItems(item.items, true) : nothing}</li>`,
      )}
    </ul>`;
  }

  /**
   * Recruiter-written HTML from an ATS feed, only ever inserted sanitized (src/feed/sanitize.ts, fetched on first
   * use). Until the sanitizer is here, or if it cannot be loaded, the block shows as plain text.
   */
  private renderHtml(markup: string, level: number) {
    const sanitizer = loadedModule<typeof import('../feed/sanitize.js')>('sanitize');
    if (sanitizer) {
      // Sanitized once while the details are open: a re-render (a search keystroke) then leaves that DOM alone.
      let fragment = this.sanitized.get(markup);
      if (!fragment) {
        fragment = sanitizer.sanitizeHtml(markup, { headingLevel: level, trustedTypesPolicy: careersPolicy() as never });
        this.sanitized.set(markup, fragment);
      }
      return html`<div part="html">${fragment}</div>`;
    }
    loadModule('sanitize').then(() => this.requestUpdate(), () => {});
    return html`<p part="paragraph">${htmlWords(markup).replace(/\s+/g, ' ').trim()}</p>`;
  }

  private renderSection(section: Section, level: number, skip?: unknown) {
    const blocks = section.blocks.filter((block) => block !== skip);
    if (!blocks.length) return nothing;
    return html`<section part="section">
      ${heading(level, section.heading, { part: 'section-heading' })}
      ${blocks.map((block) =>
        block.type === 'paragraph'
          ? html`<p part="paragraph">${block.text}</p>`
          : block.type === 'list'
            ? this.renderItems(block.items, false)
            : this.renderHtml(block.html, Math.min(level + 1, 6)),
      )}
    </section>`;
  }

  private renderApply(posting: Posting) {
    const label = html`<slot name="apply-label">${this.t.apply}</slot><span class="visually-hidden">${this.t.forPosting(posting.title)}</span>`;
    const route = this.organization ? applyRoute(posting, { organization: this.organization }) : undefined;
    if (route?.kind === 'url') {
      return html`<a part="apply-button" class="button primary" href=${route.url} target="_blank" rel="noopener noreferrer"
        @click=${this.apply}>${this.t.applyExternal}<span class="visually-hidden">${this.t.forPosting(posting.title)}
        ${this.t.opensInNewTab}</span></a>`;
    }
    if (route?.kind === 'none') return nothing;
    return html`<button part="apply-button" class="primary" type="button" @click=${this.apply}>${label}</button>`;
  }

  /** The posting's own address: `href` when the list gave one, else this page with `?job=<id>`. */
  private link(posting: Posting): string {
    if (this.href) return this.href;
    const url = new URL(location.href);
    url.searchParams.set('job', posting.id);
    url.hash = '';
    return url.href;
  }

  /** A plain click opens the posting in place; a click meant for a new tab or window is left to the browser. */
  private onTitleClick(event: MouseEvent) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.toggle();
  }

  /** The first paragraph of the posting when it only repeats the summary shown above it. */
  private repeatedSummary(posting: Posting) {
    const first = posting.sections[0]?.blocks[0];
    const same = (text: string) => text.replace(/\s+/g, ' ').trim();
    return first?.type === 'paragraph' && same(first.text) === same(posting.summary) ? first : undefined;
  }

  protected override render() {
    const posting = this.posting;
    if (!posting) return nothing;
    const lang = this.locale.language;
    const now = new Date();
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    const repeated = this.open ? this.repeatedSummary(posting) : undefined;
    const title = html`<a part="toggle" href=${this.link(posting)} aria-expanded=${this.open ? 'true' : 'false'} aria-controls="details"
      @click=${this.onTitleClick}>${this.marked(posting.title)}</a>`;
    return html`<article part="card" aria-labelledby="title">
      <div part="header">
        ${heading(level, title, { part: 'title', id: 'title', tabindex: '-1' })}
        <ul part="meta" role="list">
          ${this.departmentName ? html`<li part="department">${this.departmentName}</li>` : nothing}
          <li part="locations">${formatLocations(posting.locations, lang)}</li>
          ${posting.workplace ? html`<li part="workplace">${this.t.workplace[posting.workplace]}</li>` : nothing}
          ${posting.employmentType ? html`<li part="employment-type">${this.t.employmentType[posting.employmentType]}</li>` : nothing}
          ${posting.salary ? html`<li part="salary">${formatSalary(posting.salary, lang, this.t.salaryPeriod)}</li>` : nothing}
          <li part="dates">${this.t.posted} <time datetime=${posting.posted} title=${formatDate(posting.posted, lang)}>${postedLabel(posting.posted, now, lang)}</time>${posting.closes
              ? html` · ${this.t.closes} <time datetime=${posting.closes}>${formatDate(posting.closes, lang)}</time>
                  (${relativeDay(posting.closes, now, lang)})`
              : nothing}
          </li>
        </ul>
        <p part="summary">${this.marked(posting.summary)}</p>
      </div>
      <div part="actions">
        ${this.renderApply(posting)}
        <slot name="footer"></slot>
      </div>
      <div part="details" id="details" ?hidden=${!this.open}>
        ${this.open
          ? html`${posting.corporateTitle ? html`<p part="corporate-title">${this.t.corporateTitle}: ${posting.corporateTitle}</p>` : nothing}
              ${posting.sections.map((section) => this.renderSection(section, Math.min(level + 1, 6), repeated))}
              <div part="details-actions">
                ${this.renderApply(posting)}
                <button part="collapse-button" type="button" aria-controls="details" @click=${this.collapse}>
                  ${this.t.hideDetails}<span class="visually-hidden">${this.t.forPosting(posting.title)}</span>
                </button>
              </div>`
          : nothing}
      </div>
    </article>`;
  }

  /** Closes the details from the button at their end, and gives focus back to the title so the reader keeps their place. */
  private async collapse() {
    this.toggle();
    await this.updateComplete;
    const link = this.renderRoot.querySelector<HTMLElement>('[part="toggle"]');
    link?.focus();
    link?.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'job-card': JobCardElement;
  }
}
