import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './routes/AppLayout';
import { AuthorityLayout } from './routes/AuthorityLayout';
import { complaintRoutes } from './routes/case/routes';
import { HomePage } from './routes/HomePage';
import { InboxPage } from './routes/InboxPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { RequireStaff } from './routes/RequireStaff';
import { RouteErrorPage } from './routes/RouteErrorPage';
import { SignInPage } from './routes/SignInPage';
import { recordsRoutes } from './routes/records/routes';
import { reportsRoutes } from './routes/reports/routes';

function StandaloneErrorPage() {
  return (
    <div className="govuk-width-container app-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <RouteErrorPage />
      </main>
    </div>
  );
}

/**
 * The admin app's pages. Casework lives under `/a/:authorityCode/`, so the council being worked
 * on is always in the address: a link shared between colleagues opens the same council's case.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <StandaloneErrorPage />,
      children: [
        {
          // Faults inside a page show inside the layout, with the header and a way out.
          errorElement: <RouteErrorPage />,
          children: [
            { path: 'sign-in', element: <SignInPage /> },
            {
              element: <RequireStaff />,
              children: [
                { index: true, element: <HomePage /> },
                {
                  path: 'a/:authorityCode',
                  element: <AuthorityLayout />,
                  children: [
                    { index: true, element: <Navigate to="inbox" replace /> },
                    { path: 'inbox', element: <InboxPage /> },
                    ...complaintRoutes,
                    recordsRoutes,
                    reportsRoutes,
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
