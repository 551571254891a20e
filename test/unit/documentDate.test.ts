// A document's date for the dossier's timeline: front matter first, then the file name; days that do not exist are no date.
import * as assert from 'assert';
import { fileNameDate, frontMatterDate } from '../../src/core/workspace/documentDate';

describe('frontMatterDate', () => {
  const cases: [string, string, string | undefined][] = [
    ['YAML', '---\ntitle: Vote\ndate: 2024-03-05\n---\nHelena Marsh won.', '2024-03-05'],
    ['YAML, quoted, with a time', "---\ndate: '2024-03-05T10:30:00Z'\n---\n", '2024-03-05'],
    ['YAML, closed by ...', '---\ndate: 2024-03-05\n...\ntext', '2024-03-05'],
    ['TOML', '+++\ntitle = "Vote"\ndate = 2023-12-31\n+++\ntext', '2023-12-31'],
    ['Windows line ends', '---\r\ndate: 2024-03-05\r\n---\r\ntext', '2024-03-05'],
    ['no front matter', 'date: 2024-03-05\nHelena Marsh won.', undefined],
    ['front matter not at the start', 'Intro\n---\ndate: 2024-03-05\n---\n', undefined],
    ['front matter never closed', '---\ndate: 2024-03-05\nHelena Marsh won.', undefined],
    ['another key ending in date', '---\nupdate: 2024-03-05\n---\n', undefined],
    ['a day that does not exist', '---\ndate: 2024-02-30\n---\n', undefined],
    ['day 00', '---\ndate: 2024-03-00\n---\n', undefined],
    ['a leap day', '---\ndate: 2024-02-29\n---\n', '2024-02-29'],
    ['a leap day in a year without one', '---\ndate: 2023-02-29\n---\n', undefined],
    ['a year before 100, which Date reads as 19xx', '---\ndate: 0024-03-05\n---\n', undefined],
    ['not a date', '---\ndate: soon\n---\n', undefined],
  ];
  for (const [what, text, expected] of cases) it(`${what} → ${expected}`, () => assert.strictEqual(frontMatterDate(text), expected));
});

describe('fileNameDate', () => {
  const cases: [string, string | undefined][] = [
    ['file:///news/2024-03-05-vote.md', '2024-03-05'],
    ['file:///news/vote_2024_03_05.txt', '2024-03-05'],
    ['file:///news/20240305.md', '2024-03-05'],
    ['file:///news/2024.03.05%20vote.md', '2024-03-05'],
    ['file:///2024-03-05/vote.md', undefined], // only the name counts, not its folder
    ['file:///news/call-0120240305999.txt', undefined], // inside a longer number
    ['file:///news/2024-13-01.md', undefined],
    ['file:///news/vote.md', undefined],
    ['2024-03-05-vote.md', '2024-03-05'], // a bare name, no folder
    ['file:///news/2024-00-05.md', undefined],
  ];
  for (const [file, expected] of cases) it(`${file} → ${expected}`, () => assert.strictEqual(fileNameDate(file), expected));
});
