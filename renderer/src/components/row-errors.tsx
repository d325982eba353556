import type { RowError } from '../../../shared/domains/common';

/** An import preview's problems for one row, each naming the row so it can be found in the file. */
export function RowErrors({ rowNumber, errors }: { rowNumber: number; errors: RowError[] }) {
  if (errors.length === 0) return <>—</>;
  return (
    <ul className="row-errors">
      {errors.map((e) => (
        <li key={e.field + e.message}>
          Row {rowNumber}: {e.message}
        </li>
      ))}
    </ul>
  );
}
