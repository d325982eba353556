import type pg from 'pg';
import type { CoverageSection, HostContact, HostResult, HostSearchInput, OfferInput } from '../../../../shared/domains/network';

/** SQL against the region's PostgreSQL database. Every row is keyed to the connecting role (RLS). */

export interface ServiceProfile {
  name: string;
  region: string;
  sector: string;
}

export type OutboxChange =
  | { kind: 'offer'; payload: OfferInput }
  | { kind: 'withdraw'; payload: Record<string, never> }
  | { kind: 'coverage'; payload: { sections: CoverageSection[] } };

export async function upsertService(client: pg.ClientBase, profile: ServiceProfile): Promise<void> {
  await client.query(
    `INSERT INTO services (name, region, sector) VALUES ($1, $2, $3)
     ON CONFLICT (owner) DO UPDATE SET name = excluded.name, region = excluded.region, sector = excluded.sector, updated_at = now()`,
    [profile.name, profile.region, profile.sector],
  );
}

/**
 * Applies one outbox change inside the caller's transaction, unless its idempotency
 * key was applied before (a retry after a lost acknowledgement). Returns whether it applied.
 */
export async function applyChange(client: pg.ClientBase, key: string, change: OutboxChange): Promise<boolean> {
  const claimed = await client.query(
    `INSERT INTO applied_changes (idempotency_key, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING idempotency_key`,
    [key, change.kind],
  );
  if (claimed.rowCount === 0) return false;
  if (change.kind === 'offer') {
    const o = change.payload;
    const contacts: HostContact[] = o.contacts.filter((c) => c.agreed);
    await client.query(
      `INSERT INTO offers (published, summary, sections, roles, in_person, virtual, contacts, availability)
       VALUES (true, $1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (owner) DO UPDATE SET published = true, summary = excluded.summary, sections = excluded.sections,
         roles = excluded.roles, in_person = excluded.in_person, virtual = excluded.virtual, contacts = excluded.contacts,
         availability = excluded.availability, revision = offers.revision + 1, updated_at = now()`,
      [o.summary, o.sections, o.roles, o.inPerson, o.virtual, JSON.stringify(contacts), o.availability],
    );
  } else if (change.kind === 'withdraw') {
    // Withdrawn: the row stays (its revision counts changes) but nothing in it is readable by others.
    await client.query(
      `UPDATE offers SET published = false, contacts = '[]'::jsonb, revision = revision + 1, updated_at = now() WHERE owner = current_user`,
    );
  } else {
    await client.query('DELETE FROM coverage WHERE owner = current_user');
    for (const s of change.payload.sections) {
      for (const [level, people] of s.counts.entries()) {
        await client.query('INSERT INTO coverage (section, level, people, group_size) VALUES ($1, $2, $3, $4)', [s.section, level, people, s.groupSize]);
      }
    }
  }
  return true;
}

interface HostRow {
  owner: string;
  name: string;
  region: string;
  sector: string;
  own: boolean;
  summary: string;
  sections: string[];
  roles: string[];
  in_person: boolean;
  virtual: boolean;
  contacts: HostContact[];
  availability: string;
}

const toHost = (r: HostRow): HostResult => ({
  serviceId: r.owner,
  serviceName: r.name,
  region: r.region,
  sector: r.sector,
  own: r.own,
  summary: r.summary,
  sections: r.sections,
  roles: r.roles,
  inPerson: r.in_person,
  virtual: r.virtual,
  contacts: r.contacts,
  availability: r.availability,
});

/** Published host offers, filtered by section, role (words in any role), sector, region and virtual visits. */
export async function searchHosts(client: pg.ClientBase, f: HostSearchInput, limit = 100): Promise<HostResult[]> {
  const { rows } = await client.query<HostRow>(
    `SELECT s.owner, s.name, s.region, s.sector, s.owner = current_user AS own, o.summary, o.sections, o.roles,
            o.in_person, o.virtual, o.contacts, o.availability
       FROM offers o JOIN services s ON s.owner = o.owner
      WHERE o.published
        AND ($1 = '' OR o.sections @> ARRAY[$1]::text[])
        AND ($2 = '' OR EXISTS (SELECT 1 FROM unnest(o.roles) r WHERE r ILIKE '%' || $2 || '%'))
        AND ($3 = '' OR s.sector = $3)
        AND ($4 = '' OR lower(s.region) = lower($4))
        AND (NOT $5 OR o.virtual)
      ORDER BY own, lower(s.region) = lower($6) DESC, s.name
      LIMIT $7`,
    [f.section, f.role.replace(/[%_\\]/g, (c) => `\\${c}`), f.sector, f.region, f.virtualOnly, f.region, limit],
  );
  return rows.map(toHost);
}

/** Per PKSB section across a region: services publishing, people counted, people at level 3 or above. */
export async function regionCoverage(client: pg.ClientBase, region: string) {
  const { rows } = await client.query<{ section: string; services: number; people: number; high: number }>(
    `SELECT c.section, count(DISTINCT c.owner)::int AS services, sum(c.people)::int AS people,
            coalesce(sum(c.people) FILTER (WHERE c.level >= 3), 0)::int AS high
       FROM coverage c JOIN services s ON s.owner = c.owner
      WHERE $1 = '' OR lower(s.region) = lower($1)
      GROUP BY c.section
      ORDER BY high, c.section`,
    [region],
  );
  return rows.map((r) => ({ section: r.section, services: r.services, people: r.people, atLevel3Plus: r.high }));
}
