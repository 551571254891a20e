import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { decorated, dossier, eventually, openFixture, positionIn } from './helpers';
import { SAMPLE } from './gold';
import type { EntityNode, QuoteNode } from '../../src/extension/trees';

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('sidebar views', () => {
  it('the Entities view lists kind → entity (mention count) → mentions, as the analysis says', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    const analysis = analyze(editor.document.getText());
    const groups = tree.getChildren();
    assert.deepStrictEqual(groups.map((g) => label(tree.getTreeItem(g))), ['People', 'Places', 'Organizations'].filter((_, i) => analysis.entities.some((e) => e.kind === ['person', 'place', 'organization'][i])));
    const listed = groups.flatMap((group) => tree.getChildren(group)).map((node) => {
      const item = tree.getTreeItem(node);
      return { name: label(item), count: item.description, mentions: tree.getChildren(node).length };
    });
    assert.deepStrictEqual(
      listed.sort((a, b) => a.name.localeCompare(b.name)),
      analysis.entities.map((e) => ({ name: e.name, count: String(e.mentions.length), mentions: e.mentions.length })).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('a mention item previews its line and reveals its range', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    const places = tree.getChildren().find((g) => g.type === 'kind' && g.kind === 'place');
    assert.ok(places);
    const moscow = tree.getChildren(places).find((n) => n.type === 'entity' && n.entity.name === 'Moscow') as EntityNode & { type: 'entity' };
    const mention = tree.getTreeItem(tree.getChildren(moscow)[1]);
    assert.match(label(mention), /Moscow/);
    assert.strictEqual(mention.description, `line ${editor.document.positionAt(moscow.entity.mentions[1].start).line + 1}`);
    assert.ok(mention.command);
    await vscode.commands.executeCommand(mention.command.command, ...(mention.command.arguments ?? []));
    assert.strictEqual(editor.document.getText(editor.selection), 'Moscow');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), moscow.entity.mentions[1].start);
  });

  it('filters the Entities view by kind', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    await vscode.commands.executeCommand('dossier.filterEntityKinds', ['person']);
    try {
      assert.deepStrictEqual(tree.getChildren().map((g) => g.type === 'kind' && g.kind), ['person']);
      assert.strictEqual(tree.view.description, 'people');
    } finally {
      await vscode.commands.executeCommand('dossier.filterEntityKinds', ['person', 'place', 'organization']);
    }
    assert.strictEqual(tree.view.description, undefined);
  });

  it('the Quotes view lists the quotes in document order, or grouped by speaker', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { quotesTree: tree } = await dossier();
    const analysis = analyze(editor.document.getText());
    const inOrder = tree.getChildren() as (QuoteNode & { type: 'quote' })[];
    assert.deepStrictEqual(inOrder.map((n) => n.quote.start), analysis.quotes.map((q) => q.start));
    await vscode.commands.executeCommand('dossier.groupQuotesBySpeaker');
    try {
      const groups = tree.getChildren();
      assert.ok(groups.every((g) => g.type === 'speaker'));
      const grouped = groups.flatMap((g) => tree.getChildren(g)) as (QuoteNode & { type: 'quote' })[];
      assert.deepStrictEqual(grouped.map((n) => n.quote.start).sort((a, b) => a - b), analysis.quotes.map((q) => q.start));
      for (const node of grouped) assert.strictEqual(tree.getParent(node)?.type, 'speaker');
    } finally {
      await vscode.commands.executeCommand('dossier.listQuotesInOrder');
    }
    assert.ok(tree.getChildren().every((n) => n.type === 'quote'));
  });

  it('groups Putin’s three quotes under his name', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { quotesTree: tree } = await dossier();
    await vscode.commands.executeCommand('dossier.groupQuotesBySpeaker');
    try {
      const putin = tree.getChildren().find((g) => g.type === 'speaker' && g.label === 'Vladimir Putin');
      assert.ok(putin, 'a Vladimir Putin group');
      assert.strictEqual(tree.getChildren(putin).length, 3);
    } finally {
      await vscode.commands.executeCommand('dossier.listQuotesInOrder');
    }
  });

  it('follows the cursor: the name under it is selected in the Entities view', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    await vscode.commands.executeCommand('workbench.view.extension.dossier');
    await eventually(() => tree.view.visible || undefined, 'the Entities view visible');
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
    const at = positionIn(editor.document, 'Beijing');
    editor.selection = new vscode.Selection(at, at);
    const selected = () => {
      const [node] = tree.view.selection;
      return node?.type === 'entity' ? node.entity.name : undefined;
    };
    await eventually(() => (selected() === 'Beijing' ? true : undefined), `Beijing selected (selected: ${selected()})`);
  });

  it('Reveal in Sidebar selects the entity at the cursor', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    const offset = editor.document.getText().indexOf('Crimea');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.revealInSidebar', editor.document.uri.toString(), offset), true);
    const selected = () => {
      const [node] = tree.view.selection;
      return node?.type === 'entity' ? node.entity.name : undefined;
    };
    await eventually(() => (selected() === 'Crimea' ? true : undefined), 'Crimea selected');
  });

  it('shows welcome content (an empty tree) when no supported document is active', async () => {
    const { entitiesTree, quotesTree } = await dossier();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"name": "Vladimir Putin"}' });
    await vscode.window.showTextDocument(document);
    assert.deepStrictEqual(entitiesTree.getChildren(), []);
    assert.deepStrictEqual(quotesTree.getChildren(), []);
    const welcome = vscode.extensions.getExtension('dossier.dossier')?.packageJSON.contributes.viewsWelcome as { view: string; when: string }[];
    assert.ok(welcome.some((w) => w.view === 'dossier.entities' && w.when === '!dossier.activeDocumentSupported'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
