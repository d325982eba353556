import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { shadowingInput, VISIT_MODES, VISIT_MODE_LABELS, type ShadowingInput, type ShadowingVisit } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { ActivityFormDialog, ActivityTabFrame, recordSubmit, useActivityDialogs } from './activity-tab-frame';
import { DraftNote, Input, LogCpdButton, MemberSelect, requiredMember, TextArea, useDeleteWithUndo, useFormFieldDraft } from './common';
import { Field, idOrNull } from '../../components/field';
import { HOURS_INPUT_ATTRS } from '../../../../shared/domains/hours';

const formSchema = shadowingInput.extend({ memberId: requiredMember });

function VisitForm({ visit, today, onClose }: { visit?: ShadowingVisit; today: string; onClose: () => void }) {
  const create = useCommand('activities:createVisit');
  const update = useCommand('activities:updateVisit');
  const mutation = visit ? update : create;
  const form = useForm<ShadowingInput>({
    resolver: zodResolver(formSchema),
    defaultValues: visit
      ? { memberId: visit.memberId, hostLibrary: visit.hostLibrary, hostPerson: visit.hostPerson, mode: visit.mode, visitOn: visit.visitOn, hours: visit.hours, objectives: visit.objectives, reflection: visit.reflection }
      : { hostLibrary: '', hostPerson: '', mode: 'in_person', visitOn: today, hours: 3, objectives: '', reflection: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  // Objectives and the reflection are kept as drafts while they are typed.
  const objectivesDraft = useFormFieldDraft(form, 'objectives', `visit:${visit?.id ?? 'new'}:objectives`, visit?.objectives ?? '', visit?.memberId ?? null);
  const reflectionDraft = useFormFieldDraft(form, 'reflection', `visit:${visit?.id ?? 'new'}:reflection`, visit?.reflection ?? '', visit?.memberId ?? null);
  const discardDrafts = () => Promise.all([objectivesDraft.discard(), reflectionDraft.discard()]);
  const submit = recordSubmit(form, shadowingInput.shape, (values) => (visit ? update.mutateAsync({ id: visit.id, changes: values }) : create.mutateAsync(values)), () => discardDrafts().then(onClose));
  return (
    <ActivityFormDialog title={visit ? 'Edit shadowing visit' : 'New shadowing visit'} onClose={onClose} onSubmit={submit} error={mutation.error} saveLabel={visit ? 'Save changes' : 'Add visit'} busy={isSubmitting}>
        <MemberSelect label="Visitor" registration={register('memberId', { setValueAs: idOrNull })} error={errors.memberId} current={visit && { id: visit.memberId, name: visit.memberName }} />
        <Input label="Host library or service" registration={register('hostLibrary')} error={errors.hostLibrary} />
        <Input label="Host person" registration={register('hostPerson')} error={errors.hostPerson} hint="Optional" />
        <Field label="How" error={errors.mode}>
          {(ids) => (
            <select {...register('mode')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
              {VISIT_MODES.map((m) => (
                <option key={m} value={m}>
                  {VISIT_MODE_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Input label="Visit date" type="date" registration={register('visitOn')} error={errors.visitOn} />
        <Input label="Hours" type="number" step={HOURS_INPUT_ATTRS.step} registration={register('hours', { valueAsNumber: true })} error={errors.hours} />
        <TextArea label="Objectives" registration={register('objectives')} error={errors.objectives} hint="Agreed before the visit" />
        <TextArea label="Reflection" registration={register('reflection')} error={errors.reflection} hint="After the visit: what will you do differently?" />
        <DraftNote statuses={[objectivesDraft.status, reflectionDraft.status]} onDiscard={() => void discardDrafts().then(() => form.reset())} />
    </ActivityFormDialog>
  );
}

export function ShadowingTab() {
  const list = useChannel('activities:listVisits', {});
  const { today, edit, log, dialogs } = useActivityDialogs<ShadowingVisit>();
  const remove = useCommand('activities:deleteVisit');
  const restore = useCommand('activities:restoreVisit');
  const deleteWithUndo = useDeleteWithUndo(
    (id) => remove.mutateAsync({ id }),
    ({ memberName: _m, cpdLogged: _c, ...visit }) => restore.mutateAsync(visit),
  );
  return (
    <ActivityTabFrame
      id="act-visits-heading"
      heading="Shadowing visits"
      newLabel="New shadowing visit"
      onNew={() => edit('new')}
      list={list}
      emptyTitle="No shadowing visits yet"
      empty={
        <>
          <p>Plan a visit to another library or a colleague in person or online: set objectives first, write a reflection afterwards, then log it as CPD.</p>
        </>
      }
      dialogs={dialogs((record, day, close) => <VisitForm visit={record} today={day} onClose={close} />)}
    >
      {(items) => items.map((v) => {
        const upcoming = v.visitOn > today;
        return (
          <li key={v.id} className="card">
            <h3>
              {v.memberName} at {v.hostLibrary}
            </h3>
            <p className="muted">
              {formatUkDate(v.visitOn)} · {VISIT_MODE_LABELS[v.mode]} · {v.hours} hours
              {v.hostPerson && ` · hosted by ${v.hostPerson}`}
              {upcoming && ' · planned'}
            </p>
            <dl className="facts">
              <div>
                <dt>Objectives</dt>
                <dd className="notes">{v.objectives || '—'}</dd>
              </div>
              <div>
                <dt>Reflection</dt>
                <dd className="notes">{v.reflection || (upcoming ? 'After the visit' : 'Not written yet')}</dd>
              </div>
            </dl>
            <div className="row-actions">
              <button type="button" aria-label={`Edit visit to ${v.hostLibrary}`} onClick={() => edit(v)}>
                Edit
              </button>
              <button type="button" aria-label={`Delete visit to ${v.hostLibrary}`} onClick={() => void deleteWithUndo(v.id, `Visit to ${v.hostLibrary}`)}>
                Delete
              </button>
              {!upcoming && (
                <LogCpdButton
                  label={`visit to ${v.hostLibrary}`}
                  logged={v.cpdLogged}
                  people={1}
                  onClick={() => log({ kind: 'shadowing', id: v.id, title: `Visit to ${v.hostLibrary}`, people: [v.memberName], date: v.visitOn, hours: v.hours })}
                />
              )}
            </div>
          </li>
        );
      })}
    </ActivityTabFrame>
  );
}
