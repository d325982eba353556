import type { ChannelDef } from '../define';

/** Channels of the registration domain (`registration:verb`). */
export const registrationContract = {} satisfies Record<string, ChannelDef>;
