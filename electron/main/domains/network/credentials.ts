/**
 * Where the connection string (which holds the service's database password) lives.
 * Desktop: encrypted by the OS keychain through Electron's safeStorage, stored as a blob.
 * Web: never stored; held in memory for this session, or read from WORKBENCH_NETWORK_URL.
 * The string is never logged, never returned to the renderer, never put in an error.
 */
export interface CredentialVault {
  kind: 'keychain' | 'session';
  /** Encrypts for storage (keychain) or returns null (session: nothing is stored). */
  seal: (plain: string) => Buffer | null;
  open: (sealed: Buffer) => string;
}

export const ENV_URL = 'WORKBENCH_NETWORK_URL';

interface SafeStorage {
  isEncryptionAvailable: () => boolean;
  encryptString: (plain: string) => Buffer;
  decryptString: (sealed: Buffer) => string;
}

export function keychainVault(safeStorage: SafeStorage): CredentialVault {
  return {
    kind: 'keychain',
    seal: (plain) => {
      if (!safeStorage.isEncryptionAvailable()) return null; // no keychain: behave like the web version
      return safeStorage.encryptString(plain);
    },
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}

export const sessionVault: CredentialVault = {
  kind: 'session',
  seal: () => null,
  open: () => {
    throw new Error('The web version stores no credentials');
  },
};

/** The desktop app's vault; loaded lazily so the web bridge never loads Electron. */
export async function desktopVault(): Promise<CredentialVault> {
  const electron = (await import('electron')) as unknown as { safeStorage?: SafeStorage };
  return electron.safeStorage ? keychainVault(electron.safeStorage) : sessionVault;
}
