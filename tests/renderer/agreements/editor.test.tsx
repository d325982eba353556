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
  managerExpectations: '', reviewEveryWeeks: 4, gatewayDate: null, studyTime: '', supervisorTime: '', apprenticeshipStandard: '', otjMinimumHours: null,
  aims: { skills: '', knowledge: '', behaviours: '' },
};
const tutor = { role: 'tutor' as const, name: 'Dr Siân ap Dŵr', organisation: 'Aberystwyth University', email: 'sian@example.ac.uk', visits: 'Mid-point visit' };
const version = (over: Partial<Version>): Version => ({
  id: 1, number: 1, status: 'draft', content, signatures: [], returns: [], createdAt: '2026-11-23T10:00:00Z', readyAt: null, signedAt: null, ...over,
});
const detail = (versions: Version[], missing: string[] = []): AgreementDetail => ({
  id: 7, memberId: 3, memberName: 'Zoë Example', scheme: 'work_placement', versionNumber: versions.length,
  status: versions[versions.length - 1]?.status ?? 'draft', signedVersion: null, phase: 'draft', otjPlan: null, startDate: content.startDate, endDate: content.endDate,
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

  it('a placement with a named tutor is signed by the tutor, chosen from the contacts, on the date they signed', async () => {
    const ready = version({ status: 'ready', content: { ...content, contacts: [tutor] } });
    const { calls } = renderWithClient(page, { 'agreements:get': () => detail([ready]), 'agreements:templates': templates, 'agreements:sign': () => detail([ready]) }, '/agreements/7');
    const signatures = await screen.findByRole('list', { name: 'Signatures' });
    expect(within(signatures).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual(['Trainee', 'Manager', 'Placement tutor']);
    await userEvent.click(screen.getByRole('button', { name: 'Record placement tutor signature' }));
    const who = screen.getByLabelText('Placement tutor: who signs') as HTMLSelectElement;
    expect(who.value).toBe('Dr Siân ap Dŵr');
    expect([...who.options].map((o) => o.textContent)).toContain('Dr Siân ap Dŵr · Placement tutor (home university or college) · Aberystwyth University');
    const date = screen.getByLabelText('Signed on');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-18');
    await userEvent.click(screen.getByRole('button', { name: 'Record signature' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'agreements:sign')).toEqual([
        { channel: 'agreements:sign', input: { versionId: 1, role: 'tutor', name: 'Dr Siân ap Dŵr', signedOn: '2026-11-18' } },
      ]),
    );
  });

  it('a partly signed version goes back to draft only with a reason, naming the signatures set aside', async () => {
    const partly = version({ status: 'ready', signatures: [{ role: 'trainee', name: 'Łukasz Żółć', signedOn: '2026-11-20', recordedAt: '' }] });
    const { calls } = renderWithClient(page, { 'agreements:get': () => detail([partly]), 'agreements:templates': templates, 'agreements:backToDraft': () => detail([partly]) }, '/agreements/7');
    await userEvent.click(await screen.findByRole('button', { name: 'Back to draft' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('trainee Łukasz Żółć (20/11/2026)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to draft' }));
    expect(await within(dialog).findByText('Reason for the change is required')).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'agreements:backToDraft')).toEqual([]);
    await userEvent.type(within(dialog).getByLabelText('Reason for the change'), 'The tutor asked for a second project');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to draft' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'agreements:backToDraft')).toEqual([
        { channel: 'agreements:backToDraft', input: { versionId: 1, reason: 'The tutor asked for a second project' } },
      ]),
    );
  });

  it('asks for the trainee’s aims as skills, knowledge and behaviours, not one box', async () => {
    renderWithClient(page, { 'agreements:get': () => detail([version({})]), 'agreements:templates': templates }, '/agreements/7');
    const aims = await screen.findByRole('region', { name: "The trainee's aims: skills, knowledge and behaviours" });
    expect(within(aims).getAllByRole('textbox').map((x) => x.getAttribute('name'))).toEqual(['aims.skills', 'aims.knowledge', 'aims.behaviours']);
    expect(screen.getByLabelText('Time off for study, training or a project')).toBeTruthy();
    expect(screen.getByLabelText("The supervisor's time commitment")).toBeTruthy();
    // A placement has no off-the-job section.
    expect(screen.queryByLabelText("Standard's off-the-job minimum (hours)")).toBeNull();
  });

  it('an apprenticeship asks for the standard (picked from those used before, bringing its minimum), the minimum and the gateway date', async () => {
    const apprenticeship = { ...detail([version({})]), scheme: 'apprenticeship' as const };
    renderWithClient(page, {
      'agreements:get': () => apprenticeship,
      'agreements:templates': templates,
      'agreements:settings': () => ({ otjRules: [], fullTimeHours: 37, knownStandards: [{ name: 'Library assistant (level 3)', otjMinimumHours: 420 }] }),
    }, '/agreements/7');
    const otj = await screen.findByRole('region', { name: 'Off-the-job training' });
    const standard = within(otj).getByLabelText('Apprenticeship standard');
    await waitFor(() => expect(standard.getAttribute('list')).toBeTruthy());
    expect([...document.querySelectorAll(`#${CSS.escape(standard.getAttribute('list') ?? '')} option`)].map((o) => o.getAttribute('value'))).toEqual(['Library assistant (level 3)']);
    await userEvent.type(standard, 'Library assistant (level 3)');
    expect((within(otj).getByLabelText("Standard's off-the-job minimum (hours)") as HTMLInputElement).value).toBe('420');
    expect(screen.getByLabelText('Gateway (end of off-the-job training)')).toBeTruthy();
  });
});
