import type { PackAcceptInput, PackFileInput } from '../../../../shared/domains/member-pack';
import type { AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { parseWorkbookSheets } from '../../lib/parse-off-thread';
import { createMemberPackService } from './service';

export function memberPackModule(ctx: AppContext): DomainModule {
  const packs = createMemberPackService(ctx);
  // Returned packs are read in the import worker: bounded, off the main thread; nothing is written before the read ends.
  const sheetsOf = (input: PackFileInput) => parseWorkbookSheets(input.content);
  return {
    domain: 'memberPack',
    handlers: {
      'memberPack:export': asyncHandler(async ({ memberId }: { memberId: number }) => packs.exportPack(memberId)),
      'memberPack:preview': asyncHandler(async (input: PackFileInput) => packs.preview(input.memberId, await sheetsOf(input))),
      'memberPack:accept': asyncHandler(async (input: PackAcceptInput) => packs.accept(input, await sheetsOf(input))),
      'memberPack:selfVsManager': ({ memberId }) => packs.selfVsManager(memberId),
      'memberPack:setManagerView': ({ assessmentId, skillId, level }) => packs.setManagerView(assessmentId, skillId, level),
    },
  };
}
