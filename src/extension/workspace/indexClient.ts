// The host's side of the index worker (indexWorker.ts): calls to it, answered in turn, the view it
// sends after each merge, and the file system operations it asks for on the store (done here,
// through vscode.workspace.fs, which reaches the extension's storage on the desktop and the web).
import * as vscode from 'vscode';
import type { StartWorker, WorkerHandle } from '../../analysis/transport';
import type { FileOperation, IndexCalls, IndexMethod, IndexReply, IndexRequest, IndexSetup, IndexView, UriParts } from './indexProtocol';

const uriOf = (parts: UriParts): vscode.Uri => vscode.Uri.from(parts);

export const partsOf = ({ scheme, authority, path }: vscode.Uri): UriParts => ({ scheme, authority, path });

async function perform(operation: FileOperation): Promise<Uint8Array | undefined> {
  const files = vscode.workspace.fs;
  switch (operation.op) {
    case 'readFile':
      return files.readFile(uriOf(operation.uri));
    case 'writeFile':
      return void (await files.writeFile(uriOf(operation.uri), operation.content));
    case 'rename':
      return void (await files.rename(uriOf(operation.uri), uriOf(operation.target), { overwrite: true }));
    case 'delete':
      return void (await files.delete(uriOf(operation.uri), { recursive: operation.recursive }));
    case 'createDirectory':
      return void (await files.createDirectory(uriOf(operation.uri)));
  }
}

export class IndexClient implements vscode.Disposable {
  private readonly worker: WorkerHandle<IndexRequest>;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
  private lost: Error | undefined;

  constructor(
    start: StartWorker<IndexRequest, IndexReply, IndexSetup>,
    /** Called with what the Workspace view lists, after each merge. */
    onView: (view: IndexView) => void,
    /** Called when the worker died: the index it held is gone. */
    onLost: (error: Error) => void,
  ) {
    this.worker = start(
      { role: 'index' },
      {
        message: (reply) => {
          if (reply.kind === 'changed') onView(reply.view);
          else if (reply.kind === 'fs') {
            const { id } = reply;
            perform(reply).then(
              (result) => this.worker.post({ kind: 'fsDone', id, ...(result && { result }) }),
              (error: Error) => this.worker.post({ kind: 'fsDone', id, error: String(error?.message ?? error) }),
            );
          } else {
            const waiter = this.waiting.get(reply.id);
            this.waiting.delete(reply.id);
            if (reply.kind === 'done') waiter?.resolve(reply.result as never);
            else waiter?.reject(new Error(reply.message));
          }
        },
        lost: (error) => {
          if (this.lost) return;
          this.lost = error;
          for (const waiter of this.waiting.values()) waiter.reject(error);
          this.waiting.clear();
          onLost(error);
        },
      },
    );
  }

  /** Ask the worker; rejects when it fails, or is gone. */
  call<M extends IndexMethod>(method: M, ...args: Parameters<IndexCalls[M]>): Promise<ReturnType<IndexCalls[M]>> {
    if (this.lost) return Promise.reject(this.lost);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.post({ kind: 'call', id, method, args } as IndexRequest);
    });
  }

  dispose(): void {
    this.lost ??= new Error('the index worker was stopped');
    for (const waiter of this.waiting.values()) waiter.reject(this.lost);
    this.waiting.clear();
    void this.worker.terminate();
  }
}
