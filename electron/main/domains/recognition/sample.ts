import { addDays, formatUkDate } from '../../../../shared/dates';
import { periodContaining } from '../../../../shared/domains/recognition-rules';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createExternalAwardsRepo } from './external-repo';
import { createRecognitionRepo } from './repo';
import { nextMonthDay } from './deadlines';
import { addSuggestedAwards } from './suggested-awards';

/** Winners of the last ten months, oldest first: deliberately uneven (Riverside, Band 6) so the equity view has a pattern to flag. */
const WINNERS = [
  'chartership-candidate', 'systems-librarian', 'clinical-librarian', 'customer-supervisor', 'systems-librarian',
  'clinical-librarian', 'library-assistant-2', 'systems-librarian', 'clinical-librarian', 'chartership-candidate',
];
/** Runners-up per month (nominated, not chosen). */
const OTHERS = [
  ['outreach-librarian'], ['library-assistant-1', 'apprentice'], ['customer-supervisor'], ['graduate-trainee'],
  ['outreach-librarian', 'library-assistant-2'], ['chartership-candidate'], ['systems-librarian'], ['customer-supervisor'],
  ['library-assistant-1'], ['outreach-librarian', 'clinical-librarian'],
];
const CATEGORIES = ['Customer service', 'Innovation', 'Teamwork', 'Behind the scenes', 'Newcomer'];
const DEEDS: Record<string, string> = {
  'Customer service': 'stayed late on {date} to help a reader recover a lost dissertation draft, so that she could submit on time',
  Innovation: 'set up the new self-service holds shelf on {date}, which meant users no longer queue at the desk for reservations',
  Teamwork: 'covered two colleagues\u2019 desk shifts on {date} so that the homework club could still run for the children',
  'Behind the scenes': 'cleaned up 400 broken catalogue links on {date}, which improved search results for every user',
  Newcomer: 'led their first induction tour on {date} for new students and answered every question with confidence',
};

const monthStart = (today: string, back: number) => {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - back;
  const d = new Date(Date.UTC(y, m, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
};

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedRecognitionSample(ctx: AppContext, people: Map<string, number>): void {
  const repo = createRecognitionRepo(ctx.db);
  const today = todayOf(ctx);
  const now = nowIso(ctx);
  const who = (key: string) => people.get(key) ?? null;
  const minDate = (a: string) => (a < today ? a : today);
  const voters = ['service-manager', 'customer-supervisor', 'outreach-librarian', 'library-assistant-1', 'apprentice'];
  const panel = voters.map(who).filter((id): id is number => id !== null);

  const schemeId = repo.insertScheme(
    {
      name: 'Employee of the month',
      cadence: 'monthly',
      categories: CATEGORIES,
      values: ['Putting users first', 'Working together', 'Curiosity'],
      reward: '£25 book token and a certificate',
      allowSelfNomination: false,
      anonymous: false,
      cooldownCycles: 2,
      decidedBy: 'panel',
      tieBreak: 'fewest_past_wins',
      minReasonLength: 60,
      panelMemberIds: panel,
    },
    now,
  );

  const nominate = (cycleId: number, nomineeKey: string, nominatorKey: string | null, index: number, on: string) => {
    const nominee = who(nomineeKey);
    if (nominee === null) return null;
    const category = CATEGORIES[index % CATEGORIES.length] ?? 'Teamwork';
    const deed = (DEEDS[category] ?? '').replace('{date}', formatUkDate(on));
    return repo.insertNomination(
      {
        cycle_id: cycleId,
        nominee_id: nominee,
        nominator_id: nominatorKey === null ? null : who(nominatorKey),
        category,
        reason: `${category}: they ${deed}.`,
        evidence: index % 3 === 0 ? 'Thank-you email from the reader, forwarded to the manager.' : '',
        nominated_on: on,
      },
      now,
    );
  };

  WINNERS.forEach((winnerKey, i) => {
    const period = periodContaining('monthly', monthStart(today, WINNERS.length - i));
    const cycleId = repo.insertCycle({ scheme_id: schemeId, label: period.label, period_start: period.start, period_end: period.end }, now);
    const on = addDays(period.start, 9);
    const winning = nominate(cycleId, winnerKey, 'service-manager', i, on);
    const runnersUp = (OTHERS[i] ?? []).map((k, j) => nominate(cycleId, k, j > 0 ? null : k === 'customer-supervisor' ? 'service-manager' : 'customer-supervisor', i + j + 1, addDays(on, 3)));
    const all = [winning, ...runnersUp].filter((n): n is number => n !== null);
    repo.setShortlist(cycleId, all);
    const nomineeOf = new Map([[winning, who(winnerKey)], ...(OTHERS[i] ?? []).map((k, j) => [runnersUp[j] ?? null, who(k)] as const)]);
    voters.forEach((v, j) => {
      const voter = who(v);
      const preferred = j < 3 || runnersUp[0] == null ? winning : runnersUp[0];
      // Nobody votes on their own nomination: a panel member who is nominated votes for the other leader.
      const target = nomineeOf.get(preferred) === voter ? (preferred === winning ? (runnersUp[0] ?? null) : winning) : preferred;
      if (voter !== null && target !== null && nomineeOf.get(target) !== voter) repo.insertVote({ cycle_id: cycleId, voter_id: voter, nomination_id: target }, now);
    });
    const decided = minDate(addDays(period.end, 3));
    const winner = who(winnerKey);
    if (winning === null || winner === null) return;
    repo.decide({ id: cycleId, winner_member_id: winner, winner_nomination_id: winning, decision_method: 'votes', decision_reason: '', decided_on: decided });
    repo.announce(cycleId, decided);
    const last = i === WINNERS.length - 1;
    if (!last) repo.reward(cycleId, minDate(addDays(decided, 7)));
    const stamp = (d: string) => `${d}T09:00:00.000Z`;
    repo.recordEvent(cycleId, stamp(period.start), 'open');
    repo.recordEvent(cycleId, stamp(period.end), 'closed', `${all.length} nominations`);
    repo.recordEvent(cycleId, stamp(period.end), 'shortlisted', `${all.length} shortlisted`);
    repo.recordEvent(cycleId, stamp(decided), 'decided', 'votes');
    repo.recordEvent(cycleId, stamp(decided), 'announced');
    if (!last) repo.recordEvent(cycleId, stamp(minDate(addDays(decided, 7))), 'rewarded');
  });

  const current = periodContaining('monthly', today);
  const openId = repo.insertCycle({ scheme_id: schemeId, label: current.label, period_start: current.start, period_end: current.end }, now);
  repo.recordEvent(openId, now, 'open');
  nominate(openId, 'graduate-trainee', 'clinical-librarian', 4, today);
  nominate(openId, 'library-assistant-1', null, 3, today);

  addSuggestedAwards(ctx);
  const awards = createExternalAwardsRepo(ctx.db);
  const year = Number(today.slice(0, 4));
  const awardId = (name: string) => awards.findByName(name);
  const changeLives = awardId('Libraries Change Lives Award');
  const connected = awardId('Libraries Connected Awards');
  const hernando = awardId('Sally Hernando Award for innovation in NHS library and knowledge services');
  if (connected !== null) {
    // Libraries Connected Awards close in early January: the home library service team is being put forward.
    const closes = nextMonthDay('01-08', today) ?? addDays(today, 45);
    awards.insertNomination(
      { awardId: connected, memberId: null, year: Number(closes.slice(0, 4)), deadline: closes, status: 'planned', submittedOn: null, notes: 'Home library service team (Eastgate): gather user quotes first.' },
      now,
    );
  }
  if (changeLives !== null) {
    awards.insertNomination(
      { awardId: changeLives, memberId: who('outreach-librarian'), year: year - 1, deadline: addDays(today, -300), status: 'not_successful', submittedOn: addDays(today, -305), notes: 'Good feedback from the judges; the award may since have ended.' },
      now,
    );
  }
  if (hernando !== null) {
    awards.insertNomination(
      { awardId: hernando, memberId: who('clinical-librarian'), year, deadline: addDays(today, 6), status: 'planned', submittedOn: null, notes: 'Evidence search service for ward teams.' },
      now,
    );
  }
}
