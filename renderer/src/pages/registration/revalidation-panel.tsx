import { useEffect, useId, useState } from 'react';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { draftStatusText, useDraft } from '../../components/use-draft';
import { Link } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { pksbSectionName } from '../../../../shared/domains/pksb';
import { STATEMENT_PROMPTS, type RevalidationView } from '../../../../shared/domains/registration-cpd';
import { plural } from '../../../../shared/plural';
import { countWords } from '../../../../shared/word-count';
import { useCommand } from '../../api/hooks';
import { saveFile } from '../../download';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { hoursText } from './format';
import { WordCount } from './word-count';

type Statement = Pick<RevalidationView['statement'], 'personal' | 'organisational' | 'wider'>;

/** Revalidation: 20 hours in the last 12 months and a 250-word statement on three prompts; ready only when both hold. */
export function RevalidationPanel({ view }: { view: RevalidationView }) {
  const save = useCommand('registration:saveRevalidationStatement');
  const mark = useCommand('registration:markRevalidated');
  const toast = useToast();
  const id = useId();
  const initial = { personal: view.statement.personal, organisational: view.statement.organisational, wider: view.statement.wider };
  const [text, setText] = useState<Statement>(initial);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  useEffect(() => setText({ personal: view.statement.personal, organisational: view.statement.organisational, wider: view.statement.wider }), [view.statement.personal, view.statement.organisational, view.statement.wider]);

  const all = `${text.personal}\n${text.organisational}\n${text.wider}`;
  const dirty = STATEMENT_PROMPTS.some((p) => text[p.key] !== view.statement[p.key]);
  // Each prompt's text is kept as a draft while it is typed (see docs/one-to-ones.md, "Drafts").
  const draftOf = (key: keyof Statement) => ({
    key: `revalidation:${view.memberId}:${key}`,
    memberId: view.memberId,
    value: text[key],
    saved: view.statement[key],
    onRestore: (body: string) => setText((t) => ({ ...t, [key]: body })),
  });
  const drafts = [useDraft(draftOf('personal')), useDraft(draftOf('organisational')), useDraft(draftOf('wider'))];
  const hoursPercent = Math.min(100, Math.round((view.hours12m / view.hoursRequired) * 100));

  const download = async (format: 'docx' | 'csv') => {
    setExporting(format);
    setExportError(null);
    try {
      saveFile(await invoke('registration:exportRevalidation', { memberId: view.memberId, format }));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(null);
    }
  };

  const missing: string[] = [];
  if (!view.hoursMet) missing.push(`${hoursText(view.hoursRequired - view.hours12m)} more CPD`);
  if (view.words > view.wordLimit) missing.push(`a statement ${plural(view.words - view.wordLimit, 'word')} shorter`);
  if (view.words === 0) missing.push('a reflective statement');
  if (dirty) missing.push('saving the statement');

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Revalidation</h2>
      <div className="field">
        <label htmlFor={`${id}-hours`}>CPD hours in the last 12 months</label>
        <progress className="registration-progress" id={`${id}-hours`} max={view.hoursRequired} value={Math.min(view.hours12m, view.hoursRequired)} aria-describedby={`${id}-hours-text`} />
        <p id={`${id}-hours-text`}>
          {hoursText(view.hours12m)} of {view.hoursRequired} h ({hoursPercent}%) from {formatUkDate(view.windowStart)} to {formatUkDate(view.today)}
          {view.hoursMet ? ' — met' : ''}
        </p>
      </div>
      {view.sectionsDeveloped.length > 0 && (
        <p className="info-banner">
          This CPD developed PKSB sections{' '}
          {view.sectionsDeveloped.map((c) => `${c === pksbSectionName(c) ? c : `${c} ${pksbSectionName(c)}`}`).join(', ')}.{' '}
          <Link to={`/skills/members/${view.memberId}`}>Consider re-rating those skills</Link>.
        </p>
      )}
      <h3>Reflective statement</h3>
      <UnsavedGuard when={dirty} what="Changes to the reflective statement" plural draftKept />
      <p className="hint">Up to {view.wordLimit} words in all. The three areas below are prompts to help you reflect.</p>
      {STATEMENT_PROMPTS.map((p) => (
        <div className="field" key={p.key}>
          <label htmlFor={`${id}-${p.key}`}>{p.label}</label>
          <p className="hint" id={`${id}-${p.key}-hint`}>
            {p.hint} ({plural(countWords(text[p.key]), 'word')})
          </p>
          <textarea
            id={`${id}-${p.key}`}
            rows={4}
            value={text[p.key]}
            onChange={(e) => setText((t) => ({ ...t, [p.key]: e.target.value }))}
            aria-describedby={`${id}-${p.key}-hint ${id}-count`}
          />
        </div>
      ))}
      <WordCount id={`${id}-count`} text={all} limit={view.wordLimit} label="words in the statement" />
      {!view.promptsAnswered && view.words > 0 && (
        <p className="hint" role="note">
          Advice, not a requirement: the three areas are prompts to reflect on; a statement that leaves one out can still be submitted.
        </p>
      )}
      <ErrorMessage error={save.error} />
      <button
        type="button"
        disabled={!dirty || save.isPending}
        onClick={() =>
          void save
            .mutateAsync({ memberId: view.memberId, ...text })
            .then(() => Promise.all(drafts.map((d) => d.discard())))
            .then(() => toast.show('Statement saved.'))
        }
      >
        Save statement
      </button>{' '}
      <span className="muted" role="status">
        {dirty ? draftStatusText(...drafts.map((d) => d.status)) : ''}
      </span>

      <div role="status" aria-live="polite" className={view.ready && !dirty ? 'success-banner' : 'info-banner'}>
        {view.ready && !dirty ? 'Ready to submit: 20 hours logged and the statement fits 250 words.' : `Not ready yet: needs ${missing.join(', ')}.`}
      </div>
      <ErrorMessage error={mark.error ?? exportError} />
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={!view.ready || dirty || view.registrations.length === 0 || mark.isPending}
          onClick={() => void mark.mutateAsync({ memberId: view.memberId, revalidatedOn: view.today }).then(() => toast.show('Recorded as revalidated today.'))}
        >
          Record as revalidated
        </button>
        <button type="button" disabled={exporting !== null} onClick={() => void download('docx')}>
          {exporting === 'docx' ? 'Exporting…' : 'Export to Word (.docx)'}
        </button>
        <button type="button" disabled={exporting !== null} onClick={() => void download('csv')}>
          {exporting === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {view.registrations.length === 0 && <p className="muted">Record a registration above to track revalidation for this member.</p>}
    </section>
  );
}
