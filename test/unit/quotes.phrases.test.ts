import * as assert from 'assert';
import { tokenizeFrame } from '../../src/core/pipeline/quotes/layout';
import { clauseSubject, phraseAfter, subjectBefore, type SpeakerPhrase } from '../../src/core/pipeline/quotes/phrases';

// The noun phrase that names a speaker, read straight off a sentence's tokens (no quotes in them).
// Each row gives the phrase's text, the proper name at its head, the pronoun, and what a "who" refers to.
interface Expected {
  text: string;
  name?: string;
  pronoun?: string;
  antecedent?: string;
}

const tokensOf = (text: string) => tokenizeFrame(text, 0, text.length);
const shown = (found: SpeakerPhrase | undefined): Expected | undefined =>
  found && {
    text: found.text,
    ...(found.name && { name: found.name.text }),
    ...(found.pronoun && { pronoun: found.pronoun }),
    ...(found.antecedent && { antecedent: found.antecedent.text }),
  };
/** The index of the last token reading `word`. */
const lastIndexOf = (tokens: ReturnType<typeof tokensOf>, word: string): number => tokens.map((t) => t.text).lastIndexOf(word);

describe('subjectBefore: the speaker read leftwards from the verb', () => {
  const cases: { text: string; at: string; expected: Expected | undefined }[] = [
    { text: "Putin also said", at: "said", expected: { text: "Putin", name: "Putin" } },
    { text: "she has repeatedly claimed", at: "claimed", expected: { text: "she", pronoun: "she" } },
    { text: "Sen. Elizabeth Warren (D-Mass.) said", at: "said", expected: { text: "Sen. Elizabeth Warren", name: "Elizabeth Warren" } },
    { text: "even now at 86 she still says", at: "says", expected: { text: "she", pronoun: "she" } },
    { text: "Officials who said they knew him said", at: "said", expected: { text: "Officials", name: "Officials" } },
    { text: "They all said", at: "said", expected: { text: "They", pronoun: "they" } },
    { text: "McConnell, who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "McConnell" } },
    { text: "He Lifeng said", at: "said", expected: { text: "He Lifeng", name: "Lifeng" } },
    { text: "Tomas Hale met the mayor, who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "the mayor" } },
    { text: "the newly elected mayor said", at: "said", expected: { text: "the newly elected mayor" } },
    { text: "The family said", at: "said", expected: { text: "The family" } },
    { text: "the 34-year-old mother of three replied", at: "replied", expected: { text: "the 34-year-old mother of three" } },
    { text: "The mother of three replied", at: "replied", expected: { text: "The mother of three" } },
    { text: "Trump at the time said", at: "said", expected: { text: "Trump", name: "Trump" } },
    { text: "Clinton in a statement said", at: "said", expected: { text: "Clinton", name: "Clinton" } },
    { text: "the woman in red said", at: "said", expected: { text: "the woman" } },
    { text: "the officer with the dog replied", at: "replied", expected: { text: "the officer" } },
    { text: "a source familiar with the investigation said", at: "said", expected: { text: "a source familiar" } },
    { text: "Protesters marching through the streets chanted", at: "chanted", expected: { text: "Protesters", name: "Protesters" } },
    { text: "MSNBC host Chris Matthews said", at: "said", expected: { text: "MSNBC host Chris Matthews", name: "Chris Matthews" } },
    { text: "Clinton communication director Jennifer Palmieri said", at: "said", expected: { text: "Clinton communication director Jennifer Palmieri", name: "Jennifer Palmieri" } },
    { text: "the Vermont senator said", at: "said", expected: { text: "the Vermont senator" } },
    { text: "one senior Labour backbencher said", at: "said", expected: { text: "one senior Labour backbencher" } },
    { text: "Tomas Hale’s lawyer said", at: "said", expected: { text: "Tomas Hale’s lawyer" } },
    { text: "Ursula von der Leyen said", at: "said", expected: { text: "Ursula von der Leyen", name: "Ursula von der Leyen" } },
    { text: "the family firmly said", at: "said", expected: { text: "the family" } },
    { text: "an ally said", at: "said", expected: { text: "an ally" } },
    { text: "G.K. Chesterton said", at: "said", expected: { text: "G.K. Chesterton", name: "G.K. Chesterton" } },
    { text: "and the said", at: "said", expected: undefined },
    { text: "one two three four five six seven eight nine ten eleven twelve thirteen said", at: "said", expected: undefined },
    { text: "McConnell, now the majority leader, who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "McConnell" } },
    { text: "the groups who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "the groups" } },
    { text: "They both agreed", at: "agreed", expected: { text: "They", pronoun: "they" } },
    { text: "It was late. I said", at: "said", expected: { text: "I", pronoun: "i" } },
    { text: "Paul de Witt said", at: "said", expected: { text: "Paul de Witt", name: "Paul de Witt" } },
    { text: "He’s said", at: "said", expected: { text: "He", pronoun: "he" } },
    { text: "The minister told him said", at: "said", expected: undefined },
    { text: "a man who met him said", at: "said", expected: { text: "a man" } },
    { text: "She met them said", at: "said", expected: undefined },
    { text: "Smith) said", at: "said", expected: undefined },
    { text: "(Smith said", at: "said", expected: { text: "Smith", name: "Smith" } },
    { text: "Reuters (AP) said", at: "said", expected: { text: "Reuters", name: "Reuters" } },
    { text: "We both said", at: "said", expected: { text: "We", pronoun: "we" } },
    { text: "all said", at: "said", expected: { text: "all" } },
    { text: "The Smiths said", at: "said", expected: { text: "Smiths", name: "Smiths" } },
    { text: "Mr. and Mrs. Smith said", at: "said", expected: { text: "Mrs. Smith", name: "Smith" } },
    { text: "Jones knew Smith said", at: "said", expected: { text: "Smith", name: "Smith" } },
    { text: "she knew Smith said", at: "said", expected: { text: "Smith", name: "Smith" } },
    { text: "he met the mayor said", at: "said", expected: { text: "the mayor" } },
    { text: "This said", at: "said", expected: undefined },
    { text: "The said", at: "said", expected: undefined },
    { text: "the New York businessman said", at: "said", expected: { text: "the New York businessman" } },
    { text: "a Rushworth began", at: "began", expected: { text: "a Rushworth", name: "Rushworth" } },
    { text: "the protesters marching through the streets chanted", at: "chanted", expected: { text: "the protesters" } },
    { text: "Paul de Witt, who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "Paul de Witt" } },
    { text: "who said", at: "said", expected: { text: "who", pronoun: "who" } },
    { text: "Jones, the leader, who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "Jones" } },
    { text: "Jones, the tall leader who said", at: "said", expected: { text: "who", pronoun: "who", antecedent: "the tall leader" } },
    { text: "Sen. Smith’s aide said", at: "said", expected: { text: "Sen. Smith’s aide" } },
    // A complement names where the speaker is from, not the speaker; so does an adverbial after a name.
    { text: "the mayor of Lake Town said", at: "said", expected: { text: "the mayor of Lake Town" } },
    { text: "the senator from Ohio said", at: "said", expected: { text: "the senator from Ohio" } },
    { text: "Trump in Ohio said", at: "said", expected: { text: "Trump", name: "Trump" } },
  ];
  for (const { text, at, expected } of cases) {
    it(`${text} (at “${at}”)`, () => {
      const tokens = tokensOf(text);
      assert.deepStrictEqual(shown(subjectBefore(text, tokens, lastIndexOf(tokens, at), 0)), expected);
    });
  }
});

describe('phraseAfter: the speaker read rightwards after the verb', () => {
  const cases: { text: string; at: string; expected: Expected | undefined }[] = [
    { text: "said Sen. Tim Kaine", at: "said", expected: { text: "Sen. Tim Kaine", name: "Tim Kaine" } },
    { text: "according to the Xinhua News Agency", at: "to", expected: { text: "the Xinhua News Agency", name: "Xinhua News Agency" } },
    { text: "said Hillary Clinton spoke", at: "said", expected: { text: "Hillary Clinton", name: "Hillary Clinton" } },
    { text: "said the Chinese government-controlled Xinhua News Agency.", at: "said", expected: { text: "the Chinese government-controlled Xinhua News Agency", name: "Xinhua News Agency" } },
    { text: "said the New York businessman.", at: "said", expected: { text: "the New York businessman" } },
    { text: "said Paul de Witt.", at: "said", expected: { text: "Paul de Witt", name: "Paul de Witt" } },
    { text: "said Tomas Hale’s lawyer.", at: "said", expected: { text: "Tomas Hale’s lawyer" } },
    { text: "said Hale’s old friend", at: "said", expected: { text: "Hale’s old friend" } },
    { text: "said Bornstein’s earlier letter", at: "said", expected: { text: "Bornstein’s", name: "Bornstein’s" } },
    { text: "said I. The guards left", at: "said", expected: { text: "I", pronoun: "i" } },
    { text: "said Lopez, adding", at: "said", expected: { text: "Lopez", name: "Lopez" } },
    { text: "said Trump repeatedly", at: "said", expected: { text: "Trump", name: "Trump" } },
    { text: "said a tired old man", at: "said", expected: { text: "a tired old man" } },
    { text: "said Friday the minister", at: "said", expected: { text: "the minister" } },
    { text: "said the mayor of Lake Town", at: "said", expected: { text: "the mayor of Lake Town" } },
    { text: "said Trump of New York", at: "said", expected: { text: "Trump", name: "Trump" } },
    { text: "said one two three four five six seven eight nine ten", at: "said", expected: { text: "one two three four five six seven eight" } },
    { text: "said Mr. Smith", at: "said", expected: { text: "Mr. Smith", name: "Smith" } },
    { text: "said G.K. Chesterton", at: "said", expected: { text: "G.K. Chesterton", name: "G.K. Chesterton" } },
    { text: "said the General now", at: "said", expected: { text: "the General", name: "General" } },
    { text: "said he", at: "said", expected: { text: "he", pronoun: "he" } },
    { text: "said Jones’s lawyer", at: "said", expected: { text: "Jones’s lawyer" } },
    { text: "said Gen. John Kelly, the chief of staff", at: "said", expected: { text: "Gen. John Kelly", name: "John Kelly" } },
    { text: "said the spokeswoman for Acme", at: "said", expected: { text: "the spokeswoman" } },
    { text: "said Lopez (D-Texas) today", at: "said", expected: { text: "Lopez", name: "Lopez" } },
    { text: "said Ursula von der Leyen", at: "said", expected: { text: "Ursula von der Leyen", name: "Ursula von der Leyen" } },
    { text: "said Paul de", at: "said", expected: { text: "Paul", name: "Paul" } },
    { text: "said the Vermont senator", at: "said", expected: { text: "the Vermont senator" } },
    { text: "said one senior Labour backbencher.", at: "said", expected: { text: "one senior Labour backbencher" } },
    { text: "said a Democratic lawmaker.", at: "said", expected: { text: "a Democratic lawmaker" } },
    { text: "said Sen. Tim Kaine of Virginia", at: "said", expected: { text: "Sen. Tim Kaine", name: "Tim Kaine" } },
    { text: "said Google engineer Ana Ruiz.", at: "said", expected: { text: "Google engineer Ana Ruiz", name: "Ana Ruiz" } },
    { text: "said Ana Ruiz yesterday in Ohio.", at: "said", expected: { text: "Ana Ruiz", name: "Ana Ruiz" } },
    { text: "said Kaine’s spokesman", at: "said", expected: { text: "Kaine’s spokesman" } },
    { text: "said a man of Kent", at: "said", expected: { text: "a man of Kent" } },
    { text: "said one of the Smiths", at: "said", expected: { text: "one" } },
    { text: "said the president of France", at: "said", expected: { text: "the president of France" } },
    { text: "said the government-run agency", at: "said", expected: { text: "the government-run agency" } },
    { text: "said the weary soldier", at: "said", expected: { text: "the weary soldier" } },
    { text: "said the soldier wearily", at: "said", expected: { text: "the soldier" } },
    { text: "said Lopez walking", at: "said", expected: { text: "Lopez", name: "Lopez" } },
    { text: "said the retired general", at: "said", expected: { text: "the retired general" } },
    { text: "said Friday", at: "said", expected: undefined },
    { text: "said Monday Smith", at: "said", expected: { text: "Smith", name: "Smith" } },
    { text: "said Smith, Jones", at: "said", expected: { text: "Smith", name: "Smith" } },
    { text: "said Dr. Watson. The", at: "said", expected: { text: "Dr. Watson", name: "Watson" } },
    { text: "said Dr. Watson. He left", at: "said", expected: { text: "Dr. Watson", name: "Watson" } },
    { text: "said Bornstein’s lawyer friend", at: "said", expected: { text: "Bornstein’s lawyer friend" } },
  ];
  for (const { text, at, expected } of cases) {
    it(`${text} (after “${at}”)`, () => {
      const tokens = tokensOf(text);
      assert.deepStrictEqual(shown(phraseAfter(text, tokens, tokens.findIndex((t) => t.text === at) + 1, tokens.length)), expected);
    });
  }
});

describe('clauseSubject: the subject of a clause, past its opening adverbial or dateline', () => {
  const cases: { text: string; descriptions: boolean; expected: Expected | undefined }[] = [
    { text: "At a rally in Tampa, Florida, Clinton said", descriptions: false, expected: { text: "Clinton", name: "Clinton" } },
    { text: "WASHINGTON -- Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "In August, several environmental groups granted", descriptions: true, expected: { text: "several environmental groups" } },
    { text: "In August, several environmental groups granted", descriptions: false, expected: undefined },
    { text: "As Steven Rosenthal put it", descriptions: false, expected: { text: "Steven Rosenthal", name: "Steven Rosenthal" } },
    { text: "In Oslo, Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "With Democratic leaders worried, Obama is rolling out", descriptions: false, expected: { text: "Obama", name: "Obama" } },
    { text: "Meanwhile, it attacked Trump", descriptions: false, expected: { text: "it", pronoun: "it" } },
    { text: "Sen. Bernie Sanders (Vt.), who lost the primary, identified", descriptions: false, expected: { text: "Sen. Bernie Sanders", name: "Bernie Sanders" } },
    { text: "WASHINGTON —:", descriptions: false, expected: undefined },
    { text: "Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "He said", descriptions: false, expected: { text: "He", pronoun: "he" } },
    { text: "The senator, Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "However Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "After Lopez, Smith spoke", descriptions: false, expected: { text: "Smith", name: "Smith" } },
    { text: "“", descriptions: false, expected: undefined },
    { text: "In Oslo, it rained", descriptions: false, expected: { text: "it", pronoun: "it" } },
    { text: "In Oslo, Lopez and Smith met", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "For Smith, the vote said", descriptions: false, expected: undefined },
    { text: "During the talks, Lopez (R-Texas), who lost, said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "During the talks, Lopez (R-Texas) said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "Meanwhile, Smith", descriptions: false, expected: undefined },
    { text: "On Monday, the minister said", descriptions: true, expected: { text: "the minister" } },
    { text: "On Monday, the minister", descriptions: true, expected: undefined },
    { text: ", Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "As Smith, the leader, said", descriptions: false, expected: { text: "Smith", name: "Smith" } },
    { text: "WASHINGTON (Reuters) - Lopez said", descriptions: false, expected: { text: "Lopez", name: "Lopez" } },
    { text: "MOSCOW (Reuters) ― he said", descriptions: false, expected: { text: "he", pronoun: "he" } },
    { text: "As he put it", descriptions: false, expected: { text: "he", pronoun: "he" } },
    { text: "As she sat down", descriptions: false, expected: { text: "she", pronoun: "she" } },
  ];
  for (const { text, descriptions, expected } of cases) {
    it(`${text}${descriptions ? ' (descriptions too)' : ''}`, () => {
      const tokens = tokensOf(text);
      assert.deepStrictEqual(shown(clauseSubject(text, tokens, 0, tokens.length, descriptions)), expected);
    });
  }
});
