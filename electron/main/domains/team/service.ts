import { EMPLOYMENT_TYPE_LABELS, startDateProblem, type Member, type MemberInput } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { AppError } from '../../../../shared/result';
import type { ExportedFile } from '../../../../shared/domains/common';
import { nowIso, todayOf, type AppContext } from '../../context';
import { toCsv } from '../../lib/tabular';
import { createTeamRepo } from './repo';

export function createTeamService(ctx: AppContext) {
  const repo = createTeamRepo(ctx.db);

  const require = (id: number, field = 'id'): Member => {
    const found = repo.get(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'team member', id: id } });
    return found;
  };

  /** Rules the schema alone cannot check: references and uniqueness. */
  const checkRules = (input: MemberInput, selfId: number | null) => {
    // A start date already on record stays editable around it; a new or changed one must be within the window.
    const unchanged = selfId !== null && repo.get(selfId)?.startDate === input.startDate;
    const startProblem = unchanged ? null : startDateProblem(input.startDate, todayOf(ctx));
    if (startProblem) throw new AppError('VALIDATION', startProblem, 'startDate');
    if (input.lineManagerId !== null) {
      if (input.lineManagerId === selfId) {
        throw AppError.rule('VALIDATION', 'lineManagerId', 'cannot be the member themselves');
      }
      if (!repo.get(input.lineManagerId)) {
        throw AppError.rule('VALIDATION', 'lineManagerId', `must be someone on the team (nobody has id ${input.lineManagerId})`);
      }
    }
    if (input.email) {
      const other = repo.findByEmail(input.email);
      if (other && other.id !== selfId) {
        throw AppError.of('CONFLICT', 'conflict.duplicate', { field: 'email', params: { by: other.name } });
      }
    }
    if (input.cilipNumber) {
      const other = repo.findByCilipNumber(input.cilipNumber);
      if (other && other.id !== selfId) {
        throw AppError.of('CONFLICT', 'conflict.duplicate', { field: 'cilipNumber', params: { by: other.name } });
      }
    }
  };

  const service = {
    repo,
    require,
    list: (includeArchived: boolean) => repo.list(includeArchived),
    get: (id: number) => require(id),
    create: (input: MemberInput): Member => {
      checkRules(input, null);
      return require(repo.insert(input, nowIso(ctx)));
    },
    update: (id: number, input: MemberInput): Member => {
      require(id);
      checkRules(input, id);
      repo.update(id, input, nowIso(ctx));
      return require(id);
    },
    archive: (id: number, leftOn: string | null): Member => {
      const current = require(id);
      if (current.leftOn) throw new AppError('CONFLICT', `${current.name} is already archived as a leaver.`, 'id');
      const date = leftOn ?? todayOf(ctx);
      if (current.startDate && date < current.startDate) {
        throw AppError.rule('VALIDATION', 'leftOn', 'cannot be before the start date');
      }
      repo.setLeftOn(id, date, nowIso(ctx));
      return require(id);
    },
    restore: (id: number): Member => {
      const current = require(id);
      if (!current.leftOn) throw new AppError('CONFLICT', `${current.name} is not archived.`, 'id');
      repo.setLeftOn(id, null, nowIso(ctx));
      return require(id);
    },
    exportCsv: (includeArchived: boolean): ExportedFile => {
      const members = repo.list(includeArchived);
      const headers = [
        'Name', 'Preferred name', 'Job title', 'Grade / band', 'Team / service point', 'FTE', 'Start date',
        'Employment type', 'Line manager', 'CILIP membership number', 'Email', 'Left on', 'Notes',
      ];
      const rows = members.map((m) => [
        m.name, m.preferredName, m.jobTitle, m.grade, m.team, m.fte, formatUkDate(m.startDate),
        EMPLOYMENT_TYPE_LABELS[m.employmentType], m.lineManagerName, m.cilipNumber, m.email, formatUkDate(m.leftOn), m.notes,
      ]);
      return {
        fileName: `team-${todayOf(ctx)}.csv`,
        mimeType: 'text/csv',
        encoding: 'utf8',
        content: toCsv(headers, rows),
      };
    },
  };
  return service;
}

export type TeamService = ReturnType<typeof createTeamService>;
