import { z } from 'zod';
import { attention, attentionItem, chartsData, dismissInput } from '../../domains/dashboard';
import { command, noInput, query, type ChannelDef } from '../define';

export const dashboardContract = {
  'dashboard:attention': query(noInput, attention),
  'dashboard:dismiss': command(dismissInput, attention),
  'dashboard:restoreDismissed': command(noInput, attention),
  'dashboard:charts': query(noInput, chartsData),
  /** Urgent items not yet announced; marks them announced (the desktop app also shows OS notifications). */
  'dashboard:takeAlerts': command(noInput, z.array(attentionItem)),
} satisfies Record<string, ChannelDef>;
