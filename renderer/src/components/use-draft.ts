import { useEffect, useRef, useState } from 'react';
import { invoke } from '../api/client';

/** How long typing must pause before the draft is written. */
export const DRAFT_DELAY_MS = 500;

/** `typing`: text differs from the record and a draft write is waiting for the pause in typing. */
export type DraftStatus = 'loading' | 'idle' | 'typing' | 'saving' | 'saved' | 'restored' | 'error';

interface Options {
  /** Names the form, record and field, e.g. `oneToOne:12:sharedNotes`; null turns drafts off. */
  key: string | null;
  /** What the field holds now (from useState, or react-hook-form's `watch`). */
  value: string;
  /** What the saved record holds: a draft equal to it is no draft at all. */
  saved: string;
  /** Called once, after loading, with a draft that differs from the saved record. */
  onRestore: (body: string) => void;
  /** The team member the text is about, so erasing them erases the draft too. */
  memberId?: number | null;
  delayMs?: number;
}

/**
 * Keeps a field's typed text as a draft in the database while it is typed (debounced), so leaving
 * the page, a reload or a restart loses nothing; on return the draft is put back. Call `discard`
 * once the record itself is saved. `status` is what a "Draft saved" indicator shows.
 */
export function useDraft({ key, value, saved, onRestore, memberId = null, delayMs = DRAFT_DELAY_MS }: Options) {
  const [status, setStatus] = useState<DraftStatus>(key ? 'loading' : 'idle');
  const loaded = useRef(!key);
  // State as well as a ref: text typed while the stored draft was still loading is written once it has loaded.
  const [ready, setReady] = useState(!key);
  const lastWritten = useRef<string | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; body: string } | null>(null);
  const restore = useRef(onRestore);
  restore.current = onRestore;
  const latest = useRef({ key, memberId, saved });
  latest.current = { key, memberId, saved };

  const write = (body: string) => {
    const { key: k, memberId: m, saved: s } = latest.current;
    if (!k) return Promise.resolve();
    pending.current = null;
    lastWritten.current = body;
    setStatus('saving');
    const call = body === s ? invoke('drafts:discard', { key: k }) : invoke('drafts:save', { key: k, memberId: m, body });
    return call.then(
      () => setStatus(body === s ? 'idle' : 'saved'),
      () => setStatus('error'),
    );
  };

  useEffect(() => {
    if (!key) return;
    let live = true;
    loaded.current = false;
    setReady(false);
    invoke('drafts:get', { key }).then(
      (draft) => {
        if (!live) return;
        loaded.current = true;
        if (draft && draft.body !== latest.current.saved) {
          lastWritten.current = draft.body;
          restore.current(draft.body);
          setStatus('restored');
        } else {
          // Text typed while loading already has the note's line ('typing'); keep it so the form does not jump.
          setStatus((s) => (s === 'typing' ? s : 'idle'));
          setReady(true);
        }
      },
      () => {
        if (!live) return;
        loaded.current = true;
        setReady(true);
        setStatus('error');
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  useEffect(() => {
    if (!key) return;
    if (!loaded.current) {
      // Typed before the stored draft has loaded: it is written once loaded, and the note takes its line now.
      if (value !== saved) setStatus((s) => (s === 'loading' ? 'typing' : s));
      return;
    }
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    if (value === (lastWritten.current ?? saved)) {
      setStatus((s) => (s === 'typing' ? 'idle' : s));
      return;
    }
    pending.current = { timer: setTimeout(() => void write(value), delayMs), body: value };
    // A note that shows the draft's state takes its place now, so "Draft saved" does not push the form down later.
    setStatus((s) => (s === 'idle' ? 'typing' : s));
  }, [value, key, saved, delayMs, ready]);

  // Leaving the page part-way through a pause still writes what was typed.
  useEffect(
    () => () => {
      if (pending.current) {
        clearTimeout(pending.current.timer);
        void write(pending.current.body);
      }
    },
    [],
  );

  return {
    status,
    /** Forget the draft: after the record is saved, or when the user throws the changes away. */
    discard: async () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      lastWritten.current = null;
      if (latest.current.key) await invoke('drafts:discard', { key: latest.current.key }).catch(() => undefined);
      setStatus('idle');
    },
  };
}

/** The words a draft indicator shows for one or more fields of a form. */
export function draftStatusText(...statuses: DraftStatus[]): string {
  if (statuses.includes('error')) return 'Draft not saved: keep this page open and save the form.';
  if (statuses.includes('saving')) return 'Saving draft…';
  if (statuses.includes('restored')) return 'Draft restored: not yet saved to the record.';
  if (statuses.includes('saved')) return 'Draft saved.';
  return '';
}
