/** Each page of the portal as a PageSpec: its title, content, script and surroundings. */
import type { ComponentType, ReactNode } from 'react';
import { CommentStep, commentStepIslandId } from '../islands/CommentStep.js';
import type { CommentStepProps } from '../islands/CommentStep.js';
import { ComplaintStep, complaintStepIslandId } from '../islands/ComplaintStep.js';
import type { ComplaintStepProps } from '../islands/ComplaintStep.js';
import { ComplimentStep, complimentStepIslandId } from '../islands/ComplimentStep.js';
import type { ComplimentStepProps } from '../islands/ComplimentStep.js';
import { saveButtonText } from '../islands/StepForm.js';
import type { StepProps } from '../islands/StepForm.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { commentJourney } from '../journeys/comment.js';
import type { CommentValues } from '../journeys/comment.js';
import { complaintJourney } from '../journeys/complaint.js';
import type { ComplaintValues } from '../journeys/complaint.js';
import { complimentJourney } from '../journeys/compliment.js';
import type { ComplimentValues } from '../journeys/compliment.js';
import { applicableSteps, checkStepId } from '../journeys/journey.js';
import type { Journey, JourneyId, Values } from '../journeys/journey.js';
import { AccessibilityPage, accessibilityTitle } from '../pages/AccessibilityPage.js';
import { EasyReadPage, easyReadTitle } from '../pages/EasyReadPages.js';
import type { EasyReadKind } from '../pages/EasyReadPages.js';
import { HomePage } from '../pages/HomePage.js';
import { Island } from '../pages/Island.js';
import { commentContent, complaintContent, complimentContent } from '../pages/journey-content.js';
import type { JourneyContent } from '../pages/journey-content.js';
import {
  AlreadySentPage,
  CheckAnswersPage,
  checkAnswersTitle,
  CodeEmailedPage,
  codeEmailedBeforeTitle,
  codeEmailedTitle,
  ComeBackPage,
  comeBackTitle,
  ComplaintSentPage,
  complaintSentTitle,
  DraftDeletedPage,
  draftDeletedTitle,
  MessageSentPage,
  messageSentTitle,
  SavedGonePage,
  savedGoneTitle,
  SavedPage,
  savedTitle,
  SentGonePage,
  sentGoneTitle,
  ThankYouSentPage,
  thankYouSentTitle,
} from '../pages/JourneyPages.js';
import type { ComplaintSentPageProps, SavedPageProps } from '../pages/JourneyPages.js';
import { LeavePage, leaveTitle } from '../pages/LeavePage.js';
import { PrivacyPage, privacyTitle } from '../pages/PrivacyPage.js';
import { NotFoundPage, notFoundTitle, ProblemPage, problemTitle } from '../pages/ProblemPages.js';
import type { ProblemKind } from '../pages/ProblemPages.js';
import { paths, serviceName } from '../pages/service.js';
import { StartPage } from '../pages/StartPage.js';
import { StepPage } from '../pages/StepPage.js';
import {
  NextStagePage,
  NextStageSentPage,
  nextStageSentTitle,
  nextStageTitle,
  TrackPage,
  TrackStatusPage,
  trackTitle,
} from '../pages/TrackPages.js';
import type { NextStagePageProps, TrackStatusPageProps } from '../pages/TrackPages.js';
import type { ClientEntry } from './assets.js';
import type { PageSpec } from './render.js';

/** A council as the pages show it: its name, and the address of its start page. */
export interface AuthorityView {
  name: string;
  path: string;
}

/** Where each journey lives under a council's address. */
export const journeySlugs: Record<JourneyId, string> = {
  complaint: 'complain',
  compliment: 'say-thank-you',
  comment: 'tell-us-something',
};

export const journeyPath = (authority: AuthorityView, journey: JourneyId) =>
  `${authority.path}/${journeySlugs[journey]}`;

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

export function easyReadView(authority: AuthorityView, kind: EasyReadKind): PageSpec {
  const complain = journeyPath(authority, 'complaint');
  const track = `${authority.path}/track`;
  const by: Record<EasyReadKind, { full: string; next: { href: string; text: string }[] }> = {
    start: {
      full: authority.path,
      next: [
        { href: complain, text: 'Make a complaint' },
        { href: journeyPath(authority, 'compliment'), text: 'Say thank you' },
        { href: journeyPath(authority, 'comment'), text: 'Tell us something' },
        { href: track, text: 'Check on your complaint' },
      ],
    },
    complain: { full: complain, next: [{ href: complain, text: 'Start your complaint' }] },
    track: { full: track, next: [{ href: track, text: 'Check on your complaint' }] },
  };
  return {
    title: easyReadTitle(kind),
    content: <EasyReadPage kind={kind} fullPath={by[kind].full} next={by[kind].next} />,
    authority,
    back: { href: by[kind].full },
  };
}

/** The answers so far and the form's own fields, sent again by "Back". */
function carried<F extends string>(props: StepProps<F>): Record<string, string> {
  return {
    ...props.values,
    idempotencyKey: props.idempotencyKey,
    step: props.step,
    ...(props.returnTo === undefined ? {} : { returnTo: props.returnTo }),
    ...(props.draft === undefined ? {} : { draft: props.draft }),
  };
}

function stepView<F extends string, P extends StepProps<F>>(
  authority: AuthorityView,
  journey: Journey<F>,
  content: JourneyContent<Values<F>>,
  island: { id: string; component: ComponentType<P>; entry: ClientEntry },
  props: P,
  after?: ReactNode,
): PageSpec {
  const first = applicableSteps(journey, props.values)[0]?.id ?? props.step;
  return {
    title: content.title(props.step, props.values),
    hasErrors: Object.keys(props.errors).length > 0,
    content: (
      <StepPage after={after}>
        <Island id={island.id} component={island.component} props={props} />
      </StepPage>
    ),
    entry: island.entry,
    authority,
    back:
      props.step === first && props.returnTo === undefined
        ? { href: authority.path }
        : { form: { action: props.action, fields: carried(props), name: 'nav', value: 'back' } },
  };
}

export function complaintStepView(
  authority: AuthorityView,
  props: Omit<ComplaintStepProps, 'action'>,
): PageSpec {
  const action = journeyPath(authority, 'complaint');
  const easyRead =
    props.step === 'who' ? (
      <p className="govuk-body govuk-!-margin-top-6">
        <a className="govuk-link" href={`${action}/easy-read`}>
          Easy read: how to tell us what is wrong
        </a>
      </p>
    ) : undefined;
  return stepView(
    authority,
    complaintJourney,
    complaintContent,
    { id: complaintStepIslandId, component: ComplaintStep, entry: 'complain' },
    { ...props, action },
    easyRead,
  );
}

export function complimentStepView(
  authority: AuthorityView,
  props: Omit<ComplimentStepProps, 'action'>,
): PageSpec {
  return stepView(
    authority,
    complimentJourney,
    complimentContent,
    { id: complimentStepIslandId, component: ComplimentStep, entry: 'compliment' },
    { ...props, action: journeyPath(authority, 'compliment') },
  );
}

export function commentStepView(
  authority: AuthorityView,
  props: Omit<CommentStepProps, 'action' | 'complainPath'>,
): PageSpec {
  return stepView(
    authority,
    commentJourney,
    commentContent,
    { id: commentStepIslandId, component: CommentStep, entry: 'comment' },
    {
      ...props,
      action: journeyPath(authority, 'comment'),
      complainPath: journeyPath(authority, 'complaint'),
    },
  );
}

export interface CheckForm<F extends string> {
  values: Values<F>;
  idempotencyKey: string;
  formError?: string | undefined;
  /** The lookup id of the saved journey this one carries on from. */
  draft?: string | undefined;
}

function checkView<F extends string>(
  authority: AuthorityView,
  journeyId: JourneyId,
  journey: Journey<F>,
  content: JourneyContent<Values<F>>,
  form: CheckForm<F>,
): PageSpec {
  const action = journeyPath(authority, journeyId);
  const hidden = {
    ...form.values,
    idempotencyKey: form.idempotencyKey,
    step: checkStepId,
    ...(form.draft === undefined ? {} : { draft: form.draft }),
  };
  const asked = new Set(applicableSteps(journey, form.values).map((s) => s.id));
  return {
    title: checkAnswersTitle,
    hasErrors: form.formError !== undefined,
    content: (
      <CheckAnswersPage
        caption={content.caption}
        action={action}
        rows={content.rows(form.values, asked)}
        hidden={hidden}
        sendLines={content.sendLines}
        sendText={content.sendText}
        formError={form.formError}
        saveText={saveButtonText}
      />
    ),
    authority,
    back: { form: { action, fields: hidden, name: 'nav', value: 'back' } },
  };
}

export const complaintCheckView = (a: AuthorityView, form: CheckForm<keyof ComplaintValues>) =>
  checkView(a, 'complaint', complaintJourney, complaintContent, form);
export const complimentCheckView = (a: AuthorityView, form: CheckForm<keyof ComplimentValues>) =>
  checkView(a, 'compliment', complimentJourney, complimentContent, form);
export const commentCheckView = (a: AuthorityView, form: CheckForm<keyof CommentValues>) =>
  checkView(a, 'comment', commentJourney, commentContent, form);

export function complaintSentView(
  authority: AuthorityView,
  sent: Pick<ComplaintSentPageProps, 'reference' | 'trackingCode' | 'replyByText' | 'advocate'>,
): PageSpec {
  return {
    title: complaintSentTitle,
    content: (
      <ComplaintSentPage
        {...sent}
        trackPath={`${authority.path}/track`}
        startPath={authority.path}
      />
    ),
    authority,
  };
}

export function thankYouSentView(authority: AuthorityView): PageSpec {
  return {
    title: thankYouSentTitle,
    content: <ThankYouSentPage startPath={authority.path} />,
    authority,
  };
}

export function messageSentView(authority: AuthorityView, replyByText: string | null): PageSpec {
  return {
    title: messageSentTitle,
    content: <MessageSentPage replyByText={replyByText} startPath={authority.path} />,
    authority,
  };
}

const sentWords: Record<JourneyId, string> = {
  complaint: 'complaint',
  compliment: 'thank you',
  comment: 'message',
};

export function sentGoneView(authority: AuthorityView, journey: JourneyId): PageSpec {
  return {
    title: sentGoneTitle,
    content: (
      <SentGonePage
        what={sentWords[journey]}
        startPath={authority.path}
        trackPath={journey === 'complaint' ? `${authority.path}/track` : undefined}
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
        easyReadPath={`${authority.path}/track/easy-read`}
        signInPath={`${authority.path}/sign-in`}
        {...form}
      />
    ),
    entry: 'track',
    authority,
    back: { href: authority.path },
  };
}

export function trackStatusView(
  authority: AuthorityView,
  complaint: TrackStatusPageProps['complaint'],
  codes: TrackStatusPageProps['codes'],
): PageSpec {
  return {
    title: 'Your complaint',
    content: (
      <TrackStatusPage
        complaint={complaint}
        codes={codes}
        letterAction={`${authority.path}/track/letter`}
        nextStageAction={`${authority.path}/track/next-stage`}
        trackPath={`${authority.path}/track`}
        startPath={authority.path}
      />
    ),
    authority,
  };
}

export function nextStageView(
  authority: AuthorityView,
  props: Omit<NextStagePageProps, 'action' | 'startPath'>,
): PageSpec {
  return {
    title: nextStageTitle(props.to),
    content: (
      <NextStagePage
        {...props}
        action={`${authority.path}/track/next-stage`}
        startPath={authority.path}
      />
    ),
    authority,
  };
}

export function nextStageSentView(authority: AuthorityView, stageName: string): PageSpec {
  return {
    title: nextStageSentTitle,
    content: <NextStageSentPage stageName={stageName} trackPath={`${authority.path}/track`} />,
    authority,
  };
}

/** Where a saved journey is opened again with its code. */
export const comeBackPath = (authority: AuthorityView) => `${authority.path}/come-back`;

export function savedView(
  authority: AuthorityView,
  journey: JourneyId,
  props: Pick<SavedPageProps, 'returnCode' | 'expiresOnText' | 'email' | 'emailError'>,
): PageSpec {
  return {
    title: savedTitle,
    hasErrors: props.emailError !== undefined,
    content: (
      <SavedPage
        {...props}
        comeBackPath={comeBackPath(authority)}
        emailAction={`${journeyPath(authority, journey)}/saved/email`}
        startPath={authority.path}
      />
    ),
    authority,
  };
}

export function savedGoneView(authority: AuthorityView): PageSpec {
  return {
    title: savedGoneTitle,
    content: <SavedGonePage comeBackPath={comeBackPath(authority)} startPath={authority.path} />,
    authority,
  };
}

export function codeEmailedView(authority: AuthorityView, alreadySent: boolean): PageSpec {
  return {
    title: alreadySent ? codeEmailedBeforeTitle : codeEmailedTitle,
    content: (
      <CodeEmailedPage
        alreadySent={alreadySent}
        comeBackPath={comeBackPath(authority)}
        startPath={authority.path}
      />
    ),
    authority,
  };
}

export function comeBackView(
  authority: AuthorityView,
  form: { returnCode: string; error?: string | undefined },
): PageSpec {
  return {
    title: comeBackTitle,
    hasErrors: form.error !== undefined,
    content: (
      <ComeBackPage
        action={comeBackPath(authority)}
        example="7KQM-4X2P-9HDT"
        returnCode={form.returnCode}
        error={form.error}
      />
    ),
    authority,
    back: { href: authority.path },
  };
}

export function draftDeletedView(authority: AuthorityView): PageSpec {
  return {
    title: draftDeletedTitle,
    content: <DraftDeletedPage startPath={authority.path} />,
    authority,
  };
}
