import { useEffect, useRef } from 'react';

/**
 * Notes save shortly after typing stops, on leaving the field, and when the grid
 * closes with a change still pending, so navigating away never drops what was typed.
 */
export function NotesInput({ label, value, onSave }: { label: string; value: string; onSave: (notes: string) => void }) {
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) save.current(pending.current);
    pending.current = null;
  };
  useEffect(() => flush, []);

  return (
    <input
      aria-label={label}
      defaultValue={value}
      maxLength={4000}
      onChange={(e) => {
        pending.current = e.target.value;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(flush, 800);
      }}
      onBlur={flush}
    />
  );
}
