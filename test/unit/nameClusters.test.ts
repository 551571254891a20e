import * as assert from 'assert';
import { ClusterTableError, clusterHash, clusterIds, clusterKey, clusterTableOf, decodeClusters, encodeClusters } from '../../src/core/pipeline/entities/nameModel/clusterTable';
import { wordFeatures } from '../../src/core/pipeline/entities/nameModel/features';
import SHIPPED_WEIGHTS from '../../src/core/pipeline/entities/nameModel/names.bin';
import { decodeWeights } from '../../src/core/pipeline/entities/nameModel/weights';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';

/** Three granularities as tools/names/gloveClusters.py packs them: 64, 256 and 1,024 clusters. */
const FIELDS = [{ shift: 18, bits: 6 }, { shift: 10, bits: 8 }, { shift: 0, bits: 10 }];
const code = (a: number, b: number, c: number): number => (a << 18) | (b << 10) | c;
/** cluster_hash('moscow') and cluster_hash('são paulo') in tools/names/gloveClusters.py. */
const HASH_MOSCOW = 0x1b3d0989;
const HASH_SAO_PAULO = 0xc94c60fb;

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

  it('looks a word up in each granularity, and a word the table lacks in none', () => {
    const table = clusterTableOf(FIELDS, new Map([['moscow', code(63, 200, 1023)], ['kyiv', code(0, 1, 2)], ['são paulo', code(1, 2, 3)]]));
    assert.deepStrictEqual(clusterIds(table, 'moscow'), [63, 200, 1023]);
    assert.deepStrictEqual(clusterIds(table, 'kyiv'), [0, 1, 2]);
    assert.deepStrictEqual(clusterIds(table, 'são paulo'), [1, 2, 3]);
    assert.strictEqual(clusterIds(table, 'Moscow'), undefined, 'keys are lower case');
    assert.strictEqual(clusterIds(table, 'minsk'), undefined);
    assert.strictEqual(clusterIds(clusterTableOf(FIELDS, new Map()), 'minsk'), undefined, 'an empty table');
  });

  it('reads a field of the code\'s highest bits', () => {
    const table = clusterTableOf([{ shift: 28, bits: 4 }, { shift: 0, bits: 12 }], [['paris', 0xf0000abc]]);
    assert.deepStrictEqual(clusterIds(table, 'paris'), [15, 0xabc]);
  });

  it('hashes as the builder does (FNV-1a over UTF-16 code units), and keeps the first of two words with one hash', () => {
    // The values tools/names/gloveClusters.py's cluster_hash gives.
    assert.strictEqual(clusterHash(''), 0x811c9dc5);
    assert.strictEqual(clusterHash('moscow'), HASH_MOSCOW);
    assert.strictEqual(clusterHash('são paulo'), HASH_SAO_PAULO);
    const table = clusterTableOf(FIELDS, [['moscow', 1], ['moscow', 2]]);
    assert.deepStrictEqual([table.hashes.length, clusterIds(table, 'moscow')], [1, [0, 0, 1]]);
  });

  it('reads back what it writes, and says why it cannot read a damaged table', () => {
    const table = clusterTableOf(FIELDS, new Map([['moscow', code(63, 200, 1023)], ['kyiv', 0], ['são paulo', 0xffffffff]]));
    const bytes = encodeClusters(table);
    assert.deepStrictEqual(decodeClusters(bytes), table);
    const badField = Uint8Array.from(bytes);
    badField[6] = 40;
    const unordered = Uint8Array.from(bytes);
    unordered.copyWithin(19, 23, 27);
    const cases: [string, Uint8Array | undefined, RegExp][] = [
      ['missing', undefined, /missing/],
      ['too short for its header', bytes.slice(0, 8), /too short/],
      ['foreign', Uint8Array.from({ length: 30 }, (_, k) => k), /not a cluster table/],
      ['cut in its header', bytes.slice(0, 14), /cut short in its header/],
      ['a field out of range', badField, /out of range/],
      ['cut in its hashes', bytes.slice(0, 24), /cut short/],
      ['cut in its codes', bytes.slice(0, -3), /cut short/],
      ['with bytes past its end', Uint8Array.from([...bytes, 10]), /past its end/],
      ['with its hashes out of order', unordered, /ascending order/],
    ];
    for (const [name, damaged, message] of cases) {
      assert.throws(() => decodeClusters(damaged), (e: unknown) => e instanceof ClusterTableError && message.test(e.message), name);
    }
  });

  it('will not write what it could not read back', () => {
    assert.throws(() => encodeClusters(clusterTableOf([{ shift: 28, bits: 6 }], new Map())), ClusterTableError);
    assert.throws(() => encodeClusters({ fields: FIELDS, hashes: Uint32Array.of(2, 1), codes: Uint32Array.of(0, 0) }), /ascending/);
    assert.throws(() => encodeClusters({ fields: FIELDS, hashes: Uint32Array.of(1), codes: Uint32Array.of() }), /1 hashes for 0 codes/);
  });

  it('gives a word its cluster at each granularity as features, and a word the table lacks none', () => {
    const clusters = clusterTableOf(FIELDS, new Map([['moscow', code(11, 44, 718)]]));
    const paragraph = 'Natasha went to Moscow’s gates.';
    const rules = readByRules(parseParagraph(paragraph), paragraph);
    const features = wordFeatures(rules.tokens, rules.labels, clusters);
    const of = (word: string): string[] => features[rules.tokens.findIndex((t) => t.text.startsWith(word))].filter((f) => f.startsWith('cl'));
    assert.deepStrictEqual(of('Moscow'), ['cl0=11', 'cl1=44', 'cl2=718']);
    assert.deepStrictEqual(of('Natasha'), []);
  });

  it('gives closed-class words no cluster features, so a surname written like a pronoun keeps its own', () => {
    const clusters = clusterTableOf(FIELDS, new Map([['he', 1], ['the', 2], ['lifeng', 3], ['talks', 4]]));
    const paragraph = 'Vice-Premier He Lifeng will lead the talks.';
    const rules = readByRules(parseParagraph(paragraph), paragraph);
    const features = wordFeatures(rules.tokens, rules.labels, clusters);
    const table: [string, boolean][] = [['He', false], ['the', false], ['Lifeng', true], ['talks', true]];
    for (const [word, has] of table) {
      const list = features[rules.tokens.findIndex((t) => t.text === word)];
      assert.strictEqual(list.some((f) => f.startsWith('cl')), has, word);
    }
  });

  it('the shipped weights carry the GloVe clusters: weekdays together, apart from cities', () => {
    const { clusters } = decodeWeights(SHIPPED_WEIGHTS);
    assert.ok(clusters.codes.length > 50_000, 'the table is in names.bin');
    const finest = (word: string): number | undefined => clusterIds(clusters, word)?.at(-1);
    assert.strictEqual(finest('monday'), finest('friday'));
    assert.strictEqual(finest('chicago'), finest('boston'));
    assert.notStrictEqual(finest('monday'), finest('chicago'));
  });
});
