import { SCHEME_LABELS } from '../../../../shared/domains/agreements';
import { OTJ_RULE_SETS } from '../../../../shared/domains/agreements-otj';
import { AppError } from '../../../../shared/result';
import type { AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { renderDocx } from '../../lib/docx';
import { fileNamePart } from '../../lib/file-name';
import { renderPdf } from '../../lib/pdf';
import { createTeamRepo } from '../team/repo';
import { readFullTimeWeekHours } from '../team/settings';
import { agreementDocument } from './export';
import { createRunningService } from './running';
import { createAgreementsService } from './service';

const slug = (s: string) => fileNamePart(s, 'member');

export function agreementsModule(ctx: AppContext): DomainModule {
  const agreements = createAgreementsService(ctx);
  const running = createRunningService(ctx, agreements);
  const team = createTeamRepo(ctx.db);

  return {
    domain: 'agreements',
    handlers: {
      'agreements:list': ({ memberId }) => agreements.list(memberId),
      'agreements:get': ({ id }) => agreements.detail(id),
      'agreements:create': ({ memberId, scheme, startDate, endDate }) => agreements.create(memberId, scheme, startDate, endDate),
      'agreements:updateDraft': ({ versionId, content }) => agreements.updateDraft(versionId, content),
      'agreements:markReady': ({ versionId }) => agreements.markReady(versionId),
      'agreements:backToDraft': ({ versionId, reason }) => agreements.backToDraft(versionId, reason),
      'agreements:newVersion': ({ agreementId }) => agreements.newVersion(agreementId),
      'agreements:sign': ({ versionId, role, name, signedOn }) => agreements.sign(versionId, role, name, signedOn),
      'agreements:export': asyncHandler(async ({ versionId, format }: { versionId: number; format: 'docx' | 'pdf' }) => {
        const found = agreements.repo.version(versionId);
        if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'versionId', params: { thing: 'agreement version', id: versionId } });
        const detail = agreements.detail(found.agreementId);
        const manager = team.get(detail.memberId)?.lineManagerName ?? '';
        const spec = agreementDocument(detail, found, manager);
        const base = `${slug(SCHEME_LABELS[detail.scheme])}-agreement-${slug(detail.memberName)}-v${found.number}`;
        const bytes = format === 'docx' ? await renderDocx(spec) : await renderPdf(spec);
        return {
          fileName: `${base}.${format}`,
          mimeType: format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf',
          encoding: 'base64' as const,
          content: Buffer.from(bytes).toString('base64'),
        };
      }),
      'agreements:addOtj': (input) => running.addOtj(input),
      'agreements:deleteOtj': ({ id }) => running.deleteOtj(id),
      'agreements:restoreOtjEntry': (input) => running.restoreOtj(input),
      'agreements:recordReview': ({ reviewId, heldOn, notes }) => running.recordReview(reviewId, heldOn, notes),
      'agreements:signReview': ({ reviewId, role, signedOn }) => running.signReview(reviewId, role, signedOn),
      'agreements:addLogEntry': (input) => running.addLog(input),
      'agreements:reviewLogEntry': ({ id }) => running.reviewLog(id),
      'agreements:updateLogEntry': ({ id, changes }) => running.updateLog(id, changes),
      'agreements:deleteLogEntry': ({ id }) => running.deleteLog(id),
      'agreements:restoreLogEntry': (input) => running.restoreLog(input),
      'agreements:addVisit': (input) => running.addVisit(input),
      'agreements:updateVisit': ({ id, changes }) => running.updateVisit(id, changes),
      'agreements:deleteVisit': ({ id }) => running.deleteVisit(id),
      'agreements:restoreVisit': (input) => running.restoreVisit(input),
      'agreements:templates': () => agreements.templates.list(),
      'agreements:saveTemplate': ({ scheme, durationWeeks, content }) => agreements.templates.save(scheme, durationWeeks, content),
      'agreements:resetTemplate': ({ scheme }) => agreements.templates.reset(scheme),
      'agreements:settings': () => ({
        otjRules: [...OTJ_RULE_SETS],
        fullTimeHours: readFullTimeWeekHours(ctx.db),
        knownStandards: agreements.repo.knownStandards(),
      }),
    },
  };
}
