import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { offerInput, type NetworkStatus, type Offer } from '../../../shared/domains/network';
import { OFFER_SECTIONS, OfferForm } from '../../../renderer/src/pages/network/offer-form';
import { fakeDrafts, renderWithClient } from '../helpers/render';

const status: NetworkStatus = {
  configured: true, enabled: true, serviceName: 'Eastgate Library', region: 'North West', sector: 'public', tlsMode: 'verify-full',
  credentialSource: 'session', pending: 0, lastPublishedAt: null, lastError: '', shareCoverage: false, minGroupSize: 5, offer: null,
};

/** The settings page in small: the offer shown is what the server saved (it trims text). */
function Harness({ expose }: { expose: (set: (o: Offer) => void) => void }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  expose(setOffer);
  return (
    <>
      <Link to="/team">Team</Link>
      <Routes>
        <Route path="/" element={<OfferForm offer={offer} />} />
        <Route path="/team" element={<h1>Team page</h1>} />
      </Routes>
    </>
  );
}

describe('network shadowing offer', { timeout: 20_000 }, () => {
  it('does not ask before leaving right after publishing text the server trims', async () => {
    let setOffer: (o: Offer) => void = () => undefined;
    const drafts = fakeDrafts();
    const { calls } = renderWithClient(<Harness expose={(set) => (setOffer = set)} />, {
      ...drafts.handlers,
      'network:publishOffer': (input) => {
        const saved = offerInput.parse(input);
        act(() => setOffer({ status: 'published', ...saved, updatedAt: '2026-11-23T10:00:00Z' }));
        return { ...status, offer: { status: 'published', ...saved, updatedAt: '2026-11-23T10:00:00Z' } };
      },
    });
    await userEvent.type(await screen.findByLabelText('What visitors can see or shadow'), 'Enquiry desk and cataloguing  ');
    await userEvent.click(screen.getByLabelText(OFFER_SECTIONS[0]?.name ?? '', { exact: false }));
    await userEvent.type(screen.getByLabelText('Contact 1 name'), ' Siân ap Dŵr ');
    await userEvent.click(screen.getByLabelText('Contact 1 agreed to be listed'));
    await userEvent.type(screen.getByLabelText('Availability'), 'Tuesdays ');
    await userEvent.click(screen.getByRole('button', { name: 'Publish offer' }));
    await waitFor(() => expect(screen.getByText(/Published to the region\./)).toBeInTheDocument());
    expect(calls.find((c) => c.channel === 'network:publishOffer')?.input).toMatchObject({ summary: 'Enquiry desk and cataloguing  ' });

    await userEvent.click(screen.getByRole('link', { name: 'Team' }));
    expect(await screen.findByRole('heading', { name: 'Team page' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave this page?' })).not.toBeInTheDocument();
  });
});
