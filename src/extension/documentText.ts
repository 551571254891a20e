import * as vscode from 'vscode';
import type { Span } from '../core/model/model';
import { excerpt } from '../core/model/navigation';

// Lines and excerpts read through the document's own line index. `document.getText()` copies the
// whole text (6 MB for a book), and building a line table from it takes as long again; the
// document already knows both, so features that need a line or a sentence ask it instead.

/** The 0-based line an offset is on. */
export function lineAt(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line;
}

/**
 * The core's excerpt around a span (see `excerpt`), read from the lines the span is on: an
 * excerpt never reaches past them, so it is the same as one cut from the whole text.
 */
export function excerptIn(document: vscode.TextDocument, span: Span, radius: number): ReturnType<typeof excerpt> {
  const first = lineAt(document, span.start);
  const last = lineAt(document, span.end);
  const from = document.offsetAt(new vscode.Position(first, 0));
  const lines = document.getText(new vscode.Range(first, 0, last, document.lineAt(last).text.length));
  return excerpt(lines, { start: span.start - from, end: span.end - from }, radius);
}
