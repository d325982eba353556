import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ShadowingVisit } from '../../../shared/domains/activities';
import { errorData } from '../../../shared/errors';
import { ShadowingTab } from '../../../renderer/src/pages/activities/shadowing-tab';
import { member } from '../helpers/fixtures';
import { renderWithClient } from '../helpers/render';

const visit: ShadowingVisit = {
  id: 7, memberId: 2, memberName: 'Łukasz Żółć', hostLibrary: 'Llyfrgell Siân ap Dŵr', hostPerson: '', mode: 'in_person',
  visitOn: '2026-11-02', hours: 3, objectives: 'See the makerspace', reflection: '', cpdLogged: 0,
};

/** The one record save of the activities forms (recordSubmit): update when editing, refusals where they belong. */
describe('saving an activity record', () => {
  const open = async (update: () => ShadowingVisit | Promise<ShadowingVisit>) => {
    const rendered = renderWithClient(<ShadowingTab />, {
      'activities:listVisits': () => [visit],
      'team:list': () => [member(2, 'Łukasz Żółć')],
      'drafts:get': () => null,
      'activities:updateVisit': update,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit visit to Llyfrgell Siân ap Dŵr' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit shadowing visit' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Visitor' })).toHaveValue('2'));
    return { ...rendered, dialog };
  };

  it('a refusal naming one of the form’s fields is shown at that field and the dialog stays open', async () => {
    const { dialog } = await open(() => Promise.reject(errorData('VALIDATION', 'required', { field: 'hostLibrary' })));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Host library or service')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('dialog', { name: 'Edit shadowing visit' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('a refusal naming no field is shown in the dialog’s banner', async () => {
    const { dialog } = await open(() => Promise.reject(errorData('NOT_FOUND', 'notFound')));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
  });

  it('a saved edit sends the record’s id with the changes and closes the dialog', async () => {
    const { dialog, calls } = await open(() => visit);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.channel === 'activities:updateVisit')?.input).toMatchObject({ id: 7, changes: { hostLibrary: 'Llyfrgell Siân ap Dŵr', hours: 3 } });
  });
});
