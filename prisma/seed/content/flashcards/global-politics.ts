import type { Level } from "@/lib/catalog/catalog-input";
import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Global Politics: key concepts, theories, institutions and thinkers. HL extension cards
// (topic codes HL.x) are HL only.

const card = (key: string, topicCode: string, front: string, back: string): FlashcardInput => ({
  key: `global-politics-fc-${key}`,
  levels: (topicCode.startsWith("HL") ? ["HL"] : ["SL", "HL"]) as Level[],
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // C.1 Power
  card(
    "c1-01",
    "C.1",
    "Hard power vs soft power (Joseph Nye)?",
    "Hard power: getting others to act through coercion (military force) or inducement (payments, sanctions). Soft power: getting others to want what you want through attraction — culture, political values and policies seen as legitimate.",
  ),
  card(
    "c1-02",
    "C.1",
    "What is “smart power”?",
    "Nye's term for the combination of hard and soft power in an effective strategy, e.g. pairing military alliances with diplomacy, aid and cultural exchange.",
  ),
  card(
    "c1-03",
    "C.1",
    "Robert Dahl's definition of power?",
    "“A has power over B to the extent that he can get B to do something that B would not otherwise do” — relational power observed in decision-making.",
  ),
  card(
    "c1-04",
    "C.1",
    "Steven Lukes' three dimensions of power?",
    "1) Decision-making: winning observable conflicts. 2) Non-decision-making: keeping issues off the agenda. 3) Ideological: shaping people's preferences and perceptions so that conflicts of interest do not surface.",
  ),
  card(
    "c1-05",
    "C.1",
    "Structural power (Susan Strange)?",
    "The power to shape the frameworks (security, production, finance, knowledge) within which states, firms and people relate to each other — not just to win a particular bargain.",
  ),
  card(
    "c1-06",
    "C.1",
    "How do realists view power?",
    "As material capabilities (military and economic) that states use to survive and pursue their national interest in an anarchic international system; the distribution of power (balance of power) shapes outcomes.",
  ),
  // C.2 Sovereignty
  card(
    "c2-01",
    "C.2",
    "Internal vs external sovereignty?",
    "Internal: supreme authority within a state's territory (making and enforcing law). External: recognition by other states as independent and equal, free from outside interference.",
  ),
  card(
    "c2-02",
    "C.2",
    "De jure vs de facto sovereignty?",
    "De jure: the legal right to supreme authority, recognized in law. De facto: the practical ability to exercise control. A state can have one without the other (e.g. a government that has lost control of part of its territory).",
  ),
  card(
    "c2-03",
    "C.2",
    "What is pooled sovereignty?",
    "States voluntarily share decision-making in certain areas through a regional or international organization (e.g. common trade rules), accepting joint decisions in exchange for collective benefits.",
  ),
  card(
    "c2-04",
    "C.2",
    "UN Charter Article 2(7)?",
    "The UN may not intervene in matters essentially within the domestic jurisdiction of any state — except that this does not prevent enforcement measures under Chapter VII.",
  ),
  card(
    "c2-05",
    "C.2",
    "Responsibility to Protect (R2P)?",
    "Endorsed at the 2005 World Summit: states must protect their populations from genocide, war crimes, ethnic cleansing and crimes against humanity; the international community should help, and act collectively through the Security Council if a state manifestly fails.",
  ),
  card(
    "c2-06",
    "C.2",
    "Westphalian sovereignty?",
    "The model of territorially defined states with exclusive authority inside their borders and non-interference by others, conventionally traced to the Peace of Westphalia (1648).",
  ),
  // C.3 Legitimacy
  card(
    "c3-01",
    "C.3",
    "Weber's three types of legitimate authority?",
    "Traditional (custom and inherited status), charismatic (the exceptional personal qualities of a leader), legal-rational (rules and offices established by law, e.g. constitutions and elections).",
  ),
  card(
    "c3-02",
    "C.3",
    "Input vs output legitimacy?",
    "Input: legitimacy from participation and consent (free elections, representation). Output: legitimacy from performance — what the government delivers (security, growth, services).",
  ),
  card(
    "c3-03",
    "C.3",
    "How can a state gain or lose external legitimacy?",
    "Through recognition by other states and membership of international organizations; it can lose it through suspension, sanctions, non-recognition of a government or condemnation for violating international norms.",
  ),
  card(
    "c3-04",
    "C.3",
    "Legitimacy vs legality?",
    "Legality means conforming to law; legitimacy means being accepted as rightful. An action can be legal but seen as illegitimate, or illegal but widely seen as legitimate.",
  ),
  // C.4 Interdependence
  card(
    "c4-01",
    "C.4",
    "Complex interdependence (Keohane and Nye, 1977)?",
    "A condition of multiple channels connecting societies (state and non-state), no fixed hierarchy of issues (security does not always dominate) and a reduced role for military force between interdependent states.",
  ),
  card(
    "c4-02",
    "C.4",
    "Asymmetric interdependence?",
    "When one actor depends on another more than the reverse; the less dependent actor gains leverage (e.g. over energy supply or market access) that it can use as power.",
  ),
  card(
    "c4-03",
    "C.4",
    "Globalization (in global politics)?",
    "The growing interconnection of the world through flows of goods, capital, people, information and ideas, which increases interdependence and challenges state control.",
  ),
  card(
    "c4-04",
    "C.4",
    "Liberal vs realist views of interdependence?",
    "Liberals: interdependence raises the cost of conflict and encourages cooperation and institutions. Realists: states care about relative gains and security, so dependence is a vulnerability to be limited.",
  ),
  // T1 Rights and justice
  card(
    "t1-01",
    "T1",
    "The International Bill of Human Rights?",
    "The Universal Declaration of Human Rights (1948) plus the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights (both 1966).",
  ),
  card(
    "t1-02",
    "T1",
    "Three generations of rights?",
    "First: civil and political (speech, vote, fair trial). Second: economic, social and cultural (education, health, work). Third: collective/solidarity rights (development, a healthy environment, self-determination).",
  ),
  card(
    "t1-03",
    "T1",
    "Universalism vs cultural relativism?",
    "Universalism: human rights apply to everyone because they are human. Cultural relativism: moral standards depend on culture, so rights should be interpreted locally; critics say relativism can excuse abuses.",
  ),
  card(
    "t1-04",
    "T1",
    "International Criminal Court (ICC)?",
    "Created by the Rome Statute (1998, in force 2002) to try individuals for genocide, crimes against humanity, war crimes and aggression. It is complementary to national courts and depends on states to arrest suspects.",
  ),
  card(
    "t1-05",
    "T1",
    "Rawls vs Nozick on justice?",
    "Rawls: principles chosen behind a veil of ignorance, including the difference principle (inequalities must benefit the least advantaged). Nozick: justice is about just acquisition and transfer (entitlement); redistribution by the state violates liberty.",
  ),
  card(
    "t1-06",
    "T1",
    "Retributive vs restorative justice?",
    "Retributive: punishment proportionate to the crime (e.g. trials). Restorative: repairing harm and relationships through acknowledgement, truth-telling and reconciliation (e.g. truth commissions).",
  ),
  card(
    "t1-07",
    "T1",
    "Negative vs positive rights?",
    "Negative rights require others (especially the state) not to interfere (e.g. freedom of speech). Positive rights require action or provision (e.g. the right to education).",
  ),
  card(
    "t1-08",
    "T1",
    "UN Human Rights Council and the Universal Periodic Review?",
    "The Council (47 member states, created 2006, replacing the Commission on Human Rights) reviews every UN member's human rights record in the UPR, where states make recommendations to each other.",
  ),
  // T2 Development and sustainability
  card(
    "t2-01",
    "T2",
    "Brundtland definition of sustainable development?",
    "Development that meets the needs of the present without compromising the ability of future generations to meet their own needs (Our Common Future, 1987).",
  ),
  card(
    "t2-02",
    "T2",
    "MDGs vs SDGs?",
    "Millennium Development Goals: 8 goals, 2000–2015, focused on developing countries. Sustainable Development Goals: 17 goals, 2015–2030 (Agenda 2030), universal and covering economic, social and environmental dimensions.",
  ),
  card(
    "t2-03",
    "T2",
    "Human Development Index (HDI)?",
    "UNDP index (since 1990) combining life expectancy, education and gross national income per capita; reflects the human development view that development is more than income.",
  ),
  card(
    "t2-04",
    "T2",
    "Modernization theory vs dependency theory?",
    "Modernization (e.g. Rostow's stages of growth): all societies can develop by following the path of industrialized states. Dependency: the global economy keeps a poor periphery dependent on a rich core, so underdevelopment is structural.",
  ),
  card(
    "t2-05",
    "T2",
    "Sen's capabilities approach?",
    "Development as the expansion of people's real freedoms (capabilities) to do and be what they value; income is a means, not the goal (Development as Freedom, 1999).",
  ),
  card(
    "t2-06",
    "T2",
    "Paris Agreement (2015): key features?",
    "Aims to keep warming well below 2 °C and pursue efforts to limit it to 1.5 °C; all parties set nationally determined contributions, updated over time; regular global stocktakes.",
  ),
  card(
    "t2-07",
    "T2",
    "Washington Consensus?",
    "Market-oriented reforms promoted in the 1980s–1990s by the IMF, World Bank and US Treasury: fiscal discipline, trade and financial liberalization, privatization, deregulation; criticized for ignoring social costs.",
  ),
  card("t2-08", "T2", "Gini coefficient?", "A measure of inequality of income or wealth from 0 (perfect equality) to 1 (or 100; one person has everything)."),
  // T3 Peace and conflict
  card(
    "t3-01",
    "T3",
    "Galtung: negative vs positive peace?",
    "Negative peace: absence of direct violence. Positive peace: absence of structural and cultural violence as well — justice, equality and cooperation that sustain peace.",
  ),
  card(
    "t3-02",
    "T3",
    "Structural and cultural violence?",
    "Structural: avoidable harm built into social structures (poverty, discrimination). Cultural: beliefs and symbols that make direct or structural violence seem acceptable.",
  ),
  card(
    "t3-03",
    "T3",
    "Jus ad bellum vs jus in bello?",
    "Jus ad bellum (going to war): just cause, legitimate authority, right intention, last resort, probability of success, proportionality. Jus in bello (conduct): discrimination between combatants and civilians, proportionality.",
  ),
  card(
    "t3-04",
    "T3",
    "Principles of UN peacekeeping?",
    "Consent of the parties, impartiality, and non-use of force except in self-defence and defence of the mandate.",
  ),
  card(
    "t3-05",
    "T3",
    "Security dilemma?",
    "Measures a state takes for its own security (arms, alliances) make others less secure; they respond, and everyone may end up less secure — a key realist idea.",
  ),
  card(
    "t3-06",
    "T3",
    "Peacemaking, peacekeeping, peacebuilding?",
    "Peacemaking: negotiating an end to fighting. Peacekeeping: helping maintain a ceasefire or agreement. Peacebuilding: addressing root causes and building institutions for lasting (positive) peace.",
  ),
  card(
    "t3-07",
    "T3",
    "Kaldor's “new wars”?",
    "Post-Cold War conflicts involving state and non-state networks, identity politics, violence against civilians and globalized, predatory war economies, as opposed to inter-state “old wars”.",
  ),
  card(
    "t3-08",
    "T3",
    "UN Security Council composition?",
    "15 members: 5 permanent with a veto (China, France, Russia, UK, US) and 10 non-permanent members elected for two-year terms. It can authorize sanctions and force under Chapter VII.",
  ),
  // HL extension
  card(
    "hl1-01",
    "HL.1",
    "Non-refoulement?",
    "The rule (Article 33 of the 1951 Refugee Convention) that a refugee must not be returned to a territory where their life or freedom would be threatened.",
  ),
  card(
    "hl1-02",
    "HL.1",
    "Refugee (1951 Convention definition, in brief)?",
    "A person outside their country of nationality who has a well-founded fear of persecution for reasons of race, religion, nationality, membership of a particular social group or political opinion, and cannot or will not seek that country's protection.",
  ),
  card(
    "hl2-01",
    "HL.2",
    "Tragedy of the commons (Hardin, 1968)?",
    "When a shared resource is open to all, each user gains from using more while the costs are shared, so the resource is overused — a collective action problem behind overfishing and climate change.",
  ),
  card(
    "hl2-02",
    "HL.2",
    "Common but differentiated responsibilities?",
    "A principle of the UNFCCC (1992): all states share responsibility for the environment, but their obligations differ according to historical emissions and capabilities.",
  ),
  card(
    "hl3-01",
    "HL.3",
    "Intersectionality?",
    "Kimberlé Crenshaw's term (1989) for how overlapping identities (race, gender, class, etc.) combine to produce distinct experiences of discrimination.",
  ),
  card(
    "hl3-02",
    "HL.3",
    "Formal vs substantive equality?",
    "Formal: equal treatment in law. Substantive: equal outcomes or real opportunities, which may require measures such as quotas or targeted support.",
  ),
  card(
    "hl4-01",
    "HL.4",
    "International Health Regulations (2005)?",
    "Binding WHO rules requiring states to notify possible public health emergencies of international concern and build capacity to detect and respond; the WHO cannot enforce them inside states.",
  ),
  card(
    "hl4-02",
    "HL.4",
    "Vaccine nationalism?",
    "States securing vaccines for their own populations first (e.g. through advance purchase deals), limiting supplies for poorer states and undermining global equity.",
  ),
  card(
    "hl5-01",
    "HL.5",
    "Anderson's “imagined communities” (1983)?",
    "Nations are imagined because members feel bound to people they will never meet; national identity is socially constructed, spread e.g. by print media.",
  ),
  card(
    "hl5-02",
    "HL.5",
    "Self-determination?",
    "The right of peoples to determine their political status; it can be internal (autonomy within a state) or external (independence/secession), which challenges states' territorial integrity.",
  ),
  card(
    "hl6-01",
    "HL.6",
    "Absolute vs relative poverty?",
    "Absolute: lacking the resources for basic needs (often measured against an international poverty line). Relative: being poor compared with others in one's society (e.g. below a share of median income).",
  ),
  card(
    "hl6-02",
    "HL.6",
    "Multidimensional Poverty Index (MPI)?",
    "UNDP and Oxford (OPHI) index, first published in 2010, measuring overlapping deprivations in health, education and living standards rather than income alone.",
  ),
  card(
    "hl7-01",
    "HL.7",
    "Human security?",
    "Security centred on people rather than states — freedom from fear and want. Set out in the UNDP's 1994 Human Development Report with seven dimensions (economic, food, health, environmental, personal, community, political).",
  ),
  card(
    "hl7-02",
    "HL.7",
    "Securitization (Copenhagen School)?",
    "An actor presents an issue as an existential threat (a speech act); if the audience accepts, extraordinary measures outside normal politics become justified.",
  ),
  card(
    "hl8-01",
    "HL.8",
    "Digital divide?",
    "Unequal access to digital technology and the internet between and within states (by income, region, gender, age), which can deepen other inequalities.",
  ),
  card(
    "hl8-02",
    "HL.8",
    "Budapest Convention (2001)?",
    "The Council of Europe's Convention on Cybercrime, the first international treaty on crimes committed via the internet; open to non-European states.",
  ),
];

const content: SubjectFlashcards = { subject: "global-politics", flashcards };
export default content;
