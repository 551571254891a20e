// The made-up edit run after a document's first analysis, so that the code following an edit is compiled before the reader's first one.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, analyzeParagraph, assembleAfter } from '../../src/core/pipeline/analyze';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { rehearseEdit } from '../../src/analysis/rehearsal';

const PIECES = ['Angela Merkel', 'Vladimir Putin', 'Merkel', 'Moscow', 'Reuters', 'said', ' ', '. ', ', ', '.\n', '\n\n', '\r\n\r\n', '“', '”', 'he said.'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

const firstAnalysis = (text: string) => {
  const findings = splitParagraphs(text).map((unit) => analyzeParagraph(text, unit));
  return { findings, assembly: assembleAfter(undefined, text, findings) };
};

describe('rehearseEdit', () => {
  it('assembles exactly the analysis of the text with a blank line added, and leaves the first assembly as it was', () => {
    fc.assert(
      fc.property(prose, prose, (text, later) => {
        const { findings, assembly } = firstAnalysis(text);
        const rehearsed = rehearseEdit(assembly, findings, undefined);
        if (rehearsed) {
          assert.strictEqual(rehearsed.memo.text.length, text.length + 2);
          assert.deepStrictEqual(rehearsed.analysis, analyze(rehearsed.memo.text));
        }
        // The reader's real edit still starts from the first assembly.
        const edited = text + later;
        const next = assembleAfter(assembly, edited, splitParagraphs(edited).map((unit) => analyzeParagraph(edited, unit)));
        assert.deepStrictEqual(next.analysis, analyze(edited));
      }),
      { numRuns: 150 },
    );
  });

  it('rehearses in the middle of a document of many paragraphs, and not in one of a single paragraph', () => {
    const text = Array.from({ length: 6 }, (_, i) => `“We are ready,” Angela Merkel said in Moscow on day ${i}.`).join('\n\n');
    const { findings, assembly } = firstAnalysis(text);
    const rehearsed = rehearseEdit(assembly, findings, undefined);
    assert.ok(rehearsed);
    assert.strictEqual(rehearsed.analysis.quotes.length, 6);
    const single = firstAnalysis('Angela Merkel said so.');
    assert.strictEqual(rehearseEdit(single.assembly, single.findings, undefined), undefined);
  });
});
