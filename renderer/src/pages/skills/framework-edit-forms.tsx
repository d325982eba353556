import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { sectionInput, skillInput, type Framework } from '../../../../shared/domains/skills';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { useToast } from '../../components/toasts';
import { Field, serverFieldError } from '../../components/field';

type SectionValues = z.input<typeof sectionInput>;
type SkillValues = z.input<typeof skillInput>;

export function AddSectionForm({ frameworkId }: { frameworkId: number }) {
  const add = useCommand('skills:addSection');
  const toast = useToast();
  const { register, handleSubmit, setError, reset, formState: { errors } } = useForm<SectionValues>({
    resolver: zodResolver(sectionInput),
    defaultValues: { frameworkId, code: '', name: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await add.mutateAsync(v);
      toast.show(`Section ${v.code} ${v.name} added.`);
      reset({ frameworkId, code: '', name: '' });
    } catch (e) {
      if (e instanceof ApiError && (e.field === 'code' || e.field === 'name')) setError(e.field, serverFieldError(e));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label="Add a local section">
      <Field label="Section code" error={errors.code} hint="Short, e.g. H or SP">
        {(ids) => <input {...register('code')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="Section name" error={errors.name}>
        {(ids) => <input {...register('name')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <div className="form-span">
        <button type="submit">Add section</button>
      </div>
    </form>
  );
}

export function AddSkillForm({ framework }: { framework: Framework }) {
  const add = useCommand('skills:addSkill');
  const toast = useToast();
  const first = framework.sections[0]?.id ?? 0;
  const blank = { frameworkId: framework.id, sectionId: first, code: '', title: '', description: '' };
  const { register, handleSubmit, setError, reset, formState: { errors } } = useForm<SkillValues>({
    resolver: zodResolver(skillInput),
    defaultValues: blank,
  });
  const submit = handleSubmit(async (v) => {
    try {
      await add.mutateAsync(v);
      toast.show(`Skill ${v.code} ${v.title} added.`);
      reset({ ...blank, sectionId: v.sectionId });
    } catch (e) {
      if (e instanceof ApiError && (e.field === 'code' || e.field === 'title' || e.field === 'sectionId')) setError(e.field, serverFieldError(e));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form-grid" aria-label="Add a skill">
      <Field label="Section" error={errors.sectionId}>
        {(ids) => (
          <select {...register('sectionId', { valueAsNumber: true })} id={ids.id} aria-describedby={ids.describedBy}>
            {framework.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Skill code" error={errors.code}>
        {(ids) => <input {...register('code')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="Short title" error={errors.title}>
        {(ids) => <input {...register('title')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <Field label="Description (optional)" error={errors.description}>
        {(ids) => <input {...register('description')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <div className="form-span">
        <button type="submit">Add skill</button>
      </div>
    </form>
  );
}
