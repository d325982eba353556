import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Shipped migrations are frozen (as Actual Budget's schema guard): a manager's
 * database has already run them, so an edit would never reach it and two
 * workbenches at the same schema version would differ. A change goes in a new
 * numbered file. sha256 of each file with line endings normalised to LF, so a
 * checkout with CRLF does not count as a change.
 *
 * When a new migration ships, add its line here (the failure message prints it).
 */
const SHIPPED: Record<string, string> = {
  '0001_team.sql': '6c616c22b04afead28e243c999b79c78970c4870684d9b398b206b4baa9ebc22',
  '0002_skills.sql': '51d3dd6acaddb1de284edeccece253ca83ede13159483cf0a0d2fcaa3e930d8f',
  '0003_registration.sql': '1bb90e5cd273eb1a85c54c2e51b8e0b1ce1e7ef5b2ac844e7ea7d2e98db97fc2',
  '0004_agreements.sql': '05cf2016f9ccd4fb1d8cf084cc6c11b8f97fd707ea5500520e3b4026ed3873ae',
  '0005_recognition.sql': '7cd8c55c3f1eefb436ce9135262eff2d07a5a02c71785057f935eae6ffad4976',
  '0006_one_to_ones_activities.sql': 'b93895036f6c02e058e5172ef531314665d5fc9a8bfdfcb69e87877851afc6ae',
  '0007_skill_section_totals.sql': 'a9e96c54ec9a3409085de2280a2b37ebdf30157a4457bd06b48bc125774ac51e',
  '0008_recognition_panels_award_sources.sql': '9b835f620c7215f704f0332d58649728183bb866a02f355bd2abff8c20653dcb',
  '0009_pksb_editions_registration_rules.sql': '90497b8aed83d90c92218d8fb85e90e948ea83a5296c66fac6a0243030d6d3dd',
  '0010_drafts_attendance.sql': '725d4cbe70320f0c6cc1ad0772e9cc34e75dc9c6b223652e4855647858781c6d',
  '0011_agreement_signers.sql': 'c7d6a75d00615b137eafeb39485a10215460dfb2d2a5bcdb45617268269fa76f',
  '0012_privacy_requests_erasures.sql': 'e9d6a0c3e2f6144c0a24fb60682543507fa230f8ff502c677c1cc30203f8bf8d',
  '0013_network_outbox.sql': '8de555d7a1226a349ff61e19e3772eb9fb924dfb89f9fd4504ac93f0df264814',
  '0014_member_pack.sql': 'dfe8541afbe93c465c51e24f00b6de418a8ebb9ffe9f2e3b64c57665b2b9c0f2',
  '0015_one_rule_one_place.sql': 'd1e9c01eb0e21f4cbcdc75fb6238ce5200324eca5dc999dc829872c881945c3c',
  '0016_dashboard_dismissals.sql': '12e332acf30813aefec3cb9735e9103fd202c9e75718747af8dec3d47cff2caa',
  '0017_cpd_links.sql': 'b964fd25bc7427646da3c9fc54c123c6888bbf8334c0cefe7bfb93abeeb8c71e',
  '0018_one_to_one_standing_series.sql': '0d70416f2a87817ad5b3dafa9e2cf2246e94585565dc4f5bd9c259a09ebe17ac',
  '0019_dashboard_alerts.sql': 'ed40d9638bc845ce6d08978557ffa0dc7709197d9cf77dbcdc908258c4f02b33',
  '0020_one_to_one_series_slots.sql': '8f7501cffdbc43bbc1a835d33dc3060c96fec9649498debdc6acd7d6d3b823b3',
  '0021_agreement_dates_in_force.sql': 'bfae2277dd2e1681a5aaab5d6db941992b9c3831d0be1eab97659e945ab43043',
};

const DIR = path.resolve('electron/main/db/migrations');

export const hashOfMigration = (text: string) => createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');

function present(): Record<string, string> {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.sql')).sort();
  return Object.fromEntries(files.map((f) => [f, hashOfMigration(fs.readFileSync(path.join(DIR, f), 'utf8'))]));
}

describe('shipped migrations are frozen', () => {
  it('no shipped migration file was edited or removed', () => {
    const now = present();
    const problems = Object.entries(SHIPPED).flatMap(([file, hash]) =>
      !(file in now)
        ? [`${file} was shipped and is now missing: put it back (a manager's database has already run it).`]
        : now[file] !== hash
          ? [`${file} changed after it shipped (sha256 ${now[file]}, shipped ${hash}): undo the edit and put the change in a new numbered migration.`]
          : [],
    );
    expect(problems).toEqual([]);
  });

  it('every migration file has a listed hash', () => {
    const unlisted = Object.entries(present())
      .filter(([file]) => !(file in SHIPPED))
      .map(([file, hash]) => `${file} has no listed hash: when this migration ships, add  '${file}': '${hash}',  to SHIPPED in tests/db/migrations-frozen.test.ts.`);
    expect(unlisted).toEqual([]);
  });

  it('line endings do not count as a change', () => {
    expect(hashOfMigration('CREATE TABLE t (x);\r\nSELECT 1;\r\n')).toBe(hashOfMigration('CREATE TABLE t (x);\nSELECT 1;\n'));
    expect(hashOfMigration('CREATE TABLE t (x);\n')).not.toBe(hashOfMigration('CREATE TABLE t (y);\n'));
  });
});
