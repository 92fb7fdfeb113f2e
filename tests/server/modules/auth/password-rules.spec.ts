import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem as keyedProblem } from '../../../../server/src/modules/auth/password-rules.js';
import { say } from '../../../../server/src/modules/phrasing/user-errors.js';

/** The refusal as the person reads it (English); null when the password is accepted. */
const passwordProblem = (password: string, email: string): string | null => {
  const problem = keyedProblem(password, email);
  return problem && say(problem);
};

describe('password rules', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('violet-harbour-1987', 'ana@example.com')).toBeNull();
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(passwordProblem('Sh0rt!pw', 'ana@example.com')).toBe('A password needs at least 10 characters.');
  });

  it('refuses the email address or its name part, in any case', () => {
    expect(passwordProblem('Ana.Lopez@Example.com', 'ana.lopez@example.com')).toBe('A password cannot be your email address.');
    expect(passwordProblem('ana.lopez1', 'ana.lopez1@example.com')).toBe('A password cannot be your email address.');
  });

  it('refuses the most common passwords, whatever their case', () => {
    for (const common of ['1234567890', 'qwertyuiop', 'Password123', 'iloveyou123']) {
      expect(passwordProblem(common, 'ana@example.com'), common).toMatch(/most common ones/);
    }
  });

  it('refuses one character repeated', () => {
    expect(passwordProblem('zzzzzzzzzzzzzzz', 'ana@example.com')).toBe('A password cannot be one character repeated.');
  });
});
