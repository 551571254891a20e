import * as assert from 'assert';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { findQuoteSpans, paragraphsOf } from '../../src/core/pipeline/quotes/find';
import { cpuMs } from './cpuTime';

const quotesIn = (text: string): string[] => spansIn(text).map((q) => text.slice(q.start, q.end));
const spansIn = (text: string) => findQuoteSpans(text, paragraphsOf(text, splitParagraphs(text)));

describe('findQuoteSpans', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'curly double marks', text: 'He said “we are ready” today.', expected: ['“we are ready”'] },
    { name: 'straight double marks', text: 'He said "we are ready" today.', expected: ['"we are ready"'] },
    { name: 'single marks', text: 'He called it ‘a disgrace’ twice.', expected: ['‘a disgrace’'] },
    { name: 'straight single marks', text: "He called it 'a disgrace' twice.", expected: ["'a disgrace'"] },
    { name: 'guillemets', text: 'Il a dit «nous sommes prêts» hier.', expected: ['«nous sommes prêts»'] },
    { name: 'German low-high marks', text: 'Er sagte „wir sind bereit“ gestern.', expected: ['„wir sind bereit“'] },
    { name: 'guillemets pointing inwards', text: 'Er sagte »wir sind bereit« gestern.', expected: ['»wir sind bereit«'] },
    { name: 'a closing guillemet with nothing open, before a space', text: 'Der Pfeil » zeigt nach rechts.', expected: [] },
    { name: 'single guillemets', text: 'Il a dit ‹oui› hier.', expected: ['‹oui›'] },
    { name: 'a single closing guillemet with nothing open', text: 'Weiter › hier.', expected: [] },
    { name: 'single guillemets nested in double ones', text: 'Il a dit «le mot ‹oui› suffit» hier.', expected: ['«le mot ‹oui› suffit»', '‹oui›'] },
    { name: 'German single low-high marks', text: 'Er nannte es ‚einen Skandal‘ gestern.', expected: ['‚einen Skandal‘'] },
    { name: 'German single marks nested in double ones', text: 'Er sagte „das ist ‚nie‘ genug“ gestern.', expected: ['„das ist ‚nie‘ genug“', '‚nie‘'] },
    { name: 'a single opening mark after a letter is no mark', text: 'Don‘t go. He called it ‘a disgrace’.', expected: ['‘a disgrace’'] },
    { name: 'French guillemets with spaces inside', text: 'Il a dit « nous sommes prêts » hier.', expected: ['« nous sommes prêts »'] },
    { name: 'guillemets nested in guillemets', text: 'Il a dit «le mot «oui» suffit» hier.', expected: ['«le mot «oui» suffit»', '«oui»'] },
    { name: 'a curly opening mark closed by a straight one', text: 'He said “we are ready" today.', expected: ['“we are ready"'] },
    { name: 'rock ’n’ roll inside a single quote', text: 'She said ‘rock ’n’ roll is back’ today.', expected: ['‘rock ’n’ roll is back’'] },
    { name: 'rock \'n\' roll inside a straight single quote', text: "She said 'rock 'n' roll is back' today.", expected: ["'rock 'n' roll is back'"] },
    { name: 'a decade written with a left mark inside a single quote', text: 'She said ‘we grew up in the ‘90s’ today.', expected: ['‘we grew up in the ‘90s’'] },
    { name: 'a decade with a straight mark opens nothing', text: "She loved the '90s and 'em all.", expected: [] },
    { name: 'three digits after a straight mark open a quote', text: "She said '905 is the code' today.", expected: ["'905 is the code'"] },
    { name: 'a closing single mark with nothing open is an apostrophe', text: 'The Joneses’ car, the boss’ desk.', expected: [] },
    { name: 'two apostrophes for a double mark', text: "''We are ready,'' he said.", expected: ["''We are ready,''"] },
    { name: 'apostrophes are not marks', text: 'It’s the ’90s, rock ’n’ roll and Jones’ car; don\'t.', expected: [] },
    { name: 'an apostrophe inside a quote', text: '“It’s fine, it’s the ’90s,” she said.', expected: ['“It’s fine, it’s the ’90s,”'] },
    { name: 'a quote nested in a quote', text: '“They said ‘never’ to us,” she said.', expected: ['“They said ‘never’ to us,”', '‘never’'] },
    { name: 'a second opening mark ends a quote left open', text: '“First part. “Second part.”', expected: ['“First part.', '“Second part.”'] },
    { name: 'a mark left open ends with its paragraph', text: 'He said “we are ready.\nThe talks went on.', expected: ['“we are ready.'] },
    { name: 'an open single mark is dropped at the paragraph end', text: "The ‘deal was done.\nNext.", expected: [] },
    {
      name: 'a quote runs on over three paragraphs',
      text: 'Putin said:\n“We are ready.\n“We are able.\n“We will win,” he added.\nThe end.',
      expected: ['“We are ready.\n“We are able.\n“We will win,”'],
    },
    {
      name: 'a transcript label stops the run-on',
      text: '"WALLACE: Will she be there?\n"PENCE: She will not.',
      expected: ['"WALLACE: Will she be there?', '"PENCE: She will not.'],
    },
    {
      name: 'a transcript’s stage direction is no quote and stops the run-on',
      text: '"WALLACE: Will she be there?\n"(CROSSTALK.)\n"(APPLAUSE)\n"PENCE: She will not.',
      expected: ['"WALLACE: Will she be there?', '"PENCE: She will not.'],
    },
    { name: 'a transcript’s turn is a quote without marks', text: 'Q: Why now?\nA: Because the money ran out.', expected: ['Why now?', 'Because the money ran out.'] },
    { name: 'a name in capitals labels a turn', text: 'JAKE TAPPER: Take a listen.\nSEN. KAINE: We will.', expected: ['Take a listen.', 'We will.'] },
    { name: 'capitalised words label a turn', text: 'Jake Tapper: Take a listen.\nThe Harbor Times: We will.\nKaine: We will.', expected: ['Take a listen.', 'We will.', 'We will.'] },
    { name: 'a label in Markdown’s bold or italics', text: '**Okafor:** I wanted to.\n__Q__: Why now?\n*TAPPER*: Take a listen.', expected: ['I wanted to.', 'Why now?', 'Take a listen.'] },
    { name: 'three marks before a label make no label', text: '***Okafor:** I wanted to.', expected: [] },
    { name: 'four capitalised words or a lower-case word label no turn', text: 'The Old Harbor Times: Take a listen.\nJake of Troy: We will.', expected: [] },
    { name: 'a marked quote inside a turn', text: 'A: She told me “never” twice.', expected: ['She told me “never” twice.', '“never”'] },
    { name: 'a label needs words after it, and capitals', text: 'Q:\nNote: the vote is Tuesday.\nIn 2016: a loss.', expected: [] },
    { name: 'a book’s heading is no label', text: 'BOOK FOUR: 1806\nFIRST EPILOGUE: 1813 - 20\nChapter 3: The Storm', expected: [] },
    { name: 'a quote left open in a turn ends with it', text: 'A: He said “wait.\n“Then go,” she said.', expected: ['He said “wait.', '“wait.', '“Then go,”'] },
    { name: 'an inch sign is not a mark', text: 'A 12" pipe and a "real" one.', expected: ['"real"'] },
    { name: 'a closing mark with nothing open is ignored', text: 'Done.” Then “go”.', expected: ['“go”'] },
    { name: 'a straight closing mark with nothing open opens nothing', text: 'A review of [his] systems" and his health. The only "records" came later.', expected: ['"records"'] },
    { name: 'a straight mark after punctuation with nothing open opens nothing', text: 'He was done." Then "go" came.', expected: ['"go"'] },
    { name: 'a straight quote nested in a straight quote', text: '"Say only "yes," and I shall understand you!" she said.', expected: ['"Say only "yes," and I shall understand you!"', '"yes,"'] },
    { name: 'a straight quote nested at the end of one', text: '"He said, "Let him cast the first stone!" There are plenty to do that."', expected: ['"He said, "Let him cast the first stone!" There are plenty to do that."', '"Let him cast the first stone!"'] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepStrictEqual(quotesIn(text), expected));
  }

  it('marks nesting depth and whether the quote closed', () => {
    const spans = spansIn('“They said ‘never’ to us,” she said. He said “no.');
    assert.deepStrictEqual(spans.map((s) => [s.depth, s.closed]), [[0, true], [1, true], [0, false]]);
  });

  it('a turn holds its marked quotes one level deeper, and its label', () => {
    const text = 'Q: Did he say “no”?';
    const spans = spansIn(text);
    assert.deepStrictEqual(spans.map((s) => [s.depth, s.label && text.slice(s.label.start, s.label.end)]), [[0, 'Q'], [1, undefined]]);
  });

  it('stays linear on 10,000 unbalanced marks of each kind', () => {
    for (const mark of ['“', '”', '‘', '"', '«', "'a "]) {
      const text = `Start ${mark.repeat(10000)} end.`;
      const { ms } = cpuMs(() => spansIn(text));
      assert.ok(ms < 500, `${JSON.stringify(mark)} took ${ms.toFixed(0)} ms of CPU`);
    }
  });

  it('scans a 3 MB book in well under a second', () => {
    const paragraph = '“It’s late,” she said. He called it ‘a disgrace’ and left for the ’90s club.\n';
    const text = paragraph.repeat(Math.ceil(3_000_000 / paragraph.length));
    const paragraphs = paragraphsOf(text, splitParagraphs(text));
    const { value: spans, ms } = cpuMs(() => findQuoteSpans(text, paragraphs));
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms of CPU`);
    assert.strictEqual(spans.length, 2 * paragraphs.length);
  });
});

describe('paragraphsOf', () => {
  it('joins units cut from one long line and keeps line breaks as paragraph ends', () => {
    const text = 'One line.\nAnother line.';
    assert.deepStrictEqual(paragraphsOf(text, [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 23 }]), [
      { start: 0, end: 9 },
      { start: 10, end: 23 },
    ]);
  });
});
