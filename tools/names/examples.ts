import { readByRules, labelsOfNames } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { wordBuckets } from '../../src/core/pipeline/entities/nameModel/model';
import { sentenceRanges } from '../../src/core/pipeline/entities/nameModel/features';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import type { GoldDocument } from './corpus';
import type { TrainingSentence } from './perceptron';

/**
 * A labelled document as training sentences: split into paragraphs, parsed by compromise and read
 * by the rules exactly as the paragraph pass does, so the features the model learns from are the
 * ones it will see; each word takes the gold label of the name its characters fall in.
 */
export function trainingSentences(document: GoldDocument, bucketBits: number): TrainingSentence[] {
  const sentences: TrainingSentence[] = [];
  for (const paragraph of splitParagraphs(document.text)) {
    const text = document.text.slice(paragraph.start, paragraph.end);
    const rules = readByRules(parseParagraph(text), text);
    const names = document.names
      .filter((n) => n.start >= paragraph.start && n.end <= paragraph.end)
      .map((n) => ({ start: n.start - paragraph.start, end: n.end - paragraph.start, kind: n.kind }));
    const gold = labelsOfNames(rules.tokens, names);
    const buckets = wordBuckets(rules.tokens, rules.labels, bucketBits);
    for (const [start, end] of sentenceRanges(rules.tokens)) {
      sentences.push({ buckets: buckets.slice(start, end), gold: gold.slice(start, end) });
    }
  }
  return sentences;
}
