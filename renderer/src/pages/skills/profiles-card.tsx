import { useState } from 'react';
import type { Framework, RoleProfile } from '../../../../shared/domains/skills';
import { ApiError } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { DialogActions } from '../../components/dialog-actions';
import { ConfirmDialog } from '../../components/confirm-dialog';

/** Role profiles: for a job, which skills do not matter. Reused by every member given the profile. */
export function ProfilesCard({ framework }: { framework: Framework }) {
  const profiles = useChannel('skills:listProfiles', { frameworkId: framework.id });
  const remove = useCommand('skills:deleteProfile');
  const [editing, setEditing] = useState<RoleProfile | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoleProfile | null>(null);
  const toast = useToast();
  return (
    <section className="card" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Role profiles</h2>
      <p>A role profile marks the skills that are not relevant for a job, so gaps and agendas ignore them. Give a profile to team members on their skills page.</p>
      <ErrorMessage error={profiles.error ?? remove.error} />
      {profiles.data?.length === 0 && <p className="muted">No role profiles yet: every skill counts as relevant for everyone.</p>}
      <ul>
        {profiles.data?.map((p) => (
          <li key={p.id} className="profile-item">
            <strong>{p.name}</strong>: {p.notRelevantSkillIds.length} skills not relevant, used by {p.memberIds.length}{' '}
            {p.memberIds.length === 1 ? 'person' : 'people'}{' '}
            <button type="button" onClick={() => setEditing(p)}>
              Edit<span className="visually-hidden"> {p.name}</span>
            </button>{' '}
            <button
              type="button"
              onClick={() => setDeleting(p)}
            >
              Delete<span className="visually-hidden"> {p.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setEditing('new')}>
        New role profile
      </button>
      {editing && <ProfileDialog framework={framework} profile={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete the role profile “${deleting.name}”?`}
          description={`${deleting.memberIds.length === 1 ? '1 person has' : `${deleting.memberIds.length} people have`} this profile; their skills all count as relevant again.`}
          confirmLabel="Delete profile"
          tone="danger"
          busy={remove.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate({ id: deleting.id }, { onSuccess: () => toast.show(`${deleting.name} deleted.`), onSettled: () => setDeleting(null) })
          }
        />
      )}
    </section>
  );
}

function ProfileDialog({ framework, profile, onClose }: { framework: Framework; profile: RoleProfile | null; onClose: () => void }) {
  const save = useCommand('skills:saveProfile');
  const [name, setName] = useState(profile?.name ?? '');
  const [excluded, setExcluded] = useState(new Set(profile?.notRelevantSkillIds ?? []));
  const [nameError, setNameError] = useState<string | null>(null);
  const toggle = (ids: number[], relevant: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      ids.forEach((i) => (relevant ? next.delete(i) : next.add(i)));
      return next;
    });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setNameError('Name is required');
    try {
      await save.mutateAsync({ id: profile?.id ?? null, frameworkId: framework.id, name, notRelevantSkillIds: [...excluded] });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field === 'name') setNameError(error.message);
    }
  };
  return (
    <Dialog title={profile ? `Edit ${profile.name}` : 'New role profile'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={nameError ? 'field field-invalid' : 'field'}>
          <label htmlFor="profile-name">Profile name</label>
          <input id="profile-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(nameError)} aria-describedby={nameError ? 'profile-name-error' : undefined} />
          {nameError && (
            <p id="profile-name-error" className="field-error">
              {nameError}
            </p>
          )}
        </div>
        <p>Tick the skills that matter for this role.</p>
        {framework.sections.map((s) => (
          <fieldset key={s.id} className="profile-section">
            <legend>
              {s.code} {s.name}
            </legend>
            {s.skills.filter((k) => !k.retiredOn).map((k) => (
              <label key={k.id} className="checkbox">
                <input type="checkbox" checked={!excluded.has(k.id)} onChange={(e) => toggle([k.id], e.target.checked)} />
                {k.code} {k.title}
              </label>
            ))}
          </fieldset>
        ))}
        <ErrorMessage error={save.error && save.error.field !== 'name' ? save.error : null} />
        <DialogActions onCancel={onClose} label="Save profile" />
      </form>
    </Dialog>
  );
}
