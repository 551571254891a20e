// The paragraphs the quote scan reads (hard-wrapped lines joined again), and the quote spans it
// finds across paragraph ends, in transcripts and around marks that are no quotes.
import * as assert from 'assert';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { findQuoteSpans, paragraphsOf } from '../../src/core/pipeline/quotes/find';

const paragraphs = (text: string): string[] => paragraphsOf(text, splitParagraphs(text)).map((p) => text.slice(p.start, p.end));

/** Each quote as its text, "(open)" when no closing mark came, and its depth. */
const quotes = (text: string): string[] =>
  findQuoteSpans(text, paragraphsOf(text, splitParagraphs(text))).map((q) => `${text.slice(q.start, q.end)}${q.closed ? '' : ' (open)'} ${q.depth}`);

/** A line of `length` characters ending a sentence, as hard-wrapped prose has. */
const line = (length: number): string => `${'The ordeal was long and the night was cold '.repeat(3).slice(0, length - 1)}.`;

describe('quote paragraphs: hard-wrapped lines', () => {
  const cases: [name: string, text: string, expected: string[]][] = [
    ['a sentence ending a wrapped line goes on with the next line', `${line(62)}\nBut you look weary.\n\nNext.`, [`${line(62)}\nBut you look weary.`, 'Next.']],
    ['a line of 55 characters is wrapped', `${line(55)}\nBut you look weary.\n\nNext.`, [`${line(55)}\nBut you look weary.`, 'Next.']],
    ['a line of 54 is not', `${line(54)}\nBut you look weary.\n\nNext.`, [line(54), 'But you look weary.', 'Next.']],
    ['a line of 90 is wrapped', `${line(90)}\nBut you look weary.\n\nNext.`, [`${line(90)}\nBut you look weary.`, 'Next.']],
    ['a line of 91 is not', `${line(91)}\nBut you look weary.\n\nNext.`, [line(91), 'But you look weary.', 'Next.']],
    ['a list item opens a block of its own', `${line(62)}\n- But you look weary.\n\nNext.`, [line(62), '- But you look weary.', 'Next.']],
    ['a numbered item too', `${line(62)}\n1. But you look weary.\n\nNext.`, [line(62), '1. But you look weary.', 'Next.']],
    ['without a blank line after it, a line break ends the paragraph', `${line(62)}\nBut you look weary.\nAnd more.`, [line(62), 'But you look weary.', 'And more.']],
    ['…and with the blank line more than 3,000 characters on', `${line(62)}\nBut you look weary.\n${'x'.repeat(3100)}\n\nNext.`, [line(62), 'But you look weary.', 'x'.repeat(3100), 'Next.']],
    ['Windows line ends', `${line(62)}\r\nBut you look weary.\r\n\r\nNext.`, [`${line(62)}\r\nBut you look weary.`, 'Next.']],
    ['a second wrapped paragraph after the first', `${line(62)}\nBut you look weary.\n\nNext.\n${line(60)}\nAnd then.\n\nLast.`, [`${line(62)}\nBut you look weary.`, 'Next.', `${line(60)}\nAnd then.`, 'Last.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(paragraphs(text), expected));
});

describe('quote spans across paragraphs and marks', () => {
  const cases: [name: string, text: string, expected: string[]][] = [
    ['a quote across a wrapped line', `“${line(62)}\nBut you look weary,” she said.\n\nNext.`, [`“${line(62)}\nBut you look weary,” 0`]],
    ['inches are no quote mark', 'The screen is 12" wide and “very bright” she said.', ['“very bright” 0']],
    ['an apostrophe left open is dropped', "He said 'yes' and 'no.", ["'yes' 0"]],
    ['a second opening mark closes the first one, left open', '“One “two” three.', ['“One (open) 0', '“two” 0']],
    ['a stage direction in capitals stops a quote running on', '“We will win.\n\n“(APPLAUSE)\n\n“And again,” he said.', ['“We will win. (open) 0', '“And again,” 0']],
    ['…without a mark before it too', '“We will win.\n\n  (APPLAUSE)\n\n“And again,” he said.', ['“We will win. (open) 0', '“And again,” 0']],
    ['a note in lower case is no stage direction', '“We will win.\n\n“(Applause)\n\n“And again,” he said.', ['“We will win.\n\n“(Applause)\n\n“And again,” 0']],
    ['…nor one with words after it', '“We will win.\n\n“(APPLAUSE) And more.\n\n“And again,” he said.', ['“We will win.\n\n“(APPLAUSE) And more.\n\n“And again,” 0']],
    ['a speaker label after the mark stops a quote running on', '“We will win.\n\n“PENCE: And again,” he said.', ['“We will win. (open) 0', '“PENCE: And again,” 0']],
    ['a label far into the paragraph does not', '“We will win.\n\n“And then, as we said in the long speech, PENCE: again,” he said.', ['“We will win.\n\n“And then, as we said in the long speech, PENCE: again,” 0']],
    ['a single quote does not run on', '‘We will win.\n\n‘And again,’ he said.', ['‘And again,’ 0']],
    ['a closing mark opening the next paragraph does not run a quote on', '“We will win.\n\n” And again, he said.', ['“We will win. (open) 0']],
    ['another family opening the next paragraph does not', '«We will win.\n\n“And again,” he said.', ['«We will win. (open) 0', '“And again,” 0']],
    ['a transcript turn holds a quote left open, one level deeper', 'TRUMP: We will “win big\n\nNext.', ['We will “win big 0', '“win big (open) 1']],
    ['a turn drops an apostrophe left open', 'TRUMP: We will ‘win big\n\nNext.', ['We will ‘win big 0']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(quotes(text), expected));
});
