import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

export class DashboardPage {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'Dashboard');
    await expect(this.attention).toBeVisible();
  }

  get attention(): Locator {
    return this.page.getByRole('region', { name: 'Needs attention' });
  }

  items(): Locator {
    return this.attention.getByRole('listitem');
  }

  item(title: string | RegExp): Locator {
    return this.items().filter({ has: this.page.getByRole('link', { name: title }) });
  }
}
