import { useEffect, useId, useState } from 'react';
import { SECTORS, TLS_MODES, type ConnectInput } from '../../../../shared/domains/network';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { CoveragePanel } from './coverage-panel';
import { OfferForm } from './offer-form';
import { SearchPanel } from './search-panel';
import { formatInstant } from './format';

const CREDENTIAL_WORDS = {
  keychain: 'stored encrypted by this computer’s keychain',
  session: 'kept for this session only (the web version never stores it)',
  environment: 'read from WORKBENCH_NETWORK_URL',
  none: 'not entered',
} as const;

/** Settings → Regional network: connect to the region's PostgreSQL database, publish, search. */
export default function NetworkSettings() {
  const status = useChannel('network:status', {});
  const connect = useCommand('network:connect');
  const disconnect = useCommand('network:disconnect');
  const sync = useCommand('network:sync');
  const [checking, setChecking] = useState(false);
  const check = useChannel('network:check', {}, { enabled: checking, staleTime: 0 });
  const id = useId();
  const [form, setForm] = useState<ConnectInput>({ serviceName: '', region: '', sector: 'public', connectionString: '', tlsMode: 'require', tlsCa: '' });
  const s = status.data;
  useEffect(() => {
    if (s?.configured) setForm((f) => ({ ...f, serviceName: s.serviceName, region: s.region, sector: s.sector as ConnectInput['sector'], tlsMode: s.tlsMode }));
  }, [s?.configured, s?.serviceName, s?.region, s?.sector, s?.tlsMode]);
  const set = <K extends keyof ConnectInput>(k: K, v: ConnectInput[K]) => setForm((f) => ({ ...f, [k]: v }));

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Regional network</h2>
      <p>
        Share your service’s shadowing offer with other library services in your region and find hosts for your team, through a PostgreSQL
        database the region runs. Nothing is shared until you publish; staff names and individual ratings never leave this computer.
      </p>
      {s && (
        <p className="info-banner" role="status" aria-label="Network status">
          {s.enabled ? `Connected as ${s.serviceName} (${s.region}). ` : 'Not connected: the workbench works on its own as before. '}
          {s.enabled && `Connection string ${CREDENTIAL_WORDS[s.credentialSource]}. `}
          {s.lastPublishedAt ? `Last published ${formatInstant(s.lastPublishedAt)}. ` : s.enabled ? 'Nothing published yet. ' : ''}
          {s.pending > 0 && `${s.pending} change${s.pending === 1 ? '' : 's'} waiting to be sent. `}
          {s.lastError && s.pending > 0 && s.lastError}
        </p>
      )}
      <form
        className="form-grid"
        aria-label="Connection"
        onSubmit={(e) => {
          e.preventDefault();
          connect.mutate(form, { onSuccess: () => set('connectionString', '') });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Library service name</label>
          <input id={`${id}-name`} value={form.serviceName} onChange={(e) => set('serviceName', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-region`}>Region</label>
          <input id={`${id}-region`} value={form.region} onChange={(e) => set('region', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sector`}>Sector</label>
          <select id={`${id}-sector`} value={form.sector} onChange={(e) => set('sector', e.target.value as ConnectInput['sector'])}>
            {SECTORS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>Connection string</label>
          <p className="hint" id={`${id}-url-hint`}>
            postgresql://your-service-role:password@host:5432/region — from the region’s database administrator.
            {s?.enabled && ' Leave empty to keep the one already entered.'}
          </p>
          <input
            id={`${id}-url`}
            type="password"
            autoComplete="off"
            aria-describedby={`${id}-url-hint`}
            value={form.connectionString}
            onChange={(e) => set('connectionString', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tls`}>TLS</label>
          <select id={`${id}-tls`} value={form.tlsMode} onChange={(e) => set('tlsMode', e.target.value as ConnectInput['tlsMode'])}>
            {TLS_MODES.map((x) => (
              <option key={x} value={x}>
                {x === 'disable' ? 'Off (same machine or private network only)' : x === 'require' ? 'Encrypted' : 'Encrypted, server certificate checked'}
              </option>
            ))}
          </select>
        </div>
        {form.tlsMode === 'verify-full' && (
          <div className="field">
            <label htmlFor={`${id}-ca`}>Certificate authority (PEM)</label>
            <textarea id={`${id}-ca`} rows={3} value={form.tlsCa} onChange={(e) => set('tlsCa', e.target.value)} />
          </div>
        )}
        <div className="toolbar">
          <button type="submit">{s?.enabled ? 'Save connection' : 'Connect'}</button>
          {s?.enabled && (
            <>
              <button type="button" onClick={() => sync.mutate({})}>
                Send now
              </button>
              <button type="button" onClick={() => (checking ? void check.refetch() : setChecking(true))}>
                Check connection
              </button>
              <button type="button" className="danger" onClick={() => disconnect.mutate({})}>
                Disconnect
              </button>
            </>
          )}
        </div>
      </form>
      {checking && check.data && (
        <p role="status" aria-label="Connection check" className={check.data.state === 'online' ? 'info-banner' : 'error-banner'}>
          {check.data.message}
        </p>
      )}
      <ErrorMessage error={status.error ?? connect.error ?? disconnect.error ?? sync.error ?? check.error} />
      {s?.configured && (
        <>
          <OfferForm offer={s.offer} />
          <CoveragePanel share={s.shareCoverage} minGroupSize={s.minGroupSize} />
          {s.enabled && <SearchPanel region={s.region} />}
        </>
      )}
    </section>
  );
}
