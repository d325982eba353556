import type { ChannelDef } from '../define';

/** Channels of the activities domain (`activities:verb`). */
export const activitiesContract = {} satisfies Record<string, ChannelDef>;
