/**
 * The portal's calls to the API for signed-in visitors (docs/decisions/0011), server to server.
 * The session token from the visitor's cookie travels in each call's input; the browser never
 * calls the API.
 */
import type { AppRouter } from '@heard/api/router';
import { portalTrpcClient, type ApiTarget } from './api.js';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Inputs = inferRouterInputs<AppRouter>['portal'];
type Outputs = inferRouterOutputs<AppRouter>['portal'];

export type PortalSessionInfo = NonNullable<Outputs['session']>;
export type SignedInComplaint = Outputs['myComplaint'];

export function createSignedInApi(api: ApiTarget, clientIp: string) {
  const client = portalTrpcClient(api, clientIp);
  const p = client.portal;
  return {
    requestSignInLink: (input: Inputs['requestSignInLink']) => p.requestSignInLink.mutate(input),
    signIn: (input: Inputs['signIn']) => p.signIn.mutate(input),
    session: (sessionToken: string) => p.session.query({ sessionToken }),
    extendSession: (sessionToken: string) => p.extendSession.mutate({ sessionToken }),
    signOut: (sessionToken: string) => p.signOut.mutate({ sessionToken }),
    myComplaints: (sessionToken: string) => p.myComplaints.query({ sessionToken }),
    myComplaint: (sessionToken: string, reference: string) =>
      p.myComplaint.query({ sessionToken, reference }),
    myLetter: (sessionToken: string, reference: string) =>
      p.myLetter.query({ sessionToken, reference }),
    myNextStage: (input: Inputs['myNextStage']) => p.myNextStage.mutate(input),
    advocateProfile: (sessionToken: string) => p.advocateProfile.query({ sessionToken }),
    advocateReferrals: (sessionToken: string) => p.advocateReferrals.query({ sessionToken }),
    supportReferral: (sessionToken: string, complaintId: string) =>
      p.supportReferral.mutate({ sessionToken, complaintId }),
    advocateCases: (sessionToken: string) => p.advocateCases.query({ sessionToken }),
    referCase: (input: Inputs['referCase']) => p.referCase.mutate(input),
  };
}
export type SignedInApi = ReturnType<typeof createSignedInApi>;
