import * as assert from 'assert';
import { readByRules } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { withLowerCasePlaces } from '../../src/core/pipeline/entities/nameModel/lowerCasePlaces';

// Places in lower case, found only where the writer does not capitalise. A row gives the text,
// the words a name already covers (or none) and the names after: "kind words".
const rows: [string, string, string | undefined, string[]][] = [
  ['a country and a state, in a sentence begun in lower case', 'i moved from india to california last year.', undefined, ['place india', 'place california']],
  ['a city of two words', 'best pizza in san francisco hands down', undefined, ['place san francisco']],
  ['after a full stop, a new sentence in lower case', 'Great trip. we flew to japan in may.', undefined, ['place japan']],
  ['not in a sentence begun with a capital', 'We flew to japan in May.', undefined, []],
  ['not a line its sentence wraps onto', 'His\nfavorite game was boston, a card game.', undefined, []],
  ['not in a quotation begun in lower case', '"to boston, then," said he.', undefined, []],
  ['not a place that is also an ordinary word', 'we had turkey and fine china.', undefined, []],
  ['not a word a name covers', 'i moved to chicago.', 'chicago', ['organization chicago']],
  ['a country edited prose never writes in lower case, in any sentence', 'Good day, I am a foreigner living in malaysia.', undefined, ['place malaysia']],
  ['not a country that is also an ordinary word there', 'She had an india rubber ball and a family reunion in Chad.', undefined, []],
];

describe('name model: places written in lower case', () => {
  for (const [name, text, covered, expected] of rows) {
    it(name, () => {
      const { tokens } = readByRules(parseParagraph(text), text);
      const at = covered === undefined ? -1 : tokens.findIndex((t) => t.text === covered);
      const names = at < 0 ? [] : [{ first: at, last: at, kind: 'organization' as const, confidence: 0.9, kindConfidence: 1 }];
      const found = withLowerCasePlaces(names, tokens).map((n) => `${n.kind} ${text.slice(tokens[n.first].start, tokens[n.last].end)}`);
      assert.deepStrictEqual(found, expected);
    });
  }
});
