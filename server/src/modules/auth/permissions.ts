import { Role } from './role.js';

/**
 * What each role may do: the one table the server checks (`@Authorized(...rolesFor(p))`,
 * routes with `may`) and the client shows on the Users page (query `rolePermissions`, each permission
 * described by the catalogue's `permission.label`).
 * VIEWER reads; ANALYST analyses; IMPORTER = VIEWER + imports + retrains; ADMIN does everything.
 */
export const PERMISSIONS = [
  {
    key: 'read',
    roles: [Role.VIEWER, Role.ANALYST, Role.IMPORTER, Role.ADMIN],
  },
  { key: 'import', roles: [Role.IMPORTER, Role.ADMIN] },
  { key: 'scoreList', roles: [Role.ANALYST, Role.IMPORTER, Role.ADMIN] },
  { key: 'train', roles: [Role.ANALYST, Role.IMPORTER, Role.ADMIN] },
  { key: 'datasetSettings', roles: [Role.ANALYST, Role.IMPORTER, Role.ADMIN] },
  { key: 'activateModel', roles: [Role.ANALYST, Role.ADMIN] },
  { key: 'editColumns', roles: [Role.ANALYST, Role.ADMIN] },
  { key: 'segment', roles: [Role.ANALYST, Role.ADMIN] },
  { key: 'deleteDataset', roles: [Role.ADMIN] },
  { key: 'manageUsers', roles: [Role.ADMIN] },
  { key: 'readAudit', roles: [Role.ADMIN] },
] as const satisfies readonly { key: string; roles: readonly Role[] }[];

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
