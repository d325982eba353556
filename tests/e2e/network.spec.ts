import { adminQuery, createRegion, PG_SKIP_REASON, PG_URL, type Region } from '../helpers/postgres';
import { expect, expectNoAxeViolations, goTo, test } from './fixtures';
import { NetworkSettings } from './pages/network-page';

/**
 * Regional network end to end, on the throwaway PostgreSQL cluster `.ci/run` starts:
 * connect, publish our offer, find another service's host by PKSB section, plan the visit.
 */
test.describe('regional network', () => {
  test.skip(!PG_URL, PG_SKIP_REASON);
  let region: Region;
  let ours: { role: string; url: string };

  test.beforeAll(async () => {
    region = await createRegion();
    ours = await region.addService('ours');
    // Another library service in the region publishes its offer, through its own role (row-level security applies).
    const other = await region.addService('other');
    await adminQuery(other.url, `INSERT INTO services (name, region, sector) VALUES ('Ysbyty Gwynedd Library', 'North Wales', 'health')`);
    await adminQuery(
      other.url,
      `INSERT INTO offers (published, summary, sections, roles, in_person, virtual, contacts, availability)
       VALUES (true, 'Clinical librarians at work: literature searches and ward rounds', ARRAY['IG','RS'], ARRAY['Clinical librarian'], true, true,
               '[{"name":"Siân ap Dŵr","role":"Clinical librarian","email":"sian@example.org","agreed":true}]'::jsonb, 'Tuesdays')`,
    );
  });
  test.afterAll(async () => {
    await region?.drop();
  });

  test('connect, publish an offer, find a host by PKSB section and plan the visit', async ({ page, workbench }) => {
    await goTo(page, 'Settings');
    const network = new NetworkSettings(page);
    await expect(network.status).toContainText('Not connected: the workbench works on its own as before.');
    await network.connect({ service: 'Łukasz Żółć’s Central Library', region: 'North Wales', sector: 'public', url: ours.url });
    await expect(network.status).toContainText('kept for this session only');
    await network.section.getByRole('button', { name: 'Check connection' }).click();
    await expect(network.section.getByRole('status', { name: 'Connection check' })).toHaveText('Connected to the regional network.');

    await network.publishOffer({ summary: 'Local studies and the reading room', section: 'Collection management and development', role: 'Local studies librarian', contact: 'Łukasz Żółć' });
    await expect(network.status).toContainText('Last published 23/11/2026');
    const published = await adminQuery(region.adminUrl, 'SELECT o.summary, o.contacts FROM offers o WHERE o.owner = $1', [ours.role]);
    expect(published.rows[0]).toMatchObject({ summary: 'Local studies and the reading room', contacts: [{ name: 'Łukasz Żółć', agreed: true }] });

    await network.search('Information governance and compliance');
    const host = network.host('Ysbyty Gwynedd Library');
    await expect(host).toContainText('Siân ap Dŵr');
    if (process.env.WORKBENCH_SCREENSHOTS) await network.section.screenshot({ path: 'docs/images/network-search.png' });
    await expectNoAxeViolations(page);

    await host.getByRole('button', { name: 'Plan a visit to Ysbyty Gwynedd Library' }).click();
    const form = host.getByRole('form', { name: 'Plan a visit to Ysbyty Gwynedd Library' });
    const team = await workbench.call<{ id: number; name: string }[]>('team:list', { includeArchived: false });
    const visitor = team[0]!;
    await form.getByLabel('Who visits').selectOption({ label: visitor.name });
    await form.getByLabel('Visit date').fill('2027-01-12');
    await form.getByLabel('How').selectOption('virtual');
    await form.getByLabel('Objectives').fill('See how a clinical literature search is run');
    await form.getByRole('button', { name: 'Plan the visit' }).click();
    await expect(host.getByRole('status')).toContainText(`Planned: ${visitor.name} visits Ysbyty Gwynedd Library on 12/01/2027`);

    if (process.env.WORKBENCH_SCREENSHOTS) await host.screenshot({ path: 'docs/images/network-planned.png' });
    await host.getByRole('link', { name: 'Activities → Shadowing visits' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Development activities' })).toBeVisible();
    await expect(page.getByText('Ysbyty Gwynedd Library').first()).toBeVisible();
  });
});
