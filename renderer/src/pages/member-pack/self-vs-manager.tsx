import { useId } from 'react';
import type { Member } from '../../../../shared/domains/team';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

/** The member's latest self-assessment with the manager's view beside it; differences of two levels are flagged. */
export function SelfVsManagerTable({ member }: { member: Member }) {
  const id = useId();
  const view = useChannel('memberPack:selfVsManager', { memberId: member.id });
  const scale = useChannel('skills:getScale', {});
  const set = useCommand('memberPack:setManagerView');
  const v = view.data;
  if (!v) return <ErrorMessage error={view.error} />;
  const levels = scale.data?.levels ?? [0, 1, 2, 3, 4].map((level) => ({ level, label: String(level) }));
  const rated = v.rows.filter((r) => r.self !== null);
  return (
    <div>
      <h3 id={`${id}-h`}>{member.name}’s self-rating and your view</h3>
      {v.talkingPoints.length > 0 && (
        <p role="status">
          {v.talkingPoints.length} skill{v.talkingPoints.length === 1 ? '' : 's'} two or more levels apart: suggested for the next one-to-one.
        </p>
      )}
      <table className="data-table" aria-labelledby={`${id}-h`}>
        <thead>
          <tr><th scope="col">Skill</th><th scope="col">Self-rating</th><th scope="col">Your view</th><th scope="col">Difference</th></tr>
        </thead>
        <tbody>
          {rated.map((r) => (
            <tr key={r.skillId}>
              <td>{r.code} {r.title}</td>
              <td>{r.self}</td>
              <td>
                <select
                  aria-label={`Your view of ${r.code} ${r.title}`}
                  value={r.manager ?? ''}
                  onChange={(e) => set.mutate({ assessmentId: v.assessmentId, skillId: r.skillId, level: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">Not rated</option>
                  {levels.map((l) => (
                    <option key={l.level} value={l.level}>{l.level} {l.label}</option>
                  ))}
                </select>
              </td>
              <td>
                {r.difference === null ? '—' : r.difference > 0 ? `+${r.difference}` : r.difference}
                {r.difference !== null && Math.abs(r.difference) >= 2 ? ' (talk about it)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorMessage error={set.error} />
    </div>
  );
}
