import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { LEVEL_LABELS, LEVELS, STAGE_LABELS, STAGES, type JourneySummary } from '../../../../shared/domains/registration';
import { durationText, ukOrDash } from './format';
import { JourneyStatus } from './journey-status';
import { PlannedSubmission } from './planned-submission';

const columns: ColumnDef<JourneySummary>[] = [
  {
    id: 'member',
    header: 'Member',
    accessorFn: (j) => j.memberName,
    cell: ({ row }) => <Link to={`/registration/journeys/${row.original.id}`}>{row.original.memberName}</Link>,
  },
  {
    id: 'level',
    header: 'Level',
    accessorFn: (j) => LEVELS.indexOf(j.level),
    cell: ({ row }) => `${LEVEL_LABELS[row.original.level]}${row.original.kind === 'revalidation' ? ' (revalidation)' : ''}`,
  },
  { id: 'stage', header: 'Stage', accessorFn: (j) => STAGES.indexOf(j.stage), cell: ({ row }) => STAGE_LABELS[row.original.stage] },
  {
    id: 'time',
    header: 'Time in stage',
    accessorFn: (j) => j.daysInStage,
    cell: ({ row }) => (
      <>
        {durationText(row.original.daysInStage)} <span className="muted">(since {ukOrDash(row.original.stageChangedOn)})</span>
      </>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    // Stalled journeys sort by how long they have been silent; the rest after them.
    accessorFn: (j) => (j.drift.stalled ? j.drift.daysSince : -1),
    cell: ({ row }) => <JourneyStatus journey={row.original} />,
  },
  {
    id: 'planned',
    header: 'Planned submission',
    accessorFn: (j) => j.plannedSubmissionOn ?? '9999-12-31',
    cell: ({ row }) => <PlannedSubmission plannedOn={row.original.plannedSubmissionOn} stage={row.original.stage} />,
  },
];

/** Open journeys; the app's order (stalled first, then longest in stage) until the manager sorts by a column. */
export function JourneysTable({ journeys }: { journeys: JourneySummary[] }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const data = useMemo(() => journeys, [journeys]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Registration journeys, stalled first</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
