import { describe, expect, it } from 'vitest';
import {
  attachmentFormSchema,
  attachmentMessages,
  downloadPath,
  fileProblem,
  maxAttachmentBytes,
  uploadErrorMessage,
  uploadPath,
} from '../src/lib/attachments';

describe('fileProblem', () => {
  it('accepts the API’s types up to 10 MB', () => {
    for (const name of [
      'letter.pdf',
      'report.DOCX',
      'photo.jpeg',
      'scan.jpg',
      'screen.png',
      'notes.txt',
    ]) {
      expect(fileProblem({ name, size: 1000 })).toBeNull();
    }
    expect(fileProblem({ name: 'big.pdf', size: maxAttachmentBytes })).toBeNull();
  });

  it('refuses with the API’s words before anything is sent', () => {
    expect(fileProblem(null)).toBe(attachmentMessages.missing);
    expect(fileProblem({ name: 'macro.docm', size: 10 })).toBe(attachmentMessages.type);
    expect(fileProblem({ name: 'letter.pdf.exe', size: 10 })).toBe(attachmentMessages.type);
    expect(fileProblem({ name: 'empty.pdf', size: 0 })).toBe(attachmentMessages.empty);
    expect(fileProblem({ name: 'huge.pdf', size: maxAttachmentBytes + 1 })).toBe(
      attachmentMessages.size,
    );
    expect(fileProblem({ name: `${'a'.repeat(200)}.pdf`, size: 10 })).toBe(attachmentMessages.name);
  });
});

describe('attachmentFormSchema', () => {
  it('checks the chosen file and its kind together', () => {
    const file = new File(['%PDF-1.4'], 'letter.pdf', { type: 'application/pdf' });
    expect(attachmentFormSchema.safeParse({ file: [file], kind: 'letter' }).success).toBe(true);
    const result = attachmentFormSchema.safeParse({ file: [], kind: '' });
    expect(
      result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]),
    ).toEqual([
      ['file', attachmentMessages.missing],
      ['kind', attachmentMessages.kind],
    ]);
  });
});

describe('uploadErrorMessage', () => {
  it('shows the API’s own words where it gives them', () => {
    expect(uploadErrorMessage(415, { error: 'The file must be a PDF' })).toBe(
      'The file must be a PDF',
    );
    expect(uploadErrorMessage(413, { error: 'The request is too large.' })).toBe(
      attachmentMessages.size,
    );
    expect(uploadErrorMessage(400, { error: 'The file is empty' })).toBe('The file is empty');
    expect(uploadErrorMessage(500, null)).toMatch(/could not be uploaded/);
  });
});

describe('paths', () => {
  it('goes to the API’s file routes', () => {
    expect(uploadPath('a1', 'c1')).toBe('/files/a1/complaints/c1/attachments');
    expect(downloadPath('a1', 'f1')).toBe('/files/a1/attachments/f1');
  });
});
