import { describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURES, LoginThrottle, tooManyAttempts } from '../../../../server/src/modules/auth/login-throttle.js';

describe('LoginThrottle (in memory, as on PGlite)', () => {
  it('lets ACCOUNT_FAILURES failures through, then refuses the account until a success clears it', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      await throttle.check('A@x.test', '10.0.0.1');
      await throttle.failed('a@x.test ', '10.0.0.1');
    }
    await expect(throttle.check('a@x.test', '10.0.0.9')).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many attempts. Try again in 15 minutes.',
    });
    await throttle.succeeded('a@x.test');
    await expect(throttle.check('a@x.test', '10.0.0.9')).resolves.toBeUndefined();
  });

  it('words the wait for one minute and rounds up', () => {
    expect(tooManyAttempts(30_000).message).toBe('Too many attempts. Try again in 1 minute.');
    expect(tooManyAttempts(61_000).message).toBe('Too many attempts. Try again in 2 minutes.');
  });
});
