import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readmeForDetailsPage } from '../../tools/packageReadme.mjs';

describe('readmeForDetailsPage', () => {
  const cases: { name: string; markdown: string; expected: string }[] = [
    {
      name: 'drops a table of screenshots, header and all',
      markdown: 'Intro.\n\n| Dark | Light |\n|---|---|\n| ![a](media/a.png) | ![b](media/b.png) |\n\nAfter.',
      expected: 'Intro.\n\nAfter.',
    },
    {
      name: 'drops a table of several rows of screenshots, with empty cells',
      markdown: 'Intro.\n\n| A | B |\n|---|---|\n| ![a](a.png) | ![b](./b.png) |\n| ![c](c.png) | |\n\nAfter.',
      expected: 'Intro.\n\nAfter.',
    },
    {
      name: 'keeps a table of text',
      markdown: '| Key | What |\n|---|---|\n| `file` | the path |',
      expected: '| Key | What |\n|---|---|\n| `file` | the path |',
    },
    {
      name: 'keeps a table of https images, which the page shows',
      markdown: '| A |\n|---|\n| ![a](https://example.org/a.png) |',
      expected: '| A |\n|---|\n| ![a](https://example.org/a.png) |',
    },
    { name: 'drops a line that is only an image', markdown: 'Intro.\n\n![a](media/a.png)\n\nAfter.', expected: 'Intro.\n\nAfter.' },
    { name: 'drops a line of an HTML image', markdown: 'Intro.\n\n<img src="media/a.png" alt="a">\n\nAfter.', expected: 'Intro.\n\nAfter.' },
    { name: 'keeps links and text as they are', markdown: 'See [the card](docs/card.md) and [#x](#x).', expected: 'See [the card](docs/card.md) and [#x](#x).' },
  ];
  for (const { name, markdown, expected } of cases) {
    it(name, () => assert.strictEqual(readmeForDetailsPage(markdown), expected));
  }

  it('refuses an image in running text, naming its line', () => {
    assert.throws(() => readmeForDetailsPage('One.\nSee ![a](media/a.png) here.'), /README\.md line 2: the image media\/a\.png is in running text/);
  });

  it('leaves no image in the project README that the page would show broken', () => {
    // The suites run from out/test/unit.
    const packaged = readmeForDetailsPage(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8'));
    assert.doesNotMatch(packaged, /!\[[^\]]*\]\((?!https:)/);
    assert.match(packaged, /## Commands/);
  });
});
