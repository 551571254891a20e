import * as assert from 'assert';
import type { Analysis, Entity } from '../../src/core/model/model';
import { markdownExcludedSpans, withoutSpans } from '../../src/core/model/markdownMask';

const excluded = (text: string): string[] => markdownExcludedSpans(text).map((s) => text.slice(s.start, s.end));

describe('markdownExcludedSpans', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'plain prose has nothing to exclude', text: 'Ann Lee met Bo in Paris.', expected: [] },
    { name: 'YAML front matter', text: '---\nauthor: Ann Lee\n---\nBo spoke.', expected: ['---\nauthor: Ann Lee\n---'] },
    { name: 'an unclosed front matter is prose', text: '---\nAnn Lee spoke.', expected: [] },
    { name: 'YAML front matter closed by "..." and a closer with trailing spaces', text: '---\nauthor: Ann\n...  \nBo spoke.', expected: ['---\nauthor: Ann\n...  '] },
    { name: 'TOML front matter, which "---" does not close', text: '+++\nauthor = "Ann"\n---\n+++\nBo spoke.', expected: ['+++\nauthor = "Ann"\n---\n+++'] },
    { name: 'a fence marker inside front matter opens no fence', text: '---\n```\n---\nBo spoke.', expected: ['---\n```\n---'] },
    { name: 'a fenced code block', text: 'Bo said:\n```js\nconst Paris = 1;\n```\nAfter.', expected: ['```js\nconst Paris = 1;\n```'] },
    { name: 'a tilde fence closed by a longer fence', text: '~~~\nParis\n~~~~\nAfter.', expected: ['~~~\nParis\n~~~~'] },
    { name: 'an unclosed fence runs to the end', text: 'Before.\n```\nParis', expected: ['```\nParis'] },
    { name: 'an unclosed fence runs to the end, final newline included', text: 'Before.\n```\nParis\n', expected: ['```\nParis\n'] },
    { name: 'touching spans merge into one', text: '<b></b> Bo', expected: ['<b></b>'] },
    { name: 'a backtick inside a fenced block opens no code span outside it', text: 'Ann\n~~~\na `b\n~~~\nBo` left <http://x.org>.', expected: ['~~~\na `b\n~~~', '<http://x.org>'] },
    { name: 'code spans', text: 'Run `Ann Lee` or ``a ` b`` now.', expected: ['`Ann Lee`', '``a ` b``'] },
    { name: 'link destinations, not link text', text: 'See [Ann Lee](https://example.org/Ann_Lee "Ann") today.', expected: ['(https://example.org/Ann_Lee "Ann")'] },
    { name: 'destinations with parentheses', text: '[Bo](https://e.org/Bo_(singer)) sang.', expected: ['(https://e.org/Bo_(singer))'] },
    { name: 'reference definitions', text: 'See [Bo][b].\n\n[b]: https://e.org/Bo "Bo"', expected: ['[b]', '[b]: https://e.org/Bo "Bo"'] },
    { name: 'autolinks and bare URLs', text: 'Mail <ann@lee.org> or see https://e.org/Paris.', expected: ['<ann@lee.org>', 'https://e.org/Paris'] },
    { name: 'HTML tags and comments', text: '<span class="Paris">Bo</span> <!-- Ann Lee -->', expected: ['<span class="Paris">', '</span>', '<!-- Ann Lee -->'] },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(excluded(text), expected));

  it('returns sorted, disjoint spans', () => {
    const spans = markdownExcludedSpans('`a` [x](u) `b` <!-- `c` -->\n```\nd\n```');
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end < spans[i].start || spans[i - 1].end <= spans[i].start);
  });
});

describe('withoutSpans', () => {
  const text = 'Ann met Bo. `Bo` said “hi there.”';
  const entity = (id: string, name: string, mentions: Entity['mentions']): Entity => ({ id, kind: 'person', name, aliases: [], roles: [], mentions, firstMention: mentions[0] });
  const ann = entity('e1', 'Ann', [{ entityId: 'e1', start: 0, end: 3, text: 'Ann' }]);
  const bo = entity('e2', 'Bo', [{ entityId: 'e2', start: 8, end: 10, text: 'Bo' }, { entityId: 'e2', start: 13, end: 15, text: 'Bo' }]);
  const analysis: Analysis = {
    textLength: text.length,
    entities: [ann, bo],
    mentions: [...ann.mentions, ...bo.mentions].sort((a, b) => a.start - b.start),
    quotes: [{ start: 22, end: 33, kind: 'direct', text: text.slice(22, 33), speaker: { name: 'Bo', entityId: 'e2', start: 13, end: 15, how: 'explicit', confidence: 0.95 } }],
    values: [],
  };

  it('drops the findings inside excluded text and keeps the rest', () => {
    const result = withoutSpans(analysis, [{ start: 12, end: 16 }]);
    assert.deepStrictEqual(result.mentions.map((m) => m.start), [0, 8]);
    assert.deepStrictEqual(result.entities.map((e) => e.mentions.length), [1, 1]);
    assert.deepStrictEqual(result.entities.map((e) => e.firstMention.start), [0, 8]);
    assert.strictEqual(result.quotes[0].speaker, null);
  });

  it('drops an entity left without mentions', () => {
    const result = withoutSpans(analysis, [{ start: 0, end: 3 }, { start: 7, end: 11 }]);
    assert.deepStrictEqual(result.entities.map((e) => e.id), ['e2']);
    assert.strictEqual(result.entities[0].firstMention.start, 13);
  });

  it('returns the same analysis when nothing is excluded', () => assert.strictEqual(withoutSpans(analysis, []), analysis));

  it('keeps findings that only touch an excluded span', () => {
    const result = withoutSpans(analysis, [{ start: 3, end: 8 }, { start: 10, end: 13 }]);
    assert.deepStrictEqual(result.mentions.map((m) => m.start), [0, 8, 13]);
    assert.deepStrictEqual(result.quotes, analysis.quotes, 'the quote keeps its speaker');
  });

  it('drops quotes and values inside excluded text', () => {
    const value = { kind: 'date' as const, start: 0, end: 3, text: 'Ann' };
    const withValue: Analysis = { ...analysis, values: [value, { ...value, start: 8, end: 10, text: 'Bo' }] };
    const result = withoutSpans(withValue, [{ start: 7, end: 11 }, { start: 25, end: 26 }]);
    assert.deepStrictEqual(result.quotes, []);
    assert.deepStrictEqual(result.values, [value]);
  });
});
