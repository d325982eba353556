import { useState } from 'react';
import type { ActivityKind } from '../../../../shared/domains/activities';
import { HOURS_INPUT_ATTRS } from '../../../../shared/domains/hours';
import { PKSB_SECTIONS } from '../../../../shared/domains/pksb';
import { formatUkDate } from '../../../../shared/dates';
import { ApiError } from '../../api/client';
import { useCommand } from '../../api/hooks';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { wordError } from '../../../../shared/errors';
import { DateInput } from '../../components/date-input';
import { DialogActions } from '../../components/dialog-actions';

export interface LogCpdTarget {
  kind: ActivityKind;
  id: number;
  title: string;
  people: string[];
  /** The session's own date and hours; buddying has neither and asks for them. */
  date: string | null;
  hours: number | null;
}

/** "Log as CPD": one entry in each person's CPD log, all in one step. */
export function LogCpdDialog({ target, today, onClose }: { target: LogCpdTarget; today: string; onClose: () => void }) {
  const log = useCommand('activities:logCpd');
  const toast = useToast();
  const asks = target.kind === 'buddying';
  const [sections, setSections] = useState<string[]>([]);
  const [hours, setHours] = useState('');
  const [date, setDate] = useState(today);
  const fieldError = (name: string) => (log.error instanceof ApiError && log.error.field === name ? log.error.data : undefined);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const result = await log.mutateAsync({
        kind: target.kind,
        id: target.id,
        sections,
        hours: asks ? (hours === '' ? Number.NaN : Number(hours)) : null,
        date: asks ? date : null,
      });
      toast.show(`${result.created} CPD ${result.created === 1 ? 'entry' : 'entries'} created: ${result.names.join(', ')}.`);
      onClose();
    } catch {
      // shown below
    }
  };
  const hoursError = fieldError('hours');
  const dateError = fieldError('date');
  const shownInline = Boolean(hoursError ?? dateError);

  return (
    <Dialog title={`Log as CPD: ${target.title}`} onClose={onClose} description={`Adds an entry to the CPD log of ${target.people.join(', ')}.`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {!asks && (
          <p>
            {formatUkDate(target.date)} · {target.hours} hours
          </p>
        )}
        {asks && (
          <div className="form-grid">
            <div className={hoursError ? 'field field-invalid' : 'field'}>
              <label htmlFor="act-cpd-hours">Hours each</label>
              <input id="act-cpd-hours" {...HOURS_INPUT_ATTRS} value={hours} onChange={(e) => setHours(e.target.value)} aria-invalid={Boolean(hoursError)} aria-describedby={hoursError ? 'act-cpd-hours-error' : undefined} />
              {hoursError && (
                <p id="act-cpd-hours-error" className="field-error">
                  {wordError(hoursError, 'Hours')}
                </p>
              )}
            </div>
            <div className={dateError ? 'field field-invalid' : 'field'}>
              <label htmlFor="act-cpd-date">Date</label>
              <DateInput id="act-cpd-date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={Boolean(dateError)} aria-describedby={dateError ? 'act-cpd-date-error' : undefined} />
              {dateError && (
                <p id="act-cpd-date-error" className="field-error">
                  {wordError(dateError, 'Date')}
                </p>
              )}
            </div>
          </div>
        )}
        <fieldset className="act-sections">
          <legend>PKSB sections it developed (optional)</legend>
          {PKSB_SECTIONS.map((s) => (
            <label key={s.code} className="checkbox">
              <input
                type="checkbox"
                checked={sections.includes(s.code)}
                onChange={(e) => setSections((now) => (e.target.checked ? [...now, s.code] : now.filter((c) => c !== s.code)))}
              />
              {s.code === s.name ? s.name : `${s.code} ${s.name}`}
            </label>
          ))}
        </fieldset>
        {!shownInline && <ErrorMessage error={log.error} />}
        <DialogActions onCancel={onClose} label={`Create ${target.people.length} CPD ${target.people.length === 1 ? 'entry' : 'entries'}`} busy={log.isPending} />
      </form>
    </Dialog>
  );
}
