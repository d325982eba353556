import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The One-to-ones screens (overview and one meeting), by roles, labels and accessible names. */
export class OneToOnesPage {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'One-to-ones');
    await expect(this.page.getByRole('heading', { level: 1, name: 'One-to-ones' })).toBeVisible();
  }

  week(name: 'This week' | 'Next week'): Locator {
    return this.page.getByRole('table', { name });
  }

  async openMeetingWith(memberName: string) {
    await this.page.getByRole('row').filter({ hasText: memberName }).getByRole('link').first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: `One-to-one with ${memberName}` })).toBeVisible();
  }

  get agenda(): Locator {
    return this.page.getByRole('region', { name: 'Agenda', exact: true });
  }

  get suggestions(): Locator {
    return this.page.getByRole('region', { name: 'Suggested for this meeting' });
  }

  get actions(): Locator {
    return this.page.getByRole('region', { name: 'Actions agreed' });
  }

  async addAction(text: string, dueOn?: string) {
    await this.actions.getByLabel('Action', { exact: true }).fill(text);
    if (dueOn) await this.actions.getByLabel('Due date').fill(dueOn);
    await this.actions.getByRole('button', { name: 'Add action' }).click();
  }

  async saveNotes(shared: string, personal: string) {
    await this.page.getByLabel('Shared notes').fill(shared);
    await this.page.getByLabel('Private notes').fill(personal);
    await this.page.getByRole('button', { name: 'Save notes' }).click();
    await expect(this.page.getByText('Notes saved.')).toBeVisible();
  }
}
