import * as vscode from 'vscode';

// Hovers and tree items point at places in a document by URI string and UTF-16 offsets: plain
// JSON survives a command link, where Uri and Range objects would not.

export type Target = readonly [uri: string, start: number, end: number];

/** The commands hovers may run; a hover trusts exactly these. */
export const HOVER_COMMANDS = ['dossier.revealRange', 'dossier.findAllMentions', 'dossier.goToFirstMention', 'dossier.revealInSidebar'] as const;
type HoverCommand = (typeof HOVER_COMMANDS)[number];

export function commandLink(title: string, command: HoverCommand, args: readonly unknown[], tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const escaped = title.replace(/[\\[\]*_`<>]/g, '\\$&');
  return `[${escaped}](${uri}${tooltip ? ` "${tooltip.replace(/"/g, "'")}"` : ''})`;
}

export function revealLink(title: string, document: vscode.TextDocument, start: number, end: number, tooltip?: string): string {
  return commandLink(title, 'dossier.revealRange', [document.uri.toString(), start, end], tooltip);
}

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
