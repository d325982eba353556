import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recognitionAgendaHints } from '../../../electron/main/domains/recognition/agenda';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { setUp } from './helpers';

describe('recognition agenda hints', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: '2026-11-23T10:00:00.000Z' });
  });
  afterEach(() => t.close());

  it('suggests raising a nomination in an open cycle, without naming an anonymous nominator', async () => {
    const { a, b, nominate } = await setUp(t, { anonymous: true });
    const n = await nominate(a.id, b.id);
    const hints = recognitionAgendaHints(t.db, a.id, '2026-11-23');
    expect(hints).toEqual([
      expect.objectContaining({
        source: 'recognition',
        key: `recognition:nomination:${n.id}`,
        title: 'Nominated for Star of the month (November 2026)',
        link: `/recognition/cycles/${n.cycleId}`,
      }),
    ]);
    expect(hints[0]?.detail).toContain('a colleague (anonymous scheme)');
    expect(hints[0]?.detail).not.toContain(b.name);
    expect(recognitionAgendaHints(t.db, b.id, '2026-11-23')).toEqual([]);
  });

  it('puts a win first and drops nominations from cycles that ended long ago', async () => {
    const { a, b, cycle, nominate } = await setUp(t, { decidedBy: 'manager' });
    const n = await nominate(a.id, b.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    await t.call('recognition:decide', { cycleId: cycle.id, nominationId: n.id, reason: 'Clear impact' });
    expect(recognitionAgendaHints(t.db, a.id, '2026-12-10')[0]).toMatchObject({ title: 'Won Star of the month (November 2026)', priority: 2 });
    expect(recognitionAgendaHints(t.db, a.id, '2027-02-20')).toEqual([]);
  });
});

describe('erasing a nominator', () => {
  it('keeps the nomination and says a former team member made it, not the manager', async () => {
    const t = await createTestApp({ now: '2026-11-23T10:00:00.000Z' });
    try {
      const { a, b, nominate } = await setUp(t);
      const n = await nominate(a.id, b.id);
      await nominate(a.id, null, 'Customer service');
      // Erasure (privacy domain) deletes the member row; foreign keys do the rest.
      t.db.prepare('DELETE FROM members WHERE id = ?').run(b.id);
      const detail = await t.call('recognition:getCycle', { id: n.cycleId });
      expect(detail.nominations.map((x) => x.nominatorName)).toEqual(['Former team member', 'Manager']);
      expect((await t.call('recognition:memberHistory', { memberId: a.id })).nominations.map((x) => x.nominatorName).sort()).toEqual(['Former team member', 'Manager']);
    } finally {
      t.close();
    }
  });
});
