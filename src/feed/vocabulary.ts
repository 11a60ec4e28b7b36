/**
 * The feed format's fixed values, apart from the schema (src/feed/schema.ts builds its enums from them) so that the
 * list's filters can name them without bringing zod into the script tag's first file.
 */
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export const WORKPLACES = ['on-site', 'hybrid', 'remote'] as const;
export const SALARY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export const QUESTION_TYPES = ['short-text', 'long-text', 'yes-no', 'single-choice', 'multiple-choice', 'file'] as const;
