import type { UseFormRegister } from 'react-hook-form';
import { ATTENDANCE, ATTENDANCE_LABELS, type Attendance } from '../../../../shared/domains/activities';

export type AttendanceValues = Record<string, Attendance>;

/** Form values keyed `m<memberId>` (react-hook-form paths cannot start with a digit). */
export const attendanceDefaults = (members: { id: number }[], recorded: { memberId: number; status: Attendance }[] = []): AttendanceValues => {
  const statusOf = new Map(recorded.map((a) => [a.memberId, a.status]));
  return Object.fromEntries(members.map((m) => [`m${m.id}`, statusOf.get(m.id) ?? (recorded.length ? 'absent' : 'attended')]));
};

export const attendanceList = (values: AttendanceValues) =>
  Object.entries(values).map(([key, status]) => ({ memberId: Number(key.slice(1)), status }));

/** One row of radio buttons per member: CPD from the meeting goes only to those marked "Attended". */
export function AttendanceFields({ members, register, error }: {
  members: { id: number; name: string }[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two forms with different value types
  register: UseFormRegister<any>;
  error?: string;
}) {
  return (
    <fieldset className="form-span act-attendance" aria-describedby={error ? 'act-attendance-error' : undefined}>
      <legend>Attendance (CPD goes only to those who attended)</legend>
      {members.map((m) => (
        <div key={m.id} role="radiogroup" aria-label={`Attendance of ${m.name}`} className="toolbar">
          <span>{m.name}</span>
          {ATTENDANCE.map((status) => (
            <label key={status} className="checkbox">
              <input type="radio" value={status} {...register(`attendance.m${m.id}`)} />
              {ATTENDANCE_LABELS[status]}
            </label>
          ))}
        </div>
      ))}
      {error && (
        <p id="act-attendance-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
