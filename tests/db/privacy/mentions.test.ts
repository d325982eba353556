import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const person = (name: string, extra: { preferredName?: string; email?: string; notes?: string } = {}) => ({
  name,
  preferredName: extra.preferredName ?? '',
  jobTitle: 'Library Assistant',
  grade: '',
  team: 'Central Library',
  fte: 1,
  startDate: '2024-01-08',
  lineManagerId: null,
  employmentType: 'permanent' as const,
  cilipNumber: '',
  email: extra.email ?? '',
  notes: extra.notes ?? '',
});

describe('erasure acts on identity, never on other people’s text', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function samAndHillier() {
    const sam = await t.call('team:create', person('Sam Hill', { email: 'sam.hill@library.example' }));
    const hillier = await t.call('team:create', person('Sam Hillier', { notes: 'Sam Hillier leads the stock team; sam hill covers Saturdays.' }));
    const meeting = await t.call('oneToOnes:schedule', { memberId: hillier.id, scheduledAt: '2026-11-24T10:00:00Z', durationMinutes: 30, location: '', recurrence: 'none' });
    await t.call('oneToOnes:saveNotes', { id: meeting.id, privateNotes: '', sharedNotes: 'Agreed to shadow SAM HILL on the issue desk. Email sam.hill@library.example first.' });
    return { sam, hillier, meeting };
  }

  it('erasing "Sam Hill" leaves "Sam Hillier" and every other record untouched unless the manager decides', async () => {
    const { sam, hillier, meeting } = await samAndHillier();
    const result = await t.call('privacy:erase', { memberId: sam.id, confirmName: 'Sam Hill', mentions: [] });
    expect(result.complete).toBe(true);
    const after = await t.call('team:get', { id: hillier.id });
    expect(after.name).toBe('Sam Hillier');
    expect(after.notes).toBe('Sam Hillier leads the stock team; sam hill covers Saturdays.');
    expect((await t.call('oneToOnes:get', { id: meeting.id })).sharedNotes).toContain('SAM HILL');
    expect(t.db.prepare(`SELECT count(*) AS n FROM members WHERE id = ?`).get(sam.id)).toEqual({ n: 0 });
  });

  it('lists mentions as whole words, any case, by full name and email, but not inside "Sam Hillier"', async () => {
    const { sam, hillier, meeting } = await samAndHillier();
    const { terms, mentions } = await t.call('privacy:mentions', { id: sam.id });
    expect(terms).toEqual(['Sam Hill', 'sam.hill@library.example']);
    const found = mentions.map((m) => [m.where, m.whose, m.matches]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Team member record, notes', 'Sam Hillier', ['sam hill']],
        ['One-to-one, shared notes', 'Sam Hillier', ['SAM HILL', 'sam.hill@library.example']],
      ]),
    );
    expect(mentions).toHaveLength(2);
    expect(mentions.map((m) => m.ref.key)).toEqual(expect.arrayContaining([JSON.stringify([hillier.id]), JSON.stringify([meeting.id])]));
  });

  it('applies the manager’s decision per mention: redact replaces only the whole words, edit uses their wording, keep keeps', async () => {
    const { sam, hillier, meeting } = await samAndHillier();
    const { mentions } = await t.call('privacy:mentions', { id: sam.id });
    const inNotes = mentions.find((m) => m.ref.table === 'members');
    const inMeeting = mentions.find((m) => m.ref.table === 'one_to_ones');
    if (!inNotes || !inMeeting) throw new Error('mentions missing');
    const result = await t.call('privacy:erase', {
      memberId: sam.id,
      confirmName: 'Sam Hill',
      mentions: [
        { ref: inNotes.ref, action: 'redact', text: '' },
        { ref: inMeeting.ref, action: 'edit', text: 'Agreed to shadow a colleague on the issue desk.' },
      ],
    });
    expect(result).toMatchObject({ mentionsRedacted: 1, mentionsEdited: 1, complete: true });
    expect((await t.call('team:get', { id: hillier.id })).notes).toBe('Sam Hillier leads the stock team; [erased] covers Saturdays.');
    expect((await t.call('oneToOnes:get', { id: meeting.id })).sharedNotes).toBe('Agreed to shadow a colleague on the issue desk.');
  });

  it('finds preferred name and first name plus surname too (Siân ap Dŵr, “Sian”, Łukasz Żółć)', async () => {
    const sian = await t.call('team:create', person('Siân Mererid ap Dŵr', { preferredName: 'Sian' }));
    await t.call('team:create', person('Łukasz Żółć', { notes: 'Siân ap Dŵr mentors me. SIAN is great. Siani is someone else; siân mererid AP DŴR too.' }));
    const { terms, mentions } = await t.call('privacy:mentions', { id: sian.id });
    expect(terms).toEqual(['Siân Mererid ap Dŵr', 'Sian', 'Siân Dŵr', 'Sian Dŵr']);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.matches).toEqual(['SIAN', 'siân mererid AP DŴR']);
  });

  it('never offers another person’s own name or email as a mention (Sam Hill, known as Sam, beside Sam Hillier)', async () => {
    const sam = await t.call('team:create', person('Sam Hill', { preferredName: 'Sam' }));
    const hillier = await t.call('team:create', person('Sam Hillier', { preferredName: 'Sam', email: 'sam@library.example' }));
    const { mentions } = await t.call('privacy:mentions', { id: sam.id });
    expect(mentions).toEqual([]);
    const bad = await t.fail('privacy:erase', {
      memberId: sam.id,
      confirmName: 'Sam Hill',
      mentions: [{ ref: { table: 'members', key: JSON.stringify([hillier.id]), column: 'name' }, action: 'redact', text: '' }],
    });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'mentions' });
    expect((await t.call('team:get', { id: hillier.id })).name).toBe('Sam Hillier');
  });

  it('refuses a decision that names no real text field, and changes nothing', async () => {
    const { sam } = await samAndHillier();
    const before = t.checksum();
    const bad = await t.fail('privacy:erase', {
      memberId: sam.id,
      confirmName: 'Sam Hill',
      mentions: [{ ref: { table: 'members', key: '[1]', column: 'fte' }, action: 'redact', text: '' }],
    });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'mentions' });
    expect(t.checksum()).toBe(before);
  });
});
