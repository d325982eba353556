import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { otjEntryInput, type AgreementDetail } from '../../../../shared/domains/agreements';
import { OTJ_STATUS_LABELS } from '../../../../shared/domains/agreements-otj';
import { formatUkDate } from '../../../../shared/dates';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { AgreementTabFrame } from './agreement-tab-frame';
import { controlProps, Field, serverFieldError } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';

const schema = otjEntryInput.omit({ agreementId: true });
type Values = ReturnType<typeof schema.parse>;

/** Off-the-job training log with progress against the rule the start date selects, paced through completed weeks. */
export function OtjTab({ agreement }: { agreement: AgreementDetail }) {
  const add = useCommand('agreements:addOtj');
  const remove = useCommand('agreements:deleteOtj');
  const restore = useCommand('agreements:restoreOtjEntry');
  const toast = useToast();
  // Delete at once; "Undo" in the toast puts the entry back with its values (and its id when free).
  const deleteWithUndo = useDeleteWithUndo(
    (id) => remove.mutateAsync({ id }).then(() => agreement.otjEntries.find((e) => e.id === id)),
    (gone) => (gone ? restore.mutateAsync({ agreementId: agreement.id, ...gone }) : Promise.resolve()),
  );
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { date: agreement.today, hours: 0, activity: '', outcome: '' },
  });
  const { errors } = form.formState;
  const otj = agreement.otj;
  const plan = agreement.otjPlan;
  const submit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync({ agreementId: agreement.id, ...values });
      form.reset({ date: values.date, hours: 0, activity: '', outcome: '' });
      toast.show(`${values.hours} hours of off-the-job training logged.`);
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in values) form.setError(error.field as keyof Values, serverFieldError(error));
    }
  });
  const intro = (
    <>
      {otj && (
        <section className="card" aria-labelledby="otj-progress" aria-live="polite">
          <h2 id="otj-progress">Progress</h2>
          <p className="otj-rule">
            Rule applied: <strong>{otj.ruleName}</strong>
          </p>
          {otj.status === 'unknown' ? (
            <p>
              <strong className="otj-unknown">{OTJ_STATUS_LABELS.unknown}</strong>: {otj.loggedHours} hours logged. Enter the standard&apos;s off-the-job
              minimum on the agreement to see progress.
            </p>
          ) : (
            <p>
              <strong className={`otj-${otj.status}`}>{OTJ_STATUS_LABELS[otj.status]}</strong>: {otj.loggedHours} hours logged; {otj.requiredToDate} expected
              after {otj.completedWeeks} completed {otj.completedWeeks === 1 ? 'week' : 'weeks'} (the week in progress is not counted)
              {otj.shortfall > 0 ? `, ${otj.shortfall} hours short` : ''}; at least {otj.requiredTotal} hours by gateway.
            </p>
          )}
          {otj.requiredTotal !== null && (
            <progress max={otj.requiredTotal || 1} value={Math.min(otj.loggedHours, otj.requiredTotal)} aria-label="Off-the-job hours logged of the minimum" />
          )}
          {plan && (
            <>
              <h3>How the minimum was worked out</h3>
              <ul>
                {plan.workings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
              {plan.problems.length > 0 && (
                <ul className="agreement-alert" aria-label="Still to settle">
                  {plan.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
  return (
    <AgreementTabFrame
      intro={intro}
      addId="otj-add"
      addHeading="Log off-the-job training"
      form={
        <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
          <Field label="Date" error={errors.date}>
            {(ids) => <DateInput {...form.register('date')} {...controlProps(ids)} />}
          </Field>
          <Field label="Hours" error={errors.hours}>
            {(ids) => <input type="number" step="0.25" min="0" max="24" {...form.register('hours', { valueAsNumber: true })} {...controlProps(ids)} />}
          </Field>
          <Field label="Activity" error={errors.activity}>
            {(ids) => <input {...form.register('activity')} {...controlProps(ids)} />}
          </Field>
          <Field label="Outcome it works towards" error={errors.outcome} hint="Optional: link to an expected outcome">
            {(ids) => <input {...form.register('outcome')} {...controlProps(ids)} />}
          </Field>
          <ErrorMessage error={add.error && !(add.error.field && ['date', 'hours', 'activity', 'outcome'].includes(add.error.field)) ? add.error : null} />
          <div className="form-span">
            <button type="submit" className="primary">
              Log hours
            </button>
          </div>
        </form>
      }
      listId="otj-entries"
      listHeading="Entries"
      isEmpty={agreement.otjEntries.length === 0}
      empty="No off-the-job training logged yet. Log workshops, study time, shadowing and project time as it happens."
    >
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Off-the-job training entries</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Hours</th>
              <th scope="col">Activity</th>
              <th scope="col">Outcome</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agreement.otjEntries.map((e) => (
              <tr key={e.id}>
                <td>{formatUkDate(e.date)}</td>
                <td>{e.hours}</td>
                <td className="agreement-text">{e.activity}</td>
                <td className="agreement-text">{e.outcome}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Delete ${e.activity} on ${formatUkDate(e.date)}`}
                    onClick={() => void deleteWithUndo(e.id, `Off-the-job entry “${e.activity}” of ${formatUkDate(e.date)}`)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AgreementTabFrame>
  );
}
