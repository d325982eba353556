import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../shared/domains/team';
import type { FrameworkImportPreview } from '../../../shared/domains/skills';
import { ImportDialog } from '../../../renderer/src/pages/team/import-dialog';
import { FrameworkImportDialog } from '../../../renderer/src/pages/skills/framework-import-dialog';
import { renderWithClient } from '../helpers/render';

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

const teamPreview = (bad: boolean): ImportPreview => ({
  headers: ['name', 'email'],
  mapping: { name: 'name', email: 'email' },
  rows: [
    { rowNumber: 2, name: 'Łukasz Żółć', action: 'add', matchedBy: null, errors: [] },
    { rowNumber: 3, name: 'Siân ap Dŵr', action: 'update', matchedBy: 'email', errors: bad ? [{ field: 'email', message: 'Email is not an email address' }] : [] },
  ],
  defaults: [],
  fullTimeWeekHours: 37,
  blankRows: 0,
  counts: { add: 1, update: bad ? 0 : 1, skip: 0, invalid: bad ? 1 : 0 },
});

describe('the import dialogs share one frame: choose a file, see every row checked, import all or nothing', () => {
  it('team: a row with an error is named and blocks the import; a clean file imports and says what changed', async () => {
    const user = userEvent.setup();
    let bad = true;
    const onClose = vi.fn();
    const { calls } = renderWithClient(<ImportDialog onClose={onClose} />, {
      'team:importPreview': () => teamPreview(bad),
      'team:importCommit': () => ({ added: 1, updated: 1, skipped: 0 }),
    });
    const dialog = await screen.findByRole('dialog', { name: 'Import team members' });
    await user.upload(within(dialog).getByLabelText('File to import'), csv('team.csv', 'name,email\n'));
    expect(await screen.findByText('Row 3: Email is not an email address')).toBeInTheDocument();
    expect(screen.getByText(/1 row has errors: nothing will be imported until the file is fixed\./)).toHaveClass('error-banner');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    bad = false;
    await user.upload(within(dialog).getByLabelText('File to import'), csv('team-fixed.csv', 'name,email\n'));
    await user.click(await screen.findByRole('button', { name: 'Import 2 changes' }));
    expect(await screen.findByText('Import finished: 1 added, 1 updated, 0 skipped (already up to date).')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'team:importCommit')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('skills: the same steps, with the framework name and version to fill in first; Cancel closes', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const preview = (invalid: number): FrameworkImportPreview => ({
      edition: '2021',
      rows: [{ rowNumber: 2, sectionCode: '5', sectionName: 'Information governance', sectionEdition: '2021', code: '5.1', title: 'Data protection', errors: invalid ? [{ field: 'title', message: 'Title is required' }] : [] }],
      sectionCount: 1,
      skillCount: 1,
      invalid,
    });
    let invalid = 1;
    renderWithClient(<FrameworkImportDialog onClose={onClose} />, { 'skills:importPreview': () => preview(invalid) });
    const dialog = await screen.findByRole('dialog', { name: 'Import a skills framework' });
    await user.upload(within(dialog).getByLabelText('File to import'), csv('pksb-2026.csv', 'section,code,title\n'));
    expect(await screen.findByText('Row 2: Title is required')).toBeInTheDocument();
    expect(screen.getByLabelText('Version')).toHaveValue('pksb-2026');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    invalid = 0;
    await user.upload(within(dialog).getByLabelText('File to import'), csv('pksb-2026.csv', 'section,code,title\n'));
    expect(await screen.findByRole('button', { name: 'Import 1 skill' })).toBeEnabled();
    expect(screen.getByText('1 row: 1 skill in 1 section.')).toHaveClass('info-banner');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });
});
