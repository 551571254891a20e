import type { Analysis } from './model';

/**
 * Names the model is less sure of than this are not shown by default, in the editor
 * (`dossier.names.minConfidence`) and on the command line (`--min-confidence`) alike.
 */
export const DEFAULT_MIN_NAME_CONFIDENCE = 0.5;

/**
 * The analysis without the names the model is less sure of than `minimum`, and their mentions.
 * An entity without a confidence (one the reader made by a correction) always stays.
 */
export function withNamesAtLeast(analysis: Analysis, minimum: number): Analysis {
  const entities = analysis.entities.filter((entity) => (entity.confidence ?? 1) >= minimum);
  if (entities.length === analysis.entities.length) return analysis;
  const kept = new Set(entities.map((entity) => entity.id));
  return { ...analysis, entities, mentions: analysis.mentions.filter((mention) => kept.has(mention.entityId)) };
}
