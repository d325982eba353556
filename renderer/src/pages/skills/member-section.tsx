import { Link } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { ASSESSMENT_KIND_LABELS } from '../../../../shared/domains/skills';
import { defaultComparisonPair } from '../../../../shared/domains/skills-dashboard';
import type { Member } from '../../../../shared/domains/team';
import { useChannel } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';

/** This section's part of a member's page: latest assessment, top gaps and links to the skills pages. */
export default function SkillsMemberSection({ member }: { member: Member }) {
  const list = useChannel('skills:listAssessments', { memberId: member.id });
  const gaps = useChannel('skills:gaps', { memberId: member.id });
  const latest = list.data?.[0];
  const pair = defaultComparisonPair(list.data ?? []);
  return (
    <section className="card" aria-labelledby="skills-summary-heading">
      <h2 id="skills-summary-heading">Skills (PKSB)</h2>
      <ErrorMessage error={list.error ?? gaps.error} />
      {list.data && list.data.length === 0 && <p>No skills assessments yet.</p>}
      {latest && (
        <p>
          {list.data?.length} {list.data?.length === 1 ? 'assessment' : 'assessments'}; latest: {ASSESSMENT_KIND_LABELS[latest.kind]} on{' '}
          {formatUkDate(latest.assessedOn)}
          {latest.shared ? ` (${latest.rated} of ${latest.total} rated)` : ' (not shared with you)'}.
        </p>
      )}
      {gaps.data && gaps.data.gaps.length > 0 && (
        <>
          <h3>Top gaps</h3>
          <ul>
            {gaps.data.gaps.slice(0, 3).map((g) => (
              <li key={g.skillId}>
                {g.code} {g.title}: {g.current} now, aiming for {g.target}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="page-actions">
        <Link to={`/skills/members/${member.id}`}>Open {member.name}’s skills</Link>
        {pair && <Link to={`/skills/compare?a=${pair.a}&b=${pair.b}`}>Compare first and latest assessments</Link>}
      </p>
    </section>
  );
}
