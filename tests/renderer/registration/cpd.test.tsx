import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../helpers/render';
import type { FrameworkSummary } from '../../../shared/domains/skills';
import { App, revalidation, status, words } from './fixtures';
import { mainError } from '../helpers/main-error';

const route = '/registration/members/3/cpd';

// Typing through user-event in jsdom is slow on a busy machine; the default 5 s is too tight.
describe('CPD log and revalidation', { timeout: 20_000 }, () => {
  const base = { 'registration:revalidation': () => revalidation(), 'registration:cpdList': () => [], 'system:status': status };

  it('refuses 0 hours and a future date in the form, naming the field, without calling the app', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderWithClient(<App />, base, route);
    await user.click(await screen.findByRole('button', { name: 'Log CPD' }));
    await user.type(screen.getByLabelText('What was it?'), 'Copyright course');
    const hours = screen.getByLabelText('Hours');
    await user.clear(hours);
    await user.type(hours, '0');
    await user.click(screen.getByRole('button', { name: 'Save CPD' }));
    expect(await screen.findByText('Hours must be more than 0')).toBeInTheDocument();
    await user.clear(hours);
    await user.type(hours, '2');
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save CPD' }));
    expect(await screen.findByText('Date cannot be in the future for completed CPD')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'registration:addCpd')).toBe(false);
  });

  it('shows a server refusal next to the field it names', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(
      <App />,
      {
        ...base,
        'registration:addCpd': () => {
          throw mainError({ code: 'VALIDATION', field: 'hours', rule: 'must be at most 24 hours for one entry (split longer activities)', key: 'max' });
        },
      },
      route,
    );
    await user.click(await screen.findByRole('button', { name: 'Log CPD' }));
    await user.type(screen.getByLabelText('What was it?'), 'Conference');
    await user.click(screen.getByRole('button', { name: 'Save CPD' }));
    expect(await screen.findByText('Hours must be at most 24 hours for one entry (split longer activities)')).toBeInTheDocument();
    expect(screen.getByLabelText('Hours')).toHaveAttribute('aria-invalid', 'true');
  });

  it('requires a title, without calling the app; a saved entry without reflection says it is missing', async () => {
    const user = userEvent.setup({ delay: null });
    const entry = {
      id: 7, memberId: 3, date: '2026-11-02', activityType: 'reading' as const, hours: 1, title: 'Article on reader development',
      reflection: '', sections: [], source: null, createdAt: '2026-11-02T10:00:00Z',
    };
    const { calls } = renderWithClient(<App />, { ...base, 'registration:cpdList': () => [entry] }, route);
    expect(await screen.findByText('No reflection yet: revalidation asks for it')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log CPD' }));
    await user.click(screen.getByRole('button', { name: 'Save CPD' }));
    expect(await screen.findByText('What was it? is required')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'registration:addCpd')).toBe(false);
  });

  it("offers the PKSB sections of the default framework's edition", async () => {
    const user = userEvent.setup({ delay: null });
    const current: FrameworkSummary = { id: 1, name: 'PKSB', version: '2021', edition: '2021', description: '', isDemo: false, isDefault: true, skillCount: 1, sectionCount: 17, assessmentCount: 0 };
    renderWithClient(<App />, { ...base, 'skills:listFrameworks': () => [current] }, route);
    await user.click(await screen.findByRole('button', { name: 'Log CPD' }));
    expect(await screen.findByRole('group', { name: 'PKSB sections it developed (PKSB (© CILIP 2021))' })).toBeInTheDocument();
    expect(screen.getByLabelText('DM Data management')).toBeInTheDocument();
    expect(screen.queryByLabelText('12 IT and communication')).toBeNull();
  });

  it('counts statement words live across the three prompts and warns over 250', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(<App />, base, route);
    await user.type(await screen.findByLabelText('Personal performance'), 'I taught searching to nurses.');
    expect(screen.getByText('5 of 250 words in the statement')).toBeInTheDocument();
    await user.click(screen.getByLabelText('The wider profession'));
    await user.paste(words(250));
    expect(screen.getByText(/255 of 250 words in the statement/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Over the 250-word limit by 5.');
  });

  it('is "ready to submit" only when hours and statement both hold', async () => {
    const ready = revalidation({
      hours12m: 20, hoursMet: true, words: 3, wordsMet: true, promptsAnswered: true, ready: true,
      statement: { personal: 'one', organisational: 'two', wider: 'three', updatedAt: '2026-11-23T10:00:00Z' },
      registrations: [{ id: 1, memberId: 3, memberName: 'Chloé Greenhalgh', level: 'chartership', registeredOn: '2021-12-13', lastRevalidatedOn: null, nextAnniversary: '2026-12-13', daysToAnniversary: 20, missedAnniversary: null, cpdHours12m: 20 }],
    });
    renderWithClient(<App />, { ...base, 'registration:revalidation': () => ready }, route);
    expect(await screen.findByText(/Ready to submit/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record as revalidated' })).toBeEnabled();
  });

  it('says when a revalidation anniversary went by with none recorded', async () => {
    const overdue = revalidation({
      registrations: [{ id: 1, memberId: 3, memberName: 'Chloé Greenhalgh', level: 'chartership', registeredOn: '2020-06-01', lastRevalidatedOn: '2025-06-15', nextAnniversary: '2027-06-01', daysToAnniversary: 190, missedAnniversary: '2026-06-01', cpdHours12m: 4 }],
    });
    renderWithClient(<App />, { ...base, 'registration:revalidation': () => overdue }, route);
    expect(await screen.findByText(/The anniversary on 01\/06\/2026 went by with no revalidation recorded/)).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });

  it('says what is missing while not ready, and suggests re-rating developed PKSB sections', async () => {
    renderWithClient(<App />, { ...base, 'registration:revalidation': () => revalidation({ sectionsDeveloped: ['4'] }) }, route);
    expect(await screen.findByText(/Not ready yet: needs 7.5 h more CPD/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record as revalidated' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Consider re-rating those skills' })).toHaveAttribute('href', '/skills/members/3'));
    expect(screen.getByLabelText('CPD hours in the last 12 months')).toHaveAttribute('value', '12.5');
  });
});
