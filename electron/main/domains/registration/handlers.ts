import type { AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { createCpdService } from './cpd-service';
import { revalidationCsv, revalidationDocx } from './export';
import { createJourneyService } from './journey-service';

export function registrationModule(ctx: AppContext): DomainModule {
  const journeys = createJourneyService(ctx);
  const cpd = createCpdService(ctx);
  return {
    domain: 'registration',
    handlers: {
      'registration:dashboard': () => journeys.dashboard(),
      'registration:journey': ({ id }) => journeys.get(id),
      'registration:memberJourneys': ({ memberId }) => journeys.memberJourneys(memberId),
      'registration:createJourney': (input) => journeys.create(input),
      'registration:updateJourney': ({ id, changes }) => journeys.update(id, changes),
      'registration:deleteJourney': ({ id }) => journeys.remove(id),
      'registration:changeStage': (input) => journeys.changeStage(input),
      'registration:saveStatement': ({ id, statement }) => journeys.saveStatement(id, statement),
      'registration:addEvidence': (input) => journeys.addEvidence(input),
      'registration:updateEvidence': ({ id, changes }) => journeys.updateEvidence(id, changes),
      'registration:removeEvidence': ({ id }) => journeys.removeEvidence(id),
      'registration:restoreEvidence': (input) => journeys.restoreEvidence(input),
      'registration:setPortfolioItem': (input) => journeys.setPortfolioItem(input),
      'registration:setRegistered': (input) => journeys.setRegistered(input),
      'registration:removeRegistered': ({ id }) => journeys.removeRegistered(id),
      'registration:cpdList': ({ memberId }) => cpd.list(memberId),
      'registration:addCpd': (input) => cpd.add(input),
      'registration:updateCpd': ({ id, changes }) => cpd.update(id, changes),
      'registration:removeCpd': ({ id }) => cpd.remove(id),
      'registration:restoreCpd': (input) => cpd.restore(input),
      'registration:revalidation': ({ memberId }) => cpd.revalidation(memberId),
      'registration:saveRevalidationStatement': (input) => cpd.saveStatement(input),
      'registration:markRevalidated': ({ memberId, revalidatedOn }) => cpd.markRevalidated(memberId, revalidatedOn),
      'registration:exportRevalidation': asyncHandler(async ({ memberId, format }: { memberId: number; format: 'docx' | 'csv' }) => {
        // Read everything before the first await; the export writes nothing.
        const view = cpd.revalidation(memberId);
        return format === 'csv' ? revalidationCsv(view) : revalidationDocx(view);
      }),
      'registration:settings': () => journeys.settings(),
      'registration:updateSettings': ({ driftWeeks }) => journeys.updateSettings(driftWeeks),
    },
  };
}
