import type { ChannelDef } from '../define';

/** Channels of the skills domain (`skills:verb`). */
export const skillsContract = {} satisfies Record<string, ChannelDef>;
