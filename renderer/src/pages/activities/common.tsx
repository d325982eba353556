import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { NavLink } from 'react-router-dom';
import { useChannel } from '../../api/hooks';
import { Field } from '../one-to-ones/field';

/** A member chosen in a select: the form says "is required" rather than zod's type message. */
export const requiredMember = z.number({ message: 'is required' }).int().positive('is required');

export { useToday } from '../../api/use-today';
export const useTeam = () => useChannel('team:list', { includeArchived: false }).data ?? [];

/** The id a select gives back: '' (nobody chosen) becomes null, anything else a number. */
export const asId = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
export const asNullable = (v: unknown) => (v === '' || v === null ? null : v);

export function MemberSelect({ label, registration, error, allowNone, noneLabel = 'Nobody' }: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  allowNone?: boolean;
  noneLabel?: string;
}) {
  const team = useTeam();
  return (
    <Field label={label} error={error}>
      {(ids) => (
        <select {...registration} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
          <option value="">{allowNone ? noneLabel : 'Choose…'}</option>
          {team.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TextArea({ label, registration, error, hint, rows = 3 }: { label: string; registration: UseFormRegisterReturn; error?: string; hint?: string; rows?: number }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(ids) => <textarea {...registration} id={ids.id} rows={rows} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
    </Field>
  );
}

export function Input({ label, registration, error, hint, type = 'text', step }: { label: string; registration: UseFormRegisterReturn; error?: string; hint?: string; type?: string; step?: string }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(ids) => <input {...registration} id={ids.id} type={type} step={step} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
    </Field>
  );
}

const TABS = [
  { to: '/activities', label: 'Action learning sets', end: true },
  { to: '/activities/buddying', label: 'Buddying', end: false },
  { to: '/activities/coaching', label: 'Coaching', end: false },
  { to: '/activities/shadowing', label: 'Shadowing visits', end: false },
];

export function ActivityTabs() {
  return (
    <nav aria-label="Activity types">
      <ul className="act-tabs">
        {TABS.map((t) => (
          <li key={t.to}>
            <NavLink to={t.to} end={t.end}>
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A CPD button that says what happened when everyone is already logged. */
export function LogCpdButton({ label, logged, people, onClick }: { label: string; logged: number; people: number; onClick: () => void }) {
  if (logged >= people) return <span className="badge">Logged as CPD</span>;
  return (
    <button type="button" aria-label={`Log as CPD: ${label}`} onClick={onClick}>
      Log as CPD
    </button>
  );
}
