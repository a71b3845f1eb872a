/** The whole API. Clients import only `type AppRouter` from here, never the code. */
import { auditRouter } from './routers/audit/router.js';
import { authRouter } from './routers/auth/router.js';
import { complaintsRouter } from './routers/complaints/router.js';
import { portalRouter } from './routers/portal/router.js';
import { staffRouter } from './routers/staff/router.js';
import { workloadRouter } from './routers/workload/router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  portal: portalRouter,
  complaints: complaintsRouter,
  workload: workloadRouter,
  audit: auditRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
