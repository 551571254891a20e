// After an edit, the quote scan reads again only the paragraphs around it: it starts at the last
// paragraph before the change that it entered with nothing open, and joins the old scan at the
// first such paragraph after it. The spans must be those of a scan from scratch.
import * as assert from 'assert';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { findQuoteSpans, findQuoteSpansAfterChange, paragraphsOf } from '../../src/core/pipeline/quotes/find';
import { changeBetween } from '../../src/core/pipeline/textChange';

const paragraph = (i: number): string => `Paragraph ${i} opens with plain words. “Quote number ${i} is here,” she said at last.`;
const BASE = Array.from({ length: 10 }, (_, i) => paragraph(i));
/** BASE with a quote in paragraph 3 that runs on into paragraph 4. */
const RUN_ON = BASE.map((p, i) => (i === 3 ? p.replace('at last.', 'at last. “It runs on') : i === 4 ? `“${p}` : p));
const edit = (paragraphs: string[], at: number, from: string, to: string): string[] => paragraphs.map((p, i) => (i === at ? p.replace(from, to) : p));

const cases: { name: string; before: string[]; after: string[]; rescanned: { from: number; to: number; oldTo: number } }[] = [
  { name: 'a word in the middle: its paragraph and the one before', before: BASE, after: edit(BASE, 5, 'plain', 'simple'), rescanned: { from: 4, to: 6, oldTo: 6 } },
  { name: 'a word in the first paragraph: everything', before: BASE, after: edit(BASE, 0, 'plain', 'simple'), rescanned: { from: 0, to: 10, oldTo: 10 } },
  { name: 'a word in the last paragraph: it and the one before', before: BASE, after: edit(BASE, 9, 'plain', 'simple'), rescanned: { from: 8, to: 10, oldTo: 10 } },
  {
    name: 'a paragraph inserted: the old scan joined at its paragraph 6, now 7',
    before: BASE,
    after: [...BASE.slice(0, 5), 'A new paragraph with no quote in it at all, long enough to pass.', ...BASE.slice(5)],
    rescanned: { from: 4, to: 7, oldTo: 6 },
  },
  { name: 'a paragraph deleted: the old scan joined at its paragraph 7, now 6', before: BASE, after: [...BASE.slice(0, 5), ...BASE.slice(6)], rescanned: { from: 4, to: 6, oldTo: 7 } },
  { name: 'a quote left open: it ends with its paragraph, and the next one is read', before: BASE, after: edit(BASE, 5, 'at last.', 'at last. “And more'), rescanned: { from: 4, to: 7, oldTo: 7 } },
  { name: 'after a quote that runs on: from the paragraph it starts in', before: RUN_ON, after: edit(RUN_ON, 5, 'plain', 'simple'), rescanned: { from: 3, to: 6, oldTo: 6 } },
  { name: 'a quote made to run on into the next paragraph', before: BASE, after: edit(edit(BASE, 5, 'at last.', 'at last. “And more'), 6, 'Paragraph', '“Paragraph'), rescanned: { from: 4, to: 7, oldTo: 7 } },
  { name: 'a run-on quote closed', before: RUN_ON, after: edit(RUN_ON, 3, '“It runs on', '“It ends.”'), rescanned: { from: 2, to: 5, oldTo: 5 } },
];

describe('quote spans after an edit', () => {
  for (const { name, before, after, rescanned } of cases) {
    it(name, () => {
      const oldText = before.join('\n\n');
      const newText = after.join('\n\n');
      const old = findQuoteSpansAfterChange(oldText, paragraphsOf(oldText, splitParagraphs(oldText)));
      const paragraphs = paragraphsOf(newText, splitParagraphs(newText));
      const found = findQuoteSpansAfterChange(newText, paragraphs, { memo: old.memo, change: changeBetween(oldText, newText) });
      assert.deepStrictEqual(found.memo.spans, findQuoteSpans(newText, paragraphs));
      assert.deepStrictEqual(found.memo.runOnInto, findQuoteSpansAfterChange(newText, paragraphs).memo.runOnInto);
      assert.deepStrictEqual(found.rescanned, rescanned);
    });
  }
});
