// Quote attribution after an edit, in dialogue whose speakers come from the paragraphs before: the
// quotes attributed again must take what attributing the edited text from scratch gives them.
import * as assert from 'assert';
import { analyze, analyzeParagraph, assembleAfter, type Assembly } from '../../src/core/pipeline/analyze';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import type { LastAttribution } from '../../src/core/pipeline/quotes/attribute';
import type { SpeakerPhrase } from '../../src/core/pipeline/quotes/phrases';
import { Mover, sameMovedLast, sameMovedPerson } from '../../src/core/pipeline/quotes/reattribute';
import type { TextChange } from '../../src/core/pipeline/textChange';

const assembled = (text: string, previous?: Assembly): Assembly =>
  assembleAfter(previous, text, splitParagraphs(text).map((unit) => analyzeParagraph(text, unit)));
const speakersIn = (assembly: Assembly): (string | undefined)[] => assembly.analysis.quotes.map((q) => q.speaker?.name);

/** `text` with `from` replaced by `to`: a row whose `from` is not in the text would test nothing. */
function editOf(text: string, from: string, to: string): string {
  const edited = text.replace(from, to);
  assert.notStrictEqual(edited, text, `“${from}” is not in the text`);
  return edited;
}

/** `edited` attributed after `previous`, which must be what attributing it from scratch gives. */
function assertAsFromScratch(edited: string, previous: Assembly): Assembly {
  const after = assembled(edited, previous);
  assert.deepStrictEqual(after.analysis, analyze(edited));
  return after;
}

const DIALOGUE = [
  '“Is the road open?” asked Paul Dorn.',
  '“No,” said Anna Berg.',
  '“Since when?”',
  '“Since the storm.”',
  '“Then we wait.”',
  '“For how long?”',
].join('\n\n');

describe('attribution after an edit, in dialogue that takes turns', () => {
  const before = assembled(DIALOGUE);

  it('the unedited dialogue takes turns between its two speakers', () => {
    assert.deepStrictEqual(speakersIn(before), ['Paul Dorn', 'Anna Berg', 'Paul Dorn', 'Anna Berg', 'Paul Dorn', 'Anna Berg']);
  });

  const edits: [string, string, string][] = [
    ['a word added to the third quote', '“Since when?”', '“Since when, then?”'],
    ['a word added to the fourth quote', '“Since the storm.”', '“Since the big storm.”'],
    ['a word added to the last quote', '“For how long?”', '“For how long now?”'],
    ['the second speaker renamed', 'said Anna Berg', 'said Maria Lopez'],
    ['the third quote told as narration', '“Since when?”', 'Paul Dorn asked since when.'],
    ['a paragraph of narration added after the second quote', 'said Anna Berg.', 'said Anna Berg.\n\nThe rain went on.'],
    ['the first speaker renamed', 'asked Paul Dorn', 'asked Tomas Oakley'],
    ['the fourth quote deleted', '“Since the storm.”\n\n', ''],
    ['the third and fourth quotes joined in one paragraph', '“Since when?”\n\n', '“Since when?” '],
    ['a quote added at the end', '“For how long?”', '“For how long?”\n\n“A week.”'],
  ];
  for (const [what, from, to] of edits) {
    it(`${what}: as from scratch`, () => assertAsFromScratch(editOf(DIALOGUE, from, to), before));
  }
});

// A story long enough that the quotes well after an edit are not attributed again but moved from
// the version before (the attribution's state after the edit is found to be the old one). Its
// quotes carry each kind of result a move must keep: a named speaker, a pronoun's, one reported by
// a source, an organization's, an unrecognised one ("the Ferryman", "Cook", remembered for later
// quotes), a scare quote with no speaker.
const STORY = [
  'The harbour council met on Friday in Lake Town.',
  'It had rained for a week, and the quay was under water.',
  'Nobody in the town had seen a flood like it.',
  '“The road is closed,” said Marta Okafor, the mayor.',
  'Tomas Hale, her deputy, disagreed. “It opens on Monday,” he said.',
  '“We will see,” she told reporters.',
  '“Nobody asked us,” said the Ferryman.',
  'The water rose over the steps.',
  'The boats knocked against the wall.',
  'The lamps went out one by one.',
  'The rain did not stop.',
  '“It is still rising,” he added.',
  'A fisherman, Joss Varley, watched from the quay.',
  '“Nobody asked us either,” Varley said, according to the Lake Town Gazette.',
  'The council called the plan a “temporary measure”.',
  '“The harbour fund is empty,” the Harbour Trust said in a statement.',
  'Okafor left early. Hale stayed.',
  '“I will stay until it is done,” said Hale.',
  '“Supper is cold,” said Cook.',
  'The fire was low.',
  'Nobody moved. “And the bread is gone,” she said.',
  '“So will I,” Varley said.',
  'The meeting ended at nine.',
  '“Good night,” said Okafor.',
  '“Good night,” said the Ferryman again.',
  '“Lock the door,” said Hale.',
  '“It is locked,” said Cook.',
].join('\n\n');

describe('attribution after an edit, in a long story whose later quotes are moved', () => {
  const before = assembled(STORY);

  it('the unedited story credits each quote', () => {
    assert.deepStrictEqual(speakersIn(before), [
      'Marta Okafor', 'Tomas Hale', 'Marta Okafor', 'Ferryman', 'Ferryman', 'Joss Varley', 'The council', 'Harbour Trust',
      // "she said" after Cook: the unrecognised speaker remembered is the nearest person.
      'Tomas Hale', 'Cook', 'Cook', 'Joss Varley', 'Marta Okafor', 'Ferryman', 'Tomas Hale', 'Cook',
    ]);
  });

  // [what, from, to]: each edit early in the story, so that most quotes lie well after it.
  const edits: [string, string, string][] = [
    ['a word added to the third paragraph', 'a flood like', 'a flood quite like'],
    ['a word removed from the third paragraph', ' in the town', ''],
    ['a word added to the first quote', 'The road is closed', 'The old road is closed'],
    ['the first speaker renamed', 'said Marta Okafor', 'said Rosa Okafor'],
    ['the unrecognised speaker renamed', 'said the Ferryman.', 'said the Boatman.'],
    ['the unrecognised speaker made a known person', 'said the Ferryman.', 'said Ada Ferris.'],
    ['a quote by a new unrecognised speaker added', 'she told reporters.', 'she told reporters.\n\n“Hush,” said Granny.'],
    ['a paragraph of narration added', 'like it.', 'like it.\n\nThe boats stayed in.'],
    ['a paragraph of narration removed', 'A fisherman, Joss Varley, watched from the quay.\n\n', ''],
    ['the pronoun quote given a name', '” he said.', '” Hale said.'],
    ['the reported source renamed', 'the Lake Town Gazette', 'the Harbour Herald'],
    ['a late quote edited', 'Lock the door', 'Lock the big door'],
    ['a word added after an unrecognised speaker, before a pronoun that names her', 'Nobody moved.', 'Nobody moved at all.'],
    ['a word added after an unrecognised speaker, before a pronoun that names him', 'The rain did not stop.', 'The rain did not stop at all.'],
  ];
  it('an edit that moves nothing reuses the results of the quotes well after it, not attributing them again', () => {
    // Same length: the quotes after the edit stay where they were, so reused ones are the very same objects.
    const edited = editOf(STORY, 'in the town', 'in the city');
    const after = assembled(edited, before).analysis.quotes;
    assert.deepStrictEqual(after, analyze(edited).quotes);
    const reused = after.filter((quote, k) => quote === before.analysis.quotes[k]).length;
    // The edit is in the third paragraph: the four quotes of the paragraphs whose attribution may
    // read it (the next four paragraphs, and those before the state is found the same) are
    // attributed again; the twelve after are the old results.
    assert.strictEqual(reused, after.length - 4);
  });

  for (const [what, from, to] of edits) {
    it(`${what}: as from scratch`, () => {
      const edited = editOf(STORY, from, to);
      const after = assertAsFromScratch(edited, before);
      // What the edited version keeps for the next edit holds too: a second edit, in the middle
      // of the story, and going back to the original.
      assertAsFromScratch(editOf(edited, 'Supper is cold', 'Supper is very cold'), after);
      assert.deepStrictEqual(assembled(STORY, after).analysis, before.analysis);
    });
  }
});

// The quotes that take turns carry the verb and the source of the attribution they continue, so an
// edit to those must reach every turn after it, however far.
const LONG_DIALOGUE = [
  'The ferry was late again that night.',
  'Two travellers waited under the lamp.',
  '“Is the road open?” asked Paul Dorn, according to the ferryman.',
  '“No,” said Anna Berg.',
  '“Since when?”',
  '“Since the storm.”',
  '“Then we wait.”',
  '“For how long?”',
  '“A day or two.”',
  '“That is too long.”',
  '“It is what it is.”',
  '“Then I walk.”',
  '“In this rain?”',
  '“In any rain.”',
].join('\n\n');

describe('attribution after an edit, in a long dialogue whose turns carry the first verb and source', () => {
  const before = assembled(LONG_DIALOGUE);

  it('the unedited dialogue takes turns to its end, its short lines too (“A day or two.” is no title)', () => {
    assert.deepStrictEqual(speakersIn(before), [...Array(12)].map((_, k) => (k % 2 === 0 ? 'Paul Dorn' : 'Anna Berg')));
  });
  const edits: [string, string, string][] = [
    ['the first verb changed', 'asked Paul Dorn', 'wondered Paul Dorn'],
    ['the source renamed', 'according to the ferryman', 'according to the boatman'],
    ['the source removed', ', according to the ferryman', ''],
    ['the second speaker renamed', 'said Anna Berg', 'said Maria Lopez'],
    ['a word added to the narration', 'waited under', 'stood waiting under'],
    // Words of the same length: the spans stay where they were, only their text differs.
    ['the first verb changed, in as many letters', 'asked Paul Dorn', 'cried Paul Dorn'],
    ['the source renamed, in as many letters', 'the ferryman', 'the ferrymen'],
    ['the first speaker renamed, in as many letters', 'Paul Dorn', 'Paul Dunn'],
  ];
  for (const [what, from, to] of edits) {
    it(`${what}: as from scratch`, () => assertAsFromScratch(editOf(LONG_DIALOGUE, from, to), before));
  }
});

// The comparisons and the move behind the reuse, row by row: an edit that replaced 5 characters at
// 10 with 8 (everything from 15 on moves by +3).
const CHANGE: TextChange = { start: 10, oldEnd: 15, newEnd: 18 };
const phraseAt = (start: number, extra: Partial<SpeakerPhrase> = {}): SpeakerPhrase => ({
  start, end: start + 9, text: 'Anna Berg', name: { start, end: start + 9, text: 'Anna Berg' }, ...extra,
});
const lastAt = (at: number, extra: Partial<LastAttribution> = {}, attribution: Partial<LastAttribution['attribution']> = {}): LastAttribution => ({
  from: at, at: at + 20, speaker: 'Anna Berg', speakerId: 'e1',
  attribution: { speaker: phraseAt(at + 26), verb: { start: at + 22, end: at + 26, text: 'said' }, ...attribution },
  ...extra,
});

describe('sameMovedLast: whether a paragraph left the same attribution, moved', () => {
  // [what, the old one, the new one, same]
  const table: [string, LastAttribution, LastAttribution, boolean][] = [
    ['after the change, moved by the shift', lastAt(100), lastAt(103), true],
    ['after the change, not moved', lastAt(100), lastAt(100), false],
    ['before the change, in place', lastAt(-40), lastAt(-40), true],
    ['starting inside the change', lastAt(12), lastAt(15), false],
    ['another end', lastAt(100), lastAt(103, { at: 124 }), false],
    ['another speaker', lastAt(100), lastAt(103, { speaker: 'Paul Dorn' }), false],
    ['another entity', lastAt(100), lastAt(103, { speakerId: 'e2' }), false],
    ['a speaker no longer resolved', lastAt(100), lastAt(103, { speaker: undefined, speakerId: undefined }), false],
    ['another verb in the same place', lastAt(100), lastAt(103, {}, { verb: { start: 125, end: 129, text: 'sang' } }), false],
    ['the verb elsewhere', lastAt(100), lastAt(103, {}, { verb: { start: 126, end: 130, text: 'said' } }), false],
    ['another phrase for the speaker', lastAt(100), lastAt(103, {}, { speaker: phraseAt(129, { text: 'Anna Bird' }) }), false],
    ['a source added', lastAt(100), lastAt(103, {}, { reportedBy: phraseAt(140) }), false],
    ['a source dropped', lastAt(100, {}, { reportedBy: phraseAt(137) }), lastAt(103), false],
    ['the same source, moved', lastAt(100, {}, { reportedBy: phraseAt(137) }), lastAt(103, {}, { reportedBy: phraseAt(140) }), true],
    ['another source', lastAt(100, {}, { reportedBy: phraseAt(137) }), lastAt(103, {}, { reportedBy: phraseAt(140, { text: 'Anna Bird' }) }), false],
  ];
  for (const [what, before, after, same] of table) {
    it(`${what} → ${same}`, () => assert.strictEqual(sameMovedLast(CHANGE, before, after), same));
  }

  // The speaker's phrase, compared in depth: [what, the old phrase, the new one, same]
  const phrases: [string, SpeakerPhrase, SpeakerPhrase, boolean][] = [
    ['moved', phraseAt(126), phraseAt(129), true],
    ['a pronoun now', phraseAt(126), phraseAt(129, { pronoun: 'she' }), false],
    ['no name now', phraseAt(126), phraseAt(129, { name: undefined }), false],
    ['a name now', phraseAt(126, { name: undefined }), phraseAt(129), false],
    ['neither has a name', phraseAt(126, { name: undefined }), phraseAt(129, { name: undefined }), true],
    ['the name elsewhere in it', phraseAt(126), phraseAt(129, { name: { start: 130, end: 138, text: 'nna Berg' } }), false],
    ['the name spelt otherwise', phraseAt(126), phraseAt(129, { name: { start: 129, end: 138, text: 'Anna Borg' } }), false],
    ['the same antecedent, moved', phraseAt(126, { antecedent: phraseAt(100) }), phraseAt(129, { antecedent: phraseAt(103) }), true],
    ['an antecedent now', phraseAt(126), phraseAt(129, { antecedent: phraseAt(103) }), false],
    ['no antecedent now', phraseAt(126, { antecedent: phraseAt(100) }), phraseAt(129), false],
    ['another antecedent', phraseAt(126, { antecedent: phraseAt(100) }), phraseAt(129, { antecedent: phraseAt(104) }), false],
  ];
  for (const [what, before, after, same] of phrases) {
    it(`the speaker's phrase: ${what} → ${same}`, () =>
      assert.strictEqual(sameMovedLast(CHANGE, lastAt(100, {}, { speaker: before }), lastAt(103, {}, { speaker: after })), same));
  }
});

describe('sameMovedPerson: an unrecognised speaker remembered, moved', () => {
  const table: [string, { start: number; end: number; name: string; entityId?: string }, boolean][] = [
    ['moved', { start: 103, end: 111, name: 'Ferryman' }, true],
    ['not moved', { start: 100, end: 108, name: 'Ferryman' }, false],
    ['another name', { start: 103, end: 111, name: 'Boatsman' }, false],
    ['an entity now', { start: 103, end: 111, name: 'Ferryman', entityId: 'e1' }, false],
  ];
  for (const [what, after, same] of table) {
    it(`${what} → ${same}`, () => assert.strictEqual(sameMovedPerson(CHANGE, { start: 100, end: 108, name: 'Ferryman' }, after), same));
  }
});

describe('Mover: the old results, moved to the new text', () => {
  const move = new Mover(CHANGE);
  const speaker = { start: 120, end: 129, name: 'Anna Berg', entityId: 'e1', how: 'explicit', confidence: 0.9 } as const;
  const quote = { start: 100, end: 118, text: '“We are ready,”', kind: 'direct', speaker, verb: 'said' } as const;

  it('moves a quote after the change, with its speaker, verb and source', () => {
    assert.deepStrictEqual(move.quote({ ...quote, reportedBy: 'Tass' }), {
      ...quote, start: 103, end: 121, speaker: { ...speaker, start: 123, end: 132 }, reportedBy: 'Tass',
    });
  });
  it('moves a quote without a speaker, or with one that is no entity', () => {
    assert.deepStrictEqual(move.quote({ ...quote, speaker: null, verb: undefined }), { start: 103, end: 121, text: quote.text, kind: quote.kind, speaker: null });
    const unresolved = { start: 120, end: 129, name: 'Anna Berg', how: 'explicit', confidence: 0.9 } as const;
    assert.deepStrictEqual(move.quote({ ...quote, speaker: unresolved }), { ...quote, start: 103, end: 121, speaker: { ...unresolved, start: 123, end: 132 } });
  });
  it('keeps a quote before the change as it was, the same object', () => {
    const early = { ...quote, start: 0, end: 9, speaker: { ...speaker, start: 0, end: 9 } };
    assert.strictEqual(move.quote(early), early);
  });
  it('moves a quote before the change whose speaker lies after it', () => {
    const early = { ...quote, start: 0, end: 9 };
    assert.deepStrictEqual(move.quote(early), { ...early, speaker: { ...speaker, start: 123, end: 132 } });
  });
  it('keeps everything in place when the change moves nothing', () => {
    assert.strictEqual(new Mover({ start: 10, oldEnd: 15, newEnd: 15 }).quote(quote), quote);
  });
  it('moves an attribution: its phrases, verb, source and where its reading ended', () => {
    const attribution = {
      speaker: phraseAt(126, { antecedent: phraseAt(100) }), verb: { start: 120, end: 124, text: 'said' }, reportedBy: phraseAt(140),
      consumedTo: 150, subordinate: true,
    };
    // (JSON: a moved phrase may carry its absent parts as undefined.)
    assert.deepStrictEqual(JSON.parse(JSON.stringify(move.attribution(attribution))), {
      speaker: phraseAt(129, { antecedent: phraseAt(103) }), verb: { start: 123, end: 127, text: 'said' }, reportedBy: phraseAt(143),
      consumedTo: 153, subordinate: true,
    });
    assert.strictEqual(move.attribution({ ...attribution, consumedTo: 12 }).consumedTo, 12);
    assert.strictEqual(move.attribution({ ...attribution, consumedTo: 15 }).consumedTo, 18);
  });
  it('moves a remembered person, with or without an entity', () => {
    assert.deepStrictEqual(move.person({ start: 100, end: 108, name: 'Ferryman' }), { start: 103, end: 111, name: 'Ferryman' });
    assert.deepStrictEqual(move.person({ start: 100, end: 108, name: 'Ferryman', entityId: 'e1' }), { start: 103, end: 111, name: 'Ferryman', entityId: 'e1' });
    const early = { start: 0, end: 8, name: 'Ferryman' };
    assert.strictEqual(move.person(early), early);
  });
  it('moves what starts at the change\'s old end, and nothing before it', () => {
    assert.deepStrictEqual(move.person({ start: 15, end: 20, name: 'Ferryman' }), { start: 18, end: 23, name: 'Ferryman' });
    const atStart = { start: 14, end: 20, name: 'Ferryman' };
    assert.strictEqual(move.person(atStart), atStart);
  });
});

describe('attribution after an edit, in a document with a transcript’s turn', () => {
  // A letter's salutation reads as a turn's label; an edit far from it need not attribute every quote again.
  const LETTER = [
    'GENERAL DORN: I am sending one of my adjutants.',
    ...Array.from({ length: 6 }, (_, k) => `“We ride at ${k + 1},” said Anna Berg.\n\nThe rain went on.`),
    '“Then we wait,” said Paul Oakley.',
  ].join('\n\n');
  const before = assembled(LETTER);

  it('an edit far from the turn keeps the quotes before it as they were, and is as from scratch', () => {
    const after = assertAsFromScratch(editOf(LETTER, 'said Paul Oakley', 'said Paul Oakley quietly'), before);
    assert.strictEqual(after.analysis.quotes[1], before.analysis.quotes[1]);
  });
  it('an edit that makes the label name someone of the document is as from scratch', () => {
    assertAsFromScratch(editOf(LETTER, 'said Paul Oakley', 'said General Dorn'), before);
  });
  it('an edit of the label itself is as from scratch', () => {
    assertAsFromScratch(editOf(LETTER, 'GENERAL DORN:', 'GENERAL DORNE:'), before);
  });
});
