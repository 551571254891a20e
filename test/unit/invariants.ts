// What every analysis must satisfy, whatever the text: shared by the property and hostile-input tests.
import * as assert from 'assert';
import type { Analysis, Span } from '../../src/core/model/model';

/** Opening and closing quotation marks in the scripts Dossier reads. */
const QUOTE_MARKS = /["'“”„‟«»‹›‘’‚「」『』]/;

export function assertValidAnalysis(text: string, analysis: Analysis): void {
  assert.strictEqual(analysis.textLength, text.length, 'textLength is the text length');
  const checkSpan = (span: Span, what: string): void => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
    assert.ok(span.start >= 0 && span.end <= text.length, `${what} [${span.start}, ${span.end}) lies inside the text (${text.length})`);
    assert.ok(span.start < span.end, `${what} [${span.start}, ${span.end}) is not empty`);
    assert.ok(!isLowSurrogate(text.charCodeAt(span.start)), `${what} does not start inside a surrogate pair`);
    assert.ok(!isLowSurrogate(text.charCodeAt(span.end)), `${what} does not end inside a surrogate pair`);
  };
  const ids = new Set(analysis.entities.map((e) => e.id));
  for (const mention of analysis.mentions) {
    checkSpan(mention, `mention "${mention.text}"`);
    assert.strictEqual(mention.text, text.slice(mention.start, mention.end), 'a mention is the text at its span');
    assert.ok(ids.has(mention.entityId), `mention "${mention.text}" belongs to an entity`);
  }
  assertInOrder(analysis.mentions, 'mentions');
  for (const entity of analysis.entities) {
    assert.ok(entity.mentions.length > 0, `entity ${entity.name} has mentions`);
    for (const mention of entity.mentions) assert.strictEqual(mention.entityId, entity.id, 'an entity lists only its own mentions');
  }
  for (const quote of analysis.quotes) {
    checkSpan(quote, `quote ${JSON.stringify(quote.text.slice(0, 40))}`);
    assert.strictEqual(quote.text, text.slice(quote.start, quote.end), 'a quote is the text at its span');
    assert.match(text[quote.start], QUOTE_MARKS, `quote at ${quote.start} starts on a quote mark`);
    // A mark left open closes at the end of its paragraph (the news convention for quotes that
    // run on) or where the next quote opens, so a quote ends on a mark, at a line end, or before a mark.
    assert.ok(QUOTE_MARKS.test(text[quote.end - 1]) || /^\s*(?:[\r\n]|$|["“„«‘‹「『])/.test(text.slice(quote.end, quote.end + 64)),
      `quote at ${quote.start} ends on a quote mark, at the end of its paragraph or before the next quote`);
    if (quote.speaker) {
      checkSpan(quote.speaker, `speaker of the quote at ${quote.start}`);
      if (quote.speaker.entityId !== undefined) assert.ok(ids.has(quote.speaker.entityId), 'a speaker entity exists');
    }
  }
  assertInOrder(analysis.quotes, 'quotes');
  for (const value of analysis.values) {
    checkSpan(value, `value "${value.text}"`);
    assert.strictEqual(value.text, text.slice(value.start, value.end), 'a value is the text at its span');
  }
}

function assertInOrder(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].start <= spans[i].start, `${what} are in document order`);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
