import * as assert from 'assert';
import { analyze } from '../../src/core/pipeline/analyze';
import type { EntityKind } from '../../src/core/model/model';
import { findEntityCandidates } from '../../src/core/pipeline/entities/candidates';
import { resolveEntities, resolveEntitiesAfterChange } from '../../src/core/pipeline/entities/resolve';
import type { EntityCandidate } from '../../src/core/pipeline/entities/candidates';
import { changeBetween } from '../../src/core/pipeline/textChange';

/** The mentions found, as "kind:text", in document order. */
const mentions = (text: string): string[] => {
  const analysis = analyze(text);
  const kindOf = new Map(analysis.entities.map((e) => [e.id, e.kind]));
  return analysis.mentions.map((m) => `${kindOf.get(m.entityId)}:${m.text}`);
};

const entity = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name);

type Case = { name: string; text: string; expected: string[] };

/** The mentions the rules alone find: the fallback when the name model cannot load, and one of its features. */
const ruleMentions = (text: string): string[] => {
  const { candidates, notNames } = findEntityCandidates(text, 0, null);
  const { entities, mentions } = resolveEntities(text, candidates, notNames);
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  return mentions.map((m) => `${kindOf.get(m.entityId)}:${m.text}`);
};

const run = (cases: Case[]): void => {
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(mentions(text), expected));
};

describe('entities: spans', () => {
  run([
    { name: 'no quote marks or possessive in a span', text: 'Officials praised “Kenya’s plan,” the minister said.', expected: ['place:Kenya'] },
    { name: 'no trailing punctuation', text: 'The talks ended in Nairobi.', expected: ['place:Nairobi'] },
    { name: 'a title is not part of the name', text: 'Prime Minister Anna Kowalczyk arrived late.', expected: ['person:Anna Kowalczyk'] },
    { name: 'a demonym and a title before a name', text: 'Polish President Anna Kowalczyk spoke first.', expected: ['person:Anna Kowalczyk'] },
    { name: 'a place the gazetteer knows stands where the model doubts it', text: 'Since 2014, when Putin first seized Crimea, the conflict between Russia and Ukraine has intensified.', expected: ['person:Putin', 'place:Crimea', 'place:Russia', 'place:Ukraine'] },
    { name: 'an acronym in running text stands where the model doubts it', text: '“Ties are gaining momentum,” Putin said, as quoted by RT, a pro-Kremlin media outlet.', expected: ['person:Putin', 'organization:RT', 'organization:Kremlin'] },
    { name: 'a dash written without spaces parts two names', text: 'Anna Pavlovna greeted Pierre Bezukhov--Prince Andrew Bolkonski was late.', expected: ['person:Anna Pavlovna', 'person:Pierre Bezukhov', 'person:Andrew Bolkonski'] },
    { name: 'an em dash without spaces parts a place and a person', text: 'The letter came from Moscow—Natasha Rostova read it aloud.', expected: ['place:Moscow', 'person:Natasha Rostova'] },
    { name: 'a hyphenated prefix is not part of the name', text: 'The pro-Kremlin channel carried the speech.', expected: ['organization:Kremlin'] },
    { name: 'a title opens a person, whatever kind the model read', text: 'He was sent to Prince Bagration with the order.', expected: ['person:Bagration'] },
    { name: 'a place that opens with a title stays a place', text: 'They sailed to Prince Edward Island in May.', expected: ['place:Prince Edward Island'] },
    { name: 'what a family calls a member is a person', text: '“Look at Papa!” she cried.', expected: ['person:Papa'] },
    { name: 'a comma without its space ends a name', text: 'Marta Okonkwo,the deputy leader, said so.', expected: ['person:Marta Okonkwo'] },
    { name: 'an organization’s presenter is two names', text: 'Mosko wrote to the Sports Network’s Rich Eisen on Monday.', expected: ['person:Mosko', 'organization:Sports Network', 'person:Rich Eisen'] },
    { name: 'a possessive before any other word stays in the name', text: 'Shares of Moody’s Investors Service fell.', expected: ['organization:Moody’s Investors Service'] },
    { name: 'a comma without its space parts two names', text: 'The talks moved from Anna Berg,Paul Dorn and Moscow,Russia to 1,000 others.', expected: ['person:Anna Berg', 'person:Paul Dorn', 'place:Moscow', 'place:Russia'] },
  ]);
});

describe('entities: people compromise does not know', () => {
  run([
    { name: 'a name written surname first', text: 'Premier Zhou Mingde visited the port.', expected: ['person:Zhou Mingde'] },
    { name: '"He" at the start of a sentence stays a pronoun', text: 'Vice-Premier He Lanqing will lead the talks. He said they went well.', expected: ['person:He Lanqing'] },
    { name: 'a surname spelt "He" after a title, the model reading only the given name', text: 'Vice-Premier He Lifeng has reportedly been chosen to lead any talks.', expected: ['person:He Lifeng'] },
    { name: 'a speaker before "said"', text: 'The deal is done, Okonkwo said on the phone.', expected: ['person:Okonkwo'] },
    { name: 'a speaker after "according to"', text: 'The vote was close, according to Marchetti.', expected: ['person:Marchetti'] },
    { name: 'an abbreviated title with its full stop', text: 'The nominee, Gov. Marta Okonkwo, spoke.', expected: ['person:Marta Okonkwo'] },
    { name: 'an interjection is no name', text: 'Heh, yep, I like it. Wow, said Anna Kowalczyk. Yum.', expected: ['person:Anna Kowalczyk'] },
    { name: 'a capitalised phrase in quote marks is not a person', text: 'She called it an episode of “Velvet Thunder.”', expected: [] },
    { name: 'a party label before a name is a role', text: 'The race went to Republican Anna Kowalczyk.', expected: ['person:Anna Kowalczyk'] },
    { name: 'a title alone is not a name', text: 'He came out of the Emperor’s room.', expected: [] },
    { name: 'a name with two particles', text: 'The try was scored by Pieter van der Merwe late on.', expected: ['person:Pieter van der Merwe'] },
    { name: 'a middle initial inside a name', text: 'Franklin D. Roosevelt won again.', expected: ['person:Franklin D. Roosevelt'] },
    { name: 'a middle initial after a first name that opens the sentence', text: 'Mary J. Blige sings to Hillary Clinton.', expected: ['person:Mary J. Blige', 'person:Hillary Clinton'] },
    { name: 'middle initials and a generational suffix', text: 'Sources close to Robert S. Mueller III and James B. Comey agreed.', expected: ['person:Robert S. Mueller III', 'person:James B. Comey'] },
    { name: 'authors cited by surname and year', text: 'Following Card and Krueger (1994) and others (Neumark and Wascher, 2008; Card, 1992a), we find little.', expected: ['person:Card', 'person:Krueger', 'person:Neumark', 'person:Wascher'] },
    { name: '…but not a title before its year', text: 'She loved Pride and Prejudice (2005), and so did Jones and Wu (2003).', expected: ['person:Jones', 'person:Wu'] },
    { name: 'a particle after a first name', text: 'Manchester United sacked Erik ten Hag on Monday.', expected: ['organization:Manchester United', 'person:Erik ten Hag'] },
    { name: 'a middle initial that is also a word', text: 'The opinion of Samuel A. Alito Jr. was read by John I. Smith.', expected: ['person:Samuel A. Alito Jr', 'person:John I. Smith'] },
    { name: '…but not a letter ending a sentence before a conjunction', text: 'He looked to Brother A. Though I am unworthy, Pierre Bezukhov said, I will go.', expected: ['person:Pierre Bezukhov'] },
    { name: 'initials only', text: 'The book was by J. R. R. Tolkien, who lived in Oxford.', expected: ['person:J. R. R. Tolkien', 'place:Oxford'] },
    { name: 'a plural title is not part of the names', text: 'Sens. Jeff Merkley and Jon Tester voted no.', expected: ['person:Jeff Merkley', 'person:Jon Tester'] },
    { name: 'a party and state after a legislator is no name', text: 'Jeff Merkley (D-Ore.) and Pete King, R-N.Y., and Mia Love (R-UT) voted no.', expected: ['person:Jeff Merkley', 'person:Pete King', 'person:Mia Love'] },
    { name: 'a name introduced by a role noun', text: 'The team hired coach Brannigan Oyelaran last year.', expected: ['person:Brannigan Oyelaran'] },
    { name: 'a storm named as people are is no name, nor its given name after it', text: 'Hurricane Rita struck Texas. Rita weakened quickly after landfall.', expected: ['place:Texas'] },
    { name: 'a title’s department is no part of the name after it', text: 'Talks will resume, Secretary of State John Kerry said after meeting Secretary of Defense Ash Carter.', expected: ['person:John Kerry', 'person:Ash Carter'] },
    { name: '…where the rules read the name', text: 'Secretary of State John F. Kerry said the United States would help.', expected: ['person:John F. Kerry', 'place:United States'] },
    { name: 'nor a title in the plural', text: 'Critics, like Senators Charles Grassley and Patrick Leahy, spoke.', expected: ['person:Charles Grassley', 'person:Patrick Leahy'] },
  ]);
});

describe('entities: organizations', () => {
  run([
    { name: 'a university named “Tech”', text: 'She studied engineering at Georgia Tech before moving to Atlanta.', expected: ['organization:Georgia Tech', 'place:Atlanta'] },
    { name: 'a team named as people are, meeting another side', text: 'Arsenal, who drew 0-0 with Chelsea, are second. Liverpool beat Chelsea 2-1.', expected: ['organization:Arsenal', 'organization:Chelsea', 'organization:Liverpool', 'organization:Chelsea'] },
    { name: '…not a person met otherwise in a paragraph about sport', text: 'She spoke with Chelsea about the game they played.', expected: ['person:Chelsea'] },
    { name: 'a publisher', text: 'Her first novel was published by Algonquin Books in 2003.', expected: ['organization:Algonquin Books'] },
    { name: 'a company named for its trade', text: 'She worked at El Paso Energy before she joined Carr Futures.', expected: ['organization:El Paso Energy', 'organization:Carr Futures'] },
    { name: 'by its head word', text: 'The Baltic Shipping Agency cut its fares.', expected: ['organization:Baltic Shipping Agency'] },
    { name: 'a head word followed by "of"', text: 'Shares of the Bank of Lusitania rose.', expected: ['organization:Bank of Lusitania'] },
    { name: '…whatever place follows "of"', text: 'She taught at the University of Paris and the University of Michigan.', expected: ['organization:University of Paris', 'organization:University of Michigan'] },
    { name: 'a body’s head word at the end, whatever place opens the name', text: 'The Tennessee Valley Authority closed two plants.', expected: ['organization:Tennessee Valley Authority'] },
    { name: 'organizations with "and" inside', text: 'The Food and Drug Administration and the Department of Housing and Urban Development agreed.', expected: ['organization:Food and Drug Administration', 'organization:Department of Housing and Urban Development'] },
    { name: 'a company’s legal form after a comma', text: 'The contract went to Google, Inc. of Mountain View.', expected: ['organization:Google, Inc'] },
    { name: 'an acronym', text: 'Leaders of NATO met in Brussels.', expected: ['organization:NATO', 'place:Brussels'] },
    { name: 'an institution used as an actor', text: 'The Kremlin denied the report.', expected: ['organization:Kremlin'] },
    { name: 'the GOP, which the model reads as a person before its possessive', text: 'He said the GOP’s most important goal was to win.', expected: ['organization:GOP'] },
    { name: 'a known organization named by a people\'s adjective', text: 'The Islamic State lost ground to the Muslim Brotherhood.', expected: ['organization:Islamic State', 'organization:Muslim Brotherhood'] },
    { name: 'a media outlet after its role noun', text: 'The state news outlet Vremya reported the fire.', expected: ['organization:Vremya'] },
    { name: 'common acronyms are not organizations', text: 'The GDP fell after WWII ended.', expected: [] },
    { name: 'nor time zones, diagnoses or the LGBT', text: 'The vote closed at 8 p.m. EDT; veterans with PTSD and LGBT voters waited.', expected: [] },
    { name: 'a newspaper or a club named after its town', text: 'The Woodmont Country Club had closed.\nThe Tampa Bay Times reported it first.', expected: ['organization:Woodmont Country Club', 'organization:Tampa Bay Times'] },
    { name: 'the acronyms of office e-mail are not organizations', text: 'Please send the RFP to our SVP ASAP, i.e. by Friday.', expected: [] },
    { name: 'formats and diagnoses in capitals are not organizations', text: 'My son with ADHD watched the old VHS tape, then the DVD.', expected: [] },
    { name: 'a web address is its publisher, an e-mail address no name', text: 'Write to RobBrnglsn@aol.com or buy at Goldstar.com today.', expected: ['organization:Goldstar.com'] },
    { name: 'a town and a plural is a team', text: 'The Nairobi Lions won again.', expected: ['organization:Nairobi Lions'] },
    { name: 'teams in a results table written in capitals', text: 'Standings after Friday:\nTORONTO 70 62\nDETROIT 51 81', expected: ['organization:TORONTO', 'organization:DETROIT'] },
    { name: 'teams in a results table', text: 'Results on Saturday:\nHollowfield 2 Marston Rovers 1\nKettlewick 0 Dunmere 3', expected: ['organization:Hollowfield', 'organization:Marston Rovers', 'organization:Kettlewick', 'organization:Dunmere'] },
  ]);
});

describe('entities: places', () => {
  run([
    { name: 'a place named in Portuguese, Spanish or French', text: 'We walked down Rua Augusta to Campo de Ourique, then to the Place de la Concorde.', expected: ['place:Rua Augusta', 'place:Campo de Ourique', 'place:Place de la Concorde'] },
    { name: 'a room that “Office” would make an organization', text: 'They met in the Oval Office on Tuesday.', expected: ['place:Oval Office'] },
    { name: 'countries and capitals from the gazetteer', text: 'Flights from Kenya to Lima resumed.', expected: ['place:Kenya', 'place:Lima'] },
    { name: 'demonyms are not places', text: 'Kenyan and Peruvian officials met.', expected: [] },
    { name: 'an abbreviated country used as a modifier is a place, as annotated corpora mark it', text: 'The rules favour U.S. exporters.', expected: ['place:U.S.'] },
    { name: 'an abbreviated country as a noun is a place', text: 'Exports to the U.S. fell.', expected: ['place:U.S.'] },
    { name: 'a qualified place stays a place', text: 'Rain fell across Northern Kenya.', expected: ['place:Northern Kenya'] },
    { name: 'a place by its head word', text: 'Crowds gathered in Lantern Square at noon.', expected: ['place:Lantern Square'] },
    { name: 'a state after its city', text: 'He spoke in Lima, Ohio, on Monday.', expected: ['place:Lima', 'place:Ohio'] },
    { name: 'a town before its state, whatever first name it holds', text: 'The family moved from Grace Hollow, Ky., to a farm near Mabel Creek, Texas.', expected: ['place:Grace Hollow', 'place:Ky', 'place:Mabel Creek', 'place:Texas'] },
    { name: 'a possessive state after a person is an apposition', text: 'Marta Okonkwo, Wisconsin’s senator, agreed.', expected: ['person:Marta Okonkwo', 'place:Wisconsin'] },
    { name: 'a first name after a comma is someone addressed, not a place', text: 'This is Kenya, Peter.', expected: ['place:Kenya', 'person:Peter'] },
    { name: 'unknown names listed with a known kind take it', text: 'Strikes hit regions like Ostrava and Brnovice overnight.', expected: ['place:Ostrava', 'place:Brnovice'] },
    { name: 'a political adjective before a country', text: 'Nazi Germany invaded in 1939.', expected: ['place:Germany'] },
  ]);
});

describe('entities: the start of a sentence and headlines', () => {
  run([
    { name: 'a sentence-initial capital is no evidence', text: 'Despite the rain, Recent visitors stayed.', expected: [] },
    { name: 'a title-case headline’s reporting verb ends the speaker’s name', text: 'Obama Claims Hillary Most Qualified Presidential Candidate Ever', expected: ['person:Obama'] },
    { name: 'a headline in capitals: only known places and names', text: 'OKONKWO WINS IN KENYA\nMarta Okonkwo won the race in Nairobi.', expected: ['person:OKONKWO', 'place:KENYA', 'person:Marta Okonkwo', 'place:Nairobi'] },
    { name: 'words in capitals for emphasis are not acronyms', text: 'She said NO to ALL of it.', expected: [] },
    { name: 'a people after a group noun is not an organization', text: 'A large group of Kenyans gathered.', expected: [] },
    { name: 'a dateline in capitals', text: 'NAIROBI 2024-05-01\nThe vote was delayed.', expected: ['place:NAIROBI'] },
    { name: 'a dateline with an agency', text: 'KISUMU, Kenya (Reuters) - The vote was delayed.', expected: ['place:KISUMU', 'place:Kenya', 'organization:Reuters'] },
    { name: 'two names side by side in a headline are not one person', text: 'Okafor Nairobi plan wins support', expected: ['place:Nairobi'] },
    { name: 'a word after an ellipsis starts a clause', text: '"Well, Marta... Do you think so?"', expected: ['person:Marta'] },
    { name: 'a word after a question mark inside a quote starts a clause', text: '"Was it for the Queen, or for Madame Elizabeth? Nothing!" and he grew animated.', expected: ['person:Elizabeth'] },
    { name: 'a word after a full stop inside a quote starts a clause', text: '“It came from this White House. So this is bad,” Okafor said.', expected: ['organization:White House', 'person:Okafor'] },
  ]);
});

describe('entities: a name after a person’s occupation', () => {
  run([
    { name: 'an unknown name after an occupation is a person', text: 'Then I met the merchant Achmet and his son.', expected: ['person:Achmet'] },
    { name: 'and after a relation', text: 'It was her cousin Bolkhovitinov who came.', expected: ['person:Bolkhovitinov'] },
  ]);
});

describe('entities: one entity per referent', () => {
  const text = 'President Donald Trump met Chinese Communist leader Xu Weiming in Lima. Trump praised Xu. Later, President Trump left, and Xu stayed.';
  const cases: { name: string; canonical: string; kind: EntityKind; aliases: string[]; roles: string[]; count: number }[] = [
    { name: 'a surname joins the full name', canonical: 'Donald Trump', kind: 'person', aliases: ['Trump'], roles: ['President'], count: 3 },
    { name: 'a surname-first name joins on its first word, with its description', canonical: 'Xu Weiming', kind: 'person', aliases: ['Xu'], roles: ['Chinese Communist leader'], count: 3 },
    { name: 'a place is one entity', canonical: 'Lima', kind: 'place', aliases: [], roles: [], count: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const e = entity(text, c.canonical);
      assert.ok(e, `no entity named ${c.canonical}`);
      assert.deepStrictEqual([e.kind, e.aliases, e.roles, e.mentions.length], [c.kind, c.aliases, c.roles, c.count]);
      assert.deepStrictEqual(e.firstMention, e.mentions[0]);
    });
  }

  const roleCases: { name: string; text: string; person: string; roles: string[] }[] = [
    { name: 'an appositive after a name', text: 'Marta Okonkwo, the party’s deputy leader, said the vote was fair.', person: 'Marta Okonkwo', roles: ['party’s deputy leader'] },
    { name: 'an appositive linked to the name it serves', text: 'Huma Abedin, a top aide to Hillary Clinton, said it was late.', person: 'Huma Abedin', roles: ['top aide to Hillary Clinton'] },
    { name: 'an appositive stops before an honorific', text: 'Huma Abedin, a top aide to Mrs. Clinton, said it was late.', person: 'Huma Abedin', roles: ['top aide'] },
    { name: 'an appositive stops before a relative clause', text: 'Anna Berg, the mayor who won in May, said it was late.', person: 'Anna Berg', roles: ['mayor'] },
    { name: 'a relative clause after a name is no role', text: 'Then Peter Smith, for whom Mr. Jones works, said no.', person: 'Peter Smith', roles: [] },
    { name: 'a clause that names no role is no role', text: 'Anna Berg, who spoke for an hour, left.', person: 'Anna Berg', roles: [] },
    { name: 'a bare honorific is no role', text: 'Mrs. Anna Berg spoke. Later Ms Berg left.', person: 'Anna Berg', roles: [] },
    { name: 'a demonym and a title are a role', text: 'Russian President Vladimir Putin arrived.', person: 'Vladimir Putin', roles: ['Russian President'] },
    { name: 'a description set off by commas, opening with an owner', text: 'His attorney, David Chen, had asked for five years.', person: 'David Chen', roles: ['attorney'] },
    { name: 'not one that calls someone in dialogue', text: '“Your sister, Anna Berg, is here,” he said.', person: 'Anna Berg', roles: [] },
    { name: 'a professor’s title', text: 'Then Professor Sarah Gilbert cautioned them.', person: 'Sarah Gilbert', roles: ['Professor'] },
    { name: 'a city councillor’s title', text: 'Councilwoman Maria Delgado put it bluntly.', person: 'Maria Delgado', roles: ['Councilwoman'] },
    { name: 'a title of two words', text: 'Intel rose after Chief Executive Pat Gelsinger spoke.', person: 'Pat Gelsinger', roles: ['Chief Executive'] },
    { name: 'a title of three words', text: 'Then Chief Financial Officer Ruth Porat spoke.', person: 'Ruth Porat', roles: ['Chief Financial Officer'] },
  ];
  for (const c of roleCases) {
    it(`roles: ${c.name}`, () => assert.deepStrictEqual(entity(c.text, c.person)?.roles, c.roles));
  }

  const initialsCases: { name: string; text: string; organization: string; aliases: string[] }[] = [
    { name: 'initials used after the name, undefined', text: 'The Democratic National Committee met. Later the DNC said it would act.', organization: 'Democratic National Committee', aliases: ['DNC'] },
    { name: 'initials with full stops, leaving out "of"', text: 'The Federal Bureau of Investigation looked. The F.B.I. found nothing.', organization: 'Federal Bureau of Investigation', aliases: ['F.B.I.'] },
    { name: 'initials two names share stand for neither', text: 'The Central Intelligence Agency and the Criminal Investigation Authority met. The CIA left.', organization: 'Central Intelligence Agency', aliases: [] },
  ];
  it('a surname-first name’s given name, where its surname read as a pronoun, joins it', () => {
    const text = 'Vice-Premier He Lifeng will lead the talks.\n\nHe Lifeng said the talks went well.';
    assert.deepStrictEqual(entity(text, 'He Lifeng')?.aliases, ['Lifeng']);
  });
  for (const c of initialsCases) {
    it(`organizations: ${c.name}`, () => assert.deepStrictEqual(entity(c.text, c.organization)?.aliases, c.aliases));
  }

  it('a surname opening with a particle joins the full name', () => {
    const e = entity('Mayor Bill de Blasio spoke first. Later, de Blasio left the hall.', 'Bill de Blasio');
    assert.deepStrictEqual([e?.aliases, e?.mentions.length], [['de Blasio'], 2]);
  });

  it('a known first name on its own joins the one person who has it', () => {
    const e = entity('Joe Marsh hosted the show. Later Joe laughed.', 'Joe Marsh');
    assert.deepStrictEqual([e?.aliases, e?.mentions.length], [['Joe'], 2]);
  });

  const initials: [string, string, string, string[], number][] = [
    ['a country', 'Exports to the United States fell. U.S. officials were calm.', 'United States', ['U.S.'], 2],
    ['a city', 'Flights to Los Angeles resumed, and L.A. cheered.', 'Los Angeles', ['L.A.'], 2],
    ['only the dotted form: "US" is also a word', 'Exports to the United States fell. Tell US now.', 'United States', [], 1],
  ];
  for (const [name, text, canonical, aliases, count] of initials) {
    it(`a place's dotted initials join it: ${name}`, () => {
      const e = entity(text, canonical);
      assert.deepStrictEqual([e?.aliases, e?.mentions.length], [aliases, count]);
    });
  }

  it('an acronym in brackets joins its organization', () => {
    const e = entity('The Party of Rural Renewal (PRR) won. Later the PRR split.', 'Party of Rural Renewal');
    assert.deepStrictEqual(e?.aliases, ['PRR']);
    assert.strictEqual(e?.mentions.length, 3);
  });

  it('a stray capitalised word before a surname does not take it from the named person', () => {
    // Since the GloVe clusters the model reads "Obama" of "Team Obama’s" as her surname (a fourth mention), not "Team Obama" as a person.
    const e = entity('Michelle Obama won the vote in Oslo.\n\nThe rival said that Team Obama’s claim was spin.\n\nObama thanked her staff, and Obama left.', 'Michelle Obama');
    assert.deepStrictEqual([e?.aliases, e?.mentions.length], [['Obama'], 4]);
  });

  it('a surname of two words joins the full name', () => {
    const e = entity('Enrique Aguilar Ruiz spoke first. Later, Mr. Aguilar Ruiz left.', 'Enrique Aguilar Ruiz');
    assert.deepStrictEqual([e?.aliases, e?.mentions.length], [['Aguilar Ruiz'], 2]);
  });

  it('a generational suffix is part of the name, and the surname before it joins it', () => {
    const e = entity('Harold T. Quimby III arrived. Quimby spoke first.', 'Harold T. Quimby III');
    assert.deepStrictEqual([e?.aliases, e?.mentions.length], [['Quimby'], 2]);
  });

  it('two people who share a surname keep it for neither', () => {
    const found = mentions('Anna Marsh and Peter Marsh arrived. Marsh spoke first.');
    assert.deepStrictEqual(found.slice(0, 2), ['person:Anna Marsh', 'person:Peter Marsh']);
  });
});

describe('entities: who a title and a surname stand for', () => {
  // Each entity's name and the offsets of its mentions' texts, as "Name: text@offset …".
  const groups = (text: string): string[] =>
    analyze(text).entities.filter((e) => e.kind === 'person').map((e) => `${e.name}: ${e.mentions.map((m) => `${m.text}@${m.start}`).join(' ')}`);
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'a gendered title picks the one person of that gender named before it',
      text: 'Hillary Clinton and Bill Clinton campaigned in Ohio. Mrs. Clinton spoke first, and Mr. Clinton smiled.',
      expected: ['Hillary Clinton: Hillary Clinton@0 Clinton@58', 'Bill Clinton: Bill Clinton@20 Clinton@87'],
    },
    {
      name: 'a titled surname written before the full names is a person of its own',
      text: 'Mrs. Gradgrind sat by the fire. Years later Jane Gradgrind and Tom Gradgrind came home. "Well," said Mrs. Gradgrind.',
      expected: ['Gradgrind: Gradgrind@5 Gradgrind@106', 'Jane Gradgrind: Jane Gradgrind@44', 'Tom Gradgrind: Tom Gradgrind@63'],
    },
    {
      name: 'a title that two people of its gender could take joins neither',
      text: 'Sarah Kovner and Ruth Kovner met Paul Kovner in Boston. Ms. Kovner spoke first.',
      expected: ['Sarah Kovner: Sarah Kovner@0', 'Ruth Kovner: Ruth Kovner@17', 'Paul Kovner: Paul Kovner@33', 'Kovner: Kovner@60'],
    },
    {
      name: 'a name without its middle initial is the same person, and so is the surname',
      text: 'Donald J. Trump spoke in Ohio. Mr. Trump left early, and Donald Trump waved.',
      expected: ['Donald J. Trump: Donald J. Trump@0 Trump@35 Donald Trump@57'],
    },
    {
      name: 'a surname with an apostrophe joins the full name',
      text: "Martin O'Malley spoke in Iowa. Later O'Malley went home.",
      expected: ["Martin O'Malley: Martin O'Malley@0 O'Malley@37"],
    },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(groups(text), expected));
});

describe('entities: an edit to the title before a shared surname', () => {
  // The title decides which of two Clintons a surname is, so writing or changing it regroups the
  // mentions even when every name found only moved.
  const original = 'Hillary Clinton met Bill Clinton in Ohio. Later Mr. Clinton spoke.';
  const candidatesOf = (text: string): EntityCandidate[] =>
    [...text.matchAll(/Hillary Clinton|Bill Clinton|(?<= )Clinton(?= spoke)/g)].map((m) => ({
      start: m.index, end: m.index + m[0].length, kind: 'person' as const, text: m[0], roles: [], confidence: 0.9, kindConfidence: 0.9,
    }));
  const rows: Array<[string, string]> = [
    ['"Mr." becomes "Mrs."', original.replace('Mr.', 'Mrs.')],
    ['"Mr." becomes "Ms."', original.replace('Mr.', 'Ms.')],
    ['the title removed', original.replace('Mr. ', '')],
  ];
  for (const [edit, text] of rows) {
    it(`groups as a fresh reading does: ${edit}`, () => {
      const before = resolveEntitiesAfterChange(original, candidatesOf(original), []).memo;
      const after = resolveEntitiesAfterChange(text, candidatesOf(text), [], { memo: before, change: changeBetween(original, text) });
      assert.deepStrictEqual(after.memo.resolved, resolveEntities(text, candidatesOf(text), []));
    });
  }
});

describe('entities: a name that is an ordinary word, opening a sentence', () => {
  // Taken there only where the document never writes the word in lower case; an edit that writes
  // it so, or takes that away, gives what a fresh reading gives.
  const original = 'Then Fanny Price came to the house. Later, Fanny sat down. Fanny sighed.';
  const candidatesOf = (text: string): EntityCandidate[] =>
    [...text.matchAll(/Fanny Price|(?<=Later, )Fanny/g)].map((m) => ({
      start: m.index, end: m.index + m[0].length, kind: 'person' as const, text: m[0], roles: [], confidence: 0.9, kindConfidence: 0.9,
    }));
  const fannyMentions = (text: string): number => resolveEntities(text, candidatesOf(text), []).mentions.filter((m) => m.text === 'Fanny').length;
  it('is the name where the document never writes it in lower case', () => assert.strictEqual(fannyMentions(original), 2));
  it('is not where it does', () => assert.strictEqual(fannyMentions(`${original} She wore a fanny pack.`), 1));
  const rows: Array<[string, string, string]> = [
    ['the word written in lower case', original, `${original} A fanny pack.`],
    ['the lower-case word taken away', `${original} A fanny pack.`, original],
  ];
  for (const [edit, before, after] of rows) {
    it(`an edit gives what a fresh reading gives: ${edit}`, () => {
      const memo = resolveEntitiesAfterChange(before, candidatesOf(before), []).memo;
      const edited = resolveEntitiesAfterChange(after, candidatesOf(after), [], { memo, change: changeBetween(before, after) });
      assert.deepStrictEqual(edited.memo.resolved, resolveEntities(after, candidatesOf(after), []));
    });
  }
});

describe('entities: values', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'a percentage', text: 'Prices rose 12% this year.', expected: ['percent:12%'] },
    { name: 'an amount of money with its multiplier', text: 'The fund lost $20 million.', expected: ['money:$20 million'] },
    { name: 'a date', text: 'The court sits on May 3.', expected: ['date:May 3'] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepStrictEqual(analyze(text).values.map((v) => `${v.kind}:${v.text}`), expected));
  }
});

describe('entities: offsets are UTF-16 code units', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'after an emoji', text: 'Great news 🎉 from Nairobi today.', expected: ['Nairobi'] },
    { name: 'after CJK text', text: '北京 talks: Xu Weiming met officials in Lima.', expected: ['Xu Weiming', 'Lima'] },
    { name: 'with CRLF line endings', text: 'First line.\r\nThen Marta Okonkwo said hello.\r\nOkonkwo left.', expected: ['Marta Okonkwo', 'Okonkwo'] },
    { name: 'after combining characters', text: 'The cafe\u0301 owner met Marta Okonkwo in Lima.', expected: ['Marta Okonkwo', 'Lima'] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => {
      const analysis = analyze(text);
      for (const m of analysis.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
      assert.deepStrictEqual(analysis.mentions.map((m) => m.text), expected);
    });
  }
});

// What the rules decide on their own. The name model reads these cases otherwise ("Aides" as a
// person, "Kenya Power" as a place, "Harvest Parade" as an organization, "Brown" of a court case
// as an organization, a lone "He" after "He Lanqing" as the pronoun; "Prince Oleg" after a Tsar,
// "House" of "House Speaker", "German" cut from "German Foreign Ministry", "Voters" at the start of
// a title-case headline): docs/names-model.md lists
// them among its known weaknesses.
describe('entities: short forms', () => {
  // A person's name found once, and what its last word is taken for elsewhere in the document.
  const table: [string, string, string[]][] = [
    ['Sergey Kuzmich rode on. Later Kuzmich came back.', 'Sergey Kuzmich', ['Sergey Kuzmich', 'Kuzmich']],
    ['He went on speaking Russian all evening. The Russian army waited.', 'speaking Russian', ['speaking Russian']],
    ['Then Alexander I arrived, and I think he was tired.', 'Alexander I', ['Alexander I']],
    ['They met Anna her sister. Then her sister left.', 'Anna her', ['Anna her']],
  ];
  for (const [text, name, expected] of table) {
    it(`${name} → ${expected.join(', ')}`, () => {
      const start = text.indexOf(name);
      const candidate = { start, end: start + name.length, kind: 'person' as const, text: name, roles: [], confidence: 0.9, kindConfidence: 0.9 };
      const { mentions } = resolveEntities(text, [candidate], []);
      assert.deepStrictEqual(mentions.map((m) => m.text), expected);
    });
  }
});

describe('entities: the rules alone', () => {
  const cases: Case[] = [
    { name: 'the capitalised surname "He" in mid-sentence', text: 'Vice-Premier He Lanqing will lead the talks. On Friday, He said the talks went well.', expected: ['person:He Lanqing', 'person:He'] },
    { name: 'a possessive of an ordinary word joins an institution', text: 'Troops of the People’s Liberation Army marched.', expected: ['organization:People’s Liberation Army'] },
    { name: 'a possessive of an ordinary word before a whole person’s name ends the name', text: 'Mosko wrote to the Evening Post’s Rich Eisen.', expected: ['person:Mosko', 'organization:Evening Post', 'person:Rich Eisen'] },
    { name: 'a two-word institution', text: 'Aides said the White House would reply.', expected: ['organization:White House'] },
    { name: 'a place with ordinary words is an organization', text: 'Shares of Kenya Power rose.', expected: ['organization:Kenya Power'] },
    { name: 'events are not names', text: 'The Harvest Parade and the Summer Festival drew crowds.', expected: [] },
    { name: 'a full stop after an abbreviation or an initial ends no clause', text: 'Lt. Gen. Amara Okafor met J. Mwangi in St. Louis after Brown v. Board of Education.', expected: ['person:Amara Okafor', 'person:J. Mwangi', 'place:St. Louis', 'person:Brown', 'organization:Board of Education'] },
    { name: 'a title after a name starts another name', text: 'They waited for the Tsar Dmitri Prince Oleg and the others.', expected: ['person:Dmitri', 'person:Oleg'] },
    { name: 'the institution before a title is part of the role', text: 'Yesterday House Speaker Marta Okonkwo left.', expected: ['person:Marta Okonkwo'] },
    { name: 'an institution keeps its descriptive words', text: 'A spokesman for the German Foreign Ministry declined to comment.', expected: ['organization:German Foreign Ministry'] },
    { name: 'a title-case headline is split at its function words', text: 'Voters Share Their Views On Marta Okonkwo', expected: ['person:Marta Okonkwo'] },
    // A role before a first name is not part of the name; a month before an institution's head is.
    { name: 'a position in a team before a first name', text: 'Later, Fullback Andre Joubert scored twice.', expected: ['person:Andre Joubert'] },
    { name: 'a fielder before a first name', text: 'Later, Outfielder Andre Joubert caught it.', expected: ['person:Andre Joubert'] },
    { name: 'a party before a first name', text: 'Later, Democrat Walter Mondale lost.', expected: ['person:Walter Mondale'] },
    { name: 'a role before a surname alone stays in the name (no first name to tell it from one)', text: 'Later, Fullback Joubert scored twice.', expected: ['person:Fullback Joubert'] },
    { name: 'a word the rules do not know as a role stays in the name', text: 'Later, Plumber Andre Joubert came.', expected: ['person:Plumber Andre Joubert'] },
    { name: 'a month before an institution’s head', text: 'Results: the March Institute opened.', expected: ['organization:March Institute'] },
    // A capitalised word next to a reporting verb is a speaker.
    { name: 'a surname before "said"', text: 'The vote was close, Marchetti said.', expected: ['person:Marchetti'] },
    { name: 'a surname after "said"', text: 'The vote was close, said Marchetti.', expected: ['person:Marchetti'] },
    { name: 'a surname after "to" without "according"', text: 'The vote went to Marchetti.', expected: [] },
    { name: 'a line in capitals: the known places in it', text: 'FLIGHTS TO KENYA RESUME\nThe vote was delayed.', expected: ['place:KENYA'] },
    { name: 'a line mostly in lower case: no caps-line reading', text: 'Flights on KENYA AIRWAYS resume\nThe vote was delayed.', expected: ['organization:KENYA AIRWAYS'] },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(ruleMentions(text), expected));
});
