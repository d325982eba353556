import { randomUUID } from 'node:crypto';
import type { ExportedFile } from '../../../../shared/domains/common';
import {
  TALKING_POINT_DIFFERENCE,
  talkingPointFor,
  type PackAcceptInput,
  type PackAcceptResult,
  type PackPreview,
  type SelfVsManager,
} from '../../../../shared/domains/member-pack';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { fileNamePart } from '../../lib/file-name';
import { packIdOf, parsePack, type ParsedPack, type Sheets } from './parse';
import { createMemberPackRepo } from './repo';
import { writePackWorkbook } from './workbook';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rules of the member pack: what is sent, how a returned file is matched and checked, what an accept writes. */
export function createMemberPackService(ctx: AppContext) {
  const repo = createMemberPackRepo(ctx.db);

  const requireMember = (id: number, field = 'memberId') => {
    const m = repo.member(id);
    if (!m) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'team member', id: id } });
    return m;
  };

  /** Builds the pack's content and records it, inside the handler's transaction; the file is written after. */
  const preparePack = (memberId: number) => {
    const member = requireMember(memberId);
    const frameworkId = repo.latestFrameworkOf(memberId) ?? repo.defaultFramework()?.id;
    const framework = frameworkId === undefined ? undefined : repo.framework(frameworkId);
    if (!framework) throw new AppError('VALIDATION', 'There is no skills framework yet: import one under Skills before sending a pack.', 'memberId');
    const last = repo.latestAssessment(memberId, framework.id);
    const meeting = repo.nextMeeting(memberId, nowIso(ctx));
    const packId = randomUUID();
    const sentOn = todayOf(ctx);
    repo.insertPack({ id: packId, memberId, frameworkId: framework.id, meetingId: meeting?.id ?? null, sentOn, createdAt: nowIso(ctx) });
    return {
      packId, memberId, memberName: member.name, framework,
      skills: repo.packSkills(framework.id, last?.id ?? 0, memberId),
      sections: repo.sections(framework.id),
      meetingOn: meeting ? meeting.scheduled_at.slice(0, 10) : null,
      sentOn, maxLevel: repo.maxLevel(),
    };
  };

  const exportPack = async (memberId: number): Promise<ExportedFile> => {
    const content = ctx.db.transaction(() => preparePack(memberId))();
    const buffer = await writePackWorkbook(content);
    return {
      fileName: `development-pack-${fileNamePart(content.memberName, 'member')}-${content.sentOn}.xlsx`,
      mimeType: XLSX_MIME,
      encoding: 'base64',
      content: buffer.toString('base64'),
    };
  };

  /** Matches the file to the pack sent (by its id only) and checks each row against the database. */
  const read = (memberId: number, sheets: Sheets) => {
    const member = requireMember(memberId);
    const pack = repo.pack(packIdOf(sheets));
    if (!pack) {
      throw new AppError('VALIDATION', 'This pack was not sent from this workbench (its pack id is unknown). Nothing was imported; send the member a new pack.', 'content');
    }
    if (pack.member_id !== memberId) {
      const owner = repo.member(pack.member_id)?.name ?? 'someone else';
      throw new AppError('VALIDATION', `This pack was sent to ${owner}, not to ${member.name}. Nothing was imported; import it on ${owner}'s page.`, 'content');
    }
    const framework = pack.framework_id === null ? undefined : repo.framework(pack.framework_id);
    const skills = new Map(framework ? repo.packSkills(framework.id, 0, memberId).map((s) => [s.code, { id: s.id, title: s.title }]) : []);
    const parsed = parsePack(sheets, { skills, sections: framework ? repo.sections(framework.id) : [], maxLevel: repo.maxLevel(), today: todayOf(ctx) });
    const warnings: string[] = [];
    const newer = repo.newerPacks(memberId, pack.created_at);
    if (newer > 0) warnings.push(`A newer pack was sent to ${member.name} after this one (${newer} since). Check this is the one you expect.`);
    if (!framework) warnings.push('The skills framework this pack was sent with has been deleted, so its ratings cannot be imported.');
    const meeting = pack.meeting_id === null ? undefined : repo.meeting(pack.meeting_id);
    const target = meeting && meeting.status === 'scheduled' ? meeting : repo.nextMeeting(memberId, nowIso(ctx));
    if (meeting && target?.id !== meeting.id) warnings.push('The one-to-one this pack was sent for has passed or was cancelled; talking points go to the next one booked.');
    if (!framework) for (const r of parsed.assessment) r.errors.push('the framework of this pack no longer exists');
    if (!target) for (const r of parsed.agenda) r.errors.push(`no one-to-one is booked with ${member.name}: book one, then import again`);
    return { member, pack, framework, parsed, warnings, meetingId: target?.id ?? null, meetingOn: target?.scheduled_at.slice(0, 10) ?? null };
  };

  const agendaKey = (packId: string, row: number) => `member-pack:${packId}:talking-point:${row}`;

  const preview = (memberId: number, sheets: Sheets): PackPreview => {
    const { member, pack, framework, parsed, warnings, meetingOn } = read(memberId, sheets);
    const agendaDone = repo.agendaKeys(memberId, `member-pack:${pack.id}:`);
    const cpdDone = repo.cpdRows(pack.id);
    const assessmentDone = repo.assessmentOfPack(pack.id) !== null;
    return {
      pack: {
        id: pack.id, memberName: member.name, sentOn: pack.sent_on,
        framework: framework ? `${framework.name} ${framework.version}` : null, meetingOn, warnings,
      },
      assessment: { alreadyImported: assessmentDone, rows: parsed.assessment.map(({ skillId: _s, ...r }) => ({ ...r, alreadyImported: assessmentDone })) },
      agenda: { rows: parsed.agenda.map((r) => ({ ...r, alreadyImported: agendaDone.has(agendaKey(pack.id, r.rowNumber)) })) },
      cpd: { rows: parsed.cpd.map((r) => ({ ...r, alreadyImported: cpdDone.has(r.rowNumber) })) },
    };
  };

  const refuse = (part: string, row: { rowNumber: number; errors: string[] }) =>
    new AppError('VALIDATION', `${part}, row ${row.rowNumber}: ${row.errors[0]}. Nothing was imported; untick that row or ask for a corrected file.`, `rows.${row.rowNumber}`);

  /** Writes what the manager accepted, in one transaction; rows already imported from this pack are skipped. */
  const accept = (input: PackAcceptInput, sheets: Sheets): PackAcceptResult =>
    ctx.db.transaction((): PackAcceptResult => {
      const { pack, framework, parsed, meetingId } = read(input.memberId, sheets);
      const now = nowIso(ctx);
      const pick = <R extends { rowNumber: number }>(rows: R[], wanted: number[], part: string) => {
        const chosen = rows.filter((r) => wanted.includes(r.rowNumber));
        const missing = wanted.find((n) => !rows.some((r) => r.rowNumber === n));
        if (missing !== undefined) throw new AppError('VALIDATION', `${part} has no row ${missing} to import.`, `rows.${missing}`);
        return chosen;
      };
      let assessmentId: number | null = null;
      if (input.assessment && framework && repo.assessmentOfPack(pack.id) === null) {
        const bad = parsed.assessment.find((r) => r.errors.length > 0);
        if (bad) throw refuse('PKSB', bad);
        if (parsed.assessment.length > 0) {
          assessmentId = repo.insertAssessment({ memberId: input.memberId, frameworkId: framework.id, assessedOn: todayOf(ctx), now, packId: pack.id });
          for (const r of parsed.assessment as ParsedPack['assessment']) {
            if (r.skillId === null) continue;
            repo.insertRating({ assessmentId, skillId: r.skillId, current: r.current, target: r.target, notes: r.notes });
            if (r.relevant !== null) repo.setRelevance(input.memberId, r.skillId, r.relevant);
          }
        }
      }
      let agendaAdded = 0;
      const agendaDone = repo.agendaKeys(input.memberId, `member-pack:${pack.id}:`);
      for (const r of pick(parsed.agenda, input.agendaRows, 'Talking points')) {
        if (r.errors.length > 0) throw refuse('Talking points', r);
        const key = agendaKey(pack.id, r.rowNumber);
        if (agendaDone.has(key) || meetingId === null) continue;
        repo.insertAgenda({ meetingId, title: r.title, detail: r.detail, key });
        agendaAdded += 1;
      }
      let cpdAdded = 0;
      const cpdDone = repo.cpdRows(pack.id);
      for (const r of pick(parsed.cpd, input.cpdRows, 'CPD')) {
        if (r.errors.length > 0 || r.hours === null || r.activityType === null) throw refuse('CPD', r);
        if (cpdDone.has(r.rowNumber)) continue;
        repo.insertCpd({
          memberId: input.memberId, date: r.date, activityType: r.activityType, hours: r.hours, title: r.title,
          reflection: r.reflection, sections: JSON.stringify(r.sections), packId: pack.id, row: r.rowNumber, now,
        });
        cpdAdded += 1;
      }
      return { assessmentId, agendaAdded, cpdAdded, meetingId: agendaAdded > 0 ? meetingId : null };
    })();

  const selfVsManager = (memberId: number): SelfVsManager | null => {
    requireMember(memberId);
    const assessmentId = repo.latestSelf(memberId);
    if (assessmentId === null) return null;
    const a = repo.assessment(assessmentId);
    if (!a) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'assessment', id: assessmentId } });
    if (a.shared !== 1) throw new AppError('FORBIDDEN', `${a.member_name} has not shared this assessment with you.`, 'id');
    const rows = repo.views(assessmentId, a.framework_id).map((r) => ({
      skillId: r.skill_id, code: r.code, title: r.title, section: r.section, self: r.self, manager: r.manager,
      difference: r.self !== null && r.manager !== null ? r.manager - r.self : null,
    }));
    const talkingPoints = rows
      .filter((r) => r.difference !== null && Math.abs(r.difference) >= TALKING_POINT_DIFFERENCE)
      .map((r) => ({ skillId: r.skillId, ...talkingPointFor({ code: r.code, title: r.title, self: r.self ?? 0, manager: r.manager ?? 0 }, a.member_name) }));
    return { assessmentId, memberName: a.member_name, selfAssessed: a.self_assessed === 1, rows, talkingPoints };
  };

  const setManagerView = (assessmentId: number, skillId: number, level: number | null) => {
    const a = repo.assessment(assessmentId);
    if (!a) throw AppError.of('NOT_FOUND', 'notFound', { field: 'assessmentId', params: { thing: 'assessment', id: assessmentId } });
    if (a.shared !== 1) throw new AppError('FORBIDDEN', `${a.member_name} has not shared this assessment with you.`, 'assessmentId');
    const skill = repo.skill(skillId);
    if (!skill) throw AppError.of('NOT_FOUND', 'notFound', { field: 'skillId', params: { thing: 'skill', id: skillId } });
    if (skill.framework_id !== a.framework_id) throw new AppError('VALIDATION', 'The skill belongs to another framework than this assessment.', 'skillId');
    const max = repo.maxLevel();
    if (level !== null && level > max) throw new AppError('VALIDATION', `Your view must be a level from 0 to ${max}.`, 'level');
    repo.setManagerView(assessmentId, skillId, level);
    return { skillId, level };
  };

  return { exportPack, preview, accept, selfVsManager, setManagerView };
}
