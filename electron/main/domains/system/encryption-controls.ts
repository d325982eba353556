import type { AppStatus } from '../../../../shared/domains/system';
import { AppError } from '../../../../shared/result';
import type { AppContext } from '../../context';

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
const NONE: EncryptionControls = {
  encrypted: () => false,
  memberCountOf: () => null,
  encrypt: unsupported,
  changePassphrase: unsupported,
  decrypt: unsupported,
};

// Keyed by context so several workbenches (tests) never share a passphrase.
const registry = new WeakMap<AppContext, EncryptionControls>();

export const registerEncryption = (ctx: AppContext, controls: EncryptionControls) => void registry.set(ctx, controls);
export const encryptionOf = (ctx: AppContext): EncryptionControls => registry.get(ctx) ?? NONE;
