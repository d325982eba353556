import { useState, type FormEventHandler, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { serverFieldError } from '../../components/field';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { EmptyState, ErrorMessage, Loading } from '../../components/page';
import { useToday } from './common';
import { LogCpdDialog, type LogCpdTarget } from './log-cpd-dialog';

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

/**
 * The dialogs a record tab opens: its own form (new or edit) and "log as CPD".
 * `dialogs(form)` renders whichever is open; `form` gets the record (undefined for a new one), today and a close.
 */
export function useActivityDialogs<T>() {
  const today = useToday();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [logging, setLogging] = useState<LogCpdTarget | null>(null);
  const dialogs = (form: (record: T | undefined, today: string, close: () => void) => ReactNode) => (
    <>
      {editing && today && form(editing === 'new' ? undefined : editing, today, () => setEditing(null))}
      {logging && <LogCpdDialog target={logging} today={today} onClose={() => setLogging(null)} />}
    </>
  );
  return { today, edit: (record: T | 'new') => setEditing(record), log: setLogging, dialogs };
}

interface FormDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The save's error: one naming a field is shown at that field by the form, any other here. */
  error: { field?: string } | null;
  saveLabel: string;
  busy: boolean;
  children: ReactNode;
}

/** The one dialog of an activity record's form (buddy pair, coaching session, shadowing visit): fields in a grid, then Cancel + save. */
export function ActivityFormDialog({ title, onClose, onSubmit, error, saveLabel, busy, children }: FormDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        {children}
        <ErrorMessage error={error && !error.field ? error : null} />
        <DialogActions onCancel={onClose} label={saveLabel} busy={busy} span />
      </form>
    </Dialog>
  );
}

/**
 * The submit of an activity record's form: `save` (create or update), then `done` (discard drafts, close).
 * A refusal naming one of the form's own fields (`shape`) is shown at that field; any other stays on the mutation for the banner.
 */
export function recordSubmit<V extends FieldValues>(form: UseFormReturn<V>, shape: object, save: (values: V) => Promise<unknown>, done: () => unknown) {
  return form.handleSubmit(async (values) => {
    try {
      await save(values);
      await done();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in shape) form.setError(error.field as Path<V>, serverFieldError(error));
    }
  });
}
