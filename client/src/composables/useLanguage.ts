import { readonly, ref } from 'vue';
import { runMutation } from '../graphql/client';
import { UPDATE_ME, type Language } from '../graphql/team-operations';
import { setLocale } from '../i18n';
import { activeLocale, languageOfLocale, localeOfLanguage, type AppLocale } from '../i18n/locale';
import { trackedRunner, type AsyncState } from './async-state';

/**
 * The language the client speaks, and the account's remembered one (User.language, set with
 * updateMe). Before sign-in: the language last used in this browser, else the browser's own
 * (navigator.languages), else English; a choice on the login page is saved to the account
 * at sign-in. After sign-in: the account's language.
 */
const state = ref<AsyncState>('idle');
const error = ref<string | null>(null);
const run = trackedRunner(state, error);
/** Bumped on every switch: the layout re-mounts the open page, which asks the server again for its texts in the new language. */
const reloadKey = ref(0);
let pickedBeforeSignIn: AppLocale | null = null;

function switchTo(locale: AppLocale): void {
  if (locale === activeLocale.value) return;
  setLocale(locale);
  reloadKey.value += 1;
}

/** A language picked on the login page: shown at once, saved to the account at sign-in. */
function pickBeforeSignIn(locale: AppLocale): void {
  pickedBeforeSignIn = locale;
  switchTo(locale);
}

/** Right after sign-in: the account's language, or the one just picked on the login page saved to the account. */
async function adoptAccountLanguage(language: string | null | undefined): Promise<void> {
  const picked = pickedBeforeSignIn;
  pickedBeforeSignIn = null;
  if (!picked) {
    if (language) switchTo(localeOfLanguage(language));
    return;
  }
  if (languageOfLocale(picked) === language) return;
  // Not being able to save it only means the next sign-in starts in the old language.
  await runMutation(UPDATE_ME, { language: languageOfLocale(picked) }).catch(() => undefined);
}

/** My account: saves the language to the account and switches the client to it. */
function saveLanguage(language: Language): Promise<boolean> {
  return run(
    () => runMutation(UPDATE_ME, { language }),
    (data) => switchTo(localeOfLanguage(data.updateMe.language)),
  );
}

export function useLanguage() {
  return {
    locale: readonly(activeLocale),
    state: readonly(state),
    error: readonly(error),
    reloadKey: readonly(reloadKey),
    pickBeforeSignIn,
    adoptAccountLanguage,
    saveLanguage,
  };
}
