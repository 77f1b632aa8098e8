import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { contentFigure } from "../figures/content-figure";
import * as fig from "../figures/economics";
import { economicsGroups } from "./multi-part/economics";
import { withEconomicsMarkbands } from "../shared/markbands";

// Original IB-style questions for IB Economics (first assessment 2022).
// Currency is written as € or £ (never the dollar sign) so that "$" is only ever a LaTeX delimiter.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

/** A POINT marking point (economics markschemes use POINT marks; "/" separates accepted alternatives). */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "POINT",
  marks,
  text,
  keywords,
});

// ─────────────────────────────────────────────────────────────────────────────
// Unit 1: Introduction to economics
// ─────────────────────────────────────────────────────────────────────────────
const unit1: QuestionInput[] = [
  {
    key: "economics-1-1-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Define",
    stem: "A town council decides to use a plot of land for a new car park instead of a public park.\n\nDefine the term **opportunity cost**.",
    markscheme: [
      pt("p1", 1, "The value of the next best alternative / the benefit given up", ["next best alternative", "given up", "forgone"]),
      pt("p2", 1, "when a choice is made between alternative uses of scarce resources (OWTTE)", ["choice", "scarce", "resources"]),
    ],
    workedSolution:
      "Opportunity cost is **the value of the next best alternative forgone when a choice is made**. Because resources (here, land) are scarce, using them one way means giving up another use. For the council, the opportunity cost of the car park is the benefit the public park would have given.\n\nFull marks need both ideas: *next best alternative given up* and *a choice between uses of scarce resources*.",
  },
  {
    key: "economics-1-1-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using a production possibilities curve (PPC) diagram, explain how the concepts of scarcity, choice, opportunity cost and economic growth can be illustrated.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: scarcity (unlimited wants, limited resources) / opportunity cost (next best alternative forgone) / PPC (maximum combinations of two goods that can be produced with full and efficient use of resources and given technology)",
        ["scarcity", "opportunity cost", "maximum combinations"],
      ),
      pt(
        "p2",
        3,
        "Accurate, labelled PPC diagram: two goods on the axes, concave curve, points on, inside and outside the curve, and an outward shift PPC₁ → PPC₂",
        ["diagram", "axes", "concave", "outward shift"],
      ),
      pt(
        "p3",
        3,
        "Explanation: points outside the curve are unattainable (scarcity); moving along the curve means choosing more of one good and giving up some of the other (choice / opportunity cost, increasing because resources are not equally suited to both goods); a point inside shows unemployed or inefficiently used resources",
        ["unattainable", "along the curve", "inside", "unemployed"],
      ),
      pt(
        "p4",
        2,
        "Economic growth shown by an outward shift of the PPC caused by more/better resources or improved technology, or by a movement from inside the curve towards it (actual growth); a relevant real-world example",
        ["outward shift", "technology", "actual growth", "example"],
      ),
    ],
    workedSolution:
      "**Key terms.** Scarcity means wants are unlimited but resources are limited. A PPC shows the maximum combinations of two goods an economy can produce when all resources are fully and efficiently used with given technology.\n\n**Diagram (described).** Put *capital goods* on the vertical axis and *consumer goods* on the horizontal axis. Draw a curve bowed out from the origin (PPC₁). Mark point A on the curve, point B inside it and point C outside it. Draw a second curve PPC₂ further out.\n\n**Explanation.**\n- *Scarcity:* point C lies beyond PPC₁: with existing resources it cannot be reached.\n- *Choice and opportunity cost:* moving along PPC₁ from A to a point with more consumer goods means giving up capital goods; the capital goods lost are the opportunity cost. The curve is concave because resources are not equally suited to both goods, so the opportunity cost increases.\n- *Inefficiency:* point B shows unemployed or misused resources; more of both goods could be produced.\n- *Growth:* a move from B towards the curve is actual growth (using idle resources); an outward shift from PPC₁ to PPC₂ is growth in potential output, caused by more or better factors of production (e.g. investment in education) or new technology.\n\nA top answer links each concept to a labelled part of the diagram and adds a real example (e.g. a country whose investment in broadband raised productive capacity).",
  },
  {
    key: "economics-1-1-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Which of the following correctly pairs a factor of production with its reward?",
    options: [
      { id: "A", text: "Land — interest" },
      { id: "B", text: "Capital — rent" },
      { id: "C", text: "Labour — dividends" },
      { id: "D", text: "Entrepreneurship — profit" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: entrepreneurship is rewarded with profit", ["D", "profit"])],
    workedSolution:
      "The four factors of production and their rewards are: land → rent, labour → wages, capital → interest, entrepreneurship → profit. Only **D** matches a factor with its correct reward.",
  },
  {
    key: "economics-1-2-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: 'Consider the two statements:\n\n1. *"Raising the tax on sugary drinks by 20% will reduce their consumption."*\n2. *"The government ought to tax sugary drinks more heavily."*\n\nDistinguish between positive and normative economic statements, using the two statements above.',
    markscheme: [
      pt("p1", 1, "Positive statement: a statement of fact/cause and effect that can be tested/verified or refuted with evidence", [
        "positive",
        "tested",
        "evidence",
      ]),
      pt("p2", 1, "Normative statement: a value judgement / opinion about what ought to be that cannot be tested", ["normative", "value judgement", "ought"]),
      pt("p3", 1, "Statement 1 is positive: its prediction can be checked against consumption data", ["statement 1", "positive"]),
      pt("p4", 1, "Statement 2 is normative: it contains 'ought' and depends on values", ["statement 2", "normative"]),
    ],
    workedSolution:
      "A **positive** statement describes what is, was or will be, and can in principle be tested against evidence (it may turn out to be false). A **normative** statement is a value judgement about what *should* be; evidence cannot settle it.\n\n- Statement 1 is positive: economists can look at sales data after the tax rise to see whether consumption fell.\n- Statement 2 is normative: the word *ought* signals an opinion; people with different values can disagree even with the same data.",
  },
  {
    key: "economics-1-2-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Economists often use the assumption *ceteris paribus* when building models. What does this assumption mean?",
    options: [
      { id: "A", text: "All consumers and firms act rationally." },
      { id: "B", text: "Only the variable being studied changes; all other relevant variables are held constant." },
      { id: "C", text: "Markets always move to equilibrium in the long run." },
      { id: "D", text: "The model's predictions are value judgements." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: other things being equal / all other variables held constant", ["B", "held constant"])],
    workedSolution:
      '*Ceteris paribus* is Latin for "other things being equal". Economists change one variable at a time (e.g. price) while holding every other influence constant (e.g. income, tastes), so they can isolate its effect. That is option **B**. Rationality (A) is a separate assumption, (C) is a claim about markets, and (D) describes normative statements.',
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 2: Microeconomics
// ─────────────────────────────────────────────────────────────────────────────
const unit2: QuestionInput[] = [
  {
    key: "economics-2-1-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: "Using demand diagrams, distinguish between a movement along the demand curve for cinema tickets and a shift of the demand curve for cinema tickets.",
    markscheme: [
      pt(
        "p1",
        1,
        "Diagram 1: a single demand curve with price on the vertical axis and quantity on the horizontal axis, showing a movement from one point to another after a price change",
        ["diagram", "single demand curve", "movement"],
      ),
      pt("p2", 1, "A movement along the curve is caused only by a change in the price of the good itself (change in quantity demanded)", [
        "price of the good",
        "quantity demanded",
      ]),
      pt("p3", 1, "Diagram 2: the demand curve shifts from D₁ to D₂ (right or left) at every price", ["shift", "D1", "D2"]),
      pt(
        "p4",
        1,
        "A shift is caused by a change in a non-price determinant, e.g. income, tastes, price of a substitute such as streaming services (change in demand)",
        ["non-price determinant", "income", "substitute"],
      ),
    ],
    workedSolution:
      "**Movement along:** draw one downward-sloping demand curve (price on the vertical axis, quantity on the horizontal axis). If the ticket price falls from P₁ to P₂, we move down the *same* curve from Q₁ to Q₂. This is a change in **quantity demanded**, caused only by the good's own price.\n\n**Shift:** draw D₁ and a second curve D₂ to its right. At every price more tickets are demanded. This is a change in **demand**, caused by a non-price determinant, e.g. higher incomes, a popular film release, or a rise in the price of a substitute such as streaming subscriptions. A fall in demand would shift the curve left.",
  },
  {
    key: "economics-2-1-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain how the income effect and the substitution effect account for the downward slope of the demand curve for a normal good.",
    markscheme: [
      pt("p1", 1, "Substitution effect: when the price of the good falls it becomes relatively cheaper than substitutes", [
        "substitution effect",
        "relatively cheaper",
      ]),
      pt("p2", 1, "so consumers switch towards it, increasing quantity demanded", ["switch", "quantity demanded"]),
      pt("p3", 1, "Income effect: a lower price raises consumers' real income / purchasing power", ["income effect", "real income", "purchasing power"]),
      pt("p4", 1, "so for a normal good they buy more of it; both effects give a negative relationship between price and quantity demanded", [
        "normal good",
        "negative relationship",
      ]),
    ],
    workedSolution:
      "Suppose the price of a normal good falls.\n\n1. **Substitution effect:** the good is now cheaper *relative* to its substitutes, so consumers swap some purchases towards it; quantity demanded rises.\n2. **Income effect:** with the same money income, consumers can now afford more; their *real* income has risen. For a normal good, higher real income means more is bought.\n\nBoth effects work in the same direction, so a lower price leads to a larger quantity demanded: the demand curve slopes downward. (The law of diminishing marginal utility gives a further reason: each extra unit adds less satisfaction, so consumers only buy more at a lower price.)",
  },
  {
    key: "economics-2-1-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Long-distance coach travel is an inferior good. Which of the following would shift the demand curve for coach travel to the **right**?",
    options: [
      { id: "A", text: "A fall in the price of coach tickets" },
      { id: "B", text: "A rise in average household incomes" },
      { id: "C", text: "A fall in average household incomes" },
      { id: "D", text: "A fall in the price of train tickets" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: a fall in income increases demand for an inferior good", ["C", "fall in income", "inferior"])],
    workedSolution:
      "For an **inferior** good, demand moves in the opposite direction to income. A fall in incomes therefore *increases* demand: the curve shifts right — option **C**.\n\n- A is a change in the good's own price: a movement along the curve, not a shift.\n- B would shift demand for an inferior good to the left.\n- D: trains are a substitute; cheaper trains shift coach demand to the left.",
  },
  {
    key: "economics-2-2-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** non-price determinants that could cause the supply curve of smartphones to shift to the right.",
    markscheme: [
      pt("p1", 1, "First determinant identified, e.g. a fall in the cost of factors of production / components such as microchips", [
        "cost",
        "components",
        "inputs",
      ]),
      pt("p2", 1, "Explanation: lower costs raise profitability so firms are willing and able to supply more at every price", [
        "every price",
        "profitable",
        "more",
      ]),
      pt("p3", 1, "Second determinant identified, e.g. improved technology / a subsidy / more firms entering / a cut in indirect taxes", [
        "technology",
        "subsidy",
        "number of firms",
        "tax",
      ]),
      pt(
        "p4",
        1,
        "Explanation linked to the second determinant, e.g. technology raises productivity so more output can be produced with the same resources at each price",
        ["productivity", "each price"],
      ),
    ],
    workedSolution:
      "1. **Lower costs of inputs.** If the price of microchips or wages in assembly plants falls, each phone costs less to make. At any given price firms earn more profit per unit, so they are willing and able to supply more: supply shifts right from S₁ to S₂.\n2. **Improved technology.** Automated assembly raises productivity, so more phones can be produced with the same resources. Again, more is supplied at every price.\n\nOther acceptable determinants: a government subsidy, a cut in indirect taxes, more firms entering the industry, or producers' expectations.",
  },
  {
    key: "economics-2-2-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Which of the following causes a **movement along** the supply curve of wheat rather than a shift of it?",
    options: [
      { id: "A", text: "A government subsidy to wheat farmers" },
      { id: "B", text: "A new drought-resistant seed variety" },
      { id: "C", text: "A rise in the price of fertiliser" },
      { id: "D", text: "A rise in the market price of wheat" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: only a change in the good's own price causes a movement along the supply curve", ["D", "own price"])],
    workedSolution:
      "A change in the good's **own price** changes the *quantity supplied* — a movement along the curve. That is option **D**. Options A, B and C all change the cost or ability to produce at every price, so they shift the whole curve (A and B to the right, C to the left).",
  },
  {
    key: "economics-2-3-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "A severe frost destroys a large part of Brazil's coffee harvest. Using a demand and supply diagram, explain the likely effect on the world market for coffee.",
    markscheme: [
      pt("p1", 1, "Correctly labelled axes (price, quantity) with initial equilibrium P₁, Q₁", ["axes", "equilibrium", "P1"]),
      pt("p2", 1, "Supply curve shifts to the left from S₁ to S₂", ["supply", "shifts left", "S2"]),
      pt("p3", 1, "New equilibrium with a higher price P₂ and a lower quantity Q₂", ["higher price", "lower quantity", "P2"]),
      pt(
        "p4",
        1,
        "Explanation: at the old price there is excess demand / a shortage, which bids up the price; the rise in price rations coffee and the quantity demanded contracts (OWTTE)",
        ["shortage", "excess demand", "rations"],
      ),
    ],
    workedSolution:
      "**Diagram (described):** price of coffee on the vertical axis, quantity on the horizontal axis. Draw a downward-sloping D and an upward-sloping S₁ meeting at P₁, Q₁. Shift supply left to S₂; the new intersection is at a higher P₂ and lower Q₂.\n\n**Explanation:** the frost reduces the quantity farmers can supply at every price. At the old price P₁ the quantity demanded now exceeds the quantity supplied — a shortage. Buyers compete for the limited coffee and the price is bid up. The higher price signals scarcity and rations coffee among buyers (quantity demanded contracts along D) until a new equilibrium is reached at P₂, Q₂.",
  },
  {
    key: "economics-2-3-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Using a diagram, explain why a competitive market in equilibrium achieves allocative efficiency, with reference to consumer and producer surplus.",
    markscheme: [
      pt(
        "p1",
        1,
        "Diagram with D = MB and S = MC intersecting at Pe, Qe; consumer surplus shown as the area below demand and above price; producer surplus as the area above supply and below price",
        ["MB", "MC", "consumer surplus", "producer surplus"],
      ),
      pt(
        "p2",
        1,
        "Consumer surplus is the difference between what consumers are willing to pay and what they actually pay; producer surplus is the difference between the price received and the minimum price producers would accept",
        ["willing to pay", "minimum price"],
      ),
      pt("p3", 1, "At equilibrium MB = MC (marginal benefit equals marginal cost)", ["MB = MC", "marginal benefit", "marginal cost"]),
      pt(
        "p4",
        1,
        "so social/community surplus (CS + PS) is maximised; any other output would reduce total surplus, so resources are allocated in the way society values most",
        ["maximised", "social surplus", "community surplus"],
      ),
    ],
    workedSolution:
      "**Diagram (described):** demand labelled D = MB and supply labelled S = MC cross at Pe, Qe. Shade the triangle between D and the price line (from 0 to Qe) as **consumer surplus**, and the triangle between the price line and S as **producer surplus**.\n\n- Consumer surplus = what consumers would be willing to pay minus what they pay.\n- Producer surplus = the price received minus the lowest price producers would accept.\n\nAt Qe the marginal benefit of the last unit equals its marginal cost (MB = MC). Producing less would leave units whose benefit exceeds their cost unmade; producing more would make units that cost more than they are worth. So at Qe the sum CS + PS (social surplus) is as large as possible: this is **allocative efficiency**.",
  },
  {
    key: "economics-2-3-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an appropriate diagram, explain how the price mechanism reallocates resources when consumer preferences shift from petrol cars towards electric cars.",
    markscheme: [
      pt(
        "p1",
        2,
        "Key terms defined: price mechanism (the interaction of demand and supply determining prices that allocate resources) / resource allocation",
        ["price mechanism", "resource allocation"],
      ),
      pt(
        "p2",
        3,
        "Diagram(s): demand for electric cars shifts right (higher price and quantity) and/or demand for petrol cars shifts left (lower price and quantity), correctly labelled",
        ["demand shifts right", "diagram", "higher price"],
      ),
      pt("p3", 2, "Signalling function: rising price of electric cars signals that consumers want more of them; falling price of petrol cars signals less", [
        "signal",
        "signalling",
      ]),
      pt(
        "p4",
        2,
        "Incentive function: higher price/profit gives producers an incentive to move factors of production (labour, capital) into electric car production and out of petrol cars; rationing function: higher price rations the limited supply",
        ["incentive", "profit", "rationing"],
      ),
      pt("p5", 1, "Relevant real-world example, e.g. a named manufacturer converting plants to battery vehicles", ["example"]),
    ],
    workedSolution:
      "**Definitions.** The *price mechanism* is the system in which prices, set by the interaction of demand and supply, decide what is produced, how and for whom. *Resource allocation* is the assignment of scarce factors of production to uses.\n\n**Diagram (described).** Market for electric cars: D₁ shifts right to D₂; price rises P₁ → P₂ and quantity rises Q₁ → Q₂ along S. (Optionally a second diagram for petrol cars with demand shifting left, lowering price and quantity.)\n\n**Explanation.**\n- **Signalling:** the higher price tells producers that consumers value electric cars more; the falling price of petrol cars signals the opposite.\n- **Incentive:** higher prices mean higher potential profit, so firms expand output along the supply curve and new firms enter. Labour and capital move from petrol-car lines to battery and EV lines.\n- **Rationing:** in the short run the higher price rations the limited number of electric cars to those most willing and able to pay.\n\nResources have therefore been reallocated to the use consumers now value more, without central direction. A strong answer gives a real example, e.g. a car maker converting an engine plant into a battery factory.",
  },
  // 2.3H — linear functions (HL)
  {
    key: "economics-2-3h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.3H",
    difficulty: 2,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The market for reusable water bottles is described by
$$Q_d = 120 - 4P \qquad Q_s = -30 + 6P$$
where $P$ is the price in euros and quantities are in thousands of bottles per month.

Calculate the equilibrium price (in €).`,
    numericAnswer: { value: 15, tolerance: 0.01, unit: "€" },
    markscheme: [
      pt("p1", 1, String.raw`Setting $Q_d = Q_s$: $120 - 4P = -30 + 6P$ / $150 = 10P$`, ["120 - 4P = -30 + 6P", "150 = 10P"]),
      pt("p2", 1, "P = €15", ["15"]),
    ],
    workedSolution: String.raw`At equilibrium quantity demanded equals quantity supplied:
$$120 - 4P = -30 + 6P$$
$$150 = 10P \quad\Rightarrow\quad P = 15$$
The equilibrium price is **€15**. (Check: $Q_d = 120 - 60 = 60$ and $Q_s = -30 + 90 = 60$ thousand bottles.)`,
  },
  {
    key: "economics-2-3h-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.3H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`For the same market, $Q_d = 120 - 4P$ and $Q_s = -30 + 6P$, where quantities are in thousands of bottles per month. Equilibrium is $P = €15$, $Q = 60$ thousand.

Calculate consumer surplus at equilibrium, in thousands of euros per month.`,
    numericAnswer: { value: 450, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`Maximum price (where $Q_d = 0$) is €30 / CS $= \tfrac12 \times 60 \times (30 - 15)$`, ["30", "1/2", "60"]),
      pt("p2", 1, "CS = 450 (thousand euros per month)", ["450"]),
    ],
    workedSolution: String.raw`The demand curve meets the price axis where $Q_d = 0$: $120 - 4P = 0$, so $P = 30$.

Consumer surplus is the triangle between the demand curve and the price line, from 0 to 60:
$$CS = \tfrac12 \times \text{base} \times \text{height} = \tfrac12 \times 60 \times (30 - 15) = 450$$
Because quantities are in thousands, CS is **€450 thousand** per month.`,
  },
  {
    key: "economics-2-3h-03",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.3H",
    difficulty: 4,
    marks: 3,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The market for reusable water bottles is described by $Q_d = 120 - 4P$ and $Q_s = -30 + 6P$, where $P$ is the price in euros and quantities are in thousands of bottles per month. A health campaign then changes demand to $Q_d = 150 - 4P$.

Calculate the **change** in producer surplus, in thousands of euros per month.`,
    numericAnswer: { value: 207, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`New equilibrium: $150 - 4P = -30 + 6P$ ⇒ $P = 18$, $Q = 78$`, ["18", "78"]),
      pt(
        "p2",
        1,
        String.raw`Supply meets the price axis at $P = 5$; PS before $= \tfrac12 \times 60 \times 10 = 300$ and after $= \tfrac12 \times 78 \times 13 = 507$`,
        ["5", "300", "507"],
      ),
      pt("p3", 1, "Change in PS = +207 (thousand euros)", ["207"]),
    ],
    workedSolution: String.raw`**New equilibrium:** $150 - 4P = -30 + 6P \Rightarrow 180 = 10P \Rightarrow P = 18$, and $Q = 150 - 72 = 78$.

**Supply intercept:** $Q_s = 0$ when $6P = 30$, i.e. $P = 5$. Producer surplus is the triangle above supply and below the price.

- Before: $PS = \tfrac12 \times 60 \times (15 - 5) = 300$
- After: $PS = \tfrac12 \times 78 \times (18 - 5) = 507$

Change $= 507 - 300 = $ **+207** thousand euros per month.`,
  },
  // 2.4 behavioural economics
  {
    key: "economics-2-4-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "A government changes the law so that employees are automatically enrolled in a workplace pension scheme unless they choose to opt out. Explain how this use of a *default choice* may increase saving.",
    markscheme: [
      pt("p1", 1, "Default choice / choice architecture: the option that applies if the person does nothing", [
        "default",
        "choice architecture",
        "does nothing",
      ]),
      pt("p2", 1, "Bounded rationality / inertia / status quo bias: people tend to stick with the default and do not make an active choice", [
        "inertia",
        "status quo",
        "bounded rationality",
      ]),
      pt("p3", 1, "Bounded self-control / present bias: people value consumption now and under-save for the future", [
        "self-control",
        "present bias",
        "under-save",
      ]),
      pt("p4", 1, "So with automatic enrolment most workers remain in the scheme and saving rises, while freedom of choice is kept (a nudge)", [
        "opt out",
        "nudge",
        "saving rises",
      ]),
    ],
    workedSolution:
      "Behavioural economics recognises that consumers do not always act as rational maximisers.\n\n- Many people show **bounded self-control**: they put off saving because spending now feels better.\n- People also show **inertia / status-quo bias**: faced with paperwork, they stick with whatever happens if they do nothing.\n\nBefore the law, doing nothing meant *not* saving. By making enrolment the **default**, the same inertia now works in favour of saving: most workers stay in the scheme. Nobody is forced — they can opt out — so this is a **nudge** that uses choice architecture to change behaviour.",
  },
  {
    key: "economics-2-4-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the effectiveness of nudges, rather than taxes or regulations, as a way of changing consumer behaviour.",
    markscheme: [
      pt(
        "p1",
        2,
        "Knowledge: nudge / choice architecture (default, restricted and mandated choices) and rational consumer choice assumptions defined accurately",
        ["nudge", "choice architecture", "rational"],
      ),
      pt(
        "p2",
        3,
        "Analysis: biases such as bounded rationality, bounded self-control, rules of thumb, anchoring and framing explain why consumers may not maximise utility, so nudges can alter choices without changing prices",
        ["bounded rationality", "bounded self-control", "framing", "anchoring"],
      ),
      pt(
        "p3",
        2,
        "Application: at least one real-world example, e.g. organ-donation opt-out systems, calorie labelling, placing fruit at eye level, automatic pension enrolment",
        ["example", "opt-out", "labelling"],
      ),
      pt("p4", 2, "Advantages: low cost to government, preserve freedom of choice, politically acceptable, avoid the regressive burden of indirect taxes", [
        "low cost",
        "freedom of choice",
        "regressive",
      ]),
      pt(
        "p5",
        4,
        "Evaluation (synthesis): effects can be small or short-lived; they may not work on addictive or habitual behaviour; hard to measure; ethical concerns about manipulation/paternalism; taxes raise revenue and regulations guarantee outcomes; effectiveness depends on context and on the type of bias",
        ["short-lived", "addictive", "manipulation", "paternalism"],
      ),
      pt(
        "p6",
        2,
        "Balanced, substantiated conclusion, e.g. nudges work best as a complement to price-based and regulatory measures (Level 4 markband: judgements supported by effective reasoning)",
        ["conclusion", "complement"],
      ),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define.** A *nudge* alters the way choices are presented (choice architecture) to steer behaviour without banning options or changing prices. Types: default choices (opt-out pensions), restricted choices (limiting options), mandated choices (must tick yes/no on organ donation).\n2. **Analyse why they can work.** Standard theory assumes rational consumers with perfect information. Behavioural economics shows bounded rationality (limited time and information), bounded self-control (over-eating, under-saving), rules of thumb, anchoring and framing. Because these biases are predictable, redesigning the choice can change behaviour, e.g. automatic enrolment lifted participation in pension schemes sharply.\n3. **Examples.** Opt-out organ donation systems; calorie counts on menus; healthy food placed at checkouts instead of sweets.\n4. **Strengths vs taxes/regulation.** Cheap to run, keep freedom of choice, avoid the regressive burden of taxes on items such as sugary drinks, and face less political resistance.\n5. **Evaluate.**\n   - Effects are often modest and may fade over time.\n   - Weak where behaviour is addictive (tobacco) or where the external cost is large (pollution): a tax changes incentives and raises revenue; a regulation guarantees the outcome.\n   - Ethical concerns: governments (or firms) can manipulate; who decides the 'right' choice?\n   - Hard to measure the counterfactual.\n6. **Conclude.** Nudges are a useful, low-cost tool for behaviour driven by inertia and information problems, but on their own they are unlikely to be enough for serious market failures; they are most effective combined with taxes, regulation and education.",
  },
  {
    key: "economics-2-4-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: 'A shop displays a jacket labelled *"Was €240, now €120"*. Shoppers judge the jacket to be good value even though similar jackets elsewhere cost €100. Which behavioural bias is the shop exploiting?',
    options: [
      { id: "A", text: "Anchoring" },
      { id: "B", text: "Bounded self-control" },
      { id: "C", text: "Default choice" },
      { id: "D", text: "Asymmetric information" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: anchoring — the €240 reference price anchors the consumer's judgement of value", ["A", "anchoring"])],
    workedSolution:
      "**Anchoring** is the tendency to rely too heavily on the first piece of information seen. The original €240 price acts as an anchor, so €120 *looks* cheap even though the market price is lower. Answer **A**.",
  },
  // 2.5 elasticity of demand
  {
    key: "economics-2-5-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A café raises the price of a sandwich from €4.00 to €5.00. The number of sandwiches sold per week falls from 1200 to 1050.\n\nCalculate the price elasticity of demand (PED) for the sandwiches. Give your answer as an absolute value (ignore the minus sign).",
    numericAnswer: { value: 0.5, tolerance: 0.01 },
    markscheme: [
      pt("p1", 1, "%ΔQd = −150/1200 × 100 = −12.5% and %ΔP = 1/4 × 100 = +25%", ["12.5", "25"]),
      pt("p2", 1, "PED = 12.5/25 = 0.5 (accept −0.5)", ["0.5"]),
    ],
    workedSolution: String.raw`$$\text{PED} = \frac{\%\Delta Q_d}{\%\Delta P}$$
- $\%\Delta Q_d = \frac{1050 - 1200}{1200} \times 100 = -12.5\%$
- $\%\Delta P = \frac{5 - 4}{4} \times 100 = +25\%$

$$\text{PED} = \frac{-12.5}{25} = -0.5$$
As an absolute value, **PED = 0.5**: demand is price inelastic (between 0 and 1).`,
  },
  {
    key: "economics-2-5-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In a city, average household income rises from €40 000 to €44 000 per year. Over the same period the number of restaurant meals bought per household per year rises from 500 to 590 (ceteris paribus).\n\nCalculate the income elasticity of demand (YED) for restaurant meals.",
    numericAnswer: { value: 1.8, tolerance: 0.01 },
    markscheme: [pt("p1", 1, "%ΔQd = 90/500 × 100 = 18% and %ΔY = 4000/40 000 × 100 = 10%", ["18", "10"]), pt("p2", 1, "YED = 18/10 = 1.8", ["1.8"])],
    workedSolution: String.raw`$$\text{YED} = \frac{\%\Delta Q_d}{\%\Delta Y}$$
- $\%\Delta Q_d = \frac{590 - 500}{500} \times 100 = 18\%$
- $\%\Delta Y = \frac{44\,000 - 40\,000}{40\,000} \times 100 = 10\%$

$$\text{YED} = \frac{18}{10} = 1.8$$
YED is positive and greater than 1, so restaurant meals are a **normal, income-elastic (luxury) good**.`,
  },
  {
    key: "economics-2-5-03",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.5",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why the price elasticity of demand for primary commodities, such as wheat or copper, tends to be lower than that for manufactured products.",
    markscheme: [
      pt("p1", 1, "Primary commodities are often necessities / essential inputs (food, raw materials) with few or no close substitutes", [
        "necessities",
        "few substitutes",
        "essential",
      ]),
      pt("p2", 1, "so a price change leads to a proportionately smaller change in quantity demanded (PED < 1)", ["proportionately smaller", "inelastic"]),
      pt("p3", 1, "Manufactured products usually have many substitutes (different brands/models)", ["many substitutes", "brands"]),
      pt(
        "p4",
        1,
        "so consumers can switch when price rises, giving relatively elastic demand; also a raw material is often a small share of the final product's cost (OWTTE)",
        ["switch", "elastic", "small share"],
      ),
    ],
    workedSolution:
      "PED depends mainly on the availability of substitutes and on how necessary the good is.\n\n- **Primary commodities** such as wheat, rice, oil and copper are basic foods or essential inputs into production. There are few substitutes for them as a group, and the raw material is often a small part of the final product's price, so buyers keep purchasing similar quantities when prices change: demand is **price inelastic**.\n- **Manufactured products** are differentiated — many brands and models compete — so if one becomes more expensive, consumers switch to another: demand is relatively **price elastic**.\n\n(This is one reason commodity prices are so volatile: with inelastic demand, a supply shock causes a large price swing.)",
  },
  {
    key: "economics-2-5-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using appropriate diagrams, explain why knowledge of price elasticity of demand is important to a government that wants to raise revenue from an indirect tax.",
    markscheme: [
      pt("p1", 2, "Definitions: PED (responsiveness of quantity demanded to a change in price) and indirect tax (a tax on spending on goods and services)", [
        "PED",
        "responsiveness",
        "indirect tax",
      ]),
      pt(
        "p2",
        3,
        "Diagrams: supply shifts up/left by the amount of the tax on (i) a relatively inelastic demand curve and (ii) a relatively elastic demand curve; tax revenue shown as the rectangle (tax per unit × new quantity)",
        ["supply shifts", "inelastic", "elastic", "rectangle"],
      ),
      pt(
        "p3",
        3,
        "Explanation: when demand is inelastic, quantity falls by little so tax revenue is large; when demand is elastic, quantity falls sharply and revenue is smaller; the incidence on consumers is greater when demand is inelastic",
        ["quantity falls", "revenue", "incidence"],
      ),
      pt("p4", 2, "Application: governments tax goods with inelastic demand (petrol, tobacco, alcohol) to raise revenue; example given", [
        "petrol",
        "tobacco",
        "example",
      ]),
    ],
    workedSolution:
      "**Definitions.** PED measures how responsive quantity demanded is to a change in price. An indirect tax is a tax on expenditure, collected from producers, which shifts the supply curve up by the tax per unit.\n\n**Diagram 1 (inelastic demand).** A steep demand curve; supply shifts from S to S + tax. Price rises by most of the tax and quantity falls only slightly, from Q₁ to Q₂. Tax revenue is the rectangle (tax per unit) × Q₂ — large.\n\n**Diagram 2 (elastic demand).** A flatter demand curve; the same vertical shift of supply causes a big fall in quantity. The revenue rectangle is much smaller.\n\n**Explanation.** Revenue = tax × quantity sold after the tax. If demand is inelastic, consumers keep buying, so the tax base barely shrinks and revenue is high; most of the burden (incidence) falls on consumers. If demand is elastic, buyers switch to substitutes, the base shrinks and little revenue is raised.\n\n**Application.** This is why governments worldwide levy excise duties on petrol, cigarettes and alcohol: demand for these has few close substitutes, so the taxes raise reliable revenue.",
  },
  {
    key: "economics-2-5-05",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: "The PED for a streaming service is estimated at −1.6. If the firm cuts its monthly price, what happens to its total revenue?",
    options: [
      { id: "A", text: "It falls, because demand is price inelastic." },
      { id: "B", text: "It falls, because each subscriber pays less." },
      { id: "C", text: "It stays the same, because demand is unit elastic." },
      { id: "D", text: "It rises, because demand is price elastic." },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: |PED| > 1 so a price cut raises quantity proportionately more and total revenue rises", ["D", "elastic", "rises"])],
    workedSolution:
      "|PED| = 1.6 > 1, so demand is **price elastic**: a 1% cut in price raises quantity demanded by 1.6%. The gain from extra subscribers outweighs the lower price per subscriber, so total revenue (P × Q) **rises** — option **D**.",
  },
  {
    key: "economics-2-5-06",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A gym sells 1000 monthly memberships at €20 each. The PED for memberships is −1.5. The gym cuts its price to €18.\n\nCalculate the change in the gym's monthly total revenue, in euros (give a positive answer for an increase and a negative answer for a decrease).",
    numericAnswer: { value: 700, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, "%ΔP = −10%, so %ΔQd = −1.5 × −10% = +15% / new Q = 1150", ["10%", "15%", "1150"]),
      pt("p2", 1, "Old TR = 20 × 1000 = €20 000; new TR = 18 × 1150 = €20 700", ["20000", "20700"]),
      pt("p3", 1, "Change in TR = +€700", ["700"]),
    ],
    workedSolution: String.raw`1. Percentage change in price: $\frac{18 - 20}{20} \times 100 = -10\%$.
2. $\%\Delta Q_d = \text{PED} \times \%\Delta P = -1.5 \times -10\% = +15\%$, so the new quantity is $1000 \times 1.15 = 1150$.
3. Old revenue: $20 \times 1000 = €20\,000$. New revenue: $18 \times 1150 = €20\,700$.
4. Change $= 20\,700 - 20\,000 = $ **+€700**.

This fits the rule: with elastic demand, a price cut raises total revenue.`,
  },
  // 2.6 elasticity of supply
  {
    key: "economics-2-6-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "2.6",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "When the price of handmade furniture rises from €50 to €60 per unit, the quantity supplied per month rises from 400 to 460 units.\n\nCalculate the price elasticity of supply (PES).",
    numericAnswer: { value: 0.75, tolerance: 0.01 },
    markscheme: [pt("p1", 1, "%ΔQs = 60/400 × 100 = 15% and %ΔP = 10/50 × 100 = 20%", ["15", "20"]), pt("p2", 1, "PES = 15/20 = 0.75", ["0.75"])],
    workedSolution: String.raw`$$\text{PES} = \frac{\%\Delta Q_s}{\%\Delta P} = \frac{\frac{460-400}{400}\times 100}{\frac{60-50}{50}\times 100} = \frac{15\%}{20\%} = 0.75$$
PES = **0.75**, so supply is price inelastic: skilled labour and time limit how quickly output can expand.`,
  },
  {
    key: "economics-2-6-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.6",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** factors that determine the price elasticity of supply of a product.",
    markscheme: [
      pt("p1", 1, "Time period: supply is more elastic in the long run", ["time", "long run"]),
      pt("p2", 1, "because firms have time to adjust fixed factors / build capacity / train workers", ["adjust", "capacity"]),
      pt("p3", 1, "Second factor: spare capacity / ability to store stocks / mobility of factors of production / rate at which costs rise", [
        "spare capacity",
        "stocks",
        "mobility",
      ]),
      pt("p4", 1, "Explanation: e.g. firms with spare capacity or stocks can raise output quickly without large cost increases, so supply is more elastic", [
        "quickly",
        "elastic",
        "costs",
      ]),
    ],
    workedSolution:
      "1. **Time.** In the very short run firms cannot change output much, so supply is inelastic. Over time they can hire and train workers, buy machines and build factories, so supply becomes more elastic.\n2. **Spare capacity / stocks.** A firm running below full capacity, or one holding stocks of finished goods, can increase the quantity supplied quickly when price rises, so its supply is elastic. A firm already at full capacity, or whose product cannot be stored (fresh fish), has inelastic supply.\n\nOther valid factors: mobility of factors of production, and how fast costs rise as output increases.",
  },
  {
    key: "economics-2-6-03",
    type: "MCQ",
    levels: HL,
    topicCode: "2.6",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Which statement best explains why the PES of agricultural commodities is usually lower than the PES of manufactured goods?",
    options: [
      { id: "A", text: "Agricultural goods have few substitutes in consumption." },
      { id: "B", text: "Agricultural output depends on growing seasons, so it takes a long time to respond to a price rise." },
      { id: "C", text: "Manufacturers face diminishing marginal returns but farmers do not." },
      { id: "D", text: "Agricultural goods are mainly normal goods." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: long production periods / growing seasons make supply slow to respond", ["B", "growing seasons", "time"])],
    workedSolution:
      "PES is about how quickly **producers** can respond. Crops take months to grow and tree crops years to mature, and farm output cannot easily be stored or switched, so supply responds slowly: PES is low. Factories can often add shifts or use spare capacity. Option **B**. Option A concerns *demand* (PED), C is false (diminishing returns affect both) and D is about income elasticity.",
  },
  // 2.7 role of government
  {
    key: "economics-2-7-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.7",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an appropriate diagram, explain the consequences for stakeholders of a maximum price (rent control) set below equilibrium in the market for rented housing.",
    markscheme: [
      pt("p1", 2, "Definition: a maximum price / price ceiling is a legal price set by government below the equilibrium price that sellers may not exceed", [
        "maximum price",
        "ceiling",
        "below equilibrium",
      ]),
      pt(
        "p2",
        3,
        "Diagram: D and S, equilibrium Pe/Qe, ceiling Pmax below Pe, Qs and Qd at Pmax with the shortage (Qd − Qs) labelled; welfare loss may be shown",
        ["shortage", "Pmax", "Qd", "Qs"],
      ),
      pt(
        "p3",
        3,
        "Consequences: shortage of housing; tenants who find housing pay less (gain), but others cannot find housing; landlords' income falls and they may reduce maintenance or leave the market; waiting lists, black/underground markets, discrimination",
        ["tenants", "landlords", "black market", "waiting lists"],
      ),
      pt(
        "p4",
        2,
        "Further stakeholders/effects: allocative inefficiency / welfare loss; government may need to provide housing; real-world example (e.g. a city with rent controls)",
        ["welfare loss", "allocative inefficiency", "example"],
      ),
    ],
    workedSolution:
      "**Definition.** A maximum price is a legally enforced price ceiling set *below* equilibrium to make a necessity more affordable.\n\n**Diagram (described).** Rent on the vertical axis, number of rental flats on the horizontal. D and S cross at Pe, Qe. Draw a horizontal line at Pmax below Pe. At Pmax, quantity supplied falls to Qs while quantity demanded rises to Qd; label the gap Qd − Qs as the **shortage**. The triangle between D and S from Qs to Qe is the welfare loss.\n\n**Consequences for stakeholders.**\n- *Tenants who have a flat:* pay lower rent — they gain.\n- *People seeking a flat:* face a shortage, long waiting lists and possibly have to pay illegal 'key money' (underground market); landlords may discriminate among applicants.\n- *Landlords:* lower income; some sell or convert flats, and quality may decline as maintenance is cut.\n- *Government:* faces pressure to build social housing and to enforce the rules.\n- *Society:* output Qs is below the allocatively efficient Qe, creating a welfare loss.\n\nA top answer links these to a real case, e.g. a city where rent controls were followed by a fall in new rental construction.",
  },
  {
    key: "economics-2-7-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.7",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "Discuss the view that a government should raise the national minimum wage to reduce poverty among low-paid workers.",
    markscheme: [
      pt("p1", 2, "Definitions: minimum wage (a price floor in the labour market set above the equilibrium wage) / poverty", [
        "minimum wage",
        "price floor",
        "above equilibrium",
      ]),
      pt(
        "p2",
        2,
        "Labour market diagram: wage on the vertical axis, quantity of labour on the horizontal; Wmin above We; quantity of labour demanded falls and quantity supplied rises, giving a surplus of labour (unemployment)",
        ["diagram", "surplus of labour", "unemployment"],
      ),
      pt(
        "p3",
        3,
        "Analysis: workers who keep their jobs gain higher income, reducing in-work poverty; but firms' costs rise so some may reduce hiring/hours, substitute capital for labour, or pass costs on in higher prices",
        ["higher income", "costs", "substitute capital"],
      ),
      pt("p4", 2, "Real-world example(s) of a minimum wage increase and its effects", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: effect depends on the size of the increase and on the wage elasticity of demand for labour; monopsony employers may increase employment; regional differences; stakeholders (young/low-skilled workers, small firms, consumers, government tax revenue and benefit spending); alternatives such as in-work benefits, education/training",
        ["elasticity", "monopsony", "stakeholders", "alternatives"],
      ),
      pt("p6", 2, "Balanced conclusion with justified judgement (Level 4 markband)", ["conclusion", "judgement"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Definitions.** A minimum wage is a price floor in the labour market: a legal lowest wage, set above the market equilibrium to raise low pay.\n2. **Diagram (described).** Labour market with D(labour) sloping down and S(labour) sloping up, meeting at We, Le. Wmin above We: employers demand Ld (< Le) while Ls (> Le) people want to work. The gap Ls − Ld is excess supply of labour (unemployment).\n3. **Arguments for.** Workers who remain employed earn more, directly cutting in-work poverty; may boost consumption and AD; may raise morale and productivity and reduce staff turnover; reduces reliance on welfare benefits.\n4. **Arguments against.** Higher labour costs may lead to fewer jobs or hours, especially for young and low-skilled workers; firms may automate; small firms may close; prices may rise, partly offsetting real gains; it does nothing for the unemployed, who are often the poorest.\n5. **Evaluation.**\n   - Size matters: a modest rise relative to the median wage may have little job loss; a large rise may cause much more.\n   - If demand for labour is wage-inelastic, employment falls little.\n   - In a monopsony labour market a minimum wage can even *raise* employment.\n   - Many poor households have no one in work, so better targeted tools (in-work benefits, training) may help more.\n6. **Conclusion.** A moderate, carefully phased increase is likely to reduce poverty among those in work at limited employment cost, but it should be combined with training and targeted transfers.",
  },
  {
    key: "economics-2-7-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.7",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: "A specific (per-unit) tax is placed on a good. In which case will the **largest share** of the tax burden fall on consumers?",
    options: [
      { id: "A", text: "Demand is price elastic and supply is price inelastic." },
      { id: "B", text: "Demand is price inelastic and supply is price elastic." },
      { id: "C", text: "Demand and supply are both perfectly elastic." },
      { id: "D", text: "Demand is unit elastic and supply is perfectly inelastic." },
    ],
    correctOptionId: "B",
    markscheme: [
      pt("p1", 1, "B: the burden falls mostly on the side of the market that is less able to respond, here consumers with inelastic demand", [
        "B",
        "inelastic demand",
      ]),
    ],
    workedSolution:
      "The tax incidence falls most heavily on whichever side is *less responsive* to price. If demand is inelastic and supply elastic, producers can cut output easily but consumers keep buying, so the price rises by most of the tax: consumers bear most of it. Answer **B**. In D, with perfectly inelastic supply, producers bear the whole tax.",
  },
  // 2.7H calculations (HL)
  {
    key: "economics-2-7h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The market for cartons of juice is given by $Q_d = 200 - 10P$ and $Q_s = -40 + 20P$ (price in euros, quantity in thousands of cartons per week). The government imposes a specific tax of €3 per carton on producers, so supply becomes $Q_s = -40 + 20(P - 3)$.

Calculate the government's weekly tax revenue, in thousands of euros.`,
    numericAnswer: { value: 300, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`New equilibrium: $200 - 10P = -100 + 20P$ ⇒ $P = 10$, $Q = 100$`, ["10", "100"]),
      pt("p2", 1, "Tax revenue = 3 × 100 = €300 thousand per week", ["300"]),
    ],
    workedSolution: String.raw`With the tax, $Q_s = -40 + 20(P - 3) = -100 + 20P$.

New equilibrium: $200 - 10P = -100 + 20P \Rightarrow 300 = 30P \Rightarrow P = 10$, so $Q = 200 - 100 = 100$ thousand cartons.

Tax revenue $=$ tax per unit $\times$ quantity $= 3 \times 100 = $ **€300 thousand** per week.`,
  },
  {
    key: "economics-2-7h-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`In the juice market $Q_d = 200 - 10P$ and $Q_s = -40 + 20P$ (price in euros, quantities in thousands of cartons per week). After a specific tax of €3 per carton, consumers pay €10 per carton and buy 100 thousand cartons per week.

By first finding the equilibrium price before the tax, calculate the part of the weekly tax revenue paid by **consumers**, in thousands of euros.`,
    numericAnswer: { value: 200, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`Pre-tax equilibrium: $200 - 10P = -40 + 20P$ ⇒ $P = 8$ (Q = 120); consumer price rises by €2 per unit`, ["8", "120", "2"]),
      pt("p2", 1, "Consumer incidence = 2 × 100 = €200 thousand", ["200"]),
    ],
    workedSolution: String.raw`Pre-tax: $200 - 10P = -40 + 20P \Rightarrow 240 = 30P \Rightarrow P = 8$, $Q = 120$.

After the tax consumers pay €10, i.e. €2 more per carton than before. On each of the 100 thousand cartons bought, consumers bear €2:
$$\text{consumer incidence} = (10 - 8) \times 100 = 200$$
So consumers pay **€200 thousand** of the €300 thousand revenue; producers (who now receive €10 − €3 = €7, down from €8) bear the other €100 thousand.`,
  },
  {
    key: "economics-2-7h-03",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 4,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`In the juice market ($Q_d = 200 - 10P$, $Q_s = -40 + 20P$, quantities in thousands), a €3 per unit tax reduces the quantity traded from 120 thousand to 100 thousand cartons per week.

Calculate the welfare loss (deadweight loss) caused by the tax, in thousands of euros per week.`,
    numericAnswer: { value: 30, tolerance: 0.05, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`Welfare loss triangle $= \tfrac12 \times 3 \times (120 - 100)$`, ["1/2", "3", "20"]),
      pt("p2", 1, "= €30 thousand per week", ["30"]),
    ],
    workedSolution: String.raw`The welfare loss is the triangle between the demand and original supply curves over the units no longer traded. Its height is the tax wedge (€3) and its base is the fall in quantity (120 − 100 = 20 thousand):
$$\text{welfare loss} = \tfrac12 \times 3 \times 20 = 30$$
**€30 thousand** per week.`,
  },
  {
    key: "economics-2-7h-04",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The market for solar panels is $Q_d = 90 - 3P$ and $Q_s = -10 + 2P$ (price in hundreds of euros, quantity in thousands of panels). The government pays producers a subsidy of 5 (hundred euros) per panel, so supply becomes $Q_s = -10 + 2(P + 5)$.

Calculate the total cost of the subsidy to the government, in hundreds of thousands of euros (i.e. subsidy per unit × quantity, in the units given).`,
    numericAnswer: { value: 180, tolerance: 0.5 },
    markscheme: [
      pt("p1", 1, String.raw`New supply $Q_s = 2P$; $90 - 3P = 2P$ ⇒ $P = 18$, $Q = 36$`, ["18", "36"]),
      pt("p2", 1, "Cost = 5 × 36 = 180", ["180"]),
    ],
    workedSolution: String.raw`With the subsidy, $Q_s = -10 + 2(P + 5) = 2P$.

New equilibrium: $90 - 3P = 2P \Rightarrow 5P = 90 \Rightarrow P = 18$, so $Q = 2 \times 18 = 36$ thousand panels.

Cost $= 5 \times 36 = $ **180** (hundreds of euros × thousands of panels), i.e. €18 million.

(Before the subsidy: $90 - 3P = -10 + 2P \Rightarrow P = 20$, $Q = 30$. Consumers now pay 18 instead of 20; producers receive $18 + 5 = 23$.)`,
  },
  {
    key: "economics-2-7h-05",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 2,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`For the market $Q_d = 90 - 3P$ and $Q_s = -10 + 2P$ (quantities in thousands), the government sets a maximum price of 15.

Calculate the size of the resulting shortage, in thousands of units.`,
    numericAnswer: { value: 25, tolerance: 0.01, unit: "thousand units" },
    markscheme: [pt("p1", 1, String.raw`At $P = 15$: $Q_d = 45$ and $Q_s = 20$`, ["45", "20"]), pt("p2", 1, "Shortage = 45 − 20 = 25 thousand", ["25"])],
    workedSolution: String.raw`Equilibrium is at $P = 20$, so a ceiling of 15 is binding.

At $P = 15$: $Q_d = 90 - 45 = 45$ and $Q_s = -10 + 30 = 20$.

Shortage $= Q_d - Q_s = 45 - 20 = $ **25 thousand units**.`,
  },
  // 2.8 externalities and common pool resources
  {
    key: "economics-2-8-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.8",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an appropriate diagram, explain why the production of cement, which releases large quantities of carbon dioxide, results in market failure.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: market failure (the market fails to allocate resources efficiently / allocative inefficiency) and negative production externality (external cost imposed on third parties)",
        ["market failure", "external cost", "third parties"],
      ),
      pt(
        "p2",
        3,
        "Diagram: MPC (= S) and MSC above it, D = MPB = MSB; market output Qm where MPC = MSB; optimum Q* where MSC = MSB; Qm > Q*; welfare loss triangle shaded",
        ["MSC", "MPC", "Qm", "welfare loss"],
      ),
      pt(
        "p3",
        3,
        "Explanation: firms ignore the external cost of CO₂ (climate change damage to third parties), so MSC > MPC; the market over-produces and under-prices cement; at Qm the MSC of the last units exceeds MSB",
        ["ignore", "over-produce", "MSC > MSB"],
      ),
      pt("p4", 2, "Conclusion that resources are over-allocated / allocative inefficiency with a welfare loss; real-world reference", [
        "over-allocated",
        "allocative inefficiency",
      ]),
    ],
    workedSolution:
      "**Definitions.** Market failure occurs when the free market does not allocate resources efficiently (MSB ≠ MSC). A negative production externality is a cost created by production that falls on third parties and is not paid for by the producer.\n\n**Diagram (described).** Price/costs on the vertical axis, quantity of cement on the horizontal. Demand is labelled D = MPB = MSB. Supply is labelled S = MPC. A second curve, MSC, lies above MPC; the vertical gap is the external cost per unit. The market settles at Qm (MPC = MSB); the social optimum is Q* (MSC = MSB), which is smaller. Shade the triangle between MSC and MSB from Q* to Qm: the welfare loss.\n\n**Explanation.** Cement makers pay for fuel, limestone and labour (private costs) but not for the damage their CO₂ causes through climate change. Their supply decisions reflect only MPC, so they produce Qm. For each unit between Q* and Qm, the cost to society exceeds the benefit to society. Too many resources are allocated to cement and the price is too low: a market failure with a welfare loss.",
  },
  {
    key: "economics-2-8-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.8",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the use of a carbon tax as a response to the negative externalities caused by burning fossil fuels.",
    markscheme: [
      pt("p1", 2, "Definitions: carbon tax (a tax on the carbon content of fuels / per tonne of CO₂ emitted) and negative externality", [
        "carbon tax",
        "negative externality",
      ]),
      pt("p2", 2, "Diagram: tax shifts MPC up towards MSC, reducing output from Qm towards Q* and reducing the welfare loss (internalising the externality)", [
        "internalise",
        "MPC",
        "Q*",
        "diagram",
      ]),
      pt(
        "p3",
        3,
        "Analysis: the tax makes polluters pay (polluter-pays principle), creates an incentive to switch to cleaner technology, and raises revenue that can fund renewables or compensate households",
        ["polluter pays", "incentive", "revenue"],
      ),
      pt("p4", 2, "Real-world example(s), e.g. a country with a carbon tax and its results", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: difficulty of measuring the external cost (setting the right tax); inelastic demand for fuel means a small fall in emissions in the short run; regressive effects on low-income households; loss of international competitiveness / carbon leakage; comparison with tradable permits (certainty of quantity) and regulation; political acceptability",
        ["measure", "inelastic", "regressive", "tradable permits"],
      ),
      pt("p6", 2, "Balanced, justified conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Definitions.** A carbon tax is a tax per tonne of CO₂ emitted (or on the carbon content of fuel). A negative externality is an uncompensated cost borne by third parties.\n2. **Diagram (described).** MSC lies above MPC; market output Qm exceeds optimum Q*. A tax equal to the external cost shifts MPC up to coincide with MSC, so output falls to Q* and the welfare loss disappears — the externality is *internalised*.\n3. **Strengths.** Applies the polluter-pays principle; market-based, so firms find the cheapest ways to cut emissions; continuing incentive to innovate; raises revenue that can fund green investment or be returned to households.\n4. **Example.** Countries that have taxed carbon for decades have seen emissions fall while GDP grew (use a specific case you know).\n5. **Evaluation.**\n   - The external cost is hard to measure, so the 'right' tax is uncertain; unlike tradable permits, a tax does not fix the quantity of emissions.\n   - Demand for fuel is price inelastic in the short run, so emissions may fall only slowly.\n   - Energy is a large share of poorer households' spending, so the tax is regressive unless revenue is recycled.\n   - Unilateral taxes may move production abroad (carbon leakage) and hurt competitiveness.\n   - Politically unpopular.\n6. **Conclusion.** A carbon tax is one of the most efficient tools available, provided it is set at a credible level, rises over time, is combined with measures to protect low-income households, and is coordinated internationally or with border adjustments.",
  },
  {
    key: "economics-2-8-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.8",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why an open-access fishing ground is likely to be over-fished.",
    markscheme: [
      pt("p1", 1, "Common pool / common access resource: rivalrous but non-excludable", ["common pool", "rivalrous", "non-excludable"]),
      pt("p2", 1, "No one owns the fish stock, so no one can be charged for / prevented from using it (no price)", ["no owner", "no price", "cannot exclude"]),
      pt("p3", 1, "Each fisher maximises own catch, ignoring the effect on the stock available to others / future generations", ["ignore", "others", "future"]),
      pt("p4", 1, "So the resource is over-used and depleted — the tragedy of the commons; unsustainable", [
        "tragedy of the commons",
        "depleted",
        "unsustainable",
      ]),
    ],
    workedSolution:
      "Fish in the open sea are a **common pool resource**: they are *rivalrous* (a fish caught by one boat cannot be caught by another) but *non-excludable* (no one can easily be stopped from fishing).\n\nBecause nobody owns the stock, there is no price for using it. Each fisher gains the full benefit of an extra catch but bears only a tiny share of the cost of a smaller stock, which falls on all other fishers and on future generations. Each acts in self-interest, so collectively they catch more than the sustainable yield: the stock is depleted — the **tragedy of the commons**.",
  },
  {
    key: "economics-2-8-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.8",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Using a diagram, explain why the free market under-provides vaccinations.",
    markscheme: [
      pt("p1", 1, "Diagram: MPB and MSB above it, S = MPC = MSC; market output Qm where MPB = MPC, optimum Q* where MSB = MSC, Q* > Qm", [
        "MSB",
        "MPB",
        "Q*",
        "Qm",
      ]),
      pt("p2", 1, "Welfare loss triangle between MSB and MSC from Qm to Q*", ["welfare loss"]),
      pt("p3", 1, "Positive consumption externality: vaccinated people also protect others (herd immunity), an external benefit to third parties", [
        "positive externality",
        "external benefit",
        "herd immunity",
      ]),
      pt("p4", 1, "Consumers consider only their private benefit so demand (MPB) is too low; vaccinations are under-consumed / resources under-allocated", [
        "private benefit",
        "under-consumed",
        "under-allocated",
      ]),
    ],
    workedSolution:
      "**Diagram (described).** Supply S = MPC = MSC. Demand D = MPB. A second curve, MSB, lies above MPB; the gap is the external benefit. Market output is Qm (MPB = MPC); the optimum is Q* (MSB = MSC), to the right of Qm. Shade the welfare-loss triangle between MSB and MSC from Qm to Q*.\n\n**Explanation.** A vaccinated person benefits privately but also reduces the chance that others catch the disease — a **positive consumption externality**. Individuals weigh only their private benefit when deciding whether to pay, so demand reflects MPB, not MSB. The market therefore produces Qm < Q*: vaccinations are under-consumed and society loses the welfare shown by the triangle.",
  },
  {
    key: "economics-2-8-05",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.8",
    difficulty: 4,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A chemical plant creates a constant external cost of €6 per tonne of output, so the MSC curve lies €6 above the MPC curve at every output. The free-market output is 500 tonnes per week, while the socially optimal output is 400 tonnes per week.\n\nCalculate the welfare loss caused by the externality, in euros per week.",
    numericAnswer: { value: 300, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, "Welfare loss triangle: height = €6 (gap between MSC and MSB at Qm), base = 500 − 400 = 100 tonnes", ["6", "100"]),
      pt("p2", 1, "Welfare loss = ½ × 6 × 100 = €300", ["300"]),
    ],
    workedSolution: String.raw`The welfare loss is the triangle with corners at the social optimum (400 tonnes, where MSC = MSB) and at the market output (500 tonnes), between MSC and MSB.

At 500 tonnes, MPC = MSB, and MSC is €6 above MPC, so the vertical side of the triangle is €6. The horizontal side is $500 - 400 = 100$ tonnes.
$$\text{welfare loss} = \tfrac12 \times 6 \times 100 = 300$$
**€300 per week.**`,
  },
  // 2.9 public goods
  {
    key: "economics-2-9-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "2.9",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why street lighting is unlikely to be provided by a free market.",
    markscheme: [
      pt("p1", 1, "Non-rivalrous: one person's use does not reduce the amount available to others", ["non-rivalrous", "does not reduce"]),
      pt("p2", 1, "Non-excludable: people cannot be prevented from benefiting even if they do not pay", ["non-excludable", "cannot be prevented"]),
      pt("p3", 1, "Free-rider problem: people have an incentive to let others pay, so demand is not revealed", ["free rider", "free-rider"]),
      pt("p4", 1, "So private firms cannot charge/earn profit and will not supply it: missing market; the government provides it funded by taxes", [
        "no profit",
        "missing market",
        "government provides",
      ]),
    ],
    workedSolution:
      "Street lighting is a **public good**:\n- *Non-rivalrous:* one more person walking under a lamp does not reduce the light for anyone else.\n- *Non-excludable:* it is impossible to stop non-payers from benefiting.\n\nBecause of non-excludability, people can **free ride**: they enjoy the light without paying, and each hopes others will pay. A private firm therefore cannot collect enough revenue to cover costs and make a profit, so the market supplies nothing — a **missing market**. This is why local governments provide street lighting and fund it from taxation.",
  },
  {
    key: "economics-2-9-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.9",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Which of the following is the best example of a **public good**?",
    options: [
      { id: "A", text: "A toll motorway" },
      { id: "B", text: "Fish in international waters" },
      { id: "C", text: "A state-run hospital" },
      { id: "D", text: "A flood-defence barrier protecting a town" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: flood defence is non-rivalrous and non-excludable", ["D", "flood"])],
    workedSolution:
      "A public good is non-rivalrous **and** non-excludable. A flood barrier protects every household in the town, and protecting one more house does not reduce protection for others — **D**. A toll road is excludable; a hospital is rivalrous and excludable (it is a merit good when state-provided); fish are rivalrous (a common pool resource).",
  },
  // 2.10 asymmetric information (HL)
  {
    key: "economics-2-10-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.10",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain how asymmetric information may lead to **adverse selection** in the market for health insurance, and outline one way insurers may respond.",
    markscheme: [
      pt("p1", 1, "Asymmetric information: one party (the buyer of insurance) knows more about their health risk than the other (insurer)", [
        "asymmetric information",
        "knows more",
      ]),
      pt("p2", 1, "Insurer sets a premium based on average risk, which is attractive to high-risk people but expensive for low-risk people", [
        "average risk",
        "premium",
        "high-risk",
      ]),
      pt("p3", 1, "Low-risk people leave, the pool becomes riskier, premiums rise further — adverse selection / market may shrink or fail", [
        "adverse selection",
        "low-risk leave",
        "premiums rise",
      ]),
      pt("p4", 1, "Response: screening (medical checks, questionnaires) / risk-based premiums / compulsory insurance / signalling", [
        "screening",
        "medical",
        "compulsory",
      ]),
    ],
    workedSolution:
      "**Asymmetric information** exists when one side of a transaction knows more than the other. Buyers of health insurance know their lifestyle and medical history better than the insurer.\n\nIf the insurer charges one premium based on *average* risk, the policy is a bargain for people who know they are high-risk and poor value for the healthy. Healthy people drop out, the remaining pool is riskier, costs rise, and premiums must rise again — driving out more low-risk buyers. This is **adverse selection**; in extreme cases the market unravels.\n\n**Response:** insurers *screen* applicants (health questionnaires, medical examinations) and charge premiums according to risk. Governments may instead make insurance compulsory so low-risk people stay in the pool.",
  },
  {
    key: "economics-2-10-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.10",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate government regulation and the provision of information as responses to market failure caused by asymmetric information.",
    markscheme: [
      pt("p1", 2, "Definitions: asymmetric information, adverse selection and moral hazard", ["asymmetric information", "adverse selection", "moral hazard"]),
      pt(
        "p2",
        3,
        "Analysis of the market failure: buyers or sellers cannot judge quality/risk, so markets misallocate resources, e.g. used cars ('lemons'), financial products, health care, insurance; moral hazard in banking",
        ["quality", "lemons", "misallocate"],
      ),
      pt(
        "p3",
        2,
        "Responses explained: legislation/regulation (licensing, product standards, mandatory disclosure, warranties) and government provision of information; private responses (signalling, screening)",
        ["licensing", "disclosure", "signalling", "screening"],
      ),
      pt("p4", 2, "Real-world example(s), e.g. financial regulation after the 2008 crisis, food labelling, professional licensing of doctors", [
        "example",
        "2008",
        "labelling",
      ]),
      pt(
        "p5",
        4,
        "Evaluation: regulation can be costly to enforce and create barriers to entry; risk of regulatory capture/government failure; consumers may ignore or misunderstand information (bounded rationality); information provision is cheap but may be ineffective; effectiveness varies between markets; private solutions may suffice",
        ["enforce", "barriers to entry", "government failure", "bounded rationality"],
      ),
      pt("p6", 2, "Substantiated conclusion / prioritised judgement (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** asymmetric information (one party has more relevant information), adverse selection (hidden information before a deal attracts the 'wrong' buyers/sellers) and moral hazard (hidden action after a deal, e.g. an insured bank taking more risk).\n2. **Explain the failure.** In the used-car market, buyers cannot tell good cars from bad, so they pay only an average price; owners of good cars withdraw and quality falls. In finance, borrowers and banks know more about risks than depositors or taxpayers.\n3. **Responses.**\n   - *Regulation:* licensing of professionals, minimum quality standards, compulsory disclosure in financial products, mandatory warranties, capital requirements for banks.\n   - *Information provision:* labelling, public ratings, education campaigns.\n   - *Private responses:* signalling (warranties, brands, qualifications) and screening (credit checks).\n4. **Evaluate.**\n   - Regulation can correct failures that information alone cannot (e.g. complex financial products), but it is costly, may act as a barrier to entry and can suffer from regulatory capture.\n   - Information is cheap and preserves choice, but consumers with bounded rationality may ignore or misread it.\n   - In some markets private signalling works well, so government action may be unnecessary — or create government failure.\n5. **Conclude** with a judgement: e.g. regulation is justified where the consequences are severe and information is highly technical (banking, medicine), while information provision and private signalling suffice in lower-stakes markets.",
  },
  // 2.11 market power (HL)
  {
    key: "economics-2-11-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.11",
    difficulty: 2,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A monopolist maximises profit by selling 50 units per day at a price of €40. At this output its average total cost (ATC) is €32.\n\nCalculate the firm's daily abnormal (economic) profit.",
    numericAnswer: { value: 400, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, "Profit per unit = AR − ATC = 40 − 32 = €8 / TR = 2000 and TC = 1600", ["8", "2000", "1600"]),
      pt("p2", 1, "Abnormal profit = 8 × 50 = €400", ["400"]),
    ],
    workedSolution: String.raw`Profit $= (\text{AR} - \text{ATC}) \times Q$. Here AR = price = €40.
$$(40 - 32) \times 50 = 8 \times 50 = 400$$
Equivalently $TR = 40 \times 50 = 2000$ and $TC = 32 \times 50 = 1600$, so profit $= €400$. Because ATC includes normal profit, this is **€400 of abnormal profit** per day.`,
  },
  {
    key: "economics-2-11-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.11",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A firm with market power sells 100 units at €10.00 each. To sell 101 units it must lower its price to €9.95 on **all** units.\n\nCalculate the marginal revenue of the 101st unit.",
    numericAnswer: { value: 4.95, tolerance: 0.005, unit: "€" },
    markscheme: [
      pt("p1", 1, "TR at 100 units = €1000; TR at 101 units = 101 × 9.95 = €1004.95", ["1000", "1004.95"]),
      pt("p2", 1, "MR = 1004.95 − 1000 = €4.95", ["4.95"]),
    ],
    workedSolution: String.raw`Marginal revenue is the change in total revenue from selling one more unit.
- $TR_{100} = 100 \times 10.00 = 1000$
- $TR_{101} = 101 \times 9.95 = 1004.95$

$$MR = 1004.95 - 1000 = 4.95$$
MR = **€4.95**, well below the new price of €9.95, because the price cut applies to all 100 units previously sold. This is why MR lies below AR (demand) for a firm with market power.`,
  },
  {
    key: "economics-2-11-03",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.11",
    difficulty: 1,
    marks: 1,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In a national supermarket industry the market shares of the largest firms are: 22%, 18%, 15%, 10%, 7% and 5%; the remainder is shared among many small firms.\n\nCalculate the four-firm concentration ratio (in %).",
    numericAnswer: { value: 65, tolerance: 0.01, unit: "%" },
    markscheme: [pt("p1", 1, "CR4 = 22 + 18 + 15 + 10 = 65%", ["65"])],
    workedSolution:
      "The four-firm concentration ratio (CR4) is the combined market share of the four largest firms:\n\n22 + 18 + 15 + 10 = **65%**.\n\nA CR4 this high suggests an oligopoly.",
  },
  {
    key: "economics-2-11-04",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.11",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an appropriate diagram, explain why a profit-maximising monopoly is allocatively inefficient.",
    markscheme: [
      pt("p1", 2, "Definitions: monopoly (single seller / high barriers to entry / price maker) and allocative efficiency (P = MC, or MSB = MSC)", [
        "monopoly",
        "barriers to entry",
        "P = MC",
      ]),
      pt(
        "p2",
        3,
        "Diagram: downward-sloping AR = D, MR below AR, MC and ATC; profit-maximising Qm where MC = MR, price Pm read from AR; abnormal profit shaded; allocatively efficient output where P = MC (Qc) shown",
        ["MC = MR", "AR", "MR", "abnormal profit"],
      ),
      pt(
        "p3",
        3,
        "Explanation: at Qm, price > MC, so consumers value the last unit more than it costs to produce; output is restricted and price raised compared with the P = MC level",
        ["price > MC", "restricted output", "higher price"],
      ),
      pt(
        "p4",
        2,
        "Welfare loss (deadweight loss) triangle between AR and MC from Qm to Qc; loss of consumer surplus / transfer to producer; real-world example",
        ["welfare loss", "consumer surplus", "example"],
      ),
    ],
    workedSolution:
      "**Definitions.** A monopoly is the single seller of a product with no close substitutes, protected by high barriers to entry; it is a price maker. Allocative efficiency occurs where price (marginal benefit) equals marginal cost.\n\n**Diagram (described).** Costs and revenue on the vertical axis, quantity on the horizontal. A downward-sloping demand curve labelled D = AR, with MR below it (twice as steep if linear). A U-shaped ATC and an MC curve cutting ATC at its minimum. Profit is maximised at Qm where MC = MR; go up to AR to read price Pm. Shade the abnormal-profit rectangle (Pm − ATC) × Qm. Mark Qc where MC cuts AR.\n\n**Explanation.** At Qm, Pm is well above MC: the value consumers put on one more unit exceeds the cost of producing it, so society would gain from more output. The monopolist does not expand because selling more would require cutting price on all units, reducing MR below MC. Output is restricted (Qm < Qc) and price raised. The triangle between AR and MC from Qm to Qc is a **welfare loss**, and some consumer surplus is transferred to the firm as abnormal profit. Hence monopoly is allocatively inefficient.",
  },
  {
    key: "economics-2-11-05",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.11",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the view that governments should always prevent the growth of firms with significant market power.",
    markscheme: [
      pt("p1", 2, "Definitions: market power (ability of a firm to influence price), monopoly/oligopoly, competition policy", [
        "market power",
        "influence price",
        "competition policy",
      ]),
      pt("p2", 2, "Diagram: monopoly (or collusive oligopoly) with MC = MR, price above MC and welfare loss; or natural monopoly with falling LRATC", [
        "diagram",
        "welfare loss",
        "natural monopoly",
      ]),
      pt(
        "p3",
        3,
        "Case against market power: higher prices, lower output, allocative and productive inefficiency, X-inefficiency, less choice, possible collusion/cartels",
        ["higher prices", "inefficiency", "collusion"],
      ),
      pt(
        "p4",
        3,
        "Case for large firms: economies of scale lower costs; abnormal profits fund research and development / innovation (dynamic efficiency); natural monopoly; international competitiveness",
        ["economies of scale", "innovation", "R&D", "natural monopoly"],
      ),
      pt(
        "p5",
        3,
        "Evaluation: contestable markets limit abuse; regulation (price caps, nationalisation) vs breaking up firms; risk of government failure and regulatory capture; depends on industry and on whether power is abused; stakeholder perspectives",
        ["contestable", "regulation", "government failure", "stakeholders"],
      ),
      pt("p6", 2, "Real-world example(s) and a substantiated conclusion (Level 4 markband)", ["example", "conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** market power, monopoly and oligopoly, and competition (anti-trust) policy.\n2. **Diagram.** Monopoly: MC = MR gives Qm and Pm > MC, abnormal profit and a welfare-loss triangle. Alternatively show a natural monopoly where LRATC is still falling where it meets demand — one firm is cheapest.\n3. **Against market power.** Higher prices and restricted output; allocative inefficiency (P > MC), possible productive inefficiency and X-inefficiency without competitive pressure; less choice; risk of collusion.\n4. **For large firms.** Economies of scale can mean lower prices than many small firms could offer; abnormal profits can finance R&D (dynamic efficiency — e.g. pharmaceuticals, tech); natural monopolies (water, rail networks) would be wasteful to duplicate; large firms may compete globally.\n5. **Evaluate.** The word *always* is too strong:\n   - If the market is contestable, the threat of entry disciplines the firm.\n   - Regulating behaviour (price caps, fines for abuse, blocking specific mergers) may be better than stopping growth.\n   - Competition authorities face information problems and possible capture (government failure).\n   - The answer differs by industry and stakeholder: consumers, workers, shareholders, suppliers.\n6. **Example and conclusion.** Refer to a real competition case (e.g. a blocked merger or a large fine for abuse of dominance). Conclude that governments should prevent the *abuse* of market power and block mergers that substantially reduce competition, rather than always preventing growth.",
  },
  {
    key: "economics-2-11-06",
    type: "MCQ",
    levels: HL,
    topicCode: "2.11",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: "A firm in perfect competition is making a loss in the short run. Under which condition should it shut down immediately?",
    options: [
      { id: "A", text: "Price is below average total cost." },
      { id: "B", text: "Price is below average variable cost." },
      { id: "C", text: "Marginal revenue is below average revenue." },
      { id: "D", text: "Price is below marginal cost." },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: shut down when P < AVC (it cannot even cover its variable costs)", ["B", "AVC"])],
    workedSolution:
      "In the short run fixed costs must be paid whether or not the firm produces. If price covers average variable cost, producing contributes something towards fixed costs, so the firm keeps going even at a loss (A is not enough to shut). If **P < AVC**, every unit produced adds to the loss, so shutting down minimises losses — **B**. (C never applies in perfect competition, where MR = AR.)",
  },
  // 2.12 equity (HL)
  {
    key: "economics-2-12-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "2.12",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why a free market economy may fail to achieve an equitable distribution of income.",
    markscheme: [
      pt("p1", 1, "Equity means fairness (not necessarily equality) in the distribution of income/wealth", ["equity", "fairness"]),
      pt("p2", 1, "In a free market, income depends on ownership of factors of production and the market value of skills", [
        "factors of production",
        "skills",
        "ownership",
      ]),
      pt(
        "p3",
        1,
        "People with few skills/assets, or unable to work (illness, disability, age), receive low or no income; inherited wealth passes advantage on",
        ["low income", "unable to work", "inherited wealth"],
      ),
      pt(
        "p4",
        1,
        "The market responds to purchasing power, not need, so inequality can persist/grow — a form of market failure justifying redistribution (OWTTE)",
        ["purchasing power", "need", "redistribution"],
      ),
    ],
    workedSolution:
      "**Equity** means fairness in distribution; it is a normative idea and is not the same as equality.\n\nIn a free market, incomes are rewards to factors of production: wages for labour, rent, interest and profit for owners of land and capital. So a person's income depends on the skills they have and the assets they own, and on how much the market values them. Those with scarce skills or large inherited wealth earn a lot; those with few skills, or who cannot work because of illness, disability or age, earn little or nothing.\n\nMarkets allocate goods according to **purchasing power, not need**, so these inequalities are not corrected — wealth compounds over generations. This is why governments redistribute through progressive taxes, transfer payments and provision of services such as education and health care.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 3: Macroeconomics
// ─────────────────────────────────────────────────────────────────────────────
const unit3: QuestionInput[] = [
  {
    key: "economics-3-1-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In 2024 a country's nominal GDP was €540 billion. The GDP deflator for 2024 was 120 (base year 2015 = 100).\n\nCalculate real GDP for 2024 in base-year prices, in € billion.",
    numericAnswer: { value: 450, tolerance: 0.5, unit: "€ billion" },
    markscheme: [pt("p1", 1, "Real GDP = nominal GDP ÷ deflator × 100 / 540 ÷ 1.2", ["540", "120", "1.2"]), pt("p2", 1, "= €450 billion", ["450"])],
    workedSolution: String.raw`$$\text{real GDP} = \frac{\text{nominal GDP}}{\text{GDP deflator}} \times 100 = \frac{540}{120} \times 100 = 450$$
Real GDP is **€450 billion** at 2015 prices. The difference (€90 billion) is due to prices having risen by 20% since the base year.`,
  },
  {
    key: "economics-3-1-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "The following data (in € billion) refer to an economy in one year:\n\n| Component | € billion |\n|---|---|\n| Household consumption | 620 |\n| Investment | 150 |\n| Government spending | 210 |\n| Exports | 300 |\n| Imports | 330 |\n| Net income from abroad | −15 |\n\nCalculate GDP using the expenditure approach.",
    numericAnswer: { value: 950, tolerance: 0.5, unit: "€ billion" },
    markscheme: [
      pt("p1", 1, "GDP = C + I + G + (X − M) = 620 + 150 + 210 + (300 − 330); net income from abroad not included", ["C + I + G + (X - M)", "300 - 330"]),
      pt("p2", 1, "GDP = €950 billion", ["950"]),
    ],
    workedSolution: String.raw`$$\text{GDP} = C + I + G + (X - M) = 620 + 150 + 210 + (300 - 330) = 980 - 30 = 950$$
GDP = **€950 billion**. Net income from abroad is *not* part of GDP; it is added to get GNI ($950 - 15 = 935$).`,
  },
  {
    key: "economics-3-1-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A country's nominal GDP in 2025 is €1320 billion. Measured at base-year prices, its GDP in 2025 is €1200 billion.\n\nCalculate the GDP deflator for 2025.",
    numericAnswer: { value: 110, tolerance: 0.05 },
    markscheme: [pt("p1", 1, "GDP deflator = nominal GDP ÷ real GDP × 100 = 1320/1200 × 100", ["1320", "1200", "100"]), pt("p2", 1, "= 110", ["110"])],
    workedSolution: String.raw`$$\text{GDP deflator} = \frac{\text{nominal GDP}}{\text{real GDP}} \times 100 = \frac{1320}{1200} \times 100 = 110$$
The deflator of **110** means the average price level of all goods and services in GDP is 10% higher than in the base year.`,
  },
  {
    key: "economics-3-1-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** limitations of using GDP per capita to compare living standards between countries.",
    markscheme: [
      pt("p1", 1, "First limitation identified, e.g. does not show the distribution of income / inequality", ["distribution", "inequality"]),
      pt("p2", 1, "Explanation: an average can rise while most people are no better off", ["average", "most people"]),
      pt(
        "p3",
        1,
        "Second limitation identified, e.g. informal/unrecorded output, environmental damage, leisure, quality of goods, differences in cost of living (need PPP)",
        ["informal", "environment", "PPP", "cost of living"],
      ),
      pt(
        "p4",
        1,
        "Explanation of the second limitation, e.g. prices differ between countries, so the same income buys more in a low-price country unless PPP is used",
        ["prices differ", "buys more", "purchasing power parity"],
      ),
    ],
    workedSolution:
      "1. **Distribution of income.** GDP per capita is an average. If the richest 10% capture most of the growth, GDP per capita rises while most households see little change, so it may overstate typical living standards.\n2. **Cost of living differences.** €10 000 buys far more in a country where prices are low. Comparing GDP per capita at market exchange rates understates living standards in low-price countries unless figures are converted at purchasing power parity (PPP).\n\nOther acceptable limitations: the informal economy and non-marketed output (e.g. caring at home) are missed; environmental damage is ignored; leisure and quality of life (health, education) are not measured.",
  },
  {
    key: "economics-3-1-05",
    type: "MCQ",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Residents of a country own many factories and financial assets abroad that pay them large profits, interest and dividends, while very few foreign-owned firms operate inside the country. Which statement is most likely to be true?",
    options: [
      { id: "A", text: "Its GNI is greater than its GDP." },
      { id: "B", text: "Its GDP is greater than its GNI." },
      { id: "C", text: "Its GDP and GNI must be equal." },
      { id: "D", text: "Its real GDP is greater than its nominal GDP." },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: net income from abroad is positive, so GNI = GDP + net income from abroad > GDP", ["A", "net income from abroad"])],
    workedSolution:
      "GNI = GDP + (income earned abroad by residents − income earned domestically by foreigners). Large profits, interest and dividends flowing in, and little flowing out to foreign owners, make net income from abroad **positive**, so GNI > GDP — **A**. B would be true of a country with many foreign-owned firms sending profits home. D would require the current price level to be below the base-year price level (a GDP deflator below 100, e.g. after deflation) — nothing in the stem implies this.",
  },
  {
    key: "economics-3-2-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an AD/AS diagram, explain how a sharp fall in consumer confidence may cause a recessionary (deflationary) gap.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: aggregate demand (total planned spending C + I + G + (X − M) at each price level) and recessionary gap (real GDP below potential/full-employment output)",
        ["aggregate demand", "C + I + G", "recessionary gap", "potential"],
      ),
      pt(
        "p2",
        3,
        "Diagram: AD shifts left from AD₁ to AD₂; SRAS (and LRAS at Yp); real GDP falls from Yp to Y₂ and the price level falls/grows more slowly; gap Y₂–Yp labelled",
        ["AD shifts left", "SRAS", "LRAS", "Yp"],
      ),
      pt(
        "p3",
        3,
        "Explanation: lower confidence → households save more and spend less (fall in C), firms see lower sales and cut output and employment → cyclical unemployment; may also reduce investment (multiplier effect may be mentioned)",
        ["consumption falls", "save more", "cyclical unemployment", "output"],
      ),
      pt("p4", 2, "Application: real-world reference (e.g. a recession driven by falling confidence) / link to lower incomes and further falls in spending", [
        "example",
        "recession",
      ]),
    ],
    workedSolution:
      "**Definitions.** Aggregate demand is total planned spending on an economy's goods and services at each price level: AD = C + I + G + (X − M). A recessionary (deflationary) gap exists when real GDP is below potential (full-employment) output.\n\n**Diagram (described).** Price level on the vertical axis, real GDP on the horizontal. Start at full employment where AD₁ meets SRAS on the vertical LRAS at Yp. Shift AD left to AD₂. The new short-run equilibrium has a lower real GDP, Y₂, and a lower price level (or lower inflation). Label the distance Y₂–Yp as the recessionary gap.\n\n**Explanation.** When households fear job losses or falling house prices, they postpone purchases of durables and save more, so consumption — the largest component of AD — falls. Firms facing lower sales cut output and lay off workers, creating **cyclical (demand-deficient) unemployment**. Lower incomes reduce spending further (a negative multiplier effect), and firms may cancel investment plans. Real GDP falls below its potential level: a recessionary gap.\n\n**Application.** Refer to a real episode, e.g. the sharp fall in household spending during the 2008–09 financial crisis.",
  },
  {
    key: "economics-3-2-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "Discuss the view that an economy in a recessionary gap will return to full employment without government intervention.",
    markscheme: [
      pt("p1", 2, "Definitions: recessionary gap, full employment / potential output, government intervention (demand-side policy)", [
        "recessionary gap",
        "full employment",
        "potential output",
      ]),
      pt(
        "p2",
        3,
        "New classical / monetarist view with diagram: vertical LRAS; in a recessionary gap wages and other input prices fall, SRAS shifts right and the economy returns to Yp at a lower price level",
        ["new classical", "wages fall", "SRAS shifts right", "LRAS"],
      ),
      pt(
        "p3",
        3,
        "Keynesian view with diagram: AS curve with horizontal, upward-sloping and vertical sections; wages and prices are 'sticky' downward (contracts, unions, minimum wages), so the economy can remain in equilibrium below full employment for a long time",
        ["Keynesian", "sticky", "wages", "below full employment"],
      ),
      pt("p4", 2, "Real-world example(s), e.g. persistence of high unemployment after a deep recession", ["example"]),
      pt(
        "p5",
        3,
        "Evaluation: time taken for self-correction and its costs (hysteresis, lost output, social costs); deflation may deepen the recession (debt burden, postponed spending); government intervention has its own costs (debt, time lags, crowding out); depends on the depth of the recession and labour market flexibility",
        ["time lags", "hysteresis", "deflation", "crowding out"],
      ),
      pt("p6", 2, "Balanced and justified conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** a recessionary gap (real GDP < potential output, with cyclical unemployment) and full employment.\n2. **New classical view (diagram).** Vertical LRAS at Yp; AD has fallen so short-run equilibrium is at Y₁ < Yp. With unemployment, workers accept lower money wages and input prices fall; SRAS shifts right until it meets AD on LRAS at Yp with a lower price level. The economy self-corrects, so intervention is unnecessary — and may even be harmful.\n3. **Keynesian view (diagram).** AS is horizontal at low output, then upward-sloping, then vertical at Yf. Money wages are sticky downward (contracts, unions, minimum wages, morale), so SRAS does not shift. AD can settle on the horizontal section far below Yf for a long time: an equilibrium with unemployment. Government must raise AD.\n4. **Example.** Several economies took years to return to pre-2008 unemployment rates.\n5. **Evaluate.**\n   - Even if self-correction happens, it may take years; meanwhile output is lost and long-term unemployment erodes skills (hysteresis), lowering potential output.\n   - Falling prices raise the real burden of debt and may encourage households to postpone spending, making things worse.\n   - Intervention has costs too: time lags, higher public debt, possible crowding out.\n   - A mild recession in a flexible economy may self-correct quickly; a deep recession with sticky wages probably will not.\n6. **Conclude.** The economy *may* eventually return to full employment, but the time and social costs involved usually justify some demand-side support in deep recessions.",
  },
  {
    key: "economics-3-2-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Using an AD/AS diagram, explain how a large rise in world oil prices may cause cost-push inflation in an oil-importing country.",
    markscheme: [
      pt("p1", 1, "Diagram: AD and SRAS with initial equilibrium; SRAS shifts left from SRAS₁ to SRAS₂", ["SRAS shifts left", "diagram"]),
      pt("p2", 1, "New equilibrium at a higher price level and lower real GDP (stagflation)", ["higher price level", "lower real GDP", "stagflation"]),
      pt("p3", 1, "Oil is a major input (energy, transport), so firms' costs of production rise", ["costs of production", "input", "energy"]),
      pt("p4", 1, "Firms pass on higher costs as higher prices / supply less at each price level — cost-push inflation", ["pass on", "cost-push"]),
    ],
    workedSolution:
      "**Diagram (described).** Price level on the vertical axis, real GDP on the horizontal. AD and SRAS₁ meet at P₁, Y₁. SRAS shifts left to SRAS₂; the new equilibrium is at a higher price level P₂ and lower real GDP Y₂.\n\n**Explanation.** Oil is used for energy and transport throughout the economy, so a rise in its price raises firms' costs of production. Firms supply less at every price level and pass the higher costs on to consumers in higher prices. The general price level rises because costs have risen — **cost-push inflation** — and output falls at the same time (stagflation).",
  },
  {
    key: "economics-3-3-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In a country, 22.5 million people are employed and 1.5 million people are unemployed (actively seeking work). A further 6 million adults are not seeking work.\n\nCalculate the unemployment rate (in %).",
    numericAnswer: { value: 6.25, tolerance: 0.01, unit: "%" },
    markscheme: [
      pt("p1", 1, "Labour force = 22.5 + 1.5 = 24 million (those not seeking work are excluded)", ["24", "labour force"]),
      pt("p2", 1, "Unemployment rate = 1.5/24 × 100 = 6.25%", ["6.25"]),
    ],
    workedSolution: String.raw`The labour force is everyone employed **plus** everyone unemployed and looking for work; people not seeking work are outside it.
$$\text{labour force} = 22.5 + 1.5 = 24 \text{ million}$$
$$\text{unemployment rate} = \frac{1.5}{24} \times 100 = 6.25\%$$`,
  },
  {
    key: "economics-3-3-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A country's consumer price index (CPI) rose from 125 in 2024 to 130 in 2025.\n\nCalculate the rate of inflation in 2025 (in %).",
    numericAnswer: { value: 4, tolerance: 0.01, unit: "%" },
    markscheme: [pt("p1", 1, "(130 − 125)/125 × 100", ["5/125", "130 - 125"]), pt("p2", 1, "= 4%", ["4"])],
    workedSolution: String.raw`$$\text{inflation rate} = \frac{\text{CPI}_{2025} - \text{CPI}_{2024}}{\text{CPI}_{2024}} \times 100 = \frac{130 - 125}{125} \times 100 = 4\%$$
Note: the answer is **not** 5%. The CPI rose 5 *points*, but the percentage change is measured relative to 125.`,
  },
  {
    key: "economics-3-3-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: "Distinguish between structural unemployment and cyclical unemployment.",
    markscheme: [
      pt("p1", 1, "Structural unemployment: a mismatch between the skills/location of workers and the jobs available", ["mismatch", "skills", "location"]),
      pt("p2", 1, "caused by long-term changes in demand/technology, e.g. decline of an industry; long-term; part of the natural rate", [
        "technology",
        "decline",
        "natural rate",
      ]),
      pt("p3", 1, "Cyclical (demand-deficient) unemployment: caused by a fall in aggregate demand in a recession / downturn of the business cycle", [
        "aggregate demand",
        "recession",
        "demand-deficient",
      ]),
      pt("p4", 1, "Remedy differs: demand-side policies for cyclical; supply-side policies (retraining, mobility) for structural (OWTTE)", [
        "demand-side",
        "supply-side",
        "retraining",
      ]),
    ],
    workedSolution:
      "- **Structural unemployment** arises from a *mismatch* between the skills or location of workers and the jobs available, caused by long-term changes such as new technology or the decline of an industry (e.g. coal miners after mines close). It can last a long time and is part of the natural rate of unemployment. It is reduced by supply-side policies such as retraining and help with geographical mobility.\n- **Cyclical (demand-deficient) unemployment** arises when aggregate demand falls in a downturn of the business cycle, so firms need fewer workers. It rises in recessions and falls in booms, and is addressed with demand-side (fiscal or monetary) policy.",
  },
  {
    key: "economics-3-3-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "Discuss the view that deflation is a more serious problem for an economy than moderate inflation.",
    markscheme: [
      pt("p1", 2, "Definitions: deflation (a sustained fall in the general price level) and inflation (a sustained rise in the general price level)", [
        "deflation",
        "inflation",
        "general price level",
      ]),
      pt(
        "p2",
        2,
        "AD/AS diagram: fall in AD causing lower price level and lower real GDP (bad deflation), possibly contrasted with SRAS/LRAS shift right (good deflation)",
        ["diagram", "AD falls", "good deflation"],
      ),
      pt(
        "p3",
        3,
        "Costs of deflation: postponed consumption, rising real debt burden, falling profits and investment, cyclical unemployment, deflationary spiral, monetary policy constrained by the zero lower bound",
        ["postponed", "real debt", "spiral", "zero lower bound"],
      ),
      pt(
        "p4",
        2,
        "Costs of inflation: loss of purchasing power, uncertainty, redistribution from savers/lenders, loss of export competitiveness, menu/shoe-leather costs; moderate inflation may be less harmful and 'greases the wheels'",
        ["purchasing power", "uncertainty", "competitiveness", "menu costs"],
      ),
      pt(
        "p5",
        4,
        "Evaluation: depends on the cause (demand-driven vs supply-driven/'good' deflation), whether it is anticipated, its size and duration, and who is affected (stakeholders: borrowers, savers, firms, government); real-world example (e.g. prolonged deflation in Japan)",
        ["cause", "anticipated", "stakeholders", "Japan"],
      ),
      pt("p6", 2, "Balanced conclusion with justified judgement (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** deflation (sustained fall in the average price level) and inflation; distinguish deflation from disinflation (slower inflation).\n2. **Diagram.** Demand-side ('bad') deflation: AD shifts left, price level and real GDP fall. Supply-side ('good') deflation: SRAS/LRAS shift right from productivity gains — prices fall *and* output rises.\n3. **Why deflation can be serious.** Households delay purchases expecting lower prices; the real value of debts rises, hitting borrowers and firms; profits fall, investment is cut and unemployment rises — possibly a self-reinforcing deflationary spiral. Central banks cannot cut nominal interest rates far below zero, so monetary policy loses power.\n4. **Costs of moderate inflation.** Erodes purchasing power of fixed incomes and savings, creates uncertainty, may reduce export competitiveness. But moderate, predictable inflation (around 2%) lets real wages adjust and gives monetary policy room.\n5. **Evaluate.** Deflation caused by productivity gains is benign; deflation caused by collapsing demand is dangerous. Japan's long period of stagnant prices shows how hard deflation is to escape. Stakeholders differ: savers gain from deflation, debtors lose.\n6. **Conclude.** Persistent demand-driven deflation is generally more damaging than moderate, stable inflation — which is why central banks target low positive inflation rather than zero.",
  },
  {
    key: "economics-3-3-05",
    type: "WRITTEN",
    levels: HL,
    topicCode: "3.3",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using a Phillips curve diagram, explain why, according to the natural rate hypothesis, expansionary demand-side policy cannot permanently reduce unemployment below its natural rate.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: natural rate of unemployment (unemployment when the labour market is in equilibrium: structural + frictional + seasonal) and short-run Phillips curve (inverse relationship between inflation and unemployment)",
        ["natural rate", "structural", "frictional", "inverse"],
      ),
      pt(
        "p2",
        3,
        "Diagram: SRPC₁ and SRPC₂ (higher), vertical LRPC at the natural rate; movement from A (natural rate, expected inflation) to B (lower unemployment, higher inflation) to C (natural rate, higher inflation)",
        ["SRPC", "LRPC", "vertical", "natural rate"],
      ),
      pt(
        "p3",
        3,
        "Explanation: higher AD reduces unemployment in the short run as workers are fooled by higher prices / real wages fall; workers then revise inflation expectations upward and demand higher money wages; SRPC shifts up and unemployment returns to the natural rate at a higher inflation rate",
        ["expectations", "money wages", "shifts up", "higher inflation"],
      ),
      pt("p4", 2, "Conclusion: the long-run trade-off does not exist; only supply-side policies can reduce the natural rate", [
        "no long-run trade-off",
        "supply-side",
      ]),
    ],
    workedSolution:
      "**Definitions.** The *natural rate of unemployment* is the unemployment that exists when the labour market is in equilibrium (frictional, structural and seasonal unemployment). The *short-run Phillips curve* (SRPC) shows an inverse relationship between inflation and unemployment, drawn for a given expected inflation rate.\n\n**Diagram (described).** Inflation on the vertical axis, unemployment on the horizontal. A vertical LRPC at the natural rate Un. SRPC₁ cuts LRPC at point A (expected inflation, say 2%). A higher SRPC₂ cuts LRPC at point C (say 5%). Point B lies on SRPC₁ to the left of LRPC.\n\n**Explanation.**\n1. The government raises AD. Prices rise faster than expected; firms expand output and hire more, and workers accept jobs at money wages that are now worth less in real terms. The economy moves from A to B: lower unemployment, higher inflation.\n2. Workers realise inflation is higher than they expected and bargain for higher money wages. Real wages return to their previous level, firms' costs rise and employment falls back.\n3. With higher expected inflation the SRPC shifts up to SRPC₂. Unemployment returns to Un at point C — but inflation is now permanently higher.\n\n**Conclusion.** In the long run there is no trade-off: the LRPC is vertical at the natural rate. Only supply-side policies that improve the labour market (e.g. training, better job matching) can lower the natural rate.",
  },
  {
    key: "economics-3-3h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "3.3H",
    difficulty: 4,
    marks: 3,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A simplified consumer price index uses three categories of spending. The table shows the weight of each category and the price of a representative item in the base year and in the current year.\n\n| Category | Weight | Base-year price (€) | Current-year price (€) |\n|---|---|---|---|\n| Food | 40% | 5.00 | 5.50 |\n| Housing | 35% | 800 | 832 |\n| Transport | 25% | 2.50 | 2.40 |\n\nCalculate the weighted price index for the current year (base year = 100). Give your answer to one decimal place.",
    numericAnswer: { value: 104.4, tolerance: 0.05 },
    markscheme: [
      pt("p1", 1, "Price indices for each category: food 110, housing 104, transport 96", ["110", "104", "96"]),
      pt("p2", 1, "Weighting: 0.40 × 110 + 0.35 × 104 + 0.25 × 96 / 44 + 36.4 + 24", ["44", "36.4", "24"]),
      pt("p3", 1, "Weighted index = 104.4", ["104.4"]),
    ],
    workedSolution: String.raw`**Step 1 — index for each category** (current price ÷ base price × 100):
- Food: $5.50 / 5.00 \times 100 = 110$
- Housing: $832 / 800 \times 100 = 104$
- Transport: $2.40 / 2.50 \times 100 = 96$

**Step 2 — multiply by the weights and add:**
$$0.40 \times 110 + 0.35 \times 104 + 0.25 \times 96 = 44 + 36.4 + 24 = 104.4$$

The weighted price index is **104.4**: the cost of the typical basket has risen by 4.4% since the base year. Note that you must not simply average the prices — housing costs hundreds of euros but that does not make it dominate; the *weights* do.`,
  },
  {
    key: "economics-3-4-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.4",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: "Distinguish between absolute poverty and relative poverty.",
    markscheme: [
      pt("p1", 1, "Absolute poverty: income/consumption below the level needed to meet basic needs (food, shelter, clothing)", ["basic needs", "absolute"]),
      pt("p2", 1, "measured by a fixed poverty line, e.g. the World Bank international poverty line (per person per day, PPP)", [
        "poverty line",
        "World Bank",
        "per day",
      ]),
      pt("p3", 1, "Relative poverty: income well below the typical level in that society, so people cannot participate fully in normal life", [
        "relative",
        "typical",
        "society",
      ]),
      pt("p4", 1, "commonly measured as income below a percentage (e.g. 50% or 60%) of median household income; changes as average living standards change", [
        "median",
        "50%",
        "60%",
      ]),
    ],
    workedSolution:
      "- **Absolute poverty** is a lack of the income needed to meet basic needs such as food, water, shelter and clothing. It is measured against a fixed threshold, e.g. the World Bank's international poverty line expressed per person per day at PPP.\n- **Relative poverty** compares a household's income with others in the same society: it is income well below the typical level, commonly less than 50% or 60% of median household income. A relatively poor family in a rich country may meet its basic needs yet be unable to take part in normal activities.\n\nBecause relative poverty depends on the median, it can persist even as everyone's income rises; absolute poverty falls as incomes rise above the fixed line.",
  },
  {
    key: "economics-3-4-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.4",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the effectiveness of a more progressive income tax system as a policy to reduce income inequality.",
    markscheme: [
      pt("p1", 2, "Definitions: progressive tax (average tax rate rises as income rises) and income inequality", [
        "progressive",
        "average tax rate rises",
        "inequality",
      ]),
      pt("p2", 2, "Diagram: Lorenz curve moving closer to the line of perfect equality after redistribution (Gini coefficient falls)", [
        "Lorenz curve",
        "line of equality",
        "Gini",
      ]),
      pt(
        "p3",
        3,
        "Analysis: higher-income earners pay a larger share of income in tax; revenue can fund transfer payments and merit goods (education, health) that raise the incomes and opportunities of the poor",
        ["transfer payments", "merit goods", "revenue"],
      ),
      pt("p4", 2, "Real-world example(s) of progressive tax systems and their Gini coefficients before/after taxes and transfers", [
        "example",
        "before and after",
      ]),
      pt(
        "p5",
        4,
        "Evaluation: disincentive effects on work/enterprise/investment; tax avoidance and evasion, capital flight/brain drain; Laffer-type effects on revenue; income tax does not address wealth inequality; impact depends on how revenue is spent; poorest may pay little income tax anyway so benefits come from spending side; alternative/complementary policies",
        ["disincentive", "avoidance", "wealth", "complementary"],
      ),
      pt("p6", 2, "Balanced, substantiated conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define.** A progressive tax takes a larger *percentage* of income as income rises (marginal tax rate above the average rate). Income inequality: unequal distribution of income, measured by the Lorenz curve and Gini coefficient.\n2. **Diagram.** Lorenz curve after taxes and transfers lies closer to the 45° line of equality than the pre-tax curve; the Gini coefficient falls.\n3. **How it works.** Higher earners lose a larger share of income; revenue funds transfers (unemployment benefits, pensions, child benefits) and free or subsidised education and health care, which raise the real incomes and future earning power of poorer groups.\n4. **Example.** Countries with highly progressive taxes and generous transfers show large falls in the Gini coefficient from 'market income' to 'disposable income'.\n5. **Evaluate.**\n   - High marginal rates may reduce incentives to work, invest or take risks, and encourage avoidance, evasion or emigration of high earners, limiting revenue.\n   - Income tax does not touch wealth, which is more unequal than income; wealth, inheritance and capital-gains taxes may be needed.\n   - The effect depends on how revenue is spent — the spending side often does more to reduce inequality than the tax itself.\n   - Long-run inequality of opportunity needs investment in education and health.\n6. **Conclude.** A more progressive tax can reduce inequality, particularly when combined with well-targeted spending, but rates must be set so that disincentive and avoidance effects do not undermine the revenue it raises.",
  },
  {
    key: "economics-3-4-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "3.4",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Four countries have the following Gini coefficients. Which country has the **most equal** distribution of income?",
    options: [
      { id: "A", text: "Country A: 0.25" },
      { id: "B", text: "Country B: 0.34" },
      { id: "C", text: "Country C: 0.48" },
      { id: "D", text: "Country D: 0.63" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: the lower the Gini coefficient, the more equal the distribution (0 = perfect equality)", ["A", "0.25", "lower"])],
    workedSolution:
      "The Gini coefficient runs from 0 (perfect equality) to 1 (one person has all income). The closer to 0, the closer the Lorenz curve is to the line of equality. The lowest value, **0.25 (A)**, is the most equal.",
  },
  {
    key: "economics-3-4h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "3.4H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A country's income tax system is:\n\n| Annual taxable income | Marginal tax rate |\n|---|---|\n| €0 – €12 000 | 0% |\n| €12 001 – €40 000 | 20% |\n| Above €40 000 | 40% |\n\nCalculate the total income tax paid by a person with a taxable income of €60 000.",
    numericAnswer: { value: 13600, tolerance: 1, unit: "€" },
    markscheme: [pt("p1", 1, "20% × 28 000 = €5600 and 40% × 20 000 = €8000", ["5600", "8000"]), pt("p2", 1, "Total tax = €13 600", ["13600", "13 600"])],
    workedSolution: String.raw`Tax each slice of income at its own marginal rate:
- First €12 000: $0\% \times 12\,000 = 0$
- Next €28 000 (from €12 000 to €40 000): $20\% \times 28\,000 = 5\,600$
- Remaining €20 000 (above €40 000): $40\% \times 20\,000 = 8\,000$

Total tax $= 0 + 5\,600 + 8\,000 = $ **€13 600**.

A common error is to apply 40% to the whole €60 000 — marginal rates apply only to income *within* each band.`,
  },
  {
    key: "economics-3-4h-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "3.4H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "Using the same tax system (0% up to €12 000; 20% on €12 001 – €40 000; 40% above €40 000), a person with a taxable income of €60 000 pays €13 600 in income tax.\n\nCalculate this person's average tax rate, as a percentage to 3 significant figures.",
    numericAnswer: { value: 22.7, sigFigs: 3, sigFigsExact: true, tolerance: 0.05, unit: "%" },
    markscheme: [
      pt("p1", 1, "Average tax rate = total tax ÷ total income × 100 = 13 600/60 000 × 100", ["13600/60000", "total tax"]),
      pt("p2", 1, "= 22.7%", ["22.7"]),
    ],
    workedSolution: String.raw`$$\text{average tax rate} = \frac{\text{total tax}}{\text{total income}} \times 100 = \frac{13\,600}{60\,000} \times 100 = 22.67\% \approx 22.7\%$$
The person's **marginal** tax rate is 40% (the rate on their last euro), but the **average** rate is only 22.7%. In a progressive system the average rate is below the top marginal rate and rises with income.`,
  },
  {
    key: "economics-3-5-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an AD/AS diagram, explain how a cut in the central bank's policy interest rate may help to close a recessionary gap.",
    markscheme: [
      pt("p1", 2, "Definitions: monetary policy (central bank changes interest rates/money supply to influence AD) and recessionary gap", [
        "monetary policy",
        "central bank",
        "recessionary gap",
      ]),
      pt(
        "p2",
        3,
        "Diagram: initial equilibrium below potential (Y₁ < Yp); AD shifts right from AD₁ to AD₂, raising real GDP towards Yp (and the price level)",
        ["AD shifts right", "Yp", "diagram"],
      ),
      pt(
        "p3",
        4,
        "Transmission mechanism: lower rates reduce the cost of borrowing → more consumer spending on durables/housing and more investment by firms; lower returns on saving; lower mortgage payments raise disposable income; possible depreciation of the currency raising net exports; multiplier",
        ["cost of borrowing", "investment", "consumption", "depreciation"],
      ),
      pt("p4", 1, "Application/example, e.g. central banks cutting rates in a named recession", ["example"]),
    ],
    workedSolution:
      "**Definitions.** Monetary policy is the central bank's use of interest rates and the money supply to influence aggregate demand. A recessionary gap exists when real GDP is below its potential level.\n\n**Diagram (described).** Price level vs real GDP. LRAS vertical at Yp. AD₁ meets SRAS at Y₁ < Yp. A cut in interest rates shifts AD right to AD₂, so equilibrium moves to (or towards) Yp, with a somewhat higher price level.\n\n**Transmission mechanism.**\n- Commercial banks' lending rates fall, making it cheaper for households to borrow for cars, furniture and houses: **C rises**.\n- Firms' cost of borrowing falls, so more investment projects become profitable: **I rises**.\n- Households with variable-rate mortgages pay less interest, raising disposable income; saving becomes less attractive.\n- Lower rates may cause hot money to flow out, depreciating the currency, which makes exports cheaper and imports dearer: **(X − M) rises**.\n\nThe initial rise in spending has a multiplier effect on national income, closing the gap and reducing cyclical unemployment. Example: many central banks cut rates to near zero during 2008–09 and in 2020.",
  },
  {
    key: "economics-3-5-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the effectiveness of monetary policy in bringing an economy out of a deep recession.",
    markscheme: [
      pt("p1", 2, "Definitions: monetary policy, expansionary (easy) monetary policy, recession", ["monetary policy", "expansionary", "recession"]),
      pt("p2", 2, "AD/AS diagram showing AD shifting right from a recessionary equilibrium", ["AD shifts right", "diagram"]),
      pt("p3", 3, "Analysis of the transmission mechanism (borrowing costs, consumption, investment, exchange rate) and of quantitative easing", [
        "transmission",
        "investment",
        "quantitative easing",
      ]),
      pt("p4", 2, "Strengths: central bank independence, quick to implement, incremental changes, no direct effect on government debt", [
        "independence",
        "quick",
        "incremental",
      ]),
      pt(
        "p5",
        4,
        "Evaluation/limitations: low confidence means households and firms may not borrow (liquidity trap / 'pushing on a string'); zero lower bound on nominal rates; banks may not lend; time lags; asset-price bubbles and inequality effects of QE; may need fiscal policy as complement",
        ["confidence", "zero lower bound", "pushing on a string", "time lags"],
      ),
      pt("p6", 2, "Real-world example(s) and a substantiated conclusion (Level 4 markband)", ["example", "conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** monetary policy and expansionary policy (lower interest rates, QE).\n2. **Diagram.** AD₁ gives Y₁ < Yp; expansionary monetary policy shifts AD to AD₂ towards Yp.\n3. **Analysis.** Lower rates reduce borrowing costs, raise consumption and investment, and may depreciate the currency, boosting net exports. QE — the central bank buying bonds — lowers long-term rates and adds liquidity.\n4. **Strengths.** Independent central banks can act quickly without political delay; changes can be small and reversed; no increase in government debt.\n5. **Limitations in a *deep* recession.**\n   - Rates may already be near zero (zero lower bound).\n   - With very low confidence, households pay off debt and firms postpone investment however cheap borrowing is — 'pushing on a string' / liquidity trap.\n   - Banks with damaged balance sheets may not pass on lower rates.\n   - Effects take 18–24 months to work through.\n   - QE can inflate asset prices, widening wealth inequality.\n6. **Example.** After 2008 many central banks cut rates to near zero and used QE, yet recovery was slow until other measures helped.\n7. **Conclude.** Monetary policy is an effective first response to ordinary downturns, but in a deep recession it is usually insufficient on its own and works best alongside expansionary fiscal policy.",
  },
  {
    key: "economics-3-5-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A savings account pays a nominal interest rate of 5% per year. Inflation over the year is 3.5%.\n\nCalculate the approximate real interest rate (in %).",
    numericAnswer: { value: 1.5, tolerance: 0.01, unit: "%" },
    markscheme: [pt("p1", 1, "Real interest rate = nominal rate − inflation = 5 − 3.5 = 1.5%", ["1.5"])],
    workedSolution:
      "Real interest rate ≈ nominal interest rate − inflation rate = 5% − 3.5% = **1.5%**.\n\nThe saver's money grows by 5%, but prices rise by 3.5%, so their purchasing power grows by only about 1.5%.",
  },
  {
    key: "economics-3-5-04",
    type: "MCQ",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Which of the following is **not** a tool of monetary policy?",
    options: [
      { id: "A", text: "Open market operations" },
      { id: "B", text: "Changes in minimum reserve requirements" },
      { id: "C", text: "A change in the rate of income tax" },
      { id: "D", text: "Quantitative easing" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: income tax is a fiscal policy tool", ["C", "fiscal"])],
    workedSolution:
      "Monetary policy is carried out by the central bank through interest rates, open market operations, reserve requirements and quantitative easing. Changing income tax rates is decided by the government and is **fiscal** policy — answer **C**.",
  },
  {
    key: "economics-3-6-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.6",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: "Distinguish between automatic stabilizers and discretionary fiscal policy.",
    markscheme: [
      pt(
        "p1",
        1,
        "Automatic stabilizers: changes in tax revenue and government spending that occur automatically as the economy moves through the business cycle",
        ["automatically", "business cycle"],
      ),
      pt(
        "p2",
        1,
        "e.g. in a recession progressive tax revenue falls and unemployment benefit spending rises, cushioning the fall in AD (and the reverse in a boom)",
        ["progressive tax", "unemployment benefits", "cushion"],
      ),
      pt("p3", 1, "Discretionary fiscal policy: deliberate decisions by government to change taxes or spending", ["deliberate", "decision"]),
      pt("p4", 1, "e.g. an infrastructure programme or tax cut; subject to longer time lags (recognition, decision, implementation)", [
        "infrastructure",
        "time lags",
      ]),
    ],
    workedSolution:
      "- **Automatic stabilizers** need no decision. When the economy slows, incomes fall, so revenue from progressive income taxes falls faster than income, and spending on unemployment benefits rises. This injects spending and cushions the fall in AD. In a boom the reverse happens, restraining AD.\n- **Discretionary fiscal policy** is a deliberate choice by government to change taxes or spending, e.g. a new road-building programme or a temporary cut in VAT. It can be larger and targeted, but suffers from time lags in recognising the problem, passing the budget and implementing it.",
  },
  {
    key: "economics-3-6-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.6",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "Discuss the effectiveness of expansionary fiscal policy in reducing unemployment.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: fiscal policy (changes in government spending and taxation to influence AD) and expansionary fiscal policy; cyclical unemployment",
        ["fiscal policy", "government spending", "taxation", "cyclical unemployment"],
      ),
      pt("p2", 2, "AD/AS diagram: AD shifts right, real GDP rises towards potential, unemployment falls", ["AD shifts right", "diagram"]),
      pt(
        "p3",
        3,
        "Analysis: higher G directly raises AD; lower taxes raise disposable income (C) and profits (I); multiplier effect; public investment in infrastructure/education can also raise LRAS",
        ["multiplier", "disposable income", "infrastructure", "LRAS"],
      ),
      pt("p4", 2, "Real-world example of a fiscal stimulus", ["example", "stimulus"]),
      pt(
        "p5",
        4,
        "Evaluation: only reduces cyclical, not structural, unemployment; time lags; crowding out (higher interest rates); higher budget deficit and public debt; tax cuts may be saved; inflationary near full employment; political constraints; effectiveness depends on the size of the multiplier and on the state of the economy",
        ["structural", "crowding out", "debt", "time lags"],
      ),
      pt("p6", 2, "Balanced, justified conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** fiscal policy, expansionary fiscal policy (higher G and/or lower taxes) and cyclical unemployment.\n2. **Diagram.** AD₁ → AD₂ from a recessionary equilibrium; real GDP rises towards Yp, so firms need more workers.\n3. **Analysis.** Government spending is itself part of AD; tax cuts raise disposable income and business profits, increasing C and I. Each injection is multiplied as the money is re-spent. Spending on infrastructure, education or health also raises potential output (LRAS).\n4. **Example.** Cite a real stimulus package (e.g. during 2008–09 or 2020).\n5. **Evaluate.**\n   - Works on *cyclical* unemployment; structural and frictional unemployment need supply-side measures.\n   - Time lags: projects may start after recovery has begun.\n   - Crowding out: government borrowing may raise interest rates and reduce private investment (less likely in a deep recession).\n   - Rising deficits and debt may limit future policy and raise interest costs.\n   - Households may save tax cuts (low confidence); near full employment, extra AD mainly raises inflation.\n6. **Conclude.** Expansionary fiscal policy is effective at reducing cyclical unemployment in a deep recession — especially when monetary policy is constrained — provided it is timely, targeted and fiscally sustainable.",
  },
  {
    key: "economics-3-6-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "3.6",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In one year a government's total revenue was €340 billion and its total expenditure was €385 billion. Nominal GDP was €1500 billion.\n\nCalculate the budget deficit as a percentage of GDP.",
    numericAnswer: { value: 3, tolerance: 0.01, unit: "%" },
    markscheme: [pt("p1", 1, "Deficit = 385 − 340 = €45 billion", ["45"]), pt("p2", 1, "45/1500 × 100 = 3% of GDP", ["3%", "3"])],
    workedSolution: String.raw`Budget deficit $= \text{expenditure} - \text{revenue} = 385 - 340 = €45$ billion.
$$\frac{45}{1500} \times 100 = 3\%$$
The deficit is **3% of GDP**.`,
  },
  {
    key: "economics-3-6h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "3.6H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In an economy the marginal propensity to save is 0.10, the marginal propensity to tax is 0.15 and the marginal propensity to import is 0.25. The government increases its spending by €30 billion.\n\nAssuming the price level is constant, calculate the final change in real GDP, in € billion.",
    numericAnswer: { value: 60, tolerance: 0.05, unit: "€ billion" },
    markscheme: [
      pt("p1", 1, String.raw`Multiplier $= \frac{1}{MPS + MPT + MPM} = \frac{1}{0.5} = 2$`, ["0.5", "2"]),
      pt("p2", 1, "Change in real GDP = 2 × 30 = €60 billion", ["60"]),
    ],
    workedSolution: String.raw`The multiplier in an open economy with a government is
$$k = \frac{1}{MPS + MPT + MPM} = \frac{1}{0.10 + 0.15 + 0.25} = \frac{1}{0.5} = 2$$
(Equivalently $MPC = 1 - 0.5 = 0.5$ out of national income and $k = \frac{1}{1 - MPC}$.)

$$\Delta Y = k \times \Delta G = 2 \times 30 = 60$$
Real GDP rises by **€60 billion**.`,
  },
  {
    key: "economics-3-6h-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "3.6H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In a simple economy with no taxes and no trade, the marginal propensity to consume is 0.8. Real GDP is €40 billion below its full-employment level.\n\nAssuming the price level stays constant, calculate the increase in government spending needed to close this gap, in € billion.",
    numericAnswer: { value: 8, tolerance: 0.01, unit: "€ billion" },
    markscheme: [pt("p1", 1, String.raw`Multiplier $= \frac{1}{1 - 0.8} = 5$`, ["5", "1 - 0.8"]), pt("p2", 1, "Required ΔG = 40 ÷ 5 = €8 billion", ["8"])],
    workedSolution: String.raw`$$k = \frac{1}{1 - MPC} = \frac{1}{1 - 0.8} = \frac{1}{0.2} = 5$$
We need $\Delta Y = 40$, and $\Delta Y = k \times \Delta G$, so
$$\Delta G = \frac{40}{5} = 8$$
The government needs to spend an extra **€8 billion**. (A common mistake is to spend the full €40 billion, ignoring the multiplier.)`,
  },
  {
    key: "economics-3-7-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.7",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an appropriate diagram, explain how increased government spending on education and training can lead to long-term economic growth.",
    markscheme: [
      pt("p1", 2, "Definitions: interventionist supply-side policy / human capital / long-term economic growth (increase in potential output)", [
        "supply-side",
        "human capital",
        "potential output",
      ]),
      pt(
        "p2",
        3,
        "Diagram: LRAS shifts right from LRAS₁ to LRAS₂ (Keynesian AS shifting right, or PPC shifting outward); potential real GDP rises from Yp₁ to Yp₂",
        ["LRAS shifts right", "diagram", "Yp"],
      ),
      pt(
        "p3",
        3,
        "Explanation: education/training raises the quality of labour (skills, productivity), reduces structural unemployment, and increases the economy's productive capacity; may also raise AD in the short run as G rises",
        ["productivity", "skills", "productive capacity", "structural unemployment"],
      ),
      pt("p4", 2, "Real-world example / note that effects take a long time", ["example", "long time"]),
    ],
    workedSolution:
      "**Definitions.** Supply-side policies aim to increase the economy's productive capacity (LRAS). Spending on education is an *interventionist* supply-side policy that builds *human capital* — the skills and knowledge of the workforce. Long-term growth is an increase in potential output.\n\n**Diagram (described).** Price level vs real GDP. A vertical LRAS₁ at Yp₁ shifts right to LRAS₂ at Yp₂. (Alternatively, a Keynesian AS curve whose vertical section moves right, or a PPC shifting outward.)\n\n**Explanation.** Better-educated and trained workers are more productive: they produce more output per hour and can use advanced technology. Retraining helps workers made redundant by structural change find new jobs, reducing structural unemployment and raising the natural level of employment. Both increase the quantity and quality of labour available, so potential output rises. In the short run the extra government spending also increases AD.\n\n**Application.** Several East Asian economies invested heavily in education before their periods of rapid growth. However, the benefits take many years to appear and depend on the quality and relevance of the education.",
  },
  {
    key: "economics-3-7-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.7",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the use of market-based supply-side policies, such as deregulation and labour market reforms, to achieve economic growth.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: market-based supply-side policies (policies that increase competition and market flexibility), deregulation, labour market reforms, economic growth",
        ["market-based", "deregulation", "labour market reforms"],
      ),
      pt("p2", 2, "Diagram: LRAS (or Keynesian AS) shifts right, increasing potential output with lower price level pressure", [
        "LRAS shifts right",
        "diagram",
      ]),
      pt(
        "p3",
        3,
        "Analysis: deregulation/privatisation increases competition and efficiency; reducing union power, minimum wage changes or unemployment benefit reform increase labour market flexibility and incentives to work; lower taxes on income/profits raise incentives to work and invest",
        ["competition", "efficiency", "flexibility", "incentives"],
      ),
      pt("p4", 2, "Real-world example(s) of market-based reforms", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: may increase inequality and job insecurity; reduced worker protection; environmental/consumer risks of deregulation; time lags; effects uncertain; political opposition; no direct cost to government (advantage) vs interventionist alternatives; may not address market failures",
        ["inequality", "job insecurity", "time lags", "interventionist"],
      ),
      pt("p6", 2, "Balanced, substantiated conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** market-based supply-side policies: measures that make markets work more freely and competitively — deregulation, privatisation, trade liberalisation, labour market reforms (reducing minimum wages or union power, reforming benefits), and cuts in income and business taxes.\n2. **Diagram.** LRAS shifts right: higher potential output without extra inflationary pressure.\n3. **Analysis.** More competition pushes firms to cut costs and innovate; flexible labour markets let firms hire and reorganise more easily and reduce the natural rate of unemployment; lower taxes raise incentives to work and invest.\n4. **Example.** Refer to a country's deregulation of telecoms or airlines (lower prices, more entry), or labour market reforms in a specific country.\n5. **Evaluate.**\n   - Strengths: little direct budget cost; work on the root causes of low productivity.\n   - Weaknesses: can widen inequality and reduce job security and worker welfare; deregulation of finance or environmental rules can cause new market failures; benefits may take years; strong political resistance.\n   - Interventionist policies (education, infrastructure, R&D) address different constraints and may be complementary.\n6. **Conclude.** Market-based reforms can raise efficiency and growth where markets are over-regulated, but their success depends on design, timing and accompanying measures to protect vulnerable groups.",
  },
  {
    key: "economics-3-7-03",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.7",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: "Distinguish between interventionist and market-based supply-side policies, giving an example of each.",
    markscheme: [
      pt("p1", 1, "Interventionist: the government directly intervenes/spends to increase productive capacity", ["interventionist", "government spends"]),
      pt("p2", 1, "Example: investment in education/training, infrastructure, R&D, health care, industrial policy", ["education", "infrastructure", "R&D"]),
      pt("p3", 1, "Market-based: reduce government intervention to let markets work more efficiently / increase competition and incentives", [
        "market-based",
        "competition",
        "incentives",
      ]),
      pt("p4", 1, "Example: deregulation, privatisation, trade liberalisation, labour market reforms, tax cuts", [
        "deregulation",
        "privatisation",
        "labour market reforms",
      ]),
    ],
    workedSolution:
      "Both types aim to increase potential output (shift LRAS right), but they differ in the role of government:\n\n- **Interventionist** supply-side policies involve the government *actively* using its resources to raise productive capacity — e.g. spending on education and training, infrastructure such as ports and broadband, or subsidising R&D.\n- **Market-based** supply-side policies *reduce* government involvement so that markets work more competitively and flexibly — e.g. deregulating an industry, privatising state-owned firms, reforming labour laws or cutting business taxes to improve incentives.",
  },
  {
    key: "economics-3-7-04",
    type: "WRITTEN",
    levels: HL,
    topicCode: "3.7",
    difficulty: 5,
    marks: 10,
    paper: "P3",
    calculator: true,
    commandTerm: "Justify",
    stem: "The table gives data for Country Z.\n\n| Indicator | Value |\n|---|---|\n| Real GDP growth (annual) | 0.8% |\n| Inflation rate (CPI) | 1.2% |\n| Unemployment rate | 9.0% |\n| Youth (15–24) unemployment rate | 22.0% |\n| Budget deficit (% of GDP) | 5.5% |\n| Government debt (% of GDP) | 95% |\n| Job vacancies in technical and digital occupations | rising for three years |\n\nUsing the data and your knowledge of economics, recommend **one** policy that Country Z's government could introduce to reduce youth unemployment, and justify your recommendation.",
    markscheme: [
      pt(
        "p1",
        2,
        "A clear, appropriate policy recommendation, e.g. targeted vocational training / apprenticeships in technical and digital skills (interventionist supply-side), or wage subsidies for hiring young workers",
        ["recommend", "apprenticeships", "training", "wage subsidy"],
      ),
      pt(
        "p2",
        2,
        "Explanation of how the policy works using theory: reduces skills mismatch (structural unemployment), raising employability; LRAS/productive capacity increases",
        ["structural unemployment", "skills mismatch", "LRAS"],
      ),
      pt(
        "p3",
        2,
        "Use of the data: high youth unemployment alongside rising technical vacancies suggests structural mismatch; low inflation and weak growth; high deficit/debt limit broad fiscal stimulus so a targeted, lower-cost measure is preferred",
        ["vacancies", "22%", "debt 95%", "deficit"],
      ),
      pt(
        "p4",
        2,
        "Consideration of constraints/trade-offs: cost and opportunity cost, time lags before benefits appear, quality of training, possible deadweight effects, stakeholders (young people, firms, taxpayers)",
        ["time lags", "opportunity cost", "stakeholders"],
      ),
      pt("p5", 2, "Justified conclusion / reasoned rejection of an alternative (e.g. large expansionary fiscal policy or cutting the minimum wage)", [
        "alternative",
        "justified",
        "conclusion",
      ]),
    ],
    workedSolution:
      "**Recommendation.** Introduce a targeted, employer-linked apprenticeship and vocational training programme in technical and digital skills for 16–24-year-olds, partly funded by firms.\n\n**Why (theory).** Youth unemployment of 22% — more than double the overall rate — together with three years of rising vacancies in technical and digital jobs points to **structural unemployment**: young people lack the skills employers want. Training reduces this mismatch, raising employability and productivity, shifting LRAS right and lowering the natural rate of unemployment.\n\n**Why this rather than alternatives (data).**\n- Growth is weak (0.8%) and inflation low (1.2%), which might suggest demand stimulus, but the budget deficit (5.5% of GDP) and debt (95% of GDP) leave little room for a large fiscal expansion. A targeted programme is far cheaper, and co-funding with firms reduces the cost further.\n- Demand-side stimulus would not fix a skills mismatch, and cutting the youth minimum wage would be politically difficult and could increase working poverty.\n\n**Constraints.** Benefits take one to three years to appear; quality and relevance of courses must be monitored with employers; some firms might have hired anyway (deadweight); there is an opportunity cost in other spending.\n\n**Conclusion.** Given the evidence of skills mismatch and tight public finances, a targeted apprenticeship programme is the most appropriate policy, possibly combined with a modest, temporary hiring subsidy for young workers in the short run.",
  },
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 4: The global economy
// ─────────────────────────────────────────────────────────────────────────────
const unit4: QuestionInput[] = [
  {
    key: "economics-4-1-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 1,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** benefits of international trade for consumers.",
    markscheme: [
      pt("p1", 1, "Lower prices: trade allows goods to be produced where costs are lowest / more competition", ["lower prices", "competition"]),
      pt("p2", 1, "so consumers pay less and real incomes rise", ["real income", "pay less"]),
      pt("p3", 1, "Greater choice / variety / access to goods that cannot be produced domestically (e.g. tropical fruit, oil)", [
        "choice",
        "variety",
        "access",
      ]),
      pt("p4", 1, "raising consumer welfare / consumer surplus; also higher quality due to competition", ["consumer surplus", "welfare", "quality"]),
    ],
    workedSolution:
      "1. **Lower prices.** Trade allows each good to be produced where it is cheapest, and foreign firms add competition for domestic producers. Prices fall, so consumers' real incomes rise and consumer surplus increases.\n2. **Greater choice.** Consumers can buy goods that their own country cannot produce, or can produce only at very high cost — bananas in Norway, oil in Japan — and a wider variety of brands and designs.\n\n(Other acceptable benefits: higher quality because of competition; access to new technology.)",
  },
  {
    key: "economics-4-1h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "4.1H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "The table shows the maximum output per worker per day in two countries.\n\n| | Cloth (metres) | Wheat (kg) |\n|---|---|---|\n| Country A | 10 | 5 |\n| Country B | 6 | 4 |\n\nCalculate the opportunity cost of producing 1 kg of wheat in Country B, in metres of cloth.",
    numericAnswer: { value: 1.5, tolerance: 0.01, unit: "metres of cloth" },
    markscheme: [pt("p1", 1, "Opportunity cost of 1 kg wheat in B = 6 ÷ 4", ["6/4"]), pt("p2", 1, "= 1.5 metres of cloth", ["1.5"])],
    workedSolution: String.raw`A worker in Country B can make 6 m of cloth **or** 4 kg of wheat. To make 4 kg of wheat, B gives up 6 m of cloth, so one kilogram costs
$$\frac{6}{4} = 1.5 \text{ m of cloth}.$$
(For comparison, in Country A 1 kg of wheat costs $10/5 = 2$ m of cloth, so B has the lower opportunity cost in wheat.)`,
  },
  {
    key: "economics-4-1h-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "4.1H",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    calculator: true,
    commandTerm: "Explain",
    stem: "Using the data in the table (output per worker per day: Country A — 10 m cloth or 5 kg wheat; Country B — 6 m cloth or 4 kg wheat), explain which country has an absolute advantage and which has a comparative advantage in each good, and state how the two countries should specialise.",
    markscheme: [
      pt("p1", 1, "Country A has an absolute advantage in both goods (10 > 6 cloth; 5 > 4 wheat)", ["absolute advantage", "both goods"]),
      pt("p2", 1, "Opportunity costs: 1 kg wheat = 2 m cloth in A, 1.5 m in B; 1 m cloth = 0.5 kg wheat in A, ≈0.67 kg in B", ["2", "1.5", "0.5", "0.67"]),
      pt("p3", 1, "A has comparative advantage in cloth; B has comparative advantage in wheat (lower opportunity cost)", [
        "comparative advantage",
        "lower opportunity cost",
      ]),
      pt("p4", 1, "A should specialise in cloth and B in wheat, and they should trade at terms between 1.5 and 2 m cloth per kg wheat", [
        "specialise",
        "terms of trade",
        "between 1.5 and 2",
      ]),
    ],
    workedSolution:
      "**Absolute advantage** = able to produce more with the same resources. Country A produces more of both goods per worker (10 > 6 m cloth, 5 > 4 kg wheat), so A has an absolute advantage in **both**.\n\n**Comparative advantage** = lower opportunity cost.\n\n| | Cost of 1 kg wheat | Cost of 1 m cloth |\n|---|---|---|\n| A | 10/5 = 2 m cloth | 5/10 = 0.5 kg wheat |\n| B | 6/4 = 1.5 m cloth | 4/6 ≈ 0.67 kg wheat |\n\nB gives up less cloth to make wheat, so **B has a comparative advantage in wheat**; A gives up less wheat to make cloth, so **A has a comparative advantage in cloth**.\n\nA should specialise in cloth and B in wheat. Both gain if they trade at a rate between 1.5 and 2 m of cloth per kg of wheat.",
  },
  {
    key: "economics-4-1h-03",
    type: "WRITTEN",
    levels: HL,
    topicCode: "4.1H",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "Discuss the view that a developing country should specialise according to its current comparative advantage.",
    markscheme: [
      pt("p1", 2, "Definitions: comparative advantage (ability to produce at a lower opportunity cost than another country) and specialisation", [
        "comparative advantage",
        "opportunity cost",
        "specialisation",
      ]),
      pt(
        "p2",
        2,
        "Diagram or numerical illustration: PPCs of two countries with different slopes, showing gains from specialisation and trade (consumption beyond the PPC)",
        ["PPC", "gains from trade", "beyond the PPC"],
      ),
      pt("p3", 3, "Arguments for: higher world output and consumption, efficient resource allocation, export revenue / foreign exchange, economies of scale", [
        "world output",
        "efficient",
        "foreign exchange",
        "economies of scale",
      ]),
      pt(
        "p4",
        3,
        "Arguments against / limitations of the theory: comparative advantage often lies in primary commodities with volatile prices and declining terms of trade; over-specialisation risk; assumptions (no transport costs, perfect factor mobility, constant costs, free trade) unrealistic; comparative advantage is dynamic and can be created (infant industries, education)",
        ["primary commodities", "volatile", "assumptions", "dynamic"],
      ),
      pt(
        "p5",
        3,
        "Evaluation with real-world example(s): countries that diversified (e.g. East Asian economies) vs commodity-dependent economies; short-run vs long-run; stakeholders",
        ["example", "diversify", "short run", "long run"],
      ),
      pt("p6", 2, "Balanced, justified conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** comparative advantage and specialisation.\n2. **Illustrate.** Two straight-line PPCs with different slopes; each country specialises in the good with the lower opportunity cost and trades, consuming at a point outside its own PPC.\n3. **For.** Specialising raises total world output; resources go to their most efficient use; exports earn foreign exchange to buy capital goods; larger scale lowers costs.\n4. **Against / limitations.**\n   - A developing country's *current* comparative advantage is often in primary products (coffee, copper) whose prices are volatile and whose terms of trade have tended to decline.\n   - Narrow specialisation leaves the economy exposed to shocks and may trap it in low-value production.\n   - The theory assumes constant costs, no transport costs, mobile factors and free trade — rarely true; protectionism in rich countries limits access.\n   - Comparative advantage is *dynamic*: investment in education, infrastructure and industries can create new advantages.\n5. **Evaluate.** Countries that moved from commodities to manufacturing and services (e.g. several East Asian economies) used trade but also shaped their comparative advantage over time. In the short run specialising earns valuable export revenue; in the long run diversification reduces risk.\n6. **Conclude.** Trading on current comparative advantage brings real gains, but a developing country should not rely on it passively; it should use the revenue to build new sources of comparative advantage and diversify.",
  },
  {
    key: "economics-4-2-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an appropriate diagram, explain the effects of a tariff on imported steel on different stakeholders in the importing country.",
    markscheme: [
      pt("p1", 2, "Definition: tariff (a tax on imported goods) / protectionism", ["tariff", "tax on imports"]),
      pt(
        "p2",
        3,
        "Diagram: domestic D and S, world price Pw (horizontal world supply), Pw + tariff; domestic production rises Q1→Q2, consumption falls Q4→Q3, imports fall; tariff revenue rectangle and welfare loss triangles labelled",
        ["world price", "Pw + tariff", "imports fall", "tariff revenue"],
      ),
      pt(
        "p3",
        3,
        "Stakeholder effects: domestic producers gain (higher price, higher output and revenue); consumers lose (higher price, lower quantity, loss of consumer surplus); government gains tariff revenue; foreign producers sell less; domestic workers in steel may gain jobs but steel-using industries face higher costs",
        ["producers gain", "consumers lose", "government revenue", "foreign producers"],
      ),
      pt("p4", 2, "Overall welfare loss (inefficient domestic production and lost consumption); real-world example", [
        "welfare loss",
        "inefficient",
        "example",
      ]),
    ],
    workedSolution:
      "**Definition.** A tariff is a tax on imported goods, raising their price in the domestic market.\n\n**Diagram (described).** Domestic demand D and domestic supply S. The world price Pw is a horizontal line below the domestic equilibrium. At Pw domestic firms supply Q1, consumers buy Q4, and imports are Q4 − Q1. A tariff raises the price to Pw + t (a higher horizontal line). Domestic output rises to Q2, consumption falls to Q3, and imports shrink to Q3 − Q2. The rectangle t × (Q3 − Q2) is tariff revenue. Two triangles — between S and Pw + t from Q1 to Q2, and between D and Pw + t from Q3 to Q4 — are welfare losses.\n\n**Stakeholders.**\n- *Domestic steel producers:* higher price and output; revenue and producer surplus rise; jobs protected.\n- *Consumers and steel-using firms (car makers, construction):* pay more, buy less; lose consumer surplus; costs rise, reducing their competitiveness.\n- *Government:* gains tariff revenue.\n- *Foreign producers:* lose sales in this market.\n- *Society:* a net welfare loss, because some steel is now produced by less efficient domestic firms and some mutually beneficial consumption is lost.\n\nA strong answer adds a real example of steel tariffs and their reported effects on user industries.",
  },
  {
    key: "economics-4-2-02",
    type: "MCQ",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 4,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: "An import quota and a tariff reduce the quantity of imports of a good by exactly the same amount. Compared with the tariff, which of the following is true of the quota?",
    options: [
      { id: "A", text: "Consumers pay a lower price under the quota." },
      { id: "B", text: "Domestic producers sell less under the quota." },
      { id: "C", text: "The government collects no revenue; the gain from the higher price goes to foreign exporters or import-licence holders." },
      { id: "D", text: "The overall welfare loss to the importing country is smaller under the quota." },
    ],
    correctOptionId: "C",
    markscheme: [
      pt("p1", 1, "C: under a quota the area that would be tariff revenue goes to foreign exporters / licence holders", ["C", "no revenue", "licence"]),
    ],
    workedSolution:
      "If both measures cut imports by the same amount, the domestic price and the quantities produced and consumed are the same (so A and B are wrong). The difference is who receives the rectangle between the higher domestic price and the world price on the imports that still enter: under a tariff it is **government revenue**; under a quota it goes to foreign exporters or whoever holds the import licences. So the importing country's overall welfare loss is at least as large under a quota (D is wrong). Answer **C**.",
  },
  {
    key: "economics-4-2h-01",
    type: "NUMERIC",
    levels: HL,
    topicCode: "4.2H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A country's domestic market for bicycles is given by $Q_d = 500 - 10P$ and $Q_s = -100 + 10P$ (price in euros, quantity in thousands). The world price is €20 and the country can import any quantity at this price. The government imposes a tariff of €5 per bicycle.

Calculate the government's tariff revenue, in thousands of euros.`,
    numericAnswer: { value: 500, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`At €25: $Q_d = 250$, $Q_s = 150$, imports $= 100$ thousand`, ["250", "150", "100"]),
      pt("p2", 1, "Tariff revenue = 5 × 100 = €500 thousand", ["500"]),
    ],
    workedSolution: String.raw`With the tariff the domestic price becomes $20 + 5 = €25$.
- $Q_d = 500 - 10(25) = 250$ thousand
- $Q_s = -100 + 10(25) = 150$ thousand
- Imports $= 250 - 150 = 100$ thousand

Tariff revenue $= \text{tariff} \times \text{imports} = 5 \times 100 = $ **€500 thousand**.

(Before the tariff, at €20: $Q_d = 300$, $Q_s = 100$, imports = 200 thousand.)`,
  },
  {
    key: "economics-4-2h-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "4.2H",
    difficulty: 4,
    marks: 3,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`For the bicycle market ($Q_d = 500 - 10P$, $Q_s = -100 + 10P$, quantities in thousands, world price €20, tariff €5), calculate the total welfare loss to the country caused by the tariff, in thousands of euros.`,
    numericAnswer: { value: 250, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [
      pt("p1", 1, String.raw`Production (efficiency) loss $= \tfrac12 \times 5 \times (150 - 100) = 125$`, ["125", "150 - 100"]),
      pt("p2", 1, String.raw`Consumption loss $= \tfrac12 \times 5 \times (300 - 250) = 125$`, ["125", "300 - 250"]),
      pt("p3", 1, "Total welfare loss = €250 thousand", ["250"]),
    ],
    workedSolution: String.raw`A tariff creates two welfare-loss triangles, each with a height equal to the tariff (€5):

1. **Production loss** — extra domestic output produced at a cost above the world price: domestic supply rises from 100 to 150 thousand.
$$\tfrac12 \times 5 \times 50 = 125$$
2. **Consumption loss** — consumption that no longer happens: demand falls from 300 to 250 thousand.
$$\tfrac12 \times 5 \times 50 = 125$$

Total welfare loss $= 125 + 125 = $ **€250 thousand**.`,
  },
  {
    key: "economics-4-2h-03",
    type: "NUMERIC",
    levels: HL,
    topicCode: "4.2H",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`For the same bicycle market ($Q_d = 500 - 10P$, $Q_s = -100 + 10P$, quantities in thousands, world price €20, tariff €5), calculate the change in the revenue of **domestic** producers resulting from the tariff, in thousands of euros.`,
    numericAnswer: { value: 1750, tolerance: 0.5, unit: "€ thousand" },
    markscheme: [pt("p1", 1, "Revenue before = 20 × 100 = 2000; after = 25 × 150 = 3750", ["2000", "3750"]), pt("p2", 1, "Change = +€1750 thousand", ["1750"])],
    workedSolution: String.raw`- Before: price €20, domestic output $Q_s = -100 + 200 = 100$ thousand → revenue $20 \times 100 = 2000$.
- After: price €25, domestic output $Q_s = -100 + 250 = 150$ thousand → revenue $25 \times 150 = 3750$.

Change $= 3750 - 2000 = $ **+€1750 thousand**. Domestic producers gain both from the higher price and from selling more.`,
  },
  {
    key: "economics-4-3-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.3",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "To what extent",
    stem: "To what extent is the protection of infant industries a valid argument for restricting free trade?",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: infant industry (a new industry that cannot yet compete because it has not reached economies of scale/experience), trade protection/free trade",
        ["infant industry", "economies of scale", "protection"],
      ),
      pt("p2", 2, "Diagram: tariff (or subsidy) diagram showing domestic output rising behind protection; or long-run average cost falling as output grows", [
        "tariff",
        "diagram",
        "average cost",
      ]),
      pt(
        "p3",
        3,
        "Arguments for: temporary protection lets firms grow, gain experience and economies of scale until they can compete; diversification away from primary products; employment and development of skills",
        ["temporary", "economies of scale", "diversification", "employment"],
      ),
      pt("p4", 2, "Real-world example(s) of successful or unsuccessful infant industry protection", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: difficulty of identifying which industries will become competitive; protection becomes permanent and firms stay inefficient (lack of competitive pressure, lobbying); costs to consumers and welfare loss; retaliation; WTO rules; subsidies may be better than tariffs; success depends on time limits and performance conditions",
        ["identify", "permanent", "inefficient", "retaliation"],
      ),
      pt("p6", 2, "Balanced conclusion answering 'to what extent' (Level 4 markband)", ["conclusion", "extent"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** an infant industry: a newly established industry whose average costs are still high because it has not yet gained economies of scale or experience, so it cannot compete with established foreign firms.\n2. **Diagram.** Tariff diagram: the price rises from Pw to Pw + t, domestic output rises; or a falling LRAC curve showing costs dropping as output grows.\n3. **For.** Temporary protection gives firms time to grow and learn, lowering costs until they can compete at world prices; it helps diversify an economy away from commodities and builds skills.\n4. **Example.** Some East Asian industries (e.g. cars, shipbuilding, electronics) grew behind protection and later became global exporters; many other protected industries in other countries never became competitive.\n5. **Evaluate.**\n   - Governments find it hard to 'pick winners'.\n   - Protection tends to become permanent; sheltered firms have little incentive to become efficient and lobby to keep it.\n   - Consumers pay higher prices; welfare losses; trading partners may retaliate; WTO rules limit tariffs.\n   - A time-limited subsidy tied to export performance may be better than a tariff.\n6. **Conclude.** The argument is valid to a limited extent: it can work when protection is temporary, conditional on performance and combined with investment in skills and infrastructure, but in practice it is often abused.",
  },
  {
    key: "economics-4-3-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** arguments against trade protection.",
    markscheme: [
      pt("p1", 1, "First argument identified, e.g. higher prices and less choice for consumers", ["higher prices", "less choice"]),
      pt("p2", 1, "Explanation, e.g. domestic price rises above the world price, reducing consumer surplus; inefficient allocation / welfare loss", [
        "consumer surplus",
        "welfare loss",
      ]),
      pt(
        "p3",
        1,
        "Second argument identified, e.g. retaliation / trade wars, inefficiency of protected firms, higher costs for firms using imported inputs, less export competitiveness",
        ["retaliation", "inefficiency", "imported inputs"],
      ),
      pt("p4", 1, "Explanation of the second argument, e.g. trading partners impose their own barriers, so export industries lose sales and jobs", [
        "exports fall",
        "jobs",
      ]),
    ],
    workedSolution:
      "1. **Higher prices for consumers.** Tariffs and quotas raise domestic prices above world prices, reducing consumer surplus and choice; resources are diverted to less efficient domestic producers, causing a welfare loss.\n2. **Retaliation.** Trading partners may respond with barriers of their own, so the country's exporters lose markets and jobs; a trade war can reduce world trade and growth.\n\nOther valid arguments: protected firms lack competitive pressure and stay inefficient; firms that import inputs face higher costs; protection can encourage corruption and lobbying.",
  },
  {
    key: "economics-4-4-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Distinguish",
    stem: "Distinguish between a free trade area and a customs union.",
    markscheme: [
      pt("p1", 1, "Both remove trade barriers (tariffs/quotas) on goods traded between member countries", ["remove barriers", "member countries"]),
      pt("p2", 1, "Free trade area: each member keeps its own trade policy/tariffs towards non-members", ["own tariffs", "non-members"]),
      pt("p3", 1, "Customs union: members adopt a common external tariff/common trade policy towards non-members", ["common external tariff"]),
      pt(
        "p4",
        1,
        "Consequence: free trade areas need rules of origin to stop imports entering via the lowest-tariff member; customs unions negotiate trade deals as a bloc",
        ["rules of origin", "negotiate as a bloc"],
      ),
    ],
    workedSolution:
      "Both are forms of economic integration in which members trade with one another free of tariffs and quotas.\n\n- In a **free trade area**, each member keeps its *own* tariffs against non-members. To prevent goods from outside entering through the member with the lowest tariff, rules of origin are needed.\n- In a **customs union**, members also adopt a **common external tariff** and a common trade policy towards the rest of the world, and they negotiate trade agreements as a single bloc. A customs union is therefore a deeper level of integration.",
  },
  {
    key: "economics-4-4-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Explain the difference between trade creation and trade diversion when a country joins a customs union.",
    markscheme: [
      pt("p1", 2, "Definitions: customs union (free trade among members plus common external tariff); trade creation; trade diversion", [
        "customs union",
        "trade creation",
        "trade diversion",
      ]),
      pt(
        "p2",
        3,
        "Trade creation: removal of tariffs between members means higher-cost domestic production is replaced by lower-cost imports from a member country; more efficient allocation, lower prices, welfare gain",
        ["higher-cost", "lower-cost", "member", "welfare gain"],
      ),
      pt(
        "p3",
        3,
        "Trade diversion: the common external tariff means imports switch from a lower-cost non-member to a higher-cost member; less efficient allocation, loss of tariff revenue, possible welfare loss",
        ["non-member", "higher-cost member", "less efficient", "tariff revenue"],
      ),
      pt("p4", 2, "Numerical or diagrammatic illustration, or real-world example; overall effect depends on which is larger", ["example", "overall"]),
    ],
    workedSolution:
      "**Definitions.** A customs union removes trade barriers among members and sets a common external tariff (CET) on imports from non-members.\n\n**Trade creation** happens when joining the union replaces *higher-cost* domestic production with *lower-cost* imports from a member. Example: before joining, Country X's own farmers produce cheese at €10/kg, while a partner country can supply it at €7 but faces a €4 tariff (€11 in X). After joining, the tariff on the partner disappears; consumers buy the €7 cheese. Resources move to more efficient producers and consumers pay less: a welfare gain.\n\n**Trade diversion** happens when imports shift from a *lower-cost* non-member to a *higher-cost* member. Example: before joining, X imports TVs from a non-member at €200 + €20 tariff = €220 rather than from the future partner at €230 + €20 = €250. After joining, the partner's TVs enter tariff-free at €230, while non-member TVs now face a CET of, say, €40 (€240). X switches to the less efficient producer and the government loses tariff revenue: a welfare loss for the world.\n\nWhether joining improves welfare overall depends on whether trade creation outweighs trade diversion.",
  },
  {
    key: "economics-4-4-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "A group of countries allows free movement of goods, services, labour and capital among its members and has a common external tariff, but each country keeps its own currency. Which form of economic integration is this?",
    options: [
      { id: "A", text: "Free trade area" },
      { id: "B", text: "Customs union" },
      { id: "C", text: "Common market" },
      { id: "D", text: "Monetary union" },
    ],
    correctOptionId: "C",
    markscheme: [pt("p1", 1, "C: common market — customs union plus free movement of factors of production", ["C", "common market"])],
    workedSolution:
      "A customs union has free trade among members and a common external tariff. Adding free movement of factors of production (labour and capital) makes it a **common market** — **C**. A monetary union would also share a single currency.",
  },
  {
    key: "economics-4-5-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A laptop is priced at €900 in Germany. The exchange rate is €1 = ¥160.\n\nCalculate the price of the laptop in Japanese yen (ignoring transport costs and taxes).",
    numericAnswer: { value: 144000, tolerance: 1, unit: "¥" },
    markscheme: [pt("p1", 1, "900 × 160 = ¥144 000", ["144000", "144 000"])],
    workedSolution: "Each euro is worth ¥160, so €900 = 900 × 160 = **¥144 000**.",
  },
  {
    key: "economics-4-5-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "The exchange rate between the British pound and the US dollar changes from £1 = USD 1.20 to £1 = USD 1.32.\n\nCalculate the percentage appreciation of the pound against the US dollar.",
    numericAnswer: { value: 10, tolerance: 0.01, unit: "%" },
    markscheme: [pt("p1", 1, "(1.32 − 1.20)/1.20 × 100", ["0.12/1.20", "1.32 - 1.20"]), pt("p2", 1, "= 10%", ["10"])],
    workedSolution: String.raw`The value of £1 in dollars rises from 1.20 to 1.32:
$$\frac{1.32 - 1.20}{1.20} \times 100 = \frac{0.12}{1.20} \times 100 = 10\%$$
The pound has appreciated by **10%** against the dollar.`,
  },
  {
    key: "economics-4-5-03",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 4,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "The exchange rate changes from £1 = USD 1.20 to £1 = USD 1.32.\n\nCalculate the percentage change in the value of the US dollar against the pound. Give your answer to 3 significant figures (use a minus sign for a depreciation).",
    numericAnswer: { value: -9.09, sigFigs: 3, sigFigsExact: true, tolerance: 0.01, unit: "%" },
    markscheme: [
      pt("p1", 1, "Value of USD 1 in pounds: 1/1.20 = £0.8333 before and 1/1.32 = £0.7576 after", ["0.833", "0.758"]),
      pt("p2", 1, "(0.7576 − 0.8333)/0.8333 × 100 = −9.09% (depreciation)", ["-9.09", "9.09"]),
    ],
    workedSolution: String.raw`First express the dollar's value in pounds:
- Before: USD 1 $= \frac{1}{1.20} = £0.8333$
- After: USD 1 $= \frac{1}{1.32} = £0.7576$

$$\frac{0.7576 - 0.8333}{0.8333} \times 100 = -9.09\%$$
(or directly $\frac{1.20}{1.32} - 1 = -0.0909$).

The dollar has depreciated by **9.09%**. Note it is *not* simply −10%: a 10% rise in one currency is a smaller percentage fall in the other.`,
  },
  {
    key: "economics-4-5-04",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 3,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using an exchange rate diagram, explain how an increase in a country's interest rates relative to those abroad may cause its currency to appreciate.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: floating exchange rate (determined by demand and supply of the currency) / appreciation (rise in the value of a currency in terms of another)",
        ["floating", "appreciation", "demand and supply"],
      ),
      pt(
        "p2",
        3,
        "Diagram: price of the currency (in foreign currency) on the vertical axis, quantity of the currency on the horizontal axis; demand shifts right from D₁ to D₂; exchange rate rises from e₁ to e₂ (supply may shift left)",
        ["demand shifts right", "exchange rate rises", "diagram"],
      ),
      pt(
        "p3",
        3,
        "Explanation: higher interest rates raise the return on deposits/bonds in the country, attracting inflows of financial capital (hot money); foreign investors must buy the currency, increasing demand; domestic savers are less likely to move funds abroad, reducing supply",
        ["hot money", "return", "financial capital", "buy the currency"],
      ),
      pt("p4", 2, "Application: example of a central bank rate rise followed by appreciation / consequence for exports and imports", ["example", "exports"]),
    ],
    workedSolution:
      "**Definitions.** In a floating system the exchange rate is set by the demand for and supply of the currency on foreign exchange markets. An appreciation is a rise in the currency's value in terms of other currencies.\n\n**Diagram (described).** Vertical axis: price of the domestic currency in a foreign currency (e.g. USD per €). Horizontal axis: quantity of € traded. Demand D₁ and supply S₁ meet at e₁. Demand shifts right to D₂; the new equilibrium exchange rate e₂ is higher. (Supply may also shift left to S₂, reinforcing the rise.)\n\n**Explanation.** When the central bank raises interest rates above those abroad, deposits and bonds in the country offer a higher return. Foreign investors move funds ('hot money') into the country and must first buy the domestic currency, so demand for it rises. Domestic savers have less reason to send money abroad, so fewer euros are supplied. The currency appreciates.\n\n**Application.** A higher exchange rate makes exports dearer and imports cheaper, which may reduce net exports and help lower inflation.",
  },
  {
    key: "economics-4-5-05",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Discuss",
    stem: "Discuss whether a fixed exchange rate system is preferable to a floating exchange rate system for a small open economy.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: fixed exchange rate (set and maintained by government/central bank against another currency) and floating exchange rate (determined by market forces)",
        ["fixed", "floating", "market forces"],
      ),
      pt("p2", 2, "Diagram: maintaining a fixed rate when demand falls — central bank buys its currency using reserves or raises interest rates", [
        "reserves",
        "diagram",
        "buys currency",
      ]),
      pt("p3", 3, "Advantages of fixed: certainty for traders and investors, lower transaction risk, discipline on inflation, reduced speculation", [
        "certainty",
        "risk",
        "inflation discipline",
      ]),
      pt(
        "p4",
        3,
        "Advantages of floating: automatic adjustment of current account imbalances, no need for large reserves, monetary policy free to target domestic goals",
        ["automatic adjustment", "reserves", "monetary policy"],
      ),
      pt(
        "p5",
        3,
        "Evaluation: depends on trade openness, main trading partners, credibility and reserves; fixed rate may become misaligned and vulnerable to speculative attack; loss of monetary policy independence; managed float as compromise; real-world example",
        ["misaligned", "speculative attack", "managed float", "example"],
      ),
      pt("p6", 2, "Balanced, justified conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** fixed (government/central bank commits to a set rate, e.g. pegged to the US dollar or euro) and floating (market-determined) exchange rates.\n2. **Diagram.** If demand for the currency falls, the market rate would drop below the peg; the central bank must buy its currency with foreign reserves (or raise interest rates) to shift demand back.\n3. **For fixed.** A small open economy trades a lot, so exchange-rate stability reduces risk for exporters, importers and foreign investors; pegging to a low-inflation currency imports credibility and discipline.\n4. **For floating.** The rate adjusts automatically to shocks: a current account deficit leads to depreciation, restoring competitiveness; no large reserves are needed; interest rates can be set for domestic objectives.\n5. **Evaluate.** A fixed rate requires large reserves and credibility; if it becomes overvalued it invites speculative attacks and costly devaluations. It also means importing the anchor country's interest rates, which may not suit domestic conditions. A floating rate can be volatile, which matters more for a small open economy. Many countries choose a managed float. Use an example (e.g. a successful long-running peg versus a peg that collapsed).\n6. **Conclude.** A fixed rate suits a small economy that trades mainly with the anchor country and has strong reserves and credibility; otherwise a managed float offers flexibility with less volatility.",
  },
  {
    key: "economics-4-6-01",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "4.6",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "Balance of payments data for a country (€ billion):\n\n| Item | € billion |\n|---|---|\n| Balance of trade in goods | −45 |\n| Balance of trade in services | +20 |\n| Primary income (net) | −8 |\n| Secondary income (net) | +5 |\n| Capital account balance | +2 |\n| Financial account balance | +26 |\n\nCalculate the current account balance, in € billion.",
    numericAnswer: { value: -28, tolerance: 0.05, unit: "€ billion" },
    markscheme: [
      pt("p1", 1, "Current account = goods + services + primary income + secondary income (capital and financial accounts excluded)", [
        "goods + services",
        "primary income",
        "secondary income",
      ]),
      pt("p2", 1, "= −45 + 20 − 8 + 5 = −€28 billion", ["-28", "28"]),
    ],
    workedSolution: String.raw`The current account contains trade in goods and services plus net primary and secondary income:
$$-45 + 20 + (-8) + 5 = -28$$
The current account is in deficit by **€28 billion**. (Check: $-28 + 2 + 26 = 0$ — the capital and financial accounts balance it, as they must, apart from errors and omissions.)`,
  },
  {
    key: "economics-4-6-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.6",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why a deficit on the current account of the balance of payments must be matched by a surplus on the capital and financial accounts.",
    markscheme: [
      pt(
        "p1",
        1,
        "The balance of payments records all transactions with the rest of the world; credits = debits so it must balance (sum to zero, apart from errors and omissions)",
        ["balance", "sum to zero", "errors and omissions"],
      ),
      pt("p2", 1, "A current account deficit means the country spends more foreign currency on imports/income payments than it earns", [
        "spends more",
        "foreign currency",
      ]),
      pt("p3", 1, "This must be financed by inflows: foreign investment (FDI, portfolio), borrowing from abroad, or running down reserve assets", [
        "financed",
        "borrowing",
        "FDI",
        "reserves",
      ]),
      pt("p4", 1, "These inflows are recorded as a surplus on the financial (and capital) account", ["financial account surplus"]),
    ],
    workedSolution:
      "The balance of payments is a double-entry record of all transactions between a country's residents and the rest of the world, so total credits equal total debits: current account + capital account + financial account + errors and omissions = 0.\n\nIf a country runs a current account deficit, it is paying out more foreign currency (for imports, profit and interest payments) than it earns. The shortfall must come from somewhere: foreigners buying the country's assets (FDI, shares, bonds), borrowing from abroad, or the central bank selling reserve assets. All of these are net inflows recorded in the **financial account**, which therefore shows a surplus of the same size (together with any capital account balance).",
  },
  {
    key: "economics-4-6h-01",
    type: "WRITTEN",
    levels: HL,
    topicCode: "4.6H",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    calculator: false,
    commandTerm: "Explain",
    stem: "Using a diagram, explain the J-curve effect following a depreciation of a country's currency.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: depreciation (fall in the value of a currency in a floating system) and current account balance; Marshall–Lerner condition (PEDx + PEDm > 1)",
        ["depreciation", "current account", "Marshall-Lerner"],
      ),
      pt(
        "p2",
        3,
        "Diagram: current account balance on the vertical axis, time on the horizontal axis; after depreciation at t₀ the balance first worsens (dips) then improves above its original level — J shape",
        ["J shape", "time", "worsens then improves"],
      ),
      pt(
        "p3",
        3,
        "Explanation: in the short run demand for exports and imports is price inelastic (existing contracts, habits, time to find substitutes), so import spending rises in domestic currency and export revenue hardly changes → deficit worsens",
        ["short run", "inelastic", "contracts", "import spending rises"],
      ),
      pt(
        "p4",
        2,
        "In the long run demand becomes more elastic, the Marshall–Lerner condition is met, export volumes rise and import volumes fall → current account improves",
        ["long run", "more elastic", "improves"],
      ),
    ],
    workedSolution:
      "**Definitions.** A depreciation is a fall in the value of a currency under a floating exchange rate. The Marshall–Lerner condition says a depreciation improves the current account only if PEDx + PEDm > 1.\n\n**Diagram (described).** Vertical axis: current account balance (zero line marked). Horizontal axis: time. The balance starts in deficit. At t₀ the currency depreciates. The line first dips further into deficit, then turns upward and rises above its original level — tracing the shape of a letter J.\n\n**Explanation.**\n- *Short run:* exports and imports are agreed under existing contracts and buyers take time to change suppliers, so demand is price inelastic. Imports now cost more in domestic currency, while the quantities of exports and imports change little. Spending on imports rises relative to export earnings, so the current account worsens.\n- *Long run:* foreign buyers switch to the cheaper exports and domestic buyers substitute away from dearer imports. Demand becomes more elastic, the Marshall–Lerner condition is satisfied, export revenue rises and import spending falls: the current account improves.",
  },
  {
    key: "economics-4-6h-02",
    type: "MCQ",
    levels: HL,
    topicCode: "4.6H",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "According to the Marshall–Lerner condition, a depreciation of a country's currency will improve its current account balance if:",
    options: [
      { id: "A", text: "the sum of the price elasticities of demand for exports and imports is greater than 1" },
      { id: "B", text: "the sum of the price elasticities of demand for exports and imports is less than 1" },
      { id: "C", text: "the price elasticity of demand for exports equals that for imports" },
      { id: "D", text: "demand for both exports and imports is perfectly price inelastic" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: PEDx + PEDm > 1", ["A", "greater than 1"])],
    workedSolution:
      "The Marshall–Lerner condition states that a depreciation improves the current account when **PEDx + PEDm > 1** (in absolute values). Then the rise in export revenue and fall in import spending outweigh the higher domestic-currency price of each import. Answer **A**.",
  },
  {
    key: "economics-4-6h-03",
    type: "WRITTEN",
    levels: HL,
    topicCode: "4.6H",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the view that a persistent current account deficit is harmful to an economy.",
    markscheme: [
      pt(
        "p1",
        2,
        "Definitions: current account deficit (value of imports of goods/services plus income outflows exceeds export earnings plus income inflows); persistent",
        ["current account deficit", "imports exceed exports", "persistent"],
      ),
      pt("p2", 2, "Diagram: e.g. exchange rate diagram showing downward pressure on the currency, or AD/AS showing the effect of lower net exports", [
        "exchange rate",
        "depreciation",
        "diagram",
      ]),
      pt(
        "p3",
        3,
        "Potential harms: downward pressure on the exchange rate (or loss of reserves if fixed); financed by borrowing → rising foreign debt and interest payments; sale of domestic assets to foreigners; may reflect lack of competitiveness and lead to job losses in tradable sectors; higher interest rates to attract capital",
        ["foreign debt", "interest payments", "competitiveness", "reserves"],
      ),
      pt("p4", 2, "Real-world example(s) of a country with a persistent deficit", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: depends on the cause (importing capital goods for investment vs consumption boom), size relative to GDP, how it is financed (FDI vs short-term borrowing), whether the currency is a reserve currency, and whether the economy is growing; deficits may be sustainable for long periods",
        ["capital goods", "size relative to GDP", "FDI", "sustainable"],
      ),
      pt("p6", 2, "Balanced, justified conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** a current account deficit and note *persistent* = over many years.\n2. **Diagram.** Exchange-rate diagram: a deficit means the supply of the currency (to buy imports) exceeds demand (from exports), putting downward pressure on the currency. Alternatively an AD/AS diagram showing AD lower because (X − M) is negative.\n3. **Possible harms.** A deficit must be financed by the financial account — borrowing from abroad or selling domestic assets. This builds up foreign debt and future interest and profit outflows; it can make the economy vulnerable to a sudden stop of capital inflows; it may signal weak competitiveness and loss of manufacturing jobs; the central bank may need higher interest rates to attract capital.\n4. **Example.** Use a country that has run large deficits for decades, and one that suffered a currency crisis when inflows stopped.\n5. **Evaluate.**\n   - If imports are capital goods that raise future productivity, the deficit finances growth and may pay for itself.\n   - A deficit of 1–2% of GDP financed by long-term FDI is very different from 8% financed by short-term loans.\n   - Countries whose currency is widely held as a reserve can run deficits for long periods.\n   - A deficit in a fast-growing economy may be sustainable; the debt ratio matters more than the deficit itself.\n6. **Conclude.** A persistent deficit is not necessarily harmful; it becomes a problem when it is large, driven by consumption and financed by short-term borrowing.",
  },
  {
    key: "economics-4-7-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.7",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Define",
    stem: "Define the term **sustainable development**.",
    markscheme: [
      pt("p1", 1, "Development that meets the needs of the present generation", ["needs of the present", "present generation"]),
      pt("p2", 1, "without compromising the ability of future generations to meet their own needs", ["future generations", "without compromising"]),
    ],
    workedSolution:
      "Sustainable development is **development that meets the needs of the present without compromising the ability of future generations to meet their own needs**. Both parts are needed for full marks.",
  },
  {
    key: "economics-4-7-02",
    type: "WRITTEN",
    levels: HL,
    topicCode: "4.7",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** ways in which poverty may make it harder to achieve environmental sustainability.",
    markscheme: [
      pt("p1", 1, "Poor households depend directly on natural resources (firewood, farmland, fishing) for survival", [
        "firewood",
        "depend",
        "natural resources",
      ]),
      pt("p2", 1, "so they may over-exploit them (deforestation, soil degradation, overfishing) because short-term survival comes first", [
        "deforestation",
        "over-exploit",
        "short-term",
      ]),
      pt(
        "p3",
        1,
        "Lack of access to credit/savings/technology prevents investment in cleaner or more sustainable methods (e.g. clean cooking fuel, soil conservation)",
        ["credit", "technology", "investment"],
      ),
      pt(
        "p4",
        1,
        "Governments of poor countries lack revenue to enforce environmental protection / prioritise growth; poverty and environmental degradation reinforce each other (vicious circle)",
        ["revenue", "enforce", "vicious circle"],
      ),
    ],
    workedSolution:
      "1. **Direct dependence on natural resources.** Many poor rural households rely on forests for fuel and on land and fish stocks for food and income. When survival today is at stake, they may cut trees, over-farm land or over-fish, degrading the resources future generations will need.\n2. **Lack of access to finance and technology.** Without savings or credit, poor households cannot invest in cleaner stoves, irrigation or soil conservation, and poor governments lack the tax revenue to enforce environmental laws.\n\nThe result can be a vicious circle: environmental degradation lowers incomes, which deepens poverty and pressure on the environment.",
  },
  {
    key: "economics-4-8-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.8",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why the Human Development Index (HDI) may be a better indicator of economic development than GNI per capita.",
    markscheme: [
      pt(
        "p1",
        1,
        "HDI is a composite index of three dimensions: a long and healthy life (life expectancy), knowledge (mean and expected years of schooling) and a decent standard of living (GNI per capita at PPP)",
        ["life expectancy", "years of schooling", "GNI per capita", "composite"],
      ),
      pt("p2", 1, "Development is multidimensional, not just income", ["multidimensional"]),
      pt("p3", 1, "GNI per capita measures only average income; countries with similar GNI per capita can have very different health and education outcomes", [
        "only income",
        "similar GNI",
        "different outcomes",
      ]),
      pt("p4", 1, "so HDI captures quality of life better, though it still ignores inequality/environment (OWTTE)", ["quality of life", "inequality"]),
    ],
    workedSolution:
      "GNI per capita measures only average income. Economic development, however, means improvements in people's overall well-being — health, education and freedom as well as income.\n\nThe **HDI** combines three dimensions: health (life expectancy at birth), education (mean years of schooling of adults and expected years for children) and standard of living (GNI per capita at PPP). Two countries with similar GNI per capita can have very different HDI values if one spends its income on schools and health care and the other does not, so the HDI gives a fuller picture of development.\n\n(It still has limits: it ignores inequality, gender gaps and the environment — hence adjusted measures such as the IHDI.)",
  },
  {
    key: "economics-4-8-02",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "4.8",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A country has a GNI of €84 billion and a population of 12 million.\n\nCalculate its GNI per capita, in euros.",
    numericAnswer: { value: 7000, tolerance: 0.5, unit: "€" },
    markscheme: [pt("p1", 1, "84 000 000 000 / 12 000 000 = €7000", ["7000", "7 000"])],
    workedSolution: String.raw`$$\text{GNI per capita} = \frac{\text{GNI}}{\text{population}} = \frac{84 \times 10^9}{12 \times 10^6} = 7000$$
GNI per capita is **€7000**.`,
  },
  {
    key: "economics-4-9-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.9",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "To what extent",
    stem: "To what extent is over-dependence on the export of primary commodities a barrier to economic growth and development?",
    markscheme: [
      pt("p1", 2, "Definitions: primary commodities, economic growth (increase in real GDP), economic development", [
        "primary commodities",
        "economic growth",
        "economic development",
      ]),
      pt("p2", 2, "Diagram: commodity market with inelastic demand and supply showing a large price change from a shift in supply or demand (volatility)", [
        "inelastic",
        "volatile",
        "diagram",
      ]),
      pt(
        "p3",
        3,
        "Analysis: volatile export earnings and government revenue make planning and investment difficult; low income elasticity of demand for many commodities; long-term decline in terms of trade; 'Dutch disease' and resource curse (corruption, conflict); limited linkages and value added",
        ["volatile", "income elasticity", "terms of trade", "resource curse"],
      ),
      pt("p4", 2, "Real-world example(s) of commodity-dependent economies", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: some countries have used commodity wealth successfully (sovereign wealth funds, diversification, good institutions); other barriers may be more important (poor governance, lack of infrastructure, human capital, access to credit, inequality); commodity booms can finance development; depends on the commodity and on policies",
        ["sovereign wealth fund", "institutions", "other barriers", "diversification"],
      ),
      pt("p6", 2, "Balanced conclusion answering 'to what extent' (Level 4 markband)", ["conclusion", "extent"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** primary commodities (unprocessed agricultural, mineral and energy products), economic growth and economic development.\n2. **Diagram.** A commodity market with steep (inelastic) D and S: a modest supply shift (e.g. a bumper harvest) causes a large price fall — showing why export revenue is volatile.\n3. **Why it is a barrier.**\n   - Volatile export revenue and tax receipts make budgeting and investment hard.\n   - Many agricultural commodities have low income elasticity of demand, so as world incomes rise demand grows slowly; the terms of trade have tended to decline against manufactures.\n   - Resource booms can cause Dutch disease (currency appreciation harming other exporters) and a 'resource curse' (rent-seeking, corruption, conflict).\n   - Little value is added domestically, limiting jobs and skills.\n4. **Example.** Economies where more than 60–80% of exports come from one or two commodities (e.g. oil, copper, cocoa).\n5. **Evaluate.** Some countries have turned commodity wealth into development through sovereign wealth funds, strong institutions and diversification. In many low-income countries other barriers — weak governance, poor infrastructure, low human capital, lack of access to credit, inequality — may matter more. Commodity revenue can finance schools and roads if well managed.\n6. **Conclude.** Over-dependence is a significant barrier largely *because* of how it interacts with weak institutions; with good governance and diversification policies it need not prevent growth and development.",
  },
  {
    key: "economics-4-9-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "4.9",
    difficulty: 2,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A coffee-exporting country's index of average export prices fell from 100 in the base year to 95 in the current year. Over the same period its index of average import prices rose from 100 to 110.\n\nCalculate the country's terms of trade index for the current year, to 3 significant figures.",
    numericAnswer: { value: 86.4, sigFigs: 3, sigFigsExact: true, tolerance: 0.05 },
    markscheme: [
      pt("p1", 1, "Terms of trade = index of average export prices ÷ index of average import prices × 100 = 95/110 × 100", [
        "95/110",
        "export prices",
        "import prices",
      ]),
      pt("p2", 1, "= 86.4 (a deterioration)", ["86.4"]),
    ],
    workedSolution: String.raw`$$\text{terms of trade} = \frac{\text{index of average export prices}}{\text{index of average import prices}} \times 100 = \frac{95}{110} \times 100 = 86.4$$
The terms of trade index is **86.4**. It has fallen from 100, a **deterioration**: each unit of exports now buys about 13.6% fewer imports — typical of a country dependent on primary commodities.`,
  },
  {
    key: "economics-4-10-01",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.10",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the role of foreign direct investment (FDI) by multinational corporations (MNCs) in promoting economic development.",
    markscheme: [
      pt("p1", 2, "Definitions: FDI (long-term investment by a firm in productive assets in another country), MNC, economic development", [
        "FDI",
        "MNC",
        "long-term investment",
      ]),
      pt("p2", 2, "Diagram: AD shifts right (investment) and LRAS shifts right (capital, technology), or PPC shifting outward", ["AD", "LRAS", "diagram"]),
      pt(
        "p3",
        3,
        "Benefits: fills the savings gap; brings capital, technology and management skills; creates jobs and raises incomes; tax revenue; export earnings and foreign exchange; linkages with local suppliers",
        ["savings gap", "technology", "jobs", "tax revenue"],
      ),
      pt("p4", 2, "Real-world example(s) of FDI in a developing country", ["example"]),
      pt(
        "p5",
        4,
        "Evaluation: profit repatriation; transfer pricing and tax avoidance/incentives reduce revenue; low-skilled jobs with few linkages (enclave); environmental damage and poor labour standards; crowding out local firms; political influence; depends on sector, regulations, absorptive capacity and institutions",
        ["profit repatriation", "transfer pricing", "environment", "institutions"],
      ),
      pt("p6", 2, "Balanced, substantiated conclusion (Level 4 markband)", ["conclusion"]),
    ],
    workedSolution:
      "**Plan for a Level-4 answer.**\n\n1. **Define** FDI (long-term investment by a firm in productive assets abroad, usually with a controlling stake), MNCs, and economic development.\n2. **Diagram.** Investment raises AD; the extra capital and technology shift LRAS right — higher potential output.\n3. **Benefits.** Fills the savings gap; transfers technology and management know-how; creates jobs and training; raises tax revenue; boosts exports and foreign exchange; local suppliers may learn from and sell to the MNC (linkages).\n4. **Example.** A country where electronics or car MNCs helped build an export manufacturing sector.\n5. **Evaluate.**\n   - Profits are often repatriated, so less income stays in the country (GNI rises less than GDP).\n   - Tax holidays and transfer pricing reduce revenue.\n   - Some FDI creates few, low-skilled jobs with little local linkage (e.g. mining enclaves).\n   - Risks of environmental damage, weak labour standards, crowding out of local firms and political influence.\n   - Benefits depend on the host country's institutions, education levels and regulations.\n6. **Conclude.** FDI can be an important driver of development when host governments negotiate good terms, build skills and encourage local linkages; on its own it is no guarantee of development.",
  },
  {
    key: "economics-4-10-02",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "4.10",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain **two** ways in which official development assistance (foreign aid) may promote economic development.",
    markscheme: [
      pt("p1", 1, "First way identified, e.g. funding health and education (human capital)", ["health", "education", "human capital"]),
      pt("p2", 1, "Explanation, e.g. a healthier, better-educated workforce is more productive and has a better quality of life", [
        "productive",
        "quality of life",
      ]),
      pt("p3", 1, "Second way identified, e.g. financing infrastructure (roads, electricity, water) / humanitarian aid / technical assistance", [
        "infrastructure",
        "humanitarian",
        "technical assistance",
      ]),
      pt("p4", 1, "Explanation, e.g. infrastructure lowers costs, connects producers to markets and attracts investment; fills savings/foreign-exchange gap", [
        "lowers costs",
        "markets",
        "savings gap",
      ]),
    ],
    workedSolution:
      "1. **Investment in human capital.** Aid that funds vaccination programmes, clinics and schools improves health and education directly (development) and creates a more productive workforce (growth).\n2. **Infrastructure.** Grants or concessional loans for roads, electricity and clean water lower business costs, help farmers reach markets and make the country more attractive to investors. Aid can also fill the savings gap and provide foreign exchange to import capital goods.\n\n(Also acceptable: humanitarian aid after disasters, technical assistance, debt relief.)",
  },
  {
    key: "economics-4-10-03",
    type: "MCQ",
    levels: BOTH,
    topicCode: "4.10",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: "Which of the following is an example of an **outward-oriented** (export-promotion) growth strategy?",
    options: [
      { id: "A", text: "Imposing high tariffs on imported manufactured goods to encourage domestic production" },
      { id: "B", text: "Creating special economic zones with tax incentives for firms that export" },
      { id: "C", text: "Nationalising foreign-owned mines" },
      { id: "D", text: "Keeping the currency overvalued to make imported consumer goods cheaper" },
    ],
    correctOptionId: "B",
    markscheme: [pt("p1", 1, "B: special economic zones / incentives for exporters", ["B", "special economic zones"])],
    workedSolution:
      "Outward-oriented strategies use trade and exports as the engine of growth. Tax incentives and special economic zones for exporters are a classic example — **B**. A describes import substitution (inward-oriented); C restricts foreign investment; D makes exports less competitive.",
  },
];

// ───────────────────────────── Questions on figures ─────────────────────────────
// Market diagrams, AD/AS, a PPC, a Lorenz curve, the foreign exchange market, a J-curve and a firm's cost
// curves. The figures are drawn in code by scripts/figures/economics.ts from the numbers in
// ../figures/economics.ts, which also writes their alt text; numeric answers read values off the figure.
const figureQuestions: QuestionInput[] = [
  {
    key: "economics-fig-01",
    type: "MCQ",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: `The diagram shows the market for bicycles in a city. Demand shifts from D₁ to D₂ and supply shifts from S₁ to S₂.

${contentFigure(fig.bothShift.file, fig.bothShift.alt)}

Which pair of events could explain these shifts, and what happens to the equilibrium?`,
    options: [
      { id: "A", text: "Bus fares rise and the wages of bicycle workers rise; the price rises and the quantity traded is unchanged" },
      { id: "B", text: "Consumer incomes fall and the government subsidises bicycle makers; the price rises and the quantity traded is unchanged" },
      { id: "C", text: "Bus fares rise and the wages of bicycle workers rise; the price and the quantity traded both rise" },
      { id: "D", text: "A successful advertising campaign and a new, cheaper production technique; the price rises and the quantity traded is unchanged" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: demand rises (substitute dearer), supply falls (higher costs); price €5 → €7, quantity stays 30", ["A"])],
    workedSolution:
      "D₂ lies to the right of D₁, so demand has **increased**: a rise in the price of a substitute (bus fares) does this. S₂ lies to the left of S₁, so supply has **decreased**: higher costs of production (wages) do this. The equilibrium moves from €5 and 30 units to €7 and 30 units: the price rises and, because the two shifts are of equal size in quantity terms, the quantity is unchanged.\n\nB has both shifts the wrong way round (lower incomes cut demand for a normal good; a subsidy raises supply). C reads the quantity wrongly. D: new technology increases supply. Answer **A**.",
  },
  {
    key: "economics-fig-02",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.3H",
    difficulty: 3,
    marks: 3,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: `The diagram shows the daily market for a brand of sandwich. Areas A and B are shaded.

${contentFigure(fig.surplus.file, fig.surplus.alt)}

Calculate the community surplus (consumer surplus plus producer surplus) at the equilibrium, in € per day.`,
    numericAnswer: { value: 200, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, String.raw`Consumer surplus (A) $= \tfrac12 \times 40 \times (12 - 8) = 80$`, ["80"]),
      pt("p2", 1, String.raw`Producer surplus (B) $= \tfrac12 \times 40 \times (8 - 2) = 120$`, ["120"]),
      pt("p3", 1, "Community surplus = 80 + 120 = €200 per day", ["200"]),
    ],
    workedSolution: String.raw`Read the equilibrium off the diagram: €8 and 40 units. Both areas are triangles with base 40 units.

- Consumer surplus, A (below demand, above the price): height $12 - 8 = 4$, so $\tfrac12 \times 40 \times 4 = €80$.
- Producer surplus, B (above supply, below the price): height $8 - 2 = 6$, so $\tfrac12 \times 40 \times 6 = €120$.

Community surplus $= 80 + 120 =$ **€200 per day**, the largest possible in this market: no other quantity gives a bigger total.`,
  },
  {
    key: "economics-fig-03",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 4,
    marks: 3,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: `The government imposes a per-unit tax on a good. The diagram shows the market before and after the tax, with areas A, B and C shaded.

${contentFigure(fig.unitTax.file, fig.unitTax.alt)}

Calculate the fall in producer surplus caused by the tax, in € per week.`,
    numericAnswer: { value: 80, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, "The price producers keep falls from €10 to €8 / by €2, and output falls from 50 to 30 units", ["10", "8", "2"]),
      pt(
        "p2",
        1,
        String.raw`Loss = area B + the lower part of C $= 2 \times 30 + \tfrac12 \times 2 \times 20$ / trapezium $\tfrac12 \times (30 + 50) \times 2$`,
        ["60", "20", "trapezium"],
      ),
      pt("p3", 1, "= €80 per week", ["80"]),
    ],
    workedSolution: String.raw`Producer surplus is the area above supply S and below the price producers keep.

- Before the tax producers receive €10 and sell 50 units.
- After the tax consumers pay €14 but €6 goes to the government, so producers keep €8 and sell 30 units.

The producer surplus lost is the strip between €8 and €10, out to the supply curve: a trapezium with parallel sides 30 and 50 and height 2,
$$\tfrac12 \times (30 + 50) \times 2 = 80.$$
Equivalently, area B ($2 \times 30 = 60$, now tax revenue) plus the part of the welfare loss below €10 ($\tfrac12 \times 2 \times 20 = 20$). The fall is **€80 per week**. (Consumers lose A plus the rest of C: $4 \times 30 + \tfrac12 \times 4 \times 20 = 160$.)`,
  },
  {
    key: "economics-fig-04",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.7H",
    difficulty: 3,
    marks: 3,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: `A city sets a maximum rent for short-term flats. The diagram shows the market.

${contentFigure(fig.priceCeiling.file, fig.priceCeiling.alt)}

Calculate the fall in landlords' total daily revenue caused by the maximum price.`,
    numericAnswer: { value: 200, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, String.raw`Revenue before $= 7 \times 50 = €350$`, ["350"]),
      pt("p2", 1, String.raw`Revenue after $= 5 \times 30 = €150$ (quantity supplied, not demanded, at the maximum price)`, ["150", "30"]),
      pt("p3", 1, "Fall = €200 per day", ["200"]),
    ],
    workedSolution: String.raw`Before the maximum price the market clears at €7 and 50 flats, so landlords receive $7 \times 50 = €350$ a day.

At the maximum price of €5 only 30 flats are offered (read from S), although 70 are wanted: a shortage of 40. Only flats that are supplied are rented, so revenue is $5 \times 30 = €150$.

Fall in revenue $= 350 - 150 =$ **€200 per day**. A common slip is to use the 70 flats demanded, which are never supplied.`,
  },
  {
    key: "economics-fig-05",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: `The diagram shows a straight-line demand curve with points A, B, M and C marked on it.

${contentFigure(fig.linearPed.file, fig.linearPed.alt)}

Calculate the price elasticity of demand (PED) when the price falls from A to B. Give its absolute value.`,
    numericAnswer: { value: 4, tolerance: 0.05 },
    markscheme: [
      pt("p1", 1, String.raw`%Δ quantity $= \dfrac{40 - 20}{20} \times 100 = 100\%$`, ["100"]),
      pt("p2", 1, String.raw`%Δ price $= \dfrac{6 - 8}{8} \times 100 = -25\%$`, ["-25", "25"]),
      pt("p3", 1, String.raw`PED $= \dfrac{100}{-25} = -4$, so 4 (accept −4)`, ["4"]),
    ],
    workedSolution: String.raw`From A to B the price falls from €8 to €6 and the quantity demanded rises from 20 to 40 units.
$$\text{PED} = \frac{\%\Delta Q_d}{\%\Delta P} = \frac{(40 - 20)/20 \times 100}{(6 - 8)/8 \times 100} = \frac{100}{-25} = -4.$$
The absolute value is **4**: demand is price elastic here, as expected on the upper half of a straight-line demand curve, above the midpoint M. The slope is the same everywhere on the line, but PED is not: it falls as the price falls, to 1 at M and below 1 towards C.`,
  },
  {
    key: "economics-fig-06",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: `The economy shown is at first in long-run equilibrium where AD₁ meets SRAS. The government then raises its spending on infrastructure, and aggregate demand shifts to AD₂.

${contentFigure(fig.adShift.file, fig.adShift.alt)}

Using the diagram, explain the short-run effects of the rise in government spending on real GDP and the average price level.`,
    markscheme: [
      pt("p1", 1, "Government spending is a component of AD (C + I + G + X − M), so AD shifts right from AD₁ to AD₂ (OWTTE)", [
        "component",
        "AD shifts",
        "C + I + G",
      ]),
      pt(
        "p2",
        1,
        "At the old price level there is excess demand; firms raise output and prices, a movement along SRAS (costs/money wages fixed in the short run)",
        ["excess demand", "along SRAS", "wages"],
      ),
      pt("p3", 1, "Real GDP rises from Yp to Y₂ and the average price level rises from P₁ to P₂", ["Y2", "P2", "rises"]),
      pt("p4", 1, "Output above potential: an inflationary gap (Yp to Y₂), with unemployment below its natural rate", [
        "inflationary gap",
        "potential",
        "natural rate",
      ]),
      pt("p5", 1, "The rise in the price level is demand-pull inflation", ["demand-pull"]),
    ],
    workedSolution:
      "Any four points.\n\nGovernment spending G is a component of aggregate demand, so at every price level planned spending rises: AD shifts right from AD₁ to AD₂. At the original price level P₁ there is now excess demand. Firms respond by producing more, and because unit costs rise as capacity is stretched (and in the short run money wages are fixed), they also raise prices: the economy moves up along SRAS to the new equilibrium.\n\nReal GDP rises from Yp to Y₂ and the average price level rises from P₁ to P₂ — **demand-pull inflation**. Since Y₂ is beyond potential output Yp on the LRAS, the economy now has an **inflationary gap**: resources are over-used and unemployment falls below its natural rate.",
  },
  {
    key: "economics-fig-07",
    type: "MCQ",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 3,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: `The diagram shows the Keynesian aggregate supply curve AS and four aggregate demand curves.

${contentFigure(fig.keynesianAs.file, fig.keynesianAs.alt)}

Which statement is correct according to the Keynesian model?`,
    options: [
      { id: "A", text: "A shift from AD₁ to AD₂ raises real GDP without raising the price level, because there is spare capacity" },
      { id: "B", text: "A shift from AD₃ to AD₄ raises both real GDP and the price level" },
      { id: "C", text: "A shift from AD₁ to AD₂ causes demand-pull inflation" },
      { id: "D", text: "Y₁ is the full-employment level of real GDP" },
    ],
    correctOptionId: "A",
    markscheme: [pt("p1", 1, "A: horizontal section — spare capacity, output rises at P₁", ["A"])],
    workedSolution:
      "On the horizontal section of the Keynesian AS curve the economy has a large deflationary gap: unemployed workers and idle capital can be brought into use without bidding up costs, so more AD raises real GDP (Y₁ to Y₂) at the same price level P₁ — **A**, and so C is wrong.\n\nOn the vertical section at Yf the economy is at full capacity: more AD (AD₃ to AD₄) only raises the price level from P₃ to P₄, so B is wrong. Full employment is at Yf, not Y₁ (D). Answer **A**.",
  },
  {
    key: "economics-fig-08",
    type: "WRITTEN",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: `The diagram shows an economy in the neo-classical model. It starts at point a. After a rise in aggregate demand it moves to point b, and then, over time, to point c.

${contentFigure(fig.neoclassical.file, fig.neoclassical.alt)}

Explain why the economy moves from point b to point c.`,
    markscheme: [
      pt("p1", 1, "At b real GDP (Y₂) is above potential output / unemployment is below its natural rate: labour and other resources are scarce (OWTTE)", [
        "above potential",
        "natural rate",
        "scarce",
      ]),
      pt("p2", 1, "Workers/resource owners demand higher money wages and input prices, since the price level has risen to P₂ (real wages fell)", [
        "wages",
        "input prices",
        "real wages",
      ]),
      pt("p3", 1, "Higher costs of production shift SRAS to the left, from SRAS₁ to SRAS₂", ["costs", "SRAS shifts left", "SRAS2"]),
      pt("p4", 1, "Real GDP falls back to Yp and the price level rises to P₃: the new long-run equilibrium c is on the vertical LRAS", ["Yp", "P3", "LRAS"]),
      pt(
        "p5",
        1,
        "So in the long run the rise in AD only raises the price level; the economy self-corrects / LRAS is vertical at the natural rate of unemployment",
        ["self-correct", "only the price level", "long run"],
      ),
    ],
    workedSolution:
      "Any four points.\n\nAt b the economy produces Y₂, more than its potential Yp: firms have hired workers beyond the natural rate of unemployment, and the price level has risen to P₂, so real wages have fallen. Workers, now scarce and facing higher prices, press for higher money wages, and other input prices rise too. Higher costs of production reduce short-run aggregate supply: **SRAS shifts left** from SRAS₁ to SRAS₂.\n\nAs SRAS shifts, output falls and the price level rises along AD₂ until the economy reaches c, where AD₂ meets SRAS₂ on the vertical LRAS: output is back at Yp and the price level is P₃. In the neo-classical view the economy corrects itself, and in the long run a rise in AD raises only the price level, not real output.",
  },
  {
    key: "economics-fig-09",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: `The diagram shows an economy's production possibilities curve (PPC) for capital goods and consumer goods.

${contentFigure(fig.ppc.file, fig.ppc.alt)}

The economy moves along the PPC from point B to point C. Calculate the opportunity cost of each extra unit of consumer goods, in units of capital goods.`,
    numericAnswer: { value: 1.4, tolerance: 0.005, unit: "units of capital goods" },
    markscheme: [
      pt("p1", 1, "Capital goods given up = 64 − 36 = 28 units", ["28"]),
      pt("p2", 1, "Consumer goods gained = 80 − 60 = 20 units", ["20"]),
      pt("p3", 1, "Opportunity cost = 28 / 20 = 1.4 units of capital goods per unit of consumer goods", ["1.4"]),
    ],
    workedSolution: String.raw`Moving from B (60 consumer goods, 64 capital goods) to C (80 consumer goods, 36 capital goods), the economy gains 20 units of consumer goods and gives up $64 - 36 = 28$ units of capital goods. Per extra unit of consumer goods:
$$\frac{28}{20} = 1.4 \text{ units of capital goods.}$$
From A to B the cost was only $(96 - 64)/40 = 0.8$ per unit: the opportunity cost rises as more consumer goods are made, because resources suited to capital goods are moved into consumer goods. That is why the PPC is concave to the origin. (D is inside the curve — unemployed resources; E is unattainable with the current resources and technology.)`,
  },
  {
    key: "economics-fig-10",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "2.8",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: `A chemical plant's production releases pollution that harms people living nearby. The diagram shows the market for the chemical.

${contentFigure(fig.productionExternality.file, fig.productionExternality.alt)}

Calculate the welfare loss that results from the market outcome, in € per week.`,
    numericAnswer: { value: 180, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, "Market output 120 tonnes, socially optimal output 100 tonnes: 20 tonnes overproduced", ["20", "120", "100"]),
      pt("p2", 1, "At 120 tonnes the gap between MSC and MSB is 58 − 40 = €18", ["18", "58"]),
      pt("p3", 1, String.raw`Welfare loss $= \tfrac12 \times 18 \times 20 = €180$ per week`, ["180"]),
    ],
    workedSolution: String.raw`The market produces where MPC meets demand, 120 tonnes at €40, ignoring the external cost. The social optimum is where MSC meets MSB, 100 tonnes at €50.

For each tonne from 100 to 120 the cost to society (MSC) exceeds the benefit to society (MSB): the welfare loss is the triangle between MSC and MSB over those units. Its base is $120 - 100 = 20$ tonnes and its height, at 120 tonnes, is $58 - 40 = €18$:
$$\text{welfare loss} = \tfrac12 \times 18 \times 20 = €180 \text{ per week}.$$
The height is read at the market output, where MSC is €58; the external cost there (€58 − €40) is larger than at the optimum because the external cost per tonne grows with output.`,
  },
  {
    key: "economics-fig-11",
    type: "MCQ",
    levels: BOTH,
    topicCode: "3.4",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Identify",
    stem: `The diagram shows the Lorenz curve for a country.

${contentFigure(fig.lorenz.file, fig.lorenz.alt)}

Which statement is supported by the diagram?`,
    options: [
      { id: "A", text: "The richest 40% of households receive 48% of total income" },
      { id: "B", text: "The poorest 20% of households receive 20% of total income" },
      { id: "C", text: "The middle 20% of households (the third quintile) receive 28% of total income" },
      { id: "D", text: "The richest 20% of households receive 52% of total income" },
    ],
    correctOptionId: "D",
    markscheme: [pt("p1", 1, "D: 100% − 48% = 52%", ["D", "52"])],
    workedSolution:
      "A Lorenz curve is cumulative: each point shows the share of income of all households up to that percentage, poorest first.\n\n- The poorest 80% receive 48%, so the richest 20% receive 100 − 48 = **52%** — D is correct.\n- The poorest 20% receive 5%, not 20% (B describes the line of perfect equality).\n- The third quintile receives 28 − 14 = 14%; 28% is what the poorest 60% receive together (C).\n- The richest 40% receive 100 − 28 = 72% (A reads the cumulative value at 80%).\n\nAnswer **D**.",
  },
  {
    key: "economics-fig-12",
    type: "NUMERIC",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: `More UK residents choose holidays in the eurozone. The diagram shows the foreign exchange market for the euro, priced in pounds.

${contentFigure(fig.euroMarket.file, fig.euroMarket.alt)}

Calculate the percentage appreciation of the euro against the pound.`,
    numericAnswer: { value: 12.5, tolerance: 0.05, unit: "%" },
    markscheme: [pt("p1", 1, String.raw`$\dfrac{0.90 - 0.80}{0.80} \times 100$`, ["0.10", "0.80"]), pt("p2", 1, "= 12.5%", ["12.5"])],
    workedSolution: String.raw`Spending by UK tourists in the eurozone raises the demand for euros from D₁ to D₂. The price of a euro rises from £0.80 to £0.90:
$$\frac{0.90 - 0.80}{0.80} \times 100 = 12.5\%.$$
The euro appreciates by **12.5%** against the pound. (Measured the other way, the pound buys $1/0.90 = €1.11$ instead of $1/0.80 = €1.25$: it depreciates by about 11.1%, a different percentage because the base is different.)`,
  },
  {
    key: "economics-fig-13",
    type: "WRITTEN",
    levels: HL,
    topicCode: "4.6H",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: `The diagram shows the J-curve: how a country's current account balance changes after its currency depreciates at time t₁.

${contentFigure(fig.jCurve.file, fig.jCurve.alt)}

Explain why the current account balance worsens between t₁ and t₂ but improves after t₂.`,
    markscheme: [
      pt("p1", 1, "Depreciation makes exports cheaper in foreign currency and imports dearer in domestic currency (OWTTE)", [
        "exports cheaper",
        "imports dearer",
        "more expensive",
      ]),
      pt("p2", 1, "In the short run demand for exports and imports is price inelastic (contracts already signed, habits, time to find substitutes)", [
        "inelastic",
        "contracts",
        "short run",
      ]),
      pt(
        "p3",
        1,
        "So volumes change little: more is spent on imports and export revenue rises only a little / falls in foreign currency, and the deficit worsens (t₁ to t₂)",
        ["volumes", "deficit worsens", "spent on imports"],
      ),
      pt("p4", 1, "Over time demand becomes more price elastic: export volumes rise and import volumes fall", ["more elastic", "over time", "export volumes"]),
      pt(
        "p5",
        1,
        "Once the Marshall–Lerner condition holds (PEDx + PEDm > 1), the current account improves, back to its original level at t₃ and then into surplus",
        ["Marshall-Lerner", "Marshall–Lerner", "> 1"],
      ),
    ],
    workedSolution:
      "Any four points.\n\nA depreciation makes the country's exports cheaper to foreign buyers and its imports dearer at home. In the **short run** buyers cannot react much: import orders and export contracts are already signed, and households and firms take time to change habits and find domestic substitutes, so demand for exports and imports is price **inelastic**. Import volumes barely fall but each import costs more in domestic currency, and export volumes barely rise while each earns less foreign currency, so the current account deficit gets **worse** from t₁ to t₂.\n\nAs time passes demand becomes more **elastic**: foreign buyers switch to the cheaper exports and domestic buyers switch away from dearer imports. When the **Marshall–Lerner condition** holds — the sum of the price elasticities of demand for exports and imports is greater than 1 — the depreciation improves the current account: it returns to its original level at t₃ and moves into surplus, tracing the J.",
  },
  {
    key: "economics-fig-14",
    type: "NUMERIC",
    levels: HL,
    topicCode: "2.11",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    calculator: true,
    commandTerm: "Calculate",
    stem: `The diagram shows the cost and revenue curves of a profit-maximizing firm in a perfectly competitive market in the short run.

${contentFigure(fig.firmProfit.file, fig.firmProfit.alt)}

Calculate the firm's abnormal profit per day.`,
    numericAnswer: { value: 600, tolerance: 0.5, unit: "€" },
    markscheme: [
      pt("p1", 1, "Profit-maximizing output where MC = MR: 60 units; profit per unit = AR − ATC = 40 − 30 = €10", ["60", "10", "MC = MR"]),
      pt("p2", 1, "Abnormal profit = 10 × 60 = €600 per day", ["600"]),
    ],
    workedSolution: String.raw`The firm maximizes profit where $\text{MC} = \text{MR}$ (with MC rising): 60 units. There the price (AR) is €40 and average total cost is €30, so each unit earns $40 - 30 = €10$ above all costs, including normal profit.
$$\text{abnormal profit} = (\text{AR} - \text{ATC}) \times Q = (40 - 30) \times 60 = €600 \text{ per day},$$
the shaded rectangle. (Equivalently $\text{TR} - \text{TC} = 40 \times 60 - 30 \times 60$.) In the long run this profit attracts new firms, the market supply rises and the price falls until it equals minimum ATC, about €29.50.`,
  },
];

const content: SubjectQuestions = {
  subject: "economics",
  // Extended answers (10 and 15 marks) are marked against markbands, their points kept as indicative content.
  questions: [...unit1, ...unit2, ...unit3, ...unit4, ...figureQuestions].map(withEconomicsMarkbands),
  groups: economicsGroups.map((g) => ({ ...g, parts: g.parts.map(withEconomicsMarkbands) })),
};

export default content;
