import type Database from 'better-sqlite3';
import { DEFAULT_FULL_TIME_WEEK_HOURS, FULL_TIME_WEEK_KEY, fullTimeWeekHours, type TeamSettings } from '../../../../shared/domains/team';
import { createSettingsRepo } from '../system/repo';

/** The full-time week in hours from Settings (37 when never set, or when the stored value is unreadable). */
export function readFullTimeWeekHours(db: Database.Database): number {
  const raw = createSettingsRepo(db).get(FULL_TIME_WEEK_KEY);
  const parsed = fullTimeWeekHours.safeParse(raw === null ? NaN : Number(raw));
  return parsed.success ? parsed.data : DEFAULT_FULL_TIME_WEEK_HOURS;
}

export function readTeamSettings(db: Database.Database): TeamSettings {
  return { fullTimeWeekHours: readFullTimeWeekHours(db) };
}

export function writeTeamSettings(db: Database.Database, settings: TeamSettings): TeamSettings {
  createSettingsRepo(db).set(FULL_TIME_WEEK_KEY, String(settings.fullTimeWeekHours));
  return readTeamSettings(db);
}
