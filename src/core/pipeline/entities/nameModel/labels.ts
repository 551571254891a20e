import type { EntityKind } from '../../../model/model';

/**
 * The model's tags over words, BIO style: outside any name, or the beginning or inside of a
 * person's, a place's or an organization's name. Label 0 is O; kind k has B at 1 + 2k, I at 2 + 2k.
 */
export const NAME_KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];
export const LABEL_COUNT = 1 + 2 * NAME_KINDS.length;
export const OUTSIDE = 0;

export function beginOf(kind: EntityKind): number {
  return 1 + 2 * NAME_KINDS.indexOf(kind);
}

export function isBegin(label: number): boolean {
  return label > 0 && label % 2 === 1;
}

/** The kind a B or I label names; undefined for O. */
export function kindOf(label: number): EntityKind | undefined {
  return label === OUTSIDE ? undefined : NAME_KINDS[(label - 1) >> 1];
}

/** Names for the labels ("B-person"), for features and error messages. */
export const LABEL_NAMES: readonly string[] = ['O', ...NAME_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])];

/**
 * Whether `next` may follow `previous` (-1 at the start of a sentence): an I continues only a name
 * of its own kind, so every decoded sequence reads as whole names.
 */
export function canFollow(previous: number, next: number): boolean {
  if (next === OUTSIDE || isBegin(next)) return true;
  return previous > 0 && (previous === next || previous === next - 1);
}

/** A labelled stretch of words: token indices, end inclusive. */
export interface LabelledSpan {
  readonly first: number;
  readonly last: number;
  readonly kind: EntityKind;
}

/** The names a valid label sequence spells out. */
export function spansOf(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const kind = kindOf(labels[i]);
    if (!kind) continue;
    let last = i;
    while (last + 1 < labels.length && labels[last + 1] === labels[i] + (isBegin(labels[i]) ? 1 : 0)) last++;
    spans.push({ first: i, last, kind });
    i = last;
  }
  return spans;
}

/** Labels spelling out the given spans over `length` words (the inverse of spansOf). */
export function labelsOf(spans: readonly LabelledSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    const begin = beginOf(span.kind);
    labels[span.first] = begin;
    for (let i = span.first + 1; i <= span.last; i++) labels[i] = begin + 1;
  }
  return labels;
}
