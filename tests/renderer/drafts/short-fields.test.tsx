import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { HostResult } from '../../../shared/domains/network';
import { BackToDraftDialog } from '../../../renderer/src/pages/agreements/back-to-draft-dialog';
import { OfferForm } from '../../../renderer/src/pages/network/offer-form';
import { PlanVisitForm } from '../../../renderer/src/pages/network/search-panel';
import { SchemeForm } from '../../../renderer/src/pages/recognition/scheme-form';
import { EditJourneyDialog } from '../../../renderer/src/pages/registration/edit-journey-dialog';
import { NewJourneyDialog } from '../../../renderer/src/pages/registration/new-journey-dialog';
import { StageChangeForm } from '../../../renderer/src/pages/registration/stage-change-form';
import { FrameworkForm } from '../../../renderer/src/pages/skills/framework-form';
import { MemberForm } from '../../../renderer/src/pages/team/member-form';
import { member } from '../helpers/fixtures';
import { fakeDrafts, renderWithClient, type FakeHandlers } from '../helpers/render';
import { journey } from '../registration/fixtures';

const none = () => undefined;
const team: FakeHandlers = { 'team:list': () => [member(3, 'Siân ap Dŵr'), member(4, 'Łukasz Żółć')] };
const host: HostResult = {
  serviceId: 'svc-1', serviceName: 'Northfield Health Library', region: 'North West', sector: 'health', own: false, summary: 'Literature searching',
  sections: [], roles: [], inPerson: true, virtual: false, contacts: [{ name: 'Jo Marsh', role: 'Librarian', email: '', agreed: true }], availability: '',
};

/** The shorter multi-line fields that keep drafts: the form, the field's label, the draft's key, and the member it is about. */
const cases: { form: string; ui: ReactElement; label: string; key: string; memberId: number | null; handlers?: FakeHandlers }[] = [
  {
    form: 'agreement back to draft', label: 'Reason for the change', key: 'agreementReturn:5:reason', memberId: 3,
    ui: <BackToDraftDialog versionId={5} versionNumber={1} signatures={[]} memberId={3} onClose={none} />,
  },
  { form: 'registration stage change', label: 'Reason', key: 'stageChange:1:reason', memberId: 2, ui: <StageChangeForm journey={journey()} /> },
  { form: 'edit journey details', label: 'Notes', key: 'journey:1:notes', memberId: 2, ui: <EditJourneyDialog journey={journey()} onClose={none} /> },
  { form: 'start a journey', label: 'Notes', key: 'journey:new:notes', memberId: 3, handlers: team, ui: <NewJourneyDialog memberId={3} onClose={none} onCreated={none} /> },
  { form: 'team member', label: 'Notes', key: 'member:3:notes', memberId: 3, handlers: team, ui: <MemberForm member={member(3, 'Siân ap Dŵr')} onClose={none} onSaved={none} /> },
  { form: 'new skills framework', label: 'Description', key: 'framework:new:description', memberId: null, ui: <FrameworkForm onClose={none} /> },
  { form: 'network shadowing offer', label: 'What visitors can see or shadow', key: 'networkOffer:summary', memberId: null, ui: <OfferForm offer={null} /> },
  { form: 'network visit plan', label: 'Objectives', key: 'networkVisit:svc-1:objectives', memberId: null, handlers: team, ui: <PlanVisitForm host={host} onDone={none} /> },
  { form: 'recognition scheme categories', label: 'Categories', key: 'scheme:new:categories', memberId: null, handlers: team, ui: <SchemeForm onClose={none} onSaved={none} /> },
  { form: 'recognition scheme values', label: 'Linked values', key: 'scheme:new:values', memberId: null, handlers: team, ui: <SchemeForm onClose={none} onSaved={none} /> },
];

const WAIT = { timeout: 5000 };

describe.each(cases)('$form keeps a draft', { timeout: 20_000 }, ({ ui, label, key, memberId, handlers }) => {
  it(`saves “${label}” as it is typed, for the right person, and says so`, async () => {
    const drafts = fakeDrafts();
    const { calls } = renderWithClient(ui, { ...handlers, ...drafts.handlers });
    const field = await screen.findByLabelText(label, { exact: true });
    await waitFor(() => expect(calls.some((c) => c.channel === 'drafts:get' && (c.input as { key: string }).key === key)).toBe(true));
    await userEvent.clear(field);
    await userEvent.type(field, 'Typed by Łukasz Żółć');
    expect(await screen.findByText(/Draft saved\./, {}, WAIT)).toBeInTheDocument();
    expect(drafts.store.get(key)).toBe('Typed by Łukasz Żółć');
    expect(calls.filter((c) => c.channel === 'drafts:save').pop()?.input).toMatchObject({ key, memberId });
  });

  it(`puts “${label}” back when the form is opened again`, async () => {
    const drafts = fakeDrafts({ [key]: 'Typed before the reload' });
    renderWithClient(ui, { ...handlers, ...drafts.handlers });
    await waitFor(() => expect(screen.getByLabelText(label, { exact: true })).toHaveValue('Typed before the reload'), WAIT);
    expect(screen.getByText(/Draft restored: not yet saved to the record\./)).toBeInTheDocument();
  });
});

describe('leaving a form with unsaved input asks first', { timeout: 20_000 }, () => {
  it.each([
    ['the stage-change reason', <StageChangeForm key="s" journey={journey()} />, 'Reason', 'The reason for the stage change is not saved yet.'],
    ['the shadowing offer', <OfferForm key="o" offer={null} />, 'What visitors can see or shadow', 'Your changes to the shadowing offer are not saved yet.'],
  ] as const)('%s (in a sentence that agrees with it)', async (_what, form, label, sentence) => {
    renderWithClient(
      <>
        <Link to="/team">Team</Link>
        <Routes>
          <Route path="/" element={form} />
          <Route path="/team" element={<h1>Team page</h1>} />
        </Routes>
      </>,
      {},
    );
    await userEvent.type(await screen.findByLabelText(label, { exact: true }), 'Half a thought');
    await userEvent.click(screen.getByRole('link', { name: 'Team' }));
    expect(await screen.findByRole('dialog', { name: 'Leave this page?' })).toHaveTextContent('kept as a draft');
    expect(screen.getByRole('dialog', { name: 'Leave this page?' })).toHaveTextContent(sentence);
    await userEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByLabelText(label, { exact: true })).toHaveValue('Half a thought');
  });
});
