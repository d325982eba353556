import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { fixture, importSmall } from './helpers';

describe('skills frameworks', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('previews then imports a framework file, keeping PKSB section names and a local section', async () => {
    const input = { fileName: 'f.csv', format: 'csv' as const, content: fixture('framework-small.csv'), name: 'Test framework', version: 'v1', edition: '2012' as const };
    const preview = await t.call('skills:importPreview', input);
    expect(preview).toMatchObject({ sectionCount: 3, skillCount: 5, invalid: 0 });
    const { framework } = await importSmall(t);
    expect(framework.sections.map((s) => [s.code, s.name, s.isLocal, s.edition])).toEqual([
      ['1', 'Organising knowledge and information', false, '2012'],
      ['5', 'Information governance and compliance', false, '2012'],
      ['H', 'Health information skills', true, null],
    ]);
    expect(framework.edition).toBe('2012');
    expect(framework.isDefault).toBe(true);
    expect(t.events).toContain('skills:changed');
  });

  it('imports the nested JSON form too', async () => {
    const summary = await t.call('skills:importCommit', { fileName: 'f.json', format: 'json', content: fixture('framework-small.json'), name: 'J', version: '1', edition: '2012' });
    expect(summary).toMatchObject({ skillCount: 3, sectionCount: 2 });
  });

  it('reports duplicate codes, empty titles and unnamed local sections per row, and writes nothing', async () => {
    const input = { fileName: 'bad.csv', format: 'csv' as const, content: fixture('framework-bad.csv'), name: 'Bad', version: 'v1', edition: '2012' as const };
    const preview = await t.call('skills:importPreview', input);
    expect(preview.invalid).toBe(3);
    const problems = preview.rows.flatMap((r) => r.errors.map((e) => `${r.rowNumber}:${e.field}:${e.message}`));
    expect(problems).toEqual([
      '3:code:code "T1.1" is also on row 2',
      '4:title:title is required',
      '5:sectionName:section name is required for "X": it is not a section of the PKSB 2012 edition',
    ]);
    const before = t.checksum();
    const error = await t.fail('skills:importCommit', input);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'rows.3.code' });
    expect(error.message).toContain('Nothing was imported');
    expect(t.checksum()).toBe(before);
  });

  it('flags a section given two names, or two sections given one name, on the rows concerned, and writes nothing', async () => {
    // A hand-edited export: section H spelled two ways, a local section L reusing H's name, section 1 renamed on one row.
    const content = [
      'Section,Section name,Code,Title',
      'H,Health information skills,H.1,Searching',
      'H,Health info skills,H.2,Appraisal',
      'h,Health Information Skills,H.3,Critical reading',
      'L,Health information skills,L.1,Literature alerts',
      '1,,1.1,Cataloguing',
      '1,Something else entirely,1.2,Classification',
      '5,Information governance & compliance,5.1,Data protection',
    ].join('\n');
    const input = { fileName: 'dup.csv', format: 'csv' as const, content, name: 'Dup', version: 'v1', edition: '2012' as const };
    const preview = await t.call('skills:importPreview', input);
    const problems = preview.rows.flatMap((r) => r.errors.map((e) => `${r.rowNumber}:${e.field}:${e.message}`));
    expect(problems).toEqual([
      '3:sectionName:section "H" is named "Health information skills" on row 2, not "Health info skills"',
      '5:sectionName:section name "Health information skills" is also section "H" on row 2',
      '7:sectionName:section "1" is named "Organising knowledge and information" on row 6, not "Something else entirely"',
    ]);
    expect(preview.invalid).toBe(3);
    const before = t.checksum();
    expect(await t.fail('skills:importCommit', input)).toMatchObject({ code: 'VALIDATION', field: 'rows.3.sectionName' });
    expect(t.checksum()).toBe(before);
  });

  it('says a file that is not text is not a CSV, instead of listing its bytes as column names', async () => {
    // What a browser hands over when a binary file (a .docx, a picture) is chosen as CSV: control characters and U+FFFD.
    const content = `PK\u0003\u0004\u0014\u0000\u0006\u0000\ufffd\ufffd\ufffd,\u0000\u0000[Content_Types].xml\ufffd\ufffd\n\ufffd\u0001\u0002,\ufffd\ufffd\n`;
    const error = await t.fail('skills:importPreview', { fileName: 'pksb.csv', format: 'csv', content, name: 'PKSB', version: '2021', edition: '2021' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error.message).toBe('This file is not a text (CSV) file. Choose a CSV saved as UTF-8, an Excel workbook (.xlsx) or a JSON file.');
    // A real CSV with the wrong columns still lists them, and never more than a line's worth.
    const wide = ['Name', ...Array.from({ length: 40 }, (_, i) => `Column ${i + 1}`)].join(',') + '\nx\n';
    const wrong = await t.fail('skills:importPreview', { fileName: 'team.csv', format: 'csv', content: wide, name: 'PKSB', version: '2021', edition: '2021' });
    expect(wrong.message).toBe('The file needs a "section" column (found: Name, Column 1, Column 2, Column 3, Column 4, Column 5, Column 6, Column 7, Column 8, Column 9 and 31 more).');
  });

  it('refuses a second copy of the same framework version', async () => {
    await importSmall(t);
    const before = t.checksum();
    const error = await t.fail('skills:importCommit', { fileName: 'f.csv', format: 'csv', content: fixture('framework-small.csv'), name: 'Test framework', version: 'V1', edition: '2012' });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(t.checksum()).toBe(before);
    await importSmall(t, 'v2');
    expect((await t.call('skills:listFrameworks', {})).map((f) => f.version).sort()).toEqual(['v1', 'v2']);
  });

  it('adds local sections and skills by hand and retires a skill without losing its ratings', async () => {
    const { framework, skill } = await importSmall(t);
    const withSection = await t.call('skills:addSection', { frameworkId: framework.id, code: 'SP', name: 'Service-point specifics' });
    const sp = withSection.sections.find((s) => s.code === 'SP');
    if (!sp) throw new Error('section missing');
    const withSkill = await t.call('skills:addSkill', { frameworkId: framework.id, sectionId: sp.id, code: 'SP.1', title: 'Opening up', description: '' });
    expect(withSkill.sections.find((s) => s.code === 'SP')?.skills.map((k) => k.title)).toEqual(['Opening up']);
    expect(await t.fail('skills:addSkill', { frameworkId: framework.id, sectionId: sp.id, code: 'sp.1', title: 'Again', description: '' })).toMatchObject({ code: 'CONFLICT', field: 'code' });

    const { id: memberId } = await t.call('team:create', { name: 'Alex', preferredName: '', jobTitle: 'Librarian', grade: '', team: 'Central', fte: 1, startDate: null, lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: '' });
    const a = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'initial', assessedOn: '2026-01-10', shared: true });
    await t.call('skills:rate', { assessmentId: a.id, skillId: skill('T1.1'), current: 2, target: 3 });
    const retired = await t.call('skills:retireSkill', { id: skill('T1.1'), retired: true });
    expect(retired.sections[0]?.skills[0]?.retiredOn).toBe('2026-11-23');
    expect(retired.skillCount).toBe(5);
    const kept = await t.call('skills:getAssessment', { id: a.id });
    expect(kept.sections?.[0]?.skills.find((k) => k.code === 'T1.1')?.current).toBe(2);
    const fresh = await t.call('skills:createAssessment', { memberId, frameworkId: framework.id, kind: 'ad_hoc', assessedOn: '2026-11-01', shared: true });
    const freshDetail = await t.call('skills:getAssessment', { id: fresh.id });
    expect(freshDetail.sections?.[0]?.skills.map((k) => k.code)).toEqual(['T1.2']);
    expect(await t.fail('skills:rate', { assessmentId: fresh.id, skillId: skill('T1.1'), current: 1 })).toMatchObject({ field: 'skillId' });
  });

  it('fixes a skill title in place and starts a new version as a copy without retired skills', async () => {
    const { framework, skill } = await importSmall(t);
    const fixed = await t.call('skills:updateSkill', { id: skill('T1.2'), title: 'Arranging things so people can find them', description: 'Shelf order' });
    expect(fixed.sections[0]?.skills[1]).toMatchObject({ code: 'T1.2', title: 'Arranging things so people can find them', description: 'Shelf order' });
    expect(await t.fail('skills:updateSkill', { id: skill('T1.2'), title: ' ', description: '' })).toMatchObject({ code: 'VALIDATION', field: 'title' });
    await t.call('skills:retireSkill', { id: skill('T5.2'), retired: true });
    const next = await t.call('skills:newVersion', { fromId: framework.id, version: 'v2' });
    expect(next).toMatchObject({ name: 'Test framework', version: 'v2', skillCount: 4, sectionCount: 3, isDefault: false });
    const copy = await t.call('skills:getFramework', { id: next.id });
    expect(copy.sections.flatMap((s) => s.skills.map((k) => k.code))).toEqual(['T1.1', 'T1.2', 'T5.1', 'H.1']);
    expect(await t.fail('skills:newVersion', { fromId: framework.id, version: 'v2' })).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  it('edits the scale labels but refuses to drop a level that ratings use', async () => {
    const scale = await t.call('skills:setScaleLabels', { labels: ['None', 'Aware', 'Practising', 'Skilled', 'Leading'] });
    expect(scale.levels.map((l) => l.label)).toEqual(['None', 'Aware', 'Practising', 'Skilled', 'Leading']);
    expect(scale.max).toBe(4);
    expect(await t.fail('skills:setScaleLabels', { labels: ['None', ''] })).toMatchObject({ code: 'VALIDATION', field: 'labels.1' });
  });
});
