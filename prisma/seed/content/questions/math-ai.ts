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

/** An answer to 3 significant figures, accepting anything that rounds to it. */
const sf3 = (value: number, unit?: string): NumericAnswer => {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  return { value, tolerance: Number((0.5 * 10 ** (exponent - 2)).toPrecision(1)), sigFigs: 3, ...(unit ? { unit } : {}) };
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
      R("r1", 1, String.raw`Needs the next whole number, e.g. $1.035^{14} \times 24\,000 = 38\,849$ and $1.035^{15} \times 24\,000 = 40\,208$`, ["38849", "40208"]),
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
      M("m1", 1, String.raw`Uses the compound interest formula or a TVM solver with $N = 60$, $I\% = 3.6$, $PV = -8000$, $P/Y = C/Y = 12$`, ["60", "3.6", "12"]),
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
    [
      M("m1", 1, String.raw`$32\,000 \times 0.85^{4}$ (or TVM with $I\% = -15$)`, ["0.85^4", "-15"]),
      A("a1", 1, String.raw`€16 704`, ["16704"], ["m1"]),
    ],
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
      M("m1", 1, String.raw`Sets up $5000\left(1 + \frac{r}{400}\right)^{24} = 7000$, or TVM with $N = 24$, $PV = -5000$, $FV = 7000$, $C/Y = 4$`, ["^{24}", "7000", "24"]),
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
    [
      M("m1", 1, String.raw`$x = \log_{10} 250$ (or GDC intersection)`, ["\\log", "log 250"]),
      A("a1", 1, String.raw`$x = 2.40$`, ["2.40", "2.4"], ["m1"]),
    ],
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
      R("r1", 1, String.raw`Loan Y, because X's payment (€365) is above her €300 limit, although Y costs about €379 more interest (OWTTE)`, ["Loan Y", "afford", "more interest"]),
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
    String.raw`The GDC's *maximum* function on $0 \le x \le 7$ gives the point $(5, 16.5)$. (By hand: $h'(x) = -0.6x^{2} + 3x = 0$ at $x = 0$ or $x = 5$, and $h(5) = -25 + 37.5 + 4 = 16.5$; the end values $h(0) = 4$ and $h(7) = 9.1$ are lower.)

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
      R("r2", 1, String.raw`Unrealistic: a sunflower does not grow at a constant rate all year (about 6.4 m tall); growth slows and stops / the plant dies, so unreliable`, ["unrealistic", "stops", "unreliable"]),
      R("r3", 1, String.raw`A logistic (or other model that levels off), because growth slows to a maximum height (OWTTE)`, ["logistic", "levels off", "maximum"]),
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
    [
      M("m1", 1, String.raw`$\frac{1}{2}(7)(9)\sin 52^\circ$`, ["sin 52", "\\frac{1}{2}"]),
      A("a1", 1, String.raw`$24.8\ \text{cm}^2$`, ["24.8"], ["m1"]),
    ],
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
      R("r1", 1, String.raw`A vertex is equidistant from the (three or more) nearest sites, so it is the point furthest from its nearest station (largest empty circle) (OWTTE)`, ["equidistant", "furthest", "largest empty circle"]),
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
      R("r1", 1, String.raw`Guarantees each year group is represented in proportion to its size (the alphabetical list might not) (OWTTE)`, ["proportion", "represented"]),
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
      R("r3", 1, String.raw`Brand X, as its lives are more consistent (its lower quartile and median are close to Y's with much less variation) / accept Y with a reason based on its higher median and $Q_3$`, ["consistent", "Brand X"]),
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
      R("r2", 1, String.raw`A student who does no revision is predicted to score about $37.6$ (also extrapolation, just outside the data)`, ["37.6", "no revision"]),
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
    [
      M("m1", 1, String.raw`$240 \times 0.35$`, ["240 \\times 0.35"]),
      A("a1", 1, String.raw`$84$`, ["84"], ["m1"]),
    ],
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
      R("r2", 1, String.raw`If the farmer only wants to know whether A is better (e.g. has a reason to expect A to give higher yields), the one-tailed test answers that question (OWTTE)`, ["better", "one-tailed"]),
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

const content: SubjectQuestions = {
  subject: "math-ai",
  questions: [...topic1, ...topic2, ...topic3, ...topic4, ...topic5],
};

export default content;
