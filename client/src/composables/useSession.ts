import { computed, readonly, ref } from 'vue';
import type { AuthPayload, User } from '../graphql/types';
import { t } from '../i18n';
import { MESSAGES } from '../utils/errors';
import { msUntilExpiry, parseStoredSession, SESSION_KEY, type StoredSession } from '../utils/session';

/**
 * The one session of this browser tab: token and user, kept in localStorage so a reload
 * stays signed in. Module-level state on purpose — the GraphQL client, the router guard and
 * the pages all read the same session.
 */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // private mode or blocked storage: the session lives for this page only
  }
}

const storedRaw = storage()?.getItem(SESSION_KEY) ?? null;
const session = ref<StoredSession | null>(parseStoredSession(storedRaw));
/** Why the user was sent to the login page, shown there once. */
const notice = ref<string | null>(null);
if (storedRaw && !session.value) {
  // A session was kept but has run out while the tab was closed: say so instead of a bare login.
  notice.value = t('errors.sessionExpired');
  storage()?.removeItem(SESSION_KEY);
}
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  const token = session.value?.token;
  if (!token) return;
  const wait = msUntilExpiry(token);
  // setTimeout cannot wait longer than ~24.8 days; a longer token needs no timer this tab.
  if (wait !== null && wait < 2 ** 31 - 1) expiryTimer = setTimeout(() => expire(t('errors.sessionExpired')), wait);
}

function persist(value: StoredSession | null): void {
  session.value = value;
  const store = storage();
  if (value) store?.setItem(SESSION_KEY, JSON.stringify(value));
  else store?.removeItem(SESSION_KEY);
  scheduleExpiry();
}

function signIn(payload: AuthPayload): void {
  notice.value = null;
  persist({ token: payload.token, user: payload.user, mustChangePassword: payload.mustChangePassword });
}

/** The one-time password has been replaced: the rest of the app opens. */
function passwordChanged(): void {
  if (session.value) persist({ ...session.value, mustChangePassword: false });
}

function signOut(message = t('errors.signedOut')): void {
  notice.value = message;
  persist(null);
}

/** Ends the session because the server no longer accepts it (expired or revoked token). */
function expire(message: string = MESSAGES.unauthenticated): void {
  if (!session.value) return;
  notice.value = message;
  persist(null);
}

function updateUser(user: User): void {
  if (session.value) persist({ ...session.value, user: { id: user.id, email: user.email, role: user.role } });
}

function clearNotice(): void {
  notice.value = null;
}

// Another tab signing in or out changes this tab's session too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== SESSION_KEY) return;
    session.value = parseStoredSession(event.newValue);
    scheduleExpiry();
  });
}
scheduleExpiry();

export function useSession() {
  return {
    session: readonly(session),
    token: computed(() => session.value?.token ?? null),
    user: computed(() => session.value?.user ?? null),
    role: computed(() => session.value?.user.role),
    isSignedIn: computed(() => session.value !== null),
    mustChangePassword: computed(() => session.value?.mustChangePassword === true),
    passwordChanged,
    notice: readonly(notice),
    signIn,
    signOut,
    expire,
    updateUser,
    clearNotice,
  };
}

/** The current token, for code outside components (the GraphQL client, the uploader). */
export function currentToken(): string | null {
  return session.value?.token ?? null;
}
