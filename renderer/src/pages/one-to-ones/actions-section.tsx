import { zodResolver } from '../../components/form-resolver';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { actionInput, isOverdue, type Action, type Meeting } from '../../../../shared/domains/one-to-ones';
import { formatUkDate } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { useToday } from '../../api/use-today';
import { ErrorMessage } from '../../components/page';
import { Field, nullIfEmpty, serverFieldError } from '../../components/field';
import { ApiError } from '../../api/client';
import { formatMeetingTime } from './format';
import { DateInput } from '../../components/date-input';

const ownerText = (a: Pick<Action, 'owner'>, memberName: string) => (a.owner === 'manager' ? 'You' : memberName);

/** One action with a "done" checkbox; overdue is said in words, not only colour. */
function ActionRow({ action, memberName, today, onDelete, carried }: { action: Action; memberName: string; today: string; onDelete?: () => void; carried?: boolean }) {
  const setDone = useCommand('oneToOnes:setActionDone');
  const overdue = isOverdue(action, today);
  return (
    <li className={action.doneAt ? 'o2o-action o2o-done' : 'o2o-action'}>
      <label className="checkbox">
        <input type="checkbox" checked={action.doneAt !== null} onChange={(e) => setDone.mutate({ id: action.id, done: e.target.checked })} />
        <span>
          {action.text} <span className="muted">— {ownerText(action, memberName)}</span>
          {action.dueOn && <span className="muted">, due {formatUkDate(action.dueOn)}</span>}
          {carried && <span className="muted"> (agreed {formatMeetingTime(action.agreedAt).split(' at ')[0]})</span>}
          {overdue && <span className="badge o2o-urgent">Overdue</span>}
          {action.doneAt && <span className="badge">Done</span>}
        </span>
      </label>
      {onDelete && (
        <button type="button" className="o2o-small" aria-label={`Delete action: ${action.text}`} onClick={onDelete}>
          Delete
        </button>
      )}
      <ErrorMessage error={setDone.error} />
    </li>
  );
}

/** Open actions from this member's earlier meetings: they stay on every agenda until done. */
export function CarriedActions({ meeting }: { meeting: Meeting }) {
  const today = useToday();
  return (
    <section aria-labelledby="carried-heading">
      <h3 id="carried-heading">Open actions from earlier meetings</h3>
      {meeting.carriedActions.length === 0 ? (
        <p className="muted">None: every earlier action is done.</p>
      ) : (
        <ul className="o2o-actions">
          {meeting.carriedActions.map((a) => (
            <ActionRow key={a.id} action={a} memberName={meeting.memberName} today={today} carried />
          ))}
        </ul>
      )}
    </section>
  );
}

const formSchema = actionInput.omit({ meetingId: true });
type FormValues = z.infer<typeof formSchema>;

/** Actions agreed at this meeting, with an owner and a due date. */
export function ActionsSection({ meeting }: { meeting: Meeting }) {
  const today = useToday();
  const add = useCommand('oneToOnes:addAction');
  const remove = useCommand('oneToOnes:deleteAction');
  const [deleting, setDeleting] = useState<Action | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { text: '', owner: 'member', dueOn: null } });

  const submit = handleSubmit(
    async (v) => {
      try {
        await add.mutateAsync({ meetingId: meeting.id, ...v });
      } catch (error) {
        // A refused due date (2099, 1990) is shown at the field; anything else in the banner below.
        if (error instanceof ApiError && error.field === 'dueOn') {
          setError('dueOn', serverFieldError(error));
          setFocus('dueOn');
        }
        return;
      }
      reset({ text: '', owner: v.owner, dueOn: null });
      // Ready for the next action (after the form has re-rendered from the reset).
      setTimeout(() => setFocus('text'), 0);
    },
    (invalid) => {
      const first = Object.keys(invalid)[0] as keyof FormValues | undefined;
      if (first) setFocus(first);
    },
  );

  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions agreed</h2>
      {meeting.actions.length === 0 ? (
        <p className="muted">No actions agreed at this meeting yet.</p>
      ) : (
        <ul className="o2o-actions">
          {meeting.actions.map((a) => (
            <ActionRow key={a.id} action={a} memberName={meeting.memberName} today={today} onDelete={() => setDeleting(a)} />
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="form-grid" aria-label="Add an action">
        <Field label="Action" error={errors.text}>
          {(ids) => <input {...register('text')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field label="Owner" error={errors.owner}>
          {(ids) => (
            <select {...register('owner')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
              <option value="member">{meeting.memberName}</option>
              <option value="manager">You (manager)</option>
            </select>
          )}
        </Field>
        <Field label="Due date" error={errors.dueOn} hint="Optional">
          {(ids) => (
            <DateInput {...register('dueOn', { setValueAs: nullIfEmpty })} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />
          )}
        </Field>
        <ErrorMessage error={add.error instanceof ApiError && add.error.field === 'dueOn' ? null : add.error} />
        <div className="form-span">
          <button type="submit" disabled={isSubmitting}>
            Add action
          </button>
        </div>
      </form>
      {deleting && (
        <Dialog title="Delete this action?" onClose={() => setDeleting(null)} description={deleting.text}>
          <ErrorMessage error={remove.error} />
          <DialogActions
            onCancel={() => setDeleting(null)}
            cancelLabel="Keep it"
            label="Delete action"
            tone="danger"
            onConfirm={() => void remove.mutateAsync({ id: deleting.id }).then(() => setDeleting(null))}
          />
        </Dialog>
      )}
    </section>
  );
}
