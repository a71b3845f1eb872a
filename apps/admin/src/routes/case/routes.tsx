import type { RouteObject } from 'react-router';
import { LogComplaintPage } from '../LogComplaintPage';
import { ActionPage } from './ActionPage';
import { AssignPage } from './AssignPage';
import { AttachmentPage } from './AttachmentPage';
import { AuditPage } from './AuditPage';
import { CaseLayout } from './CaseLayout';
import { CasePage } from './CasePage';
import { NotePage } from './NotePage';
import { TriagePage } from './TriagePage';

/**
 * The pages of complaints under `/a/:authorityCode/`: logging one, and each case with a page per
 * action, so that every form has its own address (for the keyboard, the Back button and tests).
 */
export const complaintRoutes: RouteObject[] = [
  { path: 'complaints/new', element: <LogComplaintPage /> },
  {
    path: 'complaints/:complaintId',
    element: <CaseLayout />,
    children: [
      { index: true, element: <CasePage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'triage', element: <TriagePage /> },
      { path: 'actions/:eventType', element: <ActionPage /> },
      { path: 'notes/new', element: <NotePage /> },
      { path: 'attachments/new', element: <AttachmentPage /> },
      { path: 'assign', element: <AssignPage /> },
    ],
  },
];
