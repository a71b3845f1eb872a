import { createContext, useContext } from 'react';
import type { RouterOutputs } from './trpc';

export type SignedInStaff = NonNullable<RouterOutputs['auth']['me']>;
export type ServedAuthority = SignedInStaff['authorities'][number];

export const StaffContext = createContext<SignedInStaff | null>(null);
export const AuthorityContext = createContext<ServedAuthority | null>(null);

/** The signed-in member of staff; only inside the routes that require signing in. */
export function useStaff(): SignedInStaff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff is used outside the signed-in routes');
  return staff;
}

/** The council named in the address (`/a/:authorityCode/...`), one the staff member serves. */
export function useAuthority(): ServedAuthority {
  const authority = useContext(AuthorityContext);
  if (!authority) throw new Error('useAuthority is used outside an authority route');
  return authority;
}
