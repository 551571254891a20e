import * as assert from 'assert';
import type { Span } from '../../src/core/model/model';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { findQuoteSpans, paragraphsOf } from '../../src/core/pipeline/quotes/find';
import { buildLayout } from '../../src/core/pipeline/quotes/layout';
import type { SpeakerPhrase } from '../../src/core/pipeline/quotes/phrases';
import { SpeakerResolver } from '../../src/core/pipeline/quotes/speakers';
import { entitiesOf, type Known } from './quotesOf';

// From the words that name a speaker to the entity they mean, over entities given by hand.
// In each text, [ ] marks a speaker's phrase (or a span of narration) and { } the name at its head;
// a phrase without a name that is a pronoun is read as that pronoun.

const CAST: Known = {
  'Anna Berg': { kind: 'person', forms: ['Anna Berg', 'Anna', 'Berg'] },
  'Paul Dorn': { kind: 'person', forms: ['Paul Dorn', 'Paul', 'Dorn'] },
  'Tom Hale': { kind: 'person', forms: ['Tom Hale'] },
  'He Lifeng': { kind: 'person', forms: ['He Lifeng'] },
  // Known by a surname alone, whose gender no first name tells.
  Quarles: { kind: 'person', forms: ['Quarles'] },
  Gradgrind: { kind: 'person', forms: ['Gradgrind'] },
  'Dmitry Peskov': { kind: 'person', forms: ['Dmitry Peskov', 'Peskov'], roles: ['Kremlin spokesman', 'former diplomat'] },
  'Harbor Council': { kind: 'organization', forms: ['Harbor Council'] },
  Tass: { kind: 'organization', forms: ['Tass'] },
  'Lake Town': { kind: 'place', forms: ['Lake Town'] },
};

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'who', 'you']);

/** The text without its marks, and the phrases (or spans) they mark, in order. */
function marked(source: string): { text: string; phrases: SpeakerPhrase[] } {
  let text = '';
  const phrases: SpeakerPhrase[] = [];
  let phraseStart = -1;
  let nameStart = -1;
  let name: SpeakerPhrase['name'];
  for (const char of source) {
    if (char === '[') phraseStart = text.length;
    else if (char === '{') nameStart = text.length;
    else if (char === '}') name = { start: nameStart, end: text.length, text: text.slice(nameStart, text.length) };
    else if (char === ']') {
      const words = text.slice(phraseStart, text.length);
      const pronoun = !name && PRONOUNS.has(words.toLowerCase()) ? words.toLowerCase() : undefined;
      phrases.push({ start: phraseStart, end: text.length, text: words, ...(name && { name }), ...(pronoun && { pronoun }) });
      name = undefined;
    } else text += char;
  }
  return { text, phrases };
}

function setUp(text: string, known: Known = CAST): { resolver: SpeakerResolver; entityName: Map<string, string>; quotes: Span[] } {
  const { entities, mentions } = entitiesOf(text, known);
  const paragraphs = paragraphsOf(text, splitParagraphs(text));
  const quotes = findQuoteSpans(text, paragraphs);
  const resolver = new SpeakerResolver(text, entities, mentions, buildLayout(text, paragraphs, quotes));
  return { resolver, entityName: new Map(entities.map((entity) => [entity.id, entity.name])), quotes };
}

/** Each marked phrase resolved in turn, as "name (words)", "name = entity (words)" or "name (words, no entity)". */
function resolved(source: string, known: Known = CAST): string[] {
  const { text, phrases } = marked(source);
  const { resolver, entityName } = setUp(text, known);
  return phrases.map((phrase) => {
    const { speaker, words, unresolvedPronoun } = resolver.resolve(phrase);
    const entity = speaker.entityId === undefined ? undefined : entityName.get(speaker.entityId);
    const notes = [words, ...(unresolvedPronoun ? ['unresolved'] : []), ...(entity === undefined && !unresolvedPronoun ? ['no entity'] : [])].join(', ');
    const spoken = entity === undefined || entity === speaker.name ? speaker.name : `${speaker.name} = ${entity}`;
    return `${spoken} (${notes}) at ${text.slice(speaker.start, speaker.end)}`;
  });
}

describe('speaker resolver: names, titles and surnames', () => {
  const FAMILY: Known = {
    'John Crawford Price': { kind: 'person', forms: ['John Crawford Price'] },
    'Henry Crawford': { kind: 'person', forms: ['Henry Crawford'] },
    'Mary Crawford': { kind: 'person', forms: ['Mary Crawford'] },
    Crawford: { kind: 'person', forms: ['Crawford'] },
  };
  const BROTHERS: Known = {
    'Henry Crawford': { kind: 'person', forms: ['Henry Crawford'] },
    'Tom Crawford': { kind: 'person', forms: ['Tom Crawford'] },
    Crawford: { kind: 'person', forms: ['Crawford'] },
  };
  const SHOP: Known = {
    'John Lewis': { kind: 'organization', forms: ['John Lewis'] },
    'Henry Lewis': { kind: 'person', forms: ['Henry Lewis'] },
    Lewis: { kind: 'person', forms: ['Lewis'] },
  };
  const cases: { name: string; text: string; known?: Known; expected: string[] }[] = [
    { name: 'a name is the entity it is a mention of', text: '[{Anna Berg}] spoke.', expected: ['Anna Berg (explicit) at Anna Berg'] },
    { name: 'a capitalised “He” inside a sentence is the surname of He Lifeng', text: 'He Lifeng met Paul Dorn. On Monday, [He] left.', expected: ['He Lifeng (explicit) at He'] },
    {
      name: '“He” opening a sentence is the pronoun, the subject of the sentence before',
      text: 'He Lifeng met Paul Dorn. [He] left.',
      expected: ['He Lifeng (pronoun) at He'],
    },
    { name: '“He” after an opening bracket still opens its sentence', text: 'He Lifeng met Paul Dorn at noon. ([He] left early.)', expected: ['He Lifeng (pronoun) at He'] },
    {
      name: 'a lower-case “he” is never the surname He',
      text: 'He Lifeng stayed home.\n\nPaul Dorn arrived. “We agree,” [he] said.',
      expected: ['Paul Dorn (pronoun) at he'],
    },
    { name: '“Mr.” and a family’s surname is its only man', text: 'Henry Crawford and Mary Crawford came. Crawford smiled. [Mr. {Crawford}] left.', known: FAMILY, expected: ['Henry Crawford (explicit) at Crawford'] },
    { name: '“Miss” and the surname is its only woman', text: 'Henry Crawford and Mary Crawford came. Crawford smiled. [Miss {Crawford}] left.', known: FAMILY, expected: ['Mary Crawford (explicit) at Crawford'] },
    { name: '“Mrs.” is the wife known by the surname', text: 'Henry Crawford and Mary Crawford came. Crawford smiled. [Mrs. {Crawford}] left.', known: FAMILY, expected: ['Mrs. Crawford = Crawford (explicit) at Crawford'] },
    {
      name: 'with two men of the family, “Mr.” does not say which',
      text: 'Henry Crawford and Tom Crawford came. Crawford smiled. [Mr. {Crawford}] left.',
      known: BROTHERS,
      expected: ['Mr. Crawford = Crawford (explicit) at Crawford'],
    },
    {
      name: 'a middle name is not the family’s surname',
      text: 'John Crawford Price and Henry Crawford came. Crawford smiled. [Mr. {Crawford}] left.',
      known: FAMILY,
      expected: ['Henry Crawford (explicit) at Crawford'],
    },
    {
      name: 'a shop named after a man is not of the family',
      text: 'John Lewis opened a shop. Henry Lewis waved. Lewis smiled. [Mr. {Lewis}] left.',
      known: SHOP,
      expected: ['Henry Lewis (explicit) at Lewis'],
    },
    { name: 'a title of the other gender than the first name is someone else of the family', text: 'Anna Berg sang. [Mr. {Berg}] left.', expected: ['Mr. Berg (explicit, no entity) at Berg'] },
    { name: 'a title of the same gender as the first name is that person', text: 'Anna Berg sang. [Miss {Berg}] left.', expected: ['Anna Berg (explicit) at Berg'] },
    { name: 'a wife called by her husband’s whole name keeps it', text: 'Mrs. Paul Dorn smiled. [Mrs. {Dorn}] left.', expected: ['Paul Dorn (explicit) at Dorn'] },
    { name: 'a title of rank on half the mentions names the person', text: 'Sir Paul Dorn came home. Sir Paul sat down. Sir Paul laughed. [{Dorn}] spoke.', expected: ['Sir Paul = Paul Dorn (explicit) at Dorn'] },
    { name: 'a title of rank on fewer than half does not', text: 'Sir Paul Dorn came home. Sir Paul sat down. Paul laughed. [{Dorn}] spoke.', expected: ['Paul Dorn (explicit) at Dorn'] },
    { name: 'a name nobody was found for is kept as written', text: '[{Tom Wick}] spoke.', expected: ['Tom Wick (explicit, no entity) at Tom Wick'] },
    {
      name: 'a surname alone is the person of it mentioned last',
      text: 'Tom Hale left. Lisa Hale came. [{Hale}] said no.',
      known: { 'Tom Hale': { kind: 'person', forms: ['Tom Hale'] }, 'Lisa Hale': { kind: 'person', forms: ['Lisa Hale'] } },
      expected: ['Lisa Hale (explicit) at Hale'],
    },
    {
      name: 'the surname goes to the one mentioned last before it',
      text: 'Lisa Hale came. Tom Hale left. [{Hale}] said no.',
      known: { 'Tom Hale': { kind: 'person', forms: ['Tom Hale'] }, 'Lisa Hale': { kind: 'person', forms: ['Lisa Hale'] } },
      expected: ['Tom Hale (explicit) at Hale'],
    },
    {
      name: 'a person before an organisation of the same last word',
      text: 'Tom Hale left. Camp Hale closed. [{Hale}] said no.',
      known: { 'Tom Hale': { kind: 'person', forms: ['Tom Hale'] }, 'Camp Hale': { kind: 'organization', forms: ['Camp Hale'] } },
      expected: ['Tom Hale (explicit) at Hale'],
    },
    {
      name: 'an entity known by that very name before the one mentioned last',
      text: 'Lisa Hale came. Tom Hale left. [{Hale}] said no.',
      known: { 'Lisa Hale': { kind: 'person', forms: ['Lisa Hale'], aliases: ['Hale'] }, 'Tom Hale': { kind: 'person', forms: ['Tom Hale'] } },
      expected: ['Lisa Hale (explicit) at Hale'],
    },
    { name: 'a transcript’s label in capitals', text: 'Tom Hale spoke. [{TOM HALE}] said no.', expected: ['Tom Hale (explicit) at TOM HALE'] },
    { name: 'a name partly in capitals is not a label', text: 'Tom Hale spoke. [{van HALE}] said no.', expected: ['van HALE (explicit, no entity) at van HALE'] },
    { name: 'a name in lower case is not the person’s', text: 'Tom Hale spoke. [{Tom hale}] said no.', expected: ['Tom hale (explicit, no entity) at Tom hale'] },
  ];
  for (const { name, text, known, expected } of cases) it(name, () => assert.deepStrictEqual(resolved(text, known), expected));
});

describe('speaker resolver: descriptions', () => {
  const SPOKESMEN: Known = {
    'Dmitry Peskov': { kind: 'person', forms: ['Dmitry Peskov'], roles: ['Kremlin spokesman'] },
    'Ruth Kell': { kind: 'person', forms: ['Ruth Kell'], roles: ['Kremlin spokesman'] },
  };
  const cases: { name: string; text: string; known?: Known; expected: string[] }[] = [
    { name: 'an organisation heading the description', text: '[the Harbor Council] said no.', expected: ['Harbor Council (title) at the Harbor Council'] },
    { name: 'an organisation that is the whole description', text: '[Harbor Council] said no.', expected: ['Harbor Council (title) at Harbor Council'] },
    { name: 'a place ending a description is where the speaker is from', text: '[the mayor of Lake Town] said no.', expected: ['the mayor of Lake Town (title, no entity) at the mayor of Lake Town'] },
    { name: 'a person named before a description is not it', text: 'Anna Berg arrived. [the spokesman] said no.', expected: ['the spokesman (title, no entity) at the spokesman'] },
    { name: 'a role recorded for a person', text: 'Dmitry Peskov spoke. [the Kremlin spokesman] said no.', expected: ['Dmitry Peskov (title) at the Kremlin spokesman'] },
    { name: 'a role of four letters', text: 'Tom Hale spoke. [the aide] said no.', known: { 'Tom Hale': { kind: 'person', forms: ['Tom Hale'], roles: ['aide'] } }, expected: ['Tom Hale (title) at the aide'] },
    { name: 'a person’s second role', text: 'Dmitry Peskov spoke. [the former diplomat] said no.', expected: ['Dmitry Peskov (title) at the former diplomat'] },
    { name: 'a description that only ends as a role does is not it', text: 'Dmitry Peskov spoke. [the chief spokesman] said no.', expected: ['the chief spokesman (title, no entity) at the chief spokesman'] },
    { name: 'a role before its person is mentioned names nobody', text: '[The Kremlin spokesman] said no. Dmitry Peskov spoke.', expected: ['The Kremlin spokesman (title, no entity) at The Kremlin spokesman'] },
    { name: 'of two with the role, the one mentioned last (1)', text: 'Dmitry Peskov spoke. Then Ruth Kell spoke. [the Kremlin spokesman] said no.', known: SPOKESMEN, expected: ['Ruth Kell (title) at the Kremlin spokesman'] },
    { name: 'of two with the role, the one mentioned last (2)', text: 'Ruth Kell spoke. Then Dmitry Peskov spoke. [the Kremlin spokesman] said no.', known: SPOKESMEN, expected: ['Dmitry Peskov (title) at the Kremlin spokesman'] },
    {
      name: 'roles that end alike still tell their people apart',
      text: 'Dmitry Peskov spoke. Then Ruth Kell spoke. [the Kremlin spokesman] said no. [the State Department spokesman] said yes.',
      known: { ...SPOKESMEN, 'Ruth Kell': { kind: 'person', forms: ['Ruth Kell'], roles: ['State Department spokesman'] } },
      expected: ['Dmitry Peskov (title) at the Kremlin spokesman', 'Ruth Kell (title) at the State Department spokesman'],
    },
  ];
  for (const { name, text, known, expected } of cases) it(name, () => assert.deepStrictEqual(resolved(text, known), expected));
});

describe('speaker resolver: pronouns', () => {
  const women = (count: number): string => 'Anna Berg waved. '.repeat(count);
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: '“I” outside the quotes is the narrator', text: 'Paul Dorn spoke first. [I] said nothing.', expected: ['the narrator (pronoun, no entity) at I'] },
    { name: '“they” after an organisation in the sentence before', text: 'The Harbor Council voted. “We wait,” [they] said.', expected: ['Harbor Council (pronoun) at they'] },
    { name: '“we” after an organisation opening the sentence before', text: 'Harbor Council voted no. “We wait,” [we] said.', expected: ['Harbor Council (pronoun) at we'] },
    { name: '“it” after an organisation', text: 'The Harbor Council met. “We wait,” [it] said.', expected: ['Harbor Council (pronoun) at it'] },
    { name: '“they” after an organisation named after a person', text: 'Paul Dorn left. The Harbor Council voted. “We wait,” [they] said.', expected: ['Harbor Council (pronoun) at they'] },
    { name: '“they” after a place is not the place', text: 'Lake Town voted no. “We wait,” [they] said.', expected: ['they (pronoun, unresolved) at they'] },
    { name: '“they” two sentences after the organisation', text: 'The Harbor Council voted. Then it rained for a week. “We wait,” [they] said.', expected: ['they (pronoun, unresolved) at they'] },
    { name: '“they” after a person named after the organisation', text: 'The Harbor Council voted, and Paul Dorn frowned. “We wait,” [they] said.', expected: ['they (pronoun, unresolved) at they'] },
    { name: '“you” stays as written', text: 'Paul Dorn came in. [you] said it.', expected: ['you (pronoun, unresolved) at you'] },
    { name: '“he” with only a woman before', text: 'Anna Berg came in. “We are late,” [he] said.', expected: ['he (pronoun, unresolved) at he'] },
    { name: '“he” looks past twelve women', text: `Paul Dorn came in. ${women(12)}“We are late,” [he] said.`, expected: ['Paul Dorn (pronoun) at he'] },
    { name: '“he” looks no farther than twelve women', text: `Paul Dorn came in. ${women(13)}“We are late,” [he] said.`, expected: ['he (pronoun, unresolved) at he'] },
    {
      name: 'a person named later is nearer than a name nobody was found for',
      text: '[{Tom Wick}] spoke. Paul Dorn nodded. “We are late,” [he] said.',
      expected: ['Tom Wick (explicit, no entity) at Tom Wick', 'Paul Dorn (pronoun) at he'],
    },
    { name: 'the subject of the pronoun’s sentence over a nearer object', text: 'Paul Dorn met Tom Hale in Boston, where [he] said the talks went well.', expected: ['Paul Dorn (pronoun) at he'] },
    {
      name: 'a subject nobody was found for',
      text: '[{Tom Wick}] met Paul Dorn in Boston, where [he] said the talks went well.',
      expected: ['Tom Wick (explicit, no entity) at Tom Wick', 'Tom Wick (pronoun, no entity) at he'],
    },
    { name: 'a person after a preposition is no subject', text: 'In a talk with Paul Dorn, Tom Hale said that [he] would stay.', expected: ['Tom Hale (pronoun) at he'] },
    { name: 'a preposition of the sentence before does not count', text: 'Anna Berg spoke to us. Paul Dorn met Tom Hale, and [he] said no.', expected: ['Paul Dorn (pronoun) at he'] },
    { name: '“He” opening a sentence goes on with the subject before', text: 'Paul Dorn spoke after meeting with Tom Hale. [He] said the talks went well.', expected: ['Paul Dorn (pronoun) at He'] },
    {
      name: '“he” after a quote passes a person named after a preposition',
      text: 'Paul Dorn argued there was no point to answer Tom Hale. “We wait,” [he] told me.',
      expected: ['Paul Dorn (pronoun) at he'],
    },
    { name: '“he” after a quote is the nearer person otherwise', text: 'Paul Dorn met Tom Hale. “We wait,” [he] said.', expected: ['Tom Hale (pronoun) at he'] },
    { name: 'the subject before is not one after a preposition', text: 'With Tom Hale beside him, Paul Dorn spoke for an hour. [He] said the talks went well.', expected: ['Paul Dorn (pronoun) at He'] },
    {
      name: 'the sentence before the one before has no say',
      text: 'Anna Berg spoke to us all. Paul Dorn spoke after meeting with Tom Hale. [He] said the talks went well.',
      expected: ['Paul Dorn (pronoun) at He'],
    },
    { name: '“who” with nothing before it is the person before', text: 'Paul Dorn nodded, [who] said no.', expected: ['Paul Dorn (pronoun) at who'] },
    { name: 'a title before a whole name is not kept', text: 'Mr. Paul Dorn came in. “We are late,” [he] said.', expected: ['Paul Dorn (pronoun) at he'] },
    { name: 'a title before a surname is kept', text: 'Mr. Gradgrind came in. “We are late,” [he] said.', expected: ['Mr. Gradgrind = Gradgrind (pronoun) at he'] },
    {
      name: 'a title at another mention gives the gender',
      text: 'Quarles came in. Paul Dorn waved to Mrs. Quarles. Quarles sat down. “We are late,” [he] said.',
      expected: ['Paul Dorn (pronoun) at he'],
    },
    {
      name: '“she” finds the one a title at another mention makes a woman',
      text: 'Quarles came in. Paul Dorn waved to Mrs. Quarles. Quarles sat down. “We are late,” [she] said.',
      expected: ['Quarles (pronoun) at she'],
    },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(resolved(text), expected));

  it('“who” is whom its antecedent names', () => {
    const { text, phrases } = marked('[{Paul Dorn}], the mayor, [who] said no.');
    const { resolver } = setUp(text);
    const { speaker, words } = resolver.resolve({ ...phrases[1], antecedent: phrases[0] });
    assert.deepStrictEqual({ name: speaker.name, named: speaker.entityId !== undefined, words }, { name: 'Paul Dorn', named: true, words: 'pronoun' });
  });
});

describe('speaker resolver: the people it remembers', () => {
  const remembered = (source: string, order?: number[]): string[] => {
    const { text, phrases } = marked(source);
    const { resolver } = setUp(text);
    for (const k of order ?? phrases.map((_, k) => k)) resolver.resolve(phrases[k]);
    return resolver.remembered.map((person) => `${person.name} at ${person.start}`);
  };
  const cases: { name: string; text: string; order?: number[]; expected: string[] }[] = [
    { name: 'a name nobody was found for', text: '[{Tom Wick}] spoke.', expected: ['Tom Wick at 0'] },
    { name: 'each place it is named', text: '[{Tom Wick}] spoke. [{Tom Wick}] left.', expected: ['Tom Wick at 0', 'Tom Wick at 16'] },
    { name: 'once for a place read twice', text: '[{Tom Wick}] spoke.', order: [0, 0], expected: ['Tom Wick at 0'] },
    { name: 'in text order only', text: '[{Tom Wick}] spoke. [{Ted Ward}] left.', order: [1, 0], expected: ['Ted Ward at 16'] },
    { name: 'a name ending in a numeral of capitals', text: '[{Ted Ward III}] spoke.', expected: ['Ted Ward III at 0'] },
    { name: 'not an acronym', text: '[{NATO}] spoke.', expected: [] },
    { name: 'not an organisation’s name', text: '[{Harbor Party}] spoke.', expected: [] },
    { name: 'not five words', text: '[{Ana Maria de la Cruz}] spoke.', expected: [] },
    { name: 'not a person found', text: '[{Paul Dorn}] spoke.', expected: [] },
  ];
  for (const { name, text, order, expected } of cases) it(name, () => assert.deepStrictEqual(remembered(text, order), expected));
});

describe('speaker resolver: whom a quote speaks to', () => {
  const cases: { text: string; expected: string[][] }[] = [
    { text: '“Anna, look at this,” said Paul Dorn.', expected: [['Anna Berg']] },
    { text: '“Look at this, Anna,” said Paul Dorn.', expected: [['Anna Berg']] },
    { text: '“Look at this, Anna!”', expected: [['Anna Berg']] },
    { text: '“Well, Anna Berg, you came.”', expected: [['Anna Berg']] },
    { text: '“Anna”, he called.', expected: [['Anna Berg']] },
    { text: '“O Anna, come back.”', expected: [['Anna Berg']] },
    { text: '“Come back, O Anna!”', expected: [['Anna Berg']] },
    { text: '“Hi Anna!”', expected: [['Anna Berg']] },
    { text: '“Good morning Anna Berg.”', expected: [['Anna Berg']] },
    { text: '“Thank you Anna, that will do.”', expected: [['Anna Berg']] },
    { text: '“So Anna is here?”', expected: [[]] },
    { text: '“To Anna!”', expected: [[]] },
    { text: '“Anna Berg is here,” said Paul Dorn.', expected: [[]] },
    { text: '“I saw Anna, and she waved.”', expected: [[]] },
    { text: '“Look, Anna and Paul Dorn are here.”', expected: [[]] },
    { text: '“Come back, Harbor Council!”', expected: [[]] },
    { text: '“Tell me, Anna,” said Paul. “Yes, Paul?”', expected: [['Anna Berg'], ['Paul Dorn']] },
  ];
  for (const { text, expected } of cases) {
    it(text, () => {
      const { resolver, quotes } = setUp(text);
      assert.deepStrictEqual(quotes.map((quote) => [...resolver.addressedIn(quote)]), expected);
    });
  }
});

describe('speaker resolver: the people the narration names', () => {
  const span = (source: string) => {
    const { text, phrases } = marked(source);
    return { ...setUp(text), at: phrases[0] };
  };
  const cases: { name: string; text: string; ask: (resolver: SpeakerResolver, at: Span) => unknown; expected: unknown }[] = [
    { name: 'someone but the known is named', text: '[Paul Dorn waved.] Anna Berg came.', ask: (r, at) => r.namesSomeoneBut(at, (p) => p.name === 'Anna Berg'), expected: true },
    { name: 'only the known is named', text: 'Paul Dorn waved. [Anna Berg came.]', ask: (r, at) => r.namesSomeoneBut(at, (p) => p.name === 'Anna Berg'), expected: false },
    { name: 'the last person named is', text: '[Paul Dorn met Anna Berg.]', ask: (r, at) => r.lastNamedIs(at, 'Anna Berg'), expected: true },
    { name: 'the last person named is not', text: '[Paul Dorn met Anna Berg.]', ask: (r, at) => r.lastNamedIs(at, 'Paul Dorn'), expected: false },
    { name: 'a person named before the span is not its last', text: 'Anna Berg came. [It rained.]', ask: (r, at) => r.lastNamedIs(at, 'Anna Berg'), expected: false },
    { name: 'a person named where the span starts is', text: 'It rained. [Anna Berg came.]', ask: (r, at) => r.lastNamedIs(at, 'Anna Berg'), expected: true },
    { name: 'nobody named at all', text: '[It rained.]', ask: (r, at) => r.lastNamedIs(at, 'Anna Berg'), expected: false },
    { name: 'with the title before the surname', text: 'Mr. [Gradgrind came.]', ask: (r, at) => r.lastNamedIs(at, 'Mr. Gradgrind'), expected: true },
    { name: 'or without it', text: 'Mr. [Gradgrind came.]', ask: (r, at) => r.lastNamedIs(at, 'Gradgrind'), expected: true },
    { name: 'but not with another title', text: 'Mr. [Gradgrind came.]', ask: (r, at) => r.lastNamedIs(at, 'Mrs. Gradgrind'), expected: false },
    { name: 'names a person in the span', text: 'It rained. [Paul Dorn came.]', ask: (r, at) => r.namesPersonIn(at), expected: true },
    { name: 'names nobody in the span', text: '[It rained.] Paul Dorn came.', ask: (r, at) => r.namesPersonIn(at), expected: false },
    { name: 'names nobody anywhere', text: '[It rained.]', ask: (r, at) => r.namesPersonIn(at), expected: false },
    { name: 'an organisation is nobody', text: '[The Harbor Council met.]', ask: (r, at) => r.namesPersonIn(at), expected: false },
    { name: 'a transcript’s label is nobody the narration names', text: 'PAUL DORN: We can start now.\n\n[Paul Dorn: Fine, let us begin.]', ask: (r, at) => r.namesPersonIn(at), expected: false },
    { name: 'a name before a colon and a quotation is', text: '[Paul Dorn: “Fine, let us begin.”]', ask: (r, at) => r.namesPersonIn(at), expected: true },
    { name: 'a name inside a quote is nobody the narration names', text: '[“Paul Dorn came,” it said.]', ask: (r, at) => r.namesPersonIn(at), expected: false },
  ];
  for (const { name, text, ask, expected } of cases) {
    it(name, () => {
      const { resolver, at } = span(text);
      assert.deepStrictEqual(ask(resolver, at), expected);
    });
  }

  const latest: { text: string; but: string; expected: string | undefined }[] = [
    { text: '[Paul Dorn looked at Mr. Gradgrind.]', but: 'Paul Dorn', expected: 'Mr. Gradgrind {Gradgrind}' },
    { text: '[Paul Dorn looked at Mr. Gradgrind.]', but: 'Mr. Gradgrind', expected: 'Paul Dorn {Paul Dorn}' },
    { text: '[Paul Dorn looked at Mr. Gradgrind.]', but: 'Gradgrind', expected: 'Paul Dorn {Paul Dorn}' },
    { text: '[Mr. Gradgrind looked up.]', but: 'Paul Dorn', expected: 'Mr. Gradgrind {Gradgrind}' },
    { text: 'Mr. [Gradgrind looked up.]', but: 'Paul Dorn', expected: 'Gradgrind {Gradgrind}' },
    { text: 'Mr. Gradgrind came. [It rained.]', but: 'Paul Dorn', expected: undefined },
    { text: '[Paul Dorn came.]', but: 'Paul Dorn', expected: undefined },
  ];
  for (const { text, but, expected } of latest) {
    it(`the latest person in “${text}” but ${but}`, () => {
      const { resolver, at } = span(text);
      const found = resolver.latestPersonBut(but, at);
      assert.strictEqual(found && `${found.text} {${found.name?.text}}`, expected);
    });
  }
});

describe('speaker resolver: who may be “he” or “she”', () => {
  const cases: { text: string; expected: { he: boolean; she: boolean } }[] = [
    { text: 'Paul Dorn came. [she] said.', expected: { he: false, she: true } },
    { text: '[{Anna Berg}] said.', expected: { he: false, she: true } },
    { text: '[{Paul Dorn}] said.', expected: { he: true, she: false } },
    { text: 'Mrs. Quarles came in. Later [{Quarles}] spoke.', expected: { he: false, she: true } },
    { text: '[{Quarles}] spoke.', expected: { he: true, she: true } },
    { text: '[Mr. {Tom Wick}] spoke.', expected: { he: true, she: false } },
  ];
  for (const { text: source, expected } of cases) {
    it(source, () => {
      const { text, phrases } = marked(source);
      const { resolver } = setUp(text);
      const { speaker } = resolver.resolve(phrases[0]);
      assert.deepStrictEqual({ he: resolver.mayBeCalled('he', phrases[0], speaker), she: resolver.mayBeCalled('she', phrases[0], speaker) }, expected);
    });
  }
});

describe('speaker resolver: an outlet’s name', () => {
  const cases: { text: string; expected: string }[] = [
    { text: '[the news agency {Tass}] reported it.', expected: 'Tass' },
    { text: '[{Reuters}] reported it.', expected: 'Reuters' },
    { text: '[the Harbor Council] reported it.', expected: 'Harbor Council' },
    { text: '[the Harbor Council’s Anna Berg] reported it.', expected: 'Anna Berg' },
    { text: 'Tass reported it first. [{Tass}] said so again.', expected: 'Tass' },
  ];
  for (const { text: source, expected } of cases) {
    it(source, () => {
      const { text, phrases } = marked(source);
      assert.strictEqual(setUp(text).resolver.outletName(phrases[0]), expected);
    });
  }
});

describe('speaker resolver: the parties to an interview', () => {
  const parties = (text: string, known: Known = CAST): string => {
    const { interviewer, interviewee } = setUp(text, known).resolver.interviewParties(text.length);
    return `${interviewer?.name ?? '-'} asks, ${interviewee?.name ?? '-'} answers`;
  };
  const cases: { name: string; text: string; known?: Known; expected: string }[] = [
    { name: 'a reporter asks', text: 'Our reporter, Tom Hale, spoke to Anna Berg. Berg laughed.', expected: 'Tom Hale asks, Anna Berg answers' },
    { name: 'a reporter named so once', text: 'Reporter Tom Hale met Anna Berg. Tom Hale asked. Anna Berg answered.', expected: 'Tom Hale asks, Anna Berg answers' },
    { name: 'the one named most answers', text: 'Paul Dorn met Anna Berg. Anna Berg talked. Anna Berg left.', expected: '- asks, Anna Berg answers' },
    { name: 'on a tie, the one named first (1)', text: 'Anna Berg met Paul Dorn. Paul Dorn and Anna Berg talked.', expected: '- asks, Anna Berg answers' },
    { name: 'on a tie, the one named first (2)', text: 'Paul Dorn met Anna Berg. Anna Berg and Paul Dorn talked.', expected: '- asks, Paul Dorn answers' },
    { name: 'on a tie, the one named first, though named last before', text: 'Anna Berg met Paul Dorn. Anna Berg and Paul Dorn talked.', expected: '- asks, Anna Berg answers' },
    { name: 'the one named most, though not named last', text: 'Anna Berg talked. Anna Berg left. Anna Berg met Paul Dorn.', expected: '- asks, Anna Berg answers' },
    {
      name: 'a columnist by the role recorded',
      text: 'Lisa Hale met Paul Dorn.',
      known: { 'Lisa Hale': { kind: 'person', forms: ['Lisa Hale'], roles: ['columnist'] }, 'Paul Dorn': { kind: 'person', forms: ['Paul Dorn'] } },
      expected: 'Lisa Hale asks, Paul Dorn answers',
    },
    { name: 'forty people back', text: `Reporter Tom Hale came. ${'Anna Berg waved. '.repeat(39)}`, expected: 'Tom Hale asks, Anna Berg answers' },
    { name: 'not forty-one', text: `Reporter Tom Hale came. ${'Anna Berg waved. '.repeat(40)}`, expected: '- asks, Anna Berg answers' },
  ];
  for (const { name, text, known, expected } of cases) it(name, () => assert.strictEqual(parties(text, known), expected));
});
