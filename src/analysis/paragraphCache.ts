import { moveFindings, type Assembly, type ParagraphFindings } from '../core/pipeline/analyze';
import type { Analysis, Span } from '../core/model/model';
import { firstStartingFrom, shiftSpan } from '../core/model/spans';
import { lineEndsUnit, splitParagraphs } from '../core/pipeline/paragraphs';
import { changeBetween, type TextChange } from '../core/pipeline/textChange';

/** A text's units, and the findings known so far for each (undefined: still to analyse). */
export interface PreparedUnits {
  readonly units: readonly Span[];
  /** Filled in by whoever analyses the units; the cache keeps what is filled in, even by a job later cancelled. */
  readonly findings: (ParagraphFindings | undefined)[];
  /** The finished analysis, when the text is the one last analysed to the end. */
  readonly analysis?: Analysis;
}

/**
 * One document's units and their findings, for the last text it was asked about. A new version is
 * compared with that text: the units before and after the changed region are kept (those after it
 * moved by the change in length), and only the region is split again, so a one-character edit in
 * a book costs neither a full split nor a look-up of every paragraph. Units in the region whose
 * text was there before, anywhere in the region, keep their findings too.
 */
export class ParagraphCache {
  private text = '';
  private current: PreparedUnits = { units: [], findings: [] };
  private last: Assembly | undefined;
  /** The change found by the last prepare, when it led from the text of the last assembly to `text`. */
  private sinceLast: { readonly assembly: Assembly; readonly text: string; readonly change: TextChange } | undefined;

  /** The document-level passes' results for the last version analysed to the end: the next version's passes start from them. */
  get lastAssembly(): Assembly | undefined {
    return this.last;
  }

  /**
   * changeBetween(the text of `assembly`, `text`), when preparing `text` found it already: the
   * passes after a one-character edit then need not compare two versions of a book again.
   */
  changeSince(assembly: Assembly, text: string): TextChange | undefined {
    const since = this.sinceLast;
    return since && since.assembly === assembly && since.text === text ? since.change : undefined;
  }

  /**
   * `change`, when the caller knows it, must be changeBetween(the text of the last call, text):
   * the worker has it from the editor's edit, and need not compare two versions of a book.
   */
  prepare(text: string, knownChange?: TextChange): PreparedUnits {
    if (text === this.text) return this.current;
    const before = this.current;
    const change = knownChange ?? changeBetween(this.text, text);
    this.sinceLast = this.last && this.last.memo.text === this.text ? { assembly: this.last, text, change } : undefined;
    const shift = text.length - this.text.length;
    const from = restartBefore(text, change.start);
    const to = restartAfter(text, change.newEnd);
    const kept = firstStartingFrom(before.units, from);
    const moved = firstStartingFrom(before.units, to - shift);

    const replaced = new Map<string, ParagraphFindings>();
    for (let i = kept; i < moved; i++) {
      const found = before.findings[i];
      if (found) replaced.set(found.text, found);
    }
    const region = splitParagraphs(text.slice(from, to)).map((unit) => shiftSpan(unit, from));
    const regionFindings = region.map((unit) => {
      const found = replaced.get(text.slice(unit.start, unit.end));
      return found && moveFindings(found, unit.start);
    });

    const units = before.units.slice(0, kept).concat(region);
    const findings = before.findings.slice(0, kept).concat(regionFindings);
    for (let i = moved; i < before.units.length; i++) {
      const unit = before.units[i];
      const found = before.findings[i];
      units.push(shiftSpan(unit, shift));
      findings.push(found && moveFindings(found, unit.start + shift));
    }
    this.text = text;
    this.current = { units, findings };
    return this.current;
  }

  /** The job over `text` finished with this assembly; its analysis stands until the text changes. */
  complete(text: string, assembly: Assembly): void {
    this.last = assembly;
    if (text === this.text) this.current = { ...this.current, analysis: assembly.analysis };
  }
}

const LF = 10;
const CR = 13;

/** Line starts as the splitter sees them: after \n, after \r\n, and after a \r on its own. */
function isLineStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const previous = text.charCodeAt(at - 1);
  return previous === LF || (previous === CR && text.charCodeAt(at) !== LF);
}

/** The length of the line break that ends just before the line start `at`. */
function breakLengthBefore(text: string, at: number): number {
  return text.charCodeAt(at - 1) === LF && text.charCodeAt(at - 2) === CR ? 2 : 1;
}

/**
 * The last line start before `limit` (or 0) after a line that ends a unit. Splitting from there
 * needs nothing before it; it reads only text before `limit`, the part an edit at `limit` kept.
 */
function restartBefore(text: string, limit: number): number {
  let start = limit - 1;
  while (start > 0 && !isLineStart(text, start)) start--;
  while (start > 0) {
    const lineEnd = start - breakLengthBefore(text, start);
    let lineStart = lineEnd;
    while (lineStart > 0 && !isLineStart(text, lineStart)) lineStart--;
    if (lineEndsUnit(text.slice(lineStart, lineEnd))) return start;
    start = lineStart;
  }
  return 0;
}

/**
 * The first line start after a line that ends a unit, where that line and the break before it
 * lie wholly at or after `from` (the end of an edit): the same point in the text before the
 * edit, so the units from there on are the old ones, moved. The end of the text if there is none.
 */
function restartAfter(text: string, from: number): number {
  const nextLineStart = (at: number): number => {
    while (at < text.length && !isLineStart(text, at)) at++;
    return at;
  };
  let start = nextLineStart(from + 1);
  while (start < text.length) {
    const next = nextLineStart(start + 1);
    if (next >= text.length) break;
    if (lineEndsUnit(text.slice(start, next - breakLengthBefore(text, next)))) return next;
    start = next;
  }
  return text.length;
}
