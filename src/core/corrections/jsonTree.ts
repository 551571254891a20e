// A JSON file as a tree that keeps where each value starts, so a file a person edits by hand can
// be reported with the line and column of what is wrong. jsonc-parser (the parser VS Code itself
// uses for its settings files) does the parsing; this turns its first error into a sentence, and
// refuses what it lets through but a corrections file must not hold: comments, trailing commas
// and the same key twice.
//
// It is imported by its ES module build: the package's main entry is a UMD wrapper whose inner
// requires a bundler cannot follow.

import { findNodeAtOffset, parseTree, ParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';

export type JsonNode =
  | { readonly type: 'object'; readonly offset: number; readonly properties: readonly JsonProperty[] }
  | { readonly type: 'array'; readonly offset: number; readonly items: readonly JsonNode[] }
  | { readonly type: 'string'; readonly offset: number; readonly value: string }
  | { readonly type: 'number'; readonly offset: number; readonly value: number }
  | { readonly type: 'boolean'; readonly offset: number; readonly value: boolean }
  | { readonly type: 'null'; readonly offset: number };

export interface JsonProperty {
  readonly key: string;
  readonly keyOffset: number;
  readonly value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Parse `text` as one strict JSON value; throws JsonSyntaxError at the first fault. */
export function parseJsonTree(text: string): JsonNode {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) throw syntaxError(text, root, errors[0]);
  if (!root) throw new JsonSyntaxError('unexpected end of file: a value is missing', text.length);
  return toJsonNode(root);
}

/** 1-based line and column (in UTF-16 code units) of an offset; \r\n, \n and \r end lines. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** What jsonc-parser expected where a code says something is missing. */
const EXPECTED: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.ValueExpected]: 'a value',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes',
  [ParseErrorCode.ColonExpected]: '":"',
  [ParseErrorCode.CloseBraceExpected]: '"}"',
  [ParseErrorCode.CloseBracketExpected]: '"]"',
};

/** The first fault as a sentence, at the offset a person should look at. */
function syntaxError(text: string, root: Node | undefined, error: ParseError): JsonSyntaxError {
  const { offset } = error;
  const at = text[offset];
  switch (error.error) {
    case ParseErrorCode.InvalidCommentToken:
      return new JsonSyntaxError('comments are not allowed in JSON', offset);
    case ParseErrorCode.UnexpectedEndOfString:
      return new JsonSyntaxError('unterminated string', offset);
    case ParseErrorCode.InvalidCharacter:
      return new JsonSyntaxError('control character in string (escape it, e.g. \\n)', offset);
    case ParseErrorCode.InvalidEscapeCharacter:
    case ParseErrorCode.InvalidUnicode:
      return new JsonSyntaxError('invalid escape in string', offset);
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return new JsonSyntaxError('invalid number', offset);
    case ParseErrorCode.EndOfFileExpected:
      return new JsonSyntaxError('unexpected text after the end of the JSON value', offset);
  }
  if (root && at !== undefined && offset >= root.offset + root.length) return new JsonSyntaxError('unexpected text after the end of the JSON value', offset);
  const comma = trailingComma(text, offset);
  if (comma !== undefined) return new JsonSyntaxError(`trailing comma before "${at}"`, comma);
  const expected = error.error === ParseErrorCode.CommaExpected ? `"," or "${closerAt(root, offset)}"` : EXPECTED[error.error] ?? 'a value';
  return new JsonSyntaxError(at === undefined ? `unexpected end of file: ${expected} is expected` : `unexpected character ${JSON.stringify(at)}: ${expected} is expected`, offset);
}

/** The comma just before a closing bracket at `offset`, if that is what stands there. */
function trailingComma(text: string, offset: number): number | undefined {
  if (text[offset] !== '}' && text[offset] !== ']') return undefined;
  let before = offset - 1;
  while (before >= 0 && ' \t\n\r'.includes(text[before])) before--;
  return text[before] === ',' ? before : undefined;
}

/** The bracket that closes the object or list that `offset` is inside (not one starting there). */
function closerAt(root: Node | undefined, offset: number): string {
  let node = root && findNodeAtOffset(root, offset);
  while (node && !((node.type === 'object' || node.type === 'array') && node.offset < offset)) node = node.parent;
  return node?.type === 'array' ? ']' : '}';
}

/** jsonc-parser's node as a JsonNode; the same key twice in an object is a fault. */
function toJsonNode(node: Node): JsonNode {
  const { offset } = node;
  switch (node.type) {
    case 'object': {
      const seen = new Set<string>();
      const properties = (node.children ?? []).map((property) => {
        const [keyNode, valueNode] = property.children ?? [];
        const key = keyNode.value as string;
        if (seen.has(key)) throw new JsonSyntaxError(`duplicate property "${key}"`, keyNode.offset);
        seen.add(key);
        return { key, keyOffset: keyNode.offset, value: toJsonNode(valueNode) };
      });
      return { type: 'object', offset, properties };
    }
    case 'array':
      return { type: 'array', offset, items: (node.children ?? []).map(toJsonNode) };
    case 'string':
      return { type: 'string', offset, value: node.value as string };
    case 'number':
      return { type: 'number', offset, value: node.value as number };
    case 'boolean':
      return { type: 'boolean', offset, value: node.value as boolean };
    default:
      return { type: 'null', offset };
  }
}
