import { excerpt } from '../../../../shared/domains/recognition-rules';
import { AppError } from '../../../../shared/result';
import { todayOf, type AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { fileNamePart } from '../../lib/file-name';
import { createExternalAwardsService } from './external-service';
import { createNominationService } from './nomination-service';
import { createRecognitionReports } from './reports';
import { createRecognitionService } from './service';
import { addSuggestedAwards } from './suggested-awards';


export function recognitionModule(ctx: AppContext): DomainModule {
  const rec = createRecognitionService(ctx);
  const reports = createRecognitionReports(ctx);
  const awards = createExternalAwardsService(ctx);
  const nominations = createNominationService(ctx);

  return {
    domain: 'recognition',
    handlers: {
      'recognition:overview': () => reports.overview(),
      'recognition:listSchemes': ({ includeArchived }) => rec.listSchemes(includeArchived),
      'recognition:getScheme': ({ id }) => rec.getScheme(id),
      'recognition:createScheme': (input) => rec.createScheme(input),
      'recognition:updateScheme': ({ id, changes }) => rec.updateScheme(id, changes),
      'recognition:archiveScheme': ({ id, archived }) => rec.archiveScheme(id, archived),
      'recognition:openCycle': ({ schemeId }) => rec.openCycle(schemeId),
      'recognition:getCycle': ({ id }) => rec.getCycle(id),
      'recognition:nominate': (input) => nominations.nominate(input),
      'recognition:updateNomination': ({ id, changes }) => nominations.update(id, changes),
      'recognition:withdrawNomination': ({ id }) => nominations.withdraw(id),
      'recognition:closeCycle': ({ cycleId }) => rec.closeCycle(cycleId),
      'recognition:shortlist': ({ cycleId, nominationIds }) => rec.shortlist(cycleId, nominationIds),
      'recognition:vote': ({ cycleId, voterId, nominationId }) => rec.vote(cycleId, voterId, nominationId),
      'recognition:decide': ({ cycleId, nominationId, reason }) => rec.decide(cycleId, nominationId, reason),
      'recognition:announce': ({ cycleId }) => rec.announce(cycleId),
      'recognition:recordReward': ({ cycleId, givenOn }) => rec.recordReward(cycleId, givenOn),
      'recognition:exportCertificate': asyncHandler(async ({ cycleId }: { cycleId: number }) => {
        // Read everything before the first await; this handler never writes.
        const detail = rec.getCycle(cycleId);
        const { cycle, scheme } = detail;
        const winning = detail.nominations.find((n) => n.id === cycle.winnerNominationId);
        if (!winning || !cycle.winnerName) {
          throw new AppError('CONFLICT', `${cycle.label} has no winner yet, so there is no certificate to export.`, 'cycleId');
        }
        const pdf = await (await import('./certificate')).renderCertificate({
          winner: cycle.winnerName,
          schemeName: scheme.name,
          cycleLabel: cycle.label,
          category: winning.category,
          reasonExcerpt: excerpt(winning.reason, 260),
          date: cycle.announcedOn ?? cycle.decidedOn ?? todayOf(ctx),
          reward: scheme.reward,
        });
        return {
          fileName: `certificate-${fileNamePart(cycle.winnerName, 'winner')}-${fileNamePart(cycle.label, 'cycle')}.pdf`,
          mimeType: 'application/pdf',
          encoding: 'base64' as const,
          content: Buffer.from(pdf).toString('base64'),
        };
      }),
      'recognition:equity': () => reports.equity(),
      'recognition:memberHistory': ({ memberId }) => reports.memberHistory(memberId),
      'recognition:listAwards': () => awards.list(),
      'recognition:createAward': (input) => awards.create(input),
      'recognition:updateAward': ({ id, changes }) => awards.update(id, changes),
      'recognition:markAwardChecked': ({ id }) => awards.markChecked(id),
      'recognition:addSuggestedAwards': () => ({ added: addSuggestedAwards(ctx) }),
      'recognition:deleteAward': ({ id }) => awards.remove(id),
      'recognition:listAwardNominations': ({ memberId }) => awards.nominations(memberId),
      'recognition:createAwardNomination': (input) => awards.createNomination(input),
      'recognition:updateAwardNomination': ({ id, changes }) => awards.updateNomination(id, changes),
      'recognition:deleteAwardNomination': ({ id }) => awards.removeNomination(id),
    },
  };
}
