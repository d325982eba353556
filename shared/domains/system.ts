import { z } from 'zod';



export const chooseStartInput = z.object({ mode: z.enum(['empty', 'sample']) }).strict();

export const backupInfo = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  /** What the copy holds, so a restore can be confirmed knowingly; null when it cannot be read. */
  memberCount: z.number().int().nullable(),
});

export const startupNotice = z.object({
  kind: z.enum(['damaged-database']),
  message: z.string(),
  movedTo: z.string(),
  newestBackup: backupInfo.nullable(),
});
export type StartupNotice = z.infer<typeof startupNotice>;

export const restoreInput = z
  .object({ fileName: z.string().regex(/^workbench-\d{8}T\d{6}Z(?:-\d+)?\.sqlite$/, 'must be the name of a backup file') })
  .strict();
export type BackupInfo = z.infer<typeof backupInfo>;

export const appStatus = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  databaseFile: z.string(),
  memberCount: z.number().int(),
  /** True until the manager has chosen "Start empty" or "Explore with a sample team". */
  needsOnboarding: z.boolean(),
  today: z.string(),
  transport: z.enum(['electron', 'web']),
  notice: startupNotice.nullable(),
  /** The store is encrypted with a passphrase (optional: older callers leave it out). */
  encrypted: z.boolean().optional(),
  /** Encrypted and not yet unlocked: every channel but status and unlock is refused. */
  locked: z.boolean().optional(),
});
export type AppStatus = z.infer<typeof appStatus>;

export const MIN_PASSPHRASE_LENGTH = 10;
export const LOCKED_MESSAGE = 'The workbench is locked: enter your passphrase to unlock it.';

const newPassphrase = z.string().min(MIN_PASSPHRASE_LENGTH, `must be at least ${MIN_PASSPHRASE_LENGTH} characters`).max(1000, 'must be at most 1000 characters');
const givenPassphrase = z.string().min(1, 'is required').max(1000, 'must be at most 1000 characters');
const confirmed = <T extends { passphrase: string; confirm: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.passphrase !== v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'must match the new passphrase' });
};

export const unlockInput = z.object({ passphrase: givenPassphrase }).strict();
export const encryptInput = z.object({ passphrase: newPassphrase, confirm: z.string() }).strict().superRefine(confirmed);
export type EncryptInput = z.infer<typeof encryptInput>;
export const changePassphraseInput = z
  .object({ current: givenPassphrase, passphrase: newPassphrase, confirm: z.string() })
  .strict()
  .superRefine(confirmed);
export type ChangePassphraseInput = z.infer<typeof changePassphraseInput>;
export const decryptInput = z.object({ passphrase: givenPassphrase }).strict();
