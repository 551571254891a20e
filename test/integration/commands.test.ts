import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Correction } from '../../src/core/corrections/corrections';
import { analyze } from '../../src/core/pipeline/analyze';
import { activeExtension, decorated, dossier, eventually, exists, fixtureUri, inWebWorkerHost, openFixture, positionIn, readText, remove, scratchUri, selected, shownByDefault } from './helpers';
import { SAMPLE } from './gold';

describe('commands', () => {
  it('Copy Quote Sheet puts a Markdown table of the quotes on the clipboard', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    await vscode.commands.executeCommand('dossier.copyQuoteSheet');
    const sheet = await vscode.env.clipboard.readText();
    const rows = sheet.trim().split('\n');
    assert.strictEqual(rows[0], '| Speaker | How found | Quote | Line |');
    const quotes = analyze(editor.document.getText()).quotes.filter((q) => q.kind !== 'scare');
    assert.strictEqual(rows.length, 2 + quotes.length);
    // Each row says how its speaker was found: named at the verb, from a pronoun, continued.
    const how = rows.slice(2).map((row) => row.split(' | ')[1]);
    assert.deepStrictEqual(how, quotes.map((q) => (q.speaker ? `${{ explicit: 'named', pronoun: 'pronoun', title: 'description', turn: 'turn-taking', continuation: 'continued', guess: 'guess' }[q.speaker.how]}, ${Math.round(q.speaker.confidence * 100)}%` : '')));
    assert.ok(how.includes('pronoun, 75%') && how.includes('continued, 70%'), how.join('; '));
    const last = quotes[quotes.length - 1];
    assert.ok(rows[rows.length - 1].endsWith(`| ${editor.document.positionAt(last.start).line + 1} |`));
    assert.ok(rows.some((row) => row.includes('“This responds to the call of our time')));
  });

  it('Export Annotations writes the CLI’s JSON record to the chosen file', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const target = scratchUri('export/out.json');
    await remove(target);
    await vscode.commands.executeCommand('dossier.exportAnnotations', target);
    // The same record the CLI prints by default (--format jsonl), pinned in test/fixtures/expected (copied into the workspace).
    const written = JSON.parse(await readText(target));
    assert.deepStrictEqual(written, JSON.parse(await readText(fixtureUri('expected/xi-putin-moscow.jsonl'))));
  });

  it('Go to First Mention and Find All Mentions work from the cursor', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const at = positionIn(editor.document, 'Moscow', 3);
    editor.selection = new vscode.Selection(at, at);
    const moscow = analyze(editor.document.getText()).entities.find((e) => e.name === 'Moscow');
    assert.ok(moscow);
    await vscode.commands.executeCommand('dossier.goToFirstMention');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), moscow.mentions[0].start);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('dossier.findAllMentions');
    assert.deepStrictEqual(locations.map((l) => editor.document.offsetAt(l.range.start)), moscow.mentions.map((m) => m.start));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('the status bar counts people and quotes, and its click opens the sidebar', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const api = await dossier();
    const analysis = shownByDefault(editor.document.getText());
    const people = analysis.entities.filter((e) => e.kind === 'person').length;
    const quotes = analysis.quotes.filter((q) => q.kind !== 'scare').length;
    await eventually(() => api.statusBarText(), 'status bar text');
    assert.strictEqual(api.statusBarText(), `$(person) ${people} $(quote) ${quotes}`);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.view.extension.dossier');
    await eventually(() => api.entitiesTree.view.visible || undefined, 'the sidebar open');
  });

  it('every contributed command runs in the host and does what it names, with arguments in place of the input it would ask for', async () => {
    const contributed = vscode.extensions.getExtension('dossier.dossier')?.packageJSON.contributes.commands as { command: string; category: string }[];
    for (const { command, category } of contributed) {
      assert.strictEqual(category, 'Dossier', command);
      assert.match(command, /^dossier\.[a-z]+[A-Za-z]*$/);
    }
    const api = await dossier();
    let editor = await openFixture(SAMPLE);
    await decorated(editor);
    const document = editor.document;
    const moscow = analyze(document.getText()).entities.find((e) => e.name === 'Moscow');
    assert.ok(moscow && moscow.mentions.length >= 3);
    const cursorAt = async (offset: number): Promise<void> => {
      // Commands that open other editors leave this one in the back: bring it to the front, analysed.
      editor = await vscode.window.showTextDocument(document);
      await decorated(editor);
      editor.selection = new vscode.Selection(document.positionAt(offset), document.positionAt(offset));
    };
    const correctionsFile = fixtureUri('.vscode/dossier.json');
    const corrections = async (): Promise<Correction[]> => ((await exists(correctionsFile)) ? (JSON.parse(await readText(correctionsFile)) as { corrections: Correction[] }).corrections : []);
    assert.deepStrictEqual(await corrections(), [], 'the suite starts with no corrections');
    const exported = scratchUri('commands/out.json');
    await remove(exported);
    const indexed = await eventually(() => api.workspaceIndex.listedEntity('Moscow'), 'Moscow in the workspace index', 60_000);
    const movedTo = async (command: string, target: { start: number; end: number }): Promise<void> => {
      await vscode.commands.executeCommand(command);
      assert.deepStrictEqual(selected(editor), [target.start, target.end], command);
    };
    // Each command, run from the cursor on the second "Moscow" (reset before each), and what it must do.
    // The corrections commands are each undone at once (corrections.test.ts checks what they show).
    const runs: Record<string, () => Promise<void>> = {
      'dossier.openSample': async () => {
        const sample = await vscode.commands.executeCommand<vscode.TextEditor>('dossier.openSample');
        assert.ok(sample.document.isUntitled && sample.document.getText() === document.getText().replace(/\r\n/g, '\n'), 'an untitled copy of the sample');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      },
      'dossier.showWalkthrough': async () => {
        await vscode.commands.executeCommand('dossier.showWalkthrough');
        await eventually(() => (vscode.window.tabGroups.activeTabGroup.activeTab?.input === undefined ? true : undefined), 'the walkthrough (not a text editor) in front');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      },
      'dossier.nextQuote': () => movedTo('dossier.nextQuote', analyze(document.getText()).quotes.find((q) => q.start > moscow.mentions[1].start) ?? assert.fail('a quote after')),
      'dossier.previousQuote': () => movedTo('dossier.previousQuote', analyze(document.getText()).quotes.filter((q) => q.end <= moscow.mentions[1].start).pop() ?? assert.fail('a quote before')),
      'dossier.nextMention': () => movedTo('dossier.nextMention', moscow.mentions[2]),
      'dossier.previousMention': () => movedTo('dossier.previousMention', moscow.mentions[0]),
      'dossier.goToFirstMention': async () => {
        await vscode.commands.executeCommand('dossier.goToFirstMention');
        assert.strictEqual(document.offsetAt(editor.selection.start), moscow.mentions[0].start);
      },
      'dossier.findAllMentions': async () => {
        const locations = await vscode.commands.executeCommand<vscode.Location[]>('dossier.findAllMentions');
        assert.deepStrictEqual(locations.map((l) => document.offsetAt(l.range.start)), moscow.mentions.map((m) => m.start));
        await vscode.commands.executeCommand('closeReferenceSearch');
      },
      'dossier.revealInSidebar': async () => {
        await vscode.commands.executeCommand('workbench.action.closeSidebar');
        await vscode.commands.executeCommand('dossier.revealInSidebar');
        await eventually(() => api.entitiesTree.view.visible || undefined, 'the Entities view shown');
      },
      'dossier.copyQuoteSheet': async () => {
        await vscode.env.clipboard.writeText('');
        await vscode.commands.executeCommand('dossier.copyQuoteSheet');
        assert.ok((await vscode.env.clipboard.readText()).startsWith('| Speaker |'));
      },
      'dossier.exportAnnotations': async () => {
        await vscode.commands.executeCommand('dossier.exportAnnotations', exported);
        assert.ok(JSON.parse(await readText(exported)).entities.length > 0);
      },
      'dossier.analyzeDocument': async () => {
        await vscode.commands.executeCommand('dossier.analyzeDocument');
        await decorated(editor);
      },
      'dossier.filterEntityKinds': async () => {
        const before = [...api.entitiesTree.kindFilter];
        await vscode.commands.executeCommand('dossier.filterEntityKinds', ['place']);
        assert.deepStrictEqual(api.entitiesTree.kindFilter, ['place']);
        await vscode.commands.executeCommand('dossier.filterEntityKinds', before);
      },
      'dossier.groupQuotesBySpeaker': async () => {
        await vscode.commands.executeCommand('dossier.groupQuotesBySpeaker');
        const [group] = (await api.quotesTree.getChildren()) ?? [];
        assert.ok(group && ((await api.quotesTree.getChildren(group)) ?? []).length > 0, 'the first node is a speaker with quotes under it');
      },
      'dossier.listQuotesInOrder': async () => {
        await vscode.commands.executeCommand('dossier.listQuotesInOrder');
        const top = (await api.quotesTree.getChildren()) ?? [];
        assert.ok(top.length > 1);
        for (const quote of top) assert.deepStrictEqual((await api.quotesTree.getChildren(quote)) ?? [], [], 'a quote, not a speaker group');
      },
      'dossier.revealRange': async () => {
        await vscode.commands.executeCommand('dossier.revealRange', document.uri.toString(), moscow.mentions[0].start, moscow.mentions[0].end);
        assert.deepStrictEqual(selected(editor), [moscow.mentions[0].start, moscow.mentions[0].end]);
      },
      'dossier.markAsPerson': () => corrects('dossier.markAsPerson', 'Kursk', { action: 'markAs', name: 'Kursk', kind: 'person' }),
      'dossier.markAsPlace': () => corrects('dossier.markAsPlace', 'Kremlin', { action: 'markAs', name: 'Kremlin', kind: 'place' }),
      'dossier.markAsOrganization': () => corrects('dossier.markAsOrganization', 'Kursk', { action: 'markAs', name: 'Kursk', kind: 'organization' }),
      'dossier.markNotEntity': () => corrects('dossier.markNotEntity', 'Kursk', { action: 'notEntity', name: 'Kursk' }),
      'dossier.mergeEntity': () => corrects('dossier.mergeEntity', 'Kremlin', { action: 'merge', name: 'Kremlin', into: 'Vladimir Putin' }, { into: 'Vladimir Putin' }),
      'dossier.setQuoteSpeaker': () => corrects('dossier.setQuoteSpeaker', '“drinking poison', { action: 'setSpeaker', quote: '“drinking poison.”', speaker: 'Donald Trump' }, { speaker: 'Donald Trump' }),
      // Each correction above is undone by this command; with nothing left, it says so and returns false.
      'dossier.undoCorrection': async () => assert.strictEqual(await vscode.commands.executeCommand('dossier.undoCorrection'), false),
      'dossier.showOrphanCorrections': async () => {
        assert.ok(Array.isArray(await vscode.commands.executeCommand('dossier.showOrphanCorrections', { interactive: false })));
      },
      'dossier.stopIndexingWorkspace': async () => {
        await vscode.commands.executeCommand('dossier.stopIndexingWorkspace');
        await vscode.commands.executeCommand('dossier.reindexWorkspace');
      },
      'dossier.reindexWorkspace': async () => {
        await vscode.commands.executeCommand('dossier.reindexWorkspace');
        await eventually(() => api.workspaceIndex.listedEntity('Moscow'), 'Moscow indexed again', 60_000);
      },
      'dossier.revealInWorkspaceView': async () => {
        // The tree view's reveal rejects an entity it cannot find, and the error reaches executeCommand.
        await vscode.commands.executeCommand('dossier.revealInWorkspaceView', indexed.id);
      },
      'dossier.openDossier': async () => {
        await vscode.commands.executeCommand('dossier.openDossier', indexed.id);
        assert.match(await eventually(() => api.dossierPanels.htmlOf(indexed.id), 'the dossier page'), /<h1>Moscow<\/h1>/);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      },
      'dossier.exportDossier': async () => {
        const target = scratchUri('commands/moscow.md');
        await remove(target);
        await vscode.commands.executeCommand('dossier.exportDossier', indexed.id, target);
        assert.match(await readText(target), /Moscow/);
      },
    };
    /** Runs a corrections command at `at`: the file holds what it returns, and Undo Last Correction takes it out again. */
    async function corrects(command: string, at: string, expected: Correction, ...args: unknown[]): Promise<void> {
      await cursorAt(document.getText().indexOf(at) + 2);
      const correction = await vscode.commands.executeCommand<Correction>(command, ...args);
      assert.deepStrictEqual(correction, expected, command);
      assert.deepStrictEqual(await corrections(), [expected], `${command} wrote it`);
      assert.strictEqual(await vscode.commands.executeCommand('dossier.undoCorrection'), true, `${command} undone`);
      assert.deepStrictEqual(await corrections(), [], `${command} undone in the file`);
    }
    assert.deepStrictEqual(Object.keys(runs).sort(), contributed.map((c) => c.command).sort(), 'every contributed command, and only those, is run');
    try {
      for (const [command, run] of Object.entries(runs)) {
        await cursorAt(moscow.mentions[1].start + 1);
        await run().catch((error: unknown) => assert.fail(`${command}: ${String(error)}`));
      }
    } finally {
      // The corrections apply to every document of the workspace; leave none for the other suites.
      await remove(fixtureUri('.vscode'));
    }
  });

  it('activates without the NLP: the extension bundle holds no pipeline and no compromise', async function () {
    const api = await dossier();
    // activate()'s wall-clock time depends on the machine's load, so it is reported, never asserted;
    // what keeps it short is asserted instead: the code the extension host loads (dist/extension.js,
    // or dist/web/extension.js on the web, per its source map) leaves the pipeline (but for the
    // text-change helper the client sends edits with) and compromise to the worker.
    if (this.test) this.test.title += ` (activate() took ${api.activationMs.toFixed(1)} ms)`;
    const extension = await activeExtension();
    const entry = (inWebWorkerHost ? extension.packageJSON.browser : extension.packageJSON.main) as string;
    const { sources } = JSON.parse(await readText(vscode.Uri.joinPath(extension.extensionUri, `${entry}.map`))) as { sources: string[] };
    assert.ok(sources.some((s) => s.includes('src/extension/extension.ts')), 'the source map is the extension’s');
    assert.deepStrictEqual(sources.filter((s) => /node_modules\/compromise|src\/core\/pipeline\/(?!textChange\.ts)|src\/analysis\/(worker|incremental|paragraphPass|paragraphCache)\.ts/.test(s)), []);
  });
});
