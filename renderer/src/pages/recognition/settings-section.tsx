import { Link } from 'react-router-dom';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';

/** Recognition on the Settings page: the external awards catalogue can be topped up with the suggested awards. */
export default function RecognitionSettings() {
  const awards = useChannel('recognition:listAwards', {});
  const add = useCommand('recognition:addSuggestedAwards');
  const toast = useToast();
  const count = awards.data?.length ?? 0;
  return (
    <section className="card" aria-labelledby="settings-recognition">
      <h2 id="settings-recognition">Recognition</h2>
      <p>
        The <Link to="/recognition/external">external awards catalogue</Link> has {count} award{count === 1 ? '' : 's'}. Adding the suggested
        awards restores any you deleted; awards already in the catalogue are left as they are.
      </p>
      <ErrorMessage error={awards.error ?? add.error} />
      <button
        type="button"
        disabled={add.isPending}
        onClick={() =>
          add.mutate({}, { onSuccess: (r) => toast.show(r.added === 0 ? 'Every suggested award is already in the catalogue.' : `${r.added} suggested award${r.added === 1 ? '' : 's'} added.`) })
        }
      >
        Add suggested awards
      </button>
    </section>
  );
}
