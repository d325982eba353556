import { expect, type Locator, type Page } from '@playwright/test';

/** The privacy part of a member's page: subject access requests and erasure. */
export class PrivacySection {
  constructor(readonly page: Page) {}

  async openMember(origin: string, memberId: number, name: string) {
    await this.page.goto(`${origin}/#/team/${memberId}`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.section).toBeVisible();
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Privacy' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async recordRequest(receivedOn: string) {
    await this.section.getByLabel('Date the request arrived').fill(receivedOn);
    await this.section.getByRole('button', { name: 'Record request' }).click();
  }

  get requests(): Locator {
    return this.section.getByRole('table', { name: /^Requests from/ });
  }

  /** A mention in the erase dialog, by whose record it is. */
  mention(whose: string): Locator {
    return this.dialog.getByRole('group', { name: new RegExp(`^${whose}:`) });
  }
}
