// The files of the workspace in one of dossier.languages, as VS Code would assign them a language.
import * as assert from 'assert';
import { languageFilesGlob, type LanguageManifest } from '../../src/extension/workspace/languageFiles';

const manifests: LanguageManifest[] = [
  { contributes: { languages: [{ id: 'plaintext', extensions: ['.txt'] }, { id: 'markdown', extensions: ['.md', 'markdown'], filenames: ['README'] }] } },
  { contributes: { languages: [{ id: 'asciidoc', extensions: ['.adoc'], filenamePatterns: ['*.adoc.txt', 'docs/*.ad'] }] } },
  { contributes: { languages: [{ id: 'markdown', extensions: ['.mdx'] }] } }, // a second extension adds to a language
  { contributes: { languages: [{ id: 'odd', extensions: ['.{a,b}', 7] }] } },
  {},
];

describe('languageFilesGlob', () => {
  const cases: { name: string; languages: string[]; associations?: Record<string, unknown>; expected: string | undefined }[] = [
    { name: 'the extensions and file names of each language, from every extension', languages: ['plaintext', 'markdown'], expected: '{**/*.markdown,**/*.md,**/*.mdx,**/*.txt,**/README}' },
    { name: 'file name patterns, a path kept as it is', languages: ['asciidoc'], expected: '{**/*.adoc,**/*.adoc.txt,docs/*.ad}' },
    { name: 'files.associations adds its globs', languages: ['plaintext'], associations: { '*.wire': 'plaintext', '*.log': 'log', 'notes/*.x': 'plaintext' }, expected: '{**/*.txt,**/*.wire,notes/*.x}' },
    { name: 'a language nobody contributes', languages: ['klingon'], expected: undefined },
    { name: 'patterns with braces or commas, and values that are not strings, are left out', languages: ['odd'], expected: undefined },
    { name: 'no languages', languages: [], expected: undefined },
  ];
  for (const { name, languages, associations, expected } of cases) {
    it(name, () => assert.strictEqual(languageFilesGlob(languages, manifests, associations ?? {}), expected));
  }
});
