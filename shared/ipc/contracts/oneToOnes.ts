import type { ChannelDef } from '../define';

/** Channels of the oneToOnes domain (`oneToOnes:verb`). */
export const oneToOnesContract = {} satisfies Record<string, ChannelDef>;
