import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 1, Number and algebra.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const numberAndAlgebraNotes: TopicNoteInput[] = [
  {
    key: "mathai-note-1-1",
    levels: BOTH,
    topicCode: "1.1",
    body: String.raw`**Scientific notation** (standard form) writes a number as $a \times 10^k$ with $1 \le a < 10$ and $k$ an integer. It is how very large and very small quantities are recorded: the distance to the Sun is about $1.496 \times 10^{11}$ m, the mass of a water molecule about $2.99 \times 10^{-26}$ kg. Questions ask you to write a number in this form, to calculate with numbers given in this form, and to give an answer in this form.

### Key ideas

- $a$ must satisfy $1 \le a < 10$. So $34.5 \times 10^6$ is *not* in scientific notation: it is $3.45 \times 10^7$.
- A positive $k$ means a large number (move the decimal point $k$ places right); a negative $k$ means a number between 0 and 1: $4.2 \times 10^{-3} = 0.0042$.
- Multiplying: multiply the $a$ parts and add the powers. Dividing: divide the $a$ parts and subtract the powers. Then re-adjust so that $1 \le a < 10$.

$$\left(3.6 \times 10^{5}\right)\left(2.5 \times 10^{-2}\right) = 9.0 \times 10^{3}, \qquad \frac{4.8 \times 10^{7}}{1.6 \times 10^{-3}} = 3.0 \times 10^{10}$$

- Adding or subtracting: there is no shortcut with the powers. Use the GDC, or write both numbers with the same power of 10 first.

### Using the GDC

Enter numbers with the EE (or ×10ˣ) key, not by typing "×10^" by hand, so the calculator treats $3.6 \times 10^5$ as one number. Many GDCs display answers such as 5.0167E25, which means $5.0167 \times 10^{25}$. **Never copy the E form into your answer**: write it properly as $5.02 \times 10^{25}$. You can also set the GDC to "Sci" mode so that every answer is shown in scientific notation.

### Worked example

Light travels at $2.998 \times 10^{8}$ m s⁻¹ and the mean distance from the Earth to the Sun is $1.496 \times 10^{11}$ m.

(a) Find the time light takes to travel from the Sun to the Earth.

$$t = \frac{1.496 \times 10^{11}}{2.998 \times 10^{8}} = 0.49900 \times 10^{3} = 499 \text{ s (3 s.f.)}$$

(b) A bottle holds 1.5 kg of water and one water molecule has mass $2.99 \times 10^{-26}$ kg. Find the number of molecules in the bottle, in the form $a \times 10^k$ with $1 \le a < 10$, $k \in \mathbb{Z}$.

$$\frac{1.5}{2.99 \times 10^{-26}} = 5.016\ldots \times 10^{25} \approx 5.02 \times 10^{25}$$

### Common mistakes

- Leaving the answer as $50.2 \times 10^{24}$ or $0.502 \times 10^{26}$: correct value, but not in the required form, and the mark for the form is lost.
- Writing calculator notation (5.02E25) as a final answer.
- Sign errors with negative powers: $\frac{10^{7}}{10^{-3}} = 10^{10}$, not $10^{4}$.
- Rounding $a$ too early in a multi-step calculation: keep the full GDC value (store it) and round only at the end.

### Exam tips

- "Write your answer in the form $a \times 10^k$, where $1 \le a < 10$ and $k \in \mathbb{Z}$" is a standard Paper 1 instruction worth a mark on its own: check both conditions before you move on.
- Unless told otherwise, give non-exact answers to 3 significant figures; in scientific notation that means three digits in $a$.
- Check the size of your answer makes sense in context: a time of $10^{20}$ seconds for light to reach the Earth means a power was added instead of subtracted.
- Watch the units: convert km to m or g to kg before calculating, and say which unit your answer is in.`,
  },
  {
    key: "mathai-note-1-2",
    levels: BOTH,
    topicCode: "1.2",
    body: String.raw`An **arithmetic sequence** goes up (or down) by the same amount each time. In Applications and Interpretation the emphasis is on *using* them: rows of seats, a salary that rises by a fixed amount, savings with **simple interest**, anything that changes linearly step by step. Questions ask you to find a term, the sum of some terms, or how many terms are needed to reach a target.

### Key ideas (formulae in the formula booklet)

| | Formula |
|---|---|
| $n$th term | $u_n = u_1 + (n-1)d$ |
| Sum of first $n$ terms | $S_n = \frac{n}{2}\left(2u_1 + (n-1)d\right) = \frac{n}{2}\left(u_1 + u_n\right)$ |

- $u_1$ is the first term and $d$ the **common difference**: $d = u_{k+1} - u_k$ for any $k$. If $d < 0$ the terms decrease.
- Given two terms, subtract them to get $d$: if $u_3 = 14$ and $u_9 = 32$, then $6d = 18$, so $d = 3$ and $u_1 = 8$.
- **Simple interest** is arithmetic: interest is only paid on the original amount. USD 4000 at 3.5% simple interest for 6 years earns $4000 \times 0.035 \times 6 = 840$, a total of USD 4840.
- Sigma notation: $\sum_{k=1}^{n} u_k$ means "add $u_1$ to $u_n$". Your GDC can evaluate a sum written this way directly.

### Worked example

A theatre has 25 rows. The first row has 18 seats and each row has 2 more seats than the row in front.

(a) Find the number of seats in the last row.

$$u_{25} = 18 + 24 \times 2 = 66$$

(b) Find the total number of seats.

$$S_{25} = \frac{25}{2}\left(18 + 66\right) = 1050$$

(c) A larger theatre is built in the same pattern with at least 1500 seats. Find the least number of rows.

$$S_n = \frac{n}{2}\left(36 + 2(n-1)\right) = n(n+17) \ge 1500$$

Solving $n^2 + 17n - 1500 = 0$ with the GDC gives $n = 31.15\ldots$ (the negative root is rejected). Since 31 rows give $31 \times 48 = 1488$ seats (too few), the answer is **32 rows** (1568 seats).

### Using the GDC

- A table of $u_n$ (or of $S_n$ as a function of $n$) is a quick way to find the first term that passes a value: scroll until it changes.
- The equation solver handles "find $n$" questions: enter $S_n$ minus the target and solve, then interpret.

### Common mistakes

- Using $n$ instead of $n - 1$ in $u_n$: the 25th row is 24 steps after the first.
- Rounding $n = 31.15$ *down* to 31. The number of rows must be a whole number that *meets* the condition, so round up and check.
- Confusing "the amount in year $n$" ($u_n$) with "the total over $n$ years" ($S_n$): read which one the question wants.
- Mixing up simple interest (arithmetic) with compound interest (geometric, topic 1.3–1.4).

### Exam tips

- Write down $u_1$, $d$ and $n$ with their values before substituting: the method mark is awarded for the right formula with the right values, even if a later slip happens.
- When a question says "show that" for a sum, write the substituted formula and the result; a GDC value alone does not show anything.
- In context answers, include units and answer the question asked (number of rows, not the value of $n$ from the equation).`,
  },
  {
    key: "mathai-note-1-3",
    levels: BOTH,
    topicCode: "1.3",
    body: String.raw`A **geometric sequence** is multiplied by the same number, the **common ratio** $r$, each time. It models anything that grows or shrinks by a fixed *percentage*: populations, sales, the spread of a rumour, a bouncing ball, the value of an investment. Questions ask you to find a term, a sum, the ratio, or when a quantity first passes a value.

### Key ideas (formulae in the formula booklet)

| | Formula |
|---|---|
| $n$th term | $u_n = u_1 r^{\,n-1}$ |
| Sum of first $n$ terms | $S_n = \frac{u_1\left(r^n - 1\right)}{r - 1} = \frac{u_1\left(1 - r^n\right)}{1 - r}, \quad r \neq 1$ |

- Find $r$ by dividing a term by the one before it: $r = \frac{u_{k+1}}{u_k}$.
- A percentage change gives the ratio: an increase of 5% means $r = 1.05$; a decrease of 12% means $r = 0.88$.
- Given two terms, divide them: if $u_2 = 6$ and $u_5 = 162$ then $r^3 = 27$, so $r = 3$ and $u_1 = 2$.

### Worked example

A company sells 2000 units in its first year. Sales increase by 5% each year.

(a) Find the number of units sold in the 8th year.

$$u_8 = 2000 \times 1.05^{7} = 2814.2\ldots \approx 2810 \text{ units}$$

(b) Find the total number of units sold in the first 10 years.

$$S_{10} = \frac{2000\left(1.05^{10} - 1\right)}{1.05 - 1} = 25\,155.8\ldots \approx 25\,200 \text{ units}$$

(c) Find the first year in which sales exceed 4000 units.

We need $2000 \times 1.05^{\,n-1} > 4000$, that is $1.05^{\,n-1} > 2$. Using the GDC (a table or the solver), $n - 1 > 14.2$, so $n > 15.2$. Check: $u_{15} = 3959.9$ and $u_{16} = 4157.9$, so sales first exceed 4000 in **year 16**.

### Using the GDC

- Paper 1 and Paper 2 both allow the GDC, so an unknown in the power is solved with a table, the equation solver or a graph intersection. Write down the equation or inequality you are solving first.
- For a sum, the formula or the sum function on the GDC both work; quote the formula you used.

### Common mistakes

- Writing $u_n = u_1 r^n$: the first term has $r^0$, so the $n$th term has $r^{n-1}$.
- Using $r = 5$ or $r = 0.05$ for a 5% increase. The ratio is $1 + 0.05 = 1.05$.
- Answering "year 15.2": the answer must be a whole year, and it must actually satisfy the condition, so check the terms either side.
- Using the arithmetic formulae because the question says "increases each year": an increase by a fixed *amount* is arithmetic, by a fixed *percentage* is geometric.
- Premature rounding of $r$ (for example 1.1 instead of 1.05): the errors grow fast with large powers.

### Exam tips

- Define your sequence in words ("$u_n$ = units sold in year $n$") before you start: it stops you mixing up $n$ and $n - 1$.
- When comparing two models (say, an arithmetic salary and a geometric one), make a GDC table of both and state the first $n$ where one overtakes the other.
- In "explain why the model may not be suitable" questions, comment on unlimited growth: a geometric model keeps growing for ever, which real sales or populations cannot.`,
  },
  {
    key: "mathai-note-1-4",
    levels: BOTH,
    topicCode: "1.4",
    body: String.raw`**Compound interest** is interest paid on interest: each period the balance is multiplied by the same factor, so the balances form a geometric sequence. **Depreciation** is the same idea in reverse: an asset (a car, a machine) loses a fixed percentage of its value each year. Questions ask for a future value, the interest rate, the time needed to reach a target, or the value after depreciation, and they expect you to use the GDC's finance solver (TVM).

### Key ideas

The compound interest formula (in the formula booklet):

$$FV = PV \times \left(1 + \frac{r}{100k}\right)^{kn}$$

where $PV$ is the present value, $FV$ the future value, $r$ the annual interest rate as a percentage, $n$ the number of years and $k$ the number of compounding periods per year (1 yearly, 4 quarterly, 12 monthly).

- **Depreciation** at $r\%$ per year: value after $n$ years $= \text{initial value} \times \left(1 - \frac{r}{100}\right)^n$.
- **Inflation** reduces what money can buy. The *real value* of an amount after $n$ years is found by allowing for the inflation rate; IB questions often do this by using (interest rate $-$ inflation rate) as a real interest rate. Follow what the question describes.

### The TVM solver

| Entry | Meaning |
|---|---|
| N | total number of periods ($k \times n$) |
| I% | annual interest rate |
| PV | present value (money you pay in: negative) |
| PMT | regular payment (0 for a single investment) |
| FV | future value (money you get back: positive) |
| P/Y, C/Y | payments and compounding periods per year |

The sign convention matters: money leaving you is negative, money coming to you is positive. If PV and FV have the same sign the solver gives an error or nonsense.

### Worked example

Ana invests €5000 at 3.2% per year, compounded monthly.

(a) Find the value after 6 years, to the nearest euro.

$$FV = 5000\left(1 + \frac{3.2}{1200}\right)^{72} = 6056.80\ldots \approx \text{€}6057$$

TVM: N = 72, I% = 3.2, PV = −5000, PMT = 0, P/Y = C/Y = 12, solve for FV.

(b) Find how many years it takes for the investment to double.

TVM with FV = 10000, solve for N: N = 260.3 months, which is 21.7 years. Because interest is added at the end of each month, the value first reaches €10 000 after 261 months (21 years 9 months).

(c) A car bought for USD 24 000 depreciates by 15% per year. Find its value after 5 years.

$$24\,000 \times 0.85^{5} = 10\,648.93 \approx \text{USD } 10\,600$$

### Common mistakes

- Using N = 6 when interest is compounded monthly: N counts periods, so N = 72.
- Forgetting to set C/Y (and P/Y) to 12 for monthly compounding.
- Writing $1 + 3.2$ instead of $1 + \frac{3.2}{100}$, or $0.15^5$ for depreciation instead of $0.85^5$.
- Rounding money to 3 significant figures when the question asks for the nearest cent or whole euro. Money answers follow the instruction in the question (often 2 decimal places).

### Exam tips

- Write down the values you enter into the TVM solver (N, I%, PV, PMT, FV, P/Y, C/Y): that is your working and earns the method marks.
- "Find the interest earned" means $FV - PV$, not $FV$.
- When asked for a number of years, interpret the solver's answer: interest is paid at the end of a period, so round up and state the answer in years (and months if asked).
- For comparison questions (two accounts, two rates) compute both values and make a clear final statement about which is better and by how much.`,
  },
  {
    key: "mathai-note-1-5",
    levels: BOTH,
    topicCode: "1.5",
    body: String.raw`This topic has two parts: the **laws of exponents** with integer powers, used to simplify algebraic expressions, and an **introduction to logarithms**, which undo exponentials. Logarithms matter in this course because many models are exponential ($P = 5 \times 1.08^t$) and questions ask when the model reaches a value, which means solving for an exponent.

### Laws of exponents (learn these)

For integer exponents $m$, $n$ and $a, b \neq 0$:

| Law | Example |
|---|---|
| $a^m \times a^n = a^{m+n}$ | $x^3 \times x^5 = x^8$ |
| $a^m \div a^n = a^{m-n}$ | $y^7 \div y^2 = y^5$ |
| $\left(a^m\right)^n = a^{mn}$ | $\left(p^2\right)^4 = p^8$ |
| $(ab)^n = a^n b^n$ | $(3x)^2 = 9x^2$ |
| $a^0 = 1$ | $5^0 = 1$ |
| $a^{-n} = \frac{1}{a^n}$ | $2^{-3} = \frac{1}{8}$ |

### Introduction to logarithms

A logarithm answers "what power?":

$$a^x = b \iff x = \log_a b, \qquad a > 0,\ a \neq 1,\ b > 0$$

This equivalence is in the formula booklet. So $\log_2 32 = 5$ because $2^5 = 32$, and $\log_{10} 0.001 = -3$ because $10^{-3} = 0.001$.

- $\log x$ with no base means $\log_{10} x$; $\ln x$ means $\log_e x$, where $e \approx 2.71828$.
- You cannot take the log of zero or a negative number.
- Your GDC has log and ln keys (and usually a $\log_a$ template).

### Worked example

(a) Simplify $\dfrac{\left(2x^{3}y^{-2}\right)^{3}}{4x^{-1}y}$, giving your answer with positive exponents.

$$\frac{8x^{9}y^{-6}}{4x^{-1}y} = 2x^{9-(-1)}y^{-6-1} = 2x^{10}y^{-7} = \frac{2x^{10}}{y^{7}}$$

(b) A population of fish is modelled by $P = 5 \times 1.08^{t}$ thousand, $t$ years after a lake is restocked. Find when the population reaches 20 thousand.

$$5 \times 1.08^{t} = 20 \;\Rightarrow\; 1.08^{t} = 4 \;\Rightarrow\; t = \log_{1.08} 4 = 18.0 \text{ years (3 s.f.)}$$

On the GDC you could instead graph $y = 5 \times 1.08^x$ and $y = 20$ and find the intersection ($x = 18.01\ldots$), or use the solver. Writing the equation first is what earns the method mark.

### Common mistakes

- Multiplying the powers when you should add them: $x^3 \times x^5 \neq x^{15}$.
- Forgetting to raise the number as well: $\left(2x^3\right)^3 = 8x^9$, not $2x^9$.
- Treating $-2^4$ as $(-2)^4$: the first is $-16$, the second 16.
- Thinking $a^{-n}$ is negative. $2^{-3} = \frac{1}{8}$ is positive.
- Dividing by 5 incorrectly in (b): $5 \times 1.08^t = 20$ does not give $5.4^t = 20$; divide by 5 first.

### Exam tips

- "Simplify" usually means one term per base with positive exponents; read whether the question wants a particular form.
- For exponential models, write down the equation you solve and the GDC method, then give the answer in context (units, and round sensibly: a time in years to 3 s.f. unless told otherwise).
- Use the log–exponent equivalence in both directions: "write $\log_3 81 = 4$ in exponential form" is $3^4 = 81$.`,
  },
  {
    key: "mathai-note-1-6",
    levels: BOTH,
    topicCode: "1.6",
    body: String.raw`Every measurement is rounded, so every calculation based on measurements is approximate. This topic covers rounding to **decimal places** and **significant figures**, the **upper and lower bounds** of a rounded value, and the **percentage error** between an approximate and an exact value. Questions ask you to round, to find the greatest or least possible value of a calculated quantity, and to measure how good an estimate was.

### Key ideas

- **Decimal places (d.p.)** count digits after the decimal point; **significant figures (s.f.)** count from the first non-zero digit: $0.004\,072$ is $0.0041$ to 2 s.f. and $0.004$ to 3 d.p.; $38\,650$ is $38\,700$ to 3 s.f. (zeros keep the size).
- IB default: unless a question says otherwise, give answers **exactly or to 3 significant figures**. Money is normally given to 2 d.p. (or the nearest whole unit if asked).
- **Bounds**: a value rounded to the nearest unit $u$ lies within half a unit either side. A length of 12.4 cm to the nearest mm lies in $12.35 \le L < 12.45$.
- Upper and lower bounds of calculations:

| Calculation | Upper bound | Lower bound |
|---|---|---|
| $a + b$ | $a_{\max} + b_{\max}$ | $a_{\min} + b_{\min}$ |
| $a \times b$ | $a_{\max} \times b_{\max}$ | $a_{\min} \times b_{\min}$ |
| $a - b$ | $a_{\max} - b_{\min}$ | $a_{\min} - b_{\max}$ |
| $a \div b$ | $a_{\max} \div b_{\min}$ | $a_{\min} \div b_{\max}$ |

(The product rule assumes positive quantities, as measurements are.)

- **Percentage error** (in the formula booklet):

$$\varepsilon = \left\lvert \frac{v_A - v_E}{v_E} \right\rvert \times 100\%$$

where $v_A$ is the approximate value and $v_E$ the exact value. You divide by the *exact* value.

### Worked example

A rectangular tile measures 12.4 cm by 8.6 cm, each to the nearest millimetre.

(a) Write down the lower and upper bounds of the length. $\quad 12.35 \le L < 12.45$ cm.

(b) Find the upper and lower bounds of the area.

$$A_{\max} = 12.45 \times 8.65 = 107.6925 \text{ cm}^2, \qquad A_{\min} = 12.35 \times 8.55 = 105.5925 \text{ cm}^2$$

(c) Using the measured values, the area is $12.4 \times 8.6 = 106.64$ cm². Find the percentage error if the true area is the upper bound.

$$\varepsilon = \left\lvert \frac{106.64 - 107.6925}{107.6925} \right\rvert \times 100\% = 0.977\% \text{ (3 s.f.)}$$

A second example: approximating $\pi$ by 3.14 gives $\varepsilon = \left\lvert \frac{3.14 - \pi}{\pi} \right\rvert \times 100\% = 0.0507\%$.

### Common mistakes

- Giving bounds for "to the nearest 10" as $\pm 10$ instead of $\pm 5$.
- For a difference or quotient, using max with max: the largest value of $a - b$ uses the *smallest* $b$.
- Dividing by the approximate value in the percentage error formula.
- Rounding intermediate values: a rounded value used in the next step can change the third significant figure of the answer. Store full values in the GDC.
- Losing place-holding zeros: $38\,650$ to 2 s.f. is $39\,000$, not 39.

### Exam tips

- An answer that is correct but not to 3 s.f. (or to the accuracy asked) can lose a mark; read the rounding instruction in each part.
- When asked for an exact answer, do not round at all (leave fractions or surds if needed).
- In "write down" questions for bounds, no working is needed, but the inequality or both values must be clear.
- Percentage error is always non-negative; state it with a % sign.`,
  },
  {
    key: "mathai-note-1-7",
    levels: BOTH,
    topicCode: "1.7",
    body: String.raw`A **loan** (mortgage, car loan) is paid back by equal regular payments that cover the interest and gradually reduce the debt: this is **amortization**. An **annuity** is the reverse: a lump sum is invested and pays out a fixed amount regularly, or regular payments are made into an account. In this course both are done **with technology**, using the TVM (finance) solver of the GDC. Questions ask for the regular payment, the total paid, the total interest, the amount still owed after some time, or how long a fund will last.

### Key ideas

- The TVM solver relates N (number of payments), I% (annual rate), PV (present value), PMT (regular payment), FV (future value), P/Y (payments per year) and C/Y (compounding periods per year). Give any six and it finds the seventh.
- **Sign convention**: money you receive is positive, money you pay out is negative. For a loan you receive PV (positive) and pay PMT (negative); the loan is cleared when FV = 0.
- Total amount paid $= N \times \lvert PMT \rvert$; total interest $=$ total paid $-$ amount borrowed.
- The **outstanding balance** after $m$ payments: set N = $m$ and solve for FV (it will be negative: you still owe it).
- An **amortization table** lists, for each period, the interest charged, the part of the payment that reduces the debt, and the new balance. Early payments are mostly interest; later ones mostly repay the principal.

### Worked example

Kai borrows USD 180 000 to buy a flat. The loan is repaid by equal monthly payments over 25 years at a rate of 4.5% per year, compounded monthly.

(a) Find the monthly payment.

TVM: N = 300, I% = 4.5, PV = 180 000, FV = 0, P/Y = C/Y = 12. Solve for PMT: $PMT = -1000.50$, so Kai pays **USD 1000.50** per month.

(b) Find the total interest paid.

$$300 \times 1000.498\ldots = 300\,149.54, \qquad 300\,149.54 - 180\,000 = \text{USD } 120\,149.54$$

(c) Find the amount still owed after 5 years.

Set N = 60 (keep PV and PMT) and solve for FV: $FV = -158\,144.23$, so Kai still owes about **USD 158 144**. After a fifth of the term, less than 13% of the debt has been repaid, because early payments are mostly interest.

(d) Annuity: how much must be invested now at 3% per year, compounded monthly, to pay out USD 1000 a month for 20 years?

TVM: N = 240, I% = 3, PMT = 1000, FV = 0, P/Y = C/Y = 12, solve for PV: $PV = -180\,310.91$, so **USD 180 311** must be invested.

### Common mistakes

- Entering the number of years as N when payments are monthly.
- Getting the signs wrong, so the solver returns an error or a meaningless value. Think: who receives this money?
- Rounding the payment to 1000.50 and then multiplying by 300: use the stored unrounded value for totals, or the answer can be a few cents out.
- Forgetting that "total interest" subtracts the amount borrowed.

### Exam tips

- Your working is the list of values entered into the solver. Write them all down, including P/Y and C/Y; an answer with no working cannot earn method marks if it is wrong.
- Money answers: give them to 2 d.p. (or as the question says), and state the currency.
- Comparison questions ("Option A: 20 years at 4.2%, Option B: 25 years at 3.9%") need the monthly payment *and* the total cost of each, then a conclusion that answers the question.
- "Explain why the total repaid is more than the amount borrowed" wants a sentence about interest being charged on the outstanding balance each month.`,
  },
  {
    key: "mathai-note-1-8",
    levels: BOTH,
    topicCode: "1.8",
    body: String.raw`Many modelling problems end in a set of equations. This topic is about setting them up and solving them **using technology**: systems of up to three linear equations in up to three unknowns, and polynomial equations (quadratics, cubics and higher). The GDC does the solving; the marks are for forming the equations correctly and interpreting the solutions in context.

### Key ideas

- A **system of linear equations** with two or three unknowns: write each condition as one equation, put them in the standard form $ax + by + cz = d$, and enter the coefficients in the GDC's simultaneous equation solver.
- A system can have one solution, none (the conditions contradict each other), or infinitely many (one condition repeats another). The GDC will warn you in the last two cases.
- A **polynomial equation** $a_n x^n + \dots + a_1 x + a_0 = 0$: rearrange so one side is zero, then use the polynomial solver, or graph the polynomial and find the zeros.
- A polynomial of degree $n$ has at most $n$ real roots. In context, reject roots that make no sense (negative lengths, times outside the model's domain).

### Worked example 1: a linear system

At a café, 2 coffees, 1 tea and 3 muffins cost USD 17.30; 1 coffee, 2 teas and 1 muffin cost USD 11.00; 3 coffees and 2 muffins cost USD 15.20. Find the price of each item.

Let $c$, $t$, $m$ be the prices in USD.

$$2c + t + 3m = 17.30, \qquad c + 2t + m = 11.00, \qquad 3c + 2m = 15.20$$

Note the third equation has $0t$: enter the coefficient 0. The GDC gives $c = 3.20$, $t = 2.50$, $m = 2.80$. A coffee costs USD 3.20, a tea USD 2.50 and a muffin USD 2.80. (Check: $2(3.20) + 2.50 + 3(2.80) = 17.30$.)

### Worked example 2: a polynomial equation

An open box is made from a 20 cm by 30 cm sheet of card by cutting a square of side $x$ cm from each corner and folding up the sides. Find $x$ if the volume is 800 cm³.

$$V = x(20 - 2x)(30 - 2x) = 800$$

Expanding (or entering directly as a graph): $4x^3 - 100x^2 + 600x - 800 = 0$. The GDC gives $x = 1.88$, $x = 6.36$ or $x = 16.8$ (3 s.f.). The side lengths must be positive, so $0 < x < 10$, and $x = 16.8$ is rejected. **Two** boxes work: $x = 1.88$ cm or $x = 6.36$ cm.

### Common mistakes

- Entering an equation that is not in the form the solver expects (for example leaving a term on the wrong side, or forgetting a zero coefficient).
- Solving $V = 800$ with the polynomial solver without first subtracting 800.
- Giving all the roots the GDC finds, including impossible ones, or rejecting one without a reason.
- Rounding prices to 3 s.f. (USD 3.20 is fine; USD 11.0 for a total looks odd; give money to 2 d.p.).

### Exam tips

- Define your variables in words ("let $c$ = price of a coffee in USD") and write out the equations: that is where the marks are, because the solution itself comes from the GDC.
- If a question says "write down" the solutions, a GDC answer is enough; if it says "show that", you need algebra or a substitution check.
- When a root is rejected, give the reason in context ("$x < 10$ since the card is only 20 cm wide").
- Check at least one solution in the original wording of the problem.`,
  },
  {
    key: "mathai-note-1-9",
    levels: HL,
    topicCode: "1.9",
    body: String.raw`The **laws of logarithms** let you combine, split and rearrange logarithms, and so solve exponential equations exactly and rearrange models such as $N = N_0 e^{-kt}$. They also underpin log scales and the linearization of data (topic 2.10). Questions ask you to simplify, to write an expression as a single logarithm, and to solve equations with the unknown in the exponent.

### Key ideas (in the formula booklet)

For $a, x, y > 0$ and $a \neq 1$:

$$\log_a xy = \log_a x + \log_a y, \qquad \log_a \frac{x}{y} = \log_a x - \log_a y, \qquad \log_a x^m = m\log_a x$$

Change of base:

$$\log_b a = \frac{\log_c a}{\log_c b}$$

Useful facts that follow from the definition: $\log_a 1 = 0$, $\log_a a = 1$, $\log_a a^x = x$ and $a^{\log_a x} = x$. In particular $\ln e^x = x$ and $e^{\ln x} = x$.

There is **no** law for $\log_a (x + y)$: it does not split.

### Worked example 1: single logarithm

Write $\log_2 48 - \log_2 3$ as an integer.

$$\log_2 48 - \log_2 3 = \log_2 \frac{48}{3} = \log_2 16 = 4$$

Similarly $2\ln 3 + \ln 5 - \ln 9 = \ln \frac{9 \times 5}{9} = \ln 5$.

### Worked example 2: unknown in two exponents

Solve $3^{2x+1} = 7^{x}$, giving an exact answer and a decimal answer.

Take ln of both sides and use the power law:

$$(2x + 1)\ln 3 = x\ln 7$$
$$2x\ln 3 - x\ln 7 = -\ln 3$$
$$x\left(2\ln 3 - \ln 7\right) = -\ln 3 \;\Rightarrow\; x = \frac{\ln 3}{\ln 7 - 2\ln 3} = -4.37 \text{ (3 s.f.)}$$

A GDC intersection of $y = 3^{2x+1}$ and $y = 7^{x}$ confirms this.

### Worked example 3: rearranging a model

A drug's concentration is $C = 40e^{-0.15t}$ mg/l after $t$ hours. Make $t$ the subject.

$$\frac{C}{40} = e^{-0.15t} \;\Rightarrow\; \ln\frac{C}{40} = -0.15t \;\Rightarrow\; t = -\frac{1}{0.15}\ln\frac{C}{40} = \frac{20}{3}\ln\frac{40}{C}$$

### Common mistakes

- $\log(x + y) = \log x + \log y$ (false) and $\frac{\log x}{\log y} = \log\frac{x}{y}$ (false).
- $\log x^2$ vs $(\log x)^2$: the power law only moves a power *inside* the log.
- Dividing by the wrong thing when collecting terms in $x$: factorise $x$ out first, as in example 2.
- Forgetting that logs need positive arguments: check solutions of log equations in the original equation and reject any that give $\log$ of a non-positive number.

### Exam tips

- "Find the exact value" means leave the answer with ln or log in it; a decimal alone loses the mark.
- "Show that" questions need every law used in a separate visible step.
- If no method is specified, a GDC solution is acceptable for a numerical answer, but writing the logarithmic equation first shows the method.
- Use the change of base formula to evaluate $\log_b a$ if your GDC has no $\log_b$ template: $\log_2 50 = \frac{\ln 50}{\ln 2} = 5.64$.`,
  },
  {
    key: "mathai-note-1-10",
    levels: HL,
    topicCode: "1.10",
    body: String.raw`This topic extends the laws of exponents from integers to **rational (fractional) exponents**, so that roots and powers can be written and simplified in one notation. It is needed for models of the form $y = ax^{b}$ with non-integer $b$ (allometric relationships, Kepler's law, power models from log–log data) and for rearranging formulae. Questions ask you to evaluate, to simplify expressions into a given form, and to solve simple equations.

### Key ideas

The meaning of a rational exponent (learn this):

$$a^{\frac{1}{n}} = \sqrt[n]{a}, \qquad a^{\frac{m}{n}} = \left(\sqrt[n]{a}\right)^{m} = \sqrt[n]{a^{m}}, \qquad a^{-\frac{m}{n}} = \frac{1}{a^{\frac{m}{n}}}$$

All the integer laws still hold (for $a > 0$):

| Law | Example |
|---|---|
| $a^m a^n = a^{m+n}$ | $x^{\frac{1}{2}} \times x^{\frac{3}{2}} = x^{2}$ |
| $a^m \div a^n = a^{m-n}$ | $x^{\frac{1}{3}} \div x^{\frac{4}{3}} = x^{-1}$ |
| $\left(a^m\right)^n = a^{mn}$ | $\left(x^{\frac{2}{3}}\right)^{6} = x^{4}$ |
| $(ab)^n = a^n b^n$ | $\left(9x^{4}\right)^{\frac{1}{2}} = 3x^{2}$ |

- Work out the root first when evaluating by hand: it keeps numbers small. $27^{\frac{2}{3}} = \left(\sqrt[3]{27}\right)^2 = 3^2 = 9$.
- Roots of expressions: $\sqrt{x} = x^{\frac{1}{2}}$, $\frac{1}{\sqrt[3]{x}} = x^{-\frac{1}{3}}$. Writing everything as a power is the first step of most simplifications (and of differentiation in topic 5).

### Worked example

(a) Evaluate $16^{-\frac{3}{4}}$.

$$16^{-\frac{3}{4}} = \frac{1}{\left(\sqrt[4]{16}\right)^{3}} = \frac{1}{2^{3}} = \frac{1}{8}$$

(b) Simplify $\left(8x^{6}\right)^{\frac{2}{3}}$.

$$\left(8x^{6}\right)^{\frac{2}{3}} = 8^{\frac{2}{3}} \, x^{6 \times \frac{2}{3}} = 4x^{4}$$

(c) Write $\dfrac{x^{2}\sqrt{x}}{\sqrt[3]{x}}$ in the form $x^{k}$.

$$\frac{x^{2} \cdot x^{\frac{1}{2}}}{x^{\frac{1}{3}}} = x^{2 + \frac{1}{2} - \frac{1}{3}} = x^{\frac{13}{6}}$$

(d) Solve $x^{\frac{3}{2}} = 27$.

Raise both sides to the power $\frac{2}{3}$: $x = 27^{\frac{2}{3}} = 9$.

### In context

Kepler's third law can be written $T = kr^{\frac{3}{2}}$: if the orbital radius is multiplied by 4, the period is multiplied by $4^{\frac{3}{2}} = 8$. Questions like this test whether you can apply a power to a scale factor.

### Common mistakes

- Reading $a^{\frac{2}{3}}$ as $\frac{2}{3}a$ or as $a^{2} \div 3$.
- Forgetting to apply the exponent to the number: $\left(8x^6\right)^{\frac{2}{3}} = 4x^4$, not $8x^4$.
- Thinking a negative exponent makes a negative number: $16^{-\frac{3}{4}} = \frac{1}{8} > 0$.
- Adding fractions in exponents carelessly: use a common denominator, $\frac{1}{2} - \frac{1}{3} = \frac{1}{6}$.

### Exam tips

- "In the form $ax^{k}$" is a precise instruction: give the numbers $a$ and $k$ clearly, with $k$ as a fraction, not a rounded decimal.
- Check a simplification numerically on the GDC by substituting a value such as $x = 2$ into both forms.
- For an exact answer, keep fractions and surds; give decimals to 3 s.f. only when asked or in context.`,
  },
  {
    key: "mathai-note-1-11",
    levels: HL,
    topicCode: "1.11",
    body: String.raw`When a geometric sequence has a common ratio between $-1$ and $1$, its terms shrink towards zero and the sum of more and more terms approaches a fixed value: the **sum to infinity**. In Applications and Interpretation this models long-term totals: the total distance travelled by a bouncing ball, the long-run level of a drug taken daily, the total effect of repeated spending in an economy. Questions ask you to find the sum, to justify that it exists, and to interpret it.

### Key ideas (formula in the formula booklet)

$$S_{\infty} = \frac{u_1}{1 - r}, \qquad \lvert r \rvert < 1$$

- The condition $\lvert r \rvert < 1$ is essential. If $\lvert r \rvert \ge 1$ the terms do not shrink and the series has no finite sum.
- Why it works: $S_n = \frac{u_1(1 - r^n)}{1 - r}$ and $r^n \to 0$ as $n \to \infty$ when $\lvert r \rvert < 1$.
- The sum to infinity is a *limit*: no finite number of terms ever reaches it exactly, but the partial sums get as close as you like.

### Worked example 1: bouncing ball

A ball is dropped from a height of 5 m. After each bounce it rises to 70% of its previous height. Find the total vertical distance travelled before it comes to rest.

The first drop is 5 m. After that, each bounce gives an upward and an equal downward distance: $3.5, 2.45, \dots$ each counted twice.

$$\text{Total} = 5 + 2 \times \frac{3.5}{1 - 0.7} = 5 + 2 \times 11.\overline{6} = 28.3 \text{ m (3 s.f.)}$$

### Worked example 2: long-term drug level

A patient takes 100 mg of a drug every day. By the next day, 40% of the amount in the body remains. Immediately after the $n$th dose the amount is

$$100 + 100(0.4) + 100(0.4)^2 + \dots + 100(0.4)^{n-1}$$

a geometric series with $r = 0.4$. In the long term, the amount just after a dose approaches

$$S_{\infty} = \frac{100}{1 - 0.4} = 166.\overline{6} \approx 167 \text{ mg}$$

A GDC table of $S_n$ shows the amount is already above 166 mg by the 7th day.

### Finding the ratio from the sum

If $S_{\infty} = 24$ and $u_1 = 6$, then $\frac{6}{1 - r} = 24$, so $1 - r = 0.25$ and $r = 0.75$ (which satisfies $\lvert r \rvert < 1$).

### Common mistakes

- Using the formula when $\lvert r \rvert \ge 1$ (for example for a growing population): the result is meaningless.
- Counting a bouncing ball's distances once instead of twice (up and down), or counting the first drop twice.
- Writing $1 + r$ in the denominator, or using $u_2$ instead of $u_1$.
- Confusing "the sum to infinity" (a total) with "the limit of the terms" (which is 0).

### Exam tips

- When asked to "explain why the sum to infinity exists", state the value of $r$ and that $\lvert r \rvert < 1$; that sentence is usually a mark.
- "Find the least $n$ for which $S_n$ is within 1% of $S_{\infty}$": set up the inequality, solve with a GDC table, and check the integers either side.
- In context, comment on the model: a real ball stops after finitely many bounces, so the infinite sum is an idealisation (an upper estimate).`,
  },
  {
    key: "mathai-note-1-12",
    levels: HL,
    topicCode: "1.12",
    body: String.raw`A **complex number** has the form $z = a + bi$ where $i^2 = -1$, $a = \text{Re}(z)$ is the real part and $b = \text{Im}(z)$ the imaginary part. Complex numbers let every quadratic have solutions, and in this course they are a tool for modelling things that rotate or oscillate (AC circuits, combining waves), which is developed in topic 1.13. Here you learn the **Cartesian form**, the four operations and the **complex plane** (Argand diagram).

### Key ideas

- **Adding and subtracting**: combine real parts and imaginary parts separately. $(3 + 2i) + (1 - 4i) = 4 - 2i$.
- **Multiplying**: expand the brackets and replace $i^2$ by $-1$.
- **Complex conjugate**: $z^* = a - bi$. Then $zz^* = a^2 + b^2$, a real number.
- **Dividing**: multiply the numerator and the denominator by the conjugate of the denominator, so the denominator becomes real.
- **Equal complex numbers** have equal real parts *and* equal imaginary parts: this gives two equations from one.
- **The complex plane**: $z = a + bi$ is plotted as the point $(a, b)$, with the real axis horizontal and the imaginary axis vertical. The **modulus** $\lvert z \rvert = \sqrt{a^2 + b^2}$ is the distance from the origin. Adding complex numbers is like adding vectors.
- Quadratics with negative discriminant have a pair of **conjugate** complex roots, e.g. $x^2 - 4x + 13 = 0$ gives $x = 2 \pm 3i$.

### Worked example

Let $z = 3 + 2i$ and $w = 1 - 4i$.

(a) Find $2z - w$. $\quad 2z - w = 6 + 4i - 1 + 4i = 5 + 8i$.

(b) Find $zw$.

$$zw = (3 + 2i)(1 - 4i) = 3 - 12i + 2i - 8i^2 = 3 - 10i + 8 = 11 - 10i$$

(c) Find $\dfrac{z}{w}$ in the form $a + bi$.

$$\frac{3 + 2i}{1 - 4i} \times \frac{1 + 4i}{1 + 4i} = \frac{3 + 12i + 2i + 8i^2}{1 + 16} = \frac{-5 + 14i}{17} = -\frac{5}{17} + \frac{14}{17}i$$

(d) Find $\lvert z \rvert$. $\quad \lvert z \rvert = \sqrt{3^2 + 2^2} = \sqrt{13} \approx 3.61$.

Your GDC can check all of these in complex mode (a + bi); on papers with a GDC, calculations like (c) can be done directly on it, but "show that" questions need the algebra.

### Common mistakes

- Writing $i^2 = 1$, or forgetting to replace $i^2$ at all.
- Multiplying only the numerator by the conjugate when dividing.
- Thinking $\text{Im}(3 + 2i) = 2i$: the imaginary part is the real number 2.
- Plotting $a + bi$ at $(b, a)$.
- Writing $\lvert 3 + 2i \rvert = \sqrt{3^2 + (2i)^2}$: use the real number $b$, not $bi$.

### Exam tips

- "Give your answer in the form $a + bi$, where $a, b \in \mathbb{R}$" means the final line must look exactly like that; fractions are fine and often preferred over decimals.
- To find unknowns from an equation like $(x + yi)(2 - i) = 7 + 4i$, expand, then equate real and imaginary parts, and solve the pair of equations (a GDC system solver is fine).
- On an Argand diagram, label the axes (Re, Im) and each point clearly.`,
  },
  {
    key: "mathai-note-1-13",
    levels: HL,
    topicCode: "1.13",
    body: String.raw`A complex number can be described by its distance from the origin and its direction instead of by its real and imaginary parts. This gives the **modulus–argument (polar) form** and the **exponential (Euler) form**, which make multiplying, dividing and taking powers easy, and which are used to combine oscillations of the same frequency (for example voltages in AC circuits). Questions ask you to convert between forms, to multiply and divide in polar form, and to interpret the results geometrically.

### Key ideas

For $z = a + bi$ with modulus $r = \lvert z \rvert = \sqrt{a^2 + b^2}$ and argument $\theta = \arg z$ (the angle from the positive real axis):

$$z = r(\cos\theta + i\sin\theta) = r\,\text{cis}\,\theta = re^{i\theta}$$

These forms are in the formula booklet. Going back: $a = r\cos\theta$, $b = r\sin\theta$.

- **Finding the argument**: $\tan\theta = \frac{b}{a}$, but check the quadrant with a sketch. For $-1 - i$, $\tan\theta = 1$ but $\theta = -\frac{3\pi}{4}$, not $\frac{\pi}{4}$. Arguments are usually given in radians, in $-\pi < \theta \le \pi$ (or $0 \le \theta < 2\pi$ if the question says so).
- **Multiplying**: multiply the moduli, add the arguments: $r_1e^{i\theta_1} \times r_2e^{i\theta_2} = r_1r_2e^{i(\theta_1 + \theta_2)}$. Geometrically, multiplying by $re^{i\theta}$ is an enlargement by scale factor $r$ and a rotation by $\theta$ about the origin.
- **Dividing**: divide the moduli, subtract the arguments.
- **Powers**: $\left(re^{i\theta}\right)^n = r^n e^{in\theta}$.
- **Adding** is easiest in Cartesian form: convert, add, convert back.

### Worked example 1: powers

Let $z = 1 + \sqrt{3}\,i$. Write $z$ in exponential form and hence find $z^6$.

$$r = \sqrt{1 + 3} = 2, \qquad \theta = \arctan\sqrt{3} = \frac{\pi}{3} \quad (\text{first quadrant})$$

$$z = 2e^{i\pi/3}, \qquad z^6 = 2^6 e^{i \cdot 2\pi} = 64(\cos 2\pi + i\sin 2\pi) = 64$$

### Worked example 2: adding two oscillations

Two voltages are $V_1 = 5\sin(\omega t)$ and $V_2 = 5\sin\left(\omega t + \frac{\pi}{3}\right)$. Represent each by a complex number with modulus = amplitude and argument = phase: $5e^{i0}$ and $5e^{i\pi/3}$. Add in Cartesian form:

$$5 + \left(2.5 + 4.330i\right) = 7.5 + 4.330i, \qquad \lvert 7.5 + 4.330i \rvert = 8.66, \quad \arg = \frac{\pi}{6}$$

So $V_1 + V_2 = 8.66\sin\left(\omega t + \frac{\pi}{6}\right)$ (exactly $5\sqrt{3}\sin\left(\omega t + \frac{\pi}{6}\right)$). A GDC graph of $V_1 + V_2$ confirms the amplitude.

### Common mistakes

- Taking $\arctan\frac{b}{a}$ without checking the quadrant (points in the 2nd and 3rd quadrants need $\pm\pi$ adjusting).
- Having the GDC in degrees when the answer should be in radians, or vice versa.
- Multiplying arguments instead of adding them, or adding moduli instead of multiplying.
- Trying to add complex numbers in polar form by adding moduli: $\lvert z + w \rvert \neq \lvert z \rvert + \lvert w \rvert$ in general.

### Exam tips

- Sketch $z$ on an Argand diagram before finding its argument; it takes ten seconds and prevents quadrant errors.
- "Give your answer in the form $re^{i\theta}$" means exact $r$ and $\theta$ if possible ($2e^{i\pi/3}$), otherwise 3 s.f.
- The GDC can convert between forms (polar/rectangular) and evaluate $e^{i\theta}$ in complex mode: use it to check.
- In geometric interpretation questions, say "enlargement scale factor $r$, rotation anticlockwise by $\theta$ about the origin".`,
  },
  {
    key: "mathai-note-1-14",
    levels: HL,
    topicCode: "1.14",
    body: String.raw`A **matrix** is a rectangular array of numbers, described by its order (rows × columns). Matrices store data (costs, transition probabilities, adjacency in networks) and turn systems of linear equations into one equation $AX = B$. This topic covers matrix algebra, determinants, inverses, and solving systems using inverses; for matrices larger than 2 × 2 you use the GDC.

### Key ideas

- **Adding and subtracting**: only for matrices of the same order, element by element. **Scalar multiplication** multiplies every element.
- **Multiplying** $AB$: possible only if the number of columns of $A$ equals the number of rows of $B$. An $m \times n$ matrix times an $n \times p$ matrix gives an $m \times p$ matrix; each element is a row of $A$ "dotted" with a column of $B$.
- Matrix multiplication is **not commutative**: in general $AB \neq BA$. It is associative: $(AB)C = A(BC)$.
- The **identity** $I$ has 1s on the leading diagonal and 0s elsewhere: $AI = IA = A$. The **zero matrix** has all entries 0.
- **Determinant** of a 2 × 2 matrix (in the formula booklet):

$$A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}, \qquad \det A = ad - bc, \qquad A^{-1} = \frac{1}{ad - bc}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}$$

- $A^{-1}$ exists only if $\det A \neq 0$ (the matrix is *non-singular*). $AA^{-1} = A^{-1}A = I$.
- Use the GDC for determinants and inverses of 3 × 3 matrices.
- **Solving systems**: write the system as $AX = B$; if $\det A \neq 0$, then $X = A^{-1}B$ (multiply on the *left*).

### Worked example 1: 2 × 2 by hand

Solve $3x + 2y = 7$, $5x + 4y = 11$ using a matrix method.

$$\begin{pmatrix} 3 & 2 \\ 5 & 4 \end{pmatrix}\begin{pmatrix} x \\ y \end{pmatrix} = \begin{pmatrix} 7 \\ 11 \end{pmatrix}, \qquad \det A = 12 - 10 = 2$$

$$\begin{pmatrix} x \\ y \end{pmatrix} = \frac{1}{2}\begin{pmatrix} 4 & -2 \\ -5 & 3 \end{pmatrix}\begin{pmatrix} 7 \\ 11 \end{pmatrix} = \frac{1}{2}\begin{pmatrix} 6 \\ -2 \end{pmatrix} = \begin{pmatrix} 3 \\ -1 \end{pmatrix}$$

So $x = 3$, $y = -1$ (check: $9 - 2 = 7$ and $15 - 4 = 11$).

### Worked example 2: 3 × 3 with the GDC

Solve $x + y + z = 6$, $2x - y + 3z = 13$, $x + 2y - z = 2$.

With $A = \begin{pmatrix} 1 & 1 & 1 \\ 2 & -1 & 3 \\ 1 & 2 & -1 \end{pmatrix}$ the GDC gives $\det A = 5 \neq 0$, so $A^{-1}$ exists, and $A^{-1}\begin{pmatrix} 6 \\ 13 \\ 2 \end{pmatrix}$ gives $x = 3.4$, $y = 0.4$, $z = 2.2$.

### Common mistakes

- Writing $X = BA^{-1}$: the inverse must be on the left because $A$ is on the left of $X$.
- Multiplying matrices element by element.
- Swapping $b$ and $c$ instead of changing their signs (or swapping $a$ and $d$ and forgetting the signs) in the 2 × 2 inverse.
- Assuming $AB = BA$ when simplifying expressions such as $(A + B)^2$, which is $A^2 + AB + BA + B^2$.

### Exam tips

- State orders when asked "is $AB$ defined?": "$A$ is $2 \times 3$ and $B$ is $3 \times 1$, so $AB$ is defined and is $2 \times 1$".
- To show a system has a unique solution, show $\det A \neq 0$.
- "Hence" after finding $A^{-1}$ means use $X = A^{-1}B$, not a different method.
- In context questions (costs, quantities), define what each row and column represents before multiplying.`,
  },
  {
    key: "mathai-note-1-15",
    levels: HL,
    topicCode: "1.15",
    body: String.raw`For a square matrix $A$, an **eigenvector** is a non-zero vector whose direction is unchanged by $A$: $A\mathbf{v} = \lambda\mathbf{v}$, where the number $\lambda$ is the **eigenvalue**. For 2 × 2 matrices this lets you **diagonalize** $A$ and find a formula for $A^n$, which describes the long-term behaviour of Markov chains (4.19) and of coupled differential equations (5.17). Questions ask you to find eigenvalues and eigenvectors, write $A = PDP^{-1}$, and use it for large powers.

### Key ideas

- **Characteristic equation**: $\det(A - \lambda I) = 0$. For $A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$,

$$\lambda^2 - (a + d)\lambda + (ad - bc) = 0$$

- **Eigenvector** for each $\lambda$: solve $(A - \lambda I)\mathbf{v} = \mathbf{0}$. The two rows give the *same* condition; any non-zero multiple of a solution is also an eigenvector.
- **Diagonalization**: if $A$ has two distinct eigenvalues $\lambda_1, \lambda_2$ with eigenvectors $\mathbf{v}_1, \mathbf{v}_2$, then

$$A = PDP^{-1}, \qquad P = \left(\mathbf{v}_1 \;\; \mathbf{v}_2\right), \qquad D = \begin{pmatrix} \lambda_1 & 0 \\ 0 & \lambda_2 \end{pmatrix}$$

- **Powers**: $A^n = PD^nP^{-1}$, and $D^n = \begin{pmatrix} \lambda_1^n & 0 \\ 0 & \lambda_2^n \end{pmatrix}$. An eigenvalue with $\lvert \lambda \rvert < 1$ dies away as $n$ grows; an eigenvalue of 1 gives the steady state.

### Worked example

Each year 20% of a town's car owners switch to public transport and 30% of public-transport users switch to cars. The transition matrix is

$$A = \begin{pmatrix} 0.8 & 0.3 \\ 0.2 & 0.7 \end{pmatrix}$$

(columns: from car, from public transport).

**Eigenvalues**: $\lambda^2 - 1.5\lambda + (0.56 - 0.06) = \lambda^2 - 1.5\lambda + 0.5 = 0$, so $(\lambda - 1)(\lambda - 0.5) = 0$, giving $\lambda = 1$ and $\lambda = 0.5$.

**Eigenvectors**: for $\lambda = 1$, $-0.2x + 0.3y = 0$, so $\mathbf{v}_1 = \begin{pmatrix} 3 \\ 2 \end{pmatrix}$. For $\lambda = 0.5$, $0.3x + 0.3y = 0$, so $\mathbf{v}_2 = \begin{pmatrix} 1 \\ -1 \end{pmatrix}$.

**Diagonalize**:

$$P = \begin{pmatrix} 3 & 1 \\ 2 & -1 \end{pmatrix}, \quad D = \begin{pmatrix} 1 & 0 \\ 0 & 0.5 \end{pmatrix}, \quad P^{-1} = \begin{pmatrix} 0.2 & 0.2 \\ 0.4 & -0.6 \end{pmatrix}$$

**Powers**: multiplying out $PD^nP^{-1}$ gives

$$A^n = \begin{pmatrix} 0.6 + 0.4(0.5)^n & 0.6 - 0.6(0.5)^n \\ 0.4 - 0.4(0.5)^n & 0.4 + 0.6(0.5)^n \end{pmatrix}$$

Check with $n = 1$: the top-left entry is $0.6 + 0.2 = 0.8$. As $n \to \infty$, $(0.5)^n \to 0$, so every column tends to $\begin{pmatrix} 0.6 \\ 0.4 \end{pmatrix}$: in the long run 60% of travellers use cars and 40% public transport, whatever the starting split. (After 5 years, starting with 1000 car users, $A^5$ gives 612.5 car users and 387.5 public transport users.)

### Common mistakes

- Sign errors in the characteristic equation: it is $\lambda^2 - (\text{trace})\lambda + \det = 0$.
- Putting the eigenvectors in $P$ in a different order from the eigenvalues in $D$.
- Writing $A^n = P^nD^nP^{-n}$ or $PD^nP$: only the middle matrix is raised to the power.
- Giving the zero vector as an eigenvector.

### Exam tips

- Use the GDC to check eigenvalues (solve the characteristic equation) and to check $PDP^{-1} = A$; but "show that" questions need the algebra.
- When asked to "interpret" the eigenvalues in context, link $\lambda = 1$ to the steady state and $\lvert \lambda \rvert < 1$ to the part of the difference that decays.
- Any scalar multiple of an eigenvector is accepted, but if the question gives a form (for example $\begin{pmatrix} 1 \\ k \end{pmatrix}$), use it.`,
  },
];
