import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goTo, test } from './fixtures';

const PASSPHRASE = 'a long enough passphrase';

/** The Encryption card on Settings and its dialogs. */
class EncryptionCard {
  readonly card: Locator;
  constructor(private readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Encryption' });
  }
  async open() {
    await goTo(this.page, 'Settings');
    await expect(this.card).toBeVisible();
  }
  dialog(name: string) {
    return this.page.getByRole('dialog', { name });
  }
  async encrypt(passphrase: string, confirm = passphrase) {
    const dialog = this.dialog('Encrypt your data');
    await dialog.getByLabel('New passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Confirm passphrase', { exact: true }).fill(confirm);
    await dialog.getByRole('button', { name: 'Encrypt my data' }).click();
  }
}

test('encrypt from Settings, restart to the unlock screen, refuse a wrong passphrase, unlock with the right one', async ({ page, workbench }) => {
  const [someone] = await workbench.call<{ name: string }[]>('team:list');
  const encryption = new EncryptionCard(page);
  await encryption.open();
  await expect(encryption.card).toContainText('stored unencrypted');
  await encryption.card.getByRole('button', { name: 'Encrypt my data…' }).click();
  const dialog = encryption.dialog('Encrypt your data');
  await expect(dialog).toContainText('cannot be recovered');

  await encryption.encrypt('too short');
  await expect(dialog.getByText('New passphrase must be at least 10 characters')).toBeVisible();
  await encryption.encrypt(PASSPHRASE, `${PASSPHRASE}!`);
  await expect(dialog.getByText('Confirm passphrase must match the new passphrase')).toBeVisible();
  await expectNoAxeViolations(page);

  await encryption.encrypt(PASSPHRASE);
  await expect(dialog).toBeHidden();
  await expect(encryption.card).toContainText('Your data and its backups are encrypted');
  await expectNoAxeViolations(page);

  await workbench.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the workbench' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }), 'no way around the lock').toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Passphrase is not correct')).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toHaveAttribute('aria-invalid', 'true');

  // Guessing slows down: after three wrong passphrases the next attempt must wait.
  for (const guess of ['second wrong guess', 'third wrong guess']) {
    await page.getByLabel('Passphrase').fill(guess);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  }
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Too many wrong passphrases: wait 1 second before trying again.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'docs/images/unlock-slow-down.png' });
  await page.waitForTimeout(1100);

  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await goTo(page, 'Team');
  await expect(page.getByRole('link', { name: someone!.name })).toBeVisible();
});

test('change the passphrase, then remove encryption', async ({ page, workbench }) => {
  await workbench.call('system:encrypt', { passphrase: PASSPHRASE, confirm: PASSPHRASE });
  const encryption = new EncryptionCard(page);
  await encryption.open();
  await encryption.card.getByRole('button', { name: 'Change passphrase…' }).click();
  const change = encryption.dialog('Change the passphrase');
  const next = 'an even longer passphrase';
  await change.getByLabel('Current passphrase').fill('wrong current one');
  await change.getByLabel('New passphrase', { exact: true }).fill(next);
  await change.getByLabel('Confirm passphrase', { exact: true }).fill(next);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText('Current passphrase is not correct')).toBeVisible();
  await change.getByLabel('Current passphrase').fill(PASSPHRASE);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change).toBeHidden();

  await encryption.card.getByRole('button', { name: 'Remove encryption…' }).click();
  const remove = encryption.dialog('Remove encryption?');
  await remove.getByLabel('Passphrase').fill(next);
  await remove.getByRole('button', { name: 'Remove encryption' }).click();
  await expect(remove).toBeHidden();
  await expect(encryption.card).toContainText('stored unencrypted');

  await workbench.restart();
  await expect(page.getByRole('navigation', { name: 'Main' }), 'a plain workbench starts unlocked').toBeVisible();
});
