import * as vscode from 'vscode';
import { normalizeSpace, occurrences, withCorrection, type Correction } from '../../core/corrections/corrections';
import type { Analysis, Entity, EntityKind, Quote } from '../../core/model/model';
import type { DocumentModels } from '../documentModels';
import { CorrectionsService } from './correctionsService';
import { describeCorrection } from './describe';
import { plural } from '../labels';
import { findOrphans } from './orphans';
import type { CorrectionsStore } from './store';

/** Options the commands take from scripts and tests instead of asking. */
interface MergeOptions { readonly into?: string }
interface SpeakerOptions { readonly speaker?: string | null }
interface OrphanOptions { readonly interactive?: boolean }

/** How to take back a change: remove what it added, put back what it replaced. */
interface UndoEntry {
  readonly store: CorrectionsStore;
  readonly added: readonly Correction[];
  readonly replaced: readonly Correction[];
  readonly what: string;
}

const MAX_UNDO = 100;
const KIND_ORDER: readonly EntityKind[] = ['person', 'organization', 'place'];
const STATUS_MS = 4000;
/** Longer selections are passages, not names. */
const MAX_NAME_LENGTH = 100;

/**
 * The correction commands: Mark as Person / Place / Organization, Not a Name, Merge with…, Set
 * Speaker of This Quote…, Undo Last Correction and Show Orphan Corrections. Corrections flow into
 * every view through the document models, which take them as an input of analysis.
 */
export function registerCorrections(context: vscode.ExtensionContext, models: DocumentModels): CorrectionsService {
  const service = new CorrectionsService();
  const undo: UndoEntry[] = [];

  /** Store a correction made on a document, replacing earlier ones of the same name or quote. */
  const save = async (document: vscode.TextDocument, correction: Correction): Promise<Correction | undefined> => {
    const store = service.storeFor(document.uri);
    let replaced: Correction[] = [];
    const saved = await store.update((stored) => {
      const next = withCorrection(stored, correction);
      replaced = stored.filter((c) => !next.includes(c));
      return next;
    });
    if (!saved) return undefined;
    const what = describeCorrection(correction);
    undo.push({ store, added: [correction], replaced, what });
    if (undo.length > MAX_UNDO) undo.shift();
    vscode.window.setStatusBarMessage(`Dossier: ${what} (saved in ${store.label})`, STATUS_MS);
    return correction;
  };

  const markAs = (kind: EntityKind) => async (...args: unknown[]): Promise<Correction | undefined> => {
    const target = await nameTarget(models, args);
    return target && save(target.document, { action: 'markAs', name: target.name, kind });
  };

  const notEntity = async (...args: unknown[]): Promise<Correction | undefined> => {
    const target = await nameTarget(models, args);
    return target && save(target.document, { action: 'notEntity', name: target.name });
  };

  const merge = async (...args: unknown[]): Promise<Correction | undefined> => {
    const target = await nameTarget(models, args);
    if (!target) return undefined;
    const into = optionsOf<MergeOptions>(args).into ?? (await pickEntity(target.analysis, target.name));
    return into === undefined ? undefined : save(target.document, { action: 'merge', name: target.name, into: normalizeSpace(into) });
  };

  const setSpeaker = async (...args: unknown[]): Promise<Correction | undefined> => {
    const target = await quoteTarget(models);
    if (!target) return undefined;
    const options = optionsOf<SpeakerOptions>(args);
    const speaker = 'speaker' in options ? options.speaker : await pickSpeaker(target.analysis, target.quote);
    if (speaker === undefined) return undefined;
    return save(target.document, { action: 'setSpeaker', quote: normalizeSpace(target.quote.text), speaker: speaker === null ? null : normalizeSpace(speaker) });
  };

  const undoLast = async (): Promise<boolean> => {
    const entry = undo.pop();
    if (!entry) {
      void vscode.window.showInformationMessage('Dossier: there is no correction to undo.');
      return false;
    }
    let missing = false;
    const undone = await entry.store.update((stored) => {
      const next = [...stored];
      for (const added of entry.added) {
        const index = lastIndexOf(next, added);
        if (index < 0) {
          missing = true;
          return undefined;
        }
        next.splice(index, 1);
      }
      return [...next, ...entry.replaced];
    });
    if (missing) void vscode.window.showInformationMessage(`Dossier: the last correction (${entry.what}) is no longer in ${entry.store.label}; nothing was undone.`);
    else if (undone) vscode.window.setStatusBarMessage(`Dossier: undone: ${entry.what}`, STATUS_MS);
    else undo.push(entry);
    return undone;
  };

  const showOrphans = async (...args: unknown[]): Promise<Correction[]> => {
    const document = vscode.window.activeTextEditor?.document;
    const store = document ? service.storeFor(document.uri) : service.allStores[0];
    await store.ready;
    const orphans = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Dossier: looking for orphan corrections' }, (_, token) => findOrphans(service, store, (d) => models.isSupported(d), token));
    if (optionsOf<OrphanOptions>(args).interactive === false) return orphans;
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage(`Dossier: every correction in ${store.label} matches text in the workspace.`);
      return orphans;
    }
    const picked = await vscode.window.showQuickPick(
      orphans.map((correction) => ({ label: describeCorrection(correction), description: 'matches nothing in the workspace', correction })),
      { canPickMany: true, title: `Orphan corrections in ${store.label}`, placeHolder: 'These corrections match no text any more. Pick those to remove (Undo Last Correction puts them back).' },
    );
    if (!picked?.length) return orphans;
    const removed = picked.map((p) => p.correction);
    const saved = await store.update((stored) => stored.filter((c) => !removed.some((r) => same(r, c))));
    if (saved) undo.push({ store, added: [], replaced: removed, what: `removal of ${plural(removed.length, 'orphan correction')}` });
    return orphans;
  };

  context.subscriptions.push(
    service,
    models.useCorrections(service),
    vscode.commands.registerCommand('dossier.markAsPerson', markAs('person')),
    vscode.commands.registerCommand('dossier.markAsPlace', markAs('place')),
    vscode.commands.registerCommand('dossier.markAsOrganization', markAs('organization')),
    vscode.commands.registerCommand('dossier.markNotEntity', notEntity),
    vscode.commands.registerCommand('dossier.mergeEntity', merge),
    vscode.commands.registerCommand('dossier.setQuoteSpeaker', setSpeaker),
    vscode.commands.registerCommand('dossier.undoCorrection', undoLast),
    vscode.commands.registerCommand('dossier.showOrphanCorrections', showOrphans),
  );
  return service;
}

/** The last argument when it is an options object (menus pass the document's URI first). */
function optionsOf<T extends object>(args: readonly unknown[]): Partial<T> {
  const last = args[args.length - 1];
  return typeof last === 'object' && last !== null && !(last instanceof vscode.Uri) ? (last as Partial<T>) : {};
}

function same(a: Correction, b: Correction): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function lastIndexOf(list: readonly Correction[], correction: Correction): number {
  for (let i = list.length - 1; i >= 0; i--) if (same(list[i], correction)) return i;
  return -1;
}

interface EditorTarget {
  readonly editor: vscode.TextEditor;
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
}

async function editorTarget(models: DocumentModels): Promise<EditorTarget | undefined> {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && (await models.get(editor.document));
  if (!editor || !analysis) {
    void vscode.window.showInformationMessage('Dossier: open a plain-text or Markdown document to correct it.');
    return undefined;
  }
  return { editor, document: editor.document, analysis };
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/u;
const EDGE_MARKS = /^[\s"“”«»„'‘’(),;:[\]]+|[\s"“”«»„'‘’(),;:[\]]+$/gu;

/** The name of the entity an item of the Entities view stands for, when a command runs from its context menu. */
function entityNameOf(arg: unknown): string | undefined {
  const entity = typeof arg === 'object' && arg !== null && 'entity' in arg ? (arg as { entity: unknown }).entity : undefined;
  const name = typeof entity === 'object' && entity !== null && 'name' in entity ? (entity as { name: unknown }).name : undefined;
  return typeof name === 'string' ? name : undefined;
}

/**
 * The name to correct: the entity of the Entities view item the command was run on, else the
 * selection, else the name Dossier found at the cursor, else the word there.
 */
async function nameTarget(models: DocumentModels, args: readonly unknown[]): Promise<(EditorTarget & { name: string }) | undefined> {
  const target = await editorTarget(models);
  if (!target) return undefined;
  const { editor, document, analysis } = target;
  const offset = document.offsetAt(editor.selection.active);
  let name = args.map(entityNameOf).find((n) => n !== undefined);
  if (name !== undefined) name = normalizeSpace(name);
  else if (!editor.selection.isEmpty) name = normalizeSpace(document.getText(editor.selection).replace(EDGE_MARKS, '').replace(/['’]s$/u, ''));
  else {
    const mention = analysis.mentions.find((m) => m.start <= offset && offset <= m.end);
    const word = document.getWordRangeAtPosition(editor.selection.active, WORD);
    name = mention ? normalizeSpace(mention.text) : word && document.getText(word);
  }
  if (!name) {
    void vscode.window.showInformationMessage('Dossier: put the cursor on a name, or select it, to correct it.');
    return undefined;
  }
  if (name.length > MAX_NAME_LENGTH) {
    void vscode.window.showInformationMessage('Dossier: select a name, not a passage, to correct it.');
    return undefined;
  }
  if (occurrences(document.getText(), name).length === 0) {
    void vscode.window.showWarningMessage(`Dossier: “${name}” is not a whole word here; select the whole name to correct it.`);
    return undefined;
  }
  return { ...target, name };
}

/** The quote at the cursor. */
async function quoteTarget(models: DocumentModels): Promise<(EditorTarget & { quote: Quote }) | undefined> {
  const target = await editorTarget(models);
  if (!target) return undefined;
  const offset = target.document.offsetAt(target.editor.selection.start);
  const quote = target.analysis.quotes.find((q) => q.start <= offset && offset <= q.end);
  if (!quote) {
    void vscode.window.showInformationMessage('Dossier: put the cursor inside a quote to set its speaker.');
    return undefined;
  }
  return { ...target, quote };
}

function byKindAndMentions(a: Entity, b: Entity): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

function entityItem(entity: Entity): vscode.QuickPickItem & { value: string } {
  return { label: entity.name, description: `${entity.kind}, ${plural(entity.mentions.length, 'mention')}`, detail: entity.aliases.length ? `also ${entity.aliases.join(', ')}` : undefined, value: entity.name };
}

async function pickEntity(analysis: Analysis, name: string): Promise<string | undefined> {
  const others = analysis.entities.filter((e) => e.name !== name && !e.mentions.every((m) => normalizeSpace(m.text) === name)).sort(byKindAndMentions);
  if (others.length === 0) {
    void vscode.window.showInformationMessage('Dossier: this document has no other entity to merge with.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(others.map(entityItem), { title: `Merge “${name}” with…`, placeHolder: `“${name}” becomes another name of the entity you pick`, matchOnDescription: true });
  return picked?.value;
}

/** A speaker's name, null for nobody, or undefined when the user cancelled. */
async function pickSpeaker(analysis: Analysis, quote: Quote): Promise<string | null | undefined> {
  const OTHER = '\u0000other';
  const NOBODY = '\u0000nobody';
  const items: (vscode.QuickPickItem & { value: string })[] = [
    ...[...analysis.entities].filter((e) => e.kind !== 'place').sort(byKindAndMentions).map(entityItem),
    { label: '', kind: vscode.QuickPickItemKind.Separator, value: '' },
    { label: '$(circle-slash) Nobody', description: 'nobody is quoted (a scare quote or a title)', value: NOBODY },
    { label: '$(edit) Another name…', description: 'a speaker Dossier did not find', value: OTHER },
  ];
  const current = quote.speaker?.name;
  const picked = await vscode.window.showQuickPick(items, { title: 'Set Speaker of This Quote', placeHolder: current ? `Now credited to ${current}` : 'Now unattributed' });
  if (!picked) return undefined;
  if (picked.value === NOBODY) return null;
  if (picked.value !== OTHER) return picked.value;
  const typed = await vscode.window.showInputBox({ title: 'Set Speaker of This Quote', prompt: 'Who said it?', validateInput: (v) => (v.trim() ? undefined : 'Type a name') });
  return typed?.trim() || undefined;
}
