import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 2, Functions.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const functionsNotes: TopicNoteInput[] = [
  {
    key: "mathai-note-2-1",
    levels: BOTH,
    topicCode: "2.1",
    body: String.raw`A straight line is the simplest model there is: a constant rate of change. This topic covers the **gradient** of a line, the three forms of its **equation**, and **parallel** and **perpendicular** lines. Questions ask you to find the equation of a line through given points, to interpret the gradient and intercept in context (cost per item, fixed charge), and to find where two lines meet.

### Key ideas

Gradient through $(x_1, y_1)$ and $(x_2, y_2)$ (in the formula booklet):

$$m = \frac{y_2 - y_1}{x_2 - x_1}$$

The three forms of a line's equation (also in the booklet):

| Form | Use it when |
|---|---|
| $y = mx + c$ (gradient–intercept) | you know the gradient $m$ and the $y$-intercept $c$; it is the easiest to read |
| $ax + by + d = 0$ (general) | a question asks for this form, usually with integer $a$, $b$, $d$ |
| $y - y_1 = m(x - x_1)$ (point–gradient) | you know the gradient and one point |

- **Parallel** lines have equal gradients: $m_1 = m_2$.
- **Perpendicular** lines have gradients whose product is $-1$: $m_1 \times m_2 = -1$, so $m_2 = -\frac{1}{m_1}$ (the negative reciprocal).
- Horizontal lines $y = k$ have gradient 0; vertical lines $x = k$ have undefined gradient.
- **In context**: in $C = 2.5n + 40$, the gradient 2.5 is the cost *per unit* and the intercept 40 is the fixed cost when $n = 0$. Always give units.
- Where two lines meet: solve their equations simultaneously (GDC solver or graph intersection).

### Worked example

The points $A(2, 5)$ and $B(6, -3)$ lie on the line $L_1$.

(a) Find the gradient of $L_1$.

$$m = \frac{-3 - 5}{6 - 2} = \frac{-8}{4} = -2$$

(b) Find the equation of $L_1$ in the form $y = mx + c$.

$$y - 5 = -2(x - 2) \;\Rightarrow\; y = -2x + 9$$

(c) The line $L_2$ is perpendicular to $L_1$ and passes through $B$. Find the equation of $L_2$ in the form $ax + by + d = 0$, where $a, b, d \in \mathbb{Z}$.

The gradient of $L_2$ is $-\frac{1}{-2} = \frac{1}{2}$.

$$y + 3 = \frac{1}{2}(x - 6) \;\Rightarrow\; 2y + 6 = x - 6 \;\Rightarrow\; x - 2y - 12 = 0$$

(Check: $B$ gives $6 + 6 - 12 = 0$.)

### Common mistakes

- Subtracting the coordinates in a different order on the top and bottom of the gradient formula, which flips the sign.
- Using the reciprocal ($\frac{1}{m}$) or the negative ($-m$) for the perpendicular gradient instead of the negative reciprocal.
- Leaving fractions in the general form when the question asks for integers: multiply through.
- Reading $c$ from $ax + by + d = 0$ as $d$: rearrange to $y = \dots$ first.
- Swapping $x$ and $y$ when substituting the point in $y - y_1 = m(x - x_1)$.

### Exam tips

- "Write down the gradient" of $y = 3 - 4x$ is just $-4$: no working expected.
- When interpreting a gradient, use a full sentence with units: "the cost increases by €2.50 for each additional item".
- Give intersection points as coordinates, and check them in both equations.
- This topic links to 3.5 (perpendicular bisectors) and 4.4 (regression lines), where the same forms are used.`,
  },
  {
    key: "mathai-note-2-2",
    levels: BOTH,
    topicCode: "2.2",
    body: String.raw`A **function** is a rule that gives exactly one output for each input in its **domain**. In Applications and Interpretation, functions are models: the cost of a phone plan as a function of data used, a temperature as a function of time. This topic covers function notation, domain and range, reading graphs, and the idea of an **inverse function**, which undoes the original. Questions ask you to evaluate, state a domain or range (often from context), and find or use an inverse.

### Key ideas

- **Notation**: $f(x)$ is the output when the input is $x$; $f(3)$ means substitute $x = 3$. Also written $f: x \mapsto \dots$.
- **Domain**: the set of allowed inputs. In context it comes from common sense: time $t \ge 0$, a number of items must be a non-negative integer, a model may only be valid for $0 \le t \le 10$.
- **Range**: the set of outputs the function actually produces on its domain. Read it from the graph (GDC): the lowest to the highest $y$-value.
- Algebraic restrictions: you cannot divide by zero or take the square root of a negative number. For $f(x) = \sqrt{x - 2} + 1$ the domain is $x \ge 2$ and the range is $f(x) \ge 1$.
- **Vertical line test**: a graph is a function if every vertical line meets it at most once.
- **Inverse function** $f^{-1}$: reverses the effect of $f$, so $f^{-1}(f(x)) = x$ and $f(f^{-1}(x)) = x$. Its graph is the **reflection of the graph of $f$ in the line $y = x$**. The domain of $f^{-1}$ is the range of $f$, and vice versa.
- To find $f^{-1}(x)$: write $y = f(x)$, make $x$ the subject, then swap $x$ and $y$.

### Worked example

The temperature in degrees Fahrenheit is a function of the temperature in degrees Celsius: $F(c) = 1.8c + 32$.

(a) Find $F(25)$. $\quad F(25) = 1.8 \times 25 + 32 = 77$ °F.

(b) Find $F^{-1}(c)$ and explain what it represents.

$$y = 1.8x + 32 \;\Rightarrow\; x = \frac{y - 32}{1.8} \;\Rightarrow\; F^{-1}(x) = \frac{x - 32}{1.8}$$

$F^{-1}$ converts a temperature in °F back into °C.

(c) Find $F^{-1}(98.6)$. $\quad \frac{98.6 - 32}{1.8} = 37$ °C.

(d) A model $f(x) = 2x + 3$ has domain $1 \le x \le 5$. Write down its range, and the domain and range of $f^{-1}$.

Range of $f$: $5 \le f(x) \le 13$. So $f^{-1}(x) = \frac{x - 3}{2}$ has domain $5 \le x \le 13$ and range $1 \le f^{-1}(x) \le 5$.

### Common mistakes

- Writing $f^{-1}(x) = \frac{1}{f(x)}$: the inverse *undoes* $f$, it is not the reciprocal.
- Giving the range as "all real numbers" without looking at the graph or the domain.
- Forgetting that in context the domain is limited (negative times, non-integer numbers of people).
- Reflecting in the $x$-axis instead of the line $y = x$ when sketching an inverse.

### Exam tips

- Use correct inequality notation for domains and ranges: $x \ge 2$, $-3 < f(x) \le 7$, and say which variable you mean ($f(x)$ or $y$ for the range, not $x$).
- "Write down" $f^{-1}(k)$ can be done without finding the formula: solve $f(x) = k$ on the GDC.
- When sketching $f$ and $f^{-1}$ on the same axes, draw $y = x$ and make the two graphs mirror images, including intercepts swapping coordinates: if $(0, 3)$ is on $f$ then $(3, 0)$ is on $f^{-1}$.`,
  },
  {
    key: "mathai-note-2-3",
    levels: BOTH,
    topicCode: "2.3",
    body: String.raw`In this course you graph functions with a GDC all the time; the skill being tested is turning the screen into a good graph on paper and choosing a sensible viewing window. This topic covers **sketching** from information or a context, **transferring a graph from the GDC to paper**, and using technology to graph functions, including **sums and differences** of functions. Questions say "sketch", "draw" or "on the axes provided".

### Key ideas

- **Sketch** means show the shape and the key features (intercepts, turning points, asymptotes, end points) with their coordinates labelled; the scale need not be exact.
- **Draw** means accurately, to scale, usually on axes given in the question: plot points carefully and join them with a smooth curve.
- **Viewing window**: set it from the context or the domain (for example $0 \le t \le 24$ hours), then adjust $y$ so all important features are visible. A "zoom fit" or "auto" setting helps.
- **Domain restrictions**: if the domain is $0 \le x \le 4$, the graph must start and stop at the end points, drawn as clear dots with their coordinates.
- **Sums and differences**: entering $y_3 = y_1 + y_2$ on the GDC graphs the sum of two functions, for example total cost = fixed costs + variable costs, or profit = revenue $-$ cost.

### Worked example

Sketch $f(x) = x^3 - 6x^2 + 9x + 1$ for $0 \le x \le 4$, labelling all key features.

Using the GDC (graph, then the maximum/minimum tools):

| Feature | Coordinates |
|---|---|
| $y$-intercept (also the left end point) | $(0, 1)$ |
| local maximum | $(1, 5)$ |
| local minimum | $(3, 1)$ |
| right end point | $(4, 5)$ |

There are no $x$-intercepts in this domain (the only real zero is at $x \approx -0.104$, outside the domain), so the curve stays above the $x$-axis. The sketch should show: a curve starting at $(0, 1)$, rising to a smooth peak at $(1, 5)$, falling to a smooth trough at $(3, 1)$ and rising to stop at $(4, 5)$, with all four points labelled and the end points marked as dots.

A good way to transfer the graph: note the key points in a small table first (as above), mark them on your axes, then draw the curve through them with the right shape between.

### Common mistakes

- A sketch with no labels: marks are for the key features with their coordinates, not for the shape alone.
- Drawing a curve beyond the given domain, or drawing arrows on end points that should be dots.
- Turning points drawn as sharp corners or flat plateaus instead of smooth curves.
- Choosing a window that hides features: a cubic that looks like a straight line because the $y$-range is too big.
- Asymptotes (topic 2.4) that the curve crosses or bends away from.

### Exam tips

- Label the axes (with variables and units in context) and the scale if the question gives axes.
- Coordinates of features should be given to 3 s.f. unless they are exact.
- If two functions are graphed on the same axes, label each curve.
- Check the overall shape with algebra where you can: a positive $x^3$ coefficient means the cubic rises on the right.
- If the question asks for a sketch of a model in context, only draw the part that makes sense in context (for example $t \ge 0$).`,
  },
  {
    key: "mathai-note-2-4",
    levels: BOTH,
    topicCode: "2.4",
    body: String.raw`Most questions about a function's graph ask for its **key features**: where it crosses the axes, where it turns, where it levels off, and where it meets another graph. In this course you find these with the GDC and then explain what they mean in context (the maximum profit, the time when two populations are equal, the long-term level of a quantity). This topic covers **intercepts**, **maxima and minima**, **vertical and horizontal asymptotes**, **zeros**, and **intersections** of two graphs.

### Key ideas

| Feature | How to find it | Meaning |
|---|---|---|
| $y$-intercept | $x = 0$ | starting value in a time model |
| $x$-intercepts (zeros, roots) | solve $f(x) = 0$; GDC "zero" | when the quantity is zero (break-even, hits the ground) |
| local maximum / minimum | GDC "max" / "min" | greatest or least value nearby |
| vertical asymptote $x = a$ | where the function is undefined (denominator zero) | the graph shoots off to $\pm\infty$ |
| horizontal asymptote $y = b$ | the value $f(x)$ approaches as $x \to \pm\infty$ | long-term level in a model |
| intersection of $f$ and $g$ | GDC "intersect", or solve $f(x) = g(x)$ | when two models agree |

- **Maximum/minimum value** means the $y$-coordinate; "where" or "at what time" means the $x$-coordinate. Read the question.
- The greatest value on a restricted domain can be at an **end point**, not at a turning point.
- An asymptote is written as an equation of a line: $x = 1$, $y = 3$.

### Worked example

Let $f(x) = 3 + \dfrac{2}{x - 1}$ and $g(x) = x$.

(a) Write down the equations of the asymptotes of the graph of $f$.

Vertical: $x = 1$ (the denominator is zero). Horizontal: $y = 3$ (as $x \to \pm\infty$, $\frac{2}{x-1} \to 0$).

(b) Find the intercepts of $f$.

$y$-intercept: $f(0) = 3 + \frac{2}{-1} = 1$, so $(0, 1)$.
$x$-intercept: $3 + \frac{2}{x - 1} = 0 \Rightarrow x - 1 = -\frac{2}{3} \Rightarrow x = \frac{1}{3}$, so $\left(\frac{1}{3}, 0\right)$.

(c) Find the coordinates of the points where the graphs of $f$ and $g$ intersect.

GDC intersection (or algebra: $3 + \frac{2}{x-1} = x \Rightarrow x^2 - 4x + 1 = 0$):

$$x = 2 \pm \sqrt{3}: \quad (0.268, 0.268) \text{ and } (3.73, 3.73)$$

### Exponential models

A model $f(t) = 20 + 60e^{-0.1t}$ (temperature of a cooling drink) has a horizontal asymptote $y = 20$: in the long run the drink approaches room temperature 20 °C. Questions often ask you to interpret the asymptote like this.

### Common mistakes

- Giving a maximum as an $x$-value when the question asks for the maximum *value*.
- Writing "asymptote at 1" instead of the equation $x = 1$.
- Trusting the GDC picture near a vertical asymptote: some calculators join the two branches with a near-vertical line that is not part of the graph.
- Missing a second intersection because it is off the screen: zoom out or check the algebra.
- Claiming a curve "touches" its horizontal asymptote: for these models it gets closer and closer but does not reach it.

### Exam tips

- "Write down" means the GDC answer is enough; give coordinates to 3 s.f.
- When asked to "interpret" a feature, answer in the context: "the maximum height of 21.9 m is reached after 2.04 s".
- For end points and restricted domains, compare the value at the turning point with the values at the ends before saying what the greatest value is.`,
  },
  {
    key: "mathai-note-2-5",
    levels: BOTH,
    topicCode: "2.5",
    body: String.raw`The heart of this course is choosing a function that fits a situation and using it. This topic is the toolbox: **linear**, **quadratic**, **exponential**, **direct and inverse variation** (power), **cubic** and **sinusoidal** models. Questions give a context or some data, ask you to find the parameters of a model, use it to predict, and comment on whether it is reasonable.

### The models

| Model | Form | Typical situation |
|---|---|---|
| linear | $f(x) = mx + c$ | constant rate: taxi fares, phone plans |
| quadratic | $f(x) = ax^2 + bx + c$ | projectiles, area, profit with a maximum |
| exponential | $f(x) = ka^{x} + c$, $ka^{-x} + c$, $ke^{rx} + c$ | growth and decay by a fixed percentage; $c$ is the asymptote |
| direct / inverse variation | $f(x) = ax^{n}$, $n \in \mathbb{Z}$ | $n > 0$: $y \propto x^n$; $n < 0$: $y \propto \frac{1}{x^{\lvert n \rvert}}$ |
| cubic | $f(x) = ax^3 + bx^2 + cx + d$ | volumes, curves with two turning points |
| sinusoidal | $f(x) = a\sin(bx) + d$, $a\cos(bx) + d$ | tides, daylight hours, Ferris wheels |

For sinusoidal models: **amplitude** $= \lvert a \rvert = \frac{\max - \min}{2}$, **principal axis** $y = d = \frac{\max + \min}{2}$, and **period** $= \frac{360°}{b}$ when $x$ is in degrees. Make sure your GDC is in the angle mode the question uses.

Finding parameters: substitute known points to get equations and solve them (GDC system solver), or use regression on data (topic 2.6).

### Worked example 1: sinusoidal

The depth of water in a harbour is modelled by $D(t) = a\cos(bt) + d$ metres, $t$ hours after midnight (degrees). High tide is 9 m at $t = 0$ and the next low tide is 3 m at $t = 6$.

$$a = \frac{9 - 3}{2} = 3, \qquad d = \frac{9 + 3}{2} = 6, \qquad \text{period} = 12 \text{ h} \Rightarrow b = \frac{360}{12} = 30$$

So $D(t) = 3\cos(30t) + 6$. A ship needs at least 7.5 m of water. Solving $D(t) = 7.5$ with the GDC gives $t = 2$ and $t = 10$ in the first cycle, so between midnight and noon the ship can enter only when $0 \le t \le 2$ or $10 \le t \le 12$: **4 hours** in each 12-hour cycle.

### Worked example 2: inverse variation

The intensity $I$ of light varies inversely as the square of the distance $d$ from the source: $I = \frac{k}{d^2}$. If $I = 40$ when $d = 3$, then $k = 40 \times 9 = 360$, and at $d = 5$, $I = \frac{360}{25} = 14.4$.

### Common mistakes

- Using the exponential form without the vertical shift $c$ when the quantity levels off at a non-zero value (e.g. room temperature).
- Calculating the period instead of $b$, or $b$ with the GDC in the wrong mode.
- Taking amplitude as max $-$ min (that is twice the amplitude).
- Using a model outside its sensible domain (a quadratic profit model for negative sales).

### Exam tips

- When asked which model fits, give a reason from the context or data: constant differences suggest linear, constant ratios suggest exponential, a repeating pattern suggests sinusoidal.
- Write down the equations you solve for the parameters before using the GDC.
- Answer prediction questions in context with units, and say when a prediction is an extrapolation and so may be unreliable.`,
  },
  {
    key: "mathai-note-2-6",
    levels: BOTH,
    topicCode: "2.6",
    body: String.raw`Modelling is a cycle, not a single calculation: you **develop** a model from a real situation, **fit** it to data, **test** it against observations, **reflect** on its strengths and weaknesses, and **use** it to make predictions, then improve it if needed. This topic ties the function toolbox of 2.5 to real data, and Paper 2 questions (and the internal assessment) often walk through the whole cycle.

### The stages

| Stage | What you do |
|---|---|
| Develop | identify variables, make assumptions (no air resistance, constant growth rate), choose a type of function from the shape of the data or the context |
| Fit | find the parameters: by hand from known points (simultaneous equations) or by regression on the GDC (linear, quadratic, cubic, exponential, power, sine) |
| Test | compare model predictions with data not used to fit it; look at the differences (residuals); check the model behaves sensibly at the edges of its domain |
| Reflect | comment on whether the model is appropriate and reasonable, on its assumptions and its domain of validity |
| Use | interpolate (predict within the data range, more reliable) or extrapolate (beyond it, less reliable); answer in context |

HL students can also compare models numerically using the coefficient of determination $R^2$ and the sum of squared residuals (topic 4.13).

### Worked example

A ball is thrown upwards. Its height $h$ metres after $t$ seconds is recorded: $h(0) = 1.5$, $h(1) = 16.6$, $h(2) = 21.9$.

**Develop and fit.** The ball rises and falls, so a quadratic model $h(t) = at^2 + bt + c$ is appropriate. Substituting the three points:

$$c = 1.5, \qquad a + b + c = 16.6, \qquad 4a + 2b + c = 21.9$$

The GDC solver gives $a = -4.9$, $b = 20$, $c = 1.5$, so $h(t) = -4.9t^2 + 20t + 1.5$.

**Test.** A fourth measurement gives $h = 17.0$ m at $t = 3$. The model predicts $h(3) = 17.4$ m, a difference of 0.4 m (about 2.4% of 17.0), so the model fits reasonably well.

**Use.** The ball lands when $h(t) = 0$: the GDC gives $t = 4.16$ s (the negative root $t = -0.0737$ is rejected as time cannot be negative). The maximum height is $21.9$ m at $t = 2.04$ s.

**Reflect.** The model ignores air resistance, which is why the measured height at $t = 3$ is slightly lower than predicted. Its domain is $0 \le t \le 4.16$: it should not be used outside this interval (it predicts negative heights).

### Common mistakes

- Choosing a model because it fits the numbers without asking whether it makes sense (a linear model for a population that grows by percentages).
- Using a regression model far outside the data range without comment.
- Rounding parameters heavily (say $a = -5$) and then using them for predictions: keep at least 3 s.f., ideally the stored GDC values.
- "The model is accurate" as a reflection: give a specific reason (a residual, a physical limit, an assumption).

### Exam tips

- "Comment on" or "discuss the validity of" a prediction wants a sentence mentioning interpolation or extrapolation and the context.
- "Suggest a reason why the model may not be appropriate" wants a real-world reason: unlimited growth, negative values, a seasonal effect it ignores.
- When fitting by regression, write down which regression you used and the equation with parameters to 3 s.f.
- For "explain why $t = -0.0737$ is not valid", refer to the domain in context.`,
  },
  {
    key: "mathai-note-2-7",
    levels: HL,
    topicCode: "2.7",
    body: String.raw`A **composite function** applies one function and then another to the result: for example convert currency and then add a commission. An **inverse function** undoes a function, but only a *one-to-one* function has one, so you often **restrict the domain** first. This HL topic asks you to form and evaluate composites, find inverses algebraically, choose a domain that makes an inverse exist, and state domains and ranges.

### Key ideas

- **Composite**: $(f \circ g)(x) = f(g(x))$: apply $g$ **first**, then $f$. In general $f \circ g \neq g \circ f$.
- For $f(g(x))$ to exist, the outputs of $g$ must lie in the domain of $f$.
- **One-to-one** (injective): each output comes from exactly one input. Test: every horizontal line meets the graph at most once.
- A function that is not one-to-one (like a quadratic on $\mathbb{R}$) can be given an inverse by **restricting its domain** to one side of its turning point.
- **Inverse**: $f^{-1}(f(x)) = x$ and $f(f^{-1}(x)) = x$. The graph of $f^{-1}$ is the reflection of $f$ in $y = x$. Domain of $f^{-1}$ = range of $f$; range of $f^{-1}$ = domain of $f$.
- **Self-inverse** functions satisfy $f^{-1} = f$, for example $f(x) = \frac{1}{x}$ or $f(x) = 6 - x$.

### Worked example

Let $f(x) = x^2 - 4x + 7$ and $g(x) = 2x + 1$, both with domain $\mathbb{R}$.

(a) Find $(f \circ g)(x)$ and $(g \circ f)(x)$.

$$(f \circ g)(x) = (2x + 1)^2 - 4(2x + 1) + 7 = 4x^2 - 4x + 4$$
$$(g \circ f)(x) = 2\left(x^2 - 4x + 7\right) + 1 = 2x^2 - 8x + 15$$

Check: $f(g(1)) = f(3) = 9 - 12 + 7 = 4$, and $4(1)^2 - 4(1) + 4 = 4$.

(b) Explain why $f$ has no inverse on $\mathbb{R}$, and find the largest domain of the form $x \ge k$ on which it does.

Completing the square, $f(x) = (x - 2)^2 + 3$: the graph has a minimum at $(2, 3)$ and, for example, $f(1) = f(3) = 4$, so $f$ is not one-to-one. On $x \ge 2$ it is increasing, hence one-to-one: $k = 2$.

(c) Find $f^{-1}(x)$ for the restricted function, stating its domain and range.

$$y = (x - 2)^2 + 3 \;\Rightarrow\; x - 2 = \sqrt{y - 3} \quad (\text{positive root since } x \ge 2)$$

$$f^{-1}(x) = 2 + \sqrt{x - 3}, \qquad \text{domain } x \ge 3, \quad \text{range } f^{-1}(x) \ge 2$$

(Check: $f^{-1}(12) = 2 + 3 = 5$ and $f(5) = 25 - 20 + 7 = 12$.)

### Common mistakes

- Applying the functions in the wrong order: in $f(g(x))$ the inner function $g$ acts first.
- Writing $(f \circ g)(x) = f(x) \times g(x)$.
- Keeping $\pm$ when solving for the inverse: the restricted domain decides the sign.
- Stating the domain of $f^{-1}$ as "all real numbers": it is the range of $f$.
- Forgetting to swap $x$ and $y$ at the end.

### Exam tips

- "Find $(f \circ g)(3)$" can be done numerically: $g(3)$ first, then $f$ of that; no need for the full expression.
- "Explain why $f^{-1}$ does not exist" wants a reason such as "$f$ is not one-to-one: $f(1) = f(3)$".
- Verify an inverse by checking $f(f^{-1}(x)) = x$ for one value, or by graphing both with $y = x$ on the GDC.
- In context ("convert then tax"), say which function is applied first and why the order matters.`,
  },
  {
    key: "mathai-note-2-8",
    levels: HL,
    topicCode: "2.8",
    body: String.raw`A **transformation** changes a graph in a predictable way: shifting it, stretching it or reflecting it. Knowing the effect of each change to the equation lets you adapt a basic model to data (move a sine curve up to the mean sea level, stretch an exponential to the right starting value). Questions ask you to describe a sequence of transformations, to write down the equation of the transformed graph, and to find the image of a point.

### Key ideas

| Equation | Transformation of $y = f(x)$ | Point $(x, y)$ goes to |
|---|---|---|
| $y = f(x) + b$ | vertical translation by $b$ | $(x, y + b)$ |
| $y = f(x - a)$ | horizontal translation by $a$ | $(x + a, y)$ |
| $y = pf(x)$ | vertical stretch, scale factor $p$ | $(x, py)$ |
| $y = f(qx)$ | horizontal stretch, scale factor $\frac{1}{q}$ | $\left(\frac{x}{q}, y\right)$ |
| $y = -f(x)$ | reflection in the $x$-axis | $(x, -y)$ |
| $y = f(-x)$ | reflection in the $y$-axis | $(-x, y)$ |

- Changes **outside** the function ($+b$, $\times p$, $-$) act on $y$ as you would expect. Changes **inside** ($x - a$, $qx$, $-x$) act on $x$ the "opposite" way: $f(x - 3)$ moves the graph 3 to the **right**, and $f(2x)$ **halves** the horizontal distances.
- A translation can be written as a vector: $y = f(x - a) + b$ is a translation by $\begin{pmatrix} a \\ b \end{pmatrix}$.
- **Order matters** for composite transformations in the same direction: for $y = pf(x) + b$, do the stretch *before* the translation (the stretch does not affect $b$).

### Worked example 1: image of a point

The point $P(4, 6)$ lies on $y = f(x)$. Find the image of $P$ on each graph.

- $y = 2f(x - 3) + 1$: $x$: $4 + 3 = 7$; $y$: $2 \times 6 + 1 = 13$. Image $(7, 13)$.
- $y = f(2x) - 4$: $x$: $4 \div 2 = 2$; $y$: $6 - 4 = 2$. Image $(2, 2)$.
- $y = f(-x)$: image $(-4, 6)$.

### Worked example 2: describing a sequence

Describe a sequence of transformations that maps $y = x^2$ onto $y = -2(x + 1)^2 + 3$.

1. Translate by $\begin{pmatrix} -1 \\ 0 \end{pmatrix}$ (1 unit left): $y = (x + 1)^2$.
2. Vertical stretch, scale factor 2: $y = 2(x + 1)^2$.
3. Reflect in the $x$-axis: $y = -2(x + 1)^2$.
4. Translate by $\begin{pmatrix} 0 \\ 3 \end{pmatrix}$: $y = -2(x + 1)^2 + 3$.

Check: the vertex moves from $(0, 0)$ to $(-1, 3)$, and the parabola now opens downwards. Other orders can also be correct, as long as each step produces the right equation.

### Common mistakes

- Moving $f(x - 3)$ to the left, or $f(x + 1)$ to the right.
- Giving the scale factor of $f(2x)$ as 2 instead of $\frac{1}{2}$.
- Doing the vertical translation before the stretch, so the translation gets stretched too.
- Vague descriptions such as "moves up" or "gets bigger": marks need the type, direction and size.

### Exam tips

- Use precise language: "translation by the vector $\begin{pmatrix} 2 \\ -5 \end{pmatrix}$", "vertical stretch with scale factor 3", "horizontal stretch with scale factor $\frac{1}{2}$", "reflection in the $x$-axis".
- Check your answer with the GDC: graph the original and transformed functions and compare key points.
- In modelling questions (e.g. sinusoidal, 2.9), link each parameter to a transformation: the $d$ in $a\sin(b(x - c)) + d$ is a vertical translation, $c$ a horizontal one.`,
  },
  {
    key: "mathai-note-2-9",
    levels: HL,
    topicCode: "2.9",
    body: String.raw`HL extends the modelling toolbox with more flexible functions: **exponential** models with half-life, **natural logarithmic** models, **logistic** models for growth that levels off, general **sinusoidal** models with a horizontal shift, and **piecewise** models that use different rules on different intervals. Questions ask you to find parameters, interpret them in context, use the model for predictions and discuss its limitations.

### The models

| Model | Form | Parameters mean |
|---|---|---|
| exponential | $f(x) = ka^x + c$, $ke^{rx} + c$ | $c$: asymptote (long-term value); $r < 0$ decay, $r > 0$ growth |
| natural logarithmic | $f(x) = a + b\ln x$ | grows ever more slowly; $x > 0$ |
| sinusoidal | $f(x) = a\sin\left(b(x - c)\right) + d$ | amplitude $\lvert a \rvert$, period $\frac{2\pi}{b}$ (radians), horizontal shift $c$, principal axis $y = d$ |
| logistic | $f(x) = \dfrac{L}{1 + Ce^{-kx}}$, $L, C, k > 0$ | $L$: carrying capacity (horizontal asymptote); $k$: growth rate |
| piecewise | different formulae on different parts of the domain | e.g. tax bands, tariffs |

- **Half-life** (or doubling time) of $N = N_0e^{-kt}$: solve $e^{-kt} = \frac{1}{2}$, so $t_{1/2} = \frac{\ln 2}{k}$.
- **Logistic** growth: starts like exponential growth, then slows, levelling off at $L$. The initial value is $f(0) = \frac{L}{1 + C}$, and growth is fastest when $f(x) = \frac{L}{2}$.
- A **piecewise** function must state its intervals clearly, and in many contexts the pieces should join up (the model is *continuous*).

### Worked example 1: logistic

A population of deer is modelled by $P(t) = \dfrac{5000}{1 + 49e^{-0.3t}}$, $t$ years after introduction.

(a) Find the initial population. $\quad P(0) = \frac{5000}{50} = 100$.

(b) Write down the long-term population. $\quad 5000$ (the horizontal asymptote $P = 5000$).

(c) Find when the population reaches 2500.

$$1 + 49e^{-0.3t} = 2 \;\Rightarrow\; e^{-0.3t} = \frac{1}{49} \;\Rightarrow\; t = \frac{\ln 49}{0.3} = 12.97 \ldots \approx 13.0 \text{ years}$$

(d) Find $P(10)$. $\quad P(10) = 1453.67\ldots$, about 1450 deer.

### Worked example 2: half-life and piecewise

An 80 mg sample decays as $M = 80e^{-kt}$ with half-life 8 days, so $k = \frac{\ln 2}{8} = 0.0866$ per day, and after 20 days $M = 80 \times 0.5^{2.5} = 14.1$ mg.

A taxi charges 4 euros for the first 2 km and 1.80 euros for each further km:

$$F(d) = \begin{cases} 4, & 0 < d \le 2 \\ 4 + 1.8(d - 2), & d > 2 \end{cases}$$

A 7.5 km ride costs €13.90, since $4 + 1.8 \times 5.5 = 13.9$.

### Common mistakes

- Confusing $L$ (the limit) with the initial value $\frac{L}{1 + C}$.
- Using degree mode with a sinusoidal model whose period is given as $\frac{2\pi}{b}$.
- Getting the sign of $c$ in $\sin(b(x - c))$ wrong: $c > 0$ shifts the graph right.
- Using the wrong piece of a piecewise function at a boundary value: check which interval includes the end point.

### Exam tips

- "Interpret the value of $L$ in context": "the population will approach, but not exceed, 5000 deer".
- Parameters from regression (logistic, sine, ln) are found with the GDC; write down the model with values to 3 s.f.
- For piecewise questions, use each formula only on its own interval and check continuity at the join if asked.
- Discuss limitations: logistic assumes a constant carrying capacity; exponential decay assumes a constant rate.`,
  },
  {
    key: "mathai-note-2-10",
    levels: HL,
    topicCode: "2.10",
    body: String.raw`Logarithms compress huge ranges of values onto a manageable scale (decibels, the Richter scale, pH) and they turn curved exponential and power relationships into **straight lines**. This HL topic covers **scaling with logarithms** and **linearizing data** with **semi-log** and **log–log** graphs, so that a linear fit gives the parameters of a non-linear model. Questions ask you to choose the right graph, find the line, and convert it back into the original model.

### Key ideas

**Power model** $y = ax^b$: take logs of both sides.

$$\ln y = \ln a + b\ln x$$

So a graph of $\ln y$ against $\ln x$ (**log–log**) is a straight line with gradient $b$ and intercept $\ln a$.

**Exponential model** $y = ka^x$:

$$\ln y = \ln k + x\ln a$$

So a graph of $\ln y$ against $x$ (**semi-log**) is a straight line with gradient $\ln a$ and intercept $\ln k$.

| If this graph is linear | the model is | gradient | intercept |
|---|---|---|---|
| $\ln y$ against $\ln x$ | $y = ax^b$ | $b$ | $\ln a$ |
| $\ln y$ against $x$ | $y = ka^x$ | $\ln a$ | $\ln k$ |

The same works with $\log_{10}$: then intercepts give $\log_{10}$ of the constant, and you undo them with $10^{(\dots)}$.

**Scaling with logarithms**: a log scale records $\log_{10}$ of a quantity, so each step of 1 on the scale is a factor of 10 in the quantity. Sound level is $10\log_{10}\frac{I}{I_0}$ decibels with $I_0 = 10^{-12}$ W m⁻²: $I = 10^{-5}$ gives 70 dB, and doubling the intensity adds only $10\log_{10} 2 \approx 3$ dB.

### Worked example 1: log–log

| $x$ | 1 | 2 | 4 | 8 | 16 |
|---|---|---|---|---|---|
| $y$ | 2.0 | 4.6 | 10.5 | 24.4 | 55.7 |

Linear regression of $\ln y$ on $\ln x$ (GDC lists) gives

$$\ln y = 1.20\ln x + 0.693 \quad (r \approx 1.000)$$

so $b = 1.20$ and $a = e^{0.693} = 2.00$: the model is $y = 2.00x^{1.20}$. At $x = 10$, $y \approx 31.7$.

### Worked example 2: semi-log

A bacteria count $N$ at time $t$ hours gives the line $\log_{10} N = 0.0738t + 1.70$ (from data for $0 \le t \le 8$). Undo the logs:

$$N = 10^{1.70} \times \left(10^{0.0738}\right)^t = 50.1 \times 1.19^t$$

so the initial count is about 50 and the count grows by about 19% per hour. Predicting $N$ at $t = 10$ gives about 275 (using unrounded values), an extrapolation beyond the data.

### Common mistakes

- Using the intercept directly as $a$: it is $\ln a$ (or $\log_{10} a$), so $a = e^{\text{intercept}}$.
- Choosing the wrong graph: a straight semi-log plot means *exponential*, a straight log–log plot means *power*.
- Mixing bases: if you took $\log_{10}$ to linearize, undo it with $10^{(\dots)}$, not $e^{(\dots)}$.
- Rounding the gradient and intercept too early: small changes in a log become large changes in the model.

### Exam tips

- When asked "show that the relationship is of the form $y = ax^b$", explain: "the graph of $\ln y$ against $\ln x$ is (approximately) linear, so...".
- Write down the linear equation (with $\ln$ or $\log$ labelled) *and* the final model; both carry marks.
- On log scales, read what each gridline represents: on a log axis, equal distances are equal *ratios*.
- Comment on reliability: the correlation of the transformed data, and whether predictions are interpolation or extrapolation.`,
  },
];
