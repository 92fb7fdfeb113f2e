import { ref } from 'vue';
import { runMutation } from '../graphql/client';
import { LOGIN } from '../graphql/operations';
import { t } from '../i18n';
import type { AsyncState } from './async-state';
import { trackedRunner } from './async-state';
import { useLanguage } from './useLanguage';
import { useSession } from './useSession';

export function useLogin() {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);
  const { signIn } = useSession();
  const { adoptAccountLanguage } = useLanguage();

  async function submit(email: string, password: string): Promise<boolean> {
    if (!email.trim() || !password) {
      error.value = t('login.missingFields');
      state.value = 'error';
      return false;
    }
    return run(
      () => runMutation(LOGIN, { email: email.trim(), password }),
      (data) => {
        signIn(data.login);
        void adoptAccountLanguage(data.login.user.language);
      },
    );
  }

  return { state, error, submit };
}
