#!/usr/bin/env node
// Summarises a .cpuprofile of the extension host (runIntegration.mjs --profile): where the time
// went by function, and what ran during each long task, the stretches without a return to the
// event loop that a user feels as a frozen editor.
//
//   node test/host/profileSummary.mjs out/profiles/war-and-peace.cpuprofile [--task-ms 30] [--top 25]
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: {
  'task-ms': { type: 'string', default: '30' },
  top: { type: 'string', default: '25' },
} });
if (positionals.length !== 1) {
  console.error('usage: node test/host/profileSummary.mjs FILE.cpuprofile [--task-ms 30] [--top 25]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8'));
const taskMs = Number(args['task-ms']);
const top = Number(args.top);

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
const short = (url) => url.replace(/^.*\/(dist|out|static|node_modules)\//, '$1/').replace(/^file:\/\//, '');
const nameOf = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'}${url ? ` ${short(url)}:${lineNumber + 1}` : ''}`;
};
/** The frames of a sample, innermost first. */
const stackOf = (id) => {
  const frames = [];
  for (let at = id; at !== undefined; at = parentOf.get(at)) frames.push(nodes.get(at));
  return frames;
};
const ms = (us) => (us / 1000).toFixed(1);

// A sample stands for the time until the next one: timeDeltas[i + 1].
const samples = profile.samples.map((id, i) => ({ id, us: profile.timeDeltas[i + 1] ?? 0 }));
const total = samples.reduce((sum, s) => sum + s.us, 0);

function table(title, selfOf, totalOf, selected) {
  const self = new Map(), inclusive = new Map();
  for (const sample of selected) {
    const stack = stackOf(sample.id);
    const key = selfOf(stack[0]);
    self.set(key, (self.get(key) ?? 0) + sample.us);
    for (const name of new Set(stack.map(totalOf))) inclusive.set(name, (inclusive.get(name) ?? 0) + sample.us);
  }
  console.log(`\n${title}\n  self ms   total ms  function`);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of rows) console.log(`  ${ms(us).padStart(7)}  ${ms(inclusive.get(name) ?? us).padStart(9)}  ${name}`);
}

const busy = samples.filter((s) => !IDLE.has(nodes.get(s.id).callFrame.functionName));
console.log(`${positionals[0]}: ${ms(total)} ms profiled, ${ms(busy.reduce((sum, s) => sum + s.us, 0))} ms busy in JavaScript`);
table('By function, over the whole profile', nameOf, nameOf, busy);

// The extension's own share: samples with a frame of its bundle (dist/) on the stack, and the
// longest unbroken run of them, which bounds how long its code held the thread at once.
const isOurs = (id) => stackOf(id).some((n) => /\/dist\/(extension|worker)\.js$/.test(n.callFrame.url));
let oursUs = 0, runUs = 0, longestUs = 0, longestAt = 0, clockAt = profile.startTime;
samples.forEach((sample, i) => {
  clockAt += profile.timeDeltas[i];
  if (isOurs(sample.id)) {
    oursUs += sample.us;
    runUs += sample.us;
    if (runUs > longestUs) [longestUs, longestAt] = [runUs, clockAt];
  } else runUs = 0;
});
console.log(`\nThe extension's own code (dist/extension.js on the stack): ${ms(oursUs)} ms in all; longest unbroken run ${ms(longestUs)} ms, ending at +${ms(longestAt - profile.startTime)} ms`);

// The stalls the test saw (FILE.windows.json beside the profile, on the profile's clock): what ran
// in each. Without them, busy stretches stand in: runs of samples with no idle one between, which
// may span several event-loop turns (setImmediate and I/O callbacks never idle the thread).
const windowsFile = positionals[0].replace(/\.cpuprofile$/, '.windows.json');
// Sample i was taken timeDeltas[i] after sample i - 1 (the first, after startTime).
const stamped = [];
let clock = profile.startTime;
samples.forEach((sample, i) => {
  clock += profile.timeDeltas[i];
  stamped.push({ ...sample, at: clock });
});
let stretches;
if (fs.existsSync(windowsFile)) {
  stretches = JSON.parse(fs.readFileSync(windowsFile, 'utf8')).map((w) => {
    const inside = stamped.filter((s) => s.at >= w.startUs && s.at < w.endUs);
    return { label: `${w.label}, at +${ms(w.startUs - profile.startTime)} ms`, samples: inside.filter((s) => nodes.get(s.id).callFrame.functionName !== '(idle)') };
  });
  console.log(`\n${stretches.length} stalls seen by the test; the longest first:`);
} else {
  stretches = [];
  let current;
  for (const sample of stamped) {
    if (nodes.get(sample.id).callFrame.functionName === '(idle)') current = undefined;
    else {
      if (!current) stretches.push((current = { at: sample.at, samples: [] }));
      current.samples.push(sample);
    }
  }
  for (const stretch of stretches) stretch.label = `at +${ms(stretch.at - profile.startTime)} ms`;
  stretches = stretches.filter((stretch) => stretch.samples.reduce((sum, s) => sum + s.us, 0) >= taskMs * 1000);
  console.log(`\n${stretches.length} busy stretches of ${taskMs} ms or more; the longest first:`);
}
const busyUs = (stretch) => stretch.samples.reduce((sum, s) => sum + s.us, 0);
for (const stretch of stretches.sort((a, b) => busyUs(b) - busyUs(a)).slice(0, 12)) {
  const self = new Map();
  const entered = new Map();
  for (const sample of stretch.samples) {
    const key = nameOf(nodes.get(sample.id));
    self.set(key, (self.get(key) ?? 0) + sample.us);
    // The outermost frame of the extension (or the tests), else the outermost one, stands for the sample.
    const stack = stackOf(sample.id).filter((n) => !IDLE.has(n.callFrame.functionName));
    const ours = stack.filter((n) => n.callFrame.url.includes('/dist/') || n.callFrame.url.includes('/out/test'));
    const outer = ours.at(-1) ?? stack.at(-1);
    const root = outer ? nameOf(outer) : nameOf(nodes.get(sample.id));
    entered.set(root, (entered.get(root) ?? 0) + sample.us);
  }
  const list = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${ms(us)} ${k}`).join('\n      ');
  console.log(`\n  ${stretch.label}: ${ms(busyUs(stretch))} ms busy`);
  console.log(`    entered through:\n      ${list(entered, 5)}`);
  console.log(`    self time:\n      ${list(self, 8)}`);
}
