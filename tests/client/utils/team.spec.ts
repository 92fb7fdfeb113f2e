import { describe, expect, it } from 'vitest';
import { newPasswordProblem } from '../../../client/src/composables/useAccount';
import { auditCsvUrl, auditFilter, roleTable, timeAgo, userStatus } from '../../../client/src/utils/team';

describe('team utilities', () => {
  it('turns the permissions into a roles table with every role per row', () => {
    const rows = roleTable([
      { key: 'import', label: 'Import files', roles: ['IMPORTER', 'ADMIN'] },
      { key: 'later', label: 'Something added later', roles: ['ADMIN'] },
    ]);
    // A permission the catalogue knows reads in the active language; one it does not know keeps the server's words.
    expect(rows).toEqual([
      {
        key: 'import',
        label: 'Import new customer files and append customers',
        allowed: { VIEWER: false, ANALYST: false, IMPORTER: true, ADMIN: true },
      },
      { key: 'later', label: 'Something added later', allowed: { VIEWER: false, ANALYST: false, IMPORTER: false, ADMIN: true } },
    ]);
  });

  it('says how long ago, with correct plurals', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(timeAgo(null, now)).toBe('never');
    expect(timeAgo('2026-03-10T11:59:30Z', now)).toBe('just now');
    expect(timeAgo('2026-03-10T11:59:00Z', now)).toBe('1 minute ago');
    expect(timeAgo('2026-03-10T11:15:00Z', now)).toBe('45 minutes ago');
    expect(timeAgo('2026-03-10T11:00:00Z', now)).toBe('1 hour ago');
    expect(timeAgo('2026-03-08T12:00:00Z', now)).toBe('2 days ago');
    expect(timeAgo('2025-12-01T12:00:00Z', now)).toBe('1 December 2025');
  });

  it('names a person’s status', () => {
    expect(userStatus({ disabled: true, mustChangePassword: true }).label).toBe('Disabled');
    expect(userStatus({ disabled: false, mustChangePassword: true }).label).toBe('Waiting for a new password');
    expect(userStatus({ disabled: false, mustChangePassword: false })).toEqual({ label: 'Active', tone: 'success' });
  });

  it('builds the audit filter from whole days, the end day included, and the CSV address from it', () => {
    const filter = auditFilter({ action: 'IMPORT', actorId: '', fromDay: '2026-03-01', toDay: '2026-03-02' });
    expect(filter.action).toBe('IMPORT');
    expect(filter.actorId).toBeNull();
    expect(Date.parse(filter.to!) - Date.parse(filter.from!)).toBe(2 * 86_400_000);
    expect(auditFilter({ action: '', actorId: '', fromDay: 'soon', toDay: '' })).toEqual({
      action: null,
      actorId: null,
      from: null,
      to: null,
    });
    expect(auditCsvUrl({ action: 'IMPORT', actorId: null })).toBe('/api/audit.csv?action=IMPORT');
    expect(auditCsvUrl({})).toBe('/api/audit.csv');
  });

  it('catches a mistyped repeat before asking the server', () => {
    expect(newPasswordProblem('', '')).toBe('Enter a new password.');
    expect(newPasswordProblem('copper-lantern-42', 'copper-lantern-24')).toBe('The two new passwords are not the same.');
    expect(newPasswordProblem('copper-lantern-42', 'copper-lantern-42')).toBeNull();
  });
});
