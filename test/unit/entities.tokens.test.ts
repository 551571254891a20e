// The words of paragraphs as the entity pipeline reads them, with every field, compared with a
// committed expected file: offsets, the marks around each word, and the flags that the rules and
// the name model read (sentence start, line in capitals, possessive, results table).
import * as assert from 'assert';
import * as path from 'path';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { lowerForm, tokenize, type Token } from '../../src/core/pipeline/entities/tokens';
import { assertPinned } from './pinned';

const EXPECTED = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'expected', 'entity-tokens.txt');
const UPDATE = 'DOSSIER_UPDATE_EXPECTED=1 npm run test:unit -- entities.tokens';

const PARAGRAPHS = [
  'PUTIN’S AIDES MEET IN NEW YORK',
  'NATO said so. RT agreed.',
  'Mr. Smith met J. Mwangi of the U.S. Army; Brown v. Board was cited. Then: “Who?” he asked — Anna... Do you know?',
  'The pro-Kremlin Mercedes-Benz ex-Prime-Minister spoke to Chester-le-Street fans.',
  'Pierre--Natasha and him—Anna met Marta Okonkwo,the deputy, and James’ friend.',
  'Results:\nArsenal 3 Chelsea 1\nLiverpool 2-1 Everton\nten of them 3 and 4',
  'Madame Elizabeth? Nothing! This White House. So this is it.',
  'NATO WINS\nNATO AGREES\nUS AND UK\nA B C D\nTHE VOTE WAS VERY close\nTHE VOTE WAS close',
  'Ranks: 3rd 4th 5\nArsenal 3rd Chelsea 4th\n3 4 and x5 y6 z7\n1990 and 1991 won\n1990 and 1991',
  'The Anti- and pro-Kremlin camps met him——Anna, the iPhone-Maker and an Anti-Kremlin-led march.',
  '“Go home, it is ok. So we left,” she said.',
  'I like Hayes Street Grill....another plus, near Paris…Rome and U.S. Steel.',
  'AP Photo/Nasser Nasser and AC/DC at http://example.com/News/Story, and/or Price:3,40 Euros at 10:30.',
];

/** A word as "start-end text ‹pre|post› flags sentence": flags S(entence start), C(aps line), P(ossessive), T(able row). */
function line(t: Token): string {
  const flags = `${t.sentenceStart ? 'S' : ''}${t.capsLine ? 'C' : ''}${t.possessive ? 'P' : ''}${t.tableRow ? 'T' : ''}`;
  return `${t.start}-${t.end} ${t.text} ‹${JSON.stringify(t.pre)}|${JSON.stringify(t.post)}› ${flags || '-'} s${t.sentence}${t.tags.size === 0 ? ' untagged' : ''}${t.lower === t.text.toLowerCase() ? '' : ` lower=${t.lower}`}`;
}

describe('entities: the words of a paragraph, pinned', () => {
  it('every word of thirteen paragraphs is test/fixtures/expected/entity-tokens.txt', () => {
    const lines = PARAGRAPHS.map((paragraph) => tokenize(parseParagraph(paragraph), paragraph).map(line).join('\n'));
    assertPinned(`${lines.join('\n\n')}\n`, EXPECTED, 'the words of the paragraphs', UPDATE);
  });

  it('each word’s offsets give back its text', () => {
    for (const paragraph of PARAGRAPHS) {
      for (const t of tokenize(parseParagraph(paragraph), paragraph)) assert.strictEqual(paragraph.slice(t.start, t.end), t.text);
    }
  });

  it('a word’s lower form leaves out a possessive', () => {
    const table: [string, string][] = [['Trump’s', 'trump'], ['James’', 'james'], ["NATO's", 'nato'], ['Bass', 'bass'], ['Is', 'is']];
    assert.deepStrictEqual(table.map(([word]) => lowerForm(word)), table.map(([, lower]) => lower));
  });
});
