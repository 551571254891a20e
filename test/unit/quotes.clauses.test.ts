import * as assert from 'assert';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { attributionsIn, type Attribution } from '../../src/core/pipeline/quotes/clauses';
import { findQuoteSpans, paragraphsOf } from '../../src/core/pipeline/quotes/find';
import { buildLayout } from '../../src/core/pipeline/quotes/layout';

/**
 * Each attribution of a one-sentence text as "speaker [name] | verb | by outlet | subordinate":
 * the speaker phrase with the proper name at its head, "(pronoun)" for a pronoun and "<…>" for
 * what a "who" refers to.
 */
function attributionsOf(text: string): string[] {
  const paragraphs = paragraphsOf(text, splitParagraphs(text));
  const layout = buildLayout(text, paragraphs, findQuoteSpans(text, paragraphs));
  return attributionsIn(layout, { start: 0, end: text.length }).map(shown);
}

function shown({ speaker, verb, reportedBy, subordinate }: Attribution): string {
  const who = [speaker.text, speaker.name && `[${speaker.name.text}]`, speaker.pronoun && '(pronoun)', speaker.antecedent && `<${speaker.antecedent.text}>`];
  return [who.filter(Boolean).join(' '), verb.text, reportedBy && `by ${reportedBy.text}`, subordinate && 'subordinate'].filter(Boolean).join(' | ');
}

describe('attributionsIn: who says, with which verb, carried by which outlet', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: "“We are ready,” said Fallon.", expected: ["Fallon [Fallon] | said"] },
    { text: "“We are ready,” Fallon said.", expected: ["Fallon [Fallon] | said"] },
    { text: "“We are ready,” Lopez, the spokeswoman, said.", expected: ["Lopez [Lopez] | said"] },
    { text: "“We are ready,” she nodded.", expected: ["she (pronoun) | nodded"] },
    { text: "“We are ready,” the statement read.", expected: ["the statement | read"] },
    { text: "“We are ready,” the letter read.", expected: ["the letter | read"] },
    { text: "“Are we ready?” resumed Tom.", expected: ["Tom [Tom] | resumed"] },
    { text: "“We are ready,” growled the whelp.", expected: ["the whelp | growled"] },
    { text: "“We are ready,” Louisa repeated.", expected: ["Louisa [Louisa] | repeated"] },
    { text: "“We are ready,” repeated Louisa.", expected: ["Louisa [Louisa] | repeated"] },
    { text: "“We are ready,” Mr. Louis Berg eagerly repeated.", expected: ["Mr. Louis Berg [Louis Berg] | repeated"] },
    { text: "“No,” was Edmund's answer.", expected: ["Edmund [Edmund] | was Edmund's answer"] },
    { text: "“Yes,” was his answer.", expected: ["his (pronoun) | was his answer"] },
    { text: "“Yes,” was his only reply.", expected: ["his (pronoun) | was his only reply"] },
    { text: "“Yes,” was Fanny's humble answer.", expected: ["Fanny [Fanny] | was Fanny's humble answer"] },
    { text: "Said Trump: “We are ready.”", expected: ["Trump [Trump] | Said"] },
    { text: "Tass quoted Xi as saying: “We are ready.”", expected: ["Xi [Xi] | quoted | by Tass"] },
    { text: "Xi was quoted as saying “we are ready.”", expected: ["Xi [Xi] | was quoted as saying"] },
    { text: "Putin said “we are ready,” according to Tass.", expected: ["Putin [Putin] | said | by Tass"] },
    { text: "According to Tass, Putin said “we are ready.”", expected: ["Tass [Tass] | According to", "Putin [Putin] | said"] },
    { text: "“We are ready,” Putin said, as quoted by RT.", expected: ["Putin [Putin] | said | by RT"] },
    { text: "As quoted by RT, Putin said “we are ready.”", expected: ["Putin [Putin] | said | by RT"] },
    { text: "“We are ready,” according to the Xinhua News Agency.", expected: ["the Xinhua News Agency [Xinhua News Agency] | according to"] },
    { text: "“We are ready.” ― Pamela Padilla", expected: ["Pamela Padilla [Pamela Padilla] | ―"] },
    { text: "“We are ready” — she said.", expected: ["she (pronoun) | said"] },
    { text: "Gov. Ann Reyes (R-Ohio), said “we are ready.”", expected: ["Gov. Ann Reyes [Ann Reyes] | said"] },
    { text: "“We are ready,” Col. Ann Reyes, a military spokeswoman in Kabul, said.", expected: ["Col. Ann Reyes [Ann Reyes] | said"] },
    { text: "“We are ready,” her senior adviser, Tom Hale, said.", expected: ["Tom Hale [Tom Hale] | said"] },
    { text: "John Dickey, the chief executive of Ora Media -- the company that owns the paper -- told me “we are ready.”", expected: ["John Dickey [John Dickey] | told"] },
    { text: "It was a potent punch, as Mrs. Clinton echoed the criticism, saying “we are ready.”", expected: ["Mrs. Clinton [Clinton] | saying | subordinate"] },
    { text: "Trump is also telling voters “we are ready.”", expected: ["Trump [Trump] | telling"] },
    { text: "He mocked the plan, at one point calling it “a disaster.”", expected: ["He (pronoun) | mocked", "He (pronoun) | calling"] },
    { text: "Protesters carried banners proclaiming “we are ready.”", expected: ["Protesters [Protesters] | proclaiming"] },
    { text: "The rally ended after the interview concluded, and Smith said “we are ready.”", expected: ["the interview | concluded | subordinate", "Smith [Smith] | said"] },
    { text: "Lopez met an architect who said he was never paid, saying “it is a scandal.”", expected: ["who (pronoun) <an architect> | said | subordinate", "Lopez [Lopez] | saying"] },
    { text: "Lopez attacked the police and blamed the mayor, and then tweeted “we are ready.”", expected: ["Lopez [Lopez] | blamed", "Lopez [Lopez] | tweeted"] },
    { text: "“We are ready,” Lopez forcefully told reporters.", expected: ["Lopez [Lopez] | told"] },
    { text: "“We are ready,” Lopez told reporters.", expected: ["Lopez [Lopez] | told"] },
    { text: "She said a Donald Trump tweet called it “a disaster.”", expected: ["She (pronoun) | said", "a Donald Trump tweet | called"] },
    { text: "The Clinton campaign claim was “we are ready.”", expected: [] },
    { text: "Thursday’s remarks were “a disaster.”", expected: [] },
    { text: "The group's letter said “we are ready.”", expected: ["The group's letter | said"] },
    { text: "“We are ready,” wrote Smith in a letter.", expected: ["Smith [Smith] | wrote"] },
    { text: "Smith wrote: “We are ready.”", expected: ["Smith [Smith] | wrote"] },
    { text: "“We are ready,” Smith added, “and we will win.”", expected: ["Smith [Smith] | added"] },
    { text: "“We are ready,” said Smith, adding “we will win.”", expected: ["Smith [Smith] | said", "Smith [Smith] | adding"] },
    { text: "Smith asked, “Are we ready?”", expected: ["Smith [Smith] | asked"] },
    { text: "“We are ready,” said Smith, who leads the group.", expected: ["Smith [Smith] | said"] },
    { text: "Smith, who said “we are ready,” left.", expected: ["who (pronoun) <Smith> | said | subordinate"] },
    { text: "When Smith said “we are ready,” Jones laughed.", expected: ["Smith [Smith] | said | subordinate", "Jones [Jones] | laughed"] },
    { text: "“We are ready,” says Smith.", expected: ["Smith [Smith] | says"] },
    { text: "“We are ready,” Smith says.", expected: ["Smith [Smith] | says"] },
    { text: "“We are ready,” Smith has said.", expected: ["Smith [Smith] | said"] },
    { text: "“We are ready,” Smith will say.", expected: ["Smith [Smith] | say"] },
    { text: "“We are ready,” Smith would later write.", expected: ["Smith [Smith] | write"] },
    { text: "“We are ready,” Smith told CNN on Sunday.", expected: ["Smith [Smith] | told"] },
    { text: "“We are ready,” Smith said in a statement on Sunday.", expected: ["Smith [Smith] | said"] },
    { text: "“We are ready,” an Acme spokesman said.", expected: ["an Acme spokesman | said"] },
    { text: "“We are ready,” Acme said in a statement.", expected: ["Acme [Acme] | said"] },
    { text: "Read the letter: “We are ready.”", expected: [] },
    { text: "The Trump-style retort was “we are ready.”", expected: [] },
    { text: "“We are ready,” Lopez was told.", expected: [] },
    { text: "“We are ready,” Lopez was told by Smith.", expected: ["Smith [Smith] | was told by"] },
    { text: "“We are ready,” he was told by a guard.", expected: ["a guard | was told by"] },
    { text: "“We are ready,” Smith had repeatedly claimed.", expected: ["Smith [Smith] | claimed"] },
    { text: "“We are ready,” Smith had said.", expected: ["Smith [Smith] | said"] },
    { text: "“We are ready,” they were told.", expected: [] },
    { text: "Lopez was told by Smith: “We are ready.”", expected: ["Smith [Smith] | was told by"] },
    { text: "Xi was quoted by Tass as saying “we are ready.”", expected: ["Xi [Xi] | was quoted | by Tass"] },
    { text: "“We are ready,” she did say.", expected: ["she (pronoun) | say"] },
    { text: "After saying her right foot was “so swollen I could barely get my shoe on,” she was “whisked … off to Bethesda Naval Hospital” for tests.", expected: ["she (pronoun) | saying | subordinate"] },
    { text: "Saying “we are ready,” Smith left the room.", expected: ["Smith [Smith] | Saying"] },
    { text: "While insisting “we are ready,” the minister left.", expected: [] },
    { text: "After saying “we are ready,” the rally ended.", expected: [] },
    { text: "Saying “we are ready, and willing,” Smith left the room.", expected: ["Smith [Smith] | Saying"] },
    { text: "Saying so, Smith left.", expected: ["Smith [Smith] | Saying"] },
    { text: "Saying “we are ready.” Smith left.", expected: [] },
    { text: "“We are ready,” Brian Fallon, the campaign’s press secretary, firmly noted.", expected: ["Brian Fallon [Brian Fallon] | noted"] },
    { text: "WASHINGTON (Reuters) - Senator Ann Lopez on Tuesday rejected the plan, calling it “a disaster for farmers.”", expected: ["Senator Ann Lopez [Ann Lopez] | calling"] },
    { text: "“We are ready,” the senator from Ohio said.", expected: ["the senator from Ohio | said"] },
    { text: "A senior official, who spoke on condition of anonymity, said the president was “furious.”", expected: ["A senior official | said"] },
    { text: "The official, who asked not to be named, said it was “a mess.”", expected: ["who (pronoun) <The official> | asked | subordinate", "The official | said"] },
    { text: "It was late; and she sat thinking of it till Mary, who had been watching her, suddenly called her attention by saying: “We must go.”", expected: ["Mary [Mary] | called", "Mary [Mary] | saying"] },
    // Outlets, capitals, mostly-noun verbs, descriptions read, names before a tag, possessed sayings, "quoted … as".
    { text: "“We are ready,” Putin said, as reported by Tass.", expected: ["Putin [Putin] | said | by Tass"] },
    { text: "“We are ready,” Putin said, as quoted by RT.", expected: ["Putin [Putin] | said | by RT"] },
    { text: "“We are ready,” Putin Said.", expected: [] },
    { text: "Clinton calls it “a disgrace.”", expected: ["Clinton [Clinton] | calls"] },
    { text: "The Clinton campaign calls it “a disgrace.”", expected: [] },
    { text: "“We are ready,” the Kremlin statement read.", expected: [] },
    { text: "“We are ready,” the long letter from the minister read.", expected: [] },
    { text: "“We are ready,” the letter read.", expected: ["the letter | read"] },
    { text: "“We are ready,” growled the Old Man.", expected: [] },
    { text: "“We are ready,” Mr. E. W. B. Childers eagerly repeated.", expected: ["Mr. E. W. B. Childers [E. W. B. Childers] | repeated"] },
    { text: "“We are ready,” Mr. A. B. C. D. E. Childers eagerly repeated.", expected: [] },
    { text: "“No,” was Edmund’s answer.", expected: ["Edmund [Edmund] | was Edmund’s answer"] },
    { text: "“No,” was the answer.", expected: [] },
    { text: "“No,” was Edmund's curt, cold answer.", expected: [] },
    { text: "“No,” was Edmund's curt cold answer.", expected: ["Edmund [Edmund] | was Edmund's curt cold answer"] },
    { text: "“No,” was her only reply.", expected: ["her (pronoun) | was her only reply"] },
    { text: "“No,” was their reply.", expected: ["their (pronoun) | was their reply"] },
    { text: "Tass quoted Xi Jinping, the president, as saying “we are ready.”", expected: ["Xi Jinping [Xi Jinping] | quoted | by Tass"] },
    { text: "Tass quoted the Chinese president Xi Jinping of the Communist Party as saying “we are ready.”", expected: [] },
    { text: "Xi was quoted as telling reporters “we are ready.”", expected: ["Xi [Xi] | was quoted as telling"] },
    { text: "Xi was quoted as “ready.”", expected: ["Xi [Xi] | was quoted as"] },
    { text: "“We are ready.” ― she", expected: [] },
    { text: "“We are ready.” — Lopez, on Monday", expected: ["Lopez [Lopez] | —"] },
    { text: "He called what he calls “hell” a “paradise.” ― Ann Reyes", expected: ["He (pronoun) | called", "he (pronoun) | calls", "Ann Reyes [Ann Reyes] | ―"] },
    { text: "Putin tweets “we are ready.”", expected: ["Putin [Putin] | tweets"] },
    { text: "Putin's tweet called it “a disgrace.”", expected: ["Putin's tweet | called"] },
    { text: "According to Tass, according to RT, Putin said “we are ready.”", expected: ["Tass [Tass] | According to | by RT", "Putin [Putin] | said"] },
    { text: "“We are ready,” according to Tass.", expected: ["Tass [Tass] | according to"] },
    { text: "Said Lopez: “We are ready.”", expected: ["Lopez [Lopez] | Said"] },
    { text: "SAID Lopez: “We are ready.”", expected: [] },
    { text: "“We are ready,” they thought.", expected: ["they (pronoun) | thought"] },
    { text: "“We are ready,” Lopez thought.", expected: ["Lopez [Lopez] | thought"] },
    { text: "“We are ready,” the thought came.", expected: [] },
    { text: "“We are ready,” tweets Putin.", expected: ["Putin [Putin] | tweets"] },
    { text: "A Putin tweet called it “a disgrace.”", expected: ["Putin tweet | called"] },
  ];
  for (const { text, expected } of cases) {
    it(text, () => assert.deepStrictEqual(attributionsOf(text), expected));
  }
});
