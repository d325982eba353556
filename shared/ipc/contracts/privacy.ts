import { byId } from '../../domains/common';
import { eraseInput, erasureResult, retentionInput, retentionReview, subjectAccessInput, subjectAccessPack } from '../../domains/privacy';
import { command, noInput, query, type ChannelDef } from '../define';

export const privacyContract = {
  'privacy:subjectAccess': query(subjectAccessInput, subjectAccessPack),
  'privacy:erase': command(eraseInput, erasureResult),
  'privacy:retention': query(noInput, retentionReview),
  'privacy:setRetentionYears': command(retentionInput, retentionReview),
  'privacy:summary': query(byId, subjectAccessPack.pick({ tables: true, rows: true, withheldPrivateNotes: true })),
} satisfies Record<string, ChannelDef>;
