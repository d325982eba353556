import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LogCpdDialog } from '../../../renderer/src/pages/activities/log-cpd-dialog';
import { renderWithClient } from '../helpers/render';
import { errorData } from '../../../shared/errors';

describe('log as CPD', () => {
  it('creates an entry for each person in one step and says how many', async () => {
    const onClose = vi.fn();
    const { calls } = renderWithClient(
      <LogCpdDialog
        target={{ kind: 'alsMeeting', id: 4, title: 'Service set, 19/10/2026', people: ['Ann', 'Ben', 'Cat'], date: '2026-10-19', hours: 2.5 }}
        today="2026-11-23"
        onClose={onClose}
      />,
      { 'activities:logCpd': () => ({ created: 3, names: ['Ann', 'Ben', 'Cat'] }) },
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: /Ethics and values/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create 3 CPD entries' }));
    expect(await screen.findByText('3 CPD entries created: Ann, Ben, Cat.')).toBeInTheDocument();
    expect(calls[0]?.input).toEqual({ kind: 'alsMeeting', id: 4, sections: ['EV'], hours: null, date: null });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows a refusal about hours next to the hours field', async () => {
    renderWithClient(
      <LogCpdDialog target={{ kind: 'buddying', id: 1, title: 'Buddying', people: ['Ann', 'Ben'], date: null, hours: null }} today="2026-11-23" onClose={() => undefined} />,
      { 'activities:logCpd': () => Promise.reject(errorData('VALIDATION', 'min', { field: 'hours', params: { min: 0, inclusive: 0 } })) },
    );
    await userEvent.type(await screen.findByLabelText('Hours each'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Create 2 CPD entries' }));
    expect(await screen.findByText('Hours must be more than 0')).toBeInTheDocument();
    expect(screen.getByLabelText('Hours each')).toHaveAttribute('aria-invalid', 'true');
  });
});
