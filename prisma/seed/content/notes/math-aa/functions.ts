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
  {
    key: "mathaa-note-2-9",
    levels: BOTH,
    topicCode: "2.9",
    body: String.raw`**Exponential functions** such as $f(x) = a^x$ and $f(x) = e^x$ model growth and decay: populations, cooling, radioactive material, investments. **Logarithmic functions** $\log_a x$ and $\ln x$ are their inverses. Questions ask you to sketch transformed versions (with asymptote and intercepts), to state domain and range, and to use the inverse relationship to solve for an unknown.

### Key facts

| | $y = a^x$ ($a > 0$, $a \neq 1$) | $y = \log_a x$ |
|---|---|---|
| Domain | all real $x$ | $x > 0$ |
| Range | $y > 0$ | all real $y$ |
| Intercept | $(0, 1)$ | $(1, 0)$ |
| Asymptote | $y = 0$ (horizontal) | $x = 0$ (vertical) |

- For $a > 1$, $a^x$ is increasing (growth); for $0 < a < 1$ it is decreasing (decay). $e^{-x} = \left(\frac{1}{e}\right)^x$ is decay.
- $e^x$ and $\ln x$ are inverses: $e^{\ln x} = x$ for $x > 0$ and $\ln\left(e^x\right) = x$. Their graphs are reflections in $y = x$.
- Any exponential can be written with base $e$: $a^x = e^{x\ln a}$.
- A logarithmic graph grows without limit, but very slowly; an exponential with $a > 1$ eventually overtakes any polynomial.

### Worked example 1

Let $f(x) = 3 - 2e^{-x}$.

(a) Horizontal asymptote: as $x \to \infty$, $e^{-x} \to 0$, so $y = 3$.

(b) $y$-intercept: $f(0) = 3 - 2 = 1$, so $(0, 1)$.

(c) $x$-intercept: $2e^{-x} = 3$, so $e^{-x} = 1.5$ and $x = -\ln 1.5 \approx -0.405$.

(d) Range: $2e^{-x} > 0$ for all $x$, so $f(x) < 3$. The graph rises from very negative values on the left towards $y = 3$ on the right.

### Worked example 2

Let $g(x) = \ln(x - 2) + 1$.

The domain is $x > 2$ and the vertical asymptote is $x = 2$. For the $x$-intercept, $\ln(x - 2) = -1$, so $x = 2 + e^{-1} \approx 2.37$. There is no $y$-intercept, because $x = 0$ is outside the domain.

### Exponential models

A model such as $T = 20 + 70e^{-0.05t}$ (temperature of a cooling drink in °C after $t$ minutes) has:

- initial value $T(0) = 90$;
- a long-term value given by the asymptote, $T \to 20$ (room temperature);
- a rate parameter $0.05$: the larger it is, the faster the approach.

To find when $T = 40$: $70e^{-0.05t} = 20$, so $t = \frac{\ln(70/20)}{0.05} \approx 25.1$ minutes.

### Common mistakes

- Giving the asymptote of $3 - 2e^{-x}$ as $y = 0$: translations move asymptotes too.
- Drawing a log graph that crosses or touches its vertical asymptote, or an exponential that crosses its horizontal one.
- Thinking $\ln(x - 2)$ has domain $x > 0$; the argument must be positive, so $x > 2$.

### Exam tips

- On any sketch of an exponential or logarithm, label the asymptote with its equation and both intercepts (if they exist).
- "Interpret" a parameter in context means explaining what it represents (starting value, long-term value, rate), with units.
- On Paper 2, find a time or value with the GDC by intersecting the model with a horizontal line, but write the equation you solved.`,
  },
  {
    key: "mathaa-note-2-10",
    levels: BOTH,
    topicCode: "2.10",
    body: String.raw`Equations can be solved **analytically** (by algebra, giving exact answers) or **graphically** (by finding where graphs meet, usually with a GDC, giving decimal answers). Part of the skill is knowing which approach to use: Paper 1 expects algebra, while Paper 2 expects technology for equations that have no algebraic method, such as $x^2 = 2^x$ or $e^x = 3 - x$.

### Key ideas

- **Analytic methods**: factorising, the quadratic formula, taking logarithms, using exponent laws, substituting to get a quadratic ("hidden quadratics" such as $e^{2x} - 5e^x + 6 = 0$).
- **Graphical methods**: to solve $f(x) = g(x)$, either graph $y = f(x)$ and $y = g(x)$ and find the $x$-coordinates of the intersections, or graph $y = f(x) - g(x)$ and find its zeros.
- The number of intersections tells you the number of solutions.
- Always check the domain: solutions of an equation with $\ln$ or $\sqrt{\ }$ must make every term defined.

### Worked example 1 (analytic)

Solve $e^{2x} - 5e^x + 6 = 0$, giving exact answers.

Let $u = e^x$. Then $u^2 - 5u + 6 = 0$, so $(u - 2)(u - 3) = 0$ and $u = 2$ or $u = 3$.

$$e^x = 2 \Rightarrow x = \ln 2, \qquad e^x = 3 \Rightarrow x = \ln 3$$

Both are valid since $e^x > 0$ in each case.

### Worked example 2 (analytic, checking the domain)

Solve $\ln x + \ln(x - 3) = \ln 4$.

$\ln(x(x - 3)) = \ln 4$, so $x^2 - 3x - 4 = 0$ and $(x - 4)(x + 1) = 0$. The solution $x = -1$ is rejected because $\ln(-1)$ is undefined, so $x = 4$.

### Worked example 3 (graphical)

Solve $x^2 = 2^x$.

By inspection, $x = 2$ and $x = 4$ work. Graphing $y = x^2$ and $y = 2^x$ shows a third intersection for negative $x$, where the parabola comes down from above and the exponential is close to 0. The GDC gives $x \approx -0.767$. So the solutions are $x \approx -0.767$, $x = 2$ and $x = 4$.

Without the graph, the negative solution is easily missed: this is why the graphical view matters.

### Choosing the method

| Situation | Method |
|---|---|
| Paper 1, "exact" answers | analytic |
| Unknown both in a power and outside it ($x$ and $2^x$) | graphical (GDC) |
| Paper 2, "hence" after a sketch | use the sketch or GDC |
| Paper 2, answer to 3 s.f. | either; GDC is faster and checks algebra |

### Common mistakes

- Dividing both sides by something that can be zero (such as $x$) and losing a solution: factorise instead.
- Keeping a solution that is outside the domain, or rejecting one without giving a reason.
- Not finding all intersections because the GDC window is too small.

### Exam tips

- Write down the equation you solve on the GDC, then list all solutions; a sketch showing the intersections helps.
- On Paper 1, if an equation looks impossible, look for a substitution or a log law that turns it into a quadratic.
- Check solutions by substituting back, especially after squaring or combining logarithms.`,
  },
  {
    key: "mathaa-note-2-11",
    levels: BOTH,
    topicCode: "2.11",
    body: String.raw`**Transformations** change the graph of $y = f(x)$ in predictable ways: move it (translations), flip it (reflections) or stretch it. Questions give the graph of $f$ and ask you to sketch a transformed graph, to find the image of a point, or to describe a sequence of transformations that maps one graph to another.

### The transformations (learn these)

| New graph | Transformation | Point $(x, y)$ goes to |
|---|---|---|
| $y = f(x) + b$ | vertical translation by $b$ (up if $b > 0$) | $(x, y + b)$ |
| $y = f(x - a)$ | horizontal translation by $a$ (right if $a > 0$) | $(x + a, y)$ |
| $y = -f(x)$ | reflection in the $x$-axis | $(x, -y)$ |
| $y = f(-x)$ | reflection in the $y$-axis | $(-x, y)$ |
| $y = p\,f(x)$ | vertical stretch, scale factor $p$ | $(x, py)$ |
| $y = f(qx)$ | horizontal stretch, scale factor $\frac{1}{q}$ | $\left(\frac{x}{q}, y\right)$ |

**Rule of thumb**: changes *outside* the function act on $y$ and do what they look like; changes *inside* act on $x$ and do the opposite ($x - a$ moves right, $qx$ shrinks by $\frac{1}{q}$).

### Composite transformations

Order matters when two transformations act in the same direction.

- Vertical: $y = p\,f(x) + b$ means **stretch by $p$, then translate by $b$**.
- Horizontal: $y = f(qx + c) = f\left(q\left(x + \frac{c}{q}\right)\right)$. Either translate by $-c$ then stretch by $\frac{1}{q}$, or stretch by $\frac{1}{q}$ then translate by $-\frac{c}{q}$.
- Horizontal and vertical transformations do not affect each other, so their order between the two groups does not matter.

### Worked example 1

The point $(4, 6)$ lies on $y = f(x)$. Find its image on $y = 3f(2x) - 1$.

- Horizontal stretch, scale factor $\frac{1}{2}$: $(4, 6) \to (2, 6)$.
- Vertical stretch, scale factor 3: $(2, 6) \to (2, 18)$.
- Translation down 1: $(2, 18) \to (2, 17)$.

**Check**: at $x = 2$, $3f(4) - 1 = 3 \times 6 - 1 = 17$.

### Worked example 2

Describe a sequence of transformations that maps $y = x^2$ onto $y = 2(x - 1)^2 + 3$.

A translation by $\begin{pmatrix} 1 \\ 0 \end{pmatrix}$, then a vertical stretch with scale factor 2, then a translation by $\begin{pmatrix} 0 \\ 3 \end{pmatrix}$. (The first translation can happen at any point; the stretch must come before the vertical translation.)

### What happens to key features

- Asymptotes move with the graph: under $y = f(x - 2)$, an asymptote $x = 1$ becomes $x = 3$.
- A vertical stretch leaves the $x$-intercepts where they are; a horizontal stretch leaves the $y$-intercept where it is.

### Common mistakes

- Moving $f(x - 2)$ left instead of right, or stretching $f(2x)$ by factor 2 instead of $\frac{1}{2}$.
- Translating before stretching for $p\,f(x) + b$, which changes the answer.
- Describing a transformation in words that are not precise: say "vertical stretch, scale factor 3", not "makes it taller".

### Exam tips

- Full marks for a description need the type of transformation **and** its details: vector for a translation, axis for a reflection, direction and scale factor for a stretch.
- When sketching a transformed graph, transform the labelled points and asymptotes first, then draw the curve through them.`,
  },
  {
    key: "mathaa-note-2-12",
    levels: HL,
    topicCode: "2.12",
    body: String.raw`A **polynomial** is a function such as $p(x) = 2x^3 + 5x^2 - x - 6$: a sum of whole-number powers of $x$ with constant coefficients. The highest power is the **degree**. HL questions ask you to use the **factor and remainder theorems** to find unknown coefficients and to factorise, to sketch polynomial graphs from their factors, and to use the **sum and product of the roots** without finding the roots.

### The theorems (learn these)

- **Remainder theorem**: when $p(x)$ is divided by $(x - a)$, the remainder is $p(a)$. For a divisor $(ax - b)$ the remainder is $p\left(\frac{b}{a}\right)$.
- **Factor theorem**: $(x - a)$ is a factor of $p(x)$ exactly when $p(a) = 0$, that is, when $a$ is a root.
- Once one factor is known, find the others by polynomial division or by comparing coefficients.

### Sum and product of roots (in the formula booklet)

For $a_n x^n + a_{n-1}x^{n-1} + \dots + a_1 x + a_0 = 0$, counting complex roots and repeats:

$$\text{sum of roots} = -\frac{a_{n-1}}{a_n}, \qquad \text{product of roots} = \frac{(-1)^n a_0}{a_n}$$

### Worked example

$p(x) = 2x^3 + ax^2 + bx - 6$. $(x - 1)$ is a factor of $p(x)$, and the remainder when $p(x)$ is divided by $(x + 1)$ is $-2$.

(a) Find $a$ and $b$.

$$p(1) = 2 + a + b - 6 = 0 \;\Rightarrow\; a + b = 4$$

$$p(-1) = -2 + a - b - 6 = -2 \;\Rightarrow\; a - b = 6$$

So $a = 5$ and $b = -1$: $p(x) = 2x^3 + 5x^2 - x - 6$.

(b) Factorise $p(x)$ fully.

Dividing by $(x - 1)$, or comparing coefficients in $(x - 1)(2x^2 + cx + 6)$, gives $c = 7$:

$$p(x) = (x - 1)(2x^2 + 7x + 6) = (x - 1)(2x + 3)(x + 2)$$

(c) Check with the sum and product of roots. The roots are $1, -\frac{3}{2}, -2$.

Sum: $1 - \frac{3}{2} - 2 = -\frac{5}{2} = -\frac{5}{2}$ ✓. Product: $1 \times \left(-\frac{3}{2}\right) \times (-2) = 3 = \frac{(-1)^3(-6)}{2}$ ✓.

### Graphs of polynomials

- A polynomial of degree $n$ has at most $n$ real roots and at most $n - 1$ turning points.
- The end behaviour depends on the degree and the sign of the leading coefficient: a cubic with $a_n > 0$ goes from bottom left to top right.
- At a single root the graph **crosses** the $x$-axis; at a double root $(x - a)^2$ it **touches** it; at a triple root it crosses with a point of inflexion.
- The $y$-intercept is the constant term $a_0$.

### Common mistakes

- Substituting $x = 1$ for a factor $(x + 1)$: the root is $x = -1$.
- Forgetting that the sum and product include complex roots: a cubic always has three roots in total.
- Using $-\frac{a_0}{a_n}$ for the product of the roots of a quartic: the sign depends on $(-1)^n$, so for even $n$ it is $+\frac{a_0}{a_n}$.

### Exam tips

- Write "by the factor theorem, $p(1) = 0$" as your first line: the method mark is for the theorem, not just the substitution.
- Questions on the roots of $x^3 + \dots$ related to new roots (such as $2\alpha, 2\beta, 2\gamma$) use the sum and product: work with them rather than solving.
- On Paper 2, a GDC graph shows the real roots; use them to guess a factor, then verify it algebraically if asked to "show".`,
  },
  {
    key: "mathaa-note-2-13",
    levels: HL,
    topicCode: "2.13",
    body: String.raw`HL extends rational functions to those with a **quadratic** in the numerator or the denominator: $f(x) = \frac{ax + b}{cx^2 + dx + e}$ and $f(x) = \frac{ax^2 + bx + c}{dx + e}$. The new features are up to two vertical asymptotes and, when the numerator's degree is one more than the denominator's, an **oblique (slant) asymptote**. Questions ask you to find the asymptotes and intercepts, and to sketch the graph, often with stationary points found on the GDC.

### Key ideas

- **Vertical asymptotes**: values of $x$ that make the denominator zero (and not the numerator). A quadratic denominator can give 0, 1 or 2 of them; check the discriminant.
- **Horizontal asymptote**: for $\frac{ax + b}{cx^2 + dx + e}$ the denominator grows faster, so $y = 0$.
- **Oblique asymptote**: for $\frac{ax^2 + bx + c}{dx + e}$, divide to write $f(x) = mx + k + \frac{R}{dx + e}$. As $x \to \pm\infty$ the fraction tends to 0, so $y = mx + k$ is the asymptote.
- Graphs *can* cross horizontal or oblique asymptotes for moderate $x$; they can never cross vertical ones.

### Worked example 1: oblique asymptote

Let $f(x) = \dfrac{x^2 + x - 2}{x - 3}$.

Divide: $x^2 + x - 2 = (x - 3)(x + 4) + 10$, so

$$f(x) = x + 4 + \frac{10}{x - 3}.$$

- Vertical asymptote: $x = 3$. Oblique asymptote: $y = x + 4$.
- $x$-intercepts: $x^2 + x - 2 = (x - 1)(x + 2) = 0$, so $(1, 0)$ and $(-2, 0)$.
- $y$-intercept: $f(0) = \frac{-2}{-3} = \frac{2}{3}$.
- For large positive $x$, $\frac{10}{x - 3} > 0$, so the curve is just **above** $y = x + 4$; for large negative $x$ it is just below.

### Worked example 2: quadratic denominator

Let $g(x) = \dfrac{2x + 1}{x^2 - x - 6} = \dfrac{2x + 1}{(x - 3)(x + 2)}$.

- Vertical asymptotes: $x = 3$ and $x = -2$.
- Horizontal asymptote: $y = 0$.
- $x$-intercept $\left(-\frac{1}{2}, 0\right)$; $y$-intercept $g(0) = \frac{1}{-6}$, so $\left(0, -\frac{1}{6}\right)$.

Here the curve crosses its horizontal asymptote at $x = -\frac{1}{2}$: the middle branch, between the vertical asymptotes, goes from $+\infty$ near $x = -2$ down through $\left(-\frac{1}{2}, 0\right)$ and $\left(0, -\frac{1}{6}\right)$ to $-\infty$ near $x = 3$.

### A sign table helps

For the sketch, note the sign of $f(x)$ in each interval between the zeros and the vertical asymptotes. For $g$: negative for $x < -2$, positive for $-2 < x < -\frac{1}{2}$, negative for $-\frac{1}{2} < x < 3$, positive for $x > 3$.

### Common mistakes

- Dividing incorrectly and getting the wrong oblique asymptote: check by multiplying back.
- Giving $y = 0$ as an asymptote of $\frac{x^2 + x - 2}{x - 3}$: when the numerator has higher degree there is no horizontal asymptote.
- Assuming a graph never crosses a horizontal asymptote.

### Exam tips

- State each asymptote as an equation and draw them dashed on the sketch.
- Stationary points of these functions are usually found with calculus (quotient rule) on Paper 1, or with the GDC's maximum and minimum tools on Paper 2.
- If the numerator and denominator share a factor, the graph has a hole rather than an asymptote there: mention it if it happens.`,
  },
  {
    key: "mathaa-note-2-14",
    levels: HL,
    topicCode: "2.14",
    body: String.raw`This topic brings together three properties of functions. **Odd and even** functions have symmetric graphs, which saves work in sketching and integration. A function that is not one-to-one can be given an inverse by **restricting its domain**. A **self-inverse** function is its own inverse. Questions ask you to show that a function is odd, even or neither, to find the largest domain for which an inverse exists and write that inverse, and to show that $f(f(x)) = x$.

### Odd and even functions (learn these)

| | Algebra | Graph |
|---|---|---|
| Even | $f(-x) = f(x)$ for all $x$ | symmetric in the $y$-axis |
| Odd | $f(-x) = -f(x)$ for all $x$ | rotational symmetry of order 2 about the origin |

Examples: $x^2$, $\cos x$ and $\lvert x \rvert$ are even; $x^3$, $\sin x$ and $\frac{1}{x}$ are odd; $e^x$ and $x^2 + x$ are neither.

To **show** that $f(x) = x^3 - x$ is odd: $f(-x) = (-x)^3 - (-x) = -x^3 + x = -(x^3 - x) = -f(x)$.

### Inverses with restricted domains

Only a one-to-one function has an inverse. If $f$ fails the horizontal line test, restrict the domain to a part where it is one-to-one, usually starting or ending at a turning point.

### Worked example 1

Let $f(x) = (x - 2)^2 + 1$, $x \geq k$.

(a) Find the smallest value of $k$ for which $f^{-1}$ exists. The vertex is at $x = 2$, and $f$ is increasing for $x \geq 2$, so $k = 2$.

(b) With $k = 2$, find $f^{-1}(x)$ and its domain.

$$y = (x - 2)^2 + 1 \;\Rightarrow\; x - 2 = \pm\sqrt{y - 1}$$

Since $x \geq 2$, take the positive root: $f^{-1}(x) = 2 + \sqrt{x - 1}$. The range of $f$ is $f(x) \geq 1$, so the domain of $f^{-1}$ is $x \geq 1$.

### Self-inverse functions

$f$ is self-inverse when $f^{-1} = f$, that is $f(f(x)) = x$ for all $x$ in the domain. Its graph is symmetric in the line $y = x$. Examples: $f(x) = \frac{1}{x}$, $f(x) = k - x$, and any $\frac{ax + b}{cx - a}$.

### Worked example 2

Show that $g(x) = \dfrac{3x + 5}{x - 3}$, $x \neq 3$, is self-inverse.

$$g(g(x)) = \frac{3\left(\frac{3x + 5}{x - 3}\right) + 5}{\frac{3x + 5}{x - 3} - 3} = \frac{9x + 15 + 5x - 15}{3x + 5 - 3x + 9} = \frac{14x}{14} = x$$

(multiplying the top and bottom by $x - 3$), so $g^{-1} = g$.

### Common mistakes

- Checking $f(-x) = f(x)$ for one value of $x$ only: a single value does not prove it (though one value where it fails does prove a function is not even).
- Keeping the $\pm$ in an inverse: the restricted domain decides the sign, and you must say why.
- Giving the domain of $f^{-1}$ as the domain of $f$.

### Exam tips

- "Show that $f$ is even" needs the algebra of $f(-x)$ written out and a concluding statement.
- For an inverse with a restricted domain, the marks are for the choice of sign with a reason, and the domain of the inverse.
- Odd functions give $\int_{-a}^{a} f(x)\,dx = 0$: a quick check, and sometimes a "hence" part.`,
  },
  {
    key: "mathaa-note-2-15",
    levels: HL,
    topicCode: "2.15",
    body: String.raw`Solving an inequality such as $g(x) \geq f(x)$ means finding **all** the values of $x$ for which one graph is on or above the other. When both sides are polynomials or simple rational functions you can solve it analytically; for other functions you solve it graphically with a GDC. Questions expect an answer as a set of intervals, with the right strict or non-strict signs.

### The method

1. Rearrange to one side: $g(x) - f(x) \geq 0$.
2. Find the **critical values**: where $g(x) - f(x) = 0$, and (for rational functions) where it is undefined.
3. Decide the sign in each interval between critical values, using a sketch or a sign table.
4. Write the intervals where the inequality holds. Include zeros for $\geq$ or $\leq$; never include values where the expression is undefined.

### Worked example 1 (polynomial)

Solve $x^3 > 2x + 1$.

$x^3 - 2x - 1 > 0$. Since $x = -1$ is a root, $x^3 - 2x - 1 = (x + 1)(x^2 - x - 1)$, with roots $x = -1$ and $x = \frac{1 \pm \sqrt{5}}{2}$ (about $-0.618$ and $1.618$).

The cubic has a positive leading coefficient, so it is positive between the first two roots and after the third:

$$-1 < x < \frac{1 - \sqrt{5}}{2} \quad \text{or} \quad x > \frac{1 + \sqrt{5}}{2}.$$

### Worked example 2 (rational)

Solve $\dfrac{x + 1}{x - 2} \geq 3$.

Do **not** multiply by $x - 2$, whose sign is unknown. Instead:

$$\frac{x + 1}{x - 2} - 3 \geq 0 \;\Rightarrow\; \frac{x + 1 - 3(x - 2)}{x - 2} \geq 0 \;\Rightarrow\; \frac{7 - 2x}{x - 2} \geq 0$$

Critical values: $x = \frac{7}{2}$ (zero) and $x = 2$ (undefined). Testing one value in each interval: $x = 0$ gives $-\frac{7}{2} < 0$; $x = 3$ gives $1 > 0$; $x = 4$ gives $-\frac{1}{2} < 0$. So

$$2 < x \leq \frac{7}{2}.$$

(Alternatively, multiply both sides by $(x - 2)^2$, which is positive.)

### Worked example 3 (graphical)

Solve $\ln x \geq x - 2$.

Graph $y = \ln x$ and $y = x - 2$. They meet at $x \approx 0.159$ and $x \approx 3.15$ (GDC), and the logarithm is above the line between them, so the solution is $0.159 \leq x \leq 3.15$ (3 s.f.).

### Common mistakes

- Multiplying an inequality by an expression that may be negative, without reversing the sign.
- Including a value that makes the expression undefined (such as $x = 2$ above).
- Giving only the critical values, not the intervals.
- Combining two separate intervals into one impossible statement like $1.618 < x < -1$.

### Exam tips

- Show the critical values and a sketch or sign table: these earn method marks even if the final interval is wrong.
- On Paper 2 you may use the GDC for the critical values even for polynomial inequalities, but state the equation solved.
- Check one value inside your final answer and one outside in the original inequality.`,
  },
  {
    key: "mathaa-note-2-16",
    levels: HL,
    topicCode: "2.16",
    body: String.raw`Given the graph of $y = f(x)$, you should be able to sketch five related graphs: $y = \lvert f(x) \rvert$, $y = f(\lvert x \rvert)$, $y = \frac{1}{f(x)}$, $y = f(ax + b)$ and $y = [f(x)]^2$. The modulus ideas also lead to **modulus equations and inequalities**. Questions give a sketch of $f$ with labelled points and ask for the new graph with its key features, or ask you to solve an equation such as $\lvert 2x - 1 \rvert = \lvert x + 3 \rvert$.

### The five graphs (learn these)

| Graph | How to get it from $y = f(x)$ |
|---|---|
| $y = \lvert f(x) \rvert$ | reflect the parts **below** the $x$-axis in the $x$-axis; the rest stays |
| $y = f(\lvert x \rvert)$ | delete the part with $x < 0$ and replace it with the reflection of the part with $x \geq 0$ in the $y$-axis |
| $y = \frac{1}{f(x)}$ | zeros of $f$ become vertical asymptotes; vertical asymptotes of $f$ become zeros; a maximum $(p, q)$ with $q \neq 0$ becomes a minimum $\left(p, \frac{1}{q}\right)$ and vice versa; points with $y = \pm 1$ stay fixed; $f \to \pm\infty$ means $\frac{1}{f} \to 0$ |
| $y = f(ax + b)$ | horizontal translation by $-b$, then horizontal stretch with scale factor $\frac{1}{a}$ (see 2.11) |
| $y = [f(x)]^2$ | never negative; zeros of $f$ become points where the graph touches the axis; points with $y = 0$ or $y = 1$ stay fixed; values above 1 get bigger, between 0 and 1 smaller |

Note that $y = \frac{1}{f(x)}$ has the same sign as $f(x)$ everywhere, so it stays on the same side of the $x$-axis.

### Modulus equations

$\lvert A \rvert = \lvert B \rvert$ means $A = B$ or $A = -B$. Alternatively square both sides, since both are non-negative.

### Worked example 1

Solve $\lvert 2x - 1 \rvert = \lvert x + 3 \rvert$.

$2x - 1 = x + 3$ gives $x = 4$. $\quad 2x - 1 = -(x + 3)$ gives $3x = -2$, so $x = -\frac{2}{3}$.

Check: $\lvert 7 \rvert = \lvert 7 \rvert$ and $\left\lvert -\frac{7}{3} \right\rvert = \left\lvert \frac{7}{3} \right\rvert$.

When one side is not a modulus, such as $\lvert x - 2 \rvert = 3x$, check every solution in the original equation: the right side must be non-negative, and here $x = -1$ is rejected, leaving $x = \frac{1}{2}$.

### Worked example 2: inequality

Solve $\lvert x - 2 \rvert < 2\lvert x + 1 \rvert$.

Both sides are non-negative, so squaring keeps the inequality:

$$(x - 2)^2 < 4(x + 1)^2 \;\Rightarrow\; x^2 - 4x + 4 < 4x^2 + 8x + 4 \;\Rightarrow\; 0 < 3x(x + 4)$$

So $x < -4$ or $x > 0$. Check: $x = 1$ gives $1 < 4$ ✓; $x = -1$ gives $3 < 0$ ✗; $x = -5$ gives $7 < 8$ ✓.

A sketch of $y = \lvert x - 2 \rvert$ and $y = 2\lvert x + 1 \rvert$ (two V-shapes) shows the same answer.

### Common mistakes

- Confusing $\lvert f(x) \rvert$ (reflect the negative $y$ parts) with $f(\lvert x \rvert)$ (copy the right half onto the left).
- Drawing $\frac{1}{f(x)}$ crossing the $x$-axis: it never equals zero.
- Squaring both sides when one side could be negative, which adds false solutions.

### Exam tips

- On sketches, label the transformed key points (such as a maximum $(2, 4)$ becoming a minimum $\left(2, \frac{1}{4}\right)$) and any new asymptotes with their equations.
- On Paper 2, graph both sides of a modulus equation or inequality (the GDC has an abs function) to check the number of solutions.`,
  },
];
