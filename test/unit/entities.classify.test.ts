// What the rules alone make of a run of capitalised words: which words are the name, its kind, and
// the roles written with it. The rules are the fallback when the name model cannot load, and one of
// the model's features; the model reads some of these sentences otherwise.
import * as assert from 'assert';
import { findEntityCandidates } from '../../src/core/pipeline/entities/candidates';

/** The rules' names as "kind:text", with their roles in brackets when they have any. */
const ruleNames = (text: string): string[] =>
  findEntityCandidates(text, 0, null).candidates.map((c) => `${c.kind}:${c.text}${c.roles.length ? ` [${c.roles.join('; ')}]` : ''}`);

type Row = [name: string, text: string, expected: string[]];

const table = (title: string, rows: Row[]): void => {
  describe(`entity rules: ${title}`, () => {
    for (const [name, text, expected] of rows) it(name, () => assert.deepStrictEqual(ruleNames(text), expected));
  });
};

table('words before the name', [
  ['a party before a first name is a role', 'Later, Democrat Walter Mondale lost.', ['person:Walter Mondale [Democrat]']],
  ['a party before an organization’s head is part of it', 'Later, Republican Party won.', ['organization:Republican Party']],
  ['a goalkeeper before a first name is a role', 'Later, Goalkeeper Andre Joubert saved it.', ['person:Andre Joubert [Goalkeeper]']],
  ['a word that only contains a position’s ending is no role', 'Later, Backstroke Andre Joubert won.', ['person:Backstroke Andre Joubert']],
  ['a month before a name is not part of it', 'In March Bank Holiday rules apply.', ['organization:Bank Holiday']],
  ['a title before a first name is a role', 'Yesterday Queen Anna opened the bridge.', ['person:Anna [Queen]']],
  ['a title before an ordinary word is no name', 'The Queen City hosted the final.', []],
  ['a word a title owns is no name', 'The plans were in the Queen’s Speech on Tuesday.', []],
  ['…but a first name after it is a person', 'They met the Queen’s cousin and the King’s Anna.', ['person:Anna [King]']],
  ['a title after "the" is a role', 'The Director Marta Okonkwo resigned.', ['person:Marta Okonkwo [Director]']],
  ['a title after a hyphenated prefix is a role', 'The ex-Premier Zhou Mingde spoke.', ['person:Zhou Mingde [Premier]']],
  ['the ordinary words before a title are part of the role', 'Yesterday Grand Old Speaker Paul Ryan resigned.', ['person:Paul Ryan [Grand Old Speaker]']],
  ['a place before a title is a place of its own', 'Yesterday Oslo Mayor Ana Ruiz resigned.', ['place:Oslo', 'person:Ana Ruiz [Mayor]']],
  ['a title outweighs the gazetteer', 'President Kenya spoke.', ['person:Kenya [President]']],
  ['a surname written first', 'Yesterday Zhou Mingde visited.', ['person:Zhou Mingde']],
  ['a surname-first word before a place’s head is a place', 'Yesterday Zhou Park visited.', ['place:Zhou Park']],
]);

table('a lower-case role noun before the name', [
  ['with the capitalised words that describe it', 'Chinese Communist leader Xu Weiming arrived.', ['person:Xu Weiming [Chinese Communist leader]']],
  ['not a lower-case adjective before those', 'The aging Communist leader Xu Weiming arrived.', ['person:Xu Weiming [Communist leader]']],
  ['a place after "like"', 'Strikes hit territories like Kursk overnight.', ['place:Kursk']],
  ['a place after "such as"', 'Strikes hit countries such as Moldavia overnight.', ['place:Moldavia']],
  ['a place after "of"', 'The region of Brnovice flooded.', ['place:Brnovice']],
  ['an outlet', 'The state outlet Vremya reported it.', ['organization:Vremya']],
  ['not a lower-case noun before it', 'The veteran opposition leader Marta Okonkwo spoke.', ['person:Marta Okonkwo [leader]']],
  ['not a possessive before it', 'Kenya’s opposition leader Marta Okonkwo spoke.', ['place:Kenya', 'person:Marta Okonkwo [leader]']],
  ['not a possessive determiner before it', 'Her lawyer Marta Okonkwo spoke.', ['person:Marta Okonkwo [lawyer]']],
  ['not a preposition before it, whatever its tag', 'She widened her lead over rival Marta Okonkwo.', ['person:Marta Okonkwo [rival]']],
  ['not the name before such a preposition', 'She won in the Kettle Valley over rival Marta Okonkwo.', ['place:Kettle Valley', 'person:Marta Okonkwo [rival]']],
]);

table('a description before the name, set off by commas', [
  ['with the nouns and capitalised words that describe it', 'The Harbor Council press secretary, Marta Okonkwo, spoke.', ['organization:Harbor Council', 'person:Marta Okonkwo [Harbor Council press secretary]']],
  ['up to a possessive', 'The party’s deputy leader, Marta Okonkwo, spoke.', ['person:Marta Okonkwo [deputy leader]']],
  ['not after a possessive determiner, as a name called in dialogue', '“Give this to your sister, Marta Okonkwo, at once.”', ['person:Marta Okonkwo']],
  ['not with nothing before it', 'Little sister, Marta Okonkwo, come here.', ['person:Marta Okonkwo']],
  ['not when the name goes on into a list', 'He thanked the leader, Marta Okonkwo and Ruth Kell.', ['person:Marta Okonkwo', 'person:Ruth Kell']],
]);

table('a description after the name', [
  ['up to its role noun', 'Marta Okonkwo, the party’s deputy leader, said the vote was fair.', ['person:Marta Okonkwo [party’s deputy leader]']],
  ['a bare role noun', 'Marta Okonkwo, aide, said it was fair.', ['person:Marta Okonkwo [aide]']],
  ['a title standing alone', 'Marta Okonkwo, President, said so.', ['person:Marta Okonkwo [President]']],
  ['linked by "of" to an organization', 'Marta Okonkwo, the deputy leader of the Harbor Party, said the vote was fair.', ['person:Marta Okonkwo [deputy leader of the Harbor Party]', 'organization:Harbor Party']],
  ['linked by "to" to a name', 'Marta Okonkwo, the deputy leader to the Harbor Council, said so.', ['person:Marta Okonkwo [deputy leader to the Harbor Council]', 'organization:Harbor Council']],
  ['linked by "of" to a place', 'Marta Okonkwo, the leader of Oslo, said so.', ['person:Marta Okonkwo [leader of Oslo]', 'place:Oslo']],
  ['linked to a title', 'Marta Okonkwo, an aide to the President, said it was fair.', ['person:Marta Okonkwo [aide to the President]']],
  ['linked to something that is not a name: no role', 'Marta Okonkwo, a spokeswoman for the ministry, said it was fair.', ['person:Marta Okonkwo']],
  ['linked to a lower-case noun: no role', 'Marta Okonkwo, the leader of the city, said so.', ['person:Marta Okonkwo']],
  ['a name straight after the role noun: no role', 'Marta Okonkwo, the leader Oslo, said so.', ['person:Marta Okonkwo', 'place:Oslo']],
  ['ending the sentence', 'Marta Okonkwo, the leader. She said it was fair.', ['person:Marta Okonkwo [leader]']],
  ['ending at a semicolon', 'Marta Okonkwo, the leader; she said it was fair.', ['person:Marta Okonkwo [leader]']],
  ['up to a relative word', 'Marta Okonkwo, the party leader who won, said so.', ['person:Marta Okonkwo [party leader]']],
  ['up to an honorific after a link', 'Marta Okonkwo, a top aide to the Mrs. Berg, said so.', ['person:Marta Okonkwo [top aide]']],
  ['an honorific after words that are no link: no role', 'Marta Okonkwo, a top aide and then Mr. Berg, said so.', ['person:Marta Okonkwo']],
  ['an honorific before any role noun: no role', 'Marta Okonkwo, Mrs. Berg’s leader, said so.', ['person:Marta Okonkwo']],
  ['a clause with a verb: no role', 'Marta Okonkwo, who leads the party, said it was fair.', ['person:Marta Okonkwo']],
  ['more than eight words: no role', 'Marta Okonkwo, the tall and very old and wise and kind and famous party leader, said so.', ['person:Marta Okonkwo']],
  ['a space before the comma: no description', 'Marta Okonkwo , the deputy leader, said so.', ['person:Marta Okonkwo']],
  ['a clause that opens with a conjunction: no role', 'He trails Marta Okonkwo, but Sen. Ruth Kell has hope.', ['person:Marta Okonkwo', 'person:Ruth Kell [Sen]']],
  ['a title that goes on into a name: no role', 'He thanked Marta Okonkwo, Senator Ruth Kell and others.', ['person:Marta Okonkwo', 'person:Ruth Kell [Senator]']],
  ['up to an abbreviated title after a link', 'Marta Okonkwo, a former aide to Sen. Ruth Kell, said so.', ['person:Marta Okonkwo [former aide]', 'person:Ruth Kell [Sen]']],
  ['a role after "as"', 'Marta Okonkwo, as leader of the Harbor Party, said so.', ['person:Marta Okonkwo [leader of the Harbor Party]', 'organization:Harbor Party']],
  ['an adverb before the role is part of it', 'Marta Okonkwo, now deputy leader, said so.', ['person:Marta Okonkwo [now deputy leader]']],
  ['an abbreviated title that goes on into a name: no role', 'He thanked Marta Okonkwo, Sen. Ruth Kell, and others.', ['person:Marta Okonkwo', 'person:Ruth Kell [Sen]']],
]);

table('a reporting verb beside the name', [
  ['after "according to"', 'The vote was close, according to Marchetti.', ['person:Marchetti']],
  ['after "said"', 'The vote was close, said Marchetti.', ['person:Marchetti']],
  ['before "told"', 'The vote was close, Marchetti told reporters.', ['person:Marchetti']],
  ['a comma between the name and the verb', 'The vote was close, Marchetti, said.', []],
  ['"according" without "to"', 'The vote was close according Marchetti.', []],
]);

table('the kind from the words themselves', [
  ['two unknown capitalised words are a person', 'She called it Brannigan Oyelaran on air.', ['person:Brannigan Oyelaran']],
  ['…but not in quote marks', 'She called it “Brannigan Oyelaran” on air.', []],
  ['…nor in quote marks after a comma', 'She called it “Brannigan Oyelaran,” on air.', []],
  ['a possessive is not part of the name', 'He met Brannigan Oyelaran’s aide.', ['person:Brannigan Oyelaran']],
  ['a surname with a possessive', 'The Kowalczyk’s house burned.', ['person:Kowalczyk']],
  ['an event with a number after its head', 'World War II ended.', []],
  ['an event by its head word', 'The Greater Lakeside Open began.', []],
  ['a place by its head word', 'The Lantern Square crowd grew.', ['place:Lantern Square']],
  ['a building by its head word is the institution there', 'They met outside the Lyceum Theatre at seven.', ['organization:Lyceum Theatre']],
  ['a web address is its publisher', 'Visit Goldstar.com today.', ['organization:Goldstar.com']],
  ['an acronym is an organization', 'The UNESCO summit ended.', ['organization:UNESCO']],
  ['a team after "vs"', 'The match Hollowfield vs Kettlewick ended late.', ['organization:Kettlewick']],
  ['a name after "in" that is no first name is a place', 'He lives in Brnovice now.', ['place:Brnovice']],
  ['…and after "near"', 'He lives near Brnovice now.', ['place:Brnovice']],
  ['a first name after "in" stays a person', 'He lives in Marta now.', ['person:Marta']],
  ['a town and a plural is a team', 'The Kenya Lions lost.', ['organization:Kenya Lions']],
  ['an initial with its full stop before a surname', 'J. Okonkwo left.', ['person:J. Okonkwo']],
  ['…in mid-sentence', 'Later, M. Okafor spoke.', ['person:M. Okafor']],
  ['a known first name before an unknown word', 'Later Peter Kettlewick won.', ['person:Peter Kettlewick']],
  ['two unknown words in mid-sentence', 'He visited Mwangi Okafor yesterday.', ['person:Mwangi Okafor']],
  ['one unknown word in mid-sentence is no evidence', 'He visited Okafor yesterday.', []],
  ['one unknown word before "said"', 'Later, Harbor said no.', ['person:Harbor']],
  ['…not without it', 'Later Harbor won.', []],
  ['an initial with its full stop alone is no name', 'The trip to J. ended.', []],
]);

table('a name listed with another', [
  ['an unknown name takes the kind of the place before it', 'Strikes hit regions like Ostrava and Brnovice overnight.', ['place:Ostrava', 'place:Brnovice']],
  ['a first name followed by a comma takes it too', 'He spoke in Williamsburg, Virginia, on Monday.', ['place:Williamsburg', 'place:Virginia']],
  ['a first name without the comma stays a person', 'Strikes hit regions like Ostrava and Peter overnight.', ['place:Ostrava', 'person:Peter']],
  ['a first name ending the sentence after a place is someone addressed', 'This is Kenya, Peter.', ['place:Kenya', 'person:Peter']],
]);

table('places inside a run', [
  ['a place with ordinary words is an organization', 'Shares of Air France rose.', ['organization:Air France']],
  ['a place with a qualifier stays a place, without a day after it', 'Rain fell across Northern Kenya Tuesday.', ['place:Northern Kenya']],
  ['a place beside a surname: only the place', 'The Okafor Kenya plan wins support.', ['place:Kenya']],
  ['a place beside a demonym: only the place', 'The Kenyan Nairobi plan wins support.', ['place:Nairobi']],
  ['places joined by "and"', 'The U.S. and Kenya agreed.', ['place:U.S.', 'place:Kenya']],
]);

table('an abbreviated country', [
  // As the annotated corpora mark it (CoNLL-2003, Universal NER): the country named as a modifier is still a place.
  ['before a noun it modifies', 'The U.S. trade deficit grew.', ['place:U.S.']],
  ['…a two-letter one too', 'The UK trade deficit grew.', ['place:UK']],
  ['before a reporting verb', 'The U.S. said no.', ['place:U.S.']],
]);

table('rows of a results table', [
  ['a town before a score is a team', 'Results on Saturday:\nHollowfield 2 Marston Rovers 1\nKettlewick 0 Dunmere 3', ['organization:Hollowfield', 'organization:Marston Rovers', 'organization:Kettlewick', 'organization:Dunmere']],
  ['a score with a comma or a dash', 'Results on Saturday:\nMarston 1,200 14\nDunmere 2-1 3', ['organization:Marston', 'organization:Dunmere']],
  ['a person with a first name before points', 'Results on Saturday:\nAnna Berg 12.5 points\nKettlewick 0 Dunmere 3', ['person:Anna Berg', 'organization:Kettlewick', 'organization:Dunmere']],
  ['a word before something that is not a number is no team', 'Results on Saturday:\nMarston x2 14 9\nKettlewick 0 Dunmere 3', ['organization:Kettlewick', 'organization:Dunmere']],
  ['a name at the end of its line is no team', 'Results on Saturday:\nMarston\n12 14 9 8\nKettlewick 0 Dunmere 3', ['organization:Kettlewick', 'organization:Dunmere']],
  ['a name before a number in running text is no team', 'Marston 12 beat the others in the final.', []],
]);
