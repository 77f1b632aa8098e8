import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Economics (first assessment 2022), one per leaf topic of prisma/seed/content/subjects/economics.ts.
// The "H" subtopics (2.3H, 2.7H, 3.3H, ...) and 2.10-2.12 are HL only and get HL-only notes; every other subtopic gets one
// note for both levels on its common content. Original writing; every number in a worked example was computed and checked.
// Money is written with currency codes in words, so "$" is only ever a LaTeX delimiter.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `econ-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── 1: Introduction to economics
  note(
    "1.1",
    String.raw`
Economics studies how societies use **scarce resources** to satisfy **unlimited wants**. Because resources are limited, every choice has an **opportunity cost**, and every economy must answer three basic questions: what to produce, how to produce it and for whom.

### Key ideas
- **Factors of production**: land (natural resources), labour, capital (man-made aids to production) and entrepreneurship. Their rewards are rent, wages, interest and profit.
- **Opportunity cost** is the value of the next best alternative given up.
- **Free goods** have no opportunity cost; **economic goods** do.
- **Positive** statements can be tested against evidence; **normative** statements are value judgements ("should").
- **Microeconomics** studies individual markets; **macroeconomics** studies the economy as a whole.
- **Economic growth** is a rise in real output; **economic development** is a broader improvement in living standards and well-being.
- **Sustainability**: meeting present needs without compromising those of future generations.

### Diagrams to know
The **production possibilities curve (PPC)** shows the maximum combinations of two goods an economy can produce with full, efficient use of its resources. Points inside show unemployment or inefficiency; points outside are unattainable. A concave PPC shows **increasing opportunity cost**; moving along it shows the trade-off. An **outward shift** shows economic growth (more or better resources, better technology).

### Real-world examples
Governments choosing between healthcare and defence spending face an opportunity cost; a natural disaster that destroys capital shifts the PPC inwards.

### Exam tips
- **Define** opportunity cost precisely: the *next best* alternative forgone, not all alternatives.
- **Draw** the PPC with both axes labelled with the two goods, and show movement *along* the curve separately from a *shift* of it.
- Common mistake: saying a point inside the PPC is unattainable; it is attainable but inefficient.
`,
  ),
  note(
    "1.2",
    String.raw`
Economists build **models** to explain and predict behaviour. Models simplify reality using assumptions, and their conclusions must be judged against evidence. The subject has changed over time as new schools of thought responded to events such as the Great Depression and the 2008 global financial crisis.

### Key ideas
- **Ceteris paribus** ("other things being equal"): change one variable at a time to isolate its effect.
- Models rely on **assumptions**, such as rational consumers and profit-maximising firms; weak assumptions limit how far conclusions apply.
- Economists test hypotheses with data, but they rarely run controlled experiments, so cause and effect are hard to prove.
- **Positive** economics describes what is; **normative** economics recommends what ought to be.
- Key history: Adam Smith and the "invisible hand" of the market; Marx's critique of capitalism; Keynes and the case for government intervention in a downturn; the monetarist / new classical emphasis on free markets; behavioural economics challenging rationality.
- **Central concepts** that run through the course: scarcity, choice, efficiency, equity, economic well-being, sustainability, change, interdependence and intervention.

### Diagrams to know
The **circular flow of income** shows households supplying factors of production to firms in return for income, and spending that income on goods and services. Injections (investment, government spending, exports) add to the flow; leakages (saving, taxes, imports) remove from it.

### Exam tips
- **Explain** why economists use ceteris paribus: to isolate one cause.
- In **Evaluate** and **Discuss** answers, question a model's assumptions and consider short-run versus long-run effects and different stakeholders.
- Common mistake: presenting a normative opinion as if it were a positive fact.
`,
  ),
  // ── 2: Microeconomics
  note(
    "2.1",
    String.raw`
**Demand** is the quantity of a good that consumers are willing and able to buy at each price in a given period. The **law of demand** states that, ceteris paribus, quantity demanded falls as price rises.

### Key ideas
- The demand curve slopes downwards because of the **income effect**, the **substitution effect** and **diminishing marginal utility**.
- A change in the good's own price causes a **movement along** the curve (extension or contraction).
- **Non-price determinants** shift the curve: income (normal and inferior goods), prices of substitutes and complements, tastes and preferences, future price expectations, and the number of consumers.
- Market demand is the horizontal sum of individual demand curves.

| Change | Effect on demand for good X |
|---|---|
| Income rises, X normal | increases (shift right) |
| Income rises, X inferior | decreases (shift left) |
| Price of a substitute rises | increases |
| Price of a complement rises | decreases |

### Diagrams to know
Price on the vertical axis, quantity on the horizontal axis. An increase in demand shifts D right from $D_1$ to $D_2$: at every price more is demanded. A fall in the good's own price moves along $D$ to a larger quantity.

### Real-world examples
When fuel prices rise, demand for large petrol cars (complements) tends to fall and demand for public transport and electric vehicles (substitutes) tends to rise.

### Exam tips
- **Define** demand with both "willing **and able**".
- **Distinguish** a change in quantity demanded (movement) from a change in demand (shift): examiners test this often.
- Common mistakes: unlabelled axes, and shifting the curve because the good's own price changed.
`,
  ),
  note(
    "2.2",
    String.raw`
**Supply** is the quantity of a good that producers are willing and able to offer for sale at each price in a given period. The **law of supply** states that, ceteris paribus, quantity supplied rises as price rises.

### Key ideas
- The supply curve slopes upwards because higher prices make production more profitable and because **marginal cost** rises as output increases (the **law of diminishing marginal returns** in the short run).
- A change in the good's own price causes a **movement along** the curve.
- **Non-price determinants** shift the curve: costs of factors of production, technology, prices of related goods (joint supply and competitive supply), expectations, indirect taxes and subsidies, government regulation, shocks such as weather, and the number of firms.
- Market supply is the horizontal sum of individual firms' supply.

### Diagrams to know
An increase in supply shifts S right (or down): more is offered at every price, for example after a cost-saving technology. A rise in wages or raw material costs shifts S left. Label the curves $S_1$ and $S_2$ and the axes "Price" and "Quantity".

### Real-world examples
A drought that reduces a coffee harvest shifts coffee supply left; falling costs of solar panels have shifted their supply right.

### Exam tips
- **Explain** the upward slope using marginal cost, not just "firms want more profit".
- **Draw** one shift per diagram and label the direction with an arrow.
- Common mistakes: confusing a rise in costs (supply shifts left) with a fall in demand; forgetting that an indirect tax shifts supply, not demand.
`,
  ),
  note(
    "2.3",
    String.raw`
A competitive market reaches **equilibrium** where quantity demanded equals quantity supplied. At that price the market **clears**: there is no excess demand or excess supply. The price mechanism also allocates resources and creates welfare for consumers and producers.

### Key ideas
- Above equilibrium there is **excess supply** (a surplus), which pushes price down; below it there is **excess demand** (a shortage), which pushes price up.
- Functions of the price mechanism: **signalling** (prices give information) and **incentive** (prices motivate buyers and sellers); it also **rations** scarce goods.
- **Consumer surplus**: the difference between what consumers are willing to pay and what they actually pay (area below demand, above price).
- **Producer surplus**: the difference between the price received and the minimum price producers would accept (area above supply, below price).
- **Allocative efficiency** occurs where marginal benefit equals marginal cost (MB = MC), which maximises **social surplus** (consumer plus producer surplus).

### Diagrams to know
- Increase in demand: D shifts right, temporary shortage at the old price, price and quantity both rise.
- Increase in supply: S shifts right, temporary surplus, price falls and quantity rises.
- If both shift, the change in one of price or quantity is indeterminate unless the sizes of the shifts are known.

### Real-world examples
Concert ticket shortages at the official price show excess demand; resale prices rise towards the market-clearing level.

### Exam tips
- **Explain** the adjustment process step by step: shortage, buyers bid up price, quantity supplied extends and quantity demanded contracts until they are equal.
- Shade and label consumer and producer surplus clearly.
- Common mistake: saying demand "increases" when price falls; it is **quantity demanded** that extends.
`,
  ),
  note(
    "2.3H",
    String.raw`
At HL you must work with **linear demand and supply functions**, plot them, and use them to calculate equilibrium price and quantity, the effects of shifts, and consumer and producer surplus.

### Key ideas
- Demand: $Q_d = a - bP$. The constant $a$ is the quantity demanded at a price of zero; $b$ gives the slope. A change in a non-price determinant changes $a$ and shifts the curve; a change in $b$ makes the curve steeper or flatter.
- Supply: $Q_s = c + dP$, where $d > 0$.
- Equilibrium: set $Q_d = Q_s$ and solve for $P$, then substitute back to find $Q$.
- Excess demand or supply at a given price is $Q_d - Q_s$.
- Surplus areas are triangles: $\tfrac{1}{2} \times \text{base} \times \text{height}$.

### Diagrams to know
Price goes on the vertical axis, so when plotting find the intercepts: for $Q_d = 100 - 2P$ the demand curve meets the price axis at $P = 50$ and the quantity axis at $Q = 100$.

### Worked example
$Q_d = 100 - 2P$ and $Q_s = -20 + 4P$. Setting them equal: $100 - 2P = -20 + 4P$, so $6P = 120$ and $P = 20$. Then $Q = 100 - 2(20) = 60$.
Consumer surplus: demand meets the price axis at 50, so $CS = \tfrac{1}{2} \times 60 \times (50 - 20) = 900$.
Supply meets the price axis at $P = 5$, so $PS = \tfrac{1}{2} \times 60 \times (20 - 5) = 450$.
At a price of 25 there is excess supply: $Q_s - Q_d = 80 - 50 = 30$ units.

### Exam tips
- **Calculate** questions: show the equation you set up, not just the answer, and give units (price in a currency, quantity in units per period).
- **Plot** accurately with labelled intercepts and a scale.
- Common mistake: reading the quantity-axis intercept as the price intercept because $Q$ is written on the left of the function.
`,
    HL,
  ),
];

export default { subject: "economics", notes } satisfies SubjectNotes;
