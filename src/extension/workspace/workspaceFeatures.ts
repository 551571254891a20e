// The workspace index in the editor's own features: Go to Symbol in Workspace (Ctrl+T), Find All
// References across files, and a line in the name hover saying where else the name appears.
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/model/model';
import { entityAt } from '../../core/model/navigation';
import { documentSelector, type Settings } from '../settings';
import type { ShownAnalyses } from '../shownAnalyses';
import { OPEN_DOSSIER_COMMAND } from './dossierPanel';
import type { WorkspaceIndexer } from './workspaceIndexer';
import { locationOf } from './indexLocations';
import { clip, flat, plural } from '../labels';

const SYMBOL_KINDS: Record<EntityKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
};
/** Enough for any list a person reads; Ctrl+T filters further as they type. */
const MAX_SYMBOLS = 1_000;
export const REVEAL_ENTITY_COMMAND = 'dossier.revealInWorkspaceView';

class WorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly indexer: WorkspaceIndexer) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const found = (await this.indexer.ask('symbols', query, MAX_SYMBOLS)) ?? [];
    if (token.isCancellationRequested) return [];
    return found.map(({ name, kind, files, quotes, quote, location }) => {
      const at = locationOf(location);
      if (quote !== undefined) return new vscode.SymbolInformation(clip(flat(quote), 80), vscode.SymbolKind.String, name, at);
      return new vscode.SymbolInformation(name, SYMBOL_KINDS[kind], `${kind} · ${plural(files, 'file')} · ${plural(quotes, 'quote')}`, at);
    });
  }
}

/** The kind and name of the entity under the cursor in an open document, as its own analysis has it. */
async function entityUnder(shown: ShownAnalyses, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<{ kind: EntityKind; name: string } | undefined> {
  const analysis = await shown.get(document, token);
  if (!analysis || token.isCancellationRequested) return undefined;
  return entityAt(analysis, document.offsetAt(position));
}

/** The mentions in the other files of the folder; the document's own come from its own analysis. */
class WorkspaceReferences implements vscode.ReferenceProvider {
  constructor(private readonly shown: ShownAnalyses, private readonly indexer: WorkspaceIndexer) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    if (!this.indexer.view) return undefined;
    const entity = await entityUnder(this.shown, document, position, token);
    const found = entity && (await this.indexer.ask('references', entity.kind, entity.name, document.uri.toString()));
    return token.isCancellationRequested ? undefined : found?.map(locationOf);
  }
}

/** "Also in 3 other files, 5 quotes", under the name's own hover. */
class WorkspaceHover implements vscode.HoverProvider {
  constructor(private readonly shown: ShownAnalyses, private readonly indexer: WorkspaceIndexer) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.indexer.view) return undefined;
    const under = await entityUnder(this.shown, document, position, token);
    const found = under && (await this.indexer.ask('entityNamed', under.kind, under.name, document.uri.toString()));
    if (!found || found.otherFiles === 0 || token.isCancellationRequested) return undefined;
    const { entity, otherFiles } = found;
    const link = (command: string): string => `command:${command}?${encodeURIComponent(JSON.stringify([entity.id]))}`;
    const text = new vscode.MarkdownString(
      `Also in [${plural(otherFiles, 'other file')}, ${plural(entity.quotes, 'quote')}](${link(OPEN_DOSSIER_COMMAND)} "Open the dossier") in the workspace · [Workspace view](${link(REVEAL_ENTITY_COMMAND)} "Show in the Workspace view")`,
    );
    text.isTrusted = { enabledCommands: [OPEN_DOSSIER_COMMAND, REVEAL_ENTITY_COMMAND] };
    return new vscode.Hover(text);
  }
}

/** Registers the features, and the per-language ones again when `dossier.languages` changes. */
export function registerWorkspaceFeatures(shown: ShownAnalyses, indexer: WorkspaceIndexer, settings: Settings): vscode.Disposable {
  let registrations: vscode.Disposable[] = [];
  let registeredFor = '';
  const register = (): void => {
    const languages = settings.current.languages;
    if (languages.join() === registeredFor) return;
    registeredFor = languages.join();
    for (const r of registrations) r.dispose();
    const selector = documentSelector(languages);
    registrations = [
      vscode.languages.registerReferenceProvider(selector, new WorkspaceReferences(shown, indexer)),
      vscode.languages.registerHoverProvider(selector, new WorkspaceHover(shown, indexer)),
    ];
  };
  register();
  return vscode.Disposable.from(
    vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceSymbols(indexer)),
    settings.onDidChange(register),
    { dispose: () => registrations.forEach((r) => r.dispose()) },
  );
}
