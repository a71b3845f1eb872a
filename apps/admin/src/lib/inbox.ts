/**
 * The inbox's workload views and filters, kept in the address (`?view=overdue&stage=2`) so that a
 * view can be bookmarked, shared with a colleague and reached with the Back button.
 */
import { parsePage } from './pagination';

export const workloadViews = [
  { id: 'untriaged', label: 'Untriaged' },
  { id: 'due_this_week', label: 'Due this week' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'on_hold', label: 'On hold' },
  { id: 'awaiting_escalation', label: 'Awaiting escalation decision' },
  { id: 'open', label: 'All open' },
  { id: 'all', label: 'All' },
] as const;

export type WorkloadViewId = (typeof workloadViews)[number]['id'];
export type WorkloadView = (typeof workloadViews)[number];

/** The view shown when the address names none: the work still to do. */
export const defaultView: WorkloadViewId = 'open';

export interface InboxFilters {
  view: WorkloadViewId;
  stage: 1 | 2 | 3 | undefined;
  team: string | undefined;
  assignee: string | undefined;
  page: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isView(value: string | null): value is WorkloadViewId {
  return workloadViews.some((view) => view.id === value);
}

/** What the address asks for. Anything the API would refuse is left out rather than sent. */
export function parseInboxSearch(params: URLSearchParams): InboxFilters {
  const view = params.get('view');
  const stage = params.get('stage');
  const team = params.get('team')?.trim().slice(0, 200);
  const assignee = params.get('assignee');
  return {
    view: isView(view) ? view : defaultView,
    stage: stage === '1' ? 1 : stage === '2' ? 2 : stage === '3' ? 3 : undefined,
    team: team === undefined || team === '' ? undefined : team,
    assignee: assignee !== null && uuidPattern.test(assignee) ? assignee : undefined,
    page: parsePage(params.get('page')),
  };
}

/** The address's query for some filters: defaults and empty values are left out. */
export function inboxSearch(filters: Partial<InboxFilters>): string {
  const params = new URLSearchParams();
  if (filters.view !== undefined && filters.view !== defaultView) params.set('view', filters.view);
  if (filters.stage !== undefined) params.set('stage', String(filters.stage));
  if (filters.team !== undefined && filters.team !== '') params.set('team', filters.team);
  if (filters.assignee !== undefined) params.set('assignee', filters.assignee);
  if (filters.page !== undefined && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether any filter beyond the view is applied. */
export function isFiltered(filters: InboxFilters): boolean {
  return (
    filters.stage !== undefined || filters.team !== undefined || filters.assignee !== undefined
  );
}

export function viewOf(id: WorkloadViewId): WorkloadView {
  return workloadViews.find((view) => view.id === id) ?? workloadViews[5];
}

/** What an empty view says. */
export function emptyViewText(view: WorkloadViewId, filtered: boolean): string {
  const suffix = filtered ? ' with these filters' : '';
  switch (view) {
    case 'untriaged':
      return `Every complaint has been triaged${suffix}.`;
    case 'due_this_week':
      return `Nothing is due this week${suffix}.`;
    case 'overdue':
      return `Nothing is overdue${suffix}.`;
    case 'on_hold':
      return `No complaints are on hold${suffix}.`;
    case 'awaiting_escalation':
      return `No complaints are waiting for the complainant to decide${suffix}.`;
    case 'open':
      return `There are no open complaints${suffix}.`;
    case 'all':
      return `There are no complaints${suffix}.`;
  }
}
