// A strict JSON parser (RFC 8259) that keeps where each value starts, so a file a person edits by
// hand can be reported with the line and column of what is wrong. JSON.parse only says "at
// position N" in an engine-dependent message and loses the positions of valid values.

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

/** Parse `text` as one JSON value; throws JsonSyntaxError at the first fault. */
export function parseJsonTree(text: string): JsonNode {
  const parser = new Parser(text);
  parser.skipSpace();
  const node = parser.value();
  parser.skipSpace();
  if (parser.at < text.length) throw new JsonSyntaxError('unexpected text after the end of the JSON value', parser.at);
  return node;
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

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
  at = 0;

  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  value(): JsonNode {
    const offset = this.at;
    const ch = this.text[this.at];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return { type: 'string', offset, value: this.string() };
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const [word, node] of [['true', { type: 'boolean', offset, value: true }], ['false', { type: 'boolean', offset, value: false }], ['null', { type: 'null', offset }]] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return node;
      }
    }
    if (ch === undefined) throw new JsonSyntaxError('unexpected end of file: a value is missing', offset);
    if (ch === '/') throw new JsonSyntaxError('comments are not allowed in JSON', offset);
    throw new JsonSyntaxError(`unexpected character ${JSON.stringify(ch)}: a value is expected`, offset);
  }

  private object(): JsonNode {
    const offset = this.at++;
    const properties: JsonProperty[] = [];
    const seen = new Set<string>();
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return { type: 'object', offset, properties };
    }
    for (;;) {
      this.skipSpace();
      const keyOffset = this.at;
      if (this.text[this.at] !== '"') throw this.expected('a property name in double quotes');
      const key = this.string();
      if (seen.has(key)) throw new JsonSyntaxError(`duplicate property "${key}"`, keyOffset);
      seen.add(key);
      this.skipSpace();
      if (this.text[this.at] !== ':') throw this.expected('":"');
      this.at++;
      this.skipSpace();
      properties.push({ key, keyOffset, value: this.value() });
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === '}') return { type: 'object', offset, properties };
      if (next !== ',') {
        this.at--;
        throw this.expected('"," or "}"');
      }
      const comma = this.at - 1;
      this.skipSpace();
      if (this.text[this.at] === '}') throw new JsonSyntaxError('trailing comma before "}"', comma);
    }
  }

  private array(): JsonNode {
    const offset = this.at++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return { type: 'array', offset, items };
    }
    for (;;) {
      this.skipSpace();
      items.push(this.value());
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === ']') return { type: 'array', offset, items };
      if (next !== ',') {
        this.at--;
        throw this.expected('"," or "]"');
      }
      const comma = this.at - 1;
      this.skipSpace();
      if (this.text[this.at] === ']') throw new JsonSyntaxError('trailing comma before "]"', comma);
    }
  }

  private string(): string {
    const start = this.at++;
    let value = '';
    for (;;) {
      const ch = this.text[this.at];
      if (ch === undefined) throw new JsonSyntaxError('unterminated string', start);
      if (ch === '"') {
        this.at++;
        return value;
      }
      if (ch < ' ') throw new JsonSyntaxError('control character in string (escape it, e.g. \\n)', this.at);
      if (ch !== '\\') {
        value += ch;
        this.at++;
        continue;
      }
      const escape = this.text[this.at + 1];
      if (escape === 'u') {
        const hex = this.text.slice(this.at + 2, this.at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonSyntaxError('invalid \\u escape', this.at);
        value += String.fromCharCode(parseInt(hex, 16));
        this.at += 6;
      } else if (escape !== undefined && escape in ESCAPES) {
        value += ESCAPES[escape];
        this.at += 2;
      } else throw new JsonSyntaxError('invalid escape in string', this.at);
    }
  }

  private number(): JsonNode {
    const offset = this.at;
    NUMBER.lastIndex = offset;
    const match = NUMBER.exec(this.text);
    if (!match) throw new JsonSyntaxError('invalid number', offset);
    this.at += match[0].length;
    return { type: 'number', offset, value: Number(match[0]) };
  }

  private expected(what: string): JsonSyntaxError {
    const ch = this.text[this.at];
    return new JsonSyntaxError(ch === undefined ? `unexpected end of file: ${what} is expected` : `unexpected character ${JSON.stringify(ch)}: ${what} is expected`, this.at);
  }
}
