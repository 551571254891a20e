import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/pipeline/analyze';
import { decorated, openFixture, positionIn, selected } from './helpers';
import { SAMPLE } from './gold';

async function sampleAt(position: (document: vscode.TextDocument) => vscode.Position): Promise<vscode.TextEditor> {
  const editor = await openFixture(SAMPLE);
  await decorated(editor);
  const at = position(editor.document);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

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

  it('binds the navigation keys only in an editor of a supported language, each to a command that moves there', async () => {
    // Extension tests cannot press keys: this runs the command each key is bound to, and checks
    // that it moves to the kind of thing the key promises in a supported document, and that it
    // leaves an unsupported one alone, as the binding's `when` clause does for the key.
    const extension = vscode.extensions.getExtension('dossier.dossier');
    const keybindings = extension?.packageJSON.contributes.keybindings as { command: string; key: string; when: string }[];
    const expected: Record<string, 'quote' | 'mention'> = {
      'dossier.nextQuote': 'quote', 'dossier.previousQuote': 'quote', 'dossier.nextMention': 'mention', 'dossier.previousMention': 'mention',
    };
    assert.deepStrictEqual(keybindings.map((k) => k.command).sort(), Object.keys(expected).sort());
    const code = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'javascript', content: 'const quote = "“Hello,” she said.";\n' }));
    for (const { command, when } of keybindings) {
      assert.strictEqual(when, 'editorTextFocus && editorLangId in dossier.languages', command);
      const editor = await sampleAt((d) => positionIn(d, 'Moscow'));
      const analysis = analyze(editor.document.getText());
      const targets = expected[command] === 'quote' ? analysis.quotes : analysis.entities.find((e) => e.name === 'Moscow')?.mentions ?? [];
      const before = selected(editor);
      await vscode.commands.executeCommand(command);
      const after = selected(editor);
      assert.notDeepStrictEqual(after, before, `${command} moved`);
      assert.ok(targets.some((t) => t.start === after[0] && t.end === after[1]), `${command} selected a ${expected[command]}`);
      const inCode = await vscode.window.showTextDocument(code.document);
      const start = new vscode.Position(0, 16);
      inCode.selection = new vscode.Selection(start, start);
      await vscode.commands.executeCommand(command);
      assert.deepStrictEqual([inCode.selection.start, inCode.selection.end], [start, start], `${command} leaves a JavaScript file alone`);
    }
  });
});
