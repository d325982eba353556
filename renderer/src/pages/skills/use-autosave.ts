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
 * refetch never undoes a key press. Changes made while a save is on its way are
 * merged (per skill, later wins) and go together in one `skills:rateMany`: a burst of
 * ratings costs one transaction, not one each.
 */
export function useAutosave(assessmentId: number) {
  const [local, setLocal] = useState<Record<number, RatingPatch>>({});
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const queued = useRef(new Map<number, RatingPatch>());
  const sending = useRef(false);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    while (queued.current.size > 0) {
      const batch = [...queued.current.entries()];
      queued.current.clear();
      try {
        const [only] = batch;
        if (batch.length === 1 && only) await invoke('skills:rate', { assessmentId, skillId: only[0], ...only[1] });
        else await invoke('skills:rateMany', { assessmentId, ratings: batch.map(([skillId, patch]) => ({ skillId, ...patch })) });
        if (queued.current.size === 0) setStatus({ state: 'saved' });
      } catch (error) {
        setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }
    sending.current = false;
  }, [assessmentId]);

  const save = useCallback(
    (skillId: number, patch: RatingPatch) => {
      setLocal((prev) => ({ ...prev, [skillId]: { ...prev[skillId], ...patch } }));
      queued.current.set(skillId, { ...queued.current.get(skillId), ...patch });
      setStatus({ state: 'saving' });
      void flush();
    },
    [flush],
  );
  return { local, status, save };
}
