import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/open';
import { createNetworkRepo } from '../../../electron/main/domains/network/repo';
import { createNetworkService, OUTBOX_KEEP_SENT_DAYS } from '../../../electron/main/domains/network/service';
import type { OfferInput } from '../../../shared/domains/network';

const offer = (availability: string): OfferInput => ({
  summary: 'Shadow a health librarian',
  sections: ['5'],
  roles: ['Clinical librarian'],
  inPerson: true,
  virtual: false,
  contacts: [{ name: 'Siân ap Dŵr', role: 'Clinical librarian', email: '', agreed: true }],
  availability,
});

const outbox = (db: Database.Database) =>
  db.prepare<[], { availability: string; sent: number }>(`SELECT json_extract(payload, '$.availability') AS availability, sent_at IS NOT NULL AS sent FROM network_outbox ORDER BY id`).all();

describe('network outbox pruning', () => {
  it(`forgets changes delivered more than ${OUTBOX_KEEP_SENT_DAYS} days ago, keeps recent ones and never drops one still waiting`, () => {
    let now = new Date('2026-09-01T10:00:00.000Z');
    const db = openDatabase(':memory:');
    const net = createNetworkService({ db: () => db, clock: () => now, emit: () => undefined }, { env: { WORKBENCH_NETWORK_URL: 'postgres://unused' }, autoDeliver: false });
    const tx = (fn: () => void) => db.transaction(fn)();
    const markSent = (availability: string) => {
      const row = db.prepare<[string], { id: number }>(`SELECT id FROM network_outbox WHERE json_extract(payload, '$.availability') = ?`).get(availability);
      createNetworkRepo(db).markSent(row!.id, now.toISOString());
    };
    tx(() => net.connect({ serviceName: 'Aberystwyth Health Library', region: 'Wales', sector: 'health', connectionString: '', tlsMode: 'disable', tlsCa: '' }));
    tx(() => net.publishOffer(offer('Mondays (sent in September)')));
    markSent('Mondays (sent in September)');
    tx(() => net.publishOffer(offer('Tuesdays (never sent)')));

    now = new Date('2026-11-20T10:00:00.000Z');
    tx(() => net.publishOffer(offer('Wednesdays (sent in November)')));
    markSent('Wednesdays (sent in November)');

    now = new Date('2026-11-30T10:00:00.000Z');
    tx(() => net.publishOffer(offer('Thursdays (new)')));

    expect(outbox(db)).toEqual([
      { availability: 'Tuesdays (never sent)', sent: 0 },
      { availability: 'Wednesdays (sent in November)', sent: 1 },
      { availability: 'Thursdays (new)', sent: 0 },
    ]);
    expect(net.status().pending).toBe(2);
    db.close();
  });
});
