// Quotes attributed over entities given by hand, as the entity recogniser would report them.
import type { Entity, EntityKind, Mention, Quote } from '../../src/core/model/model';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { attributeQuotes } from '../../src/core/pipeline/quotes/attribute';
import { findQuoteSpans, paragraphsOf } from '../../src/core/pipeline/quotes/find';

/** The people and organisations a test sentence names, as the entity recogniser would report them. */
export type Known = Record<string, { kind: EntityKind; forms: string[]; roles?: string[]; aliases?: string[] }>;

export const PEOPLE: Known = {
  'Vladimir Putin': { kind: 'person', forms: ['Vladimir Putin', 'Putin'] },
  'Xi Jinping': { kind: 'person', forms: ['Xi Jinping', 'Xi'] },
  'He Lifeng': { kind: 'person', forms: ['He Lifeng'] },
  'Maria Lopez': { kind: 'person', forms: ['Maria Lopez', 'Lopez'] },
  'Dmitry Peskov': { kind: 'person', forms: ['Dmitry Peskov', 'Peskov'], roles: ['Kremlin spokesman'] },
  Kremlin: { kind: 'organization', forms: ['Kremlin'] },
  Tass: { kind: 'organization', forms: ['Tass'] },
  RT: { kind: 'organization', forms: ['RT'] },
  China: { kind: 'place', forms: ['China'] },
};

export function quotesOf(text: string, known: Known = PEOPLE): Quote[] {
  const { entities, mentions } = entitiesOf(text, known);
  const paragraphs = paragraphsOf(text, splitParagraphs(text));
  return attributeQuotes(findQuoteSpans(text, paragraphs), { text, paragraphs, entities, mentions });
}

/**
 * The entities `known` names in `text` and their mentions in text order: each form found as a whole
 * word, the longer first where two overlap (a recogniser reports "Henry Crawford", not "Crawford"
 * inside it). `aliases` are other names an entity has that this text does not use.
 */
export function entitiesOf(text: string, known: Known): { entities: Entity[]; mentions: Mention[] } {
  const found: { owner: number; start: number; end: number; text: string }[] = [];
  Object.values(known).forEach(({ forms }, owner) => {
    const pattern = new RegExp(`\\b(?:${forms.join('|')})\\b`, 'g');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ owner, start: m.index, end: m.index + m[0].length, text: m[0] });
  });
  const taken: typeof found = [];
  for (const match of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!taken.some((other) => other.start < match.end && match.start < other.end)) taken.push(match);
  }
  taken.sort((a, b) => a.start - b.start);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  Object.entries(known).forEach(([name, { kind, forms, roles = [], aliases = [] }], owner) => {
    const id = `e${entities.length + 1}`;
    const own = taken.filter((match) => match.owner === owner).map(({ start, end, text: written }) => ({ start, end, entityId: id, text: written }));
    if (own.length) entities.push({ id, kind, name, aliases: [...forms.filter((f) => f !== name), ...aliases], roles, mentions: own, firstMention: own[0] });
    mentions.push(...own);
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
