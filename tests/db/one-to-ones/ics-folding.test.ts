import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldIcsLines } from '../../../electron/main/domains/one-to-ones/export';
import { emptyMemberInput } from '../../../shared/domains/team';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** RFC 5545 §3.1: lines of at most 75 octets, folded with CRLF + one space, never inside a UTF-8 character. */
function expectFoldedByOctets(ics: string) {
  const lines = ics.split('\r\n');
  for (const line of lines) {
    expect(octets(line), line).toBeLessThanOrEqual(75);
    // A fold inside a multi-byte character leaves a lone surrogate or a replacement character.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(line).not.toMatch(/[\uD800-\uDFFF]/u);
  }
}

describe('.ics export folds long lines by octets (RFC 5545 §3.1)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('a meeting whose location is a line full of two-byte characters exports with no line over 75 octets', async () => {
    const member = await t.call('team:create', { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Bibliotekarz', team: 'Żoliborz' });
    const location = 'Żółć źdźbło łąka '.repeat(10).trim();
    const m = await t.call('oneToOnes:schedule', {
      memberId: member.id,
      scheduledAt: '2026-12-03T10:00:00.000Z',
      durationMinutes: 45,
      location,
      recurrence: 'none',
    } as never);
    const ics = (await t.call('oneToOnes:exportIcs', { id: m.id })).content;
    expectFoldedByOctets(ics);
    // Unfolding gives back exactly what was written: no character lost or split.
    expect(unfold(ics)).toContain(`LOCATION:${location}`);
    expect(unfold(ics)).toContain('SUMMARY:One-to-one: Łukasz Żółć');
  });

  it('folds three- and four-byte characters at a character boundary, filling each line as far as 75 octets allows', () => {
    const line = `DESCRIPTION:${'図書館🌍'.repeat(30)}`;
    const folded = foldIcsLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT\r\n`);
    expectFoldedByOctets(folded);
    const parts = folded.split('\r\n');
    expect(parts[0]).toBe('BEGIN:VEVENT');
    expect(parts[2]?.startsWith(' ')).toBe(true);
    // No line is cut shorter than needed: the next character would not have fitted.
    expect(octets(parts[1] ?? '')).toBeGreaterThan(75 - 4);
    expect(unfold(folded)).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT\r\n`);
  });

  it('leaves short lines alone', () => {
    expect(foldIcsLines('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('text pasted with control characters (bell, vertical tab, NUL) exports without them: RFC 5545 TEXT allows none but tab', async () => {
    const member = await t.call('team:create', { ...emptyMemberInput, name: 'Siân ap Dŵr', jobTitle: 'Llyfrgellydd', team: 'Bangor' });
    const series = await t.call('oneToOnes:createSeries', {
      memberId: member.id, startsAt: '2026-12-01T10:00:00.000Z', durationMinutes: 45, location: 'Ystafell\u00072', frequency: 'weekly', interval: 4,
    });
    await t.call('oneToOnes:addStanding', { memberId: member.id, title: 'Lles\u0007 a\u000bllwyth\u0000 gwaith' });
    const files = [
      (await t.call('oneToOnes:exportIcs', { id: series.id })).content,
      (await t.call('oneToOnes:exportSeriesIcs', { id: series.series!.id })).content,
    ];
    for (const ics of files) {
      // Apart from the CRLF line ends, no character below U+0020 other than tab, and no DEL.
      const controls = [...ics.replace(/\r\n/g, '')].filter((ch) => ch !== '\t' && (ch < ' ' || ch === '\u007f'));
      expect(controls).toEqual([]);
      // The vertical tab (Word's manual line break) is kept as a line break, written as \n in iCalendar text.
      expect(unfold(ics)).toContain('Lles a\\nllwyth gwaith');
      expect(unfold(ics)).toContain('LOCATION:Ystafell2');
    }
  });
});

