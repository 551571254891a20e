import * as assert from 'assert';
import type { Correction } from '../../src/core/corrections/corrections';
import { CORRECTION_FIELDS, describeProblem, formatCorrectionsFile, parseCorrectionsFile, parseCorrectionsValue } from '../../src/core/corrections/correctionsFormat';
import { JsonSyntaxError, lineAndColumn, parseJsonTree } from '../../src/core/corrections/jsonTree';
import { ENTITY_KINDS } from '../../src/core/model/model';
import * as fs from 'fs';
import * as path from 'path';

const EXAMPLE = `{
  "version": 1,
  "corrections": [
    { "action": "markAs", "name": "Xi Jinping", "kind": "person" },
    { "action": "notEntity", "name": "Victory" },
    { "action": "merge", "name": "Xi", "into": "Xi Jinping" },
    { "action": "setSpeaker", "quote": "“This responds to the call of our time”", "speaker": "Xi Jinping" },
    { "action": "setSpeaker", "quote": "“drinking poison.”", "speaker": null }
  ]
}
`;

const EXAMPLE_CORRECTIONS: Correction[] = [
  { action: 'markAs', name: 'Xi Jinping', kind: 'person' },
  { action: 'notEntity', name: 'Victory' },
  { action: 'merge', name: 'Xi', into: 'Xi Jinping' },
  { action: 'setSpeaker', quote: '“This responds to the call of our time”', speaker: 'Xi Jinping' },
  { action: 'setSpeaker', quote: '“drinking poison.”', speaker: null },
];

describe('corrections file', () => {
  it('reads the documented example', () => {
    assert.deepStrictEqual(parseCorrectionsFile(EXAMPLE), { ok: true, document: { corrections: EXAMPLE_CORRECTIONS } });
  });

  it('writes exactly the documented example: one correction per line, keys in a fixed order', () => {
    const shuffled = EXAMPLE_CORRECTIONS.map((c) => Object.fromEntries(Object.entries(c).reverse()) as Correction);
    assert.strictEqual(formatCorrectionsFile({ corrections: shuffled }), EXAMPLE);
  });

  it('writes an empty list on one line', () => {
    assert.strictEqual(formatCorrectionsFile({ corrections: [] }), '{\n  "version": 1,\n  "corrections": []\n}\n');
  });

  it('keeps a $schema the author added', () => {
    const text = formatCorrectionsFile({ schema: './schema.json', corrections: [{ action: 'notEntity', name: 'A' }] });
    assert.deepStrictEqual(parseCorrectionsFile(text), { ok: true, document: { schema: './schema.json', corrections: [{ action: 'notEntity', name: 'A' }] } });
    assert.ok(text.startsWith('{\n  "$schema": "./schema.json",\n'));
  });

  it('reads an empty file as no corrections', () => {
    assert.deepStrictEqual(parseCorrectionsFile(' \n'), { ok: true, document: { corrections: [] } });
  });

  it('round-trips names with quotes, backslashes and non-Latin letters', () => {
    const corrections: Correction[] = [{ action: 'markAs', name: 'Ђорђе "Đole" \\ Петровић 😀', kind: 'person' }];
    assert.deepStrictEqual(parseCorrectionsFile(formatCorrectionsFile({ corrections })), { ok: true, document: { corrections } });
  });

  const faults: { name: string; text: string; expected: string[] }[] = [
    { name: 'a missing comma', text: '{\n  "corrections": [\n    { "action": "notEntity" "name": "A" }\n  ]\n}', expected: ['line 3, column 29: unexpected character "\\"": "," or "}" is expected'] },
    { name: 'a trailing comma', text: '{"corrections": [{"action": "notEntity", "name": "A"},]}', expected: ['line 1, column 54: trailing comma before "]"'] },
    { name: 'a comment', text: '{\n// mine\n"corrections": []}', expected: ['line 2, column 1: comments are not allowed in JSON'] },
    { name: 'a cut-off file', text: '{"corrections": [', expected: ['line 1, column 18: unexpected end of file: "]" is expected'] },
    { name: 'an unterminated string', text: '{"corrections": [{"action": "notEnt', expected: ['line 1, column 29: unterminated string'] },
    { name: 'a duplicate key', text: '{"corrections": [], "corrections": []}', expected: ['line 1, column 21: duplicate property "corrections"'] },
    { name: 'a duplicate key inside a correction', text: '{"corrections": [\n  {"action": "notEntity", "name": "A", "name": "B"}\n]}', expected: ['line 2, column 40: duplicate property "name"'] },
    { name: 'a bad escape', text: '{"corrections": ["\\q"]}', expected: ['line 1, column 18: invalid escape in string'] },
    { name: 'a number cut off after its point', text: '{"version": 1., "corrections": []}', expected: ['line 1, column 13: invalid number'] },
    { name: 'a number cut off after its exponent', text: '{"version": 1e, "corrections": []}', expected: ['line 1, column 13: invalid number'] },
    { name: 'a missing colon', text: '{"corrections" []}', expected: ['line 1, column 16: unexpected character "[": ":" is expected'] },
    { name: 'a missing comma in a list', text: '{"corrections": [{} {}]}', expected: ['line 1, column 21: unexpected character "{": "," or "]" is expected'] },
    { name: 'text after the value', text: '{"corrections": []} x', expected: ['line 1, column 21: unexpected text after the end of the JSON value'] },
    { name: 'CRLF line endings count as one line break', text: '{\r\n\r\n  "corrections": [}', expected: ['line 3, column 19: unexpected character "}": a value is expected'] },
    { name: 'a control character in a string', text: '{"corrections": ["a\tb"]}', expected: ['line 1, column 18: control character in string (escape it, e.g. \\n)'] },
    { name: 'text right after the value', text: '{"corrections": []}x', expected: ['line 1, column 20: unexpected text after the end of the JSON value'] },
    { name: 'a closing brace too many', text: '{"corrections": []}}', expected: ['line 1, column 20: unexpected text after the end of the JSON value'] },
    { name: 'a word that is no value', text: '{"corrections": [x]}', expected: ['line 1, column 18: unexpected character "x": a value is expected'] },
    { name: 'a trailing comma before a brace, spaces and a line break between', text: '{"corrections": [] ,\n}', expected: ['line 1, column 20: trailing comma before "}"'] },
    { name: 'a comma before a word that is no value (no trailing comma)', text: '{"corrections": [{}, x]}', expected: ['line 1, column 22: unexpected character "x": a value is expected'] },
    { name: 'a lone carriage return as a line break', text: '{\r"corrections" []}', expected: ['line 2, column 15: unexpected character "[": ":" is expected'] },
    { name: 'a $schema that is no string', text: '{"$schema": 1, "corrections": []}', expected: ['line 1, column 13: "$schema" must be a string'] },
    { name: 'a name of spaces only', text: '{"corrections": [{"action": "notEntity", "name": " \\t "}]}', expected: ['line 1, column 50: "name" must be a non-empty string'] },
    { name: 'a speaker that is false, not null', text: '{"corrections": [{"action": "setSpeaker", "quote": "“E”", "speaker": false}]}', expected: ['line 1, column 70: "speaker" must be a non-empty string'] },
    { name: 'a list instead of an object', text: '[]', expected: ['line 1, column 1: the file must hold an object with a "corrections" list'] },
    { name: 'no corrections list', text: '{"version": 1}', expected: ['line 1, column 1: the "corrections" list is missing'] },
    { name: 'a wrong version', text: '{"version": 2, "corrections": []}', expected: ['line 1, column 13: "version" must be 1'] },
    { name: 'an unknown top-level key', text: '{"corections": []}', expected: ['line 1, column 16: unknown property "corections" (expected "version" and "corrections")', 'line 1, column 1: the "corrections" list is missing'] },
    {
      name: 'every fault in the list, each at its value',
      text: '{"corrections": [\n  {"action": "markAs", "name": "A", "kind": "animal"},\n  {"action": "rename", "name": "B"},\n  {"name": "C"},\n  {"action": "merge", "name": "", "into": "D", "why": 1},\n  {"action": "setSpeaker", "quote": "“E”"},\n  "F"\n]}',
      expected: [
        'line 2, column 45: "kind" must be one of person, place, organization',
        'line 3, column 14: "action" must be one of markAs, notEntity, merge, setSpeaker',
        'line 4, column 3: "action" is missing (one of markAs, notEntity, merge, setSpeaker)',
        'line 5, column 55: unknown property "why" for "merge" (expected "name", "into")',
        'line 5, column 31: "name" must be a non-empty string',
        'line 6, column 3: "speaker" is missing',
        'line 7, column 3: a correction must be an object',
      ],
    },
  ];
  for (const { name, text, expected } of faults) {
    it(`reports ${name} with its line and column`, () => {
      const parsed = parseCorrectionsFile(text);
      assert.ok(!parsed.ok, 'the file is refused');
      assert.deepStrictEqual(parsed.problems.map(describeProblem), expected);
    });
  }
});

describe('where a corrections file is wrong', () => {
  // The path names the value at fault, for the Problems view and for settings, where there is no line.
  const cases: { text: string; paths: string[] }[] = [
    { text: '{"corrections": [', paths: [''] },
    { text: '[]', paths: [''] },
    { text: '{"version": 1}', paths: [''] },
    { text: '{"version": 2, "corrections": []}', paths: ['version'] },
    { text: '{"$schema": 1, "corrections": []}', paths: ['$schema'] },
    { text: '{"corrections": {}}', paths: ['corrections'] },
    { text: '{"corrections": [{"action": "rename"}]}', paths: ['corrections[0].action'] },
    { text: '{"corrections": [{"action": "notEntity", "name": "A", "why": 1}]}', paths: ['corrections[0].why'] },
    { text: '{"corrections": [{"action": "notEntity", "name": ""}]}', paths: ['corrections[0].name'] },
    { text: '{"corrections": [{"action": "markAs", "name": "A", "kind": "animal"}]}', paths: ['corrections[0].kind'] },
    { text: '{"corrections": [{"action": "markAs", "name": "A"}]}', paths: ['corrections[0]'] },
    { text: '{"corrections": [{"action": "notEntity"}, 3]}', paths: ['corrections[0]', 'corrections[1]'] },
  ];
  for (const { text, paths } of cases) {
    it(`${text} is wrong at ${JSON.stringify(paths)}`, () => {
      const parsed = parseCorrectionsFile(text);
      assert.ok(!parsed.ok, 'the file is refused');
      assert.deepStrictEqual(parsed.problems.map((p) => p.path), paths);
    });
  }
});

describe('lineAndColumn', () => {
  const cases: { text: string; offset: number; expected: { line: number; column: number } }[] = [
    { text: 'ab', offset: 0, expected: { line: 1, column: 1 } },
    { text: 'a\nb', offset: 1, expected: { line: 1, column: 2 } },
    { text: 'a\nb', offset: 2, expected: { line: 2, column: 1 } },
    { text: 'a\r\nb', offset: 1, expected: { line: 1, column: 2 } },
    { text: 'a\r\nb', offset: 3, expected: { line: 2, column: 1 } },
    { text: 'a\rb', offset: 2, expected: { line: 2, column: 1 } },
    { text: 'a\n\n', offset: 3, expected: { line: 3, column: 1 } },
  ];
  for (const { text, offset, expected } of cases) {
    it(`offset ${offset} of ${JSON.stringify(text)} is line ${expected.line}, column ${expected.column}`, () => assert.deepStrictEqual(lineAndColumn(text, offset), expected));
  }
});

describe('parseJsonTree', () => {
  it('refuses a text with no value, at its end', () => {
    assert.throws(() => parseJsonTree(' \n'), (error: unknown) => error instanceof JsonSyntaxError && error.message === 'unexpected end of file: a value is expected' && error.offset === 2);
  });
});

describe('corrections in settings', () => {
  it('reads a valid list', () => {
    assert.deepStrictEqual(parseCorrectionsValue([{ action: 'notEntity', name: 'A' }]), { ok: true, document: { corrections: [{ action: 'notEntity', name: 'A' }] } });
  });

  it('names the faulty entry by its path, having no positions', () => {
    const parsed = parseCorrectionsValue([{ action: 'notEntity', name: 'A' }, { action: 'markAs', name: 'B' }], 'dossier.corrections');
    assert.ok(!parsed.ok);
    assert.deepStrictEqual(parsed.problems.map(describeProblem), ['dossier.corrections[1]: "kind" must be one of person, place, organization']);
  });

  it('gives each problem the path of the value at fault, and no position', () => {
    const parsed = parseCorrectionsValue([{ action: 'notEntity', name: 'A' }, { action: 'markAs', name: 'B' }, 'x', { action: 'merge', name: 'C', into: 2 }], 'dossier.corrections');
    assert.deepStrictEqual(parsed, {
      ok: false,
      problems: [
        { message: '"kind" must be one of person, place, organization', path: 'dossier.corrections[1]' },
        { message: 'a correction must be an object', path: 'dossier.corrections[2]' },
        { message: '"into" must be a non-empty string', path: 'dossier.corrections[3].into' },
      ],
    });
  });

  it('refuses what is not a list', () => {
    const parsed = parseCorrectionsValue({ action: 'notEntity' });
    assert.ok(!parsed.ok);
    assert.deepStrictEqual(parsed.problems.map(describeProblem), ['corrections: "corrections" must be a list']);
  });
});

describe('the JSON schema contributed for .vscode/dossier.json', () => {
  type Branch = { required: string[]; properties: { action: { const: string }; kind?: { enum: string[] } } };
  // The suite runs from out/test/unit.
  const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../schemas/dossier.schema.json'), 'utf8'));
  const branches = schema.definitions.correction.oneOf as Branch[];

  it('knows the same actions as the reader', () => {
    assert.deepStrictEqual(schema.definitions.correction.properties.action.enum, Object.keys(CORRECTION_FIELDS));
    assert.deepStrictEqual(branches.map((b) => b.properties.action.const), Object.keys(CORRECTION_FIELDS));
  });

  it('requires the same fields as the reader, for each action', () => {
    for (const branch of branches) {
      const action = branch.properties.action.const as keyof typeof CORRECTION_FIELDS;
      assert.deepStrictEqual(branch.required, ['action', ...CORRECTION_FIELDS[action]], action);
      assert.deepStrictEqual(Object.keys(branch.properties), ['action', ...CORRECTION_FIELDS[action]], action);
    }
  });

  it('knows the same entity kinds as the model', () => {
    assert.deepStrictEqual(branches[0].properties.kind?.enum, ENTITY_KINDS);
  });
});
