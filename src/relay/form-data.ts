/** A received body's parts as the FormData the apply form's own rules check. */
import { openAsBlob } from 'node:fs';
import type { Posting } from '../feed/schema.js';
import type { Part } from './multipart.js';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The parts as FormData (files read from disk as they were stored), and an error for each field that carries a file
 * where the posting takes text: only `resume` and the posting's file questions carry files, so such a file is
 * refused, never stored.
 */
export async function formDataOf(parts: readonly Part[], posting: Posting): Promise<{ data: FormData; errors: FieldError[] }> {
  const questions = posting.questions ?? [];
  const fileFields = new Set(['resume', ...questions.filter((q) => q.type === 'file').map((q) => `answers.${q.id}`)]);
  const data = new FormData();
  const errors: FieldError[] = [];
  for (const p of parts) {
    if (!p.file) data.append(p.name, p.value);
    else if (!fileFields.has(p.name)) {
      if (!errors.some((e) => e.field === p.name)) errors.push({ field: p.name, message: 'This field takes text, not a file.' });
    } else {
      const blob = p.file.size ? await openAsBlob(p.file.path) : new Blob([]);
      data.append(p.name, new File([blob], p.file.filename, { type: p.file.type }));
    }
  }
  return { data, errors };
}
