import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/pipeline/analyze';
import { decorated, openFixture, positionIn, shownByDefault } from './helpers';
import { SAMPLE, gold } from './gold';

/** Where the locations in this document start (the workspace index adds the other files' mentions). */
const starts = (document: vscode.TextDocument, locations: readonly { range: vscode.Range; uri?: vscode.Uri }[]): number[] =>
  locations.filter((l) => !l.uri || l.uri.toString() === document.uri.toString()).map((l) => document.offsetAt(l.range.start)).sort((a, b) => a - b);

describe('language features', () => {
  it('lists the entities and quotes as document symbols', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const analysis = shownByDefault(editor.document.getText());
    const names = symbols.filter((s) => s.kind !== vscode.SymbolKind.String).map((s) => s.name).sort();
    assert.deepStrictEqual(names, analysis.entities.map((e) => e.name).sort());
    assert.strictEqual(symbols.filter((s) => s.kind === vscode.SymbolKind.String).length, analysis.quotes.length);
    const ordered = symbols.map((s) => editor.document.offsetAt(s.range.start));
    assert.deepStrictEqual(ordered, [...ordered].sort((a, b) => a - b), 'in document order');
  });

  it('lists the gold people among the symbols', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    for (const person of gold().entities.filter((e) => e.kind === 'person')) {
      assert.ok(symbols.some((s) => s.name === person.name), `${person.name} is a symbol`);
    }
  });

  it('finds all references of every mention of an entity, from any of them', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const analysis = analyze(editor.document.getText());
    const moscow = analysis.entities.find((e) => e.name === 'Moscow');
    assert.ok(moscow);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionIn(editor.document, 'Moscow', 3));
    assert.deepStrictEqual(starts(editor.document, locations), moscow.mentions.map((m) => m.start));
  });

  it('Find All References on “Xi” returns all ten mentions', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionIn(editor.document, 'Xi is visiting'));
    const xi = gold().entities.find((e) => e.name === 'Xi Jinping');
    assert.deepStrictEqual(starts(editor.document, locations), xi?.mentions.map((m) => m.start));
  });

  it('goes from an alias to the first full mention', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, positionIn(editor.document, 'Putin clasping'));
    assert.strictEqual(definitions.length, 1);
    const target = 'targetRange' in definitions[0] ? definitions[0].targetRange : definitions[0].range;
    assert.strictEqual(editor.document.getText(target), 'Vladimir Putin');
  });

  it('highlights every mention of the entity at the cursor', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const analysis = analyze(editor.document.getText());
    const position = positionIn(editor.document, 'Ukraine', 2);
    const entity = analysis.entities.find((e) => e.mentions.some((m) => m.start === editor.document.offsetAt(position) - 1));
    assert.ok(entity, 'Ukraine is an entity');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, position);
    assert.deepStrictEqual(starts(editor.document, highlights), entity.mentions.map((m) => m.start));
  });

  it('offers nothing away from names', async () => {
    const editor = await openFixture(SAMPLE);
    await decorated(editor);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionIn(editor.document, 'lengthy'));
    assert.deepStrictEqual(locations, []);
  });
});
