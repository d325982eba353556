import type { ReactNode } from 'react';
import { ErrorMessage } from '../../components/page';

interface Props {
  /** Shown before the form (the off-the-job progress). */
  intro?: ReactNode;
  /** The "add" card: its heading's id, its heading and the form. */
  addId: string;
  addHeading: string;
  form: ReactNode;
  /** The list card: its heading's id and heading. */
  listId: string;
  listHeading: string;
  /** A failed action on the list (mark reviewed, delete). */
  error?: unknown;
  /** The list's empty state, shown when there is nothing to list. */
  empty: ReactNode;
  isEmpty: boolean;
  /** The list itself. */
  children: ReactNode;
  /** Guards and dialogs the tab opens (edit). */
  extras?: ReactNode;
}

/**
 * The one layout of the agreement tabs that log what happens (off-the-job training, learning log, visits):
 * an optional intro, a card with the form to add one, a card listing what is there, then the tab's dialogs.
 */
export function AgreementTabFrame({ intro, addId, addHeading, form, listId, listHeading, error, empty, isEmpty, children, extras }: Props) {
  return (
    <>
      {intro}
      <section className="card" aria-labelledby={addId}>
        <h2 id={addId}>{addHeading}</h2>
        {form}
      </section>
      <section className="card" aria-labelledby={listId}>
        <h2 id={listId}>{listHeading}</h2>
        <ErrorMessage error={error} />
        {isEmpty ? <p>{empty}</p> : children}
      </section>
      {extras}
    </>
  );
}
