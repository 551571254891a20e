// The names shown by default: the editor's dossier.names.minConfidence and the CLI's --min-confidence.
import * as assert from 'assert';
import type { Analysis, Entity, Mention } from '../../src/core/model/model';
import { withNamesAtLeast } from '../../src/core/model/nameConfidence';

function analysisOf(...names: { id: string; confidence?: number }[]): Analysis {
  const mentions: Mention[] = names.map(({ id }, k) => ({ start: k * 10, end: k * 10 + 4, entityId: id, text: id }));
  const entities = names.map(({ id, confidence }, k): Entity => ({
    id, kind: 'person', name: id, aliases: [], roles: [], mentions: [mentions[k]], firstMention: mentions[k], ...(confidence === undefined ? {} : { confidence }),
  }));
  return { textLength: names.length * 10, entities, mentions, quotes: [], values: [] };
}

describe('withNamesAtLeast', () => {
  const cases: { name: string; minimum: number; names: { id: string; confidence?: number }[]; kept: string[] }[] = [
    { name: 'a name below the minimum goes, with its mentions', minimum: 0.5, names: [{ id: 'a', confidence: 0.9 }, { id: 'b', confidence: 0.49 }], kept: ['a'] },
    { name: 'a name exactly at the minimum stays', minimum: 0.5, names: [{ id: 'a', confidence: 0.5 }], kept: ['a'] },
    { name: 'a name the reader made (no confidence) always stays', minimum: 0.9, names: [{ id: 'a' }, { id: 'b', confidence: 0.2 }], kept: ['a'] },
    { name: 'a minimum of 0 keeps every name', minimum: 0, names: [{ id: 'a', confidence: 0 }, { id: 'b', confidence: 0.1 }], kept: ['a', 'b'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const shown = withNamesAtLeast(analysisOf(...c.names), c.minimum);
      assert.deepStrictEqual(shown.entities.map((e) => e.id), c.kept);
      assert.deepStrictEqual(shown.mentions.map((m) => m.entityId), c.kept);
    });
  }
  it('returns the same analysis when every name is kept', () => {
    const analysis = analysisOf({ id: 'a', confidence: 0.9 }, { id: 'b' });
    assert.strictEqual(withNamesAtLeast(analysis, 0.5), analysis);
  });
});
