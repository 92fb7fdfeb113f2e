import { describe, expect, it } from 'vitest';
import { may, PERMISSIONS, rolesFor } from '../../../../server/src/modules/auth/permissions.js';
import { Role } from '../../../../server/src/modules/auth/role.js';

describe('role permissions (the one table the server checks and the client shows)', () => {
  it('gives ADMIN everything', () => {
    for (const p of PERMISSIONS) expect(may(Role.ADMIN, p.key), p.key).toBe(true);
  });

  it('makes IMPORTER = VIEWER + imports + retrains: no columns, no featured model, no segments', () => {
    expect(may(Role.IMPORTER, 'import')).toBe(true);
    expect(may(Role.IMPORTER, 'train')).toBe(true);
    expect(may(Role.IMPORTER, 'editColumns')).toBe(false);
    expect(may(Role.IMPORTER, 'activateModel')).toBe(false);
    expect(may(Role.IMPORTER, 'segment')).toBe(false);
  });

  it('makes ANALYST = VIEWER + analysis, without imports or user management', () => {
    expect(['train', 'activateModel', 'editColumns', 'segment'].every((p) => may(Role.ANALYST, p as never))).toBe(true);
    expect(may(Role.ANALYST, 'import')).toBe(false);
    expect(may(Role.ANALYST, 'manageUsers')).toBe(false);
  });

  it('lets VIEWER only read', () => {
    expect(PERMISSIONS.filter((p) => may(Role.VIEWER, p.key)).map((p) => p.key)).toEqual(['read']);
    expect(rolesFor('readAudit')).toEqual([Role.ADMIN]);
  });
});
