import { z } from 'zod';
import { appStatus, backupInfo, chooseStartInput } from '../../domains/system';
import { command, noInput, query, type ChannelDef } from '../define';

export const systemContract = {
  'system:status': query(noInput, appStatus),
  'system:chooseStart': command(chooseStartInput, appStatus),
  'system:listBackups': query(noInput, z.array(backupInfo)),
} satisfies Record<string, ChannelDef>;
