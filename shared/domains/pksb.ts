import skeleton from '../../resources/frameworks/pksb-sections.json';

/**
 * The PKSB section skeletons (codes and names only) of each edition, shipped as a resource file:
 * the 2012 wheel and the current edition (© CILIP 2021, which adds Data management and Knowledge
 * management and renames several areas). Skills stay licensed data the manager imports.
 */
export const PKSB_EDITIONS = ['2012', '2021'] as const;
export type PksbEdition = (typeof PKSB_EDITIONS)[number];
export const CURRENT_PKSB_EDITION: PksbEdition = '2021';

export interface PksbSection {
  code: string;
  name: string;
  group: string;
}

const editionOf = (edition: PksbEdition) => {
  const found = skeleton.editions.find((e) => e.edition === edition);
  if (!found) throw new Error(`pksb-sections.json has no edition ${edition}`);
  return found;
};

export const PKSB_EDITION_LABELS: Record<PksbEdition, string> = {
  '2012': editionOf('2012').label,
  '2021': editionOf('2021').label,
};

/** One edition's sections, in wheel order. */
export const pksbSectionsOf = (edition: PksbEdition): readonly PksbSection[] => editionOf(edition).sections;

/** The 2012 wheel: the codes CPD entries and the demo framework have always used. */
export const PKSB_SECTIONS: readonly PksbSection[] = pksbSectionsOf('2012');
export const PKSB_SECTION_CODES = PKSB_SECTIONS.map((s) => s.code);

/** A section code's name in the given edition (the 2012 wheel, then the current edition, when none is given). */
export const pksbSectionName = (code: string, edition?: PksbEdition) => {
  const editions = edition ? [edition] : (['2012', '2021'] as const);
  for (const e of editions) {
    const found = pksbSectionsOf(e).find((s) => s.code === code);
    if (found) return found.name;
  }
  return code;
};

const comparable = (name: string) => name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();

/** The skeleton section a file's row names, by code or by name ("&" and "and" alike), in one edition. */
export function findPksbSection(edition: PksbEdition, code: string, name: string): PksbSection | null {
  const sections = pksbSectionsOf(edition);
  const byCode = sections.find((s) => s.code.toLowerCase() === code.trim().toLowerCase());
  if (byCode) return byCode;
  const wanted = comparable(name);
  return wanted === '' ? null : (sections.find((s) => comparable(s.name) === wanted) ?? null);
}
