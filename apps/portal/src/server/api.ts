/**
 * The portal's calls to the API, server to server. The browser never talks to the API: it only
 * ever posts forms to the portal.
 */
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@heard/api/router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type PortalInputs = inferRouterInputs<AppRouter>['portal'];
type PortalOutputs = inferRouterOutputs<AppRouter>['portal'];

export type Authority = PortalOutputs['authorities'][number];
export type SubmitComplaintInput = PortalInputs['submitComplaint'];
export type SubmittedComplaint = PortalOutputs['submitComplaint'];
export type SubmitComplimentInput = PortalInputs['submitCompliment'];
export type SubmitCommentInput = PortalInputs['submitComment'];
export type SubmittedComment = PortalOutputs['submitComment'];
export type TrackInput = PortalInputs['track'];
export type TrackedComplaint = PortalOutputs['track'];
export type RequestNextStageInput = PortalInputs['requestNextStage'];
export type RequestedNextStage = PortalOutputs['requestNextStage'];
export type Letter = PortalOutputs['letter'];

export interface PortalApi {
  authorities(): Promise<Authority[]>;
  submitComplaint(input: SubmitComplaintInput): Promise<SubmittedComplaint>;
  submitCompliment(input: SubmitComplimentInput): Promise<unknown>;
  submitComment(input: SubmitCommentInput): Promise<SubmittedComment>;
  track(input: TrackInput): Promise<TrackedComplaint>;
  requestNextStage(input: RequestNextStageInput): Promise<RequestedNextStage>;
  letter(input: TrackInput): Promise<Letter>;
}

/** Where the API is and the secret that proves the portal is calling (the API's PORTAL_API_SECRET). */
export interface ApiTarget {
  url: string;
  secret: string;
}

/**
 * An API client for one visitor's request. Only the portal may call `portal.*`: it proves that
 * with the shared secret. The API limits by the visitor's address, so the portal passes it on.
 */
export function portalTrpcClient(api: ApiTarget, clientIp: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${api.url}/trpc`,
        headers: {
          'x-heard-client': 'portal',
          'x-heard-portal-secret': api.secret,
          'x-heard-visitor-address': clientIp,
        },
      }),
    ],
  });
}

export function createPortalApi(api: ApiTarget, clientIp: string): PortalApi {
  const client = portalTrpcClient(api, clientIp);
  return {
    authorities: () => client.portal.authorities.query(),
    submitComplaint: (input) => client.portal.submitComplaint.mutate(input),
    submitCompliment: (input) => client.portal.submitCompliment.mutate(input),
    submitComment: (input) => client.portal.submitComment.mutate(input),
    track: (input) => client.portal.track.query(input),
    requestNextStage: (input) => client.portal.requestNextStage.mutate(input),
    letter: (input) => client.portal.letter.query(input),
  };
}

/** The kinds of refusal the portal puts into its own words. */
export type ApiRefusal =
  | { kind: 'bad-request'; fieldErrors: Record<string, string[]> }
  | { kind: 'not-found'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'too-many-requests' };

/** What an API error means for the visitor, or undefined when the API failed or could not be reached. */
export function describeApiError(error: unknown): ApiRefusal | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data = (error as TRPCClientError<AppRouter>).data;
  switch (data?.code) {
    case 'BAD_REQUEST':
      return { kind: 'bad-request', fieldErrors: cleanFieldErrors(data.fieldErrors) };
    case 'NOT_FOUND':
      return { kind: 'not-found', message: error.message };
    case 'CONFLICT':
      return { kind: 'conflict', message: error.message };
    case 'TOO_MANY_REQUESTS':
      return { kind: 'too-many-requests' };
    default:
      return undefined;
  }
}

function cleanFieldErrors(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null) return {};
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages))
      out[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return out;
}

/** The councils served, fetched at most once a minute: they change rarely and every page needs them. */
export function createAuthorityDirectory(fetchAll: () => Promise<Authority[]>, ttlMs = 60_000) {
  let cached: { at: number; authorities: Authority[] } | undefined;
  async function list(now = Date.now()): Promise<Authority[]> {
    if (cached !== undefined && now - cached.at < ttlMs) return cached.authorities;
    const authorities = await fetchAll();
    cached = { at: now, authorities };
    return authorities;
  }
  return {
    list,
    /** The council whose code this is, in any letter case. */
    async find(code: string): Promise<Authority | undefined> {
      const wanted = code.toUpperCase();
      return (await list()).find((a) => a.code.toUpperCase() === wanted);
    },
  };
}
export type AuthorityDirectory = ReturnType<typeof createAuthorityDirectory>;

/** How a council's code appears in the portal's addresses: lower case, like /wsc/complain. */
export function authorityPath(authority: Authority): string {
  return `/${encodeURIComponent(authority.code.toLowerCase())}`;
}
