import * as vscode from 'vscode';
import { markdownExcludedSpans, withoutSpans } from '../core/model/markdownMask';
import type { Analysis } from '../core/model/model';
import { withNamesAtLeast } from '../core/model/nameConfidence';
import { withSpeakersAtLeast } from '../core/model/speakerBasis';
import { nextTurn } from '../analysis/nextTurn';
import type { DocumentModels } from './documentModels';
import type { Settings, ShownKind } from './settings';


/** Keep only the kinds the reader asked to see. */
function onlyKinds(analysis: Analysis, kinds: readonly ShownKind[]): Analysis {
  const entities = analysis.entities.filter((entity) => kinds.includes(entity.kind));
  if (entities.length === analysis.entities.length && kinds.includes('quote')) return analysis;
  const kept = new Set(entities.map((entity) => entity.id));
  return {
    ...analysis,
    entities,
    mentions: analysis.mentions.filter((mention) => kept.has(mention.entityId)),
    quotes: kinds.includes('quote') ? analysis.quotes : [],
  };
}

/**
 * The analyses as the reader sees them: only for documents the settings cover, without findings
 * inside Markdown code, links or front matter, only of the kinds shown, without the names the model is not sure enough of, and without speakers found
 * with less confidence than the reader asked for. Every feature reads
 * this rather than the raw models, so they all agree. Results are memoised per analysis (one per
 * document version) and settings snapshot.
 */
export class ShownAnalyses implements vscode.Disposable {
  private readonly memo = new WeakMap<Analysis, { kinds: readonly ShownKind[]; minNameConfidence: number; minSpeakerConfidence: number; shown: Analysis }>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  /** Fires with a document whose analysis changed, or with undefined when every document may look different. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly models: DocumentModels, private readonly settings: Settings) {
    this.subscriptions = [
      this.changed,
      models.onDidChange((document) => this.changed.fire(document)),
      settings.onDidChange(() => this.changed.fire(undefined)),
    ];
  }

  appliesTo(document: vscode.TextDocument): boolean {
    return this.settings.appliesTo(document);
  }

  /** The shown analysis of the document's current version, if it is ready. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    if (!this.appliesTo(document)) return undefined;
    const analysis = this.models.peek(document);
    return analysis && this.shown(document, analysis);
  }

  /** The shown analysis of the document's current version, computed if needed. */
  async get(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    if (!this.appliesTo(document)) return undefined;
    const ready = this.peek(document);
    if (ready) return ready;
    const version = document.version;
    const analysis = await this.models.get(document);
    // A finished analysis reaches every waiting hover and provider in the event-loop turn that
    // decoded it; they go on in a later turn, so that one stays short.
    await nextTurn();
    if (!analysis || token?.isCancellationRequested || document.version !== version) return undefined;
    return this.shown(document, analysis);
  }

  /** Analyse the document now, even above the size limit: the user asked for it. */
  async analyzeNow(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.appliesTo(document)) return undefined;
    const analysis = await this.models.analyzeNow(document);
    return analysis && this.shown(document, analysis);
  }

  private shown(document: vscode.TextDocument, analysis: Analysis): Analysis {
    const { kinds, minNameConfidence, minSpeakerConfidence } = this.settings.current;
    const memo = this.memo.get(analysis);
    if (memo && memo.kinds === kinds && memo.minNameConfidence === minNameConfidence && memo.minSpeakerConfidence === minSpeakerConfidence) return memo.shown;
    const prose = document.languageId === 'markdown' ? withoutSpans(analysis, markdownExcludedSpans(document.getText())) : analysis;
    const shown = withSpeakersAtLeast(withNamesAtLeast(onlyKinds(prose, kinds), minNameConfidence), minSpeakerConfidence);
    this.memo.set(analysis, { kinds, minNameConfidence, minSpeakerConfidence, shown });
    return shown;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
