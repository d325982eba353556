import { expectNoAxeViolations, expect, test } from './fixtures';
import { OneToOnesPage } from './pages/one-to-ones-page';

// A browser set to US English shows a native date input as mm/dd/yyyy: the app's own date input does not.
test.use({ locale: 'en-US' });

test('in a US-English browser, 05/03/2027 typed in a date field is 5 March 2027; a 2099 due date is a field error, not a page error', async ({ page, workbench }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const team = await workbench.call<{ id: number; name: string; jobTitle: string }[]>('team:list', { includeArchived: false });
  const candidate = team.find((m) => m.jobTitle === 'Assistant Librarian');
  if (!candidate) throw new Error('sample chartership candidate missing');
  expect(await page.evaluate('navigator.language')).toBe('en-US');

  const o2o = new OneToOnesPage(page);
  await o2o.open();
  await o2o.openMeetingWith(candidate.name);
  const due = o2o.actions.getByLabel('Due date');
  await expect(due).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await o2o.actions.getByLabel('Action', { exact: true }).fill('Renew the reader development licence');
  await due.pressSequentially('05/03/2027');
  await o2o.actions.getByRole('button', { name: 'Add action' }).click();
  await expect(o2o.actions.getByRole('listitem').filter({ hasText: 'Renew the reader development licence' })).toContainText('due 05/03/2027');
  const meetingId = Number(/one-to-ones\/(\d+)/.exec(page.url())?.[1]);
  const meeting = await workbench.call<{ actions: { text: string; dueOn: string | null }[] }>('oneToOnes:get', { id: meetingId });
  expect(meeting.actions.find((a) => a.text === 'Renew the reader development licence')?.dueOn).toBe('2027-03-05');
  await expect(o2o.actions.getByLabel('Action', { exact: true })).toBeFocused();

  await o2o.actions.getByLabel('Action', { exact: true }).fill('Plan the 2099 centenary');
  await due.fill('01/03/2099');
  await o2o.actions.getByRole('button', { name: 'Add action' }).click();
  await expect(o2o.actions.getByText(/^Due date must be within the next 5 years \(on or before \d\d\/\d\d\/2031\)$/)).toBeVisible();
  await expect(due).toBeFocused();
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await o2o.actions.screenshot({ path: 'docs/images/date-input-due-date-error.png' });
  await expectNoAxeViolations(page);
  expect(pageErrors).toEqual([]);
});
