import type { EntityKind, Span } from '../../src/core/model/model';

/** A gold name: document offsets and kind. */
export interface GoldName extends Span {
  readonly kind: EntityKind;
}

/** A labelled document as Dossier would read it: its text, a sentence a line, and its gold names. */
export interface GoldDocument {
  readonly text: string;
  readonly names: readonly GoldName[];
}

const KINDS: Record<string, EntityKind> = { PER: 'person', LOC: 'place', ORG: 'organization' };

interface Sentence {
  readonly words: { word: string; tag: string }[];
  /** The sentence as written, where the corpus gives it (Universal NER); else words joined by spaces. */
  readonly text?: string;
}

/**
 * Documents of a CoNLL-2003 file (IOB1, "-DOCSTART-" between documents) or a Universal NER file
 * (IOB2, "# newdoc" between documents). MISC and other types count as outside any name: Dossier
 * finds only people, places and organizations. Texts are built the way ../shared/eval/ner.mjs
 * builds them, so the model learns from text shaped like the text it is scored on; with
 * `detokenizeEvery` n, every n-th document is written as prose instead (proseOf).
 */
export function readLabelledDocuments(content: string, format: 'conll' | 'uner', { detokenizeEvery = 0 } = {}): GoldDocument[] {
  const documents: Sentence[][] = [];
  let document: Sentence[] = [];
  let words: { word: string; tag: string }[] = [];
  let text: string | undefined;
  const endSentence = (): void => {
    if (words.length) document.push({ words, text });
    words = [];
    text = undefined;
  };
  const endDocument = (): void => {
    endSentence();
    if (document.length) documents.push(document);
    document = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (format === 'conll' && line.startsWith('-DOCSTART-') || format === 'uner' && line.startsWith('# newdoc')) endDocument();
    else if (format === 'uner' && line.startsWith('# text =')) text = line.slice('# text ='.length).trim();
    else if (format === 'uner' && line.startsWith('#')) continue;
    else if (!line.trim()) endSentence();
    else if (format === 'conll') {
      const columns = line.trim().split(/\s+/);
      words.push({ word: columns[0], tag: columns[columns.length - 1] });
    } else {
      const columns = line.split('\t');
      words.push({ word: columns[1], tag: columns[2] });
    }
  }
  endDocument();
  return documents.map((d, k) => buildDocument(d, detokenizeEvery > 0 && k % detokenizeEvery === 0));
}

/** Words written against the word before them ("Trump's", "Moscow,"), or after them ("(Reuters"). */
const CLINGS_TO_PREVIOUS = /^(?:[,.:;?!)\]}%]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'')$/;
const CLINGS_TO_NEXT = /^(?:[(\[{$]|``)$/;

/**
 * A sentence's words as prose writes them: CoNLL-2003 puts a space between every two tokens
 * ("Trump 's", "Moscow ,"), which no ordinary text does; the model reads both shapes when half
 * the documents are written the prose way.
 */
export function proseOf(words: readonly string[]): string {
  let line = '';
  let quoteOpen = false;
  let glue = true;
  for (const word of words) {
    let before = !glue;
    let after = true;
    if (word === '"') {
      // An opening quote mark clings to the word after it, a closing one to the word before.
      if (quoteOpen) before = false;
      else after = false;
      quoteOpen = !quoteOpen;
    } else if (CLINGS_TO_PREVIOUS.test(word)) before = false;
    else if (CLINGS_TO_NEXT.test(word)) after = false;
    line += (before ? ' ' : '') + word;
    glue = !after;
  }
  return line;
}

function buildDocument(sentences: readonly Sentence[], prose: boolean): GoldDocument {
  let text = '';
  const names: GoldName[] = [];
  for (const sentence of sentences) {
    if (text) text += '\n';
    const base = text.length;
    const words = sentence.words.map((w) => w.word);
    const line = sentence.text ?? (prose ? proseOf(words) : words.join(' '));
    let cursor = 0;
    let open: { kind: EntityKind; type: string; start: number; end: number } | undefined;
    const close = (): void => {
      if (open) {
        const [start, end] = trimmed(line, open.start, open.end);
        if (end > start) names.push({ start: base + start, end: base + end, kind: open.kind });
      }
      open = undefined;
    };
    for (const { word, tag } of sentence.words) {
      const at = line.indexOf(word, cursor);
      const start = at < 0 ? cursor : at;
      const end = at < 0 ? cursor : at + word.length;
      cursor = end;
      const [bio, type] = tag === 'O' ? ['O', ''] : tag.split('-');
      const kind = KINDS[type];
      if (bio === 'O' || !kind) {
        close();
        continue;
      }
      if (bio === 'B' || !open || open.type !== type) {
        close();
        open = { kind, type, start, end };
      }
      open.end = end;
    }
    close();
    text += line;
  }
  return { text, names };
}

/** The span without leading and trailing characters that are neither letters nor digits, as the scorer trims. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  return [start, end];
}
