// Dossier parses with compromise faster than `nlp()` does (src/core/entities/parse.ts, sweep.ts);
// these tests hold it to giving the very words and tags that `nlp()` gives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import nlp from 'compromise';
import { parseParagraph, type Term } from '../../src/core/entities/parse';
import { fastBulkMatch } from '../../src/core/entities/sweep';
import { splitParagraphs } from '../../src/core/paragraphs';

type BulkMatch = typeof fastBulkMatch;
const methods = nlp.methods() as { one: { bulkMatch: BulkMatch } };
// The fast sweep is installed on the first parse, so this is still compromise's own.
const compromiseBulkMatch = methods.one.bulkMatch;

const article = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/xi-putin-moscow.txt'), 'utf8');
const NOVEL = [
  '"Well, Prince, so Genoa and Lucca are now just family estates of the Buonapartes. But I warn you, if you don\'t tell me that this means war, I will have nothing more to do with you."',
  'It was in July, 1805, and the speaker was the well-known Anna Pavlovna Scherer, maid of honor and favorite of the Empress Marya Fedorovna.',
  'He\'d gone, she said; they\'d have dinner at five o\'clock on Monday, and he paid two grand for a pound of tea in may.',
  'AND HE SAID: "I can\'t!" Then the old man of the house -- who had come in at 3:30 p.m. -- looked up.',
];
const paragraphs = [...splitParagraphs(article).map((p) => article.slice(p.start, p.end)), ...NOVEL];

/** Everything Dossier reads of a parse: each word's text, spacing and tags, sentence by sentence. */
const words = (sentences: readonly (readonly Term[])[]): string[][] =>
  sentences.map((terms) => terms.map((t) => `${t.pre}|${t.text}|${t.post}|${[...t.tags].sort().join(',')}`));

describe('parsing with compromise', () => {
  it('finds with the fast sweep the rules compromise finds, at the same words, in the same order', () => {
    assert.notStrictEqual(compromiseBulkMatch, fastBulkMatch);
    let compared = 0;
    const spy: BulkMatch = (document, net, m, opts) => {
      const slow = compromiseBulkMatch(document, net, m, opts);
      const fast = fastBulkMatch(document, net, m, opts);
      const found = (list: ReturnType<BulkMatch>) => list.map((f) => `${f.match} @ ${f.pointer.join(',')}`);
      assert.deepStrictEqual(found(fast), found(slow));
      compared += slow.length;
      return slow;
    };
    nlp.plugin({ methods: { one: { bulkMatch: spy } } });
    try {
      for (const paragraph of paragraphs) nlp(paragraph);
    } finally {
      nlp.plugin({ methods: { one: { bulkMatch: compromiseBulkMatch } } });
    }
    assert.ok(compared > 100, `only ${compared} matches compared`);
  });

  it('gives the words and tags that nlp() gives', () => {
    for (const paragraph of paragraphs) {
      const parsed = words(parseParagraph(paragraph));
      const reference = words((nlp(paragraph) as unknown as { document: Term[][] }).document);
      assert.deepStrictEqual(parsed, reference, paragraph);
    }
  });
});
