import type { QuestionGroupInput, QuestionPartInput } from "@/lib/questions/question-group-input";
import type { MarkingPointInput } from "@/lib/questions/question-input";

// Multi-part Paper 2-style data response questions for Economics: a short news-style text about a fictional
// economy with a data table, then a definition, calculations from the data, a diagram explained in words and
// a final evaluation. Every text and figure is invented for these questions. Currency is written as € or a
// fictional currency, never the dollar sign, so that "$" is only ever a LaTeX delimiter.

/** A POINT marking point ("/" separates accepted alternatives; OWTTE = or words to that effect). */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "POINT", marks, text, keywords });

/** A 2-mark definition of a term printed in bold in the text: one mark for each of its two elements. */
const define = (c: {
  label: string;
  topicCode: string;
  term: string;
  points: [string, string];
  keywords: [string[], string[]];
  workedSolution: string;
}): QuestionPartInput => ({
  label: c.label,
  type: "WRITTEN",
  topicCode: c.topicCode,
  difficulty: 1,
  marks: 2,
  commandTerm: "Define",
  stem: `Define the term **${c.term}** indicated in bold in the text.`,
  markscheme: [pt("p1", 1, `${c.points[0]} (OWTTE)`, c.keywords[0]), pt("p2", 1, `${c.points[1]} (OWTTE)`, c.keywords[1])],
  workedSolution: `${c.workedSolution}\n\nOne mark for each of the two elements of the definition; a definition that conveys the meaning in other words earns the marks.`,
});

/**
 * The final 15-mark part, marked against the IB's markbands (1–3, 4–6, 7–9, 10–12, 13–15; economics.ts adds
 * them, see shared/markbands.ts). Its points are the indicative content: what terms, diagrams, use of the
 * text/data, theory, and synthesis and evaluation look like in this question.
 */
const evaluation = (c: {
  label: string;
  topicCode: string;
  stem: string;
  terms: string;
  diagram: string;
  data: string;
  theory: string;
  evaluate: string;
  conclusion: string;
  keywords: { terms: string[]; diagram: string[]; data: string[]; theory: string[]; evaluate: string[] };
  plan: string;
}): QuestionPartInput => ({
  label: c.label,
  type: "WRITTEN",
  topicCode: c.topicCode,
  difficulty: 4,
  marks: 15,
  commandTerm: "Evaluate",
  stem: c.stem,
  markscheme: [
    pt("p1", 2, `Relevant terms defined and used accurately throughout: ${c.terms}`, c.keywords.terms),
    pt("p2", 3, `Relevant, accurately labelled diagram(s), each explained in the answer: ${c.diagram}`, c.keywords.diagram),
    pt("p3", 3, `Effective use of information from the text/data, quoting specific figures: ${c.data}`, c.keywords.data),
    pt("p4", 3, `Relevant economic theory applied to the case: ${c.theory}`, c.keywords.theory),
    pt(
      "p5",
      4,
      `Synthesis and evaluation, balanced and supported by reasoning (e.g. short run and long run, stakeholders, assumptions, priorities): ${c.evaluate}`,
      c.keywords.evaluate,
    ),
    pt("p6", 2, `Substantiated conclusion / prioritised judgement (top markband, 13–15): ${c.conclusion}`, ["conclusion", "judgement"]),
  ],
  workedSolution: `**Markbands.** 1–3: little understanding, few terms or irrelevant theory; 4–6: some relevant terms, diagram or data, largely descriptive; 7–9: relevant terms, diagram and data with some evaluation; 10–12: accurate and explained, with evaluation that is not yet well balanced; 13–15: all five criteria met, with effective, balanced and substantiated evaluation.\n\n**Plan for a top-band answer.**\n\n${c.plan}`,
});

export const economicsGroups: QuestionGroupInput[] = [
  // ───────────── 01 Bus fares and price elasticity of demand ─────────────
  {
    key: "economics-mp-01",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Norhaven raises bus fares

The city council of Norhaven, which runs the city's buses, raised the single fare from €2.00 to €2.50 last year to cover rising fuel and wage costs. Council officials expected the number of journeys to fall only slightly because many passengers, especially students and older residents, have no car. Bus use is highly **price inelastic**, said one official.

Opposition councillors argued that the rise would push some drivers back into their cars, adding to congestion and air pollution in the city centre, and would hurt low-income households most. Traffic counts suggest car journeys into the centre rose slightly.

| | Before the fare rise | After the fare rise |
| --- | --- | --- |
| Single bus fare (€) | 2.00 | 2.50 |
| Bus journeys per month (million) | 4.0 | 3.7 |
| Car journeys into the city centre per month (million) | 6.1 | 6.2 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.5",
        term: "price inelastic",
        points: [
          "the percentage change in quantity demanded is smaller than the percentage change in price",
          "so PED (in absolute value) is between 0 and 1 / quantity demanded is not very responsive to a change in price",
        ],
        keywords: [
          ["percentage change", "smaller"],
          ["less than 1", "between 0 and 1", "responsive"],
        ],
        workedSolution:
          "Demand is **price inelastic** when a change in price causes a proportionately smaller change in quantity demanded, so the absolute value of PED lies between 0 and 1.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using the data in the table, calculate the price elasticity of demand (PED) for bus journeys. Give your answer as an absolute value.",
        numericAnswer: { value: 0.3, tolerance: 0.005 },
        markscheme: [
          pt("p1", 1, "%ΔQd = (3.7 − 4.0) ÷ 4.0 × 100 = −7.5 % and %ΔP = (2.50 − 2.00) ÷ 2.00 × 100 = 25 %", ["7.5", "25"]),
          pt("p2", 1, "PED = 7.5 ÷ 25 = 0.3 (accept −0.3)", ["0.3"]),
        ],
        workedSolution: String.raw`$$\text{PED} = \frac{\%\Delta Q_d}{\%\Delta P} = \frac{(3.7 - 4.0)/4.0 \times 100}{(2.50 - 2.00)/2.00 \times 100} = \frac{-7.5}{25} = -0.3$$

As an absolute value, **PED = 0.3**: demand is price inelastic, as the official said.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the change in the council's monthly revenue from bus fares, in € million.",
        numericAnswer: { value: 1.25, tolerance: 0.005, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "revenue before = 2.00 × 4.0 = €8.0 million and after = 2.50 × 3.7 = €9.25 million", ["8", "9.25"]),
          pt("p2", 1, "increase of €1.25 million (per month)", ["1.25"]),
        ],
        workedSolution:
          "Revenue = price × quantity.\n\n- Before: €2.00 × 4.0 million = €8.0 million per month.\n- After: €2.50 × 3.7 million = €9.25 million per month.\n\nRevenue **rises by €1.25 million per month**, as expected when demand is price inelastic.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand diagram, explain why the council's revenue from bus fares increased after the fare rise.",
        markscheme: [
          pt("p1", 1, "diagram: axes labelled price (fare) and quantity (bus journeys); a steep demand curve", ["axes", "steep", "demand curve"]),
          pt(
            "p2",
            1,
            "diagram: price rises from €2.00 to €2.50 and quantity falls from 4.0 to 3.7 million; revenue areas shown (gain P₁P₂ × Q₂ and loss Q₂Q₁ × P₁)",
            ["revenue", "area", "rectangle"],
          ),
          pt(
            "p3",
            1,
            "explanation: demand is price inelastic, so the percentage fall in quantity (7.5 %) is smaller than the percentage rise in price (25 %)",
            ["inelastic", "smaller"],
          ),
          pt(
            "p4",
            1,
            "explanation: the revenue gained from the higher price on the remaining journeys is larger than the revenue lost from journeys no longer made",
            ["gained", "lost", "larger"],
          ),
          pt("p5", 1, "reason for inelasticity from the text: few close substitutes for many passengers (no car)", ["substitutes", "no car"]),
        ],
        workedSolution:
          "Any four points (up to 2 for the diagram, up to 2 for the explanation).\n\n**Diagram (described).** Fare (€) on the vertical axis, bus journeys per month (million) on the horizontal. Draw a steep (inelastic) demand curve D. Mark P₁ = €2.00 with Q₁ = 4.0 million and P₂ = €2.50 with Q₂ = 3.7 million. Shade the rectangle between P₁ and P₂ up to Q₂ (revenue gained) and the thin rectangle between Q₂ and Q₁ below P₁ (revenue lost).\n\n**Explanation.** Because many passengers have no car, there are few close substitutes, so demand is price inelastic: the 25 % fare rise cut journeys by only 7.5 %. The extra €0.50 earned on each of the 3.7 million remaining journeys (the gain rectangle, €1.85 million) exceeds the revenue lost on the 0.3 million journeys no longer made (€0.60 million), so total revenue rises.",
      },
      evaluation({
        label: "e",
        topicCode: "2.8",
        stem: "Using information from the text and your knowledge of economics, evaluate Norhaven's decision to raise bus fares.",
        terms: "PED, total revenue, negative externality (of car use), merit good / public transport, equity / regressive effect",
        diagram:
          "revenue with inelastic demand; and / or negative consumption externality of car use (MSB below MPB, or MSC above MPC) with over-consumption of car journeys and a welfare loss",
        data: "PED of 0.3; revenue up €1.25 million per month; bus journeys down 0.3 million per month; car journeys into the centre up from 6.1 to 6.2 million",
        theory:
          "inelastic demand raises revenue; buses as a substitute for cars, so dearer buses raise car use and its external costs (congestion, pollution); fares take a larger share of low incomes",
        evaluate:
          "revenue gain vs extra congestion and pollution; effect on low-income, young and older passengers (equity); long-run demand more elastic as people buy cars or move; alternatives such as a subsidy funded by a congestion charge, concession fares, or raising fares only at peak times",
        conclusion:
          "e.g. the rise meets the short-run revenue goal, but because it worsens a negative externality and is regressive it should be paired with concessions or a congestion charge",
        keywords: {
          terms: ["PED", "externality", "regressive"],
          diagram: ["diagram", "MSC", "welfare loss"],
          data: ["0.3", "1.25", "6.2"],
          theory: ["substitute", "congestion", "inelastic"],
          evaluate: ["long run", "low-income", "congestion charge", "concession"],
        },
        plan: "1. **Define** PED, revenue and negative externality.\n2. **Diagram 1:** inelastic demand — the fare rise increases revenue (from part (d)). **Diagram 2:** the market for car journeys with MSC above MPC: the market output exceeds the social optimum, and cheaper-than-cost driving creates a welfare loss; dearer buses shift demand for car journeys right, worsening it.\n3. **Use the data:** PED = 0.3, revenue up €1.25 million a month (€15 million a year) to meet rising costs; 0.3 million fewer bus journeys and 0.1 million more car journeys a month.\n4. **For:** the council covers higher fuel and wage costs without raising taxes; demand is inelastic, so few journeys are lost.\n5. **Against:** more congestion and pollution (external costs to third parties); the fare is a larger share of the income of low-income households, students and older people, who have no car — regressive; in the long run demand becomes more elastic (people buy cars), so revenue gains shrink and car use grows further.\n6. **Alternatives:** keep fares low with a subsidy funded by a congestion charge or parking levy; concession fares for low-income groups; peak/off-peak pricing.\n7. **Conclude:** the fare rise is a reasonable short-run way to raise revenue, but given the externality and equity costs a better policy is targeted concessions plus a charge on car use.",
      }),
    ],
  },

  // ───────────── 02 Sugar tax (HL calculations) ─────────────
  {
    key: "economics-mp-02",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`### Veldoria taxes sugary drinks

Rates of obesity and type 2 diabetes in Veldoria have risen for a decade, and the health ministry estimates that treating them costs the public health service €1.1 billion a year. From January the government will charge an **indirect tax** of €0.40 per litre on soft drinks with added sugar, and spend the revenue on school sports.

Drinks companies say the tax will cost jobs and hit poorer households, who spend a larger share of their income on soft drinks. Health campaigners reply that the tax corrects a market failure, and that firms may reformulate their drinks with less sugar to avoid it.

The ministry's economists estimate that the market for sugary drinks in Veldoria is described by

$$Q_d = 900 - 150P \qquad Q_s = -300 + 250P$$

where $P$ is the price in € per litre and $Q$ is the quantity in millions of litres per year.`,
    parts: [
      define({
        label: "a",
        topicCode: "2.7",
        term: "indirect tax",
        points: [
          "a tax on spending on goods and services / on expenditure",
          "paid to the government by the producer / seller (who may pass some of it on to consumers in higher prices)",
        ],
        keywords: [
          ["spending", "expenditure", "goods"],
          ["producer", "seller", "passed on"],
        ],
        workedSolution:
          "An **indirect tax** is a tax on expenditure on goods or services, collected from producers/sellers, who can pass part of it on to consumers through a higher price. A specific tax such as this one is a fixed amount per unit (€0.40 per litre).",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.3H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the equilibrium price of sugary drinks before the tax.",
        numericAnswer: { value: 3, tolerance: 0.005, unit: "€" },
        markscheme: [pt("p1", 1, "900 − 150P = −300 + 250P, so 400P = 1200 and P = €3.00 (per litre)", ["3"])],
        workedSolution: "Set $Q_d = Q_s$: $900 - 150P = -300 + 250P$, so $1200 = 400P$ and $P = €3.00$ per litre (with $Q = 450$ million litres).",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.7H",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the price paid by consumers after the tax is introduced.",
        numericAnswer: { value: 3.25, tolerance: 0.005, unit: "€" },
        markscheme: [
          pt("p1", 1, "new supply function Qs = −300 + 250(P − 0.40) = −400 + 250P", ["-400", "P - 0.4"]),
          pt("p2", 1, "900 − 150P = −400 + 250P, so P = €3.25 (per litre)", ["3.25"]),
        ],
        workedSolution:
          "Producers now keep $P - 0.40$ of each euro of price, so supply becomes $Q_s = -300 + 250(P - 0.40) = -400 + 250P$.\n\n$900 - 150P = -400 + 250P \\Rightarrow 1300 = 400P \\Rightarrow P = €3.25$ per litre. Producers receive €2.85.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "2.7H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the government's revenue from the tax, in € million per year.",
        numericAnswer: { value: 165, tolerance: 0.5, unit: "€ million", followThrough: { from: ["b(ii)"], value: "0.4 * (900 - 150 * b_ii)" } },
        markscheme: [
          pt("p1", 1, "quantity after tax = 900 − 150 × 3.25 = 412.5 million litres **(FT)** their b(ii)", ["412.5"]),
          pt("p2", 1, "revenue = 0.40 × 412.5 = €165 million **(FT)**", ["165"]),
        ],
        workedSolution:
          "Quantity after the tax: $Q = 900 - 150 \\times 3.25 = 412.5$ million litres.\n\nRevenue $= €0.40 \\times 412.5$ million $=$ **€165 million per year**. A wrong price in b(ii) used correctly here earns both marks (follow-through).",
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "2.7H",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the part of the tax revenue paid by consumers (the consumer incidence of the tax), in € million per year.",
        numericAnswer: {
          value: 103.1,
          tolerance: 0.15,
          unit: "€ million",
          followThrough: { from: ["b(i)", "b(ii)"], value: "(b_ii - b_i) * (900 - 150 * b_ii)" },
        },
        markscheme: [
          pt("p1", 1, "consumers pay 3.25 − 3.00 = €0.25 of the €0.40 tax per litre **(FT)**", ["0.25"]),
          pt("p2", 1, "0.25 × 412.5 = €103.1 million (accept €103 million) **(FT)** their b(i), b(ii)", ["103"]),
        ],
        workedSolution:
          "The price consumers pay rises by $3.25 - 3.00 = €0.25$ per litre, so consumers bear $0.25 \\times 412.5 = €103.1$ million of the tax (the remaining €61.9 million falls on producers). Consumers bear the larger share because demand is less price-responsive than supply. Wrong prices in b(i) or b(ii) used correctly earn the marks (follow-through).",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a negative externality diagram, explain why the market for sugary drinks may lead to a misallocation of resources.",
        markscheme: [
          pt("p1", 1, "diagram: axes price/costs and benefits and quantity; MPB (demand) above MSB; MPC = MSC (supply)", ["MPB", "MSB", "MSC"]),
          pt("p2", 1, "diagram: market output Qm where MPB = MPC exceeds the socially optimal Qopt where MSB = MSC; welfare loss triangle shown", [
            "Qopt",
            "welfare loss",
            "triangle",
          ]),
          pt(
            "p3",
            1,
            "explanation: consumption creates external costs for third parties, e.g. public health-care spending of €1.1 billion a year / lost productivity",
            ["external cost", "third part", "1.1"],
          ),
          pt(
            "p4",
            1,
            "explanation: consumers ignore these costs (and may under-estimate the private harm — imperfect information), so the good is over-consumed: MSB < MPB at Qm, resources over-allocated",
            ["over-consum", "over-allocat", "ignore"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Price, costs and benefits on the vertical axis; quantity of sugary drinks on the horizontal. Supply S = MPC = MSC. Demand D = MPB lies above MSB. The market settles at Qm where MPB = MPC; the social optimum is Qopt, where MSB = MSC, at a lower quantity. Shade the triangle between MSC and MSB from Qopt to Qm: the welfare loss.\n\n**Explanation.** Drinking large amounts of sugary drinks contributes to obesity and diabetes, whose treatment costs taxpayers €1.1 billion a year — costs borne by third parties, not the drinkers (a negative consumption externality). Because consumers base decisions on private benefits, and may also under-estimate the harm to themselves, they buy Qm rather than Qopt: too many resources are allocated to sugary drinks, so there is allocative inefficiency and market failure.",
      },
      evaluation({
        label: "f",
        topicCode: "2.8",
        stem: "Using information from the text and your knowledge of economics, evaluate the use of an indirect tax to reduce the consumption of sugary drinks in Veldoria.",
        terms: "indirect (specific) tax, negative consumption externality / demerit good, incidence, regressive tax, price elasticity of demand",
        diagram:
          "negative consumption externality with the tax shifting supply up by €0.40 towards the social optimum; tax diagram showing consumer and producer incidence (€0.25 and €0.15 per litre) and revenue",
        data: "tax of €0.40 per litre; price up from €3.00 to €3.25; quantity down from 450 to 412.5 million litres (8.3 %); revenue €165 million against health costs of €1.1 billion; revenue spent on school sports; claims about jobs and poorer households",
        theory:
          "the tax internalises the external cost; the less price elastic demand is, the smaller the fall in consumption and the larger the revenue; incidence falls more on consumers because demand is less price elastic than supply; regressive; reformulation changes the product rather than quantity",
        evaluate:
          "a price rise of 8.3 % cuts quantity by only 8.3 % (PED about 1), and heavy, habitual drinkers may respond even less, so health gains may be small unless firms reformulate; hard to set the tax equal to the external cost; regressive, but poorer households may gain most in health and the revenue can be spent progressively; job losses may be limited if consumers switch to other drinks; substitutes such as sweets may be untaxed; alternatives (information campaigns, advertising bans, labelling, nudges) and their costs",
        conclusion:
          "e.g. the tax is a useful part of a policy mix, most effective if it encourages reformulation and is combined with education and with revenue used to help lower-income groups",
        keywords: {
          terms: ["indirect tax", "externality", "regressive", "incidence"],
          diagram: ["diagram", "MSB", "shift"],
          data: ["0.40", "3.25", "412.5", "165", "1.1 billion"],
          theory: ["internalise", "elastic", "reformulat"],
          evaluate: ["regressive", "substitute", "education", "jobs"],
        },
        plan: "1. **Define** indirect tax, negative externality of consumption and regressive tax.\n2. **Diagram:** MPB above MSB; the €0.40 tax shifts S = MPC up to S + tax, moving output from Qm towards Qopt and shrinking the welfare loss. A second diagram (or the same one) shows the incidence: consumers pay €0.25 and producers €0.15 per litre; the revenue rectangle is €165 million.\n3. **Use the data:** the price rises by 8.3 % (€3.00 to €3.25) and quantity falls from 450 to 412.5 million litres, also 8.3 % — PED is about 1 at these prices, so consumption falls only modestly; the €165 million raised is earmarked for school sports, which may reinforce the health aim.\n4. **Strengths:** internalises the externality; raises revenue; signals to consumers; may lead firms to cut sugar to avoid the tax, reducing harm without reducing drink sales (protecting jobs).\n5. **Weaknesses:** consumers bear only €0.25 of the tax, so the fall in consumption is small, and heavy, habitual drinkers (whose demand is likely to be less elastic) may cut back least; the size of the external cost is uncertain; the tax is regressive — poorer households spend a larger share of income on soft drinks; consumers may switch to untaxed sugary foods; possible job losses in the industry.\n6. **Alternatives and complements:** health education, clearer labelling, limits on advertising to children, nudges; subsidising healthy options.\n7. **Conclude:** the tax is justified as one part of a wider strategy: its main value may be in encouraging reformulation and in funding health programmes, while its regressive effect can be offset by spending the revenue where the need is greatest.",
      }),
    ],
  },

  // ───────────── 03 Coffee frost and price elasticity of supply ─────────────
  {
    key: "economics-mp-03",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Frost sends coffee prices soaring

An unusually severe frost in the main growing region of the world's largest coffee producer destroyed a large part of its crop this year. The world price of green coffee beans rose from €4.00 per kg to €5.20 per kg within six months.

In Ventara, a small low-income economy where coffee provides 40 % of export earnings and is grown mainly by smallholder farmers, the higher price was welcome news. Farmers raised output by harvesting more intensively and bringing stored beans to market, but new coffee trees take three to four years to produce beans, so the **price elasticity of supply** of coffee is low in the short run. Economists warn that Ventara's dependence on a single commodity leaves its export earnings exposed to sharp swings in world prices.

| | Before the frost | One year later |
| --- | --- | --- |
| World price of coffee (€ per kg) | 4.00 | 5.20 |
| Coffee supplied by Ventara's farmers (thousand tonnes per year) | 800 | 872 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.6",
        term: "price elasticity of supply",
        points: [
          "a measure of the responsiveness of quantity supplied",
          "to a change in the price of the good (percentage change in quantity supplied ÷ percentage change in price)",
        ],
        keywords: [
          ["responsiveness", "quantity supplied"],
          ["change in price", "percentage change"],
        ],
        workedSolution:
          "**Price elasticity of supply (PES)** measures how responsive the quantity supplied of a good is to a change in its price: PES = %ΔQs ÷ %ΔP.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "2.6",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage change in the world price of coffee.",
        numericAnswer: { value: 30, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(5.20 − 4.00) ÷ 4.00 × 100 = 30 %", ["30"])],
        workedSolution: "$\\dfrac{5.20 - 4.00}{4.00} \\times 100 = 30\\ \\%$.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "2.6",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b), calculate the price elasticity of supply (PES) of coffee in Ventara.",
        numericAnswer: { value: 0.3, tolerance: 0.005, followThrough: { from: ["b"], value: "((872 - 800) / 800 * 100) / b" } },
        markscheme: [pt("p1", 1, "%ΔQs = (872 − 800) ÷ 800 × 100 = 9 %", ["9"]), pt("p2", 1, "PES = 9 ÷ 30 = 0.3 **(FT)** their (b)", ["0.3"])],
        workedSolution:
          "$\\%\\Delta Q_s = \\dfrac{872 - 800}{800} \\times 100 = 9\\ \\%$, so $\\text{PES} = \\dfrac{9}{30} = 0.3$: supply is price inelastic. A wrong percentage in (b) used correctly here earns the marks (follow-through).",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain how the frost caused the world price of coffee to rise.",
        markscheme: [
          pt("p1", 1, "diagram: axes price (€ per kg) and quantity of coffee; demand and original supply S₁ with equilibrium €4.00", [
            "axes",
            "S1",
            "equilibrium",
          ]),
          pt("p2", 1, "diagram: supply shifts left to S₂; new equilibrium at a higher price (€5.20) and lower quantity", ["shift left", "S2", "higher price"]),
          pt("p3", 1, "explanation: the frost destroyed crops, reducing the quantity supplied at every price", ["frost", "destroyed", "decrease in supply"]),
          pt("p4", 1, "explanation: at the original price there is a shortage / excess demand, which bids the price up until the market clears", [
            "shortage",
            "excess demand",
          ]),
          pt("p5", 1, "the price rise is large because demand (and short-run supply) is price inelastic", ["inelastic"]),
        ],
        workedSolution:
          "Any four points (up to 2 for the diagram, up to 2 for the explanation).\n\n**Diagram (described).** Price of coffee (€ per kg) on the vertical axis, quantity (tonnes) on the horizontal. D and S₁ cross at P₁ = €4.00, Q₁. Draw S₂ to the left of S₁; it meets D at P₂ = €5.20 and a smaller Q₂.\n\n**Explanation.** The frost destroyed a large share of the biggest producer's crop, so less coffee is supplied at every price: world supply decreases. At €4.00 the quantity demanded now exceeds the quantity supplied; buyers compete for the scarce beans and the price is bid up until a new equilibrium is reached at €5.20 with a smaller quantity traded. Because demand for coffee is price inelastic (few substitutes for regular drinkers), a large price rise is needed to ration the smaller crop.",
      },
      evaluation({
        label: "e",
        topicCode: "4.9",
        stem: "Using information from the text and your knowledge of economics, evaluate the view that dependence on coffee exports is a barrier to economic growth and development in Ventara.",
        terms: "primary commodity, price volatility, PES/PED, economic growth, economic development, diversification",
        diagram:
          "commodity market showing volatile prices with inelastic demand and supply (small supply shifts causing large price swings); and / or a PPC / AD–AS diagram showing the effect of changing export earnings",
        data: "coffee gives 40 % of export earnings; price rose 30 % (€4.00 to €5.20) after one frost; PES of 0.3; new trees take three to four years; smallholder farmers",
        theory:
          "inelastic demand and supply make commodity prices volatile; export earnings and farmers' incomes swing with them; long-run decline in the terms of trade for primary products; limited value added",
        evaluate:
          "higher prices now raise incomes and foreign exchange (the frost shows the upside); but volatility makes investment and government budgets uncertain; planting more trees in response to high prices may lead to over-supply later; strategies such as diversification, processing / branding (value added), Fairtrade, commodity price stabilisation, crop insurance; depends on whether export earnings are invested in education, health and infrastructure",
        conclusion:
          "e.g. coffee can support growth, but reliance on one volatile commodity is a significant barrier to sustained development unless the earnings are used to diversify the economy",
        keywords: {
          terms: ["primary commodity", "volatil", "diversif"],
          diagram: ["diagram", "inelastic", "shift"],
          data: ["40 %", "30", "0.3", "smallholder"],
          theory: ["terms of trade", "export earnings", "volatile"],
          evaluate: ["diversif", "value added", "Fairtrade", "invest"],
        },
        plan: "1. **Define** economic growth (increase in real GDP) and economic development (improvement in well-being: income, health, education, choice), and primary-commodity dependence.\n2. **Diagram:** world coffee market with steep (inelastic) D and S: a small shift in supply, such as a frost or a bumper crop, causes a large change in price.\n3. **Use the data:** coffee is 40 % of export earnings; a single frost abroad moved the price 30 %; Ventara's farmers could raise output only 9 % (PES 0.3) because trees take years to mature; earnings are concentrated among smallholders.\n4. **Why it is a barrier:** volatile export earnings and farm incomes; uncertainty discourages investment; the government's revenue and ability to import capital goods swing; over the long run prices of primary products tend to fall relative to manufactures; little value is added in Ventara (beans are exported unroasted).\n5. **Counter-arguments:** high prices such as these bring foreign exchange and higher rural incomes that can fund development; coffee is labour-intensive and spreads income widely; Fairtrade and speciality coffee can earn premiums.\n6. **Strategies:** diversification into other exports, processing and branding, commodity stabilisation schemes, insurance and savings schemes for farmers, investment of windfall revenue in education and infrastructure.\n7. **Conclude:** dependence on coffee is a barrier mainly because of volatility and low value added; it need not prevent development if windfalls are saved and invested to diversify the economy.",
      }),
    ],
  },

  // ───────────── 04 Real GDP and GDP per capita ─────────────
  {
    key: "economics-mp-04",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Lusaria's growth: record or mirage?

Lusaria's finance minister celebrated "record growth" as nominal GDP passed €480 billion last year. Opposition economists pointed out that much of the increase reflects rising prices and that **real GDP** grew far more slowly. They also noted that GDP ignores the long hours Lusarians work, rising air pollution in the capital and a widening gap between rich and poor, and called for the government to report a wider set of indicators of well-being.

| Year | Nominal GDP (€ billion) | GDP deflator (2022 = 100) | Population (million) |
| --- | --- | --- | --- |
| 2022 | 420 | 100 | 12.0 |
| 2023 | 452 | 106 | 12.2 |
| 2024 | 480 | 110 | 12.4 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.1",
        term: "real GDP",
        points: [
          "the value of all final goods and services produced in an economy in a period / a year",
          "adjusted for inflation / measured at constant (base-year) prices",
        ],
        keywords: [
          ["final goods", "produced", "value"],
          ["inflation", "constant prices", "base year"],
        ],
        workedSolution:
          "**Real GDP** is the total value of all final goods and services produced in an economy in a given period, adjusted for changes in the price level (measured at constant, base-year prices).",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate Lusaria's real GDP in 2024 at 2022 prices, in € billion.",
        numericAnswer: { value: 436.4, tolerance: 0.5, unit: "€ billion" },
        markscheme: [pt("p1", 1, "480 ÷ 110 × 100", ["480", "110"]), pt("p2", 1, "€436.4 billion (accept €436 billion)", ["436"])],
        workedSolution:
          "$$\\text{real GDP} = \\frac{\\text{nominal GDP}}{\\text{GDP deflator}} \\times 100 = \\frac{480}{110} \\times 100 = €436.4\\ \\text{billion}$$",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b), calculate Lusaria's real GDP per capita in 2024, in € to the nearest €10.",
        numericAnswer: { value: 35190, tolerance: 10, unit: "€", followThrough: { from: ["b"], value: "b * 1000 / 12.4" } },
        markscheme: [
          pt("p1", 1, "436.4 billion ÷ 12.4 million **(FT)** their (b)", ["12.4"]),
          pt("p2", 1, "€35 190 (accept €35 190 to €35 200) **(FT)**", ["35190", "35 190", "35200"]),
        ],
        workedSolution:
          "$$\\frac{€436.4 \\times 10^9}{12.4 \\times 10^6} = €35\\,190 \\text{ per person (at 2022 prices)}$$\n\n(€35 194 from the rounded answer to (b); either is accepted.) A wrong answer to (b) used correctly here earns both marks (follow-through).",
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b), calculate the real GDP growth rate of Lusaria between 2023 and 2024.",
        numericAnswer: { value: 2.33, tolerance: 0.04, unit: "%", followThrough: { from: ["b"], value: "(b / (452 / 106 * 100) - 1) * 100" } },
        markscheme: [
          pt("p1", 1, "real GDP in 2023 = 452 ÷ 106 × 100 = €426.4 billion", ["426"]),
          pt("p2", 1, "(436.4 − 426.4) ÷ 426.4 × 100 = 2.33 % (accept 2.3 %) **(FT)** their (b)", ["2.33", "2.3"]),
        ],
        workedSolution:
          "Real GDP in 2023 $= \\dfrac{452}{106} \\times 100 = €426.4$ billion.\n\n$$\\text{real growth} = \\frac{436.4 - 426.4}{426.4} \\times 100 = 2.33\\ \\%$$\n\nNominal GDP grew 6.2 %, so most of the 'record' growth was inflation. A wrong answer to (b) used correctly here earns the marks (follow-through).",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "3.1",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a business cycle diagram, explain the difference between actual economic growth and a rise in the economy's long-term growth trend.",
        markscheme: [
          pt("p1", 1, "diagram: axes real GDP and time; fluctuating curve of actual output (peaks, contraction, trough, expansion)", [
            "axes",
            "real GDP",
            "time",
            "peak",
            "trough",
          ]),
          pt("p2", 1, "diagram: upward-sloping long-term trend line (potential output) through the fluctuations; output gaps labelled", [
            "trend",
            "potential",
            "output gap",
          ]),
          pt("p3", 1, "actual growth: an increase in real GDP over time, which may be above or below the trend (e.g. recovery from a trough)", [
            "actual",
            "increase in real GDP",
          ]),
          pt(
            "p4",
            1,
            "the trend shows potential output growth; it rises only when the quantity or quality of factors of production increases (e.g. investment, technology)",
            ["quantity", "quality", "factors", "technology"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Real GDP on the vertical axis and time on the horizontal. Draw a wavy line of actual GDP with peaks and troughs, and a straight upward-sloping line through it: the long-term trend (potential output). Where actual GDP is above the trend there is a positive (inflationary) output gap; below it, a negative (deflationary) gap.\n\n**Explanation.** *Actual growth* is any rise in real GDP: during an expansion output rises, possibly faster than the trend as unemployed resources are brought back into use. The *long-term trend* is the growth of potential output — what the economy can produce with full use of its resources; it becomes steeper only if the quantity or quality of factors of production grows (investment in capital, education, technology). Lusaria's 2.33 % real growth may be partly a recovery, not a rise in its trend growth rate.",
      },
      evaluation({
        label: "f",
        topicCode: "3.1",
        stem: "Using information from the text and your knowledge of economics, evaluate the use of real GDP per capita as a measure of well-being in Lusaria.",
        terms:
          "real GDP per capita, nominal GDP, well-being, income distribution, externalities, composite indicators (HDI, OECD Better Life Index, Happy Planet Index)",
        diagram: "business cycle diagram; and / or a Lorenz curve showing the widening gap between rich and poor",
        data: "nominal GDP up 6.2 % but real GDP up only 2.33 %; real GDP per capita about €35 190; population rising from 12.0 to 12.4 million; long working hours, rising pollution and a widening gap between rich and poor",
        theory:
          "real per capita figures remove the effects of inflation and population growth and allow comparison over time; but GDP excludes leisure, the informal economy and unpaid work, ignores distribution, counts spending on repairing damage and ignores environmental degradation and the quality of output",
        evaluate:
          "GDP per capita is timely, widely available and correlates with health and education; PPP needed for international comparisons; mean hides distribution (median income or Gini better); alternative and composite measures have their own weaknesses (weights chosen arbitrarily, harder to measure); a dashboard of indicators",
        conclusion:
          "e.g. real GDP per capita is a useful starting point and far better than nominal GDP, but in Lusaria it should be reported alongside distribution, environmental and time-use indicators",
        keywords: {
          terms: ["per capita", "well-being", "HDI", "composite"],
          diagram: ["diagram", "Lorenz", "business cycle"],
          data: ["2.33", "35 190", "pollution", "working hours"],
          theory: ["leisure", "distribution", "informal", "environment"],
          evaluate: ["median", "PPP", "dashboard", "weights"],
        },
        plan: "1. **Define** real GDP per capita and well-being.\n2. **Diagram:** a Lorenz curve moving further from the line of equality (rising Gini) shows that average income can rise while many people gain little.\n3. **Use the data:** the minister quoted nominal GDP — 6.2 % growth — but real growth was 2.33 % and, with population up 1.6 %, real GDP per capita grew less than 1 %: real per capita figures tell a very different story.\n4. **Strengths:** corrects for inflation and population, widely available, broadly linked to living standards (more goods and services, more tax revenue for health and education).\n5. **Weaknesses (from the text):** long working hours mean less leisure, which GDP ignores; pollution harms health and the environment, and spending on clean-up *adds* to GDP; the average hides the widening gap between rich and poor; GDP excludes unpaid work and the informal economy.\n6. **Alternatives:** HDI, OECD Better Life Index, Happy Planet Index, median income, Gini coefficient; but composite indices depend on chosen weights and data quality.\n7. **Conclude:** real GDP per capita is a necessary but insufficient measure; Lusaria should report a dashboard including distribution, environmental and quality-of-life indicators, as the opposition suggests.",
      }),
    ],
  },

  // ───────────── 05 Inflation, unemployment and interest rates ─────────────
  {
    key: "economics-mp-05",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Marova's central bank raises rates again

Consumer prices in Marova rose at the fastest rate for twenty years in 2024, driven by strong household spending, a government spending boom ahead of elections and rising import prices. The central bank, which targets **inflation** of 2 %, raised its policy interest rate from 2.50 % to 4.75 % over the year and warned that further rises were possible.

Business groups complained that higher borrowing costs would hit investment and jobs, while unions pointed out that wages were not keeping up with prices. Unemployment remains low: of Marova's labour force of 8.0 million, 340 000 people were unemployed at the end of 2024.

| | 2023 | 2024 |
| --- | --- | --- |
| Consumer price index (2020 = 100) | 118.0 | 127.4 |
| Central bank policy interest rate (%, end of year) | 2.50 | 4.75 |
| Household consumption (annual % change, real) | 3.8 | 4.1 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.3",
        term: "inflation",
        points: ["a sustained / persistent increase", "in the general / average price level (in an economy)"],
        keywords: [
          ["sustained", "persistent", "continuous"],
          ["general price level", "average price level"],
        ],
        workedSolution:
          "**Inflation** is a sustained increase in the general (average) price level of an economy, usually measured by the annual percentage change in a consumer price index.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 1,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the rate of inflation in Marova in 2024.",
        numericAnswer: { value: 7.97, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(127.4 − 118.0) ÷ 118.0 × 100", ["127.4", "118"]), pt("p2", 1, "7.97 % (accept 8.0 %)", ["7.97", "8"])],
        workedSolution: "$$\\frac{127.4 - 118.0}{118.0} \\times 100 = \\frac{9.4}{118.0} \\times 100 = 7.97\\ \\%$$",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "3.5",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b), calculate the real interest rate in Marova at the end of 2024.",
        numericAnswer: { value: -3.22, tolerance: 0.01, unit: "%", followThrough: { from: ["b"], value: "4.75 - b" } },
        markscheme: [pt("p1", 1, "4.75 − 7.97 = −3.22 % **(FT)** their (b)", ["-3.22", "3.22"])],
        workedSolution:
          "Real interest rate ≈ nominal interest rate − inflation rate $= 4.75 - 7.97 = -3.22\\ \\%$. Despite the rises, the real rate is still negative, so monetary policy is still not tight in real terms. A wrong answer to (b) used correctly here earns the mark (follow-through).",
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate Marova's unemployment rate at the end of 2024.",
        numericAnswer: { value: 4.25, tolerance: 0.01, unit: "%" },
        markscheme: [pt("p1", 1, "340 000 ÷ 8 000 000 × 100 = 4.25 %", ["4.25"])],
        workedSolution:
          "Unemployment rate $= \\dfrac{\\text{number unemployed}}{\\text{labour force}} \\times 100 = \\dfrac{340\\,000}{8\\,000\\,000} \\times 100 = 4.25\\ \\%$.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "3.2",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how strong household and government spending could have caused inflation in Marova.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD, SRAS (and LRAS) with initial equilibrium", [
            "axes",
            "price level",
            "real GDP",
            "SRAS",
          ]),
          pt("p2", 1, "diagram: AD shifts right (AD₁ to AD₂); higher price level and real GDP; inflationary gap if beyond potential output", [
            "AD shifts right",
            "AD2",
            "inflationary gap",
          ]),
          pt("p3", 1, "explanation: consumption (C) and government spending (G) are components of AD, so AD increases", [
            "consumption",
            "government spending",
            "component",
          ]),
          pt(
            "p4",
            1,
            "explanation: near full employment (unemployment 4.25 %) firms face capacity limits / rising costs, so the increase in AD mainly raises prices: demand-pull inflation",
            ["demand-pull", "capacity", "full employment"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. Draw LRAS vertical at Yp and an upward-sloping SRAS. AD₁ meets SRAS at P₁, Y₁ near Yp. AD shifts right to AD₂; the new equilibrium is at a higher price level P₂ and output Y₂ beyond Yp — an inflationary gap.\n\n**Explanation.** Household consumption (C, up 4.1 % in real terms) and government spending (G, boosted before the elections) are components of AD = C + I + G + (X − M), so AD shifts right. With unemployment only 4.25 %, the economy is close to full employment: firms cannot easily raise output, compete for scarce workers and materials, and raise prices. The result is demand-pull inflation.",
      },
      evaluation({
        label: "f",
        topicCode: "3.5",
        stem: "Using information from the text and your knowledge of economics, evaluate the central bank's decision to raise interest rates to reduce inflation in Marova.",
        terms: "contractionary monetary policy, policy interest rate, demand-pull and cost-push inflation, real interest rate, inflation target",
        diagram:
          "AD/AS with AD shifting left from AD₂ towards AD₁, lowering the price level (and possibly real GDP); and / or a cost-push diagram (SRAS shifting left) showing what interest rates cannot correct",
        data: "inflation of 7.97 % against a 2 % target; rate raised from 2.50 % to 4.75 %; real interest rate still about −3.2 %; consumption growing 4.1 %; unemployment 4.25 %; pre-election government spending; rising import prices",
        theory:
          "higher interest rates raise the cost of borrowing and reward saving, reduce consumption of durables and investment, may appreciate the currency (cheaper imports, fewer exports), so AD falls; transmission takes time; effect on expectations / credibility",
        evaluate:
          "effective against demand-pull inflation but not cost-push (import prices); time lags of 12–18 months; real rate still negative, so further rises may be needed; conflict with growth and employment (business concerns), effect on borrowers vs savers and on the exchange rate; monetary policy works against a loose fiscal policy — coordination needed; credibility of an independent central bank",
        conclusion:
          "e.g. the rises were justified because inflation is mainly demand-pull with low unemployment, but they will work slowly and need support from fiscal restraint",
        keywords: {
          terms: ["monetary policy", "interest rate", "demand-pull", "cost-push"],
          diagram: ["diagram", "AD shifts left", "AD"],
          data: ["7.97", "4.75", "-3.2", "4.25", "2 %"],
          theory: ["borrowing", "investment", "saving", "exchange rate"],
          evaluate: ["time lag", "cost-push", "fiscal", "credibility"],
        },
        plan: "1. **Define** contractionary monetary policy and demand-pull and cost-push inflation.\n2. **Diagram:** AD shifts left from AD₂ towards AD₁: the price level falls back (lower inflation), with some loss of output.\n3. **Use the data:** inflation of almost 8 %, four times the 2 % target; rates up 2.25 percentage points, yet the real rate is still about −3.2 %; consumption is growing 4.1 % and unemployment is only 4.25 % — evidence of demand-pull pressure.\n4. **How it works:** dearer borrowing reduces credit-financed consumption and investment; saving becomes more attractive; a stronger currency reduces net exports and makes imports cheaper, which eases the imported part of inflation; a credible central bank anchors expectations and wage demands.\n5. **Limits:** long and variable time lags; no direct effect on cost-push inflation from import prices; may cut investment and future capacity and raise unemployment; hurts mortgage holders and indebted firms; government's pre-election spending pulls in the opposite direction.\n6. **Conclude:** with low unemployment and fast consumption growth, most of the inflation is demand-pull, so raising rates is the right response — but because the real rate is still negative and fiscal policy is loose, further rises and fiscal restraint will be needed, at some cost to growth.",
      }),
    ],
  },

  // ───────────── 06 Fiscal stimulus and the multiplier (HL) ─────────────
  {
    key: "economics-mp-06",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `### Estaria plans spending boost to end recession

Real GDP in Estaria has fallen for three successive quarters and unemployment has risen to 9 %. The government has announced an extra €12 billion of spending on roads, rail and school buildings over the next year, even though it already runs a **budget deficit**.

The finance ministry argues that, thanks to the multiplier effect, the extra spending will raise real GDP by more than €12 billion. Critics warn that more borrowing will push up interest rates and public debt, and that infrastructure projects take years to get started.

| Indicator | Value |
| --- | --- |
| Government tax revenue (€ billion per year) | 148 |
| Government spending (€ billion per year) | 172 |
| Nominal GDP (€ billion per year) | 800 |
| Marginal propensity to save (MPS) | 0.15 |
| Marginal propensity to tax (MPT) | 0.20 |
| Marginal propensity to import (MPM) | 0.25 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.6",
        term: "budget deficit",
        points: ["when government spending / expenditure", "is greater than government (tax) revenue over a period (usually a year)"],
        keywords: [
          ["government spending", "expenditure"],
          ["greater than", "exceeds", "revenue"],
        ],
        workedSolution:
          "A **budget deficit** occurs when government expenditure exceeds government revenue (mainly taxes) over a year, so the government must borrow the difference.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "3.6",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate Estaria's budget deficit as a percentage of nominal GDP.",
        numericAnswer: { value: 3, tolerance: 0.01, unit: "%" },
        markscheme: [pt("p1", 1, "deficit = 172 − 148 = €24 billion", ["24"]), pt("p2", 1, "24 ÷ 800 × 100 = 3 %", ["3"])],
        workedSolution: "Deficit $= 172 - 148 = €24$ billion, so $\\dfrac{24}{800} \\times 100 = 3\\ \\%$ of GDP.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "3.6H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the value of the Keynesian multiplier in Estaria.",
        numericAnswer: { value: 1.67, tolerance: 0.005 },
        markscheme: [
          pt("p1", 1, "multiplier = 1 ÷ (MPS + MPT + MPM) = 1 ÷ (0.15 + 0.20 + 0.25) = 1 ÷ 0.6", ["0.6"]),
          pt("p2", 1, "1.67 (accept 5/3)", ["1.67"]),
        ],
        workedSolution:
          "In an open economy with a government, leakages out of each round of spending are saving, taxes and imports:\n\n$$k = \\frac{1}{\\text{MPS} + \\text{MPT} + \\text{MPM}} = \\frac{1}{0.15 + 0.20 + 0.25} = \\frac{1}{0.6} = 1.67$$",
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "3.6H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (c), calculate the eventual change in real GDP caused by the extra €12 billion of government spending, in € billion.",
        numericAnswer: { value: 20, tolerance: 0.1, unit: "€ billion", followThrough: { from: ["c"], value: "12 * c" } },
        markscheme: [pt("p1", 1, "12 × 1.67 = €20 billion (accept €20.0 billion to €20.1 billion) **(FT)** their (c)", ["20"])],
        workedSolution:
          "$\\Delta Y = k \\times \\Delta G = \\dfrac{5}{3} \\times 12 = €20$ billion (€20.04 billion with $k$ rounded to 1.67). A wrong multiplier in (c) used correctly here earns the mark (follow-through).",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "3.6",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a Keynesian AD/AS diagram, explain how the increase in government spending could reduce unemployment in Estaria.",
        markscheme: [
          pt(
            "p1",
            1,
            "diagram: axes average price level and real GDP; Keynesian AS curve (horizontal, upward-sloping and vertical sections) with full employment output Yf",
            ["Keynesian AS", "Yf", "horizontal"],
          ),
          pt("p2", 1, "diagram: initial AD in the horizontal / lower part of AS (recessionary / deflationary gap); AD shifts right towards Yf", [
            "recessionary gap",
            "AD shifts right",
          ]),
          pt("p3", 1, "explanation: G is a component of AD; the multiplier means AD rises by more than the initial €12 billion", ["component", "multiplier"]),
          pt(
            "p4",
            1,
            "explanation: with spare capacity, real GDP rises with little effect on the price level; firms need more workers (derived demand), so cyclical unemployment falls",
            ["spare capacity", "derived demand", "cyclical unemployment"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. The Keynesian AS curve is horizontal at low output, then slopes upward, then is vertical at full-employment output Yf. AD₁ crosses AS on the horizontal section at Y₁, well below Yf: a recessionary gap. AD shifts right to AD₂, raising real GDP to Y₂ closer to Yf with little rise in the price level.\n\n**Explanation.** Government spending is a component of AD, so the €12 billion shifts AD right, and through the multiplier (rounds of extra income and spending) by about €20 billion. Because the economy is in recession with spare capacity, firms can increase output without much rise in costs, and they hire more workers to do so — the demand for labour is derived from the demand for output — so cyclical unemployment, now 9 %, falls.",
      },
      evaluation({
        label: "f",
        topicCode: "3.6",
        stem: "Using information from the text and your knowledge of economics, evaluate the use of expansionary fiscal policy to end the recession in Estaria.",
        terms: "expansionary fiscal policy, budget deficit, public debt, multiplier, crowding out, recessionary gap",
        diagram:
          "Keynesian AD/AS with AD shifting right to close a recessionary gap; and / or AD/AS with LRAS shifting right as infrastructure adds to productive capacity",
        data: "three quarters of falling real GDP; unemployment 9 %; €12 billion of spending; multiplier 1.67 and a GDP increase of about €20 billion; existing deficit of 3 % of GDP; infrastructure projects with long lead times",
        theory:
          "multiplier effect; automatic stabilisers; infrastructure raises AD in the short run and potential output (LRAS) in the long run; crowding out when borrowing raises interest rates; time lags",
        evaluate:
          "large leakages (MPM 0.25) keep the multiplier low and some spending leaks abroad; time lags — projects may start after recovery; crowding out less likely in a recession with spare savings; sustainability of debt and confidence of lenders; compare with monetary policy (interest rates may already be low) and supply-side measures; who gains (construction workers, regions)",
        conclusion:
          "e.g. expansionary fiscal policy is appropriate in a deep recession, especially capital spending that also raises potential output, provided the deficit is reduced once recovery comes",
        keywords: {
          terms: ["fiscal policy", "deficit", "debt", "crowding out"],
          diagram: ["diagram", "AD shifts right", "LRAS"],
          data: ["9 %", "12 billion", "1.67", "20 billion", "3 %"],
          theory: ["multiplier", "infrastructure", "time lag", "crowding out"],
          evaluate: ["leakage", "time lag", "debt", "monetary policy"],
        },
        plan: "1. **Define** expansionary fiscal policy, budget deficit and the multiplier.\n2. **Diagram:** Keynesian AD/AS with AD shifting right from AD₁ to AD₂, closing the recessionary gap; a second diagram with LRAS shifting right because new roads and rail raise productive capacity.\n3. **Use the data:** unemployment 9 % and three quarters of falling output show a recessionary gap; the multiplier of 1.67 turns €12 billion into about €20 billion of extra GDP; the deficit is already 3 % of GDP and will grow.\n4. **For:** directly adds to AD when private spending is weak; in a recession crowding out is less likely because private borrowing is low; infrastructure spending also raises long-run growth; extra incomes raise tax revenue, partly paying for itself.\n5. **Against:** time lags — infrastructure projects take years to start, so spending may arrive after the recovery and add to inflation; the multiplier is small because 25 % of extra income leaks into imports; more borrowing raises public debt and interest payments, may raise interest rates and crowd out private investment, and may worry lenders.\n6. **Alternatives:** monetary policy (if interest rates are not already very low), temporary tax cuts or transfers (faster-acting), supply-side reforms.\n7. **Conclude:** with high cyclical unemployment the case for fiscal stimulus is strong, but quick-to-start projects and a credible plan to reduce the deficit after recovery would make it more effective.",
      }),
    ],
  },

  // ───────────── 07 Currency depreciation ─────────────
  {
    key: "economics-mp-07",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Daravian lira slides to record low

The Daravian lira (DRL) has lost a fifth of its value against the euro in a year, after the Central Bank of Daravia cut interest rates to support growth and a series of poor tourist seasons reduced spending by foreign visitors. The government says the **depreciation** will help exporters such as the country's olive oil producers, whose crates are priced at DRL 450 on the domestic market.

Importers and households are less pleased: Daravia imports most of its fuel and many of its medicines, and petrol prices have already risen sharply. Some firms that borrowed in euros now face much higher repayments in lira.

| Exchange rate (end of year) | 2024 | 2025 |
| --- | --- | --- |
| DRL per €1 | 20.0 | 25.0 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.5",
        term: "depreciation",
        points: [
          "a fall in the value of a currency in terms of another currency / other currencies",
          "in a floating exchange rate system / caused by market forces of demand and supply",
        ],
        keywords: [
          ["fall in the value", "decrease"],
          ["floating", "market forces", "demand and supply"],
        ],
        workedSolution:
          "**Depreciation** is a fall in the value of a currency against another currency in a floating exchange rate system, brought about by the market forces of demand and supply (not by a government decision, which would be a devaluation).",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "4.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage change in the value of the lira against the euro between 2024 and 2025.",
        numericAnswer: { value: -20, tolerance: 0.05, unit: "%" },
        markscheme: [
          pt("p1", 1, "value of DRL 1 in euros: 1 ÷ 20 = €0.050 and 1 ÷ 25 = €0.040", ["0.05", "0.04"]),
          pt("p2", 1, "(0.040 − 0.050) ÷ 0.050 × 100 = −20 % (the negative sign shows the fall)", ["-20", "20"]),
        ],
        workedSolution:
          "The value of one lira in euros fell from $\\dfrac{1}{20} = €0.050$ to $\\dfrac{1}{25} = €0.040$:\n\n$$\\frac{0.040 - 0.050}{0.050} \\times 100 = -20\\ \\%$$\n\n(The euro rose 25 % against the lira; the lira fell 20 % — a fifth, as the text says.)",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "4.5",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the price in euros of a crate of Daravian olive oil in 2025.",
        numericAnswer: { value: 18, tolerance: 0.005, unit: "€" },
        markscheme: [pt("p1", 1, "450 ÷ 25 = €18 (compared with €22.50 in 2024)", ["18"])],
        workedSolution: "$\\dfrac{\\text{DRL } 450}{25\\ \\text{DRL per euro}} = €18.00$, down from $\\dfrac{450}{20} = €22.50$ in 2024.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a foreign exchange market diagram, explain how the cut in interest rates and the fall in tourist spending could have caused the lira to depreciate.",
        markscheme: [
          pt("p1", 1, "diagram: axes price of DRL (in € per DRL) and quantity of DRL; D and S of lira with initial exchange rate €0.050", [
            "axes",
            "€ per DRL",
            "quantity of DRL",
          ]),
          pt("p2", 1, "diagram: demand for DRL shifts left (and / or supply shifts right); new lower exchange rate €0.040", [
            "demand shifts left",
            "supply shifts right",
            "0.04",
          ]),
          pt(
            "p3",
            1,
            "lower interest rates reduce the return on lira deposits, so fewer foreign savers demand lira (hot money outflow) / Daravians supply more lira to save abroad",
            ["interest rate", "hot money", "return"],
          ),
          pt("p4", 1, "fewer foreign tourists means less foreign currency exchanged for lira, so demand for lira falls", ["tourist", "less demand"]),
        ],
        workedSolution:
          "**Diagram (described).** The price of the lira in euros on the vertical axis, the quantity of lira on the horizontal. D₁ and S₁ cross at €0.050. Shift demand left to D₂ (and supply right to S₂); the new equilibrium is at €0.040.\n\n**Explanation.** The lower interest rate makes lira deposits less attractive, so foreign financial investors buy fewer lira and some Daravians sell lira to save abroad: demand for the lira falls and its supply rises. Poor tourist seasons mean fewer foreigners exchanging euros for lira to spend in Daravia, reducing demand further. With lower demand (and higher supply) the lira's exchange rate falls.",
      },
      evaluation({
        label: "e",
        topicCode: "4.5",
        stem: "Using information from the text and your knowledge of economics, evaluate the consequences of the lira's depreciation for the Daravian economy.",
        terms: "depreciation, export competitiveness, imported (cost-push) inflation, current account, PED of exports and imports, foreign-currency debt",
        diagram: "foreign exchange market showing the depreciation; AD/AS with AD shifting right (net exports) and SRAS shifting left (dearer imported fuel)",
        data: "20 % fall in the lira; olive oil crate down from €22.50 to €18.00 for foreign buyers; fuel and medicines largely imported; petrol prices up sharply; firms with euro debts face higher repayments; poor tourist seasons",
        theory:
          "exports cheaper and imports dearer abroad, so net exports and AD rise; cost-push inflation from imported inputs; the current account improves only if demand for exports and imports is elastic enough (Marshall–Lerner, J-curve at HL); real burden of foreign-currency debt rises",
        evaluate:
          "benefits depend on PED of exports (olive oil faces competition) and spare capacity; essential imports such as fuel and medicines have inelastic demand, so the import bill may rise and inflation hit poorer households; tourism may recover as Daravia becomes cheaper; short-run vs long-run effects; firms with euro debts may fail; confidence and possible further depreciation",
        conclusion:
          "e.g. the depreciation helps exporters and tourism over time, but with inelastic essential imports and euro debts its short-run costs may outweigh the gains",
        keywords: {
          terms: ["depreciation", "competitive", "inflation", "current account"],
          diagram: ["diagram", "AD", "SRAS"],
          data: ["20 %", "18", "22.50", "fuel", "medicines"],
          theory: ["net exports", "cost-push", "Marshall", "J-curve"],
          evaluate: ["elastic", "inelastic", "debt", "tourism"],
        },
        plan: "1. **Define** depreciation, cost-push inflation and the current account.\n2. **Diagrams:** the lira market (demand left, rate from €0.050 to €0.040); AD/AS with AD shifting right as net exports rise, and SRAS shifting left as imported fuel becomes dearer.\n3. **Use the data:** a crate of olive oil now costs foreign buyers €18.00 instead of €22.50 — 20 % cheaper; fuel and medicines are mainly imported, so their lira prices rise by 25 %; firms with euro loans must find 25 % more lira for each euro repaid.\n4. **Benefits:** exporters and tourism become more price competitive; higher net exports raise AD, output and employment; the current account may improve.\n5. **Costs:** imported inflation — petrol and medicines cost more, hurting households (especially poorer ones) and raising firms' costs; terms of trade worsen; euro debts become heavier, risking business failures.\n6. **Evaluate:** the current account improves only if the sum of the PEDs for exports and imports exceeds one (Marshall–Lerner), and even then it may first worsen (J-curve) because fuel and medicines are essential; gains for exporters depend on spare capacity and on how much olive oil buyers respond to price; a weak currency may also erode confidence.\n7. **Conclude:** the depreciation is likely to help exporters and tourism over time, but in the short run its inflationary and debt effects may dominate; the central bank may need to watch inflation closely.",
      }),
    ],
  },

  // ───────────── 08 Balance of payments: current account deficit ─────────────
  {
    key: "economics-mp-08",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Corvania's current account deficit widens

Strong consumer spending on imported cars and electronics has widened Corvania's deficit on the **current account** of the balance of payments. Exports have grown slowly, held back by an exchange rate for the Corvanian crown that many manufacturers say is overvalued and by low productivity in the country's factories.

The deficit is being financed mainly by foreign investors buying Corvanian government bonds and property. The central bank governor warned that if these inflows stopped, the crown could fall sharply. Some politicians have called for tariffs on imported cars; others argue for investment in skills and infrastructure to make exporters more competitive.

| Corvania, 2025 (converted to euros at the average exchange rate) | € billion |
| --- | --- |
| Exports of goods | 62 |
| Imports of goods | 81 |
| Exports of services | 24 |
| Imports of services | 15 |
| Net primary income | −6 |
| Net secondary income | +3 |
| Nominal GDP | 260 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.6",
        term: "current account",
        points: [
          "the part of the balance of payments that records a country's trade in goods and services",
          "and its net primary income (wages, interest, profits, dividends) and net secondary income (current transfers) with the rest of the world",
        ],
        keywords: [
          ["balance of payments", "goods and services"],
          ["income", "transfers"],
        ],
        workedSolution:
          "The **current account** is the part of the balance of payments that records a country's exports and imports of goods and services, its net primary income (wages, interest, profits and dividends) and its net secondary income (current transfers such as remittances and aid) with the rest of the world.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "4.6",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate Corvania's current account balance in 2025, in € billion.",
        numericAnswer: { value: -13, tolerance: 0.05, unit: "€ billion" },
        markscheme: [
          pt("p1", 1, "trade in goods (62 − 81 = −19) and in services (24 − 15 = +9) combined with net income (−6 + 3 = −3)", ["-19", "9", "-3"]),
          pt("p2", 1, "current account balance = −€13 billion (a deficit of €13 billion)", ["-13", "13"]),
        ],
        workedSolution:
          "- Balance of trade in goods: 62 − 81 = −19\n- Balance of trade in services: 24 − 15 = +9\n- Net income: −6 + 3 = −3\n\nCurrent account balance = −19 + 9 − 3 = **−€13 billion**, a deficit.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "4.6",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b), calculate Corvania's current account balance as a percentage of its nominal GDP.",
        numericAnswer: { value: -5, tolerance: 0.05, unit: "%", followThrough: { from: ["b"], value: "b / 260 * 100" } },
        markscheme: [pt("p1", 1, "−13 ÷ 260 × 100 = −5 % (the negative sign shows a deficit) **(FT)** their (b)", ["-5", "5"])],
        workedSolution: "$\\dfrac{-13}{260} \\times 100 = -5\\ \\%$ of GDP. A wrong balance in (b) used correctly here earns the mark (follow-through).",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a foreign exchange market diagram, explain how a sudden stop in foreign purchases of Corvanian bonds and property could cause the crown to fall sharply.",
        markscheme: [
          pt("p1", 1, "diagram: axes price of the crown (e.g. in euros) and quantity of crowns; D and S with initial exchange rate", [
            "axes",
            "quantity of",
            "exchange rate",
          ]),
          pt("p2", 1, "diagram: demand for crowns shifts left; lower exchange rate", ["demand shifts left", "lower"]),
          pt("p3", 1, "explanation: foreign investors need crowns to buy Corvanian bonds and property; when these inflows stop, demand for crowns falls", [
            "inflows",
            "demand falls",
            "bonds",
          ]),
          pt(
            "p4",
            1,
            "explanation: the current account deficit means the supply of crowns (to pay for imports) exceeds the demand from exports, so without financial inflows the crown must fall to restore balance",
            ["deficit", "supply exceeds", "financial account"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** The price of the crown in euros on the vertical axis, the quantity of crowns on the horizontal. D₁ and S cross at the initial exchange rate e₁. Demand shifts left to D₂; the exchange rate falls to e₂.\n\n**Explanation.** Corvanians supply crowns to buy €81 billion of imported goods, while exports create less demand for them: the current account deficit of €13 billion is financed by foreigners buying Corvanian bonds and property, which creates demand for crowns on the financial account. If those purchases stop — or investors sell — the demand for crowns falls sharply, and the exchange rate must fall until the current and financial accounts balance again.",
      },
      evaluation({
        label: "e",
        topicCode: "4.6",
        stem: "Using information from the text and your knowledge of economics, evaluate the policies that Corvania could use to reduce its current account deficit.",
        terms: "current account deficit, expenditure-switching policies, expenditure-reducing policies, tariff, supply-side policies, financial account",
        diagram:
          "tariff diagram (domestic price rises to world price + tariff, imports fall); and / or AD/AS with LRAS shifting right from supply-side policies; and / or AD shifting left from contractionary policy",
        data: "deficit of €13 billion / 5 % of GDP; goods deficit of €19 billion driven by cars and electronics; services surplus of €9 billion; slow export growth; overvalued exchange rate; low factory productivity; deficit financed by bond and property purchases",
        theory:
          "expenditure switching (tariffs, depreciation) moves spending to domestic goods; expenditure reducing (contractionary fiscal / monetary policy) cuts spending on imports by cutting income; supply-side policies raise productivity and export competitiveness in the long run",
        evaluate:
          "tariffs raise car prices for consumers, may provoke retaliation and break trade agreements / WTO rules and protect inefficient firms; contractionary policy cuts growth and employment; supply-side policies work only in the long run and cost government money; depreciation may cause inflation; a 5 % deficit financed by long-term investment may be sustainable, but reliance on short-term flows is risky; priorities among stakeholders",
        conclusion:
          "e.g. supply-side investment in skills and infrastructure tackles the root cause and is preferable, possibly with some moderation of consumer demand, while tariffs are likely to be costly and ineffective",
        keywords: {
          terms: ["expenditure switching", "expenditure reducing", "supply-side", "tariff"],
          diagram: ["diagram", "tariff", "LRAS"],
          data: ["13", "5 %", "19", "cars", "productivity"],
          theory: ["switching", "reducing", "productivity", "competitive"],
          evaluate: ["retaliation", "long run", "inflation", "sustainable"],
        },
        plan: "1. **Define** the current account deficit, expenditure-switching and expenditure-reducing policies, and supply-side policies.\n2. **Diagrams:** a tariff diagram (imports of cars fall as the domestic price rises) and an AD/AS diagram with LRAS shifting right from investment in skills and infrastructure.\n3. **Use the data:** the €13 billion deficit (5 % of GDP) comes from a €19 billion goods deficit; services are in surplus (€9 billion), which is a strength; demand for imported cars and electronics is strong; manufacturers blame an overvalued currency and low productivity.\n4. **Tariffs on cars:** cut imports quickly, but raise prices for consumers, may invite retaliation against Corvanian exports, may break trade agreements, and protect inefficiency; little effect on electronics demand.\n5. **Expenditure reducing:** higher interest rates or taxes cut consumer spending on imports, but also cut growth and jobs; higher interest rates may attract more inflows and strengthen the currency, making exports less competitive.\n6. **Supply-side policies:** investment in skills, infrastructure and technology raise productivity, lowering costs and improving export competitiveness — the root cause — but they are slow and costly.\n7. **Evaluate** whether the deficit needs reducing at all: a deficit financed by long-term investment can be sustainable, but dependence on bond and property inflows is risky (sudden stop).\n8. **Conclude** with a prioritised policy mix, e.g. supply-side reforms as the main strategy, with modest demand restraint in the short run, rather than tariffs.",
      }),
    ],
  },

  // ───────────── 09 Tariff on steel (HL calculations) ─────────────
  {
    key: "economics-mp-09",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`### Tariff to protect Ostrana's steel mills

The government of Ostrana has imposed a **tariff** of €75 per tonne on imported steel, after cheap imports forced two domestic steel mills to cut jobs. Ministers say the tariff will save jobs in steel towns and protect an industry vital to national security. Car makers and construction firms, which use steel as an input, warn that their costs will rise and that other countries may retaliate against Ostranan exports.

Ostrana's demand for and domestic supply of steel are estimated to be

$$Q_d = 2000 - 2P \qquad Q_s = -400 + 2P$$

where $P$ is the price in € per tonne and $Q$ is the quantity in thousand tonnes per year. Ostrana can buy as much steel as it wants at the world price of €450 per tonne.`,
    parts: [
      define({
        label: "a",
        topicCode: "4.2",
        term: "tariff",
        points: ["a tax on imported goods / services", "which raises their price in the domestic market / protects domestic producers"],
        keywords: [
          ["tax", "import"],
          ["raises the price", "protect"],
        ],
        workedSolution:
          "A **tariff** is a tax imposed on imported goods or services, which raises their price in the domestic market and so protects domestic producers from foreign competition.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "4.2H",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the quantity of steel imported by Ostrana after the tariff is imposed, in thousand tonnes per year.",
        numericAnswer: { value: 300, tolerance: 0.5, unit: "thousand tonnes" },
        markscheme: [
          pt("p1", 1, "price with tariff = 450 + 75 = €525; Qd = 2000 − 2 × 525 = 950 and Qs = −400 + 2 × 525 = 650", ["525", "950", "650"]),
          pt("p2", 1, "imports = 950 − 650 = 300 thousand tonnes", ["300"]),
        ],
        workedSolution:
          "The domestic price rises to the world price plus the tariff: $450 + 75 = €525$ per tonne.\n\n- $Q_d = 2000 - 2(525) = 950$ thousand tonnes\n- $Q_s = -400 + 2(525) = 650$ thousand tonnes\n\nImports $= 950 - 650 = 300$ thousand tonnes (down from $1100 - 500 = 600$ thousand tonnes at the world price).",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "4.2H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b), calculate the government's revenue from the tariff, in € million per year.",
        numericAnswer: { value: 22.5, tolerance: 0.05, unit: "€ million", followThrough: { from: ["b"], value: "75 * b / 1000" } },
        markscheme: [pt("p1", 1, "75 × 300 000 = €22.5 million **(FT)** their (b)", ["22.5"])],
        workedSolution:
          "Tariff revenue $= €75 \\times 300\\,000 \\text{ tonnes} = €22\\,500\\,000 = €22.5$ million per year. A wrong quantity in (b) used correctly here earns the mark (follow-through).",
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "4.2H",
        difficulty: 4,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the welfare (deadweight) loss caused by the tariff, in € million per year.",
        numericAnswer: { value: 11.25, tolerance: 0.005, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "production loss = ½ × 75 × (650 − 500) and consumption loss = ½ × 75 × (1100 − 950)", ["500", "1100", "150"]),
          pt("p2", 1, "5.625 + 5.625 = €11.25 million", ["11.25"]),
        ],
        workedSolution:
          "At the world price of €450: $Q_d = 2000 - 900 = 1100$ and $Q_s = -400 + 900 = 500$ thousand tonnes.\n\n- Production (efficiency) loss: $\\tfrac{1}{2} \\times 75 \\times (650 - 500) = 5625$ (€ thousand) — high-cost domestic output replacing cheaper imports.\n- Consumption loss: $\\tfrac{1}{2} \\times 75 \\times (1100 - 950) = 5625$ (€ thousand) — steel no longer bought although worth more to buyers than its world price.\n\nWelfare loss $= 5625 + 5625 = €11\\,250$ thousand $= €11.25$ million per year.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "4.2",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a tariff diagram, explain the effect of the tariff on Ostrana's domestic steel producers and on steel users.",
        markscheme: [
          pt("p1", 1, "diagram: domestic D and S; world price (Pw, €450) below the domestic equilibrium; Pw + tariff (€525)", ["Pw", "world price", "tariff"]),
          pt("p2", 1, "diagram: domestic production rises (Q1 to Q2) and consumption falls (Q4 to Q3); imports shrink from Q1–Q4 to Q2–Q3", [
            "production rises",
            "imports",
            "consumption falls",
          ]),
          pt("p3", 1, "producers: receive a higher price and sell more (500 to 650 thousand tonnes), so revenue / producer surplus and employment rise", [
            "producer surplus",
            "650",
            "employment",
          ]),
          pt(
            "p4",
            1,
            "steel users: pay a higher price and buy less (1100 to 950 thousand tonnes); consumer surplus falls; higher costs for car makers and builders",
            ["consumer surplus", "higher costs", "950"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Price of steel on the vertical axis, quantity on the horizontal; domestic demand D and supply S. Draw the world price Pw = €450, below the domestic equilibrium, and Pw + tariff = €525 above it. At Pw domestic producers supply Q₁ and buyers demand Q₄; imports are Q₁Q₄. At €525 domestic supply rises to Q₂ and demand falls to Q₃; imports shrink to Q₂Q₃. The tariff revenue is the rectangle (Q₂ to Q₃) × €75.\n\n**Explanation.** Domestic mills now receive €525 rather than €450 and sell 650 instead of 500 thousand tonnes, so their revenue, producer surplus and employment rise. Steel users — car makers, construction firms and ultimately their customers — pay more and buy less (950 instead of 1100 thousand tonnes), so consumer surplus falls and their costs rise, making them less competitive.",
      },
      evaluation({
        label: "f",
        topicCode: "4.3",
        stem: "Using information from the text and your knowledge of economics, evaluate Ostrana's decision to impose a tariff on imported steel.",
        terms: "tariff, protectionism, free trade, comparative advantage, welfare loss, retaliation, national security argument",
        diagram: "tariff diagram with the changes in domestic production, consumption, imports, revenue and the two welfare-loss triangles",
        data: "tariff of €75 per tonne; domestic price up from €450 to €525; domestic output up from 500 to 650 thousand tonnes; imports halved from 600 to 300 thousand tonnes; revenue €22.5 million; welfare loss €11.25 million; job cuts at two mills; costs for car makers and construction; risk of retaliation",
        theory:
          "arguments for protection (jobs, national security, infant / declining industry, anti-dumping) against arguments for free trade (comparative advantage, lower prices, efficiency); misallocation of resources; effects on downstream industries",
        evaluate:
          "jobs saved in steel may be outweighed by jobs lost in steel-using industries and export industries hit by retaliation; the tariff protects inefficiency unless mills invest and modernise; national security may justify some domestic capacity; if imports are dumped, an anti-dumping duty under WTO rules is more defensible; alternatives such as retraining, regional policy, or a temporary subsidy; short run vs long run",
        conclusion:
          "e.g. the tariff meets its narrow aim but at a net welfare cost; a temporary, WTO-compatible measure combined with support for modernisation or retraining would be preferable",
        keywords: {
          terms: ["tariff", "protectionism", "comparative advantage", "welfare loss"],
          diagram: ["diagram", "world price", "triangle"],
          data: ["75", "525", "650", "22.5", "11.25"],
          theory: ["national security", "dumping", "free trade", "downstream"],
          evaluate: ["retaliation", "inefficien", "retraining", "temporary"],
        },
        plan: "1. **Define** tariff, protectionism and comparative advantage.\n2. **Diagram:** the tariff diagram from part (e), with the revenue rectangle and the production and consumption welfare-loss triangles labelled.\n3. **Use the data:** price up €75 to €525; domestic production up 150 thousand tonnes; imports halved to 300 thousand tonnes; the government gains €22.5 million; society loses €11.25 million a year in deadweight loss.\n4. **For the tariff:** protects jobs in steel towns where unemployment would be concentrated; keeps a strategic industry (national security); counters unfairly cheap (dumped) imports; raises revenue.\n5. **Against:** consumers and steel-using firms pay more — costs rise for car makers and builders, which may cost jobs there; resources are drawn into high-cost production against comparative advantage; protection reduces the pressure to become efficient; retaliation may hit Ostranan exporters; may breach WTO rules.\n6. **Evaluate:** the jobs saved must be weighed against jobs lost downstream and in export industries; if the problem is dumping, an anti-dumping duty is more justified; a temporary tariff with conditions for modernisation differs from permanent protection; alternatives include retraining and regional support.\n7. **Conclude** with a judgement, e.g. the tariff is a costly way of saving jobs and should be temporary and targeted, with structural support for affected workers.",
      }),
    ],
  },

  // ───────────── 10 Development and microfinance ─────────────
  {
    key: "economics-mp-10",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Can small loans change lives in Tamsa?

Tamsa is a low-income, mostly rural economy in which two in five adults have no bank account. Since 2019 a group of non-governmental organisations has expanded **microfinance**: small loans, often to women, to start or expand businesses such as tailoring, poultry farming and market stalls. Supporters say the loans raise incomes and empower women; critics point to high interest rates and note that some borrowers take new loans to repay old ones.

The government also wants to raise school completion rates, arguing that low levels of education are holding back Tamsa's development.

| Tamsa | 2019 | 2024 |
| --- | --- | --- |
| Gross national income (GNI) (€ billion) | 15.2 | 18.6 |
| Population (million) | 14.1 | 15.5 |
| Number of microfinance borrowers | 240 000 | 390 000 |
| Secondary school completion rate (%) | 31 | 36 |
| Life expectancy at birth (years) | 61.2 | 62.5 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.10",
        term: "microfinance",
        points: [
          "the provision of small loans / credit (and other financial services such as savings)",
          "to people on low incomes who cannot get them from commercial banks (e.g. lacking collateral), often to start small businesses",
        ],
        keywords: [
          ["small loans", "credit"],
          ["low income", "poor", "collateral", "banks"],
        ],
        workedSolution:
          "**Microfinance** is the provision of small loans and other financial services, such as savings accounts and insurance, to people on low incomes who cannot obtain them from commercial banks — usually because they have no collateral or credit history — often to start or expand small businesses.",
      }),
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "4.8",
        difficulty: 1,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate Tamsa's GNI per capita in 2024, in €.",
        numericAnswer: { value: 1200, tolerance: 0.5, unit: "€" },
        markscheme: [pt("p1", 1, "18.6 billion ÷ 15.5 million", ["18.6", "15.5"]), pt("p2", 1, "€1200", ["1200", "1 200"])],
        workedSolution: "$$\\text{GNI per capita} = \\frac{€18.6 \\times 10^9}{15.5 \\times 10^6} = €1200$$",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "4.10",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the number of microfinance borrowers between 2019 and 2024.",
        numericAnswer: { value: 62.5, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(390 000 − 240 000) ÷ 240 000 × 100 = 62.5 %", ["62.5"])],
        workedSolution: "$$\\frac{390\\,000 - 240\\,000}{240\\,000} \\times 100 = \\frac{150\\,000}{240\\,000} \\times 100 = 62.5\\ \\%$$",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.10",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a production possibilities curve (PPC) diagram, explain how raising school completion rates could increase Tamsa's potential output.",
        markscheme: [
          pt("p1", 1, "diagram: axes labelled with two goods (e.g. capital goods and consumer goods); concave PPC₁", ["axes", "PPC", "concave"]),
          pt("p2", 1, "diagram: PPC shifts outward from PPC₁ to PPC₂", ["shift outward", "PPC2"]),
          pt("p3", 1, "education increases human capital: the quality of labour / skills and productivity of workers rise", [
            "human capital",
            "productivity",
            "skills",
          ]),
          pt("p4", 1, "so more output can be produced with the same resources: potential output / productive capacity rises (long-term growth)", [
            "potential output",
            "productive capacity",
          ]),
          pt("p5", 1, "the opportunity cost: resources used for education now (fewer consumer goods) / the effect takes time", ["opportunity cost", "time"]),
        ],
        workedSolution:
          "Any four points (up to 2 for the diagram, up to 2 for the explanation).\n\n**Diagram (described).** Capital goods on the vertical axis and consumer goods on the horizontal; a concave curve PPC₁. Draw a second curve PPC₂ further out from the origin.\n\n**Explanation.** More young people completing secondary school (36 % in 2024, against 31 % in 2019) increases the economy's human capital: workers have more skills, can use better technology and are more productive. With better-quality labour the economy can produce more of both goods with the same resources, so the PPC shifts outward — potential output rises. The gain comes with an opportunity cost (resources spent on schools now) and takes years to appear, as students enter the labour force.",
      },
      evaluation({
        label: "e",
        topicCode: "4.10",
        stem: "Using information from the text and your knowledge of economics, evaluate microfinance as a strategy for achieving economic development in Tamsa.",
        terms: "microfinance, economic development, economic growth, poverty, financial inclusion, empowerment of women, informal sector",
        diagram:
          "PPC shifting outward / AD/AS with LRAS shifting right as entrepreneurship and capital rise; or a Lorenz curve moving towards the line of equality",
        data: "GNI per capita about €1200; borrowers up 62.5 % to 390 000; two in five adults without a bank account; loans often to women; high interest rates; new loans to repay old ones; school completion 36 %; life expectancy 62.5 years",
        theory:
          "lack of access to credit is a barrier to development; microfinance lets the poor invest in small businesses, raising incomes and possibly health and education spending; empowerment of women; but small, informal businesses rarely grow and high interest rates can create debt traps",
        evaluate:
          "evidence of modest average effects on income; only 390 000 borrowers out of 15.5 million people; risk of over-indebtedness; depends on skills, markets and infrastructure — complements such as education (school completion is only 36 %), health and roads; savings and insurance may matter as much as loans; sustainable lending vs high interest; compare with other strategies (education, infrastructure, FDI, trade)",
        conclusion:
          "e.g. microfinance can reduce poverty and empower women for some households, but it is a complement to, not a substitute for, investment in education, health and infrastructure",
        keywords: {
          terms: ["microfinance", "development", "financial inclusion", "empower"],
          diagram: ["diagram", "PPC", "LRAS", "Lorenz"],
          data: ["1200", "62.5", "390 000", "two in five", "36"],
          theory: ["credit", "collateral", "debt trap", "small business"],
          evaluate: ["interest", "education", "infrastructure", "complement"],
        },
        plan: "1. **Define** microfinance and economic development (improvement in well-being — income, health, education, freedom of choice — beyond growth of output).\n2. **Diagram:** LRAS shifting right (or PPC outward) as small businesses add capital and entrepreneurship; or a Lorenz curve moving towards equality as poor households' incomes rise.\n3. **Use the data:** GNI per capita of about €1200 shows a low-income economy; two in five adults have no bank account — a clear barrier of limited access to credit; borrowers grew 62.5 % to 390 000, still only around 2.5 % of the population; loans mainly to women; warnings about high interest rates and borrowing to repay.\n4. **For:** gives the poor capital to invest in productive activities; raises household income and spending on children's schooling and health; empowers women; builds financial inclusion and saving habits.\n5. **Against:** high interest rates and repeat borrowing may create debt traps; most micro-businesses are small, informal and compete with each other, so incomes rise little; microfinance reaches few people; it does not address deeper barriers such as poor education (36 % completion), health and infrastructure.\n6. **Evaluate** against other strategies: education, health care, infrastructure and market access may have larger effects; microfinance works best with training and savings products.\n7. **Conclude:** microfinance is a useful complementary tool for poverty reduction and women's empowerment in Tamsa, but development will depend more on investment in human capital and infrastructure.",
      }),
    ],
  },

  // ───────────── 11 Minimum price for wheat ─────────────
  {
    key: "economics-mp-11",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Sardova guarantees wheat farmers a minimum price

After two years in which world grain prices fell and many small farms went out of business, the government of Sardova has introduced a **price floor** for wheat of €260 per tonne, well above the free-market price of €200. The state grain agency will buy, at the floor price, all the wheat that farmers cannot sell on the domestic market, and store it.

Farmers' unions welcomed the scheme as a lifeline for rural communities. Bakers warn that flour and bread prices will rise, and the finance ministry is worried about the cost of buying and storing the surplus.

| | Free market | With the price floor |
| --- | --- | --- |
| Price of wheat (€ per tonne) | 200 | 260 |
| Quantity demanded (million tonnes per year) | 5.0 | 4.4 |
| Quantity supplied (million tonnes per year) | 5.0 | 6.2 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.7",
        term: "price floor",
        points: [
          "a minimum price set by the government (a legal price below which the good cannot be sold)",
          "set above the market equilibrium price (to raise producers' incomes)",
        ],
        keywords: [
          ["minimum price", "legal", "government"],
          ["above", "equilibrium"],
        ],
        workedSolution:
          "A **price floor** (minimum price) is a price set by the government below which a good may not be bought or sold; to have an effect it is set above the equilibrium price, usually to support producers' incomes.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the surplus of wheat created by the price floor, in million tonnes per year.",
        numericAnswer: { value: 1.8, tolerance: 0.005, unit: "million tonnes" },
        markscheme: [pt("p1", 1, "6.2 − 4.4 = 1.8 million tonnes (per year)", ["1.8"])],
        workedSolution: "Surplus = quantity supplied − quantity demanded at €260 = 6.2 − 4.4 = **1.8 million tonnes** per year.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the cost to the government of buying the surplus each year, in € million.",
        numericAnswer: { value: 468, tolerance: 0.5, unit: "€ million", followThrough: { from: ["b(i)"], value: "b_i * 260" } },
        markscheme: [pt("p1", 1, "surplus × floor price: 1.8 million × €260", ["260", "1.8"]), pt("p2", 1, "€468 million **(FT)** their (b)(i)", ["468"])],
        workedSolution:
          "The agency pays the floor price for every tonne of the surplus: 1.8 million × €260 = **€468 million** per year (before storage costs).",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the change in consumers' total expenditure on wheat per year caused by the price floor, in € million.",
        numericAnswer: { value: 144, tolerance: 0.5, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "before: 200 × 5.0 = €1000 million; after: 260 × 4.4 = €1144 million", ["1000", "1144"]),
          pt("p2", 1, "an increase of €144 million", ["144"]),
        ],
        workedSolution:
          "Consumer expenditure = price × quantity demanded.\n\n- Free market: €200 × 5.0 million = €1000 million.\n- With the floor: €260 × 4.4 million = €1144 million.\n\nConsumers spend **€144 million more** per year, for 0.6 million tonnes less wheat.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain the effect of the price floor on the market for wheat in Sardova.",
        markscheme: [
          pt("p1", 1, "diagram: axes price (€ per tonne) and quantity (million tonnes); D and S with equilibrium at €200 and 5.0", ["axes", "equilibrium"]),
          pt("p2", 1, "diagram: price floor drawn above equilibrium at €260, with Qd = 4.4 and Qs = 6.2 and the surplus shown", ["260", "surplus", "Qs"]),
          pt("p3", 1, "the higher price causes a contraction in quantity demanded (movement along D)", ["contraction", "quantity demanded"]),
          pt("p4", 1, "and an extension in quantity supplied, so excess supply (surplus) that the government must buy", ["extension", "excess supply", "buy"]),
          pt("p5", 1, "government spending on the surplus = shaded area Qd to Qs × €260", ["area", "government spending"]),
        ],
        workedSolution:
          "Any four points (up to 2 for the diagram).\n\n**Diagram (described).** Price of wheat (€ per tonne) on the vertical axis, quantity (million tonnes per year) on the horizontal. Downward-sloping D and upward-sloping S cross at €200 and 5.0 million tonnes. A horizontal line at €260 (the price floor) cuts D at 4.4 and S at 6.2; the gap between them is the surplus. The rectangle from 4.4 to 6.2 up to €260 shows the government's spending.\n\n**Explanation.** Because the legal price is above equilibrium, consumers buy less (a contraction of demand, to 4.4 million tonnes) while farmers, attracted by the higher price, produce more (an extension of supply, to 6.2 million tonnes). The market does not clear: there is excess supply of 1.8 million tonnes, which the agency must buy and store, at a cost of €468 million a year.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** consequences of the price floor for stakeholders other than wheat farmers.",
        markscheme: [
          pt("p1", 1, "consumers / bakers: pay a higher price (€260 instead of €200) and buy less; consumer surplus falls", [
            "higher price",
            "consumer surplus",
          ]),
          pt("p2", 1, "explained: flour and bread prices rise, which hits low-income households hardest (food is a large share of their spending)", [
            "bread",
            "low-income",
          ]),
          pt("p3", 1, "government / taxpayers: spends €468 million a year plus storage costs (opportunity cost)", ["468", "opportunity cost", "storage"]),
          pt("p4", 1, "explained: money could have been spent on e.g. health or education; or taxes must rise / borrowing increase", [
            "health",
            "education",
            "taxes",
          ]),
          pt("p5", 1, "society: allocative inefficiency / overallocation of resources to wheat and a welfare loss; surplus may be wasted or dumped abroad", [
            "inefficien",
            "welfare loss",
            "dump",
          ]),
        ],
        workedSolution:
          "Two consequences, each identified (1) and explained (1).\n\n**Consumers and bakers.** The price of wheat rises by 30 %, so bakers' costs rise and flour and bread become dearer; consumers buy less and lose consumer surplus. Because food takes a larger share of poorer households' budgets, the burden is regressive.\n\n**Government and taxpayers.** Buying the 1.8 million-tonne surplus costs €468 million a year, plus storage. This has an opportunity cost — the money could fund schools or hospitals — or it must be raised through taxes or borrowing.\n\n(Also credit: resources are overallocated to wheat, a welfare loss; the surplus may rot or be dumped on world markets, harming farmers in other countries.)",
      },
    ],
  },

  // ───────────── 12 Rent controls ─────────────
  {
    key: "economics-mp-12",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Velmar caps rents

Rents in the city of Velmar have risen by a third in five years as young people move to the city for work. To protect tenants, the city council has imposed a **maximum price** on rents for apartments of €900 a month; the average market rent had reached €1200.

Tenant groups celebrated, but landlords' associations predict that many owners will sell their apartments or let them to tourists for short stays instead. An estate agent said that "people will queue for every apartment that comes up, and the ones who get them will be those with connections." The council's housing office published the following estimates.

| | Before the cap | After the cap (estimate) |
| --- | --- | --- |
| Monthly rent (€) | 1200 | 900 |
| Apartments demanded for rent | 80 000 | 95 000 |
| Apartments supplied for rent | 80 000 | 68 000 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.7",
        term: "maximum price",
        points: ["a price ceiling set by the government, above which the good may not legally be sold", "set below the equilibrium price (to help consumers)"],
        keywords: [
          ["ceiling", "legal", "government"],
          ["below", "equilibrium"],
        ],
        workedSolution:
          "A **maximum price** (price ceiling) is a legal limit set by the government above which a good or service may not be sold; to have an effect it is set below the equilibrium price, usually to make a necessity affordable.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the shortage of rented apartments expected after the cap.",
        numericAnswer: { value: 27000, tolerance: 0, unit: "apartments" },
        markscheme: [pt("p1", 1, "95 000 − 68 000 = 27 000 apartments", ["27000", "27 000"])],
        workedSolution: "Shortage = quantity demanded − quantity supplied at €900 = 95 000 − 68 000 = **27 000 apartments**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.6",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in the number of apartments supplied for rent.",
        numericAnswer: { value: 15, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(80 000 − 68 000) ÷ 80 000 × 100 = 15 %", ["15"])],
        workedSolution: "$$\\frac{80\\,000 - 68\\,000}{80\\,000} \\times 100 = \\frac{12\\,000}{80\\,000} \\times 100 = 15\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.6",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(ii), calculate the price elasticity of supply (PES) of rented apartments in Velmar.",
        numericAnswer: { value: 0.6, tolerance: 0.005, followThrough: { from: ["b(ii)"], value: "b_ii / 25" } },
        markscheme: [
          pt("p1", 1, "percentage change in price = (900 − 1200) ÷ 1200 × 100 = −25 %", ["25"]),
          pt("p2", 1, "PES = 15 ÷ 25 = 0.6 **(FT)** their (b)(ii)", ["0.6"]),
        ],
        workedSolution:
          "$\\%\\Delta P = \\dfrac{900 - 1200}{1200} \\times 100 = -25\\ \\%$.\n\n$$\\text{PES} = \\frac{\\%\\Delta Q_s}{\\%\\Delta P} = \\frac{-15}{-25} = 0.6$$\n\nSupply is price inelastic in this estimate.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain why the maximum price creates a shortage of rented apartments and how the apartments may then be allocated.",
        markscheme: [
          pt("p1", 1, "diagram: axes rent (€ per month) and quantity of apartments; equilibrium at €1200 and 80 000", ["axes", "equilibrium"]),
          pt("p2", 1, "diagram: ceiling at €900 below equilibrium, Qs = 68 000 and Qd = 95 000, shortage shown", ["900", "shortage"]),
          pt("p3", 1, "lower rent: extension of demand (more people want to rent) and contraction of supply (landlords withdraw)", [
            "extension",
            "contraction",
          ]),
          pt("p4", 1, "price can no longer ration: non-price rationing such as queues / waiting lists / connections (favouritism)", [
            "queue",
            "waiting list",
            "non-price",
          ]),
          pt("p5", 1, "possible illegal / parallel market: key money or side payments above €900", ["parallel market", "black market", "key money"]),
        ],
        workedSolution:
          "Any four points (up to 2 for the diagram).\n\n**Diagram (described).** Rent (€ per month) on the vertical axis and the number of apartments on the horizontal. D and S cross at €1200 and 80 000. A horizontal ceiling at €900, below equilibrium, cuts S at 68 000 and D at 95 000; the gap is a shortage (excess demand) of 27 000.\n\n**Explanation.** At the lower legal rent more people want to rent (demand extends) while some landlords sell or switch to short-stay tourist lets (supply contracts). Because the rent cannot rise to clear the market, the apartments must be allocated some other way: queues and waiting lists, or, as the estate agent says, connections. Some tenants may pay illegal extra charges, creating a parallel market.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.6",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why the shortage of rented apartments may become larger in the long run.",
        markscheme: [
          pt("p1", 1, "supply of rented apartments is more price elastic in the long run (PES rises over time)", ["long run", "more elastic"]),
          pt("p2", 1, "over time landlords sell / convert apartments to short-term tourist lets / other uses", ["sell", "tourist", "convert"]),
          pt("p3", 1, "lower expected rents reduce investment in building new rental housing", ["investment", "new"]),
          pt("p4", 1, "landlords cut spending on maintenance, so the quality / stock of housing falls", ["maintenance", "quality"]),
          pt("p5", 1, "demand may also become more elastic / more people move to the city, increasing quantity demanded", ["demand", "move"]),
        ],
        workedSolution:
          "Any three points.\n\nIn the short run the number of apartments is almost fixed, so supply is inelastic (PES = 0.6 here). Over time landlords can respond more fully: they sell apartments to owner-occupiers or convert them to short-stay tourist lets, and developers build fewer new rental flats because the return is lower. Maintenance is cut, so some apartments become unfit to let. Supply becomes more elastic, the quantity supplied falls further, and, with cheap rents drawing more people to the city, the shortage widens.",
      },
    ],
  },

  // ───────────── 13 Income elasticity of demand ─────────────
  {
    key: "economics-mp-13",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Tervania's boom changes how people spend

Two years of strong growth have raised average real incomes in Tervania, and spending patterns are shifting. Restaurants report record bookings, while the national bus company says passenger numbers have fallen as more households buy cars. Bakers report little change in sales of bread. Economists at the national bank used the figures below to estimate the **income elasticity of demand** for several goods.

| | 2023 | 2025 |
| --- | --- | --- |
| Average real income per person (€ per year) | 18 000 | 19 080 |
| Restaurant meals (million per year) | 40.0 | 43.6 |
| Bus journeys (million per year) | 250.0 | 242.5 |
| Bread (million loaves per year) | 50.0 | 50.6 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.5",
        term: "income elasticity of demand",
        points: [
          "a measure of the responsiveness of demand for a good to a change in income",
          "the percentage change in quantity demanded divided by the percentage change in income",
        ],
        keywords: [
          ["responsive", "income"],
          ["percentage change in quantity", "divided by"],
        ],
        workedSolution:
          "**Income elasticity of demand** (YED) measures how responsive the demand for a good is to a change in consumers' income: YED = % change in quantity demanded ÷ % change in income.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage change in average real income per person from 2023 to 2025.",
        numericAnswer: { value: 6, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(19 080 − 18 000) ÷ 18 000 × 100 = 6 %", ["6"])],
        workedSolution: "$$\\frac{19\\,080 - 18\\,000}{18\\,000} \\times 100 = \\frac{1080}{18\\,000} \\times 100 = 6\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the YED for restaurant meals.",
        numericAnswer: { value: 1.5, tolerance: 0.005, followThrough: { from: ["b(i)"], value: "((43.6 - 40) / 40 * 100) / b_i" } },
        markscheme: [
          pt("p1", 1, "% change in quantity = (43.6 − 40.0) ÷ 40.0 × 100 = 9 %", ["9"]),
          pt("p2", 1, "YED = 9 ÷ 6 = 1.5 **(FT)** their (b)(i)", ["1.5"]),
        ],
        workedSolution: "$\\%\\Delta Q = \\dfrac{43.6 - 40.0}{40.0} \\times 100 = 9\\ \\%$, so $\\text{YED} = \\dfrac{9}{6} = 1.5$.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the YED for bus journeys.",
        numericAnswer: { value: -0.5, tolerance: 0.005, followThrough: { from: ["b(i)"], value: "((242.5 - 250) / 250 * 100) / b_i" } },
        markscheme: [pt("p1", 1, "(242.5 − 250.0) ÷ 250.0 × 100 = −3 %; YED = −3 ÷ 6 = −0.5 **(FT)** their (b)(i)", ["-0.5", "−0.5"])],
        workedSolution: "$\\%\\Delta Q = \\dfrac{242.5 - 250.0}{250.0} \\times 100 = -3\\ \\%$, so $\\text{YED} = \\dfrac{-3}{6} = -0.5$.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.5",
        difficulty: 2,
        marks: 3,
        commandTerm: "Explain",
        stem: "Using the data, explain what the values of YED indicate about restaurant meals, bus journeys and bread.",
        markscheme: [
          pt("p1", 1, "restaurant meals: YED = 1.5 > 1, a normal good that is income elastic (a luxury): demand rises more than proportionately with income", [
            "luxury",
            "income elastic",
          ]),
          pt("p2", 1, "bus journeys: YED = −0.5 < 0, an inferior good: demand falls as income rises (people switch to cars)", ["inferior", "negative", "cars"]),
          pt("p3", 1, "bread: YED = 1.2 ÷ 6 = 0.2, between 0 and 1, a normal good that is income inelastic (a necessity)", ["necessity", "0.2", "inelastic"]),
        ],
        workedSolution:
          "**Restaurant meals** (YED = 1.5): positive and greater than 1, so a normal, income-elastic good (a luxury); demand grew faster than income.\n\n**Bus journeys** (YED = −0.5): negative, so an inferior good; as incomes rise households buy cars and use buses less.\n\n**Bread** (YED = 1.2 % ÷ 6 % = 0.2): positive but less than 1, a normal, income-inelastic good (a necessity); sales hardly change with income.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain the effect of the rise in incomes on the market for bus journeys in Tervania.",
        markscheme: [
          pt("p1", 1, "diagram: axes price (fare) and quantity of bus journeys; original D and S with equilibrium", ["axes", "equilibrium"]),
          pt("p2", 1, "diagram: demand shifts left (D₁ to D₂), lower equilibrium price and quantity", ["shift left", "decrease in demand"]),
          pt("p3", 1, "buses are an inferior good (negative YED), so higher income reduces demand at every fare", ["inferior", "every price"]),
          pt("p4", 1, "excess supply at the original fare pushes the fare down / fewer journeys; (in practice the fall in quantity, 250 to 242.5 million)", [
            "excess supply",
            "242.5",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Fare on the vertical axis, bus journeys (million per year) on the horizontal. Demand D₁ and supply S cross at P₁, Q₁. Demand shifts left to D₂; the new equilibrium is at a lower fare P₂ and fewer journeys Q₂.\n\n**Explanation.** Bus journeys are an inferior good (YED = −0.5): as real incomes rise, households switch to cars, so fewer journeys are demanded at every fare. At the old fare there is now excess supply, which puts downward pressure on the fare until the market clears at a lower price and quantity. Journeys fell from 250 to 242.5 million a year; if the bus company keeps fares fixed, the whole effect shows up as fewer passengers.",
      },
    ],
  },

  // ───────────── 14 Carbon tax on power stations ─────────────
  {
    key: "economics-mp-14",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Ostria's carbon tax: two years on

Two years ago Ostria began charging its power stations a tax of €30 for every tonne of carbon dioxide they emit. The government argued that burning coal and gas imposes a **negative externality of production** — climate change and air pollution — that power companies did not pay for.

Since then, several coal-fired stations have closed and investment in wind and solar farms has risen sharply. Electricity prices have gone up, however, and a consumer group says the tax hits poorer households hardest. Industry leaders say that €30 a tonne is still far below the true damage done by emissions.

| | 2023 (before the tax) | 2025 |
| --- | --- | --- |
| CO₂ emissions from power stations (million tonnes) | 42.0 | 35.7 |
| Share of electricity generated from coal (%) | 38 | 29 |
| Average household electricity price (€ per MWh) | 80 | 86 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.8",
        term: "negative externality of production",
        points: [
          "a cost of producing a good that falls on third parties (not the producer or its customers)",
          "so marginal social cost is greater than marginal private cost",
        ],
        keywords: [
          ["third parties", "external cost"],
          ["MSC", "marginal social cost", "greater than"],
        ],
        workedSolution:
          "A **negative externality of production** is a cost created by the production of a good that is borne by third parties who are not involved in the transaction, so the marginal social cost (MSC) of production exceeds the marginal private cost (MPC).",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in CO₂ emissions from power stations between 2023 and 2025.",
        numericAnswer: { value: 15, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(42.0 − 35.7) ÷ 42.0 × 100 = 15 %", ["15"])],
        workedSolution: "$$\\frac{42.0 - 35.7}{42.0} \\times 100 = \\frac{6.3}{42.0} \\times 100 = 15\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the government's revenue from the carbon tax in 2025, in € million.",
        numericAnswer: { value: 1071, tolerance: 0.5, unit: "€ million" },
        markscheme: [pt("p1", 1, "30 × 35.7 million = €1071 million", ["1071"])],
        workedSolution: "Revenue = tax per tonne × tonnes emitted = €30 × 35.7 million = **€1071 million** (about €1.07 billion).",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the average household electricity price between 2023 and 2025.",
        numericAnswer: { value: 7.5, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(86 − 80) ÷ 80 × 100 = 7.5 %", ["7.5"])],
        workedSolution: "$$\\frac{86 - 80}{80} \\times 100 = 7.5\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a negative externality diagram, explain how the carbon tax could reduce the welfare loss in the market for electricity.",
        markscheme: [
          pt("p1", 1, "diagram: axes price and quantity of electricity; D = MPB = MSB, S = MPC, and MSC above MPC", ["MSC", "MPC", "MPB"]),
          pt("p2", 1, "diagram: market output Qm (MPC = MSB) greater than the social optimum Qopt (MSC = MSB); welfare loss triangle shown", [
            "Qopt",
            "welfare loss",
            "triangle",
          ]),
          pt("p3", 1, "tax raises firms' costs, shifting MPC (supply) upwards towards MSC / internalises the externality", ["internalis", "shift", "upward"]),
          pt("p4", 1, "output falls towards the social optimum and the price rises, so the welfare loss shrinks (removed if tax = external cost)", [
            "social optimum",
            "shrink",
            "reduce",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Price on the vertical axis and quantity of electricity on the horizontal. Demand is MPB = MSB. Supply is MPC; MSC lies above it, the vertical gap being the external cost of emissions. The free market produces Qm where MPC = MSB, more than the socially optimal Qopt where MSC = MSB; the triangle between MSC and MSB from Qopt to Qm is the welfare loss. The tax shifts MPC up to MPC + tax.\n\n**Explanation.** Without the tax, generators ignore the external cost of their emissions, so electricity is overproduced and resources are overallocated to it. The €30 per tonne tax makes them pay part of that cost: MPC shifts up towards MSC, the price rises (here by 7.5 %) and output falls towards Qopt, shrinking the welfare loss. If the tax equalled the marginal external cost, the externality would be fully internalised and the welfare loss removed.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** reasons why the carbon tax may not bring the market for electricity to the socially optimal level of output.",
        markscheme: [
          pt("p1", 1, "the external cost is hard to measure / value, so the tax may be set at the wrong level", ["measure", "value", "wrong level"]),
          pt("p2", 1, "explained: industry says €30 is far below the true damage, so output stays above the optimum", ["30", "below", "true damage"]),
          pt("p3", 1, "demand for electricity is price inelastic, so a tax reduces quantity (and emissions) only a little", ["inelastic"]),
          pt("p4", 1, "explained: firms pass the tax on to consumers (price up 7.5 %) rather than cut emissions", ["pass on", "7.5"]),
          pt("p5", 1, "political pressure / equity concerns (poorer households) may keep the tax low or lead to exemptions", [
            "political",
            "poorer",
            "exemption",
          ]),
        ],
        workedSolution:
          "Two reasons, each identified (1) and explained (1).\n\n**Valuing the externality.** To reach the optimum the tax must equal the marginal external cost, but the damage from climate change and air pollution is very hard to put a price on. If, as industry leaders say, €30 a tonne is well below the true damage, MPC + tax stays below MSC and output remains above the optimum.\n\n**Inelastic demand.** Electricity has few substitutes, so generators can pass much of the tax on in higher prices (7.5 % here) with little fall in the quantity bought; emissions fall mainly through switching fuels, which takes time.\n\n(Also credit: concern about the regressive effect on poorer households may keep the tax low or create exemptions; firms may relocate production abroad.)",
      },
    ],
  },

  // ───────────── 15 Unemployment ─────────────
  {
    key: "economics-mp-15",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Kelmar's jobless rate climbs as the economy slows

Kelmar's economy has slowed sharply this year. Higher interest rates and falling consumer confidence have cut household spending, and construction and retail firms have begun to lay off workers. At the same time, the closure of the country's last shipyards has left thousands of skilled workers in coastal towns with no local jobs that match their skills — a clear case of **structural unemployment**, according to one labour economist.

The statistics office published the following labour market figures for the third quarter.

| Labour market, third quarter | Million people |
| --- | --- |
| Population of working age | 30.0 |
| Labour force | 19.5 |
| Employed | 18.33 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.3",
        term: "structural unemployment",
        points: [
          "unemployment caused by a mismatch between the skills (or location) of workers and the jobs available",
          "resulting from long-term changes in the structure of the economy / demand for certain industries' products",
        ],
        keywords: [
          ["mismatch", "skills", "location"],
          ["long-term", "structure", "decline"],
        ],
        workedSolution:
          "**Structural unemployment** is unemployment that results from a mismatch between the skills or location of workers and the jobs available, caused by long-term changes in the economy such as the decline of an industry (here shipbuilding) or new technology.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the number of people unemployed in Kelmar in the third quarter, in millions.",
        numericAnswer: { value: 1.17, tolerance: 0.005, unit: "million" },
        markscheme: [pt("p1", 1, "19.5 − 18.33 = 1.17 million", ["1.17"])],
        workedSolution: "The labour force is the employed plus the unemployed, so unemployed = 19.5 − 18.33 = **1.17 million**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate Kelmar's unemployment rate.",
        numericAnswer: { value: 6, tolerance: 0.05, unit: "%", followThrough: { from: ["b(i)"], value: "b_i / 19.5 * 100" } },
        markscheme: [
          pt("p1", 1, "unemployed ÷ labour force × 100 (not ÷ working-age population)", ["labour force"]),
          pt("p2", 1, "1.17 ÷ 19.5 × 100 = 6 % **(FT)** their (b)(i)", ["6"]),
        ],
        workedSolution:
          "$$\\text{unemployment rate} = \\frac{\\text{unemployed}}{\\text{labour force}} \\times 100 = \\frac{1.17}{19.5} \\times 100 = 6.0\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate Kelmar's labour force participation rate.",
        numericAnswer: { value: 65, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "19.5 ÷ 30.0 × 100 = 65 %", ["65"])],
        workedSolution: "Participation rate = labour force ÷ working-age population × 100 = $\\dfrac{19.5}{30.0} \\times 100 = 65\\ \\%$.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how the fall in household spending could cause cyclical unemployment in Kelmar.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD, SRAS (and LRAS) with initial equilibrium", ["price level", "real GDP", "AD"]),
          pt("p2", 1, "diagram: AD shifts left, real GDP falls below potential / recessionary (deflationary) gap shown", [
            "shift left",
            "recessionary gap",
            "deflationary gap",
          ]),
          pt("p3", 1, "consumption is a component of AD, so lower consumption (from higher interest rates / lower confidence) reduces AD", [
            "consumption",
            "component",
          ]),
          pt(
            "p4",
            1,
            "lower output means firms need fewer workers (derived demand for labour), so they lay off workers: cyclical / demand-deficient unemployment",
            ["derived demand", "demand-deficient", "lay off"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD₁ crosses SRAS at full-employment output Yf (on LRAS). AD shifts left to AD₂; the new equilibrium has lower real GDP Y₂ and a lower price level, leaving a recessionary gap between Y₂ and Yf.\n\n**Explanation.** Consumption is the largest component of AD. Higher interest rates raise the cost of borrowing and falling confidence makes households save more, so consumption and AD fall. Firms sell less and cut output; since labour is a derived demand, they need fewer workers and lay some off, as construction and retail firms have. This is cyclical (demand-deficient) unemployment, which should fall again when AD recovers.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.3",
        difficulty: 2,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** consequences of the structural unemployment in Kelmar's coastal towns.",
        markscheme: [
          pt("p1", 1, "loss of income / lower living standards for the unemployed and their families; higher risk of poverty", ["income", "poverty"]),
          pt("p2", 1, "social costs: stress, ill health, crime, family breakdown concentrated in the coastal towns", ["social", "health", "crime"]),
          pt("p3", 1, "economy loses output: operating inside the PPC / lower real GDP than possible", ["lost output", "inside the PPC"]),
          pt("p4", 1, "government: lower tax revenue and higher spending on unemployment benefits (opportunity cost)", ["tax revenue", "benefits"]),
          pt("p5", 1, "long-term unemployment: skills become outdated / hysteresis, making re-employment harder; local shops lose custom (multiplier)", [
            "hysteresis",
            "skills",
            "local",
          ]),
        ],
        workedSolution:
          "Two consequences, each identified (1) and explained (1).\n\n**For workers and their towns.** Former shipyard workers lose their income; because their skills do not match local jobs, many may stay unemployed for a long time, raising poverty and social problems (stress, ill health, crime) concentrated in the coastal towns, where local shops also lose customers.\n\n**For the economy and government.** The economy produces less than it could (inside its PPC). Tax revenue falls while spending on unemployment benefits rises, leaving less for other spending. The longer workers are out of work, the more their skills decay, so structural unemployment can become persistent unless there is retraining or help to move.",
      },
    ],
  },

  // ───────────── 16 Supermarket merger and market power (HL) ─────────────
  {
    key: "economics-mp-16",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `### Grocery giants plan to merge

Delmark's third- and fourth-largest supermarket chains, FreshCo and ValuMart, have announced plans to merge. The companies say that the merger will allow economies of scale in buying and distribution, savings they promise to pass on to shoppers.

The competition authority has opened an investigation. Delmark's grocery market is already an **oligopoly**, and consumer groups fear that the merged firm would face even less competition, especially in small towns where FreshCo and ValuMart are often the only two stores. Farmers' groups add that the large chains already have great power over the prices they pay suppliers.

Total grocery sales in Delmark are €42 billion a year.

| Supermarket chain | Market share (% of sales) |
| --- | --- |
| Marden | 28 |
| Okto | 21 |
| FreshCo | 17 |
| ValuMart | 12 |
| Corner | 6 |
| All others | 16 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.11",
        term: "oligopoly",
        points: [
          "a market dominated by a few large firms (high concentration ratio)",
          "that are interdependent: each firm's decisions depend on how rivals react / high barriers to entry",
        ],
        keywords: [
          ["few large firms", "dominated", "concentration"],
          ["interdependen", "rivals", "barriers"],
        ],
        workedSolution:
          "An **oligopoly** is a market structure dominated by a few large firms, with high barriers to entry, in which firms are interdependent: each must take account of its rivals' likely reactions when it sets prices or output.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.11",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the four-firm concentration ratio of Delmark's grocery market before the merger.",
        numericAnswer: { value: 78, tolerance: 0, unit: "%" },
        markscheme: [pt("p1", 1, "28 + 21 + 17 + 12 = 78 %", ["78"])],
        workedSolution: "The four largest firms are Marden, Okto, FreshCo and ValuMart: 28 + 21 + 17 + 12 = **78 %**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.11",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the four-firm concentration ratio after the merger, assuming the market shares do not change.",
        numericAnswer: { value: 84, tolerance: 0, unit: "%" },
        markscheme: [
          pt("p1", 1, "merged firm has 17 + 12 = 29 %; the four largest are now the merged firm, Marden, Okto and Corner", ["29", "Corner"]),
          pt("p2", 1, "29 + 28 + 21 + 6 = 84 %", ["84"]),
        ],
        workedSolution:
          "The merged firm has 17 + 12 = 29 % and becomes the largest. The four largest firms are then the merged firm (29), Marden (28), Okto (21) and Corner (6): 29 + 28 + 21 + 6 = **84 %**.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.11",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the annual sales of the merged firm, in € billion.",
        numericAnswer: { value: 12.18, tolerance: 0.005, unit: "€ billion" },
        markscheme: [pt("p1", 1, "29 % × €42 billion = €12.18 billion", ["12.18", "12.2"])],
        workedSolution: "$0.29 \\times €42\\ \\text{billion} = €12.18\\ \\text{billion}$ a year.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.11",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a diagram, explain how a firm with significant market power may earn abnormal profit in the long run.",
        markscheme: [
          pt("p1", 1, "diagram: axes price/costs/revenue and quantity; downward-sloping D = AR with MR below it; MC and AC curves", ["AR", "MR", "MC", "AC"]),
          pt("p2", 1, "diagram: profit-maximising output where MC = MR, price read from AR above AC; abnormal profit area shaded", [
            "MC = MR",
            "abnormal profit",
            "shaded",
          ]),
          pt("p3", 1, "the firm is a price maker: it restricts output to raise price above average cost", ["price maker", "restrict"]),
          pt(
            "p4",
            1,
            "barriers to entry (economies of scale, brand loyalty, control of sites) stop new firms entering, so abnormal profit persists in the long run",
            ["barriers to entry", "long run"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Price, costs and revenue on the vertical axis, quantity on the horizontal. A downward-sloping demand curve (D = AR) with MR below it and twice as steep; a U-shaped AC curve and an MC curve cutting AC at its minimum. Output Q* is where MC = MR; the price P* is read from AR above Q*. Since P* is above AC at Q*, the rectangle between P* and AC, up to Q*, is abnormal profit.\n\n**Explanation.** A firm with market power faces the downward-sloping market (or a large share of) demand, so it is a price maker: it maximises profit by producing where MC = MR and charging the highest price consumers will pay for that output, above average cost. In a competitive market abnormal profit would attract entry until it disappeared, but high barriers to entry — economies of scale, brand loyalty, control of store sites — keep rivals out, so the profit persists in the long run.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.11",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** reasons why the competition authority might decide to block the merger.",
        markscheme: [
          pt("p1", 1, "higher concentration (78 % to 84 %) reduces competition, so the merged firm may raise prices / reduce choice for consumers", [
            "higher prices",
            "84",
            "choice",
          ]),
          pt("p2", 1, "explained: in small towns the merger creates a local monopoly, as FreshCo and ValuMart are often the only stores", [
            "small towns",
            "local monopoly",
          ]),
          pt("p3", 1, "monopsony power: greater power to push down the prices paid to farmers / suppliers", ["monopsony", "farmers", "suppliers"]),
          pt("p4", 1, "explained: lower supplier incomes; lack of competition reduces incentive to be efficient / innovate (X-inefficiency)", [
            "inefficien",
            "innovate",
          ]),
          pt("p5", 1, "allocative inefficiency: price above MC, output restricted, welfare loss", ["allocative", "welfare loss", "P > MC"]),
        ],
        workedSolution:
          "Two reasons, each identified (1) and explained (1).\n\n**Less competition for shoppers.** The four-firm concentration ratio would rise from 78 % to 84 %, and in small towns where FreshCo and ValuMart are the only stores the merger creates a local monopoly. With fewer rivals, the merged firm could raise prices above marginal cost, restrict output and reduce choice — allocative inefficiency and a loss of consumer surplus. The promised savings from economies of scale need not be passed on.\n\n**Greater buying power.** With 29 % of grocery sales, the merged firm would have more monopsony power over farmers and other suppliers, allowing it to push down the prices it pays and reduce their incomes; and with less competitive pressure it has less incentive to be efficient or innovate.",
      },
    ],
  },

  // ───────────── 17 Weighted consumer price index (HL) ─────────────
  {
    key: "economics-mp-17",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `### Rents push up Coravia's cost of living

Coravia's statistics office measures inflation with a **consumer price index** (CPI) based on a basket of goods and services bought by a typical household. The weights in the basket show the share of household spending on each category. Over the past year, rents and mortgage costs rose sharply, while fuel prices fell after a drop in world oil prices.

Trade unions note that average nominal wages rose by only 2.1 % over the same year and say that the CPI understates the rise in living costs for young renters, who spend far more than the typical household on housing.

| Category | Weight | Price index at end of year (start of year = 100) |
| --- | --- | --- |
| Food | 30 | 108 |
| Housing | 35 | 104 |
| Transport | 20 | 96 |
| Other goods and services | 15 | 102 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.3",
        term: "consumer price index",
        points: [
          "an index of the average price of a (weighted) basket of goods and services bought by a typical household",
          "compared with a base year (= 100), used to measure inflation",
        ],
        keywords: [
          ["basket", "typical household", "weighted"],
          ["base year", "100", "inflation"],
        ],
        workedSolution:
          "A **consumer price index** measures the average price of a basket of goods and services bought by a typical household, weighted by the share of spending on each, relative to a base period set at 100; its percentage change measures inflation.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.3H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the weighted price index for the basket at the end of the year.",
        numericAnswer: { value: 103.3, tolerance: 0.05 },
        markscheme: [
          pt("p1", 1, "weights × indices: 30 × 108 + 35 × 104 + 20 × 96 + 15 × 102 = 3240 + 3640 + 1920 + 1530 = 10 330", ["10330", "10 330"]),
          pt("p2", 1, "÷ 100 (sum of weights) = 103.3", ["103.3"]),
        ],
        workedSolution:
          "$$\\text{CPI} = \\frac{30(108) + 35(104) + 20(96) + 15(102)}{30 + 35 + 20 + 15} = \\frac{3240 + 3640 + 1920 + 1530}{100} = \\frac{10\\,330}{100} = 103.3$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.3H",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), state the rate of inflation over the year.",
        numericAnswer: { value: 3.3, tolerance: 0.05, unit: "%", followThrough: { from: ["b(i)"], value: "b_i - 100" } },
        markscheme: [pt("p1", 1, "103.3 − 100 = 3.3 % **(FT)** their (b)(i)", ["3.3"])],
        workedSolution: "The index started the year at 100, so inflation $= \\dfrac{103.3 - 100}{100} \\times 100 = 3.3\\ \\%$.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.3H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(ii), estimate the percentage change in average real wages over the year (real wage growth ≈ nominal wage growth − inflation).",
        numericAnswer: { value: -1.2, tolerance: 0.05, unit: "%", followThrough: { from: ["b(ii)"], value: "2.1 - b_ii" } },
        markscheme: [pt("p1", 1, "2.1 − 3.3 = −1.2 % (real wages fell) **(FT)** their (b)(ii)", ["-1.2", "−1.2", "fell"])],
        workedSolution: "Real wage growth ≈ 2.1 % − 3.3 % = **−1.2 %**: prices rose faster than wages, so the average worker's purchasing power fell.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why the CPI may not accurately measure the change in the cost of living for young renters in Coravia.",
        markscheme: [
          pt("p1", 1, "the CPI weights reflect a typical household's spending, not that of every group", ["typical household", "weights"]),
          pt("p2", 1, "young renters spend a larger share on housing, whose prices rose (104) more than the average / fuel, which fell, matters less to them", [
            "housing",
            "larger share",
          ]),
          pt("p3", 1, "so their personal inflation rate is higher than 3.3 % (if housing weight is higher)", ["higher", "personal inflation"]),
          pt("p4", 1, "other limitations: substitution between goods, quality changes, new products not in the basket, weights updated only periodically", [
            "substitution",
            "quality",
            "new products",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nThe CPI weights describe the spending of a *typical* household; other groups buy different baskets. Young renters spend much more than 35 % of their budget on housing, where prices rose sharply, and little on fuel, whose fall pulls the average down, so their personal inflation rate is above the measured 3.3 %. In addition, a fixed basket ignores consumers' switching to cheaper substitutes, changes in quality and new products, and its weights are only revised periodically.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how the fall in world oil prices could reduce the rate of inflation in Coravia.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD and SRAS with initial equilibrium", ["price level", "real GDP", "SRAS"]),
          pt("p2", 1, "diagram: SRAS shifts right (down), lower price level (and higher real GDP)", ["SRAS shifts right", "lower price level"]),
          pt("p3", 1, "oil is a raw material / energy input for many firms, so lower oil prices reduce costs of production", ["costs of production", "input"]),
          pt("p4", 1, "lower transport / fuel prices feed directly into the CPI (transport index 96) and reduce cost-push pressure", [
            "transport",
            "96",
            "cost-push",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD crosses SRAS₁ at P₁, Y₁. SRAS shifts right to SRAS₂; the new equilibrium is at a lower price level P₂ (compared with what it would otherwise be) and higher real GDP Y₂.\n\n**Explanation.** Oil is an input into transport, energy and many manufactured goods, so a fall in its price lowers firms' costs of production at every level of output: SRAS shifts to the right. The price level is lower than it would have been, so the inflation rate falls. Fuel prices also enter the CPI directly — the transport index fell to 96 — which partly offset the rise in housing and food costs.",
      },
    ],
  },

  // ───────────── 18 Currency appreciation ─────────────
  {
    key: "economics-mp-18",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### The kora soars

Estavia's currency, the kora (K), has had its strongest year on record. At the start of the year €1 bought 4.00 kora; by December it bought only 3.20 kora. Economists give two reasons: the central bank raised interest rates twice to fight inflation, and foreign mining companies have poured investment into Estavia's new lithium mines.

The **appreciation** has been welcomed by households, who find imported cars and electronics cheaper, but exporters are alarmed. The Estavian Cheesemakers' Association says its members, who sell a kilogram of cheese for K 24 and export much of their output to the eurozone, are losing orders to French and Dutch rivals.`,
    parts: [
      define({
        label: "a",
        topicCode: "4.5",
        term: "appreciation",
        points: [
          "an increase in the value of a currency in terms of another currency",
          "in a floating exchange rate system, caused by market forces (demand and supply of the currency)",
        ],
        keywords: [
          ["increase in the value", "in terms of another currency"],
          ["floating", "market forces", "demand and supply"],
        ],
        workedSolution:
          "An **appreciation** is an increase in the value of a currency in terms of another currency in a floating exchange rate system, brought about by changes in the demand for or supply of the currency.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the value of the kora against the euro during the year.",
        numericAnswer: { value: 25, tolerance: 0.05, unit: "%" },
        markscheme: [
          pt("p1", 1, "value of K 1 in euros: 1 ÷ 4.00 = €0.25 before and 1 ÷ 3.20 = €0.3125 after", ["0.25", "0.3125"]),
          pt("p2", 1, "(0.3125 − 0.25) ÷ 0.25 × 100 = 25 %", ["25"]),
        ],
        workedSolution:
          "The value of one kora in euros rose from $\\dfrac{1}{4.00} = €0.25$ to $\\dfrac{1}{3.20} = €0.3125$.\n\n$$\\frac{0.3125 - 0.25}{0.25} \\times 100 = 25\\ \\%$$\n\n(A common error is to use $(4.00 - 3.20) \\div 4.00 = 20\\ \\%$, which is the fall in the value of the euro against the kora.)",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.5",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the price in euros of a kilogram of Estavian cheese at the December exchange rate.",
        numericAnswer: { value: 7.5, tolerance: 0.005, unit: "€" },
        markscheme: [pt("p1", 1, "K 24 ÷ 3.20 = €7.50 (up from €6.00)", ["7.5"])],
        workedSolution: "$\\dfrac{K\\,24}{3.20\\ \\text{K per €}} = €7.50$ per kilogram, compared with $24 \\div 4.00 = €6.00$ at the start of the year.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "4.5",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "A car made in the eurozone is priced at €30 000. Calculate the fall in its price in kora over the year.",
        numericAnswer: { value: 24000, tolerance: 0, unit: "K" },
        markscheme: [pt("p1", 1, "30 000 × 4.00 − 30 000 × 3.20 = K 120 000 − K 96 000 = K 24 000", ["24000", "24 000"])],
        workedSolution: "Before: €30 000 × 4.00 = K 120 000. After: €30 000 × 3.20 = K 96 000. The price falls by **K 24 000**.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "4.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a foreign exchange market diagram, explain how the higher interest rates and the investment in lithium mines caused the kora to appreciate.",
        markscheme: [
          pt("p1", 1, "diagram: axes price of kora (€ per K) and quantity of kora; D and S of kora", ["€ per K", "quantity of kora"]),
          pt("p2", 1, "diagram: demand for kora shifts right, raising the exchange rate from €0.25 to €0.3125 per K", [
            "demand shifts right",
            "0.25",
            "0.3125",
          ]),
          pt("p3", 1, "higher interest rates attract financial (hot money) inflows: foreigners buy kora to save in Estavian banks / assets", [
            "hot money",
            "interest rates",
            "inflow",
          ]),
          pt("p4", 1, "foreign direct investment in the mines: foreign firms must buy kora to pay for the investment", [
            "FDI",
            "foreign direct investment",
            "buy kora",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** The price of the kora in euros (€ per K) on the vertical axis and the quantity of kora on the horizontal. Downward-sloping demand for kora and upward-sloping supply cross at €0.25. Demand shifts right from D₁ to D₂; the new equilibrium exchange rate is €0.3125, with more kora traded.\n\n**Explanation.** Higher Estavian interest rates raise the return on deposits and bonds there, so foreign savers buy kora to invest in Estavian financial assets (hot money flows). Foreign mining companies investing in the lithium mines must also buy kora to pay Estavian builders and workers (FDI). Both raise the demand for kora, so in a floating system its value rises.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** consequences of the appreciation for the Estavian economy.",
        markscheme: [
          pt("p1", 1, "exports become more expensive in foreign currency (cheese from €6.00 to €7.50), so export volumes fall", [
            "exports",
            "more expensive",
            "7.5",
          ]),
          pt("p2", 1, "explained: lower net exports reduce AD, output and employment in export industries (cheesemakers losing orders)", [
            "AD",
            "employment",
            "net exports",
          ]),
          pt("p3", 1, "imports become cheaper (car down K 24 000), benefiting consumers / firms that import raw materials", ["imports", "cheaper", "24 000"]),
          pt("p4", 1, "explained: lower import prices reduce inflation (imported inflation / costs fall)", ["inflation"]),
          pt("p5", 1, "current account: deficit may widen / surplus shrink as exports fall and imports rise", ["current account"]),
        ],
        workedSolution:
          "Two consequences, each identified (1) and explained (1).\n\n**Exporters lose competitiveness.** A kilogram of cheese that cost eurozone buyers €6.00 now costs €7.50, so orders go to French and Dutch rivals. Lower export revenue reduces net exports and so AD, threatening output and jobs in export industries, and the current account worsens as imports rise too.\n\n**Cheaper imports and lower inflation.** A €30 000 car now costs K 96 000 instead of K 120 000, so households gain purchasing power and firms that import raw materials or machinery face lower costs. Cheaper imports lower the price level, helping the central bank to bring inflation down.",
      },
    ],
  },

  // ───────────── 19 Import quota on garlic ─────────────
  {
    key: "economics-mp-19",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Garlic growers win protection

After complaints from garlic farmers that cheap imports were driving them out of business, the government of Lorvia has imposed an import **quota** limiting garlic imports to 25 000 tonnes a year. Before the quota, Lorvia imported 60 000 tonnes a year at the world price of €2.00 per kilogram.

With fewer imports, the domestic price of garlic has risen to €2.80 per kilogram, and domestic production has expanded. Restaurants and food processors complain about higher costs, and the main exporting country has threatened to retaliate against Lorvian exports.

| | Before the quota | With the quota |
| --- | --- | --- |
| Domestic price (€ per kg) | 2.00 | 2.80 |
| Domestic production (thousand tonnes) | 40 | 58 |
| Imports (thousand tonnes) | 60 | 25 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.2",
        term: "quota",
        points: ["a limit set by the government", "on the quantity (or value) of a good that may be imported (over a period of time)"],
        keywords: [
          ["limit", "government"],
          ["quantity", "imported"],
        ],
        workedSolution:
          "A **quota** is a government-imposed limit on the quantity (or value) of a good that may be imported into a country over a given period.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in the quantity of garlic consumed in Lorvia after the quota was imposed.",
        numericAnswer: { value: 17, tolerance: 0.05, unit: "%" },
        markscheme: [
          pt("p1", 1, "consumption = production + imports: 40 + 60 = 100 thousand tonnes before and 58 + 25 = 83 thousand tonnes after", ["100", "83"]),
          pt("p2", 1, "(100 − 83) ÷ 100 × 100 = 17 %", ["17"]),
        ],
        workedSolution:
          "Consumption before = 40 + 60 = 100 thousand tonnes; with the quota = 58 + 25 = 83 thousand tonnes.\n\n$$\\frac{100 - 83}{100} \\times 100 = 17\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the change in the revenue of Lorvian garlic producers, in € million.",
        numericAnswer: { value: 82.4, tolerance: 0.05, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "before: €2.00 × 40 000 000 kg = €80 million; after: €2.80 × 58 000 000 kg = €162.4 million", ["80", "162.4"]),
          pt("p2", 1, "increase of €82.4 million", ["82.4"]),
        ],
        workedSolution:
          "1 thousand tonnes = 1 million kg.\n\n- Before: €2.00 × 40 million kg = €80 million.\n- With the quota: €2.80 × 58 million kg = €162.4 million.\n\nProducers' revenue rises by **€82.4 million**.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "4.2",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a diagram, explain the effect of the quota on the market for garlic in Lorvia.",
        markscheme: [
          pt("p1", 1, "diagram: domestic D and S, world price €2.00 below domestic equilibrium; imports = gap between Qs and Qd at world price", [
            "world price",
            "imports",
            "Pw",
          ]),
          pt("p2", 1, "diagram: supply curve S + quota (domestic supply shifted right by the quota at prices above Pw); new price €2.80 where it meets D", [
            "S + quota",
            "2.80",
          ]),
          pt("p3", 1, "domestic price rises, so domestic production increases (40 to 58) and consumption falls (100 to 83)", [
            "production increases",
            "consumption falls",
          ]),
          pt(
            "p4",
            1,
            "importers / foreign exporters holding licences gain quota rent; consumers lose; welfare loss (inefficient domestic production and lost consumption)",
            ["quota rent", "welfare loss"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Price on the vertical axis, quantity of garlic on the horizontal. Domestic demand D and domestic supply S; the world price Pw = €2.00 lies below the domestic equilibrium, so at Pw domestic firms supply 40 and consumers buy 100 (thousand tonnes), with 60 imported. With the quota, total supply above Pw is S + quota (S shifted right by 25); it cuts D at €2.80, where domestic producers supply 58 and consumers buy 83.\n\n**Explanation.** Limiting imports reduces the supply available in Lorvia, so the price rises above the world price. Domestic producers expand output and gain producer surplus, while consumers pay more and buy less. The holders of import licences buy at €2.00 and sell at €2.80, earning quota rent (€0.80 × 25 million kg). There is a welfare loss: higher-cost domestic production replaces cheaper imports, and some consumption is lost.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** arguments against Lorvia's use of the quota.",
        markscheme: [
          pt("p1", 1, "consumers and firms that use garlic (restaurants, food processors) pay higher prices (€2.00 to €2.80) and buy less", [
            "higher prices",
            "restaurants",
          ]),
          pt("p2", 1, "explained: lower consumer surplus / higher costs for food firms; regressive effect on low-income households", [
            "consumer surplus",
            "costs",
          ]),
          pt("p3", 1, "risk of retaliation: the exporting country may restrict Lorvian exports, harming Lorvian export industries and jobs", [
            "retaliat",
            "exports",
          ]),
          pt(
            "p4",
            1,
            "misallocation of resources: inefficient domestic producers are protected instead of resources moving to areas of comparative advantage",
            ["comparative advantage", "inefficien", "misallocation"],
          ),
          pt("p5", 1, "no tariff revenue for the government: the quota rent goes to licence holders (possibly foreign)", ["no revenue", "quota rent"]),
        ],
        workedSolution:
          "Two arguments, each identified (1) and explained (1).\n\n**Higher prices for consumers and users.** The price rises by 40 %, from €2.00 to €2.80, so households and food businesses pay more for less; restaurants and processors face higher costs, which may reduce their competitiveness.\n\n**Retaliation and inefficiency.** The exporting country has threatened to restrict Lorvian exports, which would cost jobs in Lorvia's more efficient export industries. Protection also keeps resources in relatively inefficient garlic farming instead of areas where Lorvia has a comparative advantage; and, unlike a tariff, the quota raises no government revenue — the gain goes to licence holders as quota rent.",
      },
    ],
  },

  // ───────────── 20 Budget deficit and public debt ─────────────
  {
    key: "economics-mp-20",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Norvenia's budget: stimulus or spending spree?

Norvenia's finance minister presented a budget with higher spending on infrastructure and unemployment benefits to support an economy that has been close to recession. Tax revenue has fallen as profits and incomes have dropped, and the government will run a **budget deficit** for the third year running.

The opposition warns that public debt is already high and that rising interest payments will squeeze spending on schools and hospitals. The minister replies that the deficit will shrink as the economy recovers, and that borrowing to build roads and railways will raise the economy's productive capacity.

| Norvenia (€ billion) | This year |
| --- | --- |
| Government revenue | 182 |
| Government expenditure | 205 |
| Nominal GDP | 950 |
| Public debt at the start of the year | 720 |

Nominal GDP next year is forecast to be €978 billion.`,
    parts: [
      define({
        label: "a",
        topicCode: "3.6",
        term: "budget deficit",
        points: ["when government expenditure is greater than government (tax) revenue", "over a given period, usually a year (financed by borrowing)"],
        keywords: [
          ["expenditure", "greater than", "revenue"],
          ["year", "period", "borrowing"],
        ],
        workedSolution:
          "A **budget deficit** occurs when government expenditure exceeds government revenue (mainly taxes) over a period, usually a year; the gap is financed by borrowing, which adds to public debt.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.6",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate Norvenia's budget deficit this year, in € billion.",
        numericAnswer: { value: 23, tolerance: 0, unit: "€ billion" },
        markscheme: [pt("p1", 1, "205 − 182 = €23 billion", ["23"])],
        workedSolution: "Deficit = expenditure − revenue = 205 − 182 = **€23 billion**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.6",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the budget deficit as a percentage of GDP.",
        numericAnswer: { value: 2.42, tolerance: 0.005, unit: "%", followThrough: { from: ["b(i)"], value: "b_i / 950 * 100" } },
        markscheme: [pt("p1", 1, "23 ÷ 950 × 100 = 2.42 % **(FT)** their (b)(i)", ["2.42", "2.4"])],
        workedSolution: "$$\\frac{23}{950} \\times 100 = 2.42\\ \\%\\ \\text{of GDP}$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.6",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Assuming the deficit is financed entirely by borrowing, use your answer to (b)(i) to calculate public debt at the start of next year as a percentage of next year's forecast GDP.",
        numericAnswer: { value: 75.97, tolerance: 0.05, unit: "%", followThrough: { from: ["b(i)"], value: "(720 + b_i) / 978 * 100" } },
        markscheme: [
          pt("p1", 1, "public debt next year = 720 + 23 = €743 billion", ["743"]),
          pt("p2", 1, "743 ÷ 978 × 100 = 75.97 % (accept 76.0 %) **(FT)** their (b)(i)", ["75.97", "76"]),
        ],
        workedSolution:
          "The deficit is added to the debt: 720 + 23 = €743 billion.\n\n$$\\frac{743}{978} \\times 100 = 75.97\\ \\%$$\n\n(This year the ratio was $720 \\div 950 = 75.8\\ \\%$, so the debt ratio rises only slightly because nominal GDP is growing.)",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.6",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how the higher government spending could help Norvenia's economy avoid recession.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD, SRAS, LRAS; initial equilibrium below full-employment output (recessionary gap)", [
            "recessionary gap",
            "LRAS",
            "real GDP",
          ]),
          pt("p2", 1, "diagram: AD shifts right towards full-employment output Yf", ["AD shifts right", "Yf", "full employment"]),
          pt(
            "p3",
            1,
            "government spending is a component of AD; infrastructure spending and benefits raise AD directly / raise disposable income and consumption",
            ["component", "consumption"],
          ),
          pt("p4", 1, "higher real GDP means firms hire more workers, reducing cyclical unemployment (multiplier effect increases the impact)", [
            "unemployment",
            "multiplier",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD₁ crosses SRAS at Y₁, to the left of LRAS at Yf: a recessionary gap. Expansionary fiscal policy shifts AD right to AD₂, raising real GDP towards Yf with a small rise in the price level.\n\n**Explanation.** Government spending is a component of AD (C + I + G + X − M). Spending on roads and railways raises G directly, and higher unemployment benefits maintain households' disposable income and so consumption. Firms sell more, raise output and hire workers, reducing cyclical unemployment; the extra incomes are spent again, so through the multiplier real GDP rises by more than the initial spending.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.6",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** reasons why a high level of public debt may be a concern for Norvenia.",
        markscheme: [
          pt("p1", 1, "debt servicing: interest payments on €743 billion of debt use up revenue", ["interest payments", "debt servicing"]),
          pt("p2", 1, "explained: opportunity cost — less spending on schools and hospitals, or higher taxes in future", [
            "opportunity cost",
            "schools",
            "higher taxes",
          ]),
          pt("p3", 1, "crowding out: government borrowing raises interest rates, reducing private investment", [
            "crowding out",
            "interest rates",
            "investment",
          ]),
          pt("p4", 1, "loss of confidence / lower credit rating raises borrowing costs further and limits future fiscal policy in a crisis", [
            "credit rating",
            "confidence",
          ]),
          pt("p5", 1, "intergenerational burden: future taxpayers repay the debt", ["future generations", "intergenerational"]),
        ],
        workedSolution:
          "Two reasons, each identified (1) and explained (1).\n\n**Debt servicing and opportunity cost.** With debt of about 76 % of GDP, a large and rising share of revenue goes on interest payments — as the opposition warns, money that cannot be spent on schools and hospitals, or that must be raised through higher future taxes.\n\n**Crowding out and confidence.** Heavy government borrowing competes for loanable funds and can push up interest rates, discouraging private investment. If lenders lose confidence or the credit rating is cut, borrowing costs rise further and the government has less room to use fiscal policy in the next recession.",
      },
    ],
  },

  // ───────────── 21 Subsidy for rooftop solar panels ─────────────
  {
    key: "economics-mp-21",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Solar subsidy lights up sales

To cut carbon emissions and reduce the country's dependence on imported gas, the government of Aldana introduced a **subsidy** of €150 for every household solar panel installed. Before the subsidy, a panel cost households €600; afterwards the price paid by households fell to €510.

Installers report a boom in orders, and the energy ministry says that households with panels reduce emissions and pollution that would otherwise affect everyone. Critics point out that most of the money goes to better-off homeowners, who can afford the remaining cost and own their roofs.

| | Before the subsidy | With the subsidy |
| --- | --- | --- |
| Price paid by households (€ per panel) | 600 | 510 |
| Panels installed per year | 40 000 | 58 000 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.7",
        term: "subsidy",
        points: [
          "a payment by the government to producers (or consumers)",
          "per unit of output, which lowers costs of production / increases supply and lowers the price",
        ],
        keywords: [
          ["payment", "government", "producers"],
          ["per unit", "lower costs", "increase supply"],
        ],
        workedSolution:
          "A **subsidy** is a payment by the government to firms (per unit of output here), which lowers their costs of production, increases supply and reduces the price paid by consumers.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the annual cost of the subsidy to the government, in € million.",
        numericAnswer: { value: 8.7, tolerance: 0.005, unit: "€ million" },
        markscheme: [pt("p1", 1, "€150 × 58 000 = €8 700 000 = €8.7 million", ["8.7", "8 700 000"])],
        workedSolution: "Cost = subsidy per unit × quantity = €150 × 58 000 = €8 700 000 = **€8.7 million** per year.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the price per panel received by producers (installers) with the subsidy.",
        numericAnswer: { value: 660, tolerance: 0, unit: "€" },
        markscheme: [pt("p1", 1, "510 + 150 = €660", ["660"])],
        workedSolution: "Producers receive the price paid by households plus the subsidy: €510 + €150 = **€660** per panel.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the price elasticity of demand for solar panels between the two prices paid by households. Give your answer as an absolute value.",
        numericAnswer: { value: 3, tolerance: 0.005 },
        markscheme: [
          pt("p1", 1, "%ΔQ = (58 000 − 40 000) ÷ 40 000 × 100 = 45 % and %ΔP = (510 − 600) ÷ 600 × 100 = −15 %", ["45", "15"]),
          pt("p2", 1, "PED = 45 ÷ 15 = 3 (accept −3)", ["3"]),
        ],
        workedSolution:
          "$$\\text{PED} = \\frac{(58\\,000 - 40\\,000)/40\\,000 \\times 100}{(510 - 600)/600 \\times 100} = \\frac{45}{-15} = -3$$\n\nAs an absolute value, PED = 3: demand is price elastic.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a positive externality diagram, explain why the government subsidises solar panels.",
        markscheme: [
          pt("p1", 1, "diagram: axes price and quantity of solar panels; S = MPC = MSC, MPB and MSB above MPB", ["MSB", "MPB", "MSC"]),
          pt("p2", 1, "diagram: market output Qm (MPB = MSC) below the social optimum Qopt (MSB = MSC); welfare loss triangle shown", [
            "Qopt",
            "welfare loss",
            "underconsum",
          ]),
          pt("p3", 1, "households' use of panels creates external benefits (lower emissions and pollution) for third parties, which buyers ignore", [
            "external benefit",
            "third parties",
          ]),
          pt("p4", 1, "subsidy shifts supply right (MPC − subsidy), lowering the price and raising output towards Qopt, reducing the welfare loss", [
            "shift",
            "towards Qopt",
            "reduce",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Price on the vertical axis, quantity of solar panels on the horizontal. Supply S = MPC = MSC. Demand MPB, with MSB above it, the gap being the external benefit. The market settles at Qm where MPB = MPC, below the socially optimal Qopt where MSB = MSC; the triangle between MSB and MSC from Qm to Qopt is the welfare loss. The subsidy shifts supply down to S − subsidy, lowering the price paid to €510 and raising the quantity towards Qopt.\n\n**Explanation.** A household that installs panels gains cheaper electricity, but society also gains from lower carbon emissions and pollution and less dependence on imported gas — external benefits the household does not consider. Solar panels are therefore underconsumed and resources underallocated to them. The subsidy lowers the price, increasing the quantity bought (here from 40 000 to 58 000 panels a year) and reducing the welfare loss.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** possible drawbacks of the solar panel subsidy.",
        markscheme: [
          pt("p1", 1, "opportunity cost: €8.7 million a year could be spent on other priorities (health, education) or requires higher taxes", [
            "opportunity cost",
            "8.7",
          ]),
          pt("p2", 1, "explained: the cost rises as more panels are installed (elastic demand, PED = 3)", ["elastic", "rises"]),
          pt("p3", 1, "equity: most of the benefit goes to better-off homeowners; renters / poorer households cannot benefit", [
            "equity",
            "better-off",
            "renters",
          ]),
          pt("p4", 1, "explained: taxpayers, including poorer households, fund a transfer to richer ones (regressive)", ["regressive", "transfer"]),
          pt(
            "p5",
            1,
            "hard to set the right subsidy (value of external benefit unknown); part of the subsidy goes to producers (price received €660) rather than consumers",
            ["value", "660", "producers"],
          ),
        ],
        workedSolution:
          "Two drawbacks, each identified (1) and explained (1).\n\n**Opportunity cost.** The subsidy costs €8.7 million a year, and because demand is price elastic (PED = 3) the bill grows quickly as more panels are sold; the money could fund other services or must be raised in taxes.\n\n**Equity.** The households that take up the subsidy are mainly better-off homeowners who can afford the remaining €510 and own their roofs; renters and poorer households, who also pay taxes, gain little — a regressive transfer.\n\n(Also credit: the external benefit is hard to value, so the subsidy may be too large or too small; part of the subsidy raises installers' receipts to €660 rather than lowering the price paid.)",
      },
    ],
  },

  // ───────────── 22 Nudging workers into pension saving ─────────────
  {
    key: "economics-mp-22",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Opting out instead of opting in

Until last year, employees in Vestria had to fill in a form to join their employer's pension scheme, and fewer than half did so, even though employers add to every worker's contributions. The government then changed the rules: all 2.4 million eligible employees are now enrolled automatically and must fill in a form if they want to leave. This **default choice** was recommended by behavioural economists as a "nudge".

| | Before automatic enrolment | After automatic enrolment |
| --- | --- | --- |
| Eligible employees in a workplace pension (%) | 46 | 88 |
| Average contribution per member (€ per year) | 1 250 | 1 250 |

Some commentators welcome the change; others say that the government should not steer people's choices, and that some low-paid workers cannot afford to save.`,
    parts: [
      define({
        label: "a",
        topicCode: "2.4",
        term: "default choice",
        points: [
          "the option that applies automatically if a person makes no active decision",
          "used as a nudge: people tend to stick with it (inertia), while remaining free to choose otherwise",
        ],
        keywords: [
          ["automatically", "no active decision", "no decision"],
          ["nudge", "inertia", "free to choose"],
        ],
        workedSolution:
          "A **default choice** is the option that takes effect automatically if a person does not make an active decision. Because people tend to stay with the default (inertia), setting it is a form of nudge that changes behaviour without removing the freedom to choose.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.4",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the increase in the number of employees in a workplace pension, in millions.",
        numericAnswer: { value: 1.008, tolerance: 0.0005, unit: "million" },
        markscheme: [
          pt("p1", 1, "88 % − 46 % = 42 percentage points (or 0.46 × 2.4 = 1.104 and 0.88 × 2.4 = 2.112 million)", ["42", "1.104", "2.112"]),
          pt("p2", 1, "0.42 × 2.4 million = 1.008 million", ["1.008"]),
        ],
        workedSolution: "Membership rose from 46 % to 88 % of 2.4 million: $(0.88 - 0.46) \\times 2.4 = 0.42 \\times 2.4 = 1.008$ million more members.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the total annual contributions by members after automatic enrolment, in € billion.",
        numericAnswer: { value: 2.64, tolerance: 0.005, unit: "€ billion" },
        markscheme: [pt("p1", 1, "0.88 × 2.4 million × €1250 = €2.64 billion", ["2.64"])],
        workedSolution: "$0.88 \\times 2\\,400\\,000 = 2\\,112\\,000$ members; $2\\,112\\,000 \\times €1250 = €2\\,640\\,000\\,000 = €2.64$ billion a year.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.4",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Using behavioural economics, explain why fewer than half of employees joined a pension scheme before automatic enrolment, even though it was in their interest.",
        markscheme: [
          pt(
            "p1",
            1,
            "bounded rationality: people do not always make the choice that maximises their utility (limited information / time to assess pensions)",
            ["bounded rationality", "utility"],
          ),
          pt("p2", 1, "present bias / short-termism: people value spending now more than income in retirement", ["present bias", "short-term"]),
          pt("p3", 1, "inertia / status quo bias: filling in a form is put off, so people stay with the default of not joining", ["inertia", "status quo"]),
          pt("p4", 1, "choice overload / complexity: many options and complex information discourage a decision", ["choice overload", "complex"]),
        ],
        workedSolution:
          "Any three points.\n\nStandard theory assumes people rationally weigh the benefits of saving, but behavioural economics finds their rationality is bounded. Pensions are complex and the choice among funds can be overwhelming, so people postpone the decision. Present bias leads them to value spending today far more than income decades away. And because of inertia (status quo bias) they stay with whatever happens if they do nothing — which, under opt-in, meant not joining.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.4",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** limitations of using nudges such as automatic enrolment as a government policy.",
        markscheme: [
          pt("p1", 1, "people who stay in may not be making an informed choice; low-paid workers may be saving money they cannot afford", [
            "low-paid",
            "cannot afford",
            "informed",
          ]),
          pt("p2", 1, "explained: they may fall into debt or hardship now (opportunity cost of saving)", ["debt", "hardship"]),
          pt("p3", 1, "paternalism / ethical concerns: the government steers choices, which some see as manipulation", ["paternalism", "manipulat", "steer"]),
          pt("p4", 1, "default contribution may be too low for an adequate pension, and people assume it is enough", ["too low", "adequate"]),
          pt("p5", 1, "effects may fade over time / 12 % still opt out; nudges cannot solve problems caused by low incomes", ["opt out", "12", "low incomes"]),
        ],
        workedSolution:
          "Two limitations, each identified (1) and explained (1).\n\n**It is not right for everyone.** A default applies to all, so low-paid workers who stay in through inertia may be saving money they need now, pushing them into debt. Others may assume the default contribution is enough for retirement when it is not.\n\n**Paternalism.** As some commentators say, deliberately steering choices raises ethical questions about the role of government, and trust may suffer if people feel manipulated. Nudges also cannot overcome the underlying problem for those who simply earn too little to save — 12 % still chose to opt out.",
      },
    ],
  },

  // ───────────── 23 GDP by the expenditure approach ─────────────
  {
    key: "economics-mp-23",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Investment drives Belmora's recovery

Belmora, a small open economy with a population of 8.5 million, returned to growth last year, led by a surge in business **investment** as firms modernised their factories and built new warehouses. Household consumption grew only slowly, and the country continued to import more than it exported.

The statistics office published the following estimates of last year's spending (all in € billion).

| Component | € billion |
| --- | --- |
| Household consumption (C) | 310 |
| Investment (I) | 95 |
| Government spending (G) | 120 |
| Exports (X) | 140 |
| Imports (M) | 155 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.1",
        term: "investment",
        points: [
          "spending by firms on capital goods (machinery, buildings, equipment)",
          "that add to the economy's stock of capital / productive capacity (a component of AD)",
        ],
        keywords: [
          ["capital goods", "firms", "machinery"],
          ["stock of capital", "productive capacity", "component"],
        ],
        workedSolution:
          "**Investment** (I) is spending by firms on capital goods — machinery, equipment and buildings — that add to the economy's stock of capital and so its productive capacity; it is a component of aggregate demand.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate Belmora's GDP using the expenditure approach, in € billion.",
        numericAnswer: { value: 510, tolerance: 0, unit: "€ billion" },
        markscheme: [pt("p1", 1, "C + I + G + (X − M) = 310 + 95 + 120 + (140 − 155) = €510 billion", ["510"])],
        workedSolution: "GDP = C + I + G + (X − M) = 310 + 95 + 120 + (140 − 155) = **€510 billion**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate net exports as a percentage of GDP.",
        numericAnswer: { value: -2.94, tolerance: 0.005, unit: "%", followThrough: { from: ["b(i)"], value: "(140 - 155) / b_i * 100" } },
        markscheme: [pt("p1", 1, "(140 − 155) ÷ 510 × 100 = −2.94 % **(FT)** their (b)(i)", ["-2.94", "−2.94", "2.94"])],
        workedSolution: "Net exports = 140 − 155 = −€15 billion; $\\dfrac{-15}{510} \\times 100 = -2.94\\ \\%$ of GDP.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate Belmora's GDP per capita, in €.",
        numericAnswer: { value: 60000, tolerance: 1, unit: "€", followThrough: { from: ["b(i)"], value: "b_i * 1e9 / 8.5e6" } },
        markscheme: [
          pt("p1", 1, "€510 000 000 000 ÷ 8 500 000 (units consistent)", ["8 500 000", "8.5"]),
          pt("p2", 1, "€60 000 **(FT)** their (b)(i)", ["60000", "60 000"]),
        ],
        workedSolution: "$$\\frac{€510 \\times 10^9}{8.5 \\times 10^6} = €60\\,000\\ \\text{per person}$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Using the circular flow of income model, explain how the surge in investment affects national income in Belmora.",
        markscheme: [
          pt("p1", 1, "investment is an injection into the circular flow (with G and X)", ["injection"]),
          pt("p2", 1, "firms buying capital goods pay incomes to households (factor payments: wages, rent, profit)", ["incomes", "households", "factor"]),
          pt("p3", 1, "when injections exceed leakages (S + T + M), national income rises", ["leakages", "exceed"]),
          pt("p4", 1, "income is partly spent again, so national income rises by more than the initial investment (multiplier)", ["spent again", "multiplier"]),
        ],
        workedSolution:
          "Any three points.\n\nIn the circular flow, households supply factors of production to firms and receive incomes, which they spend on firms' output. Investment, like government spending and exports, is an **injection**: money entering the flow from outside household consumption. Firms building factories and warehouses pay incomes to workers and suppliers, who spend part of them again. When injections (I + G + X) exceed leakages (savings, taxes and imports), the flow of income grows, so national income rises — by more than the original investment, through the multiplier, although Belmora's high imports are a large leakage.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.2",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how the rise in investment can increase both aggregate demand and Belmora's potential output.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD shifts right (higher real GDP in the short run)", ["AD shifts right", "real GDP"]),
          pt("p2", 1, "diagram: LRAS (and SRAS) shift right, showing higher potential output", ["LRAS shifts right", "potential output"]),
          pt("p3", 1, "investment is a component of AD: spending on capital goods raises AD now", ["component", "AD"]),
          pt(
            "p4",
            1,
            "new capital (modernised factories) raises the quantity / quality of factors of production and productivity, increasing productive capacity",
            ["productive capacity", "productivity", "capital"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD₁ shifts right to AD₂; LRAS₁ (and SRAS) also shift right to LRAS₂. The new equilibrium is at higher real GDP, with little or no rise in the price level if both shift by similar amounts.\n\n**Explanation.** In the short run, spending on machinery and buildings is part of AD, so AD rises, raising output and employment. In the long run the new and modernised capital increases the quantity and quality of the factors of production and raises labour productivity, so the economy's productive capacity — potential output, LRAS — also increases. Investment therefore supports growth without necessarily causing inflation.",
      },
    ],
  },

  // ───────────── 24 Interest rate cut ─────────────
  {
    key: "economics-mp-24",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Central bank cuts rates to the bone

With Ravenia's economy shrinking for a second quarter and inflation down to 1.2 %, the central bank has cut its policy interest rate from 3.5 % to 1.0 %. It is the clearest use of **monetary policy** to support demand in a decade.

Banks have passed on the cut: the typical variable mortgage rate fell from 4.5 % to 2.0%. Bank lending to households and firms rose from €180 billion to €198 billion over the following year. However, business surveys show that many firms still plan to delay investment until they are more confident that demand will recover, and households remain worried about their jobs.`,
    parts: [
      define({
        label: "a",
        topicCode: "3.5",
        term: "monetary policy",
        points: [
          "the use of interest rates / the money supply (by the central bank)",
          "to influence the level of aggregate demand (and achieve macroeconomic objectives such as low inflation)",
        ],
        keywords: [
          ["interest rates", "money supply", "central bank"],
          ["aggregate demand", "inflation", "objectives"],
        ],
        workedSolution:
          "**Monetary policy** is the use, by the central bank, of interest rates and the money supply to influence aggregate demand, in order to achieve macroeconomic objectives such as low and stable inflation, low unemployment and growth.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.5",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the real policy interest rate after the cut.",
        numericAnswer: { value: -0.2, tolerance: 0.005, unit: "%" },
        markscheme: [pt("p1", 1, "1.0 − 1.2 = −0.2 %", ["-0.2", "−0.2"])],
        workedSolution: "Real interest rate ≈ nominal rate − inflation = 1.0 % − 1.2 % = **−0.2 %**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "A household has a variable-rate mortgage of €200 000 on which it pays interest only. Calculate the fall in its annual interest payments, in €.",
        numericAnswer: { value: 5000, tolerance: 0, unit: "€" },
        markscheme: [
          pt("p1", 1, "before: 4.5 % × €200 000 = €9000; after: 2.0 % × €200 000 = €4000", ["9000", "4000"]),
          pt("p2", 1, "fall of €5000 per year", ["5000"]),
        ],
        workedSolution:
          "Before: $0.045 \\times 200\\,000 = €9000$ a year. After: $0.020 \\times 200\\,000 = €4000$. Interest payments fall by **€5000** a year, raising the household's disposable income.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.5",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in bank lending over the year after the cut.",
        numericAnswer: { value: 10, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(198 − 180) ÷ 180 × 100 = 10 %", ["10"])],
        workedSolution: "$$\\frac{198 - 180}{180} \\times 100 = 10\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how the cut in interest rates could help Ravenia's economy recover.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; initial equilibrium with a recessionary gap (below Yf)", [
            "recessionary gap",
            "real GDP",
          ]),
          pt("p2", 1, "diagram: AD shifts right, raising real GDP towards Yf", ["AD shifts right", "Yf"]),
          pt("p3", 1, "lower interest rates reduce the cost of borrowing, so consumption (on credit / durables) and investment rise", [
            "cost of borrowing",
            "investment",
            "consumption",
          ]),
          pt(
            "p4",
            1,
            "lower mortgage payments raise disposable income (€5000 a year for the household) / lower saving incentive / currency may depreciate raising net exports",
            ["disposable income", "saving", "depreciat"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD₁ crosses SRAS at Y₁, below full-employment output Yf (a recessionary gap). AD shifts right to AD₂, raising real GDP towards Yf with a small rise in the price level.\n\n**Explanation.** The cut lowers the cost of borrowing: firms find more investment projects worthwhile and households borrow more for cars and houses. Lower mortgage rates cut households' payments (by €5000 a year in the example), raising disposable income and consumption, and lower returns on saving encourage spending. Lower rates may also weaken the currency, raising net exports. Higher C, I and (X − M) shift AD right, increasing output and employment.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.5",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** reasons why the interest rate cut may have only a limited effect on aggregate demand in Ravenia.",
        markscheme: [
          pt("p1", 1, "low business confidence: firms delay investment whatever the interest rate (as the surveys show)", ["confidence", "delay investment"]),
          pt("p2", 1, "explained: investment depends on expected demand / profits, not only on the cost of borrowing", ["expected", "profits"]),
          pt("p3", 1, "households worried about jobs save more / repay debt rather than spend (low consumer confidence)", ["save", "worried", "repay"]),
          pt("p4", 1, "limited room to cut further: rate already 1.0 %, close to the zero lower bound", ["zero lower bound", "1.0"]),
          pt("p5", 1, "time lags before lower rates affect spending; banks may not pass on cuts or may be unwilling to lend", [
            "time lag",
            "unwilling to lend",
          ]),
        ],
        workedSolution:
          "Two reasons, each identified (1) and explained (1).\n\n**Low confidence.** Investment depends on firms' expectations of future demand and profit as well as on the cost of borrowing. The surveys show firms delaying investment until demand recovers, so cheaper credit changes little. Households worried about their jobs may use lower mortgage payments to save or repay debt rather than spend.\n\n**Little room and long lags.** At 1.0 % the policy rate is close to the zero lower bound, so the central bank cannot cut much further, and changes in interest rates take a year or more to have their full effect on spending.",
      },
    ],
  },

  // ───────────── 25 Measuring development ─────────────
  {
    key: "economics-mp-25",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Richer, but not better off?

Korvania's oil exports have made it one of the richest economies in its region by income, yet it ranks below its neighbour Temba on the **Human Development Index** (HDI). Temba has fewer natural resources but has spent heavily on primary health care and schooling for two decades.

Korvania's gross national income (GNI) last year was €85.2 billion (at purchasing power parity) and its population was 6.0 million. Much of the oil income is earned by a small number of firms, and spending on health and education in rural areas is low.

| Indicator | Korvania | Temba |
| --- | --- | --- |
| GNI per capita (€, PPP) | ? | 9 800 |
| Life expectancy at birth (years) | 68 | 74 |
| Mean years of schooling (adults) | 6.1 | 9.4 |
| HDI | 0.62 | 0.71 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.8",
        term: "Human Development Index",
        points: [
          "a composite indicator of development (value between 0 and 1)",
          "combining health (life expectancy), education (years of schooling) and standard of living (GNI per capita, PPP)",
        ],
        keywords: [
          ["composite", "0 and 1", "index"],
          ["life expectancy", "schooling", "GNI per capita"],
        ],
        workedSolution:
          "The **Human Development Index** is a composite indicator of development, between 0 and 1, that combines three dimensions: a long and healthy life (life expectancy at birth), knowledge (mean and expected years of schooling) and a decent standard of living (GNI per capita at PPP).",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate Korvania's GNI per capita (PPP), in €.",
        numericAnswer: { value: 14200, tolerance: 0, unit: "€" },
        markscheme: [pt("p1", 1, "€85.2 billion ÷ 6.0 million = €14 200", ["14200", "14 200"])],
        workedSolution: "$$\\frac{€85.2 \\times 10^9}{6.0 \\times 10^6} = €14\\,200\\ \\text{per person}$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.8",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the percentage by which Korvania's GNI per capita is higher than Temba's.",
        numericAnswer: { value: 44.9, tolerance: 0.05, unit: "%", followThrough: { from: ["b(i)"], value: "(b_i - 9800) / 9800 * 100" } },
        markscheme: [
          pt("p1", 1, "(14 200 − 9 800) ÷ 9 800 × 100 / 4400 ÷ 9800 shown", ["4400", "9800"]),
          pt("p2", 1, "44.9 % **(FT)** their (b)(i)", ["44.9", "45"]),
        ],
        workedSolution: "$$\\frac{14\\,200 - 9800}{9800} \\times 100 = \\frac{4400}{9800} \\times 100 = 44.9\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "4.8",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Using the data, explain why Temba has a higher HDI than Korvania despite its lower GNI per capita.",
        markscheme: [
          pt("p1", 1, "HDI includes health and education as well as income", ["health", "education", "composite"]),
          pt("p2", 1, "Temba's life expectancy (74 vs 68) and schooling (9.4 vs 6.1 years) are much higher", ["74", "9.4", "higher"]),
          pt("p3", 1, "Temba's spending on primary health care and schooling improves these indicators", ["primary health care", "spending"]),
          pt("p4", 1, "Korvania's oil income is concentrated among few firms / unequally distributed and not spent on rural services", [
            "unequal",
            "few firms",
            "rural",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nThe HDI is not just income: it also measures health and education. Temba's long investment in primary health care and schools shows in a life expectancy six years higher (74 against 68) and over three more years of schooling (9.4 against 6.1). Korvania's higher average income, 45 % above Temba's, is earned largely by a few oil firms and is not spread through the population or spent on rural health and education, so it does not translate into better health and education outcomes.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.10",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a production possibilities curve (PPC) diagram, explain how greater spending on education could increase Korvania's long-term economic growth.",
        markscheme: [
          pt("p1", 1, "diagram: axes two goods (e.g. capital goods and consumer goods); PPC labelled", ["PPC", "axes"]),
          pt("p2", 1, "diagram: PPC shifts outward from PPC₁ to PPC₂", ["shift outward", "outward"]),
          pt("p3", 1, "education improves the quality of labour / human capital, raising productivity", ["human capital", "productivity", "quality of labour"]),
          pt(
            "p4",
            1,
            "the economy's productive capacity increases, allowing more of both goods to be produced: long-term growth / diversification away from oil",
            ["productive capacity", "diversif"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Two goods on the axes (for example capital goods and consumer goods, or oil and other goods). The original curve PPC₁ shifts outward to PPC₂, so combinations previously unattainable become possible.\n\n**Explanation.** Spending on schooling increases human capital: workers become more skilled and productive, and a more educated workforce can adopt new technology and work in industries other than oil. This raises the quality of the factor labour and so the economy's productive capacity — an outward shift of the PPC, which is long-term economic growth. It takes time, but it also reduces Korvania's dependence on a single commodity.",
      },
    ],
  },

  // ───────────── 26 Overfishing: a common pool resource ─────────────
  {
    key: "economics-mp-26",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Cod stocks collapse in the Northern Banks

Scientists warn that the cod of the Northern Banks, fished by boats from three neighbouring countries, are close to collapse. The stock of adult fish has fallen from an estimated 420 000 tonnes in 2010 to 150 000 tonnes in 2024. The fishing grounds lie largely outside national waters, and no single government controls access to them: the cod are a **common pool resource**.

In 2024, 1200 boats landed 96 000 tonnes of cod, which sold at an average of €2400 per tonne. Fishing communities depend heavily on the catch, and their representatives oppose cuts. Environmental groups are calling for strict catch quotas agreed by all three countries.`,
    parts: [
      define({
        label: "a",
        topicCode: "2.8",
        term: "common pool resource",
        points: [
          "a resource that is non-excludable: it is difficult to prevent people from using it",
          "but rivalrous: use by one person reduces the amount available to others (so it can be overused / depleted)",
        ],
        keywords: [
          ["non-excludable", "cannot exclude", "prevent"],
          ["rivalrous", "rival", "depleted", "overused"],
        ],
        workedSolution:
          "A **common pool resource** is one that is non-excludable (no one can easily be prevented from using it) but rivalrous (what one user takes is no longer available to others), so it tends to be overused and depleted.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in the stock of adult cod between 2010 and 2024.",
        numericAnswer: { value: 64.3, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(420 000 − 150 000) ÷ 420 000 × 100 = 64.3 %", ["64.3", "64"])],
        workedSolution: "$$\\frac{420\\,000 - 150\\,000}{420\\,000} \\times 100 = \\frac{270\\,000}{420\\,000} \\times 100 = 64.3\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the average catch per boat in 2024, in tonnes.",
        numericAnswer: { value: 80, tolerance: 0, unit: "tonnes" },
        markscheme: [pt("p1", 1, "96 000 ÷ 1200 = 80 tonnes", ["80"])],
        workedSolution: "$96\\,000 \\div 1200 = 80$ tonnes per boat.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.8",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(ii), calculate the average revenue per boat from cod in 2024, in €.",
        numericAnswer: { value: 192000, tolerance: 0, unit: "€", followThrough: { from: ["b(ii)"], value: "b_ii * 2400" } },
        markscheme: [pt("p1", 1, "80 × €2400 = €192 000 **(FT)** their (b)(ii)", ["192000", "192 000"])],
        workedSolution: "$80\\ \\text{tonnes} \\times €2400 = €192\\,000$ per boat.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a diagram, explain why the free market leads to the overuse of the cod stocks.",
        markscheme: [
          pt("p1", 1, "diagram: axes price and quantity of fish; D = MPB = MSB, S = MPC and MSC above MPC", ["MSC", "MPC"]),
          pt("p2", 1, "diagram: market quantity Qm greater than socially optimal Qopt; welfare loss shown", ["Qm", "Qopt", "welfare loss"]),
          pt("p3", 1, "each boat ignores the cost its catch imposes on others / future users (smaller stock, higher costs, lost future catches)", [
            "ignore",
            "future",
            "others",
          ]),
          pt("p4", 1, "non-excludable: no one owns the fish, so no one has an incentive to conserve (tragedy of the commons)", [
            "tragedy of the commons",
            "no incentive",
            "owns",
          ]),
          pt("p5", 1, "catches exceed the rate at which the stock reproduces, so the resource is depleted: unsustainable", [
            "unsustainable",
            "reproduce",
            "deplet",
          ]),
        ],
        workedSolution:
          "Any four points (up to 2 for the diagram).\n\n**Diagram (described).** Price on the vertical axis, quantity of cod caught on the horizontal. Demand D = MPB = MSB. Supply S = MPC; MSC lies above it because each tonne caught imposes an external cost — a smaller stock for other fishers and for the future. The market catch Qm (MPC = MSB) exceeds the social optimum Qopt (MSC = MSB); the triangle between MSC and MSB from Qopt to Qm is the welfare loss.\n\n**Explanation.** Because no one can be excluded from the grounds, no fisher owns the fish left in the sea, so none has an incentive to leave fish to breed: any cod one boat leaves will be caught by another. Each boat catches as long as it is privately profitable, ignoring the cost to others. The combined catch exceeds the rate at which the stock can reproduce, and the stock falls — here by 64 % in 14 years: the tragedy of the commons.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** policies that could be used to make the use of the cod stocks sustainable.",
        markscheme: [
          pt("p1", 1, "catch quotas / total allowable catch set at a sustainable level (below the stock's growth)", ["quota", "total allowable catch"]),
          pt("p2", 1, "explained: tradable quotas allocate the limited catch to the most efficient boats / give an incentive to conserve", [
            "tradable",
            "efficient",
            "incentive",
          ]),
          pt("p3", 1, "international agreement / cooperation between the three countries, as no single government controls the grounds", [
            "international",
            "agreement",
            "cooperation",
          ]),
          pt("p4", 1, "other: licences limiting the number of boats, closed seasons / marine protected areas, minimum net sizes, taxes on catches", [
            "licence",
            "closed season",
            "protected area",
            "net size",
          ]),
          pt("p5", 1, "explained difficulty: monitoring and enforcement at sea; opposition / job losses in fishing communities", [
            "enforce",
            "monitor",
            "jobs",
          ]),
        ],
        workedSolution:
          "Two policies, each identified (1) and explained (1).\n\n**Catch quotas agreed internationally.** The three countries agree a total allowable catch below the stock's natural growth, shared out as quotas; if the quotas are tradable, they end up with the most efficient boats, and the owners have an interest in the stock recovering. Because the grounds lie outside national waters, the agreement between all three governments is essential — otherwise each has an incentive to let its fleet catch more.\n\n**Limits on fishing effort.** Licences can cap the number of boats, and closed seasons, no-take marine protected areas and minimum mesh sizes allow young fish to breed. All such policies need monitoring at sea, and cuts will cost jobs in fishing communities in the short run.",
      },
    ],
  },

  // ───────────── 27 Flood defences as a public good ─────────────
  {
    key: "economics-mp-27",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Who will pay for Lindmouth's flood wall?

After three floods in five years, engineers say that the riverside town of Lindmouth needs a new flood wall costing €36 million. Once built, the wall would protect every one of the town's 120 000 households, whether or not they had paid for it.

A residents' association tried to raise the money privately, asking each household for an equal contribution. A survey found that only 30 % of households would pay; many said they would wait for others to pay, since the wall would protect them anyway. Flood defences, the town's mayor said, are a classic **public good**, and only the government can provide them.`,
    parts: [
      define({
        label: "a",
        topicCode: "2.9",
        term: "public good",
        points: [
          "a good that is non-rivalrous: one person's consumption does not reduce the amount available to others",
          "and non-excludable: people cannot be prevented from using it (even if they have not paid)",
        ],
        keywords: [
          ["non-rivalrous", "non-rival", "does not reduce"],
          ["non-excludable", "cannot be prevented", "not paid"],
        ],
        workedSolution:
          "A **public good** is non-rivalrous (one person's use does not reduce the amount available to others) and non-excludable (it is impossible or very costly to stop people who have not paid from benefiting).",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.9",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the contribution each household would need to make if the cost were shared equally among all households, in €.",
        numericAnswer: { value: 300, tolerance: 0, unit: "€" },
        markscheme: [pt("p1", 1, "€36 000 000 ÷ 120 000 = €300", ["300"])],
        workedSolution: "$€36\\,000\\,000 \\div 120\\,000 = €300$ per household.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.9",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the amount the residents' association would raise if 30 % of households each paid that contribution, in € million.",
        numericAnswer: { value: 10.8, tolerance: 0.005, unit: "€ million", followThrough: { from: ["b(i)"], value: "0.3 * 120000 * b_i / 1e6" } },
        markscheme: [pt("p1", 1, "0.30 × 120 000 × €300 = €10.8 million **(FT)** their (b)(i)", ["10.8"])],
        workedSolution: "$0.30 \\times 120\\,000 = 36\\,000$ households $\\times\\ €300 = €10\\,800\\,000 = €10.8$ million.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.9",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(ii), calculate the shortfall between the money raised and the cost of the wall, in € million.",
        numericAnswer: { value: 25.2, tolerance: 0.005, unit: "€ million", followThrough: { from: ["b(ii)"], value: "36 - b_ii" } },
        markscheme: [pt("p1", 1, "36 − 10.8 = €25.2 million **(FT)** their (b)(ii)", ["25.2"])],
        workedSolution: "$€36\\ \\text{million} - €10.8\\ \\text{million} = €25.2\\ \\text{million}$ short — the wall would not be built.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.9",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain why the free market is unlikely to provide Lindmouth's flood wall.",
        markscheme: [
          pt("p1", 1, "non-excludable: households that do not pay cannot be stopped from being protected", ["non-excludable"]),
          pt("p2", 1, "free rider problem: people have an incentive to let others pay (as the survey shows: only 30 % would pay)", ["free rider", "30"]),
          pt("p3", 1, "so a private firm cannot charge / earn enough revenue to cover the cost (€10.8 million of €36 million)", [
            "revenue",
            "cover the cost",
            "profit",
          ]),
          pt("p4", 1, "non-rivalrous: protecting one more household costs nothing extra, so excluding anyone would be inefficient", [
            "non-rivalrous",
            "zero marginal cost",
          ]),
          pt("p5", 1, "result: missing market / the good is not provided although its social benefit exceeds its cost (market failure)", [
            "missing market",
            "market failure",
          ]),
        ],
        workedSolution:
          "Any four points.\n\nThe wall is non-excludable: once built it protects every household, paid or not. Each household therefore has an incentive to be a free rider and let others pay, as the survey shows — only 30 % would contribute, raising €10.8 million of the €36 million needed. No private firm could charge enough to cover its costs, so the wall would not be built, even if its total benefit to the town exceeds its cost. It is also non-rivalrous: protecting one more household costs nothing extra. The result is a missing market — a market failure.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.9",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the government could provide the flood wall, and one difficulty it would face.",
        markscheme: [
          pt("p1", 1, "direct provision funded from taxation (local or national), so everyone who benefits contributes", ["taxation", "direct provision"]),
          pt("p2", 1, "or contract a private firm to build it, paid by the government (public–private partnership)", [
            "contract",
            "private firm",
            "partnership",
          ]),
          pt("p3", 1, "difficulty: opportunity cost — €36 million not available for other services / higher taxes", ["opportunity cost", "36"]),
          pt("p4", 1, "difficulty: hard to measure the benefit (cost–benefit analysis) and so to decide how much to provide / who should pay", [
            "cost-benefit",
            "measure",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nThe government can pay for the wall out of taxation, so every household that benefits contributes through the tax system, removing the free-rider problem; it can build it itself or contract a private firm to do so. The difficulties: the €36 million has an opportunity cost (other projects, or higher taxes), and because no one reveals what the wall is worth to them, the government must estimate its benefits through cost–benefit analysis, which is uncertain.",
      },
    ],
  },

  // ───────────── 28 Avocado prices: demand and supply ─────────────
  {
    key: "economics-mp-28",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Avocado prices hit a record

The wholesale price of avocados in the European market has risen to a record, as a drought in the main growing regions cut harvests while demand kept rising, driven by health-conscious consumers and the popularity of avocado dishes in cafés. Traders say that the market is finding a new **equilibrium price**, and growers elsewhere are planting new orchards, though trees take several years to bear fruit.

| | Last year | This year |
| --- | --- | --- |
| Average wholesale price (€ per kg) | 2.40 | 3.30 |
| Quantity sold (thousand tonnes) | 500 | 470 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.3",
        term: "equilibrium price",
        points: [
          "the price at which quantity demanded equals quantity supplied",
          "so the market clears: there is no excess demand or excess supply (no tendency to change)",
        ],
        keywords: [
          ["quantity demanded equals quantity supplied", "demand equals supply"],
          ["clears", "no excess", "no tendency"],
        ],
        workedSolution:
          "The **equilibrium price** is the price at which the quantity demanded equals the quantity supplied, so the market clears and there is no pressure for the price to change.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the wholesale price of avocados.",
        numericAnswer: { value: 37.5, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(3.30 − 2.40) ÷ 2.40 × 100 = 37.5 %", ["37.5"])],
        workedSolution: "$$\\frac{3.30 - 2.40}{2.40} \\times 100 = \\frac{0.90}{2.40} \\times 100 = 37.5\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in the quantity of avocados sold.",
        numericAnswer: { value: 6, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(500 − 470) ÷ 500 × 100 = 6 %", ["6"])],
        workedSolution: "$$\\frac{500 - 470}{500} \\times 100 = 6\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the change in total spending on avocados in the wholesale market, in € million.",
        numericAnswer: { value: 351, tolerance: 0.5, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "last year: 2.40 × 500 000 000 kg = €1200 million; this year: 3.30 × 470 000 000 kg = €1551 million", ["1200", "1551"]),
          pt("p2", 1, "increase of €351 million", ["351"]),
        ],
        workedSolution:
          "1 thousand tonnes = 1 million kg.\n\n- Last year: €2.40 × 500 million kg = €1200 million.\n- This year: €3.30 × 470 million kg = €1551 million.\n\nSpending rose by **€351 million**.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain why the price of avocados rose while the quantity sold fell.",
        markscheme: [
          pt("p1", 1, "diagram: axes price (€ per kg) and quantity (thousand tonnes); original D₁ and S₁ with equilibrium €2.40 and 500", [
            "axes",
            "2.40",
            "500",
          ]),
          pt("p2", 1, "diagram: demand shifts right and supply shifts left; new equilibrium at a higher price (€3.30) and lower quantity (470)", [
            "demand shifts right",
            "supply shifts left",
            "3.30",
          ]),
          pt("p3", 1, "drought reduced harvests: supply decreases (at every price less is offered)", ["drought", "supply decreases"]),
          pt("p4", 1, "changing tastes (health, café dishes) increase demand; the supply shift is larger than the demand shift, so quantity falls", [
            "tastes",
            "larger",
            "quantity falls",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Price (€ per kg) on the vertical axis and quantity (thousand tonnes) on the horizontal. D₁ and S₁ cross at €2.40 and 500. Supply shifts left to S₂ and demand shifts right to D₂; they cross at €3.30 and 470.\n\n**Explanation.** The drought cut harvests, so less is offered at every price: supply decreased. At the same time, changing tastes — health-conscious consumers and avocado dishes in cafés — increased demand. Both changes create excess demand at the old price, which bids the price up. Because the fall in supply was larger than the rise in demand, the new equilibrium has a higher price but a lower quantity.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the higher price of avocados acts to allocate resources in the market.",
        markscheme: [
          pt("p1", 1, "signalling: the higher price signals scarcity / that consumers value avocados more", ["signal"]),
          pt("p2", 1, "incentive: higher price and expected profits encourage growers to plant new orchards / produce more", [
            "incentive",
            "orchards",
            "profit",
          ]),
          pt("p3", 1, "rationing: the higher price reduces quantity demanded, so the limited supply goes to those most willing and able to pay", [
            "rationing",
            "willing and able",
          ]),
          pt("p4", 1, "supply responds slowly (trees take years), so PES is low in the short run and the price rises more", [
            "years",
            "inelastic",
            "short run",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nThe price mechanism performs three functions. The higher price **signals** that avocados have become scarcer relative to demand. It gives growers an **incentive** to produce more — they are planting new orchards — so more resources move into avocado growing. Meanwhile it **rations** the limited harvest: some buyers switch to other foods, and the avocados go to those most willing and able to pay. Because new trees take years to bear fruit, supply is inelastic in the short run, so the price has to rise a lot before the market clears.",
      },
    ],
  },

  // ───────────── 29 Income inequality ─────────────
  {
    key: "economics-mp-29",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Tarsia's growing divide

A new report on household incomes in Tarsia shows that the gap between rich and poor has widened over the past decade. The richest fifth of households now receive 45 % of all household income, while one in six households lives in **relative poverty**. The report blames the decline of well-paid factory jobs, unequal access to good schools, and a tax system that relies heavily on sales taxes.

Tarsia has 5 million households, with a mean household income of €42 000 a year.

| Households, ranked by income | Share of total household income (%) |
| --- | --- |
| Poorest 20 % | 6 |
| Second 20 % | 11 |
| Third 20 % | 16 |
| Fourth 20 % | 22 |
| Richest 20 % | 45 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.4",
        term: "relative poverty",
        points: [
          "having an income below a certain level relative to others in the society",
          "commonly defined as below a percentage (e.g. 50 % or 60 %) of median household income",
        ],
        keywords: [
          ["relative", "compared", "others"],
          ["median", "50 %", "60 %"],
        ],
        workedSolution:
          "**Relative poverty** is having an income well below that of others in the same society, so that a household cannot afford the standard of living regarded as normal there; it is usually measured as an income below 50 % or 60 % of the median household income.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.4",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate how many times greater the income share of the richest 20 % of households is than the share of the poorest 20 %.",
        numericAnswer: { value: 7.5, tolerance: 0.005 },
        markscheme: [pt("p1", 1, "45 ÷ 6 = 7.5 (times)", ["7.5"])],
        workedSolution: "$45 \\div 6 = 7.5$: the richest fifth receive 7.5 times as much income as the poorest fifth.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.4",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the total household income in Tarsia, in € billion.",
        numericAnswer: { value: 210, tolerance: 0, unit: "€ billion" },
        markscheme: [pt("p1", 1, "5 million × €42 000 = €210 billion", ["210"])],
        workedSolution: "$5\\,000\\,000 \\times €42\\,000 = €210\\,000\\,000\\,000 = €210$ billion.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.4",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(ii), calculate the mean income of a household in the poorest 20 %, in €.",
        numericAnswer: { value: 12600, tolerance: 0, unit: "€", followThrough: { from: ["b(ii)"], value: "0.06 * b_ii * 1e9 / 1e6" } },
        markscheme: [
          pt("p1", 1, "income of poorest 20 % = 6 % × €210 billion = €12.6 billion, shared by 1 million households", ["12.6", "1 million"]),
          pt("p2", 1, "€12.6 billion ÷ 1 000 000 = €12 600 **(FT)** their (b)(ii)", ["12600", "12 600"]),
        ],
        workedSolution:
          "The poorest 20 % of 5 million households is 1 million households. Their total income is $0.06 \\times €210$ billion $= €12.6$ billion, so their mean income is $€12.6 \\times 10^9 \\div 10^6 = €12\\,600$ — just 30 % of the overall mean.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.4",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a Lorenz curve diagram, explain how the data show inequality in Tarsia and how a more progressive tax system would affect it.",
        markscheme: [
          pt("p1", 1, "diagram: axes cumulative % of households (x) and cumulative % of income (y); 45° line of perfect equality", [
            "cumulative",
            "line of equality",
            "45",
          ]),
          pt("p2", 1, "diagram: Lorenz curve below the diagonal through points such as (20, 6), (40, 17), (60, 33), (80, 55)", ["Lorenz", "17", "33", "55"]),
          pt("p3", 1, "the further the curve from the line of equality, the greater the inequality (higher Gini coefficient)", ["further", "Gini"]),
          pt(
            "p4",
            1,
            "progressive taxes take a larger share of higher incomes, so the post-tax Lorenz curve moves closer to the line of equality (Gini falls)",
            ["progressive", "closer", "larger share"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Cumulative percentage of households (from poorest) on the horizontal axis and cumulative percentage of income on the vertical axis, both 0–100. The 45° diagonal is the line of perfect equality. Tarsia's Lorenz curve lies below it, passing through (20, 6), (40, 17), (60, 33) and (80, 55) to (100, 100). A second curve, closer to the diagonal, shows incomes after more progressive taxation.\n\n**Explanation.** If incomes were equal, each 20 % of households would receive 20 % of income; instead the poorest 40 % receive only 17 %. The gap between the curve and the line of equality (the Gini coefficient) measures inequality. A progressive tax takes a larger percentage of higher incomes; replacing some sales taxes (which take a larger share of poor households' income) with progressive income taxes, and spending the revenue on transfers or services for poorer households, would move the post-tax Lorenz curve towards the diagonal.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.4",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** causes of the widening income inequality in Tarsia suggested by the text.",
        markscheme: [
          pt("p1", 1, "decline of well-paid factory jobs (structural change)", ["factory jobs", "structural"]),
          pt("p2", 1, "explained: workers move to lower-paid / insecure jobs or unemployment, while high-skilled workers' pay rises", [
            "lower-paid",
            "unemployment",
            "skills",
          ]),
          pt("p3", 1, "unequal access to good schools (inequality of opportunity / human capital)", ["schools", "opportunity", "human capital"]),
          pt("p4", 1, "explained: children from poor households gain fewer skills and qualifications, so earn less as adults (persists across generations)", [
            "generations",
            "qualifications",
          ]),
          pt("p5", 1, "regressive tax system: sales taxes take a higher proportion of low incomes", ["regressive", "sales taxes", "indirect"]),
        ],
        workedSolution:
          "Two causes, each identified (1) and explained (1).\n\n**Structural change in the labour market.** As well-paid factory jobs disappear, many workers with factory skills move into lower-paid, less secure service jobs or become unemployed, while demand and pay for highly skilled workers rise, widening the gap.\n\n**Unequal access to education.** Children from poorer families attend worse schools and gain fewer qualifications, so they earn less as adults: inequality of opportunity becomes inequality of income and persists across generations.\n\n(Also credit: heavy reliance on sales taxes, which are regressive — they take a larger share of the income of poorer households.)",
      },
    ],
  },

  // ───────────── 30 Joining a customs union ─────────────
  {
    key: "economics-mp-30",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Two years inside the customs union

Two years ago, Pelorin joined the Southern Customs Union (SCU), removing tariffs on trade with its five neighbours and adopting the union's **common external tariff** on imports from the rest of the world. Exporters of processed food and textiles have expanded rapidly into the larger regional market. Imports from the SCU have also risen, while imports from the rest of the world have fallen, partly because some goods that used to come cheaply from Asia are now bought from higher-cost SCU producers.

| Pelorin's trade (€ billion) | Year before joining | Two years after joining |
| --- | --- | --- |
| Exports to SCU members | 12.4 | 18.6 |
| Imports from SCU members | 15.0 | 21.0 |
| Imports from the rest of the world | 9.0 | 6.3 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.4",
        term: "common external tariff",
        points: ["a tariff set at the same rate by all members of a customs union", "on imports from countries outside the union (non-members)"],
        keywords: [
          ["same rate", "all members", "customs union"],
          ["outside", "non-members", "rest of the world"],
        ],
        workedSolution:
          "A **common external tariff** is a tariff applied at the same rate by every member of a customs union to imports from non-member countries, while trade between members is tariff-free.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.4",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in Pelorin's exports to SCU members.",
        numericAnswer: { value: 50, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(18.6 − 12.4) ÷ 12.4 × 100 = 50 %", ["50"])],
        workedSolution: "$$\\frac{18.6 - 12.4}{12.4} \\times 100 = \\frac{6.2}{12.4} \\times 100 = 50\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.4",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in Pelorin's imports from the rest of the world.",
        numericAnswer: { value: 30, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(9.0 − 6.3) ÷ 9.0 × 100 = 30 %", ["30"])],
        workedSolution: "$$\\frac{9.0 - 6.3}{9.0} \\times 100 = 30\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "4.4",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of Pelorin's total imports that came from SCU members two years after joining.",
        numericAnswer: { value: 76.9, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "total imports = 21.0 + 6.3 = €27.3 billion", ["27.3"]), pt("p2", 1, "21.0 ÷ 27.3 × 100 = 76.9 %", ["76.9"])],
        workedSolution:
          "Total imports $= 21.0 + 6.3 = €27.3$ billion; $\\dfrac{21.0}{27.3} \\times 100 = 76.9\\ \\%$ (up from $15.0 \\div 24.0 = 62.5\\ \\%$ before joining).",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "4.4",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** benefits for Pelorin of joining the customs union.",
        markscheme: [
          pt("p1", 1, "access to a larger market without tariffs: exporters sell more (exports up 50 %)", ["larger market", "50", "exports"]),
          pt("p2", 1, "explained: firms gain economies of scale, lowering average costs / more output and jobs in food processing and textiles", [
            "economies of scale",
            "jobs",
          ]),
          pt("p3", 1, "consumers gain from cheaper imports from members / more choice (trade creation)", ["cheaper", "choice", "trade creation"]),
          pt("p4", 1, "greater competition from member firms pushes domestic firms to be more efficient", ["competition", "efficien"]),
          pt("p5", 1, "more attractive to FDI (firms locate to serve the whole union); stronger bargaining power in trade negotiations", ["FDI", "bargaining"]),
        ],
        workedSolution:
          "Two benefits, each identified (1) and explained (1).\n\n**A larger tariff-free market.** Pelorin's exporters can sell to five neighbours without tariffs; exports to members rose 50 %. Producing more lets firms exploit economies of scale, lowering average costs and creating jobs in food processing and textiles.\n\n**Cheaper imports and more competition.** Where SCU producers are more efficient than Pelorin's, removing tariffs lets consumers buy their goods more cheaply (trade creation), and the competition pushes domestic firms to become more efficient. (Also credit: attracting FDI into a union-wide market; stronger bargaining power as a bloc.)",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.4",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Using the information in the text, explain one possible cost to Pelorin of joining the customs union.",
        markscheme: [
          pt("p1", 1, "goods once bought cheaply from Asia are now bought from higher-cost SCU producers (trade diversion)", [
            "trade diversion",
            "higher-cost",
            "Asia",
          ]),
          pt("p2", 1, "because the common external tariff makes imports from outside the union dearer than members' goods", [
            "common external tariff",
            "dearer",
          ]),
          pt("p3", 1, "consumers pay more / resources are allocated less efficiently; the government loses tariff revenue on imports from members", [
            "pay more",
            "inefficien",
            "tariff revenue",
          ]),
          pt("p4", 1, "loss of sovereignty over trade policy / domestic firms that cannot compete with member firms may close", ["sovereignty", "close"]),
        ],
        workedSolution:
          "Any three points.\n\nThe text notes that some goods that used to come cheaply from Asia are now bought from higher-cost SCU producers. Because the common external tariff applies to Asian goods but not to members' goods, SCU producers can undercut Asian ones in Pelorin's market even though they are less efficient — **trade diversion**. Pelorin's consumers pay more than they need to, world resources are used less efficiently, and the government loses the tariff revenue it used to collect. Pelorin has also given up control of its own trade policy.",
      },
    ],
  },

  // ───────────── 31 Cigarette tax and a demerit good ─────────────
  {
    key: "economics-mp-31",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Another rise in tobacco tax

The government of Caldera has raised the excise tax on cigarettes by €1.00 a pack, as part of its plan to cut smoking rates by a third within ten years. Cigarettes are a **demerit good**, the health minister said, whose consumption harms both smokers and the people around them and costs the public health service dearly.

The average retail price of a pack rose from €8.00 to €8.85 after the increase, and sales fell from 120 million to 114 million packs a year. Anti-smoking campaigners say the rise is too small to make much difference; retailers in border towns warn that smokers will buy cheaper cigarettes across the border or from illegal sellers.`,
    parts: [
      define({
        label: "a",
        topicCode: "2.8",
        term: "demerit good",
        points: [
          "a good that is harmful to the people who consume it (and often to others)",
          "and would be overconsumed in a free market, because consumers underestimate / lack information about its harm",
        ],
        keywords: [
          ["harmful", "consumers"],
          ["overconsumed", "underestimate", "information"],
        ],
        workedSolution:
          "A **demerit good** is a good that is harmful to those who consume it, and often to others (negative consumption externalities); because consumers underestimate the harm or lack information, it is overconsumed in a free market.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the retail price of a pack of cigarettes.",
        numericAnswer: { value: 10.6, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(8.85 − 8.00) ÷ 8.00 × 100 = 10.6 %", ["10.6", "10.625"])],
        workedSolution: "$$\\frac{8.85 - 8.00}{8.00} \\times 100 = \\frac{0.85}{8.00} \\times 100 = 10.6\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the price elasticity of demand (PED) for cigarettes. Give your answer as an absolute value.",
        numericAnswer: { value: 0.47, tolerance: 0.005, followThrough: { from: ["b(i)"], value: "5 / b_i" } },
        markscheme: [pt("p1", 1, "%ΔQd = (114 − 120) ÷ 120 × 100 = −5 %", ["5"]), pt("p2", 1, "PED = 5 ÷ 10.6 = 0.47 **(FT)** their (b)(i)", ["0.47"])],
        workedSolution:
          "$\\%\\Delta Q_d = \\dfrac{114 - 120}{120} \\times 100 = -5\\ \\%$.\n\n$$\\text{PED} = \\frac{-5}{10.6} = -0.47$$\n\nAs an absolute value, 0.47: demand is price inelastic.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the annual government revenue raised by the €1.00 increase in tax, in € million.",
        numericAnswer: { value: 114, tolerance: 0.5, unit: "€ million" },
        markscheme: [pt("p1", 1, "€1.00 × 114 million packs = €114 million", ["114"])],
        workedSolution: "The extra tax is collected on every pack still sold: €1.00 × 114 million = **€114 million** a year.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain why most of the tax increase was paid by consumers.",
        markscheme: [
          pt("p1", 1, "diagram: axes price and quantity of cigarettes; steep (inelastic) demand curve; supply shifts up / left by the tax (€1.00) vertically", [
            "inelastic",
            "supply shifts",
            "vertical",
          ]),
          pt(
            "p2",
            1,
            "diagram: price paid by consumers rises from €8.00 to €8.85; price received by producers falls to €7.85; consumer and producer shares of tax shown",
            ["8.85", "7.85", "shares"],
          ),
          pt("p3", 1, "because demand is price inelastic (0.47), consumers continue to buy, so firms can pass most of the tax on", ["inelastic", "pass on"]),
          pt("p4", 1, "consumers pay €0.85 of the €1.00 (85 %), producers only €0.15", ["0.85", "85", "0.15"]),
        ],
        workedSolution:
          "**Diagram (described).** Price (€ per pack) on the vertical axis and quantity (million packs) on the horizontal. A steep demand curve D and supply S₁ cross at €8.00 and 120 million. The tax shifts supply vertically up by €1.00 to S₂ = S₁ + tax; the new equilibrium is €8.85 and 114 million. Producers keep €8.85 − €1.00 = €7.85. The tax revenue rectangle (€1.00 × 114 million) is divided into the consumers' share (€8.00 to €8.85) and the producers' share (€7.85 to €8.00).\n\n**Explanation.** Cigarettes are addictive and have few substitutes, so demand is price inelastic (PED = 0.47). When the tax raises firms' costs, they can pass most of it on in a higher price without losing many sales. Consumers therefore pay €0.85 of the €1.00 (85 %) and producers only €0.15.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** reasons why the tax increase may do little to reduce smoking in Caldera.",
        markscheme: [
          pt("p1", 1, "demand is price inelastic (PED 0.47), because cigarettes are addictive / habit-forming", ["inelastic", "addictive"]),
          pt("p2", 1, "explained: sales fell only 5 %, far from the target of cutting smoking by a third", ["5 %", "a third"]),
          pt("p3", 1, "smokers may buy cheaper cigarettes across the border / from illegal sellers (smuggling, parallel market)", [
            "border",
            "illegal",
            "smuggl",
          ]),
          pt("p4", 1, "explained: legal sales fall but consumption does not; the government loses revenue and cannot control quality", [
            "revenue",
            "consumption does not",
          ]),
          pt("p5", 1, "smokers may switch to cheaper brands / hand-rolled tobacco", ["cheaper brands", "switch"]),
        ],
        workedSolution:
          "Two reasons, each identified (1) and explained (1).\n\n**Inelastic demand.** Nicotine is addictive, so demand is price inelastic: a 10.6 % price rise cut sales by only 5 %. Reaching the target of a one-third cut would need a very large tax, or other measures (advertising bans, education, support to quit).\n\n**Substitution outside the taxed market.** Smokers in border towns can buy cheaper cigarettes abroad, and higher prices reward smuggling and illegal sellers. Recorded sales fall, but actual smoking falls less; the government loses tax revenue and the illegal cigarettes may be even more harmful.",
      },
    ],
  },

  // ───────────── 32 Supply-side policies and productivity ─────────────
  {
    key: "economics-mp-32",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Hestra's training drive pays off

Five years ago, the government of Hestra launched a programme of **supply-side policies**: it doubled spending on vocational training and apprenticeships, funded high-speed internet in rural areas, and simplified the rules for starting a business. Business leaders now report that skill shortages have eased and that productivity has risen, although critics note that the programme cost €4 billion and that its effects took several years to appear.

| | Before the programme | Five years later |
| --- | --- | --- |
| Real GDP (€ billion, constant prices) | 240.0 | 256.2 |
| Number of workers employed (million) | 12.0 | 12.2 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.7",
        term: "supply-side policies",
        points: [
          "government policies that aim to increase the quantity and / or quality of factors of production / improve how markets work",
          "so as to increase potential output (shift LRAS to the right) / long-term growth",
        ],
        keywords: [
          ["quantity", "quality", "factors of production", "markets"],
          ["LRAS", "potential output", "long-term"],
        ],
        workedSolution:
          "**Supply-side policies** are government policies that aim to increase the economy's productive capacity — by raising the quantity or quality of the factors of production or making markets work more efficiently — so shifting LRAS to the right and raising potential output.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate real output per worker before the programme, in €.",
        numericAnswer: { value: 20000, tolerance: 0, unit: "€" },
        markscheme: [pt("p1", 1, "€240.0 billion ÷ 12.0 million = €20 000", ["20000", "20 000"])],
        workedSolution: "$\\dfrac{€240.0 \\times 10^9}{12.0 \\times 10^6} = €20\\,000$ per worker.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate real output per worker five years later, in €.",
        numericAnswer: { value: 21000, tolerance: 0, unit: "€" },
        markscheme: [pt("p1", 1, "€256.2 billion ÷ 12.2 million = €21 000", ["21000", "21 000"])],
        workedSolution: "$\\dfrac{€256.2 \\times 10^9}{12.2 \\times 10^6} = €21\\,000$ per worker.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answers to (b)(i) and (b)(ii), calculate the percentage increase in labour productivity.",
        numericAnswer: { value: 5, tolerance: 0.05, unit: "%", followThrough: { from: ["b(i)", "b(ii)"], value: "(b_ii - b_i) / b_i * 100" } },
        markscheme: [pt("p1", 1, "(21 000 − 20 000) ÷ 20 000 × 100 = 5 % **(FT)** their (b)(i) and (b)(ii)", ["5"])],
        workedSolution: "$$\\frac{21\\,000 - 20\\,000}{20\\,000} \\times 100 = 5\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how spending on vocational training can increase Hestra's potential output.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD, SRAS and vertical LRAS (or Keynesian AS)", ["LRAS", "price level", "real GDP"]),
          pt("p2", 1, "diagram: LRAS shifts right from Yp₁ to Yp₂; higher real GDP (and lower price level, other things equal)", [
            "LRAS shifts right",
            "potential",
          ]),
          pt("p3", 1, "training raises the quality of labour / human capital, so workers are more productive (productivity up 5 %)", [
            "human capital",
            "productiv",
            "5",
          ]),
          pt("p4", 1, "easing skill shortages lowers firms' costs / reduces structural unemployment, increasing productive capacity", [
            "skill shortages",
            "structural",
            "productive capacity",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD crosses SRAS on a vertical LRAS₁ at potential output Yp₁. Training shifts LRAS right to LRAS₂ (and SRAS right), so the economy can produce Yp₂; with unchanged AD the price level would fall, and growing AD can be met without inflation.\n\n**Explanation.** Vocational training and apprenticeships raise the skills of the labour force — the quality of the factor labour, or human capital. Skilled workers produce more per hour (output per worker rose 5 %), and filling skill shortages lets firms expand and lowers their costs. Unemployed workers with outdated skills can move into new jobs, reducing structural unemployment. All of this raises the economy's productive capacity: LRAS shifts right.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** limitations of interventionist supply-side policies such as Hestra's programme.",
        markscheme: [
          pt("p1", 1, "time lags: training and infrastructure take years to raise productivity", ["time lag", "years"]),
          pt("p2", 1, "explained: they cannot deal with short-term problems such as a recession; benefits may come after the government has changed", [
            "short-term",
            "recession",
          ]),
          pt("p3", 1, "cost / opportunity cost: €4 billion of government spending could have funded other services, or adds to debt / taxes", [
            "opportunity cost",
            "4 billion",
            "debt",
          ]),
          pt("p4", 1, "government failure: training may not match the skills firms need / poorly targeted spending", [
            "government failure",
            "match",
            "targeted",
          ]),
          pt("p5", 1, "results uncertain / hard to attribute: productivity may have risen for other reasons", ["uncertain", "attribute"]),
        ],
        workedSolution:
          "Two limitations, each identified (1) and explained (1).\n\n**Time lags.** Training a workforce and building internet infrastructure take years; as critics note, Hestra's results took several years to appear, so such policies cannot help in a sudden recession.\n\n**Cost and risk of government failure.** The programme cost €4 billion, which had an opportunity cost in other spending, higher taxes or more borrowing. And government may train people for the wrong skills or spend inefficiently; it is also hard to tell how much of the 5 % productivity rise was due to the programme rather than other factors.",
      },
    ],
  },

  // ───────────── 33 Foreign direct investment in a car plant ─────────────
  {
    key: "economics-mp-33",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Car plant brings jobs — and questions

A multinational car maker has opened a €2.4 billion assembly plant in Marrav, a lower-middle-income country, the largest single **foreign direct investment** in its history. The plant employs 8000 workers at an average wage of €9600 a year — well above Marrav's national average wage of €6000 — and buys parts from a growing number of local suppliers.

The government attracted the investment with a ten-year exemption from profits tax. Critics argue that the company will send much of its profit home: it expects annual profits of about €500 million, of which 35 % are to be repatriated to its headquarters abroad.`,
    parts: [
      define({
        label: "a",
        topicCode: "4.10",
        term: "foreign direct investment",
        points: [
          "long-term investment by a firm (multinational corporation) in productive assets in another country",
          "in which it has a controlling interest (e.g. building a factory or buying a local firm)",
        ],
        keywords: [
          ["long-term", "multinational", "another country"],
          ["controlling interest", "factory", "productive assets"],
        ],
        workedSolution:
          "**Foreign direct investment** (FDI) is long-term investment by a firm, usually a multinational corporation, in productive assets in another country — for example building a factory or buying a local firm — over which it has a controlling interest.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.10",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage by which the average wage at the plant exceeds Marrav's national average wage.",
        numericAnswer: { value: 60, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(9600 − 6000) ÷ 6000 × 100 = 60 %", ["60"])],
        workedSolution: "$$\\frac{9600 - 6000}{6000} \\times 100 = 60\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.10",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the total annual wages paid to workers at the plant, in € million.",
        numericAnswer: { value: 76.8, tolerance: 0.05, unit: "€ million" },
        markscheme: [pt("p1", 1, "8000 × €9600 = €76 800 000 = €76.8 million", ["76.8"])],
        workedSolution: "$8000 \\times €9600 = €76\\,800\\,000 = €76.8$ million a year.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "4.10",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the expected annual profit repatriated to the company's headquarters, in € million.",
        numericAnswer: { value: 175, tolerance: 0.5, unit: "€ million" },
        markscheme: [pt("p1", 1, "35 % × €500 million = €175 million", ["175"])],
        workedSolution: "$0.35 \\times €500\\ \\text{million} = €175$ million a year leaves the country.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "4.10",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how the investment in the car plant could increase Marrav's real GDP in both the short run and the long run.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD shifts right (short run)", ["AD shifts right", "real GDP"]),
          pt("p2", 1, "diagram: LRAS shifts right (long run), higher potential output", ["LRAS", "potential output"]),
          pt("p3", 1, "the investment spending and the wages (€76.8 million) and purchases from local suppliers raise AD (multiplier)", [
            "investment",
            "76.8",
            "suppliers",
            "multiplier",
          ]),
          pt("p4", 1, "new capital, technology and workers' skills increase productive capacity; exports may rise", [
            "capital",
            "technology",
            "skills",
            "exports",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD₁ shifts right to AD₂ (short run); LRAS₁ shifts right to LRAS₂ (long run). Real GDP rises, and with both shifts the rise in the price level is limited.\n\n**Explanation.** In the short run, building the plant is investment spending; once it operates, its €76.8 million of wages and its purchases from local suppliers raise incomes and consumption, so AD rises by more than the initial spending through the multiplier. In the long run, the plant adds capital and modern technology, workers gain skills, and local suppliers learn to meet higher standards: Marrav's productive capacity grows, shifting LRAS to the right. Car exports add to AD too.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.10",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** reasons why the benefits of the car plant to Marrav's development may be smaller than the government hopes.",
        markscheme: [
          pt("p1", 1, "repatriation of profits: €175 million a year leaves the country rather than being reinvested", ["repatriat", "175"]),
          pt("p2", 1, "explained: outflows on the current account (primary income) reduce national income (GNI) gains", [
            "current account",
            "GNI",
            "primary income",
          ]),
          pt("p3", 1, "the ten-year tax exemption means the government gains no profits tax to spend on health / education", [
            "tax exemption",
            "no tax",
            "health",
          ]),
          pt("p4", 1, "only 8000 jobs; skilled / managerial jobs may go to foreign staff; few linkages if parts are imported", [
            "8000",
            "foreign staff",
            "linkages",
            "imported",
          ]),
          pt("p5", 1, "the firm may leave when the tax break ends / footloose; environmental costs", ["leave", "footloose", "environment"]),
        ],
        workedSolution:
          "Two reasons, each identified (1) and explained (1).\n\n**Profits leave the country.** About €175 million a year will be repatriated, an outflow of primary income, so Marrav's gross national income gains much less than its GDP, and the money is not reinvested locally.\n\n**Little tax revenue.** Because of the ten-year tax exemption, the government collects no profits tax that could fund schools, clinics and infrastructure; and when the exemption ends the company may move to another country offering a new tax break. (Also credit: 8000 jobs is small relative to the labour force; senior jobs may go to foreign staff; linkages are weak if parts are imported.)",
      },
    ],
  },

  // ───────────── 34 Opening a rice market to free trade ─────────────
  {
    key: "economics-mp-34",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Cheap rice imports divide Sunda

Under a new trade agreement, Sunda has removed its ban on rice imports. Before the agreement the domestic market was closed to foreign rice, and the domestic price was €1.20 per kg. Sunda can now import unlimited rice at the world price of €0.80 per kg.

Urban consumers, for whom rice is a staple, welcome the lower prices. But many small rice farmers, who cannot produce profitably at the world price, are leaving the land; farmers' groups are calling for **trade protection** to be restored.

| | Before free trade | With free trade |
| --- | --- | --- |
| Price of rice (€ per kg) | 1.20 | 0.80 |
| Domestic production (thousand tonnes) | 800 | 500 |
| Domestic consumption (thousand tonnes) | 800 | 1000 |`,
    parts: [
      define({
        label: "a",
        topicCode: "4.2",
        term: "trade protection",
        points: [
          "government measures / barriers that restrict imports (or international trade)",
          "in order to protect domestic producers from foreign competition (e.g. tariffs, quotas, subsidies)",
        ],
        keywords: [
          ["restrict", "barriers", "imports"],
          ["protect domestic producers", "tariffs", "quotas"],
        ],
        workedSolution:
          "**Trade protection** means government measures that restrict imports, such as tariffs, quotas, production subsidies and administrative barriers, in order to protect domestic producers from foreign competition.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the quantity of rice imported with free trade, in thousand tonnes.",
        numericAnswer: { value: 500, tolerance: 0, unit: "thousand tonnes" },
        markscheme: [pt("p1", 1, "1000 − 500 = 500 thousand tonnes", ["500"])],
        workedSolution: "Imports = consumption − domestic production = 1000 − 500 = **500 thousand tonnes**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in domestic production of rice.",
        numericAnswer: { value: 37.5, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(800 − 500) ÷ 800 × 100 = 37.5 %", ["37.5"])],
        workedSolution: "$$\\frac{800 - 500}{800} \\times 100 = 37.5\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "4.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the fall in the revenue of Sunda's rice farmers, in € million.",
        numericAnswer: { value: 560, tolerance: 0.5, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "before: €1.20 × 800 million kg = €960 million; after: €0.80 × 500 million kg = €400 million", ["960", "400"]),
          pt("p2", 1, "fall of €560 million", ["560"]),
        ],
        workedSolution:
          "1 thousand tonnes = 1 million kg.\n\n- Before: €1.20 × 800 million kg = €960 million.\n- With free trade: €0.80 × 500 million kg = €400 million.\n\nFarmers' revenue falls by **€560 million**.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "4.1",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a diagram, explain the effects of free trade in rice on Sunda's consumers and producers.",
        markscheme: [
          pt("p1", 1, "diagram: domestic D and S crossing at €1.20 and 800; world price line (Pw = €0.80) below", ["world price", "Pw", "1.20"]),
          pt("p2", 1, "diagram: at Pw domestic supply 500, demand 1000, imports 500 shown", ["imports", "500", "1000"]),
          pt("p3", 1, "consumers: lower price and higher consumption; consumer surplus increases", ["consumer surplus", "lower price"]),
          pt(
            "p4",
            1,
            "producers: lower price, output falls, producer surplus decreases; but the gain in consumer surplus exceeds the loss in producer surplus (net welfare gain)",
            ["producer surplus", "net gain", "welfare"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Price (€ per kg) on the vertical axis, quantity (thousand tonnes) on the horizontal. Domestic demand D and domestic supply S cross at €1.20 and 800 (the closed-economy equilibrium). A horizontal world supply line at Pw = €0.80 lies below it. At Pw domestic firms supply 500 and consumers buy 1000; the gap, 500, is imported.\n\n**Explanation.** With free trade the price falls to the world price. Consumers pay less and buy more, so consumer surplus rises (by the area between €1.20 and €0.80 left of the demand curve). Domestic farmers receive less and produce less, so producer surplus falls, and resources leave rice farming. Part of the consumers' gain is a transfer from producers; the rest is a net gain in welfare, because rice is now obtained more cheaply from more efficient foreign producers.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** arguments that Sunda's farmers' groups could use for restoring trade protection.",
        markscheme: [
          pt("p1", 1, "protecting jobs / livelihoods: many small farmers are leaving the land", ["jobs", "livelihood", "farmers"]),
          pt("p2", 1, "explained: structural unemployment in rural areas, as farmers lack skills for other work; rural poverty / inequality", [
            "structural",
            "rural",
            "poverty",
          ]),
          pt("p3", 1, "food security / strategic argument: relying on imports for a staple is risky if world prices rise or supply is disrupted", [
            "food security",
            "staple",
            "strategic",
          ]),
          pt("p4", 1, "protection against dumping / unfairly subsidised foreign rice", ["dumping", "subsidised"]),
          pt("p5", 1, "balance of payments: 500 thousand tonnes of imports add to a current account deficit", ["current account", "imports"]),
        ],
        workedSolution:
          "Two arguments, each identified (1) and explained (1).\n\n**Jobs and livelihoods.** Domestic production fell 37.5 % and farmers' revenue by €560 million; small farmers lack the skills or capital to move into other work, so the result is structural unemployment and deeper poverty in rural areas.\n\n**Food security.** Rice is a staple. If Sunda relies on imports for half its rice, a harvest failure abroad, an export ban by a supplier or a jump in world prices could leave people unable to afford food; keeping a domestic rice industry is a strategic safeguard. (Also credit: anti-dumping if foreign rice is subsidised; balance of payments.)",
      },
    ],
  },

  // ───────────── 35 Falling prices: deflation ─────────────
  {
    key: "economics-mp-35",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Prices fall for a second year in Ventara

Consumer prices in Ventara fell again last year, and the central bank now fears a spiral of **deflation**. Weak demand from households, who are paying off debts taken on during a property boom, and falling business investment have left many firms cutting prices to sell their stock.

Although the central bank's policy interest rate is only 0.5 %, borrowing remains weak. Shop owners report that customers are delaying purchases of cars and furniture "because they will be cheaper next year", and indebted households complain that their debts are becoming harder to repay as their wages are cut.

| | 2022 | 2023 | 2024 |
| --- | --- | --- | --- |
| Consumer price index (2020 = 100) | 104.0 | 103.2 | 102.1 |`,
    parts: [
      define({
        label: "a",
        topicCode: "3.3",
        term: "deflation",
        points: ["a sustained / persistent fall", "in the general / average price level (a negative rate of inflation)"],
        keywords: [
          ["sustained", "persistent", "continuous"],
          ["general price level", "average price level", "negative"],
        ],
        workedSolution:
          "**Deflation** is a sustained fall in the general (average) price level — a negative rate of inflation, as measured by a price index such as the CPI.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the rate of inflation in Ventara in 2023.",
        numericAnswer: { value: -0.77, tolerance: 0.005, unit: "%" },
        markscheme: [pt("p1", 1, "(103.2 − 104.0) ÷ 104.0 × 100 = −0.77 %", ["-0.77", "−0.77"])],
        workedSolution: "$$\\frac{103.2 - 104.0}{104.0} \\times 100 = -0.77\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the rate of inflation in Ventara in 2024.",
        numericAnswer: { value: -1.07, tolerance: 0.005, unit: "%" },
        markscheme: [pt("p1", 1, "(102.1 − 103.2) ÷ 103.2 × 100 = −1.07 %", ["-1.07", "−1.07"])],
        workedSolution: "$$\\frac{102.1 - 103.2}{103.2} \\times 100 = -1.07\\ \\%$$\n\nPrices fell faster in 2024 than in 2023.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "3.5",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(ii), calculate the real interest rate in 2024, given the policy interest rate of 0.5 %.",
        numericAnswer: { value: 1.57, tolerance: 0.005, unit: "%", followThrough: { from: ["b(ii)"], value: "0.5 - b_ii" } },
        markscheme: [pt("p1", 1, "0.5 − (−1.07) = 1.57 % **(FT)** their (b)(ii)", ["1.57"])],
        workedSolution:
          "Real interest rate ≈ nominal rate − inflation = 0.5 − (−1.07) = **1.57 %**: with falling prices, the real cost of borrowing is higher than the nominal rate.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "3.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using an AD/AS diagram, explain how weak household spending and investment have caused deflation in Ventara.",
        markscheme: [
          pt("p1", 1, "diagram: axes average price level and real GDP; AD and SRAS (and LRAS) with initial equilibrium", ["price level", "real GDP", "SRAS"]),
          pt("p2", 1, "diagram: AD shifts left; lower price level and lower real GDP (recessionary gap)", ["AD shifts left", "lower price level"]),
          pt("p3", 1, "consumption and investment are components of AD; households repaying debt and firms cutting investment reduce AD", [
            "consumption",
            "investment",
            "debt",
          ]),
          pt("p4", 1, "excess supply at the old price level: firms cut prices to sell stock, so the price level falls (bad / demand-side deflation)", [
            "excess supply",
            "cut prices",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Average price level on the vertical axis, real GDP on the horizontal. AD₁ crosses SRAS at P₁, Y₁ (on LRAS). AD shifts left to AD₂; the new equilibrium has a lower price level P₂ and lower real GDP Y₂, a recessionary gap.\n\n**Explanation.** Consumption and investment are components of AD. Households paying off debts from the property boom spend less, and firms, expecting weak sales, invest less, so AD falls. At the old price level firms cannot sell all their output, so they cut prices to clear stock and reduce output: the price level falls along with real GDP. This demand-side deflation is associated with rising unemployment.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "3.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** costs of deflation for the Ventaran economy.",
        markscheme: [
          pt("p1", 1, "delayed spending: consumers postpone purchases expecting lower prices (cars, furniture)", ["postpone", "delay", "cheaper next year"]),
          pt("p2", 1, "explained: AD falls further, causing a deflationary spiral with falling output and rising unemployment", ["spiral", "unemployment"]),
          pt("p3", 1, "real value of debt rises: debts are fixed in nominal terms while wages and prices fall", ["real value of debt", "debt"]),
          pt("p4", 1, "explained: indebted households / firms cut spending or default; bankruptcies", ["default", "bankrupt"]),
          pt("p5", 1, "monetary policy is weakened: nominal rates cannot fall much below zero, so real interest rates stay high (1.57 %)", [
            "zero",
            "real interest",
            "1.57",
          ]),
        ],
        workedSolution:
          "Two costs, each identified (1) and explained (1).\n\n**Delayed spending.** When prices are expected to keep falling, consumers postpone buying durable goods, as the shop owners report. This reduces AD further, leading to more price cuts, lower output and job losses — a deflationary spiral.\n\n**Heavier debts.** Debts are fixed in money terms, but wages and prices are falling, so the real burden of debt rises. Indebted households and firms must cut spending to repay, and some default. (Also credit: with nominal rates near zero, real interest rates rise as prices fall — 1.57 % here — so monetary policy cannot easily stimulate demand.)",
      },
    ],
  },

  // ───────────── 36 Raising the minimum wage ─────────────
  {
    key: "economics-mp-36",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Minimum wage rises by a quarter

Oristad's government raised the national **minimum wage** from €8.00 to €10.00 an hour last year, arguing that full-time workers should not live in poverty. Employer groups in retail and hospitality warned that jobs would be lost, and some small cafés have replaced staff with self-service ordering screens.

Official estimates for workers paid at or near the minimum wage are shown below. These workers work an average of 30 hours a week.

| | Before the increase | After the increase |
| --- | --- | --- |
| Minimum hourly wage (€) | 8.00 | 10.00 |
| Employment of minimum-wage workers (million) | 2.50 | 2.40 |`,
    parts: [
      define({
        label: "a",
        topicCode: "2.7",
        term: "minimum wage",
        points: [
          "the lowest wage per hour that employers may legally pay workers (a price floor in the labour market)",
          "set by the government above the market equilibrium wage",
        ],
        keywords: [
          ["lowest wage", "legally", "price floor"],
          ["above", "equilibrium wage"],
        ],
        workedSolution:
          "A **minimum wage** is the lowest hourly wage that employers may legally pay; it is a price floor in the labour market and has an effect only if set above the equilibrium wage.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the minimum wage.",
        numericAnswer: { value: 25, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(10.00 − 8.00) ÷ 8.00 × 100 = 25 %", ["25"])],
        workedSolution: "$$\\frac{10.00 - 8.00}{8.00} \\times 100 = 25\\ \\%$$",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in the employment of minimum-wage workers.",
        numericAnswer: { value: 4, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(2.50 − 2.40) ÷ 2.50 × 100 = 4 %", ["4"])],
        workedSolution: "$$\\frac{2.50 - 2.40}{2.50} \\times 100 = 4\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.5",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answers to (b)(i) and (b)(ii), calculate the elasticity of demand for minimum-wage workers with respect to the wage, as an absolute value.",
        numericAnswer: { value: 0.16, tolerance: 0.005, followThrough: { from: ["b(i)", "b(ii)"], value: "b_ii / b_i" } },
        markscheme: [pt("p1", 1, "4 ÷ 25 = 0.16 **(FT)** their (b)(i) and (b)(ii)", ["0.16"])],
        workedSolution:
          "$\\dfrac{\\%\\Delta \\text{employment}}{\\%\\Delta \\text{wage}} = \\dfrac{-4}{25} = -0.16$; as an absolute value **0.16** — the demand for this labour is wage inelastic.",
      },
      {
        label: "b(iv)",
        type: "NUMERIC",
        topicCode: "2.7",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the change in the total weekly earnings of minimum-wage workers, in € million.",
        numericAnswer: { value: 120, tolerance: 0.5, unit: "€ million" },
        markscheme: [
          pt("p1", 1, "before: €8.00 × 30 × 2.50 million = €600 million; after: €10.00 × 30 × 2.40 million = €720 million", ["600", "720"]),
          pt("p2", 1, "an increase of €120 million per week", ["120"]),
        ],
        workedSolution:
          "Weekly earnings = hourly wage × hours × number employed.\n\n- Before: €8.00 × 30 × 2.50 million = €600 million.\n- After: €10.00 × 30 × 2.40 million = €720 million.\n\nTotal weekly earnings rise by **€120 million**, even though 100 000 fewer people are employed.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a diagram of the labour market, explain how the higher minimum wage may cause unemployment among low-skilled workers.",
        markscheme: [
          pt("p1", 1, "diagram: axes wage and quantity of labour; demand for labour (firms) and supply of labour (workers); equilibrium wage We", [
            "demand for labour",
            "supply of labour",
            "wage",
          ]),
          pt("p2", 1, "diagram: minimum wage above We; quantity of labour demanded (Qd) less than quantity supplied (Qs); surplus of labour shown", [
            "above",
            "surplus",
            "Qd",
          ]),
          pt("p3", 1, "higher wage raises firms' costs, so they employ fewer workers (contraction of demand for labour / replace with machines)", [
            "costs",
            "fewer workers",
            "machines",
            "screens",
          ]),
          pt("p4", 1, "higher wage attracts more people to seek work (extension of supply), so unemployment = Qs − Qd", ["more people", "unemployment"]),
        ],
        workedSolution:
          "**Diagram (described).** Wage on the vertical axis and quantity of labour on the horizontal. The demand for labour (by firms) slopes down; the supply of labour (by workers) slopes up; they cross at the equilibrium wage We. A horizontal line at the minimum wage, above We, cuts demand at Qd and supply at Qs; the gap Qs − Qd is a surplus of labour — unemployment.\n\n**Explanation.** At €10.00 an hour labour is dearer, so firms in retail and hospitality employ fewer workers and some substitute capital, such as self-service screens: the quantity of labour demanded contracts. At the same time the higher wage attracts more people into the labour market. The result is unemployment among low-skilled workers, although the data suggest the effect is small because the demand for this labour is inelastic.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Using the data, explain why the government may still judge the increase in the minimum wage a success.",
        markscheme: [
          pt("p1", 1, "employment fell only 4 % while the wage rose 25 %: demand for labour is inelastic (0.16)", ["inelastic", "4", "0.16"]),
          pt("p2", 1, "total earnings of low-paid workers rose by €120 million a week, reducing poverty / inequality", ["120", "poverty", "inequality"]),
          pt("p3", 1, "higher incomes raise consumption / AD; may improve motivation and productivity / reduce staff turnover", [
            "consumption",
            "productivity",
            "turnover",
          ]),
          pt("p4", 1, "lower spending on in-work benefits for the government", ["benefits"]),
        ],
        workedSolution:
          "Any three points.\n\nThe demand for minimum-wage labour proved inelastic (0.16): a 25 % rise in the wage cost only 4 % of jobs. The total earnings of low-paid workers therefore rose by €120 million a week, helping the government's aim that full-time workers should not live in poverty and reducing income inequality. Higher pay may also raise morale and productivity and reduce costly staff turnover, and the extra spending adds to AD; the government may also spend less on in-work benefits. Against this, 100 000 fewer people are employed.",
      },
    ],
  },

  // ───────────── 37 Energy access and sustainable development ─────────────
  {
    key: "economics-mp-37",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Lighting up rural Ombara

Only 62 % of Ombara's 4.5 million households have access to electricity, and most of those without it live in rural villages far from the national grid. Most of the country's electricity comes from old coal-fired power stations, which cause serious air pollution in the cities.

The government has set out a plan for **sustainable development**: it will connect every household by 2035, mainly through solar mini-grids that cost about €450 per household connection, and raise the share of renewable energy in electricity generation. Last year Ombara generated 6.0 terawatt-hours (TWh) of electricity, of which 1.8 TWh came from renewable sources. The plan depends on loans from development banks and on private investment.`,
    parts: [
      define({
        label: "a",
        topicCode: "4.7",
        term: "sustainable development",
        points: [
          "development that meets the needs of the present generation",
          "without compromising the ability of future generations to meet their own needs",
        ],
        keywords: [
          ["needs of the present", "present generation"],
          ["future generations", "without compromising"],
        ],
        workedSolution:
          "**Sustainable development** is development that meets the needs of the present without compromising the ability of future generations to meet their own needs.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "4.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the number of households in Ombara without access to electricity, in millions.",
        numericAnswer: { value: 1.71, tolerance: 0.005, unit: "million" },
        markscheme: [pt("p1", 1, "(100 − 62) % × 4.5 million = 0.38 × 4.5 = 1.71 million", ["1.71"])],
        workedSolution: "$38\\ \\%$ of households lack electricity: $0.38 \\times 4.5 = 1.71$ million households.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "4.7",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Using your answer to (b)(i), calculate the cost of connecting all of these households through solar mini-grids, in € million.",
        numericAnswer: { value: 769.5, tolerance: 0.05, unit: "€ million", followThrough: { from: ["b(i)"], value: "b_i * 450" } },
        markscheme: [pt("p1", 1, "1.71 million × €450 = €769.5 million **(FT)** their (b)(i)", ["769.5"])],
        workedSolution: "$1\\,710\\,000 \\times €450 = €769\\,500\\,000 = €769.5$ million.",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "4.7",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of Ombara's electricity generated from renewable sources last year.",
        numericAnswer: { value: 30, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "1.8 ÷ 6.0 × 100 = 30 %", ["30"])],
        workedSolution: "$\\dfrac{1.8}{6.0} \\times 100 = 30\\ \\%$.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.8",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a diagram, explain why the market for electricity generated from coal leads to a misallocation of resources in Ombara.",
        markscheme: [
          pt("p1", 1, "diagram: axes price and quantity of electricity; MPC (supply), MSC above MPC, D = MPB = MSB", ["MSC", "MPC", "MSB"]),
          pt("p2", 1, "diagram: market output Qm where MPC = MSB exceeds social optimum Qopt where MSC = MSB; welfare loss shaded", [
            "Qopt",
            "Qm",
            "welfare loss",
          ]),
          pt("p3", 1, "coal generation creates external costs (air pollution in cities, health damage, CO₂ emissions) borne by third parties", [
            "air pollution",
            "external cost",
            "third parties",
          ]),
          pt("p4", 1, "producers ignore these costs, so too much coal-fired electricity is produced at too low a price: overallocation of resources", [
            "overallocat",
            "too low a price",
            "ignore",
          ]),
        ],
        workedSolution:
          "**Diagram (described).** Price on the vertical axis, quantity of coal-fired electricity on the horizontal. Demand D = MPB = MSB. Supply is MPC; MSC lies above it by the external cost per unit. The market produces Qm where MPC = MSB, more than the socially optimal Qopt where MSC = MSB; the triangle between MSC and MSB from Qopt to Qm is the welfare loss.\n\n**Explanation.** Burning coal pollutes the air in Ombara's cities, harming health, and emits CO₂ — external costs borne by third parties, not by the power stations or their customers. Because generators ignore these costs, coal-fired electricity is sold at a price below its full social cost and too much is produced: resources are overallocated to it, and renewable generation is at an artificial disadvantage.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "4.7",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain **two** ways in which connecting rural households to solar electricity could contribute to Ombara's sustainable development.",
        markscheme: [
          pt("p1", 1, "economic: electricity allows small businesses / longer working hours / irrigation, raising rural incomes", [
            "business",
            "incomes",
            "irrigation",
          ]),
          pt("p2", 1, "social: light for studying improves education; powered clinics and refrigeration improve health", ["education", "health", "clinic"]),
          pt("p3", 1, "explained: higher human capital and productivity raise long-term development (HDI)", ["human capital", "HDI"]),
          pt("p4", 1, "environmental: solar replaces kerosene / diesel / wood burning, cutting indoor air pollution and emissions", [
            "kerosene",
            "diesel",
            "emissions",
            "indoor",
          ]),
          pt("p5", 1, "explained: meets present needs without depleting resources for future generations (renewable)", ["future generations", "renewable"]),
        ],
        workedSolution:
          "Two ways, each identified (1) and explained (1).\n\n**Economic and social development.** Electricity lets villagers run small businesses, irrigate and work after dark, raising incomes; children can study in the evening and clinics can refrigerate vaccines, improving education and health — human capital that raises long-term development.\n\n**Environmental sustainability.** Solar power replaces kerosene lamps, diesel generators and wood fires, cutting indoor air pollution and carbon emissions, and it uses a renewable resource, so present needs are met without reducing what future generations will have.",
      },
    ],
  },

  // ───────────── 38 Concert tickets and a fixed supply ─────────────
  {
    key: "economics-mp-38",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `### Sold out in twenty minutes

All 60 000 tickets for a world-famous band's only concert in Arvel's national stadium, priced at €90 each, sold out within twenty minutes of going on sale. The ticketing company estimates that about 150 000 people were trying to buy tickets at that price, leaving a large **excess demand**.

Within hours, 18 000 of the tickets were being offered on resale websites at an average price of €210. Fans accused resellers of exploiting them; the band said it had kept the price at €90 so that "real fans, not only rich ones" could attend. The government is considering a law that would cap resale prices at the original price.`,
    parts: [
      define({
        label: "a",
        topicCode: "2.3",
        term: "excess demand",
        points: [
          "a situation in which the quantity demanded is greater than the quantity supplied",
          "at a given price, which is below the equilibrium price (a shortage)",
        ],
        keywords: [
          ["quantity demanded", "greater than", "quantity supplied"],
          ["below the equilibrium", "shortage"],
        ],
        workedSolution:
          "**Excess demand** exists when, at a given price, the quantity demanded is greater than the quantity supplied; it occurs when the price is below the equilibrium price and is also called a shortage.",
      }),
      {
        label: "b(i)",
        type: "NUMERIC",
        topicCode: "2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the excess demand for tickets at €90.",
        numericAnswer: { value: 90000, tolerance: 0, unit: "tickets" },
        markscheme: [pt("p1", 1, "150 000 − 60 000 = 90 000 tickets", ["90000", "90 000"])],
        workedSolution: "Excess demand = quantity demanded − quantity supplied = 150 000 − 60 000 = **90 000 tickets**.",
      },
      {
        label: "b(ii)",
        type: "NUMERIC",
        topicCode: "2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage by which the average resale price exceeds the original ticket price.",
        numericAnswer: { value: 133.3, tolerance: 0.05, unit: "%" },
        markscheme: [pt("p1", 1, "(210 − 90) ÷ 90 × 100 = 133.3 %", ["133.3", "133"])],
        workedSolution: "$$\\frac{210 - 90}{90} \\times 100 = \\frac{120}{90} \\times 100 = 133.3\\ \\%$$",
      },
      {
        label: "b(iii)",
        type: "NUMERIC",
        topicCode: "2.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the total gain made by resellers if all 18 000 tickets were resold at the average resale price, in € million.",
        numericAnswer: { value: 2.16, tolerance: 0.005, unit: "€ million" },
        markscheme: [pt("p1", 1, "gain per ticket = 210 − 90 = €120", ["120"]), pt("p2", 1, "18 000 × €120 = €2 160 000 = €2.16 million", ["2.16"])],
        workedSolution: "Each resold ticket earns the reseller €210 − €90 = €120, so in total $18\\,000 \\times €120 = €2\\,160\\,000 = €2.16$ million.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "2.6",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Using a demand and supply diagram, explain why a resale market for the concert tickets developed.",
        markscheme: [
          pt("p1", 1, "diagram: axes price of tickets and quantity; vertical (perfectly inelastic) supply at 60 000", [
            "vertical",
            "perfectly inelastic",
            "60 000",
          ]),
          pt("p2", 1, "diagram: demand curve cutting supply at an equilibrium price above €90; at €90, Qd = 150 000 and excess demand shown", [
            "equilibrium",
            "excess demand",
            "150 000",
          ]),
          pt("p3", 1, "supply is fixed by the stadium's capacity (PES = 0), so it cannot increase when demand is high", ["fixed", "capacity", "PES"]),
          pt(
            "p4",
            1,
            "price set below equilibrium: some buyers willing to pay more than €90 do not get tickets, so resellers buy at €90 and sell at a price closer to equilibrium (€210)",
            ["willing to pay", "resell", "210"],
          ),
        ],
        workedSolution:
          "**Diagram (described).** Ticket price on the vertical axis, number of tickets on the horizontal. Supply is a vertical line at 60 000 (perfectly inelastic). Demand slopes down and cuts supply at an equilibrium price well above €90. A horizontal line at €90 cuts demand at 150 000; the gap between 60 000 and 150 000 is the excess demand.\n\n**Explanation.** The number of seats is fixed by the stadium, so supply cannot respond to price (PES = 0). Because the band set the price below the equilibrium, many people who valued a ticket at more than €90 could not buy one. This unmet willingness to pay creates a profit opportunity: resellers who bought at €90 can sell to those buyers at prices closer to the market-clearing level — on average €210.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "2.7",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain **one** advantage and **one** disadvantage of capping resale prices at the original price.",
        markscheme: [
          pt("p1", 1, "advantage: resellers can no longer profit (€2.16 million), so tickets stay affordable / go to fans at €90 (equity)", [
            "affordable",
            "fans",
            "equity",
          ]),
          pt("p2", 1, "disadvantage: the cap does not remove the excess demand; tickets still need to be rationed (queues, ballots, luck)", [
            "excess demand",
            "rationed",
            "ballot",
          ]),
          pt("p3", 1, "disadvantage: hard to enforce; reselling may move to illegal / informal markets or overseas websites", [
            "enforce",
            "illegal",
            "black market",
          ]),
          pt(
            "p4",
            1,
            "disadvantage: fans who can no longer attend cannot resell at market value (less flexibility); allocative inefficiency as tickets may not go to those who value them most",
            ["value them most", "inefficien"],
          ),
        ],
        workedSolution:
          "Any three points, with at least one on each side.\n\n**Advantage.** Resellers could no longer make €120 a ticket, so the incentive to buy tickets purely to resell disappears and more tickets reach fans at €90, which is what the band wanted: a fairer (more equitable) allocation.\n\n**Disadvantage.** The cap does nothing about the 90 000-ticket excess demand, so tickets must still be rationed by speed, luck or ballots. Enforcement is difficult — resale may move to informal channels or overseas websites, and fans who cannot attend cannot recover the market value of their tickets.",
      },
    ],
  },
];
