import type { Analysis } from '../model/model';
import type { Correction } from './corrections';
import { correctEntities } from './entityPass';
import { correctSpeakers } from './speakerPass';

/**
 * The analysis as the corrections say it should be. Corrections apply in order, so a later one
 * wins over an earlier one of the same name; speakers are set last, after the entities settle.
 * Ids are renumbered in order of first mention, as the model requires.
 */
export function applyCorrections(text: string, analysis: Analysis, corrections: readonly Correction[]): Analysis {
  if (corrections.length === 0) return analysis;
  const corrected = correctEntities(text, analysis, corrections);
  const quotes = correctSpeakers(text, analysis.quotes, corrections, corrected);
  return { ...analysis, entities: corrected.entities, mentions: corrected.mentions, quotes };
}
