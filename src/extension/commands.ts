import * as vscode from 'vscode';
import type { Analysis, Entity, EntityKind, Span } from '../core/model/model';
import { ENTITY_KINDS, KIND_HEADINGS } from '../core/model/model';
import { entityAt, step, type Direction } from '../core/model/navigation';
import { quoteSheet } from '../core/model/quoteSheet';
import { toRecord } from '../core/model/record';
import { rangeOf } from './links';
import { plural } from './labels';
import type { ShownAnalyses } from './shownAnalyses';
import type { EntitiesTree, QuotesTree } from './trees';

/** A place in a document: given by a command link or a caller, else the active editor's cursor. */
interface Place {
  readonly document: vscode.TextDocument;
  readonly offset: number;
  readonly analysis: Analysis;
}

function say(message: string): void {
  vscode.window.setStatusBarMessage(`Dossier: ${message}`, 4000);
}

/** The commands of the Command Palette, the keybindings, the hovers and the views. */
export function registerCommands(shown: ShownAnalyses, entities: EntitiesTree, quotes: QuotesTree): vscode.Disposable {
  async function documentOf(uri: string | vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    if (uri === undefined) return vscode.window.activeTextEditor?.document;
    const parsed = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString()) ?? vscode.workspace.openTextDocument(parsed);
  }

  async function placeOf(uri?: string | vscode.Uri, offset?: number, force = false): Promise<Place | undefined> {
    const document = await documentOf(uri);
    const analysis = document && (await (force ? shown.analyzeNow(document) : shown.get(document)));
    if (!document || !analysis) {
      void vscode.window.showInformationMessage(`Dossier: open a document of a language Dossier annotates (see the dossier.languages setting).`);
      return undefined;
    }
    const editor = vscode.window.activeTextEditor;
    const cursor = editor?.document === document ? document.offsetAt(editor.selection.start) : 0;
    return { document, analysis, offset: offset ?? cursor };
  }

  async function entityOf(uri?: string | vscode.Uri, offset?: number): Promise<(Place & { entity: Entity }) | undefined> {
    const place = await placeOf(uri, offset);
    if (!place) return undefined;
    const entity = entityAt(place.analysis, place.offset);
    if (!entity) {
      say('no name at the cursor');
      return undefined;
    }
    return { ...place, entity };
  }

  /** Show a document, select a span and scroll it into view; returns the editor. */
  async function reveal(document: vscode.TextDocument, span: Span): Promise<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
    const range = rangeOf(document, span.start, span.end);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  async function navigate(what: 'quote' | 'mention', direction: Direction): Promise<Span | undefined> {
    const place = await placeOf();
    if (!place) return undefined;
    let spans: readonly Span[] = place.analysis.quotes;
    let noun = 'quote';
    if (what === 'mention') {
      const entity = entityAt(place.analysis, place.offset);
      if (!entity) {
        say('put the cursor on a name to step through its mentions');
        return undefined;
      }
      spans = entity.mentions;
      noun = `mention of ${entity.name}`;
    }
    const found = step(spans, place.offset, direction);
    if (!found) {
      say('no quotes in this document');
      return undefined;
    }
    await reveal(place.document, found.target);
    const position = `${noun} ${found.index + 1} of ${spans.length}`;
    say(found.wrapped ? `${position} (wrapped around to the ${direction === 'next' ? 'first' : 'last'})` : position);
    return found.target;
  }

  return vscode.Disposable.from(
    vscode.commands.registerCommand('dossier.revealRange', async (uri: string | vscode.Uri, start: number, end: number) => {
      const document = await documentOf(uri);
      if (document) await reveal(document, { start, end });
    }),
    vscode.commands.registerCommand('dossier.analyzeDocument', async () => {
      const place = await placeOf(undefined, undefined, true);
      return place && { entities: place.analysis.entities.length, quotes: place.analysis.quotes.length };
    }),
    vscode.commands.registerCommand('dossier.nextQuote', () => navigate('quote', 'next')),
    vscode.commands.registerCommand('dossier.previousQuote', () => navigate('quote', 'previous')),
    vscode.commands.registerCommand('dossier.nextMention', () => navigate('mention', 'next')),
    vscode.commands.registerCommand('dossier.previousMention', () => navigate('mention', 'previous')),
    vscode.commands.registerCommand('dossier.findAllMentions', async (uri?: string, offset?: number) => {
      const found = await entityOf(uri, offset);
      if (!found) return undefined;
      const { document, entity } = found;
      const locations = entity.mentions.map((m) => new vscode.Location(document.uri, rangeOf(document, m.start, m.end)));
      await vscode.window.showTextDocument(document, { preserveFocus: false });
      await vscode.commands.executeCommand('editor.action.showReferences', document.uri, locations[0].range.start, locations);
      return locations;
    }),
    vscode.commands.registerCommand('dossier.goToFirstMention', async (uri?: string, offset?: number) => {
      const found = await entityOf(uri, offset);
      if (!found) return undefined;
      await reveal(found.document, found.entity.firstMention);
      return found.entity.firstMention;
    }),
    vscode.commands.registerCommand('dossier.revealInSidebar', async (uri?: string, offset?: number) => {
      const found = await entityOf(uri, offset);
      if (!found) return false;
      if (vscode.window.activeTextEditor?.document !== found.document) await vscode.window.showTextDocument(found.document);
      if (!entities.kindFilter.includes(found.entity.kind)) entities.setKindFilter([...entities.kindFilter, found.entity.kind]);
      return entities.revealEntity(found.entity.id);
    }),
    vscode.commands.registerCommand('dossier.copyQuoteSheet', async () => {
      const place = await placeOf();
      if (!place) return undefined;
      const sheet = quoteSheet(place.document.getText(), place.analysis);
      await vscode.env.clipboard.writeText(sheet);
      const count = place.analysis.quotes.filter((q) => q.kind !== 'scare').length;
      say(`copied a sheet of ${plural(count, 'quote')}`);
      return sheet;
    }),
    vscode.commands.registerCommand('dossier.exportAnnotations', async (target?: vscode.Uri) => {
      const place = await placeOf();
      if (!place) return undefined;
      const { document, analysis } = place;
      const name = document.isUntitled ? 'untitled' : document.uri.path.split('/').pop() ?? 'document';
      const destination = target ?? await vscode.window.showSaveDialog({
        title: 'Export Dossier Annotations',
        defaultUri: document.isUntitled ? undefined : vscode.Uri.joinPath(document.uri, '..', `${name.replace(/\.[^.]*$/, '')}.dossier.json`),
        filters: { JSON: ['json'] },
      });
      if (!destination) return undefined;
      const file = document.isUntitled ? name : vscode.workspace.asRelativePath(document.uri, false);
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(`${JSON.stringify(toRecord(file, analysis), null, 2)}\n`));
      say(`exported annotations to ${vscode.workspace.asRelativePath(destination, false)}`);
      return destination;
    }),
    vscode.commands.registerCommand('dossier.filterEntityKinds', async (kinds?: EntityKind[]) => {
      if (!kinds) {
        const picked = await vscode.window.showQuickPick(
          ENTITY_KINDS.map((kind) => ({ label: KIND_HEADINGS[kind], entityKind: kind, picked: entities.kindFilter.includes(kind) })),
          { canPickMany: true, title: 'Show in the Entities view' },
        );
        if (!picked) return;
        kinds = picked.map((p) => p.entityKind);
      }
      entities.setKindFilter(kinds);
    }),
    vscode.commands.registerCommand('dossier.groupQuotesBySpeaker', () => quotes.setGroupedBySpeaker(true)),
    vscode.commands.registerCommand('dossier.listQuotesInOrder', () => quotes.setGroupedBySpeaker(false)),
  );
}
