// Hostile inputs: each is analysed without throwing, gives well-formed spans, and costs time
// proportional to its size. The bound tested, in CPU time of the process (so other work on the
// machine does not count; see cpuTime.ts): at most BASE_MS + MS_PER_MB per megabyte of text (about 4× slower than
// prose normally goes), and doubling the input at most triples the time (quadratic code would
// quadruple it). The table of sizes and times is printed at the end, for the record.
import * as assert from 'assert';
import { analyze, assemble } from '../../src/core/pipeline/analyze';
import { MAX_UNIT, splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { cpuMs } from './cpuTime';
import { assertValidAnalysis } from './invariants';

const BASE_MS = 300;
const MS_PER_MB = 40_000;
const DOUBLING_LIMIT = 3;

interface HostileCase {
  readonly name: string;
  /** About `size` code units of the input. */
  readonly make: (size: number) => string;
  /** The size the issue asks for; the doubling check runs at half of it and at it. */
  readonly size: number;
  /** For inputs cheap to analyse, the doubling check runs at the size and twice it, where quadratic code shows. */
  readonly doubleUp?: boolean;
}

const repeatTo = (piece: string, size: number): string => piece.repeat(Math.max(1, Math.ceil(size / piece.length))).slice(0, size);

const CASES: HostileCase[] = [
  { name: 'empty text', make: () => '', size: 0 },
  { name: 'whitespace only', make: (n) => repeatTo(' \t\n\r\n\u00a0', n), size: 100_000 },
  // The full 2 MB line is covered by the document-level test below; the NLP runs on a tenth of it.
  { name: 'one line without punctuation (200 kB of the 2 MB case)', make: (n) => repeatTo('word Moscow ', n), size: 200_000 },
  { name: '10,000 unbalanced quote marks', make: (n) => repeatTo('"“«„', n), size: 10_000, doubleUp: true },
  { name: '10,000 quote marks between words', make: (n) => repeatTo('He said “yes and ', n * 4), size: 10_000 },
  { name: 'binary bytes and NUL', make: (n) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''), size: 50_000 },
  { name: 'emoji and astral characters', make: (n) => repeatTo('😀 Angela Merkel 𝒜 met 🇫🇷 Emmanuel Macron in Paris. “Bonjour 👋,” she said.\n', n), size: 50_000 },
  { name: 'CRLF and mixed line endings', make: (n) => repeatTo('Angela Merkel met Macron.\r\nHe said "yes."\r\rThen\nIt rained.\n\r\n', n), size: 50_000 },
  { name: 'right-to-left and CJK text', make: (n) => repeatTo('مرحبا بالعالم. 北京是中国的首都。 שלום עולם. Angela Merkel visited Beijing.\n', n), size: 50_000 },
  { name: 'words of 10,000 letters', make: (n) => repeatTo(`${'a'.repeat(10_000)} ${'B'.repeat(10_000)} `, n), size: 100_000 },
  { name: 'deeply nested quotes', make: (n) => `${'“'.repeat(n / 2)}deep${'”'.repeat(n / 2)}`, size: 10_000, doubleUp: true },
  { name: 'nested quotes of every kind', make: (n) => repeatTo('“He said ‘she said «they said "no"» to me’ loudly,” Putin said. ', n), size: 50_000 },
  { name: 'Markdown with front matter and code fences', make: (n) => repeatTo('---\ntitle: "A test"\nauthor: Jane Doe\n---\n\n# Heading\n\n```js\nconst x = "not a quote";\n```\n\nAngela Merkel said "hello there, my friend".\n', n), size: 50_000 },
];

const table: string[] = [];

const boundMs = (size: number): number => BASE_MS + (MS_PER_MB * size) / 1e6;

describe('hostile inputs', function () {
  this.timeout(120_000);
  after(() => {
    console.log(`\n  ${'input'.padEnd(58)} ${'size'.padStart(9)} ${'CPU time'.padStart(9)} ${'bound'.padStart(8)}  result`);
    for (const row of table) console.log(`  ${row}`);
  });

  for (const { name, make, size, doubleUp } of CASES) {
    it(`${name}: well-formed, within ${BASE_MS} ms + ${MS_PER_MB / 1000} s/MB`, () => {
      const text = make(size);
      const { value: analysis, ms } = cpuMs(() => analyze(text));
      assertValidAnalysis(text, analysis);
      const result = `ok: ${analysis.entities.length} entities, ${analysis.mentions.length} mentions, ${analysis.quotes.length} quotes`;
      table.push(`${name.padEnd(58)} ${text.length.toLocaleString('en-US').padStart(9)} ${`${ms.toFixed(0)} ms`.padStart(9)} ${`${boundMs(text.length).toFixed(0)} ms`.padStart(8)}  ${result}`);
      assert.ok(ms <= boundMs(text.length), `took ${ms.toFixed(0)} ms of CPU for ${text.length} code units`);
    });
    if (size >= 10_000) {
      it(`${name}: doubling the input at most ${DOUBLING_LIMIT}× the time`, () => {
        const small = make(doubleUp ? size : size / 2);
        const large = make(doubleUp ? size * 2 : size);
        analyze(small); // warm the JIT so the first run does not look slow
        // The least of three runs each, taken in turn: process CPU time also counts the garbage
        // collector's threads, and a busy machine inflates any single run.
        let t1 = Infinity;
        let t2 = Infinity;
        for (let run = 0; run < 3; run++) {
          t1 = Math.min(t1, Math.max(1, cpuMs(() => analyze(small)).ms));
          t2 = Math.min(t2, cpuMs(() => analyze(large)).ms);
        }
        assert.ok(t2 <= DOUBLING_LIMIT * t1 + 50, `${small.length} → ${large.length} code units took ${t1.toFixed(0)} → ${t2.toFixed(0)} ms`);
      });
    }
  }

  it('one 2 MB line without punctuation: units stay bounded and the document-level passes stay linear', () => {
    const line = repeatTo('word Moscow ', 2_000_000);
    const { value: units, ms: splitMs } = cpuMs(() => splitParagraphs(line));
    for (const unit of units) assert.ok(unit.end - unit.start <= MAX_UNIT, 'no unit is longer than MAX_UNIT');
    assert.ok(units.length >= 2_000_000 / MAX_UNIT, 'the line is cut into units');
    assert.ok(splitMs < 1000, `splitting took ${splitMs.toFixed(0)} ms`);
    table.push(`${'one 2 MB line: splitting into units'.padEnd(58)} ${line.length.toLocaleString('en-US').padStart(9)} ${`${splitMs.toFixed(0)} ms`.padStart(9)} ${'1000 ms'.padStart(8)}  ok: ${units.length} units ≤ ${MAX_UNIT}`);
    // The document-level passes (entity merging, quote finding and attribution) over the whole line.
    const findings = units.map((unit) => ({ ...unit, text: line.slice(unit.start, unit.end), candidates: [], notNames: [], values: [] }));
    const { value: analysis, ms: assembleMs } = cpuMs(() => assemble(line, findings));
    assertValidAnalysis(line, analysis);
    assert.ok(assembleMs <= boundMs(line.length) / 10, `the document-level passes took ${assembleMs.toFixed(0)} ms`);
    table.push(`${'one 2 MB line: document-level passes'.padEnd(58)} ${line.length.toLocaleString('en-US').padStart(9)} ${`${assembleMs.toFixed(0)} ms`.padStart(9)} ${`${(boundMs(line.length) / 10).toFixed(0)} ms`.padStart(8)}  ok`);
  });
});
