import * as assert from 'assert';
import type { Span } from '../../src/core/model/model';
import { NameFinder, type KnownName } from '../../src/core/pipeline/entities/nameFinder';
import { changeBetween } from '../../src/core/pipeline/textChange';

// After an edit, the names are looked for again only near it: at every position of a text, each
// kind of edit must give what reading the whole text again gives.

const KNOWN: KnownName[] = [
  { text: 'Okonkwo', kind: 'person' },
  { text: 'Marta Okonkwo', kind: 'person' },
  { text: 'Nairobi', kind: 'place' },
  { text: 'Will', kind: 'person' },
  { text: 'Lee', kind: 'person' },
  { text: 'Zoë Łódź', kind: 'person' },
  { text: 'Peña', kind: 'person' },
  { text: 'Rio de Janeiro Port Authority', kind: 'organization' },
];

const TEXT = [
  'Marta Okonkwo came to Nairobi.',
  'Okonkwo left; Lee stayed.',
  'OKONKWO WINS IN NAIROBI',
  'Will left. He said Will would come.',
  'Then Zoë Łódź met Peña in Nairobi, 𝐀 Okonkwo.',
  'The Rio de Janeiro Port Authority and Marta Okonkwo.',
].join('\n');

const finder = new NameFinder(KNOWN);

/** What the finder gives after changing `before` into `after`, and what reading `after` whole gives. */
function both(before: string, after: string, covered: Span[] = [], coveredAfter: Span[] = covered): [unknown, unknown] {
  const previous = finder.find(before, covered);
  return [finder.findAfterChange(after, coveredAfter, previous, changeBetween(before, after)), finder.find(after, coveredAfter)];
}

describe('NameFinder: after an edit at every position, as a fresh reading', () => {
  const edits: [string, (at: number) => string][] = [
    ['a character deleted', (at) => TEXT.slice(0, at) + TEXT.slice(at + 1)],
    ['a letter written', (at) => `${TEXT.slice(0, at)}x${TEXT.slice(at)}`],
    ['a space written', (at) => `${TEXT.slice(0, at)} ${TEXT.slice(at)}`],
    ['a line break written', (at) => `${TEXT.slice(0, at)}\n${TEXT.slice(at)}`],
    ['a name written', (at) => `${TEXT.slice(0, at)}Okonkwo ${TEXT.slice(at)}`],
    ['a line of capitals written', (at) => `${TEXT.slice(0, at)}LEE AND WILL\n${TEXT.slice(at)}`],
    ['four characters replaced by a name', (at) => `${TEXT.slice(0, at)}Lee${TEXT.slice(at + 4)}`],
    ['a line joined to the next', (at) => `${TEXT.slice(0, at)}${TEXT.slice(at).replace('\n', ' ')}`],
  ];
  for (const [edit, apply] of edits) {
    it(edit, () => {
      for (let at = 0; at <= TEXT.length; at++) {
        const after = apply(at);
        const [incremental, fresh] = both(TEXT, after);
        assert.deepStrictEqual(incremental, fresh, `${edit} at ${at}: ${JSON.stringify(after.slice(Math.max(0, at - 10), at + 10))}`);
      }
    });
  }

  it('words that a found mention covers stay unread after an edit before them', () => {
    const before = 'Lee came.\nThen Okonkwo left.';
    const after = `Yes, ${before}`;
    const at = before.indexOf('Okonkwo');
    assert.deepStrictEqual(both(before, after, [{ start: at, end: at + 7 }], [{ start: at + 5, end: at + 12 }]), [[{ start: 5, end: 8, text: 'Lee', kind: 'person' }], [{ start: 5, end: 8, text: 'Lee', kind: 'person' }]]);
  });

  it('a finder that knows no name finds none after an edit', () => {
    assert.deepStrictEqual(new NameFinder([]).findAfterChange('Okonkwo left.', [], [], changeBetween('Okonkwo', 'Okonkwo left.')), []);
  });
});

describe('NameFinder: words beyond ASCII', () => {
  const found = (text: string): string[] => finder.find(text, []).map((o) => `${o.text}@${o.start}`);
  const cases: [string, string, string[]][] = [
    ['a name with letters beyond ASCII', 'Then Zoë Łódź left.', ['Zoë Łódź@5']],
    ['not inside a longer word beyond ASCII', 'Then Zoë Łódźé left. Then Peñas left.', []],
    ['after a letter outside the basic plane', 'Then 𝐀 Peña left.', ['Peña@8']],
    ['a name after a word beyond ASCII', 'Über Okonkwo, Peña.', ['Okonkwo@5', 'Peña@14']],
    ['a name at the text’s very end', 'Then Peña', ['Peña@5']],
    ['a name cut off by the text’s end', 'Then Marta Okonk', []],
    ['a long name beyond the longest first word', 'The Rio de Janeiro Port Authority met.', ['Rio de Janeiro Port Authority@4']],
    ['digits end no word', 'Then Lee2 left, and Lee 2 came.', ['Lee@20']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(found(text), expected));
});
