import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { RadiosField } from '../../components/Fields';
import { SubmitButton } from '../../components/FormParts';
import { useAuthority } from '../../context';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import {
  acceptAttribute,
  attachmentFormSchema,
  attachmentKindLabels,
  attachmentKinds,
  uploadAttachment,
  type AttachmentFormValues,
  type AttachmentKind,
} from '../../lib/attachments';
import { csrfToken } from '../../lib/csrf';
import { messageOf } from '../../lib/errors';
import { messageAt } from '../../lib/formErrors';
import { CaseFormLayout } from './CaseFormLayout';
import { useCase, useReturnToCase } from './caseContext';

/** `/a/:authorityCode/complaints/:complaintId/attachments/new`: a letter, report or evidence. */
export function AttachmentPage() {
  const { complaintCase, casePath } = useCase();
  const authority = useAuthority();
  const returnToCase = useReturnToCase(casePath);
  const form = useForm<AttachmentFormValues, unknown, { file: File; kind: AttachmentKind }>({
    resolver: zodResolver(attachmentFormSchema),
    defaultValues: { file: null, kind: undefined },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const upload = useMutation({
    mutationFn: (values: { file: File; kind: AttachmentKind }) =>
      uploadAttachment({
        authorityId: authority.id,
        complaintId: complaintCase.complaint.id,
        file: values.file,
        kind: values.kind,
        csrfToken: csrfToken(),
      }),
  });

  const onSubmit = useGuardedSubmit(
    form.handleSubmit(async (values) => {
      try {
        await upload.mutateAsync(values);
        await returnToCase({ title: `${values.file.name} uploaded`, warnings: [] });
      } catch (error) {
        form.setError('file', { type: 'server', message: messageOf(error) });
      }
    }),
  );

  const title = 'Upload a document';
  if (!complaintCase.can.addAttachment) {
    return (
      <CaseFormLayout
        title={title}
        reference={complaintCase.complaint.reference}
        casePath={casePath}
        errors={{}}
        order={[]}
        submitCount={0}
      >
        <p className="govuk-body">Your role does not add documents to complaints.</p>
      </CaseFormLayout>
    );
  }

  const fileError = messageAt(errors, 'file');
  return (
    <CaseFormLayout
      title={title}
      reference={complaintCase.complaint.reference}
      casePath={casePath}
      errors={errors}
      order={['file', 'kind']}
      submitCount={submitCount}
    >
      <form noValidate onSubmit={onSubmit}>
        <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="file">
            File
          </label>
          <div className="govuk-hint" id="file-hint">
            A PDF, Word document (.docx), PNG, JPEG or plain text file, smaller than 10 MB.
          </div>
          {fileError ? (
            <p className="govuk-error-message" id="file-error">
              <span className="govuk-visually-hidden">Error:</span> {fileError}
            </p>
          ) : null}
          <input
            className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
            id="file"
            type="file"
            accept={acceptAttribute}
            aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'}
            {...form.register('file')}
          />
        </div>
        <RadiosField
          form={form}
          name="kind"
          label="What kind of document is it?"
          legendSize="s"
          items={attachmentKinds.map((kind) => ({
            value: kind,
            label: attachmentKindLabels[kind],
          }))}
        />
        <div className="govuk-button-group">
          <SubmitButton pending={isSubmitting || upload.isPending}>Upload</SubmitButton>
          <Link className="govuk-link" to={casePath}>
            Cancel
          </Link>
        </div>
      </form>
    </CaseFormLayout>
  );
}
