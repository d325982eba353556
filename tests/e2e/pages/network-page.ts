import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Regional network: connection, our offer, search and planning a visit. */
export class NetworkSettings {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Regional network' });
  }

  get status(): Locator {
    return this.section.getByRole('status', { name: 'Network status' });
  }

  async connect(o: { service: string; region: string; sector: string; url: string }) {
    const form = this.section.getByRole('form', { name: 'Connection' });
    await form.getByLabel('Library service name').fill(o.service);
    await form.getByLabel('Region').fill(o.region);
    await form.getByLabel('Sector').selectOption(o.sector);
    await form.getByLabel('Connection string').fill(o.url);
    await form.getByLabel('TLS').selectOption('disable');
    await form.getByRole('button', { name: 'Connect' }).click();
    await expect(this.status).toContainText(`Connected as ${o.service}`);
  }

  async publishOffer(o: { summary: string; section: string; role: string; contact: string }) {
    const form = this.section.getByRole('form', { name: 'Our shadowing offer' });
    await form.getByLabel('What visitors can see or shadow').fill(o.summary);
    await form.getByRole('checkbox', { name: o.section }).check();
    await form.getByLabel('Job roles visitors can shadow').fill(o.role);
    await form.getByLabel('Virtual').check();
    await form.getByLabel('Contact 1 name').fill(o.contact);
    await form.getByLabel('Contact 1 agreed to be listed').check();
    await form.getByRole('button', { name: 'Publish offer' }).click();
  }

  async search(section: string) {
    const search = this.section.getByRole('search');
    await search.getByLabel('PKSB section').selectOption({ label: section });
    await search.getByLabel('Region (empty: all)').fill('');
    await search.getByRole('button', { name: 'Search' }).click();
  }

  host(name: string): Locator {
    return this.section.getByRole('list', { name: 'Hosts found' }).getByRole('listitem', { name });
  }
}
