import { useState } from 'react';
import type { StandingItem } from '../../../../shared/domains/one-to-one-series';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage, errorSentence } from '../../components/page';
import { useToast } from '../../components/toasts';

function StandingRow({ item }: { item: StandingItem }) {
  const update = useCommand('oneToOnes:updateStanding');
  const remove = useCommand('oneToOnes:removeStanding');
  const restore = useCommand('oneToOnes:restoreStanding');
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(item.title);
  if (editing) {
    return (
      <li>
        <form
          className="toolbar"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!title.trim()) return;
            await update.mutateAsync({ id: item.id, title: title.trim(), detail: item.detail });
            setEditing(false);
          }}
        >
          <label>
            Standing item
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} aria-invalid={!title.trim()} />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
        <ErrorMessage error={update.error} />
      </li>
    );
  }
  return (
    <li>
      <div>
        <strong>{item.title}</strong>
        {item.detail && <p className="muted">{item.detail}</p>}
      </div>
      <div className="row-actions">
        <button type="button" aria-label={`Edit standing item ${item.title}`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          aria-label={`Remove standing item ${item.title}`}
          onClick={async () => {
            await remove.mutateAsync({ id: item.id });
            toast.show(`“${item.title}” is no longer a standing item.`, {
              label: 'Undo',
              run: () =>
                void restore.mutateAsync(item).then(
                  () => toast.show(`“${item.title}” is a standing item again, in its place on the agendas to come.`),
                  (error: unknown) => toast.show(error instanceof Error ? errorSentence(error) : `“${item.title}” could not be put back.`),
                ),
            });
          }}
        >
          Remove
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </li>
  );
}

/**
 * A member's standing agenda items: on the agenda of every one-to-one still to happen until removed.
 * Shown on the member's page and on the meeting screen.
 */
export function StandingSection({ memberId, memberName, headingLevel = 3 }: { memberId: number; memberName: string; headingLevel?: 2 | 3 }) {
  const data = useChannel('oneToOnes:forMember', { memberId });
  const add = useCommand('oneToOnes:addStanding');
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState('');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const items = data.data?.standing ?? [];
  const headingId = `standing-heading-${memberId}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>Standing agenda items</Heading>
      <p className="muted">On every one-to-one with {memberName} until you remove them. Ticking one as covered leaves it on the next meeting.</p>
      <ErrorMessage error={data.error ?? add.error} />
      {items.length === 0 ? (
        <p className="muted">No standing items yet.</p>
      ) : (
        <ul className="o2o-suggestions" aria-label={`Standing agenda items for ${memberName}`}>
          {items.map((item) => (
            <StandingRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      <form
        className="toolbar"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!title.trim()) {
            setTitleError('Standing item is required');
            return;
          }
          setTitleError('');
          await add.mutateAsync({ memberId, title: title.trim() });
          setTitle('');
        }}
      >
        <label>
          New standing item
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={300}
            aria-invalid={Boolean(titleError)}
            aria-describedby={titleError ? `${headingId}-error` : undefined}
          />
        </label>
        <button type="submit">Add standing item</button>
        {titleError && (
          <p id={`${headingId}-error`} className="field-error">
            {titleError}
          </p>
        )}
      </form>
    </section>
  );
}
