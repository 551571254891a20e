// The workspace index in the editor's own features: Go to Symbol in Workspace (Ctrl+T), Find All
// References across files, and a line in the name hover saying where else the name appears.
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/model/model';
import { entityAt } from '../../core/model/navigation';
import { entityNamed, type WorkspaceEntity } from '../../core/workspace/merge';
import { matchingSymbols } from '../../core/workspace/symbolSearch';
import { documentSelector, type Settings } from '../settings';
import type { ShownAnalyses } from '../shownAnalyses';
import { OPEN_DOSSIER_COMMAND } from './dossierPanel';
import type { WorkspaceIndexer } from './workspaceIndexer';
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

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const table = this.indexer.symbolTable;
    if (!table) return [];
    const symbols: vscode.SymbolInformation[] = [];
    for (const { entity, quote } of matchingSymbols(table, query)) {
      if (symbols.length >= MAX_SYMBOLS || token.isCancellationRequested) break;
      if (quote) {
        const location = this.location(quote.file, quote.start, quote.end);
        if (location) symbols.push(new vscode.SymbolInformation(clip(flat(quote.text), 80), vscode.SymbolKind.String, entity.name, location));
        continue;
      }
      const first = entity.files[0];
      const location = first && this.location(first.file, first.spans[0], first.spans[1]);
      if (!location) continue;
      const container = `${entity.kind} · ${plural(entity.files.length, 'file')} · ${plural(entity.quotes.length, 'quote')}`;
      symbols.push(new vscode.SymbolInformation(entity.name, SYMBOL_KINDS[entity.kind], container, location));
    }
    return symbols;
  }

  private location(file: string, start: number, end: number): vscode.Location | undefined {
    const range = this.indexer.rangeIn(file, start, end);
    return range && new vscode.Location(vscode.Uri.parse(file), range);
  }
}

/** The workspace entity of the name under the cursor in an open document. */
async function workspaceEntityUnder(shown: ShownAnalyses, indexer: WorkspaceIndexer, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<WorkspaceEntity | undefined> {
  const index = indexer.current;
  if (!index) return undefined;
  const analysis = await shown.get(document, token);
  if (!analysis || token.isCancellationRequested) return undefined;
  const entity = entityAt(analysis, document.offsetAt(position));
  return entity && entityNamed(index, entity.kind, entity.name);
}

/** The mentions in the other files of the folder; the document's own come from its own analysis. */
class WorkspaceReferences implements vscode.ReferenceProvider {
  constructor(private readonly shown: ShownAnalyses, private readonly indexer: WorkspaceIndexer) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const entity = await workspaceEntityUnder(this.shown, this.indexer, document, position, token);
    if (!entity) return undefined;
    const here = document.uri.toString();
    // The index holds each file's first mention only: the others are read from the store.
    const perFile = await Promise.all(
      entity.files
        .filter(({ file }) => file !== here)
        .map(async ({ file, localIds, spans }) => {
          const all = (await this.indexer.mentionSpans(file, localIds)) ?? spans;
          const uri = vscode.Uri.parse(file);
          const locations: vscode.Location[] = [];
          for (let i = 0; i < all.length; i += 2) {
            const range = this.indexer.rangeIn(file, all[i], all[i + 1]);
            if (range) locations.push(new vscode.Location(uri, range));
          }
          return locations;
        }),
    );
    return token.isCancellationRequested ? undefined : perFile.flat();
  }
}

/** "Also in 3 other files, 5 quotes", under the name's own hover. */
class WorkspaceHover implements vscode.HoverProvider {
  constructor(private readonly shown: ShownAnalyses, private readonly indexer: WorkspaceIndexer) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const entity = await workspaceEntityUnder(this.shown, this.indexer, document, position, token);
    if (!entity) return undefined;
    const others = entity.files.filter((f) => f.file !== document.uri.toString()).length;
    if (others === 0) return undefined;
    const link = (command: string): string => `command:${command}?${encodeURIComponent(JSON.stringify([entity.id]))}`;
    const text = new vscode.MarkdownString(
      `Also in [${plural(others, 'other file')}, ${plural(entity.quotes.length, 'quote')}](${link(OPEN_DOSSIER_COMMAND)} "Open the dossier") in the workspace · [Workspace view](${link(REVEAL_ENTITY_COMMAND)} "Show in the Workspace view")`,
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
