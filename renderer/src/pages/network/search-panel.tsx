import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatUkDate } from '../../../../shared/dates';
import { SECTORS, type HostResult, type HostSearchInput } from '../../../../shared/domains/network';
import { pksbSectionName, CURRENT_PKSB_EDITION } from '../../../../shared/domains/pksb';
import { useChannel, useCommand } from '../../api/hooks';
import { EmptyState, ErrorMessage } from '../../components/page';
import { OFFER_SECTIONS } from './offer-form';
import { DateInput } from '../../components/date-input';
import { DraftNote } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { useDraft } from '../../components/use-draft';

const sectionName = (code: string) => pksbSectionName(code, CURRENT_PKSB_EDITION);

/** Search the region: host offers by section, role, sector, region, virtual; and where the region is thin. */
export function SearchPanel({ region }: { region: string }) {
  const id = useId();
  const [filters, setFilters] = useState<HostSearchInput>({ section: '', role: '', sector: '', region, virtualOnly: false });
  const [submitted, setSubmitted] = useState<HostSearchInput | null>(null);
  const results = useChannel('network:searchHosts', submitted ?? filters, { enabled: submitted !== null });
  const [showCoverage, setShowCoverage] = useState(false);
  const coverage = useChannel('network:regionCoverage', { region: filters.region }, { enabled: showCoverage });
  const set = <K extends keyof HostSearchInput>(k: K, v: HostSearchInput[K]) => setFilters((f) => ({ ...f, [k]: v }));

  return (
    <div role="search" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Find a host in the network</h3>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted({ ...filters });
        }}
      >
        <div className="toolbar-field">
          <label htmlFor={`${id}-section`}>PKSB section</label>
          <select id={`${id}-section`} value={filters.section} onChange={(e) => set('section', e.target.value)}>
            <option value="">Any section</option>
            {OFFER_SECTIONS.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-role`}>Job role</label>
          <input id={`${id}-role`} value={filters.role} onChange={(e) => set('role', e.target.value)} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-sector`}>Sector</label>
          <select id={`${id}-sector`} value={filters.sector} onChange={(e) => set('sector', e.target.value as HostSearchInput['sector'])}>
            <option value="">Any sector</option>
            {SECTORS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-region`}>Region (empty: all)</label>
          <input id={`${id}-region`} value={filters.region} onChange={(e) => set('region', e.target.value)} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={filters.virtualOnly} onChange={(e) => set('virtualOnly', e.target.checked)} /> Virtual visits only
        </label>
        <button type="submit">Search</button>
        <button type="button" onClick={() => setShowCoverage(true)}>
          Regional coverage
        </button>
      </form>
      <ErrorMessage error={results.error ?? coverage.error} />
      {results.data && results.data.length === 0 && <EmptyState title="No host matches">Try another section, or all regions.</EmptyState>}
      {results.data && results.data.length > 0 && (
        <ul aria-label="Hosts found" style={{ listStyle: 'none', padding: 0 }}>
          {results.data.map((h) => (
            <HostCard key={h.serviceId} host={h} />
          ))}
        </ul>
      )}
      {showCoverage && coverage.data && (
        <table className="data-table">
          <caption>Skills coverage in {filters.region || 'all regions'} (services that share it; fewest at level 3+ first)</caption>
          <thead>
            <tr>
              <th scope="col">PKSB section</th>
              <th scope="col">Services</th>
              <th scope="col">People counted</th>
              <th scope="col">At level 3 or above</th>
            </tr>
          </thead>
          <tbody>
            {coverage.data.map((r) => (
              <tr key={r.section}>
                <td>{pksbSectionName(r.section)}</td>
                <td>{r.services}</td>
                <td>{r.people}</td>
                <td>{r.atLevel3Plus}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function HostCard({ host }: { host: HostResult }) {
  const [planning, setPlanning] = useState(false);
  return (
    <li className="card" aria-label={host.serviceName}>
      <h4>
        {host.serviceName} {host.own && '(your service)'}
      </h4>
      <p>
        {host.region} · {host.sector} · {[host.inPerson && 'in person', host.virtual && 'virtual'].filter(Boolean).join(' and ')}
      </p>
      {host.summary && <p>{host.summary}</p>}
      <p>Sections: {host.sections.map(sectionName).join('; ')}</p>
      {host.roles.length > 0 && <p>Roles: {host.roles.join(', ')}</p>}
      <p>Contacts: {host.contacts.map((c) => [c.name, c.role, c.email].filter(Boolean).join(', ')).join('; ')}</p>
      {host.availability && <p>Availability: {host.availability}</p>}
      {!host.own && !planning && (
        <button type="button" onClick={() => setPlanning(true)}>
          Plan a visit to {host.serviceName}
        </button>
      )}
      {planning && <PlanVisitForm host={host} onDone={() => setPlanning(false)} />}
    </li>
  );
}

export function PlanVisitForm({ host, onDone }: { host: HostResult; onDone: () => void }) {
  const id = useId();
  const team = useChannel('team:list', { includeArchived: false });
  const today = useChannel('system:status', {}).data?.today ?? '';
  const plan = useCommand('network:planVisit');
  const [memberId, setMemberId] = useState('');
  const [visitOn, setVisitOn] = useState('');
  const [mode, setMode] = useState<'in_person' | 'virtual'>(host.inPerson ? 'in_person' : 'virtual');
  const [hours, setHours] = useState('3');
  const [hostPerson, setHostPerson] = useState(host.contacts[0]?.name ?? '');
  const [objectives, setObjectives] = useState('');
  const [planned, setPlanned] = useState<string | null>(null);
  // The objectives are kept as a draft while they are typed, tied to the chosen visitor (erased with them).
  const objectivesDraft = useDraft({
    key: `networkVisit:${host.serviceId}:objectives`,
    value: objectives,
    saved: '',
    onRestore: setObjectives,
    memberId: memberId === '' ? null : Number(memberId),
  });
  if (planned) {
    return (
      <p role="status">
        Planned: {planned}. It is in <Link to="/activities/shadowing">Activities → Shadowing visits</Link>, where it can be logged as CPD after the visit.{' '}
        <button type="button" onClick={onDone}>
          Close
        </button>
      </p>
    );
  }
  return (
    <form
      aria-label={`Plan a visit to ${host.serviceName}`}
      onSubmit={(e) => {
        e.preventDefault();
        plan.mutate(
          { memberId: Number(memberId), hostLibrary: host.serviceName, hostPerson, mode, visitOn, hours: Number(hours), objectives },
          {
            onSuccess: (v) => {
              void objectivesDraft.discard();
              setPlanned(`${v.memberName} visits ${v.hostLibrary} on ${formatUkDate(v.visitOn)}`);
            },
          },
        );
      }}
    >
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor={`${id}-member`}>Who visits</label>
          <select id={`${id}-member`} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
            <option value="">Choose…</option>
            {(team.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-date`}>Visit date</label>
          <DateInput id={`${id}-date`} min={today} value={visitOn} onChange={(e) => setVisitOn(e.target.value)} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-mode`}>How</label>
          <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as 'in_person' | 'virtual')}>
            {host.inPerson && <option value="in_person">In person</option>}
            {host.virtual && <option value="virtual">Virtual</option>}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-hours`}>Hours</label>
          <input id={`${id}-hours`} type="number" min={0.5} max={24} step={0.25} value={hours} onChange={(e) => setHours(e.target.value)} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${id}-host`}>Host contact</label>
          <input id={`${id}-host`} value={hostPerson} onChange={(e) => setHostPerson(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-obj`}>Objectives</label>
        <textarea id={`${id}-obj`} rows={2} value={objectives} onChange={(e) => setObjectives(e.target.value)} />
      </div>
      <DraftNote statuses={[objectivesDraft.status]} onDiscard={() => void objectivesDraft.discard().then(() => setObjectives(''))} />
      <UnsavedGuard when={objectives !== ''} what="The visit you are planning" draftKept />
      <button type="submit">Plan the visit</button>{' '}
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      <ErrorMessage error={plan.error} />
    </form>
  );
}
