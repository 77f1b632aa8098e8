import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

export type MachineInfo = { cores: number; cpuModel: string; memoryGiB: number; node: string; commit: string; dirtyTree: boolean };

function command(cmd: string, args: string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** What the results were measured on: `nproc`, the CPU model, memory, Node and the commit (read-only git). */
export function machineInfo(): MachineInfo {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model.trim() ?? "unknown";
  return {
    cores: Number(command("nproc", [])) || os.availableParallelism(),
    cpuModel: model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit: command("git", ["rev-parse", "--short", "HEAD"]) ?? "unknown",
    dirtyTree: (command("git", ["--no-optional-locks", "status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
  };
}

/** `uptime`'s load averages (1, 5, 15 min): other work on the machine skews every figure. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
}
