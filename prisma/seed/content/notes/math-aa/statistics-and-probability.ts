import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 4, Statistics and probability (4.1–4.12 for both levels, 4.13–4.14 HL only).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const statisticsAndProbabilityNotes: TopicNoteInput[] = [
  {
    key: "mathaa-note-4-1",
    levels: BOTH,
    topicCode: "4.1",
    body: String.raw`Statistics starts before any calculation: who or what is being studied, what kind of data is collected, and whether the way it was collected can be trusted. Exam questions here are short but wordy: classify data, name or describe a sampling technique, explain a source of bias, or decide whether a value is an outlier.

### Key vocabulary

- **Population**: every member of the group being studied. **Sample**: the part of it you actually collect data from.
- **Discrete** data can take only separate values (number of siblings, shoe size). **Continuous** data can take any value in a range (height, time), so it is always rounded when recorded.
- **Bias** is a systematic tendency for the sample to misrepresent the population, for example surveying a gym's members about how much exercise people do.
- A reliable sample is large enough and chosen so that it represents the population; a **random** element reduces bias.

### Sampling techniques

| Technique | How it works |
|---|---|
| Simple random | every sample of size $n$ is equally likely (number everyone, use random numbers) |
| Convenience | whoever is easiest to reach; quick but likely to be biased |
| Systematic | choose a random start, then every $k$th member of an ordered list |
| Stratified | split the population into groups (strata) and sample each in proportion to its size |
| Quota | fill a fixed number from each group, but not at random |

### Worked example: stratified sampling

A school has 240 students in Year 12 and 360 in Year 13. A stratified sample of 50 is taken. How many from each year?

$$\text{Year 12: } \frac{240}{600} \times 50 = 20, \qquad \text{Year 13: } \frac{360}{600} \times 50 = 30$$

### Outliers

An outlier is a value that lies unusually far from the rest. The IB's rule (learn this): a value is an outlier if it is more than $1.5 \times \text{IQR}$ below $Q_1$ or above $Q_3$.

$$x < Q_1 - 1.5 \times \text{IQR} \quad \text{or} \quad x > Q_3 + 1.5 \times \text{IQR}$$

With $Q_1 = 12$ and $Q_3 = 20$: $\text{IQR} = 8$, the fences are $12 - 12 = 0$ and $20 + 12 = 32$, so 35 is an outlier but 31 is not.

Do not delete an outlier just because it is large: decide whether it is an error (a height of 17 m) or a genuine extreme value, which should be kept.

### Common mistakes

- Calling data continuous because it has decimals (a shoe size of 7.5 is still discrete) or discrete because it was rounded (age is continuous, even if recorded in whole years).
- Describing stratified sampling without saying the strata are sampled *in proportion*.
- Saying a sample is biased without saying *which way* or *why*.

### Exam tips

- "Describe" a technique means enough detail for someone else to carry it out: the list, the random choice, the interval.
- "Explain why the sample may be biased": name the group that is over- or under-represented and link it to the variable being measured.
- Rounding stratified numbers may make the total differ from the sample size by one; say how you adjusted.`,
  },
  {
    key: "mathaa-note-4-2",
    levels: BOTH,
    topicCode: "4.2",
    body: String.raw`Raw data is hard to read, so this topic is about organising and displaying it: frequency tables (including grouped data), histograms, cumulative frequency graphs and box-and-whisker plots. Questions ask you to complete a table, draw or read a graph, estimate the median and quartiles, and compare two distributions.

### Key ideas

- **Grouped frequency tables**: classes such as $10 \leq t < 20$. Record the class boundaries, and use the **mid-interval value** when a single value per class is needed.
- **Histograms** (for continuous data, with equal class widths in this course): bars touch, and the height is the frequency.
- **Cumulative frequency**: the running total. Plot it at the **upper boundary** of each class and join with a smooth curve (or straight lines). Read the median at $\frac{n}{2}$, $Q_1$ at $\frac{n}{4}$ and $Q_3$ at $\frac{3n}{4}$; read percentiles the same way.
- **Box-and-whisker plot**: the five-number summary (minimum, $Q_1$, median, $Q_3$, maximum) on a scaled axis. Outliers are plotted as crosses, and the whisker then stops at the most extreme value that is not an outlier.

### Worked example

Eleven students recorded the number of hours they spent on a project:

$$3,\ 5,\ 6,\ 8,\ 9,\ 11,\ 12,\ 14,\ 15,\ 18,\ 31$$

Find the five-number summary, test for outliers and describe the box plot.

The median is the 6th value, **11**. The lower half $3, 5, 6, 8, 9$ has median $Q_1 = 6$ and the upper half $12, 14, 15, 18, 31$ has $Q_3 = 15$ (the GDC uses this method, leaving out the median).

$$\text{IQR} = 15 - 6 = 9, \qquad Q_3 + 1.5 \times 9 = 28.5$$

So 31 is an outlier (and nothing is below $6 - 13.5 = -7.5$). The box runs from 6 to 15 with a line at 11; the left whisker goes to 3, the right whisker to 18, and 31 is marked with a cross.

### Comparing distributions

When comparing two box plots, comment on a measure of **centre** (the medians) and a measure of **spread** (the IQRs or ranges), in context: "Group A's median time is 4 minutes higher, but its times are less spread out (IQR 6 against 9)". Also mention skew if it is clear: a long right whisker suggests positive skew.

### Common mistakes

- Plotting cumulative frequency at the mid-point of a class instead of the upper boundary.
- Reading quartiles at $\frac{n+1}{4}$ on a cumulative frequency curve: for a graph, $\frac{n}{4}$ is used.
- Drawing a box plot without a scale, or with the whisker extended to an outlier.

### Exam tips

- Use a ruler and a sensible scale; mark the values you read from a graph with dashed lines, as evidence of method.
- The GDC's one-variable statistics gives the five-number summary from a list or a frequency table; write down the values it gives.
- Estimates from grouped data or from graphs are estimates: say so.`,
  },
  {
    key: "mathaa-note-4-3",
    levels: BOTH,
    topicCode: "4.3",
    body: String.raw`A data set is summarised by a measure of where it is centred and a measure of how spread out it is. This topic covers the mean, median and mode, the range, interquartile range, variance and standard deviation, estimates from grouped data, and what happens to these when every value is changed in the same way.

### Key formulae

- **Mean** (in the formula booklet for a frequency table): $\bar{x} = \frac{\sum f x}{n}$, where $n = \sum f$. For grouped data, use mid-interval values: the result is an estimate.
- **Median**: the middle value of the ordered data (the mean of the two middle values when $n$ is even). **Mode**: the most frequent value; for grouped data, the **modal class**.
- **Range** $=$ max $-$ min; **IQR** $= Q_3 - Q_1$ (in the formula booklet).
- **Variance** $\sigma^2$: the mean of the squared deviations from the mean. **Standard deviation** $\sigma$ is its square root, in the same units as the data. In this course you find them with the GDC.

### Worked example

The number of books read in a month by 20 students:

| Books $x$ | 1 | 2 | 3 | 4 | 5 |
|---|---|---|---|---|---|
| Frequency $f$ | 3 | 7 | 5 | 4 | 1 |

$$\bar{x} = \frac{3 + 14 + 15 + 16 + 5}{20} = \frac{53}{20} = 2.65$$

The 10th value is 2 and the 11th is 3, so the median is 2.5; the mode is 2. From the GDC, $\sigma \approx 1.11$ (variance $1.2275$).

### Effect of constant changes

If every value is transformed by $y = ax + b$:

| Statistic | New value |
|---|---|
| Mean, median, mode, quartiles | $a\bar{x} + b$ (each transformed the same way) |
| Standard deviation, range, IQR | $\lvert a \rvert \times$ the old value |
| Variance | $a^2 \times$ the old value |

Adding a constant shifts the data but does not change the spread. In the example, if each student's score were $y = 2x + 3$, the new mean would be $2(2.65) + 3 = 8.3$ and the new standard deviation $2 \times 1.1079\ldots \approx 2.22$.

### Which measure?

- The median and IQR are not affected by outliers, so use them for skewed data (incomes, house prices).
- The mean and standard deviation use every value, so they are best for roughly symmetric data with no outliers.

### Common mistakes

- Dividing $\sum fx$ by the number of classes instead of $\sum f$.
- Reading $s_x$ instead of $\sigma_x$ from the GDC: in IB exams the standard deviation of the data is $\sigma_x$ (divide by $n$).
- Adding the constant to the standard deviation.

### Exam tips

- When the mean of a set is given and a value is missing, write $\sum fx = \bar{x} \times n$ and solve.
- Show your list or table entered in the GDC by writing the summary values you obtained, with labels.
- Interpret in context: "on average each student read 2.65 books".`,
  },
  {
    key: "mathaa-note-4-4",
    levels: BOTH,
    topicCode: "4.4",
    body: String.raw`Bivariate data pairs two measurements, such as hours of revision and test score. This topic asks you to describe the relationship from a scatter diagram, measure the strength of a linear relationship with Pearson's correlation coefficient $r$, find the regression line of $y$ on $x$ with the GDC, and use it to make predictions, while knowing when those predictions are reliable.

### Key ideas

- **Scatter diagram**: describe the correlation by its direction (positive, negative, none), its form (linear or not) and its strength (strong, moderate, weak).
- **Pearson's** $r$ satisfies $-1 \leq r \leq 1$: near $1$ strong positive, near $-1$ strong negative, near $0$ no *linear* correlation. It measures linear relationships only; a clear curve can have $r$ close to 0.
- **Correlation is not causation**: a third variable may drive both (ice cream sales and drownings both rise in summer).
- **Regression line of** $y$ **on** $x$: $y = ax + b$, the line of best fit by least squares, used to predict $y$ from $x$. It passes through the mean point $(\bar{x}, \bar{y})$.
- **Interpolation** (inside the data range) is reasonable when $r$ is strong; **extrapolation** (outside it) is unreliable.

### Worked example

Six students recorded hours of revision $x$ and test score $y$:

| $x$ | 2 | 3 | 5 | 6 | 8 | 9 |
|---|---|---|---|---|---|---|
| $y$ | 50 | 58 | 61 | 64 | 75 | 78 |

From the GDC: $r \approx 0.982$ (strong positive linear correlation) and

$$y = 3.79x + 43.5 \quad (3 \text{ s.f.})$$

Interpretation in context: each extra hour of revision is associated with about 3.79 more marks; a student who does no revision is predicted about 43.5 marks.

For $x = 7$: $y \approx 3.7867 \times 7 + 43.507 \approx 70.0$. This is interpolation with strong correlation, so it is reliable.

For $x = 20$ the line gives about 119, which is impossible if the test is out of 100: extrapolation far beyond the data.

### Common mistakes

- Predicting with rounded coefficients and losing accuracy: use the values stored in the GDC.
- Using the $y$ on $x$ line to predict $x$ from a given $y$ (see topic 4.10: use $x$ on $y$ instead).
- Saying "$r = 0.982$ so revision causes higher scores".

### Exam tips

- Write down $r$ and the equation with the values the GDC gives, to 3 significant figures, and state the strength and direction in words.
- "Interpret the gradient" needs units and context, not just "the slope is 3.79".
- "Comment on the reliability" of a prediction: mention both the strength of $r$ and whether the value is inside the data range.`,
  },
  {
    key: "mathaa-note-4-5",
    levels: BOTH,
    topicCode: "4.5",
    body: String.raw`Probability measures how likely an event is, on a scale from 0 (impossible) to 1 (certain). This topic sets up the language: trials, outcomes, sample spaces and events, the probability of an event not happening, and the number of times you would expect an event in repeated trials.

### Key ideas

- A **trial** is one go of an experiment (rolling a die). Each possible result is an **outcome**; the set of all outcomes is the **sample space** $U$; an **event** $A$ is a set of outcomes.
- For equally likely outcomes, $P(A) = \frac{n(A)}{n(U)}$ (in the formula booklet).
- **Complementary events**: $A'$ is "not $A$", and $P(A) + P(A') = 1$ (in the formula booklet).
- **Experimental probability** (relative frequency) $= \frac{\text{number of times } A \text{ occurs}}{\text{number of trials}}$; it approaches the theoretical probability as the number of trials grows.
- **Expected number of occurrences** in $n$ trials: $np$, where $p = P(A)$. It need not be a whole number.

### Worked example

Two fair six-sided dice are thrown.

(a) Find the probability that the total is 7. (b) Find the probability of at least one six. (c) The dice are thrown 300 times. Find the expected number of totals of 7.

(a) A 6 by 6 sample space diagram has 36 equally likely outcomes, and 6 of them total 7: $(1,6), (2,5), (3,4), (4,3), (5,2), (6,1)$.

$$P(\text{total } 7) = \frac{6}{36} = \frac{1}{6}$$

(b) Use the complement: "no six" has $5 \times 5 = 25$ outcomes.

$$P(\text{at least one six}) = 1 - \frac{25}{36} = \frac{11}{36}$$

(c) Expected number $= 300 \times \frac{1}{6} = 50$.

### When to use the complement

"At least one" is almost always quicker as $1 - P(\text{none})$. The same is true of "not all the same" or "more than one" when the opposite event is simpler.

### Common mistakes

- Counting $(2,5)$ and $(5,2)$ as the same outcome: with two dice they are different, and treating them as one breaks the "equally likely" condition.
- Giving an expected number as a probability (or rounding it to a whole number when it is not one).
- Giving probabilities greater than 1 or as a ratio "1 : 6" instead of $\frac{1}{6}$.

### Exam tips

- Draw the sample space diagram when two things are combined; it is often worth a mark in itself.
- Leave probabilities as exact fractions on Paper 1; decimals to 3 significant figures on Paper 2.
- Read "with replacement" and "without replacement" carefully; that difference belongs to topic 4.6 but starts here.`,
  },
  {
    key: "mathaa-note-4-6",
    levels: BOTH,
    topicCode: "4.6",
    body: String.raw`This topic is about combining events. Venn diagrams, tree diagrams and sample space diagrams organise the information, and a few rules connect the probabilities: the addition rule, the special case of mutually exclusive events, and the product rule for independent events. Most exam questions give a context and ask for a diagram first.

### The rules (in the formula booklet)

$$P(A \cup B) = P(A) + P(B) - P(A \cap B)$$

- **Mutually exclusive** events cannot happen together: $P(A \cap B) = 0$, so $P(A \cup B) = P(A) + P(B)$.
- **Independent** events do not affect each other: $P(A \cap B) = P(A)P(B)$.
- $A \cup B$ means "$A$ or $B$ (or both)"; $A \cap B$ means "$A$ and $B$".

### Worked example 1: a Venn diagram

In a class of 30 students, 18 play football, 12 play tennis and 5 play both.

Fill the diagram from the inside: both $= 5$, football only $= 13$, tennis only $= 7$, neither $= 30 - 25 = 5$.

$$P(F \cup T) = \frac{18 + 12 - 5}{30} = \frac{25}{30} = \frac{5}{6}$$

Are $F$ and $T$ independent? $P(F)P(T) = \frac{18}{30} \times \frac{12}{30} = 0.24$, but $P(F \cap T) = \frac{5}{30} \approx 0.167$, so **no**.

### Worked example 2: a tree diagram

A bag has 5 red and 3 blue counters. Two are taken without replacement. Find the probability that they are the same colour.

Multiply along the branches and add the branches you want:

$$P(RR) + P(BB) = \frac{5}{8} \times \frac{4}{7} + \frac{3}{8} \times \frac{2}{7} = \frac{20}{56} + \frac{6}{56} = \frac{26}{56} = \frac{13}{28}$$

Without replacement, the second-stage probabilities change (the denominator drops to 7); with replacement they would stay the same, and the draws would be independent.

### Which diagram?

- **Venn**: overlapping categories, "both", "neither", counts or probabilities of sets.
- **Tree**: events in stages, especially when later probabilities depend on earlier ones.
- **Sample space grid**: two small, equally likely experiments (two dice, a spinner and a coin).

### Common mistakes

- Confusing mutually exclusive with independent. Mutually exclusive events (with non-zero probabilities) can never be independent: if one happens, the other cannot.
- Putting 18 in the football-only region instead of $18 - 5$.
- Adding probabilities along a tree's branches instead of multiplying.

### Exam tips

- "Show that $A$ and $B$ are independent": calculate $P(A)P(B)$ and $P(A \cap B)$ separately, show they are equal, and state the conclusion.
- On a tree diagram, check that the probabilities on each set of branches from a point add to 1.
- If a question says "at least one", consider $1 - P(\text{none})$ before drawing a large tree.`,
  },
  {
    key: "mathaa-note-4-7",
    levels: BOTH,
    topicCode: "4.7",
    body: String.raw`A **discrete random variable** $X$ takes separate values (the score on a die, the number of heads) each with a probability. Its probability distribution lists those values and probabilities, as a table or a formula. Questions ask you to find an unknown probability or constant, calculate probabilities from the distribution, and find and interpret the expected value, including deciding whether a game is fair.

### Key ideas

- Every probability is between 0 and 1, and they add to 1: $\sum P(X = x) = 1$.
- The **expected value** (mean) is in the formula booklet: $E(X) = \sum x\,P(X = x)$. It is the long-run average value of $X$ over many trials, and need not be a value $X$ can take.
- A game is **fair** when the expected gain of a player is 0.

### Worked example 1: a formula for the distribution

$P(X = x) = kx$ for $x = 1, 2, 3, 4$. Find $k$, $P(X \geq 3)$ and $E(X)$.

$$k(1 + 2 + 3 + 4) = 1 \;\Rightarrow\; k = \frac{1}{10}$$

$$P(X \geq 3) = \frac{3}{10} + \frac{4}{10} = \frac{7}{10}$$

$$E(X) = 1\left(\tfrac{1}{10}\right) + 2\left(\tfrac{2}{10}\right) + 3\left(\tfrac{3}{10}\right) + 4\left(\tfrac{4}{10}\right) = \frac{1 + 4 + 9 + 16}{10} = 3$$

### Worked example 2: is the game fair?

A player pays €2 to roll a fair die and receives €10 if it shows a six, and nothing otherwise. Let $G$ be the player's gain in euros.

| $g$ | $8$ | $-2$ |
|---|---|---|
| $P(G = g)$ | $\frac{1}{6}$ | $\frac{5}{6}$ |

$$E(G) = 8\left(\tfrac{1}{6}\right) - 2\left(\tfrac{5}{6}\right) = \frac{8 - 10}{6} = -\frac{1}{3}$$

The game is not fair: on average the player loses about €0.33 per game. It would be fair if the prize were €12 (then $E(G) = \frac{10}{6} - \frac{10}{6} = 0$).

### Building a distribution

When $X$ is defined by an experiment (say, the larger score when two dice are rolled), draw a sample space diagram, count the outcomes for each value, and check the probabilities add to 1 before using them.

### Common mistakes

- Forgetting the stake when working out a gain: a prize of €10 after paying €2 is a gain of €8.
- Adding the values of $x$ instead of the products $x\,P(X = x)$.
- Rounding $E(X)$ to a whole number because $X$ only takes whole numbers.
- Not checking that the probabilities sum to 1, especially when $k$ appears in a quadratic and one root must be rejected (a negative probability is impossible).

### Exam tips

- Set out the distribution as a table before calculating: it makes the method visible and earns marks.
- "Interpret $E(X)$" means in context: "over many games the player expects to lose €0.33 per game".
- The GDC can compute $E(X)$ from two lists (values and probabilities) using one-variable statistics on Paper 2.`,
  },
  {
    key: "mathaa-note-4-8",
    levels: BOTH,
    topicCode: "4.8",
    body: String.raw`The binomial distribution counts successes in a fixed number of independent trials, each with the same probability of success. It models questions such as "how many of 10 seeds germinate" or "how many of 20 customers pay by card". You need to recognise when it applies, calculate probabilities (with the GDC on Paper 2) and use its mean and variance.

### Conditions

$X \sim B(n, p)$ when:

1. there is a fixed number $n$ of trials;
2. each trial has two outcomes, success and failure;
3. the probability of success $p$ is the same every trial;
4. the trials are independent.

### Formulae

$$P(X = r) = \binom{n}{r}p^r(1 - p)^{n - r}, \quad r = 0, 1, \dots, n$$

$$E(X) = np, \qquad \operatorname{Var}(X) = np(1 - p)$$

The mean and variance are in the formula booklet; the probability formula is worth knowing for Paper 1, where the numbers are kept small.

### GDC commands

- **binomial pdf** gives $P(X = r)$.
- **binomial cdf** gives $P(X \leq r)$.

Everything else is built from these:

| You want | Use |
|---|---|
| $P(X < r)$ | $P(X \leq r - 1)$ |
| $P(X \geq r)$ | $1 - P(X \leq r - 1)$ |
| $P(X > r)$ | $1 - P(X \leq r)$ |
| $P(a \leq X \leq b)$ | $P(X \leq b) - P(X \leq a - 1)$ |

### Worked example

30% of the customers at a café order tea. Ten customers are chosen at random; $X$ is the number who order tea.

$X \sim B(10, 0.3)$.

$$P(X = 3) = \binom{10}{3}(0.3)^3(0.7)^7 \approx 0.267$$

$$P(X \leq 2) \approx 0.383$$

$$P(X \geq 4) = 1 - P(X \leq 3) \approx 1 - 0.6496 = 0.350$$

$$E(X) = 10 \times 0.3 = 3, \qquad \operatorname{Var}(X) = 10 \times 0.3 \times 0.7 = 2.1$$

### Multi-stage questions

A common question type finds a probability $p$ in one part (perhaps from a normal distribution) and then uses it as the success probability of a binomial: "the probability that at least 2 of the next 5 bottles are underfilled". Store the first answer in the GDC and use it unrounded.

### Common mistakes

- Using binomial cdf for $P(X \geq 4)$ as $1 - P(X \leq 4)$: that gives $P(X > 4)$.
- Using the binomial distribution when the trials are not independent (drawing without replacement from a small group).
- Writing $\operatorname{Var}(X) = np$ or giving the standard deviation when asked for the variance.

### Exam tips

- Define the variable and the distribution in words and symbols, "Let $X$ be the number who order tea, $X \sim B(10, 0.3)$": this usually earns a mark.
- Write down the probability statement, such as $P(X \geq 4)$, before the GDC value.
- When a question asks for the most likely number of successes, compare $P(X = r)$ for values near $np$.`,
  },
  {
    key: "mathaa-note-4-9",
    levels: BOTH,
    topicCode: "4.9",
    body: String.raw`The normal distribution is the bell-shaped curve that models many continuous measurements: heights, masses, exam marks, the volume of drink in a bottle. You need to know its shape and properties, find probabilities for intervals with the GDC, and work backwards from a probability to a value with the inverse normal function.

### Properties

$X \sim N(\mu, \sigma^2)$, where $\mu$ is the mean and $\sigma$ the standard deviation (note: the second parameter is the **variance**).

- Symmetric about $x = \mu$, so the mean, median and mode are equal and $P(X < \mu) = 0.5$.
- The total area under the curve is 1, and probabilities are areas.
- About 68% of values lie within $\sigma$ of the mean, about 95% within $2\sigma$, and about 99.7% within $3\sigma$.
- $X$ is continuous, so $P(X = a) = 0$ and $P(X < a) = P(X \leq a)$.

### GDC commands

- **normal cdf** (lower bound, upper bound, $\mu$, $\sigma$) gives $P(a < X < b)$. For "less than $a$" use a very large negative lower bound, such as $-10^{99}$.
- **inverse normal** (area to the left, $\mu$, $\sigma$) gives $a$ with $P(X < a) = $ that area.

### Worked example

The heights of adult men in a town are modelled by $X \sim N(170, 8^2)$ in cm.

(a) Find the probability that a man is between 160 cm and 185 cm tall.

$$P(160 < X < 185) \approx 0.864$$

(b) Find the probability that a man is taller than 180 cm.

$$P(X > 180) \approx 0.106$$

(c) A door is designed so that 90% of men can walk through without stooping. Find the minimum height of the door.

$$P(X < h) = 0.9 \;\Rightarrow\; h \approx 180.25 \text{ cm}$$

so about 180 cm (round up if every one of the 90% must fit).

(d) Of 500 men, the expected number taller than 180 cm is $500 \times 0.10565 \approx 52.8$.

### Using symmetry

Sketch the curve and shade the area each time. Symmetry gives quick results: $P(X > \mu + k) = P(X < \mu - k)$, and since 155 and 185 are both 15 cm from the mean, $P(155 < X < 185) = 1 - 2P(X > 185) \approx 1 - 2(0.0304) \approx 0.939$.

### Common mistakes

- Typing the variance into the GDC instead of the standard deviation (64 instead of 8).
- Using inverse normal with the area to the **right**: if $P(X > k) = 0.2$, enter 0.8 (or use the GDC's tail setting).
- Treating the answer to a "how many" question as a probability.

### Exam tips

- Write a probability statement, $P(160 < X < 185)$, and ideally a sketch, before the GDC value: these earn method marks.
- Give probabilities to 3 significant figures; keep full accuracy for later parts.
- A probability from a normal distribution is often then used in a binomial question (topic 4.8).`,
  },
  {
    key: "mathaa-note-4-10",
    levels: BOTH,
    topicCode: "4.10",
    body: String.raw`The regression line of $y$ on $x$ is built to predict $y$ from $x$. If you need to predict $x$ from a given value of $y$, you need a different line: the regression line of $x$ on $y$. This short topic is about knowing that the two lines differ, finding the right one on the GDC and choosing it correctly.

### Key ideas

- The **$y$ on $x$** line, $y = ax + b$, minimises the squared *vertical* distances from the points to the line. Use it to predict $y$ when $x$ is given.
- The **$x$ on $y$** line, $x = cy + d$, minimises the squared *horizontal* distances. Use it to predict $x$ when $y$ is given.
- Both lines pass through the mean point $(\bar{x}, \bar{y})$.
- The two lines coincide only when $r = \pm 1$. The weaker the correlation, the further apart they are.
- On the GDC, find the $x$ on $y$ line by running linear regression with the lists swapped: $y$-values as the independent variable.

### Worked example

Hours of revision $x$ and test score $y$ for six students:

| $x$ | 2 | 3 | 5 | 6 | 8 | 9 |
|---|---|---|---|---|---|---|
| $y$ | 50 | 58 | 61 | 64 | 75 | 78 |

(a) Find the regression line of $x$ on $y$.

Swapping the lists in the GDC gives

$$x = 0.255y - 10.9 \quad (3 \text{ s.f.})$$

(b) Estimate the revision time of a student who scored 70.

$$x \approx 0.25478 \times 70 - 10.891 \approx 6.94 \text{ hours}$$

(c) Why not rearrange the $y$ on $x$ line instead? The $y$ on $x$ line is $y = 3.79x + 43.5$; rearranging it for $y = 70$ gives $x \approx 7.00$, a different answer. That line was fitted to minimise errors in $y$, so it is the wrong tool for predicting $x$.

Check: both lines pass through $(\bar{x}, \bar{y}) = (5.5, 64.33\ldots)$.

### Choosing the line

Ask which variable is **given** and which is **to be predicted**. The variable to be predicted goes on the left of the equation. In context, this can change from one part of a question to the next.

### Common mistakes

- Rearranging $y = ax + b$ to predict $x$.
- Swapping the lists and then writing the answer as $y = \ldots$: the $x$ on $y$ line must be written with $x$ as the subject.
- Extrapolating with either line beyond the range of the data.

### Exam tips

- State which line you are using and why: "$x$ is to be estimated from $y$, so use the regression line of $x$ on $y$".
- Give coefficients to 3 significant figures but predict with the stored values.
- If $r$ is weak, say the prediction is unreliable even when it is inside the data range.`,
  },
  {
    key: "mathaa-note-4-11",
    levels: BOTH,
    topicCode: "4.11",
    body: String.raw`Conditional probability is the probability of an event **given** that another has happened: the sample space shrinks to the event you know occurred. This topic gives the formal definition, uses it to test for independence, and applies it to tables, Venn diagrams and tree diagrams.

### The formulae (in the formula booklet)

$$P(A \mid B) = \frac{P(A \cap B)}{P(B)}$$

$A$ and $B$ are **independent** when $P(A \mid B) = P(A) = P(A \mid B')$, which is equivalent to $P(A \cap B) = P(A)P(B)$.

Rearranged, the definition gives the multiplication rule used on tree diagrams:

$$P(A \cap B) = P(B)\,P(A \mid B)$$

### Worked example 1: a two-way table

200 students were asked whether they prefer coffee or tea.

| | Coffee | Tea | Total |
|---|---|---|---|
| Year 12 | 50 | 40 | 90 |
| Year 13 | 70 | 40 | 110 |
| Total | 120 | 80 | 200 |

$$P(\text{Coffee} \mid \text{Year 13}) = \frac{70}{110} = \frac{7}{11}, \qquad P(\text{Year 13} \mid \text{Coffee}) = \frac{70}{120} = \frac{7}{12}$$

The "given" event is the row or column you restrict to. These two answers differ: $P(A \mid B)$ and $P(B \mid A)$ are not the same thing.

Preference and year are **not** independent: $P(\text{Coffee}) = \frac{120}{200} = 0.6$ but $P(\text{Coffee} \mid \text{Year 13}) \approx 0.636$.

### Worked example 2: testing independence

$P(A) = 0.4$, $P(B) = 0.5$ and $P(A \cup B) = 0.7$. Are $A$ and $B$ independent? Find $P(A \mid B)$.

$$P(A \cap B) = 0.4 + 0.5 - 0.7 = 0.2 = 0.4 \times 0.5$$

So they are independent, and $P(A \mid B) = \frac{0.2}{0.5} = 0.4 = P(A)$, as it must be.

### On a tree diagram

The probabilities on the second set of branches are conditional probabilities. To find a "reverse" probability (the first-stage event given the second), use the definition: $P(\text{first} \mid \text{second}) = \frac{P(\text{both})}{P(\text{second})}$, where $P(\text{second})$ adds all the branches that end in it.

### Common mistakes

- Dividing by the wrong total: the denominator is the probability of the event after the bar.
- Treating $P(A \mid B)$ as $P(A \cap B)$: "given" shrinks the sample space, "and" does not.
- Claiming independence from a diagram's appearance instead of checking a calculation.

### Exam tips

- Write the formula with the events named in words before substituting: "$P(\text{late} \mid \text{rain}) = \frac{P(\text{late and rain})}{P(\text{rain})}$".
- "Given that" in a question is the signal for a conditional probability; so are "if it is known that" and "of those who".
- For independence, one correct equality with a conclusion is enough; show both sides as numbers.`,
  },
  {
    key: "mathaa-note-4-12",
    levels: BOTH,
    topicCode: "4.12",
    body: String.raw`Every normal distribution can be turned into the **standard normal** distribution $Z \sim N(0, 1)$ by measuring how many standard deviations a value lies from the mean. That number, the $z$-value, lets you compare values from different distributions and, most importantly, find an unknown mean or standard deviation from given probabilities.

### The formula (in the formula booklet)

$$z = \frac{x - \mu}{\sigma}$$

If $X \sim N(\mu, \sigma^2)$ then $Z = \frac{X - \mu}{\sigma} \sim N(0, 1)$, and $P(X < a) = P\left(Z < \frac{a - \mu}{\sigma}\right)$. A positive $z$ is above the mean, a negative one below.

### Comparing values

A mark of 72 in a test with $\mu = 60$, $\sigma = 8$ has $z = 1.5$; a mark of 80 in a test with $\mu = 70$, $\sigma = 10$ has $z = 1$. The first is the better performance relative to the group, even though the mark is lower.

### Worked example 1: unknown mean

$X \sim N(\mu, 5^2)$ and $P(X > 60) = 0.2$. Find $\mu$.

$P(X < 60) = 0.8$, and the inverse normal on $N(0, 1)$ gives $z \approx 0.8416$.

$$\frac{60 - \mu}{5} = 0.8416 \;\Rightarrow\; \mu = 60 - 5(0.8416) \approx 55.8$$

### Worked example 2: both unknown

$X \sim N(\mu, \sigma^2)$ with $P(X < 30) = 0.1$ and $P(X > 50) = 0.05$. Find $\mu$ and $\sigma$.

$$\frac{30 - \mu}{\sigma} = -1.2816, \qquad \frac{50 - \mu}{\sigma} = 1.6449$$

Rearranged: $\mu - 1.2816\sigma = 30$ and $\mu + 1.6449\sigma = 50$. Subtracting,

$$2.9264\sigma = 20 \;\Rightarrow\; \sigma \approx 6.83, \qquad \mu = 30 + 1.2816\sigma \approx 38.8$$

(Use the GDC's simultaneous equation solver with the stored $z$-values.)

### Common mistakes

- Using inverse normal with the unknown $\mu$ or $\sigma$ still in it: you cannot; switch to the standard normal, $N(0, 1)$, first.
- Getting the sign of $z$ wrong: if the value is below the mean (a small left-tail area), $z$ is negative.
- Using the area to the right in the inverse normal without changing it to the area to the left.

### Exam tips

- The method marks are for writing the standardised equation, $\frac{60 - \mu}{5} = 0.8416$: show it, with the $z$-value to at least 4 significant figures.
- Sketch the normal curve with the given area shaded, to check whether the value is above or below the mean.
- Check the answer: with $\mu \approx 38.8$ and $\sigma \approx 6.83$, the GDC should give $P(X < 30) \approx 0.1$.`,
  },
  {
    key: "mathaa-note-4-13",
    levels: HL,
    topicCode: "4.13",
    body: String.raw`Bayes' theorem reverses a conditional probability: from $P(B \mid A)$, which is usually what you are told, it finds $P(A \mid B)$, which is usually what you want. Typical contexts are medical tests (the probability of having a disease given a positive result) and production lines (which machine made a faulty item). At HL you need it for two or three mutually exclusive causes.

### The formulae (in the formula booklet)

For two events:

$$P(B \mid A) = \frac{P(B)P(A \mid B)}{P(B)P(A \mid B) + P(B')P(A \mid B')}$$

For three mutually exclusive events $B_1$, $B_2$, $B_3$ that cover the whole sample space:

$$P(B_i \mid A) = \frac{P(B_i)P(A \mid B_i)}{P(B_1)P(A \mid B_1) + P(B_2)P(A \mid B_2) + P(B_3)P(A \mid B_3)}$$

The denominator is just $P(A)$, found by adding every branch of a tree diagram that ends in $A$. The numerator is the one branch you are interested in.

### Worked example 1: a medical test

2% of a population has a condition $D$. A test is positive for 95% of people who have it and for 4% of people who do not. A person tests positive. Find the probability they have the condition.

$$P(+) = 0.02 \times 0.95 + 0.98 \times 0.04 = 0.019 + 0.0392 = 0.0582$$

$$P(D \mid +) = \frac{0.019}{0.0582} \approx 0.326$$

Only about a third of positive results are true positives, because the condition is rare: most positives come from the large group without it. Questions often ask you to comment on this.

### Worked example 2: three machines

Machines $A$, $B$ and $C$ make 50%, 30% and 20% of a factory's output, and 1%, 3% and 5% of their items respectively are faulty. An item is found to be faulty. Find the probability it was made by $C$.

$$P(F) = 0.5(0.01) + 0.3(0.03) + 0.2(0.05) = 0.005 + 0.009 + 0.010 = 0.024$$

$$P(C \mid F) = \frac{0.010}{0.024} = \frac{5}{12} \approx 0.417$$

Similarly $P(A \mid F) \approx 0.208$ and $P(B \mid F) = 0.375$; the three add to 1, which is a useful check.

### Method

1. Define the events in words.
2. Draw a tree: the causes ($B_1, B_2, B_3$) on the first branches, the observed event on the second.
3. Find $P(A)$ by adding the relevant branches.
4. Divide the branch you want by $P(A)$.

### Common mistakes

- Confusing $P(+ \mid D)$ (the test's accuracy, 0.95) with $P(D \mid +)$ (what the patient wants to know, about 0.33).
- Forgetting the branches for "not $D$" when finding $P(+)$.
- Putting the events in the wrong order on the tree, so that the given probabilities do not fit the branches.

### Exam tips

- A tree diagram with every branch labelled is usually worth a mark on its own and makes the formula almost unnecessary.
- Keep exact decimals or fractions; round only the final answer to 3 significant figures.
- "Comment on" or "interpret" questions want a sentence in context about why the answer is surprisingly low or high.`,
  },
  {
    key: "mathaa-note-4-14",
    levels: HL,
    topicCode: "4.14",
    body: String.raw`This HL topic extends random variables in two ways. For discrete variables it adds the **variance**. It then introduces **continuous** random variables, described by a probability density function (pdf), for which probabilities are areas found by integration. Finally, it shows how the mean and variance change under a linear transformation $aX + b$.

### Variance (in the formula booklet)

$$\operatorname{Var}(X) = E\left[(X - \mu)^2\right] = E(X^2) - \left[E(X)\right]^2$$

where $E(X^2) = \sum x^2 P(X = x)$ for a discrete variable. The standard deviation is $\sqrt{\operatorname{Var}(X)}$.

### Continuous random variables

A function $f$ is a pdf on $[a, b]$ if $f(x) \geq 0$ and

$$\int_a^b f(x)\,dx = 1$$

- $P(c < X < d) = \int_c^d f(x)\,dx$, and $P(X = c) = 0$.
- $E(X) = \int x f(x)\,dx$ and $E(X^2) = \int x^2 f(x)\,dx$ over the domain; then $\operatorname{Var}(X) = E(X^2) - [E(X)]^2$.
- The **median** $m$ solves $\int_a^m f(x)\,dx = \frac{1}{2}$.
- The **mode** is the value of $x$ where $f(x)$ is greatest (use calculus or the graph).

### Linear transformations (in the formula booklet)

$$E(aX + b) = aE(X) + b, \qquad \operatorname{Var}(aX + b) = a^2\operatorname{Var}(X)$$

### Worked example 1: discrete

$P(X = x) = \frac{x}{10}$ for $x = 1, 2, 3, 4$, so $E(X) = 3$ (see topic 4.7).

$$E(X^2) = \frac{1 + 8 + 27 + 64}{10} = 10, \qquad \operatorname{Var}(X) = 10 - 3^2 = 1$$

For $Y = 3X - 2$: $E(Y) = 3(3) - 2 = 7$ and $\operatorname{Var}(Y) = 9 \times 1 = 9$.

### Worked example 2: continuous

$f(x) = kx^2$ for $0 \leq x \leq 3$, and $0$ otherwise. Find $k$, $P(1 < X < 2)$, $E(X)$, $\operatorname{Var}(X)$, the median and the mode.

$$\int_0^3 kx^2\,dx = 9k = 1 \;\Rightarrow\; k = \frac{1}{9}$$

$$P(1 < X < 2) = \frac{1}{9}\left[\frac{x^3}{3}\right]_1^2 = \frac{7}{27}$$

$$E(X) = \frac{1}{9}\int_0^3 x^3\,dx = \frac{81}{36} = 2.25, \qquad E(X^2) = \frac{1}{9}\int_0^3 x^4\,dx = \frac{243}{45} = 5.4$$

$$\operatorname{Var}(X) = 5.4 - 2.25^2 = 0.3375$$

Median: $\frac{m^3}{27} = \frac{1}{2}$, so $m = \frac{3}{\sqrt[3]{2}} \approx 2.38$. Mode: $f$ is increasing on $[0, 3]$, so the mode is 3.

### Common mistakes

- Writing $\operatorname{Var}(aX + b) = a\operatorname{Var}(X) + b$: adding a constant does not change the spread, and the scale factor is squared.
- Forgetting to subtract $[E(X)]^2$, or squaring $E(X)$ inside the sum.
- For a piecewise pdf, integrating over only one piece.
- Taking the mode as the turning point when the maximum is at an end of the domain.

### Exam tips

- Paper 2: the GDC evaluates the integrals, but write each integral with its limits first.
- A pdf given as a graph (a triangle, say) can be handled with areas instead of integrals.
- "Show that $k = \ldots$" needs the integral set equal to 1 and the working shown.`,
  },
];
