import { useEffect, useId, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { Journey } from '../../../../shared/domains/registration';
import { EVALUATIVE_STATEMENT_WORD_LIMIT } from '../../../../shared/domains/registration-rules';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { WordCount } from './word-count';

/** The evaluative statement draft with a live count against the 1,000-word limit (enforced on submission). */
export function StatementEditor({ journey }: { journey: Journey }) {
  const save = useCommand('registration:saveStatement');
  const toast = useToast();
  const [text, setText] = useState(journey.statement);
  const id = useId();
  useEffect(() => setText(journey.statement), [journey.statement]);
  const dirty = text !== journey.statement;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Evaluative statement</h2>
      <div className="field">
        <label htmlFor={id}>Evaluative statement draft</label>
        <p className="hint" id={`${id}-hint`}>
          Up to {EVALUATIVE_STATEMENT_WORD_LIMIT.toLocaleString('en-GB')} words. Drafts may run over; submission is refused until it fits.
        </p>
        <textarea id={id} rows={10} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint ${id}-count`} />
        <WordCount id={`${id}-count`} text={text} limit={EVALUATIVE_STATEMENT_WORD_LIMIT} />
      </div>
      <p className="muted">{journey.statementUpdatedOn ? `Last saved ${formatUkDate(journey.statementUpdatedOn)}.` : 'Not saved yet.'}</p>
      <ErrorMessage error={save.error} />
      <button
        type="button"
        disabled={!dirty || save.isPending}
        onClick={() => void save.mutateAsync({ id: journey.id, statement: text }).then(() => toast.show('Statement saved.'))}
      >
        Save statement
      </button>
    </section>
  );
}
