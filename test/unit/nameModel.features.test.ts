// The name model's features, word by word, for paragraphs that reach each kind of feature,
// compared with a committed expected file. The shipped weights were trained on these exact
// features (hashed by name and value): a feature renamed, dropped or computed otherwise silently
// turns its weights into noise, so any change here must come with weights trained again.
import * as path from 'path';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { paragraphWordsOf, shapeOf, wordFeatures } from '../../src/core/pipeline/entities/nameModel/features';
import * as assert from 'assert';
import { assertPinned } from './pinned';

const EXPECTED = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'expected', 'name-features.txt');
const UPDATE = 'DOSSIER_UPDATE_EXPECTED=1 npm run test:unit -- nameModel.features';

const PARAGRAPHS = [
  'PUTIN’S AIDES MEET IN NEW YORK',
  'Rose met Bill in New York. The rose was red, and Bill’s NATO ally, the Harbor Bank, said “yes” (again) to Mr. Łódź and Ünal.',
  'Kremlin spokesman Dmitry Peskov said German troops left Kiev. Kremlin aides, 42 of them, waited; ٤٢ more came from Lake Town.',
  'Georgetown Hospital staff and Smith met at 10:30 in São Paulo on 1996-08-30 — “Fine,” Smith told Reuters.',
];

/** Each word with its features, sorted, one word a line; a blank line between paragraphs. */
function featureLines(): string {
  return PARAGRAPHS.map((paragraph) => {
    const rules = readByRules(parseParagraph(paragraph), paragraph);
    const features = wordFeatures(rules.tokens, rules.labels);
    return rules.tokens.map((token, i) => `${token.text}\t${[...features[i]].sort().join(' ')}`).join('\n');
  }).join('\n\n') + '\n';
}

describe('name model: the features, pinned', () => {
  it('every word’s features in four paragraphs are test/fixtures/expected/name-features.txt', () => {
    assertPinned(featureLines(), EXPECTED, 'the name model’s features', UPDATE);
  });

  it('shapes of letters, digits and marks beyond ASCII', () => {
    const table: [string, string][] = [['São', 'Xx'], ['ÜNAL', 'X'], ['٤٢', 'd'], ['Ab12', 'Xxd'], ['a-b', 'x-x'], ['@Z', '@X'], ['z`{', 'x`{']];
    for (const [word, shape] of table) assert.strictEqual(shapeOf(word), shape, word);
  });

  it('a word capitalised inside a sentence, not at its start nor on a line in capitals', () => {
    const paragraph = 'Rose met Bill. BILL AND ROSE\nThen Rose left.';
    const words = paragraphWordsOf(readByRules(parseParagraph(paragraph), paragraph).tokens);
    assert.deepStrictEqual([...words.capitalisedInside].sort(), ['bill', 'rose']);
  });
});
