import type Database from 'better-sqlite3';
import { createAssessmentsRepo } from './repo-assessments';
import { createDashboardRepo } from './repo-dashboard';
import { createFrameworksRepo } from './repo-frameworks';
import { createRelevanceRepo } from './repo-relevance';

/** All SQL of the skills domain, split by table family (repo-*.ts). */
export function createSkillsRepo(db: Database.Database) {
  return {
    frameworks: createFrameworksRepo(db),
    relevance: createRelevanceRepo(db),
    assessments: createAssessmentsRepo(db),
    dashboard: createDashboardRepo(db),
  };
}

export type SkillsRepo = ReturnType<typeof createSkillsRepo>;
