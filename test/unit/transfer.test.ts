// How analyses cross from the worker to the host: whole, or as the change from the previous one.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/pipeline/analyze';
import type { Analysis } from '../../src/core/model/model';
import { decodeAnalysis, encodeAnalysis, type EncodedAnalysis, type SharedAnalysis } from '../../src/analysis/transfer';

const noPause = (): Promise<void> => Promise.resolve();
const PIECES = ['Angela Merkel', 'Vladimir Putin', 'Merkel', 'Moscow', 'Paris', 'the United Nations', 'Reuters', 'said', ' ', '. ', ', ', '\n\n', '“', '”', '"', '$5 million', 'on Monday'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat(15), inserted: prose });

/** Send `analysis` through encode and decode, as the worker and the host do, building on what each holds. */
async function send(analysis: Analysis, sent: SharedAnalysis | undefined, received: SharedAnalysis | undefined): Promise<{ encoded: EncodedAnalysis; sent: SharedAnalysis; received: SharedAnalysis }> {
  const { encoded, shared } = encodeAnalysis(analysis, sent);
  const copy = JSON.parse(JSON.stringify(encoded)) as EncodedAnalysis; // nothing crosses but plain data
  return { encoded, sent: shared, received: await decodeAnalysis(copy, received, noPause) };
}

function assertSharesMentions(analysis: Analysis): void {
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) assert.ok(analysis.mentions.includes(mention), 'an entity lists objects of `mentions`');
    assert.strictEqual(entity.firstMention, entity.mentions[0]);
  }
}

describe('transfer of analyses', () => {
  it('rebuilds, after any edits, each analysis exactly, from the previous one', async () => {
    await fc.assert(
      fc.asyncProperty(prose, fc.array(edit, { minLength: 1, maxLength: 5 }), async (original, edits) => {
        let text = original;
        let { sent, received } = await send(analyze(text), undefined, undefined);
        for (const { at, removed, inserted } of edits) {
          const start = Math.floor(at * text.length);
          text = text.slice(0, start) + inserted + text.slice(start + removed);
          const expected = analyze(text);
          ({ sent, received } = await send(expected, sent, received));
          assert.deepStrictEqual(received.analysis, expected);
          assertSharesMentions(received.analysis);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('after a small edit sends only what changed, and keeps the objects before it', async () => {
    const paragraph = (i: number): string => `Paragraph ${i}: Angela Merkel met Vladimir Putin in Moscow. “We agree,” Merkel said.`;
    const paragraphs = Array.from({ length: 50 }, (_, i) => paragraph(i));
    const text = paragraphs.join('\n\n');
    const before = await send(analyze(text), undefined, undefined);
    const editedText = [...paragraphs.slice(0, 25), `${paragraph(25)} Reuters saw it.`, ...paragraphs.slice(26)].join('\n\n');
    const expected = analyze(editedText);
    const after = await send(expected, before.sent, before.received);
    assert.deepStrictEqual(after.received.analysis, expected);
    const sentItems = Object.values(after.encoded.lists).reduce((sum, list) => sum + list.length - list.head - list.tail, 0);
    assert.ok(sentItems <= 10, `${sentItems} items sent`);
    assert.strictEqual(after.received.analysis.mentions[0], before.received.analysis.mentions[0], 'a mention before the edit is the very same object');
    assert.strictEqual(after.received.analysis.entities.length, before.received.analysis.entities.length + 1, 'Reuters is new');
  });

  it('refuses a change to an analysis it does not hold', async () => {
    const first = encodeAnalysis(analyze('Angela Merkel spoke.'));
    const change = encodeAnalysis(analyze('Angela Merkel spoke again.'), first.shared).encoded;
    await assert.rejects(decodeAnalysis(change, undefined, noPause), /does not hold/);
  });
});
