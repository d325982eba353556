import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { buddyInput, type BuddyInput, type BuddyPair } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { ActivityFormDialog, ActivityTabFrame, recordSubmit, useActivityDialogs } from './activity-tab-frame';
import { DraftNote, Input, MemberSelect, requiredMember, TextArea, useDeleteWithUndo, useFormFieldDraft } from './common';
import { idOrNull, nullIfEmpty } from '../../components/field';

const formSchema = buddyInput.extend({ buddyId: requiredMember, newStarterId: requiredMember });

function BuddyForm({ pair, today, onClose }: { pair?: BuddyPair; today: string; onClose: () => void }) {
  const create = useCommand('activities:createBuddy');
  const update = useCommand('activities:updateBuddy');
  const mutation = pair ? update : create;
  const form = useForm<BuddyInput>({
    resolver: zodResolver(formSchema),
    defaultValues: pair
      ? { buddyId: pair.buddyId, newStarterId: pair.newStarterId, startedOn: pair.startedOn, endedOn: pair.endedOn, focus: pair.focus, buddyNotes: pair.buddyNotes, starterNotes: pair.starterNotes }
      : { startedOn: today, endedOn: null, focus: '', buddyNotes: '', starterNotes: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  // Both sides' learning notes are kept as drafts while they are typed.
  const draftKey = (field: string) => `buddy:${pair?.id ?? 'new'}:${field}`;
  const buddyDraft = useFormFieldDraft(form, 'buddyNotes', draftKey('buddyNotes'), pair?.buddyNotes ?? '', pair?.buddyId ?? null);
  const starterDraft = useFormFieldDraft(form, 'starterNotes', draftKey('starterNotes'), pair?.starterNotes ?? '', pair?.newStarterId ?? null);
  const discardDrafts = () => Promise.all([buddyDraft.discard(), starterDraft.discard()]);
  const submit = recordSubmit(form, buddyInput.shape, (values) => (pair ? update.mutateAsync({ id: pair.id, changes: values }) : create.mutateAsync(values)), () => discardDrafts().then(onClose));
  return (
    <ActivityFormDialog title={pair ? 'Edit buddy pair' : 'New buddy pair'} onClose={onClose} onSubmit={submit} error={mutation.error} saveLabel={pair ? 'Save changes' : 'Add pair'} busy={isSubmitting}>
        <MemberSelect label="Buddy (experienced colleague)" registration={register('buddyId', { setValueAs: idOrNull })} error={errors.buddyId} current={pair && { id: pair.buddyId, name: pair.buddyName }} />
        <MemberSelect label="New starter" registration={register('newStarterId', { setValueAs: idOrNull })} error={errors.newStarterId} current={pair && { id: pair.newStarterId, name: pair.newStarterName }} />
        <Input label="Started on" type="date" registration={register('startedOn')} error={errors.startedOn} />
        <Input label="Ended on" type="date" registration={register('endedOn', { setValueAs: nullIfEmpty })} error={errors.endedOn} hint="Leave blank while the pairing goes on" />
        <div className="form-span">
          <Input label="Focus" registration={register('focus')} error={errors.focus} hint="What the new starter wants help with" />
        </div>
        <TextArea label="Buddy’s notes" registration={register('buddyNotes')} error={errors.buddyNotes} />
        <TextArea label="New starter’s notes" registration={register('starterNotes')} error={errors.starterNotes} />
        <DraftNote statuses={[buddyDraft.status, starterDraft.status]} onDiscard={() => void discardDrafts().then(() => form.reset())} />
    </ActivityFormDialog>
  );
}

export function BuddyingTab() {
  const pairs = useChannel('activities:listBuddies', {});
  const { edit, log, dialogs } = useActivityDialogs<BuddyPair>();
  const remove = useCommand('activities:deleteBuddy');
  const restore = useCommand('activities:restoreBuddy');
  const deleteWithUndo = useDeleteWithUndo(
    (id) => remove.mutateAsync({ id }),
    ({ buddyName: _b, newStarterName: _s, cpdLogged: _c, sessionsLogged: _n, lastLoggedOn: _l, ...pair }) => restore.mutateAsync(pair),
  );
  return (
    <ActivityTabFrame
      id="act-buddy-heading"
      heading="Buddying"
      newLabel="New buddy pair"
      onNew={() => edit('new')}
      list={pairs}
      emptyTitle="No buddy pairs yet"
      empty={
        <>
          <p>Pair an experienced colleague with a new starter for as long as it helps; both can note what they learned.</p>
        </>
      }
      dialogs={dialogs((record, day, close) => <BuddyForm pair={record} today={day} onClose={close} />)}
    >
      {(items) => items.map((p) => (
        <li key={p.id} className="card">
          <h3>
            {p.buddyName} with {p.newStarterName}
          </h3>
          <p className="muted">
            Since {formatUkDate(p.startedOn)}
            {p.endedOn ? `, ended ${formatUkDate(p.endedOn)}` : ' · ongoing'}
            {p.focus && ` · Focus: ${p.focus}`}
          </p>
          <p className="muted">
            {p.sessionsLogged === 0
              ? 'No sessions logged as CPD yet.'
              : `${p.sessionsLogged} ${p.sessionsLogged === 1 ? 'session' : 'sessions'} logged as CPD, the latest on ${formatUkDate(p.lastLoggedOn)}.`}
          </p>
          <dl className="facts">
            <div>
              <dt>{p.buddyName}’s notes</dt>
              <dd className="notes">{p.buddyNotes || '—'}</dd>
            </div>
            <div>
              <dt>{p.newStarterName}’s notes</dt>
              <dd className="notes">{p.starterNotes || '—'}</dd>
            </div>
          </dl>
          <div className="row-actions">
            <button type="button" aria-label={`Edit ${p.buddyName} with ${p.newStarterName}`} onClick={() => edit(p)}>
              Edit
            </button>
            <button type="button" aria-label={`Delete ${p.buddyName} with ${p.newStarterName}`} onClick={() => void deleteWithUndo(p.id, `Buddy pair ${p.buddyName} with ${p.newStarterName}`)}>
              Delete
            </button>
            {/* An ongoing pair meets many times: each session is logged on its own date. */}
            <button
              type="button"
              aria-label={`Log a session as CPD: ${p.buddyName} with ${p.newStarterName}`}
              onClick={() => log({ kind: 'buddying', id: p.id, title: `${p.buddyName} and ${p.newStarterName}`, people: [p.buddyName, p.newStarterName], date: null, hours: null })}
            >
              Log a session as CPD
            </button>
          </div>
        </li>
      ))}
    </ActivityTabFrame>
  );
}
