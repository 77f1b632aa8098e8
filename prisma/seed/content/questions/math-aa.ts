import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { contentFigure } from "../figures/content-figure";
import * as fig from "../figures/math-aa";
import { mathAaGroups } from "./multi-part/math-aa";

// Original IB-style questions for Mathematics: Analysis and Approaches (first assessment 2021).
// Maths papers have no multiple-choice questions: every item is NUMERIC (one final value) or WRITTEN,
// apart from two quick sketch-reading checks among the figure questions at the end.
// Markschemes use IB conventions: M method, A accuracy (dependsOn its M), R reasoning,
// B independent marks and AG (answer given, 0 marks) at the end of "show that" working.

type Point = MarkingPointInput;

const M = (id: string, marks: number, text: string, keywords: string[], dependsOn: string[] = []): Point => ({
  id,
  kind: "M",
  marks,
  text,
  keywords,
  dependsOn,
});
const A = (id: string, marks: number, text: string, keywords: string[], dependsOn: string[] = []): Point => ({
  id,
  kind: "A",
  marks,
  text,
  keywords,
  dependsOn,
});
const R = (id: string, marks: number, text: string, keywords: string[], dependsOn: string[] = []): Point => ({
  id,
  kind: "R",
  marks,
  text,
  keywords,
  dependsOn,
});
const AG = (id: string, text: string, keywords: string[], dependsOn: string[] = []): Point => ({
  id,
  kind: "AG",
  marks: 0,
  text,
  keywords,
  dependsOn,
});

// ---------------------------------------------------------------------------
// Topic 1: Number and algebra
// ---------------------------------------------------------------------------
const topic1: QuestionInput[] = [
  {
    key: "math-aa-1-1-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.1",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: String.raw`Calculate $(3.2 \times 10^{5}) \times (2.5 \times 10^{-2})$, giving your answer in the form $a \times 10^{k}$, where $1 \le a < 10$ and $k \in \mathbb{Z}$.`,
    numericAnswer: { value: 8000 },
    markscheme: [
      M("m1", 1, String.raw`Multiplies the numbers and adds the indices: $3.2 \times 2.5 = 8$ and $10^{5} \times 10^{-2} = 10^{3}$`, ["8", "10^3"]),
      A("a1", 1, String.raw`$8 \times 10^{3}$ (accept $8.0 \times 10^{3}$)`, ["8 \\times 10^3", "8000"], ["m1"]),
    ],
    workedSolution: String.raw`Group the numbers and the powers of ten:

$$(3.2 \times 2.5) \times (10^{5} \times 10^{-2}) = 8 \times 10^{5 + (-2)} = 8 \times 10^{3}.$$

Since $1 \le 8 < 10$, the answer is already in standard form: $8 \times 10^{3}$ (which is $8000$).`,
  },
  {
    key: "math-aa-1-2-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.2",
    difficulty: 2,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`In an arithmetic sequence, the third term is $11$ and the eighth term is $31$.

Find the sum of the first $20$ terms of the sequence.`,
    numericAnswer: { value: 820 },
    markscheme: [
      M("m1", 1, String.raw`Sets up two equations: $u_1 + 2d = 11$ and $u_1 + 7d = 31$ (or $5d = 20$)`, ["u_1 + 2d", "5d = 20"]),
      A("a1", 1, String.raw`$d = 4$`, ["d = 4"], ["m1"]),
      A("a2", 1, String.raw`$u_1 = 3$`, ["u_1 = 3", "3"], ["m1"]),
      M("m2", 1, String.raw`Substitutes into $S_n = \frac{n}{2}\left(2u_1 + (n-1)d\right)$ with $n = 20$`, ["S_{20}", "10(6 + 76)"]),
      A("a3", 1, String.raw`$S_{20} = 820$`, ["820"], ["m2"]),
    ],
    workedSolution: String.raw`Using $u_n = u_1 + (n-1)d$:

- $u_3 = u_1 + 2d = 11$
- $u_8 = u_1 + 7d = 31$

Subtracting: $5d = 20$, so $d = 4$, and then $u_1 = 11 - 2(4) = 3$.

$$S_{20} = \frac{20}{2}\left(2(3) + 19(4)\right) = 10(6 + 76) = 820.$$`,
  },
  {
    key: "math-aa-1-2-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.2",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`An arithmetic series has first term $7$ and common difference $3$.

Find the least number of terms, $n$, for which the sum of the series exceeds $2000$.`,
    numericAnswer: { value: 35 },
    markscheme: [
      M("m1", 1, String.raw`Uses the sum formula: $S_n = \frac{n}{2}\left(14 + 3(n-1)\right)$`, ["S_n", "14 + 3(n-1)"]),
      A("a1", 1, String.raw`Correct inequality or equation, e.g. $\frac{n}{2}(3n + 11) > 2000$ or $3n^2 + 11n - 4000 = 0$`, ["3n^2 + 11n", "4000"], ["m1"]),
      A("a2", 1, String.raw`$n = 34.7\ldots$ (from GDC or quadratic formula)`, ["34.7"], ["a1"]),
      R("r1", 1, String.raw`Recognises $n$ must be the next integer, or checks $S_{34} = 1921$ and $S_{35} = 2030$`, ["1921", "2030", "integer"]),
      A("a3", 1, String.raw`$n = 35$`, ["35"], ["r1"]),
    ],
    workedSolution: String.raw`$$S_n = \frac{n}{2}\left(2(7) + 3(n-1)\right) = \frac{n}{2}(3n + 11).$$

We need $\frac{n}{2}(3n + 11) > 2000$, i.e. $3n^2 + 11n - 4000 > 0$.

Solving $3n^2 + 11n - 4000 = 0$ with the GDC gives $n \approx 34.73$ (the other root is negative).

$n$ must be a whole number, so check either side:

- $S_{34} = 17(102 + 11) = 1921 < 2000$
- $S_{35} = \frac{35}{2}(105 + 11) = 2030 > 2000$

The least number of terms is $n = 35$.`,
  },
  {
    key: "math-aa-1-3-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.3",
    difficulty: 2,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`In a geometric sequence, $u_2 = 6$ and $u_5 = -162$.

Find the value of $u_7$.`,
    numericAnswer: { value: -1458 },
    markscheme: [
      M("m1", 1, String.raw`Divides the terms: $\frac{u_1 r^4}{u_1 r} = r^3 = \frac{-162}{6} = -27$`, ["r^3", "-27"]),
      A("a1", 1, String.raw`$r = -3$`, ["r = -3"], ["m1"]),
      A("a2", 1, String.raw`$u_1 = -2$`, ["u_1 = -2", "-2"], ["m1"]),
      M("m2", 1, String.raw`Uses $u_7 = u_1 r^{6}$ (or $u_7 = u_5 r^2$)`, ["r^6", "r^2"]),
      A("a3", 1, String.raw`$u_7 = -1458$`, ["-1458"], ["m2"]),
    ],
    workedSolution: String.raw`With $u_n = u_1 r^{n-1}$: $u_2 = u_1 r = 6$ and $u_5 = u_1 r^4 = -162$.

Dividing, $r^3 = \frac{-162}{6} = -27$, so $r = -3$ and $u_1 = \frac{6}{-3} = -2$.

$$u_7 = u_1 r^6 = -2 \times (-3)^6 = -2 \times 729 = -1458.$$

(Quicker: $u_7 = u_5 r^2 = -162 \times 9 = -1458$.)`,
  },
  {
    key: "math-aa-1-3-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.3",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`A geometric series has first term $3$ and common ratio $2$.

Find the smallest value of $n$ for which the sum of the first $n$ terms is greater than $10^{6}$.`,
    numericAnswer: { value: 19 },
    markscheme: [
      M("m1", 1, String.raw`Uses $S_n = \frac{3(2^n - 1)}{2 - 1}$`, ["3(2^n - 1)", "S_n"]),
      A("a1", 1, String.raw`Correct inequality: $3(2^n - 1) > 10^6$`, ["10^6", "> 1000000"], ["m1"]),
      M("m2", 1, String.raw`Solves using logarithms, GDC table or graph, e.g. $n > \log_2 333334.3$`, ["log", "18.3"], ["a1"]),
      A("a2", 1, String.raw`$n > 18.3\ldots$ (or $S_{18} = 786\,429$ and $S_{19} = 1\,572\,861$)`, ["18.3", "786429", "1572861"], ["m2"]),
      A("a3", 1, String.raw`$n = 19$`, ["19"], ["a2"]),
    ],
    workedSolution: String.raw`$$S_n = \frac{u_1(r^n - 1)}{r - 1} = \frac{3(2^n - 1)}{1} = 3(2^n - 1).$$

We need $3(2^n - 1) > 10^6$, so $2^n > 333\,334.3\ldots$ and

$$n > \frac{\ln 333\,334.3}{\ln 2} \approx 18.35.$$

Check: $S_{18} = 3(2^{18} - 1) = 786\,429$ (too small) and $S_{19} = 3(2^{19} - 1) = 1\,572\,861$.

So the smallest value is $n = 19$.`,
  },
  {
    key: "math-aa-1-4-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Mira invests \$5000 in an account that pays a nominal annual interest rate of $3.6\%$, compounded monthly. She makes no further deposits or withdrawals.

Calculate the value of her investment after $8$ years, giving your answer to the nearest dollar.`,
    numericAnswer: { value: 6666, tolerance: 1, unit: "$" },
    markscheme: [
      M(
        "m1",
        1,
        String.raw`Uses compound interest with monthly compounding: $5000\left(1 + \frac{3.6}{100 \times 12}\right)^{12 \times 8}$ (or TVM solver with $N = 96$, $I\% = 3.6$, $C/Y = 12$)`,
        ["1.003", "96"],
      ),
      A("a1", 1, String.raw`$5000 \times 1.003^{96}$ or $6665.91\ldots$`, ["1.003^{96}", "6665.9"], ["m1"]),
      A("a2", 1, String.raw`\$6666`, ["6666"], ["a1"]),
    ],
    workedSolution: String.raw`Monthly rate: $\frac{3.6\%}{12} = 0.3\% = 0.003$. Number of compounding periods: $12 \times 8 = 96$.

$$FV = 5000(1.003)^{96} = 6665.91\ldots$$

To the nearest dollar the investment is worth \$6666.`,
  },
  {
    key: "math-aa-1-5-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.5",
    difficulty: 1,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the exact value of $\log_3 81 - \log_5 \dfrac{1}{25}$.`,
    numericAnswer: { value: 6 },
    markscheme: [
      A("a1", 1, String.raw`$\log_3 81 = 4$ (since $3^4 = 81$)`, ["4", "3^4"]),
      A("a2", 1, String.raw`$\log_5 \frac{1}{25} = -2$ (since $5^{-2} = \frac{1}{25}$)`, ["-2", "5^{-2}"]),
      A("a3", 1, String.raw`$4 - (-2) = 6$`, ["6"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`$\log_b x = y$ means $b^y = x$.

- $3^4 = 81$, so $\log_3 81 = 4$.
- $5^{-2} = \frac{1}{25}$, so $\log_5 \frac{1}{25} = -2$.

Therefore $\log_3 81 - \log_5 \frac{1}{25} = 4 - (-2) = 6$.`,
  },
  {
    key: "math-aa-1-6-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "1.6",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Prove",
    stem: String.raw`Prove that the difference between the squares of any two consecutive odd integers is a multiple of $8$.`,
    markscheme: [
      M("m1", 1, String.raw`Represents two consecutive odd integers algebraically, e.g. $2n - 1$ and $2n + 1$, $n \in \mathbb{Z}$`, ["2n + 1", "2n - 1"]),
      M("m2", 1, String.raw`Expands both squares: $(2n+1)^2 - (2n-1)^2 = (4n^2 + 4n + 1) - (4n^2 - 4n + 1)$`, ["4n^2", "expand"], ["m1"]),
      A("a1", 1, String.raw`$= 8n$`, ["8n"], ["m2"]),
      R("r1", 1, String.raw`Concludes: $8n$ is a multiple of $8$ since $n$ is an integer`, ["multiple of 8", "integer"], ["a1"]),
    ],
    workedSolution: String.raw`Any two consecutive odd integers can be written as $2n - 1$ and $2n + 1$ for some integer $n$.

$$(2n + 1)^2 - (2n - 1)^2 = (4n^2 + 4n + 1) - (4n^2 - 4n + 1) = 8n.$$

Since $n$ is an integer, $8n$ is a multiple of $8$. (The difference taken the other way round is $-8n$, also a multiple of $8$.) $\blacksquare$`,
  },
  {
    key: "math-aa-1-7-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.7",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the equation $\log_2 x + \log_2 (x - 2) = 3$.`,
    numericAnswer: { value: 4 },
    markscheme: [
      M("m1", 1, String.raw`Uses the product law: $\log_2\left(x(x-2)\right) = 3$`, ["log_2(x(x-2))", "product"]),
      A("a1", 1, String.raw`$x(x - 2) = 8$, i.e. $x^2 - 2x - 8 = 0$`, ["x^2 - 2x - 8", "= 8"], ["m1"]),
      M("m2", 1, String.raw`Solves the quadratic, e.g. $(x - 4)(x + 2) = 0$`, ["(x - 4)(x + 2)", "x = -2"], ["a1"]),
      R("r1", 1, String.raw`Rejects $x = -2$ because $\log_2 x$ is undefined for $x \le 0$`, ["reject", "undefined", "x > 2"]),
      A("a2", 1, String.raw`$x = 4$ only`, ["x = 4"], ["m2"]),
    ],
    workedSolution: String.raw`Combine the logarithms with $\log_b p + \log_b q = \log_b pq$:

$$\log_2\left(x(x - 2)\right) = 3 \implies x(x - 2) = 2^3 = 8.$$

So $x^2 - 2x - 8 = 0$, i.e. $(x - 4)(x + 2) = 0$, giving $x = 4$ or $x = -2$.

Both $\log_2 x$ and $\log_2(x - 2)$ must be defined, so $x > 2$. Reject $x = -2$.

Answer: $x = 4$. (Check: $\log_2 4 + \log_2 2 = 2 + 1 = 3$.)`,
  },
  {
    key: "math-aa-1-7-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "1.7",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Consider the equation $2^{3x - 1} = 5^{x}$.

**(a)** Show that the solution of the equation is $x = \dfrac{\ln 2}{3\ln 2 - \ln 5}$.

**(b)** Hence write $x$ in the form $\dfrac{\ln a}{\ln b}$, where $a, b \in \mathbb{Q}$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Takes logarithms of both sides: $\ln 2^{3x-1} = \ln 5^{x}$`, ["ln", "logarithms"]),
      A("a1", 1, String.raw`(a) $(3x - 1)\ln 2 = x\ln 5$`, ["(3x - 1)\\ln 2", "x\\ln 5"], ["m1"]),
      M(
        "m2",
        1,
        String.raw`(a) Expands and collects the $x$ terms: $3x\ln 2 - x\ln 5 = \ln 2$ or $x(3\ln 2 - \ln 5) = \ln 2$`,
        ["3x\\ln 2 - x\\ln 5", "x(3\\ln 2 - \\ln 5)"],
        ["a1"],
      ),
      AG("ag1", String.raw`(a) $x = \dfrac{\ln 2}{3\ln 2 - \ln 5}$`, ["3\\ln 2 - \\ln 5"], ["m2"]),
      M("m3", 1, String.raw`(b) Uses $3\ln 2 = \ln 8$ and $\ln 8 - \ln 5 = \ln\frac{8}{5}$`, ["\\ln 8", "\\ln\\frac{8}{5}"]),
      A(
        "a2",
        1,
        String.raw`(b) $x = \dfrac{\ln 2}{\ln \frac{8}{5}}$ (accept $\frac{\ln 2}{\ln 1.6}$), i.e. $a = 2$, $b = \frac{8}{5}$`,
        ["8/5", "1.6"],
        ["m3"],
      ),
    ],
    workedSolution: String.raw`**(a)** Take natural logarithms of both sides and use $\ln a^k = k\ln a$:

$$(3x - 1)\ln 2 = x\ln 5$$
$$3x\ln 2 - \ln 2 = x\ln 5$$
$$3x\ln 2 - x\ln 5 = \ln 2$$
$$x(3\ln 2 - \ln 5) = \ln 2 \implies x = \frac{\ln 2}{3\ln 2 - \ln 5}.$$

**(b)** $3\ln 2 = \ln 2^3 = \ln 8$, and $\ln 8 - \ln 5 = \ln\frac{8}{5}$. So

$$x = \frac{\ln 2}{\ln \frac{8}{5}}, \quad a = 2,\ b = \tfrac{8}{5}.$$`,
  },
  {
    key: "math-aa-1-8-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "1.8",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`An infinite geometric series has a sum to infinity of $36$. The second term of the series is $8$.

Find the two possible values of the common ratio, $r$, and the corresponding first terms.`,
    markscheme: [
      M("m1", 1, String.raw`Writes both conditions: $\frac{u_1}{1 - r} = 36$ and $u_1 r = 8$`, ["\\frac{u_1}{1 - r}", "u_1 r = 8"]),
      M("m2", 1, String.raw`Eliminates $u_1$, e.g. $\frac{8}{r(1 - r)} = 36$`, ["\\frac{8}{r(1-r)}", "36r"], ["m1"]),
      A("a1", 1, String.raw`$9r^2 - 9r + 2 = 0$ (or equivalent)`, ["9r^2 - 9r + 2", "36r^2 - 36r + 8"], ["m2"]),
      A("a2", 1, String.raw`$r = \frac{1}{3}$ or $r = \frac{2}{3}$`, ["1/3", "2/3"], ["a1"]),
      R("r1", 1, String.raw`Notes both values satisfy $|r| < 1$, so both are valid`, ["|r| < 1", "converge"]),
      A("a3", 1, String.raw`$u_1 = 24$ when $r = \frac{1}{3}$; $u_1 = 12$ when $r = \frac{2}{3}$`, ["24", "12"], ["a2"]),
    ],
    workedSolution: String.raw`We have $S_\infty = \dfrac{u_1}{1 - r} = 36$ and $u_2 = u_1 r = 8$, so $u_1 = \dfrac{8}{r}$.

Substituting: $\dfrac{8}{r(1 - r)} = 36 \implies 36r - 36r^2 = 8 \implies 9r^2 - 9r + 2 = 0.$

Factorise: $(3r - 1)(3r - 2) = 0$, so $r = \frac{1}{3}$ or $r = \frac{2}{3}$.

A sum to infinity exists only when $|r| < 1$; both values satisfy this.

- $r = \frac{1}{3}$: $u_1 = 8 \div \frac{1}{3} = 24$ (check: $24 \div \frac{2}{3} = 36$ ✓)
- $r = \frac{2}{3}$: $u_1 = 8 \div \frac{2}{3} = 12$ (check: $12 \div \frac{1}{3} = 36$ ✓)`,
  },
  {
    key: "math-aa-1-8-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.8",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the sum to infinity of the geometric series $27 - 18 + 12 - 8 + \cdots$`,
    numericAnswer: { value: 16.2 },
    markscheme: [
      A("a1", 1, String.raw`$r = -\frac{2}{3}$`, ["-2/3", "r = -\\frac{2}{3}"]),
      M("m1", 1, String.raw`Substitutes into $S_\infty = \frac{u_1}{1 - r} = \frac{27}{1 + \frac{2}{3}}$`, ["\\frac{27}{1 + \\frac{2}{3}}", "5/3"], ["a1"]),
      A("a2", 1, String.raw`$S_\infty = \frac{81}{5}$ $(= 16.2)$`, ["81/5", "16.2"], ["m1"]),
    ],
    workedSolution: String.raw`The common ratio is $r = \frac{-18}{27} = -\frac{2}{3}$, and $|r| < 1$, so the series converges.

$$S_\infty = \frac{27}{1 - \left(-\frac{2}{3}\right)} = \frac{27}{\frac{5}{3}} = \frac{81}{5} = 16.2.$$`,
  },
  {
    key: "math-aa-1-9-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.9",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the coefficient of $x^{3}$ in the expansion of $(2x - 3)^{6}$.`,
    numericAnswer: { value: -4320 },
    markscheme: [
      M("m1", 1, String.raw`Identifies the correct term: $\binom{6}{3}(2x)^3(-3)^3$`, ["\\binom{6}{3}", "(2x)^3", "(-3)^3"]),
      A("a1", 1, String.raw`$\binom{6}{3} = 20$`, ["20"], ["m1"]),
      A("a2", 1, String.raw`$2^3 = 8$ and $(-3)^3 = -27$ seen`, ["8", "-27"], ["m1"]),
      A("a3", 1, String.raw`Coefficient $= -4320$`, ["-4320"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`The general term of $(a + b)^6$ is $\binom{6}{r}a^{6-r}b^{r}$. With $a = 2x$ and $b = -3$, the power of $x$ is $6 - r$, so we need $r = 3$:

$$\binom{6}{3}(2x)^{3}(-3)^{3} = 20 \times 8x^3 \times (-27) = -4320x^3.$$

The coefficient is $-4320$. (Watch the sign: an odd power of $-3$ is negative.)`,
  },
  {
    key: "math-aa-1-9-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "1.9",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the term independent of $x$ in the expansion of $\left(x^{2} + \dfrac{2}{x}\right)^{6}$.`,
    numericAnswer: { value: 240 },
    markscheme: [
      M("m1", 1, String.raw`Writes a general term: $\binom{6}{r}(x^2)^{6-r}\left(\frac{2}{x}\right)^{r}$`, ["\\binom{6}{r}", "general term"]),
      A("a1", 1, String.raw`Power of $x$: $x^{12 - 3r}$`, ["12 - 3r"], ["m1"]),
      M("m2", 1, String.raw`Sets $12 - 3r = 0$`, ["12 - 3r = 0"], ["a1"]),
      A("a2", 1, String.raw`$r = 4$, giving $\binom{6}{4}(x^2)^2\left(\frac{2}{x}\right)^4$`, ["r = 4"], ["m2"]),
      A("a3", 1, String.raw`$15 \times 16 = 240$`, ["240"], ["a2"]),
    ],
    workedSolution: String.raw`The general term is

$$\binom{6}{r}(x^2)^{6-r}\left(\frac{2}{x}\right)^{r} = \binom{6}{r}2^{r}x^{12 - 2r}x^{-r} = \binom{6}{r}2^{r}x^{12 - 3r}.$$

The term is independent of $x$ when $12 - 3r = 0$, i.e. $r = 4$:

$$\binom{6}{4}2^{4} = 15 \times 16 = 240.$$`,
  },
  {
    key: "math-aa-1-10-01",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "1.10",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Four boys and three girls are to sit in a row of seven chairs.

Find the number of different arrangements in which the three girls sit next to each other.`,
    numericAnswer: { value: 720 },
    markscheme: [
      M("m1", 1, String.raw`Treats the girls as one block, giving $5$ units to arrange: $5!$`, ["5!", "block", "120"]),
      M("m2", 1, String.raw`Multiplies by the arrangements of the girls within the block: $3!$`, ["3!", "6"]),
      A("a1", 1, String.raw`$5! \times 3! = 720$`, ["720"], ["m1", "m2"]),
    ],
    workedSolution: String.raw`Glue the three girls together into one "block". There are now $4$ boys $+ 1$ block $= 5$ units, which can be arranged in $5! = 120$ ways.

Inside the block the girls can be ordered in $3! = 6$ ways.

By the product principle: $120 \times 6 = 720$ arrangements.`,
  },
  {
    key: "math-aa-1-10-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.10",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`**(a)** Find the first three terms, in ascending powers of $x$, of the expansion of $(1 - 4x)^{\frac{1}{2}}$, and state the values of $x$ for which the expansion is valid.

**(b)** By substituting $x = 0.01$, find an approximation for $\sqrt{0.96}$, giving your answer as a decimal.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses the extended binomial expansion $1 + nu + \frac{n(n-1)}{2!}u^2$ with $n = \frac{1}{2}$, $u = -4x$`, [
        "\\frac{n(n-1)}{2!}",
        "n = 1/2",
      ]),
      A("a1", 1, String.raw`(a) $1 - 2x$`, ["1 - 2x"], ["m1"]),
      A("a2", 1, String.raw`(a) $-2x^2$`, ["-2x^2"], ["m1"]),
      A("a3", 1, String.raw`(a) Valid for $|x| < \frac{1}{4}$ (accept $-\frac{1}{4} < x < \frac{1}{4}$)`, ["|x| < 1/4", "1/4"]),
      M("m2", 1, String.raw`(b) Substitutes $x = 0.01$: $1 - 2(0.01) - 2(0.01)^2$`, ["0.01", "0.0002"]),
      A("a4", 1, String.raw`(b) $0.9798$`, ["0.9798"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** With $n = \frac{1}{2}$ and $u = -4x$:

$$(1 + u)^{n} = 1 + nu + \frac{n(n-1)}{2!}u^{2} + \cdots$$
$$= 1 + \tfrac{1}{2}(-4x) + \frac{\tfrac{1}{2}\left(-\tfrac{1}{2}\right)}{2}(16x^2) + \cdots = 1 - 2x - 2x^2 + \cdots$$

The expansion is valid when $|u| < 1$, i.e. $|4x| < 1$, so $|x| < \frac{1}{4}$.

**(b)** $x = 0.01$ is inside the interval of validity and $1 - 4(0.01) = 0.96$, so

$$\sqrt{0.96} \approx 1 - 0.02 - 0.0002 = 0.9798.$$

(The true value is $0.979795\ldots$, so the approximation is very good.)`,
  },
  {
    key: "math-aa-1-11-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.11",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find constants $A$ and $B$ such that

$$\frac{5x + 1}{(x - 1)(x + 2)} \equiv \frac{A}{x - 1} + \frac{B}{x + 2}.$$`,
    markscheme: [
      M("m1", 1, String.raw`Multiplies through: $5x + 1 \equiv A(x + 2) + B(x - 1)$`, ["A(x + 2) + B(x - 1)"]),
      M("m2", 1, String.raw`Substitutes suitable values (e.g. $x = 1$, $x = -2$) or equates coefficients`, ["x = 1", "x = -2", "coefficients"], ["m1"]),
      A("a1", 1, String.raw`$A = 2$`, ["A = 2"], ["m2"]),
      A("a2", 1, String.raw`$B = 3$`, ["B = 3"], ["m2"]),
    ],
    workedSolution: String.raw`Multiply both sides by $(x - 1)(x + 2)$:

$$5x + 1 \equiv A(x + 2) + B(x - 1).$$

- $x = 1$: $6 = 3A$, so $A = 2$.
- $x = -2$: $-9 = -3B$, so $B = 3$.

$$\frac{5x + 1}{(x - 1)(x + 2)} \equiv \frac{2}{x - 1} + \frac{3}{x + 2}.$$

Check with $x = 0$: left side $\frac{1}{-2} = -\frac{1}{2}$; right side $-2 + \frac{3}{2} = -\frac{1}{2}$ ✓`,
  },
  {
    key: "math-aa-1-12-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.12",
    difficulty: 2,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $z = \dfrac{3 + 4\mathrm{i}}{1 - 2\mathrm{i}}$.

**(a)** Find $z$ in the form $a + b\mathrm{i}$, where $a, b \in \mathbb{R}$.

**(b)** Find $|z|$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Multiplies numerator and denominator by the conjugate $1 + 2\mathrm{i}$`, ["1 + 2i", "conjugate"]),
      A("a1", 1, String.raw`(a) Numerator $(3 + 4\mathrm{i})(1 + 2\mathrm{i}) = -5 + 10\mathrm{i}$`, ["-5 + 10i"], ["m1"]),
      A("a2", 1, String.raw`(a) Denominator $= 5$`, ["5"], ["m1"]),
      A("a3", 1, String.raw`(a) $z = -1 + 2\mathrm{i}$`, ["-1 + 2i"], ["a1", "a2"]),
      A("a4", 1, String.raw`(b) $|z| = \sqrt{(-1)^2 + 2^2} = \sqrt{5}$ (follow through from (a))`, ["\\sqrt{5}", "sqrt5"]),
    ],
    workedSolution: String.raw`**(a)** Multiply top and bottom by the conjugate of the denominator:

$$z = \frac{(3 + 4\mathrm{i})(1 + 2\mathrm{i})}{(1 - 2\mathrm{i})(1 + 2\mathrm{i})} = \frac{3 + 6\mathrm{i} + 4\mathrm{i} + 8\mathrm{i}^2}{1 + 4} = \frac{-5 + 10\mathrm{i}}{5} = -1 + 2\mathrm{i}.$$

**(b)** $|z| = \sqrt{(-1)^2 + 2^2} = \sqrt{5}$.

(Alternatively $|z| = \frac{|3 + 4\mathrm{i}|}{|1 - 2\mathrm{i}|} = \frac{5}{\sqrt{5}} = \sqrt{5}$.)`,
  },
  {
    key: "math-aa-1-13-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.13",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Hence",
    stem: String.raw`Let $z = 1 + \sqrt{3}\,\mathrm{i}$.

**(a)** Write $z$ in the form $r\mathrm{e}^{\mathrm{i}\theta}$, where $r > 0$ and $-\pi < \theta \le \pi$.

**(b)** Hence find the smallest positive integer $n$ for which $z^{n}$ is a negative real number, and state the value of $z^{n}$ for this $n$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $r = 2$`, ["r = 2", "2"]),
      A("a2", 1, String.raw`(a) $\theta = \frac{\pi}{3}$, so $z = 2\mathrm{e}^{\mathrm{i}\pi/3}$`, ["\\pi/3", "2e^{i\\pi/3}"]),
      M("m1", 1, String.raw`(b) Uses De Moivre / laws of exponents: $z^{n} = 2^{n}\mathrm{e}^{\mathrm{i}n\pi/3}$`, ["2^n", "n\\pi/3"]),
      R("r1", 1, String.raw`(b) Negative real requires $\frac{n\pi}{3} = \pi + 2k\pi$ (an odd multiple of $\pi$)`, ["odd multiple", "= \\pi"], ["m1"]),
      A("a3", 1, String.raw`(b) $n = 3$`, ["n = 3"], ["r1"]),
      A("a4", 1, String.raw`(b) $z^{3} = -8$`, ["-8"], ["a3"]),
    ],
    workedSolution: String.raw`**(a)** $r = \sqrt{1^2 + (\sqrt{3})^2} = 2$. The point $(1, \sqrt{3})$ is in the first quadrant and $\tan\theta = \sqrt{3}$, so $\theta = \frac{\pi}{3}$.

$$z = 2\mathrm{e}^{\mathrm{i}\pi/3}.$$

**(b)** $z^{n} = 2^{n}\mathrm{e}^{\mathrm{i}n\pi/3}$. This is a negative real number when its argument is an odd multiple of $\pi$: $\frac{n\pi}{3} = \pi, 3\pi, \ldots$

The smallest positive integer is $n = 3$, and $z^{3} = 8\mathrm{e}^{\mathrm{i}\pi} = -8$.

Check by expanding: $(1 + \sqrt{3}\mathrm{i})^3 = 1 + 3\sqrt{3}\mathrm{i} - 9 - 3\sqrt{3}\mathrm{i} = -8$ ✓`,
  },
  {
    key: "math-aa-1-14-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.14",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the equation $z^{3} = 8\mathrm{i}$, giving your answers in the form $a + b\mathrm{i}$, where $a, b \in \mathbb{R}$.`,
    markscheme: [
      A("a1", 1, String.raw`Writes $8\mathrm{i} = 8\,\mathrm{cis}\frac{\pi}{2}$ (or $8\mathrm{e}^{\mathrm{i}\pi/2}$)`, ["\\pi/2", "cis"]),
      M(
        "m1",
        1,
        String.raw`Uses De Moivre's theorem for roots: $z = 2\,\mathrm{cis}\left(\frac{\pi}{6} + \frac{2k\pi}{3}\right)$`,
        ["2k\\pi/3", "\\pi/6"],
        ["a1"],
      ),
      A("a2", 1, String.raw`Modulus $2$ and arguments $\frac{\pi}{6}, \frac{5\pi}{6}, \frac{3\pi}{2}$ (or $-\frac{\pi}{2}$)`, ["5\\pi/6", "3\\pi/2"], ["m1"]),
      A("a3", 1, String.raw`$z = \sqrt{3} + \mathrm{i}$`, ["\\sqrt{3} + i"], ["a2"]),
      A("a4", 1, String.raw`$z = -\sqrt{3} + \mathrm{i}$`, ["-\\sqrt{3} + i"], ["a2"]),
      A("a5", 1, String.raw`$z = -2\mathrm{i}$`, ["-2i"], ["a2"]),
    ],
    workedSolution: String.raw`Write the right-hand side in polar form: $8\mathrm{i} = 8\,\mathrm{cis}\left(\frac{\pi}{2} + 2k\pi\right)$.

By De Moivre's theorem the cube roots have modulus $\sqrt[3]{8} = 2$ and arguments

$$\frac{\pi/2 + 2k\pi}{3} = \frac{\pi}{6},\ \frac{5\pi}{6},\ \frac{3\pi}{2} \quad (k = 0, 1, 2).$$

- $2\,\mathrm{cis}\frac{\pi}{6} = 2\left(\frac{\sqrt{3}}{2} + \frac{1}{2}\mathrm{i}\right) = \sqrt{3} + \mathrm{i}$
- $2\,\mathrm{cis}\frac{5\pi}{6} = -\sqrt{3} + \mathrm{i}$
- $2\,\mathrm{cis}\frac{3\pi}{2} = -2\mathrm{i}$

Check the last one: $(-2\mathrm{i})^3 = -8\mathrm{i}^3 = 8\mathrm{i}$ ✓`,
  },
  {
    key: "math-aa-1-14-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.14",
    difficulty: 4,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The equation $z^{3} + az^{2} + bz - 5 = 0$, where $a, b \in \mathbb{R}$, has a root $z = 2 - \mathrm{i}$.

Find the values of $a$ and $b$, and the other two roots of the equation.`,
    markscheme: [
      R("r1", 1, String.raw`$2 + \mathrm{i}$ is also a root, because the coefficients are real (roots occur in conjugate pairs)`, ["2 + i", "conjugate"]),
      M("m1", 1, String.raw`Forms the quadratic factor $(z - (2 - \mathrm{i}))(z - (2 + \mathrm{i}))$`, ["(z - (2 - i))(z - (2 + i))"], ["r1"]),
      A("a1", 1, String.raw`$z^2 - 4z + 5$`, ["z^2 - 4z + 5"], ["m1"]),
      M("m2", 1, String.raw`Writes $z^3 + az^2 + bz - 5 = (z^2 - 4z + 5)(z - c)$ and compares constant terms`, ["-5c", "constant"], ["a1"]),
      A("a2", 1, String.raw`Third root $z = 1$`, ["z = 1", "c = 1"], ["m2"]),
      A("a3", 1, String.raw`$a = -5$`, ["a = -5"], ["a2"]),
      A("a4", 1, String.raw`$b = 9$`, ["b = 9"], ["a2"]),
    ],
    workedSolution: String.raw`The polynomial has real coefficients, so complex roots come in conjugate pairs: $2 + \mathrm{i}$ is also a root.

$$\left(z - (2 - \mathrm{i})\right)\left(z - (2 + \mathrm{i})\right) = (z - 2)^2 - \mathrm{i}^2 = z^2 - 4z + 5.$$

So $z^3 + az^2 + bz - 5 = (z^2 - 4z + 5)(z - c)$ for some real $c$. Comparing constant terms: $-5c = -5$, so $c = 1$ and the third root is $z = 1$.

Expanding: $(z^2 - 4z + 5)(z - 1) = z^3 - 5z^2 + 9z - 5$, so $a = -5$ and $b = 9$.

The roots are $2 - \mathrm{i}$, $2 + \mathrm{i}$ and $1$.`,
  },
  {
    key: "math-aa-1-15-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.15",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Prove",
    stem: String.raw`Prove by mathematical induction that, for all $n \in \mathbb{Z}^{+}$,

$$\sum_{r=1}^{n} r(r + 1) = \frac{n(n + 1)(n + 2)}{3}.$$`,
    markscheme: [
      A("a1", 1, String.raw`Shows true for $n = 1$: LHS $= 1 \times 2 = 2$, RHS $= \frac{1 \times 2 \times 3}{3} = 2$`, ["n = 1", "2"]),
      M("m1", 1, String.raw`Assumes true for $n = k$: $\sum_{r=1}^{k} r(r+1) = \frac{k(k+1)(k+2)}{3}$ (do not accept "let $n = k$")`, ["assume", "n = k"]),
      M("m2", 1, String.raw`Considers $n = k + 1$: $\sum_{r=1}^{k+1} r(r+1) = \frac{k(k+1)(k+2)}{3} + (k+1)(k+2)$`, ["k + 1", "(k+1)(k+2)"], ["m1"]),
      A(
        "a2",
        1,
        String.raw`Takes out a common factor: $(k + 1)(k + 2)\left(\frac{k}{3} + 1\right)$ or $\frac{(k+1)(k+2)(k+3)}{3}$ with a correct intermediate step`,
        ["\\frac{k}{3} + 1", "common factor"],
        ["m2"],
      ),
      A("a3", 1, String.raw`$= \frac{(k+1)(k+2)(k+3)}{3}$, which is the formula with $n = k + 1$`, ["(k+1)(k+2)(k+3)"], ["a2"]),
      R(
        "r1",
        1,
        String.raw`Conclusion: since true for $n = 1$, and true for $n = k$ implies true for $n = k + 1$, the statement is true for all $n \in \mathbb{Z}^{+}$ (award only if at least four of the previous marks are earned)`,
        ["true for all", "implies", "n = 1"],
        ["a1", "m1", "m2", "a3"],
      ),
    ],
    workedSolution: String.raw`Let $P(n)$ be the statement $\sum_{r=1}^{n} r(r + 1) = \frac{n(n + 1)(n + 2)}{3}$.

**Base case.** $n = 1$: LHS $= 1 \times 2 = 2$; RHS $= \frac{1 \times 2 \times 3}{3} = 2$. So $P(1)$ is true.

**Inductive step.** Assume $P(k)$ is true for some $k \in \mathbb{Z}^{+}$:
$$\sum_{r=1}^{k} r(r + 1) = \frac{k(k + 1)(k + 2)}{3}.$$

Then
$$\sum_{r=1}^{k+1} r(r + 1) = \frac{k(k + 1)(k + 2)}{3} + (k + 1)(k + 2) = (k + 1)(k + 2)\left(\frac{k}{3} + 1\right) = \frac{(k + 1)(k + 2)(k + 3)}{3},$$
which is $P(k + 1)$.

**Conclusion.** $P(1)$ is true, and $P(k)$ true implies $P(k + 1)$ true. Hence, by the principle of mathematical induction, $P(n)$ is true for all $n \in \mathbb{Z}^{+}$. $\blacksquare$`,
  },
  {
    key: "math-aa-1-15-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.15",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Prove",
    stem: String.raw`Prove by mathematical induction that $5^{n} + 9^{n} + 2$ is divisible by $4$ for all $n \in \mathbb{Z}^{+}$.`,
    markscheme: [
      A("a1", 1, String.raw`$n = 1$: $5 + 9 + 2 = 16 = 4 \times 4$, so true for $n = 1$`, ["16", "n = 1"]),
      M("m1", 1, String.raw`Assumes true for $n = k$: $5^{k} + 9^{k} + 2 = 4m$ for some $m \in \mathbb{Z}$`, ["assume", "4m"]),
      M("m2", 1, String.raw`Considers $5^{k+1} + 9^{k+1} + 2 = 5 \times 5^{k} + 9 \times 9^{k} + 2$`, ["5^{k+1}", "5 \\times 5^k"], ["m1"]),
      M(
        "m3",
        1,
        String.raw`Uses the assumption, e.g. rewrites as $5(5^{k} + 9^{k} + 2) + 4 \times 9^{k} - 8$ or substitutes $5^{k} = 4m - 9^{k} - 2$`,
        ["4 \\times 9^k - 8", "4m - 9^k - 2"],
        ["m2"],
      ),
      A("a2", 1, String.raw`$= 20m + 4(9^{k} - 2) = 4\left(5m + 9^{k} - 2\right)$, a multiple of $4$`, ["4(5m + 9^k - 2)", "20m"], ["m3"]),
      R(
        "r1",
        1,
        String.raw`Conclusion: true for $n = 1$, and true for $n = k$ implies true for $n = k + 1$, so true for all $n \in \mathbb{Z}^{+}$ (award only if at least four of the previous marks are earned)`,
        ["true for all", "implies"],
        ["a1", "m1", "a2"],
      ),
    ],
    workedSolution: String.raw`Let $P(n)$: "$5^{n} + 9^{n} + 2$ is divisible by $4$".

**Base case.** $n = 1$: $5 + 9 + 2 = 16 = 4 \times 4$ ✓

**Inductive step.** Assume $P(k)$: $5^{k} + 9^{k} + 2 = 4m$ for some integer $m$. Then

$$5^{k+1} + 9^{k+1} + 2 = 5 \cdot 5^{k} + 9 \cdot 9^{k} + 2 = 5\left(5^{k} + 9^{k} + 2\right) + 4 \cdot 9^{k} - 8.$$

(Check: $5 \cdot 9^k + 4 \cdot 9^k = 9 \cdot 9^k$ and $10 - 8 = 2$.)

$$= 5(4m) + 4\left(9^{k} - 2\right) = 4\left(5m + 9^{k} - 2\right),$$

which is a multiple of $4$ because $5m + 9^{k} - 2$ is an integer. So $P(k + 1)$ is true.

**Conclusion.** $P(1)$ is true and $P(k) \Rightarrow P(k + 1)$, so by mathematical induction $5^{n} + 9^{n} + 2$ is divisible by $4$ for all $n \in \mathbb{Z}^{+}$. $\blacksquare$`,
  },
  {
    key: "math-aa-1-15-03",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.15",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Prove",
    stem: String.raw`Prove by contradiction that $\log_2 3$ is irrational.`,
    markscheme: [
      M("m1", 1, String.raw`Assumes the opposite: $\log_2 3 = \frac{p}{q}$ with $p, q \in \mathbb{Z}^{+}$ (positive because $\log_2 3 > 0$)`, [
        "assume",
        "p/q",
        "rational",
      ]),
      A("a1", 1, String.raw`Rewrites as $2^{p/q} = 3$, so $2^{p} = 3^{q}$`, ["2^p = 3^q"], ["m1"]),
      R("r1", 1, String.raw`$2^{p}$ is even (as $p \ge 1$) but $3^{q}$ is odd`, ["even", "odd"], ["a1"]),
      R("r2", 1, String.raw`This is a contradiction, so $\log_2 3$ is irrational`, ["contradiction", "irrational"], ["r1"]),
    ],
    workedSolution: String.raw`Suppose, for contradiction, that $\log_2 3$ is rational. Since $3 > 1$, $\log_2 3 > 0$, so we can write $\log_2 3 = \frac{p}{q}$ with $p, q$ positive integers.

Then $2^{p/q} = 3$, and raising both sides to the power $q$ gives

$$2^{p} = 3^{q}.$$

Since $p \ge 1$, $2^{p}$ is even. But $3^{q}$ is a product of odd numbers, so it is odd. An even number cannot equal an odd number — a contradiction.

Therefore the assumption is false and $\log_2 3$ is irrational. $\blacksquare$`,
  },
  {
    key: "math-aa-1-15-04",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.15",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`A student claims that $n^{2} + n + 41$ is prime for every $n \in \mathbb{N}$.

Show that the claim is false.`,
    markscheme: [
      M("m1", 1, String.raw`Chooses a counterexample, e.g. $n = 40$ (or $n = 41$)`, ["n = 40", "n = 41"]),
      A(
        "a1",
        1,
        String.raw`Evaluates and factorises: $40^2 + 40 + 41 = 1681 = 41^2$ (or $41^2 + 41 + 41 = 1763 = 41 \times 43$), which is not prime`,
        ["1681", "41^2", "1763"],
        ["m1"],
      ),
    ],
    workedSolution: String.raw`One counterexample is enough to disprove a "for every" statement.

Take $n = 40$: $40^{2} + 40 + 41 = 1600 + 81 = 1681 = 41^{2}$, which is not prime.

(Why this choice? $n^2 + n + 41 = n(n + 1) + 41$, so choosing $n = 40$ gives $40 \times 41 + 41 = 41 \times 41$.) So the claim is false.`,
  },
  {
    key: "math-aa-1-15-05",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.15",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Prove",
    stem: String.raw`Let $f(x) = x\mathrm{e}^{x}$.

Prove by mathematical induction that $f^{(n)}(x) = (x + n)\mathrm{e}^{x}$ for all $n \in \mathbb{Z}^{+}$, where $f^{(n)}$ denotes the $n$th derivative of $f$.`,
    markscheme: [
      A("a1", 1, String.raw`$n = 1$: $f'(x) = \mathrm{e}^{x} + x\mathrm{e}^{x} = (x + 1)\mathrm{e}^{x}$, so true for $n = 1$`, ["(x + 1)e^x", "product rule"]),
      M("m1", 1, String.raw`Assumes true for $n = k$: $f^{(k)}(x) = (x + k)\mathrm{e}^{x}$`, ["assume", "(x + k)e^x"]),
      M(
        "m2",
        1,
        String.raw`Differentiates $f^{(k)}(x)$ using the product rule: $f^{(k+1)}(x) = \mathrm{e}^{x} + (x + k)\mathrm{e}^{x}$`,
        ["e^x + (x + k)e^x", "product rule"],
        ["m1"],
      ),
      A("a2", 1, String.raw`$= (x + k + 1)\mathrm{e}^{x}$`, ["(x + k + 1)e^x"], ["m2"]),
      R(
        "r1",
        1,
        String.raw`Conclusion: true for $n = 1$, and true for $n = k$ implies true for $n = k + 1$, hence true for all $n \in \mathbb{Z}^{+}$ (award only if at least three of the previous marks are earned)`,
        ["true for all", "implies"],
        ["a1", "m1", "a2"],
      ),
    ],
    workedSolution: String.raw`Let $P(n)$: $f^{(n)}(x) = (x + n)\mathrm{e}^{x}$.

**Base case.** By the product rule, $f'(x) = 1 \cdot \mathrm{e}^{x} + x\mathrm{e}^{x} = (x + 1)\mathrm{e}^{x}$, so $P(1)$ is true.

**Inductive step.** Assume $P(k)$: $f^{(k)}(x) = (x + k)\mathrm{e}^{x}$. Differentiating once more with the product rule:

$$f^{(k+1)}(x) = \frac{\mathrm{d}}{\mathrm{d}x}\left[(x + k)\mathrm{e}^{x}\right] = 1 \cdot \mathrm{e}^{x} + (x + k)\mathrm{e}^{x} = \left(x + (k + 1)\right)\mathrm{e}^{x},$$

which is $P(k + 1)$.

**Conclusion.** $P(1)$ is true and $P(k) \Rightarrow P(k + 1)$, so by induction $f^{(n)}(x) = (x + n)\mathrm{e}^{x}$ for all $n \in \mathbb{Z}^{+}$. $\blacksquare$`,
  },
  {
    key: "math-aa-1-16-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.16",
    difficulty: 2,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Solve",
    stem: String.raw`Solve the system of equations

$$\begin{aligned} x + y + z &= 6 \\ 2x - y + z &= 3 \\ x + 2y - z &= 2 \end{aligned}$$`,
    markscheme: [
      M("m1", 1, String.raw`Eliminates one variable from two pairs of equations, e.g. adding the first and third: $2x + 3y = 8$`, ["2x + 3y = 8", "eliminate"]),
      A("a1", 1, String.raw`A second equation in the same two variables, e.g. adding the second and third: $3x + y = 5$`, ["3x + y = 5"], ["m1"]),
      M("m2", 1, String.raw`Solves the resulting pair simultaneously (or uses the GDC solver with the system seen)`, ["simultaneous", "7x = 7"], ["a1"]),
      A("a2", 1, String.raw`$x = 1$, $y = 2$`, ["x = 1", "y = 2"], ["m2"]),
      A("a3", 1, String.raw`$z = 3$`, ["z = 3"], ["a2"]),
    ],
    workedSolution: String.raw`Label the equations (1), (2), (3). The coefficients of $z$ are $+1, +1, -1$, so eliminate $z$:

- (1) + (3): $2x + 3y = 8$ … (4)
- (2) + (3): $3x + y = 5$ … (5)

From (5), $y = 5 - 3x$. Substitute in (4): $2x + 15 - 9x = 8$, so $7x = 7$ and $x = 1$, $y = 2$.

From (1): $z = 6 - 1 - 2 = 3$.

Solution: $x = 1$, $y = 2$, $z = 3$. Check in (2): $2 - 2 + 3 = 3$ ✓

(On Paper 2 you may also use the GDC's simultaneous-equation solver, but show the system you entered.)`,
  },
  {
    key: "math-aa-1-16-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.16",
    difficulty: 5,
    marks: 8,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: String.raw`Consider the system of equations

$$\begin{aligned} x + 2y - z &= 1 \\ 2x + y + z &= 4 \\ x - y + kz &= 3 \end{aligned}$$

where $k \in \mathbb{R}$.

**(a)** Determine the value of $k$ for which the system does not have a unique solution.

**(b)** For this value of $k$, show that the system has infinitely many solutions, and find the general solution.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Eliminates $x$ from two pairs of equations`, ["eliminate", "row"]),
      A("a1", 1, String.raw`(a) $-3y + 3z = 2$ and $-3y + (k + 1)z = 2$`, ["-3y + 3z = 2", "(k + 1)z"], ["m1"]),
      A("a2", 1, String.raw`(a) Subtracting: $(k - 2)z = 0$`, ["(k - 2)z = 0"], ["a1"]),
      A("a3", 1, String.raw`(a) $k = 2$`, ["k = 2"], ["a2"]),
      R(
        "r1",
        1,
        String.raw`(b) When $k = 2$ the two reduced equations are identical ($0 = 0$), so the system is consistent with a free parameter: infinitely many solutions`,
        ["0 = 0", "consistent", "identical"],
        ["a3"],
      ),
      M("m2", 1, String.raw`(b) Introduces a parameter, e.g. $z = \lambda$`, ["z = \\lambda", "parameter"]),
      A("a4", 1, String.raw`(b) $y = \lambda - \frac{2}{3}$`, ["\\lambda - 2/3"], ["m2"]),
      A("a5", 1, String.raw`(b) $x = \frac{7}{3} - \lambda$ (or any equivalent parametrisation)`, ["7/3 - \\lambda"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** Label the equations (1), (2), (3).

- (2) $- 2\times$(1): $-3y + 3z = 2$ … (4)
- (3) $-$ (1): $-3y + (k + 1)z = 2$ … (5)

(5) $-$ (4): $(k - 2)z = 0$.

If $k \ne 2$ then $z = 0$ and the system has the unique solution $z = 0$, $y = -\frac{2}{3}$, $x = \frac{7}{3}$. So the system fails to have a unique solution only when $k = 2$.

**(b)** When $k = 2$, (5) is identical to (4): the last step gives $0 = 0$, which is always true, so there is no contradiction but one equation is redundant. The system is consistent with one free variable, so there are infinitely many solutions.

Let $z = \lambda$. From (4): $-3y = 2 - 3\lambda$, so $y = \lambda - \frac{2}{3}$.

From (1): $x = 1 - 2y + z = 1 - 2\lambda + \frac{4}{3} + \lambda = \frac{7}{3} - \lambda$.

General solution: $x = \frac{7}{3} - \lambda$, $y = \lambda - \frac{2}{3}$, $z = \lambda$, $\lambda \in \mathbb{R}$.

Check in (3) with $k = 2$: $\left(\frac{7}{3} - \lambda\right) - \left(\lambda - \frac{2}{3}\right) + 2\lambda = 3$ ✓`,
  },
];

// ---------------------------------------------------------------------------
// Topic 2: Functions
// ---------------------------------------------------------------------------
const topic2: QuestionInput[] = [
  {
    key: "math-aa-2-1-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.1",
    difficulty: 2,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The points $A(2, -1)$ and $B(6, 7)$ lie on the line $L_1$. The line $L_2$ is perpendicular to $L_1$ and passes through the midpoint of $[AB]$.

Find the equation of $L_2$, giving your answer in the form $ax + by + d = 0$, where $a, b, d \in \mathbb{Z}$.`,
    markscheme: [
      A("a1", 1, String.raw`Gradient of $L_1$: $\frac{7 - (-1)}{6 - 2} = 2$`, ["2", "gradient"]),
      A("a2", 1, String.raw`Midpoint $(4, 3)$`, ["(4, 3)"]),
      M("m1", 1, String.raw`Uses the negative reciprocal: gradient of $L_2 = -\frac{1}{2}$`, ["-1/2", "negative reciprocal"], ["a1"]),
      M("m2", 1, String.raw`Substitutes the midpoint into a line equation: $y - 3 = -\frac{1}{2}(x - 4)$`, ["y - 3 = -\\frac{1}{2}(x - 4)"], ["m1"]),
      A("a3", 1, String.raw`$x + 2y - 10 = 0$ (or any integer multiple)`, ["x + 2y - 10 = 0"], ["m2"]),
    ],
    workedSolution: String.raw`Gradient of $L_1$: $m = \dfrac{7 - (-1)}{6 - 2} = \dfrac{8}{4} = 2$.

Midpoint of $[AB]$: $\left(\dfrac{2 + 6}{2}, \dfrac{-1 + 7}{2}\right) = (4, 3)$.

Perpendicular gradients multiply to $-1$, so $L_2$ has gradient $-\frac{1}{2}$:

$$y - 3 = -\tfrac{1}{2}(x - 4) \implies 2y - 6 = -x + 4 \implies x + 2y - 10 = 0.$$`,
  },
  {
    key: "math-aa-2-2-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.2",
    difficulty: 1,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Write down",
    stem: String.raw`Let $f(x) = \sqrt{x - 3} + 1$, for the largest possible domain.

**(a)** Write down the domain of $f$.

**(b)** Write down the range of $f$.

**(c)** Write down the domain of $f^{-1}$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $x \ge 3$`, ["x \\ge 3", "x >= 3"]),
      A("a2", 1, String.raw`(b) $f(x) \ge 1$ (accept $y \ge 1$)`, ["\\ge 1", ">= 1"]),
      A("a3", 1, String.raw`(c) $x \ge 1$ (the domain of $f^{-1}$ is the range of $f$; follow through from (b))`, ["x \\ge 1", "range of f"]),
    ],
    workedSolution: String.raw`**(a)** The square root needs a non-negative argument: $x - 3 \ge 0$, so $x \ge 3$.

**(b)** $\sqrt{x - 3}$ takes every value $\ge 0$, so $f(x) = \sqrt{x - 3} + 1 \ge 1$. The range is $f(x) \ge 1$.

**(c)** An inverse swaps inputs and outputs, so the domain of $f^{-1}$ is the range of $f$: $x \ge 1$.`,
  },
  {
    key: "math-aa-2-3-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Sketch",
    stem: String.raw`Sketch the graph of $y = (x - 1)(x + 2)^{2}$ for $-3 \le x \le 2$, clearly labelling the points where the graph meets the axes and the coordinates of the endpoints.`,
    markscheme: [
      A("a1", 1, String.raw`$x$-intercepts at $x = -2$ and $x = 1$`, ["-2", "1", "x-intercepts"]),
      A("a2", 1, String.raw`Graph touches the $x$-axis at $(-2, 0)$ (turning point, repeated root) and crosses at $(1, 0)$`, [
        "touches",
        "repeated root",
        "double root",
      ]),
      A("a3", 1, String.raw`$y$-intercept $(0, -4)$`, ["(0, -4)", "-4"]),
      A("a4", 1, String.raw`Endpoints $(-3, -4)$ and $(2, 16)$ with a cubic shape rising to the right`, ["(-3, -4)", "(2, 16)"]),
    ],
    workedSolution: String.raw`**Intercepts.** $y = 0$ when $x = 1$ or $x = -2$. Because $(x + 2)$ is squared, $x = -2$ is a repeated root: the graph touches the axis there and turns back. At $x = 1$ it crosses the axis.

When $x = 0$: $y = (-1)(2)^2 = -4$, so the $y$-intercept is $(0, -4)$.

**Endpoints.** $x = -3$: $y = (-4)(-1)^2 = -4$. $x = 2$: $y = (1)(4)^2 = 16$.

**Shape.** A positive cubic: starting at $(-3, -4)$, it rises to touch the axis at $(-2, 0)$, falls to a minimum below the axis (at $(0, -4)$, which is also the $y$-intercept), then rises through $(1, 0)$ to $(2, 16)$.`,
  },
  {
    key: "math-aa-2-4-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "2.4",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = x^{3} - 4x + 1$.

Find the largest zero of $f$, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 1.86, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses GDC graph or polynomial solver; may show all three zeros $-2.11$, $0.254$, $1.86$`, ["-2.11", "0.254", "GDC"]),
      A("a1", 1, String.raw`$x = 1.86$ ($1.86080\ldots$)`, ["1.86"], ["m1"]),
    ],
    workedSolution: String.raw`Graph $y = x^{3} - 4x + 1$ on the GDC (or use the polynomial solver). The zeros are approximately

$$x = -2.11, \quad x = 0.254, \quad x = 1.86.$$

The largest zero is $x = 1.86$ (3 s.f.).`,
  },
  {
    key: "math-aa-2-5-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.5",
    difficulty: 2,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = 2x + 3$ and $g(x) = x^{2} - 1$, for $x \in \mathbb{R}$.

**(a)** Find $(g \circ f)(-2)$.

**(b)** Find an expression for $(f \circ g)(x)$.

**(c)** Solve $(f \circ g)(x) = 19$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Evaluates $f(-2) = -1$ first`, ["f(-2) = -1", "-1"]),
      A("a1", 1, String.raw`(a) $g(-1) = 0$`, ["0"], ["m1"]),
      M("m2", 1, String.raw`(b) Substitutes $g(x)$ into $f$: $2(x^2 - 1) + 3$`, ["2(x^2 - 1) + 3"]),
      A("a2", 1, String.raw`(b) $(f \circ g)(x) = 2x^2 + 1$`, ["2x^2 + 1"], ["m2"]),
      M("m3", 1, String.raw`(c) Sets $2x^2 + 1 = 19$, so $x^2 = 9$`, ["x^2 = 9"]),
      A("a3", 1, String.raw`(c) $x = \pm 3$`, ["\\pm 3", "x = 3", "x = -3"], ["m3"]),
    ],
    workedSolution: String.raw`**(a)** Work from the inside out: $f(-2) = 2(-2) + 3 = -1$, then $g(-1) = (-1)^2 - 1 = 0$. So $(g \circ f)(-2) = 0$.

**(b)** $(f \circ g)(x) = f\left(g(x)\right) = 2(x^2 - 1) + 3 = 2x^2 + 1$.

**(c)** $2x^2 + 1 = 19 \implies x^2 = 9 \implies x = 3$ or $x = -3$.`,
  },
  {
    key: "math-aa-2-5-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.5",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = \dfrac{3x - 1}{x + 2}$, for $x \ne -2$.

Find $f^{-1}(x)$, stating the value of $x$ for which $f^{-1}$ is undefined.`,
    markscheme: [
      M("m1", 1, String.raw`Interchanges $x$ and $y$ (at any stage): $x = \frac{3y - 1}{y + 2}$`, ["x = \\frac{3y - 1}{y + 2}", "swap"]),
      M("m2", 1, String.raw`Multiplies out and collects the terms in $y$: $xy - 3y = -1 - 2x$`, ["xy - 3y", "collect"], ["m1"]),
      A("a1", 1, String.raw`$y(x - 3) = -(2x + 1)$ (or equivalent)`, ["y(x - 3)", "y(3 - x)"], ["m2"]),
      A("a2", 1, String.raw`$f^{-1}(x) = \frac{2x + 1}{3 - x}$ (accept $-\frac{2x + 1}{x - 3}$)`, ["\\frac{2x + 1}{3 - x}", "(2x+1)/(3-x)"], ["a1"]),
      A("a3", 1, String.raw`Undefined at $x = 3$`, ["x = 3", "x \\ne 3"]),
    ],
    workedSolution: String.raw`Write $y = \dfrac{3x - 1}{x + 2}$ and swap $x$ and $y$:

$$x = \frac{3y - 1}{y + 2} \implies xy + 2x = 3y - 1 \implies xy - 3y = -1 - 2x \implies y(x - 3) = -(2x + 1).$$

$$f^{-1}(x) = \frac{2x + 1}{3 - x}, \quad x \ne 3.$$

Note that $x = 3$ is excluded because $y = 3$ is the horizontal asymptote of $f$, so $3$ is not in the range of $f$.

Check: $f(0) = -\frac{1}{2}$ and $f^{-1}\left(-\frac{1}{2}\right) = \frac{0}{3.5} = 0$ ✓`,
  },
  {
    key: "math-aa-2-6-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.6",
    difficulty: 2,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = 2x^{2} - 12x + 13$.

**(a)** Express $f(x)$ in the form $a(x - h)^{2} + k$.

**(b)** Write down the coordinates of the vertex of the graph of $f$ and the range of $f$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Factorises out $2$ and completes the square: $2\left[(x - 3)^2 - 9\right] + 13$`, ["(x - 3)^2", "complete the square"]),
      A("a1", 1, String.raw`(a) $a = 2$, $h = 3$`, ["a = 2", "h = 3"], ["m1"]),
      A("a2", 1, String.raw`(a) $k = -5$, i.e. $f(x) = 2(x - 3)^2 - 5$`, ["2(x - 3)^2 - 5", "k = -5"], ["m1"]),
      A("a3", 1, String.raw`(b) Vertex $(3, -5)$`, ["(3, -5)"]),
      A("a4", 1, String.raw`(b) Range $f(x) \ge -5$`, ["\\ge -5", ">= -5"]),
    ],
    workedSolution: String.raw`**(a)**
$$2x^2 - 12x + 13 = 2(x^2 - 6x) + 13 = 2\left[(x - 3)^2 - 9\right] + 13 = 2(x - 3)^2 - 5.$$

So $a = 2$, $h = 3$, $k = -5$.

**(b)** The vertex is $(h, k) = (3, -5)$. Since $a = 2 > 0$ the parabola opens upwards, so the vertex is a minimum and the range is $f(x) \ge -5$.`,
  },
  {
    key: "math-aa-2-7-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.7",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The equation $kx^{2} - 4x + k = 0$ has two distinct real roots.

Find the set of possible values of $k$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses the discriminant: $\Delta = (-4)^2 - 4(k)(k)$`, ["16 - 4k^2", "discriminant"]),
      A("a1", 1, String.raw`$16 - 4k^2 > 0$ (strict inequality)`, ["16 - 4k^2 > 0", "k^2 < 4"], ["m1"]),
      A("a2", 1, String.raw`$-2 < k < 2$`, ["-2 < k < 2"], ["a1"]),
      R("r1", 1, String.raw`Excludes $k = 0$: the equation is then linear ($-4x = 0$) with only one root`, ["k \\ne 0", "linear"]),
      A("a3", 1, String.raw`$-2 < k < 2$, $k \ne 0$`, ["k \\ne 0", "-2 < k < 0"], ["a2", "r1"]),
    ],
    workedSolution: String.raw`For two distinct real roots the discriminant must be positive:

$$\Delta = b^2 - 4ac = 16 - 4k^2 > 0 \implies k^2 < 4 \implies -2 < k < 2.$$

But if $k = 0$ the equation becomes $-4x = 0$, which is not quadratic and has only one root ($x = 0$). So

$$-2 < k < 2, \quad k \ne 0.$$`,
  },
  {
    key: "math-aa-2-7-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.7",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`The line $y = mx - 1$ is a tangent to the curve $y = x^{2} + 3$.

**(a)** Show that $m^{2} = 16$.

**(b)** Find the coordinates of the two possible points of tangency.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Equates: $x^2 + 3 = mx - 1$`, ["x^2 + 3 = mx - 1"]),
      A("a1", 1, String.raw`(a) $x^2 - mx + 4 = 0$`, ["x^2 - mx + 4 = 0"], ["m1"]),
      R(
        "r1",
        1,
        String.raw`(a) Tangent means exactly one point of contact, so $\Delta = 0$: $m^2 - 16 = 0$`,
        ["\\Delta = 0", "m^2 - 16 = 0", "one point"],
        ["a1"],
      ),
      AG("ag1", String.raw`(a) $m^2 = 16$`, ["m^2 = 16"], ["r1"]),
      M("m2", 1, String.raw`(b) Solves the repeated root $x = \frac{m}{2}$ with $m = \pm 4$`, ["x = m/2", "m = 4", "m = -4"]),
      A("a2", 1, String.raw`(b) $(2, 7)$`, ["(2, 7)"], ["m2"]),
      A("a3", 1, String.raw`(b) $(-2, 7)$`, ["(-2, 7)"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** At an intersection, $x^2 + 3 = mx - 1$, i.e.

$$x^2 - mx + 4 = 0.$$

A tangent meets the curve at exactly one point, so this quadratic has a repeated root: $\Delta = 0$.

$$\Delta = (-m)^2 - 4(1)(4) = m^2 - 16 = 0 \implies m^2 = 16.$$

**(b)** The repeated root is $x = \dfrac{m}{2}$.

- $m = 4$: $x = 2$, $y = 2^2 + 3 = 7$, point $(2, 7)$.
- $m = -4$: $x = -2$, $y = 7$, point $(-2, 7)$.

Check on the lines: $4(2) - 1 = 7$ ✓ and $-4(-2) - 1 = 7$ ✓`,
  },
  {
    key: "math-aa-2-8-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.8",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Write down",
    stem: String.raw`Let $f(x) = \dfrac{2x + 5}{x - 3}$, $x \ne 3$.

**(a)** Write down the equations of the vertical and horizontal asymptotes of the graph of $f$.

**(b)** Write down the coordinates of the points where the graph of $f$ meets the axes.`,
    markscheme: [
      A("a1", 1, String.raw`(a) Vertical asymptote $x = 3$`, ["x = 3"]),
      A("a2", 1, String.raw`(a) Horizontal asymptote $y = 2$`, ["y = 2"]),
      A("a3", 1, String.raw`(b) $x$-intercept $\left(-\frac{5}{2}, 0\right)$`, ["-5/2", "-2.5"]),
      A("a4", 1, String.raw`(b) $y$-intercept $\left(0, -\frac{5}{3}\right)$`, ["-5/3"]),
    ],
    workedSolution: String.raw`**(a)** The denominator is zero at $x = 3$ (and the numerator is not), so $x = 3$ is a vertical asymptote. For $\dfrac{ax + b}{cx + d}$ the horizontal asymptote is $y = \dfrac{a}{c} = \dfrac{2}{1}$, i.e. $y = 2$.

**(b)** $y = 0$ when $2x + 5 = 0$: $\left(-\frac{5}{2}, 0\right)$. When $x = 0$: $y = \frac{5}{-3}$, giving $\left(0, -\frac{5}{3}\right)$.`,
  },
  {
    key: "math-aa-2-9-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.9",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = 3 - 2\mathrm{e}^{-x}$, for $x \in \mathbb{R}$.

**(a)** Write down the equation of the horizontal asymptote of the graph of $f$ and the range of $f$.

**(b)** Find $f^{-1}(x)$, and state its domain.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $y = 3$`, ["y = 3"]),
      A("a2", 1, String.raw`(a) Range $f(x) < 3$`, ["< 3"]),
      M("m1", 1, String.raw`(b) Interchanges $x$ and $y$ and isolates the exponential: $\mathrm{e}^{-y} = \frac{3 - x}{2}$`, ["e^{-y}", "\\frac{3 - x}{2}"]),
      M("m2", 1, String.raw`(b) Takes natural logarithms: $-y = \ln\left(\frac{3 - x}{2}\right)$`, ["ln"], ["m1"]),
      A(
        "a3",
        1,
        String.raw`(b) $f^{-1}(x) = -\ln\left(\frac{3 - x}{2}\right)$ (accept $\ln\left(\frac{2}{3 - x}\right)$)`,
        ["\\ln\\left(\\frac{2}{3 - x}\\right)", "-ln((3-x)/2)"],
        ["m2"],
      ),
      A("a4", 1, String.raw`(b) Domain $x < 3$ (follow through from the range in (a))`, ["x < 3"]),
    ],
    workedSolution: String.raw`**(a)** As $x \to \infty$, $\mathrm{e}^{-x} \to 0$, so $f(x) \to 3$: the asymptote is $y = 3$. Since $2\mathrm{e}^{-x} > 0$ for all $x$, $f(x) < 3$, and $f$ takes every value below $3$. Range: $f(x) < 3$.

**(b)** Swap $x$ and $y$: $x = 3 - 2\mathrm{e}^{-y}$, so $\mathrm{e}^{-y} = \dfrac{3 - x}{2}$ and

$$y = -\ln\left(\frac{3 - x}{2}\right) = \ln\left(\frac{2}{3 - x}\right).$$

The domain of $f^{-1}$ is the range of $f$: $x < 3$ (which also keeps the argument of the logarithm positive).`,
  },
  {
    key: "math-aa-2-9-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "2.9",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The number of fish in a lake is modelled by

$$P(t) = \frac{200}{1 + 9\mathrm{e}^{-0.3t}}, \quad t \ge 0,$$

where $t$ is the time in months after the fish were introduced.

Find the time taken for the number of fish to reach $150$. Give your answer in months, correct to three significant figures.`,
    numericAnswer: { value: 11.0, tolerance: 0.05, unit: "months", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Sets $\frac{200}{1 + 9\mathrm{e}^{-0.3t}} = 150$ (or uses GDC intersection)`, ["= 150", "intersection"]),
      A("a1", 1, String.raw`$\mathrm{e}^{-0.3t} = \frac{1}{27}$`, ["1/27"], ["m1"]),
      M("m2", 1, String.raw`Takes logarithms: $t = \frac{\ln 27}{0.3}$`, ["\\ln 27", "ln 27"], ["a1"]),
      A("a2", 1, String.raw`$t = 11.0$ months ($10.986\ldots$)`, ["11.0", "10.99"], ["m2"]),
    ],
    workedSolution: String.raw`$$\frac{200}{1 + 9\mathrm{e}^{-0.3t}} = 150 \implies 1 + 9\mathrm{e}^{-0.3t} = \frac{4}{3} \implies \mathrm{e}^{-0.3t} = \frac{1}{27}.$$

Taking logarithms: $-0.3t = -\ln 27$, so

$$t = \frac{\ln 27}{0.3} = 10.986\ldots \approx 11.0 \text{ months}.$$

(On the GDC, intersect $y = P(t)$ with $y = 150$.)`,
  },
  {
    key: "math-aa-2-10-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "2.10",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Solve",
    stem: String.raw`Solve the equation $\mathrm{e}^{x} = 5 - x^{2}$ for $x > 0$, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 1.24, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses GDC: intersection of $y = \mathrm{e}^x$ and $y = 5 - x^2$, or zero of $y = \mathrm{e}^x + x^2 - 5$`, [
        "intersection",
        "GDC",
        "zero",
      ]),
      A("a1", 1, String.raw`$x = 1.24$ ($1.24114\ldots$)`, ["1.24"], ["m1"]),
    ],
    workedSolution: String.raw`This equation cannot be solved algebraically, so use technology. Graph $y_1 = \mathrm{e}^{x}$ and $y_2 = 5 - x^{2}$ and find the intersection with $x > 0$ (the other intersection is at $x \approx -2.21$).

$$x = 1.24114\ldots \approx 1.24.$$`,
  },
  {
    key: "math-aa-2-11-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.11",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Describe",
    stem: String.raw`The graph of $y = f(x)$ passes through the point $P(4, -2)$. The function $g$ is defined by $g(x) = 3f(x - 2) + 1$.

**(a)** Describe a sequence of transformations that maps the graph of $f$ onto the graph of $g$.

**(b)** Find the coordinates of the image of $P$ on the graph of $g$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) Horizontal translation $2$ units to the right (by $\binom{2}{0}$)`, ["translation", "right", "2"]),
      A(
        "a2",
        1,
        String.raw`(a) Vertical stretch, scale factor $3$, followed by a vertical translation of $1$ unit up (the stretch must come before the upward translation)`,
        ["stretch", "scale factor 3", "up 1"],
      ),
      A("a3", 1, String.raw`(b) $x$-coordinate $4 + 2 = 6$`, ["6"]),
      A("a4", 1, String.raw`(b) $y$-coordinate $3(-2) + 1 = -5$, so the image is $(6, -5)$`, ["(6, -5)", "-5"]),
    ],
    workedSolution: String.raw`**(a)**

1. $f(x - 2)$: translate $2$ units to the right.
2. $3f(x - 2)$: vertical stretch with scale factor $3$ (parallel to the $y$-axis).
3. $3f(x - 2) + 1$: translate $1$ unit up.

(The order of steps 2 and 3 matters: stretching after moving up would give $3f(x-2) + 3$.)

**(b)** Apply each step to $P(4, -2)$: $(4, -2) \to (6, -2) \to (6, -6) \to (6, -5)$.

The image is $(6, -5)$.`,
  },
  {
    key: "math-aa-2-11-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.11",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`The graph of $y = \ln x$ is stretched horizontally by a scale factor of $\frac{1}{2}$ and then translated $3$ units vertically upwards, giving the graph of $y = h(x)$.

**(a)** Write down $h(x)$.

**(b)** Show that the graph of $h$ can also be obtained from the graph of $y = \ln x$ by a single vertical translation, and write down its translation vector.`,
    markscheme: [
      A("a1", 1, String.raw`(a) Horizontal stretch, scale factor $\frac{1}{2}$, replaces $x$ by $2x$: $\ln(2x)$`, ["\\ln(2x)", "ln 2x"]),
      A("a2", 1, String.raw`(a) $h(x) = \ln(2x) + 3$`, ["\\ln(2x) + 3"], ["a1"]),
      M("m1", 1, String.raw`(b) Uses the product law: $\ln(2x) = \ln 2 + \ln x$, so $h(x) = \ln x + \ln 2 + 3$`, ["\\ln 2 + \\ln x", "product"]),
      AG("ag1", String.raw`(b) This is $y = \ln x$ translated vertically`, ["vertical translation"], ["m1"]),
      A("a3", 1, String.raw`(b) Translation vector $\binom{0}{3 + \ln 2}$`, ["3 + \\ln 2", "3 + ln2"], ["m1"]),
    ],
    workedSolution: String.raw`**(a)** A horizontal stretch by scale factor $\frac{1}{2}$ replaces $x$ with $2x$, giving $y = \ln(2x)$; translating up by $3$ adds $3$:

$$h(x) = \ln(2x) + 3.$$

**(b)** By the laws of logarithms, $\ln(2x) = \ln 2 + \ln x$, so

$$h(x) = \ln x + (3 + \ln 2).$$

This is the graph of $\ln x$ moved up by $3 + \ln 2$ units: a single vertical translation by $\dbinom{0}{3 + \ln 2}$.`,
  },
  {
    key: "math-aa-2-12-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.12",
    difficulty: 3,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $p(x) = x^{3} + ax^{2} + bx - 6$, where $a, b \in \mathbb{R}$. When $p(x)$ is divided by $(x - 1)$ the remainder is $-6$, and $(x + 2)$ is a factor of $p(x)$.

**(a)** Find the values of $a$ and $b$.

**(b)** Hence solve $p(x) = 0$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses the remainder theorem: $p(1) = 1 + a + b - 6 = -6$`, ["p(1)", "a + b = -1"]),
      M("m2", 1, String.raw`(a) Uses the factor theorem: $p(-2) = -8 + 4a - 2b - 6 = 0$`, ["p(-2) = 0", "4a - 2b = 14"]),
      A("a1", 1, String.raw`(a) $a = 2$`, ["a = 2"], ["m1", "m2"]),
      A("a2", 1, String.raw`(a) $b = -3$`, ["b = -3"], ["m1", "m2"]),
      M("m3", 1, String.raw`(b) Divides by $(x + 2)$ or factorises by grouping`, ["x^2(x + 2) - 3(x + 2)", "divide"]),
      A("a3", 1, String.raw`(b) $p(x) = (x + 2)(x^2 - 3)$`, ["(x + 2)(x^2 - 3)"], ["m3"]),
      A("a4", 1, String.raw`(b) $x = -2$, $x = \pm\sqrt{3}$`, ["\\pm\\sqrt{3}", "sqrt3"], ["a3"]),
    ],
    workedSolution: String.raw`**(a)** Remainder theorem: $p(1) = 1 + a + b - 6 = -6$, so $a + b = -1$.

Factor theorem: $p(-2) = -8 + 4a - 2b - 6 = 0$, so $4a - 2b = 14$, i.e. $2a - b = 7$.

Adding the two equations: $3a = 6$, so $a = 2$ and $b = -3$.

**(b)** $p(x) = x^3 + 2x^2 - 3x - 6 = x^2(x + 2) - 3(x + 2) = (x + 2)(x^2 - 3)$.

So $p(x) = 0$ when $x = -2$ or $x^2 = 3$: $x = -2, \ \sqrt{3}, \ -\sqrt{3}$.`,
  },
  {
    key: "math-aa-2-12-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "2.12",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The roots of the equation $2x^{3} - 5x^{2} + 4x - 7 = 0$ are $\alpha$, $\beta$ and $\gamma$.

Find the value of $\alpha^{2} + \beta^{2} + \gamma^{2}$.`,
    numericAnswer: { value: 2.25 },
    markscheme: [
      A("a1", 1, String.raw`$\alpha + \beta + \gamma = \frac{5}{2}$`, ["5/2"]),
      A("a2", 1, String.raw`$\alpha\beta + \beta\gamma + \gamma\alpha = \frac{4}{2} = 2$`, ["= 2"]),
      M("m1", 1, String.raw`Uses $\alpha^2 + \beta^2 + \gamma^2 = (\alpha + \beta + \gamma)^2 - 2(\alpha\beta + \beta\gamma + \gamma\alpha)$`, [
        "(\\alpha + \\beta + \\gamma)^2",
        "- 2(",
      ]),
      A("a3", 1, String.raw`$\frac{25}{4} - 4 = \frac{9}{4}$`, ["9/4", "2.25"], ["m1"]),
    ],
    workedSolution: String.raw`For $ax^3 + bx^2 + cx + d = 0$: sum of roots $= -\frac{b}{a}$ and sum of products in pairs $= \frac{c}{a}$.

- $\alpha + \beta + \gamma = \frac{5}{2}$
- $\alpha\beta + \beta\gamma + \gamma\alpha = \frac{4}{2} = 2$

Since $(\alpha + \beta + \gamma)^2 = \alpha^2 + \beta^2 + \gamma^2 + 2(\alpha\beta + \beta\gamma + \gamma\alpha)$,

$$\alpha^2 + \beta^2 + \gamma^2 = \left(\frac{5}{2}\right)^2 - 2(2) = \frac{25}{4} - 4 = \frac{9}{4}.$$`,
  },
  {
    key: "math-aa-2-13-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.13",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = \dfrac{x^{2} + 3x + 1}{x - 1}$, $x \ne 1$.

**(a)** Find the values of $p$, $q$ and $r$ such that $f(x) = px + q + \dfrac{r}{x - 1}$.

**(b)** Hence write down the equations of all the asymptotes of the graph of $f$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses polynomial division or writes $x^2 + 3x + 1 \equiv (px + q)(x - 1) + r$`, ["division", "(px + q)(x - 1) + r"]),
      A("a1", 1, String.raw`(a) $p = 1$, $q = 4$`, ["p = 1", "q = 4"], ["m1"]),
      A("a2", 1, String.raw`(a) $r = 5$`, ["r = 5"], ["m1"]),
      A("a3", 1, String.raw`(b) Vertical asymptote $x = 1$`, ["x = 1"]),
      A("a4", 1, String.raw`(b) Oblique asymptote $y = x + 4$`, ["y = x + 4"], ["a1"]),
    ],
    workedSolution: String.raw`**(a)** Write $x^2 + 3x + 1 \equiv (px + q)(x - 1) + r$.

- Comparing $x^2$: $p = 1$.
- Comparing $x$: $3 = q - p$, so $q = 4$.
- Constant: $1 = -q + r$, so $r = 5$.

$$f(x) = x + 4 + \frac{5}{x - 1}.$$

(Check: $(x + 4)(x - 1) + 5 = x^2 + 3x - 4 + 5$ ✓)

**(b)** The denominator vanishes at $x = 1$: vertical asymptote $x = 1$. As $x \to \pm\infty$, $\frac{5}{x - 1} \to 0$, so the graph approaches the oblique asymptote $y = x + 4$.`,
  },
  {
    key: "math-aa-2-14-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.14",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: String.raw`Determine, with justification, whether each of the following functions is odd, even or neither.

**(a)** $f(x) = x^{3}\sin x$

**(b)** $g(x) = \dfrac{x}{x^{2} + 1}$

**(c)** $h(x) = x + \cos x$`,
    markscheme: [
      M("m1", 1, String.raw`(a) Considers $f(-x) = (-x)^3\sin(-x) = (-x^3)(-\sin x)$`, ["f(-x)", "\\sin(-x) = -\\sin x"]),
      A("a1", 1, String.raw`(a) $f(-x) = x^3\sin x = f(x)$, so $f$ is even`, ["even"], ["m1"]),
      M("m2", 1, String.raw`(b) Considers $g(-x) = \frac{-x}{(-x)^2 + 1}$`, ["g(-x)"]),
      A("a2", 1, String.raw`(b) $g(-x) = -g(x)$, so $g$ is odd`, ["odd"], ["m2"]),
      M("m3", 1, String.raw`(c) Considers $h(-x) = -x + \cos x$ and compares with $h(x)$ and $-h(x) = -x - \cos x$`, ["h(-x) = -x + \\cos x"]),
      R(
        "r1",
        1,
        String.raw`(c) Neither, e.g. $h(\pi) = \pi - 1$ but $h(-\pi) = -\pi - 1$, which is neither $h(\pi)$ nor $-h(\pi)$`,
        ["neither", "counterexample"],
        ["m3"],
      ),
    ],
    workedSolution: String.raw`Recall: even means $f(-x) = f(x)$ for all $x$; odd means $f(-x) = -f(x)$ for all $x$.

**(a)** $f(-x) = (-x)^3\sin(-x) = (-x^3)(-\sin x) = x^3\sin x = f(x)$. **Even.**

**(b)** $g(-x) = \dfrac{-x}{x^2 + 1} = -g(x)$. **Odd.**

**(c)** $h(-x) = -x + \cos x$. This is not $h(x) = x + \cos x$ and not $-h(x) = -x - \cos x$ (in general). For example $h(\pi) = \pi - 1$ while $h(-\pi) = -\pi - 1$. **Neither.**`,
  },
  {
    key: "math-aa-2-14-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.14",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Let $f(x) = \dfrac{2x + 3}{x - 2}$, $x \ne 2$.

Show that $f$ is a self-inverse function.`,
    markscheme: [
      M(
        "m1",
        1,
        String.raw`Attempts $(f \circ f)(x) = \dfrac{2\left(\frac{2x + 3}{x - 2}\right) + 3}{\frac{2x + 3}{x - 2} - 2}$ (or finds $f^{-1}$ by swapping $x$ and $y$)`,
        ["f(f(x))", "swap"],
      ),
      A("a1", 1, String.raw`Numerator simplifies to $\dfrac{7x}{x - 2}$`, ["7x"], ["m1"]),
      A("a2", 1, String.raw`Denominator simplifies to $\dfrac{7}{x - 2}$`, ["7"], ["m1"]),
      R(
        "r1",
        1,
        String.raw`$(f \circ f)(x) = x$, so $f^{-1} = f$ (accept $f^{-1}(x) = \frac{2x + 3}{x - 2}$ found directly)`,
        ["= x", "f^{-1} = f"],
        ["a1", "a2"],
      ),
      AG("ag1", String.raw`$f$ is self-inverse`, ["self-inverse"], ["r1"]),
    ],
    workedSolution: String.raw`A function is self-inverse if $f(f(x)) = x$ for every $x$ in its domain.

$$f(f(x)) = \frac{2\left(\frac{2x + 3}{x - 2}\right) + 3}{\frac{2x + 3}{x - 2} - 2}.$$

Multiply the top and bottom by $(x - 2)$:

$$= \frac{2(2x + 3) + 3(x - 2)}{(2x + 3) - 2(x - 2)} = \frac{7x}{7} = x.$$

So $f \circ f$ is the identity and $f^{-1} = f$: $f$ is self-inverse. (Graphically, the graph of $f$ is symmetric in the line $y = x$.)`,
  },
  {
    key: "math-aa-2-15-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.15",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the inequality $\dfrac{x + 1}{x - 2} \ge 3$.`,
    markscheme: [
      M("m1", 1, String.raw`Rearranges to compare with zero (not multiplying by $x - 2$ without considering its sign): $\frac{x + 1}{x - 2} - 3 \ge 0$`, [
        "- 3 \\ge 0",
        "compare with zero",
      ]),
      A("a1", 1, String.raw`$\frac{7 - 2x}{x - 2} \ge 0$`, ["7 - 2x"], ["m1"]),
      M(
        "m2",
        1,
        String.raw`Identifies critical values $x = 2$ and $x = \frac{7}{2}$ and uses a sign diagram (or multiplies by $(x - 2)^2$)`,
        ["x = 2", "7/2", "sign diagram"],
        ["a1"],
      ),
      A("a2", 1, String.raw`$2 < x \le \frac{7}{2}$`, ["2 < x", "\\le 7/2", "3.5"], ["m2"]),
      R("r1", 1, String.raw`Strict inequality at $x = 2$ justified: the expression is undefined there`, ["undefined", "x \\ne 2"]),
    ],
    workedSolution: String.raw`Do not multiply by $x - 2$ straight away: its sign is unknown. Instead bring everything to one side:

$$\frac{x + 1}{x - 2} - 3 \ge 0 \implies \frac{x + 1 - 3(x - 2)}{x - 2} \ge 0 \implies \frac{7 - 2x}{x - 2} \ge 0.$$

Critical values: $x = \frac{7}{2}$ (numerator zero) and $x = 2$ (denominator zero). Sign diagram:

| interval | $7 - 2x$ | $x - 2$ | quotient |
|---|---|---|---|
| $x < 2$ | $+$ | $-$ | $-$ |
| $2 < x < 3.5$ | $+$ | $+$ | $+$ |
| $x > 3.5$ | $-$ | $+$ | $-$ |

The quotient is $\ge 0$ on $2 < x < \frac{7}{2}$ and equals $0$ at $x = \frac{7}{2}$; $x = 2$ is excluded because the expression is undefined.

$$2 < x \le \frac{7}{2}.$$`,
  },
  {
    key: "math-aa-2-16-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.16",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`**(a)** Solve the equation $|2x - 3| = x + 2$.

**(b)** Hence solve the inequality $|2x - 3| < x + 2$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Considers both cases: $2x - 3 = x + 2$ and $-(2x - 3) = x + 2$ (or squares both sides)`, ["both cases", "-(2x - 3)"]),
      A("a1", 1, String.raw`(a) $x = 5$`, ["x = 5"], ["m1"]),
      A("a2", 1, String.raw`(a) $x = \frac{1}{3}$`, ["1/3"], ["m1"]),
      R("r1", 1, String.raw`(a) Checks both solutions are valid (e.g. $x + 2 > 0$ for both)`, ["check", "valid"]),
      M("m2", 1, String.raw`(b) Uses the graphs or a test value to identify the region where $|2x - 3|$ lies below $x + 2$`, ["below", "test value"]),
      A("a3", 1, String.raw`(b) $\frac{1}{3} < x < 5$`, ["1/3 < x < 5"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** Case 1: $2x - 3 = x + 2 \implies x = 5$.

Case 2: $-(2x - 3) = x + 2 \implies 3 - 2x = x + 2 \implies x = \frac{1}{3}$.

Check: $x = 5$: $|7| = 7 = 5 + 2$ ✓; $x = \frac{1}{3}$: $\left|-\frac{7}{3}\right| = \frac{7}{3} = \frac{1}{3} + 2$ ✓

**(b)** The V-shaped graph $y = |2x - 3|$ and the line $y = x + 2$ meet at $x = \frac{1}{3}$ and $x = 5$. Test $x = 1$ (between them): $|{-1}| = 1 < 3$ ✓, so the V lies below the line between the intersections. Test $x = 0$: $3 < 2$ is false.

$$\frac{1}{3} < x < 5.$$`,
  },
  {
    key: "math-aa-2-16-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.16",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Sketch",
    stem: String.raw`Let $f(x) = x^{2} - 4x + 3$.

Sketch the graph of $y = \dfrac{1}{f(x)}$, showing clearly all asymptotes, any turning points and the $y$-intercept.`,
    markscheme: [
      A("a1", 1, String.raw`Vertical asymptotes $x = 1$ and $x = 3$ (zeros of $f$)`, ["x = 1", "x = 3"]),
      A("a2", 1, String.raw`Horizontal asymptote $y = 0$`, ["y = 0"]),
      A("a3", 1, String.raw`Local maximum at $(2, -1)$ (from the minimum of $f$ at $(2, -1)$)`, ["(2, -1)", "maximum"]),
      A("a4", 1, String.raw`$y$-intercept $\left(0, \frac{1}{3}\right)$`, ["1/3"]),
      A(
        "a5",
        1,
        String.raw`Correct shape: positive branches for $x < 1$ and $x > 3$ approaching $y = 0$; negative branch between $x = 1$ and $x = 3$ tending to $-\infty$ at both asymptotes`,
        ["positive", "negative", "branches"],
      ),
    ],
    workedSolution: String.raw`Start from $f(x) = (x - 1)(x - 3) = (x - 2)^2 - 1$: a parabola with zeros at $1$ and $3$ and minimum $(2, -1)$.

Rules for $y = \frac{1}{f(x)}$:

- **Zeros of $f$ become vertical asymptotes**: $x = 1$ and $x = 3$.
- As $|x| \to \infty$, $f(x) \to \infty$, so $\frac{1}{f(x)} \to 0$: **horizontal asymptote $y = 0$**.
- A minimum of $f$ becomes a maximum of $\frac{1}{f}$: $\frac{1}{-1} = -1$, so **local maximum $(2, -1)$**.
- $f(0) = 3$, so the **$y$-intercept is $\left(0, \frac{1}{3}\right)$**.
- **Sign**: $f > 0$ for $x < 1$ and $x > 3$, so $\frac{1}{f}$ is positive there (two branches hugging $y = 0$ from above and shooting up to $+\infty$ at the asymptotes); between $1$ and $3$, $\frac{1}{f}$ is negative, an upside-down "U" with top at $(2, -1)$ going down to $-\infty$ at $x = 1$ and $x = 3$.`,
  },
];

// ---------------------------------------------------------------------------
// Topic 3: Geometry and trigonometry
// ---------------------------------------------------------------------------
const topic3: QuestionInput[] = [
  {
    key: "math-aa-3-1-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A right circular cone has base radius $6\text{ cm}$ and slant height $10\text{ cm}$.

Calculate the volume of the cone, giving your answer in $\text{cm}^3$ correct to three significant figures.`,
    numericAnswer: { value: 302, tolerance: 0.5, unit: "cm^3", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses Pythagoras to find the height: $h = \sqrt{10^2 - 6^2}$`, ["\\sqrt{10^2 - 6^2}", "Pythagoras"]),
      A("a1", 1, String.raw`$h = 8$`, ["h = 8", "8"], ["m1"]),
      M("m2", 1, String.raw`Substitutes into $V = \frac{1}{3}\pi r^2 h$`, ["\\frac{1}{3}\\pi", "1/3 pi r^2 h"], ["a1"]),
      A("a2", 1, String.raw`$V = 96\pi = 302\text{ cm}^3$ ($301.592\ldots$)`, ["96\\pi", "302"], ["m2"]),
    ],
    workedSolution: String.raw`The height, radius and slant height form a right-angled triangle:

$$h = \sqrt{10^2 - 6^2} = \sqrt{64} = 8\text{ cm}.$$

$$V = \frac{1}{3}\pi r^2 h = \frac{1}{3}\pi(36)(8) = 96\pi \approx 302\text{ cm}^3.$$`,
  },
  {
    key: "math-aa-3-1-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`A cuboid $ABCDEFGH$ has a horizontal rectangular base $ABCD$ with $AB = 8\text{ cm}$ and $BC = 6\text{ cm}$. The vertical edges $AE$, $BF$, $CG$ and $DH$ have length $5\text{ cm}$.

Find the angle between the diagonal $[AG]$ and the base $ABCD$, giving your answer in degrees correct to three significant figures.`,
    numericAnswer: { value: 26.6, tolerance: 0.05, unit: "°", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Identifies the required angle as $\angle GAC$ (the projection of $[AG]$ on the base is $[AC]$)`, ["GAC", "projection", "AC"]),
      A("a1", 1, String.raw`$AC = \sqrt{8^2 + 6^2} = 10$`, ["AC = 10", "10"]),
      M("m2", 1, String.raw`Uses right-angled trigonometry in triangle $ACG$: $\tan\theta = \frac{5}{10}$`, ["\\tan", "5/10"], ["m1", "a1"]),
      A("a2", 1, String.raw`$\theta = 26.6°$ ($26.5650\ldots°$)`, ["26.6"], ["m2"]),
    ],
    workedSolution: String.raw`$G$ is directly above $C$, so the projection of $[AG]$ onto the base is $[AC]$ and the required angle is $\angle GAC$ in the right-angled triangle $ACG$ (right angle at $C$).

$$AC = \sqrt{8^2 + 6^2} = 10\text{ cm}, \qquad CG = 5\text{ cm}.$$

$$\tan\theta = \frac{CG}{AC} = \frac{5}{10} \implies \theta = \arctan 0.5 = 26.6°.$$`,
  },
  {
    key: "math-aa-3-2-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`In triangle $ABC$, $AB = 7\text{ cm}$, $AC = 9\text{ cm}$ and $B\hat{A}C = 40°$.

Find $BC$, giving your answer in centimetres correct to three significant figures.`,
    numericAnswer: { value: 5.79, tolerance: 0.005, unit: "cm", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Chooses the cosine rule: $BC^2 = 7^2 + 9^2 - 2(7)(9)\cos 40°$`, ["cosine rule", "cos 40"]),
      A("a1", 1, String.raw`$BC^2 = 33.47\ldots$`, ["33.5", "33.47"], ["m1"]),
      A("a2", 1, String.raw`$BC = 5.79\text{ cm}$ ($5.78605\ldots$)`, ["5.79"], ["a1"]),
    ],
    workedSolution: String.raw`Two sides and the included angle are known, so use the cosine rule:

$$BC^2 = 7^2 + 9^2 - 2(7)(9)\cos 40° = 130 - 126\cos 40° = 33.477\ldots$$

$$BC = 5.79\text{ cm (3 s.f.)}.$$

(Make sure the GDC is in degree mode.)`,
  },
  {
    key: "math-aa-3-2-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`In triangle $PQR$, $PQ = 12\text{ cm}$, $P\hat{Q}R = 35°$ and $Q\hat{R}P = 68°$.

Find $PR$, giving your answer in centimetres correct to three significant figures.`,
    numericAnswer: { value: 7.42, tolerance: 0.005, unit: "cm", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses the sine rule with matching opposite pairs: $\frac{PR}{\sin 35°} = \frac{12}{\sin 68°}$`, ["sine rule", "sin 35", "sin 68"]),
      A("a1", 1, String.raw`$PR = \frac{12\sin 35°}{\sin 68°}$`, ["12 sin 35"], ["m1"]),
      A("a2", 1, String.raw`$PR = 7.42\text{ cm}$ ($7.42346\ldots$)`, ["7.42"], ["a1"]),
    ],
    workedSolution: String.raw`$PR$ is opposite the angle at $Q$ ($35°$) and $PQ$ is opposite the angle at $R$ ($68°$). By the sine rule:

$$\frac{PR}{\sin 35°} = \frac{12}{\sin 68°} \implies PR = \frac{12\sin 35°}{\sin 68°} = 7.42\text{ cm (3 s.f.)}.$$`,
  },
  {
    key: "math-aa-3-2-03",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.2",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A triangle has sides of length $5\text{ cm}$ and $8\text{ cm}$, and the angle between these sides is $150°$.

Find the exact area of the triangle.`,
    numericAnswer: { value: 10, unit: "cm^2" },
    markscheme: [
      M("m1", 1, String.raw`Uses $\text{Area} = \frac{1}{2}ab\sin C = \frac{1}{2}(5)(8)\sin 150°$`, ["\\frac{1}{2}ab\\sin C", "sin 150"]),
      A("a1", 1, String.raw`$\sin 150° = \frac{1}{2}$, area $= 10\text{ cm}^2$`, ["10"], ["m1"]),
    ],
    workedSolution: String.raw`$$\text{Area} = \tfrac{1}{2}ab\sin C = \tfrac{1}{2}(5)(8)\sin 150°.$$

$\sin 150° = \sin(180° - 30°) = \sin 30° = \frac{1}{2}$, so the area is $\frac{1}{2} \times 40 \times \frac{1}{2} = 10\text{ cm}^2$.`,
  },
  {
    key: "math-aa-3-3-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.3",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`From a point $A$ on horizontal ground, the angle of elevation of the top $T$ of a vertical tower is $32°$. Zara walks $40\text{ m}$ directly towards the tower to a point $B$, from which the angle of elevation of $T$ is $51°$.

Find the height of the tower, giving your answer in metres correct to three significant figures.`,
    numericAnswer: { value: 50.6, tolerance: 0.05, unit: "m", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      A("a1", 1, String.raw`Angles in triangle $ABT$: $A\hat{B}T = 129°$ and $A\hat{T}B = 19°$`, ["129", "19"]),
      M("m1", 1, String.raw`Uses the sine rule in triangle $ABT$: $\frac{BT}{\sin 32°} = \frac{40}{\sin 19°}$`, ["sine rule", "sin 19"], ["a1"]),
      A("a2", 1, String.raw`$BT = 65.1\ldots\text{ m}$`, ["65.1"], ["m1"]),
      M("m2", 1, String.raw`Uses right-angled trigonometry: $h = BT\sin 51°$`, ["sin 51"], ["a2"]),
      A("a3", 1, String.raw`$h = 50.6\text{ m}$ ($50.5976\ldots$)`, ["50.6"], ["m2"]),
    ],
    workedSolution: String.raw`Draw a diagram: $A$, $B$ and the foot of the tower are in a straight line, with $B$ between $A$ and the tower.

In triangle $ABT$: the angle at $A$ is $32°$, the angle at $B$ is $180° - 51° = 129°$, so the angle at $T$ is $180° - 32° - 129° = 19°$.

Sine rule:
$$BT = \frac{40\sin 32°}{\sin 19°} = 65.107\ldots\text{ m}.$$

In the right-angled triangle formed by $B$, $T$ and the foot of the tower:
$$h = BT\sin 51° = 50.6\text{ m (3 s.f.)}.$$`,
  },
  {
    key: "math-aa-3-4-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A sector of a circle has radius $r\text{ cm}$ and angle $1.2$ radians. The perimeter of the sector is $32\text{ cm}$.

Find the area of the sector.`,
    numericAnswer: { value: 60, unit: "cm^2" },
    markscheme: [
      M("m1", 1, String.raw`Perimeter $= 2r + r\theta$: $2r + 1.2r = 32$`, ["2r + 1.2r", "3.2r"]),
      A("a1", 1, String.raw`$r = 10$`, ["r = 10"], ["m1"]),
      M("m2", 1, String.raw`Uses $A = \frac{1}{2}r^2\theta$`, ["\\frac{1}{2}r^2\\theta", "1/2 r^2"], ["a1"]),
      A("a2", 1, String.raw`$A = 60\text{ cm}^2$`, ["60"], ["m2"]),
    ],
    workedSolution: String.raw`The perimeter is two radii plus the arc: $2r + r\theta = 2r + 1.2r = 3.2r = 32$, so $r = 10$.

$$A = \tfrac{1}{2}r^2\theta = \tfrac{1}{2}(100)(1.2) = 60\text{ cm}^2.$$`,
  },
  {
    key: "math-aa-3-4-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.4",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`A chord $[AB]$ of a circle with centre $O$ and radius $8\text{ cm}$ subtends an angle $A\hat{O}B = 2$ radians.

Find the area of the minor segment cut off by the chord, giving your answer in $\text{cm}^2$ correct to three significant figures.`,
    numericAnswer: { value: 34.9, tolerance: 0.05, unit: "cm^2", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      A("a1", 1, String.raw`Sector area $= \frac{1}{2}(8^2)(2) = 64$`, ["64"]),
      A("a2", 1, String.raw`Triangle area $= \frac{1}{2}(8^2)\sin 2 = 29.09\ldots$`, ["29.1", "sin 2"]),
      M("m1", 1, String.raw`Subtracts: segment $=$ sector $-$ triangle`, ["sector - triangle", "subtract"], ["a1", "a2"]),
      A("a3", 1, String.raw`$34.9\text{ cm}^2$ ($34.9024\ldots$)`, ["34.9"], ["m1"]),
    ],
    workedSolution: String.raw`Segment $=$ sector $-$ triangle $OAB$:

$$A = \tfrac{1}{2}r^2\theta - \tfrac{1}{2}r^2\sin\theta = \tfrac{1}{2}(64)(2 - \sin 2) = 32(2 - 0.909297\ldots) = 34.9\text{ cm}^2.$$

(The GDC must be in radian mode for $\sin 2$.)`,
  },
  {
    key: "math-aa-3-5-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.5",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Given that $\cos\theta = -\dfrac{5}{13}$ and $\pi < \theta < \dfrac{3\pi}{2}$, find the exact value of $\tan\theta$.`,
    numericAnswer: { value: 2.4 },
    markscheme: [
      M("m1", 1, String.raw`Uses $\sin^2\theta + \cos^2\theta = 1$ or a right-angled triangle with sides $5, 12, 13$`, [
        "\\sin^2\\theta + \\cos^2\\theta",
        "5, 12, 13",
      ]),
      A("a1", 1, String.raw`$|\sin\theta| = \frac{12}{13}$`, ["12/13"], ["m1"]),
      R("r1", 1, String.raw`$\sin\theta < 0$ in the third quadrant, so $\sin\theta = -\frac{12}{13}$`, ["third quadrant", "-12/13"]),
      A("a2", 1, String.raw`$\tan\theta = \frac{12}{5}$`, ["12/5", "2.4"], ["a1", "r1"]),
    ],
    workedSolution: String.raw`$\sin^2\theta = 1 - \frac{25}{169} = \frac{144}{169}$, so $\sin\theta = \pm\frac{12}{13}$.

For $\pi < \theta < \frac{3\pi}{2}$ (third quadrant) both sine and cosine are negative, so $\sin\theta = -\frac{12}{13}$.

$$\tan\theta = \frac{\sin\theta}{\cos\theta} = \frac{-12/13}{-5/13} = \frac{12}{5}.$$

(Positive, as expected: tangent is positive in the third quadrant.)`,
  },
  {
    key: "math-aa-3-5-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.5",
    difficulty: 4,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`In triangle $ABC$, $AB = 10\text{ cm}$, $BC = 7\text{ cm}$ and $B\hat{A}C = 40°$.

Find the two possible values of $A\hat{C}B$, giving your answers in degrees correct to one decimal place.`,
    markscheme: [
      M("m1", 1, String.raw`Uses the sine rule: $\frac{\sin C}{10} = \frac{\sin 40°}{7}$`, ["sine rule", "sin 40"]),
      A("a1", 1, String.raw`$\sin C = 0.918\ldots$`, ["0.918"], ["m1"]),
      A("a2", 1, String.raw`$C = 66.7°$`, ["66.7"], ["a1"]),
      M("m2", 1, String.raw`Uses $\sin(180° - C) = \sin C$ to find the obtuse value`, ["180 - ", "obtuse"], ["a2"]),
      A("a3", 1, String.raw`$C = 113.3°$, valid since $40° + 113.3° < 180°$`, ["113.3"], ["m2"]),
    ],
    workedSolution: String.raw`$BC = 7$ is opposite $A$, and $AB = 10$ is opposite $C$. Sine rule:

$$\sin C = \frac{10\sin 40°}{7} = 0.91826\ldots$$

One solution is $C = \arcsin(0.91826\ldots) = 66.7°$.

Because $\sin(180° - C) = \sin C$, a second candidate is $C = 180° - 66.67° = 113.3°$.

Check it fits in a triangle: $40° + 113.3° = 153.3° < 180°$, leaving $26.7°$ for $B$. So both are possible (the ambiguous case — the $7\text{ cm}$ side can "swing" to two positions).

$$A\hat{C}B = 66.7° \text{ or } 113.3°.$$`,
  },
  {
    key: "math-aa-3-6-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.6",
    difficulty: 2,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`**(a)** Show that $(\sin x + \cos x)^{2} \equiv 1 + \sin 2x$.

**(b)** Hence find the exact value of $\left(\sin\dfrac{\pi}{8} + \cos\dfrac{\pi}{8}\right)^{2}$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Expands: $\sin^2 x + 2\sin x\cos x + \cos^2 x$`, ["\\sin^2 x + 2\\sin x\\cos x + \\cos^2 x", "expand"]),
      A("a1", 1, String.raw`(a) Uses $\sin^2 x + \cos^2 x = 1$`, ["\\sin^2 x + \\cos^2 x = 1"], ["m1"]),
      A("a2", 1, String.raw`(a) Uses $2\sin x\cos x = \sin 2x$`, ["2\\sin x\\cos x = \\sin 2x"], ["m1"]),
      AG("ag1", String.raw`(a) $1 + \sin 2x$`, ["1 + \\sin 2x"], ["a1", "a2"]),
      M("m2", 1, String.raw`(b) Substitutes $x = \frac{\pi}{8}$: $1 + \sin\frac{\pi}{4}$`, ["\\sin\\frac{\\pi}{4}", "pi/4"]),
      A("a3", 1, String.raw`(b) $1 + \frac{\sqrt{2}}{2}$ (accept $\frac{2 + \sqrt{2}}{2}$)`, ["1 + \\frac{\\sqrt{2}}{2}", "(2 + sqrt2)/2"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)**
$$(\sin x + \cos x)^2 = \sin^2 x + 2\sin x\cos x + \cos^2 x = (\sin^2 x + \cos^2 x) + 2\sin x\cos x = 1 + \sin 2x.$$

**(b)** With $x = \frac{\pi}{8}$, $2x = \frac{\pi}{4}$:

$$\left(\sin\tfrac{\pi}{8} + \cos\tfrac{\pi}{8}\right)^2 = 1 + \sin\tfrac{\pi}{4} = 1 + \frac{\sqrt{2}}{2}.$$`,
  },
  {
    key: "math-aa-3-6-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.6",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Given that $\sin\theta = \dfrac{3}{5}$ and $\theta$ is obtuse, find the exact values of

**(a)** $\cos\theta$;

**(b)** $\sin 2\theta$;

**(c)** $\cos 2\theta$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses $\cos^2\theta = 1 - \sin^2\theta = \frac{16}{25}$`, ["16/25"]),
      A("a1", 1, String.raw`(a) $\cos\theta = -\frac{4}{5}$ (negative because $\theta$ is obtuse)`, ["-4/5"], ["m1"]),
      M("m2", 1, String.raw`(b) Uses $\sin 2\theta = 2\sin\theta\cos\theta$`, ["2\\sin\\theta\\cos\\theta"]),
      A("a2", 1, String.raw`(b) $\sin 2\theta = -\frac{24}{25}$`, ["-24/25"], ["m2"]),
      A("a3", 1, String.raw`(c) $\cos 2\theta = 1 - 2\sin^2\theta = \frac{7}{25}$`, ["7/25"]),
    ],
    workedSolution: String.raw`**(a)** $\cos^2\theta = 1 - \frac{9}{25} = \frac{16}{25}$. Obtuse angles ($90° < \theta < 180°$) have negative cosine, so $\cos\theta = -\frac{4}{5}$.

**(b)** $\sin 2\theta = 2\sin\theta\cos\theta = 2\left(\frac{3}{5}\right)\left(-\frac{4}{5}\right) = -\frac{24}{25}$.

**(c)** $\cos 2\theta = 1 - 2\sin^2\theta = 1 - \frac{18}{25} = \frac{7}{25}$.

(Check: $\left(-\frac{24}{25}\right)^2 + \left(\frac{7}{25}\right)^2 = \frac{576 + 49}{625} = 1$ ✓)`,
  },
  {
    key: "math-aa-3-7-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.7",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The height, $h$ metres, of a seat on a Ferris wheel above the ground $t$ minutes after a ride starts is modelled by

$$h(t) = 21 - 19\cos\left(\frac{\pi t}{15}\right), \quad t \ge 0.$$

Find the first time after the start of the ride at which the seat is $30\text{ m}$ above the ground. Give your answer in minutes, correct to three significant figures.`,
    numericAnswer: { value: 9.86, tolerance: 0.005, unit: "min", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Sets $21 - 19\cos\left(\frac{\pi t}{15}\right) = 30$ (or uses GDC intersection with $h = 30$)`, ["= 30", "intersection"]),
      A("a1", 1, String.raw`$\cos\left(\frac{\pi t}{15}\right) = -\frac{9}{19}$`, ["-9/19"], ["m1"]),
      M("m2", 1, String.raw`Uses arccos (in radians): $\frac{\pi t}{15} = \arccos\left(-\frac{9}{19}\right) = 2.064\ldots$`, ["arccos", "2.06"], ["a1"]),
      R("r1", 1, String.raw`Recognises this gives the first (smallest positive) solution`, ["first", "smallest"]),
      A("a2", 1, String.raw`$t = 9.86$ minutes ($9.8561\ldots$)`, ["9.86"], ["m2"]),
    ],
    workedSolution: String.raw`The seat starts at $h(0) = 21 - 19 = 2\text{ m}$ and rises to a maximum of $40\text{ m}$ at $t = 15$ (half a period; the period is $\frac{2\pi}{\pi/15} = 30$ minutes).

Solve $21 - 19\cos\left(\frac{\pi t}{15}\right) = 30$:

$$\cos\left(\frac{\pi t}{15}\right) = -\frac{9}{19} \implies \frac{\pi t}{15} = \arccos\left(-\frac{9}{19}\right) = 2.0642\ldots$$

arccos gives the value in $[0, \pi]$, which corresponds to $0 \le t \le 15$ — the first time the seat is rising through $30\text{ m}$:

$$t = \frac{15 \times 2.0642\ldots}{\pi} = 9.86 \text{ minutes}.$$`,
  },
  {
    key: "math-aa-3-7-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.7",
    difficulty: 1,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Write down",
    stem: String.raw`Let $f(x) = 3\sin(2x) + 1$, for $x \in \mathbb{R}$.

Write down

**(a)** the amplitude of $f$;

**(b)** the period of $f$;

**(c)** the range of $f$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $3$`, ["3"]),
      A("a2", 1, String.raw`(b) $\pi$ (accept $180°$)`, ["\\pi", "pi", "180"]),
      A("a3", 1, String.raw`(c) $-2 \le f(x) \le 4$`, ["-2", "4"]),
    ],
    workedSolution: String.raw`For $y = a\sin(bx) + d$: amplitude $|a|$, period $\frac{2\pi}{b}$, and the graph oscillates between $d - |a|$ and $d + |a|$.

**(a)** Amplitude $= 3$.

**(b)** Period $= \frac{2\pi}{2} = \pi$.

**(c)** $1 - 3 \le f(x) \le 1 + 3$, i.e. $-2 \le f(x) \le 4$.`,
  },
  {
    key: "math-aa-3-8-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.8",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the equation $2\cos^{2}x + 3\sin x - 3 = 0$ for $0 \le x \le 2\pi$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses $\cos^2 x = 1 - \sin^2 x$`, ["1 - \\sin^2 x"]),
      A("a1", 1, String.raw`Correct quadratic in $\sin x$: $2\sin^2 x - 3\sin x + 1 = 0$`, ["2\\sin^2 x - 3\\sin x + 1"], ["m1"]),
      M("m2", 1, String.raw`Factorises or uses the quadratic formula: $(2\sin x - 1)(\sin x - 1) = 0$`, ["(2\\sin x - 1)(\\sin x - 1)"], ["a1"]),
      A("a2", 1, String.raw`$\sin x = \frac{1}{2}$ or $\sin x = 1$`, ["1/2", "= 1"], ["m2"]),
      A("a3", 1, String.raw`$x = \frac{\pi}{6}, \frac{5\pi}{6}$`, ["\\pi/6", "5\\pi/6"], ["a2"]),
      A("a4", 1, String.raw`$x = \frac{\pi}{2}$`, ["\\pi/2"], ["a2"]),
    ],
    workedSolution: String.raw`Replace $\cos^2 x$ with $1 - \sin^2 x$ so that only $\sin x$ appears:

$$2(1 - \sin^2 x) + 3\sin x - 3 = 0 \implies -2\sin^2 x + 3\sin x - 1 = 0 \implies 2\sin^2 x - 3\sin x + 1 = 0.$$

Factorise: $(2\sin x - 1)(\sin x - 1) = 0$.

- $\sin x = \frac{1}{2}$: $x = \frac{\pi}{6}$ or $x = \pi - \frac{\pi}{6} = \frac{5\pi}{6}$.
- $\sin x = 1$: $x = \frac{\pi}{2}$.

Solutions: $x = \frac{\pi}{6}, \frac{\pi}{2}, \frac{5\pi}{6}$.`,
  },
  {
    key: "math-aa-3-8-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.8",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the equation $\tan 2x = \sqrt{3}$ for $0 \le x \le \pi$.`,
    markscheme: [
      M("m1", 1, String.raw`Adjusts the interval: $0 \le 2x \le 2\pi$`, ["0 \\le 2x \\le 2\\pi", "2\\pi"]),
      A("a1", 1, String.raw`$2x = \frac{\pi}{3}$`, ["\\pi/3"]),
      A("a2", 1, String.raw`$2x = \frac{4\pi}{3}$ (using the period $\pi$ of tangent)`, ["4\\pi/3"], ["m1"]),
      A("a3", 1, String.raw`$x = \frac{\pi}{6}, \frac{2\pi}{3}$`, ["\\pi/6", "2\\pi/3"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`Let $u = 2x$. Since $0 \le x \le \pi$, we need $0 \le u \le 2\pi$.

$\tan u = \sqrt{3}$ gives $u = \frac{\pi}{3}$, and tangent repeats every $\pi$, so also $u = \frac{\pi}{3} + \pi = \frac{4\pi}{3}$ (the next one, $\frac{7\pi}{3}$, is too big).

Dividing by $2$: $x = \frac{\pi}{6}$ or $x = \frac{2\pi}{3}$.`,
  },
  {
    key: "math-aa-3-9-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.9",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the equation $2\tan^{2}x = 3\sec x$ for $0 \le x < 2\pi$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses $\tan^2 x = \sec^2 x - 1$`, ["\\sec^2 x - 1"]),
      A("a1", 1, String.raw`$2\sec^2 x - 3\sec x - 2 = 0$`, ["2\\sec^2 x - 3\\sec x - 2"], ["m1"]),
      A("a2", 1, String.raw`$(2\sec x + 1)(\sec x - 2) = 0$, so $\sec x = 2$ or $\sec x = -\frac{1}{2}$`, ["\\sec x = 2", "-1/2"], ["a1"]),
      R("r1", 1, String.raw`Rejects $\sec x = -\frac{1}{2}$ since $|\sec x| \ge 1$ (equivalently $|\cos x| \le 1$)`, [
        "reject",
        "|\\sec x| \\ge 1",
        "cos x = -2",
      ]),
      A("a3", 1, String.raw`$\cos x = \frac{1}{2}$`, ["\\cos x = 1/2"], ["a2"]),
      A("a4", 1, String.raw`$x = \frac{\pi}{3}, \frac{5\pi}{3}$`, ["\\pi/3", "5\\pi/3"], ["a3"]),
    ],
    workedSolution: String.raw`Use the identity $1 + \tan^2 x = \sec^2 x$ to write everything in terms of $\sec x$:

$$2(\sec^2 x - 1) = 3\sec x \implies 2\sec^2 x - 3\sec x - 2 = 0 \implies (2\sec x + 1)(\sec x - 2) = 0.$$

- $\sec x = -\frac{1}{2}$ means $\cos x = -2$: impossible. Reject.
- $\sec x = 2$ means $\cos x = \frac{1}{2}$: $x = \frac{\pi}{3}$ or $x = 2\pi - \frac{\pi}{3} = \frac{5\pi}{3}$.

Check $x = \frac{\pi}{3}$: $2\tan^2\frac{\pi}{3} = 2(3) = 6$ and $3\sec\frac{\pi}{3} = 3(2) = 6$ ✓`,
  },
  {
    key: "math-aa-3-10-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.10",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`By writing $\dfrac{\pi}{12} = \dfrac{\pi}{3} - \dfrac{\pi}{4}$, find the exact value of $\sin\dfrac{\pi}{12}$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses $\sin(A - B) = \sin A\cos B - \cos A\sin B$`, ["\\sin A\\cos B - \\cos A\\sin B", "compound"]),
      A(
        "a1",
        1,
        String.raw`$\frac{\sqrt{3}}{2} \cdot \frac{\sqrt{2}}{2} - \frac{1}{2} \cdot \frac{\sqrt{2}}{2}$`,
        ["\\frac{\\sqrt{3}}{2}", "\\frac{\\sqrt{2}}{2}"],
        ["m1"],
      ),
      A("a2", 1, String.raw`$\frac{\sqrt{6} - \sqrt{2}}{4}$`, ["\\sqrt{6} - \\sqrt{2}", "(sqrt6 - sqrt2)/4"], ["a1"]),
    ],
    workedSolution: String.raw`$$\sin\left(\frac{\pi}{3} - \frac{\pi}{4}\right) = \sin\frac{\pi}{3}\cos\frac{\pi}{4} - \cos\frac{\pi}{3}\sin\frac{\pi}{4} = \frac{\sqrt{3}}{2}\cdot\frac{\sqrt{2}}{2} - \frac{1}{2}\cdot\frac{\sqrt{2}}{2} = \frac{\sqrt{6} - \sqrt{2}}{4}.$$

(Sanity check: $\frac{2.449 - 1.414}{4} \approx 0.259$, and $\sin 15° \approx 0.259$ ✓)`,
  },
  {
    key: "math-aa-3-10-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.10",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Show that $\arctan\dfrac{1}{2} + \arctan\dfrac{1}{3} = \dfrac{\pi}{4}$.`,
    markscheme: [
      M(
        "m1",
        1,
        String.raw`Lets $\alpha = \arctan\frac{1}{2}$, $\beta = \arctan\frac{1}{3}$ and uses $\tan(\alpha + \beta) = \frac{\tan\alpha + \tan\beta}{1 - \tan\alpha\tan\beta}$`,
        ["\\tan(\\alpha + \\beta)", "compound"],
      ),
      A("a1", 1, String.raw`Substitutes: $\frac{\frac{1}{2} + \frac{1}{3}}{1 - \frac{1}{6}}$`, ["\\frac{1}{2} + \\frac{1}{3}", "1 - 1/6"], ["m1"]),
      A("a2", 1, String.raw`$= \frac{5/6}{5/6} = 1$`, ["= 1"], ["a1"]),
      R(
        "r1",
        2,
        String.raw`Justifies the choice of angle: $0 < \alpha, \beta < \frac{\pi}{4}$ (as $\frac{1}{2}, \frac{1}{3} < 1$), so $0 < \alpha + \beta < \frac{\pi}{2}$, where the only angle with tangent $1$ is $\frac{\pi}{4}$`,
        ["0 < \\alpha + \\beta < \\pi/2", "only"],
        ["a2"],
      ),
      AG("ag1", String.raw`$\alpha + \beta = \frac{\pi}{4}$`, ["\\pi/4"], ["r1"]),
    ],
    workedSolution: String.raw`Let $\alpha = \arctan\frac{1}{2}$ and $\beta = \arctan\frac{1}{3}$, so $\tan\alpha = \frac{1}{2}$ and $\tan\beta = \frac{1}{3}$.

$$\tan(\alpha + \beta) = \frac{\tan\alpha + \tan\beta}{1 - \tan\alpha\tan\beta} = \frac{\frac{1}{2} + \frac{1}{3}}{1 - \frac{1}{6}} = \frac{\frac{5}{6}}{\frac{5}{6}} = 1.$$

$\tan(\alpha + \beta) = 1$ alone is not enough (e.g. $\tan\frac{5\pi}{4} = 1$ too). But since $0 < \frac{1}{3} < \frac{1}{2} < 1$, both $\alpha$ and $\beta$ lie between $0$ and $\frac{\pi}{4}$, so $0 < \alpha + \beta < \frac{\pi}{2}$. The only angle in this interval with tangent $1$ is $\frac{\pi}{4}$. Hence

$$\arctan\tfrac{1}{2} + \arctan\tfrac{1}{3} = \tfrac{\pi}{4}.$$`,
  },
  {
    key: "math-aa-3-11-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.11",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $\sin\theta = k$, where $0 < \theta < \dfrac{\pi}{2}$.

Find, in terms of $k$,

**(a)** $\sin(\pi - \theta)$;

**(b)** $\cos(\pi + \theta)$;

**(c)** $\tan(-\theta)$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $\sin(\pi - \theta) = k$`, ["= k"]),
      M("m1", 1, String.raw`(b) Finds $\cos\theta = \sqrt{1 - k^2}$ (positive root, as $\theta$ is acute)`, ["\\sqrt{1 - k^2}"]),
      A("a2", 1, String.raw`(b) $\cos(\pi + \theta) = -\cos\theta = -\sqrt{1 - k^2}$`, ["-\\sqrt{1 - k^2}"], ["m1"]),
      A("a3", 1, String.raw`(c) Uses $\tan(-\theta) = -\tan\theta$ (tangent is odd)`, ["-\\tan\\theta", "odd"]),
      A("a4", 1, String.raw`(c) $-\frac{k}{\sqrt{1 - k^2}}$`, ["-k/\\sqrt{1 - k^2}", "\\frac{k}{\\sqrt{1 - k^2}}"], ["m1"]),
    ],
    workedSolution: String.raw`Since $\theta$ is acute, $\cos\theta = \sqrt{1 - \sin^2\theta} = \sqrt{1 - k^2}$ and $\tan\theta = \dfrac{k}{\sqrt{1 - k^2}}$.

**(a)** The sine graph is symmetric about $x = \frac{\pi}{2}$, so $\sin(\pi - \theta) = \sin\theta = k$.

**(b)** Adding $\pi$ moves the point on the unit circle to the diametrically opposite point, changing the sign of both coordinates: $\cos(\pi + \theta) = -\cos\theta = -\sqrt{1 - k^2}$.

**(c)** Tangent is an odd function: $\tan(-\theta) = -\tan\theta = -\dfrac{k}{\sqrt{1 - k^2}}$.`,
  },
  {
    key: "math-aa-3-12-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.12",
    difficulty: 1,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The points $A$ and $B$ have coordinates $(1, 2, -1)$ and $(4, -2, 11)$ respectively.

**(a)** Find $\overrightarrow{AB}$.

**(b)** Find $|\overrightarrow{AB}|$.

**(c)** Find a unit vector in the direction of $\overrightarrow{AB}$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $\overrightarrow{AB} = \begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$`, ["(3, -4, 12)", "3", "-4", "12"]),
      M("m1", 1, String.raw`(b) Uses $\sqrt{3^2 + (-4)^2 + 12^2}$`, ["\\sqrt{9 + 16 + 144}", "169"]),
      A("a2", 1, String.raw`(b) $13$`, ["13"], ["m1"]),
      A("a3", 1, String.raw`(c) $\frac{1}{13}\begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$ (follow through)`, ["1/13"]),
    ],
    workedSolution: String.raw`**(a)** $\overrightarrow{AB} = \mathbf{b} - \mathbf{a} = \begin{pmatrix} 4 - 1 \\ -2 - 2 \\ 11 - (-1) \end{pmatrix} = \begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$.

**(b)** $|\overrightarrow{AB}| = \sqrt{9 + 16 + 144} = \sqrt{169} = 13$.

**(c)** Divide by the magnitude: $\hat{\mathbf{u}} = \dfrac{1}{13}\begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$.`,
  },
  {
    key: "math-aa-3-13-01",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "3.13",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Find the angle between the vectors $\mathbf{a} = \begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix}$ and $\mathbf{b} = \begin{pmatrix} 1 \\ 4 \\ -2 \end{pmatrix}$, giving your answer in degrees.`,
    numericAnswer: { value: 118, tolerance: 0.25, unit: "°", sigFigs: 3 },
    markscheme: [
      A("a1", 1, String.raw`$\mathbf{a} \cdot \mathbf{b} = 2 - 4 - 6 = -8$`, ["-8"]),
      A("a2", 1, String.raw`$|\mathbf{a}| = \sqrt{14}$, $|\mathbf{b}| = \sqrt{21}$`, ["\\sqrt{14}", "\\sqrt{21}"]),
      M(
        "m1",
        1,
        String.raw`Uses $\cos\theta = \frac{\mathbf{a} \cdot \mathbf{b}}{|\mathbf{a}||\mathbf{b}|} = \frac{-8}{\sqrt{14}\sqrt{21}}$`,
        ["\\cos\\theta", "\\frac{-8}{"],
        ["a1", "a2"],
      ),
      A("a3", 1, String.raw`$\theta = 118°$ ($117.81\ldots°$)`, ["118", "117.8"], ["m1"]),
    ],
    workedSolution: String.raw`$$\mathbf{a} \cdot \mathbf{b} = (2)(1) + (-1)(4) + (3)(-2) = -8.$$

$$|\mathbf{a}| = \sqrt{4 + 1 + 9} = \sqrt{14}, \qquad |\mathbf{b}| = \sqrt{1 + 16 + 4} = \sqrt{21}.$$

$$\cos\theta = \frac{-8}{\sqrt{14}\sqrt{21}} = -0.4665\ldots \implies \theta = 117.8° \approx 118°.$$

The negative scalar product tells us the angle is obtuse.`,
  },
  {
    key: "math-aa-3-13-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "3.13",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The vectors $\begin{pmatrix} p \\ 2 \\ -1 \end{pmatrix}$ and $\begin{pmatrix} 3 \\ p \\ 4 \end{pmatrix}$ are perpendicular.

Find the value of $p$.`,
    numericAnswer: { value: 0.8 },
    markscheme: [
      R("r1", 1, String.raw`Perpendicular vectors have scalar product $0$`, ["scalar product", "= 0"]),
      M("m1", 1, String.raw`$3p + 2p - 4 = 0$`, ["3p + 2p - 4"], ["r1"]),
      A("a1", 1, String.raw`$p = \frac{4}{5}$`, ["4/5", "0.8"], ["m1"]),
    ],
    workedSolution: String.raw`Two non-zero vectors are perpendicular exactly when their scalar product is zero:

$$(p)(3) + (2)(p) + (-1)(4) = 5p - 4 = 0 \implies p = \frac{4}{5}.$$`,
  },
  {
    key: "math-aa-3-14-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.14",
    difficulty: 2,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Show that",
    stem: String.raw`The line $L$ passes through $A(2, -1, 3)$ and is parallel to the vector $\begin{pmatrix} 1 \\ 2 \\ -2 \end{pmatrix}$.

**(a)** Write down a vector equation of $L$.

**(b)** Show that the point $P(5, 5, -3)$ lies on $L$.

**(c)** Find the coordinates of the point where $L$ meets the $xy$-plane.`,
    markscheme: [
      A(
        "a1",
        1,
        String.raw`(a) $\mathbf{r} = \begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix} + \lambda\begin{pmatrix} 1 \\ 2 \\ -2 \end{pmatrix}$ (must include "$\mathbf{r} =$")`,
        ["r =", "\\lambda"],
      ),
      M("m1", 1, String.raw`(b) Finds $\lambda = 3$ from one component and checks the other two`, ["\\lambda = 3"]),
      AG("ag1", String.raw`(b) $(2 + 3, -1 + 6, 3 - 6) = (5, 5, -3)$, so $P$ lies on $L$`, ["(5, 5, -3)"], ["m1"]),
      M("m2", 1, String.raw`(c) Sets the $z$-component to zero: $3 - 2\lambda = 0$`, ["3 - 2\\lambda = 0", "z = 0"]),
      A("a2", 1, String.raw`(c) $\lambda = \frac{3}{2}$`, ["3/2", "1.5"], ["m2"]),
      A("a3", 1, String.raw`(c) $\left(\frac{7}{2}, 2, 0\right)$`, ["(3.5, 2, 0)", "7/2"], ["a2"]),
    ],
    workedSolution: String.raw`**(a)** $\mathbf{r} = \begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix} + \lambda\begin{pmatrix} 1 \\ 2 \\ -2 \end{pmatrix}$, $\lambda \in \mathbb{R}$.

**(b)** From the $x$-component: $2 + \lambda = 5$, so $\lambda = 3$. Then $y = -1 + 2(3) = 5$ ✓ and $z = 3 - 2(3) = -3$ ✓. All three components agree, so $P$ is on $L$.

**(c)** On the $xy$-plane $z = 0$: $3 - 2\lambda = 0$, so $\lambda = \frac{3}{2}$, giving $x = \frac{7}{2}$, $y = 2$. The point is $\left(\frac{7}{2}, 2, 0\right)$.`,
  },
  {
    key: "math-aa-3-14-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "3.14",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`A ship moves with constant velocity. Its position vector, in kilometres, $t$ hours after noon is

$$\mathbf{r} = \begin{pmatrix} -6 \\ 4 \end{pmatrix} + t\begin{pmatrix} 3 \\ 1 \end{pmatrix}.$$

A lighthouse is at the point $L(9, 10)$.

Find the shortest distance between the ship and the lighthouse, giving your answer in kilometres correct to three significant figures.`,
    numericAnswer: { value: 0.949, tolerance: 0.001, unit: "km", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Finds the vector from $L$ to the ship: $\begin{pmatrix} -15 + 3t \\ -6 + t \end{pmatrix}$`, ["-15 + 3t", "-6 + t"]),
      M(
        "m2",
        1,
        String.raw`Sets the scalar product with the direction vector to zero (or minimises the distance function)`,
        ["scalar product", "= 0", "minimum"],
        ["m1"],
      ),
      A("a1", 1, String.raw`$3(-15 + 3t) + (-6 + t) = 0$, i.e. $10t - 51 = 0$`, ["10t - 51", "10t = 51"], ["m2"]),
      A("a2", 1, String.raw`$t = 5.1$`, ["5.1"], ["a1"]),
      M("m3", 1, String.raw`Substitutes to find the distance: $\left|\begin{pmatrix} 0.3 \\ -0.9 \end{pmatrix}\right|$`, ["0.3", "-0.9"], ["a2"]),
      A("a3", 1, String.raw`$\sqrt{0.9} = 0.949\text{ km}$`, ["0.949", "\\sqrt{0.9}"], ["m3"]),
    ],
    workedSolution: String.raw`Vector from the lighthouse to the ship:

$$\overrightarrow{LS} = \begin{pmatrix} -6 + 3t - 9 \\ 4 + t - 10 \end{pmatrix} = \begin{pmatrix} 3t - 15 \\ t - 6 \end{pmatrix}.$$

At closest approach this is perpendicular to the direction of motion $\begin{pmatrix} 3 \\ 1 \end{pmatrix}$:

$$3(3t - 15) + (t - 6) = 10t - 51 = 0 \implies t = 5.1.$$

Then $\overrightarrow{LS} = \begin{pmatrix} 0.3 \\ -0.9 \end{pmatrix}$ and the distance is $\sqrt{0.09 + 0.81} = \sqrt{0.9} = 0.949\text{ km}$.

(Alternatively, minimise $d(t) = \sqrt{(3t - 15)^2 + (t - 6)^2}$ on the GDC.)`,
  },
  {
    key: "math-aa-3-15-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.15",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`The lines $L_1$ and $L_2$ have equations

$$L_1: \mathbf{r} = \begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix} + \lambda\begin{pmatrix} 1 \\ -1 \\ 1 \end{pmatrix}, \qquad L_2: \mathbf{r} = \begin{pmatrix} 2 \\ 1 \\ 0 \end{pmatrix} + \mu\begin{pmatrix} 2 \\ 1 \\ -1 \end{pmatrix}.$$

Show that $L_1$ and $L_2$ are skew.`,
    markscheme: [
      R("r1", 1, String.raw`Direction vectors are not scalar multiples of each other, so the lines are not parallel`, ["not parallel", "scalar multiple"]),
      M("m1", 1, String.raw`Equates components: $1 + \lambda = 2 + 2\mu$, $-\lambda = 1 + \mu$, $2 + \lambda = -\mu$`, ["1 + \\lambda = 2 + 2\\mu", "equate"]),
      A("a1", 1, String.raw`Solves two of the equations, e.g. first two give $\mu = -\frac{2}{3}$, $\lambda = -\frac{1}{3}$`, ["-2/3", "-1/3"], ["m1"]),
      A(
        "a2",
        1,
        String.raw`Shows the third equation is not satisfied, e.g. $2 + \lambda = \frac{5}{3}$ but $-\mu = \frac{2}{3}$`,
        ["5/3", "2/3", "inconsistent"],
        ["a1"],
      ),
      R("r2", 1, String.raw`Not parallel and do not intersect, so skew`, ["do not intersect", "skew"], ["r1", "a2"]),
      AG("ag1", String.raw`$L_1$ and $L_2$ are skew`, ["skew"], ["r2"]),
    ],
    workedSolution: String.raw`**Not parallel:** $\begin{pmatrix} 1 \\ -1 \\ 1 \end{pmatrix}$ is not a multiple of $\begin{pmatrix} 2 \\ 1 \\ -1 \end{pmatrix}$ (the $x$-components would need a factor $2$, the $y$-components a factor $-1$).

**Do they intersect?** Equate components:

1. $1 + \lambda = 2 + 2\mu$
2. $-\lambda = 1 + \mu$
3. $2 + \lambda = -\mu$

From (2), $\lambda = -1 - \mu$. Substituting in (1): $-\mu = 2 + 2\mu$, so $\mu = -\frac{2}{3}$ and $\lambda = -\frac{1}{3}$.

Check (3): LHS $= 2 - \frac{1}{3} = \frac{5}{3}$, RHS $= \frac{2}{3}$. Not equal, so there is no common point.

The lines are neither parallel nor intersecting, so they are skew.`,
  },
  {
    key: "math-aa-3-16-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.16",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The points $A(1, 0, 2)$, $B(3, 1, 0)$ and $C(0, 2, 1)$ are vertices of a triangle.

**(a)** Find $\overrightarrow{AB} \times \overrightarrow{AC}$.

**(b)** Hence find the exact area of triangle $ABC$.`,
    markscheme: [
      A(
        "a1",
        1,
        String.raw`(a) $\overrightarrow{AB} = \begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}$, $\overrightarrow{AC} = \begin{pmatrix} -1 \\ 2 \\ -1 \end{pmatrix}$`,
        ["(2, 1, -2)", "(-1, 2, -1)"],
      ),
      M("m1", 1, String.raw`(a) Correct method for the vector product (determinant or component formula)`, ["vector product", "determinant"], ["a1"]),
      A("a2", 1, String.raw`(a) $\begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix}$`, ["(3, 4, 5)"], ["m1"]),
      M(
        "m2",
        1,
        String.raw`(b) Area $= \frac{1}{2}|\overrightarrow{AB} \times \overrightarrow{AC}| = \frac{1}{2}\sqrt{9 + 16 + 25}$`,
        ["\\frac{1}{2}|", "\\sqrt{50}"],
        ["a2"],
      ),
      A("a3", 1, String.raw`(b) $\frac{5\sqrt{2}}{2}$ (accept $\frac{\sqrt{50}}{2}$)`, ["5\\sqrt{2}/2", "\\frac{5\\sqrt{2}}{2}", "sqrt50/2"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** $\overrightarrow{AB} = \begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}$, $\overrightarrow{AC} = \begin{pmatrix} -1 \\ 2 \\ -1 \end{pmatrix}$.

$$\overrightarrow{AB} \times \overrightarrow{AC} = \begin{pmatrix} (1)(-1) - (-2)(2) \\ (-2)(-1) - (2)(-1) \\ (2)(2) - (1)(-1) \end{pmatrix} = \begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix}.$$

(Check: $\begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix} \cdot \overrightarrow{AB} = 6 + 4 - 10 = 0$ ✓)

**(b)** The magnitude of the vector product is the area of the parallelogram on $AB$ and $AC$; the triangle is half of it:

$$\text{Area} = \tfrac{1}{2}\sqrt{3^2 + 4^2 + 5^2} = \tfrac{1}{2}\sqrt{50} = \frac{5\sqrt{2}}{2}.$$`,
  },
  {
    key: "math-aa-3-17-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.17",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The plane $\Pi$ contains the point $P(1, 2, 3)$ and the line

$$L: \mathbf{r} = \begin{pmatrix} 2 \\ 0 \\ 1 \end{pmatrix} + t\begin{pmatrix} 1 \\ 1 \\ -1 \end{pmatrix}.$$

Find the Cartesian equation of $\Pi$.`,
    markscheme: [
      A("a1", 1, String.raw`Second direction in the plane, from $(2, 0, 1)$ to $P$: $\begin{pmatrix} -1 \\ 2 \\ 2 \end{pmatrix}$`, ["(-1, 2, 2)"]),
      M("m1", 1, String.raw`Finds a normal using the vector product of two directions in the plane`, ["vector product", "normal"], ["a1"]),
      A("a2", 1, String.raw`$\mathbf{n} = \begin{pmatrix} 4 \\ -1 \\ 3 \end{pmatrix}$ (or any non-zero multiple)`, ["(4, -1, 3)"], ["m1"]),
      M("m2", 1, String.raw`Substitutes a point into $4x - y + 3z = d$`, ["4x - y + 3z", "= d"], ["a2"]),
      A("a3", 1, String.raw`$4x - y + 3z = 11$`, ["4x - y + 3z = 11"], ["m2"]),
    ],
    workedSolution: String.raw`Two directions in the plane: the direction of $L$, $\mathbf{d} = \begin{pmatrix} 1 \\ 1 \\ -1 \end{pmatrix}$, and the vector from $Q(2, 0, 1)$ on $L$ to $P$: $\overrightarrow{QP} = \begin{pmatrix} -1 \\ 2 \\ 2 \end{pmatrix}$.

Normal:
$$\mathbf{n} = \mathbf{d} \times \overrightarrow{QP} = \begin{pmatrix} (1)(2) - (-1)(2) \\ (-1)(-1) - (1)(2) \\ (1)(2) - (1)(-1) \end{pmatrix} = \begin{pmatrix} 4 \\ -1 \\ 3 \end{pmatrix}.$$

So $\Pi$: $4x - y + 3z = d$. Using $P$: $4 - 2 + 9 = 11$.

$$4x - y + 3z = 11.$$

Check with $Q$: $8 - 0 + 3 = 11$ ✓`,
  },
  {
    key: "math-aa-3-18-01",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "3.18",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Find the acute angle between the line $\mathbf{r} = \begin{pmatrix} 1 \\ 0 \\ 0 \end{pmatrix} + t\begin{pmatrix} 1 \\ 2 \\ 2 \end{pmatrix}$ and the plane $2x - y + 2z = 5$, giving your answer in degrees correct to three significant figures.`,
    numericAnswer: { value: 26.4, tolerance: 0.05, unit: "°", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      A("a1", 1, String.raw`$\mathbf{d} \cdot \mathbf{n} = 2 - 2 + 4 = 4$, $|\mathbf{d}| = |\mathbf{n}| = 3$`, ["4", "3"]),
      M(
        "m1",
        1,
        String.raw`Uses $\sin\theta = \frac{|\mathbf{d} \cdot \mathbf{n}|}{|\mathbf{d}||\mathbf{n}|}$ (or finds the angle with the normal and subtracts from $90°$)`,
        ["\\sin\\theta", "90 -"],
        ["a1"],
      ),
      A("a2", 1, String.raw`$\sin\theta = \frac{4}{9}$ (or angle with normal $63.6°$)`, ["4/9", "63.6"], ["m1"]),
      A("a3", 1, String.raw`$\theta = 26.4°$`, ["26.4"], ["a2"]),
    ],
    workedSolution: String.raw`The angle between the line and the normal $\mathbf{n} = \begin{pmatrix} 2 \\ -1 \\ 2 \end{pmatrix}$ is $\phi$, where

$$\cos\phi = \frac{\mathbf{d} \cdot \mathbf{n}}{|\mathbf{d}||\mathbf{n}|} = \frac{2 - 2 + 4}{3 \times 3} = \frac{4}{9} \implies \phi = 63.6°.$$

The angle with the plane is the complement: $\theta = 90° - 63.6° = 26.4°$ (equivalently $\theta = \arcsin\frac{4}{9}$).`,
  },
  {
    key: "math-aa-3-18-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.18",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the coordinates of the point where the line $\mathbf{r} = \begin{pmatrix} 1 \\ -2 \\ 3 \end{pmatrix} + t\begin{pmatrix} 2 \\ 1 \\ -1 \end{pmatrix}$ meets the plane $x + 2y + 3z = 10$.`,
    markscheme: [
      M("m1", 1, String.raw`Substitutes the components of the line into the plane equation`, ["substitute", "(1 + 2t) + 2(-2 + t) + 3(3 - t)"]),
      A("a1", 1, String.raw`$6 + t = 10$`, ["6 + t = 10"], ["m1"]),
      A("a2", 1, String.raw`$t = 4$`, ["t = 4"], ["a1"]),
      A("a3", 1, String.raw`$(9, 2, -1)$`, ["(9, 2, -1)"], ["a2"]),
    ],
    workedSolution: String.raw`A general point on the line is $(1 + 2t, -2 + t, 3 - t)$. Substitute into the plane:

$$(1 + 2t) + 2(-2 + t) + 3(3 - t) = 1 + 2t - 4 + 2t + 9 - 3t = 6 + t = 10 \implies t = 4.$$

The point is $(1 + 8, -2 + 4, 3 - 4) = (9, 2, -1)$. Check: $9 + 4 - 3 = 10$ ✓`,
  },
  {
    key: "math-aa-3-18-03",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "3.18",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The planes $\Pi_1$ and $\Pi_2$ have equations $x + y + z = 3$ and $x - y + 2z = 1$.

Find a vector equation of their line of intersection.`,
    markscheme: [
      M("m1", 1, String.raw`Direction from the vector product of the normals (or by solving the equations with a parameter)`, ["vector product", "normals"]),
      A("a1", 1, String.raw`Direction $\begin{pmatrix} 3 \\ -1 \\ -2 \end{pmatrix}$ (or any multiple)`, ["(3, -1, -2)"], ["m1"]),
      M("m2", 1, String.raw`Finds a point on both planes, e.g. setting $z = 0$: $x + y = 3$, $x - y = 1$`, ["z = 0", "x + y = 3"]),
      A("a2", 1, String.raw`Point $(2, 1, 0)$ (or any valid point)`, ["(2, 1, 0)"], ["m2"]),
      A(
        "a3",
        1,
        String.raw`$\mathbf{r} = \begin{pmatrix} 2 \\ 1 \\ 0 \end{pmatrix} + t\begin{pmatrix} 3 \\ -1 \\ -2 \end{pmatrix}$ (must include "$\mathbf{r} =$")`,
        ["r =", "(2, 1, 0)", "(3, -1, -2)"],
        ["a1", "a2"],
      ),
    ],
    workedSolution: String.raw`The line lies in both planes, so it is perpendicular to both normals:

$$\begin{pmatrix} 1 \\ 1 \\ 1 \end{pmatrix} \times \begin{pmatrix} 1 \\ -1 \\ 2 \end{pmatrix} = \begin{pmatrix} (1)(2) - (1)(-1) \\ (1)(1) - (1)(2) \\ (1)(-1) - (1)(1) \end{pmatrix} = \begin{pmatrix} 3 \\ -1 \\ -2 \end{pmatrix}.$$

For a point, set $z = 0$: $x + y = 3$ and $x - y = 1$ give $x = 2$, $y = 1$.

$$\mathbf{r} = \begin{pmatrix} 2 \\ 1 \\ 0 \end{pmatrix} + t\begin{pmatrix} 3 \\ -1 \\ -2 \end{pmatrix}.$$

Check in both planes: $(2 + 3t) + (1 - t) - 2t = 3$ ✓ and $(2 + 3t) - (1 - t) - 4t = 1$ ✓`,
  },
];

// ---------------------------------------------------------------------------
// Topic 4: Statistics and probability
// ---------------------------------------------------------------------------
const topic4: QuestionInput[] = [
  {
    key: "math-aa-4-1-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.1",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Calculate",
    stem: String.raw`A school has $1200$ students: $480$ in Year 12 and $720$ in Year 13. A stratified sample of $50$ students is taken, stratified by year group.

Calculate the number of Year 12 students in the sample.`,
    numericAnswer: { value: 20 },
    markscheme: [
      M("m1", 1, String.raw`Uses the proportion of the population: $\frac{480}{1200} \times 50$`, ["480/1200", "0.4", "proportion"]),
      A("a1", 1, String.raw`$20$`, ["20"], ["m1"]),
    ],
    workedSolution: String.raw`In a stratified sample each group is represented in proportion to its size. Year 12 is $\frac{480}{1200} = 40\%$ of the school, so the sample contains $0.4 \times 50 = 20$ Year 12 students (and $30$ from Year 13).`,
  },
  {
    key: "math-aa-4-1-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.1",
    difficulty: 1,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: String.raw`A researcher collects data about members of a sports club.

**(a)** Identify whether each of the following is discrete or continuous: (i) the number of matches a member played last season; (ii) the time a member takes to run $400\text{ m}$.

**(b)** The researcher chooses a random starting point in an alphabetical list of members and then selects every $20$th name. Identify this sampling technique.`,
    markscheme: [
      A("a1", 1, String.raw`(a)(i) Discrete (counted values)`, ["discrete"]),
      A("a2", 1, String.raw`(a)(ii) Continuous (measured values)`, ["continuous"]),
      A("a3", 1, String.raw`(b) Systematic sampling`, ["systematic"]),
    ],
    workedSolution: String.raw`**(a)** (i) The number of matches is counted, taking only whole-number values: **discrete**. (ii) A time is measured and can take any value in an interval (limited only by the accuracy of the stopwatch): **continuous**.

**(b)** Choosing every $k$th member of an ordered list from a random start is **systematic sampling**.`,
  },
  {
    key: "math-aa-4-2-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: String.raw`A data set has lower quartile $14$ and upper quartile $26$. The largest value in the data set is $45$.

Determine whether $45$ is an outlier. Justify your answer.`,
    markscheme: [
      A("a1", 1, String.raw`$\text{IQR} = 26 - 14 = 12$`, ["IQR", "12"]),
      M("m1", 1, String.raw`Upper fence: $Q_3 + 1.5 \times \text{IQR} = 26 + 18 = 44$`, ["1.5", "44"], ["a1"]),
      R("r1", 1, String.raw`$45 > 44$, so $45$ is an outlier`, ["45 > 44", "outlier"], ["m1"]),
    ],
    workedSolution: String.raw`A value is an outlier if it is more than $1.5 \times \text{IQR}$ above $Q_3$ (or below $Q_1$).

$\text{IQR} = 26 - 14 = 12$, so the upper fence is $26 + 1.5(12) = 44$.

Since $45 > 44$, the value $45$ **is** an outlier.`,
  },
  {
    key: "math-aa-4-3-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.3",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Estimate",
    stem: String.raw`The times, $t$ minutes, that $50$ students spent on a homework task are summarised below.

| Time $t$ (minutes) | $0 < t \le 10$ | $10 < t \le 20$ | $20 < t \le 30$ | $30 < t \le 40$ | $40 < t \le 50$ |
|---|---|---|---|---|---|
| Frequency | $5$ | $12$ | $18$ | $10$ | $5$ |

Estimate the mean time spent.`,
    numericAnswer: { value: 24.6, tolerance: 0.05, unit: "min" },
    markscheme: [
      A("a1", 1, String.raw`Uses mid-interval values $5, 15, 25, 35, 45$`, ["mid-interval", "5, 15, 25, 35, 45"]),
      M("m1", 1, String.raw`Computes $\frac{\sum fx}{\sum f} = \frac{1230}{50}$`, ["1230", "\\sum fx"], ["a1"]),
      A("a2", 1, String.raw`$24.6$ minutes`, ["24.6"], ["m1"]),
    ],
    workedSolution: String.raw`For grouped data, use the midpoint of each class as a representative value:

$$\sum fx = 5(5) + 12(15) + 18(25) + 10(35) + 5(45) = 25 + 180 + 450 + 350 + 225 = 1230.$$

$$\bar{x} \approx \frac{1230}{50} = 24.6 \text{ minutes}.$$

It is only an estimate because the exact times within each class are unknown.`,
  },
  {
    key: "math-aa-4-3-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.3",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A set of data has mean $12$ and standard deviation $3$. Each value in the set is multiplied by $2$ and then $5$ is added.

Find the mean and the variance of the new set of data.`,
    markscheme: [
      A("a1", 1, String.raw`New mean $= 2(12) + 5 = 29$`, ["29"]),
      A("a2", 1, String.raw`New standard deviation $= 2 \times 3 = 6$ (adding $5$ has no effect on spread)`, ["6"]),
      A("a3", 1, String.raw`New variance $= 36$`, ["36"], ["a2"]),
    ],
    workedSolution: String.raw`For $y = ax + b$: the mean becomes $a\bar{x} + b$, the standard deviation becomes $|a|\sigma$, and the variance becomes $a^2\sigma^2$. Adding a constant shifts the data but does not change the spread.

- New mean: $2(12) + 5 = 29$.
- New standard deviation: $2(3) = 6$, so new variance $= 6^2 = 36$.`,
  },
  {
    key: "math-aa-4-3-03",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.3",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The mean of the five numbers $4$, $7$, $x$, $10$ and $2x$ is $9$.

Find the value of $x$.`,
    numericAnswer: { value: 8 },
    markscheme: [
      M("m1", 1, String.raw`Sets up $\frac{21 + 3x}{5} = 9$ (or total $= 45$)`, ["21 + 3x", "45"]),
      A("a1", 1, String.raw`$x = 8$`, ["x = 8", "8"], ["m1"]),
    ],
    workedSolution: String.raw`The total of the five numbers must be $5 \times 9 = 45$.

$$4 + 7 + x + 10 + 2x = 21 + 3x = 45 \implies 3x = 24 \implies x = 8.$$`,
  },
  {
    key: "math-aa-4-4-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.4",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Estimate",
    stem: String.raw`The table shows the number of hours, $x$, six students spent revising and their test scores, $y$.

| $x$ (hours) | $2$ | $3$ | $5$ | $6$ | $8$ | $9$ |
|---|---|---|---|---|---|---|
| $y$ (score) | $51$ | $55$ | $64$ | $66$ | $75$ | $79$ |

Use the regression line of $y$ on $x$ to estimate the score of a student who revised for $7$ hours. Give your answer correct to three significant figures.`,
    numericAnswer: { value: 71.0, tolerance: 0.15, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses GDC linear regression of $y$ on $x$`, ["regression", "GDC"]),
      A("a1", 1, String.raw`$y = 3.97x + 43.1$ ($a = 3.97333\ldots$, $b = 43.1466\ldots$)`, ["3.97", "43.1"], ["m1"]),
      M("m2", 1, String.raw`Substitutes $x = 7$`, ["x = 7"], ["a1"]),
      A("a2", 1, String.raw`$71.0$ (accept $70.9$ from 3 s.f. coefficients)`, ["71.0", "70.96", "70.9"], ["m2"]),
    ],
    workedSolution: String.raw`Enter the data in the GDC and run linear regression ($y = ax + b$):

$$y = 3.97333\ldots x + 43.1466\ldots \qquad (r = 0.998).$$

The correlation is very strong and $x = 7$ lies within the data range ($2$ to $9$), so the prediction is reliable (interpolation):

$$y = 3.97333(7) + 43.1467 = 70.96 \approx 71.0.$$`,
  },
  {
    key: "math-aa-4-4-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.4",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Interpret",
    stem: String.raw`For a group of students, the regression line of test score $y$ on hours of revision $x$ is $y = 3.97x + 43.1$, and Pearson's product-moment correlation coefficient is $r = 0.998$. The values of $x$ in the data ranged from $2$ to $9$ hours.

**(a)** Interpret the value of $r$.

**(b)** Interpret the gradient of the regression line in context.

**(c)** Explain why the line should not be used to predict the score of a student who revised for $30$ hours.`,
    markscheme: [
      A("a1", 1, String.raw`(a) Very strong positive (linear) correlation`, ["strong", "positive"]),
      A("a2", 1, String.raw`(b) Each extra hour of revision is associated with an increase of about $4$ marks ($3.97$) in the score`, [
        "3.97",
        "each extra hour",
        "increase",
      ]),
      R("r1", 1, String.raw`(c) $x = 30$ is far outside the data range ($2$ to $9$): this would be extrapolation`, ["extrapolation", "outside"]),
      R("r2", 1, String.raw`(c) The linear trend may not continue, e.g. the predicted score ($162$) would exceed the maximum possible mark (OWTTE)`, [
        "162",
        "may not continue",
        "maximum",
      ]),
    ],
    workedSolution: String.raw`**(a)** $r = 0.998$ is very close to $1$: a very strong positive linear correlation between revision time and score.

**(b)** The gradient $3.97$ means that, on average, each additional hour of revision is associated with roughly $4$ more marks. (Correlation alone does not prove that revising *causes* the increase, although it is plausible here.)

**(c)** The data only cover $2$ to $9$ hours. Using the line at $x = 30$ is extrapolation: there is no evidence that the linear pattern continues. Indeed it predicts $3.97(30) + 43.1 \approx 162$, which is impossible if the test is out of $100$.`,
  },
  {
    key: "math-aa-4-5-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.5",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A fair six-sided die is rolled $300$ times.

Find the expected number of times the die shows a prime number.`,
    numericAnswer: { value: 150 },
    markscheme: [
      A("a1", 1, String.raw`$P(\text{prime}) = \frac{3}{6} = \frac{1}{2}$ (primes $2, 3, 5$)`, ["1/2", "2, 3, 5"]),
      A("a2", 1, String.raw`$300 \times \frac{1}{2} = 150$`, ["150"], ["a1"]),
    ],
    workedSolution: String.raw`The primes on a die are $2$, $3$ and $5$ (note that $1$ is not prime), so $P(\text{prime}) = \frac{3}{6} = \frac{1}{2}$.

Expected number $= np = 300 \times \frac{1}{2} = 150$.`,
  },
  {
    key: "math-aa-4-6-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.6",
    difficulty: 2,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`In a class of $30$ students, $18$ study French ($F$), $14$ study Spanish ($S$) and $5$ study neither language.

**(a)** Find the number of students who study both languages.

A student is chosen at random from the class.

**(b)** Find the probability that the student studies exactly one of the two languages.

**(c)** Given that the student studies Spanish, find the probability that the student also studies French.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses $n(F \cup S) = 30 - 5 = 25$ and $n(F \cap S) = 18 + 14 - 25$ (or a Venn diagram)`, ["25", "Venn"]),
      A("a1", 1, String.raw`(a) $7$`, ["7"], ["m1"]),
      A("a2", 1, String.raw`(b) French only $11$, Spanish only $7$ (follow through)`, ["11", "7"]),
      A("a3", 1, String.raw`(b) $\frac{18}{30} = \frac{3}{5}$`, ["18/30", "3/5"], ["a2"]),
      M("m2", 1, String.raw`(c) Restricts to the $14$ Spanish students: $\frac{n(F \cap S)}{n(S)}$`, ["7/14", "given"]),
      A("a4", 1, String.raw`(c) $\frac{7}{14} = \frac{1}{2}$`, ["1/2"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** $30 - 5 = 25$ students study at least one language. Adding the two groups counts the overlap twice: $18 + 14 = 32$, so $32 - 25 = 7$ study both.

Venn diagram: French only $= 11$, both $= 7$, Spanish only $= 7$, neither $= 5$ (total $30$ ✓).

**(b)** Exactly one language: $11 + 7 = 18$ students, so $P = \frac{18}{30} = \frac{3}{5}$.

**(c)** Given Spanish, the sample space shrinks to the $14$ Spanish students, of whom $7$ also study French:

$$P(F \mid S) = \frac{7}{14} = \frac{1}{2}.$$`,
  },
  {
    key: "math-aa-4-6-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.6",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A bag contains $5$ red and $3$ blue counters. Two counters are taken from the bag at random, one after the other, without replacement.

Find the probability that the two counters are of different colours.`,
    numericAnswer: { value: 0.535714, tolerance: 0.001 },
    markscheme: [
      M("m1", 1, String.raw`Multiplies along a branch with changed denominator, e.g. $\frac{5}{8} \times \frac{3}{7}$`, ["5/8", "3/7"]),
      A("a1", 1, String.raw`$P(RB) = \frac{15}{56}$ and $P(BR) = \frac{15}{56}$`, ["15/56"], ["m1"]),
      M("m2", 1, String.raw`Adds the two mutually exclusive orders`, ["add", "RB + BR"], ["a1"]),
      A("a2", 1, String.raw`$\frac{30}{56} = \frac{15}{28}$`, ["15/28", "30/56"], ["m2"]),
    ],
    workedSolution: String.raw`Use a tree diagram. "Different colours" happens as red-then-blue or blue-then-red:

$$P(RB) = \frac{5}{8} \times \frac{3}{7} = \frac{15}{56}, \qquad P(BR) = \frac{3}{8} \times \frac{5}{7} = \frac{15}{56}.$$

These outcomes are mutually exclusive, so add:

$$P(\text{different}) = \frac{30}{56} = \frac{15}{28} \approx 0.536.$$`,
  },
  {
    key: "math-aa-4-7-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.7",
    difficulty: 2,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The discrete random variable $X$ has probability distribution $P(X = x) = kx^{2}$ for $x = 1, 2, 3$.

**(a)** Find the exact value of $k$.

**(b)** Find $\mathrm{E}(X)$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses $\sum P(X = x) = 1$: $k + 4k + 9k = 1$`, ["14k = 1", "sum = 1"]),
      A("a1", 1, String.raw`(a) $k = \frac{1}{14}$`, ["1/14"], ["m1"]),
      M("m2", 1, String.raw`(b) Uses $\mathrm{E}(X) = \sum xP(X = x) = 1\left(\frac{1}{14}\right) + 2\left(\frac{4}{14}\right) + 3\left(\frac{9}{14}\right)$`, [
        "\\sum x P",
        "36/14",
      ]),
      A("a2", 1, String.raw`(b) $\frac{36}{14}$`, ["36/14"], ["m2"]),
      A("a3", 1, String.raw`(b) $\frac{18}{7}$`, ["18/7"], ["a2"]),
    ],
    workedSolution: String.raw`**(a)** Probabilities sum to $1$: $k(1) + k(4) + k(9) = 14k = 1$, so $k = \frac{1}{14}$.

| $x$ | $1$ | $2$ | $3$ |
|---|---|---|---|
| $P(X = x)$ | $\frac{1}{14}$ | $\frac{4}{14}$ | $\frac{9}{14}$ |

**(b)** $$\mathrm{E}(X) = \frac{1 \cdot 1 + 2 \cdot 4 + 3 \cdot 9}{14} = \frac{36}{14} = \frac{18}{7} \approx 2.57.$$`,
  },
  {
    key: "math-aa-4-7-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.7",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`In a game, a player wins \$10 with probability $0.1$, wins \$2 with probability $0.3$, and otherwise wins nothing. It costs \$$c$ to play.

Find the value of $c$ for which the game is fair.`,
    numericAnswer: { value: 1.6, unit: "$" },
    markscheme: [
      R("r1", 1, String.raw`Fair game: expected winnings equal the cost (expected gain $= 0$)`, ["fair", "expected gain = 0"]),
      M("m1", 1, String.raw`$\mathrm{E}(\text{winnings}) = 10(0.1) + 2(0.3) + 0(0.6)$`, ["10(0.1) + 2(0.3)"]),
      A("a1", 1, String.raw`$c = 1.6$`, ["1.6", "1.60"], ["m1"]),
    ],
    workedSolution: String.raw`A game is fair when the player's expected gain is zero, i.e. the expected prize equals the cost.

$$\mathrm{E}(\text{prize}) = 10(0.1) + 2(0.3) + 0(0.6) = 1 + 0.6 = 1.6.$$

So the game is fair when $c = 1.60$ dollars.`,
  },
  {
    key: "math-aa-4-8-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.8",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The random variable $X$ follows the distribution $\mathrm{B}(12, 0.3)$.

Find $P(X \ge 4)$, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 0.507, tolerance: 0.0005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses the complement: $1 - P(X \le 3)$`, ["1 - P(X \\le 3)", "complement"]),
      A("a1", 1, String.raw`$P(X \le 3) = 0.492\ldots$`, ["0.492"], ["m1"]),
      A("a2", 1, String.raw`$0.507$ ($0.507484\ldots$)`, ["0.507"], ["a1"]),
    ],
    workedSolution: String.raw`$X \ge 4$ is the complement of $X \le 3$. Using binomial cdf on the GDC with $n = 12$, $p = 0.3$:

$$P(X \le 3) = 0.49252\ldots \implies P(X \ge 4) = 1 - 0.49252 = 0.507.$$

(A common error is to use $1 - P(X \le 4)$, which gives $P(X \ge 5)$.)`,
  },
  {
    key: "math-aa-4-8-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.8",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`On a quiz, the probability that Leo answers any question correctly is $0.2$, independently of other questions. The random variable $X$ is the number of questions he answers correctly out of $n$. The expected value of $X$ is $4$.

Find $P(X \le 3)$, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 0.411, tolerance: 0.0005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses $\mathrm{E}(X) = np$: $0.2n = 4$`, ["np", "0.2n = 4"]),
      A("a1", 1, String.raw`$n = 20$`, ["n = 20", "20"], ["m1"]),
      M("m2", 1, String.raw`Uses binomial cdf with $X \sim \mathrm{B}(20, 0.2)$`, ["B(20, 0.2)", "cdf"], ["a1"]),
      A("a2", 1, String.raw`$0.411$ ($0.411448\ldots$)`, ["0.411"], ["m2"]),
    ],
    workedSolution: String.raw`$X \sim \mathrm{B}(n, 0.2)$ and $\mathrm{E}(X) = np = 0.2n = 4$, so $n = 20$.

With the binomial cdf ($n = 20$, $p = 0.2$, upper value $3$):

$$P(X \le 3) = 0.411 \text{ (3 s.f.)}.$$`,
  },
  {
    key: "math-aa-4-9-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.9",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The masses of bags of flour are normally distributed with mean $250\text{ g}$ and standard deviation $8\text{ g}$.

Find the probability that a randomly chosen bag has a mass between $240\text{ g}$ and $265\text{ g}$. Give your answer correct to three significant figures.`,
    numericAnswer: { value: 0.864, tolerance: 0.0005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses normal cdf with lower bound $240$, upper bound $265$, $\mu = 250$, $\sigma = 8$`, ["normal cdf", "240", "265"]),
      A("a1", 1, String.raw`$0.864$ ($0.86395\ldots$)`, ["0.864"], ["m1"]),
    ],
    workedSolution: String.raw`Let $M \sim \mathrm{N}(250, 8^2)$. Using the normal cdf on the GDC:

$$P(240 < M < 265) = 0.864 \text{ (3 s.f.)}.$$

In terms of $z$-scores this is $P(-1.25 < Z < 1.875)$.`,
  },
  {
    key: "math-aa-4-9-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.9",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The heights of adults in a town are normally distributed with mean $170\text{ cm}$ and standard deviation $9\text{ cm}$. Exactly $15\%$ of adults are taller than $h\text{ cm}$.

Find $h$, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 179, tolerance: 0.35, unit: "cm", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Recognises $P(H < h) = 0.85$ (or uses inverse normal with area $0.15$ in the right tail)`, ["0.85", "inverse normal"]),
      A("a1", 1, String.raw`$h = 179.33\ldots$ (or $z = 1.036\ldots$)`, ["179.3", "1.036"], ["m1"]),
      A("a2", 1, String.raw`$h = 179\text{ cm}$`, ["179"], ["a1"]),
    ],
    workedSolution: String.raw`$15\%$ above $h$ means $85\%$ below $h$: $P(H < h) = 0.85$.

Inverse normal with area $0.85$, $\mu = 170$, $\sigma = 9$ gives $h = 179.33\ldots \approx 179\text{ cm}$.

(Equivalently $z = 1.0364$, so $h = 170 + 1.0364 \times 9$.)`,
  },
  {
    key: "math-aa-4-10-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.10",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Estimate",
    stem: String.raw`The table shows the number of hours, $x$, six students spent revising and their test scores, $y$.

| $x$ (hours) | $2$ | $3$ | $5$ | $6$ | $8$ | $9$ |
|---|---|---|---|---|---|---|
| $y$ (score) | $51$ | $55$ | $64$ | $66$ | $75$ | $79$ |

Another student scored $70$. Using an appropriate regression line, estimate the number of hours this student spent revising. Give your answer correct to three significant figures.`,
    numericAnswer: { value: 6.75, tolerance: 0.005, unit: "hours", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      R("r1", 1, String.raw`Chooses the regression line of $x$ on $y$ (predicting $x$ from a known $y$)`, ["x on y"]),
      A("a1", 1, String.raw`$x = 0.251y - 10.8$ ($0.250841\ldots$, $-10.8047\ldots$)`, ["0.251", "-10.8"], ["r1"]),
      M("m1", 1, String.raw`Substitutes $y = 70$`, ["y = 70"], ["a1"]),
      A("a2", 1, String.raw`$6.75$ hours`, ["6.75"], ["m1"]),
    ],
    workedSolution: String.raw`We know $y$ and want $x$, so use the regression line of **$x$ on $y$** (it minimises errors in the $x$-direction). Rearranging the $y$-on-$x$ line is not correct unless $r = \pm 1$.

On the GDC, put $y$ as the independent list and $x$ as the dependent list:

$$x = 0.250841\ldots y - 10.8047\ldots$$

$$x = 0.250841(70) - 10.8047 = 6.75 \text{ hours (3 s.f.)}.$$

(Rearranging the $y$-on-$x$ line instead would give $6.76$, which is not accepted.)`,
  },
  {
    key: "math-aa-4-11-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.11",
    difficulty: 2,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Show that",
    stem: String.raw`Events $A$ and $B$ are such that $P(A) = 0.4$, $P(B) = 0.5$ and $P(A \cup B) = 0.7$.

**(a)** Find $P(A \cap B)$.

**(b)** Show that $A$ and $B$ are independent.

**(c)** Find $P(A \mid B')$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses $P(A \cup B) = P(A) + P(B) - P(A \cap B)$`, ["P(A) + P(B) - P(A \\cap B)"]),
      A("a1", 1, String.raw`(a) $P(A \cap B) = 0.2$`, ["0.2"], ["m1"]),
      R("r1", 1, String.raw`(b) $P(A)P(B) = 0.4 \times 0.5 = 0.2 = P(A \cap B)$`, ["0.4 \\times 0.5", "P(A)P(B)"], ["a1"]),
      AG("ag1", String.raw`(b) Hence $A$ and $B$ are independent`, ["independent"], ["r1"]),
      M("m2", 1, String.raw`(c) Uses $P(A \mid B') = \frac{P(A \cap B')}{P(B')} = \frac{0.4 - 0.2}{0.5}$, or independence of $A$ and $B'$`, [
        "0.2/0.5",
        "P(B')",
      ]),
      A("a2", 1, String.raw`(c) $0.4$`, ["0.4"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** $0.7 = 0.4 + 0.5 - P(A \cap B)$, so $P(A \cap B) = 0.2$.

**(b)** $P(A) \times P(B) = 0.4 \times 0.5 = 0.2 = P(A \cap B)$. This is the definition of independence, so $A$ and $B$ are independent.

**(c)** $P(A \cap B') = P(A) - P(A \cap B) = 0.2$ and $P(B') = 0.5$:

$$P(A \mid B') = \frac{0.2}{0.5} = 0.4.$$

As expected: if $A$ and $B$ are independent, so are $A$ and $B'$, and $P(A \mid B') = P(A)$.`,
  },
  {
    key: "math-aa-4-12-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.12",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The random variable $X$ is normally distributed with mean $\mu$ and standard deviation $\sigma$. It is known that $P(X < 42) = 0.2$ and $P(X > 60) = 0.1$.

Find the values of $\mu$ and $\sigma$, giving your answers correct to three significant figures.`,
    markscheme: [
      A("a1", 1, String.raw`$z$-value for $0.2$: $-0.841621\ldots$`, ["-0.8416", "-0.842"]),
      A("a2", 1, String.raw`$z$-value for $0.9$: $1.28155\ldots$`, ["1.2816", "1.28"]),
      M(
        "m1",
        1,
        String.raw`Forms two equations using $z = \frac{x - \mu}{\sigma}$: $\frac{42 - \mu}{\sigma} = -0.8416$, $\frac{60 - \mu}{\sigma} = 1.2816$`,
        ["\\frac{42 - \\mu}{\\sigma}", "\\frac{60 - \\mu}{\\sigma}"],
        ["a1", "a2"],
      ),
      M("m2", 1, String.raw`Solves simultaneously (e.g. subtracting: $2.1232\sigma = 18$)`, ["simultaneous", "2.123"], ["m1"]),
      A("a3", 1, String.raw`$\sigma = 8.48$`, ["8.48"], ["m2"]),
      A("a4", 1, String.raw`$\mu = 49.1$`, ["49.1"], ["m2"]),
    ],
    workedSolution: String.raw`Standardise using $z = \dfrac{x - \mu}{\sigma}$.

- $P(X < 42) = 0.2$: inverse normal on $\mathrm{N}(0, 1)$ gives $z = -0.841621$, so $42 = \mu - 0.841621\sigma$.
- $P(X > 60) = 0.1$ means $P(X < 60) = 0.9$: $z = 1.281552$, so $60 = \mu + 1.281552\sigma$.

Subtract the first equation from the second:

$$18 = 2.123173\sigma \implies \sigma = 8.4779\ldots \approx 8.48.$$

Then $\mu = 42 + 0.841621(8.4779) = 49.135\ldots \approx 49.1$.`,
  },
  {
    key: "math-aa-4-13-01",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "4.13",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A disease affects $2\%$ of a population. A test for the disease gives a positive result for $95\%$ of people who have the disease and for $4\%$ of people who do not have it.

A randomly chosen person tests positive. Find the probability that this person has the disease, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 0.326, tolerance: 0.0005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      A("a1", 1, String.raw`$P(D \cap +) = 0.02 \times 0.95 = 0.019$`, ["0.019"]),
      A("a2", 1, String.raw`$P(D' \cap +) = 0.98 \times 0.04 = 0.0392$`, ["0.0392"]),
      M("m1", 1, String.raw`$P(+) = 0.019 + 0.0392 = 0.0582$`, ["0.0582"], ["a1", "a2"]),
      M("m2", 1, String.raw`Uses Bayes' theorem: $P(D \mid +) = \frac{P(D \cap +)}{P(+)}$`, ["Bayes", "\\frac{0.019}{0.0582}"], ["m1"]),
      A("a3", 1, String.raw`$0.326$ ($0.32646\ldots$)`, ["0.326"], ["m2"]),
    ],
    workedSolution: String.raw`Let $D$ = has the disease, $+$ = tests positive. Tree diagram:

- $P(D \cap +) = 0.02 \times 0.95 = 0.019$
- $P(D' \cap +) = 0.98 \times 0.04 = 0.0392$

$$P(+) = 0.019 + 0.0392 = 0.0582.$$

By Bayes' theorem:

$$P(D \mid +) = \frac{0.019}{0.0582} = 0.326 \text{ (3 s.f.)}.$$

Only about one in three positive results is a true positive, because the disease is rare: most positives come from the large healthy group.`,
  },
  {
    key: "math-aa-4-13-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "4.13",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A factory has three machines, $A$, $B$ and $C$, which produce $50\%$, $30\%$ and $20\%$ of its items respectively. The proportions of defective items from the machines are $2\%$, $3\%$ and $5\%$ respectively.

An item is chosen at random and found to be defective. Find the exact probability that it was produced by machine $C$.`,
    numericAnswer: { value: 0.344828, tolerance: 0.001 },
    markscheme: [
      A("a1", 1, String.raw`$P(A \cap D) = 0.01$, $P(B \cap D) = 0.009$, $P(C \cap D) = 0.01$`, ["0.01", "0.009"]),
      M("m1", 1, String.raw`Total probability: $P(D) = 0.01 + 0.009 + 0.01$`, ["total probability"], ["a1"]),
      A("a2", 1, String.raw`$P(D) = 0.029$`, ["0.029"], ["m1"]),
      M("m2", 1, String.raw`Bayes' theorem: $P(C \mid D) = \frac{P(C \cap D)}{P(D)}$`, ["Bayes", "\\frac{0.01}{0.029}"], ["a2"]),
      A("a3", 1, String.raw`$\frac{10}{29}$`, ["10/29"], ["m2"]),
    ],
    workedSolution: String.raw`Let $D$ = defective.

- $P(A \cap D) = 0.5 \times 0.02 = 0.010$
- $P(B \cap D) = 0.3 \times 0.03 = 0.009$
- $P(C \cap D) = 0.2 \times 0.05 = 0.010$

$P(D) = 0.029$. By Bayes' theorem:

$$P(C \mid D) = \frac{0.010}{0.029} = \frac{10}{29} \approx 0.345.$$`,
  },
  {
    key: "math-aa-4-14-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "4.14",
    difficulty: 4,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The continuous random variable $X$ has probability density function

$$f(x) = \begin{cases} kx(4 - x), & 0 \le x \le 4 \\ 0, & \text{otherwise.} \end{cases}$$

**(a)** Find the exact value of $k$.

**(b)** Write down $\mathrm{E}(X)$, giving a reason.

**(c)** Find $\mathrm{Var}(X)$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Sets $\int_0^4 kx(4 - x)\,\mathrm{d}x = 1$`, ["= 1", "\\int_0^4"]),
      A("a1", 1, String.raw`(a) $k\left[2x^2 - \frac{x^3}{3}\right]_0^4 = \frac{32}{3}k$`, ["32/3"], ["m1"]),
      A("a2", 1, String.raw`(a) $k = \frac{3}{32}$`, ["3/32"], ["a1"]),
      A("a3", 1, String.raw`(b) $\mathrm{E}(X) = 2$, because the pdf is symmetric about $x = 2$`, ["2", "symmetric"]),
      M("m2", 1, String.raw`(c) Uses $\mathrm{E}(X^2) = \int_0^4 x^2 f(x)\,\mathrm{d}x = \frac{3}{32}\int_0^4 (4x^3 - x^4)\,\mathrm{d}x$`, [
        "E(X^2)",
        "4x^3 - x^4",
      ]),
      A("a4", 1, String.raw`(c) $\mathrm{E}(X^2) = \frac{24}{5}$`, ["24/5", "4.8"], ["m2"]),
      A("a5", 1, String.raw`(c) $\mathrm{Var}(X) = \frac{24}{5} - 4 = \frac{4}{5}$`, ["4/5", "0.8"], ["a4"]),
    ],
    workedSolution: String.raw`**(a)** The total probability is $1$:

$$k\int_0^4 (4x - x^2)\,\mathrm{d}x = k\left[2x^2 - \frac{x^3}{3}\right]_0^4 = k\left(32 - \frac{64}{3}\right) = \frac{32k}{3} = 1 \implies k = \frac{3}{32}.$$

**(b)** $x(4 - x)$ is a parabola symmetric about $x = 2$, so $\mathrm{E}(X) = 2$.

**(c)**
$$\mathrm{E}(X^2) = \frac{3}{32}\int_0^4 (4x^3 - x^4)\,\mathrm{d}x = \frac{3}{32}\left[x^4 - \frac{x^5}{5}\right]_0^4 = \frac{3}{32}\left(256 - \frac{1024}{5}\right) = \frac{3}{32} \cdot \frac{256}{5} = \frac{24}{5}.$$

$$\mathrm{Var}(X) = \mathrm{E}(X^2) - [\mathrm{E}(X)]^2 = \frac{24}{5} - 4 = \frac{4}{5}.$$`,
  },
  {
    key: "math-aa-4-14-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "4.14",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The continuous random variable $X$ has probability density function $f(x) = \dfrac{3x^{2}}{8}$ for $0 \le x \le 2$, and $f(x) = 0$ otherwise.

Find the median of $X$, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 1.59, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Sets $\int_0^m \frac{3x^2}{8}\,\mathrm{d}x = \frac{1}{2}$`, ["= 1/2", "= 0.5", "\\int_0^m"]),
      A("a1", 1, String.raw`$\frac{m^3}{8} = \frac{1}{2}$`, ["m^3/8"], ["m1"]),
      A("a2", 1, String.raw`$m^3 = 4$`, ["m^3 = 4"], ["a1"]),
      A("a3", 1, String.raw`$m = \sqrt[3]{4} = 1.59$`, ["1.59", "\\sqrt[3]{4}"], ["a2"]),
    ],
    workedSolution: String.raw`The median $m$ splits the probability in half:

$$\int_0^m \frac{3x^2}{8}\,\mathrm{d}x = \left[\frac{x^3}{8}\right]_0^m = \frac{m^3}{8} = \frac{1}{2} \implies m^3 = 4 \implies m = \sqrt[3]{4} = 1.59 \text{ (3 s.f.)}.$$

(Compare: the mode is $2$, where $f$ is greatest.)`,
  },
  {
    key: "math-aa-4-14-03",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "4.14",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The discrete random variable $X$ has the probability distribution below.

| $x$ | $0$ | $1$ | $2$ |
|---|---|---|---|
| $P(X = x)$ | $0.3$ | $0.5$ | $0.2$ |

**(a)** Find $\mathrm{E}(X)$ and $\mathrm{Var}(X)$.

**(b)** Let $Y = 5 - 2X$. Find $\mathrm{E}(Y)$ and $\mathrm{Var}(Y)$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $\mathrm{E}(X) = 0.5 + 0.4 = 0.9$`, ["0.9"]),
      M("m1", 1, String.raw`(a) Uses $\mathrm{Var}(X) = \mathrm{E}(X^2) - [\mathrm{E}(X)]^2$ with $\mathrm{E}(X^2) = 0.5 + 0.8 = 1.3$`, ["1.3", "E(X^2)"]),
      A("a2", 1, String.raw`(a) $\mathrm{Var}(X) = 1.3 - 0.81 = 0.49$`, ["0.49"], ["m1"]),
      A("a3", 1, String.raw`(b) $\mathrm{E}(Y) = 5 - 2(0.9) = 3.2$`, ["3.2"]),
      M("m2", 1, String.raw`(b) Uses $\mathrm{Var}(aX + b) = a^2\mathrm{Var}(X)$`, ["a^2", "(-2)^2"]),
      A("a4", 1, String.raw`(b) $\mathrm{Var}(Y) = 4(0.49) = 1.96$`, ["1.96"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** $\mathrm{E}(X) = 0(0.3) + 1(0.5) + 2(0.2) = 0.9$.

$\mathrm{E}(X^2) = 0^2(0.3) + 1^2(0.5) + 2^2(0.2) = 1.3$, so

$$\mathrm{Var}(X) = 1.3 - 0.9^2 = 0.49.$$

**(b)** For $Y = aX + b$: $\mathrm{E}(Y) = a\mathrm{E}(X) + b$ and $\mathrm{Var}(Y) = a^2\mathrm{Var}(X)$.

$$\mathrm{E}(Y) = 5 - 2(0.9) = 3.2, \qquad \mathrm{Var}(Y) = (-2)^2(0.49) = 1.96.$$

(The variance is never negative: the factor is $a^2 = 4$, not $-2$; the $+5$ does not affect the spread.)`,
  },
];

// ---------------------------------------------------------------------------
// Topic 5: Calculus
// ---------------------------------------------------------------------------
const topic5: QuestionInput[] = [
  {
    key: "math-aa-5-1-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the value of $\displaystyle\lim_{h \to 0} \frac{(2 + h)^{3} - 8}{h}$.`,
    numericAnswer: { value: 12 },
    markscheme: [
      M("m1", 1, String.raw`Expands $(2 + h)^3 = 8 + 12h + 6h^2 + h^3$`, ["8 + 12h + 6h^2 + h^3"]),
      A("a1", 1, String.raw`Simplifies the quotient to $12 + 6h + h^2$ (for $h \ne 0$)`, ["12 + 6h + h^2"], ["m1"]),
      A("a2", 1, String.raw`Lets $h \to 0$: limit $= 12$`, ["12"], ["a1"]),
    ],
    workedSolution: String.raw`$$\frac{(2 + h)^3 - 8}{h} = \frac{8 + 12h + 6h^2 + h^3 - 8}{h} = 12 + 6h + h^2 \quad (h \ne 0).$$

As $h \to 0$ this tends to $12$.

The expression is the gradient of the chord of $y = x^3$ from $x = 2$ to $x = 2 + h$. As $h \to 0$ the chord becomes the tangent, so the limit is the gradient of $y = x^3$ at $x = 2$ (the derivative from first principles): $f'(2) = 3(2)^2 = 12$ ✓`,
  },
  {
    key: "math-aa-5-2-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.2",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: String.raw`Let $f(x) = x^{3} - 6x^{2} + 9x + 1$.

Find the set of values of $x$ for which $f$ is decreasing.`,
    markscheme: [
      A("a1", 1, String.raw`$f'(x) = 3x^2 - 12x + 9$`, ["3x^2 - 12x + 9"]),
      M("m1", 1, String.raw`Sets $f'(x) < 0$ (or $\le 0$)`, ["f'(x) < 0"], ["a1"]),
      A("a2", 1, String.raw`$3(x - 1)(x - 3) < 0$, critical values $x = 1$, $x = 3$`, ["(x - 1)(x - 3)", "1", "3"], ["m1"]),
      A("a3", 1, String.raw`$1 < x < 3$ (accept $1 \le x \le 3$)`, ["1 < x < 3"], ["a2"]),
    ],
    workedSolution: String.raw`$f$ is decreasing where $f'(x) < 0$.

$$f'(x) = 3x^2 - 12x + 9 = 3(x^2 - 4x + 3) = 3(x - 1)(x - 3).$$

This is a positive quadratic with roots $1$ and $3$, so it is negative between the roots: $f$ is decreasing for $1 < x < 3$.`,
  },
  {
    key: "math-aa-5-3-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.3",
    difficulty: 1,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = 4x^{3} - \dfrac{2}{x^{2}} + 5\sqrt{x}$, for $x > 0$.

Find $f'(1)$.`,
    numericAnswer: { value: 18.5 },
    markscheme: [
      M("m1", 1, String.raw`Rewrites with indices: $f(x) = 4x^3 - 2x^{-2} + 5x^{\frac{1}{2}}$`, ["x^{-2}", "x^{1/2}"]),
      A("a1", 1, String.raw`$12x^2$ and $4x^{-3}$`, ["12x^2", "4x^{-3}"], ["m1"]),
      A("a2", 1, String.raw`$\frac{5}{2}x^{-\frac{1}{2}}$`, ["5/2 x^{-1/2}", "2.5"], ["m1"]),
      A("a3", 1, String.raw`$f'(1) = 12 + 4 + 2.5 = 18.5$`, ["18.5", "37/2"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`Write every term as a power of $x$: $f(x) = 4x^3 - 2x^{-2} + 5x^{1/2}$.

Using $\frac{\mathrm{d}}{\mathrm{d}x}(ax^n) = anx^{n-1}$:

$$f'(x) = 12x^2 + 4x^{-3} + \tfrac{5}{2}x^{-1/2}.$$

$$f'(1) = 12 + 4 + 2.5 = 18.5.$$`,
  },
  {
    key: "math-aa-5-4-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.4",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Consider the curve $y = x^{2} - 3x + 4$.

**(a)** Find the equation of the normal to the curve at the point where $x = 2$.

**(b)** Find the coordinates of the point where this normal meets the curve again.`,
    markscheme: [
      A("a1", 1, String.raw`(a) Point $(2, 2)$`, ["(2, 2)"]),
      A("a2", 1, String.raw`(a) $\frac{\mathrm{d}y}{\mathrm{d}x} = 2x - 3 = 1$ at $x = 2$`, ["2x - 3", "= 1"]),
      M("m1", 1, String.raw`(a) Normal gradient $= -1$ (negative reciprocal) and substitutes the point`, ["-1", "negative reciprocal"], ["a1", "a2"]),
      A("a3", 1, String.raw`(a) $y = -x + 4$`, ["y = -x + 4", "x + y = 4"], ["m1"]),
      M("m2", 1, String.raw`(b) Equates: $x^2 - 3x + 4 = -x + 4$, giving $x(x - 2) = 0$`, ["x^2 - 2x = 0", "x(x - 2)"], ["a3"]),
      A("a4", 1, String.raw`(b) $(0, 4)$`, ["(0, 4)"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** At $x = 2$: $y = 4 - 6 + 4 = 2$. The gradient of the tangent is $\frac{\mathrm{d}y}{\mathrm{d}x} = 2x - 3 = 1$.

The normal is perpendicular to the tangent, so its gradient is $-\frac{1}{1} = -1$:

$$y - 2 = -1(x - 2) \implies y = -x + 4.$$

**(b)** $x^2 - 3x + 4 = -x + 4 \implies x^2 - 2x = 0 \implies x(x - 2) = 0.$

$x = 2$ is the original point, so the other intersection has $x = 0$, $y = 4$: the point $(0, 4)$.`,
  },
  {
    key: "math-aa-5-5-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.5",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The gradient of a curve is given by $f'(x) = 6x^{2} - 4x + 1$. The curve passes through the point $(1, 5)$.

Find $f(x)$.`,
    markscheme: [
      M("m1", 1, String.raw`Integrates term by term`, ["integrate", "antiderivative"]),
      A("a1", 1, String.raw`$2x^3 - 2x^2 + x + c$`, ["2x^3 - 2x^2 + x"], ["m1"]),
      M("m2", 1, String.raw`Substitutes $(1, 5)$ to find $c$: $2 - 2 + 1 + c = 5$`, ["c = 4", "(1, 5)"], ["a1"]),
      A("a2", 1, String.raw`$f(x) = 2x^3 - 2x^2 + x + 4$`, ["2x^3 - 2x^2 + x + 4"], ["m2"]),
    ],
    workedSolution: String.raw`Integrate term by term (add one to the power, divide by the new power), remembering the constant:

$$f(x) = \int (6x^2 - 4x + 1)\,\mathrm{d}x = 2x^3 - 2x^2 + x + c.$$

The curve passes through $(1, 5)$: $2 - 2 + 1 + c = 5$, so $c = 4$.

$$f(x) = 2x^3 - 2x^2 + x + 4.$$`,
  },
  {
    key: "math-aa-5-5-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.5",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Find the area of the region enclosed by the graph of $y = \sqrt{1 + x^{3}}$, the $x$-axis and the lines $x = 0$ and $x = 2$. Give your answer correct to three significant figures.`,
    numericAnswer: { value: 3.24, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Writes $\int_0^2 \sqrt{1 + x^3}\,\mathrm{d}x$ (with limits)`, ["\\int_0^2", "\\sqrt{1 + x^3}"]),
      A("a1", 1, String.raw`$3.24$ ($3.24130\ldots$)`, ["3.24"], ["m1"]),
    ],
    workedSolution: String.raw`The curve is above the $x$-axis on $[0, 2]$, so the area is

$$\int_0^2 \sqrt{1 + x^3}\,\mathrm{d}x = 3.2413\ldots \approx 3.24,$$

found with the numerical integration function of the GDC (this integral has no elementary antiderivative).`,
  },
  {
    key: "math-aa-5-6-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.6",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = x^{2}\mathrm{e}^{3x}$.

Find $f'(x)$, giving your answer in fully factorised form.`,
    markscheme: [
      M("m1", 1, String.raw`Uses the product rule`, ["product rule", "uv' + vu'"]),
      A("a1", 1, String.raw`$2x\mathrm{e}^{3x}$`, ["2xe^{3x}"], ["m1"]),
      A("a2", 1, String.raw`$3x^2\mathrm{e}^{3x}$ (chain rule on $\mathrm{e}^{3x}$)`, ["3x^2e^{3x}", "3e^{3x}"], ["m1"]),
      A("a3", 1, String.raw`$f'(x) = x\mathrm{e}^{3x}(3x + 2)$`, ["xe^{3x}(3x + 2)", "x e^{3x} (2 + 3x)"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`Product rule with $u = x^2$ ($u' = 2x$) and $v = \mathrm{e}^{3x}$ ($v' = 3\mathrm{e}^{3x}$ by the chain rule):

$$f'(x) = u'v + uv' = 2x\mathrm{e}^{3x} + 3x^2\mathrm{e}^{3x} = x\mathrm{e}^{3x}(2 + 3x).$$`,
  },
  {
    key: "math-aa-5-6-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.6",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Let $f(x) = \dfrac{3x - 1}{x + 2}$, $x \ne -2$.

**(a)** Show that $f'(x) = \dfrac{7}{(x + 2)^{2}}$.

**(b)** Hence explain why the graph of $f$ has no stationary points.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses the quotient rule: $\frac{3(x + 2) - (3x - 1)(1)}{(x + 2)^2}$`, ["quotient rule", "3(x + 2) - (3x - 1)"]),
      A("a1", 1, String.raw`(a) Numerator simplifies: $3x + 6 - 3x + 1 = 7$`, ["3x + 6 - 3x + 1", "7"], ["m1"]),
      AG("ag1", String.raw`(a) $f'(x) = \frac{7}{(x + 2)^2}$`, ["7/(x + 2)^2"], ["a1"]),
      R("r1", 1, String.raw`(b) The numerator $7 \ne 0$, so $f'(x) \ne 0$ for any $x$`, ["never zero", "\\ne 0"]),
      R(
        "r2",
        1,
        String.raw`(b) Stationary points need $f'(x) = 0$, so there are none (in fact $f'(x) > 0$: $f$ is increasing on each branch)`,
        ["f'(x) = 0", "no stationary", "> 0"],
        ["r1"],
      ),
    ],
    workedSolution: String.raw`**(a)** Quotient rule with $u = 3x - 1$ ($u' = 3$) and $v = x + 2$ ($v' = 1$):

$$f'(x) = \frac{vu' - uv'}{v^2} = \frac{3(x + 2) - (3x - 1)}{(x + 2)^2} = \frac{7}{(x + 2)^2}.$$

**(b)** A stationary point needs $f'(x) = 0$. A fraction is zero only when its numerator is zero, and the numerator here is the constant $7$. So $f'(x)$ is never zero — in fact it is always positive — and there are no stationary points.`,
  },
  {
    key: "math-aa-5-7-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.7",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = x^{4} - 6x^{2} + 2$.

Find the coordinates of the points of inflexion of the graph of $f$, justifying that they are points of inflexion.`,
    markscheme: [
      A("a1", 1, String.raw`$f'(x) = 4x^3 - 12x$, $f''(x) = 12x^2 - 12$`, ["12x^2 - 12", "4x^3 - 12x"]),
      M("m1", 1, String.raw`Sets $f''(x) = 0$`, ["f''(x) = 0"], ["a1"]),
      A("a2", 1, String.raw`$x = \pm 1$`, ["\\pm 1", "x = 1", "x = -1"], ["m1"]),
      R("r1", 1, String.raw`$f''$ changes sign at $x = \pm 1$ (e.g. $f''(0) = -12 < 0$, $f''(\pm 2) = 36 > 0$)`, ["changes sign", "-12", "36"], ["a2"]),
      A("a3", 1, String.raw`$(1, -3)$ and $(-1, -3)$`, ["(1, -3)", "(-1, -3)"], ["a2"]),
    ],
    workedSolution: String.raw`$f'(x) = 4x^3 - 12x$ and $f''(x) = 12x^2 - 12 = 12(x - 1)(x + 1)$.

$f''(x) = 0$ at $x = \pm 1$. A zero of $f''$ is only a point of inflexion if $f''$ **changes sign** there:

| $x$ | $-2$ | $0$ | $2$ |
|---|---|---|---|
| $f''(x)$ | $36 > 0$ | $-12 < 0$ | $36 > 0$ |

So concavity changes at both $x = -1$ and $x = 1$.

$f(\pm 1) = 1 - 6 + 2 = -3$. The points of inflexion are $(-1, -3)$ and $(1, -3)$.`,
  },
  {
    key: "math-aa-5-8-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.8",
    difficulty: 3,
    marks: 8,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`An open box is made from a rectangular sheet of card measuring $24\text{ cm}$ by $15\text{ cm}$ by cutting a square of side $x\text{ cm}$ from each corner and folding up the sides.

**(a)** Show that the volume of the box is $V = 4x^{3} - 78x^{2} + 360x$.

**(b)** Find the value of $x$ that maximises the volume, justifying that it gives a maximum.

**(c)** Find the maximum volume.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Base dimensions $(24 - 2x)$ and $(15 - 2x)$, height $x$`, ["24 - 2x", "15 - 2x"]),
      A("a1", 1, String.raw`(a) Expands $x(24 - 2x)(15 - 2x) = x(360 - 78x + 4x^2)$`, ["360 - 78x + 4x^2"], ["m1"]),
      AG("ag1", String.raw`(a) $V = 4x^3 - 78x^2 + 360x$`, ["4x^3 - 78x^2 + 360x"], ["a1"]),
      A("a2", 1, String.raw`(b) $\frac{\mathrm{d}V}{\mathrm{d}x} = 12x^2 - 156x + 360$`, ["12x^2 - 156x + 360"]),
      M("m2", 1, String.raw`(b) Sets $\frac{\mathrm{d}V}{\mathrm{d}x} = 0$: $x^2 - 13x + 30 = 0$`, ["x^2 - 13x + 30", "= 0"], ["a2"]),
      A("a3", 1, String.raw`(b) $x = 3$ (or $x = 10$)`, ["x = 3"], ["m2"]),
      R("r1", 1, String.raw`(b) Rejects $x = 10$ since $15 - 2x > 0$ requires $x < 7.5$`, ["x < 7.5", "reject"]),
      R("r2", 1, String.raw`(b) $\frac{\mathrm{d}^2V}{\mathrm{d}x^2} = 24x - 156 = -84 < 0$ at $x = 3$, so maximum`, ["-84", "< 0", "maximum"], ["a3"]),
      A("a4", 1, String.raw`(c) $V = 486\text{ cm}^3$`, ["486"], ["a3"]),
    ],
    workedSolution: String.raw`**(a)** Cutting $x$ from each end of each side leaves a base of $(24 - 2x)$ by $(15 - 2x)$, and the folded sides give height $x$:

$$V = x(24 - 2x)(15 - 2x) = x(360 - 48x - 30x + 4x^2) = 4x^3 - 78x^2 + 360x.$$

**(b)** $\dfrac{\mathrm{d}V}{\mathrm{d}x} = 12x^2 - 156x + 360 = 12(x^2 - 13x + 30) = 12(x - 3)(x - 10).$

Setting this to zero gives $x = 3$ or $x = 10$. But the width $15 - 2x$ must be positive, so $0 < x < 7.5$ and $x = 10$ is rejected.

Second derivative: $\dfrac{\mathrm{d}^2V}{\mathrm{d}x^2} = 24x - 156$, which equals $-84 < 0$ at $x = 3$, so $x = 3$ gives a maximum.

**(c)** $V = 3 \times 18 \times 9 = 486\text{ cm}^3$.`,
  },
  {
    key: "math-aa-5-8-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.8",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Determine",
    stem: String.raw`Let $f(x) = x\mathrm{e}^{-x}$.

**(a)** Find the coordinates of the stationary point of the graph of $f$.

**(b)** Given that $f''(x) = (x - 2)\mathrm{e}^{-x}$, determine the nature of the stationary point.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Uses the product rule`, ["product rule"]),
      A("a1", 1, String.raw`(a) $f'(x) = \mathrm{e}^{-x} - x\mathrm{e}^{-x} = (1 - x)\mathrm{e}^{-x}$`, ["(1 - x)e^{-x}"], ["m1"]),
      R("r1", 1, String.raw`(a) Sets $f'(x) = 0$ and notes $\mathrm{e}^{-x} \ne 0$, so $x = 1$`, ["e^{-x} \\ne 0", "x = 1"], ["a1"]),
      A("a2", 1, String.raw`(a) $\left(1, \frac{1}{\mathrm{e}}\right)$ (accept $(1, \mathrm{e}^{-1})$)`, ["1/e", "e^{-1}"], ["r1"]),
      M("m2", 1, String.raw`(b) Evaluates $f''(1) = -\mathrm{e}^{-1}$`, ["f''(1)", "-e^{-1}"]),
      R("r2", 1, String.raw`(b) $f''(1) < 0$, so the point is a local maximum`, ["< 0", "maximum"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** Product rule with $u = x$, $v = \mathrm{e}^{-x}$ ($v' = -\mathrm{e}^{-x}$):

$$f'(x) = \mathrm{e}^{-x} - x\mathrm{e}^{-x} = (1 - x)\mathrm{e}^{-x}.$$

Since $\mathrm{e}^{-x} > 0$ for all $x$, $f'(x) = 0$ only when $x = 1$. Then $f(1) = \mathrm{e}^{-1}$, so the stationary point is $\left(1, \frac{1}{\mathrm{e}}\right)$.

**(b)** $f''(1) = (1 - 2)\mathrm{e}^{-1} = -\frac{1}{\mathrm{e}} < 0$, so the graph is concave down there: a **local maximum**.`,
  },
  {
    key: "math-aa-5-9-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.9",
    difficulty: 4,
    marks: 7,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`A particle moves in a straight line with velocity $v(t) = t^{2} - 6t + 8\ \text{m s}^{-1}$, for $0 \le t \le 5$, where $t$ is in seconds.

Find the total distance travelled by the particle in the first $5$ seconds.`,
    numericAnswer: { value: 9.33333, tolerance: 0.01, unit: "m" },
    markscheme: [
      M("m1", 1, String.raw`Finds when the particle changes direction: $v = (t - 2)(t - 4) = 0$`, ["(t - 2)(t - 4)", "t = 2", "t = 4"]),
      A("a1", 1, String.raw`$t = 2$ and $t = 4$`, ["t = 2", "t = 4"], ["m1"]),
      M("m2", 1, String.raw`Integrates $v$: $\frac{t^3}{3} - 3t^2 + 8t$`, ["t^3/3 - 3t^2 + 8t"]),
      A("a2", 1, String.raw`$\int_0^2 v\,\mathrm{d}t = \frac{20}{3}$`, ["20/3"], ["m2"]),
      A("a3", 1, String.raw`$\int_2^4 v\,\mathrm{d}t = -\frac{4}{3}$`, ["-4/3"], ["m2"]),
      A("a4", 1, String.raw`$\int_4^5 v\,\mathrm{d}t = \frac{4}{3}$`, ["4/3"], ["m2"]),
      A(
        "a5",
        1,
        String.raw`Total distance $= \frac{20}{3} + \frac{4}{3} + \frac{4}{3} = \frac{28}{3}\text{ m}$ ($9.33$) (a correct GDC evaluation of $\int_0^5 |v|\,\mathrm{d}t$ earns the previous marks by implication)`,
        ["28/3", "9.33"],
        ["a2", "a3", "a4"],
      ),
    ],
    workedSolution: String.raw`Distance is $\int |v|\,\mathrm{d}t$, so split the interval wherever $v$ changes sign.

$v = (t - 2)(t - 4)$: positive on $[0, 2)$, negative on $(2, 4)$, positive on $(4, 5]$.

Let $s(t) = \frac{t^3}{3} - 3t^2 + 8t$. Then $s(0) = 0$, $s(2) = \frac{8}{3} - 12 + 16 = \frac{20}{3}$, $s(4) = \frac{64}{3} - 48 + 32 = \frac{16}{3}$, $s(5) = \frac{125}{3} - 75 + 40 = \frac{20}{3}$.

- $0 \to 2$: $\frac{20}{3}$
- $2 \to 4$: $\frac{16}{3} - \frac{20}{3} = -\frac{4}{3}$ (moving backwards $\frac{4}{3}\text{ m}$)
- $4 \to 5$: $\frac{20}{3} - \frac{16}{3} = \frac{4}{3}$

$$\text{Total distance} = \frac{20}{3} + \frac{4}{3} + \frac{4}{3} = \frac{28}{3} \approx 9.33\text{ m}.$$

(The displacement is only $\frac{20}{3}\text{ m}$ — a common wrong answer. On the GDC you can check with $\int_0^5 |v(t)|\,\mathrm{d}t = 9.33$.)`,
  },
  {
    key: "math-aa-5-9-02",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.9",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A particle moves along a straight line so that its velocity, in $\text{m s}^{-1}$, at time $t$ seconds is $v(t) = \mathrm{e}^{0.5t} - 3$, for $t \ge 0$.

Find the acceleration of the particle at the instant when it is at rest.`,
    numericAnswer: { value: 1.5, unit: "m s^-2" },
    markscheme: [
      M("m1", 1, String.raw`Sets $v = 0$: $\mathrm{e}^{0.5t} = 3$`, ["e^{0.5t} = 3"]),
      A("a1", 1, String.raw`$t = 2\ln 3$`, ["2\\ln 3", "2.20"], ["m1"]),
      M("m2", 1, String.raw`Differentiates: $a(t) = 0.5\mathrm{e}^{0.5t}$`, ["0.5e^{0.5t}"]),
      A("a2", 1, String.raw`$a = 0.5 \times 3 = 1.5\text{ m s}^{-2}$`, ["1.5"], ["a1", "m2"]),
    ],
    workedSolution: String.raw`At rest means $v = 0$: $\mathrm{e}^{0.5t} = 3$, so $t = 2\ln 3$.

Acceleration is the derivative of velocity: $a(t) = 0.5\mathrm{e}^{0.5t}$.

At $t = 2\ln 3$, $\mathrm{e}^{0.5t} = 3$, so $a = 0.5 \times 3 = 1.5\text{ m s}^{-2}$. (No need to evaluate $t$ as a decimal.)`,
  },
  {
    key: "math-aa-5-10-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.10",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find $\displaystyle\int x\left(x^{2} + 3\right)^{4}\,\mathrm{d}x$.`,
    markscheme: [
      M("m1", 1, String.raw`Recognises the form $g'(x)f(g(x))$ or substitutes $u = x^2 + 3$, $\mathrm{d}u = 2x\,\mathrm{d}x$`, ["u = x^2 + 3", "2x"]),
      A("a1", 1, String.raw`$\frac{1}{2}\int u^4\,\mathrm{d}u$ or $(x^2 + 3)^5$ seen`, ["u^4", "(x^2 + 3)^5"], ["m1"]),
      A("a2", 1, String.raw`$\frac{(x^2 + 3)^5}{10} + C$`, ["(x^2 + 3)^5/10", "\\frac{1}{10}"], ["a1"]),
    ],
    workedSolution: String.raw`The derivative of the inside, $x^2 + 3$, is $2x$, and we have an $x$ outside: integrate by inspection.

Let $u = x^2 + 3$, so $\mathrm{d}u = 2x\,\mathrm{d}x$ and $x\,\mathrm{d}x = \frac{1}{2}\mathrm{d}u$:

$$\int x(x^2 + 3)^4\,\mathrm{d}x = \frac{1}{2}\int u^4\,\mathrm{d}u = \frac{u^5}{10} + C = \frac{(x^2 + 3)^5}{10} + C.$$

Check by differentiating: $\frac{5(x^2 + 3)^4 \cdot 2x}{10} = x(x^2 + 3)^4$ ✓`,
  },
  {
    key: "math-aa-5-10-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.10",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find $\displaystyle\int \left(\mathrm{e}^{2x} + \frac{1}{x} + \cos 3x\right)\mathrm{d}x$, for $x > 0$.`,
    markscheme: [
      A("a1", 1, String.raw`$\frac{1}{2}\mathrm{e}^{2x}$`, ["e^{2x}/2", "\\frac{1}{2}e^{2x}"]),
      A("a2", 1, String.raw`$\ln x$`, ["\\ln x", "ln x"]),
      A("a3", 1, String.raw`$\frac{1}{3}\sin 3x$`, ["\\sin 3x/3", "\\frac{1}{3}\\sin 3x"]),
      A("a4", 1, String.raw`$+ C$ with all terms correct`, ["+ C"], ["a1", "a2", "a3"]),
    ],
    workedSolution: String.raw`Integrate term by term. For a linear inside function $ax + b$, divide by $a$:

- $\int \mathrm{e}^{2x}\,\mathrm{d}x = \frac{1}{2}\mathrm{e}^{2x}$
- $\int \frac{1}{x}\,\mathrm{d}x = \ln x$ (since $x > 0$)
- $\int \cos 3x\,\mathrm{d}x = \frac{1}{3}\sin 3x$

$$\int \left(\mathrm{e}^{2x} + \frac{1}{x} + \cos 3x\right)\mathrm{d}x = \frac{1}{2}\mathrm{e}^{2x} + \ln x + \frac{1}{3}\sin 3x + C.$$`,
  },
  {
    key: "math-aa-5-11-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.11",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find the area of the region enclosed by the curve $y = x^{2}$ and the line $y = 2x + 3$.`,
    numericAnswer: { value: 10.6667, tolerance: 0.04 },
    markscheme: [
      M("m1", 1, String.raw`Equates to find the intersections: $x^2 = 2x + 3$`, ["x^2 = 2x + 3", "x^2 - 2x - 3"]),
      A("a1", 1, String.raw`$x = -1$ and $x = 3$`, ["x = -1", "x = 3"], ["m1"]),
      M(
        "m2",
        1,
        String.raw`Integrates the difference (line minus curve) between the limits: $\int_{-1}^{3} (2x + 3 - x^2)\,\mathrm{d}x$`,
        ["\\int_{-1}^{3}", "2x + 3 - x^2"],
        ["a1"],
      ),
      A("a2", 1, String.raw`$\left[x^2 + 3x - \frac{x^3}{3}\right]_{-1}^{3}$`, ["x^2 + 3x - x^3/3"], ["m2"]),
      A("a3", 1, String.raw`Substitutes limits: $9 - \left(-\frac{5}{3}\right)$`, ["9", "-5/3"], ["a2"]),
      A("a4", 1, String.raw`$\frac{32}{3}$`, ["32/3", "10.7"], ["a3"]),
    ],
    workedSolution: String.raw`Intersections: $x^2 = 2x + 3 \implies x^2 - 2x - 3 = (x - 3)(x + 1) = 0$, so $x = -1$ and $x = 3$.

Between them the line is above the parabola (at $x = 0$: $3 > 0$), so

$$A = \int_{-1}^{3} (2x + 3 - x^2)\,\mathrm{d}x = \left[x^2 + 3x - \frac{x^3}{3}\right]_{-1}^{3} = (9 + 9 - 9) - \left(1 - 3 + \frac{1}{3}\right) = 9 + \frac{5}{3} = \frac{32}{3}.$$`,
  },
  {
    key: "math-aa-5-11-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "5.11",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Show that $\displaystyle\int_{1}^{\mathrm{e}} \frac{\ln x}{x}\,\mathrm{d}x = \frac{1}{2}$.`,
    markscheme: [
      M("m1", 1, String.raw`Recognises $\frac{1}{x}$ as the derivative of $\ln x$ (inspection or $u = \ln x$)`, ["u = \\ln x", "derivative of ln x"]),
      A("a1", 1, String.raw`$\left[\frac{(\ln x)^2}{2}\right]_1^{\mathrm{e}}$ (or $\left[\frac{u^2}{2}\right]_0^1$)`, ["(\\ln x)^2/2", "u^2/2"], ["m1"]),
      A("a2", 1, String.raw`Uses $\ln \mathrm{e} = 1$, $\ln 1 = 0$: $\frac{1}{2} - 0$`, ["\\ln e = 1", "\\ln 1 = 0"], ["a1"]),
      AG("ag1", String.raw`$= \frac{1}{2}$`, ["1/2"], ["a2"]),
    ],
    workedSolution: String.raw`Let $u = \ln x$, so $\mathrm{d}u = \frac{1}{x}\,\mathrm{d}x$. When $x = 1$, $u = 0$; when $x = \mathrm{e}$, $u = 1$.

$$\int_1^{\mathrm{e}} \frac{\ln x}{x}\,\mathrm{d}x = \int_0^1 u\,\mathrm{d}u = \left[\frac{u^2}{2}\right]_0^1 = \frac{1}{2}.$$`,
  },
  {
    key: "math-aa-5-12-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.12",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Let $f(x) = \dfrac{1}{x}$, $x \ne 0$.

Use differentiation from first principles to show that $f'(x) = -\dfrac{1}{x^{2}}$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses the definition $f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}$`, ["\\lim_{h \\to 0}", "f(x + h) - f(x)"]),
      A("a1", 1, String.raw`$\frac{\frac{1}{x + h} - \frac{1}{x}}{h}$`, ["\\frac{1}{x + h} - \\frac{1}{x}"], ["m1"]),
      M("m2", 1, String.raw`Combines over a common denominator: $\frac{x - (x + h)}{hx(x + h)}$`, ["x - (x + h)", "common denominator"], ["a1"]),
      A("a2", 1, String.raw`Simplifies to $\frac{-1}{x(x + h)}$ (cancelling $h$ before taking the limit)`, ["-1/(x(x + h))"], ["m2"]),
      R("r1", 1, String.raw`Takes the limit as $h \to 0$`, ["h \\to 0", "limit"], ["a2"]),
      AG("ag1", String.raw`$f'(x) = -\frac{1}{x^2}$`, ["-1/x^2"], ["r1"]),
    ],
    workedSolution: String.raw`$$f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h} = \lim_{h \to 0} \frac{\frac{1}{x + h} - \frac{1}{x}}{h}.$$

Combine the fractions in the numerator:

$$\frac{1}{x + h} - \frac{1}{x} = \frac{x - (x + h)}{x(x + h)} = \frac{-h}{x(x + h)}.$$

Dividing by $h$ (allowed because $h \ne 0$ while we take the limit):

$$f'(x) = \lim_{h \to 0} \frac{-1}{x(x + h)} = -\frac{1}{x^2}.$$`,
  },
  {
    key: "math-aa-5-12-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.12",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The function $f$ is defined by

$$f(x) = \begin{cases} x^{2} + a, & x \le 1 \\ bx - 1, & x > 1 \end{cases}$$

where $a, b \in \mathbb{R}$. Given that $f$ is differentiable at $x = 1$, find the values of $a$ and $b$.`,
    markscheme: [
      R("r1", 1, String.raw`Differentiable implies continuous, so the pieces must meet at $x = 1$`, ["continuous", "differentiable implies continuous"]),
      A("a1", 1, String.raw`$1 + a = b - 1$`, ["1 + a = b - 1"], ["r1"]),
      M("m1", 1, String.raw`Equates left and right derivatives at $x = 1$: $2x$ and $b$`, ["2x = b", "left and right derivatives"]),
      A("a2", 1, String.raw`$b = 2$`, ["b = 2"], ["m1"]),
      A("a3", 1, String.raw`$a = 0$`, ["a = 0"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`A function that is differentiable at a point must be continuous there, so we need two conditions.

**Continuity at $x = 1$:** $1^2 + a = b(1) - 1$, i.e. $a = b - 2$.

**Equal gradients at $x = 1$:** the left piece has derivative $2x = 2$ at $x = 1$; the right piece has derivative $b$. So $b = 2$.

Then $a = 2 - 2 = 0$. So $a = 0$, $b = 2$ (the line $y = 2x - 1$ is the tangent to $y = x^2$ at $(1, 1)$).`,
  },
  {
    key: "math-aa-5-13-01",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.13",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Use l'Hôpital's rule to find $\displaystyle\lim_{x \to 0} \frac{\mathrm{e}^{2x} - 1 - 2x}{x^{2}}$.`,
    numericAnswer: { value: 2 },
    markscheme: [
      R("r1", 1, String.raw`Notes the limit is of the indeterminate form $\frac{0}{0}$`, ["0/0", "indeterminate"]),
      M("m1", 1, String.raw`Differentiates numerator and denominator separately: $\frac{2\mathrm{e}^{2x} - 2}{2x}$`, ["2e^{2x} - 2", "2x"], ["r1"]),
      R("r2", 1, String.raw`Notes this is still $\frac{0}{0}$, so applies the rule again`, ["still 0/0", "again"], ["m1"]),
      A("a1", 1, String.raw`$\frac{4\mathrm{e}^{2x}}{2}$`, ["4e^{2x}/2", "2e^{2x}"], ["r2"]),
      A("a2", 1, String.raw`Limit $= 2$`, ["2"], ["a1"]),
    ],
    workedSolution: String.raw`At $x = 0$ the numerator is $1 - 1 - 0 = 0$ and the denominator is $0$: the form $\frac{0}{0}$, so l'Hôpital's rule applies.

$$\lim_{x \to 0} \frac{\mathrm{e}^{2x} - 1 - 2x}{x^2} = \lim_{x \to 0} \frac{2\mathrm{e}^{2x} - 2}{2x}.$$

This is still $\frac{0}{0}$, so apply the rule again:

$$= \lim_{x \to 0} \frac{4\mathrm{e}^{2x}}{2} = \frac{4}{2} = 2.$$

(Check with Maclaurin series: $\mathrm{e}^{2x} = 1 + 2x + 2x^2 + \cdots$, so the fraction is $2 + O(x) \to 2$ ✓)`,
  },
  {
    key: "math-aa-5-14-01",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.14",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A curve has equation $x^{2} + xy + y^{2} = 7$.

Find the gradient of the curve at the point $(1, 2)$.`,
    numericAnswer: { value: -0.8 },
    markscheme: [
      M("m1", 1, String.raw`Differentiates implicitly, using the product rule on $xy$`, ["implicit", "product rule"]),
      A("a1", 1, String.raw`$2x + y + x\frac{\mathrm{d}y}{\mathrm{d}x}$`, ["2x + y + x dy/dx"], ["m1"]),
      A("a2", 1, String.raw`$+ 2y\frac{\mathrm{d}y}{\mathrm{d}x} = 0$`, ["2y dy/dx"], ["m1"]),
      M("m2", 1, String.raw`Substitutes $(1, 2)$: $4 + 5\frac{\mathrm{d}y}{\mathrm{d}x} = 0$`, ["4 + 5", "substitute"], ["a1", "a2"]),
      A("a3", 1, String.raw`$\frac{\mathrm{d}y}{\mathrm{d}x} = -\frac{4}{5}$`, ["-4/5", "-0.8"], ["m2"]),
    ],
    workedSolution: String.raw`Differentiate every term with respect to $x$, remembering that $y$ is a function of $x$:

$$2x + \left(y + x\frac{\mathrm{d}y}{\mathrm{d}x}\right) + 2y\frac{\mathrm{d}y}{\mathrm{d}x} = 0.$$

At $(1, 2)$ (which is on the curve: $1 + 2 + 4 = 7$ ✓):

$$2 + 2 + \frac{\mathrm{d}y}{\mathrm{d}x} + 4\frac{\mathrm{d}y}{\mathrm{d}x} = 0 \implies 5\frac{\mathrm{d}y}{\mathrm{d}x} = -4 \implies \frac{\mathrm{d}y}{\mathrm{d}x} = -\frac{4}{5}.$$`,
  },
  {
    key: "math-aa-5-14-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.14",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`Air is pumped into a spherical balloon at a constant rate of $50\text{ cm}^3\text{ s}^{-1}$.

Find the rate at which the radius is increasing at the instant when the radius is $10\text{ cm}$. Give your answer in $\text{cm s}^{-1}$, correct to three significant figures.`,
    numericAnswer: { value: 0.0398, tolerance: 0.00005, unit: "cm s^-1", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      A("a1", 1, String.raw`$\frac{\mathrm{d}V}{\mathrm{d}r} = 4\pi r^2$`, ["4\\pi r^2"]),
      M(
        "m1",
        1,
        String.raw`Uses the chain rule: $\frac{\mathrm{d}V}{\mathrm{d}t} = \frac{\mathrm{d}V}{\mathrm{d}r} \times \frac{\mathrm{d}r}{\mathrm{d}t}$`,
        ["chain rule", "dV/dt"],
        ["a1"],
      ),
      A("a2", 1, String.raw`$50 = 4\pi(10)^2\frac{\mathrm{d}r}{\mathrm{d}t}$`, ["400\\pi", "50 = "], ["m1"]),
      A("a3", 1, String.raw`$\frac{\mathrm{d}r}{\mathrm{d}t} = \frac{1}{8\pi} = 0.0398\text{ cm s}^{-1}$`, ["0.0398", "1/(8\\pi)"], ["a2"]),
    ],
    workedSolution: String.raw`$V = \frac{4}{3}\pi r^3$, so $\frac{\mathrm{d}V}{\mathrm{d}r} = 4\pi r^2$. Link the rates with the chain rule:

$$\frac{\mathrm{d}V}{\mathrm{d}t} = 4\pi r^2\frac{\mathrm{d}r}{\mathrm{d}t} \implies 50 = 4\pi(100)\frac{\mathrm{d}r}{\mathrm{d}t} \implies \frac{\mathrm{d}r}{\mathrm{d}t} = \frac{50}{400\pi} = \frac{1}{8\pi} \approx 0.0398\text{ cm s}^{-1}.$$`,
  },
  {
    key: "math-aa-5-14-03",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.14",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A ladder of length $5\text{ m}$ leans against a vertical wall, with its foot on horizontal ground. The foot of the ladder slides away from the wall at a constant rate of $0.3\text{ m s}^{-1}$.

Find the speed at which the top of the ladder is sliding down the wall at the instant when the foot of the ladder is $3\text{ m}$ from the wall.`,
    numericAnswer: { value: 0.225, unit: "m s^-1" },
    markscheme: [
      A("a1", 1, String.raw`$x^2 + y^2 = 25$, where $x$ is the distance of the foot from the wall and $y$ the height of the top`, ["x^2 + y^2 = 25"]),
      M(
        "m1",
        1,
        String.raw`Differentiates with respect to $t$: $2x\frac{\mathrm{d}x}{\mathrm{d}t} + 2y\frac{\mathrm{d}y}{\mathrm{d}t} = 0$`,
        ["2x dx/dt + 2y dy/dt"],
        ["a1"],
      ),
      A("a2", 1, String.raw`$y = 4$ when $x = 3$`, ["y = 4"]),
      A("a3", 1, String.raw`$\frac{\mathrm{d}y}{\mathrm{d}t} = -\frac{3(0.3)}{4} = -0.225$`, ["-0.225"], ["m1", "a2"]),
      A("a4", 1, String.raw`Speed down the wall $= 0.225\text{ m s}^{-1}$`, ["0.225"], ["a3"]),
    ],
    workedSolution: String.raw`Let $x$ be the distance from the wall to the foot and $y$ the height of the top. By Pythagoras, $x^2 + y^2 = 25$.

Differentiate with respect to time:

$$2x\frac{\mathrm{d}x}{\mathrm{d}t} + 2y\frac{\mathrm{d}y}{\mathrm{d}t} = 0.$$

When $x = 3$, $y = \sqrt{25 - 9} = 4$, and $\frac{\mathrm{d}x}{\mathrm{d}t} = 0.3$:

$$2(3)(0.3) + 2(4)\frac{\mathrm{d}y}{\mathrm{d}t} = 0 \implies \frac{\mathrm{d}y}{\mathrm{d}t} = -\frac{1.8}{8} = -0.225.$$

The negative sign means $y$ is decreasing: the top slides down at $0.225\text{ m s}^{-1}$.`,
  },
  {
    key: "math-aa-5-15-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.15",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $y = \arctan(2x) + 3^{x}$.

Find $\dfrac{\mathrm{d}y}{\mathrm{d}x}$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses the chain rule with $\frac{\mathrm{d}}{\mathrm{d}x}\arctan u = \frac{1}{1 + u^2}\frac{\mathrm{d}u}{\mathrm{d}x}$`, [
        "\\frac{1}{1 + u^2}",
        "chain rule",
      ]),
      A("a1", 1, String.raw`$\frac{2}{1 + 4x^2}$`, ["2/(1 + 4x^2)"], ["m1"]),
      A("a2", 1, String.raw`$3^x\ln 3$`, ["3^x \\ln 3", "3^x ln 3"]),
    ],
    workedSolution: String.raw`- $\frac{\mathrm{d}}{\mathrm{d}x}\arctan(2x) = \frac{1}{1 + (2x)^2} \times 2 = \frac{2}{1 + 4x^2}$ (chain rule).
- $\frac{\mathrm{d}}{\mathrm{d}x}a^x = a^x\ln a$, so $\frac{\mathrm{d}}{\mathrm{d}x}3^x = 3^x\ln 3$.

$$\frac{\mathrm{d}y}{\mathrm{d}x} = \frac{2}{1 + 4x^2} + 3^x\ln 3.$$`,
  },
  {
    key: "math-aa-5-15-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.15",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`**(a)** Express $\dfrac{5x + 1}{(x - 1)(x + 2)}$ in partial fractions.

**(b)** Hence show that $\displaystyle\int_{2}^{4} \frac{5x + 1}{(x - 1)(x + 2)}\,\mathrm{d}x = \ln\frac{243}{8}$.`,
    markscheme: [
      M("m1", 1, String.raw`(a) $5x + 1 \equiv A(x + 2) + B(x - 1)$ with a valid method for $A$ and $B$`, ["A(x + 2) + B(x - 1)"]),
      A("a1", 1, String.raw`(a) $\frac{2}{x - 1} + \frac{3}{x + 2}$`, ["2/(x - 1)", "3/(x + 2)"], ["m1"]),
      A("a2", 1, String.raw`(b) $\left[2\ln|x - 1| + 3\ln|x + 2|\right]_2^4$`, ["2\\ln|x - 1| + 3\\ln|x + 2|"], ["a1"]),
      M("m2", 1, String.raw`(b) Substitutes the limits: $(2\ln 3 + 3\ln 6) - (2\ln 1 + 3\ln 4)$`, ["2\\ln 3 + 3\\ln 6", "3\\ln 4"], ["a2"]),
      M("m3", 1, String.raw`(b) Uses laws of logarithms, e.g. $\ln 9 + \ln 216 - \ln 64$`, ["\\ln 9", "\\ln 216", "\\ln 64"], ["m2"]),
      A("a3", 1, String.raw`(b) $\ln\frac{9 \times 216}{64} = \ln\frac{1944}{64}$ or $2\ln 3 + 3\ln\frac{3}{2}$`, ["1944/64", "\\ln\\frac{3}{2}"], ["m3"]),
      AG("ag1", String.raw`(b) $= \ln\frac{243}{8}$`, ["243/8"], ["a3"]),
    ],
    workedSolution: String.raw`**(a)** $5x + 1 \equiv A(x + 2) + B(x - 1)$. Setting $x = 1$: $6 = 3A$, so $A = 2$. Setting $x = -2$: $-9 = -3B$, so $B = 3$.

$$\frac{5x + 1}{(x - 1)(x + 2)} \equiv \frac{2}{x - 1} + \frac{3}{x + 2}.$$

**(b)**
$$\int_2^4 \left(\frac{2}{x - 1} + \frac{3}{x + 2}\right)\mathrm{d}x = \Big[2\ln|x - 1| + 3\ln|x + 2|\Big]_2^4 = (2\ln 3 + 3\ln 6) - (2\ln 1 + 3\ln 4).$$

Since $\ln 1 = 0$: $= 2\ln 3 + 3\ln\frac{6}{4} = \ln 9 + \ln\left(\frac{3}{2}\right)^3 = \ln\left(9 \times \frac{27}{8}\right) = \ln\frac{243}{8}.$`,
  },
  {
    key: "math-aa-5-16-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.16",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Find $\displaystyle\int x^{2}\mathrm{e}^{x}\,\mathrm{d}x$.`,
    markscheme: [
      M("m1", 1, String.raw`Integration by parts with $u = x^2$, $\frac{\mathrm{d}v}{\mathrm{d}x} = \mathrm{e}^x$`, ["u = x^2", "by parts"]),
      A("a1", 1, String.raw`$x^2\mathrm{e}^x - \int 2x\mathrm{e}^x\,\mathrm{d}x$`, ["x^2e^x - \\int 2xe^x"], ["m1"]),
      M("m2", 1, String.raw`Applies integration by parts a second time with $u = 2x$`, ["second time", "u = 2x"], ["a1"]),
      A("a2", 1, String.raw`$\int 2x\mathrm{e}^x\,\mathrm{d}x = 2x\mathrm{e}^x - 2\mathrm{e}^x$`, ["2xe^x - 2e^x"], ["m2"]),
      A("a3", 1, String.raw`$x^2\mathrm{e}^x - 2x\mathrm{e}^x + 2\mathrm{e}^x$`, ["x^2e^x - 2xe^x + 2e^x"], ["a2"]),
      A("a4", 1, String.raw`$+ C$ (accept $\mathrm{e}^x(x^2 - 2x + 2) + C$)`, ["+ C", "e^x(x^2 - 2x + 2)"], ["a3"]),
    ],
    workedSolution: String.raw`Use $\int u\,\frac{\mathrm{d}v}{\mathrm{d}x}\,\mathrm{d}x = uv - \int v\,\frac{\mathrm{d}u}{\mathrm{d}x}\,\mathrm{d}x$, choosing $u$ to be the polynomial so that it gets simpler.

**First time:** $u = x^2$, $v = \mathrm{e}^x$:
$$\int x^2\mathrm{e}^x\,\mathrm{d}x = x^2\mathrm{e}^x - \int 2x\mathrm{e}^x\,\mathrm{d}x.$$

**Second time:** $u = 2x$, $v = \mathrm{e}^x$:
$$\int 2x\mathrm{e}^x\,\mathrm{d}x = 2x\mathrm{e}^x - \int 2\mathrm{e}^x\,\mathrm{d}x = 2x\mathrm{e}^x - 2\mathrm{e}^x.$$

So
$$\int x^2\mathrm{e}^x\,\mathrm{d}x = x^2\mathrm{e}^x - 2x\mathrm{e}^x + 2\mathrm{e}^x + C = \mathrm{e}^x(x^2 - 2x + 2) + C.$$

Check: $\frac{\mathrm{d}}{\mathrm{d}x}\left[\mathrm{e}^x(x^2 - 2x + 2)\right] = \mathrm{e}^x(x^2 - 2x + 2) + \mathrm{e}^x(2x - 2) = x^2\mathrm{e}^x$ ✓`,
  },
  {
    key: "math-aa-5-16-02",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.16",
    difficulty: 5,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Using the substitution $u = 1 + x^{2}$, find the exact value of $\displaystyle\int_{0}^{\sqrt{3}} \frac{x^{3}}{\sqrt{1 + x^{2}}}\,\mathrm{d}x$.`,
    numericAnswer: { value: 1.33333, tolerance: 0.001 },
    markscheme: [
      A("a1", 1, String.raw`$\mathrm{d}u = 2x\,\mathrm{d}x$ and $x^2 = u - 1$`, ["du = 2x dx", "x^2 = u - 1"]),
      M(
        "m1",
        1,
        String.raw`Rewrites $x^3\,\mathrm{d}x = x^2 \cdot x\,\mathrm{d}x = \frac{1}{2}(u - 1)\,\mathrm{d}u$`,
        ["\\frac{1}{2}(u - 1)", "x^2 \\cdot x"],
        ["a1"],
      ),
      A("a2", 1, String.raw`New limits $u = 1$ and $u = 4$`, ["u = 1", "u = 4"]),
      A("a3", 1, String.raw`$\frac{1}{2}\int_1^4 \left(u^{\frac{1}{2}} - u^{-\frac{1}{2}}\right)\mathrm{d}u$`, ["u^{1/2} - u^{-1/2}"], ["m1"]),
      A("a4", 1, String.raw`$\frac{1}{2}\left[\frac{2}{3}u^{\frac{3}{2}} - 2u^{\frac{1}{2}}\right]_1^4$`, ["\\frac{2}{3}u^{3/2} - 2u^{1/2}"], ["a3"]),
      M(
        "m2",
        1,
        String.raw`Substitutes the limits: $\frac{1}{2}\left[\left(\frac{16}{3} - 4\right) - \left(\frac{2}{3} - 2\right)\right]$`,
        ["16/3 - 4", "2/3 - 2"],
        ["a4", "a2"],
      ),
      A("a5", 1, String.raw`$\frac{4}{3}$`, ["4/3"], ["m2"]),
    ],
    workedSolution: String.raw`With $u = 1 + x^2$: $\mathrm{d}u = 2x\,\mathrm{d}x$, so $x\,\mathrm{d}x = \frac{1}{2}\mathrm{d}u$, and $x^2 = u - 1$. Split $x^3 = x^2 \cdot x$:

$$\frac{x^3}{\sqrt{1 + x^2}}\,\mathrm{d}x = \frac{x^2}{\sqrt{u}} \cdot x\,\mathrm{d}x = \frac{u - 1}{2\sqrt{u}}\,\mathrm{d}u = \frac{1}{2}\left(u^{1/2} - u^{-1/2}\right)\mathrm{d}u.$$

Limits: $x = 0 \Rightarrow u = 1$; $x = \sqrt{3} \Rightarrow u = 4$.

$$\frac{1}{2}\left[\frac{2}{3}u^{3/2} - 2u^{1/2}\right]_1^4 = \frac{1}{2}\left[\left(\frac{16}{3} - 4\right) - \left(\frac{2}{3} - 2\right)\right] = \frac{1}{2}\left(\frac{4}{3} + \frac{4}{3}\right) = \frac{4}{3}.$$`,
  },
  {
    key: "math-aa-5-16-03",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.16",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Show that",
    stem: String.raw`Show that $\displaystyle\int_{1}^{\mathrm{e}} x\ln x\,\mathrm{d}x = \frac{\mathrm{e}^{2} + 1}{4}$.`,
    markscheme: [
      M("m1", 1, String.raw`Integration by parts with $u = \ln x$, $\frac{\mathrm{d}v}{\mathrm{d}x} = x$`, ["u = \\ln x", "by parts"]),
      A("a1", 1, String.raw`$\frac{x^2}{2}\ln x - \int \frac{x^2}{2} \cdot \frac{1}{x}\,\mathrm{d}x$`, ["x^2/2 \\ln x"], ["m1"]),
      A("a2", 1, String.raw`$\left[\frac{x^2}{2}\ln x - \frac{x^2}{4}\right]_1^{\mathrm{e}}$`, ["x^2/4"], ["a1"]),
      M(
        "m2",
        1,
        String.raw`Substitutes limits: $\left(\frac{\mathrm{e}^2}{2} - \frac{\mathrm{e}^2}{4}\right) - \left(0 - \frac{1}{4}\right)$`,
        ["e^2/2 - e^2/4", "-1/4"],
        ["a2"],
      ),
      A("a3", 1, String.raw`$\frac{\mathrm{e}^2}{4} + \frac{1}{4}$`, ["e^2/4 + 1/4"], ["m2"]),
      AG("ag1", String.raw`$= \frac{\mathrm{e}^2 + 1}{4}$`, ["(e^2 + 1)/4"], ["a3"]),
    ],
    workedSolution: String.raw`Choose $u = \ln x$ (which we can differentiate easily but not integrate) and $\frac{\mathrm{d}v}{\mathrm{d}x} = x$, so $\frac{\mathrm{d}u}{\mathrm{d}x} = \frac{1}{x}$ and $v = \frac{x^2}{2}$:

$$\int x\ln x\,\mathrm{d}x = \frac{x^2}{2}\ln x - \int \frac{x^2}{2}\cdot\frac{1}{x}\,\mathrm{d}x = \frac{x^2}{2}\ln x - \frac{x^2}{4}.$$

$$\left[\frac{x^2}{2}\ln x - \frac{x^2}{4}\right]_1^{\mathrm{e}} = \left(\frac{\mathrm{e}^2}{2} - \frac{\mathrm{e}^2}{4}\right) - \left(0 - \frac{1}{4}\right) = \frac{\mathrm{e}^2}{4} + \frac{1}{4} = \frac{\mathrm{e}^2 + 1}{4}.$$`,
  },
  {
    key: "math-aa-5-17-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.17",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The region $R$ is bounded by the curve $y = \sec x$, the $x$-axis and the lines $x = 0$ and $x = \dfrac{\pi}{4}$.

Find the exact volume of the solid formed when $R$ is rotated through $2\pi$ about the $x$-axis.`,
    markscheme: [
      M("m1", 1, String.raw`Uses $V = \pi\int_0^{\pi/4} y^2\,\mathrm{d}x$`, ["\\pi\\int y^2", "volume of revolution"]),
      A("a1", 1, String.raw`$\pi\int_0^{\pi/4} \sec^2 x\,\mathrm{d}x$`, ["\\sec^2 x"], ["m1"]),
      A("a2", 1, String.raw`$\pi\left[\tan x\right]_0^{\pi/4}$`, ["\\tan x"], ["a1"]),
      A("a3", 1, String.raw`$V = \pi$`, ["\\pi", "pi"], ["a2"]),
    ],
    workedSolution: String.raw`$$V = \pi\int_0^{\pi/4} (\sec x)^2\,\mathrm{d}x = \pi\Big[\tan x\Big]_0^{\pi/4} = \pi(1 - 0) = \pi.$$

(The key fact is that $\frac{\mathrm{d}}{\mathrm{d}x}\tan x = \sec^2 x$.)`,
  },
  {
    key: "math-aa-5-17-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.17",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The region $S$ is bounded by the curve $y = \ln x$, the $y$-axis, the $x$-axis and the line $y = 2$.

**(a)** Find the exact area of $S$.

**(b)** Find the exact volume of the solid formed when $S$ is rotated through $2\pi$ about the $y$-axis.`,
    markscheme: [
      M("m1", 1, String.raw`(a) Rewrites the curve as $x = \mathrm{e}^y$ and integrates with respect to $y$`, ["x = e^y", "dy"]),
      A("a1", 1, String.raw`(a) $\int_0^2 \mathrm{e}^y\,\mathrm{d}y$`, ["\\int_0^2 e^y"], ["m1"]),
      A("a2", 1, String.raw`(a) $\mathrm{e}^2 - 1$`, ["e^2 - 1"], ["a1"]),
      M("m2", 1, String.raw`(b) Uses $V = \pi\int_0^2 x^2\,\mathrm{d}y = \pi\int_0^2 \mathrm{e}^{2y}\,\mathrm{d}y$`, ["\\pi\\int x^2 dy", "e^{2y}"], ["m1"]),
      A("a3", 1, String.raw`(b) $\pi\left[\frac{\mathrm{e}^{2y}}{2}\right]_0^2$`, ["e^{2y}/2"], ["m2"]),
      A("a4", 1, String.raw`(b) $\frac{\pi}{2}(\mathrm{e}^4 - 1)$`, ["(e^4 - 1)", "\\frac{\\pi}{2}"], ["a3"]),
    ],
    workedSolution: String.raw`The region lies between the curve and the **$y$-axis**, from $y = 0$ to $y = 2$, so integrate with respect to $y$. From $y = \ln x$, $x = \mathrm{e}^y$.

**(a)** $$A = \int_0^2 x\,\mathrm{d}y = \int_0^2 \mathrm{e}^y\,\mathrm{d}y = \mathrm{e}^2 - 1.$$

**(b)** Rotating about the $y$-axis, each horizontal slice is a disc of radius $x$:

$$V = \pi\int_0^2 x^2\,\mathrm{d}y = \pi\int_0^2 \mathrm{e}^{2y}\,\mathrm{d}y = \pi\left[\frac{\mathrm{e}^{2y}}{2}\right]_0^2 = \frac{\pi}{2}(\mathrm{e}^4 - 1).$$`,
  },
  {
    key: "math-aa-5-17-03",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.17",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The region bounded by the curve $y = \mathrm{e}^{-x^{2}}$, the $x$-axis and the lines $x = 0$ and $x = 1$ is rotated through $2\pi$ about the $x$-axis.

Find the volume of the solid formed, correct to three significant figures.`,
    numericAnswer: { value: 1.88, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses $V = \pi\int_0^1 y^2\,\mathrm{d}x$`, ["\\pi\\int", "y^2"]),
      A("a1", 1, String.raw`$\pi\int_0^1 \mathrm{e}^{-2x^2}\,\mathrm{d}x$ (squares correctly)`, ["e^{-2x^2}"], ["m1"]),
      A("a2", 1, String.raw`$1.88$ ($1.87912\ldots$)`, ["1.88"], ["a1"]),
    ],
    workedSolution: String.raw`$$V = \pi\int_0^1 \left(\mathrm{e}^{-x^2}\right)^2\mathrm{d}x = \pi\int_0^1 \mathrm{e}^{-2x^2}\,\mathrm{d}x = 1.88 \text{ (3 s.f.)},$$

using the GDC. Note $\left(\mathrm{e}^{-x^2}\right)^2 = \mathrm{e}^{-2x^2}$, not $\mathrm{e}^{-x^4}$.`,
  },
  {
    key: "math-aa-5-18-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.18",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the differential equation $\dfrac{\mathrm{d}y}{\mathrm{d}x} = x\mathrm{e}^{-y}$, given that $y = 0$ when $x = 0$. Give your answer in the form $y = f(x)$.`,
    markscheme: [
      M("m1", 1, String.raw`Separates the variables: $\int \mathrm{e}^{y}\,\mathrm{d}y = \int x\,\mathrm{d}x$`, ["e^y dy = x dx", "separate"]),
      A("a1", 1, String.raw`$\mathrm{e}^y$`, ["e^y"], ["m1"]),
      A("a2", 1, String.raw`$\frac{x^2}{2} + c$`, ["x^2/2 + c"], ["m1"]),
      M("m2", 1, String.raw`Uses the initial condition: $\mathrm{e}^0 = 0 + c$`, ["c = 1"], ["a1", "a2"]),
      A("a3", 1, String.raw`$c = 1$`, ["c = 1"], ["m2"]),
      A("a4", 1, String.raw`$y = \ln\left(\frac{x^2}{2} + 1\right)$`, ["\\ln(x^2/2 + 1)", "ln"], ["a3"]),
    ],
    workedSolution: String.raw`Multiply both sides by $\mathrm{e}^{y}$ to separate the variables:

$$\mathrm{e}^{y}\frac{\mathrm{d}y}{\mathrm{d}x} = x \implies \int \mathrm{e}^{y}\,\mathrm{d}y = \int x\,\mathrm{d}x \implies \mathrm{e}^{y} = \frac{x^2}{2} + c.$$

At $x = 0$, $y = 0$: $1 = c$.

$$\mathrm{e}^{y} = \frac{x^2}{2} + 1 \implies y = \ln\left(\frac{x^2}{2} + 1\right).$$

Check: $\frac{\mathrm{d}y}{\mathrm{d}x} = \frac{x}{x^2/2 + 1} = \frac{x}{\mathrm{e}^{y}} = x\mathrm{e}^{-y}$ ✓`,
  },
  {
    key: "math-aa-5-18-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.18",
    difficulty: 4,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Solve the differential equation

$$\frac{\mathrm{d}y}{\mathrm{d}x} + \frac{2y}{x} = x, \quad x > 0,$$

given that $y = 1$ when $x = 1$.`,
    markscheme: [
      M("m1", 1, String.raw`Integrating factor $\mathrm{e}^{\int \frac{2}{x}\,\mathrm{d}x}$`, ["integrating factor", "e^{\\int 2/x}"]),
      A("a1", 1, String.raw`$= \mathrm{e}^{2\ln x} = x^2$`, ["x^2"], ["m1"]),
      M("m2", 1, String.raw`Multiplies through: $\frac{\mathrm{d}}{\mathrm{d}x}\left(x^2y\right) = x^3$`, ["d/dx(x^2 y)", "x^3"], ["a1"]),
      A("a2", 1, String.raw`$x^2y = \frac{x^4}{4} + c$`, ["x^4/4 + c"], ["m2"]),
      M("m3", 1, String.raw`Substitutes $x = 1$, $y = 1$ to find $c$`, ["x = 1", "y = 1"], ["a2"]),
      A("a3", 1, String.raw`$c = \frac{3}{4}$`, ["3/4"], ["m3"]),
      A("a4", 1, String.raw`$y = \frac{x^2}{4} + \frac{3}{4x^2}$`, ["x^2/4 + 3/(4x^2)"], ["a3"]),
    ],
    workedSolution: String.raw`The equation is of the form $y' + P(x)y = Q(x)$ with $P(x) = \frac{2}{x}$.

Integrating factor: $\mathrm{e}^{\int \frac{2}{x}\,\mathrm{d}x} = \mathrm{e}^{2\ln x} = x^2$ (as $x > 0$).

Multiplying through by $x^2$:

$$x^2\frac{\mathrm{d}y}{\mathrm{d}x} + 2xy = x^3 \implies \frac{\mathrm{d}}{\mathrm{d}x}\left(x^2y\right) = x^3 \implies x^2y = \frac{x^4}{4} + c.$$

With $x = 1$, $y = 1$: $1 = \frac{1}{4} + c$, so $c = \frac{3}{4}$.

$$y = \frac{x^2}{4} + \frac{3}{4x^2}.$$

Check: $y' = \frac{x}{2} - \frac{3}{2x^3}$ and $\frac{2y}{x} = \frac{x}{2} + \frac{3}{2x^3}$; the sum is $x$ ✓`,
  },
  {
    key: "math-aa-5-18-03",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.18",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Estimate",
    stem: String.raw`Consider the differential equation $\dfrac{\mathrm{d}y}{\mathrm{d}x} = x + y$, with $y = 1$ when $x = 0$.

Use Euler's method with step length $h = 0.1$ to estimate the value of $y$ when $x = 0.3$.`,
    numericAnswer: { value: 1.362, tolerance: 0.0005 },
    markscheme: [
      M("m1", 1, String.raw`Uses $y_{n+1} = y_n + h(x_n + y_n)$`, ["y_{n+1} = y_n + h", "Euler"]),
      A("a1", 1, String.raw`$y_1 = 1.1$`, ["1.1"], ["m1"]),
      A("a2", 1, String.raw`$y_2 = 1.22$`, ["1.22"], ["m1"]),
      A("a3", 1, String.raw`$y_3 = 1.362$`, ["1.362"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`Euler's method: $x_{n+1} = x_n + h$, $y_{n+1} = y_n + h\,f(x_n, y_n)$ with $f(x, y) = x + y$.

| $n$ | $x_n$ | $y_n$ | $f(x_n, y_n)$ | $y_{n+1}$ |
|---|---|---|---|---|
| $0$ | $0$ | $1$ | $1$ | $1 + 0.1(1) = 1.1$ |
| $1$ | $0.1$ | $1.1$ | $1.2$ | $1.1 + 0.12 = 1.22$ |
| $2$ | $0.2$ | $1.22$ | $1.42$ | $1.22 + 0.142 = 1.362$ |

So $y(0.3) \approx 1.362$.

(The exact solution is $y = 2\mathrm{e}^{x} - x - 1$, giving $y(0.3) = 1.3997\ldots$: Euler's method underestimates here because the solution curve is concave up.)`,
  },
  {
    key: "math-aa-5-18-04",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.18",
    difficulty: 5,
    marks: 8,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: String.raw`Use the substitution $y = vx$ to solve the differential equation

$$\frac{\mathrm{d}y}{\mathrm{d}x} = \frac{x^{2} + y^{2}}{xy}, \quad x > 0,\ y > 0,$$

given that $y = 2$ when $x = 1$. Give your answer in the form $y = f(x)$.`,
    markscheme: [
      M("m1", 1, String.raw`Uses $\frac{\mathrm{d}y}{\mathrm{d}x} = v + x\frac{\mathrm{d}v}{\mathrm{d}x}$`, ["v + x dv/dx"]),
      A("a1", 1, String.raw`Right-hand side becomes $\frac{1 + v^2}{v}$`, ["(1 + v^2)/v"], ["m1"]),
      A("a2", 1, String.raw`$x\frac{\mathrm{d}v}{\mathrm{d}x} = \frac{1}{v}$`, ["x dv/dx = 1/v"], ["a1"]),
      M("m2", 1, String.raw`Separates variables: $\int v\,\mathrm{d}v = \int \frac{1}{x}\,\mathrm{d}x$`, ["\\int v dv", "\\int 1/x dx"], ["a2"]),
      A("a3", 1, String.raw`$\frac{v^2}{2} = \ln x + c$`, ["v^2/2 = \\ln x + c"], ["m2"]),
      M("m3", 1, String.raw`Substitutes back $v = \frac{y}{x}$ and uses $x = 1$, $y = 2$ (so $v = 2$)`, ["v = y/x", "v = 2"], ["a3"]),
      A("a4", 1, String.raw`$c = 2$, giving $y^2 = x^2(2\ln x + 4)$`, ["c = 2", "2\\ln x + 4"], ["m3"]),
      A("a5", 1, String.raw`$y = x\sqrt{2\ln x + 4}$ (positive root since $y > 0$)`, ["x\\sqrt{2\\ln x + 4}"], ["a4"]),
    ],
    workedSolution: String.raw`The right-hand side can be written as $\frac{x}{y} + \frac{y}{x}$, a function of $\frac{y}{x}$, so the equation is homogeneous.

Let $y = vx$; then $\frac{\mathrm{d}y}{\mathrm{d}x} = v + x\frac{\mathrm{d}v}{\mathrm{d}x}$ and $\frac{x^2 + v^2x^2}{x \cdot vx} = \frac{1 + v^2}{v} = \frac{1}{v} + v$.

$$v + x\frac{\mathrm{d}v}{\mathrm{d}x} = \frac{1}{v} + v \implies x\frac{\mathrm{d}v}{\mathrm{d}x} = \frac{1}{v}.$$

Separate: $\int v\,\mathrm{d}v = \int \frac{1}{x}\,\mathrm{d}x \implies \frac{v^2}{2} = \ln x + c.$

At $x = 1$, $y = 2$, so $v = 2$: $2 = 0 + c$, $c = 2$.

$$\frac{y^2}{2x^2} = \ln x + 2 \implies y^2 = x^2(2\ln x + 4) \implies y = x\sqrt{2\ln x + 4},$$

taking the positive root because $y > 0$.`,
  },
  {
    key: "math-aa-5-19-01",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.19",
    difficulty: 3,
    marks: 5,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Using the Maclaurin series for $\mathrm{e}^{x}$ and $\sin x$, find the Maclaurin series for $\mathrm{e}^{x}\sin x$ up to and including the term in $x^{3}$.`,
    markscheme: [
      A("a1", 1, String.raw`$\mathrm{e}^x = 1 + x + \frac{x^2}{2} + \frac{x^3}{6} + \cdots$ and $\sin x = x - \frac{x^3}{6} + \cdots$`, [
        "1 + x + x^2/2",
        "x - x^3/6",
      ]),
      M("m1", 1, String.raw`Multiplies the series, collecting terms up to $x^3$`, ["multiply", "collect"], ["a1"]),
      A("a2", 1, String.raw`$x$`, ["x"], ["m1"]),
      A("a3", 1, String.raw`$x^2$`, ["x^2"], ["m1"]),
      A("a4", 1, String.raw`$\frac{x^3}{3}$ (from $\frac{x^3}{2} - \frac{x^3}{6}$)`, ["x^3/3"], ["m1"]),
    ],
    workedSolution: String.raw`$$\mathrm{e}^{x}\sin x = \left(1 + x + \frac{x^2}{2} + \frac{x^3}{6} + \cdots\right)\left(x - \frac{x^3}{6} + \cdots\right).$$

Collect the terms up to $x^3$:

- $x$: $1 \cdot x = x$
- $x^2$: $x \cdot x = x^2$
- $x^3$: $\frac{x^2}{2} \cdot x + 1 \cdot \left(-\frac{x^3}{6}\right) = \frac{x^3}{2} - \frac{x^3}{6} = \frac{x^3}{3}$

$$\mathrm{e}^{x}\sin x \approx x + x^2 + \frac{x^3}{3}.$$`,
  },
  {
    key: "math-aa-5-19-02",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.19",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Hence or otherwise",
    stem: String.raw`**(a)** Write down the first three non-zero terms of the Maclaurin series for $\ln(1 + x)$.

**(b)** Hence or otherwise find $\displaystyle\lim_{x \to 0} \frac{\ln(1 + x) - x}{x^{2}}$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $x - \frac{x^2}{2} + \frac{x^3}{3}$`, ["x - x^2/2 + x^3/3"]),
      M("m1", 1, String.raw`(b) Substitutes the series: $\frac{-\frac{x^2}{2} + \frac{x^3}{3} - \cdots}{x^2}$`, ["-x^2/2", "substitute"], ["a1"]),
      A("a2", 1, String.raw`(b) $-\frac{1}{2} + \frac{x}{3} - \cdots$`, ["-1/2 + x/3"], ["m1"]),
      A("a3", 1, String.raw`(b) Limit $= -\frac{1}{2}$`, ["-1/2", "-0.5"], ["a2"]),
    ],
    workedSolution: String.raw`**(a)** $\ln(1 + x) = x - \dfrac{x^2}{2} + \dfrac{x^3}{3} - \cdots$ (from the formula booklet).

**(b)**
$$\frac{\ln(1 + x) - x}{x^2} = \frac{-\frac{x^2}{2} + \frac{x^3}{3} - \cdots}{x^2} = -\frac{1}{2} + \frac{x}{3} - \cdots \to -\frac{1}{2} \text{ as } x \to 0.$$

(L'Hôpital's rule twice gives the same: $\frac{\frac{1}{1+x} - 1}{2x} \to \frac{-\frac{1}{(1+x)^2}}{2} \to -\frac{1}{2}$.)`,
  },
];

// ---------------------------------------------------------------------------
// HL Paper 3: extended problem-solving questions (technology allowed)
// ---------------------------------------------------------------------------
const paper3: QuestionInput[] = [
  {
    key: "math-aa-1-14-03",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "1.14",
    difficulty: 5,
    marks: 16,
    paper: "P3",
    calculator: true,
    commandTerm: "Show that",
    stem: String.raw`This question uses the fifth roots of unity to find an exact value of $\cos\dfrac{2\pi}{5}$.

**(a)** Solve the equation $z^{5} = 1$, giving your answers in the form $\mathrm{e}^{\mathrm{i}\theta}$, where $0 \le \theta < 2\pi$. [3]

**(b)** Show that the sum of the five roots is $0$. [3]

**(c)** Hence show that $\cos\dfrac{2\pi}{5} + \cos\dfrac{4\pi}{5} = -\dfrac{1}{2}$. [4]

**(d)** Let $c = \cos\dfrac{2\pi}{5}$. Show that $4c^{2} + 2c - 1 = 0$. [3]

**(e)** Hence find the exact value of $\cos\dfrac{2\pi}{5}$, justifying your choice of root. [3]`,
    markscheme: [
      M("m1", 1, String.raw`(a) Writes $1 = \mathrm{e}^{2k\pi\mathrm{i}}$ and uses De Moivre: $z = \mathrm{e}^{2k\pi\mathrm{i}/5}$`, [
        "e^{2k\\pi i/5}",
        "2k\\pi/5",
      ]),
      A(
        "a1",
        2,
        String.raw`(a) $z = 1, \mathrm{e}^{2\pi\mathrm{i}/5}, \mathrm{e}^{4\pi\mathrm{i}/5}, \mathrm{e}^{6\pi\mathrm{i}/5}, \mathrm{e}^{8\pi\mathrm{i}/5}$ (A1 for at least three correct, A2 for all five)`,
        ["2\\pi/5", "4\\pi/5", "6\\pi/5", "8\\pi/5"],
        ["m1"],
      ),
      M(
        "m2",
        1,
        String.raw`(b) Recognises a geometric series with $\omega = \mathrm{e}^{2\pi\mathrm{i}/5}$: $1 + \omega + \omega^2 + \omega^3 + \omega^4$ (or uses the coefficient of $z^4$ in $z^5 - 1$)`,
        ["geometric series", "coefficient of z^4"],
      ),
      A("a2", 1, String.raw`(b) Sum $= \frac{1 - \omega^5}{1 - \omega}$ (or sum of roots $= -\frac{0}{1}$)`, ["\\frac{1 - \\omega^5}{1 - \\omega}"], ["m2"]),
      R("r1", 1, String.raw`(b) $\omega^5 = 1$ and $\omega \ne 1$, so the sum is $0$`, ["\\omega^5 = 1", "\\omega \\ne 1"], ["a2"]),
      AG("ag1", String.raw`(b) Sum of roots $= 0$`, ["= 0"], ["r1"]),
      M("m3", 1, String.raw`(c) Takes the real part of the sum: $1 + \cos\frac{2\pi}{5} + \cos\frac{4\pi}{5} + \cos\frac{6\pi}{5} + \cos\frac{8\pi}{5} = 0$`, [
        "real part",
        "1 + \\cos",
      ]),
      R(
        "r2",
        1,
        String.raw`(c) Uses symmetry: $\cos\frac{8\pi}{5} = \cos\frac{2\pi}{5}$ and $\cos\frac{6\pi}{5} = \cos\frac{4\pi}{5}$ (conjugate pairs)`,
        ["\\cos\\frac{8\\pi}{5} = \\cos\\frac{2\\pi}{5}", "conjugate"],
        ["m3"],
      ),
      A("a3", 1, String.raw`(c) $1 + 2\cos\frac{2\pi}{5} + 2\cos\frac{4\pi}{5} = 0$`, ["1 + 2\\cos", "= 0"], ["r2"]),
      A("a4", 1, String.raw`(c) Rearranges correctly`, ["rearrange"], ["a3"]),
      AG("ag2", String.raw`(c) $\cos\frac{2\pi}{5} + \cos\frac{4\pi}{5} = -\frac{1}{2}$`, ["-1/2"], ["a4"]),
      M("m4", 1, String.raw`(d) Uses the double angle identity: $\cos\frac{4\pi}{5} = 2c^2 - 1$`, ["2c^2 - 1", "double angle"]),
      A("a5", 1, String.raw`(d) $c + 2c^2 - 1 = -\frac{1}{2}$`, ["c + 2c^2 - 1"], ["m4"]),
      A("a6", 1, String.raw`(d) Multiplies by $2$ and rearranges: $4c^2 + 2c - 2 + 1 = 0$`, ["4c^2 + 2c"], ["a5"]),
      AG("ag3", String.raw`(d) $4c^2 + 2c - 1 = 0$`, ["4c^2 + 2c - 1 = 0"], ["a6"]),
      A("a7", 1, String.raw`(e) $c = \frac{-2 \pm \sqrt{20}}{8} = \frac{-1 \pm \sqrt{5}}{4}$`, ["\\frac{-1 \\pm \\sqrt{5}}{4}", "\\sqrt{20}"]),
      R(
        "r3",
        1,
        String.raw`(e) $0 < \frac{2\pi}{5} < \frac{\pi}{2}$, so $c > 0$ and the negative root is rejected`,
        ["c > 0", "first quadrant", "reject"],
        ["a7"],
      ),
      A("a8", 1, String.raw`(e) $\cos\frac{2\pi}{5} = \frac{\sqrt{5} - 1}{4}$`, ["\\frac{\\sqrt{5} - 1}{4}", "(sqrt5 - 1)/4"], ["r3"]),
    ],
    workedSolution: String.raw`**(a)** Write $1 = \mathrm{e}^{2k\pi\mathrm{i}}$, $k \in \mathbb{Z}$. By De Moivre's theorem the fifth roots are $z = \mathrm{e}^{2k\pi\mathrm{i}/5}$, $k = 0, 1, 2, 3, 4$:

$$z = 1,\ \mathrm{e}^{2\pi\mathrm{i}/5},\ \mathrm{e}^{4\pi\mathrm{i}/5},\ \mathrm{e}^{6\pi\mathrm{i}/5},\ \mathrm{e}^{8\pi\mathrm{i}/5}.$$

**(b)** With $\omega = \mathrm{e}^{2\pi\mathrm{i}/5}$ the roots are $1, \omega, \omega^2, \omega^3, \omega^4$: a geometric series with ratio $\omega \ne 1$.

$$1 + \omega + \omega^2 + \omega^3 + \omega^4 = \frac{1 - \omega^5}{1 - \omega} = \frac{1 - 1}{1 - \omega} = 0.$$

(Alternatively: the roots of $z^5 + 0z^4 + \cdots - 1 = 0$ sum to $-\frac{0}{1} = 0$.)

**(c)** The real part of the sum is also $0$:

$$1 + \cos\tfrac{2\pi}{5} + \cos\tfrac{4\pi}{5} + \cos\tfrac{6\pi}{5} + \cos\tfrac{8\pi}{5} = 0.$$

Since $\cos(2\pi - \theta) = \cos\theta$: $\cos\frac{8\pi}{5} = \cos\frac{2\pi}{5}$ and $\cos\frac{6\pi}{5} = \cos\frac{4\pi}{5}$ (the non-real roots come in conjugate pairs). So

$$1 + 2\cos\tfrac{2\pi}{5} + 2\cos\tfrac{4\pi}{5} = 0 \implies \cos\tfrac{2\pi}{5} + \cos\tfrac{4\pi}{5} = -\tfrac{1}{2}.$$

**(d)** $\cos\frac{4\pi}{5} = \cos\left(2 \cdot \frac{2\pi}{5}\right) = 2c^2 - 1$. Substituting into (c):

$$c + 2c^2 - 1 = -\tfrac{1}{2} \implies 2c^2 + c - \tfrac{1}{2} = 0 \implies 4c^2 + 2c - 1 = 0.$$

**(e)** Quadratic formula:

$$c = \frac{-2 \pm \sqrt{4 + 16}}{8} = \frac{-2 \pm 2\sqrt{5}}{8} = \frac{-1 \pm \sqrt{5}}{4}.$$

$\frac{2\pi}{5}$ ($72°$) is in the first quadrant, so $c > 0$; the root $\frac{-1 - \sqrt{5}}{4}$ is negative and is rejected (it is in fact $\cos\frac{4\pi}{5}$).

$$\cos\frac{2\pi}{5} = \frac{\sqrt{5} - 1}{4} \approx 0.309.$$`,
  },
  {
    key: "math-aa-5-16-04",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "5.16",
    difficulty: 5,
    marks: 16,
    paper: "P3",
    calculator: true,
    commandTerm: "Show that",
    stem: String.raw`This question investigates the integrals $I_n = \displaystyle\int_{0}^{1} x^{n}\mathrm{e}^{x}\,\mathrm{d}x$, for $n \in \mathbb{N}$.

**(a)** Find the exact value of $I_0$. [2]

**(b)** Show that $I_n = \mathrm{e} - nI_{n-1}$ for $n \ge 1$. [3]

**(c)** Hence find $I_1$, $I_2$ and $I_3$, giving each answer in the form $a + b\mathrm{e}$, where $a, b \in \mathbb{Z}$. [4]

**(d)** Show that $0 < I_n < \dfrac{\mathrm{e}}{n + 1}$ for all $n \ge 1$. [4]

**(e)** Hence find $\displaystyle\lim_{n \to \infty} I_n$ and deduce the value of $\displaystyle\lim_{n \to \infty} nI_{n-1}$. [3]`,
    markscheme: [
      M("m1", 1, String.raw`(a) $\int_0^1 \mathrm{e}^x\,\mathrm{d}x = \left[\mathrm{e}^x\right]_0^1$`, ["[e^x]_0^1"]),
      A("a1", 1, String.raw`(a) $I_0 = \mathrm{e} - 1$`, ["e - 1"], ["m1"]),
      M("m2", 1, String.raw`(b) Integration by parts with $u = x^n$, $\frac{\mathrm{d}v}{\mathrm{d}x} = \mathrm{e}^x$`, ["u = x^n", "by parts"]),
      A("a2", 1, String.raw`(b) $\left[x^n\mathrm{e}^x\right]_0^1 - \int_0^1 nx^{n-1}\mathrm{e}^x\,\mathrm{d}x$`, ["[x^n e^x]", "nx^{n-1}"], ["m2"]),
      A(
        "a3",
        1,
        String.raw`(b) $\left[x^n\mathrm{e}^x\right]_0^1 = \mathrm{e} - 0$ (as $n \ge 1$) and the integral is $nI_{n-1}$`,
        ["nI_{n-1}", "e - 0"],
        ["a2"],
      ),
      AG("ag1", String.raw`(b) $I_n = \mathrm{e} - nI_{n-1}$`, ["e - nI_{n-1}"], ["a3"]),
      A("a4", 1, String.raw`(c) $I_1 = \mathrm{e} - (\mathrm{e} - 1) = 1$`, ["I_1 = 1"]),
      M("m3", 1, String.raw`(c) Applies the recurrence again: $I_2 = \mathrm{e} - 2I_1$`, ["e - 2I_1"], ["a4"]),
      A("a5", 1, String.raw`(c) $I_2 = \mathrm{e} - 2$`, ["e - 2"], ["m3"]),
      A("a6", 1, String.raw`(c) $I_3 = \mathrm{e} - 3(\mathrm{e} - 2) = 6 - 2\mathrm{e}$`, ["6 - 2e"], ["a5"]),
      R("r1", 1, String.raw`(d) For $0 < x < 1$: $x^n\mathrm{e}^x > 0$, so $I_n > 0$`, ["> 0", "positive"]),
      R("r2", 1, String.raw`(d) For $0 \le x \le 1$: $\mathrm{e}^x \le \mathrm{e}$, so $x^n\mathrm{e}^x \le \mathrm{e}x^n$ (strict for $0 \le x < 1$)`, [
        "e^x \\le e",
        "x^n e^x \\le e x^n",
      ]),
      M("m4", 1, String.raw`(d) Integrates the bound: $\int_0^1 \mathrm{e}x^n\,\mathrm{d}x$`, ["\\int_0^1 e x^n"], ["r2"]),
      A("a7", 1, String.raw`(d) $= \frac{\mathrm{e}}{n + 1}$, so $0 < I_n < \frac{\mathrm{e}}{n + 1}$`, ["e/(n + 1)"], ["m4"]),
      R(
        "r3",
        1,
        String.raw`(e) $\frac{\mathrm{e}}{n + 1} \to 0$, so by the squeeze (sandwich) principle $I_n \to 0$`,
        ["squeeze", "sandwich", "\\to 0"],
        ["a7"],
      ),
      M("m5", 1, String.raw`(e) Rearranges the recurrence: $nI_{n-1} = \mathrm{e} - I_n$`, ["nI_{n-1} = e - I_n"]),
      A("a8", 1, String.raw`(e) $\lim_{n \to \infty} nI_{n-1} = \mathrm{e}$`, ["= e"], ["r3", "m5"]),
    ],
    workedSolution: String.raw`**(a)** $I_0 = \int_0^1 \mathrm{e}^x\,\mathrm{d}x = \mathrm{e} - 1$.

**(b)** Integrate by parts with $u = x^n$ ($u' = nx^{n-1}$) and $v' = \mathrm{e}^x$ ($v = \mathrm{e}^x$):

$$I_n = \Big[x^n\mathrm{e}^x\Big]_0^1 - n\int_0^1 x^{n-1}\mathrm{e}^x\,\mathrm{d}x = (\mathrm{e} - 0) - nI_{n-1}.$$

(The lower limit gives $0^n\mathrm{e}^0 = 0$ because $n \ge 1$.)

**(c)**
- $I_1 = \mathrm{e} - 1 \cdot I_0 = \mathrm{e} - (\mathrm{e} - 1) = 1$
- $I_2 = \mathrm{e} - 2I_1 = \mathrm{e} - 2$
- $I_3 = \mathrm{e} - 3I_2 = \mathrm{e} - 3\mathrm{e} + 6 = 6 - 2\mathrm{e}$

(GDC check: $\int_0^1 x^3\mathrm{e}^x\,\mathrm{d}x = 0.5634\ldots = 6 - 2\mathrm{e}$ ✓)

**(d)** On $0 < x < 1$, $x^n > 0$ and $\mathrm{e}^x > 0$, so the integrand is positive and $I_n > 0$.

Also $\mathrm{e}^x < \mathrm{e}$ for $0 \le x < 1$, so $x^n\mathrm{e}^x \le \mathrm{e}x^n$, with strict inequality except at the endpoints. Integrating:

$$I_n < \int_0^1 \mathrm{e}x^n\,\mathrm{d}x = \frac{\mathrm{e}}{n + 1}.$$

**(e)** As $n \to \infty$, $\frac{\mathrm{e}}{n + 1} \to 0$. Since $I_n$ is squeezed between $0$ and a quantity tending to $0$, $I_n \to 0$.

From (b), $nI_{n-1} = \mathrm{e} - I_n \to \mathrm{e} - 0 = \mathrm{e}$.`,
  },
  {
    key: "math-aa-2-12-03",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "2.12",
    difficulty: 5,
    marks: 17,
    paper: "P3",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`The equation $x^{3} - x - 1 = 0$ has roots $\alpha$, $\beta$ and $\gamma$. Let $S_n = \alpha^{n} + \beta^{n} + \gamma^{n}$ for $n \in \mathbb{N}$, so that $S_0 = 3$.

**(a)** Write down the values of $\alpha + \beta + \gamma$, $\alpha\beta + \beta\gamma + \gamma\alpha$ and $\alpha\beta\gamma$. [2]

**(b)** Find $S_1$ and $S_2$. [2]

**(c)** Show that $S_{n+3} = S_{n+1} + S_n$ for all $n \in \mathbb{N}$. [3]

**(d)** Hence find $S_3$, $S_4$ and $S_5$. [3]

**(e)** Show that the equation $x^{3} - x - 1 = 0$ has exactly one real root. [4]

**(f)** Let $\alpha$ be the real root. Given that $\alpha > 1$, show that $|\beta| = |\gamma| = \dfrac{1}{\sqrt{\alpha}}$, and hence deduce the limit of $\dfrac{S_{n+1}}{S_n}$ as $n \to \infty$. [3]`,
    markscheme: [
      A("a1", 1, String.raw`(a) $\alpha + \beta + \gamma = 0$, $\alpha\beta + \beta\gamma + \gamma\alpha = -1$`, ["0", "-1"]),
      A("a2", 1, String.raw`(a) $\alpha\beta\gamma = 1$`, ["1"]),
      A("a3", 1, String.raw`(b) $S_1 = 0$`, ["S_1 = 0"], ["a1"]),
      A("a4", 1, String.raw`(b) $S_2 = 0^2 - 2(-1) = 2$`, ["S_2 = 2"], ["a1"]),
      M("m1", 1, String.raw`(c) Each root satisfies the equation: $\alpha^3 = \alpha + 1$`, ["\\alpha^3 = \\alpha + 1"]),
      M(
        "m2",
        1,
        String.raw`(c) Multiplies by $\alpha^n$: $\alpha^{n+3} = \alpha^{n+1} + \alpha^n$ (and similarly for $\beta$, $\gamma$)`,
        ["\\alpha^{n+3} = \\alpha^{n+1} + \\alpha^n"],
        ["m1"],
      ),
      A("a5", 1, String.raw`(c) Adds the three equations`, ["add", "sum"], ["m2"]),
      AG("ag1", String.raw`(c) $S_{n+3} = S_{n+1} + S_n$`, ["S_{n+3} = S_{n+1} + S_n"], ["a5"]),
      A("a6", 1, String.raw`(d) $S_3 = S_1 + S_0 = 3$`, ["S_3 = 3"]),
      A("a7", 1, String.raw`(d) $S_4 = S_2 + S_1 = 2$`, ["S_4 = 2"]),
      A("a8", 1, String.raw`(d) $S_5 = S_3 + S_2 = 5$`, ["S_5 = 5"]),
      M("m3", 1, String.raw`(e) Finds the stationary points of $f(x) = x^3 - x - 1$: $f'(x) = 3x^2 - 1 = 0$, $x = \pm\frac{1}{\sqrt{3}}$`, [
        "3x^2 - 1",
        "\\pm 1/\\sqrt{3}",
      ]),
      A(
        "a9",
        1,
        String.raw`(e) Local maximum value $f\left(-\frac{1}{\sqrt{3}}\right) = \frac{2}{3\sqrt{3}} - 1 \approx -0.615 < 0$`,
        ["-0.615", "\\frac{2}{3\\sqrt{3}} - 1"],
        ["m3"],
      ),
      R(
        "r1",
        1,
        String.raw`(e) Both turning values are negative, so the graph crosses the $x$-axis only once (to the right of $x = \frac{1}{\sqrt{3}}$, where $f$ is increasing)`,
        ["both negative", "crosses once"],
        ["a9"],
      ),
      R(
        "r2",
        1,
        String.raw`(e) At least one real root exists, e.g. $f(1) = -1 < 0 < f(2) = 5$ (or because a cubic with real coefficients has a real root); hence exactly one`,
        ["f(1) = -1", "f(2) = 5", "exactly one"],
      ),
      M(
        "m4",
        1,
        String.raw`(f) $\beta$ and $\gamma$ are complex conjugates, so $\beta\gamma = |\beta|^2$, and $\alpha\beta\gamma = 1$ gives $|\beta|^2 = \frac{1}{\alpha}$`,
        ["conjugate", "|\\beta|^2 = 1/\\alpha"],
        ["a2"],
      ),
      R(
        "r3",
        1,
        String.raw`(f) $\alpha > 1$, so $|\beta| = |\gamma| < 1$ and $\beta^n, \gamma^n \to 0$; hence $S_n \approx \alpha^n$ for large $n$`,
        ["\\beta^n \\to 0", "< 1"],
        ["m4"],
      ),
      A("a10", 1, String.raw`(f) $\frac{S_{n+1}}{S_n} \to \alpha$ (the real root, $\approx 1.32$)`, ["\\to \\alpha", "1.32"], ["r3"]),
    ],
    workedSolution: String.raw`**(a)** For $x^3 + 0x^2 - x - 1 = 0$: sum of roots $= -\frac{0}{1} = 0$; sum of pairwise products $= \frac{-1}{1} = -1$; product $= -\frac{-1}{1} = 1$.

**(b)** $S_1 = \alpha + \beta + \gamma = 0$.
$S_2 = (\alpha + \beta + \gamma)^2 - 2(\alpha\beta + \beta\gamma + \gamma\alpha) = 0 + 2 = 2$.

**(c)** Each root satisfies $x^3 = x + 1$. Multiplying by $x^n$: $\alpha^{n+3} = \alpha^{n+1} + \alpha^n$, and likewise for $\beta$ and $\gamma$. Adding the three equations: $S_{n+3} = S_{n+1} + S_n$.

**(d)** $S_3 = S_1 + S_0 = 0 + 3 = 3$; $S_4 = S_2 + S_1 = 2 + 0 = 2$; $S_5 = S_3 + S_2 = 3 + 2 = 5$.

**(e)** $f'(x) = 3x^2 - 1 = 0$ at $x = \pm\frac{1}{\sqrt{3}}$.

- Local maximum: $f\left(-\frac{1}{\sqrt{3}}\right) = -\frac{1}{3\sqrt{3}} + \frac{1}{\sqrt{3}} - 1 = \frac{2}{3\sqrt{3}} - 1 \approx -0.615 < 0$.
- Local minimum: $f\left(\frac{1}{\sqrt{3}}\right) = -\frac{2}{3\sqrt{3}} - 1 < 0$.

So $f(x) < 0$ for all $x \le \frac{1}{\sqrt{3}}$ (the curve rises to a negative maximum and then falls), and $f$ is increasing for $x > \frac{1}{\sqrt{3}}$, so it crosses the axis at most once there. Since $f(1) = -1$ and $f(2) = 5$, it does cross once (between $1$ and $2$). Exactly one real root.

**(f)** The other two roots are non-real, and since the coefficients are real they are conjugates: $\gamma = \beta^*$, so $\beta\gamma = |\beta|^2$. From $\alpha\beta\gamma = 1$: $|\beta|^2 = \frac{1}{\alpha}$, so $|\beta| = |\gamma| = \frac{1}{\sqrt{\alpha}}$.

As $\alpha > 1$, $|\beta| = |\gamma| < 1$, so $\beta^n \to 0$ and $\gamma^n \to 0$. Therefore $S_n = \alpha^n + (\text{terms} \to 0)$ and

$$\frac{S_{n+1}}{S_n} \to \frac{\alpha^{n+1}}{\alpha^n} = \alpha \approx 1.32,$$

the real root of the equation (the GDC gives $\alpha = 1.3247\ldots$). The integer sequence $3, 0, 2, 3, 2, 5, 5, 7, 10, 12, 17, \ldots$ grows roughly by this factor.`,
  },
];

// ---------------------------------------------------------------------------
// Questions on figures: graphs, diagrams and charts to read from. The figures are drawn in code by
// scripts/figures/math-aa.ts from the numbers in ../figures/math-aa.ts, which also writes their alt text.
// Maths papers have no multiple-choice questions; the two here are quick checks of reading a sketch.
// ---------------------------------------------------------------------------
const figureQuestions: QuestionInput[] = [
  {
    key: "math-aa-fig-01",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.6",
    difficulty: 2,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The diagram shows part of the graph of $y = a(x - h)^{2} + k$. The vertex of the graph is at $(-1, 4)$ and the graph crosses the $y$-axis at $(0, 2)$.

${contentFigure(fig.vertexParabola.file, fig.vertexParabola.alt)}

**(a)** Write down the value of $h$ and the value of $k$.

**(b)** Find the value of $a$.

**(c)** Find the exact values of $x$ where the graph crosses the $x$-axis.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $h = -1$`, ["h = -1"]),
      A("a2", 1, String.raw`(a) $k = 4$`, ["k = 4"]),
      M("m1", 1, String.raw`(b) Substitutes $(0, 2)$: $2 = a(0 + 1)^{2} + 4$`, ["2 = a", "a + 4"]),
      A("a3", 1, String.raw`(b) $a = -2$`, ["a = -2"], ["m1"]),
      M("m2", 1, String.raw`(c) Sets $-2(x + 1)^{2} + 4 = 0$, so $(x + 1)^{2} = 2$`, ["(x + 1)^2 = 2", "= 2"]),
      A("a4", 1, String.raw`(c) $x = -1 \pm \sqrt{2}$`, ["-1 + \\sqrt{2}", "-1 - \\sqrt{2}", "\\pm"], ["m2"]),
    ],
    workedSolution: String.raw`**(a)** In the form $y = a(x - h)^{2} + k$ the vertex is $(h, k)$, so $h = -1$ and $k = 4$. (Watch the sign: $x - h = x + 1$.)

**(b)** The graph passes through $(0, 2)$:
$$2 = a(0 + 1)^{2} + 4 \;\Rightarrow\; a = -2.$$
$a < 0$ agrees with the graph opening downwards.

**(c)** Solve $-2(x + 1)^{2} + 4 = 0$:
$$(x + 1)^{2} = 2 \;\Rightarrow\; x + 1 = \pm\sqrt{2} \;\Rightarrow\; x = -1 \pm \sqrt{2}.$$
Check against the graph: $-1 - \sqrt{2} \approx -2.41$ and $-1 + \sqrt{2} \approx 0.41$, where the curve crosses the $x$-axis.`,
  },
  {
    key: "math-aa-fig-02",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "2.8",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = \dfrac{ax + b}{x + c}$, where $a, b, c \in \mathbb{Z}$. The diagram shows the graph of $y = f(x)$ and its two asymptotes, drawn dashed. The graph crosses the $y$-axis at $(0, -0.5)$.

${contentFigure(fig.rationalGraph.file, fig.rationalGraph.alt)}

**(a)** Write down the equation of the vertical asymptote and the equation of the horizontal asymptote.

**(b)** Hence find the value of $a$, the value of $b$ and the value of $c$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $x = 2$`, ["x = 2"]),
      A("a2", 1, String.raw`(a) $y = 3$`, ["y = 3"]),
      A("a3", 1, String.raw`(b) $c = -2$ (the denominator is zero at $x = 2$)`, ["c = -2"]),
      A("a4", 1, String.raw`(b) $a = 3$ (the horizontal asymptote is $y = \frac{a}{1}$)`, ["a = 3"]),
      M("m1", 1, String.raw`(b) Substitutes $(0, -0.5)$: $\frac{b}{c} = -0.5$, i.e. $\frac{b}{-2} = -0.5$`, ["b/c", "-0.5", "b/-2"]),
      A("a5", 1, String.raw`(b) $b = 1$`, ["b = 1"], ["m1"]),
    ],
    workedSolution: String.raw`**(a)** Reading the dashed lines: vertical asymptote $x = 2$, horizontal asymptote $y = 3$.

**(b)** The vertical asymptote is where the denominator is zero: $x + c = 0$ at $x = 2$, so $c = -2$.

For large $|x|$, $f(x) = \dfrac{ax + b}{x + c} \to \dfrac{a}{1}$, so the horizontal asymptote is $y = a$ and $a = 3$.

At $x = 0$: $f(0) = \dfrac{b}{c} = \dfrac{b}{-2} = -0.5$, so $b = 1$.

So $f(x) = \dfrac{3x + 1}{x - 2}$. Check: the $x$-intercept is $x = -\frac{1}{3}$, between $-1$ and $0$ as on the graph.`,
  },
  {
    key: "math-aa-fig-03",
    type: "MCQ",
    levels: ["SL", "HL"],
    topicCode: "5.7",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: String.raw`The diagram shows the graph of a cubic function $y = f(x)$. It has a local maximum at $x = -1$ and a local minimum at $x = 3$.

${contentFigure(fig.cubicDerivative.file, fig.cubicDerivative.alt)}

Which of the graphs A, B, C or D is the graph of $y = f'(x)$?`,
    options: (["A", "B", "C", "D"] as const).map((id) => ({
      id,
      text: contentFigure(fig.cubicDerivative.options[id].file, fig.cubicDerivative.options[id].alt),
    })),
    correctOptionId: "C",
    markscheme: [
      {
        id: "b1",
        kind: "B",
        marks: 1,
        text: String.raw`C: $f'(x) = 0$ at $x = -1$ and $x = 3$, $f'(x) > 0$ outside them and $f'(x) < 0$ between them`,
        keywords: ["C"],
      },
    ],
    workedSolution: String.raw`Read the gradient of $f$ from left to right:

- for $x < -1$ the curve rises, so $f'(x) > 0$;
- at the turning points $x = -1$ and $x = 3$ the gradient is zero, so $f'(x) = 0$ there;
- between them the curve falls, so $f'(x) < 0$;
- for $x > 3$ it rises again, so $f'(x) > 0$.

The derivative of a cubic is a quadratic, positive outside its roots: a parabola opening upwards through $(-1, 0)$ and $(3, 0)$. That is graph **C**, whose minimum at $x = 1$ is where $f$ is falling most steeply.

A has the right roots but the wrong sign (it would belong to a cubic with a minimum at $-1$ and a maximum at $3$); B is a straight line, the shape of $f''$; D has roots at $-3$ and $1$. Answer **C**.`,
  },
  {
    key: "math-aa-fig-04",
    type: "MCQ",
    levels: ["SL", "HL"],
    topicCode: "2.11",
    difficulty: 3,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "Identify",
    stem: String.raw`The diagram shows the graph of $y = f(x)$, dashed, and the graph of $y = g(x)$, solid. The graph of $g$ is obtained from the graph of $f$ by two transformations.

${contentFigure(fig.zigzagTransform.file, fig.zigzagTransform.alt)}

Which of the following is an expression for $g(x)$?`,
    options: [
      { id: "A", text: String.raw`$2f(x + 3)$` },
      { id: "B", text: String.raw`$f(x - 3) + 2$` },
      { id: "C", text: String.raw`$\tfrac{1}{2}f(x - 3)$` },
      { id: "D", text: String.raw`$2f(x - 3)$` },
    ],
    correctOptionId: "D",
    markscheme: [{ id: "b1", kind: "B", marks: 1, text: String.raw`D: $g(x) = 2f(x - 3)$`, keywords: ["D"] }],
    workedSolution: String.raw`Match corresponding points. The peak $(-3, 2)$ of $f$ becomes the peak $(0, 4)$ of $g$, and the end points $(-5, 0)$ and $(-1, 0)$ become $(-2, 0)$ and $(2, 0)$.

- Every $x$-coordinate increases by $3$: a translation of $3$ units to the right, which replaces $x$ by $x - 3$.
- Every $y$-coordinate is doubled (the zeros stay on the axis, $2 \to 4$, $-1 \to -2$): a vertical stretch with scale factor $2$, which multiplies $f$ by $2$.

So $g(x) = 2f(x - 3)$, option **D**.

B fits the peak alone, since $(-3, 2) \mapsto (0, 4)$, but it would lift $(-5, 0)$ to $(-2, 2)$, not $(-2, 0)$: always check a second point. A moves the graph left; C halves the heights.`,
  },
  {
    key: "math-aa-fig-05",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.11",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The diagram shows the graphs of $y = 4 - x^{2}$ and $y = x^{2} - 2x$. The graphs intersect at the points $A$ and $B$. The shaded region $R$ is enclosed by the two graphs.

${contentFigure(fig.areaBetween.file, fig.areaBetween.alt)}

Find the area of $R$.`,
    numericAnswer: { value: 9 },
    markscheme: [
      M("m1", 1, String.raw`Equates the functions: $4 - x^{2} = x^{2} - 2x$, so $2x^{2} - 2x - 4 = 0$`, ["2x^2 - 2x - 4", "x^2 - x - 2"]),
      A("a1", 1, String.raw`$x = -1$ and $x = 2$`, ["x = -1", "x = 2"], ["m1"]),
      M("m2", 1, String.raw`Integrates upper minus lower between the intersections: $\displaystyle\int_{-1}^{2} \left(4 + 2x - 2x^{2}\right) \mathrm{d}x$`, [
        "4 + 2x - 2x^2",
        "\\int_{-1}^{2}",
      ]),
      A("a2", 1, String.raw`$\left[4x + x^{2} - \frac{2}{3}x^{3}\right]_{-1}^{2}$`, ["4x + x^2", "2x^3/3"], ["m2"]),
      M("m3", 1, String.raw`Substitutes the limits: $\left(8 + 4 - \frac{16}{3}\right) - \left(-4 + 1 + \frac{2}{3}\right)$`, ["20/3", "-7/3"]),
      A("a3", 1, String.raw`Area $= 9$`, ["9"], ["m3"]),
    ],
    workedSolution: String.raw`**Intersections.** $4 - x^{2} = x^{2} - 2x \;\Rightarrow\; 2x^{2} - 2x - 4 = 0 \;\Rightarrow\; (x - 2)(x + 1) = 0$, so $A$ is at $x = -1$ and $B$ at $x = 2$.

**Area.** On $-1 \le x \le 2$ the curve $y = 4 - x^{2}$ is the upper boundary (check at $x = 0$: $4 > 0$):
$$\int_{-1}^{2} \left[(4 - x^{2}) - (x^{2} - 2x)\right] \mathrm{d}x = \int_{-1}^{2} \left(4 + 2x - 2x^{2}\right) \mathrm{d}x = \left[4x + x^{2} - \tfrac{2}{3}x^{3}\right]_{-1}^{2}$$
$$= \left(8 + 4 - \tfrac{16}{3}\right) - \left(-4 + 1 + \tfrac{2}{3}\right) = \tfrac{20}{3} + \tfrac{7}{3} = 9.$$

Integrating upper minus lower counts the part of $R$ below the $x$-axis correctly: no need to split the region.`,
  },
  {
    key: "math-aa-fig-06",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "3.7",
    difficulty: 3,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`Let $f(x) = a\cos(bx) + d$, for $0 \le x \le \dfrac{4\pi}{3}$, where $a$, $b$ and $d$ are positive constants. The diagram shows the graph of $y = f(x)$. It has maximum points at $(0, 3)$, $\left(\dfrac{2\pi}{3}, 3\right)$ and $\left(\dfrac{4\pi}{3}, 3\right)$, and minimum points at $\left(\dfrac{\pi}{3}, -1\right)$ and $(\pi, -1)$.

${contentFigure(fig.cosineGraph.file, fig.cosineGraph.alt)}

**(a)** Find the value of $a$, the value of $b$ and the value of $d$.

**(b)** Hence solve the equation $f(x) = 2$ for $0 \le x \le \dfrac{2\pi}{3}$.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $a = \frac{3 - (-1)}{2} = 2$`, ["a = 2"]),
      A("a2", 1, String.raw`(a) $d = \frac{3 + (-1)}{2} = 1$`, ["d = 1"]),
      M("m1", 1, String.raw`(a) Period $= \frac{2\pi}{3}$ and uses period $= \frac{2\pi}{b}$`, ["period", "2\\pi/3", "2\\pi/b"]),
      A("a3", 1, String.raw`(a) $b = 3$`, ["b = 3"], ["m1"]),
      M("m2", 1, String.raw`(b) $2\cos(3x) + 1 = 2$, so $\cos(3x) = \frac{1}{2}$`, ["cos(3x) = 1/2", "\\frac{1}{2}"]),
      A("a4", 1, String.raw`(b) $3x = \frac{\pi}{3}$ or $3x = \frac{5\pi}{3}$`, ["\\pi/3", "5\\pi/3"], ["m2"]),
      A("a5", 1, String.raw`(b) $x = \frac{\pi}{9}$, $x = \frac{5\pi}{9}$`, ["\\pi/9", "5\\pi/9"], ["a4"]),
    ],
    workedSolution: String.raw`**(a)** The graph oscillates between $3$ and $-1$.

- Amplitude: $a = \dfrac{3 - (-1)}{2} = 2$.
- Principal axis: $d = \dfrac{3 + (-1)}{2} = 1$.
- One full cycle runs from the maximum at $x = 0$ to the next maximum at $x = \dfrac{2\pi}{3}$, so the period is $\dfrac{2\pi}{3} = \dfrac{2\pi}{b}$, giving $b = 3$.

So $f(x) = 2\cos(3x) + 1$. (Check: $f\left(\frac{\pi}{3}\right) = 2\cos\pi + 1 = -1$.)

**(b)** $2\cos(3x) + 1 = 2 \Rightarrow \cos(3x) = \dfrac{1}{2}$. For $0 \le x \le \dfrac{2\pi}{3}$, $0 \le 3x \le 2\pi$, so
$$3x = \frac{\pi}{3} \text{ or } 3x = 2\pi - \frac{\pi}{3} = \frac{5\pi}{3} \;\Rightarrow\; x = \frac{\pi}{9} \text{ or } x = \frac{5\pi}{9}.$$
On the graph, the line $y = 2$ meets the first arch twice in this interval, once on the way down and once on the way up.`,
  },
  {
    key: "math-aa-fig-07",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "4.2",
    difficulty: 2,
    marks: 7,
    paper: "P1",
    calculator: false,
    commandTerm: "Compare",
    stem: String.raw`The box-and-whisker plots show the marks scored in the same test by the students of two classes, A and B.

${contentFigure(fig.boxPlots.file, fig.boxPlots.alt)}

**(a)** Write down the median mark of class A.

**(b)** Find the interquartile range of the marks in each class.

**(c)** Show that the highest mark in class B is an outlier.

**(d)** Compare the marks of the two classes, referring to a measure of central tendency and a measure of spread.`,
    markscheme: [
      A("a1", 1, String.raw`(a) $62$`, ["62"]),
      A("a2", 1, String.raw`(b) Class A: $70 - 48 = 22$`, ["22"]),
      A("a3", 1, String.raw`(b) Class B: $66 - 54 = 12$`, ["12"]),
      M("m1", 1, String.raw`(c) Upper fence $= Q_3 + 1.5 \times \text{IQR} = 66 + 1.5 \times 12$`, ["1.5", "66 + 18"]),
      R("r1", 1, String.raw`(c) $= 84$, and $96 > 84$`, ["84", "96 > 84"], ["m1"]),
      AG("ag1", "(c) so the highest mark is an outlier", ["outlier"]),
      R("r2", 1, String.raw`(d) Class A has the higher median ($62$ against $58$), so its marks are higher on average`, ["median", "62", "58", "higher"]),
      R("r3", 1, String.raw`(d) Class B has the smaller IQR ($12$ against $22$), so its marks are more consistent / less spread out`, [
        "IQR",
        "consistent",
        "spread",
      ]),
    ],
    workedSolution: String.raw`**(a)** The median is the line inside the box: $62$.

**(b)** IQR $= Q_3 - Q_1$.
- Class A: $70 - 48 = 22$.
- Class B: $66 - 54 = 12$.

**(c)** A value is an outlier if it is more than $1.5 \times \text{IQR}$ above the upper quartile:
$$66 + 1.5 \times 12 = 84, \qquad 96 > 84,$$
so the highest mark in class B, $96$, is an outlier.

**(d)** Compare like with like, in context:
- **Centre:** class A's median ($62$) is higher than class B's ($58$), so class A generally scored higher.
- **Spread:** class B's IQR ($12$) is much smaller than class A's ($22$), so the middle half of class B's marks are closer together: class B's results are more consistent, apart from the one very high mark.

(Compare the IQRs rather than the ranges: the range of B, $96 - 40 = 56$, is inflated by the outlier.)`,
  },
  {
    key: "math-aa-fig-08",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The masses, $m$ grams, of $80$ apples were recorded. The cumulative frequency curve shows the results.

${contentFigure(fig.cumulativeApples.file, fig.cumulativeApples.alt)}

Use the curve to find the interquartile range of the masses.`,
    numericAnswer: { value: 40, tolerance: 2, unit: "g" },
    markscheme: [
      M("m1", 1, String.raw`Reads the curve at cumulative frequencies $20$ and $60$ ($\frac{1}{4}$ and $\frac{3}{4}$ of $80$)`, ["20", "60"]),
      A("a1", 1, String.raw`$Q_1 = 140$ and $Q_3 = 180$`, ["140", "180"], ["m1"]),
      A("a2", 1, String.raw`IQR $= 40$ grams`, ["40"], ["a1"]),
    ],
    workedSolution: String.raw`With $80$ apples, the lower quartile is the mass at cumulative frequency $\frac{80}{4} = 20$ and the upper quartile the mass at $\frac{3 \times 80}{4} = 60$.

Reading across from $20$ and from $60$ on the vertical axis to the curve and down:
- $Q_1 = 140$ g
- $Q_3 = 180$ g

IQR $= 180 - 140 = 40$ g.

(The median, read at $40$, is $160$ g.)`,
  },
  {
    key: "math-aa-fig-09",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.2",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The diagram shows a quadrilateral $ABCD$ with $AB = 6\text{ cm}$, $BC = 9\text{ cm}$, $A\hat{B}C = 110°$, $C\hat{A}D = 35°$ and $A\hat{C}D = 50°$.

${contentFigure(fig.quadrilateral.file, fig.quadrilateral.alt)}

Find $CD$, giving your answer in centimetres correct to three significant figures.`,
    numericAnswer: { value: 7.14, tolerance: 0.005, unit: "cm", sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Uses the cosine rule in triangle $ABC$: $AC^{2} = 6^{2} + 9^{2} - 2(6)(9)\cos 110°$`, ["cosine rule", "cos 110"]),
      A("a1", 1, String.raw`$AC = 12.4$ ($12.4071\ldots$)`, ["12.4"], ["m1"]),
      A("a2", 1, String.raw`$A\hat{D}C = 180° - 35° - 50° = 95°$`, ["95"]),
      M("m2", 1, String.raw`Uses the sine rule in triangle $ACD$: $\dfrac{CD}{\sin 35°} = \dfrac{AC}{\sin 95°}$`, ["sine rule", "sin 35", "sin 95"]),
      A("a3", 1, String.raw`$CD = 7.14\text{ cm}$ ($7.14365\ldots$)`, ["7.14"], ["m2"]),
    ],
    workedSolution: String.raw`**Triangle $ABC$** has two sides and the included angle, so use the cosine rule:
$$AC^{2} = 6^{2} + 9^{2} - 2(6)(9)\cos 110° = 117 + 36.938\ldots = 153.938\ldots, \qquad AC = 12.407\ldots\text{ cm}.$$

**Triangle $ACD$**: the third angle is $A\hat{D}C = 180° - 35° - 50° = 95°$. $CD$ is opposite the $35°$ angle at $A$ and $AC$ is opposite the $95°$ angle at $D$, so by the sine rule
$$\frac{CD}{\sin 35°} = \frac{AC}{\sin 95°} \;\Rightarrow\; CD = \frac{12.407\ldots \times \sin 35°}{\sin 95°} = 7.14\text{ cm (3 s.f.)}.$$

Keep the unrounded $AC$ in the GDC: using $12.4$ gives $7.139\ldots$, which still rounds to $7.14$ here but need not in general.`,
  },
  {
    key: "math-aa-fig-10",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "3.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The diagram shows a sector $OAB$ of a circle with centre $O$, in which $A\hat{O}B = 0.9$ radians. The points $C$ and $D$ lie on $[OA]$ and $[OB]$, with $OC = OD = 5\text{ cm}$ and $CA = DB = 3\text{ cm}$, and are joined by an arc of a circle with centre $O$. The region $ACDB$ between the two arcs is shaded.

${contentFigure(fig.ringSector.file, fig.ringSector.alt)}

Find the perimeter of the shaded region.`,
    numericAnswer: { value: 17.7, unit: "cm" },
    markscheme: [
      M("m1", 1, String.raw`Uses arc length $= r\theta$ with $\theta = 0.9$`, ["r\\theta", "0.9"]),
      A("a1", 1, String.raw`Arc $AB = 8 \times 0.9 = 7.2$`, ["7.2"], ["m1"]),
      A("a2", 1, String.raw`Arc $CD = 5 \times 0.9 = 4.5$`, ["4.5"], ["m1"]),
      A("a3", 1, String.raw`Perimeter $= 7.2 + 4.5 + 3 + 3 = 17.7\text{ cm}$`, ["17.7"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`The shaded region is bounded by two arcs and two straight edges.

- Outer arc $AB$: radius $OA = 5 + 3 = 8$ cm, so its length is $8 \times 0.9 = 7.2$ cm.
- Inner arc $CD$: radius $5$ cm, length $5 \times 0.9 = 4.5$ cm.
- Straight edges: $CA = DB = 3$ cm.

Perimeter $= 7.2 + 4.5 + 3 + 3 = 17.7$ cm.

A common slip is to use $3$ cm as the radius of the outer arc: the radius is measured from the centre $O$.`,
  },
  {
    key: "math-aa-fig-11",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.6",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`On any school day, the probability that it rains is $0.3$. If it rains, the probability that Priya is late for school is $0.4$; if it does not rain, the probability that she is late is $0.1$. The tree diagram shows this information.

${contentFigure(fig.rainTree.file, fig.rainTree.alt)}

Given that Priya is late for school on a particular day, find the probability that it rained that day. Give your answer correct to three significant figures.`,
    numericAnswer: { value: 0.632, tolerance: 0.0005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Adds the two paths to Late: $P(L) = 0.3 \times 0.4 + 0.7 \times 0.1$`, ["0.3 \\times 0.4", "0.7 \\times 0.1"]),
      A("a1", 1, String.raw`$P(L) = 0.19$`, ["0.19"], ["m1"]),
      M("m2", 1, String.raw`Uses $P(R \mid L) = \dfrac{P(R \cap L)}{P(L)} = \dfrac{0.12}{0.19}$`, ["0.12/0.19", "\\frac{0.12}{0.19}"]),
      A("a2", 1, String.raw`$0.632$ ($\frac{12}{19}$)`, ["0.632", "12/19"], ["m2"]),
    ],
    workedSolution: String.raw`Let $R$ be "it rains" and $L$ "Priya is late".

Multiply along each branch that ends in Late:
- Rain and late: $0.3 \times 0.4 = 0.12$
- No rain and late: $0.7 \times 0.1 = 0.07$

So $P(L) = 0.12 + 0.07 = 0.19$ and
$$P(R \mid L) = \frac{P(R \cap L)}{P(L)} = \frac{0.12}{0.19} = \frac{12}{19} = 0.632 \text{ (3 s.f.)}.$$

Rain happens on only $30\%$ of days, but it makes lateness four times as likely, so most late days ($63\%$) are rainy ones.`,
  },
  {
    key: "math-aa-fig-12",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.9",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`A particle moves in a straight line. Its velocity, $v\ \text{m s}^{-1}$, at time $t$ seconds is given by $v(t) = 3t^{2} - 12t + 9$, for $0 \le t \le 4$. The diagram shows the graph of $v$ against $t$; the region between the graph and the $t$-axis where $v < 0$ is shaded.

${contentFigure(fig.velocityCubic.file, fig.velocityCubic.alt)}

Find the total distance travelled by the particle for $0 \le t \le 4$.`,
    numericAnswer: { value: 12, unit: "m" },
    markscheme: [
      M("m1", 1, String.raw`Solves $v(t) = 0$: $3(t - 1)(t - 3) = 0$`, ["(t - 1)(t - 3)", "v = 0"]),
      A("a1", 1, String.raw`$t = 1$ and $t = 3$`, ["t = 1", "t = 3"], ["m1"]),
      M(
        "m2",
        1,
        String.raw`Distance $= \displaystyle\int_0^1 v\,\mathrm{d}t - \int_1^3 v\,\mathrm{d}t + \int_3^4 v\,\mathrm{d}t$ (or $\int_0^4 |v|\,\mathrm{d}t$)`,
        ["|v|", "\\int_1^3"],
      ),
      A("a2", 1, String.raw`Antiderivative $t^{3} - 6t^{2} + 9t$`, ["t^3 - 6t^2 + 9t"], ["m2"]),
      A("a3", 1, String.raw`The three parts are $4$, $-4$ and $4$`, ["4", "-4"], ["a2"]),
      A("a4", 1, String.raw`Total distance $= 12\text{ m}$`, ["12"], ["a3"]),
    ],
    workedSolution: String.raw`The particle turns round where $v = 0$: $3t^{2} - 12t + 9 = 3(t - 1)(t - 3) = 0$, at $t = 1$ and $t = 3$. Between them $v < 0$ (the shaded part), so it moves backwards.

With $s(t) = t^{3} - 6t^{2} + 9t$ (an antiderivative of $v$):
$$s(0) = 0,\quad s(1) = 4,\quad s(3) = 27 - 54 + 27 = 0,\quad s(4) = 64 - 96 + 36 = 4.$$

- $0 \le t \le 1$: forwards $4$ m
- $1 \le t \le 3$: backwards $4$ m (the shaded area)
- $3 \le t \le 4$: forwards $4$ m

Total distance $= 4 + 4 + 4 = 12$ m. (The displacement is only $4 - 4 + 4 = 4$ m: integrating $v$ from $0$ to $4$ without splitting gives the displacement, not the distance.)`,
  },
  {
    key: "math-aa-fig-13",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "2.9",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The diagram shows the graph of $y = \ln(x - p) + q$, where $p, q \in \mathbb{R}$. The line $x = -2$ is a vertical asymptote of the graph, and the graph passes through the point $(-1, 3)$.

${contentFigure(fig.logGraph.file, fig.logGraph.alt)}

Find the $x$-coordinate of the point where the graph crosses the $x$-axis. Give your answer correct to three significant figures.`,
    numericAnswer: { value: -1.95, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      A("a1", 1, String.raw`$p = -2$ (the logarithm is undefined where $x - p = 0$)`, ["p = -2"]),
      M("m1", 1, String.raw`Substitutes $(-1, 3)$: $3 = \ln(-1 + 2) + q$`, ["\\ln(1)", "ln 1"]),
      A("a2", 1, String.raw`$q = 3$`, ["q = 3"], ["m1"]),
      M("m2", 1, String.raw`Solves $\ln(x + 2) + 3 = 0$: $x = \mathrm{e}^{-3} - 2$`, ["e^{-3}", "e^-3"]),
      A("a3", 1, String.raw`$x = -1.95$ ($-1.95021\ldots$)`, ["-1.95"], ["m2"]),
    ],
    workedSolution: String.raw`$\ln(x - p)$ is defined for $x > p$ and tends to $-\infty$ as $x \to p$, so the vertical asymptote is $x = p$: $p = -2$.

Through $(-1, 3)$: $3 = \ln(-1 + 2) + q = \ln 1 + q = q$, so $q = 3$ and $y = \ln(x + 2) + 3$.

On the $x$-axis:
$$\ln(x + 2) = -3 \;\Rightarrow\; x + 2 = \mathrm{e}^{-3} \;\Rightarrow\; x = \mathrm{e}^{-3} - 2 = -1.95 \text{ (3 s.f.)}.$$

This agrees with the graph, which crosses the $x$-axis just to the right of the asymptote.`,
  },
  {
    key: "math-aa-fig-14",
    type: "NUMERIC",
    levels: ["HL"],
    topicCode: "5.17",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The diagram shows the region $R$ enclosed by the curve $y = \sqrt{x}$ and the line $y = \dfrac{x}{2}$, which meet at the origin and at the point $(4, 2)$.

${contentFigure(fig.rootLineRegion.file, fig.rootLineRegion.alt)}

The region $R$ is rotated through $2\pi$ about the $x$-axis. Find the volume of the solid formed, giving your answer correct to three significant figures.`,
    numericAnswer: { value: 8.38, tolerance: 0.005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M(
        "m1",
        1,
        String.raw`Subtracts the volumes of revolution: $V = \pi\displaystyle\int_0^4 \left(\sqrt{x}\right)^{2} \mathrm{d}x - \pi\int_0^4 \left(\frac{x}{2}\right)^{2} \mathrm{d}x$`,
        ["\\pi\\int", "y^2"],
      ),
      A("a1", 1, String.raw`$\pi\displaystyle\int_0^4 \left(x - \frac{x^{2}}{4}\right) \mathrm{d}x$`, ["x - x^2/4"], ["m1"]),
      A("a2", 1, String.raw`$\pi\left[\frac{x^{2}}{2} - \frac{x^{3}}{12}\right]_0^4 = \pi\left(8 - \frac{16}{3}\right)$`, ["8 - 16/3", "x^3/12"], ["a1"]),
      A("a3", 1, String.raw`$V = \frac{8\pi}{3}$`, ["8\\pi/3"], ["a2"]),
      A("a4", 1, String.raw`$V = 8.38$ ($8.37758\ldots$)`, ["8.38"], ["a3"]),
    ],
    workedSolution: String.raw`Rotating $R$ about the $x$-axis gives a solid with a hole: each slice at $x$ is a washer with outer radius $\sqrt{x}$ (the curve) and inner radius $\dfrac{x}{2}$ (the line). So
$$V = \pi\int_0^4 \left[\left(\sqrt{x}\right)^{2} - \left(\frac{x}{2}\right)^{2}\right] \mathrm{d}x = \pi\int_0^4 \left(x - \frac{x^{2}}{4}\right) \mathrm{d}x = \pi\left[\frac{x^{2}}{2} - \frac{x^{3}}{12}\right]_0^4 = \pi\left(8 - \frac{16}{3}\right) = \frac{8\pi}{3}.$$

$V = 8.38$ (3 s.f.).

The common error is $\pi\displaystyle\int_0^4 \left(\sqrt{x} - \frac{x}{2}\right)^{2} \mathrm{d}x$, which squares the difference of the radii instead of taking the difference of their squares; it gives $1.68$.`,
  },
  {
    key: "math-aa-fig-15",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "4.9",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Find",
    stem: String.raw`The times, $T$ seconds, that students take to solve a puzzle are normally distributed with mean $50$ and standard deviation $4$. The diagram shows the distribution of $T$.

${contentFigure(fig.normalShaded.file, fig.normalShaded.alt)}

Find the probability represented by the shaded region, $P(46 < T < 58)$, correct to three significant figures.`,
    numericAnswer: { value: 0.819, tolerance: 0.0005, sigFigs: 3, sigFigsExact: true },
    markscheme: [
      M("m1", 1, String.raw`Normal CDF with lower bound $46$ and upper bound $58$, mean $50$, SD $4$ (or $P(-1 < Z < 2)$)`, [
        "normalcdf",
        "46",
        "58",
        "-1 < Z < 2",
      ]),
      A("a1", 1, String.raw`$0.819$ ($0.818594\ldots$)`, ["0.819"], ["m1"]),
    ],
    workedSolution: String.raw`The shaded region runs from $T = 46$ to $T = 58$. With the GDC's normal CDF (lower $46$, upper $58$, $\mu = 50$, $\sigma = 4$):
$$P(46 < T < 58) = 0.819 \text{ (3 s.f.)}.$$

In standard units $46$ is one standard deviation below the mean and $58$ two above, so this is $P(-1 < Z < 2) \approx 0.3413 + 0.4772 = 0.8186$, a useful check against the familiar $68\%$ and $95\%$ figures.`,
  },
  {
    key: "math-aa-fig-16",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "5.5",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    calculator: false,
    commandTerm: "Find",
    stem: String.raw`The graph of $y = f(x)$ for $0 \le x \le 10$ consists of straight line segments, as shown in the diagram.

${contentFigure(fig.piecewiseIntegral.file, fig.piecewiseIntegral.alt)}

Find the value of $\displaystyle\int_0^{10} f(x)\,\mathrm{d}x$.`,
    numericAnswer: { value: 22 },
    markscheme: [
      M("m1", 1, String.raw`Uses areas, counting the part below the $x$-axis as negative`, ["area", "negative", "below"]),
      A("a1", 1, String.raw`Area above the axis (trapezium, $0 \le x \le 8$) $= \frac{1}{2}(8 + 4) \times 4 = 24$`, ["24"], ["m1"]),
      A("a2", 1, String.raw`Area below the axis (triangle, $8 \le x \le 10$) $= \frac{1}{2} \times 2 \times 2 = 2$`, ["2"], ["m1"]),
      A("a3", 1, String.raw`$\displaystyle\int_0^{10} f(x)\,\mathrm{d}x = 24 - 2 = 22$`, ["22"], ["a1", "a2"]),
    ],
    workedSolution: String.raw`A definite integral is the signed area between the graph and the $x$-axis: area above counts as positive, area below as negative.

- $0 \le x \le 8$: a trapezium with parallel sides $8$ (along the axis) and $4$ (from $x = 2$ to $x = 6$) and height $4$: area $\frac{1}{2}(8 + 4) \times 4 = 24$.
- $8 \le x \le 10$: a triangle below the axis with base $2$ and height $2$: area $2$.

$$\int_0^{10} f(x)\,\mathrm{d}x = 24 - 2 = 22.$$

(The total area between the graph and the axis would be $24 + 2 = 26$.)`,
  },
];

const content: SubjectQuestions = {
  subject: "math-aa",
  questions: [...topic1, ...topic2, ...topic3, ...topic4, ...topic5, ...paper3, ...figureQuestions],
  groups: mathAaGroups,
};

export default content;
