// A probe of the extension host's event loop that says where its stalls came from: in which step
// of a test, and how much of each stall this thread spent running (work, garbage collection
// included) rather than waiting for a core, which on a busy 2-core machine most stalls are.
import { PerformanceObserver } from 'perf_hooks';
import { profileClockUs, type ProfileWindow } from './helpers';

const TICK_MS = 20;
/** A tick later than this counts as a stall. */
export const STALL_MS = 40;

/** The time between two ticks. */
export interface Interval {
  /** How much later than due the second tick came. */
  readonly lateMs: number;
  /** CPU time this thread used between the ticks; the rest of the time it waited for a core. */
  readonly cpuMs: number;
  /** Garbage-collection pauses between the ticks. */
  readonly gcMs: number;
  readonly step: string;
  /** When it ended, after the ticker started. */
  readonly atMs: number;
  /** When it began and ended, on a CPU profile's clock. */
  readonly window: ProfileWindow;
}

interface Raw extends Omit<Interval, 'gcMs'> {
  readonly from: number;
  readonly to: number;
}

/** The CPU time of the calling thread, in ms (Node 23.9+; older ones give the whole process's). */
function threadCpuMs(): number {
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
  private readonly stalls: Raw[] = [];
  private busiestRaw: Raw | undefined;
  private readonly gcs: { start: number; end: number }[] = [];
  private readonly started = performance.now();
  private last = this.started;
  private lastUs = profileClockUs();
  private lastCpu = threadCpuMs();
  // Entries arrive after the fact, so GC is matched with the intervals only when reported.
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.gcs.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(firstStep: string) {
    this.step = firstStep;
    this.observer.observe({ entryTypes: ['gc'] });
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const now = performance.now();
    const nowUs = profileClockUs();
    const cpu = threadCpuMs();
    const lateMs = now - this.last - TICK_MS;
    const cpuMs = cpu - this.lastCpu;
    if (lateMs > STALL_MS || cpuMs > (this.busiestRaw?.cpuMs ?? 0)) {
      const label = `${lateMs.toFixed(0)} ms late, ${cpuMs.toFixed(0)} ms run, while ${this.step}`;
      const raw: Raw = { lateMs, cpuMs, step: this.step, atMs: now - this.started, from: this.last, to: now, window: { startUs: this.lastUs, endUs: nowUs, label } };
      if (lateMs > STALL_MS) this.stalls.push(raw);
      if (cpuMs > (this.busiestRaw?.cpuMs ?? 0)) this.busiestRaw = raw;
    }
    this.last = now;
    this.lastUs = nowUs;
    this.lastCpu = cpu;
  }

  stop(): void {
    clearInterval(this.timer);
    this.observer.disconnect();
  }

  private withGc(raw: Raw): Interval {
    const gcMs = this.gcs.reduce((sum, gc) => sum + Math.max(0, Math.min(gc.end, raw.to) - Math.max(gc.start, raw.from)), 0);
    return { lateMs: raw.lateMs, cpuMs: raw.cpuMs, gcMs, step: raw.step, atMs: raw.atMs, window: raw.window };
  }

  /** The intervals whose tick came more than STALL_MS late. */
  get all(): Interval[] {
    return this.stalls.map((raw) => this.withGc(raw));
  }

  /** The longest stall, by the clock. */
  get worst(): Interval | undefined {
    return this.all.reduce<Interval | undefined>((a, b) => (a && a.lateMs >= b.lateMs ? a : b), undefined);
  }

  /** The interval in which this thread ran longest: the longest the loop can have been blocked by work. */
  get busiest(): Interval | undefined {
    return this.busiestRaw && this.withGc(this.busiestRaw);
  }

  /** The longest garbage-collection pause, in ms. */
  get longestGcMs(): number {
    return this.gcs.reduce((max, gc) => Math.max(max, gc.end - gc.start), 0);
  }

  /** The stalls and the busiest interval, for a CPU profile's summary. */
  get windows(): ProfileWindow[] {
    const busiest = this.busiestRaw && !this.stalls.includes(this.busiestRaw) ? [this.busiestRaw] : [];
    return [...this.stalls, ...busiest].map((raw) => raw.window);
  }
}

/** "118 ms while analysing, 36.1 s in; this thread ran 1 ms of it (GC 0 ms)" */
export function describeInterval(interval: Interval | undefined, measure: 'late' | 'run'): string {
  if (!interval) return 'none';
  const head = measure === 'late' ? `${interval.lateMs.toFixed(0)} ms late` : `${interval.cpuMs.toFixed(0)} ms run`;
  const other = measure === 'late' ? `this thread ran ${interval.cpuMs.toFixed(0)} ms of it` : `the tick came ${Math.max(0, interval.lateMs).toFixed(0)} ms late`;
  return `${head} while ${interval.step}, ${(interval.atMs / 1000).toFixed(1)} s in; ${other} (GC ${interval.gcMs.toFixed(0)} ms)`;
}

/** "analysing: 118/1, 44/40; scrolling: none" (ms late/ms this thread ran), by step. */
export function stallsByStep(stalls: readonly Interval[], steps: readonly string[]): string {
  return steps.map((step) => {
    const here = stalls.filter((s) => s.step === step).map((s) => `${s.lateMs.toFixed(0)}/${s.cpuMs.toFixed(0)}`);
    return `${step}: ${here.length ? here.join(', ') : 'none'}`;
  }).join('; ');
}
