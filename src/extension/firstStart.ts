import * as vscode from 'vscode';

/** The walkthrough contributed in package.json, as the workbench names it: publisher.name#id. */
const WALKTHROUGH_ID = 'dossier.dossier#gettingStarted';
const FIRST_START_DONE = 'dossier.firstStartDone';
const SAMPLE = ['samples', 'xi-putin-moscow.txt'];

/**
 * A new reader's first minute: on the first start the Dossier sidebar opens beside the document and
 * the walkthrough beside that, once per installation. Tests start with a blank profile and expect a
 * quiet workbench, so in test mode only the commands are registered.
 */
export function registerFirstStart(context: vscode.ExtensionContext): vscode.Disposable {
  const disposables = [
    vscode.commands.registerCommand('dossier.openSample', () => openSample(context.extensionUri)),
    vscode.commands.registerCommand('dossier.showWalkthrough', () => showWalkthrough(false)),
  ];
  if (context.extensionMode !== vscode.ExtensionMode.Test && !context.globalState.get<boolean>(FIRST_START_DONE)) {
    void context.globalState.update(FIRST_START_DONE, true);
    void welcome();
  }
  return vscode.Disposable.from(...disposables);
}

async function welcome(): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.extension.dossier');
  await showWalkthrough(true);
  // Back to the document, so the sidebar lists it rather than waiting for a text editor.
  await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
}

function showWalkthrough(toSide: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, toSide);
}

/**
 * The sample article, as an untitled copy: the reader may edit it to see the analysis follow, and
 * the installed extension's files stay as they are.
 */
async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE));
  const document = await vscode.workspace.openTextDocument({ content: new TextDecoder().decode(bytes), language: 'plaintext' });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
}
