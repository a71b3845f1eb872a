/**
 * Documents on a case (letters, reports, evidence). They go to the API over plain HTTP as raw
 * bytes, not through tRPC. The browser checks type and size first with the API's own limits and
 * words, so nobody waits for 10 MB to upload only to be told it was too big.
 */

import { z } from 'zod';

export const attachmentKinds = ['letter', 'report', 'evidence', 'other'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentKindLabels: Record<AttachmentKind, string> = {
  letter: 'Letter',
  report: 'Report',
  evidence: 'Evidence',
  other: 'Something else',
};

export const maxAttachmentBytes = 10 * 1024 * 1024;

/** The API's words for a file it will not take (apps/api/src/files.ts). */
export const attachmentMessages = {
  missing: 'Choose a file to upload',
  type: 'The file must be a PDF, Word document (.docx), PNG, JPEG or plain text file',
  size: 'The file must be smaller than 10 MB',
  empty: 'The file is empty',
  name: 'The file needs a name of 200 characters or fewer',
  kind: 'Choose what kind of document this is',
} as const;

/** The types the API accepts, by the ending of the file's name. */
const acceptedEndings = /\.(pdf|docx|png|jpe?g|txt)$/i;

/** For the file picker's `accept`: the same types, so the picker shows them first. */
export const acceptAttribute =
  '.pdf,.docx,.png,.jpg,.jpeg,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,text/plain';

export interface FileFacts {
  name: string;
  size: number;
}

/** What is wrong with a chosen file before it is sent, or null if it may go. */
export function fileProblem(file: FileFacts | null | undefined): string | null {
  if (!file) return attachmentMessages.missing;
  if (file.name.trim() === '' || file.name.length > 200) return attachmentMessages.name;
  if (!acceptedEndings.test(file.name)) return attachmentMessages.type;
  if (file.size === 0) return attachmentMessages.empty;
  if (file.size > maxAttachmentBytes) return attachmentMessages.size;
  return null;
}

export function isAttachmentKind(value: string): value is AttachmentKind {
  return attachmentKinds.some((kind) => kind === value);
}

export function uploadPath(authorityId: string, complaintId: string): string {
  return `/files/${encodeURIComponent(authorityId)}/complaints/${encodeURIComponent(complaintId)}/attachments`;
}

export function downloadPath(authorityId: string, attachmentId: string): string {
  return `/files/${encodeURIComponent(authorityId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** The words for a failed upload, from the API's `{ error }` where it gives them. */
export function uploadErrorMessage(status: number, body: unknown): string {
  const said =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
      ? body.error
      : null;
  if (status === 413) return attachmentMessages.size;
  if (status === 415) return said ?? attachmentMessages.type;
  if (status === 400 && said !== null) return said;
  if (status === 403) return 'Your account cannot add documents to this case.';
  if (status === 404) return 'The complaint could not be found.';
  return 'Sorry, the file could not be uploaded. Try again later.';
}

/** A failed upload, shaped like the API client's errors so that a 401 ends the session the same way. */
export class UploadFailure extends Error {
  readonly data: { code: string; httpStatus: number };
  constructor(status: number, message: string) {
    super(message);
    const codes: Record<number, string> = {
      401: 'UNAUTHORIZED',
      403: 'FORBIDDEN',
      404: 'NOT_FOUND',
    };
    this.data = {
      code: codes[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'),
      httpStatus: status,
    };
  }
}

/** Sends a file to the API as raw bytes, with the headers it requires of a staff client. */
export async function uploadAttachment(options: {
  authorityId: string;
  complaintId: string;
  file: File;
  kind: AttachmentKind;
  csrfToken: string | null;
}): Promise<{ id: string }> {
  const headers: Record<string, string> = {
    'x-heard-client': 'admin',
    'x-file-name': encodeURIComponent(options.file.name),
    'x-attachment-kind': options.kind,
    'content-type': options.file.type === '' ? 'application/octet-stream' : options.file.type,
  };
  if (options.csrfToken !== null) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(uploadPath(options.authorityId, options.complaintId), {
      method: 'POST',
      headers,
      body: options.file,
      credentials: 'same-origin',
    });
  } catch {
    throw new UploadFailure(
      0,
      'The file could not be sent. Check your connection, then try again.',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 201 && typeof body === 'object' && body !== null && 'id' in body) {
    return { id: String(body.id) };
  }
  throw new UploadFailure(response.status, uploadErrorMessage(response.status, body));
}

/** The upload form: one file and what kind of document it is, checked before anything is sent. */
export const attachmentFormSchema = z.object({
  file: z.custom<ArrayLike<File> | null | undefined>().transform((files, ctx) => {
    const file = files?.[0];
    const problem = fileProblem(file);
    if (problem !== null || file === undefined) {
      ctx.addIssue({ code: 'custom', message: problem ?? attachmentMessages.missing });
      return z.NEVER;
    }
    return file;
  }),
  kind: z.enum(attachmentKinds, attachmentMessages.kind),
});
export type AttachmentFormValues = z.input<typeof attachmentFormSchema>;
