import { zodResolver } from '../../components/form-resolver';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { agreementsSchemas, SCHEMES, SCHEME_LABELS, type Scheme } from '../../../../shared/domains/agreements';
import { addDays } from '../../../../shared/dates';
import { TRAINEE_TYPES, type EmploymentType } from '../../../../shared/domains/team';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

type Values = z.infer<typeof agreementsSchemas.createInput>;
const SCHEME_OF: Partial<Record<EmploymentType, Scheme>> = {
  apprentice: 'apprenticeship',
  graduate_trainee: 'graduate_traineeship',
  placement_student: 'work_placement',
};

/** Starts an agreement from the template for the trainee's scheme; the dates default to the template's length. */
export function NewAgreementDialog({ today, memberId, onClose }: { today: string; memberId?: number; onClose: () => void }) {
  const people = useChannel('team:list', { includeArchived: false });
  const templates = useChannel('agreements:templates', {});
  const create = useCommand('agreements:create');
  const navigate = useNavigate();
  const form = useForm<Values>({
    resolver: zodResolver(agreementsSchemas.createInput),
    defaultValues: { memberId: memberId ?? 0, scheme: 'work_placement', startDate: today, endDate: addDays(today, 69) },
  });
  const { errors } = form.formState;
  const trainees = (people.data ?? []).filter((p) => TRAINEE_TYPES.includes(p.employmentType));
  const others = (people.data ?? []).filter((p) => !TRAINEE_TYPES.includes(p.employmentType));

  const pickDefaults = (scheme: Scheme, start: string) => {
    const weeks = templates.data?.find((t) => t.scheme === scheme)?.durationWeeks;
    if (weeks) form.setValue('endDate', addDays(start, weeks * 7 - 1));
  };
  const onMember = (id: number) => {
    const person = people.data?.find((p) => p.id === id);
    const scheme = person && SCHEME_OF[person.employmentType];
    if (scheme) form.setValue('scheme', scheme);
    const start = person?.startDate && person.startDate > addDays(today, -60) ? person.startDate : form.getValues('startDate');
    form.setValue('startDate', start);
    pickDefaults(scheme ?? form.getValues('scheme'), start);
  };

  const loaded = Boolean(people.data && templates.data);
  useEffect(() => {
    // Opened from a member's page: pick their scheme and dates once the lists are in.
    if (loaded && memberId) onMember(memberId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, memberId]);

  const submit = form.handleSubmit(async (values) => {
    const created = await create.mutateAsync(values);
    onClose();
    navigate(`/agreements/${created.id}`);
  });
  const memberField = form.register('memberId', { valueAsNumber: true });
  return (
    <Dialog title="New agreement" onClose={onClose} description="The agreement starts as a draft from the template for the scheme.">
      <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
        <Field label="Trainee" error={errors.memberId ? 'Choose the trainee' : undefined}>
          {(ids) => (
            <select {...memberField} {...controlProps(ids)} onChange={(e) => void memberField.onChange(e).then(() => onMember(Number(e.target.value)))}>
              <option value={0}>Choose…</option>
              <optgroup label="Trainees">
                {trainees.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Everyone else">
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <Field label="Scheme" error={errors.scheme}>
          {(ids) => (
            <select {...form.register('scheme', { onChange: (e) => pickDefaults(e.target.value as Scheme, form.getValues('startDate')) })} {...controlProps(ids)}>
              {SCHEMES.map((s) => (
                <option key={s} value={s}>
                  {SCHEME_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Start date" error={errors.startDate}>
          {(ids) => <DateInput {...form.register('startDate')} {...controlProps(ids)} />}
        </Field>
        <Field label="End date" error={errors.endDate}>
          {(ids) => <DateInput {...form.register('endDate')} {...controlProps(ids)} />}
        </Field>
        <ErrorMessage error={create.error} />
        <DialogActions onCancel={onClose} label="Create draft" busy={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
