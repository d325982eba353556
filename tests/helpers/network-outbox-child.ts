/**
 * Child process for the outbox kill test: queues an offer in a file database and
 * starts delivering it; `afterServerCommit` kills the process with SIGKILL right
 * after the server committed the change and before the outbox row is marked sent,
 * the worst moment for exactly-once delivery.
 *   node child.cjs <dataDir> <connectionString>
 */
import path from 'node:path';
import { openDatabase } from '../../electron/main/db/open';
import { createNetworkService } from '../../electron/main/domains/network/service';

const [dataDir, url] = process.argv.slice(2) as [string, string];
const db = openDatabase(path.join(dataDir, 'workbench.sqlite'));
const service = createNetworkService(
  { db: () => db, clock: () => new Date('2026-11-23T10:00:00.000Z'), emit: () => undefined },
  {
    env: { WORKBENCH_NETWORK_URL: url },
    autoDeliver: false,
    afterServerCommit: () => {
      process.stdout.write('committed\n');
      process.kill(process.pid, 'SIGKILL');
    },
  },
);
db.transaction(() => {
  service.connect({ serviceName: 'Aberystwyth Health Library', region: 'Wales', sector: 'health', connectionString: '', tlsMode: 'disable', tlsCa: '' });
  service.publishOffer({
    summary: 'Virtual tours of our knowledge service',
    sections: ['2'],
    roles: ['Knowledge manager'],
    inPerson: false,
    virtual: true,
    contacts: [{ name: 'Siân ap Dŵr', role: 'Knowledge manager', email: '', agreed: true }],
    availability: 'Mondays',
  });
})();
process.stdout.write('queued\n');
void service.flush();
