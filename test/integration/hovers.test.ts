import * as assert from 'assert';
import * as vscode from 'vscode';
import { commandLinkArgs, decorated, hoverText, offsetOf, openFixture, positionIn } from './helpers';
import { SAMPLE, gold } from './gold';

async function hoverAt(editor: vscode.TextEditor, position: vscode.Position): Promise<string> {
  await decorated(editor);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  return hoverText(hovers);
}

describe('hovers', () => {
  it('on “Putin”: his full name, and links to his three quotes', async () => {
    const editor = await openFixture(SAMPLE);
    const text = await hoverAt(editor, positionIn(editor.document, 'Putin', 1));
    assert.match(text, /\*\*Vladimir Putin\*\* · person · _Russian President_/);
    assert.match(text, /also “Putin” · 6 mentions/);
    const links = commandLinkArgs(text, 'dossier.revealRange').map(([, start]) => start);
    for (const quote of gold().quotes.filter((q) => q.speaker === 'Vladimir Putin')) {
      assert.ok(links.includes(quote.start), `links to the quote at ${quote.start}`);
    }
    assert.match(text, /\*\*3 quotes\*\*/);
  });

  it('on a name: kind, mention count, first mention in context and the three command links', async () => {
    const editor = await openFixture(SAMPLE);
    const text = await hoverAt(editor, positionIn(editor.document, 'Moscow', 2));
    assert.match(text, /\*\*Moscow\*\* · place/);
    assert.match(text, /4 mentions/);
    assert.match(text, /first on .*line 1.*\*\*Moscow\*\*/);
    const uri = editor.document.uri.toString();
    const first = offsetOf(editor.document, 'Moscow');
    for (const command of ['dossier.findAllMentions', 'dossier.goToFirstMention', 'dossier.revealInSidebar']) {
      assert.deepStrictEqual(commandLinkArgs(text, command), [[uri, first]], command);
    }
  });

  it('on “Xi”: Xi Jinping with his ten mentions', async () => {
    const editor = await openFixture(SAMPLE);
    const text = await hoverAt(editor, positionIn(editor.document, 'Xi is visiting'));
    assert.match(text, /\*\*Xi Jinping\*\*/);
    assert.match(text, /10 mentions/);
  });

  it('on “Xi”: his first five quotes of six, in order, and how many more there are', async () => {
    const editor = await openFixture(SAMPLE);
    const text = await hoverAt(editor, positionIn(editor.document, 'Xi is visiting'));
    const xiQuotes = gold().quotes.filter((q) => q.speaker === 'Xi Jinping').map((q) => q.start);
    assert.strictEqual(xiQuotes.length, 6);
    const links = commandLinkArgs(text, 'dossier.revealRange').map(([, start]) => start);
    assert.deepStrictEqual(links.filter((start) => xiQuotes.includes(start as number)), xiQuotes.slice(0, 5));
    assert.match(text, /\*\*6 quotes\*\*/);
    assert.match(text, /and 1 more: Reveal in Sidebar lists them all/);
  });

  it('on a quote: its number, and links to the previous and next quote', async () => {
    const editor = await openFixture(SAMPLE);
    const quotes = gold().quotes;
    const text = await hoverAt(editor, editor.document.positionAt(quotes[2].start + 5));
    assert.match(text, /3 of 14/);
    const targets = commandLinkArgs(text, 'dossier.revealRange').map(([, start]) => start);
    assert.ok(targets.includes(quotes[1].start), 'links to the previous quote');
    assert.ok(targets.includes(quotes[3].start), 'links to the next quote');
  });

  it('on a quote: the speaker with verb and outlet, and a link to the speaker', async () => {
    const editor = await openFixture(SAMPLE);
    const quote = gold().quotes[11];
    const text = await hoverAt(editor, editor.document.positionAt(quote.start + 5));
    assert.match(text, /Quote 12 of 14 — \*\*Vladimir Putin\*\* said, via RT/);
    const speaker = commandLinkArgs(text, 'dossier.revealRange').find(([, start]) => editor.document.getText().slice(start as number, (start as number) + 5) === 'Putin');
    assert.ok(speaker, 'links to the speaker');
  });

  it('on a quote: how an inferred speaker was found, and no such words for a named one', async () => {
    const editor = await openFixture(SAMPLE);
    const quotes = gold().quotes;
    // “…” after “he said” in the same sentence: Xi Jinping from the pronoun.
    const fromHe = await hoverAt(editor, editor.document.positionAt(quotes[0].start + 5));
    assert.match(fromHe, /\*\*Xi Jinping\*\* declared — from ‘he’ \(75% sure\)/);
    // The last Putin quote has no attribution of its own: it continues the paragraph before.
    const continued = await hoverAt(editor, editor.document.positionAt(quotes[13].start + 5));
    assert.match(continued, /\*\*Vladimir Putin\*\* said — continuing ‘Putin’, one paragraph earlier \(\d+% sure\)/);
    const named = await hoverAt(editor, editor.document.positionAt(quotes[11].start + 5));
    assert.doesNotMatch(named, /sure\)/);
  });

  it('on a scare quote: says it is nobody’s words', async () => {
    const editor = await openFixture(SAMPLE);
    const text = await hoverAt(editor, positionIn(editor.document, 'Victory Parade'));
    assert.match(text, /Scare quote 2 of 14 — set off in quotation marks/);
  });

  it('on a plain word: nothing', async () => {
    const editor = await openFixture(SAMPLE);
    assert.strictEqual(await hoverAt(editor, positionIn(editor.document, 'lengthy')), '');
  });
});
