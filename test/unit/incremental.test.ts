// runJob with a scripted helper thread: what it hands over, and what happens when the helper fails.
import * as assert from 'assert';
import { runJob, type Helper } from '../../src/analysis/incremental';
import { ParagraphCache } from '../../src/analysis/paragraphCache';
import { analyzeUnits } from '../../src/analysis/paragraphPass';
import type { UnitText } from '../../src/analysis/protocol';
import { analyze } from '../../src/core/pipeline/analyze';

const TEXT = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: Angela Merkel met Emmanuel Macron in Paris.`).join('\n\n');
const options = (helper: Helper) => ({ isCancelled: () => false, pause: () => new Promise<void>((resolve) => setImmediate(resolve)), helper });

describe('runJob with a helper', () => {
  it('hands the helper paragraphs from the end, and still gives the one-thread analysis', async () => {
    const handed: UnitText[][] = [];
    const helper: Helper = { isFree: () => true, analyze: async (units) => (handed.push([...units]), analyzeUnits(units)) };
    const result = await runJob(TEXT, new ParagraphCache(), options(helper));
    assert.deepStrictEqual(result?.analysis, analyze(TEXT));
    const byHelper = handed.flat().length;
    assert.ok(byHelper > 0 && byHelper === result?.stats.analysedByHelper, `the helper took ${byHelper} paragraphs`);
    assert.strictEqual(handed[0].at(-1)?.start, TEXT.lastIndexOf('Paragraph 59'), 'its first batch ends with the last paragraph');
  });

  it('does the paragraphs itself when the helper fails, and stops asking it', async () => {
    let asked = 0;
    const helper: Helper = { isFree: () => true, analyze: () => (asked++, Promise.reject(new Error('the helper died'))) };
    const result = await runJob(TEXT, new ParagraphCache(), options(helper));
    assert.deepStrictEqual(result?.analysis, analyze(TEXT));
    assert.strictEqual(asked, 1);
    assert.strictEqual(result?.stats.analysedByHelper, 0);
    assert.strictEqual(result?.stats.analysed, result?.stats.paragraphs);
  });

  it('gives a busy helper nothing', async () => {
    let asked = 0;
    const helper: Helper = { isFree: () => false, analyze: async (units) => (asked++, analyzeUnits(units)) };
    const result = await runJob(TEXT, new ParagraphCache(), options(helper));
    assert.strictEqual(asked, 0);
    assert.deepStrictEqual(result?.analysis, analyze(TEXT));
  });
});
