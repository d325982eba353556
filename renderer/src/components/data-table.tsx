import type { ReactNode } from 'react';

interface DataTableProps {
  /** Column headings, in order; each becomes a `th scope="col"`. */
  columns: ReactNode[];
  /** The table's name: a visible caption, or an aria-label when the heading above already says it. */
  caption?: ReactNode;
  label?: string;
  /** The rows (`tr`s). */
  children: ReactNode;
  /** Wide tables scroll inside `table-wrap` instead of widening the page. */
  wrap?: boolean;
}

/** The one data table: named, with column headings, beside a chart showing the same figures or on its own. */
export function DataTable({ columns, caption, label, children, wrap = false }: DataTableProps) {
  const table = (
    <table className="data-table" aria-label={label}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return wrap ? <div className="table-wrap">{table}</div> : table;
}
