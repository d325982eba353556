import { nowIso, type AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { meetingIcs, prepSheetFile, seriesIcs, sharedNotesFile } from './export';
import { createHistoryRepo } from './history-repo';
import { createSeriesService } from './series-service';
import { createOneToOnesService } from './service';
import { createTeamRepo } from '../team/repo';

export function oneToOnesModule(ctx: AppContext): DomainModule {
  const s = createOneToOnesService(ctx);
  const past = createHistoryRepo(ctx.db);
  const carryOn = createSeriesService(ctx, s);
  const team = createTeamRepo(ctx.db);
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
      'oneToOnes:takeReminders': () => {
        const reminders = s.takeReminders();
        // Desktop: one OS notification per meeting; the browser shows the returned reminders itself.
        for (const r of reminders) ctx.notify?.(r.title, r.body);
        return reminders;
      },
      'oneToOnes:addStanding': ({ memberId, title, detail }) => carryOn.addStanding(memberId, title, detail),
      'oneToOnes:updateStanding': ({ id, title, detail }) => carryOn.updateStanding(id, title, detail),
      'oneToOnes:removeStanding': ({ id }) => carryOn.removeStanding(id),
      'oneToOnes:restoreStanding': (input) => carryOn.restoreStanding(input),
      'oneToOnes:createSeries': ({ memberId, ...changes }) => carryOn.createSeries(memberId, changes),
      'oneToOnes:updateSeries': ({ id, changes }) => carryOn.updateSeries(id, changes),
      'oneToOnes:cancelSeries': ({ id }) => carryOn.cancelSeries(id),
      'oneToOnes:exportSeriesIcs': ({ id }) => {
        const series = carryOn.requireSeries(id);
        const name = team.get(series.memberId)?.name ?? 'Team member';
        return seriesIcs(series, name, s.seriesRepo.standingOf(series.memberId), ctx.clock().getTime(), s.seriesRepo.meetingsOf(series.id));
      },
      'oneToOnes:exportIcs': ({ id }) => meetingIcs(s.get(id), ctx.clock().getTime()),
      // Reads only, as below: one read, then the document is built outside any transaction.
      'oneToOnes:exportPrepSheet': asyncHandler(async ({ id }: { id: number }) => prepSheetFile(s.prepSheet(id))),
      // Reads only; the document is built after the one read, outside any transaction.
      'oneToOnes:exportSharedNotes': asyncHandler(async ({ id, format }: { id: number; format: 'docx' | 'pdf' }) =>
        sharedNotesFile(s.get(id), format),
      ),
    },
  };
}
