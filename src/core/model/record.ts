import type { Analysis } from './model';

/**
 * The JSON form of an analysis that the CLI prints and the editor exports: the annotator contract
 * of the accuracy scripts, plus aliases, roles, verbs, outlets and values.
 */
export function toRecord(file: string, analysis: Analysis): object {
  return {
    file,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles,
      ...(e.confidence !== undefined && { confidence: e.confidence }),
      ...(e.kindConfidence !== undefined && { kindConfidence: e.kindConfidence }),
      firstMention: { start: e.firstMention.start, end: e.firstMention.end },
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, ...(m.confidence !== undefined && { confidence: m.confidence }) })),
    })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      text: q.text,
      speaker: q.speaker && {
        name: q.speaker.name,
        entity: q.speaker.entityId ?? null,
        start: q.speaker.start,
        end: q.speaker.end,
        how: q.speaker.how,
        confidence: q.speaker.confidence,
      },
      verb: q.verb ?? null,
      reportedBy: q.reportedBy ?? null,
    })),
    values: analysis.values.map((v) => ({ kind: v.kind, start: v.start, end: v.end, text: v.text })),
  };
}
