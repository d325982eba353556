import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../shared/domains/agreements';
import { ReviewsTab } from '../../../renderer/src/pages/agreements/reviews-tab';
import { renderWithClient } from '../helpers/render';
import { agreementDetail } from './fixtures';

const review: Review = {
  id: 11, dueOn: '2026-11-30', heldOn: '2026-11-16', notes: 'Settled in well.', traineeSignedOn: null, managerSignedOn: null,
  providerSignedOn: null, completedOn: null, state: 'due',
};
const agreement = agreementDetail({ id: 4, scheme: 'work_placement', today: '2026-11-23', reviews: [review], requiredSigners: ['trainee', 'manager', 'tutor'] });

describe('progress review sign-off', () => {
  it('records each sign-off on the date chosen, not always today, and the placement tutor signs too', async () => {
    const { calls } = renderWithClient(<ReviewsTab agreement={agreement} />, { 'agreements:signReview': () => agreement });
    const date = await screen.findByLabelText('Sign-off date for the review due 30/11/2026');
    expect((date as HTMLInputElement).value).toBe('23/11/2026');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-17');
    await userEvent.click(screen.getByRole('button', { name: 'Sign off as placement tutor' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'agreements:signReview')).toEqual([{ channel: 'agreements:signReview', input: { reviewId: 11, role: 'tutor', signedOn: '2026-11-17' } }]),
    );
  });
});
