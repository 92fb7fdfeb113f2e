import { Role } from './role.js';

/**
 * What each role may do: the one table the server checks (`@Authorized(...rolesFor(p))`,
 * routes with `may`) and the client shows on the Users page (query `rolePermissions`).
 * VIEWER reads; ANALYST analyses; IMPORTER = VIEWER + imports + retrains; ADMIN does everything.
 */
export const PERMISSIONS = [
  {
    key: 'read',
    label: 'See datasets, models, drivers, target groups and segments; download audiences and segment lists',
    roles: [Role.VIEWER, Role.ANALYST, Role.IMPORTER, Role.ADMIN],
  },
  { key: 'import', label: 'Import new customer files and append customers', roles: [Role.IMPORTER, Role.ADMIN] },
  { key: 'scoreList', label: 'Score a fresh customer list with a model', roles: [Role.ANALYST, Role.IMPORTER, Role.ADMIN] },
  { key: 'train', label: 'Train and retrain models', roles: [Role.ANALYST, Role.IMPORTER, Role.ADMIN] },
  { key: 'datasetSettings', label: 'Change a dataset’s retrain and profit settings', roles: [Role.ANALYST, Role.IMPORTER, Role.ADMIN] },
  { key: 'activateModel', label: 'Choose the featured model', roles: [Role.ANALYST, Role.ADMIN] },
  { key: 'editColumns', label: 'Edit column names and kinds', roles: [Role.ANALYST, Role.ADMIN] },
  { key: 'segment', label: 'Segment customers and edit segment briefs', roles: [Role.ANALYST, Role.ADMIN] },
  { key: 'deleteDataset', label: 'Delete a dataset', roles: [Role.ADMIN] },
  { key: 'manageUsers', label: 'Add people, change roles, disable accounts, reset passwords', roles: [Role.ADMIN] },
  { key: 'readAudit', label: 'See and export the audit trail', roles: [Role.ADMIN] },
] as const satisfies readonly { key: string; label: string; roles: readonly Role[] }[];

export type Permission = (typeof PERMISSIONS)[number]['key'];

const byKey = new Map<string, readonly Role[]>(PERMISSIONS.map((p) => [p.key, p.roles]));

/** The roles holding a permission, for `@Authorized(...rolesFor('import'))`. */
export function rolesFor(permission: Permission): Role[] {
  return [...(byKey.get(permission) ?? [Role.ADMIN])];
}

/** Whether a role holds a permission. */
export function may(role: Role, permission: Permission): boolean {
  return rolesFor(permission).includes(role);
}
