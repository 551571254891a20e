import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Decorations, type AppliedDecorations } from './decorations';
import { DocumentModels } from './documentModels';
import { registerFirstStart } from './firstStart';
import { registerCorrections } from './corrections/commands';
import { LanguageFeatures } from './languageFeatures';
import { Settings } from './settings';
import { ShownAnalyses } from './shownAnalyses';
import { StatusBar } from './statusBar';
import { registerTestCommands } from './testCommands';
import { EntitiesTree, QuotesTree } from './trees';
import { DossierPanels } from './workspace/dossierPanel';
import { registerWorkspaceFeatures, REVEAL_ENTITY_COMMAND } from './workspace/workspaceFeatures';
import { WorkspaceIndexer } from './workspace/workspaceIndexer';
import { WorkspaceTree } from './workspace/workspaceTree';

/** What activate() returns: a window into the extension for its integration tests and for tools. */
export interface DossierApi {
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
  readonly settings: Settings;
  readonly entitiesTree: EntitiesTree;
  readonly quotesTree: QuotesTree;
  /** The background index of the workspace's files and its view. */
  readonly workspaceIndex: WorkspaceIndexer;
  readonly workspaceTree: WorkspaceTree;
  readonly dossierPanels: DossierPanels;
  decorationsOf(editor: vscode.TextEditor): AppliedDecorations | undefined;
  statusBarText(): string | undefined;
  /** The status bar item's tooltip: the counts in words. */
  statusBarTooltip(): string | undefined;
}

const CURSOR_FOLLOW_DELAY_MS = 150;

export function activate(context: vscode.ExtensionContext): DossierApi {
  const started = performance.now();
  const settings = new Settings();
  const models = new DocumentModels(settings, context.extensionUri);
  if (context.extensionMode === vscode.ExtensionMode.Test) context.subscriptions.push(registerTestCommands(models));
  const corrections = registerCorrections(context, models);
  const shown = new ShownAnalyses(models, settings);
  const entities = new EntitiesTree(shown);
  const quotes = new QuotesTree(shown);
  const decorations = new Decorations(shown, settings);
  const statusBar = new StatusBar(shown);
  const workspaceIndex = new WorkspaceIndexer(context, settings, models, corrections);
  const workspaceTree = new WorkspaceTree(workspaceIndex);
  const dossierPanels = new DossierPanels(workspaceIndex);

  // Keybindings apply only in the languages Dossier annotates (`editorLangId in dossier.languages`).
  const publishLanguages = (): void => void vscode.commands.executeCommand('setContext', 'dossier.languages', settings.current.languages);
  publishLanguages();

  // The views follow the cursor: the name or quote under it is selected, once the cursor rests.
  let follow: ReturnType<typeof setTimeout> | undefined;
  const followCursor = (event: vscode.TextEditorSelectionChangeEvent): void => {
    if (event.textEditor !== vscode.window.activeTextEditor || !shown.appliesTo(event.textEditor.document)) return;
    clearTimeout(follow);
    follow = setTimeout(() => {
      const offset = event.textEditor.document.offsetAt(event.textEditor.selection.active);
      void entities.revealAt(offset);
      void quotes.revealAt(offset);
    }, CURSOR_FOLLOW_DELAY_MS);
  };

  context.subscriptions.push(
    settings,
    models,
    shown,
    entities,
    quotes,
    decorations,
    statusBar,
    new LanguageFeatures(shown, settings),
    workspaceIndex,
    workspaceTree,
    dossierPanels,
    registerWorkspaceFeatures(shown, workspaceIndex, settings),
    vscode.commands.registerCommand(REVEAL_ENTITY_COMMAND, (id: string) => workspaceTree.reveal(id)),
    registerCommands(shown, entities, quotes),
    registerFirstStart(context),
    settings.onDidChange(publishLanguages),
    vscode.window.onDidChangeTextEditorSelection(followCursor),
    { dispose: () => clearTimeout(follow) },
  );

  return {
    activationMs: performance.now() - started,
    settings,
    entitiesTree: entities,
    quotesTree: quotes,
    workspaceIndex,
    workspaceTree,
    dossierPanels,
    decorationsOf: (editor) => decorations.appliedTo(editor),
    statusBarText: () => statusBar.text,
    statusBarTooltip: () => statusBar.tooltip,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
