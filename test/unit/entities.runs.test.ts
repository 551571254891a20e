import * as assert from 'assert';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { findRuns } from '../../src/core/pipeline/entities/runs';
import { tokenize } from '../../src/core/pipeline/entities/tokens';
import { findValues } from '../../src/core/pipeline/entities/values';

// The stretches of capitalised words the rules read as possible names, and the dates and amounts.

function runsOf(paragraph: string): string[] {
  const tokens = tokenize(parseParagraph(paragraph), paragraph);
  return findRuns(tokens).map((r) => paragraph.slice(tokens[r.first].start, tokens[r.last].end));
}

describe('entities: runs of capitalised words', () => {
  // A sentence's first word starts a run of its own ("They"): the rules decide later whether it names anything.
  const table: [string, string, string[]][] = [
    ['a run stops at a comma', 'They saw Anna Berg, Paul Dorn there.', ['They', 'Anna Berg', 'Paul Dorn']],
    ['the full stop of an abbreviation, an initial or a title joins', 'They saw Gov. Mike Pence, S. Watkin and Mr. Smith.', ['They', 'Gov. Mike Pence', 'S. Watkin', 'Mr. Smith']],
    ['another full stop ends it', 'They saw Anna. Berg came.', ['They', 'Anna', 'Berg']],
    ['a line break ends it', 'They saw Anna\nBerg came.', ['They', 'Anna', 'Berg']],
    ['a possessive of an ordinary word joins', 'Troops of the People’s Liberation Army marched.', ['Troops', 'People’s Liberation Army']],
    ['a possessive of a name ends it', 'They saw Trump’s Trade Plan.', ['They', 'Trump’s', 'Trade Plan']],
    ['a possessive before a person’s whole name ends it', 'Ask the Network’s Rich Eisen now.', ['Ask', 'Network’s', 'Rich Eisen']],
    ['a capitalised function word or verb separates', 'Voters Speak Out On Tax Plan', ['Voters', 'Out', 'Tax Plan']],
    ['a surname spelt as a function word does not', 'It was Vice Premier He Lifeng.', ['It', 'Vice Premier He Lifeng']],
    ['a title after a name starts another', 'They waited for the Tsar Dmitri Prince Oleg there.', ['They', 'Tsar Dmitri', 'Prince Oleg']],
    ['titles follow titles and demonyms', 'It was Russian Prime Minister Anna Berg.', ['It', 'Russian Prime Minister Anna Berg']],
    ['"of" after an institution’s head joins, after other words not', 'It was Bank of England and the Friends of Anna.', ['It', 'Bank of England', 'Friends', 'Anna']],
    ['"&" joins, except after an acronym', 'Bear Stearns & Co and AT & T met Smith & Wesson.', ['Bear Stearns & Co', 'T', 'Smith & Wesson']],
    ['an acronym before "&" at a sentence’s start', 'AT & T met.', ['AT', 'T']],
    ['"&" after an institution’s head joins', 'It was Bank & Trust.', ['It', 'Bank & Trust']],
    ['a particle joins a person’s name', 'They saw Ludwig van Beethoven and Charles de la Rue.', ['They', 'Ludwig van Beethoven', 'Charles de la Rue']],
    ['not after an institution’s head', 'They saw Bank van Lanschot.', ['They', 'Bank', 'Lanschot']],
    ['two lower-case words join only as particles before a capital', 'They saw Anna of the Berg, and Charles de la rue.', ['They', 'Anna', 'Berg', 'Charles']],
    ['a particle at the end of the text ends it', 'Then came Anna van', ['Then', 'Anna']],
    ['a line in capitals has none', 'FLIGHTS TO KENYA RESUME\nThen Anna came.', ['Then Anna']],
    ['a hyphen joins', 'It was Anna Berg-Dorn.', ['It', 'Anna Berg-Dorn']],
    ['a bracket ends it', 'They saw Anna (Berg) there.', ['They', 'Anna', 'Berg']],
  ];
  for (const [name, paragraph, expected] of table) it(name, () => assert.deepStrictEqual(runsOf(paragraph), expected));
});

describe('entities: dates and amounts', () => {
  const valuesOf = (paragraph: string, offset = 0): string[] =>
    findValues(tokenize(parseParagraph(paragraph), paragraph), paragraph, offset).map((v) => `${v.kind} ${v.text}@${v.start}`);
  const table: [string, string, string[]][] = [
    ['money over two words', 'It cost $20 million in all.', ['money $20 million@8']],
    ['a percentage', 'Prices rose 14% last year.', ['percent 14%@12']],
    ['a date with a month and a day', 'They met on May 3 in Oslo.', ['date May 3@12']],
    ['a weekday', 'They met on Friday in Oslo.', ['date Friday@12']],
    ['a day word', 'They met today in Oslo.', ['date today@9']],
    ['"year" alone is no date', 'They met that year in Oslo.', []],
    ['two values apart by a comma', 'It cost $5, then $6.', ['money $5@8', 'money $6@17']],
    ['not across sentences', 'It cost $5. $6 came later.', ['money $5@8', 'money $6@12']],
    ['three values apart by a comma and "or"', 'It cost $5, $6 or $7.', ['money $5@8', 'money $6@12', 'money $7@18']],
    ['a month alone', 'They met in March in Oslo.', ['date March@12']],
  ];
  for (const [name, paragraph, expected] of table) it(name, () => assert.deepStrictEqual(valuesOf(paragraph), expected));
  it('offsets are the document’s', () => {
    const [value] = findValues(tokenize(parseParagraph('It cost $5.'), 'It cost $5.'), 'It cost $5.', 100);
    assert.deepStrictEqual([value.start, value.end, value.text], [108, 110, '$5']);
  });
});
