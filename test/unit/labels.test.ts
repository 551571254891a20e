// The short texts of the views and hovers.
import * as assert from 'assert';
import { clip, flat, plural } from '../../src/extension/labels';

describe('labels', () => {
  const cases: { name: string; actual: () => string; expected: string }[] = [
    { name: 'flat joins lines and trims', actual: () => flat('  “We will\n   not  leave,”\r\n'), expected: '“We will not leave,”' },
    { name: 'clip keeps a short text', actual: () => clip('short', 5), expected: 'short' },
    { name: 'clip cuts a long text to its length, ellipsis included', actual: () => clip('abcdef', 5), expected: 'abcd…' },
    { name: 'clip drops the space before the ellipsis', actual: () => clip('abc defgh', 5), expected: 'abc…' },
    { name: 'plural of one', actual: () => plural(1, 'mention'), expected: '1 mention' },
    { name: 'plural of none', actual: () => plural(0, 'quote'), expected: '0 quotes' },
    { name: 'an irregular plural', actual: () => plural(2, 'person', 'people'), expected: '2 people' },
    { name: 'plural groups thousands', actual: () => plural(1250, 'file'), expected: '1,250 files' },
  ];
  for (const { name, actual, expected } of cases) it(name, () => assert.strictEqual(actual(), expected));
});
