import { createContext, useContext, type ReactNode } from 'react';
import { Loading } from '../components/page';
import { useChannel } from './hooks';

/**
 * "Today" comes from one place: the main process's injected clock, read through `system:status`.
 * The renderer never reads the browser's clock for the date, so the app, its tests and the e2e
 * bridge's `--clock` all agree on what day it is.
 */
const TodayContext = createContext<string | null>(null);

/** Renders its children once the main process has said what day it is (refreshed every minute). */
export function TodayGate({ children }: { children: ReactNode }) {
  const status = useChannel('system:status', {}, { staleTime: 60_000, refetchInterval: 60_000 });
  if (!status.data) return <Loading />;
  return <TodayContext.Provider value={status.data.today}>{children}</TodayContext.Provider>;
}

/** Today's date (ISO `YYYY-MM-DD`) by the app's clock. Only valid below a `TodayGate`. */
export function useToday(): string {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('useToday() is used outside <TodayGate>: the date must come from the app clock.');
  return today;
}
