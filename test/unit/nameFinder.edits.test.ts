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
  { text: 'Ünal', kind: 'person' },
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
    ['a name that starts beyond ASCII', 'Then Ünal left.', ['Ünal@5']],
    ['a letter outside the basic plane before a name is part of its word', 'Then 𝐀Peña left.', []],
    ['half a surrogate pair before a name is not', 'Then \uD835Peña left.', ['Peña@6']],
    ['a curly apostrophe ends a word', 'Then Okonkwo’s aide left.', ['Okonkwo@5']],
    ['"0" and "9" are word characters', 'Then Lee0 and Lee9 left.', []],
    ['":", "@", "_", "`" and "{" are not', 'Then Lee: Lee@ Lee_ Lee` Lee{ left.', ['Lee@5', 'Lee@10', 'Lee@15', 'Lee@20', 'Lee@25']],
    ['"A" and "z" are word characters', 'Then LeeA and Leez left.', []],
    ['a letter beyond ASCII in lower case on a line in capitals', 'WINS FOR ZOë ŁÓDŹ IN NAIROBI', ['NAIROBI@21']],
    ['a name cut off by the text’s end on a line in capitals', 'WINS FOR MARTA OKON', []],
    ['another word beyond ASCII after the same first word on a line in capitals', 'WINS FOR ZOË ŁXDŹ IN NAIROBI', ['NAIROBI@21']],
    ['a line in capitals that ends the text', 'Then Lee left.\nLEE A', ['Lee@5', 'LEE@15']],
    ['a common word after a space at the text’s start opens it', ' Will left.', []],
    ['a common word after a line break opens a sentence', 'Then Lee came\nWill you come?', ['Lee@5']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(found(text), expected));
});

describe('NameFinder: covered words and the table of names', () => {
  const texts = (found: { text: string }[]): string[] => found.map((o) => o.text);

  it('covered spans given in any order', () => {
    const text = 'Then Okonkwo met Lee there.';
    assert.deepStrictEqual(texts(finder.find(text, [{ start: 17, end: 20 }, { start: 5, end: 12 }])), []);
  });

  it('a covered span that ends where a name starts, or starts where it ends, leaves it', () => {
    const text = 'Then Okonkwo left.';
    assert.deepStrictEqual([texts(finder.find(text, [{ start: 0, end: 5 }])), texts(finder.find(text, [{ start: 12, end: 17 }]))], [['Okonkwo'], ['Okonkwo']]);
  });

  it('of two names with the same first word, the longer wins, in whatever order they were given', () => {
    const names: KnownName[] = [{ text: 'Marta', kind: 'person' }, { text: 'Marta Okonkwo', kind: 'person' }];
    assert.deepStrictEqual(texts(new NameFinder(names).find('Then Marta Okonkwo left.', [])), ['Marta Okonkwo']);
  });

  it('a document with many names finds each, written with capitals as given', () => {
    const names: KnownName[] = Array.from({ length: 60 }, (_, k) => ({ text: `Zorvan${String.fromCharCode(97 + (k % 26))}${k}`, kind: 'person' }));
    const text = names.map((n) => `Then ${n.text} left.`).join(' ');
    assert.deepStrictEqual(texts(new NameFinder(names).find(text, [])), names.map((n) => n.text));
  });

  it('on a line in capitals, of every word of three capitals only the name itself', () => {
    const words: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) for (let c = 65; c <= 90; c++) words.push(String.fromCharCode(a, b, c));
    assert.deepStrictEqual(texts(finder.find(words.join(' '), [])), ['LEE']);
  });
});
