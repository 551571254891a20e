import * as assert from 'assert';
import type { Quote } from '../../src/core/model/model';
import { quotesOf } from './quotesOf';
import { cpuMs } from './cpuTime';

interface Expected {
  kind: Quote['kind'];
  speaker: string | null;
  /** The words at the attribution that name the speaker. */
  mention?: string;
  verb?: string;
  reportedBy?: string;
  resolved?: boolean;
}

function summary(text: string, quote: Quote): Expected {
  return {
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    ...(quote.speaker && { mention: text.slice(quote.speaker.start, quote.speaker.end) }),
    ...(quote.verb && { verb: quote.verb }),
    ...(quote.reportedBy && { reportedBy: quote.reportedBy }),
    ...(quote.speaker && { resolved: quote.speaker.entityId !== undefined }),
  };
}

describe('attributeQuotes', () => {
  const cases: { name: string; text: string; expected: Expected[] }[] = [
    {
      name: '"X said" after the quote',
      text: '“We will not give up our position,” Putin said.',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true }],
    },
    {
      name: '"said X" after the quote',
      text: '“We will not give up our position,” said Vladimir Putin.',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Vladimir Putin', verb: 'said', resolved: true }],
    },
    {
      name: 'a pronoun is the whole subject of the verb',
      text: 'Maria Lopez retired in May. Even now at 86 she still says things such as, “We are not all meant to be equal.”',
      expected: [{ kind: 'direct', speaker: 'Maria Lopez', mention: 'she', verb: 'says', resolved: true }],
    },
    ...['added', 'claimed', 'declared', 'warned', 'insisted', 'blurted', 'remonstrated', 'thought', 'posted'].map((verb) => ({
      name: `"X ${verb}"`,
      text: `“The bridge will be finished by spring,” Putin ${verb}.`,
      expected: [{ kind: 'direct' as const, speaker: 'Vladimir Putin', mention: 'Putin', verb, resolved: true }],
    })),
    {
      name: '"X blurted out," before the quote',
      text: 'Putin blurted out, “Oh, the bridge!”',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'blurted out', resolved: true }],
    },
    {
      name: '"a thought" is a noun, not a verb, away from a name',
      text: 'A thought struck the crowd: “The bridge will never be finished.”',
      expected: [{ kind: 'direct', speaker: null }],
    },
    {
      name: '"a message posted" is not who posted it',
      text: 'In a message posted Friday, Putin said the bridge was “a good start” for both sides.',
      expected: [{ kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true }],
    },
    {
      name: '"X told …" before the quote',
      text: 'Putin told reporters in Moscow, “The bridge will be finished by spring.”',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'told', resolved: true }],
    },
    {
      name: '"X said:" before the quote',
      text: 'Putin said: “The bridge will be finished by spring.”',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true }],
    },
    {
      name: 'a fragment inside the writer’s sentence',
      text: 'Putin said the talks were “a good start” for both sides.',
      expected: [{ kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true }],
    },
    {
      name: '"according to X"',
      text: '“The talks lasted three hours and ended in agreement,” according to the state-run Xinhua News Agency.',
      expected: [{ kind: 'direct', speaker: 'Xinhua News Agency', mention: 'Xinhua News Agency', verb: 'according to', resolved: false }],
    },
    {
      name: '"X was quoted as saying"',
      text: 'Xi was quoted as saying that the visit was “a historic step.”',
      expected: [{ kind: 'fragment', speaker: 'Xi Jinping', mention: 'Xi', verb: 'was quoted as saying', resolved: true }],
    },
    {
      name: '"Tass quoted X as …" credits Tass as the outlet',
      text: 'Tass also quoted Xi as praising the partnership, saying it was “a mandatory choice for both peoples.”',
      expected: [{ kind: 'fragment', speaker: 'Xi Jinping', mention: 'Xi', verb: 'quoted', reportedBy: 'Tass', resolved: true }],
    },
    {
      name: '"as quoted by RT" credits RT as the outlet',
      text: '“Our cooperation is deepening every year,” Putin said, as quoted by RT, a state broadcaster.',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', reportedBy: 'RT', resolved: true }],
    },
    {
      name: '"X said, according to Tass" credits Tass as the outlet',
      text: '“Our cooperation is deepening every year,” Putin said, according to Tass.',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', reportedBy: 'Tass', resolved: true }],
    },
    {
      name: '"what he called …" resolves the pronoun',
      text: 'Xi Jinping spoke for an hour. The talk was about what he called “unprecedented global changes.”',
      expected: [{ kind: 'fragment', speaker: 'Xi Jinping', mention: 'he', verb: 'called', resolved: true }],
    },
    {
      name: '"he said" takes the nearest person before it',
      text: 'Maria Lopez left the meeting early.\n“We have nothing more to discuss today,” she said.',
      expected: [{ kind: 'direct', speaker: 'Maria Lopez', mention: 'she', verb: 'said', resolved: true }],
    },
    {
      name: 'a pronoun in the same sentence means its subject, not a nearer object',
      text: 'Xi Jinping held talks with Vladimir Putin in Moscow, where he declared support for the “global trading system.”',
      expected: [{ kind: 'fragment', speaker: 'Xi Jinping', mention: 'he', verb: 'declared', resolved: true }],
    },
    {
      name: 'a capitalised "He" inside a sentence is the surname of He Lifeng',
      text: 'Vice-Premier He Lifeng will lead the talks. On Wednesday, He claimed that “the economy is off to a good start.”',
      expected: [{ kind: 'fragment', speaker: 'He Lifeng', mention: 'He', verb: 'claimed', resolved: true }],
    },
    {
      name: 'an interrupted quote has one speaker for both parts',
      text: '“We are ready,” Putin said, “and nothing will stop us.”',
      expected: [
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true },
        { kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true },
      ],
    },
    {
      name: 'a second quote in the paragraph continues the speaker',
      text: '“We are ready,” Putin added. “Our relations are equal and mutually beneficial.”',
      expected: [
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'added', resolved: true },
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'added', resolved: true },
      ],
    },
    {
      name: 'a quote paragraph with no attribution continues the previous speaker',
      text: '“We are ready,” Putin said.\n“Our relations are equal and mutually beneficial.”\n“Nobody can change that.”',
      expected: [
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true },
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true },
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true },
      ],
    },
    {
      name: 'a quote continued over three paragraphs is one quote with the speaker before it',
      text: 'Putin said:\n“We are ready.\n“We are able.\n“We will win.”\nThe talks ended.',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true }],
    },
    {
      name: 'the speaker across an apposition',
      text: 'Maria Lopez, the campaign’s spokeswoman, said the plan was “dead on arrival.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Maria Lopez', verb: 'said', resolved: true }],
    },
    ...[
      ['an apposition after an opening adverbial', 'In a call with reporters on May 2, Maria Lopez, a port spokeswoman in Riga, said, “The cranes stay idle.”', 'Maria Lopez'],
      ['a relative clause as the apposition', 'In Oslo, Maria Lopez, who chairs the board, once said, “The cranes stay idle.”', 'Maria Lopez'],
      ['a participle clause as the apposition', 'The issue came up after Lopez, asked about the strike, had said, “The cranes stay idle.”', 'Lopez'],
      ['a name as the apposition', 'In a statement to Tass, her deputy, Maria Lopez, said: “The cranes stay idle.”', 'Maria Lopez'],
      ['a comma after a party label', 'On Tuesday in Riga, Gov. Maria Lopez (D-Ohio), said, “The cranes stay idle.”', 'Maria Lopez'],
    ].map(([name, text, mention]) => ({ name, text, expected: [{ kind: 'direct' as const, speaker: 'Maria Lopez', mention, verb: 'said', resolved: true }] })),
    {
      name: 'an apposition that opens a clause is no apposition',
      text: 'In Riga, Lopez, after the strike ended, the unions said, “The cranes stay idle.”',
      expected: [{ kind: 'direct', speaker: 'the unions', mention: 'the unions', verb: 'said', resolved: false }],
    },
    {
      name: 'a participle takes the subject of its clause',
      text: 'China, alone among major economies, refused to negotiate, likening the talks to “drinking poison.”',
      expected: [{ kind: 'fragment', speaker: 'China', mention: 'China', verb: 'likening', resolved: true }],
    },
    {
      name: 'a dash and a name under the quote',
      text: '“I just hope people go out and vote this year.” ― Jorge Falcon',
      expected: [{ kind: 'direct', speaker: 'Jorge Falcon', mention: 'Jorge Falcon', verb: '―', resolved: false }],
    },
    {
      name: 'a transcript label',
      text: '"WALLACE: Will she be there tomorrow night?',
      expected: [{ kind: 'direct', speaker: 'WALLACE', mention: 'WALLACE', verb: ':', resolved: false }],
    },
    {
      name: 'a speaker the recogniser missed keeps the name as written',
      text: '“The vote was rigged from the start,” said Sen. Tom Barkley of Ohio.',
      expected: [{ kind: 'direct', speaker: 'Tom Barkley', mention: 'Tom Barkley', verb: 'said', resolved: false }],
    },
    {
      name: 'a colon after any clause introduces the quote',
      text: 'Lopez made the following comment:\n“Young people have never had it this hard.”',
      expected: [{ kind: 'direct', speaker: 'Maria Lopez', mention: 'Lopez', verb: ':', resolved: true }],
    },
    {
      name: '"Said X:" opening the sentence',
      text: 'Said Lopez: “Young people have never had it this hard.”',
      expected: [{ kind: 'direct', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'Said', resolved: true }],
    },
    {
      name: 'a coordinated verb shares the subject',
      text: 'Putin criticised the sanctions and then warned that they were “doomed to fail.”',
      expected: [{ kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'warned', resolved: true }],
    },
    {
      name: 'a coordinated verb in a subordinate clause takes that clause’s subject',
      text: 'Lopez spoke out after Putin attacked the press and blamed “foreign agents.”',
      expected: [{ kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'blamed', resolved: true }],
    },
    {
      name: 'an opening subordinate clause is not the main attribution',
      text: 'While Putin acknowledged the losses, Lopez also noted several “hidden costs.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'noted', resolved: true }],
    },
    {
      name: 'the subject stands before an adverbial',
      text: 'Putin at the time said he had asked his “people” to look into it.',
      expected: [{ kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true }],
    },
    {
      name: 'a participle after an opening adverbial and a dateline',
      text: 'MOSCOW -- At a rally in Kazan, Tatarstan, Putin spoke for an hour, saying, “We will not give up.”',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'saying', resolved: true }],
    },
    {
      name: 'several fragments after one verb share it',
      text: 'Lopez said on Monday that Putin was a “bully,” a “liar” and a “coward.”',
      expected: [
        { kind: 'fragment', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'said', resolved: true },
        { kind: 'fragment', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'said', resolved: true },
        { kind: 'fragment', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'said', resolved: true },
      ],
    },
    {
      name: '", said X" after an adverbial',
      text: 'Lopez “drew well from working-class voters” in the last election, said Tom Barkley.',
      expected: [{ kind: 'fragment', speaker: 'Tom Barkley', mention: 'Tom Barkley', verb: 'said', resolved: false }],
    },
    {
      name: '"told X" names a listener, not the speaker',
      text: '“Nothing has changed since the summit,” Lopez, the campaign’s spokeswoman, told Tass.',
      expected: [{ kind: 'direct', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'told', resolved: true }],
    },
    {
      name: '"who said" speaks for the name before it',
      text: 'The talks were led by Lopez, now the deputy minister, who later said they were “a waste of time.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'who', verb: 'said', resolved: true }],
    },
    {
      name: '"as X put it" past an apposition with a title in it',
      text: 'As Lopez, author of “The Long Winter,” put it, “Nobody wins a war of attrition.”',
      expected: [
        { kind: 'scare', speaker: null },
        { kind: 'direct', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'put it', resolved: true },
      ],
    },
    {
      name: 'a clause after "after" is not the main attribution',
      text: 'Later, after the Putin interview concluded, Lopez stated that the report “was not good.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'stated', resolved: true }],
    },
    {
      name: 'a description resolves through an entity’s recorded role',
      text: 'Dmitry Peskov spoke first.\n“The talks were constructive,” the Kremlin spokesman said.',
      expected: [{ kind: 'direct', speaker: 'Dmitry Peskov', mention: 'the Kremlin spokesman', verb: 'said', resolved: true }],
    },
    {
      name: 'a description is not the organisation named inside it',
      text: '“The talks were constructive,” a Kremlin spokesman said.',
      expected: [{ kind: 'direct', speaker: 'a Kremlin spokesman', mention: 'a Kremlin spokesman', verb: 'said', resolved: false }],
    },
    {
      name: 'an adverb between an apposition and its verb',
      text: 'Maria Lopez, the head of the Harbor Board, firmly told reporters that “the port stays shut.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Maria Lopez', verb: 'told', resolved: true }],
    },
    {
      name: 'the subject of a progressive -ing verb stands before its auxiliary',
      text: 'Putin is telling a veterans group that the army is “depleted” and says he will expand it.',
      expected: [{ kind: 'fragment', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'telling', resolved: true }],
    },
    {
      name: 'a name and a mostly-noun form after “of” are a noun phrase, not a clause',
      text: 'The fact-checkers rated half of Putin claims as “false” last year.',
      expected: [{ kind: 'scare', speaker: null }],
    },
    {
      name: 'an outlet after the quote, behind its article, takes the sentence over a pronoun before it',
      text: 'The three “gaps” he listed are “the use of losses to offset other income for years on end,” The Ledger reported.',
      expected: [
        { kind: 'fragment', speaker: 'Ledger', mention: 'Ledger', verb: 'reported', resolved: false },
        { kind: 'fragment', speaker: 'Ledger', mention: 'Ledger', verb: 'reported', resolved: false },
      ],
    },
    {
      name: '"X commented:" before the quote',
      text: 'Over dinner, a neighbour commented: “For you, the harbour is the most important reason to stay.”',
      expected: [{ kind: 'direct', speaker: 'a neighbour', mention: 'a neighbour', verb: 'commented', resolved: false }],
    },
    {
      name: 'a description with "of" is one speaker: "the mother of three replied"',
      text: 'Asked about the rule, the 41-year-old mother of three replied, “It is meant for the parent who stays at home with the child.”',
      expected: [{ kind: 'direct', speaker: 'the 41-year-old mother of three', mention: 'the 41-year-old mother of three', verb: 'replied', resolved: false }],
    },
    {
      name: '", saying" hangs on a described subject after an opening adverbial',
      text: 'In March, several harbour unions gave the port an extension on the order, saying its “funding was lower than planned.”',
      expected: [{ kind: 'fragment', speaker: 'several harbour unions', mention: 'several harbour unions', verb: 'saying', resolved: false }],
    },
    {
      name: '", saying" hangs on the main clause, not on a relative clause\'s "who said"',
      text: 'Lopez was defensive about the builder who said he was never paid after he finished the hall, saying, “Maybe he did not do a good job.”',
      expected: [{ kind: 'direct', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'saying', resolved: true }],
    },
    {
      name: 'a clause that ends right at the quote introduces it, over the sentence\'s first clause',
      text: 'Lopez said the rule leaves out fathers, and when pressed, the head of the council replied, “It is meant for the parent who gave birth.”',
      expected: [{ kind: 'direct', speaker: 'the head of the council', mention: 'the head of the council', verb: 'replied', resolved: false }],
    },
    {
      name: 'a pronoun opening its sentence goes on with the subject before, not a person after a preposition',
      text: '“We have had trouble with the port before,” Xi Jinping said after meeting with Vladimir Putin. He did not suggest a response. “Our goal is to agree on rules.”',
      expected: [
        { kind: 'direct', speaker: 'Xi Jinping', mention: 'Xi Jinping', verb: 'said', resolved: true },
        { kind: 'direct', speaker: 'Xi Jinping', mention: 'He', verb: 'suggest', resolved: true },
      ],
    },
    {
      name: 'a pronoun after a quote goes with the subject before when the nearer person was named after a preposition',
      text: 'The minister of the economy, Xi Jinping, argues there is little point in answering Putin’s threats. “We must not overreact,” he told me.',
      expected: [{ kind: 'direct', speaker: 'Xi Jinping', mention: 'he', verb: 'told', resolved: true }],
    },
    {
      name: 'a pronoun after a quote goes with the nearer person when no preposition comes before them',
      text: 'While Xi had singers, that worries Vladimir Putin, president of the caucus. “No one is writing songs for us,” he said.',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'he', verb: 'said', resolved: true }],
    },
    {
      name: 'scare quotes around a name: nobody quoted',
      text: 'Xi is visiting Russia for the country’s “Victory Parade,” a yearly celebration.',
      expected: [{ kind: 'scare', speaker: null }],
    },
    {
      name: 'scare quotes around a term even with a saying-like verb',
      text: 'The Kremlin announced a temporary “ceasefire” with Ukraine.',
      expected: [{ kind: 'scare', speaker: null }],
    },
    {
      name: 'a quote that nobody said',
      text: 'The weather was cold.\n“Everything changed after the war, and nobody noticed at all.”',
      expected: [{ kind: 'direct', speaker: null }],
    },
    {
      name: 'a quote inside a quote belongs to nobody named',
      text: '“They told us, ‘Go home now,’ and we did,” Lopez said.',
      expected: [
        { kind: 'direct', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'said', resolved: true },
        { kind: 'scare', speaker: null },
      ],
    },
    {
      name: 'a title alone in its paragraph is not a continued quote',
      text: '“We are ready,” Putin said.\n‘A Change Is Gonna Come.’\nThe talks ended.',
      expected: [
        { kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: 'said', resolved: true },
        { kind: 'scare', speaker: null },
      ],
    },
    {
      name: '"a Putin tweet" is a noun the name modifies, not "Putin tweet(ed)"',
      text: 'Maria Lopez is describing as “reckless” a Vladimir Putin tweet about the bridge.',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Maria Lopez', verb: 'describing', resolved: true }],
    },
    {
      name: 'a description whose head a participle and a preposition follow ("Protesters marching through …")',
      text: 'Protesters marching through the streets chanted “What bridge?” until dawn.',
      expected: [{ kind: 'direct', speaker: 'Protesters', mention: 'Protesters', verb: 'chanted', resolved: false }],
    },
    {
      name: 'an opening phrase a preposition opens runs to its comma, and the subject follows',
      text: 'With Moscow officials increasingly worried about the bridge, Putin is rolling out a new message: “It is about me.”',
      expected: [{ kind: 'direct', speaker: 'Vladimir Putin', mention: 'Putin', verb: ':', resolved: true }],
    },
    {
      name: 'a collection of quotations: the name signed at the end of the line speaks every quote on it',
      text: '“The bridge is a disgrace.” ― Ann Reyes\n“I would rather swim than cross what he calls “progress” any day.” ― Tom Hale\n“No one asked us. To quote my mother ‘Nobody ever does.” And that is all “the plan’.” ― Rosa Diaz.',
      expected: [
        { kind: 'direct', speaker: 'Ann Reyes', mention: 'Ann Reyes', verb: '―', resolved: false },
        { kind: 'direct', speaker: 'Tom Hale', mention: 'Tom Hale', verb: '―', resolved: false },
        { kind: 'fragment', speaker: 'Tom Hale', mention: 'Tom Hale', verb: '―', resolved: false },
        { kind: 'direct', speaker: 'Rosa Diaz', mention: 'Rosa Diaz', verb: '―', resolved: false },
        { kind: 'fragment', speaker: 'Rosa Diaz', mention: 'Rosa Diaz', verb: '―', resolved: false },
      ],
    },
    {
      name: 'a lower-case pronoun after an opening word is the subject an -ing verb hangs on',
      text: 'Meanwhile, it attacked the mayor, saying she “has failed every family on the river.”',
      expected: [{ kind: 'fragment', speaker: 'it', mention: 'it', verb: 'saying', resolved: false }],
    },
    {
      name: 'past an aside between dashes to the name an apposition sets off',
      text: 'Ann Reyes, the chief engineer of Harbor Works -- the firm that builds the bridge, which opens in May -- told me, “We are a month ahead.”',
      expected: [{ kind: 'direct', speaker: 'Ann Reyes', mention: 'Ann Reyes', verb: 'told', resolved: false }],
    },
    {
      name: 'past an aside between dashes to the name right before it',
      text: 'Maria Lopez -- who ran for mayor twice -- said the plan was “a gift to the builders.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Maria Lopez', verb: 'said', resolved: true }],
    },
    {
      name: 'an untagged quote after a sentence whose subject has a party label and an apposition (a guess)',
      text: 'On “Face the Nation,” Sen. Maria Lopez (Vt.), who lost the primary to Reyes, named the bridge as the reason. “The younger voters are sick and tired of waiting.”',
      expected: [
        { kind: 'scare', speaker: null },
        { kind: 'direct', speaker: 'Maria Lopez', mention: 'Maria Lopez', verb: 'named', resolved: true },
      ],
    },
    {
      name: '"the letter read" after the quote: the text read is the source',
      text: '“The bridge will open in May,” the council’s letter read.',
      expected: [{ kind: 'direct', speaker: 'the council’s letter', mention: 'the council’s letter', verb: 'read', resolved: false }],
    },
    {
      name: 'a semicolon ends the clause before a quote, as a quote does',
      text: 'The engineers reported that the east span holds; the west span sags badly, and the survey says the cables “show rust at every joint.”',
      expected: [{ kind: 'fragment', speaker: 'the survey', mention: 'the survey', verb: 'says', resolved: false }],
    },
    {
      name: 'a place and a time after an opening preposition are not an apposition of the subject',
      text: 'At a town hall in Ames, Iowa, on Sunday, Lopez spoke for an hour, saying the bridge should “be finished before the floods.”',
      expected: [{ kind: 'fragment', speaker: 'Maria Lopez', mention: 'Lopez', verb: 'saying', resolved: true }],
    },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepStrictEqual(quotesOf(text).map((q) => summary(text, q)), expected));
  }

  it('survives a dateline that a colon ends before a quote, with no subject to find', () => {
    const text = 'WASHINGTON —: “Angela Merkel\n\nAngela Merkel';
    assert.deepStrictEqual(quotesOf(text).map((q) => summary(text, q)), [{ kind: 'scare', speaker: null }]);
  });

  it('stays linear on one sentence of 10,000 quotes and verbs', () => {
    const time = (n: number): number => {
      const text = `${'“We are ready,” Lopez said, and then added, '.repeat(n)}“yes.”`;
      return cpuMs(() => quotesOf(text, {})).ms;
    };
    const small = time(5000);
    const large = time(10000);
    assert.ok(large < 4 * small + 200, `5,000 took ${small} ms, 10,000 took ${large} ms`);
  });

  // About 0.6 s of CPU alone; the budget leaves room for V8's own threads and still catches anything quadratic.
  it('attributes a 3 MB book in linear time', () => {
    const narrative = 'The rain had not stopped since the morning, and the road to the village was a river of mud. ';
    const paragraph = `“It’s late,” she said. ${narrative.repeat(2)}He called it ‘a disgrace’ and left. “Go,” said Anna Berg.\n`;
    const text = paragraph.repeat(Math.ceil(3_000_000 / paragraph.length));
    const { value: quotes, ms } = cpuMs(() => quotesOf(text, {}));
    assert.ok(ms < 4000, `took ${ms.toFixed(0)} ms of CPU`);
    assert.strictEqual(quotes[2].speaker?.name, 'Anna Berg');
  });
});

describe('attributeQuotes: where the attribution stands', () => {
  /** Each quote as "kind: speaker (the words naming them) verb [by outlet]", or its kind alone with no speaker. */
  const shown = (text: string): string[] =>
    quotesOf(text).map((q) => (q.speaker ? `${q.kind}: ${q.speaker.name} (${text.slice(q.speaker.start, q.speaker.end)}) ${q.verb}${q.reportedBy ? ` by ${q.reportedBy}` : ''}` : q.kind));
  const cases: [string, string[]][] = [
    ["“What curfew?” Putin asked. “There is none.”", ["direct: Vladimir Putin (Putin) asked", "direct: Vladimir Putin (Putin) asked"]],
    ["“We are ready,” The Hill reported.", ["direct: Hill (Hill) reported"]],
    ["“We are ready,” the Kremlin said.", ["direct: Kremlin (Kremlin) said"]],
    ["“We are ready.” ― Maria Lopez\n“We will win.” And then: “We always do.” ― Vladimir Putin.", ["direct: Maria Lopez (Maria Lopez) ―", "direct: Vladimir Putin (Vladimir Putin) ―", "direct: Vladimir Putin (Vladimir Putin) ―"]],
    ["Putin made the following comment: “We are ready.”", ["direct: Vladimir Putin (Putin) :"]],
    ["Putin said:\n\n“We are ready for anything.”", ["direct: Vladimir Putin (Putin) said"]],
    ["Putin said he was ready; Lopez said the plan was “a disaster.”", ["fragment: Maria Lopez (Lopez) said"]],
    ["Putin called the plan “bold” and “overdue.”", ["fragment: Vladimir Putin (Putin) called", "fragment: Vladimir Putin (Putin) called"]],
    ["Putin: “We are ready.”", ["direct: Vladimir Putin (Putin) :"]],
    ["Lopez: Putin needs to “get away from all of this”", ["fragment: Maria Lopez (Lopez) :"]],
    ["“We are ready,” Putin said, according to Tass.", ["direct: Vladimir Putin (Putin) said by Tass"]],
    ["“Are we ready?” asked Lopez. “Yes!” cried Putin.", ["direct: Maria Lopez (Lopez) asked", "direct: Vladimir Putin (Putin) cried"]],
    ["Putin said “we are ready,” Lopez said “we are not.”", ["fragment: Vladimir Putin (Putin) said", "fragment: Maria Lopez (Lopez) said"]],
    ["He said that Putin had called it “a farce.”", ["fragment: Vladimir Putin (Putin) called"]],
    ["“We are ready,” said Putin, “and we will win.”", ["direct: Vladimir Putin (Putin) said", "fragment: Vladimir Putin (Putin) said"]],
    ["Putin smiled. “We are ready.”", ["direct: Vladimir Putin (Putin) smiled"]],
    ["“We are ready.” Putin smiled.", ["direct: Vladimir Putin (Putin) smiled"]],
    ["The Kremlin rejected it. “We are ready,” they said.", ["direct: Kremlin (they) said"]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepStrictEqual(shown(text), expected));
});
