import { zodResolver } from '../../components/form-resolver';
import { useForm } from 'react-hook-form';
import { journeyDetailsInput, type Journey, type JourneyDetailsInput } from '../../../../shared/domains/registration';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { serverFieldError } from '../../components/field';
import { JourneyDetailsFields } from './journey-details-fields';
import { DialogActions } from '../../components/dialog-actions';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

export function EditJourneyDialog({ journey, onClose }: { journey: Journey; onClose: () => void }) {
  const update = useCommand('registration:updateJourney');
  const form = useForm<JourneyDetailsInput>({
    resolver: zodResolver(journeyDetailsInput),
    defaultValues: {
      mentorName: journey.mentorName,
      mentorContact: journey.mentorContact,
      supportOfficer: journey.supportOfficer,
      regionalNetwork: journey.regionalNetwork,
      plannedSubmissionOn: journey.plannedSubmissionOn,
      notes: journey.notes,
      mentorOnRegister: journey.mentorOnRegister,
      route: journey.route,
    },
    mode: 'onTouched',
  });
  // The notes are kept as a draft while they are typed (erased with the candidate).
  const notesDraft = useFormFieldDraft(form, 'notes', `journey:${journey.id}:notes`, journey.notes, journey.memberId);
  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: journey.id, changes: values });
      await notesDraft.discard();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field?.startsWith('changes.')) {
        form.setError(error.field.slice(8) as keyof JourneyDetailsInput, serverFieldError(error));
      }
    }
  });
  return (
    <Dialog title="Edit journey details" onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="form-grid">
        <JourneyDetailsFields form={form} lineManagerName={journey.lineManagerName} level={journey.level} />
        <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.setValue('notes', journey.notes))} />
        <UnsavedGuard when={form.formState.isDirty} what="The journey details you are editing" plural draftKept />
        <ErrorMessage error={update.error && !update.error.field ? update.error : null} />
        <DialogActions onCancel={onClose} label="Save changes" busy={form.formState.isSubmitting} span />
      </form>
    </Dialog>
  );
}
