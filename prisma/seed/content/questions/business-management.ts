import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, NumericAnswer, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";

// Original IB-style questions for IB Business Management (first assessment 2024). Every business, person
// and figure in the case studies is invented for the question. Currency is written as € or £ (never the
// dollar sign) so that "$" is only ever a LaTeX delimiter. Extended answers are marked against
// criteria-style points (knowledge, application, analysis, evaluation) as the IB markbands do.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

/** A POINT marking point ("/" separates accepted alternatives). */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "POINT",
  marks,
  text,
  keywords,
});

/** Method and accuracy points for a calculation. */
const m = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "M", marks, text, keywords });
const a = (id: string, marks: number, text: string, dependsOn: string[], keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "A",
  marks,
  text,
  dependsOn,
  keywords,
});

type Common = {
  /** Suffix after "business-management-". */
  key: string;
  levels: Level[];
  topicCode: string;
  difficulty: 1 | 2 | 3 | 4 | 5;
  marks: number;
  paper: "P1" | "P2" | "P3";
  commandTerm: QuestionInput["commandTerm"];
  stem: string;
  markscheme: MarkingPointInput[];
  workedSolution: string;
};

const written = (q: Common): QuestionInput => ({ ...q, key: `business-management-${q.key}`, type: "WRITTEN", calculator: true });
const numeric = (q: Common & { numericAnswer: NumericAnswer }): QuestionInput => ({
  ...q,
  key: `business-management-${q.key}`,
  type: "NUMERIC",
  calculator: true,
});
const mcq = (q: Omit<Common, "marks" | "markscheme"> & { options: string[]; correct: "A" | "B" | "C" | "D"; why: string }): QuestionInput => {
  const { options, correct, why, ...rest } = q;
  return {
    ...rest,
    key: `business-management-${q.key}`,
    type: "MCQ",
    calculator: true,
    marks: 1,
    options: options.map((text, i) => ({ id: "ABCD"[i]!, text })),
    correctOptionId: correct,
    markscheme: [pt("p1", 1, `${correct}: ${why}`, [correct])],
  };
};

/** Criteria-style points for an extended response (6–10 marks). */
const criteria = (
  knowledge: string,
  application: string,
  analysis: string,
  evaluation: string,
  marks: [number, number, number, number],
): MarkingPointInput[] => [
  pt("A", marks[0], `Knowledge and understanding: ${knowledge}`),
  pt("B", marks[1], `Application to the case: ${application}`),
  pt("C", marks[2], `Reasoned analysis: ${analysis}`),
  pt("D", marks[3], `Evaluation / judgement: ${evaluation}`),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 1: Introduction to business management
// ─────────────────────────────────────────────────────────────────────────────
const unit1: QuestionInput[] = [
  written({
    key: "1-1-01",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 1,
    marks: 2,
    paper: "P1",
    commandTerm: "Define",
    stem: "**Kestrel Kayaks** is a small fictional business in a coastal town. It buys plastic sheeting, moulds it into kayaks in a rented workshop and sells them to local holiday centres.\n\nDefine the term **secondary sector**.",
    markscheme: [
      pt("p1", 1, "The part of the economy/businesses that manufacture, process or construct (OWTTE)", ["manufactur", "process", "construct"]),
      pt("p2", 1, "turning raw materials / components into finished or semi-finished products", ["raw materials", "finished"]),
    ],
    workedSolution:
      "The **secondary sector** is the part of the economy made up of businesses that **manufacture, process or construct**: they turn raw materials or components into finished (or semi-finished) goods. Kestrel Kayaks is in the secondary sector because it moulds plastic sheeting into kayaks.\n\nOne mark for the idea of manufacturing/processing, one for transforming raw materials into products. An example alone earns no marks.",
  }),
  mcq({
    key: "1-1-02",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 1,
    paper: "P1",
    commandTerm: "Identify",
    stem: "**Saffron Lane Spices** (fictional) grows chilli peppers on its own farm, dries and grinds them in its factory and sells the jars through its own online shop. Which activity places the business in the **tertiary** sector?",
    options: ["Growing the chilli peppers", "Grinding the dried peppers into powder", "Selling jars through its online shop", "Packing the powder into jars"],
    correct: "C",
    why: "selling to customers is a service (tertiary sector activity)",
    workedSolution:
      "The **primary** sector extracts or grows natural resources (growing peppers, A). The **secondary** sector manufactures and processes (grinding and packing, B and D). The **tertiary** sector provides services, including retailing: selling the jars online is **C**. The business is vertically integrated across three sectors.",
  }),
  written({
    key: "1-2-01",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "Mira Osei has run **Kestrel Kayaks** as a sole trader for six years. Orders from holiday centres have doubled and she wants to buy a second moulding machine costing €80,000. Two friends have offered to invest if the business becomes a **privately held company** (private limited company).\n\nExplain **one** advantage and **one** disadvantage for Mira of changing Kestrel Kayaks into a privately held company.",
    markscheme: [
      pt("p1", 1, "Advantage identified: limited liability / easier to raise capital by selling shares to the friends / continuity", [
        "limited liability",
        "shares",
        "capital",
      ]),
      pt(
        "p2",
        1,
        "Advantage explained in context: Mira's personal assets (e.g. house) are protected if the €80,000 investment fails / the friends' share capital pays for the machine without a loan",
        ["personal assets", "80,000", "machine"],
      ),
      pt("p3", 1, "Disadvantage identified: loss of control / profits shared / legal costs and paperwork / accounts must be filed", [
        "control",
        "shared",
        "paperwork",
        "accounts",
      ]),
      pt(
        "p4",
        1,
        "Disadvantage explained in context: the friends as shareholders get a say in decisions Mira used to take alone / dividends reduce the profit she keeps",
        ["friends", "decisions", "dividends"],
      ),
    ],
    workedSolution:
      "**Advantage — limited liability and access to share capital.** As a sole trader Mira has unlimited liability: if the €80,000 machine does not pay off, creditors could claim her personal assets. A privately held company is a separate legal entity, so shareholders can lose only what they invested. Selling shares to her two friends also raises the finance without interest payments.\n\n**Disadvantage — loss of control and shared profits.** Mira would no longer make every decision alone: her friends, as shareholders, can vote at meetings and will expect dividends, so she keeps a smaller share of the profit. There are also set-up costs and a duty to file annual accounts.\n\nEach half needs a point *and* its application to Kestrel Kayaks for full marks (2 + 2).",
  }),
  written({
    key: "1-2-02",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    commandTerm: "Define",
    stem: "**Tidewell** (fictional) sells low-cost water filters in rural areas and reinvests all of its surplus in training local repair technicians.\n\nDefine the term **social enterprise**.",
    markscheme: [
      pt("p1", 1, "A business whose main purpose is a social or environmental aim / purpose before profit", ["social", "environmental", "purpose"]),
      pt("p2", 1, "that earns revenue by trading and reinvests (most of) its surplus in that aim rather than paying it to owners", [
        "revenue",
        "trading",
        "reinvest",
        "surplus",
      ]),
    ],
    workedSolution:
      "A **social enterprise** is a business that **trades to earn revenue** (like any business) but whose **main purpose is a social or environmental goal**; its surplus is mostly reinvested in that goal rather than paid out to owners. Tidewell sells filters (trading) and reinvests its surplus in training technicians (social aim).",
  }),
  written({
    key: "1-3-01",
    levels: BOTH,
    topicCode: "1.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: 'The new manager of **Helio Bakes** (fictional), a chain of six bakeries, has written this objective: *"We want to become more environmentally friendly."*\n\nExplain why this is **not** a SMART objective and rewrite it so that it is.',
    markscheme: [
      pt("p1", 1, "SMART = specific, measurable, achievable, realistic/relevant, time-bound (or correct use of the criteria)", [
        "specific",
        "measurable",
        "time",
      ]),
      pt("p2", 1, "The objective is not specific/measurable: 'more environmentally friendly' has no target or measure", ["not measurable", "no target"]),
      pt("p3", 1, "It has no deadline (not time-bound), so progress cannot be reviewed", ["deadline", "time-bound"]),
      pt(
        "p4",
        1,
        "A rewritten objective that is specific, measurable and time-bound, e.g. 'cut food waste sent to landfill across the six bakeries by 30% by December next year'",
        ["30%", "by", "waste"],
      ),
    ],
    workedSolution:
      'A **SMART** objective is Specific, Measurable, Achievable, Realistic (relevant) and Time-bound.\n\n"Become more environmentally friendly" is **not specific** (which activity? energy, waste, packaging?), **not measurable** (there is no figure to check success against) and **not time-bound** (no deadline). Managers cannot tell whether it has been met.\n\nA SMART version: *"Reduce the quantity of unsold bread sent to landfill across our six bakeries by 30% within 12 months, by donating it to food banks and baking to daily orders."* It names one activity, gives a measurable target, is plausible for a small chain and has a deadline.',
  }),
  written({
    key: "1-3-02",
    levels: BOTH,
    topicCode: "1.3",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "**Brightloom Textiles** (fictional) makes cotton shirts for fashion retailers. Its chief executive wants the company to adopt a **corporate social responsibility (CSR)** policy: paying suppliers' workers a living wage, using organic cotton and publishing an annual ethics report. This would raise unit costs by about 12%. The largest customer, a discount retailer, has said it will not pay higher prices. Shareholders have received rising dividends for five years.\n\nDiscuss whether Brightloom Textiles should adopt the CSR policy.",
    markscheme: criteria(
      "clear understanding of CSR (a business's voluntary commitment to act ethically towards stakeholders and the environment, beyond legal duties) and of its costs and benefits",
      "uses the case: 12% rise in unit costs, discount retailer refusing higher prices, shareholders used to rising dividends, living wage and organic cotton",
      "balanced arguments: for (brand image, access to ethical retailers/consumers, staff motivation, lower risk of scandal in the supply chain, long-term sustainability) and against (lower margins or lost customer, shareholder conflict, cost of verification, risk of being seen as 'greenwashing' if not delivered)",
      "a substantiated conclusion, e.g. adopt in stages or look for new ethical retail customers before losing the discount retailer; recognises short- vs long-term and depends-on factors (price elasticity, competitors' actions)",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**CSR** is a business's voluntary commitment to behave ethically towards all its stakeholders and the environment, going beyond what the law requires.\n\n**Arguments for adopting the policy**\n- *Reputation and new markets:* many fashion retailers now audit their supply chains; a published ethics report and organic cotton may win contracts from mid-market brands that pay more.\n- *Risk reduction:* a scandal over poverty wages in the supply chain could cost far more than 12% of unit costs.\n- *Motivation and recruitment:* employees increasingly prefer ethical employers.\n- *Long-term sustainability:* organic cotton reduces pesticide use and secures supply.\n\n**Arguments against**\n- *Costs and margins:* a 12% rise in unit costs with a customer who will not pay more squeezes the profit margin; Brightloom may lose its largest customer, and with it economies of scale.\n- *Stakeholder conflict:* shareholders used to rising dividends may resist lower profits.\n- *Credibility:* if the report is not independently checked, critics may call it greenwashing.\n\n**Judgement.** Adopting CSR is likely right in the long term, but the timing matters. Brightloom could phase the policy in (e.g. living wage first, organic cotton for a premium line), and win ethical customers before its dependence on the discount retailer falls. The decision depends on how many buyers value ethical sourcing and on whether competitors are moving the same way.",
  }),
  written({
    key: "1-4-01",
    levels: BOTH,
    topicCode: "1.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Nordhaven Bikes** (fictional) plans to move its bicycle assembly from a town-centre factory to a larger site on an industrial estate 40 km away, cutting rent by a third.\n\nExplain **one** possible conflict between two stakeholder groups of Nordhaven Bikes caused by this decision.",
    markscheme: [
      pt("p1", 1, "Identifies two relevant stakeholder groups, e.g. shareholders/owners and employees / local community", [
        "shareholders",
        "employees",
        "community",
      ]),
      pt("p2", 1, "Interest of the first group: e.g. shareholders gain from lower rent → higher profit", ["rent", "profit"]),
      pt("p3", 1, "Interest of the second group: e.g. employees face a 40 km commute or job loss; local shops lose customers", ["commute", "40 km", "jobs"]),
      pt("p4", 1, "Explains why the interests conflict: the gain for one group is a cost for the other (OWTTE)", ["conflict", "cost"]),
    ],
    workedSolution:
      "**Shareholders vs employees.** Shareholders (internal) want higher profits and dividends; cutting rent by a third lowers fixed costs and raises profit, so they support the move. Employees (internal) living near the town centre would face a 40 km commute, higher travel costs and perhaps have to leave their jobs. What benefits one group harms the other, so the groups' interests conflict.\n\n(Other valid pairs: local community/shops in the town centre vs owners; the new local council vs existing residents.)",
  }),
  written({
    key: "1-4-02",
    levels: HL,
    topicCode: "1.4",
    difficulty: 4,
    marks: 10,
    paper: "P3",
    commandTerm: "Recommend",
    stem: "**Tidewell** (fictional) is a social enterprise that sells low-cost water filters in rural villages. It employs 40 local technicians and is funded by sales (60%) and a grant from an international charity (40%). The charity will renew the grant only if Tidewell doubles the number of villages served within two years. Technicians fear they will be moved far from their families; village leaders want Tidewell to keep repairing existing filters free of charge.\n\nRecommend how Tidewell's managers should respond to the demands of these stakeholders.",
    markscheme: criteria(
      "understanding of stakeholders and of stakeholder mapping (power/interest) or of stakeholder conflict in a social enterprise",
      "uses the case: charity (high power, 40% of funding, condition to double villages), technicians (high interest, fear relocation), village leaders (free repairs), Tidewell's social purpose",
      "analyses the trade-offs: expansion vs service quality; cost of free repairs vs reach; consequences of losing the grant; options such as recruiting technicians in new villages, charging a small repair fee, phased targets negotiated with the charity",
      "a clear recommendation justified by the analysis and Tidewell's mission, with limitations (e.g. uncertainty of future grant, data needed)",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Stakeholder mapping.** The charity has *high power* (40% of funding) and high interest in its target; technicians have *high interest* and some power (Tidewell cannot operate without them); village leaders have high interest and influence over local trust and sales.\n\n**Options**\n1. *Expand as the charity demands using existing technicians.* Keeps the grant but risks demotivation, staff turnover and worse service in existing villages.\n2. *Recruit and train technicians in the new villages.* Serves the mission (local jobs, skills) and answers technicians' fears; costs training money and time.\n3. *Negotiate a phased target with the charity* (e.g. +50% in two years, +100% in three) backed by evidence on filter quality.\n4. *Introduce a small, means-tested repair fee* to fund repairs, at the risk of upsetting village leaders.\n\n**Recommendation.** Combine 2 and 3: recruit local technicians in new villages so that no current employee is moved, and negotiate a phased target with the charity. Keep free repairs in existing villages during the transition, because trust is Tidewell's main asset and a social enterprise that lets its filters fail undermines its purpose. The recommendation depends on the charity's flexibility; Tidewell should also seek a second funder to reduce its dependence on one grant.",
  }),
  numeric({
    key: "1-5-01",
    levels: BOTH,
    topicCode: "1.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Lumo Lamps** (fictional) makes desk lamps. Last year it made 8,000 lamps at a total cost of €200,000. After buying a bigger factory it makes 20,000 lamps at a total cost of €380,000.\n\nCalculate the fall in the **average cost per lamp** (in €) that results from the expansion.",
    numericAnswer: { value: 6, tolerance: 0.01, unit: "€" },
    markscheme: [
      m("M1", 1, "Average cost before = 200,000 ÷ 8,000 = €25 and after = 380,000 ÷ 20,000 = €19", ["25", "19"]),
      a("A1", 1, "Fall = €6 per lamp", ["M1"], ["6"]),
    ],
    workedSolution: String.raw`Average cost $= \dfrac{\text{total cost}}{\text{output}}$.

- Before: $\dfrac{200\,000}{8\,000} = €25$ per lamp.
- After: $\dfrac{380\,000}{20\,000} = €19$ per lamp.

Average cost falls by $25 - 19 = $ **€6 per lamp**, evidence of **economies of scale** (e.g. bulk buying, more efficient machinery).`,
  }),
  written({
    key: "1-5-02",
    levels: BOTH,
    topicCode: "1.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Distinguish",
    stem: "**Marrow & Mint** (fictional), a vegan café chain with 12 outlets, is considering two ways to grow: opening eight new cafés using retained profit, or acquiring **GreenBowl**, a rival chain with ten outlets.\n\nDistinguish between **internal (organic) growth** and **external (inorganic) growth**, with reference to Marrow & Mint.",
    markscheme: [
      pt("p1", 1, "Internal growth: expanding using the business's own resources, e.g. opening new outlets / increasing sales", [
        "own resources",
        "new outlets",
      ]),
      pt("p2", 1, "Applied: opening eight cafés financed from retained profit is internal growth; slower but keeps control and culture", [
        "eight",
        "retained profit",
        "control",
      ]),
      pt(
        "p3",
        1,
        "External growth: growth by joining with other businesses, e.g. mergers, acquisitions/takeovers, joint ventures, strategic alliances, franchising",
        ["acquisition", "merger", "takeover"],
      ),
      pt("p4", 1, "Applied: acquiring GreenBowl is external growth; faster (ten outlets at once) but risks culture clash and is costly", [
        "GreenBowl",
        "faster",
        "culture clash",
      ]),
    ],
    workedSolution:
      "**Internal (organic) growth** uses the business's own resources to expand: opening eight new cafés paid for from retained profit. It is slower, lower-risk and keeps Marrow & Mint's control and culture intact.\n\n**External (inorganic) growth** means growing by joining with other organizations, e.g. acquiring GreenBowl. It almost doubles the outlets at once and removes a competitor, but it is costly, may need outside finance and can cause a clash of organizational cultures.",
  }),
  written({
    key: "1-5-03",
    levels: BOTH,
    topicCode: "1.5",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Evaluate",
    stem: "**Marrow & Mint** (fictional) has 12 vegan cafés. Its owners are considering **franchising** the brand so that independent operators can open 30 more cafés in three years. Each franchisee would pay a fee of €25,000 plus 6% of sales. Marrow & Mint's reputation is built on fresh, locally sourced food and friendly service.\n\nEvaluate franchising as a growth strategy for Marrow & Mint.",
    markscheme: criteria(
      "franchising defined (the franchisor sells the right to use its brand, products and methods to franchisees for a fee and royalty) with its general advantages and disadvantages",
      "uses the case: 12 → 42 cafés, €25,000 fee, 6% royalty, reputation for fresh local food and service",
      "advantages: rapid growth with little capital, franchisees' money and motivation, steady royalty income, local knowledge; disadvantages: loss of control over quality/service, brand damage risk, sharing of profit, harder to keep local sourcing consistent",
      "a judgement, e.g. franchising suits if strict operating manual, training and supplier standards are set; could pilot with a few franchisees; weighs speed against brand risk",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Franchising** is a form of external growth in which the franchisor (Marrow & Mint) sells the right to trade under its brand and use its recipes and methods to franchisees in return for an initial fee (€25,000) and a royalty (6% of sales).\n\n**Advantages.** Growth from 12 to 42 cafés would need little of Marrow & Mint's own capital: franchisees fund their premises. Owner-managers are usually more motivated than salaried managers because their own money is at stake. Royalties give a steady income stream (30 franchises × €25,000 = €750,000 in fees alone). Franchisees bring local knowledge, which suits local sourcing.\n\n**Disadvantages.** The brand rests on fresh, local food and friendly service, which are hard to control at arm's length; one poorly run café could damage the reputation of all. Profits are shared, and sourcing local ingredients through dozens of operators may be inconsistent.\n\n**Evaluation.** Franchising is attractive for speed and low capital, but the main risk is quality control. It is a good strategy *if* Marrow & Mint writes a detailed operating manual, trains franchisees, approves suppliers and pilots the model with a few franchisees before scaling up. Rapid expansion to 30 may be too fast; a slower roll-out protects the brand.",
  }),
  written({
    key: "1-6-01",
    levels: BOTH,
    topicCode: "1.6",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "**Orbita Mobility** (fictional), a multinational company (MNC) that makes electric scooters, plans to open a factory in the small country of Valdoria. It would employ 1,500 workers and has asked for a ten-year exemption from profit tax. Valdoria has a local scooter maker, **Ruta**, with 200 employees. Environmental groups worry about battery waste.\n\nDiscuss the impact of Orbita Mobility's factory on Valdoria.",
    markscheme: criteria(
      "understanding of MNCs and their impact on host countries (jobs, skills, technology transfer, competition, tax, profit repatriation, environment)",
      "uses the case: 1,500 jobs, ten-year tax exemption, local rival Ruta with 200 employees, battery waste",
      "positive effects (employment, training, higher incomes, suppliers/multiplier, exports, technology) and negative effects (lost tax revenue, profits sent abroad, pressure on Ruta, environmental damage, footloose risk if incentives end)",
      "a balanced judgement on the net impact with conditions, e.g. depends on local sourcing, training commitments and waste regulation; short vs long term",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "An **MNC** is a business with operations in more than one country. Its impact on a host country can be positive or negative.\n\n**Possible benefits for Valdoria**\n- 1,500 jobs and training in advanced manufacturing; wages spent locally create further jobs (multiplier effect).\n- Local suppliers may win contracts; Valdoria may gain export earnings and technology know-how.\n\n**Possible costs**\n- The ten-year tax exemption means the government loses revenue it could spend on public services; profits may be repatriated to Orbita's home country.\n- Ruta, with only 200 workers, may lose market share and staff to a much larger rival with economies of scale.\n- Battery waste could damage the environment if regulation is weak.\n- MNCs can be *footloose*: when the exemption ends, Orbita might move on.\n\n**Judgement.** The factory is likely to benefit Valdoria overall in the short term through jobs and skills, but the long-term impact depends on the conditions the government sets: local sourcing targets, training commitments, a recycling scheme for batteries and a shorter or phased tax holiday. Without these, much of the benefit may leave the country.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 2: Human resource management
// ─────────────────────────────────────────────────────────────────────────────
const unit2: QuestionInput[] = [
  numeric({
    key: "2-1-01",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Helio Bakes** (fictional) employed 60 staff at the start of the year and 68 at the end. During the year 16 employees left.\n\nCalculate the **labour turnover** rate for the year (as a percentage, to one decimal place).",
    numericAnswer: { value: 25, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Average number of staff = (60 + 68) ÷ 2 = 64; turnover = 16 ÷ 64 × 100", ["64", "16"]), a("A1", 1, "25.0%", ["M1"], ["25"])],
    workedSolution: String.raw`$$\text{labour turnover} = \frac{\text{number of staff leaving}}{\text{average number of staff}} \times 100$$
Average staff $= \dfrac{60 + 68}{2} = 64$.
$$\frac{16}{64} \times 100 = 25.0\%$$
One in four employees left during the year. Whether that is high depends on the industry and on past years, but each leaver brings recruitment and training costs.`,
  }),
  written({
    key: "2-1-02",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Quillon Software** (fictional) employs 90 programmers. Demand for its products is seasonal, and it is considering employing 20 of its programmers on short-term contracts through a **gig economy** platform rather than as full-time staff.\n\nExplain **one** advantage and **one** disadvantage for Quillon Software of using gig workers.",
    markscheme: [
      pt("p1", 1, "Advantage: flexibility / lower costs (no pay for idle periods, fewer benefits such as pensions)", ["flexib", "cost"]),
      pt("p2", 1, "Applied: Quillon can match the number of programmers to seasonal demand", ["seasonal", "demand"]),
      pt("p3", 1, "Disadvantage: less loyalty/commitment / loss of knowledge and skills / harder to control quality / security of code", [
        "loyalty",
        "knowledge",
        "quality",
      ]),
      pt("p4", 1, "Applied: gig programmers may leave mid-project or take knowledge of Quillon's code to rivals", ["project", "code", "rivals"]),
    ],
    workedSolution:
      "**Advantage — flexibility and cost.** Gig workers are paid only for work done, so Quillon avoids paying 20 salaries (and benefits) in quiet months and can add staff quickly in busy seasons.\n\n**Disadvantage — commitment and knowledge.** Gig programmers have no long-term stake in the company; they may leave in the middle of a project, need time to learn Quillon's code each time, and could take knowledge of its products to competitors. Quality and security may suffer.",
  }),
  written({
    key: "2-2-01",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Nordhaven Bikes** (fictional) has five levels of hierarchy. Each supervisor manages about four workers. The new chief executive wants to **delayer** the organization by removing one level of middle management.\n\nExplain **two** effects of delayering on Nordhaven Bikes.",
    markscheme: [
      pt("p1", 1, "Effect 1 identified: lower costs (fewer managers' salaries) / faster communication / wider span of control / more empowerment", [
        "cost",
        "communication",
        "span",
      ]),
      pt("p2", 1, "Effect 1 explained with reference to Nordhaven (e.g. fewer levels for messages to pass through)", ["levels", "messages"]),
      pt(
        "p3",
        1,
        "Effect 2 identified: wider span of control and heavier workload / loss of promotion opportunities / insecurity and demotivation / loss of experience",
        ["workload", "promotion", "insecur"],
      ),
      pt("p4", 1, "Effect 2 explained with reference to Nordhaven (e.g. supervisors now manage more than four workers)", ["four", "supervisors"]),
    ],
    workedSolution:
      "**Delayering** removes one or more levels of hierarchy, making the structure flatter and spans of control wider.\n\n1. **Lower costs and faster communication.** Fewer middle managers means lower salary costs; messages pass through four levels instead of five, so decisions reach the shop floor faster and with less distortion.\n2. **Wider spans and possible demotivation.** Each remaining manager will supervise more than four workers, increasing workload and stress; employees see fewer promotion opportunities and may fear further job cuts, which could lower motivation.",
  }),
  mcq({
    key: "2-2-02",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    paper: "P1",
    commandTerm: "Identify",
    stem: "Which statement about a **flat** organizational structure compared with a **tall** one is correct?",
    options: [
      "It has narrower spans of control.",
      "It has more levels of hierarchy.",
      "It usually has wider spans of control and shorter chains of command.",
      "It gives employees more opportunities for promotion.",
    ],
    correct: "C",
    why: "flat structures have few levels, wide spans of control and short chains of command",
    workedSolution:
      "A **flat** structure has few levels of hierarchy, so each manager supervises more people (**wide span of control**) and the chain of command is short. Options A, B and D describe a **tall** structure. The answer is **C**.",
  }),
  written({
    key: "2-3-01",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "At **Quillon Software** (fictional), teams of experienced programmers decide for themselves how to build each feature. At its call centre, new staff follow strict scripts set by the manager.\n\nExplain why different **leadership styles** may be suitable for the two parts of Quillon Software.",
    markscheme: [
      pt("p1", 1, "Democratic/laissez-faire leadership: employees take part in or make decisions", ["democratic", "laissez-faire"]),
      pt("p2", 1, "Suits the experienced programmers: skilled, creative work, motivated by autonomy", ["experienced", "creative", "autonomy"]),
      pt("p3", 1, "Autocratic/directive leadership: the leader makes decisions and gives instructions", ["autocratic", "instructions"]),
      pt("p4", 1, "Suits the call centre: new, less-experienced staff, routine tasks, need for consistency/speed (situational leadership)", [
        "new staff",
        "consistency",
        "situational",
      ]),
    ],
    workedSolution:
      "**Programming teams — democratic or laissez-faire.** The programmers are experienced and their work needs creativity. A leader who consults them or leaves decisions to them uses their expertise and motivates them through autonomy.\n\n**Call centre — autocratic (or paternalistic).** New staff doing routine tasks need clear instructions; scripts give consistent service and quick decisions.\n\nThis is **situational leadership**: the best style depends on the task, the employees' skills and the time available.",
  }),
  written({
    key: "2-4-01",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "Supermarket chain **FreshCart** (fictional) has raised hourly pay by 8%, yet staff surveys show no improvement in motivation. Workers complain that their tasks are repetitive and that managers never praise them.\n\nUsing **Herzberg's two-factor theory**, explain why the pay rise has not increased motivation.",
    markscheme: [
      pt("p1", 1, "Hygiene factors (e.g. pay, working conditions) prevent dissatisfaction but do not motivate", ["hygiene", "dissatisfaction"]),
      pt("p2", 1, "Pay is a hygiene factor, so the 8% rise may reduce dissatisfaction but not create motivation", ["pay", "8%"]),
      pt("p3", 1, "Motivators (e.g. achievement, recognition, responsibility, the work itself) create motivation", [
        "motivators",
        "recognition",
        "responsibility",
      ]),
      pt("p4", 1, "FreshCart lacks motivators: repetitive tasks and no praise/recognition; job enrichment/recognition would be needed", [
        "repetitive",
        "praise",
        "enrichment",
      ]),
    ],
    workedSolution:
      "Herzberg divided factors at work into two groups:\n\n- **Hygiene factors** (pay, conditions, supervision, job security): if inadequate they cause dissatisfaction, but improving them only removes dissatisfaction; they do not motivate.\n- **Motivators** (achievement, recognition, responsibility, interesting work, advancement): these create real motivation.\n\nThe 8% pay rise improves a hygiene factor, so workers may be less *dissatisfied*, but it does not *motivate*. The complaints are about missing motivators: repetitive tasks (the work itself) and lack of praise (recognition). FreshCart would need job enrichment, job rotation or recognition schemes to raise motivation.",
  }),
  written({
    key: "2-4-02",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Evaluate",
    stem: "**Kestrel Kayaks** (fictional) now employs 25 production workers on fixed hourly wages. Output per worker has fallen for two years and defects have risen. The owner is choosing between (1) **piece rate** pay, at €18 for each kayak made, and (2) a **profit-related pay** scheme sharing 10% of annual profit among all employees, together with more teamwork.\n\nEvaluate the two options for improving motivation at Kestrel Kayaks.",
    markscheme: criteria(
      "understanding of piece rate (pay per unit produced) and profit-related pay (a share of profit paid to employees), and of relevant motivation theory (e.g. Taylor, Maslow, Herzberg, Deci and Ryan)",
      "uses the case: 25 workers, falling output per worker, rising defects, €18 per kayak, 10% of profit, teamwork",
      "piece rate: links pay to output, suits measurable tasks, but may raise defects further (speed over quality), stress, unstable pay; profit-related pay: builds team spirit and common purpose, but link between individual effort and reward is weak and pay depends on factors outside workers' control",
      "a justified judgement, e.g. profit-related pay with teamwork plus quality checks suits the rising-defect problem better; piece rate only with a quality condition; depends on causes of falling output",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Piece rate** pays workers for each unit they produce (€18 a kayak). **Profit-related pay** shares part of the firm's profit (10%) among employees.\n\n**Piece rate.** Taylor's scientific management suggests money motivates: pay linked to output should reverse the fall in output per worker. But Kestrel's second problem is rising defects; paying per kayak rewards speed, not quality, so defects may rise further. Income becomes uncertain (a hygiene issue for Herzberg) and cooperation may fall as workers compete.\n\n**Profit-related pay with teamwork.** Workers share in success, which encourages them to reduce waste and defects (defects cut profit). Teamwork meets social needs (Maslow) and gives responsibility (a Herzberg motivator). However, with 25 workers the link between one person's effort and the bonus is weak (free-riding), and profits can fall for reasons workers cannot control, causing resentment.\n\n**Judgement.** Because the problem is both output *and* quality, profit-related pay combined with teamwork is the better choice: it aligns workers with the whole business. Piece rate could work only with a quality condition (pay only for kayaks that pass inspection). The owner should first find out *why* output has fallen (old machines? poor management?), since pay alone may not solve it.",
  }),
  written({
    key: "2-5-01",
    levels: HL,
    topicCode: "2.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Marrow & Mint** (fictional), an informal, creative vegan café chain, has acquired **GreenBowl**, a rival with a formal, rule-based culture. Since the acquisition, several GreenBowl managers have resigned.\n\nExplain **two** reasons why a **culture clash** may have occurred after the acquisition.",
    markscheme: [
      pt("p1", 1, "Reason 1: different values and ways of working (informal/creative vs formal/rule-based)", ["values", "informal", "formal"]),
      pt("p2", 1, "Developed: GreenBowl managers used to clear rules may feel insecure/lose status in a looser structure", ["status", "insecure"]),
      pt("p3", 1, "Reason 2: different leadership styles / communication / decision-making / dress, language, rituals", ["leadership", "decision"]),
      pt("p4", 1, "Developed: resistance to change and loss of identity lead to demotivation and resignations", ["resistance", "resign"]),
    ],
    workedSolution:
      "**Organizational culture** is the shared values, beliefs and norms that shape how people in an organization behave. A **culture clash** occurs when two cultures meet and conflict.\n\n1. **Different values and ways of working.** Marrow & Mint's informal, creative culture leaves decisions to staff; GreenBowl's managers are used to clear rules and procedures. They may feel their expertise and status are no longer valued.\n2. **Different leadership and decision-making styles.** Managers who made decisions by following procedures may be asked to consult and experiment. Uncertainty and loss of identity create resistance to change, and some prefer to resign.",
  }),
  written({
    key: "2-6-01",
    levels: BOTH,
    topicCode: "2.6",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Orbita Mobility** (fictional) has factories in four countries. Head office sends all instructions by long emails written in English, and factory managers often misunderstand them.\n\nExplain **two** barriers to effective communication at Orbita Mobility.",
    markscheme: [
      pt("p1", 1, "Barrier 1: language / jargon (English not the first language of all managers)", ["language", "jargon"]),
      pt("p2", 1, "Explained: messages are misread, causing mistakes/delays", ["misread", "mistakes"]),
      pt("p3", 1, "Barrier 2: information overload (long emails) / choice of channel (no feedback) / distance and time zones / cultural differences", [
        "overload",
        "channel",
        "feedback",
        "time zones",
        "cultur",
      ]),
      pt("p4", 1, "Explained: key instructions are lost or cannot be clarified quickly (one-way communication)", ["lost", "clarif", "one-way"]),
    ],
    workedSolution:
      "1. **Language.** Not all factory managers speak English as a first language; technical terms in the emails may be misunderstood, leading to wrong production decisions.\n2. **Channel and information overload.** Long emails are one-way communication: managers cannot ask questions immediately, and important instructions are buried in text. A short summary, video calls or translated key points with feedback would help. (Time-zone differences and cultural differences in directness are also valid barriers.)",
  }),
  written({
    key: "2-7-01",
    levels: HL,
    topicCode: "2.7",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "The trade union representing drivers at **SwiftLoad** (fictional), a delivery company, has asked for a 9% pay rise. Management has offered 3%, arguing that fuel costs have risen sharply. The union has begun a **work-to-rule** and threatens a strike before the busy holiday season.\n\nDiscuss the methods that SwiftLoad's management could use to resolve the dispute.",
    markscheme: criteria(
      "understanding of industrial relations, collective bargaining and methods available to employers (negotiation, conciliation/arbitration, threats of closure or redundancy, lock-outs, changes to working practices)",
      "uses the case: 9% vs 3% claim, rising fuel costs, work-to-rule, strike threat before peak season",
      "analyses each method: negotiation / compromise (e.g. 5–6% linked to productivity), third-party conciliation or arbitration, communicating financial data, threat of redundancy or lock-out (risks long-term relations), hiring temporary drivers (legal and reputational risk)",
      "a judgement on the most suitable method(s), weighing the cost of a strike in peak season against the cost of a higher pay settlement and long-term relations",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Background.** Employees act collectively through the union (work-to-rule, strike threat); management can respond in several ways.\n\n**Methods**\n- *Collective bargaining and compromise:* meet halfway (e.g. 5–6%) or link part of the rise to productivity (more deliveries per route). Keeps good relations but raises costs when fuel is already expensive.\n- *Sharing information:* open the books to show the effect of fuel costs; this may make the union's expectations more realistic.\n- *Conciliation or arbitration:* an independent third party helps both sides reach agreement or makes a decision; slower but seen as fair.\n- *Threats, lock-outs or temporary drivers:* may force a quick end, but damage trust, may be illegal in some countries and risk poor service in the busiest season.\n\n**Judgement.** A strike in the holiday season could cost SwiftLoad far more than the difference between 3% and 9%. Management's best approach is negotiation with a productivity-linked offer, supported by transparent financial information, and arbitration if talks fail. Aggressive methods might win the dispute but harm motivation and future relations.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 3: Finance and accounts
// ─────────────────────────────────────────────────────────────────────────────
const unit3: QuestionInput[] = [
  mcq({
    key: "3-1-01",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "**Helio Bakes** (fictional) makes four payments this month. Which one is **capital expenditure**?",
    options: ["A new oven expected to last ten years", "Wages of the shop assistants", "Flour and butter for next week's baking", "Electricity for the bakery"],
    correct: "A",
    why: "the oven is a non-current asset used for more than a year",
    workedSolution:
      "**Capital expenditure** is spending on non-current (fixed) assets that will be used in the business for more than one year, such as an oven. **Revenue expenditure** covers day-to-day running costs (ingredients, wages, electricity). The answer is **A**.",
  }),
  written({
    key: "3-2-01",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Lumo Lamps** (fictional), a privately held company, needs €400,000 to build a new assembly line. It has retained profit of €120,000 and a bank has offered a ten-year loan at 7% interest.\n\nExplain **one** advantage of using **retained profit** and **one** advantage of using the **bank loan** to finance the assembly line.",
    markscheme: [
      pt("p1", 1, "Retained profit: no interest / no repayment / no loss of control / no dilution of ownership", ["no interest", "control"]),
      pt("p2", 1, "Applied: the €120,000 is available immediately and keeps gearing and costs low (but covers only part of €400,000)", ["120,000", "gearing"]),
      pt("p3", 1, "Bank loan: can raise a large sum / spread over long term / owners keep control (no new shareholders) / interest is predictable", [
        "large sum",
        "long term",
        "control",
      ]),
      pt("p4", 1, "Applied: ten-year loan matches the long life of the assembly line; repayments can be paid from the extra revenue the line generates", [
        "ten-year",
        "match",
      ]),
    ],
    workedSolution:
      "**Retained profit.** It is internal finance: there is no interest to pay, nothing to repay and no need to give up shares, so the owners keep control. However, Lumo's €120,000 covers less than a third of the €400,000 needed.\n\n**Bank loan.** A loan can provide the remaining €280,000 (or more) at once, and the ten-year term matches the long life of the assembly line, so repayments can be met from the revenue it generates. Unlike issuing shares, it does not dilute ownership. The drawback is 7% interest and higher gearing.",
  }),
  written({
    key: "3-2-02",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    commandTerm: "Define",
    stem: "The owner of **Saffron Lane Spices** (fictional) uses an **overdraft** to pay suppliers in months when customers pay late.\n\nDefine the term **overdraft**.",
    markscheme: [
      pt("p1", 1, "A facility that lets a business withdraw/spend more than it has in its bank account", ["more than", "bank account"]),
      pt("p2", 1, "up to an agreed limit; a short-term source of finance, interest charged on the amount overdrawn", ["limit", "short-term", "interest"]),
    ],
    workedSolution:
      "An **overdraft** is a short-term source of finance that allows a business to **withdraw more money than it holds in its current account, up to a limit agreed with the bank**. Interest is charged only on the amount overdrawn, which makes it flexible for covering timing gaps such as late-paying customers.",
  }),
  numeric({
    key: "3-3-01",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Kestrel Kayaks** (fictional) sells kayaks at €400 each. The variable cost per kayak is €150 and fixed costs are €60,000 a year. Last year it sold 300 kayaks.\n\nCalculate Kestrel Kayaks' **profit** for last year (in €).",
    numericAnswer: { value: 15000, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Total revenue = 400 × 300 = €120,000", ["120,000", "120000"]),
      m("M2", 1, "Total cost = 60,000 + 150 × 300 = €105,000", ["105,000", "105000"]),
      a("A1", 1, "Profit = €15,000", ["M1", "M2"], ["15,000", "15000"]),
    ],
    workedSolution: String.raw`$$\text{TR} = P \times Q = 400 \times 300 = €120\,000$$
$$\text{TC} = \text{FC} + \text{VC} \times Q = 60\,000 + 150 \times 300 = €105\,000$$
$$\text{profit} = \text{TR} - \text{TC} = 120\,000 - 105\,000 = €15\,000$$`,
  }),
  written({
    key: "3-3-02",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "**Marrow & Mint** (fictional) runs 12 cafés. Costs include vegetables, café rent, head-office salaries and staff wages at each café.\n\nDistinguish between **direct** and **indirect** costs, using examples from Marrow & Mint.",
    markscheme: [
      pt("p1", 1, "Direct cost: can be traced/attributed to a particular product, outlet or cost centre", ["traced", "attributed", "particular"]),
      pt("p2", 1, "Example: vegetables for dishes / wages at a particular café / rent of one café when the café is the cost centre", ["vegetables", "wages"]),
      pt("p3", 1, "Indirect cost (overhead): cannot be traced to one product/outlet; shared across the business", ["overhead", "shared"]),
      pt("p4", 1, "Example: head-office salaries / marketing for the whole chain", ["head-office", "head office"]),
    ],
    workedSolution:
      "**Direct costs** can be identified with a specific product or cost centre: the vegetables used in each dish, and (if each café is a cost centre) the staff wages and rent of that café.\n\n**Indirect costs (overheads)** cannot be linked to one product or café because they are shared: head-office salaries, chain-wide advertising, the accountant's fees. They have to be apportioned if managers want the full cost of each café.",
  }),
  numeric({
    key: "3-4-01",
    levels: BOTH,
    topicCode: "3.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "Extract from the accounts of **Nordhaven Bikes** (fictional) for the year:\n\n| Item | € |\n|---|---|\n| Sales revenue | 480,000 |\n| Cost of sales | 300,000 |\n| Expenses | 110,000 |\n| Interest | 10,000 |\n\nProfit tax is 25% of profit before tax. Calculate the **profit for the period** (profit after interest and tax), in €.",
    numericAnswer: { value: 45000, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Gross profit = 480,000 − 300,000 = 180,000; profit before interest and tax = 180,000 − 110,000 = 70,000", ["180,000", "70,000"]),
      m("M2", 1, "Profit before tax = 70,000 − 10,000 = 60,000; tax = 0.25 × 60,000 = 15,000", ["60,000", "15,000"]),
      a("A1", 1, "Profit for the period = €45,000", ["M1", "M2"], ["45,000", "45000"]),
    ],
    workedSolution: String.raw`Build the statement of profit or loss step by step:

| Line | € |
|---|---|
| Sales revenue | 480 000 |
| − Cost of sales | 300 000 |
| **Gross profit** | **180 000** |
| − Expenses | 110 000 |
| **Profit before interest and tax** | **70 000** |
| − Interest | 10 000 |
| **Profit before tax** | **60 000** |
| − Tax (25%) | 15 000 |
| **Profit for the period** | **45 000** |

The profit for the period is **€45,000**.`,
  }),
  numeric({
    key: "3-4-02",
    levels: HL,
    topicCode: "3.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Helio Bakes** (fictional) bought a delivery van for €52,000. It expects to use the van for 6 years and then sell it for €4,000. It uses the **straight-line** method of depreciation.\n\nCalculate the **net book value** of the van at the end of year 4 (in €).",
    numericAnswer: { value: 20000, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Annual depreciation = (52,000 − 4,000) ÷ 6 = €8,000", ["8,000", "8000"]),
      a("A1", 1, "NBV after 4 years = 52,000 − 4 × 8,000 = €20,000", ["M1"], ["20,000", "20000"]),
    ],
    workedSolution: String.raw`$$\text{annual depreciation} = \frac{\text{purchase cost} - \text{residual value}}{\text{life span}} = \frac{52\,000 - 4\,000}{6} = €8\,000$$
After 4 years accumulated depreciation is $4 \times 8\,000 = €32\,000$, so
$$\text{NBV} = 52\,000 - 32\,000 = €20\,000$$`,
  }),
  numeric({
    key: "3-4-03",
    levels: HL,
    topicCode: "3.4",
    difficulty: 4,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Lumo Lamps** (fictional) bought a moulding machine for €90,000. It is expected to produce 400,000 lamp bases over its life and then have a residual value of €10,000. In its first year it produced 65,000 bases.\n\nUsing the **units of production** method, calculate the depreciation charge for the first year (in €).",
    numericAnswer: { value: 13000, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Depreciation per unit = (90,000 − 10,000) ÷ 400,000 = €0.20", ["0.2", "0.20"]),
      a("A1", 1, "Year 1 charge = 0.20 × 65,000 = €13,000", ["M1"], ["13,000", "13000"]),
    ],
    workedSolution: String.raw`$$\text{depreciation per unit} = \frac{90\,000 - 10\,000}{400\,000} = €0.20$$
$$\text{year 1 depreciation} = 0.20 \times 65\,000 = €13\,000$$
The units of production method charges more depreciation in years when the machine is used more.`,
  }),
  numeric({
    key: "3-5-01",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Saffron Lane Spices** (fictional) had sales revenue of €250,000 and cost of sales of €155,000 last year.\n\nCalculate its **gross profit margin** (as a percentage).",
    numericAnswer: { value: 38, tolerance: 0.05, unit: "%" },
    markscheme: [
      m("M1", 1, "Gross profit = 250,000 − 155,000 = 95,000", ["95,000", "95000"]),
      a("A1", 1, "GPM = 95,000 ÷ 250,000 × 100 = 38%", ["M1"], ["38"]),
    ],
    workedSolution: String.raw`$$\text{GPM} = \frac{\text{gross profit}}{\text{sales revenue}} \times 100 = \frac{250\,000 - 155\,000}{250\,000} \times 100 = \frac{95\,000}{250\,000} \times 100 = 38\%$$`,
  }),
  numeric({
    key: "3-5-02",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "For the year, **Brightloom Textiles** (fictional) reports profit before interest and tax of €42,000. Its statement of financial position shows non-current liabilities of €60,000 and equity of €220,000.\n\nCalculate its **return on capital employed (ROCE)** (as a percentage).",
    numericAnswer: { value: 15, tolerance: 0.05, unit: "%" },
    markscheme: [
      m("M1", 1, "Capital employed = non-current liabilities + equity = 60,000 + 220,000 = 280,000", ["280,000", "280000"]),
      a("A1", 1, "ROCE = 42,000 ÷ 280,000 × 100 = 15%", ["M1"], ["15"]),
    ],
    workedSolution: String.raw`$$\text{capital employed} = \text{non-current liabilities} + \text{equity} = 60\,000 + 220\,000 = €280\,000$$
$$\text{ROCE} = \frac{\text{profit before interest and tax}}{\text{capital employed}} \times 100 = \frac{42\,000}{280\,000} \times 100 = 15\%$$
Each €100 of long-term capital earned €15 of operating profit.`,
  }),
  numeric({
    key: "3-5-03",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Kestrel Kayaks Ltd** (fictional) has current assets of €84,000, of which inventory (stock) is €30,000, debtors €24,000 and cash €30,000. Its current liabilities are €48,000.\n\nCalculate the **current ratio** (give your answer as $x$ in $x:1$, to two decimal places).",
    numericAnswer: { value: 1.75, tolerance: 0.005 },
    markscheme: [
      m("M1", 1, "Current ratio = current assets ÷ current liabilities = 84,000 ÷ 48,000", ["84,000", "48,000"]),
      a("A1", 1, "1.75 (: 1)", ["M1"], ["1.75"]),
    ],
    workedSolution: String.raw`$$\text{current ratio} = \frac{\text{current assets}}{\text{current liabilities}} = \frac{84\,000}{48\,000} = 1.75$$
The current ratio is **1.75 : 1**, within the commonly quoted healthy range of about 1.5 to 2.`,
  }),
  numeric({
    key: "3-5-04",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "Using the same data for **Kestrel Kayaks Ltd** (current assets €84,000 including inventory of €30,000; current liabilities €48,000), calculate the **acid test (quick) ratio** (as $x$ in $x:1$, to three decimal places).",
    numericAnswer: { value: 1.125, tolerance: 0.0005 },
    markscheme: [
      m("M1", 1, "(Current assets − inventory) ÷ current liabilities = (84,000 − 30,000) ÷ 48,000 = 54,000 ÷ 48,000", ["54,000", "54000"]),
      a("A1", 1, "1.125 (: 1)", ["M1"], ["1.125"]),
    ],
    workedSolution: String.raw`$$\text{acid test} = \frac{\text{current assets} - \text{stock}}{\text{current liabilities}} = \frac{84\,000 - 30\,000}{48\,000} = \frac{54\,000}{48\,000} = 1.125$$
The ratio is **1.125 : 1**. Above 1 : 1, Kestrel can pay its short-term debts even without selling any kayaks in stock.`,
  }),
  written({
    key: "3-5-05",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "**Saffron Lane Spices** (fictional) has a gross profit margin of 38% but a profit margin of only 3%, while similar spice businesses earn about 9%.\n\nExplain **two** strategies Saffron Lane Spices could use to improve its **profit margin**.",
    markscheme: [
      pt("p1", 1, "The gap between GPM (38%) and profit margin (3%) shows expenses/overheads are high", ["expenses", "overheads"]),
      pt("p2", 1, "Strategy 1: cut expenses, e.g. cheaper premises, lower marketing or administration costs, online rather than paid advertising", [
        "cut",
        "expenses",
        "rent",
      ]),
      pt(
        "p3",
        1,
        "Strategy 2: raise prices (if demand is price inelastic, e.g. premium branding) / reduce cost of sales with cheaper suppliers or bulk buying",
        ["raise price", "inelastic", "suppliers"],
      ),
      pt("p4", 1, "Explains a limitation or condition for one strategy (e.g. cutting marketing may reduce sales; higher prices may lose customers)", [
        "may reduce",
        "lose customers",
      ]),
      pt("p5", 1, "Strategy explained in terms of effect on the ratio: higher profit for the same revenue raises the margin", ["same revenue", "margin"]),
    ],
    workedSolution: String.raw`$$\text{profit margin} = \frac{\text{profit before interest and tax}}{\text{sales revenue}} \times 100$$
A 38% gross margin but a 3% profit margin means expenses eat up 35% of revenue — this is where to act.

1. **Reduce expenses.** Renegotiate rent, move administration online or cut unproductive advertising. Every euro saved raises profit for the same revenue. The risk is cutting spending that actually generates sales.
2. **Raise prices or lower cost of sales.** If customers see the spices as premium (inelastic demand), a small price rise raises both margins; buying in bulk or changing supplier reduces cost of sales. Higher prices could lose price-sensitive customers.`,
  }),
  numeric({
    key: "3-6-01",
    levels: HL,
    topicCode: "3.6",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**FreshCart** (fictional), a small supermarket, had cost of sales of €360,000 last year. Its inventory was €28,000 at the start of the year and €32,000 at the end.\n\nCalculate the **stock turnover** (number of times per year).",
    numericAnswer: { value: 12, tolerance: 0.01, unit: "times" },
    markscheme: [
      m("M1", 1, "Average stock = (28,000 + 32,000) ÷ 2 = 30,000", ["30,000", "30000"]),
      a("A1", 1, "Stock turnover = 360,000 ÷ 30,000 = 12 times", ["M1"], ["12"]),
    ],
    workedSolution: String.raw`$$\text{average stock} = \frac{28\,000 + 32\,000}{2} = €30\,000$$
$$\text{stock turnover} = \frac{\text{cost of sales}}{\text{average stock}} = \frac{360\,000}{30\,000} = 12 \text{ times a year}$$
Equivalently, stock is held for $\frac{365}{12} \approx 30$ days on average — reasonable for a supermarket selling perishable food, though lower than large chains.`,
  }),
  numeric({
    key: "3-6-02",
    levels: HL,
    topicCode: "3.6",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Brightloom Textiles** (fictional) sells only on credit to fashion retailers. Its annual sales revenue is €547,500 and its debtors (trade receivables) are €45,000.\n\nCalculate the **debtor days** ratio (use 365 days in a year).",
    numericAnswer: { value: 30, tolerance: 0.1, unit: "days" },
    markscheme: [
      m("M1", 1, "Debtor days = debtors ÷ total sales revenue × 365 = 45,000 ÷ 547,500 × 365", ["45,000", "547,500", "365"]),
      a("A1", 1, "30 days", ["M1"], ["30"]),
    ],
    workedSolution: String.raw`$$\text{debtor days} = \frac{\text{debtors}}{\text{total sales revenue}} \times 365 = \frac{45\,000}{547\,500} \times 365 = 30 \text{ days}$$
On average customers pay 30 days after buying.`,
  }),
  numeric({
    key: "3-6-03",
    levels: HL,
    topicCode: "3.6",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Brightloom Textiles** (fictional) owes its cotton suppliers (creditors / trade payables) €36,000. Its cost of sales for the year was €292,000, all bought on credit.\n\nCalculate the **creditor days** ratio (use 365 days in a year).",
    numericAnswer: { value: 45, tolerance: 0.1, unit: "days" },
    markscheme: [
      m("M1", 1, "Creditor days = creditors ÷ cost of sales × 365 = 36,000 ÷ 292,000 × 365", ["36,000", "292,000"]),
      a("A1", 1, "45 days", ["M1"], ["45"]),
    ],
    workedSolution: String.raw`$$\text{creditor days} = \frac{\text{creditors}}{\text{cost of sales}} \times 365 = \frac{36\,000}{292\,000} \times 365 = 45 \text{ days}$$
Brightloom pays its suppliers after 45 days on average but (from the previous question) collects from customers after 30 days: a healthy gap for its cash flow, provided suppliers accept the wait.`,
  }),
  numeric({
    key: "3-6-04",
    levels: HL,
    topicCode: "3.6",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Orbita Mobility** (fictional) has non-current liabilities (long-term loans) of €150 million and equity of €350 million.\n\nCalculate its **gearing ratio** (as a percentage).",
    numericAnswer: { value: 30, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Capital employed = 150 + 350 = €500 million; gearing = 150 ÷ 500 × 100", ["500"]), a("A1", 1, "30%", ["M1"], ["30"])],
    workedSolution: String.raw`$$\text{gearing} = \frac{\text{non-current liabilities}}{\text{capital employed}} \times 100 = \frac{150}{150 + 350} \times 100 = \frac{150}{500} \times 100 = 30\%$$
Below the commonly quoted 50% threshold, so Orbita is **low geared**: it could borrow more to finance expansion.`,
  }),
  written({
    key: "3-6-05",
    levels: HL,
    topicCode: "3.6",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Two fictional retailers are in financial difficulty. **Retailer X** is profitable but cannot pay a supplier's bill due tomorrow. **Retailer Y** has liabilities far greater than its assets and a court has ordered it to be wound up.\n\nDistinguish between **insolvency** and **bankruptcy**, with reference to the two retailers.",
    markscheme: [
      pt("p1", 1, "Insolvency: a business cannot pay its debts when they are due / liabilities exceed assets (a financial state)", ["cannot pay", "debts"]),
      pt("p2", 1, "Retailer X is insolvent (cash-flow insolvency) even though profitable", ["Retailer X"]),
      pt("p3", 1, "Bankruptcy: a legal status declared by a court when a person/business cannot repay debts; assets may be sold to pay creditors", [
        "legal",
        "court",
      ]),
      pt("p4", 1, "Retailer Y is (legally) bankrupt / being wound up (liquidated)", ["Retailer Y", "wound up", "liquidat"]),
    ],
    workedSolution:
      "**Insolvency** is a *financial situation*: the business cannot pay its debts when they fall due (or its liabilities exceed its assets). Retailer X is insolvent in the cash-flow sense: it is profitable but lacks the cash to pay tomorrow's bill. It may recover by borrowing or chasing debtors.\n\n**Bankruptcy** is a *legal status* declared by a court after insolvency cannot be resolved; the business's assets are sold (liquidated) to pay creditors. Retailer Y, ordered to be wound up, is in this position.",
  }),
  numeric({
    key: "3-7-01",
    levels: BOTH,
    topicCode: "3.7",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "Cash flow forecast for **Marrow & Mint** (fictional), in €:\n\n| | July | August |\n|---|---|---|\n| Opening balance | 12,000 | ? |\n| Total cash inflows | 46,000 | 38,000 |\n| Total cash outflows | 51,500 | 47,000 |\n\nCalculate the **closing balance** for August (in €). Write a negative balance with a minus sign.",
    numericAnswer: { value: -2500, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "July net cash flow = 46,000 − 51,500 = −5,500; July closing balance = 12,000 − 5,500 = 6,500", ["-5,500", "6,500"]),
      m("M2", 1, "August opening balance = 6,500; August net cash flow = 38,000 − 47,000 = −9,000", ["6,500", "-9,000"]),
      a("A1", 1, "August closing balance = −€2,500", ["M1", "M2"], ["-2,500", "-2500"]),
    ],
    workedSolution: String.raw`Closing balance = opening balance + inflows − outflows, and each month's closing balance is the next month's opening balance.

- July: $12\,000 + 46\,000 - 51\,500 = €6\,500$
- August: $6\,500 + 38\,000 - 47\,000 = -€2\,500$

Marrow & Mint expects to be **€2,500 overdrawn** at the end of August: it should arrange an overdraft or delay some payments.`,
  }),
  written({
    key: "3-7-02",
    levels: BOTH,
    topicCode: "3.7",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Brightloom Textiles** (fictional) made a profit of €90,000 last year, yet it struggled to pay its suppliers on time. Its customers pay after 60 days, while suppliers demand payment within 30 days.\n\nExplain why a profitable business such as Brightloom can have a **cash flow** problem.",
    markscheme: [
      pt("p1", 1, "Profit = revenue − costs, recorded when sales are made; cash flow = actual money in and out at a point in time", ["revenue", "money in"]),
      pt("p2", 1, "Timing: sales on credit count as revenue/profit before the cash is received", ["credit", "timing"]),
      pt("p3", 1, "Applied: customers pay after 60 days but suppliers must be paid in 30 days → a 30-day gap to finance", ["60 days", "30 days", "gap"]),
      pt("p4", 1, "Other causes: cash tied up in inventory / spending on non-current assets / loan repayments, which do not reduce profit in the same way", [
        "inventory",
        "non-current",
        "repayment",
      ]),
    ],
    workedSolution:
      "**Profit** is the difference between sales revenue and costs for a period; revenue is recorded when the sale is made, even on credit. **Cash flow** is the actual movement of money into and out of the business.\n\nBrightloom sells on 60-day credit but must pay suppliers in 30 days. For 30 days it has paid out cash for cotton but not yet received cash from the sale, so it can be short of cash even though the sales are profitable. Cash may also be tied up in stock of shirts, or used to buy machinery (which reduces profit only gradually through depreciation). Growing businesses are especially vulnerable: more orders mean more cash paid out before customers pay (overtrading).",
  }),
  numeric({
    key: "3-8-01",
    levels: BOTH,
    topicCode: "3.8",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Nordhaven Bikes** (fictional) is considering a robotic welding machine costing €120,000. Expected net cash flows are:\n\n| Year | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|\n| Net cash flow (€) | 30,000 | 40,000 | 45,000 | 50,000 | 45,000 |\n\nCalculate the **payback period** (in years, to one decimal place).",
    numericAnswer: { value: 3.1, tolerance: 0.005, unit: "years" },
    markscheme: [
      m("M1", 1, "Cumulative cash flow after 3 years = 115,000; €5,000 still to recover in year 4", ["115,000", "5,000"]),
      a("A1", 1, "3 + 5,000 ÷ 50,000 = 3.1 years (3 years and about 1.2 months)", ["M1"], ["3.1"]),
    ],
    workedSolution: String.raw`Cumulative net cash flow: year 1: 30 000; year 2: 70 000; year 3: 115 000; year 4: 165 000.

The €120,000 is recovered during year 4: after 3 years €5,000 is still owed, and year 4 brings €50,000 (assumed to arrive evenly).
$$\text{payback} = 3 + \frac{5\,000}{50\,000} = 3.1 \text{ years} \quad (3 \text{ years } 1.2 \text{ months})$$`,
  }),
  numeric({
    key: "3-8-02",
    levels: BOTH,
    topicCode: "3.8",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "For the same robotic welding machine at **Nordhaven Bikes** (cost €120,000; net cash flows over 5 years of €30,000, €40,000, €45,000, €50,000 and €45,000), calculate the **average rate of return (ARR)** (as a percentage).",
    numericAnswer: { value: 15, tolerance: 0.05, unit: "%" },
    markscheme: [
      m("M1", 1, "Total net return = 210,000 − 120,000 = 90,000", ["210,000", "90,000"]),
      m("M2", 1, "Average annual profit = 90,000 ÷ 5 = 18,000", ["18,000"]),
      a("A1", 1, "ARR = 18,000 ÷ 120,000 × 100 = 15%", ["M1", "M2"], ["15"]),
    ],
    workedSolution: String.raw`$$\text{total net return} = (30 + 40 + 45 + 50 + 45)\text{ thousand} - 120\,000 = 210\,000 - 120\,000 = €90\,000$$
$$\text{ARR} = \frac{(\text{total returns} - \text{capital cost}) \div \text{years of use}}{\text{capital cost}} \times 100 = \frac{90\,000 \div 5}{120\,000} \times 100 = \frac{18\,000}{120\,000} \times 100 = 15\%$$`,
  }),
  numeric({
    key: "3-8-03",
    levels: HL,
    topicCode: "3.8",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Lumo Lamps** (fictional) is considering a solar-panel installation costing €100,000 that will save energy costs (net cash inflows) of €40,000, €45,000 and €50,000 in years 1 to 3. The discount rate is 8%, with discount factors 0.926 (year 1), 0.857 (year 2) and 0.794 (year 3).\n\nCalculate the **net present value (NPV)** of the project (in €, to the nearest euro).",
    numericAnswer: { value: 15305, tolerance: 10, unit: "€" },
    markscheme: [
      m("M1", 1, "Present values: 40,000 × 0.926 = 37,040; 45,000 × 0.857 = 38,565; 50,000 × 0.794 = 39,700", ["37,040", "38,565", "39,700"]),
      m("M2", 1, "Total present value = 115,305", ["115,305"]),
      a("A1", 1, "NPV = 115,305 − 100,000 = €15,305 (accept €15,309 from unrounded factors)", ["M1", "M2"], ["15,305", "15305"]),
    ],
    workedSolution: String.raw`| Year | Net cash flow (€) | Discount factor (8%) | Present value (€) |
|---|---|---|---|
| 1 | 40 000 | 0.926 | 37 040 |
| 2 | 45 000 | 0.857 | 38 565 |
| 3 | 50 000 | 0.794 | 39 700 |
| | | **Total PV** | **115 305** |

$$\text{NPV} = \text{total present value} - \text{cost} = 115\,305 - 100\,000 = €15\,305$$
The NPV is positive, so at an 8% cost of capital the installation is worthwhile on financial grounds.`,
  }),
  written({
    key: "3-8-04",
    levels: BOTH,
    topicCode: "3.8",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    commandTerm: "Analyse",
    stem: "**Helio Bakes** (fictional) can afford only one of two investments, each costing €60,000:\n\n| | Project A: new ovens | Project B: delivery app |\n|---|---|---|\n| Payback period | 2.4 years | 3.5 years |\n| Average rate of return | 11% | 19% |\n\nThe bank charges 8% interest and Helio Bakes has a weak cash position.\n\nAnalyse which project Helio Bakes should choose, using the investment appraisal results.",
    markscheme: [
      pt("p1", 1, "Payback: Project A recovers its cost faster (2.4 vs 3.5 years) → less risk, better for a weak cash position", ["2.4", "faster", "cash"]),
      pt("p2", 1, "ARR: Project B is more profitable (19% vs 11%); both exceed the 8% interest rate", ["19%", "8%"]),
      pt("p3", 1, "Trade-off between speed of return (liquidity/risk) and overall profitability", ["trade-off", "risk"]),
      pt(
        "p4",
        1,
        "Limitation: payback ignores cash after the payback period / ARR ignores timing / neither uses the time value of money / forecasts may be wrong (longer forecasts for an app are riskier)",
        ["ignores", "time value", "forecast"],
      ),
      pt("p5", 1, "Qualitative factors, e.g. app opens new market / ovens improve quality or energy use; competitors' actions", [
        "qualitative",
        "new market",
        "quality",
      ]),
      pt(
        "p6",
        1,
        "A reasoned choice consistent with the analysis (e.g. A because of the weak cash position, or B for higher long-term return if finance is secure)",
        ["choose", "recommend"],
      ),
    ],
    workedSolution:
      "**Payback** favours **Project A**: the ovens repay their €60,000 in 2.4 years, over a year earlier than the app. With a weak cash position, Helio Bakes needs its money back quickly, and earlier returns are also more certain.\n\n**ARR** favours **Project B**: 19% a year against 11%. Both beat the 8% cost of borrowing, so both are profitable, but B earns much more over its life.\n\n**Limitations.** Payback ignores returns after the payback point; ARR ignores when the cash arrives; neither discounts future cash. The app's forecasts are likely less reliable than the ovens' (new technology, uncertain uptake).\n\n**Qualitative factors.** The app may open a new delivery market and defend against rivals; new ovens may improve quality and cut energy use.\n\n**Decision.** Given the weak cash position, **Project A** is the safer choice now; Project B could follow once cash flow improves. A business with strong finances might prefer B for its higher return.",
  }),
  numeric({
    key: "3-9-01",
    levels: HL,
    topicCode: "3.9",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "For March, **Marrow & Mint** (fictional) budgeted sales revenue of €80,000 and costs of €52,000. Actual sales revenue was €74,500 and actual costs were €49,000.\n\nCalculate the **profit variance** for March (in €). Give an adverse variance as a negative number.",
    numericAnswer: { value: -2500, tolerance: 1, unit: "€" },
    markscheme: [
      m(
        "M1",
        1,
        "Budgeted profit = 80,000 − 52,000 = 28,000; actual profit = 74,500 − 49,000 = 25,500 / revenue variance −5,500 (A) and cost variance +3,000 (F)",
        ["28,000", "25,500"],
      ),
      a("A1", 1, "Profit variance = −€2,500 (adverse)", ["M1"], ["-2,500", "-2500", "adverse"]),
    ],
    workedSolution: String.raw`Budgeted profit $= 80\,000 - 52\,000 = €28\,000$; actual profit $= 74\,500 - 49\,000 = €25\,500$.
$$\text{profit variance} = 25\,500 - 28\,000 = -€2\,500 \;(\text{adverse})$$
Check by components: revenue variance $74\,500 - 80\,000 = -5\,500$ (adverse) and cost variance $52\,000 - 49\,000 = +3\,000$ (favourable, costs were lower than budgeted); $-5\,500 + 3\,000 = -2\,500$.`,
  }),
  written({
    key: "3-9-02",
    levels: HL,
    topicCode: "3.9",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Marrow & Mint** (fictional) plans to treat each of its 12 cafés as a **profit centre** with its own budget set by head office.\n\nExplain **two** benefits to Marrow & Mint of using profit centres and budgets.",
    markscheme: [
      pt("p1", 1, "Benefit 1: identifies which cafés are (un)profitable / better information for decisions", ["profitable", "information"]),
      pt("p2", 1, "Developed: head office can close, support or learn from particular cafés", ["close", "support"]),
      pt("p3", 1, "Benefit 2: accountability and motivation of café managers (delegation) / control through variance analysis", [
        "accountab",
        "motivat",
        "variance",
      ]),
      pt("p4", 1, "Developed: managers compare actual results with budget and act on adverse variances", ["actual", "adverse"]),
    ],
    workedSolution:
      "A **profit centre** is a part of the business for which both costs and revenues are recorded, so its profit can be calculated.\n\n1. **Better information.** Head office can see which of the 12 cafés earn the most and which lose money, and decide where to invest, what to change or whether to close an outlet.\n2. **Control and motivation.** Each café manager is responsible for meeting a budget. Comparing actual results with the budget (variance analysis) shows problems early, and being trusted with a budget can motivate managers. (Drawbacks: allocating shared head-office costs can seem unfair, and cafés may compete rather than cooperate.)",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 4: Marketing
// ─────────────────────────────────────────────────────────────────────────────
const unit4: QuestionInput[] = [
  numeric({
    key: "4-1-01",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In Valdoria (a fictional country) total sales of electric scooters were €24 million last year. **Ruta** (fictional) sold scooters worth €3.6 million.\n\nCalculate Ruta's **market share** (as a percentage).",
    numericAnswer: { value: 15, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Market share = firm's sales ÷ total market sales × 100 = 3.6 ÷ 24 × 100", ["3.6", "24"]), a("A1", 1, "15%", ["M1"], ["15"])],
    workedSolution: String.raw`$$\text{market share} = \frac{\text{firm's sales}}{\text{total sales in the market}} \times 100 = \frac{3.6}{24} \times 100 = 15\%$$`,
  }),
  numeric({
    key: "4-1-02",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "The Valdorian electric-scooter market grew from €24 million last year to €27 million this year. Ruta's sales stayed at €3.6 million.\n\nCalculate the **percentage growth** of the market this year.",
    numericAnswer: { value: 12.5, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Growth = (27 − 24) ÷ 24 × 100", ["3", "24"]), a("A1", 1, "12.5%", ["M1"], ["12.5"])],
    workedSolution: String.raw`$$\text{market growth} = \frac{27 - 24}{24} \times 100 = \frac{3}{24} \times 100 = 12.5\%$$
Because Ruta's sales did not grow, its market share fell from 15% to $\frac{3.6}{27} \times 100 \approx 13.3\%$.`,
  }),
  written({
    key: "4-1-03",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Distinguish",
    stem: "**Quillon Software** (fictional) builds accounting apps. Its founders design features they find technically impressive and then look for buyers. A new marketing director wants the company to interview small-business owners before designing anything.\n\nDistinguish between **product orientation** and **market orientation**, with reference to Quillon Software.",
    markscheme: [
      pt("p1", 1, "Product orientation: focus on making a product (the firm's strengths/technology) and then finding customers", [
        "product",
        "then",
        "find customers",
      ]),
      pt("p2", 1, "Applied: the founders design technically impressive features first", ["founders", "technically"]),
      pt("p3", 1, "Market orientation: market research identifies customer needs/wants first, and products are designed to meet them", [
        "customer needs",
        "research",
      ]),
      pt("p4", 1, "Applied: interviewing small-business owners before designing; less risk of building features no one wants", ["interview", "small-business"]),
    ],
    workedSolution:
      "A **product-oriented** business starts from what it can make well, then tries to sell it. Quillon's founders build technically impressive features and only then search for buyers; this can lead to products customers do not value.\n\nA **market-oriented** business starts from the customer: it researches needs first and designs products to meet them. Interviewing small-business owners before design is market orientation; it costs time and money but reduces the risk of failure.",
  }),
  written({
    key: "4-2-01",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Helio Bakes** (fictional) sells bread and pastries at mid-range prices. A market research agency has drawn a **position map** of local bakeries using the axes *price* (low–high) and *product quality as seen by customers* (low–high). Helio Bakes appears in the middle of the map, close to three rivals.\n\nExplain how Helio Bakes could use the position map to improve its marketing.",
    markscheme: [
      pt("p1", 1, "A position/perception map shows how customers see a brand relative to competitors on two attributes", [
        "customers",
        "relative",
        "competitors",
      ]),
      pt("p2", 1, "Helio Bakes is in a crowded position, so it has no clear unique selling point (USP) / differentiation", ["crowded", "USP", "differentiat"]),
      pt("p3", 1, "It can identify gaps in the market (e.g. high quality–mid price, artisan or organic products) to reposition into", ["gap", "reposition"]),
      pt(
        "p4",
        1,
        "It can adjust its marketing mix to match the new position (e.g. product range, pricing, promotion), noting a gap may exist because there is no demand",
        ["marketing mix", "no demand"],
      ),
    ],
    workedSolution:
      "A **position map** shows where customers place brands relative to each other on two attributes.\n\nHelio Bakes sits in the middle, surrounded by three rivals: customers see nothing to distinguish it, so it competes mainly on location and convenience. Managers can look for **gaps**, such as high perceived quality at a mid-range price (sourdough, local flour), and **reposition** the brand there, changing its product range, promotion and perhaps price to match. They should check with research that the gap reflects real demand, not just an empty, unprofitable space.",
  }),
  mcq({
    key: "4-2-02",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 2,
    paper: "P1",
    commandTerm: "Identify",
    stem: '**Pebble Path Tours** (fictional) targets "adventurous people who value sustainability and want to avoid mass tourism". Which type of market segmentation is this?',
    options: ["Psychographic", "Geographic", "Demographic", "Product-usage (behavioural)"],
    correct: "A",
    why: "psychographic segmentation groups customers by values, attitudes and lifestyle",
    workedSolution:
      "**Psychographic** segmentation divides a market by lifestyle, values, attitudes and personality, such as valuing sustainability and adventure. Demographic segmentation uses age, gender, income, etc.; geographic uses location. The answer is **A**.",
  }),
  numeric({
    key: "4-3-01",
    levels: HL,
    topicCode: "4.3",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "Monthly sales of bicycles at **Nordhaven Bikes** (fictional):\n\n| Month | Jan | Feb | Mar | Apr | May |\n|---|---|---|---|---|---|\n| Units sold | 120 | 150 | 135 | 165 | 180 |\n\nCalculate the **three-month moving average** centred on April.",
    numericAnswer: { value: 160, tolerance: 0.01, unit: "units" },
    markscheme: [m("M1", 1, "(135 + 165 + 180) ÷ 3", ["135", "165", "180"]), a("A1", 1, "160 units", ["M1"], ["160"])],
    workedSolution: String.raw`The three-month moving average centred on April uses March, April and May:
$$\frac{135 + 165 + 180}{3} = \frac{480}{3} = 160 \text{ units}$$
April's actual sales (165) are 5 units above the trend (a variation of +5).`,
  }),
  written({
    key: "4-3-02",
    levels: HL,
    topicCode: "4.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "**Nordhaven Bikes** (fictional) uses moving averages of past sales to forecast demand for the next 12 months. A new cycling-to-work tax incentive will start next spring.\n\nExplain **one** benefit and **one** limitation of sales forecasting for Nordhaven Bikes.",
    markscheme: [
      pt("p1", 1, "Benefit: helps plan production/inventory, staffing, cash flow and budgets", ["plan", "inventory", "cash flow"]),
      pt("p2", 1, "Applied: e.g. order components and hire seasonal staff ahead of peak months", ["components", "seasonal"]),
      pt("p3", 1, "Limitation: based on past data; assumes past trends continue / ignores external changes", ["past", "trends continue"]),
      pt("p4", 1, "Applied: the new tax incentive may change demand so the moving-average forecast may be too low", ["tax incentive", "too low"]),
    ],
    workedSolution:
      "**Benefit.** A forecast lets Nordhaven plan ahead: ordering frames and components, arranging seasonal staff and preparing cash-flow forecasts and budgets for busy months, which avoids both stock-outs and excess stock.\n\n**Limitation.** Moving averages extend past patterns; they assume the future resembles the past. The new tax incentive is a change in the external environment that past data cannot capture, so demand may be under-forecast. Managers should adjust the forecast with qualitative judgement or market research.",
  }),
  written({
    key: "4-4-01",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Pebble Path Tours** (fictional) wants to launch walking holidays for families. It can either run **focus groups** with parents or use **secondary data** from a national tourism report.\n\nExplain **one** advantage of each method for Pebble Path Tours.",
    markscheme: [
      pt("p1", 1, "Focus groups (primary research): detailed qualitative data / opinions / feelings, specific to the business's purpose", [
        "qualitative",
        "specific",
        "detailed",
      ]),
      pt("p2", 1, "Applied: parents can say what activities, prices, safety features they want in family walking holidays", ["parents", "family"]),
      pt("p3", 1, "Secondary data: cheaper / quicker to obtain / large samples, trends", ["cheaper", "quicker", "trends"]),
      pt("p4", 1, "Applied: the tourism report shows the size and growth of the family holiday market at low cost", ["market size", "tourism report"]),
    ],
    workedSolution:
      "**Focus groups** (primary, qualitative): a small group of parents discusses the idea in depth, so Pebble Path learns *why* families choose holidays, which activities children enjoy and what worries parents. The data are specific to its plans and unavailable to competitors.\n\n**Secondary data** from a tourism report are cheap and quick to obtain and are based on large samples, giving reliable figures on the size and growth of the family holiday market, useful before spending on primary research.",
  }),
  mcq({
    key: "4-4-02",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "A researcher for **FreshCart** (fictional) interviews shoppers until she has spoken to 30 men and 30 women aged under 40 and 20 men and 20 women aged 40 or over, choosing whoever passes by within each group. Which sampling method is this?",
    options: ["Quota sampling", "Random sampling", "Snowball sampling", "Cluster sampling"],
    correct: "A",
    why: "the sample is split into groups with fixed numbers, and the interviewer fills each group with whoever is available",
    workedSolution:
      "In **quota sampling** the researcher fixes how many people to interview in each group (e.g. by age and gender), then picks anyone who fits until each quota is full. The choice within the group is not random. In random sampling each member of the population has an equal chance of selection; snowball sampling uses referrals; cluster sampling picks whole groups (e.g. one town). Answer **A**.",
  }),
  written({
    key: "4-5-01",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Evaluate",
    stem: "**Orbita Mobility** (fictional) is launching a new folding e-scooter with a patented lightweight battery that no competitor can yet match. Development cost €8 million. Rivals are expected to launch similar scooters within 18 months. Two pricing options are being considered: **price skimming** at €1,200 or **penetration pricing** at €650.\n\nEvaluate the two pricing strategies for Orbita's new scooter.",
    markscheme: criteria(
      "understanding of price skimming (high initial price, lowered over time) and penetration pricing (low initial price to gain market share quickly)",
      "uses the case: patented battery (USP), €8 million development cost, rivals in 18 months, €1,200 vs €650",
      "skimming: recovers R&D quickly, reinforces premium image, targets early adopters, but limited sales volume and may leave room for rivals; penetration: builds market share and brand loyalty before rivals arrive, economies of scale, but low margins, slow cost recovery, hard to raise price later, may damage premium image",
      "a justified judgement, e.g. skimming is appropriate while the patent advantage lasts, then lowering price before rivals launch; depends on price elasticity and brand strategy",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Price skimming** sets a high price at launch (€1,200) to earn high margins from early adopters, then lowers it over time. **Penetration pricing** sets a low price (€650) to win market share quickly.\n\n**Skimming.** The patented battery is a genuine USP with no rival for about 18 months, so customers who value lightness will pay a premium. High margins recover the €8 million development cost quickly and build a premium image. However, fewer units are sold, and a high price leaves room for rivals to undercut when they arrive.\n\n**Penetration.** A low price could make Orbita the market leader before rivals launch, create brand loyalty and bring economies of scale. But margins are thin, recovering €8 million takes longer, and raising the price later is difficult; a low price may also make the innovation look 'cheap'.\n\n**Judgement.** With a temporary technological lead, **skimming is the better launch strategy**: it exploits the patent while it lasts and funds further R&D. Orbita should plan to cut price (or launch a cheaper model) shortly before rivals arrive. If research showed demand to be highly price elastic, penetration would become more attractive.",
  }),
  written({
    key: "4-5-02",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "Sales of **Lumo Lamps'** (fictional) best-selling desk lamp, launched six years ago, have started to fall as customers switch to smart lamps.\n\nExplain **two** **extension strategies** Lumo Lamps could use for this product.",
    markscheme: [
      pt("p1", 1, "Recognises the product is in the maturity/saturation or early decline stage of the product life cycle", [
        "maturity",
        "decline",
        "life cycle",
      ]),
      pt("p2", 1, "Strategy 1, e.g. add new features/redesign (a smart version with app control or USB charging)", ["new features", "smart", "redesign"]),
      pt("p3", 1, "Strategy 2, e.g. new markets or segments (students, offices, export) / new uses / new promotion / price reduction or bundling", [
        "new market",
        "segment",
        "promotion",
      ]),
      pt("p4", 1, "Explains how each extends the life cycle: renewed demand/sales before decline", ["renewed", "extend"]),
    ],
    workedSolution:
      "The lamp is in the **maturity/early decline** stage of its product life cycle. **Extension strategies** aim to restore sales before decline sets in.\n\n1. **Product modification.** Add smart features (app-controlled brightness, USB-C charging) so the lamp competes with smart lamps while keeping its familiar design: existing customers have a reason to buy again.\n2. **New market segment.** Promote the lamp to students and offices, or export it to markets where smart lamps are less common; the same product reaches new buyers.\n\nBoth renew demand and lengthen the maturity stage, though each needs investment that must be weighed against expected sales.",
  }),
  written({
    key: "4-5-03",
    levels: BOTH,
    topicCode: "4.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Pebble Path Tours** (fictional) sells guided walking holidays. Online reviews praise the scenery but complain that guides are unfriendly and booking is confusing.\n\nExplain how **two** of the extra Ps of the service marketing mix (people, processes, physical evidence) affect Pebble Path Tours.",
    markscheme: [
      pt("p1", 1, "People: employees who deliver the service shape the customer experience", ["people", "employees", "guides"]),
      pt("p2", 1, "Applied: unfriendly guides lead to poor reviews; training/recruitment could improve this", ["unfriendly", "training"]),
      pt("p3", 1, "Processes: the procedures/systems through which the service is delivered, e.g. booking", ["process", "booking"]),
      pt(
        "p4",
        1,
        "Applied: a confusing booking system loses customers; a simple online booking would help / physical evidence: reviews, photos, website and brochures reassure buyers of an intangible service",
        ["confusing", "simple", "physical evidence"],
      ),
    ],
    workedSolution:
      "Services are intangible, so three extra Ps matter.\n\n- **People:** the guides *are* the product for customers on a walking holiday. Unfriendly guides produce bad reviews; recruiting for personality and training in customer service would raise satisfaction.\n- **Processes:** the steps by which the service is delivered, including booking. A confusing booking process loses customers before they buy; a simple online system with clear confirmation would improve conversion.\n- (**Physical evidence:** tangible signs of quality such as the website, photos, reviews and branded equipment, which reassure buyers who cannot try the holiday first.)",
  }),
  written({
    key: "4-6-01",
    levels: HL,
    topicCode: "4.6",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "**Saffron Lane Spices** (fictional) sells spice blends online in its home country. It wants to enter Japan, where online sales of cooking ingredients are growing fast. Japanese labelling rules are strict, customers expect small pack sizes and premium presentation, and the company has no staff who speak Japanese.\n\nDiscuss the opportunities and threats for Saffron Lane Spices of entering the Japanese market.",
    markscheme: criteria(
      "understanding of international marketing: methods of entry (direct exporting, joint ventures, distributors, e-commerce), opportunities and threats (cultural, legal, economic, exchange-rate)",
      "uses the case: growing online market, strict labelling, small packs and premium presentation, no Japanese-speaking staff",
      "opportunities: new market and growth, spreading risk, premium pricing possible, economies of scale; threats: legal compliance costs, cultural differences (tastes, packaging, language), exchange-rate risk, competition, logistics; possible entry via a Japanese distributor or online marketplace",
      "a balanced conclusion on whether and how to enter (e.g. test with a local partner and adapted packaging) with conditions",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Opportunities.** Fast-growing online sales mean demand exists; entering Japan spreads risk across markets and could support premium prices if presentation meets expectations. Greater volume lowers unit costs.\n\n**Threats.** Strict labelling rules require translation, new ingredient lists and possibly lab tests; small premium packs raise costs and require new packaging. Without Japanese speakers, customer service, marketing and negotiations are difficult; tastes and cooking habits differ, so some blends may need adapting. Exchange-rate changes can erase margins, and local competitors know the market.\n\n**Method of entry.** Selling through an established Japanese online marketplace or a local distributor would reduce legal and language risks, at the cost of a share of the margin.\n\n**Conclusion.** Entry is attractive but only with adaptation: a small test launch through a local partner, with compliant labels and premium small packs, lets Saffron Lane learn before committing heavily. Glocalization of the product and packaging will decide success more than the size of the market.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 5: Operations management
// ─────────────────────────────────────────────────────────────────────────────
const unit5: QuestionInput[] = [
  written({
    key: "5-1-01",
    levels: BOTH,
    topicCode: "5.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Verdant Packaging** (fictional) makes food containers from recycled cardboard using solar power, and pays its factory workers above the local average wage.\n\nExplain how Verdant Packaging's operations contribute to **ecological** and **social** sustainability.",
    markscheme: [
      pt("p1", 1, "Ecological sustainability: operations that protect the environment / do not deplete resources for future generations", [
        "environment",
        "future generations",
      ]),
      pt("p2", 1, "Applied: recycled cardboard reduces waste and tree felling; solar power cuts emissions", ["recycled", "solar"]),
      pt("p3", 1, "Social sustainability: operations that support the well-being of people and communities over time", ["well-being", "communities"]),
      pt("p4", 1, "Applied: above-average wages improve workers' living standards and retention", ["wages", "living standards"]),
    ],
    workedSolution:
      "**Ecological sustainability** means producing without damaging the environment or using up resources future generations will need. Using recycled cardboard avoids felling trees and sends less waste to landfill; solar power reduces greenhouse-gas emissions.\n\n**Social sustainability** means operations that support people's well-being over time. Paying above the local average wage improves workers' living standards and can strengthen the local community (and cut staff turnover).",
  }),
  written({
    key: "5-2-01",
    levels: BOTH,
    topicCode: "5.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "**Kestrel Kayaks** (fictional) currently makes each kayak to a customer's own design. It is considering switching to producing batches of 50 identical kayaks in three standard colours.\n\nDistinguish between **job production** and **batch production**, with reference to Kestrel Kayaks.",
    markscheme: [
      pt("p1", 1, "Job production: one-off, unique products made to a customer's specification", ["one-off", "unique", "specification"]),
      pt("p2", 1, "Applied: each kayak to a customer's design; high price, skilled labour, slow, high unit cost", ["customer's design", "high unit cost"]),
      pt("p3", 1, "Batch production: groups of identical products made together, each batch passing through each stage before the next", [
        "groups",
        "identical",
        "batch",
      ]),
      pt(
        "p4",
        1,
        "Applied: batches of 50 in three colours; lower unit costs/economies of scale, less customization, stock must be held, machine reset between batches",
        ["50", "lower unit cost", "less customi"],
      ),
    ],
    workedSolution:
      "**Job production** makes a single, unique item to the customer's specification: Kestrel's current made-to-design kayaks. It allows high prices and customer satisfaction, but is slow and costly per unit.\n\n**Batch production** makes groups of identical items, with the whole batch moving through each stage together: 50 identical kayaks in one colour. Unit costs fall (bulk buying, specialised tasks), but customers lose customization, stock must be stored, and moulds must be changed between batches (downtime).",
  }),
  mcq({
    key: "5-2-02",
    levels: BOTH,
    topicCode: "5.2",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "**Nordhaven Bikes** (fictional) lets online customers choose frame size, colour and components from a menu, then assembles each bike from standard parts on a production line. This is best described as:",
    options: ["Job production", "Batch production", "Mass customization", "Cell production"],
    correct: "C",
    why: "standardised, high-volume parts combined with individual customer choices",
    workedSolution:
      "**Mass customization** combines the low unit cost of flow/mass production (standard parts, production line) with the flexibility to tailor each product to the customer's choices. Job production would build each bike from scratch; batch production makes identical groups. Answer **C**.",
  }),
  written({
    key: "5-3-01",
    levels: HL,
    topicCode: "5.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Lumo Lamps** (fictional) holds three months of components in its warehouse and has a defect rate of 4%. The operations manager proposes **kaizen** (continuous improvement) and **just-in-time (JIT)** stock control.\n\nExplain how these two lean production methods could benefit Lumo Lamps.",
    markscheme: [
      pt("p1", 1, "Kaizen: small, continuous improvements suggested by employees", ["continuous", "small", "employees"]),
      pt("p2", 1, "Applied: teams find causes of the 4% defect rate and reduce waste at low cost", ["4%", "defect"]),
      pt("p3", 1, "JIT: components arrive just when needed; minimal buffer stock", ["just when needed", "minimal stock"]),
      pt("p4", 1, "Applied: cuts the cost of holding three months of stock, frees cash and space (requires reliable suppliers)", [
        "three months",
        "cash",
        "reliable suppliers",
      ]),
    ],
    workedSolution:
      "**Lean production** aims to minimise waste of all kinds.\n\n- **Kaizen:** workers continuously suggest small improvements to their own tasks. Many small changes (better jigs, checklists, tidier workstations) can cut Lumo's 4% defect rate cheaply and increase employees' involvement.\n- **JIT:** components are delivered just when they are needed, instead of three months' worth. This cuts warehousing costs, frees cash tied up in stock and reduces the risk of obsolete parts. It depends on reliable suppliers: one late delivery could stop production.",
  }),
  mcq({
    key: "5-3-02",
    levels: HL,
    topicCode: "5.3",
    difficulty: 2,
    paper: "P1",
    commandTerm: "Identify",
    stem: "Which statement best describes **quality assurance** compared with **quality control**?",
    options: [
      "Quality assurance inspects finished products at the end of the line and rejects faulty ones.",
      "Quality assurance builds quality into every stage so that faults are prevented.",
      "Quality assurance is carried out only by external inspectors.",
      "Quality assurance and quality control are the same process.",
    ],
    correct: "B",
    why: "quality assurance prevents faults at every stage; quality control detects them at the end",
    workedSolution:
      "**Quality control** detects faults by inspecting output (often at the end). **Quality assurance** aims to *prevent* faults by setting standards and procedures at every stage, often with workers responsible for their own quality (e.g. TQM). Answer **B**; A describes quality control.",
  }),
  written({
    key: "5-4-01",
    levels: BOTH,
    topicCode: "5.4",
    difficulty: 4,
    marks: 10,
    paper: "P1",
    commandTerm: "Recommend",
    stem: "**Verdant Packaging** (fictional) must choose a site for a second factory:\n\n| | Site 1: near its home city | Site 2: overseas (Valdoria) |\n|---|---|---|\n| Annual rent | €240,000 | €90,000 |\n| Average wage per hour | €18 | €6 |\n| Distance to main customers | 50 km | 1,800 km |\n| Government support | none | grant of €500,000 |\n\nMost of Verdant's customers are food producers in its home country, and its brand emphasises low carbon emissions.\n\nRecommend which site Verdant Packaging should choose.",
    markscheme: criteria(
      "understanding of quantitative (costs, grants, transport) and qualitative (brand, infrastructure, skills, political stability, ethics) location factors; offshoring",
      "uses the data: rent €240,000 vs €90,000, wages €18 vs €6, 50 km vs 1,800 km, €500,000 grant, low-carbon brand, home customers",
      "analyses trade-offs: overseas site cuts costs but raises transport costs, delivery times and carbon emissions (conflicts with brand); home site supports brand, responsiveness and JIT deliveries; considers skills, reputation, exchange-rate and political risks",
      "a clear, justified recommendation with conditions or further information needed (e.g. full transport cost per year, labour productivity)",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Quantitative factors.** Site 2 saves €150,000 a year in rent, labour costs are a third as high per hour, and there is a €500,000 grant. But bulky packaging is expensive to transport 1,800 km, and the extra transport cost could cancel much of the saving. Lower wages may also reflect lower productivity.\n\n**Qualitative factors.** Verdant's brand rests on low carbon emissions; shipping containers 1,800 km to home customers contradicts that image and could lose customers. Food producers often need frequent, reliable deliveries (JIT), which are easier from 50 km. Overseas production brings exchange-rate and political risk, and possible criticism for moving jobs abroad.\n\n**Recommendation.** Choose **Site 1**, near the home city. The cost savings of Site 2 are real but are weakened by transport costs, and they undermine the low-carbon brand that differentiates Verdant. The decision should be confirmed by calculating the full annual cost of each site including transport; if Verdant later wins customers in or near Valdoria, Site 2 would become attractive.",
  }),
  numeric({
    key: "5-5-01",
    levels: BOTH,
    topicCode: "5.5",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Tidewell** (fictional) sells water filters at €40 each. The variable cost per filter is €15 and fixed costs are €60,000 a year.\n\nCalculate the **break-even quantity** (number of filters a year).",
    numericAnswer: { value: 2400, tolerance: 0.5, unit: "units" },
    markscheme: [
      m("M1", 1, "Contribution per unit = 40 − 15 = €25", ["25"]),
      a("A1", 1, "Break-even = 60,000 ÷ 25 = 2,400 filters", ["M1"], ["2,400", "2400"]),
    ],
    workedSolution: String.raw`$$\text{contribution per unit} = P - \text{VC} = 40 - 15 = €25$$
$$\text{break-even quantity} = \frac{\text{fixed costs}}{\text{contribution per unit}} = \frac{60\,000}{25} = 2\,400 \text{ filters}$$`,
  }),
  numeric({
    key: "5-5-02",
    levels: BOTH,
    topicCode: "5.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Tidewell** (fictional) sells filters at €40 each, with a variable cost of €15 per filter and fixed costs of €60,000 a year. It expects to sell 3,000 filters this year.\n\nCalculate the **margin of safety** (in filters).",
    numericAnswer: { value: 600, tolerance: 0.5, unit: "units" },
    markscheme: [
      m("M1", 1, "Break-even = 60,000 ÷ (40 − 15) = 2,400", ["2,400", "2400"]),
      a("A1", 1, "Margin of safety = 3,000 − 2,400 = 600 filters", ["M1"], ["600"]),
    ],
    workedSolution: String.raw`Break-even quantity $= \dfrac{60\,000}{40 - 15} = 2\,400$ filters.
$$\text{margin of safety} = \text{actual (or expected) output} - \text{break-even output} = 3\,000 - 2\,400 = 600 \text{ filters}$$
Sales could fall by 600 filters (20%) before Tidewell makes a loss.`,
  }),
  numeric({
    key: "5-5-03",
    levels: BOTH,
    topicCode: "5.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Tidewell** (fictional) sells filters at €40 each, with a variable cost of €15 per filter and fixed costs of €60,000 a year. Its board sets a **target profit** of €20,000 for next year.\n\nCalculate the number of filters Tidewell must sell to reach the target profit.",
    numericAnswer: { value: 3200, tolerance: 0.5, unit: "units" },
    markscheme: [
      m("M1", 1, "(Fixed costs + target profit) ÷ contribution per unit = (60,000 + 20,000) ÷ 25", ["80,000", "25"]),
      a("A1", 1, "3,200 filters", ["M1"], ["3,200", "3200"]),
    ],
    workedSolution: String.raw`$$\text{target profit output} = \frac{\text{fixed costs} + \text{target profit}}{\text{contribution per unit}} = \frac{60\,000 + 20\,000}{40 - 15} = \frac{80\,000}{25} = 3\,200 \text{ filters}$$`,
  }),
  numeric({
    key: "5-5-04",
    levels: BOTH,
    topicCode: "5.5",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Lumo Lamps** (fictional) sells a lamp at €45. Variable costs are €21 per lamp and fixed costs are €72,000 a year. A new supplier would cut the variable cost by €4 per lamp, but its quality checks would add €5,000 a year to fixed costs.\n\nCalculate the **change in the break-even quantity** if Lumo switches supplier (give a fall as a negative number).",
    numericAnswer: { value: -250, tolerance: 0.5, unit: "units" },
    markscheme: [
      m("M1", 1, "Current break-even = 72,000 ÷ (45 − 21) = 72,000 ÷ 24 = 3,000 lamps", ["3,000", "24"]),
      m("M2", 1, "New break-even = (72,000 + 5,000) ÷ (45 − 17) = 77,000 ÷ 28 = 2,750 lamps", ["77,000", "28", "2,750"]),
      a("A1", 1, "Change = 2,750 − 3,000 = −250 lamps", ["M1", "M2"], ["-250"]),
    ],
    workedSolution: String.raw`**Now:** contribution per lamp $= 45 - 21 = €24$, so break-even $= \dfrac{72\,000}{24} = 3\,000$ lamps.

**With the new supplier:** variable cost $= 21 - 4 = €17$, contribution $= 45 - 17 = €28$, fixed costs $= 72\,000 + 5\,000 = €77\,000$:
$$\text{break-even} = \frac{77\,000}{28} = 2\,750 \text{ lamps}$$
The break-even quantity falls by $3\,000 - 2\,750 = 250$ lamps (answer $-250$): the higher contribution per lamp more than offsets the extra fixed cost.`,
  }),
];

const unit5Planning: QuestionInput[] = [
  written({
    key: "5-5-05",
    levels: BOTH,
    topicCode: "5.5",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "The owner of **Tidewell** (fictional) uses a break-even chart to decide how many filters to make next year.\n\nExplain **two** limitations of break-even analysis for Tidewell.",
    markscheme: [
      pt("p1", 1, "Limitation 1: assumes all output is sold / no unsold stock", ["all output is sold", "stock"]),
      pt("p2", 1, "Limitation 2: assumes the selling price and variable cost per unit stay constant (linear lines), ignoring bulk discounts or price changes", [
        "constant",
        "linear",
        "discount",
      ]),
      pt("p3", 1, "Limitation 3: fixed costs may change (stepped fixed costs) / single-product assumption / data are forecasts", [
        "stepped",
        "single product",
        "forecast",
      ]),
      pt(
        "p4",
        1,
        "Each limitation explained in Tidewell's context, e.g. villages may need lower prices; bulk buying of filter parts lowers unit cost at higher output",
        ["villages", "bulk"],
      ),
    ],
    workedSolution:
      "1. **Constant prices and costs.** Break-even analysis draws straight revenue and cost lines, assuming the price and variable cost per filter never change. In reality Tidewell might charge poorer villages less, and buying parts in bulk lowers unit costs at higher output, so the true break-even point differs.\n2. **All output is sold.** The chart assumes every filter made is sold. If Tidewell makes 3,000 filters but sells 2,500, revenue is lower than the chart shows and cash is tied up in stock.\n\n(Also valid: fixed costs are 'stepped' — a second workshop would raise them; most firms sell more than one product; figures are only forecasts.)",
  }),
  numeric({
    key: "5-6-01",
    levels: HL,
    topicCode: "5.6",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Verdant Packaging** (fictional) can make at most 4,500 pallets of containers a month. In May it made 3,600 pallets.\n\nCalculate the **capacity utilization rate** for May (as a percentage).",
    numericAnswer: { value: 80, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Actual output ÷ productive capacity × 100 = 3,600 ÷ 4,500 × 100", ["3,600", "4,500"]), a("A1", 1, "80%", ["M1"], ["80"])],
    workedSolution: String.raw`$$\text{capacity utilization} = \frac{\text{actual output}}{\text{productive capacity}} \times 100 = \frac{3\,600}{4\,500} \times 100 = 80\%$$
One-fifth of capacity is idle, so fixed costs are spread over fewer units than possible, but there is room to meet extra orders.`,
  }),
  numeric({
    key: "5-6-02",
    levels: HL,
    topicCode: "5.6",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Helio Bakes** (fictional) uses 150 kg of flour a day. Its supplier takes 4 days to deliver, and the bakery keeps a buffer stock of 200 kg.\n\nCalculate the **reorder level** (in kg).",
    numericAnswer: { value: 800, tolerance: 0.5, unit: "kg" },
    markscheme: [m("M1", 1, "Reorder level = usage during lead time + buffer stock = 150 × 4 + 200", ["600", "200"]), a("A1", 1, "800 kg", ["M1"], ["800"])],
    workedSolution: String.raw`$$\text{reorder level} = (\text{usage per day} \times \text{lead time}) + \text{buffer stock} = 150 \times 4 + 200 = 800 \text{ kg}$$
When stock falls to 800 kg, a new order is placed; during the 4-day lead time 600 kg are used, so stock is back at the 200 kg buffer when the delivery arrives.`,
  }),
  numeric({
    key: "5-6-03",
    levels: HL,
    topicCode: "5.6",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "At **Nordhaven Bikes** (fictional), 12 workers assembled 1,080 bicycles in a 5-day week. After new workbenches were installed, 12 workers assembled 1,260 bicycles in the same week length.\n\nCalculate the **percentage increase in labour productivity** (bicycles per worker per week).",
    numericAnswer: { value: 16.67, tolerance: 0.05, unit: "%" },
    markscheme: [
      m("M1", 1, "Productivity before = 1,080 ÷ 12 = 90; after = 1,260 ÷ 12 = 105 bicycles per worker per week", ["90", "105"]),
      a("A1", 1, "Increase = (105 − 90) ÷ 90 × 100 = 16.7%", ["M1"], ["16.7"]),
    ],
    workedSolution: String.raw`$$\text{labour productivity} = \frac{\text{total output}}{\text{number of workers}}$$
Before: $\frac{1\,080}{12} = 90$; after: $\frac{1\,260}{12} = 105$ bicycles per worker per week.
$$\frac{105 - 90}{90} \times 100 = 16.7\% \text{ (3 s.f.)}$$`,
  }),
  written({
    key: "5-7-01",
    levels: HL,
    topicCode: "5.7",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Distinguish",
    stem: "A fire at a supplier stopped deliveries of batteries to **Orbita Mobility** (fictional) for three weeks. Orbita had no plan for such an event, and the factory closed for two weeks while managers searched for another supplier.\n\nDistinguish between **crisis management** and **contingency planning**, with reference to Orbita Mobility.",
    markscheme: [
      pt("p1", 1, "Contingency planning: planning in advance for unlikely/unexpected events (what-if scenarios)", ["in advance", "what-if"]),
      pt("p2", 1, "Applied: Orbita could have identified a back-up battery supplier before the fire", ["back-up", "supplier"]),
      pt("p3", 1, "Crisis management: the response to a crisis as it happens, to limit damage", ["response", "as it happens"]),
      pt(
        "p4",
        1,
        "Applied: managers searching for another supplier and communicating with customers during the closure; without a plan the response was slow and costly",
        ["closure", "slow"],
      ),
    ],
    workedSolution:
      "**Contingency planning** happens *before* a crisis: managers identify possible disasters (a key supplier failing), assess their likelihood and impact, and prepare responses, e.g. pre-approved back-up battery suppliers and a buffer stock.\n\n**Crisis management** is the *response* once a crisis occurs: acting quickly, communicating with staff, customers and media, and limiting damage. Orbita had to manage the crisis without a plan; its two-week closure shows the cost of no contingency planning.",
  }),
  written({
    key: "5-8-01",
    levels: HL,
    topicCode: "5.8",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Quillon Software** (fictional) spends 15% of revenue on research and development (R&D). Its managers debate whether to focus on **adaptive creativity** (improving its existing accounting app) or **innovative creativity** (building a new AI bookkeeping assistant).\n\nExplain the difference between adaptive and innovative creativity, with reference to Quillon Software.",
    markscheme: [
      pt("p1", 1, "Adaptive creativity: improving/building on existing products or ideas", ["improving", "existing"]),
      pt("p2", 1, "Applied: new features/updates for the existing app; lower risk, meets current customer needs", ["existing app", "lower risk"]),
      pt("p3", 1, "Innovative creativity: breaking from existing ideas to create something new", ["new", "breaking"]),
      pt("p4", 1, "Applied: the AI assistant could open a new market/first-mover advantage but is costly and risky", ["AI", "first-mover", "risky"]),
    ],
    workedSolution:
      "**Adaptive creativity** builds on what already exists: new features and better usability for Quillon's current app. It is lower risk and responds to known customer needs, but rivals can copy it easily.\n\n**Innovative creativity** departs from existing ideas to create something new: an AI bookkeeping assistant. It could give Quillon a first-mover advantage and a new market, but development is expensive and uncertain.",
  }),
  written({
    key: "5-9-01",
    levels: HL,
    topicCode: "5.9",
    difficulty: 5,
    marks: 10,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "**FreshCart** (fictional), a chain of 40 supermarkets, wants to introduce a loyalty app that records each customer's purchases. It would use **data analytics** and **artificial intelligence (AI)** to send personalised offers and to predict demand so that stores waste less food. Customer groups have raised concerns about privacy and data security.\n\nDiscuss the use of management information systems (data analytics and AI) at FreshCart.",
    markscheme: criteria(
      "understanding of MIS concepts: data analytics, big data, AI, customer loyalty programmes, cybersecurity, data privacy and ethics",
      "uses the case: 40 supermarkets, loyalty app, personalised offers, demand prediction and food waste, privacy concerns",
      "benefits (better targeting, higher sales and loyalty, accurate forecasting, less waste, lower stock costs, sustainability) against costs and risks (investment and skills, data breaches and fines, loss of trust, ethical concerns over profiling, reliance on algorithms that may be biased or wrong)",
      "a balanced judgement, e.g. benefits likely outweigh costs if privacy is protected by consent, transparency and strong security; suggests conditions",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Management information systems** collect and process data to support decisions. **Data analytics** finds patterns in large data sets; **AI** can learn from data to make predictions.\n\n**Benefits.** Purchase data let FreshCart send offers that match each customer's habits, raising sales and loyalty. AI demand forecasting for each store could cut food waste and stock-holding costs, supporting sustainability goals.\n\n**Costs and risks.** The app, analytics staff and cybersecurity are expensive. A data breach would bring fines and lost trust. Customers may feel profiling is intrusive; vulnerable customers might be targeted with unhealthy offers (an ethical issue). Forecasts are only as good as the data: unusual events (a heatwave) may be missed, and algorithms can be biased.\n\n**Judgement.** The system is worth adopting because reducing food waste and improving targeting can bring both profit and sustainability gains. However, FreshCart should collect data only with clear consent, explain how it is used, store it securely and keep managers responsible for decisions. Its success depends on customers' trust as much as on the technology.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Business management toolkit
// ─────────────────────────────────────────────────────────────────────────────
const toolkit: QuestionInput[] = [
  written({
    key: "t-1-01",
    levels: BOTH,
    topicCode: "T.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Construct",
    stem: "**Pebble Path Tours** (fictional) runs guided walking holidays in mountain villages. It has a loyal customer base and excellent online reviews of its routes, but relies on three guides who are all over 60. Interest in low-carbon holidays is rising. A large travel company has started offering cheaper walking packages, and a new regulation may limit group sizes on popular trails.\n\nConstruct a **SWOT analysis** for Pebble Path Tours.",
    markscheme: [
      pt("S", 1, "Strengths (internal): loyal customers / excellent reviews of routes", ["loyal", "reviews"]),
      pt("W", 1, "Weaknesses (internal): dependence on three guides close to retirement / small size", ["guides", "over 60", "retire"]),
      pt("O", 1, "Opportunities (external): rising interest in low-carbon holidays", ["low-carbon"]),
      pt("T", 1, "Threats (external): cheaper competitor packages / regulation limiting group sizes", ["competitor", "cheaper", "regulation"]),
    ],
    workedSolution:
      "| **Strengths** (internal) | **Weaknesses** (internal) |\n|---|---|\n| Loyal customer base; excellent online reviews of its routes | Depends on three guides who are all over 60 (succession risk); small scale |\n| **Opportunities** (external) | **Threats** (external) |\n| Rising demand for low-carbon holidays | Large travel company offering cheaper walking packages; possible regulation limiting group sizes |\n\nOne mark per correctly placed quadrant. Items must be in the right quadrant: strengths and weaknesses are *internal*, opportunities and threats *external*.",
  }),
  written({
    key: "t-2-01",
    levels: BOTH,
    topicCode: "T.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Helio Bakes** (fictional) sells bread in its home city. It is considering two growth strategies: (1) selling its existing bread in supermarkets in a neighbouring country; (2) launching a range of gluten-free cakes in its existing bakeries.\n\nUsing the **Ansoff matrix**, explain the growth strategy each option represents.",
    markscheme: [
      pt("p1", 1, "Option 1 is market development: existing product in a new market", ["market development"]),
      pt("p2", 1, "Explained: new customers/country; risks include different tastes, distribution through supermarkets", ["new market", "tastes"]),
      pt("p3", 1, "Option 2 is product development: new product in an existing market", ["product development"]),
      pt("p4", 1, "Explained: sells to existing customers who trust the brand; risks include R&D cost, new recipes may fail", [
        "existing customers",
        "recipes",
      ]),
    ],
    workedSolution:
      "The **Ansoff matrix** classifies growth strategies by whether the product and market are existing or new.\n\n1. **Market development** (existing product, new market): selling the current bread in another country's supermarkets. Helio knows the product but not the customers, the distribution channel or local tastes, so risk is moderate.\n2. **Product development** (new product, existing market): gluten-free cakes for its current bakery customers. It can use its brand and customer knowledge, but must develop and test new recipes.\n\n(Market penetration is lowest risk; diversification, new products in new markets, highest.)",
  }),
  mcq({
    key: "t-2-02",
    levels: BOTH,
    topicCode: "T.2",
    difficulty: 2,
    paper: "P1",
    commandTerm: "Identify",
    stem: "**Kestrel Kayaks** (fictional), a kayak maker, decides to open a chain of seaside cafés. According to the Ansoff matrix, this is:",
    options: ["Market penetration", "Market development", "Product development", "Diversification"],
    correct: "D",
    why: "a new product (café food) in a new market (café customers) is diversification",
    workedSolution:
      "Cafés are a **new product** for Kestrel, sold to a **new market** (café customers rather than kayak buyers). New product + new market = **diversification**, the riskiest Ansoff strategy. Answer **D**.",
  }),
  written({
    key: "t-3-01",
    levels: BOTH,
    topicCode: "T.3",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    commandTerm: "Analyse",
    stem: "**Orbita Mobility** (fictional) plans to launch electric scooter rental in Costaverde, a fictional city. Research notes: many young residents; the city council is debating a ban on scooters on pavements; electricity prices are rising; GPS technology now lets operators create virtual parking zones; a new law will require all rental vehicles to have insurance; residents complain about scooters blocking paths; high interest rates reduce consumer spending; the city has set a target to cut car use by 30%.\n\nUsing a **STEEPLE** analysis, analyse the external factors affecting Orbita's plan.",
    markscheme: [
      pt("p1", 1, "Social: many young residents (likely users) / complaints about blocked paths", ["young", "complaints", "social"]),
      pt("p2", 1, "Technological/Economic: rising electricity prices raise costs; high interest rates reduce spending", [
        "electricity",
        "interest rates",
        "economic",
      ]),
      pt("p3", 1, "Environmental: city target to cut car use by 30% supports low-emission transport", ["30%", "car use", "environmental"]),
      pt("p4", 1, "Political/Legal: possible pavement ban; compulsory insurance law increases costs", ["ban", "insurance", "legal", "political"]),
      pt("p5", 1, "Ethical: responsibility for safety and for not blocking paths (e.g. for disabled people)", ["ethical", "safety"]),
      pt(
        "p6",
        1,
        "Analysis: weighs opportunities against threats and identifies the most significant factor(s) (e.g. the political/legal factors could stop the plan)",
        ["most significant", "opportunit", "threat"],
      ),
    ],
    workedSolution:
      "| Factor | Evidence | Effect |\n|---|---|---|\n| **S**ocial | Many young residents; complaints about blocked paths | Large potential market, but public resistance |\n| **T**echnological | App-based rental and GPS parking zones | Could solve the parking problem |\n| **E**conomic | Rising electricity prices; high interest rates | Higher costs; less spending on leisure rides |\n| **E**nvironmental | City target: −30% car use | Strong opportunity: scooters replace short car trips |\n| **P**olitical | Council debating a pavement ban | Could make the service unusable |\n| **L**egal | Compulsory insurance for rental vehicles | Raises fixed costs |\n| **E**thical | Duty not to endanger pedestrians or block paths | Reputation depends on responsible parking |\n\n**Analysis.** Demand-side factors (young population, environmental target) are favourable, but the **political and legal** factors are decisive: a pavement ban could end the plan. Orbita should work with the council (dedicated parking zones, speed limits) before launching, turning the ethical concern into a selling point.",
  }),
  mcq({
    key: "t-4-01",
    levels: BOTH,
    topicCode: "T.4",
    difficulty: 2,
    paper: "P1",
    commandTerm: "Identify",
    stem: "**Lumo Lamps'** (fictional) classic desk lamp has a 35% share of a market that is growing by only 1% a year. In the Boston Consulting Group (BCG) matrix, this product is a:",
    options: ["Star", "Cash cow", "Question mark (problem child)", "Dog"],
    correct: "B",
    why: "high market share in a low-growth market = cash cow",
    workedSolution:
      "The BCG matrix classifies products by **market share** (high/low) and **market growth** (high/low). A 35% share is high and 1% growth is low: **cash cow**. It generates cash that can fund question marks and stars. Answer **B**.",
  }),
  written({
    key: "t-4-02",
    levels: BOTH,
    topicCode: "T.4",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    commandTerm: "Analyse",
    stem: "**Lumo Lamps** (fictional) has four products:\n\n| Product | Market share | Market growth |\n|---|---|---|\n| Classic desk lamp | high (35%) | low (1%) |\n| Smart lamp | low (4%) | high (25%) |\n| Solar garden light | high (28%) | high (18%) |\n| Halogen floor lamp | low (3%) | falling (−6%) |\n\nUsing the **BCG matrix**, analyse Lumo's product portfolio.",
    markscheme: [
      pt("p1", 1, "Classic desk lamp = cash cow: generates cash, needs little investment (milk / hold)", ["cash cow"]),
      pt("p2", 1, "Smart lamp = question mark/problem child: needs investment to gain share (build) or should be dropped", ["question mark", "problem child"]),
      pt("p3", 1, "Solar garden light = star: high growth and share, needs investment to keep position; future cash cow", ["star"]),
      pt("p4", 1, "Halogen floor lamp = dog: consider divesting/withdrawing", ["dog", "divest"]),
      pt("p5", 1, "Portfolio balance: cash from the cash cow funds the star and the question mark", ["balance", "fund"]),
      pt("p6", 1, "Limitation/judgement, e.g. matrix is a snapshot; share and growth are not the only measures of success; the dog may still be profitable", [
        "snapshot",
        "limitation",
      ]),
    ],
    workedSolution:
      "- **Cash cow — classic desk lamp** (high share, low growth): earns more cash than it needs; Lumo should *hold* and use its cash elsewhere.\n- **Star — solar garden light** (high share, high growth): needs continued investment to keep up with the growing market; it will become the next cash cow when growth slows.\n- **Question mark — smart lamp** (low share, high growth): Lumo must decide whether to *build* it with marketing and R&D, or drop it.\n- **Dog — halogen floor lamp** (low share, falling market): candidate for *divestment*.\n\n**Balance.** The portfolio is reasonably balanced: one cash cow can fund the star and the question mark. The risk is that the classic lamp is in maturity (see its slow growth); if it declines, Lumo loses its main source of cash. The matrix is a snapshot and ignores profitability: the halogen lamp might still make a positive contribution.",
  }),
  written({
    key: "t-5-01",
    levels: BOTH,
    topicCode: "T.5",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "Two graduates want to open **Loop & Stitch**, a fictional clothing-repair shop, and need a €30,000 bank loan.\n\nExplain **two** reasons why they should write a **business plan**.",
    markscheme: [
      pt("p1", 1, "Reason 1: to obtain finance; lenders/investors need evidence that the loan can be repaid", ["finance", "bank", "repaid"]),
      pt("p2", 1, "Developed: the plan's cash-flow forecast and market research show the bank how the €30,000 will be repaid", ["cash-flow", "30,000"]),
      pt("p3", 1, "Reason 2: planning/direction: sets objectives and strategy, forces research, identifies risks and costs", ["objectives", "risks"]),
      pt("p4", 1, "Developed: a benchmark for monitoring progress / reduces chance of failure for new businesses", ["monitor", "failure"]),
    ],
    workedSolution:
      "1. **To raise finance.** A bank will not lend €30,000 without evidence. A business plan with market research, a sales forecast, a cash-flow forecast and break-even analysis shows how the loan will be repaid.\n2. **To plan and control.** Writing the plan forces the founders to set objectives, research customers and competitors, estimate costs and identify risks before committing money. Later they can compare actual results against the plan and act early if they fall behind.",
  }),
  numeric({
    key: "t-6-01",
    levels: BOTH,
    topicCode: "T.6",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Saffron Lane Spices** (fictional) is deciding whether to launch a new chilli sauce. A launch costs €50,000. Market research estimates a 0.6 probability of success, with revenue of €200,000, and a 0.4 probability of failure, with revenue of €40,000. (Revenues are net of all costs except the launch cost.)\n\nUsing a decision tree, calculate the **net expected value** of launching the sauce (in €).",
    numericAnswer: { value: 86000, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Expected value = 0.6 × 200,000 + 0.4 × 40,000", ["0.6", "0.4"]),
      a("A1", 1, "= 120,000 + 16,000 = €136,000", ["M1"], ["136,000", "136000"]),
      a("A2", 1, "Net expected value = 136,000 − 50,000 = €86,000", ["A1"], ["86,000", "86000"]),
    ],
    workedSolution: String.raw`At the chance node:
$$\text{EV} = 0.6 \times 200\,000 + 0.4 \times 40\,000 = 120\,000 + 16\,000 = €136\,000$$
Subtract the cost at the decision node:
$$\text{net EV} = 136\,000 - 50\,000 = €86\,000$$`,
  }),
  written({
    key: "t-6-02",
    levels: BOTH,
    topicCode: "T.6",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    commandTerm: "Analyse",
    stem: "**Saffron Lane Spices** (fictional) has two options:\n\n- **Option A — launch a chilli sauce:** cost €50,000; 0.6 probability of €200,000 net revenue, 0.4 probability of €40,000.\n- **Option B — upgrade the grinding equipment:** cost €20,000; 0.7 probability of €100,000 net revenue, 0.3 probability of €50,000.\n\nAnalyse which option Saffron Lane Spices should choose, using a decision tree.",
    markscheme: [
      pt("p1", 1, "Option A: EV = 0.6 × 200,000 + 0.4 × 40,000 = 136,000; net 86,000", ["136,000", "86,000"]),
      pt("p2", 1, "Option B: EV = 0.7 × 100,000 + 0.3 × 50,000 = 85,000; net 65,000", ["85,000", "65,000"]),
      pt("p3", 1, "On expected values, Option A is preferred (higher net EV by €21,000)", ["Option A", "21,000"]),
      pt("p4", 1, "Risk: Option A's worst outcome (40,000 − 50,000 = −10,000 loss) vs Option B's worst (+30,000); B is lower risk", [
        "-10,000",
        "30,000",
        "risk",
      ]),
      pt("p5", 1, "Limitations: probabilities and revenues are estimates; EV is an average over many decisions; qualitative factors ignored", [
        "estimates",
        "average",
        "qualitative",
      ]),
      pt("p6", 1, "Reasoned choice taking into account risk attitude / finances (e.g. B if the firm cannot afford a loss)", ["choose", "risk attitude"]),
    ],
    workedSolution: String.raw`**Expected values**
- Option A: $0.6 \times 200\,000 + 0.4 \times 40\,000 = 136\,000$; net of cost: $136\,000 - 50\,000 = €86\,000$.
- Option B: $0.7 \times 100\,000 + 0.3 \times 50\,000 = 85\,000$; net: $85\,000 - 20\,000 = €65\,000$.

On expected value alone, **Option A** is better by €21,000.

**Risk.** If the sauce fails, Option A yields $40\,000 - 50\,000 = -€10\,000$; Option B's worst case is $50\,000 - 20\,000 = +€30\,000$. B never loses money.

**Limitations.** The probabilities come from market research and may be optimistic; expected value is an average that a single decision never actually produces; non-financial factors (brand, staff skills) are missing.

**Conclusion.** A business that can absorb a €10,000 loss should choose A; a small, cash-poor firm might prefer the safer B.`,
  }),
  numeric({
    key: "t-7-01",
    levels: BOTH,
    topicCode: "T.7",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "Daily sales of sandwiches at one **Marrow & Mint** (fictional) café over a week were:\n\n| Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n|---|---|---|---|---|---|---|\n| 84 | 96 | 90 | 102 | 130 | 148 | 72 |\n\nCalculate the **mean** daily sales (to one decimal place).",
    numericAnswer: { value: 103.14, tolerance: 0.05, unit: "sandwiches" },
    markscheme: [m("M1", 1, "Sum = 722; mean = 722 ÷ 7", ["722"]), a("A1", 1, "103.1 sandwiches", ["M1"], ["103.1"])],
    workedSolution: String.raw`$$\bar{x} = \frac{84 + 96 + 90 + 102 + 130 + 148 + 72}{7} = \frac{722}{7} \approx 103.1 \text{ sandwiches}$$`,
  }),
  numeric({
    key: "t-7-02",
    levels: BOTH,
    topicCode: "T.7",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    commandTerm: "Write down",
    stem: "Using the same week of sandwich sales at **Marrow & Mint** (84, 96, 90, 102, 130, 148, 72), write down the **median** daily sales.",
    numericAnswer: { value: 96, tolerance: 0.01, unit: "sandwiches" },
    markscheme: [a("A1", 1, "Ordered: 72, 84, 90, 96, 102, 130, 148 → median = 96", [], ["96"])],
    workedSolution:
      "Put the seven values in order: 72, 84, 90, **96**, 102, 130, 148. The median is the middle (4th) value: **96**. It is lower than the mean (about 103) because the busy weekend days pull the mean up; the median is less affected by extreme values.",
  }),
  written({
    key: "t-8-01",
    levels: BOTH,
    topicCode: "T.8",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Loop & Stitch** (fictional) plans to offer a clothing **rental subscription**: customers pay €25 a month to borrow three garments, return them, and the shop cleans and repairs them for the next customer. Worn-out garments are taken apart and the fabric sold to a recycling firm.\n\nExplain how this is an example of a **circular business model**.",
    markscheme: [
      pt(
        "p1",
        1,
        "Circular business model: keeps products and materials in use for as long as possible; designs out waste (vs 'take-make-dispose' linear model)",
        ["in use", "waste", "linear"],
      ),
      pt("p2", 1, "Product-as-a-service/access model: customers pay for access rather than ownership (rental subscription)", [
        "access",
        "subscription",
        "service",
      ]),
      pt("p3", 1, "Product life extension: cleaning and repairing garments so they are used many times", ["repair", "life extension"]),
      pt("p4", 1, "Resource recovery: fabric from worn-out garments is recycled into new materials", ["recycl", "resource recovery"]),
    ],
    workedSolution:
      "A **circular business model** keeps products and materials in use for as long as possible, unlike the linear 'take–make–dispose' model.\n\nLoop & Stitch combines three circular models:\n- **Product as a service / sharing:** customers pay €25 a month for *access* to clothing, not ownership; each garment serves many customers.\n- **Product life extension:** cleaning and repairing extends each garment's life.\n- **Resource recovery:** when garments wear out, the fabric goes to recycling, so the materials re-enter production instead of landfill.",
  }),
  mcq({
    key: "t-9-01",
    levels: HL,
    topicCode: "T.9",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "The manager of **Verdant Packaging** (fictional) draws a **Gantt chart** for installing a new production line. What does the chart show most directly?",
    options: [
      "The probability that each task will be completed on time and within its budget",
      "The strengths and weaknesses of the project team",
      "The net present value of the project",
      "Each task as a bar against a time scale, showing when it starts and ends",
    ],
    correct: "D",
    why: "a Gantt chart plots tasks as bars against time, showing sequence, duration and overlap",
    workedSolution:
      "A **Gantt chart** lists the tasks of a project and draws each as a horizontal bar along a time axis, so managers see start and end dates, durations, which tasks run in parallel and progress against plan. It does not show probabilities or financial returns. Answer **D**.",
  }),
  written({
    key: "t-10-01",
    levels: HL,
    topicCode: "T.10",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Nordhaven Bikes** (fictional) competes with low-cost imported bicycles. Its managers are choosing between making basic bikes as cheaply as possible for the whole market, or making hand-built touring bikes for long-distance cyclists.\n\nUsing **Porter's generic strategies**, explain the two options.",
    markscheme: [
      pt("p1", 1, "Option 1 = cost leadership: being the lowest-cost producer in a broad market", ["cost leadership"]),
      pt("p2", 1, "Explained: needs economies of scale/efficiency to compete with imports; margins thin", ["economies of scale", "imports"]),
      pt("p3", 1, "Option 2 = focus (differentiation focus): a distinctive product for a narrow segment", ["focus", "differentiation", "niche"]),
      pt("p4", 1, "Explained: touring cyclists pay premium prices for quality; smaller market, risk of copying", ["premium", "touring"]),
    ],
    workedSolution:
      "Porter identifies competitive advantage from **cost** or **differentiation**, in a **broad** or **narrow** market.\n\n1. **Cost leadership** (broad market, lowest cost): cheap basic bikes for everyone. Nordhaven would need large-scale, efficient production to match imports, which is hard for a smaller firm with higher domestic costs.\n2. **Differentiation focus** (narrow market, distinctive product): hand-built touring bikes for long-distance cyclists, who value quality and pay premium prices. The market is smaller, but imports compete less directly.",
  }),
  written({
    key: "t-10-02",
    levels: HL,
    topicCode: "T.10",
    difficulty: 5,
    marks: 10,
    paper: "P3",
    commandTerm: "Recommend",
    stem: "**Loop & Stitch** (fictional), a social enterprise, trains refugees as tailors and repairs clothing. Its prices are 20% above high-street alteration shops. A fast-fashion chain now offers free repairs for its own garments. Loop & Stitch's customers value its social mission and the quality of its work, but sales have fallen 10% this year.\n\nRecommend which of **Porter's generic strategies** Loop & Stitch should follow.",
    markscheme: criteria(
      "understanding of Porter's generic strategies (cost leadership, differentiation, cost focus, differentiation focus) and the risk of being 'stuck in the middle'",
      "uses the case: social enterprise, refugee training, prices 20% above rivals, free repairs by fast-fashion chain, 10% sales fall, customers value mission and quality",
      "analysis: cost leadership unsuitable (training costs, scale, cannot match free repairs); differentiation focus fits (mission and craft quality for ethically minded customers); possible new services (upcycling, workshops) to strengthen differentiation; risks of a small niche",
      "clear recommendation (e.g. differentiation focus with stronger communication of the social mission) justified against the alternatives, with limitations",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Options.** Porter's strategies are cost leadership, differentiation, cost focus and differentiation focus. A firm that tries to be both cheap and special without succeeding at either is 'stuck in the middle'.\n\n**Cost leadership / cost focus.** Loop & Stitch's costs are high because it trains refugees, and it cannot compete with a large chain offering *free* repairs. Cutting prices would threaten its mission.\n\n**Differentiation focus.** Its customers already value the social mission and quality craftsmanship. It should target ethically minded customers who want garments repaired or upcycled well, e.g. offering premium repairs for high-quality clothing, upcycling, and repair workshops. Telling each trainee's story (with consent) makes the social impact visible and justifies the 20% premium.\n\n**Recommendation.** Follow a **differentiation focus** strategy. The 10% fall in sales probably reflects customers of cheap clothing moving to free repairs; those are not its core market. The risks are a small niche and dependence on customers' willingness to pay for ethics, so Loop & Stitch should monitor sales by segment and seek grants or partnerships to cover training costs.",
  }),
  written({
    key: "t-11-01",
    levels: HL,
    topicCode: "T.11",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Quillon Software** (fictional), based in a country with **low power distance** and high **individualism**, is opening an office in a country with high power distance and high collectivism.\n\nUsing **Hofstede's cultural dimensions**, explain **two** challenges Quillon's managers may face in the new office.",
    markscheme: [
      pt(
        "p1",
        1,
        "Power distance: extent to which less powerful members accept unequal distribution of power; high PD → employees expect clear hierarchy/instructions",
        ["power distance", "hierarchy"],
      ),
      pt("p2", 1, "Challenge: Quillon's flat, participative style may confuse staff who wait for orders; managers may need a more directive style", [
        "flat",
        "directive",
        "participative",
      ]),
      pt("p3", 1, "Individualism vs collectivism: collectivist cultures value group loyalty and harmony over individual achievement", ["collectiv", "group"]),
      pt("p4", 1, "Challenge: individual bonuses/performance rankings may demotivate; team rewards and group decision-making fit better", [
        "individual bonus",
        "team rewards",
      ]),
    ],
    workedSolution:
      "1. **Power distance.** In a high power-distance culture, employees accept and expect a clear hierarchy. Quillon's usual flat structure, where juniors challenge managers, may confuse staff who expect instructions; managers might need to be more directive at first.\n2. **Individualism vs collectivism.** In a collectivist culture, loyalty to the group and harmony matter more than personal achievement. Quillon's individual bonuses and public rankings may be seen as divisive; team-based rewards and consensus decisions would fit better.\n\nHofstede's dimensions are generalisations: individuals vary, and cultures change over time.",
  }),
  written({
    key: "t-12-01",
    levels: HL,
    topicCode: "T.12",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    commandTerm: "Analyse",
    stem: "**Helio Bakes** (fictional) plans to replace handwritten orders with a tablet-based ordering system. Managers scored the forces from 1 (weak) to 5 (strong):\n\n| Driving forces | Score | Restraining forces | Score |\n|---|---|---|---|\n| Fewer order errors | 4 | Cost of tablets and software | 3 |\n| Faster service | 3 | Older staff fear new technology | 4 |\n| Sales data for planning | 2 | Wi-fi is unreliable in two shops | 2 |\n\nUsing **force field analysis**, analyse whether Helio Bakes should introduce the system.",
    markscheme: [
      pt("p1", 1, "Total driving forces = 4 + 3 + 2 = 9", ["9"]),
      pt("p2", 1, "Total restraining forces = 3 + 4 + 2 = 9", ["9"]),
      pt("p3", 1, "Forces are balanced (9 = 9), so the change is unlikely to succeed unless the balance is changed", ["balanced", "equal"]),
      pt("p4", 1, "Strategy to weaken restraining forces, e.g. training/involving older staff to reduce fear", ["training", "involve"]),
      pt("p5", 1, "Strategy to weaken another restraining force or strengthen driving forces, e.g. fix wi-fi, lease tablets, show error savings", [
        "wi-fi",
        "lease",
      ]),
      pt("p6", 1, "Judgement on whether to proceed (with conditions) / limitation: scores are subjective", ["subjective", "proceed"]),
    ],
    workedSolution:
      "**Totals.** Driving forces: $4 + 3 + 2 = 9$. Restraining forces: $3 + 4 + 2 = 9$. The forces are in balance, so as things stand the change would meet as much resistance as support.\n\n**Changing the balance.** The strongest restraining force is staff fear (4). Training, involving older staff in choosing the system, and a trial in one shop could reduce it to, say, 2. Fixing the wi-fi removes another force (2), and leasing tablets spreads the cost. Publicising how many order errors the system prevents strengthens the driving forces.\n\n**Judgement.** Helio Bakes should go ahead *only* after reducing resistance; with staff support the driving forces would clearly outweigh the restraining ones. The scores are managers' subjective judgements, so staff should be consulted about them too.",
  }),
  numeric({
    key: "t-13-01",
    levels: HL,
    topicCode: "T.13",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Verdant Packaging** (fictional) is installing a new production line. The activities are:\n\n| Activity | Preceded by | Duration (days) |\n|---|---|---|\n| A | — | 3 |\n| B | A | 5 |\n| C | A | 4 |\n| D | B | 6 |\n| E | C | 2 |\n| F | D, E | 3 |\n\nUsing critical path analysis, calculate the **minimum project duration** (in days).",
    numericAnswer: { value: 17, tolerance: 0.01, unit: "days" },
    markscheme: [
      m("M1", 1, "Paths: A–B–D–F = 3 + 5 + 6 + 3 = 17; A–C–E–F = 3 + 4 + 2 + 3 = 12", ["17", "12"]),
      a("A1", 1, "Critical path A–B–D–F; minimum duration 17 days", ["M1"], ["17"]),
    ],
    workedSolution: String.raw`There are two paths from start to finish:
- A → B → D → F: $3 + 5 + 6 + 3 = 17$ days
- A → C → E → F: $3 + 4 + 2 + 3 = 12$ days

F cannot start until both D and E are finished, so the project takes as long as the longest path. The **critical path** is A–B–D–F and the minimum duration is **17 days**.`,
  }),
  numeric({
    key: "t-13-02",
    levels: HL,
    topicCode: "T.13",
    difficulty: 4,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "For the same **Verdant Packaging** project (A 3 days; B after A, 5 days; C after A, 4 days; D after B, 6 days; E after C, 2 days; F after D and E, 3 days), calculate the **total float** of activity E (in days).",
    numericAnswer: { value: 5, tolerance: 0.01, unit: "days" },
    markscheme: [
      m("M1", 1, "EST of E = 3 + 4 = 7; LFT of E = LST of F = 17 − 3 = 14", ["7", "14"]),
      a("A1", 1, "Total float = LFT − duration − EST = 14 − 2 − 7 = 5 days", ["M1"], ["5"]),
    ],
    workedSolution: String.raw`**Earliest start time (EST) of E:** E follows C, which follows A, so $\text{EST}_E = 3 + 4 = 7$.

**Latest finish time (LFT) of E:** F must start by day $17 - 3 = 14$, so E must finish by day 14.
$$\text{total float} = \text{LFT} - \text{duration} - \text{EST} = 14 - 2 - 7 = 5 \text{ days}$$
E can be delayed by up to 5 days without delaying the whole project. (Activities on the critical path have zero float.)`,
  }),
  numeric({
    key: "t-14-01",
    levels: HL,
    topicCode: "T.14",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Kestrel Kayaks** (fictional) needs 5,000 paddles a year. It could **make** them itself at a variable cost of €12 per paddle plus extra fixed costs of €18,000 a year, or **buy** them from a supplier at €14.50 each.\n\nCalculate how much Kestrel would save per year by choosing the cheaper option (in €).",
    numericAnswer: { value: 5500, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Cost to make = 18,000 + 12 × 5,000 = €78,000", ["78,000", "78000"]),
      m("M2", 1, "Cost to buy = 14.50 × 5,000 = €72,500", ["72,500", "72500"]),
      a("A1", 1, "Buying is cheaper by €5,500", ["M1", "M2"], ["5,500", "5500"]),
    ],
    workedSolution: String.raw`$$\text{cost to make} = 18\,000 + 12 \times 5\,000 = €78\,000$$
$$\text{cost to buy} = 14.50 \times 5\,000 = €72\,500$$
Buying saves $78\,000 - 72\,500 = €5\,500$ a year. Before deciding, Kestrel should weigh qualitative factors: the supplier's quality and reliability, and whether the spare capacity could be used for something more profitable.`,
  }),
  numeric({
    key: "t-14-02",
    levels: HL,
    topicCode: "T.14",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Saffron Lane Spices** (fictional) sells two products:\n\n| | Spice blend | Chilli sauce |\n|---|---|---|\n| Price per unit (€) | 30 | 20 |\n| Variable cost per unit (€) | 18 | 14 |\n| Units sold per year | 2,000 | 3,000 |\n\nFixed costs for the business are €35,000 a year. Using **contribution costing**, calculate the business's **profit** for the year (in €).",
    numericAnswer: { value: 7000, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "Contribution from spice blend = (30 − 18) × 2,000 = €24,000", ["24,000", "24000"]),
      m("M2", 1, "Contribution from chilli sauce = (20 − 14) × 3,000 = €18,000", ["18,000", "18000"]),
      a("A1", 1, "Profit = 24,000 + 18,000 − 35,000 = €7,000", ["M1", "M2"], ["7,000", "7000"]),
    ],
    workedSolution: String.raw`Total contribution is the sum of each product's contribution:
$$\text{spice blend: } (30 - 18) \times 2\,000 = €24\,000 \qquad \text{chilli sauce: } (20 - 14) \times 3\,000 = €18\,000$$
$$\text{profit} = \text{total contribution} - \text{fixed costs} = 42\,000 - 35\,000 = €7\,000$$
Both products make a positive contribution to fixed costs, so dropping either would reduce profit even though fixed costs are not split between them.`,
  }),
  numeric({
    key: "t-15-01",
    levels: HL,
    topicCode: "T.15",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: String.raw`**Pebble Path Tours** (fictional) found from past data that monthly bookings $y$ and online advertising spending $x$ (in € hundreds) are related by the regression line
$$y = 38 + 4.5x$$
with correlation coefficient $r = 0.86$.

Use the regression line to estimate the number of bookings in a month when Pebble Path spends €2,400 on online advertising.`,
    numericAnswer: { value: 146, tolerance: 0.5, unit: "bookings" },
    markscheme: [m("M1", 1, String.raw`€2,400 = 24 hundred, so $y = 38 + 4.5 \times 24$`, ["24"]), a("A1", 1, "146 bookings", ["M1"], ["146"])],
    workedSolution: String.raw`Advertising is measured in hundreds of euros, so €2,400 means $x = 24$:
$$y = 38 + 4.5 \times 24 = 38 + 108 = 146 \text{ bookings}$$
With $r = 0.86$ the correlation is strong and positive, so the estimate is reasonably reliable **within** the range of past data; it shows association, not proof that advertising causes bookings.`,
  }),
  mcq({
    key: "t-15-02",
    levels: HL,
    topicCode: "T.15",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "A regression of monthly ice-cream sales against temperature at a fictional kiosk gives a coefficient of determination $R^2 = 0.64$. Which statement is correct?",
    options: [
      "64% of ice-cream sales are caused by temperature.",
      "64% of the variation in sales is explained by the variation in temperature.",
      "The correlation coefficient is 0.41.",
      "The line will predict sales accurately at any temperature, even outside the data.",
    ],
    correct: "B",
    why: "R² is the proportion of the variation in y explained by the regression on x",
    workedSolution:
      "$R^2$ measures the proportion of the variation in the dependent variable that the regression line explains: 64% here. It does not prove causation (A), $r = \\sqrt{0.64} = 0.8$ not 0.41 (C), and predictions outside the range of the data (extrapolation) are unreliable (D). Answer **B**.",
  }),
];

const stretch: QuestionInput[] = [
  numeric({
    key: "t-6-03",
    levels: BOTH,
    topicCode: "T.6",
    difficulty: 5,
    marks: 4,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "**Lumo Lamps** (fictional) could spend €20,000 developing a prototype smart lamp. There is a 0.5 probability that the prototype works.\n\n- If it works, Lumo decides between **launching** the lamp (cost €60,000; 0.7 probability of €250,000 net revenue, 0.3 probability of €50,000) and **selling a licence** to another firm for €90,000.\n- If it fails, Lumo sells the design for €5,000.\n\nUsing a decision tree (and assuming Lumo makes the better choice if the prototype works), calculate the **net expected value** of developing the prototype (in €).",
    numericAnswer: { value: 47500, tolerance: 1, unit: "€" },
    markscheme: [
      m("M1", 1, "EV of launching = 0.7 × 250,000 + 0.3 × 50,000 = 190,000; net of cost = 130,000", ["190,000", "130,000"]),
      m("M2", 1, "At the second decision node choose launch (130,000 > 90,000 for the licence)", ["130,000", "90,000", "launch"]),
      m("M3", 1, "EV at the first chance node = 0.5 × 130,000 + 0.5 × 5,000 = 67,500", ["67,500"]),
      a("A1", 1, "Net EV = 67,500 − 20,000 = €47,500", ["M1", "M2", "M3"], ["47,500", "47500"]),
    ],
    workedSolution: String.raw`Work from right to left ("roll back" the tree).

**Launch branch (chance node):** $0.7 \times 250\,000 + 0.3 \times 50\,000 = 175\,000 + 15\,000 = 190\,000$; net of the launch cost: $190\,000 - 60\,000 = €130\,000$.

**Second decision node:** launch (€130,000) beats the licence (€90,000), so the licence branch is crossed out and the node is worth €130,000.

**First chance node:** $0.5 \times 130\,000 + 0.5 \times 5\,000 = 65\,000 + 2\,500 = €67\,500$.

**First decision:** net EV of developing $= 67\,500 - 20\,000 = €47\,500$, which beats not developing (€0). The licence, although worth less on average, carries no risk; a cautious Lumo might still prefer it.`,
  }),
  written({
    key: "3-5-06",
    levels: BOTH,
    topicCode: "3.5",
    difficulty: 5,
    marks: 10,
    paper: "P2",
    commandTerm: "To what extent",
    stem: "Selected ratios for **Brightloom Textiles** (fictional), a shirt maker that won a large contract with a discount retailer last year:\n\n| Ratio | Year 1 | Year 2 |\n|---|---|---|\n| Gross profit margin | 32% | 35% |\n| Profit margin | 8% | 5% |\n| ROCE | 14% | 9% |\n| Current ratio | 1.8 : 1 | 1.1 : 1 |\n| Acid test ratio | 1.0 : 1 | 0.5 : 1 |\n\nSales revenue rose by 40% between the two years. To buy new looms, Brightloom took a large bank loan in year 2.\n\nTo what extent has Brightloom's financial position improved between year 1 and year 2?",
    markscheme: criteria(
      "understanding of profitability ratios (GPM, PM, ROCE) and liquidity ratios (current, acid test) and what a rise or fall in each means",
      "uses the data accurately: GPM 32% → 35%, PM 8% → 5%, ROCE 14% → 9%, current ratio 1.8 → 1.1, acid test 1.0 → 0.5, revenue +40%, new loan and looms",
      "analysis of causes: higher GPM (cheaper inputs/bulk buying), lower PM (higher expenses, e.g. interest, depreciation on looms, marketing); lower ROCE (capital employed increased by the loan before the looms generate full returns); weaker liquidity (cash spent on looms, more inventory and debtors from the large contract; acid test 0.5 signals risk of not meeting short-term debts)",
      "a judgement on 'to what extent': e.g. only limited improvement — growth and gross margin improved, but profitability and especially liquidity worsened; short-term vs long-term view (looms may raise future returns); limitations of ratio analysis (two years only, no industry benchmark, window dressing)",
      [2, 2, 3, 3],
    ),
    workedSolution:
      "**Improvements.** Revenue rose 40% and the **gross profit margin** rose from 32% to 35%: Brightloom makes more gross profit on each shirt, perhaps through bulk buying of cotton or the efficiency of the new looms.\n\n**Deteriorations.**\n- **Profit margin** fell from 8% to 5%: expenses grew faster than revenue, e.g. interest on the new bank loan, depreciation of the looms and the cost of serving the large contract.\n- **ROCE** fell from 14% to 9%: the loan increased capital employed, while the looms have not yet produced their full return.\n- **Liquidity** worsened sharply: the current ratio (1.1 : 1) is below the usual 1.5–2 range and the acid test (0.5 : 1) means Brightloom has only 50 cents of liquid assets for every euro of short-term debt. Cash went into looms, and a large contract typically ties up cash in inventory and debtors.\n\n**Judgement.** Brightloom has *grown*, but its financial position has **improved only to a small extent, and in the short term it has weakened**: lower profitability and a real liquidity risk, increased by its dependence on one discount retailer. If the looms lift output and the contract continues, profitability may recover in year 3; managers should urgently improve liquidity (negotiate credit terms, reduce stock, arrange an overdraft). Two years of data and no industry averages limit how far any conclusion can go.",
  }),
  written({
    key: "2-4-03",
    levels: HL,
    topicCode: "2.4",
    difficulty: 4,
    marks: 4,
    paper: "P3",
    commandTerm: "Explain",
    stem: "**Tidewell** (fictional), a social enterprise selling low-cost water filters, pays its 40 technicians about 15% less than commercial plumbing firms, yet its staff turnover is very low. Technicians choose their own routes, are trained to a certified level, and work in small, close-knit teams that meet the villagers they serve.\n\nUsing **Deci and Ryan's self-determination theory**, explain why Tidewell's technicians may stay despite lower pay.",
    markscheme: [
      pt(
        "p1",
        1,
        "Self-determination theory: people are intrinsically motivated when three psychological needs are met — autonomy, competence and relatedness",
        ["intrinsic", "psychological needs"],
      ),
      pt("p2", 1, "Autonomy: a sense of choice and control over one's work — technicians choose their own routes", ["autonomy", "routes"]),
      pt("p3", 1, "Competence: feeling capable and able to master tasks — training to certified level", ["competence", "training", "certified"]),
      pt("p4", 1, "Relatedness: feeling connected to others — close-knit teams and contact with the villagers they serve", [
        "relatedness",
        "teams",
        "villagers",
      ]),
      pt("p5", 1, "Link to retention: intrinsic motivation from meeting these needs can outweigh the extrinsic reward of 15% higher pay elsewhere", [
        "outweigh",
        "15%",
        "extrinsic",
      ]),
    ],
    workedSolution:
      "**Self-determination theory** (Deci and Ryan) holds that people are most strongly and lastingly motivated — *intrinsically* — when three basic psychological needs are satisfied:\n\n- **Autonomy:** a feeling of choice and control. Technicians plan their own routes and organise their day.\n- **Competence:** a feeling of being effective and improving. Training to a certified level builds real, recognised skill.\n- **Relatedness:** a feeling of belonging and connection. Close-knit teams and meeting the villagers they help create strong bonds and a sense that the work matters.\n\nBecause Tidewell meets all three needs, the technicians' intrinsic motivation can outweigh the *extrinsic* reward of 15% higher pay elsewhere, which explains the low staff turnover. If pay fell so low that it felt unfair, however, dissatisfaction could override these benefits.",
  }),
  numeric({
    key: "5-5-06",
    levels: HL,
    topicCode: "5.5",
    difficulty: 5,
    marks: 3,
    paper: "P3",
    commandTerm: "Calculate",
    stem: "**Tidewell** (fictional), a social enterprise, has launched a basic water filter. It sells 60% of these filters at €30 and 40% at a subsidised price of €20 to the poorest villages. The variable cost of every filter is €18. Annual fixed costs are €96,000, of which €36,000 is covered by a charity grant.\n\nAssuming the sales mix stays the same, calculate the number of filters Tidewell must sell in a year to break even after the grant.",
    numericAnswer: { value: 7500, tolerance: 0.5, unit: "units" },
    markscheme: [
      m("M1", 1, "Contributions: €30 − €18 = €12 and €20 − €18 = €2; weighted average contribution = 0.6 × 12 + 0.4 × 2 = €8", ["12", "2", "8"]),
      m("M2", 1, "Fixed costs to be covered = 96,000 − 36,000 = €60,000", ["60,000"]),
      a("A1", 1, "Break-even = 60,000 ÷ 8 = 7,500 filters", ["M1", "M2"], ["7,500", "7500"]),
    ],
    workedSolution: String.raw`**Contribution per filter:** full price $30 - 18 = €12$; subsidised $20 - 18 = €2$.

**Weighted average contribution** (60% / 40% mix): $0.6 \times 12 + 0.4 \times 2 = 7.2 + 0.8 = €8$.

**Fixed costs after the grant:** $96\,000 - 36\,000 = €60\,000$.
$$\text{break-even} = \frac{60\,000}{8} = 7\,500 \text{ filters a year}$$
(4,500 at full price and 3,000 subsidised.) Without the grant Tidewell would need $96\,000 \div 8 = 12\,000$ filters, which shows how much its social pricing depends on grant funding.`,
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 3 (HL): social enterprise
// ─────────────────────────────────────────────────────────────────────────────
const paper3: QuestionInput[] = [
  written({
    key: "3-2-03",
    levels: HL,
    topicCode: "3.2",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    commandTerm: "Explain",
    stem: "**Tidewell** (fictional), a social enterprise selling low-cost water filters, needs €150,000 to open a workshop in a new region. Banks see it as high-risk because its profits are small.\n\nExplain **two** sources of finance that may be suitable for Tidewell.",
    markscheme: [
      pt("p1", 1, "Source 1, e.g. crowdfunding: many people contribute small amounts online, often for a social cause", ["crowdfunding"]),
      pt("p2", 1, "Applied: Tidewell's clean-water mission can attract donors/supporters; also raises awareness", ["mission", "awareness"]),
      pt("p3", 1, "Source 2, e.g. grants/donations from charities or governments / microfinance / impact investors / social bonds", [
        "grant",
        "microfinance",
        "impact",
      ]),
      pt("p4", 1, "Applied: grants need not be repaid but come with conditions; microfinance suits small amounts for local technicians", [
        "repaid",
        "conditions",
      ]),
    ],
    workedSolution:
      "1. **Crowdfunding.** Tidewell could ask the public to contribute small amounts online in return for updates or rewards. A clean-water mission appeals to donors, and the campaign itself publicises the enterprise. The target of €150,000 may be hard to reach, and failure is public.\n2. **Grants from charities, governments or international organizations.** Grants do not have to be repaid and suit organizations with social aims, but they are competitive and often tied to targets (as with Tidewell's existing grant).\n\n(Also valid: microfinance for local technicians, impact investors seeking social as well as financial returns.)",
  }),
];

const subjectQuestions: SubjectQuestions = {
  subject: "business-management",
  questions: [...unit1, ...unit2, ...unit3, ...unit4, ...unit5, ...unit5Planning, ...toolkit, ...stretch, ...paper3],
};

export default subjectQuestions;
