/**
 * What `<job-list>` shows once it has a feed: the toolbar, the groups of cards, the notices, "Show more", the
 * departments without an opening and the application dialog. It travels with the feed's tools
 * (src/feed/feed-tools.ts, careers-widgets-feed.js in the script tag), which a feed is never shown without: the
 * list's first file holds only what it shows before (its loading state and its errors). Its parts are documented on
 * `JobListElement`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FACETS, type Facet, type Filters } from '../feed/facets.js';
import { applyRoute, formatList, mailtoUrl } from '../feed/format.js';
import type { ParsedFeed } from '../feed/parse.js';
import type { Feed, Posting } from '../feed/schema.js';
import type { FeedController } from './feed-controller.js';
import type { ApplyFormElement } from '../apply-form/apply-form.js';
import { heading } from '../shared/heading.js';
import type { Strings } from '../shared/strings.js';
import { countByGroup, countPending, groupPostings, sortPostings, type GroupBy, type ResultGroup, type SortOrder } from './results.js';

/**
 * Every part of `<job-card>`, forwarded so the page can style `job-list::part(title)`; the form names its own
 * (`ApplyFormElement.parts`, with the form's file).
 */
const CARD_PARTS =
  'card, header, title, meta, department, locations, workplace, employment-type, salary, corporate-title, summary, dates, actions, toggle, apply-button, details, details-actions, collapse-button, section, section-heading, paragraph, list, nested-list, list-item, highlight, html';

/** What of the list its results read and call: its settings, its state and its handlers. */
export interface ResultsHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly t: Strings;
  readonly language: string;
  readonly feedState: FeedController;
  readonly effectiveFilters: Filters;
  readonly dialog: HTMLDialogElement | undefined;
  readonly department: string;
  readonly headingLevel: number;
  readonly hideSearch: boolean;
  readonly hideFilters: boolean;
  readonly emptyDepartments: 'compact' | 'list' | 'hidden';
  readonly groupBy: GroupBy;
  readonly sort: SortOrder;
  readonly pageSize: number;
  readonly strings?: Partial<Strings>;
  readonly filters: Filters;
  readonly openJob?: string;
  shown: number;
  readonly applyingTo?: Posting;
  filtersOpen: boolean;
  readonly formUnavailable: boolean;
  readonly typing: boolean;
  shownPostings: readonly Posting[];
  isLocked(facet: Facet): boolean;
  onSearch(event: InputEvent): void;
  toggleOption(facet: Facet, value: string, on: boolean): void;
  clearFilters(): void;
  onView(event: Event): void;
  onClose(event: Event): void;
  restoreFocus(): void;
  postingHref(posting: Posting): string;
}

/** Per list, the count its live region says: the new one, unless the candidate is still typing. */
const announced = new WeakMap<ResultsHost, string>();

/** Adds a style sheet that came with the feed's tools (results, facets) to the list's own, once. */
function adopt(list: ResultsHost, sheet: CSSStyleSheet | undefined) {
  const root = list.renderRoot as ShadowRoot;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The list's results for a feed, with the feed's tools (`list.feedState.tools`) this module came with. `firstCards`:
 * render only the page's first cards (a screenful): the list's first render of a feed, whose cards' first render and
 * layout are most of its work; the list renders the rest a task later. What this renders then is the start of the
 * whole page, without what follows the cards ("Show more", the departments without an opening), so the rest only
 * adds to its end and nothing on screen moves.
 */
export function renderResults(list: ResultsHost, parsed: ParsedFeed, firstCards = Infinity): TemplateResult {
  const { feedState, t } = list;
  const tools = feedState.tools!;
  // What shows a feed is styled by the feed's tools (src/job-list/results.styles.ts): in the render that uses it.
  adopt(list, tools.resultsStyles.styleSheet);
  const filters = list.effectiveFilters;
  const lang = list.language;
  const active = FACETS.filter((facet) => !list.isLocked(facet)).reduce((n, facet) => n + filters[facet].length, filters.query.trim() ? 1 : 0);
  const filtering = active > 0 || FACETS.some((facet) => facet !== 'department' && list.isLocked(facet));
  // Nothing searched or filtered: the feed as it is, without waiting for the search index.
  const everything = !filters.query.trim() && FACETS.every((facet) => !filters[facet].length);
  // A large feed shows its first postings before the others are checked (FeedController): a view
  // that needs more (a search, a filter, another order, a linked posting, more of them) has them all checked now.
  if (parsed.unchecked && (!everything || list.sort !== 'relevance' || list.openJob || (list.shown || list.pageSize) >= parsed.feed.postings.length)) {
    feedState.complete();
  }
  const { feed, warnings } = parsed;
  // Meanwhile the counts include the postings still to check (the open ones); corrected once they are checked.
  const pending = parsed.unchecked && parsed.pending ? countPending(parsed.pending, list.groupBy, new Date()) : undefined;
  const unchecked = pending ? [...pending.values()].reduce((sum, count) => sum + count, 0) : (parsed.unchecked ?? 0);
  const matching = everything ? feed.postings : tools.applyFilters(feedState.index!, filters);
  const results = sortPostings(matching, filters.query.trim() ? 'relevance' : list.sort, lang);
  const openAt = results.findIndex((posting) => posting.id === list.openJob);
  const shown = Math.max(list.shown || list.pageSize, openAt + 1);
  const departments = filters.department.length
    ? feed.departments.filter((d) => filters.department.includes(d.id) || filters.department.includes(d.name))
    : feed.departments;
  const open = list.openJob ? results.find((posting) => posting.id === list.openJob) : undefined;
  list.shownPostings = open ? [open] : results.slice(0, shown);
  // Not while some postings are still to check: their departments would read as empty for a moment.
  const showEmpty = !filtering && list.emptyDepartments !== 'hidden' && !parsed.unchecked;
  // With more results than shown, a group's heading counts all of its own, and a department whose openings are all
  // past the page shown is not empty: it is left out until they are shown.
  const totals = results.length > shown || pending ? countByGroup(results, list.groupBy, pending) : undefined;
  const allGroups = groupPostings(results.slice(0, shown), list.groupBy, departments, showEmpty).filter(
    (group) => group.postings.length || !totals?.has(group.key),
  );
  // `compact`: the departments without an opening leave the list for one block after it.
  const compact = list.emptyDepartments !== 'list';
  const groups = compact ? allGroups.filter((group) => group.postings.length) : allGroups;
  const partial = !list.openJob && firstCards < Math.min(results.length, shown);
  const groupsNow = partial ? firstOf(groups, firstCards) : groups;
  const none = feed.postings.length === 0 || (!filtering && results.length === 0);
  const level = Math.min(Math.max(list.headingLevel, 1), 6);
  const skipped = new Set(warnings.filter((w) => w.path.startsWith('postings[')).map((w) => w.path.replace(/\].*$/, ']')));
  const stale = feedState.stale;
  return html`${none ? nothing : renderToolbar(list, feed, filters, active)}
    <p part="status" role="status" class="visually-hidden">${announce(
      list,
      filtering ? t.resultCount(results.length, filters.query.trim(), filters.location) : t.positionCount(results.length + unchecked),
    )}</p>
    ${list.openJob && openAt < 0 && !feed.postings.some((p) => p.id === list.openJob)
      ? html`<p part="closed-notice" role="alert">${t.positionClosed}</p>`
      : nothing}
    ${stale?.error ? html`<p part="notice">${t.staleNotice(new Date(stale.saved).toLocaleDateString(lang, { dateStyle: 'medium' }))}</p>` : nothing}
    ${skipped.size ? html`<p part="notice">${t.skippedPostings(skipped.size)}</p>` : nothing}
    ${results.length === 0 && filtering
      ? html`<div part="no-results">
          <slot name="empty"><p>${t.noResults}</p></slot>
          ${active ? html`<button part="clear-button" type="button" @click=${list.clearFilters}>${t.clearFilters}</button>` : nothing}
          ${renderGeneralApplication(list, feed)}
        </div>`
      : nothing}
    ${none ? renderNoOpenings(list, feed, departments) : nothing}
    ${groups.length
      ? html`<div class="groups" @job-view=${list.onView} @job-close=${list.onClose}>
          ${groupsNow.map((group, i) => renderGroup(list, group, feed, level, filters.query, totals?.get(group.key) ?? groups[i].postings.length))}
        </div>`
      : nothing}
    ${results.length + unchecked > shown && !partial
      ? html`<button part="more-button" type="button" @click=${() => (list.shown = shown + list.pageSize)}>
          ${t.showMore(Math.min(list.pageSize, results.length + unchecked - shown), results.length + unchecked - shown)}
        </button>`
      : nothing}
    ${compact && showEmpty && !none && !partial ? renderEmptyDepartments(list, feed, allGroups) : nothing}
    ${renderDialog(list, feed)}`;
}

/** The groups that hold the first `count` cards, in order, the last one cut short. */
function firstOf(groups: readonly ResultGroup[], count: number): ResultGroup[] {
  const first: ResultGroup[] = [];
  for (const group of groups) {
    if (count <= 0) break;
    first.push(group.postings.length > count ? { ...group, postings: group.postings.slice(0, count) } : group);
    count -= group.postings.length;
  }
  return first;
}

function optionLabel(list: ResultsHost, facet: Facet, value: string, feed: Feed): string {
  const { t } = list;
  if (facet === 'department') return feed.departments.find((d) => d.id === value)?.name ?? value;
  if (facet === 'workplace') return t.workplace[value as keyof typeof t.workplace] ?? value;
  if (facet === 'employmentType') return t.employmentType[value as keyof typeof t.employmentType] ?? value;
  return value;
}

function renderToolbar(list: ResultsHost, feed: Feed, filters: Filters, active: number) {
  if (list.hideSearch && list.hideFilters) return nothing;
  const { t } = list;
  // The facets worth offering: not locked by a preset, and with more than one value in the feed.
  const facets = list.hideFilters ? [] : facetsWithChoice(feed.postings).filter((facet) => !list.isLocked(facet));
  const tools = list.feedState.tools!;
  const counts = list.filtersOpen && facets.length ? tools.facetCounts(list.feedState.index!, filters) : undefined;
  // The facets' styles come with them (src/job-list/facet-fields.ts).
  if (counts) adopt(list, tools.facetStyles.styleSheet);
  return html`<div part="toolbar" role="search" aria-label=${t.searchLabel}>
    ${list.hideSearch
      ? nothing
      : html`<div part="search">
          <label part="search-label" for="search">${t.searchLabel}</label>
          <input part="search-input" id="search" type="search" autocomplete="off" placeholder=${t.searchHint}
            .value=${list.filters.query} @input=${list.onSearch} />
        </div>`}
    ${facets.length
      ? html`<details part="filters" @toggle=${(event: Event) => (list.filtersOpen = (event.target as HTMLDetailsElement).open)}>
          <summary part="filters-toggle">${t.filters}${t.activeFilters(active - (filters.query.trim() ? 1 : 0))}</summary>
          <div part="facets">
            ${counts
              ? tools.facetFields({
                  facets,
                  counts,
                  legend: (facet) => t.facet[facet],
                  label: (facet, value) => optionLabel(list, facet, value, feed),
                  toggle: (facet, value, on) => list.toggleOption(facet, value, on),
                })
              : nothing}
          </div>
        </details>`
      : nothing}
    ${active ? html`<button part="clear-button" type="button" @click=${list.clearFilters}>${t.clearFilters}</button>` : nothing}
  </div>`;
}

/** The live region's text: the new count, unless the candidate is still typing. */
function announce(list: ResultsHost, count: string): string {
  if (!list.typing || !announced.get(list)) announced.set(list, count);
  return announced.get(list)!;
}

/** `total`: the group's results, when more than the postings shown. */
function renderGroup(list: ResultsHost, group: ResultGroup, feed: Feed, level: number, query: string, total = group.postings.length) {
  const { key, label, postings } = group;
  const headingId = `group-${key}`;
  // Under its department's heading a card does not name the department again.
  const underDepartment = list.groupBy === 'department';
  const cards = postings.length
    ? html`<ul part="postings" role="list">
        ${postings.map(
          (posting) => html`<li part="posting">
            <job-card exportparts=${CARD_PARTS} .strings=${list.strings} .posting=${posting} .organization=${feed.organization} .highlight=${query}
              .open=${posting.id === list.openJob} href=${list.postingHref(posting)}
              department-name=${underDepartment ? '' : (feed.departments.find((d) => d.id === posting.department)?.name ?? '')}
              heading-level=${Math.min(level + (key ? 1 : 0), 6)}></job-card>
          </li>`,
        )}
      </ul>`
    : html`<p part="empty-department">${list.t.noOpenings(label)}</p>
        ${renderGeneralApplication(list, feed, label)}`;
  if (!key) return cards;
  return html`<section part="group" aria-labelledby=${headingId}>
    ${heading(
      level,
      html`<span part="group-name">${label}</span>${postings.length
        ? html` <span part="group-count">(${list.t.departmentCount(total)})</span>`
        : nothing}`,
      { part: 'group-heading', id: headingId },
    )}
    ${cards}
  </section>`;
}

/** No open position at all (or none in the one department the list is locked to): say so, and invite a general application. */
function renderNoOpenings(list: ResultsHost, feed: Feed, departments: readonly Feed['departments'][number][]) {
  const { t } = list;
  const only = list.department && departments.length === 1 ? departments[0].name : undefined;
  return html`<div part="no-openings">
    <p part="no-openings-title">${only ? t.noOpenings(only) : t.noPositions}</p>
    ${feed.organization.email ? html`<p>${t.noPositionsInvite}</p>` : nothing}
    ${renderGeneralApplication(list, feed, only)}
  </div>`;
}

/** One block for every department without an opening: their names and a single general-application action. */
function renderEmptyDepartments(list: ResultsHost, feed: Feed, groups: ResultGroup[]) {
  const empty = groups.filter((group) => !group.postings.length);
  if (!empty.length) return nothing;
  const names = formatList(
    empty.map((group) => group.label),
    list.language,
  );
  return html`<div part="empty-departments">
    <p part="empty-department">${list.t.noOpeningsIn(names)}</p>
    ${renderGeneralApplication(list, feed)}
  </div>`;
}

function renderGeneralApplication(list: ResultsHost, feed: Feed, department?: string, subject?: string) {
  if (!feed.organization.email) return nothing;
  const { t } = list;
  const about = subject ?? (department ? t.generalApplicationSubject(department) : t.generalApplication);
  return html`<a part="general-application" class="button" href=${mailtoUrl(feed.organization.email, about)}>
    ${t.generalApplication}<span class="visually-hidden">${department ? t.generalApplicationFor(department) : ''}</span>
  </a>`;
}

function renderDialog(list: ResultsHost, feed: Feed) {
  const { t } = list;
  const posting = list.applyingTo;
  const route = posting ? applyRoute(posting, feed) : undefined;
  // tabindex -1: the scrolling dialog is not a tab stop of its own. The two empty guards keep Tab inside it: past the
  // last control focus wraps to the first, and Shift+Tab before the first to the last (through the form's shadow root).
  return html`<dialog part="dialog" aria-labelledby="dialog-title" tabindex="-1" @close=${() => list.restoreFocus()}>
    <span class="focus-guard" tabindex="0" @focus=${(event: FocusEvent) => wrapFocus(list, event, 'start')}></span>
    ${posting && route
      ? html`<div part="dialog-header">
            ${heading(2, t.applyDialogTitle(posting.title), { part: 'dialog-title', id: 'dialog-title' })}
            <button part="close-button" type="button" @click=${() => list.dialog?.close()} aria-label=${t.close}>
              <span aria-hidden="true">✕</span>
            </button>
          </div>
          ${list.formUnavailable
            ? html`<div part="form-unavailable" role="alert">
                <p>${t.formUnavailable}</p>
                ${renderGeneralApplication(list, feed, undefined, t.applyByEmailSubject(posting.title, posting.id))}
              </div>`
            : html`<apply-form exportparts=${(customElements.get('apply-form') as typeof ApplyFormElement | undefined)?.parts ?? ''} .posting=${posting} .organization=${feed.organization} action=${route.kind === 'form' ? route.action : ''}
                email=${route.kind === 'email' ? route.email : route.kind === 'form' ? (route.email ?? '') : ''}></apply-form>`}`
      : nothing}
    <span class="focus-guard" tabindex="0" @focus=${(event: FocusEvent) => wrapFocus(list, event, 'end')}></span>
  </dialog>`;
}

/** Tab reached a guard at one end of the dialog: go round to the other end (or to the first control on arrival). */
function wrapFocus(list: ResultsHost, event: FocusEvent, edge: 'start' | 'end') {
  const dialog = list.dialog;
  if (!dialog) return;
  const controls = tabbables(dialog).filter((element) => !element.classList.contains('focus-guard'));
  const from = event.relatedTarget as Node | null;
  const arriving = !from || !(dialog.contains(from) || dialog.querySelector('apply-form')?.shadowRoot?.contains(from));
  (edge === 'start' && !arriving ? controls.at(-1) : controls[0])?.focus();
}

const choices = new WeakMap<readonly Posting[], Facet[]>();

/**
 * The facets with more than one value among these postings: worked out once per feed, not at every keystroke, and
 * each only until a second value turns up (a feed of 50,000 postings: at once, not in 20 ms).
 */
function facetsWithChoice(postings: readonly Posting[]): Facet[] {
  let facets = choices.get(postings);
  if (!facets) {
    const hasChoice = (facet: Facet) => {
      let seen: string | undefined;
      for (const p of postings) {
        // A posting that does not say (no department, workplace or employment type) offers no value.
        for (const value of facet === 'location' ? p.locations.map((l) => l.city) : p[facet] ? [p[facet]] : []) {
          if (seen === undefined) seen = value;
          else if (value !== seen) return true;
        }
      }
      return false;
    };
    choices.set(postings, (facets = FACETS.filter(hasChoice)));
  }
  return facets;
}

/** The controls Tab stops at, in order, through shadow roots. */
function tabbables(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (parent: Element | ShadowRoot) => {
    for (const element of parent.children) {
      if (element instanceof HTMLElement && element.matches('a[href], button, input, select, textarea, summary, [tabindex]')) {
        const control = element as HTMLElement & { disabled?: boolean };
        if (control.tabIndex >= 0 && !control.disabled && control.checkVisibility()) found.push(control);
      }
      walk(element.shadowRoot ?? element);
    }
  };
  walk(root);
  return found;
}
