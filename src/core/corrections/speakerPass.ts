// The speaker pass of the corrections: after the entity pass, each quote's speaker follows its
// entity to its new id and name, and a quote the reader credited to someone gets that speaker.

import type { Entity, Mention, Quote, Span, Speaker } from '../model/model';
import { overlaps } from '../model/spans';
import { normalizeSpace, occurrences, type Correction } from './corrections';
import type { CorrectedEntities } from './entityPass';

/** The quotes with their speakers relinked to the corrected entities, and set where a correction says who spoke. */
export function correctSpeakers(text: string, quotes: readonly Quote[], corrections: readonly Correction[], { entities, mentions, newId }: CorrectedEntities): Quote[] {
  const speakers = corrections.filter((c): c is Extract<Correction, { action: 'setSpeaker' }> => c.action === 'setSpeaker');
  const mentionAt = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  return quotes.map((quote) => {
    const relinked = relinkSpeaker(quote, mentionAt, entityById, newId);
    const flat = normalizeSpace(quote.text);
    const override = speakers.filter((c) => normalizeSpace(c.quote) === flat).pop();
    return override ? withSpeaker(text, relinked, override.speaker, entities) : relinked;
  });
}

/** Keep a speaker pointing at the right entity after ids and names changed. */
function relinkSpeaker(quote: Quote, mentionAt: ReadonlyMap<string, Mention>, entityById: ReadonlyMap<string, Entity>, newId: (oldId: string) => string | undefined): Quote {
  const speaker = quote.speaker;
  if (!speaker) return quote;
  const atSpan = mentionAt.get(`${speaker.start}:${speaker.end}`);
  const id = atSpan?.entityId ?? (speaker.entityId === undefined ? undefined : newId(speaker.entityId));
  const entity = id === undefined ? undefined : entityById.get(id);
  const relinked: Speaker = entity
    ? { start: speaker.start, end: speaker.end, name: entity.name, entityId: entity.id, how: speaker.how, confidence: speaker.confidence }
    : { start: speaker.start, end: speaker.end, name: speaker.name, how: speaker.how, confidence: speaker.confidence };
  return { ...quote, speaker: relinked };
}

/**
 * The quote as said by `name` (or by nobody). The speaker's span is the entity's mention nearest
 * the quote, else the nearest occurrence of the name outside it, else the words the attribution
 * named before, else the quote's opening mark: a speaker's span is never empty.
 */
function withSpeaker(text: string, quote: Quote, name: string | null, entities: readonly Entity[]): Quote {
  if (name === null) return { ...quote, speaker: null, verb: undefined };
  const flat = normalizeSpace(name);
  const entity = entities.find((e) => e.name === flat) ?? entities.find((e) => e.aliases.includes(flat));
  const candidates: readonly Span[] = entity ? entity.mentions : occurrences(text, flat);
  const outside = candidates.filter((s) => !overlaps(s, quote));
  const distance = (s: Span): number => (s.end <= quote.start ? quote.start - s.end : s.start - quote.end);
  const nearest = outside.reduce<Span | undefined>((best, s) => (!best || distance(s) < distance(best) ? s : best), undefined);
  const span = nearest ?? quote.speaker ?? { start: quote.start, end: quote.start + 1 };
  // The user named the speaker: as sure as an attribution gets.
  const set = { how: 'explicit', confidence: 1 } as const;
  const speaker: Speaker = entity ? { start: span.start, end: span.end, name: entity.name, entityId: entity.id, ...set } : { start: span.start, end: span.end, name: flat, ...set };
  return { ...quote, kind: quote.kind === 'scare' ? 'fragment' : quote.kind, speaker };
}
