import type { Level } from "@/lib/catalog/catalog-input";
import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Original flashcards for IB Economics (first assessment 2022). Currency is written as € so "$" is only LaTeX.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

const card = (key: string, topicCode: string, levels: Level[], front: string, back: string): FlashcardInput => ({
  key: `economics-fc-${key}`,
  topicCode,
  levels,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // Unit 1
  card("1-1-01", "1.1", BOTH, "Scarcity", "The basic economic problem: human wants are unlimited but the resources available to satisfy them are limited, so choices must be made."),
  card("1-1-02", "1.1", BOTH, "Opportunity cost", "The value of the next best alternative given up when a choice is made."),
  card("1-1-03", "1.1", BOTH, "The four factors of production and their rewards", "Land → rent; labour → wages; capital → interest; entrepreneurship → profit."),
  card("1-1-04", "1.1", BOTH, "What does a point inside, on and outside a PPC show?", "Inside: unemployed or inefficiently used resources. On: full and efficient use of resources (productive efficiency). Outside: unattainable with current resources and technology. An outward shift of the PPC = growth in potential output."),
  card("1-2-01", "1.2", BOTH, "Positive vs normative statements", "Positive: a statement about what is/will be that can be tested against evidence. Normative: a value judgement about what ought to be; cannot be tested."),
  card("1-2-02", "1.2", BOTH, "The nine key concepts of IB Economics", "Scarcity, choice, efficiency, equity, economic well-being, sustainability, change, interdependence, intervention."),
  // Unit 2
  card("2-1-01", "2.1", BOTH, "Law of demand", "Ceteris paribus, as the price of a good rises the quantity demanded falls (and vice versa): a negative causal relationship between price and quantity demanded."),
  card("2-1-02", "2.1", BOTH, "Non-price determinants of demand", "Income (normal and inferior goods), tastes and preferences, prices of related goods (substitutes and complements), demographic changes, expectations. A change shifts the demand curve."),
  card("2-2-01", "2.2", BOTH, "Non-price determinants of supply", "Costs of factors of production, technology, prices of related goods (joint/competitive supply), producer expectations, indirect taxes and subsidies, number of firms, supply shocks (weather, natural disasters)."),
  card("2-3-01", "2.3", BOTH, "Three functions of the price mechanism", "Signalling (prices show where resources are wanted), incentive (higher prices/profits encourage producers to supply more), rationing (prices allocate scarce goods to those willing and able to pay)."),
  card("2-3-02", "2.3", BOTH, "Consumer surplus and producer surplus", "Consumer surplus: the difference between what consumers are willing to pay and what they actually pay (area below D, above price). Producer surplus: the difference between the price received and the minimum price producers would accept (area above S, below price)."),
  card("2-3-03", "2.3", BOTH, "Condition for allocative efficiency", "MB = MC (at the social level MSB = MSC): social/community surplus is maximised."),
  card("2-3h-01", "2.3H", HL, String.raw`In the demand function $Q_d = a - bP$, what do $a$ and $b$ represent?`, String.raw`$a$ is the quantity demanded when $P = 0$ (horizontal intercept); a change in $a$ shifts the curve (non-price determinant). $b$ is the change in $Q_d$ per €1 change in price; a larger $b$ means a flatter demand curve.`),
  card("2-4-01", "2.4", BOTH, "Three limitations of rational consumer choice (behavioural economics)", "Bounded rationality (limited information and time, use of rules of thumb), bounded self-control (e.g. over-eating, under-saving), bounded selfishness (people also care about others). Plus biases such as anchoring, framing and availability."),
  card("2-4-02", "2.4", BOTH, "Nudge and choice architecture", "A nudge changes the way choices are presented to steer behaviour without forbidding options or changing prices. Choice architecture types: default choices, restricted choices, mandated choices."),
  card("2-5-01", "2.5", BOTH, "PED formula", String.raw`$$\text{PED} = \frac{\%\Delta Q_d}{\%\Delta P}$$ Usually negative; |PED| > 1 elastic, < 1 inelastic, = 1 unit elastic.`),
  card("2-5-02", "2.5", BOTH, "PED and total revenue", "Elastic demand: price cut → TR rises; price rise → TR falls. Inelastic demand: price rise → TR rises; price cut → TR falls. Unit elastic: TR unchanged."),
  card("2-5-03", "2.5", BOTH, "YED: formula and interpretation", String.raw`$$\text{YED} = \frac{\%\Delta Q_d}{\%\Delta Y}$$ YED < 0: inferior good. 0 < YED < 1: normal, income-inelastic (necessity). YED > 1: normal, income-elastic (luxury).`),
  card("2-5-04", "2.5", BOTH, "Determinants of PED", "Number and closeness of substitutes, necessity vs luxury, proportion of income spent on the good, time period, addictiveness/habit."),
  card("2-6-01", "2.6", BOTH, "PES formula and determinants", String.raw`$$\text{PES} = \frac{\%\Delta Q_s}{\%\Delta P}$$ Determinants: time period, spare capacity, ability to store stocks, mobility of factors of production, rate at which costs rise.`),
  card("2-7-01", "2.7", BOTH, "Consequences of a maximum price (price ceiling)", "Set below equilibrium: shortage (Qd > Qs), non-price rationing (queues, waiting lists), underground markets, welfare loss; consumers who buy gain, producers lose."),
  card("2-7-02", "2.7", BOTH, "Consequences of a minimum price (price floor)", "Set above equilibrium: surplus (Qs > Qd); government may have to buy the surplus (agriculture) or unemployment results (minimum wage); inefficiency and welfare loss."),
  card("2-7-03", "2.7", BOTH, "Who bears most of an indirect tax?", "The side of the market that is less price elastic. Inelastic demand → consumers bear most; inelastic supply → producers bear most."),
  card("2-7h-01", "2.7H", HL, "How do you calculate tax revenue and the welfare loss of a specific tax?", String.raw`Tax revenue $= t \times Q_{\text{after}}$. Welfare (deadweight) loss $= \tfrac12 \times t \times (Q_{\text{before}} - Q_{\text{after}})$. Consumer burden $= (P_c - P_e) \times Q_{\text{after}}$; producer burden $= (P_e - P_p) \times Q_{\text{after}}$.`),
  card("2-8-01", "2.8", BOTH, "Negative production externality", "An external cost of production borne by third parties: MSC > MPC. The market over-produces (Qm > Q*) and under-prices the good, creating a welfare loss. Example: pollution from factories."),
  card("2-8-02", "2.8", BOTH, "Positive consumption externality", "An external benefit of consumption enjoyed by third parties: MSB > MPB. The market under-consumes (Qm < Q*). Examples: vaccinations, education."),
  card("2-8-03", "2.8", BOTH, "Common pool resources and the tragedy of the commons", "Resources that are rivalrous but non-excludable (fish stocks, forests, the atmosphere). No one owns them, so each user over-uses them and they are depleted."),
  card("2-8-04", "2.8", BOTH, "Carbon tax vs tradable permits", "Carbon tax: fixes the price of emissions, quantity uncertain; raises revenue. Tradable permits (cap and trade): fix the quantity of emissions, price uncertain; firms that cut emissions cheaply sell permits."),
  card("2-9-01", "2.9", BOTH, "Public good: characteristics and why markets fail", "Non-rivalrous and non-excludable. Free-rider problem: people can benefit without paying, so firms cannot make a profit → missing market; government provides via taxes. Example: street lighting, national defence."),
  card("2-10-01", "2.10", HL, "Adverse selection vs moral hazard", "Adverse selection: hidden information *before* a transaction attracts the 'wrong' buyers/sellers (e.g. high-risk people buy insurance). Moral hazard: hidden action *after* a transaction — a party takes more risk because others bear the cost (e.g. bailed-out banks)."),
  card("2-10-02", "2.10", HL, "Signalling and screening", "Signalling: the better-informed party reveals information (warranties, qualifications, brands). Screening: the less-informed party gathers information (medical checks, credit checks)."),
  card("2-11-01", "2.11", HL, "Profit-maximising rule", "Produce where marginal cost = marginal revenue (MC = MR), with MC rising."),
  card("2-11-02", "2.11", HL, "Allocative vs productive efficiency (theory of the firm)", "Allocative: P = MC (price equals marginal cost). Productive: production at minimum ATC (MC = ATC). Perfect competition achieves both in the long run; monopoly neither."),
  card("2-11-03", "2.11", HL, "Short-run shutdown rule", "A firm shuts down in the short run when price < average variable cost (P < AVC). In the long run it leaves when P < ATC."),
  card("2-11-04", "2.11", HL, "Concentration ratio", "The combined market share of the largest firms in an industry, e.g. CR4 = market share of the four largest firms. A high CR (e.g. > 60%) suggests oligopoly."),
  card("2-11-05", "2.11", HL, "Natural monopoly", "An industry where economies of scale are so large that one firm can supply the whole market at lower average cost than two or more firms (e.g. water supply, rail networks)."),
  card("2-12-01", "2.12", HL, "Equity vs equality", "Equity = fairness in distribution (normative). Equality = everyone has the same. A free market distributes income according to ownership of factors of production, not need."),
  // Unit 3
  card("3-1-01", "3.1", BOTH, "GDP by the expenditure approach", String.raw`$$\text{GDP} = C + I + G + (X - M)$$ GNI = GDP + net income from abroad.`),
  card("3-1-02", "3.1", BOTH, "Real GDP and the GDP deflator", String.raw`$$\text{real GDP} = \frac{\text{nominal GDP}}{\text{GDP deflator}} \times 100, \qquad \text{GDP deflator} = \frac{\text{nominal GDP}}{\text{real GDP}} \times 100$$`),
  card("3-1-03", "3.1", BOTH, "Phases of the business cycle", "Expansion (real GDP rising), peak (boom, possible inflationary gap), contraction/recession (real GDP falling for two consecutive quarters), trough. The long-term trend line shows potential output growth."),
  card("3-2-01", "3.2", BOTH, "Determinants of aggregate demand", "C: income, wealth, confidence, interest rates, household debt, taxes. I: interest rates, business confidence, technology, business taxes, corporate debt. G: political/economic priorities. X − M: foreign incomes, exchange rates, trade policies."),
  card("3-2-02", "3.2", BOTH, "Keynesian vs new classical view of aggregate supply", "New classical: vertical LRAS at potential output; the economy self-corrects through flexible wages and prices. Keynesian: AS horizontal at low output (spare capacity), then upward sloping, then vertical; wages are sticky downward, so an equilibrium below full employment can persist."),
  card("3-3-01", "3.3", BOTH, "Unemployment rate formula", String.raw`$$\text{unemployment rate} = \frac{\text{number unemployed}}{\text{labour force}} \times 100$$ Labour force = employed + unemployed (actively seeking work).`),
  card("3-3-02", "3.3", BOTH, "Types of unemployment", "Frictional (between jobs), seasonal, structural (skills/location mismatch, long-term), cyclical/demand-deficient (fall in AD). Natural rate = frictional + structural + seasonal."),
  card("3-3-03", "3.3", BOTH, "Demand-pull vs cost-push inflation", "Demand-pull: AD increases faster than AS (AD shifts right near full employment). Cost-push: rising costs of production (wages, oil, imported inputs) shift SRAS left."),
  card("3-3-04", "3.3", BOTH, "Deflation vs disinflation", "Deflation: a sustained fall in the general price level (negative inflation). Disinflation: a fall in the rate of inflation — prices still rise, but more slowly."),
  card("3-3-05", "3.3", HL, "Short-run vs long-run Phillips curve", "SRPC: inverse relationship between inflation and unemployment for a given expected inflation rate. LRPC: vertical at the natural rate of unemployment — no long-run trade-off; expansionary demand policy only raises inflation in the long run."),
  card("3-3h-01", "3.3H", HL, "How is a weighted price index constructed?", "1) Choose a base year and a basket of goods. 2) Find each item's price index (current price ÷ base price × 100). 3) Multiply each index by its weight (share of spending). 4) Add the weighted values to get the overall index."),
  card("3-4-01", "3.4", BOTH, "Lorenz curve and Gini coefficient", "Lorenz curve: cumulative % of income plotted against cumulative % of population; the further from the 45° line of equality, the more unequal. Gini coefficient = area between line of equality and Lorenz curve ÷ total area under the line of equality (0 = perfect equality, 1 = perfect inequality)."),
  card("3-4-02", "3.4", BOTH, "Progressive, proportional and regressive taxes", "Progressive: average tax rate rises as income rises. Proportional: same percentage at all incomes. Regressive: average tax rate falls as income rises (indirect taxes are often regressive in effect)."),
  card("3-4h-01", "3.4H", HL, "Marginal vs average tax rate", "Marginal tax rate: the tax rate on an additional unit of income. Average tax rate = total tax ÷ total income × 100. In a progressive system the marginal rate is above the average rate."),
  card("3-5-01", "3.5", BOTH, "Tools of monetary policy", "Changes in the central bank's policy (base) interest rate, open market operations, minimum reserve requirements, quantitative easing."),
  card("3-5-02", "3.5", BOTH, "Real interest rate", "Real interest rate ≈ nominal interest rate − inflation rate."),
  card("3-6-01", "3.6", BOTH, "Automatic stabilizers", "Changes in tax revenue and government spending that happen automatically over the business cycle (progressive income taxes, unemployment benefits), reducing fluctuations in AD without any policy decision."),
  card("3-6-02", "3.6", BOTH, "Crowding out", "Government borrowing to finance a deficit increases demand for loanable funds, raising interest rates and reducing private investment (and consumption), partly offsetting the expansionary effect of fiscal policy."),
  card("3-6h-01", "3.6H", HL, "Keynesian multiplier formula", String.raw`$$k = \frac{1}{1 - MPC} = \frac{1}{MPS + MPT + MPM}$$ $\Delta Y = k \times \Delta J$ (change in injection: I, G or X).`),
  card("3-7-01", "3.7", BOTH, "Interventionist vs market-based supply-side policies", "Interventionist: government spends/acts to raise productive capacity (education, training, infrastructure, R&D, industrial policy). Market-based: reduce intervention to increase competition and flexibility (deregulation, privatisation, trade liberalisation, labour market reforms, tax cuts)."),
  // Unit 4
  card("4-1-01", "4.1", BOTH, "Benefits of international trade", "Lower prices, greater choice, access to resources and goods not available domestically, economies of scale, increased competition and efficiency, transfer of technology and ideas, source of foreign exchange."),
  card("4-1h-01", "4.1H", HL, "Absolute vs comparative advantage", "Absolute advantage: able to produce more of a good with the same resources than another country. Comparative advantage: able to produce a good at a lower opportunity cost than another country. Gains from trade arise from comparative advantage."),
  card("4-2-01", "4.2", BOTH, "Types of trade protection", "Tariffs (taxes on imports), import quotas (limits on quantity), production subsidies to domestic firms, export subsidies, administrative barriers (standards, customs procedures, bureaucracy)."),
  card("4-2h-01", "4.2H", HL, "Welfare effects of a tariff", String.raw`Tariff revenue $= t \times$ imports after the tariff. Welfare loss = production triangle $\tfrac12 \times t \times \Delta Q_s$ + consumption triangle $\tfrac12 \times t \times \Delta Q_d$.`),
  card("4-3-01", "4.3", BOTH, "Arguments for trade protection", "Protect infant industries, protect employment, national security, health/safety/environmental standards, anti-dumping, unfair competition, balance of payments correction, government revenue, economic diversification."),
  card("4-4-01", "4.4", BOTH, "Levels of economic integration (shallow → deep)", "Preferential trade agreement → free trade area → customs union (common external tariff) → common market (free movement of factors) → economic and monetary union (common currency)."),
  card("4-4-02", "4.4", BOTH, "Trade creation vs trade diversion", "Trade creation: higher-cost domestic production is replaced by lower-cost imports from a member (welfare gain). Trade diversion: lower-cost imports from a non-member are replaced by higher-cost imports from a member (welfare loss)."),
  card("4-5-01", "4.5", BOTH, "Appreciation vs revaluation; depreciation vs devaluation", "Appreciation/depreciation: rise/fall in a floating currency's value due to market forces. Revaluation/devaluation: deliberate rise/fall in a fixed exchange rate by the government or central bank."),
  card("4-5-02", "4.5", BOTH, "Causes of a currency appreciation (floating rate)", "Higher demand for the currency or lower supply: higher relative interest rates, more exports, inward FDI/portfolio investment, speculation, lower relative inflation, central bank buying its currency."),
  card("4-6-01", "4.6", BOTH, "Components of the balance of payments", "Current account (trade in goods, trade in services, primary income, secondary income); capital account (capital transfers, non-produced non-financial assets); financial account (FDI, portfolio investment, reserve assets). Together they sum to zero (with errors and omissions)."),
  card("4-6h-01", "4.6H", HL, "Marshall–Lerner condition", "A depreciation improves the current account balance only if PEDx + PEDm > 1 (sum of the price elasticities of demand for exports and imports)."),
  card("4-6h-02", "4.6H", HL, "J-curve effect", "After a depreciation the current account first worsens (demand for exports and imports is price inelastic in the short run), then improves as demand becomes more elastic over time."),
  card("4-7-01", "4.7", BOTH, "Sustainable development", "Development that meets the needs of the present without compromising the ability of future generations to meet their own needs. The UN's 17 Sustainable Development Goals (SDGs) set targets for 2030."),
  card("4-8-01", "4.8", BOTH, "Components of the Human Development Index (HDI)", "Health: life expectancy at birth. Education: mean years of schooling and expected years of schooling. Standard of living: GNI per capita (PPP)."),
  card("4-8-02", "4.8", BOTH, "Why use purchasing power parity (PPP)?", "PPP adjusts incomes for differences in the cost of living between countries, so comparisons show what incomes can actually buy rather than converting at market exchange rates."),
  card("4-9-01", "4.9", BOTH, "Barriers to economic growth and development", "Poverty traps, inequality, weak institutions/corruption, poor infrastructure, low human capital, lack of access to credit, over-dependence on primary commodities, political instability, geography, debt."),
  card("4-9-02", "4.9", HL, "Terms of trade formula", String.raw`$$\text{terms of trade} = \frac{\text{index of average export prices}}{\text{index of average import prices}} \times 100$$ A rise is an improvement (exports buy more imports); a fall is a deterioration.`),
  card("4-10-01", "4.10", BOTH, "Growth and development strategies", "Trade strategies (export promotion, import substitution, diversification), FDI, foreign aid, multilateral development assistance, microfinance, fair trade, investment in human capital, good governance, women's empowerment, debt relief."),
];

const content: SubjectFlashcards = { subject: "economics", flashcards };

export default content;
