import * as vscode from 'vscode';
import type { Analysis, Entity, EntityKind, Mention, Quote } from '../core/model/model';
import { ENTITY_KINDS, KIND_HEADINGS } from '../core/model/model';
import { mentionAt, quoteAt } from '../core/model/navigation';
import { countQuotes, describeQuoteCounts, speakerName } from '../core/model/quoteLabels';
import { basisPhrase, BASIS_LABEL, confidenceLabel, isInferred } from '../core/model/speakerBasis';
import { excerptIn, lineAt } from './documentText';
import { escape, KIND_ICONS } from './hovers';
import { clip, flat, plural } from './labels';
import type { ShownAnalyses } from './shownAnalyses';

const REFRESH_DELAY_MS = 250;

/** A kind's icon in the trees, in the kind's colour. */
export function kindIcon(kind: EntityKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(KIND_ICONS[kind], new vscode.ThemeColor(`dossier.${kind}Color`));
}
const byName = new Intl.Collator().compare;

/**
 * A view of the active editor's shown analysis. Nodes are built once per analysis, so the same
 * object stands for the same item until the analysis changes: TreeView.reveal needs that. A book
 * has tens of thousands of mentions and thousands of quotes, and few items are ever shown, so
 * builds stay cheap: children are made when first asked for, lines and labels when shown.
 */
abstract class ActiveDocumentTree<Node> implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private built: { analysis: Analysis; document: vscode.TextDocument; roots: Node[] } | undefined;
  protected readonly subscriptions: vscode.Disposable[];

  constructor(id: string, protected readonly shown: ShownAnalyses) {
    this.view = vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.changed,
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      shown.onDidChange((document) => {
        if (!document || document === vscode.window.activeTextEditor?.document) this.refreshSoon();
      }),
      { dispose: () => clearTimeout(this.pendingRefresh) },
    ];
  }

  private pendingRefresh: ReturnType<typeof setTimeout> | undefined;

  /** Analyses of a large document arrive in pieces: rebuild once for several of them. */
  private refreshSoon(): void {
    if (this.pendingRefresh !== undefined) return;
    this.pendingRefresh = setTimeout(() => {
      this.pendingRefresh = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** The document the view lists, if it is one Dossier annotates. */
  get document(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && this.shown.appliesTo(document) ? document : undefined;
  }

  protected refresh(): void {
    clearTimeout(this.pendingRefresh);
    this.pendingRefresh = undefined;
    this.built = undefined;
    this.changed.fire();
  }

  /** The top-level nodes for the active document's current analysis. */
  protected roots(): { document: vscode.TextDocument; analysis: Analysis; roots: Node[] } | undefined {
    const document = this.document;
    const analysis = document && this.shown.peek(document);
    if (!document || !analysis) return undefined;
    if (this.built?.analysis !== analysis || this.built.document !== document) {
      this.built = { analysis, document, roots: this.build(document, analysis) };
    }
    return this.built;
  }

  protected abstract build(document: vscode.TextDocument, analysis: Analysis): Node[];
  protected abstract nodeAt(offset: number): Node | undefined;
  abstract getTreeItem(node: Node): vscode.TreeItem;
  abstract getChildren(node?: Node): Node[];
  abstract getParent(node: Node): Node | undefined;

  /** Select the item at an offset of the active document, when the view is open. */
  async revealAt(offset: number): Promise<boolean> {
    if (!this.view.visible) return false;
    const node = this.nodeAt(offset);
    if (!node) return false;
    try {
      await this.view.reveal(node, { select: true, focus: false, expand: false });
      return true;
    } catch {
      // The tree was rebuilt for a newer analysis while the reveal was on its way, so VS Code no
      // longer knows the node; the next cursor move reveals the item in the new tree.
      return false;
    }
  }

  /** "line 12", for an offset of the document the view lists. */
  protected lineLabel(offset: number): string {
    const document = this.document;
    return document ? `line ${lineAt(document, offset) + 1}` : '';
  }

  protected revealCommand(document: vscode.TextDocument, start: number, end: number): vscode.Command {
    return { title: 'Reveal', command: 'dossier.revealRange', arguments: [document.uri.toString(), start, end] };
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

export type EntityNode =
  | { readonly type: 'kind'; readonly kind: EntityKind; readonly entities: EntityNode[] }
  /** `mentions` is made when the entity is first expanded (or revealed into). */
  | { readonly type: 'entity'; readonly entity: Entity; readonly parent: EntityNode; mentions?: EntityNode[] }
  | { readonly type: 'mention'; readonly mention: Mention; readonly parent: EntityNode };

/** Entities, grouped by kind → entity (mention count) → mentions (a preview of their line). */
export class EntitiesTree extends ActiveDocumentTree<EntityNode> {
  private kinds: readonly EntityKind[] = ENTITY_KINDS;
  private readonly entityNodes = new Map<string, EntityNode>();

  constructor(shown: ShownAnalyses) {
    super('dossier.entities', shown);
  }

  /** Show only some kinds in this view (the decorations keep following the settings). */
  setKindFilter(kinds: readonly EntityKind[]): void {
    this.kinds = ENTITY_KINDS.filter((kind) => kinds.includes(kind));
    this.view.description = this.kinds.length === ENTITY_KINDS.length ? undefined : this.kinds.map((kind) => KIND_HEADINGS[kind].toLowerCase()).join(', ');
    this.refresh();
  }

  get kindFilter(): readonly EntityKind[] {
    return this.kinds;
  }

  protected build(_document: vscode.TextDocument, analysis: Analysis): EntityNode[] {
    this.entityNodes.clear();
    return this.kinds.flatMap((kind) => {
      const entities = analysis.entities.filter((entity) => entity.kind === kind);
      if (entities.length === 0) return [];
      const group: EntityNode = { type: 'kind', kind, entities: [] };
      for (const entity of entities.sort((a, b) => b.mentions.length - a.mentions.length || byName(a.name, b.name))) {
        const node: EntityNode = { type: 'entity', entity, parent: group };
        group.entities.push(node);
        this.entityNodes.set(entity.id, node);
      }
      return [group];
    });
  }

  protected nodeAt(offset: number): EntityNode | undefined {
    const built = this.roots();
    const mention = built && mentionAt(built.analysis, offset);
    return mention && this.entityNodes.get(mention.entityId);
  }

  /** Select an entity's item, focusing the view; false when the entity is filtered out. */
  async revealEntity(entityId: string): Promise<boolean> {
    this.roots();
    const node = this.entityNodes.get(entityId);
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  /** The tooltip (roles, aliases), made only when the reader hovers an entity. */
  resolveTreeItem(item: vscode.TreeItem, node: EntityNode): vscode.TreeItem {
    if (node.type !== 'entity') return item;
    const { entity } = node;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escape(entity.name)}** · ${entity.kind}`);
    if (entity.roles.length > 0) tooltip.appendMarkdown(`\n\n${escape(entity.roles.join(', '))}`);
    const aliases = entity.aliases.length > 0 ? `also ${entity.aliases.map((a) => `“${escape(a)}”`).join(', ')} · ` : '';
    tooltip.appendMarkdown(`\n\n${aliases}${plural(entity.mentions.length, 'mention')}`);
    item.tooltip = tooltip;
    return item;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) return this.roots()?.roots ?? [];
    if (node.type === 'kind') return node.entities;
    if (node.type === 'entity') return (node.mentions ??= node.entity.mentions.map((mention): EntityNode => ({ type: 'mention', mention, parent: node })));
    return [];
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return node.type === 'kind' ? undefined : node.parent;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const document = this.document;
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(KIND_HEADINGS[node.kind], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `kind:${node.kind}`;
      item.description = String(node.entities.length);
      // The colour key: each group's icon has the colour of its kind's underline.
      item.iconPath = kindIcon(node.kind);
      item.tooltip = `${KIND_HEADINGS[node.kind]}: their names are underlined in this colour`;
      item.contextValue = 'kind';
      return item;
    }
    if (node.type === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${entity.id}`;
      item.description = String(entity.mentions.length);
      item.iconPath = kindIcon(entity.kind);
      item.contextValue = 'entity';
      const first = entity.firstMention;
      if (document) item.command = this.revealCommand(document, first.start, first.end);
      return item;
    }
    const { mention } = node;
    const { before, match, after } = document ? excerptIn(document, mention, 30) : { before: '', match: mention.text, after: '' };
    const preview: vscode.TreeItemLabel = { label: `${before}${match}${after}`, highlights: [[before.length, before.length + match.length]] };
    const item = new vscode.TreeItem(preview, vscode.TreeItemCollapsibleState.None);
    item.id = `mention:${mention.entityId}:${mention.start}`;
    item.description = this.lineLabel(mention.start);
    item.contextValue = 'mention';
    if (document) item.command = this.revealCommand(document, mention.start, mention.end);
    return item;
  }
}

export type QuoteNode =
  | { readonly type: 'speaker' | 'stretch'; readonly label: string; readonly quotes: QuoteNode[]; readonly collapsed: boolean }
  | { readonly type: 'quote'; readonly quote: Quote; readonly index: number; readonly parent?: QuoteNode };

/** Longer labels are cut by the view anyway; the tooltip holds the whole quote. */
const QUOTE_LABEL_LENGTH = 200;

/** Who a quote is credited to, by their canonical name, or what it is when nobody is. */
const credited = (analysis: Analysis, quote: Quote): string => (quote.kind === 'scare' ? 'scare quote' : (speakerName(analysis, quote) ?? 'unattributed'));

const UNATTRIBUTED = 'Unattributed';
const SCARE_QUOTES = 'Scare quotes';
/**
 * Above this many quotes (a book), the view lists them in collapsed stretches of this many, so
 * the extension host never hands thousands of items to the workbench at once.
 */
const STRETCH = 200;

/** Quotes in document order, or grouped by speaker. */
export class QuotesTree extends ActiveDocumentTree<QuoteNode> {
  private grouped = false;
  private readonly quoteNodes = new Map<Quote, QuoteNode>();

  constructor(shown: ShownAnalyses) {
    super('dossier.quotes', shown);
    void vscode.commands.executeCommand('setContext', 'dossier.quotesBySpeaker', false);
  }

  get bySpeaker(): boolean {
    return this.grouped;
  }

  setGroupedBySpeaker(grouped: boolean): void {
    this.grouped = grouped;
    void vscode.commands.executeCommand('setContext', 'dossier.quotesBySpeaker', grouped);
    this.refresh();
  }

  protected build(_document: vscode.TextDocument, analysis: Analysis): QuoteNode[] {
    this.quoteNodes.clear();
    // Counted as the status bar and the hovers count: scare quotes apart.
    this.view.description = describeQuoteCounts(countQuotes(analysis));
    const many = analysis.quotes.length > STRETCH;
    if (!this.grouped) {
      const node = (quote: Quote, index: number, parent?: QuoteNode): QuoteNode => this.remember({ type: 'quote', quote, index, parent });
      if (!many) return analysis.quotes.map((quote, index) => node(quote, index));
      const stretches: QuoteNode[] = [];
      for (let first = 0; first < analysis.quotes.length; first += STRETCH) {
        const last = Math.min(first + STRETCH, analysis.quotes.length);
        const stretch: QuoteNode = { type: 'stretch', label: `Quotes ${first + 1}–${last}`, quotes: [], collapsed: true };
        stretch.quotes.push(...analysis.quotes.slice(first, last).map((quote, i) => node(quote, first + i, stretch)));
        stretches.push(stretch);
      }
      return stretches;
    }
    const groups = new Map<string, QuoteNode & { type: 'speaker' | 'stretch' }>();
    analysis.quotes.forEach((quote, index) => {
      const label = quote.kind === 'scare' ? SCARE_QUOTES : (speakerName(analysis, quote) ?? UNATTRIBUTED);
      let group = groups.get(label);
      if (!group) groups.set(label, (group = { type: 'speaker', label, quotes: [], collapsed: many }));
      group.quotes.push(this.remember({ type: 'quote', quote, index, parent: group }));
    });
    // Speakers by how much they said; the leftovers last.
    const rank = (label: string): number => (label === UNATTRIBUTED ? 1 : label === SCARE_QUOTES ? 2 : 0);
    return [...groups.values()].sort((a, b) => rank(a.label) - rank(b.label) || b.quotes.length - a.quotes.length || byName(a.label, b.label));
  }

  private remember(node: QuoteNode & { type: 'quote' }): QuoteNode {
    this.quoteNodes.set(node.quote, node);
    return node;
  }

  protected nodeAt(offset: number): QuoteNode | undefined {
    const built = this.roots();
    const quote = built && quoteAt(built.analysis, offset);
    return quote && this.quoteNodes.get(quote);
  }

  getChildren(node?: QuoteNode): QuoteNode[] {
    if (!node) return this.roots()?.roots ?? [];
    return node.type === 'quote' ? [] : node.quotes;
  }

  getParent(node: QuoteNode): QuoteNode | undefined {
    return node.type === 'quote' ? node.parent : undefined;
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    if (node.type !== 'quote') {
      const item = new vscode.TreeItem(node.label, node.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${node.type}:${node.label}`;
      item.description = node.type === 'speaker' ? String(node.quotes.length) : undefined;
      if (node.type === 'speaker') item.iconPath = new vscode.ThemeIcon(node.label === UNATTRIBUTED || node.label === SCARE_QUOTES ? 'circle-slash' : 'person');
      return item;
    }
    const { quote } = node;
    const inOrder = node.parent?.type !== 'speaker';
    const analysis = this.roots()?.analysis;
    // The quote gets the width; who said it is the description, as the hovers name them.
    const item = new vscode.TreeItem(clip(flat(quote.text), QUOTE_LABEL_LENGTH), vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${quote.start}`;
    item.description = inOrder && analysis ? `${credited(analysis, quote)} · ${this.lineLabel(quote.start)}` : this.lineLabel(quote.start);
    // An inferred speaker is marked, so a reader checks it before quoting anyone.
    if (quote.kind !== 'scare' && quote.speaker && isInferred(quote.speaker)) item.description += ` · ≈ ${BASIS_LABEL[quote.speaker.how]}`;
    item.iconPath = new vscode.ThemeIcon(quote.kind === 'scare' ? 'symbol-string' : 'quote');
    const document = this.document;
    if (document) item.command = this.revealCommand(document, quote.start, quote.end);
    return item;
  }

  /** The tooltip, made only when the reader hovers an item. */
  resolveTreeItem(item: vscode.TreeItem, node: QuoteNode): vscode.TreeItem {
    if (node.type !== 'quote') return item;
    const { quote } = node;
    const analysis = this.roots()?.analysis;
    let credit = `— ${analysis ? credited(analysis, quote) : ''}${quote.verb ? `, ${quote.verb}` : ''}${quote.reportedBy ? `, via ${quote.reportedBy}` : ''} · ${this.lineLabel(quote.start)}`;
    const document = this.document;
    if (quote.kind !== 'scare' && quote.speaker && document) {
      const basis = basisPhrase((start, end) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))), quote);
      credit += basis ? `\n\nHow found: ${basis} (${confidenceLabel(quote.speaker)} sure)` : `\n\nHow found: named at the quote (${confidenceLabel(quote.speaker)} sure)`;
    }
    const tooltip = new vscode.MarkdownString(`${escape(flat(quote.text))}\n\n${escape(credit)}`);
    item.tooltip = tooltip;
    return item;
  }
}
