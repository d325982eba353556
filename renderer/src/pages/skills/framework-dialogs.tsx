import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { newVersionInput, skillUpdate, type FrameworkSummary, type Skill } from '../../../../shared/domains/skills';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { Field, serverFieldError } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';

type SkillValues = z.input<typeof skillUpdate>;
type VersionValues = z.input<typeof newVersionInput>;

/** Fix a skill's title or description; its code (and so its ratings) stays. */
export function EditSkillDialog({ skill, onClose }: { skill: Skill; onClose: () => void }) {
  const update = useCommand('skills:updateSkill');
  const { register, handleSubmit, formState: { errors } } = useForm<SkillValues>({
    resolver: zodResolver(skillUpdate),
    defaultValues: { id: skill.id, title: skill.title, description: skill.description },
  });
  const submit = handleSubmit(async (v) => {
    if (await update.mutateAsync(v).catch(() => null)) onClose();
  });
  return (
    <Dialog title={`Edit ${skill.code}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form-grid">
        <Field label="Short title" error={errors.title}>
          {(ids) => <input {...register('title')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <Field label="Description (optional)" error={errors.description}>
          {(ids) => <textarea {...register('description')} id={ids.id} aria-describedby={ids.describedBy} rows={3} />}
        </Field>
        <ErrorMessage error={update.error} />
        <DialogActions onCancel={onClose} label="Save skill" span />
      </form>
    </Dialog>
  );
}

/** Start the next edition of a framework as a copy of this one, then add or retire skills in it. */
export function NewVersionDialog({ framework, onClose }: { framework: FrameworkSummary; onClose: () => void }) {
  const create = useCommand('skills:newVersion');
  const navigate = useNavigate();
  const { register, handleSubmit, setError, formState: { errors } } = useForm<VersionValues>({
    resolver: zodResolver(newVersionInput),
    defaultValues: { fromId: framework.id, version: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      const created = await create.mutateAsync(v);
      onClose();
      navigate(`/skills/frameworks/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.field === 'version') setError('version', serverFieldError(e));
    }
  });
  return (
    <Dialog title={`New version of ${framework.name}`} onClose={onClose} description="The new version starts with the sections and skills in use in this one. Assessments already made keep their version.">
      <form onSubmit={submit} noValidate>
        <Field label="Version" error={errors.version}>
          {(ids) => <input {...register('version')} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
        </Field>
        <ErrorMessage error={create.error && create.error.field !== 'version' ? create.error : null} />
        <DialogActions onCancel={onClose} label="Create version" />
      </form>
    </Dialog>
  );
}
