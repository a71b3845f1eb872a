/** The portal's calls to the API about saved journeys, server to server (see api.ts). */
import type { AppRouter } from '@heard/api/router';
import { portalTrpcClient, type ApiTarget } from './api.js';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type PortalInputs = inferRouterInputs<AppRouter>['portal'];
type PortalOutputs = inferRouterOutputs<AppRouter>['portal'];

export type SaveDraftInput = PortalInputs['saveDraft'];
export type SavedDraft = PortalOutputs['saveDraft'];
export type DraftLookupInput = PortalInputs['resumeDraft'];
export type StoredDraft = PortalOutputs['resumeDraft'];
export type EmailDraftCodeInput = PortalInputs['emailDraftCode'];

export interface DraftsApi {
  saveDraft(input: SaveDraftInput): Promise<SavedDraft>;
  resumeDraft(input: DraftLookupInput): Promise<StoredDraft>;
  deleteDraft(input: DraftLookupInput): Promise<unknown>;
  emailDraftCode(input: EmailDraftCodeInput): Promise<{ sent: boolean }>;
}

/** An API client for one visitor's request, passing their address on as api.ts does. */
export function createDraftsApi(api: ApiTarget, clientIp: string): DraftsApi {
  const client = portalTrpcClient(api, clientIp);
  return {
    saveDraft: (input) => client.portal.saveDraft.mutate(input),
    resumeDraft: (input) => client.portal.resumeDraft.query(input),
    deleteDraft: (input) => client.portal.deleteDraft.mutate(input),
    emailDraftCode: (input) => client.portal.emailDraftCode.mutate(input),
  };
}
