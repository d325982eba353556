import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { SESSION_TYPE_LABELS } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ActivityTabFrame } from './activity-tab-frame';
import { useToast } from '../../components/toasts';
import { SetForm } from './set-form';

export function SetsTab() {
  const sets = useChannel('activities:listSets', {});
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  return (
    <ActivityTabFrame
      id="act-sets-heading"
      heading="Action learning sets"
      newLabel="New action learning set"
      onNew={() => setCreating(true)}
      list={sets}
      emptyTitle="No action learning sets yet"
      empty={
        <>
          <p>A set is 4 to 10 colleagues who meet on a rhythm, each presenting a problem and leaving with an action plan they report on next time.</p>
        </>
      }
      dialogs={
        <>
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
        </>
      }
    >
      {(items) => items.map((s) => (
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
    </ActivityTabFrame>
  );
}
