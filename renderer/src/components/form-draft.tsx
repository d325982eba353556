import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { draftStatusText, useDraft, type DraftStatus } from './use-draft';

/**
 * "Draft saved" beside a form whose long text fields keep drafts, with a way to throw the draft away.
 * At rest (nothing typed) the note takes no room at all; it takes its line, sized for the "Discard draft"
 * button, from the first keystroke, so "Saving draft…" and "Draft saved" then appear without moving the form.
 * The live region stays in the page either way, so screen readers still hear each change.
 */
export function DraftNote({ statuses, onDiscard }: { statuses: DraftStatus[]; onDiscard: () => void }) {
  const text = draftStatusText(...statuses);
  const atRest = statuses.every((s) => s === 'idle' || s === 'loading');
  return (
    <p className={atRest ? 'visually-hidden' : 'form-span muted draft-note'} role="status">
      {text}{' '}
      {(statuses.includes('restored') || statuses.includes('saved')) && (
        <button type="button" onClick={onDiscard}>
          Discard draft
        </button>
      )}
    </p>
  );
}

/** Keeps one react-hook-form text field as a draft while it is typed (see use-draft.ts). */
export function useFormFieldDraft<F extends FieldValues>(form: UseFormReturn<F>, name: Path<F>, key: string | null, saved: string, memberId: number | null) {
  const value = form.watch(name);
  return useDraft({
    key,
    memberId,
    saved,
    value: typeof value === 'string' ? value : '',
    onRestore: (body) => form.setValue(name, body as PathValue<F, Path<F>>, { shouldDirty: true }),
  });
}
