// First window: the reader corrects two names. The second window (test/reload/after) must show them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { fixturePath } from '../../integration/helpers';
import { entitiesShown, openArticle } from '../shared';

describe('before the reload', () => {
  it('marks “Victory Parade” as an organization and merges “Kremlin” into Vladimir Putin', async () => {
    const editor = await openArticle();
    await entitiesShown((listed) => listed.length > 0);
    const select = (text: string): void => {
      const start = editor.document.getText().indexOf(text);
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + text.length));
    };
    select('Victory Parade');
    await vscode.commands.executeCommand('dossier.markAsOrganization');
    select('Kremlin');
    await vscode.commands.executeCommand('dossier.mergeEntity', { into: 'Vladimir Putin' });
    const saved = JSON.parse(fs.readFileSync(fixturePath('.vscode/dossier.json'), 'utf8'));
    assert.deepStrictEqual(saved.corrections, [
      { action: 'markAs', name: 'Victory Parade', kind: 'organization' },
      { action: 'merge', name: 'Kremlin', into: 'Vladimir Putin' },
    ]);
    await entitiesShown((listed) => listed.includes('Organizations/Victory Parade') && !listed.includes('Organizations/Kremlin'));
  });
});
