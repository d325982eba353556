import { useCallback, useEffect, useRef, type InputHTMLAttributes, type Ref } from 'react';
import { formatUkDate, parseUkOrIsoDate } from '../../../shared/dates';

/**
 * What react-hook-form and onChange handlers see in place of the text box: `value` is the
 * ISO date when the text is one, '' when empty, or the text as typed (so the form's date rule
 * says what is wrong); setting `value` to an ISO date shows it as dd/mm/yyyy.
 */
export interface DateInputHandle {
  readonly type: 'text';
  readonly name: string;
  value: string;
  focus: () => void;
}

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref'>;

export interface DateInputProps extends NativeProps {
  /** ISO date, '' or null: only for a controlled input (useState); react-hook-form passes a ref instead. */
  value?: string | null;
  onChange?: (event: { target: DateInputHandle; type: 'change' }) => unknown;
  onBlur?: (event: { target: DateInputHandle; type: 'blur' }) => unknown;
  /** `{...register('dueOn')}` gives a ref callback; it receives the handle, not the text box. */
  ref?: Ref<DateInputHandle>;
  /** Names the calendar button ("Open calendar for Due date"). */
  calendarLabel?: string;
}

const valueOf = (text: string) => {
  const trimmed = text.trim();
  return trimmed === '' ? '' : (parseUkOrIsoDate(trimmed) ?? trimmed);
};

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's or system's locale (a native
 * date input follows the locale: 03/05/2027 in en-US), kept as ISO. Drop-in for
 * `<input type="date" {...register('x')}>` and for `value`/`onChange` pairs; the calendar
 * button opens the browser's own picker where there is one.
 */
export function DateInput({ value, onChange, onBlur, ref, name = '', calendarLabel, className, ...rest }: DateInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const nameRef = useRef(name);
  nameRef.current = name;
  const handle = useRef<DateInputHandle | null>(null);
  if (!handle.current) {
    handle.current = {
      type: 'text',
      get name() {
        return nameRef.current;
      },
      get value() {
        return valueOf(input.current?.value ?? '');
      },
      set value(next: string) {
        if (input.current && valueOf(input.current.value) !== (next ?? '')) input.current.value = next ? formatUkDate(next) : '';
      },
      focus: () => input.current?.focus(),
    };
  }
  const own = handle.current;

  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      input.current = el;
      if (typeof ref === 'function') ref(el ? own : null);
      else if (ref) (ref as { current: DateInputHandle | null }).current = el ? own : null;
    },
    [ref, own],
  );

  // A controlled value changed from outside (a reset, a record loaded): show it.
  useEffect(() => {
    if (value !== undefined) own.value = value ?? '';
  }, [value, own]);

  const pick = () => {
    const el = picker.current as (HTMLInputElement & { showPicker?: () => void }) | null;
    if (!el) return;
    el.value = parseUkOrIsoDate(input.current?.value ?? '') ?? '';
    try {
      el.showPicker?.();
    } catch {
      input.current?.focus();
    }
  };

  return (
    <span className={['date-input', className].filter(Boolean).join(' ')}>
      <input
        {...rest}
        ref={setRef}
        name={name}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        size={10}
        defaultValue={value ? formatUkDate(value) : ''}
        onChange={() => onChange?.({ target: own, type: 'change' })}
        onBlur={() => {
          const iso = parseUkOrIsoDate(input.current?.value ?? '');
          if (iso && input.current) input.current.value = formatUkDate(iso);
          onBlur?.({ target: own, type: 'blur' });
        }}
      />
      {/* Named by its content, not aria-label, so looking the field up by its label finds only the text box. */}
      <button type="button" className="date-input-calendar" onClick={pick} disabled={rest.disabled}>
        <span className="visually-hidden">Open calendar{calendarLabel ? ` for ${calendarLabel}` : ''}</span>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" focusable="false">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-input-picker"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          if (!input.current || !e.target.value) return;
          input.current.value = formatUkDate(e.target.value);
          onChange?.({ target: own, type: 'change' });
          input.current.focus();
        }}
      />
    </span>
  );
}
