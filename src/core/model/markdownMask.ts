import type { Analysis, Span } from './model';
import { overlapsAny } from './spans';

// Markdown is prose with machinery in it. Names inside code, URLs and front matter are not the
// article's names, so the editor drops every finding that touches them.

const FRONT_MATTER_OPEN = /^(---|\+\+\+)[ \t]*\r?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;
const INLINE_PATTERNS: readonly RegExp[] = [
  /(`+)[^`][\s\S]*?\1(?!`)/g, // code spans, closed by a run of the same length
  /\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g, // link destinations and titles
  /\]\[[^\]\n]*\]/g, // reference link labels
  /<(?:[a-z][a-z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/gi, // autolinks
  /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"”’]/g, // bare URLs
  /<!--[\s\S]*?-->/g, // comments
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, // HTML tags (their text in between stays prose)
];

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** Front matter and fenced code blocks, whole lines each. */
function blockSpans(lines: readonly Line[]): Span[] {
  const spans: Span[] = [];
  let index = 0;
  const frontMatter = lines.length > 0 ? FRONT_MATTER_OPEN.exec(lines[0].text) : null;
  if (frontMatter) {
    const closers = frontMatter[1] === '---' ? ['---', '...'] : ['+++'];
    const close = lines.findIndex((line, i) => i > 0 && closers.includes(line.text.trim()));
    if (close !== -1) {
      spans.push({ start: 0, end: lines[close].end });
      index = close + 1;
    }
  }
  for (; index < lines.length; index++) {
    const open = FENCE.exec(lines[index].text);
    if (!open) continue;
    const marker = open[1];
    let close = index + 1;
    while (close < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[close].text)) close++;
    const last = lines[Math.min(close, lines.length - 1)];
    spans.push({ start: lines[index].start, end: last.end });
    index = close;
  }
  return spans;
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/**
 * The spans of a Markdown text that are not prose: front matter, fenced code blocks, code spans,
 * link destinations and reference definitions, autolinks and bare URLs, HTML tags and comments.
 * Sorted and disjoint.
 */
export function markdownExcludedSpans(text: string): Span[] {
  const blocks = merge(blockSpans(linesOf(text)));
  // Inline patterns run over the text with the blocks blanked out (same length, so offsets hold).
  let prose = text;
  for (const block of blocks) prose = prose.slice(0, block.start) + ' '.repeat(block.end - block.start) + prose.slice(block.end);
  const inline: Span[] = [];
  for (const match of prose.matchAll(REFERENCE_DEFINITION)) inline.push({ start: match.index, end: match.index + match[0].length });
  for (const pattern of INLINE_PATTERNS) {
    for (const match of prose.matchAll(pattern)) {
      // A link keeps its "]" in the text: that bracket closes the link's words.
      const skip = match[0].startsWith('](') || match[0].startsWith('][') ? 1 : 0;
      inline.push({ start: match.index + skip, end: match.index + match[0].length });
    }
  }
  return merge([...blocks, ...inline]);
}

/**
 * The analysis without the findings that touch an excluded span: mentions, quotes and values go,
 * and so does an entity left with no mention. A speaker named only inside excluded text is
 * dropped from its quote.
 */
export function withoutSpans(analysis: Analysis, excluded: readonly Span[]): Analysis {
  if (excluded.length === 0) return analysis;
  const keep = (span: Span): boolean => !overlapsAny(excluded, span);
  const entities = analysis.entities
    .map((entity) => {
      const mentions = entity.mentions.filter(keep);
      return { ...entity, mentions, firstMention: mentions[0] };
    })
    .filter((entity) => entity.mentions.length > 0);
  const kept = new Set(entities.map((entity) => entity.id));
  return {
    textLength: analysis.textLength,
    entities,
    mentions: analysis.mentions.filter((mention) => kept.has(mention.entityId) && keep(mention)),
    quotes: analysis.quotes.filter(keep).map((quote) => (quote.speaker && !keep(quote.speaker) ? { ...quote, speaker: null } : quote)),
    values: analysis.values.filter(keep),
  };
}
