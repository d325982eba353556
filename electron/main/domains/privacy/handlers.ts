import type { ErasureResult, MentionDecision } from '../../../../shared/domains/privacy';
import { nowIso, todayOf, type AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { finishErasureFiles, type ErasureFilesOutcome } from './erasure-files';
import { createRequestsService } from './requests';
import { createPrivacyService } from './service';
import { buildSubjectAccessPack } from './subject-access';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The reply says exactly what happened: the delete is final once committed, whatever the files did. */
function describeErasure(name: string, rows: { deletedRows: number; anonymisedRows: number; mentionsRedacted: number; mentionsEdited: number } | null, files: ErasureFilesOutcome): string {
  const done = rows
    ? `${name} has been erased: ${plural(rows.deletedRows, 'record')} deleted, ${rows.anonymisedRows} anonymised, ${plural(rows.mentionsRedacted, 'mention')} redacted and ${rows.mentionsEdited} edited in other people’s records.`
    : `${name} had already been removed from the workbench’s database; the copies left in files have now been dealt with.`;
  if (!files.complete) {
    return (
      `${rows ? `${name} has been removed from the workbench’s database; this cannot be undone.` : done} ` +
      `But ${files.problem}, so some files may still hold them. The workbench tries again the next time it starts, or when you erase them again.`
    );
  }
  const copies = files.backupsDeleted + files.leftoversDeleted;
  return `${done} ${copies > 0 ? `${plural(files.backupsDeleted, 'older backup')} and ${plural(files.leftoversDeleted, 'leftover file')} that held them were removed; a fresh backup was taken.` : 'No file copies held them.'}`;
}

export function privacyModule(ctx: AppContext): DomainModule {
  const privacy = createPrivacyService(ctx);
  const requests = createRequestsService(ctx, privacy);
  const log = (e: unknown) => console.error(e);

  const erase = async ({ memberId, confirmName, mentions }: { memberId: number; confirmName: string; mentions: MentionDecision[] }): Promise<ErasureResult> => {
    // A retry after an interrupted erasure finishes it rather than answering "not found" while copies remain.
    if (!privacy.repo.memberExists(memberId) && privacy.repo.pendingErasureOf(memberId)) {
      const files = await finishErasureFiles(ctx, false, log);
      return { name: confirmName, deletedRows: 0, anonymisedRows: 0, mentionsRedacted: 0, mentionsEdited: 0, ...pick(files), resumed: true, message: describeErasure(confirmName, null, files) };
    }
    privacy.repo.setSecureDelete();
    const rows = ctx.db.transaction(() => privacy.eraseRows(memberId, confirmName, mentions))();
    // The delete has committed: from here on, every reply must say so.
    const files = await finishErasureFiles(ctx, false, log);
    return { ...rows, ...pick(files), resumed: false, message: describeErasure(rows.name, rows, files) };
  };

  return {
    domain: 'privacy',
    handlers: {
      'privacy:subjectAccess': asyncHandler(async ({ memberId, requestId }: { memberId: number; requestId: number | null }) => {
        const member = privacy.memberOrThrow(memberId);
        const inputs = requestId === null ? null : requests.packInputs(requestId, memberId);
        const data = privacy.collect(memberId, inputs?.withholdings ?? []);
        return buildSubjectAccessPack({ id: member.id, name: member.name }, data, nowIso(ctx), todayOf(ctx), {
          retentionYears: privacy.retentionYears(),
          request: inputs?.request ?? null,
          mentions: inputs?.mentions ?? [],
        });
      }),
      'privacy:summary': ({ id }) => {
        privacy.memberOrThrow(id);
        const data = privacy.collect(id);
        return { tables: Object.keys(data.tables).length, rows: Object.values(data.tables).reduce((n, r) => n + r.length, 0), withheldPrivateNotes: data.withheldPrivateNotes };
      },
      'privacy:mentions': ({ id }) => {
        const { terms, mentions } = privacy.mentionsOf(id);
        return { terms, mentions };
      },
      'privacy:erase': asyncHandler(erase),
      'privacy:erasureStatus': () => ({
        pending: privacy.repo.pendingErasures().length,
        finishedOnStart: privacy.repo.erasuresFinishedOnStart().map((e) => ({ id: e.id, erasedAt: e.erased_at, filesDoneAt: e.files_done_at, filesRemoved: e.files_removed })),
      }),
      'privacy:retention': () => privacy.retention(),
      'privacy:setRetentionYears': ({ years }) => privacy.setRetentionYears(years),
      'privacy:requests': ({ id }) => requests.list(id),
      'privacy:recordRequest': ({ memberId, receivedOn }) => requests.record(memberId, receivedOn),
      'privacy:extendRequest': ({ id, months, reason, toldOn }) => requests.extend(id, months, reason, toldOn),
      'privacy:completeRequest': ({ id, completedOn }) => requests.complete(id, completedOn),
      'privacy:deleteRequest': ({ id }) => requests.remove(id),
      'privacy:requestReview': ({ id }) => requests.review(id),
      'privacy:withhold': ({ requestId, ref, exemption, reason }) => requests.withhold(requestId, ref, exemption, reason),
      'privacy:release': ({ requestId, ref }) => requests.release(requestId, ref),
      'privacy:decideMention': ({ requestId, ref, include }) => requests.decideMention(requestId, ref, include),
    },
  };
}

const pick = (f: ErasureFilesOutcome) => ({ backupsDeleted: f.backupsDeleted, leftoversDeleted: f.leftoversDeleted, complete: f.complete });
