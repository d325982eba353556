import type { Member } from '../../../../shared/domains/team';
import { useCommand } from '../../api/hooks';
import { useToast } from '../../components/toasts';

/** Archiving a leaver is reversible, so it needs no confirmation: it offers Undo instead. */
export function useArchiveActions() {
  const archive = useCommand('team:archive');
  const restore = useCommand('team:restore');
  const toast = useToast();
  return {
    pending: archive.isPending || restore.isPending,
    error: archive.error ?? restore.error,
    archive: (m: Member) =>
      archive.mutate(
        { id: m.id, leftOn: null },
        {
          onSuccess: () =>
            toast.show(`${m.name} archived as a leaver.`, { label: 'Undo', run: () => restore.mutate({ id: m.id }) }),
        },
      ),
    restore: (m: Member) =>
      restore.mutate({ id: m.id }, { onSuccess: () => toast.show(`${m.name} restored to the team.`) }),
  };
}
