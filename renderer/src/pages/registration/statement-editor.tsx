import { useEffect, useId, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { Journey } from '../../../../shared/domains/registration';
import { EVALUATIVE_STATEMENT_WORD_LIMIT } from '../../../../shared/domains/registration-rules';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { draftStatusText, useDraft } from '../../components/use-draft';
import { WordCount } from './word-count';

/** The evaluative statement draft with a live count against the 1,000-word limit (enforced on submission). */
export function StatementEditor({ journey }: { journey: Journey }) {
  const save = useCommand('registration:saveStatement');
  const toast = useToast();
  const [text, setText] = useState(journey.statement);
  const id = useId();
  useEffect(() => setText(journey.statement), [journey.statement]);
  const dirty = text !== journey.statement;
  // Kept as a draft while it is typed, so a reload or a restart loses nothing (see docs/one-to-ones.md, "Drafts").
  const draft = useDraft({ key: `journey:${journey.id}:statement`, memberId: journey.memberId, value: text, saved: journey.statement, onRestore: setText });
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Evaluative statement</h2>
      <UnsavedGuard when={dirty} what="Changes to the evaluative statement" plural draftKept />
      <div className="field">
        <label htmlFor={id}>Evaluative statement draft</label>
        <p className="hint" id={`${id}-hint`}>
          Up to {EVALUATIVE_STATEMENT_WORD_LIMIT.toLocaleString('en-GB')} words. Drafts may run over; submission is refused until it fits.
        </p>
        <textarea id={id} rows={10} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint ${id}-count`} />
        <WordCount id={`${id}-count`} text={text} limit={EVALUATIVE_STATEMENT_WORD_LIMIT} />
      </div>
      <p className="muted" role="status">
        {journey.statementUpdatedOn ? `Last saved ${formatUkDate(journey.statementUpdatedOn)}.` : 'Not saved yet.'} {dirty ? draftStatusText(draft.status) : ''}
      </p>
      <ErrorMessage error={save.error} />
      <button
        type="button"
        disabled={!dirty || save.isPending}
        onClick={() =>
          void save
            .mutateAsync({ id: journey.id, statement: text })
            .then(() => draft.discard())
            .then(() => toast.show('Statement saved.'))
        }
      >
        Save statement
      </button>
    </section>
  );
}
