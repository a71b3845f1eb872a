import {
  CONTEXT_FIGURE_KEYS,
  CONTEXT_FIGURE_LABELS,
  contextFiguresFormSchema,
  contextFiguresFormValues,
  type ContextFigures,
  type ContextFiguresFormValues,
} from '@heard/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../components/Fields';
import { FormErrorSummary, SubmitButton } from '../../components/FormParts';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import { submitProblemOf } from '../../lib/formErrors';
import { formatNumber } from '../../lib/reports';
import { useTRPC } from '../../trpc';

interface ContextFiguresFormProps {
  authorityId: string;
  year: number;
  yearLabel: string;
  figures: ContextFigures;
  /** Whether the reader may change them, or only read them. */
  editable: boolean;
}

/**
 * The year's contacts, referrals, assessments and section 47 enquiries (Wandsworth 2021-22 §6.8), which come
 * from the council's case management system and are typed in here. A blank is "not recorded".
 */
export function ContextFiguresForm({
  authorityId,
  year,
  yearLabel,
  figures,
  editable,
}: ContextFiguresFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<ContextFiguresFormValues, unknown, ContextFigures>({
    resolver: zodResolver(contextFiguresFormSchema),
    defaultValues: contextFiguresFormValues(figures),
    shouldFocusError: false,
  });
  const save = useMutation(trpc.reports.saveContext.mutationOptions());
  const { errors, submitCount, isSubmitting } = form.formState;

  const onSubmit = useGuardedSubmit(
    form.handleSubmit(async (values) => {
      setSaved(false);
      try {
        await save.mutateAsync({ authorityId, year, figures: values });
        await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
        setSaved(true);
      } catch (error) {
        const problem = submitProblemOf(error);
        if (problem.kind === 'fields') {
          for (const [name, messages] of Object.entries(problem.fieldErrors)) {
            const field = name.replace(/^figures\./, '') as keyof ContextFiguresFormValues;
            form.setError(field, { type: 'server', message: messages[0] ?? problem.message });
          }
        } else {
          form.setError('root.server', { type: 'server', message: problem.message });
        }
      }
    }),
  );

  if (!editable) {
    return (
      <dl className="govuk-summary-list">
        {CONTEXT_FIGURE_KEYS.map((key) => (
          <div key={key} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{CONTEXT_FIGURE_LABELS[key]}</dt>
            <dd className="govuk-summary-list__value">
              {figures[key] === null ? 'Not recorded' : formatNumber(figures[key])}
            </dd>
          </div>
        ))}
      </dl>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="context-heading">
      <FormErrorSummary
        errors={errors}
        order={[...CONTEXT_FIGURE_KEYS]}
        submitCount={submitCount}
      />
      {saved ? (
        <p className="govuk-body" role="status">
          <strong>The context figures for {yearLabel} are saved.</strong>
        </p>
      ) : (
        <p className="govuk-body" role="status" />
      )}
      {CONTEXT_FIGURE_KEYS.map((key) => (
        <TextField
          key={key}
          form={form}
          name={key}
          label={`${CONTEXT_FIGURE_LABELS[key]} in ${yearLabel}`}
          hint={
            key === 'contacts'
              ? 'From the case management system. Leave blank if not known.'
              : undefined
          }
          width={10}
          inputMode="numeric"
          spellCheck={false}
        />
      ))}
      <SubmitButton pending={isSubmitting || save.isPending}>Save context figures</SubmitButton>
    </form>
  );
}
