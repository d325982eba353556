import type Database from 'better-sqlite3';
import type { AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { createActivitiesService } from '../activities/service';
import { desktopVault } from './credentials';
import { createNetworkService, type NetworkService } from './service';

const services = new WeakMap<Database.Database, NetworkService>();

/** The network service serving a store (tests drive its delivery directly). */
export const networkServiceFor = (db: Database.Database): NetworkService | undefined => services.get(db);

/** The regional network: connection, offer, coverage, search, and planning a visit from a result. */
export function networkModule(ctx: AppContext): DomainModule {
  const service = createNetworkService({ db: () => ctx.db, clock: ctx.clock, emit: ctx.emit });
  services.set(ctx.db, service);
  if (ctx.transport === 'electron') {
    void desktopVault().then(service.setVault, () => undefined);
  }
  service.resume();
  return {
    domain: 'network',
    handlers: {
      'network:status': () => service.status(),
      'network:connect': (input) => service.connect(input),
      'network:disconnect': () => service.disconnect(),
      'network:check': asyncHandler(async () => service.check()),
      'network:publishOffer': (input) => service.publishOffer(input),
      'network:withdrawOffer': () => service.withdrawOffer(),
      'network:previewCoverage': ({ minGroupSize }) => service.coverage(minGroupSize),
      'network:setCoverage': ({ share, minGroupSize }) => service.setCoverage(share, minGroupSize),
      'network:sync': () => service.sync(),
      'network:searchHosts': asyncHandler(async (input: Parameters<NetworkService['searchHosts']>[0]) => service.searchHosts(input)),
      'network:regionCoverage': asyncHandler(async ({ region }: { region: string }) => service.regionCoverage(region)),
      // A planned visit is the activities domain's shadowing visit: logged as CPD from there as today.
      'network:planVisit': (input) => createActivitiesService(ctx).createVisit({ ...input, reflection: '' }),
    },
  };
}
