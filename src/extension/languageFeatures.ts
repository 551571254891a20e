import * as vscode from 'vscode';
import type { Analysis, Entity, EntityKind } from '../core/model/model';
import { definingMention, entityAt } from '../core/model/navigation';
import { clip, flat, plural } from './labels';
import { rangeOf } from './links';
import { documentSelector, type Settings } from './settings';
import type { ShownAnalyses } from './shownAnalyses';
import { DossierHoverProvider } from './hovers';

const SYMBOL_KINDS: Record<EntityKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
};
/** Above this many quotes, the document symbols list names only. */
const MAX_QUOTE_SYMBOLS = 500;

/** The entity under the cursor, from the shown analysis, honouring cancellation. */
async function entityUnder(shown: ShownAnalyses, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<{ analysis: Analysis; entity: Entity } | undefined> {
  const analysis = await shown.get(document, token);
  if (!analysis || token.isCancellationRequested) return undefined;
  const entity = entityAt(analysis, document.offsetAt(position));
  return entity && { analysis, entity };
}

/** Outline, breadcrumbs and Go to Symbol: each entity at its first mention, each quote at itself. */
class Symbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly shown: ShownAnalyses) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const analysis = await this.shown.get(document, token);
    if (!analysis || token.isCancellationRequested) return undefined;
    const symbols = analysis.entities.map((entity) => {
      const first = entity.firstMention;
      const range = rangeOf(document, first.start, first.end);
      const detail = `${entity.kind} · ${plural(entity.mentions.length, 'mention')}`;
      return new vscode.DocumentSymbol(entity.name, detail, SYMBOL_KINDS[entity.kind], range, range);
    });
    // A book has thousands of quotes; listing them all would make the Outline, breadcrumbs and
    // sticky scroll slow and useless, so long documents list their names only.
    if (analysis.quotes.length <= MAX_QUOTE_SYMBOLS) {
      for (const quote of analysis.quotes) {
        const range = rangeOf(document, quote.start, quote.end);
        const who = quote.kind === 'scare' ? 'scare quote' : (quote.speaker?.name ?? 'unattributed');
        symbols.push(new vscode.DocumentSymbol(clip(flat(quote.text), 60), `${who} · line ${range.start.line + 1}`, vscode.SymbolKind.String, range, range));
      }
    }
    return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
  }
}

/** From any mention (an alias included) to the entity's first full-name mention. */
class Definitions implements vscode.DefinitionProvider {
  constructor(private readonly shown: ShownAnalyses) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const found = await entityUnder(this.shown, document, position, token);
    if (!found) return undefined;
    const mention = definingMention(found.entity);
    return new vscode.Location(document.uri, rangeOf(document, mention.start, mention.end));
  }
}

/** Every mention of the entity under the cursor, aliases included. */
class References implements vscode.ReferenceProvider {
  constructor(private readonly shown: ShownAnalyses) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const found = await entityUnder(this.shown, document, position, token);
    if (!found) return undefined;
    const definition = definingMention(found.entity);
    return found.entity.mentions
      .filter((mention) => context.includeDeclaration || mention !== definition)
      .map((mention) => new vscode.Location(document.uri, rangeOf(document, mention.start, mention.end)));
  }
}

/** All mentions of the entity under the cursor, lit up in the editor. */
class Highlights implements vscode.DocumentHighlightProvider {
  constructor(private readonly shown: ShownAnalyses) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    const found = await entityUnder(this.shown, document, position, token);
    if (!found) return undefined;
    return found.entity.mentions.map((mention) => new vscode.DocumentHighlight(rangeOf(document, mention.start, mention.end), vscode.DocumentHighlightKind.Text));
  }
}

/**
 * Registers the hover and language features for the configured languages, and registers them
 * again when `dossier.languages` changes.
 */
export class LanguageFeatures implements vscode.Disposable {
  private registrations: vscode.Disposable | undefined;
  private languages: readonly string[] = [];
  private readonly listener: vscode.Disposable;

  constructor(private readonly shown: ShownAnalyses, private readonly settings: Settings) {
    this.register();
    this.listener = settings.onDidChange(() => this.register());
  }

  private register(): void {
    const languages = this.settings.current.languages;
    if (this.registrations && languages.join() === this.languages.join()) return;
    this.registrations?.dispose();
    this.languages = languages;
    const selector = documentSelector(languages);
    this.registrations = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, new DossierHoverProvider(this.shown)),
      vscode.languages.registerDocumentSymbolProvider(selector, new Symbols(this.shown), { label: 'Dossier' }),
      vscode.languages.registerDefinitionProvider(selector, new Definitions(this.shown)),
      vscode.languages.registerReferenceProvider(selector, new References(this.shown)),
      vscode.languages.registerDocumentHighlightProvider(selector, new Highlights(this.shown)),
    );
  }

  dispose(): void {
    this.listener.dispose();
    this.registrations?.dispose();
  }
}

