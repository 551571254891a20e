// Go to Symbol in Workspace (Ctrl+T) over a merged folder: the entities whose name or an alias
// matches the query, then the quotes that do. A folder of ten thousand articles has some sixty
// thousand names and a hundred thousand quotes, and the editor asks again at each keystroke:
// each is ruled out by the letters it lacks (see lettersOf) before its text is searched.
import type { EntityQuote, WorkspaceEntity } from './merge';
import { lettersOf, matcher } from './symbolMatch';

export interface SymbolTable {
  /** The merged index's entities, in its order (the most named first). */
  readonly entities: readonly WorkspaceEntity[];
  /** The letters of each entity's name and aliases together. */
  readonly nameLetters: Uint32Array;
  /** The letters of each quote, entity by entity, in the order of the entities and their quotes. */
  readonly quoteLetters: Uint32Array;
}

export interface SymbolHit {
  readonly entity: WorkspaceEntity;
  /** The entity's quote that matched; absent when the entity's name or an alias did. */
  readonly quote?: EntityQuote;
}

/** How many names and quotes the table's building reads between two pauses (see symbolTableInSteps): a few milliseconds. */
const TEXTS_PER_STEP = 2_000;

export function symbolTable(entities: readonly WorkspaceEntity[]): SymbolTable {
  const steps = symbolTableInSteps(entities);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The table built in steps, pausing every TEXTS_PER_STEP names and quotes, like the merge it follows
 * (workspaceInSteps): reading every quote of a large folder takes longer than the editor may wait.
 */
export function* symbolTableInSteps(entities: readonly WorkspaceEntity[]): Generator<void, SymbolTable> {
  const nameLetters = new Uint32Array(entities.length);
  const quoteLetters = new Uint32Array(entities.reduce((sum, e) => sum + e.quotes.length, 0));
  let quoteAt = 0;
  let read = 0;
  for (let i = 0; i < entities.length; i++) {
    const { name, aliases, quotes } = entities[i];
    nameLetters[i] = aliases.reduce((letters, alias) => letters | lettersOf(alias), lettersOf(name));
    for (const quote of quotes) quoteLetters[quoteAt++] = lettersOf(quote.text);
    read += 1 + quotes.length;
    if (read >= TEXTS_PER_STEP) {
      read = 0;
      yield;
    }
  }
  return { entities, nameLetters, quoteLetters };
}

/** The entities the query matches, then the quotes, lazily: the caller stops when it has enough. */
export function* matchingSymbols(table: SymbolTable, query: string): Generator<SymbolHit> {
  const matches = matcher(query);
  const wanted = lettersOf(query);
  const has = (letters: number): boolean => (letters & wanted) === wanted;
  const { entities, nameLetters, quoteLetters } = table;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i];
    if (has(nameLetters[i]) && (matches(entity.name) || entity.aliases.some(matches))) yield { entity };
  }
  let quoteAt = 0;
  for (const entity of entities) {
    for (const quote of entity.quotes) {
      if (has(quoteLetters[quoteAt++]) && matches(quote.text)) yield { entity, quote };
    }
  }
}
