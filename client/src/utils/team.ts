import type { AuditAction } from '../gql/graphql';
import type { AuditFilter, RolePermission } from '../graphql/team-operations';
import type { Role } from '../graphql/types';
import { t, translatedLabels } from '../i18n';
import { intlLocale } from '../i18n/locale';
import { formatDate } from './format';

export const ROLES: readonly Role[] = ['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'];

/** The audit actions the filter offers (the server's own AuditAction values). */
export const AUDIT_ACTION_VALUES = [
  'IMPORT',
  'APPEND',
  'TRAIN',
  'ACTIVATE_MODEL',
  'EDIT_COLUMN',
  'EDIT_DATASET_SETTINGS',
  'SEGMENT',
  'EDIT_BRIEF',
  'EXPORT_AUDIENCE',
  'EXPORT_MEMBERS',
  'SCORE_LIST',
  'DELETE_DATASET',
  'CREATE_USER',
  'UPDATE_USER',
  'RESET_PASSWORD',
  'CHANGE_PASSWORD',
  'SIGN_OUT_EVERYWHERE',
] as const;

/** Each audit action in words, in the active language ("Imported a file"). */
export const AUDIT_ACTION_LABELS = translatedLabels('audit.action', AUDIT_ACTION_VALUES);

/** The audit actions the filter offers, with their words. */
export const AUDIT_ACTIONS: readonly { value: string; readonly label: string }[] = AUDIT_ACTION_VALUES.map((value) => ({
  value,
  get label() {
    return AUDIT_ACTION_LABELS[value];
  },
}));

/** A catalogue text when the catalogue has the key, else the server's own words (an action or object type added later). */
function catalogueOr(key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

/** An audit entry's action in the active language (the server's label for an action the client does not know). */
export function auditActionLabel(event: { action: string; actionLabel: string }): string {
  return catalogueOr(`audit.action.${event.action}`, event.actionLabel);
}

/** An audit entry's kind of object ("dataset", "conjunto de datos"). */
export function auditObjectType(type: string): string {
  return catalogueOr(`audit.object.${type}`, type);
}

/** A permission of the roles table in the active language (the server's label for one the client does not know). */
export function permissionLabel(permission: { key: string; label: string }): string {
  return catalogueOr(`users.permission.${permission.key}`, permission.label);
}

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
    label: permissionLabel(p),
    allowed: Object.fromEntries(ROLES.map((role) => [role, p.roles.includes(role)])) as Record<Role, boolean>,
  }));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "never", "just now", "5 minutes ago", "1 hour ago", "3 days ago", else the date; in the active language. */
export function timeAgo(iso: string | null, now: number = Date.now()): string {
  if (!iso) return t('users.never');
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return t('users.never');
  const elapsed = Math.max(0, now - then);
  const ago = (n: number, unit: Intl.RelativeTimeFormatUnit) =>
    new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'always' }).format(-n, unit);
  if (elapsed < MINUTE) return t('format.justNow');
  if (elapsed < HOUR) return ago(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return ago(Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 30 * DAY) return ago(Math.floor(elapsed / DAY), 'day');
  return formatDate(new Date(then));
}

/** A person's status in words for the Users page. */
export function userStatus(user: { disabled: boolean; mustChangePassword: boolean }): {
  label: string;
  tone: 'success' | 'warn' | 'danger';
} {
  if (user.disabled) return { label: t('users.status.disabled'), tone: 'danger' };
  if (user.mustChangePassword) return { label: t('users.status.waiting'), tone: 'warn' };
  return { label: t('users.status.active'), tone: 'success' };
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
