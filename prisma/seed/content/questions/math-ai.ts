import type { commandTerms, MarkingPointInput, NumericAnswer, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";

// Original IB-style questions for Mathematics: Applications and Interpretation (first assessment 2021).
// Every paper allows a GDC, so numerical answers are asked to 3 significant figures (money to the cent or
// the nearest whole unit) and are stored with `sigFigs` and a tolerance of half a unit in the last place.
// Markschemes follow IB conventions: M method, A accuracy (dependsOn its M), R reasoning, B independent.
// Money is written in € so that a dollar sign never opens a formula.

type Point = MarkingPointInput;
type Level = "SL" | "HL";
type Paper = "P1" | "P2" | "P3";
type Meta = {
  key: string;
  levels: Level[];
  topicCode: string;
  difficulty: number;
  marks: number;
  paper: Paper;
  commandTerm: (typeof commandTerms)[number];
};

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

const point =
  (kind: Point["kind"]) =>
  (id: string, marks: number, text: string, keywords: string[] = [], dependsOn: string[] = []): Point => ({ id, kind, marks, text, keywords, dependsOn });
const M = point("M");
const A = point("A");
const R = point("R");
const B = point("B");

const meta = (key: string, levels: Level[], topicCode: string, difficulty: number, marks: number, paper: Paper, commandTerm: Meta["commandTerm"]): Meta => ({
  key: `math-ai-${key}`,
  levels,
  topicCode,
  difficulty,
  marks,
  paper,
  commandTerm,
});

const numeric = (m: Meta, stem: string, numericAnswer: NumericAnswer, markscheme: Point[], workedSolution: string): QuestionInput => ({
  ...m,
  type: "NUMERIC",
  calculator: true,
  stem,
  numericAnswer,
  markscheme,
  workedSolution,
});

const written = (m: Meta, stem: string, markscheme: Point[], workedSolution: string): QuestionInput => ({
  ...m,
  type: "WRITTEN",
  calculator: true,
  stem,
  markscheme,
  workedSolution,
});

const mcq = (m: Meta, stem: string, options: string[], correctOptionId: string, markscheme: Point[], workedSolution: string): QuestionInput => ({
  ...m,
  type: "MCQ",
  calculator: true,
  stem,
  options: options.map((text, i) => ({ id: "ABCDEFGH".charAt(i), text })),
  correctOptionId,
  markscheme,
  workedSolution,
});

/** An answer the stem asks for to 3 significant figures: anything that rounds to it, written to exactly 3. */
const sf3 = (value: number, unit?: string): NumericAnswer => {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  return { value, tolerance: Number((0.5 * 10 ** (exponent - 2)).toPrecision(1)), sigFigs: 3, sigFigsExact: true, ...(unit ? { unit } : {}) };
};
/** A money answer to the nearest cent (or whole unit when `step` is 1). */
const money = (value: number, step = 0.01): NumericAnswer => ({ value, tolerance: step, unit: "€" });
const exact = (value: number, unit?: string): NumericAnswer => ({ value, ...(unit ? { unit } : {}) });

// ---------------------------------------------------------------------------
// Topic 1: Number and algebra (SL)
// ---------------------------------------------------------------------------
const topic1: QuestionInput[] = [
  numeric(
    meta("1-1-01", BOTH, "1.1", 1, 3, "P1", "Calculate"),
    String.raw`Light travels at $3.00 \times 10^{8}$ metres per second. A light-year is the distance light travels in one year of $365.25$ days.

Calculate the length of one light-year in metres. Give your answer in the form $a \times 10^{k}$, where $1 \le a < 10$ and $k \in \mathbb{Z}$, with $a$ correct to three significant figures.`,
    sf3(9.47e15, "m"),
    [
      M("m1", 1, String.raw`Number of seconds in a year: $365.25 \times 24 \times 3600 = 31\,557\,600$ ($3.15576 \times 10^{7}$)`, ["31557600", "3.15576"]),
      M("m2", 1, String.raw`Multiplies by the speed: $3.00 \times 10^{8} \times 3.15576 \times 10^{7}$`, ["\\times 10^8"], ["m1"]),
      A("a1", 1, String.raw`$9.47 \times 10^{15}$ m`, ["9.47"], ["m2"]),
    ],
    String.raw`Seconds in one year: $365.25 \times 24 \times 3600 = 3.15576 \times 10^{7}$ s.

$$d = (3.00 \times 10^{8}) \times (3.15576 \times 10^{7}) = 9.46728 \times 10^{15} \approx 9.47 \times 10^{15}\ \text{m}.$$`,
  ),
  numeric(
    meta("1-2-01", BOTH, "1.2", 1, 3, "P1", "Find"),
    String.raw`A theatre has $25$ rows of seats. The first row has $18$ seats and each row after the first has $2$ more seats than the row in front of it.

Find the total number of seats in the theatre.`,
    exact(1050),
    [
      M("m1", 1, String.raw`Recognises an arithmetic series with $u_1 = 18$, $d = 2$, $n = 25$`, ["u_1 = 18", "d = 2"]),
      M("m2", 1, String.raw`Substitutes into $S_{n} = \frac{n}{2}\left(2u_1 + (n-1)d\right)$: $\frac{25}{2}(36 + 48)$`, ["S_{25}", "36 + 48"], ["m1"]),
      A("a1", 1, String.raw`$1050$ seats`, ["1050"], ["m2"]),
    ],
    String.raw`The numbers of seats form an arithmetic sequence with $u_1 = 18$ and $d = 2$.

$$S_{25} = \frac{25}{2}\left(2 \times 18 + 24 \times 2\right) = \frac{25}{2}(84) = 1050.$$

(The last row has $u_{25} = 18 + 24 \times 2 = 66$ seats, and $\frac{25}{2}(18 + 66) = 1050$ agrees.)`,
  ),
  numeric(
    meta("1-2-02", BOTH, "1.2", 3, 5, "P2", "Find"),
    String.raw`Kai saves €40 in the first week of the year. Each week after that he saves €5 more than in the previous week.

Find the number of the week in which Kai's total savings first exceed €3000.`,
    exact(28),
    [
      M("m1", 1, String.raw`Uses $S_n = \frac{n}{2}\left(80 + 5(n-1)\right)$`, ["S_n", "80 + 5(n-1)"]),
      A("a1", 1, String.raw`Sets up $\frac{n}{2}(5n + 75) > 3000$ (or $= 3000$)`, ["5n + 75", "3000"], ["m1"]),
      A("a2", 1, String.raw`$n = 27.9\ldots$ from the GDC`, ["27.9"], ["a1"]),
      R("r1", 1, String.raw`Rounds up, or checks $S_{27} = 2835$ and $S_{28} = 3010$`, ["2835", "3010"]),
      A("a3", 1, String.raw`Week $28$`, ["28"], ["r1"]),
    ],
    String.raw`The weekly amounts form an arithmetic sequence with $u_1 = 40$, $d = 5$:

$$S_n = \frac{n}{2}\left(2(40) + 5(n-1)\right) = \frac{n}{2}(5n + 75).$$

Solving $\frac{n}{2}(5n + 75) = 3000$ on the GDC gives $n = 27.94\ldots$ (the other root is negative). Since $n$ counts whole weeks, check: $S_{27} = 13.5 \times 210 = 2835 < 3000$ and $S_{28} = 14 \times 215 = 3010 > 3000$.

The total first exceeds €3000 in **week 28**.`,
  ),
  numeric(
    meta("1-3-01", BOTH, "1.3", 2, 4, "P1", "Calculate"),
    String.raw`A mine produced $5000$ tonnes of ore in its first year. Each year its output is $8\%$ less than in the previous year.

Calculate the total amount of ore produced in the first $12$ years. Give your answer in tonnes, correct to three significant figures.`,
    sf3(39500, "tonnes"),
    [
      B("b1", 1, String.raw`Common ratio $r = 0.92$`, ["0.92"]),
      M("m1", 1, String.raw`Substitutes into $S_n = \frac{u_1(1 - r^{n})}{1 - r}$: $\frac{5000(1 - 0.92^{12})}{0.08}$`, ["0.92^{12}", "S_{12}"]),
      A("a1", 1, String.raw`$39\,520.8\ldots$`, ["39520"], ["m1"]),
      A("a2", 1, String.raw`$39\,500$ tonnes (3 s.f.)`, ["39500"], ["a1"]),
    ],
    String.raw`Each year's output is $92\%$ of the previous year's, so the outputs form a geometric sequence with $u_1 = 5000$ and $r = 0.92$.

$$S_{12} = \frac{5000\left(1 - 0.92^{12}\right)}{1 - 0.92} = \frac{5000(1 - 0.367666\ldots)}{0.08} = 39\,520.8\ldots$$

Total $\approx 39\,500$ tonnes (3 s.f.).`,
  ),
  numeric(
    meta("1-3-02", BOTH, "1.3", 3, 4, "P2", "Find"),
    String.raw`At the start of 2025 the population of a town is $24\,000$. The population is modelled to increase by $3.5\%$ each year.

Find the number of complete years after the start of 2025 until the population first exceeds $40\,000$.`,
    exact(15),
    [
      M("m1", 1, String.raw`Sets up $24\,000 \times 1.035^{n} > 40\,000$ (or $=$)`, ["1.035^n", "40000"]),
      A("a1", 1, String.raw`$n = 14.8\ldots$ (GDC table, graph or logarithms)`, ["14.8"], ["m1"]),
      R("r1", 1, String.raw`Needs the next whole number, e.g. $1.035^{14} \times 24\,000 = 38\,849$ and $1.035^{15} \times 24\,000 = 40\,208$`, [
        "38849",
        "40208",
      ]),
      A("a2", 1, String.raw`$15$ years`, ["15"], ["r1"]),
    ],
    String.raw`After $n$ years the population is $24\,000 \times 1.035^{n}$. Solve $24\,000 \times 1.035^{n} = 40\,000$:

$$n = \frac{\ln(40\,000 / 24\,000)}{\ln 1.035} = 14.85\ldots$$

The population is still below $40\,000$ after $14$ years ($\approx 38\,849$) and above it after $15$ years ($\approx 40\,208$), so it first exceeds $40\,000$ after **15** complete years.`,
  ),
  numeric(
    meta("1-4-01", BOTH, "1.4", 2, 3, "P1", "Calculate"),
    String.raw`Amira invests €8000 in an account paying a nominal annual interest rate of $3.6\%$, compounded monthly.

Calculate the value of the investment after $5$ years, correct to the nearest cent.`,
    money(9575.16),
    [
      M("m1", 1, String.raw`Uses the compound interest formula or a TVM solver with $N = 60$, $I\% = 3.6$, $PV = -8000$, $P/Y = C/Y = 12$`, [
        "60",
        "3.6",
        "12",
      ]),
      M("m2", 1, String.raw`$8000\left(1 + \frac{3.6}{1200}\right)^{60}$`, ["1.003", "^{60}"]),
      A("a1", 1, String.raw`€9575.16`, ["9575.16"], ["m2"]),
    ],
    String.raw`$$FV = PV\left(1 + \frac{r}{100k}\right)^{kn} = 8000\left(1 + \frac{3.6}{100 \times 12}\right)^{12 \times 5} = 8000(1.003)^{60} = 9575.158\ldots$$

The investment is worth **€9575.16**. On a TVM solver: $N = 60$, $I\% = 3.6$, $PV = -8000$, $PMT = 0$, $P/Y = C/Y = 12$, solve for $FV$.`,
  ),
  numeric(
    meta("1-4-02", BOTH, "1.4", 1, 2, "P1", "Calculate"),
    String.raw`A car is bought for €32 000. Its value depreciates by $15\%$ per year.

Calculate its value after $4$ years, correct to the nearest euro.`,
    money(16704, 1),
    [M("m1", 1, String.raw`$32\,000 \times 0.85^{4}$ (or TVM with $I\% = -15$)`, ["0.85^4", "-15"]), A("a1", 1, String.raw`€16 704`, ["16704"], ["m1"])],
    String.raw`Each year the car keeps $85\%$ of its value:

$$32\,000 \times (1 - 0.15)^{4} = 32\,000 \times 0.52200625 = 16\,704.2.$$

Value after 4 years: **€16 704**.`,
  ),
  numeric(
    meta("1-4-03", BOTH, "1.4", 3, 4, "P2", "Find"),
    String.raw`Bruno wants €5000 to grow to €7000 in $6$ years in an account where interest is compounded quarterly.

Find the nominal annual interest rate he needs, as a percentage correct to three significant figures.`,
    sf3(5.65, "%"),
    [
      M("m1", 1, String.raw`Sets up $5000\left(1 + \frac{r}{400}\right)^{24} = 7000$, or TVM with $N = 24$, $PV = -5000$, $FV = 7000$, $C/Y = 4$`, [
        "^{24}",
        "7000",
        "24",
      ]),
      M("m2", 1, String.raw`Solves for $r$ (GDC or $r = 400\left(1.4^{1/24} - 1\right)$)`, ["1.4^{1/24}"], ["m1"]),
      A("a1", 1, String.raw`$5.647\ldots$`, ["5.647"], ["m2"]),
      A("a2", 1, String.raw`$5.65\%$`, ["5.65"], ["a1"]),
    ],
    String.raw`Six years of quarterly compounding is $24$ periods:

$$5000\left(1 + \frac{r}{400}\right)^{24} = 7000 \implies 1 + \frac{r}{400} = 1.4^{1/24} = 1.014118\ldots$$

$$r = 400 \times 0.014118\ldots = 5.647\ldots \approx 5.65\%.$$

With a TVM solver: $N = 24$, $PV = -5000$, $PMT = 0$, $FV = 7000$, $P/Y = C/Y = 4$, solve for $I\%$.`,
  ),
  numeric(
    meta("1-5-01", BOTH, "1.5", 1, 2, "P1", "Solve"),
    String.raw`Solve the equation $10^{x} = 250$, giving your answer correct to three significant figures.`,
    sf3(2.4),
    [M("m1", 1, String.raw`$x = \log_{10} 250$ (or GDC intersection)`, ["\\log", "log 250"]), A("a1", 1, String.raw`$x = 2.40$`, ["2.40", "2.4"], ["m1"])],
    String.raw`By definition of the logarithm, $10^{x} = 250 \iff x = \log_{10} 250 = 2.3979\ldots \approx 2.40$.

Check: $10^{2.4} \approx 251$, close to $250$.`,
  ),
  mcq(
    meta("1-5-02", BOTH, "1.5", 2, 1, "P1", "Identify"),
    String.raw`Which of the following is equal to $\left(3a^{2}b^{-1}\right)^{2} \times 2a^{-3}b^{4}$?`,
    [String.raw`$6ab^{2}$`, String.raw`$18ab^{2}$`, String.raw`$18a^{7}b^{2}$`, String.raw`$9a^{-1}b^{3}$`],
    "B",
    [B("b1", 1, String.raw`B: $18ab^{2}$`, ["18ab^2"])],
    String.raw`$\left(3a^{2}b^{-1}\right)^{2} = 9a^{4}b^{-2}$. Multiply by $2a^{-3}b^{4}$: coefficients $9 \times 2 = 18$, powers of $a$: $4 + (-3) = 1$, powers of $b$: $-2 + 4 = 2$. The result is $18ab^{2}$, option **B**. (Option A forgets to square the 3; option C multiplies the indices instead of adding them.)`,
  ),
  numeric(
    meta("1-6-01", BOTH, "1.6", 2, 3, "P1", "Calculate"),
    String.raw`Sami estimates $4.7 \times 19.6$ by calculating $5 \times 20$.

Calculate the percentage error in Sami's estimate, correct to three significant figures.`,
    sf3(8.55, "%"),
    [
      A("a1", 1, String.raw`Exact value $92.12$`, ["92.12"]),
      M("m1", 1, String.raw`$\left|\frac{100 - 92.12}{92.12}\right| \times 100$`, ["100 - 92.12"]),
      A("a2", 1, String.raw`$8.55\%$`, ["8.55"], ["m1"]),
    ],
    String.raw`Exact value: $4.7 \times 19.6 = 92.12$. Estimate: $5 \times 20 = 100$.

$$\varepsilon = \left|\frac{v_A - v_E}{v_E}\right| \times 100\% = \frac{7.88}{92.12} \times 100\% = 8.554\ldots\% \approx 8.55\%.$$`,
  ),
  numeric(
    meta("1-6-02", BOTH, "1.6", 2, 3, "P1", "Find"),
    String.raw`A rectangular field is measured as $48$ m long and $31$ m wide, each correct to the nearest metre.

Find the upper bound of the area of the field, in $\text{m}^2$.`,
    exact(1527.75, "m^2"),
    [
      B("b1", 1, String.raw`Upper bounds $48.5$ and $31.5$`, ["48.5", "31.5"]),
      M("m1", 1, String.raw`Multiplies the upper bounds`, ["48.5 \\times 31.5"]),
      A("a1", 1, String.raw`$1527.75\ \text{m}^2$`, ["1527.75"], ["m1"]),
    ],
    String.raw`Measured to the nearest metre, the length lies in $47.5 \le L < 48.5$ and the width in $30.5 \le W < 31.5$.

The largest possible area uses both upper bounds: $48.5 \times 31.5 = 1527.75\ \text{m}^2$.`,
  ),
  numeric(
    meta("1-7-01", BOTH, "1.7", 3, 4, "P2", "Calculate"),
    String.raw`Leila takes out a mortgage of €180 000 to be repaid over $25$ years by equal monthly payments made at the end of each month. The nominal annual interest rate is $4.2\%$, compounded monthly.

Calculate the monthly payment, correct to the nearest cent.`,
    money(970.1),
    [
      M("m1", 1, String.raw`Uses TVM with $N = 300$ (or $25 \times 12$)`, ["300"]),
      M("m2", 1, String.raw`$I\% = 4.2$, $PV = 180\,000$, $FV = 0$, $P/Y = C/Y = 12$ (PV and PMT of opposite signs)`, ["4.2", "180000", "FV = 0"]),
      A("a1", 1, String.raw`$970.096\ldots$`, ["970.09", "970.1"], ["m2"]),
      A("a2", 1, String.raw`€970.10`, ["970.10"], ["a1"]),
    ],
    String.raw`TVM solver: $N = 25 \times 12 = 300$, $I\% = 4.2$, $PV = 180\,000$, $FV = 0$, $P/Y = C/Y = 12$, solve for $PMT$: $PMT = -970.096\ldots$ (negative because the money is paid out).

By formula, with monthly rate $i = 0.042/12 = 0.0035$:

$$PMT = \frac{180\,000 \times 0.0035}{1 - 1.0035^{-300}} = 970.096\ldots$$

Monthly payment: **€970.10**.`,
  ),
  numeric(
    meta("1-7-02", BOTH, "1.7", 4, 4, "P2", "Find"),
    String.raw`Leila's mortgage is €180 000 over $25$ years at a nominal annual rate of $4.2\%$ compounded monthly, with monthly payments of €970.10 made at the end of each month.

Find the amount still owed immediately after the $60$th payment, correct to the nearest euro.`,
    money(157337, 2),
    [
      M("m1", 1, String.raw`TVM with $N = 60$, $I\% = 4.2$, $PV = 180\,000$, $PMT = -970.10$ (or amortization table)`, ["N = 60", "970.1"]),
      M("m2", 1, String.raw`Solves for $FV$, or uses $180\,000(1.0035)^{60} - 970.10 \times \frac{1.0035^{60} - 1}{0.0035}$`, ["1.0035^{60}"], ["m1"]),
      A("a1", 1, String.raw`$157\,337.3\ldots$ (accept $157\,337$ from the unrounded payment)`, ["157337"], ["m2"]),
      A("a2", 1, String.raw`€157 337`, ["157337"], ["a1"]),
    ],
    String.raw`The balance after $60$ payments is the future value of the loan less the future value of the payments. With $i = 0.0035$:

$$180\,000(1.0035)^{60} - 970.10 \times \frac{1.0035^{60} - 1}{0.0035} \approx 221\,980.6 - 64\,643.5 = 157\,337.$$

TVM solver: $N = 60$, $I\% = 4.2$, $PV = 180\,000$, $PMT = -970.10$, $P/Y = C/Y = 12$, solve for $FV \approx -157\,337$. About **€157 337** is still owed: after a fifth of the term only about €22 700 of the capital has been repaid, because early payments are mostly interest.`,
  ),
  numeric(
    meta("1-7-03", BOTH, "1.7", 2, 3, "P1", "Calculate"),
    String.raw`Tomás pays €250 into a savings account at the end of every month for $10$ years. The account pays a nominal annual interest rate of $3\%$, compounded monthly.

Calculate the value of the account immediately after the last payment, correct to the nearest euro.`,
    money(34935, 1),
    [
      M("m1", 1, String.raw`TVM with $N = 120$, $I\% = 3$, $PV = 0$, $PMT = -250$, $P/Y = C/Y = 12$`, ["120", "250"]),
      A("a1", 1, String.raw`$34\,935.35\ldots$`, ["34935"], ["m1"]),
      A("a2", 1, String.raw`€34 935`, ["34935"], ["a1"]),
    ],
    String.raw`This is an annuity: $N = 120$, $I\% = 3$, $PV = 0$, $PMT = -250$, $P/Y = C/Y = 12$, solve for $FV$. By formula, with $i = 0.0025$:

$$FV = 250 \times \frac{1.0025^{120} - 1}{0.0025} = 34\,935.35\ldots$$

About **€34 935**, of which €30 000 was paid in and about €4935 is interest.`,
  ),
  written(
    meta("1-7-04", BOTH, "1.7", 3, 6, "P2", "Justify"),
    String.raw`Nadia needs to borrow €12 000 for a car. She is offered two loans, each repaid by equal monthly payments at the end of each month:

- **Loan X**: $3$ years at a nominal annual rate of $6.0\%$, compounded monthly.
- **Loan Y**: $5$ years at a nominal annual rate of $4.8\%$, compounded monthly.

(a) Find the monthly payment for each loan. [3]

(b) Find the total interest paid on each loan. [2]

(c) Nadia can afford at most €300 a month. Justify which loan she should choose. [1]`,
    [
      M("m1", 1, String.raw`TVM with $PV = 12\,000$, $FV = 0$, $P/Y = C/Y = 12$ and $N = 36$ or $N = 60$`, ["36", "60", "12000"]),
      A("a1", 1, String.raw`Loan X: €365.06`, ["365.06"], ["m1"]),
      A("a2", 1, String.raw`Loan Y: €225.36`, ["225.36"], ["m1"]),
      A("a3", 1, String.raw`Interest X: $36 \times 365.06 - 12\,000 \approx €1142.16$`, ["1142"]),
      A("a4", 1, String.raw`Interest Y: $60 \times 225.36 - 12\,000 \approx €1521.60$`, ["1521"]),
      R("r1", 1, String.raw`Loan Y, because X's payment (€365) is above her €300 limit, although Y costs about €379 more interest (OWTTE)`, [
        "Loan Y",
        "afford",
        "more interest",
      ]),
    ],
    String.raw`**(a)** TVM: $PV = 12\,000$, $FV = 0$, $P/Y = C/Y = 12$.

- Loan X: $N = 36$, $I\% = 6$: $PMT = 365.06$ (monthly rate $0.005$, $\frac{12\,000 \times 0.005}{1 - 1.005^{-36}} = 365.063\ldots$).
- Loan Y: $N = 60$, $I\% = 4.8$: $PMT = 225.36$ (monthly rate $0.004$, $\frac{12\,000 \times 0.004}{1 - 1.004^{-60}} = 225.357\ldots$).

**(b)** Total paid minus amount borrowed:

- X: $36 \times 365.06 - 12\,000 = €1142.16$
- Y: $60 \times 225.36 - 12\,000 = €1521.60$

**(c)** Loan X is cheaper overall, but its payment of €365.06 exceeds her €300 budget. Loan Y's €225.36 is affordable, so she should choose **Loan Y**, accepting about €379 of extra interest for the lower monthly payment and the longer term.`,
  ),
  numeric(
    meta("1-8-01", BOTH, "1.8", 2, 4, "P1", "Find"),
    String.raw`A cinema sells adult, child and senior tickets at prices €$a$, €$c$ and €$s$.

- $2$ adult, $3$ child and $1$ senior ticket cost €61.
- $1$ adult, $1$ child and $2$ senior tickets cost €40.
- $3$ adult, $2$ child and $4$ senior tickets cost €94.

Find the price of a senior ticket.`,
    exact(9, "€"),
    [
      M("m1", 1, String.raw`Writes the system $2a + 3c + s = 61$, $a + c + 2s = 40$, $3a + 2c + 4s = 94$`, ["2a + 3c + s = 61", "a + c + 2s = 40"]),
      M("m2", 1, String.raw`Uses the GDC simultaneous-equation solver (or elimination)`, ["solver"], ["m1"]),
      A("a1", 1, String.raw`$a = 14$, $c = 8$`, ["a = 14", "c = 8"], ["m2"]),
      A("a2", 1, String.raw`$s = 9$: a senior ticket costs €9`, ["9"], ["m2"]),
    ],
    String.raw`The system is

$$\begin{aligned} 2a + 3c + s &= 61 \\ a + c + 2s &= 40 \\ 3a + 2c + 4s &= 94 \end{aligned}$$

The GDC solver gives $a = 14$, $c = 8$, $s = 9$. Check in the third equation: $42 + 16 + 36 = 94$. A senior ticket costs **€9**.`,
  ),
  numeric(
    meta("1-8-02", BOTH, "1.8", 3, 4, "P2", "Find"),
    String.raw`An open box is made from a $20$ cm by $15$ cm sheet of card by cutting a square of side $x$ cm from each corner and folding up the sides. The volume of the box is $V = x(20 - 2x)(15 - 2x)\ \text{cm}^3$.

The box must hold exactly $300\ \text{cm}^3$. Find the smallest possible value of $x$, correct to three significant figures.`,
    sf3(1.45, "cm"),
    [
      M("m1", 1, String.raw`Sets $x(20 - 2x)(15 - 2x) = 300$, e.g. $4x^{3} - 70x^{2} + 300x - 300 = 0$`, ["300", "4x^3 - 70x^2"]),
      M("m2", 1, String.raw`Uses the GDC polynomial solver or graph intersection`, ["GDC"], ["m1"]),
      A("a1", 1, String.raw`Roots $1.4498\ldots$ and $4.465\ldots$ in $0 < x < 7.5$ (third root rejected)`, ["1.45", "4.47"], ["m2"]),
      A("a2", 1, String.raw`$x = 1.45$ cm`, ["1.45"], ["a1"]),
    ],
    String.raw`Expanding: $x(20 - 2x)(15 - 2x) = 4x^{3} - 70x^{2} + 300x$, so solve

$$4x^{3} - 70x^{2} + 300x - 300 = 0.$$

The GDC gives $x = 1.4498\ldots$, $x = 4.4653\ldots$ and $x = 11.58\ldots$. The box needs $0 < x < 7.5$ (the width $15 - 2x$ must be positive), so the third root is rejected. The smallest value is $x \approx 1.45$ cm.`,
  ),
  numeric(
    meta("1-4-04", BOTH, "1.4", 4, 5, "P2", "Find"),
    String.raw`Carla invests €20 000 for $10$ years at a nominal annual interest rate of $4.5\%$, compounded annually. Inflation is expected to be $2.8\%$ per year throughout.

To find the value of the investment in today's money, use a real annual interest rate of $4.5\% - 2.8\%$.

(a) Find the value of the investment after $10$ years, ignoring inflation.

(b) Find the real value of the investment after $10$ years, in today's money, correct to the nearest euro.`,
    money(23672, 1),
    [
      M("m1", 1, String.raw`(a) $20\,000 \times 1.045^{10}$`, ["1.045^{10}"]),
      A("a1", 1, String.raw`(a) €31 059`, ["31059"], ["m1"]),
      A("a2", 1, String.raw`(b) Real rate $1.7\%$`, ["1.7"]),
      M("m2", 1, String.raw`(b) $20\,000 \times 1.017^{10}$ (TVM with $I\% = 1.7$)`, ["1.017^{10}"], ["a2"]),
      A("a3", 1, String.raw`(b) €23 672`, ["23672"], ["m2"]),
    ],
    String.raw`**(a)** $20\,000 \times 1.045^{10} = 31\,059.39$, so about €31 059.

**(b)** The real interest rate is approximately $4.5\% - 2.8\% = 1.7\%$, so in today's money

$$20\,000 \times 1.017^{10} = 23\,672.25 \approx €23\,672.$$

Although the account shows about €31 059, inflation means it will buy only what about €23 672 buys today: the real gain is about €3672, not €11 059.`,
  ),
];

// ---------------------------------------------------------------------------
// Topic 2: Functions (SL)
// ---------------------------------------------------------------------------
const topic2: QuestionInput[] = [
  numeric(
    meta("2-1-01", BOTH, "2.1", 2, 4, "P1", "Find"),
    String.raw`The points $A(2, 5)$ and $B(6, -3)$ lie on the line $L_1$. The line $L_2$ is perpendicular to $L_1$ and passes through the midpoint of $[AB]$. The equation of $L_2$ is $y = mx + c$.

Find the value of $c$.`,
    exact(-1),
    [
      A("a1", 1, String.raw`Gradient of $L_1$: $\frac{-3 - 5}{6 - 2} = -2$`, ["-2"]),
      A("a2", 1, String.raw`Midpoint $(4, 1)$ and gradient of $L_2$: $\frac{1}{2}$`, ["(4, 1)", "1/2", "0.5"]),
      M("m1", 1, String.raw`Substitutes: $1 = \frac{1}{2}(4) + c$ or $y - 1 = \frac{1}{2}(x - 4)$`, ["y - 1"], ["a2"]),
      A("a3", 1, String.raw`$c = -1$`, ["-1"], ["m1"]),
    ],
    String.raw`Gradient of $L_1$: $m_1 = \frac{-3 - 5}{6 - 2} = -2$. Perpendicular gradients multiply to $-1$, so $L_2$ has gradient $\frac{1}{2}$.

Midpoint of $[AB]$: $\left(\frac{2 + 6}{2}, \frac{5 + (-3)}{2}\right) = (4, 1)$.

$L_2$: $y - 1 = \frac{1}{2}(x - 4) \implies y = \frac{1}{2}x - 1$, so $c = -1$.`,
  ),
  written(
    meta("2-2-01", BOTH, "2.2", 2, 5, "P1", "Interpret"),
    String.raw`A taxi fare, in euros, for a journey of $d$ km is modelled by $f(d) = 3.5 + 1.8d$, for $0 < d \le 40$.

(a) Write down the range of $f$. [2]

(b) Find $f^{-1}(x)$. [2]

(c) Find $f^{-1}(30.5)$ and interpret its meaning in context. [1]`,
    [
      A("a1", 1, String.raw`Lower end $3.5 < f(d)$ (not included)`, ["3.5"]),
      A("a2", 1, String.raw`Upper end $f(d) \le 75.5$`, ["75.5"]),
      M("m1", 1, String.raw`Swaps variables or rearranges $x = 3.5 + 1.8d$`, ["x = 3.5 + 1.8"]),
      A("a3", 1, String.raw`$f^{-1}(x) = \frac{x - 3.5}{1.8}$`, ["(x - 3.5)/1.8", "\\frac{x - 3.5}{1.8}"], ["m1"]),
      A("a4", 1, String.raw`$15$: a fare of €30.50 corresponds to a journey of $15$ km`, ["15", "km"]),
    ],
    String.raw`**(a)** $f$ is increasing, $f(0) = 3.5$ (not included, as $d > 0$) and $f(40) = 3.5 + 72 = 75.5$. Range: $3.5 < f(d) \le 75.5$.

**(b)** Let $x = 3.5 + 1.8d$, so $d = \frac{x - 3.5}{1.8}$, giving $f^{-1}(x) = \frac{x - 3.5}{1.8}$ for $3.5 < x \le 75.5$.

**(c)** $f^{-1}(30.5) = \frac{27}{1.8} = 15$. The inverse turns a fare back into a distance: a fare of €30.50 is charged for a journey of $15$ km.`,
  ),
  numeric(
    meta("2-3-01", BOTH, "2.3", 2, 2, "P1", "Find"),
    String.raw`Let $f(x) = e^{0.5x}$ and $g(x) = 8 - x^{2}$.

Use your GDC to find the positive $x$-coordinate of the point where the graphs of $f$ and $g$ intersect, correct to three significant figures.`,
    sf3(2.23),
    [
      M("m1", 1, String.raw`Graphs both functions and uses the intersect function (or solves $e^{0.5x} + x^{2} - 8 = 0$)`, ["intersect", "GDC"]),
      A("a1", 1, String.raw`$x = 2.23$ ($2.2262\ldots$)`, ["2.23"], ["m1"]),
    ],
    String.raw`Enter $Y_1 = e^{0.5x}$ and $Y_2 = 8 - x^{2}$ and use *intersect* near $x = 2$. The GDC gives $x = 2.2262\ldots$, so $x \approx 2.23$.

Check: $e^{1.113} \approx 3.04$ and $8 - 2.226^{2} \approx 3.04$. (The graphs also meet at a negative value of $x$, which the question excludes.)`,
  ),
  written(
    meta("2-4-01", BOTH, "2.4", 2, 4, "P1", "Write down"),
    String.raw`Let $f(x) = 3 + \frac{12}{x - 2}$, $x \ne 2$.

(a) Write down the equations of the vertical and horizontal asymptotes of the graph of $f$. [2]

(b) Find the coordinates of the points where the graph crosses the $x$-axis and the $y$-axis. [2]`,
    [
      A("a1", 1, String.raw`Vertical asymptote $x = 2$`, ["x = 2"]),
      A("a2", 1, String.raw`Horizontal asymptote $y = 3$`, ["y = 3"]),
      A("a3", 1, String.raw`$x$-intercept $(-2, 0)$`, ["(-2, 0)", "-2"]),
      A("a4", 1, String.raw`$y$-intercept $(0, -3)$`, ["(0, -3)", "-3"]),
    ],
    String.raw`**(a)** The fraction is undefined at $x = 2$: vertical asymptote $x = 2$. As $|x| \to \infty$, $\frac{12}{x - 2} \to 0$: horizontal asymptote $y = 3$.

**(b)** $y$-intercept: $f(0) = 3 + \frac{12}{-2} = -3$, so $(0, -3)$.

$x$-intercept: $3 + \frac{12}{x - 2} = 0 \implies x - 2 = -4 \implies x = -2$, so $(-2, 0)$.`,
  ),
  numeric(
    meta("2-4-02", BOTH, "2.4", 2, 2, "P1", "Find"),
    String.raw`The height, in metres, of a roller-coaster track above the ground is modelled by $h(x) = -0.2x^{3} + 1.5x^{2} + 4$, where $x$ is the horizontal distance in metres from the start, $0 \le x \le 7$.

Find the maximum height of the track.`,
    exact(16.5, "m"),
    [
      M("m1", 1, String.raw`Uses GDC maximum (or solves $h'(x) = -0.6x^{2} + 3x = 0$, $x = 5$)`, ["maximum", "x = 5"]),
      A("a1", 1, String.raw`$16.5$ m`, ["16.5"], ["m1"]),
    ],
    String.raw`The GDC's *maximum* function on $0 \le x \le 7$ gives the point $(5, 16.5)$. (By hand: $h'(x) = -0.6x^{2} + 3x = 0$ at $x = 0$ or $x = 5$, and $h(5) = -25 + 37.5 + 4 = 16.5$; the end values $h(0) = 4$ and $h(7) = 8.9$ are lower.)

Maximum height: **16.5 m**.`,
  ),
  numeric(
    meta("2-5-01", BOTH, "2.5", 3, 4, "P2", "Find"),
    String.raw`The depth of water, in metres, at a harbour entrance $t$ hours after midnight is modelled by
$$d(t) = 2.4\sin(30t) + 5.1, \quad 0 \le t \le 24,$$
where $30t$ is measured in degrees.

A ship needs a depth of at least $6.5$ m to enter. Find the first time after midnight, in hours, when the depth reaches $6.5$ m, correct to three significant figures.`,
    sf3(1.19, "hours"),
    [
      M("m1", 1, String.raw`Sets $2.4\sin(30t) + 5.1 = 6.5$ or uses a GDC intersection with $y = 6.5$`, ["6.5", "intersect"]),
      A("a1", 1, String.raw`$\sin(30t) = 0.58333\ldots$`, ["0.583"], ["m1"]),
      A("a2", 1, String.raw`$30t = 35.68\ldots^\circ$`, ["35.7"], ["a1"]),
      A("a3", 1, String.raw`$t = 1.19$ hours`, ["1.19"], ["a2"]),
    ],
    String.raw`$$2.4\sin(30t) + 5.1 = 6.5 \implies \sin(30t) = \frac{1.4}{2.4} = 0.58333\ldots$$

The first solution is $30t = \sin^{-1}(0.58333) = 35.685^\circ$, so $t = 1.1895 \approx 1.19$ hours (about 1:11 am). With the GDC (degree mode), intersect $y = 2.4\sin(30x) + 5.1$ with $y = 6.5$.

The model has amplitude $2.4$ m, period $\frac{360}{30} = 12$ hours and principal axis $d = 5.1$ m.`,
  ),
  numeric(
    meta("2-5-02", BOTH, "2.5", 2, 3, "P1", "Find"),
    String.raw`The temperature, in °C, of a cup of coffee $t$ minutes after it is poured is modelled by $T(t) = 22 + 68e^{-0.045t}$.

Find the time taken for the coffee to cool to $50$°C, correct to three significant figures.`,
    sf3(19.7, "minutes"),
    [
      M("m1", 1, String.raw`Sets $22 + 68e^{-0.045t} = 50$ (or GDC intersection)`, ["50", "68e"]),
      A("a1", 1, String.raw`$e^{-0.045t} = \frac{28}{68}$`, ["28/68", "0.4118"], ["m1"]),
      A("a2", 1, String.raw`$t = 19.7$ minutes`, ["19.7"], ["a1"]),
    ],
    String.raw`$$22 + 68e^{-0.045t} = 50 \implies e^{-0.045t} = \frac{28}{68} \implies t = \frac{\ln(68/28)}{0.045} = 19.717\ldots$$

The coffee reaches $50$°C after about **19.7 minutes**. (The model's horizontal asymptote $T = 22$ is the room temperature.)`,
  ),
  mcq(
    meta("2-5-03", BOTH, "2.5", 2, 1, "P1", "Identify"),
    String.raw`The intensity $I$ of light from a lamp is inversely proportional to the square of the distance $x$ from the lamp. When $x = 2$ m, $I = 12$ units.

What is the intensity when $x = 4$ m?`,
    ["$3$ units", "$6$ units", "$24$ units", "$48$ units"],
    "A",
    [B("b1", 1, String.raw`A: $3$ units`, ["3"])],
    String.raw`$I = \frac{k}{x^{2}}$ with $12 = \frac{k}{4}$, so $k = 48$. Then $I(4) = \frac{48}{16} = 3$ units: option **A**. Doubling the distance divides the intensity by $2^{2} = 4$. (Option B treats the variation as $\frac{k}{x}$.)`,
  ),
  written(
    meta("2-6-01", BOTH, "2.6", 3, 5, "P2", "Discuss"),
    String.raw`A sunflower's height $h$ cm was measured $t$ weeks after planting:

| $t$ (weeks) | 2 | 4 | 6 | 8 | 10 |
|---|---|---|---|---|---|
| $h$ (cm) | 18 | 42 | 71 | 93 | 118 |

A student fits the linear model $h = 12.4t - 5.4$.

(a) Use the model to estimate the height at $t = 7$ weeks. [1]

(b) Use the model to predict the height at $t = 52$ weeks, and discuss whether this prediction is reliable. [3]

(c) Suggest, with a reason, a different type of model that could describe the sunflower's height over a whole year. [1]`,
    [
      A("a1", 1, String.raw`$h(7) = 81.4$ cm`, ["81.4"]),
      A("a2", 1, String.raw`$h(52) = 639.4$ cm`, ["639.4", "639"]),
      R("r1", 1, String.raw`Extrapolation: $t = 52$ is far outside the data range $2 \le t \le 10$`, ["extrapolation", "outside"]),
      R(
        "r2",
        1,
        String.raw`Unrealistic: a sunflower does not grow at a constant rate all year (about 6.4 m tall); growth slows and stops / the plant dies, so unreliable`,
        ["unrealistic", "stops", "unreliable"],
      ),
      R("r3", 1, String.raw`A logistic (or other model that levels off), because growth slows to a maximum height (OWTTE)`, [
        "logistic",
        "levels off",
        "maximum",
      ]),
    ],
    String.raw`**(a)** $h(7) = 12.4(7) - 5.4 = 81.4$ cm. This is interpolation (inside the data range), so it is reasonable.

**(b)** $h(52) = 12.4(52) - 5.4 = 639.4$ cm, over 6 m. This is extrapolation far beyond the data ($2 \le t \le 10$). The linear model assumes the plant keeps growing by about $12.4$ cm every week forever; real plants slow down, reach a maximum height and die at the end of the season, so the prediction is not reliable.

**(c)** A model that levels off, such as a logistic model $h = \frac{L}{1 + Ce^{-kt}}$, because the height should approach a maximum value $L$ rather than increase without limit. (This is the "reflect and refine" stage of the modelling cycle.)`,
  ),
];

// ---------------------------------------------------------------------------
// Topic 3: Geometry and trigonometry (SL)
// ---------------------------------------------------------------------------
const topic3: QuestionInput[] = [
  numeric(
    meta("3-1-01", BOTH, "3.1", 2, 3, "P1", "Calculate"),
    String.raw`A conical tent has base radius $2.1$ m and vertical height $2.8$ m. It has no floor.

Calculate the area of canvas needed for the curved surface, in $\text{m}^2$, correct to three significant figures.`,
    sf3(23.1, "m^2"),
    [
      A("a1", 1, String.raw`Slant height $l = \sqrt{2.1^{2} + 2.8^{2}} = 3.5$ m`, ["3.5"]),
      M("m1", 1, String.raw`Curved surface area $\pi r l = \pi \times 2.1 \times 3.5$`, ["\\pi r l", "2.1 \\times 3.5"], ["a1"]),
      A("a2", 1, String.raw`$23.1\ \text{m}^2$`, ["23.1"], ["m1"]),
    ],
    String.raw`The slant height is the hypotenuse of the right triangle formed by the radius and the height:

$$l = \sqrt{2.1^{2} + 2.8^{2}} = \sqrt{12.25} = 3.5\ \text{m}.$$

Curved surface area $= \pi r l = \pi(2.1)(3.5) = 23.09\ldots \approx 23.1\ \text{m}^2$.`,
  ),
  numeric(
    meta("3-1-02", BOTH, "3.1", 3, 4, "P1", "Find"),
    String.raw`A cuboid $ABCDEFGH$ has a rectangular base $ABCD$ with $AB = 8$ cm and $BC = 6$ cm, and height $CG = 5$ cm, where $G$ is vertically above $C$.

Find the angle between the diagonal $[AG]$ and the base $ABCD$, in degrees, correct to three significant figures.`,
    sf3(26.6, "°"),
    [
      A("a1", 1, String.raw`$AC = \sqrt{8^{2} + 6^{2}} = 10$ cm`, ["10"]),
      M("m1", 1, String.raw`Identifies angle $G\hat{A}C$ in right triangle $ACG$`, ["GAC"]),
      M("m2", 1, String.raw`$\tan\theta = \frac{5}{10}$`, ["5/10", "0.5"], ["m1"]),
      A("a2", 1, String.raw`$26.6^\circ$`, ["26.6"], ["m2"]),
    ],
    String.raw`The projection of $[AG]$ on the base is $[AC]$, so the required angle is $G\hat{A}C$ in the right triangle $ACG$ (right angle at $C$).

$AC = \sqrt{8^{2} + 6^{2}} = 10$ cm, and $\tan G\hat{A}C = \frac{CG}{AC} = \frac{5}{10}$, so $G\hat{A}C = 26.565\ldots^\circ \approx 26.6^\circ$.`,
  ),
  numeric(
    meta("3-2-01", BOTH, "3.2", 2, 3, "P1", "Find"),
    String.raw`In triangle $PQR$, $PQ = 7$ cm, $PR = 9$ cm and $Q\hat{P}R = 52^\circ$.

Find $QR$, correct to three significant figures.`,
    sf3(7.24, "cm"),
    [
      M("m1", 1, String.raw`Cosine rule: $QR^{2} = 7^{2} + 9^{2} - 2(7)(9)\cos 52^\circ$`, ["cos 52", "49 + 81"]),
      A("a1", 1, String.raw`$QR^{2} = 52.43\ldots$`, ["52.4"], ["m1"]),
      A("a2", 1, String.raw`$QR = 7.24$ cm`, ["7.24"], ["a1"]),
    ],
    String.raw`Two sides and the included angle are known, so use the cosine rule:

$$QR^{2} = 49 + 81 - 126\cos 52^\circ = 130 - 77.57\ldots = 52.43\ldots$$

$QR = 7.2406\ldots \approx 7.24$ cm.`,
  ),
  numeric(
    meta("3-2-02", BOTH, "3.2", 1, 2, "P1", "Calculate"),
    String.raw`In triangle $PQR$, $PQ = 7$ cm, $PR = 9$ cm and $Q\hat{P}R = 52^\circ$.

Calculate the area of triangle $PQR$, in $\text{cm}^2$, correct to three significant figures.`,
    sf3(24.8, "cm^2"),
    [M("m1", 1, String.raw`$\frac{1}{2}(7)(9)\sin 52^\circ$`, ["sin 52", "\\frac{1}{2}"]), A("a1", 1, String.raw`$24.8\ \text{cm}^2$`, ["24.8"], ["m1"])],
    String.raw`$$\text{Area} = \frac{1}{2}ab\sin C = \frac{1}{2}(7)(9)\sin 52^\circ = 24.82\ldots \approx 24.8\ \text{cm}^2.$$`,
  ),
  numeric(
    meta("3-3-01", BOTH, "3.3", 3, 5, "P2", "Find"),
    String.raw`A boat leaves harbour $H$ and sails $12$ km on a bearing of $065^\circ$ to a buoy $B$. It then sails $9$ km on a bearing of $150^\circ$ to a lighthouse $L$.

Find the distance $HL$, correct to three significant figures.`,
    sf3(15.6, "km"),
    [
      M("m1", 1, String.raw`Clear diagram or uses the north line at $B$: back-bearing of $H$ from $B$ is $245^\circ$`, ["245", "diagram"]),
      A("a1", 1, String.raw`$H\hat{B}L = 245^\circ - 150^\circ = 95^\circ$`, ["95"], ["m1"]),
      M("m2", 1, String.raw`Cosine rule: $HL^{2} = 12^{2} + 9^{2} - 2(12)(9)\cos 95^\circ$`, ["cos 95"], ["a1"]),
      A("a2", 1, String.raw`$HL^{2} = 243.8\ldots$`, ["243.8"], ["m2"]),
      A("a3", 1, String.raw`$HL = 15.6$ km`, ["15.6"], ["a2"]),
    ],
    String.raw`At $B$ the bearing back to $H$ is $065^\circ + 180^\circ = 245^\circ$, and the bearing to $L$ is $150^\circ$, so the angle between the two legs is $H\hat{B}L = 245^\circ - 150^\circ = 95^\circ$.

$$HL^{2} = 12^{2} + 9^{2} - 2(12)(9)\cos 95^\circ = 225 + 18.82\ldots = 243.82\ldots$$

$HL = 15.614\ldots \approx 15.6$ km.`,
  ),
  numeric(
    meta("3-3-02", BOTH, "3.3", 2, 3, "P1", "Find"),
    String.raw`Priya stands on level ground $40$ m from the base of a tower. Her eyes are $1.6$ m above the ground, and the angle of elevation of the top of the tower from her eyes is $32^\circ$.

Find the height of the tower, correct to three significant figures.`,
    sf3(26.6, "m"),
    [
      M("m1", 1, String.raw`$\tan 32^\circ = \frac{h}{40}$ for the height above eye level`, ["tan 32"]),
      A("a1", 1, String.raw`$h = 24.99\ldots$ m`, ["24.99", "25.0"], ["m1"]),
      A("a2", 1, String.raw`Adds eye height: $26.6$ m`, ["26.6"], ["a1"]),
    ],
    String.raw`The right triangle has its horizontal side ($40$ m) at Priya's eye level, so the height of the tower above her eyes is $40\tan 32^\circ = 24.99\ldots$ m.

Tower height $= 24.99\ldots + 1.6 = 26.59\ldots \approx 26.6$ m.`,
  ),
  numeric(
    meta("3-4-01", BOTH, "3.4", 2, 3, "P1", "Find"),
    String.raw`A sector of a circle has radius $15$ cm and angle $72^\circ$ at the centre.

Find the perimeter of the sector, correct to three significant figures.`,
    sf3(48.8, "cm"),
    [
      M("m1", 1, String.raw`Arc length $\frac{72}{360} \times 2\pi(15)$`, ["72/360", "2\\pi"]),
      A("a1", 1, String.raw`Arc $= 18.85$ cm ($6\pi$)`, ["18.8", "6\\pi"], ["m1"]),
      A("a2", 1, String.raw`Perimeter $= 18.85 + 30 = 48.8$ cm`, ["48.8"], ["a1"]),
    ],
    String.raw`Arc length $= \frac{\theta}{360} \times 2\pi r = \frac{72}{360} \times 2\pi(15) = 6\pi = 18.849\ldots$ cm.

The perimeter also includes the two radii: $18.849\ldots + 2(15) = 48.849\ldots \approx 48.8$ cm.`,
  ),
  written(
    meta("3-5-01", BOTH, "3.5", 2, 4, "P1", "Find"),
    String.raw`The points $A(1, 3)$ and $B(7, -1)$ are two schools.

Find the equation of the perpendicular bisector of $[AB]$, giving your answer in the form $ax + by + d = 0$ where $a, b, d \in \mathbb{Z}$.`,
    [
      A("a1", 1, String.raw`Midpoint $(4, 1)$`, ["(4, 1)"]),
      A("a2", 1, String.raw`Gradient of $AB = -\frac{2}{3}$`, ["-2/3"]),
      M("m1", 1, String.raw`Perpendicular gradient $\frac{3}{2}$ with the midpoint: $y - 1 = \frac{3}{2}(x - 4)$`, ["3/2", "y - 1"], ["a2"]),
      A("a3", 1, String.raw`$3x - 2y - 10 = 0$ (or any integer multiple)`, ["3x - 2y - 10 = 0"], ["m1"]),
    ],
    String.raw`Midpoint of $[AB]$: $\left(\frac{1 + 7}{2}, \frac{3 - 1}{2}\right) = (4, 1)$. Gradient of $AB$: $\frac{-1 - 3}{7 - 1} = -\frac{2}{3}$, so the perpendicular gradient is $\frac{3}{2}$.

$$y - 1 = \frac{3}{2}(x - 4) \implies 2y - 2 = 3x - 12 \implies 3x - 2y - 10 = 0.$$

Every point on this line is the same distance from both schools, which is why it forms an edge of a Voronoi diagram.`,
  ),
  numeric(
    meta("3-6-01", BOTH, "3.6", 3, 5, "P2", "Find"),
    String.raw`Three mobile-phone masts are at $A(0, 0)$, $B(8, 0)$ and $C(2, 6)$, in km. The Voronoi diagram of the three masts has one vertex $V$.

Find the distance from $V$ to each mast, correct to three significant figures.`,
    sf3(4.47, "km"),
    [
      A("a1", 1, String.raw`Perpendicular bisector of $[AB]$: $x = 4$`, ["x = 4"]),
      A("a2", 1, String.raw`Perpendicular bisector of $[AC]$: $y - 3 = -\frac{1}{3}(x - 1)$`, ["-1/3", "(1, 3)"]),
      M("m1", 1, String.raw`Solves the two bisectors simultaneously`, ["simultaneous", "intersect"], ["a1", "a2"]),
      A("a3", 1, String.raw`$V(4, 2)$`, ["(4, 2)"], ["m1"]),
      A("a4", 1, String.raw`$VA = \sqrt{20} = 4.47$ km`, ["4.47", "\\sqrt{20}"], ["a3"]),
    ],
    String.raw`A vertex of a Voronoi diagram is equidistant from three sites, so it lies on the perpendicular bisectors of $[AB]$ and $[AC]$.

- $[AB]$: midpoint $(4, 0)$, $AB$ horizontal, bisector $x = 4$.
- $[AC]$: midpoint $(1, 3)$, gradient of $AC = 3$, bisector $y - 3 = -\frac{1}{3}(x - 1)$.

At $x = 4$: $y = 3 - 1 = 2$, so $V = (4, 2)$.

$VA = \sqrt{4^{2} + 2^{2}} = \sqrt{20} = 4.472\ldots \approx 4.47$ km. Check: $VB = \sqrt{16 + 4}$ and $VC = \sqrt{4 + 16}$, also $\sqrt{20}$.`,
  ),
  written(
    meta("3-6-02", BOTH, "3.6", 4, 6, "P2", "Explain"),
    String.raw`Four weather stations $P(0, 0)$, $Q(10, 0)$, $R(10, 8)$ and $S(0, 8)$ (in km) form the corners of a rectangular region. The Voronoi diagram of the four stations is drawn for the rectangle.

(a) Describe the Voronoi diagram and write down the coordinates of its vertex. [2]

(b) On one day the rainfall recorded was $P$: $12$ mm, $Q$: $18$ mm, $R$: $9$ mm, $S$: $15$ mm. Use nearest-neighbour interpolation to estimate the rainfall at the point $(7, 2)$. [2]

(c) A council wants to build a waste site inside the rectangle as far as possible from the nearest station. Explain why the vertex is a good choice, and find its distance to the nearest station. [2]`,
    [
      A("a1", 1, String.raw`Edges along $x = 5$ and $y = 4$ (the diagram divides the rectangle into four equal rectangles)`, ["x = 5", "y = 4"]),
      A("a2", 1, String.raw`Vertex $(5, 4)$`, ["(5, 4)"]),
      M("m1", 1, String.raw`$(7, 2)$ lies in the cell of $Q$ ($x > 5$, $y < 4$) / closest to $Q$`, ["cell", "Q"]),
      A("a3", 1, String.raw`$18$ mm`, ["18"], ["m1"]),
      R(
        "r1",
        1,
        String.raw`A vertex is equidistant from the (three or more) nearest sites, so it is the point furthest from its nearest station (largest empty circle) (OWTTE)`,
        ["equidistant", "furthest", "largest empty circle"],
      ),
      A("a4", 1, String.raw`$\sqrt{5^{2} + 4^{2}} = \sqrt{41} = 6.40$ km`, ["6.40", "\\sqrt{41}"]),
    ],
    String.raw`**(a)** The perpendicular bisector of $[PQ]$ and of $[SR]$ is $x = 5$; that of $[PS]$ and $[QR]$ is $y = 4$. The cells are four $5 \times 4$ rectangles, one around each station, meeting at the single vertex $(5, 4)$, which is equidistant from all four stations.

**(b)** $(7, 2)$ has $x > 5$ and $y < 4$, so it is in $Q$'s cell: its nearest station is $Q$. Nearest-neighbour interpolation gives it $Q$'s value, **18 mm**.

**(c)** Inside a cell, moving away from a site increases the distance to it, so the point furthest from every station lies on the boundary where several cells meet: a Voronoi vertex (or on the edge of the region). The vertex $(5, 4)$ is equidistant from all four stations, at distance $\sqrt{5^{2} + 4^{2}} = \sqrt{41} \approx 6.40$ km, the centre of the largest circle containing no station. (Corners of the rectangle are sites, so no boundary point does better.)`,
  ),
];

// ---------------------------------------------------------------------------
// Topic 4: Statistics and probability (SL)
// ---------------------------------------------------------------------------
const revisionHours = String.raw`| Student | A | B | C | D | E | F | G |
|---|---|---|---|---|---|---|---|
| Hours of revision, $x$ | 2 | 4 | 5 | 7 | 8 | 10 | 12 |
| Test score, $y$ | 45 | 48 | 57 | 55 | 66 | 64 | 79 |`;

const topic4: QuestionInput[] = [
  written(
    meta("4-1-01", BOTH, "4.1", 2, 5, "P1", "Identify"),
    String.raw`A school has $400$ students in Year 12 and $600$ students in Year 13. The head wants a sample of $50$ students to survey about the canteen.

(a) Identify whether each of the following is discrete or continuous data: (i) the number of meals a student buys in a week; (ii) the time a student spends queuing. [1]

(b) The head lists all $1000$ students alphabetically and chooses every $20$th student, starting from a randomly chosen student among the first $20$. Identify this sampling technique. [1]

(c) Calculate how many students from each year group should be in a stratified sample of $50$. [2]

(d) State one advantage of the stratified sample over the method in (b). [1]`,
    [
      A("a1", 1, String.raw`(i) discrete, (ii) continuous`, ["discrete", "continuous"]),
      A("a2", 1, String.raw`Systematic sampling`, ["systematic"]),
      M("m1", 1, String.raw`$\frac{400}{1000} \times 50$ or $\frac{600}{1000} \times 50$`, ["400/1000", "600/1000"]),
      A("a3", 1, String.raw`Year 12: $20$, Year 13: $30$`, ["20", "30"], ["m1"]),
      R("r1", 1, String.raw`Guarantees each year group is represented in proportion to its size (the alphabetical list might not) (OWTTE)`, [
        "proportion",
        "represented",
      ]),
    ],
    String.raw`**(a)** (i) Meals are counted, so the data are **discrete**. (ii) Time is measured and can take any value in a range, so it is **continuous**.

**(b)** Choosing every $k$th member of a list after a random start is **systematic sampling** ($k = \frac{1000}{50} = 20$).

**(c)** Each stratum is sampled in proportion to its size: Year 12: $\frac{400}{1000} \times 50 = 20$; Year 13: $\frac{600}{1000} \times 50 = 30$.

**(d)** The stratified sample guarantees both year groups appear in the correct proportions, whereas a systematic sample from an alphabetical list could, by chance, over-represent one year group.`,
  ),
  mcq(
    meta("4-1-02", BOTH, "4.1", 2, 1, "P1", "Identify"),
    String.raw`For a set of commute times (minutes), the lower quartile is $18$ and the upper quartile is $31$.

Which of these times would be classed as an outlier?`,
    ["$0$ minutes", "$48$ minutes", "$50$ minutes", "$52$ minutes"],
    "D",
    [B("b1", 1, String.raw`D: $52$ (upper fence $31 + 1.5 \times 13 = 50.5$)`, ["52", "50.5"])],
    String.raw`$IQR = 31 - 18 = 13$. An outlier is more than $1.5 \times IQR = 19.5$ beyond a quartile: below $18 - 19.5 = -1.5$ or above $31 + 19.5 = 50.5$.

$0$, $48$ and $50$ all lie inside $[-1.5, 50.5]$; only **$52$** (option D) is an outlier. Option C is a trap: $50$ is close to the fence but still inside it.`,
  ),
  written(
    meta("4-2-01", BOTH, "4.2", 3, 5, "P2", "Compare"),
    String.raw`The battery life, in hours, of two brands of phone was tested. The results are summarised below.

| | Minimum | $Q_1$ | Median | $Q_3$ | Maximum |
|---|---|---|---|---|---|
| Brand X | 14 | 18 | 21 | 23 | 35 |
| Brand Y | 12 | 16 | 22 | 28 | 33 |

(a) Show that Brand X has at least one outlier, and state which value it is. [2]

(b) Compare the battery life of the two brands, referring to a measure of centre and a measure of spread. [2]

(c) State which brand you would recommend to a buyer who wants a reliably long battery life, with a reason. [1]`,
    [
      M("m1", 1, String.raw`Brand X: $IQR = 5$, upper fence $23 + 1.5 \times 5 = 30.5$`, ["30.5", "IQR = 5"]),
      A("a1", 1, String.raw`$35 > 30.5$, so the maximum $35$ is an outlier`, ["35"], ["m1"]),
      R("r1", 1, String.raw`Medians similar: Y slightly higher ($22$ vs $21$ hours)`, ["median", "22", "21"]),
      R("r2", 1, String.raw`X is less spread out / more consistent: $IQR$ $5$ vs $12$`, ["IQR", "5", "12", "consistent"]),
      R(
        "r3",
        1,
        String.raw`Brand X, as its lives are more consistent (its lower quartile and median are close to Y's with much less variation) / accept Y with a reason based on its higher median and $Q_3$`,
        ["consistent", "Brand X"],
      ),
    ],
    String.raw`**(a)** For Brand X, $IQR = 23 - 18 = 5$. Upper fence: $23 + 1.5(5) = 30.5$; lower fence: $18 - 7.5 = 10.5$. The maximum, $35$ hours, exceeds $30.5$, so it is an outlier.

**(b)** The medians are similar ($21$ hours for X, $22$ for Y), so a typical phone of brand Y lasts slightly longer. Brand Y's $IQR$ is $28 - 16 = 12$ hours, compared with $5$ for X, so brand X's battery lives are far more consistent.

**(c)** Brand X: a buyer who wants reliability cares about consistency, and half of X's phones last between $18$ and $23$ hours, while a quarter of Y's last less than $16$ hours. (Brand Y can be justified for a buyer willing to gamble on a higher $Q_3$.)`,
  ),
  numeric(
    meta("4-3-01", BOTH, "4.3", 1, 2, "P1", "Calculate"),
    String.raw`The times, $t$ minutes, that $50$ customers waited at a bank are summarised below.

| Time, $t$ | $0 < t \le 10$ | $10 < t \le 20$ | $20 < t \le 30$ | $30 < t \le 40$ | $40 < t \le 50$ |
|---|---|---|---|---|---|
| Frequency | 5 | 12 | 18 | 9 | 6 |

Calculate an estimate of the mean waiting time.`,
    exact(24.8, "minutes"),
    [
      M("m1", 1, String.raw`Uses mid-interval values $5, 15, 25, 35, 45$ with the frequencies`, ["mid", "5, 15, 25"]),
      A("a1", 1, String.raw`$\frac{1240}{50} = 24.8$ minutes`, ["24.8"], ["m1"]),
    ],
    String.raw`Using the mid-interval values as representatives of each class:

$$\bar{t} = \frac{5(5) + 15(12) + 25(18) + 35(9) + 45(6)}{50} = \frac{25 + 180 + 450 + 315 + 270}{50} = \frac{1240}{50} = 24.8\ \text{minutes}.$$

It is an estimate because the exact times within each class are unknown.`,
  ),
  numeric(
    meta("4-3-02", BOTH, "4.3", 2, 2, "P1", "Find"),
    String.raw`The times, $t$ minutes, that $50$ customers waited at a bank are summarised below.

| Time, $t$ | $0 < t \le 10$ | $10 < t \le 20$ | $20 < t \le 30$ | $30 < t \le 40$ | $40 < t \le 50$ |
|---|---|---|---|---|---|
| Frequency | 5 | 12 | 18 | 9 | 6 |

Use your GDC to find an estimate of the standard deviation of the waiting times, correct to three significant figures.`,
    sf3(11.4, "minutes"),
    [
      M("m1", 1, String.raw`Enters mid-interval values and frequencies into GDC 1-variable statistics`, ["mid", "1-var"]),
      A("a1", 1, String.raw`$\sigma = 11.4$ minutes`, ["11.4"], ["m1"]),
    ],
    String.raw`Put the mid-interval values $5, 15, 25, 35, 45$ in one list and the frequencies in another, and run 1-variable statistics. With $\bar{t} = 24.8$:

$$\sigma^{2} = \frac{\sum f(t - \bar{t})^{2}}{\sum f} = \frac{5(19.8)^{2} + 12(9.8)^{2} + 18(0.2)^{2} + 9(10.2)^{2} + 6(20.2)^{2}}{50} = \frac{6498}{50} = 129.96,$$

so $\sigma = 11.4$ minutes.`,
  ),
  mcq(
    meta("4-3-03", BOTH, "4.3", 3, 1, "P1", "Identify"),
    String.raw`A set of exam marks has mean $30$ and standard deviation $4$. Every mark is multiplied by $1.2$ and then $5$ is added.

What are the new mean and standard deviation?`,
    ["Mean $36$, standard deviation $4.8$", "Mean $41$, standard deviation $4.8$", "Mean $41$, standard deviation $9.8$", "Mean $41$, standard deviation $4$"],
    "B",
    [B("b1", 1, String.raw`B: mean $41$, standard deviation $4.8$`, ["41", "4.8"])],
    String.raw`Multiplying by $1.2$ scales both the mean and the spread: mean $36$, standard deviation $4.8$. Adding $5$ shifts every mark, which moves the mean to $41$ but does not change how spread out the marks are. New values: mean $41$, standard deviation $4.8$ (option **B**).`,
  ),
  numeric(
    meta("4-4-01", BOTH, "4.4", 2, 2, "P1", "Find"),
    String.raw`Seven students recorded the hours they spent revising and their test scores.

${revisionHours}

Find Pearson's product-moment correlation coefficient, $r$, correct to three significant figures.`,
    sf3(0.943),
    [
      M("m1", 1, String.raw`Uses GDC linear regression / 2-variable statistics with the data`, ["GDC", "LinReg"]),
      A("a1", 1, String.raw`$r = 0.943$`, ["0.943"], ["m1"]),
    ],
    String.raw`Enter $x$ in $L_1$ and $y$ in $L_2$ and run linear regression ($y = ax + b$). The GDC gives $r = 0.94275\ldots \approx 0.943$: a strong positive linear correlation between revision time and score.`,
  ),
  numeric(
    meta("4-4-02", BOTH, "4.4", 2, 3, "P1", "Estimate"),
    String.raw`Seven students recorded the hours they spent revising and their test scores.

${revisionHours}

Use the regression line of $y$ on $x$ to estimate the score of a student who revised for $6$ hours, correct to three significant figures.`,
    sf3(56.4),
    [
      M("m1", 1, String.raw`Finds the regression line with the GDC: $y = 3.15x + 37.6$`, ["3.15", "37.6"]),
      M("m2", 1, String.raw`Substitutes $x = 6$`, ["x = 6"], ["m1"]),
      A("a1", 1, String.raw`$56.4$`, ["56.4"], ["m2"]),
    ],
    String.raw`The GDC gives the regression line of $y$ on $x$:

$$y = 3.14509\ldots x + 37.5764\ldots$$

At $x = 6$: $y = 3.14509(6) + 37.5764 = 56.447\ldots \approx 56.4$. This is a reliable estimate: $r$ is strong and $6$ hours lies within the data range (interpolation). Use unrounded coefficients from the GDC; with $3.15$ and $37.6$ the estimate is $56.5$, which would be accepted with follow-through.`,
  ),
  written(
    meta("4-4-03", BOTH, "4.4", 3, 4, "P2", "Interpret"),
    String.raw`For the seven students below, the regression line of $y$ on $x$ is $y = 3.15x + 37.6$ (coefficients to 3 s.f.).

${revisionHours}

(a) Interpret the gradient of the regression line in context. [1]

(b) Interpret the $y$-intercept in context. [1]

(c) A teacher uses the line to predict that a student who revises for $25$ hours will score $116$. Explain why this prediction is not valid. [2]`,
    [
      R("r1", 1, String.raw`Each extra hour of revision is associated with about $3.15$ more marks (on average)`, ["3.15", "each extra hour"]),
      R("r2", 1, String.raw`A student who does no revision is predicted to score about $37.6$ (also extrapolation, just outside the data)`, [
        "37.6",
        "no revision",
      ]),
      R("r3", 1, String.raw`$25$ hours is far outside the data range ($2$ to $12$ hours): extrapolation`, ["extrapolation", "outside"]),
      R("r4", 1, String.raw`$116$ may exceed the maximum possible score / the relationship is unlikely to stay linear (OWTTE)`, ["maximum", "linear", "100"]),
    ],
    String.raw`**(a)** The gradient $3.15$: for each additional hour of revision, the test score increases by about $3.15$ marks on average.

**(b)** The intercept $37.6$: a student who did no revision would be expected to score about $37.6$ (with caution, as $x = 0$ is just outside the data).

**(c)** $x = 25$ lies far outside the observed range of $2$ to $12$ hours, so this is extrapolation; the linear pattern need not continue. Indeed $116$ is probably more than the test's maximum mark, and the benefit of extra revision is likely to level off. Correlation also does not prove that revision alone causes the higher score.`,
  ),
  numeric(
    meta("4-5-01", BOTH, "4.5", 1, 2, "P1", "Calculate"),
    String.raw`A spinner lands on red with probability $0.35$. The spinner is spun $240$ times.

Calculate the expected number of times it lands on red.`,
    exact(84),
    [M("m1", 1, String.raw`$240 \times 0.35$`, ["240 \\times 0.35"]), A("a1", 1, String.raw`$84$`, ["84"], ["m1"])],
    String.raw`Expected number of occurrences $= nP(A) = 240 \times 0.35 = 84$. (The actual count will vary from trial to trial; $84$ is the long-run average.)`,
  ),
  numeric(
    meta("4-6-01", BOTH, "4.6", 3, 4, "P1", "Find"),
    String.raw`In a group of $120$ students, $45$ study French, $38$ study Spanish and $12$ study both.

A student is chosen at random from those who do **not** study Spanish. Find the probability that this student studies French, correct to three significant figures.`,
    sf3(0.402),
    [
      M("m1", 1, String.raw`Venn diagram: French only $= 45 - 12 = 33$`, ["33"]),
      A("a1", 1, String.raw`Not Spanish: $120 - 38 = 82$`, ["82"]),
      M("m2", 1, String.raw`$P(F \mid S') = \frac{33}{82}$`, ["33/82"], ["m1"]),
      A("a2", 1, String.raw`$0.402$`, ["0.402"], ["m2"]),
    ],
    String.raw`From a Venn diagram: French only $= 45 - 12 = 33$; Spanish (including both) $= 38$, so $120 - 38 = 82$ students do not study Spanish.

$$P(F \mid S') = \frac{n(F \cap S')}{n(S')} = \frac{33}{82} = 0.4024\ldots \approx 0.402.$$`,
  ),
  numeric(
    meta("4-6-02", BOTH, "4.6", 3, 4, "P2", "Find"),
    String.raw`On any day the probability that it rains is $0.3$. If it rains, the probability that Marco's bus is late is $0.4$; if it does not rain, the probability that the bus is late is $0.15$.

Given that the bus is late on a particular day, find the probability that it rained that day, correct to three significant figures.`,
    sf3(0.533),
    [
      M("m1", 1, String.raw`Tree diagram: $P(\text{late}) = 0.3(0.4) + 0.7(0.15)$`, ["0.3 \\times 0.4", "0.7 \\times 0.15"]),
      A("a1", 1, String.raw`$P(\text{late}) = 0.225$`, ["0.225"], ["m1"]),
      M("m2", 1, String.raw`$\frac{0.12}{0.225}$`, ["0.12/0.225"], ["a1"]),
      A("a2", 1, String.raw`$0.533$`, ["0.533"], ["m2"]),
    ],
    String.raw`From a tree diagram:

$$P(L) = P(R)P(L \mid R) + P(R')P(L \mid R') = 0.3(0.4) + 0.7(0.15) = 0.12 + 0.105 = 0.225.$$

$$P(R \mid L) = \frac{P(R \cap L)}{P(L)} = \frac{0.12}{0.225} = 0.5333\ldots \approx 0.533.$$

Knowing the bus was late raises the probability of rain from $0.3$ to $0.533$.`,
  ),
  numeric(
    meta("4-7-01", BOTH, "4.7", 2, 4, "P1", "Find"),
    String.raw`It costs €3 to play a game at a fair. A player wins €10 with probability $0.15$, wins €5 with probability $0.2$, and otherwise wins nothing.

Find the expected gain of a player per game, in euros (a loss is a negative gain).`,
    exact(-0.5, "€"),
    [
      M("m1", 1, String.raw`Gains $7$, $2$, $-3$ (or winnings $10$, $5$, $0$ minus $3$)`, ["7", "2", "-3"]),
      A("a1", 1, String.raw`Probability of winning nothing $0.65$`, ["0.65"]),
      M("m2", 1, String.raw`$E = 7(0.15) + 2(0.2) - 3(0.65)$`, ["E("], ["m1"]),
      A("a2", 1, String.raw`$-€0.50$`, ["-0.5"], ["m2"]),
    ],
    String.raw`The probability of winning nothing is $1 - 0.15 - 0.2 = 0.65$. The player's gains (winnings minus the €3 stake) are $7$, $2$ and $-3$:

$$E(G) = 7(0.15) + 2(0.2) + (-3)(0.65) = 1.05 + 0.4 - 1.95 = -0.5.$$

On average a player loses €0.50 per game, so the game is not fair (a fair game has $E(G) = 0$); the fair makes a profit in the long run.`,
  ),
  numeric(
    meta("4-8-01", BOTH, "4.8", 2, 3, "P1", "Find"),
    String.raw`A packet contains $20$ seeds. Each seed fails to germinate with probability $0.15$, independently of the others.

Find the probability that at most $2$ seeds fail to germinate, correct to three significant figures.`,
    sf3(0.405),
    [
      B("b1", 1, String.raw`$X \sim B(20, 0.15)$`, ["B(20, 0.15)"]),
      M("m1", 1, String.raw`$P(X \le 2)$ with binomial cdf`, ["P(X \\le 2)", "binomcdf"], ["b1"]),
      A("a1", 1, String.raw`$0.405$`, ["0.405"], ["m1"]),
    ],
    String.raw`Let $X$ be the number of seeds that fail: $X \sim B(20, 0.15)$ (fixed number of independent trials with constant probability).

$$P(X \le 2) = \text{binomcdf}(20, 0.15, 2) = 0.4049\ldots \approx 0.405.$$`,
  ),
  numeric(
    meta("4-8-02", BOTH, "4.8", 3, 3, "P2", "Find"),
    String.raw`A packet contains $20$ seeds. Each seed fails to germinate with probability $0.15$, independently of the others.

Find the probability that at least $4$ seeds fail to germinate, correct to three significant figures.`,
    sf3(0.352),
    [
      M("m1", 1, String.raw`$P(X \ge 4) = 1 - P(X \le 3)$`, ["1 - P(X \\le 3)"]),
      A("a1", 1, String.raw`$P(X \le 3) = 0.6477\ldots$`, ["0.6477", "0.648"], ["m1"]),
      A("a2", 1, String.raw`$0.352$`, ["0.352"], ["a1"]),
    ],
    String.raw`$X \sim B(20, 0.15)$. "At least 4" is the complement of "at most 3":

$$P(X \ge 4) = 1 - P(X \le 3) = 1 - 0.64772\ldots = 0.35227\ldots \approx 0.352.$$

A common error is $1 - P(X \le 4)$, which gives $P(X \ge 5)$ instead.`,
  ),
  numeric(
    meta("4-9-01", BOTH, "4.9", 2, 2, "P1", "Find"),
    String.raw`The masses of bags of flour are normally distributed with mean $250$ g and standard deviation $8$ g.

Find the probability that a randomly chosen bag has a mass less than $240$ g, correct to three significant figures.`,
    sf3(0.106),
    [
      M("m1", 1, String.raw`Normal cdf with lower bound $-\infty$ (or a very small number), upper $240$, $\mu = 250$, $\sigma = 8$`, ["normalcdf", "240"]),
      A("a1", 1, String.raw`$0.106$`, ["0.106"], ["m1"]),
    ],
    String.raw`$W \sim N(250, 8^{2})$. Using the GDC, $P(W < 240) = 0.10564\ldots \approx 0.106$.

(Equivalently $z = \frac{240 - 250}{8} = -1.25$ and $P(Z < -1.25) = 0.106$.)`,
  ),
  numeric(
    meta("4-9-02", BOTH, "4.9", 3, 3, "P1", "Find"),
    String.raw`The masses of bags of flour are normally distributed with mean $250$ g and standard deviation $8$ g. The heaviest $10\%$ of bags are sent back to be re-weighed.

Find the mass above which a bag is sent back, correct to three significant figures.`,
    sf3(260, "g"),
    [
      M("m1", 1, String.raw`Recognises $P(W > m) = 0.1$, i.e. $P(W < m) = 0.9$`, ["0.9", "0.1"]),
      M("m2", 1, String.raw`Uses inverse normal`, ["invNorm", "inverse normal"], ["m1"]),
      A("a1", 1, String.raw`$260$ g ($260.25\ldots$)`, ["260"], ["m2"]),
    ],
    String.raw`We need $m$ with $P(W > m) = 0.1$, so $P(W < m) = 0.9$. The GDC's inverse normal with area $0.9$, $\mu = 250$, $\sigma = 8$ gives $m = 260.25\ldots \approx 260$ g.

(Equivalently $m = 250 + 1.2816 \times 8$.)`,
  ),
  numeric(
    meta("4-10-01", BOTH, "4.10", 3, 4, "P1", "Calculate"),
    String.raw`Two judges scored six gymnasts.

| Gymnast | 1 | 2 | 3 | 4 | 5 | 6 |
|---|---|---|---|---|---|---|
| Judge A | 7.2 | 8.5 | 6.1 | 9.0 | 5.4 | 7.8 |
| Judge B | 6.8 | 8.9 | 6.5 | 8.2 | 5.0 | 7.0 |

Calculate Spearman's rank correlation coefficient, $r_s$, for the two judges' scores, correct to three significant figures.`,
    sf3(0.943),
    [
      A("a1", 1, String.raw`Ranks A: $3, 5, 2, 6, 1, 4$`, ["3, 5, 2, 6, 1, 4"]),
      A("a2", 1, String.raw`Ranks B: $3, 6, 2, 5, 1, 4$`, ["3, 6, 2, 5, 1, 4"]),
      M("m1", 1, String.raw`Finds Pearson's $r$ of the ranks on the GDC`, ["ranks"], ["a1", "a2"]),
      A("a3", 1, String.raw`$r_s = 0.943$`, ["0.943"], ["m1"]),
    ],
    String.raw`Rank each judge's scores from lowest (1) to highest (6):

| Gymnast | 1 | 2 | 3 | 4 | 5 | 6 |
|---|---|---|---|---|---|---|
| Rank A | 3 | 5 | 2 | 6 | 1 | 4 |
| Rank B | 3 | 6 | 2 | 5 | 1 | 4 |

$r_s$ is Pearson's $r$ applied to the ranks; the GDC gives $r_s = 0.9428\ldots \approx 0.943$. The judges agree very closely on the order of the gymnasts (they differ only in swapping gymnasts 2 and 4).`,
  ),
  written(
    meta("4-11-01", BOTH, "4.11", 3, 7, "P2", "Determine"),
    String.raw`A gym asked $160$ members about their favourite type of exercise.

| | Weights | Running | Swimming | Total |
|---|---|---|---|---|
| Under 30 | 28 | 35 | 17 | 80 |
| 30 and over | 32 | 20 | 28 | 80 |
| Total | 60 | 55 | 45 | 160 |

A $\chi^{2}$ test for independence is carried out at the $5\%$ significance level.

(a) Write down the null and alternative hypotheses. [1]

(b) Calculate the expected frequency of members under 30 who prefer running. [1]

(c) Write down the number of degrees of freedom. [1]

(d) Find the $\chi^{2}$ statistic and the $p$-value. [2]

(e) State the conclusion of the test, with a reason. [2]`,
    [
      A("a1", 1, String.raw`$H_0$: favourite exercise is independent of age group; $H_1$: they are not independent`, ["independent"]),
      A("a2", 1, String.raw`$\frac{80 \times 55}{160} = 27.5$`, ["27.5"]),
      A("a3", 1, String.raw`$(2-1)(3-1) = 2$`, ["2"]),
      A("a4", 1, String.raw`$\chi^{2} = 7.05$`, ["7.05", "7.046"]),
      A("a5", 1, String.raw`$p = 0.0295$`, ["0.0295"]),
      R("r1", 1, String.raw`$0.0295 < 0.05$ (or $7.05 > 5.991$)`, ["0.0295 < 0.05", "5.991"]),
      A("a6", 1, String.raw`Reject $H_0$: there is evidence that favourite exercise depends on age group`, ["reject", "depend"], ["r1"]),
    ],
    String.raw`**(a)** $H_0$: favourite type of exercise is independent of age group. $H_1$: favourite type of exercise is not independent of age group.

**(b)** $E = \frac{\text{row total} \times \text{column total}}{\text{grand total}} = \frac{80 \times 55}{160} = 27.5$.

**(c)** $\nu = (2 - 1)(3 - 1) = 2$.

**(d)** The expected frequencies are $30, 27.5, 22.5$ in each row. Using the GDC's $\chi^{2}$-test on the observed matrix:

$$\chi^{2}_{calc} = \sum \frac{(O - E)^{2}}{E} = 7.046\ldots \approx 7.05, \qquad p = 0.0295.$$

**(e)** $p = 0.0295 < 0.05$ (equivalently $7.05 > \chi^{2}_{crit} = 5.991$), so reject $H_0$. There is sufficient evidence at the $5\%$ level that favourite exercise depends on age group: younger members favour running more, older members swimming.`,
  ),
  numeric(
    meta("4-11-02", BOTH, "4.11", 3, 4, "P1", "Find"),
    String.raw`A gym asked $160$ members about their favourite type of exercise.

| | Weights | Running | Swimming |
|---|---|---|---|
| Under 30 | 28 | 35 | 17 |
| 30 and over | 32 | 20 | 28 |

A $\chi^{2}$ test for independence is carried out. Find the $p$-value of the test, correct to three significant figures.`,
    sf3(0.0295),
    [
      M("m1", 1, String.raw`Enters the $2 \times 3$ observed matrix into the GDC $\chi^{2}$-test`, ["matrix", "2 \\times 3"]),
      A("a1", 1, String.raw`Expected values $30, 27.5, 22.5$ in each row`, ["27.5", "22.5"]),
      A("a2", 1, String.raw`$\chi^{2} = 7.046\ldots$, $\nu = 2$`, ["7.05"], ["m1"]),
      A("a3", 1, String.raw`$p = 0.0295$`, ["0.0295"], ["a2"]),
    ],
    String.raw`Expected frequencies: each row total is $80 = \frac{160}{2}$, so each row expects half of each column total: $30, 27.5, 22.5$.

$$\chi^{2} = \frac{2^{2}}{30} + \frac{7.5^{2}}{27.5} + \frac{5.5^{2}}{22.5} + \frac{2^{2}}{30} + \frac{7.5^{2}}{27.5} + \frac{5.5^{2}}{22.5} = 7.046\ldots$$

With $\nu = (2-1)(3-1) = 2$ degrees of freedom, $p = 0.02950\ldots \approx 0.0295$.`,
  ),
  numeric(
    meta("4-11-03", BOTH, "4.11", 3, 4, "P2", "Calculate"),
    String.raw`To test whether a six-sided die is fair, it is rolled $120$ times.

| Score | 1 | 2 | 3 | 4 | 5 | 6 |
|---|---|---|---|---|---|---|
| Frequency | 15 | 22 | 18 | 25 | 17 | 23 |

Calculate the $\chi^{2}$ goodness-of-fit statistic for the hypothesis that the die is fair, correct to three significant figures.`,
    sf3(3.8),
    [
      A("a1", 1, String.raw`Expected frequency $20$ for each score`, ["20"]),
      M("m1", 1, String.raw`$\sum \frac{(O - E)^{2}}{E}$`, ["(O - E)^2"], ["a1"]),
      A("a2", 1, String.raw`$\frac{25 + 4 + 4 + 25 + 9 + 9}{20}$`, ["76/20"], ["m1"]),
      A("a3", 1, String.raw`$\chi^{2} = 3.80$`, ["3.8"], ["a2"]),
    ],
    String.raw`If the die is fair, each score is expected $\frac{120}{6} = 20$ times.

$$\chi^{2} = \frac{(15-20)^{2} + (22-20)^{2} + (18-20)^{2} + (25-20)^{2} + (17-20)^{2} + (23-20)^{2}}{20} = \frac{76}{20} = 3.80.$$

With $\nu = 6 - 1 = 5$, the $p$-value is $0.579$, far above $0.05$: there is no evidence that the die is biased.`,
  ),
  written(
    meta("4-11-04", BOTH, "4.11", 4, 6, "P2", "Determine"),
    String.raw`A farmer compares two fertilisers. The yields, in kg per plot, were:

| Fertiliser A | 12.1 | 13.4 | 11.8 | 14.2 | 12.9 | 13.7 |
|---|---|---|---|---|---|---|
| **Fertiliser B** | **11.2** | **12.0** | **11.5** | **12.8** | **11.9** | **12.3** |

Assume the yields are normally distributed with equal variances. A two-tailed $t$-test at the $5\%$ significance level is used to test whether the mean yields differ.

(a) State suitable hypotheses. [1]

(b) Find the $p$-value for the test. [2]

(c) State the conclusion in context. [2]

(d) Explain why the farmer might prefer to use a one-tailed test with $H_1: \mu_A > \mu_B$. [1]`,
    [
      A("a1", 1, String.raw`$H_0: \mu_A = \mu_B$, $H_1: \mu_A \ne \mu_B$`, ["\\mu_A = \\mu_B", "\\ne"]),
      M("m1", 1, String.raw`GDC 2-sample $t$-test, pooled`, ["pooled", "2-SampTTest"]),
      A("a2", 1, String.raw`$p = 0.0378$ ($t = 2.39$)`, ["0.0378", "2.39"], ["m1"]),
      R("r1", 1, String.raw`$0.0378 < 0.05$, so reject $H_0$`, ["reject", "< 0.05"]),
      A("a3", 1, String.raw`There is evidence the mean yields differ (A's is higher)`, ["differ", "higher"], ["r1"]),
      R(
        "r2",
        1,
        String.raw`If the farmer only wants to know whether A is better (e.g. has a reason to expect A to give higher yields), the one-tailed test answers that question (OWTTE)`,
        ["better", "one-tailed"],
      ),
    ],
    String.raw`**(a)** $H_0: \mu_A = \mu_B$; $H_1: \mu_A \ne \mu_B$, where $\mu$ is the population mean yield per plot.

**(b)** GDC 2-sample $t$-test, pooled: $\bar{x}_A = 13.02$, $\bar{x}_B = 11.95$, $t = 2.392\ldots$, $\nu = 10$, $p = 0.0378$.

**(c)** $0.0378 < 0.05$, so $H_0$ is rejected: at the $5\%$ level there is evidence that the two fertilisers give different mean yields, with A appearing to give the higher yield.

**(d)** The farmer's real question is whether A is *better* than B, and the sample already suggests A is higher; a one-tailed test with $H_1: \mu_A > \mu_B$ tests exactly that (and would give $p = 0.0189$). The direction must be decided before looking at the data.`,
  ),
];

// ---------------------------------------------------------------------------
// Topic 5: Calculus (SL)
// ---------------------------------------------------------------------------
const topic5: QuestionInput[] = [
  written(
    meta("5-1-01", BOTH, "5.1", 2, 4, "P1", "Interpret"),
    String.raw`The volume of water, $V$ litres, in a tank $t$ minutes after a tap is opened is given by $V(t)$.

(a) Interpret the statement $\frac{dV}{dt} = -12$ when $t = 5$. [2]

(b) The table shows values of $\frac{V(5 + h) - V(5)}{h}$ for decreasing values of $h$.

| $h$ | $1$ | $0.1$ | $0.01$ | $0.001$ |
|---|---|---|---|---|
| $\frac{V(5 + h) - V(5)}{h}$ | $-11.2$ | $-11.92$ | $-11.992$ | $-11.9992$ |

Explain how the table supports the value of $\frac{dV}{dt}$ at $t = 5$ in part (a). [2]`,
    [
      R("r1", 1, String.raw`Rate of change: five minutes after the tap is opened, the volume is decreasing`, ["decreasing"]),
      A("a1", 1, String.raw`at $12$ litres per minute (units needed)`, ["12 litres per minute", "litres per minute"]),
      R("r2", 1, String.raw`Each entry is the gradient of a chord from $t = 5$ to $t = 5 + h$ (average rate of change)`, ["chord", "average rate"]),
      R("r3", 1, String.raw`As $h \to 0$ the values approach $-12$, the gradient of the tangent / limit (OWTTE)`, ["approach", "limit", "-12"]),
    ],
    String.raw`**(a)** $\frac{dV}{dt}$ is the instantaneous rate of change of volume with respect to time. At $t = 5$ minutes the water is **leaving** the tank (negative rate) at $12$ litres per minute.

**(b)** Each entry is the average rate of change over $[5, 5 + h]$, the gradient of a chord. As $h$ gets smaller the chord approaches the tangent at $t = 5$, and the values $-11.2, -11.92, -11.992, \ldots$ tend to the limit $-12$, which is the derivative.`,
  ),
  written(
    meta("5-2-01", BOTH, "5.2", 2, 4, "P1", "Find"),
    String.raw`Let $f(x) = x^{3} - 6x^{2} + 5$.

Find the set of values of $x$ for which $f$ is decreasing.`,
    [
      A("a1", 1, String.raw`$f'(x) = 3x^{2} - 12x$`, ["3x^2 - 12x"]),
      M("m1", 1, String.raw`Sets $f'(x) < 0$ (or finds where $f'(x) = 0$)`, ["f'(x) < 0"], ["a1"]),
      A("a2", 1, String.raw`Critical values $x = 0$ and $x = 4$`, ["0", "4"], ["m1"]),
      A("a3", 1, String.raw`$0 < x < 4$`, ["0 < x < 4"], ["a2"]),
    ],
    String.raw`$f'(x) = 3x^{2} - 12x = 3x(x - 4)$.

$f$ is decreasing where $f'(x) < 0$. The graph of $f'$ is a positive parabola with zeros at $0$ and $4$, so it is negative between them: $0 < x < 4$ (accept $0 \le x \le 4$).`,
  ),
  numeric(
    meta("5-3-01", BOTH, "5.3", 2, 3, "P1", "Find"),
    String.raw`Let $f(x) = 4x^{3} - \frac{5}{x^{2}} + 2x$, $x \ne 0$.

Find $f'(1)$.`,
    exact(24),
    [
      M("m1", 1, String.raw`Rewrites $\frac{5}{x^{2}} = 5x^{-2}$`, ["5x^{-2}"]),
      A("a1", 1, String.raw`$f'(x) = 12x^{2} + 10x^{-3} + 2$`, ["12x^2", "10x^{-3}"], ["m1"]),
      A("a2", 1, String.raw`$f'(1) = 24$`, ["24"], ["a1"]),
    ],
    String.raw`Write $f(x) = 4x^{3} - 5x^{-2} + 2x$ and differentiate term by term:

$$f'(x) = 12x^{2} + 10x^{-3} + 2 = 12x^{2} + \frac{10}{x^{3}} + 2.$$

$f'(1) = 12 + 10 + 2 = 24$.`,
  ),
  numeric(
    meta("5-4-01", BOTH, "5.4", 3, 5, "P1", "Find"),
    String.raw`The curve $y = x^{2} - 3x + 4$ has a normal at the point where $x = 3$.

Find the $x$-coordinate of the point where this normal crosses the $x$-axis.`,
    exact(15),
    [
      A("a1", 1, String.raw`Point $(3, 4)$`, ["(3, 4)"]),
      A("a2", 1, String.raw`$\frac{dy}{dx} = 2x - 3 = 3$ at $x = 3$`, ["2x - 3", "3"]),
      M("m1", 1, String.raw`Normal gradient $-\frac{1}{3}$`, ["-1/3"], ["a2"]),
      M("m2", 1, String.raw`$y - 4 = -\frac{1}{3}(x - 3)$ with $y = 0$`, ["y - 4"], ["m1"]),
      A("a3", 1, String.raw`$x = 15$`, ["15"], ["m2"]),
    ],
    String.raw`At $x = 3$: $y = 9 - 9 + 4 = 4$, so the point is $(3, 4)$. The tangent gradient is $\frac{dy}{dx} = 2(3) - 3 = 3$, so the normal has gradient $-\frac{1}{3}$.

Normal: $y - 4 = -\frac{1}{3}(x - 3)$. Setting $y = 0$: $-4 = -\frac{1}{3}(x - 3)$, so $x - 3 = 12$ and $x = 15$.`,
  ),
  numeric(
    meta("5-5-01", BOTH, "5.5", 2, 3, "P1", "Find"),
    String.raw`The region $R$ is enclosed by the curve $y = 6 + x - x^{2}$ and the $x$-axis.

Find the area of $R$, correct to three significant figures.`,
    sf3(20.8),
    [
      A("a1", 1, String.raw`Limits $x = -2$ and $x = 3$`, ["-2", "3"]),
      M("m1", 1, String.raw`$\int_{-2}^{3} (6 + x - x^{2})\,dx$`, ["\\int_{-2}^{3}"], ["a1"]),
      A("a2", 1, String.raw`$20.8$ ($\frac{125}{6}$)`, ["20.8", "125/6"], ["m1"]),
    ],
    String.raw`The curve meets the $x$-axis where $6 + x - x^{2} = 0$, i.e. $(3 - x)(2 + x) = 0$, so $x = -2$ and $x = 3$. The curve is above the axis between them, so

$$A = \int_{-2}^{3} (6 + x - x^{2})\,dx = \left[6x + \frac{x^{2}}{2} - \frac{x^{3}}{3}\right]_{-2}^{3} = 13.5 - \left(-\frac{22}{3}\right) = \frac{125}{6} \approx 20.8.$$

(On the GDC, use the numerical integral function with these limits.)`,
  ),
  numeric(
    meta("5-5-02", BOTH, "5.5", 3, 4, "P1", "Find"),
    String.raw`A function $f$ has derivative $f'(x) = 6x^{2} - 4x + 1$, and $f(2) = 9$.

Find $f(3)$.`,
    exact(38),
    [
      M("m1", 1, String.raw`Integrates: $f(x) = 2x^{3} - 2x^{2} + x + c$`, ["2x^3 - 2x^2 + x"]),
      M("m2", 1, String.raw`Substitutes $f(2) = 9$: $16 - 8 + 2 + c = 9$`, ["c = -1"], ["m1"]),
      A("a1", 1, String.raw`$c = -1$`, ["-1"], ["m2"]),
      A("a2", 1, String.raw`$f(3) = 38$`, ["38"], ["a1"]),
    ],
    String.raw`Anti-differentiate term by term (remembering the constant):

$$f(x) = 2x^{3} - 2x^{2} + x + c.$$

$f(2) = 16 - 8 + 2 + c = 9$, so $c = -1$. Then $f(3) = 54 - 18 + 3 - 1 = 38$.`,
  ),
  numeric(
    meta("5-6-01", BOTH, "5.6", 2, 4, "P1", "Find"),
    String.raw`Let $f(x) = 2x^{3} - 9x^{2} + 12x + 1$.

Find the value of $f$ at its local maximum.`,
    exact(6),
    [
      A("a1", 1, String.raw`$f'(x) = 6x^{2} - 18x + 12$`, ["6x^2 - 18x + 12"]),
      M("m1", 1, String.raw`Solves $f'(x) = 0$: $x = 1$ or $x = 2$`, ["x = 1", "x = 2"], ["a1"]),
      R("r1", 1, String.raw`Justifies that $x = 1$ is the maximum (sign of $f'$ changes from $+$ to $-$, or graph)`, ["+ to -", "maximum"]),
      A("a2", 1, String.raw`$f(1) = 6$`, ["6"], ["m1"]),
    ],
    String.raw`$f'(x) = 6x^{2} - 18x + 12 = 6(x - 1)(x - 2)$, so the stationary points are at $x = 1$ and $x = 2$.

$f'(0) = 12 > 0$, $f'(1.5) = -1.5 < 0$, $f'(3) = 12 > 0$: the gradient changes from positive to negative at $x = 1$, so $x = 1$ is the local maximum (and $x = 2$ the local minimum).

$f(1) = 2 - 9 + 12 + 1 = 6$.`,
  ),
  numeric(
    meta("5-7-01", BOTH, "5.7", 4, 6, "P2", "Find"),
    String.raw`A closed cylindrical can must hold $500\ \text{cm}^3$. Its radius is $r$ cm.

(a) Show that the surface area is $A = 2\pi r^{2} + \frac{1000}{r}$.

(b) Hence find the minimum surface area of the can, correct to three significant figures.`,
    sf3(349, "cm^2"),
    [
      M("m1", 1, String.raw`$\pi r^{2}h = 500 \implies h = \frac{500}{\pi r^{2}}$`, ["h = 500"]),
      M("m2", 1, String.raw`Substitutes into $A = 2\pi r^{2} + 2\pi r h$ to obtain the given expression`, ["2\\pi r h"], ["m1"]),
      A("a1", 1, String.raw`$\frac{dA}{dr} = 4\pi r - \frac{1000}{r^{2}}$`, ["4\\pi r - 1000"]),
      M("m3", 1, String.raw`Sets $\frac{dA}{dr} = 0$ (or uses GDC minimum)`, ["= 0", "minimum"], ["a1"]),
      A("a2", 1, String.raw`$r = 4.30$ cm`, ["4.30"], ["m3"]),
      A("a3", 1, String.raw`$A = 349\ \text{cm}^2$`, ["349"], ["a2"]),
    ],
    String.raw`**(a)** Volume: $\pi r^{2}h = 500$, so $h = \frac{500}{\pi r^{2}}$. Surface area (two ends and the curved side):

$$A = 2\pi r^{2} + 2\pi r h = 2\pi r^{2} + 2\pi r \cdot \frac{500}{\pi r^{2}} = 2\pi r^{2} + \frac{1000}{r}.$$

**(b)** $\frac{dA}{dr} = 4\pi r - \frac{1000}{r^{2}} = 0 \implies r^{3} = \frac{250}{\pi} \implies r = 4.3012\ldots$ cm.

$A = 2\pi(4.3012)^{2} + \frac{1000}{4.3012} = 348.73\ldots \approx 349\ \text{cm}^2$. (The GDC minimum of the graph of $A$ for $r > 0$ gives the same point; $\frac{dA}{dr}$ changes from negative to positive, so it is a minimum.)`,
  ),
  numeric(
    meta("5-7-02", BOTH, "5.7", 3, 4, "P2", "Find"),
    String.raw`An open box is made from a $30$ cm by $20$ cm sheet of metal by cutting a square of side $x$ cm from each corner and folding up the sides.

Find the maximum possible volume of the box, in $\text{cm}^3$, correct to three significant figures.`,
    sf3(1060, "cm^3"),
    [
      A("a1", 1, String.raw`$V = x(30 - 2x)(20 - 2x)$`, ["x(30 - 2x)(20 - 2x)"]),
      M("m1", 1, String.raw`Uses GDC maximum on $0 < x < 10$ or solves $\frac{dV}{dx} = 12x^{2} - 200x + 600 = 0$`, ["12x^2 - 200x + 600", "maximum"], ["a1"]),
      A("a2", 1, String.raw`$x = 3.92$`, ["3.92"], ["m1"]),
      A("a3", 1, String.raw`$V = 1060\ \text{cm}^3$ ($1056.3\ldots$)`, ["1060", "1056"], ["a2"]),
    ],
    String.raw`The base measures $(30 - 2x)$ by $(20 - 2x)$ and the height is $x$, so $V = x(30 - 2x)(20 - 2x) = 4x^{3} - 100x^{2} + 600x$ for $0 < x < 10$.

$\frac{dV}{dx} = 12x^{2} - 200x + 600 = 0$ gives $x = 3.9237\ldots$ (the other root, $12.7$, is outside the domain).

$V_{max} = 1056.3\ldots \approx 1060\ \text{cm}^3$ (3 s.f.).`,
  ),
  numeric(
    meta("5-8-01", BOTH, "5.8", 2, 3, "P1", "Estimate"),
    String.raw`The depth of a river, $d$ m, was measured at $2$ m intervals across its $12$ m width.

| Distance from bank (m) | 0 | 2 | 4 | 6 | 8 | 10 | 12 |
|---|---|---|---|---|---|---|---|
| Depth (m) | 0 | 1.2 | 2.1 | 2.6 | 1.9 | 0.8 | 0 |

Use the trapezoidal rule with the seven measurements to estimate the cross-sectional area of the river, in $\text{m}^2$.`,
    exact(17.2, "m^2"),
    [
      M("m1", 1, String.raw`$h = 2$ in $\frac{h}{2}\left[(y_0 + y_6) + 2(y_1 + \dots + y_5)\right]$`, ["h = 2", "\\frac{h}{2}"]),
      A("a1", 1, String.raw`$1 \times \left[0 + 0 + 2(8.6)\right]$`, ["8.6"], ["m1"]),
      A("a2", 1, String.raw`$17.2\ \text{m}^2$`, ["17.2"], ["a1"]),
    ],
    String.raw`With strip width $h = 2$:

$$A \approx \frac{2}{2}\left[(0 + 0) + 2(1.2 + 2.1 + 2.6 + 1.9 + 0.8)\right] = 1 \times 2(8.6) = 17.2\ \text{m}^2.$$`,
  ),
];
// ---------------------------------------------------------------------------
// AHL topic 1: Number and algebra (HL only)
// ---------------------------------------------------------------------------
const ahl1: QuestionInput[] = [
  numeric(
    meta("1-9-01", HL, "1.9", 3, 5, "P1", "Solve"),
    String.raw`Solve the equation $2\ln x - \ln(x + 6) = \ln 2$, for $x > 0$. Give your answer correct to three significant figures.`,
    sf3(4.61),
    [
      M("m1", 1, String.raw`Uses $2\ln x = \ln x^{2}$`, ["\\ln x^2"]),
      M("m2", 1, String.raw`Uses $\ln a - \ln b = \ln\frac{a}{b}$: $\ln\frac{x^{2}}{x + 6} = \ln 2$`, ["\\frac{x^2}{x + 6}"], ["m1"]),
      A("a1", 1, String.raw`$x^{2} - 2x - 12 = 0$`, ["x^2 - 2x - 12"], ["m2"]),
      A("a2", 1, String.raw`$x = 1 \pm \sqrt{13}$`, ["\\sqrt{13}"], ["a1"]),
      R("r1", 1, String.raw`Rejects the negative root; $x = 4.61$`, ["4.61", "reject"], ["a2"]),
    ],
    String.raw`Using the laws of logarithms:

$$\ln x^{2} - \ln(x + 6) = \ln 2 \implies \ln\frac{x^{2}}{x + 6} = \ln 2 \implies x^{2} = 2x + 12.$$

$x^{2} - 2x - 12 = 0$ gives $x = 1 \pm \sqrt{13}$. Since $\ln x$ needs $x > 0$, reject $1 - \sqrt{13} < 0$. So $x = 1 + \sqrt{13} = 4.6055\ldots \approx 4.61$.`,
  ),
  mcq(
    meta("1-10-01", HL, "1.10", 2, 1, "P1", "Identify"),
    String.raw`Which expression is equal to $\dfrac{\left(8x^{3/2}\right)^{2/3}}{2x^{-1/2}}$ for $x > 0$?`,
    [String.raw`$2x^{3/2}$`, String.raw`$2x^{1/2}$`, String.raw`$4x^{3/2}$`, String.raw`$\frac{8}{3}x^{3/2}$`],
    "A",
    [B("b1", 1, String.raw`A: $2x^{3/2}$`, ["2x^{3/2}"])],
    String.raw`$\left(8x^{3/2}\right)^{2/3} = 8^{2/3}x^{1} = 4x$. Dividing by $2x^{-1/2}$: $\frac{4}{2}x^{1 - (-1/2)} = 2x^{3/2}$, option **A**. (Option B subtracts the indices the wrong way.)`,
  ),
  numeric(
    meta("1-11-01", HL, "1.11", 2, 3, "P1", "Find"),
    String.raw`A pendulum swings $60$ cm on its first swing. Each swing after that is $85\%$ of the length of the previous one.

Find the total distance the pendulum travels before it comes to rest, assuming it swings indefinitely.`,
    exact(400, "cm"),
    [
      B("b1", 1, String.raw`$u_1 = 60$, $r = 0.85$ and $|r| < 1$`, ["0.85"]),
      M("m1", 1, String.raw`$S_\infty = \frac{60}{1 - 0.85}$`, ["S_\\infty", "1 - 0.85"]),
      A("a1", 1, String.raw`$400$ cm`, ["400"], ["m1"]),
    ],
    String.raw`The swing lengths form a geometric sequence with $u_1 = 60$ and $r = 0.85$. Since $|r| < 1$ the sum converges:

$$S_\infty = \frac{u_1}{1 - r} = \frac{60}{0.15} = 400\ \text{cm}.$$`,
  ),
  written(
    meta("1-12-01", HL, "1.12", 2, 5, "P1", "Find"),
    String.raw`Let $z_1 = 3 + 2i$ and $z_2 = 1 - 4i$.

(a) Find $z_1 z_2$ in the form $a + bi$. [2]

(b) Find $\dfrac{z_1}{z_2}$ in the form $a + bi$, where $a, b \in \mathbb{Q}$. [3]`,
    [
      M("m1", 1, String.raw`Expands $(3 + 2i)(1 - 4i)$ using $i^{2} = -1$`, ["i^2 = -1"]),
      A("a1", 1, String.raw`$11 - 10i$`, ["11 - 10i"], ["m1"]),
      M("m2", 1, String.raw`Multiplies numerator and denominator by $z_2^* = 1 + 4i$`, ["1 + 4i", "conjugate"]),
      A("a2", 1, String.raw`Numerator $-5 + 14i$ and denominator $17$`, ["-5 + 14i", "17"], ["m2"]),
      A("a3", 1, String.raw`$-\frac{5}{17} + \frac{14}{17}i$`, ["-5/17", "14/17"], ["a2"]),
    ],
    String.raw`**(a)** $(3 + 2i)(1 - 4i) = 3 - 12i + 2i - 8i^{2} = 3 - 10i + 8 = 11 - 10i$.

**(b)** Multiply by the conjugate of the denominator:

$$\frac{3 + 2i}{1 - 4i} \cdot \frac{1 + 4i}{1 + 4i} = \frac{3 + 12i + 2i + 8i^{2}}{1 + 16} = \frac{-5 + 14i}{17} = -\frac{5}{17} + \frac{14}{17}i.$$`,
  ),
  numeric(
    meta("1-13-01", HL, "1.13", 4, 5, "P2", "Find"),
    String.raw`Two alternating voltages in a circuit are $V_1 = 10\cos(\omega t)$ and $V_2 = 6\cos\left(\omega t + \frac{\pi}{3}\right)$. They can be represented as the real parts of $10e^{i\omega t}$ and $6e^{i(\omega t + \pi/3)}$.

By writing $V_1 + V_2$ as the real part of $Re^{i(\omega t + \alpha)}$, find the amplitude $R$ of the combined voltage.`,
    exact(14),
    [
      M("m1", 1, String.raw`Adds the phasors: $10 + 6e^{i\pi/3}$`, ["10 + 6e^{i\\pi/3}"]),
      A("a1", 1, String.raw`$6e^{i\pi/3} = 3 + 3\sqrt{3}i$`, ["3 + 3\\sqrt{3}i"], ["m1"]),
      A("a2", 1, String.raw`$13 + 3\sqrt{3}i$`, ["13 + 3\\sqrt{3}i"], ["a1"]),
      M("m2", 1, String.raw`Modulus $\sqrt{13^{2} + 27}$`, ["\\sqrt{169 + 27}", "196"], ["a2"]),
      A("a3", 1, String.raw`$R = 14$`, ["14"], ["m2"]),
    ],
    String.raw`$V_1 + V_2 = \text{Re}\left[e^{i\omega t}\left(10 + 6e^{i\pi/3}\right)\right]$, so the amplitude is $\left|10 + 6e^{i\pi/3}\right|$.

$6e^{i\pi/3} = 6\cos\frac{\pi}{3} + 6i\sin\frac{\pi}{3} = 3 + 3\sqrt{3}i$, so $10 + 6e^{i\pi/3} = 13 + 3\sqrt{3}i$.

$$R = \sqrt{13^{2} + (3\sqrt{3})^{2}} = \sqrt{169 + 27} = \sqrt{196} = 14.$$

(The phase shift is $\alpha = \arctan\frac{3\sqrt{3}}{13} \approx 0.380$ rad.)`,
  ),
  written(
    meta("1-14-01", HL, "1.14", 3, 6, "P1", "Solve"),
    String.raw`Let $A = \begin{pmatrix} 2 & 1 & -1 \\ 1 & 3 & 2 \\ 0 & 1 & 4 \end{pmatrix}$.

(a) Find $\det A$, and explain why $A$ has an inverse. [2]

(b) Hence, by writing the system below as a matrix equation, solve it. [4]
$$2x + y - z = 1, \qquad x + 3y + 2z = 13, \qquad y + 4z = 14$$`,
    [
      A("a1", 1, String.raw`$\det A = 15$`, ["15"]),
      R("r1", 1, String.raw`$\det A \ne 0$, so $A^{-1}$ exists`, ["\\ne 0"]),
      M("m1", 1, String.raw`Writes $A\begin{pmatrix} x \\ y \\ z \end{pmatrix} = \begin{pmatrix} 1 \\ 13 \\ 14 \end{pmatrix}$`, ["matrix equation"]),
      M("m2", 1, String.raw`$\begin{pmatrix} x \\ y \\ z \end{pmatrix} = A^{-1}\begin{pmatrix} 1 \\ 13 \\ 14 \end{pmatrix}$ (GDC)`, ["A^{-1}"], ["m1"]),
      A("a2", 2, String.raw`$x = 1$, $y = 2$, $z = 3$ (A1 for two correct, A2 for all three)`, ["x = 1", "y = 2", "z = 3"], ["m2"]),
    ],
    String.raw`**(a)** Expanding along the first row:

$$\det A = 2(12 - 2) - 1(4 - 0) + (-1)(1 - 0) = 20 - 4 - 1 = 15.$$

Since $\det A \ne 0$, $A$ is non-singular and $A^{-1}$ exists.

**(b)** The system is $A\mathbf{x} = \mathbf{b}$ with $\mathbf{b} = \begin{pmatrix} 1 \\ 13 \\ 14 \end{pmatrix}$, so $\mathbf{x} = A^{-1}\mathbf{b}$. With the GDC:

$$\begin{pmatrix} x \\ y \\ z \end{pmatrix} = \begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}.$$

Check: $2 + 2 - 3 = 1$, $1 + 6 + 6 = 13$, $2 + 12 = 14$.`,
  ),
  written(
    meta("1-15-01", HL, "1.15", 4, 7, "P2", "Show that"),
    String.raw`Let $M = \begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$.

(a) Find the eigenvalues of $M$. [2]

(b) Find an eigenvector for each eigenvalue. [2]

(c) Hence write $M$ in the form $PDP^{-1}$, where $D$ is diagonal, and show that the top-left entry of $M^{n}$ is $\frac{2 \times 5^{n} + 2^{n}}{3}$. [3]`,
    [
      M("m1", 1, String.raw`$\det(M - \lambda I) = (4 - \lambda)(3 - \lambda) - 2 = \lambda^{2} - 7\lambda + 10 = 0$`, ["\\lambda^2 - 7\\lambda + 10"]),
      A("a1", 1, String.raw`$\lambda = 2$, $\lambda = 5$`, ["2", "5"], ["m1"]),
      A("a2", 1, String.raw`$\lambda = 5$: $\begin{pmatrix} 1 \\ 1 \end{pmatrix}$ (or any multiple)`, ["(1, 1)"]),
      A("a3", 1, String.raw`$\lambda = 2$: $\begin{pmatrix} 1 \\ -2 \end{pmatrix}$ (or any multiple)`, ["(1, -2)"]),
      A(
        "a4",
        1,
        String.raw`$P = \begin{pmatrix} 1 & 1 \\ 1 & -2 \end{pmatrix}$, $D = \begin{pmatrix} 5 & 0 \\ 0 & 2 \end{pmatrix}$ (columns in matching order)`,
        ["P =", "D ="],
      ),
      M("m2", 1, String.raw`$M^{n} = PD^{n}P^{-1}$ with $P^{-1} = \frac{1}{3}\begin{pmatrix} 2 & 1 \\ 1 & -1 \end{pmatrix}$`, ["D^n", "P^{-1}"]),
      A("a5", 1, String.raw`Multiplies out to obtain $\frac{2 \times 5^{n} + 2^{n}}{3}$ (AG)`, ["2 \\times 5^n + 2^n"], ["m2"]),
    ],
    String.raw`**(a)** $\det(M - \lambda I) = (4 - \lambda)(3 - \lambda) - 2 = \lambda^{2} - 7\lambda + 10 = (\lambda - 5)(\lambda - 2)$, so $\lambda = 5$ or $\lambda = 2$.

**(b)** $\lambda = 5$: $(4 - 5)x + y = 0 \implies y = x$, eigenvector $\begin{pmatrix} 1 \\ 1 \end{pmatrix}$.
$\lambda = 2$: $2x + y = 0 \implies y = -2x$, eigenvector $\begin{pmatrix} 1 \\ -2 \end{pmatrix}$.

**(c)** $P = \begin{pmatrix} 1 & 1 \\ 1 & -2 \end{pmatrix}$, $D = \begin{pmatrix} 5 & 0 \\ 0 & 2 \end{pmatrix}$, $P^{-1} = \frac{1}{-3}\begin{pmatrix} -2 & -1 \\ -1 & 1 \end{pmatrix} = \frac{1}{3}\begin{pmatrix} 2 & 1 \\ 1 & -1 \end{pmatrix}$.

$$M^{n} = PD^{n}P^{-1} = \frac{1}{3}\begin{pmatrix} 5^{n} & 2^{n} \\ 5^{n} & -2^{n+1} \end{pmatrix}\begin{pmatrix} 2 & 1 \\ 1 & -1 \end{pmatrix},$$

whose top-left entry is $\frac{2 \times 5^{n} + 2^{n}}{3}$. Check: $n = 1$ gives $\frac{10 + 2}{3} = 4$.`,
  ),
  numeric(
    meta("1-15-02", HL, "1.15", 3, 3, "P1", "Find"),
    String.raw`Let $M = \begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$, which has eigenvalues $5$ and $2$.

Find the top-left entry of $M^{6}$.`,
    exact(10438),
    [
      M("m1", 1, String.raw`Uses the GDC to raise $M$ to the power $6$, or $PD^{6}P^{-1}$`, ["M^6", "D^6"]),
      A("a1", 1, String.raw`$M^{6} = \begin{pmatrix} 10438 & 5187 \\ 10374 & 5251 \end{pmatrix}$`, ["10438"], ["m1"]),
      A("a2", 1, String.raw`$10438$`, ["10438"], ["a1"]),
    ],
    String.raw`On the GDC, $M^{6} = \begin{pmatrix} 10438 & 5187 \\ 10374 & 5251 \end{pmatrix}$.

By diagonalisation, the top-left entry is $\frac{2 \times 5^{6} + 2^{6}}{3} = \frac{31250 + 64}{3} = 10438$.`,
  ),
];

// ---------------------------------------------------------------------------
// AHL topic 2: Functions (HL only)
// ---------------------------------------------------------------------------
const ahl2: QuestionInput[] = [
  written(
    meta("2-7-01", HL, "2.7", 3, 6, "P1", "Find"),
    String.raw`Let $f(x) = 2x + 3$ and $g(x) = (x - 2)^{2} + 1$.

(a) Find $(g \circ f)(1)$. [2]

(b) $g$ does not have an inverse on its whole domain $\mathbb{R}$. Explain why. [1]

(c) The domain of $g$ is restricted to $x \ge 2$. Find $g^{-1}(x)$ and state its domain. [3]`,
    [
      M("m1", 1, String.raw`$f(1) = 5$`, ["5"]),
      A("a1", 1, String.raw`$g(5) = 10$`, ["10"], ["m1"]),
      R("r1", 1, String.raw`$g$ is not one-to-one (e.g. $g(1) = g(3) = 2$): it fails the horizontal line test`, ["one-to-one", "horizontal line"]),
      M("m2", 1, String.raw`Swaps and rearranges: $x = (y - 2)^{2} + 1$`, ["(y - 2)^2"]),
      A("a2", 1, String.raw`$g^{-1}(x) = 2 + \sqrt{x - 1}$ (positive root)`, ["2 + \\sqrt{x - 1}"], ["m2"]),
      A("a3", 1, String.raw`Domain $x \ge 1$`, ["x \\ge 1"]),
    ],
    String.raw`**(a)** $(g \circ f)(1) = g(f(1)) = g(5) = 9 + 1 = 10$.

**(b)** $g$ is a parabola with vertex $(2, 1)$: it is many-to-one (for example $g(1) = g(3) = 2$), so an inverse could not decide which input to return.

**(c)** For $x \ge 2$, $g$ is one-to-one with range $g(x) \ge 1$. Swap: $x = (y - 2)^{2} + 1 \implies y - 2 = \sqrt{x - 1}$ (positive root, since $y \ge 2$). So $g^{-1}(x) = 2 + \sqrt{x - 1}$, with domain $x \ge 1$ (the range of $g$).`,
  ),
  mcq(
    meta("2-8-01", HL, "2.8", 3, 1, "P1", "Identify"),
    String.raw`The point $(4, -2)$ lies on the graph of $y = f(x)$. Which point must lie on the graph of $y = 3f(x - 2) + 1$?`,
    ["$(2, -5)$", "$(6, -5)$", "$(6, -6)$", "$(2, -7)$"],
    "B",
    [B("b1", 1, String.raw`B: $(6, -5)$`, ["(6, -5)"])],
    String.raw`$x - 2$ inside the function translates the graph $2$ units **right**: $x = 4 \to 6$. Then the vertical stretch by factor $3$ and translation up by $1$ act on the $y$-coordinate in that order: $-2 \to -6 \to -5$. The point is $(6, -5)$, option **B**. (Option A moves left; option C forgets the $+1$.)`,
  ),
  numeric(
    meta("2-9-01", HL, "2.9", 3, 4, "P2", "Find"),
    String.raw`The number of fish in a lake $t$ years after it was stocked is modelled by the logistic function
$$P(t) = \frac{2400}{1 + 11e^{-0.35t}}, \quad t \ge 0.$$

Find the time it takes for the number of fish to reach $2000$, correct to three significant figures.`,
    sf3(11.4, "years"),
    [
      M("m1", 1, String.raw`Sets $P(t) = 2000$ or uses GDC intersection`, ["2000"]),
      A("a1", 1, String.raw`$11e^{-0.35t} = 0.2$`, ["0.2"], ["m1"]),
      A("a2", 1, String.raw`$t = \frac{\ln 55}{0.35}$`, ["\\ln 55"], ["a1"]),
      A("a3", 1, String.raw`$t = 11.4$ years`, ["11.4"], ["a2"]),
    ],
    String.raw`$$\frac{2400}{1 + 11e^{-0.35t}} = 2000 \implies 1 + 11e^{-0.35t} = 1.2 \implies e^{-0.35t} = \frac{0.2}{11} = \frac{1}{55}.$$

$t = \frac{\ln 55}{0.35} = 11.449\ldots \approx 11.4$ years.

The model starts at $P(0) = \frac{2400}{12} = 200$ fish and approaches the carrying capacity of $2400$ fish.`,
  ),
  numeric(
    meta("2-10-01", HL, "2.10", 3, 4, "P2", "Find"),
    String.raw`A student measures the period $T$ seconds of a pendulum for different lengths $L$ m. Plotting $\log_{10} T$ against $\log_{10} L$ gives points close to the straight line
$$\log_{10} T = 0.502\log_{10} L + 0.303.$$

The relationship can be written as $T = aL^{b}$. Use the line to find the period when $L = 2.5$ m, correct to three significant figures.`,
    sf3(3.18, "s"),
    [
      B("b1", 1, String.raw`$b = 0.502$`, ["0.502"]),
      A("a1", 1, String.raw`$a = 10^{0.303} = 2.009\ldots$`, ["10^{0.303}", "2.01"]),
      M("m1", 1, String.raw`Substitutes $L = 2.5$: $2.009 \times 2.5^{0.502}$ (or uses the line with $\log_{10} 2.5$)`, ["2.5^{0.502}", "\\log 2.5"]),
      A("a2", 1, String.raw`$T = 3.18$ s`, ["3.18"], ["m1"]),
    ],
    String.raw`A straight line on a log–log graph means a power law. From $\log_{10} T = 0.502\log_{10} L + 0.303$:

$$T = 10^{0.303} \times L^{0.502} = 2.0091\ldots \times L^{0.502},$$

so $a \approx 2.01$ and $b = 0.502$ (close to the theoretical $\frac{1}{2}$, since $T = 2\pi\sqrt{L/g}$).

$T(2.5) = 2.0091 \times 2.5^{0.502} = 3.1824\ldots \approx 3.18$ s. (Directly: $\log_{10} T = 0.502(0.39794) + 0.303 = 0.50277$, $T = 10^{0.50277}$.)`,
  ),
];

// ---------------------------------------------------------------------------
// AHL topic 3: Geometry, vectors and graph theory (HL only)
// ---------------------------------------------------------------------------
const roadNetwork = String.raw`| Edge | AB | AC | AD | BC | BE | CD | CE | DE | DF | EF |
|---|---|---|---|---|---|---|---|---|---|---|
| Length (km) | 7 | 5 | 9 | 4 | 8 | 6 | 10 | 3 | 11 | 5 |`;

const deliveryTable = String.raw`| | P | Q | R | S | T |
|---|---|---|---|---|---|
| **P** | – | 12 | 9 | 15 | 8 |
| **Q** | 12 | – | 10 | 7 | 14 |
| **R** | 9 | 10 | – | 11 | 6 |
| **S** | 15 | 7 | 11 | – | 13 |
| **T** | 8 | 14 | 6 | 13 | – |`;

const ahl3: QuestionInput[] = [
  numeric(
    meta("3-7-01", HL, "3.7", 3, 4, "P1", "Find"),
    String.raw`A circle has centre $O$ and radius $10$ cm. The chord $[AB]$ subtends an angle of $1.2$ radians at $O$.

Find the area of the minor segment cut off by the chord $[AB]$, correct to three significant figures.`,
    sf3(13.4, "cm^2"),
    [
      M("m1", 1, String.raw`Sector area $\frac{1}{2}(10^{2})(1.2) = 60$`, ["60"]),
      M("m2", 1, String.raw`Triangle area $\frac{1}{2}(10^{2})\sin 1.2$ (radian mode)`, ["\\sin 1.2"]),
      A("a1", 1, String.raw`Triangle $= 46.60\ldots$`, ["46.6"], ["m2"]),
      A("a2", 1, String.raw`Segment $= 13.4\ \text{cm}^2$`, ["13.4"], ["a1"]),
    ],
    String.raw`Segment = sector − triangle:

$$A = \frac{1}{2}r^{2}\theta - \frac{1}{2}r^{2}\sin\theta = 50(1.2) - 50\sin 1.2 = 60 - 46.602\ldots = 13.398\ldots \approx 13.4\ \text{cm}^2.$$

The GDC must be in radian mode for $\sin 1.2$.`,
  ),
  numeric(
    meta("3-8-01", HL, "3.8", 4, 4, "P2", "Solve"),
    String.raw`Solve the equation $3\sin x - 2\cos x = -1$ for $0 \le x \le 2\pi$, and give the **smallest** solution, correct to three significant figures.`,
    sf3(0.307),
    [
      M("m1", 1, String.raw`Graphs $y = 3\sin x - 2\cos x$ and $y = -1$ in radian mode (or uses a solver)`, ["radian", "intersect"]),
      A("a1", 1, String.raw`Two solutions in the interval`, ["two"], ["m1"]),
      A("a2", 1, String.raw`$x = 4.01$ (second solution)`, ["4.01"], ["m1"]),
      A("a3", 1, String.raw`Smallest $x = 0.307$`, ["0.307"], ["m1"]),
    ],
    String.raw`Graph $y = 3\sin x - 2\cos x$ on $[0, 2\pi]$ (radian mode) with $y = -1$. The graphs meet twice, at $x = 0.30697\ldots$ and $x = 4.0106\ldots$.

Smallest solution: $x \approx 0.307$. Check: $3\sin 0.307 - 2\cos 0.307 = 0.906 - 1.906 = -1.00$.`,
  ),
  numeric(
    meta("3-9-01", HL, "3.9", 3, 4, "P1", "Find"),
    String.raw`A triangle of area $4$ square units is rotated $90^\circ$ anticlockwise about the origin and then enlarged with scale factor $3$, centre the origin.

(a) Write down the matrix of the single transformation equivalent to these two.

(b) Find the area of the image of the triangle.`,
    exact(36),
    [
      A("a1", 1, String.raw`Rotation matrix $\begin{pmatrix} 0 & -1 \\ 1 & 0 \end{pmatrix}$`, ["0 & -1"]),
      A("a2", 1, String.raw`Combined $\begin{pmatrix} 0 & -3 \\ 3 & 0 \end{pmatrix}$ (enlargement matrix on the left)`, ["0 & -3"], ["a1"]),
      M("m1", 1, String.raw`Area of image $= |\det| \times 4 = 9 \times 4$`, ["\\det", "9"]),
      A("a3", 1, String.raw`$36$ square units`, ["36"], ["m1"]),
    ],
    String.raw`**(a)** Rotation $R = \begin{pmatrix} 0 & -1 \\ 1 & 0 \end{pmatrix}$, enlargement $E = \begin{pmatrix} 3 & 0 \\ 0 & 3 \end{pmatrix}$. The rotation is applied first, so the single matrix is $ER = \begin{pmatrix} 0 & -3 \\ 3 & 0 \end{pmatrix}$.

**(b)** Areas are multiplied by $|\det(ER)| = |0 - (-9)| = 9$. Image area $= 9 \times 4 = 36$ square units.`,
  ),
  numeric(
    meta("3-10-01", HL, "3.10", 2, 3, "P1", "Find"),
    String.raw`Let $\mathbf{a} = \begin{pmatrix} 3 \\ -1 \\ 2 \end{pmatrix}$ and $\mathbf{b} = \begin{pmatrix} 1 \\ 2 \\ -2 \end{pmatrix}$.

Find $|\mathbf{a} - 2\mathbf{b}|$, correct to three significant figures.`,
    sf3(7.87),
    [
      A("a1", 1, String.raw`$\mathbf{a} - 2\mathbf{b} = \begin{pmatrix} 1 \\ -5 \\ 6 \end{pmatrix}$`, ["(1, -5, 6)"]),
      M("m1", 1, String.raw`$\sqrt{1^{2} + (-5)^{2} + 6^{2}}$`, ["\\sqrt{62}"], ["a1"]),
      A("a2", 1, String.raw`$\sqrt{62} = 7.87$`, ["7.87"], ["m1"]),
    ],
    String.raw`$\mathbf{a} - 2\mathbf{b} = \begin{pmatrix} 3 - 2 \\ -1 - 4 \\ 2 + 4 \end{pmatrix} = \begin{pmatrix} 1 \\ -5 \\ 6 \end{pmatrix}$, so $|\mathbf{a} - 2\mathbf{b}| = \sqrt{1 + 25 + 36} = \sqrt{62} \approx 7.87$.`,
  ),
  written(
    meta("3-11-01", HL, "3.11", 2, 4, "P1", "Determine"),
    String.raw`The points $A(2, -1, 3)$ and $B(5, 1, 2)$ lie on the line $L$.

(a) Find a vector equation for $L$. [2]

(b) Determine whether the point $C(11, 5, 0)$ lies on $L$. [2]`,
    [
      A("a1", 1, String.raw`Direction $\overrightarrow{AB} = \begin{pmatrix} 3 \\ 2 \\ -1 \end{pmatrix}$`, ["(3, 2, -1)"]),
      A(
        "a2",
        1,
        String.raw`$\mathbf{r} = \begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix} + t\begin{pmatrix} 3 \\ 2 \\ -1 \end{pmatrix}$ (must include "$\mathbf{r} =$")`,
        ["r ="],
        ["a1"],
      ),
      M("m1", 1, String.raw`Solves one component for $t$, e.g. $2 + 3t = 11 \implies t = 3$`, ["t = 3"]),
      A("a3", 1, String.raw`Checks the other components ($-1 + 6 = 5$, $3 - 3 = 0$): $C$ lies on $L$`, ["lies on"], ["m1"]),
    ],
    String.raw`**(a)** $\overrightarrow{AB} = \begin{pmatrix} 3 \\ 2 \\ -1 \end{pmatrix}$, so $L: \mathbf{r} = \begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix} + t\begin{pmatrix} 3 \\ 2 \\ -1 \end{pmatrix}$, $t \in \mathbb{R}$.

**(b)** From the $x$-component, $2 + 3t = 11 \implies t = 3$. Then $y = -1 + 2(3) = 5$ and $z = 3 - 3 = 0$, matching $C$. The same $t$ works for all three components, so $C$ lies on $L$.`,
  ),
  numeric(
    meta("3-12-01", HL, "3.12", 4, 6, "P2", "Find"),
    String.raw`Two ships move with constant velocities. At time $t$ hours their positions, in km relative to a harbour, are
$$\mathbf{r}_A = \begin{pmatrix} 2 \\ 5 \end{pmatrix} + t\begin{pmatrix} 3 \\ -1 \end{pmatrix}, \qquad \mathbf{r}_B = \begin{pmatrix} 10 \\ 1 \end{pmatrix} + t\begin{pmatrix} -1 \\ 2 \end{pmatrix}.$$

Find the minimum distance between the ships.`,
    exact(1.6, "km"),
    [
      M("m1", 1, String.raw`$\mathbf{r}_B - \mathbf{r}_A = \begin{pmatrix} 8 - 4t \\ -4 + 3t \end{pmatrix}$`, ["8 - 4t", "-4 + 3t"]),
      M("m2", 1, String.raw`Distance$^{2}$ $= (8 - 4t)^{2} + (3t - 4)^{2}$`, ["(8 - 4t)^2"], ["m1"]),
      A("a1", 1, String.raw`$= 25t^{2} - 88t + 80$`, ["25t^2 - 88t + 80"], ["m2"]),
      M("m3", 1, String.raw`Minimises (GDC, vertex or derivative)`, ["minimum"], ["a1"]),
      A("a2", 1, String.raw`$t = 1.76$ hours`, ["1.76"], ["m3"]),
      A("a3", 1, String.raw`Minimum distance $1.6$ km`, ["1.6"], ["a2"]),
    ],
    String.raw`$$\mathbf{r}_B - \mathbf{r}_A = \begin{pmatrix} 8 - 4t \\ -4 + 3t \end{pmatrix}, \qquad d^{2} = (8 - 4t)^{2} + (3t - 4)^{2} = 25t^{2} - 88t + 80.$$

The minimum of this quadratic is at $t = \frac{88}{50} = 1.76$ hours, where $d^{2} = 25(1.76)^{2} - 88(1.76) + 80 = 2.56$.

Minimum distance $d = \sqrt{2.56} = 1.6$ km.`,
  ),
  numeric(
    meta("3-13-01", HL, "3.13", 3, 4, "P1", "Find"),
    String.raw`The points $A(1, 0, 2)$, $B(3, 1, 0)$ and $C(0, 2, 1)$ are the corners of a triangular solar panel (units in metres).

Use a vector product to find the area of the panel, correct to three significant figures.`,
    sf3(3.54, "m^2"),
    [
      A(
        "a1",
        1,
        String.raw`$\overrightarrow{AB} = \begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}$, $\overrightarrow{AC} = \begin{pmatrix} -1 \\ 2 \\ -1 \end{pmatrix}$`,
        ["(2, 1, -2)", "(-1, 2, -1)"],
      ),
      A("a2", 1, String.raw`$\overrightarrow{AB} \times \overrightarrow{AC} = \begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix}$`, ["(3, 4, 5)"], ["a1"]),
      M("m1", 1, String.raw`Area $= \frac{1}{2}|\overrightarrow{AB} \times \overrightarrow{AC}|$`, ["\\frac{1}{2}"], ["a2"]),
      A("a3", 1, String.raw`$\frac{\sqrt{50}}{2} = 3.54\ \text{m}^2$`, ["3.54"], ["m1"]),
    ],
    String.raw`$\overrightarrow{AB} = \begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}$ and $\overrightarrow{AC} = \begin{pmatrix} -1 \\ 2 \\ -1 \end{pmatrix}$.

$$\overrightarrow{AB} \times \overrightarrow{AC} = \begin{pmatrix} (1)(-1) - (-2)(2) \\ (-2)(-1) - (2)(-1) \\ (2)(2) - (1)(-1) \end{pmatrix} = \begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix}.$$

Area $= \frac{1}{2}\sqrt{9 + 16 + 25} = \frac{\sqrt{50}}{2} = 3.5355\ldots \approx 3.54\ \text{m}^2$.`,
  ),
  numeric(
    meta("3-14-01", HL, "3.14", 1, 2, "P1", "Find"),
    String.raw`A simple graph has five vertices with degrees $3$, $3$, $2$, $4$ and $2$.

Find the number of edges in the graph.`,
    exact(7),
    [
      M("m1", 1, String.raw`Handshaking lemma: sum of degrees $= 2 \times$ number of edges; sum $= 14$`, ["14", "handshak"]),
      A("a1", 1, String.raw`$7$ edges`, ["7"], ["m1"]),
    ],
    String.raw`Each edge has two ends, so it adds $2$ to the total degree (the handshaking lemma):

$$\sum \deg = 3 + 3 + 2 + 4 + 2 = 14 = 2e \implies e = 7.$$`,
  ),
  written(
    meta("3-14-02", HL, "3.14", 2, 4, "P1", "Explain"),
    String.raw`A graph $G$ has the vertex degrees of a road network: $A$: 3, $B$: 3, $C$: 4, $D$: 4, $E$: 4, $F$: 2. The graph is connected.

(a) Explain why $G$ has no Eulerian circuit, but does have an Eulerian trail, and state where such a trail must start and end. [2]

(b) The complete graph $K_6$ has six vertices. Write down the number of edges of $K_6$ and the degree of each vertex. [2]`,
    [
      R("r1", 1, String.raw`An Eulerian circuit needs every vertex of even degree; $A$ and $B$ are odd`, ["even", "odd"]),
      A("a1", 1, String.raw`Exactly two odd vertices, so an Eulerian trail exists, from $A$ to $B$ (or $B$ to $A$)`, ["A", "B", "two odd"], ["r1"]),
      A("a2", 1, String.raw`$\binom{6}{2} = 15$ edges`, ["15"]),
      A("a3", 1, String.raw`Each vertex has degree $5$`, ["5"]),
    ],
    String.raw`**(a)** A connected graph has an Eulerian circuit only if every vertex has even degree; $A$ and $B$ have odd degree (3), so there is none. With exactly two odd vertices, an Eulerian trail (using every edge once) exists and must start at one odd vertex and finish at the other: from $A$ to $B$ or from $B$ to $A$.

**(b)** In $K_6$ every pair of vertices is joined: $\binom{6}{2} = \frac{6 \times 5}{2} = 15$ edges, and each vertex is joined to the other $5$, so has degree $5$.`,
  ),
  numeric(
    meta("3-15-01", HL, "3.15", 3, 4, "P2", "Find"),
    String.raw`A council plans to resurface roads so that six villages $A$–$F$ are all connected, using as little road as possible. The roads are:

${roadNetwork}

Use Kruskal's algorithm to find the minimum total length of road to resurface.`,
    exact(23, "km"),
    [
      M("m1", 1, String.raw`Edges chosen in increasing order: $DE$ (3), $BC$ (4), $AC$ (5), $EF$ (5)`, ["DE", "BC", "AC", "EF"]),
      R("r1", 1, String.raw`Rejects edges that form a cycle / stops after $5$ edges`, ["cycle", "5 edges"]),
      A("a1", 1, String.raw`Fifth edge $CD$ (6)`, ["CD"], ["m1"]),
      A("a2", 1, String.raw`Total $23$ km`, ["23"], ["a1"]),
    ],
    String.raw`Order the edges: $DE\,3$, $BC\,4$, $AC\,5$, $EF\,5$, $CD\,6$, $AB\,7$, $BE\,8$, $AD\,9$, $CE\,10$, $DF\,11$.

- Add $DE$ (3), $BC$ (4), $AC$ (5), $EF$ (5): no cycles; the components are $\{A, B, C\}$ and $\{D, E, F\}$.
- Add $CD$ (6): joins the two components.

A spanning tree on $6$ vertices has $5$ edges, so stop. Total $= 3 + 4 + 5 + 5 + 6 = 23$ km.`,
  ),
  numeric(
    meta("3-15-02", HL, "3.15", 3, 3, "P1", "Find"),
    String.raw`A graph has vertices $A, B, C, D$ and edges $AB$, $AC$, $BC$, $BD$ and $CD$.

By writing down the adjacency matrix $M$ and using your GDC, find the number of walks of length $3$ from $A$ to $B$.`,
    exact(5),
    [
      A("a1", 1, String.raw`$M = \begin{pmatrix} 0 & 1 & 1 & 0 \\ 1 & 0 & 1 & 1 \\ 1 & 1 & 0 & 1 \\ 0 & 1 & 1 & 0 \end{pmatrix}$`, ["adjacency"]),
      M("m1", 1, String.raw`Calculates $M^{3}$ and reads the $(A, B)$ entry`, ["M^3"], ["a1"]),
      A("a2", 1, String.raw`$5$`, ["5"], ["m1"]),
    ],
    String.raw`With the vertices in the order $A, B, C, D$:

$$M = \begin{pmatrix} 0 & 1 & 1 & 0 \\ 1 & 0 & 1 & 1 \\ 1 & 1 & 0 & 1 \\ 0 & 1 & 1 & 0 \end{pmatrix}, \qquad M^{3} = \begin{pmatrix} 2 & 5 & 5 & 2 \\ 5 & 4 & 5 & 5 \\ 5 & 5 & 4 & 5 \\ 2 & 5 & 5 & 2 \end{pmatrix}.$$

The $(A, B)$ entry of $M^{3}$ counts walks of length $3$ from $A$ to $B$: **5** (they are $ABAB$, $ABCB$, $ABDB$, $ACAB$, $ACDB$).`,
  ),
  numeric(
    meta("3-16-01", HL, "3.16", 3, 4, "P2", "Find"),
    String.raw`A road inspector must drive along every road in the network below at least once, starting and finishing at $C$.

${roadNetwork}

Find the length of the shortest possible route.`,
    exact(75, "km"),
    [
      A("a1", 1, String.raw`Total length of all roads $= 68$ km`, ["68"]),
      A("a2", 1, String.raw`Odd vertices are $A$ and $B$ (degree 3)`, ["A", "B", "odd"]),
      M("m1", 1, String.raw`Repeats the shortest path between the odd vertices: $AB = 7$ (not $ACB = 9$)`, ["7"], ["a2"]),
      A("a3", 1, String.raw`$68 + 7 = 75$ km`, ["75"], ["m1"]),
    ],
    String.raw`This is the Chinese postman problem. Total length of roads: $7 + 5 + 9 + 4 + 8 + 6 + 10 + 3 + 11 + 5 = 68$ km.

Degrees: $A$ 3, $B$ 3, $C$ 4, $D$ 4, $E$ 4, $F$ 2. Only $A$ and $B$ are odd, so one path between them must be driven twice. The shortest $A$–$B$ path is the direct road ($7$ km; $A$–$C$–$B$ is $9$ km).

Shortest route $= 68 + 7 = 75$ km (the start vertex $C$ does not change this).`,
  ),
  numeric(
    meta("3-16-02", HL, "3.16", 3, 3, "P1", "Find"),
    String.raw`A courier must visit five towns $P, Q, R, S, T$ and return to the start. The table gives the travel times in minutes.

${deliveryTable}

Use the nearest-neighbour algorithm starting at $P$ to find an upper bound for the travelling salesman problem.`,
    exact(46, "minutes"),
    [
      M("m1", 1, String.raw`Nearest neighbour order $P \to T \to R \to Q \to S \to P$`, ["PTRQSP"]),
      A("a1", 1, String.raw`$8 + 6 + 10 + 7 + 15$`, ["8 + 6 + 10 + 7 + 15"], ["m1"]),
      A("a2", 1, String.raw`$46$ minutes`, ["46"], ["a1"]),
    ],
    String.raw`From $P$ the nearest town is $T$ (8); from $T$, $R$ (6); from $R$ the nearest unvisited is $Q$ (10); from $Q$, $S$ (7); then return $S \to P$ (15).

Cycle $PTRQSP$: $8 + 6 + 10 + 7 + 15 = 46$ minutes, an upper bound for the shortest tour.`,
  ),
  numeric(
    meta("3-16-03", HL, "3.16", 4, 4, "P2", "Find"),
    String.raw`A courier must visit five towns $P, Q, R, S, T$ and return to the start. The table gives the travel times in minutes.

${deliveryTable}

Use the deleted-vertex algorithm, deleting $P$, to find a lower bound for the travelling salesman problem.`,
    exact(40, "minutes"),
    [
      M("m1", 1, String.raw`Minimum spanning tree of $Q, R, S, T$: $RT$ (6), $QS$ (7), $QR$ (10)`, ["RT", "QS", "QR"]),
      A("a1", 1, String.raw`MST weight $23$`, ["23"], ["m1"]),
      M("m2", 1, String.raw`Adds the two shortest edges from $P$: $PT$ (8) and $PR$ (9)`, ["8", "9"]),
      A("a2", 1, String.raw`Lower bound $40$ minutes`, ["40"], ["a1", "m2"]),
    ],
    String.raw`Delete $P$ and find a minimum spanning tree of $Q, R, S, T$ (Kruskal): $RT\,6$, $QS\,7$, then $QR\,10$ joins the two parts. MST weight $= 23$.

Reconnect $P$ with its two shortest edges: $PT\,8$ and $PR\,9$.

Lower bound $= 23 + 8 + 9 = 40$ minutes. With the nearest-neighbour upper bound of $46$, the optimal tour lies between $40$ and $46$ minutes.`,
  ),
];

// ---------------------------------------------------------------------------
// AHL topic 4: Statistics and probability (HL only)
// ---------------------------------------------------------------------------
const ahl4: QuestionInput[] = [
  written(
    meta("4-12-01", HL, "4.12", 3, 6, "P2", "Discuss"),
    String.raw`A researcher designs a questionnaire to measure students' stress levels. Each student answers $20$ questions and receives a score out of $100$.

(a) Explain the difference between the **reliability** and the **validity** of the questionnaire. [2]

(b) Describe how a test–retest method could be used to assess its reliability. [2]

(c) In a $\chi^{2}$ test on the results, two cells of the table of expected frequencies are less than $5$. Discuss what the researcher should do, and one consequence of doing it. [2]`,
    [
      R("r1", 1, String.raw`Reliability: the questionnaire gives consistent results when repeated under the same conditions`, ["consistent"]),
      R("r2", 1, String.raw`Validity: it measures what it claims to measure (stress, not e.g. tiredness)`, ["measures what"]),
      R("r3", 1, String.raw`Give the same questionnaire to the same students on two occasions a short time apart`, ["same students", "twice"]),
      R("r4", 1, String.raw`Compare the two sets of scores, e.g. with a correlation coefficient; strong positive correlation indicates reliability`, [
        "correlation",
      ]),
      R("r5", 1, String.raw`Combine rows/columns (adjacent categories) so that all expected frequencies are at least $5$`, ["combine"]),
      R("r6", 1, String.raw`Degrees of freedom decrease and some detail is lost (OWTTE)`, ["degrees of freedom", "detail"]),
    ],
    String.raw`**(a)** *Reliability* is consistency: repeating the questionnaire in the same conditions would give similar scores. *Validity* is accuracy of purpose: the score really measures stress and not something else (mood that day, reading ability). A questionnaire can be reliable without being valid.

**(b)** Test–retest: give the same questionnaire to the same group of students twice, a short interval apart (so true stress levels are unlikely to have changed), then calculate the correlation between the two sets of scores. A strong positive correlation suggests the questionnaire is reliable. (A parallel-forms test uses two equivalent versions instead.)

**(c)** The $\chi^{2}$ approximation is unreliable when expected frequencies are below $5$, so the researcher should combine adjacent categories (rows or columns) until every expected frequency is at least $5$. This reduces the degrees of freedom and loses detail: the test can no longer distinguish the merged categories.`,
  ),
  numeric(
    meta("4-13-01", HL, "4.13", 3, 4, "P2", "Estimate"),
    String.raw`The number of users, $y$ thousand, of a new app $t$ months after launch is recorded.

| $t$ (months) | 0 | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|---|
| $y$ (thousands) | 12.1 | 18.6 | 26.0 | 41.5 | 58.2 | 93.0 |

An exponential model $y = ab^{t}$ is fitted using the GDC's exponential regression. Use the model to estimate the number of users, in thousands, after $7$ months, correct to three significant figures.`,
    sf3(202, "thousand"),
    [
      M("m1", 1, String.raw`Uses exponential regression on the GDC`, ["ExpReg", "exponential regression"]),
      A("a1", 1, String.raw`$a = 12.1$, $b = 1.50$ ($y = 12.100\ldots \times 1.4955\ldots^{t}$)`, ["12.1", "1.50", "1.4955"], ["m1"]),
      M("m2", 1, String.raw`Substitutes $t = 7$`, ["t = 7"], ["a1"]),
      A("a2", 1, String.raw`$202$ thousand`, ["202"], ["m2"]),
    ],
    String.raw`The GDC's exponential regression (a least-squares fit of $\ln y$ against $t$) gives

$$y = 12.100\ldots \times (1.4955\ldots)^{t}, \qquad R^{2} = 0.998.$$

At $t = 7$: $y = 12.100 \times 1.4955^{7} = 202.47\ldots \approx 202$ thousand users. This is extrapolation beyond $t = 5$, so it assumes growth continues at about $50\%$ per month, which cannot last indefinitely (a logistic model would eventually be more realistic).`,
  ),
  written(
    meta("4-13-02", HL, "4.13", 3, 4, "P2", "Justify"),
    String.raw`For the app data, three models were fitted with the GDC:

| Model | Equation | $R^{2}$ |
|---|---|---|
| Linear | $y = 15.4t + 3.08$ | $0.909$ |
| Quadratic | $y = 3.19t^{2} - 0.561t + 13.7$ | $0.993$ |
| Exponential | $y = 12.1 \times 1.50^{t}$ | $0.998$ |

(a) State what the coefficient of determination $R^{2}$ measures. [1]

(b) Justify which model best fits the data. [1]

(c) Explain why a high $R^{2}$ alone does not make a model suitable for long-term predictions. [2]`,
    [
      R("r1", 1, String.raw`The proportion of the variation in $y$ explained by the model`, ["proportion", "variation"]),
      R("r2", 1, String.raw`Exponential: its $R^{2}$ is closest to $1$`, ["exponential", "closest to 1"]),
      R("r3", 1, String.raw`$R^{2}$ only describes the fit to the observed data range`, ["observed", "range"]),
      R("r4", 1, String.raw`Extrapolation: the exponential model grows without limit, but the number of users is limited (market saturation) (OWTTE)`, [
        "limit",
        "saturation",
        "extrapolation",
      ]),
    ],
    String.raw`**(a)** $R^{2}$ is the proportion of the variation in $y$ that is explained by the model ($0 \le R^{2} \le 1$).

**(b)** The exponential model has the largest $R^{2}$, $0.998$, so it explains the most variation and fits best.

**(c)** $R^{2}$ measures fit only within the observed data ($0 \le t \le 5$). Predictions far ahead are extrapolation: the exponential model predicts unlimited growth (about $190$ million users after two years, $12.1 \times 1.50^{24}$ thousand), whereas the potential number of users is finite, so growth must slow down. The context, not just $R^{2}$, decides the choice of model.`,
  ),
  numeric(
    meta("4-14-01", HL, "4.14", 4, 5, "P2", "Find"),
    String.raw`The mass of an apple, $X$ g, is normally distributed with mean $50$ g and standard deviation $3$ g. The mass of an empty box, $Y$ g, is normally distributed with mean $80$ g and standard deviation $5$ g. A full box contains $12$ apples, all masses independent.

Find the probability that a full box has a total mass greater than $700$ g, correct to three significant figures.`,
    sf3(0.0414),
    [
      M("m1", 1, String.raw`Total $T = X_1 + \dots + X_{12} + Y$ (not $12X$)`, ["X_1 + ", "12"]),
      A("a1", 1, String.raw`$E(T) = 12(50) + 80 = 680$`, ["680"]),
      A("a2", 1, String.raw`$\text{Var}(T) = 12(9) + 25 = 133$`, ["133"], ["m1"]),
      M("m2", 1, String.raw`$P(T > 700)$ with $T \sim N(680, 133)$`, ["N(680, 133)"], ["a2"]),
      A("a3", 1, String.raw`$0.0414$`, ["0.0414"], ["m2"]),
    ],
    String.raw`$T = X_1 + X_2 + \dots + X_{12} + Y$ is a sum of independent normal variables, so it is normal with

$$E(T) = 12 \times 50 + 80 = 680, \qquad \text{Var}(T) = 12 \times 3^{2} + 5^{2} = 133.$$

(Using $12X$ would wrongly give variance $144 \times 9$: the twelve apples are different apples.)

$P(T > 700) = 0.04143\ldots \approx 0.0414$, with $\sigma_T = \sqrt{133} = 11.53$.`,
  ),
  numeric(
    meta("4-14-02", HL, "4.14", 2, 3, "P1", "Find"),
    String.raw`A sample of six bolts has lengths (mm) $4.2$, $5.1$, $3.8$, $4.9$, $5.5$, $4.6$.

Find an unbiased estimate of the population variance, correct to three significant figures.`,
    sf3(0.382, "mm^2"),
    [
      M("m1", 1, String.raw`Uses $s_{n-1}^{2} = \frac{\sum(x - \bar{x})^{2}}{n - 1}$ (or $\frac{n}{n - 1}s_n^{2}$)`, ["n - 1", "s_{n-1}"]),
      A("a1", 1, String.raw`$\bar{x} = 4.683\ldots$ and $\sum(x - \bar{x})^{2} = 1.908\ldots$`, ["4.683", "1.908"]),
      A("a2", 1, String.raw`$0.382$`, ["0.382"], ["m1"]),
    ],
    String.raw`$\bar{x} = \frac{28.1}{6} = 4.6833\ldots$ and $\sum(x - \bar{x})^{2} = 1.90833\ldots$

The unbiased estimate divides by $n - 1$:

$$s_{n-1}^{2} = \frac{1.90833}{5} = 0.38166\ldots \approx 0.382\ \text{mm}^2.$$

(The GDC gives $s_x = 0.6178$; square it. Do not use $\sigma_x$, which divides by $n$ and underestimates the variance.)`,
  ),
  numeric(
    meta("4-15-01", HL, "4.15", 3, 4, "P2", "Find"),
    String.raw`The time customers spend in a shop has mean $72$ minutes and standard deviation $15$ minutes; the distribution is skewed. A random sample of $40$ customers is taken.

Find the probability that the sample mean time exceeds $75$ minutes, correct to three significant figures.`,
    sf3(0.103),
    [
      R("r1", 1, String.raw`By the central limit theorem, since $n = 40$ is large, $\bar{X}$ is approximately normal`, ["central limit", "large"]),
      A("a1", 1, String.raw`$\bar{X} \sim N\left(72, \frac{15^{2}}{40}\right)$, standard deviation $2.37$`, ["15^2/40", "2.37"]),
      M("m1", 1, String.raw`$P(\bar{X} > 75)$`, ["P(\\bar{X} > 75)"], ["a1"]),
      A("a2", 1, String.raw`$0.103$`, ["0.103"], ["m1"]),
    ],
    String.raw`The population is not normal, but the sample is large ($n = 40 \ge 30$), so by the central limit theorem

$$\bar{X} \approx N\left(72, \frac{15^{2}}{40}\right), \qquad \sigma_{\bar{X}} = \frac{15}{\sqrt{40}} = 2.3717\ldots$$

$P(\bar{X} > 75) = 0.10295\ldots \approx 0.103$.`,
  ),
  numeric(
    meta("4-16-01", HL, "4.16", 3, 4, "P2", "Find"),
    String.raw`The masses of snack bars made by a machine are normally distributed. A random sample of $12$ bars has mean mass $\bar{x} = 38.4$ g and unbiased standard deviation $s_{n-1} = 5.2$ g.

Find the upper limit of a $95\%$ confidence interval for the population mean, correct to three significant figures.`,
    sf3(41.7, "g"),
    [
      R("r1", 1, String.raw`Population variance unknown, so use the $t$-distribution with $\nu = 11$`, ["t-distribution", "11"]),
      A("a1", 1, String.raw`$t_{0.975, 11} = 2.201$`, ["2.201"], ["r1"]),
      M("m1", 1, String.raw`$38.4 + 2.201 \times \frac{5.2}{\sqrt{12}}$ (or GDC $t$-interval)`, ["\\sqrt{12}", "TInterval"]),
      A("a2", 1, String.raw`$41.7$ g`, ["41.7"], ["m1"]),
    ],
    String.raw`The population standard deviation is unknown and the sample is small, so use a $t$-interval with $\nu = n - 1 = 11$. The GDC gives $t_{0.975} = 2.2010$.

$$\bar{x} \pm t\frac{s_{n-1}}{\sqrt{n}} = 38.4 \pm 2.2010 \times \frac{5.2}{\sqrt{12}} = 38.4 \pm 3.304.$$

The interval is $(35.1, 41.7)$; the upper limit is $41.7$ g.`,
  ),
  numeric(
    meta("4-17-01", HL, "4.17", 3, 4, "P1", "Find"),
    String.raw`Calls arrive at a help desk at random at an average rate of $3.2$ per hour.

Find the probability that at least $5$ calls arrive in a $2$-hour period, correct to three significant figures.`,
    sf3(0.765),
    [
      A("a1", 1, String.raw`Mean for $2$ hours $m = 6.4$`, ["6.4"]),
      M("m1", 1, String.raw`$X \sim \text{Po}(6.4)$ and $P(X \ge 5) = 1 - P(X \le 4)$`, ["1 - P(X \\le 4)"], ["a1"]),
      A("a2", 1, String.raw`$P(X \le 4) = 0.2351$`, ["0.235"], ["m1"]),
      A("a3", 1, String.raw`$0.765$`, ["0.765"], ["a2"]),
    ],
    String.raw`The number of calls in $2$ hours is Poisson with mean $2 \times 3.2 = 6.4$: $X \sim \text{Po}(6.4)$.

$$P(X \ge 5) = 1 - P(X \le 4) = 1 - 0.23507\ldots = 0.76493\ldots \approx 0.765.$$`,
  ),
  numeric(
    meta("4-18-01", HL, "4.18", 4, 4, "P2", "Find"),
    String.raw`A company claims that $30\%$ of customers prefer its new logo. A marketing student believes the proportion is higher. She asks $20$ randomly chosen customers and will reject $H_0: p = 0.3$ in favour of $H_1: p > 0.3$ if $10$ or more prefer the new logo.

Find the probability of a Type I error, correct to three significant figures.`,
    sf3(0.048),
    [
      R("r1", 1, String.raw`Type I error: rejecting $H_0$ when it is true`, ["rejecting", "true"]),
      M("m1", 1, String.raw`$X \sim B(20, 0.3)$ and $P(X \ge 10)$`, ["B(20, 0.3)", "P(X \\ge 10)"], ["r1"]),
      A("a1", 1, String.raw`$1 - P(X \le 9)$`, ["1 - P(X \\le 9)"], ["m1"]),
      A("a2", 1, String.raw`$0.0480$`, ["0.048"], ["a1"]),
    ],
    String.raw`A Type I error is rejecting $H_0$ when it is true. If $p = 0.3$ then $X \sim B(20, 0.3)$ and

$$P(\text{Type I}) = P(X \ge 10) = 1 - P(X \le 9) = 1 - 0.95204 = 0.04796\ldots \approx 0.0480.$$

So the critical region $X \ge 10$ gives an actual significance level of about $4.8\%$.`,
  ),
  numeric(
    meta("4-18-02", HL, "4.18", 4, 4, "P2", "Find"),
    String.raw`A test of $H_0: p = 0.3$ against $H_1: p > 0.3$ uses a sample of $20$ customers and rejects $H_0$ if $10$ or more prefer the new logo. In fact, the true proportion is $p = 0.5$.

Find the probability of a Type II error, correct to three significant figures.`,
    sf3(0.412),
    [
      R("r1", 1, String.raw`Type II error: accepting (not rejecting) $H_0$ when it is false`, ["accept", "false"]),
      M("m1", 1, String.raw`$X \sim B(20, 0.5)$ and $P(X \le 9)$`, ["B(20, 0.5)", "P(X \\le 9)"], ["r1"]),
      A("a1", 1, String.raw`$0.4119\ldots$`, ["0.4119"], ["m1"]),
      A("a2", 1, String.raw`$0.412$`, ["0.412"], ["a1"]),
    ],
    String.raw`A Type II error is failing to reject $H_0$ when it is false. $H_0$ is not rejected when $X \le 9$, and now $X \sim B(20, 0.5)$:

$$P(\text{Type II}) = P(X \le 9) = 0.41190\ldots \approx 0.412.$$

The test has power $1 - 0.412 = 0.588$ against $p = 0.5$: a sample of $20$ is too small to detect this difference reliably.`,
  ),
  written(
    meta("4-18-03", HL, "4.18", 4, 6, "P2", "Determine"),
    String.raw`A road has averaged $4.5$ accidents per month. After a new speed limit is introduced, there are $7$ accidents in the next **three** months. Assume accidents follow a Poisson distribution.

(a) State suitable hypotheses to test whether the accident rate has decreased. [1]

(b) Find the $p$-value of the test. [3]

(c) State the conclusion at the $5\%$ significance level. [2]`,
    [
      A("a1", 1, String.raw`$H_0: m = 13.5$ (or $4.5$ per month); $H_1: m < 13.5$`, ["13.5", "<"]),
      A("a2", 1, String.raw`Mean for three months $= 13.5$`, ["13.5"]),
      M("m1", 1, String.raw`$P(X \le 7)$ with $X \sim \text{Po}(13.5)$`, ["P(X \\le 7)"], ["a2"]),
      A("a3", 1, String.raw`$p = 0.0415$`, ["0.0415"], ["m1"]),
      R("r1", 1, String.raw`$0.0415 < 0.05$, reject $H_0$`, ["reject", "< 0.05"]),
      A("a4", 1, String.raw`There is evidence that the accident rate has decreased`, ["decreased"], ["r1"]),
    ],
    String.raw`**(a)** Let $m$ be the mean number of accidents in three months. $H_0: m = 13.5$; $H_1: m < 13.5$ (equivalently $4.5$ per month against less than $4.5$).

**(b)** Under $H_0$, $X \sim \text{Po}(3 \times 4.5) = \text{Po}(13.5)$. The $p$-value is the probability of a result at least as extreme as the one observed:

$$p = P(X \le 7) = 0.04148\ldots \approx 0.0415.$$

**(c)** $0.0415 < 0.05$, so reject $H_0$: at the $5\%$ level there is evidence that the accident rate has fallen since the speed limit was introduced (though this does not prove the speed limit caused it).`,
  ),
  numeric(
    meta("4-19-01", HL, "4.19", 3, 3, "P1", "Find"),
    String.raw`Each day a commuter either cycles ($C$) or takes the bus ($B$). The transition matrix, with columns giving today's choice and rows tomorrow's, is
$$T = \begin{pmatrix} 0.8 & 0.3 \\ 0.2 & 0.7 \end{pmatrix} \begin{matrix} C \\ B \end{matrix}.$$

The commuter cycles on Monday. Find the probability that the commuter cycles on Thursday.`,
    exact(0.65),
    [
      M("m1", 1, String.raw`Uses $T^{3}\begin{pmatrix} 1 \\ 0 \end{pmatrix}$ (three transitions)`, ["T^3"]),
      A("a1", 1, String.raw`$T^{3} = \begin{pmatrix} 0.65 & 0.525 \\ 0.35 & 0.475 \end{pmatrix}$`, ["0.525"], ["m1"]),
      A("a2", 1, String.raw`$0.65$`, ["0.65"], ["a1"]),
    ],
    String.raw`Monday to Thursday is three transitions, and the initial state is $\mathbf{s}_0 = \begin{pmatrix} 1 \\ 0 \end{pmatrix}$:

$$T^{3}\mathbf{s}_0 = \begin{pmatrix} 0.65 & 0.525 \\ 0.35 & 0.475 \end{pmatrix}\begin{pmatrix} 1 \\ 0 \end{pmatrix} = \begin{pmatrix} 0.65 \\ 0.35 \end{pmatrix}.$$

$P(\text{cycles on Thursday}) = 0.65$.`,
  ),
  numeric(
    meta("4-19-02", HL, "4.19", 3, 4, "P1", "Find"),
    String.raw`Each day a commuter either cycles ($C$) or takes the bus ($B$), with transition matrix (columns today, rows tomorrow)
$$T = \begin{pmatrix} 0.8 & 0.3 \\ 0.2 & 0.7 \end{pmatrix}.$$

Find the long-term proportion of days on which the commuter cycles.`,
    exact(0.6),
    [
      M("m1", 1, String.raw`Steady state $T\mathbf{s} = \mathbf{s}$ with $c + b = 1$ (or high power of $T$, or eigenvector for $\lambda = 1$)`, [
        "Ts = s",
        "c + b = 1",
      ]),
      A("a1", 1, String.raw`$0.8c + 0.3b = c \implies 0.2c = 0.3b$`, ["0.2c = 0.3b"], ["m1"]),
      A("a2", 1, String.raw`$c = 0.6$, $b = 0.4$`, ["0.6", "0.4"], ["a1"]),
      A("a3", 1, String.raw`Proportion $0.6$`, ["0.6"], ["a2"]),
    ],
    String.raw`The steady state $\mathbf{s} = \begin{pmatrix} c \\ b \end{pmatrix}$ satisfies $T\mathbf{s} = \mathbf{s}$ and $c + b = 1$:

$$0.8c + 0.3b = c \implies 0.3b = 0.2c \implies b = \tfrac{2}{3}c.$$

$c + \frac{2}{3}c = 1 \implies c = 0.6$. In the long run the commuter cycles on $60\%$ of days. (Check: $T^{50}$ on the GDC has both columns equal to $\begin{pmatrix} 0.6 \\ 0.4 \end{pmatrix}$.)`,
  ),
];

// ---------------------------------------------------------------------------
// AHL topic 5: Calculus and differential equations (HL only)
// ---------------------------------------------------------------------------
const ahl5: QuestionInput[] = [
  numeric(
    meta("5-9-01", HL, "5.9", 3, 4, "P1", "Find"),
    String.raw`Air is pumped into a spherical balloon at a rate of $50\ \text{cm}^3$ per second.

Find the rate at which the radius is increasing when the radius is $6$ cm, correct to three significant figures.`,
    sf3(0.111, "cm/s"),
    [
      A("a1", 1, String.raw`$\frac{dV}{dr} = 4\pi r^{2}$`, ["4\\pi r^2"]),
      M("m1", 1, String.raw`Chain rule: $\frac{dV}{dt} = \frac{dV}{dr} \times \frac{dr}{dt}$`, ["chain rule", "\\frac{dV}{dt}"]),
      A("a2", 1, String.raw`$50 = 4\pi(36)\frac{dr}{dt}$`, ["144\\pi"], ["m1"]),
      A("a3", 1, String.raw`$0.111\ \text{cm s}^{-1}$`, ["0.111"], ["a2"]),
    ],
    String.raw`$V = \frac{4}{3}\pi r^{3}$, so $\frac{dV}{dr} = 4\pi r^{2}$. By the chain rule (related rates):

$$\frac{dV}{dt} = 4\pi r^{2}\frac{dr}{dt} \implies 50 = 4\pi(6^{2})\frac{dr}{dt} \implies \frac{dr}{dt} = \frac{50}{144\pi} = 0.11052\ldots \approx 0.111\ \text{cm s}^{-1}.$$`,
  ),
  numeric(
    meta("5-9-02", HL, "5.9", 4, 5, "P2", "Find"),
    String.raw`The concentration of a drug in the blood, in mg per litre, $t$ hours after it is taken is modelled by $C(t) = t^{2}e^{-0.5t}$, $t \ge 0$.

Use the product rule to find $C'(t)$, and hence find the maximum concentration, correct to three significant figures.`,
    sf3(2.17, "mg/L"),
    [
      M("m1", 1, String.raw`Product rule with $\frac{d}{dt}e^{-0.5t} = -0.5e^{-0.5t}$`, ["product rule", "-0.5e"]),
      A("a1", 1, String.raw`$C'(t) = 2te^{-0.5t} - 0.5t^{2}e^{-0.5t}$`, ["2te^{-0.5t} - 0.5t^2"], ["m1"]),
      M("m2", 1, String.raw`$C'(t) = te^{-0.5t}(2 - 0.5t) = 0$`, ["2 - 0.5t"], ["a1"]),
      A("a2", 1, String.raw`$t = 4$`, ["t = 4"], ["m2"]),
      A("a3", 1, String.raw`$C(4) = 16e^{-2} = 2.17$ mg/L`, ["2.17", "16e^{-2}"], ["a2"]),
    ],
    String.raw`$$C'(t) = 2t \cdot e^{-0.5t} + t^{2} \cdot (-0.5e^{-0.5t}) = te^{-0.5t}(2 - 0.5t).$$

For $t > 0$, $te^{-0.5t} > 0$, so $C'(t) = 0$ only when $t = 4$; $C'$ changes from positive to negative there, giving a maximum.

$C(4) = 16e^{-2} = 2.1653\ldots \approx 2.17$ mg per litre, four hours after the dose.`,
  ),
  numeric(
    meta("5-10-01", HL, "5.10", 4, 5, "P2", "Find"),
    String.raw`The number of fish in a lake is modelled by $P(t) = \dfrac{2400}{1 + 11e^{-0.35t}}$, where $t$ is in years.

The population grows fastest at the point of inflexion of the graph of $P$. Find the time at which this happens, correct to three significant figures.`,
    sf3(6.85, "years"),
    [
      R("r1", 1, String.raw`Fastest growth where $P'(t)$ is maximum, i.e. $P''(t) = 0$`, ["P''(t) = 0", "maximum"]),
      M("m1", 1, String.raw`Uses GDC maximum of $P'$ / zero of $P''$, or the logistic property $P = \frac{2400}{2} = 1200$`, ["1200", "half"]),
      A("a1", 1, String.raw`$11e^{-0.35t} = 1$`, ["11e^{-0.35t} = 1"], ["m1"]),
      A("a2", 1, String.raw`$t = \frac{\ln 11}{0.35}$`, ["\\ln 11"], ["a1"]),
      A("a3", 1, String.raw`$t = 6.85$ years`, ["6.85"], ["a2"]),
    ],
    String.raw`The growth rate $P'(t)$ is greatest where $P''(t) = 0$, the point of inflexion, where the curve changes from concave up to concave down. For a logistic curve this is where $P$ is half the carrying capacity, $1200$:

$$\frac{2400}{1 + 11e^{-0.35t}} = 1200 \implies 11e^{-0.35t} = 1 \implies t = \frac{\ln 11}{0.35} = 6.851\ldots \approx 6.85\ \text{years}.$$

(On the GDC, graph the numerical derivative of $P$ and find its maximum.)`,
  ),
  numeric(
    meta("5-11-01", HL, "5.11", 3, 4, "P1", "Find"),
    String.raw`Use the substitution $u = x^{2} + 1$ to find the exact value of $\displaystyle\int_{0}^{2} x\left(x^{2} + 1\right)^{3}\,dx$.`,
    exact(78),
    [
      M("m1", 1, String.raw`$du = 2x\,dx$`, ["du = 2x"]),
      A("a1", 1, String.raw`$\frac{1}{2}\int_{1}^{5} u^{3}\,du$ (limits changed)`, ["\\frac{1}{2}", "u^3", "1", "5"], ["m1"]),
      A("a2", 1, String.raw`$\left[\frac{u^{4}}{8}\right]_{1}^{5}$`, ["u^4/8"], ["a1"]),
      A("a3", 1, String.raw`$\frac{625 - 1}{8} = 78$`, ["78"], ["a2"]),
    ],
    String.raw`Let $u = x^{2} + 1$, so $du = 2x\,dx$ and $x\,dx = \frac{1}{2}du$. When $x = 0$, $u = 1$; when $x = 2$, $u = 5$.

$$\int_{0}^{2} x(x^{2} + 1)^{3}\,dx = \frac{1}{2}\int_{1}^{5} u^{3}\,du = \frac{1}{2}\left[\frac{u^{4}}{4}\right]_{1}^{5} = \frac{625 - 1}{8} = 78.$$

(Check with the GDC's numerical integration.)`,
  ),
  numeric(
    meta("5-12-01", HL, "5.12", 3, 4, "P2", "Find"),
    String.raw`The region bounded by the curve $y = 0.5x^{2} + 1$, the $x$-axis and the lines $x = 0$ and $x = 2$ is rotated $360^\circ$ about the $x$-axis.

Find the volume of the solid formed, correct to three significant figures.`,
    sf3(19.7),
    [
      M("m1", 1, String.raw`$V = \pi\int_{0}^{2}\left(0.5x^{2} + 1\right)^{2}dx$`, ["\\pi\\int", "^2"]),
      A("a1", 1, String.raw`Correct limits and integrand (expanded $0.25x^{4} + x^{2} + 1$ or on GDC)`, ["0.25x^4 + x^2 + 1"], ["m1"]),
      A("a2", 1, String.raw`$\pi \times 6.2666\ldots$`, ["6.27", "94/15"], ["a1"]),
      A("a3", 1, String.raw`$19.7$`, ["19.7"], ["a2"]),
    ],
    String.raw`$$V = \pi\int_{0}^{2} y^{2}\,dx = \pi\int_{0}^{2}\left(0.25x^{4} + x^{2} + 1\right)dx = \pi\left[0.05x^{5} + \frac{x^{3}}{3} + x\right]_{0}^{2} = \pi\left(1.6 + \frac{8}{3} + 2\right) = \frac{94\pi}{15}.$$

$V = 19.687\ldots \approx 19.7$ cubic units.`,
  ),
  numeric(
    meta("5-12-02", HL, "5.12", 3, 4, "P1", "Find"),
    String.raw`The region $R$ is bounded by the curve $y = \ln x$, the $y$-axis, and the lines $y = 0$ and $y = 2$.

Find the area of $R$, correct to three significant figures.`,
    sf3(6.39),
    [
      M("m1", 1, String.raw`Integrates with respect to $y$: $x = e^{y}$`, ["x = e^y"]),
      M("m2", 1, String.raw`$\int_{0}^{2} e^{y}\,dy$`, ["\\int_0^2 e^y"], ["m1"]),
      A("a1", 1, String.raw`$e^{2} - 1$`, ["e^2 - 1"], ["m2"]),
      A("a2", 1, String.raw`$6.39$`, ["6.39"], ["a1"]),
    ],
    String.raw`The region lies between the curve and the $y$-axis, so integrate with respect to $y$. From $y = \ln x$, $x = e^{y}$:

$$A = \int_{0}^{2} x\,dy = \int_{0}^{2} e^{y}\,dy = e^{2} - 1 = 6.389\ldots \approx 6.39.$$`,
  ),
  numeric(
    meta("5-13-01", HL, "5.13", 4, 5, "P2", "Find"),
    String.raw`A particle moves in a straight line with velocity $v(t) = 6t - t^{2} - 5$ m s$^{-1}$, for $0 \le t \le 6$ seconds.

Find the total distance travelled by the particle, correct to three significant figures.`,
    sf3(15.3, "m"),
    [
      M("m1", 1, String.raw`Distance $= \int_{0}^{6}|v(t)|\,dt$`, ["|v(t)|"]),
      A("a1", 1, String.raw`$v = 0$ at $t = 1$ and $t = 5$`, ["t = 1", "t = 5"]),
      A("a2", 1, String.raw`Pieces $\frac{7}{3}$, $\frac{32}{3}$, $\frac{7}{3}$`, ["7/3", "32/3"], ["m1"]),
      A("a3", 1, String.raw`$\frac{46}{3}$`, ["46/3"], ["a2"]),
      A("a4", 1, String.raw`$15.3$ m`, ["15.3"], ["a3"]),
    ],
    String.raw`$v(t) = -(t - 1)(t - 5)$ changes sign at $t = 1$ and $t = 5$, so integrate the speed $|v|$ (on the GDC, $\int_{0}^{6}|6t - t^{2} - 5|\,dt$).

With $s(t) = 3t^{2} - \frac{t^{3}}{3} - 5t$: $s(0) = 0$, $s(1) = -\frac{7}{3}$, $s(5) = \frac{25}{3}$, $s(6) = 6$.

Distance $= \frac{7}{3} + \left(\frac{25}{3} + \frac{7}{3}\right) + \left(\frac{25}{3} - 6\right) = \frac{7}{3} + \frac{32}{3} + \frac{7}{3} = \frac{46}{3} \approx 15.3$ m.

(The displacement is only $6$ m: the particle moves backwards during the first and last second.)`,
  ),
  numeric(
    meta("5-14-01", HL, "5.14", 4, 7, "P2", "Find"),
    String.raw`A cup of tea cools according to $\frac{dT}{dt} = -k(T - 20)$, where $T$ °C is its temperature $t$ minutes after it is made and $k$ is a positive constant. Initially $T = 90$, and after $10$ minutes $T = 60$.

(a) Solve the differential equation by separating the variables to show that $T = 20 + 70e^{-kt}$.

(b) Find the temperature after $25$ minutes, correct to three significant figures.`,
    sf3(37.3, "°C"),
    [
      M("m1", 1, String.raw`Separates: $\int\frac{dT}{T - 20} = \int -k\,dt$`, ["\\frac{dT}{T - 20}"]),
      A("a1", 1, String.raw`$\ln|T - 20| = -kt + c$`, ["\\ln|T - 20|"], ["m1"]),
      M("m2", 1, String.raw`Uses $T(0) = 90$ to obtain $T - 20 = 70e^{-kt}$ (AG)`, ["70e^{-kt}"], ["a1"]),
      M("m3", 1, String.raw`Uses $T(10) = 60$: $40 = 70e^{-10k}$`, ["40 = 70e^{-10k}"]),
      A("a2", 1, String.raw`$k = \frac{1}{10}\ln\frac{7}{4} = 0.0560$`, ["0.056", "\\ln(7/4)"], ["m3"]),
      M("m4", 1, String.raw`Substitutes $t = 25$`, ["t = 25"], ["a2"]),
      A("a3", 1, String.raw`$37.3$°C`, ["37.3"], ["m4"]),
    ],
    String.raw`**(a)** Separate the variables and integrate:

$$\int\frac{1}{T - 20}\,dT = \int -k\,dt \implies \ln|T - 20| = -kt + c \implies T - 20 = Ae^{-kt}.$$

At $t = 0$, $T = 90$, so $A = 70$ and $T = 20 + 70e^{-kt}$.

**(b)** $60 = 20 + 70e^{-10k} \implies e^{-10k} = \frac{4}{7} \implies k = \frac{\ln(7/4)}{10} = 0.05596\ldots$

$T(25) = 20 + 70e^{-25k} = 20 + 70\left(\frac{4}{7}\right)^{2.5} = 20 + 17.28\ldots = 37.28\ldots \approx 37.3$°C.`,
  ),
  mcq(
    meta("5-15-01", HL, "5.15", 3, 1, "P1", "Identify"),
    String.raw`A slope field has these features: every slope on the line $y = x$ is zero; slopes are positive at points below this line and negative at points above it.

Which differential equation could it represent?`,
    [String.raw`$\frac{dy}{dx} = x + y$`, String.raw`$\frac{dy}{dx} = x - y$`, String.raw`$\frac{dy}{dx} = y - x$`, String.raw`$\frac{dy}{dx} = xy$`],
    "B",
    [B("b1", 1, String.raw`B: $\frac{dy}{dx} = x - y$`, ["x - y"])],
    String.raw`Slopes are zero on $y = x$, so $\frac{dy}{dx}$ must vanish when $y = x$: options B and C. Below the line, $y < x$, so $x - y > 0$: option **B** has positive slopes there, as required (option C has the signs reversed). Option A is zero on $y = -x$ and D on the axes.`,
  ),
  written(
    meta("5-15-02", HL, "5.15", 3, 4, "P1", "Describe"),
    String.raw`Consider the differential equation $\frac{dy}{dx} = \frac{x}{y}$, $y > 0$.

(a) Write down the gradient of the slope field at the points $(2, 1)$, $(-2, 1)$ and $(0, 3)$. [2]

(b) Describe the shape of the solution curve through $(0, 3)$, and verify that $y = \sqrt{x^{2} + 9}$ satisfies the differential equation. [2]`,
    [
      A("a1", 1, String.raw`$(2, 1)$: $2$ and $(-2, 1)$: $-2$`, ["2", "-2"]),
      A("a2", 1, String.raw`$(0, 3)$: $0$ (horizontal)`, ["0"]),
      R("r1", 1, String.raw`Curve symmetric about the $y$-axis with a minimum at $(0, 3)$, decreasing for $x < 0$ and increasing for $x > 0$`, [
        "minimum",
        "symmetric",
      ]),
      A("a3", 1, String.raw`$\frac{dy}{dx} = \frac{x}{\sqrt{x^{2} + 9}} = \frac{x}{y}$`, ["\\frac{x}{\\sqrt{x^2 + 9}}"]),
    ],
    String.raw`**(a)** Substitute into $\frac{x}{y}$: $(2, 1) \to 2$; $(-2, 1) \to -2$; $(0, 3) \to 0$ (a horizontal slope segment).

**(b)** Along the $y$-axis slopes are $0$; to the right ($x > 0$) they are positive and to the left negative, so the solution through $(0, 3)$ has a minimum at $(0, 3)$ and is symmetric about the $y$-axis (one branch of a hyperbola, approaching $y = |x|$).

Verification: if $y = \sqrt{x^{2} + 9}$ then $\frac{dy}{dx} = \frac{1}{2}(x^{2} + 9)^{-1/2}(2x) = \frac{x}{\sqrt{x^{2} + 9}} = \frac{x}{y}$, and $y(0) = 3$.`,
  ),
  numeric(
    meta("5-16-01", HL, "5.16", 3, 4, "P1", "Find"),
    String.raw`Consider $\frac{dy}{dx} = x + y^{2}$ with $y = 1$ when $x = 0$.

Use Euler's method with a step length of $0.1$ to estimate the value of $y$ when $x = 0.3$, correct to three significant figures.`,
    sf3(1.4),
    [
      M("m1", 1, String.raw`Uses $y_{n+1} = y_n + 0.1(x_n + y_n^{2})$`, ["y_{n+1}"]),
      A("a1", 1, String.raw`$y_1 = 1.1$`, ["1.1"], ["m1"]),
      A("a2", 1, String.raw`$y_2 = 1.231$`, ["1.231"], ["a1"]),
      A("a3", 1, String.raw`$y_3 = 1.40$ ($1.4025\ldots$)`, ["1.40", "1.4025"], ["a2"]),
    ],
    String.raw`With $h = 0.1$ and $y_{n+1} = y_n + h(x_n + y_n^{2})$:

| $n$ | $x_n$ | $y_n$ | $x_n + y_n^{2}$ |
|---|---|---|---|
| 0 | 0 | 1 | 1 |
| 1 | 0.1 | 1.1 | 1.31 |
| 2 | 0.2 | 1.231 | 1.7153\ldots |
| 3 | 0.3 | 1.4025\ldots | |

$y(0.3) \approx 1.40$. (Set up the recursion in a GDC table or spreadsheet.)`,
  ),
  written(
    meta("5-17-01", HL, "5.17", 4, 7, "P2", "Describe"),
    String.raw`Consider the system of coupled differential equations
$$\frac{dx}{dt} = x + 2y, \qquad \frac{dy}{dt} = 2x + y.$$

(a) Find the eigenvalues and corresponding eigenvectors of the matrix $\begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$. [3]

(b) Write down the general solution of the system. [2]

(c) Describe the phase portrait and state whether the equilibrium at the origin is stable, with a reason. [2]`,
    [
      M("m1", 1, String.raw`$(1 - \lambda)^{2} - 4 = 0$`, ["(1 - \\lambda)^2 - 4"]),
      A("a1", 1, String.raw`$\lambda = 3$ and $\lambda = -1$`, ["3", "-1"], ["m1"]),
      A(
        "a2",
        1,
        String.raw`Eigenvectors $\begin{pmatrix} 1 \\ 1 \end{pmatrix}$ for $3$ and $\begin{pmatrix} 1 \\ -1 \end{pmatrix}$ for $-1$`,
        ["(1, 1)", "(1, -1)"],
        ["a1"],
      ),
      A(
        "a3",
        2,
        String.raw`$\begin{pmatrix} x \\ y \end{pmatrix} = Ae^{3t}\begin{pmatrix} 1 \\ 1 \end{pmatrix} + Be^{-t}\begin{pmatrix} 1 \\ -1 \end{pmatrix}$ (A1 for each term)`,
        ["e^{3t}", "e^{-t}"],
        ["a2"],
      ),
      R("r1", 1, String.raw`Real eigenvalues of opposite sign: a saddle point; trajectories approach along $y = -x$ and move away along $y = x$`, [
        "saddle",
        "y = x",
      ]),
      A("a4", 1, String.raw`Unstable (one eigenvalue positive)`, ["unstable"], ["r1"]),
    ],
    String.raw`**(a)** $\det\begin{pmatrix} 1 - \lambda & 2 \\ 2 & 1 - \lambda \end{pmatrix} = (1 - \lambda)^{2} - 4 = 0 \implies \lambda = 3$ or $\lambda = -1$.

$\lambda = 3$: $-2x + 2y = 0$, eigenvector $\begin{pmatrix} 1 \\ 1 \end{pmatrix}$. $\lambda = -1$: $2x + 2y = 0$, eigenvector $\begin{pmatrix} 1 \\ -1 \end{pmatrix}$.

**(b)** $$\begin{pmatrix} x \\ y \end{pmatrix} = Ae^{3t}\begin{pmatrix} 1 \\ 1 \end{pmatrix} + Be^{-t}\begin{pmatrix} 1 \\ -1 \end{pmatrix}.$$

**(c)** The eigenvalues are real with opposite signs, so the origin is a **saddle point**. Trajectories on the line $y = -x$ move towards the origin ($e^{-t} \to 0$); all others are eventually dominated by $e^{3t}$ and move away, asymptotic to the line $y = x$. Since one eigenvalue is positive, the equilibrium is **unstable**.`,
  ),
  mcq(
    meta("5-17-02", HL, "5.17", 3, 1, "P1", "Identify"),
    String.raw`The matrix of a system of coupled linear differential equations $\dot{\mathbf{x}} = M\mathbf{x}$ has eigenvalues $-0.5 \pm 2i$.

Which describes the phase portrait near the origin?`,
    [
      "A saddle point",
      "A stable spiral (trajectories spiral into the origin)",
      "An unstable spiral (trajectories spiral away from the origin)",
      "A stable node with straight-line trajectories",
    ],
    "B",
    [B("b1", 1, String.raw`B: stable spiral`, ["stable spiral"])],
    String.raw`Complex eigenvalues give rotation, so trajectories are spirals (ruling out A and D). The real part $-0.5$ is negative, so the amplitude decays like $e^{-0.5t}$ and trajectories spiral **into** the origin: a stable spiral, option **B**.`,
  ),
  numeric(
    meta("5-18-01", HL, "5.18", 4, 5, "P2", "Find"),
    String.raw`The displacement $x$ of a damped spring satisfies $\frac{d^{2}x}{dt^{2}} + 3\frac{dx}{dt} + 2x = 0$, with $x = 1$ and $\frac{dx}{dt} = 0$ when $t = 0$.

By writing the equation as a system of two first-order equations, use Euler's method with step length $0.1$ to estimate $x$ when $t = 0.2$.`,
    exact(0.98),
    [
      M("m1", 1, String.raw`Lets $v = \frac{dx}{dt}$: $\frac{dx}{dt} = v$, $\frac{dv}{dt} = -2x - 3v$`, ["v = \\frac{dx}{dt}", "-2x - 3v"]),
      M("m2", 1, String.raw`Euler updates $x_{n+1} = x_n + 0.1v_n$, $v_{n+1} = v_n + 0.1(-2x_n - 3v_n)$`, ["x_{n+1}", "v_{n+1}"], ["m1"]),
      A("a1", 1, String.raw`$t = 0.1$: $x = 1$, $v = -0.2$`, ["-0.2"], ["m2"]),
      A("a2", 1, String.raw`$t = 0.2$: $v = -0.34$`, ["-0.34"], ["a1"]),
      A("a3", 1, String.raw`$x(0.2) \approx 0.98$`, ["0.98"], ["a1"]),
    ],
    String.raw`Let $v = \frac{dx}{dt}$. Then $\frac{dx}{dt} = v$ and $\frac{dv}{dt} = -2x - 3v$, with $x_0 = 1$, $v_0 = 0$, $h = 0.1$:

| $t$ | $x$ | $v$ |
|---|---|---|
| 0 | 1 | 0 |
| 0.1 | $1 + 0.1(0) = 1$ | $0 + 0.1(-2) = -0.2$ |
| 0.2 | $1 + 0.1(-0.2) = 0.98$ | $-0.2 + 0.1(-2 + 0.6) = -0.34$ |

So $x(0.2) \approx 0.98$. (The exact solution $x = 2e^{-t} - e^{-2t}$ gives $0.9671\ldots$; Euler's method with this large step overestimates.)`,
  ),
];

// ---------------------------------------------------------------------------
// HL Paper 3: extended investigations
// ---------------------------------------------------------------------------
const paper3: QuestionInput[] = [
  written(
    meta("p3-predator-prey", HL, "5.16", 5, 15, "P3", "Investigate"),
    String.raw`**Rabbits and foxes on an island.** An ecologist models the numbers of rabbits, $x$ (hundreds), and foxes, $y$, on an island $t$ years after monitoring began by the coupled system
$$\frac{dx}{dt} = 0.5x - 0.02xy, \qquad \frac{dy}{dt} = -0.4y + 0.01xy,$$
with $x = 60$ and $y = 20$ when $t = 0$.

(a) Explain, in context, the meaning of the terms $0.5x$ and $-0.02xy$ in the first equation. [2]

(b) Find the equilibrium point with $x > 0$ and $y > 0$. [3]

(c) Use Euler's method with step length $h = 0.5$ to estimate the numbers of rabbits and foxes when $t = 1$. Give your answers correct to two decimal places. [4]

(d) By considering the signs of $\frac{dx}{dt}$ and $\frac{dy}{dt}$ in the four regions around the equilibrium point, describe how the populations change over time, starting from $(60, 20)$. [3]

(e) The ecologist repeats part (c) with $h = 0.1$. Explain why, and state one limitation of the model itself. [3]`,
    [
      R("r1", 1, String.raw`$0.5x$: rabbits reproduce at a rate proportional to their number (growth with no foxes)`, ["reproduce", "growth"]),
      R("r2", 1, String.raw`$-0.02xy$: rabbits are eaten at a rate proportional to the number of rabbit–fox encounters`, ["eaten", "encounters"]),
      M("m1", 1, String.raw`Sets $\frac{dx}{dt} = 0$ and $\frac{dy}{dt} = 0$ with $x, y \ne 0$`, ["= 0"]),
      A("a1", 1, String.raw`$0.5 - 0.02y = 0 \implies y = 25$`, ["y = 25"], ["m1"]),
      A("a2", 1, String.raw`$-0.4 + 0.01x = 0 \implies x = 40$; equilibrium $(40, 25)$`, ["x = 40", "(40, 25)"], ["m1"]),
      M("m2", 1, String.raw`Euler updates $x_{n+1} = x_n + 0.5(0.5x_n - 0.02x_ny_n)$, $y_{n+1} = y_n + 0.5(-0.4y_n + 0.01x_ny_n)$`, ["x_{n+1}", "y_{n+1}"]),
      A("a3", 1, String.raw`$t = 0.5$: $x = 63$, $y = 22$`, ["63", "22"], ["m2"]),
      A("a4", 1, String.raw`$t = 1$: $x = 64.89$`, ["64.89"], ["a3"]),
      A("a5", 1, String.raw`$t = 1$: $y = 24.53$`, ["24.53"], ["a3"]),
      R("r3", 1, String.raw`At $(60, 20)$: $x > 40 \implies \frac{dy}{dt} > 0$ and $y < 25 \implies \frac{dx}{dt} > 0$: both increase at first`, [
        "both increase",
      ]),
      R("r4", 1, String.raw`Then foxes exceed $25$ so rabbits decrease; when rabbits fall below $40$ foxes decrease; then rabbits recover`, [
        "decrease",
        "recover",
      ]),
      R("r5", 1, String.raw`The populations cycle anticlockwise around $(40, 25)$ (periodic oscillation, fox peaks lagging rabbit peaks)`, [
        "cycle",
        "anticlockwise",
        "oscillat",
      ]),
      R("r6", 1, String.raw`A smaller step reduces the error of Euler's method (the gradient changes during each step)`, ["smaller step", "error"]),
      R("r7", 1, String.raw`Compares the two estimates: if they agree closely, the estimate is reliable`, ["compare", "agree"]),
      R(
        "r8",
        1,
        String.raw`Limitation, e.g. rabbits grow without limit if there are no foxes / no other food sources, disease, seasons or migration / populations treated as continuous`,
        ["limit", "seasons", "continuous"],
      ),
    ],
    String.raw`**(a)** $0.5x$: without foxes the rabbit population grows at a rate proportional to its size ($50\%$ per year). $-0.02xy$: the rate at which rabbits are eaten is proportional to the number of encounters between rabbits and foxes, which is proportional to $xy$.

**(b)** For $x, y \ne 0$: $\frac{dx}{dt} = x(0.5 - 0.02y) = 0 \implies y = 25$, and $\frac{dy}{dt} = y(-0.4 + 0.01x) = 0 \implies x = 40$. Equilibrium: $(40, 25)$, i.e. $4000$ rabbits and $25$ foxes.

**(c)** With $h = 0.5$:

| $t$ | $x$ | $y$ | $\frac{dx}{dt}$ | $\frac{dy}{dt}$ |
|---|---|---|---|---|
| 0 | 60 | 20 | $30 - 24 = 6$ | $-8 + 12 = 4$ |
| 0.5 | 63 | 22 | $31.5 - 27.72 = 3.78$ | $-8.8 + 13.86 = 5.06$ |
| 1 | 64.89 | 24.53 | | |

So about $6489$ rabbits and $24.53 \approx 25$ foxes after one year.

**(d)** Starting at $(60, 20)$: $x > 40$ so foxes increase, and $y < 25$ so rabbits increase. Once foxes exceed $25$, rabbits start to decrease while foxes keep increasing; when rabbits fall below $40$, foxes decrease too; once foxes drop below $25$ the rabbits recover, and the cycle repeats. In the $xy$-plane the trajectory circles **anticlockwise** around $(40, 25)$: the populations oscillate, with fox numbers peaking after rabbit numbers.

**(e)** Euler's method assumes the gradient stays constant over each step, but here it changes quickly, so $h = 0.5$ may give a large error (Euler's method tends to make these cycles spiral outwards). A smaller step reduces the error, and agreement between the two estimates gives confidence. Limitations of the model: with no foxes the rabbits grow exponentially forever (no carrying capacity); it ignores other food sources, disease, seasons and migration, and treats populations as continuous.`,
  ),
  written(
    meta("p3-bike-share", HL, "4.19", 5, 15, "P3", "Investigate"),
    String.raw`**Bike-share stations.** A city has three bike-share stations, $A$, $B$ and $C$, and $240$ bikes. Each bike is at one of the stations every morning. From one morning to the next, bikes move according to the transition matrix (columns: from; rows: to)
$$T = \begin{pmatrix} 0.7 & 0.2 & 0.1 \\ 0.2 & 0.6 & 0.3 \\ 0.1 & 0.2 & 0.6 \end{pmatrix}\begin{matrix} A \\ B \\ C \end{matrix}$$

On Monday morning there are $100$ bikes at $A$, $80$ at $B$ and $60$ at $C$.

(a) Explain why each column of $T$ sums to $1$. [1]

(b) Find the expected number of bikes at each station on Tuesday and on Wednesday mornings. [3]

(c) Find the long-term expected number of bikes at each station, correct to one decimal place. [4]

(d) The eigenvalues of $T$ are $1$, $0.562$ and $0.338$ (3 s.f.). Explain why $T$ must have an eigenvalue of $1$, and how the other eigenvalues affect how quickly the steady state is reached. [3]

(e) Station $B$ has $85$ docks. Comment on whether this is enough in the long run. [2]

(f) State two assumptions of the Markov chain model that may not hold for a real bike-share scheme. [2]`,
    [
      R("r1", 1, String.raw`Every bike at a station must be at one of the three stations the next morning (probabilities from each state sum to 1)`, [
        "sum to 1",
        "must be",
      ]),
      M("m1", 1, String.raw`$T\begin{pmatrix} 100 \\ 80 \\ 60 \end{pmatrix}$`, ["T\\mathbf{s}_0"]),
      A("a1", 1, String.raw`Tuesday $(92, 86, 62)$`, ["92", "86", "62"], ["m1"]),
      A("a2", 1, String.raw`Wednesday $(87.8, 88.6, 63.6)$`, ["87.8", "88.6", "63.6"], ["a1"]),
      M("m2", 1, String.raw`Solves $T\mathbf{s} = \mathbf{s}$ with $a + b + c = 240$ (or high power of $T$, or eigenvector for $\lambda = 1$)`, [
        "Ts = s",
        "T^{n}",
      ]),
      A("a3", 1, String.raw`Proportions $\frac{10}{29}, \frac{11}{29}, \frac{8}{29}$`, ["10/29", "11/29", "8/29"], ["m2"]),
      A("a4", 1, String.raw`$A$: $82.8$, $B$: $91.0$`, ["82.8", "91.0"], ["a3"]),
      A("a5", 1, String.raw`$C$: $66.2$`, ["66.2"], ["a3"]),
      R(
        "r2",
        1,
        String.raw`Columns sum to $1$, so $T^{\mathsf{T}}$ has eigenvector $(1, 1, 1)$ with eigenvalue $1$; $T$ and $T^{\mathsf{T}}$ share eigenvalues`,
        ["transpose", "(1, 1, 1)"],
      ),
      R(
        "r3",
        1,
        String.raw`Writing $\mathbf{s}_0$ in eigenvectors, $T^{n}\mathbf{s}_0 = \mathbf{s} + c_2(0.562)^{n}\mathbf{v}_2 + c_3(0.338)^{n}\mathbf{v}_3$`,
        ["0.562^n", "eigenvectors"],
      ),
      R("r4", 1, String.raw`The other terms decay like $0.562^{n}$, so convergence is fast (the largest of the other eigenvalues controls the rate)`, [
        "decay",
        "fast",
      ]),
      R("r5", 1, String.raw`Long-term expected number at $B$ is $91$, more than $85$ docks`, ["91", "85"]),
      R(
        "r6",
        1,
        String.raw`So $B$ will often be full: add docks or move bikes from $B$ (and numbers fluctuate around the mean, so even more capacity is needed on some days)`,
        ["full", "fluctuate", "redistribute"],
      ),
      R("r7", 1, String.raw`Transition probabilities constant over time (no weekday/weekend, weather or seasonal effects)`, ["constant"]),
      R(
        "r8",
        1,
        String.raw`Each bike moves independently and only depends on its current station / each bike makes at most one journey a day / no bikes removed for repair`,
        ["independent", "current station"],
      ),
    ],
    String.raw`**(a)** Column $j$ lists where the bikes at station $j$ are the next morning; every bike must be at $A$, $B$ or $C$, so the proportions add to $1$.

**(b)** $\mathbf{s}_1 = T\begin{pmatrix} 100 \\ 80 \\ 60 \end{pmatrix} = \begin{pmatrix} 70 + 16 + 6 \\ 20 + 48 + 18 \\ 10 + 16 + 36 \end{pmatrix} = \begin{pmatrix} 92 \\ 86 \\ 62 \end{pmatrix}$ (Tuesday), and $\mathbf{s}_2 = T\mathbf{s}_1 = \begin{pmatrix} 87.8 \\ 88.6 \\ 63.6 \end{pmatrix}$ (Wednesday).

**(c)** Solve $T\mathbf{s} = \mathbf{s}$ with $a + b + c = 240$. From the equations $-0.3a + 0.2b + 0.1c = 0$ and $0.2a - 0.4b + 0.3c = 0$, the ratio is $a : b : c = 10 : 11 : 8$, so

$$\mathbf{s} = \frac{240}{29}\begin{pmatrix} 10 \\ 11 \\ 8 \end{pmatrix} = \begin{pmatrix} 82.8 \\ 91.0 \\ 66.2 \end{pmatrix}.$$

(The GDC's $T^{50}\mathbf{s}_0$ gives the same vector.)

**(d)** Because each column sums to $1$, $(1\ 1\ 1)T = (1\ 1\ 1)$: $1$ is an eigenvalue of $T^{\mathsf{T}}$, and a matrix and its transpose have the same eigenvalues. Writing $\mathbf{s}_0 = \mathbf{s} + c_2\mathbf{v}_2 + c_3\mathbf{v}_3$ in terms of eigenvectors,

$$T^{n}\mathbf{s}_0 = \mathbf{s} + c_2(0.562)^{n}\mathbf{v}_2 + c_3(0.338)^{n}\mathbf{v}_3.$$

The extra terms shrink geometrically; the larger one, $0.562^{n}$, controls the rate. After about a week ($0.562^{7} \approx 0.018$) the distribution is within $2\%$ of the steady state of its initial distance from it.

**(e)** In the long run station $B$ expects about $91$ bikes, more than its $85$ docks, so it will often be full and riders cannot return bikes. Because $91$ is only the expected value and daily numbers fluctuate, the operator should add docks at $B$ or redistribute bikes from $B$ each night.

**(f)** For example: the transition probabilities are constant (in reality they depend on the day of the week, weather and season); each bike's move depends only on its current station and bikes move independently; each bike makes at most one recorded move per day; no bikes are lost, stolen or taken for repair.`,
  ),
  written(
    meta("p3-planet-periods", HL, "2.10", 5, 14, "P3", "To what extent"),
    String.raw`**Planets and their years.** The table gives each planet's mean distance from the Sun, $a$ (astronomical units, AU), and its orbital period, $T$ (Earth years).

| Planet | Mercury | Venus | Earth | Mars | Jupiter | Saturn |
|---|---|---|---|---|---|---|
| $a$ (AU) | 0.387 | 0.723 | 1.000 | 1.524 | 5.203 | 9.537 |
| $T$ (years) | 0.241 | 0.615 | 1.000 | 1.881 | 11.86 | 29.46 |

(a) A student first fits a linear model $T = ma + c$ and obtains $r = 0.992$. Explain why a high value of $r$ does not show that a linear model is appropriate here. [2]

(b) Explain why, if $T = ka^{n}$, a graph of $\ln T$ against $\ln a$ is a straight line, and state its gradient and intercept. [3]

(c) Use your GDC to find the regression line of $\ln T$ on $\ln a$, and hence find $n$ and $k$, correct to three significant figures. [4]

(d) Neptune's mean distance from the Sun is $30.07$ AU. Use your model to estimate its orbital period, and comment on the reliability of this estimate. [3]

(e) Kepler's third law states that $T^{2} \propto a^{3}$. To what extent do your results support this law? [2]`,
    [
      R("r1", 1, String.raw`$r$ measures linear association, but the data curve (the residuals show a clear pattern / gradient increases)`, [
        "curve",
        "residual",
      ]),
      R("r2", 1, String.raw`The linear model gives nonsense for small $a$ (e.g. negative or non-zero $T$ at $a = 0$); a few large values dominate $r$`, [
        "negative",
        "dominate",
      ]),
      M("m1", 1, String.raw`Takes logs: $\ln T = \ln k + n\ln a$`, ["\\ln T = \\ln k + n\\ln a"]),
      A("a1", 1, String.raw`This is $Y = nX + \ln k$ with $Y = \ln T$, $X = \ln a$: a straight line`, ["straight line"], ["m1"]),
      A("a2", 1, String.raw`Gradient $n$, intercept $\ln k$`, ["gradient n", "intercept \\ln k"], ["m1"]),
      M("m2", 1, String.raw`Enters $\ln a$ and $\ln T$ into the GDC and uses linear regression`, ["LinReg", "\\ln a"]),
      A("a3", 1, String.raw`$\ln T = 1.4997\ln a + 0.00028$ (gradient $1.50$, intercept $\approx 0.000280$)`, ["1.4997", "0.00028"], ["m2"]),
      A("a4", 1, String.raw`$n = 1.50$`, ["1.50"], ["a3"]),
      A("a5", 1, String.raw`$k = e^{0.00028} = 1.00$`, ["1.00"], ["a3"]),
      M("m3", 1, String.raw`Substitutes $a = 30.07$ into $T = ka^{n}$`, ["30.07"]),
      A("a6", 1, String.raw`$T \approx 165$ years`, ["165", "164.8"], ["m3"]),
      R(
        "r3",
        1,
        String.raw`Extrapolation beyond $a = 9.537$, but the fit on the log scale is almost perfect ($r \approx 1.000$) and based on a physical law, so it is fairly reliable`,
        ["extrapolation", "reliable"],
      ),
      R("r4", 1, String.raw`$n \approx 1.5$ and $k \approx 1$ give $T = a^{1.5}$, i.e. $T^{2} = a^{3}$`, ["T^2 = a^3", "1.5"]),
      R("r5", 1, String.raw`Strong support: $r$ for the log data is $0.99999997$; but only six planets, so it is consistent with the law rather than a proof`, [
        "support",
        "six",
      ]),
    ],
    String.raw`**(a)** $r$ only measures how close the points are to *some* straight line; six points that curve upwards can still give $r = 0.992$, dominated by the two large planets. A residual plot shows a clear curved pattern, and the linear model makes impossible predictions, such as a non-zero or negative period for a planet very close to the Sun. The scatter graph, not $r$ alone, must guide the choice of model.

**(b)** If $T = ka^{n}$, then $\ln T = \ln k + n\ln a$. With $Y = \ln T$ and $X = \ln a$ this is $Y = nX + \ln k$, a straight line with gradient $n$ and $Y$-intercept $\ln k$.

**(c)** Linear regression of $\ln T$ on $\ln a$ gives

$$\ln T = 1.4997\ldots \ln a + 0.000280\ldots, \qquad r = 0.99999997.$$

So $n \approx 1.50$ and $k = e^{0.000280} \approx 1.00$: the model is $T = 1.00a^{1.50}$.

**(d)** $T = 1.0003 \times 30.07^{1.4997} \approx 164.8$, about $165$ years. This is extrapolation ($30.07$ AU is over three times the largest distance in the data), but the log–log fit is almost perfect and the relationship is a physical law, so the estimate is reliable. (Neptune's observed period is indeed close to $165$ years.)

**(e)** $n = 1.50$ and $k = 1.00$ give $T = a^{3/2}$, so $T^{2} = a^{3}$, exactly the form of Kepler's law with the constant $1$ in these units. The results strongly support the law, with an almost perfect fit; however, six data points and rounding in the table mean they are consistent with the law rather than a proof of it.`,
  ),
];

const content: SubjectQuestions = {
  subject: "math-ai",
  questions: [...topic1, ...topic2, ...topic3, ...topic4, ...topic5, ...ahl1, ...ahl2, ...ahl3, ...ahl4, ...ahl5, ...paper3],
};

export default content;
