/** The pages of signing in, "Your complaints" and the advocates' area, as PageSpecs. */
import type { ReactNode } from 'react';
import {
  AdvocateHomePage,
  advocateHomeTitle,
  advocateSignInTitle,
  CheckEmailPage,
  checkEmailTitle,
  FollowLinkPage,
  followLinkTitle,
  LinkSpentPage,
  linkSpentTitle,
  ReferPage,
  ReferSentPage,
  referSentTitle,
  referTitle,
  SignedInLayout,
  SignedOutPage,
  signedOutTitle,
  SignInPage,
  signInTitle,
  YourComplaintsPage,
  yourComplaintsTitle,
} from '../pages/SignInPages.js';
import type {
  ComplaintRow,
  EmailFormProps,
  ReferField,
  ReferFormValues,
  ReferralRow,
  SignedInBarProps,
  SupportedCaseRow,
} from '../pages/SignInPages.js';
import {
  NextStagePage,
  NextStageSentPage,
  nextStageSentTitle,
  nextStageTitle,
  TrackStatusPage,
} from '../pages/TrackPages.js';
import type { NextStagePageProps, TrackStatusPageProps } from '../pages/TrackPages.js';
import type { PageSpec } from './render.js';
import type { AuthorityView } from './views.js';

/** The addresses of the signed-in pages under a council's address. */
export function signInPaths(authority: AuthorityView) {
  const base = authority.path;
  return {
    signIn: `${base}/sign-in`,
    link: `${base}/sign-in/link`,
    signOut: `${base}/sign-out`,
    signedOut: `${base}/signed-out`,
    extend: `${base}/session/extend`,
    complaints: `${base}/your-complaints`,
    complaint: (reference: string) => `${base}/your-complaints/${encodeURIComponent(reference)}`,
    letter: `${base}/your-complaints/letter`,
    nextStage: `${base}/your-complaints/next-stage`,
    advocates: `${base}/advocates`,
    advocateSignIn: `${base}/advocates/sign-in`,
    support: (complaintId: string) =>
      `${base}/advocates/referrals/${encodeURIComponent(complaintId)}/support`,
    refer: `${base}/advocates/refer`,
    track: `${base}/track`,
  };
}

/** A signed-in page: the bar with sign out and the timeout warning, and the page's script. */
function signedIn(
  authority: AuthorityView,
  bar: Pick<SignedInBarProps, 'name' | 'idleSeconds'>,
  title: string,
  content: ReactNode,
  options: { hasErrors?: boolean; back?: { href: string } } = {},
): PageSpec {
  const paths = signInPaths(authority);
  return {
    title,
    hasErrors: options.hasErrors,
    content: (
      <SignedInLayout
        bar={{
          ...bar,
          signOutAction: paths.signOut,
          extendAction: paths.extend,
          signedOutPath: `${paths.signedOut}?timeout=1`,
        }}
      >
        {content}
      </SignedInLayout>
    ),
    entry: 'session',
    authority,
    back: options.back,
  };
}

export function signInView(
  authority: AuthorityView,
  form: Omit<EmailFormProps, 'action'>,
): PageSpec {
  const paths = signInPaths(authority);
  const contact = form.kind === 'contact';
  return {
    title: contact ? signInTitle : advocateSignInTitle,
    hasErrors: form.error !== undefined,
    content: <SignInPage {...form} action={contact ? paths.signIn : paths.advocateSignIn} />,
    authority,
    back: { href: contact ? paths.track : authority.path },
  };
}

export function checkEmailView(
  authority: AuthorityView,
  kind: 'contact' | 'advocate',
  minutes: number,
): PageSpec {
  const paths = signInPaths(authority);
  return {
    title: checkEmailTitle,
    content: (
      <CheckEmailPage
        minutes={minutes}
        againPath={kind === 'contact' ? paths.signIn : paths.advocates}
      />
    ),
    authority,
  };
}

export function followLinkView(authority: AuthorityView, token: string): PageSpec {
  return {
    title: followLinkTitle,
    content: <FollowLinkPage action={signInPaths(authority).link} token={token} />,
    authority,
  };
}

export function linkSpentView(authority: AuthorityView): PageSpec {
  return {
    title: linkSpentTitle,
    content: <LinkSpentPage againPath={signInPaths(authority).signIn} />,
    authority,
  };
}

export function signedOutView(authority: AuthorityView, timedOut: boolean): PageSpec {
  return {
    title: signedOutTitle,
    content: <SignedOutPage startPath={authority.path} timedOut={timedOut} />,
    authority,
  };
}

export function yourComplaintsView(
  authority: AuthorityView,
  idleSeconds: number,
  complaints: readonly ComplaintRow[],
): PageSpec {
  const paths = signInPaths(authority);
  return signedIn(
    authority,
    { name: null, idleSeconds },
    yourComplaintsTitle,
    <YourComplaintsPage
      complaints={complaints}
      casePath={paths.complaint}
      trackPath={paths.track}
    />,
  );
}

/** One case's status: the same view as tracking, its forms posting the reference only. */
export function signedInStatusView(
  authority: AuthorityView,
  bar: Pick<SignedInBarProps, 'name' | 'idleSeconds'>,
  complaint: TrackStatusPageProps['complaint'],
  listPath: string,
): PageSpec {
  const paths = signInPaths(authority);
  return signedIn(
    authority,
    bar,
    'Your complaint',
    <TrackStatusPage
      complaint={complaint}
      codes={{ reference: complaint.reference, trackingCode: '' }}
      letterAction={paths.letter}
      nextStageAction={paths.nextStage}
      trackPath={listPath}
      startPath={authority.path}
    />,
    { back: { href: listPath } },
  );
}

export function signedInNextStageView(
  authority: AuthorityView,
  bar: Pick<SignedInBarProps, 'name' | 'idleSeconds'>,
  props: Omit<NextStagePageProps, 'action' | 'startPath'>,
): PageSpec {
  return signedIn(
    authority,
    bar,
    nextStageTitle(props.to),
    <NextStagePage
      {...props}
      action={signInPaths(authority).nextStage}
      startPath={authority.path}
    />,
  );
}

export function signedInNextStageSentView(
  authority: AuthorityView,
  bar: Pick<SignedInBarProps, 'name' | 'idleSeconds'>,
  stageName: string,
  listPath: string,
): PageSpec {
  return signedIn(
    authority,
    bar,
    nextStageSentTitle,
    <NextStageSentPage stageName={stageName} trackPath={listPath} />,
  );
}

export function advocateHomeView(
  authority: AuthorityView,
  idleSeconds: number,
  data: {
    name: string;
    providerName: string;
    referrals: readonly ReferralRow[];
    cases: readonly SupportedCaseRow[];
    notice?: string | undefined;
  },
): PageSpec {
  const paths = signInPaths(authority);
  return signedIn(
    authority,
    { name: data.name, idleSeconds },
    advocateHomeTitle,
    <AdvocateHomePage
      {...data}
      supportAction={paths.support}
      casePath={paths.complaint}
      referPath={paths.refer}
    />,
  );
}

export function referView(
  authority: AuthorityView,
  idleSeconds: number,
  form: {
    advocate: { name: string; email: string; providerName: string };
    values: ReferFormValues;
    errors: Partial<Record<ReferField, string>>;
    idempotencyKey: string;
    formError?: string | undefined;
  },
): PageSpec {
  const paths = signInPaths(authority);
  return signedIn(
    authority,
    { name: form.advocate.name, idleSeconds },
    referTitle,
    <ReferPage {...form} action={paths.refer} />,
    {
      hasErrors: Object.keys(form.errors).length > 0 || form.formError !== undefined,
      back: { href: paths.advocates },
    },
  );
}

export function referSentView(
  authority: AuthorityView,
  idleSeconds: number,
  name: string,
  sent: { reference: string; trackingCode: string; replyByText: string | null },
): PageSpec {
  return signedIn(
    authority,
    { name, idleSeconds },
    referSentTitle,
    <ReferSentPage {...sent} homePath={signInPaths(authority).advocates} />,
  );
}
