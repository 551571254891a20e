// The workspace index in the real extension host, on the folder of articles in
// test/fixtures/newsroom: Ctrl+T and references across files, the hover's cross-file line, the
// Workspace view, the watcher, and the store on disk (reopened without analysis, rebuilt when corrupt).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { dossier, eventually, fixtureUri, hoverText, openFixture, positionIn, readText, remove, report, scratchUri, writeText } from './helpers';
import { STORE_FORMAT } from '../../src/extension/workspace/indexStore';
import type { WorkspaceNode } from '../../src/extension/workspace/workspaceTree';

const HARBOUR = 'newsroom/2024-03-04-harbour-vote.md';
const FIGURES = 'newsroom/2024-03-11-oakley-figures.md';
const DOCK = 'newsroom/2024-04-02-dock-company.txt';
const uriOf = (file: string): string => fixtureUri(file).toString();

/** The index once it lists Helena Marsh. */
async function indexed() {
  const { workspaceIndex } = await dossier();
  await workspaceIndex.whenIdle();
  return eventually(() => (workspaceIndex.listedEntity('Helena Marsh') ? workspaceIndex : undefined), 'the workspace index', 60_000);
}

/** Leave the fixture folder's archive/ out of the index (dossier.workspace.exclude), or let it in. */
async function excludeArchive(excluded: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration('dossier');
  const value = excluded ? ['**/archive/**'] : undefined;
  await config.update('workspace.exclude', value, vscode.ConfigurationTarget.Global);
  await eventually(() => (JSON.stringify(vscode.workspace.getConfiguration('dossier').get('workspace.exclude')) === JSON.stringify(value ?? []) ? true : undefined), 'the extension host seeing dossier.workspace.exclude');
}

/** The text of a location, read from its document. */
async function textAt(location: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
}

describe('Workspace index', function () {
  this.timeout(120_000);

  before(async () => {
    await openFixture(DOCK);
    await indexed();
  });

  it('merges a person across files, a lone surname included', async () => {
    const index = await indexed();
    const marsh = index.listedEntity('Helena Marsh')!;
    assert.deepStrictEqual((await index.ask('entityFiles', marsh.id))?.map((f) => f.file), [HARBOUR, FIGURES, DOCK].map(uriOf));
    assert.strictEqual(marsh.quotes, 3);
  });

  it('Go to Symbol in Workspace finds people in other files', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Oakley');
    const oakley = symbols.find((s) => s.name === 'Tomas Oakley');
    assert.ok(oakley, `Tomas Oakley among ${symbols.map((s) => s.name).join(', ')}`);
    assert.strictEqual(oakley.location.uri.toString(), uriOf(HARBOUR));
    assert.strictEqual(await textAt(oakley.location), 'Tomas Oakley');
    assert.match(oakley.containerName, /person · 3 files · 3 quotes/);
  });

  it('Go to Symbol in Workspace finds quotes', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'numbers are invented');
    // Other files of the test workspace (War and Peace among them) may match the words loosely too.
    const quote = symbols.find((s) => s.kind === vscode.SymbolKind.String && s.location.uri.toString() === uriOf(FIGURES));
    assert.ok(quote, `no quote of ${FIGURES} among ${symbols.length} symbols`);
    assert.strictEqual(await textAt(quote.location), '“These numbers are invented,”');
    assert.strictEqual(quote.containerName, 'Helena Marsh');
  });

  it('Find All References lists the mentions in every file', async () => {
    const editor = await openFixture(DOCK);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionIn(editor.document, 'Marsh'));
    const found = await Promise.all(locations.map(async (l) => `${vscode.workspace.asRelativePath(l.uri)}: ${await textAt(l)}`));
    assert.deepStrictEqual(found.sort(), [
      `${DOCK}: Marsh`,
      `${HARBOUR}: Helena Marsh`,
      `${HARBOUR}: Marsh`,
      `${FIGURES}: Helena Marsh`,
      `${FIGURES}: Marsh`,
    ].sort());
  });

  it('the hover on a name says where else it appears', async () => {
    const editor = await openFixture(DOCK);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionIn(editor.document, 'Marsh'));
    assert.match(hoverText(hovers), /Also in \[2 other files, 3 quotes\]\(command:dossier\.openDossier\?[^)]*\) in the workspace · \[Workspace view\]\(command:dossier\.revealInWorkspaceView\?/);
  });

  it('the dossier page shows the quotes grouped by file, the files and the companions, under a strict policy', async () => {
    const api = await dossier();
    await vscode.commands.executeCommand('dossier.openDossier', 'person/Helena Marsh');
    const html = await eventually(() => api.dossierPanels.htmlOf('person/Helena Marsh'), 'the dossier page');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+';">/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /<h1>Helena Marsh<\/h1>/);
    const quotesByFile = [...html.matchAll(/<h3>([^<]+)<\/h3><ul>(.*?)<\/ul>/g)].map(([, file, list]) => [file, [...list.matchAll(/>(“[^<]+)<\/a>/g)].map((m) => m[1])]);
    assert.deepStrictEqual(quotesByFile.sort(), [
      [HARBOUR, ['“This is the most important decision this council will take in a generation,”']],
      [FIGURES, ['“These numbers are invented,”']],
      [DOCK, ['“a gift to the next generation.”']],
    ].sort());
    assert.match(html, /command:dossier\.revealRange\?/);
    assert.match(html, />Tomas Oakley<\/a> <span class="quiet">person, 2 shared files<\/span>/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the dossier page gives each file\'s first mention in context, and a timeline from the files\' dates', async () => {
    const api = await dossier();
    await vscode.commands.executeCommand('dossier.openDossier', 'person/Helena Marsh');
    const html = await eventually(() => api.dossierPanels.htmlOf('person/Helena Marsh'), 'the dossier page');
    const contexts = Object.fromEntries([...html.matchAll(/>([^<]+)<\/a> <span class="quiet">([^<]*)<\/span><blockquote class="context">(.*?)<\/blockquote>/g)].map(([, file, details, context]) => [file, [details, context]]));
    // The harbour piece's date is its front matter's, the others' their file names'.
    assert.deepStrictEqual(contexts[HARBOUR], ['2024-03-04, 2 mentions, 1 quote', 'Mayor <mark>Helena Marsh</mark> won a narrow vote on Tuesday to rebuild the old harbour in Dover, after']);
    assert.deepStrictEqual(contexts[DOCK], ['2024-04-02, 1 mention, 1 quote', 'Mayor <mark>Marsh</mark> called the sale “a gift to the next generation.”']);
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1).join(' '));
    assert.deepStrictEqual(rows, ['2024-03-04 1 2 1', '2024-03-11 1 2 1', '2024-04-02 1 1 1']);
    assert.match(html, /<svg role="img" aria-labelledby="timeline-caption"[^>]*>(<rect class="bar person"[^>]*><title>[^<]+<\/title><\/rect>){3}/);
    // Keyboard: a skip link, and every section reachable from the page's own links.
    for (const section of ['quotes', 'files', 'timeline', 'companions']) {
      assert.match(html, new RegExp(`<a href="#${section}">`));
      assert.match(html, new RegExp(`<h2 id="${section}">`));
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the dossier exports as Markdown', async () => {
    const target = scratchUri('workspace index/helena-marsh.md');
    await vscode.commands.executeCommand('dossier.exportDossier', 'person/Helena Marsh', target);
    try {
      const markdown = await readText(target);
      assert.match(markdown, /^# Helena Marsh\n\n\*person\* · 3 files · 5 mentions · 3 quotes\n/);
      assert.match(markdown, new RegExp(`### ${DOCK}\n\n> “a gift to the next generation\.”\n`));
    } finally {
      await remove(target);
    }
  });

  it('the Workspace view lists entities with counts, their files, and quotes under each file', async () => {
    const { workspaceTree: tree } = await dossier();
    const label = (node: WorkspaceNode): string => {
      const item = tree.getTreeItem(node);
      return `${typeof item.label === 'string' ? item.label : item.label?.label} — ${item.description}`;
    };
    const kinds = await tree.getChildren();
    assert.deepStrictEqual(kinds.map((k) => tree.getTreeItem(k).label), ['People', 'Places', 'Organizations']);
    const people = await tree.getChildren(kinds[0]);
    const marsh = people.find((p) => label(p).startsWith('Helena Marsh'))!;
    assert.strictEqual(label(marsh), 'Helena Marsh — 3 files · 3 quotes');
    const files = await tree.getChildren(marsh);
    assert.deepStrictEqual(files.map(label), ['2024-03-04-harbour-vote.md — newsroom · 2 mentions · 1 quote', '2024-03-11-oakley-figures.md — newsroom · 2 mentions · 1 quote', '2024-04-02-dock-company.txt — newsroom · 1 mention · 1 quote']);
    // A file at the workspace folder's root has no folder in its description (it showed the absolute path).
    const putin = people.find((p) => label(p).includes('Putin'))!;
    const sample = (await tree.getChildren(putin)).find((f) => tree.getTreeItem(f).label === 'xi-putin-moscow.txt')!;
    assert.match(label(sample), /^xi-putin-moscow\.txt — \d+ mentions · \d+ quotes$/);
    const quotes = await tree.getChildren(files[1]);
    assert.deepStrictEqual(quotes.map((q) => tree.getTreeItem(q).label), ['“These numbers are invented,”']);
    const open = tree.getTreeItem(quotes[0]).command!;
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    const editor = await eventually(() => (vscode.window.activeTextEditor?.document.uri.toString() === uriOf(FIGURES) ? vscode.window.activeTextEditor : undefined), 'the quote opened');
    assert.strictEqual(editor.document.getText(editor.selection), '“These numbers are invented,”');
  });

  it('the watcher indexes a new file and forgets a deleted one', async () => {
    const api = await dossier();
    const file = fixtureUri('newsroom/2024-06-01-pier.txt');
    const filesOfMarsh = (): number => api.workspaceIndex.listedEntity('Helena Marsh')?.files ?? 0;
    await writeText(file, 'The new pier opened on Saturday. Helena Marsh cut the ribbon.\n');
    try {
      await eventually(() => (filesOfMarsh() === 4 ? true : undefined), 'the new file indexed', 30_000);
    } finally {
      await remove(file);
    }
    await eventually(() => (filesOfMarsh() === 3 ? true : undefined), 'the deleted file forgotten', 30_000);
  });

  it('the watcher forgets the files of a deleted folder', async () => {
    const api = await dossier();
    const folder = fixtureUri('newsroom/wire');
    const filesOfMarsh = (): number => api.workspaceIndex.listedEntity('Helena Marsh')?.files ?? 0;
    await vscode.workspace.fs.createDirectory(folder);
    try {
      await writeText(vscode.Uri.joinPath(folder, '2024-06-04-quay.txt'), 'Helena Marsh walked the new quay on Monday.\n');
      await eventually(() => (filesOfMarsh() === 4 ? true : undefined), 'the new file indexed', 30_000);
    } finally {
      await remove(folder);
    }
    await eventually(() => (filesOfMarsh() === 3 ? true : undefined), 'the deleted folder\'s file forgotten', 30_000);
  });

  it('a change to one file re-indexes that file only', async () => {
    const api = await dossier();
    const file = fixtureUri('newsroom/2024-06-03-lock.txt');
    const named = (name: string): boolean => api.workspaceIndex.listedEntity(name) !== undefined;
    await writeText(file, 'The lock gates were repaired. Helena Marsh thanked the engineers.\n');
    try {
      await eventually(() => (api.workspaceIndex.listedEntity('Helena Marsh')?.files === 4 ? true : undefined), 'the new file indexed', 30_000);
      await api.workspaceIndex.whenIdle();
      const before = api.workspaceIndex.analysedCount;
      const readBefore = api.workspaceIndex.readCount;
      await writeText(file, `${await readText(file)}Ingrid Vasquez, the engineer in charge, said the work took a week.\n`);
      await eventually(() => (named('Ingrid Vasquez') ? true : undefined), 'the changed file indexed again', 30_000);
      await api.workspaceIndex.whenIdle();
      assert.strictEqual(api.workspaceIndex.analysedCount - before, 1, 'files analysed after the change');
      assert.strictEqual(api.workspaceIndex.readCount - readBefore, 1, 'files read after the change');
    } finally {
      await remove(file);
    }
    await eventually(() => (api.workspaceIndex.listedEntity('Helena Marsh')?.files === 3 ? true : undefined), 'the file forgotten', 30_000);
  });

  it('indexes the files in a dossier.languages language, not only those of the include glob', async () => {
    const api = await dossier();
    const file = fixtureUri('newsroom/2024-06-02-wire.wire');
    const filesOfMarsh = (): number => api.workspaceIndex.listedEntity('Helena Marsh')?.files ?? 0;
    const files = vscode.workspace.getConfiguration('files');
    const before = files.inspect('associations')?.globalValue;
    await writeText(file, 'Helena Marsh opened the ferry terminal on Sunday.\n');
    try {
      await api.workspaceIndex.whenIdle();
      assert.strictEqual(filesOfMarsh(), 3, 'a .wire file is in no language of dossier.languages yet');
      await files.update('associations', { '*.wire': 'plaintext' }, vscode.ConfigurationTarget.Global);
      await eventually(() => (filesOfMarsh() === 4 ? true : undefined), 'the .wire file indexed as plain text', 30_000);
    } finally {
      await files.update('associations', before, vscode.ConfigurationTarget.Global);
      await remove(file);
    }
    await eventually(() => (filesOfMarsh() === 3 ? true : undefined), 'the .wire file forgotten', 30_000);
  });

  it('reopening reads the store back without analysing again, or reading a file that was not modified', async () => {
    const { workspaceIndex } = await dossier();
    await workspaceIndex.whenIdle();
    const before = workspaceIndex.analysedCount;
    const readBefore = workspaceIndex.readCount;
    await workspaceIndex.reopen();
    assert.strictEqual(workspaceIndex.droppedStore, undefined);
    assert.strictEqual(workspaceIndex.analysedCount, before);
    assert.strictEqual(workspaceIndex.readCount, readBefore, 'files read');
    assert.strictEqual((await indexed()).listedEntity('Tomas Oakley')?.files, 3);
  });

  it('a corrupt store is dropped and rebuilt', async () => {
    const { workspaceIndex } = await dossier();
    await workspaceIndex.whenIdle();
    const store = workspaceIndex.storeFile;
    assert.ok(store, 'the workspace has storage');
    await workspaceIndex.reopen(); // saves the store
    await writeText(store, '{"format": 1, "analysisVersion": "x", "analyses": {"a": ');
    const before = workspaceIndex.analysedCount;
    await workspaceIndex.reopen({ save: false });
    assert.strictEqual(workspaceIndex.droppedStore, 'not valid JSON');
    assert.ok(workspaceIndex.analysedCount >= before + 4, `analysed ${workspaceIndex.analysedCount - before} files again`);
    assert.strictEqual((await indexed()).listedEntity('Helena Marsh')?.files, 3);
    await workspaceIndex.whenIdle();
    const written = async (): Promise<true | undefined> => (JSON.parse(await readText(store).catch(() => '{}')).format === STORE_FORMAT ? true : undefined);
    await eventually(written, 'the store written again', 10_000);
  });

  it('a store whose save was cut short keeps what it has and analyses only the files without a summary', async () => {
    const { workspaceIndex } = await dossier();
    await workspaceIndex.whenIdle();
    const store = workspaceIndex.storeFile;
    assert.ok(store, 'the workspace has storage');
    await workspaceIndex.reopen(); // saves the store
    // As a crash between the summary files and the file list leaves it: a file listed without its summary.
    const summaries = vscode.Uri.joinPath(store, '..', 'workspace-index', 'summaries');
    const shards = (await vscode.workspace.fs.readDirectory(summaries)).map(([name]) => name);
    const listed = Object.values(JSON.parse(await readText(store)).files as Record<string, string>);
    const shard = shards[0]!;
    const orphans = new Set(listed.filter((hash) => `${hash.slice(0, 2)}.json` === shard)).size; // contents, each analysed once
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(summaries, shard));
    const before = workspaceIndex.analysedCount;
    await workspaceIndex.reopen({ save: false });
    assert.strictEqual(workspaceIndex.droppedStore, undefined, 'the store is kept');
    assert.strictEqual(workspaceIndex.analysedCount - before, orphans, `files analysed again, of ${listed.length}`);
    assert.strictEqual((await indexed()).listedEntity('Helena Marsh')?.files, 3);
  });

  it('Cancel on the progress notification stops indexing, and the next run analyses only the rest', async () => {
    const { workspaceIndex } = await dossier();
    await workspaceIndex.whenIdle();
    // An archive dropped into the folder: enough distinct articles (each a different content
    // hash) that indexing them outlasts the moment the notification appears.
    const archive = fixtureUri('archive');
    const article = await readText(fixtureUri('xi-putin-moscow.txt'));
    const count = 150;
    const names = Array.from({ length: count }, (_, i) => `copy-${String(i).padStart(3, '0')}.txt`);
    const indexedCopies = (): number => names.filter((name) => workspaceIndex.isIndexed(vscode.Uri.joinPath(archive, name).toString())).length;
    await vscode.workspace.fs.createDirectory(archive);
    try {
      // The archive is written while the index leaves it out, and let in once the file watcher has
      // reported every file: the run then finds it by scanning the folder, and no late report of
      // a new file (the web host reports them later, in batches) starts another run after Cancel.
      await excludeArchive(true);
      const reported = new Set<string>();
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(archive, '*.txt'));
      watcher.onDidCreate((uri) => reported.add(uri.toString()));
      watcher.onDidChange((uri) => reported.add(uri.toString()));
      try {
        for (const [i, name] of names.entries()) await writeText(vscode.Uri.joinPath(archive, name), `${article}\nArchive copy ${i}.\n`);
        await eventually(() => (reported.size === count ? true : undefined), 'the watcher reporting every archive file', 60_000);
      } finally {
        watcher.dispose();
      }
      await workspaceIndex.whenIdle();
      const analysedBefore = workspaceIndex.analysedCount;
      await excludeArchive(false);
      const shown = await eventually(() => (workspaceIndex.indexing?.notified ? workspaceIndex.indexing : undefined), 'the progress notification', 60_000);
      assert.ok(shown.done < shown.total, `${shown.done} of ${shown.total} files when the notification showed`);
      // The workers start afresh for this run (they go when a run ends): Cancel once one file is
      // analysed, so that the run after it has files to read back as well as files to analyse.
      await eventually(() => (workspaceIndex.analysedCount > analysedBefore ? true : undefined), 'a first archive file analysed', 60_000);
      await vscode.commands.executeCommand('notification.acceptPrimaryAction'); // its Cancel button
      await eventually(() => (workspaceIndex.indexing === undefined ? true : undefined), 'indexing stopped', 10_000);
      const analysed = workspaceIndex.analysedCount - analysedBefore;
      assert.ok(analysed > 0 && analysed < count, `analysed ${analysed} of ${count} files before Cancel took effect`);
      report(`Cancel: notification at ${shown.done} of ${shown.total} files, stopped after ${analysed} of ${count} analysed`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      assert.strictEqual(workspaceIndex.analysedCount - analysedBefore, analysed, 'no file analysed after Cancel');
      assert.strictEqual(indexedCopies(), analysed, 'every file analysed before Cancel is kept');
      // The folder opened again: the files done are read back, the others analysed, each once.
      await workspaceIndex.reopen();
      assert.strictEqual(workspaceIndex.analysedCount - analysedBefore, count, 'files analysed in all, across both runs');
      assert.strictEqual(indexedCopies(), count);
    } finally {
      await excludeArchive(false);
      await remove(archive);
    }
    await eventually(() => (indexedCopies() === 0 ? true : undefined), 'the archive forgotten', 30_000);
  });
});
