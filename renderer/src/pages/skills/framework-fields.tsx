import type { ComponentPropsWithRef } from 'react';
import { PKSB_EDITIONS, PKSB_EDITION_LABELS } from '../../../../shared/domains/pksb';
import { controlProps, Field, type FieldErrorValue } from '../../components/field';

/*
 * A framework's name, version and PKSB edition: the same fields whether it is typed in (FrameworkForm,
 * react-hook-form's register) or imported from a file (FrameworkImportDialog, plain state). Each control
 * takes the props of its element, so either way of holding the value fits.
 */

/** The framework's name and version. */
export function FrameworkNameFields({
  name,
  version,
  nameLabel = 'Name',
  errors = {},
}: {
  name: ComponentPropsWithRef<'input'>;
  version: ComponentPropsWithRef<'input'>;
  nameLabel?: string;
  errors?: { name?: FieldErrorValue | undefined; version?: FieldErrorValue | undefined };
}) {
  return (
    <>
      <Field label={nameLabel} error={errors.name}>
        {(ids) => <input {...controlProps(ids)} {...name} />}
      </Field>
      <Field label="Version" error={errors.version} hint="For example: 2021 or Team edition 1">
        {(ids) => <input {...controlProps(ids)} {...version} />}
      </Field>
    </>
  );
}

/** The PKSB edition the framework follows, or none (the empty option: a framework of our own). */
export function EditionField({
  edition,
  label,
  hint,
  error,
}: {
  edition: ComponentPropsWithRef<'select'>;
  label: string;
  hint?: string;
  error?: FieldErrorValue | undefined;
}) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(ids) => (
        <select id={ids.id} aria-describedby={ids.describedBy} {...edition}>
          {PKSB_EDITIONS.map((x) => (
            <option key={x} value={x}>
              {PKSB_EDITION_LABELS[x]}
            </option>
          ))}
          <option value="">Not the PKSB (our own framework)</option>
        </select>
      )}
    </Field>
  );
}
