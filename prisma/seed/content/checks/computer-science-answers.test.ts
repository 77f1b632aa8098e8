import { describe, expect, it } from "vitest";
import { questionInput, type Question } from "@/lib/questions/question-input";
import bank from "@/prisma/seed/content/questions/computer-science";

// Every NUMERIC answer in the Computer Science bank is recomputed here by running the algorithm, query or
// program the question describes, written in TypeScript independently of the stored answer. Where the
// stem holds data (a list, a table, a bit pattern, a sequence of operations) the check reads that data
// from the stem itself, so a stem edited without its answer fails. A few WRITTEN model answers that
// rest on a computation (k-means, k-NN, traversals, sort passes) are checked the same way.

const questions = bank.questions.map((raw) => questionInput.parse(raw));
const byKey = new Map(questions.map((q) => [q.key, q]));

function question(key: string): Question {
  const q = byKey.get(key);
  if (!q) throw new Error(`no question ${key}`);
  return q;
}
const stem = (key: string) => question(key).stem;

/** The body of the first ~~~ code block in a stem. */
function codeBlock(text: string): string {
  const match = /~~~[a-z]*\n([\s\S]*?)\n~~~/.exec(text);
  if (!match?.[1]) throw new Error("no code block");
  return match[1];
}

/** Parses `name = [1, 2, 3]` out of code in a stem. */
function listLiteral(text: string, name: string): number[] {
  const match = new RegExp(`${name} = (?:deque\\()?\\[([^\\]]*)\\]`).exec(text);
  if (!match?.[1]) throw new Error(`no list ${name}`);
  return match[1].split(",").map((s) => Number(s.trim()));
}

/** The rows of the Markdown table that follows a bold heading such as **Ascent**. */
function tableAfter(text: string, heading: string): string[][] {
  const start = text.indexOf(`**${heading}**`);
  if (start < 0) throw new Error(`no table ${heading}`);
  const lines = text.slice(start).split("\n").slice(1);
  const rows: string[][] = [];
  for (const line of lines) {
    if (line.trim() === "" && rows.length === 0) continue;
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2); // header and separator
}

// ── Algorithms, written out as the stems describe them ─────────────────────────────────────────────────

function runLengthPairs(row: string): number {
  let runs = 0;
  for (let i = 0; i < row.length; i++) if (i === 0 || row[i] !== row[i - 1]) runs++;
  return runs;
}

function pipelineCycles(instructions: number, stages: number): { sequential: number; pipelined: number } {
  // Instruction i (from 0) enters fetch at cycle i + 1 and leaves the last stage at cycle i + stages.
  let lastFinish = 0;
  for (let i = 0; i < instructions; i++) lastFinish = Math.max(lastFinish, i + stages);
  return { sequential: instructions * stages, pipelined: lastFinish };
}

function fromBase(digits: string, base: number): number {
  const symbols = "0123456789ABCDEF";
  let value = 0;
  for (const d of digits.toUpperCase()) value = value * base + symbols.indexOf(d);
  return value;
}

function roundRobinTurnaround(bursts: number[], quantum: number): number[] {
  const remaining = [...bursts];
  const finish = bursts.map(() => 0);
  const queue = bursts.map((_, i) => i);
  let time = 0;
  while (queue.length) {
    const p = queue.shift()!;
    const slice = Math.min(quantum, remaining[p]!);
    time += slice;
    remaining[p]! -= slice;
    if (remaining[p]! > 0) queue.push(p);
    else finish[p] = time;
  }
  return finish; // all arrive at time 0
}

function bubbleSwaps(list: number[]): number {
  const a = [...list];
  let swaps = 0;
  for (let i = 0; i < a.length - 1; i++) {
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j]! > a[j + 1]!) {
        [a[j], a[j + 1]] = [a[j + 1]!, a[j]!];
        swaps++;
      }
    }
  }
  return swaps;
}

function selectionSort(list: number[]): { comparisons: number; passes: number[][] } {
  const a = [...list];
  let comparisons = 0;
  const passes: number[][] = [];
  for (let i = 0; i < a.length - 1; i++) {
    let smallest = i;
    for (let j = i + 1; j < a.length; j++) {
      comparisons++;
      if (a[j]! < a[smallest]!) smallest = j;
    }
    [a[i], a[smallest]] = [a[smallest]!, a[i]!];
    passes.push([...a]);
  }
  return { comparisons, passes };
}

function binarySearchIterations(items: number[], target: number): number {
  let low = 0;
  let high = items.length - 1;
  let iterations = 0;
  while (low <= high) {
    iterations++;
    const mid = Math.floor((low + high) / 2);
    if (items[mid] === target) return iterations;
    if (items[mid]! < target) low = mid + 1;
    else high = mid - 1;
  }
  return iterations;
}

type TreeNode<T> = { value: T; left?: TreeNode<T>; right?: TreeNode<T> };
function bstInsert<T>(root: TreeNode<T> | undefined, value: T): TreeNode<T> {
  if (!root) return { value };
  if (value < root.value) root.left = bstInsert(root.left, value);
  else root.right = bstInsert(root.right, value);
  return root;
}
function bstBuild<T>(values: T[]): TreeNode<T> {
  let root: TreeNode<T> | undefined;
  for (const v of values) root = bstInsert(root, v);
  return root!;
}
function preOrder<T>(n: TreeNode<T> | undefined): T[] {
  return n ? [n.value, ...preOrder(n.left), ...preOrder(n.right)] : [];
}
function inOrder<T>(n: TreeNode<T> | undefined): T[] {
  return n ? [...inOrder(n.left), n.value, ...inOrder(n.right)] : [];
}
function postOrder<T>(n: TreeNode<T> | undefined): T[] {
  return n ? [...postOrder(n.left), ...postOrder(n.right), n.value] : [];
}

const distance2 = (p: number[], q: number[]) => p.reduce((s, x, i) => s + (x - q[i]!) ** 2, 0);

// ── One recomputation per NUMERIC question ──────────────────────────────────────────────────────────────

const checks: Record<string, () => number> = {
  "computer-science-a1-1-03": () => {
    const row = codeBlock(stem("computer-science-a1-1-03")).trim();
    return row.length * 1 - runLengthPairs(row) * 2;
  },
  "computer-science-a1-1-06": () => {
    const { sequential, pipelined } = pipelineCycles(12, 4);
    return sequential - pipelined;
  },
  "computer-science-a1-2-01": () => fromBase(/`([01]{8})`/.exec(stem("computer-science-a1-2-01"))![1]!, 2),
  "computer-science-a1-2-02": () => fromBase(/`([0-9A-F]+)`/.exec(stem("computer-science-a1-2-02"))![1]!, 16),
  "computer-science-a1-2-03": () => (640 * 480 * 24) / 8 / 1024,
  "computer-science-a1-2-04": () => {
    let bits = 0;
    while (2 ** bits < 200) bits++;
    return bits;
  },
  "computer-science-a1-2-06": () => {
    let ones = 0;
    for (let code = 0; code < 16; code++) {
      const [a, b, c, d] = [8, 4, 2, 1].map((bit) => (code & bit ? 1 : 0));
      const nand = a && b ? 0 : 1;
      const nor = c || d ? 0 : 1;
      if (nand && nor) ones++;
    }
    return ones;
  },
  "computer-science-a1-2-08": () => (44_100 * 2 * 10 * 16) / 8,
  "computer-science-a1-3-02": () => {
    const finish = roundRobinTurnaround([5, 3, 1], 2);
    return Math.round((finish.reduce((s, t) => s + t, 0) / finish.length) * 100) / 100;
  },
  "computer-science-a2-2-02": () => {
    const prefix = Number(/\/(\d+)`/.exec(stem("computer-science-a2-2-02"))![1]);
    let addresses = 0;
    for (let host = 0; host < 2 ** (32 - prefix); host++) addresses++;
    return addresses - 2;
  },
  "computer-science-a2-2-04": () => {
    let cables = 0;
    for (let i = 0; i < 7; i++) for (let j = i + 1; j < 7; j++) cables++;
    return cables;
  },
  "computer-science-a2-3-02": () => (150 * 1e6 * 8) / (40 * 1e6),
  "computer-science-a2-4-04": () => {
    let count = 1;
    for (let position = 0; position < 6; position++) count *= 26 + 10;
    return count;
  },
  "computer-science-a3-3-03": () => {
    const text = stem("computer-science-a3-3-03");
    const members = tableAfter(text, "Member");
    const grades = new Map(tableAfter(text, "Route").map(([id, , grade]) => [id!, Number(grade)]));
    const ana = members.find(([, name]) => name === "Ana")![0];
    const joined = tableAfter(text, "Ascent")
      .filter(([m]) => m === ana)
      .map(([, route]) => grades.get(route!)!);
    return joined.reduce((s, g) => s + g, 0) / joined.length;
  },
  "computer-science-a3-3-04": () => {
    const text = stem("computer-science-a3-3-04");
    const wallOf = new Map(tableAfter(text, "Route").map(([id, wall]) => [id!, wall!]));
    const counts = new Map<string, number>();
    for (const [, route] of tableAfter(text, "Ascent")) {
      const wall = wallOf.get(route!)!;
      counts.set(wall, (counts.get(wall) ?? 0) + 1);
    }
    const rows = [...counts.values()].filter((n) => n > 4);
    expect(rows).toHaveLength(1); // the stem promises exactly one row
    return rows[0]!;
  },
  "computer-science-a4-2-02": () => (81 - 42) / (102 - 42),
  "computer-science-a4-3-01": () => {
    const tp = 42;
    const fn = 14;
    return tp / (tp + fn);
  },
  "computer-science-b1-1-03": () => {
    const data = listLiteral(stem("computer-science-b1-1-03"), "data");
    let result = 0;
    for (let i = 1; i < data.length; i++) if (data[i]! < data[i - 1]!) result += data[i - 1]! - data[i]!;
    return result;
  },
  "computer-science-b1-1-04": () => {
    const [, xs, ys] = /gcd\((\d+), (\d+)\)`/.exec(stem("computer-science-b1-1-04"))!;
    let [x, y] = [Number(xs), Number(ys)];
    let steps = 0;
    while (x !== y) {
      if (x > y) x -= y;
      else y -= x;
      steps++;
    }
    return steps;
  },
  "computer-science-b2-1-01": () => Math.floor(47 / 6) + (47 % 6) * 3 - 2 ** 3,
  "computer-science-b2-1-05": () => {
    const s = "COMPUTATIONAL";
    return s.indexOf("TAT") + s.slice(3, 7).length;
  },
  "computer-science-b2-2-01": () => {
    const stack: number[] = [];
    for (const op of stem("computer-science-b2-2-01").matchAll(/push\((\d+)\)|pop\(\)/g)) {
      if (op[1]) stack.push(Number(op[1]));
      else stack.pop();
    }
    return stack.reduce((s, v) => s + v, 0);
  },
  "computer-science-b2-2-02": () => {
    const queue = listLiteral(stem("computer-science-b2-2-02"), "q");
    const stack: number[] = [];
    let iterations = 0;
    while (queue.length > 0) {
      const x = queue.shift()!;
      if (x % 2 === 0) stack.push(x);
      else if (stack.length > 0) queue.push(stack.pop()!);
      iterations++;
    }
    return iterations;
  },
  "computer-science-b2-3-01": () => {
    let count = 0;
    for (let i = 1; i < 8; i++) for (let j = i; j < 8; j++) if ((i + j) % 3 === 0) count++;
    return count;
  },
  "computer-science-b2-4-01": () => binarySearchIterations(listLiteral(stem("computer-science-b2-4-01"), "values"), 50),
  "computer-science-b2-4-02": () => bubbleSwaps([5, 1, 4, 2, 8, 3]),
  "computer-science-b2-4-03": () => selectionSort([9, 4, 12, 1, 7, 3, 11, 2, 8, 6, 10, 5]).comparisons,
  "computer-science-b2-4-04": () => {
    const n = 64;
    let count = 0;
    for (let i = 1; i < n; i *= 2) for (let j = 0; j < n; j++) count++;
    return count;
  },
  "computer-science-b2-4-08": () => {
    let calls = 0;
    const f = (n: number): number => {
      calls++;
      return n <= 1 ? 1 : f(n - 1) + f(n - 2) + 1;
    };
    f(6);
    return calls;
  },
  "computer-science-b3-1-03": () => {
    class Ticket {
      static issued = 0;
      readonly number: number;
      private price: number;
      constructor(price: number) {
        Ticket.issued++;
        this.number = Ticket.issued;
        this.price = price;
      }
      discount(percent: number) {
        this.price = this.price - Math.trunc((this.price * percent) / 100); // Java int arithmetic
      }
      getPrice() {
        return this.price;
      }
    }
    const a = new Ticket(40);
    const b = new Ticket(25);
    const c = a;
    c.discount(25);
    const d = new Ticket(b.getPrice());
    return a.getPrice() + d.number;
  },
  "computer-science-b3-2-03": () => {
    class Delivery {
      constructor(protected distanceKm: number) {}
      cost(): number {
        return 5 + 2 * this.distanceKm;
      }
    }
    class Express extends Delivery {
      override cost(): number {
        return super.cost() * 2;
      }
    }
    class Drone extends Express {
      constructor(
        distanceKm: number,
        private weightKg: number,
      ) {
        super(distanceKm);
      }
      override cost(): number {
        return super.cost() + 3 * this.weightKg;
      }
    }
    const jobs: Delivery[] = [new Delivery(10), new Express(3), new Drone(2, 4)];
    return jobs.reduce((total, job) => total + job.cost(), 0);
  },
  "computer-science-b4-1-01": () => {
    const values = /`([\d, ]+)`/.exec(stem("computer-science-b4-1-01"))![1]!.split(",").map(Number);
    let node: TreeNode<number> | undefined = bstBuild(values);
    let compared = 0;
    while (node) {
      compared++;
      if (node.value === 63) break;
      node = 63 < node.value ? node.left : node.right;
    }
    return compared;
  },
  "computer-science-b4-1-05": () => {
    const table: (number | null)[] = Array(11).fill(null);
    let slotOf17 = -1;
    for (const key of [14, 25, 4, 36, 17]) {
      let slot = key % 11;
      while (table[slot] !== null) slot = (slot + 1) % 11;
      table[slot] = key;
      if (key === 17) slotOf17 = slot;
    }
    return slotOf17;
  },
};

describe("computer science numeric answers", () => {
  const numeric = questions.flatMap((q) => (q.type === "NUMERIC" ? [q] : []));

  it("has a recomputation for every NUMERIC question and none for a missing one", () => {
    expect(Object.keys(checks).sort()).toEqual(numeric.map((q) => q.key).sort());
  });

  for (const q of numeric) {
    it(`${q.key} matches its recomputed answer`, () => {
      const computed = checks[q.key]!();
      const { value, tolerance, relativeTolerance } = q.numericAnswer;
      const allowed = Math.max(tolerance ?? 0, (relativeTolerance ?? 0) * Math.abs(value), 1e-9 * Math.abs(value));
      expect(Math.abs(computed - value), `${q.key}: computed ${computed}, stored ${value}`).toBeLessThanOrEqual(allowed);
    });
  }
});

describe("computer science model answers that rest on a computation", () => {
  it("k-means: first assignment and updated centroids", () => {
    const shops = [
      [1, 2],
      [2, 1],
      [2, 3],
      [8, 8],
      [9, 7],
      [7, 9],
    ];
    const centroids = [
      [2, 2],
      [8, 7],
    ];
    const cluster = shops.map((s) => (distance2(s, centroids[0]!) <= distance2(s, centroids[1]!) ? 0 : 1));
    expect(cluster).toEqual([0, 0, 0, 1, 1, 1]);
    const mean = (c: number) =>
      [0, 1].map((axis) => {
        const members = shops.filter((_, i) => cluster[i] === c);
        return members.reduce((s, p) => s + p[axis]!, 0) / members.length;
      });
    expect(mean(0)[0]).toBeCloseTo(5 / 3);
    expect(mean(0)[1]).toBe(2);
    expect(mean(1)).toEqual([8, 8]);
    expect(
      question("computer-science-a4-3-02")
        .markscheme.map((p) => p.text)
        .join(" "),
    ).toContain("(8, 8)");
  });

  it("SQL with HAVING and a subquery returns Ana 7 and Chen 7", () => {
    const text = stem("computer-science-a3-3-09");
    const routes = tableAfter(text, "Route");
    const grade = new Map(routes.map(([id, , g]) => [id!, Number(g)]));
    const average = routes.reduce((s, [, , g]) => s + Number(g), 0) / routes.length;
    const top = new Map<string, number>();
    for (const [member, route] of tableAfter(text, "Ascent")) top.set(member!, Math.max(top.get(member!) ?? 0, grade.get(route!)!));
    const names = new Map(tableAfter(text, "Member").map(([id, name]) => [id!, name!]));
    const rows = [...top].filter(([, g]) => g > average).map(([id, g]) => `| ${names.get(id)} | ${g} |`);
    expect(average).toBe(5.5);
    expect(rows).toEqual(["| Ana | 7 |", "| Chen | 7 |"]);
    for (const row of rows) expect(question("computer-science-a3-3-09").workedSolution).toContain(row);
  });

  it("merging the two sorted example lists", () => {
    const a = [3, 8, 15, 21];
    const b = [1, 8, 9, 30, 42];
    const result: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) result.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
    result.push(...a.slice(i), ...b.slice(j));
    expect(question("computer-science-b2-4-11").workedSolution).toContain(`\`[${result.join(", ")}]\``);
  });

  it("k-NN with k = 3 predicts apple", () => {
    const fruit: [number[], string][] = [
      [[150, 9], "apple"],
      [[160, 8], "apple"],
      [[170, 5], "pear"],
      [[175, 4], "pear"],
      [[155, 6], "pear"],
    ];
    const nearest = [...fruit].sort((a, b) => distance2(a[0], [158, 7]) - distance2(b[0], [158, 7])).slice(0, 3);
    const apples = nearest.filter(([, label]) => label === "apple").length;
    expect(apples).toBe(2);
    expect(fruit.map(([p]) => distance2(p, [158, 7]))).toEqual([68, 5, 148, 298, 10]);
  });

  it("BST traversals of M, F, T, B, H, P, W", () => {
    const root = bstBuild(["M", "F", "T", "B", "H", "P", "W"]);
    const points = question("computer-science-b4-1-02")
      .markscheme.map((p) => p.text)
      .join(" ");
    expect(points).toContain(`Pre-order: ${preOrder(root).join(" ")}`);
    expect(points).toContain(`In-order: ${inOrder(root).join(" ")}`);
    expect(points).toContain(`Post-order: ${postOrder(root).join(" ")}`);
  });

  it("selection sort passes on [29, 10, 14, 37, 13]", () => {
    const solution = question("computer-science-b2-4-06").workedSolution;
    for (const pass of selectionSort([29, 10, 14, 37, 13]).passes) expect(solution).toContain(pass.join(", "));
  });

  it("trace table of the x / steps loop ends with output 8", () => {
    let x = 6;
    let steps = 0;
    while (x !== 1) {
      x = x % 2 === 0 ? Math.floor(x / 2) : 3 * x + 1;
      steps++;
    }
    expect(question("computer-science-b1-1-02").workedSolution).toContain(`**Output:** \`${steps}\``);
  });

  it("quicksort first partition and count_digit example", () => {
    const list = [6, 2, 9, 4, 7, 1, 8];
    const [pivot, ...rest] = list;
    const points = question("computer-science-b2-4-10")
      .markscheme.map((p) => p.text)
      .join(" ");
    expect(points).toContain(rest.filter((v) => v < pivot!).join(", "));
    expect(points).toContain(rest.filter((v) => v > pivot!).join(", "));
    const countDigit = (n: number, d: number): number => (n < 10 ? (n === d ? 1 : 0) : countDigit(Math.floor(n / 10), d) + (n % 10 === d ? 1 : 0));
    expect(countDigit(70717, 7)).toBe(3);
    expect(question("computer-science-b2-4-09").stem).toContain("returns `3`");
  });
});
