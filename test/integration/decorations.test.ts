import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/pipeline/analyze';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';
import { decorated, dossier, eventually, openFixture, withSettings } from './helpers';
import { SAMPLE, gold } from './gold';

const offsets = (document: vscode.TextDocument, ranges: readonly vscode.Range[]): [number, number][] =>
  ranges.map((r) => [document.offsetAt(r.start), document.offsetAt(r.end)]);

describe('decorations', () => {
  it('marks every name by its kind and every quote, scare quotes apart, as the analysis says', async () => {
    const editor = await openFixture(SAMPLE);
    const applied = await decorated(editor);
    const analysis = analyze(editor.document.getText());
    for (const kind of ['person', 'place', 'organization'] as const) {
      // Names the model doubts (below dossier.names.minConfidence) are not shown.
      const shown = analysis.entities.filter((e) => e.kind === kind && (e.confidence ?? 1) >= DEFAULT_SETTINGS.minNameConfidence);
      const ids = new Set(shown.map((e) => e.id));
      const expected = analysis.mentions.filter((m) => ids.has(m.entityId)).map((m) => [m.start, m.end]);
      assert.deepStrictEqual(offsets(editor.document, applied[kind]), expected, kind);
    }
    const quotes = (scare: boolean) => analysis.quotes.filter((q) => (q.kind === 'scare') === scare).map((q) => [q.start, q.end]);
    assert.deepStrictEqual(offsets(editor.document, applied.quote), quotes(false));
    assert.deepStrictEqual(offsets(editor.document, applied.scareQuote), quotes(true));
    assert.strictEqual(applied.quote.length + applied.scareQuote.length, 14);
  });

  it('styles the gold scare quotes apart from real quotes', async () => {
    const editor = await openFixture(SAMPLE);
    const applied = await decorated(editor);
    const scare = offsets(editor.document, applied.scareQuote).map(([start]) => start);
    for (const quote of gold().quotes) {
      assert.strictEqual(scare.includes(quote.start), quote.kind === 'scare', `${quote.text} is ${quote.kind}`);
    }
  });

  it('applies a change of the kinds shown at once', async () => {
    const editor = await openFixture(SAMPLE);
    const api = await dossier();
    await decorated(editor);
    await withSettings({ 'decorations.kinds': ['quote'] }, async () => {
      await eventually(() => (api.decorationsOf(editor)?.person.length === 0 ? true : undefined), 'people undecorated');
      assert.strictEqual(api.decorationsOf(editor)?.place.length, 0);
      assert.ok((api.decorationsOf(editor)?.quote.length ?? 0) > 0, 'quotes stay');
    });
    await eventually(() => ((api.decorationsOf(editor)?.person.length ?? 0) > 0 ? true : undefined), 'people decorated again');
  });

  it('repaints with a new decoration style and removes everything when disabled', async () => {
    const editor = await openFixture(SAMPLE);
    const api = await dossier();
    const before = await decorated(editor);
    let previous = before;
    for (const style of ['highlight', 'text']) {
      await withSettings({ 'decorations.style': style }, async () => {
        const after = await eventually(() => (api.decorationsOf(editor) !== previous ? api.decorationsOf(editor) : undefined), `a repaint in the ${style} style`);
        assert.deepStrictEqual(after.person, before.person, `the same names, in the ${style} style`);
        previous = after;
      });
    }
    await withSettings({ enabled: false }, async () => {
      await eventually(() => (Object.values(api.decorationsOf(editor) ?? {}).every((r) => r.length === 0) ? true : undefined), 'no decorations');
      assert.strictEqual(api.statusBarText(), undefined);
    });
    await decorated(editor, 'decorations after re-enabling');
  });

  it('annotates a document over the size limit only when asked', async () => {
    const api = await dossier();
    await withSettings({ maxDocumentSize: 100 }, async () => {
      const content = 'Angela Merkel arrived in Berlin on Monday. “We are ready,” Merkel said.\n'.repeat(3);
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
      const editor = await vscode.window.showTextDocument(document);
      // Once Dossier has judged the document too large, nothing more happens on its own.
      await eventually(async () => ((await vscode.commands.executeCommand<{ state?: string }>('dossier.test.state', document.uri)).state === 'tooLarge' ? true : undefined), 'the document judged too large');
      assert.ok(Object.values(api.decorationsOf(editor) ?? {}).every((ranges) => ranges.length === 0), 'not decorated on its own');
      await vscode.commands.executeCommand('dossier.analyzeDocument');
      await decorated(editor, 'decorations after Analyze Document');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });

  it('labels attributed quotes with their speaker when asked', async () => {
    const editor = await openFixture(SAMPLE);
    const api = await dossier();
    await decorated(editor);
    await withSettings({ 'decorations.speakerLabels': true }, async () => {
      const labels = await eventually(() => {
        const applied = api.decorationsOf(editor);
        return applied && applied.speakerLabel.length + applied.inferredSpeakerLabel.length > 0 ? applied : undefined;
      }, 'speaker labels');
      const offsets = (ranges: readonly vscode.Range[]) => ranges.map((r) => editor.document.offsetAt(r.start));
      const labelled = offsets(labels.speakerLabel);
      const inferred = offsets(labels.inferredSpeakerLabel);
      // Labelled: a quote whose attribution is not right after it; not labelled: “…,” Putin said.
      // The last Putin quote continues the paragraph before: its label is the inferred kind.
      const lastPutin = gold().quotes[13];
      const putinSaid = gold().quotes[11];
      const pronounSpeakers = analyze(editor.document.getText()).quotes.flatMap((q) => (q.speaker?.how === 'pronoun' ? [q.speaker.start] : []));
      assert.ok(inferred.includes(lastPutin.end), `an inferred label after the quote ending at ${lastPutin.end}`);
      assert.ok(!labelled.includes(lastPutin.end), 'a continued speaker is not labelled as named');
      assert.ok(![...labelled, ...inferred].includes(putinSaid.end), 'no label where the attribution follows at once');
      const styledInferred = offsets(labels.inferredSpeaker);
      assert.ok(pronounSpeakers.length > 0 && pronounSpeakers.every((start) => styledInferred.includes(start)), 'each “he” that names a speaker is styled as inferred');
      assert.ok(pronounSpeakers.every((start) => !offsets(labels.speaker).includes(start)), 'and not as a named speaker');
    });
    await eventually(() => {
      const applied = api.decorationsOf(editor);
      return applied?.speakerLabel.length === 0 && applied.inferredSpeakerLabel.length === 0 ? true : undefined;
    }, 'labels gone');
  });

  it('annotates an untitled document and follows typing', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Angela Merkel arrived in Berlin on Monday.\n' });
    const editor = await vscode.window.showTextDocument(document);
    const api = await dossier();
    await decorated(editor);
    const people = (): string[] => (api.decorationsOf(editor)?.person ?? []).map((range) => document.getText(range));
    assert.deepStrictEqual(people(), ['Angela Merkel']);
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '“We will not give up,” Emmanuel Macron said in Paris.\n'));
    await eventually(() => (api.decorationsOf(editor)?.quote.length === 1 ? true : undefined), 'the typed quote decorated');
    assert.deepStrictEqual(people(), ['Angela Merkel', 'Emmanuel Macron'], 'the name typed is decorated, and the one before still is');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('annotates no code, link target or front matter in Markdown', async () => {
    const content = [
      '---', 'author: Boris Johnson', '---', '',
      'Angela Merkel met [Emmanuel Macron](https://example.org/Jacques_Chirac) in Paris.', '',
      '```', 'Olaf Scholz = 1', '```', '',
      '“We agree,” Merkel said. Run `Gordon Brown` later.', '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(document);
    const applied = await decorated(editor);
    const marked = [...applied.person, ...applied.place, ...applied.organization].map((r) => document.getText(r));
    for (const hidden of ['Boris', 'Johnson', 'Jacques', 'Chirac', 'Olaf', 'Scholz', 'Gordon', 'Brown']) {
      assert.ok(!marked.some((text) => text.includes(hidden)), `${hidden} is not decorated (decorated: ${marked.join(', ')})`);
    }
    assert.ok(marked.some((text) => text.includes('Paris')), `Paris is decorated (decorated: ${marked.join(', ')})`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
