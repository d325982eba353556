import { z } from 'zod';

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
});
export type AppStatus = z.infer<typeof appStatus>;

export const chooseStartInput = z.object({ mode: z.enum(['empty', 'sample']) }).strict();

export const backupInfo = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
});
export type BackupInfo = z.infer<typeof backupInfo>;
