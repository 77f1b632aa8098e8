// `npm run bench:tutor [-- --reuse-build] [-- --streams 200]`: issue #19's closing benchmark. One `next
// start` of the production build (.next-bench) answers `--streams` tutor questions at once, each streamed
// by the stand-in OpenAI-compatible server at a human-like pace, while one unrelated student loads their
// dashboard at a steady pace (also measured first without the streams). Reports time to first token,
// stream durations, the dashboard's latency, the app's event-loop delay, its RSS, and the database
// connections it holds while the answers stream; writes bench/results/<date>-tutor-streams.md and the
// "Tutor streams" section of BENCHMARKS.md. Runs against DATABASE_URL (the development database).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { env } from "@/lib/env";
import { startTestOpenAiStreamServer } from "@/lib/feedback/test-openai-stream-server";
import { deleteTutorThread } from "@/lib/tutor/tutor-thread";
import { runScript } from "../lib/run-script";
import { findReplicaUrls, refuseTestDatabase, waitForReplicas } from "./bench-database";
import { BENCH_PORTS, buildForBench, loggedProblems, startServer, stopServer } from "./bench-server";
import { signInDirectly, signOutEverywhere } from "./bench-students";
import { replaceSection, upsertSummaryRow } from "./benchmarks-file";
import { peakStates, sampleConnections, type DatabaseTarget } from "./db-connections";
import { combineWindows, sampleEventLoopDelay } from "./event-loop-delay";
import { createHttpClient } from "./http-client";
import { percentiles } from "./latency-stats";
import { loadAverage, machineInfo } from "./machine-info";
import { sendAtPace, type PacedResult } from "./paced-requests";
import { cpuSeconds, listeningPid, residentMemory } from "./server-process";
import { ensureTutorBenchAccounts } from "./tutor-bench-students";
import { askTutorOverHttp, type TutorStreamResult } from "./tutor-stream-client";
import { tutorBenchmarksSection, tutorResultsMarkdown, type PacedLatency, type TutorStreamsBench } from "./tutor-streams-report";

const DASHBOARD_INTERVAL_MS = 100;
const QUESTION = "I am stuck on this one. Where should I start?";

/** An answer of `count` word tokens, as a model's chunks would arrive. */
const answerTokens = (count: number) =>
  Array.from({ length: count }, (_, i) => `${i === 0 ? "" : " "}${["First", "look", "at", "what", "the", "question", "gives", "you."][i % 8]}`);

const paced = ({ latencies, errors }: PacedResult): PacedLatency => ({ ...percentiles(latencies), requests: latencies.length, errors: errors.length });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { values } = parseArgs({
    options: {
      "reuse-build": { type: "boolean", default: false },
      streams: { type: "string", default: "200" },
      tokens: { type: "string", default: "300" },
      "token-delay-ms": { type: "string", default: "25" },
      "baseline-s": { type: "string", default: "15" },
    },
  });
  const streams = z.coerce.number().int().min(1).max(2_000).parse(values.streams);
  const tokens = z.coerce.number().int().min(1).max(10_000).parse(values.tokens);
  const tokenDelayMs = z.coerce.number().int().min(0).max(1_000).parse(values["token-delay-ms"]);
  const baselineS = z.coerce.number().int().min(3).max(600).parse(values["baseline-s"]);
  const database = refuseTestDatabase(env.DATABASE_URL, env.NODE_ENV);
  const startedAt = new Date();
  const machine = machineInfo();
  const loadBefore = loadAverage();

  const buildS = buildForBench(values["reuse-build"]);
  const accounts = await ensureTutorBenchAccounts(streams);
  const [onlooker, ...askers] = await signInDirectly([accounts.onlooker, ...accounts.askers]);
  const ids = [accounts.onlooker.id, ...accounts.askers.map((a) => a.id)];
  const primary = new pg.Client({ connectionString: env.DATABASE_URL, application_name: "ib-revise-bench-tutor" });
  await primary.connect();
  const replicas = await findReplicaUrls(env.DATABASE_REPLICA_URLS, env.DATABASE_URL);
  await waitForReplicas(primary, replicas);
  const targets: DatabaseTarget[] = [{ name: "primary", client: primary, port: Number(new URL(env.DATABASE_URL).port || 5432) }];
  for (const url of replicas) {
    const client = new pg.Client({ connectionString: url, application_name: "ib-revise-bench-tutor" });
    await client.connect();
    targets.push({ name: `replica ${new URL(url).host}`, client, port: Number(new URL(url).port || 5432) });
  }

  const answer = { kind: "tokens" as const, tokens: answerTokens(tokens), delayMs: tokenDelayMs };
  const standIn = await startTestOpenAiStreamServer(answer, { port: BENCH_PORTS.tutorStandIn });
  const dashboardClient = createHttpClient(`http://127.0.0.1:${BENCH_PORTS.tutor}`, 1);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer("tutor", BENCH_PORTS.tutor, {
      OPENAI_API_KEY: "bench",
      OPENAI_BASE_URL: standIn.baseURL,
      TUTOR_ENABLED: "true",
      // Far above what the run spends: the allowance is not what is measured here.
      TUTOR_DAILY_TOKENS_PER_STUDENT: "1000000",
      TUTOR_DAILY_TOKENS_PLATFORM: "1000000000",
      CACHE_ENABLED: "true",
      DATABASE_REPLICA_URLS: replicas.join(","),
      JOBS_SCHEDULER: "false",
    });
    const origin = server.origin;
    const appPid = listeningPid(server.process.pid!, BENCH_PORTS.tutor);
    console.log(`[bench:tutor] next-server pid ${appPid} (spawned ${server.process.pid}); ${streams} askers; question ${accounts.questionId}`);

    // Warm-up: the first requests to a fresh process load each route's code and open its Redis and
    // database connections (a first Redis command can outlast REDIS_COMMAND_TIMEOUT_MS and be refused
    // as signed out), so it retries until both routes answer. The onlooker's thread is emptied again.
    const dashboard = { path: "/api/v1/dashboard", cookie: onlooker!.cookie };
    standIn.setMode({ kind: "tokens", tokens: ["Warm."] });
    for (let attempt = 1; ; attempt++) {
      const [board, warm] = [await dashboardClient.send(dashboard), await askTutorOverHttp(origin, onlooker!.cookie, accounts.questionId, QUESTION)];
      if (board.status === 200 && !warm.error) break;
      if (attempt === 10) throw new Error(`the warm-up failed: dashboard ${board.status}, tutor ${warm.error}`);
      await sleep(1_000);
    }
    await deleteTutorThread(accounts.onlooker.id, { kind: "question", id: accounts.questionId });
    standIn.setMode(answer);
    await sleep(2_000);

    const memoryBefore = residentMemory(appPid);
    const loop = await sampleEventLoopDelay(origin, server.metricsToken, 1_000);
    const connections = sampleConnections(appPid, targets, 250);
    const label = (next: string) => {
      loop.setLabel(next);
      connections.setLabel(next);
    };
    label("baseline");
    console.log(`[bench:tutor] baseline: ${baselineS} s of dashboard requests alone`);
    const baselinePacer = sendAtPace(dashboardClient, dashboard, DASHBOARD_INTERVAL_MS);
    await sleep(baselineS * 1_000);
    const baseline = await baselinePacer.stop();

    console.log(`[bench:tutor] opening ${streams} tutor streams`);
    label("opening");
    let peakRss = memoryBefore.rss;
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, residentMemory(appPid).rss)), 250);
    let waitingForFirst = streams;
    let ended = 0;
    let midAnswer = 0;
    let peakMidAnswer = 0;
    const streamingStarted = { at: 0, until: 0 };
    const duringPacer = sendAtPace(dashboardClient, dashboard, DASHBOARD_INTERVAL_MS);
    const opened = performance.now();
    const cpuBefore = { app: cpuSeconds(appPid), bench: cpuSeconds(process.pid) };
    const results: TutorStreamResult[] = await Promise.all(
      askers.map((s) => {
        let sawFirst = false;
        const first = () => {
          sawFirst = true;
          peakMidAnswer = Math.max(peakMidAnswer, ++midAnswer);
          if (--waitingForFirst === 0 && ended === 0) {
            streamingStarted.at = performance.now();
            label("streaming");
          }
        };
        return askTutorOverHttp(origin, s.cookie, accounts.questionId, QUESTION, {
          onFirstToken: first,
          onEnd: () => {
            if (!sawFirst)
              waitingForFirst -= 1; // refused or failed before any token
            else midAnswer -= 1;
            if (++ended === 1) {
              streamingStarted.until = performance.now();
              label("closing");
            }
          },
        });
      }),
    );
    const wallS = (performance.now() - opened) / 1_000;
    const cpu = { appS: cpuSeconds(appPid) - cpuBefore.app, loadGeneratorS: cpuSeconds(process.pid) - cpuBefore.bench };
    const during = await duringPacer.stop();
    clearInterval(rssTimer);
    label("after");
    await sleep(5_000);
    const memoryAfter = residentMemory(appPid);
    const windows = await loop.stop();
    const samples = await connections.stop();

    const completed = results.filter((r) => !r.error);
    const errors: Record<string, number> = {};
    for (const r of results) if (r.error) errors[r.error] = (errors[r.error] ?? 0) + 1;
    // Up to a second before the first answer ended: each answer is stored just before its stream closes.
    const streamingSamples = samples.filter((s) => s.label === "streaming" && s.at < streamingStarted.until - 1_000);
    const streamPhase = ["opening", "streaming", "closing"];
    const report: TutorStreamsBench = {
      date: startedAt.toISOString().slice(0, 10),
      startedAt,
      machine,
      database,
      loadBefore,
      loadAfter: loadAverage(),
      buildS,
      setup: {
        streams,
        tokensPerAnswer: tokens,
        tokenDelayMs,
        dashboardIntervalMs: DASHBOARD_INTERVAL_MS,
        baselineS,
        replicas: replicas.map((u) => new URL(u).host),
        poolSize: env.DATABASE_POOL_SIZE,
      },
      streams: {
        completed: completed.length,
        errors,
        firstToken: percentiles(results.flatMap((r) => (r.firstTokenMs === null ? [] : [r.firstTokenMs]))),
        duration: percentiles(completed.map((r) => r.totalMs)),
        shortestMs: Math.min(...completed.map((r) => r.totalMs)),
        wallS,
        peakMidAnswer,
        cpu,
        streamingWindowS: streamingStarted.at && streamingStarted.until > streamingStarted.at ? (streamingStarted.until - streamingStarted.at) / 1_000 : 0,
      },
      dashboard: { baseline: paced(baseline), during: paced(during) },
      eventLoop: {
        baseline: combineWindows(windows.filter((w) => w.label === "baseline")),
        during: combineWindows(windows.filter((w) => streamPhase.includes(w.label))),
        windows: windows.length,
      },
      memory: { before: memoryBefore.rss, peak: peakRss, after: memoryAfter.rss, highWater: memoryAfter.peak },
      connections: {
        streaming: peakStates(streamingSamples),
        streamingSamples: streamingSamples.length,
        wholePhase: peakStates(samples.filter((s) => streamPhase.includes(s.label))),
      },
      problems: loggedProblems(server).problems,
    };
    if (baseline.errors.length || during.errors.length)
      console.log(`[bench:tutor] dashboard errors: ${[...baseline.errors, ...during.errors].slice(0, 5).join(" | ")}`);
    writeReport(report);
  } finally {
    dashboardClient.close();
    if (server) await stopServer(server);
    await standIn.close();
    console.log(`[bench:tutor] signed out ${await signOutEverywhere(ids)} benchmark sessions`);
    for (const t of targets) await t.client.end();
  }
}

function writeReport(report: TutorStreamsBench) {
  const resultsFile = path.join("bench/results", `${report.date}-tutor-streams.md`);
  const markdown = tutorResultsMarkdown(report);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, markdown);
  const { section, row } = tutorBenchmarksSection(report, resultsFile);
  const doc = fs.readFileSync("BENCHMARKS.md", "utf8");
  fs.writeFileSync("BENCHMARKS.md", upsertSummaryRow(replaceSection(doc, "## Tutor streams", section), "`npm run bench:tutor`", row));
  console.log(`\n${markdown}\n[bench:tutor] wrote ${resultsFile} and BENCHMARKS.md`);
}

runScript(main);
