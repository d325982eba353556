import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import {
  emptyJourneyDetails,
  JOURNEY_KINDS,
  JOURNEY_KIND_LABELS,
  journeyCreateInput,
  STAGES,
  STAGE_LABELS,
  type JourneyCreateInput,
} from '../../../../shared/domains/registration';
import { ApiError } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { Field, serverFieldError } from '../../components/field';
import { JourneyDetailsFields } from './journey-details-fields';
import { LevelField } from './level-field';
import { useToday } from '../../api/use-today';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

/** Starts a journey for a team member (the date defaults to today; CILIP sets no deadline, the candidate plans one). */
export function NewJourneyDialog({ onClose, onCreated, memberId }: { onClose: () => void; onCreated: (id: number) => void; memberId?: number }) {
  const team = useChannel('team:list', { includeArchived: false });
  const create = useCommand('registration:createJourney');
  const today = useToday();
  const form = useForm<JourneyCreateInput>({
    resolver: zodResolver(journeyCreateInput),
    defaultValues: {
      ...emptyJourneyDetails,
      memberId: memberId ?? 0,
      level: 'chartership',
      kind: 'registration',
      stage: 'enrolled',
      startedOn: today,
    },
    mode: 'onTouched',
  });
  const { register, handleSubmit, setError, watch, formState: { errors, isSubmitting } } = form;
  const chosen = team.data?.find((m) => m.id === watch('memberId'));
  // The notes are kept as a draft while they are typed, tied to the chosen member (erased with them).
  const notesDraft = useFormFieldDraft(form, 'notes', 'journey:new:notes', '', chosen?.id ?? null);

  const submit = handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(values);
      await notesDraft.discard();
      onCreated(created.id);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in values) {
        setError(error.field as keyof JourneyCreateInput, serverFieldError(error));
      }
    }
  });

  return (
    <Dialog title="Start a registration journey" onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Team member" error={errors.memberId && { data: { key: 'required' } }}>
          {(ids) =>
            // Registered only once the team has loaded: react-hook-form sets the preselected member when the
            // select registers, and a select without that option yet would show "Choose…" and lose them.
            team.isPending ? (
              <select id={ids.id} disabled aria-describedby={ids.describedBy}>
                <option>Loading the team…</option>
              </select>
            ) : (
              <select {...register('memberId', { valueAsNumber: true })} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
                <option value={0}>Choose a team member…</option>
                {team.data?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )
          }
        </Field>
        <LevelField control={register('level')} error={errors.level} />
        <Field label="Kind of journey" error={errors.kind}>
          {(ids) => (
            <select {...register('kind')} id={ids.id} aria-describedby={ids.describedBy}>
              {JOURNEY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {JOURNEY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Current stage" error={errors.stage}>
          {(ids) => (
            <select {...register('stage')} id={ids.id} aria-describedby={ids.describedBy}>
              {STAGES.slice(0, 8).map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Stage reached on" error={errors.startedOn}>
          {(ids) => <DateInput {...register('startedOn')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <JourneyDetailsFields form={form} lineManagerName={chosen?.lineManagerName ?? null} level={watch('level')} />
        <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.setValue('notes', ''))} />
        <UnsavedGuard when={Boolean(form.formState.dirtyFields.notes)} what="The journey notes you are writing" plural draftKept />
        <ErrorMessage error={create.error && !(create.error.field && create.error.field in emptyJourneyDetails) ? create.error : null} />
        <DialogActions onCancel={onClose} label="Start journey" busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
