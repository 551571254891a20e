// Interview transcripts: "Q: …" / "A: …" and "TRUMP: …" lines, which are quotes without marks.
import type { Entity, Span } from '../../model/model';

/** A quote span as speakingTurns reads it (find's QuoteSpan, which this module must not import: find imports it). */
interface NestedSpan extends Span {
  readonly depth: number;
  readonly label?: Span;
}

/**
 * A label that opens a paragraph and names who speaks in it: "Q:", "Answer:", a name or role in
 * capitals ("JAKE TAPPER:", "SEN. KAINE:", "REPORTER:"), or up to three capitalised words as
 * magazines print them ("Okafor:", "The Atlantic:") before a capital, then the words spoken.
 */
const TURN_LABEL = /^(?:(Q|A|Question|Answer|\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:\*{1,2}|_{1,2})?:(?:\*{1,2}|_{1,2})?[ \t]+(?=\S)|(\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){0,2})(?:\*{1,2}|_{1,2})?:(?:\*{1,2}|_{1,2})?[ \t]+(?=[\p{Lu}\p{N}"“‘'(]))/u;

/** A book's heading before its title ("BOOK FOUR: 1806", "FIRST EPILOGUE: 1813", "Chapter 3: The Storm"): nobody speaking. */
const BOOK_HEADING = /^(?:(?:first|second|third|fourth|fifth|last|final)\s+)?(?:book|part|chapter|volume|act|scene|section|epilogue|prologue|appendix)\b/i;

/** Labels for the one who asks and the one who answers, when the transcript names neither. */
const QUESTION_LABELS = new Set(['Q', 'Question']);
const ANSWER_LABELS = new Set(['A', 'Answer']);

/** Labels in capitals that name a role rather than a person, and still speak in a transcript. */
const ROLE_LABELS = new Set(['REPORTER', 'REPORTERS', 'INTERVIEWER', 'MODERATOR', 'HOST', 'ANCHOR', 'AUDIENCE', 'AUDIENCE MEMBER', 'QUESTIONER', 'PANELIST']);

/** The label opening text[start…] ("TRUMP" of "TRUMP: We will…") and where the words spoken start, or undefined. */
export function turnLabelAt(text: string, start: number, reach: number): { label: Span; from: number } | undefined {
  // Markdown sets labels in bold or italics: "**Okafor:** I wanted…", "__Q__: Why?".
  let at = start;
  while (at < start + 2 && (text[at] === '*' || text[at] === '_')) at++;
  if (at > start && text[at] === text[start]) return undefined; // a third mark: a rule or a list, no label
  // Every label opens with a capital: most paragraphs are ruled out without a pattern.
  const code = text.charCodeAt(at);
  if (code < 0x41 || (code > 0x5a && code < 0x80)) return undefined;
  const found = TURN_LABEL.exec(text.slice(at, start + reach));
  // A label as magazines print it ("Okafor:") opens a sentence: "Note: the vote is Tuesday." is no turn.
  if (!found || BOOK_HEADING.test(found[1] ?? found[2])) return undefined;
  return { label: { start: at, end: at + (found[1] ?? found[2]).length }, from: at + found[0].length };
}

/**
 * What a turn's label is: the one asking ("Q:") or answering ("A:") in an interview, a role
 * ("REPORTER:"), or else a name ("TRUMP:").
 */
export function labelKind(label: string): 'question' | 'answer' | 'role' | 'name' {
  if (QUESTION_LABELS.has(label)) return 'question';
  if (ANSWER_LABELS.has(label)) return 'answer';
  return ROLE_LABELS.has(label.toUpperCase()) ? 'role' : 'name';
}

/** How many line breaks may separate two turns of one conversation. */
const MAX_BREAKS_BETWEEN_TURNS = 6;

/**
 * The spans with only the transcript turns whose label can speak: Q or A, a role, a person the
 * document names outside the labels ("TRUMP" of Donald Trump), or a name that takes turns with
 * another label nearby ("TAPPER:" … "FALLIN:"). A label not in capitals ("Okafor:") must do both:
 * name a person or an organization of the document, and take turns, as "Note:" or "Pros:" do not.
 * "UPDATE: …" and "BYLINE: …" are notes, not turns: their span goes, and the quotes inside them
 * are the writer's own again, one level less deep. The same array when every turn stays.
 */
export function speakingTurns<T extends NestedSpan>(text: string, spans: readonly T[], entities: readonly Entity[]): readonly T[] {
  const turns = spans.filter((span) => span.label);
  if (!turns.length) return spans;
  const named = namedOutsideLabels(text, entities);
  const titled = namesOutsideLabels(text, entities);
  const labelOf = (turn: T | undefined): string | undefined => turn?.label && text.slice(turn.label.start, turn.label.end);
  const speaking = new Set<T>();
  turns.forEach((turn, k) => {
    const label = labelOf(turn) as string;
    const answered = (other: T | undefined, from: number, to: number): boolean =>
      other !== undefined && labelOf(other) !== label && breaksBetween(text, from, to) <= MAX_BREAKS_BETWEEN_TURNS;
    const takesTurns = answered(turns[k - 1], turns[k - 1]?.end, turn.start) || answered(turns[k + 1], turn.end, turns[k + 1]?.start);
    if (/\p{Ll}/u.test(label) && !QUESTION_LABELS.has(label) && !ANSWER_LABELS.has(label)) {
      const namesSomeone = labelKind(label) === 'role' || titled.has(label.toLowerCase()) || named.has(lastWordOf(label).toLowerCase()) || writtenOutsideLabels(text, label);
      if (takesTurns && namesSomeone) speaking.add(turn);
    } else if (labelKind(label) !== 'name' || named.has(lastWordOf(label).toLowerCase()) || takesTurns) speaking.add(turn);
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

/** The names and aliases (lower case, without a leading "the") of the people and organizations the document mentions other than as a label. */
function namesOutsideLabels(text: string, entities: readonly Entity[]): Set<string> {
  const names = new Set<string>();
  for (const entity of entities) {
    if ((entity.kind !== 'person' && entity.kind !== 'organization') || entity.mentions.every((mention) => text[mention.end] === ':')) continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const lower = name.toLowerCase();
      names.add(lower);
      names.add(lower.startsWith('the ') ? lower.slice(4) : `the ${lower}`);
    }
  }
  return names;
}

/** Whether the document writes the label's words other than as a label ("an interview with The Atlantic"): a name the recogniser may have missed. */
function writtenOutsideLabels(text: string, label: string): boolean {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    if (text[at + label.length] !== ':' && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + label.length] ?? '')) return true;
  }
  return false;
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
