import { localIsoDate } from '../../../../shared/dates';
import { useChannel } from '../../api/hooks';

/** "Today" as the main process sees it (its clock is injected, so tests and the app agree). */
export function useToday(): string {
  const status = useChannel('system:status', {}, { staleTime: 60_000 });
  return status.data?.today ?? localIsoDate(new Date());
}
