// Line and column beside the offsets of a record, for readers who open the file in an editor.
import { countWhile } from '../core/model/spans';

/** 1-based line and column of an offset; columns count UTF-16 code units, as VS Code's do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A lookup from offsets to positions in `text`, built once per document. */
export function positionsIn(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    const line = countWhile(lineStarts, (start) => start <= offset) - 1;
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
}

/**
 * A copy of `record` in which every span (an object with a numeric `start`) also gives the line and
 * column where it starts: mentions, first mentions, quotes, speakers and values alike.
 */
export function withPositions(record: unknown, positionOf: (offset: number) => Position): unknown {
  if (Array.isArray(record)) return record.map((item) => withPositions(item, positionOf));
  if (record === null || typeof record !== 'object') return record;
  const start = (record as { start?: unknown }).start;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    copy[key] = withPositions(value, positionOf);
    // Beside the offsets, where a reader looks for them.
    if (key === 'end' && typeof start === 'number') Object.assign(copy, positionOf(start));
  }
  return copy;
}
