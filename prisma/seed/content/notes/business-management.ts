import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Business Management (first assessment 2024), one per leaf topic. Original writing.
// Money is written with currency codes in words so that "$" is only ever a LaTeX delimiter. Exam-tip
// guidance follows the question bank's command terms; it is advice, not official IB wording.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `bm-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── Unit 1: Introduction to business management
  note(
    "1.1",
    String.raw`
A **business** is an organization that combines resources (land, labour, capital and enterprise) to provide goods or services that satisfy customers' needs and wants. Businesses create value by turning inputs into outputs worth more than the inputs, and they operate in one or more sectors of the economy.

### Key ideas
| Sector | Activity | Example |
|---|---|---|
| Primary | Extracting natural resources | Farming, fishing, mining |
| Secondary | Manufacturing and construction | Car assembly, bakeries |
| Tertiary | Providing services | Banking, tourism, retail |
| Quaternary | Knowledge and information services | Software, research, consulting |

- The four **business functions** are human resources, finance and accounts, marketing and operations; they depend on each other.
- **Sectoral change**: as economies develop, employment and output usually shift from primary towards tertiary and quaternary sectors.
- **Entrepreneurs** take the risk of starting a business; **intrapreneurs** act entrepreneurially inside an existing organization.
- Reasons for starting a business include independence, profit, a gap in the market and a social goal; problems include finance, building a customer base, and competition.

### Worked example
A farmer grows wheat (primary), a mill turns it into flour and a bakery bakes bread (secondary), and a café sells the bread (tertiary). Each stage adds value: if the café buys bread for USD 2 and sells sandwiches for USD 6, part of the USD 4 difference pays for its staff and rent, and the rest is profit.

### Exam tips
- **Define** terms precisely (e.g. entrepreneurship, value added) and **Explain** with the case organization's context.
- Do not confuse the quaternary sector with tertiary services in general: it is knowledge-based.
- When asked about problems of start-ups, link each one to the case (e.g. lack of collateral for a loan).
`,
  ),
  note(
    "1.2",
    String.raw`
Business entities differ in who owns them, who carries the risk and what their purpose is. The main distinction is between the **private sector** (owned by individuals or shareholders) and the **public sector** (owned or controlled by government), with **for-profit social enterprises** and **non-profit social enterprises** pursuing social goals.

### Key ideas
| Entity | Liability | Key advantage | Key disadvantage |
|---|---|---|---|
| Sole trader | Unlimited | Full control, keeps all profit | Limited finance, personal risk |
| Partnership | Usually unlimited | More capital and skills | Disagreements, shared profit |
| Privately held company | Limited | Limited liability, control kept by few | Cannot sell shares to the public |
| Publicly held company | Limited | Can raise large capital on the stock exchange | Risk of takeover, disclosure rules |

- **Limited liability**: shareholders can lose only what they invested.
- **For-profit social enterprises** (e.g. cooperatives, private-sector companies with social aims) reinvest surplus to meet social goals.
- **Non-profit social enterprises** include non-governmental organizations (NGOs) and charities.
- A **cooperative** is owned and run by its members (workers or customers).

### Worked example
A sole trader with a café borrows USD 40 000 and fails. Creditors can claim her personal assets. Had she formed a privately held company with USD 40 000 of share capital, her loss would be limited to that investment.

### Exam tips
- **Discuss** a change of legal form (e.g. going public): weigh finance against loss of control and short-termism.
- Avoid calling a public sector organization a "public company": a publicly held company is private-sector.
- Use the case's specific numbers and owners' objectives when you **Recommend** a legal form.
`,
  ),
  note(
    "1.3",
    String.raw`
Objectives give an organization direction. A **vision statement** describes where the organization wants to be in the long term; a **mission statement** sets out its purpose and values. From these come **aims** (broad goals), **objectives** (measurable targets), **strategies** (long-term plans) and **tactics** (short-term actions).

### Key ideas
- **Strategic objectives** are long term (e.g. become market leader); **tactical objectives** are short to medium term and support them.
- Typical objectives: profit, growth, market share, survival, social and environmental responsibility.
- **SMART** objectives are specific, measurable, achievable, realistic and time-bound.
- **Corporate social responsibility (CSR)** means acting in ways that benefit society beyond legal duties; attitudes to CSR change with time, culture and public pressure.
- Objectives change because of internal factors (new leadership, finances) and external factors (recession, new competitors, technology).

| Level | Example |
|---|---|
| Vision | "Sustainable mobility for every city" |
| Strategic objective | 20% market share within five years |
| Tactic | Summer price promotion |

### Worked example
A juice maker sets the objective "increase revenue by 10% in 12 months". Last year's revenue was USD 800 000, so the target is USD 880 000. The objective is measurable and time-bound, so managers can check progress each quarter.

### Exam tips
- **Distinguish** vision from mission: vision = future destination, mission = present purpose.
- **Evaluate** CSR by weighing reputation and staff loyalty against costs and possible "greenwashing" accusations.
- Do not list objectives without linking them to the case organization's situation.
`,
  ),
  note(
    "1.4",
    String.raw`
**Stakeholders** are individuals or groups with an interest in an organization's activities. **Internal stakeholders** are inside it (employees, managers, shareholders); **external stakeholders** are outside it (customers, suppliers, government, local community, pressure groups, financiers, competitors).

### Key ideas
- Stakeholders have different interests, so **conflict** is common: shareholders want higher profit, employees want higher pay, the community wants less pollution.
- Areas of **mutual benefit** also exist: a profitable business can pay better wages and invest locally.
- **Stakeholder mapping** places groups by their **power** and **interest**:

| | Low interest | High interest |
|---|---|---|
| High power | Keep satisfied | Manage closely (key players) |
| Low power | Monitor | Keep informed |

- Conflicts are resolved through negotiation, compromise, communication and, sometimes, prioritizing the most powerful group.

### Worked example
A factory plans a 24-hour shift. Shareholders (high power, high interest) support the higher output; local residents (low power, high interest) object to noise and must be kept informed; the local government (high power, medium interest) can refuse permits and must be kept satisfied. A compromise could be noise barriers and night deliveries only from one side of the site.

### Exam tips
- **Explain** a conflict by naming two stakeholders, their interests and why they clash in the case.
- Shareholders are internal stakeholders; do not confuse them with stakeholders in general.
- In **Discuss** questions, suggest how management could reduce the conflict rather than just describing it.
`,
  ),
  note(
    "1.5",
    String.raw`
Businesses grow to gain lower costs, more market power and security. Growth can be **internal (organic)** — expanding from within — or **external** — joining with other firms. Not every business wants to be large: small firms can be flexible and close to customers.

### Key ideas
- **Economies of scale** lower average cost as output rises: purchasing (bulk buying), technical, financial (cheaper borrowing), marketing, managerial and risk-bearing.
- **Diseconomies of scale** raise average cost when a firm becomes too large: poor communication, weak coordination, low motivation.
- **External growth** methods:

| Method | Meaning |
|---|---|
| Merger | Two firms agree to form one |
| Acquisition / takeover | One firm buys a controlling interest in another (a takeover may be hostile) |
| Joint venture | Two firms create a new, jointly owned business |
| Strategic alliance | Firms cooperate but stay independent |
| Franchising | A franchisor licenses its brand and model to franchisees for fees/royalties |

- Integration can be **horizontal** (same stage), **vertical** backward (towards suppliers) or forward (towards customers), or **conglomerate** (unrelated).

### Tools and formulae
Average cost $= \dfrac{\text{total cost}}{\text{output}}$

### Worked example
At 10 000 units total cost is USD 100 000, so average cost is USD 10. At 30 000 units total cost is USD 240 000, so average cost falls to USD 8: economies of scale.

### Exam tips
- **Distinguish** internal from external economies of scale (industry-wide benefits such as skilled local labour).
- **Evaluate** external growth: it is fast but risky (culture clash, cost of acquisition).
`,
  ),
  note(
    "1.6",
    String.raw`
A **multinational company (MNC)** operates in more than one country, usually with a head office in its home country and production or service units abroad. Globalization — lower trade barriers, better transport and digital communication — has helped MNCs spread.

### Key ideas
- **Reasons to become an MNC**: access new markets, lower costs (labour, land), avoid trade barriers by producing locally, gain raw materials, spread risk.
- **Impact on host countries**:

| Possible benefits | Possible drawbacks |
|---|---|
| Jobs and training | Local firms pushed out |
| Tax revenue and investment | Profits sent back to home country |
| Technology and skills transfer | Exploitation of labour or environment |
| More choice for consumers | Cultural homogenization; political influence |

- Host governments may offer incentives (tax breaks, grants) or impose conditions (local hiring, local content rules).
- The impact depends on the MNC's ethics and the host country's regulation.

### Worked example
An electronics MNC opens a plant employing 2 000 people in a region where average unemployment is high. The jobs and tax revenue are clear benefits; but if most components are imported and profits are repatriated, the local multiplier effect is smaller than the headline suggests.

### Exam tips
- **Discuss** the impact of an MNC on a host country from several stakeholders' viewpoints (workers, local firms, government).
- Avoid one-sided answers: judge whether benefits outweigh drawbacks in the case's context.
- Do not confuse an MNC with a firm that only exports: an MNC has operations abroad.
`,
  ),

  // ── Unit 2: Human resource management
  note(
    "2.1",
    String.raw`
**Human resource management (HRM)** is the planning, recruitment, training, development, appraisal and dismissal of an organization's workforce. **Workforce planning** compares the staff the organization will need with the staff it has, and plans to close the gap.

### Key ideas
- **Recruitment** can be **internal** (promotion; cheaper, motivating, known candidates) or **external** (new ideas, wider pool, but costly and slower).
- **Training**: induction, on-the-job (learning while working) and off-the-job (courses away from the workplace); cognitive and behavioural training.
- **Appraisal**: formative, summative, 360-degree feedback and self-appraisal.
- **Dismissal** (for misconduct or poor performance) differs from **redundancy** (the job no longer exists).
- Changes in work patterns: flexitime, teleworking, the gig economy, outsourcing, offshoring and migration affect HR planning.

### Tools and formulae
$$\text{labour turnover} = \frac{\text{number of staff leaving in a year}}{\text{average number of staff}} \times 100$$

### Worked example
A hotel had 120 staff on average; 18 left during the year. Labour turnover $= \frac{18}{120} \times 100 = 15\%$. If the industry average is 25%, the hotel retains staff relatively well, saving recruitment and training costs.

### Exam tips
- **Calculate** labour turnover and then **Explain** what it suggests (e.g. low morale, poor pay, or normal for seasonal work).
- Distinguish dismissal from redundancy, and outsourcing from offshoring (offshoring moves work abroad).
- In **Evaluate** answers on external recruitment, weigh new skills against cost and time.
`,
  ),
  note(
    "2.2",
    String.raw`
**Organizational structure** is the way roles, responsibilities and reporting lines are arranged. It affects communication, speed of decision-making and motivation, and is usually shown in an **organizational chart**.

### Key ideas
| Term | Meaning |
|---|---|
| Hierarchy | Levels of authority from top to bottom |
| Chain of command | The route through which instructions pass |
| Span of control | Number of subordinates directly reporting to a manager |
| Delegation | Passing authority (not ultimate responsibility) down |
| Delayering | Removing layers of hierarchy |
| Centralization / decentralization | Decisions made at the top / spread down the organization |
| Bureaucracy | Formal rules and procedures |

- **Tall structures**: narrow spans, many layers, close supervision, slow communication.
- **Flat structures**: wide spans, few layers, faster communication, more autonomy.
- Structures by **function**, **product** or **region**; **matrix** (project-based) structures combine functional and project teams.
- **Charles Handy's shamrock organization**: core staff, contractual fringe (outsourced work) and flexible workforce.

### Worked example
A firm with 64 shop-floor staff and spans of control of 4 needs 16 supervisors, 4 managers and 1 director: four levels. With spans of 8 it needs 8 supervisors and 1 manager: a flatter structure with fewer layers and lower salary costs, but each manager supervises more people.

### Exam tips
- **Construct** an organizational chart from case data: label every level clearly.
- **Explain** how delayering changes the span of control, communication and motivation.
- Do not say delegation removes responsibility: managers remain accountable.
`,
  ),
  note(
    "2.3",
    String.raw`
**Management** is about planning, organizing, commanding, coordinating and controlling resources to meet objectives. **Leadership** is about setting direction and inspiring people to follow. A good manager is not always a good leader, and vice versa.

### Key ideas
| Leadership style | Features | Suits |
|---|---|---|
| Autocratic | Leader decides alone; little consultation | Crises, unskilled or new staff |
| Paternalistic | Leader decides in what they believe are staff's best interests | Family businesses, some cultures |
| Democratic | Staff are consulted and take part in decisions | Skilled staff, creative work |
| Laissez-faire | Staff decide with minimal direction | Highly skilled, motivated experts |
| Situational | Style adapts to the task and people | Changing conditions |

- Henri Fayol's functions of management: plan, organize, command, coordinate, control.
- Ethical considerations and cultural differences influence which leadership and management styles work and are accepted.

### Worked example
A software start-up of 12 expert developers uses a democratic style: weekly meetings let staff vote on features. When a data breach occurs, the founder switches to an autocratic style for 48 hours to coordinate a fast response — an example of situational leadership.

### Exam tips
- **Analyse** a style's suitability by linking it to the staff, the task and the urgency in the case.
- **Evaluate**: no style is best in all situations; justify your recommendation.
- Avoid describing paternalistic leadership as "kind": it can be controlling.
`,
  ),
  note(
    "2.4",
    String.raw`
**Motivation** is the drive that makes people act and keep acting towards a goal. Motivated employees are more productive, less likely to leave and more open to change. **Demotivation** lowers output and quality and raises labour turnover.

### Key ideas
| Theorist | Core idea |
|---|---|
| Taylor | Workers are motivated mainly by money; pay by output (piece rate) |
| Maslow | Hierarchy of needs: physiological, safety, social, esteem, self-actualization |
| Herzberg | Hygiene factors (pay, conditions) prevent dissatisfaction; motivators (achievement, recognition, responsibility) motivate |
| Adams | Equity theory: people compare their inputs and rewards with others' |
| Pink | Intrinsic motivation: autonomy, mastery, purpose |

- **Financial rewards**: salary, wages (time or piece rate), commission, profit-related pay, performance-related pay, employee share ownership, fringe payments.
- **Non-financial rewards**: job enrichment, job rotation, job enlargement, empowerment, purpose, teamwork.

### Worked example
A worker on a piece rate of USD 0.80 per unit makes 500 units a day and earns USD 400. If quality checks then reject 10% of units and only accepted units are paid, pay falls to USD 360, which may push the worker to focus on quality.

### Exam tips
- **Apply** a named theory to the case rather than just describing it.
- Herzberg: pay is a hygiene factor; do not claim it motivates in the long term.
- **Evaluate** reward schemes: piece rates may lower quality; profit-sharing links weakly to individual effort.
`,
  ),
  note(
    "2.5",
    String.raw`
**Organizational (corporate) culture** is the shared values, beliefs and norms that shape "the way things are done" in an organization. It shows in dress codes, meetings, language, attitudes to risk and how people treat each other.

### Key ideas
- Handy's types of culture:

| Culture | Features |
|---|---|
| Power | Control by one central person or small group |
| Role | Bureaucratic; rules and job descriptions matter |
| Task | Team- and project-based; expertise valued |
| Person | Individuals are the focus (e.g. partnerships of professionals) |

- Other classifications contrast, for example, **innovative** and **conservative** cultures.
- **Culture clash** happens when cultures meet: mergers, acquisitions, new leaders, international expansion. Results include conflict, low morale, higher labour turnover and failed integration.
- Individuals influence culture (especially founders and leaders), and culture influences how individuals behave.

### Worked example
A laid-back tech start-up with a task culture is bought by a bank with a role culture. Developers must now fill in approval forms for every change; within a year, 8 of the 20 developers leave. The acquisition's expected gains fall short because of the culture clash.

### Exam tips
- **Explain** the consequences of culture clash in the case with specific effects (motivation, turnover, productivity).
- **Discuss** how managers could manage the clash: communication, training, involving staff, a gradual change.
- Do not confuse organizational culture with national culture, although national culture influences it.
`,
    HL,
  ),
  note(
    "2.6",
    String.raw`
**Communication** is the transfer of information between a sender and a receiver through a medium, with feedback. Effective communication coordinates work, motivates staff and builds relationships with external stakeholders.

### Key ideas
- **Formal communication** follows official channels (reports, meetings, memos); **informal communication** happens through social contact (the "grapevine").
- Methods: written (email, letters), verbal (meetings, calls), non-verbal (body language), visual (charts) and digital (intranet, messaging apps).
- **Barriers to communication**:

| Barrier | Example |
|---|---|
| Language and jargon | Technical terms confuse customers |
| Cultural differences | Gestures or directness interpreted differently |
| Too many layers | Messages distorted down the hierarchy |
| Information overload | Key emails are missed |
| Poor choice of medium | Bad news delivered by email |

- Ways to reduce barriers: clear language, suitable channels, fewer layers, feedback loops, training.

### Worked example
A manager emails 40 staff about a new shift rota. Two weeks later, 12 are still working the old rota because the email was buried among 150 others. A short team briefing with a printed rota and questions would have given immediate feedback.

### Exam tips
- **Explain** barriers using the case's structure and context (e.g. an MNC's time zones and languages).
- **Recommend** a communication method by weighing speed, cost, clarity and the need for feedback.
- Do not treat informal communication only as negative: it can spread information fast and build team spirit.
`,
  ),
  note(
    "2.7",
    String.raw`
**Industrial (employee) relations** describe the relationship between employers and employees, often through their representatives. Conflict arises when interests differ, for example over pay, working conditions, job security or changes in work practices.

### Key ideas
- **Employee representatives**: trade (labour) unions and other workers' representatives negotiate with employers through **collective bargaining**.
- **Employer representatives**: managers and employers' associations.
- **Employee industrial action**: slowdowns (go-slows), work-to-rule, overtime bans, strikes.
- **Employer responses**: threats of redundancy, changes of contract, closure, lock-outs.
- **Approaches to conflict resolution**: negotiation, conciliation (a third party helps both sides talk), arbitration (a third party decides), employee participation, no-strike agreements.
- **Resistance to change** comes from self-interest, low trust, fear of the unknown and different views of the situation.

### Worked example
A union asks for a 6% pay rise; the employer offers 2%. After a one-day strike costing the firm an estimated USD 150 000 of lost output, both sides accept conciliation and settle on 4% plus flexible hours. The compromise costs less than prolonged action.

### Exam tips
- **Distinguish** conciliation from arbitration: the arbitrator's decision may be binding.
- **Evaluate** industrial action from both sides: strikes also cost workers their pay.
- Link resistance to change to how management introduced the change in the case.
`,
    HL,
  ),

  // ── Unit 3: Finance and accounts
  note(
    "3.1",
    String.raw`
Finance is needed to start a business, run it day to day and expand it. **Capital expenditure** buys fixed (non-current) assets used for more than a year, such as machinery and buildings. **Revenue expenditure** pays for day-to-day running costs, such as wages, rent and raw materials.

### Key ideas
| | Capital expenditure | Revenue expenditure |
|---|---|---|
| What it buys | Long-term assets | Short-term running costs |
| Appears in | Statement of financial position (as an asset) | Statement of profit or loss (as an expense) |
| Example | A delivery van | Fuel for the van |

- Matching the finance to the use matters: long-term assets should generally be funded by long-term finance, and running costs by short-term finance.
- The role of the finance function: record transactions, plan and control spending, raise funds, and provide information for decisions.

### Worked example
A bakery spends USD 25 000 on a new oven and USD 3 000 a month on flour and electricity. The oven is capital expenditure (recorded as a non-current asset and depreciated over its life); the USD 36 000 a year on flour and electricity is revenue expenditure charged against profit.

### Exam tips
- **Distinguish** capital from revenue expenditure with an example from the case.
- A common mistake is calling repairs to a machine capital expenditure: routine maintenance is revenue expenditure.
- Link types of expenditure to suitable sources of finance (3.2).
`,
  ),
  note(
    "3.2",
    String.raw`
Businesses raise money from **internal sources** (from within the organization) and **external sources** (from outside). The right source depends on the amount, the purpose, the time period, cost, the legal form and the owners' wish to keep control.

### Key ideas
| Internal | External |
|---|---|
| Personal funds (sole traders) | Share capital (limited companies) |
| Retained profit | Loans (medium to long term) |
| Sale of assets | Overdrafts and trade credit (short term) |
| | Crowdfunding, leasing, microfinance, business angels, grants, subsidies, debt factoring |

- **Short-term** finance: overdrafts, trade credit, debt factoring. **Long-term**: loans, share capital, retained profit, leasing (medium to long).
- **Debt** must be repaid with interest but keeps ownership; **equity** (shares) needs no repayment but dilutes control.
- Retained profit has no interest cost but has an **opportunity cost**.

### Worked example
A firm borrows USD 20 000 for one year at 6% simple interest. Interest $= 20\,000 \times 0.06 =$ USD 1 200, so it repays USD 21 200. Raising the same money by selling shares would avoid interest but give new owners a share of future profits and votes.

### Exam tips
- **Recommend** a source by matching it to purpose and term: do not fund a factory with an overdraft.
- Remember that sole traders and partnerships cannot issue shares.
- **Evaluate** by weighing cost, control, risk and availability in the case's context.
`,
  ),
  note(
    "3.3",
    String.raw`
Every business must know what it costs to produce and what it earns from sales. **Costs** can be classified by how they behave as output changes; **revenue** is the income from selling goods or services.

### Key ideas
| Cost | Behaviour | Example |
|---|---|---|
| Fixed | Do not change with output (in the short run) | Rent, salaries, insurance |
| Variable | Change directly with output | Raw materials, packaging |
| Semi-variable | Fixed part plus variable part | Phone bill, electricity |
| Direct | Linked to a specific product | Ingredients of one product |
| Indirect (overheads) | Shared across products | Head-office costs |

- **Revenue streams**: sales, subscriptions, advertising, licensing, franchise fees, donations and others.

### Tools and formulae
- Total cost: $TC = FC + (VC \times Q)$
- Total revenue: $TR = P \times Q$
- Profit $= TR - TC$

### Worked example
A firm sells 2 000 units at USD 15. Fixed costs are USD 8 000 and the variable cost is USD 6 per unit.
- $TR = 15 \times 2\,000 =$ USD 30 000
- $TC = 8\,000 + 6 \times 2\,000 =$ USD 20 000
- Profit $=$ USD 10 000

### Exam tips
- **Calculate** with clear working and units (currency code).
- Fixed costs are fixed only within a range and time period; they can rise if capacity expands.
- Do not mix up direct/indirect (who the cost relates to) with variable/fixed (how it changes with output).
`,
  ),
  note(
    "3.4",
    String.raw`
**Final accounts** report an organization's financial performance and position to stakeholders. The two main statements are the **statement of profit or loss (profit and loss account)** and the **statement of financial position (balance sheet)**.

### Key ideas
- **Statement of profit or loss**: sales revenue − cost of sales = gross profit; gross profit − expenses = profit before interest and tax; then interest and tax; the rest is retained profit or paid as dividends.
- **Statement of financial position**: non-current assets + current assets − current liabilities − non-current liabilities = net assets = equity (share capital + retained profit).
- Stakeholders using accounts: shareholders, managers, employees, lenders, suppliers, government, competitors.
- **Intangible assets** include brands, patents, copyrights and goodwill; they are hard to value.
- **Depreciation** spreads the cost of a non-current asset over its useful life.

### Tools and formulae
- Straight-line: $\text{annual depreciation} = \dfrac{\text{cost} - \text{residual value}}{\text{life span (years)}}$
- Units of production: $\text{depreciation per unit} = \dfrac{\text{cost} - \text{residual value}}{\text{expected total units over its life}}$, then multiply by units produced in the year
- Net book value $=$ cost $-$ accumulated depreciation

### Worked example
A machine costs USD 50 000, with a residual value of USD 10 000 after 4 years.
- Straight-line: $\frac{50\,000 - 10\,000}{4} =$ USD 10 000 a year.
- Net book value after 2 years: $50\,000 - 2 \times 10\,000 =$ USD 30 000.
- Units of production: if the machine is expected to make 200 000 units, the charge is $\frac{40\,000}{200\,000} =$ USD 0.20 per unit; in a year with 60 000 units, depreciation is USD 12 000.

### Exam tips
- **Construct** final accounts in the IB layout; keep labels exact and totals consistent.
- Depreciation is an expense in the statement of profit or loss and reduces the asset's value in the statement of financial position; it is not a cash outflow.
`,
  ),
  note(
    "3.5",
    String.raw`
Ratio analysis turns final accounts into comparable measures. **Profitability ratios** show how well a business turns sales and capital into profit; **liquidity ratios** show whether it can pay its short-term debts.

### Tools and formulae
- Gross profit margin $= \dfrac{\text{gross profit}}{\text{sales revenue}} \times 100$
- Profit margin $= \dfrac{\text{profit before interest and tax}}{\text{sales revenue}} \times 100$
- ROCE $= \dfrac{\text{profit before interest and tax}}{\text{capital employed}} \times 100$, where capital employed = non-current liabilities + equity
- Current ratio $= \dfrac{\text{current assets}}{\text{current liabilities}}$
- Acid test (quick) ratio $= \dfrac{\text{current assets} - \text{stock}}{\text{current liabilities}}$

### Key ideas
- Ratios mean little alone: compare with past years, competitors and the industry average.
- Strategies to improve profitability: raise prices, cut costs, sell more; for liquidity: sell assets, reduce stock, chase debtors, raise short-term finance.

### Worked example
Revenue USD 500 000, cost of sales USD 300 000, expenses USD 120 000, capital employed USD 400 000, current assets USD 90 000 (including stock USD 30 000), current liabilities USD 60 000.
- Gross profit USD 200 000: GPM $= 40\%$
- Profit before interest and tax USD 80 000: profit margin $= 16\%$, ROCE $= 20\%$
- Current ratio $= 1.5$; acid test $= 1.0$

### Exam tips
- **Calculate** showing formula, substitution and answer with units (% or ratio).
- **Interpret**: a current ratio of about 1.5–2 is often seen as comfortable, but it depends on the industry.
- A high current ratio is not always good: it can mean idle cash or too much stock.
`,
  ),
  note(
    "3.6",
    String.raw`
**Efficiency ratios** show how well a business uses its resources, and **gearing** shows how much of its capital comes from long-term debt. They help managers, lenders and investors judge risk and working capital management.

### Tools and formulae
- Stock turnover (times) $= \dfrac{\text{cost of sales}}{\text{average stock}}$; in days $= \dfrac{\text{average stock}}{\text{cost of sales}} \times 365$
- Debtor days $= \dfrac{\text{debtors}}{\text{total sales revenue}} \times 365$
- Creditor days $= \dfrac{\text{creditors}}{\text{cost of sales}} \times 365$
- Gearing ratio $= \dfrac{\text{non-current liabilities}}{\text{capital employed}} \times 100$

### Key ideas
- A higher stock turnover means stock sells quickly (important for perishables).
- Fewer debtor days means customers pay faster, which helps cash flow.
- More creditor days keeps cash longer, but may harm supplier relationships.
- Gearing above about 50% is usually seen as high: more risk when interest rates rise.

### Worked example
Cost of sales USD 300 000, average stock USD 25 000, revenue USD 500 000, debtors USD 50 000, creditors USD 30 000, non-current liabilities USD 100 000, capital employed USD 400 000.
- Stock turnover $= 12$ times (about 30.4 days)
- Debtor days $= 36.5$; creditor days $= 36.5$
- Gearing $= 25\%$ (low gearing)

### Exam tips
- **Calculate** and then **Explain** what the figure means for the case's business.
- Stock turnover must use cost of sales, not revenue.
- **Recommend** strategies: reduce stock (just-in-time), tighter credit control, negotiate longer supplier credit, repay loans or issue shares to reduce gearing.
`,
    HL,
  ),
  note(
    "3.7",
    String.raw`
**Cash flow** is the movement of money into and out of a business. Profit and cash are different: a profitable firm can run out of cash if customers pay late or if cash is tied up in stock. Lack of cash, not lack of profit, is a common cause of business failure.

### Key ideas
- **Working capital** = current assets − current liabilities; the **working capital cycle** runs from paying for inputs to receiving cash from customers.
- A **cash-flow forecast** lists expected monthly cash inflows and outflows.
- Strategies for cash-flow problems: reduce cash outflows (cheaper suppliers, delay spending, seek longer credit), improve inflows (faster debtor payment, cash sales, price changes), and find additional finance (overdraft, sale of assets).

### Tools and formulae
- Net cash flow $=$ cash inflows $-$ cash outflows
- Closing balance $=$ opening balance $+$ net cash flow; this month's closing balance is next month's opening balance.

### Worked example
| | Jan (USD) | Feb (USD) |
|---|---|---|
| Opening balance | 5 000 | 2 000 |
| Inflows | 20 000 | 26 000 |
| Outflows | 23 000 | 21 000 |
| Net cash flow | −3 000 | 5 000 |
| Closing balance | 2 000 | 7 000 |

### Exam tips
- **Construct** a cash-flow forecast in the standard layout and carry balances forward correctly.
- **Distinguish** profit from cash flow with an example (credit sales count as revenue before the cash arrives).
- Forecasts are only as good as their assumptions: mention uncertainty when you **Evaluate**.
`,
  ),
  note(
    "3.8",
    String.raw`
**Investment appraisal** uses quantitative methods to judge whether a capital project is worth doing, usually comparing the expected net cash flows with the cost.

### Tools and formulae
- **Payback period**: time to recover the initial cost from net cash flows. Part-year: $\dfrac{\text{income required}}{\text{net cash flow in that year}} \times 12$ months.
- **Average rate of return (ARR)** $= \dfrac{(\text{total returns} - \text{capital cost}) \div \text{years of use}}{\text{capital cost}} \times 100$
- **Net present value (NPV)** (HL) $=$ sum of discounted net cash flows $-$ initial cost, using discount factors $\dfrac{1}{(1+r)^n}$.

### Worked example
Cost USD 100 000; net cash flows over 4 years: 30 000, 40 000, 50 000, 40 000 (USD).
- **Payback**: after 2 years USD 70 000 is recovered; USD 30 000 more is needed from year 3's USD 50 000: $\frac{30\,000}{50\,000} \times 12 = 7.2$ months, so about 2 years 7 months.
- **ARR**: total returns USD 160 000, net return USD 60 000, per year USD 15 000: ARR $= 15\%$.
- **NPV at 10%** (factors 0.9091, 0.8264, 0.7513, 0.6830): present values 27 273 + 33 056 + 37 565 + 27 320 = 125 214, so NPV $=$ USD 25 214 (positive: worthwhile).

### Exam tips
- Payback ignores cash flows after payback and the time value of money (except NPV).
- ARR must be compared with the interest rate or other projects.
- **Evaluate** with qualitative factors too: risk, ethics, the accuracy of forecasts, fit with objectives.
- NPV is HL only; SL students need payback and ARR.
`,
  ),
  note(
    "3.9",
    String.raw`
A **budget** is a financial plan for a future period, agreed in advance. Budgets help managers plan, coordinate departments, control spending, and motivate staff through targets. **Cost centres** and **profit centres** divide an organization into units for budgeting.

### Key ideas
- **Cost centre**: a part of the business where costs are recorded (e.g. IT department).
- **Profit centre**: a part where both costs and revenues are recorded, so profit can be measured (e.g. one branch).
- **Variance** = actual − budgeted figure.

| Variance | Meaning |
|---|---|
| Favourable (F) | Better than budget: higher revenue or lower cost |
| Adverse (A) | Worse than budget: lower revenue or higher cost |

- Variance analysis shows where to investigate; budgets may need revising if conditions change.

### Worked example
| | Budget (USD) | Actual (USD) | Variance |
|---|---|---|---|
| Sales revenue | 50 000 | 46 000 | 4 000 A |
| Costs | 30 000 | 28 000 | 2 000 F |
| Profit | 20 000 | 18 000 | 2 000 A |

Costs were below budget (favourable), but the shortfall in sales makes profit 2 000 adverse overall.

### Exam tips
- **Calculate** variances and label each F or A: a higher cost is adverse even though the number is larger.
- **Explain** possible causes (price changes, lower demand, efficiency gains).
- **Evaluate** budgeting: it aids control, but rigid budgets can discourage initiative and be based on poor forecasts.
`,
    HL,
  ),

  // ── Unit 4: Marketing
  note(
    "4.1",
    String.raw`
**Marketing** is the management process of identifying, anticipating and satisfying customers' needs and wants profitably (or, for non-profits, effectively). It links the organization to its market and shapes decisions in every other function.

### Key ideas
- **Goods** are tangible; **services** are intangible, perishable, and produced and consumed together.
- **Market orientation** starts from what customers want; **product orientation** starts from what the firm can make. Most modern markets favour market orientation, but product orientation can suit innovation-led firms.
- **Social marketing** aims to change behaviour for the good of society (e.g. anti-smoking campaigns); it differs from commercial marketing.
- **Market size** is total sales in a market (by value or volume); **market growth** is the change in market size over time.

### Tools and formulae
- Market share $= \dfrac{\text{firm's sales}}{\text{total market sales}} \times 100$
- Market growth $= \dfrac{\text{new market size} - \text{old market size}}{\text{old market size}} \times 100$

### Worked example
A firm sells USD 2.4 million in a market worth USD 16 million: market share $= \frac{2.4}{16} \times 100 = 15\%$. If the market grows to USD 17.2 million next year, market growth is $\frac{1.2}{16} \times 100 = 7.5\%$. The firm must grow sales faster than 7.5% to increase its share.

### Exam tips
- **Calculate** market share carefully: use the same units (value or volume) for firm and market.
- **Distinguish** market orientation from product orientation with case examples.
- A rising share in a shrinking market can still mean falling sales: comment on both.
`,
  ),
  note(
    "4.2",
    String.raw`
**Marketing planning** sets out marketing objectives, analyses the market and decides how the marketing mix will achieve the objectives. It helps a firm focus its resources on the right customers.

### Key ideas
- **Marketing plan** elements: objectives, market analysis, target market, marketing mix, budget, timeline, evaluation.
- **Target market**: the group of customers a firm aims at. **Market segment**: a subgroup sharing characteristics.
- Segmentation bases: demographic (age, income, gender), geographic, psychographic (lifestyle, values), behavioural (usage, loyalty).
- **Targeting** strategies: **niche marketing** (small, specialised segment) or **mass marketing** (a large market with one broad offer).
- **Position maps** (perception maps) plot brands on two variables (e.g. price and quality) to find gaps and see competitors.
- **Unique selling point (USP)**: what makes a product different from rivals.
- **Differentiation**: making a product stand out so customers choose it.

### Worked example
A smoothie firm segments by lifestyle. Its position map (price vs. health) shows rivals clustered at "low price, medium health" and "high price, high health". It targets the gap "medium price, high health" with the USP "organic fruit, no added sugar", aimed at students aged 16–24.

### Exam tips
- **Construct** a position map: label both axes with clear opposite ends and place brands from the case data.
- **Distinguish** a segment (part of a market) from a target market (the segment chosen).
- **Evaluate** niche versus mass marketing in terms of risk, competition, margins and economies of scale.
`,
  ),
  note(
    "4.3",
    String.raw`
**Sales forecasting** predicts future sales from past data and judgement. Firms use forecasts to plan production, staffing, cash flow and budgets. At HL, the main technique is the **moving average**, which smooths out short-term variation to reveal the **trend**.

### Key ideas
- Components of a time series: **trend**, **seasonal variation**, **cyclical variation** and **random variation**.
- **Moving averages** (e.g. three- or four-period) smooth data; a four-period average needs centring.
- Benefits: better planning of stock, staff and cash; data-based decisions.
- Limitations: assumes the past predicts the future; cannot foresee shocks (new rivals, recession, a pandemic); the further ahead, the less reliable.

### Tools and formulae
Three-period moving average for period $t$: $\dfrac{x_{t-1} + x_t + x_{t+1}}{3}$

### Worked example
Sales (units) over five months: 120, 132, 126, 138, 144.
- Months 1–3: $\frac{120 + 132 + 126}{3} = 126$
- Months 2–4: $\frac{132 + 126 + 138}{3} = 132$
- Months 3–5: $\frac{126 + 138 + 144}{3} = 136$

The trend is rising by about 5 units a month, so a simple extrapolation suggests around 141 for the next moving-average point.

### Exam tips
- **Calculate** moving averages and plot them at the middle period.
- **Explain** seasonal variation as the difference between actual data and the trend.
- **Evaluate** forecasts by naming external factors that might break the trend in the case.
`,
    HL,
  ),
  note(
    "4.4",
    String.raw`
**Market research** is the collection, analysis and interpretation of information about markets, customers and competitors. It reduces the risk of marketing decisions.

### Key ideas
| | Primary research | Secondary research |
|---|---|---|
| Meaning | New data collected for the purpose | Existing data collected by others |
| Methods | Surveys, interviews, focus groups, observation | Market analyses, academic journals, government publications, media articles |
| Pros | Specific, up to date, confidential | Cheap, quick, often large-scale |
| Cons | Costly, slow | May be out of date or not specific |

- **Qualitative** data (opinions, reasons) versus **quantitative** data (numbers).
- **Sampling methods**: quota, random, convenience, snowballing, stratified, cluster.
- **Ethical considerations**: informed consent, privacy, honesty about purpose, protection of vulnerable groups.
- Results are affected by **sampling error**, **bias** (e.g. leading questions) and sample size.

### Worked example
A gym wants to survey 200 people in a town where 60% of residents are aged under 40. A stratified sample would include 120 people under 40 and 80 aged 40 or over, so the sample reflects the population.

### Exam tips
- **Recommend** a method that fits the business's budget, time and purpose.
- **Distinguish** quota sampling (interviewer chooses people to fill set numbers) from stratified random sampling.
- Always mention possible bias when you **Evaluate** research findings in a case.
`,
  ),
  note(
    "4.5",
    String.raw`
The **marketing mix** is the combination of factors a firm controls to meet customers' needs. For goods, the four Ps (product, price, promotion, place) are used; for services, three more Ps matter: people, processes and physical evidence.

### Key ideas
| P | Focus |
|---|---|
| Product | Features, product life cycle, branding, packaging |
| Price | Cost-plus (mark-up), penetration, loss leader, predatory, premium, dynamic, competitive, contribution |
| Promotion | Above the line (mass media), below the line (targeted), through the line; social media marketing |
| Place | Distribution channels: direct, one intermediary, two intermediaries |
| People | Staff who deliver the service |
| Processes | How the service is delivered |
| Physical evidence | Tangible cues: premises, website, uniforms |

- **Product life cycle**: development, launch (introduction), growth, maturity, decline; **extension strategies** delay decline.
- **Branding**: awareness, development, loyalty, value.
- The mix must be **coherent**: a premium brand should not be sold at bargain prices.

### Tools and formulae
Cost-plus price $=$ unit cost $\times (1 + \text{mark-up})$

### Worked example
A unit costs USD 40 and the firm applies a 25% mark-up: price $= 40 \times 1.25 =$ USD 50, so each unit earns USD 10 over cost. A penetration price of USD 44 would sacrifice USD 6 per unit to build market share quickly.

### Exam tips
- **Apply** the mix to the case's product and target market; avoid generic lists.
- **Evaluate** pricing strategies by considering costs, competitors, demand and the product's life-cycle stage.
`,
  ),
  note(
    "4.6",
    String.raw`
**International marketing** means marketing products in more than one country. It offers new customers and growth, but brings cultural, legal, economic and political challenges.

### Key ideas
- **Methods of entry**: exporting (direct or through agents), direct investment (own operations abroad), joint ventures, strategic alliances, franchising, licensing, e-commerce.
- **Opportunities**: larger market, economies of scale, spreading risk, extending the product life cycle, access to cheaper resources.
- **Threats and challenges**: cultural differences (language, customs, tastes), legal differences (product standards, advertising rules), political instability, exchange-rate risk, tariffs and trade barriers, competition from local firms.
- **Standardized** (global) versus **adapted** (local) marketing mix: a trade-off between economies of scale and fit with local needs ("think global, act local").
- Cultural tools such as Hofstede's dimensions help marketers understand new markets.

### Worked example
A snack maker exports to a new country. Selling 10 000 packs at a local price of 4 units of currency each brings 40 000; if the exchange rate moves so that each unit of local currency is worth 10% less in the home currency, the same sales bring 10% less revenue at home. Producing locally through a joint venture would reduce this exchange-rate risk.

### Exam tips
- **Discuss** the method of entry that suits the firm's resources, risk appetite and desire for control.
- **Explain** cultural issues with specific examples (colours, product names, religious rules on ingredients).
- Avoid assuming what works at home will work abroad.
`,
    HL,
  ),

  // ── Unit 5: Operations management
  note(
    "5.1",
    String.raw`
**Operations management** is the process of turning inputs (resources) into outputs (goods and services) efficiently and effectively. It links closely to every other function: marketing sets demand, finance sets budgets, HR supplies the workforce.

### Key ideas
- **Transformation process**: inputs → processes → outputs, with value added at each step.
- Operations in each sector: extraction (primary), manufacturing (secondary), service delivery (tertiary), knowledge work (quaternary).
- **Efficiency** means using the fewest resources for a given output; **effectiveness** means meeting objectives and customers' needs.
- **Sustainability** in operations has three parts: ecological, social and economic sustainability.
- Operations choices affect costs, quality, flexibility and speed.

### Tools and formulae
Labour productivity $= \dfrac{\text{total output}}{\text{number of workers}}$

### Worked example
A factory produces 4 800 units a week with 12 workers: labour productivity $= \frac{4\,800}{12} = 400$ units per worker per week. After new equipment, 12 workers make 5 400 units: productivity rises to 450, a 12.5% improvement.

### Exam tips
- **Explain** how operations decisions affect other functions, using the case.
- **Distinguish** efficiency from effectiveness: a firm can be efficient at making something customers do not want.
- In **Discuss** answers, weigh sustainable operations (e.g. renewable energy) against short-term costs.
`,
  ),
  note(
    "5.2",
    String.raw`
**Operations methods** are the ways a business organizes production. The right method depends on the product, the volume demanded, the degree of customization and the resources available.

### Key ideas
| Method | Features | Example | Pros | Cons |
|---|---|---|---|---|
| Job production | One-off, customized | Wedding dress, bridge | High value, meets exact needs | Costly, slow, skilled labour |
| Batch production | Groups of identical items | Bread, clothing sizes | Some variety, some scale economies | Idle time between batches, stock |
| Mass / flow production | Continuous, standardized | Soft drinks, cars | Low unit cost, automation | Inflexible, high set-up cost, repetitive work |
| Mass customization | Mass production with personal options | Configurable trainers, laptops | Choice at fairly low cost | Complex systems, needs technology |

- Many firms combine methods (e.g. mass-produced parts, customized final assembly).
- Changing methods affects workers' skills, motivation, costs and stock levels.

### Worked example
A bakery switching from batch to flow production raises output from 2 000 to 6 000 loaves a day. Average cost falls, but the bakery loses the ability to make small runs of speciality breads, which earned a higher margin.

### Exam tips
- **Recommend** a method by linking it to demand volume and customization in the case.
- **Analyse** the human impact of moving to mass production (deskilling, boredom).
- Do not confuse mass customization with job production: it still uses mass production systems.
`,
  ),
  note(
    "5.3",
    String.raw`
**Lean production** aims to cut waste of every kind — time, materials, space, effort — while keeping or raising quality. **Quality management** ensures products meet customers' expectations consistently.

### Key ideas
- Features of lean production: less waste, greater efficiency, continuous improvement.
- Lean methods:

| Method | Meaning |
|---|---|
| Kaizen | Continuous improvement through small, regular changes suggested by staff |
| Just-in-time (JIT) | Inputs arrive exactly when needed; minimal stock |
| Kanban | Visual signals (cards, boards) to control work and stock flow |
| Andon | Signals that let workers stop production when a problem appears |

- Cradle-to-cradle design and manufacturing aims for products whose materials can be reused.
- **Quality control** checks output (inspection); **quality assurance** builds quality into every stage.
- **Total quality management (TQM)**: everyone is responsible for quality, all the time.
- **National and international quality standards** (e.g. ISO certification) signal quality to customers.

### Worked example
A firm holding USD 200 000 of stock at a holding cost of 20% a year pays USD 40 000 annually. Moving to JIT cuts stock to USD 50 000 and holding costs to USD 10 000, saving USD 30 000 — but a single late delivery could now stop production.

### Exam tips
- **Distinguish** quality control from quality assurance.
- **Evaluate** JIT: lower costs versus dependence on reliable suppliers.
- Link kaizen to motivation theories (empowerment, Herzberg's motivators).
`,
    HL,
  ),
  note(
    "5.4",
    String.raw`
**Location** decisions are long term and expensive to reverse, so firms weigh quantitative factors (costs, revenue) and qualitative factors (quality of life, political stability) carefully. Firms may also change location by reorganizing production.

### Key ideas
- Factors: cost and availability of land and labour, proximity to customers and suppliers, infrastructure, government incentives and regulation, clustering, political stability, culture, sustainability.
- **Ways of reorganizing production**:

| Term | Meaning |
|---|---|
| Outsourcing (subcontracting) | Another firm carries out a function |
| Offshoring | Moving production or services abroad |
| Insourcing | Bringing previously outsourced work back in-house |
| Reshoring | Bringing offshored work back to the home country |

- Offshoring may cut costs but adds communication, quality and reputation risks.

### Worked example
Site A costs USD 120 000 a year in rent and labour; site B costs USD 95 000 but adds USD 15 000 a year in transport. Site B is still USD 10 000 cheaper, but if site A is closer to skilled workers and key customers, the qualitative factors may outweigh the saving.

### Exam tips
- **Discuss** location using both quantitative and qualitative factors from the case.
- **Distinguish** outsourcing from offshoring: work can be outsourced within the same country.
- **Evaluate** reshoring in terms of costs, control, quality and ethical image.
`,
  ),
  note(
    "5.5",
    String.raw`
**Break-even analysis** finds the output at which total revenue equals total cost, so the business makes neither a profit nor a loss. It helps with pricing, planning output and assessing risk.

### Tools and formulae
- Contribution per unit $=$ price $-$ variable cost per unit
- Total contribution $=$ contribution per unit $\times$ units sold
- Break-even quantity $= \dfrac{\text{fixed costs}}{\text{contribution per unit}}$
- Profit or loss $=$ total revenue $-$ total costs $=$ total contribution $-$ fixed costs
- Margin of safety $=$ actual output $-$ break-even output
- Target profit output $= \dfrac{\text{fixed costs} + \text{target profit}}{\text{contribution per unit}}$
- Target price $= \dfrac{\text{fixed costs} + \text{target profit}}{\text{units}} + \text{variable cost per unit}$

### Worked example
Fixed costs USD 24 000, price USD 20, variable cost USD 12 per unit.
- Contribution per unit $= 20 - 12 =$ USD 8
- Break-even $= \frac{24\,000}{8} = 3\,000$ units
- At 4 000 units: margin of safety $= 1\,000$ units; profit $= 1\,000 \times 8 =$ USD 8 000
- Target profit USD 16 000: output $= \frac{24\,000 + 16\,000}{8} = 5\,000$ units

### Key ideas
- On a **break-even chart**, the break-even point is where the total revenue line crosses the total cost line.
- Limitations: assumes all output is sold, a single price and linear costs; ignores stock and multiple products.

### Exam tips
- **Construct** a break-even chart: label axes, fixed cost, total cost and total revenue lines, break-even point and margin of safety.
- Contribution is not profit until fixed costs are covered.
- **Evaluate** by noting the assumptions.
`,
  ),
  note(
    "5.6",
    String.raw`
**Production planning** covers the supply chain, stock control and capacity. It ensures the right materials are available at the right time, at the lowest cost consistent with quality.

### Key ideas
- **Supply chain**: all stages from raw materials to final customer. **Just-in-case (JIC)** holds buffer stock for security; **just-in-time (JIT)** minimizes stock.
- **Stock control chart**: maximum level, reorder level, buffer (minimum) stock, lead time, reorder quantity.
- **Capacity utilization**: how much of potential output is used.
- **Productivity**: output per unit of input.
- **Cost to make** versus **cost to buy**: compare before deciding whether to produce in-house.

### Tools and formulae
- Capacity utilization $= \dfrac{\text{actual output}}{\text{productive capacity}} \times 100$
- Productivity rate $= \dfrac{\text{output}}{\text{input}} \times 100$
- Reorder level $=$ (usage per day $\times$ lead time in days) $+$ buffer stock
- Cost to make $=$ FC $+$ (VC $\times$ Q); cost to buy $=$ price $\times$ Q

### Worked example
A factory can make 9 000 units a month but makes 7 200: capacity utilization $= \frac{7\,200}{9\,000} \times 100 = 80\%$.
It uses 200 units of a component a day; the lead time is 4 days and buffer stock is 500: reorder level $= 200 \times 4 + 500 = 1\,300$ units.

### Exam tips
- **Construct** a stock control chart with correctly labelled levels and lead time.
- High capacity utilization spreads fixed costs but leaves no room for extra orders or maintenance.
- **Evaluate** JIT versus JIC using the case's supplier reliability and demand.
`,
    HL,
  ),
  note(
    "5.7",
    String.raw`
**Crisis management** is the response to an unexpected event that threatens an organization (e.g. a product recall, a fire, a cyberattack, a pandemic). **Contingency planning** prepares in advance for possible crises, asking "what if?" and setting out actions.

### Key ideas
- Effective crisis management depends on **transparency**, **communication**, **speed** and **control**.
- Contingency plans identify risks, estimate likelihood and impact, and assign responsibilities and resources.

| Contingency planning: benefits | Contingency planning: costs |
|---|---|
| Faster, calmer response | Time and money to prepare |
| Protects reputation and stakeholders | Plans may be for the wrong crisis |
| Reduces losses and downtime | Can go out of date |
| Meets safety and legal expectations | May create false security |

### Worked example
A food firm estimates that a contamination event has a 5% chance each year and would cost USD 2 million. The expected cost is $0.05 \times 2\,000\,000 =$ USD 100 000 a year. Spending USD 30 000 on a recall plan and testing that halves the cost of a crisis lowers the expected cost to USD 50 000, a net gain of USD 20 000 a year.

### Exam tips
- **Distinguish** crisis management (reacting) from contingency planning (preparing).
- **Evaluate** contingency planning for the case: is the risk large and likely enough to justify the cost?
- In crisis answers, mention communication with specific stakeholders (customers, media, staff).
`,
    HL,
  ),
  note(
    "5.8",
    String.raw`
**Research and development (R&D)** is the systematic investigation that leads to new or improved products and processes. It is central to innovation and long-term competitiveness, but it is expensive and uncertain.

### Key ideas
- R&D helps meet customers' unmet needs, respond to rivals and extend product life cycles.
- **Types of innovation**: product, process, positioning, paradigm (a major shift in how things are done).
- **Adaptive creativity** improves existing ideas; **innovative creativity** produces new ideas.
- **Intellectual property protection**: patents, copyrights, trademarks.
- **Pace of change** in the industry, budgets, culture and legal protection affect how much a firm spends on R&D.
- Incremental innovation makes small improvements; disruptive innovation changes a market.

### Worked example
A phone maker spends USD 5 million developing a longer-lasting battery. If it raises sales by 200 000 units at a contribution of USD 40 each, the extra contribution is USD 8 million, covering the cost. If a rival launches first, the same spending may return much less — showing the risk of R&D.

### Exam tips
- **Explain** the importance of R&D using the case's market (fast-changing technology versus stable markets).
- **Distinguish** product innovation (what is sold) from process innovation (how it is made).
- **Evaluate** R&D spending by weighing the potential first-mover advantage against cost and uncertainty.
`,
    HL,
  ),
  note(
    "5.9",
    String.raw`
**Management information systems (MIS)** collect, store, process and present data so managers can make decisions. Digital technology has transformed how organizations gather and use data — bringing benefits and ethical concerns.

### Key ideas
- **Data analytics** turns data into insights; **big data** refers to very large, fast-moving and varied data sets.
- **Databases** and **cybersecurity** (protecting data from cybercrime).
- **Critical infrastructure**: artificial neural networks, data centres, cloud computing, virtual reality, the Internet of Things (IoT), artificial intelligence (AI).
- **Customer loyalty programmes** collect purchasing data; **digital Taylorism** uses technology to monitor and control workers closely.
- **Data mining** finds patterns in large data sets to inform decisions.
- Ethical issues: privacy, consent, security, surveillance of employees, bias in AI decisions.

### Worked example
A supermarket's loyalty card shows that 30% of its 50 000 members (15 000 people) buy baby products. It sends them targeted offers, raising spending. But if members did not understand how their data would be used, the scheme risks loss of trust and breaking data-protection laws.

### Exam tips
- **Discuss** an MIS's benefits (faster, data-driven decisions) against costs, cyber risks and ethics.
- **Explain** digital Taylorism in terms of productivity and motivation (links to Taylor in 2.4).
- Avoid vague "technology is good" answers: name the specific system and its effect in the case.
`,
    HL,
  ),

  // ── Business management toolkit
  note(
    "T.1",
    String.raw`
**SWOT analysis** summarises an organization's **internal** strengths and weaknesses and its **external** opportunities and threats. It is a starting point for strategic decisions, not a decision in itself.

### Key ideas
| | Helpful | Harmful |
|---|---|---|
| Internal (controllable) | Strengths | Weaknesses |
| External (not controllable) | Opportunities | Threats |

- Strengths and weaknesses: brand, skills, finance, technology, location, costs.
- Opportunities and threats: market trends, competitors, regulation, economic change (STEEPLE factors feed this part).
- A SWOT should be specific to the organization and to a decision (e.g. entering a new market).

### Worked example
An independent bookshop considering online sales:
- **S**: loyal local customers, expert staff
- **W**: small budget, no e-commerce experience
- **O**: growing online book sales, local delivery demand
- **T**: large online retailers with lower prices

Matching S to O suggests a niche online offer (signed copies, expert recommendations) rather than competing on price.

### Exam tips
- **Construct** a SWOT from the case: every point should come from the stimulus, not general knowledge.
- The most common mistake is putting external factors under strengths or weaknesses (e.g. "growing market" is an opportunity).
- In **Evaluate** answers, note that SWOT is subjective and a snapshot in time.
`,
  ),
  note(
    "T.2",
    String.raw`
The **Ansoff matrix** shows four growth strategies based on whether a firm uses existing or new products in existing or new markets. Risk rises as the firm moves further from what it knows.

### Key ideas
| | Existing products | New products |
|---|---|---|
| Existing markets | Market penetration (lowest risk) | Product development |
| New markets | Market development | Diversification (highest risk) |

- **Market penetration**: sell more of existing products to existing customers (promotions, loyalty schemes).
- **Product development**: new products for current customers.
- **Market development**: existing products in new markets (new regions, new segments).
- **Diversification**: new products in new markets; can be related or unrelated.

### Worked example
A coffee-shop chain has three growth options: a loyalty app (market penetration), selling packaged coffee in its shops (product development), opening shops in a neighbouring country (market development), or launching a fitness brand (diversification). With limited finance, the loyalty app is lowest-risk, but market development may offer more growth.

### Exam tips
- **Apply** the matrix by placing the case's options in the right quadrant and explaining why.
- **Evaluate** by weighing risk against potential return and the firm's resources.
- Do not treat the matrix as a prediction: it classifies options; it does not choose the best.
`,
  ),
  note(
    "T.3",
    String.raw`
**STEEPLE analysis** examines the **external environment** through seven groups of factors: social, technological, economic, environmental, political, legal and ethical. It helps firms spot opportunities and threats beyond their control.

### Key ideas
| Factor | Examples |
|---|---|
| Social | Demographics, lifestyles, attitudes |
| Technological | Automation, e-commerce, AI |
| Economic | Interest rates, inflation, exchange rates, unemployment |
| Environmental | Climate change, pollution, resource scarcity |
| Political | Government stability, trade policy, taxation |
| Legal | Employment law, consumer protection, data protection |
| Ethical | Moral expectations: fair trade, animal welfare |

- STEEPLE findings feed the opportunities and threats of a SWOT analysis.
- Factors overlap (e.g. environmental issues become legal ones when regulated).

### Worked example
An electric-scooter hire firm planning to enter a new city finds: rising interest in green transport (social: opportunity), battery improvements (technological: opportunity), a proposed helmet law (legal: threat), and higher interest rates raising the cost of its loans (economic: threat).

### Exam tips
- **Analyse** only factors that are relevant to the case; seven shallow points score less than three well-explained ones.
- Do not include internal factors (e.g. staff skills): STEEPLE is external only.
- **Distinguish** legal (the law requires) from ethical (society expects).
`,
  ),
  note(
    "T.4",
    String.raw`
The **Boston Consulting Group (BCG) matrix** classifies a firm's products or business units by **market growth** and **relative market share**, to help manage a balanced **product portfolio** and decide where to invest.

### Key ideas
| | High relative market share | Low relative market share |
|---|---|---|
| High market growth | **Star**: strong, needs investment to keep growing | **Question mark** (problem child): uncertain; invest or drop |
| Low market growth | **Cash cow**: generates cash with little investment | **Dog**: weak; consider divesting |

- Cash from **cash cows** can fund **question marks** and **stars**.
- A balanced portfolio has products at different stages of the product life cycle.
- Strategies: build, hold, harvest, divest.

### Worked example
A drinks firm has a classic cola (large share of a mature market: cash cow), an energy drink (large share of a fast-growing market: star), a new kombucha (small share of a fast-growing market: question mark) and a fruit squash (small share of a declining market: dog). It might use cola profits to promote the kombucha and gradually withdraw the squash.

### Exam tips
- **Construct** the matrix with labelled axes and products placed from case data.
- Do not confuse market share with market growth; both axes are needed to place a product.
- **Evaluate**: the matrix is a simplification; a dog may still be profitable or support other products.
`,
  ),
  note(
    "T.5",
    String.raw`
A **business plan** is a document setting out a business idea and how it will be achieved. It is used to raise finance, guide decisions and measure progress.

### Key ideas
- Typical elements:

| Section | Contents |
|---|---|
| Executive summary | Brief overview of the whole plan |
| Business description | Idea, legal form, objectives, vision and mission |
| Market analysis | Target market, competitors, market research |
| Marketing plan | The marketing mix |
| Operations | Location, production methods, suppliers |
| Human resources | Owners, key staff, structure |
| Financial plan | Start-up costs, sources of finance, cash-flow forecast, break-even, projected accounts |

- Uses: convincing lenders and investors, setting targets, anticipating problems.
- Limitations: based on forecasts and assumptions; can become out of date; time-consuming to write.

### Worked example
A food-truck start-up needs USD 60 000: USD 45 000 for the truck and USD 15 000 working capital. Its plan shows break-even at about 400 meals a week and a cash-flow forecast with a low point in month 3, so it requests a USD 10 000 overdraft alongside a USD 40 000 loan and USD 10 000 of the owner's savings.

### Exam tips
- **Explain** why a specific stakeholder (e.g. a bank) would read the plan and which sections matter most to them.
- **Evaluate**: a plan reduces risk but does not guarantee success; quality depends on the research behind it.
`,
  ),
  note(
    "T.6",
    String.raw`
A **decision tree** is a diagram that sets out options, their possible outcomes, probabilities and financial results, so a manager can compare **expected values** and choose the option with the best expected return.

### Key ideas
- A **square** (decision node) shows a choice; a **circle** (chance node) shows uncertain outcomes.
- Probabilities at each chance node must add up to 1.
- Work from right to left: calculate the expected value at each chance node, subtract the cost of each option, and choose the highest net figure.

### Tools and formulae
- Expected value $= \sum (\text{probability} \times \text{outcome})$
- Net gain $=$ expected value $-$ cost of the option

### Worked example
- **Option A** costs USD 50 000: 0.6 chance of USD 150 000, 0.4 chance of USD 40 000. EV $= 0.6 \times 150\,000 + 0.4 \times 40\,000 = 106\,000$, net gain USD 56 000.
- **Option B** costs USD 20 000: 0.7 chance of USD 70 000, 0.3 chance of USD 30 000. EV $= 49\,000 + 9\,000 = 58\,000$, net gain USD 38 000.

On expected values alone, option A is better.

### Exam tips
- **Construct** the tree neatly: label nodes, branches, probabilities and costs.
- **Evaluate** results: probabilities are estimates, expected values are averages, and option A carries more risk — a risk-averse firm might still choose B.
- Remember to subtract costs: a common mistake is to compare gross expected values.
`,
  ),
  note(
    "T.7",
    String.raw`
**Descriptive statistics** summarise data so that managers can see patterns quickly. The toolkit covers averages, measures of spread and ways of presenting data visually.

### Key ideas
- **Mean**: total divided by number of values (affected by outliers).
- **Median**: middle value when ordered (resistant to outliers).
- **Mode**: most frequent value.
- **Standard deviation**: average spread of data around the mean.
- **Charts**: bar charts, pie charts, line graphs, infographics, pictograms — choose the one that fits the data (e.g. line graphs for trends over time).

### Tools and formulae
- Mean $\bar{x} = \dfrac{\sum x}{n}$
- Standard deviation (population) $\sigma = \sqrt{\dfrac{\sum (x - \bar{x})^2}{n}}$

### Worked example
Daily sales (units) for five days: 12, 15, 15, 18, 20.
- Mean $= \frac{80}{5} = 16$; median $= 15$; mode $= 15$; range $= 20 - 12 = 8$
- Squared deviations: 16, 1, 1, 4, 16 (sum 38); $\sigma = \sqrt{38/5} \approx 2.76$ units

A small standard deviation relative to the mean shows fairly steady sales.

### Exam tips
- **Calculate** and then **Explain** what the figure tells the business (e.g. planning stock).
- Choose the median when data contain outliers (e.g. salaries).
- **Evaluate** charts: misleading scales can distort a message.
`,
  ),
  note(
    "T.8",
    String.raw`
**Circular business models** aim to keep products and materials in use for as long as possible, designing out waste, instead of the linear "take, make, dispose" approach. They support the key concept of sustainability.

### Key ideas
| Model | Idea | Example |
|---|---|---|
| Circular supply | Renewable, recyclable or biodegradable inputs replace scarce ones | Packaging made from plant-based materials |
| Resource recovery | Waste and by-products are recovered and reused | Turning food waste into compost or energy |
| Product life extension | Products are repaired, upgraded, remanufactured or resold | Refurbished phones |
| Sharing | Under-used products are shared among users | Car- or tool-sharing platforms |
| Product service system | Customers pay for access or performance, not ownership | Leasing lighting "as a service" |

- Benefits: lower material costs, new revenue streams, customer loyalty, reputation, meeting regulation.
- Challenges: redesign costs, reverse logistics, changing customer habits.

### Worked example
A furniture firm leases office chairs at USD 8 a month instead of selling them for USD 300. Over 4 years a lease brings USD 384; the firm then refurbishes and re-leases the chair, so the same materials earn revenue again.

### Exam tips
- **Explain** which model fits the case and why.
- **Evaluate** using costs, customer acceptance and sustainability impact.
- Avoid confusing recycling alone with a full circular model.
`,
  ),
  note(
    "T.9",
    String.raw`
A **Gantt chart** is a horizontal bar chart that schedules the activities of a project against time. It shows when each activity starts and ends, which activities overlap, and the overall duration.

### Key ideas
- Each row is an activity; bar length shows duration; the horizontal axis shows time (days, weeks).
- Dependent activities start after the activities they depend on finish; independent activities can run at the same time.
- Uses: planning, allocating resources, communicating deadlines and monitoring progress (actual vs planned).
- Limitations: complex projects become cluttered; does not show dependencies as clearly as a network (critical path analysis); needs updating.

### Worked example
Opening a new shop: lease signing (week 1), refit (weeks 2–5), recruitment (weeks 3–5, in parallel with the refit), stock delivery (week 6), opening (week 7). The chart shows a 7-week project; if the refit slips by one week, stock delivery and opening also move back, because they depend on it.

### Exam tips
- **Construct** a Gantt chart from data: label the time axis, show every activity, and respect dependencies.
- **Explain** how the chart helps manage resources, e.g. spotting when two activities need the same team.
- **Evaluate** against critical path analysis for more complex projects.
`,
    HL,
  ),
  note(
    "T.10",
    String.raw`
**Porter's generic strategies** describe how a business can gain competitive advantage. It chooses its **source of advantage** (lower cost or differentiation) and its **scope** (broad market or narrow focus).

### Key ideas
| | Lower cost | Differentiation |
|---|---|---|
| Broad scope | Cost leadership | Differentiation |
| Narrow scope | Cost focus | Differentiation focus |

- **Cost leadership**: lowest costs in the industry, allowing low prices or higher margins; needs economies of scale and efficiency.
- **Differentiation**: unique features, quality or brand that justify premium prices.
- **Focus**: targets a niche with either lower cost or differentiation.
- Porter warned of being **"stuck in the middle"** without a clear advantage.

### Worked example
A budget airline keeps one aircraft type, fast turnarounds and online-only booking (cost leadership). A boutique hotel chain with designer rooms in a few cities charges premium rates to wealthy travellers (differentiation focus). A mid-priced chain with neither low costs nor distinctive features risks being stuck in the middle.

### Exam tips
- **Apply** the model by identifying the case organization's strategy and evidence for it.
- **Evaluate**: hybrid strategies (low cost plus differentiation) can work, so the model is a simplification.
- Do not confuse cost leadership (low costs) with simply charging low prices.
`,
    HL,
  ),
  note(
    "T.11",
    String.raw`
**Hofstede's cultural dimensions** compare national cultures on several scales. Businesses use them to understand how culture affects management, marketing and negotiation when operating internationally.

### Key ideas
| Dimension | High score means |
|---|---|
| Power distance | Hierarchy and unequal power are accepted |
| Individualism (vs collectivism) | People look after themselves and close family |
| Masculinity (vs femininity) | Competition and achievement are valued |
| Uncertainty avoidance | Rules and predictability are preferred |
| Long-term orientation | Persistence and saving for the future are valued |
| Indulgence (vs restraint) | Enjoying life and gratification are accepted |

- Applications: leadership style (autocratic in high power distance cultures), motivation and rewards, advertising messages, negotiation styles, culture clash after mergers.

### Worked example
A firm from a low power distance, individualist country opens a subsidiary in a high power distance, collectivist country. Its open-plan, first-name, individual-bonus culture may confuse local staff, who may expect clear hierarchy and team rewards. Adjusting rewards to team bonuses could reduce a culture clash.

### Exam tips
- **Explain** how one or two dimensions affect a specific decision in the case.
- **Evaluate**: national scores are averages and stereotypes; individuals and regions differ, and cultures change.
- Do not list all six dimensions without applying them.
`,
    HL,
  ),
  note(
    "T.12",
    String.raw`
**Force field analysis** (developed by Kurt Lewin) helps managers decide whether to make a change by weighing the **driving forces** pushing for change against the **restraining forces** resisting it.

### Key ideas
- Steps: describe the proposed change; list driving and restraining forces; score each force (e.g. 1 = weak to 5 = strong); total each side; decide whether to go ahead and how to strengthen drivers or weaken restrainers.
- Drawn as a diagram with the change in the centre, driving forces as arrows on one side and restraining forces as arrows on the other.
- Links to change management: reducing resistance (communication, training, involvement) is often more effective than pushing harder.

### Worked example
A firm considers introducing self-service checkouts.
- Driving forces: lower labour costs (4), faster service at peak times (3), competitors already use them (2): total 9.
- Restraining forces: staff fear of job losses (5), older customers' dislike (3): total 8.

Drivers narrowly outweigh restrainers. Retraining staff for customer-help roles could lower the strongest restraining force and make the change smoother.

### Exam tips
- **Construct** the diagram with arrows and scores from the case.
- **Evaluate**: scores are subjective, so a small difference in totals is not a clear verdict.
- Suggest actions to reduce restraining forces rather than just stating the totals.
`,
    HL,
  ),
  note(
    "T.13",
    String.raw`
**Critical path analysis (CPA)** uses a network diagram to plan a project. It identifies the **critical path**, the sequence of dependent activities that determines the minimum project duration, and the **float** time on the other activities.

### Key ideas
- Nodes (circles) show the **earliest start time (EST)** and **latest finish time (LFT)**; arrows show activities and their durations.
- EST: work forwards, taking the largest total where activities meet. LFT: work backwards, taking the smallest.
- Critical activities have zero float: any delay delays the whole project.

### Tools and formulae
Total float $=$ LFT $-$ duration $-$ EST

### Worked example
| Activity | Depends on | Duration (days) |
|---|---|---|
| A | — | 3 |
| B | A | 4 |
| C | A | 2 |
| D | B, C | 5 |

- Path A–B–D $= 3 + 4 + 5 = 12$ days; path A–C–D $= 3 + 2 + 5 = 10$ days.
- Critical path: A–B–D, 12 days.
- Float on C: EST 3, LFT 7 (D must start by day 7): $7 - 2 - 3 = 2$ days.

### Exam tips
- **Construct** the network with correctly numbered nodes and ESTs/LFTs.
- **Calculate** floats and identify the critical path clearly.
- **Evaluate**: CPA helps manage resources and deadlines, but durations are estimates and the diagram can become complex.
`,
    HL,
  ),
  note(
    "T.14",
    String.raw`
**Contribution** is what each unit (or product) adds towards fixed costs and then profit. The toolkit applies it to make-or-buy decisions and to two ways of treating costs: **contribution costing** and **absorption costing**.

### Tools and formulae
- Contribution per unit $=$ price $-$ variable cost per unit
- Cost to make $=$ total fixed costs $+$ (variable cost per unit $\times$ quantity); cost to buy $=$ price per unit $\times$ quantity

### Key ideas
- **Make-or-buy**: compare the cost to make with the cost to buy, then consider quality, reliability, capacity and control.
- **Contribution costing** allocates only variable costs to products; a product with positive contribution helps cover fixed costs even if it seems to make a loss.
- **Absorption costing** spreads all overheads over products using a chosen basis (e.g. labour hours, floor space); the result depends on the basis chosen.

### Worked example
**Make-or-buy**: making 5 000 units costs USD 10 000 fixed $+ 8 \times 5\,000 =$ USD 50 000; buying costs $11 \times 5\,000 =$ USD 55 000. Making is USD 5 000 cheaper.
**Absorption**: overheads of USD 40 000 allocated by labour hours (product X 3 000 hours, product Y 1 000 hours): X absorbs USD 30 000 and Y USD 10 000.

### Exam tips
- **Calculate** with clear working and currency codes.
- Do not drop a product with a positive contribution just because absorption costing shows a loss: fixed costs may remain.
- **Evaluate** make-or-buy with qualitative factors as well.
`,
    HL,
  ),
  note(
    "T.15",
    String.raw`
**Simple linear regression** finds the straight line that best fits the relationship between two variables, such as advertising spending ($x$) and sales ($y$). It can be used to describe a relationship and make forecasts.

### Key ideas
- **Scatter diagram**: plot the data to see whether there is a relationship.
- **Line of best fit**: $y = a + bx$, where $a$ is the intercept and $b$ the gradient (change in $y$ for each one-unit increase in $x$).
- **Correlation**: positive, negative or none; strength shown by how closely points lie to the line.
- **Coefficient of determination** $R^2$: the proportion of the variation in $y$ explained by $x$ (between 0 and 1).
- **Interpolation** (within the data range) is more reliable than **extrapolation** (beyond it).
- Correlation does not prove causation.

### Worked example
A firm finds that sales (USD thousands) follow $y = 200 + 15x$, where $x$ is advertising spending (USD thousands). With USD 10 000 advertising ($x = 10$): $y = 200 + 15 \times 10 = 350$, so predicted sales are USD 350 000. Each extra USD 1 000 of advertising is linked to USD 15 000 more sales. If $R^2 = 0.8$, 80% of the variation in sales is explained by advertising.

### Exam tips
- **Interpret** $a$, $b$ and $R^2$ in the context of the case, with units.
- **Evaluate**: other variables (season, price, competitors) may drive sales; outliers distort the line.
- Be cautious about extrapolating far beyond the data.
`,
    HL,
  ),
];

export default { subject: "business-management", notes } satisfies SubjectNotes;
