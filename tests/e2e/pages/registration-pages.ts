import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The registration dashboard, addressed by what a user sees. */
export class RegistrationDashboard {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'Registration');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Registration' })).toBeVisible();
  }

  get journeys(): Locator {
    return this.page.getByRole('table', { name: 'Registration journeys, stalled first' });
  }

  get registered(): Locator {
    return this.page.getByRole('table', { name: 'Registered members, with revalidation anniversaries' });
  }

  journeyRow(memberName: string): Locator {
    return this.journeys.getByRole('row').filter({ has: this.page.getByRole('link', { name: memberName, exact: true }) });
  }

  /**
   * Opens a journey from the dashboard table. A change made just before (a stage move) can reach the list as a
   * live refresh that re-sorts it under the pointer, so a click that lands on another row is made again from the
   * dashboard, as a person would.
   */
  async openJourney(memberName: string) {
    const heading = this.page.getByRole('heading', { level: 1, name: new RegExp(`^${memberName}:`) });
    await expect(async () => {
      if (!(await heading.isVisible())) {
        if (!(await this.journeys.isVisible())) await this.open();
        await this.journeys.getByRole('link', { name: memberName, exact: true }).click();
      }
      await expect(heading).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
  }

  async openCpd(memberName: string) {
    await this.registered.getByRole('link', { name: memberName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `${memberName}: CPD and revalidation` })).toBeVisible();
  }
}

/** One journey: stage changes by accessible names. */
export class JourneyScreen {
  constructor(readonly page: Page) {}

  async moveToNextStage() {
    await this.page.getByRole('button', { name: /^Move to next stage/ }).click();
  }

  async recordStageChange(stage: string, reason = '') {
    const form = this.page.getByRole('form', { name: 'Record a stage change' });
    await form.getByLabel('New stage').selectOption({ label: stage });
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Record stage change' }).click();
  }

  get facts(): Locator {
    return this.page.getByRole('region', { name: 'Journey' });
  }
}

/** A member's CPD log and revalidation view. */
export class CpdScreen {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async logCpd(entry: { date?: string; type: string; hours: string; title: string; sections?: string[] }) {
    await this.page.getByRole('button', { name: 'Log CPD', exact: true }).click();
    await expect(this.dialog).toBeVisible();
    if (entry.date) await this.dialog.getByLabel('Date', { exact: true }).fill(entry.date);
    await this.dialog.getByLabel('Activity type').selectOption({ label: entry.type });
    await this.dialog.getByLabel('Hours', { exact: true }).fill(entry.hours);
    await this.dialog.getByLabel('What was it?').fill(entry.title);
    for (const s of entry.sections ?? []) await this.dialog.getByLabel(s).check();
    await this.dialog.getByRole('button', { name: 'Save CPD' }).click();
  }

  get hoursText(): Locator {
    return this.page.getByText(/ of 20 h \(\d+%\)/);
  }

  get readiness(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Ready to submit|Not ready yet/ });
  }

  async writeStatement(parts: { personal: string; organisational: string; wider: string }) {
    await this.page.getByLabel('Personal performance', { exact: true }).fill(parts.personal);
    await this.page.getByLabel('Organisational performance', { exact: true }).fill(parts.organisational);
    await this.page.getByLabel('The wider profession', { exact: true }).fill(parts.wider);
    await this.page.getByRole('button', { name: 'Save statement' }).click();
  }
}
