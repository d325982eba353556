import type { CycleDetail, Scheme } from '../../../shared/domains/recognition';
import type { Member } from '../../../shared/domains/team';
import { member } from '../helpers/fixtures';

export const scheme: Scheme = {
  id: 1,
  name: 'Star of the month',
  cadence: 'monthly',
  categories: ['Customer service', 'Teamwork'],
  values: [],
  reward: 'Book token',
  allowSelfNomination: false,
  anonymous: false,
  cooldownCycles: 2,
  decidedBy: 'panel',
  tieBreak: 'manager',
  minReasonLength: 30,
  panelMemberIds: [1, 2],
  archivedOn: null,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

export const person = (id: number, name: string): Member => member(id, name, { createdAt: '', updatedAt: '' });

export const openCycle: CycleDetail = {
  scheme,
  cycle: {
    id: 5,
    schemeId: 1,
    schemeName: scheme.name,
    label: 'November 2026',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    status: 'open',
    winnerMemberId: null,
    winnerName: null,
    winnerNominationId: null,
    decisionMethod: null,
    decisionReason: '',
    decidedOn: null,
    announcedOn: null,
    rewardGivenOn: null,
    nominationCount: 0,
  },
  nominations: [],
  events: [{ at: '2026-11-01T09:00:00Z', toStatus: 'open', note: '' }],
  votesCast: 0,
  voterIds: [],
  blocked: [{ memberId: 3, name: 'Cy Carter', rule: 'cooldown', message: 'Cooldown rule: Cy Carter won Star of the month for October 2026; winners sit out the next 2 cycles.' }],
  tiedNominationIds: [],
  tallyExplanation: null,
};
