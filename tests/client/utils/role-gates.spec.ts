import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../../../server/src/modules/auth/permissions';
import type { Role } from '../../../client/src/graphql/types';
import { canActivateModels, canTrainModels } from '../../../client/src/utils/model-summary';
import { canSegment } from '../../../client/src/utils/segment-charts';
import { canEditColumns, canImport } from '../../../client/src/utils/session';
import { ROLES } from '../../../client/src/utils/team';

/**
 * The pages hide buttons with small synchronous helpers; the server decides with the
 * permissions table. This keeps the two from drifting apart: each helper must allow exactly
 * the roles the table (the one the Users page shows) gives that permission.
 */
const GATES: [Permission, (role: Role) => boolean][] = [
  ['import', canImport],
  ['train', canTrainModels],
  ['activateModel', canActivateModels],
  ['editColumns', canEditColumns],
  ['segment', canSegment],
];

describe('client role gates follow the server’s permissions table', () => {
  for (const [permission, gate] of GATES) {
    it(permission, () => {
      const table = PERMISSIONS.find((p) => p.key === permission)!;
      expect(ROLES.filter((role) => gate(role))).toEqual(ROLES.filter((role) => (table.roles as readonly string[]).includes(role)));
    });
  }
});
