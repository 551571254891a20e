import * as assert from 'assert';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { viterbi } from '../../src/core/pipeline/entities/nameModel/decode';
import {
  DOCUMENT_FEATURE_COUNT, disagreesWithReading, documentFeature, documentFeatureName, documentFeatures, type LabelledSentence,
} from '../../src/core/pipeline/entities/nameModel/documentFeatures';
import { documentScores, documentStageScores } from '../../src/core/pipeline/entities/nameModel/documentStage';
import { LABEL_COUNT, LABEL_NAMES, beginOf, spansOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { shippedNameModel } from '../../src/core/pipeline/entities/nameModel/shipped';

const label = (name: string): number => LABEL_NAMES.indexOf(name);

/** A made-up sentence: words written as in the text, with the first reading's labels ("B-person", "O"). */
function sentence(words: string, labels: string): LabelledSentence {
  const list = words.split(' ');
  return { lowers: list.map((w) => w.toLowerCase()), capital: list.map((w) => /\p{Lu}/u.test(w)), labels: Uint8Array.from(labels.split(' '), label) };
}

const names = (features: readonly number[]): string[] => features.map(documentFeatureName);

describe('name model: document features', () => {
  const table: { name: string; document: LabelledSentence[]; sentence: number; word: number; want: string[] }[] = [
    {
      name: 'a word read as a place once and as a person twice, once in a longer name',
      document: [sentence('Jordan said so', 'B-person O O'), sentence('Jordan won', 'B-place O'), sentence('Michael Jordan came', 'B-person I-person O')],
      sentence: 1, word: 0,
      want: ['majority=person', 'all=person', 'longer=person', 'first=person'],
    },
    {
      name: 'the first occurrence has no earlier one; its others disagree',
      document: [sentence('Jordan said so', 'B-person O O'), sentence('Jordan won', 'B-place O'), sentence('Jordan lost', 'O O')],
      sentence: 0, word: 0,
      want: ['majority=O'],
    },
    {
      name: 'a tie between readings goes to no name, then person, place, organization',
      document: [sentence('Ford rose', 'B-organization O'), sentence('Ford spoke', 'B-person O'), sentence('Ford left', 'O O')],
      sentence: 2, word: 0,
      want: ['majority=person', 'first=organization'],
    },
    {
      name: 'a word in lower case has none, though it is written with a capital elsewhere',
      document: [sentence('the rose', 'O O'), sentence('Rose said', 'B-person O')],
      sentence: 0, word: 1,
      want: [],
    },
    {
      name: 'a word with a capital that occurs once has none',
      document: [sentence('Paris is big', 'B-place O O'), sentence('Rome too', 'B-place O')],
      sentence: 0, word: 0,
      want: [],
    },
    {
      name: 'its occurrences in lower case are no readings of it',
      document: [sentence('the rose', 'O O'), sentence('Rose said', 'B-person O'), sentence('Rose left', 'B-person O')],
      sentence: 1, word: 0,
      want: ['majority=person', 'all=person'],
    },
    {
      name: 'its own longer name is not counted among the others',
      document: [sentence('Michael Jordan came', 'B-person I-person O'), sentence('Jordan won', 'B-place O')],
      sentence: 0, word: 1,
      want: ['majority=place', 'all=place'],
    },
    {
      name: 'the longer names of the others, without its own',
      document: [sentence('Michael Jordan came', 'B-person I-person O'), sentence('Jordan Bank rose', 'B-organization I-organization O')],
      sentence: 0, word: 1,
      want: ['majority=organization', 'all=organization', 'longer=organization'],
    },
    {
      name: 'an earlier occurrence in the same sentence is the first',
      document: [sentence('Jordan met Jordan', 'B-person O B-place')],
      sentence: 0, word: 2,
      want: ['majority=person', 'all=person', 'first=person'],
    },
  ];
  for (const row of table) {
    it(row.name, () => assert.deepStrictEqual(names(documentFeatures(row.document)[row.sentence][row.word]), row.want));
  }

  it('numbers the features densely and names each one', () => {
    const all = Array.from({ length: DOCUMENT_FEATURE_COUNT }, (_, f) => documentFeatureName(f));
    assert.strictEqual(new Set(all).size, DOCUMENT_FEATURE_COUNT);
    assert.strictEqual(documentFeatureName(documentFeature('longer', 'organization')), 'longer=organization');
  });

  const disagreements: { features: number[]; label: string; want: boolean }[] = [
    { features: [documentFeature('majority', 'person')], label: 'B-person', want: false },
    { features: [documentFeature('majority', 'person')], label: 'I-place', want: true },
    { features: [documentFeature('majority', 'O')], label: 'B-organization', want: true },
    { features: [documentFeature('majority', 'O')], label: 'O', want: false },
    { features: [documentFeature('majority', 'place'), documentFeature('longer', 'organization')], label: 'B-place', want: true },
    // Only the majority and the longer names count: the first occurrence alone does not.
    { features: [documentFeature('majority', 'place'), documentFeature('first', 'person')], label: 'B-place', want: false },
    { features: [], label: 'O', want: false },
  ];
  for (const row of disagreements) {
    it(`${names(row.features).join(', ') || 'no features'} against ${row.label}: ${row.want ? 'disagrees' : 'agrees'}`, () => {
      assert.strictEqual(disagreesWithReading(row.features, label(row.label)), row.want);
    });
  }
});

describe('name model: the document stage', () => {
  /** Made-up weights: each feature adds `weight` to the beginning of the kind it names (nothing for O). */
  const weightsFavouringTheirKind = (weight: number): Float64Array => {
    const weights = new Float64Array(DOCUMENT_FEATURE_COUNT * LABEL_COUNT);
    for (const family of ['majority', 'all', 'longer', 'first'] as const) {
      for (const kind of ['person', 'place', 'organization'] as const) weights[documentFeature(family, kind) * LABEL_COUNT + beginOf(kind)] = weight;
    }
    return weights;
  };

  it('decodes again only sentences with a word whose features disagree with its first reading', () => {
    const document = [sentence('Jordan said so', 'B-person O O'), sentence('Jordan won', 'B-place O'), sentence('Michael Jordan came', 'B-person I-person O'), sentence('Nobody came', 'O O')];
    const scores = documentStageScores(document, weightsFavouringTheirKind(1));
    assert.deepStrictEqual(scores.map((s) => s !== undefined), [false, true, false, false]);
  });

  it('adds each word’s features’ weights to its scores', () => {
    const weights = weightsFavouringTheirKind(2);
    const scores = documentScores([[documentFeature('majority', 'person'), documentFeature('first', 'person')], [], [documentFeature('all', 'place')]], weights);
    const expected = new Float64Array(3 * LABEL_COUNT);
    expected[beginOf('person')] = 4;
    expected[2 * LABEL_COUNT + beginOf('place')] = 2;
    assert.deepStrictEqual(scores, expected);
  });

  // A name's kind settled by its other occurrences: the first stage scored "Jordan" in "Jordan
  // won" a little more a place than a person; the rest of the document reads it as a person.
  const settled: { name: string; weight: number; want: string }[] = [
    { name: 'weights that favour the document’s reading settle it', weight: 1, want: 'person' },
    { name: 'zero weights leave the first reading', weight: 0, want: 'place' },
  ];
  for (const row of settled) {
    it(row.name, () => {
      const document = [sentence('Jordan said so', 'B-person O O'), sentence('Jordan won', 'B-place O'), sentence('Michael Jordan came', 'B-person I-person O')];
      const firstStage = new Float64Array(2 * LABEL_COUNT);
      firstStage[beginOf('place')] = 2.5;
      firstStage[beginOf('person')] = 2;
      firstStage[LABEL_COUNT] = 1;
      const added = documentStageScores(document, weightsFavouringTheirKind(row.weight))[1]!;
      const emissions = firstStage.map((score, k) => score + added[k]);
      const labels = viterbi({ length: 2, labels: LABEL_COUNT, emissions, transitions: new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT) });
      assert.deepStrictEqual(spansOf(labels).map((s) => s.kind), [row.want]);
    });
  }

  it('reads a paragraph with scores added to the first stage’s, and without them as before', () => {
    const model = shippedNameModel();
    assert.ok(model);
    const paragraph = 'Jordan won the game in Chicago.';
    const rules = readByRules(parseParagraph(paragraph), paragraph);
    const before = model.read(rules.tokens, rules.labels);
    assert.deepStrictEqual(model.read(rules.tokens, rules.labels, new Float64Array(rules.tokens.length * LABEL_COUNT)), before);
    const added = new Float64Array(rules.tokens.length * LABEL_COUNT);
    added[beginOf('organization')] = 1000;
    const after = model.read(rules.tokens, rules.labels, added);
    assert.deepStrictEqual(after.names.map((n) => [rules.tokens[n.first].text, n.kind]), [['Jordan', 'organization'], ['Chicago', 'place']]);
  });
});
