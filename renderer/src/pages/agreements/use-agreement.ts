import { useParams } from 'react-router-dom';
import { useChannel } from '../../api/hooks';

/** The agreement named in the route (`/agreements/:id/...`). */
export function useAgreement() {
  const id = Number(useParams().id);
  return useChannel('agreements:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
}
