import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The ~49,000 most common passwords from leaks (the zxcvbn-ts common list), lower-cased.
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/** Why a password may not be used, in words a person acts on; null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password can have at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.trim().toLowerCase();
  const normalizedEmail = email.trim().toLowerCase();
  if (lower === normalizedEmail || lower === normalizedEmail.split('@')[0]) return 'A password cannot be your email address.';
  if (commonPasswords().has(lower)) return 'This password is one of the most common ones and easy to guess. Please choose another.';
  if (new Set(lower).size === 1) return 'A password cannot be one character repeated.';
  return null;
}
