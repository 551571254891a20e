import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/pipeline/analyze';
import { decorated, dossier, eventually, openFixture, positionIn, withSettings, shownByDefault } from './helpers';
import { SAMPLE } from './gold';
import type { EntityNode, QuoteNode } from '../../src/extension/trees';

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('sidebar views', () => {
  it('the Entities view lists kind → entity (mention count) → mentions, as the analysis says', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    const analysis = shownByDefault(editor.document.getText());
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

  it('an entity item shows its roles and aliases in its tooltip', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    const people = tree.getChildren().find((g) => g.type === 'kind' && g.kind === 'person');
    assert.ok(people);
    const putin = tree.getChildren(people).find((n) => n.type === 'entity' && n.entity.name === 'Vladimir Putin');
    assert.ok(putin, 'Vladimir Putin is listed');
    const item = tree.resolveTreeItem(tree.getTreeItem(putin), putin);
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
    assert.match(tooltip, /Russian President/);
    assert.match(tooltip, /“Putin”/);
    assert.match(tooltip, /6 mentions/);
  });

  it('lists a book’s quotes in collapsed stretches', async () => {
    const { quotesTree: tree } = await dossier();
    const content = Array.from({ length: 450 }, (_, i) => `“Line ${i} is here,” Anna Pavlovna said.`).join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    const editor = await vscode.window.showTextDocument(document);
    await decorated(editor);
    const stretches = await eventually(() => {
      const roots = tree.getChildren();
      return roots.length > 0 && roots.every((n) => n.type === 'stretch') ? roots : undefined;
    }, 'stretches of quotes');
    assert.deepStrictEqual(stretches.map((n) => n.type !== 'quote' && n.label), ['Quotes 1–200', 'Quotes 201–400', 'Quotes 401–450']);
    assert.strictEqual(tree.getTreeItem(stretches[0]).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const last = tree.getChildren(stretches[2]);
    assert.strictEqual(last.length, 50);
    assert.strictEqual(tree.getParent(last[0]), stretches[2]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
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

  it('marks inferred speakers in the Quotes view and says in the tooltip how each speaker was found', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { quotesTree: tree } = await dossier();
    const nodes = tree.getChildren() as (QuoteNode & { type: 'quote' })[];
    const byHow = (how: string) => nodes.find((n) => n.quote.speaker?.how === how);
    const pronoun = byHow('pronoun');
    const named = byHow('explicit');
    assert.ok(pronoun && named, 'the sample has a pronoun speaker and a named one');
    assert.match(String(tree.getTreeItem(pronoun).description), /≈ pronoun$/);
    assert.doesNotMatch(String(tree.getTreeItem(named).description), /≈/);
    const tooltipOf = (node: QuoteNode) => {
      const item = tree.resolveTreeItem(tree.getTreeItem(node), node);
      // The tooltip is Markdown: drop the escapes of its brackets and marks.
      return (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip)).replace(/\\/g, '');
    };
    assert.match(tooltipOf(pronoun), /How found: from ‘he’ \(75% sure\)/);
    assert.match(tooltipOf(named), /How found: named at the quote \(95% sure\)/);
  });

  it('hides speakers below dossier.speakers.minConfidence everywhere', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { quotesTree: tree } = await dossier();
    const speakers = () => (tree.getChildren() as (QuoteNode & { type: 'quote' })[]).map((n) => n.quote.speaker?.how ?? null);
    assert.ok(speakers().includes('continuation'));
    await withSettings({ 'speakers.minConfidence': 0.72 }, async () => {
      await eventually(() => (!speakers().includes('continuation') ? true : undefined), 'the continued speaker hidden');
      assert.ok(speakers().includes('pronoun') && speakers().includes('explicit'), 'surer speakers stay');
      await vscode.commands.executeCommand('dossier.copyQuoteSheet');
      const sheet = await vscode.env.clipboard.readText();
      assert.ok(!sheet.includes('continued,'), 'Copy Quote Sheet leaves the hidden speaker out');
    });
    await eventually(() => (speakers().includes('continuation') ? true : undefined), 'the continued speaker back');
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

  it('follows the active editor', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { entitiesTree: tree } = await dossier();
    const names = () => tree.getChildren().flatMap((group) => tree.getChildren(group)).map((node) => (node.type === 'entity' ? node.entity.name : ''));
    assert.ok(names().includes('Vladimir Putin'));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Angela Merkel arrived in Berlin on Monday.\n' });
    await decorated(await vscode.window.showTextDocument(document));
    await eventually(() => (names().includes('Angela Merkel') && !names().includes('Vladimir Putin') ? true : undefined), 'the untitled document listed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(editor.document);
    await eventually(() => (names().includes('Vladimir Putin') ? true : undefined), 'the sample listed again');
  });

  it('shows welcome content (an empty tree) when no supported document is active', async () => {
    const { entitiesTree, quotesTree } = await dossier();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"name": "Vladimir Putin"}' });
    await vscode.window.showTextDocument(document);
    assert.deepStrictEqual(entitiesTree.getChildren(), []);
    assert.deepStrictEqual(quotesTree.getChildren(), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
