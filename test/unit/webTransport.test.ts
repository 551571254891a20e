// The Web Worker transport (VS Code for the Web) against a stand-in for the browser's Worker: Node
// has none, and what is checked here is what the transport makes of the browser's answers.
import * as assert from 'assert';
import { webWorker } from '../../src/analysis/webTransport';
import type { WorkerSetup } from '../../src/analysis/protocol';

const SETUP: WorkerSetup = { role: 'helper', lowPriority: false };

/** A Worker as a browser gives it: the transport sets its handlers; a test plays the worker's side. */
class FakeWorker {
  static started: FakeWorker[] = [];
  static refuse: string | undefined;
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    if (FakeWorker.refuse) throw new Error(FakeWorker.refuse);
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Start a worker from `url` and let the promises settle; what the listener heard, and the worker started. */
async function start(url: Promise<string> | string, whilePending: (post: (m: string) => void) => void = () => undefined) {
  const heard: string[] = [];
  const handle = webWorker<string, string>(url)(SETUP, { message: (reply) => heard.push(`message ${reply}`), lost: (error) => heard.push(`lost: ${error.message}`) });
  whilePending(handle.post);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { heard, handle, worker: FakeWorker.started.at(-1) };
}

describe('the Web Worker transport', () => {
  const globals = globalThis as { Worker?: unknown };
  before(() => (globals.Worker = FakeWorker));
  after(() => delete globals.Worker);
  beforeEach(() => {
    FakeWorker.started = [];
    FakeWorker.refuse = undefined;
  });

  it('sends the setup first, then what was posted while the URL was on its way, in order', async () => {
    const { worker, handle } = await start(Promise.resolve('blob:worker'), (post) => {
      post('one');
      post('two');
    });
    handle.post('three');
    assert.strictEqual(worker?.url, 'blob:worker');
    assert.deepStrictEqual(worker?.posted, [SETUP, 'one', 'two', 'three']);
  });

  it('passes the worker’s messages on, and stops listening once it is lost', async () => {
    const { worker, heard, handle } = await start('blob:worker');
    worker?.onmessage?.({ data: 'ready' });
    await handle.terminate();
    worker?.onmessage?.({ data: 'late' });
    assert.deepStrictEqual(heard, ['message ready', 'lost: the worker was stopped']);
    assert.ok(worker?.terminated);
  });

  const losses: { what: string; url: () => Promise<string> | string; refuse?: string; then?: (worker: FakeWorker) => void; heard: string }[] = [
    { what: 'the script cannot be read', url: () => Promise.reject(new Error('no such file')), heard: 'lost: the worker could not start: no such file' },
    { what: 'the page may not start a worker', url: () => 'blob:worker', refuse: 'Worker is not defined', heard: 'lost: the worker could not start: Worker is not defined' },
    { what: 'the worker throws', url: () => 'blob:worker', then: (w) => w.onerror?.({ message: 'boom', preventDefault: () => undefined }), heard: 'lost: the worker failed: boom' },
    { what: 'a message cannot be read', url: () => 'blob:worker', then: (w) => w.onmessageerror?.({}), heard: 'lost: the worker sent a message that could not be read' },
  ];
  for (const { what, url, refuse, then, heard: expected } of losses) {
    it(`reports the worker lost, once, when ${what}`, async () => {
      FakeWorker.refuse = refuse;
      const { worker, heard } = await start(url());
      if (worker && then) {
        then(worker);
        then(worker);
      }
      assert.deepStrictEqual(heard, [expected]);
    });
  }
});
