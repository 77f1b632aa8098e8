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
  note(
    "2.4",
    String.raw`
Standard theory assumes **rational** consumers who maximise utility and firms that maximise profit. **Behavioural economics** uses evidence from psychology to show that real decisions often depart from this, and suggests ways to "nudge" people towards better choices.

### Key ideas
- **Rational consumer choice** assumes consistent preferences, perfect information and utility maximisation.
- **Bounded rationality**: people have limited time and information, so they settle for satisfactory choices.
- **Bounded self-control**: people act against their own long-term interest (overeating, under-saving).
- **Bounded selfishness**: people also care about others and fairness.
- **Imperfect information** and **biases**: rules of thumb (heuristics), **anchoring and framing**, **availability** bias.
- **Choice architecture**: how options are presented affects decisions. **Default** choices (opt-out rather than opt-in), **restricted** choice and **mandated** choice. **Nudges** steer behaviour without banning options or changing incentives much.
- Firms may pursue goals other than profit maximisation: **corporate social responsibility**, **market share**, **satisficing** (aiming for a satisfactory profit).

### Real-world examples
Automatic enrolment in workplace pension schemes (an opt-out default) raised participation in the United Kingdom. Placing healthy food at eye level in canteens is a common nudge.

### Exam tips
- **Explain** each bias with a concrete consumer example rather than a definition alone.
- **Evaluate** nudges: cheap and preserve freedom of choice, but effects can be small or short-lived and raise questions about manipulation.
- Common mistake: saying behavioural economics proves the standard model useless; it refines it.
`,
  ),
  note(
    "2.5",
    String.raw`
**Elasticity of demand** measures how responsive quantity demanded is to a change in a determinant. Price elasticity (PED) links to total revenue and taxes; income elasticity (YED) explains how demand changes as economies grow.

### Key ideas
- $\text{PED} = \dfrac{\%\Delta Q_d}{\%\Delta P}$. It is negative for normal demand curves; IB usually compares its absolute value with 1.
- $|\text{PED}| > 1$: elastic; $< 1$: inelastic; $= 1$: unit elastic; 0: perfectly inelastic; infinite: perfectly elastic.
- Determinants of PED: number and closeness of **substitutes**, **necessity** versus luxury, **proportion of income** spent, **time** period.
- Along a straight-line demand curve PED falls from elastic (top) to inelastic (bottom), even though the slope is constant.
- **Total revenue** $= P \times Q$: if demand is price inelastic, a price rise raises revenue; if elastic, it lowers revenue.
- $\text{YED} = \dfrac{\%\Delta Q_d}{\%\Delta Y}$: positive for **normal** goods (above 1 for income-elastic luxuries), negative for **inferior** goods.
- Primary commodities tend to have low PED and low YED; manufactured goods and services tend to have higher values.

### Worked example
The price of a good rises from 10 to 12 (a 20% rise) and quantity demanded falls from 100 to 90 (a 10% fall). $\text{PED} = -10 / 20 = -0.5$: inelastic. Total revenue rises from $10 \times 100 = 1000$ to $12 \times 90 = 1080$.

### Real-world examples
Demand for cigarettes and petrol is price inelastic, which is why governments tax them: revenue holds up as prices rise.

### Exam tips
- **Calculate**: show the formula, percentages and sign; PED has no units.
- **Explain** the revenue link with the two rectangles on a demand diagram.
- Common mistake: equating a steep slope with inelastic demand at every point on a linear curve.
`,
  ),
  note(
    "2.6",
    String.raw`
**Price elasticity of supply (PES)** measures how responsive quantity supplied is to a change in price. It explains why some markets react quickly to price changes while others, such as agriculture, cannot.

### Key ideas
- $\text{PES} = \dfrac{\%\Delta Q_s}{\%\Delta P}$; it is positive because supply curves slope upwards.
- PES $> 1$: elastic; $< 1$: inelastic; 0: perfectly inelastic (vertical supply); infinite: perfectly elastic (horizontal supply).
- Determinants: **time** (supply is more elastic in the long run), **spare capacity**, **stocks** (inventories), **mobility of factors of production**, and how fast **costs rise** as output increases.
- A straight-line supply curve through the origin has PES = 1 everywhere; one cutting the price axis is elastic; one cutting the quantity axis is inelastic.
- Primary commodities usually have **low PES** in the short run (crops take time to grow, mines take years to open), while manufactured goods usually have higher PES.

### Diagrams to know
When demand rises, an inelastic supply curve produces a large price rise and a small quantity rise; an elastic supply curve produces a small price rise and a large quantity rise. Combined with low PED, low PES explains volatile commodity prices.

### Worked example
Price rises from 4 to 5 (25%) and quantity supplied rises from 200 to 260 (30%). $\text{PES} = 30 / 25 = 1.2$: elastic.

### Exam tips
- **Explain** PES of primary products using time lags in production.
- **Draw** two supply curves of different steepness with the same demand shift to compare outcomes.
- Common mistake: claiming the slope of a linear supply curve alone gives its PES; the intercept matters.
`,
  ),
  note(
    "2.7",
    String.raw`
Governments intervene in markets to raise revenue, support firms or consumers, reduce consumption of harmful goods, correct market failure and promote equity. The main tools are **indirect taxes**, **subsidies**, **price controls**, direct provision, command-and-control regulation and consumer nudges.

### Key ideas
- **Price ceiling** (maximum price) set **below** equilibrium: creates a shortage, may lead to queues, rationing, parallel (black) markets and lower quality.
- **Price floor** (minimum price) set **above** equilibrium: creates a surplus. Examples: agricultural price supports, minimum wage (a floor in the labour market, possibly causing unemployment).
- **Indirect tax**: specific (a fixed amount per unit) shifts S up in parallel; ad valorem (a percentage) pivots S upwards.
- **Subsidy**: a payment per unit to firms shifts S down/right, lowering price and raising quantity.
- Each policy has consequences for **stakeholders**: consumers, producers, workers, the government budget and society as a whole (welfare loss).

### Diagrams to know
- Specific tax: S shifts up by the tax; price paid by consumers rises by less than the tax, price received by producers falls; quantity falls. The **tax incidence** falls more on the side of the market that is more inelastic.
- Subsidy: S shifts down by the subsidy; consumers pay less, producers receive more, quantity rises; the government pays subsidy × new quantity.
- Price ceiling: horizontal line below equilibrium; shortage = $Q_d - Q_s$ at the ceiling.

### Real-world examples
Rent controls in some cities have been linked to housing shortages; many countries levy excise taxes on tobacco and alcohol.

### Exam tips
- **Evaluate** by weighing effects on each stakeholder and on welfare, not just on price.
- Label the tax wedge and the new price paid and price received.
- Common mistake: shifting demand instead of supply for a tax on producers.
`,
  ),
  note(
    "2.7H",
    String.raw`
HL students calculate the effects of **price controls, indirect taxes and subsidies** using diagrams and linear functions: changes in price and quantity, consumer and producer expenditure and revenue, government revenue or spending, and the **tax incidence**.

### Key ideas
- A specific tax of $t$ per unit changes the supply function from $Q_s = c + dP$ to $Q_s = c + d(P - t)$.
- A subsidy of $s$ per unit changes it to $Q_s = c + d(P + s)$.
- Government tax revenue $= t \times Q$ after the tax; subsidy cost $= s \times Q$ after the subsidy.
- **Consumer incidence** = (new price paid − old price) × new quantity; **producer incidence** = (old price − price received) × new quantity.
- Price ceiling: shortage $= Q_d - Q_s$ at the ceiling price. Price floor with government purchase of the surplus: cost $=$ floor price × surplus.
- Welfare loss is the triangle between the old and new quantities.

### Worked example
$Q_d = 100 - 2P$, $Q_s = -20 + 4P$ (equilibrium $P = 20$, $Q = 60$). A tax of 6 per unit gives $Q_s = -20 + 4(P - 6) = -44 + 4P$.
New equilibrium: $100 - 2P = -44 + 4P$, so $P = 24$ and $Q = 52$. Producers receive $24 - 6 = 18$.
Government revenue $= 6 \times 52 = 312$. Consumer incidence $= 4 \times 52 = 208$; producer incidence $= 2 \times 52 = 104$. Consumers bear two thirds because demand is less responsive here than supply.
Welfare loss $= \tfrac{1}{2} \times 6 \times (60 - 52) = 24$.

### Exam tips
- **Calculate**: state the new function, then solve; show each area as base × height.
- Check that consumer and producer incidence add up to the government revenue.
- Common mistake: using the price paid instead of the price received for producer revenue.
`,
    HL,
  ),
  note(
    "2.8",
    String.raw`
**Market failure** occurs when the free market fails to allocate resources efficiently, so that marginal social benefit (MSB) does not equal marginal social cost (MSC). **Externalities** and the overuse of **common pool resources** are major examples.

### Key ideas
- An **externality** is a cost or benefit to a third party not involved in the transaction.
- **Negative production externality** (pollution from a factory): MSC lies above MPC; the market overproduces.
- **Negative consumption externality** (smoking, passive smoke): MSB lies below MPB; overconsumption.
- **Positive production externality** (firm training workers who later move): MSC below MPC; underproduction.
- **Positive consumption externality** (vaccination, education): MSB above MPB; underconsumption.
- **Merit goods** are underconsumed; **demerit goods** are overconsumed.
- **Common pool resources** are rivalrous but non-excludable (fish stocks, groundwater, the atmosphere), so they are overused: the **tragedy of the commons**. This threatens sustainability.
- Policies: Pigouvian (carbon) taxes, **tradable permits** (cap and trade), legislation and regulation, subsidies, education and awareness, nudges, international agreements, and collective self-governance.

### Diagrams to know
For a negative production externality, draw MPC (= S) and MSC above it, with MPB = MSB. Market output $Q_m$ exceeds the socially optimal $Q^*$ where MSB = MSC; shade the **welfare loss** triangle between the curves from $Q^*$ to $Q_m$. A tax equal to the external cost shifts MPC up to MSC.

### Real-world examples
The European Union Emissions Trading System is a cap-and-trade scheme for carbon emissions; the collapse of the Grand Banks cod fishery off Newfoundland in the early 1990s is a classic overuse of a common pool resource.

### Exam tips
- **Draw** with the welfare-loss triangle pointing towards the optimum.
- **Evaluate** carbon taxes (difficulty measuring external cost, regressive, inelastic demand) against permits.
- Common mistake: labelling curves S and D only, without MPC, MSC, MPB and MSB.
`,
  ),
  note(
    "2.9",
    String.raw`
**Public goods** are goods the free market fails to provide at all, or provides in too small a quantity, because of the **free-rider problem**.

### Key ideas
- **Rivalrous**: one person's consumption reduces what is available to others. **Excludable**: people who do not pay can be prevented from consuming.
- Public goods are **non-rivalrous and non-excludable** (national defence, street lighting, flood barriers, lighthouses).
- Because non-payers cannot be excluded, people have an incentive to **free ride**; firms cannot earn revenue, so there is a **missing market**.

| | Excludable | Non-excludable |
|---|---|---|
| **Rivalrous** | private goods (food) | common pool resources (fish stocks) |
| **Non-rivalrous** | club goods (streaming service) | public goods (defence) |

- Government responses: **direct provision** funded by taxation, **contracting out** production to private firms, or **public–private partnerships**.
- Problems: deciding how much to provide (no price signal), opportunity cost of tax revenue, and possible government failure.

### Diagrams to know
No specific diagram is required; if asked, show that with zero private provision the market outcome is at $Q = 0$ while MSB = MSC would be positive.

### Real-world examples
National defence is almost always provided by governments; street lighting is usually funded by local authorities.

### Exam tips
- **Define** a public good using both characteristics.
- **Explain** why a good such as education is not a public good (it is excludable and partly rivalrous) but a merit good.
- Common mistake: calling any good the government provides a public good.
`,
  ),
  note(
    "2.10",
    String.raw`
**Asymmetric information** is a market failure in which one party to a transaction knows more than the other. Markets then misallocate resources: good-quality products may be driven out, or people may take risks someone else pays for.

### Key ideas
- **Adverse selection**: hidden information *before* a transaction. Sellers of used cars know their quality better than buyers, so buyers offer an average price and owners of good cars withdraw them (the "market for lemons"). In insurance, buyers know their own risk better than insurers.
- **Moral hazard**: hidden action *after* a transaction. Once insured, people may take more risks; banks expecting a rescue may lend recklessly.
- Responses to adverse selection: **signalling** by the informed party (warranties, qualifications, brand reputation) and **screening** by the uninformed party (medical checks, test drives, credit checks).
- Government responses: **legislation and regulation** (disclosure rules, licensing of doctors and financial advisers), **provision of information**.
- Responses to moral hazard: insurance excesses and co-payments, contracts linking pay to performance, and regulation of banks.

### Real-world examples
Deposit insurance and expected government bailouts are widely argued to have encouraged risk-taking by banks before the 2008 financial crisis, an example of moral hazard.

### Exam tips
- **Distinguish** adverse selection (before) from moral hazard (after) with one example each.
- **Evaluate** responses: signals can be costly or faked; regulation raises costs and depends on enforcement.
- Common mistake: describing any lack of information as asymmetric; the key is that one side knows more than the other.
`,
    HL,
  ),
  note(
    "2.11",
    String.raw`
**Market power** is a firm's ability to influence the price of its product. Such firms tend to restrict output and raise price, causing allocative inefficiency: a market failure.

### Key ideas
- Economists count **normal profit** (the opportunity cost of the entrepreneur) as a cost; **abnormal profit** is anything above it.
- All firms maximise profit where **MR = MC**.
- **Perfect competition**: many firms, identical products, no barriers, price takers; only normal profit in the long run; allocatively efficient (P = MC) and productively efficient (minimum ATC).
- **Monopoly**: one dominant firm, **high barriers to entry** (economies of scale, legal barriers such as patents, control of resources, aggressive tactics); abnormal profit can persist; P > MC means welfare loss.
- **Natural monopoly**: economies of scale so large that one firm can supply the market at lowest cost.
- **Monopolistic competition**: many firms, differentiated products, no barriers; normal profit in the long run.
- **Oligopoly**: a few interdependent firms, **collusive** (cartels) or non-collusive; game theory shows the incentive to cheat; **concentration ratios** measure dominance.
- Policies: competition legislation, breaking up monopolies, regulating natural monopolies, fines, nationalisation.

### Diagrams to know
Monopoly: downward-sloping AR (= D) and MR below it, MC and ATC. Output where MR = MC, price read up to AR; abnormal profit is the rectangle (P − ATC) × Q. The welfare loss is the triangle between AR and MC from the monopoly output to where P = MC.

### Worked example
A monopolist maximises profit at 100 units, charging a price of 30 when average total cost is 20. Abnormal profit $= (30 - 20) \times 100 = 1000$.

### Real-world examples
OPEC coordinates its members' oil output; the European Commission has fined large technology firms for abusing dominant positions.

### Exam tips
- **Draw**: MR must be twice as steep as a linear AR and lie below it.
- **Evaluate** monopoly: economies of scale and funds for research versus higher prices and lower output.
- Common mistake: setting price at the MR = MC point rather than reading up to the demand curve.
`,
    HL,
  ),
  note(
    "2.12",
    String.raw`
Even an efficient market need not produce a **fair** outcome. Markets reward people according to the factors of production they own, so those with little capital, few skills or poor health may receive low incomes. This is the market's inability to achieve **equity**.

### Key ideas
- **Equality** means everyone receives the same; **equity** means fairness, which is a normative judgement.
- Markets cannot ensure equity because income depends on ownership of factors of production, and wealth is passed between generations.
- Goods such as healthcare and education may be underprovided to poor households if left to the market, reinforcing inequality of opportunity.
- Governments therefore redistribute through **progressive taxation**, **transfer payments**, **direct provision** of merit goods, and labour market policies such as minimum wages.
- There may be a **trade-off** between equity and efficiency: high taxes and benefits may reduce incentives to work and invest, although policies such as education can improve both.

### Real-world examples
Nordic countries combine high taxation with extensive public services and have relatively low income inequality; the links between this and the wider economy are widely debated.

### Exam tips
- **Explain** why markets produce inequity by linking incomes to factor ownership.
- **Discuss** the equity–efficiency trade-off with both sides, and recognise that "fair" is a value judgement.
- Common mistake: treating equity and equality as the same thing.
`,
    HL,
  ),
  // ── 3: Macroeconomics
  note(
    "3.1",
    String.raw`
Macroeconomics begins with measuring the total output of an economy. **Gross domestic product (GDP)** is the total value of all final goods and services produced in a country in a given period. Its ups and downs over time form the **business cycle**.

### Key ideas
- Three equivalent methods: **output**, **income** and **expenditure**. Expenditure method: $\text{GDP} = C + I + G + (X - M)$.
- **GNI** (gross national income) $=$ GDP $+$ income from abroad $-$ income paid abroad.
- **Nominal** GDP uses current prices; **real** GDP removes the effect of inflation: $\text{real GDP} = \dfrac{\text{nominal GDP}}{\text{price deflator}} \times 100$.
- **Per capita** figures divide by population; **PPP** (purchasing power parity) adjusts for different price levels between countries.
- Limitations as a measure of well-being: ignores unpaid work, the informal economy, inequality, environmental damage, leisure and quality of goods.
- Alternatives: OECD Better Life Index, Happy Planet Index, Green GDP.
- **Business cycle**: expansion, peak, contraction (a recession is commonly defined as two consecutive quarters of negative growth), trough. The **long-term growth trend** shows potential output.

### Worked example
$C = 600$, $I = 150$, $G = 200$, $X = 120$, $M = 170$ (billions). $\text{GDP} = 600 + 150 + 200 + 120 - 170 = 900$. With a price deflator of 120, real GDP $= 900 / 120 \times 100 = 750$.

### Diagrams to know
The business cycle: real GDP against time, fluctuating around an upward-sloping trend line. Label an **output gap**: actual below potential (a recessionary gap) or above it (an inflationary gap).

### Exam tips
- **Calculate**: state the formula first; keep units (billions of a named currency).
- **Explain** why real GDP per capita at PPP is better for comparing living standards.
- Common mistake: adding imports instead of subtracting them.
`,
  ),
  note(
    "3.2",
    String.raw`
The **AD/AS model** explains changes in real output, the price level and employment. Aggregate demand (AD) is total planned spending at each price level; aggregate supply (AS) is total planned output at each price level.

### Key ideas
- $AD = C + I + G + (X - M)$. Determinants of C: income, wealth, interest rates, confidence, household debt. Of I: interest rates, business confidence, technology, corporate debt. G: government priorities. X − M: foreign incomes, exchange rates, trade policies.
- AD slopes down because of the wealth effect, the interest rate effect and the international trade effect.
- **Short-run aggregate supply (SRAS)** slopes up and shifts with costs of production: wages, raw material prices, indirect taxes, supply shocks.
- **Monetarist / new classical** view: a vertical **LRAS** at potential output; the economy returns to full employment as wages adjust.
- **Keynesian** view: the AS curve has a horizontal section (spare capacity), an upward section and a vertical section at full employment; the economy can stay in a deflationary gap because wages are "sticky" downwards.
- LRAS shifts right with more or better factors of production, technology and institutional change.

### Diagrams to know
- Fall in AD: AD shifts left, real GDP falls below potential (recessionary gap), price level falls or rises more slowly, unemployment rises.
- Negative supply shock (oil price rise): SRAS shifts left, price level rises and real GDP falls: **stagflation**.
- Long-run growth: LRAS shifts right.

### Real-world examples
The oil price shocks of the 1970s caused stagflation in many economies; the 2008–09 financial crisis caused large falls in AD.

### Exam tips
- Axes: **average price level** and **real GDP** (not price and quantity).
- **Draw** and label $Y_p$ (potential output) on the diagram.
- Common mistake: shifting AD for a change in the price level (that is a movement along AD).
`,
  ),
  note(
    "3.3",
    String.raw`
Governments pursue several **macroeconomic objectives**: low unemployment, low and stable inflation, economic growth, and (elsewhere in the course) equity, a sustainable balance of payments and sustainable debt. Achieving one can make another harder.

### Key ideas
- **Unemployment rate** $= \dfrac{\text{number unemployed}}{\text{labour force}} \times 100$. Types: **frictional**, **structural**, **seasonal** (natural unemployment) and **cyclical** (demand-deficient). Costs: lost output, lower tax revenue, higher transfer payments, personal and social costs.
- Measurement problems: hidden unemployment, underemployment, regional and group differences.
- **Inflation** is a sustained rise in the general price level, measured by a **consumer price index (CPI)**. **Deflation** is a sustained fall. **Disinflation** is a fall in the rate of inflation.
- Causes: **demand-pull** (AD rising faster than capacity) and **cost-push** (SRAS shifting left). Costs: loss of purchasing power, uncertainty, redistribution from savers and lenders, loss of export competitiveness. Deflation can cause delayed spending and a deflationary spiral.
- **Economic growth** is an increase in real GDP; sources include more factors, better productivity and technology. Growth may harm the environment and raise inequality.
- **Phillips curve**: a short-run trade-off between inflation and unemployment; monetarists argue the long-run curve is vertical at the **natural rate of unemployment**.

### Diagrams to know
Demand-pull inflation: AD shifts right near full employment, so the price level rises. Cost-push inflation: SRAS shifts left, so the price level rises and real GDP falls. Short-run Phillips curve: inflation rate against unemployment rate, sloping down; the long-run curve is vertical.

### Worked example
Labour force 50 million, unemployed 3 million: unemployment rate $= 3 / 50 \times 100 = 6\%$. A CPI rising from 125 to 130 means inflation of $5 / 125 \times 100 = 4\%$.

### Real-world examples
The Bank of England and the European Central Bank both aim for inflation of 2%.

### Exam tips
- **Explain** the distinction: a fall in inflation does not mean prices are falling.
- **Evaluate** by considering conflicts between objectives (growth versus inflation, growth versus environment).
- Common mistake: calculating unemployment as a share of the whole population rather than the labour force.
`,
  ),
  note(
    "3.3H",
    String.raw`
A consumer price index is a **weighted** average: items that take a larger share of household spending count for more. HL students construct a weighted price index from data and use it to calculate inflation.

### Key ideas
- A **base year** is chosen and its index set to 100.
- The **weights** reflect the proportion of household spending on each category, from household expenditure surveys, and add up to 1 (or 100%).
- Weighted index $= \sum (\text{weight} \times \text{price index of the category})$.
- Inflation from one year to the next $= \dfrac{\text{index}_2 - \text{index}_1}{\text{index}_1} \times 100$.
- Limitations: the basket may not match an individual household's spending; quality changes and new products are hard to include; consumers switch to substitutes when prices rise; weights change over time.
- **Core inflation** removes volatile items such as food and energy; **producer price indices** can signal future consumer inflation.

### Worked example
| Category | Weight | Price index (base = 100) |
|---|---|---|
| Food | 0.5 | 110 |
| Housing | 0.3 | 105 |
| Transport | 0.2 | 120 |

Weighted index $= 0.5 \times 110 + 0.3 \times 105 + 0.2 \times 120 = 55 + 31.5 + 24 = 110.5$, so prices have risen by 10.5% since the base year.

### Exam tips
- **Calculate**: show each product before summing; check the weights add up to 1.
- **Explain** why an unweighted average would give a misleading result: a big rise in a minor item would count too much.
- Common mistake: dividing by the number of categories after weighting.
`,
    HL,
  ),
  note(
    "3.4",
    String.raw`
**Inequality** is the unequal distribution of income and wealth; **poverty** is the inability to meet basic needs or reach an acceptable standard of living. Both affect well-being, growth and social stability.

### Key ideas
- **Equality** versus **equity** (fairness). Income is a flow; wealth is a stock of assets.
- The **Lorenz curve** plots the cumulative share of income against the cumulative share of the population; the **Gini coefficient** is the area between the line of equality and the Lorenz curve divided by the whole area under the line of equality: 0 = perfect equality, 1 = perfect inequality.
- **Absolute poverty**: income below a fixed minimum, such as the World Bank's international poverty line. **Relative poverty**: income below a share of median income (often 50% or 60%).
- Multidimensional measures include the **Multidimensional Poverty Index (MPI)** (health, education, living standards).
- Causes: inequality of opportunity, differing resource ownership, discrimination, technological change, globalisation, market-based policies, tax systems.
- Consequences: lower growth, lower social mobility, health problems, social tension.
- Policies: **progressive income taxes**, **transfer payments**, universal basic income, minimum wages, investment in education and healthcare, policies against discrimination.
- Taxes: **progressive** (average rate rises with income), **proportional**, **regressive** (indirect taxes usually take a larger share of low incomes).

### Diagrams to know
Lorenz curve: a 45° line of equality and a Lorenz curve bowed below it; the further the bow, the greater the inequality. Redistribution moves the curve towards the diagonal.

### Real-world examples
South Africa has one of the highest measured Gini coefficients in the world.

### Exam tips
- **Define** absolute and relative poverty with a measure for each.
- **Evaluate** redistribution: reduces inequality but may affect incentives and has an opportunity cost.
- Common mistake: unlabelled Lorenz axes; both are cumulative percentages.
`,
  ),
  note(
    "3.4H",
    String.raw`
A tax system is described by its **marginal** and **average** tax rates. HL students calculate both from income tax bands and use them to show whether a tax is progressive.

### Key ideas
- **Marginal tax rate (MTR)**: the rate paid on an extra unit of income: $\text{MTR} = \dfrac{\Delta T}{\Delta Y}$.
- **Average tax rate (ATR)**: total tax as a share of total income: $\text{ATR} = \dfrac{T}{Y}$.
- In a **progressive** system the ATR rises as income rises (with MTR above ATR); in a **proportional** system ATR is constant; in a **regressive** system ATR falls as income rises.
- Tax bands apply only to the income **within** each band: moving into a higher band does not raise tax on all of a person's income.

### Worked example
Income tax: 0% on the first 10,000, 20% on income from 10,000 to 40,000, 40% on income above 40,000. A worker earns 60,000.
Tax $= 0 + 0.2 \times 30{,}000 + 0.4 \times 20{,}000 = 6{,}000 + 8{,}000 = 14{,}000$.
$\text{ATR} = 14{,}000 / 60{,}000 = 23.3\%$ to one decimal place; $\text{MTR} = 40\%$.

### Exam tips
- **Calculate**: work band by band in a short table and state the currency.
- **Explain** why the ATR is always below the top MTR under a banded progressive tax.
- Common mistake: applying the top rate to the whole income.
`,
    HL,
  ),
  note(
    "3.5",
    String.raw`
**Monetary policy** is the use of interest rates, the money supply and (sometimes) the exchange rate by the **central bank** to influence aggregate demand, usually to keep inflation low and stable while supporting growth and employment.

### Key ideas
- **Commercial banks** accept deposits and make loans; **central banks** act as banker to the government and to commercial banks, regulate banks and conduct monetary policy.
- **Money creation**: commercial banks create money when they lend; the **reserve requirement** limits this.
- Tools: **open market operations** (buying or selling government bonds), **minimum reserve requirements**, changes to the **central bank's minimum lending rate**, and **quantitative easing** (large-scale bond purchases when rates are near zero).
- **Expansionary** (easy) policy: lower interest rates raise consumption and investment and weaken the currency, so AD rises. **Contractionary** (tight) policy does the opposite.
- **Real interest rate** $\approx$ nominal interest rate $-$ inflation rate.
- **Inflation targeting**: many central banks aim for a specific inflation rate.
- Strengths: independent of politics, quick to change, incremental. Limitations: time lags, weak when confidence is low or rates are near zero (a **liquidity trap**), conflicts between objectives.

### Diagrams to know
Money market: the vertical money supply curve and a downward-sloping demand for money; an increase in money supply lowers the equilibrium interest rate. Then show AD shifting right on an AD/AS diagram, raising real GDP and the price level.

### Real-world examples
After the 2008 crisis the US Federal Reserve, the Bank of England and others cut rates close to zero and used quantitative easing.

### Exam tips
- **Explain** the transmission chain step by step: rates → borrowing and saving → C and I → AD → output and prices.
- **Evaluate** with time lags and confidence.
- Common mistake: confusing monetary policy (central bank) with fiscal policy (government).
`,
  ),
  note(
    "3.6",
    String.raw`
**Fiscal policy** is the use of **government spending** and **taxation** to influence aggregate demand. It also affects long-term growth through spending on infrastructure, education and healthcare.

### Key ideas
- Government revenue: direct taxes (on income and profits), indirect taxes, sale of goods and services, sale of state-owned enterprises.
- Government expenditure: current expenditure, capital expenditure and **transfer payments**.
- **Budget deficit**: spending exceeds revenue; **budget surplus**: revenue exceeds spending; public debt is the accumulated total of past deficits.
- **Expansionary** fiscal policy (higher G, lower taxes) shifts AD right to close a recessionary gap; **contractionary** policy shifts AD left to reduce inflation.
- **Automatic stabilisers**: progressive taxes and unemployment benefits that change automatically over the business cycle, dampening fluctuations.
- **Discretionary** policy: deliberate changes decided by the government.
- The **Keynesian multiplier** means a rise in G can raise real GDP by more than the initial spending.
- Strengths: targets specific sectors, effective in a deep recession. Limitations: time lags, political pressures, **crowding out** (government borrowing may raise interest rates and reduce private investment), sustainability of debt, inability to fine-tune.

### Diagrams to know
Keynesian AD/AS with a recessionary gap: expansionary fiscal policy shifts AD right towards full employment output with little inflation while there is spare capacity.

### Real-world examples
Many governments ran large deficits to support incomes during the COVID-19 pandemic.

### Exam tips
- **Explain** how fiscal policy affects each component of AD (C through disposable income, I through business taxes).
- **Evaluate** by referring to the size of the output gap, debt levels and time lags.
- Common mistake: listing interest rate changes as fiscal policy.
`,
  ),
  note(
    "3.6H",
    String.raw`
The **Keynesian multiplier** shows that a change in an injection (investment, government spending or exports) causes a larger final change in real GDP, because one person's spending becomes another's income, which is partly spent again.

### Key ideas
- Marginal propensities: to consume (MPC), save (MPS), pay tax (MPT) and import (MPM). Of each extra unit of income, $\text{MPC} + \text{MPS} + \text{MPT} + \text{MPM} = 1$ when MPC covers only domestic consumption.
- Leakages (withdrawals): $\text{MPW} = \text{MPS} + \text{MPT} + \text{MPM}$.
- Multiplier: $k = \dfrac{1}{1 - \text{MPC}} = \dfrac{1}{\text{MPW}}$, where MPC is the marginal propensity to consume domestic output.
- Change in real GDP $= k \times$ change in the injection.
- The multiplier is larger when leakages are small. Open economies with high imports and high tax rates have smaller multipliers.
- Limitations: it assumes spare capacity (near full employment prices rise instead of output), and the process takes time.

### Worked example
MPS = 0.1, MPT = 0.15, MPM = 0.15, so MPW = 0.4 and $k = 1 / 0.4 = 2.5$. An increase in government spending of 4 billion raises real GDP by $2.5 \times 4 = 10$ billion.

### Diagrams to know
On a Keynesian AD/AS diagram the initial rise in G shifts AD right, and the multiplier shifts it further; label both shifts.

### Exam tips
- **Calculate**: write the formula, then substitute; the multiplier has no units.
- **Explain** the rounds of spending in words.
- Common mistake: using MPS alone when tax and import leakages are given.
`,
    HL,
  ),
  note(
    "3.7",
    String.raw`
**Supply-side policies** aim to increase the economy's productive capacity: they shift the **LRAS** (and the Keynesian AS) curve to the right, raising potential output and long-term growth while easing inflationary pressure.

### Key ideas
- **Interventionist** policies: investment in **human capital** (education, training, healthcare), new **technology** (research and development funding), **infrastructure**, and **industrial policies** supporting specific sectors.
- **Market-based** policies: policies to encourage **competition** (deregulation, privatisation, trade liberalisation, anti-monopoly regulation), **labour market reforms** (reducing trade union power, reducing unemployment benefits, lowering or removing minimum wages) and **incentive-related** policies (cutting personal income and business taxes).
- Supply-side policies also affect AD in the short run: public investment in infrastructure raises AD immediately.
- Strengths: long-term growth without inflation, improved competitiveness, lower natural unemployment.
- Weaknesses: long time lags, high cost (opportunity cost of government spending), uncertain results; some market-based policies raise inequality or harm the environment.

### Diagrams to know
LRAS (monetarist) or the full-employment section of the Keynesian AS shifts right: potential output rises, and the price level falls or rises more slowly for a given AD.

### Real-world examples
Privatisation and deregulation were major policies in the United Kingdom during the 1980s; many countries fund vocational training to tackle structural unemployment.

### Exam tips
- **Distinguish** interventionist from market-based policies with named examples.
- **Evaluate** with time lags, cost and equity effects.
- Common mistake: drawing only an AD shift for a supply-side policy.
`,
  ),
  // ── 4: The global economy
  note(
    "4.1",
    String.raw`
**International trade** is the exchange of goods and services across borders. Countries trade because it lets them specialise, use resources more efficiently and consume a wider range of goods than they could produce alone.

### Key ideas
- Benefits of trade:
  - lower prices and greater **choice** for consumers;
  - access to **resources** a country lacks;
  - **economies of scale** from selling to larger markets;
  - increased **competition**, which raises efficiency and innovation;
  - more efficient **resource allocation** through specialisation;
  - a source of **foreign exchange** and of new ideas and technology;
  - closer political ties between trading partners.
- Trade also creates costs: some domestic industries and workers lose out, and structural unemployment may rise in import-competing sectors.
- The **World Trade Organization (WTO)** sets rules for trade, provides a forum for negotiations and settles trade disputes between members.

### Diagrams to know
Free trade in a small country: with a world price $P_w$ below the domestic equilibrium price, domestic consumption rises, domestic production falls, and the gap between them is met by imports. Consumers gain surplus; domestic producers lose some; overall welfare rises.

### Real-world examples
Countries with few energy resources, such as Japan, import most of their oil and gas; the WTO dispute settlement system has ruled in many trade disputes between members.

### Exam tips
- **Explain** each benefit with a clear mechanism (for example, bigger market → economies of scale → lower average costs).
- **Discuss** who gains and who loses: consumers, exporters, import-competing firms and workers.
- Common mistake: claiming that trade benefits every group in every country.
`,
  ),
  note(
    "4.1H",
    String.raw`
The theories of **absolute** and **comparative advantage** explain why countries gain from specialising and trading, even when one country is better at producing everything.

### Key ideas
- **Absolute advantage**: a country can produce more of a good than another with the same resources.
- **Comparative advantage**: a country can produce a good at a lower **opportunity cost** than another country. David Ricardo showed that trade based on comparative advantage raises total output.
- Sources of comparative advantage: differences in factor endowments, technology, skills and climate.
- Both countries gain if the terms of exchange lie between their opportunity-cost ratios.
- Limitations: assumes constant costs, no transport costs, perfect factor mobility within countries and free trade; ignores the volatility of primary commodity prices and the risk of over-specialisation. Comparative advantage is **dynamic** and can change over time.

### Worked example
With one unit of resources, Country A can produce 10 units of wheat or 5 units of cloth; Country B can produce 6 units of wheat or 2 units of cloth.
A has an absolute advantage in both goods. Opportunity cost of 1 cloth: A gives up $10 / 5 = 2$ wheat; B gives up $6 / 2 = 3$ wheat. So A has the comparative advantage in **cloth**. Opportunity cost of 1 wheat: A $= 0.5$ cloth, B $= 1/3$ cloth, so B has the comparative advantage in **wheat**.

### Diagrams to know
Two straight-line PPCs with different slopes. After specialisation and trade, each country can consume at a point **outside** its own PPC.

### Exam tips
- **Calculate** opportunity costs for both goods in both countries and state the conclusion in words.
- Put the two goods on labelled axes with the same scale.
- Common mistake: assigning comparative advantage on the basis of absolute advantage.
`,
    HL,
  ),
  note(
    "4.2",
    String.raw`
**Trade protection** is any government measure that restricts imports to protect domestic producers. The main types are tariffs, quotas, subsidies to domestic producers, administrative barriers and export subsidies.

### Key ideas
- **Tariff**: a tax on imports. Raises the domestic price, increases domestic production, reduces consumption and imports, and raises government revenue.
- **Import quota**: a limit on the quantity of imports. Price rises; the extra revenue goes to import licence holders (foreign exporters or domestic importers), not the government.
- **Production subsidy**: a payment to domestic producers that lowers their costs, so they supply more at the world price; consumers still pay the world price, but taxpayers fund the subsidy.
- **Administrative barriers**: health, safety and environmental standards or slow customs procedures that make importing harder.
- **Export subsidies**: payments to exporters that help them sell abroad at lower prices.

### Diagrams to know
Tariff: domestic D and S, a horizontal world supply at $P_w$, and a new line at $P_w + t$. Domestic output rises, consumption falls, imports shrink. Shade government revenue (tariff × imports) and the two welfare-loss triangles (production inefficiency and lost consumption).
Quota: a supply curve of domestic supply plus the quota; the new price is where this meets D.

### Real-world examples
The United States imposed tariffs on imported steel in 2018; the European Union's Common Agricultural Policy has long subsidised farmers.

### Exam tips
- **Draw** the tariff diagram carefully: show the quantity supplied domestically and the quantity demanded at both prices.
- **Explain** who gains (domestic producers, government) and who loses (consumers, foreign producers, society).
- Common mistake: giving quota revenue to the government.
`,
  ),
  note(
    "4.2H",
    String.raw`
HL students calculate the effects of **tariffs, quotas and subsidies** from diagrams or linear functions: changes in domestic production, consumption and imports, government revenue or cost, changes in consumer and producer surplus, and welfare loss.

### Key ideas
- At the world price: imports $= Q_d - Q_s$.
- Tariff of $t$: new domestic price $P_w + t$; government revenue $= t \times$ new imports.
- Subsidy to domestic producers: government cost $=$ subsidy per unit $\times$ domestic output.
- Welfare loss from a tariff: the **production** triangle (inefficient domestic producers replace cheaper imports) plus the **consumption** triangle (consumers buy less).
- Fall in consumer surplus = producer surplus gain + tariff revenue + welfare loss.

### Worked example
$Q_d = 100 - 2P$ and $Q_s = -20 + 4P$; the world price is 10.
Free trade: $Q_d = 80$, $Q_s = 20$, imports $= 60$.
Tariff of 2 (price 12): $Q_d = 76$, $Q_s = 28$, imports $= 48$.
Tariff revenue $= 2 \times 48 = 96$.
Production welfare loss $= \tfrac{1}{2} \times 2 \times (28 - 20) = 8$; consumption welfare loss $= \tfrac{1}{2} \times 2 \times (80 - 76) = 4$; total welfare loss $= 12$.
Producer surplus gain $= 2 \times 20 + \tfrac{1}{2} \times 2 \times 8 = 48$; consumer surplus loss $= 2 \times 76 + \tfrac{1}{2} \times 2 \times 4 = 156$. Check: $48 + 96 + 12 = 156$.

### Exam tips
- **Calculate**: label each area on the diagram with a letter before computing it.
- Use the correct quantities for each triangle: domestic supply for the production loss, demand for the consumption loss.
- Common mistake: computing tariff revenue on free-trade imports instead of imports after the tariff.
`,
    HL,
  ),
  note(
    "4.3",
    String.raw`
Governments weigh the case for **trade protection** against the gains from free trade. Most economists see protection as costly overall, but some arguments carry weight in particular circumstances.

### Key ideas
- **Arguments for protection**:
  - protect **infant industries** until they achieve economies of scale;
  - protect domestic **jobs**;
  - **national security** (strategic industries such as defence and food);
  - maintain health, safety and environmental **standards**;
  - anti-**dumping** (selling abroad below cost) and unfair competition;
  - raise **government revenue** (important for some low-income countries);
  - correct a **balance of payments** deficit;
  - economic **diversification**.
- **Arguments against**:
  - higher prices and less choice for consumers;
  - **misallocation of resources** and welfare loss;
  - less competition, so inefficient firms survive;
  - **retaliation** and trade wars;
  - higher costs for firms using imported inputs, reducing export competitiveness;
  - infant industries may never "grow up"; protection is hard to remove.

### Real-world examples
The tariffs between the United States and China from 2018 led to retaliation on both sides. Governments often justify farm support partly on food security grounds.

### Exam tips
- **Evaluate** each argument: for example, infant-industry protection can work if it is temporary and combined with investment, but it may encourage inefficiency.
- **To what extent** questions need a judgement that depends on the country's circumstances (income level, type of industry).
- Common mistake: listing arguments without explaining the mechanism or considering the counter-argument.
`,
  ),
  note(
    "4.4",
    String.raw`
**Economic integration** is the process by which countries reduce trade barriers and coordinate economic policies. It ranges from bilateral agreements to full economic and monetary union.

### Key ideas
- **Preferential trade agreements**: reduced barriers on some goods between members.
- **Bilateral** (two countries), **regional** and **multilateral** (WTO) trade agreements.
- Levels of integration:

| Stage | What is added |
|---|---|
| Free trade area | no trade barriers between members; each keeps its own external tariffs |
| Customs union | plus a **common external tariff** |
| Common market | plus free movement of **labour and capital** |
| Economic and monetary union | plus a **common currency** and monetary policy |

- **Trade creation**: imports switch from a higher-cost domestic producer to a lower-cost member; efficiency rises.
- **Trade diversion**: imports switch from a lower-cost non-member to a higher-cost member because of the common external tariff; efficiency falls.
- Benefits: larger markets, economies of scale, more competition, foreign direct investment, political cooperation.
- Costs: loss of policy sovereignty, trade diversion, and in a monetary union the loss of independent monetary and exchange rate policy.
- **Monetary union**: lower transaction costs and no exchange rate risk, but one interest rate must suit economies at different points in the business cycle.

### Real-world examples
The USMCA (which replaced NAFTA) is a free trade agreement; the European Union is a single market, and the euro area is a monetary union.

### Exam tips
- **Distinguish** each stage by its defining feature.
- **Evaluate** monetary union using the euro area's experience during the sovereign debt crisis that began in 2009–10.
- Common mistake: confusing trade creation with trade diversion.
`,
  ),
  note(
    "4.5",
    String.raw`
An **exchange rate** is the price of one currency in terms of another. Exchange rates can be floating, fixed or managed, and changes in them affect trade, inflation, growth and employment.

### Key ideas
- **Floating** exchange rates are set by the demand for and supply of the currency on the foreign exchange market.
- Demand for a currency comes from foreigners buying exports, foreign direct and portfolio investment into the country, and speculation. Supply comes from residents buying imports and investing abroad.
- Causes of changes: relative inflation rates, relative interest rates (hot money flows), relative growth, investment flows, speculation, central bank intervention.
- **Appreciation** (floating) / **revaluation** (fixed): exports become dearer abroad, imports cheaper, inflation pressure falls. **Depreciation** / **devaluation**: the reverse.
- **Fixed** rates are maintained by the central bank buying or selling its currency with reserves, or by changing interest rates. **Managed** rates float within limits.
- Fixed rates reduce uncertainty but require reserves and limit monetary policy; floating rates adjust automatically but can be volatile.

### Diagrams to know
Axes: price of currency X in currency Y, and quantity of currency X. If interest rates in country X rise, demand for X's currency shifts right: it **appreciates**. If X's inflation rises, its exports are less competitive: demand falls, supply rises, and it depreciates.

### Worked example
1 euro exchanges for 1.10 US dollars, so 1 US dollar buys $1 / 1.10 = 0.909$ euros. A German good priced at 50 euros costs $50 \times 1.10 = 55$ US dollars. If the euro appreciates to 1.25 US dollars, the same good costs $50 \times 1.25 = 62.5$ US dollars: the euro has appreciated by about 13.6%.

### Real-world examples
The Hong Kong dollar has been pegged to the US dollar since 1983.

### Exam tips
- **Calculate**: write each rate as "1 unit of A = x units of B" and check which way you are converting.
- **Explain** the effect on both exporters and importers.
- Common mistake: saying a currency "depreciates" under a fixed system (use devaluation).
`,
  ),
  note(
    "4.6",
    String.raw`
The **balance of payments** records all transactions between the residents of one country and the rest of the world over a period. Money flowing in is a credit (+); money flowing out is a debit (−).

### Key ideas
- **Current account**: balance of trade in **goods**, balance of trade in **services**, **primary income** (wages, interest, profits and dividends) and **secondary income** (current transfers such as remittances and foreign aid).
- **Capital account**: capital transfers (such as debt forgiveness) and the purchase or sale of non-produced, non-financial assets.
- **Financial account**: **direct investment**, **portfolio investment** and **reserve assets**.
- The accounts sum to zero (with errors and omissions): a current account deficit must be matched by a surplus on the capital and financial accounts.
- Links to the exchange rate: a current account deficit increases the supply of the currency on the foreign exchange market, putting downward pressure on it.

### Worked example
Trade in goods $-40$, trade in services $+15$, primary income $+5$, secondary income $-3$ (billions). Current account balance $= -40 + 15 + 5 - 3 = -23$ billion: a deficit that must be financed by a net inflow of 23 billion on the capital and financial accounts (ignoring errors and omissions).

### Real-world examples
Germany and China have run large current account surpluses for many years; the United States has run persistent current account deficits.

### Exam tips
- **Define** each account precisely: remittances are secondary income, not trade in services.
- **Explain** why the balance of payments always balances overall even when the current account does not.
- Common mistake: describing a current account deficit as a "balance of payments deficit".
`,
  ),
  note(
    "4.6H",
    String.raw`
HL students study how exchange rate changes affect the current account over time, and the consequences of persistent **current account deficits and surpluses**.

### Key ideas
- **Marshall–Lerner condition**: a depreciation (or devaluation) improves the current account only if the sum of the price elasticities of demand for exports and imports is greater than 1: $|\text{PED}_X| + |\text{PED}_M| > 1$.
- **J-curve**: in the short run demand is price inelastic (contracts are fixed and buyers take time to switch), so a depreciation first **worsens** the current account; as demand becomes more elastic, it then improves. Plotted against time, the balance traces a "J".
- Consequences of a persistent **current account deficit**: downward pressure on the exchange rate, the need for capital inflows or borrowing, rising foreign ownership of domestic assets, higher interest rates to attract finance, and possible loss of confidence.
- Correcting a deficit: **expenditure-switching** policies (depreciation, protection), **expenditure-reducing** policies (contractionary fiscal or monetary policy) and **supply-side** policies to improve competitiveness.
- Consequences of a persistent **surplus**: lower domestic consumption, upward pressure on the exchange rate, reduced export competitiveness, and tensions with trading partners.

### Diagrams to know
J-curve: current account balance on the vertical axis, time on the horizontal axis; after the depreciation the balance first falls deeper into deficit, then rises above its starting point.

### Exam tips
- **Explain** why the J-curve happens using elasticities in the short run and long run.
- **Evaluate** expenditure-switching versus expenditure-reducing policies (cost in output, retaliation).
- Common mistake: stating the Marshall–Lerner condition with the word "elastic" but no reference to the *sum* of elasticities.
`,
    HL,
  ),
  note(
    "4.7",
    String.raw`
**Sustainable development** is development that meets the needs of the present without compromising the ability of future generations to meet their own needs (the Brundtland Report, 1987). It links economic growth, social inclusion and environmental protection.

### Key ideas
- The **Sustainable Development Goals (SDGs)**: 17 goals adopted by the United Nations in 2015 for 2030, including ending poverty and hunger, good health, quality education, gender equality, clean water, affordable clean energy and climate action.
- Economic growth can raise living standards but may deplete natural resources, increase pollution and contribute to climate change.
- Poverty and environmental damage are linked: poor households may depend on overused common resources (forests, fish stocks, land) because they lack alternatives.
- Sustainability requires conserving natural capital, so policies include carbon pricing, renewable energy, sustainable agriculture, and protecting common pool resources.
- Trade-offs: short-run growth may conflict with long-run sustainability; high-income countries have contributed most of past emissions, while many low-income countries want to grow.

### Diagrams to know
A PPC can illustrate unsustainable growth: depleting resources today shifts future production possibilities inwards. Externality diagrams (MSC above MPC) show the overproduction of polluting goods.

### Real-world examples
The Paris Agreement (2015) set the goal of limiting global warming to well below 2°C above pre-industrial levels.

### Exam tips
- **Explain** the link between poverty and environmental degradation in both directions.
- **Discuss** sustainability through stakeholders: current and future generations, high- and low-income countries.
- Common mistake: treating economic growth and sustainable development as the same thing.
`,
  ),
  note(
    "4.8",
    String.raw`
Development is multidimensional, so it is measured with **single indicators**, **composite indicators** and measures of inequality, each with strengths and weaknesses.

### Key ideas
- **Single economic indicators**: GDP per capita and GNI per capita, ideally at **purchasing power parity (PPP)** to allow for price differences between countries.
- **Health indicators**: life expectancy at birth, infant and maternal mortality rates.
- **Education indicators**: mean years of schooling, expected years of schooling, literacy rates.
- **Composite indicators**:
  - **Human Development Index (HDI)**: combines a long and healthy life (life expectancy), knowledge (mean and expected years of schooling) and a decent standard of living (GNI per capita at PPP); values from 0 to 1.
  - **Inequality-adjusted HDI (IHDI)**: HDI adjusted for inequality in each dimension.
  - **Gender Inequality Index (GII)** and the **Multidimensional Poverty Index (MPI)**.
- Comparing a country's GNI per capita rank with its HDI rank shows whether it converts income into human development well.
- Limitations: averages hide inequality; data quality varies; informal economy and unpaid work are missed; composite indices depend on chosen weights.

### Real-world examples
Oil-exporting countries with high GNI per capita sometimes have an HDI rank well below their income rank, showing that income alone does not guarantee development.

### Exam tips
- **Explain** why PPP adjustment matters: the same income buys more in countries where prices are lower.
- **Evaluate** any indicator by what it misses.
- Common mistake: treating GDP growth as proof of development.
`,
  ),
  note(
    "4.9",
    String.raw`
Many factors can hold back **economic growth** and **economic development**. They interact, so a country can be caught in a poverty trap in which low income leads to low saving and investment and therefore to low income again.

### Key ideas
- **Poverty cycle (trap)**: low incomes → low savings → low investment in physical and human capital → low productivity → low incomes.
- **Economic barriers**: inequality; lack of **access to credit** and to **infrastructure**; low levels of **human capital** (poor education and healthcare); dependence on **primary commodities** (volatile prices, low income elasticity, long-term decline in the **terms of trade**); limited access to international markets; informal economy; **capital flight**; **indebtedness**; geography (landlocked countries, difficult climate).
- **Political and social barriers**: weak institutions, **corruption**, poor legal and property rights, political instability and conflict, gender inequality, lack of a formal banking system.
- **Natural resources** can become a curse: "Dutch disease" (a resource boom raises the exchange rate and harms other exporters), corruption and conflict over resource revenue.

### Diagrams to know
The poverty cycle as a circular flow chart. A PPC that stays stuck (or shifts slowly) because too few resources go to capital goods.

### Real-world examples
Many landlocked countries face high transport costs for their trade; several resource-rich economies have struggled with the resource curse.

### Exam tips
- **Explain** each barrier through its effect on productive capacity or on well-being.
- **Discuss** which barriers matter most in a specific context; no single factor explains every country's experience.
- Common mistake: listing barriers without linking them to growth or development.
`,
  ),
  note(
    "4.10",
    String.raw`
Countries use a mix of **market-oriented** and **interventionist** strategies to promote growth and development, often with support from international organisations. No single strategy works everywhere.

### Key ideas
- **Trade strategies**: **import substitution** (protecting domestic industry), **export promotion** (producing for world markets), **economic diversification**, and trade liberalisation.
- **Investment in human capital**: education, healthcare and gender equality raise productivity and well-being.
- **Foreign direct investment (FDI)** by **multinational corporations (MNCs)**: brings capital, jobs, technology and tax revenue, but may repatriate profits, exploit weak regulation and create few local linkages.
- **Foreign aid**: humanitarian aid, development aid (grants, concessional loans, project aid); helps fund infrastructure and services but may create dependency or be poorly targeted.
- **Multilateral development assistance**: the **World Bank** (long-term development loans) and the **International Monetary Fund** (short-term help for balance of payments problems, often with conditions).
- **Microfinance**: small loans to entrepreneurs without access to formal credit, often women.
- **Institutional change**: reducing corruption, securing property rights, improving governance and access to banking.
- **Fair trade** organisations guarantee minimum prices to some producers.
- Market-oriented strategies (liberalisation, privatisation, deregulation) versus interventionist strategies (infrastructure, merit goods, industrial policy): most successful economies have combined the two.

### Real-world examples
South Korea and Taiwan combined export promotion with strong state investment in education and industry. The Grameen Bank in Bangladesh is a well-known microfinance institution.

### Exam tips
- **Evaluate** each strategy with its conditions for success.
- **To what extent** questions need a balanced judgement tied to the country's context.
- Common mistake: assuming FDI or aid automatically raises development.
`,
  ),
];

export default { subject: "economics", notes } satisfies SubjectNotes;
