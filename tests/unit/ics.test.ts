import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine, type IcsEvent, type IcsOptions } from '../../src/model/ics.js';

const options: IcsOptions = {
  uidDomain: 'wed.example.nl',
  now: new Date(Date.UTC(2025, 2, 1, 9, 15, 30, 123)),
  productId: '-//Hogeschool Utrecht//WED zelfassessment//NL',
};

const bytes = (text: string) => new TextEncoder().encode(text).length;
/** Physical lines, without the final empty string after the last CRLF. */
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
/** RFC 5545 3.1 unfolding: remove every CRLF followed by a single space. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
/** The inverse of TEXT escaping, to compare with what the learner typed. */
const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function property(ics: string, name: string): string[] {
  return physicalLines(unfold(ics))
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':') + 1));
}

describe('ics: calendar structure', () => {
  const events: IcsEvent[] = [
    { date: '2025-04-01', summary: 'Verbeterplan', description: 'Beter uitleggen' },
    { date: '2025-04-01', summary: 'Bellen met team' },
  ];
  const ics = buildIcs(events, options);

  it('has the calendar properties and one all-day VEVENT per event', () => {
    expect(physicalLines(ics).slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Hogeschool Utrecht//WED zelfassessment//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(physicalLines(ics).at(-1)).to.equal('END:VCALENDAR');
    expect(physicalLines(ics).filter((l) => l === 'BEGIN:VEVENT')).to.have.length(2);
    expect(physicalLines(ics).filter((l) => l === 'END:VEVENT')).to.have.length(2);
    expect(property(ics, 'DTSTART')).to.deep.equal(['20250401', '20250401']);
    expect(physicalLines(ics)).to.include('DTSTART;VALUE=DATE:20250401');
    expect(physicalLines(ics)).to.include('DTEND;VALUE=DATE:20250402');
    expect(property(ics, 'DESCRIPTION')).to.deep.equal(['Beter uitleggen']);
  });

  it('stamps DTSTAMP in UTC from now', () => {
    expect(property(ics, 'DTSTAMP')).to.deep.equal(['20250301T091530Z', '20250301T091530Z']);
  });

  it('gives deterministic, distinct UIDs on the uid domain', () => {
    const uids = property(ics, 'UID');
    expect(uids).to.deep.equal(['20250401-1@wed.example.nl', '20250401-2@wed.example.nl']);
    expect(buildIcs(events, { ...options, now: new Date() })).to.include('UID:20250401-1@wed.example.nl');
  });

  it('uses CRLF for every line end, including the last, and no bare CR or LF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  const nextDays: Array<[string, string]> = [
    ['2025-01-31', '20250201'],
    ['2024-02-28', '20240229'],
    ['2025-02-28', '20250301'],
    ['2025-12-31', '20260101'],
  ];
  for (const [date, end] of nextDays) {
    it(`ends an event on ${date} the next day, ${end}`, () => {
      expect(property(buildIcs([{ date, summary: 'x' }], options), 'DTEND')).to.deep.equal([end]);
    });
  }

  it('refuses no events and invalid dates', () => {
    expect(() => buildIcs([], options)).to.throw(RangeError);
    expect(() => buildIcs([{ date: '2025-02-30', summary: 'x' }], options)).to.throw(RangeError);
    expect(() => buildIcs([{ date: '1-4-2025', summary: 'x' }], options)).to.throw(RangeError);
  });
});

describe('ics: TEXT escaping', () => {
  const table: Array<[string, string]> = [
    ['plain tekst', 'plain tekst'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\\b', 'a\\\\b'],
    ['a\\n', 'a\\\\n'],
    ['regel 1\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\r\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\rregel 2', 'regel 1\\nregel 2'],
    ['dubbel\n\nleeg', 'dubbel\\n\\nleeg'],
    ['tab\tblijft', 'tab\tblijft'],
    ['bel\u0007weg\u0000', 'belweg'],
    ['dubbele punt: blijft', 'dubbele punt: blijft'],
  ];
  for (const [input, escaped] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(escaped)}`, () => {
      expect(escapeText(input)).to.equal(escaped);
    });
  }

  it('escapes learner text in the summary and description', () => {
    const ics = buildIcs([{ date: '2025-04-01', summary: 'Bellen, mailen; klaar', description: 'a\nb' }], options);
    expect(property(ics, 'SUMMARY')).to.deep.equal(['Bellen\\, mailen\\; klaar']);
    expect(property(ics, 'DESCRIPTION')).to.deep.equal(['a\\nb']);
  });
});

describe('ics: injection', () => {
  const attack = 'Bellen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\nATTACH:http://evil.example\rX';
  const ics = buildIcs([{ date: '2025-04-01', summary: attack, description: attack }], options);

  it('keeps the learner text inside its own escaped property', () => {
    const lines = physicalLines(unfold(ics));
    expect(lines.filter((l) => l === 'END:VCALENDAR')).to.have.length(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines.filter((l) => l.startsWith('ATTACH'))).to.have.length(0);
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
  });

  it('reads back as the original text (line breaks normalised to \\n)', () => {
    expect(property(ics, 'SUMMARY').map(unescape)).to.deep.equal([attack.replace(/\r\n|\r/g, '\n')]);
  });
});

describe('ics: folding at 75 octets', () => {
  it('folds before an é that would cross octet 75 and never splits it', () => {
    // "SUMMARY:" is 8 octets; 66 ASCII letters bring the line to 74, é (2 octets) would make 76.
    const summary = `${'a'.repeat(66)}één keer per week overleg`;
    const lines = physicalLines(buildIcs([{ date: '2025-04-01', summary }], options));
    const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(bytes(lines[start]!)).to.equal(74);
    expect(lines[start + 1]!.startsWith(' één')).to.equal(true);
  });

  it('keeps every physical line within 75 octets and unfolds to the original', () => {
    const summary =
      'Ik wil de cliënt beter uitleggen wat de beschikking betekent, zodat hij zélf ' +
      'kan beoordelen of de ëxtra kosten terecht zijn; dat doe ik één keer per week 👩🏽‍💼. ' +
      'ë'.repeat(60) +
      'é'.repeat(37);
    const ics = buildIcs([{ date: '2025-04-01', summary, description: summary }], options);
    const lines = physicalLines(ics);
    for (const line of lines) {
      expect(bytes(line), line).to.be.at.most(75);
      // A split multi-byte character would not survive the UTF-8 round trip.
      expect(new TextDecoder().decode(new TextEncoder().encode(line))).to.equal(line);
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).to.be.greaterThan(4);
    expect(property(ics, 'SUMMARY').map(unescape)).to.deep.equal([summary]);
  });

  it('counts octets, not characters: 60 ë (120 octets) are folded', () => {
    const folded = foldLine(`SUMMARY:${'ë'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines).to.have.length(2);
    expect(bytes(lines[0]!)).to.equal(74);
    expect(bytes(lines[1]!)).to.equal(1 + 2 * (60 - 33));
    expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${'ë'.repeat(60)}`);
  });

  const sizes: Array<[string, number]> = [
    ['a line of exactly 75 octets stays whole', 75],
    ['a line of 76 octets is folded once', 76],
  ];
  for (const [name, length] of sizes) {
    it(name, () => {
      const lines = foldLine('x'.repeat(length)).split('\r\n');
      expect(lines).to.have.length(length > 75 ? 2 : 1);
      expect(lines.every((l) => bytes(l) <= 75)).to.equal(true);
    });
  }

  it('keeps a 4-octet emoji whole at the fold', () => {
    // 73 octets, then 😀 (4 octets, two UTF-16 units) would cross 75.
    const lines = foldLine(`${'x'.repeat(73)}😀y`).split('\r\n');
    expect(lines).to.deep.equal(['x'.repeat(73), ' 😀y']);
  });
});
