import { z } from 'zod';
import {
  action,
  actionInput,
  history,
  historyInput,
  manualAgendaInput,
  meeting,
  memberOneToOnes,
  oneToOnesSchemas as s,
  overview,
  scheduleInput,
  seriesInput,
} from '../../domains/one-to-ones';
import { meetingReminder, series, standingInput, standingItem, standingRestoreInput, standingUpdateInput } from '../../domains/one-to-one-series';
import { byId, id } from '../../domains/common';
import { command, noInput, query, type ChannelDef } from '../define';

/** Channels of the oneToOnes domain (`oneToOnes:verb`). */
export const oneToOnesContract = {
  'oneToOnes:overview': query(noInput, overview),
  'oneToOnes:forMember': query(s.memberInput, memberOneToOnes),
  'oneToOnes:history': query(historyInput, history),
  'oneToOnes:get': query(byId, meeting),
  'oneToOnes:schedule': command(scheduleInput, meeting),
  'oneToOnes:update': command(s.updateInput, meeting),
  'oneToOnes:setStatus': command(s.statusInput, meeting),
  'oneToOnes:saveNotes': command(s.notesInput, meeting),
  'oneToOnes:scheduleNext': command(byId, meeting),
  'oneToOnes:acceptSuggestion': command(s.suggestionInput, meeting),
  'oneToOnes:acceptAllSuggestions': command(s.meetingIdInput, meeting),
  'oneToOnes:dismissSuggestion': command(s.suggestionInput, meeting),
  'oneToOnes:restoreSuggestion': command(s.suggestionInput, meeting),
  'oneToOnes:addAgendaItem': command(manualAgendaInput, meeting),
  'oneToOnes:removeAgendaItem': command(byId, meeting),
  /** An agenda topic not covered at a held meeting is suggested first at the next one. */
  'oneToOnes:setAgendaCovered': command(z.object({ id, covered: z.boolean() }).strict(), meeting),
  'oneToOnes:reorderAgenda': command(s.reorderInput, meeting),
  'oneToOnes:addAction': command(actionInput, meeting),
  'oneToOnes:setActionDone': command(s.actionDoneInput, action),
  'oneToOnes:deleteAction': command(byId, action),
  'oneToOnes:exportIcs': query(byId, s.exportedFile),
  'oneToOnes:exportSharedNotes': query(s.exportNotesInput, s.exportedFile),
  /** A .docx for the member: agenda (standing items, carried topics), open actions, the last meeting's shared notes. */
  'oneToOnes:exportPrepSheet': query(byId, s.exportedFile),
  /** Meetings starting within the reminder lead time, each taken once (desktop: also an OS notification). */
  'oneToOnes:takeReminders': command(noInput, z.array(meetingReminder)),
  /** Standing agenda items: copied onto every meeting of the member still to happen, until removed. */
  'oneToOnes:addStanding': command(standingInput, standingItem),
  'oneToOnes:updateStanding': command(standingUpdateInput, standingItem),
  'oneToOnes:removeStanding': command(byId, standingItem),
  /** Undo of a removal: the same id, and on each meeting still to happen the place it had on the agenda. */
  'oneToOnes:restoreStanding': command(standingRestoreInput, standingItem),
  /** A series of regular one-to-ones; creating one schedules its first meeting. */
  'oneToOnes:createSeries': command(seriesInput, meeting),
  'oneToOnes:updateSeries': command(s.seriesUpdateInput, series),
  'oneToOnes:cancelSeries': command(byId, series),
  /** The whole series as one recurring event (RRULE, stable UID, SEQUENCE). */
  'oneToOnes:exportSeriesIcs': query(byId, s.exportedFile),
} satisfies Record<string, ChannelDef>;

