import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/pipeline/analyze';
import { applyCorrections } from '../../src/core/corrections/applyCorrections';
import type { Correction } from '../../src/core/corrections/corrections';
import { ENTITY_KINDS } from '../../src/core/model/model';
import { toRecord } from '../../src/core/model/record';
import { CorrectionsService } from '../../src/extension/corrections/correctionsService';
import { activeExtension, eventually, fixturePath, fixtureUri, inWebWorkerHost, openFixture, readText, remove, withSettings, writeText } from './helpers';

/** What these tests read of the running extension (activate()'s result). */
interface ExtensionApi {
  readonly entitiesTree: vscode.TreeDataProvider<unknown>;
  readonly quotesTree: vscode.TreeDataProvider<unknown>;
  decorationsOf(editor: vscode.TextEditor): Readonly<Record<string, readonly vscode.Range[]>> | undefined;
}

const FIXTURE = 'xi-putin-moscow.txt';
const POISON_QUOTE = '“drinking poison.”';
/**
 * No debounce applies to a correction, as the document did not change. The test that checks it
 * sets the debounce to its maximum, so a correction that waited for it would take this long; the
 * margin between what a correction takes (well under a second) and this is what load can eat.
 */
const LONGEST_DEBOUNCE_MS = 10_000;

const correctionsFile = (): vscode.Uri => fixtureUri('.vscode/dossier.json');
const readCorrectionsFile = (): Promise<string> => readText(correctionsFile());
const writeCorrectionsFile = (text: string): Promise<void> => writeText(correctionsFile(), text);
/** No corrections: they apply to every document of the workspace, and each suite starts without. */
const removeCorrections = (): Promise<void> => remove(fixtureUri('.vscode'));

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

/** Every quote the Quotes view lists, with the words shown about it: its group's label, its label, description and tooltip. */
async function quotesInTree(tree: vscode.TreeDataProvider<unknown>): Promise<string[]> {
  const shown: string[] = [];
  const walk = async (node: unknown, parentLabel: string): Promise<void> => {
    // The tooltip may be made only on hover, by resolveTreeItem.
    const unresolved = await tree.getTreeItem(node);
    const item = (await tree.resolveTreeItem?.(unresolved, node, new vscode.CancellationTokenSource().token)) ?? unresolved;
    const children = (await tree.getChildren(node)) ?? [];
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
    if (children.length === 0) shown.push(`${parentLabel} | ${label(item)} | ${String(item.description ?? '')} | ${tooltip}`);
    for (const child of children) await walk(child, label(item));
  };
  for (const root of (await tree.getChildren()) ?? []) await walk(root, '');
  return shown;
}

const GROUPS: Record<string, string> = { person: 'People', place: 'Places', organization: 'Organizations' };

/** "People/Xi Jinping" for every entity of an analysis (or of a CLI record), as the Entities view names them. */
function entitiesOf(analysis: { entities: readonly { kind: string; name: string }[] }): string[] {
  return ENTITY_KINDS.flatMap((kind) => analysis.entities.filter((e) => e.kind === kind).map((e) => `${GROUPS[kind]}/${e.name}`));
}

/** The corrections a fresh start of the extension (a window reload) reads: only the file survives. */
async function correctionsAfterReload(uri: vscode.Uri): Promise<readonly Correction[]> {
  const service = new CorrectionsService();
  try {
    await service.ready;
    return service.correctionsFor(uri);
  } finally {
    service.dispose();
  }
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
    await removeCorrections();
    editor = await openFixture(FIXTURE);
    const { entitiesTree } = await api();
    await eventually(async () => ((await entitiesInTree(entitiesTree)).length > 0 ? true : undefined), 'the first analysis');
  });

  after(async () => {
    await removeCorrections();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Mark as Organization of a name the recognizer missed changes the decorations and the Entities view at once, and writes exactly that correction', async () => {
    const { entitiesTree } = await api();
    assert.ok(!(await entitiesInTree(entitiesTree)).some((e) => e.endsWith('/Victory Parade')), 'the recognizer does not take Victory Parade for a name');
    const name = rangeOf(editor.document, 'Victory Parade');
    await select(editor, name);
    await withSettings({ 'analysis.debounceMs': LONGEST_DEBOUNCE_MS }, async () => {
      const correction = await vscode.commands.executeCommand('dossier.markAsOrganization');
      assert.deepStrictEqual(correction, { action: 'markAs', name: 'Victory Parade', kind: 'organization' });
      const elapsed = await untilShown(editor, 'Victory Parade decorated and listed as an organization', (tree, decorations) => tree.includes('Organizations/Victory Parade') && hasRange(decorations.organization, name));
      assert.ok(elapsed < LONGEST_DEBOUNCE_MS, `shown after ${elapsed} ms: it waited for the debounce`);
    });
    assert.strictEqual(await readCorrectionsFile(), `{
  "version": 1,
  "corrections": [
    { "action": "markAs", "name": "Victory Parade", "kind": "organization" }
  ]
}
`);
  });

  it('Merge with…, Not an Entity, Mark as … and Set Speaker show at once, and the file holds them in order', async () => {
    const { quotesTree } = await api();
    const kremlin = rangeOf(editor.document, 'Kremlin');
    editor.selection = new vscode.Selection(kremlin.start, kremlin.start);
    await vscode.commands.executeCommand('dossier.mergeEntity', { into: 'Vladimir Putin' });
    await untilShown(editor, 'the Kremlin merged into Vladimir Putin', (tree, decorations) => !tree.includes('Organizations/Kremlin') && hasRange(decorations.person, kremlin));

    const outlet = rangeOf(editor.document, 'Matzav.com');
    editor.selection = new vscode.Selection(outlet.start.translate(0, 2), outlet.start.translate(0, 2));
    await vscode.commands.executeCommand('dossier.markNotEntity');
    await untilShown(editor, 'Matzav.com gone', (tree, decorations) => !tree.includes('Organizations/Matzav.com') && !(decorations.organization ?? []).some((r) => r.intersection(outlet)));

    const kursk = rangeOf(editor.document, 'Kursk');
    await select(editor, kursk);
    await vscode.commands.executeCommand('dossier.markAsOrganization');
    await untilShown(editor, 'Kursk an organization', (tree, decorations) => tree.includes('Organizations/Kursk') && !tree.includes('Places/Kursk') && hasRange(decorations.organization, kursk));

    const quote = rangeOf(editor.document, POISON_QUOTE);
    assert.ok(!(await quotesInTree(quotesTree)).some((q) => q.includes('drinking poison') && q.includes('Donald Trump')));
    editor.selection = new vscode.Selection(quote.start.translate(0, 3), quote.start.translate(0, 3));
    await vscode.commands.executeCommand('dossier.setQuoteSpeaker', { speaker: 'Donald Trump' });
    await eventually(async () => ((await quotesInTree(quotesTree)).some((q) => q.includes('drinking poison') && q.includes('Donald Trump')) ? true : undefined), 'the quote credited to Donald Trump');

    assert.strictEqual(await readCorrectionsFile(), `{
  "version": 1,
  "corrections": [
    { "action": "markAs", "name": "Victory Parade", "kind": "organization" },
    { "action": "merge", "name": "Kremlin", "into": "Vladimir Putin" },
    { "action": "notEntity", "name": "Matzav.com" },
    { "action": "markAs", "name": "Kursk", "kind": "organization" },
    { "action": "setSpeaker", "quote": "${POISON_QUOTE}", "speaker": "Donald Trump" }
  ]
}
`);
  });

  it('survives closing and reopening the document', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await openFixture(FIXTURE);
    const name = rangeOf(editor.document, 'Victory Parade');
    await untilShown(editor, 'the corrections after reopening', (tree, decorations) => tree.includes('Organizations/Victory Parade') && hasRange(decorations.organization, name) && !tree.includes('Organizations/Kremlin'));
  });

  it('survives a reload of the window: a fresh start reads the same corrections from the file alone, and they give what the editor shows', async () => {
    const corrections = await correctionsAfterReload(editor.document.uri);
    assert.strictEqual(corrections.length, 5);
    const analysis = applyCorrections(editor.document.getText(), analyze(editor.document.getText()), corrections);
    assert.strictEqual(analysis.entities.find((e) => e.name === 'Victory Parade')?.kind, 'organization');
    assert.ok(analysis.entities.find((e) => e.name === 'Vladimir Putin')?.aliases.includes('Kremlin'));
    assert.strictEqual(analysis.quotes.find((q) => q.text === POISON_QUOTE)?.speaker?.name, 'Donald Trump');
    assert.deepStrictEqual((await entitiesInTree((await api()).entitiesTree)).sort(), entitiesOf(analysis).sort(), 'the running editor shows the same entities');
  });

  // The CLI is a Node program: there is none on the web.
  if (!inWebWorkerHost) it('the CLI honours the same file and gives the same result as the editor', async () => {
    const { execFileSync } = await import('child_process');
    const corrections = await correctionsAfterReload(editor.document.uri);
    const cli = path.join((await activeExtension()).extensionPath, 'dist', 'cli.js');
    const output = execFileSync(process.execPath, [cli, 'annotate', '--format', 'jsonl', '--corrections', correctionsFile().fsPath, fixturePath(FIXTURE)], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    const record = JSON.parse(output);
    assert.deepStrictEqual(record, JSON.parse(JSON.stringify(toRecord(fixturePath(FIXTURE), applyCorrections(editor.document.getText(), analyze(editor.document.getText()), corrections)))));
    const cliEntities = entitiesOf(record);
    assert.ok(cliEntities.includes('Organizations/Victory Parade') && !cliEntities.includes('Organizations/Kremlin'));
    assert.deepStrictEqual((await entitiesInTree((await api()).entitiesTree)).sort(), cliEntities.sort(), 'the CLI and the Entities view agree');
  });

  it('runs from an entity of the Entities view, as its context menu does', async () => {
    const { entitiesTree } = await api();
    let crimea: unknown;
    for (const group of (await entitiesTree.getChildren()) ?? []) {
      for (const node of (await entitiesTree.getChildren(group)) ?? []) if (label(await entitiesTree.getTreeItem(node)) === 'Crimea') crimea = node;
    }
    assert.ok(crimea, 'Crimea is listed');
    await vscode.commands.executeCommand('dossier.markAsPerson', crimea);
    await untilShown(editor, 'Crimea a person', (tree) => tree.includes('People/Crimea') && !tree.includes('Places/Crimea'));
    assert.ok((await readCorrectionsFile()).includes('    { "action": "markAs", "name": "Crimea", "kind": "person" }\n  ]'));
  });

  it('applies edits of the file by hand at once, and keeps them when the next correction is written', async () => {
    const byHand = (await readCorrectionsFile()).replace('    { "action": "notEntity", "name": "Matzav.com" },\n', '    { "action": "notEntity", "name": "Matzav.com" },\n    { "action": "markAs", "name": "Red Square", "kind": "organization" },\n');
    await writeCorrectionsFile(byHand);
    const square = rangeOf(editor.document, 'Red Square');
    await untilShown(editor, 'Red Square decorated as an organization', (tree, decorations) => tree.includes('Organizations/Red Square') && hasRange(decorations.organization, square));

    await select(editor, rangeOf(editor.document, 'Bryansk'));
    await vscode.commands.executeCommand('dossier.markAsOrganization');
    const written = await readCorrectionsFile();
    assert.ok(written.includes('    { "action": "markAs", "name": "Red Square", "kind": "organization" },\n'), 'the hand edit is kept');
    assert.ok(written.includes('    { "action": "markAs", "name": "Bryansk", "kind": "organization" }\n  ]'), 'the new correction comes last');
  });

  it('Undo Last Correction takes back the last one, and puts back what it replaced', async () => {
    await select(editor, rangeOf(editor.document, 'Kursk'));
    await vscode.commands.executeCommand('dossier.markAsPerson');
    assert.ok(!(await readCorrectionsFile()).includes('{ "action": "markAs", "name": "Kursk", "kind": "organization" }'), 'the new correction replaced the old one of the same name');
    await untilShown(editor, 'Kursk a person', (tree) => tree.includes('People/Kursk'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.undoCorrection'), true);
    await untilShown(editor, 'Kursk an organization again', (tree) => tree.includes('Organizations/Kursk') && !tree.includes('People/Kursk'));
    const text = await readCorrectionsFile();
    assert.ok(text.includes('{ "action": "markAs", "name": "Kursk", "kind": "organization" }'));
    assert.ok(!text.includes('{ "action": "markAs", "name": "Kursk", "kind": "person" }'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.undoCorrection'), true, 'the Bryansk correction is undone next');
    assert.ok(!(await readCorrectionsFile()).includes('Bryansk'));
  });

  it('lists corrections that match nothing as orphans instead of dropping them', async () => {
    const withOrphan = (await readCorrectionsFile()).replace('  "corrections": [\n', '  "corrections": [\n    { "action": "notEntity", "name": "Zanzibar Quartet" },\n');
    await writeCorrectionsFile(withOrphan);
    const orphans = await eventually(async () => {
      const found = await vscode.commands.executeCommand<unknown[]>('dossier.showOrphanCorrections', { interactive: false });
      return found.length ? found : undefined;
    }, 'the orphan to be listed');
    assert.deepStrictEqual(orphans, [{ action: 'notEntity', name: 'Zanzibar Quartet' }]);
    assert.strictEqual(await readCorrectionsFile(), withOrphan, 'the orphan stays in the file');
  });

  it('does not write over unsaved changes of the file in an editor', async () => {
    const onDisk = await readCorrectionsFile();
    const file = await vscode.window.showTextDocument(correctionsFile());
    await file.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
    assert.ok(file.document.isDirty);
    editor = await vscode.window.showTextDocument(editor.document);
    await select(editor, rangeOf(editor.document, 'Bryansk'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.markAsPlace'), undefined, 'no correction is saved');
    assert.strictEqual(await readCorrectionsFile(), onDisk, 'the file on disk is unchanged');
    assert.ok(file.document.isDirty && file.document.getText().startsWith(' {'), 'the unsaved change is still there');
    await vscode.window.showTextDocument(file.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await vscode.window.showTextDocument(editor.document);
  });

  it('reports a malformed file with the position of the error, keeps using the last valid corrections and never overwrites it', async () => {
    // A colon left out: the fault is at the value that follows the key.
    const broken = (await readCorrectionsFile()).replace('"kind": "organization" }', '"kind" "organization" }');
    await writeCorrectionsFile(broken);
    const uri = correctionsFile();
    // The file changed outside the editor: the diagnostic waits for the file watcher, slow on a busy machine.
    const diagnostic = await eventually(() => vscode.languages.getDiagnostics(uri)[0], 'a diagnostic on the corrections file', 30_000);
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('"kind" "organization"'));
    const character = lines[line].indexOf('"organization"');
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.severity], [line, character, vscode.DiagnosticSeverity.Error]);
    assert.match(diagnostic.message, /":" is expected/);

    await select(editor, rangeOf(editor.document, 'Bryansk'));
    assert.strictEqual(await vscode.commands.executeCommand('dossier.markAsPlace'), undefined, 'no correction is saved');
    assert.strictEqual(await readCorrectionsFile(), broken, 'the file is left as the user wrote it');
    // The view may still be catching up with the switch back to this editor; it must get there.
    await eventually(async () => ((await entitiesInTree((await api()).entitiesTree)).includes('Organizations/Victory Parade') ? true : undefined), 'the last valid corrections to stay in effect');

    await writeCorrectionsFile(broken.replace('"kind" "organization" }', '"kind": "organization" }'));
    await eventually(() => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined), 'the diagnostic to clear once fixed');
  });

  it('contributes a JSON schema that VS Code checks the file against as it is edited', async () => {
    const uri = correctionsFile();
    const saved = await readCorrectionsFile();
    try {
      await writeCorrectionsFile('{\n  "version": 1,\n  "corrections": [\n    { "action": "markAs", "name": "Kursk", "kind": "animal" }\n  ]\n}\n');
      await vscode.window.showTextDocument(uri);
      // Wait for the schema's complaint itself: diagnostics of the file's earlier content may linger a moment.
      const fromSchema = await eventually(() => vscode.languages.getDiagnostics(uri).find((d) => d.source !== 'Dossier' && /person/.test(d.message)), 'the JSON language service to check the schema', 30000);
      assert.strictEqual(fromSchema.range.start.line, 3);
      assert.match(fromSchema.message, /person/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await writeCorrectionsFile(saved);
    }
  });

  it('drops the corrections when their folder is deleted, as when .vscode is removed from the workspace', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    await untilShown(editor, 'Victory Parade an organization', (tree) => tree.includes('Organizations/Victory Parade'));
    await removeCorrections();
    await untilShown(editor, 'the corrections gone', (tree, decorations) => !tree.includes('Organizations/Victory Parade') && !hasRange(decorations.organization, rangeOf(editor.document, 'Victory Parade')));
  });
});
