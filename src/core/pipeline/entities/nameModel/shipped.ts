import SHIPPED_WEIGHTS from './names.bin';
import { NameModel } from './model';
import { NameModelError, decodeWeights } from './weights';

/** A model from a weights file; throws NameModelError, with the reason, when the file cannot be used. */
export function loadNameModel(bytes: Uint8Array | undefined): NameModel {
  return new NameModel(decodeWeights(bytes));
}

/**
 * The model from a weights file, or null (after saying why on the console) when the file cannot
 * be used: names then come from the rules alone, as before the model, rather than not at all.
 */
export function nameModelOrRules(bytes: Uint8Array | undefined, warn: (message: string) => void = console.warn): NameModel | null {
  try {
    return loadNameModel(bytes);
  } catch (error) {
    if (!(error instanceof NameModelError)) throw error;
    warn(`${error.message} Dossier finds names with its rules alone.`);
    return null;
  }
}

let shipped: { model: NameModel | null } | undefined;

/** The model whose weights ship in the bundle (names.bin), loaded on first use. */
export function shippedNameModel(): NameModel | null {
  shipped ??= { model: nameModelOrRules(SHIPPED_WEIGHTS) };
  return shipped.model;
}
