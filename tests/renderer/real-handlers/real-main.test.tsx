import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../../renderer/src/api/client';
import TeamPage from '../../../renderer/src/pages/team/team-page';
import AgreementPage from '../../../renderer/src/pages/agreements/agreement-page';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { renderWithTransport } from '../helpers/render';

/**
 * Real pages against the real main process: the transport calls the dispatcher of a workbench over
 * `:memory:` SQLite holding the sample team, in the shipped configuration (no output checks), and sends
 * each result through JSON as the bridge does. No fake can drift here: what the page gets is what the
 * handlers answer.
 */
let t: TestApp;
const realTransport = (): Transport => ({
  invoke: async (channel, input) => JSON.parse(JSON.stringify(await t.app.dispatch(channel, input))) as unknown,
  on: () => () => undefined,
});

beforeEach(async () => {
  t = await createTestApp({ sample: true, checkOutputs: false });
});
afterEach(() => t.close());

describe('renderer against the real main-process handlers', { timeout: 30_000 }, () => {
  it('the team page lists the sample team from the database', async () => {
    const team = await t.call('team:list', { includeArchived: false });
    renderWithTransport(<TeamPage />, realTransport(), '/team');
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    for (const m of team.slice(0, 3)) expect(within(table).getByText(m.name)).toBeInTheDocument();
  });

  it('an agreement section typed on the real page is kept as a draft in the database', async () => {
    const student = (await t.call('team:list', { includeArchived: false })).find((m) => m.jobTitle.includes('Placement Student'));
    if (!student) throw new Error('sample placement student missing');
    const agreement = await t.call('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-12-01', endDate: '2027-02-26' });
    renderWithTransport(<Routes><Route path="/agreements/:id/*" element={<AgreementPage />} /></Routes>, realTransport(), `/agreements/${agreement.id}`);
    const training = await screen.findByLabelText('Training to be given', {}, { timeout: 10_000 });
    await userEvent.type(training, 'Siân ap Dŵr');
    const key = `agreement:${agreement.versions[0]?.id}:content`;
    await waitFor(async () => expect((await t.call('drafts:get', { key }))?.body).toContain('Siân ap Dŵr'), { timeout: 5000 });
  });
});
