import * as vscode from 'vscode';
import { DocumentModels } from './documentModels';
import { registerCorrections } from './corrections/commands';
import { EntitiesTree, QuotesTree } from './trees';

export function activate(context: vscode.ExtensionContext): void {
  const models = new DocumentModels(context);
  const entities = new EntitiesTree(models);
  const quotes = new QuotesTree(models);
  registerCorrections(context, models);
  context.subscriptions.push(
    models,
    entities,
    quotes,
    vscode.window.createTreeView('dossier.entities', { treeDataProvider: entities, showCollapseAll: true }),
    vscode.window.createTreeView('dossier.quotes', { treeDataProvider: quotes }),
    vscode.commands.registerCommand('dossier.revealRange', async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('dossier.analyzeDocument', async () => {
      const document = vscode.window.activeTextEditor?.document;
      const analysis = document && (await models.analyzeNow(document));
      if (!analysis) {
        void vscode.window.showInformationMessage('Dossier: open a plain-text or Markdown document to analyse it.');
        return undefined;
      }
      return { entities: analysis.entities.length, quotes: analysis.quotes.length };
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
