import { z } from 'zod';
import { draft, draftKeyInput, draftSaveInput } from '../../domains/drafts';
import { command, query, type ChannelDef } from '../define';

/** Drafts of free text, saved as it is typed (`drafts:verb`). */
export const draftsContract = {
  'drafts:get': query(draftKeyInput, draft.nullable()),
  'drafts:save': command(draftSaveInput, draft),
  'drafts:discard': command(draftKeyInput, z.object({ discarded: z.boolean() })),
} satisfies Record<string, ChannelDef>;
