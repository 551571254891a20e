// How indexing the workspace shows itself: "Dossier: indexing 1,240 of 10,000 files" in the status
// bar from the start, and, once a run has lasted long enough to matter, the same in a notification
// with a Cancel button. A run that ends sooner (a saved file, a folder read back from the store)
// never pops up a notification, which VS Code would keep on screen for at least 800 ms.
import * as vscode from 'vscode';

/** How long a run goes before it is shown as a cancellable notification. */
const NOTIFY_AFTER_MS = 1_000;

export interface IndexingProgress {
  /** Files indexed so far in this run, and in all (done plus those still queued). */
  readonly done: number;
  readonly total: number;
  /** Whether the cancellable notification is showing. */
  readonly notified: boolean;
}

export interface IndexingRun {
  report(done: number, total: number): void;
  /** Cancelled when the reader presses Cancel on the notification. */
  readonly token: vscode.CancellationToken;
}

/** Runs `task` with its progress shown; `onChange` sees each new state, and undefined once it ends. */
export async function withIndexingProgress<T>(task: (run: IndexingRun) => Promise<T>, onChange: (progress: IndexingProgress | undefined) => void): Promise<T> {
  const cancellation = new vscode.CancellationTokenSource();
  const shown: vscode.Progress<{ message?: string }>[] = [];
  let state: IndexingProgress = { done: 0, total: 0, notified: false };
  const message = (): string => `indexing ${state.done.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} files`;
  let finish = (): void => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const show = (location: vscode.ProgressLocation, cancellable: boolean): Thenable<void> =>
    vscode.window.withProgress({ location, title: 'Dossier', cancellable }, (progress, token) => {
      shown.push(progress);
      if (state.total > 0) progress.report({ message: message() });
      const subscription = token.onCancellationRequested(() => cancellation.cancel());
      return finished.finally(() => subscription.dispose());
    });
  void show(vscode.ProgressLocation.Window, false);
  const notifyTimer = setTimeout(() => {
    state = { ...state, notified: true };
    onChange(state);
    void show(vscode.ProgressLocation.Notification, true);
  }, NOTIFY_AFTER_MS);
  try {
    return await task({
      token: cancellation.token,
      report(done, total) {
        state = { ...state, done, total };
        onChange(state);
        for (const progress of shown) progress.report({ message: message() });
      },
    });
  } finally {
    clearTimeout(notifyTimer);
    finish();
    cancellation.dispose();
    onChange(undefined);
  }
}
