// The dossier page: everything the folder holds on one entity, in a webview themed with the
// editor's colours. It runs no script at all (the Content Security Policy allows none): links are
// command links, which VS Code runs for the webview, limited to the three below.
import * as vscode from 'vscode';
import { dossierMarkdown, dossierOf, type Dossier } from '../../core/workspace/dossier';
import { writeFileAtomic } from '../atomicWrite';
import type { WorkspaceIndexer } from './workspaceIndexer';

export const OPEN_DOSSIER_COMMAND = 'dossier.openDossier';
export const EXPORT_DOSSIER_COMMAND = 'dossier.exportDossier';
const PAGE_COMMANDS = ['dossier.revealRange', OPEN_DOSSIER_COMMAND, EXPORT_DOSSIER_COMMAND];

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const commandHref = (command: string, args: readonly unknown[]): string => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
const plural = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;
const displayName = (file: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(file));

export class DossierPanels implements vscode.Disposable {
  /** One page per entity; opening it again brings it forward. */
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly indexer: WorkspaceIndexer) {
    this.subscriptions = [
      vscode.commands.registerCommand(OPEN_DOSSIER_COMMAND, (id?: string | { entity?: { id: string } }) => this.open(typeof id === 'string' ? id : id?.entity?.id)),
      vscode.commands.registerCommand(EXPORT_DOSSIER_COMMAND, (id: string, target?: vscode.Uri) => this.export(id, target)),
      indexer.onDidChange(() => this.refreshAll()),
    ];
  }

  /** The page's HTML for an entity, as shown (for the tests). */
  htmlOf(id: string): string | undefined {
    return this.panels.get(id)?.webview.html;
  }

  async open(id: string | undefined): Promise<void> {
    if (!id) return;
    let panel = this.panels.get(id);
    if (panel) {
      panel.reveal();
      return;
    }
    const dossier = this.dossier(id);
    if (!dossier) {
      void vscode.window.showInformationMessage(`Dossier: "${id}" is not in the workspace index.`);
      return;
    }
    panel = vscode.window.createWebviewPanel('dossier.dossier', `Dossier: ${dossier.entity.name}`, vscode.ViewColumn.Active, {
      enableScripts: false,
      enableCommandUris: PAGE_COMMANDS,
      localResourceRoots: [],
    });
    this.panels.set(id, panel);
    panel.onDidDispose(() => this.panels.delete(id));
    panel.webview.html = pageHtml(dossier);
  }

  private dossier(id: string): Dossier | undefined {
    const index = this.indexer.current;
    return index && dossierOf(index, id);
  }

  private refreshAll(): void {
    for (const [id, panel] of this.panels) {
      const dossier = this.dossier(id);
      if (dossier) panel.webview.html = pageHtml(dossier);
    }
  }

  /** Save the dossier as Markdown, where the reader chooses (or `target`, for the tests). */
  private async export(id: string, target?: vscode.Uri): Promise<void> {
    const dossier = this.dossier(id);
    if (!dossier) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = `${dossier.entity.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.md`;
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, suggested), filters: { Markdown: ['md'] } }));
    if (!uri) return;
    await writeFileAtomic(vscode.workspace.fs, uri, dossierMarkdown(dossier, displayName));
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function pageHtml(dossier: Dossier): string {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const { entity } = dossier;
  const reveal = (file: string, start: number, end: number): string => commandHref('dossier.revealRange', [file, start, end]);
  const quoted = dossier.files.filter((f) => f.quotes.length > 0);
  const quotes = quoted.length
    ? quoted
        .map(
          (f) => `<section class="file"><h3>${escapeHtml(displayName(f.file))}</h3><ul>${f.quotes
            .map((q) => `<li><a href="${reveal(q.file, q.start, q.end)}" title="Open at this quote">${escapeHtml(q.text.replace(/\s+/g, ' '))}</a></li>`)
            .join('')}</ul></section>`,
        )
        .join('')
    : '<p class="quiet">No quotes.</p>';
  const files = dossier.files
    .map((f) => `<li><a href="${reveal(f.file, f.first.start, f.first.end)}" title="Open at the first mention">${escapeHtml(displayName(f.file))}</a> <span class="quiet">${plural(f.mentions, 'mention')}${f.quotes.length ? `, ${plural(f.quotes.length, 'quote')}` : ''}</span></li>`)
    .join('');
  const most = Math.max(1, ...dossier.companions.map((c) => c.sharedFiles));
  const companions = dossier.companions.length
    ? `<svg role="img" aria-label="Entities named in the same files" width="100%" height="${dossier.companions.length * 24}" class="chart">${dossier.companions
        .map(
          (c, i) => `<g transform="translate(0 ${i * 24})"><rect class="bar ${c.entity.kind}" x="0" y="4" height="14" width="${(40 * c.sharedFiles) / most}%"></rect><text x="${(40 * c.sharedFiles) / most + 1}%" y="16">${escapeHtml(c.entity.name)} · ${plural(c.sharedFiles, 'file')}</text></g>`,
        )
        .join('')}</svg><ul class="companions">${dossier.companions
        .map((c) => `<li><a href="${commandHref(OPEN_DOSSIER_COMMAND, [c.entity.id])}">${escapeHtml(c.entity.name)}</a> <span class="quiet">${c.entity.kind}, ${plural(c.sharedFiles, 'shared file')}</span></li>`)
        .join('')}</ul>`
    : '<p class="quiet">Nobody else is named in these files.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier: ${escapeHtml(entity.name)}</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; line-height: 1.5; max-width: 60em; }
  h1 { font-weight: 600; margin-bottom: 0.2em; }
  h2 { font-size: 1.1em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 0.2em; margin-top: 1.6em; }
  h3 { font-size: 1em; margin: 1em 0 0.3em; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover, a:focus { text-decoration: underline; }
  a:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  ul { padding-left: 1.2em; }
  .quiet { color: var(--vscode-descriptionForeground); }
  .file li { margin: 0.3em 0; }
  .chart text { fill: var(--vscode-foreground); font-size: 12px; }
  .bar.person { fill: var(--vscode-dossier-personColor); }
  .bar.place { fill: var(--vscode-dossier-placeColor); }
  .bar.organization { fill: var(--vscode-dossier-organizationColor); }
  .actions { margin-top: 1em; }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(entity.name)}</h1>
  <p class="quiet">${entity.kind} · ${plural(entity.files.length, 'file')} · ${plural(entity.mentionCount, 'mention')} · ${plural(entity.quotes.length, 'quote')}</p>
  ${entity.aliases.length ? `<p><strong>Also called:</strong> ${escapeHtml(entity.aliases.join(', '))}</p>` : ''}
  ${entity.roles.length ? `<p><strong>Roles:</strong> ${escapeHtml(entity.roles.join(', '))}</p>` : ''}
  <p class="actions"><a href="${commandHref(EXPORT_DOSSIER_COMMAND, [entity.id])}">Export as Markdown…</a></p>
</header>
<main>
  <h2>Quotes</h2>
  ${quotes}
  <h2>Files</h2>
  <ul>${files}</ul>
  <h2>Often named with</h2>
  ${companions}
</main>
</body>
</html>`;
}
