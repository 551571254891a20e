import * as vscode from 'vscode';
import type { Analysis, Entity, EntityKind, Mention, Quote } from '../core/model';
import type { DocumentModels } from './documentModels';
import { isSupported } from './documentModels';

const KIND_LABELS: Record<EntityKind, string> = { person: 'People', place: 'Places', organization: 'Organizations' };
const KIND_ICONS: Record<EntityKind, string> = { person: 'person', place: 'location', organization: 'organization' };

type EntityNode = { type: 'kind'; kind: EntityKind; entities: Entity[] } | { type: 'entity'; entity: Entity } | { type: 'mention'; mention: Mention };

/** Lists what the analysis of the active editor found; each leaf reveals its range. */
abstract class ActiveDocumentTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  protected readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(protected readonly models: DocumentModels) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
      models.onDidChange((d) => { if (d === vscode.window.activeTextEditor?.document) this.changed.fire(); }),
    ];
  }

  protected get document(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isSupported(document) ? document : undefined;
  }

  protected get analysis(): Analysis | undefined {
    return this.document && this.models.peek(this.document);
  }

  protected revealCommand(start: number, end: number): vscode.Command | undefined {
    const document = this.document;
    if (!document) return undefined;
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    return { title: 'Reveal', command: 'dossier.revealRange', arguments: [document.uri, range] };
  }

  abstract getTreeItem(node: T): vscode.TreeItem;
  abstract getChildren(node?: T): T[];

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

export class EntitiesTree extends ActiveDocumentTree<EntityNode> {
  getChildren(node?: EntityNode): EntityNode[] {
    const analysis = this.analysis;
    if (!analysis) return [];
    if (!node) {
      return (['person', 'place', 'organization'] as EntityKind[])
        .map((kind) => ({ type: 'kind' as const, kind, entities: analysis.entities.filter((e) => e.kind === kind) }))
        .filter((group) => group.entities.length > 0);
    }
    if (node.type === 'kind') return node.entities.map((entity) => ({ type: 'entity' as const, entity }));
    if (node.type === 'entity') return node.entity.mentions.map((mention) => ({ type: 'mention' as const, mention }));
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(KIND_LABELS[node.kind], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entities.length);
      return item;
    }
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.entity.mentions.length}`;
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.entity.kind]);
      return item;
    }
    const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
    const document = this.document;
    if (document) item.description = `line ${document.positionAt(node.mention.start).line + 1}`;
    item.command = this.revealCommand(node.mention.start, node.mention.end);
    return item;
  }
}

export class QuotesTree extends ActiveDocumentTree<Quote> {
  getChildren(node?: Quote): Quote[] {
    return node ? [] : [...(this.analysis?.quotes ?? [])];
  }

  getTreeItem(quote: Quote): vscode.TreeItem {
    const item = new vscode.TreeItem(quote.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.description = quote.kind === 'scare' ? 'scare quote' : (quote.speaker?.name ?? 'unattributed');
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = this.revealCommand(quote.start, quote.end);
    return item;
  }
}
