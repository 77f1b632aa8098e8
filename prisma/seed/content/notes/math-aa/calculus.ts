import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 5, Calculus (5.1–5.11 for both levels, 5.12–5.19 HL only).
// Original writing; every number in a worked example has been computed and checked.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const calculusNotes: TopicNoteInput[] = [
  {
    key: "mathaa-note-5-1",
    levels: BOTH,
    topicCode: "5.1",
    body: String.raw`Calculus starts with one question: how steep is a curve at a single point? A straight line has one gradient everywhere, but a curve does not, so we approach the answer through a **limit**. Exam questions on this topic ask you to estimate a limit from a table of values, to interpret $\frac{dy}{dx}$ or $f'(x)$ as a gradient or a rate of change, and to explain what a derivative means in context.

### Key ideas

- A **limit** is the value an expression approaches as the input gets closer and closer to some number, even if the expression cannot be evaluated *at* that number. For example $\frac{x^2 - 4}{x - 2}$ is undefined at $x = 2$, but it equals $x + 2$ for every other $x$, so $\lim_{x \to 2} \frac{x^2 - 4}{x - 2} = 4$.
- The **gradient of a chord** between $(x, f(x))$ and $(x + h, f(x + h))$ is $\frac{f(x + h) - f(x)}{h}$. As $h \to 0$ the chord turns into the **tangent**, and the chord gradient approaches the gradient of the curve at that point.
- The **derivative** $f'(x)$, also written $\frac{dy}{dx}$, is the gradient function: put in an $x$-value and it returns the gradient of the tangent there.
- $\frac{dy}{dx}$ is also a **rate of change**: how fast $y$ changes per unit change in $x$. Its units are "units of $y$ per unit of $x$" (metres per second, litres per minute, euros per item).

### Worked example: a limit from chords

Estimate the gradient of $y = x^2$ at the point $(3, 9)$.

The chord from $(3, 9)$ to $(3 + h, (3 + h)^2)$ has gradient $\frac{(3 + h)^2 - 9}{h}$.

| $h$ | $1$ | $0.1$ | $0.01$ | $0.001$ |
|---|---|---|---|---|
| chord gradient | $7$ | $6.1$ | $6.01$ | $6.001$ |

The values approach $6$, so the gradient of the curve at $(3, 9)$ is $6$. Algebra confirms it: $\frac{(3 + h)^2 - 9}{h} = \frac{6h + h^2}{h} = 6 + h \to 6$ as $h \to 0$.

### Worked example: rate of change in context

The volume of water in a tank, $t$ minutes after a tap is opened, is $V(t) = 200 + 30t - t^2$ litres for $0 \le t \le 15$. Then $V'(t) = 30 - 2t$, so $V'(5) = 20$.

Interpretation: **five minutes after the tap is opened, the volume of water is increasing at 20 litres per minute.** A full answer names the quantity, the direction (increasing or decreasing), the rate with units, and the moment it applies to.

### Notation to recognise

| Notation | Meaning |
|---|---|
| $f'(x)$ | derivative of the function $f$ |
| $\frac{dy}{dx}$ | derivative of $y$ with respect to $x$ |
| $\frac{dV}{dt}$ | rate of change of $V$ with respect to time |
| $f'(a)$ | gradient of the curve (or the rate) at $x = a$ |

### Common mistakes

- Confusing $f(a)$ (the height of the curve) with $f'(a)$ (the gradient there).
- Dropping units or the word "per" in an interpretation: "the rate is 20" earns less than "increasing at 20 litres per minute".
- Thinking a limit is the value *at* the point. The limit describes what happens *near* it.

### Exam tips

- "Write down" a limit from a table means read the trend; no working is needed, but make sure the values really are settling.
- "Interpret" or "explain the meaning of" $f'(a)$ in context: answer in a full sentence in the language of the question.
- On Paper 2, the GDC can evaluate a derivative at a point numerically: useful to check an answer, but a "show that" still needs the algebra.`,
  },
  {
    key: "mathaa-note-5-2",
    levels: BOTH,
    topicCode: "5.2",
    body: String.raw`The sign of the derivative tells you which way a graph is going. Exam questions ask you to find the intervals on which a function increases or decreases, to **show that** a function is increasing (or decreasing) everywhere, and to connect the sign of $f'$ to a sketch of $f$.

### Key ideas

- $f'(x) > 0$ on an interval: $f$ is **increasing** there (the graph rises from left to right).
- $f'(x) < 0$ on an interval: $f$ is **decreasing** there.
- $f'(x) = 0$: the tangent is horizontal; this is a **stationary point**, where the function may change from increasing to decreasing (or the reverse).
- To find the intervals, solve $f'(x) = 0$, then test the sign of $f'$ between the roots. A **sign diagram** shows the working clearly.

### Worked example

Find the intervals on which $f(x) = x^3 - 6x^2 + 9x + 1$ is increasing and decreasing.

Differentiate and factorise:

$$f'(x) = 3x^2 - 12x + 9 = 3(x - 1)(x - 3)$$

$f'(x) = 0$ when $x = 1$ or $x = 3$. Test one value in each interval:

| Interval | Test value | Sign of $f'(x)$ | $f$ is |
|---|---|---|---|
| $x < 1$ | $x = 0$: $f'(0) = 9$ | $+$ | increasing |
| $1 < x < 3$ | $x = 2$: $f'(2) = -3$ | $-$ | decreasing |
| $x > 3$ | $x = 4$: $f'(4) = 9$ | $+$ | increasing |

So $f$ is increasing for $x < 1$ and $x > 3$, and decreasing for $1 < x < 3$. (The graph has a local maximum at $(1, 5)$ and a local minimum at $(3, 1)$.)

### Worked example: "show that"

Show that $g(x) = x^3 + 3x - 5$ is increasing for all $x$.

$$g'(x) = 3x^2 + 3$$

Since $x^2 \ge 0$ for all real $x$, $3x^2 + 3 \ge 3 > 0$. So $g'(x) > 0$ for all $x$, and $g$ is increasing for all $x$.

The argument must explain *why* the derivative is positive: "$x^2 \ge 0$", completing the square, or a negative discriminant with a positive leading coefficient are all valid reasons. A few test values are not a proof.

### Reading graphs

- Where the graph of $f'$ is **above** the $x$-axis, $f$ is increasing; where it is **below**, $f$ is decreasing.
- Where $f'$ crosses the $x$-axis, $f$ has a turning point. Where $f'$ touches the axis without crossing, $f$ has a stationary point but keeps the same direction.

### Common mistakes

- Giving the intervals in terms of $y$ instead of $x$.
- Testing the sign of $f(x)$ rather than $f'(x)$.
- Forgetting the domain: if $f$ is only defined for $x > 0$ (for example $\ln x$ or $\sqrt{x}$ appear), the intervals must respect it.
- For a function with a vertical asymptote, such as $\frac{1}{x}$, the asymptote splits the intervals: $\frac{1}{x}$ is decreasing on $x < 0$ and on $x > 0$ separately.

### Exam tips

- Markschemes usually accept strict or non-strict inequalities at the endpoints ($x < 1$ or $x \le 1$), but stay consistent.
- On Paper 2 you can sketch $y = f'(x)$ on the GDC to see where it is positive; still write down the roots and the conclusion.
- "Hence" after finding $f'(x)$ means use it: the sign of your derivative is the method mark.`,
  },
  {
    key: "mathaa-note-5-3",
    levels: BOTH,
    topicCode: "5.3",
    body: String.raw`The first rule of differentiation, and the one you will use in almost every calculus question: the **power rule**. Questions ask you to differentiate polynomials and expressions with roots and fractions, to find the gradient at a point, or to find where the gradient takes a given value.

### The rule (in the formula booklet)

$$f(x) = ax^n \;\Rightarrow\; f'(x) = anx^{n-1}$$

It works for **any rational $n$**: positive, negative or fractional. Two more facts you need:

- The derivative of a constant is $0$ (a horizontal line has gradient $0$).
- Differentiate a sum term by term, and constant multiples stay: $\frac{d}{dx}\left(3x^4 - 5x + 2\right) = 12x^3 - 5$.

### Rewrite first, then differentiate

The rule only applies to terms of the form $ax^n$, so rewrite roots and fractions as powers:

| Original | Rewritten | Derivative |
|---|---|---|
| $\sqrt{x}$ | $x^{1/2}$ | $\frac{1}{2}x^{-1/2}$ |
| $\frac{5}{x^3}$ | $5x^{-3}$ | $-15x^{-4}$ |
| $\frac{1}{2\sqrt{x}}$ | $\frac{1}{2}x^{-1/2}$ | $-\frac{1}{4}x^{-3/2}$ |
| $\sqrt[3]{x^2}$ | $x^{2/3}$ | $\frac{2}{3}x^{-1/3}$ |

A quotient whose denominator is a single term can be split: $\frac{x^3 - 2}{x} = x^2 - 2x^{-1}$. A product should be expanded: $(2x + 1)(x - 3) = 2x^2 - 5x - 3$.

### Worked example

Given $y = 4\sqrt{x} - \frac{6}{x^2} + \frac{x^3 - 2}{x}$, find $\frac{dy}{dx}$ and the gradient of the curve at $x = 4$.

Rewrite:

$$y = 4x^{1/2} - 6x^{-2} + x^2 - 2x^{-1}$$

Differentiate term by term:

$$\frac{dy}{dx} = 2x^{-1/2} + 12x^{-3} + 2x + 2x^{-2}$$

At $x = 4$:

$$\frac{dy}{dx} = \frac{2}{2} + \frac{12}{64} + 8 + \frac{2}{16} = 1 + 0.1875 + 8 + 0.125 = 9.3125 = \frac{149}{16}$$

### Worked example: a gradient given

Find the points on $y = x^3 - 3x^2 + 4$ where the gradient is $9$.

$$\frac{dy}{dx} = 3x^2 - 6x = 9 \;\Rightarrow\; x^2 - 2x - 3 = 0 \;\Rightarrow\; (x - 3)(x + 1) = 0$$

So $x = 3$ or $x = -1$, giving the points $(3, 4)$ and $(-1, 0)$. Remember to find the $y$-coordinates from the **original** equation.

### Common mistakes

- Differentiating $\frac{1}{x^2}$ as $\frac{1}{2x}$: always rewrite as $x^{-2}$ first.
- Sign and arithmetic slips with negative powers: $n - 1$ for $n = -2$ is $-3$, not $-1$.
- Differentiating a product or a quotient term by term: $\frac{d}{dx}(uv) \ne u'v'$. Expand or split first (or use the rules of 5.6).
- Substituting into $y$ when the question asks for the gradient, or into $\frac{dy}{dx}$ when it asks for a point.

### Exam tips

- Show the rewritten line with powers: it often carries a method mark of its own.
- On Paper 1, leave exact fractions; on Paper 2, a GDC can check $\frac{dy}{dx}$ at a point, but the question may still require the derivative as an expression.
- "Find the value of $x$ for which the gradient is ..." means set $\frac{dy}{dx}$ equal to the value and solve.`,
  },
  {
    key: "mathaa-note-5-4",
    levels: BOTH,
    topicCode: "5.4",
    body: String.raw`The **tangent** to a curve at a point is the straight line that touches the curve there with the same gradient; the **normal** is the line through the same point perpendicular to the tangent. Questions ask for their equations, for where they meet an axis or the curve again, or for the point at which a tangent has a given gradient.

### Key ideas

At the point $(x_1, y_1)$ on $y = f(x)$:

| Line | Gradient | Equation |
|---|---|---|
| Tangent | $m = f'(x_1)$ | $y - y_1 = m(x - x_1)$ |
| Normal | $-\frac{1}{m}$ (if $m \ne 0$) | $y - y_1 = -\frac{1}{m}(x - x_1)$ |

- Perpendicular gradients multiply to $-1$.
- If the tangent is horizontal ($m = 0$), the normal is vertical: $x = x_1$.
- Three steps every time: find $y_1$ from $f$, find $m$ from $f'$, substitute into the point–gradient form.

### Worked example

Find the equations of the tangent and the normal to $y = x^3 - 2x + 1$ at the point where $x = 2$.

The point: $y = 8 - 4 + 1 = 5$, so $(2, 5)$.

The gradient: $\frac{dy}{dx} = 3x^2 - 2$, so at $x = 2$, $m = 12 - 2 = 10$.

Tangent:

$$y - 5 = 10(x - 2) \;\Rightarrow\; y = 10x - 15$$

Normal: gradient $-\frac{1}{10}$,

$$y - 5 = -\frac{1}{10}(x - 2) \;\Rightarrow\; y = -0.1x + 5.2 \quad\text{or}\quad x + 10y - 52 = 0$$

### Worked example: working backwards

The tangent to $y = x^2 + 3x$ at the point $P$ is parallel to the line $y = 7x - 1$. Find $P$.

Parallel means equal gradients: $2x + 3 = 7$, so $x = 2$ and $y = 4 + 6 = 10$. $P$ is $(2, 10)$.

The same idea answers "the normal at $Q$ is parallel to ...": set $-\frac{1}{f'(x)}$ equal to the given gradient.

### Further question types

- **Where does the tangent meet the axes?** Put $y = 0$ (or $x = 0$) into the tangent's equation. The tangent above meets the $x$-axis at $x = 1.5$.
- **Where does the normal meet the curve again?** Solve the line and the curve simultaneously; one solution is the point you started from. On Paper 2, use the GDC's intersection tool.
- **A tangent through a point not on the curve**: let the point of contact be $(a, f(a))$, write the tangent in terms of $a$, substitute the given point and solve for $a$.
- **Area of a triangle** formed by the tangent, the normal and an axis: find the intercepts first and sketch.

### Common mistakes

- Using $f'(x)$ (an expression) as the gradient instead of the number $f'(x_1)$.
- Forgetting the negative reciprocal for the normal, or using $-m$ or $\frac{1}{m}$ on its own.
- Taking $y_1$ from the derivative instead of the original function.

### Exam tips

- Unless the question asks for a particular form ("in the form $ax + by + d = 0$ where $a, b, d \in \mathbb{Z}$"), any correct form earns the marks; match a requested form exactly.
- On Paper 2 the GDC finds $f'(x_1)$ numerically; write down the value you obtained and the equation with it.
- Questions often chain: tangent, then its intercepts, then an area bounded by the tangent and the curve (see 5.11). Keep exact values as long as you can.`,
  },
  {
    key: "mathaa-note-5-5",
    levels: BOTH,
    topicCode: "5.5",
    body: String.raw`**Integration** reverses differentiation: given the gradient function $f'(x)$, find the function $f(x)$. Because constants vanish when you differentiate, every anti-derivative carries a **constant of integration** $+\,C$, fixed only by extra information such as a point on the curve. A **definite integral** $\int_a^b f(x)\,dx$ gives a number; when $f(x) \ge 0$ it equals the area under the curve between $x = a$ and $x = b$. At this stage definite integrals and areas are found with technology (the GDC).

### Key ideas

- Power rule for integrals (in the formula booklet):

$$\int x^n\,dx = \frac{x^{n+1}}{n+1} + C, \qquad n \ne -1$$

- Integrate term by term; constant multiples stay: $\int (6x^2 - 4x + 1)\,dx = 2x^3 - 2x^2 + x + C$.
- Rewrite roots and fractions as powers first, as in differentiation: $\int \frac{3}{\sqrt{x}}\,dx = \int 3x^{-1/2}\,dx = 6x^{1/2} + C$.
- Check an anti-derivative by differentiating it.
- The area between $y = f(x)$, the $x$-axis and $x = a$, $x = b$ is

$$A = \int_a^b \lvert y \rvert\,dx$$

Where the curve is below the axis, the integral is negative, so a single integral across a root can cancel out area.

### Worked example: finding $f$ from $f'$

The gradient of a curve is $f'(x) = 6x^2 - 4x + 1$ and the curve passes through $(1, 5)$. Find $f(x)$.

$$f(x) = 2x^3 - 2x^2 + x + C$$

Substitute $(1, 5)$: $2 - 2 + 1 + C = 5$, so $C = 4$ and

$$f(x) = 2x^3 - 2x^2 + x + 4$$

### Worked example: area with technology

Find the area of the region enclosed by $y = 8 + 2x - x^2$ and the $x$-axis.

The curve meets the axis where $8 + 2x - x^2 = 0$, that is $x = -2$ and $x = 4$, and it is above the axis between them. On the GDC:

$$\int_{-2}^{4} \left(8 + 2x - x^2\right) dx = 36$$

so the area is 36 square units.

### Worked example: why the modulus matters

For $y = x^2 - 4x + 3 = (x - 1)(x - 3)$, the GDC gives $\int_0^3 (x^2 - 4x + 3)\,dx = 0$: the part above the axis ($0 < x < 1$, area $\frac{4}{3}$) cancels the part below it ($1 < x < 3$, integral $-\frac{4}{3}$). The area enclosed by the curve, the axes and $x = 3$ is

$$\int_0^3 \left\lvert x^2 - 4x + 3 \right\rvert dx = \frac{4}{3} + \frac{4}{3} = \frac{8}{3}$$

### Common mistakes

- Leaving out $+\,C$ in an indefinite integral: a mark is usually lost.
- Using $\int x^n\,dx$ with $n = -1$: $\int \frac{1}{x}\,dx$ is $\ln x$ (see 5.10), not $\frac{x^0}{0}$.
- Reporting a negative "area", or letting positive and negative parts cancel.
- Integrating a product term by term: expand first, $\int x(x + 1)\,dx = \int (x^2 + x)\,dx$.

### Exam tips

- On Paper 2, write the integral you are evaluating (with its limits) before giving the GDC's answer: that line is the method mark. Then give the value to three significant figures unless it is exact.
- Sketch the curve, or look at it on the GDC, before any area question, so you know where it crosses the axis.
- "Find $f(x)$" given $f'(x)$ and a point always needs the constant found: state the final function in full.`,
  },
  {
    key: "mathaa-note-5-6",
    levels: BOTH,
    topicCode: "5.6",
    body: String.raw`This topic extends differentiation beyond powers of $x$: to the trigonometric, exponential and logarithmic functions, and to functions built from others by composition, multiplication and division. Almost every later calculus question uses these rules, so they have to be fast and accurate.

### Standard derivatives (in the formula booklet)

| $f(x)$ | $f'(x)$ |
|---|---|
| $\sin x$ | $\cos x$ |
| $\cos x$ | $-\sin x$ |
| $e^x$ | $e^x$ |
| $\ln x$ | $\frac{1}{x}$ |

The trigonometric results hold only when $x$ is in **radians**.

### The three rules (in the formula booklet)

| Rule | When | Formula |
|---|---|---|
| Chain | a function of a function, $y = g(u)$, $u = f(x)$ | $\frac{dy}{dx} = \frac{dy}{du} \times \frac{du}{dx}$ |
| Product | $y = uv$ | $\frac{dy}{dx} = u\frac{dv}{dx} + v\frac{du}{dx}$ |
| Quotient | $y = \frac{u}{v}$ | $\frac{dy}{dx} = \frac{v\frac{du}{dx} - u\frac{dv}{dx}}{v^2}$ |

Useful consequences of the chain rule, worth knowing without working:

- $\frac{d}{dx} e^{kx} = ke^{kx}$, $\quad \frac{d}{dx}\sin(kx) = k\cos(kx)$, $\quad \frac{d}{dx}(ax + b)^n = an(ax + b)^{n-1}$
- $\frac{d}{dx}\ln f(x) = \frac{f'(x)}{f(x)}$, so $\frac{d}{dx}\ln(x^2 + 1) = \frac{2x}{x^2 + 1}$

### Worked examples

**Chain rule.** $y = (2x - 1)^5$: the outer function is $u^5$ with $u = 2x - 1$.

$$\frac{dy}{dx} = 5(2x - 1)^4 \times 2 = 10(2x - 1)^4$$

**Product and chain.** $y = e^{3x}\sin 2x$, with $u = e^{3x}$ and $v = \sin 2x$:

$$\frac{dy}{dx} = e^{3x}\left(2\cos 2x\right) + \sin 2x\left(3e^{3x}\right) = e^{3x}\left(2\cos 2x + 3\sin 2x\right)$$

**Quotient.** $y = \frac{\ln(x^2 + 1)}{x}$, with $u = \ln(x^2 + 1)$, $v = x$:

$$\frac{dy}{dx} = \frac{x \cdot \frac{2x}{x^2 + 1} - \ln(x^2 + 1)}{x^2} = \frac{2}{x^2 + 1} - \frac{\ln(x^2 + 1)}{x^2}$$

**A gradient at a point.** For $y = x^2 \ln x$, $\frac{dy}{dx} = 2x\ln x + x$; at $x = e$ this is $2e + e = 3e$.

### Choosing the rule

- Two functions **multiplied**, each involving $x$: product rule.
- One function **inside** another: chain rule. Many questions need both.
- A **fraction** with $x$ in the denominator: quotient rule, or write it as a product $u v^{-1}$. If the denominator is a constant, just take it out as a factor.
- Simplify before differentiating when you can: $\ln(x^3) = 3\ln x$ and $\ln\left(\frac{x}{2}\right) = \ln x - \ln 2$.

### Common mistakes

- Forgetting the inner derivative: $\frac{d}{dx}\sin(x^2) = 2x\cos(x^2)$, not $\cos(x^2)$.
- Reversing the numerator of the quotient rule: it is $vu' - uv'$, with a minus sign, so order matters.
- $\frac{d}{dx}\cos x = -\sin x$: the minus sign is a frequent loss.
- Writing $\frac{d}{dx}\ln(2x) = \frac{1}{2x}$: it is $\frac{2}{2x} = \frac{1}{x}$.

### Exam tips

- Write down $u$, $v$, $u'$ and $v'$ before assembling a product or quotient: it earns method marks and prevents slips.
- "Show that $f'(x) = \dots$": every step to the printed answer must be visible, including the simplification.
- Paper 2 allows a numerical derivative on the GDC, but the expression for $f'(x)$ still has to come from these rules.`,
  },
];
