import type { Correction } from '../../core/corrections/corrections';
import { clip } from '../labels';

const QUOTE_PREVIEW = 60;

/** A correction in words, for pickers and messages: “Xi” is a person. */
export function describeCorrection(correction: Correction): string {
  switch (correction.action) {
    case 'markAs': return `“${correction.name}” is ${correction.kind === 'organization' ? 'an' : 'a'} ${correction.kind}`;
    case 'notEntity': return `“${correction.name}” is not an entity`;
    case 'merge': return `“${correction.name}” is another name of “${correction.into}”`;
    case 'setSpeaker': return `${clip(correction.quote, QUOTE_PREVIEW)} was said by ${correction.speaker ?? 'nobody'}`;
  }
}
