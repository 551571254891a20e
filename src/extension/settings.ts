import { DEFAULT_MIN_NAME_CONFIDENCE } from '../core/model/nameConfidence';
import * as vscode from 'vscode';
import type { EntityKind } from '../core/model/model';

/** What the reader can choose to see; "quote" covers direct quotes, fragments and scare quotes. */
export type ShownKind = EntityKind | 'quote';
export const SHOWN_KINDS: readonly ShownKind[] = ['person', 'place', 'organization', 'quote'];

/** underline: a thin coloured line under names; highlight: a soft background; text: coloured letters. */
export type DecorationStyle = 'underline' | 'highlight' | 'text';
const DECORATION_STYLES: readonly DecorationStyle[] = ['underline', 'highlight', 'text'];

/** Every `dossier.*` setting, read once per change. Defaults match package.json. */
export interface DossierSettings {
  /** `dossier.enabled`: annotate at all. */
  readonly enabled: boolean;
  /** `dossier.languages`: the language ids Dossier annotates. */
  readonly languages: readonly string[];
  /**
   * `dossier.maxDocumentSize`: documents longer than this many characters (UTF-16 code units,
   * JavaScript string length) are analysed only on request (Dossier: Analyze Document).
   */
  readonly maxDocumentSize: number;
  /** `dossier.analysis.debounceMs`: how long typing must pause before a document is analysed again. */
  readonly debounceMs: number;
  /** `dossier.decorations.kinds`: the kinds decorated and listed. */
  readonly kinds: readonly ShownKind[];
  /** `dossier.decorations.style`: how names are marked. */
  readonly decorationStyle: DecorationStyle;
  /** `dossier.decorations.speakerLabels`: a faint " — Speaker" after each attributed quote. */
  readonly speakerLabels: boolean;
  /** `dossier.names.minConfidence`: names whose surest mention the name model is less sure of are not shown. */
  readonly minNameConfidence: number;
  /** `dossier.speakers.minConfidence`: speakers found with less confidence are hidden. */
  readonly minSpeakerConfidence: number;
  /** `dossier.workspace.*`: the background index of the workspace folders' files. */
  readonly workspace: WorkspaceIndexSettings;
}

export interface WorkspaceIndexSettings {
  /** `dossier.workspace.enabled`: index at all (and only when `enabled` too). */
  readonly enabled: boolean;
  /** `dossier.workspace.include`: a glob of the files to index. */
  readonly include: string;
  /** `dossier.workspace.exclude`: globs not to index, besides files.exclude and search.exclude. */
  readonly exclude: readonly string[];
}

export const DEFAULT_SETTINGS: DossierSettings = {
  enabled: true,
  languages: ['plaintext', 'markdown'],
  maxDocumentSize: 4_000_000,
  debounceMs: 300,
  kinds: SHOWN_KINDS,
  decorationStyle: 'underline',
  speakerLabels: false,
  workspace: { enabled: true, include: '**/*.{txt,md,markdown}', exclude: [] },
  minNameConfidence: DEFAULT_MIN_NAME_CONFIDENCE,
  minSpeakerConfidence: 0,
};

function read(): DossierSettings {
  const config = vscode.workspace.getConfiguration('dossier');
  const number = (key: string, fallback: number, min: number): number => {
    const value = config.get<number>(key, fallback);
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;
  };
  const strings = (key: string, fallback: readonly string[]): readonly string[] => {
    const value = config.get<unknown>(key, fallback);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
  };
  const style = config.get<string>('decorations.style', DEFAULT_SETTINGS.decorationStyle);
  return {
    enabled: config.get<boolean>('enabled', DEFAULT_SETTINGS.enabled) !== false,
    languages: strings('languages', DEFAULT_SETTINGS.languages),
    maxDocumentSize: number('maxDocumentSize', DEFAULT_SETTINGS.maxDocumentSize, 0),
    debounceMs: number('analysis.debounceMs', DEFAULT_SETTINGS.debounceMs, 0),
    kinds: strings('decorations.kinds', DEFAULT_SETTINGS.kinds).filter((k): k is ShownKind => (SHOWN_KINDS as readonly string[]).includes(k)),
    decorationStyle: (DECORATION_STYLES as readonly string[]).includes(style) ? (style as DecorationStyle) : DEFAULT_SETTINGS.decorationStyle,
    speakerLabels: config.get<boolean>('decorations.speakerLabels', DEFAULT_SETTINGS.speakerLabels) === true,
    workspace: {
      enabled: config.get<boolean>('workspace.enabled', DEFAULT_SETTINGS.workspace.enabled) !== false,
      include: config.get<string>('workspace.include', DEFAULT_SETTINGS.workspace.include) || DEFAULT_SETTINGS.workspace.include,
      exclude: strings('workspace.exclude', DEFAULT_SETTINGS.workspace.exclude),
    },
    minNameConfidence: Math.min(1, number('names.minConfidence', DEFAULT_SETTINGS.minNameConfidence, 0)),
    minSpeakerConfidence: Math.min(1, number('speakers.minConfidence', DEFAULT_SETTINGS.minSpeakerConfidence, 0)),
  };
}

/**
 * The one reader of `dossier.*`. Features read `settings.current` (a plain, frozen snapshot) and
 * listen to `onDidChange`, which fires with the new snapshot once per configuration change, so a
 * change applies at once, without a reload.
 */
/**
 * The schemes of the documents a reader writes: on disk, untitled, and the workspace file systems of
 * VS Code for the Web (vscode-remote: of code-server and remotes, vscode-vfs: of github.dev). Not
 * git:, output: or the editor's own files.
 */
export const DOCUMENT_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** What Dossier's language features register for: the documents of these languages, in those schemes. */
export const documentSelector = (languages: readonly string[]): vscode.DocumentFilter[] =>
  languages.flatMap((language) => DOCUMENT_SCHEMES.map((scheme) => ({ language, scheme })));

export class Settings implements vscode.Disposable {
  private snapshot = read();
  private readonly changed = new vscode.EventEmitter<DossierSettings>();
  readonly onDidChange = this.changed.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('dossier')) return;
    this.snapshot = read();
    this.changed.fire(this.snapshot);
  });

  get current(): DossierSettings {
    return this.snapshot;
  }

  /**
   * Whether Dossier annotates this document under the current settings: enabled, a configured
   * language, and a file or an untitled buffer (never output panels, logs or diffs). The size
   * limit is not checked here: a large document is annotated once the user asks for it.
   */
  appliesTo(document: vscode.TextDocument): boolean {
    const { enabled, languages } = this.snapshot;
    return enabled && languages.includes(document.languageId) && DOCUMENT_SCHEMES.includes(document.uri.scheme);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
