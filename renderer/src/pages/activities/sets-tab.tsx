import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { SESSION_TYPE_LABELS } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading } from '../../components/page';
import { useToast } from '../../components/toasts';
import { SetForm } from './set-form';

export function SetsTab() {
  const sets = useChannel('activities:listSets', {});
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  return (
    <section aria-labelledby="act-sets-heading">
      <div className="page-header">
        <h2 id="act-sets-heading">Action learning sets</h2>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New action learning set
        </button>
      </div>
      <ErrorMessage error={sets.error} />
      {sets.isPending ? (
        <Loading />
      ) : sets.data?.length === 0 ? (
        <EmptyState title="No action learning sets yet">
          <p>A set is 4 to 10 colleagues who meet on a rhythm, each presenting a problem and leaving with an action plan they report on next time.</p>
        </EmptyState>
      ) : (
        <ul className="act-list">
          {sets.data?.map((s) => (
            <li key={s.id} className="card">
              <h3>
                <Link to={`/activities/sets/${s.id}`}>{s.name}</Link>
              </h3>
              <p>
                {s.members.length} members: {s.members.map((m) => m.name).join(', ')}
              </p>
              <p className="muted">
                {SESSION_TYPE_LABELS[s.sessionType]}
                {s.rhythm && ` · ${s.rhythm}`}
                {s.facilitator && ` · facilitated by ${s.facilitator}`} · {s.meetingCount} meeting{s.meetingCount === 1 ? '' : 's'}
                {s.lastMetOn && `, last on ${formatUkDate(s.lastMetOn)}`}
              </p>
              {s.sizeWarning && <p className="act-warning">{s.sizeWarning}</p>}
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <SetForm
          onClose={() => setCreating(false)}
          onSaved={(s) => {
            setCreating(false);
            toast.show(`${s.name} created.`);
            navigate(`/activities/sets/${s.id}`);
          }}
        />
      )}
    </section>
  );
}
