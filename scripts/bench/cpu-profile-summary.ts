/** The parts of a V8 .cpuprofile this summary reads. */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type FunctionShare = { name: string; microseconds: number; share: number };

/** A frame as a reader knows it: the function and the package or file it is in (not the machine's paths). */
function frameName({ functionName, url }: { functionName: string; url: string }): string {
  const where = url
    .split("/node_modules/")
    .at(-1)!
    .replace(/^.*\/\.next[^/]*\//, "");
  return `${functionName || "(anonymous)"}${where ? ` (${where.slice(0, 60)})` : ""}`;
}

/**
 * Self time per function over the samples taken between `fromUs` and `toUs` (the profile's own clock, in
 * microseconds), idle excluded, largest first; `busyUs` is the window's non-idle time.
 */
export function selfTimeByFunction(profile: CpuProfile, fromUs: number, toUs: number): { busyUs: number; functions: FunctionShare[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let at = profile.startTime;
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i]!;
    if (at < fromUs || at > toUs) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    const name = frameName(frame);
    self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[i]!);
    busyUs += profile.timeDeltas[i]!;
  });
  const functions = [...self].map(([name, microseconds]) => ({ name, microseconds, share: busyUs ? microseconds / busyUs : 0 }));
  return { busyUs, functions: functions.sort((a, b) => b.microseconds - a.microseconds || a.name.localeCompare(b.name)) };
}

/** The time of the profile's last sample, on its own clock. */
export function profileEndUs(profile: CpuProfile): number {
  return profile.timeDeltas.reduce((at, d) => at + d, profile.startTime);
}
