import { ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import { CHANGE_PASSWORD, MY_ACCOUNT, SIGN_OUT, SIGN_OUT_EVERYWHERE, type TeamUser } from '../graphql/team-operations';
import { t } from '../i18n';
import { trackedRunner, type AsyncState } from './async-state';
import { useSession } from './useSession';

/** Checks the form can catch before asking the server (which applies the real rules). */
export function newPasswordProblem(newPassword: string, repeated: string): string | null {
  if (!newPassword) return t('password.enterNew');
  if (newPassword !== repeated) return t('password.notSame');
  return null;
}

/** The signed-in person's own account: details, password, signing out (the language: useLanguage). */
export function useAccount() {
  const session = useSession();
  const me = ref<TeamUser | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const passwordState = ref<AsyncState>('idle');
  const passwordError = ref<string | null>(null);
  const load = trackedRunner(state, error);
  const runPassword = trackedRunner(passwordState, passwordError);

  const reload = () =>
    load(
      () => runQuery(MY_ACCOUNT, {}),
      (data) => (me.value = data.me),
    );

  async function changePassword(currentPassword: string, newPassword: string, repeated: string): Promise<boolean> {
    const problem = newPasswordProblem(newPassword, repeated);
    if (problem) {
      passwordError.value = problem;
      passwordState.value = 'error';
      return false;
    }
    return runPassword(
      () => runMutation(CHANGE_PASSWORD, { currentPassword, newPassword }),
      () => session.passwordChanged(),
    );
  }

  /** Ends this session on the server too, so the token cannot be used again. */
  async function signOut(): Promise<void> {
    await runMutation(SIGN_OUT, {}).catch(() => undefined);
    session.signOut();
  }

  async function signOutEverywhere(): Promise<void> {
    await runMutation(SIGN_OUT_EVERYWHERE, {}).catch(() => undefined);
    session.signOut(t('errors.signedOutEverywhere'));
  }

  return {
    me,
    state,
    error,
    reload,
    passwordState,
    passwordError,
    changePassword,
    signOut,
    signOutEverywhere,
  };
}
