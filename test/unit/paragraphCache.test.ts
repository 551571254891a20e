// The edit path inside the worker: finding what changed between two versions, and splitting only that.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeParagraph, assemble, assembleAfter } from '../../src/core/pipeline/analyze';
import { MAX_UNIT, splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { ParagraphCache } from '../../src/analysis/paragraphCache';
import { applyChange, changeBetween } from '../../src/core/pipeline/textChange';

/** Line-level pieces: every kind of line break, blank lines, lines that do and do not end a sentence, and long lines. */
const PIECES = ['Merkel met Putin.', 'a line that wraps', ' ', '\n', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '  \n', '”', '.', 'word ', '😀', 'x'];
const LONG = fc.constantFrom(`${'word '.repeat(MAX_UNIT / 4)}end.`, `${'Sentence here. '.repeat(MAX_UNIT / 10)}`);
const texts = fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: LONG }), { maxLength: 40 }).map((p) => p.join(''));
const edits = fc.array(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat(30), inserted: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')) }),
  { minLength: 1, maxLength: 6 },
);
const edited = (text: string, { at, removed, inserted }: { at: number; removed: number; inserted: string }): string => {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + inserted + text.slice(start + removed);
};

describe('changeBetween', () => {
  it('finds a change that turns the old text into the new one, keeping their common ends', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (before, after) => {
        const change = changeBetween(before, after);
        assert.strictEqual(applyChange(before, change, after.slice(change.start, change.newEnd)), after);
        let prefix = 0;
        while (prefix < Math.min(before.length, after.length) && before[prefix] === after[prefix]) prefix++;
        assert.strictEqual(change.start, prefix, 'the whole common prefix is kept');
        assert.ok(change.oldEnd - change.start <= before.length - prefix && change.newEnd - change.start <= after.length - prefix);
        assert.ok(change.oldEnd === change.start || change.newEnd === change.start || before[change.oldEnd - 1] !== after[change.newEnd - 1], 'and the whole common suffix');
      }),
      { numRuns: 300 },
    );
  });

  it('is empty between equal texts', () => {
    assert.deepStrictEqual(changeBetween('same text', 'same text'), { start: 9, oldEnd: 9, newEnd: 9 });
  });
});

describe('ParagraphCache', () => {
  it('gives, after any edits, exactly the units splitting the new text gives', () => {
    fc.assert(
      fc.property(texts, edits, (original, changes) => {
        const cache = new ParagraphCache();
        let text = original;
        assert.deepStrictEqual(cache.prepare(text).units, splitParagraphs(text));
        for (const change of changes) {
          text = edited(text, change);
          assert.deepStrictEqual(cache.prepare(text).units, splitParagraphs(text), JSON.stringify(text));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('splits the same units when told the change as when it finds the change itself', () => {
    fc.assert(
      fc.property(texts, edits, (original, changes) => {
        const cache = new ParagraphCache();
        let text = original;
        cache.prepare(text);
        for (const change of changes) {
          const before = text;
          text = edited(text, change);
          assert.deepStrictEqual(cache.prepare(text, changeBetween(before, text)).units, splitParagraphs(text), JSON.stringify(text));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the passes the change it found, only from the text last assembled to the text it prepared', () => {
    const cache = new ParagraphCache();
    const texts = ['Angela Merkel met Vladimir Putin.', 'Angela Merkel met Putin.', 'Merkel met Putin.'];
    const first = cache.prepare(texts[0]);
    const assembly = assembleAfter(undefined, texts[0], first.units.map((unit) => analyzeParagraph(texts[0], unit)));
    cache.complete(texts[0], assembly);
    cache.prepare(texts[1]);
    assert.deepStrictEqual(cache.changeSince(assembly, texts[1]), changeBetween(texts[0], texts[1]));
    assert.strictEqual(cache.changeSince(assembly, texts[2]), undefined, 'not for another text');
    // The job over texts[1] was cancelled: the change to texts[2] is not from the assembled text.
    cache.prepare(texts[2]);
    assert.strictEqual(cache.changeSince(assembly, texts[2]), undefined);
    assert.strictEqual(cache.changeSince(assembly, texts[1]), undefined);
  });

  it('keeps the findings of the units an edit did not touch, moved to where they are now', () => {
    const paragraphs = ['Angela Merkel met Vladimir Putin in Moscow.', 'Xi Jinping spoke in Paris.', 'Reuters said nothing.'];
    const cache = new ParagraphCache();
    const text = paragraphs.join('\n\n');
    const first = cache.prepare(text);
    first.units.forEach((unit, i) => (first.findings[i] = analyzeParagraph(text, unit)));
    const newText = `Now ${text}`;
    const second = cache.prepare(newText);
    assert.strictEqual(second.findings[0], undefined, 'the edited unit is to be read again');
    second.units.forEach((unit, i) => {
      if (i > 0) assert.deepStrictEqual(second.findings[i], analyzeParagraph(newText, unit));
    });
  });

  it('keeps what a cancelled job read, for the next job on the same text', () => {
    const cache = new ParagraphCache();
    const text = 'One paragraph.\n\nAnother one.';
    const first = cache.prepare(text);
    first.findings[1] = analyzeParagraph(text, first.units[1]);
    assert.deepStrictEqual(cache.prepare(text).findings.map((f) => f !== undefined), [false, true]);
  });
});

describe('assembling after an edit at the very start of the text', () => {
  // Names found again across the document move with the text; one that opens it (here in a headline in
  // capitals) must too, also when the new text opens with a line break.
  const original = 'PUTIN MET HIM\n\nVladimir Putin met Angela Merkel.\n\nMerkel left.';
  const rows: Array<[string, string]> = [
    ['a line break inserted', `\n${original}`],
    ['two line breaks inserted', `\n\n${original}`],
    ['a space inserted', ` ${original}`],
    ['a word inserted', `Then ${original}`],
    ['the first letter removed', original.slice(1)],
  ];
  const assembled = (text: string) => assembleAfter(undefined, text, splitParagraphs(text).map((unit) => analyzeParagraph(text, unit)));
  for (const [edit, text] of rows) {
    it(`gives what a fresh assembly gives: ${edit}`, () => {
      const findings = splitParagraphs(text).map((unit) => analyzeParagraph(text, unit));
      const afterEdit = assembleAfter(assembled(original), text, findings);
      assert.deepStrictEqual(afterEdit.analysis, assemble(text, findings));
      // The same text again changes nothing.
      assert.deepStrictEqual(assembleAfter(afterEdit, text, findings).analysis, assemble(text, findings));
    });
  }
});
