import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";

// Original IB-style questions for IB Computer Science (new guide, first assessment 2027).
// Paper 1 covers Theme A (concepts); Paper 2 covers Theme B and is answered in Java or Python, so code in
// stems and model answers is Python (with Java where the contrast helps) rather than the old IB pseudocode.
// Code sits in ~~~ fences so that template literals need no escaped backticks; "$" is avoided outside
// code because it delimits LaTeX. Every NUMERIC answer is recomputed by running the algorithm in
// prisma/seed/content/checks/computer-science-answers.test.ts.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

/** A marking point; CS markschemes award one mark per valid point, "/" separating accepted alternatives. */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "POINT",
  marks,
  text,
  keywords,
});
const M = (id: string, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "M", marks: 1, text, keywords });
const A = (id: string, text: string, keywords: string[], dependsOn: string[] = []): MarkingPointInput => ({
  id,
  kind: "A",
  marks: 1,
  text,
  keywords,
  dependsOn,
});

// ─────────────────────────────────────────────────────────────────────────────
// A1 Computer fundamentals
// ─────────────────────────────────────────────────────────────────────────────
const a1: QuestionInput[] = [
  {
    key: "computer-science-a1-1-01",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A1.1",
    difficulty: 1,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "During the fetch stage of the fetch–decode–execute cycle, which register holds the memory address of the **next** instruction to be fetched?",
    options: [
      { id: "A", text: "Memory data register (MDR)" },
      { id: "B", text: "Instruction register (IR)" },
      { id: "C", text: "Program counter (PC)" },
      { id: "D", text: "Accumulator (AC)" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: the program counter holds the address of the next instruction", ["C", "program counter"])],
    workedSolution:
      "The **program counter** holds the address of the next instruction. At the start of the fetch stage that address is copied into the MAR and placed on the address bus; the PC is then incremented. The MDR holds the data or instruction just read from memory, the IR holds the instruction being decoded, and the accumulator holds intermediate ALU results. Answer **C**.",
  },
  {
    key: "computer-science-a1-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A1.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "A laptop manufacturer offers two models with the same CPU clock speed. Model X has 4 MB of L3 cache; model Y has 16 MB of L3 cache.\n\nExplain why model Y is likely to run a large spreadsheet calculation faster than model X.",
    markscheme: [
      pt("p1", 1, "Cache is small, very fast memory located on/next to the CPU (faster than RAM)", ["fast", "cpu", "ram"]),
      pt("p2", 1, "It stores copies of frequently/recently used data and instructions", ["frequently", "recently"]),
      pt("p3", 1, "A larger cache can hold more of the spreadsheet's working data, so more requests are cache hits / fewer misses", [
        "hit",
        "miss",
        "more data",
      ]),
      pt("p4", 1, "Fewer slow accesses to main memory (RAM) means the CPU spends less time waiting / idle, so the calculation finishes sooner", [
        "waiting",
        "fewer",
        "main memory",
      ]),
      pt("p5", 1, "Repeated calculations over the same cells/loops benefit from locality of reference", ["locality", "loop"]),
    ],
    workedSolution:
      "Cache is a small amount of very fast memory on the CPU chip. When the CPU needs data it checks the cache first; a **hit** is served in a few clock cycles, while a **miss** means fetching from RAM, which takes many times longer.\n\nA spreadsheet recalculation repeatedly reads the same cells and runs the same loop of instructions (locality of reference). With 16 MB of L3 cache more of that working set fits in cache, so the hit rate rises and the CPU spends fewer cycles stalled waiting for RAM. With the same clock speed, the model with the bigger cache therefore completes more useful work per second.",
  },
  {
    key: "computer-science-a1-1-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.1",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "One row of a black-and-white icon is the sequence of pixels below (W = white, B = black):\n\n~~~\nWWWWWWWBBBWWWWWWWWWWWWBBBBBW\n~~~\n\nThe row is compressed with run-length encoding: each run of identical pixels is stored as one pair (count, colour), and each pair takes **2 bytes**. The uncompressed row uses **1 byte per pixel**.\n\nCalculate how many bytes are **saved** by compressing this row.",
    numericAnswer: { value: 18 },
    markscheme: [
      M("m1", "Runs identified: 7W, 3B, 12W, 5B, 1W → 5 runs / 10 bytes", ["5 runs", "10"]),
      pt("p1", 1, "Uncompressed size 28 bytes", ["28"]),
      A("a1", "Saving = 28 − 10 = 18 bytes", ["18"], ["m1"]),
    ],
    workedSolution:
      "Count the runs: **7 W, 3 B, 12 W, 5 B, 1 W** — five runs.\n\n- Compressed: $5 \\times 2 = 10$ bytes.\n- Uncompressed: $7 + 3 + 12 + 5 + 1 = 28$ pixels, so 28 bytes.\n- Saving: $28 - 10 = 18$ bytes.\n\nRun-length encoding is **lossless**: decoding the pairs rebuilds exactly the original row. It works well here because the image has long runs of one colour; for a noisy photograph it could make the file larger.",
  },
  {
    key: "computer-science-a1-1-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A1.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Compare and contrast",
    stem: "A hospital sends two kinds of file over its network: X-ray scans that doctors use for diagnosis, and short training videos streamed to staff phones.\n\nCompare and contrast lossy and lossless compression, with reference to these two kinds of file.",
    markscheme: [
      pt("p1", 1, "Both reduce file size / transmission time and storage needed", ["both", "reduce", "size"]),
      pt("p2", 1, "Lossless: the original data can be reconstructed exactly (e.g. run-length encoding, dictionary coding)", [
        "exactly",
        "reconstructed",
        "run-length",
      ]),
      pt("p3", 1, "Lossy: permanently removes data judged less noticeable (e.g. transform coding), giving much smaller files", [
        "permanently",
        "removes",
        "smaller",
      ]),
      pt("p4", 1, "X-rays need lossless because lost detail could hide a fracture/lead to misdiagnosis", ["x-ray", "diagnosis", "detail"]),
      pt("p5", 1, "Training videos can use lossy: small quality loss is acceptable and smaller files stream smoothly on phones/limited bandwidth", [
        "video",
        "stream",
        "bandwidth",
      ]),
    ],
    workedSolution:
      "**Similarity:** both techniques make files smaller, so they need less storage and transmit faster.\n\n**Differences:**\n- *Lossless* compression (e.g. run-length encoding, dictionary methods) finds redundancy and encodes it more efficiently; decompression restores **exactly** the original bits. Size reductions are moderate.\n- *Lossy* compression (e.g. transform coding used for video) **discards** detail people are unlikely to notice; the discarded data cannot be recovered, but files can be many times smaller.\n\n**Applied:** an X-ray must be stored losslessly — an artefact or missing fine detail could hide a hairline fracture and lead to a wrong diagnosis. The training videos can be lossy: a slight drop in sharpness does not matter, while the much smaller file streams smoothly over mobile bandwidth.",
  },
  {
    key: "computer-science-a1-1-05",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A1.1",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "A school rents virtual machines from a cloud provider. The school installs its own operating system, database server and web application on them; the provider maintains the physical servers and network. Which cloud service model is this?",
    options: [
      { id: "A", text: "Software as a service (SaaS)" },
      { id: "B", text: "Platform as a service (PaaS)" },
      { id: "C", text: "Infrastructure as a service (IaaS)" },
      { id: "D", text: "A private peer-to-peer network" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: IaaS — the customer rents virtualised hardware and manages the OS and software", ["C", "IaaS"])],
    workedSolution:
      "In **IaaS** the provider supplies virtualised computing resources (servers, storage, networking) and the customer manages everything from the operating system upwards — exactly what the school does. In PaaS the provider also manages the OS and runtime, and the customer only deploys code; in SaaS the customer simply uses finished software. Answer **C**.",
  },
  {
    key: "computer-science-a1-1-06",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.1",
    difficulty: 4,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A processor core uses a **4-stage pipeline** (fetch, decode, execute, write-back). Each stage takes one clock cycle and no stalls occur.\n\nCalculate how many **clock cycles are saved** when 12 instructions are executed with pipelining, compared with executing them one after another without pipelining.",
    numericAnswer: { value: 33 },
    markscheme: [
      pt("p1", 1, "Without pipelining: 12 × 4 = 48 cycles", ["48"]),
      M("m1", "With pipelining: first instruction takes 4 cycles, each further instruction completes one cycle later: 4 + 11 = 15 cycles", ["15", "4 + 11"]),
      A("a1", "Saving = 48 − 15 = 33 cycles", ["33"], ["m1"]),
    ],
    workedSolution:
      "**Without pipelining** each instruction passes through all four stages before the next starts: $12 \\times 4 = 48$ cycles.\n\n**With pipelining** a new instruction enters the fetch stage every cycle. The first instruction finishes after 4 cycles; after that one instruction finishes every cycle, so the last of the 12 finishes at cycle $4 + (12 - 1) = 15$.\n\nSaving: $48 - 15 = 33$ cycles. (In practice branches and data dependencies cause stalls, so the real saving is smaller.)",
  },
  {
    key: "computer-science-a1-2-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "Convert the unsigned binary number `10110110` to decimal.",
    numericAnswer: { value: 182 },
    markscheme: [M("m1", "Place values used: 128 + 32 + 16 + 4 + 2", ["128", "32", "16"]), A("a1", "182", ["182"], ["m1"])],
    workedSolution:
      "Write the place values above the bits:\n\n| 128 | 64 | 32 | 16 | 8 | 4 | 2 | 1 |\n|---|---|---|---|---|---|---|---|\n| 1 | 0 | 1 | 1 | 0 | 1 | 1 | 0 |\n\nAdd the place values where the bit is 1: $128 + 32 + 16 + 4 + 2 = 182$.",
  },
  {
    key: "computer-science-a1-2-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A web colour component is written in hexadecimal as `3C7`. Convert `3C7` (base 16) to decimal.",
    numericAnswer: { value: 967 },
    markscheme: [M("m1", "3 × 256 + 12 × 16 + 7 × 1 (C = 12)", ["256", "12", "768", "192"]), A("a1", "967", ["967"], ["m1"])],
    workedSolution:
      "Hexadecimal place values are $16^2 = 256$, $16^1 = 16$ and $16^0 = 1$, and C stands for 12:\n\n$$3 \\times 256 + 12 \\times 16 + 7 \\times 1 = 768 + 192 + 7 = 967$$",
  },
  {
    key: "computer-science-a1-2-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A bitmap image is 640 pixels wide and 480 pixels high and uses 24-bit colour. Ignoring any header or metadata, calculate the file size in **kibibytes** (1 KiB = 1024 bytes).",
    numericAnswer: { value: 900 },
    markscheme: [
      pt("p1", 1, "Number of pixels 640 × 480 = 307 200", ["307200", "307 200"]),
      M("m1", "24 bits = 3 bytes per pixel, so 921 600 bytes", ["921600", "921 600", "3 bytes"]),
      A("a1", "921 600 / 1024 = 900 KiB", ["900"], ["m1"]),
    ],
    workedSolution:
      "- Pixels: $640 \\times 480 = 307\\,200$.\n- Each pixel uses 24 bits $= 3$ bytes, so the image uses $307\\,200 \\times 3 = 921\\,600$ bytes.\n- In kibibytes: $921\\,600 \\div 1024 = 900$ KiB.",
  },
  {
    key: "computer-science-a1-2-04",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: "A drawing app lets users choose from a palette of **200** different colours. Each pixel stores the index of its colour in the palette as an unsigned binary number.\n\nDetermine the minimum number of bits needed per pixel.",
    numericAnswer: { value: 8 },
    markscheme: [M("m1", "Find the smallest n with 2ⁿ ≥ 200: 2⁷ = 128 is too few", ["128", "2^7"]), A("a1", "2⁸ = 256 ≥ 200, so 8 bits", ["8", "256"], ["m1"])],
    workedSolution:
      "$n$ bits give $2^n$ different patterns. $2^7 = 128 < 200$, but $2^8 = 256 \\ge 200$, so **8 bits** are needed (56 of the patterns are unused).",
  },
  {
    key: "computer-science-a1-2-05",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 1,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "Which logic gate outputs 1 **only** when its two inputs are different?",
    options: [
      { id: "A", text: "NAND" },
      { id: "B", text: "XOR" },
      { id: "C", text: "XNOR" },
      { id: "D", text: "OR" },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: XOR (exclusive OR)", ["B", "XOR"])],
    workedSolution:
      "XOR outputs 1 for inputs 01 and 10 and 0 for 00 and 11, so it detects a difference. XNOR is the opposite (1 when inputs are equal); OR also outputs 1 for 11; NAND outputs 1 for 00, 01 and 10. Answer **B**.",
  },
  {
    key: "computer-science-a1-2-06",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: "A circuit has four inputs A, B, C and D and output\n\n`Q = (A NAND B) AND (C NOR D)`\n\nDetermine for how many of the 16 possible input combinations Q = 1.",
    numericAnswer: { value: 3 },
    markscheme: [
      pt("p1", 1, "A NAND B = 1 for 3 of the 4 combinations of A, B (all except A = B = 1)", ["3 of 4", "nand"]),
      pt("p2", 1, "C NOR D = 1 only when C = D = 0 (1 combination)", ["c = d = 0", "nor"]),
      A("a1", "3 × 1 = 3 combinations", ["3"]),
    ],
    workedSolution:
      "Q is 1 only when **both** parts are 1, and the two parts use different inputs, so the counts multiply.\n\n- A NAND B is 0 only for A = B = 1, so it is 1 for **3** of the 4 (A, B) pairs.\n- C NOR D is 1 only for C = D = 0: **1** of the 4 (C, D) pairs.\n\nNumber of rows with Q = 1: $3 \\times 1 = 3$ (ABCD = 0000, 0100, 1000).",
  },
  {
    key: "computer-science-a1-2-07",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Construct",
    stem: "A greenhouse window opens (W = 1) when the system is in automatic mode (M = 1) and the temperature is too high (T = 1), or whenever the manual override switch is on (S = 1).\n\n(a) Write a Boolean expression for W. [1]\n\n(b) Construct the truth table for W. [3]",
    markscheme: [
      pt("p1", 1, "(a) W = (M AND T) OR S", ["(m and t) or s", "m.t + s"]),
      pt("p2", 1, "(b) Eight rows covering all combinations of M, T, S", ["8 rows", "eight"]),
      pt("p3", 1, "W = 1 in every row where S = 1", ["s = 1"]),
      pt("p4", 1, "When S = 0, W = 1 only for M = 1, T = 1; all other outputs 0", ["m = 1, t = 1"]),
    ],
    workedSolution:
      "(a) $W = (M \\land T) \\lor S$, i.e. `W = (M AND T) OR S`.\n\n(b)\n\n| M | T | S | M AND T | W |\n|---|---|---|---|---|\n| 0 | 0 | 0 | 0 | 0 |\n| 0 | 0 | 1 | 0 | 1 |\n| 0 | 1 | 0 | 0 | 0 |\n| 0 | 1 | 1 | 0 | 1 |\n| 1 | 0 | 0 | 0 | 0 |\n| 1 | 0 | 1 | 0 | 1 |\n| 1 | 1 | 0 | 1 | 1 |\n| 1 | 1 | 1 | 1 | 1 |\n\nThe intermediate column is optional but makes errors less likely.",
  },
  {
    key: "computer-science-a1-2-08",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.2",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A voice memo is recorded in stereo (2 channels) at a sample rate of 44 100 samples per second per channel, with a bit depth of 16 bits. Calculate the size in **bytes** of 10 seconds of uncompressed audio.",
    numericAnswer: { value: 1764000 },
    markscheme: [
      pt("p1", 1, "Samples: 44 100 × 2 × 10 = 882 000", ["882000", "882 000"]),
      M("m1", "16 bits = 2 bytes per sample", ["2 bytes"]),
      A("a1", "1 764 000 bytes", ["1764000", "1 764 000"], ["m1"]),
    ],
    workedSolution:
      "Size = sample rate × channels × duration × bytes per sample\n\n$$44\\,100 \\times 2 \\times 10 \\times 2 = 1\\,764\\,000 \\text{ bytes}$$\n\n(about 1.76 MB; this is why audio is usually compressed).",
  },
  {
    key: "computer-science-a1-3-01",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A1.3",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "Which scheduling approach gives each ready process a fixed time slice in turn, moving a process that has not finished to the back of the ready queue?",
    options: [
      { id: "A", text: "First-come, first-served" },
      { id: "B", text: "Priority scheduling" },
      { id: "C", text: "Round robin" },
      { id: "D", text: "Shortest job first" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: round robin", ["C", "round robin"])],
    workedSolution:
      "**Round robin** uses a fixed time quantum: a process runs for at most one quantum and, if unfinished, rejoins the back of the queue. It is fair and keeps interactive systems responsive. FCFS runs each process to completion in arrival order; priority and shortest-job-first choose by a property of the process. Answer **C**.",
  },
  {
    key: "computer-science-a1-3-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A1.3",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "Three processes all arrive at time 0 in the order P1, P2, P3. Their CPU burst times are P1 = 5, P2 = 3 and P3 = 1 time units. The operating system uses **round-robin** scheduling with a time quantum of 2 units, and context switches take no time.\n\nCalculate the **average turnaround time** (finish time − arrival time) of the three processes. Give your answer to two decimal places.",
    numericAnswer: { value: 7.33, tolerance: 0.01 },
    markscheme: [
      M("m1", "Correct schedule: P1 0–2, P2 2–4, P3 4–5, P1 5–7, P2 7–8, P1 8–9", ["0-2", "4-5", "8-9"]),
      pt("p1", 1, "Finish times P1 = 9, P2 = 8, P3 = 5", ["9", "8", "5"]),
      pt("p2", 1, "Total turnaround 22", ["22"]),
      A("a1", "22 / 3 = 7.33", ["7.33"], ["m1"]),
    ],
    workedSolution:
      "Gantt chart with quantum 2:\n\n| Time | 0–2 | 2–4 | 4–5 | 5–7 | 7–8 | 8–9 |\n|---|---|---|---|---|---|---|\n| Process | P1 | P2 | P3 | P1 | P2 | P1 |\n\nP3 needs only 1 unit, so it finishes at 5. P2 has 1 unit left after its first slice and finishes at 8; P1 has 3 left, then 1 left, and finishes at 9.\n\nAll arrived at 0, so turnaround = finish time: $(9 + 8 + 5) / 3 = 22/3 \\approx 7.33$ units.",
  },
  {
    key: "computer-science-a1-3-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A1.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "A smart-home hub receives input from a smoke detector, which triggers perhaps once a year, and from a temperature sensor that supplies a new reading every second.\n\nExplain whether polling or interrupts is more suitable for **each** device.",
    markscheme: [
      pt("p1", 1, "Smoke detector: interrupt", ["smoke", "interrupt"]),
      pt(
        "p2",
        1,
        "…because events are rare/unpredictable, so polling would waste CPU time checking, and an interrupt gets an immediate response to an urgent event",
        ["rare", "waste", "immediate"],
      ),
      pt("p3", 1, "Temperature sensor: polling", ["temperature", "polling"]),
      pt(
        "p4",
        1,
        "…because data arrives regularly/predictably, so checking at a fixed interval is simple and an interrupt every second would add overhead of saving/restoring state",
        ["regular", "predictable", "overhead"],
      ),
    ],
    workedSolution:
      "**Smoke detector → interrupt.** A fire alarm is rare and unpredictable but urgent. Polling it continuously would waste almost all of those checks; an interrupt makes the CPU suspend its current task, save its state and run the alarm handler at once.\n\n**Temperature sensor → polling.** Readings arrive at a known, regular rate, so the hub can simply read the sensor once a second in its main loop. Interrupting every second would add the overhead of saving and restoring state each time with no benefit in responsiveness.",
  },
  {
    key: "computer-science-a1-3-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A1.3",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: "An automated aquarium keeps the water between 24 °C and 26 °C using a heater, and switches on a pump when the water level drops below a marker.\n\nDescribe how this control system uses sensors, a processor, actuators and feedback to maintain the conditions.",
    markscheme: [
      pt("p1", 1, "Sensors: a temperature sensor and a water-level sensor take readings continuously/at intervals", ["temperature sensor", "level sensor"]),
      pt("p2", 1, "Analogue readings are converted to digital (ADC) for the processor", ["adc", "analogue"]),
      pt("p3", 1, "Processor compares each reading with the stored set points/limits (24 °C, 26 °C, marker)", ["compare", "set point"]),
      pt("p4", 1, "Actuators: processor signals the heater (on below 24 °C, off above 26 °C) and the pump (on below the marker)", [
        "heater",
        "pump",
        "actuator",
      ]),
      pt("p5", 1, "Feedback: the output changes the environment, which is measured again by the sensors", ["feedback", "measured again"]),
      pt("p6", 1, "Closed loop repeats continuously, so the system self-corrects without human input", ["loop", "repeats", "continuous"]),
    ],
    workedSolution:
      "1. **Sensors** measure the environment: a thermistor-based temperature sensor and a float or pressure level sensor. Their analogue signals pass through an ADC.\n2. The **processor** (microcontroller) compares each reading with stored set points: below 24 °C, above 26 °C, below the level marker.\n3. It sends signals to **actuators**: the heater relay is switched on when the water is too cold and off when it is too warm; the pump runs while the level is low.\n4. **Feedback:** the heater and pump change the water temperature and level, the sensors measure the new values, and the processor reacts again. This closed loop runs continuously, so the conditions are kept within range without human intervention. Using two thresholds (24 and 26) stops the heater switching on and off rapidly.",
  },
  {
    key: "computer-science-a1-3-05",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A1.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Outline",
    stem: "Outline **two** functions of an operating system.",
    markscheme: [
      pt(
        "p1",
        2,
        "Memory management: allocates and frees RAM for processes, keeps processes from overwriting each other's memory / manages virtual memory (name 1 + outline 1)",
        ["memory"],
      ),
      pt("p2", 2, "Process management/scheduling: decides which process uses the CPU and for how long, supports multitasking", ["process", "scheduling"]),
      pt("p3", 2, "File system management: organises files in directories, controls naming, storage locations and access permissions", ["file"]),
      pt("p4", 2, "Device management: communicates with peripherals via drivers, handles interrupts", ["device", "driver"]),
      pt("p5", 2, "Security: user accounts, authentication, access rights", ["security", "authentication"]),
    ],
    workedSolution:
      "Any two, each named and outlined (award 2 marks per function):\n\n- **Memory management** — allocates RAM to each process when it starts, frees it when it ends and stops one process from accessing another's memory; may use virtual memory when RAM is full.\n- **Process scheduling** — decides which ready process runs on the CPU next and for how long, giving the appearance of multitasking.\n- **File management** — organises data into files and folders on secondary storage and enforces permissions.\n- **Device management** — uses drivers to communicate with hardware and handles their interrupts.\n- **Security** — authenticates users and controls their access rights.",
  },
  {
    key: "computer-science-a1-4-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A1.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Compare",
    stem: "A games studio is developing a physics engine. During development programmers change and test small pieces of code constantly; the finished engine will be sold to customers as an executable.\n\nCompare the use of a compiler and an interpreter at these two stages.",
    markscheme: [
      pt(
        "p1",
        1,
        "Interpreter translates and runs one statement at a time; stops at the first error and reports where it is, so it suits development/debugging",
        ["one statement", "line by line", "debug"],
      ),
      pt("p2", 1, "Interpreter: no separate compile step, so small changes can be tested immediately", ["immediately", "no compile"]),
      pt("p3", 1, "Compiler translates the whole program to machine code once, producing an executable that runs faster (no translation at run time)", [
        "whole program",
        "executable",
        "faster",
      ]),
      pt("p4", 1, "Compiled executable can be distributed without the source code, protecting intellectual property, and customers need no translator", [
        "source code",
        "distribute",
        "intellectual property",
      ]),
      pt("p5", 1, "Compiler reports all syntax errors together after compilation, which is slower to work with for frequent small changes", [
        "all errors",
        "slower",
      ]),
    ],
    workedSolution:
      "**During development** an interpreter is convenient: it translates and executes one statement at a time, so a change can be run immediately and execution stops exactly where an error occurs. The cost is slower execution, which matters little while testing small pieces.\n\n**For release** a compiler is better: it translates the entire source once into a machine-code executable. The executable runs fast because nothing is translated at run time — important for a physics engine — and it can be shipped without the source code, protecting the studio's work. Customers do not need to install a translator.\n\nMany studios combine both: fast incremental builds or scripting during development, and an optimised compiled build for release.",
  },
  {
    key: "computer-science-a1-4-02",
    type: "MCQ",
    levels: HL,
    topicCode: "A1.4",
    difficulty: 3,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "A Java program is compiled to bytecode and then run on the Java Virtual Machine (JVM). Which statement about this process is correct?",
    options: [
      { id: "A", text: "Bytecode is machine code for one specific processor, so it must be recompiled for each computer." },
      { id: "B", text: "The JVM can use just-in-time compilation to turn frequently run bytecode into native machine code." },
      { id: "C", text: "Bytecode is the original source code with the comments and whitespace removed." },
      { id: "D", text: "Once compiled to bytecode, a program no longer needs any translator to run." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: the JVM interprets bytecode and JIT-compiles hot sections to native code", ["B", "just-in-time"])],
    workedSolution:
      "Bytecode is an intermediate, platform-independent code: any device with a JVM can run it, so A is wrong. It is not source code (C), and it still needs the JVM to interpret or translate it (D). A JIT compiler inside the JVM spots frequently executed sections and compiles them to native machine code at run time, combining portability with speed. Answer **B**.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// A2 Networks
// ─────────────────────────────────────────────────────────────────────────────
const a2: QuestionInput[] = [
  {
    key: "computer-science-a2-1-01",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A2.1",
    difficulty: 1,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "Which device forwards packets **between different networks**, choosing a path using the destination IP address?",
    options: [
      { id: "A", text: "Switch" },
      { id: "B", text: "Network interface card" },
      { id: "C", text: "Wireless access point" },
      { id: "D", text: "Router" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: router", ["D", "router"])],
    workedSolution:
      "A **router** connects networks and forwards each packet towards its destination network using the IP address and its routing table. A switch forwards frames *within* a LAN using MAC addresses; a WAP connects wireless devices to a LAN; a NIC connects one device to a network. Answer **D**.",
  },
  {
    key: "computer-science-a2-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: "Describe the four layers of the TCP/IP model, naming one protocol used at each layer.",
    markscheme: [
      pt("p1", 1, "Application layer: provides network services to applications, e.g. HTTP(S), SMTP, DNS, FTP", ["application", "http"]),
      pt("p2", 1, "Transport layer: end-to-end communication between processes, splits data into segments, port numbers, reliability, e.g. TCP or UDP", [
        "transport",
        "tcp",
        "udp",
      ]),
      pt("p3", 1, "Internet (network) layer: logical (IP) addressing and routing of packets across networks, e.g. IP / ICMP", ["internet", "ip", "routing"]),
      pt(
        "p4",
        1,
        "Link (network access) layer: transmits frames over the physical medium within one network using MAC addresses, e.g. Ethernet / Wi-Fi (802.11)",
        ["link", "ethernet", "mac"],
      ),
    ],
    workedSolution:
      "From top to bottom:\n\n1. **Application** — the services programs use: HTTP/HTTPS for the web, SMTP for sending email, DNS for name lookup.\n2. **Transport** — splits data into segments and delivers them between processes using port numbers; TCP adds connection set-up, acknowledgements and ordering, UDP does not.\n3. **Internet** — wraps segments in packets with source and destination IP addresses and routes them across networks (IP).\n4. **Link / network access** — sends frames over the physical medium inside one network using MAC addresses (Ethernet, Wi-Fi).\n\nEach layer adds its own header on the way down (encapsulation) and removes it on the way up.",
  },
  {
    key: "computer-science-a2-1-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Staff at a small architecture firm work from home two days a week and need to open drawings stored on the office file server.\n\nExplain how a virtual private network (VPN) allows them to do this securely.",
    markscheme: [
      pt("p1", 1, "VPN software creates an encrypted tunnel across the public internet between the home device and the office VPN server/gateway", [
        "tunnel",
        "encrypted",
      ]),
      pt("p2", 1, "Data is encrypted, so anyone intercepting packets on public networks cannot read the drawings", ["intercept", "cannot read"]),
      pt("p3", 1, "User/device must authenticate before the tunnel is set up, so only staff gain access", ["authenticate"]),
      pt(
        "p4",
        1,
        "The remote device behaves as if it were on the office LAN, so it can reach the file server, which stays hidden/not exposed to the internet",
        ["as if", "lan", "not exposed"],
      ),
      pt("p5", 1, "Packets are encapsulated inside other packets (tunnelling protocol)", ["encapsulat"]),
    ],
    workedSolution:
      "A VPN client on the employee's laptop first **authenticates** with the firm's VPN gateway (password plus a second factor or certificate). It then sets up an **encrypted tunnel** over the public internet: every packet to the office is encrypted and encapsulated inside another packet addressed to the gateway. Anyone intercepting traffic on the home Wi-Fi or at the ISP sees only scrambled data.\n\nThe gateway decrypts the packets and places them on the office LAN, so the laptop behaves as if it were plugged in at the office and can reach the file server — which itself never has to be exposed directly to the internet.",
  },
  {
    key: "computer-science-a2-1-04",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A2.1",
    difficulty: 1,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "A runner's smartwatch sends heart-rate data by Bluetooth to wireless earbuds and to a phone in her pocket. What type of network is this?",
    options: [
      { id: "A", text: "Personal area network (PAN)" },
      { id: "B", text: "Local area network (LAN)" },
      { id: "C", text: "Wide area network (WAN)" },
      { id: "D", text: "Virtual private network (VPN)" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: PAN — devices of one person within a few metres", ["A", "PAN"])],
    workedSolution:
      "A **personal area network** links devices belonging to one person over a very short range (a few metres), typically with Bluetooth. A LAN covers a building or site, a WAN covers a large geographic area, and a VPN is a secure connection over another network. Answer **A**.",
  },
  {
    key: "computer-science-a2-2-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.2",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "A secondary school with 900 students wants to let students share project files with classmates and teachers. The IT manager is choosing between a **client–server** model with a central file server and a **peer-to-peer (P2P)** model in which student laptops share folders directly.\n\nEvaluate the two models for this school.",
    markscheme: [
      pt("p1", 1, "Client–server: central storage allows centralised backups, so files are not lost when a laptop breaks", ["backup", "central"]),
      pt("p2", 1, "Client–server: central security/access control and user accounts managed by IT staff", ["access control", "security", "accounts"]),
      pt("p3", 1, "Client–server: files available even when the owner's laptop is off", ["available", "switched off"]),
      pt(
        "p4",
        1,
        "Client–server: cost of server hardware/licences and an administrator; single point of failure; server can become a bottleneck at peak times",
        ["cost", "single point", "bottleneck"],
      ),
      pt("p5", 1, "P2P: cheap and simple to set up, no dedicated server; no single point of failure", ["cheap", "no server"]),
      pt("p6", 1, "P2P: hard to secure/back up with 900 unmanaged laptops; malware can spread; files unavailable when a peer is offline", [
        "malware",
        "offline",
        "unmanaged",
      ]),
      pt("p7", 1, "Reasoned conclusion: client–server is more suitable for a school of this size because of security, reliability and management", [
        "conclusion",
        "more suitable",
      ]),
    ],
    workedSolution:
      "**Client–server.** Files live on a central server (or cloud service) managed by IT staff. *Strengths:* central user accounts and permissions control who can see each project; automatic backups protect work; files are available even when the owner's laptop is off or lost. *Weaknesses:* buying and maintaining the server and paying an administrator costs money; if the server fails nobody can work (single point of failure unless duplicated); many users at once can slow it down.\n\n**Peer-to-peer.** Each laptop is both client and server. *Strengths:* no server to buy, easy to start, and no single point of failure. *Weaknesses:* with 900 personal devices there is no consistent security, malware spreads easily, there is no central backup, and a file is unavailable whenever its owner's laptop is off — likely in the evenings when students do homework.\n\n**Conclusion:** for 900 students, where assessed work must not be lost and access must be controlled, the client–server model is clearly more suitable; its costs are justified by reliability, security and easier management.",
  },
  {
    key: "computer-science-a2-2-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A2.2",
    difficulty: 4,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A school's science building is given the IPv4 subnet `10.20.30.64/26`. The network address and the broadcast address of a subnet cannot be assigned to hosts.\n\nCalculate the number of usable host addresses in this subnet.",
    numericAnswer: { value: 62 },
    markscheme: [
      pt("p1", 1, "32 − 26 = 6 host bits", ["6 host bits", "6 bits"]),
      M("m1", "2⁶ = 64 addresses in the subnet", ["64"]),
      A("a1", "64 − 2 = 62 usable hosts", ["62"], ["m1"]),
    ],
    workedSolution:
      "A /26 prefix means 26 of the 32 bits identify the network, leaving $32 - 26 = 6$ host bits.\n\n$2^6 = 64$ addresses (10.20.30.64 to 10.20.30.127). Subtract the network address (…64) and the broadcast address (…127): $64 - 2 = 62$ usable host addresses.",
  },
  {
    key: "computer-science-a2-2-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A2.2",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "A home router gives every device on the home network a private address such as `192.168.1.23`, but all of them share one public IPv4 address on the internet. Which technique makes this possible?",
    options: [
      { id: "A", text: "Network address translation (NAT)" },
      { id: "B", text: "Domain Name System (DNS)" },
      { id: "C", text: "Packet sniffing" },
      { id: "D", text: "Media access control (MAC) filtering" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: NAT", ["A", "NAT"])],
    workedSolution:
      "**Network address translation** rewrites the private source address (and port) of outgoing packets to the router's single public address and keeps a table so replies can be passed back to the right device. This conserves scarce IPv4 addresses and hides internal addresses. DNS maps names to addresses; MAC filtering restricts which devices may join. Answer **A**.",
  },
  {
    key: "computer-science-a2-2-04",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A2.2",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A data centre connects 7 core switches in a **full mesh** topology, with a direct cable between every pair of switches. Calculate the number of cables needed.",
    numericAnswer: { value: 21 },
    markscheme: [M("m1", "n(n − 1)/2 with n = 7", ["n(n-1)/2", "7 × 6"]), A("a1", "21 cables", ["21"], ["m1"])],
    workedSolution:
      "Each of the 7 switches connects to the other 6, giving $7 \\times 6 = 42$ cable ends; each cable joins two switches, so the number of cables is $\\frac{7 \\times 6}{2} = 21$.\n\nThis quadratic growth is why full meshes are used only for small numbers of critical devices, even though they offer many redundant paths.",
  },
  {
    key: "computer-science-a2-3-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: "Describe how packet switching is used to send a large photo from a phone in Lisbon to a server in Singapore.",
    markscheme: [
      pt("p1", 1, "The file is split into small packets", ["split", "packets"]),
      pt("p2", 1, "Each packet has a header with source and destination IP addresses and a sequence number (and error-checking data)", [
        "header",
        "destination",
        "sequence",
      ]),
      pt("p3", 1, "Routers forward each packet independently along the best available route, so packets may take different paths", [
        "independently",
        "different routes",
        "router",
      ]),
      pt("p4", 1, "At the destination packets are reordered by sequence number and reassembled", ["reassembled", "reorder"]),
      pt("p5", 1, "Missing/corrupted packets are detected (checksum) and retransmitted (TCP)", ["retransmit", "checksum"]),
    ],
    workedSolution:
      "1. The photo is broken into many small **packets**.\n2. Each packet gets a **header**: source and destination IP addresses, a sequence number and a checksum; the payload is a chunk of the photo.\n3. Packets are sent into the network; each **router** reads the destination address and forwards the packet on the best link at that moment, so packets may travel by different routes and arrive out of order.\n4. The server uses the sequence numbers to **reassemble** the photo. Using TCP, it acknowledges received packets; any lost or corrupted packet (checksum mismatch) is **re-sent**.\n\nBecause links are shared by many conversations and damaged routes can be avoided, packet switching uses the network efficiently and robustly.",
  },
  {
    key: "computer-science-a2-3-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A2.3",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A video file of 150 MB (1 MB = 10⁶ bytes) is downloaded over a connection with a steady throughput of 40 Mbit/s (1 Mbit = 10⁶ bits). Ignoring protocol overheads, calculate the download time in seconds.",
    numericAnswer: { value: 30, unit: "s" },
    markscheme: [
      M("m1", "Convert to bits: 150 × 8 = 1200 Mbit", ["1200"]),
      pt("p1", 1, "Time = size / rate", ["size / rate", "÷ 40"]),
      A("a1", "1200 / 40 = 30 s", ["30"], ["m1"]),
    ],
    workedSolution:
      "Bandwidth is quoted in **bits** per second but the file size in **bytes**, so convert first: $150 \\text{ MB} \\times 8 = 1200$ Mbit.\n\n$$t = \\frac{1200 \\text{ Mbit}}{40 \\text{ Mbit/s}} = 30 \\text{ s}$$\n\nIn reality headers, acknowledgements and congestion make it a little longer.",
  },
  {
    key: "computer-science-a2-3-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A2.3",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "Packets of one message arrive at the receiver in a different order from the one in which they were sent. Which header field lets the receiver put them back in the right order?",
    options: [
      { id: "A", text: "Time to live (TTL)" },
      { id: "B", text: "Source IP address" },
      { id: "C", text: "Sequence number" },
      { id: "D", text: "Checksum" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: sequence number", ["C", "sequence"])],
    workedSolution:
      "The **sequence number** records each segment's position in the stream, so the receiver can reorder them and notice gaps. TTL stops packets circulating forever; the checksum detects corruption; the source address tells the receiver where to reply. Answer **C**.",
  },
  {
    key: "computer-science-a2-3-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Compare",
    stem: "A museum is linking two buildings 400 m apart. Compare a fibre-optic cable with a point-to-point wireless link for this connection.",
    markscheme: [
      pt("p1", 1, "Both can carry high-bandwidth data over 400 m", ["both"]),
      pt("p2", 1, "Fibre: very high bandwidth and reliability; immune to electromagnetic interference and weather", ["bandwidth", "interference", "weather"]),
      pt("p3", 1, "Fibre: harder to tap, so more secure", ["secure", "tap"]),
      pt("p4", 1, "Fibre: high installation cost/disruption (digging trenches, permissions)", ["cost", "trench", "dig"]),
      pt("p5", 1, "Wireless: cheaper and quicker to install, but needs line of sight; affected by weather/obstacles/interference", [
        "line of sight",
        "cheaper",
      ]),
      pt("p6", 1, "Wireless: signal can be intercepted so strong encryption is required", ["intercept", "encryption"]),
    ],
    workedSolution:
      "| | Fibre-optic cable | Point-to-point wireless |\n|---|---|---|\n| Bandwidth | Very high, consistent | High, but can vary |\n| Reliability | Immune to electromagnetic interference and weather | Needs clear line of sight; heavy rain, trees or new buildings can degrade it |\n| Security | Very hard to tap without detection | Signal travels through the air; must be encrypted |\n| Cost / installation | Expensive: trenching across the site, weeks of work | Cheaper; antennas installed in a day |\n\nBoth can cover 400 m. Fibre is the better long-term link if the museum can afford the installation; wireless is a quick, cheaper option or a backup.",
  },
  {
    key: "computer-science-a2-4-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "A student visits `https://library.example.org`. Explain how the site's digital certificate lets the browser trust that it is talking to the real library server.",
    markscheme: [
      pt("p1", 1, "The server sends its certificate containing its domain name and public key", ["public key", "domain"]),
      pt("p2", 1, "The certificate is digitally signed by a trusted certificate authority (CA) using the CA's private key", [
        "certificate authority",
        "signed",
      ]),
      pt("p3", 1, "The browser verifies the signature with the CA's public key stored in its trusted root list", ["verif", "root"]),
      pt("p4", 1, "The browser checks the domain name matches and the certificate is in date / not revoked", ["matches", "expired", "revoked"]),
      pt("p5", 1, "The verified public key is then used to set up a shared session key for symmetric encryption (TLS)", ["session key", "tls"]),
    ],
    workedSolution:
      "1. During the TLS handshake the server sends its **certificate**: the domain name, the server's **public key**, validity dates and the issuer.\n2. The certificate was **signed by a certificate authority** with the CA's private key.\n3. The browser has the CA's public key in its list of trusted roots and uses it to **verify the signature**; it also checks the name matches `library.example.org`, and that the certificate has not expired or been revoked.\n4. If all checks pass, the browser knows the public key really belongs to the library; an impostor could not produce a valid CA signature. The public key is then used to agree a **session key**, and the rest of the traffic is encrypted symmetrically.",
  },
  {
    key: "computer-science-a2-4-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A2.4",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "Thousands of compromised smart cameras send floods of requests to a ticket website at the moment tickets go on sale, so genuine customers cannot connect. What is this attack?",
    options: [
      { id: "A", text: "Phishing" },
      { id: "B", text: "Man-in-the-middle attack" },
      { id: "C", text: "SQL injection" },
      { id: "D", text: "Distributed denial-of-service (DDoS) attack" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: DDoS — many compromised devices (a botnet) overwhelm a service", ["D", "DDoS"])],
    workedSolution:
      "Many devices (a **botnet**) flooding one service so that it cannot serve legitimate users is a **distributed denial-of-service** attack. Phishing tricks people into revealing data; a man-in-the-middle intercepts traffic; SQL injection inserts malicious SQL through input fields. Answer **D**.",
  },
  {
    key: "computer-science-a2-4-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.4",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "After several teacher accounts were taken over using stolen passwords, a school plans to require multi-factor authentication (MFA) — a password plus a code from an authenticator app — for its online grade system.\n\nEvaluate this plan.",
    markscheme: [
      pt("p1", 1, "MFA requires two different factor types (something you know + something you have)", ["two", "factor", "know", "have"]),
      pt("p2", 1, "A stolen/phished/guessed password alone no longer gives access, directly addressing the attacks described", ["stolen password", "alone"]),
      pt("p3", 1, "Codes are time-limited, so intercepted codes quickly become useless", ["time", "expire"]),
      pt("p4", 1, "Drawbacks: inconvenience/extra time at each login; teachers without a smartphone or with a lost phone are locked out", [
        "inconvenience",
        "lost phone",
      ]),
      pt("p5", 1, "Costs: training, support and account-recovery procedures; recovery processes can themselves be attacked", ["training", "recovery"]),
      pt("p6", 1, "Not complete protection: real-time phishing / MFA fatigue can still succeed; should be combined with training and monitoring", [
        "phishing",
        "not complete",
      ]),
      pt("p7", 1, "Justified conclusion (e.g. benefits outweigh costs for sensitive grade data)", ["conclusion", "outweigh"]),
    ],
    workedSolution:
      "**Strengths.** MFA combines *something you know* (password) with *something you have* (the phone running the authenticator app). The accounts were taken over with stolen passwords; with MFA a stolen password alone is useless, because the attacker also needs the six-digit code, which changes every 30 seconds. This directly addresses the problem.\n\n**Weaknesses.** Every login takes longer; teachers who lose or forget their phone are locked out, so the school needs backup codes and a secure recovery process (which attackers may target). Some staff may not own a suitable phone, so hardware tokens may be needed, adding cost. MFA is not perfect: a convincing real-time phishing page can still capture a code, so staff training remains necessary.\n\n**Conclusion.** Grade data is sensitive and the attack already happened; the inconvenience is small compared with the risk, so the plan is justified — provided the school plans for lost devices and combines MFA with awareness training.",
  },
  {
    key: "computer-science-a2-4-04",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A2.4",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A locker app uses 6-character PINs. Each character is a lower-case letter (a–z) or a digit (0–9), and characters may repeat.\n\nCalculate the number of different PINs an attacker would have to try in a complete brute-force search.",
    numericAnswer: { value: 2176782336 },
    markscheme: [M("m1", "36 possible characters per position, so 36⁶", ["36^6", "36"]), A("a1", "2 176 782 336", ["2176782336"], ["m1"])],
    workedSolution:
      "Each position can hold $26 + 10 = 36$ characters, and the 6 positions are independent:\n\n$$36^6 = 2\\,176\\,782\\,336$$\n\nAbout 2.2 billion — large, but a computer trying a billion guesses per second would finish in seconds, which is why systems also limit login attempts.",
  },
  {
    key: "computer-science-a2-4-05",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Explain why secure websites use asymmetric encryption to begin a session but then switch to symmetric encryption for the rest of it.",
    markscheme: [
      pt("p1", 1, "Symmetric encryption uses one shared secret key; the problem is exchanging that key securely over an insecure network", [
        "shared",
        "key exchange",
      ]),
      pt(
        "p2",
        1,
        "Asymmetric encryption uses a public/private key pair; data encrypted with the public key can only be decrypted with the private key, so the public key can be sent openly",
        ["public", "private"],
      ),
      pt("p3", 1, "So asymmetric encryption is used to exchange/agree the symmetric session key safely", ["session key"]),
      pt("p4", 1, "Asymmetric encryption is computationally much slower; symmetric is fast, so it is used for the bulk of the data", [
        "slower",
        "fast",
        "bulk",
      ]),
    ],
    workedSolution:
      "Symmetric encryption (one shared key) is **fast**, but the two sides must first share the key — and sending it in the clear would let an eavesdropper read everything.\n\nAsymmetric encryption solves this: the server publishes a **public key**; anything encrypted with it can be decrypted only with the server's **private key**, which never leaves the server. The browser uses it to send or agree a random **session key** safely.\n\nAsymmetric operations are far **slower**, so once both sides hold the session key they switch to symmetric encryption for the rest of the session. The combination gives secure key exchange *and* speed.",
  },
  {
    key: "computer-science-a2-4-06",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A2.4",
    difficulty: 5,
    marks: 8,
    paper: "P1",
    calculator: false,
    commandTerm: "To what extent",
    stem: "A school's IT technician claims: *\"Now that we have installed a firewall between our network and the internet, our network is secure.\"*\n\nThe school has 1200 student laptops that connect to the Wi-Fi, a student-records web application, and staff who read email on the network.\n\nTo what extent is the technician's claim justified?",
    markscheme: [
      pt(
        "p1",
        1,
        "A firewall inspects traffic between networks and allows/blocks it according to rules (ports, IP addresses, protocols; stateful inspection)",
        ["rules", "port", "block"],
      ),
      pt(
        "p2",
        1,
        "It protects against unsolicited inbound connections/scans from the internet and can restrict outbound traffic (e.g. to known malicious sites)",
        ["inbound", "outbound"],
      ),
      pt("p3", 1, "It does not stop threats that arrive through allowed traffic: phishing emails, malicious downloads, HTTPS traffic it cannot inspect", [
        "phishing",
        "allowed",
        "email",
      ]),
      pt("p4", 1, "It does not protect against insider threats / infected laptops already inside the network (traffic that never crosses the firewall)", [
        "insider",
        "inside",
        "laptop",
      ]),
      pt("p5", 1, "Web application vulnerabilities such as SQL injection use permitted web traffic; need input validation/parameterised queries", [
        "sql injection",
        "web application",
      ]),
      pt("p6", 1, "Wi-Fi needs its own protection: WPA3/strong encryption, authentication, segmentation of student and staff/records networks", [
        "wi-fi",
        "wpa",
        "segment",
      ]),
      pt("p7", 1, "Further measures: MFA, patching/updates, anti-malware, backups, encryption, user training, monitoring (defence in depth)", [
        "defence in depth",
        "mfa",
        "patch",
        "training",
      ]),
      pt("p8", 1, "Firewall is misconfigured/rules out of date → false sense of security", ["misconfigur", "false sense"]),
      pt("p9", 1, "Balanced conclusion: the firewall is a necessary first layer but the claim is only justified to a small extent", [
        "conclusion",
        "small extent",
        "necessary",
      ]),
    ],
    workedSolution:
      '**What the firewall does achieve.** A firewall applies rules to traffic crossing the boundary between the school network and the internet: it can block unsolicited inbound connections and port scans, allow only the services the school needs, and stop outbound connections to known malicious addresses. This is an important first layer of protection.\n\n**Why the claim goes too far.**\n- **Allowed traffic carries threats.** Staff email and web browsing must be allowed through, so phishing emails and malicious downloads pass the firewall. Most web traffic is encrypted (HTTPS), so a basic firewall cannot see inside it.\n- **Threats inside the perimeter.** 1200 student laptops go home and come back; one infected laptop attacks other devices on the LAN without ever crossing the firewall. Insiders (a student trying to change grades) are also inside.\n- **The web application** is reached through permitted web ports; SQL injection or weak passwords are application problems needing input validation, parameterised queries and MFA.\n- **Wi-Fi** needs strong encryption (WPA3), authentication and **segmentation** so that the student network cannot reach the records server.\n- **People and configuration.** A misconfigured rule or an unpatched firewall gives a false sense of security.\n\n**Conclusion.** Security needs *defence in depth*: the firewall plus network segmentation, patching, anti-malware, MFA, encrypted backups, monitoring and user training. The firewall is necessary, but the claim that the network is now "secure" is justified only to a small extent.',
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// A3 Databases — the SQL questions share one small, original schema
// ─────────────────────────────────────────────────────────────────────────────
const gymSchema = `A climbing gym stores its data in three tables (primary keys in **bold**):

- Member(**member_id**, name, join_year)
- Route(**route_id**, wall, grade) — grade is an integer from 1 (easy) to 8 (hard)
- Ascent(**member_id**, **route_id**, **climb_date**) — one row each time a member completes a route; \`member_id\` and \`route_id\` are foreign keys`;

const gymData = `${gymSchema}

**Member**

| member_id | name | join_year |
|---|---|---|
| 1 | Ana | 2021 |
| 2 | Bilal | 2023 |
| 3 | Chen | 2022 |
| 4 | Dara | 2024 |

**Route**

| route_id | wall | grade |
|---|---|---|
| R1 | North | 4 |
| R2 | North | 6 |
| R3 | East | 5 |
| R4 | East | 7 |

**Ascent**

| member_id | route_id | climb_date |
|---|---|---|
| 1 | R1 | 2025-03-01 |
| 1 | R2 | 2025-03-01 |
| 1 | R4 | 2025-03-08 |
| 2 | R1 | 2025-03-02 |
| 2 | R3 | 2025-03-09 |
| 3 | R2 | 2025-03-03 |
| 3 | R3 | 2025-03-03 |
| 3 | R4 | 2025-03-10 |
| 4 | R1 | 2025-03-10 |
| 1 | R2 | 2025-03-15 |`;

const a3: QuestionInput[] = [
  {
    key: "computer-science-a3-1-01",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A3.1",
    difficulty: 1,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "In a relational database, what is a **foreign key**?",
    options: [
      { id: "A", text: "A field that uniquely identifies each record in its own table" },
      { id: "B", text: "A field in one table that refers to the primary key of another table" },
      { id: "C", text: "A field that is encrypted so outside users cannot read it" },
      { id: "D", text: "Any field that is not part of the primary key" },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: it links to the primary key of another table", ["B"])],
    workedSolution:
      "A foreign key is an attribute in one table whose values must match primary-key values in another (or the same) table; it implements the relationship and lets the DBMS enforce **referential integrity**. Option A describes a primary key; D describes a non-key attribute. Answer **B**.",
  },
  {
    key: "computer-science-a3-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Outline",
    stem: `${gymSchema}\n\nThe gym previously kept all of this information in one spreadsheet with a row per ascent, repeating each member's name and join year on every row.\n\nOutline **three** advantages of the relational design above over the single spreadsheet.`,
    markscheme: [
      pt("p1", 1, "Less data redundancy: member and route details are stored once, saving storage", ["redundancy", "once"]),
      pt("p2", 1, "Fewer update anomalies / better consistency: changing a member's name is done in one row, so copies cannot disagree", [
        "anomal",
        "consistent",
        "one row",
      ]),
      pt("p3", 1, "Referential integrity: an ascent cannot refer to a member/route that does not exist", ["referential integrity"]),
      pt("p4", 1, "Data can be queried flexibly with SQL (joins, aggregates) / by many users at once with access control", [
        "sql",
        "query",
        "concurrent",
        "access",
      ]),
      pt("p5", 1, "A member or route can exist before any ascent is recorded (no insertion anomaly)", ["insertion"]),
    ],
    workedSolution:
      "Any three, for example:\n\n- **Less redundancy:** Ana's name and join year are stored once in `Member`, not on every ascent row.\n- **Consistency / no update anomalies:** if a member changes their name it is updated in one place, so records cannot contradict each other.\n- **Integrity:** the DBMS can reject an ascent for a non-existent `route_id` (referential integrity), and data types and constraints validate data.\n- **No insertion anomaly:** a new route can be added before anyone has climbed it.\n- **Powerful querying and multi-user access** through SQL, with permissions per user.",
  },
  {
    key: "computer-science-a3-1-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A3.1",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: `${gymSchema}\n\nWhy is the primary key of \`Ascent\` made of three attributes rather than \`member_id\` alone?`,
    options: [
      { id: "A", text: "Because a foreign key on its own can never be the primary key of a table" },
      { id: "B", text: "Because a member climbs many routes, some on several days, so only all three together are unique" },
      { id: "C", text: "Because every table in third normal form must have a composite primary key" },
      { id: "D", text: "Because adding climb_date to the key makes searching the table by date faster" },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: only the combination of member, route and date identifies one ascent", ["B", "combination"])],
    workedSolution:
      "A member appears in many ascent rows, so `member_id` alone is not unique; even `(member_id, route_id)` repeats when someone repeats a route on another day. The **composite key** `(member_id, route_id, climb_date)` identifies exactly one ascent. A foreign key can be part, or even all, of a primary key (A is false), 3NF does not require composite keys (C), and a primary key is chosen to identify rows uniquely, not to speed up searches by one attribute (D). Answer **B**.",
  },
  {
    key: "computer-science-a3-2-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.2",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Construct",
    stem: "A music school records lessons in one table:\n\n`Lesson(lesson_id, lesson_date, student_id, student_name, student_phone, teacher_id, teacher_name, instrument, room)`\n\nEach lesson has one student and one teacher; each teacher teaches exactly one instrument; a student may have lessons with several teachers.\n\n(a) Identify **one** transitive dependency in this table. [2]\n\n(b) Construct a set of tables in third normal form for this data, showing primary and foreign keys. [4]",
    markscheme: [
      pt("p1", 1, "(a) lesson_id → teacher_id → teacher_name/instrument (or lesson_id → student_id → student_name/phone)", ["teacher_id", "student_id"]),
      pt("p2", 1, "(a) explanation: a non-key attribute depends on another non-key attribute rather than directly on the primary key", ["non-key", "depends"]),
      pt("p3", 1, "(b) Student(student_id PK, student_name, student_phone)", ["student("]),
      pt("p4", 1, "(b) Teacher(teacher_id PK, teacher_name, instrument)", ["teacher("]),
      pt("p5", 1, "(b) Lesson(lesson_id PK, lesson_date, room, student_id FK, teacher_id FK)", ["lesson("]),
      pt("p6", 1, "(b) foreign keys clearly identified / relationships one-to-many from Student and Teacher to Lesson", ["foreign key", "fk", "one-to-many"]),
    ],
    workedSolution:
      "(a) `teacher_name` and `instrument` depend on `teacher_id`, which in turn depends on the key `lesson_id`. A non-key attribute determined by another non-key attribute is a **transitive dependency** (likewise `student_id → student_name, student_phone`). It causes redundancy: the teacher's name is repeated for every lesson.\n\n(b) Remove each transitive dependency into its own table:\n\n~~~\nStudent(student_id PK, student_name, student_phone)\nTeacher(teacher_id PK, teacher_name, instrument)\nLesson(lesson_id PK, lesson_date, room, student_id FK -> Student, teacher_id FK -> Teacher)\n~~~\n\nEvery non-key attribute now depends on the key, the whole key and nothing but the key. One student has many lessons and one teacher has many lessons (one-to-many).",
  },
  {
    key: "computer-science-a3-2-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A3.2",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "In a library database, each book copy can be on loan to at most one member at a time, and a member can borrow many book copies at once. What is the cardinality of the current-loan relationship between **Member** and **BookCopy**?",
    options: [
      { id: "A", text: "One-to-one" },
      { id: "B", text: "One-to-many (one member to many copies)" },
      { id: "C", text: "Many-to-one (many members to one copy)" },
      { id: "D", text: "Many-to-many" },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: one member, many copies", ["B", "one-to-many"])],
    workedSolution:
      "From the member's side: one member → many copies. From the copy's side: one copy → at most one member. That is **one-to-many**, shown in an ERD with the crow's foot at the BookCopy end; `BookCopy` would hold `member_id` as a foreign key. Answer **B**.",
  },
  {
    key: "computer-science-a3-2-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Justify",
    stem: "A clinic's `Patient` table includes the fields `phone_number` (for example `+351 912 345 678`), `date_of_birth`, `height_cm` and `is_smoker`.\n\nJustify a suitable data type for each field.",
    markscheme: [
      pt("p1", 1, "phone_number: text/VARCHAR — contains + and spaces, may start with 0, no arithmetic is done on it", ["varchar", "text", "string"]),
      pt("p2", 1, "date_of_birth: DATE — allows validation and date calculations such as age/sorting", ["date"]),
      pt("p3", 1, "height_cm: integer or decimal/REAL — numeric so it can be compared/averaged", ["integer", "decimal", "real", "float"]),
      pt("p4", 1, "is_smoker: Boolean — only two possible values", ["boolean"]),
    ],
    workedSolution:
      "- `phone_number` → **VARCHAR / text**: it includes `+` and spaces, leading zeros must be kept, and nobody adds phone numbers together.\n- `date_of_birth` → **DATE**: the DBMS rejects impossible dates and can sort by date or compute ages.\n- `height_cm` → **INTEGER** (or DECIMAL if fractions are recorded): numeric so averages and range checks work.\n- `is_smoker` → **BOOLEAN**: exactly two states.",
  },
  {
    key: "computer-science-a3-3-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Construct",
    stem: `${gymSchema}\n\nConstruct an SQL query that lists the name and join year of every member who joined in 2022 or later, newest members first.`,
    markscheme: [
      pt("p1", 1, "SELECT name, join_year FROM Member", ["select", "from member"]),
      pt("p2", 1, "WHERE join_year >= 2022", ["where", ">= 2022", "> 2021"]),
      pt("p3", 1, "ORDER BY join_year DESC", ["order by", "desc"]),
    ],
    workedSolution:
      "~~~sql\nSELECT name, join_year\nFROM Member\nWHERE join_year >= 2022\nORDER BY join_year DESC;\n~~~\n\n`WHERE join_year > 2021` is equally correct. Without `DESC` the order would be oldest first.",
  },
  {
    key: "computer-science-a3-3-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Construct",
    stem: `${gymSchema}\n\nConstruct an SQL query that lists, without duplicates and in alphabetical order, the names of members who have completed at least one route on the **East** wall.`,
    markscheme: [
      pt("p1", 1, "SELECT DISTINCT name", ["distinct"]),
      pt("p2", 1, "Joins Member to Ascent on member_id", ["member_id"]),
      pt("p3", 1, "Joins Ascent to Route on route_id and filters WHERE wall = 'East'", ["route_id", "'east'"]),
      pt("p4", 1, "ORDER BY name (ASC)", ["order by name"]),
    ],
    workedSolution:
      "~~~sql\nSELECT DISTINCT m.name\nFROM Member m\n  JOIN Ascent a ON m.member_id = a.member_id\n  JOIN Route r  ON a.route_id = r.route_id\nWHERE r.wall = 'East'\nORDER BY m.name;\n~~~\n\nThe two joins follow the foreign keys. `DISTINCT` is needed because a member who climbed two East routes would otherwise appear twice. An equivalent answer uses `WHERE ... IN (SELECT ...)` subqueries or lists the tables in `FROM` with join conditions in `WHERE`.",
  },
  {
    key: "computer-science-a3-3-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: `${gymData}\n\nDetermine the value returned by this query:\n\n~~~sql\nSELECT AVG(r.grade)\nFROM Ascent a\n  JOIN Route r  ON a.route_id = r.route_id\n  JOIN Member m ON a.member_id = m.member_id\nWHERE m.name = 'Ana';\n~~~`,
    numericAnswer: { value: 5.75 },
    markscheme: [
      M("m1", "Ana's ascents: R1, R2, R4, R2 with grades 4, 6, 7, 6 (the repeat of R2 counts)", ["4, 6, 7, 6", "23"]),
      A("a1", "23 / 4 = 5.75", ["5.75"], ["m1"]),
    ],
    workedSolution:
      "Ana is `member_id` 1. Her rows in `Ascent` are R1, R2, R4 and R2 again (15 March). The join gives one row per ascent, so grades $4, 6, 7, 6$ are averaged:\n\n$$\\frac{4 + 6 + 7 + 6}{4} = \\frac{23}{4} = 5.75$$\n\nA common error is to count R2 once (giving 17/3 ≈ 5.67); `AVG` works on every joined row.",
  },
  {
    key: "computer-science-a3-3-04",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 4,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: `${gymData}\n\nThe following query returns exactly one row. Determine the number in its \`ascents\` column.\n\n~~~sql\nSELECT r.wall, COUNT(*) AS ascents\nFROM Ascent a JOIN Route r ON a.route_id = r.route_id\nGROUP BY r.wall\nHAVING COUNT(*) > 4;\n~~~`,
    numericAnswer: { value: 6 },
    markscheme: [
      M("m1", "Ascents grouped by wall: North (R1, R2) and East (R3, R4)", ["north", "east"]),
      pt("p1", 1, "North 6, East 4", ["6", "4"]),
      A("a1", "Only North passes HAVING COUNT(*) > 4, so 6", ["6"], ["m1"]),
    ],
    workedSolution:
      "Join each ascent to its route's wall, then count per wall:\n\n- North (R1, R2): R1 three times, R2 three times → **6**\n- East (R3, R4): R3 twice, R4 twice → **4**\n\n`HAVING` filters *groups* after aggregation; only North has more than 4, so the single row is `North | 6`.",
  },
  {
    key: "computer-science-a3-3-05",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: `${gymSchema}\n\nA volunteer wrote this query to show how many ascents each member has made, but most database systems reject it, and it also has a logic error:\n\n~~~sql\nSELECT name, COUNT(*)\nFROM Member, Ascent\nWHERE join_year > 2020;\n~~~\n\nIdentify the **two** errors and write a corrected query.`,
    markscheme: [
      pt("p1", 1, "No join condition: every member is paired with every ascent (Cartesian product)", ["join", "cartesian", "member_id"]),
      pt("p2", 1, "name is selected with COUNT(*) but there is no GROUP BY", ["group by"]),
      pt("p3", 1, "Corrected query joins on Member.member_id = Ascent.member_id", ["member_id ="]),
      pt("p4", 1, "Corrected query groups by member (member_id, name)", ["group by"]),
    ],
    workedSolution:
      "1. **Missing join condition.** Listing two tables without linking them pairs every member with every ascent, so the counts would be wrong.\n2. **Missing GROUP BY.** Mixing a non-aggregated column (`name`) with `COUNT(*)` requires grouping; most DBMSs reject the query.\n\n(The `WHERE join_year > 2020` filter is legal but pointless here.)\n\n~~~sql\nSELECT m.name, COUNT(*) AS ascents\nFROM Member m\n  JOIN Ascent a ON m.member_id = a.member_id\nGROUP BY m.member_id, m.name;\n~~~\n\nGrouping by `member_id` as well keeps two members with the same name apart. To include members with no ascents, use `LEFT JOIN` and `COUNT(a.route_id)`.",
  },
  {
    key: "computer-science-a3-3-06",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Construct",
    stem: `${gymSchema}\n\nRoute R3 has been re-set and is now graded 6, and a new route R5 (grade 3) has been built on the North wall.\n\nConstruct the SQL statements to record both changes.`,
    markscheme: [
      pt("p1", 1, "UPDATE Route SET grade = 6", ["update", "set grade = 6"]),
      pt("p2", 1, "WHERE route_id = 'R3' (without WHERE every route would change)", ["where route_id = 'r3'"]),
      pt("p3", 1, "INSERT INTO Route (route_id, wall, grade) VALUES ('R5', 'North', 3)", ["insert into", "values"]),
    ],
    workedSolution:
      "~~~sql\nUPDATE Route\nSET grade = 6\nWHERE route_id = 'R3';\n\nINSERT INTO Route (route_id, wall, grade)\nVALUES ('R5', 'North', 3);\n~~~\n\nForgetting the `WHERE` clause in the `UPDATE` would re-grade every route. Naming the columns in the `INSERT` makes the statement robust if columns are later added.",
  },
  {
    key: "computer-science-a3-3-07",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A3.3",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "A school canteen app moves credit between two student accounts with two statements:\n\n~~~sql\nUPDATE Account SET credit = credit - 5 WHERE student_id = 17;\nUPDATE Account SET credit = credit + 5 WHERE student_id = 42;\n~~~\n\nExplain why these statements should be run inside a transaction, referring to the ACID properties.",
    markscheme: [
      pt(
        "p1",
        1,
        "Atomicity: if the system fails after the first statement, credit would vanish; in a transaction either both updates happen or neither (ROLLBACK)",
        ["atomic", "both", "rollback"],
      ),
      pt("p2", 1, "Consistency: the total credit stays the same / constraints such as credit ≥ 0 hold before and after", ["consistency", "total"]),
      pt(
        "p3",
        1,
        "Isolation: another transaction reading/changing the same accounts at the same time does not see the half-finished transfer / no lost updates",
        ["isolation", "concurrent"],
      ),
      pt("p4", 1, "Durability: once COMMIT succeeds the transfer survives a crash/power failure", ["durab", "commit"]),
      pt("p5", 1, "Correct structure: BEGIN TRANSACTION … COMMIT, with ROLLBACK on error", ["begin", "commit"]),
    ],
    workedSolution:
      "~~~sql\nBEGIN TRANSACTION;\nUPDATE Account SET credit = credit - 5 WHERE student_id = 17;\nUPDATE Account SET credit = credit + 5 WHERE student_id = 42;\nCOMMIT;   -- or ROLLBACK if either statement fails\n~~~\n\n- **Atomicity:** a crash between the two updates would remove 5 credits from student 17 without giving them to 42. A transaction is all-or-nothing; an incomplete one is rolled back.\n- **Consistency:** the total credit in the system is unchanged and rules such as `credit >= 0` are checked, so the database moves from one valid state to another.\n- **Isolation:** if student 17 buys lunch at the same moment, the two operations do not interleave and overwrite each other's results.\n- **Durability:** once committed, the transfer is written to non-volatile storage/logs and survives a power cut.",
  },
  {
    key: "computer-science-a3-3-08",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: `${gymSchema}\n\nInstructors should be able to see which routes each member has climbed and the route grades, but not members' join years.\n\nDescribe how a **view** could meet this requirement, and write the SQL to create it.`,
    markscheme: [
      pt("p1", 1, "A view is a virtual table defined by a stored query; it holds no data of its own / is recomputed from the base tables", [
        "virtual",
        "stored query",
      ]),
      pt("p2", 1, "Instructors are given access to the view but not the underlying Member table, hiding join_year (security/privacy)", [
        "access",
        "hide",
        "permission",
      ]),
      pt("p3", 1, "CREATE VIEW … AS SELECT name, route_id/wall, grade, climb_date", ["create view"]),
      pt("p4", 1, "with joins of Member, Ascent and Route on the foreign keys", ["join"]),
    ],
    workedSolution:
      "A **view** is a named, stored query that behaves like a virtual table: it stores no data itself and always shows the current data of its base tables. By granting instructors permission on the view only, the gym exposes exactly the columns they need and hides `join_year`; it also saves them from writing joins.\n\n~~~sql\nCREATE VIEW InstructorAscents AS\nSELECT m.name, r.route_id, r.wall, r.grade, a.climb_date\nFROM Member m\n  JOIN Ascent a ON m.member_id = a.member_id\n  JOIN Route r  ON a.route_id = r.route_id;\n~~~",
  },
  {
    key: "computer-science-a3-3-09",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A3.3",
    difficulty: 5,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Construct",
    stem: `${gymData}\n\n(a) Construct an SQL query that lists each member's name together with the **highest grade** they have completed, but only for members whose highest grade is **above the average grade of all routes** in the \`Route\` table. [4]\n\n(b) State the rows your query returns for the data above. [2]`,
    markscheme: [
      pt("p1", 1, "(a) MAX(r.grade) selected with the name, joining Member, Ascent and Route on the foreign keys", ["max(", "join"]),
      pt("p2", 1, "(a) GROUP BY member (member_id, name)", ["group by"]),
      pt("p3", 1, "(a) HAVING MAX(r.grade) > …, filtering groups rather than rows (not WHERE)", ["having"]),
      pt("p4", 1, "(a) Subquery (SELECT AVG(grade) FROM Route) used for the comparison", ["select avg(grade) from route"]),
      pt("p5", 1, "(b) Average route grade is (4 + 6 + 5 + 7) / 4 = 5.5; highest grades Ana 7, Bilal 5, Chen 7, Dara 4", ["5.5"]),
      pt("p6", 1, "(b) Rows returned: Ana 7 and Chen 7", ["ana", "chen"]),
    ],
    workedSolution:
      "(a)\n\n~~~sql\nSELECT m.name, MAX(r.grade) AS top_grade\nFROM Member m\n  JOIN Ascent a ON m.member_id = a.member_id\n  JOIN Route r  ON a.route_id = r.route_id\nGROUP BY m.member_id, m.name\nHAVING MAX(r.grade) > (SELECT AVG(grade) FROM Route);\n~~~\n\n- The joins give one row per ascent with its grade; `GROUP BY` makes one group per member.\n- The condition uses an aggregate, so it belongs in `HAVING`, not `WHERE`.\n- The **subquery** computes the average over the `Route` table (each route once), not over ascents.\n\n(b) The average route grade is $\\frac{4 + 6 + 5 + 7}{4} = 5.5$. Highest grades completed: Ana 7 (R4), Bilal 5 (R3), Chen 7 (R4), Dara 4 (R1). Only grades above 5.5 pass:\n\n| name | top_grade |\n|---|---|\n| Ana | 7 |\n| Chen | 7 |",
  },
  {
    key: "computer-science-a3-4-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A3.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Compare",
    stem: "A start-up is building a recipe-sharing app. Each recipe has a different set of optional fields (videos, nutrition data, user tips) and the team expects millions of reads per day.\n\nCompare a relational database with a document (NoSQL) database for storing the recipes.",
    markscheme: [
      pt("p1", 1, "Relational: fixed schema of tables, so varied optional fields mean many NULLs or extra tables", ["schema", "null"]),
      pt("p2", 1, "Document: flexible schema; each recipe is a self-contained document (e.g. JSON) with only the fields it needs", [
        "flexible",
        "json",
        "document",
      ]),
      pt("p3", 1, "Document stores scale horizontally across many servers easily, suiting very high read volumes", ["scale", "horizontal"]),
      pt("p4", 1, "Relational: strong consistency / ACID transactions and powerful joins; normalisation avoids redundancy", ["acid", "join", "consistency"]),
      pt("p5", 1, "Document: data may be duplicated across documents; complex queries across documents/joins are harder; often eventual consistency", [
        "duplicat",
        "eventual",
      ]),
    ],
    workedSolution:
      "**Relational:** data in tables with a fixed schema; recipes with different optional parts would need many nullable columns or several linked tables and joins. Strengths are ACID transactions, strong consistency, normalisation and flexible SQL queries.\n\n**Document database:** each recipe is stored as one JSON-like document containing only the fields it has, so the structure can vary and evolve without migrations. Reading a recipe is one fetch with no joins, and such databases scale out across many servers — suitable for millions of reads. Weaknesses: data such as author details may be duplicated in many documents, cross-document queries are less powerful, and many systems offer only eventual consistency.\n\nFor this read-heavy app with irregular data a document store fits well; account and payment data might still live in a relational database.",
  },
  {
    key: "computer-science-a3-4-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A3.4",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "A supermarket chain runs a separate transactional database in each of its 120 stores. Head office wants to analyse five years of sales to decide which products to stock in each region.\n\nExplain how a data warehouse, loaded by an ETL process, would support this analysis.",
    markscheme: [
      pt("p1", 1, "Extract: data is copied from each store's operational database (and other sources)", ["extract"]),
      pt("p2", 1, "Transform: data is cleaned and converted to consistent formats/codes; duplicates and errors removed", ["transform", "clean", "consistent"]),
      pt("p3", 1, "Load: data is loaded into the warehouse, typically in scheduled batches (e.g. nightly)", ["load", "batch"]),
      pt("p4", 1, "Warehouse is subject-oriented and integrated: sales from all stores in one place", ["integrated", "subject"]),
      pt("p5", 1, "Time-variant and non-volatile: keeps historical data for years and is not updated by day-to-day transactions", [
        "historical",
        "non-volatile",
        "time",
      ]),
      pt("p6", 1, "Optimised for complex analytical queries/OLAP (e.g. sales by region, product and month) without slowing the stores' tills", [
        "olap",
        "analytical",
        "slow",
      ]),
      pt("p7", 1, "Supports data mining to find patterns (e.g. regional preferences, seasonal trends)", ["data mining", "pattern"]),
    ],
    workedSolution:
      "**ETL.** *Extract* copies sales records from the 120 store databases. *Transform* cleans and standardises them — the same product code everywhere, consistent date formats, duplicates and errors removed. *Load* writes the result into the warehouse, usually in nightly batches.\n\n**Why a warehouse helps.**\n- It is **integrated and subject-oriented**: all sales in one consistent store, organised around subjects like product, store and time.\n- It is **time-variant and non-volatile**: five years of history are kept and not overwritten by daily transactions.\n- It is designed for **analytical (OLAP) queries** — e.g. total sales by region, product category and month, drilling down or rolling up — which would be slow and disruptive on the stores' operational systems.\n- Analysts can apply **data mining** to find regional preferences or seasonal patterns and choose the stock for each region.",
  },
  {
    key: "computer-science-a3-4-03",
    type: "MCQ",
    levels: HL,
    topicCode: "A3.4",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "Which statement best describes a data warehouse compared with an operational (OLTP) database?",
    options: [
      { id: "A", text: "It handles many small, frequent updates, such as each sale at a till, in real time." },
      { id: "B", text: "It stores integrated historical data from several sources, optimised for complex read-only analysis." },
      { id: "C", text: "It keeps only the most recent value of each record to save space." },
      { id: "D", text: "It must be stored in the RAM of a single server." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B", ["B"])],
    workedSolution:
      "A warehouse integrates data from many sources, keeps history (time-variant, non-volatile) and is optimised for analytical queries. Option A describes an OLTP database; C contradicts keeping history; D describes an in-memory database, not a defining feature of warehouses. Answer **B**.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// A4 Machine learning
// ─────────────────────────────────────────────────────────────────────────────
const a4: QuestionInput[] = [
  {
    key: "computer-science-a4-1-01",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A4.1",
    difficulty: 1,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "An email provider trains a model on 2 million messages that users have already marked as *spam* or *not spam*, so that it can label new messages. Which type of machine learning is this?",
    options: [
      { id: "A", text: "Supervised learning" },
      { id: "B", text: "Unsupervised learning" },
      { id: "C", text: "Reinforcement learning" },
      { id: "D", text: "Association rule learning" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: the training data is labelled", ["A", "supervised", "labelled"])],
    workedSolution:
      "The training examples come with the correct answer (the label *spam* / *not spam*), and the model learns to predict that label for new inputs — **supervised learning** (specifically classification). Unsupervised learning finds structure in unlabelled data; reinforcement learning learns from rewards for actions. Answer **A**.",
  },
  {
    key: "computer-science-a4-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A4.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Explain why deep neural networks are usually trained on GPUs or specialised accelerators (such as TPUs) rather than on general-purpose CPUs.",
    markscheme: [
      pt("p1", 1, "Training consists mostly of huge numbers of matrix/vector multiplications", ["matrix", "multiplication"]),
      pt("p2", 1, "These operations are independent and can be done in parallel", ["parallel", "independent"]),
      pt(
        "p3",
        1,
        "GPUs/TPUs have thousands of simpler cores designed for parallel arithmetic, while CPUs have a few powerful cores optimised for sequential tasks",
        ["thousands", "cores", "sequential"],
      ),
      pt("p4", 1, "High memory bandwidth moves large training batches/weights quickly, reducing training time from weeks to days/hours", [
        "bandwidth",
        "training time",
      ]),
      pt("p5", 1, "Accelerators give more computations per watt, lowering energy cost", ["energy", "per watt"]),
    ],
    workedSolution:
      "Training a deep network means repeating forward and backward passes over millions of examples; each pass is dominated by **matrix multiplications** between layers of weights and activations. The individual multiply–add operations are independent, so they can run **in parallel**.\n\nA CPU has a small number of powerful cores designed for complex, sequential, branching code. A GPU or TPU has **thousands of simpler cores** and very high **memory bandwidth**, designed to perform the same arithmetic on many numbers at once. The same training job therefore finishes many times faster — and with less energy per operation — on an accelerator.",
  },
  {
    key: "computer-science-a4-1-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A4.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: "A warehouse robot must learn the quickest way to move parcels between shelves without being given examples of good routes.\n\nDescribe how reinforcement learning could be used.",
    markscheme: [
      pt("p1", 1, "The robot is an agent that takes actions (moves) in an environment (the warehouse) and observes its state/position", [
        "agent",
        "environment",
        "state",
      ]),
      pt("p2", 1, "It receives rewards (e.g. for delivering a parcel) and penalties (e.g. each time step, collisions)", ["reward", "penalty"]),
      pt("p3", 1, "Learning is by trial and error, updating its policy to maximise cumulative reward", ["trial and error", "policy", "cumulative"]),
      pt("p4", 1, "Balances exploration (trying new routes) with exploitation (using the best known route)", ["exploration", "exploitation"]),
      pt("p5", 1, "Often trained first in a simulation to avoid damage/cost", ["simulation"]),
    ],
    workedSolution:
      "The robot is the **agent**; the warehouse is the **environment**; its position and load form the **state**; moving or picking up are **actions**.\n\nA **reward function** is designed: a large positive reward for delivering a parcel, a small penalty for every second taken and a large penalty for collisions. The robot learns by **trial and error**, updating its **policy** (which action to take in each state) to maximise total reward over time. Early on it **explores** random routes; as it learns it increasingly **exploits** the best route found, while still exploring occasionally in case a better one exists. Training usually starts in a **simulated** warehouse so mistakes cost nothing.",
  },
  {
    key: "computer-science-a4-2-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A4.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: "A city is training a model to predict bicycle-hire demand from weather records. The raw dataset has some missing temperature values, a few readings of 450 °C caused by a faulty sensor, and some rows duplicated when the logger restarted.\n\nDescribe how each of these three problems should be handled during data cleaning.",
    markscheme: [
      pt("p1", 1, "Missing values: remove rows if few / impute with mean, median or interpolation from neighbouring times", [
        "impute",
        "mean",
        "median",
        "interpolat",
      ]),
      pt("p2", 1, "Justification: avoids errors or bias from missing data / keeps as much data as possible", ["bias", "keep"]),
      pt("p3", 1, "450 °C readings: detect as outliers (range check / statistical test) and remove or replace, since they are impossible", [
        "outlier",
        "impossible",
        "range",
      ]),
      pt("p4", 1, "Duplicates: identify identical rows (same timestamp/values) and keep one copy", ["duplicate", "one copy"]),
      pt("p5", 1, "Duplicates would otherwise over-weight those hours and bias the model", ["over-weight", "bias"]),
    ],
    workedSolution:
      "- **Missing temperatures:** if only a few rows are affected, delete them; otherwise **impute** values — e.g. interpolate between the readings before and after (temperature changes smoothly) or use the mean/median for that hour. This keeps the data usable without introducing big errors.\n- **450 °C readings:** these are **outliers** that are physically impossible; a range check (e.g. −30 °C to 50 °C) detects them. They are treated as missing and removed or imputed, so they cannot distort the model.\n- **Duplicate rows:** detect rows with identical timestamps and values and **keep only one**. Otherwise those hours count twice, biasing the model towards them.\n\nAfter cleaning, features would usually also be normalised so they are on comparable scales.",
  },
  {
    key: "computer-science-a4-2-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "A4.2",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "Before training, a feature *resting heart rate* is rescaled with min–max normalisation:\n\n$$x' = \\frac{x - x_{\\min}}{x_{\\max} - x_{\\min}}$$\n\nIn the training data the minimum is 42 beats per minute and the maximum is 102 beats per minute. Calculate the normalised value of a heart rate of 81 beats per minute.",
    numericAnswer: { value: 0.65, tolerance: 0.001 },
    markscheme: [M("m1", "(81 − 42) / (102 − 42) = 39 / 60", ["39", "60"]), A("a1", "0.65", ["0.65"], ["m1"])],
    workedSolution:
      "$$x' = \\frac{81 - 42}{102 - 42} = \\frac{39}{60} = 0.65$$\n\nAfter min–max normalisation every value lies between 0 and 1, so features measured on large scales do not dominate distance-based algorithms such as k-NN or k-means.",
  },
  {
    key: "computer-science-a4-2-03",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A4.2",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "A dataset for predicting house prices has 180 features, including *floor area in m²*, *floor area in ft²*, the *owner's favourite colour* and a *listing ID*.\n\nExplain why feature selection should be carried out before training, using examples from this dataset.",
    markscheme: [
      pt("p1", 1, "Redundant features: area in m² and ft² carry the same information, so one should be removed", ["redundant", "m²", "ft²"]),
      pt("p2", 1, "Irrelevant features: favourite colour / listing ID have no real relationship with price and add noise", [
        "irrelevant",
        "colour",
        "listing id",
      ]),
      pt("p3", 1, "Irrelevant features such as IDs can cause overfitting: the model learns patterns that do not generalise", ["overfit", "generalis"]),
      pt("p4", 1, "Fewer features reduce training time, memory and cost (curse of dimensionality)", ["training time", "dimensionality"]),
      pt("p5", 1, "A simpler model is easier to interpret/explain", ["interpret"]),
    ],
    workedSolution:
      "Feature selection keeps only the features that help prediction.\n\n- **Redundant features:** floor area in m² and in ft² are perfectly correlated; keeping both adds nothing and can destabilise some models. Keep one.\n- **Irrelevant features:** the owner's favourite colour and the listing ID have no causal link with price. A model may still find accidental patterns in them — **overfitting** — and perform badly on new houses.\n- **Efficiency:** with fewer dimensions the model trains faster, needs less memory and less data to cover the feature space (the *curse of dimensionality*).\n- **Interpretability:** a model using a few meaningful features is easier to explain to buyers or regulators.",
  },
  {
    key: "computer-science-a4-3-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "A4.3",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: "A classifier that flags suspicious bank transactions is tested on 400 transactions with these results:\n\n| | Actually fraudulent | Actually genuine |\n|---|---|---|\n| Flagged as fraud | 42 | 8 |\n| Not flagged | 14 | 336 |\n\nCalculate the model's **recall** (the proportion of fraudulent transactions that it flags).",
    numericAnswer: { value: 0.75, tolerance: 0.005 },
    markscheme: [M("m1", "Recall = TP / (TP + FN) = 42 / (42 + 14)", ["42 / 56", "tp / (tp + fn)"]), A("a1", "0.75", ["0.75", "75%"], ["m1"])],
    workedSolution:
      "True positives (fraud flagged) = 42; false negatives (fraud missed) = 14.\n\n$$\\text{recall} = \\frac{TP}{TP + FN} = \\frac{42}{56} = 0.75$$\n\nFor comparison, precision $= \\frac{42}{42 + 8} = 0.84$ and accuracy $= \\frac{42 + 336}{400} = 0.945$. The high accuracy hides the fact that a quarter of frauds are missed — for fraud detection, recall matters most.",
  },
  {
    key: "computer-science-a4-3-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A4.3",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: "k-means clustering (k = 2) is applied to six shops described by (weekly visitors in hundreds, average spend in euros):\n\nS1 (1, 2), S2 (2, 1), S3 (2, 3), S4 (8, 8), S5 (9, 7), S6 (7, 9)\n\nThe initial centroids are C1 = (2, 2) and C2 = (8, 7). Using Euclidean distance, determine the clusters after the first assignment step and the updated centroids.",
    markscheme: [
      pt("p1", 1, "S1, S2, S3 are nearer C1 (e.g. S3 distance 1 to C1)", ["s1", "s2", "s3"]),
      pt("p2", 1, "S4, S5, S6 are nearer C2", ["s4", "s5", "s6"]),
      M("m1", "New centroid = mean of the x and y coordinates of each cluster's points", ["mean", "average"]),
      A("a1", "New C1 = (5/3, 2) ≈ (1.67, 2)", ["1.67", "5/3"], ["m1"]),
      A("a2", "New C2 = (8, 8)", ["(8, 8)"], ["m1"]),
    ],
    workedSolution:
      "**Assignment.** Squared distances to C1 = (2, 2) and C2 = (8, 7):\n\n| Shop | to C1 | to C2 | Cluster |\n|---|---|---|---|\n| S1 (1, 2) | 1 | 74 | C1 |\n| S2 (2, 1) | 1 | 72 | C1 |\n| S3 (2, 3) | 1 | 52 | C1 |\n| S4 (8, 8) | 72 | 1 | C2 |\n| S5 (9, 7) | 74 | 1 | C2 |\n| S6 (7, 9) | 74 | 5 | C2 |\n\n**Update.** Each centroid moves to the mean of its points:\n\n- C1: $\\left(\\frac{1+2+2}{3}, \\frac{2+1+3}{3}\\right) = \\left(\\frac{5}{3}, 2\\right) \\approx (1.67, 2)$\n- C2: $\\left(\\frac{8+9+7}{3}, \\frac{8+7+9}{3}\\right) = (8, 8)$\n\nRepeating the assignment with the new centroids gives the same clusters, so the algorithm has converged: small, low-spend shops and large, high-spend shops.",
  },
  {
    key: "computer-science-a4-3-03",
    type: "MCQ",
    levels: HL,
    topicCode: "A4.3",
    difficulty: 3,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "A decision-tree model classifies its training data with 99% accuracy but only 71% of unseen test data correctly. What is the most likely explanation, and a suitable response?",
    options: [
      { id: "A", text: "Underfitting; make the tree shallower" },
      { id: "B", text: "The test data is too large; use fewer test examples" },
      { id: "C", text: "Overfitting; limit the tree's depth (prune it) or train on more data" },
      { id: "D", text: "The learning is unsupervised; add labels to the test data" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: overfitting — the model memorised noise in the training data", ["C", "overfitting"])],
    workedSolution:
      "A large gap between training and test performance means the model has learned the training set's noise and quirks rather than general patterns: **overfitting**. Limiting depth or pruning (a hyperparameter change), using more data or cross-validation reduces it. Underfitting would give poor results on *both* sets. Answer **C**.",
  },
  {
    key: "computer-science-a4-3-04",
    type: "WRITTEN",
    levels: HL,
    topicCode: "A4.3",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: "A k-nearest neighbours classifier (k = 3) labels fruit as *apple* or *pear* from (weight in g, roundness score). The labelled examples are:\n\n| Fruit | Weight | Roundness | Label |\n|---|---|---|---|\n| F1 | 150 | 9 | apple |\n| F2 | 160 | 8 | apple |\n| F3 | 170 | 5 | pear |\n| F4 | 175 | 4 | pear |\n| F5 | 155 | 6 | pear |\n\nUsing Euclidean distance on the raw values, determine the label predicted for a new fruit with weight 158 g and roundness 7.",
    markscheme: [
      M("m1", "Distances calculated, e.g. squared distances F1 68, F2 5, F3 148, F4 298, F5 10", ["68", "5", "10", "148"]),
      pt("p1", 1, "Three nearest: F2 (apple), F5 (pear), F1 (apple)", ["f2", "f5", "f1"]),
      A("a1", "Majority vote 2 apple : 1 pear → apple", ["apple"], ["m1"]),
    ],
    workedSolution:
      "Squared distances from (158, 7) — square roots are not needed to rank them:\n\n| Fruit | Δweight² + Δroundness² | Label |\n|---|---|---|\n| F1 | 64 + 4 = 68 | apple |\n| F2 | 4 + 1 = 5 | apple |\n| F3 | 144 + 4 = 148 | pear |\n| F4 | 289 + 9 = 298 | pear |\n| F5 | 9 + 1 = 10 | pear |\n\nThe three nearest are F2 (apple), F5 (pear) and F1 (apple). The majority vote is **apple**.\n\nNote that weight dominates the distance because its range is much larger than roundness; normalising the features first is good practice.",
  },
  {
    key: "computer-science-a4-4-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "A4.4",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "A school proposes replacing student ID cards with a facial-recognition system at the entrance that records when each student arrives. The model was bought from a supplier that trained it mainly on photos of adults.\n\nDiscuss the ethical issues raised by this proposal.",
    markscheme: [
      pt("p1", 1, "Bias: training data of adults (possibly unrepresentative ethnicities) may make the system less accurate for teenagers/some groups", [
        "bias",
        "adults",
        "accurate",
      ]),
      pt("p2", 1, "Consequence: some students repeatedly misidentified/marked absent — unfair treatment/discrimination", [
        "misidentif",
        "unfair",
        "discriminat",
      ]),
      pt(
        "p3",
        1,
        "Privacy: biometric data is highly sensitive and cannot be changed if leaked; needs secure storage and legal basis (e.g. data protection law)",
        ["privacy", "biometric", "leak"],
      ),
      pt("p4", 1, "Consent: minors/parents may not be able to opt out freely; alternatives should be offered", ["consent", "opt out"]),
      pt("p5", 1, "Transparency and accountability: who is responsible for errors, school or supplier; can decisions be explained/appealed", [
        "accountab",
        "transparen",
        "responsible",
      ]),
      pt("p6", 1, "Surveillance/function creep: data could later be used for other purposes (tracking movement, discipline)", [
        "surveillance",
        "function creep",
      ]),
      pt("p7", 1, "Benefits acknowledged (faster entry, no lost cards, safety) and a balanced conclusion", ["benefit", "conclusion"]),
    ],
    workedSolution:
      "**Possible benefits.** Faster entry, no lost or lent ID cards, accurate attendance records for safety in an emergency.\n\n**Ethical concerns.**\n- **Bias and fairness:** a model trained mostly on adults may be less accurate for teenagers, and if the training photos under-represent some ethnic groups, error rates will differ between students. Some students could be repeatedly marked late or absent — unfair treatment caused by the data, not their behaviour.\n- **Privacy:** a face template is biometric data; unlike a password it cannot be changed if stolen. The school must store it securely, limit retention and comply with data-protection law.\n- **Consent:** students are minors and may feel unable to refuse; a genuine alternative (a card) should be offered.\n- **Accountability and transparency:** when the system is wrong, who is responsible — the school or the supplier? Students need a way to challenge records.\n- **Function creep:** once installed, cameras could be used to track students around the school, increasing surveillance beyond the original purpose.\n\n**Conclusion.** The convenience gains are modest compared with the privacy and fairness risks. The proposal should proceed only with an audit of accuracy on students, explicit consent with an opt-out, strict data limits — or the school should keep ID cards.",
  },
  {
    key: "computer-science-a4-4-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "A4.4",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: "A recruitment model is trained on ten years of a company's hiring decisions, during which very few women were hired for engineering roles. The model now ranks female engineering applicants lower. What is the main source of this problem?",
    options: [
      { id: "A", text: "Overfitting: the model memorised past applicants instead of learning general patterns" },
      { id: "B", text: "The use of unsupervised instead of supervised learning" },
      { id: "C", text: "Too little data: ten years of hiring records is too small a training set" },
      { id: "D", text: "Historical bias in the training data, which the model has learned and reproduced" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: biased training data", ["D", "bias"])],
    workedSolution:
      "A model learns patterns in the data it is given. If past decisions were biased, the model treats that bias as a pattern to copy — **historical (data) bias**. Overfitting (A) would make the model unreliable on new applicants in general, not systematically against one group; learning from labelled past decisions is already supervised learning (B); and more records of the same biased decisions (C) would only reinforce the pattern. Fixing it requires auditing and rebalancing the data, removing proxy features and monitoring outcomes. Answer **D**.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// B1 Computational thinking
// ─────────────────────────────────────────────────────────────────────────────
const b1: QuestionInput[] = [
  {
    key: "computer-science-b1-1-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B1.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Explain",
    stem: "A team is designing an app that shows parents, in real time, where their child's school bus is and when it will reach each stop.\n\nExplain how **decomposition** and **abstraction** would help the team design this app.",
    markscheme: [
      pt("p1", 1, "Decomposition: breaking the problem into smaller sub-problems that can be solved/tested separately", ["decompos", "smaller", "sub-problem"]),
      pt("p2", 1, "Example: GPS location collection, sending positions to a server, arrival-time estimation, map display, parent notifications", [
        "gps",
        "notification",
        "map",
        "estimat",
      ]),
      pt("p3", 1, "Abstraction: removing unnecessary detail and keeping only what is relevant to the problem", ["abstraction", "unnecessary", "relevant"]),
      pt(
        "p4",
        1,
        "Example: a bus is represented by its ID, position and speed, a route as an ordered list of stops — not the driver's name or the bus colour",
        ["position", "list of stops", "ignore"],
      ),
      pt("p5", 1, "Benefit: sub-problems can be assigned to different team members/reused; simpler models make the algorithm easier to design", [
        "team",
        "reuse",
        "simpler",
      ]),
    ],
    workedSolution:
      "**Decomposition** splits the large problem into smaller, manageable sub-problems: (1) reading the bus's GPS position every few seconds, (2) sending it to a server, (3) estimating the arrival time at each stop, (4) drawing the map in the app, (5) notifying parents. Each part can be designed, coded and tested separately, and by different team members.\n\n**Abstraction** keeps only the details that matter. A bus becomes `(bus_id, latitude, longitude, speed)`; a route becomes an ordered list of stops with coordinates. The bus's colour, the driver's name or the exact shape of every street are ignored for the arrival-time estimate (perhaps using average speed between stops). The simpler model makes the algorithm easier to design and faster to run.",
  },
  {
    key: "computer-science-b1-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B1.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: `Construct a trace table for the following Python code and state the output.

~~~python
x = 6
steps = 0
while x != 1:
    if x % 2 == 0:
        x = x // 2
    else:
        x = 3 * x + 1
    steps = steps + 1
print(steps)
~~~`,
    markscheme: [
      pt("p1", 1, "Columns for x, steps (and the condition) with initial values 6, 0", ["x", "steps"]),
      pt("p2", 1, "x values 3, 10, 5, 16 in order", ["3", "10", "5", "16"]),
      pt("p3", 1, "x values 8, 4, 2, 1 in order with steps incremented each time", ["8", "4", "2", "1"]),
      pt("p4", 1, "Output 8", ["8"]),
    ],
    workedSolution:
      "| x | x % 2 == 0? | steps |\n|---|---|---|\n| 6 | | 0 |\n| 3 | True (6 even) | 1 |\n| 10 | False (3 odd) | 2 |\n| 5 | True | 3 |\n| 16 | False | 4 |\n| 8 | True | 5 |\n| 4 | True | 6 |\n| 2 | True | 7 |\n| 1 | True | 8 |\n\nWhen x becomes 1 the loop condition `x != 1` is false, so the loop ends.\n\n**Output:** `8`",
  },
  {
    key: "computer-science-b1-1-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B1.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `Determine the value printed by this Python code.

~~~python
data = [3, 8, 2, 8, 5, 1, 9, 4]
result = 0
for i in range(1, len(data)):
    if data[i] < data[i - 1]:
        result = result + data[i - 1] - data[i]
print(result)
~~~`,
    numericAnswer: { value: 18 },
    markscheme: [
      M("m1", "Identifies each fall between neighbours: 8→2, 8→5, 5→1, 9→4", ["8→2", "9→4"]),
      pt("p1", 1, "Drops 6, 3, 4, 5", ["6, 3, 4, 5"]),
      A("a1", "18", ["18"], ["m1"]),
    ],
    workedSolution:
      "The loop compares each element with the one before it and adds the size of every *decrease*:\n\n| i | data[i−1] → data[i] | decrease? | result |\n|---|---|---|---|\n| 1 | 3 → 8 | no | 0 |\n| 2 | 8 → 2 | 6 | 6 |\n| 3 | 2 → 8 | no | 6 |\n| 4 | 8 → 5 | 3 | 9 |\n| 5 | 5 → 1 | 4 | 13 |\n| 6 | 1 → 9 | no | 13 |\n| 7 | 9 → 4 | 5 | 18 |\n\nOutput: **18** — the total of all the falls in the sequence.",
  },
  {
    key: "computer-science-b1-1-04",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B1.1",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `This Python function finds the greatest common divisor of two positive integers by repeated subtraction.

~~~python
def gcd(x, y):
    steps = 0
    while x != y:
        if x > y:
            x = x - y
        else:
            y = y - x
        steps = steps + 1
    print(x, steps)
~~~

Determine the value of \`steps\` printed by the call \`gcd(252, 105)\`.`,
    numericAnswer: { value: 5 },
    markscheme: [
      M("m1", "Trace: (252, 105) → (147, 105) → (42, 105) → (42, 63) → (42, 21) → (21, 21)", ["147", "42", "63", "21"]),
      pt("p1", 1, "Loop stops when x = y = 21 (the GCD)", ["21"]),
      A("a1", "steps = 5", ["5"], ["m1"]),
    ],
    workedSolution:
      "| x | y | x > y? | steps |\n|---|---|---|---|\n| 252 | 105 | | 0 |\n| 147 | 105 | yes | 1 |\n| 42 | 105 | yes | 2 |\n| 42 | 63 | no | 3 |\n| 42 | 21 | no | 4 |\n| 21 | 21 | yes | 5 |\n\nNow `x == y`, so the loop ends and the function prints `21 5`: the GCD is 21, found in **5** steps. Replacing repeated subtraction with the remainder operator (`x % y`) gives Euclid's algorithm, which needs far fewer steps when one number is much larger than the other.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// B2 Programming
// ─────────────────────────────────────────────────────────────────────────────
const b2: QuestionInput[] = [
  {
    key: "computer-science-b2-1-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: "Determine the value of `result` after this Python statement runs.\n\n~~~python\nresult = 47 // 6 + 47 % 6 * 3 - 2 ** 3\n~~~",
    numericAnswer: { value: 14 },
    markscheme: [
      M("m1", "47 // 6 = 7, 47 % 6 = 5, 2 ** 3 = 8 (precedence: `**` first, then `*`, `//`, `%`, then `+`, `-`)", ["7", "5", "8"]),
      A("a1", "7 + 15 − 8 = 14", ["14"], ["m1"]),
    ],
    workedSolution:
      "Apply operator precedence: `**` first, then `*`, `//`, `%` (left to right), then `+` and `-`.\n\n- `2 ** 3` = 8\n- `47 // 6` = 7 (integer division)\n- `47 % 6` = 5 (remainder), and `5 * 3` = 15\n\n`result = 7 + 15 - 8 = 14`.\n\nIn Java the same value comes from `47 / 6 + 47 % 6 * 3 - (int) Math.pow(2, 3)`, since `/` between two `int`s is integer division.",
  },
  {
    key: "computer-science-b2-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.1",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "A school trip form asks for the student's age, which must be a whole number from 11 to 19.\n\nConstruct a function `read_age()` (Python) or `readAge()` (Java) that keeps asking the user until a valid age is entered and then returns it. The program must **not** crash if the user types text such as `twelve`.",
    markscheme: [
      pt("p1", 1, "Loop that repeats until a valid value is obtained", ["while", "loop"]),
      pt("p2", 1, "Input converted to integer inside a try block", ["try", "int("]),
      pt("p3", 1, "Conversion error caught (ValueError / NumberFormatException) with a message, and the loop continues", [
        "except",
        "valueerror",
        "catch",
        "numberformatexception",
      ]),
      pt("p4", 1, "Range check 11 ≤ age ≤ 19 with a message when out of range", ["11", "19"]),
      pt("p5", 1, "Valid age returned", ["return"]),
    ],
    workedSolution:
      '~~~python\ndef read_age():\n    while True:\n        text = input("Age (11-19): ")\n        try:\n            age = int(text)\n        except ValueError:\n            print("Please enter a whole number.")\n            continue\n        if 11 <= age <= 19:\n            return age\n        print("Age must be between 11 and 19.")\n~~~\n\nJava equivalent:\n\n~~~java\npublic static int readAge(Scanner in) {\n    while (true) {\n        System.out.print("Age (11-19): ");\n        String text = in.nextLine();\n        try {\n            int age = Integer.parseInt(text.trim());\n            if (age >= 11 && age <= 19) {\n                return age;\n            }\n            System.out.println("Age must be between 11 and 19.");\n        } catch (NumberFormatException e) {\n            System.out.println("Please enter a whole number.");\n        }\n    }\n}\n~~~\n\nThe `try`/`except` (or `try`/`catch`) handles the exception raised by the conversion, so bad input leads to a new prompt instead of a crash.',
  },
  {
    key: "computer-science-b2-1-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "B2.1",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "A program is meant to print the average of three test marks, but for marks 60, 70 and 80 it prints 163.33. Which statement causes this, and what kind of error is it?\n\n~~~python\naverage = a + b + c / 3\n~~~",
    options: [
      { id: "A", text: "A syntax error: the statement is missing brackets, so it will not run" },
      { id: "B", text: "A run-time error: division by 3 is not allowed for integers" },
      { id: "C", text: "A logic error: only c is divided by 3; it should be (a + b + c) / 3" },
      { id: "D", text: "A logic error: the division should use // instead of /" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: precedence logic error", ["C"])],
    workedSolution:
      "The program runs without crashing, so this is not a syntax or run-time error: it produces the **wrong result**, a **logic error**. Division has higher precedence than addition, so Python calculates `60 + 70 + (80 / 3)` = 163.33. Brackets fix it: `(a + b + c) / 3` = 70. Answer **C**.",
  },
  {
    key: "computer-science-b2-1-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: 'Construct a function `initials(full_name)` that returns the upper-case initials of a name whose parts are separated by single spaces. For example, `initials("ada king lovelace")` returns `"AKL"`. You may not use a library function that splits the string; process it character by character.',
    markscheme: [
      pt("p1", 1, "Takes the first character of the string", ["full_name[0]", "charat(0)"]),
      pt("p2", 1, "Loops through the characters/indices", ["for", "range(len"]),
      pt("p3", 1, "Adds the character after each space", ['== " "', "i + 1"]),
      pt("p4", 1, "Converts to upper case and returns the result", ["upper", "touppercase", "return"]),
    ],
    workedSolution:
      '~~~python\ndef initials(full_name):\n    result = full_name[0].upper()\n    for i in range(1, len(full_name)):\n        if full_name[i - 1] == " ":\n            result = result + full_name[i].upper()\n    return result\n~~~\n\nJava:\n\n~~~java\npublic static String initials(String fullName) {\n    String result = "" + Character.toUpperCase(fullName.charAt(0));\n    for (int i = 1; i < fullName.length(); i++) {\n        if (fullName.charAt(i - 1) == \' \') {\n            result += Character.toUpperCase(fullName.charAt(i));\n        }\n    }\n    return result;\n}\n~~~\n\nA character starts a new name part exactly when the character before it is a space. (A robust version would also handle an empty string or double spaces.)',
  },
  {
    key: "computer-science-b2-1-05",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: 'Determine the value printed by this Python code.\n\n~~~python\ns = "COMPUTATIONAL"\nprint(s.find("TAT") + len(s[3:7]))\n~~~',
    numericAnswer: { value: 9 },
    markscheme: [pt("p1", 1, 's.find("TAT") = 5 (indices start at 0)', ["5"]), pt("p2", 1, 's[3:7] = "PUTA", length 4; total 9', ["puta", "4", "9"])],
    workedSolution:
      'Index the string from 0:\n\n| C | O | M | P | U | T | A | T | I | O | N | A | L |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n| 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |\n\n- `s.find("TAT")` returns the index where `TAT` first starts: **5**.\n- `s[3:7]` takes indices 3, 4, 5, 6 (the end index is excluded): `"PUTA"`, length **4**.\n\nOutput: $5 + 4 = 9$. (In Java: `s.indexOf("TAT") + s.substring(3, 7).length()`.)',
  },
  {
    key: "computer-science-b2-2-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.2",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: false,
    commandTerm: "State",
    stem: "An empty stack `s` undergoes these operations in order:\n\n`push(4)`, `push(7)`, `push(2)`, `pop()`, `push(9)`, `pop()`, `pop()`, `push(6)`, `push(3)`\n\nState the sum of the values left in the stack.",
    numericAnswer: { value: 13 },
    markscheme: [
      M("m1", "Pops remove 2, then 9, then 7 (last in, first out)", ["2", "9", "7"]),
      A("a1", "Stack holds 4, 6, 3 (bottom to top); sum 13", ["13"], ["m1"]),
    ],
    workedSolution:
      "| Operation | Stack (bottom → top) |\n|---|---|\n| push(4) | 4 |\n| push(7) | 4, 7 |\n| push(2) | 4, 7, 2 |\n| pop() → 2 | 4, 7 |\n| push(9) | 4, 7, 9 |\n| pop() → 9 | 4, 7 |\n| pop() → 7 | 4 |\n| push(6) | 4, 6 |\n| push(3) | 4, 6, 3 |\n\nSum of remaining values: $4 + 6 + 3 = 13$.",
  },
  {
    key: "computer-science-b2-2-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.2",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `The following Python code uses a queue \`q\` (front on the left) and a list \`s\` used as a stack.

~~~python
from collections import deque

q = deque([7, 2, 9, 4, 6])
s = []
iterations = 0
while len(q) > 0:
    x = q.popleft()
    if x % 2 == 0:
        s.append(x)
    elif len(s) > 0:
        q.append(s.pop())
    iterations = iterations + 1
print(iterations)
~~~

Determine the value printed.`,
    numericAnswer: { value: 6 },
    markscheme: [
      M("m1", "7 removed with nothing done (stack empty); 2 pushed", ["7", "2 pushed"]),
      pt("p1", 1, "9 causes 2 to be popped and added to the back of the queue", ["9", "back of the queue"]),
      A("a1", "Remaining 4, 6, 2 each pushed; 6 iterations in total", ["6"], ["m1"]),
    ],
    workedSolution:
      "| x | action | q after | s after | iterations |\n|---|---|---|---|---|\n| 7 | odd, stack empty: nothing | 2, 9, 4, 6 | — | 1 |\n| 2 | even: push | 9, 4, 6 | 2 | 2 |\n| 9 | odd: pop 2, enqueue it | 4, 6, 2 | — | 3 |\n| 4 | even: push | 6, 2 | 4 | 4 |\n| 6 | even: push | 2 | 4, 6 | 5 |\n| 2 | even: push | — | 4, 6, 2 | 6 |\n\nThe queue is now empty, so the loop stops. Output: **6**.",
  },
  {
    key: "computer-science-b2-2-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.2",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "A small theatre stores seat bookings in a two-dimensional list `seats` with one inner list per row; `1` means booked and `0` means free. For example:\n\n~~~python\nseats = [[1, 0, 0, 1],\n         [1, 1, 1, 1],\n         [0, 0, 1, 0]]\n~~~\n\nConstruct a function `fullest_row(seats)` that returns the index of the row with the most booked seats (the first such row if there is a tie). For the example it returns `1`. Your function must work for any number of rows and seats per row.",
    markscheme: [
      pt("p1", 1, "Outer loop over the rows (by index)", ["for", "range(len(seats))"]),
      pt("p2", 1, "Inner loop (or sum) counts booked seats in a row", ["inner", "sum", "== 1"]),
      pt("p3", 1, "Keeps track of the largest count so far and its row index", ["best", "max"]),
      pt("p4", 1, "Uses strict > so the first row wins ties", [">"]),
      pt("p5", 1, "Returns the index", ["return"]),
    ],
    workedSolution:
      "~~~python\ndef fullest_row(seats):\n    best_row = 0\n    best_count = -1\n    for r in range(len(seats)):\n        count = 0\n        for seat in seats[r]:\n            if seat == 1:\n                count = count + 1\n        if count > best_count:      # strict: the first row wins a tie\n            best_count = count\n            best_row = r\n    return best_row\n~~~\n\nJava (using `int[][] seats`):\n\n~~~java\npublic static int fullestRow(int[][] seats) {\n    int bestRow = 0;\n    int bestCount = -1;\n    for (int r = 0; r < seats.length; r++) {\n        int count = 0;\n        for (int c = 0; c < seats[r].length; c++) {\n            if (seats[r][c] == 1) count++;\n        }\n        if (count > bestCount) {\n            bestCount = count;\n            bestRow = r;\n        }\n    }\n    return bestRow;\n}\n~~~\n\nUsing `seats[r].length` (not a fixed 4) lets rows have different lengths.",
  },
  {
    key: "computer-science-b2-2-04",
    type: "MCQ",
    levels: BOTH,
    topicCode: "B2.2",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "Which statement correctly distinguishes a static data structure from a dynamic one?",
    options: [
      { id: "A", text: "A static structure's values can never be changed after creation; a dynamic structure's values can." },
      { id: "B", text: "A static structure's size is fixed when it is created; a dynamic structure can grow and shrink at run time." },
      { id: "C", text: "A dynamic structure is always faster to access by index than a static structure of the same size." },
      { id: "D", text: "Static structures are stored in secondary storage, while dynamic structures are held in RAM." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B", ["B", "fixed size"])],
    workedSolution:
      "A **static** structure (e.g. a Java array `int[] a = new int[10]`) has its size fixed at creation, although its *values* can change — so A is wrong. A **dynamic** structure (e.g. a Python list, a Java `ArrayList`, a linked list) can grow or shrink at run time. Arrays usually give the fastest indexed access (C is wrong), and both kinds live in RAM (D). Answer **B**.",
  },
  {
    key: "computer-science-b2-3-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.3",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: "Determine the value printed by this Python code.\n\n~~~python\ncount = 0\nfor i in range(1, 8):\n    for j in range(i, 8):\n        if (i + j) % 3 == 0:\n            count = count + 1\nprint(count)\n~~~",
    numericAnswer: { value: 9 },
    markscheme: [
      M("m1", "Considers pairs with 1 ≤ i ≤ j ≤ 7 (inner loop starts at i, range excludes 8)", ["i ≤ j", "1 to 7"]),
      pt("p1", 1, "Lists qualifying pairs: (1,2) (1,5) (2,4) (2,7) (3,3) (3,6) (4,5) (5,7) (6,6)", ["(1,2)", "(3,3)", "(6,6)"]),
      A("a1", "9", ["9"], ["m1"]),
    ],
    workedSolution:
      "`range(1, 8)` gives 1 to 7, and the inner loop starts at `i`, so every pair with $1 \\le i \\le j \\le 7$ is tested once. The pairs whose sum is a multiple of 3:\n\n| i | qualifying j | count |\n|---|---|---|\n| 1 | 2, 5 | 2 |\n| 2 | 4, 7 | 4 |\n| 3 | 3, 6 | 6 |\n| 4 | 5 | 7 |\n| 5 | 7 | 8 |\n| 6 | 6 | 9 |\n| 7 | — | 9 |\n\nOutput: **9**.",
  },
  {
    key: "computer-science-b2-3-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "In the Gregorian calendar a year is a leap year if it is divisible by 4, except that years divisible by 100 are not leap years unless they are also divisible by 400 (so 2000 was a leap year but 1900 was not).\n\nConstruct a function `is_leap(year)` that returns `True` if `year` is a leap year and `False` otherwise.",
    markscheme: [
      pt("p1", 1, "Uses the modulo operator to test divisibility", ["%"]),
      pt("p2", 1, "Divisible by 400 → True", ["400"]),
      pt("p3", 1, "Otherwise divisible by 100 → False", ["100"]),
      pt("p4", 1, "Otherwise divisible by 4 → True, else False; returns a Boolean", ["4", "return"]),
    ],
    workedSolution:
      "~~~python\ndef is_leap(year):\n    if year % 400 == 0:\n        return True\n    elif year % 100 == 0:\n        return False\n    elif year % 4 == 0:\n        return True\n    else:\n        return False\n~~~\n\nThe order of the tests matters: checking 400 before 100 handles 2000 correctly. A one-line equivalent is `return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)`. Java: `public static boolean isLeap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }`",
  },
  {
    key: "computer-science-b2-3-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "B2.3",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "What does this Python program print?\n\n~~~python\ntotal = 10\n\ndef add(n):\n    total = n + 1\n    return total\n\nresult = add(5)\nprint(total, result)\n~~~",
    options: [
      { id: "A", text: "6 6" },
      { id: "B", text: "10 16" },
      { id: "C", text: "16 16" },
      { id: "D", text: "10 6" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: the assignment inside add creates a local variable; the global total stays 10", ["D", "local"])],
    workedSolution:
      "Assigning to `total` inside `add` creates a new **local** variable whose scope is the function; the **global** `total` is unchanged. `add(5)` returns the local value 6, so `result` is 6 and the global `total` is still 10. Output: `10 6`. Answer **D**.",
  },
];

const b2Algorithms: QuestionInput[] = [
  {
    key: "computer-science-b2-4-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `The binary search below is run on a sorted list of 15 values, searching for 50, which is **not** in the list.

~~~python
def binary_search(items, target):
    low = 0
    high = len(items) - 1
    iterations = 0
    while low <= high:
        iterations = iterations + 1
        mid = (low + high) // 2
        if items[mid] == target:
            return iterations
        elif items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return iterations

values = [3, 11, 15, 22, 28, 31, 37, 42, 49, 53, 58, 64, 70, 77, 85]
print(binary_search(values, 50))
~~~

Determine the value printed.`,
    numericAnswer: { value: 4 },
    markscheme: [
      M("m1", "mid indices 7 (42), 11 (64), 9 (53), 8 (49) in order", ["42", "64", "53", "49"]),
      pt("p1", 1, "low becomes 9 > high 8, loop ends", ["low > high"]),
      A("a1", "4", ["4"], ["m1"]),
    ],
    workedSolution:
      "| iteration | low | high | mid | items[mid] | action |\n|---|---|---|---|---|---|\n| 1 | 0 | 14 | 7 | 42 | 42 < 50 → low = 8 |\n| 2 | 8 | 14 | 11 | 64 | 64 > 50 → high = 10 |\n| 3 | 8 | 10 | 9 | 53 | 53 > 50 → high = 8 |\n| 4 | 8 | 8 | 8 | 49 | 49 < 50 → low = 9 |\n\nNow `low` (9) > `high` (8), so the loop ends and the function returns **4**.\n\nWith 15 items binary search never needs more than $\\lceil \\log_2 16 \\rceil = 4$ iterations, whereas linear search would check all 15 for a missing value.",
  },
  {
    key: "computer-science-b2-4-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `Determine the number of swaps made when this bubble sort sorts the list \`[5, 1, 4, 2, 8, 3]\` into ascending order.

~~~python
def bubble_sort(a):
    swaps = 0
    for i in range(len(a) - 1):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps = swaps + 1
    return swaps
~~~`,
    numericAnswer: { value: 7 },
    markscheme: [
      M("m1", "Pass 1: 1 5 4 2 8 3 → 1 4 5 2 8 3 → 1 4 2 5 8 3 → 1 4 2 5 3 8 (4 swaps)", ["4 swaps", "1 4 2 5 3 8"]),
      pt("p1", 1, "Pass 2: 1 2 4 3 5 8 (2 swaps); pass 3: 1 2 3 4 5 8 (1 swap); later passes 0", ["2 swaps", "1 swap"]),
      A("a1", "Total 7", ["7"], ["m1"]),
    ],
    workedSolution:
      "| Pass | List after pass | Swaps |\n|---|---|---|\n| 1 | 1, 4, 2, 5, 3, 8 | 4 (5↔1, 5↔4, 5↔2, 8↔3) |\n| 2 | 1, 2, 4, 3, 5, 8 | 2 (4↔2, 5↔3) |\n| 3 | 1, 2, 3, 4, 5, 8 | 1 (4↔3) |\n| 4 | unchanged | 0 |\n| 5 | unchanged | 0 |\n\nTotal: **7** swaps. Each swap of neighbours removes exactly one *inversion* (a pair in the wrong order), and the list has 7 inversions: (5,1), (5,4), (5,2), (5,3), (4,2), (4,3), (8,3).",
  },
  {
    key: "computer-science-b2-4-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: false,
    commandTerm: "Calculate",
    stem: `Calculate how many times the comparison \`a[j] < a[smallest]\` is evaluated when this selection sort is run on a list of **12** values.

~~~python
def selection_sort(a):
    for i in range(len(a) - 1):
        smallest = i
        for j in range(i + 1, len(a)):
            if a[j] < a[smallest]:
                smallest = j
        a[i], a[smallest] = a[smallest], a[i]
~~~`,
    numericAnswer: { value: 66 },
    markscheme: [M("m1", "Pass i compares n − 1 − i elements: 11 + 10 + … + 1", ["11 + 10", "n(n-1)/2"]), A("a1", "12 × 11 / 2 = 66", ["66"], ["m1"])],
    workedSolution:
      "For `i = 0` the inner loop runs for `j = 1 … 11` (11 comparisons), for `i = 1` 10 comparisons, …, for `i = 10` 1 comparison:\n\n$$11 + 10 + \\dots + 1 = \\frac{12 \\times 11}{2} = 66$$\n\nThe count is the same whatever the order of the values, because selection sort always scans the whole unsorted part. In general it makes $\\frac{n(n-1)}{2}$ comparisons: $O(n^2)$ time.",
  },
  {
    key: "computer-science-b2-4-04",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `Determine the value printed when \`n = 64\`.

~~~python
n = 64
count = 0
i = 1
while i < n:
    for j in range(n):
        count = count + 1
    i = i * 2
print(count)
~~~`,
    numericAnswer: { value: 384 },
    markscheme: [
      M("m1", "Outer loop runs for i = 1, 2, 4, 8, 16, 32: 6 times (log₂ 64)", ["6", "log"]),
      pt("p1", 1, "Inner loop runs n = 64 times per outer iteration", ["64"]),
      A("a1", "6 × 64 = 384", ["384"], ["m1"]),
    ],
    workedSolution:
      "`i` doubles each time: 1, 2, 4, 8, 16, 32; when it reaches 64 the condition `i < n` fails. So the outer loop runs $\\log_2 64 = 6$ times, and each time the inner loop adds 64 to `count`:\n\n$$6 \\times 64 = 384$$\n\nIn general the count is $n \\log_2 n$, so the time complexity is $O(n \\log n)$.",
  },
  {
    key: "computer-science-b2-4-05",
    type: "MCQ",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "A function checks whether a list of `n` student IDs contains a duplicate by comparing every ID with every later ID. What is its worst-case time complexity?",
    options: [
      { id: "A", text: "O(1)" },
      { id: "B", text: "O(log n)" },
      { id: "C", text: "O(n)" },
      { id: "D", text: "O(n²)" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: about n(n − 1)/2 comparisons", ["D", "n²"])],
    workedSolution:
      "Comparing each item with every later one needs $(n-1) + (n-2) + \\dots + 1 = \\frac{n(n-1)}{2}$ comparisons in the worst case (no duplicate). Dropping constants and lower-order terms gives $O(n^2)$. (Sorting first, or using a set, would do better.) Answer **D**.",
  },
  {
    key: "computer-science-b2-4-06",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "Construct a table showing the contents of the list `[29, 10, 14, 37, 13]` after **each pass** of a selection sort that sorts it into ascending order by repeatedly selecting the smallest remaining value and swapping it into place.",
    markscheme: [
      pt("p1", 1, "Pass 1: 10, 29, 14, 37, 13", ["10, 29, 14, 37, 13"]),
      pt("p2", 1, "Pass 2: 10, 13, 14, 37, 29", ["10, 13, 14, 37, 29"]),
      pt("p3", 1, "Pass 3: 10, 13, 14, 37, 29 (14 already in place)", ["pass 3"]),
      pt("p4", 1, "Pass 4: 10, 13, 14, 29, 37", ["10, 13, 14, 29, 37"]),
    ],
    workedSolution:
      "| Pass | Smallest in unsorted part | Swap | List after pass |\n|---|---|---|---|\n| 1 | 10 | 29 ↔ 10 | 10, 29, 14, 37, 13 |\n| 2 | 13 | 29 ↔ 13 | 10, 13, 14, 37, 29 |\n| 3 | 14 | none needed (already in place) | 10, 13, 14, 37, 29 |\n| 4 | 29 | 37 ↔ 29 | 10, 13, 14, 29, 37 |\n\nAfter $n - 1 = 4$ passes the last value is automatically in place.",
  },
  {
    key: "computer-science-b2-4-07",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: `A student's binary search sometimes misses a value that is in the list and sometimes never finishes.

~~~python
def find(items, target):
    low = 0
    high = len(items) - 1
    while low < high:
        mid = (low + high) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            low = mid
        else:
            high = mid - 1
    return -1
~~~

Identify the **two** errors, explain the effect of each, and write the corrected lines.`,
    markscheme: [
      pt("p1", 1, "Error 1: condition low < high should be low <= high", ["low <= high"]),
      pt("p2", 1, "Effect: when low == high the last remaining item is never checked, so a present value can be missed (e.g. a one-item list)", [
        "never checked",
        "missed",
        "one item",
      ]),
      pt("p3", 1, "Error 2: low = mid should be low = mid + 1", ["mid + 1"]),
      pt("p4", 1, "Effect: when high = low + 1, mid equals low, so low never changes and the loop never ends (infinite loop)", ["infinite", "never changes"]),
    ],
    workedSolution:
      "1. `while low < high:` stops when one candidate is left, without checking it. `find([5], 5)` returns −1. **Fix:** `while low <= high:`\n2. `low = mid` does not move past the item just checked. When `low = 3, high = 4`, `mid = 3`; if `items[3] < target`, `low` stays 3 forever — an infinite loop. **Fix:** `low = mid + 1`\n\n~~~python\n    while low <= high:\n        mid = (low + high) // 2\n        if items[mid] == target:\n            return mid\n        elif items[mid] < target:\n            low = mid + 1\n        else:\n            high = mid - 1\n~~~",
  },
  {
    key: "computer-science-b2-4-11",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.4",
    difficulty: 5,
    marks: 7,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "Two sensors each produce a list of timestamps already sorted in ascending order, for example `a = [3, 8, 15, 21]` and `b = [1, 8, 9, 30, 42]`.\n\n(a) Construct a function `merge(a, b)` that returns a single list containing all the values of both lists in ascending order. It must not use any built-in sort and must look at each value only a constant number of times. [5]\n\n(b) A classmate instead joins the two lists and bubble-sorts the result. Compare the time complexity of the two approaches for lists of length $n$ and $m$. [2]",
    markscheme: [
      pt("p1", 1, "(a) Two index variables start at 0, result starts empty", ["i = 0", "j = 0", "result = []"]),
      pt("p2", 1, "(a) Loop while both indices are inside their lists", ["while i < len(a) and j < len(b)"]),
      pt("p3", 1, "(a) Appends the smaller of a[i] and b[j] and advances only that index", ["<=", "i += 1", "j += 1"]),
      pt("p4", 1, "(a) After the loop, appends the remaining values of whichever list is not finished", ["remaining", "a[i:]", "b[j:]"]),
      pt("p5", 1, "(a) Returns the merged list; equal values (8 and 8) both kept", ["return", "both kept"]),
      pt("p6", 1, "(b) Merge is O(n + m): each value is appended once", ["o(n + m)", "once"]),
      pt("p7", 1, "(b) Join then bubble sort is O((n + m)²), far slower for large lists because it ignores the existing order", [
        "o((n + m)²)",
        "quadratic",
        "ignores",
      ]),
    ],
    workedSolution:
      "(a)\n\n~~~python\ndef merge(a, b):\n    result = []\n    i = 0\n    j = 0\n    while i < len(a) and j < len(b):\n        if a[i] <= b[j]:\n            result.append(a[i])\n            i += 1\n        else:\n            result.append(b[j])\n            j += 1\n    # one list is used up: copy the rest of the other\n    while i < len(a):\n        result.append(a[i])\n        i += 1\n    while j < len(b):\n        result.append(b[j])\n        j += 1\n    return result\n~~~\n\nJava (with `ArrayList<Integer>`):\n\n~~~java\npublic static ArrayList<Integer> merge(ArrayList<Integer> a, ArrayList<Integer> b) {\n    ArrayList<Integer> result = new ArrayList<>();\n    int i = 0, j = 0;\n    while (i < a.size() && j < b.size()) {\n        if (a.get(i) <= b.get(j)) result.add(a.get(i++));\n        else result.add(b.get(j++));\n    }\n    while (i < a.size()) result.add(a.get(i++));\n    while (j < b.size()) result.add(b.get(j++));\n    return result;\n}\n~~~\n\nFor the example the result is `[1, 3, 8, 8, 9, 15, 21, 30, 42]`. Using `<=` takes from `a` first on ties, and both 8s are kept.\n\n(b) Every iteration of `merge` appends exactly one value, so it does $n + m$ steps: $O(n + m)$. Joining and bubble-sorting throws away the fact that both lists are already sorted and needs $O((n + m)^2)$ comparisons in the worst case — for two lists of 10 000 timestamps, about 20 000 steps against roughly 200 million. (This merge step is the heart of merge sort.)",
  },
  {
    key: "computer-science-b2-4-08",
    type: "NUMERIC",
    levels: HL,
    topicCode: "B2.4",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `Determine how many times the function \`f\` is called in total (including the first call) when \`f(6)\` is evaluated.

~~~python
def f(n):
    if n <= 1:
        return 1
    return f(n - 1) + f(n - 2) + 1
~~~`,
    numericAnswer: { value: 25 },
    markscheme: [
      M("m1", "Calls C(n) = 1 + C(n − 1) + C(n − 2) with C(0) = C(1) = 1 / draws the call tree", ["c(n)", "call tree"]),
      pt("p1", 1, "C(2) = 3, C(3) = 5, C(4) = 9, C(5) = 15", ["3", "5", "9", "15"]),
      A("a1", "C(6) = 1 + 15 + 9 = 25", ["25"], ["m1"]),
    ],
    workedSolution:
      "Let $C(n)$ be the number of calls made when evaluating `f(n)`. A base case (`n <= 1`) is one call; otherwise the call itself plus the calls for `f(n-1)` and `f(n-2)`:\n\n$$C(n) = 1 + C(n-1) + C(n-2), \\quad C(0) = C(1) = 1$$\n\n| n | 0 | 1 | 2 | 3 | 4 | 5 | 6 |\n|---|---|---|---|---|---|---|---|\n| C(n) | 1 | 1 | 3 | 5 | 9 | 15 | 25 |\n\nSo **25** calls. The same sub-problems are recomputed again and again — the call count grows exponentially, which is why memoisation or an iterative version is preferred. (Coincidentally `f(6)` also returns 25, because `f` satisfies the same recurrence.)",
  },
  {
    key: "computer-science-b2-4-09",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B2.4",
    difficulty: 5,
    marks: 6,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "(a) Construct a **recursive** function `count_digit(n, d)` that returns how many times the digit `d` (0–9) appears in the non-negative integer `n`. For example, `count_digit(70717, 7)` returns `3`. Do not convert `n` to a string. [4]\n\n(b) Explain how your function guarantees that the recursion terminates. [2]",
    markscheme: [
      pt("p1", 1, "(a) Base case for a single-digit n (n < 10) returning 1 if n == d else 0", ["n < 10", "base case"]),
      pt("p2", 1, "(a) Extracts the last digit with n % 10", ["% 10"]),
      pt("p3", 1, "(a) Recursive call on n // 10", ["// 10"]),
      pt("p4", 1, "(a) Adds 1 when the last digit equals d and returns the sum", ["+ 1", "return"]),
      pt("p5", 1, "(b) Each call reduces n (removes one digit), so n gets strictly smaller", ["smaller", "removes"]),
      pt("p6", 1, "(b) n eventually becomes less than 10, reaching the base case, which makes no further recursive call", ["base case", "no further"]),
    ],
    workedSolution:
      "(a)\n\n~~~python\ndef count_digit(n, d):\n    if n < 10:                      # base case: a single digit\n        return 1 if n == d else 0\n    last = n % 10\n    rest = count_digit(n // 10, d)  # recursive case on a smaller number\n    if last == d:\n        return rest + 1\n    return rest\n~~~\n\nJava:\n\n~~~java\npublic static int countDigit(int n, int d) {\n    if (n < 10) return n == d ? 1 : 0;\n    return countDigit(n / 10, d) + (n % 10 == d ? 1 : 0);\n}\n~~~\n\nTrace for `count_digit(70717, 7)`: last digits 7, 1, 7, 0 and then the base case 7 → $1 + 0 + 1 + 0 + 1 = 3$.\n\n(b) Every recursive call uses `n // 10`, which has one digit fewer, so `n` strictly decreases. After at most as many calls as `n` has digits, `n < 10` and the base case returns without recursing, so the chain of calls ends and the results are combined as the calls return. (A base case of `n == 0` alone would return 0 for `count_digit(0, 0)`, although the number 0 contains one zero digit.)",
  },
  {
    key: "computer-science-b2-4-10",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B2.4",
    difficulty: 5,
    marks: 5,
    paper: "P2",
    calculator: false,
    commandTerm: "Explain",
    stem: "Quicksort is applied to `[6, 2, 9, 4, 7, 1, 8]`, always choosing the **first** element of a sub-list as the pivot and partitioning into values smaller than the pivot and values larger than it (all values are distinct).\n\n(a) State the two sub-lists produced by the first partition, keeping their original relative order. [2]\n\n(b) Explain why quicksort has an average time complexity of O(n log n) but a worst case of O(n²), and identify an input that causes the worst case with this pivot choice. [3]",
    markscheme: [
      pt("p1", 1, "(a) Left (smaller than 6): [2, 4, 1]", ["2, 4, 1"]),
      pt("p2", 1, "(a) Right (larger than 6): [9, 7, 8], with pivot 6 between them", ["9, 7, 8"]),
      pt("p3", 1, "(b) Average: the pivot splits the list roughly in half, giving about log n levels of recursion, each doing O(n) work", [
        "log n levels",
        "half",
      ]),
      pt("p4", 1, "(b) Worst: pivot is the smallest/largest value every time, so one side is empty and there are n levels, total about n²/2 comparisons", [
        "empty",
        "n levels",
        "smallest",
      ]),
      pt("p5", 1, "(b) An already sorted (or reverse-sorted) list causes the worst case with a first-element pivot", ["sorted"]),
    ],
    workedSolution:
      "(a) Pivot 6. Values smaller: **[2, 4, 1]**; values larger: **[9, 7, 8]**. The list becomes `[2, 4, 1] + [6] + [9, 7, 8]`, and each side is sorted recursively.\n\n(b) Each level of recursion compares every element in its sub-lists with a pivot: $O(n)$ work per level.\n- **Average:** a pivot typically lands near the middle, halving the problem, so there are about $\\log_2 n$ levels: $O(n \\log n)$.\n- **Worst:** if the pivot is always the smallest or largest value, one sub-list is empty and the other has $n - 1$ elements, so there are $n$ levels and about $\\frac{n(n-1)}{2}$ comparisons: $O(n^2)$.\n\nWith the first element as pivot, an **already sorted** list such as `[1, 2, 4, 6, 7, 8, 9]` (or a reverse-sorted one) triggers the worst case. Choosing a random pivot or the median of three avoids this in practice.",
  },
  {
    key: "computer-science-b2-5-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B2.5",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "A text file `scores.txt` holds one result per line in the form `name,score`, for example:\n\n~~~\nAmara,71\nBen,64\nCleo,88\n~~~\n\nConstruct code that reads every line of `scores.txt`, calculates the mean score, and **appends** a line such as `mean,74.33` to a file `summary.txt` without deleting what is already in it. The file may be empty.",
    markscheme: [
      pt("p1", 1, "Opens scores.txt for reading (and closes it / uses with)", ["open", '"r"', "with"]),
      pt("p2", 1, "Loops through lines, splitting on the comma", ["split", "for line"]),
      pt("p3", 1, "Converts the score to a number and keeps a running total and count", ["int(", "total", "count"]),
      pt("p4", 1, "Calculates the mean, avoiding division by zero for an empty file", ["count > 0", "zero"]),
      pt("p5", 1, 'Opens summary.txt in append mode ("a" / FileWriter with true) and writes the line', ['"a"', "append"]),
    ],
    workedSolution:
      '~~~python\ntotal = 0\ncount = 0\nwith open("scores.txt", "r") as f:\n    for line in f:\n        line = line.strip()\n        if line == "":\n            continue\n        name, score = line.split(",")\n        total = total + int(score)\n        count = count + 1\n\nif count > 0:\n    mean = total / count\n    with open("summary.txt", "a") as out:\n        out.write("mean," + str(round(mean, 2)) + "\\n")\n~~~\n\nJava (inside a method that declares `throws IOException`):\n\n~~~java\nint total = 0, count = 0;\ntry (BufferedReader in = new BufferedReader(new FileReader("scores.txt"))) {\n    String line;\n    while ((line = in.readLine()) != null) {\n        if (line.isBlank()) continue;\n        String[] parts = line.split(",");\n        total += Integer.parseInt(parts[1].trim());\n        count++;\n    }\n}\nif (count > 0) {\n    try (FileWriter out = new FileWriter("summary.txt", true)) {   // true = append\n        out.write(String.format("mean,%.2f%n", (double) total / count));\n    }\n}\n~~~\n\n`with` (Python) and try-with-resources (Java) close the files automatically. Mode `"w"` would have erased the existing summary.',
  },
  {
    key: "computer-science-b2-5-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "B2.5",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: 'A file `log.txt` already contains 50 lines. A Python program runs `f = open("log.txt", "w")`, writes one line and closes the file. How many lines does `log.txt` now contain?',
    options: [
      { id: "A", text: "1" },
      { id: "B", text: "50" },
      { id: "C", text: "51" },
      { id: "D", text: "0, because the program raises an error" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: write mode truncates the existing file", ["A", "overwrite", "truncate"])],
    workedSolution:
      'Opening a file in **write** mode `"w"` creates it if necessary and **erases** any existing contents. After writing one line the file holds just that line. To keep the 50 lines and add one, open it in append mode `"a"`. Answer **A**.',
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// B3 Object-oriented programming
// ─────────────────────────────────────────────────────────────────────────────
const b3: QuestionInput[] = [
  {
    key: "computer-science-b3-1-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B3.1",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: "A sports centre rents lockers. Each locker has a number, a flag saying whether it is occupied, and the number of hours it has been rented for today.\n\nConstruct a class `Locker` (in Java or Python) with:\n\n- private attributes for the three values above;\n- a constructor that takes the locker number and creates an unoccupied locker with 0 hours;\n- a method `rent(hours)` that, if the locker is free and `hours` is between 1 and 8, marks it occupied, adds the hours and returns `true`; otherwise it returns `false` and changes nothing;\n- a method `release()` that marks the locker as free;\n- an accessor (getter) for the number of hours.",
    markscheme: [
      pt("p1", 1, "Three attributes declared private (Java private / Python leading underscores)", ["private", "self._", "self.__"]),
      pt("p2", 1, "Constructor sets number from the parameter, occupied false, hours 0", ["constructor", "__init__", "false", "0"]),
      pt("p3", 1, "rent checks the locker is not occupied and 1 ≤ hours ≤ 8", ["occupied", "1", "8"]),
      pt("p4", 1, "rent updates occupied and adds to hours, returning true; otherwise returns false", ["return true", "return false", "+="]),
      pt("p5", 1, "release sets occupied to false", ["release"]),
      pt("p6", 1, "getter returns the hours attribute", ["gethours", "get_hours"]),
    ],
    workedSolution:
      "Java:\n\n~~~java\npublic class Locker {\n    private int number;\n    private boolean occupied;\n    private int hoursToday;\n\n    public Locker(int number) {\n        this.number = number;\n        this.occupied = false;\n        this.hoursToday = 0;\n    }\n\n    public boolean rent(int hours) {\n        if (occupied || hours < 1 || hours > 8) {\n            return false;\n        }\n        occupied = true;\n        hoursToday += hours;\n        return true;\n    }\n\n    public void release() {\n        occupied = false;\n    }\n\n    public int getHoursToday() {\n        return hoursToday;\n    }\n}\n~~~\n\nPython:\n\n~~~python\nclass Locker:\n    def __init__(self, number):\n        self.__number = number\n        self.__occupied = False\n        self.__hours_today = 0\n\n    def rent(self, hours):\n        if self.__occupied or hours < 1 or hours > 8:\n            return False\n        self.__occupied = True\n        self.__hours_today += hours\n        return True\n\n    def release(self):\n        self.__occupied = False\n\n    def get_hours_today(self):\n        return self.__hours_today\n~~~\n\nThe attributes can only be changed through `rent` and `release`, which enforce the rules — encapsulation.",
  },
  {
    key: "computer-science-b3-1-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "B3.1",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "In a Java class `Student`, the attribute `schoolName` is declared `static`. What does this mean?",
    options: [
      { id: "A", text: "Its value can never be changed once set." },
      { id: "B", text: "It belongs to the class, so one value is shared by all Student objects." },
      { id: "C", text: "Each Student object stores its own copy, hidden from other classes." },
      { id: "D", text: "It can only be accessed by static methods of other classes." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: class variable shared by every instance", ["B", "shared", "class"])],
    workedSolution:
      "A `static` attribute is a **class variable**: there is exactly one copy, shared by all instances, and it can be accessed through the class name (`Student.schoolName`). Constancy is expressed with `final` (A); a per-object hidden value is a `private` instance variable (C). Answer **B**.",
  },
  {
    key: "computer-science-b3-1-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "B3.1",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `Determine the value printed by the \`main\` method.

~~~java
public class Ticket {
    private static int issued = 0;
    private int number;
    private int price;

    public Ticket(int price) {
        issued++;
        this.number = issued;
        this.price = price;
    }

    public void discount(int percent) {
        price = price - price * percent / 100;
    }

    public int getNumber() { return number; }
    public int getPrice() { return price; }

    public static void main(String[] args) {
        Ticket a = new Ticket(40);
        Ticket b = new Ticket(25);
        Ticket c = a;
        c.discount(25);
        Ticket d = new Ticket(b.getPrice());
        System.out.println(a.getPrice() + d.getNumber());
    }
}
~~~`,
    numericAnswer: { value: 33 },
    markscheme: [
      pt("p1", 1, "c refers to the same object as a (no new object), so a's price becomes 40 − 10 = 30", ["same object", "30"]),
      pt("p2", 1, "issued is static, so d is the third ticket created: number 3", ["3", "static"]),
      A("a1", "30 + 3 = 33", ["33"]),
    ],
    workedSolution:
      "- `a` is ticket 1 (price 40), `b` is ticket 2 (price 25); `issued` is now 2.\n- `Ticket c = a;` copies the **reference**, not the object: `c` and `a` are the same ticket, so `c.discount(25)` sets *a's* price to $40 - 40 \\times 25 / 100 = 30$.\n- `new Ticket(...)` for `d` increments the shared static counter to 3, so `d.getNumber()` is 3. (Its price, 25, does not matter here.)\n\nPrinted: $30 + 3 = 33$.",
  },
  {
    key: "computer-science-b3-1-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "B3.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Explain",
    stem: "A `Thermostat` class has an attribute `targetTemperature`. Explain why it is good practice to make this attribute private and provide a setter method, rather than making it public.",
    markscheme: [
      pt("p1", 1, "Encapsulation/information hiding: outside code cannot change the attribute directly", ["encapsulation", "directly"]),
      pt("p2", 1, "The setter can validate values (e.g. reject 95 °C or values outside 5–30 °C), keeping the object in a valid state", ["validate", "valid"]),
      pt("p3", 1, "The internal representation can change (e.g. store in tenths of a degree) without breaking other classes that use the setter", [
        "internal",
        "change",
        "without breaking",
      ]),
      pt("p4", 1, "Easier debugging: all changes pass through one method (can be logged)", ["debug", "one method", "log"]),
    ],
    workedSolution:
      "Making `targetTemperature` private applies **encapsulation**: other classes can only change it through `setTargetTemperature(...)`.\n\n- The setter can **validate** input — e.g. refuse anything outside 5–30 °C — so no code can put the thermostat into a dangerous state.\n- The class can later change **how** it stores the value (say, as tenths of a degree) without changing any code that calls the setter.\n- Every change goes through one method, which makes bugs easier to trace and allows logging.",
  },
  {
    key: "computer-science-b3-2-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B3.2",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: `A library system has this class:

~~~java
public class Item {
    private String title;
    private int loanDays;

    public Item(String title, int loanDays) {
        this.title = title;
        this.loanDays = loanDays;
    }

    public String getTitle() { return title; }
    public int getLoanDays() { return loanDays; }

    public double lateFee(int daysLate) {
        return 0.20 * daysLate;
    }
}
~~~

(a) Construct a subclass \`Laptop\` that adds a private attribute \`serialNumber\`, has a constructor that sets the title, serial number and a fixed loan period of 2 days, and **overrides** \`lateFee\` so that it charges 5.00 per day late with a minimum of 10.00 whenever the laptop is late at all. [4]

(b) Explain how polymorphism allows the system to total the late fees of a list containing both \`Item\` and \`Laptop\` objects. [2]`,
    markscheme: [
      pt("p1", 1, "(a) class Laptop extends Item with private String serialNumber", ["extends item", "private string serialnumber"]),
      pt("p2", 1, "(a) Constructor calls super(title, 2) and sets serialNumber", ["super(title, 2)"]),
      pt("p3", 1, "(a) lateFee overridden with the same signature (@Override)", ["@override", "lateFee(int"]),
      pt("p4", 1, "(a) Returns 0 when not late, otherwise the larger of 5 × daysLate and 10", ["math.max", "10", "5"]),
      pt("p5", 1, "(b) The list is declared of type Item, and each element's lateFee is called the same way", ["item", "same way"]),
      pt("p6", 1, "(b) At run time the method of the object's actual class is used (dynamic binding), so Laptops use their own fee rule without type checks", [
        "run time",
        "dynamic",
        "actual class",
      ]),
    ],
    workedSolution:
      "(a)\n\n~~~java\npublic class Laptop extends Item {\n    private String serialNumber;\n\n    public Laptop(String title, String serialNumber) {\n        super(title, 2);              // laptops are always lent for 2 days\n        this.serialNumber = serialNumber;\n    }\n\n    @Override\n    public double lateFee(int daysLate) {\n        if (daysLate <= 0) {\n            return 0;\n        }\n        return Math.max(5.00 * daysLate, 10.00);\n    }\n}\n~~~\n\n(b)\n\n~~~java\ndouble total = 0;\nfor (Item item : items) {            // items is a List<Item> holding Items and Laptops\n    total += item.lateFee(daysLateOf(item));\n}\n~~~\n\nBecause `Laptop` **is an** `Item`, both kinds can be stored in one `List<Item>`. The call `item.lateFee(...)` is written once, but at run time Java uses the version belonging to the object's actual class (**dynamic binding**): the `Laptop` rule for laptops, the `Item` rule for everything else. New item types can be added without changing this loop.",
  },
  {
    key: "computer-science-b3-2-02",
    type: "MCQ",
    levels: HL,
    topicCode: "B3.2",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "A `House` object creates its own `Room` objects in its constructor, and the rooms are destroyed with the house. A `Course` object holds references to `Student` objects that exist independently and may join other courses. Which pair of relationships is this?",
    options: [
      { id: "A", text: "House–Room: composition; Course–Student: aggregation" },
      { id: "B", text: "House–Room: aggregation; Course–Student: composition" },
      { id: "C", text: "Both are inheritance" },
      { id: "D", text: "Both are composition" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A", ["A"])],
    workedSolution:
      '**Composition** is a strong "has-a" relationship: the parts are owned by, created by and live and die with the whole — rooms of a house. **Aggregation** is a weaker "has-a": the container refers to objects that exist independently and can be shared — students on a course. Neither is inheritance ("is-a"). Answer **A**.',
  },
  {
    key: "computer-science-b3-2-03",
    type: "NUMERIC",
    levels: HL,
    topicCode: "B3.2",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: `Determine the value printed.

~~~java
class Delivery {
    protected int distanceKm;
    public Delivery(int distanceKm) { this.distanceKm = distanceKm; }
    public int cost() { return 5 + 2 * distanceKm; }
}

class Express extends Delivery {
    public Express(int distanceKm) { super(distanceKm); }
    @Override
    public int cost() { return super.cost() * 2; }
}

class Drone extends Express {
    private int weightKg;
    public Drone(int distanceKm, int weightKg) {
        super(distanceKm);
        this.weightKg = weightKg;
    }
    @Override
    public int cost() { return super.cost() + 3 * weightKg; }
}

// in main:
Delivery[] jobs = { new Delivery(10), new Express(3), new Drone(2, 4) };
int total = 0;
for (Delivery job : jobs) {
    total += job.cost();
}
System.out.println(total);
~~~`,
    numericAnswer: { value: 77 },
    markscheme: [
      pt("p1", 1, "Delivery(10): 5 + 20 = 25", ["25"]),
      pt("p2", 1, "Express(3): (5 + 6) × 2 = 22; Drone(2, 4): (5 + 4) × 2 + 12 = 30 (super.cost() in Drone calls Express's cost)", ["22", "30"]),
      A("a1", "25 + 22 + 30 = 77", ["77"]),
    ],
    workedSolution:
      "Each call runs the `cost()` of the object's actual class (dynamic binding), and `super.cost()` moves one level up the hierarchy:\n\n- `Delivery(10)`: $5 + 2 \\times 10 = 25$\n- `Express(3)`: `Delivery` part $5 + 6 = 11$, doubled: $22$\n- `Drone(2, 4)`: `super.cost()` is **Express**'s cost: $(5 + 4) \\times 2 = 18$; plus $3 \\times 4 = 12$: $30$\n\nTotal: $25 + 22 + 30 = 77$.",
  },
  {
    key: "computer-science-b3-2-04",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B3.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: false,
    commandTerm: "Explain",
    stem: "A weather-station program has a `Sensor` class. Several display classes (a phone widget, a wall screen, a logger) must update whenever a new reading arrives, and more kinds of display will be added later.\n\nExplain how the **observer** design pattern could be applied here, and one advantage of using it.",
    markscheme: [
      pt("p1", 1, "Sensor is the subject: it keeps a list of observers and methods to register/remove them", ["subject", "register", "list of observers"]),
      pt("p2", 1, "Each display implements a common Observer interface with an update(reading) method", ["interface", "update"]),
      pt("p3", 1, "When a reading arrives, the sensor loops through its observers calling update (notify)", ["notify", "loop"]),
      pt("p4", 1, "Advantage: loose coupling — new displays can be added without modifying Sensor / Sensor need not know concrete display classes", [
        "loose coupling",
        "without modifying",
      ]),
    ],
    workedSolution:
      "~~~java\ninterface ReadingObserver {\n    void update(double reading);\n}\n\nclass Sensor {\n    private List<ReadingObserver> observers = new ArrayList<>();\n    public void addObserver(ReadingObserver o) { observers.add(o); }\n    public void removeObserver(ReadingObserver o) { observers.remove(o); }\n    public void newReading(double value) {\n        for (ReadingObserver o : observers) {\n            o.update(value);              // notify every registered display\n        }\n    }\n}\n\nclass PhoneWidget implements ReadingObserver {\n    public void update(double reading) { /* redraw widget */ }\n}\n~~~\n\nThe `Sensor` (subject) keeps a list of registered observers. Each display class implements the `ReadingObserver` interface; when a new reading arrives the sensor **notifies** all observers by calling `update`.\n\n**Advantage:** loose coupling — `Sensor` depends only on the interface, so a new display (e.g. a smartwatch app) is added by writing one new class and registering it, with no change to `Sensor`.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// B4 Abstract data types (HL only)
// ─────────────────────────────────────────────────────────────────────────────
const b4: QuestionInput[] = [
  {
    key: "computer-science-b4-1-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "B4.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: "The values `50, 30, 70, 20, 40, 60, 80, 35, 45, 65` are inserted, in this order, into an initially empty binary search tree (smaller values go left).\n\nThe tree is then searched for the value 63, which is not present. Determine how many nodes are compared with 63 before the search reports that it is absent.",
    numericAnswer: { value: 4 },
    markscheme: [
      M("m1", "Correct tree: 70's children 60 and 80; 60's right child 65", ["60", "65"]),
      pt("p1", 1, "Search path 50 → 70 → 60 → 65, then the empty left child of 65", ["50", "70", "60", "65"]),
      A("a1", "4 nodes", ["4"], ["m1"]),
    ],
    workedSolution:
      "Build the tree:\n\n~~~\n            50\n          /    \\\n        30      70\n       /  \\    /  \\\n     20   40  60   80\n         /  \\   \\\n        35  45   65\n~~~\n\nSearch for 63: 63 > 50 → right to **70**; 63 < 70 → left to **60**; 63 > 60 → right to **65**; 63 < 65 → left, but 65 has no left child, so 63 is absent.\n\nNodes compared: 50, 70, 60, 65 → **4**. In a balanced BST a search visits about $\\log_2 n$ nodes.",
  },
  {
    key: "computer-science-b4-1-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B4.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "State",
    stem: "The values `M, F, T, B, H, P, W` are inserted in this order into an empty binary search tree using alphabetical order.\n\nState the output of a pre-order, an in-order and a post-order traversal of the tree.",
    markscheme: [
      pt("p1", 1, "Pre-order: M F B H T P W", ["m f b h t p w"]),
      pt("p2", 1, "In-order: B F H M P T W", ["b f h m p t w"]),
      pt("p3", 1, "Post-order: B H F P W T M", ["b h f p w t m"]),
    ],
    workedSolution:
      "The tree:\n\n~~~\n        M\n      /   \\\n     F     T\n    / \\   / \\\n   B   H P   W\n~~~\n\n- **Pre-order** (node, left, right): M F B H T P W\n- **In-order** (left, node, right): B F H M P T W — alphabetical, as always for a BST\n- **Post-order** (left, right, node): B H F P W T M",
  },
  {
    key: "computer-science-b4-1-03",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B4.1",
    difficulty: 4,
    marks: 5,
    paper: "P2",
    calculator: false,
    commandTerm: "Construct",
    stem: `A singly linked list of train stops uses this node class:

~~~python
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
~~~

The variable \`head\` refers to the first node (or is \`None\` for an empty list).

Construct a function \`insert_after(head, existing, new_name)\` that inserts a new stop called \`new_name\` immediately after the first node whose name is \`existing\`, and returns \`True\`. If \`existing\` is not in the list, the list is unchanged and the function returns \`False\`.`,
    markscheme: [
      pt("p1", 1, "Traverses from head following next references until the end (None)", ["current = head", ".next", "none"]),
      pt("p2", 1, "Compares each node's name with existing", ["== existing"]),
      pt("p3", 1, "Creates the new node", ["node(new_name)"]),
      pt("p4", 1, "Sets new.next = current.next BEFORE current.next = new (no nodes lost)", ["new_node.next = current.next"]),
      pt("p5", 1, "Returns True after inserting, False if the end is reached", ["return true", "return false"]),
    ],
    workedSolution:
      "~~~python\ndef insert_after(head, existing, new_name):\n    current = head\n    while current is not None:\n        if current.name == existing:\n            new_node = Node(new_name)\n            new_node.next = current.next   # link to the rest of the list first\n            current.next = new_node        # then attach the new node\n            return True\n        current = current.next\n    return False\n~~~\n\nThe order of the two link assignments matters: doing `current.next = new_node` first would lose the reference to the rest of the list. Insertion itself is $O(1)$ once the node is found; finding it is $O(n)$. An empty list (`head is None`) is handled because the loop does not run.",
  },
  {
    key: "computer-science-b4-1-04",
    type: "MCQ",
    levels: HL,
    topicCode: "B4.1",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: false,
    commandTerm: "Identify",
    stem: "A program stores 1 million product codes and must look up the price for a code many times per second. Which ADT gives the fastest **average** lookup, and what is its average time complexity?",
    options: [
      { id: "A", text: "An unsorted linked list — O(n)" },
      { id: "B", text: "A stack — O(1)" },
      { id: "C", text: "A hash map (dictionary) — O(1)" },
      { id: "D", text: "A sorted array with binary search — O(n log n)" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C", ["C", "hash"])],
    workedSolution:
      "A **hash map** computes the storage position directly from the key with a hash function, so an average lookup takes constant time, $O(1)$ (collisions are rare with a good hash function and load factor). A linked list needs $O(n)$; a stack only gives access to its top; binary search on a sorted array is $O(\\log n)$, not $O(n \\log n)$. Answer **C**.",
  },
  {
    key: "computer-science-b4-1-05",
    type: "NUMERIC",
    levels: HL,
    topicCode: "B4.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: false,
    commandTerm: "Determine",
    stem: "A hash table has 11 slots, numbered 0 to 10. The hash function is `h(k) = k % 11` and collisions are resolved by **linear probing** (try the next slot, wrapping from 10 to 0).\n\nThe keys `14, 25, 4, 36, 17` are inserted in this order into the empty table. Determine the slot in which `17` is stored.",
    numericAnswer: { value: 7 },
    markscheme: [
      pt("p1", 1, "14 → 3; 25 → 3 taken → 4; 4 → 4 taken → 5", ["3", "4", "5"]),
      M("m1", "36 → 3, 4, 5 taken → 6", ["6"]),
      A("a1", "17 → 6 taken → slot 7", ["7"], ["m1"]),
    ],
    workedSolution:
      "| Key | k % 11 | Probes | Slot |\n|---|---|---|---|\n| 14 | 3 | 3 free | 3 |\n| 25 | 3 | 3 taken, 4 free | 4 |\n| 4 | 4 | 4 taken, 5 free | 5 |\n| 36 | 3 | 3, 4, 5 taken, 6 free | 6 |\n| 17 | 6 | 6 taken, 7 free | 7 |\n\n`17` ends up in slot **7**. Clusters of filled slots like 3–7 make probing slower, which is why tables are kept well below full.",
  },
  {
    key: "computer-science-b4-1-06",
    type: "WRITTEN",
    levels: HL,
    topicCode: "B4.1",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "A music app stores a user's library of up to 50 000 song titles. It must (1) check quickly whether a song is already in the library, (2) add and remove songs, and (3) display the whole library in alphabetical order.\n\nEvaluate the use of a **hash set** and of a **binary search tree** for this library.",
    markscheme: [
      pt("p1", 1, "Hash set: O(1) average membership test, insertion and deletion", ["o(1)", "hash"]),
      pt("p2", 1, "Hash set: no ordering, so alphabetical display needs sorting all titles each time, O(n log n)", ["no order", "sort", "n log n"]),
      pt("p3", 1, "BST: search/insert/delete O(log n) when balanced — slower than a hash set but still fast for 50 000 items (about 16 levels)", [
        "o(log n)",
        "16",
        "balanced",
      ]),
      pt("p4", 1, "BST: in-order traversal gives alphabetical order directly in O(n)", ["in-order", "alphabetical"]),
      pt("p5", 1, "BST risk: becomes unbalanced (e.g. songs added in alphabetical order) degrading to O(n) unless self-balancing", [
        "unbalanced",
        "o(n)",
        "self-balancing",
      ]),
      pt("p6", 1, "Hash set: memory overhead / collisions; BST: pointer overhead per node", ["memory", "collision", "overhead"]),
      pt("p7", 1, "Justified conclusion, e.g. a (self-balancing) BST because ordered display is a core requirement, or both structures if memory allows", [
        "conclusion",
      ]),
    ],
    workedSolution:
      "**Hash set.** Membership tests, insertions and deletions take $O(1)$ on average — ideal for requirements (1) and (2). But a hash set has **no order**: to show the library alphabetically the app must copy and sort all titles, $O(n \\log n)$, every time the list is displayed (or keep a separate sorted copy). It also needs spare capacity to keep collisions rare.\n\n**Binary search tree.** Search, insertion and deletion take $O(\\log n)$ when the tree is balanced: for 50 000 titles about 16 comparisons, slightly slower than hashing but still instant for a user. An **in-order traversal** lists the titles alphabetically in $O(n)$ with no sorting — requirement (3) comes free. The risk is imbalance: importing a playlist already in alphabetical order would produce a chain and $O(n)$ operations unless a self-balancing tree (e.g. AVL, red–black, as in Java's `TreeSet`) is used.\n\n**Conclusion.** Because alphabetical display is a core, frequent operation, a self-balancing BST best satisfies all three requirements with good performance. If membership checks were far more frequent than displays, a hash set (perhaps alongside a sorted list) could be justified.",
  },
];

const content: SubjectQuestions = {
  subject: "computer-science",
  questions: [...a1, ...a2, ...a3, ...a4, ...b1, ...b2, ...b2Algorithms, ...b3, ...b4],
};
export default content;
