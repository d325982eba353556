import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CONTACT_ROLE_LABELS, CONTACT_SIGNERS, SIGNER_ROLE_LABELS, type Contact, type SignerRole } from '../../../../shared/domains/agreements';
import { isoDate, requiredText } from '../../../../shared/domains/common';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

const schema = z.object({ name: requiredText(200), signedOn: isoDate });
type Values = z.infer<typeof schema>;

/**
 * Records that one person signed a version (on paper or in a meeting), with the date they signed.
 * An external signer (training provider, placement tutor) is chosen from the agreement's named contacts.
 */
export function SignDialog({
  versionId,
  versionNumber,
  role,
  defaultName,
  contacts,
  today,
  onClose,
}: {
  versionId: number;
  versionNumber: number;
  role: SignerRole;
  defaultName: string;
  contacts: Contact[];
  today: string;
  onClose: () => void;
}) {
  const sign = useCommand('agreements:sign');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: defaultName, signedOn: today } });
  const label = SIGNER_ROLE_LABELS[role];
  const fromContacts = CONTACT_SIGNERS[role] !== undefined;
  const named = contacts.filter((c) => c.name.trim() !== '');
  const submit = form.handleSubmit(async (values) => {
    await sign.mutateAsync({ versionId, role, ...values });
    onClose();
  });
  return (
    <Dialog title={`Record the ${label.toLowerCase()}'s signature on version ${versionNumber}`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
        {fromContacts ? (
          <Field label={`${label}: who signs`} hint="Chosen from the agreement's contacts." error={form.formState.errors.name}>
            {(ids) => (
              <select {...form.register('name')} {...controlProps(ids)} data-autofocus>
                <option value="">Choose a contact…</option>
                {named.map((c) => (
                  <option key={`${c.role}:${c.name}`} value={c.name}>
                    {[c.name, CONTACT_ROLE_LABELS[c.role], c.organisation].filter(Boolean).join(' · ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label={`${label}'s name`} error={form.formState.errors.name}>
            {(ids) => <input {...form.register('name')} {...controlProps(ids)} data-autofocus />}
          </Field>
        )}
        <Field label="Signed on" hint="The date they signed, which need not be today." error={form.formState.errors.signedOn}>
          {(ids) => <DateInput max={today} {...form.register('signedOn')} {...controlProps(ids)} />}
        </Field>
        <ErrorMessage error={sign.error} />
        <DialogActions onCancel={onClose} label="Record signature" busy={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
