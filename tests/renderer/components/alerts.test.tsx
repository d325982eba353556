import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../shared/domains/dashboard';
import { AlertsWatcher } from '../../../renderer/src/alerts';
import { AppShell } from '../../../renderer/src/app-shell';
import { renderWithClient } from '../helpers/render';

const item = (title: string, detail = 'Act now.'): AttentionItem => ({
  key: title, kind: 'revalidation', title, detail, link: '/', urgency: 1, dueOn: null,
});

describe('alerts on first load', () => {
  it('several urgent items become one message, docked in the sidebar, not over the page', async () => {
    const alerts = [item('Łukasz Żółć: revalidation due today'), item('Siân ap Dŵr: progress review overdue'), item('Staff awards close today'), item('Access request overdue')];
    renderWithClient(
      <AppShell>
        <AlertsWatcher />
        <table><tbody><tr><td><button type="button">Edit</button></td></tr></tbody></table>
      </AppShell>,
      { 'dashboard:takeAlerts': () => alerts },
    );
    const message = await screen.findByText(
      '4 items need attention now: Łukasz Żółć: revalidation due today; Siân ap Dŵr: progress review overdue; Staff awards close today; and 1 more.',
    );
    const region = screen.getByRole('status');
    expect(within(region).getAllByRole('button', { name: 'Dismiss message' })).toHaveLength(1);
    expect(within(region).getByRole('button', { name: 'Open the dashboard' })).toBeInTheDocument();
    // In flow at the foot of the sidebar column, outside the page's main landmark.
    expect(region).toHaveClass('toasts-docked');
    expect(screen.getByRole('main').contains(message)).toBe(false);
    expect(region.parentElement).toHaveClass('sidebar-column');
  });

  it('a single item keeps its own wording', async () => {
    renderWithClient(<AppShell><AlertsWatcher /></AppShell>, { 'dashboard:takeAlerts': () => [item('Staff awards close today', 'Star of the month (Nov) has 1 nomination.')] });
    expect(await screen.findByText('Staff awards close today. Star of the month (Nov) has 1 nomination.')).toBeInTheDocument();
  });
});
