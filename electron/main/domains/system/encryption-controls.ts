import type { AppStatus } from '../../../../shared/domains/system';
import { AppError } from '../../../../shared/result';

/** What the system domain may ask of the app about encryption; the passphrase itself never leaves the app. */
export interface EncryptionControls {
  encrypted: () => boolean;
  /** Members in a backup file, reading an encrypted one with the passphrase held in memory. */
  memberCountOf: (file: string) => number | null;
  encrypt: (passphrase: string) => Promise<AppStatus>;
  changePassphrase: (current: string, next: string) => Promise<AppStatus>;
  decrypt: (passphrase: string) => Promise<AppStatus>;
}

const unsupported = () => Promise.reject(new AppError('UNSUPPORTED', 'This workbench cannot be encrypted.'));

/** For contexts built outside the app (migration fixtures): nothing is encrypted and nothing can be. */
export const NO_ENCRYPTION: EncryptionControls = {
  encrypted: () => false,
  memberCountOf: () => null,
  encrypt: unsupported,
  changePassphrase: unsupported,
  decrypt: unsupported,
};
