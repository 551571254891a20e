import type { Correction } from '../../core/corrections/corrections';

const QUOTE_PREVIEW = 60;

/** A correction in words, for pickers and messages: “Xi” is a person. */
export function describeCorrection(correction: Correction): string {
  switch (correction.action) {
    case 'markAs': return `“${correction.name}” is ${correction.kind === 'organization' ? 'an' : 'a'} ${correction.kind}`;
    case 'notEntity': return `“${correction.name}” is not an entity`;
    case 'merge': return `“${correction.name}” is another name of “${correction.into}”`;
    case 'setSpeaker': return `${preview(correction.quote)} was said by ${correction.speaker ?? 'nobody'}`;
  }
}

function preview(quote: string): string {
  return quote.length <= QUOTE_PREVIEW ? quote : `${quote.slice(0, QUOTE_PREVIEW - 1)}…`;
}
