// The model every Dossier feature reads. One immutable Analysis per document version.
// Offsets are UTF-16 code units (JavaScript string indices), end exclusive: the numbers
// `TextDocument.offsetAt` uses, so the editor never converts them.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The kinds a reader cares about; they are decorated, listed and scored. */
export type EntityKind = 'person' | 'place' | 'organization';

/** Carried in the model for context (hovers, exports) but not decorated as names. */
export type ValueKind = 'date' | 'money' | 'percent';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

/** The heading of each kind's list, in the views, pickers and reports. */
export const KIND_HEADINGS: Readonly<Record<EntityKind, string>> = { person: 'People', place: 'Places', organization: 'Organizations' };

export interface Mention extends Span {
  /** The id of the entity this mention refers to. */
  readonly entityId: string;
  /** The document text at [start, end). */
  readonly text: string;
  /**
   * How sure the name model is that this is a name of its entity's kind, 0 to 1 (a mention found
   * by the document pass takes its name's best). Absent on names the reader marked.
   */
  readonly confidence?: number;
}

export interface Entity {
  /** Stable within one analysis: e1, e2, … in order of first mention. */
  readonly id: string;
  readonly kind: EntityKind;
  /** The fullest form of the name found in the document ("Xi Jinping", not "Xi"). */
  readonly name: string;
  /** Other forms of the name found in the document, without the canonical name. */
  readonly aliases: readonly string[];
  /** Titles and descriptions collected from the text ("Russian President", "Vice-Premier"). */
  readonly roles: readonly string[];
  /** Every mention, in document order. */
  readonly mentions: readonly Mention[];
  /** Where the document first names the entity (the first of `mentions`). */
  readonly firstMention: Mention;
  /** The surest of its mentions' confidence; absent on entities the reader made. */
  readonly confidence?: number;
  /**
   * How sure the model is of the kind, if the words are a name (the mean over the mentions it
   * read): low where, say, person and organization compete. Absent on entities the reader made.
   */
  readonly kindConfidence?: number;
}

/** Below this kind confidence the model is unsure of a name's kind: the hover says the kind is a guess. */
export const SURE_OF_KIND = 0.75;

export interface Value extends Span {
  readonly kind: ValueKind;
  readonly text: string;
}

export type QuoteKind = 'direct' | 'fragment' | 'scare';

/**
 * How a quote's speaker was found: `explicit`, a name at the reporting verb (or set by the user);
 * `pronoun`, "he said" resolved to a person named before; `title`, a description ("the senator");
 * `turn`, taking turns in a conversation or an interview; `continuation`, the same speaker going
 * on in the next sentence or paragraph; `guess`, the nearest attribution with nothing tying it.
 */
export type SpeakerBasis = 'explicit' | 'pronoun' | 'title' | 'turn' | 'continuation' | 'guess';

export const SPEAKER_BASES: readonly SpeakerBasis[] = ['explicit', 'pronoun', 'title', 'turn', 'continuation', 'guess'];

export interface Speaker extends Span {
  /** The canonical name of the speaker (the entity's name when resolved). */
  readonly name: string;
  /** The resolved entity's id, when the speaker is a known entity. */
  readonly entityId?: string;
  /** How the speaker was found. */
  readonly how: SpeakerBasis;
  /** How sure the attribution is, from 0 to 1: what the way it was found is worth, less the further it had to reach. */
  readonly confidence: number;
}

export interface Quote extends Span {
  readonly kind: QuoteKind;
  /** The quoted text, marks included. */
  readonly text: string;
  /** Who the article credits, with the span of the words that name them at the attribution. */
  readonly speaker: Speaker | null;
  /** The reporting verb at the attribution ("said", "added", "according to"). */
  readonly verb?: string;
  /** The outlet the article credits for carrying the quote ("RT", "Tass"). */
  readonly reportedBy?: string;
}

export interface Analysis {
  /** Length of the analysed text, to check that the model matches a document. */
  readonly textLength: number;
  /** In order of first mention. */
  readonly entities: readonly Entity[];
  /** All entity mentions, in document order. */
  readonly mentions: readonly Mention[];
  /** In document order. */
  readonly quotes: readonly Quote[];
  /** Dates and quantities, in document order. */
  readonly values: readonly Value[];
}
