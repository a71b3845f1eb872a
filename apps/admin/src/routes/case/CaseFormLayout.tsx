import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { Link } from 'react-router';
import { FormErrorSummary, summaryItems } from '../../components/FormParts';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { reasonOf } from '../../lib/errors';
import { submitProblemOf } from '../../lib/formErrors';

interface CaseFormLayoutProps {
  title: string;
  reference: string;
  casePath: string;
  errors: unknown;
  order: readonly string[];
  target?: (name: string) => string | undefined;
  submitCount: number;
  groups?: Readonly<Record<string, string>>;
  children: ReactNode;
}

/** A page with one form about a complaint: back to the case, the problems, the heading, the form. */
export function CaseFormLayout({
  title,
  reference,
  casePath,
  errors,
  order,
  target,
  submitCount,
  groups,
  children,
}: CaseFormLayoutProps) {
  const hasErrors = summaryItems(errors, order, target).length > 0;
  useDocumentTitle(`${hasErrors ? 'Error: ' : ''}${title} – ${reference}`);
  return (
    <>
      <Link className="govuk-back-link app-back-link" to={casePath}>
        Back to the complaint
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <FormErrorSummary
            errors={errors}
            order={order}
            target={target}
            submitCount={submitCount}
            groups={groups}
          />
          <PageHeading caption={`Complaint ${reference}`}>{title}</PageHeading>
          {children}
        </div>
      </div>
    </>
  );
}

/**
 * Shows why a submitted form was not saved: a refusal's words at the field it is about (or at the
 * top of the form), the API's field messages at their fields, anything else at the top.
 */
export function showSubmitProblem<V extends FieldValues, O>(
  form: UseFormReturn<V, unknown, O>,
  error: unknown,
  fieldFor: (reason: string) => string | null,
  knownFields: readonly string[],
): void {
  const problem = submitProblemOf(error);
  if (problem.kind === 'refusal') {
    const field = fieldFor(problem.reason);
    form.setError((field ?? 'root.refusal') as Path<V>, {
      type: 'refusal',
      message: problem.message,
    });
    return;
  }
  if (problem.kind === 'fields') {
    let shown = false;
    for (const [field, messages] of Object.entries(problem.fieldErrors)) {
      const message = messages[0];
      if (message !== undefined && knownFields.includes(field)) {
        form.setError(field as Path<V>, { type: 'server', message });
        shown = true;
      }
    }
    if (!shown) {
      const first = Object.values(problem.fieldErrors)[0]?.[0] ?? problem.message;
      form.setError('root.server', { type: 'server', message: first });
    }
    return;
  }
  // A refusal of the API's own (not the procedure's), such as a responder from another council.
  const reason = reasonOf(error);
  const field = reason === undefined ? null : fieldFor(reason);
  if (field === null) form.setError('root.server', { type: 'server', message: problem.message });
  else form.setError(field as Path<V>, { type: 'server', message: problem.message });
}
