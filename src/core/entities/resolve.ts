import type { Entity, EntityKind, Mention } from '../model';
import type { EntityCandidate } from './candidates';

export interface ResolvedEntities {
  readonly entities: Entity[];
  readonly mentions: Mention[];
}

/** Group candidates into one entity per distinct (kind, name), in order of first mention. */
export function resolveEntities(candidates: readonly EntityCandidate[]): ResolvedEntities {
  const groups = new Map<string, { kind: EntityKind; name: string; spans: EntityCandidate[] }>();
  for (const candidate of candidates) {
    const key = `${candidate.kind}\u0000${candidate.text}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: candidate.kind, name: candidate.text, spans: [] }));
    group.spans.push(candidate);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const group of groups.values()) {
    const id = `e${entities.length + 1}`;
    const own = group.spans.map((s) => ({ start: s.start, end: s.end, entityId: id, text: s.text }));
    entities.push({ id, kind: group.kind, name: group.name, aliases: [], roles: [], mentions: own });
    mentions.push(...own);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
