// Interview transcripts: "Q: …" / "A: …" and "TRUMP: …" lines, which are quotes without marks.
import type { Entity, Span } from '../../model/model';

/** A quote span as speakingTurns reads it (find's QuoteSpan, which this module must not import: find imports it). */
interface NestedSpan extends Span {
  readonly depth: number;
  readonly label?: Span;
}

/**
 * A label that opens a paragraph and names who speaks in it: "Q:", "Answer:", or a name or role in
 * capitals ("JAKE TAPPER:", "SEN. KAINE:", "REPORTER:"), then the words spoken.
 */
const TURN_LABEL = /^(Q|A|Question|Answer|\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?):[ \t]+(?=\S)/u;

/** Labels for the one who asks and the one who answers, when the transcript names neither. */
const QUESTION_LABELS = new Set(['Q', 'Question']);
const ANSWER_LABELS = new Set(['A', 'Answer']);

/** Labels in capitals that name a role rather than a person, and still speak in a transcript. */
const ROLE_LABELS = new Set(['REPORTER', 'REPORTERS', 'INTERVIEWER', 'MODERATOR', 'HOST', 'ANCHOR', 'AUDIENCE', 'AUDIENCE MEMBER', 'QUESTIONER', 'PANELIST']);

/** The label opening text[start…] ("TRUMP" of "TRUMP: We will…") and where the words spoken start, or undefined. */
export function turnLabelAt(text: string, start: number, reach: number): { label: Span; from: number } | undefined {
  // Every label opens with a capital: most paragraphs are ruled out without a pattern.
  const code = text.charCodeAt(start);
  if (code < 0x41 || (code > 0x5a && code < 0x80)) return undefined;
  const found = TURN_LABEL.exec(text.slice(start, start + reach));
  return found ? { label: { start, end: start + found[1].length }, from: start + found[0].length } : undefined;
}

/**
 * What a turn's label is: the one asking ("Q:") or answering ("A:") in an interview, a role
 * ("REPORTER:"), or else a name ("TRUMP:").
 */
export function labelKind(label: string): 'question' | 'answer' | 'role' | 'name' {
  if (QUESTION_LABELS.has(label)) return 'question';
  if (ANSWER_LABELS.has(label)) return 'answer';
  return ROLE_LABELS.has(label) ? 'role' : 'name';
}

/** How many line breaks may separate two turns of one conversation. */
const MAX_BREAKS_BETWEEN_TURNS = 6;

/**
 * The spans with only the transcript turns whose label can speak: Q or A, a role, a person the
 * document names outside the labels ("TRUMP" of Donald Trump), or a name that takes turns with
 * another label nearby ("TAPPER:" … "FALLIN:"). "UPDATE: …" and "BYLINE: …" are notes, not turns:
 * their span goes, and the quotes inside them are the writer's own again, one level less deep. The
 * same array when every turn stays.
 */
export function speakingTurns<T extends NestedSpan>(text: string, spans: readonly T[], entities: readonly Entity[]): readonly T[] {
  const turns = spans.filter((span) => span.label);
  if (!turns.length) return spans;
  const named = namedOutsideLabels(text, entities);
  const labelOf = (turn: T | undefined): string | undefined => turn?.label && text.slice(turn.label.start, turn.label.end);
  const speaking = new Set<T>();
  turns.forEach((turn, k) => {
    const label = labelOf(turn) as string;
    const answered = (other: T | undefined, from: number, to: number): boolean =>
      other !== undefined && labelOf(other) !== label && breaksBetween(text, from, to) <= MAX_BREAKS_BETWEEN_TURNS;
    if (labelKind(label) !== 'name' || named.has(lastWordOf(label).toLowerCase()) || answered(turns[k - 1], turns[k - 1]?.end, turn.start) || answered(turns[k + 1], turn.end, turns[k + 1]?.start)) speaking.add(turn);
  });
  if (speaking.size === turns.length) return spans;
  const kept: T[] = [];
  let droppedEnd = -1;
  for (const span of spans) {
    if (span.label && !speaking.has(span)) droppedEnd = span.end;
    else kept.push(span.start < droppedEnd ? { ...span, depth: span.depth - 1 } : span);
  }
  return kept;
}

/** The words (lower case) of the names of people the document mentions other than as a turn's label. */
function namedOutsideLabels(text: string, entities: readonly Entity[]): Set<string> {
  const words = new Set<string>();
  for (const entity of entities) {
    if (entity.kind !== 'person' || entity.mentions.every((mention) => text[mention.end] === ':')) continue;
    for (const name of [entity.name, ...entity.aliases]) for (const word of name.toLowerCase().split(/\s+/)) words.add(word);
  }
  return words;
}

function lastWordOf(label: string): string {
  return label.split(/\s+/).pop() ?? label;
}

/** How many line breaks text[from, to) holds, counted up to one more than two turns may have between them. */
function breaksBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to && breaks <= MAX_BREAKS_BETWEEN_TURNS; i = text.indexOf('\n', i + 1)) breaks++;
  return breaks;
}
