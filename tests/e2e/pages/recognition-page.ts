import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The Recognition screens, addressed by what a user sees. */
export class RecognitionPage {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'Recognition');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Recognition' })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** `panel`: the people to tick as the named panel (for "Panel votes"). */
  async createScheme(name: string, fields: Record<string, string> = {}, panel: string[] = []) {
    await this.page.getByRole('button', { name: 'New scheme' }).first().click();
    await this.dialog.getByLabel('Scheme name').fill(name);
    for (const [label, value] of Object.entries(fields)) {
      const control = this.dialog.getByLabel(label, { exact: true });
      if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption({ label: value });
      else await control.fill(value);
    }
    const panelBox = this.dialog.getByRole('group', { name: 'Panel members' });
    for (const person of panel) await panelBox.getByLabel(person, { exact: true }).check();
    await this.dialog.getByRole('button', { name: 'Create scheme' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async openNextCycle(label: string) {
    await this.page.getByRole('button', { name: 'Open next cycle' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`: ${label}$`) })).toBeVisible();
  }

  get nominationForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a nomination' });
  }

  async nominate(nominee: string, nominator: string, category: string, reason: string) {
    const form = this.nominationForm;
    await form.getByLabel('Nominee').selectOption({ label: nominee });
    await form.getByLabel('Nominated by').selectOption({ label: nominator });
    await form.getByLabel('Category').selectOption({ label: category });
    await form.getByLabel('Reason', { exact: true }).fill(reason);
    await form.getByRole('button', { name: 'Add nomination' }).click();
  }

  get nominations(): Locator {
    return this.page.getByRole('table', { name: 'Nominations' });
  }

  async closeNominations() {
    await this.page.getByRole('button', { name: 'Close nominations' }).click();
    await this.dialog.getByRole('button', { name: 'Close nominations' }).click();
    await expect(this.page.getByText('Closed', { exact: true }).first()).toBeVisible();
  }

  /** `nomination` is the option as shown: "Name (Category)". */
  async vote(voter: string, nomination: string) {
    const form = this.page.getByRole('form', { name: 'Record a vote' });
    // Someone who has voted is listed as "Name (has voted)".
    const voterSelect = form.getByRole('combobox', { name: /^(Voter|Panel member voting)$/ });
    const value = await voterSelect.locator('option', { hasText: voter }).getAttribute('value');
    await voterSelect.selectOption(value ?? '');
    await form.getByLabel('Vote for').selectOption({ label: nomination });
    await form.getByRole('button', { name: 'Record vote' }).click();
  }
}
