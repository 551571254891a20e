// The Workspace view: people, places and organizations across the folder, each with the number of
// files and quotes; under an entity, its files; under a file, the entity's quotes there. The
// entities come with each merge (see IndexView); an entity's files are asked of the index worker
// when it is expanded.
import * as vscode from 'vscode';
import { ENTITY_KINDS, KIND_HEADINGS, type EntityKind } from '../../core/model/model';
import type { EntityFileView, EntitySummary, RangeParts } from './indexProtocol';
import { rangeOf } from './indexLocations';
import type { WorkspaceIndexer } from './workspaceIndexer';
import { fileNameOf, folderPathOf } from '../uriPaths';
import { flat, plural } from '../labels';
import { kindIcon } from '../trees';

export type WorkspaceNode =
  | { readonly type: 'kind'; readonly kind: EntityKind }
  /** The entities of the kind past those listed (see indexService.ts), counted. */
  | { readonly type: 'more'; readonly kind: EntityKind; readonly count: number }
  | { readonly type: 'entity'; readonly entity: EntitySummary }
  | { readonly type: 'file'; readonly entity: EntitySummary; readonly file: EntityFileView }
  | { readonly type: 'quote'; readonly entity: EntitySummary; readonly file: EntityFileView; readonly quote: EntityFileView['quotes'][number] };

export class WorkspaceTree implements vscode.TreeDataProvider<WorkspaceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WorkspaceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<WorkspaceNode>;
  private readonly subscriptions: vscode.Disposable[];
  /** The nodes handed out for the current index, so that reveal finds the same objects. */
  private kindNodes = new Map<EntityKind, WorkspaceNode>();
  private entityNodes = new Map<string, WorkspaceNode>();

  constructor(private readonly indexer: WorkspaceIndexer) {
    this.view = vscode.window.createTreeView('dossier.workspace', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.changed,
      this.view,
      indexer.onDidChange(() => this.refresh()),
    ];
    this.refresh();
  }

  private refresh(): void {
    this.kindNodes = new Map(ENTITY_KINDS.map((kind) => [kind, { type: 'kind', kind }]));
    this.entityNodes = new Map();
    const index = this.indexer.view;
    this.view.message = index ? (index.entityCount === 0 ? 'No names found in the workspace files yet.' : undefined) : 'The workspace is not indexed (see dossier.workspace.enabled).';
    this.changed.fire(undefined);
  }

  /** The view's top level: each kind with its entities, as the tests and the reveal command read it. */
  async getChildren(node?: WorkspaceNode): Promise<WorkspaceNode[]> {
    const index = this.indexer.view;
    if (!index) return [];
    if (!node) return ENTITY_KINDS.filter((kind) => index.kinds[kind].shown.length > 0).map((kind) => this.kindNodes.get(kind)!);
    if (node.type === 'kind') {
      const { shown, more } = index.kinds[node.kind];
      const nodes: WorkspaceNode[] = shown.map((entity) => this.entityNode(entity));
      return more > 0 ? [...nodes, { type: 'more', kind: node.kind, count: more }] : nodes;
    }
    if (node.type === 'entity') return ((await this.indexer.ask('entityFiles', node.entity.id)) ?? []).map((file) => ({ type: 'file', entity: node.entity, file }));
    if (node.type === 'file') return node.file.quotes.map((quote) => ({ type: 'quote', entity: node.entity, file: node.file, quote }));
    return [];
  }

  getParent(node: WorkspaceNode): WorkspaceNode | undefined {
    if (node.type === 'kind') return undefined;
    if (node.type === 'more') return this.kindNodes.get(node.kind);
    if (node.type === 'entity') return this.kindNodes.get(node.entity.kind);
    if (node.type === 'file') return this.entityNode(node.entity);
    return { type: 'file', entity: node.entity, file: node.file };
  }

  getTreeItem(node: WorkspaceNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    if (node.type === 'kind') {
      const listed = this.indexer.view?.kinds[node.kind];
      const count = listed ? listed.shown.length + listed.more : 0;
      const item = new vscode.TreeItem(KIND_HEADINGS[node.kind], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(count);
      item.id = `kind:${node.kind}`;
      return item;
    }
    if (node.type === 'more') {
      const item = new vscode.TreeItem(`${plural(node.count, 'more', 'more')}…`, vscode.TreeItemCollapsibleState.None);
      item.id = `more:${node.kind}`;
      item.tooltip = 'The names found in fewer files. Go to Symbol in Workspace (Ctrl+T) finds any of them.';
      item.command = { command: 'workbench.action.showAllSymbols', title: 'Go to Symbol in Workspace' };
      return item;
    }
    if (node.type === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, collapsed);
      item.id = `entity:${entity.id}`;
      item.description = `${plural(entity.files, 'file')} · ${plural(entity.quotes, 'quote')}`;
      item.iconPath = kindIcon(entity.kind);
      item.tooltip = [
        `${entity.name} (${entity.kind})`,
        entity.aliases.length ? `Also: ${entity.aliases.join(', ')}` : '',
        entity.roles.length ? `Roles: ${entity.roles.join(', ')}` : '',
        `${plural(entity.mentionCount, 'mention')} in ${plural(entity.files, 'file')}, ${plural(entity.quotes, 'quote')}`,
      ].filter(Boolean).join('\n');
      item.contextValue = 'workspaceEntity';
      return item;
    }
    if (node.type === 'file') {
      const uri = vscode.Uri.parse(node.file.file);
      const quotes = node.file.quotes.length;
      const item = new vscode.TreeItem(fileNameOf(uri), quotes ? collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `file:${node.entity.id}:${node.file.file}`;
      item.resourceUri = uri;
      item.description = [folderInWorkspaceOf(uri), plural(node.file.mentions, 'mention'), quotes ? plural(quotes, 'quote') : ''].filter(Boolean).join(' · ');
      item.command = openCommand(node.file.file, node.file.first);
      return item;
    }
    const { quote } = node;
    const item = new vscode.TreeItem(flat(quote.text), vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${node.file.file}:${quote.start}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.tooltip = `${quote.text}\n— ${node.entity.name}`;
    item.command = openCommand(node.file.file, quote.range);
    return item;
  }

  /** Show the entity in the view, expanded to its files. */
  async reveal(entityId: string): Promise<void> {
    // Listed from now on even past its kind's first (the view the worker sends with it says so).
    const entity = await this.indexer.ask('reveal', entityId);
    if (!entity) return;
    await this.view.reveal(this.entityNode(entity), { select: true, focus: true, expand: true });
  }

  private entityNode(entity: EntitySummary): WorkspaceNode {
    let node = this.entityNodes.get(entity.id);
    if (!node) this.entityNodes.set(entity.id, (node = { type: 'entity', entity }));
    return node;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function openCommand(file: string, range: RangeParts | undefined): vscode.Command | undefined {
  return range && { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(file), { selection: rangeOf(range) }] };
}

/**
 * The folder of `uri` relative to its workspace folder, '' at the folder's root. (Asked for the
 * workspace folder itself, asRelativePath gives back the absolute path, so it is asked for the file.)
 */
function folderInWorkspaceOf(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, false);
  return relative.includes('/') ? folderPathOf({ path: relative }) : '';
}
