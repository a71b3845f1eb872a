import { ErrorSummary } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { SubmitButton } from '../../components/FormParts';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import { csrfToken } from '../../lib/csrf';
import { messageOf } from '../../lib/errors';
import { messageAt } from '../../lib/formErrors';
import {
  formatNumber,
  importFormSchema,
  importPercent,
  importProblemText,
  importsCases,
  uploadImport,
  type ImportFormValues,
} from '../../lib/reports';
import { useTRPC } from '../../trpc';

/** How often the page asks how the import is going. */
const POLL_MS = 500;

/**
 * `/a/:authorityCode/reports/import`: historic complaints from a CSV file (docs/import-format.md).
 * The file goes to the API, which imports it as a job; this page shows its progress, then what
 * was imported, or every bad line of a file that imported nothing.
 */
export function ImportPage() {
  const authority = useAuthority();
  const [jobId, setJobId] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reportPath = `/a/${encodeURIComponent(authority.code)}/reports`;
  useDocumentTitle(`Import historic cases – ${authority.name}`);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link className="govuk-back-link" to={reportPath}>
          Back to the report
        </Link>
        {!importsCases(authority.roles) ? (
          <>
            <PageHeading caption={authority.name}>Import historic cases</PageHeading>
            <p className="govuk-body">
              Importing cases is for Complaints Managers and system administrators. If you need a
              file imported, ask your Complaints Manager.
            </p>
          </>
        ) : jobId === null ? (
          <ImportForm
            key={attempt}
            onStarted={(id) => {
              setJobId(id);
            }}
          />
        ) : (
          <ImportProgress
            jobId={jobId}
            reportPath={reportPath}
            onAgain={() => {
              setJobId(null);
              setAttempt((n) => n + 1);
            }}
          />
        )}
      </div>
    </div>
  );
}

function ImportForm({ onStarted }: { onStarted: (jobId: string) => void }) {
  const authority = useAuthority();
  const form = useForm<ImportFormValues, unknown, { file: File }>({
    resolver: zodResolver(importFormSchema),
    defaultValues: { file: null },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadImport({ authorityId: authority.id, file, csrfToken: csrfToken() }),
  });
  const onSubmit = useGuardedSubmit(
    form.handleSubmit(async ({ file }) => {
      try {
        const { jobId } = await upload.mutateAsync(file);
        onStarted(jobId);
      } catch (error) {
        form.setError('file', { type: 'server', message: messageOf(error) });
      }
    }),
  );
  const fileError = messageAt(errors, 'file');
  return (
    <>
      <ErrorSummary
        key={`${String(submitCount)}:${fileError ?? ''}`}
        errors={fileError ? [{ text: fileError, fieldId: 'file' }] : []}
      />
      <PageHeading caption={authority.name}>Import historic cases</PageHeading>
      <p className="govuk-body">
        Complaints from the system used before Heard, one row for each stage and one for each child,
        as described in the import format. The whole file is checked first: if any line has a
        problem, nothing is imported and every problem is listed. Importing the same file again
        changes nothing.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="file">
            CSV file
          </label>
          <div className="govuk-hint" id="file-hint">
            Saved as CSV UTF-8, smaller than 25 MB.
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
            accept=".csv,text/csv"
            aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'}
            {...form.register('file')}
          />
        </div>
        <SubmitButton pending={isSubmitting || upload.isPending}>Upload and import</SubmitButton>
      </form>
    </>
  );
}

function ImportProgress({
  jobId,
  reportPath,
  onAgain,
}: {
  jobId: string;
  reportPath: string;
  onAgain: () => void;
}) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const status = useQuery({
    ...trpc.reports.importStatus.queryOptions({ authorityId: authority.id, jobId }),
    refetchInterval: (query) => {
      const phase = query.state.data?.phase;
      return phase === 'finished' || phase === 'failed' ? false : POLL_MS;
    },
    staleTime: 0,
  });

  if (status.isError) {
    return (
      <>
        <PageHeading caption={authority.name}>Import historic cases</PageHeading>
        <ProblemSection
          error={status.error}
          what="how the import is going"
          onRetry={() => void status.refetch()}
        />
      </>
    );
  }
  const data = status.data;
  const percent = data ? importPercent(data) : 0;
  // Announced in steps of a quarter, so that a screen reader is not talking over every poll.
  const announced = Math.floor(percent / 25) * 25;
  const result = data?.phase === 'finished' ? data.result : null;

  if (result && !result.ok) {
    return (
      <>
        <ErrorSummary
          title="The file was not imported"
          errors={result.errors.map((e) => ({ text: importProblemText(e) }))}
        />
        <PageHeading caption={authority.name}>Nothing was imported</PageHeading>
        <p className="govuk-body">
          {result.errors.length === 1
            ? 'There is 1 problem in the file'
            : `There are ${formatNumber(result.errors.length)} problems in the file`}
          . Correct every line listed, then upload the file again.
        </p>
        <button type="button" className="govuk-button" onClick={onAgain}>
          Upload a corrected file
        </button>
      </>
    );
  }

  return (
    <>
      <PageHeading caption={authority.name}>
        {result ? 'Import complete' : 'Importing historic cases'}
      </PageHeading>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="import-progress">
          Progress
        </label>
        <progress
          id="import-progress"
          max={100}
          value={percent}
          style={{ width: '100%', height: '24px' }}
          aria-describedby="import-progress-text"
        >
          {percent}%
        </progress>
        <p className="govuk-body govuk-!-margin-top-2" id="import-progress-text">
          {data === undefined || data.phase === 'checking'
            ? `${String(percent)}% – checking every row of the file`
            : data.phase === 'failed'
              ? 'The import stopped.'
              : `${String(percent)}% – ${formatNumber(data.rowsDone)} of ${formatNumber(data.rowsTotal)} rows`}
        </p>
        <p className="govuk-visually-hidden" role="status" aria-live="polite">
          {result ? '' : `Import ${String(announced)}% done`}
        </p>
      </div>
      {data?.phase === 'failed' ? (
        <div className="app-problem" role="alert">
          <h2 className="govuk-heading-m">Sorry, there is a problem</h2>
          <p className="govuk-body">
            The import could not be finished, and nothing was imported. Try again later.
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onAgain}>
            Try again
          </button>
        </div>
      ) : null}
      {result?.ok ? (
        <>
          <NotificationBanner success title={`${formatNumber(result.rows)} rows imported`}>
            <p className="govuk-body">
              {formatNumber(result.complaintsCreated)}{' '}
              {result.complaintsCreated === 1 ? 'complaint was' : 'complaints were'} added and{' '}
              {formatNumber(result.complaintsUnchanged)} already imported{' '}
              {result.complaintsUnchanged === 1 ? 'was' : 'were'} left as{' '}
              {result.complaintsUnchanged === 1 ? 'it was' : 'they were'};{' '}
              {formatNumber(result.childrenCreated)}{' '}
              {result.childrenCreated === 1 ? 'child' : 'children'} recorded.
            </p>
          </NotificationBanner>
          <div className="govuk-button-group">
            <Link className="govuk-button" to={reportPath}>
              Go to the report
            </Link>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={onAgain}
            >
              Import another file
            </button>
          </div>
        </>
      ) : null}
    </>
  );
}
