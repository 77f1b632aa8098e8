import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 2, Functions (2.1–2.11 for both levels, 2.12–2.16 HL only).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const functionsNotes: TopicNoteInput[] = [
  {
    key: "mathaa-note-2-1",
    levels: BOTH,
    topicCode: "2.1",
    body: String.raw`Straight lines are the simplest graphs, and they appear everywhere later: tangents and normals in calculus, lines of best fit in statistics, boundaries in geometry. You need to find the **gradient** of a line, write its **equation** in several forms, and use the facts about **parallel** and **perpendicular** lines. A typical question gives two points and asks for the equation of a line through one of them, or of the perpendicular bisector.

### The formulae (in the formula booklet)

| | Formula |
|---|---|
| Gradient through $(x_1, y_1)$ and $(x_2, y_2)$ | $m = \dfrac{y_2 - y_1}{x_2 - x_1}$ |
| Gradient–intercept form | $y = mx + c$ |
| General form | $ax + by + d = 0$ |
| Point–gradient form | $y - y_1 = m(x - x_1)$ |

In $y = mx + c$, $m$ is the gradient and $c$ the $y$-intercept. The general form is often requested with integer coefficients.

### Parallel and perpendicular lines (learn these)

- **Parallel** lines have equal gradients: $m_1 = m_2$.
- **Perpendicular** lines have gradients whose product is $-1$: $m_1 m_2 = -1$, so $m_2 = -\frac{1}{m_1}$ (the negative reciprocal).
- Horizontal lines $y = k$ have gradient 0; vertical lines $x = k$ have undefined gradient. They are perpendicular to each other.

### Worked example

The points $A(2, -1)$ and $B(6, 7)$ are given.

(a) Find the gradient of $AB$.

$$m_{AB} = \frac{7 - (-1)}{6 - 2} = \frac{8}{4} = 2$$

(b) Find the equation of the perpendicular bisector of $AB$, giving your answer in the form $ax + by + d = 0$ with $a, b, d \in \mathbb{Z}$.

The midpoint of $AB$ is $\left(\frac{2 + 6}{2}, \frac{-1 + 7}{2}\right) = (4, 3)$. The perpendicular gradient is $-\frac{1}{2}$.

$$y - 3 = -\frac{1}{2}(x - 4) \;\Rightarrow\; 2y - 6 = -x + 4 \;\Rightarrow\; x + 2y - 10 = 0$$

(c) Find where this line meets the $x$-axis. Put $y = 0$: $x = 10$, so the point is $(10, 0)$.

**Check**: the midpoint $(4, 3)$ satisfies $4 + 6 - 10 = 0$.

### Reading a gradient from an equation

Rearrange to $y = mx + c$ first: $3x - 4y + 8 = 0$ gives $y = \frac{3}{4}x + 2$, so the gradient is $\frac{3}{4}$, not 3.

### Common mistakes

- Subtracting the coordinates in a different order on the top and bottom of the gradient formula.
- Taking the reciprocal but forgetting the sign change (or vice versa) for a perpendicular gradient.
- Reading the gradient from $ax + by + d = 0$ without rearranging: it is $-\frac{a}{b}$.
- Giving $y = -\frac{1}{2}x + 5$ when the question asks for the form $ax + by + d = 0$.

### Exam tips

- Use $y - y_1 = m(x - x_1)$: it needs no solving for $c$ and is the quickest route in calculus questions (tangents and normals).
- To check whether three points are collinear, compare the gradients of two pairs.
- In context, interpret the gradient as a rate (for example "cost increases by €2.50 per kilometre") and the intercept as a starting value.`,
  },
  {
    key: "mathaa-note-2-2",
    levels: BOTH,
    topicCode: "2.2",
    body: String.raw`A **function** is a rule that assigns to each input exactly one output. This topic sets out the language used in the rest of the course: notation such as $f(x)$ and $f: x \mapsto 3x + 1$, the **domain** (the allowed inputs) and **range** (the outputs produced), and the **inverse function**, whose graph is the reflection of the original in the line $y = x$. Questions ask you to state a domain or range, to evaluate $f$ at a value, and to sketch or use an inverse.

### Key ideas

- **Notation**: $f(x) = x^2 - 1$ and $f: x \mapsto x^2 - 1$ say the same thing. $f(3) = 8$ means the input 3 gives the output 8, so the point $(3, 8)$ is on the graph $y = f(x)$.
- **Domain**: the set of $x$-values allowed. If no domain is stated, take the largest set of real numbers that works. Watch out for:
  - division by zero: $\frac{1}{x - 2}$ needs $x \neq 2$;
  - square roots of negatives: $\sqrt{x - 3}$ needs $x \geq 3$;
  - logarithms of non-positive numbers: $\ln(5 - x)$ needs $x < 5$.
- **Range**: the set of $y$-values produced. Sketch the graph and read it off the $y$-axis.
- A **vertical line test**: a graph is a function if no vertical line meets it more than once.
- **Inverse**: $f^{-1}$ undoes $f$. If $f(a) = b$ then $f^{-1}(b) = a$. The inverse exists only if $f$ is **one-to-one** (no horizontal line meets the graph more than once).
- The graph of $y = f^{-1}(x)$ is the **reflection** of $y = f(x)$ in the line $y = x$. The domain of $f^{-1}$ is the range of $f$, and the range of $f^{-1}$ is the domain of $f$.

### Worked example 1

Let $f(x) = \sqrt{x - 3} + 1$. Find the largest possible domain of $f$ and the corresponding range.

$\sqrt{x - 3}$ needs $x - 3 \geq 0$, so the domain is $x \geq 3$. The square root takes every value $\geq 0$, so $f(x) \geq 1$: the range is $f(x) \geq 1$ (or $[1, \infty)$).

### Worked example 2

The graph of $y = g(x)$ passes through $(1, 4)$ and $(5, -2)$, and $g$ is one-to-one. Write down $g^{-1}(4)$ and $g^{-1}(-2)$, and two points on the graph of $g^{-1}$.

$g^{-1}(4) = 1$ and $g^{-1}(-2) = 5$. Reflecting in $y = x$ swaps coordinates: $(4, 1)$ and $(-2, 5)$ lie on $y = g^{-1}(x)$.

### Sketching an inverse

Reflect key points (intercepts, end points) by swapping their coordinates. Asymptotes reflect too: a horizontal asymptote $y = k$ of $f$ becomes a vertical asymptote $x = k$ of $f^{-1}$. Any point where $f$ meets $y = x$ is also on $f^{-1}$.

### Common mistakes

- Using $x$ for a range: the range of $f$ is written with $y$ or $f(x)$, as in $f(x) \geq 1$.
- Confusing $f^{-1}(x)$ with $\frac{1}{f(x)}$: they are different.
- Giving a domain of $x > 3$ when $x = 3$ is allowed (strict and non-strict inequalities matter).

### Exam tips

- "Write down" a range means it can be read off a graph: on Paper 2 use the GDC to find the minimum or maximum that bounds it.
- When sketching $f$ and $f^{-1}$ on the same axes, draw $y = x$ as well and use equal scales so that the reflection looks right.
- Finding an expression for $f^{-1}(x)$ algebraically is covered in 2.5.`,
  },
  {
    key: "mathaa-note-2-3",
    levels: BOTH,
    topicCode: "2.3",
    body: String.raw`Being able to turn information about a function into a graph, and a graph back into information, is tested in almost every paper. This topic is about **creating a sketch** from an equation, from a description, or from a few key facts, and about knowing what an examiner expects to see on it. Questions say "sketch the graph of..." or "draw..." and often ask you to label particular features.

### Sketch or draw?

- **Sketch**: show the general shape and the relevant features (intercepts, turning points, asymptotes, end points), labelled. Scale does not need to be exact, but the features must be in the right places relative to each other.
- **Draw**: an accurate graph, usually on given axes or grid, with points plotted correctly and joined by a smooth curve (or ruled straight lines).

### What to show on a sketch

- **Intercepts** with both axes, with coordinates.
- **Turning points** (maxima and minima), with coordinates if known.
- **Asymptotes**, drawn as dashed lines and labelled with their equations; the curve must approach them, not cross vertical ones.
- **End points** of a restricted domain: a filled dot if included, an open circle if not.
- The correct **behaviour at the ends**: for example, a cubic with positive leading coefficient goes down on the left and up on the right.

### Worked example

Sketch $f(x) = (x + 1)(x - 3)$ for $-2 \leq x \leq 4$, showing the intercepts, vertex and end points.

- $x$-intercepts: $(-1, 0)$ and $(3, 0)$, from the factors.
- $y$-intercept: $f(0) = (1)(-3) = -3$, so $(0, -3)$.
- Vertex: halfway between the roots, $x = 1$, and $f(1) = (2)(-2) = -4$, so $(1, -4)$ is a minimum.
- End points: $f(-2) = (-1)(-5) = 5$ and $f(4) = (5)(1) = 5$, so $(-2, 5)$ and $(4, 5)$, both with filled dots.

The sketch is a U-shaped parabola symmetric about $x = 1$ running from $(-2, 5)$ down to $(1, -4)$ and up to $(4, 5)$. The range over this domain is $-4 \leq f(x) \leq 5$.

### Sketching from given information

Sometimes you are given facts rather than an equation, for example: "$g$ has domain $x \geq 0$, $g(0) = 2$, a maximum at $(3, 5)$ and the horizontal asymptote $y = 1$." Plot the given points first, then draw the asymptote, and finally join them with a smooth curve that has only the features listed: rising from $(0, 2)$ to the maximum, then falling towards $y = 1$ without reaching it.

### Common mistakes

- Drawing a curve that bends back on itself or crosses a vertical asymptote.
- Unlabelled intercepts or asymptotes: each missing label can cost a mark.
- Sketching beyond the given domain, or ignoring whether end points are included.
- Making a parabola V-shaped at the vertex: the bottom should be smooth and rounded.

### Exam tips

- On Paper 2, use the GDC's graph and its zero, minimum, maximum and intercept tools, then transfer the key points to your sketch; choose a window that shows all the features.
- On Paper 1, find intercepts algebraically and use symmetry, factor forms and the sign of the leading coefficient to get the shape.
- If you use a sketch to solve another part ("hence"), refer to it explicitly.`,
  },
  {
    key: "mathaa-note-2-4",
    levels: BOTH,
    topicCode: "2.4",
    body: String.raw`Every graph has **key features** that describe it: where it meets the axes, where it turns, where it is symmetric, what it approaches. This topic is about identifying them, mainly with a graphic display calculator, and about finding where two graphs **intersect**. Paper 2 questions often start "use technology to find..." or simply expect you to read values from the GDC to 3 significant figures.

### Key features (learn the vocabulary)

| Feature | Meaning |
|---|---|
| $y$-intercept | where $x = 0$; the value $f(0)$ |
| Zeros / roots / $x$-intercepts | values of $x$ where $f(x) = 0$ |
| Maximum / minimum | highest / lowest point locally (turning points) |
| Vertex | the turning point of a parabola |
| Line of symmetry | a vertical line the graph is reflected in, such as $x = 1$ |
| Asymptote | a line the graph approaches but, for vertical ones, never reaches |

"Zero" is a value of $x$; an "$x$-intercept" may be given as a point, such as $(3, 0)$. Read the question to see which is wanted.

### Intersections of graphs

The solutions of $f(x) = g(x)$ are the $x$-coordinates of the points where $y = f(x)$ and $y = g(x)$ meet. On a GDC, graph both and use the intersect tool, or graph $y = f(x) - g(x)$ and find its zeros.

### Worked example 1

For $f(x) = x^3 - 3x + 1$, use technology to find the local maximum and minimum points and the zeros of $f$.

From the GDC: local maximum at $(-1, 3)$, local minimum at $(1, -1)$, and zeros $x \approx -1.88$, $x \approx 0.347$ and $x \approx 1.53$.

The exact turning points can be checked with calculus ($f'(x) = 3x^2 - 3 = 0$ gives $x = \pm 1$), but on Paper 2 the GDC values are enough unless the question says "show".

### Worked example 2

Find the coordinates of the points where $y = e^x - 2$ meets $y = 3 - x^2$.

Graphing both and using the intersect tool gives two points:

$$(-2.21, -1.89) \quad \text{and} \quad (1.24, 1.46) \quad \text{(3 s.f.)}$$

No algebraic method exists for $e^x - 2 = 3 - x^2$, which is why the question allows technology.

### Choosing a window

- Start with a standard window, then zoom out to make sure you have found **all** the intersections and turning points.
- Use the domain given in the question as the $x$-range.
- A graph that seems to stop may only have left the screen: change the $y$-range.

### Common mistakes

- Giving answers to fewer than 3 significant figures, or rounding the $x$-value and then using it to calculate $y$ (use the stored value).
- Missing a second intersection that is outside the default window.
- Writing the GDC's tool name ("calc 5") as working instead of the equation you solved.
- Radians versus degrees: if trigonometric functions are involved, the GDC must be in the right mode (normally radians).

### Exam tips

- Write down the equation you are solving, for example "$e^x - 2 = 3 - x^2$", then the answers: this shows the method.
- A sketch with the relevant points marked is often worth including, especially if a later part uses them.
- "Write down" means the answer can be read directly from the GDC; no further working is needed.`,
  },
  {
    key: "mathaa-note-2-5",
    levels: BOTH,
    topicCode: "2.5",
    body: String.raw`A **composite function** applies one function and then another to the result. The **identity function** $x \mapsto x$ leaves every input unchanged, and a function composed with its inverse gives the identity. This topic asks you to build composite functions, evaluate them, and find the **inverse** of a function algebraically, including its domain.

### Key ideas

- $(f \circ g)(x) = f(g(x))$: apply $g$ **first**, then $f$. Read from right to left.
- In general $f \circ g \neq g \circ f$: order matters.
- For $f(g(x))$ to be defined, the outputs of $g$ must lie in the domain of $f$.
- The **identity** function is $I(x) = x$. For a one-to-one $f$: $(f \circ f^{-1})(x) = (f^{-1} \circ f)(x) = x$.
- **Finding the inverse**: write $y = f(x)$, swap $x$ and $y$ (or make $x$ the subject), rearrange to get $y$ on its own, then write $f^{-1}(x) = \dots$
- The domain of $f^{-1}$ is the range of $f$.

### Worked example 1

Let $f(x) = 2x - 1$ and $g(x) = x^2 + 3$.

(a) $(f \circ g)(x) = f\left(x^2 + 3\right) = 2\left(x^2 + 3\right) - 1 = 2x^2 + 5$.

(b) $(g \circ f)(x) = g(2x - 1) = (2x - 1)^2 + 3 = 4x^2 - 4x + 4$.

(c) $(f \circ g)(2) = 2(4) + 5 = 13$. Check the long way: $g(2) = 7$ and $f(7) = 13$.

(d) Solve $(g \circ f)(x) = 7$: $4x^2 - 4x + 4 = 7$, so $4x^2 - 4x - 3 = 0$, $(2x - 3)(2x + 1) = 0$ and $x = \frac{3}{2}$ or $x = -\frac{1}{2}$.

### Worked example 2: finding an inverse

Let $h(x) = 3 + \ln(x - 1)$, $x > 1$. Find $h^{-1}(x)$ and state its domain.

$$y = 3 + \ln(x - 1) \;\Rightarrow\; \ln(x - 1) = y - 3 \;\Rightarrow\; x - 1 = e^{y - 3} \;\Rightarrow\; x = 1 + e^{y - 3}$$

So $h^{-1}(x) = 1 + e^{x - 3}$. The range of $h$ is all real numbers, so the domain of $h^{-1}$ is $x \in \mathbb{R}$.

**Check**: $h(h^{-1}(x)) = 3 + \ln\left(e^{x - 3}\right) = 3 + x - 3 = x$.

### Using the inverse without finding it

To find $f^{-1}(a)$ you only need to solve $f(x) = a$. For $f(x) = 2x - 1$, $f^{-1}(9)$ is the solution of $2x - 1 = 9$, so $f^{-1}(9) = 5$.

### Common mistakes

- Doing the functions in the wrong order: $(f \circ g)(x)$ means $g$ first.
- Multiplying instead of composing: $f(g(x))$ is not $f(x) \times g(x)$.
- Forgetting to state the domain of the inverse, or giving the domain of $f$ instead of its range.
- Writing the final answer as "$y = \dots$" when the question asks for $f^{-1}(x)$.

### Exam tips

- Evaluate composite functions from the inside out and show the intermediate value: it earns a method mark even if the final arithmetic slips.
- A question that asks you to "show that $(f \circ g)(x) = \dots$" needs the substitution written out, not just the simplified result.
- On Paper 2, you can check an inverse by graphing $f$, your $f^{-1}$ and $y = x$: the two curves should be reflections of each other.`,
  },
  {
    key: "mathaa-note-2-6",
    levels: BOTH,
    topicCode: "2.6",
    body: String.raw`A **quadratic function** has the form $f(x) = ax^2 + bx + c$ with $a \neq 0$. Its graph is a parabola: U-shaped when $a > 0$ and n-shaped when $a < 0$. The same function can be written in three forms, and each one shows different features at a glance. Questions ask you to convert between forms, to write down the vertex, intercepts or axis of symmetry, and to find a quadratic from its graph.

### The three forms

| Form | Shows you |
|---|---|
| Standard: $f(x) = ax^2 + bx + c$ | $y$-intercept $(0, c)$; axis $x = -\frac{b}{2a}$ |
| Factorised: $f(x) = a(x - p)(x - q)$ | $x$-intercepts $(p, 0)$ and $(q, 0)$; axis $x = \frac{p + q}{2}$ |
| Vertex: $f(x) = a(x - h)^2 + k$ | vertex $(h, k)$; axis $x = h$ |

The axis of symmetry $x = -\frac{b}{2a}$ is in the formula booklet. In every form, $a$ decides the direction of opening and how steep the parabola is.

### Completing the square

To go from standard to vertex form, take out $a$ from the $x$ terms, then halve the coefficient of $x$:

$$x^2 + bx = \left(x + \frac{b}{2}\right)^2 - \left(\frac{b}{2}\right)^2$$

### Worked example 1

Write $f(x) = 2x^2 - 12x + 10$ in vertex form and in factorised form, and state its key features.

$$f(x) = 2\left(x^2 - 6x\right) + 10 = 2\left[(x - 3)^2 - 9\right] + 10 = 2(x - 3)^2 - 8$$

$$f(x) = 2\left(x^2 - 6x + 5\right) = 2(x - 1)(x - 5)$$

Vertex $(3, -8)$ (a minimum, since $a = 2 > 0$); axis of symmetry $x = 3$; $x$-intercepts $(1, 0)$ and $(5, 0)$; $y$-intercept $(0, 10)$. The range is $f(x) \geq -8$.

### Worked example 2: finding the equation

A parabola has vertex $(2, 5)$ and passes through $(0, 1)$. Find its equation.

Use the vertex form: $y = a(x - 2)^2 + 5$. Substituting $(0, 1)$: $1 = 4a + 5$, so $a = -1$ and

$$y = -(x - 2)^2 + 5 = -x^2 + 4x + 1.$$

If instead you are given the two $x$-intercepts and one other point, start from the factorised form.

### Common mistakes

- Sign of $h$: $a(x - 3)^2 - 8$ has vertex at $x = +3$, and $(x + 3)^2$ at $x = -3$.
- Forgetting to multiply the "$-9$" by $a$ when completing the square with $a \neq 1$.
- Reading the $x$-intercepts from $a(x - p)(x - q)$ with the wrong signs.

### Exam tips

- "Write down" the vertex or intercepts means read them from the form given: no working is needed.
- A quadratic in context (height of a ball, area of a field) has its maximum or minimum at the vertex: state the value *and* where it occurs, with units.
- The axis of symmetry is a line, so give it as an equation: $x = 3$, not just 3.`,
  },
  {
    key: "mathaa-note-2-7",
    levels: BOTH,
    topicCode: "2.7",
    body: String.raw`This topic covers **solving** quadratic equations and inequalities and using the **discriminant** to decide how many real roots a quadratic has without solving it. Discriminant questions often involve an unknown constant: "find the values of $k$ for which the equation has two distinct real roots", or "the line is a tangent to the curve".

### Solving $ax^2 + bx + c = 0$

- **Factorise** when the numbers are friendly.
- **Complete the square** (see 2.6).
- Use the **quadratic formula** (in the formula booklet):

$$x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$$

- On Paper 2, use the GDC's polynomial solver or graph.

### The discriminant (in the formula booklet)

$$\Delta = b^2 - 4ac$$

| Value | Roots | Graph of $y = ax^2 + bx + c$ |
|---|---|---|
| $\Delta > 0$ | two distinct real roots | crosses the $x$-axis twice |
| $\Delta = 0$ | two equal (repeated) real roots | touches the $x$-axis |
| $\Delta < 0$ | no real roots | does not meet the $x$-axis |

"Real roots" (two distinct or equal) means $\Delta \geq 0$.

### Worked example 1: equal roots

Find the values of $k$ for which $x^2 + kx + (k + 3) = 0$ has equal roots.

$$\Delta = k^2 - 4(k + 3) = 0 \;\Rightarrow\; k^2 - 4k - 12 = 0 \;\Rightarrow\; (k - 6)(k + 2) = 0$$

So $k = 6$ or $k = -2$.

### Worked example 2: tangent line

Find the values of $m$ for which the line $y = mx - 1$ is a tangent to the curve $y = x^2 + 3$.

Set the expressions equal: $x^2 + 3 = mx - 1$, so $x^2 - mx + 4 = 0$. A tangent meets the curve at exactly one point, so $\Delta = 0$:

$$m^2 - 16 = 0 \;\Rightarrow\; m = \pm 4.$$

### Quadratic inequalities

Solve the equation first to find the critical values, then use a sketch of the parabola to decide which side you want.

### Worked example 3

Solve $2x^2 - 5x - 3 < 0$.

Factorise: $(2x + 1)(x - 3) < 0$, with critical values $x = -\frac{1}{2}$ and $x = 3$. The parabola opens upwards, so it is below the $x$-axis *between* the roots:

$$-\frac{1}{2} < x < 3.$$

For $2x^2 - 5x - 3 > 0$ the answer would be the two outer regions: $x < -\frac{1}{2}$ or $x > 3$.

### Common mistakes

- Using $\Delta > 0$ when the question says "real roots" (which includes equal roots, $\Delta \geq 0$).
- Solving an inequality like an equation and writing "$x = -\frac{1}{2}$ or $x = 3$".
- Writing the outer regions as one inequality such as $3 < x < -\frac{1}{2}$, which is impossible.
- Forgetting to rearrange to "$= 0$" before identifying $a$, $b$ and $c$.

### Exam tips

- Write down the discriminant condition (for example "$\Delta < 0$ for no real roots") before substituting: it is usually a mark on its own.
- A parameter inequality such as $k^2 - 4k - 12 > 0$ is itself a quadratic inequality: solve it with a sketch, giving $k < -2$ or $k > 6$.
- On Paper 2, solve $\Delta = 0$ with the GDC if it is messy, but still show $\Delta$ in terms of $k$.`,
  },
  {
    key: "mathaa-note-2-8",
    levels: BOTH,
    topicCode: "2.8",
    body: String.raw`The **reciprocal function** $f(x) = \frac{1}{x}$ and the **rational functions** $f(x) = \frac{ax + b}{cx + d}$ have graphs called hyperbolas, with a vertical and a horizontal **asymptote**. Questions ask you to write down the equations of the asymptotes, find the intercepts, sketch the graph, and sometimes find the inverse function.

### The reciprocal function

- $f(x) = \frac{1}{x}$, $x \neq 0$. Its asymptotes are the axes: $x = 0$ and $y = 0$.
- It is **self-inverse**: $f^{-1}(x) = \frac{1}{x}$, so the graph is symmetric about $y = x$ (and $y = -x$).
- The graph is in the first and third quadrants. $\frac{k}{x}$ has the same shape, stretched by $k$.

### Rational functions $\frac{ax + b}{cx + d}$ (learn these)

| Feature | How to find it |
|---|---|
| Vertical asymptote | denominator $= 0$: $x = -\frac{d}{c}$ |
| Horizontal asymptote | ratio of the $x$ coefficients: $y = \frac{a}{c}$ |
| $x$-intercept | numerator $= 0$: $x = -\frac{b}{a}$ |
| $y$-intercept | $x = 0$: $y = \frac{b}{d}$ |

The horizontal asymptote comes from large $x$: the constants $b$ and $d$ become negligible, so $f(x) \to \frac{ax}{cx} = \frac{a}{c}$.

### Worked example

Let $f(x) = \dfrac{2x + 1}{x - 3}$, $x \neq 3$.

(a) Write down the equations of the asymptotes. Vertical: $x = 3$. Horizontal: $y = 2$.

(b) Find the intercepts. $x$-intercept: $2x + 1 = 0$, so $\left(-\frac{1}{2}, 0\right)$. $y$-intercept: $f(0) = \frac{1}{-3}$, so $\left(0, -\frac{1}{3}\right)$.

(c) Sketch: draw both asymptotes dashed. The two intercepts lie in the bottom-left region formed by the asymptotes, so one branch passes through them, falling towards $x = 3$ from the left and levelling towards $y = 2$ on the far left. The other branch is in the top-right region.

(d) Find $f^{-1}(x)$.

$$y = \frac{2x + 1}{x - 3} \;\Rightarrow\; xy - 3y = 2x + 1 \;\Rightarrow\; x(y - 2) = 3y + 1 \;\Rightarrow\; x = \frac{3y + 1}{y - 2}$$

So $f^{-1}(x) = \dfrac{3x + 1}{x - 2}$, $x \neq 2$. Its asymptotes $x = 2$ and $y = 3$ are those of $f$ reflected in $y = x$, as expected.

(e) The range of $f$ is $y \neq 2$ (all real numbers except 2), which is the domain of $f^{-1}$.

### Common mistakes

- Giving asymptotes as numbers ("3 and 2") instead of equations of lines ($x = 3$, $y = 2$).
- Using $\frac{b}{d}$ for the horizontal asymptote: that is the $y$-intercept.
- Drawing the curve touching or crossing the vertical asymptote, or curling away from the horizontal one.
- In the inverse, forgetting to collect all the terms in $x$ (or $y$) on one side before factorising.

### Exam tips

- Label asymptotes on a sketch with their equations and mark the intercepts with coordinates.
- On Paper 2, the GDC draws a near-vertical line at the asymptote on some models: do not copy it as part of the curve.
- If $a = -d$ the function is its own inverse (for example $\frac{3x + 5}{x - 3}$): check by composing.`,
  },
];
