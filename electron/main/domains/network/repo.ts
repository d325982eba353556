import type Database from 'better-sqlite3';
import type { HostContact, Offer, OfferInput } from '../../../../shared/domains/network';

/** Local SQLite for the regional network: settings, this service's offer and the outbox (migration 0013). */

interface SettingsRow {
  service_name: string;
  region: string;
  sector: string;
  connection_enc: Buffer | null;
  tls_mode: 'disable' | 'require' | 'verify-full';
  tls_ca: string;
  enabled: number;
  share_coverage: number;
  min_group_size: number;
  last_published_at: string | null;
  last_error: string;
}

export interface NetworkSettings {
  serviceName: string;
  region: string;
  sector: string;
  connectionEnc: Buffer | null;
  tlsMode: 'disable' | 'require' | 'verify-full';
  tlsCa: string;
  enabled: boolean;
  shareCoverage: boolean;
  minGroupSize: number;
  lastPublishedAt: string | null;
  lastError: string;
}

const toSettings = (r: SettingsRow): NetworkSettings => ({
  serviceName: r.service_name,
  region: r.region,
  sector: r.sector,
  connectionEnc: r.connection_enc,
  tlsMode: r.tls_mode,
  tlsCa: r.tls_ca,
  enabled: r.enabled === 1,
  shareCoverage: r.share_coverage === 1,
  minGroupSize: r.min_group_size,
  lastPublishedAt: r.last_published_at,
  lastError: r.last_error,
});

interface OfferRow {
  status: 'published' | 'withdrawn';
  summary: string;
  sections: string;
  roles: string;
  in_person: number;
  virtual: number;
  contacts: string;
  availability: string;
  updated_at: string;
}

const toOffer = (r: OfferRow): Offer => ({
  status: r.status,
  summary: r.summary,
  sections: JSON.parse(r.sections) as string[],
  roles: JSON.parse(r.roles) as string[],
  inPerson: r.in_person === 1,
  virtual: r.virtual === 1,
  contacts: JSON.parse(r.contacts) as HostContact[],
  availability: r.availability,
  updatedAt: r.updated_at,
});

export interface OutboxRow {
  id: number;
  idempotency_key: string;
  kind: 'offer' | 'withdraw' | 'coverage';
  payload: string;
  attempts: number;
}

export function createNetworkRepo(db: Database.Database) {
  return {
    settings: (): NetworkSettings | null => {
      const row = db.prepare<[], SettingsRow>('SELECT * FROM network_settings WHERE id = 1').get();
      return row ? toSettings(row) : null;
    },
    saveSettings: (s: Omit<NetworkSettings, 'lastPublishedAt' | 'lastError' | 'shareCoverage' | 'minGroupSize'>, now: string) => {
      db.prepare(
        `INSERT INTO network_settings (id, service_name, region, sector, connection_enc, tls_mode, tls_ca, enabled, updated_at)
         VALUES (1, @serviceName, @region, @sector, @connectionEnc, @tlsMode, @tlsCa, @enabled, @now)
         ON CONFLICT (id) DO UPDATE SET service_name = excluded.service_name, region = excluded.region, sector = excluded.sector,
           connection_enc = excluded.connection_enc, tls_mode = excluded.tls_mode, tls_ca = excluded.tls_ca,
           enabled = excluded.enabled, updated_at = excluded.updated_at`,
      ).run({ ...s, enabled: s.enabled ? 1 : 0, now });
    },
    disable: (now: string) => {
      db.prepare(`UPDATE network_settings SET enabled = 0, connection_enc = NULL, updated_at = ? WHERE id = 1`).run(now);
    },
    setCoverage: (share: boolean, minGroupSize: number, now: string) => {
      db.prepare(`UPDATE network_settings SET share_coverage = ?, min_group_size = ?, updated_at = ? WHERE id = 1`).run(share ? 1 : 0, minGroupSize, now);
    },
    recordDelivery: (lastPublishedAt: string | null, lastError: string) => {
      db.prepare(`UPDATE network_settings SET last_published_at = coalesce(?, last_published_at), last_error = ? WHERE id = 1`).run(
        lastPublishedAt,
        lastError.slice(0, 500),
      );
    },

    offer: (): Offer | null => {
      const row = db.prepare<[], OfferRow>('SELECT * FROM network_offer WHERE id = 1').get();
      return row ? toOffer(row) : null;
    },
    saveOffer: (o: OfferInput, now: string) => {
      db.prepare(
        `INSERT INTO network_offer (id, status, summary, sections, roles, in_person, virtual, contacts, availability, updated_at)
         VALUES (1, 'published', @summary, @sections, @roles, @inPerson, @virtual, @contacts, @availability, @now)
         ON CONFLICT (id) DO UPDATE SET status = 'published', summary = excluded.summary, sections = excluded.sections,
           roles = excluded.roles, in_person = excluded.in_person, virtual = excluded.virtual, contacts = excluded.contacts,
           availability = excluded.availability, updated_at = excluded.updated_at`,
      ).run({
        summary: o.summary,
        sections: JSON.stringify(o.sections),
        roles: JSON.stringify(o.roles),
        inPerson: o.inPerson ? 1 : 0,
        virtual: o.virtual ? 1 : 0,
        contacts: JSON.stringify(o.contacts),
        availability: o.availability,
        now,
      });
    },
    withdrawOffer: (now: string) => db.prepare(`UPDATE network_offer SET status = 'withdrawn', updated_at = ? WHERE id = 1`).run(now).changes,

    enqueue: (key: string, kind: OutboxRow['kind'], payload: unknown, now: string) => {
      db.prepare('INSERT INTO network_outbox (idempotency_key, kind, payload, created_at) VALUES (?, ?, ?, ?)').run(key, kind, JSON.stringify(payload), now);
    },
    pending: (): OutboxRow[] =>
      db.prepare<[], OutboxRow>('SELECT id, idempotency_key, kind, payload, attempts FROM network_outbox WHERE sent_at IS NULL ORDER BY id').all(),
    pendingCount: (): number => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM network_outbox WHERE sent_at IS NULL').get()?.n ?? 0,
    markSent: (id: number, now: string) => {
      db.prepare('UPDATE network_outbox SET sent_at = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE id = ?').run(now, now, '', id);
    },
    /**
     * Forgets delivered changes sent before `before` (an ISO instant). Rows not yet sent are never
     * touched, so nothing waiting is lost; the server keeps its own record of applied keys, and keys
     * are random UUIDs, so a pruned key is never reused and a lost acknowledgement still resends once.
     */
    pruneSent: (before: string): number =>
      db.prepare('DELETE FROM network_outbox WHERE sent_at IS NOT NULL AND sent_at < ?').run(before).changes,
    markFailed: (id: number, now: string, error: string) => {
      db.prepare('UPDATE network_outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE id = ?').run(now, error.slice(0, 500), id);
    },

    /**
     * People per level in each section of the default framework, from each current
     * member's latest shared assessment (level = their section average, rounded, at most 4).
     * Counts only: no member id or name leaves this query.
     */
    coverageCounts: (): { section: string; level: number; people: number }[] =>
      db
        .prepare<[], { section: string; level: number; people: number }>(
          `WITH latest AS (
             SELECT (SELECT a.id FROM skill_assessments a
                      WHERE a.member_id = m.id AND a.shared = 1
                        AND a.framework_id = (SELECT id FROM skill_frameworks WHERE is_default = 1)
                      ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1) AS assessment_id
               FROM members m WHERE m.left_on IS NULL
           )
           SELECT s.code AS section, min(4, max(0, CAST(round(CAST(t.total AS REAL) / t.rated) AS INTEGER))) AS level, count(*) AS people
             FROM latest l
             JOIN skill_section_totals t ON t.assessment_id = l.assessment_id AND t.rated > 0
             JOIN skill_sections s ON s.id = t.section_id
            GROUP BY s.code, level
            ORDER BY s.code, level`,
        )
        .all(),
  };
}

export type NetworkRepo = ReturnType<typeof createNetworkRepo>;
