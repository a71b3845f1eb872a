import type { RouteObject } from 'react-router';
import { CommentNewPage, CommentPage, CommentsPage } from './CommentsPages';
import { ComplimentNewPage, ComplimentPage, ComplimentsPage } from './ComplimentsPages';
import { EnquiriesPage, EnquiryNewPage, EnquiryPage } from './EnquiriesPages';
import { LearningActionPage, LearningNewPage, LearningPage } from './LearningPages';
import { OmbudsmanCasePage, OmbudsmanCasesPage, OmbudsmanNewPage } from './OmbudsmanPages';
import { RecordsHomePage } from './RecordsHomePage';

/** `/a/:authorityCode/records/...`: compliments, comments, enquiries, Ombudsman cases, learning. */
export const recordsRoutes: RouteObject = {
  path: 'records',
  children: [
    { index: true, element: <RecordsHomePage /> },
    { path: 'compliments', element: <ComplimentsPage /> },
    { path: 'compliments/new', element: <ComplimentNewPage /> },
    { path: 'compliments/:complimentId', element: <ComplimentPage /> },
    { path: 'comments', element: <CommentsPage /> },
    { path: 'comments/new', element: <CommentNewPage /> },
    { path: 'comments/:commentId', element: <CommentPage /> },
    { path: 'enquiries', element: <EnquiriesPage /> },
    { path: 'enquiries/new', element: <EnquiryNewPage /> },
    { path: 'enquiries/:enquiryId', element: <EnquiryPage /> },
    { path: 'ombudsman', element: <OmbudsmanCasesPage /> },
    { path: 'ombudsman/new', element: <OmbudsmanNewPage /> },
    { path: 'ombudsman/:caseId', element: <OmbudsmanCasePage /> },
    { path: 'learning', element: <LearningPage /> },
    { path: 'learning/new', element: <LearningNewPage /> },
    { path: 'learning/:actionId', element: <LearningActionPage /> },
  ],
};
