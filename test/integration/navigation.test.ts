import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/pipeline/analyze';
import { decorated, openFixture, positionIn } from './helpers';
import { SAMPLE } from './gold';

async function sampleAt(position: (document: vscode.TextDocument) => vscode.Position): Promise<vscode.TextEditor> {
  const editor = await openFixture(SAMPLE);
  await decorated(editor);
  const at = position(editor.document);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

const selected = (editor: vscode.TextEditor): [number, number] => [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];

describe('navigation commands', () => {
  it('Next Quote selects the following quote, and Previous Quote comes back', async () => {
    const editor = await sampleAt((d) => positionIn(d, 'Xi is visiting'));
    const quotes = analyze(editor.document.getText()).quotes;
    const following = quotes.find((q) => q.start > editor.document.offsetAt(editor.selection.start));
    assert.ok(following);
    await vscode.commands.executeCommand('dossier.nextQuote');
    assert.deepStrictEqual(selected(editor), [following.start, following.end]);
    const index = quotes.indexOf(following);
    await vscode.commands.executeCommand('dossier.nextQuote');
    assert.deepStrictEqual(selected(editor), [quotes[index + 1].start, quotes[index + 1].end]);
    await vscode.commands.executeCommand('dossier.previousQuote');
    assert.deepStrictEqual(selected(editor), [following.start, following.end]);
  });

  it('wraps around at both ends', async () => {
    const editor = await sampleAt((d) => d.positionAt(d.getText().length));
    const quotes = analyze(editor.document.getText()).quotes;
    await vscode.commands.executeCommand('dossier.nextQuote');
    assert.deepStrictEqual(selected(editor), [quotes[0].start, quotes[0].end]);
    await vscode.commands.executeCommand('dossier.previousQuote');
    const last = quotes[quotes.length - 1];
    assert.deepStrictEqual(selected(editor), [last.start, last.end]);
  });

  it('steps through the mentions of the name at the cursor', async () => {
    const editor = await sampleAt((d) => positionIn(d, 'Moscow'));
    const moscow = analyze(editor.document.getText()).entities.find((e) => e.name === 'Moscow');
    assert.ok(moscow);
    const mentions = moscow.mentions.map((m) => [m.start, m.end]);
    await vscode.commands.executeCommand('dossier.nextMention');
    assert.deepStrictEqual(selected(editor), mentions[1]);
    await vscode.commands.executeCommand('dossier.previousMention');
    assert.deepStrictEqual(selected(editor), mentions[0]);
    await vscode.commands.executeCommand('dossier.previousMention');
    assert.deepStrictEqual(selected(editor), mentions[mentions.length - 1], 'wrapped to the last');
  });

  it('steps from a cursor at the very end of a name (just after its last letter) to its neighbours', async () => {
    const probe = await openFixture(SAMPLE);
    const moscow = analyze(probe.document.getText()).entities.find((e) => e.name === 'Moscow');
    assert.ok(moscow && moscow.mentions.length >= 3);
    const [first, second, third] = moscow.mentions;
    const editor = await sampleAt((d) => d.positionAt(second.end));
    await vscode.commands.executeCommand('dossier.nextMention');
    assert.deepStrictEqual(selected(editor), [third.start, third.end]);
    editor.selection = new vscode.Selection(editor.document.positionAt(second.end), editor.document.positionAt(second.end));
    await vscode.commands.executeCommand('dossier.previousMention');
    assert.deepStrictEqual(selected(editor), [first.start, first.end]);
  });

  it('leaves the cursor alone when no name is under it', async () => {
    const editor = await sampleAt((d) => positionIn(d, 'lengthy'));
    const before = selected(editor);
    await vscode.commands.executeCommand('dossier.nextMention');
    assert.deepStrictEqual(selected(editor), before);
  });

  it('binds the navigation keys only in an editor of a supported language', () => {
    const extension = vscode.extensions.getExtension('dossier.dossier');
    const keybindings = extension?.packageJSON.contributes.keybindings as { command: string; when: string }[];
    for (const command of ['dossier.nextQuote', 'dossier.previousQuote', 'dossier.nextMention', 'dossier.previousMention']) {
      const binding = keybindings.find((k) => k.command === command);
      assert.strictEqual(binding?.when, 'editorTextFocus && editorLangId in dossier.languages', command);
    }
  });
});
