import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFrameworkImport, rowsFromJson, rowsFromTable } from '../../../electron/main/domains/skills/import';
import { parseCsv } from '../../../electron/main/lib/tabular';
import { averageOf, defaultComparisonPair, describeRule, directionOf } from '../../../shared/domains/skills-dashboard';
import { rateInput } from '../../../shared/domains/skills';
import { PKSB_EDITION_LABELS, pksbSectionsOf } from '../../../shared/domains/pksb';
import skeleton from '../../../resources/frameworks/pksb-sections.json';

describe('comparison rules', () => {
  it('gives each skill a direction, and none when it was rated only once', () => {
    expect(directionOf(1, 3)).toBe('up');
    expect(directionOf(3, 1)).toBe('down');
    expect(directionOf(2, 2)).toBe('same');
    expect(directionOf(null, 2)).toBe('unrated');
  });

  it('averages only rated skills, to one decimal place', () => {
    expect(averageOf([1, 2, null, 2])).toBe(1.7);
    expect(averageOf([null])).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1 }), (values) => {
        const avg = averageOf(values);
        return avg !== null && avg >= Math.min(...values) && avg <= Math.max(...values);
      }),
    );
  });

  it('describes a coverage rule in one readable sentence', () => {
    expect(describeRule({ minPeople: 1, minLevel: 3, servicePoint: '', targetLabel: '5.2 Copyright' })).toBe(
      'At least 1 person at level 3 or above in 5.2 Copyright at each service point',
    );
  });

  it('accepts a rating only as a whole number on the scale', () => {
    expect(rateInput.safeParse({ assessmentId: 1, skillId: 1, current: 4 }).success).toBe(true);
    expect(rateInput.safeParse({ assessmentId: 1, skillId: 1, target: -1 }).error?.issues[0]?.path).toEqual(['target']);
    expect(rateInput.safeParse({ assessmentId: 1, skillId: 1, current: 2.5 }).success).toBe(false);
  });
});

describe('framework files', () => {
  it('recognises common header spellings and fills PKSB section names from the declared edition', () => {
    const rows = rowsFromTable(parseCsv('Section No,Skill ref,Skill title\n5,5.1,Data requests\n'));
    const { preview, sections } = planFrameworkImport(rows, '2012');
    expect(preview.invalid).toBe(0);
    expect(sections).toEqual([{ code: '5', name: 'Information governance and compliance', isLocal: false }]);
    expect(preview.rows[0]?.sectionEdition).toBe('2012');
  });

  it("labels imported sections by the framework's own edition: a 2021 file's Data management is a PKSB section, not a local one", () => {
    const csv = 'Section,Section name,Code,Title\nDM,,DM.1,Invented data skill\n9,Technology & communication,T.1,Invented skill\n2,,X.1,Invented\n';
    const current = planFrameworkImport(rowsFromTable(parseCsv(csv)), '2021');
    expect(current.preview.rows.map((r) => [r.sectionName, r.sectionEdition, r.errors.length])).toEqual([
      ['Data management', '2021', 0],
      ['Technology & communication', '2021', 0],
      ['', null, 1], // "2" is a 2012 code: under the 2021 edition it needs a name
    ]);
    const old = planFrameworkImport(rowsFromTable(parseCsv(csv)), '2012');
    expect(old.preview.rows.map((r) => [r.sectionName, r.sectionEdition])).toEqual([
      ['', null], // Data management is not a 2012 section
      ['Technology & communication', '2012'], // code 9 is a 2012 section; the file's own name is kept
      ['Knowledge and information management', '2012'],
    ]);
  });

  it('names the missing column when a file lacks skill titles', () => {
    expect(() => rowsFromTable(parseCsv('Section,Code\n1,1.1\n'))).toThrow(/"title" column/);
  });

  it('treats codes case-insensitively when looking for duplicates', () => {
    const { preview } = planFrameworkImport(rowsFromJson('[{"sectionCode":"1","code":"a1","title":"x"},{"sectionCode":"1","code":"A1","title":"y"}]'), '2012');
    expect(preview.rows[1]?.errors).toEqual([{ field: 'code', message: 'code "A1" is also on row 1' }]);
  });

  it('refuses JSON of the wrong shape and empty files', () => {
    expect(() => rowsFromJson('{"skills": []}')).toThrow(/list of skills/);
    expect(() => rowsFromJson('not json')).toThrow(/not valid JSON/);
    expect(() => planFrameworkImport([], '2021')).toThrow(/no skills/);
  });
});

describe('PKSB editions (section names only)', () => {
  it('ships the 2012 wheel and the 2021 edition, which adds Data management and Knowledge management and renames areas', () => {
    const names = (e: '2012' | '2021') => pksbSectionsOf(e).map((s) => s.name);
    expect(names('2012')).toHaveLength(15);
    expect(names('2012')).toEqual(expect.arrayContaining(['Leadership and advocacy', 'IT and communication', 'Using and exploiting knowledge and information']));
    expect(names('2012')).not.toContain('Data management');
    expect(names('2021')).toEqual(
      expect.arrayContaining([
        'Data management',
        'Knowledge management',
        'Technology and communication',
        'Leadership, advocacy, influencing and personal effectiveness',
        'Information exploitation and use',
      ]),
    );
    expect(names('2021')).not.toContain('IT and communication');
    expect(PKSB_EDITION_LABELS['2021']).toMatch(/2021/);
  });

  it('ships no skill text: every section is a code, a name and a group, nothing else', () => {
    for (const edition of skeleton.editions) {
      for (const section of edition.sections) expect(Object.keys(section).sort()).toEqual(['code', 'group', 'name']);
    }
    expect(JSON.stringify(skeleton)).not.toMatch(/skills"\s*:/);
  });
});

describe('default comparison', () => {
  it('puts the first initial assessment beside the latest shared one of the same framework version', () => {
    const list = [
      { id: 1, kind: 'ad_hoc', assessedOn: '2025-01-01', shared: true, frameworkId: 1 },
      { id: 2, kind: 'initial', assessedOn: '2025-03-01', shared: true, frameworkId: 1 },
      { id: 3, kind: 'reassessment', assessedOn: '2026-01-01', shared: true, frameworkId: 1 },
      { id: 4, kind: 'ad_hoc', assessedOn: '2026-05-01', shared: false, frameworkId: 1 },
    ];
    expect(defaultComparisonPair(list)).toEqual({ a: 2, b: 3 });
    expect(defaultComparisonPair(list.slice(0, 1))).toBeNull();
    expect(defaultComparisonPair([...list, { id: 5, kind: 'initial', assessedOn: '2026-06-01', shared: true, frameworkId: 2 }])).toBeNull();
  });
});
