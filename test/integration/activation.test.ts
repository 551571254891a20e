import * as assert from 'assert';
import * as vscode from 'vscode';
import { dossier, EXTENSION_ID, eventually, openFixture } from './helpers';

describe('activation', () => {
  it('activates when a plain-text file opens', async () => {
    await openFixture('xi-putin-moscow.txt');
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('Reveal Range (the hovers’ links) selects the range it is given', async () => {
    const editor = await openFixture('xi-putin-moscow.txt');
    const start = editor.document.getText().indexOf('Vladimir Putin');
    await vscode.commands.executeCommand('dossier.revealRange', editor.document.uri.toString(), start, start + 'Vladimir Putin'.length);
    assert.strictEqual(editor.document.getText(editor.selection), 'Vladimir Putin');
  });

  it('shows the Entities and Quotes views when the Dossier container opens', async () => {
    const { entitiesTree, quotesTree } = await dossier();
    await vscode.commands.executeCommand('workbench.view.extension.dossier');
    await eventually(() => (entitiesTree.view.visible && quotesTree.view.visible ? true : undefined), 'both views visible');
  });

  it('analyses the active document on command', async () => {
    await openFixture('xi-putin-moscow.txt');
    const counts = await vscode.commands.executeCommand<{ entities: number; quotes: number }>('dossier.analyzeDocument');
    assert.strictEqual(counts.quotes, 14);
    assert.ok(counts.entities > 10, `found ${counts.entities} entities`);
  });
});
