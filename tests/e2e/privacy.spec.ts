import { expectNoAxeViolations, expect, test } from './fixtures';
import { PrivacySection } from './pages/privacy-page';

test.use({ withSampleTeam: false });

const person = (name: string, notes = '') => ({
  name, preferredName: '', jobTitle: 'Library Assistant', grade: '', team: 'Central Library', fte: 1, startDate: '2024-01-08',
  lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes,
});

test('erasing Sam Hill asks about each mention and leaves Sam Hillier alone', async ({ page, workbench }) => {
  await workbench.call('system:chooseStart', { mode: 'empty' });
  const sam = await workbench.call<{ id: number }>('team:create', person('Sam Hill'));
  const hillier = await workbench.call<{ id: number }>('team:create', person('Sam Hillier', 'Sam Hillier leads the stock team; Sam Hill covers Saturdays.'));
  await workbench.call('team:create', person('Łukasz Żółć', 'Lunch cover with sam hill on Tuesdays.'));
  const privacy = new PrivacySection(page);
  await privacy.openMember(workbench.server.origin, sam.id, 'Sam Hill');

  await privacy.section.getByRole('button', { name: 'Erase Sam Hill…' }).click();
  await expect(privacy.mention('Sam Hillier')).toBeVisible();
  await expect(privacy.mention('Łukasz Żółć')).toBeVisible();
  await expect(privacy.dialog.getByRole('status')).toHaveText('2 mentions still need a decision.');
  await privacy.dialog.getByLabel('Type their full name to confirm').fill('Sam Hill');
  const erase = privacy.dialog.getByRole('button', { name: 'Erase permanently' });
  await expect(erase).toBeDisabled();
  await privacy.mention('Sam Hillier').getByLabel('Redact the mention (becomes “[erased]”)').check();
  await privacy.mention('Łukasz Żółć').getByLabel('Keep as written').check();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'docs/images/privacy-erase-mentions.png' });
  await erase.click();
  await expect(page.getByText(/Sam Hill has been erased: .* 1 mention redacted/)).toBeVisible();

  await page.goto(`${workbench.server.origin}/#/team/${hillier.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Hillier' })).toBeVisible();
  await expect(page.getByText('Sam Hillier leads the stock team; [erased] covers Saturdays.')).toBeVisible();
});

test('a subject access request shows its due date, and the manager withholds a note with a reason and includes a mention', async ({ page, workbench }) => {
  await workbench.call('system:chooseStart', { mode: 'empty' });
  const sian = await workbench.call<{ id: number }>('team:create', person('Siân ap Dŵr'));
  await workbench.call('team:create', person('Łukasz Żółć', 'Shadowed Siân ap Dŵr at the reference desk.'));
  const meeting = await workbench.call<{ id: number }>('oneToOnes:schedule', { memberId: sian.id, scheduledAt: '2026-11-20T10:00:00Z', durationMinutes: 30, location: '', recurrence: 'none' });
  await workbench.call('oneToOnes:saveNotes', { id: meeting.id, privateNotes: 'Restructure may move this post to Eastgate.', sharedNotes: 'Agreed a Chartership plan.' });

  const privacy = new PrivacySection(page);
  await privacy.openMember(workbench.server.origin, sian.id, 'Siân ap Dŵr');
  await privacy.recordRequest('2026-10-31');
  await expect(privacy.requests.getByRole('row', { name: /31\/10\/2026 30\/11\/2026 7 days left/ })).toBeVisible();
  await expect(privacy.section.getByText(/you must tell the person, and why, within the first month: by 30\/11\/2026/)).toBeVisible();

  await privacy.section.getByLabel('Exemption').selectOption({ label: 'Management forecasting or planning (Sch. 2 para. 22)' });
  await privacy.section.getByLabel('Reason', { exact: true }).fill('Restructure not yet announced.');
  await privacy.section.getByRole('button', { name: 'Withhold this note' }).click();
  await expect(privacy.section.getByText('Withheld under Management forecasting or planning (Sch. 2 para. 22): Restructure not yet announced.')).toBeVisible();

  await privacy.section.getByLabel('Include in the pack').check();
  await expect(privacy.section.getByRole('group', { name: /Łukasz Żółć: team member record, notes — included/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await privacy.section.screenshot({ path: 'docs/images/privacy-subject-access.png' });

  await page.goto(`${workbench.server.origin}/#/`);
  await expect(page.getByRole('link', { name: 'Siân ap Dŵr: subject access reply due in 7 days' })).toBeVisible();
});
