import * as vscode from 'vscode';
import { ENTITY_KINDS, type Analysis, type EntityKind, type Span } from '../core/model/model';
import { speakerLabel } from '../core/model/navigation';
import { isInferred } from '../core/model/speakerBasis';
import { spansWithin } from '../core/model/spans';
import type { DecorationStyle, Settings } from './settings';
import type { ShownAnalyses } from './shownAnalyses';

/** One decoration type per thing a reader tells apart. */
export type DecorationKey = EntityKind | 'quote' | 'scareQuote' | 'speaker' | 'inferredSpeaker' | 'speakerLabel' | 'inferredSpeakerLabel';
const KEYS: readonly DecorationKey[] = ['person', 'place', 'organization', 'quote', 'scareQuote', 'speaker', 'inferredSpeaker', 'speakerLabel', 'inferredSpeakerLabel'];

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`dossier.${id}`);

function nameStyle(kind: EntityKind, style: DecorationStyle): vscode.DecorationRenderOptions {
  const common: vscode.DecorationRenderOptions = {
    overviewRulerColor: color(`${kind}Color`),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  switch (style) {
    case 'highlight':
      return { ...common, backgroundColor: color(`${kind}Background`), borderRadius: '2px' };
    case 'text':
      return { ...common, color: color(`${kind}Color`) };
    case 'underline':
      return { ...common, borderStyle: 'solid', borderWidth: '0 0 1px 0', borderColor: color(`${kind}Color`) };
  }
}

/** The render options of every decoration type, for one style of names. */
function renderOptions(style: DecorationStyle): Record<DecorationKey, vscode.DecorationRenderOptions> {
  return {
    person: nameStyle('person', style),
    place: nameStyle('place', style),
    organization: nameStyle('organization', style),
    // A quote is a soft wash behind the words, so names (lines or letters) stay readable inside it.
    quote: {
      backgroundColor: color('quoteBackground'),
      overviewRulerColor: color('quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    },
    // Scare quotes are nobody's words: no wash, only a dotted line, so they read as a remark.
    scareQuote: {
      borderStyle: 'dotted',
      borderWidth: '0 0 1px 0',
      borderColor: color('scareQuoteBorder'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    },
    speaker: { fontWeight: '600' },
    // A speaker found by inference (a pronoun, a turn in dialogue, a continued paragraph) is bold
    // too, but dotted underneath, and its label says so with "≈": it is a reading, not the text's word.
    inferredSpeaker: { fontWeight: '600', textDecoration: 'underline dotted' },
    speakerLabel: {
      after: { color: color('speakerLabelForeground'), fontStyle: 'italic', margin: '0 0 0 0.4em' },
    },
    inferredSpeakerLabel: {
      after: { color: color('speakerLabelForeground'), fontStyle: 'italic', textDecoration: 'underline dotted', margin: '0 0 0 0.4em' },
    },
  };
}

export type AppliedDecorations = Readonly<Record<DecorationKey, readonly vscode.Range[]>>;

/** Above this many names and quotes, only the part of the document around the viewport is painted. */
const WHOLE_DOCUMENT_LIMIT = 3000;
/** How far beyond the visible lines a windowed paint reaches, so scrolling rarely outruns it. */
const WINDOW_MARGIN_LINES = 300;
/** Analyses of a large document arrive in pieces; repaints wait this long to take several at once. */
const REPAINT_DELAY_MS = 120;

/**
 * Paints the shown analysis into every visible editor. The decoration types are made once per
 * style (a style change makes a new set, since render options are fixed at creation) and an
 * editor is repainted whenever its analysis, the settings or the visible editors change. Large
 * documents (a book) are painted around the viewport only, and again as the reader scrolls, so
 * the extension host never serialises tens of thousands of ranges at once.
 */
export class Decorations implements vscode.Disposable {
  private style: DecorationStyle;
  private types: Record<DecorationKey, vscode.TextEditorDecorationType>;
  private readonly applied = new WeakMap<vscode.TextEditor, AppliedDecorations>();
  /** The offsets an editor was last painted for, when it was painted in part. */
  private readonly windows = new WeakMap<vscode.TextEditor, { analysis: Analysis; start: number; end: number }>();
  private readonly pending = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly shown: ShownAnalyses, private readonly settings: Settings) {
    this.style = settings.current.decorationStyle;
    this.types = this.createTypes(this.style);
    this.subscriptions = [
      shown.onDidChange((document) => this.refresh(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh(undefined)),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.scrolled(event.textEditor)),
    ];
    this.refresh(undefined);
  }

  /** What was last painted in an editor, by decoration type. */
  appliedTo(editor: vscode.TextEditor): AppliedDecorations | undefined {
    return this.applied.get(editor);
  }

  private createTypes(style: DecorationStyle): Record<DecorationKey, vscode.TextEditorDecorationType> {
    const options = renderOptions(style);
    return Object.fromEntries(KEYS.map((key) => [key, vscode.window.createTextEditorDecorationType(options[key])])) as Record<DecorationKey, vscode.TextEditorDecorationType>;
  }

  private refresh(document: vscode.TextDocument | undefined): void {
    if (this.settings.current.decorationStyle !== this.style) {
      for (const type of Object.values(this.types)) type.dispose();
      this.style = this.settings.current.decorationStyle;
      this.types = this.createTypes(this.style);
    }
    for (const editor of vscode.window.visibleTextEditors) {
      if (!document || editor.document === document) this.schedule(editor);
    }
  }

  /** Repaint a windowed editor once the viewport nears the edge of what was painted. */
  private scrolled(editor: vscode.TextEditor): void {
    const window = this.windows.get(editor);
    if (!window || window.analysis !== this.shown.peek(editor.document)) return;
    const visible = this.visibleSpan(editor, 0);
    const margin = (window.end - window.start) / 4;
    const nearStart = window.start > 0 && visible.start < window.start + margin;
    const nearEnd = window.end < window.analysis.textLength && visible.end > window.end - margin;
    if (nearStart || nearEnd) this.schedule(editor);
  }

  private schedule(editor: vscode.TextEditor): void {
    if (this.pending.has(editor)) return;
    this.pending.set(editor, setTimeout(() => {
      this.pending.delete(editor);
      this.paint(editor);
    }, REPAINT_DELAY_MS));
  }

  private paint(editor: vscode.TextEditor): void {
    if (editor.document.isClosed) return;
    const analysis = this.shown.peek(editor.document);
    // Not analysed yet: keep what is painted until the new analysis arrives, unless Dossier no
    // longer applies to the document at all.
    if (!analysis && this.shown.appliesTo(editor.document)) return;
    let ranges = empty();
    this.windows.delete(editor);
    if (analysis) {
      const whole = analysis.mentions.length + analysis.quotes.length <= WHOLE_DOCUMENT_LIMIT;
      const span = whole ? { start: 0, end: analysis.textLength } : this.visibleSpan(editor, WINDOW_MARGIN_LINES);
      if (!whole) this.windows.set(editor, { analysis, ...span });
      ranges = this.rangesOf(editor.document, analysis, span);
    }
    for (const key of KEYS) editor.setDecorations(this.types[key], ranges[key]);
    this.applied.set(editor, Object.fromEntries(KEYS.map((key) => [key, ranges[key].map((options) => options.range)])) as unknown as AppliedDecorations);
  }

  /** The offsets of the editor's visible lines, widened by `marginLines` either way. */
  private visibleSpan(editor: vscode.TextEditor, marginLines: number): Span {
    const { document } = editor;
    const lines = editor.visibleRanges.length > 0 ? editor.visibleRanges : [new vscode.Range(0, 0, 0, 0)];
    const first = Math.max(0, Math.min(...lines.map((r) => r.start.line)) - marginLines);
    const last = Math.min(document.lineCount - 1, Math.max(...lines.map((r) => r.end.line)) + marginLines);
    return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
  }

  private rangesOf(document: vscode.TextDocument, analysis: Analysis, span: Span): Record<DecorationKey, vscode.DecorationOptions[]> {
    const range = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const ranges = empty();
    const kindOf = new Map(analysis.entities.map((entity) => [entity.id, entity.kind]));
    for (const mention of spansWithin(analysis.mentions, span.start, span.end)) {
      const kind = kindOf.get(mention.entityId);
      if (kind && ENTITY_KINDS.includes(kind)) ranges[kind].push({ range: range(mention.start, mention.end) });
    }
    const labels = this.settings.current.speakerLabels;
    for (const quote of spansWithin(analysis.quotes, span.start, span.end)) {
      ranges[quote.kind === 'scare' ? 'scareQuote' : 'quote'].push({ range: range(quote.start, quote.end) });
      if (!quote.speaker) continue;
      const inferred = isInferred(quote.speaker);
      if (quote.speaker.end <= quote.start || quote.speaker.start >= quote.end) ranges[inferred ? 'inferredSpeaker' : 'speaker'].push({ range: range(quote.speaker.start, quote.speaker.end) });
      // No label where the attribution follows the quote at once (“…,” Putin said): it would repeat it.
      if (labels && !attributedRightAfter(document, quote.end, quote.speaker.start)) {
        const end = document.positionAt(quote.end);
        const label = `— ${inferred ? '≈ ' : ''}${speakerLabel(analysis, quote)}`;
        ranges[inferred ? 'inferredSpeakerLabel' : 'speakerLabel'].push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: label } } });
      }
    }
    return ranges;
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const type of Object.values(this.types)) type.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function attributedRightAfter(document: vscode.TextDocument, quoteEnd: number, speakerStart: number): boolean {
  if (speakerStart < quoteEnd || speakerStart - quoteEnd > 4) return false;
  return /^[\s,.;:—–-]*$/.test(document.getText(new vscode.Range(document.positionAt(quoteEnd), document.positionAt(speakerStart))));
}

function empty(): Record<DecorationKey, vscode.DecorationOptions[]> {
  return Object.fromEntries(KEYS.map((key) => [key, []])) as unknown as Record<DecorationKey, vscode.DecorationOptions[]>;
}
