import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingFn,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS, type Member } from '../../../../shared/domains/team';
import { formatUkDate } from '../../../../shared/dates';
import { plural } from '../../../../shared/plural';
import { byFoldedName, searchFold } from '../../../../shared/search-fold';

/** Text columns sort as names do (see byFoldedName), not by code point, which put Łukasz after Zoë. */
const byFolded: SortingFn<Member> = (a, b, id) => byFoldedName(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));

/** Above this many rows only the visible ones are drawn, so a 2,000-person network scrolls smoothly. */
const VIRTUALISE_FROM = 100;
const ROW_HEIGHT = 45;

interface TeamTableProps {
  members: Member[];
  onEdit: (m: Member) => void;
  onArchive: (m: Member) => void;
  onRestore: (m: Member) => void;
}

const searchable = (m: Member) =>
  searchFold([m.name, m.preferredName, m.jobTitle, m.grade, m.team, m.email, m.cilipNumber, EMPLOYMENT_TYPE_LABELS[m.employmentType]].join(' '));

export function TeamTable({ members, onEdit, onArchive, onRestore }: TeamTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [search, setSearch] = useState('');
  const [team, setTeam] = useState('');
  const [type, setType] = useState('');
  const id = useId();
  const [visibility, setVisibility] = useState<VisibilityState>({ email: false, cilipNumber: false });

  const teams = useMemo(() => Array.from(new Set(members.map((m) => m.team))).sort(byFoldedName), [members]);
  const filtered = useMemo(
    () =>
      members.filter(
        (m) =>
          (!team || m.team === team) &&
          (!type || m.employmentType === type) &&
          (!search.trim() || searchable(m).includes(searchFold(search.trim()))),
      ),
    [members, team, type, search],
  );

  const columns = useMemo<ColumnDef<Member>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        accessorFn: (m) => m.name,
        sortingFn: byFolded,
        cell: ({ row }) => (
          <>
            <Link to={`/team/${row.original.id}`}>{row.original.name}</Link>
            {row.original.preferredName && <span className="muted"> ({row.original.preferredName})</span>}
            {row.original.leftOn && <span className="badge">Leaver</span>}
          </>
        ),
        enableHiding: false,
      },
      { id: 'jobTitle', header: 'Job title', accessorKey: 'jobTitle', sortingFn: byFolded },
      { id: 'grade', header: 'Grade / band', accessorKey: 'grade', sortingFn: byFolded },
      { id: 'team', header: 'Team / service point', accessorKey: 'team', sortingFn: byFolded },
      { id: 'employmentType', header: 'Employment type', accessorFn: (m) => EMPLOYMENT_TYPE_LABELS[m.employmentType] },
      { id: 'fte', header: 'FTE', accessorKey: 'fte', cell: ({ getValue }) => (getValue() as number).toFixed(2) },
      {
        id: 'startDate',
        header: 'Start date',
        accessorFn: (m) => m.startDate ?? '',
        cell: ({ row }) => formatUkDate(row.original.startDate),
      },
      { id: 'email', header: 'Email', accessorKey: 'email' },
      { id: 'cilipNumber', header: 'CILIP number', accessorKey: 'cilipNumber' },
      {
        id: 'actions',
        header: 'Actions',
        enableSorting: false,
        enableHiding: false,
        cell: ({ row }) => {
          const m = row.original;
          return (
            <div className="row-actions">
              <button type="button" onClick={() => onEdit(m)} aria-label={`Edit ${m.name}`}>
                Edit
              </button>
              {m.leftOn ? (
                <button type="button" onClick={() => onRestore(m)} aria-label={`Restore ${m.name}`}>
                  Restore
                </button>
              ) : (
                <button type="button" onClick={() => onArchive(m)} aria-label={`Archive ${m.name}`}>
                  Archive
                </button>
              )}
            </div>
          );
        },
      },
    ],
    [onEdit, onArchive, onRestore],
  );

  const table = useReactTable({
    data: filtered,
    columns,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALISE_FROM;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  });
  const windowed = virtual ? virtualizer.getVirtualItems() : null;
  const padTop = windowed?.[0]?.start ?? 0;
  const padBottom = windowed ? virtualizer.getTotalSize() - (windowed.at(-1)?.end ?? 0) : 0;
  const visibleRows = (windowed ? windowed.map((v) => v.index) : rows.map((_, i) => i)).flatMap((position) => {
    const row = rows[position];
    return row ? [{ row, position }] : [];
  });
  const columnCount = table.getVisibleLeafColumns().length;

  const filtering = Boolean(search || team || type);
  const clear = () => {
    setSearch('');
    setTeam('');
    setType('');
  };

  return (
    <>
      <div className="toolbar" role="search" aria-label="Filter the team">
        <div className="toolbar-field">
          <label htmlFor={`${id}-search`}>Search team</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Name, role, email…"
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-team`}>Service point</label>
          <select id={`${id}-team`} value={team} onChange={(e) => setTeam(e.target.value)}>
            <option value="">All service points</option>
            {teams.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-type`}>Employment type</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">All types</option>
            {EMPLOYMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EMPLOYMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <details className="column-menu">
          <summary>Columns</summary>
          <fieldset>
            <legend>Show columns</legend>
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id} className="checkbox">
                  <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
                  {String(c.columnDef.header)}
                </label>
              ))}
          </fieldset>
        </details>
      </div>
      <p className="muted" role="status">
        {filtered.length === members.length ? plural(members.length, 'person', 'people') : `${filtered.length} of ${plural(members.length, 'person', 'people')}`}
      </p>
      {filtered.length === 0 ? (
        <div className="empty-state">
          <p>No one matches these filters.</p>
          {filtering && (
            <button type="button" onClick={clear}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <div className={virtual ? 'table-wrap table-scroll' : 'table-wrap'} ref={scrollRef} tabIndex={virtual ? 0 : undefined} aria-label={virtual ? 'Team members, scrollable' : undefined} role={virtual ? 'region' : undefined}>
          <table className="data-table" aria-rowcount={rows.length + 1}>
            <caption className="visually-hidden">Team members</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      >
                        {header.column.getCanSort() ? (
                          <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                            {flexRender(header.column.columnDef.header, header.getContext())}
                            <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                          </button>
                        ) : (
                          flexRender(header.column.columnDef.header, header.getContext())
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true" style={{ height: padTop }}>
                  <td colSpan={columnCount} />
                </tr>
              )}
              {visibleRows.map(({ row, position }) => (
                <tr key={row.id} aria-rowindex={position + 2} className={row.original.leftOn ? 'row-archived' : undefined}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))}
              {padBottom > 0 && (
                <tr aria-hidden="true" style={{ height: padBottom }}>
                  <td colSpan={columnCount} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
