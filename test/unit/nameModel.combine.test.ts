import * as assert from 'assert';
import type { EntityKind } from '../../src/core/model/model';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { combineWithRules } from '../../src/core/pipeline/entities/nameModel/combine';
import { LABEL_COUNT, OUTSIDE, beginOf, labelsOf, type LabelledSpan } from '../../src/core/pipeline/entities/nameModel/labels';
import type { ModelName } from '../../src/core/pipeline/entities/nameModel/model';
import type { Token } from '../../src/core/pipeline/entities/tokens';

// How the model's names and the rules' are combined, over readings given by hand. A model name is
// written "kind confidence[/kind confidence] words": its words' labels have that probability, the
// rest is no name. A rules' name is "kind words", its words surely no name to the model, or
// "kind words ~p" (~p,q,… word by word) with the model's probability p that they are no name,
// which overrides a model name's on the same words.
// What is kept is "kind confidence kind-confidence words".

/** The token indices of the first place `words` are written in the paragraph. */
function wordsAt(paragraph: string, tokens: readonly Token[], words: string): { first: number; last: number } {
  const start = paragraph.indexOf(words);
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.end === start + words.length || t.end + t.post.trimEnd().length === start + words.length);
  assert.ok(start >= 0 && first >= 0 && last >= first, `"${words}" is not whole words of "${paragraph}"`);
  return { first, last };
}

function combined(paragraph: string, model: string[], rules: string[]): string[] {
  const { tokens } = readByRules(parseParagraph(paragraph), paragraph);
  const probabilities = new Float64Array(tokens.length * LABEL_COUNT);
  for (let i = 0; i < tokens.length; i++) probabilities[i * LABEL_COUNT + OUTSIDE] = 1;
  const label = (i: number, first: number, kind: EntityKind, p: number): void => {
    probabilities.fill(0, i * LABEL_COUNT, (i + 1) * LABEL_COUNT);
    probabilities[i * LABEL_COUNT + OUTSIDE] = 1 - p;
    probabilities[i * LABEL_COUNT + beginOf(kind) + (i === first ? 0 : 1)] = p;
  };
  const names: ModelName[] = model.map((name) => {
    const [, kind, confidence, kindConfidence, words] = /^(\w+) ([\d.]+)(?:\/([\d.]+))? (.+)$/.exec(name) as RegExpExecArray;
    const { first, last } = wordsAt(paragraph, tokens, words);
    for (let i = first; i <= last; i++) label(i, first, kind as EntityKind, Number(confidence));
    return { first, last, kind: kind as EntityKind, confidence: Number(confidence), kindConfidence: Number(kindConfidence ?? 1) };
  });
  const ruleNames: LabelledSpan[] = rules.map((rule) => {
    const [, kind, words, outside] = /^(\w+) (.+?)(?: ~([\d.,]+))?$/.exec(rule) as RegExpExecArray;
    const { first, last } = wordsAt(paragraph, tokens, words);
    if (outside) {
      const each = outside.split(',').map(Number);
      for (let i = first; i <= last; i++) label(i, first, kind as EntityKind, 1 - (each[i - first] ?? each[0]));
    }
    return { first, last, kind: kind as EntityKind };
  });
  const kept = combineWithRules({ names, probabilities }, labelsOf(ruleNames, tokens.length), tokens);
  return kept.map((n) => `${n.kind} ${n.confidence} ${n.kindConfidence} ${paragraph.slice(tokens[n.first].start, tokens[n.last].end)}`);
}

type Row = [string, string, string[], string[], string[]];

const run = (rows: Row[]): void => {
  for (const [name, paragraph, model, rules, expected] of rows) it(name, () => assert.deepStrictEqual(combined(paragraph, model, rules), expected));
};

describe('name model with the rules: how sure the model must be', () => {
  run([
    ['a name the model is sure of at 0.4 stands', 'Troops moved to Zorvansk that day.', ['place 0.4 Zorvansk'], [], ['place 0.4 1 Zorvansk']],
    ['below 0.4, the rules’ reading of its words', 'Troops moved to Zorvansk that day.', ['person 0.3 Zorvansk'], ['place Zorvansk'], ['place 0.5 0 Zorvansk']],
    ['below 0.4 with no rules’ reading, no name', 'Troops moved to Zorvansk that day.', ['person 0.3 Zorvansk'], [], []],
    ['the rules agree only on the same words and kind', 'Troops moved to Zorvansk Oblast that day.', ['place 0.45 Zorvansk'], ['place Zorvansk Oblast'], ['place 0.45 1 Zorvansk']],
    ['nor on words that only end the same', 'Troops moved to Zorvansk Oblast that day.', ['place 0.45 Oblast'], ['place Zorvansk Oblast'], ['place 0.45 1 Oblast']],
  ]);
});

describe('name model with the rules: a rules’ name the model passed over', () => {
  run([
    ['stands unless the model is surely no name', 'Troops met Anna Zorva that day.', [], ['person Anna Zorva ~0.4'], ['person 0.6 1 Anna Zorva']],
    ['an even chance of no name is sure enough', 'Troops met Anna Zorva that day.', [], ['person Anna Zorva ~0.5'], []],
    ['one word of it the model doubts is enough', 'Troops met Anna Zorva that day.', [], ['person Anna Zorva ~1,0.3'], ['person 0.5 0.667 Anna Zorva']],
    ['a place the gazetteer knows, in mid-sentence', 'The troops seized Crimea that day.', [], ['place Crimea ~0.7'], ['place 0.5 1 Crimea']],
    ['not at a sentence’s start', 'Crimea fell that day.', [], ['place Crimea ~0.7'], []],
    ['not as an organization', 'The troops seized Crimea that day.', [], ['organization Crimea ~0.7'], []],
    ['an organization compromise’s lexicon knows, in mid-sentence', 'People wonder if Google can survive.', [], ['organization Google ~0.7'], ['organization 0.5 1 Google']],
    ['not as a place', 'People wonder if Google can survive.', [], ['place Google ~0.7'], []],
    ['not a programme the lexicon lists as a body', 'People wonder if Medicare can survive.', [], ['organization Medicare ~0.7'], []],
    ['an author cited with “et al.”', 'We revisit the findings of Smith et al. (2019) here.', [], ['person Smith ~0.9'], ['person 0.5 1 Smith']],
    ['not a surname without it', 'We revisit the findings of Smith in 2019 here.', [], ['person Smith ~0.9'], []],
    ['an acronym in mid-sentence', 'It was quoted by RT that day.', [], ['organization RT ~0.7'], ['organization 0.5 1 RT']],
  ]);
});

describe('name model with the rules: names with a middle initial', () => {
  run([
    ['the rules’ whole name stands for the model’s pieces, as sure as the surest', 'He saw Franklin D. Roosevelt there.', ['person 0.9/0.6 Franklin', 'organization 0.7/0.8 D. Roosevelt'], ['person Franklin D. Roosevelt'], ['person 0.9 0.6 Franklin D. Roosevelt']],
    ['not with no piece of the model’s', 'He saw Franklin D. Roosevelt there.', [], ['person Franklin D. Roosevelt'], []],
    ['not an organization’s name', 'They flew to John F. Kennedy Airport today.', ['person 0.9 John F. Kennedy', 'place 0.8 Airport'], ['organization John F. Kennedy Airport'], ['person 0.9 1 John F. Kennedy', 'place 0.8 1 Airport']],
    ['an initial at the end is no middle initial', 'Harry S. left early.', ['person 0.9 Harry'], ['person Harry S.'], ['person 0.9 1 Harry']],
    ['a middle name is no initial', 'He saw Franklin Delano Roosevelt there.', ['person 0.9 Franklin', 'person 0.8 Roosevelt'], ['person Franklin Delano Roosevelt'], ['person 0.9 1 Franklin', 'person 0.8 1 Roosevelt']],
    ['nor an abbreviated one', 'He saw John Wm. Smith there.', ['person 0.9 John', 'person 0.8 Smith'], ['person John Wm. Smith'], ['person 0.9 1 John', 'person 0.8 1 Smith']],
  ]);
});

describe('name model with the rules: a possessive before a person’s whole name, or a place’s before a name', () => {
  run([
    ['the owner takes the rules’ kind', 'Ask NFL Network’s Rich Eisen today.', ['person 0.9 NFL Network’s Rich Eisen'], ['organization NFL Network’s'], ['organization 0.9 0 NFL Network’s', 'person 0.9 1 Rich Eisen']],
    ['or the kind the model finds likeliest', 'Ask NFL Network’s Rich Eisen today.', ['place 0.9/0.7 NFL Network’s Rich Eisen'], [], ['place 0.9 1 NFL Network’s', 'person 0.9 0 Rich Eisen']],
    ['not before the name’s last word alone', 'Ask NFL Network’s Rich Eisen today.', ['person 0.9 NFL Network’s Rich'], [], ['person 0.9 1 NFL Network’s Rich']],
    ['after a possessive, the kind the rules read there though the name opens with a given name', 'Then Oxford’s Jenner Institute spoke.', ['organization 0.9 Oxford’s Jenner Institute'], ['place Oxford’s', 'organization Jenner Institute'], ['place 0.9 0 Oxford’s', 'organization 0.9 1 Jenner Institute']],
    ['a place’s possessive before the name the rules read after it', 'Then Beijing’s Ministry of Commerce spoke.', ['organization 0.9 Beijing’s Ministry of Commerce'], ['place Beijing’s', 'organization Ministry of Commerce'], ['place 0.9 0 Beijing’s', 'organization 0.9 1 Ministry of Commerce']],
    ['not without the rules’ name after it', 'Then Beijing’s Ministry of Commerce spoke.', ['organization 0.9 Beijing’s Ministry of Commerce'], ['place Beijing’s'], ['organization 0.9 1 Beijing’s Ministry of Commerce']],
    ['not after a possessive that is no place', 'They sailed to Acme’s Grand Hotel.', ['organization 0.9 Acme’s Grand Hotel'], ['organization Grand Hotel'], ['organization 0.9 1 Acme’s Grand Hotel']],
  ]);
});

describe('name model with the rules: a town and a person with no comma between', () => {
  run([
    ['after a preposition of place, two names', 'In Kiev Pierre found friends.', ['person 0.9 Kiev Pierre'], [], ['place 0.9 0 Kiev', 'person 0.9 1 Pierre']],
    ['…and a first name after a town the model read as one place', 'In Kiev Pierre found friends.', ['place 0.9 Kiev Pierre'], [], ['place 0.9 1 Kiev', 'person 0.9 0 Pierre']],
    ['not without the preposition', 'She met Paris Hilton there.', ['person 0.9 Paris Hilton'], [], ['person 0.9 1 Paris Hilton']],
    ['not a town’s own abbreviated name', 'They met in St. Louis today.', ['place 0.9 St. Louis'], [], ['place 0.9 1 St. Louis']],
    ['…written without its full stop', 'They met in St Louis today.', ['place 0.9 St Louis'], [], ['place 0.9 1 St Louis']],
  ]);
});

describe('name model with the rules: a person or a place the model doubts the kind of', () => {
  run([
    ['the rules’ person, opening with a first name, stands', 'Then Naomi Osaka came back.', ['organization 0.6/0.67 Naomi Osaka'], ['person Naomi Osaka'], ['person 0.6 0 Naomi Osaka']],
    ['…or with a person’s role set off after it', 'Kemi Badenoch, the Conservative leader, spoke.', ['place 0.7/0.69 Kemi Badenoch'], ['person Kemi Badenoch'], ['person 0.7 0 Kemi Badenoch']],
    ['…not a role that does not end the description', 'Kemi Badenoch, the leader board, spoke.', ['place 0.7/0.69 Kemi Badenoch'], ['person Kemi Badenoch'], ['place 0.7 0.69 Kemi Badenoch']],
    ['not where the model is sure of the kind', 'Then Naomi Osaka came back.', ['organization 0.6/0.9 Naomi Osaka'], ['person Naomi Osaka'], ['organization 0.6 0.9 Naomi Osaka']],
    ['a town the rules read, after "in", is the place', 'He died at his home in Lyon.', ['organization 0.7/0.72 Lyon'], ['place Lyon'], ['place 0.7 0 Lyon']],
    ['not after "to": a club', 'He was transferred to Milan last year.', ['organization 0.7/0.72 Milan'], ['place Milan'], ['organization 0.7 0.72 Milan']],
    ['not after "the"', 'At the Kara Tepe refugee camp it rained.', ['place 0.6/0.7 Kara Tepe'], ['person Kara Tepe'], ['place 0.6 0.7 Kara Tepe']],
    ['not a name with an institution’s head word', 'Then James Martin Committee spoke.', ['place 0.6/0.6 James Martin Committee'], ['person James Martin Committee'], ['place 0.6 0.6 James Martin Committee']],
  ]);
});

describe('name model with the rules: a first name and a place’s head word after a person’s role', () => {
  run([
    ['set off by a comma, a person', 'His spokesperson, Ellen Park, said no.', ['place 0.6 Ellen Park'], [], ['person 0.6 0 Ellen Park']],
    ['a founder after the company’s name, a person', 'Tesla founder Elon Musk said prices would fall.', ['organization 0.9 Elon Musk'], [], ['person 0.9 0 Elon Musk']],
    ['not a body after a role', 'Some activist Chicago Teachers Union members left.', ['organization 0.9 Chicago Teachers Union'], [], ['organization 0.9 1 Chicago Teachers Union']],
    ['right after the role, a person', 'Then spokeswoman Ellen Park said no.', ['place 0.6 Ellen Park'], [], ['person 0.6 0 Ellen Park']],
    ['not without the role', 'They walked in Victoria Park today.', ['place 0.9 Victoria Park'], [], ['place 0.9 1 Victoria Park']],
  ]);
});

describe('name model with the rules: an employer after a job and "at"', () => {
  run([
    ['a place the model read is an organization', 'Ask an analyst at Bernstein today.', ['place 0.8 Bernstein'], [], ['organization 0.8 0 Bernstein']],
    ['so is a person', 'Ask a fellow at Ada Rios today.', ['person 0.8 Ada Rios'], [], ['organization 0.8 0 Ada Rios']],
    ['not a place the gazetteer knows', 'Ask a lecturer at Oxford today.', ['place 0.8 Oxford'], [], ['place 0.8 1 Oxford']],
    ['not without the job', 'Ask them at Bernstein today.', ['place 0.8 Bernstein'], [], ['place 0.8 1 Bernstein']],
  ]);
});

describe('name model with the rules: a seat of government after its holder', () => {
  run([
    ['a person and the seat, from the rules’ one place', 'The Obama White House declined.', [], ['place Obama White House ~0.3'], ['person 0.7 0 Obama', 'organization 0.7 1 White House']],
    ['a party names no one; the seat the model cut short is whole', 'A Democratic White House contender spoke.', ['person 0.6 A Democratic White'], [], ['organization 0.6 1 White House']],
    ['a place before the seat', 'He works at the Moscow Kremlin.', ['place 0.9 Moscow Kremlin'], [], ['place 0.9 1 Moscow', 'organization 0.9 1 Kremlin']],
    ['a name that goes on past the seat stays whole', 'The White House Historical Association met.', ['organization 0.9 White House Historical Association'], [], ['organization 0.9 1 White House Historical Association']],
  ]);
});

describe('name model with the rules: a capitalised word that opens a place with the name', () => {
  run([
    ['joins the name the model began after it', 'Then a New Hampshire Democrat spoke.', ['place 0.8 Hampshire'], [], ['place 0.8 1 New Hampshire']],
    ['…or read as a name of its own', 'Then a New Hampshire Democrat spoke.', ['place 0.5 New', 'place 0.8 Hampshire'], [], ['place 0.8 1 New Hampshire']],
    ['…of another kind too', 'Then the New Hampshire Democratic Party met.', ['organization 0.9 Hampshire Democratic Party'], [], ['organization 0.9 1 New Hampshire Democratic Party']],
    ['not a word that opens no place with it', 'Then the Old Hampshire Democratic Party met.', ['organization 0.9 Hampshire Democratic Party'], [], ['organization 0.9 1 Hampshire Democratic Party']],
  ]);
});

describe('name model with the rules: a piece keeps the name’s sureness when nothing was cut', () => {
  run([
    ['a name not cut', 'Troops met Anna Zorva that day.', ['person 0.9/0.6 Anna Zorva'], [], ['person 0.9 0.6 Anna Zorva']],
    ['words apart by two spaces on a line in capitals are one name', 'BASEBALL - KANSAS  CITY WON', ['organization 0.9 KANSAS  CITY'], [], ['organization 0.9 1 KANSAS  CITY']],
    ['not across a dash', 'BASEBALL - KANSAS  CITY WON', ['organization 0.9 BASEBALL - KANSAS'], [], ['organization 0.9 1 BASEBALL']],
    ['not into a bracket', 'RESULTS: KANSAS (CITY) WON', ['organization 0.9 KANSAS (CITY'], [], ['organization 0.9 1 KANSAS']],
  ]);
});

describe('name model with the rules: words that open a sentence', () => {
  run([
    ['a conjunction is cut', 'Though Acme Bank fell, shares rose.', ['organization 0.9 Though Acme Bank'], ['organization Acme Bank ~0.2'], ['organization 0.8 1 Acme Bank']],
    ['unless the rules read it in the name', 'Though Acme Bank fell, shares rose.', ['organization 0.9 Though Acme Bank'], ['organization Though Acme Bank'], ['organization 0.9 1 Though Acme Bank']],
    ['an order is no name', 'Eliminate all other factors.', ['organization 0.6 Eliminate'], [], []],
    ['a noun stays', 'Union Bank fell.', ['organization 0.9 Union Bank'], [], ['organization 0.9 1 Union Bank']],
    ['a first name before a person’s name joins it', 'Jeb Bush spoke.', ['person 0.8 Bush'], [], ['person 0.8 1 Jeb Bush']],
    ['…not an ordinary word the name lists hold', 'Young Sanders voters cheered.', ['person 0.8 Sanders'], [], ['person 0.8 1 Sanders']],
    ['…not a modal', 'Will Trump sign it?', ['person 0.8 Trump'], [], ['person 0.8 1 Trump']],
    ['…not inside the sentence', 'Then Jeb Bush spoke.', ['person 0.8 Bush'], [], ['person 0.8 1 Bush']],
    ['…not before a place', 'Jeb Ohio voted.', ['place 0.8 Ohio'], [], ['place 0.8 1 Ohio']],
    ['the first half of a hyphenated first name joins the name', 'Then Jean-Luc Moreau spoke.', ['person 0.8 Luc Moreau'], [], ['person 0.8 1 Jean-Luc Moreau']],
    ['…not a word that is no first name', 'Then Anti-Donald Trump ads ran.', ['person 0.8 Donald Trump'], [], ['person 0.8 1 Donald Trump']],
    ['a first name spelt as a verb, before a surname and a comma, stays in the name', 'Hope Hicks, an aide, spoke.', ['person 0.9 Hope Hicks'], [], ['person 0.9 1 Hope Hicks']],
    ['…and joins the surname the model found alone, before a verb', 'Hope Hicks said no.', ['person 0.8 Hicks'], [], ['person 0.8 1 Hope Hicks']],
    ['…not an order, which a lower-case word follows', 'Hope Hicks never calls.', ['person 0.8 Hicks'], [], ['person 0.8 1 Hicks']],
    ['…not a verb that is no first name', 'Tell Natasha, she knows.', ['person 0.9 Tell Natasha'], ['person Natasha'], ['person 0.5 1 Natasha']],
  ]);
});

describe('name model with the rules: titles, kinship names and acronyms', () => {
  run([
    ['a title and a person of the rules’ inside a name of another kind: the person', 'They rode to Prince Bagration at dawn.', ['place 0.9 Prince Bagration'], ['person Bagration'], ['person 0.5 0 Bagration']],
    ['not when the model read a person', 'They rode to Prince Bagration at dawn.', ['person 0.9 Prince Bagration'], ['person Bagration'], ['person 0.9 1 Prince Bagration']],
    ['not when the rules read no person', 'They rode to Prince Bagration at dawn.', ['place 0.9 Prince Bagration'], ['place Bagration'], ['place 0.9 1 Prince Bagration']],
    ['not when the rules’ person takes in the title', 'They rode to Prince Bagration at dawn.', ['place 0.9 Prince Bagration'], ['person Prince Bagration'], ['place 0.9 1 Prince Bagration']],
    ['not when the rules’ person runs past the name', 'They rode to Prince Bagration Ivanov at dawn.', ['place 0.9 Prince Bagration'], ['person Bagration Ivanov'], ['place 0.9 1 Prince Bagration']],
    ['a surname spelt as a pronoun after a title, not an organization', 'Premier He Lifeng spoke.', ['person 0.9 Lifeng'], ['organization He Lifeng'], ['person 0.9 1 Lifeng']],
    ['a kinship name of another kind is a person', 'Then Papa came.', ['place 0.9/0.6 Papa'], [], ['person 0.9 1 Papa']],
    ['"Uncle" alone, as a novel’s family calls him, is a person', 'Then Uncle came.', ['organization 0.9/0.6 Uncle'], [], ['person 0.9 1 Uncle']],
    ['a kinship name read as a person keeps its kind confidence', 'Then Papa came.', ['person 0.9/0.6 Papa'], [], ['person 0.9 0.6 Papa']],
    ['a kinship word opening a longer name is no kinship name', 'Then Papa Johns came.', ['organization 0.9 Papa Johns'], [], ['organization 0.9 1 Papa Johns']],
    ['an ordinary acronym alone is no name', 'Then the CEO came.', ['organization 0.9 CEO'], [], []],
    ['but it may open a name', 'Then CEO Anna Zorva came.', ['person 0.9 CEO Anna Zorva'], [], ['person 0.9 1 CEO Anna Zorva']],
  ]);
});

describe('name model with the rules: words in an editor’s brackets', () => {
  run([
    ['a name just before the bracket joins, as sure as the less sure', 'He quoted [Russian leader Vladimir] Putin again.', ['person 0.8/0.7 Vladimir', 'person 0.9/0.6 Putin'], [], ['person 0.8 0.6 Vladimir] Putin']],
    ['a capitalised word before the bracket joins', 'He quoted [Russian leader Vladimir] Putin again.', ['person 0.9/0.6 Putin'], [], ['person 0.9 0.6 Vladimir] Putin']],
    ['a name further back does not', 'He quoted [Anna met Vladimir] Putin again.', ['person 0.8 Anna', 'person 0.9 Putin'], [], ['person 0.8 1 Anna', 'person 0.9 1 Vladimir] Putin']],
    ['a title does not', 'He quoted [the President] Putin again.', ['person 0.9 Putin'], [], ['person 0.9 1 Putin']],
    ['a demonym does not', 'He quoted [the Russian] Putin again.', ['person 0.9 Putin'], [], ['person 0.9 1 Putin']],
    ['a word in lower case does not', 'He quoted [the leader] Putin again.', ['person 0.9 Putin'], [], ['person 0.9 1 Putin']],
  ]);
});

describe('name model with the rules: words that are never a name’s', () => {
  run([
    ['a person’s name of one word in lower case', 'Then zorva came.', ['person 0.9 zorva'], [], []],
    ['a particle alone', 'They met von today.', ['person 0.9 von'], [], []],
    ['a reporting verb alone stays', 'Then Warns came.', ['person 0.9 Warns'], [], ['person 0.9 1 Warns']],
    ['a common word opening the sentence stays', 'Rose Zorva came.', ['person 0.9 Rose Zorva'], [], ['person 0.9 1 Rose Zorva']],
    ['a first name that starts as an interjection does', 'Then Ahmed Zorva and Otto Zorva came.', ['person 0.9 Ahmed Zorva', 'person 0.9 Otto Zorva'], [], ['person 0.9 1 Ahmed Zorva', 'person 0.9 1 Otto Zorva']],
    ['a heading word opening a name', 'They met at Chapter House today.', ['organization 0.9 Chapter House'], [], ['organization 0.9 1 Chapter House']],
    ['names that hold "her" or "his"', 'Then Esther and Herbert came.', ['person 0.9 Esther', 'person 0.9 Herbert'], [], ['person 0.9 1 Esther', 'person 0.9 1 Herbert']],
    ['a contraction anywhere in it', 'Then Acme Won’t came.', ['organization 0.9 Acme Won’t'], [], []],
    ['an ordinary word in lower case', 'They left the room today.', ['organization 0.9 room'], [], []],
  ]);
});

describe('name model with the rules: an organization across “and”', () => {
  run([
    ['unsure pieces after “of” join it', 'It was filed with the Department of Housing and Urban Development today.', ['organization 0.9 Department of Housing', 'organization 0.3 Urban Development'], ['organization Urban Development ~0.7'], ['organization 0.9 1 Department of Housing and Urban Development']],
    ['…over a list’s commas', 'The Bureau of Alcohol, Tobacco, Firearms and Explosives opened an inquiry.', ['organization 0.8 Bureau of Alcohol', 'organization 0.3 Tobacco', 'organization 0.3 Firearms', 'organization 0.3 Explosives'], ['organization Tobacco ~0.7', 'organization Firearms ~0.7', 'organization Explosives ~0.7'], ['organization 0.8 1 Bureau of Alcohol, Tobacco, Firearms and Explosives']],
    ['not a list without “and” at its end', 'The Bureau of Alcohol, Tobacco, Firearms opened an inquiry.', ['organization 0.8 Bureau of Alcohol', 'organization 0.3 Tobacco', 'organization 0.3 Firearms'], ['organization Tobacco ~0.7', 'organization Firearms ~0.7'], ['organization 0.8 1 Bureau of Alcohol', 'organization 0.5 1 Tobacco', 'organization 0.5 1 Firearms']],
    ['not after a place', 'The University of Michigan and Ohio Zorvan met.', ['organization 0.9 University of Michigan', 'organization 0.3 Ohio Zorvan'], ['organization Ohio Zorvan ~0.7'], ['organization 0.9 1 University of Michigan', 'organization 0.5 1 Ohio Zorvan']],
    ['not a name the model is sure of', 'The Department of Justice and Acme Bank agreed.', ['organization 0.9 Department of Justice', 'organization 0.9 Acme Bank'], [], ['organization 0.9 1 Department of Justice', 'organization 0.9 1 Acme Bank']],
    ['words before “and” and a head word open it', 'The Food and Drug Administration approved it.', ['organization 0.9 Drug Administration'], [], ['organization 0.9 1 Food and Drug Administration']],
    ['…an unsure first name among them', 'She joined the Bill and Melinda Gates Foundation in May.', ['person 0.6 Bill', 'organization 0.95 Melinda Gates Foundation'], [], ['organization 0.95 1 Bill and Melinda Gates Foundation']],
    ['not a name of its own', 'Both MSNBC and Fox News called it.', ['organization 0.9 MSNBC', 'organization 0.9 Fox News'], [], ['organization 0.9 1 MSNBC', 'organization 0.9 1 Fox News']],
    ['not before a head word alone', 'Then the House and Senate voted.', ['organization 0.9 Senate'], [], ['organization 0.9 1 Senate']],
    ['not at a sentence’s start', 'Food and Drug Administration staff left.', ['organization 0.9 Drug Administration'], [], ['organization 0.9 1 Drug Administration']],
    ['the rules’ pieces make the model’s whole name as sure as theirs', 'He studied at the London School of Economics and Political Science.', ['organization 0.42 London School of Economics and Political Science'], ['organization London School of Economics ~0.58', 'organization Political Science ~0.58'], ['organization 0.5 1 London School of Economics and Political Science']],
  ]);
});

describe('name model with the rules: a company’s legal form', () => {
  run([
    ['is the organization’s after a comma', 'He called CCNG, Inc. yesterday.', ['organization 0.7 CCNG, Inc'], [], ['organization 0.7 1 CCNG, Inc']],
    ['…and ends it', 'It moved to Google, Inc. of Mountain View, California.', ['organization 0.8 Google, Inc. of Mountain View'], [], ['organization 0.8 1 Google, Inc']],
  ]);
});

describe('name model with the rules: a party and a state before a title', () => {
  run([
    ['the state is a place, the party no name', 'Kaine faces Republican Indiana Gov. Mike Pence tonight.', ['organization 0.6 Republican Indiana', 'person 0.9 Mike Pence'], [], ['place 0.6 1 Indiana', 'person 0.9 1 Mike Pence']],
    ['not without the title', 'Kaine faces Republican Indiana voters tonight.', ['organization 0.6 Republican Indiana'], [], ['organization 0.6 1 Republican Indiana']],
  ]);
});

describe('name model with the rules: a place’s head word', () => {
  run([
    ['the rules’ place stands whole where the model cut it short', 'Most visitors arrive at Kraków John Paul II International Airport in Balice.', ['place 0.54 Kraków John Paul'], ['place Kraków John Paul II International Airport'], ['place 0.54 1 Kraków John Paul II International Airport']],
    ['not where the model reached the head word itself', 'Most visitors arrive at Kraków Airport in Balice.', ['organization 0.7 Kraków Airport'], ['place Kraków Airport'], ['organization 0.7 1 Kraków Airport']],
    ['a person before “station” in lower case is the place', 'A train runs to Kraków Główny station hourly.', ['person 0.6 Kraków Główny'], [], ['place 0.6 1 Kraków Główny']],
    ['not before “mountain”', 'You need no Grizzly Adams mountain man.', ['person 0.8 Grizzly Adams'], [], ['person 0.8 1 Grizzly Adams']],
  ]);
});

describe('name model with the rules: a particle opening a person’s name', () => {
  run([
    ['“bin” before the surname is the name’s', 'Young men may look to bin Laden for their cues.', ['person 0.9 Laden'], [], ['person 0.9 1 bin Laden']],
    ['and the Arabic article joined by a hyphen', '“It is the same,” al-Sadr said in Kufa.', ['person 0.9 Sadr'], [], ['person 0.9 1 al-Sadr']],
    ['and “van” after a preposition', 'Paintings by van Gogh hang in the hall.', ['person 0.9 Gogh'], [], ['person 0.9 1 van Gogh']],
    ['not after a noun, whose word it is', 'They sat in a rubbish bin Tom had found.', ['person 0.9 Tom'], [], ['person 0.9 1 Tom']],
    ['not another particle joined by a hyphen', 'The police are being de-Giuliani-ized.', ['person 0.6 Giuliani'], [], ['person 0.6 1 Giuliani']],
    ['not a French article', 'There was something a la Louis XV in the sound.', ['person 0.8 Louis XV'], [], ['person 0.8 1 Louis XV']],
    ['not a place', 'The treaty was signed at van Diemen harbour.', ['place 0.8 Diemen'], [], ['place 0.8 1 Diemen']],
  ]);
});

describe('name model with the rules: a state’s postal code after a town', () => {
  run([
    ['the code after a place and a comma is a place', 'We live in or around the Chillicothe, OH area.', ['place 0.8 Chillicothe'], [], ['place 0.8 1 Chillicothe', 'place 0.5 1 OH']],
    ['before a ZIP code, the town is a place too', 'Write to 111 Market Place Ste 500 Baltimore,MD 21202 today.', ['organization 0.5 Baltimore'], [], ['place 0.5 1 Baltimore', 'place 0.5 1 MD']],
    ['the model’s own place code makes the town a place', 'My favorite store in Lawrence, KS is gone.', ['person 0.7 Lawrence', 'place 0.6 KS'], [], ['place 0.7 1 Lawrence', 'place 0.6 1 KS']],
    ['not a doctor’s degree after a person', 'Regards, Kevin Boone, MD', ['person 0.9 Kevin Boone'], [], ['person 0.9 1 Kevin Boone']],
    ['not a code that is also a word, without a ZIP code', 'Did you go to Moscow, OK?', ['place 0.9 Moscow'], [], ['place 0.9 1 Moscow']],
    ['not in a line of capitals', 'FLIGHTS FROM DALLAS, TX', ['place 0.9 DALLAS'], [], ['place 0.9 1 DALLAS']],
  ]);
});

describe('name model with the rules: a romanised given name’s second syllable', () => {
  run([
    ['joins the name after the hyphen', 'The film was directed by Bong Joon-ho in Seoul.', ['person 0.9 Bong Joon'], [], ['person 0.9 1 Bong Joon-ho']],
    ['and makes the name a person’s', 'Then Tsai Ing-wen watched.', ['organization 0.8 Tsai Ing'], [], ['person 0.8 1 Tsai Ing-wen']],
    ['not an English compound’s ending', 'The Hong Kong-based banker left.', ['place 0.7 Hong Kong'], [], ['place 0.7 1 Hong Kong']],
    ['not a compound that goes on', 'He made the Islamic State-as-Nazism analogy.', ['organization 0.9 Islamic State'], [], ['organization 0.9 1 Islamic State']],
    ['not after a name of one word', 'The Moscow-ho theory.', ['place 0.9 Moscow'], [], ['place 0.9 1 Moscow']],
  ]);
});

describe('name model with the rules: an organization named for what it is on or for', () => {
  run([
    ['the head the model found takes in its complement', 'The debates are run by the Commission on Presidential Debates, a group.', ['organization 0.9 Commission'], [], ['organization 0.9 1 Commission on Presidential Debates']],
    ['a head in no name, as sure as the rules', 'Richard Haass, president of the Council on Foreign Relations, disagreed.', ['person 0.99 Richard Haass'], [], ['person 0.99 1 Richard Haass', 'organization 0.5 1 Council on Foreign Relations']],
    ['the model’s unsure name over the whole is raised', 'The report came from the Institute for Policy Integrity today.', ['organization 0.43 Institute for Policy Integrity'], [], ['organization 0.5 1 Institute for Policy Integrity']],
    ['"of the" inside the complement', 'The Federal Office for the Protection of the Constitution warned.', ['organization 0.9 Federal Office'], [], ['organization 0.9 1 Federal Office for the Protection of the Constitution']],
    ['an unsure name inside is taken in', 'The Center for Security Policy said so.', ['person 0.6 Security Policy'], [], ['organization 0.5 1 Center for Security Policy']],
    ['not a date', 'The Committee on Monday voted.', ['organization 0.9 Committee'], [], ['organization 0.9 1 Committee']],
    ['not a place alone', 'They built the Campaign for Scotland slowly.', ['place 0.9 Scotland'], [], ['place 0.9 1 Scotland']],
    ['not a person the model is sure of', 'He gave to the Fund for Hillary Clinton today.', ['person 0.96 Hillary Clinton'], [], ['person 0.96 1 Hillary Clinton']],
    ['not in a title-case headline', 'Campaign for Trump Says He Will Release Tax Returns', ['person 0.9 Trump'], [], ['person 0.9 1 Trump']],
  ]);
});

describe('name model with the rules: a sentence’s first word is no head by its capital alone', () => {
  run([
    ['a head in no name opening the sentence', 'Campaign for Trump says he will recast his image.', ['person 0.7 Trump'], [], ['person 0.7 1 Trump']],
    ['a head the model found there', 'Council on Foreign Relations members met.', ['organization 0.8 Council'], [], ['organization 0.8 1 Council on Foreign Relations']],
  ]);
});

describe('name model with the rules: a legislature’s house', () => {
  run([
    ['the pieces the model read are one organization', 'He also got the House of Lords to pass his bill.', ['organization 0.57 House', 'place 0.5 Lords'], [], ['organization 0.57 1 House of Lords']],
    ['where the model found nothing, as sure as the rules', 'The House of Commons voted on Tuesday.', [], [], ['organization 0.5 1 House of Commons']],
    ['a longer organization holding it stands', 'The House of Representatives Committee on Science met.', ['organization 0.63 House of Representatives Committee on Science'], [], ['organization 0.63 1 House of Representatives Committee on Science']],
    ['not a house of anything else', 'She met the House of Saud.', ['place 0.5 House', 'person 0.53 Saud'], [], ['place 0.5 1 House', 'person 0.53 1 Saud']],
  ]);
});

describe('name model with the rules: an organization the rules read whole up to its head word', () => {
  run([
    ['stands where the model passed over it', 'Rates rose before the next Federal Open Market Committee meeting.', [], ['organization Federal Open Market Committee ~0.9'], ['organization 0.5 1 Federal Open Market Committee']],
    ['not at a sentence’s start', 'Sunday Telegraph readers wrote in.', [], ['organization Sunday Telegraph ~0.9'], []],
    ['not in a title-case headline', 'Clinton Leads As The Rules Committee Meets', [], ['organization Rules Committee ~0.9'], []],
    ['not a party’s majority in an institution', 'They feared a Democratic Senate in January.', [], ['organization Democratic Senate ~0.9'], []],
  ]);
});

describe('name model with the rules: initials before a person’s name', () => {
  run([
    ['an initial the model read as the article', 'Bush also nominated A. Noel Kramer for a term.', ['person 0.99 Noel Kramer'], [], ['person 0.99 1 A. Noel Kramer']],
    ['not the pronoun that ends a sentence', '"No," said I. Lal Chowdar shook his head.', ['person 0.5 Lal Chowdar'], [], ['person 0.5 1 Lal Chowdar']],
    ['not a middle initial after a first name the model parted', 'Justice Samuel A. Alito wrote it.', ['person 0.9 Samuel', 'person 0.55 Alito'], [], ['person 0.9 1 Samuel', 'person 0.55 1 Alito']],
  ]);
});
