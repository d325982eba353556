import { z } from 'zod';
import { exportedFile } from '../../domains/common';
import {
  managerViewInput,
  packAcceptInput,
  packAcceptResult,
  packExportInput,
  packFileInput,
  packPreview,
  selfVsManager,
} from '../../domains/member-pack';
import { command, query, type ChannelDef } from '../define';

/** Channels of the member pack (`memberPack:verb`): send a workbook to a member, read it back. */
export const memberPackContract = {
  /** A command: it records the pack it sends, so the returned file can be matched. */
  'memberPack:export': command(packExportInput, exportedFile),
  'memberPack:preview': query(packFileInput, packPreview),
  'memberPack:accept': command(packAcceptInput, packAcceptResult),
  /** The member's latest self-assessment beside the manager's view; null before the first one. */
  'memberPack:selfVsManager': query(packExportInput, selfVsManager.nullable()),
  'memberPack:setManagerView': command(managerViewInput, z.object({ skillId: z.number().int(), level: z.number().int().nullable() })),
} satisfies Record<string, ChannelDef>;
