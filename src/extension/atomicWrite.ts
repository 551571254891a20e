import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/**
 * Write a file so that readers see either the old content or the new, never half of it: write a
 * temporary file beside it (same directory, so the same file system), flush it, then rename it over
 * the target. Dossier uses this for every file it writes (exports, corrections), and only when the
 * user asks; it never writes the user's documents. No vscode import, so it is unit-tested directly.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
