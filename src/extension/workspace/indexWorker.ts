// The index worker: a worker thread on Node, a Web Worker on the web, bundled as dist/indexWorker.js
// (esbuild.mjs). It holds the workspace index (indexService.ts), so the extension host holds only
// what its views show. The store is read and written through the host's vscode.workspace.fs (the
// only file system that reaches the extension's storage everywhere, the web included): the worker
// asks, the host does it and answers (see indexClient.ts).
import { workerPlatform } from '../../analysis/workerPlatform';
import type { ParentPort } from '../../analysis/transport';
import type { FileOperation, IndexReply, IndexRequest, IndexSetup, UriParts } from './indexProtocol';
import { IndexService } from './indexService';
import type { StoreFileSystem, StoreUri } from './indexStore';

/** A URI as the worker knows it: its parts, which the host makes a vscode.Uri of again. */
class UriInParts implements StoreUri, UriParts {
  constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
  ) {}

  with({ path }: { path: string }): UriInParts {
    return new UriInParts(this.scheme, this.authority, path);
  }
}

const partsOf = (uri: StoreUri): UriParts => {
  const { scheme, authority, path } = uri as UriInParts;
  return { scheme, authority, path };
};

function serve(parent: ParentPort<IndexRequest, IndexReply>): void {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (result: Uint8Array | undefined) => void; reject: (error: Error) => void }>();
  const ask = (operation: FileOperation): Promise<Uint8Array | undefined> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      parent.post({ kind: 'fs', id, ...operation });
    });
  const fileSystem: StoreFileSystem = {
    readFile: async (uri) => (await ask({ op: 'readFile', uri: partsOf(uri) }))!,
    writeFile: async (uri, content) => void (await ask({ op: 'writeFile', uri: partsOf(uri), content })),
    rename: async (uri, target) => void (await ask({ op: 'rename', uri: partsOf(uri), target: partsOf(target) })),
    delete: async (uri, options) => void (await ask({ op: 'delete', uri: partsOf(uri), recursive: options?.recursive ?? false })),
    createDirectory: async (uri) => void (await ask({ op: 'createDirectory', uri: partsOf(uri) })),
  };
  const service = new IndexService(fileSystem, ({ scheme, authority, path }) => new UriInParts(scheme, authority, path), (view) => parent.post({ kind: 'changed', view }));
  parent.onMessage(async (request) => {
    if (request.kind === 'fsDone') {
      const waiter = waiting.get(request.id);
      waiting.delete(request.id);
      if (request.error !== undefined) waiter?.reject(new Error(request.error));
      else waiter?.resolve(request.result);
      return;
    }
    try {
      const method = service[request.method] as (...args: unknown[]) => unknown;
      const result = await method.apply(service, request.args as unknown[]);
      parent.post({ kind: 'done', id: request.id, result });
    } catch (error) {
      parent.post({ kind: 'failed', id: request.id, message: String((error as Error)?.stack ?? error) });
    }
  });
}

workerPlatform.start<IndexRequest, IndexReply, IndexSetup>((_setup, parent) => serve(parent));
