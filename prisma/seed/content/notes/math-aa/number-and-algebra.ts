import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// Maths AA revision notes for topic 1, Number and algebra (1.1–1.9 for both levels, 1.10–1.16 HL only).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const numberAndAlgebraNotes: TopicNoteInput[] = [
  {
    key: "mathaa-note-1-1",
    levels: BOTH,
    topicCode: "1.1",
    body: String.raw`**Scientific notation** (standard form) writes a number as $a \times 10^k$ with $1 \leq a < 10$ and $k$ an integer: $4\,700\,000 = 4.7 \times 10^6$ and $0.00032 = 3.2 \times 10^{-4}$. Exam questions ask you to convert, to multiply or divide numbers in this form, and to give an answer in the form $a \times 10^k$, often inside a context such as distances in space or the size of a cell.

### Key ideas

- The power $k$ counts how many places the decimal point moves: positive for large numbers, negative for numbers between 0 and 1.
- $a$ must satisfy $1 \leq a < 10$. So $14.4 \times 10^3$ is a correct value but *not* in scientific notation; rewrite it as $1.44 \times 10^4$.
- Multiplying: multiply the $a$ parts and **add** the powers. Dividing: divide the $a$ parts and **subtract** the powers. These are the laws of exponents from 1.5.
- Adding or subtracting: first rewrite both numbers with the same power of 10 (or convert to ordinary numbers), then add.

### Worked example

Find, giving each answer in the form $a \times 10^k$ where $1 \leq a < 10$ and $k \in \mathbb{Z}$:

(a) $\left(3.2 \times 10^5\right) \times \left(4.5 \times 10^{-2}\right)$

$$3.2 \times 4.5 = 14.4, \qquad 10^{5 + (-2)} = 10^3, \qquad 14.4 \times 10^3 = 1.44 \times 10^4$$

(b) $\dfrac{6.0 \times 10^8}{2.4 \times 10^3}$

$$\frac{6.0}{2.4} = 2.5, \qquad 10^{8 - 3} = 10^5, \qquad \text{answer } 2.5 \times 10^5$$

(c) $3.1 \times 10^4 + 5.2 \times 10^3$

$$3.1 \times 10^4 + 0.52 \times 10^4 = 3.62 \times 10^4$$

### In context

The Sun is about $1.5 \times 10^{11}$ m from the Earth and light travels at about $3.0 \times 10^8$ m s$^{-1}$. The time light takes to reach us is

$$\frac{1.5 \times 10^{11}}{3.0 \times 10^8} = 0.5 \times 10^3 = 5.0 \times 10^2 \text{ s},$$

a little over 8 minutes. Notice the rewriting of $0.5 \times 10^3$ at the end.

### Using the GDC

On Paper 2 the calculator shows large results as, for example, 1.44E4. That is calculator notation, not an answer: write $1.44 \times 10^4$. You can set the GDC to scientific mode, but check the number of significant figures it displays.

### Common mistakes

- Leaving $a$ outside the range $1 \leq a < 10$ (for example $0.5 \times 10^3$ or $14.4 \times 10^3$): a correct value in the wrong form loses the final mark when the question asks for the form $a \times 10^k$.
- Multiplying the powers instead of adding them: $10^5 \times 10^{-2} = 10^3$, not $10^{-10}$.
- Adding powers when *adding* numbers: $3.1 \times 10^4 + 5.2 \times 10^3$ is not $8.3 \times 10^7$.

### Exam tips

- Unless told otherwise, give non-exact answers to three significant figures; keep more figures in intermediate working.
- Questions often say "write down" the number in scientific notation: no working is needed, but the form must be exact.`,
  },
  {
    key: "mathaa-note-1-2",
    levels: BOTH,
    topicCode: "1.2",
    body: String.raw`An **arithmetic sequence** adds the same amount, the *common difference* $d$, to get from one term to the next: $3, 7, 11, 15, \dots$ has $u_1 = 3$ and $d = 4$. Questions ask for a particular term, the number of terms, or the sum of the first $n$ terms, and often give two terms and leave you to find $u_1$ and $d$.

### The formulae (in the formula booklet)

| | Formula |
|---|---|
| $n$th term | $u_n = u_1 + (n-1)d$ |
| Sum of $n$ terms | $S_n = \frac{n}{2}\left(2u_1 + (n-1)d\right) = \frac{n}{2}\left(u_1 + u_n\right)$ |

Use the second form of $S_n$ when you know the last term.

### Worked example

The 4th term of an arithmetic sequence is 17 and the 10th term is 41. Find the sum of the first 20 terms.

$$u_{10} - u_4 = 6d = 24 \;\Rightarrow\; d = 4, \qquad u_1 = 17 - 3 \times 4 = 5$$

$$S_{20} = \frac{20}{2}\left(2 \times 5 + 19 \times 4\right) = 10 \times 86 = 860$$

### Sigma notation

$\sum_{r=1}^{n} (a r + b)$ is an arithmetic series with $d = a$: write out the first term ($r = 1$) and the last ($r = n$) and use $S_n = \frac{n}{2}(u_1 + u_n)$.

### Exam tips

- "How many terms" questions end with an equation in $n$: $n$ must be a positive integer, so round *up* when the question asks for the first term to exceed a value, and say why.
- In context (seats in rows, savings that rise by a fixed amount each month) state what $u_1$ and $d$ are before using a formula: the method mark is for the right formula with the right values.
- Paper 2: a GDC sequence table is fine for finding a term, but show the formula you set up.`,
  },
  {
    key: "mathaa-note-1-3",
    levels: BOTH,
    topicCode: "1.3",
    body: String.raw`A **geometric sequence** multiplies by the same number, the *common ratio* $r$, each time: $2, 6, 18, 54, \dots$ has $u_1 = 2$ and $r = 3$. The ratio can be a fraction (the terms shrink) or negative (the signs alternate).

### The formulae (in the formula booklet)

| | Formula |
|---|---|
| $n$th term | $u_n = u_1 r^{\,n-1}$ |
| Sum of $n$ terms | $S_n = \frac{u_1\left(r^n - 1\right)}{r - 1} = \frac{u_1\left(1 - r^n\right)}{1 - r}, \quad r \neq 1$ |

Both forms of $S_n$ are the same; the second avoids negative numbers when $0 < r < 1$.

### Finding $r$

Divide any term by the one before it: $r = \frac{u_{k+1}}{u_k}$. Given two terms, divide them: if $u_3 = 12$ and $u_6 = 96$ then $r^3 = 8$, so $r = 2$ and $u_1 = 12 \div 2^2 = 3$.

### Worked example

Find the least number of terms of $5 + 10 + 20 + \dots$ whose sum exceeds $10\,000$.

$$S_n = \frac{5\left(2^n - 1\right)}{2 - 1} > 10\,000 \;\Rightarrow\; 2^n > 2001 \;\Rightarrow\; n > \frac{\ln 2001}{\ln 2} \approx 10.97$$

So $n = 11$ (check: $S_{10} = 5115$, $S_{11} = 10\,235$).

### Exam tips

- An unknown in the exponent needs logarithms (Paper 1) or a GDC table or solver (Paper 2). State the inequality before you solve it.
- If the ratio is written in terms of $x$, "the sequence is geometric" gives you an equation: $\frac{u_2}{u_1} = \frac{u_3}{u_2}$.
- Do not confuse $u_1 r^{n-1}$ with $(u_1 r)^{n-1}$.`,
  },
  {
    key: "mathaa-note-1-4",
    levels: BOTH,
    topicCode: "1.4",
    body: String.raw`Money that earns **compound interest** grows by the same percentage each period, and an object that **depreciates** loses the same percentage each period. Both are geometric sequences in disguise: each value is the previous one multiplied by a fixed ratio. Questions ask for a future value, the interest rate, or how long it takes to reach a target, and on Paper 2 you are expected to use the GDC's finance (TVM) solver.

### The formula (in the formula booklet)

$$FV = PV \times \left(1 + \frac{r}{100k}\right)^{kn}$$

where $PV$ is the present value, $FV$ the future value, $n$ the number of years, $k$ the number of compounding periods per year and $r\%$ the nominal annual interest rate.

- Compounded annually: $k = 1$; half-yearly: $k = 2$; quarterly: $k = 4$; monthly: $k = 12$.
- **Depreciation** at $r\%$ per year uses the same idea with a ratio below 1: value after $n$ years $= PV\left(1 - \frac{r}{100}\right)^n$.

### Worked example 1: compound interest

Amira invests €5000 at a nominal annual rate of 3.6%, compounded monthly. Find the value of the investment after 8 years.

$$FV = 5000\left(1 + \frac{3.6}{100 \times 12}\right)^{12 \times 8} = 5000\,(1.003)^{96} = 6665.91$$

So the investment is worth €6665.91 (to the nearest cent).

**With the TVM solver:** $N = 96$, $I\% = 3.6$, $PV = -5000$, $PMT = 0$, $P/Y = C/Y = 12$, solve for $FV$. The sign convention matters: money you pay in is negative, money you receive is positive.

### Worked example 2: depreciation

A car bought for USD 24 000 loses 15% of its value each year. Find its value after 5 years.

$$24\,000 \times 0.85^5 = 10\,648.93$$

The car is worth about USD 10 600 after 5 years (USD 10 648.93 to the nearest cent).

### How long until...?

For "how many years until the investment in example 1 doubles", set up $5000(1.003)^{12n} = 10\,000$, so $1.003^{12n} = 2$ and

$$12n = \frac{\ln 2}{\ln 1.003} \approx 231.4 \;\Rightarrow\; n \approx 19.3.$$

Interest is only added at the end of each month, so it doubles after 232 months, during the 20th year. Always read the question: "number of complete years" and "number of months" have different answers.

### Common mistakes

- Using $r = 3.6$ instead of $\frac{3.6}{100} = 0.036$, or forgetting to divide the rate by $k$.
- Using the exponent $n$ instead of $kn$ when interest is compounded more than once a year.
- For depreciation, multiplying by $0.15$ (the amount lost) instead of $0.85$ (the amount kept).
- Rounding money too early; give final money answers to 2 decimal places or as the question asks.

### Exam tips

- Write down the values you enter in the TVM solver ($N$, $I\%$, $PV$, $FV$, $P/Y$, $C/Y$): that is your working on Paper 2.
- **Inflation**: a "real" rate of return is approximated by subtracting the inflation rate from the interest rate before using the formula.
- If a question asks you to **show that** a value is correct, substitute into the formula and give more figures than the value you are asked to reach.`,
  },
  {
    key: "mathaa-note-1-5",
    levels: BOTH,
    topicCode: "1.5",
    body: String.raw`This topic has two parts: the **laws of exponents** for whole-number powers, which you need for simplifying almost any algebraic expression, and the **definition of a logarithm**, which answers the question "what power gives this number?". Questions ask you to simplify, to evaluate logarithms without a calculator, or to solve a simple equation such as $10^x = 50$.

### Laws of exponents (learn these)

For $a, b \neq 0$ and integers $m, n$:

| Law | Example |
|---|---|
| $a^m \times a^n = a^{m+n}$ | $x^3 \times x^4 = x^7$ |
| $a^m \div a^n = a^{m-n}$ | $y^5 \div y^2 = y^3$ |
| $\left(a^m\right)^n = a^{mn}$ | $\left(2^3\right)^2 = 2^6 = 64$ |
| $(ab)^n = a^n b^n$ | $(3x)^2 = 9x^2$ |
| $a^0 = 1$ | $7^0 = 1$ |
| $a^{-n} = \frac{1}{a^n}$ | $2^{-3} = \frac{1}{8}$ |

### Worked example 1

Simplify $\dfrac{\left(2x^3 y^{-2}\right)^3}{4x^5 y}$, giving your answer with positive exponents.

$$\left(2x^3y^{-2}\right)^3 = 8x^9y^{-6}, \qquad \frac{8x^9y^{-6}}{4x^5y} = 2x^{9-5}y^{-6-1} = 2x^4y^{-7} = \frac{2x^4}{y^7}$$

### Logarithms

For $a > 0$, $a \neq 1$ and $b > 0$:

$$a^x = b \iff x = \log_a b$$

This equivalence is in the formula booklet. It turns an exponent into a logarithm and back.

- $\log_{10} x$ is written $\log x$ (the common logarithm).
- $\log_e x$ is written $\ln x$ (the natural logarithm), where $e \approx 2.718$.
- $\log_a 1 = 0$ and $\log_a a = 1$; $\log_a a^x = x$ and $a^{\log_a x} = x$.
- You cannot take the logarithm of zero or of a negative number.

### Worked example 2

Without a calculator, find (a) $\log_2 32$, (b) $\log 0.001$, (c) $\log_9 3$.

(a) $2^5 = 32$, so $\log_2 32 = 5$.

(b) $0.001 = 10^{-3}$, so $\log 0.001 = -3$.

(c) $9^{1/2} = 3$, so $\log_9 3 = \frac{1}{2}$.

### Worked example 3

Solve $10^x = 50$. By the definition, $x = \log 50 \approx 1.70$ (3 s.f.). As a check, $10^1 = 10$ and $10^2 = 100$, so $x$ must lie between 1 and 2.

### Common mistakes

- $-3^2 = -9$ but $(-3)^2 = 9$: brackets decide what the power applies to.
- $(x + y)^2 \neq x^2 + y^2$ and $2x^{-1} = \frac{2}{x}$, not $\frac{1}{2x}$.
- Writing $\log_a b$ the wrong way round: the *base* $a$ is the number being raised to a power.

### Exam tips

- On Paper 1, "find the exact value of $\log_3 \frac{1}{27}$" means writing $\frac{1}{27}$ as a power of 3: $3^{-3}$, so the answer is $-3$.
- "Write down" answers (such as $\log_5 25$) need no working, so a wrong answer earns nothing: check by raising the base to your answer.`,
  },
  {
    key: "mathaa-note-1-6",
    levels: BOTH,
    topicCode: "1.6",
    body: String.raw`A **deductive proof** starts from things known to be true and reaches the required result by a chain of valid steps. At this level that means showing that two expressions are identical, or that a statement holds for every integer of some kind. Questions say "show that" or "prove that", and the marks are for a clear, complete argument, not just a correct final line.

### Key ideas

- **LHS to RHS.** To prove an identity, start from one side (usually the more complicated one) and transform it until you reach the other side. Finish with a concluding statement such as "$=$ RHS, as required".
- Do **not** start by writing the result you are trying to prove and then "work on both sides": that assumes what you must show.
- The symbol $\equiv$ means "identically equal": true for every value of the variable, not just for some.
- Useful forms: an **even** number is $2n$; an **odd** number is $2n + 1$; **consecutive** integers are $n, n + 1, n + 2$; a multiple of $k$ is $k \times$ (an integer). Always say $n \in \mathbb{Z}$.
- Checking a few numerical cases is **not** a proof; it only illustrates.

### Worked example 1 (numerical)

Prove that the difference between the squares of two consecutive odd numbers is a multiple of 8.

Let the odd numbers be $2n + 1$ and $2n + 3$, where $n \in \mathbb{Z}$.

$$(2n + 3)^2 - (2n + 1)^2 = \left(4n^2 + 12n + 9\right) - \left(4n^2 + 4n + 1\right) = 8n + 8 = 8(n + 1)$$

Since $n + 1$ is an integer, the difference is a multiple of 8.

Illustration: $7^2 - 5^2 = 24 = 8 \times 3$.

### Worked example 2 (algebraic)

Show that $\dfrac{1}{x - 1} - \dfrac{1}{x + 1} \equiv \dfrac{2}{x^2 - 1}$ for $x \neq \pm 1$.

$$\text{LHS} = \frac{(x + 1) - (x - 1)}{(x - 1)(x + 1)} = \frac{2}{x^2 - 1} = \text{RHS}$$

### Writing a good proof

1. Define your variables and what kind of number they are.
2. Write each step on a new line, with the reason when it is not just algebra.
3. End by linking the final expression to the statement: "which is a multiple of 8 because $n + 1 \in \mathbb{Z}$".

### Common mistakes

- Proving the result for one or two values of $n$ and claiming it is true in general.
- Using the same letter for two different numbers: two *arbitrary* odd numbers are $2m + 1$ and $2n + 1$, not $2n + 1$ twice.
- Stopping at $8n + 8$ without factorising and stating the conclusion: the last mark is usually for the conclusion.

### Exam tips

- "Show that" questions give you the answer, so the working must be complete: every line must follow from the one before.
- If you cannot prove a "show that" part, use the given result in the later parts; you can still earn those marks.
- HL students meet more formal methods (induction, contradiction, counterexample) in 1.15.`,
  },
  {
    key: "mathaa-note-1-7",
    levels: BOTH,
    topicCode: "1.7",
    body: String.raw`This topic extends exponents to fractions and gives you the tools to solve equations where the unknown is in the power. The **laws of logarithms** turn products into sums and powers into multiples, and the **change of base** formula lets you work with any base. Typical questions: simplify or evaluate expressions, write an expression as a single logarithm, and solve exponential equations exactly (Paper 1) or to 3 s.f. (Paper 2).

### Rational exponents (learn these)

$$a^{\frac{1}{n}} = \sqrt[n]{a}, \qquad a^{\frac{m}{n}} = \left(\sqrt[n]{a}\right)^m = \sqrt[n]{a^m}$$

So $8^{2/3} = \left(\sqrt[3]{8}\right)^2 = 4$ and $27^{-1/3} = \frac{1}{3}$. Take the root first: the numbers stay small.

### Laws of logarithms (in the formula booklet)

For $a, x, y > 0$, $a \neq 1$:

| Law | Formula |
|---|---|
| Product | $\log_a xy = \log_a x + \log_a y$ |
| Quotient | $\log_a \frac{x}{y} = \log_a x - \log_a y$ |
| Power | $\log_a x^m = m \log_a x$ |
| Change of base | $\log_b a = \dfrac{\log_c a}{\log_c b}$ |

For example, $2\log 5 + \log 4 = \log 25 + \log 4 = \log 100 = 2$.

### Solving exponential equations

Take logarithms of both sides (or write both sides as powers of the same base), then use the power law to bring the unknown down.

### Worked example 1

Solve $3^{2x + 1} = 5^x$, giving $x$ in the form $\frac{\ln a}{\ln b}$.

$$(2x + 1)\ln 3 = x \ln 5$$

$$2x\ln 3 - x\ln 5 = -\ln 3$$

$$x\left(\ln 9 - \ln 5\right) = -\ln 3 \;\Rightarrow\; x = \frac{-\ln 3}{\ln \frac{9}{5}} = \frac{\ln 3}{\ln \frac{5}{9}} \approx -1.87$$

### Worked example 2 (hidden quadratic)

Solve $4^x - 3 \times 2^x - 10 = 0$.

Since $4^x = \left(2^x\right)^2$, let $u = 2^x$: $u^2 - 3u - 10 = 0$, so $(u - 5)(u + 2) = 0$. Then $2^x = 5$ or $2^x = -2$. The second has no solution because $2^x > 0$. So $x = \log_2 5 = \frac{\ln 5}{\ln 2} \approx 2.32$.

### Common mistakes

- $\log(x + y) \neq \log x + \log y$ and $\frac{\log x}{\log y} \neq \log x - \log y$.
- $\ln 3^{2x+1}$ is $(2x + 1)\ln 3$: keep the bracket.
- Forgetting to reject impossible values such as $2^x = -2$ or $\log$ of a negative number, or not saying why they are rejected.

### Exam tips

- "Exact" answers stay in log form, such as $\log_2 5$ or $\frac{\ln 3}{\ln 5 - \ln 9}$. Equivalent forms are accepted, so do not waste time making them "nicer".
- On Paper 2, check a solution by substituting it back, or solve with the GDC by graphing both sides and finding the intersection.
- Use $a^x = e^{x\ln a}$ to rewrite any exponential in base $e$: this is needed later for calculus.`,
  },
  {
    key: "mathaa-note-1-8",
    levels: BOTH,
    topicCode: "1.8",
    body: String.raw`When the common ratio of a geometric sequence lies strictly between $-1$ and $1$, its terms shrink towards zero and the partial sums $S_n$ settle on a limit: the **sum to infinity**.

### The formula (in the formula booklet)

$$S_\infty = \frac{u_1}{1 - r}, \qquad |r| < 1$$

It comes from $S_n = \frac{u_1(1 - r^n)}{1 - r}$: when $|r| < 1$, $r^n \to 0$ as $n \to \infty$.

### Convergence is the first thing to check

- $|r| < 1$: the series converges and $S_\infty$ exists.
- $|r| \geq 1$: it has no sum to infinity. Saying so, with the reason, is worth the mark.

When $r$ depends on $x$, "the series converges" means solving $|r| < 1$. For $1 + \frac{x}{3} + \frac{x^2}{9} + \dots$ the ratio is $\frac{x}{3}$, so the series converges for $-3 < x < 3$.

### Worked example

A geometric series has first term 12 and sum to infinity 48. Find the common ratio.

$$\frac{12}{1 - r} = 48 \;\Rightarrow\; 1 - r = \frac{1}{4} \;\Rightarrow\; r = \frac{3}{4}$$

and $|r| < 1$, so the sum to infinity exists.

### Recurring decimals

$0.\overline{36} = 0.36 + 0.0036 + \dots$ has $u_1 = 0.36$ and $r = 0.01$, so it equals $\frac{0.36}{0.99} = \frac{4}{11}$.

### Exam tips

- After solving for $r$, check every solution against $|r| < 1$ and reject the ones that fail, in writing.
- A question about a bouncing ball or a sequence of shrinking shapes is an infinite series in disguise: identify $u_1$ and $r$ from the first two terms.`,
  },
  {
    key: "mathaa-note-1-9",
    levels: BOTH,
    topicCode: "1.9",
    body: String.raw`The **binomial theorem** expands $(a + b)^n$ for a positive integer $n$ without multiplying out $n$ brackets. The coefficients come from **Pascal's triangle** or from $^{n}C_{r}$. Exam questions rarely want the whole expansion: they ask for one term, one coefficient, or the constant term, sometimes with an unknown to find.

### The formulae (in the formula booklet)

$$(a + b)^n = a^n + {}^{n}C_{1}\,a^{n-1}b + \dots + {}^{n}C_{r}\,a^{n-r}b^r + \dots + b^n, \qquad {}^{n}C_{r} = \frac{n!}{r!\,(n - r)!}$$

So the **general term** is $^{n}C_{r}\,a^{n-r}b^{r}$, for $r = 0, 1, \dots, n$. There are $n + 1$ terms and the powers of $a$ and $b$ always add up to $n$.

### Pascal's triangle

Each entry is the sum of the two above it:

| $n$ | Coefficients |
|---|---|
| 3 | 1, 3, 3, 1 |
| 4 | 1, 4, 6, 4, 1 |
| 5 | 1, 5, 10, 10, 5, 1 |
| 6 | 1, 6, 15, 20, 15, 6, 1 |

The row for $n$ lists $^{n}C_{0}, {}^{n}C_{1}, \dots, {}^{n}C_{n}$. The triangle is quicker for small $n$; use $^{n}C_{r}$ (GDC on Paper 2) for larger $n$.

### Worked example 1

Find the coefficient of $x^4$ in the expansion of $(2x - 3)^7$.

With $a = 2x$ and $b = -3$, the general term is $^{7}C_{r}\,(2x)^{7-r}(-3)^r$. For $x^4$ we need $7 - r = 4$, so $r = 3$:

$$ {}^{7}C_{3}\,(2x)^4(-3)^3 = 35 \times 16x^4 \times (-27) = -15\,120\,x^4$$

The coefficient is $-15\,120$.

### Worked example 2

Find the constant term in the expansion of $\left(x^2 + \frac{2}{x}\right)^6$.

General term: $^{6}C_{r}\left(x^2\right)^{6-r}\left(\frac{2}{x}\right)^r = {}^{6}C_{r}\,2^r\,x^{12 - 3r}$.

Constant term: $12 - 3r = 0$, so $r = 4$, and the term is $^{6}C_{4} \times 2^4 = 15 \times 16 = 240$.

### Common mistakes

- Forgetting to raise the coefficient inside the bracket: $(2x)^4 = 16x^4$, not $2x^4$.
- Losing the sign of a negative term: $(-3)^3 = -27$.
- Confusing the *term* ($-15\,120x^4$) with the *coefficient* ($-15\,120$): give what was asked.
- Counting from $r = 1$: the first term has $r = 0$, so the 4th term has $r = 3$.

### Exam tips

- Always write the general term first; it earns a method mark and tells you which $r$ you need.
- If the question gives a coefficient and asks for an unknown $k$ in $(1 + kx)^n$, set up the equation from the general term and check whether both roots of a resulting equation are allowed.
- For a product such as $(1 + x)(2 - x)^5$, the $x^2$ term comes from two sources: $1 \times$ (the $x^2$ term) and $x \times$ (the $x$ term). Add them.`,
  },
  {
    key: "mathaa-note-1-10",
    levels: HL,
    topicCode: "1.10",
    body: String.raw`**Counting principles** answer "in how many ways?": arrangements of people in a row, choices of a committee, codes and passwords. The second half of the topic extends the binomial theorem to **negative and fractional** powers, which gives an infinite series valid only for small $x$. Questions ask for a number of ways (often with a restriction) or the first few terms of an expansion and its range of validity.

### Counting: the key ideas

- **Product principle**: if one choice can be made in $m$ ways and then another in $n$ ways, together there are $mn$ ways ("and" means multiply). "Or" between separate cases means add.
- $n$ different objects can be arranged in a row in $n!$ ways.
- **Permutations** (order matters): $^{n}P_{r} = \dfrac{n!}{(n - r)!}$.
- **Combinations** (order does not matter): $^{n}C_{r} = \dfrac{n!}{r!\,(n - r)!}$.
- Objects that must be **together**: glue them into one block, arrange the blocks, then arrange inside the block.
- "**At least one**": often quickest as total minus the cases you do not want.

### Worked example 1

Seven people sit in a row. Two of them, Ana and Ben, insist on sitting together. Find the number of arrangements.

Treat Ana and Ben as one block: 6 blocks give $6!$ arrangements, and the pair can sit in 2 orders, so $2 \times 6! = 1440$.

### Worked example 2

A committee of 5 is chosen from 6 women and 4 men. Find the number of committees with at least 2 men.

$$ {}^{10}C_{5} - \underbrace{{}^{6}C_{5}}_{\text{no men}} - \underbrace{{}^{4}C_{1}\times{}^{6}C_{4}}_{\text{one man}} = 252 - 6 - 60 = 186$$

### Extended binomial theorem

For any rational $n$ (in the formula booklet in a form like this):

$$(1 + x)^n = 1 + nx + \frac{n(n - 1)}{2!}x^2 + \frac{n(n - 1)(n - 2)}{3!}x^3 + \dots, \qquad \lvert x \rvert < 1$$

If $n$ is not a positive integer the series never stops. For $(a + bx)^n$, take out the factor $a^n$ first: $(a + bx)^n = a^n\left(1 + \frac{b}{a}x\right)^n$, valid for $\left\lvert \frac{bx}{a} \right\rvert < 1$.

### Worked example 3

Expand $\sqrt{4 - x}$ up to the term in $x^2$, state the values of $x$ for which it is valid, and use it to estimate $\sqrt{3.9}$.

$$\sqrt{4 - x} = 2\left(1 - \frac{x}{4}\right)^{\frac{1}{2}} = 2\left(1 + \frac{1}{2}\left(-\frac{x}{4}\right) + \frac{\frac{1}{2}\left(-\frac{1}{2}\right)}{2}\left(-\frac{x}{4}\right)^2 + \dots\right) = 2 - \frac{x}{4} - \frac{x^2}{64} + \dots$$

Valid for $\left\lvert \frac{x}{4} \right\rvert < 1$, that is $-4 < x < 4$. With $x = 0.1$: $2 - 0.025 - 0.00015625 = 1.97484375$, against the true value $1.974842$ (6 d.p.).

### Common mistakes

- Using $^{n}C_{r}$ when order matters (positions such as captain and vice-captain are permutations).
- Counting a case twice when splitting "at least" into cases.
- Expanding $(4 - x)^{1/2}$ as if it were $(1 + x)^n$ without taking out $4^{1/2} = 2$.
- Forgetting to state the interval of validity.

### Exam tips

- Explain each factor in a counting answer in words (for example "arrange the block and 5 others: $6!$"); a bare number earns nothing if it is wrong.
- On Paper 2 check a count with the GDC's nPr and nCr; check an expansion by comparing values for a small $x$.`,
  },
  {
    key: "mathaa-note-1-11",
    levels: HL,
    topicCode: "1.11",
    body: String.raw`**Partial fractions** split a single fraction into a sum of simpler ones, for example

$$\frac{5x + 1}{(x - 1)(x + 2)} = \frac{2}{x - 1} + \frac{3}{x + 2}.$$

It reverses adding fractions. In the IB course the denominator has at most **two distinct linear factors** and the numerator has a lower degree than the denominator. The method is needed later for integration (giving logarithms) and for series expansions, so exam questions often have a "hence" part.

### Method

1. Factorise the denominator fully.
2. Write $\dfrac{px + q}{(x - a)(x - b)} \equiv \dfrac{A}{x - a} + \dfrac{B}{x - b}$.
3. Multiply through by $(x - a)(x - b)$: $px + q \equiv A(x - b) + B(x - a)$.
4. Find $A$ and $B$ by **substituting** the roots $x = a$ and $x = b$ (each makes one bracket zero), or by **equating coefficients** of $x$ and the constant terms.

### Worked example 1

Express $\dfrac{5x + 1}{x^2 + x - 2}$ in partial fractions.

The denominator factorises: $x^2 + x - 2 = (x - 1)(x + 2)$. So

$$5x + 1 \equiv A(x + 2) + B(x - 1).$$

$x = 1$: $6 = 3A$, so $A = 2$. $\quad x = -2$: $-9 = -3B$, so $B = 3$.

$$\frac{5x + 1}{x^2 + x - 2} \equiv \frac{2}{x - 1} + \frac{3}{x + 2}$$

**Check**: at $x = 0$ the left side is $\frac{1}{-2} = -\frac{1}{2}$ and the right side is $-2 + \frac{3}{2} = -\frac{1}{2}$.

### Worked example 2 (equating coefficients)

Express $\dfrac{7}{(2x + 1)(x - 3)}$ in partial fractions.

$7 \equiv A(x - 3) + B(2x + 1)$. Coefficients of $x$: $0 = A + 2B$. Constants: $7 = -3A + B$. From the first, $A = -2B$, so $7 = 6B + B$, giving $B = 1$ and $A = -2$:

$$\frac{7}{(2x + 1)(x - 3)} \equiv \frac{-2}{2x + 1} + \frac{1}{x - 3}$$

(Substituting $x = 3$ and $x = -\frac{1}{2}$ gives the same values.)

### Why it is useful

- **Integration**: $\int \frac{2}{x - 1} + \frac{3}{x + 2}\,dx = 2\ln\lvert x - 1\rvert + 3\ln\lvert x + 2\rvert + C$, which you could not do from the single fraction.
- **Series**: each simple fraction can be expanded with the extended binomial theorem (1.10).
- **Telescoping sums**: splitting $\frac{1}{r(r + 1)} = \frac{1}{r} - \frac{1}{r + 1}$ makes most terms of a sum cancel.

### Common mistakes

- Not factorising the denominator first, or factorising it wrongly: check by expanding.
- Sign slips when substituting a negative root.
- Using the cover-up shortcut without checking the answer.

### Exam tips

- The identity sign $\equiv$ shows you know the equation holds for all $x$, which is why substituting any convenient value is allowed.
- Always check your partial fractions at a value of $x$ that you have not used, such as $x = 0$.
- If the question says "hence", the partial fractions must be used in the next part.`,
  },
  {
    key: "mathaa-note-1-12",
    levels: HL,
    topicCode: "1.12",
    body: String.raw`**Complex numbers** extend the real numbers with $i$, where $i^2 = -1$. Every quadratic then has two roots, and later topics use complex numbers to solve polynomials and prove trigonometric identities. In **Cartesian form** a complex number is $z = a + bi$ with $a, b \in \mathbb{R}$: $a = \operatorname{Re}(z)$ is the real part and $b = \operatorname{Im}(z)$ the imaginary part. Questions ask you to add, multiply and divide, to solve equations by comparing real and imaginary parts, and to plot numbers on an Argand diagram.

### Key ideas

- **Powers of** $i$: $i^2 = -1$, $i^3 = -i$, $i^4 = 1$, and then the cycle repeats.
- **Equality**: $a + bi = c + di$ exactly when $a = c$ **and** $b = d$. One complex equation gives two real equations.
- **Conjugate**: $z^* = a - bi$. Then $zz^* = a^2 + b^2$, which is real.
- **Add/subtract**: combine real parts and imaginary parts separately.
- **Multiply**: expand brackets and replace $i^2$ by $-1$.
- **Divide**: multiply numerator and denominator by the conjugate of the denominator.
- **Complex plane (Argand diagram)**: $a + bi$ is the point $(a, b)$; the real axis is horizontal and the imaginary axis vertical. Adding complex numbers behaves like adding vectors.

### Worked example 1

Given $z = 3 + 2i$ and $w = 1 - 4i$, find $zw$ and $\dfrac{5 + i}{2 - 3i}$ in the form $a + bi$.

$$zw = 3 - 12i + 2i - 8i^2 = 3 - 10i + 8 = 11 - 10i$$

$$\frac{5 + i}{2 - 3i} \times \frac{2 + 3i}{2 + 3i} = \frac{10 + 15i + 2i + 3i^2}{4 + 9} = \frac{7 + 17i}{13} = \frac{7}{13} + \frac{17}{13}i$$

### Worked example 2: quadratics

Solve $z^2 + 4z + 13 = 0$. The discriminant is $16 - 52 = -36$, so

$$z = \frac{-4 \pm \sqrt{-36}}{2} = \frac{-4 \pm 6i}{2} = -2 \pm 3i.$$

The roots are a conjugate pair, as they always are for a real quadratic with negative discriminant.

### Worked example 3: comparing parts

Find the complex numbers $z$ with $z^2 = 5 - 12i$.

Let $z = a + bi$: $a^2 - b^2 + 2abi = 5 - 12i$, so $a^2 - b^2 = 5$ and $2ab = -12$. Substituting $b = -\frac{6}{a}$ gives $a^4 - 5a^2 - 36 = 0$, so $(a^2 - 9)(a^2 + 4) = 0$. Since $a$ is real, $a^2 = 9$: $a = 3, b = -2$ or $a = -3, b = 2$. So $z = \pm(3 - 2i)$.

### Common mistakes

- Writing $i^2 = 1$, or leaving $i^2$ in a final answer.
- Dividing by "splitting" the denominator: $\frac{5 + i}{2 - 3i} \neq \frac{5}{2} - \frac{i}{3}$.
- Treating $b$ as the imaginary part "$bi$": $\operatorname{Im}(3 + 2i) = 2$, not $2i$.
- Keeping the root $a^2 = -4$ in example 3: $a$ must be real.

### Exam tips

- Give answers in the form asked for, usually $a + bi$ with $a$ and $b$ simplified.
- On Paper 2 the GDC does complex arithmetic (set it to $a + bi$ mode), but on Paper 1 show the conjugate step.
- When asked to "show" a point on an Argand diagram, label it and mark the scale on both axes.`,
  },
  {
    key: "mathaa-note-1-13",
    levels: HL,
    topicCode: "1.13",
    body: String.raw`A complex number can be described by its distance from the origin and its angle, instead of its real and imaginary parts. This **modulus–argument (polar) form** makes multiplication and division easy and shows what they do geometrically: multiplying by a complex number is an enlargement combined with a rotation. Questions ask you to convert between forms, to multiply and divide in polar form, and to interpret the result on an Argand diagram.

### The forms (in the formula booklet)

$$z = a + bi = r(\cos\theta + i\sin\theta) = r\operatorname{cis}\theta = re^{i\theta}$$

- **Modulus**: $r = \lvert z \rvert = \sqrt{a^2 + b^2}$, the distance from the origin.
- **Argument**: $\theta = \arg z$, the angle from the positive real axis, usually with $-\pi < \theta \leq \pi$ (sometimes $0 \leq \theta < 2\pi$: read the question).
- $e^{i\theta} = \cos\theta + i\sin\theta$ is **Euler's form**; with $\theta = \pi$ it gives $e^{i\pi} + 1 = 0$.

### Finding the argument: draw a sketch

$\tan\theta = \frac{b}{a}$ alone does not fix the angle, because $\arctan$ only returns values between $-\frac{\pi}{2}$ and $\frac{\pi}{2}$. Plot the point, find the reference angle, then adjust for the quadrant.

For $w = -1 - i$: $r = \sqrt{2}$, reference angle $\frac{\pi}{4}$, third quadrant, so $\arg w = -\frac{3\pi}{4}$ (not $\frac{\pi}{4}$).

### Products and quotients

$$z_1 z_2 = r_1 r_2 \operatorname{cis}(\theta_1 + \theta_2), \qquad \frac{z_1}{z_2} = \frac{r_1}{r_2}\operatorname{cis}(\theta_1 - \theta_2)$$

Moduli multiply (divide); arguments add (subtract). Geometrically, multiplying $z$ by $re^{i\alpha}$ enlarges it by scale factor $r$ and rotates it anticlockwise by $\alpha$ about the origin. Multiplying by $i = e^{i\pi/2}$ is a rotation by $90°$.

### Worked example

Let $z = 1 + \sqrt{3}\,i$ and $w = -1 - i$. Write $z$ and $w$ in the form $re^{i\theta}$ and hence find $zw$ in the same form.

$\lvert z \rvert = \sqrt{1 + 3} = 2$, and $z$ is in the first quadrant with $\tan\theta = \sqrt{3}$, so $z = 2e^{i\pi/3}$. From above, $w = \sqrt{2}\,e^{-3\pi i/4}$.

$$zw = 2\sqrt{2}\,e^{i\left(\frac{\pi}{3} - \frac{3\pi}{4}\right)} = 2\sqrt{2}\,e^{-5\pi i/12}$$

Check in Cartesian form: $zw = (-1 + \sqrt{3}) + (-1 - \sqrt{3})i$, with modulus $\sqrt{(4 - 2\sqrt{3}) + (4 + 2\sqrt{3})} = \sqrt{8} = 2\sqrt{2}$.

### Other useful facts

- $z^* = re^{-i\theta}$: the conjugate is the reflection in the real axis.
- If an argument falls outside the required range after adding, add or subtract $2\pi$.
- Exact values of $\cos$ and $\sin$ at multiples of $\frac{\pi}{6}$ and $\frac{\pi}{4}$ are needed on Paper 1.

### Common mistakes

- Wrong quadrant for the argument; always sketch.
- Multiplying the arguments instead of adding them.
- Giving the argument in degrees when radians are expected.

### Exam tips

- "Hence" after converting to polar form means use polar multiplication, not Cartesian expansion.
- To compare two expressions such as $zw$ in both forms, equate real parts and imaginary parts: this is how exact values like $\cos\frac{5\pi}{12}$ are found.`,
  },
  {
    key: "mathaa-note-1-14",
    levels: HL,
    topicCode: "1.14",
    body: String.raw`This topic pulls complex numbers together. For polynomials with **real coefficients**, non-real roots come in **conjugate pairs**. **De Moivre's theorem** gives powers of a complex number in polar form, and the same idea finds all the $n$th roots. Questions ask you to find the remaining roots of a polynomial, to evaluate a high power like $(1 + i)^8$, to solve $z^n = w$, and to derive trigonometric identities.

### Conjugate root theorem

If a polynomial has real coefficients and $a + bi$ ($b \neq 0$) is a root, then $a - bi$ is also a root. The pair gives a real quadratic factor:

$$(z - (a + bi))(z - (a - bi)) = z^2 - 2az + (a^2 + b^2).$$

### Worked example 1

Given that $2 + i$ is a root of $z^3 - 7z^2 + 17z - 15 = 0$, find the other roots.

$2 - i$ is also a root, so $z^2 - 4z + 5$ is a factor. Comparing coefficients, $z^3 - 7z^2 + 17z - 15 = (z^2 - 4z + 5)(z - 3)$. The roots are $2 \pm i$ and $3$.

### De Moivre's theorem (in the formula booklet)

$$\left[r(\cos\theta + i\sin\theta)\right]^n = r^n(\cos n\theta + i\sin n\theta) = r^n e^{in\theta}$$

For example, $1 + i = \sqrt{2}\,e^{i\pi/4}$, so $(1 + i)^8 = \left(\sqrt{2}\right)^8 e^{2\pi i} = 16$.

### Roots of complex numbers

To solve $z^n = w$: write $w = Re^{i\phi}$ and remember that the argument can be increased by any multiple of $2\pi$. Then

$$z = R^{1/n}\,e^{i\left(\frac{\phi + 2k\pi}{n}\right)}, \qquad k = 0, 1, \dots, n - 1.$$

The $n$ roots lie on a circle of radius $R^{1/n}$ and form a regular $n$-gon.

### Worked example 2

Solve $z^3 = 8i$, giving the roots in Cartesian form.

$8i = 8e^{i\pi/2}$, so $z = 2e^{i\left(\frac{\pi}{6} + \frac{2k\pi}{3}\right)}$ for $k = 0, 1, 2$:

$$2e^{i\pi/6} = \sqrt{3} + i, \qquad 2e^{5\pi i/6} = -\sqrt{3} + i, \qquad 2e^{3\pi i/2} = -2i$$

(The last argument can also be written $-\frac{\pi}{2}$.)

### Trigonometric identities

Expanding $(\cos\theta + i\sin\theta)^3$ with the binomial theorem and equating real parts with $\cos 3\theta$ gives

$$\cos 3\theta = \cos^3\theta - 3\cos\theta\sin^2\theta = 4\cos^3\theta - 3\cos\theta.$$

### Common mistakes

- Using the conjugate root theorem when a coefficient is not real.
- Finding only one root of $z^n = w$: there are always $n$ of them.
- Forgetting to take the $n$th root of the modulus ($8 \to 2$), or dividing only $\phi$ and not $2k\pi$ by $n$.

### Exam tips

- The sum of the $n$th roots of any complex number is 0 (for $n \geq 2$); a quick check of your answers.
- When asked to "show" an identity using De Moivre, write both the De Moivre form and the binomial expansion before equating parts.
- The roots of $z^n = 1$ are $1, \omega, \omega^2, \dots, \omega^{n-1}$ with $\omega = e^{2\pi i/n}$: useful in geometric questions about regular polygons.`,
  },
  {
    key: "mathaa-note-1-15",
    levels: HL,
    topicCode: "1.15",
    body: String.raw`HL students need three formal methods of proof. **Mathematical induction** proves that a statement holds for every positive integer $n$. **Proof by contradiction** assumes the opposite of what you want and shows that this leads to something impossible. A **counterexample** is one case that shows a general statement is false. Induction questions are common on Paper 1 and are marked for a clear structure as much as for the algebra.

### Proof by induction: the structure

1. **Basis**: show the statement $P(n)$ is true for the first value (usually $n = 1$).
2. **Assumption**: assume $P(k)$ is true for some $k \in \mathbb{Z}^+$.
3. **Inductive step**: use the assumption to show that $P(k + 1)$ is true.
4. **Conclusion**: "Since $P(1)$ is true, and $P(k)$ true implies $P(k + 1)$ true, $P(n)$ is true for all $n \in \mathbb{Z}^+$ by mathematical induction."

Induction is used for sums (series), divisibility, derivatives of the $n$th order and inequalities.

### Worked example 1

Prove by induction that $\displaystyle\sum_{r=1}^{n} r(r + 1) = \frac{n(n + 1)(n + 2)}{3}$ for all $n \in \mathbb{Z}^+$.

**Basis**: $n = 1$: LHS $= 1 \times 2 = 2$ and RHS $= \frac{1 \times 2 \times 3}{3} = 2$, so $P(1)$ is true.

**Assume** $\sum_{r=1}^{k} r(r + 1) = \frac{k(k + 1)(k + 2)}{3}$.

**Step**: add the next term, $(k + 1)(k + 2)$:

$$\sum_{r=1}^{k+1} r(r + 1) = \frac{k(k + 1)(k + 2)}{3} + (k + 1)(k + 2) = \frac{(k + 1)(k + 2)(k + 3)}{3},$$

which is the formula with $n = k + 1$. **Conclusion** as in step 4 above.

### Proof by contradiction

Assume the statement is false and reach a contradiction.

**Worked example 2**: prove that $\log_2 3$ is irrational.

Suppose $\log_2 3 = \frac{p}{q}$ with $p, q \in \mathbb{Z}^+$ (it is positive because $3 > 1$). Then $2^{p/q} = 3$, so $2^p = 3^q$. The left side is even and the right side is odd, which is a contradiction. Hence $\log_2 3$ is irrational.

The classic example is the irrationality of $\sqrt{2}$: assume $\sqrt{2} = \frac{p}{q}$ in lowest terms and show that $p$ and $q$ must both be even.

### Disproof by counterexample

To show "for all $n$, ..." is false, one example is enough. The claim "$n^2 + n + 41$ is prime for every positive integer $n$" works for $n = 1, 2, \dots, 39$, but for $n = 40$:

$$40^2 + 40 + 41 = 1681 = 41^2,$$

which is not prime. State clearly that the statement is therefore false.

### Common mistakes

- Writing "let $n = k$ be true": a *statement* is true, a number is not. Write "assume $P(k)$ is true".
- Proving $P(k + 1)$ by assuming $P(k + 1)$, or never using the assumption in the step.
- A conclusion that leaves out the basis or the implication; the last mark depends on it.

### Exam tips

- In the step, write down what you are aiming for ($P(k + 1)$) before you start: you will see which factor to take out.
- The conclusion mark is usually only given if the earlier marks have been earned, so make each stage visible.`,
  },
  {
    key: "mathaa-note-1-16",
    levels: HL,
    topicCode: "1.16",
    body: String.raw`A **system of linear equations** is a set of equations such as $x + y + z = 6$ that must all be true at the same time. In this course you solve up to three equations in three unknowns. Each equation in $x, y, z$ represents a plane, so a system can have a **unique solution**, **no solution** or **infinitely many solutions**. Questions ask you to solve a system (GDC on Paper 2, elimination on Paper 1) and, often, to find the value of a parameter for which the system has no solution or infinitely many.

### Key ideas

- **Elimination**: use one equation to remove a variable from the other two, leaving two equations in two unknowns; repeat. Writing the coefficients as an augmented matrix and reducing it to row echelon (triangular) form is the same process, neatly laid out.
- A row that reduces to $0 = 0$ means the equations are dependent: infinitely many solutions.
- A row that reduces to $0 = c$ with $c \neq 0$ is a contradiction: no solution (the system is *inconsistent*).
- Infinitely many solutions are written in terms of a **parameter**: let $z = \lambda$ and express $x$ and $y$ in terms of $\lambda$. Geometrically this is a line of intersection.

### Worked example 1

Solve $\;x + y + z = 6, \quad 2x - y + z = 3, \quad x + 2y - z = 2$.

Adding the first and third: $2x + 3y = 8$. Adding the second and third: $3x + y = 5$, so $y = 5 - 3x$. Then $2x + 15 - 9x = 8$, giving $x = 1$, $y = 2$ and, from the first equation, $z = 3$.

Check in the second equation: $2 - 2 + 3 = 3$. On Paper 2 a GDC system solver gives $(1, 2, 3)$ directly.

### Worked example 2: a parameter

Consider $\;x + y + z = 2, \quad x + 2y + 3z = 5, \quad 2x + 3y + kz = m$.

Subtract the first equation from the second, and twice the first from the third:

$$y + 2z = 3, \qquad y + (k - 2)z = m - 4.$$

Subtracting these: $(k - 4)z = m - 7$.

- If $k \neq 4$: a unique solution.
- If $k = 4$ and $m \neq 7$: $0 = m - 7 \neq 0$, so no solution.
- If $k = 4$ and $m = 7$: $0 = 0$, infinitely many solutions. Let $z = \lambda$: then $y = 3 - 2\lambda$ and $x = 2 - y - z = -1 + \lambda$.

Check: $2(-1 + \lambda) + 3(3 - 2\lambda) + 4\lambda = 7$ for every $\lambda$.

### Common mistakes

- Arithmetic slips in elimination: check the final answer in **all** the original equations, not just one.
- Saying "no solution" for a $0 = 0$ row.
- Giving a general solution without saying which variable is the parameter.

### Exam tips

- A GDC solver reports an error or "infinitely many solutions" for singular systems: it cannot find the parameter value for you. Use algebra for that part even on Paper 2.
- "Find the value of $k$ for which the system does not have a unique solution" needs the reduction above, or setting the determinant of the coefficients to 0 if you know how.
- Interpret the answer when asked: a unique solution is the point where three planes meet.`,
  },
];
