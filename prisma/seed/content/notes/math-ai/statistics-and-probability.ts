import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 4, Statistics and probability
// (4.1–4.11 for both levels, 4.12–4.19 HL only). Worked examples are computed and checked.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const statisticsAndProbabilityNotes: TopicNoteInput[] = [
  {
    key: "mathai-note-4-1",
    levels: BOTH,
    topicCode: "4.1",
    body: String.raw`Statistics starts before any calculation: who or what are you studying, how did you choose them, and what kind of data did you get? Exam questions ask you to classify data, name or criticise a sampling method, calculate the numbers for a stratified or quota sample, and test whether a value is an outlier.

### Key ideas

- **Population**: every member of the group you want to know about. **Sample**: the part you actually measure. A sample should be **representative**; a **biased** sample systematically over- or under-represents part of the population.
- **Discrete** data can only take separate values, usually counts (number of siblings, goals). **Continuous** data are measured and can take any value in a range (height, time). Shoe size is discrete even though it measures a length.

### Sampling techniques

| Technique | How it works | Watch out for |
|---|---|---|
| Simple random | every possible sample equally likely (random number generator, names from a hat) | needs a full list of the population |
| Convenience | whoever is easiest to reach | very likely biased |
| Systematic | every $k$th member from a list, random start | biased if the list has a pattern |
| Stratified | population split into groups (strata); random sample from each in proportion to its size | needs stratum sizes |
| Quota | fixed numbers from each group, chosen non-randomly | the choice within groups can be biased |

### Outliers

A value is an **outlier** if it is more than $1.5 \times \text{IQR}$ beyond the quartiles:

$$x < Q_1 - 1.5 \times \text{IQR} \quad \text{or} \quad x > Q_3 + 1.5 \times \text{IQR}$$

Learn this rule. Do not delete an outlier automatically: decide whether it is an error (a height of 17 m) or a genuine extreme value (a very tall player).

### Worked example

**(a)** A school has 480 Year 12 and 720 Year 13 students. A stratified sample of 50 is needed.

$$\text{Year 12: } \frac{480}{1200} \times 50 = 20, \qquad \text{Year 13: } \frac{720}{1200} \times 50 = 30$$

Then choose 20 Year 12 students at random (e.g. random numbers on a list) and 30 Year 13 students likewise.

**(b)** A data set has $Q_1 = 12$ and $Q_3 = 20$. Is 35 an outlier?

$$\text{IQR} = 8, \qquad Q_3 + 1.5 \times 8 = 32$$

$35 > 32$, so yes. The lower fence is $12 - 12 = 0$.

### Common mistakes

- Calling "asking my friends" random: it is convenience sampling.
- Rounding stratum sizes so that they no longer add up to the sample size; adjust and say so.
- Confusing quota (non-random within groups) with stratified (random within groups).

### Exam tips

- "State the sampling technique" wants the name; "explain" or "suggest a reason" wants a sentence about *this* context: "the sample is biased because only people in the library at lunchtime were asked".
- When asked whether a value is an outlier, show both the IQR and the fence calculation, then conclude in words.`,
  },
  {
    key: "mathai-note-4-2",
    levels: BOTH,
    topicCode: "4.2",
    body: String.raw`Raw data become useful once they are organised. This topic covers frequency tables for grouped data, histograms, cumulative frequency graphs (used to estimate the median, quartiles and percentiles) and box-and-whisker plots (used to compare distributions). Questions ask you to complete a table, draw or read a graph, and compare two groups.

### Key ideas

- **Frequency table**: classes such as $10 \le t < 20$ with a frequency for each. For grouped continuous data the classes must not overlap or leave gaps.
- **Histogram** (equal class widths here): bars touching, height $=$ frequency, continuous scale on the $x$-axis.
- **Cumulative frequency**: running total. Plot each cumulative frequency against the **upper boundary** of its class, start at zero at the lower boundary of the first class, and join with a smooth curve or straight segments.
- Reading a cumulative frequency graph with $n$ values: median at $\frac{n}{2}$, $Q_1$ at $\frac{n}{4}$, $Q_3$ at $\frac{3n}{4}$, the 90th percentile at $0.9n$.
- **Box-and-whisker plot**: minimum, $Q_1$, median, $Q_3$, maximum; outliers (4.1) are shown as separate crosses, with the whisker ending at the most extreme non-outlier.

### Worked example

Times (minutes) for 40 students to finish a puzzle:

| Time $t$ | $0 \le t < 10$ | $10 \le t < 20$ | $20 \le t < 30$ | $30 \le t < 40$ | $40 \le t < 50$ |
|---|---|---|---|---|---|
| Frequency | 4 | 9 | 15 | 8 | 4 |
| Cumulative frequency | 4 | 13 | 28 | 36 | 40 |

Plot $(10, 4), (20, 13), (30, 28), (40, 36), (50, 40)$, starting from $(0, 0)$.

- Median: the 20th value lies in $20 \le t < 30$. Joining the points with straight lines gives $20 + \frac{20 - 13}{15} \times 10 \approx 24.7$ minutes.
- $Q_1$ (10th value) $\approx 10 + \frac{10 - 4}{9} \times 10 \approx 16.7$; $Q_3$ (30th value) $\approx 30 + \frac{30 - 28}{8} \times 10 = 32.5$.
- IQR $\approx 32.5 - 16.7 = 15.8$ minutes.

A curve drawn by hand gives slightly different readings; the markscheme accepts a range.

### Comparing distributions

Compare a **measure of centre** (median) and a **measure of spread** (IQR or range), in context: "Group A took longer on average (median 24.7 min against 19 min) and their times were more varied (IQR 15.8 against 9 min)."

### Common mistakes

- Plotting cumulative frequency at the mid-point of each class instead of the upper boundary.
- Reading the median at $\frac{n + 1}{2}$ on a cumulative frequency graph; for grouped data use $\frac{n}{2}$.
- Gaps between histogram bars (that is a bar chart for categories).
- Comparing only averages, with no comment on spread.

### Exam tips

- Draw construction lines on a graph to show where you read values: they earn method marks.
- "How many students took more than 35 minutes?" means read the cumulative frequency at 35 and subtract from the total.
- Box plots drawn on the same scale make comparisons quick; label the five values.`,
  },
  {
    key: "mathai-note-4-3",
    levels: BOTH,
    topicCode: "4.3",
    body: String.raw`A data set is summarised by a **measure of central tendency** (where the middle is) and a **measure of dispersion** (how spread out the values are). On Papers 1 and 2 the GDC does the arithmetic, so questions test whether you can enter data correctly (including grouped data), choose the right measure, and interpret the numbers in context.

### Key ideas

| Central tendency | Dispersion |
|---|---|
| **Mean** $\bar{x} = \frac{\sum f x}{n}$: uses every value, affected by outliers | **Range**: max $-$ min, affected by outliers |
| **Median**: middle value, resistant to outliers | **IQR** $= Q_3 - Q_1$: spread of the middle half, resistant |
| **Mode**: most frequent; **modal class** for grouped data | **Standard deviation** $\sigma$: typical distance from the mean |

- For **grouped data**, use the **mid-interval values** as $x$: the mean and standard deviation are then *estimates*.
- **Variance** is $\sigma^2$.
- Effect of changing the data: adding a constant $k$ to every value adds $k$ to the mean, median and mode but leaves the range, IQR and standard deviation unchanged; multiplying every value by $k$ (with $k > 0$) multiplies all of them by $k$ (and the variance by $k^2$).

### Worked example 1: raw data

Data: 4, 7, 7, 9, 12, 15. From the GDC (one-variable statistics):

$$\bar{x} = 9, \quad \text{median} = 8, \quad \text{mode} = 7, \quad \text{range} = 11, \quad \sigma \approx 3.61$$

With the lower half 4, 7, 7 and upper half 9, 12, 15: $Q_1 = 7$, $Q_3 = 12$, IQR $= 5$.

### Worked example 2: grouped data

The puzzle times from 4.2 have mid-intervals 5, 15, 25, 35, 45 with frequencies 4, 9, 15, 8, 4.

$$\bar{x} \approx \frac{5(4) + 15(9) + 25(15) + 35(8) + 45(4)}{40} = \frac{990}{40} = 24.75 \text{ minutes}$$

Entering mid-intervals as the list and frequencies as the frequency list gives $\sigma \approx 11.1$ minutes.

If every time had 2 minutes added as a penalty, the mean would become 26.75 and $\sigma$ would stay 11.1. If times were converted to seconds, both would be multiplied by 60.

### Which measure?

Use the median and IQR when the data are skewed or have outliers (house prices, incomes); use the mean and standard deviation for roughly symmetric data.

### Common mistakes

- Forgetting to attach the frequency list on the GDC, so it treats the five mid-points as the whole data set.
- Using class boundaries or class widths instead of mid-points.
- Saying the standard deviation changes when a constant is added.
- Giving the sample standard deviation $s_{n-1}$ when the question wants the standard deviation of the data, $\sigma$ (on a TI calculator, σx is the standard deviation of the data and Sx is the sample estimate).

### Exam tips

- Write down what the GDC gives, with labels ($\bar{x} = 24.75$, $\sigma = 11.1$); a bare number can lose the mark if it is wrong.
- "Interpret" the standard deviation in context: "times typically differ from the mean by about 11 minutes".
- Missing frequency problems: set up $\frac{\sum fx}{\sum f} = $ mean and solve for the unknown.`,
  },
  {
    key: "mathai-note-4-4",
    levels: BOTH,
    topicCode: "4.4",
    body: String.raw`Bivariate data pair two measurements for each individual: hours of revision and test score, temperature and ice-cream sales. A **scatter diagram** shows whether they are related, **Pearson's product-moment correlation coefficient** $r$ measures the strength of a *linear* relationship, and the **regression line of $y$ on $x$** is used to predict $y$ from $x$. On the GDC, $r$ and the line come from linear regression; questions test your interpretation.

### Key ideas

- $-1 \le r \le 1$. Values near $+1$: strong positive linear correlation; near $-1$: strong negative; near 0: little or no *linear* correlation (there might still be a curved relationship).
- A rough scale: $\lvert r \rvert > 0.75$ strong, $0.5$–$0.75$ moderate, $0.25$–$0.5$ weak, below $0.25$ very weak. These labels are guidance, not a rule.
- **Correlation does not imply causation**: a third variable may drive both.
- The regression line of $y$ on $x$, $y = ax + b$, minimises the sum of squared vertical distances. It always passes through the mean point $(\bar{x}, \bar{y})$, which you may be asked to plot as a check.
- **Interpolation** (predicting within the range of the data) is reasonable when $r$ is strong; **extrapolation** (outside the range) is unreliable.
- Use the $y$ on $x$ line only to predict $y$ from a given $x$.
- Interpret the coefficients in context: the gradient $a$ is the change in $y$ per unit increase in $x$.

### Worked example

| Hours of revision $x$ | 2 | 4 | 5 | 7 | 8 | 10 |
|---|---|---|---|---|---|---|
| Test score $y$ | 48 | 55 | 61 | 66 | 74 | 80 |

GDC linear regression gives

$$r \approx 0.993, \qquad y = 4.07x + 39.6$$

There is a very strong positive linear correlation. The gradient means each extra hour of revision is associated with about 4.1 more marks.

Predicted score for 6 hours: $y = 4.0714(6) + 39.571 \approx 64.0$. This is interpolation (6 lies between 2 and 10) with a strong $r$, so it is reliable. A prediction for 25 hours would give about 141, an impossible score: extrapolation.

### Common mistakes

- Saying $r = 0.993$ "proves" revision causes higher scores.
- Using the rounded equation for predictions and then getting a slightly different answer: use the stored coefficients.
- Rearranging the $y$ on $x$ line to predict $x$ from $y$.
- Interpreting the intercept when $x = 0$ is outside the data.

### Exam tips

- "Describe the correlation" earns marks for direction **and** strength, both in words.
- Write the line with coefficients to 3 significant figures and state what $x$ and $y$ represent.
- When asked whether a prediction is reliable, give two reasons: the strength of $r$ and whether the value lies within the data range.`,
  },
  {
    key: "mathai-note-4-5",
    levels: BOTH,
    topicCode: "4.5",
    body: String.raw`Probability measures how likely something is, on a scale from 0 (impossible) to 1 (certain). This topic sets up the language: trials, outcomes, events and sample spaces, theoretical and experimental probability, and **expected occurrences**. Questions ask you to list or draw a sample space, calculate probabilities from it, and predict how many times something will happen.

### Key vocabulary

| Term | Meaning |
|---|---|
| Trial | one repetition of an experiment (one roll of a die) |
| Outcome | a possible result of a trial (a 4) |
| Sample space $U$ | the set of all possible outcomes |
| Event $A$ | a set of outcomes ("an even number") |
| Complement $A'$ | all outcomes not in $A$ |

### Key formulae (in the formula booklet)

For equally likely outcomes:

$$P(A) = \frac{n(A)}{n(U)}, \qquad P(A') = 1 - P(A)$$

**Expected number of occurrences** of $A$ in $n$ trials: $n \times P(A)$. It need not be a whole number: it is a long-run average.

### Theoretical and experimental probability

- **Theoretical**: from symmetry or a model (a fair coin has $P(\text{head}) = 0.5$).
- **Experimental** (relative frequency): $\frac{\text{number of times } A \text{ happened}}{\text{number of trials}}$. It gets closer to the true probability as the number of trials increases; use it when there is no model (the probability that a drawing pin lands point up).

### Worked example

Two fair six-sided dice are rolled and the scores added. The sample space is a $6 \times 6$ grid of 36 equally likely outcomes.

The sum is 7 for $(1, 6), (2, 5), (3, 4), (4, 3), (5, 2), (6, 1)$:

$$P(\text{sum} = 7) = \frac{6}{36} = \frac{1}{6}$$

Expected number of 7s in 180 rolls: $180 \times \frac{1}{6} = 30$.

$P(\text{sum} \ge 4) = 1 - P(\text{sum} \le 3) = 1 - \frac{3}{36} = \frac{11}{12}$, using the complement (sums 2 and 3 come from $(1, 1), (1, 2), (2, 1)$).

A student rolls a dice 200 times and gets 52 sixes. The experimental probability of a six is $\frac{52}{200} = 0.26$, well above the expected $\frac{1}{6} \approx 0.167$: evidence (not proof) that the dice may be biased.

### Common mistakes

- Listing $(3, 4)$ and $(4, 3)$ as one outcome: on two distinguishable dice they are different.
- Adding probabilities that are not for separate outcomes.
- Rounding an expected value to a whole number when the question did not ask for it.

### Exam tips

- A sample space diagram (grid) is quick and earns marks; use it whenever two things happen together.
- "At least one" questions are usually easiest through the complement.
- Leave probabilities as exact fractions or decimals to 3 significant figures; never as percentages unless asked.`,
  },
  {
    key: "mathai-note-4-6",
    levels: BOTH,
    topicCode: "4.6",
    body: String.raw`Venn diagrams and tree diagrams organise probabilities of two or more events. This topic covers combined events ($A \cup B$, $A \cap B$), mutually exclusive and independent events, and **conditional probability** ("given that"). Questions give information in words or tables and ask you to draw the diagram, find probabilities, and test for independence.

### Key formulae (in the formula booklet)

$$P(A \cup B) = P(A) + P(B) - P(A \cap B)$$

$$P(A \mid B) = \frac{P(A \cap B)}{P(B)}$$

- **Mutually exclusive**: cannot both happen, $P(A \cap B) = 0$, so $P(A \cup B) = P(A) + P(B)$.
- **Independent**: one does not affect the other, $P(A \cap B) = P(A)P(B)$, equivalently $P(A \mid B) = P(A)$.
- Mutually exclusive and independent are different ideas; events with non-zero probabilities cannot be both.

### Venn diagram example

In a class of 30, 18 play football ($F$), 12 play tennis ($T$) and 5 play both. Fill in the middle first: $F$ only $= 13$, $T$ only $= 7$, neither $= 30 - 25 = 5$.

$$P(F \mid T) = \frac{5}{12}, \qquad P(F \cup T) = \frac{25}{30} = \frac{5}{6}$$

Independence test: $P(F)P(T) = 0.6 \times 0.4 = 0.24$ but $P(F \cap T) = \frac{5}{30} \approx 0.167$. They differ, so $F$ and $T$ are **not** independent.

### Tree diagram example

A condition affects 2% of a population. A test is positive for 95% of people with the condition and for 10% of people without it. Find the probability that a person who tests positive has the condition.

Multiply along branches, add between branches:

$$P(\text{positive}) = 0.02 \times 0.95 + 0.98 \times 0.10 = 0.019 + 0.098 = 0.117$$

$$P(\text{condition} \mid \text{positive}) = \frac{0.019}{0.117} \approx 0.162$$

Only about 16% of positive results are true positives, because the condition is rare. This kind of interpretation is often the last part of a question.

### Sampling without replacement

When items are not replaced, the second-stage probabilities change: from 5 red and 3 blue counters, $P(\text{two red}) = \frac{5}{8} \times \frac{4}{7} = \frac{5}{14}$.

### Common mistakes

- Putting 18 in the football-only region instead of $18 - 5 = 13$.
- Dividing by the wrong total in a conditional probability: "given $T$" means the denominator is $P(T)$ (or 12 people).
- Assuming independence without checking.
- Tree branches from one point not adding to 1.

### Exam tips

- To "show that" events are (not) independent, calculate both sides of $P(A \cap B) = P(A)P(B)$ and state the conclusion.
- Two-way tables work like Venn diagrams: for a conditional probability, restrict to the relevant row or column.
- Label each branch of a tree with its event and probability; the layout itself often earns a mark.`,
  },
  {
    key: "mathai-note-4-7",
    levels: BOTH,
    topicCode: "4.7",
    body: String.raw`A **discrete random variable** $X$ takes separate numerical values, each with a probability: the number of heads in three tosses, a prize in a game. Its **probability distribution** lists every value with its probability, in a table or as a formula. Questions ask you to find an unknown probability, calculate the **expected value** $E(X)$, and decide whether a game is fair.

### Key ideas

- Every probability is between 0 and 1, and they add up to 1: $\sum P(X = x) = 1$.
- **Expected value** (in the formula booklet): $E(X) = \sum x\, P(X = x)$. It is the long-run mean of $X$ over many trials, not necessarily a value $X$ can take.
- A game is **fair** if the expected gain (winnings minus the cost to play) is zero.
- Probabilities such as $P(X \ge 2)$ come from adding the relevant entries of the table.

### Worked example 1

| $x$ | 0 | 1 | 2 | 3 |
|---|---|---|---|---|
| $P(X = x)$ | $0.1$ | $k$ | $0.3$ | $2k$ |

**Find $k$.** $0.1 + k + 0.3 + 2k = 1 \Rightarrow 3k = 0.6 \Rightarrow k = 0.2$.

**Find $E(X)$.**

$$E(X) = 0(0.1) + 1(0.2) + 2(0.3) + 3(0.4) = 0 + 0.2 + 0.6 + 1.2 = 2$$

**Find $P(X \ge 2)$.** $0.3 + 0.4 = 0.7$.

### Worked example 2: a fair game?

It costs €2 to roll a fair die. A 6 wins €6, a 4 or 5 wins €3, anything else wins nothing. Let $W$ be the prize:

$$E(W) = 6 \times \frac{1}{6} + 3 \times \frac{2}{6} + 0 \times \frac{3}{6} = 1 + 1 = 2$$

The expected prize equals the cost, so the expected gain is $2 - 2 = 0$ and the game is fair. If the 6 paid €5 instead, the expected gain would be about $-0.17$ euro per game: the player would lose in the long run.

### Probabilities given by a formula

If $P(X = x) = \frac{x}{10}$ for $x = 1, 2, 3, 4$, make the table: $0.1, 0.2, 0.3, 0.4$, which add to 1, so it is a valid distribution, and $E(X) = 0.1 + 0.4 + 0.9 + 1.6 = 3$.

### Common mistakes

- Forgetting the cost to play when deciding fairness, or subtracting it twice (once from each prize and again at the end).
- Rounding $E(X)$ to a whole number "because $X$ is discrete".
- Not checking that probabilities found with an unknown are between 0 and 1 (a quadratic in $k$ can give an impossible root).

### Exam tips

- Start by writing the table: it organises the question and earns a mark on its own.
- Interpret $E(X)$ in context: "on average the stall makes 17 cents per game" means over many games.
- On the GDC, put values in one list and probabilities in another and use one-variable statistics: $\bar{x}$ is $E(X)$.`,
  },
  {
    key: "mathai-note-4-8",
    levels: BOTH,
    topicCode: "4.8",
    body: String.raw`The **binomial distribution** models the number of successes in a fixed number of independent trials, each with the same probability of success: the number of faulty bulbs in a box of 20, the number of correct guesses on a multiple-choice test. Write $X \sim B(n, p)$. Questions ask you to justify the model, calculate probabilities with the GDC, and find the mean and variance.

### Conditions for $X \sim B(n, p)$

1. A fixed number of trials $n$.
2. Each trial has two outcomes: success or failure.
3. The probability of success $p$ is the same for every trial.
4. The trials are independent.

### Key formulae (in the formula booklet)

$$E(X) = np, \qquad \operatorname{Var}(X) = np(1 - p)$$

Probabilities come from the GDC:

- $P(X = k)$: binomial pdf.
- $P(X \le k)$: binomial cdf.
- $P(X \ge k) = 1 - P(X \le k - 1)$, and $P(a \le X \le b) = P(X \le b) - P(X \le a - 1)$.

### Worked example

30% of customers at a café order a cold drink. A random sample of 20 customers is taken. Let $X$ be the number who order a cold drink, so $X \sim B(20, 0.3)$.

$$P(X = 5) \approx 0.179, \qquad P(X \le 4) \approx 0.238$$

$$P(X \ge 8) = 1 - P(X \le 7) \approx 1 - 0.772 = 0.228$$

$$E(X) = 20 \times 0.3 = 6, \qquad \operatorname{Var}(X) = 20 \times 0.3 \times 0.7 = 4.2$$

So on average 6 of the 20 order a cold drink, with standard deviation $\sqrt{4.2} \approx 2.05$.

### Building on the binomial

Questions often combine it with other topics: "the café is open on 5 days; find the probability that on at least 3 days more than 7 customers order a cold drink" needs a second binomial, $Y \sim B(5, 0.228)$.

### Common mistakes

- "More than 7" means $X \ge 8$, and "at least 8" means $X \ge 8$ as well; "fewer than 8" means $X \le 7$. Translate before using the cdf.
- Computing $P(X \ge 8)$ as $1 - P(X \le 8)$.
- Using the binomial when the trials are not independent, e.g. sampling without replacement from a small population.
- Forgetting that the variance is $np(1 - p)$, not $np$; the standard deviation is its square root.

### Exam tips

- Define the variable and the distribution in words and symbols: "Let $X$ be the number of customers who order a cold drink; $X \sim B(20, 0.3)$". This line earns a mark.
- Write the probability statement you are calculating, e.g. $P(X \ge 8) = 1 - P(X \le 7)$, before the GDC answer.
- To "state an assumption", name a condition in context: "whether one customer orders a cold drink is independent of the others".`,
  },
  {
    key: "mathai-note-4-9",
    levels: BOTH,
    topicCode: "4.9",
    body: String.raw`The **normal distribution** models continuous data that cluster symmetrically around a mean: heights, masses, measurement errors. Write $X \sim N(\mu, \sigma^2)$. Its bell-shaped curve is symmetric about $\mu$, and the area under the curve between two values is the probability. Questions ask you to find probabilities, to find a value from a probability (the inverse problem), and to use the symmetry of the curve.

### Key ideas

- Mean $=$ median $=$ mode $= \mu$; the curve is symmetric about $x = \mu$ and the total area is 1.
- About 68% of values lie within 1 standard deviation of $\mu$, 95% within 2, and 99.7% within 3.
- For a continuous variable $P(X = a) = 0$, so $P(X < a) = P(X \le a)$.
- GDC: **normal cdf** with lower bound, upper bound, $\mu$, $\sigma$ gives a probability; **inverse normal** with area (to the left), $\mu$, $\sigma$ gives the value.
- Note that the second parameter in $N(\mu, \sigma^2)$ is the **variance**; the GDC wants the standard deviation $\sigma$.

### Worked example

The lengths of fish of one species are $X \sim N(50, 8^2)$ cm: mean 50 cm, standard deviation 8 cm.

**(a)** $P(X < 60) \approx 0.894$ (lower bound: a very large negative number).

**(b)** $P(45 < X < 55) \approx 0.468$.

**(c)** Find $k$ such that $P(X < k) = 0.9$. Inverse normal with area 0.9: $k \approx 60.3$.

**(d)** Expected number of fish out of 500 with $45 < X < 55$: $500 \times 0.468 \approx 234$.

### Sketch first

A quick sketch of the curve with the mean marked and the required region shaded catches most errors: if you want $P(X > 60)$ and get 0.894, the sketch tells you it should be small ($1 - 0.894 = 0.106$).

### Inverse problems with "greater than"

If $P(X > k) = 0.2$, the area to the *left* of $k$ is 0.8; enter 0.8 in inverse normal (or use the "right tail" option if your GDC has one).

### Common mistakes

- Entering the variance ($64$) where the GDC wants the standard deviation ($8$).
- Entering 0.2 instead of 0.8 in inverse normal for a "greater than" question.
- Treating "at least 45 cm" differently from "more than 45 cm": for continuous data they give the same probability.

### Exam tips

- Write the probability statement before the answer, e.g. "$P(X < 60) = 0.894$": without it, a wrong number scores nothing.
- Give probabilities to 3 significant figures.
- "Show that" a probability is a given value: write it to more figures than shown (0.8944).
- If a question leaves $\mu$ or $\sigma$ unknown, standardise with $z = \frac{x - \mu}{\sigma}$ and use inverse normal on $N(0, 1)$ to get $z$.`,
  },
  {
    key: "mathai-note-4-10",
    levels: BOTH,
    topicCode: "4.10",
    body: String.raw`**Spearman's rank correlation coefficient** $r_s$ measures how well the relationship between two variables can be described by a **monotonic** function: as one goes up, does the other consistently go up (or down), even if not in a straight line? It works on **ranks**, so it suits data that are already ranked (judges' placings), data with outliers, and curved but consistent relationships. Questions ask you to rank data, find $r_s$ and interpret it, often alongside Pearson's $r$.

### Key ideas

- Rank each variable separately (1 for the smallest, or 1 for the largest: be consistent within each variable).
- **Tied values** get the mean of the ranks they would occupy: two values tied for 3rd and 4th both get 3.5.
- $r_s$ is Pearson's $r$ calculated on the ranks: on the GDC, enter the two lists of ranks and run linear regression (or the correlation function).
- $-1 \le r_s \le 1$: $r_s = 1$ means the rankings agree perfectly; $r_s = -1$ means they are exactly reversed; near 0, no monotonic relationship.
- Because it uses only order, $r_s$ is not distorted by extreme values.

### Worked example

Six students' weekly hours of exercise and their test scores:

| Student | A | B | C | D | E | F |
|---|---|---|---|---|---|---|
| Hours of exercise $x$ | 12 | 15 | 9 | 20 | 17 | 11 |
| Score $y$ | 30 | 41 | 28 | 38 | 45 | 25 |
| Rank of $x$ | 3 | 4 | 1 | 6 | 5 | 2 |
| Rank of $y$ | 3 | 5 | 2 | 4 | 6 | 1 |

Ranking each variable from the smallest and entering the two rank lists in the GDC gives

$$r_s \approx 0.771$$

There is a fairly strong positive association: students who exercise more tend to score higher, although the ranks do not agree perfectly (D has the most exercise but only the third-highest score).

### Spearman or Pearson?

| Use Pearson's $r$ when | Use Spearman's $r_s$ when |
|---|---|
| the relationship looks linear | the relationship is monotonic but curved |
| both variables are measured on a scale | data are ranks or orders of preference |
| there are no strong outliers | outliers would distort $r$ |

If $r_s = 1$ but $r$ is clearly less than 1, the data increase consistently but not along a straight line.

### Common mistakes

- Ranking the two variables in opposite directions (one from smallest, one from largest), which flips the sign.
- Giving tied values different ranks.
- Entering the raw data instead of the ranks in the GDC.
- Saying $r_s$ measures a *linear* relationship.

### Exam tips

- Show the rank table; it usually carries a mark.
- "Interpret" wants direction and strength in context, and one sentence of meaning.
- When both coefficients are given, "compare" or "explain the difference" usually expects the monotonic-versus-linear point.`,
  },
  {
    key: "mathai-note-4-11",
    levels: BOTH,
    topicCode: "4.11",
    body: String.raw`A **hypothesis test** uses sample data to decide between two statements about a population. In this course you carry out three tests on the GDC: the $\chi^2$ test for **independence** (are two categorical variables related?), the $\chi^2$ **goodness of fit** test (do data follow a given distribution?), and the **$t$-test** (do two populations have different means?). Marks go to correctly stated hypotheses, degrees of freedom, the GDC output, and a conclusion in context.

### The structure of every test

1. $H_0$ (null hypothesis): no effect, no association, no difference. $H_1$ (alternative): what you are looking for.
2. Choose a **significance level**, e.g. 5%.
3. Find the test statistic and the **$p$-value** with the GDC.
4. If $p <$ significance level (or statistic $>$ critical value), **reject $H_0$**; otherwise **do not reject** $H_0$.
5. Conclude in context.

### $\chi^2$ tests

- The statistic (in the formula booklet) is $\chi^2_{\text{calc}} = \sum \frac{(f_o - f_e)^2}{f_e}$.
- Independence: expected frequency $= \frac{\text{row total} \times \text{column total}}{\text{grand total}}$; degrees of freedom $= (r - 1)(c - 1)$.
- Goodness of fit: expected frequencies from the claimed distribution; degrees of freedom $=$ number of categories $- 1$.
- Every expected frequency should be at least 5; if not, combine categories (and recount the degrees of freedom).

### Worked example: independence

150 students were asked their preferred lunch option.

| | Option A | Option B | Option C | Total |
|---|---|---|---|---|
| Year 12 | 30 | 32 | 18 | 80 |
| Year 13 | 20 | 18 | 32 | 70 |
| Total | 50 | 50 | 50 | 150 |

$H_0$: lunch preference is independent of year group. $H_1$: it is not independent. Expected Year 12, option A: $\frac{80 \times 50}{150} \approx 26.7$ (all expected values are 26.7 or 23.3, all at least 5). The GDC gives

$$\chi^2_{\text{calc}} \approx 9.21, \qquad \nu = (2 - 1)(3 - 1) = 2, \qquad p \approx 0.00998$$

$0.00998 < 0.05$ (and $9.21 >$ the critical value $5.991$), so reject $H_0$: at the 5% level there is evidence that preference depends on year group.

### The $t$-test

Compares the means of two populations using samples, assuming both are normal. Use the **pooled** two-sample $t$-test on the GDC. $H_0: \mu_1 = \mu_2$; $H_1: \mu_1 \ne \mu_2$ (two-tailed) or $\mu_1 > \mu_2$ (one-tailed). Example: two fertilisers give plant heights 12.1, 13.4, 11.8, 14.2, 12.9, 13.6 and 11.2, 12.0, 10.9, 12.5, 11.7, 11.4 cm. Testing $H_1: \mu_1 > \mu_2$ gives $t \approx 3.12$, $p \approx 0.0054 < 0.05$: evidence that the first fertiliser gives taller plants on average.

### Common mistakes

- Writing "accept $H_0$": say "do not reject", because failing to find evidence is not proof.
- Hypotheses about the sample rather than the population.
- Wrong degrees of freedom, especially after merging categories.

### Exam tips

- Write $H_0$ and $H_1$ in words in context.
- Quote the $p$-value, compare it with the significance level explicitly, then conclude.`,
  },
  {
    key: "mathai-note-4-12",
    levels: HL,
    topicCode: "4.12",
    body: String.raw`Good statistics needs good data. This topic is about designing how data are collected (surveys, questionnaires, experiments), choosing which variables and data to analyse, organising numerical data into categories for a $\chi^2$ test, and judging whether a measurement is **reliable** and **valid**. Questions are often short and in words ("suggest", "explain", "justify"), and the ideas matter for the internal assessment too.

### Designing data collection

- **Questions** should be clear, neutral (not leading: "Don't you agree that…?"), about one thing at a time, and with answer options that cover every case without overlapping (e.g. 0–2, 3–5, 6 or more hours).
- **Pilot** a questionnaire on a few people first to find confusing questions.
- **Select relevant variables**: from a large data set, choose the variables that answer the question, and think about what could confound the result.
- **Choose appropriate data**: enough of it, from a suitable sample (4.1), and of the right type for the test you plan (categories for $\chi^2$, measurements for a $t$-test).

### Categorising numerical data for $\chi^2$

Group numerical data into classes so that every **expected** frequency is at least 5; merge neighbouring classes if not. Justify your choice: "classes were combined so that all expected frequencies exceed 5".

### Degrees of freedom in goodness of fit tests

Each parameter estimated from the data costs one degree of freedom:

$$\nu = (\text{number of classes after merging}) - 1 - (\text{number of parameters estimated})$$

| Fitted model | Parameters estimated from data | $\nu$ with $k$ classes |
|---|---|---|
| Given distribution (all values known) | none | $k - 1$ |
| Poisson, mean from the data | $m$ | $k - 2$ |
| Binomial, $p$ from the data | $p$ | $k - 2$ |
| Normal, mean and s.d. from the data | $\mu$, $\sigma$ | $k - 3$ |

### Worked example

A biologist records the number of snails in 120 quadrats and tests whether a Poisson model fits, using the sample mean as $m$. The classes 0, 1, 2, 3, 4, 5, 6+ give expected frequencies, but those for 5 and 6+ are below 5, so they are merged into "5 or more". That leaves 6 classes, so

$$\nu = 6 - 1 - 1 = 4$$

Had the mean been given by a theory rather than estimated from the data, $\nu$ would be 5.

### Reliability and validity

- **Reliability**: does the method give consistent results? Tests: **test–retest** (same people, same test, later; a strong correlation between the two sets of scores shows reliability) and **parallel forms** (two equivalent versions of the test given to the same people; compare the results).
- **Validity**: does it measure what it claims to? **Content validity**: the questions cover the whole of what is being measured. **Criterion-related validity**: the results agree with an established measure or a later outcome (a fitness test that predicts race times).

A bathroom scale that always reads 2 kg too heavy is reliable but not valid.

### Exam tips

- "Justify" the number of degrees of freedom by naming each subtraction.
- When asked to improve a questionnaire, rewrite the faulty question rather than only criticising it.
- Keep reliability (consistency) and validity (accuracy of what is measured) distinct in your answers.`,
  },
  {
    key: "mathai-note-4-13",
    levels: HL,
    topicCode: "4.13",
    body: String.raw`Not every relationship is a straight line. **Non-linear regression** fits quadratic, cubic, exponential, power or sinusoidal models to data with the GDC, and the **coefficient of determination** $R^2$ measures how much of the variation in $y$ a model explains. Questions ask you to fit a named model, write its equation, use it to predict, and compare models.

### Key ideas

- GDC regressions: quadratic $y = ax^2 + bx + c$, cubic, exponential $y = ab^x$ (or $ae^{kx}$), power $y = ax^b$, sine $y = a\sin(bx + c) + d$.
- **Residual** for a point: $y - \hat{y}$ (observed minus predicted). The least-squares model minimises the **sum of squared residuals**

$$SS_{\text{res}} = \sum (y_i - \hat{y}_i)^2$$

- **Coefficient of determination**: the proportion of the variation in $y$ explained by the model,

$$R^2 = 1 - \frac{SS_{\text{res}}}{\sum (y_i - \bar{y})^2}, \qquad 0 \le R^2 \le 1$$

- For a linear model, $R^2 = r^2$ (the square of Pearson's $r$).
- A model with more parameters (cubic versus quadratic) never fits worse on the same data, so a tiny increase in $R^2$ does not justify a more complicated model. Choose a model that also makes sense in context.

### Worked example

| $x$ | 1 | 2 | 3 | 4 | 5 | 6 |
|---|---|---|---|---|---|---|
| $y$ | 3.1 | 4.8 | 8.2 | 13.9 | 21.5 | 31.0 |

**Linear**: $y = 5.58x - 5.78$, $R^2 \approx 0.936$, $SS_{\text{res}} \approx 37.1$.

**Quadratic**: $y = 0.996x^2 - 1.40x + 3.52$, $R^2 \approx 0.99996$, $SS_{\text{res}} \approx 0.0209$.

The quadratic explains almost all the variation (and its residuals show no pattern), so it is the better model. A cubic raises $R^2$ only in the sixth decimal place: not worth an extra parameter.

Prediction at $x = 7$ with the quadratic: $y \approx 42.6$. This is a mild extrapolation, so treat it with some caution.

### Choosing a model from context

- Growth by a constant *percentage* (population, investment): exponential.
- Area or volume against length: power.
- Projectile heights, profit against price: quadratic.
- Tides, temperatures over a year: sinusoidal.

### Common mistakes

- Choosing the model with the highest $R^2$ without thinking: a cubic may predict negative sales next year.
- Reading $R^2$ as the correlation coefficient; for non-linear models there is no $r$ to quote.
- Rounding the coefficients before making predictions.

### Exam tips

- Write the model with coefficients to 3 significant figures and the $R^2$ value the GDC gives (turn on diagnostics on a TI).
- "Justify" a choice of model with two reasons: a higher $R^2$ and a sensible shape or behaviour in context.
- Interpret $R^2$ as a percentage: "about 99.996% of the variation in $y$ is explained by the quadratic model".`,
  },
  {
    key: "mathai-note-4-14",
    levels: HL,
    topicCode: "4.14",
    body: String.raw`Random variables can be scaled, shifted and added: converting temperatures, the total mass of six apples, the difference between two people's times. This topic gives the rules for the mean and variance of such combinations, and introduces **unbiased estimators**: sample statistics whose long-run average equals the population parameter they estimate.

### Key formulae (in the formula booklet)

Linear transformation of one variable:

$$E(aX + b) = aE(X) + b, \qquad \operatorname{Var}(aX + b) = a^2\operatorname{Var}(X)$$

Linear combination of **independent** variables:

$$E(a_1X_1 \pm a_2X_2) = a_1E(X_1) \pm a_2E(X_2), \qquad \operatorname{Var}(a_1X_1 \pm a_2X_2) = a_1^2\operatorname{Var}(X_1) + a_2^2\operatorname{Var}(X_2)$$

- Variances **always add**, even for a difference.
- Adding a constant does not change the variance.
- A linear combination of independent normal variables is normal.

### $X_1 + X_2$ is not $2X$

$X_1 + X_2$ is the total of two separate observations; $2X$ is one observation doubled. Both have mean $2\mu$, but $\operatorname{Var}(X_1 + X_2) = 2\sigma^2$ while $\operatorname{Var}(2X) = 4\sigma^2$.

### Worked example 1

$E(X) = 5$, $\operatorname{Var}(X) = 4$. Then $E(3X - 2) = 13$ and $\operatorname{Var}(3X - 2) = 9 \times 4 = 36$, so the standard deviation is 6.

### Worked example 2

Apple masses are $X \sim N(150, 10^2)$ grams, independently. A bag holds 6 apples; let $T = X_1 + \dots + X_6$.

$$E(T) = 900, \qquad \operatorname{Var}(T) = 6 \times 100 = 600, \qquad T \sim N(900, 600)$$

$$P(T > 920) \approx 0.207 \quad (\text{s.d.} = \sqrt{600} \approx 24.5)$$

Using $6X$ by mistake would give variance 3600: far too spread out.

### Unbiased estimators

- $\bar{x}$ is an unbiased estimate of the population mean $\mu$.
- $s_{n-1}^2 = \frac{n}{n - 1}s_n^2$ is an unbiased estimate of the population variance $\sigma^2$ (in the formula booklet), where $s_n$ is the standard deviation of the sample data. Dividing by $n$ would tend to underestimate $\sigma^2$.

**Example**: a sample of 10 has $s_n = 2.4$. The unbiased estimate of the population variance is

$$s_{n-1}^2 = \frac{10}{9} \times 2.4^2 = \frac{10}{9} \times 5.76 = 6.4$$

On a TI calculator, Sx is $s_{n-1}$ and σx is $s_n$.

### Common mistakes

- Subtracting variances for $X - Y$.
- Using $a$ instead of $a^2$ in the variance.
- Treating the total of $n$ items as $nX$.
- Quoting $s_n$ when the question asks for an unbiased estimate.

### Exam tips

- Define the new variable ($T = X_1 + \dots + X_6$, or $D = X - Y$) and state its distribution with mean and variance before calculating a probability.
- "The difference is more than 5" means $P(\lvert D \rvert > 5)$: both tails.
- State independence as an assumption when you add variances.`,
  },
  {
    key: "mathai-note-4-15",
    levels: HL,
    topicCode: "4.15",
    body: String.raw`The **central limit theorem** (CLT) explains why the normal distribution appears everywhere: the mean of a large enough random sample is approximately normally distributed, *whatever* the shape of the population. Questions ask you to state the distribution of a sample mean (or a sample total), use it to find probabilities, and explain when the theorem applies.

### Key ideas

For a random sample of size $n$ from a population with mean $\mu$ and variance $\sigma^2$:

$$\bar{X} \sim N\left(\mu, \frac{\sigma^2}{n}\right) \quad \text{approximately, for large } n$$

- "Large" is usually taken as $n \ge 30$.
- If the population itself is normal, $\bar{X}$ is **exactly** normal for every $n$; the CLT is needed only for non-normal populations.
- The standard deviation of $\bar{X}$ is $\frac{\sigma}{\sqrt{n}}$ (the **standard error**): larger samples give sample means that cluster more tightly around $\mu$.
- Equivalently, the sample total $\sum X_i \sim N(n\mu, n\sigma^2)$ approximately.
- The mean of $\bar{X}$ is $\mu$: the sample mean is an unbiased estimator (4.14).

### Worked example

The time customers spend in a shop has mean 40 minutes and standard deviation 12 minutes; the distribution is skewed. A random sample of 36 customers is taken. Find the probability that their mean time exceeds 43 minutes.

The population is not normal, but $n = 36 \ge 30$, so by the CLT

$$\bar{X} \sim N\left(40, \frac{12^2}{36}\right) = N(40, 2^2) \quad \text{approximately}$$

$$P(\bar{X} > 43) \approx 0.0668$$

Similarly $P(\bar{X} < 38) \approx 0.159$. For a *single* customer we could not find $P(X > 43)$ this way, because the individual times are not normal.

### Why it matters

- It justifies the confidence intervals of 4.16 and the tests for a mean in 4.18 even when the population is not known to be normal.
- It explains why averages are more reliable than single measurements: quadrupling $n$ halves the standard error.

### Common mistakes

- Using $\sigma$ instead of $\frac{\sigma}{\sqrt{n}}$ for the standard deviation of $\bar{X}$.
- Entering the variance $\frac{\sigma^2}{n} = 4$ into the GDC where it wants the standard deviation 2.
- Applying the CLT to a small sample from a non-normal population.
- Saying the CLT makes the *population* normal: it is the distribution of the sample mean that becomes normal.

### Exam tips

- "State the distribution of $\bar{X}$" needs three things: normal, the mean, the variance (with "approximately" if the CLT is used).
- "Explain why the CLT is needed" or "can be used": the population is not (known to be) normal, and the sample is large.
- Write $\bar{X} \sim N(\dots)$ before the probability: it earns its own mark.`,
  },
  {
    key: "mathai-note-4-16",
    levels: HL,
    topicCode: "4.16",
    body: String.raw`A single number such as $\bar{x} = 23.4$ estimates the population mean but says nothing about its precision. A **confidence interval** gives a range of plausible values for the mean $\mu$ of a normal population. The GDC computes it; exam questions test which interval to use (z or t), how to interpret it, and how the width depends on the sample size and the confidence level.

### Which interval?

| Situation | Interval | GDC |
|---|---|---|
| Population standard deviation $\sigma$ known | $\bar{x} \pm z\frac{\sigma}{\sqrt{n}}$ | z-interval |
| $\sigma$ unknown, estimated by $s_{n-1}$ | $\bar{x} \pm t\frac{s_{n-1}}{\sqrt{n}}$, $\nu = n - 1$ | t-interval |

For 95% confidence, $z = 1.96$; the $t$ value is larger and depends on $\nu$ (for $\nu = 11$, $t \approx 2.201$).

### Worked example 1 (σ known)

A machine fills bottles with volumes that are normal with $\sigma = 5$ ml. A sample of 25 has mean 72.4 ml. The 95% confidence interval is

$$72.4 \pm 1.96 \times \frac{5}{\sqrt{25}} = 72.4 \pm 1.96 \;\Rightarrow\; (70.4, 74.4)$$

### Worked example 2 (σ unknown)

A sample of 12 plants from a normal population has $\bar{x} = 23.4$ cm and $s_{n-1} = 3.1$ cm.

$$23.4 \pm 2.201 \times \frac{3.1}{\sqrt{12}} = 23.4 \pm 1.97 \;\Rightarrow\; (21.4, 25.4)$$

### Interpretation

"If many samples of this size were taken and a 95% interval built from each, about 95% of the intervals would contain the true mean $\mu$." The interval is random; $\mu$ is fixed. Avoid saying "there is a 95% probability that $\mu$ lies in (21.4, 25.4)".

An interval can test a claim: a claimed mean of 26 cm lies outside (21.4, 25.4), so the data do not support it at this level; a claim of 24 cm is consistent with the data.

### Width

Width $= 2 \times (\text{critical value}) \times \frac{\sigma}{\sqrt{n}}$, so:

- Higher confidence (99% instead of 95%): wider interval.
- Larger sample: narrower interval. To halve the width, multiply $n$ by 4.
- Given an interval, its midpoint is $\bar{x}$ and half its width is the margin of error.

### Common mistakes

- Using a z-interval with $s_{n-1}$ when $\sigma$ is unknown.
- Entering $s_n$ instead of $s_{n-1}$ (on a TI the t-interval from raw data uses Sx automatically).
- Rounding the interval ends inward or outward carelessly; give 3 significant figures.

### Exam tips

- Say which interval you used and why ("$\sigma$ unknown, so t-interval with 11 degrees of freedom").
- "Find the minimum sample size" for a given width: set the half-width $\le$ the target and solve for $n$, then round **up**.`,
  },
  {
    key: "mathai-note-4-17",
    levels: HL,
    topicCode: "4.17",
    body: String.raw`The **Poisson distribution** models the number of times an event happens in a fixed interval of time or space, when events occur at random at a constant average rate: calls to a helpline per hour, typing errors per page, bacteria per millilitre. Write $X \sim \text{Po}(m)$, where $m$ is the mean number of events in the interval. Questions ask you to justify the model, scale the rate to a new interval, and calculate probabilities on the GDC.

### Conditions

Events occur **singly**, **independently** of each other, **at random**, and at a **constant average rate**. In context: "calls arrive independently and at a constant average rate".

### Key facts

$$P(X = x) = \frac{m^x e^{-m}}{x!}, \qquad E(X) = m, \qquad \operatorname{Var}(X) = m$$

The mean and variance are in the formula booklet; the GDC handles the probabilities, but knowing the formula lets you check an answer such as $P(X = 0) = e^{-m}$.

- **Mean equals variance.** A data set whose mean and variance are close supports a Poisson model; a variance much larger than the mean suggests it is unsuitable.
- **Scale the rate** with the interval: 3.2 per hour is 1.6 per half hour.
- The **sum** of independent Poisson variables is Poisson: $X \sim \text{Po}(m_1)$, $Y \sim \text{Po}(m_2)$ give $X + Y \sim \text{Po}(m_1 + m_2)$.
- GDC: Poisson pdf for $P(X = x)$, Poisson cdf for $P(X \le x)$.

### Worked example

A helpline receives calls at an average rate of 3.2 per hour. Let $X$ be the number in one hour, $X \sim \text{Po}(3.2)$.

**(a)** $P(X = 5) \approx 0.114$.

**(b)** $P(\text{no calls in an hour}) = e^{-3.2} \approx 0.0408$.

**(c)** In a 30-minute period, $Y \sim \text{Po}(1.6)$, and

$$P(Y \ge 2) = 1 - P(Y \le 1) \approx 0.475$$

**(d)** A second, independent line receives calls at 1.8 per hour. The total in one hour is $T \sim \text{Po}(3.2 + 1.8) = \text{Po}(5)$, and $P(T \le 3) \approx 0.265$.

### Combining with other distributions

"Find the probability that in at least 4 of the next 8 hours there are no calls" needs a binomial on top: $W \sim B(8, 0.0408)$. Identify each stage and its distribution.

### Common mistakes

- Forgetting to change $m$ when the interval changes.
- $P(Y \ge 2)$ calculated as $1 - P(Y \le 2)$.
- Adding standard deviations instead of means when combining Poisson variables.
- Using Poisson when events clearly cluster (e.g. calls after a TV advert), so the rate is not constant.

### Exam tips

- Start with a line such as "Let $X$ be the number of calls in one hour; $X \sim \text{Po}(3.2)$".
- To "comment on the suitability" of a Poisson model from data, compare the sample mean with the sample variance and say whether they are close.
- Give probabilities to 3 significant figures and show the complement you used.`,
  },
  {
    key: "mathai-note-4-18",
    levels: HL,
    topicCode: "4.18",
    body: String.raw`HL hypothesis testing extends 4.11 to tests about a single population parameter: a **mean** (with the normal or $t$ distribution), a **proportion** (binomial) and a **Poisson mean**. You need to find **critical values and critical regions** and to understand the two ways a test can be wrong: **Type I** and **Type II errors**.

### Key ideas

- The **critical region** is the set of values of the test statistic that lead to rejecting $H_0$; its boundary is the **critical value**.
- **Type I error**: rejecting $H_0$ when it is true. **Type II error**: not rejecting $H_0$ when it is false.
- For a continuous test statistic, $P(\text{Type I}) =$ significance level. For a discrete one (binomial, Poisson), $P(\text{Type I}) =$ the actual probability of the critical region under $H_0$, which is at most the significance level.
- $P(\text{Type II})$ needs a specific value of the parameter under $H_1$: it is the probability of landing *outside* the critical region when that value is true.
- Tests for a mean: z-test when $\sigma$ is known (or $n$ large), one-sample t-test when $\sigma$ is estimated by $s_{n-1}$.

### Worked example 1: a proportion

A supplier claims 30% of seeds fail. A gardener thinks the rate is lower, plants 20 seeds, and tests at the 5% level. Let $X \sim B(20, p)$: $H_0: p = 0.3$, $H_1: p < 0.3$.

$$P(X \le 2) \approx 0.0355 < 0.05, \qquad P(X \le 3) \approx 0.107 > 0.05$$

So the critical region is $X \le 2$, and $P(\text{Type I error}) \approx 0.0355$. If in fact $p = 0.1$, then

$$P(\text{Type II error}) = P(X \ge 3 \mid p = 0.1) \approx 0.323$$

### Worked example 2: a mean with σ known

Packets should hold 500 g; $\sigma = 12$ g. A sample of 16 has $\bar{x} = 494.5$ g. Test $H_0: \mu = 500$ against $H_1: \mu < 500$ at 5%. Under $H_0$, $\bar{X} \sim N(500, 3^2)$:

$$z = \frac{494.5 - 500}{3} \approx -1.83, \qquad p \approx 0.0334 < 0.05$$

Reject $H_0$: evidence that the mean is below 500 g. The critical region is $\bar{x} < 500 - 1.645 \times 3 \approx 495.1$ g.

### Worked example 3: a Poisson mean

A road averages 4 accidents a month. After a change, 9 occur in a month. $H_0: m = 4$, $H_1: m > 4$, $X \sim \text{Po}(4)$: $P(X \ge 9) \approx 0.0214 < 0.05$, so reject $H_0$. (The critical region at 5% is $X \ge 9$, since $P(X \ge 8) \approx 0.0511$.)

### Common mistakes

- For discrete tests, choosing the region whose probability is *closest* to 5% rather than the largest one not exceeding it.
- Calculating Type II error under $H_0$ instead of the stated alternative value.
- Using a z-test when $\sigma$ is unknown and $n$ is small.

### Exam tips

- Define the test statistic and its distribution under $H_0$ before calculating.
- Show both boundary probabilities when finding a discrete critical region.
- Conclude in context with "evidence" language: "there is sufficient evidence at the 5% level that…".`,
  },
  {
    key: "mathai-note-4-19",
    levels: HL,
    topicCode: "4.19",
    body: String.raw`A **Markov chain** models a system that moves between states (sunny/rainy, brand A/brand B, healthy/ill) where the probability of the next state depends only on the current state. The probabilities sit in a **transition matrix**; powers of the matrix give the state after several steps, and the **steady state** gives the long-run proportions. Questions ask you to build the matrix from words or a diagram, find probabilities after $n$ steps, and find and interpret the steady state.

### Key ideas

- **Transition matrix** $T$: with the convention used here, column $j$ holds the probabilities of moving *from* state $j$, so each **column adds to 1**. (Some books use rows; be consistent with the question.)
- **State vector** $\mathbf{s}_n$: the probabilities of being in each state after $n$ steps. Then $\mathbf{s}_n = T^n\mathbf{s}_0$.
- **Transition diagram**: a directed graph with the probabilities on the arrows; the arrows out of each state add to 1.
- **Steady state** $\mathbf{s}$: unchanged by a step, $T\mathbf{s} = \mathbf{s}$, with entries adding to 1. Find it by solving these equations, or by computing $T^n$ for large $n$ on the GDC (every column approaches $\mathbf{s}$). It is the eigenvector of $T$ for eigenvalue 1, scaled so its entries add to 1.
- A chain is **regular** if some power of $T$ has all entries positive; then the steady state is unique and reached from any starting state.

### Worked example

If today is sunny, tomorrow is sunny with probability 0.8; if today is rainy, tomorrow is sunny with probability 0.4. With states (sunny, rainy):

$$T = \begin{pmatrix} 0.8 & 0.4 \\ 0.2 & 0.6 \end{pmatrix}$$

**Today is sunny.** $\mathbf{s}_0 = \begin{pmatrix} 1 \\ 0 \end{pmatrix}$, so

$$\mathbf{s}_2 = T^2\mathbf{s}_0 = \begin{pmatrix} 0.72 \\ 0.28 \end{pmatrix}$$

The probability that it is sunny in two days is 0.72 (check by the tree: $0.8 \times 0.8 + 0.2 \times 0.4 = 0.72$).

**Steady state.** Let $\mathbf{s} = \begin{pmatrix} x \\ 1 - x \end{pmatrix}$. The first row of $T\mathbf{s} = \mathbf{s}$ gives

$$0.8x + 0.4(1 - x) = x \;\Rightarrow\; 0.4 = 0.6x \;\Rightarrow\; x = \frac{2}{3}$$

In the long run $\frac{2}{3}$ of days are sunny and $\frac{1}{3}$ rainy, whatever the weather today. On the GDC, $T^{10}\mathbf{s}_0 \approx \begin{pmatrix} 0.6667 \\ 0.3333 \end{pmatrix}$ confirms it.

### Common mistakes

- Writing the matrix with rows and columns swapped, then multiplying in the wrong order ($\mathbf{s}_0 T$).
- Forgetting the condition that the steady-state entries add to 1 (the equations $T\mathbf{s} = \mathbf{s}$ alone have infinitely many solutions).
- Confusing "the probability it rains on day 3" with "the probability it rains on all of days 1–3" (a product along one path).

### Exam tips

- Label the rows and columns of $T$ with the states: this avoids the commonest error and earns the matrix mark.
- "Interpret the steady state" wants a sentence in context with the long-run proportions.
- For populations (e.g. 1000 customers), multiply the steady-state vector by the total to get expected numbers.`,
  },
];
