import { Suspense } from 'react';
import { formatUkDate } from '../../../shared/dates';
import { useChannel } from '../api/hooks';
import { ErrorMessage, Loading, Page } from '../components/page';
import { SETTINGS_SECTIONS } from '../sections';

export default function SettingsPage() {
  const status = useChannel('system:status', {});
  const backups = useChannel('system:listBackups', {});
  if (status.isPending) return <Loading />;
  const s = status.data;
  return (
    <Page title="Settings">
      <ErrorMessage error={status.error ?? backups.error} />
      {s && (
        <section className="card" aria-labelledby="data-heading">
          <h2 id="data-heading">Your data</h2>
          <p>
            Everything is stored on this computer in one SQLite file. To keep it somewhere else, start the app with the
            environment variable <code>WORKBENCH_DATA_DIR</code> set to a folder.
          </p>
          <dl className="facts">
            <div>
              <dt>Data folder</dt>
              <dd>
                <code>{s.dataDir}</code>
              </dd>
            </div>
            <div>
              <dt>Database file</dt>
              <dd>
                <code>{s.databaseFile}</code>
              </dd>
            </div>
            <div>
              <dt>App version</dt>
              <dd>
                {s.version} (data format {s.schemaVersion})
              </dd>
            </div>
            <div>
              <dt>Running as</dt>
              <dd>{s.transport === 'electron' ? 'Desktop app' : 'Browser (npm run start:web)'}</dd>
            </div>
          </dl>
        </section>
      )}
      <section className="card" aria-labelledby="backups-heading">
        <h2 id="backups-heading">Backups</h2>
        <p>A copy of your data is taken each time the app starts. The newest 7 copies are kept in the backups folder.</p>
        {backups.data?.length === 0 && <p>No backups yet: one is taken the next time the app starts.</p>}
        {backups.data && backups.data.length > 0 && (
          <table className="data-table">
            <caption className="visually-hidden">Backups</caption>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">File</th>
                <th scope="col">Size</th>
              </tr>
            </thead>
            <tbody>
              {backups.data.map((b) => (
                <tr key={b.fileName}>
                  <td>
                    {formatUkDate(b.createdAt)} {b.createdAt.slice(11, 16)} UTC
                  </td>
                  <td>
                    <code>{b.fileName}</code>
                  </td>
                  <td>{Math.ceil(b.sizeBytes / 1024)} KB</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Suspense fallback={<Loading />}>
        {SETTINGS_SECTIONS.map((Section, i) => (
          <Section key={i} />
        ))}
      </Suspense>
    </Page>
  );
}
