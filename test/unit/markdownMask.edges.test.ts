// The edges of each Markdown construct the mask knows, one row each: what opens and what does not,
// what closes and what does not, so that a pattern loosened or tightened by a character fails a row.
import * as assert from 'assert';
import { markdownExcludedSpans } from '../../src/core/model/markdownMask';

const excluded = (text: string): string[] => markdownExcludedSpans(text).map((s) => text.slice(s.start, s.end));

describe('markdownExcludedSpans at the edges of each construct', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'front matter opened with a Windows line end', text: '---\r\nauthor: Ann\r\n---\r\nBo spoke.', expected: ['---\r\nauthor: Ann\r\n---\r'] },
    { name: 'front matter opened with trailing spaces', text: '---  \nauthor: Ann\n---\nBo spoke.', expected: ['---  \nauthor: Ann\n---'] },
    { name: 'a rule that is not on the first line opens no front matter', text: 'Bo spoke.\n---\nAnn Lee\n---', expected: [] },
    { name: 'four dashes open no front matter', text: '----\nAnn Lee\n----\nBo.', expected: [] },
    { name: 'TOML front matter is not closed by "..."', text: '+++\nauthor = "Ann"\n...\nBo spoke.', expected: [] },
    { name: 'a fence indented by three spaces', text: 'Bo:\n   ```\nParis\n   ```\nAfter.', expected: ['   ```\nParis\n   ```'] },
    { name: 'a line indented by four spaces opens no fence', text: 'Bo:\n    ```\nParis', expected: [] },
    { name: 'two backticks open no fence', text: 'Bo:\n``\nParis', expected: [] },
    { name: 'a shorter fence does not close a longer one', text: '````\nParis\n```\nRome\n````\nAfter.', expected: ['````\nParis\n```\nRome\n````'] },
    { name: 'a tilde fence is not closed by backticks', text: '~~~\nParis\n```\nRome\n~~~\nAfter.', expected: ['~~~\nParis\n```\nRome\n~~~'] },
    { name: 'a closing fence with words after it does not close', text: '```\nParis\n``` no\nRome\n```\nAfter.', expected: ['```\nParis\n``` no\nRome\n```'] },
    { name: 'a closing fence with trailing spaces closes', text: '```\nParis\n```  \nAfter `x`.', expected: ['```\nParis\n```  ', '`x`'] },
    { name: 'two fenced blocks', text: '```\na\n```\nBo\n~~~\nb\n~~~', expected: ['```\na\n```', '~~~\nb\n~~~'] },
    { name: 'a code span is closed by a run of the same length only', text: 'Run ``a`b`` and `c`.', expected: ['``a`b``', '`c`'] },
    { name: 'a code span across a line break', text: 'Run `Ann\nLee` now.', expected: ['`Ann\nLee`'] },
    { name: 'a link destination in angle brackets', text: '[Bo](<https://e.org/a b>) sang.', expected: ['(<https://e.org/a b>)'] },
    { name: "a link title in single quotes", text: "[Bo](https://e.org 'Bo') sang.", expected: ["(https://e.org 'Bo')"] },
    { name: 'a link title in parentheses', text: '[Bo](https://e.org (Bo)) sang.', expected: ['(https://e.org (Bo))'] },
    { name: 'an empty link destination', text: '[Bo]() sang.', expected: ['()'] },
    { name: 'a reference definition indented by three spaces', text: 'Bo.\n   [b]: https://e.org', expected: ['   [b]: https://e.org'] },
    { name: 'a reference definition indented by four spaces is not one (its URL still is)', text: 'Bo.\n    [b]: https://e.org', expected: ['https://e.org'] },
    { name: 'a bracket with no address after it is not a reference definition', text: 'Bo.\n[b]:\nAnn.', expected: [] },
    { name: 'an autolink with an upper-case scheme', text: 'See <HTTPS://E.ORG/Paris> now.', expected: ['<HTTPS://E.ORG/Paris>'] },
    { name: 'angle brackets around figures are neither autolink nor tag', text: 'Between <3 and 4> there.', expected: [] },
    { name: 'a bare http URL leaves the sentence’s stop out', text: 'See http://e.org/Paris.', expected: ['http://e.org/Paris'] },
    { name: 'a bare URL leaves a closing parenthesis and comma out', text: '(see https://e.org/a), then https://e.org/b, too', expected: ['https://e.org/a', 'https://e.org/b'] },
    { name: 'a scheme alone is no URL', text: 'The https:// prefix.', expected: [] },
    { name: 'a self-closing and an upper-case HTML tag', text: 'Ann<br/>Bo<BR>Cy', expected: ['<br/>', '<BR>'] },
    { name: 'a comparison is no HTML tag', text: 'If a < b and c > d.', expected: [] },
    { name: 'a comment across lines', text: 'Ann <!--\nBo\n--> Cy', expected: ['<!--\nBo\n-->'] },
    { name: 'overlapping constructs merge into one span', text: '<!-- `Ann` --> Bo', expected: ['<!-- `Ann` -->'] },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(excluded(text), expected));
});
