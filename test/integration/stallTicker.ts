// A probe of the extension host's event loop that says where its stalls came from: in which step
// of a test, and how much of each stall this thread spent running (work, garbage collection
// included) rather than waiting: for a core, which on a busy 2-core machine most stalls are, or in
// a blocking system call (a child process being spawned).
// (GC performance entries would say more, but the extension host delivered only the first few of
// them; a CPU profile, runIntegration.mjs --profile, shows the collector's share instead.)
import { profileClockUs, type ProfileWindow } from './helpers';

const TICK_MS = 20;
/** A tick later than this counts as a stall. */
export const STALL_MS = 40;

/** The time between two ticks. */
export interface Interval {
  /** How much later than due the second tick came. */
  readonly lateMs: number;
  /** CPU time this thread used between the ticks; the rest of the time it waited. */
  readonly cpuMs: number;
  readonly step: string;
  /** When it ended, after the ticker started. */
  readonly atMs: number;
  /** When it began and ended, on a CPU profile's clock. */
  readonly window: ProfileWindow;
}

/** The CPU time of the calling thread, in ms (Node 23.9+; older ones give the whole process's). */
export function threadCpuMs(): number {
  const own = (process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  const usage = own ? own.call(process) : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * A timer that notices when it fires late, and how long this thread ran in between: the longest
 * run between two ticks bounds the longest time the event loop was blocked by work, whatever the
 * machine's load. Set `step` as the test goes on, so each interval says what the test was doing.
 */
export class StallTicker {
  step: string;
  private readonly stalls: Interval[] = [];
  private busiestInterval: Interval | undefined;
  private readonly started = performance.now();
  private last = this.started;
  private lastUs = profileClockUs();
  private lastCpu = threadCpuMs();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(firstStep: string) {
    this.step = firstStep;
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const now = performance.now();
    const nowUs = profileClockUs();
    const cpu = threadCpuMs();
    const lateMs = now - this.last - TICK_MS;
    const cpuMs = cpu - this.lastCpu;
    if (lateMs > STALL_MS || cpuMs > (this.busiestInterval?.cpuMs ?? 0)) {
      const label = `${lateMs.toFixed(0)} ms late, ${cpuMs.toFixed(0)} ms run, while ${this.step}`;
      const interval: Interval = { lateMs, cpuMs, step: this.step, atMs: now - this.started, window: { startUs: this.lastUs, endUs: nowUs, label } };
      if (lateMs > STALL_MS) this.stalls.push(interval);
      if (cpuMs > (this.busiestInterval?.cpuMs ?? 0)) this.busiestInterval = interval;
    }
    this.last = now;
    this.lastUs = nowUs;
    this.lastCpu = cpu;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The intervals whose tick came more than STALL_MS late. */
  get all(): readonly Interval[] {
    return this.stalls;
  }

  /** The longest stall, by the clock. */
  get worst(): Interval | undefined {
    return this.stalls.reduce<Interval | undefined>((a, b) => (a && a.lateMs >= b.lateMs ? a : b), undefined);
  }

  /** The interval in which this thread ran longest: the longest the loop can have been blocked by work. */
  get busiest(): Interval | undefined {
    return this.busiestInterval;
  }

  /** The stalls and the busiest interval, for a CPU profile's summary. */
  get windows(): ProfileWindow[] {
    const busiest = this.busiestInterval && !this.stalls.includes(this.busiestInterval) ? [this.busiestInterval] : [];
    return [...this.stalls, ...busiest].map((interval) => interval.window);
  }
}

/** "118 ms late while analysing, 36.1 s in; this thread ran 1 ms of it" */
export function describeInterval(interval: Interval | undefined, measure: 'late' | 'run'): string {
  if (!interval) return 'none';
  const head = measure === 'late' ? `${interval.lateMs.toFixed(0)} ms late` : `${interval.cpuMs.toFixed(0)} ms run`;
  const other = measure === 'late' ? `this thread ran ${interval.cpuMs.toFixed(0)} ms of it` : `the tick came ${Math.max(0, interval.lateMs).toFixed(0)} ms late`;
  return `${head} while ${interval.step}, ${(interval.atMs / 1000).toFixed(1)} s in; ${other}`;
}

/** "analysing: 118/1, 44/40; scrolling: none" (ms late/ms this thread ran), by step. */
export function stallsByStep(stalls: readonly Interval[], steps: readonly string[]): string {
  return steps.map((step) => {
    const here = stalls.filter((s) => s.step === step).map((s) => `${s.lateMs.toFixed(0)}/${s.cpuMs.toFixed(0)}`);
    return `${step}: ${here.length ? here.join(', ') : 'none'}`;
  }).join('; ');
}
