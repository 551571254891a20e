import { readByRules, labelsOfNames } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { wordBuckets } from '../../src/core/pipeline/entities/nameModel/model';
import { sentenceRanges } from '../../src/core/pipeline/entities/nameModel/features';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import type { Token } from '../../src/core/pipeline/entities/tokens';
import type { ClusterTable } from '../../src/core/pipeline/entities/nameModel/clusterTable';
import type { GoldDocument } from './corpus';
import type { TrainingSentence } from './perceptron';

/** A training sentence with its words, for what reads them beyond the features (the document stage). */
export interface WordedSentence extends TrainingSentence {
  readonly tokens: readonly Token[];
}

/**
 * A labelled document as training sentences: split into paragraphs, parsed by compromise and read
 * by the rules exactly as the paragraph pass does, so the features the model learns from are the
 * ones it will see; each word takes the gold label of the name its characters fall in.
 */
export function trainingSentences(document: GoldDocument, bucketBits: number, clusters?: ClusterTable): TrainingSentence[] {
  return wordedSentences(document, bucketBits, clusters).map(({ buckets, gold }) => ({ buckets, gold }));
}

/** trainingSentences, with each sentence's words. */
export function wordedSentences(document: GoldDocument, bucketBits: number, clusters?: ClusterTable): WordedSentence[] {
  const sentences: WordedSentence[] = [];
  for (const paragraph of splitParagraphs(document.text)) {
    const text = document.text.slice(paragraph.start, paragraph.end);
    const rules = readByRules(parseParagraph(text), text);
    const names = document.names
      .filter((n) => n.start >= paragraph.start && n.end <= paragraph.end)
      .map((n) => ({ start: n.start - paragraph.start, end: n.end - paragraph.start, kind: n.kind }));
    const gold = labelsOfNames(rules.tokens, names);
    const buckets = wordBuckets(rules.tokens, rules.labels, bucketBits, clusters);
    for (const [start, end] of sentenceRanges(rules.tokens)) {
      sentences.push({ buckets: buckets.slice(start, end), gold: gold.slice(start, end), tokens: rules.tokens.slice(start, end) });
    }
  }
  return sentences;
}
