import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import AgreementPage from '../../../renderer/src/pages/agreements/agreement-page';
import { fakeDrafts, renderWithClient } from '../helpers/render';
import { agreementDetail, content } from './fixtures';

const page = (
  <>
    <nav>
      <Link to="/team">Team</Link>
    </nav>
    <Routes>
      <Route path="/agreements/:id/*" element={<AgreementPage />} />
      <Route path="/team" element={<h1>Team page</h1>} />
    </Routes>
  </>
);
const base = { 'agreements:get': () => agreementDetail(), 'agreements:templates': () => [] };
const WAIT = { timeout: 5000 };

describe('agreement sections keep a draft', { timeout: 20_000 }, () => {
  it('saves a section as it is typed, for the trainee, and says so', async () => {
    const drafts = fakeDrafts();
    const { calls } = renderWithClient(page, { ...base, ...drafts.handlers }, '/agreements/7');
    const training = await screen.findByLabelText('Training to be given');
    await waitFor(() => expect(calls.some((c) => c.channel === 'drafts:get')).toBe(true));
    await userEvent.type(training, 'Cataloguing with Łukasz Żółć');
    expect(await screen.findByText(/Draft saved\./, {}, WAIT)).toBeInTheDocument();
    const saved = JSON.parse(drafts.store.get('agreement:1:content') ?? '{}') as typeof content;
    expect(saved.training).toBe('Cataloguing with Łukasz Żółć');
    expect(saved.placeOfWork).toBe('Eastgate');
    expect(calls.find((c) => c.channel === 'drafts:save')?.input).toMatchObject({ memberId: 3 });
  });

  it('puts the draft back when the agreement is opened again, and saving the version clears it', async () => {
    const drafts = fakeDrafts({ 'agreement:1:content': JSON.stringify({ ...content, training: 'Typed before the reload' }) });
    const { calls } = renderWithClient(
      page,
      { ...base, ...drafts.handlers, 'agreements:updateDraft': ({ content: c }) => agreementDetail({ versions: [{ ...agreementDetail().versions[0]!, content: { ...content, ...c } }] }) },
      '/agreements/7',
    );
    await waitFor(() => expect(screen.getByLabelText('Training to be given')).toHaveValue('Typed before the reload'), WAIT);
    expect(screen.getByText(/Draft restored: not yet saved to the record\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark ready for signature' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(drafts.store.has('agreement:1:content')).toBe(false), WAIT);
    expect(calls.find((c) => c.channel === 'agreements:updateDraft')?.input).toMatchObject({ versionId: 1, content: { training: 'Typed before the reload' } });
  });

  it('asks before a link takes the manager away from unsaved changes', async () => {
    renderWithClient(page, base, '/agreements/7');
    await userEvent.type(await screen.findByLabelText('Expected outcomes'), 'x');
    await userEvent.click(screen.getByRole('link', { name: 'Team' }));
    expect(await screen.findByRole('dialog', { name: 'Leave this page?' })).toHaveTextContent('kept as a draft');
    await userEvent.click(screen.getByRole('button', { name: 'Leave page' }));
    expect(await screen.findByRole('heading', { name: 'Team page' })).toBeInTheDocument();
  });

  it('keeps a learning log entry as a draft while it is typed', async () => {
    const drafts = fakeDrafts();
    renderWithClient(page, { ...base, ...drafts.handlers }, '/agreements/7/log');
    await userEvent.type(await screen.findByLabelText('What I learned'), 'Reference interview');
    await waitFor(() => expect(drafts.store.get('agreementLog:new:7:learned')).toBe('Reference interview'), WAIT);
    expect(screen.getByText(/Draft saved\./)).toBeInTheDocument();
  });
});
