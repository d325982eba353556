import type { ChannelDef } from '../define';

/** Channels of the agreements domain (`agreements:verb`). */
export const agreementsContract = {} satisfies Record<string, ChannelDef>;
