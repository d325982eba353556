import fs from 'node:fs';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { emptyMemberInput } from '../../shared/domains/team';
import { expectNoAxeViolations, expect, test } from './fixtures';
import { OneToOnesPage } from './pages/one-to-ones-page';

const MEMBER = 'Siân ap Dŵr';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending: Promise<Download> = page.waitForEvent('download');
  await click();
  const download = await pending;
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

/** Parses the calendar file strictly (ical.js) and expands its recurrence rule. */
function parseSeries(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the calendar file');
  const event = new ICAL.Event(vevent);
  const it = event.iterator();
  const starts: string[] = [];
  for (let next = it.next(); next && starts.length < 3; next = it.next()) starts.push(next.toString());
  const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
  return { uid: event.uid, sequence: event.sequence, summary: event.summary, freq: rule.freq, interval: rule.interval, byDay: (rule.parts as { BYDAY?: string[] }).BYDAY, starts };
}

test('regular one-to-ones with a standing item: on two meetings in a row, the series in a calendar file, and the prep sheet', async ({ page, workbench }) => {
  const member = await workbench.call<{ id: number }>('team:create', { ...emptyMemberInput, name: MEMBER, jobTitle: 'Library assistant', team: 'Bangor' });
  await page.goto(`${workbench.server.origin}/#/team/${member.id}`);
  const section = page.getByRole('region', { name: 'One-to-ones', exact: true });
  await expect(section).toContainText('No series set up');

  // Every four weeks on Tuesday at 10:00, from Tuesday 1 December.
  await section.getByRole('button', { name: 'Set up regular one-to-ones' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set up regular one-to-ones' });
  await dialog.getByLabel('First meeting').fill('2026-12-01');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('Every').fill('4');
  await dialog.getByLabel('Weeks or months').selectOption('weekly');
  await dialog.getByLabel('Where').fill('Ystafell 2, Llyfrgell');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Set up series' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `One-to-one with ${MEMBER}` })).toBeVisible();
  const facts = page.getByRole('region', { name: 'When and where' });
  await expect(facts).toContainText('01/12/2026 at 10:00');
  await expect(facts).toContainText('Every 4 weeks on Tuesday at 10:00');

  // A standing item, added on the meeting screen, joins this agenda marked "Standing".
  const standing = page.getByRole('region', { name: 'Standing agenda items' });
  await standing.getByLabel('New standing item').fill('Wellbeing and workload');
  await standing.getByRole('button', { name: 'Add standing item' }).click();
  const o2o = new OneToOnesPage(page);
  const firstItem = o2o.agenda.getByRole('listitem').filter({ hasText: 'Wellbeing and workload' });
  await expect(firstItem).toContainText('Standing');
  await firstItem.getByRole('checkbox', { name: 'Covered: Wellbeing and workload' }).click();
  await expect(firstItem.getByRole('checkbox', { name: 'Covered: Wellbeing and workload' })).toBeChecked();
  await expectNoAxeViolations(page);

  // The prep sheet for the member: the agenda with the standing item, never private notes.
  await o2o.saveNotes('', 'Private: check the sickness record first.');
  const prep = await downloaded(page, () => page.getByRole('button', { name: `Prep sheet for ${MEMBER} (.docx)` }).click());
  expect(prep.name).toMatch(/^one-to-one-prep-.+-2026-12-01\.docx$/);
  const xml = (await (await JSZip.loadAsync(prep.bytes)).file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('Wellbeing and workload (standing item)');
  expect(xml).not.toContain('sickness');

  // The series as one calendar event.
  const firstExport = await downloaded(page, () => facts.getByRole('button', { name: /^Series to calendar \(\.ics\)/ }).click());
  const before = parseSeries(firstExport.bytes.toString('utf8'));
  expect([before.freq, before.interval, before.byDay]).toEqual(['WEEKLY', 4, ['TU']]);
  expect(before.starts).toEqual(['2026-12-01T10:00:00', '2026-12-29T10:00:00', '2027-01-26T10:00:00']);
  expect(before.summary).toBe(`One-to-one: ${MEMBER}`);

  // The next meeting of the series has the standing item again, not yet covered.
  await page.getByRole('button', { name: 'Schedule next' }).click();
  await expect(facts).toContainText('29/12/2026 at 10:00');
  const nextItem = o2o.agenda.getByRole('listitem').filter({ hasText: 'Wellbeing and workload' });
  await expect(nextItem).toContainText('Standing');
  await expect(nextItem.getByRole('checkbox', { name: 'Covered: Wellbeing and workload' })).not.toBeChecked();

  // A change to the series exports with the same UID and a higher SEQUENCE.
  await facts.getByRole('button', { name: 'Change series' }).click();
  const change = page.getByRole('dialog', { name: 'Change the series' });
  await change.getByLabel('Start time').fill('14:00');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(facts).toContainText('Every 4 weeks on Tuesday at 14:00');
  const changed = parseSeries((await downloaded(page, () => facts.getByRole('button', { name: /^Series to calendar \(\.ics\)/ }).click())).bytes.toString('utf8'));
  expect(changed.uid).toBe(before.uid);
  expect(changed.sequence).toBeGreaterThan(before.sequence);
  expect(changed.starts[0]).toBe('2026-12-01T14:00:00');
  await expectNoAxeViolations(page);

  // The member's page lists the series and the standing item.
  await page.goto(`${workbench.server.origin}/#/team/${member.id}`);
  await expect(section.getByRole('listitem').filter({ hasText: 'Every 4 weeks on Tuesday at 14:00' })).toBeVisible();
  await expect(section.getByRole('list', { name: `Standing agenda items for ${MEMBER}` })).toContainText('Wellbeing and workload');
  // One active series a person: a second cannot be set up beside it.
  await expect(section.getByRole('button', { name: 'Set up regular one-to-ones' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a long unbroken standing item or agenda topic wraps inside its card instead of widening the page', async ({ page, workbench }) => {
  const member = await workbench.call<{ id: number }>('team:create', { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Bibliotekarz', team: 'Żoliborz' });
  const meeting = await workbench.call<{ id: number }>('oneToOnes:schedule', {
    memberId: member.id, scheduledAt: '2026-12-01T10:00:00.000Z', durationMinutes: 45, location: '', recurrence: 'none',
  });
  // 300 characters with no space: a pasted link or a long compound word, the longest a title may be.
  const long = 'https://intranet.example.org/'.padEnd(300, 'x');
  await workbench.call('oneToOnes:addStanding', { memberId: member.id, title: long });
  await page.goto(`${workbench.server.origin}/#/one-to-ones/${meeting.id}`);
  await expect(new OneToOnesPage(page).agenda.getByRole('listitem').filter({ hasText: 'intranet' })).toBeVisible();
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow).toBe(0);
});
