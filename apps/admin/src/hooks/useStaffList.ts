import { useQuery } from '@tanstack/react-query';
import { useAuthority } from '../context';
import type { StaffPerson } from '../lib/people';
import { listsStaff } from '../lib/roles';
import { useTRPC } from '../trpc';

/**
 * The council's staff, for choosing people. Asked for only by those whose role may read the list;
 * for anyone else it is empty and never requested.
 */
export function useStaffList(wanted = true): {
  staff: StaffPerson[];
  loading: boolean;
  failed: boolean;
} {
  const trpc = useTRPC();
  const authority = useAuthority();
  const enabled = wanted && listsStaff(authority.roles);
  const query = useQuery({
    ...trpc.staff.list.queryOptions({ authorityId: authority.id }),
    enabled,
    staleTime: 5 * 60_000,
  });
  return {
    staff: query.data ?? [],
    loading: enabled && query.isPending,
    failed: enabled && query.isError,
  };
}
