// The corrections cache the editor reads every document's model through.
import * as assert from 'assert';
import type { Correction } from '../../src/core/corrections/corrections';
import { analyze } from '../../src/core/pipeline/analyze';
import { CorrectedAnalyses } from '../../src/extension/correctedAnalyses';

const TEXT = 'Helena Marsh won the vote in Dover. Tomas Oakley lost.';
const names = (a: { entities: readonly { name: string }[] }): string[] => a.entities.map((e) => e.name).sort();

describe('CorrectedAnalyses', () => {
  const raw = analyze(TEXT);
  const notOakley: Correction[] = [{ action: 'notEntity', name: 'Tomas Oakley' }];
  let reads: number;
  const text = (): string => {
    reads++;
    return TEXT;
  };
  beforeEach(() => (reads = 0));

  it('applies the corrections', () => {
    assert.ok(names(raw).includes('Tomas Oakley'));
    assert.deepStrictEqual(names(new CorrectedAnalyses().of('a', raw, notOakley, text)), names(raw).filter((n) => n !== 'Tomas Oakley'));
  });

  it('gives the raw analysis itself, reading nothing, when there are no corrections', () => {
    assert.strictEqual(new CorrectedAnalyses().of('a', raw, [], text), raw);
    assert.strictEqual(reads, 0);
  });

  it('answers the same analysis and list from the cache, without reading the text again', () => {
    const cache = new CorrectedAnalyses();
    const first = cache.of('a', raw, notOakley, text);
    assert.strictEqual(cache.of('a', raw, notOakley, text), first);
    assert.strictEqual(reads, 1);
  });

  const recomputed: { name: string; change: (cache: CorrectedAnalyses) => [typeof raw, Correction[]] }[] = [
    { name: 'a new list of corrections', change: () => [raw, [...notOakley]] },
    { name: 'a new analysis', change: () => [analyze(TEXT), notOakley] },
    { name: 'the document forgotten', change: (cache) => (cache.forget('a'), [raw, notOakley]) },
    { name: 'the cache cleared', change: (cache) => (cache.clear(), [raw, notOakley]) },
  ];
  for (const { name, change } of recomputed) {
    it(`corrects again after ${name}`, () => {
      const cache = new CorrectedAnalyses();
      const first = cache.of('a', raw, notOakley, text);
      const [analysis, list] = change(cache);
      assert.notStrictEqual(cache.of('a', analysis, list, text), first);
      assert.strictEqual(reads, 2);
    });
  }

  it('keeps each document apart', () => {
    const cache = new CorrectedAnalyses();
    const a = cache.of('a', raw, notOakley, text);
    cache.of('b', raw, notOakley, text);
    assert.strictEqual(cache.of('a', raw, notOakley, text), a);
    assert.strictEqual(reads, 2);
  });
});
