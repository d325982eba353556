import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { SIGNER_ROLE_LABELS, type Signature } from '../../../../shared/domains/agreements';
import { requiredText } from '../../../../shared/domains/common';
import { formatUkDate } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field } from '../../components/field';
import { DialogActions } from '../../components/dialog-actions';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

const schema = z.object({ reason: requiredText(1000) });

/** Sends a ready (perhaps partly signed) version back to draft; the reason is kept and the signatures set aside are listed. */
export function BackToDraftDialog({
  versionId,
  versionNumber,
  signatures,
  memberId,
  onClose,
}: {
  versionId: number;
  /** The trainee: the reason's draft is erased with them. */
  memberId: number;
  versionNumber: number;
  signatures: Signature[];
  onClose: () => void;
}) {
  const toDraft = useCommand('agreements:backToDraft');
  const form = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  // The reason is kept as a draft while it is typed: a reload or a restart does not lose it.
  const draft = useFormFieldDraft(form, 'reason', `agreementReturn:${versionId}:reason`, '', memberId);
  const submit = form.handleSubmit(async ({ reason }) => {
    await toDraft.mutateAsync({ versionId, reason });
    await draft.discard();
    onClose();
  });
  return (
    <Dialog title={`Back to draft: version ${versionNumber}`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
        {signatures.length > 0 && (
          <p>
            The signatures already recorded are set aside and everyone signs again:{' '}
            {signatures.map((s) => `${SIGNER_ROLE_LABELS[s.role].toLowerCase()} ${s.name} (${formatUkDate(s.signedOn)})`).join(', ')}.
          </p>
        )}
        <Field label="Reason for the change" error={form.formState.errors.reason}>
          {(ids) => <textarea rows={3} {...form.register('reason')} {...controlProps(ids)} data-autofocus />}
        </Field>
        <DraftNote statuses={[draft.status]} onDiscard={() => void draft.discard().then(() => form.reset({ reason: '' }))} />
        <UnsavedGuard when={form.formState.isDirty} what="The reason you are writing" draftKept />
        <ErrorMessage error={toDraft.error} />
        <DialogActions onCancel={onClose} label="Back to draft" busy={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
