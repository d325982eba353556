import type { ReactNode } from 'react';
import { EmptyState, ErrorMessage, Loading } from '../../components/page';

interface Props<T> {
  /** The heading's id (the section is labelled by it). */
  id: string;
  heading: string;
  newLabel: string;
  onNew: () => void;
  list: { error: unknown; isPending: boolean; data?: T[] };
  emptyTitle: string;
  empty: ReactNode;
  /** One card per record. */
  children: (items: T[]) => ReactNode;
  /** Dialogs the tab opens (new, edit, log as CPD). */
  dialogs?: ReactNode;
}

/** The one layout of the activities tabs (sets, buddying, coaching, shadowing): heading with its "new" button, states, cards, dialogs. */
export function ActivityTabFrame<T>({ id, heading, newLabel, onNew, list, emptyTitle, empty, children, dialogs }: Props<T>) {
  return (
    <section aria-labelledby={id}>
      <div className="page-header">
        <h2 id={id}>{heading}</h2>
        <button type="button" className="primary" onClick={onNew}>
          {newLabel}
        </button>
      </div>
      <ErrorMessage error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data?.length === 0 ? (
        <EmptyState title={emptyTitle}>{empty}</EmptyState>
      ) : (
        <ul className="act-list">{children(list.data ?? [])}</ul>
      )}
      {dialogs}
    </section>
  );
}
