import { complaintSubmissionSchema, submissionMessages, trackingLookupSchema } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import {
  errorList,
  fieldErrorsFromApi,
  fieldErrorsFromZod,
  readControls,
  readTrackForm,
  trackFields,
} from '../src/forms.js';
import { complaintFields, complaintJourney } from '../src/journeys/complaint.js';
import { emptyValues, readValues } from '../src/journeys/journey.js';

describe('reading posted forms', () => {
  it('takes every journey field as typed, and nothing else', () => {
    const values = readValues(complaintJourney, {
      complainantType: 'young_person',
      whatHappened: '  My social worker never calls back.  ',
      contactEmail: 'sam@example.com',
      idempotencyKey: '4b7e2f3a-8a0e-4f55-9a57-7a1e3f2b9c10',
      somethingElse: 'ignored',
    });
    expect(values).toEqual({
      ...emptyValues(complaintJourney),
      complainantType: 'young_person',
      whatHappened: '  My social worker never calls back.  ',
      contactEmail: 'sam@example.com',
    });
  });

  it('treats a missing body, missing fields and non-text values as empty', () => {
    expect(readValues(complaintJourney, undefined)).toEqual(emptyValues(complaintJourney));
    expect(
      readValues(complaintJourney, { whatHappened: { nested: 'x' }, contactName: 42 }),
    ).toEqual(emptyValues(complaintJourney));
    expect(readControls({})).toEqual({
      idempotencyKey: '',
      step: '',
      nav: '',
      returnTo: '',
      requestId: '',
    });
  });

  it('takes the first value of a field sent twice', () => {
    expect(readTrackForm({ reference: ['WSC-26-00042', 'OTHER'], trackingCode: 'abc' })).toEqual({
      reference: 'WSC-26-00042',
      trackingCode: 'abc',
    });
  });
});

describe('problems from the shared schema', () => {
  it('gives one message per field, in the schema’s words', () => {
    const result = complaintSubmissionSchema.safeParse({
      ...emptyValues(complaintJourney),
      contactEmail: 'not an email',
      contactPhone: 'call me',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(complaintFields, result.error)).toEqual({
      complainantType: submissionMessages.complainantType,
      whatHappened: submissionMessages.whatHappenedMissing,
      contactEmail: submissionMessages.emailInvalid,
      contactPhone: submissionMessages.phoneInvalid,
    });
  });

  it('lists problems in the order the fields are on the page', () => {
    const list = errorList(complaintFields, {
      contactPhone: 'phone',
      complainantType: 'who',
      whatHappened: 'what',
    });
    expect(list).toEqual([
      { fieldId: 'complainantType', text: 'who' },
      { fieldId: 'whatHappened', text: 'what' },
      { fieldId: 'contactPhone', text: 'phone' },
    ]);
  });

  it('accepts a complete complaint with blank optional answers', () => {
    const result = complaintSubmissionSchema.safeParse({
      ...emptyValues(complaintJourney),
      complainantType: 'parent_carer',
      whatHappened: 'Nobody told us about the meeting.',
    });
    expect(result.success).toBe(true);
  });

  it('asks for both tracking details', () => {
    const result = trackingLookupSchema.safeParse({ reference: ' ', trackingCode: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(fieldErrorsFromZod(trackFields, result.error))).toEqual([
      'reference',
      'trackingCode',
    ]);
  });

  it('keeps only this form’s fields from the API’s problems', () => {
    expect(
      fieldErrorsFromApi(complaintFields, {
        whatHappened: ['Too long', 'Second'],
        authorityCode: ['Unknown'],
        contactEmail: [],
      }),
    ).toEqual({ whatHappened: 'Too long' });
  });
});
