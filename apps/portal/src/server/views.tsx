/** Each page of the portal as a PageSpec: its title, content, script and surroundings. */
import type { ComplaintFormProps } from '../islands/ComplaintForm.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { AccessibilityPage, accessibilityTitle } from '../pages/AccessibilityPage.js';
import {
  AlreadySentPage,
  ComplainPage,
  complainTitle,
  ConfirmationGonePage,
  ConfirmationPage,
} from '../pages/ComplainPages.js';
import type { ConfirmationPageProps } from '../pages/ComplainPages.js';
import { HomePage } from '../pages/HomePage.js';
import { LeavePage, leaveTitle } from '../pages/LeavePage.js';
import { PrivacyPage, privacyTitle } from '../pages/PrivacyPage.js';
import { NotFoundPage, notFoundTitle, ProblemPage, problemTitle } from '../pages/ProblemPages.js';
import type { ProblemKind } from '../pages/ProblemPages.js';
import { paths, serviceName } from '../pages/service.js';
import { StartPage } from '../pages/StartPage.js';
import { TrackPage, TrackStatusPage, trackTitle } from '../pages/TrackPages.js';
import type { TrackStatusPageProps } from '../pages/TrackPages.js';
import type { PageSpec } from './render.js';

/** A council as the pages show it: its name, and the address of its start page. */
export interface AuthorityView {
  name: string;
  path: string;
}

export function homeView(authorities: readonly AuthorityView[]): PageSpec {
  return { title: serviceName, content: <HomePage authorities={authorities} /> };
}

export function leaveView(): PageSpec {
  return { title: leaveTitle, content: <LeavePage />, layout: 'neutral' };
}

export function accessibilityView(): PageSpec {
  return { title: accessibilityTitle, content: <AccessibilityPage /> };
}

export function privacyView(): PageSpec {
  return { title: privacyTitle, content: <PrivacyPage /> };
}

export function notFoundView(authority?: AuthorityView): PageSpec {
  return {
    title: notFoundTitle,
    content: <NotFoundPage homePath={authority?.path ?? paths.home} />,
    authority,
  };
}

export function problemView(kind: ProblemKind): PageSpec {
  return { title: problemTitle(kind), content: <ProblemPage kind={kind} homePath={paths.home} /> };
}

export function startView(authority: AuthorityView): PageSpec {
  return {
    title: serviceName,
    content: <StartPage authorityName={authority.name} authorityPath={authority.path} />,
    authority,
  };
}

export function complainView(
  authority: AuthorityView,
  form: Omit<ComplaintFormProps, 'action'>,
): PageSpec {
  return {
    title: complainTitle,
    hasErrors: Object.keys(form.errors).length > 0 || form.formError !== undefined,
    content: <ComplainPage action={`${authority.path}/complain`} {...form} />,
    entry: 'complain',
    authority,
    backLink: authority.path,
  };
}

export function confirmationView(
  authority: AuthorityView,
  confirmation: Pick<ConfirmationPageProps, 'reference' | 'trackingCode' | 'replyByText'>,
): PageSpec {
  return {
    title: 'Complaint sent',
    content: (
      <ConfirmationPage
        {...confirmation}
        trackPath={`${authority.path}/track`}
        startPath={authority.path}
      />
    ),
    authority,
  };
}

export function confirmationGoneView(authority: AuthorityView): PageSpec {
  return {
    title: 'This page cannot be shown again',
    content: (
      <ConfirmationGonePage
        trackPath={`${authority.path}/track`}
        complainPath={`${authority.path}/complain`}
      />
    ),
    authority,
  };
}

export function alreadySentView(authority: AuthorityView): PageSpec {
  return {
    title: 'We already have your complaint',
    content: <AlreadySentPage trackPath={`${authority.path}/track`} />,
    authority,
  };
}

export function trackView(
  authority: AuthorityView & { code: string },
  form: Omit<TrackFormProps, 'action' | 'referenceExample'>,
): PageSpec {
  return {
    title: trackTitle,
    hasErrors: Object.keys(form.errors).length > 0 || form.formError !== undefined,
    content: (
      <TrackPage
        action={`${authority.path}/track`}
        referenceExample={`${authority.code.toUpperCase()}-${String(new Date().getUTCFullYear()).slice(2)}-00042`}
        {...form}
      />
    ),
    entry: 'track',
    authority,
    backLink: authority.path,
  };
}

export function trackStatusView(
  authority: AuthorityView,
  complaint: TrackStatusPageProps['complaint'],
): PageSpec {
  return {
    title: 'Your complaint',
    content: (
      <TrackStatusPage
        complaint={complaint}
        trackPath={`${authority.path}/track`}
        startPath={authority.path}
      />
    ),
    authority,
  };
}
