import * as assert from 'assert';
import * as vscode from 'vscode';
import type { QuoteNode } from '../../src/extension/trees';
import { decorated, dossier, hoverText, openFixture, shownByDefault } from './helpers';

/** A hearing transcript with labelled turns ("WHITLOCK:") and an interview in Q and A turns. */
const TRANSCRIPT = 'transcript-port-hearing.txt';

async function hoverOn(editor: vscode.TextEditor, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
  return hoverText(hovers);
}

describe('how each speaker was found, on a transcript', () => {
  it('the hover, the Quotes view and Copy Quote Sheet tell a labelled turn from a Q and A turn', async () => {
    const editor = await openFixture(TRANSCRIPT);
    await decorated(editor);
    const text = editor.document.getText();
    const quotes = shownByDefault(text).quotes.filter((q) => q.kind !== 'scare');
    const labelled = quotes.find((q) => q.speaker?.name === 'Grace Whitlock' && q.speaker.how === 'explicit');
    const answer = quotes.find((q) => q.speaker?.name === 'Grace Whitlock' && q.speaker.how === 'turn');
    assert.ok(labelled && answer, 'the fixture has a turn labelled WHITLOCK: and an answer after A:');

    // The hover: a label needs no explaining; an answer says it took its turn, and how sure that is.
    assert.doesNotMatch(await hoverOn(editor, labelled.start + 3), /sure\)/);
    const hover = await hoverOn(editor, answer.start + 3);
    assert.match(hover, /\*\*Grace Whitlock\*\*/);
    assert.match(hover, /taking turns in the conversation with the speaker before: ‘[^’]+’, \w+ paragraphs? earlier \(60% sure\)/);

    // The Quotes view: a marker on the inferred speaker only, and the way in its tooltip.
    const { quotesTree: tree } = await dossier();
    const nodes = tree.getChildren() as (QuoteNode & { type: 'quote' })[];
    const nodeAt = (start: number) => nodes.find((n) => n.quote.start === start);
    const labelledNode = nodeAt(labelled.start);
    const answerNode = nodeAt(answer.start);
    assert.ok(labelledNode && answerNode, 'both turns are listed');
    assert.doesNotMatch(String(tree.getTreeItem(labelledNode).description), /≈/);
    assert.match(String(tree.getTreeItem(answerNode).description), /≈ turn-taking$/);
    const item = tree.resolveTreeItem(tree.getTreeItem(answerNode), answerNode);
    const tooltip = (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip)).replace(/\\/g, '');
    assert.match(tooltip, /How found: taking turns in the conversation with the speaker before: .* \(60% sure\)/);

    // Copy Quote Sheet: a column that says how, row by row.
    await vscode.commands.executeCommand('dossier.copyQuoteSheet');
    const rows = (await vscode.env.clipboard.readText()).trim().split('\n').slice(2);
    assert.strictEqual(rows.length, quotes.length);
    const rowOf = (quoted: string) => rows.find((row) => row.includes(quoted.slice(0, 30)));
    assert.match(rowOf(labelled.text) ?? '', /^\| Grace Whitlock \| named, 95% \|/);
    assert.match(rowOf(answer.text) ?? '', /^\| Grace Whitlock \| turn-taking, 60% \|/);
  });
});
