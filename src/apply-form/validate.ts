/** The application's field rules, as plain functions of the values, so they are tested without a form. */
import { formatBytes } from '../feed/format.js';
import { formStrings } from './form-strings.js';

export const RESUME_EXTENSIONS = ['.pdf', '.doc', '.docx'] as const;
export const RESUME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export const DEFAULT_MAX_FILE_SIZE = 10 * 1_000_000;

/** The form's field names, which are also the multipart field names sent to the endpoint. */
export type FieldName = 'name' | 'email' | 'phone' | 'resume' | 'coverLetter' | 'link-1' | 'link-2' | 'consent';

export interface ApplicationValues {
  name: string;
  email: string;
  phone: string;
  /** Undefined in e-mail mode, where no file can be sent. */
  resume?: File | null;
  coverLetter: string;
  links: string[];
  consent: boolean;
}

export interface ValidationOptions {
  /** Whether a resume file is part of this form (not for e-mail applications). */
  requireResume: boolean;
  maxFileSize: number;
  lang?: string;
}

// Deliberately lenient: the browser's own rule for type=email, not RFC 5322.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const PHONE = /^\+?[\d\s().\-/]+$/;

export function isResumeFile(file: File): boolean {
  const name = file.name.toLowerCase();
  return RESUME_EXTENSIONS.some((extension) => name.endsWith(extension)) || (RESUME_TYPES as readonly string[]).includes(file.type);
}

export function validateField(field: FieldName, values: ApplicationValues, options: ValidationOptions): string | undefined {
  switch (field) {
    case 'name':
      return values.name.trim() ? undefined : formStrings.nameRequired;
    case 'email':
      if (!values.email.trim()) return formStrings.emailRequired;
      return EMAIL.test(values.email.trim()) ? undefined : formStrings.emailInvalid;
    case 'phone': {
      const phone = values.phone.trim();
      if (!phone) return undefined;
      const digits = phone.replace(/\D/g, '').length;
      return PHONE.test(phone) && digits >= 5 && digits <= 17 ? undefined : formStrings.phoneInvalid;
    }
    case 'resume': {
      if (!options.requireResume) return undefined;
      const file = values.resume;
      if (!file) return formStrings.resumeRequired;
      if (!isResumeFile(file)) return formStrings.resumeType;
      if (file.size > options.maxFileSize) return formStrings.resumeSize(formatBytes(options.maxFileSize, options.lang));
      return undefined;
    }
    case 'coverLetter':
      return undefined;
    case 'link-1':
    case 'link-2': {
      const link = values.links[field === 'link-1' ? 0 : 1]?.trim() ?? '';
      if (!link) return undefined;
      try {
        const url = new URL(link);
        return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : formStrings.linkInvalid;
      } catch {
        return formStrings.linkInvalid;
      }
    }
    case 'consent':
      return values.consent ? undefined : formStrings.consentRequired;
  }
}

export const FIELD_ORDER: FieldName[] = ['name', 'email', 'phone', 'resume', 'coverLetter', 'link-1', 'link-2', 'consent'];

/** Every error, keyed by field, in the order the fields appear. */
export function validateApplication(values: ApplicationValues, options: ValidationOptions): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  for (const field of FIELD_ORDER) {
    const error = validateField(field, values, options);
    if (error) errors[field] = error;
  }
  return errors;
}
