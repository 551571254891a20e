// src/core's mutation score summed over every part, as measured: the reports in reports/mutation/ (each file's
// -after report where it was re-tested) and the figures of the parts measured on 6 December (docs/testing.md).
//   node test/mutation/total.mjs            (TIMEOUT_SURVIVES=1: every timed-out mutant counted as surviving)
import fs from 'node:fs';
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const TIMEOUT_SURVIVES = !!process.env.TIMEOUT_SURVIVES;
const of = (f) => { let d = 0, v = 0, t = 0; for (const { mutants } of Object.values(JSON.parse(fs.readFileSync(`reports/mutation/${f}.json`, 'utf8')).files)) for (const m of mutants) { if (m.status === 'Killed' || (!TIMEOUT_SURVIVES && m.status === 'Timeout')) d++; if (m.status === 'Timeout') t++; if (VALID.has(m.status)) v++; } return [d, v, t]; };
const best = (name) => [`${name}-after-after`, `${name}-after`, name].find((n) => fs.existsSync(`reports/mutation/${n}.json`));
const parts = {
  'model': [423, 453], 'model/spans.ts': [163, 188], 'corrections': [393, 501], 'workspace': [323, 374], 'pipeline/*.ts': [177, 183],
  'quotes/find.ts': [248, 304], 'entities/classify.ts (earlier version)': [568, 783],
  'quotes/speakers.ts': of('core-pipeline-quotes-speakers'), 'quotes/kinds.ts': of('core-pipeline-quotes-kinds'), 'quotes/verbs.ts': of('core-pipeline-quotes-verbs'),
  'quotes/gender.ts': of('core-pipeline-quotes-gender'), 'quotes/attribute.ts': of('attribute-rerun-after'), 'quotes/reattribute.ts': of('reattribute-late-after'),
  'quotes/marks.ts': of('marks-before-after'), 'quotes/transcript.ts': of('transcript-before-after'), 'quotes/layout.ts': of('layout-before-after'),
  'quotes/phrases.ts': of('phrases-before-after'), 'quotes/clauses.ts': of('clauses-before-after'),
};
const entityFiles = ['resolve', 'nameModel', 'nameFinder', 'sweep', 'tokens', 'candidates', 'words', 'lexicon', 'compromiseInternals', 'runs', 'plainSentences', 'values', 'gazetteer', 'parse', 'terms'];
const missing = [];
for (const f of entityFiles) { const name = `core-pipeline-entities-${f}`; if (fs.existsSync(`reports/mutation/${name}.json`)) parts[`entities/${f}`] = of(best(name)); else missing.push(f); }
let d = 0, v = 0;
for (const [name, [pd, pv, pt]] of Object.entries(parts)) { console.log(`${name.padEnd(28)} ${String(pd).padStart(5)} / ${String(pv).padStart(5)}  ${(100 * pd / pv).toFixed(1)}%${pt ? `  (${pt} timeouts)` : ''}`); d += pd; v += pv; }
console.log(`measured: ${d} / ${v} = ${(100 * d / v).toFixed(2)}%${missing.length ? `; not yet measured: ${missing.join(', ')}` : ''}`);
