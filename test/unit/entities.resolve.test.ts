import * as assert from 'assert';
import type { EntityKind, Span } from '../../src/core/model/model';
import type { EntityCandidate } from '../../src/core/pipeline/entities/candidates';
import { resolveEntities, resolveEntitiesAfterChange, type ResolvedEntities } from '../../src/core/pipeline/entities/resolve';
import { changeBetween } from '../../src/core/pipeline/textChange';

// The document pass over names given by hand: which kind each surface form takes, which other
// occurrences of a name are found, which short forms join which full name, and what each entity
// is called. In each text, {p:…}, {l:…} and {o:…} mark a name found in its paragraph (person,
// place, organization), sure at 0.9 unless written {p@0.6:…}; <…> marks words read as no name.

const KINDS: Record<string, EntityKind> = { p: 'person', l: 'place', o: 'organization' };

/** The text without its marks, the names they mark, and the words marked as no name. */
function marked(source: string): { text: string; candidates: EntityCandidate[]; notNames: Span[] } {
  const candidates: EntityCandidate[] = [];
  const notNames: Span[] = [];
  let text = '';
  const pattern = /\{([plo])(?:@([\d.]+))?:([^}]*)\}|<([^>]*)>/g;
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const start = text.length;
    if (m[4] !== undefined) {
      text += m[4];
      notNames.push({ start, end: text.length });
      continue;
    }
    text += m[3];
    const confidence = m[2] === undefined ? 0.9 : Number(m[2]);
    candidates.push({ start, end: text.length, kind: KINDS[m[1]], text: m[3], roles: [], confidence, kindConfidence: confidence });
  }
  return { text: text + source.slice(last), candidates, notNames };
}

/** Each entity as "id name (kind): its mentions' texts in order". */
function summary({ entities }: ResolvedEntities): string[] {
  return entities.map((e) => `${e.id} ${e.name} (${e.kind}): ${e.mentions.map((m) => m.text).join(', ')}`);
}

function resolvedOf(source: string): ResolvedEntities {
  const { text, candidates, notNames } = marked(source);
  return resolveEntities(text, candidates, notNames);
}

const run = (rows: [string, string, string[]][]): void => {
  for (const [name, source, expected] of rows) it(name, () => assert.deepStrictEqual(summary(resolvedOf(source)), expected));
};

describe('entities: a name found once is found everywhere, when the model was sure enough', () => {
  run([
    ['sure at 0.7: found again', '{p@0.7:Anna Varga} came. Anna Varga left.', ['e1 Anna Varga (person): Anna Varga, Anna Varga']],
    ['sure at 0.4: not found again', '{p@0.4:Anna Varga} came. Anna Varga left.', ['e1 Anna Varga (person): Anna Varga']],
    ['a surname is as sure as its full name: at 0.5, enough', '{p@0.5:Anna Varga} came. Varga left.', ['e1 Anna Varga (person): Anna Varga, Varga']],
    ['a surname of a name sure at 0.4: not found', '{p@0.4:Anna Varga} came. Varga left.', ['e1 Anna Varga (person): Anna Varga']],
    ['a doubted person the dialogue calls out twice: found again', '“How do you do, {p@0.49:Prascovia}?” “{p@0.49:Prascovia},” she began. Then Prascovia left.',
      ['e1 Prascovia (person): Prascovia, Prascovia, Prascovia']],
    ['…not called out once', '“How do you do, {p@0.49:Prascovia}?” Then {p@0.49:Prascovia} left. Prascovia came.', ['e1 Prascovia (person): Prascovia, Prascovia']],
    ['…not a name in a list', 'They saw {p@0.49:Prascovia}, {p@0.49:Prascovia}, and Prascovia.', ['e1 Prascovia (person): Prascovia, Prascovia']],
    ['a surname found before the full name joins it, in the order written', 'Varga came. {p:Anna Varga} left.', ['e1 Anna Varga (person): Varga, Anna Varga']],
  ]);
});

describe('entities: each surface form takes the kind most of its mentions have', () => {
  run([
    ['two of three', '{o:Jordan} won. {o:Jordan} lost. {l:Jordan} is hot.', ['e1 Jordan (organization): Jordan, Jordan, Jordan']],
    ['the majority first, then the others', '{l:Jordan} is hot. {o:Jordan} won. {o:Jordan} lost.', ['e1 Jordan (organization): Jordan, Jordan, Jordan']],
    ['a tie goes to the kind given first', '{l:Jordan} is hot. {o:Jordan} won.', ['e1 Jordan (place): Jordan, Jordan']],
    ['a name read as an organization twice offers no surname', '{o:Anna Varga} won. {o:Anna Varga} lost. {p:Anna Varga} came. Varga left.', ['e1 Anna Varga (organization): Anna Varga, Anna Varga, Anna Varga']],
  ]);
});

describe('entities: the form looked for elsewhere is one not in capitals', () => {
  run([
    ['capitals first, then ordinary case', '{o:NATO} met. {o:Nato} agreed. Nato left.', ['e1 Nato (organization): NATO, Nato, Nato']],
    ['ordinary case first, then capitals', '{o:Nato} met. {o:NATO} agreed. Nato left.', ['e1 Nato (organization): Nato, NATO, Nato']],
    ['the surname as the first full name writes it', '{p:Anna Varga} came. {p:ANNA VARGA} left. Varga sat.', ['e1 Anna Varga (person): Anna Varga, ANNA VARGA, Varga']],
  ]);
});

describe('entities: which short forms a person’s name offers', () => {
  run([
    ['a name written surname first: its first word', '{p:Wang Xiao Ming} spoke. Later Wang left. Ming sat.', ['e1 Wang Xiao Ming (person): Wang Xiao Ming, Wang']],
    ['surname first, three words: not its middle word, nor its first and last', '{p:Wang Xiao Ming} spoke. Later Xiao left. Later Wang Ming sat.', ['e1 Wang Xiao Ming (person): Wang Xiao Ming, Wang']],
    ['four words are not read surname first', '{p:Wang Xiao Ming Li} spoke. Li left. Later Wang sat.', ['e1 Wang Xiao Ming Li (person): Wang Xiao Ming Li, Li']],
    ['a middle name is no short form', '{p:Anna Maria Varga} came. Maria left. Varga sat.', ['e1 Anna Maria Varga (person): Anna Maria Varga, Varga']],
    ['a first word that is no known first name is no short form', '{p:Marchetti Rossi} came. Marchetti left. Rossi sat.', ['e1 Marchetti Rossi (person): Marchetti Rossi, Rossi']],
    ['words apart by two spaces', '{p:Anna  Varga} came. Anna Varga left.', ['e1 Anna  Varga (person): Anna  Varga, Anna, Varga']],
    ['a particle in lower case: the surname with it', '{p:Anna von Varga} came. Later von Varga left.', ['e1 Anna von Varga (person): Anna von Varga, von Varga']],
    ['and the surname alone', '{p:Anna von Varga} came. Later Varga left.', ['e1 Anna von Varga (person): Anna von Varga, Varga']],
  ]);
});

describe('entities: initials and acronyms', () => {
  run([
    ['an acronym in brackets that is not the initials', 'The {o:Doctors Without Borders} (MSF) came. MSF left.', ['e1 Doctors Without Borders (organization): Doctors Without Borders, MSF, MSF']],
    ['right after the name', 'The {o:Doctors Without Borders}(MSF) came. MSF left.', ['e1 Doctors Without Borders (organization): Doctors Without Borders, MSF, MSF']],
    ['with spaces inside the brackets', 'The {o:Doctors Without Borders} ( MSF ) came. MSF left.', ['e1 Doctors Without Borders (organization): Doctors Without Borders, MSF, MSF']],
    ['not a word later', 'The {o:Doctors Without Borders} met (MSF) here. MSF left.', ['e1 Doctors Without Borders (organization): Doctors Without Borders']],
    ['not for a name of one word', 'The {o:Greenpeace} (GP) came. GP left.', ['e1 Greenpeace (organization): Greenpeace']],
    ['six words’ initials', 'The {o:North Atlantic Fishing Boat Owners Union} met. NAFBOU agreed.', ['e1 North Atlantic Fishing Boat Owners Union (organization): North Atlantic Fishing Boat Owners Union, NAFBOU']],
    ['not seven words’', 'The {o:North Atlantic Fishing Boat Owners Union Board} met. NAFBOUB agreed.', ['e1 North Atlantic Fishing Boat Owners Union Board (organization): North Atlantic Fishing Boat Owners Union Board']],
    ['a place of three words: its dotted initials', 'Flights to the {l:United Arab Emirates} resumed. U.A.E. officials smiled.', ['e1 United Arab Emirates (place): United Arab Emirates, U.A.E.']],
    ['not four words’', 'Flights to {l:Papua New Guinea Highlands} resumed. P.N.G.H. officials smiled.', ['e1 Papua New Guinea Highlands (place): Papua New Guinea Highlands']],
    ['a place’s words apart by two spaces', 'Flights to {l:Los  Angeles} resumed. L.A. cheered.', ['e1 Los  Angeles (place): Los  Angeles, L.A.']],
    ['not when a word is in lower case', 'Ferries to the {l:Isle of Man} resumed. I.O.M. cheered.', ['e1 Isle of Man (place): Isle of Man']],
  ]);
});

describe('entities: a short form two names offer', () => {
  run([
    ['a name that shortens another gives way to it', '{p:Donald John Trump} came. {p:Donald Trump} spoke. Trump left.', ['e1 Donald John Trump (person): Donald John Trump, Donald Trump, Trump']],
    ['a name that another contains gives way to it', '{p:Peter Smith} came. {p:Peter Smith Jones} spoke. Peter left.', ['e1 Peter Smith (person): Peter Smith', 'e2 Peter Smith Jones (person): Peter Smith Jones, Peter']],
    ['the same surname, other first names: neither', '{p:Tom Varga} came. {p:Anna Maria Varga} spoke. Varga left.', ['e1 Tom Varga (person): Tom Varga', 'e2 Anna Maria Varga (person): Anna Maria Varga']],
    ['the same first name, other surnames: neither', '{p:Anna Varga} came. {p:Anna Maria Smith} spoke. Anna left.', ['e1 Anna Varga (person): Anna Varga', 'e2 Anna Maria Smith (person): Anna Maria Smith']],
    [
      'a title tells which of two, for each surname apart',
      '{p:Hillary Clinton} met {p:Bill Clinton}. Mrs. {p:Clinton} spoke. {p:Tom Varga} and {p:Anna Varga} came. Mr. {p:Varga} sat.',
      ['e1 Hillary Clinton (person): Hillary Clinton, Clinton', 'e2 Bill Clinton (person): Bill Clinton', 'e3 Tom Varga (person): Tom Varga, Varga', 'e4 Anna Varga (person): Anna Varga'],
    ],
  ]);
});

describe('entities: a first name alone', () => {
  run([
    ['a first name the lexicon knows as a word joins the full name, where it is read alone as a person', '{p:Bill Clinton} spoke. Her husband {p:Bill} smiled.',
      ['e1 Bill Clinton (person): Bill Clinton, Bill']],
    ['…not where it is not read as a person', '{p:Bill Clinton} spoke. Then Bill smiled.', ['e1 Bill Clinton (person): Bill Clinton']],
    ['…not where it is someone’s surname', '{p:Barack Obama} spoke. {p:Obama Just} won. {p:Obama} smiled.',
      ['e1 Barack Obama (person): Barack Obama, Obama', 'e2 Obama Just (person): Obama Just']],
    ['a first name of the name lists only', '{p:Megyn Kelly} spoke. {p:Megyn} smiled.', ['e1 Megyn Kelly (person): Megyn Kelly, Megyn']],
  ]);
});

describe('entities: a surname several people share, read alone as a place', () => {
  run([
    ['is a person: the family', '{p:Nicholas Rostov} and {p:Peter Rostov} came. {l:Rostov} rode off.',
      ['e1 Nicholas Rostov (person): Nicholas Rostov', 'e2 Peter Rostov (person): Peter Rostov', 'e3 Rostov (person): Rostov']],
    ['and so are its other mentions', '{p:Nicholas Rostov} and {p:Peter Rostov} came. {l:Rostov} rode off. Rostov smiled.',
      ['e1 Nicholas Rostov (person): Nicholas Rostov', 'e2 Peter Rostov (person): Peter Rostov', 'e3 Rostov (person): Rostov, Rostov']],
    ['not a place the gazetteer knows', '{p:George Washington} and {p:Martha Washington} came. They went to {l:Washington}.',
      ['e1 George Washington (person): George Washington', 'e2 Martha Washington (person): Martha Washington', 'e3 Washington (place): Washington']],
    ['not an organization', '{p:Henry Ford} and {p:William Ford} came. {o:Ford} grew.',
      ['e1 Henry Ford (person): Henry Ford', 'e2 William Ford (person): William Ford', 'e3 Ford (organization): Ford']],
    ['one person’s surname: it joins that person', '{p:Nicholas Rostov} came. {l:Rostov} rode off.', ['e1 Nicholas Rostov (person): Nicholas Rostov, Rostov']],
  ]);
});

describe('entities: a name read mostly as a place or an organization, which the writer says is a person', () => {
  run([
    ['a title before one mention', 'Count {p:Rostov} came. {l:Rostov} rode off. {l:Rostov} smiled.', ['e1 Rostov (person): Rostov, Rostov, Rostov']],
    ['…and an organization too', 'Prince {p:Bagration} came. {o:Bagration} rode off. {o:Bagration} smiled.', ['e1 Bagration (person): Bagration, Bagration, Bagration']],
    ['not a title written in lower case', 'The major {o:Hamas} leaders met. {o:Hamas} spoke. {o:Hamas} left.', ['e1 Hamas (organization): Hamas, Hamas, Hamas']],
    ['not a name with an institution’s head word', 'Mourners met at King {p:Solomon Missionary Baptist Church}. {l:Solomon Missionary Baptist Church} filled. {l:Solomon Missionary Baptist Church} emptied.',
      ['e1 Solomon Missionary Baptist Church (place): Solomon Missionary Baptist Church, Solomon Missionary Baptist Church, Solomon Missionary Baptist Church']],
    ['a reporting verb beside two mentions of a place', '"No," said {l:Rostov}. {l:Rostov} replied at once. {l:Rostov} rode off.', ['e1 Rostov (person): Rostov, Rostov, Rostov']],
    ['…not beside one', '"No," said {l:Rostov}. {l:Rostov} rode off. They left {l:Rostov}.', ['e1 Rostov (place): Rostov, Rostov, Rostov']],
    ['…not an organization, which speaks in the news', '{o:Acme} said no. {o:Acme} added more. {o:Acme} grew.', ['e1 Acme (organization): Acme, Acme, Acme']],
    ['…not an acronym', '{l:ESPN} said no. {l:ESPN} added more. {l:ESPN} grew.', ['e1 ESPN (place): ESPN, ESPN, ESPN']],
    ['…not a place the gazetteer knows', '{l:Moscow} said no. {l:Moscow} added more. {l:Moscow} grew.', ['e1 Moscow (place): Moscow, Moscow, Moscow']],
  ]);
});

describe('entities: a family named by the plural of a person’s surname', () => {
  run([
    ['is people', '{p:Henry Crawford} came. Then the {o:Crawfords} left.', ['e1 Henry Crawford (person): Henry Crawford', 'e2 Crawfords (person): Crawfords']],
    ['…read as a place too', '{p:Khizr Khan} spoke. The {l:Khans} left.', ['e1 Khizr Khan (person): Khizr Khan', 'e2 Khans (person): Khans']],
    ['not without "the"', '{p:Anna Phillip} came. {o:Phillips} grew.', ['e1 Anna Phillip (person): Anna Phillip', 'e2 Phillips (organization): Phillips']],
    ['not where no person has the surname', '{o:Acme} grew. The {o:Acmes} left.', ['e1 Acme (organization): Acme', 'e2 Acmes (organization): Acmes']],
  ]);
});

describe('entities: what an entity is called', () => {
  run([
    ['the form with the most words, written after', '{p:Varga} spoke. {p:Anna Varga} left.', ['e1 Anna Varga (person): Varga, Anna Varga']],
    ['more words before more letters', 'The {o:EU Aid} (EUROAID) came. EUROAID left.', ['e1 EU Aid (organization): EU Aid, EUROAID, EUROAID']],
    ['ordinary case before capitals', '{p:ANNA VARGA} came. {p:Anna Varga} left.', ['e1 Anna Varga (person): ANNA VARGA, Anna Varga']],
    ['the first of equals', '{p:Anna Varga} came. {p:Anna varga} left.', ['e1 Anna Varga (person): Anna Varga, Anna varga']],
    ['without an editor’s brackets', '[Russian President {p:Vladimir] Putin} arrived.', ['e1 Vladimir Putin (person): Vladimir] Putin']],
  ]);
});

describe('entities: how sure an entity is', () => {
  it('its surest mention, and the mean of its mentions’ sureness of the kind', () => {
    const [entity] = resolvedOf('{p@0.6:Anna Varga} came. {p@0.9:Anna Varga} left.').entities;
    assert.deepStrictEqual([entity.confidence, entity.kindConfidence], [0.9, 0.75]);
  });
  it('a name found only by the document pass is as sure of its kind as can be', () => {
    const { entities } = resolvedOf('{p:Anna Varga} came. Varga left.');
    assert.deepStrictEqual(entities[0].mentions.map((m) => m.confidence), [0.9, 0.9]);
  });
});

describe('entities: after an edit, as a fresh reading', () => {
  // [edit, before, after, whether every mention only moved]
  const rows: [string, string, string, boolean][] = [
    ['words written before every name', '{p:Hillary Clinton} met {p:Bill Clinton}. Mr. {p:Clinton} spoke.', 'Then {p:Hillary Clinton} met {p:Bill Clinton}. Mr. {p:Clinton} spoke.', true],
    ['the title before a shared surname', '{p:Hillary Clinton} met {p:Bill Clinton}. Mr. {p:Clinton} spoke.', '{p:Hillary Clinton} met {p:Bill Clinton}. Mrs. {p:Clinton} spoke.', false],
    ['an acronym in brackets changed', 'The {o:Doctors Without Borders} (MSF) came. Later MSF left.', 'The {o:Doctors Without Borders} (MDM) came. Later MSF left.', false],
    ['a name’s kind changed', '{p:Anna Varga} came. Later Anna Varga left.', '{o:Anna Varga} came. Later Anna Varga left.', false],
    ['a name’s words changed', '{p:Anna Varga} came. Later Anna Varga left.', '{p:Anna Vorga} came. Later Anna Varga left.', false],
    ['the model less sure of a name', '{p:Anna Varga} came. Later Anna Varga left.', '{p@0.4:Anna Varga} came. Later Anna Varga left.', false],
    ['the model less sure of a name’s kind', '{p:Anna Varga} came. Later {p:Anna Varga} left.', '{p:Anna Varga} came. Later {p@0.5:Anna Varga} left.', false],
    ['a title written before a name read as a place', 'The {p:Rostov} came. {l:Rostov} rode off. {l:Rostov} smiled.', 'Count {p:Rostov} came. {l:Rostov} rode off. {l:Rostov} smiled.', false],
    ['a reporting verb taken away', '"No," said {l:Rostov}. {l:Rostov} replied. {l:Rostov} rode.', '"No," to {l:Rostov}. {l:Rostov} replied. {l:Rostov} rode.', false],
    ['a call in dialogue taken away', '“Yes, {p@0.49:Prascovia}?” “{p@0.49:Prascovia},” she began. Prascovia left.', '“Yes, {p@0.49:Prascovia} now.” “{p@0.49:Prascovia},” she began. Prascovia left.', false],
    ['words no longer read as no name', '{p:Anna Varga} came. Later <Anna Varga> left.', '{p:Anna Varga} came. Later Anna Varga left.', false],
  ];
  for (const [edit, before, after, moved] of rows) {
    it(edit, () => {
      const old = marked(before);
      const now = marked(after);
      const { memo } = resolveEntitiesAfterChange(old.text, old.candidates, old.notNames);
      const result = resolveEntitiesAfterChange(now.text, now.candidates, now.notNames, { memo, change: changeBetween(old.text, now.text) });
      assert.deepStrictEqual([result.memo.resolved, result.moved], [resolveEntities(now.text, now.candidates, now.notNames), moved]);
    });
  }
  it('a first reading has nothing to move', () => {
    const { text, candidates, notNames } = marked('{p:Anna Varga} came.');
    assert.strictEqual(resolveEntitiesAfterChange(text, candidates, notNames).moved, false);
  });
});
