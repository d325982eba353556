import './registration.css';
import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { registrationSettings, type RegistrationSettings } from '../../../../shared/domains/registration';
import { DEFAULT_DRIFT_WEEKS, DRIFT_WEEKS_MAX, DRIFT_WEEKS_MIN } from '../../../../shared/domains/registration-rules';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field } from '../../components/field';

/** This section's settings, shown on the Settings page. */
export default function RegistrationSettingsSection() {
  const settings = useChannel('registration:settings', {});
  const update = useCommand('registration:updateSettings');
  const toast = useToast();
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<RegistrationSettings>({
    resolver: zodResolver(registrationSettings),
    defaultValues: { driftWeeks: DEFAULT_DRIFT_WEEKS },
    // The saved value arrives (and refreshes) without overwriting what the manager is typing.
    values: settings.data,
    resetOptions: { keepDirtyValues: true },
  });
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
          hint={`No stage change and no logged activity (CPD, evidence, statement edits) for this many weeks: ${DRIFT_WEEKS_MIN} to ${DRIFT_WEEKS_MAX}, usually ${DEFAULT_DRIFT_WEEKS}.`}
        >
          {(ids) => (
            <input
              {...register('driftWeeks', { valueAsNumber: true })}
              id={ids.id}
              type="number"
              min={DRIFT_WEEKS_MIN}
              max={DRIFT_WEEKS_MAX}
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
