import { zodResolver } from '@hookform/resolvers/zod';
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

const schema = z.object({ reason: requiredText(1000) });

/** Sends a ready (perhaps partly signed) version back to draft; the reason is kept and the signatures set aside are listed. */
export function BackToDraftDialog({
  versionId,
  versionNumber,
  signatures,
  onClose,
}: {
  versionId: number;
  versionNumber: number;
  signatures: Signature[];
  onClose: () => void;
}) {
  const toDraft = useCommand('agreements:backToDraft');
  const form = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const submit = form.handleSubmit(async ({ reason }) => {
    await toDraft.mutateAsync({ versionId, reason });
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
        <Field label="Reason for the change" error={form.formState.errors.reason?.message}>
          {(ids) => <textarea rows={3} {...form.register('reason')} {...controlProps(ids)} data-autofocus />}
        </Field>
        <ErrorMessage error={toDraft.error} />
        <DialogActions onCancel={onClose} label="Back to draft" busy={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
