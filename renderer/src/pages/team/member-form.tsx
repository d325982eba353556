import { zodResolver } from '../../components/form-resolver';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import {
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  emptyMemberInput,
  latestStartDate,
  memberInput,
  startDateProblem,
  type Member,
  type MemberInput,
  toMemberInput,
} from '../../../../shared/domains/team';
import { ApiError } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { Dialog } from '../../components/dialog';
import { Field, idOrNull, nullIfEmpty, serverFieldError } from '../../components/field';
import { ErrorMessage } from '../../components/page';
import { formatUkDate } from '../../../../shared/dates';
import { useToday } from '../../api/use-today';
import { DialogActions } from '../../components/dialog-actions';

const input = (reg: UseFormRegisterReturn, ids: { id: string; describedBy?: string; invalid: boolean }, type = 'text') => (
  <input {...reg} id={ids.id} type={type} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />
);

interface MemberFormProps {
  member?: Member;
  onClose: () => void;
  onSaved: (m: Member) => void;
}

export function MemberForm({ member, onClose, onSaved }: MemberFormProps) {
  const create = useCommand('team:create');
  const update = useCommand('team:update');
  const people = useChannel('team:list', { includeArchived: false });
  const form = useForm<MemberInput>({
    resolver: zodResolver(memberInput),
    defaultValues: member ? toMemberInput(member) : emptyMemberInput,
    mode: 'onTouched',
  });
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = form;
  // The notes are kept as a draft while they are typed (a member's draft is erased with them).
  const notesDraft = useFormFieldDraft(form, 'notes', `member:${member?.id ?? 'new'}:notes`, member?.notes ?? '', member?.id ?? null);
  const mutation = member ? update : create;
  const today = useToday();

  const submit = handleSubmit(
    async (values) => {
      // The same window the main process applies (shared rule); a date already on record may stay.
      const startProblem = values.startDate === member?.startDate ? null : startDateProblem(values.startDate, today);
      if (startProblem) {
        setError('startDate', { message: startProblem });
        setFocus('startDate');
        return;
      }
      try {
        const saved = member ? await update.mutateAsync({ id: member.id, changes: values }) : await create.mutateAsync(values);
        await notesDraft.discard();
        onSaved(saved);
      } catch (error) {
        if (error instanceof ApiError && error.field && error.field in values) {
          const field = error.field as keyof MemberInput;
          setError(field, serverFieldError(error));
          setFocus(field);
        }
      }
    },
    (invalid) => {
      const first = Object.keys(invalid)[0] as keyof MemberInput | undefined;
      if (first) setFocus(first);
    },
  );

  const serverError = mutation.error && !(mutation.error.field && mutation.error.field in emptyMemberInput) ? mutation.error : null;

  return (
    <Dialog title={member ? `Edit ${member.name}` : 'Add a team member'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Name" error={errors.name}>{(ids) => input(register('name'), ids)}</Field>
        <Field label="Preferred name" error={errors.preferredName} hint="Optional: what they like to be called">
          {(ids) => input(register('preferredName'), ids)}
        </Field>
        <Field label="Job title" error={errors.jobTitle}>{(ids) => input(register('jobTitle'), ids)}</Field>
        <Field label="Grade / band" error={errors.grade}>{(ids) => input(register('grade'), ids)}</Field>
        <Field label="Team / service point" error={errors.team}>{(ids) => input(register('team'), ids)}</Field>
        <Field label="FTE" error={errors.fte} hint="1 is full time; 0.5 is half time">
          {(ids) => (
            <input
              {...register('fte', { valueAsNumber: true })}
              id={ids.id}
              type="number"
              step="0.01"
              min="0.01"
              max="1"
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field label="Start date" error={errors.startDate} hint={`A new starter may be added up to ${formatUkDate(latestStartDate(today))} (12 months ahead)`}>
          {(ids) => input(register('startDate', { setValueAs: nullIfEmpty }), ids, 'date')}
        </Field>
        <Field label="Employment type" error={errors.employmentType}>
          {(ids) => (
            <select {...register('employmentType')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
              {EMPLOYMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EMPLOYMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Line manager" error={errors.lineManagerId} hint="Leave as 'You' if you manage them directly">
          {(ids) => (
            <select
              {...register('lineManagerId', { setValueAs: idOrNull })}
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            >
              <option value="">You</option>
              {(people.data ?? [])
                .filter((p) => p.id !== member?.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label="CILIP membership number" error={errors.cilipNumber} hint="Optional">
          {(ids) => input(register('cilipNumber'), ids)}
        </Field>
        <Field label="Email" error={errors.email} hint="Optional; used to match rows when importing">
          {(ids) => input(register('email'), ids, 'email')}
        </Field>
        <Field label="Notes" error={errors.notes}>
          {(ids) => <textarea {...register('notes')} id={ids.id} rows={3} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.setValue('notes', member?.notes ?? ''))} />
        <ErrorMessage error={serverError} />
        <UnsavedGuard when={form.formState.isDirty} what={member ? `Your changes to ${member.name}` : 'The new team member'} plural={Boolean(member)} draftKept />
        <DialogActions onCancel={onClose} label={member ? 'Save changes' : 'Add member'} busy={isSubmitting} span />
      </form>
    </Dialog>
  );
}
