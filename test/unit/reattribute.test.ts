// Quote attribution after an edit, in dialogue whose speakers come from the paragraphs before: the
// quotes attributed again must take what attributing the edited text from scratch gives them.
import * as assert from 'assert';
import { analyze, analyzeParagraph, assembleAfter, type Assembly } from '../../src/core/pipeline/analyze';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';

const assembled = (text: string, previous?: Assembly): Assembly =>
  assembleAfter(previous, text, splitParagraphs(text).map((unit) => analyzeParagraph(text, unit)));
const speakersIn = (assembly: Assembly): (string | undefined)[] => assembly.analysis.quotes.map((q) => q.speaker?.name);

const DIALOGUE = [
  '“Is the road open?” asked Paul Dorn.',
  '“No,” said Anna Berg.',
  '“Since when?”',
  '“Since the storm.”',
  '“Then we wait.”',
  '“For how long?”',
].join('\n\n');

describe('attribution after an edit, in dialogue that takes turns', () => {
  const before = assembled(DIALOGUE);

  it('the unedited dialogue takes turns between its two speakers', () => {
    assert.deepStrictEqual(speakersIn(before), ['Paul Dorn', 'Anna Berg', 'Paul Dorn', 'Anna Berg', 'Paul Dorn', 'Anna Berg']);
  });

  const edits: [string, string, string][] = [
    ['a word added to the third quote', '“Since when?”', '“Since when, then?”'],
    ['a word added to the fourth quote', '“Since the storm.”', '“Since the big storm.”'],
    ['a word added to the last quote', '“For how long?”', '“For how long now?”'],
    ['the second speaker renamed', 'said Anna Berg', 'said Maria Lopez'],
    ['the third quote told as narration', '“Since when?”', 'Paul Dorn asked since when.'],
    ['a paragraph of narration added after the second quote', 'said Anna Berg.', 'said Anna Berg.\n\nThe rain went on.'],
    ['the first speaker renamed', 'asked Paul Dorn', 'asked Tomas Oakley'],
    ['the fourth quote deleted', '“Since the storm.”\n\n', ''],
    ['the third and fourth quotes joined in one paragraph', '“Since when?”\n\n', '“Since when?” '],
    ['a quote added at the end', '“For how long?”', '“For how long?”\n\n“A week.”'],
  ];
  for (const [what, from, to] of edits) {
    it(`${what}: as from scratch`, () => {
      const edited = DIALOGUE.replace(from, to);
      const after = assembled(edited, before);
      assert.deepStrictEqual(after.analysis, analyze(edited));
    });
  }
});
