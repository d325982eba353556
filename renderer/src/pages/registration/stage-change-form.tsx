import { zodResolver } from '../../components/form-resolver';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  nextStage,
  skippedStages,
  stageChangeInput,
  stageOrder,
  STAGES,
  STAGE_DESCRIPTIONS,
  STAGE_LABELS,
  type Journey,
  type StageChangeInput,
} from '../../../../shared/domains/registration';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field, serverFieldError } from '../../components/field';
import { useToday } from '../../api/use-today';
import { DateInput } from '../../components/date-input';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

/** Records a move to another stage; moving back needs a reason, which the form asks for in place. */
export function StageChangeForm({ journey }: { journey: Journey }) {
  const change = useCommand('registration:changeStage');
  const toast = useToast();
  const today = useToday();
  const suggested = nextStage(journey.stage) ?? (journey.stage === 'further_information_requested' ? 'submitted' : journey.stage);
  const form = useForm<StageChangeInput>({
    resolver: zodResolver(stageChangeInput),
    defaultValues: { id: journey.id, stage: suggested, enteredOn: today, reason: '' },
    mode: 'onTouched',
  });
  const { register, handleSubmit, setError, reset, watch, formState: { errors, isSubmitting } } = form;
  useEffect(() => reset({ id: journey.id, stage: suggested, enteredOn: today, reason: '' }), [journey.id, journey.stage, suggested, today, reset]);

  // The reason is kept as a draft while it is typed (erased with the candidate).
  const reasonDraft = useFormFieldDraft(form, 'reason', `stageChange:${journey.id}:reason`, '', journey.memberId);

  const chosen = watch('stage');
  /** A forward move that passes over stages waits here until the manager confirms it. */
  const [pending, setPending] = useState<StageChangeInput | null>(null);
  const backwards = stageOrder(chosen) < stageOrder(journey.stage) || journey.stage === 'awarded' || journey.stage === 'not_awarded';

  const save = async (values: StageChangeInput) => {
    try {
      const moved = await change.mutateAsync(values);
      await reasonDraft.discard();
      toast.show(`Stage recorded: ${STAGE_LABELS[moved.stage]}.`);
    } catch (error) {
      if (error instanceof ApiError && error.field && ['stage', 'enteredOn', 'reason'].includes(error.field)) {
        setError(error.field as keyof StageChangeInput, serverFieldError(error));
      }
    }
  };
  const next = nextStage(journey.stage);
  const confirmFirst = (values: StageChangeInput) => {
    if (skippedStages(journey.stage, values.stage).length > 0) setPending(values);
    else void save(values);
  };
  const skipped = pending ? skippedStages(journey.stage, pending.stage) : [];

  return (
    <>
      {next && (
        <p>
          <button type="button" className="primary" disabled={change.isPending} onClick={() => void save({ id: journey.id, stage: next, enteredOn: today, reason: '' })}>
            Move to next stage ({STAGE_LABELS[next]})
          </button>
        </p>
      )}
      {pending && (
        <Dialog
          title={`Skip ${skipped.length === 1 ? 'a stage' : `${skipped.length} stages`}?`}
          onClose={() => setPending(null)}
          description={`This moves the journey from ${STAGE_LABELS[journey.stage]} straight to ${STAGE_LABELS[pending.stage]}, without recording:`}
        >
          <dl className="skipped-stages">
            {skipped.map((s) => (
              <div key={s}>
                <dt>{STAGE_LABELS[s]}</dt>
                <dd>{STAGE_DESCRIPTIONS[s]}</dd>
              </div>
            ))}
          </dl>
          <DialogActions
            onCancel={() => setPending(null)}
            cancelLabel="Go back"
            focusCancel
            label={`Skip and record ${STAGE_LABELS[pending.stage]}`}
            onConfirm={() => {
              const values = pending;
              setPending(null);
              void save(values);
            }}
          />
        </Dialog>
      )}
      <form onSubmit={handleSubmit(confirmFirst)} noValidate className="form-grid" aria-label="Record a stage change">
        <Field label="New stage" error={errors.stage}>
          {(ids) => (
            <select {...register('stage')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
              {STAGES.map((s) => (
                <option key={s} value={s} disabled={s === journey.stage}>
                  {STAGE_LABELS[s]}
                  {s === journey.stage ? ' (current)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date reached" error={errors.enteredOn}>
          {(ids) => <DateInput {...register('enteredOn')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field
          label="Reason"
          error={errors.reason}
          className="form-span"
          hint={backwards ? 'Required: this moves the journey back to an earlier stage.' : 'Optional'}
        >
          {(ids) => <textarea {...register('reason')} id={ids.id} rows={2} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <DraftNote statuses={[reasonDraft.status]} onDiscard={() => void reasonDraft.discard().then(() => form.setValue('reason', ''))} />
        <UnsavedGuard when={Boolean(form.formState.dirtyFields.reason)} what="The reason for the stage change" draftKept />
        {change.error?.field === 'statement' && <ErrorMessage error={change.error} />}
        {change.error && !change.error.field && <ErrorMessage error={change.error} />}
        <DialogActions label="Record stage change" busy={isSubmitting} tone="plain" span />
      </form>
    </>
  );
}
