import './registration.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { registrationSettings, type RegistrationSettings } from '../../../../shared/domains/registration';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field } from './form-field';

/** This section's settings, shown on the Settings page. */
export default function RegistrationSettingsSection() {
  const settings = useChannel('registration:settings', {});
  const update = useCommand('registration:updateSettings');
  const toast = useToast();
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = useForm<RegistrationSettings>({
    resolver: zodResolver(registrationSettings),
    defaultValues: { driftWeeks: 12 },
  });
  useEffect(() => {
    if (settings.data) reset(settings.data);
  }, [settings.data, reset]);
  return (
    <section className="card" aria-labelledby="settings-registration">
      <h2 id="settings-registration">Registration</h2>
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          await update.mutateAsync(values);
          toast.show(`Journeys now count as stalled after ${values.driftWeeks} weeks without movement.`);
        })}
      >
        <Field
          label="Weeks without movement before a journey is stalled"
          className="registration-narrow"
          error={errors.driftWeeks}
          hint="No stage change and no logged activity (CPD, evidence, statement edits) for this many weeks: 1 to 104, usually 12."
        >
          {(ids) => (
            <input
              {...register('driftWeeks', { valueAsNumber: true })}
              id={ids.id}
              type="number"
              min={1}
              max={104}
              step={1}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <ErrorMessage error={update.error} />
        <button type="submit" disabled={isSubmitting || settings.isPending}>
          Save registration settings
        </button>
      </form>
    </section>
  );
}
