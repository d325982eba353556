import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { draftStatusText, useDraft, type DraftStatus } from './use-draft';

/** "Draft saved" beside a form whose long text fields keep drafts, with a way to throw the draft away. */
export function DraftNote({ statuses, onDiscard }: { statuses: DraftStatus[]; onDiscard: () => void }) {
  const text = draftStatusText(...statuses);
  return (
    <p className="form-span muted" role="status">
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
