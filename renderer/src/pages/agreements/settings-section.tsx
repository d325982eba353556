import './agreements.css';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { otjRule, type OtjRule } from '../../../../shared/domains/agreements';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { controlProps, Field } from './field';
import { TemplateEditor } from './template-editor';

type RuleValues = { mode: 'weekly' | 'total'; hoursPerWeek: number; fullTimeHours: number; totalHours: number };

function OtjRuleForm({ rule }: { rule: OtjRule }) {
  const save = useCommand('agreements:saveOtjRule');
  const toast = useToast();
  const form = useForm<RuleValues>({
    defaultValues: {
      mode: rule.mode,
      hoursPerWeek: rule.mode === 'weekly' ? rule.hoursPerWeek : 6,
      fullTimeHours: rule.mode === 'weekly' ? rule.fullTimeHours : 30,
      totalHours: rule.mode === 'total' ? rule.totalHours : 278,
    },
  });
  const mode = form.watch('mode');
  const [error, setError] = useState<unknown>(null);
  const submit = form.handleSubmit(async (v) => {
    const candidate = v.mode === 'weekly' ? { mode: v.mode, hoursPerWeek: v.hoursPerWeek, fullTimeHours: v.fullTimeHours } : { mode: v.mode, totalHours: v.totalHours };
    const parsed = otjRule.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) form.setError(String(issue.path[0]) as keyof RuleValues, { message: issue.message });
      return;
    }
    setError(null);
    try {
      await save.mutateAsync(parsed.data);
      toast.show('Off-the-job training rule saved.');
    } catch (e) {
      setError(e);
    }
  });
  const { errors } = form.formState;
  return (
    <form className="form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="otj-rule-heading">
      <h3 id="otj-rule-heading" className="form-span">
        Off-the-job training rule
      </h3>
      <Field label="Rule" wide>
        {(ids) => (
          <select {...form.register('mode')} {...controlProps(ids)}>
            <option value="weekly">Weekly minimum for full-time, pro rata for part-time</option>
            <option value="total">A total for the standard, spread evenly</option>
          </select>
        )}
      </Field>
      {mode === 'weekly' ? (
        <>
          <Field label="Off-the-job hours a week (full-time)" error={errors.hoursPerWeek?.message}>
            {(ids) => <input type="number" step="0.5" {...form.register('hoursPerWeek', { valueAsNumber: true })} {...controlProps(ids)} />}
          </Field>
          <Field label="Full-time from (hours a week)" error={errors.fullTimeHours?.message} hint="Below this, the weekly hours are pro rata">
            {(ids) => <input type="number" step="0.5" {...form.register('fullTimeHours', { valueAsNumber: true })} {...controlProps(ids)} />}
          </Field>
        </>
      ) : (
        <Field label="Total off-the-job hours for the standard" error={errors.totalHours?.message}>
          {(ids) => <input type="number" step="1" {...form.register('totalHours', { valueAsNumber: true })} {...controlProps(ids)} />}
        </Field>
      )}
      <ErrorMessage error={error} />
      <div className="form-span">
        <button type="submit">Save rule</button>
      </div>
    </form>
  );
}

/** Agreement templates and the off-the-job rule, on the Settings page. */
export default function AgreementsSettings() {
  const settings = useChannel('agreements:settings', {});
  const [ruleKey, setRuleKey] = useState(0);
  useEffect(() => setRuleKey((k) => k + 1), [settings.data]);
  return (
    <section className="card" aria-labelledby="agreements-settings-heading">
      <h2 id="agreements-settings-heading">Trainee agreements</h2>
      <ErrorMessage error={settings.error} />
      {settings.data && <OtjRuleForm key={ruleKey} rule={settings.data.otjRule} />}
      <TemplateEditor />
    </section>
  );
}
