// The workspace index as an SQLite database (`dossier index --db FILE`), so that an archive can be
// queried with SQL or opened in any tool that reads SQLite. sql.js is SQLite compiled to
// WebAssembly: the same engine, with nothing to compile or download at install time.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import initSqlJs from 'sql.js';
import type { DocumentDigest } from '../core/workspace/digest';
import type { WorkspaceIndex } from '../core/workspace/merge';

/** Offsets are UTF-16 code units, end exclusive, as in the JSON output. The README shows this schema. */
export const SCHEMA = `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,
  entities INTEGER NOT NULL,
  quotes INTEGER NOT NULL
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'organization')),
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  files INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL
);
CREATE TABLE mentions (
  entity TEXT NOT NULL REFERENCES entities (id),
  document INTEGER NOT NULL REFERENCES documents (id),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
);
CREATE TABLE quotes (
  entity TEXT NOT NULL REFERENCES entities (id),
  document INTEGER NOT NULL REFERENCES documents (id),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_confidence REAL
);
CREATE INDEX mentions_by_entity ON mentions (entity);
CREATE INDEX mentions_by_document ON mentions (document);
CREATE INDEX quotes_by_entity ON quotes (entity);
`;

/** Write the index to `file`, replacing it whole: a reader never sees half a database. */
export async function writeIndexDatabase(file: string, documents: readonly DocumentDigest[], index: WorkspaceIndex): Promise<void> {
  // The WebAssembly file is copied beside the bundled CLI (see esbuild.mjs).
  const SQL = await initSqlJs({ locateFile: (name) => path.join(__dirname, name) });
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON');
    db.exec(SCHEMA);
    db.run('BEGIN');
    const documentIds = new Map<string, number>();
    const insertDocument = db.prepare('INSERT INTO documents (id, file, entities, quotes) VALUES (?, ?, ?, ?)');
    documents.forEach((d, i) => {
      documentIds.set(d.file, i + 1);
      insertDocument.run([i + 1, d.file, d.entities.length, d.quotes.length]);
    });
    insertDocument.free();
    const insertEntity = db.prepare('INSERT INTO entities (id, kind, name, aliases, roles, files, mentions, quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertMention = db.prepare('INSERT INTO mentions (entity, document, start_offset, end_offset) VALUES (?, ?, ?, ?)');
    const insertQuote = db.prepare('INSERT INTO quotes (entity, document, start_offset, end_offset, text, speaker_confidence) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of index.entities) {
      insertEntity.run([e.id, e.kind, e.name, JSON.stringify(e.aliases), JSON.stringify(e.roles), e.files.length, e.mentionCount, e.quotes.length]);
      for (const f of e.files) {
        const document = documentIds.get(f.file) ?? null;
        for (let i = 0; i < f.spans.length; i += 2) insertMention.run([e.id, document, f.spans[i], f.spans[i + 1]]);
      }
      for (const q of e.quotes) insertQuote.run([e.id, documentIds.get(q.file) ?? null, q.start, q.end, q.text, q.speakerConfidence ?? null]);
    }
    for (const statement of [insertEntity, insertMention, insertQuote]) statement.free();
    db.run('COMMIT');
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, db.export());
      renameSync(temporary, file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } finally {
    db.close();
  }
}
