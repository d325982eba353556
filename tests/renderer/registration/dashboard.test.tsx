import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../helpers/render';
import { App, dashboard, status } from './fixtures';

// Typing through user-event in jsdom is slow on a busy machine; the default 5 s is too tight.
describe('registration dashboard', { timeout: 20_000 }, () => {
  it('lists the stalled candidate first with a "Stalled" marker in words', async () => {
    renderWithClient(<App />, { 'registration:dashboard': () => dashboard(), 'system:status': status }, '/registration');
    const table = await screen.findByRole('table', { name: 'Registration journeys, stalled first' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Zoë Okonkwo-Hale');
    expect(rows[1]).toHaveTextContent('Stalled (20 weeks without movement)');
    expect(rows[2]).toHaveTextContent('On track');
    expect(screen.getByText(/1 journey has stalled/)).toBeInTheDocument();
  });

  it('sorts by a column when asked, keeping stalled-first as the starting order', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(<App />, { 'registration:dashboard': () => dashboard(), 'system:status': status }, '/registration');
    const table = await screen.findByRole('table', { name: 'Registration journeys, stalled first' });
    await user.click(within(table).getByRole('button', { name: 'Member' }));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Kezia Hollins');
    expect(within(table).getByRole('columnheader', { name: /Member/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('gives the chart figures as a table and shows days to each revalidation anniversary', async () => {
    renderWithClient(<App />, { 'registration:dashboard': () => dashboard(), 'system:status': status }, '/registration');
    const figures = await screen.findByRole('table', { name: 'Candidates by level and stage' });
    expect(within(figures).getByRole('row', { name: /Gathering evidence/ })).toHaveTextContent('Gathering evidence010');
    const registered = screen.getByRole('table', { name: 'Registered members, with revalidation anniversaries' });
    expect(registered).toHaveTextContent('13/12/2026 in 20 days');
    expect(registered).toHaveTextContent('12.5 h of 20 h');
  });

  it('explains what to do when nobody is on a journey', async () => {
    renderWithClient(
      <App />,
      { 'registration:dashboard': () => dashboard({ journeys: [], counts: [], registered: [] }), 'system:status': status },
      '/registration',
    );
    expect(await screen.findByRole('heading', { name: 'No one is working towards registration' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No registered members recorded' })).toBeInTheDocument();
  });
});
