import type { SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

const content: SubjectFlashcards = {
  subject: "math-ai",
  flashcards: [
    {
      key: "math-ai-fc-1-2-01",
      levels: ["SL", "HL"],
      topicCode: "1.2",
      front: "Arithmetic sequence: formulas for the $n$th term and the sum of the first $n$ terms?",
      back: String.raw`$u_n = u_1 + (n-1)d$ and $S_n = \frac{n}{2}\left(2u_1 + (n-1)d\right) = \frac{n}{2}(u_1 + u_n)$, where $d$ is the common difference.`,
    },
    {
      key: "math-ai-fc-1-4-01",
      levels: ["SL", "HL"],
      topicCode: "1.4",
      front: "Compound interest: the future value formula (interest compounded $k$ times a year)?",
      back: String.raw`$FV = PV \times \left(1 + \frac{r}{100k}\right)^{kn}$, with $r$ the nominal annual rate in %, $n$ the number of years. In practice use the GDC's finance (TVM) solver, with PV and FV of opposite signs.`,
    },
    {
      key: "math-ai-fc-1-6-01",
      levels: ["SL", "HL"],
      topicCode: "1.6",
      front: "Percentage error formula?",
      back: String.raw`$\varepsilon = \left|\frac{v_A - v_E}{v_E}\right| \times 100\%$, where $v_A$ is the approximate value and $v_E$ the exact value.`,
    },
    {
      key: "math-ai-fc-2-5-01",
      levels: ["SL", "HL"],
      topicCode: "2.5",
      front: String.raw`For the model $f(x) = a\sin(bx) + d$ (degrees), state the amplitude, period and principal axis.`,
      back: String.raw`Amplitude $|a|$; period $\frac{360^\circ}{b}$; principal axis $y = d$. The maximum is $d + |a|$ and the minimum $d - |a|$.`,
    },
    {
      key: "math-ai-fc-3-6-01",
      levels: ["SL", "HL"],
      topicCode: "3.6",
      front: "What is a Voronoi diagram, and what are its edges made of?",
      back: "A division of the plane into cells, one per site, where each cell contains every point closer to its site than to any other site. The edges lie on perpendicular bisectors of pairs of neighbouring sites; a vertex is equidistant from three (or more) sites. Nearest-neighbour interpolation gives a point the value of its cell's site.",
    },
    {
      key: "math-ai-fc-4-10-01",
      levels: ["SL", "HL"],
      topicCode: "4.10",
      front: String.raw`How does Spearman's rank correlation coefficient $r_s$ differ from Pearson's $r$?`,
      back: String.raw`$r_s$ is Pearson's $r$ calculated on the ranks of the data. It measures how well the relationship is described by a monotonic (always increasing or always decreasing) function, not only a linear one, and is less affected by outliers. $r_s = 1$ means the ranks agree perfectly.`,
    },
    {
      key: "math-ai-fc-4-11-01",
      levels: ["SL", "HL"],
      topicCode: "4.11",
      front: String.raw`$\chi^2$ test for independence: degrees of freedom, and when do you reject $H_0$?`,
      back: String.raw`Degrees of freedom $= (\text{rows} - 1)(\text{columns} - 1)$ of the contingency table. $H_0$: the variables are independent. Reject $H_0$ if the $p$-value is less than the significance level (equivalently, $\chi^2_{calc}$ is greater than the critical value). Expected frequencies should all be at least 5.`,
    },
    {
      key: "math-ai-fc-5-8-01",
      levels: ["SL", "HL"],
      topicCode: "5.8",
      front: "Trapezoidal rule with $n$ strips of width $h$?",
      back: String.raw`$\int_a^b y\,dx \approx \frac{1}{2}h\left[(y_0 + y_n) + 2(y_1 + y_2 + \dots + y_{n-1})\right]$, where $h = \frac{b-a}{n}$.`,
    },
    {
      key: "math-ai-fc-1-15-01",
      levels: ["HL"],
      topicCode: "1.15",
      front: String.raw`How do you find the eigenvalues and eigenvectors of a $2 \times 2$ matrix $A$?`,
      back: String.raw`Solve the characteristic equation $\det(A - \lambda I) = 0$ for $\lambda$. For each eigenvalue, solve $(A - \lambda I)\mathbf{v} = \mathbf{0}$ for a non-zero vector $\mathbf{v}$. Then $A = PDP^{-1}$ with eigenvectors as the columns of $P$, so $A^n = PD^nP^{-1}$.`,
    },
    {
      key: "math-ai-fc-3-15-01",
      levels: ["HL"],
      topicCode: "3.15",
      front: "Kruskal's algorithm for a minimum spanning tree?",
      back: "List the edges in increasing order of weight. Add them one at a time, skipping any edge that would form a cycle, until the tree has (number of vertices − 1) edges.",
    },
    {
      key: "math-ai-fc-4-17-01",
      levels: ["HL"],
      topicCode: "4.17",
      front: String.raw`Poisson distribution $X \sim \text{Po}(m)$: probability formula, mean and variance?`,
      back: String.raw`$P(X = x) = \frac{m^x e^{-m}}{x!}$ for $x = 0, 1, 2, \dots$; $E(X) = \text{Var}(X) = m$. It models the number of events in a fixed interval when events occur independently at a constant average rate. Sums of independent Poisson variables are Poisson.`,
    },
    {
      key: "math-ai-fc-5-16-01",
      levels: ["HL"],
      topicCode: "5.16",
      front: String.raw`Euler's method for $\frac{dy}{dx} = f(x, y)$ with step length $h$?`,
      back: String.raw`$x_{n+1} = x_n + h$ and $y_{n+1} = y_n + h \times f(x_n, y_n)$, starting from the initial condition $(x_0, y_0)$. A smaller $h$ usually gives a better approximation.`,
    },
  ],
};

export default content;
