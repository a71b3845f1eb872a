/** The whole API. Clients import only `type AppRouter` from here, never the code. */
import { auditRouter } from './routers/audit/router.js';
import { authRouter } from './routers/auth/router.js';
import { complaintsRouter } from './routers/complaints/router.js';
import { portalRouter } from './routers/portal/router.js';
import { staffRouter } from './routers/staff/router.js';
import { workloadRouter } from './routers/workload/router.js';
import { commentsRouter } from './routers/comments/router.js';
import { complimentsRouter } from './routers/compliments/router.js';
import { enquiriesRouter } from './routers/enquiries/router.js';
import { learningRouter } from './routers/learning/router.js';
import { ombudsmanRouter } from './routers/ombudsman/router.js';
import { reportsRouter } from './routers/reports/router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  portal: portalRouter,
  complaints: complaintsRouter,
  workload: workloadRouter,
  audit: auditRouter,
  staff: staffRouter,
  compliments: complimentsRouter,
  comments: commentsRouter,
  enquiries: enquiriesRouter,
  ombudsman: ombudsmanRouter,
  learning: learningRouter,
  reports: reportsRouter,
});

export type AppRouter = typeof appRouter;
