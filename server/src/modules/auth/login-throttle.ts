import { appError } from '../phrasing/user-errors.js';
import type { AppError } from '../../common/errors.js';
import { createHash } from 'node:crypto';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Failed sign-ins allowed per account, and per address (an office shares one), within the window. */
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
const WINDOW_SECONDS = 15 * 60;

export interface LoginThrottleOptions {
  /** A database server: counts are kept in `login_attempts`, so every process sees them. Else in memory (PGlite is one process). */
  dataSource?: DataSource;
}

/**
 * Throttles sign-in per account and per client address with rate-limiter-flexible: after
 * ACCOUNT_FAILURES failed attempts on one account (or ADDRESS_FAILURES from one address)
 * within 15 minutes, further attempts are refused until the window ends, the right password
 * included. A successful sign-in clears the account's count.
 */
export class LoginThrottle {
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;

  constructor(options: LoginThrottleOptions = {}) {
    const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const opts: IRateLimiterOptions = { keyPrefix, points, duration: WINDOW_SECONDS };
      if (!options.dataSource) return new RateLimiterMemory(opts);
      return new RateLimiterPostgres({
        ...opts,
        storeClient: options.dataSource,
        storeType: 'typeorm',
        tableName: 'login_attempts',
        tableCreated: true, // by a migration
        clearExpiredByTimeout: true,
        // While the database is unreachable the count goes on in memory rather than letting every attempt through.
        insuranceLimiter: new RateLimiterMemory(opts),
      });
    };
    this.account = make('account', ACCOUNT_FAILURES);
    this.address = make('address', ADDRESS_FAILURES);
  }

  /** Throws TOO_MANY_REQUESTS when the account or the address has used up its attempts. */
  async check(email: string, ip: string | undefined): Promise<void> {
    const [byAccount, byAddress] = await Promise.all([this.account.get(accountKey(email)), ip ? this.address.get(ip) : null]);
    const waits = [
      byAccount && byAccount.consumedPoints >= ACCOUNT_FAILURES ? byAccount.msBeforeNext : 0,
      byAddress && byAddress.consumedPoints >= ADDRESS_FAILURES ? byAddress.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw tooManyAttempts(wait);
  }

  async failed(email: string, ip: string | undefined): Promise<void> {
    // Over the limit the library rejects with the counter's state: that is what we want counted, not an error.
    const count = (limiter: RateLimiterAbstract, key: string) =>
      limiter.consume(key).catch((res: RateLimiterRes | Error) => (res instanceof Error ? Promise.reject(res) : res));
    await Promise.all([count(this.account, accountKey(email)), ip ? count(this.address, ip) : null]);
  }

  async succeeded(email: string): Promise<void> {
    await this.account.delete(accountKey(email));
  }
}

/** Emails can be long and are personal: the key is a digest (the table's key is varchar(255)). */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

export function tooManyAttempts(msBeforeNext: number): AppError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return appError('TOO_MANY_REQUESTS', 'error.throttle', { minutes });
}
