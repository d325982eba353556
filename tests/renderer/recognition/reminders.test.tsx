import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeadlineReminder } from '../../../shared/domains/recognition-external';
import RecognitionRoutes from '../../../renderer/src/pages/recognition/routes';
import { renderWithClient } from '../helpers/render';

const overdue: DeadlineReminder = {
  kind: 'nomination',
  awardId: 2,
  awardName: 'Sally Hernando Award for innovation in NHS library and knowledge services',
  nominationId: 4,
  memberName: 'Siân ap Dŵr',
  deadline: '2026-12-06',
  daysLeft: -26,
  level: 7,
  note: 'Still marked Planned: record it as submitted, or as withdrawn.',
};

describe('external award reminders', () => {
  it('say in words that a planned nomination is overdue, not "Within a week", and what to do about it', async () => {
    renderWithClient(<RecognitionRoutes />, {
      'recognition:listSchemes': () => [],
      'recognition:overview': () => ({ activeCycles: [], closingSoon: [], deadlines: [overdue] }),
    }, '/');
    const reminders = await screen.findByRole('region', { name: 'Reminders' });
    const item = await within(reminders).findByRole('listitem');
    expect(within(item).getByText('Overdue')).toBeInTheDocument();
    expect(item).toHaveTextContent('(Siân ap Dŵr): deadline 26 days overdue, 06/12/2026. Still marked Planned: record it as submitted, or as withdrawn.');
    expect(within(item).queryByText('Within a week')).toBeNull();
  });
});
