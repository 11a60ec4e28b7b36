/**
 * The postings feed, version 1: the one definition of the format. The TypeScript types are inferred from it and
 * `postings.schema.json` is generated from it at build time, so the three never disagree.
 *
 * The format carries no HTML but in `html` blocks (descriptions from an applicant tracking system), which are
 * untrusted and sanitized where they are rendered; every other string is plain text and is rendered as text.
 */
import * as z from 'zod/mini';
import './zod-config.js';
import { EMPLOYMENT_TYPES, QUESTION_TYPES, SALARY_PERIODS, WORKPLACES } from './vocabulary.js';

export { EMPLOYMENT_TYPES, QUESTION_TYPES, SALARY_PERIODS, WORKPLACES };

/** Text that is not empty or only whitespace. */
const text = () => z.string().check(z.regex(/\S/, 'must not be empty'));

/**
 * An absolute http(s) URL or a path on the host's own site. Anything else (`javascript:`, `data:`, relative
 * paths that could be read as schemes) is refused, so every URL in a feed is safe to put in `href` or `fetch`.
 */
export const SAFE_URL_PATTERN = /^(?:https?:\/\/[^\s/?#\\][^\s\\]*|\/(?![/\\])[^\s\\]*)$/i;
/**
 * Longest URL and e-mail address accepted, checked before any pattern: every pattern here is written to run in
 * linear time (no two runs that can match the same characters), and the caps bound the rest.
 */
export const MAX_URL_LENGTH = 4096;
export const MAX_EMAIL_LENGTH = 254;
const safeUrl = () =>
  z.string().check(
    z.maxLength(MAX_URL_LENGTH, { error: `must be at most ${MAX_URL_LENGTH} characters`, abort: true }),
    z.regex(SAFE_URL_PATTERN, 'must be an http(s) URL or a path starting with /'),
  );

/**
 * Plain regex checks instead of zod's `email`/`iso.date` formats, which cost 1 KB gzip more on the host page. The
 * e-mail domain is read as its first character, then up to its first `.` after that: the same addresses as
 * `x+\.x+`, without backtracking.
 */
export const EMAIL_PATTERN = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"][^\s@<>()[\],;:".]*\.[^\s@<>()[\],;:"]+$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const email = () =>
  z.string().check(
    z.maxLength(MAX_EMAIL_LENGTH, { error: 'must be a valid e-mail address', abort: true }),
    z.regex(EMAIL_PATTERN, 'must be a valid e-mail address'),
  );

/** A calendar day, `YYYY-MM-DD`, that exists (no February 30th). */
const isoDate = () =>
  z.string().check(
    z.regex(DATE_PATTERN, { error: 'must be a date written YYYY-MM-DD', abort: true }),
    z.refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'must be a date that exists'),
  );

/** A bullet; its own bullets nest to any depth. */
export interface ListItem {
  text: string;
  items?: ListItem[];
}

/**
 * The schemas of the format are built on first use, not when the module loads: building them was 6 ms of the feed
 * file's first run (25 ms on a phone). In two steps, `feedSchemaParts` and `feedSchemas`, about half each: a list
 * builds them in two tasks of their own (src/job-list/feed-controller.ts). This step: the organization, the
 * departments, the postings' locations and bodies, and the envelope.
 */
function buildParts() {
  /** What a candidate agrees to in the application form: set for the organization, and per posting where it differs. */
  const ConsentSchema = z.object({
    /** The required agreement: the checkbox text, and the privacy notice it refers to. */
    privacy: z.optional(z.object({ text: text(), url: safeUrl() })),
    /** An optional second checkbox: keep the application to be considered for other roles. */
    talentPool: z.optional(z.object({ text: text() })),
  });

  const OrganizationSchema = z.object({
    name: text(),
    /**
     * Where general applications and e-mailed applications go. Optional: feeds adapted from an applicant tracking
     * system have none (each of their postings has its own apply link); without it nothing is offered by e-mail.
     */
    email: z.optional(email()),
    url: z.optional(safeUrl()),
    logo: z.optional(safeUrl()),
    consent: z.optional(ConsentSchema),
  });

  const DepartmentSchema = z.object({
    /** Stable id, referenced by postings. */
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/i, 'must be letters, digits and hyphens')),
    name: text(),
  });

  const LocationSchema = z.object({
    city: text(),
    /** ISO 3166-1 alpha-2 code (`US`, `SG`) or a country name. */
    country: text(),
    region: z.optional(text()),
  });

  const ListItemSchema: z.ZodMiniType<ListItem> = z.object({
    text: text(),
    get items() {
      return z.optional(z.array(ListItemSchema));
    },
  });

  const ParagraphBlockSchema = z.object({
    type: z.literal('paragraph'),
    text: text(),
  });

  const ListBlockSchema = z.object({
    type: z.literal('list'),
    items: z.array(ListItemSchema).check(z.minLength(1, 'needs at least one item')),
  });

  /** Rich text as an ATS wrote it: untrusted HTML, shown only through `sanitizeHtml` (src/feed/sanitize.ts). */
  const HtmlBlockSchema = z.object({
    type: z.literal('html'),
    html: text(),
  });

  const BlockSchema = z.union([ParagraphBlockSchema, ListBlockSchema, HtmlBlockSchema]);

  const SectionSchema = z.object({
    heading: text(),
    blocks: z.array(BlockSchema).check(z.minLength(1, 'needs at least one paragraph or list')),
  });

  /**
   * The envelope is checked on its own so one bad posting cannot sink the whole feed. That `postings` is a list is
   * checked beside it (src/feed/parse.ts), without zod: `z.array(z.unknown())` would copy every posting.
   */
  const FeedEnvelopeSchema = z.object({
    version: z.literal(1),
    organization: OrganizationSchema,
    departments: z.array(DepartmentSchema),
  });

  return { ConsentSchema, OrganizationSchema, DepartmentSchema, LocationSchema, ListItemSchema, SectionSchema, FeedEnvelopeSchema };
}

type SchemaParts = ReturnType<typeof buildParts>;
let parts: SchemaParts | undefined;

/** The first step of the schemas (see `buildParts`); `feedSchemas` takes it when it was not taken before. */
export const feedSchemaParts = (): SchemaParts => (parts ??= buildParts());

/** The second step: what a posting has besides its locations and body, the posting, and the whole feed. */
function buildSchemas() {
  const { ConsentSchema, OrganizationSchema, DepartmentSchema, LocationSchema, ListItemSchema, SectionSchema, FeedEnvelopeSchema } = feedSchemaParts();

  const SalarySchema = z
    .object({
      min: z.number().check(z.nonnegative('must not be negative')),
      max: z.optional(z.number().check(z.nonnegative('must not be negative'))),
      /** ISO 4217 code, e.g. `USD`. */
      currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD')),
      period: z.enum(SALARY_PERIODS),
    })
    .check(
      z.refine((salary) => salary.max === undefined || salary.max >= salary.min, {
        message: 'max must not be less than min',
        path: ['max'],
      }),
    );

  /**
   * How to apply. `form` is an endpoint following the apply contract (see README); `email` prepares an e-mail;
   * `url` sends the candidate to an external page. With none given, the organization's e-mail is used.
   */
  const ApplySchema = z
    .object({
      form: z.optional(safeUrl()),
      email: z.optional(email()),
      url: z.optional(safeUrl()),
    })
    .check(
      z.refine((apply) => Boolean(apply.form || apply.email || apply.url), {
        message: 'needs a form endpoint, an e-mail or a URL',
      }),
    );

  /** A question of the posting's own in the application form; the answer is sent as `answers.<id>`. */
  const QuestionSchema = z
    .object({
      /** Unique within the posting. */
      id: z.string().check(z.regex(/^[A-Za-z0-9][\w-]*$/, 'must be letters, digits, "_" or "-"')),
      type: z.enum(QUESTION_TYPES),
      label: text(),
      /** Help text shown under the label. */
      help: z.optional(text()),
      required: z.optional(z.boolean()),
      /** The choices of a single- or multiple-choice question. */
      options: z.optional(z.array(text())),
    })
    .check(
      z.refine((q) => !q.type.endsWith('choice') || (q.options?.length ?? 0) > 1, { message: 'needs at least two options', path: ['options'] }),
    );

  const PostingSchema = z.object({
    /** Stable and URL-safe: it identifies the posting in links and applications. */
    id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._~-]*$/, 'must be letters, digits, ".", "_", "~" or "-"')),
    title: text(),
    /** A department id from `departments`; optional: a source that names none (the posting is then in no department). */
    department: z.optional(z.string()),
    locations: z.array(LocationSchema).check(z.minLength(1, 'needs at least one location')),
    /** Corporate title or level, free text. */
    corporateTitle: z.optional(text()),
    /** Optional, as `workplace`: left out when the source does not say (nothing is shown rather than a guess). */
    employmentType: z.optional(z.enum(EMPLOYMENT_TYPES)),
    workplace: z.optional(z.enum(WORKPLACES)),
    posted: isoDate(),
    closes: z.optional(isoDate()),
    salary: z.optional(SalarySchema),
    summary: text(),
    sections: z.array(SectionSchema),
    apply: z.optional(ApplySchema),
    questions: z.optional(
      z.array(QuestionSchema).check(z.refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'question ids must be unique')),
    ),
    /** Replaces the organization's consent items of the same name. */
    consent: z.optional(ConsentSchema),
  });

  const FeedSchema = z.object({
    version: z.literal(1),
    organization: OrganizationSchema,
    departments: z.array(DepartmentSchema),
    postings: z.array(PostingSchema),
  });

  return { FeedEnvelopeSchema, FeedSchema, PostingSchema, SectionSchema, ListItemSchema };
}

export type FeedSchemas = ReturnType<typeof buildSchemas>;
let built: FeedSchemas | undefined;

/** The format's schemas: built once, on first use. */
export const feedSchemas = (): FeedSchemas => (built ??= buildSchemas());

export type Feed = z.infer<FeedSchemas['FeedSchema']>;
export type Organization = Feed['organization'];
export type Department = Feed['departments'][number];
export type Posting = z.infer<FeedSchemas['PostingSchema']>;
export type Location = Posting['locations'][number];
export type Section = z.infer<FeedSchemas['SectionSchema']>;
export type Block = Section['blocks'][number];
export type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
export type ListBlock = Extract<Block, { type: 'list' }>;
export type HtmlBlock = Extract<Block, { type: 'html' }>;
export type Salary = NonNullable<Posting['salary']>;
export type ApplyMethod = NonNullable<Posting['apply']>;
export type Question = NonNullable<Posting['questions']>[number];
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Consent = NonNullable<Organization['consent']>;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Workplace = (typeof WORKPLACES)[number];
