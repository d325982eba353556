import type { ChannelDef } from '../define';

/** Channels of the recognition domain (`recognition:verb`). */
export const recognitionContract = {} satisfies Record<string, ChannelDef>;
