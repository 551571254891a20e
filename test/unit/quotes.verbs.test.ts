import * as assert from 'assert';
import { reportingVerbAt, type VerbForm } from '../../src/core/pipeline/quotes/verbs';

/** The form read at the first word of `phrase` (words in lower case, split at spaces), or undefined. */
const formOf = (phrase: string): VerbForm | undefined => reportingVerbAt(phrase.split(' '), 0);
const verb = (words = 1, participle = false, mostlyNoun = false): VerbForm => ({ participle, words, mostlyNoun });

describe('reportingVerbAt: the reporting verbs and their forms', () => {
  const cases: [string, VerbForm | undefined][] = [
    // Irregular verbs, spelled out.
    ['say', verb()],
    ['says', verb()],
    ['said', verb()],
    ['saying', verb(1, true)],
    ['told', verb()],
    ['wrote', verb()],
    ['written', verb()],
    ['reads', verb()],
    ['read', undefined],
    ['denies', verb()],
    ['testified', verb()],
    ['cries', verb()],
    // Regular forms made from the base: -s, -d after an e, -ied after a consonant and y, -ed, -ing without the e.
    ['adds', verb()],
    ['added', verb()],
    ['adding', verb(1, true)],
    ['declared', verb()],
    ['declaring', verb(1, true)],
    ['argued', verb()],
    ['arguing', verb(1, true)],
    ['agreed', verb()],
    ['insisted', verb()],
    ['warns', verb()],
    ['emphasise', verb()],
    ['emphasised', verb()],
    ['remonstrated', verb()],
    // Forms of two words: only the pair, not its first word alone.
    ['put it', verb(2)],
    ['puts it', verb(2)],
    ['put', undefined],
    ['put them', undefined],
    ['pointed out', verb(2)],
    ['pointing out', verb(2, true)],
    ['pointed', undefined],
    ['went on', verb(2)],
    ['went', undefined],
    ['blurted out', verb(2)],
    ['blurted', verb()],
    ['shot back', verb(2)],
    ['shoots back', verb(2, false, true)],
    ['shot', undefined],
    // Mostly nouns: the base and -s forms only after a name or a pronoun; the past and -ing forms always.
    ['tweet', verb(1, false, true)],
    ['tweets', verb(1, false, true)],
    ['tweeted', verb()],
    ['tweeting', verb(1, true)],
    ['reply', verb(1, false, true)],
    ['replies', verb(1, false, true)],
    ['replied', verb()],
    ['calls', verb(1, false, true)],
    ['called', verb()],
    ['claims', verb(1, false, true)],
    ['claimed', verb()],
    ['quipped', verb()],
    ['snapped', verb()],
    ['referred', verb()],
    ['thought', verb(1, false, true)],
    ['thinks', undefined],
    ['posted', verb(1, false, true)],
    ['posts', undefined],
    ['concludes', verb(1, false, true)],
    ['concluded', verb()],
    ['cautioned', verb()],
    ['comment', verb(1, false, true)],
    // Not reporting verbs, nor misspelled forms.
    ['saids', undefined],
    ['walked', undefined],
    ['', undefined],
  ];
  for (const [phrase, expected] of cases) {
    it(`“${phrase}” → ${expected ? JSON.stringify(expected) : 'no verb'}`, () => assert.deepStrictEqual(formOf(phrase), expected));
  }

  it('reads the verb at any position, and a pair only when both words are there', () => {
    assert.deepStrictEqual(reportingVerbAt(['she', 'pointed', 'out'], 1), verb(2));
    assert.deepStrictEqual(reportingVerbAt(['as', 'he', 'put'], 2), undefined);
    assert.deepStrictEqual(reportingVerbAt(['he', 'went', 'on'], 1), verb(2));
    assert.deepStrictEqual(reportingVerbAt(['he', 'said'], 0), undefined);
  });
});
