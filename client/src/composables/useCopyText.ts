import { onScopeDispose, ref } from 'vue';
import type { AsyncState } from './async-state';

/** How long "Copied" stays on the button. */
const CONFIRM_MS = 2500;

/**
 * Copies text to the clipboard: the Clipboard API where the page may use it, else a hidden
 * text area and the older copy command (plain http on a non-local address has no Clipboard API).
 */
export function useCopyText() {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function copy(text: string): Promise<boolean> {
    clearTimeout(timer);
    error.value = null;
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
      else if (!legacyCopy(text)) throw new Error('no copy command');
      state.value = 'done';
      timer = setTimeout(() => (state.value = 'idle'), CONFIRM_MS);
      return true;
    } catch {
      error.value = 'The browser did not allow copying. Select the text and copy it with Ctrl+C (⌘C on a Mac).';
      state.value = 'error';
      return false;
    }
  }

  onScopeDispose(() => clearTimeout(timer));
  return { state, error, copy };
}

function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
