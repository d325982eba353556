import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMemberInput } from '../../../shared/domains/team';
import { docxText } from '../../helpers/documents';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/** The member's prep sheet (.docx) for the next one-to-one (issue #18). */
describe('prep sheet', () => {
  let t: TestApp;
  let memberId: number;
  beforeEach(async () => {
    t = await createTestApp();
    memberId = (await t.call('team:create', { ...emptyMemberInput, name: 'Siân ap Dŵr', jobTitle: 'Library assistant', team: 'Bangor' })).id;
  });
  afterEach(() => t.close());

  const schedule = (scheduledAt: string) =>
    t.call('oneToOnes:schedule', { memberId, scheduledAt, durationMinutes: 30, location: 'Ystafell 2', recurrence: 'none' } as never);

  it('lists the agenda with standing items, carried topics, open actions and the last meeting’s shared notes, never private notes', async () => {
    const last = await schedule('2026-11-16T10:00:00.000Z');
    await t.call('oneToOnes:addAgendaItem', { meetingId: last.id, title: 'Shelving project timeline' });
    await t.call('oneToOnes:addAction', { meetingId: last.id, text: 'Draft the shelving plan', owner: 'member', dueOn: '2026-12-04' });
    await t.call('oneToOnes:saveNotes', { id: last.id, privateNotes: 'Worried about sickness absence pattern', sharedNotes: 'Agreed a quieter rota for December.' });
    await t.call('oneToOnes:setStatus', { id: last.id, status: 'held' });
    const next = await schedule('2026-12-14T10:00:00.000Z');
    await t.call('oneToOnes:addStanding', { memberId, title: 'Wellbeing and workload', detail: '' });
    await t.call('oneToOnes:addAgendaItem', { meetingId: next.id, title: 'Training budget for 2027' });

    const file = await t.call('oneToOnes:exportPrepSheet', { id: next.id });
    expect(file.fileName).toMatch(/^one-to-one-prep-.+-2026-12-14\.docx$/);
    const text = await docxText(Buffer.from(file.content, 'base64'));
    expect(text).toContain('Preparing for your one-to-one');
    expect(text).toContain('Siân ap Dŵr');
    expect(text).toContain('Wellbeing and workload (standing item)');
    expect(text).toContain('Training budget for 2027');
    expect(text).toContain('Carried from last time');
    expect(text).toContain('Shelving project timeline');
    expect(text).toContain('Draft the shelving plan');
    expect(text).toContain('04/12/2026');
    expect(text).toContain('Agreed a quieter rota for December.');
    expect(text).not.toContain('sickness');
  });

  it('a first meeting says so, and an unknown meeting is NOT_FOUND', async () => {
    const first = await schedule('2026-12-14T10:00:00.000Z');
    const text = await docxText(Buffer.from((await t.call('oneToOnes:exportPrepSheet', { id: first.id })).content, 'base64'));
    expect(text).toContain('This is your first one-to-one recorded here.');
    expect(text).toContain('No open actions.');
    expect(await t.fail('oneToOnes:exportPrepSheet', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
