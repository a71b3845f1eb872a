import { zodResolver } from '@hookform/resolvers/zod';
import { hashKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorSummary, TextInput, type ErrorSummaryItem } from '@heard/ui';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { fieldErrorsOf, messageOf, reasonOf } from '../lib/errors';
import { safeReturnPath } from '../lib/redirect';
import { setSignInNotice, useSignInNotice } from '../lib/session';
import { signInSchema, type SignIn, type SignInInput } from '../lib/signInSchema';
import { useTRPC } from '../trpc';

const fields = ['email', 'password', 'totpCode'] as const;

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('from'));
  const notice = useSignInNotice();

  const form = useForm<SignInInput, unknown, SignIn>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  // Accounts with an authenticator app are asked for its code once the password is right.
  const [needsCode, setNeedsCode] = useState(false);
  const { setFocus } = form;
  useEffect(() => {
    if (needsCode) setFocus('totpCode');
  }, [needsCode, setFocus]);

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({ meta: { handlesUnauthorized: true } }),
  );

  // Nothing from the last session stays in memory once someone is at the sign-in page.
  const meHash = hashKey(trpc.auth.me.queryKey());
  useEffect(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
  }, [queryClient, meHash]);

  // A refusal from the server (wrong details, a locked account) is about the whole form, so its
  // summary link goes to the first field.
  const summaryItems: ErrorSummaryItem[] = [
    ...(errors.root?.server?.message
      ? [{ text: errors.root.server.message, fieldId: 'email' }]
      : []),
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ text: message, fieldId: field }] : [];
    }),
  ];
  useDocumentTitle(summaryItems.length > 0 ? 'Error: Sign in' : 'Sign in');

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
    } catch (error) {
      const reason = reasonOf(error);
      if (reason === 'totp_required') {
        setNeedsCode(true);
        return;
      }
      if (reason === 'totp_wrong') {
        form.setError('totpCode', { type: 'server', message: messageOf(error) });
        return;
      }
      const fieldErrors = fieldErrorsOf(error);
      let shownAtField = false;
      for (const field of fields) {
        const message = fieldErrors[field]?.[0];
        if (message) {
          form.setError(field, { type: 'server', message });
          shownAtField = true;
        }
      }
      if (!shownAtField)
        form.setError('root.server', { type: 'server', message: messageOf(error) });
      return;
    }
    setSignInNotice(null);
    try {
      // Once `auth.me` names the member of staff, this page sends them on (below).
      await queryClient.query({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
    } catch (error) {
      form.setError('root.server', { type: 'server', message: messageOf(error) });
    }
  });

  if (me.data) {
    const first = me.data.authorities[0];
    const inbox = first ? `/a/${encodeURIComponent(first.code)}/inbox` : '/';
    return <Navigate to={returnTo ?? inbox} replace />;
  }
  if (me.isPending) return <Loading>Checking whether you are signed in</Loading>;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop app-sign-in">
        {notice === 'signed-out' && summaryItems.length === 0 ? (
          <NotificationBanner title="You have signed out" success>
            <p className="govuk-body">Sign in again to carry on working.</p>
          </NotificationBanner>
        ) : null}
        {notice === 'session-ended' && summaryItems.length === 0 ? (
          <NotificationBanner title="You were signed out">
            <p className="govuk-body">
              For your security, Heard signs you out after a while without activity. Sign in again
              to carry on where you were.
            </p>
          </NotificationBanner>
        ) : null}
        {/* A new summary after each failed attempt, so that it takes focus again. */}
        <ErrorSummary key={submitCount} errors={summaryItems} />
        <PageHeading>Sign in</PageHeading>
        <p className="govuk-body">
          Sign in with the email address your council gave you for Heard.
        </p>
        <form
          noValidate
          onSubmit={(event) => {
            if (isSubmitting) {
              event.preventDefault();
              return;
            }
            void onSubmit(event);
          }}
        >
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            width={30}
            error={errors.email?.message}
            {...form.register('email')}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            width={20}
            error={errors.password?.message}
            {...form.register('password')}
          />
          {needsCode ? (
            <TextInput
              id="totpCode"
              label="Code from your authenticator app"
              hint="Your account is protected by an authenticator app. Enter the 6-digit code it shows now."
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              width={5}
              error={errors.totpCode?.message}
              {...form.register('totpCode')}
            />
          ) : null}
          <button type="submit" className="govuk-button" aria-disabled={isSubmitting}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
