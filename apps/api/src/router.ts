/** The whole API. Clients import only `type AppRouter` from here, never the code. */
import { authRouter } from './routers/auth/router.js';
import { complaintsRouter } from './routers/complaints/router.js';
import { portalRouter } from './routers/portal/router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  portal: portalRouter,
  complaints: complaintsRouter,
});

export type AppRouter = typeof appRouter;
