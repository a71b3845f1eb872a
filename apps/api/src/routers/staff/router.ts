import { listStaffOfAuthority } from '@heard/db';
import { abilities } from '../../permissions.js';
import { authorityProcedure, router } from '../../trpc.js';

export const staffRouter = router({
  /** The people of an authority with their roles, for choosing a responder or an investigator. */
  list: authorityProcedure(abilities.listStaff).query(({ ctx }) =>
    listStaffOfAuthority(ctx.db, ctx.authorityId),
  ),
});
