import { dictionary } from '@zxcvbn-ts/language-common';
import type { KeyedMessage } from '../phrasing/user-errors.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The ~49,000 most common passwords from leaks (the zxcvbn-ts common list), lower-cased.
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/** Why a password may not be used, in words a person acts on; null when it is fine. */
export function passwordProblem(password: string, email: string): KeyedMessage | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { key: 'error.password.short', params: { min: MIN_PASSWORD_LENGTH } };
  if (password.length > MAX_PASSWORD_LENGTH) return { key: 'error.password.long', params: { max: MAX_PASSWORD_LENGTH } };
  const lower = password.trim().toLowerCase();
  const normalizedEmail = email.trim().toLowerCase();
  if (lower === normalizedEmail || lower === normalizedEmail.split('@')[0]) return { key: 'error.password.email' };
  if (commonPasswords().has(lower)) return { key: 'error.password.common' };
  if (new Set(lower).size === 1) return { key: 'error.password.repeated' };
  return null;
}
