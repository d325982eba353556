import { byId } from '../../domains/common';
import {
  eraseInput,
  erasureResult,
  erasureStatus,
  mentionsOutput,
  retentionInput,
  retentionReview,
  sarCompleteInput,
  sarExtendInput,
  sarList,
  sarMentionInput,
  sarRecordInput,
  sarReleaseInput,
  sarReview,
  sarWithholdInput,
  subjectAccessInput,
  subjectAccessPack,
  subjectAccessRequest,
} from '../../domains/privacy';
import { command, noInput, query, type ChannelDef } from '../define';

export const privacyContract = {
  'privacy:subjectAccess': query(subjectAccessInput, subjectAccessPack),
  /** Mentions of a person (whole words) in other people's records, for review before erasure. */
  'privacy:mentions': query(byId, mentionsOutput),
  'privacy:erase': command(eraseInput, erasureResult),
  'privacy:erasureStatus': query(noInput, erasureStatus),
  'privacy:retention': query(noInput, retentionReview),
  'privacy:setRetentionYears': command(retentionInput, retentionReview),
  'privacy:summary': query(byId, subjectAccessPack.pick({ tables: true, rows: true, withheldPrivateNotes: true })),
  /** Subject access requests for one member (by member id). */
  'privacy:requests': query(byId, sarList),
  'privacy:recordRequest': command(sarRecordInput, subjectAccessRequest),
  'privacy:extendRequest': command(sarExtendInput, subjectAccessRequest),
  'privacy:completeRequest': command(sarCompleteInput, subjectAccessRequest),
  'privacy:deleteRequest': command(byId, sarList),
  /** Everything the manager reviews for one request: private notes to include or withhold, mentions to include. */
  'privacy:requestReview': query(byId, sarReview),
  'privacy:withhold': command(sarWithholdInput, sarReview),
  'privacy:release': command(sarReleaseInput, sarReview),
  'privacy:decideMention': command(sarMentionInput, sarReview),
} satisfies Record<string, ChannelDef>;
