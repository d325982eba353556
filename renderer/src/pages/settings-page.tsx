import { Suspense } from 'react';
import { useChannel } from '../api/hooks';
import { ErrorMessage, Loading, Page } from '../components/page';
import { SETTINGS_SECTIONS } from '../sections';
import { BackupsCard } from './settings/backups-card';
import { EncryptionCard } from './settings/encryption-card';

export default function SettingsPage() {
  const status = useChannel('system:status', {});
  if (status.isPending) return <Loading />;
  const s = status.data;
  return (
    <Page title="Settings">
      <ErrorMessage error={status.error} />
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
      <BackupsCard />
      <EncryptionCard />
      <Suspense fallback={<Loading />}>
        {SETTINGS_SECTIONS.map((Section, i) => (
          <Section key={i} />
        ))}
      </Suspense>
    </Page>
  );
}
