import type { RouteObject } from 'react-router';
import { CasesPage } from './CasesPage';
import { ImportPage } from './ImportPage';
import { ReportsPage } from './ReportsPage';

/** `/a/:authorityCode/reports/...`: the annual report, the complaints behind its figures, imports. */
export const reportsRoutes: RouteObject = {
  path: 'reports',
  children: [
    { index: true, element: <ReportsPage /> },
    { path: 'cases', element: <CasesPage /> },
    { path: 'import', element: <ImportPage /> },
  ],
};
