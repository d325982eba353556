import type { UseFormRegisterReturn } from 'react-hook-form';
import { LEVELS, LEVEL_LABELS } from '../../../../shared/domains/registration';
import { Field, type FieldErrorValue } from '../../components/field';

/** The Level select of a new journey and of a registration: one list of levels, worded once. */
export function LevelField({ control, error }: { control: UseFormRegisterReturn<'level'>; error?: FieldErrorValue | undefined }) {
  return (
    <Field label="Level" error={error}>
      {(ids) => (
        <select {...control} id={ids.id} aria-describedby={ids.describedBy}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
