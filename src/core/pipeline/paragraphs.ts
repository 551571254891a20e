import type { Span } from '../model/model';

/**
 * The unit of NLP work: a paragraph, or a piece of one. Compromise's cost grows faster than its
 * input, and a cache needs small units, so no unit is longer than MAX_UNIT code units.
 */
export const MAX_UNIT = 4000;

const SENTENCE_END = /[.!?:;…"”’»)\]]\s*$/;

/**
 * Split text into analysis units. A blank line always ends a unit. A single line break ends one
 * when the line before it ends a sentence: news files put one paragraph on each line, while books
 * wrap their paragraphs at a fixed width and must not be cut mid-sentence.
 */
export function splitParagraphs(text: string): Span[] {
  const units: Span[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let unitStart = -1;
  let lineStart = 0;
  const close = (end: number): void => {
    if (unitStart >= 0) pushBounded(text, unitStart, trimEnd(text, unitStart, end), units);
    unitStart = -1;
  };
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') close(lineStart);
    else {
      if (unitStart < 0) unitStart = lineStart + (line.length - line.trimStart().length);
      if (lineEndsUnit(line)) close(lineEnd);
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  close(text.length);
  return units;
}

/**
 * Whether a line ends the unit it is in: it is blank, or it ends a sentence. Splitting then starts
 * afresh on the next line whatever came before, so a text can be split again from there alone.
 */
export function lineEndsUnit(line: string): boolean {
  return line.trim() === '' || SENTENCE_END.test(line);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Cut over-long units at a sentence end, else at a space, else anywhere (never inside a surrogate pair). */
function pushBounded(text: string, start: number, end: number, units: Span[]): void {
  while (end - start > MAX_UNIT) {
    const window = text.slice(start, start + MAX_UNIT);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 1;
    if (cut < MAX_UNIT / 2) cut = window.lastIndexOf(' ');
    if (cut < MAX_UNIT / 2) cut = MAX_UNIT;
    if (isLowSurrogate(text.charCodeAt(start + cut))) cut--;
    units.push({ start, end: start + cut });
    start += cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) units.push({ start, end });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
