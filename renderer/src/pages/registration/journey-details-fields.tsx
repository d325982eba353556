import { useEffect } from 'react';
import type { FieldErrors, Path, UseFormReturn } from 'react-hook-form';
import { ROUTE_LABELS, routesFor, type JourneyDetailsInput, type Level } from '../../../../shared/domains/registration';
import { Field } from '../../components/field';
import { DateInput } from '../../components/date-input';

const sameName = (a: string | undefined, b: string | null) =>
  Boolean(a && b && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase());

/** Mentor and support contacts, the candidate's own planned submission date and notes; shared by create and edit. */
export function JourneyDetailsFields<T extends JourneyDetailsInput>({
  form,
  lineManagerName,
  level,
}: {
  form: UseFormReturn<T>;
  lineManagerName: string | null;
  level: Level;
}) {
  // The create form has more fields than these; they are all it touches.
  const f = form as unknown as UseFormReturn<JourneyDetailsInput>;
  const errors: FieldErrors<JourneyDetailsInput> = f.formState.errors;
  const text = (name: Path<JourneyDetailsInput>, label: string, hint?: string) => (
    <Field label={label} error={errors[name as keyof JourneyDetailsInput]} hint={hint}>
      {(ids) => <input {...f.register(name)} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
    </Field>
  );
  const mentorIsManager = sameName(f.watch('mentorName'), lineManagerName);
  const routes = routesFor(level);
  const route = f.watch('route');
  // Only Chartership has a second route; another level falls back to the main one.
  useEffect(() => {
    if (route && !routes.includes(route)) f.setValue('route', 'main');
  }, [route, routes, f]);
  return (
    <>
      {routes.length > 1 && (
        <Field label="Route" error={errors.route} hint="Knowledge Management Chartership sits beside the main route">
          {(ids) => (
            <select {...f.register('route')} id={ids.id} aria-describedby={ids.describedBy}>
              {routes.map((r) => (
                <option key={r} value={r}>
                  {ROUTE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {text('mentorName', 'Mentor', 'A CILIP mentor, not the line manager')}
      {text('mentorContact', 'Mentor contact', 'Email or phone')}
      <Field
        label="Mentor on CILIP's mentor register?"
        error={errors.mentorOnRegister}
        hint={level === 'fellowship' ? 'Optional' : 'Certification and Chartership mentors are Chartered and on the register'}
      >
        {(ids) => (
          <select
            {...f.register('mentorOnRegister', {
              setValueAs: (v: unknown) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : null),
            })}
            id={ids.id}
            aria-describedby={ids.describedBy}
          >
            <option value="">Not recorded</option>
            <option value="true">Yes, on the register</option>
            <option value="false">No, not on the register</option>
          </select>
        )}
      </Field>
      {mentorIsManager && (
        <p className="info-banner form-span" role="status">
          Warning: {lineManagerName} is this member&apos;s line manager. Mentoring should be separate from line management.
        </p>
      )}
      {text('supportOfficer', 'Candidate support officer')}
      {text('regionalNetwork', 'Regional network')}
      <Field label="Planned submission date" error={errors.plannedSubmissionOn} hint="Set by the candidate: CILIP sets no deadline">
        {(ids) => (
          <DateInput
            {...f.register('plannedSubmissionOn', { setValueAs: (v: unknown) => (v === '' || v == null ? null : v) })}
            id={ids.id}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
          />
        )}
      </Field>
      <Field label="Notes" error={errors.notes} className="form-span">
        {(ids) => <textarea {...f.register('notes')} id={ids.id} rows={3} aria-describedby={ids.describedBy} />}
      </Field>
    </>
  );
}
