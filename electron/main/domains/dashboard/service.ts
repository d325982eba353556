import { addDays } from '../../../../shared/dates';
import type { Attention, AttentionItem, ChartsData } from '../../../../shared/domains/dashboard';
import { LEVELS, STAGES, STAGE_LABELS } from '../../../../shared/domains/registration';
import { todayOf, type AppContext } from '../../context';
import { createRegistrationRepo } from '../registration/repo';
import { createSkillsService } from '../skills/service';
import { collectAttention } from './attention';
import { createDashboardRepo } from './repo';

/** Urgency 1–2 items are announced once (an OS notification in the desktop app, a toast in the browser). */
const ALERT_AT_URGENCY = 2;

export function createDashboardService(ctx: AppContext) {
  const repo = createDashboardRepo(ctx.db);
  const skills = createSkillsService(ctx);
  const registration = createRegistrationRepo(ctx.db);

  const all = (): AttentionItem[] => collectAttention(ctx.db, todayOf(ctx));

  const attention = (): Attention => {
    const today = todayOf(ctx);
    const dismissed = repo.dismissals();
    const visible = (item: AttentionItem) => {
      const until = dismissed.get(item.key);
      return until === undefined || (until !== null && until <= today);
    };
    const items = all();
    const shown = items.filter(visible);
    return { items: shown, hidden: items.length - shown.length };
  };

  const charts = (): ChartsData => {
    const today = todayOf(ctx);
    const yearAgo = addDays(today, -365);
    const frameworkId = skills.frameworks.defaultId();
    const framework = frameworkId === null ? null : skills.repo.frameworks.get(frameworkId);
    const averages = new Map(framework ? skills.repo.dashboard.sectionAverages(framework.id).map((a) => [a.section_id, a]) : []);
    const sections = (framework ? skills.repo.frameworks.sections(framework.id) : []).map((section) => {
      const a = averages.get(section.id);
      return { code: section.code, name: section.name, average: a ? Math.round(a.average * 10) / 10 : null, people: a?.people ?? 0 };
    });
    const counts = registration.stageCounts();
    const pipeline = STAGES.map((stage) => {
      const row = { stage: STAGE_LABELS[stage], certification: 0, chartership: 0, fellowship: 0 };
      for (const level of LEVELS) row[level] = counts.filter((c) => c.stage === stage && c.level === level).reduce((n, c) => n + c.count, 0);
      return row;
    }).filter((r) => r.certification + r.chartership + r.fellowship > 0);
    const firstMonth = `${yearAgo.slice(0, 7)}-01`;
    const nominations = new Map(repo.nominationsByMonth(firstMonth).map((r) => [r.month, r.n]));
    const wins = new Map(repo.winsByMonth(firstMonth).map((r) => [r.month, r.n]));
    const months = Array.from({ length: 12 }, (_, i) => {
      const d = new Date(`${today.slice(0, 7)}-15T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - (11 - i));
      return d.toISOString().slice(0, 7);
    });
    return {
      skills: { framework: framework ? `${framework.name} ${framework.version}` : null, sections },
      pipeline,
      cpd: repo.cpdHours(yearAgo, today).map((r) => ({ memberId: r.member_id, name: r.name, hours: r.hours })),
      recognition: months.map((month) => ({ month, nominations: nominations.get(month) ?? 0, wins: wins.get(month) ?? 0 })),
    };
  };

  return {
    attention,
    charts,
    dismiss: (key: string, until: string | null): Attention => {
      repo.dismiss(key, until);
      return attention();
    },
    restoreDismissed: (): Attention => {
      repo.restoreDismissed();
      return attention();
    },
    /** The urgent items not announced before; each is announced once. */
    takeAlerts: (): AttentionItem[] => {
      const alerted = repo.alerted();
      const fresh = attention().items.filter((i) => i.urgency <= ALERT_AT_URGENCY && !alerted.has(i.key));
      fresh.forEach((i) => repo.markAlerted(i.key, todayOf(ctx)));
      return fresh;
    },
  };
}
