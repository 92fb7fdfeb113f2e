import { ref } from 'vue';
import { runQuery } from '../graphql/client';
import { AUDIT_EVENTS, type AuditEvent, type AuditFilter } from '../graphql/team-operations';
import { MESSAGES } from '../utils/errors';
import { auditCsvUrl } from '../utils/team';
import { trackedRunner, type AsyncState } from './async-state';
import { currentToken, useSession } from './useSession';

const PAGE = 100;

/** The Audit page (ADMIN): the trail with filters, page by page, and its CSV export. */
export function useAudit() {
  const events = ref<AuditEvent[]>([]);
  const total = ref(0);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const exportState = ref<AsyncState>('idle');
  const exportError = ref<string | null>(null);
  const run = trackedRunner(state, error);
  let filter: AuditFilter = {};

  function load(next: AuditFilter): Promise<boolean> {
    filter = next;
    return run(
      () => runQuery(AUDIT_EVENTS, { filter, limit: PAGE, offset: 0 }),
      (data) => {
        events.value = data.auditEvents.events;
        total.value = data.auditEvents.total;
      },
    );
  }

  function more(): Promise<boolean> {
    return run(
      () => runQuery(AUDIT_EVENTS, { filter, limit: PAGE, offset: events.value.length }),
      (data) => {
        events.value = [...events.value, ...data.auditEvents.events];
        total.value = data.auditEvents.total;
      },
    );
  }

  /** The export needs the bearer token, which a plain link cannot send: fetched, then saved. */
  async function exportCsv(): Promise<void> {
    exportState.value = 'loading';
    exportError.value = null;
    try {
      const token = currentToken();
      const response = await fetch(auditCsvUrl(filter), { headers: token ? { Authorization: `Bearer ${token}` } : {} }).catch(() => {
        throw new Error(MESSAGES.network);
      });
      if (response.status === 401) useSession().expire(MESSAGES.unauthenticated);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? MESSAGES.unknown);
      }
      const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `audit-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      exportState.value = 'done';
    } catch (caught) {
      exportError.value = caught instanceof Error ? caught.message : String(caught);
      exportState.value = 'error';
    }
  }

  return { events, total, state, error, exportState, exportError, load, more, exportCsv };
}
