import { LABEL_COUNT } from './labels';
import { disagreesWithReading, documentFeatures, type LabelledSentence } from './documentFeatures';

/**
 * The document stage, stacked on the first: the first stage's weights stay as they are, and each
 * word's document features (documentFeatures.ts) add their weights to its first-stage scores
 * before the sentence is decoded again (`weights[feature * LABEL_COUNT + label]`).
 *
 * Per sentence of the document, the scores to add to its words, or undefined where the sentence
 * keeps its first reading: only a sentence with a word whose document features disagree with its
 * first reading is decoded again, so a document where every name reads alike costs nothing more.
 */
export function documentStageScores(sentences: readonly LabelledSentence[], weights: Float64Array): (Float64Array | undefined)[] {
  const features = documentFeatures(sentences);
  return sentences.map((sentence, s) => {
    const own = features[s];
    if (!own.some((list, word) => disagreesWithReading(list, sentence.labels[word]))) return undefined;
    return documentScores(own, weights);
  });
}

/** Per word, per label, the sum of the weights of the word's document features. */
export function documentScores(wordFeatures: readonly (readonly number[])[], weights: Float64Array): Float64Array {
  const scores = new Float64Array(wordFeatures.length * LABEL_COUNT);
  wordFeatures.forEach((features, word) => {
    for (const feature of features) for (let y = 0; y < LABEL_COUNT; y++) scores[word * LABEL_COUNT + y] += weights[feature * LABEL_COUNT + y];
  });
  return scores;
}
