import { expectNoAxeViolations, expect, test } from './fixtures';
import { fillPack } from '../fixtures/member-pack/fill-pack';
import { MemberPackCard } from './pages/member-pack-page';
import { OneToOnesPage } from './pages/one-to-ones-page';

test('send the Chartership candidate a pack, fill it as they would, import it and see the self-assessment, their talking points and CPD hours', async ({ page, workbench }) => {
  test.slow();
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const candidate = team.find((m) => m.jobTitle === 'Assistant Librarian');
  if (!candidate) throw new Error('sample chartership candidate missing');
  await page.goto(`${workbench.server.origin}/#/team/${candidate.id}`);
  const registration = page.getByRole('region', { name: 'CILIP registration and CPD' });
  await expect(registration).toContainText('CPD in the last 12 months:');
  const hoursBefore = Number(/CPD in the last 12 months: ([\d.]+)/.exec(await registration.innerText())?.[1]);
  const pack = new MemberPackCard(page);
  await expect(pack.card).toBeVisible();

  const sent = await pack.send();
  expect(sent.fileName).toMatch(/^development-pack-.*2026-11-23\.xlsx$/);
  const filled = await fillPack(sent.base64, {
    ratings: [
      { code: 'EV.1', current: 1, target: 3, comment: 'Catalogued the local studies donation' },
      { code: 'EV.2', current: 2, target: 4 },
    ],
    talkingPoints: [{ title: 'Protected time for the portfolio', detail: 'Two hours a fortnight slipped in November' }, { title: 'Shadowing Siân ap Dŵr at the records centre' }],
    cpd: [
      { date: new Date('2026-11-10T00:00:00Z'), hours: 1.5, title: 'Webinar on research data', type: 'Online', area: '4', reflection: 'Useful for the RDM pilot' },
      { date: new Date('2026-11-17T00:00:00Z'), hours: 2, title: 'Read the Łukasz Żółć report', type: 'Reading', area: '', reflection: '' },
    ],
  });
  await pack.chooseReturned(filled);
  await expect(pack.preview.getByRole('table', { name: 'Self-ratings in the pack' }).getByRole('row')).toHaveCount(3);
  await expect(pack.preview.getByRole('table', { name: `Talking points raised by ${candidate.name}` })).toContainText('Protected time for the portfolio');
  await expect(pack.preview.getByRole('table', { name: `CPD entries from ${candidate.name}` })).toContainText('Webinar on research data');
  await expectNoAxeViolations(page);
  await pack.card.screenshot({ path: 'test-results/member-pack-preview.png' });
  await pack.preview.getByRole('button', { name: 'Import the ticked parts' }).click();
  await expect(page.getByText('Imported: a self-assessment, 2 talking points, 2 CPD entries.')).toBeVisible();

  // The self-assessment sits beside the manager's view.
  await expect(page.getByRole('region', { name: 'Skills (PKSB)' }).getByText(/3 assessments; latest:/)).toBeVisible();
  await pack.card.getByLabel(/^Your view of EV\.1 /).selectOption('3');
  await expect(pack.card.getByText('+2 (talk about it)')).toBeVisible();
  await pack.card.screenshot({ path: 'test-results/member-pack-self-vs-manager.png' });
  await expect(registration).toContainText(`CPD in the last 12 months: ${hoursBefore + 3.5} h`);

  // Importing the same file again adds nothing.
  await pack.chooseReturned(filled);
  await expect(pack.preview.getByText('Already imported').first()).toBeVisible();
  await expect(pack.preview.getByRole('button', { name: 'Import the ticked parts' })).toBeDisabled();

  const o2o = new OneToOnesPage(page);
  await o2o.open();
  await o2o.openMeetingWith(candidate.name);
  const item = o2o.agenda.getByRole('listitem').filter({ hasText: 'Protected time for the portfolio' });
  await expect(item).toContainText(`Raised by ${candidate.name}`);
  await expect(o2o.suggestions).toContainText('Ratings differ: EV.1');
  await o2o.agenda.screenshot({ path: 'test-results/member-pack-agenda.png' });
});

test('a broken file is refused with a clear message and nothing is imported', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const candidate = team.find((m) => m.jobTitle === 'Assistant Librarian')!;
  await page.goto(`${workbench.server.origin}/#/team/${candidate.id}`);
  const pack = new MemberPackCard(page);
  await pack.card.getByLabel('Import a returned pack (.xlsx)').setInputFiles({ name: 'pack.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
  await expect(pack.card.getByRole('alert')).toContainText(/could not be read|not a member pack/);
  await expect(pack.preview).toHaveCount(0);
});

test('an agenda topic not ticked as covered carries forward to the next one-to-one', async ({ page, workbench }) => {
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const trainee = team.find((m) => m.jobTitle.startsWith('Graduate Trainee'))!;
  const first = await workbench.call<{ id: number }>('oneToOnes:schedule', {
    memberId: trainee.id, scheduledAt: '2026-11-20T10:00:00.000Z', durationMinutes: 30, location: '', recurrence: 'none',
  });
  for (const title of ['Rota for December', 'Shadowing Siân ap Dŵr']) {
    await workbench.call('oneToOnes:addAgendaItem', { meetingId: first.id, title });
  }
  await page.goto(`${workbench.server.origin}/#/one-to-ones/${first.id}`);
  const o2o = new OneToOnesPage(page);
  await o2o.agenda.getByRole('checkbox', { name: 'Covered: Rota for December' }).click();
  await expect(o2o.agenda.getByRole('checkbox', { name: 'Covered: Rota for December' })).toBeChecked();
  await page.getByRole('button', { name: 'Record as held' }).click();
  const next = await workbench.call<{ id: number }>('oneToOnes:schedule', {
    memberId: trainee.id, scheduledAt: '2026-12-18T10:00:00.000Z', durationMinutes: 30, location: '', recurrence: 'none',
  });
  await page.goto(`${workbench.server.origin}/#/one-to-ones/${next.id}`);
  await expect(o2o.suggestions.getByRole('listitem').first()).toContainText('Shadowing Siân ap Dŵr');
  await expect(o2o.suggestions.getByRole('listitem').first()).toContainText('Not covered last time.');
  await expect(o2o.suggestions).not.toContainText('Rota for December');
});
