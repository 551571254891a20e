import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/pipeline/analyze';
import { applyCorrections } from '../../src/core/corrections/applyCorrections';
import { anchoredIn, normalizeSpace, occurrences, withCorrection, type Correction } from '../../src/core/corrections/corrections';
import type { Analysis, Entity, EntityKind, Mention, Quote } from '../../src/core/model/model';
import { assertValidAnalysis } from './invariants';

/**
 * An analysis as a recognizer might have produced it: each entity's mentions are the whole-word
 * occurrences of its forms, and each quote (found by its text) may name a speaker by the offset of
 * an occurrence of the speaker's words.
 */
function analysisOf(text: string, found: { kind: EntityKind; forms: string[]; roles?: string[] }[], quotes: { text: string; speaker?: string }[] = []): Analysis {
  const mentions: Mention[] = [];
  const entities: Entity[] = found.map((f, i) => {
    const id = `e${i + 1}`;
    const own: Mention[] = [];
    for (const form of f.forms) {
      for (const s of occurrences(text, form)) {
        if (mentions.some((m) => m.start < s.end && s.start < m.end)) continue;
        const mention = { ...s, entityId: id, text: text.slice(s.start, s.end) };
        own.push(mention);
        mentions.push(mention);
      }
    }
    own.sort((a, b) => a.start - b.start);
    return { id, kind: f.kind, name: f.forms[0], aliases: f.forms.slice(1), roles: f.roles ?? [], mentions: own, firstMention: own[0] };
  });
  mentions.sort((a, b) => a.start - b.start);
  const quoteList: Quote[] = quotes.map((q) => {
    const start = text.indexOf(q.text);
    const speakerMention = q.speaker === undefined ? undefined : mentions.find((m) => m.text === q.speaker);
    return {
      start, end: start + q.text.length, kind: 'direct', text: q.text, verb: 'said',
      speaker: speakerMention ? { start: speakerMention.start, end: speakerMention.end, name: entities.find((e) => e.id === speakerMention.entityId)?.name ?? '', entityId: speakerMention.entityId, how: 'explicit', confidence: 0.95 } : null,
    };
  });
  // Number the entities that were found in order of first mention, as a recognizer does.
  const order = entities.filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const ids = new Map(order.map((e, i) => [e.id, `e${i + 1}`]));
  const renumber = <T extends { entityId: string }>(m: T): T => ({ ...m, entityId: ids.get(m.entityId) ?? m.entityId });
  return {
    textLength: text.length,
    entities: order.map((e) => {
      const own = e.mentions.map(renumber);
      return { ...e, id: ids.get(e.id) ?? e.id, mentions: own, firstMention: own[0] };
    }),
    mentions: mentions.map(renumber),
    quotes: quoteList.map((q) => (q.speaker?.entityId === undefined ? q : { ...q, speaker: { ...q.speaker, entityId: ids.get(q.speaker.entityId) } })),
    values: [],
  };
}

/** "e1 person Anna Berg: Anna Berg@0 Berg@30 (aliases Berg)" for each entity, in id order. */
function entitiesOf(analysis: Analysis): string[] {
  return analysis.entities.map((e) => {
    const aliases = e.aliases.length ? ` (aliases ${e.aliases.join(', ')})` : '';
    return `${e.id} ${e.kind} ${e.name}: ${e.mentions.map((m) => `${m.text}@${m.start}`).join(' ')}${aliases}`;
  });
}

/** The model's own invariants: ids in order of first mention, mentions sorted and consistent. */
function assertWellFormed(text: string, analysis: Analysis): void {
  analysis.entities.forEach((e, i) => assert.strictEqual(e.id, `e${i + 1}`));
  const firsts = analysis.entities.map((e) => e.mentions[0].start);
  assert.deepStrictEqual(firsts, [...firsts].sort((a, b) => a - b), 'entities in order of first mention');
  const all = analysis.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  assert.deepStrictEqual(analysis.mentions, all, 'mentions are the entities\' mentions in document order');
  for (const m of analysis.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  for (const e of analysis.entities) assert.ok(!e.aliases.includes(e.name), `${e.name} is not its own alias`);
}

describe('applyCorrections to entities', () => {
  const text = 'Anna Berg met Jordan at the Harbour Board. Later Berg told Jordan that Harbour Board staff would stay.';
  const recognized = analysisOf(text, [
    { kind: 'person', forms: ['Anna Berg'], roles: ['mayor'] },
    { kind: 'place', forms: ['Jordan'] },
    { kind: 'organization', forms: ['Harbour Board'] },
  ]);
  const cases: { name: string; corrections: Correction[]; expected: string[] }[] = [
    {
      name: 'no corrections leave the analysis as it was',
      corrections: [],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'Mark as Person changes the kind of every mention of the name',
      corrections: [{ action: 'markAs', name: 'Jordan', kind: 'person' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 person Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'Mark as Person finds a name the recognizer missed, everywhere in the text',
      corrections: [{ action: 'markAs', name: 'Berg', kind: 'person' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71', 'e4 person Berg: Berg@49'],
    },
    {
      name: 'Not an Entity drops every mention of the name and the entity with them',
      corrections: [{ action: 'notEntity', name: 'Harbour Board' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59'],
    },
    {
      name: 'Merge makes the name an alias of the chosen entity, finding the mentions the recognizer missed',
      corrections: [{ action: 'merge', name: 'Berg', into: 'Anna Berg' }],
      expected: ['e1 person Anna Berg: Anna Berg@0 Berg@49 (aliases Berg)', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'Merge moves a whole entity into another one, which keeps its kind',
      corrections: [{ action: 'merge', name: 'Jordan', into: 'Anna Berg' }],
      expected: ['e1 person Anna Berg: Anna Berg@0 Jordan@14 Jordan@59 (aliases Jordan)', 'e2 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'Merge into a name no entity has does nothing',
      corrections: [{ action: 'merge', name: 'Jordan', into: 'Nobody Here' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'a name inside a longer name already found is left to the longer name',
      corrections: [{ action: 'markAs', name: 'Anna', kind: 'place' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'a longer name marked by hand replaces the shorter mentions inside it',
      corrections: [{ action: 'markAs', name: 'Anna Berg met Jordan', kind: 'organization' }],
      expected: ['e1 organization Anna Berg met Jordan: Anna Berg met Jordan@0', 'e2 organization Harbour Board: Harbour Board@28 Harbour Board@71', 'e3 place Jordan: Jordan@59'],
    },
    {
      name: 'a later correction of the same name wins',
      corrections: [{ action: 'markAs', name: 'Jordan', kind: 'person' }, { action: 'notEntity', name: 'Jordan' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'a name that is not in the text changes nothing',
      corrections: [{ action: 'markAs', name: 'Oslo', kind: 'place' }, { action: 'notEntity', name: 'Oslo' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'a name is matched as whole words only',
      corrections: [{ action: 'markAs', name: 'Harbour', kind: 'place' }, { action: 'markAs', name: 'Ann', kind: 'person' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'Merge of a name that is not in the text changes nothing',
      corrections: [{ action: 'merge', name: 'Oslo', into: 'Anna Berg' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71'],
    },
    {
      name: 'a name marked after a longer name was marked by hand is left to the longer name',
      corrections: [{ action: 'markAs', name: 'Later Berg', kind: 'person' }, { action: 'markAs', name: 'Berg', kind: 'place' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 place Jordan: Jordan@14 Jordan@59', 'e3 organization Harbour Board: Harbour Board@28 Harbour Board@71', 'e4 person Later Berg: Later Berg@43'],
    },
  ];
  for (const { name, corrections, expected } of cases) {
    it(name, () => {
      const corrected = applyCorrections(text, recognized, corrections);
      assert.deepStrictEqual(entitiesOf(corrected), expected);
      assertWellFormed(text, corrected);
    });
  }

  it('keeps the roles of an entity whose kind is corrected', () => {
    const corrected = applyCorrections(text, recognized, [{ action: 'markAs', name: 'Anna Berg', kind: 'organization' }]);
    assert.deepStrictEqual(corrected.entities[0].roles, ['mayor']);
  });

  it('renames an entity whose name was taken away to a form still mentioned', () => {
    const park = 'Kim Lee Park opened. Then Lee left.';
    const withAlias = analysisOf(park, [{ kind: 'person', forms: ['Kim Lee', 'Lee'] }]);
    const corrected = applyCorrections(park, withAlias, [{ action: 'markAs', name: 'Kim Lee Park', kind: 'organization' }]);
    assert.deepStrictEqual(entitiesOf(corrected), ['e1 organization Kim Lee Park: Kim Lee Park@0', 'e2 person Lee: Lee@26']);
  });

  it('Mark as … on the name of an entity changes its kind as a whole, aliases included', () => {
    const aliased = analysisOf(text, [{ kind: 'place', forms: ['Anna Berg', 'Berg'] }, { kind: 'place', forms: ['Jordan'] }]);
    const corrected = applyCorrections(text, aliased, [{ action: 'markAs', name: 'Anna Berg', kind: 'person' }]);
    assert.deepStrictEqual(entitiesOf(corrected), ['e1 person Anna Berg: Anna Berg@0 Berg@49 (aliases Berg)', 'e2 place Jordan: Jordan@14 Jordan@59']);
  });

  it('Not an Entity on the name of an entity drops it with its aliases; on an alias, only the alias', () => {
    const aliased = analysisOf(text, [{ kind: 'person', forms: ['Anna Berg', 'Berg'] }]);
    assert.deepStrictEqual(entitiesOf(applyCorrections(text, aliased, [{ action: 'notEntity', name: 'Anna Berg' }])), []);
    assert.deepStrictEqual(entitiesOf(applyCorrections(text, aliased, [{ action: 'notEntity', name: 'Berg' }])), ['e1 person Anna Berg: Anna Berg@0']);
  });

  it('matches a name that wraps over a line break', () => {
    const wrapped = 'We met Anna\nBerg today.';
    const corrected = applyCorrections(wrapped, analysisOf(wrapped, []), [{ action: 'markAs', name: 'Anna Berg', kind: 'person' }]);
    assert.deepStrictEqual(entitiesOf(corrected), ['e1 person Anna Berg: Anna\nBerg@7']);
  });

  it('keeps fields of entities and mentions that it does not know about', () => {
    const extended: Analysis = {
      ...recognized,
      entities: recognized.entities.map((e) => ({ ...e, salience: 0.5, mentions: e.mentions.map((m) => ({ ...m, sentence: 1 })) })),
      mentions: recognized.mentions.map((m) => ({ ...m, sentence: 1 })),
    };
    const corrected = applyCorrections(text, extended, [{ action: 'notEntity', name: 'Jordan' }]);
    assert.deepStrictEqual(corrected.entities.map((e) => (e as Entity & { salience?: number }).salience), [0.5, 0.5]);
    assert.ok(corrected.mentions.every((m) => (m as Mention & { sentence?: number }).sentence === 1));
  });

  it('leaves the values and the text length alone', () => {
    const withValue: Analysis = { ...recognized, values: [{ kind: 'date', start: 0, end: 4, text: 'Anna' }] };
    const corrected = applyCorrections(text, withValue, [{ action: 'notEntity', name: 'Jordan' }]);
    assert.deepStrictEqual(corrected.values, withValue.values);
    assert.strictEqual(corrected.textLength, text.length);
  });
});

describe('applyCorrections to entities, case by case', () => {
  const cases: { name: string; text: string; found: { kind: EntityKind; forms: string[]; roles?: string[] }[]; corrections: Correction[]; expected: string[] }[] = [
    {
      name: 'Mark as … a name an entity of that kind has as an alias joins that entity',
      text: 'Jo met Jordan in Jordan.',
      found: [{ kind: 'place', forms: ['Jordan'] }, { kind: 'person', forms: ['Jo', 'Jordan'] }],
      corrections: [{ action: 'markAs', name: 'Jordan', kind: 'person' }],
      expected: ['e1 person Jo: Jo@0 Jordan@7 Jordan@17 (aliases Jordan)'],
    },
    {
      name: 'Merge into an alias merges into the entity that has it',
      text: 'Anna Berg met Jordan. Later Berg left Jordan.',
      found: [{ kind: 'person', forms: ['Anna Berg', 'Berg'] }, { kind: 'place', forms: ['Jordan'] }],
      corrections: [{ action: 'merge', name: 'Jordan', into: 'Berg' }],
      expected: ['e1 person Anna Berg: Anna Berg@0 Jordan@14 Berg@28 Jordan@38 (aliases Berg, Jordan)'],
    },
    {
      name: 'Merge of a name into itself changes nothing, even when two entities have that name',
      text: 'Jo met Jordan in Jordan.',
      found: [{ kind: 'place', forms: ['Jordan'] }, { kind: 'person', forms: ['Jordan', 'Jo'] }],
      corrections: [{ action: 'merge', name: 'Jordan', into: 'Jordan' }],
      expected: ['e1 person Jordan: Jo@0 (aliases Jo)', 'e2 place Jordan: Jordan@7 Jordan@17'],
    },
    {
      name: 'Merge moves the mentions of an alias out of the entity that had it',
      text: 'Anna Berg met Omar Haddad. Later Berg left.',
      found: [{ kind: 'person', forms: ['Anna Berg', 'Berg'] }, { kind: 'person', forms: ['Omar Haddad'] }],
      corrections: [{ action: 'merge', name: 'Berg', into: 'Omar Haddad' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 person Omar Haddad: Omar Haddad@14 Berg@33 (aliases Berg)'],
    },
    {
      name: 'Merge of a whole entity brings its aliases along',
      text: 'Anna Berg met Omar Haddad. Later Haddad left.',
      found: [{ kind: 'person', forms: ['Anna Berg'] }, { kind: 'person', forms: ['Omar Haddad', 'Haddad'] }],
      corrections: [{ action: 'merge', name: 'Omar Haddad', into: 'Anna Berg' }],
      expected: ['e1 person Anna Berg: Anna Berg@0 Omar Haddad@14 Haddad@33 (aliases Omar Haddad, Haddad)'],
    },
    {
      name: 'Mark as … an alias that is a mention of its own makes it an entity of its own',
      text: 'Anna Berg met Omar Haddad. Later Berg left.',
      found: [{ kind: 'person', forms: ['Anna Berg', 'Berg'] }, { kind: 'person', forms: ['Omar Haddad'] }],
      corrections: [{ action: 'markAs', name: 'Berg', kind: 'organization' }],
      expected: ['e1 person Anna Berg: Anna Berg@0', 'e2 person Omar Haddad: Omar Haddad@14', 'e3 organization Berg: Berg@33'],
    },
    {
      name: 'a one-letter name at the very start of the text is found',
      text: 'X hired Anna Berg.',
      found: [{ kind: 'person', forms: ['Anna Berg'] }],
      corrections: [{ action: 'markAs', name: 'X', kind: 'organization' }],
      expected: ['e1 organization X: X@0', 'e2 person Anna Berg: Anna Berg@8'],
    },
    {
      name: 'an entity keeps its name while one mention of it is left',
      text: 'Anna Berg met Jordan. Later Anna Berg and Berg left.',
      found: [{ kind: 'person', forms: ['Anna Berg', 'Berg'] }, { kind: 'place', forms: ['Jordan'] }],
      corrections: [{ action: 'markAs', name: 'Anna Berg met Jordan', kind: 'organization' }],
      expected: ['e1 organization Anna Berg met Jordan: Anna Berg met Jordan@0', 'e2 person Anna Berg: Anna Berg@28 Berg@42 (aliases Berg)'],
    },
    {
      name: 'Not an Entity on an alias keeps the entity\'s name',
      text: 'Omar Haddad spoke. Haddad left. Omar waved.',
      found: [{ kind: 'person', forms: ['Omar Haddad', 'Haddad', 'Omar'] }],
      corrections: [{ action: 'notEntity', name: 'Omar' }],
      expected: ['e1 person Omar Haddad: Omar Haddad@0 Haddad@19 (aliases Haddad)'],
    },
    {
      name: 'an entity whose name was taken away takes its first alias still mentioned, not its longest',
      text: 'Kim Lee Park opened. Then Kim left. Mr Lee waved.',
      found: [{ kind: 'person', forms: ['Kim Lee', 'Kim', 'Mr Lee'] }],
      corrections: [{ action: 'markAs', name: 'Kim Lee Park', kind: 'organization' }],
      expected: ['e1 organization Kim Lee Park: Kim Lee Park@0', 'e2 person Kim: Kim@26 Mr Lee@36 (aliases Mr Lee)'],
    },
    {
      name: 'an entity whose name was taken away is renamed even when a merge then adds a mention to it',
      text: 'Kim Lee Park opened. Then Lee left. Kimmy waved.',
      found: [{ kind: 'person', forms: ['Kim Lee', 'Lee'] }],
      corrections: [{ action: 'markAs', name: 'Kim Lee Park', kind: 'organization' }, { action: 'merge', name: 'Kimmy', into: 'Lee' }],
      expected: ['e1 organization Kim Lee Park: Kim Lee Park@0', 'e2 person Lee: Lee@26 Kimmy@36 (aliases Kimmy)'],
    },
  ];
  for (const { name, text, found, corrections, expected } of cases) {
    it(name, () => {
      const corrected = applyCorrections(text, analysisOf(text, found), corrections);
      assert.deepStrictEqual(entitiesOf(corrected), expected);
      assertWellFormed(text, corrected);
    });
  }

  const renamedCases: { text: string; expected: string }[] = [
    { text: 'Kim Lee Park opened. Then Lee left. Kim waved. Mr Lee too.', expected: 'Mr Lee' },
    { text: 'Kim Lee Park opened. Then Lee left. Kim waved.', expected: 'Lee' },
  ];
  for (const { text, expected } of renamedCases) {
    it(`an entity whose name was taken away, with no alias mentioned, takes its longest mention, the first of equals: ${expected}`, () => {
      const found = analysisOf(text, [{ kind: 'person', forms: ['Kim Lee', 'Mr Lee', 'Lee', 'Kim'] }]);
      const withoutAliases: Analysis = { ...found, entities: found.entities.map((e) => ({ ...e, aliases: [] })) };
      const corrected = applyCorrections(text, withoutAliases, [{ action: 'markAs', name: 'Kim Lee Park', kind: 'organization' }]);
      assert.deepStrictEqual(corrected.entities.map((e) => e.name), ['Kim Lee Park', expected]);
    });
  }

  it('gives a name marked by hand an entity with no roles', () => {
    const text = 'Anna Berg met Jordan.';
    const corrected = applyCorrections(text, analysisOf(text, [{ kind: 'person', forms: ['Anna Berg'], roles: ['mayor'] }]), [{ action: 'markAs', name: 'Jordan', kind: 'place' }]);
    assert.deepStrictEqual(corrected.entities.map((e) => [e.name, e.roles]), [['Anna Berg', ['mayor']], ['Jordan', []]]);
  });

  it('gives back the analysis itself when there are no corrections (the index applies them to every file)', () => {
    const text = 'Anna Berg met Jordan.';
    const recognized = analysisOf(text, [{ kind: 'person', forms: ['Anna Berg'] }]);
    assert.strictEqual(applyCorrections(text, recognized, []), recognized);
  });
});

describe('a speaker named by a pronoun, through the corrections', () => {
  // The speaker's span is "she", which is no mention: only the entity id ties it to Anna Berg.
  const text = 'Anna Berg met Omar Haddad. “We stay,” she said.';
  const recognized = analysisOf(text, [{ kind: 'person', forms: ['Anna Berg'] }, { kind: 'person', forms: ['Omar Haddad'] }], [{ text: '“We stay,”' }]);
  const she = text.indexOf('she');
  const withPronoun: Analysis = { ...recognized, quotes: recognized.quotes.map((q) => ({ ...q, speaker: { start: she, end: she + 3, name: 'Anna Berg', entityId: 'e1', how: 'explicit', confidence: 0.8 } })) };
  const cases: { name: string; corrections: Correction[]; expected: [string, string | undefined] }[] = [
    { name: 'Mark as … the kind the entity already has', corrections: [{ action: 'markAs', name: 'Anna Berg', kind: 'person' }], expected: ['Anna Berg', 'e1'] },
    { name: 'its entity merged into another', corrections: [{ action: 'merge', name: 'Anna Berg', into: 'Omar Haddad' }], expected: ['Omar Haddad', 'e1'] },
    { name: 'its entity dropped', corrections: [{ action: 'notEntity', name: 'Anna Berg' }], expected: ['Anna Berg', undefined] },
  ];
  for (const { name, corrections, expected } of cases) {
    it(`follows its entity: ${name}`, () => {
      const speaker = applyCorrections(text, withPronoun, corrections).quotes[0].speaker;
      assert.deepStrictEqual(speaker && [speaker.name, speaker.entityId], expected);
      assert.strictEqual(speaker && text.slice(speaker.start, speaker.end), 'she');
    });
  }
});

describe('Set Speaker picks the mention nearest the quote', () => {
  const cases: { name: string; text: string; quote: string; expected: number }[] = [
    { name: 'not one inside the quote', text: 'Ana said: “Ana will go.” Then Bo left.', quote: '“Ana will go.”', expected: 0 },
    { name: 'the first after the quote, when it is nearer than any before', text: 'Ana spoke first. Later: “We go,” Ana said. Much later Ana left.', quote: '“We go,”', expected: 33 },
    { name: 'the one before the quote, when one after is as near', text: 'Ana “Go.” Ana', quote: '“Go.”', expected: 0 },
  ];
  for (const { name, text, quote, expected } of cases) {
    it(name, () => {
      const recognized = analysisOf(text, [{ kind: 'person', forms: ['Ana'] }], [{ text: quote }]);
      const speaker = applyCorrections(text, recognized, [{ action: 'setSpeaker', quote, speaker: 'Ana' }]).quotes[0].speaker;
      assert.deepStrictEqual(speaker && [speaker.name, speaker.start], ['Ana', expected]);
    });
  }
});

describe('applyCorrections to quotes', () => {
  const text = 'Anna Berg met Omar Haddad. “The port stays open,” Berg said. Haddad added: “We agree.” Critics called it “a stunt.”';
  const recognized = analysisOf(text, [{ kind: 'person', forms: ['Anna Berg', 'Berg'] }, { kind: 'person', forms: ['Omar Haddad', 'Haddad'] }], [
    { text: '“The port stays open,”', speaker: 'Berg' },
    { text: '“We agree.”' },
    { text: '“a stunt.”' },
  ]);
  const speakers = (analysis: Analysis): string[] => analysis.quotes.map((q) => {
    const s = q.speaker;
    return `${q.text} ${q.kind} ← ${s ? `${s.name} ${s.entityId ?? '-'} ${text.slice(s.start, s.end)}@${s.start}` : 'nobody'}`;
  });
  const cases: { name: string; corrections: Correction[]; expected: string[] }[] = [
    {
      name: 'Set Speaker names the entity, at its mention nearest the quote',
      corrections: [{ action: 'setSpeaker', quote: '“We agree.”', speaker: 'Omar Haddad' }],
      expected: ['“The port stays open,” direct ← Anna Berg e1 Berg@50', '“We agree.” direct ← Omar Haddad e2 Haddad@61', '“a stunt.” direct ← nobody'],
    },
    {
      name: 'Set Speaker to nobody clears a wrong speaker',
      corrections: [{ action: 'setSpeaker', quote: '“The port stays open,”', speaker: null }],
      expected: ['“The port stays open,” direct ← nobody', '“We agree.” direct ← nobody', '“a stunt.” direct ← nobody'],
    },
    {
      name: 'Set Speaker to a name that is no entity keeps the name, at its occurrence',
      corrections: [{ action: 'setSpeaker', quote: '“a stunt.”', speaker: 'Critics' }],
      expected: ['“The port stays open,” direct ← Anna Berg e1 Berg@50', '“We agree.” direct ← nobody', '“a stunt.” direct ← Critics - Critics@87'],
    },
    {
      name: 'a quote is matched by its text whatever its whitespace',
      corrections: [{ action: 'setSpeaker', quote: '“We\n   agree.”', speaker: 'Anna Berg' }],
      expected: ['“The port stays open,” direct ← Anna Berg e1 Berg@50', '“We agree.” direct ← Anna Berg e1 Berg@50', '“a stunt.” direct ← nobody'],
    },
    {
      name: 'a speaker follows its entity when a correction merges it away',
      corrections: [{ action: 'merge', name: 'Anna Berg', into: 'Omar Haddad' }],
      expected: ['“The port stays open,” direct ← Omar Haddad e1 Berg@50', '“We agree.” direct ← nobody', '“a stunt.” direct ← nobody'],
    },
    {
      name: 'a speaker whose words are marked as an entity of their own follows its words',
      corrections: [{ action: 'markAs', name: 'Berg', kind: 'organization' }],
      expected: ['“The port stays open,” direct ← Berg e3 Berg@50', '“We agree.” direct ← nobody', '“a stunt.” direct ← nobody'],
    },
    {
      name: 'a speaker who is not an entity any more keeps the name without an id',
      corrections: [{ action: 'notEntity', name: 'Berg' }, { action: 'notEntity', name: 'Anna Berg' }],
      expected: ['“The port stays open,” direct ← Anna Berg - Berg@50', '“We agree.” direct ← nobody', '“a stunt.” direct ← nobody'],
    },
  ];
  for (const { name, corrections, expected } of cases) {
    it(name, () => assert.deepStrictEqual(speakers(applyCorrections(text, recognized, corrections)), expected));
  }

  it('credits a speaker named nowhere in the text at the words the attribution named', () => {
    const corrected = applyCorrections(text, recognized, [{ action: 'setSpeaker', quote: '“The port stays open,”', speaker: 'Port Authority' }]);
    const speaker = corrected.quotes[0].speaker;
    assert.deepStrictEqual(speaker && [speaker.name, speaker.entityId, text.slice(speaker.start, speaker.end)], ['Port Authority', undefined, 'Berg']);
  });

  it('credits a speaker named nowhere in the text, of a quote nobody was credited with, at its opening mark', () => {
    const corrected = applyCorrections(text, recognized, [{ action: 'setSpeaker', quote: '“We agree.”', speaker: 'Port Authority' }]);
    const speaker = corrected.quotes[1].speaker;
    assert.deepStrictEqual(speaker && [speaker.name, text.slice(speaker.start, speaker.end)], ['Port Authority', '“']);
  });

  it('turns a scare quote given a speaker into a fragment', () => {
    const scare: Analysis = { ...recognized, quotes: recognized.quotes.map((q) => ({ ...q, kind: 'scare' as const })) };
    const corrected = applyCorrections(text, scare, [{ action: 'setSpeaker', quote: '“a stunt.”', speaker: 'Omar Haddad' }]);
    assert.deepStrictEqual(corrected.quotes.map((q) => q.kind), ['scare', 'scare', 'fragment']);
  });
});

describe('corrections over a real analysis', () => {
  const text = 'Dmitri Volkov spoke in Tallinn on Monday.\n\n“We will build it,” Volkov said.';

  it('attributes the quote to the speaker the reader named, as the entity that name belongs to', () => {
    const analysis = applyCorrections(text, analyze(text), [{ action: 'markAs', name: 'Volkov', kind: 'person' }, { action: 'setSpeaker', quote: '“We will build it,”', speaker: 'Volkov' }]);
    const speaker = analysis.quotes[0].speaker;
    const volkov = analysis.entities.find((e) => e.name === 'Volkov' || e.aliases.includes('Volkov'));
    assert.ok(speaker && volkov);
    assert.deepStrictEqual([speaker.name, speaker.entityId, text.slice(speaker.start, speaker.end)], [volkov.name, volkov.id, 'Volkov']);
  });
});

describe('anchoredIn', () => {
  const text = 'Anna Berg said “we stay\nopen” on Monday.';
  const cases: { correction: Correction; anchored: boolean }[] = [
    { correction: { action: 'markAs', name: 'Anna Berg', kind: 'person' }, anchored: true },
    { correction: { action: 'notEntity', name: 'Berg' }, anchored: true },
    { correction: { action: 'notEntity', name: 'Ber' }, anchored: false },
    { correction: { action: 'merge', name: 'Monday', into: 'Someone' }, anchored: true },
    { correction: { action: 'setSpeaker', quote: '“we stay open”', speaker: 'Anna Berg' }, anchored: true },
    { correction: { action: 'setSpeaker', quote: '“we stay closed”', speaker: null }, anchored: false },
  ];
  for (const { correction, anchored } of cases) {
    it(`${correction.action} ${JSON.stringify(correction)} is ${anchored ? '' : 'not '}anchored`, () => assert.deepStrictEqual(anchoredIn(text, [correction]), [anchored]));
  }
});

describe('normalizeSpace', () => {
  const cases: [string, string][] = [['Anna Berg', 'Anna Berg'], ['  Anna \n\t Berg ', 'Anna Berg'], ['\n', '']];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} is ${JSON.stringify(expected)}`, () => assert.strictEqual(normalizeSpace(text), expected));
});

describe('occurrences', () => {
  const cases: { text: string; name: string; expected: [number, number][] }[] = [
    { text: 'the U.S. and the US', name: 'U.S.', expected: [[4, 8]] },
    { text: 'C++ or C', name: 'C++', expected: [[0, 3]] },
    { text: 'Anna  and Anna', name: ' ', expected: [] },
    { text: 'Anna\nBerg and Anna Berg', name: ' Anna Berg ', expected: [[0, 9], [14, 23]] },
  ];
  for (const { text, name, expected } of cases) {
    it(`${JSON.stringify(name)} in ${JSON.stringify(text)}`, () => assert.deepStrictEqual(occurrences(text, name).map((s) => [s.start, s.end]), expected));
  }
});

describe('withCorrection', () => {
  const cases: { name: string; list: Correction[]; add: Correction; expected: Correction[] }[] = [
    {
      name: 'appends a correction of a new name',
      list: [{ action: 'notEntity', name: 'A' }],
      add: { action: 'markAs', name: 'B', kind: 'place' },
      expected: [{ action: 'notEntity', name: 'A' }, { action: 'markAs', name: 'B', kind: 'place' }],
    },
    {
      name: 'replaces an earlier correction of the same name, whatever it did',
      list: [{ action: 'markAs', name: 'B', kind: 'person' }, { action: 'notEntity', name: 'A' }],
      add: { action: 'merge', name: 'B', into: 'C' },
      expected: [{ action: 'notEntity', name: 'A' }, { action: 'merge', name: 'B', into: 'C' }],
    },
    {
      name: 'replaces the speaker of the same quote, and keeps names that look like the quote',
      list: [{ action: 'setSpeaker', quote: '“Go”', speaker: 'A' }, { action: 'notEntity', name: '“Go”' }],
      add: { action: 'setSpeaker', quote: '“Go”', speaker: null },
      expected: [{ action: 'notEntity', name: '“Go”' }, { action: 'setSpeaker', quote: '“Go”', speaker: null }],
    },
  ];
  for (const { name, list, add, expected } of cases) it(name, () => assert.deepStrictEqual(withCorrection(list, add), expected));
});

describe('applyCorrections on any text and corrections', () => {
  const WORDS = ['Ana', 'Bo', 'Cruz', 'Dee', 'said', 'met', 'the', '“Go”', 'and', '\n'];
  const NAMES = ['Ana', 'Bo', 'Cruz', 'Ana Bo', 'Bo Cruz', 'Dee', 'Ana Bo Cruz'];
  const KINDS: EntityKind[] = ['person', 'place', 'organization'];
  const correction: fc.Arbitrary<Correction> = fc.oneof(
    fc.record({ action: fc.constant('markAs' as const), name: fc.constantFrom(...NAMES), kind: fc.constantFrom(...KINDS) }),
    fc.record({ action: fc.constant('notEntity' as const), name: fc.constantFrom(...NAMES) }),
    fc.record({ action: fc.constant('merge' as const), name: fc.constantFrom(...NAMES), into: fc.constantFrom(...NAMES) }),
    fc.record({ action: fc.constant('setSpeaker' as const), quote: fc.constant('“Go”'), speaker: fc.option(fc.constantFrom(...NAMES), { nil: null }) }),
  );
  const found = fc.array(fc.record({ kind: fc.constantFrom(...KINDS), forms: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }) }), { maxLength: 4 });

  it('keeps the model well-formed, with no overlapping mentions, and a speaker on every quote it names', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), found, fc.array(correction, { maxLength: 6 }), (words, entities, corrections) => {
      const text = words.join(' ');
      const quotes = text.includes('“Go”') ? [{ text: '“Go”' }] : [];
      const corrected = applyCorrections(text, analysisOf(text, entities, quotes), corrections);
      assertWellFormed(text, corrected);
      assertValidAnalysis(text, corrected);
      corrected.mentions.forEach((m, i) => assert.ok(i === 0 || corrected.mentions[i - 1].end <= m.start, 'mentions do not overlap'));
      for (const quote of corrected.quotes) {
        const speaker = quote.speaker;
        if (speaker?.entityId !== undefined) assert.strictEqual(corrected.entities.find((e) => e.id === speaker.entityId)?.name, speaker.name);
      }
    }), { numRuns: 500 });
  });
});

describe('applyCorrections on the sample article', () => {
  // The suite runs from out/test/unit.
  const text = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/xi-putin-moscow.txt'), 'utf8');
  const recognized = analyze(text);
  const names = [...new Set([...recognized.entities.flatMap((e) => [e.name, ...e.aliases]), 'Victory Parade', 'Red Square', 'World War II', 'Thursday', 'the', 'Xi Jinping held'])];
  const correction: fc.Arbitrary<Correction> = fc.oneof(
    fc.record({ action: fc.constant('markAs' as const), name: fc.constantFrom(...names), kind: fc.constantFrom<EntityKind>('person', 'place', 'organization') }),
    fc.record({ action: fc.constant('notEntity' as const), name: fc.constantFrom(...names) }),
    fc.record({ action: fc.constant('merge' as const), name: fc.constantFrom(...names), into: fc.constantFrom(...names) }),
    fc.record({ action: fc.constant('setSpeaker' as const), quote: fc.constantFrom(...recognized.quotes.map((q) => q.text)), speaker: fc.option(fc.constantFrom(...names, 'Nobody Named Here'), { nil: null }) }),
  );

  it('always gives a valid analysis', () => {
    fc.assert(fc.property(fc.array(correction, { maxLength: 8 }), (corrections) => {
      const corrected = applyCorrections(text, recognized, corrections);
      assertWellFormed(text, corrected);
      assertValidAnalysis(text, corrected);
    }), { numRuns: 300 });
  });
});
