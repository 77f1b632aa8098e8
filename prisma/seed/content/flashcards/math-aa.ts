import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for Mathematics: Analysis and Approaches: key formulas, definitions and methods.
// Keys use "math-aa-fc-..." so they never clash with question keys.

const SLHL: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const flashcards: FlashcardInput[] = [
  // ---------------------------------------------------------------- Topic 1
  {
    key: "math-aa-fc-1-2-01",
    levels: SLHL,
    topicCode: "1.2",
    front: "Arithmetic sequence: formulas for the $n$th term and the sum of the first $n$ terms.",
    back: String.raw`$u_n = u_1 + (n - 1)d$

$S_n = \dfrac{n}{2}\left(2u_1 + (n - 1)d\right) = \dfrac{n}{2}(u_1 + u_n)$`,
  },
  {
    key: "math-aa-fc-1-3-01",
    levels: SLHL,
    topicCode: "1.3",
    front: "Geometric sequence: formulas for the $n$th term and the sum of the first $n$ terms.",
    back: String.raw`$u_n = u_1 r^{n-1}$

$S_n = \dfrac{u_1(r^n - 1)}{r - 1} = \dfrac{u_1(1 - r^n)}{1 - r}$, for $r \ne 1$`,
  },
  {
    key: "math-aa-fc-1-4-01",
    levels: SLHL,
    topicCode: "1.4",
    front: "Compound interest formula (interest compounded $k$ times per year).",
    back: String.raw`$FV = PV \times \left(1 + \dfrac{r}{100k}\right)^{kn}$

$r$ = nominal annual rate (%), $n$ = number of years. Depreciation uses $\left(1 - \frac{r}{100}\right)^n$.`,
  },
  {
    key: "math-aa-fc-1-5-01",
    levels: SLHL,
    topicCode: "1.5",
    front: String.raw`What does $\log_a b = x$ mean?`,
    back: String.raw`$a^x = b$ (for $a > 0$, $a \ne 1$, $b > 0$). E.g. $\log_2 32 = 5$ because $2^5 = 32$. $\ln x = \log_{\mathrm{e}} x$.`,
  },
  {
    key: "math-aa-fc-1-7-01",
    levels: SLHL,
    topicCode: "1.7",
    front: "State the three laws of logarithms and the change of base formula.",
    back: String.raw`$\log_a xy = \log_a x + \log_a y$

$\log_a \dfrac{x}{y} = \log_a x - \log_a y$

$\log_a x^m = m\log_a x$

Change of base: $\log_a x = \dfrac{\log_b x}{\log_b a}$`,
  },
  {
    key: "math-aa-fc-1-8-01",
    levels: SLHL,
    topicCode: "1.8",
    front: "Sum to infinity of a geometric series, and when it exists.",
    back: String.raw`$S_\infty = \dfrac{u_1}{1 - r}$, which exists only when $|r| < 1$.`,
  },
  {
    key: "math-aa-fc-1-9-01",
    levels: SLHL,
    topicCode: "1.9",
    front: String.raw`General term of the binomial expansion of $(a + b)^n$, $n \in \mathbb{N}$.`,
    back: String.raw`$\dbinom{n}{r}a^{n-r}b^{r}$, where $\dbinom{n}{r} = \dfrac{n!}{r!(n - r)!}$. To find a specific power of $x$, write the power in terms of $r$ and solve.`,
  },
  {
    key: "math-aa-fc-1-10-01",
    levels: HL,
    topicCode: "1.10",
    front: "Permutations vs combinations: formulas and when to use each.",
    back: String.raw`Order matters (arrangements): $\,{}^{n}P_{r} = \dfrac{n!}{(n - r)!}$

Order does not matter (selections): $\dbinom{n}{r} = \dfrac{n!}{r!(n - r)!}$`,
  },
  {
    key: "math-aa-fc-1-10-02",
    levels: HL,
    topicCode: "1.10",
    front: String.raw`Extended binomial expansion of $(1 + x)^n$ for $n \in \mathbb{Q}$ (not a natural number), and its validity.`,
    back: String.raw`$(1 + x)^n = 1 + nx + \dfrac{n(n - 1)}{2!}x^2 + \dfrac{n(n - 1)(n - 2)}{3!}x^3 + \cdots$

Infinite series, valid only for $|x| < 1$. For $(a + bx)^n$, first factor out $a^n$.`,
  },
  {
    key: "math-aa-fc-1-12-01",
    levels: HL,
    topicCode: "1.12",
    front: String.raw`How do you write $\dfrac{a + b\mathrm{i}}{c + d\mathrm{i}}$ in Cartesian form?`,
    back: String.raw`Multiply numerator and denominator by the conjugate $c - d\mathrm{i}$; the denominator becomes the real number $c^2 + d^2$.`,
  },
  {
    key: "math-aa-fc-1-13-01",
    levels: HL,
    topicCode: "1.13",
    front: "Polar and Euler forms of a complex number; what happens to modulus and argument when you multiply or divide?",
    back: String.raw`$z = r(\cos\theta + \mathrm{i}\sin\theta) = r\,\mathrm{cis}\,\theta = r\mathrm{e}^{\mathrm{i}\theta}$, with $r = |z|$, $\theta = \arg z$.

Multiply: moduli multiply, arguments add. Divide: moduli divide, arguments subtract.`,
  },
  {
    key: "math-aa-fc-1-14-01",
    levels: HL,
    topicCode: "1.14",
    front: "State De Moivre's theorem and how to find the $n$th roots of $z = r\\,\\mathrm{cis}\\,\\theta$.",
    back: String.raw`$\left[r\,\mathrm{cis}\,\theta\right]^n = r^n\,\mathrm{cis}(n\theta)$

$n$th roots: $r^{1/n}\,\mathrm{cis}\left(\dfrac{\theta + 2k\pi}{n}\right)$, $k = 0, 1, \ldots, n - 1$ — equally spaced on a circle of radius $r^{1/n}$.`,
  },
  {
    key: "math-aa-fc-1-14-02",
    levels: HL,
    topicCode: "1.14",
    front: "Conjugate root theorem.",
    back: String.raw`If a polynomial has **real coefficients** and $a + b\mathrm{i}$ is a root, then $a - b\mathrm{i}$ is also a root. Together they give the real quadratic factor $z^2 - 2az + (a^2 + b^2)$.`,
  },
  {
    key: "math-aa-fc-1-15-01",
    levels: HL,
    topicCode: "1.15",
    front: "The four parts of a proof by mathematical induction.",
    back: String.raw`1. **Base case**: show $P(1)$ is true.
2. **Assumption**: assume $P(k)$ is true for some $k \in \mathbb{Z}^+$.
3. **Inductive step**: using the assumption, show $P(k + 1)$ is true.
4. **Conclusion**: "Since $P(1)$ is true and $P(k)$ true implies $P(k + 1)$ true, $P(n)$ is true for all $n \in \mathbb{Z}^+$."`,
  },
  {
    key: "math-aa-fc-1-15-02",
    levels: HL,
    topicCode: "1.15",
    front: "How does a proof by contradiction work?",
    back: "Assume the statement is false, then reason logically until you reach something impossible (a contradiction, e.g. an even number equal to an odd one). So the assumption was false and the statement is true.",
  },
  {
    key: "math-aa-fc-1-16-01",
    levels: HL,
    topicCode: "1.16",
    front: "A system of 3 linear equations in 3 unknowns is reduced by elimination. What do the possible outcomes mean?",
    back: String.raw`- Unique values for $x$, $y$, $z$: one solution (three planes meet at a point).
- A row like $0 = 0$: infinitely many solutions (write them with a parameter, e.g. $z = \lambda$).
- A row like $0 = 5$: inconsistent, no solution.`,
  },
  // ---------------------------------------------------------------- Topic 2
  {
    key: "math-aa-fc-2-1-01",
    levels: SLHL,
    topicCode: "2.1",
    front: "Gradient conditions for parallel and perpendicular lines; point–gradient form of a line.",
    back: String.raw`Parallel: $m_1 = m_2$. Perpendicular: $m_1 m_2 = -1$.

Line through $(x_1, y_1)$ with gradient $m$: $y - y_1 = m(x - x_1)$.`,
  },
  {
    key: "math-aa-fc-2-5-01",
    levels: SLHL,
    topicCode: "2.5",
    front: "How do you find the inverse of a function, and how are its domain and graph related to the original?",
    back: String.raw`Write $y = f(x)$, swap $x$ and $y$, and make $y$ the subject. The domain of $f^{-1}$ is the range of $f$; the graph of $f^{-1}$ is the reflection of $f$ in $y = x$; $(f \circ f^{-1})(x) = x$.`,
  },
  {
    key: "math-aa-fc-2-6-01",
    levels: SLHL,
    topicCode: "2.6",
    front: "Three forms of a quadratic function and what each shows.",
    back: String.raw`- $f(x) = ax^2 + bx + c$: $y$-intercept $c$; axis $x = -\frac{b}{2a}$.
- $f(x) = a(x - p)(x - q)$: $x$-intercepts $p$, $q$.
- $f(x) = a(x - h)^2 + k$: vertex $(h, k)$.`,
  },
  {
    key: "math-aa-fc-2-7-01",
    levels: SLHL,
    topicCode: "2.7",
    front: String.raw`The discriminant of $ax^2 + bx + c = 0$ and what its sign tells you.`,
    back: String.raw`$\Delta = b^2 - 4ac$

- $\Delta > 0$: two distinct real roots
- $\Delta = 0$: two equal (repeated) real roots — e.g. a tangent
- $\Delta < 0$: no real roots`,
  },
  {
    key: "math-aa-fc-2-8-01",
    levels: SLHL,
    topicCode: "2.8",
    front: String.raw`Asymptotes of $y = \dfrac{ax + b}{cx + d}$.`,
    back: String.raw`Vertical: $x = -\dfrac{d}{c}$. Horizontal: $y = \dfrac{a}{c}$.`,
  },
  {
    key: "math-aa-fc-2-9-01",
    levels: SLHL,
    topicCode: "2.9",
    front: String.raw`Key features of $y = a^x$ ($a > 1$) and $y = \log_a x$.`,
    back: String.raw`$y = a^x$: passes through $(0, 1)$, horizontal asymptote $y = 0$, range $y > 0$.

$y = \log_a x$: its inverse — passes through $(1, 0)$, vertical asymptote $x = 0$, domain $x > 0$.`,
  },
  {
    key: "math-aa-fc-2-11-01",
    levels: SLHL,
    topicCode: "2.11",
    front: String.raw`Describe the transformations $y = f(x - h) + k$, $y = pf(x)$, $y = f(qx)$, $y = -f(x)$, $y = f(-x)$.`,
    back: String.raw`- $f(x - h) + k$: translation by $\binom{h}{k}$
- $pf(x)$: vertical stretch, scale factor $p$
- $f(qx)$: horizontal stretch, scale factor $\frac{1}{q}$
- $-f(x)$: reflection in the $x$-axis
- $f(-x)$: reflection in the $y$-axis`,
  },
  {
    key: "math-aa-fc-2-12-01",
    levels: HL,
    topicCode: "2.12",
    front: "Factor theorem and remainder theorem.",
    back: String.raw`Remainder theorem: when $p(x)$ is divided by $(x - a)$ the remainder is $p(a)$ (by $(ax - b)$: remainder $p\left(\frac{b}{a}\right)$).

Factor theorem: $(x - a)$ is a factor of $p(x)$ $\iff$ $p(a) = 0$.`,
  },
  {
    key: "math-aa-fc-2-12-02",
    levels: HL,
    topicCode: "2.12",
    front: String.raw`Sum and product of the roots of $a_nx^n + a_{n-1}x^{n-1} + \cdots + a_0 = 0$.`,
    back: String.raw`Sum $= -\dfrac{a_{n-1}}{a_n}$, product $= \dfrac{(-1)^n a_0}{a_n}$.

Useful: $\alpha^2 + \beta^2 + \gamma^2 = (\alpha + \beta + \gamma)^2 - 2(\alpha\beta + \beta\gamma + \gamma\alpha)$.`,
  },
  {
    key: "math-aa-fc-2-14-01",
    levels: HL,
    topicCode: "2.14",
    front: "Definitions of odd and even functions, with their graph symmetry.",
    back: String.raw`Even: $f(-x) = f(x)$ for all $x$ — symmetric in the $y$-axis (e.g. $x^2$, $\cos x$).

Odd: $f(-x) = -f(x)$ for all $x$ — rotational symmetry of order 2 about the origin (e.g. $x^3$, $\sin x$).`,
  },
  {
    key: "math-aa-fc-2-16-01",
    levels: HL,
    topicCode: "2.16",
    front: String.raw`How do you sketch $y = \dfrac{1}{f(x)}$ from $y = f(x)$?`,
    back: String.raw`- Zeros of $f$ → vertical asymptotes
- Vertical asymptotes of $f$ → zeros
- $f \to \pm\infty$ → $\frac{1}{f} \to 0$ (horizontal asymptote $y = 0$)
- Max of $f$ ↔ min of $\frac{1}{f}$ (and vice versa), at the same $x$
- Same sign as $f$; points where $f = \pm 1$ are fixed`,
  },
  {
    key: "math-aa-fc-2-16-02",
    levels: HL,
    topicCode: "2.16",
    front: String.raw`Difference between $y = |f(x)|$ and $y = f(|x|)$.`,
    back: String.raw`$|f(x)|$: parts of the graph below the $x$-axis are reflected above it.

$f(|x|)$: the part for $x \ge 0$ is kept and reflected in the $y$-axis (the left half is discarded).`,
  },
  // ---------------------------------------------------------------- Topic 3
  {
    key: "math-aa-fc-3-1-01",
    levels: SLHL,
    topicCode: "3.1",
    front: "Volume and curved surface area of a cone and a sphere.",
    back: String.raw`Cone: $V = \frac{1}{3}\pi r^2 h$, curved surface $= \pi r l$ ($l$ = slant height).

Sphere: $V = \frac{4}{3}\pi r^3$, surface area $= 4\pi r^2$.`,
  },
  {
    key: "math-aa-fc-3-2-01",
    levels: SLHL,
    topicCode: "3.2",
    front: "Sine rule, cosine rule and the area of a triangle.",
    back: String.raw`Sine rule: $\dfrac{a}{\sin A} = \dfrac{b}{\sin B} = \dfrac{c}{\sin C}$

Cosine rule: $c^2 = a^2 + b^2 - 2ab\cos C$, or $\cos C = \dfrac{a^2 + b^2 - c^2}{2ab}$

Area $= \frac{1}{2}ab\sin C$`,
  },
  {
    key: "math-aa-fc-3-4-01",
    levels: SLHL,
    topicCode: "3.4",
    front: String.raw`Arc length and sector area for angle $\theta$ in radians.`,
    back: String.raw`Arc length $l = r\theta$; sector area $A = \frac{1}{2}r^2\theta$. ($\pi$ radians $= 180°$.)`,
  },
  {
    key: "math-aa-fc-3-5-01",
    levels: SLHL,
    topicCode: "3.5",
    front: String.raw`Exact values of $\sin$, $\cos$ and $\tan$ at $\frac{\pi}{6}$, $\frac{\pi}{4}$, $\frac{\pi}{3}$.`,
    back: String.raw`$\frac{\pi}{6}$: $\frac{1}{2}$, $\frac{\sqrt{3}}{2}$, $\frac{1}{\sqrt{3}}$

$\frac{\pi}{4}$: $\frac{\sqrt{2}}{2}$, $\frac{\sqrt{2}}{2}$, $1$

$\frac{\pi}{3}$: $\frac{\sqrt{3}}{2}$, $\frac{1}{2}$, $\sqrt{3}$`,
  },
  {
    key: "math-aa-fc-3-5-02",
    levels: SLHL,
    topicCode: "3.5",
    front: "When does the ambiguous case of the sine rule occur?",
    back: String.raw`When you know two sides and a non-included angle and use the sine rule to find an angle: $\sin C = k$ gives $C$ and $180° - C$. Both are valid if the angles still sum to less than $180°$.`,
  },
  {
    key: "math-aa-fc-3-6-01",
    levels: SLHL,
    topicCode: "3.6",
    front: "Pythagorean identity and the double angle identities for sine and cosine.",
    back: String.raw`$\sin^2\theta + \cos^2\theta = 1$

$\sin 2\theta = 2\sin\theta\cos\theta$

$\cos 2\theta = \cos^2\theta - \sin^2\theta = 2\cos^2\theta - 1 = 1 - 2\sin^2\theta$`,
  },
  {
    key: "math-aa-fc-3-7-01",
    levels: SLHL,
    topicCode: "3.7",
    front: String.raw`For $y = a\sin\left(b(x - c)\right) + d$, state the amplitude, period, principal axis and range.`,
    back: String.raw`Amplitude $|a|$; period $\dfrac{2\pi}{b}$; principal axis $y = d$; range $d - |a| \le y \le d + |a|$; $c$ is a horizontal shift.`,
  },
  {
    key: "math-aa-fc-3-9-01",
    levels: HL,
    topicCode: "3.9",
    front: "Reciprocal trig functions and the two extra Pythagorean identities.",
    back: String.raw`$\sec\theta = \frac{1}{\cos\theta}$, $\operatorname{cosec}\theta = \frac{1}{\sin\theta}$, $\cot\theta = \frac{1}{\tan\theta}$

$1 + \tan^2\theta = \sec^2\theta$

$1 + \cot^2\theta = \operatorname{cosec}^2\theta$`,
  },
  {
    key: "math-aa-fc-3-10-01",
    levels: HL,
    topicCode: "3.10",
    front: "Compound angle identities and the double angle identity for tangent.",
    back: String.raw`$\sin(A \pm B) = \sin A\cos B \pm \cos A\sin B$

$\cos(A \pm B) = \cos A\cos B \mp \sin A\sin B$

$\tan(A \pm B) = \dfrac{\tan A \pm \tan B}{1 \mp \tan A\tan B}$

$\tan 2\theta = \dfrac{2\tan\theta}{1 - \tan^2\theta}$`,
  },
  {
    key: "math-aa-fc-3-13-01",
    levels: HL,
    topicCode: "3.13",
    front: "Scalar product: component form, angle formula, and the conditions for perpendicular vectors.",
    back: String.raw`$\mathbf{v} \cdot \mathbf{w} = v_1w_1 + v_2w_2 + v_3w_3 = |\mathbf{v}||\mathbf{w}|\cos\theta$

$\cos\theta = \dfrac{\mathbf{v} \cdot \mathbf{w}}{|\mathbf{v}||\mathbf{w}|}$. Perpendicular $\iff \mathbf{v} \cdot \mathbf{w} = 0$.`,
  },
  {
    key: "math-aa-fc-3-14-01",
    levels: HL,
    topicCode: "3.14",
    front: "Vector equation of a line, and its parametric form in 3D.",
    back: String.raw`$\mathbf{r} = \mathbf{a} + \lambda\mathbf{b}$ ($\mathbf{a}$ a point on the line, $\mathbf{b}$ a direction vector).

Parametric: $x = a_1 + \lambda b_1$, $y = a_2 + \lambda b_2$, $z = a_3 + \lambda b_3$.`,
  },
  {
    key: "math-aa-fc-3-15-01",
    levels: HL,
    topicCode: "3.15",
    front: "What are skew lines and how do you show two lines are skew?",
    back: "Lines in 3D that are neither parallel nor intersecting. Show the direction vectors are not multiples of each other, then equate the lines' components: if any two equations give parameter values that fail the third, there is no intersection.",
  },
  {
    key: "math-aa-fc-3-16-01",
    levels: HL,
    topicCode: "3.16",
    front: "Geometric meaning of the vector product; area of a triangle using vectors.",
    back: String.raw`$\mathbf{v} \times \mathbf{w}$ is perpendicular to both $\mathbf{v}$ and $\mathbf{w}$, with $|\mathbf{v} \times \mathbf{w}| = |\mathbf{v}||\mathbf{w}|\sin\theta$ = area of the parallelogram.

Triangle $ABC$: area $= \frac{1}{2}|\overrightarrow{AB} \times \overrightarrow{AC}|$.`,
  },
  {
    key: "math-aa-fc-3-17-01",
    levels: HL,
    topicCode: "3.17",
    front: "Forms of the equation of a plane.",
    back: String.raw`Vector: $\mathbf{r} = \mathbf{a} + \lambda\mathbf{b} + \mu\mathbf{c}$

Scalar product form: $\mathbf{r} \cdot \mathbf{n} = \mathbf{a} \cdot \mathbf{n}$ (normal $\mathbf{n} = \mathbf{b} \times \mathbf{c}$)

Cartesian: $ax + by + cz = d$, where $\mathbf{n} = \begin{pmatrix} a \\ b \\ c \end{pmatrix}$`,
  },
  {
    key: "math-aa-fc-3-18-01",
    levels: HL,
    topicCode: "3.18",
    front: String.raw`Angle $\theta$ between a line (direction $\mathbf{d}$) and a plane (normal $\mathbf{n}$).`,
    back: String.raw`$\sin\theta = \dfrac{|\mathbf{d} \cdot \mathbf{n}|}{|\mathbf{d}||\mathbf{n}|}$ — sine, not cosine, because $\mathbf{n}$ is perpendicular to the plane. (Angle between two planes: $\cos\theta = \frac{|\mathbf{n}_1 \cdot \mathbf{n}_2|}{|\mathbf{n}_1||\mathbf{n}_2|}$.)`,
  },
  // ---------------------------------------------------------------- Topic 4
  {
    key: "math-aa-fc-4-1-01",
    levels: SLHL,
    topicCode: "4.1",
    front: "Name five sampling techniques.",
    back: "Simple random, convenience, systematic (every kth item), quota, and stratified (groups represented in proportion to their size).",
  },
  {
    key: "math-aa-fc-4-3-01",
    levels: SLHL,
    topicCode: "4.3",
    front: "When is a data value an outlier?",
    back: String.raw`If it is more than $1.5 \times \text{IQR}$ below $Q_1$ or above $Q_3$, i.e. outside $[Q_1 - 1.5\,\text{IQR},\ Q_3 + 1.5\,\text{IQR}]$.`,
  },
  {
    key: "math-aa-fc-4-3-02",
    levels: SLHL,
    topicCode: "4.3",
    front: String.raw`Effect of $y = ax + b$ on the mean, standard deviation and variance of a data set.`,
    back: String.raw`Mean: $a\bar{x} + b$. Standard deviation: $|a|\sigma$. Variance: $a^2\sigma^2$. Adding $b$ does not change the spread.`,
  },
  {
    key: "math-aa-fc-4-4-01",
    levels: SLHL,
    topicCode: "4.4",
    front: String.raw`How do you interpret Pearson's $r$, and when is a regression prediction reliable?`,
    back: String.raw`$r$ close to $\pm 1$: strong positive/negative linear correlation; close to $0$: weak or none. Predictions are reliable for interpolation (inside the data range) with strong correlation; extrapolation is unreliable. Correlation does not imply causation.`,
  },
  {
    key: "math-aa-fc-4-10-01",
    levels: SLHL,
    topicCode: "4.10",
    front: String.raw`When should you use the regression line of $x$ on $y$?`,
    back: String.raw`To predict $x$ from a given value of $y$. Do not rearrange the $y$-on-$x$ line (the two lines differ unless $r = \pm 1$).`,
  },
  {
    key: "math-aa-fc-4-6-01",
    levels: SLHL,
    topicCode: "4.6",
    front: "Probability of combined events; condition for mutually exclusive events.",
    back: String.raw`$P(A \cup B) = P(A) + P(B) - P(A \cap B)$

Mutually exclusive: $P(A \cap B) = 0$, so $P(A \cup B) = P(A) + P(B)$.`,
  },
  {
    key: "math-aa-fc-4-11-01",
    levels: SLHL,
    topicCode: "4.11",
    front: "Formula for conditional probability and the condition for independence.",
    back: String.raw`$P(A \mid B) = \dfrac{P(A \cap B)}{P(B)}$

Independent $\iff P(A \cap B) = P(A)P(B)$ $\iff P(A \mid B) = P(A)$.`,
  },
  {
    key: "math-aa-fc-4-7-01",
    levels: SLHL,
    topicCode: "4.7",
    front: "Expected value of a discrete random variable; what makes a game fair?",
    back: String.raw`$\mathrm{E}(X) = \sum x\,P(X = x)$, and $\sum P(X = x) = 1$. A game is fair when the expected gain of the player is $0$.`,
  },
  {
    key: "math-aa-fc-4-8-01",
    levels: SLHL,
    topicCode: "4.8",
    front: String.raw`Conditions for $X \sim \mathrm{B}(n, p)$; its mean and variance.`,
    back: String.raw`Fixed number $n$ of independent trials, each with two outcomes and constant probability $p$ of success; $X$ = number of successes.

$\mathrm{E}(X) = np$, $\mathrm{Var}(X) = np(1 - p)$.`,
  },
  {
    key: "math-aa-fc-4-9-01",
    levels: SLHL,
    topicCode: "4.9",
    front: "Approximately what percentage of a normal distribution lies within 1, 2 and 3 standard deviations of the mean?",
    back: String.raw`About $68\%$, $95\%$ and $99.7\%$. The curve is bell-shaped and symmetric about $\mu$ (mean = median = mode).`,
  },
  {
    key: "math-aa-fc-4-12-01",
    levels: SLHL,
    topicCode: "4.12",
    front: "Standardized value ($z$-value) and its use when $\\mu$ or $\\sigma$ is unknown.",
    back: String.raw`$z = \dfrac{x - \mu}{\sigma}$ with $Z \sim \mathrm{N}(0, 1)$. Use inverse normal on $\mathrm{N}(0,1)$ to get $z$ from a probability, then solve $x = \mu + z\sigma$ (simultaneous equations if both are unknown).`,
  },
  {
    key: "math-aa-fc-4-13-01",
    levels: HL,
    topicCode: "4.13",
    front: "State Bayes' theorem (two events).",
    back: String.raw`$P(B \mid A) = \dfrac{P(B)P(A \mid B)}{P(B)P(A \mid B) + P(B')P(A \mid B')}$

Tip: draw the tree diagram; the answer is (the branch you want) ÷ (all branches ending in $A$).`,
  },
  {
    key: "math-aa-fc-4-14-01",
    levels: HL,
    topicCode: "4.14",
    front: String.raw`Continuous random variable with pdf $f(x)$: conditions, $\mathrm{E}(X)$, $\mathrm{Var}(X)$, median $m$.`,
    back: String.raw`$f(x) \ge 0$ and $\int f(x)\,\mathrm{d}x = 1$ over the domain.

$\mathrm{E}(X) = \int x f(x)\,\mathrm{d}x$; $\mathrm{Var}(X) = \int x^2 f(x)\,\mathrm{d}x - \mu^2$

Median: $\int_{a}^{m} f(x)\,\mathrm{d}x = \frac{1}{2}$. Mode: where $f$ is greatest.`,
  },
  {
    key: "math-aa-fc-4-14-02",
    levels: HL,
    topicCode: "4.14",
    front: String.raw`$\mathrm{E}(aX + b)$ and $\mathrm{Var}(aX + b)$.`,
    back: String.raw`$\mathrm{E}(aX + b) = a\mathrm{E}(X) + b$

$\mathrm{Var}(aX + b) = a^2\mathrm{Var}(X)$`,
  },
  // ---------------------------------------------------------------- Topic 5
  {
    key: "math-aa-fc-5-2-01",
    levels: SLHL,
    topicCode: "5.2",
    front: String.raw`What does the sign of $f'(x)$ tell you?`,
    back: String.raw`$f'(x) > 0$: increasing; $f'(x) < 0$: decreasing; $f'(x) = 0$: stationary point.`,
  },
  {
    key: "math-aa-fc-5-4-01",
    levels: SLHL,
    topicCode: "5.4",
    front: String.raw`Equations of the tangent and normal to $y = f(x)$ at $x = a$.`,
    back: String.raw`Tangent: $y - f(a) = f'(a)(x - a)$

Normal: $y - f(a) = -\dfrac{1}{f'(a)}(x - a)$`,
  },
  {
    key: "math-aa-fc-5-6-01",
    levels: SLHL,
    topicCode: "5.6",
    front: "Chain, product and quotient rules.",
    back: String.raw`Chain: $\dfrac{\mathrm{d}y}{\mathrm{d}x} = \dfrac{\mathrm{d}y}{\mathrm{d}u}\cdot\dfrac{\mathrm{d}u}{\mathrm{d}x}$

Product: $(uv)' = uv' + vu'$

Quotient: $\left(\dfrac{u}{v}\right)' = \dfrac{vu' - uv'}{v^2}$`,
  },
  {
    key: "math-aa-fc-5-6-02",
    levels: SLHL,
    topicCode: "5.6",
    front: String.raw`Derivatives of $x^n$, $\sin x$, $\cos x$, $\mathrm{e}^x$, $\ln x$.`,
    back: String.raw`$nx^{n-1}$, $\cos x$, $-\sin x$, $\mathrm{e}^x$, $\dfrac{1}{x}$`,
  },
  {
    key: "math-aa-fc-5-8-01",
    levels: SLHL,
    topicCode: "5.8",
    front: "How do you classify a stationary point, and what is the condition for a point of inflexion?",
    back: String.raw`At $f'(a) = 0$: $f''(a) < 0$ ⇒ local maximum; $f''(a) > 0$ ⇒ local minimum; $f''(a) = 0$ ⇒ use a sign table of $f'$.

Point of inflexion: $f''(x) = 0$ **and** $f''$ changes sign (concavity changes).`,
  },
  {
    key: "math-aa-fc-5-9-01",
    levels: SLHL,
    topicCode: "5.9",
    front: "Kinematics: links between displacement, velocity and acceleration; total distance.",
    back: String.raw`$v = \dfrac{\mathrm{d}s}{\mathrm{d}t}$, $a = \dfrac{\mathrm{d}v}{\mathrm{d}t} = \dfrac{\mathrm{d}^2s}{\mathrm{d}t^2}$

Displacement $= \int_{t_1}^{t_2} v\,\mathrm{d}t$; distance travelled $= \int_{t_1}^{t_2} |v|\,\mathrm{d}t$.`,
  },
  {
    key: "math-aa-fc-5-10-01",
    levels: SLHL,
    topicCode: "5.10",
    front: String.raw`Integrals of $x^n$, $\frac{1}{x}$, $\mathrm{e}^{ax+b}$, $\sin(ax+b)$, $\cos(ax+b)$.`,
    back: String.raw`$\dfrac{x^{n+1}}{n+1} + C$ ($n \ne -1$); $\ln|x| + C$; $\dfrac{1}{a}\mathrm{e}^{ax+b} + C$; $-\dfrac{1}{a}\cos(ax+b) + C$; $\dfrac{1}{a}\sin(ax+b) + C$`,
  },
  {
    key: "math-aa-fc-5-11-01",
    levels: SLHL,
    topicCode: "5.11",
    front: "Area between two curves.",
    back: String.raw`$A = \int_a^b \left|f(x) - g(x)\right|\mathrm{d}x$, where $a$, $b$ are the intersection points. Without technology: (top curve) − (bottom curve), splitting the interval if the curves cross.`,
  },
  {
    key: "math-aa-fc-5-12-01",
    levels: HL,
    topicCode: "5.12",
    front: "Definition of the derivative from first principles.",
    back: String.raw`$f'(x) = \displaystyle\lim_{h \to 0} \frac{f(x + h) - f(x)}{h}$

Differentiable at $a$ requires continuity at $a$ and equal left and right derivatives.`,
  },
  {
    key: "math-aa-fc-5-13-01",
    levels: HL,
    topicCode: "5.13",
    front: "State l'Hôpital's rule.",
    back: String.raw`If $\displaystyle\lim_{x \to a} \frac{f(x)}{g(x)}$ is of the form $\frac{0}{0}$ or $\frac{\infty}{\infty}$, then it equals $\displaystyle\lim_{x \to a} \frac{f'(x)}{g'(x)}$ (if that exists). Differentiate top and bottom separately — not the quotient rule. Repeat if still indeterminate.`,
  },
  {
    key: "math-aa-fc-5-14-01",
    levels: HL,
    topicCode: "5.14",
    front: String.raw`Implicit differentiation: derivative of $y^2$ and $xy$ with respect to $x$; method for related rates.`,
    back: String.raw`$\dfrac{\mathrm{d}}{\mathrm{d}x}(y^2) = 2y\dfrac{\mathrm{d}y}{\mathrm{d}x}$, $\dfrac{\mathrm{d}}{\mathrm{d}x}(xy) = y + x\dfrac{\mathrm{d}y}{\mathrm{d}x}$

Related rates: link the variables with an equation, differentiate with respect to $t$ (chain rule), then substitute the known values.`,
  },
  {
    key: "math-aa-fc-5-15-01",
    levels: HL,
    topicCode: "5.15",
    front: String.raw`Derivatives of $\tan x$, $\sec x$, $a^x$, $\log_a x$, $\arcsin x$, $\arctan x$.`,
    back: String.raw`$\sec^2 x$; $\sec x\tan x$; $a^x\ln a$; $\dfrac{1}{x\ln a}$; $\dfrac{1}{\sqrt{1 - x^2}}$; $\dfrac{1}{1 + x^2}$`,
  },
  {
    key: "math-aa-fc-5-16-01",
    levels: HL,
    topicCode: "5.16",
    front: "Integration by parts formula, and how to choose $u$.",
    back: String.raw`$\displaystyle\int u\frac{\mathrm{d}v}{\mathrm{d}x}\,\mathrm{d}x = uv - \int v\frac{\mathrm{d}u}{\mathrm{d}x}\,\mathrm{d}x$

Choose $u$ to be the factor that becomes simpler when differentiated (e.g. $\ln x$ or a polynomial); repeat for higher powers.`,
  },
  {
    key: "math-aa-fc-5-17-01",
    levels: HL,
    topicCode: "5.17",
    front: "Volumes of revolution about the $x$-axis and the $y$-axis.",
    back: String.raw`About the $x$-axis: $V = \pi\displaystyle\int_a^b y^2\,\mathrm{d}x$

About the $y$-axis: $V = \pi\displaystyle\int_c^d x^2\,\mathrm{d}y$`,
  },
  {
    key: "math-aa-fc-5-18-01",
    levels: HL,
    topicCode: "5.18",
    front: String.raw`Integrating factor method for $\dfrac{\mathrm{d}y}{\mathrm{d}x} + P(x)y = Q(x)$.`,
    back: String.raw`Integrating factor $I(x) = \mathrm{e}^{\int P(x)\,\mathrm{d}x}$. Then $\dfrac{\mathrm{d}}{\mathrm{d}x}\left(I y\right) = I\,Q(x)$, so $I y = \int I\,Q(x)\,\mathrm{d}x$ (remember $+C$ before dividing).`,
  },
  {
    key: "math-aa-fc-5-18-02",
    levels: HL,
    topicCode: "5.18",
    front: String.raw`Euler's method for $\dfrac{\mathrm{d}y}{\mathrm{d}x} = f(x, y)$ with step $h$.`,
    back: String.raw`$y_{n+1} = y_n + h\,f(x_n, y_n)$, $x_{n+1} = x_n + h$. Smaller $h$ gives better accuracy; it underestimates when the solution curve is concave up.`,
  },
  {
    key: "math-aa-fc-5-18-03",
    levels: HL,
    topicCode: "5.18",
    front: String.raw`Homogeneous differential equation $\dfrac{\mathrm{d}y}{\mathrm{d}x} = f\left(\dfrac{y}{x}\right)$: which substitution, and what does it give?`,
    back: String.raw`Let $y = vx$, so $\dfrac{\mathrm{d}y}{\mathrm{d}x} = v + x\dfrac{\mathrm{d}v}{\mathrm{d}x}$. The equation becomes $x\dfrac{\mathrm{d}v}{\mathrm{d}x} = f(v) - v$, which is separable.`,
  },
  {
    key: "math-aa-fc-5-19-01",
    levels: HL,
    topicCode: "5.19",
    front: "Maclaurin series: general formula and the series for $\\mathrm{e}^x$, $\\sin x$, $\\cos x$, $\\ln(1 + x)$.",
    back: String.raw`$f(x) = f(0) + xf'(0) + \dfrac{x^2}{2!}f''(0) + \cdots$

$\mathrm{e}^x = 1 + x + \frac{x^2}{2!} + \frac{x^3}{3!} + \cdots$

$\sin x = x - \frac{x^3}{3!} + \frac{x^5}{5!} - \cdots$

$\cos x = 1 - \frac{x^2}{2!} + \frac{x^4}{4!} - \cdots$

$\ln(1 + x) = x - \frac{x^2}{2} + \frac{x^3}{3} - \cdots$ ($-1 < x \le 1$)`,
  },
];

const content: SubjectFlashcards = { subject: "math-aa", flashcards };

export default content;
