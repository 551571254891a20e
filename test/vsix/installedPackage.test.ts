// Runs beside the packaged extension installed from dossier.vsix (not the development copy).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture } from '../integration/helpers';

describe('the installed .vsix', () => {
  it('is installed from the package, not loaded from the source tree', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.ok(!extension.extensionPath.includes('/test/vsix'), extension.extensionPath);
    assert.strictEqual(extension.packageJSON.version, '0.1.0');
  });

  it('activates on a plain-text file and analyses it', async () => {
    await openFixture('xi-putin-moscow.txt');
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    const counts = await vscode.commands.executeCommand<{ quotes: number }>('dossier.analyzeDocument');
    assert.strictEqual(counts.quotes, 14);
  });
});
