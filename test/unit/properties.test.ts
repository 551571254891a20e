// Property tests: for random and hostile text, the analysis is well formed, nothing throws, and the
// paragraph cache gives exactly what a fresh analysis gives.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, analyzeParagraph, assemble, assembleAfter, moveFindings, type ParagraphFindings } from '../../src/core/pipeline/analyze';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { runJob } from '../../src/analysis/incremental';
import { ParagraphCache } from '../../src/analysis/paragraphCache';
import { assertValidAnalysis } from './invariants';

/** Pieces that make text look like news, plus the characters that break naive code. */
const PIECES = [
  'Angela Merkel', 'Vladimir Putin', 'Xi Jinping', 'the Kremlin', 'Moscow', 'Paris', 'the United Nations',
  'Reuters', 'Dr. Smith', 'said', 'told reporters', 'on Monday', '$5 million', '12%', 'met', 'in', 'and', 'the',
  '. ', ', ', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '—', '…',
  '😀', '𝒜', '🇫🇷', '\u0000', '\u200b', 'مرحبا', '北京', 'שלום', '# ', '```', '---', '*',
];

const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
/** Any UTF-16 text, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const texts = fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: anyText });

const RUNS = { numRuns: 150 };

describe('properties of analyze()', () => {
  it('returns well-formed spans for any text, and never throws', () => {
    fc.assert(fc.property(texts, (text) => assertValidAnalysis(text, analyze(text))), RUNS);
  });

  it('does not depend on what comes before a paragraph, except by its offset', () => {
    fc.assert(
      fc.property(prose, fc.string({ maxLength: 30 }), (paragraph, prefix) => {
        const text = `${prefix}\n\n${paragraph}`;
        const unit = { start: prefix.length + 2, end: text.length };
        const here = analyzeParagraph(text, unit);
        const alone = analyzeParagraph(paragraph, { start: 0, end: paragraph.length });
        assert.deepStrictEqual(moveFindings(alone, unit.start), here);
      }),
      RUNS,
    );
  });
});

describe('properties of the paragraph cache', () => {
  const noPause = { isCancelled: () => false, pause: () => Promise.resolve() };
  /** An edit: replace [at, at + removed) of the text by `inserted`, `at` in SPREADths of the text (integers, which fast-check spreads evenly; its doubles crowd near 0). */
  const SPREAD = 10_000;
  const edits = fc.array(fc.record({ at: fc.nat(SPREAD), removed: fc.nat(20), inserted: prose }), { minLength: 1, maxLength: 4 });
  const document = fc.array(prose, { minLength: 1, maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'));

  it('gives, after any edits, the same analysis as analysing the new text from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(document, edits, async (original, changes) => {
        const cache = new ParagraphCache();
        let text = original;
        // The cache carries each job's document-level results to the next, as in the worker.
        await runJob(text, cache, noPause);
        for (const { at, removed, inserted } of changes) {
          const start = Math.floor((at / SPREAD) * text.length);
          text = text.slice(0, start) + inserted + text.slice(start + removed);
          const result = await runJob(text, cache, noPause);
          assert.deepStrictEqual(result?.analysis, analyze(text));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('re-reads only the paragraphs an edit touched', async () => {
    const paragraphs = ['Angela Merkel met Vladimir Putin in Moscow.', 'Xi Jinping spoke in Paris.', 'Reuters said nothing.', 'The United Nations met.'];
    const cache = new ParagraphCache();
    await runJob(paragraphs.join('\n\n'), cache, noPause);
    const edited = [paragraphs[0], 'Xi Jinping spoke in Paris on Monday.', ...paragraphs.slice(2)].join('\n\n');
    const result = await runJob(`Inserted first.\n\n${edited}`, cache, noPause);
    assert.strictEqual(result?.stats.paragraphs, splitParagraphs(`Inserted first.\n\n${edited}`).length);
    assert.strictEqual(result?.stats.analysed, 2, 'the new paragraph and the edited one');
  });

  it('stops a cancelled job and still gives the full answer next time', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} names Angela Merkel.`).join('\n\n');
    const cache = new ParagraphCache();
    const cancelled = await runJob(text, cache, { isCancelled: () => true, pause: () => Promise.resolve() });
    assert.strictEqual(cancelled, undefined);
    const result = await runJob(text, cache, noPause);
    assert.deepStrictEqual(result?.analysis, analyze(text));
  });
});

describe('properties of assembling after an edit', () => {
  /** News-like pieces rich in what the document-level passes decide on: names, quotes, attributions, paragraph breaks. */
  const NEWS = [
    'Angela Merkel', 'Merkel', 'Vladimir Putin', 'Putin', 'Xi Jinping', 'Xi', 'He Lifeng', 'He', 'the Kremlin', 'Moscow',
    'Party of Democratic Action (SDA)', 'SDA', 'Reuters', 'the spokesman', 'she', 'he', 'said', 'told reporters',
    'according to Tass', 'as quoted by RT', 'PENCE: ', 'Said Ellis: ', 'the', 'met', 'in', 'and', 'on Monday',
    'the talks', 'a deal', 'was', 'agreed', 'today', '. ', ', ', ': ', ' ', ' ', ' ', ' ', ' ', '\n', '\n\n', '"', '“', '”', '‘', '’', "'", '«', '»', '—', '?',
    'WASHINGTON —',
  ];
  const paragraph = fc.array(fc.constantFrom(...NEWS), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
  const document = fc.array(paragraph, { minLength: 8, maxLength: 30 }).map((paragraphs) => paragraphs.join('\n\n'));
  /** Mostly what typing does (a character, a line break, a mark), sometimes a name or a phrase. */
  const typed = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('', 'x', 'A', ' ', '.', ',', '\n', '\n\n', '"', '“', '”', '’', ':') },
    { weight: 1, arbitrary: fc.constantFrom(...NEWS) },
  );
  // Places spread evenly (a double is mostly near 0): edits well inside a document reach the paths that reuse the most.
  const edits = fc.array(fc.record({ at: fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000), removed: fc.nat(4), inserted: typed }), { minLength: 1, maxLength: 6 });

  /** Findings of every unit, each paragraph analysed once and moved where it is found again, as the worker's cache does. */
  const findingsOf = (text: string, seen: Map<string, ParagraphFindings>): ParagraphFindings[] =>
    splitParagraphs(text).map((unit) => {
      const paragraphText = text.slice(unit.start, unit.end);
      const known = seen.get(paragraphText);
      if (known) return moveFindings(known, unit.start);
      const found = analyzeParagraph(text, unit);
      seen.set(paragraphText, found);
      return found;
    });

  it('gives exactly what assembling the edited text from scratch gives, edit after edit', () => {
    fc.assert(
      fc.property(document, edits, (original, changes) => {
        const seen = new Map<string, ParagraphFindings>();
        let text = original;
        let assembly = assembleAfter(undefined, text, findingsOf(text, seen));
        for (const { at, removed, inserted } of changes) {
          const start = Math.floor(at * text.length);
          text = text.slice(0, start) + inserted + text.slice(start + removed);
          const findings = findingsOf(text, seen);
          assembly = assembleAfter(assembly, text, findings);
          assert.deepStrictEqual(assembly.analysis, assemble(text, findings));
        }
      }),
      RUNS,
    );
  });
});
