import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  COVERAGE_LEVELS,
  type CheckResult,
  type ConnectInput,
  type CoverageSection,
  type HostSearchInput,
  type NetworkStatus,
  type OfferInput,
} from '../../../../shared/domains/network';
import { AppError } from '../../../../shared/result';
import { sessionVault, ENV_URL, type CredentialVault } from './credentials';
import { assertCompatible, describeServerError, openServer, serverSchemaVersion, type ConnectionConfig } from './pg-client';
import { createNetworkRepo } from './repo';
import { applyChange, regionCoverage, searchHosts, upsertService, type OutboxChange } from './server-repo';

export interface NetworkContext {
  /** Read each time: a restore or re-encryption swaps the store. */
  db: () => Database.Database;
  clock: () => Date;
  emit: (event: string) => void;
}

export interface NetworkOptions {
  vault?: CredentialVault;
  env?: Record<string, string | undefined>;
  /** Send the outbox on its own after each change and retry with back-off (off in tests that drive delivery). */
  autoDeliver?: boolean;
  /** Test seam: runs after the server committed a change and before the outbox row is marked sent. */
  afterServerCommit?: (key: string) => void;
}

const RETRY_BASE_MS = 2_000;
const RETRY_MAX_MS = 5 * 60_000;

/**
 * The regional network: settings and credentials, the offer and coverage (each written
 * with its outbox row in the caller's transaction), and delivery of the outbox to the
 * region's PostgreSQL database, exactly once per change thanks to idempotency keys.
 */
/** How long a delivered outbox row is kept (for the record of what was sent) before it is pruned. */
export const OUTBOX_KEEP_SENT_DAYS = 30;

export function createNetworkService(ctx: NetworkContext, options: NetworkOptions = {}) {
  let vault = options.vault ?? sessionVault;
  const env = options.env ?? process.env;
  const repo = () => createNetworkRepo(ctx.db());
  const now = () => ctx.clock().toISOString();
  /** Web version: the connection string typed this session, kept in memory only. */
  let sessionUrl: string | null = null;
  let running: Promise<number> | null = null;
  let rerun = false;
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  let profileDirty = false;

  const credentialSource = (): NetworkStatus['credentialSource'] => {
    const s = repo().settings();
    if (s?.connectionEnc) return 'keychain';
    if (sessionUrl) return 'session';
    if (env[ENV_URL]) return 'environment';
    return 'none';
  };

  const config = (): ConnectionConfig | null => {
    const s = repo().settings();
    if (!s?.enabled) return null;
    const connectionString = s.connectionEnc ? vault.open(s.connectionEnc) : (sessionUrl ?? env[ENV_URL] ?? '');
    return connectionString ? { connectionString, tlsMode: s.tlsMode, tlsCa: s.tlsCa } : null;
  };

  const status = (): NetworkStatus => {
    const r = repo();
    const s = r.settings();
    return {
      configured: s !== null,
      enabled: s?.enabled ?? false,
      serviceName: s?.serviceName ?? '',
      region: s?.region ?? '',
      sector: s?.sector ?? '',
      tlsMode: s?.tlsMode ?? 'require',
      credentialSource: credentialSource(),
      pending: r.pendingCount(),
      lastPublishedAt: s?.lastPublishedAt ?? null,
      lastError: s?.lastError ?? '',
      shareCoverage: s?.shareCoverage ?? false,
      minGroupSize: s?.minGroupSize ?? 5,
      offer: r.offer(),
    };
  };

  /** Delivered changes older than this many days are pruned from the outbox. */
  const keepSentMs = OUTBOX_KEEP_SENT_DAYS * 24 * 60 * 60 * 1000;
  const pruneCutoff = () => new Date(ctx.clock().getTime() - keepSentMs).toISOString();

  const enqueue = (change: OutboxChange) => {
    const r = repo();
    r.enqueue(crypto.randomUUID(), change.kind, change.payload, now());
    // In the same transaction as the change: the outbox holds what waits plus a month of what was sent.
    r.pruneSent(pruneCutoff());
  };

  /** Counts per level for sections with at least `minGroupSize` people rated; others held back whole. */
  const coverage = (minGroupSize: number) => {
    const bySection = new Map<string, number[]>();
    for (const row of repo().coverageCounts()) {
      const counts = bySection.get(row.section) ?? COVERAGE_LEVELS.map(() => 0);
      counts[row.level] = row.people;
      bySection.set(row.section, counts);
    }
    const published: CoverageSection[] = [];
    const withheld: string[] = [];
    for (const [section, counts] of bySection) {
      const groupSize = counts.reduce((a, b) => a + b, 0);
      if (groupSize >= minGroupSize) published.push({ section, groupSize, counts });
      else withheld.push(section);
    }
    return { published, withheld, minGroupSize };
  };

  const schedule = (delay: number) => {
    if (options.autoDeliver === false) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
    timer.unref();
  };

  /** One pass: sends every pending change in order; stops at the first failure (kept for a retry). */
  const deliverOnce = async (): Promise<number> => {
    const r = repo();
    const settings = r.settings();
    if (!settings?.enabled || (r.pendingCount() === 0 && !profileDirty)) return 0;
    const cfg = config();
    if (!cfg) {
      r.recordDelivery(null, 'Enter the connection string again to send the waiting changes (the web version keeps it for one session only).');
      return 0;
    }
    let delivered = 0;
    let client: Awaited<ReturnType<typeof openServer>> | null = null;
    // A failure before the first change is sent counts as an attempt on it (the retry count the outbox shows).
    let current: number | null = r.pending()[0]?.id ?? null;
    try {
      client = await openServer(cfg);
      assertCompatible(await serverSchemaVersion(client));
      await upsertService(client, { name: settings.serviceName, region: settings.region, sector: settings.sector });
      profileDirty = false;
      for (const row of repo().pending()) {
        current = row.id;
        await client.query('BEGIN');
        await applyChange(client, row.idempotency_key, { kind: row.kind, payload: JSON.parse(row.payload) } as OutboxChange);
        await client.query('COMMIT');
        options.afterServerCommit?.(row.idempotency_key);
        const at = now();
        const local = repo();
        local.markSent(row.id, at);
        local.recordDelivery(at, '');
        delivered += 1;
      }
      current = null;
      failures = 0;
      repo().pruneSent(pruneCutoff());
    } catch (error) {
      await client?.query('ROLLBACK').catch(() => undefined);
      const message = describeServerError(error);
      try {
        const local = repo();
        if (current !== null) local.markFailed(current, now(), message);
        local.recordDelivery(null, message);
      } catch {
        // the store was closed or swapped under us; the outbox row stays pending
      }
      failures += 1;
      schedule(Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(failures - 1, 10)));
    } finally {
      await client?.end().catch(() => undefined);
    }
    return delivered;
  };

  /** Sends the outbox; concurrent calls share one run, and a change made meanwhile gets another pass. */
  const flush = (): Promise<number> => {
    if (running) {
      rerun = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        rerun = false;
        try {
          total += await deliverOnce();
        } catch {
          // the store was closed (app closing) or swapped: the outbox keeps the rows for the next run
          return total;
        }
      } while (rerun);
      return total;
    })().finally(() => {
      running = null;
      try {
        ctx.emit('network:changed');
      } catch {
        // no views to tell
      }
    });
    return running;
  };

  const kick = () => schedule(0);

  /** Opens a short-lived connection for a read, with the same compatibility rule as delivery. */
  const withServer = async <T>(fn: (client: Awaited<ReturnType<typeof openServer>>) => Promise<T>): Promise<T> => {
    const cfg = config();
    if (!cfg) throw new AppError('UNSUPPORTED', 'Connect to the regional network in Settings first (and enter the connection string for this session).', 'connectionString');
    let client: Awaited<ReturnType<typeof openServer>> | null = null;
    try {
      client = await openServer(cfg);
      assertCompatible(await serverSchemaVersion(client));
      return await fn(client);
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      throw new AppError(code === '42501' || code === '28P01' ? 'FORBIDDEN' : 'UNSUPPORTED', describeServerError(error));
    } finally {
      await client?.end().catch(() => undefined);
    }
  };

  return {
    setVault: (v: CredentialVault) => {
      vault = v;
    },
    status,
    coverage,
    flush,
    /** Starts delivery of whatever is waiting (at start-up). */
    resume: () => {
      const s = repo().settings();
      if (s?.enabled && repo().pendingCount() > 0) schedule(RETRY_BASE_MS);
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },

    connect: (input: ConnectInput) => {
      const r = repo();
      const existing = r.settings();
      let connectionEnc = existing?.connectionEnc ?? null;
      if (input.connectionString) {
        connectionEnc = vault.seal(input.connectionString);
        sessionUrl = connectionEnc ? null : input.connectionString;
      } else if (!connectionEnc && !sessionUrl && !env[ENV_URL]) {
        throw AppError.of('VALIDATION', 'required', { field: 'connectionString' });
      }
      r.saveSettings(
        { serviceName: input.serviceName, region: input.region, sector: input.sector, connectionEnc, tlsMode: input.tlsMode, tlsCa: input.tlsCa, enabled: true },
        now(),
      );
      // The service's name, region and sector go to the server on the next delivery, even with an empty outbox.
      profileDirty = true;
      failures = 0;
      kick();
      return status();
    },
    disconnect: () => {
      const r = repo();
      if (!r.settings()) throw new AppError('NOT_FOUND', 'This workbench is not connected to a regional network');
      r.disable(now());
      sessionUrl = null;
      if (timer) clearTimeout(timer);
      timer = null;
      return status();
    },
    check: async (): Promise<CheckResult> => {
      const s = repo().settings();
      if (!s?.enabled) return { state: 'not-configured', message: 'Not connected to a regional network.', serverVersion: null };
      const cfg = config();
      if (!cfg) return { state: 'offline', message: 'Enter the connection string for this session.', serverVersion: null };
      let client: Awaited<ReturnType<typeof openServer>> | null = null;
      try {
        client = await openServer(cfg);
        const version = await serverSchemaVersion(client);
        try {
          assertCompatible(version);
        } catch (error) {
          return { state: 'incompatible', message: (error as Error).message, serverVersion: version };
        }
        return { state: 'online', message: 'Connected to the regional network.', serverVersion: version };
      } catch (error) {
        return { state: 'offline', message: describeServerError(error), serverVersion: null };
      } finally {
        await client?.end().catch(() => undefined);
      }
    },

    publishOffer: (input: OfferInput) => {
      // Only contacts who agreed are kept for publishing; the local copy keeps all, with their choice.
      repo().saveOffer(input, now());
      enqueue({ kind: 'offer', payload: { ...input, contacts: input.contacts.filter((c) => c.agreed) } });
      kick();
      return status();
    },
    withdrawOffer: () => {
      const r = repo();
      if (r.offer()?.status !== 'published') throw new AppError('NOT_FOUND', 'There is no published offer to withdraw');
      r.withdrawOffer(now());
      enqueue({ kind: 'withdraw', payload: {} });
      kick();
      return status();
    },
    setCoverage: (share: boolean, minGroupSize: number) => {
      const r = repo();
      if (!r.settings()) throw new AppError('VALIDATION', 'Connect to a regional network before sharing skills coverage', 'share');
      r.setCoverage(share, minGroupSize, now());
      enqueue({ kind: 'coverage', payload: { sections: share ? coverage(minGroupSize).published : [] } });
      kick();
      return status();
    },
    sync: () => {
      failures = 0;
      kick();
      return status();
    },

    searchHosts: (filters: HostSearchInput) => withServer((c) => searchHosts(c, filters)),
    regionCoverage: (region: string) => withServer((c) => regionCoverage(c, region)),
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
