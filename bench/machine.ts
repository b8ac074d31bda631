// What the figures were measured on, recorded beside them.
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  platform: string;
  node: string;
  java: string | null;
  /** The 1-minute load average when the run started: above 0 means other work shared the CPUs. */
  loadAverage1m: number;
}

export function machineInfo(
  java = process.env.JAVA ?? (process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java'),
): MachineInfo {
  const cpus = os.cpus();
  const version = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const javaLine = version.status === 0 ? `${version.stderr}${version.stdout}`.split('\n').find((line) => line.trim() !== '') : undefined;
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaLine?.trim() ?? null,
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
