import { useCallback, useState } from 'react';
import type { Member } from '../../../../shared/domains/team';
import { invoke } from '../../api/client';
import { useChannel } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { saveFile } from '../../download';
import { ImportDialog } from './import-dialog';
import { MemberForm } from './member-form';
import { TeamTable } from './team-table';
import { useArchiveActions } from './use-archive';

export default function TeamPage() {
  const [showLeavers, setShowLeavers] = useState(false);
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useChannel('team:list', { includeArchived: showLeavers });
  const actions = useArchiveActions();
  const toast = useToast();

  const onEdit = useCallback((m: Member) => setEditing(m), []);
  const { archive, restore } = actions;
  const exportCsv = async () => saveFile(await invoke('team:exportCsv', { includeArchived: showLeavers }));

  return (
    <Page
      title="Team"
      actions={
        <>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add member
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            Import…
          </button>
          <button type="button" onClick={() => void exportCsv()} disabled={!list.data?.length}>
            Export CSV
          </button>
        </>
      }
    >
      <label className="checkbox toggle">
        <input type="checkbox" checked={showLeavers} onChange={(e) => setShowLeavers(e.target.checked)} />
        Show leavers
      </label>
      <ErrorMessage error={list.error ?? actions.error} />
      {list.isPending ? (
        <Loading label="Loading the team…" />
      ) : list.data && list.data.length === 0 && !showLeavers ? (
        <EmptyState title="No team members yet">
          <p>Add people one at a time, or import a spreadsheet (CSV or Excel) with a row per person.</p>
          <div className="page-actions">
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              Add your first team member
            </button>
            <button type="button" onClick={() => setImporting(true)}>
              Import a spreadsheet
            </button>
          </div>
        </EmptyState>
      ) : (
        <TeamTable members={list.data ?? []} onEdit={onEdit} onArchive={archive} onRestore={restore} />
      )}
      {editing && (
        <MemberForm
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setEditing(null);
            toast.show(editing === 'new' ? `${m.name} added to the team.` : `Changes to ${m.name} saved.`);
          }}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </Page>
  );
}
