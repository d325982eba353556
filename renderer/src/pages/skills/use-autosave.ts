import { useCallback, useRef, useState } from 'react';
import { invoke } from '../../api/client';

export interface RatingPatch {
  current?: number | null;
  target?: number | null;
  notes?: string;
}

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

/**
 * Saves every change as it is made, one request at a time and in order, and keeps
 * the local value until the server agrees, so leaving mid-way loses nothing and a
 * refetch never undoes a key press.
 */
export function useAutosave(assessmentId: number) {
  const [local, setLocal] = useState<Record<number, RatingPatch>>({});
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);

  const save = useCallback(
    (skillId: number, patch: RatingPatch) => {
      setLocal((prev) => ({ ...prev, [skillId]: { ...prev[skillId], ...patch } }));
      pending.current += 1;
      setStatus({ state: 'saving' });
      chain.current = chain.current.then(async () => {
        try {
          await invoke('skills:rate', { assessmentId, skillId, ...patch });
          pending.current -= 1;
          if (pending.current === 0) setStatus({ state: 'saved' });
        } catch (error) {
          pending.current -= 1;
          setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      });
    },
    [assessmentId],
  );
  return { local, status, save };
}
