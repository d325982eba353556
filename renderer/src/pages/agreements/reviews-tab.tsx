import { zodResolver } from '../../components/form-resolver';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { reviewRecordInput, SIGNER_ROLE_LABELS, type AgreementDetail, type Review } from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { controlProps, Field } from '../../components/field';
import { DateInput } from '../../components/date-input';
import { DraftNote, useFormFieldDraft } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';

const STATE_LABELS: Record<Review['state'], string> = { done: 'Signed off', overdue: 'Overdue', due: 'Due soon', upcoming: 'Upcoming' };
const schema = reviewRecordInput.omit({ reviewId: true });
type Values = ReturnType<typeof schema.parse>;

function RecordForm({ review, today, memberId }: { review: Review; today: string; memberId: number }) {
  const record = useCommand('agreements:recordReview');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { heldOn: review.heldOn ?? today, notes: review.notes } });
  const { errors } = form.formState;
  const notesDraft = useFormFieldDraft(form, 'notes', `agreementReview:${review.id}:notes`, review.notes, memberId);
  const save = async (v: Values) => {
    await record.mutateAsync({ reviewId: review.id, ...v });
    form.reset(v);
    await notesDraft.discard();
  };
  return (
    <form className="form-grid" noValidate onSubmit={(e) => void form.handleSubmit(save)(e).catch(() => undefined)}>
      <UnsavedGuard when={form.formState.isDirty} what="Notes of the review" plural draftKept />
      <Field label={`Review due ${formatUkDate(review.dueOn)}: held on`} error={errors.heldOn}>
        {(ids) => <DateInput {...form.register('heldOn')} {...controlProps(ids)} />}
      </Field>
      <Field label={`Review due ${formatUkDate(review.dueOn)}: notes`} error={errors.notes} wide>
        {(ids) => <textarea rows={3} {...form.register('notes')} {...controlProps(ids)} />}
      </Field>
      <DraftNote statuses={[notesDraft.status]} onDiscard={() => void notesDraft.discard().then(() => form.reset())} />
      <ErrorMessage error={record.error} />
      <div className="form-span">
        <button type="submit">Save review notes</button>
      </div>
    </form>
  );
}

/** Sign-off of one review by each party, on the date they signed (not always today). */
function SignOff({ review: r, agreement }: { review: Review; agreement: AgreementDetail }) {
  const sign = useCommand('agreements:signReview');
  const [signedOnDate, setSignedOnDate] = useState(agreement.today);
  const dateId = useId();
  const signedOn = { trainee: r.traineeSignedOn, manager: r.managerSignedOn, provider: r.providerSignedOn, tutor: r.providerSignedOn };
  const open = agreement.requiredSigners.some((role) => !signedOn[role]) && r.heldOn;
  return (
    <>
      {open && (
        <div className="field">
          <label htmlFor={dateId}>Sign-off date for the review due {formatUkDate(r.dueOn)}</label>
          <DateInput id={dateId} value={signedOnDate} min={r.heldOn ?? undefined} max={agreement.today} onChange={(e) => setSignedOnDate(e.target.value)} />
        </div>
      )}
      <ErrorMessage error={sign.error} />
      <ul aria-label={`Sign-off of the review due ${formatUkDate(r.dueOn)}`}>
        {agreement.requiredSigners.map((role) => (
          <li key={role}>
            {SIGNER_ROLE_LABELS[role]}: {signedOn[role] ? `signed on ${formatUkDate(signedOn[role])}` : 'not signed'}
            {!signedOn[role] && r.heldOn && (
              <button type="button" onClick={() => void sign.mutateAsync({ reviewId: r.id, role, signedOn: signedOnDate }).catch(() => undefined)}>
                Sign off as {SIGNER_ROLE_LABELS[role].toLowerCase()}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Progress reviews laid out from the signed agreement, each with notes and sign-off by every party. */
export function ReviewsTab({ agreement }: { agreement: AgreementDetail }) {
  if (agreement.reviews.length === 0) {
    return (
      <section className="empty-state" aria-labelledby="reviews-empty">
        <h2 id="reviews-empty">No progress reviews scheduled</h2>
        <p>Reviews are scheduled from the review interval once the agreement is signed by everyone.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Progress reviews</h2>
      {agreement.reviews.map((r) => {
        // Only the reviews that need doing now get a form; later ones stay a plain line to keep the page short.
        const firstOpen = agreement.reviews.find((x) => x.state !== 'done')?.id === r.id;
        if (r.state === 'upcoming' && !firstOpen && !r.heldOn) {
          return (
            <p key={r.id} className="card review">
              Review due {formatUkDate(r.dueOn)}: <span className="badge">{STATE_LABELS[r.state]}</span>
            </p>
          );
        }
        return (
          <article key={r.id} className={`card review review-${r.state}`} aria-labelledby={`review-${r.id}`}>
            <h3 id={`review-${r.id}`}>
              Review due {formatUkDate(r.dueOn)} <span className={`badge review-badge-${r.state}`}>{STATE_LABELS[r.state]}</span>
            </h3>
            {r.state === 'done' ? (
              <>
                <p>Held on {formatUkDate(r.heldOn)}.</p>
                <p className="notes">{r.notes}</p>
              </>
            ) : (
              <RecordForm review={r} today={agreement.today} memberId={agreement.memberId} />
            )}
            <SignOff review={r} agreement={agreement} />
          </article>
        );
      })}
    </section>
  );
}
