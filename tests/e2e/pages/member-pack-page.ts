import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Member pack card on a member's page: send a pack, import a returned one. */
export class MemberPackCard {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByRole('region', { name: 'Member pack' });
  }

  get preview(): Locator {
    return this.card.getByRole('form', { name: 'Returned pack preview' });
  }

  /** Clicks "Send a pack" and returns the workbook as base64. */
  async send(): Promise<{ fileName: string; base64: string }> {
    const download = this.page.waitForEvent('download');
    await this.card.getByRole('button', { name: 'Send a pack' }).click();
    const file = await download;
    return { fileName: file.suggestedFilename(), base64: fs.readFileSync(await file.path()).toString('base64') };
  }

  async chooseReturned(base64: string, name = 'returned-pack.xlsx') {
    await this.card.getByLabel('Import a returned pack (.xlsx)').setInputFiles({
      name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(base64, 'base64'),
    });
    await expect(this.preview).toBeVisible();
  }
}
