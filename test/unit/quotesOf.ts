// Quotes attributed over entities given by hand, as the entity recogniser would report them.
import type { Entity, EntityKind, Mention, Quote } from '../../src/core/model/model';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { attributeQuotes } from '../../src/core/pipeline/quotes/attribute';
import { findQuoteSpans, paragraphsOf } from '../../src/core/pipeline/quotes/find';

/** The people and organisations a test sentence names, as the entity recogniser would report them. */
export type Known = Record<string, { kind: EntityKind; forms: string[]; roles?: string[] }>;

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
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const [name, { kind, forms, roles = [] }] of Object.entries(known)) {
    const id = `e${entities.length + 1}`;
    const own: Mention[] = [];
    const pattern = new RegExp(`\\b(?:${forms.join('|')})\\b`, 'g');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) own.push({ start: m.index, end: m.index + m[0].length, entityId: id, text: m[0] });
    if (own.length) entities.push({ id, kind, name, aliases: forms.filter((f) => f !== name), roles, mentions: own, firstMention: own[0] });
    mentions.push(...own);
  }
  mentions.sort((a, b) => a.start - b.start);
  const paragraphs = paragraphsOf(text, splitParagraphs(text));
  return attributeQuotes(findQuoteSpans(text, paragraphs), { text, paragraphs, entities, mentions });
}
