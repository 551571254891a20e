// The workspace index's merge of many documents' entities into one list, table-driven over small
// hand-made digests: which names become one entity, which stay apart, and what corrections do.
import * as assert from 'assert';
import type { Correction } from '../../src/core/corrections/corrections';
import type { EntityKind } from '../../src/core/model/model';
import { compactSummary, digestOf, ShortStrings, summaryOf, withDigestNamesAtLeast, type DigestEntity, type DocumentDigest } from '../../src/core/workspace/digest';
import { buildWorkspace, entityNamed } from '../../src/core/workspace/merge';

/** A document's entity: "Xi Jinping|Xi" is the name with its aliases; mentions are two-character spans. */
function entity(id: string, kind: EntityKind, names: string, mentions = 1): DigestEntity {
  const [name, ...aliases] = names.split('|');
  return { id, kind, name, aliases, roles: [], mentions: Array.from({ length: mentions }, (_, i) => [i * 10, i * 10 + 2]).flat() };
}

function doc(file: string, entities: DigestEntity[], quotes: DocumentDigest['quotes'] = []): DocumentDigest {
  return { file, entities, quotes };
}

/** The entities as "kind name [aliases] files" lines, the order the index gives them in. */
function summary(documents: DocumentDigest[], correctionsOf: (file: string) => readonly Correction[]): string[] {
  return buildWorkspace(documents, correctionsOf).entities.map(
    (e) => `${e.kind} ${e.name}${e.aliases.length ? ` [${e.aliases.join(', ')}]` : ''} ${e.files.map((f) => f.file).join(',')}`,
  );
}

describe('workspace merge', () => {
  const cases: { name: string; documents: DocumentDigest[]; corrections?: Correction[]; expected: string[] }[] = [
    {
      name: 'the same canonical name in two files is one entity',
      documents: [doc('a', [entity('e1', 'person', 'Angela Merkel')]), doc('b', [entity('e1', 'person', 'Angela Merkel')])],
      expected: ['person Angela Merkel a,b'],
    },
    {
      name: 'whitespace inside a name does not split it',
      documents: [doc('a', [entity('e1', 'person', 'Angela Merkel')]), doc('b', [entity('e1', 'person', 'Angela\n Merkel')])],
      expected: ['person Angela Merkel a,b'],
    },
    {
      name: 'the same name of another kind stays apart',
      documents: [doc('a', [entity('e1', 'place', 'Georgia')]), doc('b', [entity('e1', 'person', 'Georgia', 2)])],
      expected: ['person Georgia b', 'place Georgia a'],
    },
    {
      name: 'a short name joins the one entity that uses it as an alias',
      documents: [doc('a', [entity('e1', 'person', 'Xi Jinping|Xi')]), doc('b', [entity('e1', 'person', 'Xi')])],
      expected: ['person Xi Jinping [Xi] a,b'],
    },
    {
      name: 'a short name that two entities use as an alias stays apart',
      documents: [
        doc('a', [entity('e1', 'person', 'Xi Jinping|Xi')]),
        doc('b', [entity('e1', 'person', 'Xi Mingze|Xi')]),
        doc('c', [entity('e1', 'person', 'Xi', 3)]),
      ],
      expected: ['person Xi c', 'person Xi Jinping [Xi] a', 'person Xi Mingze [Xi] b'],
    },
    {
      name: 'an alias of a place does not pull in a person of that name',
      documents: [doc('a', [entity('e1', 'place', 'New York City|New York')]), doc('b', [entity('e1', 'person', 'New York')])],
      expected: ['person New York b', 'place New York City [New York] a'],
    },
    {
      name: 'documents that disagree on which name is canonical still make one entity',
      documents: [doc('a', [entity('e1', 'person', 'Vladimir Putin|Putin')]), doc('b', [entity('e1', 'person', 'Putin|Vladimir Putin')])],
      expected: ['person Vladimir Putin [Putin] a,b'],
    },
    {
      name: 'aliases are gathered from every file',
      documents: [doc('a', [entity('e1', 'person', 'Vladimir Putin|Putin')]), doc('b', [entity('e1', 'person', 'Vladimir Putin|Vladimir Vladimirovich Putin')])],
      expected: ['person Vladimir Putin [Putin, Vladimir Vladimirovich Putin] a,b'],
    },
    {
      name: 'merge joins a name into the entity called by another, across files and kinds',
      documents: [doc('a', [entity('e1', 'person', 'Vladimir Putin')]), doc('b', [entity('e1', 'organization', 'Kremlin')])],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Vladimir Putin' }],
      expected: ['person Vladimir Putin [Kremlin] a,b'],
    },
    {
      name: 'merge finds its target by an alias too',
      documents: [doc('a', [entity('e1', 'person', 'Vladimir Putin|Putin')]), doc('b', [entity('e1', 'organization', 'Kremlin')])],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Putin' }],
      expected: ['person Vladimir Putin [Putin, Kremlin] a,b'],
    },
    {
      name: 'merge into a name no file has changes nothing',
      documents: [doc('a', [entity('e1', 'organization', 'Kremlin')])],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Nobody' }],
      expected: ['organization Kremlin a'],
    },
    {
      name: 'two entities of one file merged make one file entry',
      documents: [doc('a', [entity('e1', 'person', 'Vladimir Putin'), entity('e2', 'organization', 'Kremlin')])],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Vladimir Putin' }],
      expected: ['person Vladimir Putin [Kremlin] a'],
    },
    {
      name: 'not-an-entity drops the name in every file, and removes it as an alias',
      documents: [
        doc('a', [entity('e1', 'organization', 'Matzav.com'), entity('e2', 'person', 'Ann Lee|Matzav.com')]),
        doc('b', [entity('e1', 'organization', 'Matzav.com')]),
      ],
      corrections: [{ action: 'notEntity', name: 'Matzav.com' }],
      expected: ['person Ann Lee a'],
    },
    {
      name: 'mark-as changes the kind of the name in every file, so they join',
      documents: [doc('a', [entity('e1', 'organization', 'Victory Parade')]), doc('b', [entity('e1', 'place', 'Victory Parade')])],
      corrections: [{ action: 'markAs', name: 'Victory Parade', kind: 'organization' }],
      expected: ['organization Victory Parade a,b'],
    },
    {
      name: 'a later correction of a name replaces an earlier one',
      documents: [doc('a', [entity('e1', 'organization', 'Acme')])],
      corrections: [{ action: 'notEntity', name: 'Acme' }, { action: 'markAs', name: 'Acme', kind: 'place' }],
      expected: ['place Acme a'],
    },
    {
      name: 'entities in more files come first',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee', 9), entity('e2', 'place', 'Paris')]), doc('b', [entity('e1', 'place', 'Paris')])],
      expected: ['place Paris a,b', 'person Ann Lee a'],
    },
    { name: 'no documents, no entities', documents: [], expected: [] },
    {
      name: 'the merge target’s name is canonical, even over a longer name',
      documents: [doc('a', [entity('e1', 'person', 'Putin')]), doc('b', [entity('e1', 'organization', 'Kremlin Administration')]), doc('c', [entity('e1', 'place', 'Paris')])],
      corrections: [{ action: 'merge', name: 'Kremlin Administration', into: 'Putin' }],
      expected: ['person Putin [Kremlin Administration] a,b', 'place Paris c'],
    },
    {
      name: 'merge picks its target by name, not the biggest entity',
      documents: [
        doc('a', [entity('e1', 'place', 'Paris'), entity('e2', 'person', 'Vladimir Putin|Putin')]),
        doc('b', [entity('e1', 'place', 'Paris'), entity('e2', 'person', 'Vladimir Putin')]),
        doc('c', [entity('e1', 'place', 'Paris'), entity('e2', 'organization', 'Kremlin')]),
      ],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Putin' }],
      expected: ['place Paris a,b,c', 'person Vladimir Putin [Putin, Kremlin] a,b,c'],
    },
    {
      name: 'merge into a name two kinds share picks the one in more files',
      documents: [doc('a', [entity('e1', 'person', 'Georgia')]), doc('b', [entity('e1', 'place', 'Georgia')]), doc('c', [entity('e1', 'place', 'Georgia')]), doc('d', [entity('e1', 'organization', 'Tbilisi Office')])],
      corrections: [{ action: 'merge', name: 'Tbilisi Office', into: 'Georgia' }],
      expected: ['place Georgia [Tbilisi Office] b,c,d', 'person Georgia a'],
    },
    {
      name: 'merge into a name two kinds share in as many files picks the first',
      documents: [doc('a', [entity('e1', 'person', 'Georgia')]), doc('b', [entity('e1', 'place', 'Georgia')]), doc('c', [entity('e1', 'organization', 'Tbilisi Office')])],
      corrections: [{ action: 'merge', name: 'Tbilisi Office', into: 'Georgia' }],
      expected: ['person Georgia [Tbilisi Office] a,c', 'place Georgia b'],
    },
    {
      name: 'names of one length: the one in more files is canonical',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee|Ann Roe')]), doc('b', [entity('e1', 'person', 'Ann Roe')]), doc('c', [entity('e1', 'person', 'Ann Roe')])],
      expected: ['person Ann Roe [Ann Lee] a,b,c'],
    },
    {
      name: 'names of one length in as many files: the first is canonical',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee|Ann Roe')]), doc('b', [entity('e1', 'person', 'Ann Roe')])],
      expected: ['person Ann Lee [Ann Roe] a,b'],
    },
    {
      name: 'files are listed in the documents’ order, whichever name joined which',
      documents: [doc('a', [entity('e1', 'person', 'Xi Jinping|Xi')]), doc('b', [entity('e1', 'person', 'Xi')]), doc('c', [entity('e1', 'person', 'Xi Jinping|Xi')])],
      expected: ['person Xi Jinping [Xi] a,b,c'],
    },
    {
      name: 'in as many files, more mentions come first, then the name',
      documents: [doc('a', [entity('e1', 'person', 'Bob Ray'), entity('e2', 'person', 'Cy Young', 2), entity('e3', 'person', 'Al Gore')])],
      expected: ['person Cy Young a', 'person Al Gore a', 'person Bob Ray a'],
    },
  ];
  for (const { name, documents, corrections, expected } of cases) {
    it(name, () => assert.deepStrictEqual(summary(documents, () => corrections ?? []), expected));
  }
});

describe('workspace merge, each folder under its own corrections (multi-root)', () => {
  /** Files under north/ take the north corrections, the rest none. */
  const northOnly = (corrections: Correction[]) => (file: string): readonly Correction[] => (file.startsWith('north/') ? corrections : []);
  const cases: { name: string; documents: DocumentDigest[]; corrections: Correction[]; expected: string[] }[] = [
    {
      name: 'a merge joins only its folder’s files; the other folder keeps the name apart',
      documents: [
        doc('north/a', [entity('e1', 'person', 'Vladimir Putin', 2), entity('e2', 'organization', 'Kremlin')]),
        doc('south/b', [entity('e1', 'organization', 'Kremlin')]),
      ],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Vladimir Putin' }],
      expected: ['person Vladimir Putin [Kremlin] north/a', 'organization Kremlin south/b'],
    },
    {
      name: 'a merge into a name no file has leaves its folder’s files with the others of the name',
      documents: [doc('north/a', [entity('e1', 'organization', 'Kremlin')]), doc('south/b', [entity('e1', 'organization', 'Kremlin')])],
      corrections: [{ action: 'merge', name: 'Kremlin', into: 'Nobody' }],
      expected: ['organization Kremlin north/a,south/b'],
    },
    {
      name: 'not a name in one folder leaves the other folder’s mentions',
      documents: [doc('north/a', [entity('e1', 'person', 'Harvest Parade')]), doc('south/b', [entity('e1', 'person', 'Harvest Parade')])],
      corrections: [{ action: 'notEntity', name: 'Harvest Parade' }],
      expected: ['person Harvest Parade south/b'],
    },
    {
      name: 'mark as changes the kind in its folder only',
      documents: [doc('north/a', [entity('e1', 'person', 'Georgia')]), doc('south/b', [entity('e1', 'person', 'Georgia')])],
      corrections: [{ action: 'markAs', name: 'Georgia', kind: 'place' }],
      expected: ['place Georgia north/a', 'person Georgia south/b'],
    },
  ];
  for (const { name, documents, corrections, expected } of cases) {
    it(name, () => assert.deepStrictEqual(summary(documents, northOnly(corrections)), expected));
  }
});

describe('workspace ordering by quotes', () => {
  it('in as many files, the entity with more quotes comes first, whatever its mentions', () => {
    const documents = [doc('a', [entity('e1', 'person', 'Ann Lee', 5), entity('e2', 'person', 'Bo Diddley')], [{ start: 50, end: 60, text: '“Hi.”', speakerId: 'e2', speakerName: 'Bo Diddley' }])];
    assert.deepStrictEqual(buildWorkspace(documents).entities.map((e) => e.name), ['Bo Diddley', 'Ann Lee']);
  });
});

describe('workspace quotes, corrections applied to their speakers', () => {
  const said = (text: string, speakerId: string): DocumentDigest['quotes'][number] => ({ start: 0, end: text.length, text, speakerId });
  const cases: { name: string; documents: DocumentDigest[]; corrections?: Correction[]; expected: string[] }[] = [
    {
      name: 'the same local id in two files is each file’s own speaker',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee')], [said('“A.”', 'e1')]), doc('b', [entity('e1', 'person', 'Bo Diddley')], [said('“B.”', 'e1')])],
      expected: ['Ann Lee: “A.”', 'Bo Diddley: “B.”'],
    },
    {
      name: 'a speaker that is not a name credits its quote to nobody',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee'), entity('e2', 'person', 'Bo Diddley')], [said('“A.”', 'e1'), said('“B.”', 'e2')])],
      corrections: [{ action: 'notEntity', name: 'Bo Diddley' }],
      expected: ['Ann Lee: “A.”'],
    },
    {
      name: 'a speaker merged into another entity credits it',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee')]), doc('b', [entity('e1', 'person', 'Annie')], [said('“A.”', 'e1')])],
      corrections: [{ action: 'merge', name: 'Annie', into: 'Ann Lee' }],
      expected: ['Ann Lee: “A.”'],
    },
    {
      name: 'a speaker marked as another kind keeps its quote',
      documents: [doc('a', [entity('e1', 'place', 'Kremlin')], [said('“K.”', 'e1')])],
      corrections: [{ action: 'markAs', name: 'Kremlin', kind: 'organization' }],
      expected: ['Kremlin: “K.”'],
    },
    {
      name: 'a speaker id its document does not have credits the quote to nobody',
      documents: [doc('a', [entity('e1', 'person', 'Ann Lee')]), doc('b', [entity('e2', 'person', 'Bo Diddley')], [said('“A.”', 'e1')])],
      expected: [],
    },
  ];
  for (const { name, documents, corrections, expected } of cases) {
    it(name, () =>
      assert.deepStrictEqual(
        buildWorkspace(documents, () => corrections ?? []).entities.flatMap((e) => e.quotes.map((q) => `${e.name}: ${q.text}`)),
        expected,
      ));
  }
});

describe('workspace entity details', () => {
  const documents = [
    doc('a.txt', [entity('e1', 'person', 'Xi Jinping|Xi', 2), entity('e2', 'place', 'Moscow')], [
      { start: 50, end: 60, text: '“Friends.”', speakerId: 'e1', speakerName: 'Xi Jinping', speakerConfidence: 0.9 },
      { start: 70, end: 80, text: '“Nobody.”', speakerName: 'a spokesman' },
    ]),
    doc('b.txt', [entity('e1', 'person', 'Xi', 3)], [{ start: 5, end: 15, text: '“Partners.”', speakerId: 'e1', speakerName: 'Xi' }]),
  ];
  const index = (): ReturnType<typeof buildWorkspace> => buildWorkspace(documents);
  const xi = (): ReturnType<typeof buildWorkspace>['entities'][number] => index().entities[0];

  it('credits each quote to the workspace entity of its speaker, with its file', () =>
    assert.deepStrictEqual(xi().quotes, [
      { file: 'a.txt', start: 50, end: 60, text: '“Friends.”', speakerConfidence: 0.9 },
      { file: 'b.txt', start: 5, end: 15, text: '“Partners.”' },
    ]));
  it('counts mentions across files', () => assert.strictEqual(xi().mentionCount, 5));
  it('keeps each file’s mention spans and local ids', () =>
    assert.deepStrictEqual(xi().files, [
      { file: 'a.txt', localIds: ['e1'], spans: [0, 2, 10, 12], mentions: 2 },
      { file: 'b.txt', localIds: ['e1'], spans: [0, 2, 10, 12, 20, 22], mentions: 3 },
    ]));
  it('has an id of kind and name', () => assert.strictEqual(xi().id, 'person/Xi Jinping'));
  const lookups: { kind: EntityKind; name: string; expected: string | undefined }[] = [
    { kind: 'person', name: 'Xi Jinping', expected: 'person/Xi Jinping' },
    { kind: 'person', name: 'Xi', expected: 'person/Xi Jinping' },
    { kind: 'person', name: 'Xi  Jinping', expected: 'person/Xi Jinping' },
    { kind: 'place', name: 'Xi', expected: undefined },
    { kind: 'place', name: 'Moscow', expected: 'place/Moscow' },
    { kind: 'person', name: 'Moscow', expected: undefined },
  ];
  for (const { kind, name, expected } of lookups) {
    it(`finds ${kind} "${name}" by name`, () => assert.strictEqual(entityNamed(index(), kind, name)?.id, expected));
  }
  it('does not index an alias two entities share, but indexes one an entity has from two files', () => {
    const shared = buildWorkspace([
      doc('a', [entity('e1', 'person', 'Xi Jinping|Xi'), entity('e2', 'person', 'Vladimir Putin|Putin')]),
      doc('b', [entity('e1', 'person', 'Xi Mingze|Xi'), entity('e2', 'person', 'Vladimir Putin|Putin')]),
    ]);
    assert.strictEqual(entityNamed(shared, 'person', 'Xi'), undefined);
    assert.strictEqual(entityNamed(shared, 'person', 'Putin')?.id, 'person/Vladimir Putin');
  });
  it('sorts the mentions of two merged entities of one file, and counts them', () => {
    const merged = buildWorkspace(
      [doc('a', [
        { id: 'e1', kind: 'person', name: 'Vladimir Putin', aliases: [], roles: ['president'], mentions: [30, 44, 5, 9] },
        { id: 'e2', kind: 'organization', name: 'Kremlin', aliases: [], roles: ['seat'], mentions: [10, 17, 30, 40] },
      ])],
      () => [{ action: 'merge', name: 'Kremlin', into: 'Vladimir Putin' }],
    ).entities;
    assert.deepStrictEqual(merged.map((e) => ({ files: e.files, mentions: e.mentionCount, roles: e.roles })), [
      { files: [{ file: 'a', localIds: ['e1', 'e2'], spans: [5, 9, 10, 17, 30, 40, 30, 44], mentions: 4 }], mentions: 4, roles: ['president', 'seat'] },
    ]);
  });
  it('finds an entity by id', () => assert.strictEqual(index().byId.get('place/Moscow')?.name, 'Moscow'));
});

describe('digestOf', () => {
  it('keeps entities with flattened spans, and words-bearing quotes with their speaker', () => {
    const mention = { start: 0, end: 4, entityId: 'e1', text: 'Anna' };
    const digest = digestOf('x.md', {
      textLength: 40,
      entities: [{ id: 'e1', kind: 'person', name: 'Anna', aliases: [], roles: ['poet'], mentions: [mention], firstMention: mention }],
      mentions: [mention],
      quotes: [
        { start: 10, end: 16, kind: 'direct', text: '“Yes.”', speaker: { start: 0, end: 4, name: 'Anna', entityId: 'e1', how: 'explicit', confidence: 0.9 } },
        { start: 20, end: 30, kind: 'scare', text: '“so-called”', speaker: null },
        { start: 31, end: 38, kind: 'fragment', text: '“maybe”', speaker: null },
      ],
      values: [],
    });
    assert.deepStrictEqual(digest, {
      file: 'x.md',
      entities: [{ id: 'e1', kind: 'person', name: 'Anna', aliases: [], roles: ['poet'], mentions: [0, 4] }],
      quotes: [
        { start: 10, end: 16, text: '“Yes.”', speakerId: 'e1', speakerName: 'Anna', speakerConfidence: 0.9 },
        { start: 31, end: 38, text: '“maybe”' },
      ],
    });
  });

  it('keeps the name model\'s confidence of each name', () => {
    const mention = { start: 0, end: 6, entityId: 'e1', text: 'Parade' };
    const digest = digestOf('x.md', {
      textLength: 10,
      entities: [{ id: 'e1', kind: 'person', name: 'Parade', aliases: [], roles: [], mentions: [mention], firstMention: mention, confidence: 0.3 }],
      mentions: [mention],
      quotes: [],
      values: [],
    });
    assert.strictEqual(digest.entities[0].confidence, 0.3);
  });
});

describe('withDigestNamesAtLeast', () => {
  const digest: DocumentDigest = {
    file: 'x.md',
    entities: [
      { id: 'e1', kind: 'person', name: 'Anna Lee', aliases: [], roles: [], mentions: [0, 8], confidence: 0.9 },
      { id: 'e2', kind: 'person', name: 'Parade', aliases: [], roles: [], mentions: [20, 26], confidence: 0.3 },
      { id: 'e3', kind: 'place', name: 'Dover', aliases: [], roles: [], mentions: [30, 35] },
    ],
    quotes: [],
  };
  const names = (minimum: number): string[] => withDigestNamesAtLeast(digest, minimum).entities.map((e) => e.name);

  for (const [minimum, expected] of [
    [0, ['Anna Lee', 'Parade', 'Dover']],
    [0.3, ['Anna Lee', 'Parade', 'Dover']],
    [0.5, ['Anna Lee', 'Dover']],
    [0.95, ['Dover']],
  ] as const) {
    it(`at ${minimum} keeps ${expected.join(', ')} (a name without a confidence, the reader's own, always stays)`, () =>
      assert.deepStrictEqual(names(minimum), expected));
  }

  it('gives back the same digest when every name stays', () => assert.strictEqual(withDigestNamesAtLeast(digest, 0), digest));
});

describe('summaryOf', () => {
  const digest: DocumentDigest = {
    file: 'x.md',
    entities: [
      { id: 'e1', kind: 'person', name: 'Xi Jinping', aliases: ['Xi'], roles: ['president'], mentions: [0, 10, 20, 22, 40, 42], confidence: 0.9 },
      { id: 'e2', kind: 'organization', name: 'Kremlin', aliases: [], roles: [], mentions: [30, 37] },
    ],
    quotes: [{ start: 50, end: 60, text: '“Friends.”', speakerId: 'e1', speakerName: 'Xi', speakerConfidence: 0.8 }],
  };
  const { summary, mentions } = summaryOf(digest);

  it('keeps each entity’s first mention and its count, and sets every span apart by entity', () => {
    assert.deepStrictEqual(summary.entities, [
      { id: 'e1', kind: 'person', name: 'Xi Jinping', aliases: ['Xi'], roles: ['president'], mentions: [0, 10], mentionCount: 3, confidence: 0.9 },
      { id: 'e2', kind: 'organization', name: 'Kremlin', aliases: [], roles: [], mentions: [30, 37], mentionCount: 1 },
    ]);
    assert.deepStrictEqual(mentions, { e1: [0, 10, 20, 22, 40, 42], e2: [30, 37] });
  });
  it('keeps the quotes whole', () => assert.deepStrictEqual(summary.quotes, digest.quotes));
  it('merges into the same counts as the full digest, with the first mention of each file', () => {
    const full = buildWorkspace([digest]).entities.map((e) => [e.id, e.mentionCount, e.files.map((f) => [f.mentions, f.spans[0], f.spans[1]])]);
    const summarised = buildWorkspace([{ file: 'x.md', ...summary }]).entities.map((e) => [e.id, e.mentionCount, e.files.map((f) => [f.mentions, f.spans[0], f.spans[1]])]);
    assert.deepStrictEqual(summarised, full);
    assert.deepStrictEqual(full, [['person/Xi Jinping', 3, [[3, 0, 10]]], ['organization/Kremlin', 1, [[1, 30, 37]]]]);
  });
});

describe('compactSummary', () => {
  const summaries = [
    {
      entities: [
        { id: 'e1', kind: 'person', name: 'Xi Jinping', aliases: ['Xi'], roles: ['president'], mentions: [0, 10], mentionCount: 3, confidence: 0.9 },
        { id: 'e2', kind: 'organization', name: 'Kremlin', aliases: [], roles: [], mentions: [30, 37], mentionCount: 1 },
      ],
      quotes: [{ start: 50, end: 60, text: '“Friends.”', speakerId: 'e1', speakerName: 'Xi', speakerConfidence: 0.8 }],
      date: '2026-12-07',
    },
    { entities: [{ id: 'e1', kind: 'place', name: 'Moscow', aliases: [], roles: [], mentions: [5, 11], mentionCount: 1 }], quotes: [] },
  ] as const satisfies readonly Omit<DocumentDigest, 'file'>[];
  // As another thread or a store's JSON gives them: no string or list shared with anything.
  const received = () => summaries.map((s) => JSON.parse(JSON.stringify(s)) as Omit<DocumentDigest, 'file'>);
  const strings = new ShortStrings();
  const [first, second] = received().map((s) => compactSummary(s, strings));

  it('keeps every field as it was', () => assert.deepStrictEqual([first, second], received()));
  it('shares one empty list among the entities without aliases or roles', () => {
    assert.strictEqual(first.entities[1].aliases, second.entities[0].aliases);
    assert.strictEqual(first.entities[1].roles, second.entities[0].aliases);
  });
  it('merges as the summary it came from', () =>
    assert.deepStrictEqual(buildWorkspace([{ file: 'a', ...first }, { file: 'b', ...second }]), buildWorkspace(received().map((s, i) => ({ file: 'ab'[i], ...s })))));
});
