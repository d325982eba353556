import { z } from 'zod';
import {
  agreementDetail,
  agreementsSchemas as s,
  agreementSummary,
  logEntryInput,
  logEntryRestoreInput,
  logEntryUpdateInput,
  otjEntryInput,
  reviewRecordInput,
  reviewSignInput,
  template,
  visitInput,
  visitRestoreInput,
  visitUpdateInput,
} from '../../domains/agreements';
import { byId } from '../../domains/common';
import { command, noInput, query, type ChannelDef } from '../define';

/** Channels of the agreements domain (`agreements:verb`). */
export const agreementsContract = {
  'agreements:list': query(s.listInput, z.array(agreementSummary)),
  'agreements:get': query(byId, agreementDetail),
  'agreements:create': command(s.createInput, agreementDetail),
  'agreements:updateDraft': command(s.updateDraftInput, agreementDetail),
  'agreements:markReady': command(s.versionInput, agreementDetail),
  'agreements:backToDraft': command(s.backToDraftInput, agreementDetail),
  'agreements:newVersion': command(s.agreementInput, agreementDetail),
  'agreements:sign': command(s.signInput, agreementDetail),
  'agreements:export': query(s.exportInput, s.exportedFile),
  'agreements:addOtj': command(otjEntryInput, agreementDetail),
  'agreements:deleteOtj': command(byId, agreementDetail),
  'agreements:recordReview': command(reviewRecordInput, agreementDetail),
  'agreements:signReview': command(reviewSignInput, agreementDetail),
  'agreements:addLogEntry': command(logEntryInput, agreementDetail),
  'agreements:reviewLogEntry': command(byId, agreementDetail),
  'agreements:updateLogEntry': command(logEntryUpdateInput, agreementDetail),
  'agreements:deleteLogEntry': command(byId, agreementDetail),
  'agreements:restoreLogEntry': command(logEntryRestoreInput, agreementDetail),
  'agreements:addVisit': command(visitInput, agreementDetail),
  'agreements:updateVisit': command(visitUpdateInput, agreementDetail),
  'agreements:deleteVisit': command(byId, agreementDetail),
  'agreements:restoreVisit': command(visitRestoreInput, agreementDetail),
  'agreements:templates': query(noInput, z.array(template)),
  'agreements:saveTemplate': command(s.templateInput, template),
  'agreements:resetTemplate': command(s.schemeInput, template),
  'agreements:settings': query(noInput, s.settings),
} satisfies Record<string, ChannelDef>;
