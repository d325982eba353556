import { PKSB_SECTIONS, pksbSectionsOf, type PksbEdition } from '../../../../shared/domains/pksb';
import type {
  Framework,
  FrameworkInput,
  FrameworkSummary,
  ProfileInput,
  RatingScale,
  SectionInput,
  SkillInput,
} from '../../../../shared/domains/skills';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { DEMO_FRAMEWORK, DEMO_SKILLS, demoSkillCode } from './demo-framework';
import type { PlannedSection, RawSkillRow } from './import';
import type { SkillsRepo } from './repo';

/** Rules for frameworks, sections, skills, the rating scale and relevance. */
export function createFrameworkService(ctx: AppContext, repo: SkillsRepo) {
  const { frameworks, relevance } = repo;

  const requireFramework = (id: number, field = 'id'): FrameworkSummary => {
    const found = frameworks.get(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'skills framework', id: id } });
    return found;
  };
  const get = (id: number): Framework => ({ ...requireFramework(id), sections: frameworks.sections(id) });

  const checkNewVersion = (name: string, version: string) => {
    if (frameworks.findByNameVersion(name, version) !== null) {
      throw AppError.rule('CONFLICT', 'version', `"${version}" of ${name} already exists; give the new one another version name`, 'conflict.duplicate');
    }
  };

  /** Creates a framework version from checked sections and rows (the import and the demo both come here). */
  const insertFramework = (
    f: { name: string; version: string; edition?: PksbEdition | null; description: string; isDemo: boolean },
    sections: PlannedSection[],
    rows: Omit<RawSkillRow, 'rowNumber'>[],
  ): number => {
    checkNewVersion(f.name, f.version);
    const id = frameworks.insert(f, nowIso(ctx));
    const sectionIds = new Map<string, number>();
    for (const s of sections) sectionIds.set(s.code.toLowerCase(), frameworks.insertSection(id, s.code, s.name, s.isLocal));
    for (const r of rows) {
      const sectionId = sectionIds.get(r.sectionCode.toLowerCase());
      if (sectionId === undefined) throw AppError.rule('VALIDATION', 'sectionCode', `"${r.sectionCode}" is unknown`);
      frameworks.insertSkill({ frameworkId: id, sectionId, code: r.code, title: r.title, description: r.description });
    }
    if (frameworks.list().every((x) => !x.isDefault)) frameworks.setDefault(id);
    return id;
  };

  const scale = (): RatingScale => frameworks.scale();

  return {
    requireFramework,
    get,
    list: () => frameworks.list(),
    scale,
    /** The framework dashboards use when none is chosen: the manager's default, else the newest. */
    defaultId: () => frameworks.defaultId(),
    insertFramework,
    checkNewVersion,
    create: (input: FrameworkInput): FrameworkSummary => {
      if (input.withPksbSections && input.edition === null) {
        throw AppError.of('VALIDATION', 'required', { field: 'edition', params: { detail: 'choose the PKSB edition whose sections to start with' } });
      }
      const sections =
        input.withPksbSections && input.edition !== null
          ? pksbSectionsOf(input.edition).map((s) => ({ code: s.code, name: s.name, isLocal: false }))
          : [];
      const id = insertFramework(
        { name: input.name, version: input.version, edition: input.edition, description: input.description, isDemo: false },
        sections,
        [],
      );
      return requireFramework(id);
    },
    createDemo: (): number => {
      const sections = PKSB_SECTIONS.map((s) => ({ code: s.code, name: s.name, isLocal: false }));
      const rows = PKSB_SECTIONS.flatMap((s) =>
        (DEMO_SKILLS[s.code] ?? []).map((title, i) => ({ sectionCode: s.code, sectionName: s.name, code: demoSkillCode(s.code, i + 1), title, description: '' })),
      );
      // The demo's invented skills hang on the 2012 wheel's codes.
      return insertFramework({ ...DEMO_FRAMEWORK, edition: '2012', isDemo: true }, sections, rows);
    },
    setDefault: (id: number): FrameworkSummary => {
      requireFramework(id);
      frameworks.setDefault(id);
      return requireFramework(id);
    },
    addSection: (input: SectionInput): Framework => {
      requireFramework(input.frameworkId, 'frameworkId');
      if (frameworks.sectionIdByCode(input.frameworkId, input.code) !== null) {
        throw AppError.of('CONFLICT', 'conflict.duplicate', { field: 'code', params: { by: 'another section of this framework' } });
      }
      frameworks.insertSection(input.frameworkId, input.code, input.name, true);
      return get(input.frameworkId);
    },
    addSkill: (input: SkillInput): Framework => {
      requireFramework(input.frameworkId, 'frameworkId');
      const section = frameworks.section(input.sectionId);
      if (!section || section.framework_id !== input.frameworkId) {
        throw AppError.rule('VALIDATION', 'sectionId', 'is not a section of this framework');
      }
      if (frameworks.skillIdByCode(input.frameworkId, input.code) !== null) {
        throw AppError.of('CONFLICT', 'conflict.duplicate', { field: 'code', params: { by: 'another skill in this framework' } });
      }
      frameworks.insertSkill(input);
      return get(input.frameworkId);
    },
    /** Fixing a title or description keeps the code, so past ratings stay attached. */
    updateSkill: (id: number, title: string, description: string): Framework => {
      const found = frameworks.skill(id);
      if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'skill', id: id } });
      frameworks.updateSkill(id, title, description);
      return get(found.framework_id);
    },
    newVersion: (fromId: number, version: string): FrameworkSummary => {
      const from = get(fromId);
      const sections = from.sections.map((s) => ({ code: s.code, name: s.name, isLocal: s.isLocal }));
      const rows = from.sections.flatMap((s) =>
        s.skills.filter((k) => !k.retiredOn).map((k) => ({ sectionCode: s.code, sectionName: s.name, code: k.code, title: k.title, description: k.description })),
      );
      const id = insertFramework({ name: from.name, version, edition: from.edition, description: from.description, isDemo: from.isDemo }, sections, rows);
      return requireFramework(id);
    },
    /** Retiring hides a skill from new ratings; past ratings and history stay. */
    retireSkill: (id: number, retired: boolean): Framework => {
      const found = frameworks.skill(id);
      if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'skill', id: id } });
      frameworks.retire(id, retired ? (found.retired_on ?? todayOf(ctx)) : null);
      return get(found.framework_id);
    },
    setScaleLabels: (labels: string[]): RatingScale => {
      const used = frameworks.maxRatingUsed();
      if (used !== null && used > labels.length - 1) {
        throw AppError.rule('VALIDATION', 'labels', `must cover level ${used}, which existing ratings use`, 'tooFew', { min: used + 1 });
      }
      frameworks.replaceScale(labels);
      return scale();
    },
    listProfiles: (frameworkId: number) => {
      requireFramework(frameworkId, 'frameworkId');
      return relevance.list(frameworkId);
    },
    saveProfile: (input: ProfileInput) => {
      requireFramework(input.frameworkId, 'frameworkId');
      if (input.id !== null) {
        const existing = relevance.get(input.id);
        if (!existing || existing.frameworkId !== input.frameworkId) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'role profile', id: input.id } });
      }
      const clash = relevance.idByName(input.frameworkId, input.name);
      if (clash !== null && clash !== input.id) throw AppError.of('CONFLICT', 'conflict.duplicate', { field: 'name', params: { by: 'another role profile' } });
      input.notRelevantSkillIds.forEach((skillId, i) => {
        if (frameworks.skill(skillId)?.framework_id !== input.frameworkId) {
          throw AppError.rule('VALIDATION', `notRelevantSkillIds.${i}`, `${skillId} is not in this framework version`);
        }
      });
      const id = relevance.save(input.id, input.frameworkId, input.name, input.notRelevantSkillIds);
      const saved = relevance.get(id);
      if (!saved) throw new AppError('INTERNAL', 'The role profile was not saved.');
      return saved;
    },
    deleteProfile: (id: number) => {
      if (!relevance.get(id)) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'role profile', id: id } });
      relevance.delete(id);
      return { id };
    },
    memberProfile: (memberId: number) => ({ profileId: relevance.memberProfile(memberId) }),
    assignProfile: (memberId: number, profileId: number | null) => {
      if (profileId !== null && !relevance.get(profileId)) throw AppError.of('NOT_FOUND', 'notFound', { field: 'profileId', params: { thing: 'role profile', id: profileId } });
      relevance.assign(memberId, profileId);
      return { profileId };
    },
    setRelevance: (memberId: number, skillId: number, relevant: boolean | null) => {
      if (!frameworks.skill(skillId)) throw AppError.of('NOT_FOUND', 'notFound', { field: 'skillId', params: { thing: 'skill', id: skillId } });
      relevance.setOverride(memberId, skillId, relevant);
      return { relevant: relevance.isRelevant(memberId, skillId) };
    },
  };
}

export type FrameworkService = ReturnType<typeof createFrameworkService>;
