import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { moveItem, type Meeting } from '../../../../shared/domains/one-to-ones';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { focusableById, useFocusAfter } from '../../components/use-focus-after';
import { CarriedActions } from './actions-section';

const SOURCE_LABELS: Record<string, string> = {
  manual: 'Added by you',
  registration: 'Registration',
  skills: 'Skills',
  agreements: 'Agreements',
  recognition: 'Recognition',
  actions: 'Actions',
  oneToOnes: 'One-to-ones',
};

/** The agenda in order, what other areas suggest adding, and actions carried from earlier meetings. */
export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const toast = useToast();
  const accept = useCommand('oneToOnes:acceptSuggestion');
  const acceptAll = useCommand('oneToOnes:acceptAllSuggestions');
  const dismiss = useCommand('oneToOnes:dismissSuggestion');
  const restore = useCommand('oneToOnes:restoreSuggestion');
  const remove = useCommand('oneToOnes:removeAgendaItem');
  const cover = useCommand('oneToOnes:setAgendaCovered');
  const add = useCommand('oneToOnes:addAgendaItem');
  const reorder = useCommand('oneToOnes:reorderAgenda');
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState('');
  const open = meeting.status === 'scheduled';
  const ids = meeting.agenda.map((i) => i.id);
  const error = accept.error ?? acceptAll.error ?? dismiss.error ?? remove.error ?? reorder.error ?? restore.error;

  // The button goes with its suggestion: focus the next suggestion's "Add", or the agenda it joined.
  const suggestionKeys = useRef<string[]>([]);
  suggestionKeys.current = meeting.suggestions.map((s) => s.key);
  const focusAfter = useFocusAfter();
  const focusNextSuggestion = (key: string) => {
    const keys = suggestionKeys.current;
    const at = keys.indexOf(key);
    const next = keys[at + 1] ?? keys[at - 1];
    focusAfter(
      () => !suggestionKeys.current.includes(key),
      () =>
        (next ? [...document.querySelectorAll<HTMLElement>('button[data-suggestion]')].find((b) => b.dataset.suggestion === next) : null) ??
        focusableById('agenda-heading'),
    );
  };

  const move = (itemId: number, direction: 'up' | 'down') =>
    reorder.mutate({ meetingId: meeting.id, itemIds: moveItem(ids, itemId, direction) });

  const addManual = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError('Agenda item is required');
      return;
    }
    setTitleError('');
    await add.mutateAsync({ meetingId: meeting.id, title: title.trim() });
    setTitle('');
  };

  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <ErrorMessage error={error} />
      {meeting.agenda.length === 0 ? (
        <p className="muted">Nothing on the agenda yet. {open && meeting.suggestions.length > 0 ? 'Start from the suggestions below.' : ''}</p>
      ) : (
        <ol className="o2o-agenda">
          {meeting.agenda.map((item, index) => (
            <li key={item.id}>
              <div>
                <strong>{item.title}</strong>
                {item.standing ? (
                  <span className="badge">Standing</span>
                ) : (
                  <span className="badge">{item.raisedBy === 'member' ? `Raised by ${meeting.memberName}` : (SOURCE_LABELS[item.source] ?? item.source)}</span>
                )}
                {item.detail && <p className="muted">{item.detail}</p>}
                {item.link && <Link to={item.link}>Open {item.title}</Link>}
                {/* Left unticked at a held meeting, a topic is suggested first at the next one. */}
                <label className="o2o-covered">
                  <input
                    type="checkbox"
                    aria-label={`Covered: ${item.title}`}
                    checked={item.covered ?? false}
                    onChange={(e) => cover.mutate({ id: item.id, covered: e.target.checked })}
                  />{' '}
                  Covered
                </label>
              </div>
              {open && (
                <div className="row-actions">
                  <button type="button" aria-label={`Move ${item.title} up`} disabled={index === 0} onClick={() => move(item.id, 'up')}>
                    ↑ Up
                  </button>
                  <button type="button" aria-label={`Move ${item.title} down`} disabled={index === ids.length - 1} onClick={() => move(item.id, 'down')}>
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${item.title}`}
                    onClick={async () => {
                      await remove.mutateAsync({ id: item.id });
                      toast.show(`Removed “${item.title}” from the agenda.`, {
                        label: 'Undo',
                        run: () => add.mutate({ meetingId: meeting.id, title: item.title, detail: item.detail, link: item.link, source: item.source, hintKey: item.hintKey }),
                      });
                    }}
                  >
                    Remove
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {open && (
        <form className="toolbar" onSubmit={(e) => void addManual(e)} noValidate>
          <label>
            Agenda item
            <input value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={Boolean(titleError)} aria-describedby={titleError ? 'o2o-agenda-error' : undefined} maxLength={300} />
          </label>
          <button type="submit">Add to agenda</button>
          {titleError && (
            <p id="o2o-agenda-error" className="field-error">
              {titleError}
            </p>
          )}
        </form>
      )}

      {open && (
        <section aria-labelledby="suggestions-heading">
          <h3 id="suggestions-heading">Suggested for this meeting</h3>
          {meeting.suggestions.length === 0 ? (
            <p className="muted">No suggestions: nothing is stalled, due or waiting for {meeting.memberName} right now.</p>
          ) : (
            <>
              <ul className="o2o-suggestions">
                {meeting.suggestions.map((hint) => (
                  <li key={hint.key}>
                    <div>
                      <strong>{hint.title}</strong>
                      <span className="badge">{SOURCE_LABELS[hint.source] ?? hint.source}</span>
                      {hint.priority === 1 && <span className="badge o2o-urgent">Urgent</span>}
                      <p className="muted">{hint.detail}</p>
                    </div>
                    <div className="row-actions">
                      <button
                        type="button"
                        data-suggestion={hint.key}
                        aria-label={`Add ${hint.title} to the agenda`}
                        onClick={() => accept.mutate({ meetingId: meeting.id, key: hint.key }, { onSuccess: () => focusNextSuggestion(hint.key) })}
                      >
                        Add
                      </button>
                      <button
                        type="button"
                        aria-label={`Not needed: ${hint.title}`}
                        onClick={async () => {
                          await dismiss.mutateAsync({ meetingId: meeting.id, key: hint.key });
                          focusNextSuggestion(hint.key);
                          toast.show(`“${hint.title}” will not be suggested again.`, {
                            label: 'Undo',
                            run: () => restore.mutate({ meetingId: meeting.id, key: hint.key }),
                          });
                        }}
                      >
                        Not needed
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                onClick={() =>
                  acceptAll.mutate({ meetingId: meeting.id }, { onSuccess: () => focusAfter(() => suggestionKeys.current.length === 0, () => focusableById('agenda-heading')) })
                }
              >
                Add all suggestions
              </button>
            </>
          )}
        </section>
      )}
      <CarriedActions meeting={meeting} />
    </section>
  );
}
