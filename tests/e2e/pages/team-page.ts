import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The Team screen, addressed by what a user sees: roles, labels and accessible names. */
export class TeamPage {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'Team');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Team members' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The names in the list once it has rows: waits for the first row, so a list still loading is never read as empty. */
  async names(): Promise<string[]> {
    const links = this.table.getByRole('row').locator('td:first-child a');
    await expect(links.first()).toBeVisible();
    return links.allInnerTexts();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async startAdding() {
    await this.page.getByRole('button', { name: 'Add member', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) {
      const control = this.dialog.getByLabel(label, { exact: true });
      if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption({ label: value });
      else await control.fill(value);
    }
  }

  async save() {
    await this.dialog.getByRole('button', { name: /Add member|Save changes/ }).click();
  }

  async edit(name: string) {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.dialog).toBeVisible();
  }

  async archive(name: string) {
    await this.page.getByRole('button', { name: `Archive ${name}` }).click();
  }

  async restore(name: string) {
    await this.page.getByRole('button', { name: `Restore ${name}` }).click();
  }

  async showLeavers(on: boolean) {
    await this.page.getByLabel('Show leavers').setChecked(on);
  }

  async search(text: string) {
    await this.page.getByLabel('Search team').fill(text);
  }

  /** A file made in the test: name, and the bytes as they would be on disk. */
  async importBytes(name: string, bytes: Buffer) {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.dialog.getByLabel('File to import').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  }

  async importFile(file: string) {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.dialog.getByLabel('File to import').setInputFiles(file);
  }
}
