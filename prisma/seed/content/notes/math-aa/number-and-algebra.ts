import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// Maths AA revision notes for topic 1, Number and algebra (1.1–1.9 for both levels, 1.10–1.16 HL only).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];

export const numberAndAlgebraNotes: TopicNoteInput[] = [
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
];
