import { Link } from 'react-router-dom';
import type { Member } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

/** The development activities a member takes part in, on their page. */
export default function ActivitiesMemberSection({ member }: { member: Member }) {
  const data = useChannel('activities:forMember', { memberId: member.id });
  const d = data.data;
  const items: { key: string; to: string; text: string }[] = d
    ? [
        ...d.sets.map((s) => ({ key: `s${s.id}`, to: `/activities/sets/${s.id}`, text: `Action learning set: ${s.name}` })),
        ...d.buddies.map((b) => ({
          key: `b${b.id}`,
          to: '/activities/buddying',
          text: b.buddyId === member.id ? `Buddy to ${b.newStarterName} since ${formatUkDate(b.startedOn)}` : `Buddied by ${b.buddyName} since ${formatUkDate(b.startedOn)}`,
        })),
        ...d.coaching.map((c) => ({
          key: `c${c.id}`,
          to: '/activities/coaching',
          text: c.coacheeId === member.id ? `Coaching session, ${formatUkDate(c.heldOn)}` : `Coached ${c.coacheeName}, ${formatUkDate(c.heldOn)}`,
        })),
        ...d.visits.map((v) => ({ key: `v${v.id}`, to: '/activities/shadowing', text: `Shadowing visit to ${v.hostLibrary}, ${formatUkDate(v.visitOn)}` })),
      ]
    : [];
  return (
    <section className="card" aria-labelledby="act-member-heading">
      <h2 id="act-member-heading">Development activities</h2>
      <ErrorMessage error={data.error} />
      {d &&
        (items.length === 0 ? (
          <p className="muted">
            Not in any action learning set, buddy pair, coaching or shadowing visit yet. <Link to="/activities">Go to development activities</Link>
          </p>
        ) : (
          <ul className="act-member-links">
            {items.map((i) => (
              <li key={i.key}>
                <Link to={i.to}>{i.text}</Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
