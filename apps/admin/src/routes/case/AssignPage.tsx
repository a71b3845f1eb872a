import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { Select, SubmitButton } from '../../components/FormParts';
import { useAuthority } from '../../context';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import { useStaffList } from '../../hooks/useStaffList';
import {
  assignableRoles,
  assigneeValue,
  assignFormSchema,
  type AssignableRole,
  type AssignFormValues,
} from '../../lib/caseForms';
import { messageAt } from '../../lib/formErrors';
import { independenceText } from '../../lib/people';
import { staffRoleLabel } from '../../lib/roles';
import { useTRPC } from '../../trpc';
import { CaseFormLayout, showSubmitProblem } from './CaseFormLayout';
import { useCase, useReturnToCase } from './caseContext';

/**
 * `/a/:authorityCode/complaints/:complaintId/assign`: lets an Investigating Officer, Independent
 * Person or panel member see this case. They see only the cases they are assigned to.
 */
export function AssignPage() {
  const { complaintCase, casePath } = useCase();
  const trpc = useTRPC();
  const authority = useAuthority();
  const returnToCase = useReturnToCase(casePath);
  const { staff, loading } = useStaffList(complaintCase.can.assign);
  const form = useForm<
    AssignFormValues,
    unknown,
    { assignee: { staffId: string; role: AssignableRole } }
  >({
    resolver: zodResolver(assignFormSchema),
    defaultValues: { assignee: '' },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const assign = useMutation(trpc.complaints.assign.mutationOptions());

  const onSubmit = useGuardedSubmit(
    form.handleSubmit(async ({ assignee }) => {
      const person = staff.find((p) => p.id === assignee.staffId);
      try {
        await assign.mutateAsync({
          authorityId: authority.id,
          complaintId: complaintCase.complaint.id,
          staffId: assignee.staffId,
          role: assignee.role,
        });
        await returnToCase({
          title: `${person?.name ?? 'They'} can now see this case`,
          warnings: [],
        });
      } catch (error) {
        showSubmitProblem(form, error, () => 'assignee', ['assignee']);
      }
    }),
  );

  const already = new Set(
    complaintCase.assignments.map((a) => assigneeValue(a.staffId, a.role as AssignableRole)),
  );
  const options = assignableRoles.flatMap((role) =>
    staff
      .filter((person) => person.roles.includes(role))
      .map((person) => ({ person, role, value: assigneeValue(person.id, role) }))
      .filter((option) => !already.has(option.value)),
  );

  const title = 'Assign someone to this case';
  if (!complaintCase.can.assign) {
    return (
      <CaseFormLayout
        title={title}
        reference={complaintCase.complaint.reference}
        casePath={casePath}
        errors={{}}
        order={[]}
        submitCount={0}
      >
        <p className="govuk-body">Your role does not assign people to complaints.</p>
      </CaseFormLayout>
    );
  }

  return (
    <CaseFormLayout
      title={title}
      reference={complaintCase.complaint.reference}
      casePath={casePath}
      errors={errors}
      order={['assignee']}
      submitCount={submitCount}
    >
      <p className="govuk-body">
        Investigating Officers, Independent Persons and review panel members see only the cases they
        are assigned to. Appointing someone to a stage assigns them too.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <Select
          id="assignee"
          label="Who"
          hint={
            !loading && options.length === 0
              ? 'Everyone who could be assigned already is.'
              : undefined
          }
          error={messageAt(errors, 'assignee')}
          {...form.register('assignee')}
        >
          <option value="">{loading ? 'Loading people…' : 'Choose a person'}</option>
          {assignableRoles.map((role) => {
            const inRole = options.filter((option) => option.role === role);
            if (inRole.length === 0) return null;
            return (
              <optgroup key={role} label={`${staffRoleLabel(role)}s`}>
                {inRole.map(({ person, value }) => (
                  <option key={value} value={value}>
                    {person.name}
                    {role === 'investigating_officer' ? '' : ` (${independenceText(person)})`}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </Select>
        <div className="govuk-button-group">
          <SubmitButton pending={isSubmitting || assign.isPending}>Assign</SubmitButton>
          <Link className="govuk-link" to={casePath}>
            Cancel
          </Link>
        </div>
      </form>
    </CaseFormLayout>
  );
}
