import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DraftNote } from '../../../renderer/src/components/form-draft';
import { draftStatusText, useDraft } from '../../../renderer/src/components/use-draft';
import { renderWithClient } from '../helpers/render';

function Notes({ saved, delayMs }: { saved: string; delayMs: number }) {
  const [text, setText] = useState(saved);
  const draft = useDraft({ key: 'test:notes', value: text, saved, onRestore: setText, delayMs });
  return (
    <>
      <label>
        Notes <textarea value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <p role="status">{draftStatusText(draft.status)}</p>
    </>
  );
}

function NotesWithNote() {
  const [text, setText] = useState('');
  const draft = useDraft({ key: 'test:notes', value: text, saved: '', onRestore: setText, delayMs: 10 });
  return (
    <>
      <label>
        Notes <textarea value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <DraftNote statuses={[draft.status]} onDiscard={() => void draft.discard()} />
    </>
  );
}

function Toggle({ delayMs }: { delayMs: number }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(false)}>
        Close
      </button>
      {open && <Notes saved="" delayMs={delayMs} />}
    </>
  );
}

describe('useDraft', () => {
  it('keeps as a draft what was typed while the stored draft was still loading', async () => {
    let answer: (value: null) => void = () => undefined;
    const late = new Promise<null>((resolve) => {
      answer = resolve;
    });
    const { calls } = renderWithClient(<Notes saved="" delayMs={10} />, {
      'drafts:get': () => late,
      'drafts:save': ({ key, body }) => ({ key, body, updatedAt: '' }),
    });
    await userEvent.type(await screen.findByLabelText('Notes'), 'Łukasz Żółć');
    answer(null);
    await waitFor(() => expect(calls.find((c) => c.channel === 'drafts:save')?.input).toMatchObject({ key: 'test:notes', body: 'Łukasz Żółć' }));
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
  });

  it('gives the draft note its line as soon as text is typed, even while the stored draft is still loading', async () => {
    let answer: (value: null) => void = () => undefined;
    const late = new Promise<null>((resolve) => {
      answer = resolve;
    });
    renderWithClient(<NotesWithNote />, { 'drafts:get': () => late, 'drafts:save': ({ key, body }) => ({ key, body, updatedAt: '' }) });
    const note = () => screen.getAllByRole('status').find((e) => e.classList.contains('visually-hidden') || e.classList.contains('draft-note'));
    const box = await screen.findByLabelText('Notes');
    expect(note()).toHaveClass('visually-hidden');
    await userEvent.type(box, 'Siân ap Dŵr');
    // The form below the note must not jump later, when the draft lookup answers and "Draft saved" appears.
    expect(note()).toHaveClass('draft-note');
    answer(null);
    expect(await screen.findByText(/Draft saved\./)).toBeInTheDocument();
    expect(note()).toHaveClass('draft-note');
  });

  it('writes what was typed when the form closes before the typing pause ends', async () => {
    const { calls } = renderWithClient(<Toggle delayMs={60_000} />, { 'drafts:get': () => null, 'drafts:save': ({ key, body }) => ({ key, body, updatedAt: '' }) });
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('drafts:get'));
    await new Promise((r) => setTimeout(r, 50));
    await userEvent.type(screen.getByLabelText('Notes'), 'Siân');
    expect(calls.map((c) => c.channel)).not.toContain('drafts:save');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'drafts:save')?.input).toEqual({ key: 'test:notes', memberId: null, body: 'Siân' }));
  });

  it('discards instead of saving when the text goes back to what the record holds', async () => {
    const { calls } = renderWithClient(<Notes saved="Kept" delayMs={10} />, {
      'drafts:get': () => ({ key: 'test:notes', body: 'Kept and more', updatedAt: '' }),
      'drafts:save': ({ key, body }) => ({ key, body, updatedAt: '' }),
      'drafts:discard': () => ({ discarded: true }),
    });
    await waitFor(() => expect(screen.getByLabelText('Notes')).toHaveValue('Kept and more'), { timeout: 5000 });
    const box = screen.getByLabelText('Notes');
    await userEvent.clear(box);
    await userEvent.type(box, 'Kept');
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('drafts:discard'), { timeout: 5000 });
  });
});
