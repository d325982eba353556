import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The Development activities screens, by roles, labels and accessible names. */
export class ActivitiesPage {
  constructor(readonly page: Page) {}

  async open(tab?: 'Buddying' | 'Coaching' | 'Shadowing visits') {
    await goTo(this.page, 'Activities');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Development activities' })).toBeVisible();
    if (tab) await this.page.getByRole('navigation', { name: 'Activity types' }).getByRole('link', { name: tab }).click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  card(heading: string): Locator {
    return this.page.locator('.card').filter({ has: this.page.getByRole('heading', { name: heading }) });
  }

  async expectCreated(count: number) {
    await expect(this.page.getByRole('status').getByText(new RegExp(`^${count} CPD entr(y|ies) created`))).toBeVisible();
  }
}
