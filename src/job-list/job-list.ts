import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { FACETS, type Facet, type Filters } from '../feed/facets.js';
import { applyRoute, mailtoUrl } from '../feed/format.js';
import { DEFAULT_FEED_TIMEOUT } from '../feed/fetch-feed.js';
import type { FeedError, FeedProblem, ParsedFeed } from '../feed/parse.js';
import type { Posting } from '../feed/schema.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit, type JobPostingDetail } from '../shared/events.js';
import { elementReady, loadModule } from '../shared/lazy.js';
import { whenIdle } from '../shared/idle.js';
import { afterNextPaint, nextTask } from '../shared/next-task.js';
import { warmedUp } from '../shared/warm-up.js';
import { careersPolicy } from '../shared/trusted-types.js';
import { LocaleController } from '../shared/i18n.js';
import { strings, type Strings } from '../shared/strings.js';
import { FeedController } from './feed-controller.js';
import type { StructuredDataScripts } from './structured-data.js';
import { jobListStyles } from './job-list.styles.js';
import type { GroupBy, SortOrder } from './results.js';
import { postingUrls, readUrlState, writeUrlState, type UrlStateMode } from './url-state.js';

/** Cards in a list's first render of a feed (see `renderFeed`). */
const FIRST_CARDS = 2;
/** About how long each later task that adds cards to the first page may take, on this device (see `fillPage`). */
const CARDS_TASK_MS = 6;

const noFilters = (): Filters => ({ query: '', department: [], location: [], workplace: [], employmentType: [] });
const listOf = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/**
 * The careers section: loads a postings feed and lets candidates find the one role that fits: instant search,
 * facets with counts, shareable links to postings and searches (Back and Forward work), and an application form
 * when they choose Apply. Departments without openings invite a general application.
 *
 * @summary A searchable list of open positions from a feed.
 *
 * @fires {CustomEvent<JobFeedLoadDetail>} job-feed-load - A feed is shown: `detail.feed`, `detail.warnings`, and
 *   `detail.fromCache` when it is the copy saved on this device (a fresh one follows when the server answers). A feed
 *   of over 200 postings given as a property (no `format`) shows its first page first: the event follows once all are checked.
 * @fires {CustomEvent<JobFeedErrorDetail>} job-feed-error - The feed could not be loaded or is not valid. `detail.message`, `detail.problems`.
 * @fires {CustomEvent<JobFeedWarningDetail>} job-feed-warning - Some postings were skipped (invalid or duplicate); the rest are shown.
 *   `detail.warnings` lists each with its path and reason.
 * @fires {CustomEvent<JobFilterChangeDetail>} job-filter-change - The candidate changed the search or the filters. `detail.filters`.
 * @fires {CustomEvent<JobPostingDetail>} job-apply - From a card (composed, so it reaches the page): the candidate chose Apply. Cancelable:
 *   `preventDefault()` keeps the built-in form closed so the page can handle the application.
 * @fires {CustomEvent<JobPostingDetail>} job-view - From a card: the candidate opened a posting's details.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Forces a color theme (`auto`: the reader's preference), with its own
 *   background. Without it the element follows the page's `color-scheme`.
 *
 * @slot header - Content above the list, e.g. an introduction to the company.
 * @slot empty - Replaces the text shown when nothing matches (the Clear and general-application actions stay).
 *
 * @csspart toolbar - The search box, filters and Clear button.
 * @csspart search - The search label and box.
 * @csspart search-label - The label of the search box.
 * @csspart search-input - The search box.
 * @csspart filters - The filters disclosure (`<details>`).
 * @csspart filters-toggle - Its summary, "Filters".
 * @csspart facets - The facets inside it.
 * @csspart facet - One facet (`<fieldset>`).
 * @csspart facet-legend - A facet's name.
 * @csspart facet-options - A facet's options (in columns when there is room).
 * @csspart facet-option - One option (label and checkbox); an option that would show nothing is left out.
 * @csspart facet-checkbox - An option's checkbox.
 * @csspart facet-label - An option's name.
 * @csspart facet-count - How many positions an option would show.
 * @csspart clear-button - Clears the search and the filters.
 * @csspart status - The live region announcing how many positions match.
 * @csspart loading - The loading placeholder.
 * @csspart skeleton - One placeholder card inside it.
 * @csspart error - The box shown when the feed could not be loaded.
 * @csspart error-title - Its heading, in words for candidates.
 * @csspart error-message - What the candidate can do ("Please try again in a moment.").
 * @csspart error-actions - The row of Retry and the contact link.
 * @csspart retry-button - Loads the feed again (only when trying again can help).
 * @csspart contact-link - An e-mail link to `organization-email`, when set.
 * @csspart error-details - The disclosure with the technical reason, for the page's developer.
 * @csspart error-details-toggle - Its summary, "Technical details".
 * @csspart error-reason - The technical reason.
 * @csspart error-problems - The list of problems with their paths.
 * @csspart notice - A quiet note: postings that could not be shown, or a saved list shown while offline.
 * @csspart closed-notice - Shown when a link names a position that has closed.
 * @csspart no-results - Shown when nothing matches.
 * @csspart group - One department's (or location's) section.
 * @csspart group-heading - The group's heading (`<h2>` by default, `heading-level`).
 * @csspart group-name - The department or location name in it.
 * @csspart group-count - The number of positions beside it, never broken across lines.
 * @csspart postings - The list of cards in a group.
 * @csspart posting - One item of that list, around its card. The cards take their narrow layout from the list's width
 *   (one size container for all of them costs less layout than one per card): a page that sets cards side by side
 *   gives each its own with `job-list::part(posting) { container-type: inline-size }`.
 * @csspart empty-departments - With `empty-departments="compact"`: the one block naming the departments without an opening.
 * @csspart empty-department - The "no open positions" sentence (of that block, or of each department with `list`).
 * @csspart no-openings - Shown when the feed has no open position at all, with the general application.
 * @csspart no-openings-title - Its first sentence.
 * @csspart general-application - The link to e-mail a general application.
 * @csspart more-button - Shows the next page of positions.
 * @csspart dialog - The application dialog.
 * @csspart dialog-header - Its title bar, which stays in place while the form scrolls.
 * @csspart dialog-title - Its title (an `<h2>`).
 * @csspart close-button - Closes it.
 * @csspart form-unavailable - Shown in the dialog when the form could not be loaded, with an e-mail link instead.
 * @csspart card - (and every other `<job-card>` part, forwarded) Parts of the posting cards.
 * @csspart form - (and every other `<apply-form>` part, forwarded) Parts of the application form.
 *
 * @cssprop --careers-font-family - Font of all text. Default: inherited from the page.
 * @cssprop --careers-font-size - Base font size; every size scales with it. Default: inherited from the page.
 * @cssprop --careers-color-background - Background painted when `theme` is set. Default white / `#121316`.
 * @cssprop --careers-color-text - Main text color.
 * @cssprop --careers-color-muted - Secondary text (facts, hints).
 * @cssprop --careers-color-surface - Background of cards, dialog and inputs.
 * @cssprop --careers-color-subtle - Background of placeholders and quiet areas.
 * @cssprop --careers-color-border - Borders and dividers.
 * @cssprop --careers-color-accent - Buttons, links, focus ring.
 * @cssprop --careers-color-on-accent - Text on accent-colored buttons.
 * @cssprop --careers-color-highlight - Background of search matches.
 * @cssprop --careers-color-error - Error text and borders.
 * @cssprop --careers-color-success - Confirmation borders.
 * @cssprop --careers-space - Base spacing unit. Default `1rem`.
 * @cssprop --careers-radius - Corner radius. Default `0.5rem`.
 * @cssprop --careers-focus-ring - Focus outline. Default `3px solid` the accent color.
 * @cssprop --careers-heading-size - Font size of group headings. Default `1.4em`.
 */
export class JobListElement extends LitElement {
  static override styles = [baseStyles, jobListStyles];

  static override properties = {
    src: { reflect: true },
    feed: { attribute: false },
    format: { reflect: true },
    organizationName: { attribute: 'organization-name' },
    organizationEmail: { attribute: 'organization-email' },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    department: {},
    location: {},
    workplace: {},
    employmentType: { attribute: 'employment-type' },
    hideSearch: { type: Boolean, reflect: true, attribute: 'hide-search' },
    hideFilters: { type: Boolean, reflect: true, attribute: 'hide-filters' },
    emptyDepartments: { attribute: 'empty-departments' },
    groupBy: { attribute: 'group-by' },
    sort: {},
    urlMode: { attribute: 'url-mode' },
    urlPrefix: { attribute: 'url-prefix' },
    pageSize: { type: Number, attribute: 'page-size' },
    structuredData: { attribute: 'structured-data' },
    strings: { attribute: false },
    filters: { state: true },
    openJob: { state: true },
    shown: { state: true },
    applyingTo: { state: true },
    filtersOpen: { state: true },
    formUnavailable: { state: true },
    typing: { state: true },
  };

  /** URL of the postings feed (JSON, feed format version 1). */
  src = '';

  /** The feed as data, for hosts that already have it; takes precedence over `src`. Validated like a fetched feed. */
  feed?: unknown;

  /**
   * The shape of the feed when it is not ours: an applicant tracking system's public job-board API
   * (`greenhouse`, `lever`, `ashby`, `workable`, `smartrecruiters`, `recruitee`), schema.org JSON-LD (`jsonld`), or
   * `auto` to recognise it. Its adapter is fetched on first use.
   */
  format = '';

  /** With `format`: the employer's name, which most job-board APIs leave out (default: the page's host name). */
  organizationName = '';

  /** With `format`: where general applications go, which job-board APIs leave out (without it none is offered). */
  organizationEmail = '';

  /**
   * Milliseconds to wait for the feed (and, with the script tag, for the file that reads it) before showing a time-out
   * error; Retry then asks again.
   */
  timeout: number = DEFAULT_FEED_TIMEOUT;

  /** Heading level of group names (1–6); posting titles are one level below. */
  headingLevel = 2;

  /** Locked preset: only these departments (ids or names, comma-separated). */
  department = '';

  /** Locked preset: only these locations (cities, regions, country codes or names, comma-separated). */
  location = '';

  /** Locked preset: only these workplaces (`on-site`, `hybrid`, `remote`, comma-separated). */
  workplace = '';

  /** Locked preset: only these employment types (`full-time`, `contract`, …, comma-separated). */
  employmentType = '';

  /** Hides the search box. */
  hideSearch = false;

  /** Hides the filters. */
  hideFilters = false;

  /**
   * How departments without an opening are shown (with `group-by="department"`, nothing searched or filtered):
   * `compact` (default), one block after the open positions naming them all with one general-application action;
   * `list`, each under its own heading with its own action; `hidden`, not at all.
   */
  emptyDepartments: 'compact' | 'list' | 'hidden' = 'compact';

  /** How results are grouped: `department`, `location` or `none`. */
  groupBy: GroupBy = 'department';

  /** Order of results: `relevance` (search rank, else feed order), `posted` (newest first) or `title`. */
  sort: SortOrder = 'relevance';

  /** Where the search, filters and open posting live in the page's address: `query`, `hash` or `off`. */
  urlMode: UrlStateMode = 'query';

  /** Put before each of the list's address parameters, e.g. `careers-`, to avoid clashing with the page's own. */
  urlPrefix = '';

  /** How many positions are shown at first and added by "Show more". */
  pageSize = 20;

  /**
   * `on` (default): a schema.org `JobPosting` JSON-LD script per posting shown, in the document head where search
   * engines read it (only the open posting's when one is open through a link); removed with the element. `off`: none.
   */
  structuredData = 'on';

  /** Your own wording for any UI string (see `Strings`), on top of the built-in language; passed on to the cards. */
  strings?: Partial<Strings>;

  private readonly locale = new LocaleController(this);

  /** @internal The UI strings in the list's language, the page's own on top. */
  get t(): Strings {
    return this.locale.table('ui', strings, this.strings);
  }

  /** @internal The language of dates and numbers: the page's, or the nearest `lang` attribute's. */
  get language(): string {
    return this.locale.language;
  }

  /** @internal The candidate's search and filters (presets are applied on top). */
  filters: Filters = noFilters();
  /** @internal The posting opened through the address (a link, Back or Forward) or by the candidate. */
  openJob?: string;
  /** @internal How many results are shown (0: the first page). */
  shown = 0;
  /** @internal The posting whose application form is open, or was last: kept after closing so nothing typed is lost. */
  applyingTo?: Posting;
  /** @internal Whether the filters disclosure is open: facet counts are only worked out while it is. */
  filtersOpen = false;
  /** @internal The script-tag build fetches the form on first use; true when that failed. */
  formUnavailable = false;

  /** @internal */
  get dialog(): HTMLDialogElement | undefined {
    return this.renderRoot?.querySelector('dialog') ?? undefined;
  }

  /** @internal The postings on screen after the last render, for structured data. */
  shownPostings: readonly Posting[] = [];

  /** Where focus was when the dialog or a linked posting opened, to return it there. */
  private returnFocus?: HTMLElement;
  private focusOpenJob = false;

  /** @internal */
  readonly feedState = new FeedController(this, () => [this.src, this.feed, this.timeout, this.format, `${this.organizationName}\n${this.organizationEmail}`], {
    onLoad: ({ feed, warnings }, fromCache) => emit(this, 'job-feed-load', { feed, warnings, fromCache }),
    onWarnings: (warnings) => {
      emit(this, 'job-feed-warning', { warnings });
      console.warn(`<${this.localName}>: ${warnings.length} feed problem(s), skipped:\n${warnings.map((w) => `  ${w.message}`).join('\n')}`);
    },
    onError: (error, savedCopyShown) => emit(this, 'job-feed-error', { ...describeError(error), savedCopyShown }),
    pageSize: () => this.pageSize,
  });

  /** Loads the feed again (what the Retry button does). */
  reload(): Promise<void> {
    return this.feedState.run();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.followAddress();
  }

  /**
   * The feed's request and then the first render each wait for a task of their own, not the one that defined or added
   * the element: on a phone, the script's first run, the request and the first render would together be a long task.
   * The first render of a feed waits for the warm-up's steps still queued (src/shared/warm-up.ts): a feed that
   * answers at once would otherwise come before them and pay for them inside that render. Later updates come as
   * usual, in a microtask.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await nextTask();
      // The feed's request in a task of its own, the first render in the next. A feed given as data is checked in the
      // first update, which shows it in a task after the check (a hop more put it behind whatever the page queued).
      if (this.isConnected && this.feedState.fetches) {
        this.feedState.start();
        await nextTask();
      }
    }
    if (!this.feedRendered && this.feedState.status === 'ready') await warmedUp();
    super.scheduleUpdate();
  }

  /** Whether a feed has been rendered yet (the first render of one waits for the warm-up: see `warmedUp`). */
  private feedRendered = false;

  /** Reads the address and follows Back/Forward, unless `url-mode` is `off`; again when `url-mode` or `url-prefix` change. */
  private followAddress() {
    removeEventListener('popstate', this.onPopState);
    if (this.urlMode === 'off') return;
    this.readAddress(false);
    addEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (this.hasUpdated && (changed.has('urlMode') || changed.has('urlPrefix'))) this.followAddress();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    this.writeStructuredData([]);
  }

  private structuredDataPending = false;

  /** Structured data is for crawlers, not for the candidate waiting for results: written when the page is idle. */
  private scheduleStructuredData() {
    if (this.structuredDataPending) return;
    this.structuredDataPending = true;
    whenIdle(() => {
      this.structuredDataPending = false;
      if (this.isConnected) void this.writeStructuredData(this.structuredData === 'off' ? [] : this.shownPostings);
    });
  }

  /** The JSON-LD scripts this list placed in the document head (src/job-list/structured-data.ts), once loaded. */
  private structuredDataScripts?: StructuredDataScripts;

  private async writeStructuredData(postings: readonly Posting[]) {
    const feed = this.feedState.result?.feed;
    if (!feed || (!postings.length && !this.structuredDataScripts)) return;
    try {
      this.structuredDataScripts ??= new (await loadModule<typeof import('./structured-data.js')>('jsonld')).StructuredDataScripts(careersPolicy());
    } catch {
      return; // nothing to write with (no loader, or offline): the list itself is unaffected
    }
    // The posting's own link: this page without its other parameters (tracking, sessions) or hash.
    const urls = this.urlMode === 'off' ? undefined : postingUrls(new URL(location.pathname, location.origin), this.urlOptions);
    this.structuredDataScripts.show(
      postings,
      feed,
      (posting) => urls?.(posting.id),
      (posting) => this.isConnected && this.shownPostings.includes(posting),
    );
  }

  private readonly onPopState = () => this.readAddress(true);

  private get urlOptions() {
    return { mode: this.urlMode, prefix: this.urlPrefix };
  }

  private readAddress(navigated: boolean) {
    const { job, filters } = readUrlState(new URL(location.href), this.urlOptions);
    if (navigated && this.openJob && job !== this.openJob) this.restoreFocus();
    if (job && job !== this.openJob) {
      if (navigated) this.returnFocus = deepActiveElement();
      this.focusOpenJob = true;
    }
    this.filters = filters;
    this.openJob = job;
    if (job) this.feedState.details(job);
  }

  private writeAddress(push: boolean) {
    if (this.urlMode === 'off') return;
    const next = writeUrlState(new URL(location.href), { job: this.openJob, filters: this.filters }, this.urlOptions);
    if (next.href !== location.href) history[push ? 'pushState' : 'replaceState'](history.state, '', next);
  }

  /** The postings' own addresses (for their title links: a new tab, a crawler), worked out once per address and mode. */
  private postingUrls?: { key: string; url: (job: string) => string };

  /** @internal The posting's own address; none when the address is off. */
  postingHref(posting: Posting): string {
    if (this.urlMode === 'off') return '';
    const key = `${this.urlMode} ${this.urlPrefix} ${location.href}`;
    if (this.postingUrls?.key !== key) this.postingUrls = { key, url: postingUrls(new URL(location.href), this.urlOptions) };
    return this.postingUrls.url(posting.id);
  }

  /** @internal */
  restoreFocus() {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected && target !== document.body) target.focus();
  }

  /** @internal The candidate's filters with the locked presets on top. */
  get effectiveFilters(): Filters {
    const presets: Record<Facet, string> = {
      department: this.department,
      location: this.location,
      workplace: this.workplace,
      employmentType: this.employmentType,
    };
    const effective = { ...this.filters };
    for (const facet of FACETS) if (presets[facet]) effective[facet] = listOf(presets[facet]);
    return effective;
  }

  /** @internal */
  isLocked(facet: Facet): boolean {
    return Boolean({ department: this.department, location: this.location, workplace: this.workplace, employmentType: this.employmentType }[facet]);
  }

  private changeFilters(filters: Filters, push: boolean) {
    this.filters = filters;
    this.shown = 0;
    this.writeAddress(push);
    emit(this, 'job-filter-change', { filters: this.effectiveFilters });
  }

  /** @internal While the candidate types, the count is announced once they pause, not at every keystroke. */
  typing = false;
  private typingTimer?: ReturnType<typeof setTimeout>;

  /** @internal */
  onSearch(event: InputEvent) {
    this.typing = true;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => (this.typing = false), 700);
    this.changeFilters({ ...this.filters, query: (event.target as HTMLInputElement).value }, false);
  }

  /** @internal */
  toggleOption(facet: Facet, value: string, on: boolean) {
    const values = this.filters[facet].filter((v) => v !== value);
    this.changeFilters({ ...this.filters, [facet]: on ? [...values, value] : values }, true);
  }

  /** @internal */
  clearFilters() {
    this.changeFilters(noFilters(), true);
    this.renderRoot.querySelector<HTMLElement>('[part="search-input"]')?.focus();
  }

  /** @internal */
  onView(event: CustomEvent<JobPostingDetail>) {
    // Someone reading a posting may apply: fetch the form now (script-tag build) so Apply opens it at once.
    elementReady('apply-form').catch(() => {});
    this.openJob = event.detail.posting.id;
    // A posting listed without its description (SmartRecruiters): its details are fetched now.
    this.feedState.details(this.openJob);
    this.writeAddress(true);
  }

  /** @internal */
  onClose(event: CustomEvent<JobPostingDetail>) {
    if (this.openJob !== event.detail.posting.id) return;
    this.openJob = undefined;
    this.writeAddress(true);
  }

  protected override async updated(changed: PropertyValues) {
    this.scheduleStructuredData();
    if (changed.has('applyingTo') || !this.focusOpenJob || !this.openJob) return;
    const card = [...this.renderRoot.querySelectorAll('job-card')].find((c) => c.posting?.id === this.openJob);
    if (!card) return;
    this.focusOpenJob = false;
    await card.updateComplete;
    card.scrollIntoView({ block: 'start' });
    card.focusHeading();
  }

  private onApply(event: CustomEvent<JobPostingDetail>) {
    // The card's event is composed and still on its way to the page: decide once every listener has had its say.
    const returnFocus = event.composedPath()[0] as HTMLElement;
    queueMicrotask(async () => {
      const feed = this.feedState.result?.feed;
      const kind = feed && applyRoute(event.detail.posting, feed).kind;
      if (event.defaultPrevented || !feed || kind === 'url' || kind === 'none') return;
      this.returnFocus = returnFocus;
      this.applyingTo = event.detail.posting;
      this.formUnavailable = await elementReady('apply-form').then(() => false, () => true);
      // Rendered again now that the form's file is here: it names the parts to forward (`exportparts`).
      this.requestUpdate();
      await this.updateComplete;
      if (this.isConnected) this.dialog?.showModal();
    });
  }

  private renderLoading() {
    return html`<p part="status" role="status" class="visually-hidden">${this.t.loading}</p>
      <div part="loading" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<div part="skeleton"><span></span><span></span><span></span></div>`)}
      </div>`;
  }

  /**
   * What a candidate reads when the feed fails: a plain sentence, a Retry only when trying again can help (no
   * connection, a time-out, a server error; not a missing feed or a broken one), a way to reach the company when
   * `organization-email` gives one, and the technical reason for the page's developer behind a disclosure (it also
   * goes to the console and the `job-feed-error` event).
   */
  private renderError(error: unknown) {
    const { message, problems } = describeError(error);
    const retry = retryable(message);
    const email = this.organizationEmail;
    return html`<div part="error" role="alert">
      <p part="error-title">${this.t.loadErrorTitle}</p>
      <p part="error-message">${retry ? this.t.loadErrorTryAgain : this.t.loadErrorLater}</p>
      <div part="error-actions">
        ${retry ? html`<button part="retry-button" type="button" @click=${() => this.reload()}>${this.t.retry}</button>` : nothing}
        ${email ? html`<a part="contact-link" class="button" href=${mailtoUrl(email, this.t.generalApplication)}>${this.t.writeTo(email)}</a>` : nothing}
      </div>
      <details part="error-details">
        <summary part="error-details-toggle">${this.t.technicalDetails}</summary>
        <p part="error-reason">${message}</p>
        ${problems.length > 1
          ? html`<ul part="error-problems">
              ${problems.slice(0, 10).map((problem) => html`<li><code>${problem.message}</code></li>`)}
            </ul>`
          : nothing}
      </details>
    </div>`;
  }

  /** The rest of the page after the first render of a feed (its first cards only), until it is rendered. */
  private restOfPage?: Promise<void>;
  /** While the first page fills in: how many of its cards are rendered so far. */
  private cardsRendered = 0;

  /**
   * What shows a feed comes with the feed's tools (src/job-list/results-view.ts), never without them. The first
   * render of a feed shows the page's first cards, and the rest comes once they are painted, a few cards a task
   * (`fillPage`): most of the work is the cards' own first render and layout, the candidate sees the top of the list
   * sooner, and no task is a long one on a phone.
   */
  private renderFeed(parsed: ParsedFeed) {
    if (!this.feedRendered) {
      this.cardsRendered = FIRST_CARDS;
      this.restOfPage = this.fillPage();
    }
    this.feedRendered = true;
    return this.feedState.tools!.renderResults(this, parsed, this.restOfPage ? this.cardsRendered : undefined);
  }

  /**
   * After the frame that paints the first cards (a task queued now could run before it and hold it back; a page in a
   * background tab has no frames), the page's other cards, in tasks of about `CARDS_TASK_MS` each: as many cards as
   * took that long in the task before, at least one. Timed up to the next task, so the cards' own renders count, and
   * whatever ran in between (their layout, the page's own tasks) makes the next share smaller, not larger. A clock too
   * coarse to see the task (0 ms) gets the rest of the page at once.
   */
  private async fillPage() {
    await afterNextPaint(200);
    let cards = FIRST_CARDS;
    while (this.isConnected && this.cardsRendered < this.shownPostings.length) {
      const start = performance.now();
      this.cardsRendered += cards;
      this.requestUpdate();
      await nextTask();
      cards = Math.max(1, Math.floor((cards * CARDS_TASK_MS) / (performance.now() - start)));
    }
    this.restOfPage = undefined;
    // Taken off the page before the page was complete: the whole of it, for when it is back.
    if (this.cardsRendered < this.shownPostings.length) this.requestUpdate();
  }

  /** Also waits for the rest of the page after a first render of a feed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.restOfPage) {
      await this.restOfPage;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render() {
    const { status, result, error } = this.feedState;
    this.shownPostings = [];
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

function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return (active as HTMLElement | null) ?? undefined;
}

/**
 * Whether trying again can help: no connection, a time-out, a server error or a cut-off answer can pass; a missing
 * feed (4xx but 408/429), a web page instead of JSON, or a feed that does not validate will fail the same way again.
 */
function retryable(message: string): boolean {
  if (/HTTP (408|429)|took longer|could not be reached|unavailable right now|stopped loading|went wrong/.test(message)) return true;
  return !/HTTP 4\d\d|not valid|must be a JSON|JSONP|HTML|web page/.test(message);
}

function describeError(error: unknown): { message: string; problems: FeedProblem[] } {
  // By name: the script tag's ATS adapters throw their own copy of the class.
  if (error instanceof Error && error.name === 'FeedError') return { message: error.message, problems: (error as FeedError).problems ?? [] };
  return { message: `Something went wrong while reading the job feed (${String((error as Error)?.message ?? error)}).`, problems: [] };
}

declare global {
  interface HTMLElementTagNameMap {
    'job-list': JobListElement;
  }
}
