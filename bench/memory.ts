// Peak memory, two ways: Linux's own high-water mark (VmHWM in /proc/<pid>/status, which catches
// peaks between samples) and a sampler of the Node heap (which /proc cannot see).
import { readFileSync, writeFileSync } from 'node:fs';

const MB = 1024 * 1024;

/** VmHWM (peak resident set) of a process in MiB; null where /proc is not there or not readable. */
export function peakRssOfProcessMb(pid: number | 'self'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** Resets this process's VmHWM to its current RSS (Linux ≥ 4.0), so a later read is the phase's peak. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export interface MemoryPeaks {
  /** The larger of the sampled RSS and the kernel's high-water mark since the sampler started. */
  peakRssMb: number;
  peakHeapUsedMb: number;
}

/** Samples this process's RSS and heap until stopped; call `stop()` once. */
export function startMemorySampler(intervalMs = 50): { stop(): MemoryPeaks } {
  const hwmReset = resetPeakRss();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const hwm = hwmReset ? (peakRssOfProcessMb('self') ?? 0) : 0;
      return { peakRssMb: Math.max(peakRss / MB, hwm), peakHeapUsedMb: peakHeap / MB };
    },
  };
}
