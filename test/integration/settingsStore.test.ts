// The corrections store used when no folder is open: corrections kept in user settings. The test
// window has a folder open, so the store is made here directly, as the corrections service makes
// it in an empty window.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Correction } from '../../src/core/corrections/corrections';
import { CORRECTIONS_SETTING, SettingsCorrectionsStore } from '../../src/extension/corrections/settingsStore';
import type { CorrectionsStore } from '../../src/extension/corrections/store';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('dossier');
const stored = (): unknown => vscode.workspace.getConfiguration().inspect(CORRECTIONS_SETTING)?.globalValue;
const setStored = (value: unknown): Thenable<void> => config().update('corrections', value, vscode.ConfigurationTarget.Global);
const KREMLIN: Correction = { action: 'notEntity', name: 'Kremlin' };
const PUTIN: Correction = { action: 'markAs', name: 'Putin', kind: 'person' };

describe('corrections in user settings (no folder open)', () => {
  let store: SettingsCorrectionsStore;
  beforeEach(async () => {
    await setStored(undefined);
    store = new SettingsCorrectionsStore();
  });
  afterEach(async () => {
    store.dispose();
    await setStored(undefined);
  });

  it('starts with no corrections and says where they are kept', async () => {
    await store.ready;
    assert.deepStrictEqual(store.corrections, []);
    assert.strictEqual(store.label, 'user settings');
    assert.strictEqual((store as CorrectionsStore).uri, undefined, 'kept in no file');
  });

  it('writes a correction to the user setting, keeping what was stored', async () => {
    assert.strictEqual(await store.update((current) => [...current, KREMLIN]), true);
    assert.strictEqual(await store.update((current) => [...current, PUTIN]), true);
    assert.deepStrictEqual(store.corrections, [KREMLIN, PUTIN]);
    assert.deepStrictEqual(stored(), [KREMLIN, PUTIN]);
  });

  it('writes nothing when the change has nothing to change', async () => {
    await setStored([KREMLIN]);
    assert.strictEqual(await store.update(() => undefined), false);
    assert.deepStrictEqual(stored(), [KREMLIN]);
  });

  it('follows an edit of the setting made elsewhere, and says so', async () => {
    const changed = new Promise<void>((resolve) => store.onDidChange(() => resolve()));
    await setStored([PUTIN]);
    await changed;
    assert.deepStrictEqual(store.corrections, [PUTIN]);
  });

  it('keeps the last valid corrections while the setting is malformed, and refuses to write over it', async () => {
    await store.update(() => [KREMLIN]);
    await setStored([{ action: 'explode', name: 'Kremlin' }]);
    assert.deepStrictEqual(store.corrections, [KREMLIN], 'the last valid corrections stay in effect');
    assert.strictEqual(await store.update((current) => [...current, PUTIN]), false);
    assert.deepStrictEqual(stored(), [{ action: 'explode', name: 'Kremlin' }], 'the malformed setting is left for the user to fix');
  });
});
