import { nowIso, type AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { meetingIcs, sharedNotesFile } from './export';
import { createHistoryRepo } from './history-repo';
import { createOneToOnesService } from './service';

export function oneToOnesModule(ctx: AppContext): DomainModule {
  const s = createOneToOnesService(ctx);
  const past = createHistoryRepo(ctx.db);
  return {
    domain: 'oneToOnes',
    handlers: {
      'oneToOnes:overview': () => s.overview(),
      'oneToOnes:forMember': ({ memberId }) => s.forMember(memberId),
      'oneToOnes:history': (input) => past.history(input, nowIso(ctx)),
      'oneToOnes:get': ({ id }) => s.get(id),
      'oneToOnes:schedule': ({ memberId, ...input }) => s.schedule(memberId, input),
      'oneToOnes:update': ({ id, changes }) => s.update(id, changes),
      'oneToOnes:setStatus': ({ id, status }) => s.setStatus(id, status),
      'oneToOnes:saveNotes': ({ id, privateNotes, sharedNotes }) => s.saveNotes(id, privateNotes, sharedNotes),
      'oneToOnes:scheduleNext': ({ id }) => s.scheduleNext(id),
      'oneToOnes:acceptSuggestion': ({ meetingId, key }) => s.acceptSuggestion(meetingId, key),
      'oneToOnes:acceptAllSuggestions': ({ meetingId }) => s.acceptAllSuggestions(meetingId),
      'oneToOnes:dismissSuggestion': ({ meetingId, key }) => s.dismissSuggestion(meetingId, key),
      'oneToOnes:restoreSuggestion': ({ meetingId, key }) => s.restoreSuggestion(meetingId, key),
      'oneToOnes:addAgendaItem': (input) => s.addAgendaItem(input),
      'oneToOnes:removeAgendaItem': ({ id }) => s.removeAgendaItem(id),
      'oneToOnes:setAgendaCovered': ({ id, covered }) => s.setAgendaCovered(id, covered),
      'oneToOnes:reorderAgenda': ({ meetingId, itemIds }) => s.reorderAgenda(meetingId, itemIds),
      'oneToOnes:addAction': (input) => s.addAction(input),
      'oneToOnes:setActionDone': ({ id, done }) => s.setActionDone(id, done),
      'oneToOnes:deleteAction': ({ id }) => s.deleteAction(id),
      'oneToOnes:exportIcs': ({ id }) => meetingIcs(s.get(id), ctx.clock().getTime()),
      // Reads only; the document is built after the one read, outside any transaction.
      'oneToOnes:exportSharedNotes': asyncHandler(async ({ id, format }: { id: number; format: 'docx' | 'pdf' }) =>
        sharedNotesFile(s.get(id), format),
      ),
    },
  };
}
