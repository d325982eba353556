import type Database from 'better-sqlite3';
import { createAssessmentsRepo } from './assessments-repo';
import { createDashboardRepo } from './dashboard-repo';
import { createFrameworksRepo } from './frameworks-repo';
import { createRelevanceRepo } from './relevance-repo';

/** All SQL of the skills domain, split by table family (*-repo.ts). */
export function createSkillsRepo(db: Database.Database) {
  return {
    frameworks: createFrameworksRepo(db),
    relevance: createRelevanceRepo(db),
    assessments: createAssessmentsRepo(db),
    dashboard: createDashboardRepo(db),
  };
}

export type SkillsRepo = ReturnType<typeof createSkillsRepo>;
