import type { AuditAction } from '../gql/graphql';
import type { AuditFilter, RolePermission } from '../graphql/team-operations';
import type { Role } from '../graphql/types';
import { formatDate } from './format';

export const ROLES: readonly Role[] = ['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'];

/** The audit actions the filter offers, with the words the server uses for them. */
export const AUDIT_ACTIONS: readonly { value: string; label: string }[] = [
  { value: 'IMPORT', label: 'Imported a file' },
  { value: 'APPEND', label: 'Appended customers' },
  { value: 'TRAIN', label: 'Trained models' },
  { value: 'ACTIVATE_MODEL', label: 'Chose the featured model' },
  { value: 'EDIT_COLUMN', label: 'Edited a column' },
  { value: 'EDIT_DATASET_SETTINGS', label: 'Changed dataset settings' },
  { value: 'SEGMENT', label: 'Segmented customers' },
  { value: 'EDIT_BRIEF', label: 'Edited a segment brief' },
  { value: 'EXPORT_AUDIENCE', label: 'Downloaded a target-group audience' },
  { value: 'EXPORT_MEMBERS', label: 'Downloaded a segment membership list' },
  { value: 'SCORE_LIST', label: 'Scored a customer list' },
  { value: 'DELETE_DATASET', label: 'Deleted a dataset' },
  { value: 'CREATE_USER', label: 'Added a person' },
  { value: 'UPDATE_USER', label: 'Changed a person’s access' },
  { value: 'RESET_PASSWORD', label: 'Reset a password' },
  { value: 'CHANGE_PASSWORD', label: 'Changed their own password' },
  { value: 'SIGN_OUT_EVERYWHERE', label: 'Signed out everywhere' },
];

/** One row of the roles table: a permission and, per role, whether it holds it. */
export interface RoleTableRow {
  key: string;
  label: string;
  allowed: Record<Role, boolean>;
}

/** The permissions table as the Users page shows it (rows in the server's order). */
export function roleTable(permissions: readonly RolePermission[]): RoleTableRow[] {
  return permissions.map((p) => ({
    key: p.key,
    label: p.label,
    allowed: Object.fromEntries(ROLES.map((role) => [role, p.roles.includes(role)])) as Record<Role, boolean>,
  }));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "never", "just now", "5 minutes ago", "1 hour ago", "3 days ago", else the date. */
export function timeAgo(iso: string | null, now: number = Date.now()): string {
  if (!iso) return 'never';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'never';
  const elapsed = Math.max(0, now - then);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return plural(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return plural(Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 30 * DAY) return plural(Math.floor(elapsed / DAY), 'day');
  return formatDate(new Date(then));
}

/** A person's status in words for the Users page. */
export function userStatus(user: { disabled: boolean; mustChangePassword: boolean }): {
  label: string;
  tone: 'success' | 'warn' | 'danger';
} {
  if (user.disabled) return { label: 'Disabled', tone: 'danger' };
  if (user.mustChangePassword) return { label: 'Waiting for a new password', tone: 'warn' };
  return { label: 'Active', tone: 'success' };
}

/**
 * The audit filter from the page's inputs: dates (YYYY-MM-DD) cover whole days in the
 * browser's time zone; "to" includes that day.
 */
export function auditFilter(input: { action: string; actorId: string; fromDay: string; toDay: string }): AuditFilter {
  const day = (value: string, addDays = 0) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const [y, m, d] = value.split('-').map(Number);
    return new Date(y, m - 1, d + addDays).toISOString();
  };
  return {
    // The page offers only the server's own actions (AUDIT_ACTIONS), so the value is one of them.
    action: (input.action || null) as AuditAction | null,
    actorId: input.actorId || null,
    from: day(input.fromDay),
    to: day(input.toDay, 1),
  };
}

/** The CSV export's address for a filter (same names as the GraphQL filter). */
export function auditCsvUrl(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  const query = params.toString();
  return `/api/audit.csv${query ? `?${query}` : ''}`;
}
