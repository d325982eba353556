import { z } from 'zod';
import { byId, exportedFile, id } from '../../domains/common';
import {
  dashboard,
  evidenceInput,
  evidenceRestoreInput,
  evidenceUpdateInput,
  journey,
  journeyCreateInput,
  journeySummary,
  registrationRecord,
  registrationSchemas as s,
  registrationSetInput,
  registrationSettings,
  stageChangeInput,
  statementInput,
} from '../../domains/registration';
import {
  cpdEntry,
  cpdEntryInput,
  cpdListInput,
  cpdRestoreInput,
  cpdUpdateInput,
  markRevalidatedInput,
  revalidationExportInput,
  revalidationStatementInput,
  revalidationView,
} from '../../domains/registration-cpd';
import { portfolioItemInput } from '../../domains/registration-portfolio';
import { command, noInput, query, type ChannelDef } from '../define';

/** Channels of the registration domain (`registration:verb`). */
export const registrationContract = {
  'registration:dashboard': query(noInput, dashboard),
  'registration:journey': query(byId, journey),
  'registration:memberJourneys': query(s.memberInput, z.array(journeySummary)),
  'registration:createJourney': command(journeyCreateInput, journey),
  'registration:updateJourney': command(s.journeyUpdateInput, journey),
  'registration:deleteJourney': command(byId, z.object({ id })),
  'registration:changeStage': command(stageChangeInput, journey),
  'registration:saveStatement': command(statementInput, journey),
  'registration:addEvidence': command(evidenceInput, journey),
  'registration:updateEvidence': command(evidenceUpdateInput, journey),
  'registration:removeEvidence': command(byId, journey),
  'registration:restoreEvidence': command(evidenceRestoreInput, journey),
  'registration:setPortfolioItem': command(portfolioItemInput, journey),
  'registration:setRegistered': command(registrationSetInput, registrationRecord),
  'registration:removeRegistered': command(byId, z.object({ id })),
  'registration:cpdList': query(cpdListInput, z.array(cpdEntry)),
  'registration:addCpd': command(cpdEntryInput, cpdEntry),
  'registration:updateCpd': command(cpdUpdateInput, cpdEntry),
  'registration:removeCpd': command(byId, cpdEntry),
  'registration:restoreCpd': command(cpdRestoreInput, cpdEntry),
  'registration:revalidation': query(s.memberInput, revalidationView),
  'registration:saveRevalidationStatement': command(revalidationStatementInput, revalidationView),
  'registration:markRevalidated': command(markRevalidatedInput, revalidationView),
  'registration:exportRevalidation': query(revalidationExportInput, exportedFile),
  'registration:settings': query(noInput, registrationSettings),
  'registration:updateSettings': command(registrationSettings, registrationSettings),
} satisfies Record<string, ChannelDef>;
