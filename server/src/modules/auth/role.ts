import { registerEnumType } from 'type-graphql';

/** VIEWER reads; ANALYST and IMPORTER each add their own powers; ADMIN may do everything. */
export enum Role {
  VIEWER = 'VIEWER',
  ANALYST = 'ANALYST',
  IMPORTER = 'IMPORTER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role' });

/**
 * Whether `role` satisfies a requirement listing the roles allowed. An empty list means
 * "any signed-in user"; VIEWER in the list also means any signed-in user.
 */
export function roleAllows(role: Role, allowed: readonly Role[]): boolean {
  if (role === Role.ADMIN || allowed.length === 0 || allowed.includes(Role.VIEWER)) return true;
  return allowed.includes(role);
}

export const isRole = (value: unknown): value is Role => Object.values(Role).includes(value as Role);
