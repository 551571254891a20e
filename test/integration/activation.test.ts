import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture } from './helpers';

describe('activation', () => {
  it('activates when a plain-text file opens', async () => {
    await openFixture('xi-putin-moscow.txt');
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['dossier.analyzeDocument', 'dossier.revealRange']) assert.ok(commands.includes(id), `${id} is registered`);
  });

  it('contributes the Entities, Quotes and Workspace views in the Dossier container', () => {
    const contributes = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes;
    assert.deepStrictEqual(contributes.views.dossier.map((v: { id: string }) => v.id), ['dossier.entities', 'dossier.quotes', 'dossier.workspace']);
  });

  it('analyses the active document on command', async () => {
    await openFixture('xi-putin-moscow.txt');
    const counts = await vscode.commands.executeCommand<{ entities: number; quotes: number }>('dossier.analyzeDocument');
    assert.strictEqual(counts.quotes, 14);
    assert.ok(counts.entities > 10, `found ${counts.entities} entities`);
  });
});
