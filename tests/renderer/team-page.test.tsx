import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TeamPage from '../../renderer/src/pages/team/team-page';
import { emptyMemberInput, type Member } from '../../shared/domains/team';
import { renderWithClient } from './helpers/render';
import { mainError } from './helpers/main-error';

const person = (id: number, name: string, extra: Partial<Member> = {}): Member => ({
  ...emptyMemberInput,
  id,
  name,
  jobTitle: 'Library Assistant',
  team: 'Central Library',
  startDate: '2024-03-09',
  leftOn: null,
  lineManagerName: null,
  createdAt: '',
  updatedAt: '',
  ...extra,
});

const members = [
  person(1, 'Ann Able'),
  person(2, 'Bo Brook', { team: 'Riverside Health Library', employmentType: 'apprentice', jobTitle: 'Apprentice' }),
];

describe('Team page', () => {
  it('lists the team with UK dates and sorts by a column header', async () => {
    renderWithClient(<TeamPage />, { 'team:list': () => members });
    const table = await screen.findByRole('table', { name: 'Team members' });
    expect(within(table).getAllByText('09/03/2024')).toHaveLength(2);
    const names = () => within(table).getAllByRole('link').map((a) => a.textContent);
    expect(names()).toEqual(['Ann Able', 'Bo Brook']);
    await userEvent.click(within(table).getByRole('button', { name: /Name/ }));
    expect(names()).toEqual(['Bo Brook', 'Ann Able']);
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts names by their letters, accents aside: Łukasz among the Ls and Ömer among the Os, not after Zoë', async () => {
    const team = [person(1, 'Zoë Okonkwo-Hale'), person(2, 'Łukasz Żółć'), person(3, 'Ömer Aydın'), person(4, 'Ann Able'), person(5, 'Mair Lloyd')];
    renderWithClient(<TeamPage />, { 'team:list': () => team });
    const table = await screen.findByRole('table', { name: 'Team members' });
    const names = () => within(table).getAllByRole('link').map((a) => a.textContent);
    expect(names()).toEqual(['Ann Able', 'Łukasz Żółć', 'Mair Lloyd', 'Ömer Aydın', 'Zoë Okonkwo-Hale']);
  });

  it('search finds names however they are typed: "lukasz zolc" finds Łukasz Żółć, "SIAN" finds Siân ap Dŵr', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(<TeamPage />, { 'team:list': () => [...members, person(3, 'Łukasz Żółć'), person(4, 'Siân ap Dŵr')] });
    const table = await screen.findByRole('table', { name: 'Team members' });
    const names = () => within(table).getAllByRole('link').map((a) => a.textContent);
    const search = screen.getByLabelText('Search team');
    await user.type(search, 'lukasz zolc');
    await waitFor(() => expect(names()).toEqual(['Łukasz Żółć']));
    await user.clear(search);
    await user.type(search, 'SIAN');
    await waitFor(() => expect(names()).toEqual(['Siân ap Dŵr']));
  });

  it('shows a helpful empty state when there is nobody yet', async () => {
    renderWithClient(<TeamPage />, { 'team:list': () => [] });
    expect(await screen.findByRole('heading', { name: 'No team members yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import a spreadsheet' })).toBeInTheDocument();
  });

  it('asks for leavers only when "Show leavers" is ticked', async () => {
    const { calls } = renderWithClient(<TeamPage />, { 'team:list': () => members });
    await screen.findByRole('table', { name: 'Team members' });
    await userEvent.click(screen.getByLabelText('Show leavers'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'team:list' && (c.input as { includeArchived: boolean }).includeArchived)).toBe(true));
  });

  it('validates the add form inline with the shared schema and sends nothing until it is valid', async () => {
    const { calls } = renderWithClient(<TeamPage />, { 'team:list': () => members, 'team:create': (input) => person(3, (input as Member).name) });
    await userEvent.click(await screen.findByRole('button', { name: 'Add member' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a team member' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(await within(dialog).findByText('Name is required')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.channel === 'team:create')).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Cy Clear');
    await userEvent.type(within(dialog).getByLabelText('Job title'), 'Archivist');
    await userEvent.type(within(dialog).getByLabelText('Team / service point'), 'Central Library');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'team:create')).toHaveLength(1));
    expect(await screen.findByText('Cy Clear added to the team.')).toBeInTheDocument();
  });

  it('refuses a start date more than 12 months ahead in the form, saying the last date allowed, and sends nothing', async () => {
    const { calls } = renderWithClient(<TeamPage />, { 'team:list': () => members, 'team:create': (input) => person(3, (input as Member).name) });
    await userEvent.click(await screen.findByRole('button', { name: 'Add member' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a team member' });
    expect(within(dialog).getByText('A new starter may be added up to 23/11/2027 (12 months ahead)')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Siân ap Dŵr');
    await userEvent.type(within(dialog).getByLabelText('Job title'), 'Library Assistant');
    await userEvent.type(within(dialog).getByLabelText('Team / service point'), 'Central Library');
    await userEvent.type(within(dialog).getByLabelText('Start date'), '2099-01-04');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(await within(dialog).findByText(/^Start date 04\/01\/2099 is more than 12 months ahead: a new starter can be added up to 23\/11\/2027/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Start date')).toHaveFocus();
    expect(calls.filter((c) => c.channel === 'team:create')).toHaveLength(0);
    await userEvent.clear(within(dialog).getByLabelText('Start date'));
    await userEvent.type(within(dialog).getByLabelText('Start date'), '2026-12-14');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'team:create')).toHaveLength(1));
  });

  it('shows a server-side error against the field it names', async () => {
    renderWithClient(<TeamPage />, {
      'team:list': () => members,
      'team:create': () => {
        throw mainError({ code: 'CONFLICT', key: 'conflict.duplicate', field: 'email', params: { by: 'Ann Able' } });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add member' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Dee Dup');
    await userEvent.type(within(dialog).getByLabelText('Job title'), 'Archivist');
    await userEvent.type(within(dialog).getByLabelText('Team / service point'), 'Central');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'ann@example.org');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(await within(dialog).findByText('Email is already used by Ann Able')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});
