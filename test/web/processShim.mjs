// `process` for the npm packages that stand in for Node's `assert` and `util` in the web test
// bundle (they read process.env and process.version); injected by test/host/buildWebTests.mjs.
export { default as process } from 'process/browser.js';
