import { useId, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { SarItem, SarReview } from '../../../../shared/domains/privacy';
import { SAR_EXEMPTIONS, SAR_EXEMPTION_KEYS, type SarExemption } from '../../../../shared/domains/privacy-sar';
import { invoke } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { useToday } from '../../api/use-today';
import { ErrorMessage, Loading } from '../../components/page';
import { useToast } from '../../components/toasts';
import { saveFile } from '../../download';
import { MentionText, mentionHeading, refKey } from './mention-text';
import { DateInput } from '../../components/date-input';
import { plural } from '../../../../shared/plural';

/** Extension by one or two further months: allowed only if the person is told within the first month. */
function ExtendForm({ request }: { request: SarReview['request'] }) {
  const today = useToday();
  const extend = useCommand('privacy:extendRequest');
  const [months, setMonths] = useState('2');
  const [reason, setReason] = useState('');
  const [toldOn, setToldOn] = useState(today);
  const id = useId();
  if (request.completedOn) return null;
  if (request.extensionMonths > 0) {
    return (
      <p>
        Extended by {request.extensionMonths} month{request.extensionMonths === 1 ? '' : 's'} ({request.extensionReason}); the person was told on{' '}
        {formatUkDate(request.toldOfExtensionOn)}.
      </p>
    );
  }
  return (
    <form
      className="card"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        extend.mutate({ id: request.id, months: Number(months), reason, toldOn });
      }}
    >
      <h4 id={`${id}-h`}>Extend for a complex request</h4>
      <p className="info-banner">
        You may extend by up to two further months if the request is complex, but you must tell the person, and why, within the first month: by{' '}
        <strong>{formatUkDate(request.firstMonthEndsOn)}</strong>.
      </p>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor={`${id}-months`}>Extend by</label>
          <select id={`${id}-months`} value={months} onChange={(e) => setMonths(e.target.value)}>
            <option value="1">1 month</option>
            <option value="2">2 months</option>
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-reason`}>Why it is complex</label>
          <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-told`}>Date you told them</label>
          <DateInput id={`${id}-told`} value={toldOn} onChange={(e) => setToldOn(e.target.value)} />
        </div>
        <button type="submit">Record extension</button>
      </div>
      <ErrorMessage error={extend.error} />
    </form>
  );
}

/** A private note: included unless the manager withholds it under a named exemption with a reason. */
function PrivateNote({ requestId, item }: { requestId: number; item: SarItem }) {
  const withhold = useCommand('privacy:withhold');
  const release = useCommand('privacy:release');
  const [exemption, setExemption] = useState<SarExemption | ''>('');
  const [reason, setReason] = useState('');
  const id = useId();
  return (
    <li>
      <p>
        <strong>{item.where}</strong> — {item.withheld ? <span className="badge">Withheld</span> : <span className="badge">Included</span>}
      </p>
      <blockquote className="notes">{item.text}</blockquote>
      {item.withheld ? (
        <p>
          Withheld under {SAR_EXEMPTIONS[item.withheld.exemption]}: {item.withheld.reason}{' '}
          <button type="button" onClick={() => release.mutate({ requestId, ref: item.ref })}>
            Include it again
          </button>
        </p>
      ) : (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            if (exemption) withhold.mutate({ requestId, ref: item.ref, exemption, reason });
          }}
        >
          <div className="toolbar-field">
            <label htmlFor={`${id}-ex`}>Exemption</label>
            <select id={`${id}-ex`} value={exemption} onChange={(e) => setExemption(e.target.value as SarExemption | '')}>
              <option value="">Choose an exemption…</option>
              {SAR_EXEMPTION_KEYS.map((k) => (
                <option key={k} value={k}>
                  {SAR_EXEMPTIONS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar-field">
            <label htmlFor={`${id}-why`}>Reason</label>
            <input id={`${id}-why`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" disabled={!exemption || reason.trim() === ''}>
            Withhold this note
          </button>
        </form>
      )}
      <ErrorMessage error={withhold.error ?? release.error} />
    </li>
  );
}

/** Everything the manager decides for one request, then the pack. */
export function RequestReview({ requestId, memberId, memberName }: { requestId: number; memberId: number; memberName: string }) {
  const review = useChannel('privacy:requestReview', { id: requestId });
  const decide = useCommand('privacy:decideMention');
  const complete = useCommand('privacy:completeRequest');
  const today = useToday();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The choice shows at once; the saved decision replaces it when the review refetches.
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const id = useId();
  if (!review.data) return review.error ? <ErrorMessage error={review.error} /> : <Loading />;
  const { request, privateNotes, mentions, terms } = review.data;
  const choose = (m: SarReview['mentions'][number], include: boolean) => {
    setChosen((all) => ({ ...all, [refKey(m.ref)]: include }));
    decide.mutate({ requestId, ref: m.ref, include });
  };
  const includeOf = (m: SarReview['mentions'][number]) => chosen[refKey(m.ref)] ?? m.include;

  const exportPack = async () => {
    setBusy(true);
    setError(null);
    try {
      const pack = await invoke('privacy:subjectAccess', { memberId, requestId });
      saveFile(pack.json);
      saveFile(pack.pdf);
      toast.show(`Subject access pack saved: ${pack.rows} records, ${pack.withheld} withheld, ${pack.mentionsIncluded} mentions included.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Request received {formatUkDate(request.receivedOn)}</h3>
      <dl className="facts">
        <div>
          <dt>Reply due by</dt>
          <dd>
            {formatUkDate(request.respondBy)}
            {request.respondBy !== request.dueOn && ` (${formatUkDate(request.dueOn)} is a weekend)`}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {request.completedOn
              ? `Answered ${formatUkDate(request.completedOn)}`
              : request.daysLeft < 0
                ? `Overdue by ${plural(-request.daysLeft, 'day')}`
                : `${plural(request.daysLeft, 'day')} left`}
          </dd>
        </div>
      </dl>
      <ExtendForm request={request} />

      <h4>The manager’s private notes ({privateNotes.length})</h4>
      <p>Private and appraisal notes are generally disclosable and are included. Withhold one only where an exemption applies, and record why.</p>
      {privateNotes.length === 0 ? <p className="muted">There are no private notes about {memberName}.</p> : (
        <ul className="act-list">
          {privateNotes.map((item) => (
            <PrivateNote key={refKey(item.ref)} requestId={requestId} item={item} />
          ))}
        </ul>
      )}

      <h4>Mentions in other people’s records ({mentions.length})</h4>
      <p>
        Found as whole words ({terms.join(', ')}). Decide for each whether it goes in the pack; those left undecided are not included.
      </p>
      {mentions.length === 0 ? <p className="muted">No other record mentions {memberName}.</p> : (
        <ul className="act-list">
          {mentions.map((m) => (
            <li key={refKey(m.ref)}>
              <fieldset>
                <legend>
                  {mentionHeading(m)} — {includeOf(m) === null ? 'not reviewed' : includeOf(m) ? 'included' : 'left out'}
                </legend>
                <MentionText mention={m} />
                <label className="checkbox">
                  <input type="radio" name={`${id}-${refKey(m.ref)}`} checked={includeOf(m) === true} onChange={() => choose(m, true)} />
                  Include in the pack
                </label>
                <label className="checkbox">
                  <input type="radio" name={`${id}-${refKey(m.ref)}`} checked={includeOf(m) === false} onChange={() => choose(m, false)} />
                  Leave out
                </label>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error ?? decide.error ?? complete.error} />
      <div className="page-actions">
        <button type="button" onClick={() => void exportPack()} disabled={busy}>
          {busy ? 'Preparing…' : 'Export subject access pack'}
        </button>
        {!request.completedOn && (
          <button type="button" onClick={() => complete.mutate({ id: request.id, completedOn: today })}>
            Mark as answered today
          </button>
        )}
      </div>
    </section>
  );
}
