import { z } from 'zod';
import {
  appStatus,
  backupInfo,
  changePassphraseInput,
  chooseStartInput,
  decryptInput,
  encryptInput,
  restoreInput,
  unlockInput,
} from '../../domains/system';
import { command, noInput, query, type ChannelDef } from '../define';

export const systemContract = {
  'system:status': query(noInput, appStatus),
  'system:chooseStart': command(chooseStartInput, appStatus),
  'system:listBackups': query(noInput, z.array(backupInfo)),
  'system:backupNow': command(noInput, backupInfo),
  'system:restoreBackup': command(restoreInput, appStatus),
  'system:dismissNotice': command(noInput, appStatus),
  'system:unlock': command(unlockInput, appStatus),
  'system:encrypt': command(encryptInput, appStatus),
  'system:changePassphrase': command(changePassphraseInput, appStatus),
  'system:decrypt': command(decryptInput, appStatus),
} satisfies Record<string, ChannelDef>;
