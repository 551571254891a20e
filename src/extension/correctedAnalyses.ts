// The reader's corrections applied over each document's analysis, kept until the analysis or the
// corrections change: the views ask for a document's model many times a second (peek), and the
// corrections pass, though linear, reads the whole text. No vscode import: it is unit-tested directly.
import { applyCorrections } from '../core/corrections/applyCorrections';
import type { Correction } from '../core/corrections/corrections';
import type { Analysis } from '../core/model/model';

export class CorrectedAnalyses {
  /** For each document, the corrected analysis and the raw analysis and list it was made from. */
  private readonly cache = new Map<string, { readonly raw: Analysis; readonly list: readonly Correction[]; readonly analysis: Analysis }>();

  /**
   * `raw` with `list` applied. The same raw analysis and the same list (the same array: a source
   * gives a new one whenever the corrections change) give back the same object, and `text` is
   * read only when it is not cached. With no corrections, the raw analysis itself.
   */
  of(key: string, raw: Analysis, list: readonly Correction[], text: () => string): Analysis {
    if (list.length === 0) return raw;
    const cached = this.cache.get(key);
    if (cached && cached.raw === raw && cached.list === list) return cached.analysis;
    const analysis = applyCorrections(text(), raw, list);
    this.cache.set(key, { raw, list, analysis });
    return analysis;
  }

  forget(key: string): void {
    this.cache.delete(key);
  }

  clear(): void {
    this.cache.clear();
  }
}
