import * as assert from 'assert';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { LABEL_COUNT, OUTSIDE, beginOf, labelsOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { NameModel } from '../../src/core/pipeline/entities/nameModel/model';
import { NameModelError, decodeWeights, encodeWeights, quantize, type NameWeights } from '../../src/core/pipeline/entities/nameModel/weights';

// The weights file's header, checked field by field, and the model reading with weights given by hand.

const TRANSITIONS = (LABEL_COUNT + 1) * LABEL_COUNT;

/** Weights of 2^bucketBits buckets, all zero: every label scores the same. */
const zero = (bucketBits = 2): NameWeights => ({
  bucketBits, scale: 1, temperature: 1, transitions: new Int16Array(TRANSITIONS), emissions: new Int16Array((1 << bucketBits) * LABEL_COUNT),
  clusters: { fields: [], hashes: new Uint32Array(0), codes: new Uint32Array(0) },
});

/** A valid file with one header field changed. */
function withHeader(change: (view: DataView) => void): Uint8Array {
  const bytes = encodeWeights(zero());
  change(new DataView(bytes.buffer));
  return bytes;
}

describe('name model: the weights file’s header', () => {
  const rejected: [string, Uint8Array, RegExp][] = [
    ['a header alone', encodeWeights(zero()).slice(0, 16), /16 bytes; its header says .* damaged/],
    ['fifteen bytes', encodeWeights(zero()).slice(0, 15), /15 bytes, shorter than its header/],
    ['another label count', withHeader((v) => v.setUint8(6, LABEL_COUNT + 1)), new RegExp(`${LABEL_COUNT + 1} labels, not ${LABEL_COUNT}`)],
    ['no buckets', withHeader((v) => v.setUint8(7, 0)), /2\^0 feature buckets is out of range/],
    ['too many buckets', withHeader((v) => v.setUint8(7, 25)), /2\^25 feature buckets is out of range/],
    ['a scale of zero', withHeader((v) => v.setFloat32(8, 0, true)), /scale and temperature must be positive/],
    ['a negative scale', withHeader((v) => v.setFloat32(8, -1, true)), /scale and temperature must be positive/],
    ['a temperature of zero', withHeader((v) => v.setFloat32(12, 0, true)), /scale and temperature must be positive/],
    ['a temperature that is no number', withHeader((v) => v.setFloat32(12, NaN, true)), /scale and temperature must be positive/],
  ];
  for (const [name, bytes, message] of rejected) {
    it(`rejects ${name}`, () => {
      assert.throws(() => decodeWeights(bytes), (e: unknown) => e instanceof NameModelError && e.name === 'NameModelError' && message.test(e.message) && e.message.startsWith('The name model\'s weights cannot be loaded: '));
    });
  }

  it('reads one bucket bit and twenty-four', () => {
    for (const bits of [1, 24]) {
      const weights = zero(bits);
      assert.strictEqual(decodeWeights(encodeWeights(weights)).emissions.length, (1 << bits) * LABEL_COUNT);
    }
  });

  it('writes only arrays of the sizes its header gives', () => {
    const tooFewTransitions = { ...zero(), transitions: new Int16Array(TRANSITIONS - 1) };
    const tooFewEmissions = { ...zero(), emissions: new Int16Array(3 * LABEL_COUNT) };
    for (const weights of [tooFewTransitions, tooFewEmissions]) assert.throws(() => encodeWeights(weights), /do not match the label count and bucket bits/);
  });

  it('quantizes with the largest weight, whatever its sign, at 32767', () => {
    const { scale, transitions, emissions } = quantize(Float64Array.of(0.5, -2), Float64Array.of(1));
    assert.deepStrictEqual([scale, [...transitions], [...emissions]], [2 / 32767, [8192, -32767], [16384]]);
    assert.strictEqual(quantize(Float64Array.of(0), Float64Array.of(0)).scale, 1);
  });
});

describe('name model: reading with weights given by hand', () => {
  const paragraph = 'Anna Zorva met Tom. Then Paul Dorn left.';
  const { tokens } = readByRules(parseParagraph(paragraph), paragraph);
  const at = (word: string): number => tokens.findIndex((t) => t.text === word);
  const outside = (probabilities: Float64Array, word: string): number => probabilities[at(word) * LABEL_COUNT + OUTSIDE];

  it('where no label scores more, it finds no name, and leaves sentences without the rules’ names unread', () => {
    const { names, probabilities } = new NameModel(zero()).read(tokens, new Uint8Array(tokens.length));
    assert.deepStrictEqual([names, outside(probabilities, 'Anna'), outside(probabilities, 'Paul')], [[], 1, 1]);
  });

  it('a sentence where the rules see a name gets the model’s probabilities, the others stay unread', () => {
    const rules = labelsOf([{ first: at('Paul'), last: at('Dorn'), kind: 'person' }], tokens.length);
    const { probabilities } = new NameModel(zero()).read(tokens, rules);
    assert.ok(outside(probabilities, 'Paul') < 0.5, String(outside(probabilities, 'Paul')));
    assert.strictEqual(outside(probabilities, 'Anna'), 1);
  });

  it('scores added for a word of the second sentence make a name of that word', () => {
    const added = new Float64Array(tokens.length * LABEL_COUNT);
    added[at('Dorn') * LABEL_COUNT + beginOf('place')] = 50;
    const { names } = new NameModel(zero()).read(tokens, new Uint8Array(tokens.length), added);
    assert.deepStrictEqual(names.map((n) => [tokens[n.first].text, tokens[n.last].text, n.kind]), [['Dorn', 'Dorn', 'place']]);
  });
});
