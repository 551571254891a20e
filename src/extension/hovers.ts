import * as vscode from 'vscode';
import { SURE_OF_KIND, type Analysis, type Entity, type EntityKind, type Quote } from '../core/model/model';
import { entityById, mentionAt, quoteAt, quotesBy } from '../core/model/navigation';
import { quoteNumber, speakerName } from '../core/model/quoteLabels';
import { basisPhrase, confidenceLabel } from '../core/model/speakerBasis';
import { excerptIn, lineAt } from './documentText';
import { clip, flat, plural } from './labels';
import { commandLink, HOVER_COMMANDS, rangeOf, revealLink } from './links';
import type { ShownAnalyses } from './shownAnalyses';

export const KIND_ICONS: Record<EntityKind, string> = { person: 'person', place: 'location', organization: 'organization' };

/** Text shown as itself inside Markdown. */
export const escape = (text: string): string => text.replace(/[\\`*_{}[\]<>()#+\-!|~]/g, '\\$&');

/**
 * A word in the colour of its kind's underline, so the hover's header is the colour key. VS Code
 * lets hovers colour a span with a theme colour's CSS variable, and nothing else.
 */
const inKindColour = (kind: EntityKind, text: string): string => `<span style="color:var(--vscode-dossier-${kind}Color);">${text}</span>`;

function markdown(value: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(value, true);
  result.supportHtml = true;
  result.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return result;
}

/**
 * Quotes listed in a name's hover. A novel's main character says hundreds of things; a hover that
 * lists them all is a wall of links, so the rest are counted and left to the sidebar.
 */
const HOVER_QUOTES = 5;

/** The kind as the hover names it: "person", or "person? (62% sure of the kind)" where the model hesitated. */
export function kindLabel(entity: Entity): string {
  const sure = entity.kindConfidence;
  return sure === undefined || sure >= SURE_OF_KIND ? entity.kind : `${entity.kind}? (${Math.round(sure * 100)}% sure of the kind)`;
}

/** Who a name is, where it first appears and what they said, with ways to go further. */
export function entityHover(document: vscode.TextDocument, analysis: Analysis, entity: Entity): vscode.MarkdownString {
  const line = (offset: number): number => lineAt(document, offset);
  const uri = document.uri.toString();
  const anchor = entity.firstMention.start;
  const title = [`$(${KIND_ICONS[entity.kind]}) **${escape(entity.name)}**`, inKindColour(entity.kind, kindLabel(entity)), ...entity.roles.map((role) => `_${escape(role)}_`)];
  const facts = [plural(entity.mentions.length, 'mention')];
  if (entity.aliases.length > 0) facts.unshift(`also ${entity.aliases.map((alias) => `“${escape(alias)}”`).join(', ')}`);
  const first = entity.firstMention;
  const context = excerptIn(document, first, 60);
  const lines = [
    title.join(' · '),
    '',
    `${facts.join(' · ')} · first on ${revealLink(`line ${line(first.start) + 1}`, document, first.start, first.end)}: ${escape(context.before)}**${escape(context.match)}**${escape(context.after)}`,
  ];
  const quotes = quotesBy(analysis, entity);
  if (quotes.length > 0) {
    lines.push('', `**${plural(quotes.length, 'quote')}**`, '');
    for (const quote of quotes.slice(0, HOVER_QUOTES)) {
      lines.push(`- ${revealLink(clip(flat(quote.text), 70), document, quote.start, quote.end, `Go to line ${line(quote.start) + 1}`)}`);
    }
    if (quotes.length > HOVER_QUOTES) lines.push(`- _and ${quotes.length - HOVER_QUOTES} more: Reveal in Sidebar lists them all_`);
  }
  lines.push('', '---', '', [
    commandLink('Find All Mentions', 'dossier.findAllMentions', [uri, anchor]),
    commandLink('Go to First Mention', 'dossier.goToFirstMention', [uri, anchor]),
    commandLink('Reveal in Sidebar', 'dossier.revealInSidebar', [uri, anchor]),
  ].join(' · '));
  return markdown(lines.join('\n'));
}

const KIND_OF_QUOTE: Record<Quote['kind'], string> = { direct: 'Quote', fragment: 'Quoted phrase', scare: 'Scare quote' };

/** Who said it, how and where it was carried, and the quotes around it. */
export function quoteHover(document: vscode.TextDocument, analysis: Analysis, quote: Quote): vscode.MarkdownString {
  const index = analysis.quotes.indexOf(quote);
  const total = analysis.quotes.length;
  const { number, of } = quoteNumber(analysis, quote);
  let credit: string;
  if (quote.kind === 'scare') credit = 'set off in quotation marks, nobody’s words';
  else if (!quote.speaker) credit = 'unattributed';
  else {
    credit = `**${escape(speakerName(analysis, quote) ?? '')}**${quote.verb ? ` ${escape(quote.verb)}` : ''}`;
    // An inferred speaker says how it was found, so the reader can weigh it.
    const basis = basisPhrase((start, end) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))), quote);
    if (basis) credit += ` — ${escape(basis)} (${confidenceLabel(quote.speaker)} sure)`;
  }
  if (quote.reportedBy) credit += `, via ${escape(quote.reportedBy)}`;
  const links: string[] = [];
  const previous = analysis.quotes[(index - 1 + total) % total];
  const next = analysis.quotes[(index + 1) % total];
  if (total > 1) {
    links.push(revealLink('$(arrow-up) Previous quote', document, previous.start, previous.end), revealLink('Next quote $(arrow-down)', document, next.start, next.end));
  }
  if (quote.speaker) links.push(revealLink(`$(person) ${speakerName(analysis, quote)}`, document, quote.speaker.start, quote.speaker.end, 'Go to the speaker'));
  // Numbered as the status bar and the Quotes view count: scare quotes apart from quotes.
  const lines = [`$(quote) ${KIND_OF_QUOTE[quote.kind]} ${number} of ${of} — ${credit}`];
  if (links.length > 0) lines.push('', links.join(' · '));
  return markdown(lines.join('\n'));
}

/** Hovers on names and quotes; on a name inside a quote, both. */
export class DossierHoverProvider implements vscode.HoverProvider {
  constructor(private readonly shown: ShownAnalyses) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.shown.get(document, token);
    if (!analysis || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const mention = mentionAt(analysis, offset);
    // The end of a span counts as inside it for the cursor, not for the mouse.
    const entity = mention && offset < mention.end ? entityById(analysis, mention.entityId) : undefined;
    const found = quoteAt(analysis, offset);
    const quote = found && offset < found.end ? found : undefined;
    if (!mention || !entity) {
      return quote && new vscode.Hover(quoteHover(document, analysis, quote), rangeOf(document, quote.start, quote.end));
    }
    const contents = [entityHover(document, analysis, entity)];
    if (quote) contents.push(quoteHover(document, analysis, quote));
    return new vscode.Hover(contents, rangeOf(document, mention.start, mention.end));
  }
}
