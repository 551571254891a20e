// Hand the thread back to its event loop before going on, so other work (the editor, other
// messages) runs in between. setImmediate is Node's; a browser has none, and its setTimeout(0) is
// clamped to 4 ms once nested, so there a MessageChannel message (a task with no delay) does it.
export const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : () =>
        new Promise((resolve) => {
          const { port1, port2 } = new MessageChannel();
          // The DOM's MessagePort (Node's typings describe Node's, which this branch never runs on).
          (port1 as unknown as { onmessage: () => void }).onmessage = () => {
            port1.close();
            resolve();
          };
          port2.postMessage(undefined);
        });
