import type { AgreementDetail } from '../../shared/domains/agreements';
import type { Cycle, Scheme } from '../../shared/domains/recognition';
import type { Member } from '../../shared/domains/team';
import { expect, test } from './fixtures';

const TEXT = 'Cataloguing with Łukasz Żółć; Welsh stock with Siân ap Dŵr.';

test('an agreement section and a nomination reason typed, page left and reloaded: the text is still there', async ({ page, workbench }) => {
  const team = await workbench.call<Member[]>('team:list', { includeArchived: false });
  const student = team.find((m) => m.jobTitle.includes('Placement Student'));
  if (!student) throw new Error('sample placement student missing');
  const agreement = await workbench.call<AgreementDetail>('agreements:create', {
    memberId: student.id, scheme: 'work_placement', startDate: '2026-12-01', endDate: '2027-02-26',
  });
  const scheme = await workbench.call<Scheme>('recognition:createScheme', {
    name: 'Star of the month', cadence: 'monthly', categories: ['Teamwork'], values: [], reward: '', allowSelfNomination: false,
    anonymous: false, cooldownCycles: 0, decidedBy: 'manager', tieBreak: 'manager', minReasonLength: 10,
  });
  const cycle = await workbench.call<Cycle>('recognition:openCycle', { schemeId: scheme.id });

  // Agreement: type into a section, leave by the sidebar (asked first), come back, reload.
  await page.goto(`${workbench.server.origin}/#/agreements/${agreement.id}`);
  const training = page.getByLabel('Training to be given', { exact: true });
  await training.fill(TEXT);
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(leave).toContainText('kept as a draft');
  await leave.getByRole('button', { name: 'Leave page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await page.goto(`${workbench.server.origin}/#/agreements/${agreement.id}`);
  await expect(training).toHaveValue(TEXT);
  page.on('dialog', (d) => void d.accept());
  await page.reload();
  await expect(training).toHaveValue(TEXT);
  await expect(page.getByRole('status').filter({ hasText: 'Draft restored' })).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/images/agreement-draft-restored.png' });

  // Nomination: type a reason, leave, reload.
  await page.goto(`${workbench.server.origin}/#/recognition/cycles/${cycle.id}`);
  const form = page.getByRole('form', { name: 'Add a nomination' });
  await form.getByLabel('Nominee').selectOption({ label: student.name });
  await form.getByLabel('Reason', { exact: true }).fill(TEXT);
  await expect(form.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('dialog', { name: 'Leave this page?' }).getByRole('button', { name: 'Leave page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await page.goto(`${workbench.server.origin}/#/recognition/cycles/${cycle.id}`);
  await page.reload();
  await expect(form.getByLabel('Reason', { exact: true })).toHaveValue(TEXT);

  // Saving the agreement's version clears its draft.
  await page.goto(`${workbench.server.origin}/#/agreements/${agreement.id}`);
  await expect(training).toHaveValue(TEXT);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Version 1 saved.')).toBeVisible();
  expect(await workbench.call('drafts:get', { key: `agreement:${agreement.versions[0]?.id}:content` })).toBeNull();
});
