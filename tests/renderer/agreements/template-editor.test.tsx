import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Template } from '../../../shared/domains/agreements';
import { TemplateEditor } from '../../../renderer/src/pages/agreements/template-editor';
import { renderWithClient } from '../helpers/render';
import { content } from './fixtures';

const { startDate: _s, endDate: _e, gatewayDate: _g, hoursPerWeek: _h, ...templateContent } = content;
const template: Template = { scheme: 'work_placement', label: 'Work placement', durationWeeks: 12, content: templateContent, guidance: {}, customised: true };

describe('resetting an agreement template', { timeout: 20_000 }, () => {
  it('asks in the app’s own dialog, not a browser confirm; Cancel keeps the template and Reset puts back the shipped one', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = renderWithClient(<TemplateEditor />, {
      'agreements:templates': () => [template],
      'agreements:resetTemplate': () => ({ ...template, customised: false }),
    });
    await userEvent.selectOptions(await screen.findByLabelText('Template to edit'), 'work_placement');
    await userEvent.click(await screen.findByRole('button', { name: 'Reset to shipped template' }));
    let dialog = await screen.findByRole('dialog', { name: 'Put back the shipped template?' });
    expect(dialog).toHaveAccessibleDescription('Your changes to the Work placement template will be lost.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.map((c) => c.channel)).not.toContain('agreements:resetTemplate');

    await userEvent.click(screen.getByRole('button', { name: 'Reset to shipped template' }));
    dialog = await screen.findByRole('dialog', { name: 'Put back the shipped template?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset template' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'agreements:resetTemplate')?.input).toEqual({ scheme: 'work_placement' }));
    expect(await screen.findByText('Work placement template reset to the shipped wording.')).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
    confirm.mockRestore();
  });
});
