import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PKSB_EDITION_LABELS } from '../../../../shared/domains/pksb';
import type { Skill } from '../../../../shared/domains/skills';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { formatUkDate } from '../../../../shared/dates';
import { EditSkillDialog, NewVersionDialog } from './framework-dialogs';
import { AddSectionForm, AddSkillForm } from './framework-edit-forms';
import { ProfilesCard } from './profiles-card';

/** One framework version: its sections and skills, hand-made additions, retirements and role profiles. */
export default function FrameworkPage() {
  const id = Number(useParams().id);
  const framework = useChannel('skills:getFramework', { id }, { enabled: id > 0 });
  const retire = useCommand('skills:retireSkill');
  const toast = useToast();
  const [editing, setEditing] = useState<Skill | null>(null);
  const [versioning, setVersioning] = useState(false);
  if (framework.isPending) return <Loading />;
  const f = framework.data;
  if (!f) {
    return (
      <Page title="Framework not found">
        <ErrorMessage error={framework.error} />
        <Link to="/skills/frameworks">Back to frameworks</Link>
      </Page>
    );
  }
  const setRetired = (skillId: number, label: string, retired: boolean) =>
    retire.mutate(
      { id: skillId, retired },
      {
        onSuccess: () =>
          toast.show(retired ? `${label} retired: past ratings are kept.` : `${label} is back in use.`, retired ? { label: 'Undo', run: () => retire.mutate({ id: skillId, retired: false }) } : undefined),
      },
    );
  return (
    <Page
      title={`${f.name} (${f.version})`}
      actions={
        <button type="button" onClick={() => setVersioning(true)}>
          New version…
        </button>
      }
    >
      <p>
        <Link to="/skills/frameworks">← Frameworks</Link>
      </p>
      {f.isDemo && <p className="info-banner">These are invented demo skills, not CILIP’s PKSB text. Import your licensed PKSB for real use.</p>}
      {f.description && <p>{f.description}</p>}
      <ErrorMessage error={retire.error} />
      <p>
        {f.skillCount} skills in use across {f.sectionCount} sections; {f.assessmentCount} assessments use this version.{' '}
        {f.edition ? `Its sections follow the ${PKSB_EDITION_LABELS[f.edition]}.` : 'It follows no PKSB edition: every section is your own.'}
      </p>
      {f.sections.map((s) => (
        <section key={s.id} className="card" aria-labelledby={`section-${s.id}`}>
          <h2 id={`section-${s.id}`}>
            {s.code} {s.name}
            {s.isLocal ? <span className="badge">Local</span> : s.edition && <span className="badge">{PKSB_EDITION_LABELS[s.edition]}</span>}
          </h2>
          {s.skills.length === 0 ? (
            <p className="muted">No skills in this section yet.</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Skills in {s.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Skill</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {s.skills.map((k) => (
                  <tr key={k.id}>
                    <td>{k.code}</td>
                    <td>
                      {k.title}
                      {k.description && <div className="muted">{k.description}</div>}
                    </td>
                    <td>{k.retiredOn ? `Retired ${formatUkDate(k.retiredOn)}` : 'In use'}</td>
                    <td className="row-actions">
                      <button type="button" onClick={() => setEditing(k)}>
                        Edit<span className="visually-hidden"> {k.code} {k.title}</span>
                      </button>
                      <button type="button" onClick={() => setRetired(k.id, `${k.code} ${k.title}`, !k.retiredOn)}>
                        {k.retiredOn ? 'Bring back' : 'Retire'}
                        <span className="visually-hidden"> {k.code} {k.title}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add to this framework</h2>
        <h3>Add a local section</h3>
        <AddSectionForm frameworkId={f.id} />
        <h3>Add a skill</h3>
        {f.sections.length > 0 ? <AddSkillForm framework={f} /> : <p>Add a section first.</p>}
      </section>
      <ProfilesCard framework={f} />
      {editing && <EditSkillDialog skill={editing} onClose={() => setEditing(null)} />}
      {versioning && <NewVersionDialog framework={f} onClose={() => setVersioning(false)} />}
    </Page>
  );
}
