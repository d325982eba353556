import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { PKSB_EDITION_LABELS, pksbSectionName, pksbSectionsOf } from '../../../../shared/domains/pksb';
import { HOURS_INPUT_ATTRS, HOURS_MAX } from '../../../../shared/domains/hours';
import { CPD_TYPES, CPD_TYPE_LABELS, cpdDateProblem, cpdFields, emptyCpdFields, type CpdEntry, type CpdFields } from '../../../../shared/domains/registration-cpd';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { draftStatusText, useDraft } from '../../components/use-draft';
import { Field, fieldErrorText, formFieldOf, ruleFieldError, serverFieldError } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

interface Props {
  memberId: number;
  today: string;
  entry?: CpdEntry;
  onClose: () => void;
  onSaved: (entry: CpdEntry) => void;
}

/** Log or edit one CPD entry: hours in quarter-hour steps, up to 24 per entry, never in the future. */
export function CpdFormDialog({ memberId, today, entry, onClose, onSaved }: Props) {
  const add = useCommand('registration:addCpd');
  const update = useCommand('registration:updateCpd');
  const mutation = entry ? update : add;
  // Sections are offered in the edition of the default skills framework, so CPD tags match the sections people rate.
  const frameworks = useChannel('skills:listFrameworks', {});
  const edition = frameworks.data?.find((f) => f.isDefault)?.edition ?? '2012';
  const offered = pksbSectionsOf(edition);
  const sections = [
    ...offered,
    ...(entry?.sections ?? []).filter((c) => !offered.some((s) => s.code === c)).map((c) => ({ code: c, name: pksbSectionName(c) })),
  ];
  const { register, handleSubmit, setError, watch, setValue, formState: { errors, isSubmitting } } = useForm<CpdFields>({
    resolver: zodResolver(cpdFields),
    defaultValues: entry
      ? { date: entry.date, activityType: entry.activityType, hours: entry.hours, title: entry.title, reflection: entry.reflection, sections: entry.sections }
      : emptyCpdFields(today),
    mode: 'onTouched',
  });
  // The reflection is kept as a draft while it is typed (see docs/one-to-ones.md, "Drafts").
  const draft = useDraft({
    key: entry ? `cpd:${entry.id}:reflection` : `cpd:new:${memberId}:reflection`,
    memberId,
    value: watch('reflection') ?? '',
    saved: entry?.reflection ?? '',
    onRestore: (body) => setValue('reflection', body, { shouldDirty: true }),
  });

  const submit = handleSubmit(async (values) => {
    const dateProblem = cpdDateProblem(values.date, today);
    if (dateProblem) {
      setError('date', ruleFieldError(dateProblem));
      return;
    }
    try {
      const saved = entry ? await update.mutateAsync({ id: entry.id, changes: values }) : await add.mutateAsync({ ...values, memberId });
      await draft.discard();
      onSaved(saved);
    } catch (error) {
      const field = formFieldOf(error);
      if (field && field in values) setError(field as keyof CpdFields, serverFieldError(error));
    }
  });
  const fieldError = formFieldOf(mutation.error);

  return (
    <Dialog title={entry ? 'Edit CPD entry' : 'Log CPD'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Date" error={errors.date}>
          {(ids) => <DateInput {...register('date')} id={ids.id} max={today} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field label="Activity type" error={errors.activityType}>
          {(ids) => (
            <select {...register('activityType')} id={ids.id} aria-describedby={ids.describedBy}>
              {CPD_TYPES.map((t) => (
                <option key={t} value={t}>
                  {CPD_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Hours" error={errors.hours} hint={`Quarter-hour steps, e.g. 1.5; at most ${HOURS_MAX} per entry`}>
          {(ids) => (
            <input
              {...register('hours', { valueAsNumber: true })}
              id={ids.id}
              {...HOURS_INPUT_ATTRS}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field label="What was it?" error={errors.title} hint="Required: a short title for the log">
          {(ids) => <input {...register('title')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field label="Reflection" error={errors.reflection} className="form-span" hint="Optional now, but revalidation asks for reflection: what did you learn, and what will you do differently?">
          {(ids) => <textarea {...register('reflection')} id={ids.id} rows={4} aria-describedby={ids.describedBy} />}
        </Field>
        <p className="form-span muted" role="status">
          {draftStatusText(draft.status)}
        </p>
        <fieldset className="form-span registration-sections">
          <legend>PKSB sections it developed ({PKSB_EDITION_LABELS[edition]})</legend>
          {sections.map((s) => (
            <label key={s.code} className="checkbox">
              <input type="checkbox" value={s.code} {...register('sections')} /> {s.code === s.name ? s.name : `${s.code} ${s.name}`}
            </label>
          ))}
          {errors.sections && <p className="field-error">{fieldErrorText('PKSB sections', errors.sections)}</p>}
        </fieldset>
        <ErrorMessage error={mutation.error && !(fieldError && fieldError in emptyCpdFields(today)) ? mutation.error : null} />
        <DialogActions onCancel={onClose} label={entry ? 'Save changes' : 'Save CPD'} busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
