// Time limits in the unit suites count CPU time, not the clock: a test that waits for the CPU on a
// busy machine must not fail for it. Node 20 has no per-thread CPU clock, so this is the process's
// (in these suites only the test thread and V8's own helper threads run), which is why the limits
// are several times what the work takes alone.

/** `run()`, and the CPU time (user + system) the process spent on it, in milliseconds. */
export function cpuMs<T>(run: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}
