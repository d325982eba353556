import { useNavigate } from 'react-router-dom';
import { useChannel, useCommand } from '../api/hooks';
import { Dialog } from '../components/dialog';
import { DialogActions } from '../components/dialog-actions';
import { ErrorMessage } from '../components/page';

/** On an empty store, the first thing a manager sees is a choice: start empty, or explore with a sample team. */
export function OnboardingGate() {
  const status = useChannel('system:status', {});
  const choose = useCommand('system:chooseStart');
  const navigate = useNavigate();
  if (!status.data?.needsOnboarding || status.data.notice) return null;
  const pick = (mode: 'empty' | 'sample') =>
    choose.mutate({ mode }, { onSuccess: () => navigate('/team') });
  return (
    <Dialog
      title="Welcome to the Staff Development Workbench"
      description="Your workbench is empty. Everything you record stays on this computer."
      onClose={() => pick('empty')}
    >
      <p>
        You can start with an empty workbench and add your team, or explore first with a fictional sample team of 12
        people across three service points, including an apprentice, a graduate trainee and a Chartership candidate.
      </p>
      <ErrorMessage error={choose.error} />
      <DialogActions
        onCancel={() => pick('empty')}
        cancelLabel="Start empty"
        cancelDisabled={choose.isPending}
        label="Explore with a sample team"
        onConfirm={() => pick('sample')}
        busy={choose.isPending}
        focusPrimary
      />
    </Dialog>
  );
}
