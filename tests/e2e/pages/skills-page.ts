import { expect, type Locator, type Page } from '@playwright/test';
import { goTo } from '../fixtures';

/** The Skills screens, addressed by what a user sees: roles, labels and accessible names. */
export class SkillsPage {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, 'Skills');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The test fixtures use the 2012 wheel's section codes (1, 5, …). */
  async importFramework(file: string, name: string, version: string, edition = 'PKSB 2012 wheel') {
    await this.page.getByRole('link', { name: 'Frameworks and scale' }).click();
    await this.page.getByRole('button', { name: 'Import framework…' }).click();
    await this.dialog.getByLabel('Framework name').fill(name);
    await this.dialog.getByLabel('Version').fill(version);
    await this.dialog.getByLabel('PKSB edition of the file').selectOption({ label: edition });
    await this.dialog.getByLabel('File to import').setInputFiles(file);
  }

  async openMemberSkills(name: string) {
    await goTo(this.page, 'Team');
    await this.page.getByRole('table', { name: 'Team members' }).getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('link', { name: `Open ${name}’s skills` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `${name}: skills` })).toBeVisible();
  }

  async startAssessment(framework: string, kind: string, date: string) {
    await this.page.getByRole('button', { name: 'New assessment' }).click();
    const form = this.page.getByRole('form', { name: 'New assessment' });
    await form.getByLabel('Framework').selectOption({ label: framework });
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Date').fill(date);
    await form.getByRole('button', { name: 'Start assessment' }).click();
    await expect(this.page.getByText(/\d+ of \d+ rated/).first()).toBeVisible();
  }

  currentRating(skill: string): Locator {
    return this.page.getByRole('radiogroup', { name: `Current rating: ${skill}` });
  }

  /** Rates by keyboard only: focus the first skill's current rating, then number keys and ↓. */
  async rateByKeyboard(firstSkill: string, ratings: number[]) {
    await this.currentRating(firstSkill).getByRole('radio').first().focus();
    for (const [i, r] of ratings.entries()) {
      await this.page.keyboard.press(String(r));
      if (i < ratings.length - 1) await this.page.keyboard.press('ArrowDown');
    }
    await expect(this.page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  }

  get heatmap(): Locator {
    return this.page.getByRole('table', { name: 'Average current rating by member and section' });
  }
}
