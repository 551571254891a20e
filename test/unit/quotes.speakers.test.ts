import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { SpeakerBasis } from '../../src/core/model/model';
import { analyze } from '../../src/core/pipeline/analyze';
import { genderFromFirstName, genderFromTitle } from '../../src/core/pipeline/quotes/gender';
import { PEOPLE, quotesOf, type Known } from './quotesOf';

/** The people of the made-up sentences below, as the entity recogniser would report them. */
const CAST: Known = {
  'Anna Berg': { kind: 'person', forms: ['Anna Berg', 'Anna', 'Berg'] },
  'Paul Dorn': { kind: 'person', forms: ['Paul Dorn', 'Paul', 'Dorn'] },
  'Ruth Kell': { kind: 'person', forms: ['Ruth Kell', 'Kell'] },
  Gradgrind: { kind: 'person', forms: ['Gradgrind'] },
  'Kim Lark': { kind: 'person', forms: ['Kim Lark', 'Lark'] },
  'Harbor Council': { kind: 'organization', forms: ['Harbor Council'] },
};

/** Each quote as "speaker (how)", or null when it has none. */
function speakersOf(text: string): (string | null)[] {
  return quotesOf(text, CAST).map((q) => (q.speaker ? `${q.speaker.name} (${q.speaker.how})` : null));
}

describe('speakers: how each was found', () => {
  const cases: { name: string; text: string; expected: (string | null)[] }[] = [
    { name: 'a name at the verb is explicit', text: '“The road is closed,” said Anna Berg.', expected: ['Anna Berg (explicit)'] },
    { name: '“he said” after a man was named', text: 'Paul Dorn walked in.\n\n“The road is closed,” he said.', expected: ['Paul Dorn (pronoun)'] },
    {
      name: 'a surname with a title of the other gender is another of the family (“Mr. Berg” is not Anna Berg)',
      text: 'Anna Berg sang.\n\n“The road is closed,” said Mr. Berg.\n\n“It is open,” said Miss Berg.',
      expected: ['Mr. Berg (explicit)', 'Anna Berg (explicit)'],
    },
    {
      name: 'a wife known by her husband’s name keeps it (“Mrs. Paul Dorn” is “Mrs. Dorn”)',
      text: 'Mrs. Paul Dorn smiled.\n\n“The road is closed,” said Mrs. Dorn.',
      expected: ['Paul Dorn (explicit)'],
    },
    {
      name: 'a French title’s full stop does not end the sentence (“said Mlle. Berg”)',
      text: 'Anna Berg sang.\n\n“The road is closed,” said Mlle. Berg, laughing.',
      expected: ['Anna Berg (explicit)'],
    },
    {
      name: 'a man most often called by a title of rank and his first name goes by it (“Sir Paul”)',
      text: 'Sir Paul Dorn came home.\n\n“The road is closed,” said Sir Paul.\n\n“We are late,” he added.',
      expected: ['Sir Paul (explicit)', 'Sir Paul (pronoun)'],
    },
    {
      name: '“she” skips a nearer man: the first name says who can be “she”',
      text: 'Anna Berg waited while Paul Dorn read the map.\n\n“The road is closed,” she said.',
      expected: ['Anna Berg (pronoun)'],
    },
    {
      name: '“he” skips a nearer woman',
      text: 'Paul Dorn sat down next to Anna Berg.\n\n“The road is closed,” he said.',
      expected: ['Paul Dorn (pronoun)'],
    },
    {
      name: 'a title tells the gender when the first name is unknown',
      text: 'Mrs. Kell met Paul Dorn at the gate.\n\n“We are late,” she said.',
      expected: ['Ruth Kell (pronoun)'],
    },
    {
      name: 'a name inside the quote is never whom “he” means',
      text: 'Paul Dorn laughed.\n\n“How many times does Kim Lark have to say it?” he asked.',
      expected: ['Paul Dorn (pronoun)'],
    },
    ...['cried', 'returned', 'rejoined', 'murmured'].map((verb) => ({
      name: `fiction’s “${verb} X” is explicit`,
      text: `“The road is closed,” ${verb} Anna Berg.`,
      expected: ['Anna Berg (explicit)'],
    })),
    { name: 'any verb in the past tense tags a quote its comma leaves open', text: '“The road is closed,” Anna Berg repeated.', expected: ['Anna Berg (explicit)'] },
    { name: 'a tag verb with an adverb before it', text: 'Paul Dorn came in.\n\n“The road is closed,” he gravely nodded.', expected: ['Paul Dorn (pronoun)'] },
    { name: 'a tag verb before the name, after a question', text: '“Is the road closed?” resumed Anna Berg.', expected: ['Anna Berg (explicit)'] },
    // Not a tag, so not explicit; but the line goes to the person the narration right after it is about, as a guess.
    { name: 'after a question, a capitalised name opens a new sentence, not a tag', text: '“Is the road closed?” Anna Berg walked to the door.', expected: ['Anna Berg (guess)'] },
    { name: 'after a full stop, a name and a verb are narration', text: '“The road is closed.” Anna Berg walked to the door.', expected: ['Anna Berg (guess)'] },
    { name: 'narration after the line that names nobody gives no guess', text: '“The road is closed.” It rained all night.', expected: [null] },
    {
      name: '“he added” goes on with the speaker a description named before it in the paragraph',
      text: 'Paul Dorn waited at the gate.\n\n“The road is closed,” said the old ferryman. “And you,” he added, “should go home.”',
      expected: ['the old ferryman (title)', 'the old ferryman (pronoun)', 'the old ferryman (pronoun)'],
    },
    {
      name: '“he added” does not go on with a speaker of the other gender',
      text: 'Paul Dorn waited at the gate.\n\n“The road is closed,” said Mrs. Kell. “And you,” he added, “should go home.”',
      expected: ['Ruth Kell (explicit)', 'Paul Dorn (pronoun)', 'Paul Dorn (pronoun)'],
    },
    {
      name: '“she said” after someone else is named between goes to the nearer person',
      text: '“The road is closed,” said Anna Berg. Ruth Kell looked up. “Since when?” she said.',
      expected: ['Anna Berg (explicit)', 'Ruth Kell (pronoun)'],
    },
    { name: '“was his answer”: the owner of the answer said it', text: 'Paul Dorn stood up.\n\n“Not yet,” was his answer.', expected: ['Paul Dorn (pronoun)'] },
    { name: '“was Anna’s quiet reply”: a named owner is explicit', text: '“Not yet,” was Anna’s quiet reply.', expected: ['Anna Berg (explicit)'] },
    { name: 'a form most often a noun tags the quote right before it', text: '“The road is closed,” thought Anna Berg.', expected: ['Anna Berg (explicit)'] },
    { name: 'any past-tense tag verb takes a description after it', text: 'Anna Berg waited.\n\n“The road is closed,” growled the ferryman.', expected: ['the ferryman (title)'] },
    {
      name: '“concludes” after a thing is no reporting verb: the one saying the words is',
      text: 'The ad concludes with footage of Anna Berg saying, “That makes me smart.”',
      expected: ['Anna Berg (explicit)'],
    },
    { name: '“concluded” after a name still reports', text: '“That is the end of it,” Paul Dorn concluded.', expected: ['Paul Dorn (explicit)'] },
    {
      name: 'narration that turns to someone else: the untagged answer is theirs',
      text: '“Is it far?” asked Anna Berg.\n\n“An hour,” said Paul Dorn.\n\nAnna Berg looked at Kim Lark, who stood by the door.\n\n“Too far,” said Paul Dorn.\n\n“Then we walk.”',
      expected: ['Anna Berg (explicit)', 'Paul Dorn (explicit)', 'Paul Dorn (explicit)', 'Kim Lark (turn)'],
    },
    {
      name: 'narration that introduces the one who speaks next: the untagged line goes on with them',
      text: '“Turnout is low,” said Anna Berg.\n\nThe count worries Kim Lark, and it worries Paul Dorn, a councilman.\n\n“We need more polling places,” Paul Dorn said.\n\n“Lines were two hours long.”',
      expected: ['Anna Berg (explicit)', 'Paul Dorn (explicit)', 'Paul Dorn (continuation)'],
    },
    { name: '“said I”: a first-person teller is the narrator', text: '“The road is closed,” said I.', expected: ['the narrator (pronoun)'] },
    {
      name: '“said I.” before the next sentence: the dot ends the speaker, not an initial',
      text: '“Take the road north,” said I. The drivers turned their trucks.',
      expected: ['the narrator (pronoun)'],
    },
    { name: '“I said” before the quote', text: 'Paul Dorn shrugged, and I said, “Then we wait.”', expected: ['the narrator (pronoun)'] },
    { name: '“I” inside the quote is not the narrator', text: '“I am tired,” said Anna Berg.', expected: ['Anna Berg (explicit)'] },
    {
      name: 'a description at the verb',
      text: '“The road is closed,” the driver said.',
      expected: ['the driver (title)'],
    },
    {
      name: 'the next sentence of a quote continues its speaker',
      text: '“The road is closed,” said Anna Berg. “We turn back.”',
      expected: ['Anna Berg (explicit)', 'Anna Berg (continuation)'],
    },
    {
      name: 'a quote opening the next paragraph continues the speaker of a narrated paragraph',
      text: 'Anna Berg said the road was closed.\n\n“We turn back at noon.”',
      expected: ['Anna Berg (continuation)'],
    },
    {
      name: 'untagged dialogue takes turns between the last two speakers',
      text: '“Is the road open?” asked Paul Dorn.\n\n“No,” said Anna Berg.\n\n“Since when?”\n\n“Since the storm.”\n\n“Then we wait.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Paul Dorn (turn)', 'Anna Berg (turn)', 'Paul Dorn (turn)'],
    },
    {
      name: 'a line whose speaker was not found does not break the turns: the one after it is the speaker’s before',
      text: 'The clerk looked up.\n\n“Is the road open?” asked Paul Dorn.\n\n“No.”\n\n“Since when?”',
      expected: ['Paul Dorn (explicit)', null, 'Paul Dorn (turn)'],
    },
    {
      name: 'turns stop at narration: the next quote continues the narrated speaker',
      text: '“Is the road open?” asked Paul Dorn.\n\n“No,” said Anna Berg.\n\nAnna Berg folded the map and said they would wait.\n\n“The storm will pass.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Anna Berg (continuation)'],
    },
    {
      name: 'a line of narration between two speakers does not stop their turns',
      text: '“Is the road open?” asked Paul Dorn.\n\nAnna Berg looked at the sky.\n\n“No,” said Anna Berg.\n\n“Since when?”\n\n“Since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Paul Dorn (turn)', 'Anna Berg (turn)'],
    },
    {
      name: 'a line that ends a paragraph of narration is a turn too: the untagged answer is the one’s before',
      text: '“Is the road open?” asked Paul Dorn.\n\nAnna Berg looked at the sky. “No,” she said.\n\n“Since when?”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (pronoun)', 'Paul Dorn (turn)'],
    },
    {
      name: 'a paragraph of narration that a line does not end leaves the answer with its speaker',
      text: '“Is the road open?” asked Paul Dorn.\n\nAnna Berg looked at the sky. “No,” she said. She folded the map.\n\n“Not since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (pronoun)', 'Anna Berg (continuation)'],
    },
    {
      name: 'a phrase quoted in narration is no line of dialogue: the untagged quote after it goes on with its speaker',
      text: '“Is the road open?” asked Paul Dorn.\n\nAnna Berg called the delay a scandal and said the council was “asleep at the wheel.”\n\n“We need a plan.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Anna Berg (continuation)'],
    },
    {
      name: 'a one-word question or exclamation is a line of dialogue, not a title',
      text: '“Is the road open?” asked Paul Dorn.\n\n“No,” said Anna Berg.\n\n“Closed!”\n\nAnna Berg looked away. “Paul?”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Paul Dorn (turn)', 'Anna Berg (guess)'],
    },
    {
      name: 'a first-person narrator answers the only speaker so far',
      text: 'I found Paul Dorn in the yard.\n\n“You took your time,” he said.\n\n“The roads were flooded.”',
      expected: ['Paul Dorn (pronoun)', 'the narrator (turn)'],
    },
    {
      name: 'after a statement to nobody, a first-person writer’s next paragraph goes on with the source',
      text: 'I asked Paul Dorn about the road.\n\n“It is closed,” he said. “Not for long.”\n\n“We will open it in May.”',
      expected: ['Paul Dorn (pronoun)', 'Paul Dorn (continuation)', 'Paul Dorn (continuation)'],
    },
    {
      name: 'a line after narration in the first person is the narrator’s',
      text: 'Paul Dorn waited by the gate.\n\nI looked at the map. “We go tonight.”',
      expected: ['the narrator (guess)'],
    },
    {
      name: 'narration that brings in someone else turns the conversation to them',
      text: '“Is the road open?” asked Paul Dorn.\n\nRuth Kell came in from the yard.\n\n“No,” said Anna Berg.\n\n“Since when?”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Ruth Kell (turn)'],
    },
    {
      // In dialogue a new paragraph is a new speaker: a line running on by the same one leaves its quote open.
      name: 'after a speaker tagged on two lines running, the next untagged line is the other one’s',
      text: '“Is the road open?” asked Paul Dorn.\n\n“No,” said Anna Berg.\n\n“Not since the storm,” said Anna Berg.\n\n“We wait here.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Anna Berg (explicit)', 'Paul Dorn (turn)'],
    },
    {
      name: 'an untagged answer to the only speaker so far is the other person the narration names',
      text: 'Anna Berg looked up from the map.\n\n“Is the road open?” asked Paul Dorn.\n\n“Not since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (turn)'],
    },
    {
      name: 'the answer goes to the person named in the tag before',
      text: '“Is the road open?” asked Paul Dorn, turning to Mrs. Kell.\n\n“Not since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Ruth Kell (turn)'],
    },
    {
      name: 'an untagged line after narration in its own paragraph is the narrated person’s, a guess',
      text: 'Ruth Kell jumped up and stood by the door. “Nobody leaves this room.”',
      expected: ['Ruth Kell (guess)'],
    },
    {
      name: 'an untagged line opening its paragraph after a paragraph of narration is the narrated person’s',
      text: 'Anna Berg laughed.\n\n“You said that last winter too.”',
      expected: ['Anna Berg (guess)'],
    },
    {
      name: 'a long quote inside a sentence with no reporting verb is the words of whom the sentence is about, a guess',
      text: 'Paul Dorn has gone after the council as a “pack of clerks who never crossed the water” for months.',
      expected: ['Paul Dorn (guess)'],
    },
    {
      name: 'a short quote inside such a sentence stays a scare quote',
      text: 'Paul Dorn has gone after the council as “clerks” for months.',
      expected: [null],
    },
    {
      name: 'narration that opens with no person gives no speaker',
      text: 'Stop the ferries at noon.\n\n“You said that last winter too.”',
      expected: [null],
    },
    {
      name: '“she” after a surname that a family shares: the title at the mention tells who, and names her',
      text: 'Mr. Gradgrind came in with his wife. Mrs. Gradgrind sat down.\n\n“It is cold,” she said.\n\nMr. Gradgrind laughed.\n\n“Not so cold,” he said.',
      expected: ['Mrs. Gradgrind (pronoun)', 'Mr. Gradgrind (pronoun)'],
    },
    {
      name: 'a title keeps Mr. and Mrs. apart when only the surname is known',
      text: '“Facts,” said Mr. Gradgrind.\n\n“Nonsense,” said Mrs. Gradgrind.',
      expected: ['Mr. Gradgrind (explicit)', 'Mrs. Gradgrind (explicit)'],
    },
    {
      name: 'a vocative names whom a line is said to, not its speaker',
      text: '“Is the road open?” asked Paul Dorn.\n\n“No,” said Anna Berg.\n\nAnna Berg folded the map.\n\n“Are you sure, Anna?”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (explicit)', 'Paul Dorn (turn)'],
    },
    {
      name: 'the one a line addresses by name answers the next untagged line',
      text: 'Paul Dorn, Anna Berg and Kim Lark sat at the table.\n\n“Is the road open, Anna?” asked Paul Dorn.\n\n“Not since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (turn)'],
    },
    {
      name: 'narration naming nobody between a line and its answer keeps the one addressed as the one who answers',
      text: 'Paul Dorn, Anna Berg and Kim Lark sat at the table.\n\n“Is the road open, Anna?” asked Paul Dorn.\n\nThe rain beat on the windows.\n\n“Not since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Anna Berg (turn)'],
    },
    {
      name: 'narration that names someone between a line and its answer leaves the one addressed aside',
      text: 'Paul Dorn, Anna Berg and Kim Lark sat at the table.\n\n“Is the road open, Anna?” asked Paul Dorn.\n\nKim Lark stood up.\n\n“Not since the storm.”',
      expected: ['Paul Dorn (explicit)', 'Kim Lark (guess)'],
    },
    {
      name: '“they” after an organization is the organization',
      text: 'The Harbor Council rejected the offer on Monday. “The terms leave the riders stranded,” they said.',
      expected: ['Harbor Council (pronoun)'],
    },
    {
      name: '“we” and “it” after an organization are the organization',
      text: 'The Harbor Council met on Monday. “We will not sign,” we said. The Harbor Council voted later. “The vote is final,” it said.',
      expected: ['Harbor Council (pronoun)', 'Harbor Council (pronoun)'],
    },
    {
      name: '“they” after a person named since the organization stays as written',
      text: 'The Harbor Council met Paul Dorn on Monday. “The terms leave the riders stranded,” they said.',
      expected: ['they (pronoun)'],
    },
    {
      name: '“they” does not reach an organization named two sentences back',
      text: 'The Harbor Council met on Monday. The talks ran late. Nobody left. “The terms leave the riders stranded,” they said.',
      expected: ['they (pronoun)'],
    },
    {
      name: 'nested reporting: the outer speaker, not a name inside the quote',
      text: 'Ruth Kell remembered the debate. “I said: ‘Oh, no, not Anna Berg again,’” she said.',
      expected: ['Ruth Kell (pronoun)', null],
    },
    {
      name: 'a name addressed in a tagged quote is not its speaker',
      text: 'Paul Dorn came in from the yard.\n\n“Anna, the road is closed,” he said.',
      expected: ['Paul Dorn (pronoun)'],
    },
    {
      name: 'an interview’s questions and answers alternate',
      text: '“Why now?” Kim Lark asked.\n\n“Because the money ran out,” Paul Dorn said.\n\n“Whose money?”\n\n“Ours, mostly, and the bank’s.”',
      expected: ['Kim Lark (explicit)', 'Paul Dorn (explicit)', 'Kim Lark (turn)', 'Paul Dorn (turn)'],
    },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(speakersOf(text), expected));

  it('is surer of a name at the verb than of a pronoun, and of a pronoun than of a turn', () => {
    const text = '“Is the road open?” asked Paul Dorn.\n\n“No,” she said.\n\n“Since when?”';
    const confidence = (how: SpeakerBasis) => quotesOf(`Anna Berg came in.\n\n${text}`, CAST).find((q) => q.speaker?.how === how)?.speaker?.confidence ?? NaN;
    assert.ok(confidence('explicit') > confidence('pronoun') && confidence('pronoun') > confidence('turn'), 'explicit > pronoun > turn');
  });

  it('a pronoun that finds nobody keeps its words, with little confidence', () => {
    const [quote] = quotesOf('“The road is closed,” they said.', CAST);
    assert.strictEqual(quote.speaker?.name, 'they');
    assert.ok(quote.speaker && quote.speaker.confidence < 0.5);
  });
});

describe('speakers: interview transcripts', () => {
  const INTRO = 'Anna Berg spoke with our reporter, Kim Lark, about the harbour. Anna Berg has led the port for a decade.\n\n';
  const cases: { name: string; text: string; expected: (string | null)[] }[] = [
    {
      name: 'Q is the journalist the introduction names, A the one interviewed',
      text: `${INTRO}Q: Why did the ferries stop?\n\nA: The money ran out.\n\nQ: Whose money?\n\nA: Ours, mostly.`,
      expected: ['Kim Lark (turn)', 'Anna Berg (turn)', 'Kim Lark (turn)', 'Anna Berg (turn)'],
    },
    {
      name: 'with no journalist named, the questions have no speaker',
      text: 'Anna Berg has led the port for a decade.\n\nQ: Why did the ferries stop?\n\nA: The money ran out.',
      expected: [null, 'Anna Berg (turn)'],
    },
    {
      name: 'a surname in capitals is the person the document names',
      text: 'Paul Dorn took questions after the vote.\n\nDORN: We will build the wall by spring.',
      expected: ['Paul Dorn (explicit)'],
    },
    {
      name: 'names a document does not mention otherwise speak when they take turns',
      text: 'A partial transcript follows.\n\nJOHN HALE: Is the port open?\n\nMARY VOSS: Not since the storm.',
      expected: ['JOHN HALE (explicit)', 'MARY VOSS (explicit)'],
    },
    {
      name: 'a role labels a turn',
      text: 'Paul Dorn took questions after the vote.\n\nDORN: We will build the wall by spring.\n\nREPORTER: Which spring?',
      expected: ['Paul Dorn (explicit)', 'REPORTER (title)'],
    },
    {
      name: 'capitalised names, as magazines print them, take turns',
      text: 'Kim Lark spoke with Anna Berg.\n\nLark: Why did the ferries stop?\n\nBerg: The money ran out.\n\nLark: Whose money?',
      expected: ['Kim Lark (explicit)', 'Anna Berg (explicit)', 'Kim Lark (explicit)'],
    },
    {
      name: 'a capitalised label the text writes elsewhere takes turns, though no name was recognised in it',
      text: 'In an interview with The Harbor Times, Anna Berg talked about the port.\n\nThe Harbor Times: Why did the ferries stop?\n\nBerg: The money ran out.',
      expected: ['The Harbor Times (explicit)', 'Anna Berg (explicit)'],
    },
    {
      name: 'labels in Markdown’s bold take turns',
      text: 'Kim Lark spoke with Anna Berg.\n\n**Lark:** Why did the ferries stop?\n\n**Berg:** The money ran out.',
      expected: ['Kim Lark (explicit)', 'Anna Berg (explicit)'],
    },
    {
      name: 'a capitalised role takes turns',
      text: 'Anna Berg spoke with us.\n\nInterviewer: Why did the ferries stop?\n\nBerg: The money ran out.',
      expected: ['Interviewer (title)', 'Anna Berg (explicit)'],
    },
    {
      name: 'a lone capitalised label is a note, even with a name the document gives',
      text: 'Anna Berg spoke on Monday.\n\nBerg: The money ran out.',
      expected: [],
    },
    {
      name: 'capitalised labels that name nobody are no turns',
      text: 'The plan has merits.\n\nPros: It is cheap.\n\nCons: It is slow.',
      expected: [],
    },
    {
      name: 'a lone name in capitals the document names nowhere else is a note, not a turn',
      text: 'The port reopened on Monday.\n\nJOHN HALE: Is the port open?',
      expected: [],
    },
    {
      name: 'a name in capitals answered by a role speaks; the role answers it',
      text: 'The port reopened on Monday.\n\nJOHN HALE: Is the port open?\n\nREPORTER: Since when?',
      expected: ['JOHN HALE (explicit)', 'REPORTER (title)'],
    },
    {
      name: 'a role answered by a name in capitals: the name speaks',
      text: 'The port reopened on Monday.\n\nREPORTER: Is the port open?\n\nJOHN HALE: Since the storm.',
      expected: ['REPORTER (title)', 'JOHN HALE (explicit)'],
    },
    {
      name: 'two names in capitals six line breaks apart take turns',
      text: 'The port reopened on Monday.\n\nJOHN HALE: Is the port open?\n\n\n\n\n\nMARY VOSS: Not since the storm.',
      expected: ['JOHN HALE (explicit)', 'MARY VOSS (explicit)'],
    },
    {
      name: 'two names in capitals seven line breaks apart are notes',
      text: 'The port reopened on Monday.\n\nJOHN HALE: Is the port open?\n\n\n\n\n\n\nMARY VOSS: Not since the storm.',
      expected: [],
    },
    {
      name: 'a name used only as a label is no name the document gives',
      text: 'DORN: The wall will wait.\n\nThe vote was on Monday.\n\nDORN: It will.',
      expected: [],
    },
    {
      name: 'a note in capitals is not a turn, and its quotes are the writer’s',
      text: 'Paul Dorn took questions after the vote.\n\nUPDATE: Dorn later said, “The wall will wait.”',
      expected: ['Paul Dorn (explicit)'],
    },
    {
      name: 'a note’s quotes are the writer’s, and so are those after it',
      text: 'Paul Dorn took questions after the vote.\n\nUPDATE: Dorn later said, “The wall will wait.” “Not long,” he added.\n\n“It will,” said Anna Berg.',
      expected: ['Paul Dorn (explicit)', 'Paul Dorn (pronoun)', 'Anna Berg (explicit)'],
    },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(speakersOf(text), expected));

  it('a label is not a person a later “he” can mean', () => {
    const labelled: Known = { ...CAST, 'Paul Dorn': { kind: 'person', forms: ['Paul Dorn', 'DORN'] }, 'John Hale': { kind: 'person', forms: ['JOHN HALE'] } };
    const text = 'Paul Dorn took questions.\n\nDORN: It opens in May.\n\nJOHN HALE: And the harbour?\n\n“It will not,” he said.';
    assert.deepStrictEqual(quotesOf(text, labelled).map((q) => q.speaker?.name), ['Paul Dorn', 'John Hale', 'Paul Dorn']);
  });

  it('a short question no one is named to ask is still a turn, not a scare quote', () => {
    const quotes = quotesOf('Anna Berg has led the port for a decade.\n\nQ: Are you optimistic?\n\nA: Cautiously.', { ...CAST });
    assert.deepStrictEqual(quotes.map((q) => [q.text, q.kind]), [['Are you optimistic?', 'direct'], ['Cautiously.', 'direct']]);
  });

  it('quotes a turn’s words without its label, and tells an inferred party by its confidence', () => {
    const quotes = quotesOf(`${INTRO}Q: Why did the ferries stop?\n\nDORN: The money ran out.`, { ...CAST });
    assert.deepStrictEqual(quotes.map((q) => q.text), ['Why did the ferries stop?', 'The money ran out.']);
    assert.ok((quotes[0].speaker?.confidence ?? 1) < (quotes[1].speaker?.confidence ?? 0), 'a named label is surer than an inferred interviewer');
  });
});

describe('speakers: a nickname', () => {
  it('between a first name and a surname is nobody’s words', () => {
    const known: Known = { ...PEOPLE, Margaret: { kind: 'person', forms: ['Margaret'] }, Peggy: { kind: 'person', forms: ['Peggy'] }, 'Patrick Hale': { kind: 'person', forms: ['Hale'] } };
    const quotes = quotesOf('“We are asking for help,” Lopez said.\n\nMargaret “Peggy” Hale, 91, died on Sunday.', known);
    assert.deepStrictEqual(quotes.map((q) => [q.kind, q.speaker?.name ?? null]), [['direct', 'Maria Lopez'], ['scare', null]]);
  });
});

describe('speakers: a surname or a title and surname is the person the full name names', () => {
  // Over the whole pipeline: the recogniser's entities join the shorter mentions to the full name.
  const speakersIn = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);
  it('the full name after the surname', () => {
    const text = 'Ms. Kovner said the plan would fail. “We will not sign it,” Kovner said.\n\n“It is a fine plan,” Mr. Hyers said.\n\nSarah Kovner’s board voted at noon, and Bill Hyers conceded an hour later.';
    assert.deepStrictEqual(speakersIn(text), ['Sarah Kovner', 'Bill Hyers']);
  });
  it('the full name before the surname', () => {
    const text = 'Sarah Kovner, who chairs the board, called the plan a mistake. “We will not sign it,” Ms. Kovner said.\n\n“Nobody asked us,” Kovner added. Bill Hyers did not reply. “It is a fine plan,” Hyers said later.';
    assert.deepStrictEqual(speakersIn(text), ['Sarah Kovner', 'Sarah Kovner', 'Bill Hyers']);
  });
});

describe('speakers: a name the recogniser missed', () => {
  const cast: Known = { ...CAST, 'Donald Trump': { kind: 'person', forms: ['Donald Trump', 'Trump'] } };
  const later = '\n\n“We are late,” he said.';
  // A first name that tells no gender ("Harbor", "Sky") leaves the name free to be “she”.
  const laterShe = '\n\n“We are late,” she said.';
  const cases: { name: string; text: string; expected: (string | null)[] }[] = [
    { name: 'a new name at the verb is remembered: “he” then means that person', text: `Paul Dorn came in.\n\n“The road is closed,” said Tom Vane.${later}`, expected: ['Tom Vane (explicit)', 'Tom Vane (pronoun)'] },
    { name: 'a name of four words is remembered', text: `“The road is closed,” said Tom Vane Lee Smith.${later}`, expected: ['Tom Vane Lee Smith (explicit)', 'Tom Vane Lee Smith (pronoun)'] },
    { name: 'a name of five words is not taken for a person', text: `“The road is closed,” said Tom Vane Lee Roy Smith.${later}`, expected: ['Tom Vane Lee Roy Smith (explicit)', 'he (pronoun)'] },
    { name: 'a name ending in an organisation’s word is not a person', text: `Anna Berg came in.\n\n“The road is closed,” said Harbor Press.${laterShe}`, expected: ['Harbor Press (explicit)', 'Anna Berg (pronoun)'] },
    { name: 'a name in capitals that names no one known is not a person', text: `Anna Berg came in.\n\n“The road is closed,” said ACME.${laterShe}`, expected: ['ACME (explicit)', 'Anna Berg (pronoun)'] },
    { name: 'a new name of unknown gender can be “she”', text: `Anna Berg came in.\n\n“The road is closed,” said Sky Vane.${laterShe}`, expected: ['Sky Vane (explicit)', 'Sky Vane (pronoun)'] },
    { name: 'a known surname in capitals is that person', text: 'Donald Trump spoke first.\n\n“The road is closed,” said TRUMP.', expected: ['Donald Trump (explicit)'] },
    { name: 'a known surname in capitals after a title in capitals', text: 'Donald Trump spoke first.\n\n“The road is closed,” said MR. TRUMP.', expected: ['Donald Trump (explicit)'] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepStrictEqual(quotesOf(text, cast).map((q) => (q.speaker ? `${q.speaker.name} (${q.speaker.how})` : null)), expected));
  }
});

describe('speakers: a name addressed at the end of a line is not its speaker', () => {
  const cases: { name: string; text: string; expected: (string | null)[] }[] = [
    { name: 'after a comma, before the full stop', text: 'Paul Dorn met Anna Berg.\n\n“The road is closed, Paul.”', expected: [null] },
    { name: 'after a comma, before an exclamation mark', text: 'Paul Dorn met Anna Berg.\n\n“The road is closed, Paul!”', expected: [null] },
    { name: 'after a semicolon, as the subject of a clause: a guess', text: 'Paul Dorn met Anna Berg.\n\n“The road is closed; Paul knows.”', expected: ['Paul Dorn (guess)'] },
    { name: 'a full name opening the line as its subject: a guess', text: 'Paul Dorn met Anna Berg.\n\n“Paul Dorn is late.”', expected: ['Paul Dorn (guess)'] },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(speakersOf(text), expected));
});

describe('gender', () => {
  const titles: [string, string | null][] = [['Mr. ', 'male'], ['Mrs ', 'female'], ['Sir ', 'male'], ['Lady ', 'female'], ['Ms. ', 'female'], ['the ', null]];
  for (const [before, gender] of titles) it(`a title “${before.trim()}” → ${gender}`, () => assert.strictEqual(genderFromTitle(`met ${before}`), gender));
  const names: [string, string | null][] = [['Margaret Lowell', 'female'], ['Daniel', 'male'], ['Putin', null], ['J. Smith', null]];
  for (const [name, gender] of names) it(`the first name of “${name}” → ${gender}`, () => assert.strictEqual(genderFromFirstName(name), gender));
});

describe('made-up gold: every speaker right', () => {
  const fixtures = path.resolve(__dirname, '../../../test/fixtures');
  for (const gold of ['interview-harbor-mayor.speakers.json', 'feature-lighthouse.speakers.json', 'transcript-port-hearing.speakers.json']) {
    it(gold, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(fixtures, gold), 'utf8')) as { file: string; quotes: { start: number; end: number; speaker: string }[] };
      const text = fs.readFileSync(path.join(fixtures, expected.file), 'utf8');
      const found = analyze(text).quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.name ?? null }));
      assert.deepStrictEqual(found, expected.quotes.map(({ start, end, speaker }) => ({ start, end, speaker })));
    });
  }
});

describe('speakers: a title and a surname that one entity holds for the whole family', () => {
  const family: Known = {
    Crane: { kind: 'person', forms: ['Crane'] },
    'Henry Crane': { kind: 'person', forms: ['Henry Crane'] },
    'Mary Crane': { kind: 'person', forms: ['Mary Crane'] },
  };
  const cases: { name: string; text: string; expected: string }[] = [
    { name: '“Mr.” is the only man of the family', text: 'Henry Crane and Mary Crane came.\n\n“I like it,” said Mr. Crane.', expected: 'Henry Crane' },
    { name: '“Miss” is the only woman of the family', text: 'Henry Crane and Mary Crane came.\n\n“I like it,” said Miss Crane.', expected: 'Mary Crane' },
    { name: '“Mrs.” is a wife, known by the surname', text: 'Henry Crane and Mary Crane came.\n\n“I like it,” said Mrs. Crane.', expected: 'Mrs. Crane' },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.strictEqual(quotesOf(text, family)[0].speaker?.name, expected));
});

describe('speakers: the noun phrase at the reporting verb', () => {
  // [text, the speaker's name as the quote carries it]
  const table: [string, string][] = [
    ['“We are grateful,” the family said.', 'the family'],
    ['The family said: “We are grateful.”', 'The family'],
    ['A neighbour told reporters: “They were quiet.”', 'A neighbour'],
    ['“He is innocent,” Tomas Hale’s lawyer said.', 'Tomas Hale’s lawyer'],
    ['“The road is closed,” said the mayor of Lake Town.', 'the mayor of Lake Town'],
    ['Tomas Hale met the mayor, who said, “Nothing will change.”', 'the mayor'],
    ['They all said: “No.”', 'They'],
    ['Officials who said they knew him said: “He was kind.”', 'Officials'],
    ['“I am tired,” said a tired old man walking home.', 'a tired old man'],
    ['The mother of three replied, “It is hard.”', 'The mother of three'],
    ['“The report is late,” the newly elected mayor said.', 'the newly elected mayor'],
  ];
  for (const [text, expected] of table) {
    it(`${text} → ${expected}`, () => assert.strictEqual(analyze(text).quotes[0]?.speaker?.name, expected));
  }
});

describe('speakers: a headline that opens with a name and a colon', () => {
  // [text, the headline quote's speaker, or null]
  const table: [string, string | null][] = [
    ['Okafor: Council needs to ‘stop fighting over the harbour’ soon.\n\nMarta Okafor spoke on Friday.', 'Marta Okafor'],
    ['Poll: Voters ‘worried about the harbour plan’ in May.\n\nMarta Okafor spoke on Friday.', null],
    // A paragraph longer than a headline is a story's text, whose colon may introduce anything.
    ['Okafor: Council needs to ‘stop fighting over the harbour’ soon, and then the council will meet again next week to vote on the whole plan once more, after which the members will go home and the mayor will sign it.\n\nMarta Okafor spoke.', null],
  ];
  for (const [text, expected] of table) {
    it(`${text.split('\n')[0]} → ${expected}`, () => assert.strictEqual(analyze(text).quotes[0]?.speaker?.name ?? null, expected));
  }
});
