import { onBeforeUnmount, onMounted } from 'vue';
import { runQuery } from '../graphql/client';
import { SESSION_CHECK } from '../graphql/team-operations';
import { useSession } from './useSession';

/** How often an open page asks whether its session still holds. */
export const SESSION_CHECK_MS = 10_000;

/**
 * Asks the server every few seconds (and when the tab comes back into view) whether this
 * session still holds: a user who was disabled, signed out everywhere or whose password was
 * changed elsewhere leaves the open page at once instead of at their next click. The GraphQL
 * client ends the session on UNAUTHENTICATED; a role change is picked up here.
 */
export function useSessionCheck() {
  const { token, user, updateUser } = useSession();
  let timer: ReturnType<typeof setInterval> | undefined;

  async function check(): Promise<void> {
    if (!token.value) return;
    try {
      const { me } = await runQuery(SESSION_CHECK, {});
      if (me && user.value && (me.role !== user.value.role || me.email !== user.value.email)) updateUser(me);
    } catch {
      // Network trouble: keep the page; the next check or request decides.
    }
  }

  const onVisible = () => {
    if (document.visibilityState === 'visible') void check();
  };

  onMounted(() => {
    timer = setInterval(() => void check(), SESSION_CHECK_MS);
    document.addEventListener('visibilitychange', onVisible);
  });
  onBeforeUnmount(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return { check };
}
