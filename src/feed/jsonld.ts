/**
 * Google for Jobs structured data: a complete schema.org `JobPosting` for one posting of a validated feed, to put
 * in the host page's `<head>` (the element) or in prerendered pages (the CLI). No DOM needed: runs in node too.
 */
import { escapeHtml, htmlToText, safeHtml } from './adapters/html.js';
import type { Feed, ListItem, Location, Posting } from './schema.js';

export interface JsonLdOptions {
  /** The posting's own address (its deep link); also the base for relative organization URLs. */
  url?: string;
  /** Whether a candidate can apply on that page (the built-in form). Default: the posting has a form endpoint. */
  directApply?: boolean;
}

const EMPLOYMENT_TYPES: Record<NonNullable<Posting['employmentType']>, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};

const items = (list: ListItem[]): string =>
  `<ul>${list.map((item) => `<li>${escapeHtml(item.text)}${item.items?.length ? items(item.items) : ''}</li>`).join('')}</ul>`;

/**
 * The description as HTML of `p`, `ul`, `li` and `br` (what Google's job search reads): the summary, then each
 * section's heading and blocks. Text is escaped; `html` blocks are rebuilt from their text and structure.
 */
export function descriptionHtml(posting: Pick<Posting, 'summary' | 'sections'>): string {
  const body = posting.sections
    .map(
      ({ heading, blocks }) =>
        `<p><strong>${escapeHtml(heading)}</strong></p>` +
        blocks.map((block) => (block.type === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : block.type === 'list' ? items(block.items) : safeHtml(block.html))).join(''),
    )
    .join('');
  // The summary is often the description's first sentence: not twice.
  const summary = posting.summary.replace(/…$/, '');
  const repeated = posting.sections.some(({ blocks }) =>
    blocks.some((block) => (block.type === 'paragraph' ? block.text : block.type === 'html' ? htmlToText(block.html) : '').startsWith(summary)),
  );
  return (repeated ? '' : `<p>${escapeHtml(posting.summary)}</p>`) + body;
}

/** The country of a location, when it is one: a code, or a name that is not just the city repeated. */
const countryOf = ({ city, country }: Location) => (/^[A-Z]{2}$/.test(country) || country !== city ? country : undefined);

const absolute = (url: string | undefined, base: string | undefined) => {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
};

const place = (location: Location) => {
  const address: Record<string, string> = { '@type': 'PostalAddress', addressLocality: location.city };
  if (location.region) address.addressRegion = location.region;
  const country = countryOf(location);
  if (country) address.addressCountry = country;
  return { '@type': 'Place', address };
};

/**
 * Whether the posting has a description of its own: sections, or a summary that is more than its title (what an
 * adapter writes for a job board that sends titles only: Greenhouse `/jobs` without `content=true`, SmartRecruiters
 * lists before their details arrive). Google requires a real description.
 */
export const hasDescription = (posting: Pick<Posting, 'title' | 'summary' | 'sections'>): boolean =>
  posting.sections.length > 0 || posting.summary.trim() !== posting.title.trim();

let noted = false;

/**
 * A schema.org `JobPosting` object (JSON-LD) for `posting`, from the feed it belongs to; `undefined` for a posting
 * without a description (see `hasDescription`), which is said once in the console (stderr in the CLI).
 */
export function postingJsonLd(posting: Posting, feed: Pick<Feed, 'organization'>, options: JsonLdOptions = {}): Record<string, unknown> | undefined {
  if (!hasDescription(posting)) {
    if (!noted) {
      noted = true;
      console.warn(
        `careers-widgets: no JobPosting structured data for "${posting.title}" and any other posting without a description: Google requires one. Feed the descriptions (Greenhouse: ?content=true).`,
      );
    }
    return undefined;
  }
  const { organization } = feed;
  const hiringOrganization: Record<string, string> = { '@type': 'Organization', name: organization.name };
  const sameAs = absolute(organization.url, options.url);
  const logo = absolute(organization.logo, options.url);
  if (sameAs) hiringOrganization.sameAs = sameAs;
  if (logo) hiringOrganization.logo = logo;

  const data: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: descriptionHtml(posting),
    datePosted: posting.posted,
  };
  if (posting.closes) data.validThrough = `${posting.closes}T23:59:59`;
  // Unknown (the source did not say): left out rather than guessed.
  if (posting.employmentType) data.employmentType = EMPLOYMENT_TYPES[posting.employmentType];
  data.hiringOrganization = hiringOrganization;
  if (posting.workplace === 'remote') {
    // Fully remote: where candidates may live, not an office.
    data.jobLocationType = 'TELECOMMUTE';
    const countries = [...new Set(posting.locations.map(countryOf).filter(Boolean))];
    if (countries.length) data.applicantLocationRequirements = countries.map((name) => ({ '@type': 'Country', name }));
  } else {
    const places = posting.locations.map(place);
    data.jobLocation = places.length === 1 ? places[0] : places;
  }
  if (posting.salary) {
    const { min, max, currency, period } = posting.salary;
    const value: Record<string, unknown> = { '@type': 'QuantitativeValue', unitText: period.toUpperCase() };
    if (max === undefined || max === min) value.value = min;
    else Object.assign(value, { minValue: min, maxValue: max });
    data.baseSalary = { '@type': 'MonetaryAmount', currency, value };
  }
  data.identifier = { '@type': 'PropertyValue', name: organization.name, value: posting.id };
  data.directApply = options.directApply ?? Boolean(posting.apply?.form);
  if (options.url) data.url = options.url;
  return data;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators escaped, so no text in a
 * posting can close the script element.
 */
export const jsonLdText = (data: unknown): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The whole `<script type="application/ld+json">` element as HTML, for prerendered pages. */
export const jsonLdScript = (data: unknown): string => `<script type="application/ld+json">${jsonLdText(data)}</script>`;
