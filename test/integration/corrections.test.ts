import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { toRecord } from '../../src/core/record';
import { CorrectionsService } from '../../src/extension/corrections/correctionsService';
import { DocumentModels } from '../../src/extension/documentModels';
import { activeExtension, eventually, fixturePath, openFixture } from './helpers';

/** What these tests read of the running extension (activate()'s result). */
interface ExtensionApi {
  readonly entitiesTree: vscode.TreeDataProvider<unknown>;
  readonly quotesTree: vscode.TreeDataProvider<unknown>;
  decorationsOf(editor: vscode.TextEditor): Readonly<Record<string, readonly vscode.Range[]>> | undefined;
}

const FIXTURE = 'xi-putin-moscow.txt';
const XI_QUOTE = '“This responds to the call of our time for protecting international justice and promoting reform of the global governance system,”';
/** A correction must show within this time: no debounce applies, as the document did not change. */
const AT_ONCE_MS = 2000;

const correctionsFile = (): string => fixturePath(path.join('.vscode', 'dossier.json'));
const readCorrectionsFile = (): string => fs.readFileSync(correctionsFile(), 'utf8');

async function api(): Promise<ExtensionApi> {
  const exports = (await activeExtension()).exports as Partial<ExtensionApi> | undefined;
  assert.ok(exports?.entitiesTree && exports.quotesTree && exports.decorationsOf, 'activate() returns the trees and the decorations');
  return exports as ExtensionApi;
}

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

/** "People/Xi Jinping" for every entity the Entities view lists. */
async function entitiesInTree(tree: vscode.TreeDataProvider<unknown>): Promise<string[]> {
  const listed: string[] = [];
  for (const group of (await tree.getChildren()) ?? []) {
    const groupLabel = label(await tree.getTreeItem(group));
    for (const entity of (await tree.getChildren(group)) ?? []) listed.push(`${groupLabel}/${label(await tree.getTreeItem(entity))}`);
  }
  return listed;
}

/** "quote text → description" for every quote the Quotes view lists. */
async function quotesInTree(tree: vscode.TreeDataProvider<unknown>): Promise<string[]> {
  const items = await Promise.all(((await tree.getChildren()) ?? []).map(async (node) => tree.getTreeItem(node)));
  return items.map((item) => `${label(item)} → ${String(item.description ?? '')}`);
}

function rangeOf(document: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const start = document.getText().indexOf(text, from);
  assert.ok(start >= 0, `“${text}” is in the document`);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + text.length));
}

const hasRange = (ranges: readonly vscode.Range[] | undefined, range: vscode.Range): boolean => (ranges ?? []).some((r) => r.isEqual(range));

/** Wait until both the Entities view and the decorations agree with `expected`, and say how long it took. */
async function untilShown(editor: vscode.TextEditor, what: string, expected: (tree: string[], decorations: Readonly<Record<string, readonly vscode.Range[]>>) => boolean): Promise<number> {
  const { entitiesTree, decorationsOf } = await api();
  const started = Date.now();
  await eventually(async () => {
    const decorations = decorationsOf(editor);
    return decorations && expected(await entitiesInTree(entitiesTree), decorations) ? true : undefined;
  }, what);
  return Date.now() - started;
}

async function select(editor: vscode.TextEditor, range: vscode.Range): Promise<void> {
  editor.selection = new vscode.Selection(range.start, range.end);
}

describe('corrections', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    fs.rmSync(path.dirname(correctionsFile()), { recursive: true, force: true });
    editor = await openFixture(FIXTURE);
    const { entitiesTree } = await api();
    await eventually(async () => ((await entitiesInTree(entitiesTree)).length > 0 ? true : undefined), 'the first analysis');
  });

  after(async () => {
    // The corrections apply to every document of the workspace; leave it as the other suites expect.
    fs.rmSync(path.dirname(correctionsFile()), { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Mark as Person changes the decorations and the Entities view at once, and writes exactly that correction', async () => {
    const { entitiesTree } = await api();
    assert.ok(!(await entitiesInTree(entitiesTree)).includes('People/Xi Jinping'), 'the recognizer misses Xi Jinping');
    const name = rangeOf(editor.document, 'Xi Jinping');
    await select(editor, name);
    const correction = await vscode.commands.executeCommand('dossier.markAsPerson');
    assert.deepStrictEqual(correction, { action: 'markAs', name: 'Xi Jinping', kind: 'person' });
    const elapsed = await untilShown(editor, 'Xi Jinping decorated and listed as a person', (tree, decorations) => tree.includes('People/Xi Jinping') && hasRange(decorations.person, name));
    assert.ok(elapsed < AT_ONCE_MS, `shown after ${elapsed} ms`);
    assert.strictEqual(readCorrectionsFile(), `{
  "version": 1,
  "corrections": [
    { "action": "markAs", "name": "Xi Jinping", "kind": "person" }
  ]
}
`);
  });

  it('Merge with…, Not an Entity and Set Speaker show at once, and the file holds them in order', async () => {
    const { quotesTree } = await api();
    const xi = rangeOf(editor.document, 'Xi is visiting');
    editor.selection = new vscode.Selection(xi.start, xi.start);
    await vscode.commands.executeCommand('dossier.mergeEntity', { into: 'Xi Jinping' });
    const shortName = new vscode.Range(xi.start, xi.start.translate(0, 2));
    await untilShown(editor, '“Xi” decorated as a person', (_, decorations) => hasRange(decorations.person, shortName));

    const victory = rangeOf(editor.document, 'Victory Parade');
    editor.selection = new vscode.Selection(victory.start, victory.start);
    await vscode.commands.executeCommand('dossier.markNotEntity');
    await untilShown(editor, 'Victory gone from the places', (tree, decorations) => !tree.includes('Places/Victory') && !(decorations.place ?? []).some((r) => r.intersection(victory)));

    const quote = rangeOf(editor.document, XI_QUOTE);
    editor.selection = new vscode.Selection(quote.start.translate(0, 5), quote.start.translate(0, 5));
    await vscode.commands.executeCommand('dossier.setQuoteSpeaker', { speaker: 'Xi Jinping' });
    await eventually(async () => ((await quotesInTree(quotesTree)).some((q) => q.startsWith('“This responds') && q.endsWith('→ Xi Jinping')) ? true : undefined), 'the quote credited to Xi Jinping');

    assert.strictEqual(readCorrectionsFile(), `{
  "version": 1,
  "corrections": [
    { "action": "markAs", "name": "Xi Jinping", "kind": "person" },
    { "action": "merge", "name": "Xi", "into": "Xi Jinping" },
    { "action": "notEntity", "name": "Victory" },
    { "action": "setSpeaker", "quote": ${JSON.stringify(XI_QUOTE)}, "speaker": "Xi Jinping" }
  ]
}
`);
  });

  it('survives closing and reopening the document', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await openFixture(FIXTURE);
    const name = rangeOf(editor.document, 'Xi Jinping');
    await untilShown(editor, 'Xi Jinping still a person after reopening', (tree, decorations) => tree.includes('People/Xi Jinping') && hasRange(decorations.person, name) && !tree.includes('Places/Victory'));
  });

  it('survives a reload of the window: a fresh start reads the same corrections from the file alone', async () => {
    // A reload keeps nothing but the file, so a new service and new models (what activate() makes)
    // must give the same analysis as the running extension.
    const service = new CorrectionsService();
    const models = new DocumentModels();
    const use = models.useCorrections(service);
    try {
      await service.ready;
      const analysis = await models.get(editor.document);
      assert.ok(analysis);
      const xi = analysis.entities.find((e) => e.name === 'Xi Jinping');
      assert.strictEqual(xi?.kind, 'person');
      assert.deepStrictEqual(xi.aliases, ['Xi']);
      assert.ok(!analysis.entities.some((e) => e.name === 'Victory'));
      assert.strictEqual(analysis.quotes.find((q) => q.text === XI_QUOTE)?.speaker?.name, 'Xi Jinping');
    } finally {
      use.dispose();
      models.dispose();
      service.dispose();
    }
  });

  it('the CLI honours the same file and gives the same result as the editor', async () => {
    const service = new CorrectionsService();
    const models = new DocumentModels();
    const use = models.useCorrections(service);
    try {
      await service.ready;
      const analysis = await models.get(editor.document);
      assert.ok(analysis);
      const cli = path.join((await activeExtension()).extensionPath, 'dist', 'cli.js');
      const output = execFileSync(process.execPath, [cli, 'annotate', '--format', 'json', '--corrections', correctionsFile(), fixturePath(FIXTURE)], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
      assert.deepStrictEqual(JSON.parse(output), JSON.parse(JSON.stringify(toRecord(fixturePath(FIXTURE), analysis))));
      assert.ok(output.includes('"name": "Xi Jinping"'));
    } finally {
      use.dispose();
      models.dispose();
      service.dispose();
    }
  });

  it('applies edits of the file by hand at once, and keeps them when the next correction is written', async () => {
    const byHand = readCorrectionsFile().replace('    { "action": "notEntity", "name": "Victory" },\n', '    { "action": "notEntity", "name": "Victory" },\n    { "action": "markAs", "name": "Red Square", "kind": "place" },\n');
    fs.writeFileSync(correctionsFile(), byHand);
    const square = rangeOf(editor.document, 'Red Square');
    await untilShown(editor, 'Red Square decorated as a place', (tree, decorations) => tree.includes('Places/Red Square') && hasRange(decorations.place, square));

    await select(editor, rangeOf(editor.document, 'Kursk'));
    await vscode.commands.executeCommand('dossier.markAsPlace');
    const written = readCorrectionsFile();
    assert.ok(written.includes('{ "action": "markAs", "name": "Red Square", "kind": "place" }'), 'the hand edit is kept');
    assert.ok(written.includes('{ "action": "markAs", "name": "Kursk", "kind": "place" },') || written.includes('{ "action": "markAs", "name": "Kursk", "kind": "place" }\n'));
  });

  it('Undo Last Correction takes back the last one, and puts back what it replaced', async () => {
    await select(editor, rangeOf(editor.document, 'Xi Jinping'));
    await vscode.commands.executeCommand('dossier.markAsOrganization');
    assert.ok(!readCorrectionsFile().includes('"kind": "person"'), 'the new correction replaced the old one of the same name');
    await untilShown(editor, 'Xi Jinping an organization', (tree) => tree.includes('Organizations/Xi Jinping'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.undoCorrection'), true);
    await untilShown(editor, 'Xi Jinping a person again', (tree) => tree.includes('People/Xi Jinping') && !tree.includes('Organizations/Xi Jinping'));
    const lines = readCorrectionsFile().split('\n');
    assert.ok(lines.some((l) => l.includes('{ "action": "markAs", "name": "Xi Jinping", "kind": "person" }')));
    assert.ok(!lines.some((l) => l.includes('"kind": "organization"')));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.undoCorrection'), true, 'the Kursk correction is undone next');
    assert.ok(!readCorrectionsFile().includes('Kursk'));
  });

  it('lists corrections that match nothing as orphans instead of dropping them', async () => {
    const withOrphan = readCorrectionsFile().replace('  "corrections": [\n', '  "corrections": [\n    { "action": "notEntity", "name": "Zanzibar Quartet" },\n');
    fs.writeFileSync(correctionsFile(), withOrphan);
    const orphans = await eventually(async () => {
      const found = await vscode.commands.executeCommand<unknown[]>('dossier.showOrphanCorrections', { interactive: false });
      return found.length ? found : undefined;
    }, 'the orphan to be listed');
    assert.deepStrictEqual(orphans, [{ action: 'notEntity', name: 'Zanzibar Quartet' }]);
    assert.strictEqual(readCorrectionsFile(), withOrphan, 'the orphan stays in the file');
  });

  it('does not write over unsaved changes of the file in an editor', async () => {
    const onDisk = readCorrectionsFile();
    const file = await vscode.window.showTextDocument(vscode.Uri.file(correctionsFile()));
    await file.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
    assert.ok(file.document.isDirty);
    editor = await vscode.window.showTextDocument(editor.document);
    await select(editor, rangeOf(editor.document, 'Bryansk'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.markAsPlace'), undefined, 'no correction is saved');
    assert.strictEqual(readCorrectionsFile(), onDisk, 'the file on disk is unchanged');
    assert.ok(file.document.isDirty && file.document.getText().startsWith(' {'), 'the unsaved change is still there');
    await vscode.window.showTextDocument(file.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await vscode.window.showTextDocument(editor.document);
  });

  it('reports a malformed file with the position of the error, keeps using the last valid corrections and never overwrites it', async () => {
    // A colon left out: the fault is at the value that follows the key.
    const broken = readCorrectionsFile().replace('"kind": "person" }', '"kind" "person" }');
    fs.writeFileSync(correctionsFile(), broken);
    const uri = vscode.Uri.file(correctionsFile());
    const diagnostic = await eventually(() => vscode.languages.getDiagnostics(uri)[0], 'a diagnostic on the corrections file');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('"kind" "person"'));
    const character = lines[line].indexOf('"person"');
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.severity], [line, character, vscode.DiagnosticSeverity.Error]);
    assert.match(diagnostic.message, /":" is expected/);

    await select(editor, rangeOf(editor.document, 'Bryansk'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.markAsPlace'), undefined, 'no correction is saved');
    assert.strictEqual(readCorrectionsFile(), broken, 'the file is left as the user wrote it');
    assert.ok((await entitiesInTree((await api()).entitiesTree)).includes('People/Xi Jinping'), 'the last valid corrections stay in effect');

    fs.writeFileSync(correctionsFile(), broken.replace('"kind" "person" }', '"kind": "person" }'));
    await eventually(() => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined), 'the diagnostic to clear once fixed');
  });
});
