// The corrections file (`.vscode/dossier.json`), read and written. People review it, edit it by
// hand and share it, so reading reports every fault with its line and column, and writing
// produces the same text for the same corrections: one correction per line, in a fixed key order.

import { ENTITY_KINDS, type EntityKind } from '../model/model';
import type { Correction, CorrectionAction } from './corrections';
import { JsonSyntaxError, lineAndColumn, parseJsonTree, type JsonNode } from './jsonTree';

export const CORRECTIONS_FILE_VERSION = 1;

/** What is wrong, and where: `path` names the value ("corrections[2].kind"); line and column are 1-based. */
export interface CorrectionsProblem {
  readonly message: string;
  readonly path: string;
  readonly offset?: number;
  readonly line?: number;
  readonly column?: number;
}

export interface CorrectionsDocument {
  readonly corrections: readonly Correction[];
  /** A `$schema` the author put in the file, kept when the file is rewritten. */
  readonly schema?: string;
}

export type ParsedCorrections =
  | { readonly ok: true; readonly document: CorrectionsDocument }
  | { readonly ok: false; readonly problems: readonly CorrectionsProblem[] };

/** Read the text of a corrections file. An empty file holds no corrections. */
export function parseCorrectionsFile(text: string): ParsedCorrections {
  if (text.trim() === '') return { ok: true, document: { corrections: [] } };
  let tree: JsonNode;
  try {
    tree = parseJsonTree(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, problems: [located(text, { message: error.message, path: '', offset: error.offset })] };
  }
  const problems: CorrectionsProblem[] = [];
  const document = readDocument(tree, problems);
  return problems.length ? { ok: false, problems: problems.map((p) => located(text, p)) } : { ok: true, document };
}

/** Check corrections that come as plain values (from user settings), where there are no positions. */
export function parseCorrectionsValue(value: unknown, path = 'corrections'): ParsedCorrections {
  const problems: CorrectionsProblem[] = [];
  const corrections = readList(toNode(value), path, problems);
  return problems.length ? { ok: false, problems } : { ok: true, document: { corrections } };
}

/** The canonical text of a corrections file. */
export function formatCorrectionsFile(document: CorrectionsDocument): string {
  const lines = document.corrections.map((c) => `    ${formatCorrection(c)}`);
  const header = [
    ...(document.schema === undefined ? [] : [`  "$schema": ${JSON.stringify(document.schema)},`]),
    `  "version": ${CORRECTIONS_FILE_VERSION},`,
  ];
  const list = lines.length ? `[\n${lines.join(',\n')}\n  ]` : '[]';
  return `{\n${header.join('\n')}\n  "corrections": ${list}\n}\n`;
}

/** One correction as one line of JSON, keys in a fixed order. */
export function formatCorrection(correction: Correction): string {
  const entries = Object.entries(canonical(correction)).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{ ${entries.join(', ')} }`;
}

/** A plain object with the keys in their canonical order, for settings and for the file. */
export function canonical(correction: Correction): Correction {
  switch (correction.action) {
    case 'markAs': return { action: 'markAs', name: correction.name, kind: correction.kind };
    case 'notEntity': return { action: 'notEntity', name: correction.name };
    case 'merge': return { action: 'merge', name: correction.name, into: correction.into };
    case 'setSpeaker': return { action: 'setSpeaker', quote: correction.quote, speaker: correction.speaker };
  }
}

/** "line 3, column 7: …" or "corrections[2]: …" when there is no position. */
export function describeProblem(problem: CorrectionsProblem): string {
  const where = problem.line === undefined ? problem.path : `line ${problem.line}, column ${problem.column}`;
  return where ? `${where}: ${problem.message}` : problem.message;
}

function located(text: string, problem: CorrectionsProblem): CorrectionsProblem {
  return problem.offset === undefined ? problem : { ...problem, ...lineAndColumn(text, problem.offset) };
}

/** The fields of each action, besides "action" itself. */
export const CORRECTION_FIELDS: Record<CorrectionAction, readonly string[]> = {
  markAs: ['name', 'kind'],
  notEntity: ['name'],
  merge: ['name', 'into'],
  setSpeaker: ['quote', 'speaker'],
};

function readDocument(tree: JsonNode, problems: CorrectionsProblem[]): CorrectionsDocument {
  if (tree.type !== 'object') {
    problems.push(problem('the file must hold an object with a "corrections" list', '', tree));
    return { corrections: [] };
  }
  let corrections: Correction[] = [];
  let schema: string | undefined;
  let found = false;
  for (const { key, value } of tree.properties) {
    if (key === 'corrections') {
      found = true;
      corrections = readList(value, 'corrections', problems);
    } else if (key === 'version') {
      if (value.type !== 'number' || value.value !== CORRECTIONS_FILE_VERSION) problems.push(problem(`"version" must be ${CORRECTIONS_FILE_VERSION}`, 'version', value));
    } else if (key === '$schema') {
      if (value.type === 'string') schema = value.value;
      else problems.push(problem('"$schema" must be a string', '$schema', value));
    } else problems.push(problem(`unknown property "${key}" (expected "version" and "corrections")`, key, value));
  }
  if (!found) problems.push(problem('the "corrections" list is missing', '', tree));
  return schema === undefined ? { corrections } : { corrections, schema };
}

function readList(node: JsonNode, path: string, problems: CorrectionsProblem[]): Correction[] {
  if (node.type !== 'array') {
    problems.push(problem('"corrections" must be a list', path, node));
    return [];
  }
  return node.items.flatMap((item, i) => {
    const correction = readCorrection(item, `${path}[${i}]`, problems);
    return correction ? [correction] : [];
  });
}

function readCorrection(node: JsonNode, path: string, problems: CorrectionsProblem[]): Correction | undefined {
  const before = problems.length;
  if (node.type !== 'object') {
    problems.push(problem('a correction must be an object', path, node));
    return undefined;
  }
  const fields = new Map(node.properties.map((p) => [p.key, p.value]));
  const actionNode = fields.get('action');
  if (!actionNode) {
    problems.push(problem(`"action" is missing (one of ${Object.keys(CORRECTION_FIELDS).join(', ')})`, path, node));
    return undefined;
  }
  if (actionNode.type !== 'string' || !(actionNode.value in CORRECTION_FIELDS)) {
    problems.push(problem(`"action" must be one of ${Object.keys(CORRECTION_FIELDS).join(', ')}`, `${path}.action`, actionNode));
    return undefined;
  }
  const action = actionNode.value as CorrectionAction;
  for (const { key, value } of node.properties) {
    if (key !== 'action' && !CORRECTION_FIELDS[action].includes(key)) problems.push(problem(`unknown property "${key}" for "${action}" (expected ${CORRECTION_FIELDS[action].map((f) => `"${f}"`).join(', ')})`, `${path}.${key}`, value));
  }
  const text = (key: string): string => {
    const value = fields.get(key);
    if (!value) problems.push(problem(`"${key}" is missing`, path, node));
    else if (value.type !== 'string' || value.value.trim() === '') problems.push(problem(`"${key}" must be a non-empty string`, `${path}.${key}`, value));
    else return value.value;
    return '';
  };
  let correction: Correction;
  if (action === 'markAs') {
    const name = text('name');
    const kindNode = fields.get('kind');
    const kind = kindNode?.type === 'string' && (ENTITY_KINDS as readonly string[]).includes(kindNode.value) ? (kindNode.value as EntityKind) : undefined;
    if (!kind) problems.push(problem(`"kind" must be one of ${ENTITY_KINDS.join(', ')}`, kindNode ? `${path}.kind` : path, kindNode ?? node));
    correction = { action, name, kind: kind ?? 'person' };
  } else if (action === 'notEntity') correction = { action, name: text('name') };
  else if (action === 'merge') correction = { action, name: text('name'), into: text('into') };
  else {
    const quote = text('quote');
    const speakerNode = fields.get('speaker');
    const speaker = speakerNode?.type === 'null' ? null : text('speaker');
    correction = { action, quote, speaker };
  }
  return problems.length === before ? correction : undefined;
}

function problem(message: string, path: string, node: JsonNode): CorrectionsProblem {
  return node.offset < 0 ? { message, path } : { message, path, offset: node.offset };
}

/** A plain value as a tree without positions, so settings are checked by the same rules. */
function toNode(value: unknown): JsonNode {
  const offset = -1;
  if (Array.isArray(value)) return { type: 'array', offset, items: value.map(toNode) };
  if (value === null) return { type: 'null', offset };
  if (typeof value === 'string') return { type: 'string', offset, value };
  if (typeof value === 'number') return { type: 'number', offset, value };
  if (typeof value === 'boolean') return { type: 'boolean', offset, value };
  if (typeof value === 'object') return { type: 'object', offset, properties: Object.entries(value).map(([key, v]) => ({ key, keyOffset: offset, value: toNode(v) })) };
  return { type: 'null', offset };
}
