import * as vscode from 'vscode';
import type { DocumentModels } from './documentModels';

/**
 * Commands the integration tests use to break things and look inside. activate() registers them
 * only when VS Code runs the extension for its tests (ExtensionMode.Test), never for a reader.
 */
export function registerTestCommands(models: DocumentModels): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('dossier.test.crashWorker', () => models.crashWorkerForTesting()),
    vscode.commands.registerCommand('dossier.test.state', (uri?: vscode.Uri) => {
      const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return models.inspect(document);
    }),
  );
}
