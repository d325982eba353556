import type { Mention, RecordRef } from '../../../../shared/domains/privacy';
import { AppError } from '../../../../shared/result';
import type { PrivacyRepo, Row } from './repo';

/** Tables that record privacy work itself: never scanned for mentions. */
const PRIVACY_TABLES = new Set(['subject_access_requests', 'subject_access_withholdings', 'subject_access_mentions', 'erasures']);

export const human = (identifier: string) => identifier.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * Another member's own name, preferred name and email identify *them*: two people may share a
 * name, and those fields are never a mention of someone else (redacting one would harm them).
 */
const IDENTITY_COLUMNS = new Set(['members.name', 'members.preferred_name', 'members.email']);

/** What a manager calls each kind of record; any other table is named from its identifier. */
const RECORD_NAMES: Record<string, string> = {
  members: 'Team member record',
  one_to_ones: 'One-to-one',
  one_to_one_actions: 'One-to-one action',
  one_to_one_agenda_items: 'One-to-one agenda item',
  recognition_nominations: 'Nomination',
  recognition_cycle_events: 'Recognition cycle event',
  external_award_nominations: 'External award nomination',
  agreements: 'Trainee agreement',
  agreement_versions: 'Trainee agreement',
  agreement_log_entries: 'Learning log entry',
  agreement_reviews: 'Progress review',
  agreement_visits: 'Planned visit',
  cpd_entries: 'CPD entry',
  registration_journeys: 'Registration journey',
  registration_evidence: 'Registration evidence',
  revalidation_statements: 'Revalidation statement',
  coaching_records: 'Coaching record',
  coaching_actions: 'Coaching action',
  buddy_pairs: 'Buddying',
  shadowing_visits: 'Shadowing visit',
  action_learning_sets: 'Action learning set',
  action_learning_meetings: 'Action learning meeting',
  action_learning_plans: 'Action learning plan',
  skill_assessments: 'Skills assessment',
  skill_ratings: 'Skill rating',
  drafts: 'Unsaved draft',
  dashboard_dismissals: 'Dismissed dashboard item',
  dashboard_alerts: 'Announced dashboard item',
  action_learning_attendance: 'Action learning attendance',
  agreement_otj_entries: 'Off-the-job training entry',
  agreement_signatures: 'Agreement signature',
  agreement_version_returns: 'Agreement returned to draft',
  external_awards: 'External award',
  member_packs: 'Member pack sent',
  network_offer: 'Regional network shadowing offer',
  network_outbox: 'Regional network change waiting to send',
  network_settings: 'Regional network settings',
  one_to_one_dismissed_hints: 'Dismissed agenda suggestion',
  one_to_one_standing_items: 'Standing one-to-one agenda item',
  one_to_one_series: 'Series of regular one-to-ones',
  recognition_cycles: 'Recognition cycle',
  recognition_schemes: 'Recognition scheme',
  recognition_votes: 'Recognition vote',
  registration_portfolio_items: 'Portfolio checklist item',
  registration_stage_events: 'Registration stage change',
  registrations: 'Professional registration',
  settings: 'Workbench setting',
  skill_coverage_rules: 'Skills coverage rule',
  skill_frameworks: 'Skills framework',
  skill_role_profiles: 'Role profile',
  skill_scale_levels: 'Rating scale label',
  skill_sections: 'Skills framework section',
  skills: 'Skill',
};

/** The manager's word for a kind of record, or null when none has been given (a test keeps that list empty). */
export const recordName = (table: string): string | null => RECORD_NAMES[table] ?? null;

/** Tables with free text that a mention scan reads but that have no manager's word: should be none. */
export const unnamedTextTables = (repo: Pick<PrivacyRepo, 'tables' | 'textColumns'>): string[] =>
  repo.tables().filter((t) => !PRIVACY_TABLES.has(t) && !RECORD_NAMES[t] && repo.textColumns(t).length > 0);

/** "One-to-one, shared notes" */
export const fieldName = (table: string, column: string) => `${RECORD_NAMES[table] ?? human(table)}, ${human(column).toLowerCase()}`;

/**
 * The ways a person is written about: full name, preferred name, first name plus
 * surname (and preferred name plus surname), and email. Deduplicated case-insensitively.
 */
export function mentionTerms(person: { name: string; preferredName: string; email: string }): string[] {
  const words = person.name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const surname = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  const preferred = person.preferredName.trim();
  const candidates = [
    person.name.trim(),
    preferred,
    surname ? `${first} ${surname}` : '',
    preferred && surname ? `${preferred} ${surname}` : '',
    person.email.trim(),
  ];
  const seen = new Set<string>();
  return candidates.filter((t) => {
    const folded = t.normalize('NFC').toLocaleLowerCase('en-GB');
    if (t.length < 2 || seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole words only, any case: "Sam Hill" finds "sam hill" and "Sam  Hill," but not
 * "Sam Hillier" or "Samantha Hill". Longer terms first, so a full name wins over a part of it.
 */
export function mentionPattern(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  const body = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t.normalize('NFC')).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_@.])(?:${body})(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])`, 'giu');
}

/**
 * For each term, its longest run of ASCII letters, lower-cased: any whole-word match of the
 * term, in any case, contains that run (ASCII letters survive NFC/NFD unchanged), so SQL can
 * discard rows without it. Null when a term has no such run (e.g. a name in another script):
 * then every non-empty field is checked. (Unicode folds K to the Kelvin sign and s to long s;
 * text spelling a name with those is not prefiltered in: a cost accepted for speed.)
 */
export function asciiFragments(terms: string[]): string[] | null {
  const fragments = terms.map((t) => {
    const runs = t.normalize('NFC').toLowerCase().match(/[a-z]+/g) ?? [];
    return runs.reduce((best, r) => (r.length > best.length ? r : best), '');
  });
  return fragments.every((f) => f.length >= 2) ? Array.from(new Set(fragments)) : null;
}

export const matchesIn = (text: string, pattern: RegExp): string[] => Array.from(text.normalize('NFC').matchAll(pattern), (m) => m[0]);

/** Replaces each whole-word mention with "[erased]"; every other character stays as written. */
export const redactMentions = (text: string, pattern: RegExp): string => text.normalize('NFC').replace(pattern, '[erased]');

/** Turns a reference from the renderer into key values, refusing anything that is not a real field. */
export function resolveRef(repo: PrivacyRepo, ref: RecordRef, field = 'ref') {
  if (!repo.tables().includes(ref.table) || PRIVACY_TABLES.has(ref.table)) throw AppError.rule('VALIDATION', field, 'names an unknown kind of record');
  if (!repo.textColumns(ref.table).includes(ref.column) || IDENTITY_COLUMNS.has(`${ref.table}.${ref.column}`)) {
    throw AppError.rule('VALIDATION', field, 'names a field that is not free text');
  }
  const keys = repo.keyColumns(ref.table);
  let values: unknown;
  try {
    values = JSON.parse(ref.key);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== keys.length || values.some((v) => v !== null && typeof v !== 'number' && typeof v !== 'string')) {
    throw AppError.rule('VALIDATION', field, 'does not identify a record');
  }
  return { keys, values: values as (string | number | null)[] };
}

const keyOf = (keys: string[], row: Row) => JSON.stringify(keys.map((k) => row[k]));

/** Whose record a row is: a team member it points at directly, or through the record that owns it. */
function ownerName(repo: PrivacyRepo, table: string, row: Row, fks: ReturnType<PrivacyRepo['foreignKeys']>, depth = 0): string | null {
  if (table === 'members') return typeof row.name === 'string' ? row.name : null;
  const direct = fks.filter((fk) => fk.table === table && fk.parent === 'members');
  const id = direct.map((fk) => row[fk.column]).find((v): v is number => typeof v === 'number');
  if (id !== undefined) return repo.memberNames([id]).get(id) ?? null;
  if (depth > 1) return null;
  for (const fk of fks.filter((f) => f.table === table && f.onDelete === 'CASCADE' && f.parent !== 'members')) {
    const parent = repo.rowsWhere(fk.parent, fk.parentColumn, [row[fk.column]])[0];
    const name = parent ? ownerName(repo, fk.parent, parent, fks, depth + 1) : null;
    if (name) return name;
  }
  return null;
}

/**
 * Every text field, outside the rows in `exclude` (the person's own records), that
 * mentions the person as a whole word. A deliberate action, so a full scan is fine.
 */
export function scanMentions(repo: PrivacyRepo, terms: string[], exclude: Map<string, Set<string>>): Mention[] {
  const pattern = mentionPattern(terms);
  if (!pattern) return [];
  const fks = repo.foreignKeys();
  const fragments = asciiFragments(terms);
  const found: Mention[] = [];
  for (const table of repo.tables()) {
    if (PRIVACY_TABLES.has(table)) continue;
    const columns = repo.textColumns(table).filter((c) => !IDENTITY_COLUMNS.has(`${table}.${c}`));
    if (columns.length === 0) continue;
    const keys = repo.keyColumns(table);
    const skip = exclude.get(table);
    for (const row of repo.iterateText(table, keys, columns, fragments)) {
      const key = keyOf(keys, row);
      if (skip?.has(key)) continue;
      for (const column of columns) {
        const text = row[column];
        if (typeof text !== 'string' || text === '') continue;
        const matches = matchesIn(text, pattern);
        if (matches.length === 0) continue;
        found.push({ ref: { table, key, column }, where: fieldName(table, column), whose: null, text, matches });
      }
    }
  }
  for (const m of found) {
    const { keys, values } = resolveRef(repo, m.ref);
    const row = repo.rowByKey(m.ref.table, keys, values);
    m.whose = row ? ownerName(repo, m.ref.table, row, fks) : null;
  }
  return found;
}

export { keyOf };
