import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { coverageRuleInput } from '../../../../shared/domains/skills-dashboard';
import { ApiError } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { Field, serverFieldError } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';

/** The form's flat shape; the target becomes the rule's `{ kind, id }` on submit. */
const ruleForm = coverageRuleInput.omit({ target: true, frameworkId: true }).extend({
  target: z.string().regex(/^(skill|section):\d+$/, 'is required'),
});
type RuleFormValues = z.infer<typeof ruleForm>;

export function RuleForm({ frameworkId, onDone }: { frameworkId: number; onDone: () => void }) {
  const framework = useChannel('skills:getFramework', { id: frameworkId });
  const heatmap = useChannel('skills:heatmap', { frameworkId, team: '' });
  const create = useCommand('skills:createRule');
  const toast = useToast();
  const { register, handleSubmit, setError, formState: { errors } } = useForm<RuleFormValues>({
    resolver: zodResolver(ruleForm),
    defaultValues: { target: '', minPeople: 2, minLevel: 3, servicePoint: '' },
  });
  const submit = handleSubmit(async (v) => {
    const [kind, raw] = v.target.split(':');
    const target = kind === 'skill' ? { kind: 'skill' as const, skillId: Number(raw) } : { kind: 'section' as const, sectionId: Number(raw) };
    try {
      const rule = await create.mutateAsync({ frameworkId, target, minPeople: v.minPeople, minLevel: v.minLevel, servicePoint: v.servicePoint });
      toast.show(`Rule added: ${rule.description}.`);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.field) {
        const field = e.field.startsWith('target') ? 'target' : (e.field as keyof RuleFormValues);
        if (field in v) setError(field, serverFieldError(e));
      }
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form-grid rule-form" aria-label="New coverage rule">
      <Field label="Skill or section" error={errors.target}>
        {(ids) => (
          <select {...register('target')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
            <option value="">Choose…</option>
            {framework.data?.sections.map((s) => (
              <optgroup key={s.id} label={`${s.code} ${s.name}`}>
                <option value={`section:${s.id}`}>Whole section {s.code} {s.name} (average)</option>
                {s.skills.filter((k) => !k.retiredOn).map((k) => (
                  <option key={k.id} value={`skill:${k.id}`}>
                    {k.code} {k.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label="At least how many people" error={errors.minPeople}>
        {(ids) => <input {...register('minPeople', { valueAsNumber: true })} id={ids.id} type="number" min={1} max={50} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="At level or above" error={errors.minLevel}>
        {(ids) => <input {...register('minLevel', { valueAsNumber: true })} id={ids.id} type="number" min={0} max={10} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="Service point" error={errors.servicePoint}>
        {(ids) => (
          <select {...register('servicePoint')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
            <option value="">Each service point</option>
            {heatmap.data?.teams.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorMessage error={create.error && !create.error.field ? create.error : null} />
      <DialogActions onCancel={onDone} label="Save rule" span />
    </form>
  );
}
