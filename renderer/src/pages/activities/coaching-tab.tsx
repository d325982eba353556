import { zodResolver } from '../../components/form-resolver';
import { useFieldArray, useForm } from 'react-hook-form';
import { coachingInput, type CoachingInput, type CoachingRecord } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { ActivityFormDialog, ActivityTabFrame, recordSubmit, useActivityDialogs } from './activity-tab-frame';
import { Input, LogCpdButton, MemberSelect, requiredMember, TextArea, useDeleteWithUndo } from './common';
import { idOrNull, nullIfEmpty } from '../../components/field';
import { HOURS_INPUT_ATTRS } from '../../../../shared/domains/hours';

const formSchema = coachingInput.extend({ coacheeId: requiredMember });

function CoachingForm({ record, today, onClose }: { record?: CoachingRecord; today: string; onClose: () => void }) {
  const create = useCommand('activities:createCoaching');
  const update = useCommand('activities:updateCoaching');
  const mutation = record ? update : create;
  const form = useForm<CoachingInput>({
    resolver: zodResolver(formSchema),
    defaultValues: record
      ? { coacheeId: record.coacheeId, coachMemberId: record.coachMemberId, coachName: record.coachName, heldOn: record.heldOn, hours: record.hours, goal: record.goal, reality: record.reality, options: record.options, wayForward: record.wayForward, actions: record.actions }
      : { coachMemberId: null, coachName: '', heldOn: today, hours: 1, goal: '', reality: '', options: '', wayForward: '', actions: [] },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const actions = useFieldArray({ control, name: 'actions' });
  const submit = recordSubmit(form, coachingInput.shape, (values) => (record ? update.mutateAsync({ id: record.id, changes: values }) : create.mutateAsync(values)), onClose);
  return (
    <ActivityFormDialog title={record ? 'Edit coaching session' : 'Record a coaching session'} onClose={onClose} onSubmit={submit} error={mutation.error} saveLabel={record ? 'Save changes' : 'Save session'} busy={isSubmitting}>
        <MemberSelect label="Coachee" registration={register('coacheeId', { setValueAs: idOrNull })} error={errors.coacheeId} current={record && { id: record.coacheeId, name: record.coacheeName }} />
        <MemberSelect
          label="Coach from the team"
          allowNone
          noneLabel="Someone outside the team"
          registration={register('coachMemberId', { setValueAs: idOrNull })}
          error={errors.coachMemberId}
          current={record && { id: record.coachMemberId, name: record.coachLabel }}
        />
        <Input label="External coach’s name" registration={register('coachName')} error={errors.coachName} hint="Only if the coach is not in the team" />
        <Input label="Held on" type="date" registration={register('heldOn')} error={errors.heldOn} />
        <Input label="Hours" type="number" step={HOURS_INPUT_ATTRS.step} registration={register('hours', { valueAsNumber: true })} error={errors.hours} />
        <div className="form-span">
          <TextArea label="Goal" registration={register('goal')} error={errors.goal} hint="What does the coachee want to achieve?" />
        </div>
        <TextArea label="Reality" registration={register('reality')} error={errors.reality} hint="Where things stand now" />
        <TextArea label="Options" registration={register('options')} error={errors.options} hint="What could they do?" />
        <div className="form-span">
          <TextArea label="Way forward" registration={register('wayForward')} error={errors.wayForward} hint="What will they do, and when?" />
        </div>
        <fieldset className="form-span">
          <legend>Actions</legend>
          {actions.fields.map((field, i) => (
            <div key={field.id} className="toolbar">
              <Input label={`Action ${i + 1}`} registration={register(`actions.${i}.text`)} error={errors.actions?.[i]?.text} />
              <Input label={`Action ${i + 1} due`} type="date" registration={register(`actions.${i}.dueOn`, { setValueAs: nullIfEmpty })} error={errors.actions?.[i]?.dueOn} />
              <button type="button" onClick={() => actions.remove(i)}>
                Remove action {i + 1}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => actions.append({ text: '', dueOn: null })}>
            Add an action
          </button>
        </fieldset>
    </ActivityFormDialog>
  );
}

export function CoachingTab() {
  const list = useChannel('activities:listCoaching', {});
  const { edit, log, dialogs } = useActivityDialogs<CoachingRecord>();
  const remove = useCommand('activities:deleteCoaching');
  const restore = useCommand('activities:restoreCoaching');
  const deleteWithUndo = useDeleteWithUndo(
    (id) => remove.mutateAsync({ id }),
    ({ coacheeName: _n, coachLabel: _l, cpdLogged: _c, cpdLoggedFor: _f, ...record }) => restore.mutateAsync(record),
  );
  return (
    <ActivityTabFrame
      id="act-coaching-heading"
      heading="Coaching"
      newLabel="Record a coaching session"
      onNew={() => edit('new')}
      list={list}
      emptyTitle="No coaching sessions yet"
      empty={
        <>
          <p>Record sessions with the GROW model: the Goal, the Reality now, the Options, and the Way forward with actions.</p>
        </>
      }
      dialogs={dialogs((record, day, close) => <CoachingForm record={record} today={day} onClose={close} />)}
    >
      {(items) => items.map((c) => {
        const people = c.coachMemberId !== null ? [c.coacheeName, c.coachLabel] : [c.coacheeName];
        // Offer only those whose CPD log does not hold the session yet (one entry may have been deleted there).
        const ids = c.coachMemberId !== null ? [c.coacheeId, c.coachMemberId] : [c.coacheeId];
        const toLog = people.filter((_, i) => !c.cpdLoggedFor.includes(ids[i] ?? -1));
        return (
          <li key={c.id} className="card">
            <h3>
              {c.coacheeName}, {formatUkDate(c.heldOn)}
            </h3>
            <p className="muted">
              Coach: {c.coachLabel} · {c.hours} hours
            </p>
            <dl className="facts">
              {([['Goal', c.goal], ['Reality', c.reality], ['Options', c.options], ['Way forward', c.wayForward]] as const).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd className="notes">{v || '—'}</dd>
                </div>
              ))}
            </dl>
            {c.actions.length > 0 && (
              <ul>
                {c.actions.map((a, i) => (
                  <li key={i}>
                    {a.text}
                    {a.dueOn && <span className="muted">, due {formatUkDate(a.dueOn)}</span>}
                  </li>
                ))}
              </ul>
            )}
            <div className="row-actions">
              <button type="button" aria-label={`Edit coaching for ${c.coacheeName} on ${formatUkDate(c.heldOn)}`} onClick={() => edit(c)}>
                Edit
              </button>
              <button
                type="button"
                aria-label={`Delete coaching for ${c.coacheeName} on ${formatUkDate(c.heldOn)}`}
                onClick={() => void deleteWithUndo(c.id, `Coaching session with ${c.coacheeName} on ${formatUkDate(c.heldOn)}`)}
              >
                Delete
              </button>
              <LogCpdButton
                label={`coaching for ${c.coacheeName} on ${formatUkDate(c.heldOn)}`}
                logged={c.cpdLogged}
                people={people.length}
                onClick={() => log({ kind: 'coaching', id: c.id, title: `Coaching, ${formatUkDate(c.heldOn)}`, people: toLog, date: c.heldOn, hours: c.hours })}
              />
            </div>
          </li>
        );
      })}
    </ActivityTabFrame>
  );
}
