import type * as vscode from 'vscode';
import { fileNameOf } from './uriPaths';

// dossier.maxDocumentSize: documents above it are analysed only when the reader asks.

/** The length in characters, without building the document's text (getText copies it). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** What the reader is told, once per document, when it is above the limit. */
export function tooLargeNotice(document: vscode.TextDocument, limit: number): string {
  const name = fileNameOf(document.uri) || document.uri.toString();
  const size = documentLength(document).toLocaleString('en-US');
  return `Dossier: ${name} has ${size} characters, more than dossier.maxDocumentSize (${limit.toLocaleString('en-US')}), so it is not analysed automatically. Run "Dossier: Analyze Document" to analyse it.`;
}
