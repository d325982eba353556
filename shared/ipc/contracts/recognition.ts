import { z } from 'zod';
import { byId, exportedFile } from '../../domains/common';
import {
  cycle,
  cycleDetail,
  nomination,
  nominationInput,
  recognitionSchemas as r,
  scheme,
  schemeDetail,
  schemeInput,
  schemeSummary,
} from '../../domains/recognition';
import { award, awardInput, awardNomination, awardNominationInput, externalSchemas as x } from '../../domains/recognition-external';
import { equityReport, memberHistory, recognitionOverview } from '../../domains/recognition-reports';
import { command, noInput, query, type ChannelDef } from '../define';

/** Channels of the recognition domain (`recognition:verb`). */
export const recognitionContract = {
  'recognition:overview': query(noInput, recognitionOverview),
  'recognition:listSchemes': query(r.listSchemesInput, z.array(schemeSummary)),
  'recognition:getScheme': query(byId, schemeDetail),
  'recognition:createScheme': command(schemeInput, scheme),
  'recognition:updateScheme': command(r.updateSchemeInput, scheme),
  'recognition:archiveScheme': command(r.archiveSchemeInput, scheme),
  'recognition:openCycle': command(r.openCycleInput, cycle),
  'recognition:getCycle': query(byId, cycleDetail),
  'recognition:nominate': command(nominationInput, nomination),
  'recognition:updateNomination': command(r.updateNominationInput, nomination),
  'recognition:withdrawNomination': command(byId, z.object({ ok: z.literal(true) })),
  'recognition:closeCycle': command(r.cycleIdInput, cycle),
  'recognition:shortlist': command(r.shortlistInput, cycle),
  'recognition:vote': command(r.voteInput, cycle),
  'recognition:decide': command(r.decideInput, cycle),
  'recognition:announce': command(r.cycleIdInput, cycle),
  'recognition:recordReward': command(r.rewardInput, cycle),
  'recognition:exportCertificate': query(r.cycleIdInput, exportedFile),
  'recognition:equity': query(noInput, equityReport),
  'recognition:memberHistory': query(r.memberInput, memberHistory),
  'recognition:listAwards': query(noInput, z.array(award)),
  'recognition:createAward': command(awardInput, award),
  'recognition:updateAward': command(x.updateAwardInput, award),
  'recognition:markAwardChecked': command(x.markAwardCheckedInput, award),
  'recognition:addSuggestedAwards': command(noInput, z.object({ added: z.number().int() })),
  'recognition:deleteAward': command(byId, z.object({ ok: z.literal(true) })),
  'recognition:listAwardNominations': query(x.listAwardNominationsInput, z.array(awardNomination)),
  'recognition:createAwardNomination': command(awardNominationInput, awardNomination),
  'recognition:updateAwardNomination': command(x.updateAwardNominationInput, awardNomination),
  'recognition:deleteAwardNomination': command(byId, z.object({ ok: z.literal(true) })),
} satisfies Record<string, ChannelDef>;
