import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DraftNote } from '../../../renderer/src/components/form-draft';
import { useDraft } from '../../../renderer/src/components/use-draft';
import { fakeDrafts, renderWithClient } from '../helpers/render';

function Form({ delayMs }: { delayMs: number }) {
  const [text, setText] = useState('');
  const draft = useDraft({ key: 'test:reason', value: text, saved: '', onRestore: setText, delayMs });
  return (
    <form className="form-grid" aria-label="Return to draft">
      <label>
        Reason <textarea value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <DraftNote statuses={[draft.status]} onDiscard={() => void draft.discard().then(() => setText(''))} />
      <button type="submit">Save</button>
    </form>
  );
}

/** jsdom has no layout: "takes room" means the note is in the form's flow (its own line), not the visually hidden live region. */
const takesRoom = (note: HTMLElement) => !note.classList.contains('visually-hidden') && note.classList.contains('draft-note');

describe('the draft note under a form', { timeout: 20_000 }, () => {
  it('takes no room at rest, takes its line from the first keystroke, and "Draft saved" then appears in that line', async () => {
    const drafts = fakeDrafts();
    const { calls } = renderWithClient(<Form delayMs={400} />, drafts.handlers);
    const note = await within(await screen.findByRole('form', { name: 'Return to draft' })).findByRole('status');
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('drafts:get'));
    expect(note).toHaveTextContent(/^$/);
    expect(takesRoom(note)).toBe(false);

    await userEvent.type(screen.getByLabelText('Reason'), 'W');
    expect(takesRoom(note)).toBe(true);
    expect(note).toHaveTextContent(/^$/);
    expect(await screen.findByText('Draft saved.', { exact: false })).toBe(note);
    expect(takesRoom(note)).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(takesRoom(note)).toBe(false));
    expect(within(screen.getByRole('form', { name: 'Return to draft' })).getByRole('status')).toBe(note);
  });

  it('gives the line back when the text goes back to what the record holds before the pause ends', async () => {
    const { calls } = renderWithClient(<Form delayMs={5000} />, fakeDrafts().handlers);
    const note = await within(await screen.findByRole('form', { name: 'Return to draft' })).findByRole('status');
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('drafts:get'));
    await userEvent.type(screen.getByLabelText('Reason'), 'x');
    expect(takesRoom(note)).toBe(true);
    await userEvent.clear(screen.getByLabelText('Reason'));
    await waitFor(() => expect(takesRoom(note)).toBe(false));
  });
});
