import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { DEFAULT_FULL_TIME_WEEK_HOURS, teamSettings, type TeamSettings } from '../../../../shared/domains/team';
import { useChannel, useCommand } from '../../api/hooks';
import { Field } from '../../components/field';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';

/** Team on the Settings page: the full-time week that turns contracted hours into FTE. */
export default function TeamSettingsSection() {
  const settings = useChannel('team:settings', {});
  const update = useCommand('team:updateSettings');
  const toast = useToast();
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<TeamSettings>({
    resolver: zodResolver(teamSettings),
    defaultValues: { fullTimeWeekHours: DEFAULT_FULL_TIME_WEEK_HOURS },
    // The saved value arrives (and refreshes) without overwriting what the manager is typing.
    values: settings.data,
    resetOptions: { keepDirtyValues: true },
  });
  return (
    <section className="card" aria-labelledby="settings-team">
      <h2 id="settings-team">Team</h2>
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          await update.mutateAsync(values);
          toast.show(`A full-time week is now ${values.fullTimeWeekHours} hours.`);
        })}
      >
        <Field
          label="Full-time week (hours)"
          error={errors.fullTimeWeekHours}
          hint={`Contracted hours in an import become FTE by dividing by this figure (default ${DEFAULT_FULL_TIME_WEEK_HOURS}; 1 to 60).`}
        >
          {(ids) => (
            <input
              {...register('fullTimeWeekHours', { valueAsNumber: true })}
              id={ids.id}
              type="number"
              min={1}
              max={60}
              step={0.5}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <ErrorMessage error={update.error} />
        <button type="submit" disabled={isSubmitting || settings.isPending}>
          Save team settings
        </button>
      </form>
    </section>
  );
}
