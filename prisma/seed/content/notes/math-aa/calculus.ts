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

The power rule for integrals (in the formula booklet) is

$$\int x^n\,dx = \frac{x^{n+1}}{n+1} + C, \qquad n \ne -1$$

- Integrate term by term; constant multiples stay: $\int (6x^2 - 4x + 1)\,dx = 2x^3 - 2x^2 + x + C$.
- Rewrite roots and fractions as powers first, as in differentiation: $\int \frac{3}{\sqrt{x}}\,dx = \int 3x^{-1/2}\,dx = 6x^{1/2} + C$.
- Check an anti-derivative by differentiating it.

The area between $y = f(x)$, the $x$-axis and the lines $x = a$, $x = b$ is

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
  {
    key: "mathaa-note-5-7",
    levels: BOTH,
    topicCode: "5.7",
    body: String.raw`Differentiate a function twice and you get the **second derivative**, written $f''(x)$ or $\frac{d^2y}{dx^2}$. It measures how the gradient itself is changing, which tells you about the **concavity** (the way the curve bends). Exam questions ask you to find $f''(x)$, to find where a curve is concave up or down, and, very often, to match or sketch the graphs of $f$, $f'$ and $f''$ from one another.

### Key ideas

- $f''(x) = \frac{d}{dx}\left(f'(x)\right)$: differentiate the derivative.
- $f''(x) > 0$: the gradient is increasing, the curve is **concave up** (shaped like part of a cup, $\cup$).
- $f''(x) < 0$: the gradient is decreasing, the curve is **concave down** ($\cap$).
- A **point of inflexion** is where the concavity changes; there $f''(x) = 0$ and $f''$ changes sign (details in 5.8).
- In context, $\frac{d^2y}{dt^2}$ is the rate of change of a rate: if $s$ is displacement, $\frac{d^2s}{dt^2}$ is acceleration.

### Relationships between the graphs

| On the graph of $f$ | On the graph of $f'$ | On the graph of $f''$ |
|---|---|---|
| increasing | above the $x$-axis | |
| decreasing | below the $x$-axis | |
| local max or min | crosses the $x$-axis | |
| concave up | increasing | above the $x$-axis |
| concave down | decreasing | below the $x$-axis |
| point of inflexion | local max or min | crosses the $x$-axis |

Read the table in both directions: a question can give you the graph of $f'$ and ask about $f$, or give $f$ and ask you to sketch $f'$.

### Worked example

Let $f(x) = x^3 - 3x^2 - 9x + 2$. Find $f'(x)$ and $f''(x)$, and describe the concavity of the graph of $f$.

$$f'(x) = 3x^2 - 6x - 9 = 3(x - 3)(x + 1), \qquad f''(x) = 6x - 6 = 6(x - 1)$$

- $f''(x) < 0$ for $x < 1$: concave down.
- $f''(x) > 0$ for $x > 1$: concave up.
- At $x = 1$, $f''$ changes sign, so there is a point of inflexion at $(1, f(1)) = (1, -9)$.

Linking the graphs: $f'$ is a positive quadratic with roots $-1$ and $3$, so $f$ has turning points at $(-1, 7)$ and $(3, -25)$. The vertex of $f'$ is at $x = 1$, exactly where $f$ has its inflexion: the minimum of $f'$ is the point where $f$ is decreasing most steeply.

### Sketching $f'$ from a graph of $f$

1. Mark the $x$-values of the turning points of $f$: these are the **roots** of $f'$.
2. Between them, decide if $f$ goes up (draw $f'$ above the axis) or down (below).
3. Mark the inflexion points of $f$: these are the **turning points** of $f'$.
4. Steep parts of $f$ give large values of $\lvert f' \rvert$; a straight section of $f$ gives a constant $f'$.

### Common mistakes

- Reading the height of $f'$ as the height of $f$: a point where $f'$ is at a maximum is where $f$ is steepest, not highest.
- Saying $f''(a) = 0$ guarantees an inflexion: for $f(x) = x^4$, $f''(0) = 0$ but the curve is concave up on both sides.
- Mixing up "concave up" and "concave down". Remember: concave up holds water.

### Exam tips

- When asked to "justify" or "explain" a feature of $f$ from the graph of $f'$, name the feature of $f'$ that shows it: "$f'$ changes from positive to negative at $x = 2$, so $f$ has a local maximum there".
- Give intervals of concavity in terms of $x$.
- On Paper 2 you can graph $f'$ and $f''$ on the GDC (numerical derivative) to check your answers; sketches need the correct roots and turning points labelled.`,
  },
  {
    key: "mathaa-note-5-8",
    levels: BOTH,
    topicCode: "5.8",
    body: String.raw`Derivatives locate the highest and lowest points on a curve. This topic covers finding and classifying **stationary points**, finding **points of inflexion**, and **optimisation**: setting up a function for a real situation (a box, a fence, a cost) and finding its maximum or minimum.

### Key ideas

- **Stationary point**: $f'(x) = 0$. Classify it with either test:

| Test | Local maximum | Local minimum |
|---|---|---|
| First derivative (sign of $f'$ either side) | $+$ then $-$ | $-$ then $+$ |
| Second derivative at the point | $f''(x) < 0$ | $f''(x) > 0$ |

If $f''(x) = 0$ the second derivative test is inconclusive: use the sign of $f'$ either side.

- **Point of inflexion**: $f''(x) = 0$ **and** $f''$ changes sign (the concavity changes). If $f'(x) = 0$ there too, it is a **stationary** point of inflexion, as at the origin on $y = x^3$.
- A local maximum need not be the greatest value: on a closed interval also check the **endpoints**.

### Worked example: stationary points and inflexion

Find and classify the stationary points of $f(x) = 2x^3 + 3x^2 - 12x + 4$, and find its point of inflexion.

$$f'(x) = 6x^2 + 6x - 12 = 6(x + 2)(x - 1) = 0 \;\Rightarrow\; x = -2 \text{ or } x = 1$$

$$f''(x) = 12x + 6$$

- $x = -2$: $f(-2) = 24$, $f''(-2) = -18 < 0$, so $(-2, 24)$ is a local maximum.
- $x = 1$: $f(1) = -3$, $f''(1) = 18 > 0$, so $(1, -3)$ is a local minimum.
- $f''(x) = 0$ at $x = -\frac{1}{2}$ and $f''$ changes from negative to positive there, so there is a point of inflexion at $\left(-\frac{1}{2}, 10.5\right)$.

### Worked example: optimisation

An open box is made from a square sheet of card of side 12 cm by cutting a square of side $x$ cm from each corner and folding up the sides. Find the maximum volume.

The base is $(12 - 2x)$ by $(12 - 2x)$ and the height is $x$, so

$$V = x(12 - 2x)^2 = 4x^3 - 48x^2 + 144x, \qquad 0 < x < 6$$

$$\frac{dV}{dx} = 12x^2 - 96x + 144 = 12(x - 2)(x - 6) = 0$$

$x = 6$ is outside the domain (it gives no box), so $x = 2$. Then $\frac{d^2V}{dx^2} = 24x - 96 = -48 < 0$ at $x = 2$, confirming a maximum:

$$V_{\max} = 2 \times 8^2 = 128 \text{ cm}^3$$

### The optimisation routine

1. Draw a diagram and name the variables.
2. Write the quantity to optimise in terms of **one** variable, using the constraint (fixed area, fixed volume, fixed perimeter) to eliminate the other.
3. State the domain.
4. Differentiate, set equal to zero, solve.
5. **Justify** that it is a maximum or minimum (second derivative or sign change) and answer the question asked, with units.

### Common mistakes

- Stopping at $x = 2$ when the question asks for the maximum *volume*.
- Claiming an inflexion from $f''(x) = 0$ alone, without checking the sign change.
- Keeping two variables in the function you differentiate.
- Forgetting a domain restriction that rules out a root.

### Exam tips

- "Show that the volume is $V = \dots$" is usually the first part: it carries marks for the geometry, and the given result lets you carry on even if you could not show it.
- "Justify" means a test must appear in writing; a sketch alone is rarely enough.
- On Paper 2, the GDC's maximum/minimum tool on the graph of $V$ gives the answer directly; still state the function you used and give the answer to three significant figures.`,
  },
  {
    key: "mathaa-note-5-9",
    levels: BOTH,
    topicCode: "5.9",
    body: String.raw`**Kinematics** applies calculus to a particle moving in a straight line. Its position is given by a **displacement** $s$ from a fixed origin, and the derivatives describe its motion. Questions ask for velocity and acceleration at given times, when the particle is at rest or changes direction, its displacement, and the **total distance travelled**, which is not the same thing.

### Key ideas (in the formula booklet)

$$v = \frac{ds}{dt}, \qquad a = \frac{dv}{dt} = \frac{d^2s}{dt^2}$$

Going the other way, integrate:

$$\text{displacement from } t_1 \text{ to } t_2 = \int_{t_1}^{t_2} v\,dt, \qquad \text{distance travelled} = \int_{t_1}^{t_2} \lvert v \rvert\,dt$$

| Phrase in a question | Mathematical meaning |
|---|---|
| at rest | $v = 0$ |
| changes direction | $v = 0$ **and** $v$ changes sign |
| initially | $t = 0$ |
| moving in the positive direction | $v > 0$ |
| speed | $\lvert v \rvert$ |
| speeding up | $v$ and $a$ have the same sign |
| slowing down | $v$ and $a$ have opposite signs |
| returns to its starting point | displacement from $t = 0$ is zero |

### Worked example

A particle moves in a straight line with velocity $v(t) = t^2 - 5t + 4$ m/s for $0 \le t \le 6$ seconds.

**(a) When does it change direction?** $v = (t - 1)(t - 4) = 0$ at $t = 1$ and $t = 4$, and $v$ changes sign at each, so it changes direction at $t = 1$ s and $t = 4$ s.

**(b) Find the acceleration at $t = 2$, and state whether it is speeding up.** $a = 2t - 5$, so $a(2) = -1$ m/s². Also $v(2) = -2$ m/s. Velocity and acceleration are both negative, so the particle is **speeding up**.

**(c) Find its displacement over the six seconds.**

$$\int_0^6 \left(t^2 - 5t + 4\right) dt = \left[\frac{t^3}{3} - \frac{5t^2}{2} + 4t\right]_0^6 = 72 - 90 + 24 = 6 \text{ m}$$

**(d) Find the total distance travelled.** Split at the sign changes:

$$\int_0^1 v\,dt = \frac{11}{6}, \qquad \int_1^4 v\,dt = -\frac{9}{2}, \qquad \int_4^6 v\,dt = \frac{26}{3}$$

$$\text{distance} = \frac{11}{6} + \frac{9}{2} + \frac{26}{3} = 15 \text{ m}$$

The GDC gives the same value directly from $\int_0^6 \lvert t^2 - 5t + 4 \rvert\,dt = 15$.

If the particle starts 3 m from the origin, its position at $t = 6$ is $3 + 6 = 9$ m: displacement adds to the starting position.

### Common mistakes

- Giving displacement when distance is asked (or the reverse). Distance is never negative and never smaller than the magnitude of the displacement.
- Forgetting the initial position when finding $s(t)$ from $v(t)$: integrate, then use $s(0)$ to find the constant.
- Saying "speeding up" because $a > 0$: check the sign of $v$ as well.
- Units: velocity in m/s (or m s⁻¹), acceleration in m/s² (m s⁻²).

### Exam tips

- On Paper 2, write the integral with the modulus, $\int_{t_1}^{t_2} \lvert v(t) \rvert\,dt$, then the GDC's value: that earns the method mark even if you mistype.
- Graph $v(t)$ on the GDC for the given domain before answering: the roots show when the particle changes direction, and the graph shows where $v$ is negative.
- Questions set on a velocity–time graph use the same ideas: area above the axis is positive displacement, area below is negative.`,
  },
  {
    key: "mathaa-note-5-10",
    levels: BOTH,
    topicCode: "5.10",
    body: String.raw`This topic builds your stock of integrals: the standard functions, functions of a linear expression $ax + b$, and integrals where the integrand is (a multiple of) a derivative of something you can spot, handled by **inspection** or by a **substitution**. Questions say "find" an indefinite integral, or give $f'(x)$ and a point and ask for $f(x)$.

### Standard integrals (in the formula booklet)

| $f(x)$ | $\int f(x)\,dx$ |
|---|---|
| $x^n$, $n \ne -1$ | $\frac{x^{n+1}}{n+1} + C$ |
| $\frac{1}{x}$ | $\ln\lvert x \rvert + C$ |
| $\sin x$ | $-\cos x + C$ |
| $\cos x$ | $\sin x + C$ |
| $e^x$ | $e^x + C$ |

### Linear inner functions (learn this)

If $\int f(x)\,dx = F(x) + C$, then

$$\int f(ax + b)\,dx = \frac{1}{a}F(ax + b) + C$$

So $\int \sin 3x\,dx = -\frac{1}{3}\cos 3x + C$, $\int e^{2x + 1}\,dx = \frac{1}{2}e^{2x + 1} + C$ and $\int \frac{1}{2x - 5}\,dx = \frac{1}{2}\ln\lvert 2x - 5 \rvert + C$. Divide by $a$; do not multiply.

### Integration by inspection

Look for an inner function whose derivative is also in the integrand (up to a constant). Two patterns cover most questions:

$$\int f'(x)\,\left[f(x)\right]^n dx = \frac{\left[f(x)\right]^{n+1}}{n+1} + C, \qquad \int \frac{f'(x)}{f(x)}\,dx = \ln\lvert f(x) \rvert + C$$

and more generally $\int f'(x)\,g'\!\left(f(x)\right) dx = g\left(f(x)\right) + C$, the chain rule in reverse.

- $\int \cos x\, e^{\sin x}\,dx = e^{\sin x} + C$, since $\cos x$ is the derivative of $\sin x$.
- $\int \frac{6x}{3x^2 + 1}\,dx = \ln\left(3x^2 + 1\right) + C$ (no modulus needed: $3x^2 + 1 > 0$).

Always check by differentiating your answer: you should get the integrand back exactly.

### Worked example: substitution

Find $\int x\left(x^2 + 3\right)^4 dx$.

Let $u = x^2 + 3$. Then $\frac{du}{dx} = 2x$, so $x\,dx = \frac{1}{2}\,du$:

$$\int x\left(x^2 + 3\right)^4 dx = \int \frac{1}{2}u^4\,du = \frac{u^5}{10} + C = \frac{\left(x^2 + 3\right)^5}{10} + C$$

Check: $\frac{d}{dx}\frac{(x^2 + 3)^5}{10} = \frac{5(x^2 + 3)^4 \cdot 2x}{10} = x(x^2 + 3)^4$. ✓

By inspection you could write the answer straight away: "try $(x^2 + 3)^5$, which differentiates to $10x(x^2 + 3)^4$, so divide by 10".

### Worked example: finding $f$

Given $f'(x) = 4\cos 2x - \frac{3}{x}$ for $x > 0$ and $f\left(\frac{\pi}{4}\right) = 5$, find $f(x)$.

$$f(x) = 2\sin 2x - 3\ln x + C$$

Substitute: $2\sin\frac{\pi}{2} - 3\ln\frac{\pi}{4} + C = 5$, so $C = 3 + 3\ln\frac{\pi}{4}$ and

$$f(x) = 2\sin 2x - 3\ln x + 3 + 3\ln\frac{\pi}{4}$$

### Common mistakes

- Multiplying by $a$ instead of dividing: $\int e^{5x}\,dx = \frac{1}{5}e^{5x} + C$.
- $\int \sin x\,dx = \cos x$: the integral of $\sin$ is $-\cos$.
- Substituting $u$ but leaving some $x$ in the integrand, or forgetting to replace $dx$.
- Writing the answer in terms of $u$: return to $x$ at the end.
- Losing $+\,C$, or losing the modulus in $\ln\lvert x \rvert$ when $x$ can be negative.

### Exam tips

- In Paper 1 the substitution is sometimes given ("use the substitution $u = \dots$"); otherwise inspection is enough and quicker.
- Mark schemes give a mark for the correct form (for example "something times $(x^2 + 3)^5$") and another for the right constant: show the form even if you are unsure of the coefficient.`,
  },
  {
    key: "mathaa-note-5-11",
    levels: BOTH,
    topicCode: "5.11",
    body: String.raw`A **definite integral** $\int_a^b f(x)\,dx$ is evaluated exactly by finding an anti-derivative $F$ and computing $F(b) - F(a)$. This topic asks you to do that by hand (Paper 1) or with a GDC (Paper 2), and to use it to find **areas**: under a curve, between a curve and the $x$-axis, and **between two curves**.

### Key ideas

The fundamental theorem of calculus:

$$\int_a^b f(x)\,dx = \Big[F(x)\Big]_a^b = F(b) - F(a), \quad \text{where } F'(x) = f(x)$$

No $+\,C$ is needed: it cancels. Useful properties:

- $\int_a^b k f(x)\,dx = k\int_a^b f(x)\,dx$
- $\int_a^b f(x)\,dx = -\int_b^a f(x)\,dx$
- $\int_a^b f(x)\,dx + \int_b^c f(x)\,dx = \int_a^c f(x)\,dx$
- $\int_a^b \left(f(x) \pm g(x)\right) dx = \int_a^b f(x)\,dx \pm \int_a^b g(x)\,dx$

### Areas

Between a curve and the $x$-axis, $A = \int_a^b \lvert y \rvert\,dx$ (in the formula booklet). By hand, split at the roots and add the sizes of the pieces.

**Between two curves**, where $f(x) \ge g(x)$ for $a \le x \le b$, the area is

$$A = \int_a^b \left(f(x) - g(x)\right) dx$$

Top curve minus bottom curve. The limits are usually the $x$-coordinates of the intersection points. It does not matter whether the curves are above or below the axis: the difference is what counts. If the curves cross inside the interval, split there, or use $\int_a^b \lvert f(x) - g(x) \rvert\,dx$ on a GDC.

### Worked example: area between curves

Find the area of the region enclosed by $y = x^2$ and $y = 2x + 3$.

Intersections: $x^2 = 2x + 3 \Rightarrow x^2 - 2x - 3 = 0 \Rightarrow x = -1$ or $x = 3$. Between them the line is above the parabola (test $x = 0$: $3 > 0$).

$$A = \int_{-1}^{3} \left(2x + 3 - x^2\right) dx = \left[x^2 + 3x - \frac{x^3}{3}\right]_{-1}^{3} = 9 - \left(-\frac{5}{3}\right) = \frac{32}{3}$$

### Worked example: exact definite integrals

$$\int_1^e \frac{1}{x}\,dx = \Big[\ln x\Big]_1^e = 1 - 0 = 1$$

$$\int_0^{\pi/2} \sin x\cos^2 x\,dx = \left[-\frac{\cos^3 x}{3}\right]_0^{\pi/2} = 0 - \left(-\frac{1}{3}\right) = \frac{1}{3}$$

The second uses inspection (5.10): $-\sin x$ is the derivative of $\cos x$.

### Worked example: unknown limit

Given $\int_1^k (2x + 1)\,dx = 10$ with $k > 1$, find $k$.

$$\Big[x^2 + x\Big]_1^k = k^2 + k - 2 = 10 \;\Rightarrow\; (k + 4)(k - 3) = 0 \;\Rightarrow\; k = 3$$

rejecting $k = -4$ because $k > 1$.

### Common mistakes

- Subtracting in the wrong order, $F(a) - F(b)$.
- Bracket errors when substituting a negative lower limit: write $F(-1)$ in full inside brackets.
- Using bottom minus top and getting a negative area; or integrating across a root when finding the area to the axis.
- Treating $\int_a^b f(x)\,dx$ as an area when part of the curve is below the axis.

### Exam tips

- "Write down an expression for the area" wants the integral with limits, not its value.
- On Paper 2, find intersections with the GDC, store them to full accuracy, and evaluate the integral numerically; give three significant figures.
- On Paper 1, show the anti-derivative in square brackets and the substituted values: each step earns marks.`,
  },
  {
    key: "mathaa-note-5-12",
    levels: HL,
    topicCode: "5.12",
    body: String.raw`HL calculus puts the derivative on a firmer footing. A function can only have a derivative at a point if its graph is unbroken there (**continuous**) and has no corner or vertical tangent (**differentiable**). The derivative itself is defined as a limit, and **differentiation from first principles** means using that definition directly. Questions ask you to prove a derivative from first principles, to test a piecewise function for continuity and differentiability, and to work with higher derivatives.

### Continuity

$f$ is **continuous at $x = a$** if $f(a)$ is defined and

$$\lim_{x \to a^-} f(x) = \lim_{x \to a^+} f(x) = f(a)$$

Informally: you can draw the graph through $x = a$ without lifting your pen. Polynomials, $\sin x$, $\cos x$ and $e^x$ are continuous everywhere; $\frac{1}{x}$ and $\tan x$ are not continuous where they have asymptotes; a piecewise function may jump where the pieces meet.

### Differentiability

$f$ is **differentiable at $x = a$** if it is continuous there and the gradients from the left and from the right agree. Differentiable implies continuous, but not the other way round. The classic example is $f(x) = \lvert x \rvert$: it is continuous at $0$, but its gradient is $-1$ to the left and $+1$ to the right, so the graph has a corner and $f'(0)$ does not exist.

### First principles (in the formula booklet)

$$f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}$$

### Worked example: first principles

Differentiate $f(x) = x^3$ from first principles.

$$\frac{f(x + h) - f(x)}{h} = \frac{x^3 + 3x^2h + 3xh^2 + h^3 - x^3}{h} = \frac{3x^2h + 3xh^2 + h^3}{h} = 3x^2 + 3xh + h^2$$

$$f'(x) = \lim_{h \to 0}\left(3x^2 + 3xh + h^2\right) = 3x^2$$

For $f(x) = \frac{1}{x}$ the same steps give $\frac{1}{h}\left(\frac{1}{x + h} - \frac{1}{x}\right) = \frac{-1}{x(x + h)} \to -\frac{1}{x^2}$: combine the fractions, cancel $h$, then let $h \to 0$.

### Worked example: a piecewise function

$$f(x) = \begin{cases} ax^2 + 1, & x \le 2 \\ 3x + b, & x > 2 \end{cases}$$

Find $a$ and $b$ so that $f$ is differentiable at $x = 2$.

- Gradients match: $2ax = 3$ at $x = 2$, so $4a = 3$ and $a = \frac{3}{4}$.
- Continuity: $4a + 1 = 6 + b$, so $4 = 6 + b$ and $b = -2$.

Both conditions are needed: continuity alone would leave a corner.

### Higher derivatives

$f''(x)$, $f'''(x)$, ..., $f^{(n)}(x)$, or $\frac{d^ny}{dx^n}$. Look for patterns: if $y = e^{2x}$ then $\frac{d^ny}{dx^n} = 2^n e^{2x}$. A conjectured pattern like this is often then proved by induction (topic 1).

### Common mistakes

- Cancelling $h$ before the $h$ in every term of the numerator is visible: expand fully first.
- Writing "$h = 0$" instead of "$h \to 0$": you cannot substitute $h = 0$ before cancelling, since the quotient is then $\frac{0}{0}$.
- Dropping "$\lim_{h \to 0}$" from lines until the last one: markschemes expect the limit notation to be carried correctly.
- Checking only that the derivatives match at the join and not that the values match.

### Exam tips

- "From first principles" means the limit definition must be used: an answer from the power rule scores nothing.
- For a piecewise function, state both conditions in words ("for continuity ..., for differentiability ...") before solving.
- "Explain why $f$ is not differentiable at $x = a$": name the reason, a jump (not continuous) or a corner (left and right derivatives differ), with the values.`,
  },
  {
    key: "mathaa-note-5-13",
    levels: HL,
    topicCode: "5.13",
    body: String.raw`Some limits of a quotient $\frac{f(x)}{g(x)}$ cannot be found by substitution because they give an **indeterminate form**, $\frac{0}{0}$ or $\frac{\infty}{\infty}$. **L'Hôpital's rule** replaces the quotient of functions by the quotient of their derivatives. Questions ask you to evaluate such limits, sometimes applying the rule more than once, and to recognise when the rule applies.

### L'Hôpital's rule (learn this)

If $\lim_{x \to a} f(x) = 0$ and $\lim_{x \to a} g(x) = 0$ (or both tend to $\pm\infty$), then

$$\lim_{x \to a} \frac{f(x)}{g(x)} = \lim_{x \to a} \frac{f'(x)}{g'(x)}$$

provided the limit on the right exists. Here $a$ may be a number or $\pm\infty$.

Key points:

- Differentiate the numerator and the denominator **separately**: this is not the quotient rule.
- Check the indeterminate form **every time** before applying the rule, including before a second application.
- If substitution gives a definite value (such as $\frac{3}{2}$ or $\frac{5}{0}$), the rule does not apply.

### Worked examples

**(a) One application.**

$$\lim_{x \to 0} \frac{e^{3x} - 1}{\sin x} \quad \left(\tfrac{0}{0}\right) = \lim_{x \to 0} \frac{3e^{3x}}{\cos x} = \frac{3}{1} = 3$$

**(b) Repeated application.**

$$\lim_{x \to 0} \frac{1 - \cos 2x}{x^2} \quad \left(\tfrac{0}{0}\right) = \lim_{x \to 0} \frac{2\sin 2x}{2x} \quad \left(\tfrac{0}{0}\right) = \lim_{x \to 0} \frac{4\cos 2x}{2} = 2$$

**(c) A limit at infinity.**

$$\lim_{x \to \infty} \frac{x^2}{e^x} \quad \left(\tfrac{\infty}{\infty}\right) = \lim_{x \to \infty} \frac{2x}{e^x} \quad \left(\tfrac{\infty}{\infty}\right) = \lim_{x \to \infty} \frac{2}{e^x} = 0$$

This confirms a useful fact: exponential growth beats any power of $x$.

**(d) Rewriting a product as a quotient.** $\lim_{x \to 0^+} x\ln x$ is of the form $0 \times (-\infty)$. Rewrite it:

$$\lim_{x \to 0^+} \frac{\ln x}{1/x} \quad \left(\tfrac{-\infty}{\infty}\right) = \lim_{x \to 0^+} \frac{1/x}{-1/x^2} = \lim_{x \to 0^+} (-x) = 0$$

### Other methods

- **Factorise and cancel** for rational functions: $\lim_{x \to 2}\frac{x^2 - 4}{x - 2} = \lim_{x \to 2}(x + 2) = 4$.
- **Divide by the highest power** for rational functions as $x \to \infty$: $\lim_{x \to \infty}\frac{3x^2 + 1}{2x^2 - x} = \frac{3}{2}$.
- **Maclaurin series** (5.19): $\frac{x - \sin x}{x^3} = \frac{x^3/6 - \dots}{x^3} \to \frac{1}{6}$. Three applications of L'Hôpital give the same answer; the series is often quicker.

### Common mistakes

- Using the quotient rule on $\frac{f}{g}$ instead of differentiating top and bottom separately.
- Applying the rule to a limit that is not indeterminate, which gives a wrong answer: $\lim_{x \to 0}\frac{x + 1}{x + 2} = \frac{1}{2}$, but "differentiating" gives $1$.
- Forgetting the chain rule factor when differentiating $\sin 2x$ or $e^{3x}$.
- Not showing the indeterminate form.

### Exam tips

- Write the form, $\frac{0}{0}$ or $\frac{\infty}{\infty}$, beside each step: it shows the rule is justified and usually earns a mark.
- Simplify between applications: a cancelled factor can stop the chain of differentiation early.
- These questions are typical of Paper 1; a GDC table of values can only suggest a limit, not prove it.`,
  },
  {
    key: "mathaa-note-5-14",
    levels: HL,
    topicCode: "5.14",
    body: String.raw`Not every curve is given as $y = f(x)$. **Implicit differentiation** finds $\frac{dy}{dx}$ for relations such as $x^2 + y^2 = 25$ without solving for $y$. The same chain-rule thinking links rates of change of connected quantities (**related rates**), and HL **optimisation** problems use any of the differentiation you know. Questions ask for gradients, tangents and normals to implicit curves, a rate at a given instant, or an optimum with justification.

### Implicit differentiation

Differentiate every term with respect to $x$, treating $y$ as a function of $x$. By the chain rule:

$$\frac{d}{dx}\left(y^n\right) = ny^{n-1}\frac{dy}{dx}, \qquad \frac{d}{dx}(xy) = y + x\frac{dy}{dx}, \qquad \frac{d}{dx}\left(e^y\right) = e^y\frac{dy}{dx}$$

Then collect the $\frac{dy}{dx}$ terms on one side and factorise.

### Worked example: implicit

Find the gradient of the curve $x^2 + xy + y^2 = 7$ at $(1, 2)$.

(Check the point is on the curve: $1 + 2 + 4 = 7$.) Differentiate:

$$2x + y + x\frac{dy}{dx} + 2y\frac{dy}{dx} = 0 \;\Rightarrow\; \frac{dy}{dx} = -\frac{2x + y}{x + 2y}$$

At $(1, 2)$: $\frac{dy}{dx} = -\frac{4}{5}$. The tangent there is $y - 2 = -\frac{4}{5}(x - 1)$.

Horizontal tangents occur where the numerator is zero ($2x + y = 0$), vertical tangents where the denominator is zero; substitute back into the curve to find the points.

### Related rates

If two quantities are linked by an equation and both change with time, differentiate the equation **with respect to $t$**. Often written as a chain:

$$\frac{dV}{dt} = \frac{dV}{dr} \times \frac{dr}{dt}$$

### Worked example: a sliding ladder

A 5 m ladder leans against a vertical wall. Its foot slides away from the wall at 0.4 m/s. How fast is the top sliding down when the foot is 3 m from the wall?

Let $x$ be the distance of the foot from the wall and $y$ the height of the top. Then $x^2 + y^2 = 25$, and differentiating with respect to $t$:

$$2x\frac{dx}{dt} + 2y\frac{dy}{dt} = 0 \;\Rightarrow\; \frac{dy}{dt} = -\frac{x}{y}\frac{dx}{dt}$$

When $x = 3$, $y = 4$, so $\frac{dy}{dt} = -\frac{3}{4} \times 0.4 = -0.3$. The top is sliding **down at 0.3 m/s**.

The routine: draw and label a diagram; write the equation linking the variables (valid at all times); differentiate with respect to $t$; only then substitute the values at the instant.

### Optimisation at HL

The method is as in 5.8, with any function you can differentiate. Example: the largest rectangle inscribed in the circle $x^2 + y^2 = 25$, with vertex $(x, y)$ in the first quadrant, has area $A = 4x\sqrt{25 - x^2}$.

$$\frac{dA}{dx} = 4\sqrt{25 - x^2} - \frac{4x^2}{\sqrt{25 - x^2}} = 0 \;\Rightarrow\; 25 - x^2 = x^2 \;\Rightarrow\; x = \frac{5}{\sqrt{2}}$$

Then $y = \frac{5}{\sqrt{2}}$ too (a square), and $A_{\max} = 4 \times \frac{25}{2} = 50$. $\frac{dA}{dx}$ changes from positive to negative at $x = \frac{5}{\sqrt{2}}$, so it is a maximum.

### Common mistakes

- Forgetting the $\frac{dy}{dx}$ when differentiating a $y$ term, or the product rule on $xy$.
- Differentiating a constant on the right to something other than $0$.
- In related rates, substituting the instant's values **before** differentiating (a fixed $x = 3$ has zero rate of change).
- Sign of the answer: a negative rate means decreasing; say so in words.

### Exam tips

- State the rates you know with units and signs ("$\frac{dx}{dt} = 0.4$") before you start: it organises the chain.
- For volumes of cones and spheres, use the formula booklet's formulae, and eliminate one variable with similar triangles if needed.
- On Paper 2 the GDC can solve $\frac{dA}{dx} = 0$ numerically; still justify the nature of the optimum.`,
  },
  {
    key: "mathaa-note-5-15",
    levels: HL,
    topicCode: "5.15",
    body: String.raw`HL adds a second set of standard derivatives (the reciprocal and inverse trigonometric functions, and exponentials and logarithms to any base) together with the integrals that come from reversing them. It also uses **partial fractions** (topic 1.11) to integrate rational functions. Questions ask you to differentiate with these functions, and to integrate expressions that reduce to $\arctan$, $\arcsin$ or logarithms.

### Derivatives (in the formula booklet)

| $f(x)$ | $f'(x)$ | $f(x)$ | $f'(x)$ |
|---|---|---|---|
| $\tan x$ | $\sec^2 x$ | $a^x$ | $a^x \ln a$ |
| $\sec x$ | $\sec x \tan x$ | $\log_a x$ | $\frac{1}{x\ln a}$ |
| $\csc x$ | $-\csc x \cot x$ | $\arcsin x$ | $\frac{1}{\sqrt{1 - x^2}}$ |
| $\cot x$ | $-\csc^2 x$ | $\arccos x$ | $-\frac{1}{\sqrt{1 - x^2}}$ |
| | | $\arctan x$ | $\frac{1}{1 + x^2}$ |

Combine them with the chain, product and quotient rules as usual: $\frac{d}{dx}\arctan(2x) = \frac{2}{1 + 4x^2}$ and $\frac{d}{dx}\left(x\arctan x\right) = \arctan x + \frac{x}{1 + x^2}$.

### Integrals (in the formula booklet)

$$\int a^x\,dx = \frac{a^x}{\ln a} + C, \qquad \int \frac{1}{a^2 + x^2}\,dx = \frac{1}{a}\arctan\left(\frac{x}{a}\right) + C, \qquad \int \frac{1}{\sqrt{a^2 - x^2}}\,dx = \arcsin\left(\frac{x}{a}\right) + C$$

The last holds for $\lvert x \rvert < a$. Reversing the derivative table also gives $\int \sec^2 x\,dx = \tan x + C$ and $\int \sec x\tan x\,dx = \sec x + C$. For $\int \tan x\,dx$ write $\frac{\sin x}{\cos x}$ and use $\int \frac{f'}{f} = \ln\lvert f \rvert$: the answer is $-\ln\lvert\cos x\rvert + C$.

**Completing the square** turns a quadratic denominator with no real roots into the arctan form:

$$\int_{-2}^{1} \frac{1}{x^2 + 4x + 13}\,dx = \int_{-2}^{1} \frac{1}{(x + 2)^2 + 9}\,dx = \frac{1}{3}\left[\arctan\frac{x + 2}{3}\right]_{-2}^{1} = \frac{1}{3} \times \frac{\pi}{4} = \frac{\pi}{12}$$

### Partial fractions in integration

When the denominator factorises into **distinct linear factors**, split the fraction, then each piece integrates to a logarithm.

### Worked example

Find $\int_2^3 \frac{5x + 1}{(x - 1)(x + 2)}\,dx$, giving your answer in the form $\ln k$.

Write $\frac{5x + 1}{(x - 1)(x + 2)} = \frac{A}{x - 1} + \frac{B}{x + 2}$, so $5x + 1 = A(x + 2) + B(x - 1)$.

- $x = 1$: $6 = 3A$, so $A = 2$.
- $x = -2$: $-9 = -3B$, so $B = 3$.

Then

$$\int_2^3 \left(\frac{2}{x - 1} + \frac{3}{x + 2}\right) dx = \Big[2\ln\lvert x - 1 \rvert + 3\ln\lvert x + 2 \rvert\Big]_2^3$$

$$= (2\ln 2 + 3\ln 5) - (0 + 3\ln 4) = \ln\frac{4 \times 125}{64} = \ln\frac{125}{16}$$

(A GDC check: the integral and $\ln\frac{125}{16}$ are both about $2.056$.)

### Choosing a method for $\int \frac{\text{linear}}{\text{quadratic}}$

- Numerator a multiple of the derivative of the denominator: logarithm by inspection.
- Denominator factorises: partial fractions.
- Denominator has no real roots: complete the square, arctan (split off a log part first if the numerator has an $x$ term).

### Common mistakes

- $\frac{d}{dx}a^x = xa^{x-1}$: wrong, the power rule is for a variable base.
- Missing the $\frac{1}{a}$ in the arctan integral, or using $a^2$ where $a$ is needed: for $x^2 + 9$, $a = 3$.
- $\frac{1}{a}\arcsin$: there is no $\frac{1}{a}$ in the arcsin integral.
- Sign slips in partial fractions; check by recombining.
- Leaving logarithms uncombined when the question asks for a single $\ln k$.

### Exam tips

- Learn where each formula sits in the booklet, and copy it with the correct $a$ before substituting.
- If the integrand contains $\frac{1}{1 + (kx)^2}$, adjust: $\int \frac{1}{1 + 4x^2}\,dx = \frac{1}{2}\arctan 2x + C$.
- Trigonometric answers should be in radians; exact values like $\frac{\pi}{12}$ are expected on Paper 1.`,
  },
  {
    key: "mathaa-note-5-16",
    levels: HL,
    topicCode: "5.16",
    body: String.raw`Two general techniques extend the integrals you can do. **Substitution** changes the variable to turn a complicated integrand into a standard one; **integration by parts** reverses the product rule. Questions give a substitution or expect you to choose one, ask for exact definite integrals, and include repeated or "cyclic" integration by parts.

### Substitution

Choose $u = g(x)$, find $\frac{du}{dx}$, and replace **every** $x$ and the $dx$. For a definite integral, **change the limits** to $u$-values, so you never need to go back to $x$.

### Worked example: substitution with limits

Find $\int_0^1 x\sqrt{1 - x}\,dx$ using $u = 1 - x$.

Then $x = 1 - u$ and $dx = -du$; when $x = 0$, $u = 1$ and when $x = 1$, $u = 0$:

$$\int_1^0 (1 - u)\sqrt{u}\,(-du) = \int_0^1 \left(u^{1/2} - u^{3/2}\right) du = \left[\frac{2}{3}u^{3/2} - \frac{2}{5}u^{5/2}\right]_0^1 = \frac{2}{3} - \frac{2}{5} = \frac{4}{15}$$

The minus sign from $dx = -du$ was used to swap the limits back.

Good substitutions: the inside of a bracket or root, the exponent of $e$, or the denominator. Sometimes a trigonometric one is given, such as $x = 2\sin\theta$ for $\sqrt{4 - x^2}$.

### Integration by parts (in the formula booklet)

$$\int u\,\frac{dv}{dx}\,dx = uv - \int v\,\frac{du}{dx}\,dx$$

Choose $u$ to be the factor that gets **simpler when differentiated** (a polynomial, or $\ln x$), and $\frac{dv}{dx}$ the factor you can integrate (often $e^{kx}$, $\sin$, $\cos$).

### Worked examples: parts

**(a)** $\int xe^{2x}\,dx$: let $u = x$, $\frac{dv}{dx} = e^{2x}$, so $\frac{du}{dx} = 1$, $v = \frac{1}{2}e^{2x}$:

$$\int xe^{2x}\,dx = \frac{1}{2}xe^{2x} - \int \frac{1}{2}e^{2x}\,dx = \frac{1}{2}xe^{2x} - \frac{1}{4}e^{2x} + C$$

**(b)** $\int \ln x\,dx$: write it as $\int 1 \cdot \ln x\,dx$ with $u = \ln x$, $\frac{dv}{dx} = 1$:

$$\int \ln x\,dx = x\ln x - \int x \cdot \frac{1}{x}\,dx = x\ln x - x + C$$

**(c) Definite.** $\int_0^{\pi/2} x\cos x\,dx = \Big[x\sin x\Big]_0^{\pi/2} - \int_0^{\pi/2} \sin x\,dx = \frac{\pi}{2} + \Big[\cos x\Big]_0^{\pi/2} = \frac{\pi}{2} - 1$.

A polynomial of degree $n$ needs $n$ applications: $\int x^2 e^x\,dx = e^x\left(x^2 - 2x + 2\right) + C$.

**(d) Cyclic.** For $I = \int e^x\sin x\,dx$, apply parts twice (keeping $e^x$ as $\frac{dv}{dx}$ both times):

$$I = e^x\sin x - \int e^x\cos x\,dx = e^x\sin x - \left(e^x\cos x + I\right)$$

The original integral reappears, so $2I = e^x(\sin x - \cos x)$ and $I = \frac{1}{2}e^x(\sin x - \cos x) + C$.

### Common mistakes

- Choosing $u = e^x$ and $\frac{dv}{dx} = x$: the new integral gets harder, not easier.
- A sign error in the second application of parts: put brackets round the whole second step.
- Forgetting to change the limits in a definite substitution, or changing them and then also substituting back.
- Dropping the $-$ from $dx = -du$.

### Exam tips

- Write $u$, $\frac{du}{dx}$, $v$ and $\frac{dv}{dx}$ out before applying the formula: it earns method marks and avoids slips.
- In a cyclic integral, say "so $2I = \dots$" explicitly; that line is where the marks are.
- "Hence" after a first-part integral usually means use its result, for example in an area or volume on the next part.`,
  },
  {
    key: "mathaa-note-5-17",
    levels: HL,
    topicCode: "5.17",
    body: String.raw`Two extensions of area by integration. First, areas can be measured against the **$y$-axis** by integrating with respect to $y$. Second, rotating a region through $2\pi$ about an axis sweeps out a solid whose **volume of revolution** is an integral of circular cross-sections. Questions ask you to set up these integrals correctly and evaluate them exactly (Paper 1) or with a GDC (Paper 2).

### The formulae (in the formula booklet)

| Quantity | Formula |
|---|---|
| Area between curve and $y$-axis | $A = \int_c^d \lvert x \rvert\,dy$ |
| Volume, rotation about the $x$-axis | $V = \int_a^b \pi y^2\,dx$ |
| Volume, rotation about the $y$-axis | $V = \int_c^d \pi x^2\,dy$ |

For the $y$-axis versions, rewrite the curve as $x$ in terms of $y$ and use $y$-limits. The idea behind the volume formula: a thin slice at $x$ is a disc of radius $y$ and thickness $\delta x$, with volume $\pi y^2\,\delta x$.

### Worked example: area with the $y$-axis

Find the area bounded by $y = \ln x$, the $y$-axis, the $x$-axis and the line $y = 2$.

Rewrite: $x = e^y$, with $0 \le y \le 2$.

$$A = \int_0^2 e^y\,dy = e^2 - 1 \approx 6.39$$

### Worked examples: volumes

**(a) About the $x$-axis.** The region under $y = \sqrt{x}$ for $0 \le x \le 4$ is rotated through $2\pi$ about the $x$-axis.

$$V = \int_0^4 \pi\left(\sqrt{x}\right)^2 dx = \pi\int_0^4 x\,dx = \pi\left[\frac{x^2}{2}\right]_0^4 = 8\pi$$

**(b) About the $y$-axis.** The region between $y = x^3$, the $y$-axis and $y = 8$ is rotated about the $y$-axis. Here $x = y^{1/3}$, so $x^2 = y^{2/3}$:

$$V = \pi\int_0^8 y^{2/3}\,dy = \pi\left[\frac{3}{5}y^{5/3}\right]_0^8 = \frac{3}{5} \times 32\pi = \frac{96\pi}{5}$$

**(c) Between two curves.** The region between $y = x$ and $y = x^2$ is rotated about the $x$-axis. The cross-section is a ring (a washer): outer radius $x$, inner radius $x^2$, for $0 \le x \le 1$:

$$V = \pi\int_0^1 \left(x^2 - x^4\right) dx = \pi\left(\frac{1}{3} - \frac{1}{5}\right) = \frac{2\pi}{15}$$

Note: $\pi\int (y_1^2 - y_2^2)\,dx$, not $\pi\int (y_1 - y_2)^2\,dx$.

### Common mistakes

- Forgetting $\pi$, or forgetting to square $y$.
- Using $x$-limits in a $dy$ integral.
- Squaring the difference for a region between curves instead of subtracting squares.
- For a region rotated about the $y$-axis, integrating $\pi y^2\,dx$ out of habit.
- Treating an area with the $y$-axis as the area under the curve: they are different regions; sketch to see which one is wanted.

### Exam tips

- Sketch the region and mark which axis it is rotated about before writing anything.
- "Write down an integral for the volume" wants the integral with limits and $\pi$; "find the volume" then wants its value. On Paper 2, enter the integral into the GDC and give three significant figures.
- Exact answers are normally left in terms of $\pi$ (and $e$) on Paper 1.
- Rotation is always through $2\pi$ (a full turn) unless the question says otherwise.`,
  },
  {
    key: "mathaa-note-5-18",
    levels: HL,
    topicCode: "5.18",
    body: String.raw`A **differential equation** links a function with its derivatives. HL covers first-order equations $\frac{dy}{dx} = f(x, y)$ and four tools: a numerical approximation (**Euler's method**) and three exact methods (**separating variables**, the substitution $y = vx$ for **homogeneous** equations, and the **integrating factor** for linear equations). Questions ask you to choose and apply the method, use an initial condition to find the particular solution, and comment on the accuracy of Euler's method.

### Euler's method (in the formula booklet)

$$y_{n+1} = y_n + h \times f(x_n, y_n), \qquad x_{n+1} = x_n + h$$

Each step follows the tangent for a distance $h$ in $x$. Smaller steps give better approximations.

**Example.** $\frac{dy}{dx} = x + y$, $y(0) = 1$, step $h = 0.1$. Estimate $y(0.3)$.

| $n$ | $x_n$ | $y_n$ | $y_{n+1} = y_n + 0.1(x_n + y_n)$ |
|---|---|---|---|
| 0 | 0 | 1 | 1.1 |
| 1 | 0.1 | 1.1 | 1.22 |
| 2 | 0.2 | 1.22 | 1.362 |

So $y(0.3) \approx 1.362$. The exact solution is $y = 2e^x - x - 1$, giving $y(0.3) \approx 1.3997$: Euler underestimates here because the solution curve is concave up, so each tangent lies below it. On Paper 2 the GDC (a spreadsheet or recursion) does the arithmetic; write down the formula you used.

### Separating variables

If $\frac{dy}{dx} = f(x)g(y)$, write $\int \frac{1}{g(y)}\,dy = \int f(x)\,dx$.

**Example.** $\frac{dy}{dx} = 2xy$, $y(0) = 3$: $\int \frac{1}{y}\,dy = \int 2x\,dx \Rightarrow \ln\lvert y \rvert = x^2 + c$, so $y = Ae^{x^2}$, and $y(0) = 3$ gives $y = 3e^{x^2}$.

### Homogeneous equations: $\frac{dy}{dx} = f\left(\frac{y}{x}\right)$

Substitute $y = vx$, so $\frac{dy}{dx} = v + x\frac{dv}{dx}$; the equation becomes separable in $v$ and $x$.

**Example.** $\frac{dy}{dx} = \frac{x^2 + y^2}{xy}$, $y(1) = 2$, $x > 0$. The right side is $\frac{1}{v} + v$, so

$$v + x\frac{dv}{dx} = \frac{1}{v} + v \;\Rightarrow\; \int v\,dv = \int \frac{1}{x}\,dx \;\Rightarrow\; \frac{v^2}{2} = \ln x + c$$

With $v = \frac{y}{x}$: $y^2 = x^2(2\ln x + k)$. At $(1, 2)$, $k = 4$, so $y = x\sqrt{2\ln x + 4}$.

### Integrating factor: $\frac{dy}{dx} + P(x)y = Q(x)$

Multiply through by $I(x) = e^{\int P(x)\,dx}$ (in the formula booklet). The left side becomes $\frac{d}{dx}\left(I(x)\,y\right)$; integrate both sides.

**Example.** $\frac{dy}{dx} + \frac{2}{x}y = x$, $y(1) = 1$, $x > 0$. Here $I = e^{2\ln x} = x^2$:

$$\frac{d}{dx}\left(x^2y\right) = x^3 \;\Rightarrow\; x^2y = \frac{x^4}{4} + C$$

$y(1) = 1$ gives $C = \frac{3}{4}$, so $y = \frac{x^2}{4} + \frac{3}{4x^2}$.

### Which method?

| The equation looks like | Method |
|---|---|
| $f(x)g(y)$ on the right | separate the variables |
| everything a function of $\frac{y}{x}$ | $y = vx$ |
| $y' + P(x)y = Q(x)$ | integrating factor |
| none of these, or a numerical answer wanted | Euler's method |

### Common mistakes

- Forgetting the constant of integration, or adding it only after exponentiating incorrectly: $\ln y = x^2 + c$ gives $y = Ae^{x^2}$, not $e^{x^2} + c$.
- Not writing the equation in standard form (coefficient of $\frac{dy}{dx}$ equal to 1) before finding the integrating factor.
- Multiplying only the left side by the integrating factor.
- Using $f(x_{n+1}, y_{n+1})$ in an Euler step.

### Exam tips

- Setting up the equation from words ("the rate of increase is proportional to ...") is often the first part: write $\frac{dN}{dt} = kN$ and name $k$.
- "Hence find $y$ in terms of $x$" needs $y$ made the subject.
- For Euler questions, show at least the first step in full and give the table of values.`,
  },
  {
    key: "mathaa-note-5-19",
    levels: HL,
    topicCode: "5.19",
    body: String.raw`A **Maclaurin series** writes a function as an infinite polynomial in powers of $x$, built from its derivatives at $x = 0$. Truncated after a few terms it gives a polynomial approximation near $0$. Questions ask you to derive a series from the definition, to build new series from known ones (by substitution, multiplication, differentiation or integration), to find a series from a differential equation, and to use series to approximate values, integrals and limits.

### The definition (in the formula booklet)

$$f(x) = f(0) + xf'(0) + \frac{x^2}{2!}f''(0) + \frac{x^3}{3!}f'''(0) + \dots$$

### Standard series (in the formula booklet)

| Function | Series | Valid for |
|---|---|---|
| $e^x$ | $1 + x + \frac{x^2}{2!} + \frac{x^3}{3!} + \dots$ | all $x$ |
| $\ln(1 + x)$ | $x - \frac{x^2}{2} + \frac{x^3}{3} - \dots$ | $-1 < x \le 1$ |
| $\sin x$ | $x - \frac{x^3}{3!} + \frac{x^5}{5!} - \dots$ | all $x$ |
| $\cos x$ | $1 - \frac{x^2}{2!} + \frac{x^4}{4!} - \dots$ | all $x$ |
| $\arctan x$ | $x - \frac{x^3}{3} + \frac{x^5}{5} - \dots$ | $-1 \le x \le 1$ |

$(1 + x)^p$ for rational $p$ is the extended binomial expansion (1.10), valid for $-1 < x < 1$: for example $\sqrt{1 + x} = 1 + \frac{x}{2} - \frac{x^2}{8} + \dots$

### Building new series

- **Substitution**: replace $x$ by $-x^2$ in $e^x$: $e^{-x^2} = 1 - x^2 + \frac{x^4}{2} - \frac{x^6}{6} + \dots$; and $\ln(1 + 2x) = 2x - 2x^2 + \frac{8x^3}{3} - \dots$, valid for $-\frac{1}{2} < x \le \frac{1}{2}$.
- **Multiplication**: multiply the series and keep the terms up to the power asked for.
- **Differentiation or integration** term by term: differentiating the series for $\sin x$ gives the series for $\cos x$.

### Worked example: a product

Find the Maclaurin series of $e^x\sin x$ up to the term in $x^3$.

$$\left(1 + x + \frac{x^2}{2} + \frac{x^3}{6}\right)\left(x - \frac{x^3}{6}\right) = x + x^2 + \frac{x^3}{2} - \frac{x^3}{6} + \dots = x + x^2 + \frac{x^3}{3} + \dots$$

### Worked example: applications

**An integral.** Estimate $\int_0^{0.5} e^{-x^2}\,dx$ using three terms:

$$\int_0^{0.5}\left(1 - x^2 + \frac{x^4}{2}\right)dx = \left[x - \frac{x^3}{3} + \frac{x^5}{10}\right]_0^{0.5} \approx 0.46146$$

The GDC value is $0.46128$, so the approximation is good near $0$.

**A limit.** $\lim_{x \to 0}\frac{e^x - 1 - x}{x^2} = \lim_{x \to 0}\frac{\frac{x^2}{2} + \frac{x^3}{6} + \dots}{x^2} = \frac{1}{2}$.

### Worked example: from a differential equation

$y$ satisfies $\frac{dy}{dx} = x + y^2$ with $y(0) = 1$. Find its Maclaurin series up to $x^3$.

Differentiate the equation implicitly and evaluate at $x = 0$:

- $y'(0) = 0 + 1^2 = 1$
- $y'' = 1 + 2yy'$, so $y''(0) = 1 + 2 = 3$
- $y''' = 2(y')^2 + 2yy''$, so $y'''(0) = 2 + 6 = 8$

Substituting into the definition:

$$y = 1 + x + \frac{3}{2}x^2 + \frac{8}{6}x^3 + \dots = 1 + x + \frac{3}{2}x^2 + \frac{4}{3}x^3 + \dots$$

### Common mistakes

- Forgetting the factorials, or dividing by $n$ instead of $n!$.
- Using a series outside its interval of validity (for example $\ln(1 + x)$ at $x = 2$).
- Dropping terms too early when multiplying: keep every product that gives a power up to the one required.
- In the differential-equation method, forgetting the product rule or chain rule when differentiating $y^2$.

### Exam tips

- "Use the Maclaurin series for ... to find" means start from the booklet series, not from the definition.
- Show each derivative evaluated at $0$ in a derivation: marks are given for each.
- An approximation question may ask why it is good: the value of $x$ is close to $0$, so the omitted terms are small.`,
  },
];
