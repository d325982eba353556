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
});
export type AppStatus = z.infer<typeof appStatus>;
