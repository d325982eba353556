import skeleton from '../../resources/frameworks/pksb-sections.json';

/** The PKSB section skeleton (codes and names only), shipped as a resource file. */
export interface PksbSection {
  code: string;
  name: string;
  group: string;
}
export const PKSB_SECTIONS: readonly PksbSection[] = skeleton.sections;
export const PKSB_SECTION_CODES = PKSB_SECTIONS.map((s) => s.code);
export const pksbSectionName = (code: string) => PKSB_SECTIONS.find((s) => s.code === code)?.name ?? code;
