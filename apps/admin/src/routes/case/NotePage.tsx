import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { TextareaField } from '../../components/Fields';
import { SubmitButton } from '../../components/FormParts';
import { useAuthority } from '../../context';
import { noteFormSchema, noteMaxLength, type NoteFormValues } from '../../lib/caseForms';
import { useTRPC } from '../../trpc';
import { CaseFormLayout, showSubmitProblem } from './CaseFormLayout';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import { useCase, useReturnToCase } from './caseContext';

/** `/a/:authorityCode/complaints/:complaintId/notes/new`: a note for colleagues on the case. */
export function NotePage() {
  const { complaintCase, casePath } = useCase();
  const trpc = useTRPC();
  const authority = useAuthority();
  const returnToCase = useReturnToCase(casePath);
  const [requestId] = useState(() => crypto.randomUUID());
  const form = useForm<NoteFormValues, unknown, { body: string }>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { body: '' },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const addNote = useMutation(trpc.complaints.addNote.mutationOptions());

  const guardedSubmit = useGuardedSubmit(
    form.handleSubmit(async ({ body }) => {
      try {
        await addNote.mutateAsync({
          authorityId: authority.id,
          complaintId: complaintCase.complaint.id,
          requestId,
          body,
        });
        await returnToCase({ title: 'Note added', warnings: [] });
      } catch (error) {
        showSubmitProblem(form, error, () => null, ['body']);
      }
    }),
  );

  if (!complaintCase.can.addNote) {
    return (
      <CaseFormLayout
        title="Add a note"
        reference={complaintCase.complaint.reference}
        casePath={casePath}
        errors={{}}
        order={[]}
        submitCount={0}
      >
        <p className="govuk-body">Your role does not add notes to complaints.</p>
      </CaseFormLayout>
    );
  }

  return (
    <CaseFormLayout
      title="Add a note"
      reference={complaintCase.complaint.reference}
      casePath={casePath}
      errors={errors}
      order={['body']}
      submitCount={submitCount}
    >
      <form noValidate onSubmit={guardedSubmit}>
        <TextareaField
          form={form}
          name="body"
          label="Note"
          hint="Notes are for the people working on the case. Everyone who can see the case can read them, and they cannot be changed or deleted."
          rows={6}
          characterLimit={noteMaxLength}
        />
        <div className="govuk-button-group">
          <SubmitButton pending={isSubmitting || addNote.isPending}>Add note</SubmitButton>
          <Link className="govuk-link" to={casePath}>
            Cancel
          </Link>
        </div>
      </form>
    </CaseFormLayout>
  );
}
