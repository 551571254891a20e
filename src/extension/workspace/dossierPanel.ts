// The dossier page: everything the folder holds on one entity, in a webview themed with the
// editor's colours. It runs no script at all (the Content Security Policy allows none): links are
// command links, which VS Code runs for the webview, limited to the three below.
import * as vscode from 'vscode';
import { excerpt } from '../../core/model/navigation';
import { dossierMarkdown, type Dossier, type MentionInContext } from '../../core/workspace/dossier';
import { writeFileAtomic } from '../atomicWrite';
import type { WorkspaceIndexer } from './workspaceIndexer';
import { flat, plural } from '../labels';

export const OPEN_DOSSIER_COMMAND = 'dossier.openDossier';
export const EXPORT_DOSSIER_COMMAND = 'dossier.exportDossier';
const PAGE_COMMANDS = ['dossier.revealRange', OPEN_DOSSIER_COMMAND, EXPORT_DOSSIER_COMMAND];

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const commandHref = (command: string, args: readonly unknown[]): string => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
const displayName = (file: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(file));
/**
 * The page shows the first mention in context for this many files (those listed first); the index
 * keeps no text, so each is read from its file, and an entity named in thousands of files would
 * make the page read them all.
 */
const MAX_FIRST_MENTIONS = 100;
/** Characters of context either side of a first mention, at most. */
const CONTEXT_RADIUS = 90;

/**
 * The first mention of each of the dossier's first files, in its sentence. Read from the file on
 * disk, as the index read it, so the offsets match even when an editor holds unsaved changes.
 */
async function firstMentionsOf(dossier: Dossier): Promise<Map<string, MentionInContext>> {
  const read = await Promise.all(
    dossier.files.slice(0, MAX_FIRST_MENTIONS).map(async ({ file, first }): Promise<[string, MentionInContext] | undefined> => {
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(file)));
        return first.end <= text.length ? [file, excerpt(text, first, CONTEXT_RADIUS)] : undefined;
      } catch {
        return undefined; // deleted since it was indexed: the watcher will drop it
      }
    }),
  );
  return new Map(read.filter((entry) => entry !== undefined));
}

export class DossierPanels implements vscode.Disposable {
  /** One page per entity; opening it again brings it forward. */
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly indexer: WorkspaceIndexer) {
    this.subscriptions = [
      vscode.commands.registerCommand(OPEN_DOSSIER_COMMAND, (id?: string | { entity?: { id: string } }) => this.open(typeof id === 'string' ? id : id?.entity?.id)),
      vscode.commands.registerCommand(EXPORT_DOSSIER_COMMAND, (id: string, target?: vscode.Uri) => this.export(id, target)),
      indexer.onDidChange(() => void this.refreshAll()),
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
    const dossier = await this.dossier(id);
    if (this.panels.has(id)) return; // opened meanwhile, by a second click
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
    await this.render(panel, dossier);
  }

  private async render(panel: vscode.WebviewPanel, dossier: Dossier): Promise<void> {
    const html = pageHtml(dossier, await firstMentionsOf(dossier));
    if (this.panels.get(dossier.entity.id) === panel) panel.webview.html = html;
  }

  private dossier(id: string): Promise<Dossier | undefined> {
    return this.indexer.ask('dossier', id);
  }

  private async refreshAll(): Promise<void> {
    for (const [id, panel] of this.panels) {
      const dossier = await this.dossier(id);
      if (dossier) await this.render(panel, dossier);
    }
  }

  /** Save the dossier as Markdown, where the reader chooses (or `target`, for the tests). */
  private async export(id: string, target?: vscode.Uri): Promise<void> {
    const dossier = await this.dossier(id);
    if (!dossier) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = `${dossier.entity.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.md`;
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, suggested), filters: { Markdown: ['md'] } }));
    if (!uri) return;
    await writeFileAtomic(vscode.workspace.fs, uri, dossierMarkdown(dossier, displayName, await firstMentionsOf(dossier)));
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

const SVG_WIDTH = 600;
const TIMELINE_HEIGHT = 80;

/** Bars of mentions per day (or month), with the first and last dates under them; the table beside it carries the figures. */
function timelineSvg(dossier: Dossier): string {
  const { timeline } = dossier;
  const most = Math.max(1, ...timeline.map((d) => d.mentions));
  const slot = SVG_WIDTH / timeline.length;
  const bars = timeline
    .map((d, i) => {
      const height = Math.max(2, (TIMELINE_HEIGHT * d.mentions) / most);
      return `<rect class="bar ${dossier.entity.kind}" x="${(i * slot + slot * 0.1).toFixed(1)}" y="${(TIMELINE_HEIGHT - height).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${height.toFixed(1)}"><title>${d.date}: ${plural(d.mentions, 'mention')}</title></rect>`;
    })
    .join('');
  const first = timeline[0].date;
  const last = timeline[timeline.length - 1].date;
  return `<svg role="img" aria-labelledby="timeline-caption" viewBox="0 0 ${SVG_WIDTH} ${TIMELINE_HEIGHT + 18}" class="timeline">${bars}<text x="0" y="${TIMELINE_HEIGHT + 14}">${first}</text>${last === first ? '' : `<text x="${SVG_WIDTH}" y="${TIMELINE_HEIGHT + 14}" text-anchor="end">${last}</text>`}</svg>`;
}

function timelineSection(dossier: Dossier): string {
  if (dossier.timeline.length === 0) return '<p class="quiet">None of these files carries a date (front matter <code>date:</code>, or a date in the file name).</p>';
  const undated = dossier.files.filter((f) => f.date === undefined).length;
  const rows = dossier.timeline
    .map((d) => `<tr><th scope="row">${d.date}</th><td>${d.files}</td><td>${d.mentions}</td><td>${d.quotes}</td></tr>`)
    .join('');
  return `${timelineSvg(dossier)}
  <table class="timeline-table"><caption id="timeline-caption">Mentions of ${escapeHtml(dossier.entity.name)} by ${dossier.timeline[0].date.length === 7 ? 'month' : 'day'}${undated ? ` (${plural(undated, 'file')} without a date left out)` : ''}</caption>
  <thead><tr><th scope="col">Date</th><th scope="col">Files</th><th scope="col">Mentions</th><th scope="col">Quotes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function pageHtml(dossier: Dossier, firstMentions: ReadonlyMap<string, MentionInContext>): string {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const { entity } = dossier;
  const reveal = (file: string, start: number, end: number): string => commandHref('dossier.revealRange', [file, start, end]);
  const quoted = dossier.files.filter((f) => f.quotes.length > 0);
  const quotes = quoted.length
    ? quoted
        .map(
          (f) => `<section class="file" aria-label="${escapeHtml(displayName(f.file))}"><h3>${escapeHtml(displayName(f.file))}</h3><ul>${f.quotes
            .map((q) => `<li><a href="${reveal(q.file, q.start, q.end)}" title="Open at this quote">${escapeHtml(flat(q.text))}</a></li>`)
            .join('')}</ul></section>`,
        )
        .join('')
    : '<p class="quiet">No quotes.</p>';
  const files = dossier.files
    .map((f) => {
      const first = firstMentions.get(f.file);
      const context = first ? `<blockquote class="context">${escapeHtml(first.before)}<mark>${escapeHtml(first.match)}</mark>${escapeHtml(first.after)}</blockquote>` : '';
      const details = [f.date, plural(f.mentions, 'mention'), f.quotes.length ? plural(f.quotes.length, 'quote') : ''].filter(Boolean).join(', ');
      return `<li><a href="${reveal(f.file, f.first.start, f.first.end)}" title="Open at the first mention">${escapeHtml(displayName(f.file))}</a> <span class="quiet">${details}</span>${context}</li>`;
    })
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
  const moreFiles = dossier.files.length > MAX_FIRST_MENTIONS ? `<p class="quiet">The first mention is shown for the first ${MAX_FIRST_MENTIONS} files.</p>` : '';
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
  a:hover, a:focus-visible { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
  a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  .skip { position: absolute; left: -999em; }
  .skip:focus-visible { position: static; }
  nav ul { list-style: none; padding: 0; display: flex; gap: 1.2em; flex-wrap: wrap; }
  ul { padding-left: 1.2em; }
  .quiet { color: var(--vscode-descriptionForeground); }
  .file li, .files li { margin: 0.3em 0; }
  blockquote.context { margin: 0.2em 0 0.6em; padding: 0.1em 0.8em; border-left: 3px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
  mark { background: var(--vscode-editor-findMatchHighlightBackground); color: inherit; }
  .chart text, .timeline text { fill: var(--vscode-foreground); font-size: 12px; }
  .timeline { width: 100%; max-width: ${SVG_WIDTH}px; height: auto; }
  table { border-collapse: collapse; margin-top: 0.5em; }
  caption { text-align: left; color: var(--vscode-descriptionForeground); padding-bottom: 0.3em; }
  th, td { text-align: right; padding: 0.1em 0.8em 0.1em 0; }
  th[scope="row"] { text-align: left; font-weight: normal; }
  .bar.person { fill: var(--vscode-dossier-personColor); }
  .bar.place { fill: var(--vscode-dossier-placeColor); }
  .bar.organization { fill: var(--vscode-dossier-organizationColor); }
  .actions { margin-top: 1em; }
</style>
</head>
<body>
<a class="skip" href="#files">Skip to the files</a>
<header>
  <h1>${escapeHtml(entity.name)}</h1>
  <p class="quiet">${entity.kind} · ${plural(entity.files.length, 'file')} · ${plural(entity.mentionCount, 'mention')} · ${plural(entity.quotes.length, 'quote')}</p>
  ${entity.aliases.length ? `<p><strong>Also called:</strong> ${escapeHtml(entity.aliases.join(', '))}</p>` : ''}
  ${entity.roles.length ? `<p><strong>Roles:</strong> ${escapeHtml(entity.roles.join(', '))}</p>` : ''}
  <nav aria-label="Sections"><ul><li><a href="#quotes">Quotes</a></li><li><a href="#files">Files</a></li><li><a href="#timeline">Timeline</a></li><li><a href="#companions">Often named with</a></li><li><a href="${commandHref(EXPORT_DOSSIER_COMMAND, [entity.id])}">Export as Markdown…</a></li></ul></nav>
</header>
<main>
  <h2 id="quotes">Quotes</h2>
  ${quotes}
  <h2 id="files">Files</h2>
  ${moreFiles}
  <ul class="files">${files}</ul>
  <h2 id="timeline">Timeline</h2>
  ${timelineSection(dossier)}
  <h2 id="companions">Often named with</h2>
  ${companions}
</main>
</body>
</html>`;
}
