import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { CURRENT_PKSB_EDITION } from '../../../../shared/domains/pksb';
import { frameworkInput } from '../../../../shared/domains/skills';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { Field, nullIfEmpty, serverFieldError } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { EditionField, FrameworkNameFields } from './framework-fields';

type Values = z.input<typeof frameworkInput>;

/** A framework typed in by hand, starting from the PKSB section names. */
export function FrameworkForm({ onClose }: { onClose: () => void }) {
  const create = useCommand('skills:createFramework');
  const navigate = useNavigate();
  const form = useForm<Values>({
    resolver: zodResolver(frameworkInput),
    defaultValues: { name: '', version: '', description: '', edition: CURRENT_PKSB_EDITION, withPksbSections: true },
  });
  const { register, handleSubmit, setError, formState: { errors } } = form;
  // The description is kept as a draft while it is typed (about no one, so tied to no member).
  const descriptionDraft = useFormFieldDraft(form, 'description', 'framework:new:description', '', null);
  const submit = handleSubmit(async (v) => {
    try {
      const f = await create.mutateAsync(v);
      await descriptionDraft.discard();
      navigate(`/skills/frameworks/${f.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.field && e.field in v) setError(e.field as keyof Values, serverFieldError(e));
    }
  });
  return (
    <Dialog title="New framework" onClose={onClose}>
      <form onSubmit={submit} noValidate className="form-grid">
        <FrameworkNameFields name={register('name')} version={register('version')} errors={errors} />
        <Field label="Description" error={errors.description}>
          {(ids) => <textarea {...register('description')} id={ids.id} aria-describedby={ids.describedBy} rows={2} />}
        </Field>
        <DraftNote statuses={[descriptionDraft.status]} onDiscard={() => void descriptionDraft.discard().then(() => form.setValue('description', ''))} />
        <UnsavedGuard when={form.formState.isDirty} what="The new framework" draftKept />
        <EditionField
          label="PKSB edition"
          hint="Which edition's section names the framework follows"
          edition={register('edition', { setValueAs: nullIfEmpty })}
          error={errors.edition}
        />
        <label className="checkbox form-span">
          <input type="checkbox" {...register('withPksbSections')} />
          Start with that edition&apos;s section names
        </label>
        <ErrorMessage error={create.error && !create.error.field ? create.error : null} />
        <DialogActions onCancel={onClose} label="Create framework" span />
      </form>
    </Dialog>
  );
}
