import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { EraseDialog } from './erase-dialog';
import { plural } from '../../../../shared/plural';

/** Retention: leavers kept past the chosen period are listed here for review and erasure. */
export default function PrivacySettings() {
  const review = useChannel('privacy:retention', {});
  const save = useCommand('privacy:setRetentionYears');
  const erasures = useChannel('privacy:erasureStatus', {});
  const toast = useToast();
  const [years, setYears] = useState('');
  const [erasing, setErasing] = useState<{ id: number; name: string } | null>(null);
  const id = useId();
  useEffect(() => {
    if (review.data) setYears(String(review.data.years));
  }, [review.data]);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Privacy and retention</h2>
      {erasures.data && erasures.data.pending > 0 && (
        <p className="error-banner" role="alert">
          An erasure is not finished: older backups or leftover files may still hold the person. It is finished the next time the workbench
          starts, or when you erase them again.
        </p>
      )}
      {erasures.data?.finishedOnStart.map((e) => (
        <p key={e.id} className="info-banner">
          An erasure begun on {formatUkDate(e.erasedAt.slice(0, 10))} was interrupted; when the workbench next started it finished it on{' '}
          {formatUkDate(e.filesDoneAt.slice(0, 10))}, removing {plural(e.filesRemoved, 'file')} that still held the person.
        </p>
      ))}
      <p>Leavers’ records are kept for a set period after they leave, then listed here so you can review and erase them.</p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ years: Number(years) });
        }}
      >
        <div className="toolbar-field">
          <label htmlFor={`${id}-years`}>Keep leavers’ records for (years)</label>
          <input id={`${id}-years`} type="number" min={1} max={50} value={years} onChange={(e) => setYears(e.target.value)} />
        </div>
        <button type="submit">Save retention period</button>
      </form>
      <ErrorMessage error={review.error ?? save.error} />
      {review.data && review.data.due.length === 0 && <p>No leavers are past the retention period.</p>}
      {review.data && review.data.due.length > 0 && (
        <table className="data-table">
          <caption>Leavers past the retention period</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Left on</th>
              <th scope="col">Due for review since</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {review.data.due.map((d) => (
              <tr key={d.memberId}>
                <td>
                  <Link to={`/team/${d.memberId}`}>{d.name}</Link>
                </td>
                <td>{formatUkDate(d.leftOn)}</td>
                <td>{formatUkDate(d.dueSince)}</td>
                <td>
                  <button type="button" className="danger" onClick={() => setErasing({ id: d.memberId, name: d.name })}>
                    Erase {d.name}…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {erasing && (
        <EraseDialog
          member={erasing}
          onClose={() => setErasing(null)}
          onErased={(summary) => {
            setErasing(null);
            toast.show(summary);
          }}
        />
      )}
    </section>
  );
}
