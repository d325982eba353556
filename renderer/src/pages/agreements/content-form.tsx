import { useId } from 'react';
import { useFieldArray, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, type AgreementContent, type Scheme } from '../../../../shared/domains/agreements';
import { AIM_LABELS, FIELD_LABELS, sectionsFor } from '../../../../shared/domains/agreements-rules';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { controlProps, Field, nullIfEmpty, numberOrNull, type FieldErrorValue } from '../../components/field';
import { DateInput } from '../../components/date-input';

type TextField = Exclude<
  keyof AgreementContent,
  'contacts' | 'hoursPerWeek' | 'reviewEveryWeeks' | 'startDate' | 'endDate' | 'gatewayDate' | 'otjMinimumHours' | 'aims'
>;
const SHORT: TextField[] = ['placeOfWork', 'apprenticeshipStandard'];
const AIM_HINTS = {
  skills: 'Skills the trainee aims to gain, one per line.',
  knowledge: 'What the trainee aims to know by the end, one per line.',
  behaviours: 'How the trainee aims to work with others and the public, one per line.',
} as const;

const errorOf = (errors: FieldErrors<AgreementContent>, field: keyof AgreementContent) => errors[field] as FieldErrorValue | undefined;

/** Every section of an agreement as form fields; a signed or ready version shows the same layout read-only. */
export function ContentFields({
  form,
  guidance,
  readOnly,
  scheme,
  withDates = true,
}: {
  form: UseFormReturn<AgreementContent>;
  guidance: Record<string, string>;
  readOnly: boolean;
  scheme: Scheme;
  /** False in the template editor: templates carry no dates and no hours (those come from the person). */
  withDates?: boolean;
}) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const contacts = useFieldArray({ control, name: 'contacts' });
  const settings = useChannel('agreements:settings', {});
  const known = settings.data?.knownStandards ?? [];
  const standardsListId = useId();

  const text = (field: TextField) => (
    <Field key={field} label={FIELD_LABELS[field]} hint={guidance[field]} error={errorOf(errors, field)} wide={!SHORT.includes(field)}>
      {(ids) =>
        SHORT.includes(field) ? (
          <input {...register(field)} {...controlProps(ids)} />
        ) : (
          <textarea {...register(field)} {...controlProps(ids)} rows={3} />
        )
      }
    </Field>
  );

  const special = (field: keyof AgreementContent) => {
    switch (field) {
      case 'startDate':
      case 'endDate':
        return withDates ? (
          <Field key={field} label={FIELD_LABELS[field]} error={errorOf(errors, field)}>
            {(ids) =>
              readOnly ? (
                <input type="text" readOnly value={formatUkDate(form.getValues(field))} {...controlProps(ids)} />
              ) : (
                <DateInput {...register(field)} {...controlProps(ids)} />
              )
            }
          </Field>
        ) : null;
      case 'gatewayDate':
        return withDates && scheme === 'apprenticeship' ? (
          <Field key={field} label={FIELD_LABELS[field]} hint={guidance[field]} error={errorOf(errors, field)}>
            {(ids) =>
              readOnly ? (
                <input type="text" readOnly value={form.getValues(field) ? formatUkDate(form.getValues(field)) : 'Not set: the end date'} {...controlProps(ids)} />
              ) : (
                <DateInput {...register(field, { setValueAs: nullIfEmpty })} {...controlProps(ids)} />
              )
            }
          </Field>
        ) : null;
      case 'apprenticeshipStandard': {
        // Pick a standard already used on another agreement, and its minimum comes with it; or type a new one.
        const field$ = register(field, {
          onChange: (e: { target: { value: string } }) => {
            const match = known.find((k) => k.name.toLowerCase() === e.target.value.trim().toLowerCase());
            if (match) form.setValue('otjMinimumHours', match.otjMinimumHours, { shouldDirty: true });
          },
        });
        return (
          <Field key={field} label={FIELD_LABELS[field]} hint={guidance[field]} error={errorOf(errors, field)}>
            {(ids) => (
              <>
                <input {...field$} {...controlProps(ids)} list={known.length > 0 ? standardsListId : undefined} />
                {known.length > 0 && (
                  <datalist id={standardsListId}>
                    {known.map((k) => (
                      <option key={k.name} value={k.name}>{`${k.otjMinimumHours} hours`}</option>
                    ))}
                  </datalist>
                )}
              </>
            )}
          </Field>
        );
      }
      case 'otjMinimumHours':
        return (
          <Field key={field} label={FIELD_LABELS[field]} hint={guidance[field]} error={errorOf(errors, field)}>
            {(ids) => <input type="number" step="1" min="0" max="5000" {...register(field, { setValueAs: numberOrNull })} {...controlProps(ids)} />}
          </Field>
        );
      case 'aims':
        return (
          <div key={field} className="form-span agreement-aims">
            {(Object.keys(AIM_LABELS) as (keyof typeof AIM_LABELS)[]).map((k) => (
              <Field key={k} label={AIM_LABELS[k]} hint={guidance[`aims.${k}`] ?? AIM_HINTS[k]} error={errors.aims?.[k]} wide>
                {(ids) => <textarea rows={3} {...register(`aims.${k}`)} {...controlProps(ids)} />}
              </Field>
            ))}
          </div>
        );
      case 'hoursPerWeek':
        return !withDates ? null : (
          <Field key={field} label={FIELD_LABELS[field]} hint={guidance[field]} error={errorOf(errors, field)}>
            {(ids) => <input type="number" step="0.5" min="0" max="48" {...register(field, { valueAsNumber: true })} {...controlProps(ids)} />}
          </Field>
        );
      case 'reviewEveryWeeks':
        return (
          <Field key={field} label={FIELD_LABELS[field]} hint={guidance[field]} error={errorOf(errors, field)}>
            {(ids) => <input type="number" step="1" min="1" max="12" {...register(field, { setValueAs: numberOrNull })} {...controlProps(ids)} />}
          </Field>
        );
      case 'contacts':
        return (
          <div key={field} className="form-span agreement-contacts">
            {guidance.contacts && <p className="hint">{guidance.contacts}</p>}
            {contacts.fields.length === 0 && <p className="muted">No external contacts yet.</p>}
            {contacts.fields.map((c, i) => (
              <fieldset key={c.id} className="agreement-contact">
                <legend>Contact {i + 1}</legend>
                <Field label={`Contact ${i + 1} role`}>
                  {(ids) => (
                    <select {...register(`contacts.${i}.role`)} {...controlProps(ids)}>
                      {CONTACT_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {CONTACT_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={`Contact ${i + 1} name`} error={errors.contacts?.[i]?.name}>
                  {(ids) => <input {...register(`contacts.${i}.name`)} {...controlProps(ids)} />}
                </Field>
                <Field label={`Contact ${i + 1} organisation`}>
                  {(ids) => <input {...register(`contacts.${i}.organisation`)} {...controlProps(ids)} />}
                </Field>
                <Field label={`Contact ${i + 1} email`}>
                  {(ids) => <input type="email" {...register(`contacts.${i}.email`)} {...controlProps(ids)} />}
                </Field>
                <Field label={`Contact ${i + 1} planned visits and purpose`} wide>
                  {(ids) => <textarea rows={2} {...register(`contacts.${i}.visits`)} {...controlProps(ids)} />}
                </Field>
                {!readOnly && (
                  <button type="button" onClick={() => contacts.remove(i)}>
                    Remove contact {i + 1}
                  </button>
                )}
              </fieldset>
            ))}
            {!readOnly && (
              <button
                type="button"
                onClick={() => contacts.append({ role: 'placement_coordinator', name: '', organisation: '', email: '', visits: '' })}
              >
                Add contact
              </button>
            )}
          </div>
        );
      default:
        return text(field);
    }
  };

  return (
    <fieldset disabled={readOnly} className="agreement-fields">
      <legend className="visually-hidden">Agreement content</legend>
      {sectionsFor(scheme).map((section) =>
        section.key === 'duration' && !withDates ? null : (
          <section key={section.key} className="card" aria-labelledby={`section-${section.key}`}>
            <h3 id={`section-${section.key}`}>{section.title}</h3>
            <div className="form-grid">{section.fields.map((f) => special(f))}</div>
          </section>
        ),
      )}
    </fieldset>
  );
}
