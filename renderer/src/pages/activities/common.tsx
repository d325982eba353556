import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { NavLink } from 'react-router-dom';
import { useChannel } from '../../api/hooks';
import { Field, type FieldErrorValue } from '../../components/field';
import { DateInput } from '../../components/date-input';

/** A member chosen in a select: the form says "is required" rather than zod's type message. */
export const requiredMember = z.number({ message: 'is required' }).int().positive('is required');

export { useToday } from '../../api/use-today';
export const useTeam = () => useChannel('team:list', { includeArchived: false }).data ?? [];

/**
 * A team member picker. The select is registered only once the team has loaded: react-hook-form
 * puts a record's value into the select when it registers, and a select with no options yet would
 * show "Choose…" and lose the person (an edit form then "forgot" the coachee and coach).
 * `current` keeps the record's own person choosable even if they have since left the team list.
 */
export function MemberSelect({ label, registration, error, allowNone, noneLabel = 'Nobody', current }: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldErrorValue;
  allowNone?: boolean;
  noneLabel?: string;
  current?: { id: number | null; name: string };
}) {
  const list = useChannel('team:list', { includeArchived: false });
  const team = list.data ?? [];
  const extra = current && current.id !== null && !team.some((m) => m.id === current.id) ? [{ id: current.id, name: current.name }] : [];
  return (
    <Field label={label} error={error}>
      {(ids) =>
        list.isPending ? (
          <select id={ids.id} disabled aria-describedby={ids.describedBy}>
            <option>Loading the team…</option>
          </select>
        ) : (
          <select {...registration} id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
            <option value="">{allowNone ? noneLabel : 'Choose…'}</option>
            {[...team, ...extra].map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )
      }
    </Field>
  );
}

export { useDeleteWithUndo } from '../../components/use-delete-with-undo';
export { DraftNote, useFormFieldDraft } from '../../components/form-draft';

export function TextArea({ label, registration, error, hint, rows = 3 }: { label: string; registration: UseFormRegisterReturn; error?: FieldErrorValue; hint?: string; rows?: number }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(ids) => <textarea {...registration} id={ids.id} rows={rows} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
    </Field>
  );
}

export function Input({ label, registration, error, hint, type = 'text', step }: { label: string; registration: UseFormRegisterReturn; error?: FieldErrorValue; hint?: string; type?: string; step?: string }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(ids) =>
        type === 'date' ? (
          <DateInput {...registration} id={ids.id} calendarLabel={label} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />
        ) : (
          <input {...registration} id={ids.id} type={type} step={step} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />
        )
      }
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
