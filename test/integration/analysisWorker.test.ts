// The analysis worker the extension starts, on whichever host this runs: a worker thread on the
// desktop, a Web Worker started from a Blob URL on the web (src/extension/analysisWorker*.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { AnalysisClient } from '../../src/analysis/analysisClient';
import { analyze } from '../../src/core/pipeline/analyze';
import { analysisWorker } from '../../src/extension/analysisWorker';
import { activeExtension, becomes, decorated, inspect, inWebWorkerHost, openFixture } from './helpers';
import { SAMPLE } from './gold';

const HOST = inWebWorkerHost ? 'web worker host' : 'Node host';
const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `Paragraph ${i}: Angela Merkel met Emmanuel Macron in Paris.`).join('\n\n');
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number): string => `${value.toFixed(0)} ms`;

async function withClient<T>(options: { waitForHelper?: boolean }, body: (client: AnalysisClient) => Promise<T>): Promise<T> {
  const client = new AnalysisClient({ startWorker: analysisWorker((await activeExtension()).extensionUri), ...options });
  try {
    return await body(client);
  } finally {
    client.dispose();
  }
}

describe('the analysis worker', () => {
  it('shares a long document with its helper worker, and agrees with one thread', async () => {
    // The job waits for the helper to load, so its share never depends on the machine's load.
    await withClient({ waitForHelper: true }, async (client) => {
      const text = paragraphs(400);
      const completed = await client.analyze('long', text);
      const byHelper = completed?.stats.analysedByHelper ?? 0;
      assert.ok(byHelper > 0 && byHelper < 400, `the helper took ${byHelper} of 400 paragraphs`);
      assert.deepStrictEqual(completed?.analysis, analyze(text));
    });
  });

  it('analyses the sample article, and says how long it took on this host', async function () {
    this.timeout(120_000);
    const text = (await openFixture(SAMPLE)).document.getText();
    // A fresh worker: starting it (on the web, reading its bundle for the Blob URL) and its first job.
    const started = performance.now();
    const { first, again } = await withClient({}, async (client) => {
      const first = await client.analyze('sample', text);
      const firstMs = performance.now() - started;
      // Warm: each under a new name, so no paragraph comes from the worker's cache.
      const again: number[] = [];
      for (let i = 0; i < 5; i++) again.push((await client.analyze(`sample ${i}`, text))?.stats.milliseconds ?? NaN);
      assert.deepStrictEqual(first?.analysis, analyze(text));
      return { first: firstMs, again };
    });
    // What a reader waits for: a new editor with the sample's text, until it is decorated.
    const opened = performance.now();
    await decorated(await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' })));
    const shown = performance.now() - opened;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const figures = `fresh worker to first analysis ${ms(first)}, warm analysis ${ms(median(again))} (median of ${again.length}), open to decorations ${ms(shown)}`;
    this.test!.title += ` (${HOST}: ${figures})`;
  });

  it('restarts a crashed worker, tells the user once, and goes on analysing', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: paragraphs(3) });
    const editor = await vscode.window.showTextDocument(document);
    await becomes(document.uri, 'ready');
    const before = await inspect();
    await vscode.commands.executeCommand('dossier.test.crashWorker');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Boris Johnson arrived. '));
    await becomes(document.uri, 'ready');
    await vscode.commands.executeCommand('dossier.test.crashWorker');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Olaf Scholz arrived. '));
    await becomes(document.uri, 'ready');
    const after = await inspect();
    assert.strictEqual(after.workerRestarts - before.workerRestarts, 2);
    assert.strictEqual(after.notices.filter((n) => n.includes('analysis worker stopped')).length, 1, 'told once');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
