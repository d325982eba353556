import { AppError } from '../../../../shared/result';

/** Wrong passphrases allowed before each further attempt must wait. */
export const FREE_ATTEMPTS = 3;
export const MAX_WAIT_SECONDS = 60;

/**
 * Slows down guessing: after three wrong passphrases each attempt must wait
 * (1 s, 2 s, 4 s … up to a minute) before it is even tried. `ticks` is a
 * monotonic millisecond counter (injected so tests do not wait).
 */
export function createUnlockGuard(ticks: () => number) {
  let failures = 0;
  let notBefore = 0;
  return {
    /** Throws a typed error, naming the field, while an attempt must still wait. */
    check(): void {
      const waitMs = notBefore - ticks();
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new AppError(
          'VALIDATION',
          `Too many wrong passphrases: wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.`,
          'passphrase',
        );
      }
    },
    failed(): void {
      failures += 1;
      if (failures >= FREE_ATTEMPTS) notBefore = ticks() + Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_ATTEMPTS)) * 1000;
    },
    succeeded(): void {
      failures = 0;
      notBefore = 0;
    },
  };
}
