import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The Agreements screens, addressed by what a user sees. */
export class AgreementsPage {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'Agreements');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get trainees(): Locator {
    return this.page.getByRole('table', { name: 'Trainees with a running agreement' });
  }

  traineeRow(name: string): Locator {
    return this.trainees.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async startNew(trainee: string) {
    await this.page.getByRole('button', { name: 'New agreement', exact: true }).click();
    await this.dialog.getByLabel('Trainee').selectOption({ label: trainee });
  }

  async fill(fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async saveDraft(version = 1) {
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    // Saving twice in a row shows the same message twice while the first is still up: the newest is this save's.
    await expect(this.page.getByRole('status').getByText(`Version ${version} saved.`).last()).toBeVisible();
  }

  get completeness(): Locator {
    return this.page.getByRole('region', { name: 'Completeness check' });
  }

  /** Records a signature; `signedOn` (YYYY-MM-DD) is the date they signed, today when not given. */
  async sign(role: 'trainee' | 'manager', name?: string, signedOn?: string) {
    await this.page.getByRole('button', { name: `Record ${role} signature` }).click();
    if (name !== undefined) await this.dialog.getByLabel(/name$/).fill(name);
    if (signedOn !== undefined) await this.dialog.getByLabel('Signed on').fill(signedOn);
    await this.dialog.getByRole('button', { name: 'Record signature' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** An external signer (training provider, placement tutor) is chosen from the agreement's contacts. */
  async signAsContact(role: 'training provider' | 'placement tutor', contactName: string, signedOn?: string) {
    await this.page.getByRole('button', { name: `Record ${role} signature` }).click();
    const label = role === 'placement tutor' ? 'Placement tutor: who signs' : 'Training provider: who signs';
    await this.dialog.getByLabel(label).selectOption({ value: contactName });
    if (signedOn !== undefined) await this.dialog.getByLabel('Signed on').fill(signedOn);
    await this.dialog.getByRole('button', { name: 'Record signature' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async download(button: string) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    return download;
  }

  tab(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Agreement sections' }).getByRole('link', { name, exact: true });
  }
}
