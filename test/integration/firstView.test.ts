// What a new reader meets first: the walkthrough, one count of quotes everywhere, and the Quotes
// view's labels (the quote gets the width, the speaker's canonical name is the description).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, decorated, dossier, eventually, exists, hoverText, openFixture, readText } from './helpers';
import { SAMPLE, gold } from './gold';
import type { QuoteNode } from '../../src/extension/trees';

interface WalkthroughStep {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly markdown?: string; readonly image?: Record<string, string> };
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('first view: the walkthrough', () => {
  it('is contributed with the colour key and the four things to try, and its media ship', async () => {
    const extension = await activeExtension();
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as { id: string; steps: WalkthroughStep[] }[];
    assert.strictEqual(walkthrough.id, 'gettingStarted');
    assert.deepStrictEqual(walkthrough.steps.map((s) => s.id), ['colours', 'hoverName', 'hoverQuote', 'sidebar', 'nextQuote']);
    for (const step of walkthrough.steps) {
      const files = [step.media.markdown, ...Object.values(step.media.image ?? {})].filter((f): f is string => Boolean(f));
      assert.ok(files.length > 0, `${step.id} has media`);
      for (const file of files) assert.ok(await exists(vscode.Uri.joinPath(extension.extensionUri, file)), `${file} exists`);
    }
    // The colour key is drawn in the colours the underlines use by default.
    const colours = extension.packageJSON.contributes.colors as { id: string; defaults: Record<string, string> }[];
    const key = await readText(vscode.Uri.joinPath(extension.extensionUri, walkthrough.steps[0].media.image?.dark ?? ''));
    for (const kind of ['person', 'place', 'organization']) {
      assert.ok(key.includes(colours.find((c) => c.id === `dossier.${kind}Color`)?.defaults.dark ?? '?'), `the dark key shows the ${kind} colour`);
    }
  });

  it('every command its steps link to is registered', async () => {
    const extension = await activeExtension();
    const steps = (extension.packageJSON.contributes.walkthroughs[0].steps as WalkthroughStep[]);
    const linked = steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]));
    assert.ok(linked.includes('dossier.openSample') && linked.includes('dossier.nextQuote'), linked.join(', '));
    const registered = await vscode.commands.getCommands(true);
    for (const command of linked) assert.ok(registered.includes(command), `${command} is registered`);
    assert.ok(registered.includes('dossier.showWalkthrough'));
  });

  it('Open the Sample Article opens an annotated copy of the sample', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('dossier.openSample');
    assert.ok(editor.document.isUntitled, 'an untitled copy, so the sample itself is never changed');
    assert.ok(editor.document.getText().startsWith('Chinese Communist leader Xi Jinping'));
    assert.ok(vscode.window.visibleTextEditors.includes(editor), 'shown in an editor');
    const applied = await decorated(editor);
    assert.ok(applied.person.length > 0 && applied.quote.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('first view: one count of quotes', () => {
  it('the status bar, its tooltip, the Quotes view and every quote hover count 12 quotes and 2 scare quotes', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const api = await dossier();
    const quotes = gold().quotes;
    const counted = quotes.filter((q) => q.kind !== 'scare').length;
    const scare = quotes.length - counted;
    assert.deepStrictEqual([counted, scare], [12, 2]);
    await eventually(() => api.statusBarText(), 'the status bar');
    assert.match(api.statusBarText() ?? '', new RegExp(`\\$\\(quote\\) ${counted}$`));
    assert.match(api.statusBarTooltip() ?? '', /, 12 quotes and 2 scare quotes\./);
    api.quotesTree.getChildren();
    assert.strictEqual(api.quotesTree.view.description, '12 quotes and 2 scare quotes');

    const headers: string[] = [];
    for (const quote of quotes) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(quote.start + 1));
      headers.push(/(Quote|Quoted phrase|Scare quote) \d+ of \d+/.exec(hoverText(hovers))?.[0] ?? 'none');
    }
    const expected: string[] = [];
    let n = 0;
    let s = 0;
    for (const quote of quotes) expected.push(quote.kind === 'scare' ? `Scare quote ${++s} of 2` : `${quote.kind === 'fragment' ? 'Quoted phrase' : 'Quote'} ${++n} of 12`);
    assert.deepStrictEqual(headers, expected);
  });
});

describe('first view: the Quotes view', () => {
  it('labels each quote with its text, its speaker by canonical name as the description, the full quote in the tooltip', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const { quotesTree: tree } = await dossier();
    const nodes = tree.getChildren() as (QuoteNode & { type: 'quote' })[];
    const quotes = gold().quotes;
    assert.strictEqual(nodes.length, quotes.length);
    for (const [i, node] of nodes.entries()) {
      const quote = quotes[i];
      const item = tree.getTreeItem(node);
      const line = editor.document.positionAt(quote.start).line + 1;
      // The whole quote, or as much as a label can usefully hold.
      const label = labelOf(item);
      assert.ok(label === flat(quote.text) || label.length === 200 && flat(quote.text).startsWith(label.slice(0, -1)), label);
      const who = quote.kind === 'scare' ? 'scare quote' : (quote.speaker ?? 'unattributed');
      // An inferred speaker is marked after the line ("· ≈ pronoun").
      assert.match(String(item.description), new RegExp(`^${who} · line ${line}( · ≈ [a-z -]+)?$`));
      const tooltip = tree.resolveTreeItem(item, node).tooltip as vscode.MarkdownString;
      const plain = tooltip.value.replace(/\\(.)/g, '$1');
      assert.ok(plain.startsWith(flat(quote.text)), `the whole quote in the tooltip: ${plain}`);
      assert.ok(plain.includes(`— ${who}`), `the speaker in the tooltip: ${plain}`);
    }
    // "Xi" in the text, "Xi Jinping" in the view, as in the hovers.
    assert.ok(nodes.some((node) => String(tree.getTreeItem(node).description).startsWith(`Xi Jinping · line ${editor.document.positionAt(node.quote.start).line + 1}`)));
  });
});
