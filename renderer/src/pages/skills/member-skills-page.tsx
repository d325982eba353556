import { Link, useParams } from 'react-router-dom';
import { defaultComparisonPair } from '../../../../shared/domains/skills-dashboard';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { AssessmentsCard } from './assessments-card';
import { GapsCard } from './gaps-card';
import { HistoryCard } from './history-card';

/** One member's skills: assessments, role profile, ranked gaps and the history of a rating. */
export default function MemberSkillsPage() {
  const memberId = Number(useParams().memberId);
  const member = useChannel('team:get', { id: memberId }, { enabled: memberId > 0 });
  const list = useChannel('skills:listAssessments', { memberId }, { enabled: memberId > 0 });
  if (member.isPending) return <Loading />;
  if (!member.data) {
    return (
      <Page title="Team member not found">
        <ErrorMessage error={member.error} />
        <Link to="/skills">Back to skills</Link>
      </Page>
    );
  }
  const m = member.data;
  const pair = defaultComparisonPair(list.data ?? []);
  return (
    <Page
      title={`${m.name}: skills`}
      actions={
        pair && (
          <Link className="button" to={`/skills/compare?a=${pair.a}&b=${pair.b}`}>
            Compare first and latest
          </Link>
        )
      }
    >
      <p>
        <Link to="/skills">← Skills</Link> · <Link to={`/team/${m.id}`}>{m.name}’s record</Link>
      </p>
      <ErrorMessage error={list.error} />
      <AssessmentsCard memberId={m.id} memberName={m.name} assessments={list.data ?? []} />
      <ProfileChooser memberId={m.id} frameworkId={list.data?.[0]?.frameworkId ?? null} />
      <GapsCard memberId={m.id} />
      <HistoryCard memberId={m.id} latestId={list.data?.find((a) => a.shared)?.id ?? null} />
    </Page>
  );
}

function ProfileChooser({ memberId, frameworkId }: { memberId: number; frameworkId: number | null }) {
  const frameworks = useChannel('skills:listFrameworks', {});
  const fallback = frameworks.data?.find((f) => f.isDefault)?.id ?? frameworks.data?.[0]?.id ?? 0;
  const current = useChannel('skills:memberProfile', { memberId });
  const profiles = useChannel('skills:listProfiles', { frameworkId: frameworkId ?? fallback }, { enabled: (frameworkId ?? fallback) > 0 });
  const assign = useCommand('skills:assignProfile');
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Relevant skills</h2>
      <ErrorMessage error={assign.error} />
      <label className="toolbar-field">
        Role profile
        <select
          value={current.data?.profileId ?? ''}
          onChange={(e) => assign.mutate({ memberId, profileId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">None: every skill is relevant</option>
          {profiles.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">Role profiles are set up on the framework’s page. A skill can also be marked relevant or not for this person in the rating grid.</p>
    </section>
  );
}
