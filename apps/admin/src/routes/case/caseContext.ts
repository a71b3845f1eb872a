import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate, useOutletContext } from 'react-router';
import { useTRPC, type RouterOutputs } from '../../trpc';

export type ComplaintCase = RouterOutputs['complaints']['get'];

export interface CaseOutletContext {
  complaintCase: ComplaintCase;
  /** `/a/WBC/complaints/<id>`: the case page. */
  casePath: string;
}

/** The complaint a page under `/a/:authorityCode/complaints/:complaintId` is about. */
export function useCase(): CaseOutletContext {
  return useOutletContext<CaseOutletContext>();
}

/** What the case page says after a step has been saved. */
export interface CaseFlash {
  title: string;
  /** Things allowed but to be seen (a late request, a recently employed Independent Person). */
  warnings: string[];
}

export function flashOf(state: unknown): CaseFlash | null {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  const flash = state.flash;
  if (typeof flash !== 'object' || flash === null) return null;
  const title = 'title' in flash && typeof flash.title === 'string' ? flash.title : null;
  const warnings =
    'warnings' in flash && Array.isArray(flash.warnings)
      ? flash.warnings.filter((w): w is string => typeof w === 'string')
      : [];
  return title === null ? null : { title, warnings };
}

/**
 * After something on the case has changed: fetch the case afresh (and mark the lists and counts
 * stale), then go back to the case page with a confirmation. The fresh case is in hand before the
 * page shows, so it never shows what was true before the change.
 */
export function useReturnToCase(casePath: string): (flash: CaseFlash) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (flash: CaseFlash) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.complaints.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.workload.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
      ]);
      await navigate(casePath, { state: { flash } });
    },
    [queryClient, trpc, navigate, casePath],
  );
}
