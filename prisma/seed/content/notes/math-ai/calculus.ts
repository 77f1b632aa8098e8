import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 5, Calculus (5.1–5.8 for both levels, 5.9–5.18 HL only).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const calculusNotes: TopicNoteInput[] = [
  {
    key: "mathai-note-5-1",
    levels: BOTH,
    topicCode: "5.1",
    body: String.raw`Calculus starts with one question: how fast is something changing *at an instant*? The gradient of a straight line is easy; the gradient of a curve keeps changing, so we find it at a point by zooming in with chords and seeing what value they approach. That value is a **limit**, and the function that gives the gradient at every point is the **derivative**. Exam questions ask you to estimate a gradient from chords, to interpret a derivative in words, with units, and to read what its sign says about the model.

### Key ideas

- A **limit** is the value a quantity approaches as something else gets closer and closer to a given value (or grows without bound). You can see it in a GDC table: the values settle down.
- The gradient of the chord from $x$ to $x + h$ is $\frac{f(x+h) - f(x)}{h}$. As $h \to 0$ the chord becomes the tangent, and its gradient approaches $f'(x)$.
- The **derivative** $f'(x)$, also written $\frac{dy}{dx}$, is the *gradient function*: substitute a value of $x$ to get the gradient of the curve (and of its tangent) at that point.
- It is also a **rate of change**: $\frac{dV}{dt}$ is the rate at which $V$ changes with respect to $t$. Its units are "units of $V$ per unit of $t$".
- Limits also describe long-term behaviour: for $P(t) = 50 - \frac{40}{t+1}$, as $t \to \infty$ the fraction tends to $0$, so $P \to 50$, a horizontal asymptote.

### Notation

| Notation | Read as | Meaning |
|---|---|---|
| $f'(x)$ | "f dash of x" | gradient function of $f$ |
| $\frac{dy}{dx}$ | "dy by dx" | rate of change of $y$ with respect to $x$ |
| $\frac{dV}{dr}$ | "dV by dr" | rate of change of $V$ with respect to $r$ |
| $f'(2) = 7$ | | the gradient of the curve at $x = 2$ is $7$ |

### Worked example 1: a limit from chords

Estimate the gradient of $y = x^2$ at $x = 3$.

| $h$ | chord from $x = 3$ to $x = 3 + h$ | gradient $\frac{(3+h)^2 - 9}{h}$ |
|---|---|---|
| $0.1$ | $(3, 9)$ to $(3.1, 9.61)$ | $6.1$ |
| $0.01$ | $(3, 9)$ to $(3.01, 9.0601)$ | $6.01$ |
| $0.001$ | $(3, 9)$ to $(3.001, 9.006001)$ | $6.001$ |

As $h \to 0$ the gradient approaches $6$, so the gradient at $x = 3$ is $6$ (and $f'(x) = 2x$ gives $f'(3) = 6$).

### Worked example 2: interpreting a derivative

The volume of water in a tank, $V$ litres, $t$ minutes after a tap is opened, is $V = 200 + 30t - t^2$ for $0 \le t \le 15$. Then $\frac{dV}{dt} = 30 - 2t$.

- At $t = 5$: $\frac{dV}{dt} = 20$. **Interpretation:** five minutes after the tap is opened, the volume is increasing at 20 litres per minute.
- At $t = 15$: $\frac{dV}{dt} = 0$: at that instant the volume is neither increasing nor decreasing.

### Common mistakes

- Giving the value of the function when the question asks for the rate: $V(5) = 325$ litres is how much water there is, not how fast it is changing.
- Leaving out units, or writing them the wrong way round ("minutes per litre").
- Thinking $f'(x) = 0$ means the function is zero: it means the graph is flat there.

### Exam tips

- "Interpret" or "explain the meaning of" $\frac{dV}{dt}$: give the quantity, the direction (increasing or decreasing), the size with units, and the moment ("when $t = 5$").
- On Paper 2 the GDC can give the numerical derivative at a point directly; write down the value it gives, to 3 significant figures unless told otherwise.
- A negative derivative is a rate of *decrease*: say "decreasing at 4 litres per minute", not "increasing at −4".`,
  },
  {
    key: "mathai-note-5-2",
    levels: BOTH,
    topicCode: "5.2",
    body: String.raw`A function is **increasing** where its graph goes up as you move to the right and **decreasing** where it goes down. The derivative tells you which, because it is the gradient: positive gradient means going up. Questions ask you to find the intervals on which a function increases or decreases, to justify a statement using $f'(x)$, or to sketch or read the graph of $f'$ from the graph of $f$ (or the other way round).

### Key ideas

| Sign of $f'(x)$ on an interval | Graph of $f$ | Function is |
|---|---|---|
| $f'(x) > 0$ | slopes upwards | increasing |
| $f'(x) < 0$ | slopes downwards | decreasing |
| $f'(x) = 0$ | flat (horizontal tangent) | stationary at that point |

- To find where $f$ is increasing, solve the inequality $f'(x) > 0$; for decreasing, solve $f'(x) < 0$.
- The boundaries between the intervals are where $f'(x) = 0$ (the stationary points), so find those first, then test the sign of $f'$ in each gap.
- Reading graphs: where $f$ has a turning point, the graph of $f'$ crosses the $x$-axis; where $f$ is increasing, the graph of $f'$ lies *above* the $x$-axis.

### Worked example

Find the intervals on which $f(x) = x^3 - 6x^2 + 9x + 1$ is increasing and decreasing.

$$f'(x) = 3x^2 - 12x + 9 = 3(x - 1)(x - 3)$$

$f'(x) = 0$ when $x = 1$ or $x = 3$. Test a value in each interval:

| Interval | Test value | $f'$ | $f$ is |
|---|---|---|---|
| $x < 1$ | $x = 0$ | $f'(0) = 9 > 0$ | increasing |
| $1 < x < 3$ | $x = 2$ | $f'(2) = -3 < 0$ | decreasing |
| $x > 3$ | $x = 4$ | $f'(4) = 9 > 0$ | increasing |

So $f$ is increasing for $x < 1$ and for $x > 3$, and decreasing for $1 < x < 3$.

On Paper 2 you can instead graph $y = f'(x)$ on the GDC and read off where it is above or below the $x$-axis, or graph $f$ and use the maximum and minimum features to find the turning points.

### In context

If $C(t)$ is the concentration of a drug in the blood and $C'(t) < 0$ for $t > 2$, then **after 2 hours the concentration is decreasing**: the body is removing the drug faster than it is being absorbed. "Show that the population is always increasing" means showing that $P'(t) > 0$ for every $t$ in the domain, for example because it is a sum of positive terms.

### Common mistakes

- Giving the $y$-values of the turning points instead of an interval of $x$-values.
- Testing only one side of a stationary point: the sign must be checked in every interval.
- Confusing "$f$ is positive" (graph above the $x$-axis) with "$f$ is increasing" (graph going up).
- Forgetting the domain: if the model is only valid for $0 \le t \le 10$, the answer must stay inside it.

### Exam tips

- Write the intervals clearly as inequalities in $x$, e.g. $x < 1$ or $x > 3$, and keep them inside the domain of the model.
- "Justify" or "explain" that a function is decreasing: quote the sign of the derivative, e.g. "$f'(2) = -3 < 0$, so $f$ is decreasing at $x = 2$".
- A sketch of $f'$ from $f$: mark the zeros of $f'$ under each turning point of $f$ first, then decide above or below between them.`,
  },
  {
    key: "mathai-note-5-3",
    levels: BOTH,
    topicCode: "5.3",
    body: String.raw`At SL in Applications and Interpretation you differentiate one kind of function by hand: sums of terms like $ax^n$, where $n$ is an integer (positive, zero or negative). That is enough for polynomial models and for models with terms like $\frac{k}{x}$, which appear in cost, area and optimisation questions. Questions ask you to "find $f'(x)$", to find the gradient at a point, or to find the point where the gradient takes a given value.

### The rule (in the formula booklet)

$$f(x) = ax^n \;\Rightarrow\; f'(x) = anx^{n-1}$$

Multiply by the power, then reduce the power by one. Then:

- a **sum or difference** is differentiated term by term;
- a **constant** term differentiates to $0$ (its graph is flat);
- $ax$ differentiates to $a$.

### Rewrite before you differentiate

The rule only works on terms of the form $ax^n$, so rewrite fractions and brackets first.

| Given | Rewrite as | Derivative |
|---|---|---|
| $\frac{5}{x}$ | $5x^{-1}$ | $-5x^{-2} = -\frac{5}{x^2}$ |
| $\frac{3}{x^2}$ | $3x^{-2}$ | $-6x^{-3} = -\frac{6}{x^3}$ |
| $\frac{x}{4}$ | $\frac{1}{4}x$ | $\frac{1}{4}$ |
| $(x + 2)(x - 3)$ | $x^2 - x - 6$ | $2x - 1$ |
| $\frac{x^2 + 3}{x}$ | $x + 3x^{-1}$ | $1 - 3x^{-2}$ |

### Worked example

Let $f(x) = 4x^3 - \frac{5}{x^2} + 2x - 7$.

(a) Find $f'(x)$. (b) Find the gradient of the curve at $x = 1$.

(a) Rewrite: $f(x) = 4x^3 - 5x^{-2} + 2x - 7$. Then

$$f'(x) = 12x^2 + 10x^{-3} + 2 = 12x^2 + \frac{10}{x^3} + 2$$

Note the sign: $-5 \times (-2) = +10$.

(b) $f'(1) = 12 + 10 + 2 = 24$.

### Using the derivative to find a point

For $y = x^2 - 6x$, find the point where the gradient is $4$: solve $\frac{dy}{dx} = 2x - 6 = 4$, so $x = 5$ and $y = 25 - 30 = -5$. The point is $(5, -5)$. This "set the derivative equal to a value" step appears in tangent, optimisation and rate questions.

### Other variables

The letters do not matter: if $A = 3r^2 + \frac{12}{r}$, then $\frac{dA}{dr} = 6r - \frac{12}{r^2}$. Keep the variable the question uses.

### Common mistakes

- Differentiating $\frac{5}{x^2}$ as $\frac{5}{2x}$: rewrite with a negative power first.
- Losing the negative when the power is negative: the new power of $x^{-2}$ is $-3$, not $-1$.
- Leaving a constant in the answer: $7$ differentiates to $0$.
- Differentiating a product of brackets term by term; expand first (at SL there is no product rule).

### Exam tips

- Paper 1 often asks for $f'(x)$ by hand for one or two marks: show the rewritten form with negative powers, then the answer.
- On Paper 2 you may check a gradient at a point with the GDC's numerical derivative, but "find $f'(x)$" needs an expression.
- If $f'(x)$ is needed in a later part ("hence"), simplify it carefully now: an error carries through.`,
  },
  {
    key: "mathai-note-5-4",
    levels: BOTH,
    topicCode: "5.4",
    body: String.raw`A **tangent** is the straight line that touches a curve at a point and has the same gradient as the curve there. The **normal** is the line through the same point perpendicular to the tangent. Questions ask for the equation of one or both, or give the gradient of a tangent and ask for the point.

### Key ideas

- The gradient of the tangent at $x = a$ is $m = f'(a)$.
- The normal is perpendicular to the tangent, so its gradient is $-\frac{1}{m}$ (the negative reciprocal), provided $m \neq 0$.
- Both lines pass through the point of contact $(a, f(a))$: you always need the $y$-coordinate as well.
- Use the point–gradient form of a straight line, $y - y_1 = m(x - x_1)$ (in the formula booklet, from the straight-lines topic).

### Method

1. Find $y_1 = f(a)$ if it is not given.
2. Differentiate and substitute: $m = f'(a)$.
3. Tangent: $y - y_1 = m(x - a)$. Normal: $y - y_1 = -\frac{1}{m}(x - a)$.
4. Rearrange into the form the question asks for: $y = mx + c$ or $ax + by + d = 0$ (with integer $a$, $b$, $d$ if asked).

### Worked example

The curve $y = x^2 - \frac{3}{x}$ passes through the point $P$ where $x = 1$. Find the equations of the tangent and the normal at $P$.

Point: $y = 1 - 3 = -2$, so $P(1, -2)$.

Gradient: $\frac{dy}{dx} = 2x + \frac{3}{x^2}$, so at $x = 1$, $m = 2 + 3 = 5$.

Tangent:

$$y + 2 = 5(x - 1) \;\Rightarrow\; y = 5x - 7$$

Normal, gradient $-\frac{1}{5}$:

$$y + 2 = -\frac{1}{5}(x - 1) \;\Rightarrow\; y = -0.2x - 1.8 \;\Rightarrow\; x + 5y + 9 = 0$$

Check: $1 + 5(-2) + 9 = 0$, so $P$ is on the normal.

### Working backwards

"The tangent at $Q$ is parallel to $y = 4x + 1$" means $f'(x) = 4$ at $Q$. Solve that equation for $x$, then find $y$ from $f$, not from the line. For $y = x^2 - 6x + 2$: $2x - 6 = 4$ gives $x = 5$, and $y = 25 - 30 + 2 = -3$, so $Q(5, -3)$.

### With technology

On Paper 2 the GDC will give $f'(a)$ numerically, and many models can also draw the tangent at a point and show its equation. Write down the gradient and the point you used so that the method is visible; give answers to 3 significant figures unless they are exact.

### Special cases

- If $f'(a) = 0$, the tangent is horizontal, $y = f(a)$, and the normal is vertical, $x = a$.
- Where a tangent meets the curve again, or meets an axis, solve the line and the curve (or $y = 0$) simultaneously; the GDC intersect feature is fine on Paper 2.

### Common mistakes

- Using $f(a)$ as the gradient, or $f'(a)$ as the $y$-coordinate.
- Writing the normal gradient as $\frac{1}{m}$ or $-m$: it must be $-\frac{1}{m}$.
- Substituting the $x$-value into $f'(x)$ and then leaving $x$ in the line's equation: the gradient of a straight line is a number.

### Exam tips

- Any correct form of the line's equation is usually accepted unless the question specifies one: "$y + 2 = 5(x - 1)$" is already an answer.
- "Find the coordinates of the point where the tangent crosses the $x$-axis": set $y = 0$ in the tangent, not in the curve.
- State the gradient of the normal explicitly; it is often a separate method mark.`,
  },
  {
    key: "mathai-note-5-5",
    levels: BOTH,
    topicCode: "5.5",
    body: String.raw`**Integration** reverses differentiation. If you know a rate of change, for example the rate at which water flows into a tank, integrating gets you back to the quantity itself. At SL you integrate terms of the form $ax^n$ by hand and use technology for **definite integrals**, which give areas under curves. Questions ask you to find $f(x)$ from $f'(x)$ and a known point, to write down an integral for an area, and to evaluate it with the GDC.

### Anti-differentiation (in the formula booklet)

$$\int ax^n \, dx = \frac{a}{n+1}x^{n+1} + C, \qquad n \neq -1$$

Add one to the power, then divide by the new power. Integrate sums term by term, and always add the **constant of integration** $C$: many functions have the same derivative, differing only by a constant. Rewrite fractions with negative powers first, as for differentiation: $\int \frac{4}{x^3}\,dx = \int 4x^{-3}\,dx = -2x^{-2} + C$.

### Finding the constant: a boundary condition

Given $f'(x) = 6x^2 - 4x + 1$ and $f(1) = 5$, find $f(x)$.

$$f(x) = 2x^3 - 2x^2 + x + C$$

Substitute $x = 1$, $f = 5$: $2 - 2 + 1 + C = 5$, so $C = 4$ and

$$f(x) = 2x^3 - 2x^2 + x + 4$$

In context, "the tank holds 50 litres when $t = 0$" or "the curve passes through $(2, 3)$" is the condition that fixes $C$.

### Definite integrals and area

$$\int_a^b f(x)\,dx$$

is a number: the integral evaluated between the **limits** $a$ and $b$. When $f(x) > 0$ for $a \le x \le b$, it equals the area between the curve, the $x$-axis and the lines $x = a$ and $x = b$. The booklet gives this as $A = \int_a^b y \, dx$. In this course you evaluate definite integrals **with technology** (the GDC's numerical integration), so the skill is setting up the right integral.

### Worked example

The curve $y = 4x - x^2$ meets the $x$-axis at $x = 0$ and $x = 4$. Find the area enclosed by the curve and the $x$-axis.

Roots: $4x - x^2 = x(4 - x) = 0$ gives the limits $0$ and $4$, and the curve is above the axis between them. So

$$A = \int_0^4 \left(4x - x^2\right) dx = 10.7 \text{ (3 s.f.)}$$

(The exact value is $\frac{32}{3}$.) Show the integral with its limits, then the GDC value.

### In context

If $r(t)$ is a rate, the definite integral $\int_0^{10} r(t)\,dt$ is the **total change** over the first 10 units of time: litres of water, kilometres travelled, units produced. The units are the units of $r$ multiplied by the units of $t$.

### Common mistakes

- Forgetting $+C$ in an indefinite integral, or not using the given point to find it.
- Differentiating instead of integrating (reducing the power).
- Wrong limits: find where the curve crosses the axis, and check the sketch.
- Using the integral for area when the curve goes below the $x$-axis: at SL the area questions have $f(x) > 0$ on the interval, so check that it is.

### Exam tips

- Write the full integral, including $dx$ and limits, before the GDC answer: that line is usually the method mark.
- Sketch the region on the GDC to check that the curve is above the axis and that your limits are the ones intended.
- Keep the limits exact or to full GDC accuracy (store them in memory) and round only the final answer.`,
  },
  {
    key: "mathai-note-5-6",
    levels: BOTH,
    topicCode: "5.6",
    body: String.raw`A **stationary point** is a point where the gradient of a curve is zero: the tangent is horizontal. The ones that matter in modelling are **local maxima** (tops of hills) and **local minima** (bottoms of valleys), because they are where a profit is largest, a cost is smallest or a population peaks. Questions ask you to find the coordinates of the stationary points, to decide their nature, and sometimes to find the greatest or least value on an interval.

### Key ideas

- Stationary points satisfy $f'(x) = 0$. Solve that equation for $x$, then substitute into $f$ (not $f'$) for $y$.
- **Nature** by the first-derivative (sign) test: look at the sign of $f'$ just either side.

| Sign of $f'$ just left | just right | Nature |
|---|---|---|
| $+$ | $-$ | local maximum |
| $-$ | $+$ | local minimum |
| same sign both sides | | neither (a stationary point of inflexion) |

- "Local" means largest or smallest *nearby*. The **greatest or least value on an interval** may instead be at an end point: compare the stationary values with $f$ at the ends.
- HL students can also use the second derivative (topic 5.10).

### Worked example

Find and classify the stationary points of $f(x) = x^3 - 3x^2 - 9x + 5$.

$$f'(x) = 3x^2 - 6x - 9 = 3(x + 1)(x - 3) = 0 \;\Rightarrow\; x = -1 \text{ or } x = 3$$

$f(-1) = -1 - 3 + 9 + 5 = 10$ and $f(3) = 27 - 27 - 27 + 5 = -22$.

Sign test: $f'(-2) = 15 > 0$, $f'(0) = -9 < 0$, $f'(4) = 15 > 0$.

| $x$ | $-2$ | $-1$ | $0$ | $3$ | $4$ |
|---|---|---|---|---|---|
| $f'(x)$ | $+$ | $0$ | $-$ | $0$ | $+$ |

So $(-1, 10)$ is a local maximum and $(3, -22)$ is a local minimum.

### Greatest value on an interval

For the same $f$ on $-2 \le x \le 6$: $f(-2) = 3$, $f(6) = 59$. The greatest value is $59$, at the end point $x = 6$, not the local maximum $10$. The least value is $-22$.

### With technology

On Paper 2 graph $y = f(x)$ and use the GDC's maximum and minimum features: they give both coordinates at once. Set a sensible window (the domain of the model) so that you see every turning point. If the question says "use calculus" or "show that", you must also show $f'(x) = 0$ and your solution.

### Common mistakes

- Giving only the $x$-coordinate when the question asks for the point, or substituting into $f'$ for $y$ (which always gives $0$).
- Assuming the first stationary point is the maximum: always test.
- Missing a turning point outside the default GDC window, or reporting one outside the domain of the model.
- Forgetting end points when asked for the greatest or least value.

### Exam tips

- "Justify that this is a maximum": quote the signs of $f'$ either side (with values), or the shape of the graph if the question allows the GDC.
- In context, answer the question asked: "the maximum profit is €2400, when 30 items are made" gives both the value and where it occurs.
- Give coordinates as a pair, to 3 significant figures unless exact.`,
  },
  {
    key: "mathai-note-5-7",
    levels: BOTH,
    topicCode: "5.7",
    body: String.raw`**Optimisation** is finding the best value of something in a real situation: the least material for a container, the greatest area of a field, the largest profit. It is stationary points (topic 5.6) in context, and it is one of the most common long questions in this course. The difficulty is rarely the calculus; it is building the function and using the constraint.

### The method

1. **Name the variables** and draw a diagram with them on it.
2. Write the quantity to optimise in terms of two variables (e.g. surface area $S$ in terms of $r$ and $h$).
3. Use the **constraint** (a fixed volume, a fixed length of fence, a fixed budget) to write one variable in terms of the other.
4. Substitute, so the quantity depends on **one** variable.
5. Differentiate, set the derivative equal to zero and solve (by hand or with the GDC).
6. Justify that it is a maximum or minimum (sign test, graph, or second derivative at HL).
7. Answer the question asked, with units, and check that it makes sense in context.

### Worked example

A closed cylindrical can must hold $500 \text{ cm}^3$. Find the radius that minimises the surface area, and the minimum surface area.

Let the radius be $r$ cm and the height $h$ cm.

Constraint: $\pi r^2 h = 500$, so $h = \frac{500}{\pi r^2}$.

Surface area (two circles and the curved side):

$$S = 2\pi r^2 + 2\pi r h = 2\pi r^2 + 2\pi r \cdot \frac{500}{\pi r^2} = 2\pi r^2 + \frac{1000}{r}$$

Differentiate and set equal to zero:

$$\frac{dS}{dr} = 4\pi r - \frac{1000}{r^2} = 0 \;\Rightarrow\; r^3 = \frac{250}{\pi} \;\Rightarrow\; r = 4.30 \text{ cm (3 s.f.)}$$

Check it is a minimum: at $r = 4$, $\frac{dS}{dr} = 50.3 - 62.5 < 0$; at $r = 5$, $\frac{dS}{dr} = 62.8 - 40 > 0$. The gradient goes from negative to positive, so it is a minimum.

Then $h = \frac{500}{\pi (4.301)^2} = 8.60$ cm and

$$S_{\min} = 2\pi (4.301)^2 + \frac{1000}{4.301} = 349 \text{ cm}^2 \text{ (3 s.f.)}$$

Notice $h = 2r$: the cheapest can is as tall as it is wide.

### With technology

Once you have $S(r)$, on Paper 2 you can graph it and use the minimum feature: $(4.30, 349)$. Questions often ask you to "show that $S = 2\pi r^2 + \frac{1000}{r}$" first, so that everyone can continue with the right function; then "find $\frac{dS}{dr}$" by hand and "hence find" the minimum.

### Typical set-ups

| Situation | Quantity | Constraint |
|---|---|---|
| Fence along a river on three sides | area $xy$ | $2x + y = $ length of fence |
| Open box from a square sheet with corners cut | volume $x(a - 2x)^2$ | side of the sheet |
| Profit | revenue minus cost | price and demand linked |

### Common mistakes

- Differentiating a function of two variables: substitute the constraint first.
- Stopping at $r$ when the question asks for the minimum *area*, or the dimensions.
- Not checking the domain: a length must be positive, and an end point can give the true maximum.
- Rounding $r$ to 4.3 before finding $S$: keep the full GDC value.

### Exam tips

- "Show that" the formula: every line of substitution must be visible, and the final line must match the given expression exactly.
- Justify the nature of the optimum in a sentence; it is usually worth a mark.
- End with a sentence in context: "the can should have radius 4.30 cm; it then uses $349 \text{ cm}^2$ of metal".`,
  },
  {
    key: "mathai-note-5-8",
    levels: BOTH,
    topicCode: "5.8",
    body: String.raw`Not every area comes from a function you can integrate. A surveyor measures the width of a lake every 10 metres; an engineer has a table of depths across a river. The **trapezoidal rule** estimates the area by splitting it into vertical strips of equal width and treating each strip as a trapezium. Questions give you a table of values or a function, ask for the estimate, and often ask whether it is an over- or underestimate, or for the percentage error.

### The rule (in the formula booklet)

$$\int_a^b y \, dx \approx \frac{1}{2}h\left[(y_0 + y_n) + 2(y_1 + y_2 + \dots + y_{n-1})\right], \qquad h = \frac{b - a}{n}$$

- $n$ is the number of **strips** (trapeziums); there are $n + 1$ ordinates $y_0, y_1, \dots, y_n$.
- $h$ is the width of each strip.
- The first and last heights are counted once; every height in between is counted twice, because it is shared by two trapeziums.

### Worked example 1: data

The depth of a river, $d$ m, is measured every 2 m across its 12 m width.

| Distance from bank (m) | 0 | 2 | 4 | 6 | 8 | 10 | 12 |
|---|---|---|---|---|---|---|---|
| Depth (m) | 0 | 1.2 | 2.1 | 2.6 | 2.3 | 1.4 | 0 |

Here $h = 2$ and $n = 6$:

$$A \approx \frac{1}{2}(2)\left[(0 + 0) + 2(1.2 + 2.1 + 2.6 + 2.3 + 1.4)\right] = 1 \times 19.2 = 19.2 \text{ m}^2$$

This is the area of the cross-section. If the water flows at $0.5$ m per second, about $19.2 \times 0.5 = 9.6 \text{ m}^3$ passes each second.

### Worked example 2: a function

Estimate $\int_0^2 \left(x^3 + 1\right) dx$ with 4 strips, and find the percentage error.

$h = \frac{2 - 0}{4} = 0.5$, so $x = 0, 0.5, 1, 1.5, 2$ and $y = 1, 1.125, 2, 4.375, 9$.

$$\frac{1}{2}(0.5)\left[(1 + 9) + 2(1.125 + 2 + 4.375)\right] = 0.25 \times 25 = 6.25$$

The exact value (GDC) is $6$, so the percentage error is $\frac{6.25 - 6}{6} \times 100\% = 4.17\%$ (3 s.f.).

### Over or under?

- If the curve is **concave up** (bends upwards, like $y = x^3 + 1$ for $x > 0$), each straight top lies above the curve: the rule **overestimates**.
- If it is **concave down**, the rule **underestimates**.
- More strips (smaller $h$) give a better estimate.

### Common mistakes

- Using the number of *values* as $n$: 7 readings make 6 strips.
- Counting the end heights twice, or the middle ones once.
- Unequal spacing: the formula needs equal widths. If the table has unequal gaps, split it into parts with equal $h$, or add trapezium areas one by one.
- Forgetting the bracket: the $\frac{1}{2}h$ multiplies everything.

### Exam tips

- Write the substituted formula with the numbers in it before the answer: that is the method mark.
- The GDC can do the arithmetic (some models have a list sum), but "use the trapezoidal rule" means the rule, not the numerical integral.
- Percentage error is $\left\lvert \frac{\text{approximate} - \text{exact}}{\text{exact}} \right\rvert \times 100\%$ (topic 1); the exact value comes from the GDC integral.
- "Explain why the estimate is too large": refer to the shape of the curve and the straight tops of the trapeziums.`,
  },
  {
    key: "mathai-note-5-9",
    levels: HL,
    topicCode: "5.9",
    body: String.raw`At HL you differentiate many more functions: trigonometric, exponential and logarithmic functions, powers with fractional exponents, and combinations of them built with composition, products and quotients. These are the functions in growth, decay and periodic models. The same tools give **related rates**: if two quantities are linked by a formula and one changes with time, the chain rule tells you how fast the other changes. Questions ask you to "find $\frac{dy}{dx}$", to find a gradient or rate at a given instant, and to set up and solve a related-rates problem.

### Standard derivatives (in the formula booklet)

| $f(x)$ | $f'(x)$ |
|---|---|
| $x^n$, $n \in \mathbb{Q}$ | $nx^{n-1}$ |
| $\sin x$ | $\cos x$ |
| $\cos x$ | $-\sin x$ |
| $\tan x$ | $\frac{1}{\cos^2 x}$ |
| $e^x$ | $e^x$ |
| $\ln x$ | $\frac{1}{x}$ |

Angles are in **radians** in calculus: set the GDC to radian mode.

### The three rules (in the formula booklet)

- **Chain rule** for a function of a function, $y = g(u)$ with $u = f(x)$: $\frac{dy}{dx} = \frac{dy}{du} \times \frac{du}{dx}$. Differentiate the outside, keep the inside, multiply by the derivative of the inside.
- **Product rule** for $y = uv$: $\frac{dy}{dx} = u\frac{dv}{dx} + v\frac{du}{dx}$.
- **Quotient rule** for $y = \frac{u}{v}$: $\frac{dy}{dx} = \frac{v\frac{du}{dx} - u\frac{dv}{dx}}{v^2}$.

### Worked examples

Chain rule: $y = \sqrt{3x^2 + 1} = \left(3x^2 + 1\right)^{1/2}$, with inside $u = 3x^2 + 1$:

$$\frac{dy}{dx} = \frac{1}{2}\left(3x^2 + 1\right)^{-1/2} \times 6x = \frac{3x}{\sqrt{3x^2 + 1}}$$

Product rule: $y = e^{2x}\sin x$, with $u = e^{2x}$, $u' = 2e^{2x}$ (chain rule), $v = \sin x$, $v' = \cos x$:

$$\frac{dy}{dx} = e^{2x}\cos x + 2e^{2x}\sin x = e^{2x}\left(2\sin x + \cos x\right)$$

Quotient rule: $y = \frac{\ln x}{x}$, with $u = \ln x$, $v = x$:

$$\frac{dy}{dx} = \frac{x \cdot \frac{1}{x} - \ln x \cdot 1}{x^2} = \frac{1 - \ln x}{x^2}$$

which is zero when $\ln x = 1$, so the curve has a stationary point at $x = e$.

### Related rates

Write the formula linking the quantities, differentiate it with respect to the variable they share, then link the rates with the chain rule.

A spherical balloon is inflated at $50 \text{ cm}^3 \text{ s}^{-1}$. Find the rate at which the radius increases when $r = 10$ cm.

$$V = \frac{4}{3}\pi r^3 \;\Rightarrow\; \frac{dV}{dr} = 4\pi r^2, \qquad \frac{dV}{dt} = \frac{dV}{dr} \times \frac{dr}{dt}$$

$$50 = 4\pi (10)^2 \frac{dr}{dt} \;\Rightarrow\; \frac{dr}{dt} = \frac{50}{400\pi} = 0.0398 \text{ cm s}^{-1} \text{ (3 s.f.)}$$

### Common mistakes

- Forgetting the derivative of the inside: $\frac{d}{dx}\sin(3x) = 3\cos(3x)$, not $\cos(3x)$.
- Getting the quotient rule's numerator the wrong way round: it is $v u' - u v'$.
- Differentiating $\ln(5x)$ as $\frac{5}{x}$: the chain rule gives $\frac{5}{5x} = \frac{1}{x}$.
- Substituting the given value (such as $r = 10$) before differentiating in a related-rates question.

### Exam tips

- Label $u$, $v$, $u'$, $v'$ before using the product or quotient rule: it is clear working and earns method marks even after a slip.
- In related rates, write the chain of rates with units, and say whether the answer is an increase or decrease.
- On Paper 2 you can check a derivative at a point with the GDC's numerical derivative, but a "find $\frac{dy}{dx}$" question needs the expression.`,
  },
  {
    key: "mathai-note-5-10",
    levels: HL,
    topicCode: "5.10",
    body: String.raw`The **second derivative**, $f''(x)$ or $\frac{d^2y}{dx^2}$, is the derivative of the derivative: it measures how the gradient is changing. It tells you which way a curve bends (its **concavity**), gives a quick test for the nature of a stationary point, and locates **points of inflexion**, where the bending changes. In models, a point of inflexion is where a rate of change is greatest or least: where an epidemic spreads fastest, or where sales grow most quickly.

### Key ideas

| $f''(x)$ on an interval | Gradient is | Curve is |
|---|---|---|
| $f''(x) > 0$ | increasing | concave up (like a cup) |
| $f''(x) < 0$ | decreasing | concave down (like a cap) |

- **Second derivative test** at a stationary point ($f'(a) = 0$): if $f''(a) > 0$ it is a local minimum; if $f''(a) < 0$ it is a local maximum; if $f''(a) = 0$ the test fails, so use the sign of $f'$ either side instead.
- A **point of inflexion** is where the concavity changes: $f''(x) = 0$ **and** $f''$ changes sign there.
- A point of inflexion may have zero gradient (a *stationary* point of inflexion, like $y = x^3$ at the origin) or non-zero gradient.
- $f''(a) = 0$ alone is not enough: $y = x^4$ has $f''(0) = 0$ but is concave up on both sides, so the origin is a minimum, not an inflexion.

### Worked example

Let $f(x) = x^4 - 4x^3 + 10$. Find and classify the stationary points, and find the points of inflexion.

$$f'(x) = 4x^3 - 12x^2 = 4x^2(x - 3), \qquad f''(x) = 12x^2 - 24x = 12x(x - 2)$$

Stationary points: $x = 0$ or $x = 3$.

- $x = 3$: $f''(3) = 36 > 0$, so $(3, -17)$ is a local minimum.
- $x = 0$: $f''(0) = 0$, so the test fails. $f'(x) = 4x^2(x - 3)$ is negative just either side of $0$, so it is not a maximum or minimum.

Inflexion: $f''(x) = 0$ at $x = 0$ and $x = 2$. Check signs: $f''(-1) = 36 > 0$, $f''(1) = -12 < 0$, $f''(3) = 36 > 0$. The sign changes at both, so:

- $(0, 10)$ is a **stationary** point of inflexion (gradient $0$);
- $(2, -6)$ is a **non-stationary** point of inflexion (gradient $f'(2) = -16$).

The curve is concave down for $0 < x < 2$ and concave up elsewhere.

### The graphs of $f$, $f'$ and $f''$

- Turning points of $f$ sit above the zeros of $f'$.
- Points of inflexion of $f$ sit above the turning points of $f'$ (and the zeros of $f''$ where it changes sign).
- Where $f'$ is increasing, $f$ is concave up.

### In context

If $N(t)$ is the number of people who have heard a rumour, $N'(t)$ is how fast it is spreading and the point of inflexion is where $N'(t)$ is a maximum: the rumour spreads fastest then. On Paper 2, graph $y = N'(t)$ on the GDC and find its maximum.

### Common mistakes

- Claiming an inflexion from $f''(a) = 0$ without checking the sign change.
- Saying the second derivative test shows a point of inflexion when $f''(a) = 0$: it only shows the test has failed.
- Mixing up concave up ($f'' > 0$) and concave down.

### Exam tips

- "Justify" a maximum: "$f'(a) = 0$ and $f''(a) < 0$" with the value of $f''(a)$.
- "Show that there is a point of inflexion": find where $f'' = 0$ and show the change of sign with two test values.
- Give both coordinates of points of inflexion, and say whether they are stationary if asked.`,
  },
  {
    key: "mathai-note-5-11",
    levels: HL,
    topicCode: "5.11",
    body: String.raw`At HL you integrate the same families you differentiate: fractional and negative powers (including $\frac{1}{x}$), sine, cosine, $\frac{1}{\cos^2 x}$ and the exponential. You also integrate composite functions, either **by inspection** (spotting what differentiates to the integrand and adjusting the constant) or by **substitution**, for integrals of the form $\int f(g(x))\,g'(x)\,dx$. Questions ask for indefinite integrals by hand, definite integrals by hand or GDC, and constants from boundary conditions.

### Standard integrals (in the formula booklet)

| $f(x)$ | $\int f(x)\,dx$ |
|---|---|
| $x^n$, $n \in \mathbb{Q}$, $n \neq -1$ | $\frac{x^{n+1}}{n+1} + C$ |
| $\frac{1}{x}$ | $\ln \lvert x \rvert + C$ |
| $\sin x$ | $-\cos x + C$ |
| $\cos x$ | $\sin x + C$ |
| $\frac{1}{\cos^2 x}$ | $\tan x + C$ |
| $e^x$ | $e^x + C$ |

### Linear insides: divide by the coefficient

If the inside is $ax + b$, integrate as normal and divide by $a$:

- $\int 2\cos(3x)\,dx = \frac{2}{3}\sin(3x) + C$
- $\int e^{-0.5x}\,dx = -2e^{-0.5x} + C$
- $\int \frac{1}{\cos^2(2x)}\,dx = \frac{1}{2}\tan(2x) + C$

Check by differentiating: the chain rule multiplies by $a$ and cancels the division.

### Integration by inspection

Look for a function and its derivative together. If the integrand is (a multiple of) $g'(x) \times f(g(x))$, guess the answer and fix the constant.

$$\int \frac{3x^2}{x^3 + 2}\,dx = \ln \lvert x^3 + 2 \rvert + C$$

because the numerator is exactly the derivative of the denominator.

### Substitution: worked example

Find $\int x\left(x^2 + 1\right)^4 dx$.

Let $u = x^2 + 1$, so $\frac{du}{dx} = 2x$ and $x\,dx = \frac{1}{2}du$.

$$\int x\left(x^2 + 1\right)^4 dx = \frac{1}{2}\int u^4\,du = \frac{u^5}{10} + C = \frac{\left(x^2 + 1\right)^5}{10} + C$$

### Definite integral with a substitution

Find the exact value of $\int_0^1 x e^{x^2} dx$.

Let $u = x^2$, $du = 2x\,dx$. **Change the limits**: $x = 0 \Rightarrow u = 0$, $x = 1 \Rightarrow u = 1$.

$$\int_0^1 x e^{x^2} dx = \frac{1}{2}\int_0^1 e^u\,du = \frac{1}{2}\left[e^u\right]_0^1 = \frac{e - 1}{2} \approx 0.859$$

The GDC gives $0.859$ too: a good check, but "exact value" needs the working.

### Fractional powers

Rewrite roots as powers first: $\int \sqrt{x}\,dx = \int x^{1/2}\,dx = \frac{2}{3}x^{3/2} + C$, and $\int \frac{4}{\sqrt{x}}\,dx = 8x^{1/2} + C$.

### Common mistakes

- Multiplying by the coefficient instead of dividing: $\int \cos(3x)\,dx \neq 3\sin(3x)$.
- Sign slips with trigonometric functions: $\int \sin x\,dx = -\cos x$.
- Forgetting the modulus in $\ln \lvert x \rvert$, or using the power rule for $\frac{1}{x}$ (dividing by zero).
- Keeping the old $x$-limits after substituting $u$, or leaving $x$ and $u$ mixed in one integral.
- Dropping $+C$ in an indefinite integral.

### Exam tips

- Differentiate your answer mentally to check it: it takes seconds and catches most errors.
- Show the substitution line ($u = \dots$, $du = \dots$) and the new limits: each is usually a method mark.
- Paper 2 definite integrals without "exact" can go straight to the GDC: write the integral with its limits, then the value.
- Angles in radians, always.`,
  },
  {
    key: "mathai-note-5-12",
    levels: HL,
    topicCode: "5.12",
    body: String.raw`Integration finds more than the area between a curve and the $x$-axis. At HL you also find the area between a curve and the **$y$-axis**, by integrating with respect to $y$, and the **volume of revolution** made when a region is rotated through $360°$ about the $x$-axis or the $y$-axis. These model real objects: vases, bowls, lamp shades and storage tanks. Questions ask you to rearrange the curve, set up the integral with the right variable and limits, and evaluate it (usually with the GDC).

### The formulae (in the formula booklet)

Area between a curve and an axis (the modulus counts any part on the negative side as positive area):

$$A = \int_a^b \lvert y \rvert \, dx \qquad \text{or} \qquad A = \int_a^b \lvert x \rvert \, dy$$

Volume of revolution about the $x$-axis or the $y$-axis:

$$V = \int_a^b \pi y^2 \, dx \qquad \text{or} \qquad V = \int_a^b \pi x^2 \, dy$$

The variable you integrate with respect to must match the axis of the limits: for the $y$-axis, the limits are **$y$-values** and the integrand is written in $y$.

### Area against the $y$-axis: worked example

Find the area enclosed by $y = x^2$ ($x \ge 0$), the $y$-axis and the lines $y = 1$ and $y = 4$.

Rearrange: $x = \sqrt{y}$. Then

$$A = \int_1^4 \sqrt{y} \, dy = \left[\frac{2}{3}y^{3/2}\right]_1^4 = \frac{2}{3}(8 - 1) = \frac{14}{3} \approx 4.67$$

### Volume about the $x$-axis

The region under $y = \sqrt{x}$ from $x = 0$ to $x = 4$ is rotated about the $x$-axis.

$$V = \int_0^4 \pi\left(\sqrt{x}\right)^2 dx = \pi\int_0^4 x \, dx = 8\pi \approx 25.1$$

### Volume about the $y$-axis: worked example in context

The inside of a glass is modelled by rotating the curve $y = x^2$, for $0 \le y \le 8$, about the $y$-axis, with lengths in cm. Find the capacity of the glass.

Rearrange: $x^2 = y$. Then

$$V = \int_0^8 \pi x^2 \, dy = \pi\int_0^8 y \, dy = \pi\left[\frac{y^2}{2}\right]_0^8 = 32\pi \approx 101 \text{ cm}^3$$

So the glass holds about 101 ml. A follow-up might ask for the depth when it holds 50 ml: solve $\pi\frac{h^2}{2} = 50$ for the height $h$ (GDC or by hand).

### Why it works

Each thin slice of the solid is a disc: radius $y$ and thickness $dx$ (rotating about the $x$-axis), so its volume is $\pi y^2\,dx$. Adding the discs is the integral. About the $y$-axis the radius is $x$ and the thickness $dy$.

### Common mistakes

- Using $x$-limits in an integral with respect to $y$ (or the reverse). Convert: on $y = x^2$, $x = 2$ corresponds to $y = 4$.
- Forgetting to square: the integrand is $\pi y^2$, not $\pi y$.
- Squaring $y$ term by term: $(1 + x)^2 \neq 1 + x^2$.
- Not rearranging the equation into $x^2 = \dots$ before rotating about the $y$-axis.
- Forgetting the modulus when part of the curve is on the negative side of the axis: integrate the parts separately and add their sizes, or put $\lvert y \rvert$ into the GDC.

### Exam tips

- Write the complete integral (with $\pi$, the square, the limits and $dx$ or $dy$) before evaluating: that is the method mark, and the GDC does the rest.
- Check that the answer is plausible, for example against a cylinder that encloses the solid.
- Keep units: area in units squared, volume in units cubed (1 cm³ = 1 ml).`,
  },
  {
    key: "mathai-note-5-13",
    levels: HL,
    topicCode: "5.13",
    body: String.raw`**Kinematics** describes motion along a straight line with calculus. Displacement, velocity and acceleration are linked by differentiation one way and integration the other. Questions give one of them as a function of time $t$ and ask for the others, for when a particle is at rest or changes direction, for whether it is speeding up, and for the **total distance travelled**, which is not the same as the displacement.

### Key relationships (in the formula booklet)

$$v = \frac{ds}{dt}, \qquad a = \frac{dv}{dt} = \frac{d^2 s}{dt^2}, \qquad \text{distance travelled from } t_1 \text{ to } t_2 = \int_{t_1}^{t_2} \lvert v(t) \rvert \, dt$$

| Quantity | Meaning | Sign |
|---|---|---|
| displacement $s$ | position relative to a fixed origin | which side of the origin |
| velocity $v$ | rate of change of displacement | direction of motion |
| speed $\lvert v \rvert$ | size of the velocity | always $\ge 0$ |
| acceleration $a$ | rate of change of velocity | direction of the push |

- Going down the list: differentiate. Going up: integrate, and use an initial condition (e.g. $s = 0$ when $t = 0$) to find the constant.
- **At rest**: $v = 0$. **Changes direction**: $v = 0$ *and* $v$ changes sign.
- **Speeding up** when $v$ and $a$ have the same sign; **slowing down** when they have opposite signs.
- **Displacement** over an interval is $\int_{t_1}^{t_2} v \, dt$: the net change in position.

### Worked example

A particle moves in a straight line with velocity $v(t) = t^2 - 6t + 8$ m s⁻¹ for $0 \le t \le 5$. When $t = 0$ it is at the origin.

(a) Find when the particle changes direction. (b) Is it speeding up or slowing down at $t = 1$? (c) Find its displacement at $t = 5$ and the total distance travelled.

(a) $v = (t - 2)(t - 4) = 0$ at $t = 2$ and $t = 4$. $v$ is positive before 2, negative between 2 and 4, positive after 4, so it changes direction at both times.

(b) $a = \frac{dv}{dt} = 2t - 6$. At $t = 1$: $v = 3 > 0$ and $a = -4 < 0$. Opposite signs, so it is **slowing down**.

(c) Displacement:

$$s(5) = \int_0^5 \left(t^2 - 6t + 8\right) dt = \frac{20}{3} \approx 6.67 \text{ m}$$

Distance: split at the changes of direction.

$$\int_0^2 v \, dt = \frac{20}{3}, \quad \int_2^4 v \, dt = -\frac{4}{3}, \quad \int_4^5 v \, dt = \frac{4}{3}$$

$$\text{distance} = \frac{20}{3} + \frac{4}{3} + \frac{4}{3} = \frac{28}{3} \approx 9.33 \text{ m}$$

On the GDC, $\int_0^5 \lvert t^2 - 6t + 8 \rvert \, dt = 9.33$ directly. The particle went forward $6.67$ m, back $1.33$ m, then forward $1.33$ m.

### Finding $s(t)$

Integrating: $s(t) = \frac{t^3}{3} - 3t^2 + 8t + C$, and $s(0) = 0$ gives $C = 0$. Then $s(5) = \frac{125}{3} - 75 + 40 = \frac{20}{3}$, which matches.

### Velocity–time graphs

The gradient of a velocity–time graph is the acceleration; the area between it and the $t$-axis is the distance, with areas below the axis counting as distance backwards.

### Common mistakes

- Giving the displacement when the question asks for the distance (or the reverse).
- Forgetting the constant of integration, or assuming $s(0) = 0$ when it is not given.
- Saying "decelerating" just because $a < 0$: the particle slows down only if $v$ and $a$ have opposite signs.
- Mixing up speed and velocity: the maximum *speed* may come from the most negative velocity.

### Exam tips

- "Total distance" on Paper 2: write $\int \lvert v \rvert \, dt$ with limits, and evaluate with the GDC.
- Sketch $v$ against $t$ on the GDC first: it shows the changes of direction at a glance.
- Give units: m, m s⁻¹, m s⁻².`,
  },
  {
    key: "mathai-note-5-14",
    levels: HL,
    topicCode: "5.14",
    body: String.raw`A **differential equation** links a quantity with its rate of change. Many models are stated in words — "the rate of growth is proportional to the population", "the rate of cooling is proportional to the difference in temperature" — and your first job is to turn the sentence into an equation. When the variables can be separated, you can solve it exactly by **separation of variables**. Questions ask you to set up the equation, solve it with an initial condition, find the constant of proportionality from data, and use the solution to predict.

### Setting up

| Words | Equation |
|---|---|
| rate of change of $P$ is proportional to $P$ | $\frac{dP}{dt} = kP$ |
| $T$ decreases at a rate proportional to the difference between $T$ and the room temperature $20$ | $\frac{dT}{dt} = -k(T - 20)$, $k > 0$ |
| $V$ decreases at a rate proportional to $\sqrt{V}$ | $\frac{dV}{dt} = -k\sqrt{V}$ |

Decide the sign from the context: a decreasing quantity needs a negative rate, so either write $-k$ with $k > 0$ or let $k$ come out negative, and say which.

### Separation of variables

For $\frac{dy}{dx} = f(x)\,g(y)$:

1. Move every $y$ to the side with $dy$ and every $x$ to the side with $dx$: $\frac{1}{g(y)}\,dy = f(x)\,dx$.
2. Integrate both sides; one constant of integration is enough.
3. Use the initial condition to find the constant, then rearrange for $y$ if asked.

For example, $\frac{dy}{dx} = 2xy$ with $y = 3$ when $x = 0$: $\int \frac{1}{y}\,dy = \int 2x\,dx$, so $\ln \lvert y \rvert = x^2 + c$ and $y = Ae^{x^2}$; the condition gives $A = 3$, so $y = 3e^{x^2}$.

### Worked example

A cup of coffee is at $90$°C in a room at $20$°C. Its temperature $T$ satisfies $\frac{dT}{dt} = -k(T - 20)$, where $t$ is in minutes. After 10 minutes it is $60$°C. Find when it reaches $30$°C.

Separate and integrate:

$$\int \frac{1}{T - 20}\,dT = \int -k\,dt \;\Rightarrow\; \ln \lvert T - 20 \rvert = -kt + c$$

$$T - 20 = Ae^{-kt}$$

At $t = 0$, $T = 90$: $A = 70$, so $T = 20 + 70e^{-kt}$.

At $t = 10$, $T = 60$: $40 = 70e^{-10k}$, so

$$k = \frac{1}{10}\ln\frac{7}{4} = 0.0560 \text{ (3 s.f.)}$$

When $T = 30$: $10 = 70e^{-kt}$, so

$$t = \frac{\ln 7}{k} = 34.8 \text{ minutes (3 s.f.)}$$

The model also predicts that $T \to 20$ as $t \to \infty$: the coffee approaches room temperature but never goes below it.

### Interpreting the constants

- $k$ is a rate constant: a larger $k$ means faster cooling or growth.
- The long-term value comes from the equation itself: $\frac{dT}{dt} = 0$ when $T = 20$, the equilibrium.
- In $\frac{dP}{dt} = kP$ the solution is $P = P_0 e^{kt}$, exponential growth ($k > 0$) or decay ($k < 0$).

### Common mistakes

- Integrating $\frac{1}{T - 20}$ as anything other than $\ln \lvert T - 20 \rvert$.
- Writing $e^{-kt + c} = e^{-kt} + e^c$: it is $e^c \times e^{-kt}$, so $A = e^c$.
- Leaving the $y$ terms on both sides before integrating.
- Rounding $k$ early: store it in the GDC and round only the final answer.

### Exam tips

- "Show that $T = 20 + 70e^{-kt}$": each step (separate, integrate, exponentiate, use $T(0)$) must be visible.
- Solving for $k$ or $t$ can be done with logarithms or with the GDC solver on Paper 2; state the equation you solved.
- Comment on a model's validity when asked: does it make sense for large $t$? Does it match the data?
- Equations that cannot be separated are solved numerically with Euler's method (topic 5.16).`,
  },
  {
    key: "mathai-note-5-15",
    levels: HL,
    topicCode: "5.15",
    body: String.raw`A **slope field** (or direction field) shows a first-order differential equation $\frac{dy}{dx} = f(x, y)$ as a picture. At each point of a grid a short line segment is drawn with gradient $f(x, y)$. A solution curve must follow these segments, so you can sketch solutions without solving the equation at all. Questions ask you to draw segments at given points, to match an equation to its slope field, to sketch the solution through a given point, and to describe the long-term behaviour.

### Key ideas

- The gradient at $(x, y)$ is found by substituting both coordinates into $f(x, y)$.
- A solution curve is tangent to the segments everywhere; curves for different starting points never cross.
- An **isocline** is a curve on which the gradient is constant: $f(x, y) = c$. The isocline $f(x, y) = 0$ is where solutions have horizontal tangents (their turning points).
- If $\frac{dy}{dx}$ depends only on $x$, segments in each vertical column are parallel; if it depends only on $y$, segments in each horizontal row are parallel.
- A horizontal line $y = b$ on which $f(x, b) = 0$ for all $x$ is an **equilibrium solution**.

### Worked example

Consider $\frac{dy}{dx} = x - y$.

(a) Find the gradient at the given points.

| Point | $(0, 0)$ | $(1, 0)$ | $(2, 0)$ | $(0, 1)$ | $(1, 1)$ | $(2, 1)$ | $(-1, 1)$ | $(1, 2)$ |
|---|---|---|---|---|---|---|---|---|
| $\frac{dy}{dx}$ | $0$ | $1$ | $2$ | $-1$ | $0$ | $1$ | $-2$ | $-1$ |

(b) Describe the isoclines. $x - y = c$ gives the lines $y = x - c$: all segments on a line parallel to $y = x$ have the same gradient. On $y = x$ itself the gradient is $0$, so any solution with a turning point has it on this line (and it is a minimum).

(c) Show that $y = x - 1$ is a solution. On this line $\frac{dy}{dx} = x - (x - 1) = 1$, and the line itself has gradient $1$, so it follows the field exactly.

(d) Describe the solution through $(0, 3)$. It starts with gradient $-3$, falls to a minimum where it meets $y = x$, then rises and gets closer and closer to the line $y = x - 1$ as $x$ increases. Every solution approaches this line in the long run (the general solution is $y = x - 1 + Ae^{-x}$).

### Sketching a solution curve

1. Mark the starting point.
2. Move a little in the direction of the segment there, then follow the new segment, in both directions if the question wants the whole curve.
3. Keep the curve smooth and parallel to nearby segments; do not cross other solution curves.
4. Check the turning points lie on the isocline $f(x, y) = 0$.

### Matching equations to fields

Test simple points. For $\frac{dy}{dx} = xy$ the segments along both axes are horizontal; for $\frac{dy}{dx} = y$ every row is parallel and the gradient grows with $\lvert y \rvert$; for $\frac{dy}{dx} = x^2$ nothing is ever negative. One well-chosen point usually rules out all but one option.

### Common mistakes

- Substituting $(x, y)$ the wrong way round.
- Drawing segments with the wrong steepness: a gradient of $2$ should look twice as steep as $1$.
- Sketching a solution that cuts across the segments or runs into another solution.
- Drawing long curves instead of short segments when asked for the field.

### Exam tips

- When asked to "sketch the solution curve through $P$", the curve should be tangent to the segments near $P$ and show the correct long-term behaviour: that is what is marked.
- "Describe" long-term behaviour in words: "$y$ approaches the line $y = x - 1$ as $x$ increases".
- Use the isocline $f(x, y) = 0$ to place turning points accurately.`,
  },
  {
    key: "mathai-note-5-16",
    levels: HL,
    topicCode: "5.16",
    body: String.raw`Most differential equations in real models cannot be solved exactly, so we solve them **numerically**. **Euler's method** steps along the solution: from a known point, move a small step $h$ in the direction the differential equation gives, then repeat. The same idea works for **coupled** systems, such as predator–prey models, where two quantities change together. Questions ask you to carry out a few steps (by hand or with a GDC or spreadsheet), to compare with an exact value, and to explain how to improve the estimate.

### The formulae (in the formula booklet)

For $\frac{dy}{dx} = f(x, y)$ with step length $h$:

$$y_{n+1} = y_n + h \times f(x_n, y_n), \qquad x_{n+1} = x_n + h$$

For coupled equations $\frac{dx}{dt} = f_1(x, y, t)$ and $\frac{dy}{dt} = f_2(x, y, t)$:

$$x_{n+1} = x_n + h \times f_1(x_n, y_n, t_n), \qquad y_{n+1} = y_n + h \times f_2(x_n, y_n, t_n), \qquad t_{n+1} = t_n + h$$

In the coupled case both new values are worked out from the **old** values.

### Worked example 1

Use Euler's method with $h = 0.1$ to estimate $y(0.3)$ for $\frac{dy}{dx} = x + y$, $y(0) = 1$.

| $n$ | $x_n$ | $y_n$ | $f(x_n, y_n) = x_n + y_n$ | $y_{n+1} = y_n + 0.1 f$ |
|---|---|---|---|---|
| 0 | 0 | 1 | 1 | 1.1 |
| 1 | 0.1 | 1.1 | 1.2 | 1.22 |
| 2 | 0.2 | 1.22 | 1.42 | 1.362 |

So $y(0.3) \approx 1.362$. The exact solution is $y = 2e^x - x - 1$, giving $y(0.3) = 1.39972\dots$, so the percentage error is about $2.69\%$.

The estimate is too small because the solution is concave up: each step follows the tangent, which lies below the curve.

### Worked example 2: a coupled system

Rabbits $x$ and foxes $y$ satisfy

$$\frac{dx}{dt} = 0.4x - 0.01xy, \qquad \frac{dy}{dt} = -0.3y + 0.005xy$$

with $x = 100$, $y = 20$ at $t = 0$. Use $h = 0.1$ to estimate the populations at $t = 0.2$.

Step 1: $\frac{dx}{dt} = 40 - 20 = 20$ and $\frac{dy}{dt} = -6 + 10 = 4$, so $x_1 = 100 + 0.1(20) = 102$ and $y_1 = 20 + 0.1(4) = 20.4$.

Step 2: $\frac{dx}{dt} = 40.8 - 20.808 = 19.992$ and $\frac{dy}{dt} = -6.12 + 10.404 = 4.284$, so

$$x_2 = 103.9992 \approx 104, \qquad y_2 = 20.8284 \approx 20.8$$

### Using technology

For more than a few steps use a spreadsheet or the GDC's sequence or program features: one column for $t$ (or $x$), one for each variable, each row built from the row above. State the recurrence you entered so that the method is visible.

### Accuracy

- Smaller $h$ gives a more accurate estimate (but needs more steps).
- Errors build up with each step, so estimates far from the starting point are less reliable.
- The direction of the error depends on the concavity of the solution.

### Common mistakes

- Using the new $x$ (or $t$) with the old $y$ when evaluating $f$.
- In coupled systems, using the updated $x_{n+1}$ to find $y_{n+1}$.
- Miscounting steps: from $0$ to $0.3$ with $h = 0.1$ is three steps.
- Rounding intermediate values: keep full accuracy and round only the answer.

### Exam tips

- Set out a table with a column for each quantity: examiners can follow it, and it earns method marks.
- "Explain how the approximation could be improved": reduce the step length $h$.
- Interpret in context: "after 0.2 years there are about 104 rabbits and 21 foxes".`,
  },
  {
    key: "mathai-note-5-17",
    levels: HL,
    topicCode: "5.17",
    body: String.raw`Coupled linear differential equations

$$\frac{dx}{dt} = ax + by, \qquad \frac{dy}{dt} = cx + dy$$

model two quantities that affect each other, for example two competing species or two connected tanks. Written as $\dot{\mathbf{x}} = M\mathbf{x}$ with $M = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$, their behaviour is decided by the **eigenvalues** of $M$. A **phase portrait** plots $y$ against $x$ and shows the paths (trajectories) the system follows from different starting points. Questions ask you to find the eigenvalues and eigenvectors, write the exact solution, classify the equilibrium at the origin and sketch or describe trajectories.

### The exact solution (in the formula booklet)

For distinct real eigenvalues $\lambda_1$, $\lambda_2$ with eigenvectors $\mathbf{p}_1$, $\mathbf{p}_2$:

$$\mathbf{x} = Ae^{\lambda_1 t}\mathbf{p}_1 + Be^{\lambda_2 t}\mathbf{p}_2$$

where $A$ and $B$ come from the initial conditions. Eigenvalues solve $\det(M - \lambda I) = 0$, that is $\lambda^2 - (a + d)\lambda + (ad - bc) = 0$.

### Classifying the origin

| Eigenvalues | Equilibrium | Trajectories |
|---|---|---|
| real, both negative | stable node (sink) | all move into the origin |
| real, both positive | unstable node (source) | all move away from the origin |
| real, opposite signs | saddle point (unstable) | in along one eigenvector, out along the other |
| complex, negative real part | stable spiral | spiral into the origin |
| complex, positive real part | unstable spiral | spiral outwards |
| purely imaginary | centre | closed loops (ellipses) around the origin |

For real eigenvalues the eigenvector lines are straight-line trajectories. As $t$ grows the term with the larger eigenvalue dominates: for a source or a saddle, paths head off parallel to its eigenvector; for a sink, paths enter the origin along the eigenvector of the eigenvalue closer to zero.

### Worked example

$\frac{dx}{dt} = x + 2y$, $\frac{dy}{dt} = 2x + y$, with $x = 3$, $y = 1$ when $t = 0$.

Eigenvalues: $\lambda^2 - 2\lambda - 3 = (\lambda - 3)(\lambda + 1) = 0$, so $\lambda = 3$ and $\lambda = -1$.

Eigenvectors: for $\lambda = 3$, $\begin{pmatrix} 1 \\ 1 \end{pmatrix}$; for $\lambda = -1$, $\begin{pmatrix} 1 \\ -1 \end{pmatrix}$.

General solution:

$$\begin{pmatrix} x \\ y \end{pmatrix} = Ae^{3t}\begin{pmatrix} 1 \\ 1 \end{pmatrix} + Be^{-t}\begin{pmatrix} 1 \\ -1 \end{pmatrix}$$

At $t = 0$: $A + B = 3$ and $A - B = 1$, so $A = 2$, $B = 1$:

$$x = 2e^{3t} + e^{-t}, \qquad y = 2e^{3t} - e^{-t}$$

The eigenvalues have opposite signs, so the origin is a **saddle point**. Trajectories come in along $y = -x$ and leave along $y = x$. As $t \to \infty$, $e^{-t} \to 0$, so $\frac{y}{x} \to 1$: both quantities grow without bound in equal amounts.

### Complex eigenvalues: direction of rotation

For $\frac{dx}{dt} = -x - 2y$, $\frac{dy}{dt} = 2x - y$: $\lambda^2 + 2\lambda + 5 = 0$ gives $\lambda = -1 \pm 2i$. The real part is negative, so it is a **stable spiral**. To find the direction, test a point: at $(1, 0)$, $\frac{dy}{dt} = 2 > 0$, so the path moves upwards there: **anticlockwise**.

### Sketching a phase portrait

1. Classify from the eigenvalues.
2. For real eigenvalues, draw the eigenvector lines with arrows (towards the origin for a negative eigenvalue, away for a positive one).
3. Add a few curved trajectories following those directions.
4. Check with a test point: the direction at $(x, y)$ is the vector $\left(\frac{dx}{dt}, \frac{dy}{dt}\right)$. Where $\frac{dx}{dt} = 0$ paths are vertical; where $\frac{dy}{dt} = 0$ they are horizontal.

### Common mistakes

- Mixing up which eigenvector goes with which eigenvalue.
- Drawing arrows on a spiral or centre without testing the direction.
- Calling a saddle "stable": only paths starting exactly on the incoming eigenvector reach the origin.

### Exam tips

- The GDC finds eigenvalues (as roots of the characteristic equation); show the equation you solved.
- "Describe the long-term behaviour": say what happens to $x$, $y$ and $\frac{y}{x}$, in context (which species dies out or grows).`,
  },
  {
    key: "mathai-note-5-18",
    levels: HL,
    topicCode: "5.18",
    body: String.raw`A **second-order** differential equation involves the second derivative, $\frac{d^2x}{dt^2}$. These model oscillations: a mass on a spring, a swinging pendulum, a car's suspension. In this course you do not solve them with special formulae; you **rewrite them as two coupled first-order equations**, then use Euler's method (topic 5.16), or, when the system is linear, eigenvalues and phase portraits (topic 5.17). Questions ask you to make the substitution, run a few Euler steps, and interpret the motion.

### The substitution

For

$$\frac{d^2x}{dt^2} = f\left(x, \frac{dx}{dt}, t\right)$$

let $y = \frac{dx}{dt}$. Then $\frac{dy}{dt} = \frac{d^2x}{dt^2}$, and the equation becomes the coupled system

$$\frac{dx}{dt} = y, \qquad \frac{dy}{dt} = f(x, y, t)$$

Two initial conditions are needed: the starting value of $x$ and of $y = \frac{dx}{dt}$ (for example, initial position and initial velocity).

### Worked example

A mass on a spring has displacement $x$ m from equilibrium at time $t$ s, with

$$\frac{d^2x}{dt^2} + 0.5\frac{dx}{dt} + 4x = 0, \qquad x(0) = 1, \quad \frac{dx}{dt}(0) = 0$$

(a) Write it as a system of first-order equations. (b) Use Euler's method with $h = 0.1$ to estimate $x(0.3)$.

(a) Let $y = \frac{dx}{dt}$:

$$\frac{dx}{dt} = y, \qquad \frac{dy}{dt} = -4x - 0.5y$$

(b) Using $x_{n+1} = x_n + 0.1\,y_n$ and $y_{n+1} = y_n + 0.1(-4x_n - 0.5y_n)$, both from the old values:

| $t$ | $x$ | $y$ | $\frac{dy}{dt} = -4x - 0.5y$ |
|---|---|---|---|
| 0 | 1 | 0 | $-4$ |
| 0.1 | 1 | $-0.4$ | $-3.8$ |
| 0.2 | 0.96 | $-0.78$ | $-3.45$ |
| 0.3 | 0.882 | $-1.125$ | |

So $x(0.3) \approx 0.882$ m. (A very accurate numerical solution gives $0.834$, so the step length is too large for good accuracy; smaller $h$ would help.)

### What the eigenvalues say

The system is linear: $\begin{pmatrix} \dot{x} \\ \dot{y} \end{pmatrix} = \begin{pmatrix} 0 & 1 \\ -4 & -0.5 \end{pmatrix}\begin{pmatrix} x \\ y \end{pmatrix}$.

Characteristic equation: $\lambda^2 + 0.5\lambda + 4 = 0$, so $\lambda = -0.25 \pm 1.98i$.

Complex with negative real part: a **stable spiral**. In the phase plane ($x$ against $\frac{dx}{dt}$) the trajectory spirals into the origin, which means the mass oscillates with decreasing amplitude and comes to rest at equilibrium: **damped oscillation**. At $(1, 0)$, $\frac{dy}{dt} = -4 < 0$, so the spiral turns clockwise.

| Damping term | Eigenvalues | Motion |
|---|---|---|
| none ($\frac{d^2x}{dt^2} + 4x = 0$) | $\pm 2i$ | centre: oscillates for ever, closed loops |
| light (as above) | complex, negative real part | damped oscillation, stable spiral |
| heavy | real, both negative | returns to rest without oscillating, stable node |

### Reading the phase portrait

- A point on the $x$-axis ($y = 0$) is a moment when the mass is momentarily at rest: a maximum or minimum displacement.
- Crossing the $y$-axis ($x = 0$) is passing through equilibrium; without damping that is also the moment of greatest speed.

### Common mistakes

- Forgetting that $y$ *is* the velocity: the second initial condition belongs to $y$.
- Rearranging wrongly: $\frac{d^2x}{dt^2} = -4x - 0.5\frac{dx}{dt}$ needs the signs changed when moving terms across.
- Updating $x$ first and then using the new $x$ to update $y$.

### Exam tips

- Write the coupled system and the Euler recurrences explicitly before the numbers.
- Use a GDC or spreadsheet for more than three steps, and give the table of a few rows as working.
- Interpret in context: "the oscillations die away and the mass settles at its equilibrium position".`,
  },
];
