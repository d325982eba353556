import { z } from 'zod';
import { appStatus, backupInfo, chooseStartInput, restoreInput } from '../../domains/system';
import { command, noInput, query, type ChannelDef } from '../define';

export const systemContract = {
  'system:status': query(noInput, appStatus),
  'system:chooseStart': command(chooseStartInput, appStatus),
  'system:listBackups': query(noInput, z.array(backupInfo)),
  'system:backupNow': command(noInput, backupInfo),
  'system:restoreBackup': command(restoreInput, appStatus),
  'system:dismissNotice': command(noInput, appStatus),
} satisfies Record<string, ChannelDef>;
