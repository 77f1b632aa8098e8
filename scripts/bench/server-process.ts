// The process that really serves a `next start` (the one `spawn` returns may only be its parent) and what
// it holds, read from /proc (Linux): its memory and the TCP connections it has open to given ports.
import fs from "node:fs";

type TcpSocket = { inode: string; localPort: number; remotePort: number; state: "listen" | "established" | "other" };

const TCP_STATES: Record<string, TcpSocket["state"]> = { "0A": "listen", "01": "established" };

/** Every TCP socket of the network namespace (/proc/net/tcp and tcp6), with its inode. */
function tcpSockets(): TcpSocket[] {
  const sockets: TcpSocket[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10) continue;
      const port = (address: string) => parseInt(address.split(":").at(-1)!, 16);
      sockets.push({ inode: f[9]!, localPort: port(f[1]!), remotePort: port(f[2]!), state: TCP_STATES[f[3]!] ?? "other" });
    }
  }
  return sockets;
}

/** Inodes of the sockets a process has open (`socket:[inode]` links in /proc/<pid>/fd). */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes; // gone, or not ours to read
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed between the listing and the read
    }
  }
  return inodes;
}

/** Pids whose process group is `pgid` (a detached `spawn` leads its own group, so: it and everything it forked). */
function processGroup(pgid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after the command name (which may hold spaces or parentheses): state ppid pgrp ...
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid;
      } catch {
        return false;
      }
    });
}

/** The process of group `pgid` that listens on `port`: the one whose memory and connections are the app's. */
export function listeningPid(pgid: number, port: number): number {
  const listening = new Set(tcpSockets().flatMap((s) => (s.state === "listen" && s.localPort === port ? [s.inode] : [])));
  const pid = processGroup(pgid).find((p) => [...socketInodes(p)].some((inode) => listening.has(inode)));
  if (pid === undefined) throw new Error(`no process of group ${pgid} listens on port ${port}`);
  return pid;
}

/** Resident memory now and its high-water mark since the process started, in bytes (/proc/<pid>/status). */
export function residentMemory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kib("VmRSS"), peak: kib("VmHWM") };
}

/** Local ports of the process's established connections to any of `remotePorts`: how the server on the other end names them. */
export function connectionPortsTo(pid: number, remotePorts: number[]): Set<number> {
  const inodes = socketInodes(pid);
  return new Set(tcpSockets().flatMap((s) => (s.state === "established" && inodes.has(s.inode) && remotePorts.includes(s.remotePort) ? [s.localPort] : [])));
}

/** CPU seconds (user + system) the process has used since it started (/proc/<pid>/stat, clock ticks of 1/100 s). */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // After the command name: state is field 3, utime and stime fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
