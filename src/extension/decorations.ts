import * as vscode from 'vscode';
import type { Analysis, EntityKind } from '../core/model';
import { speakerLabel } from '../core/navigation';
import type { DecorationStyle, Settings } from './settings';
import type { ShownAnalyses } from './shownAnalyses';

/** One decoration type per thing a reader tells apart. */
export type DecorationKey = EntityKind | 'quote' | 'scareQuote' | 'speaker' | 'speakerLabel';
const KEYS: readonly DecorationKey[] = ['person', 'place', 'organization', 'quote', 'scareQuote', 'speaker', 'speakerLabel'];
const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

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
    speakerLabel: {
      after: { color: color('speakerLabelForeground'), fontStyle: 'italic', margin: '0 0 0 0.4em' },
    },
  };
}

export type AppliedDecorations = Readonly<Record<DecorationKey, readonly vscode.Range[]>>;

/**
 * Paints the shown analysis into every visible editor. The decoration types are made once per
 * style (a style change makes a new set, since render options are fixed at creation) and every
 * editor is repainted whenever its analysis, the settings or the visible editors change.
 */
export class Decorations implements vscode.Disposable {
  private style: DecorationStyle;
  private types: Record<DecorationKey, vscode.TextEditorDecorationType>;
  private readonly applied = new WeakMap<vscode.TextEditor, AppliedDecorations>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly shown: ShownAnalyses, private readonly settings: Settings) {
    this.style = settings.current.decorationStyle;
    this.types = this.createTypes(this.style);
    this.subscriptions = [
      shown.onDidChange((document) => this.refresh(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh(undefined)),
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
      if (!document || editor.document === document) this.paint(editor);
    }
  }

  private paint(editor: vscode.TextEditor): void {
    const analysis = this.shown.peek(editor.document);
    // Not analysed yet: keep what is painted until the new analysis arrives, unless Dossier no
    // longer applies to the document at all.
    if (!analysis && this.shown.appliesTo(editor.document)) return;
    const ranges = analysis ? this.rangesOf(editor.document, analysis) : empty();
    for (const key of KEYS) editor.setDecorations(this.types[key], ranges[key]);
    this.applied.set(editor, Object.fromEntries(KEYS.map((key) => [key, ranges[key].map((options) => options.range)])) as unknown as AppliedDecorations);
  }

  private rangesOf(document: vscode.TextDocument, analysis: Analysis): Record<DecorationKey, vscode.DecorationOptions[]> {
    const range = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const ranges = empty();
    const kindOf = new Map(analysis.entities.map((entity) => [entity.id, entity.kind]));
    for (const mention of analysis.mentions) {
      const kind = kindOf.get(mention.entityId);
      if (kind && ENTITY_KINDS.includes(kind)) ranges[kind].push({ range: range(mention.start, mention.end) });
    }
    const labels = this.settings.current.speakerLabels;
    for (const quote of analysis.quotes) {
      ranges[quote.kind === 'scare' ? 'scareQuote' : 'quote'].push({ range: range(quote.start, quote.end) });
      if (!quote.speaker) continue;
      if (quote.speaker.end <= quote.start || quote.speaker.start >= quote.end) ranges.speaker.push({ range: range(quote.speaker.start, quote.speaker.end) });
      if (labels) {
        const end = document.positionAt(quote.end);
        ranges.speakerLabel.push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: `— ${speakerLabel(analysis, quote)}` } } });
      }
    }
    return ranges;
  }

  dispose(): void {
    for (const type of Object.values(this.types)) type.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function empty(): Record<DecorationKey, vscode.DecorationOptions[]> {
  return Object.fromEntries(KEYS.map((key) => [key, []])) as unknown as Record<DecorationKey, vscode.DecorationOptions[]>;
}
