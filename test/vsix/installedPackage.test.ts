// Runs beside the packaged extension installed from dossier.vsix (not the development copy).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture } from '../integration/helpers';

describe('the installed .vsix', () => {
  it('is installed from the package, not loaded from the source tree', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    // The package ships the bundles and no sources: a copy loaded from the project would have src/.
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', 'extension.js')), `${extension.extensionPath} has dist/extension.js`);
    for (const absent of ['src', 'test', 'package-lock.json', 'node_modules']) {
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, absent)), `${extension.extensionPath} has no ${absent}: it is the installed package`);
    }
    assert.strictEqual(extension.packageJSON.version, '0.1.0');
  });

  it('ships a README with no image that its details page would show broken', () => {
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    const readme = fs.readdirSync(extensionPath).find((name) => name.toLowerCase() === 'readme.md');
    assert.ok(readme, `${extensionPath} has a README`);
    const text = fs.readFileSync(path.join(extensionPath, readme), 'utf8');
    assert.match(text, /## Commands/);
    // The page keeps only https image sources (tools/packageReadme.mjs).
    assert.doesNotMatch(text, /!\[[^\]]*\]\((?!https:)|<img\b(?![^>]*src=["']?https:)/i);
  });

  it('activates on a plain-text file and analyses it', async () => {
    await openFixture('xi-putin-moscow.txt');
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    const counts = await vscode.commands.executeCommand<{ quotes: number }>('dossier.analyzeDocument');
    assert.strictEqual(counts.quotes, 14);
  });
});
