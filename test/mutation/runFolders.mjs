#!/usr/bin/env node
// Mutation-tests folders (or files) of src one after the other, each with its own incremental
// file and reports, so a long measurement can be stopped and resumed and its parts read as they finish:
//   nice -n 10 node test/mutation/runFolders.mjs core/model/spans.ts core/model core/corrections ...
// Each gets reports/mutation/<name>.{json,html,log} and <name>-incremental.json, where <name> is
// the path with '/' as '-'. A folder's own files are mutated, not its subfolders, and not a file
// that is named on its own in the same command (so a slow file can be measured apart).
// `--tests a,b` runs only the unit suites whose file names contain one of those words (for a file
// measured alone: its own suites, so that a surviving mutant does not run every suite that reaches it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const testsAt = args.indexOf('--tests');
const tests = testsAt >= 0 ? args[testsAt + 1].split(',') : undefined;
const folders = args.filter((_, i) => testsAt < 0 || (i !== testsAt && i !== testsAt + 1));
if (folders.length === 0) {
  console.error('usage: node test/mutation/runFolders.mjs [--tests word,word] <folder or file under src>...');
  process.exit(2);
}
const base = JSON.parse(fs.readFileSync('stryker.config.json', 'utf8'));
const out = 'reports/mutation';
fs.mkdirSync(out, { recursive: true });
let failed = 0;
for (const folder of folders) {
  const name = folder.replace(/\.ts$/, '').replaceAll('/', '-');
  const config = {
    ...base,
    $schema: undefined,
    mutate: folder.endsWith('.ts')
      ? [`src/${folder}`]
      : [`src/${folder}/*.ts`, ...folders.filter((file) => path.dirname(file) === folder).map((file) => `!src/${file}`)],
    mochaOptions: tests ? { ...base.mochaOptions, spec: tests.map((word) => `out/test/unit/*${word}*.test.js`) } : base.mochaOptions,
    incrementalFile: `${out}/${name}-incremental.json`,
    htmlReporter: { fileName: `${out}/${name}.html` },
    jsonReporter: { fileName: `${out}/${name}.json` },
    reporters: ['html', 'json', 'clear-text', 'progress-append-only'],
  };
  const configFile = path.join(out, `${name}.config.json`);
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const log = fs.openSync(path.join(out, `${name}.log`), 'w');
  console.log(`${new Date().toISOString()} ${folder}: start`);
  const run = spawnSync('npx', ['stryker', 'run', configFile], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  console.log(`${new Date().toISOString()} ${folder}: exit ${run.status}`);
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
