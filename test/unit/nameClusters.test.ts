import * as assert from 'assert';
import { ClusterTableError, clusterKey, clusterPrefix, decodeClusters, encodeClusters } from '../../src/core/pipeline/entities/nameModel/clusterTable';
import { wordFeatures } from '../../src/core/pipeline/entities/nameModel/features';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { clusterTable, clusterWords } from '../../tools/names/clusters';

describe('name model: word clusters', () => {
  it('keys a word as the table does: lower case, no possessive, no marks at its ends, digits as 0', () => {
    const table: [string, string][] = [
      ['Moscow', 'moscow'],
      ['Trump’s', 'trump'],
      ["Reuters'", 'reuters'],
      ['U.S.', 'u.s'],
      ['(AP)', 'ap'],
      ['1996', '0000'],
      ['Coca-Cola', 'coca-cola'],
    ];
    for (const [word, key] of table) assert.strictEqual(clusterKey(word), key, word);
  });

  it('splits text into the words it clusters', () => {
    assert.deepStrictEqual(clusterWords('Putin’s aide met Xi in 2019 -- "U.S. talks," he said.'), ['putin', 'aide', 'met', 'xi', 'in', '0000', 'u.s', 'talks', 'he', 'said']);
  });

  /** Made-up text in which two cities and two people each share their contexts. */
  const texts = [
    ...Array.from({ length: 6 }, () => clusterWords('we flew to paris on monday . we flew to berlin on monday . the trains to paris were late . the trains to berlin were late .')),
    ...Array.from({ length: 6 }, () => clusterWords('then anna said no . then maria said no . and anna smiled at him . and maria smiled at him .')),
  ];
  const options = { minCount: 3, maxWords: 100, contextWords: 20, depth: 6, rounds: 8 };

  it('gives words used alike a longer common prefix than words used differently', () => {
    const table = clusterTable(texts, options);
    const common = (a: string, b: string): number => {
      let bits = 0;
      while (bits < table.depth && clusterPrefix(table, a, bits + 1) === clusterPrefix(table, b, bits + 1)) bits++;
      return bits;
    };
    const cases: [string, string, string][] = [
      ['paris', 'berlin', 'anna'],
      ['anna', 'maria', 'paris'],
      ['anna', 'maria', 'berlin'],
    ];
    for (const [a, alike, other] of cases) assert.ok(common(a, alike) > common(a, other), `${a}: ${alike} ${common(a, alike)}, ${other} ${common(a, other)}`);
  });

  it('is deterministic: the same text gives the same bytes', () => {
    assert.deepStrictEqual(encodeClusters(clusterTable(texts, options)), encodeClusters(clusterTable(texts, options)));
  });

  it('leaves out words seen fewer times than the minimum', () => {
    const table = clusterTable([clusterWords('a rare word here . a b . a b . a b .')], { ...options, minCount: 3 });
    assert.deepStrictEqual([...table.paths.keys()].sort(), ['a', 'b']);
  });

  it('reads back what it writes, and says why it cannot read a damaged table', () => {
    const table = { depth: 20, paths: new Map([['moscow', 0xabcde], ['kyiv', 0], ['são paulo', 0xfffff]]) };
    const bytes = encodeClusters(table);
    assert.deepStrictEqual(decodeClusters(bytes), table);
    const cases: [string, Uint8Array | undefined, RegExp][] = [
      ['missing', undefined, /missing/],
      ['too short for its header', bytes.slice(0, 8), /too short/],
      ['foreign', Uint8Array.from({ length: 20 }, (_, k) => k), /not a cluster table/],
      ['cut in its paths', bytes.slice(0, 16), /cut short/],
      ['cut in its words', bytes.slice(0, -3), /cut short/],
      ['with bytes past its end', Uint8Array.from([...bytes, 10]), /past its end/],
    ];
    for (const [name, damaged, message] of cases) {
      assert.throws(() => decodeClusters(damaged), (e: unknown) => e instanceof ClusterTableError && message.test(e.message), name);
    }
  });

  it('gives a word the prefixes of its path as features, and a word the table lacks none', () => {
    const clusters = { depth: 20, paths: new Map([['moscow', 0b1011_0011_1000_0000_0001]]) };
    const paragraph = 'Natasha went to Moscow.';
    const rules = readByRules(parseParagraph(paragraph), paragraph);
    const features = wordFeatures(rules.tokens, rules.labels, clusters);
    const of = (word: string): string[] => features[rules.tokens.findIndex((t) => t.text === word)].filter((f) => f.startsWith('cl'));
    assert.deepStrictEqual(of('Moscow'), ['cl4=11', 'cl6=44', 'cl10=718', 'cl20=735233']);
    assert.deepStrictEqual(of('Natasha'), []);
  });

  it('gives closed-class words no cluster features, so a surname written like a pronoun keeps its own', () => {
    const clusters = { depth: 4, paths: new Map([['he', 0b0001], ['the', 0b0010], ['lifeng', 0b1000], ['talks', 0b0100]]) };
    const paragraph = 'Vice-Premier He Lifeng will lead the talks.';
    const rules = readByRules(parseParagraph(paragraph), paragraph);
    const features = wordFeatures(rules.tokens, rules.labels, clusters);
    const table: [string, boolean][] = [['He', false], ['the', false], ['Lifeng', true], ['talks', true]];
    for (const [word, has] of table) {
      const list = features[rules.tokens.findIndex((t) => t.text === word)];
      assert.strictEqual(list.some((f) => f.startsWith('cl')), has, word);
    }
  });
});
