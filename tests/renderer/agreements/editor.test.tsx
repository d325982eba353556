import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { AgreementContent, AgreementDetail, Version } from '../../../shared/domains/agreements';
import AgreementPage from '../../../renderer/src/pages/agreements/agreement-page';
import { renderWithClient } from '../helpers/render';

const content: AgreementContent = {
  startDate: '2026-11-02', endDate: '2027-01-22', hoursPerWeek: 22.5, placeOfWork: 'Eastgate', holidayAbsence: 'Ring', healthSafety: 'Induction',
  contractual: 'HR', training: '', outcomes: '', qualifications: '', projects: '', contacts: [], learningLog: 'Diary', traineeHopes: '',
  managerExpectations: '', reviewEveryWeeks: 4,
};
const version = (over: Partial<Version>): Version => ({
  id: 1, number: 1, status: 'draft', content, signatures: [], createdAt: '2026-11-23T10:00:00Z', readyAt: null, signedAt: null, ...over,
});
const detail = (versions: Version[], missing: string[] = []): AgreementDetail => ({
  id: 7, memberId: 3, memberName: 'Zoë Example', scheme: 'work_placement', versionNumber: versions.length,
  status: versions[versions.length - 1]?.status ?? 'draft', signedVersion: null, startDate: content.startDate, endDate: content.endDate,
  daysLeft: 60, nextReviewDue: null, overdueReviews: 0, otj: null, warnings: [], versions, completeness: { missing, warnings: [] },
  reviews: [], otjEntries: [], logEntries: [], visits: [], requiredSigners: ['trainee', 'manager'], today: '2026-11-23',
});
const page = <Routes><Route path="/agreements/:id/*" element={<AgreementPage />} /></Routes>;
const templates = () => [];

describe('agreement editor', () => {
  it('lists missing sections, and shows why marking ready was refused', async () => {
    const { calls } = renderWithClient(page, {
      'agreements:get': () => detail([version({})], ['Training to be given', 'Expected outcomes']),
      'agreements:templates': templates,
      'agreements:markReady': () => {
        throw { code: 'VALIDATION', message: 'Not ready for signature. Missing: Training to be given.', field: 'content' };
      },
    }, '/agreements/7');
    const missing = await screen.findByRole('list', { name: 'Missing sections' });
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Training to be given', 'Expected outcomes']);
    await userEvent.click(screen.getByRole('button', { name: 'Mark ready for signature' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Missing: Training to be given');
    expect(calls.filter((c) => c.channel === 'agreements:markReady')).toEqual([{ channel: 'agreements:markReady', input: { versionId: 1 } }]);
  });

  it('shows a signed version read-only, offers a new version, and diffs version 2 against it', async () => {
    const signed = version({ status: 'signed', signatures: [{ role: 'trainee', name: 'Zoë', signedOn: '2026-11-20', recordedAt: '' }, { role: 'manager', name: 'Sam', signedOn: '2026-11-21', recordedAt: '' }] });
    const { calls } = renderWithClient(page, { 'agreements:get': () => detail([signed]), 'agreements:templates': templates, 'agreements:newVersion': () => detail([signed]) }, '/agreements/7');
    expect(await screen.findByText(/Signed by everyone on 21\/11\/2026: this version is read-only/)).toBeTruthy();
    expect((screen.getByLabelText('Place of work') as HTMLInputElement).matches(':disabled')).toBe(true);
    expect((screen.getByLabelText('Start date') as HTMLInputElement).value).toBe('02/11/2026');
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Make a change (new version)' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'agreements:newVersion')).toBe(true));
  });

  it('shows what changed from the previous version', async () => {
    const v1 = version({ status: 'signed' });
    const v2 = version({ id: 2, number: 2, content: { ...content, projects: 'Graphic novels stock report' } });
    renderWithClient(page, { 'agreements:get': () => detail([v1, v2]), 'agreements:templates': templates }, '/agreements/7');
    const diff = await screen.findByRole('table', { name: 'Changes from version 1 to version 2' });
    const row = within(diff).getByRole('row', { name: /Projects and specific work/ });
    expect(row.textContent).toContain('Now: Graphic novels stock report');
    expect(within(diff).getAllByRole('row')).toHaveLength(2);
  });
});
