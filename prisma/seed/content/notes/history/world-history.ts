import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for the world history topics (WH1–WH12), examined by Paper 2 (two essays from two
// different topics, 15 marks each). Each note names the case studies students typically compare across the
// IB's four regions, gives key facts for two or three of them, the debates, and how to plan an essay.
// Original writing; where figures are disputed the note gives a range and says so.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];

export const worldHistoryNotes: TopicNoteInput[] = [
  {
    key: "history-note-wh1",
    levels: BOTH,
    topicCode: "WH1",
    body: String.raw`This topic looks at how medieval societies between **750 and 1400** were organised and how they changed: **economy and trade**, **social structures**, **religion**, **culture and learning**, and the impact of **disease and disaster**. Paper 2 questions usually ask you to compare two societies, or to explain the impact of one factor (trade, religion, plague) with examples from **two different regions** (Africa and the Middle East, the Americas, Asia and Oceania, Europe).

### Case studies students often compare
- **Europe**: manorialism and the growth of towns; the Black Death and its aftermath.
- **Asia**: Song China (960–1279), a commercial revolution.
- **Africa and the Middle East**: Abbasid Baghdad; Mali and the trans-Saharan trade; Mamluk Egypt and the plague.
- **The Americas**: Mexica Tenochtitlan (founded in the 14th century) or Chimú society.

### Key facts: three examples
**The Black Death (Europe and the Middle East)**
- Reached the Mediterranean from the Black Sea in **1347**; spread across Europe in 1348–1350 and hit Egypt and Syria in 1348. Europe lost perhaps a third to a half of its population (estimates range from about 30 % to 60 %); Cairo also lost a large share.
- In Europe, labour shortages raised wages; rulers tried to freeze them (England's Statute of Labourers, 1351), contributing to revolts such as the **Jacquerie (1358)** and the **English Peasants' Revolt (1381)**. Jews were massacred in many cities, accused of poisoning wells; flagellant movements spread.
- Some historians argue that in Egypt the Mamluk elite's control of land meant the rural economy recovered more slowly than in western Europe; religious responses also differed (communal prayer, and less scapegoating of minorities).

**Song China (960–1279)**
- **Champa rice** (quick-ripening, introduced in the early 11th century) supported population growth to perhaps 100 million or more.
- Government-issued **paper money** (from the 1020s in Sichuan), printing (movable type is described in the 1040s), large cities such as Kaifeng and Hangzhou, and maritime trade through ports such as Quanzhou.
- Civil service **examinations** expanded a scholar-official class; Neo-Confucianism shaped family and gender norms (foot-binding spread among elites).

**Mali (13th–14th centuries)**
- Founded by **Sundiata Keita** (victory at Kirina, c.1235); wealth from gold fields and the trans-Saharan exchange of gold for salt and goods.
- **Mansa Musa's** pilgrimage to Mecca (**1324**) displayed that wealth; his spending in Cairo was remembered by Arab writers. Timbuktu became a centre of Islamic learning, though most rural subjects kept local religious practices.

### Essay planning
*"Compare and contrast the impact of disease on two societies, each chosen from a different region."*
- Introduction: name the two societies and the period; state your line of argument (e.g. similar demographic shock, different social outcomes).
- Paragraphs by **theme**, not by society: demographic impact; economic effects (wages, land, prices); social unrest; religious and cultural responses. In each paragraph, discuss both societies and say explicitly what is similar and what is different.
- Conclusion: answer the question: were the effects more alike or more different, and why (political structure, landholding, belief)?

### Common mistakes
- Writing two separate narratives with a comparison only in the conclusion; comparison must run throughout.
- Treating "feudalism" as a single system everywhere in Europe; many historians now question the term, so define what you mean.
- Using examples outside 750–1400 or from the same region when the question requires two regions.

### Exam tips
- Paper 2: two essays in 90 minutes, each from a **different** topic, each marked out of 15. Plan for about 5 minutes.
- "To what extent" and "evaluate" need a clear judgement; "compare and contrast" needs both similarities and differences.
- Precise dates, names and figures (with a range where disputed) lift an essay into the top markbands.
`,
  },
  {
    key: "history-note-wh2",
    levels: BOTH,
    topicCode: "WH2",
    body: String.raw`This topic covers wars between **750 and 1500**: their **causes** (dynastic, religious, territorial, economic), their **nature and practice** (technology, tactics, leadership, sieges) and their **effects** (political, territorial, economic, social). Questions usually ask you to compare the causes or effects of **two wars, each from a different region**, or to evaluate the importance of one factor, such as religion or technology.

### Wars students often compare
- **Europe**: the Hundred Years' War (1337–1453); the Wars of the Roses (1455–1485); the Norman Conquest (1066).
- **Europe / Middle East**: the First Crusade (1096–1099); the Reconquista.
- **Asia**: the Genpei War in Japan (1180–1185); the Ōnin War (1467–1477); the Mongol invasions of Japan (1274, 1281).
- **Africa / Middle East**: the Mamluk victory over the Mongols at Ain Jalut (1260).

### Key facts: three examples
**The Hundred Years' War (1337–1453)**
- Causes: Edward III's claim to the French throne (through his mother); French confiscation of **Gascony** (1337); rivalry over Flanders and its wool trade; French support for Scotland.
- Course: English victories at **Crécy (1346)**, **Poitiers (1356**, John II captured) and **Agincourt (1415)**; the Treaty of Troyes (1420) named Henry V heir to France. **Joan of Arc** helped relieve Orléans (1429); Charles VII was crowned at Reims. French artillery and a standing army won at Formigny (1450) and **Castillon (1453)**.
- Effects: England lost all its French lands except Calais; the French monarchy emerged with permanent taxation and a standing army; some historians link defeat to the political crisis that led to the Wars of the Roses.

**The First Crusade (1096–1099)**
- Causes: Byzantine Emperor Alexios I's appeal for help against the Seljuk Turks; Pope **Urban II's** call at **Clermont (1095)**, offering remission of penance; papal ambition to lead Latin Christendom; pilgrimage piety; hopes of land and wealth (though many historians stress that crusading was ruinously expensive, so piety mattered more than profit).
- Course: Nicaea and Dorylaeum (1097); the long siege of Antioch (1097–1098); **Jerusalem** taken with a massacre in **July 1099**; Muslim disunity (Seljuk rivals and the Fatimids) helped the crusaders.
- Effects: four crusader states; military orders; lasting hostility; growth of Italian trade with the Levant.

**The Ōnin War (1467–1477)**
- Causes: a succession dispute in the Ashikaga shogunate combined with rivalry between the Hosokawa and Yamana families and disputes within other great houses.
- Effects: Kyoto was largely destroyed; central authority collapsed; regional lords (*daimyō*) fought for power for about a century (the Sengoku or "warring states" period).

### Essay planning
*"Evaluate the importance of religion as a cause of two medieval wars, each chosen from a different region."*
- Choose wars where religion can be weighed: the First Crusade (high importance, but mixed with political and economic motives) against the Hundred Years' War (low: dynastic and economic).
- Paragraph on religion in each war, then paragraphs on other causes, with explicit judgement of relative weight.
- Conclusion: religion's importance varied with the type of war; even in crusading it was interwoven with politics.

### Common mistakes
- Narrating battles instead of analysing causes or effects.
- Treating the Hundred Years' War as a single continuous conflict; it was a series of campaigns and truces.
- Ignoring the non-European perspective on the Crusades (Arab chroniclers, Byzantine views).

### Exam tips
- For "effects", separate short-term and long-term, and political, economic and social.
- Use historiography sparingly and only when you are sure of it; well-chosen evidence is worth more than name-dropping.
`,
  },
  {
    key: "history-note-wh3",
    levels: BOTH,
    topicCode: "WH3",
    body: String.raw`This topic examines medieval rulers and dynasties between **750 and 1500**: how rulers **gained and kept power**, how they claimed **legitimacy** (religion, descent, conquest), how they **governed** (law, administration, revenue), and how they handled **expansion**, rivals and succession. Questions often ask you to compare two rulers or dynasties from **different regions**, or to evaluate the role of religion or military power in maintaining rule.

### Rulers students often compare
- **Europe**: Charlemagne; William I of England; Frederick II; Isabella I of Castile.
- **Africa and the Middle East**: Harun al-Rashid (Abbasid); Saladin (Ayyubid); Mansa Musa (Mali); Mehmed II (Ottoman).
- **Asia**: Song Taizu; Kublai Khan (Yuan); the Hongwu Emperor (Ming).
- **The Americas**: Pachacuti (Inca); Moctezuma I (Mexica).

### Key facts: three examples
**Charlemagne (king of the Franks 768–814)**
- Expansion: conquest of the Lombard kingdom (774) and long, brutal wars against the Saxons (772–804), including forced conversion.
- Legitimacy: crowned **emperor** by Pope Leo III in Rome on **25 December 800**, combining Frankish kingship, Roman imperial tradition and papal blessing.
- Government: counts in the localities checked by travelling royal agents (*missi dominici*); written instructions (capitularies); a revival of learning at court under scholars such as Alcuin.
- Weakness: the empire depended on his personal power and was divided among his grandsons (Treaty of Verdun, 843).

**Mehmed II (Ottoman sultan 1444–1446 and 1451–1481)**
- Conquest of **Constantinople** on **29 May 1453** with massive artillery, making it the Ottoman capital and strengthening his claim to Roman imperial succession.
- Government: centralised power through slave-soldiers and officials recruited by the *devshirme* (the Janissaries), law codes (*kanunname*), and repopulation of Istanbul with Muslims, Christians and Jews.
- Succession: a law allowing a new sultan to kill his brothers, intended to prevent civil war.

**The Hongwu Emperor (Zhu Yuanzhang, ruled 1368–1398)**
- Rose from poverty through the rebellions against the Mongol Yuan dynasty; founded the **Ming** in **1368**.
- Legitimacy: presented himself as restoring Chinese rule and Confucian order; issued the Ming Code.
- Control: abolished the office of chancellor (1380) after purging his chief minister; purges killed tens of thousands (figures vary); rural organisation into household groups for tax and order.

### Essay planning
*"To what extent was military success the most important factor in maintaining the power of two rulers, each chosen from a different region?"*
- Choose rulers where military power and other factors can be weighed (e.g. Charlemagne and Mehmed II).
- Paragraphs by factor: military success; religious legitimacy; administration and law; economic resources; control of elites and succession. Compare both rulers in each paragraph.
- Conclusion: military success created power, but durable rule came from institutions; show which ruler's system survived him better and why.

### Common mistakes
- Writing a biography: questions are about *how power worked*, so select evidence by factor.
- Confusing gaining power with maintaining it: read the question closely.
- Ignoring the limits of power (nobles, church, distance, communications).

### Exam tips
- Define legitimacy in your introduction; it gives your essay an analytical frame.
- Dates of reigns and of key turning points (800, 1453, 1368) should be precise.
- "Compare and contrast" essays should contain explicit comparative sentences in every paragraph.
`,
  },
  {
    key: "history-note-wh4",
    levels: BOTH,
    topicCode: "WH4",
    body: String.raw`This topic examines societies between **1400 and 1700** that were changing fast: **social and economic change** (population, prices, trade), **cultural and intellectual developments** (printing, the Renaissance, new science), **religious challenge and conflict**, and **exploration and contact** between peoples. Questions typically ask you to compare how two societies from **different regions** changed, or to evaluate the impact of one factor (religion, trade, new ideas).

### Case studies students often compare
- **Europe**: the Reformation in the Holy Roman Empire; the Renaissance in Italy; the impact of printing.
- **Asia**: Ming China and the Zheng He voyages (1405–1433); Tokugawa Japan; Mughal India under Akbar.
- **The Americas**: the Columbian exchange and colonial society in New Spain or Peru.
- **Africa and the Middle East**: the Ottoman Empire; the Atlantic slave trade and West African states such as Kongo.

### Key facts: three examples
**The Reformation in the Holy Roman Empire**
- Martin Luther's **95 Theses** (1517) against the sale of indulgences; excommunication (1521) and the **Diet of Worms** (1521). Printing spread pamphlets and images quickly.
- Princes adopted Lutheranism for faith and for control of church land; the **Peasants' War (1524–1525)**, which Luther condemned, was crushed.
- The **Peace of Augsburg (1555)** let each prince choose Lutheranism or Catholicism for his lands; the Catholic Church responded at the **Council of Trent (1545–1563)** and through the Jesuits.

**Tokugawa Japan**
- After victory at **Sekigahara (1600)**, Tokugawa Ieyasu became shogun (1603). Alternate attendance (*sankin-kōtai*, formalised 1635) made daimyō spend every other year in Edo, draining their wealth.
- Christianity was banned (1614); after the **Shimabara rebellion (1637–1638)**, edicts of the 1630s restricted foreign contact: the Dutch were confined to Dejima at Nagasaki, while trade continued with China, Korea and via Tsushima and Satsuma. Historians now question the term "closed country" (*sakoku*) for this reason.
- Peace encouraged commercial growth, cities (Edo, Osaka) and a merchant culture, despite the official hierarchy of samurai, peasants, artisans and merchants.

**The Columbian exchange in the Americas**
- After 1492, Old World diseases (smallpox, measles) caused catastrophic population decline; the size is disputed because pre-contact estimates vary widely.
- Horses, cattle, wheat and sugar came to the Americas; maize, potatoes and cassava spread to Europe, Africa and Asia.
- Silver from **Potosí** (from 1545) and Mexico flowed to Europe and, via the Manila galleons (from 1565), to China, linking a global economy.

### Essay planning
*"Evaluate the impact of religious change on two societies, each chosen from a different region."*
- Pair the Reformation in Germany with religious policy in Tokugawa Japan (suppression of Christianity) or Akbar's policy of tolerance.
- Paragraphs: political impact (princes, state control of religion); social impact (rebellion, persecution); cultural and economic impact; limits of change (continuity for most people).
- Conclusion: weigh where religious change was a cause of transformation and where rulers used it to reinforce stability.

### Common mistakes
- Assuming "transition" means modernisation everywhere; Tokugawa Japan deliberately sought stability.
- Vague claims about the "scientific revolution" without named figures or dates (e.g. Copernicus 1543, Galileo's trial 1633, Newton's *Principia* 1687).
- Choosing two European societies when the question asks for different regions.

### Exam tips
- "Societies in transition" rewards analysis of **change and continuity** together; say what did *not* change.
- Link cause to effect explicitly: printing → rapid spread of ideas → harder for authorities to suppress dissent.
`,
  },
  {
    key: "history-note-wh5",
    levels: BOTH,
    topicCode: "WH5",
    body: String.raw`This topic covers states between **1450 and 1789**: how rulers **built and centralised** power, how they claimed **legitimacy** (divine right, dynasty, religion), how they **administered and financed** the state, and how they dealt with **expansion, rebellion and decline**. Questions commonly ask you to compare two rulers or states from **different regions**, or to evaluate the success of a ruler's domestic policies.

### States students often compare
- **Europe**: France under Louis XIV; Russia under Peter the Great; Prussia under Frederick II; Spain under Philip II.
- **Asia**: Mughal India under Akbar; Qing China under Kangxi; Tokugawa Japan.
- **Africa and the Middle East**: the Ottoman Empire under Suleiman I (1520–1566); Safavid Iran under Abbas I.
- **The Americas**: the Inca state before 1532; Spanish viceroyalties.

### Key facts: three examples
**Louis XIV of France (reigned 1643–1715)**
- The **Fronde** (1648–1653), noble and judicial revolts during his childhood, shaped his determination to control the nobility.
- Personal rule from **1661** after Mazarin's death: ministers from non-aristocratic families, **intendants** in the provinces, Colbert's mercantilist policies, and a larger army.
- **Versailles** (court moved there in 1682) turned nobles into courtiers competing for royal favour.
- Religious unity: the **Revocation of the Edict of Nantes (1685)** drove many Huguenots abroad.
- Costs: long wars, ending with the War of the Spanish Succession, left heavy debt. Some historians argue "absolutism" depended on cooperation with regional elites rather than simply overriding them.

**Peter the Great of Russia (reigned 1682–1725, alone from 1696)**
- The **Grand Embassy** to western Europe (1697–1698); brutal suppression of the streltsy revolt (1698).
- The **Great Northern War** against Sweden (1700–1721): defeat at Narva (1700), victory at **Poltava (1709)**, the Baltic coast gained at Nystad (1721).
- Reforms: a new capital, **St Petersburg** (founded 1703); a navy; the **Table of Ranks (1722)**, linking status to service; the Holy Synod replacing the patriarch (1721); a poll tax; western dress and shaving imposed on elites.
- Limits: serfdom deepened; reforms rested on coercion and did not reach most peasants.

**Akbar, Mughal emperor (reigned 1556–1605)**
- Victory at the **Second Battle of Panipat (1556)**; expansion across northern India.
- Administration: the ***mansabdari*** system ranked officials by the troops they maintained; revenue reforms assessed land tax on average yields.
- Legitimacy through inclusion: alliances and marriages with **Rajput** rulers; abolition of the *jizya* tax on non-Muslims (1564); a policy of universal tolerance (*sulh-i kul*); religious debates at Fatehpur Sikri.

### Essay planning
*"Compare and contrast the methods used by two rulers, each chosen from a different region, to strengthen central authority."*
- Pair Louis XIV with Akbar or Peter the Great.
- Paragraphs: control of the nobility; administration and revenue; religion and legitimacy; military power; limits and opposition.
- Conclusion: similar aims (control of elites, revenue, army) pursued by different means (coercion vs incorporation).

### Common mistakes
- Quoting "L'État, c'est moi"; there is no good evidence Louis said it.
- Describing reforms without assessing success: who benefited, what lasted, what failed?
- Treating "absolute" as meaning "unlimited"; all early modern rulers faced practical limits.

### Exam tips
- For "evaluate" questions, set criteria (stability, revenue, territory, durability after the ruler's death) and judge against them.
- Precise dates of reigns and reforms show command of the material.
`,
  },
  {
    key: "history-note-wh6",
    levels: BOTH,
    topicCode: "WH6",
    body: String.raw`This topic covers wars between **1500 and 1750**: their **causes** (religious, dynastic, territorial, economic), their **nature** (the "military revolution", sieges, mercenaries, naval warfare) and their **effects** (territorial settlements, state-building, economic and social costs). Questions usually ask you to compare the causes or effects of **two wars from different regions**, or to assess the role of religion or technology.

### Wars students often compare
- **Europe**: the Thirty Years' War (1618–1648); the English Civil Wars (1642–1651); the Dutch Revolt; the War of the Spanish Succession (1701–1714).
- **Asia**: the Imjin War in Korea (1592–1598); the Ming–Qing transition; Mughal wars of expansion.
- **Africa and the Middle East**: Ottoman–Safavid wars; Ottoman–Habsburg wars (sieges of Vienna, 1529 and 1683).
- **The Americas**: King Philip's War (1675–1676); Spanish conquest campaigns.

### Key facts: three examples
**The Thirty Years' War (1618–1648)**
- Causes: religious tension unresolved by the Peace of Augsburg (1555), which excluded Calvinists; Habsburg ambitions; the **Defenestration of Prague (1618)** and the Bohemian revolt.
- Course: Catholic victory at the **White Mountain (1620)**; the **Edict of Restitution (1629)**; Swedish intervention under **Gustavus Adolphus** (1630, victory at Breitenfeld 1631, killed at Lützen 1632); Catholic France's open entry against the Habsburgs (**1635**), showing that dynastic and strategic rivalry had overtaken religion.
- Effects: the **Peace of Westphalia (1648)** recognised Calvinism, strengthened the princes, and confirmed Dutch and Swiss independence. German population losses were severe: estimates commonly range from about 20 % to over 30 %, varying greatly by region, and are debated.

**The Imjin War (1592–1598)**
- Causes: Toyotomi Hideyoshi, having unified Japan, sought to conquer Ming China through Korea; unifying wars had created a large, experienced army.
- Course: rapid Japanese advance in 1592 (Seoul taken); Korean naval victories under **Admiral Yi Sun-sin**; Ming intervention (on a large scale from early 1593); a second invasion (1597) ended after Hideyoshi's death in 1598.
- Effects: devastation in Korea; heavy costs to the Ming, which some historians link to later fiscal weakness; the Tokugawa, who took power after 1600, avoided foreign wars.

**The War of the Spanish Succession (1701–1714)**
- Cause: Charles II of Spain died childless (1700), leaving his empire to Louis XIV's grandson Philip of Anjou; other powers feared a Franco-Spanish union.
- Course: Marlborough's victory at **Blenheim (1704)**; long, costly campaigns in the Low Countries, Italy and Spain.
- Effects: the **Treaty of Utrecht (1713)**: Philip V kept Spain but renounced the French throne; Britain gained Gibraltar, Minorca and the *asiento* (right to supply enslaved Africans to Spanish America); the balance of power became a principle of diplomacy.

### The "military revolution" debate
Michael Roberts argued that tactical changes in the period 1560–1660 produced larger armies and stronger states; Geoffrey Parker extended the idea to new fortifications and to Europe's global expansion. Critics question the timing and argue that states' growth caused military change as much as the reverse.

### Essay planning
*"Evaluate the importance of religion as a cause of two wars, each chosen from a different region."* Thirty Years' War (religion important at the start, less later) against the Imjin War (hardly religious: ambition, prestige, unification). Paragraphs by cause, comparing in each; judgement on how religion interacted with dynastic and strategic aims.

### Common mistakes
- Calling the Thirty Years' War simply a "war of religion".
- Narrating campaigns instead of analysing causes or effects.

### Exam tips
- Distinguish short-term triggers (the Defenestration, Charles II's will) from long-term causes.
- Effects should be grouped: political/territorial, economic, social, and for international relations.
`,
  },
  {
    key: "history-note-wh7",
    levels: BOTH,
    topicCode: "WH7",
    body: String.raw`This topic covers industrialization from **1750 to 2005**: the **causes** (why some countries industrialized first or fast), the **processes** (technology, transport, finance, the role of the state), and the **impact** (social, economic, political, environmental). Questions usually ask you to compare the causes or impact of industrialization in **two countries from different regions**, or to evaluate one factor, such as the role of government.

### Countries students often compare
- **Europe**: Britain (the first industrial nation); Germany after the Zollverein (1834); Russia under Witte (1890s).
- **Asia**: Meiji Japan; China after 1978.
- **The Americas**: the USA after the Civil War; Argentina or Brazil.
- **Africa and the Middle East**: Egypt under Muhammad Ali (early 19th century); South Africa's mining economy.

### Key facts: three examples
**Britain (c.1750–1850)**
- Causes: agricultural change that fed a growing population and released labour; abundant **coal** near iron ore; capital from trade and empire; a large domestic and colonial market; secure property rights and patents; navigable rivers and canals.
- Technology: Darby's coke smelting (1709); Hargreaves's spinning jenny (c.1764); **Arkwright's water frame (1769)** and factory at Cromford (1771); **Watt's separate condenser (patented 1769)**; Cort's puddling process (1784); the **Liverpool–Manchester Railway (1830)**.
- Impact: rapid urban growth (Manchester), poor housing and public health; child labour regulated by the **Factory Act (1833)**; working-class movements such as **Chartism** (1838–1848). Historians still debate whether living standards rose or fell before about 1840.
- Debate: Robert Allen explains British inventiveness by high wages and cheap coal, which made labour-saving machines profitable; Kenneth Pomeranz argues that coal and colonial resources explain why Britain, not the Yangzi delta, broke through.

**Meiji Japan (1868–1912)**
- After the **Meiji Restoration (1868)** the state drove change to avoid Western domination: the Iwakura Mission (1871–1873) studied the West; a land tax (1873) funded investment.
- The state built model factories such as the **Tomioka silk mill (1872)** and the first railway (Tokyo–Yokohama, 1872); in the 1880s many state enterprises were sold cheaply to business groups (**zaibatsu** such as Mitsui and Mitsubishi). The state-run Yawata steelworks opened in 1901.
- Impact: silk and cotton exports, a strong military (victory over Russia in 1905), but poor conditions for young female textile workers and heavy rural taxation.

**Russia under Witte (minister of finance 1892–1903)**
- State-led, loan-financed industrialization: the **Trans-Siberian Railway** (begun 1891), foreign (especially French) investment, protective tariffs, the gold standard (1897).
- Impact: rapid growth in coal, iron and oil, but a concentrated, discontented urban working class that played a key role in 1905 and 1917.
- Alexander Gerschenkron's argument that "backward" late developers relied more on the state and banks fits Russia and Japan well.

### Essay planning
*"Compare and contrast the role of the state in the industrialization of two countries, each chosen from a different region."*
- Britain (limited state role: laws, property rights, protection of trade) against Japan (state as planner, investor and entrepreneur).
- Paragraphs: finance and investment; infrastructure; technology transfer; labour and social policy; outcomes.
- Conclusion: the later a country industrialized, the larger the state's role, but private enterprise mattered in both.

### Common mistakes
- Listing inventions without explaining why they mattered (productivity, cost, scale).
- Ignoring negative impacts (working conditions, environment) or the experience of women and children.
- Writing about two countries from the same region when the question requires different regions.

### Exam tips
- Give dates, outputs or growth figures only when you are sure of them; a precise, modest claim beats an invented statistic.
- "Evaluate the impact" needs criteria: economic growth, living standards, political change, environment.
`,
  },
  {
    key: "history-note-wh8",
    levels: BOTH,
    topicCode: "WH8",
    body: String.raw`This topic covers movements for independence from **1800 to 2000**: their **origins and rise** (nationalism, the effects of war, colonial policies), the **methods** used (non-violent mass protest, negotiation, armed struggle), the **reasons for success**, and the **challenges** new states faced after independence. Questions ask you to compare two movements from **different regions**, or to evaluate the importance of one factor (a leader, war, the weakness of the colonial power).

### Movements students often compare
- **Asia**: India (1947); Vietnam (1945–1954); Indonesia (1945–1949).
- **Africa and the Middle East**: Algeria (1962); Ghana (1957); Kenya (1963).
- **The Americas**: Spanish America under Bolívar and San Martín (1810s–1820s); Cuba (1898).
- **Europe**: Ireland (1922); the Baltic states (1991).

### Key facts: three examples
**India (independence 1947)**
- Origins: the **Indian National Congress** (1885); the All-India Muslim League (1906); the **Amritsar massacre** (1919) turned many moderates against British rule.
- Methods: Gandhi's **non-cooperation campaign** (1920–1922, called off after the violence at Chauri Chaura); the **Salt March** (1930); the **Quit India** movement (1942), after which Congress leaders were imprisoned.
- Reasons for success: mass mobilisation; Britain's weakness and debt after the Second World War; the Labour government's willingness to leave; pressure from the 1946 naval mutiny.
- Challenges: **Partition** (15 August 1947) with violence whose death toll is disputed (estimates range from about 200,000 to 2 million) and some 10–20 million people displaced; the integration of princely states; the conflict over Kashmir.

**Algeria (independence 1962)**
- Origins: French rule since 1830, with about a million European settlers; the massacre at **Sétif** (1945).
- Methods: the **FLN** began armed revolt on **1 November 1954**; guerrilla and urban warfare (the **Battle of Algiers**, 1957); France used mass internment and torture.
- Reasons for success: the FLN's international diplomacy; the cost of the war to France; the political crisis of 1958 that brought de Gaulle to power; French public opinion. The **Évian Accords** (March 1962) led to independence in July 1962.
- Challenges: the flight of most settlers; reprisals against *harkis* (Algerians who had served France); FLN one-party rule and an army coup (1965). Algerian deaths are disputed: figures range from around 250,000 (some French estimates) to 1.5 million (the Algerian official figure).

**Spanish America (1810s–1820s)**
- Origins: creole resentment of peninsular-born officials; Napoleon's invasion of Spain (1808) created a crisis of legitimacy.
- Methods: long wars led by Simón Bolívar in the north (Boyacá 1819, Carabobo 1821) and José de San Martín in the south; victory at **Ayacucho (1824)**.
- Challenges: the break-up of Gran Colombia (1830), military strongmen (*caudillos*), and little change for Indigenous people and the enslaved.

### Essay planning
*"To what extent was the weakness of the colonial power the main reason for the success of two independence movements, each chosen from a different region?"*
- India and Algeria: Britain's post-war exhaustion vs France's determination to hold Algeria.
- Paragraphs by factor: colonial weakness; the movement's leadership and organisation; methods; international context (UN, Cold War, decolonisation elsewhere). Compare both movements in each paragraph.
- Conclusion: colonial weakness was necessary, but movements created the pressure that made holding on too costly.

### Common mistakes
- Crediting independence to one leader alone (Gandhi did not win independence single-handed).
- Forgetting the post-independence challenges, which are part of the topic.

### Exam tips
- Define "success" in your introduction (independence achieved? on what terms? at what cost?).
- Use precise dates for turning points; give ranges for disputed casualty figures and say they are disputed.
`,
  },
  {
    key: "history-note-wh9",
    levels: BOTH,
    topicCode: "WH9",
    body: String.raw`This topic covers democratic states from **1848 to 2000**: how they **emerged**, the **challenges** they faced (political extremism, economic crisis, social division) and how they **responded**, including their **social and economic policies** and the role of leaders. Questions ask you to compare how two democracies from **different regions** dealt with challenges, or to evaluate how successfully one responded to an economic crisis.

### States students often compare
- **Europe**: Weimar Germany (1919–1933); Britain (reform acts, the welfare state 1945–1951); Spain's transition after Franco (1975–1982).
- **The Americas**: the USA under Franklin Roosevelt; Argentina; Canada.
- **Asia**: India (from 1947); post-war Japan.
- **Africa and the Middle East**: South Africa after 1994.

### Key facts: three examples
**Weimar Germany (1919–1933)**
- Emergence: the Kaiser abdicated in **November 1918**; the Weimar constitution (1919) introduced universal suffrage, proportional representation and a strong president with emergency powers (**Article 48**).
- Challenges: the Treaty of Versailles; the Spartacist rising (1919) and the Kapp Putsch (1920); the occupation of the Ruhr and **hyperinflation (1923)**; the Munich Putsch (1923). Under Stresemann, the Dawes Plan (1924) brought recovery.
- Collapse: the Depression pushed unemployment to around six million by early 1932; Brüning governed by presidential decree (1930–1932); the Nazis became the largest party in **July 1932** (about 37 %), and Hindenburg appointed Hitler chancellor on **30 January 1933**.

**The USA under Franklin D. Roosevelt (1933–1945)**
- Challenge: in 1933 about a quarter of the workforce was unemployed and the banking system was collapsing.
- Response: the "Hundred Days" (Emergency Banking Act, the AAA, the CCC, the TVA, the NIRA); the **Second New Deal** (1935): the **Social Security Act** and the Wagner Act protecting trade unions.
- Limits and opposition: the Supreme Court struck down the NIRA (1935); Roosevelt's plan to enlarge the Court (1937) failed; recession in 1937–1938; unemployment stayed high until rearmament. Historians debate whether the New Deal saved capitalism or did too little to change it.

**India (1947 onwards)**
- Emergence: the **constitution (26 January 1950)** created a federal, secular parliamentary republic with universal adult suffrage; the first general election (1951–1952) had about 170 million eligible voters.
- Challenges: poverty, caste, language (states reorganised on linguistic lines from 1956), religious conflict, and war with Pakistan and China.
- Crisis: Indira Gandhi's **Emergency (1975–1977)** suspended civil liberties; her defeat in the 1977 election showed democracy's resilience.

### Essay planning
*"Evaluate the success of two democratic states, each chosen from a different region, in responding to economic challenges."*
- Weimar Germany and the USA in the Depression make a strong contrast: both faced mass unemployment; one democracy collapsed, the other survived.
- Paragraphs: the scale of the crisis; policies adopted; political consequences (extremism, elections); limits. Compare in each paragraph.
- Conclusion: explain the difference: institutions (Article 48, proportional representation), leadership, and the depth of democratic legitimacy.

### Common mistakes
- Treating democracy as all-or-nothing; judge how far rights and participation were extended (women, minorities).
- Writing a general history of the country instead of answering about challenges and responses.
- Dates of the Weimar crises run together: keep 1919–1923, 1924–1929 and 1929–1933 distinct.

### Exam tips
- Useful criteria for "success": stability, economic recovery, protection of rights, survival of democratic institutions.
- When a figure is uncertain (e.g. unemployment), use an approximation and say so.
`,
  },
  {
    key: "history-note-wh10",
    levels: BOTH,
    topicCode: "WH10",
    body: String.raw`This topic studies **authoritarian and single-party states** in the 20th century: the **conditions** in which they emerged and the **methods** used to take power; how leaders **consolidated and maintained** power (force, propaganda, charisma, control of opposition, foreign policy); and the **aims and results** of their policies (economic, social, cultural, and towards women, minorities and religion). Questions nearly always ask about **two states from different regions**.

### States students often compare
- **Europe**: Hitler's Germany; Stalin's USSR; Mussolini's Italy.
- **Asia**: Mao's China.
- **The Americas**: Castro's Cuba; Perón's Argentina.
- **Africa and the Middle East**: Nasser's Egypt.

### Key facts: three examples
**Hitler's Germany (1933–1945)**
- Conditions: defeat in 1918, Versailles, hyperinflation (1923), the Depression; Nazi vote share rising to about 37 % in July 1932; the conservative elite's decision to use Hitler.
- Taking and consolidating power: appointed chancellor (**30 January 1933**); the **Reichstag fire** decree (February 1933) suspended civil liberties; the **Enabling Act** (23 March 1933) let the government make laws without the Reichstag; trade unions and other parties abolished (1933); the **Night of the Long Knives** (30 June 1934); Hindenburg's death and the army's oath to Hitler (August 1934).
- Maintaining power: the SS and Gestapo, concentration camps, Goebbels's propaganda, economic recovery and rearmament, and the persecution of Jews (Nuremberg Laws 1935, Kristallnacht 1938). Ian Kershaw's idea of "working towards the Führer" explains how radical policies emerged from subordinates anticipating Hitler's wishes.

**Mao's China (1949–1976)**
- Conditions: civil war, the Japanese invasion, Nationalist corruption and inflation; the Communist victory and the proclamation of the PRC on **1 October 1949**.
- Consolidation: land reform (in which very large numbers of landlords were killed; estimates range from below one million to several million); campaigns against "counter-revolutionaries"; the Korean War mobilised nationalism.
- Policies: the **Hundred Flowers** campaign (1956–1957), followed by the Anti-Rightist campaign; the **Great Leap Forward** (1958–1962), whose famine killed tens of millions (estimates range from about 15 to 45 million); the **Cultural Revolution** (1966–1976) and the Red Guards, used by Mao to reassert control over the party.

**Castro's Cuba (from 1959)**
- Conditions: Batista's corrupt dictatorship after his 1952 coup; US economic dominance; inequality between city and countryside.
- Taking power: the failed **Moncada** attack (26 July 1953); the landing from the *Granma* (1956); guerrilla war in the Sierra Maestra; Batista fled on **1 January 1959**.
- Consolidation: agrarian reform (1959); nationalisation of US-owned businesses (1960); the **Bay of Pigs** victory (April 1961) and alliance with the USSR; Committees for the Defence of the Revolution; the literacy campaign (1961) and free health care as sources of support; emigration of opponents.

### Essay planning
*"Compare and contrast the methods used by two authoritarian leaders, each from a different region, to maintain power."*
- Hitler and Castro, or Mao and Hitler.
- Paragraphs by method: terror and repression; propaganda and the leader cult; economic and social policies that won support; treatment of opposition and minorities; foreign policy. Compare both leaders in every paragraph.
- Conclusion: weigh consent against coercion: both used both, but in different proportions and with different results.

### Common mistakes
- Confusing **emergence** (how they got power) with **maintenance** (how they kept it): answer the question set.
- Presenting only repression; popularity and material benefits matter too.
- Choosing two European states when the question requires two regions.

### Exam tips
- Use precise dates for turning points of consolidation (1933–1934 in Germany; 1959–1961 in Cuba).
- For "aims and results", compare stated aims with actual outcomes and say who benefited and who lost.
- Give ranges for disputed death tolls and say they are disputed.
`,
  },
  {
    key: "history-note-wh11",
    levels: BOTH,
    topicCode: "WH11",
    body: String.raw`This topic covers wars of the 20th century: their **causes** (long- and short-term; political, economic, ideological, territorial), their **practices** (types of war: total, limited, civil, guerrilla; technology; mobilisation of the home front; resistance and occupation), and their **effects** (peace settlements and territorial change, political repercussions, economic, social and demographic impact, the changing role of women). Questions usually ask you to compare **two wars from different regions**, or two wars of a given type (e.g. civil wars).

### Wars students often compare
- **Europe**: the First and Second World Wars; the Spanish Civil War (1936–1939).
- **Asia**: the Chinese Civil War (1927–1937, 1946–1949); the Korean War; the Vietnam War.
- **The Americas**: the Mexican Revolution (1910–1920); the Falklands/Malvinas War (1982).
- **Africa and the Middle East**: the Algerian War (1954–1962); the Nigerian Civil War (1967–1970); the Iran–Iraq War (1980–1988).

### Key facts: three examples
**The Spanish Civil War (1936–1939)**
- Causes: long-term divisions over land, the Church, the army and regional autonomy; the polarised politics of the Second Republic (1931); the **Popular Front** election victory (February 1936). The military coup of **17–18 July 1936** failed in half the country and became war.
- Practices: foreign intervention despite the Non-Intervention Agreement: Germany and Italy aided Franco's Nationalists, the USSR the Republic; around 35,000 International Brigade volunteers (estimates vary); the bombing of **Guernica** (April 1937); divisions among Republicans (fighting in Barcelona, May 1937).
- Effects: Nationalist victory (**1 April 1939**); Franco's dictatorship until 1975; mass repression and exile. Deaths, including executions, are often estimated at around 500,000, though figures vary.

**The Chinese Civil War**
- Causes: the collapse of the First United Front (the Shanghai massacre, April 1927); rival visions for China; the Japanese invasion (1937–1945), which weakened the Nationalists and let the Communists expand.
- Practices: the **Long March** (1934–1935); guerrilla warfare and land reform to win peasants; then large conventional campaigns (**Huaihai**, 1948–1949).
- Effects: the **People's Republic** (1 October 1949); the Nationalists retreated to Taiwan; China became a Cold War actor.

**The Falklands/Malvinas War (1982)**
- Causes: a long-standing Argentine claim; the military junta's need for popularity amid economic crisis; signs of reduced British commitment.
- Practices: a limited war: Argentina invaded on **2 April**; Britain sent a naval task force; the sinking of the *General Belgrano* (2 May); landings at San Carlos (21 May); Argentine surrender at Stanley (**14 June**).
- Effects: 649 Argentine and 255 British service personnel and three islanders died; the fall of the junta and return of Argentine democracy (1983); a boost for Thatcher's government.

### Essay planning
*"Compare and contrast the causes of two civil wars, each chosen from a different region."*
- Spanish and Chinese civil wars.
- Paragraphs: long-term social and economic causes; ideological division; the role of the army; foreign involvement; short-term triggers. Compare in each paragraph, noting the difference between a sudden coup (Spain) and a long, interrupted struggle (China).
- Conclusion: which cause mattered most in each, and why they differ.

### Common mistakes
- Narrating the course of the war when the question asks about causes or effects.
- Calling every large war "total": define total and limited war and apply the definition.

### Exam tips
- For effects, organise by type (political, territorial, economic, social, on women) and time (short/long term).
- Precise figures with a date and a range show command of knowledge.
`,
  },
  {
    key: "history-note-wh12",
    levels: BOTH,
    topicCode: "WH12",
    body: String.raw`This topic covers the **Cold War** from the breakdown of the wartime alliance to the collapse of the USSR: **rivalry, mistrust and accord** (origins, détente, the end of the Cold War), the impact of **leaders and nations**, and **Cold War crises**. Questions typically ask you to compare two crises or two leaders **from different regions**, or to evaluate why tension rose or fell at a given time.

### Case studies students often compare
- **Crises**: the Berlin Blockade (Europe); the Korean War (Asia); the Cuban Missile Crisis (the Americas); the Suez Crisis (Middle East); Hungary (1956) or Czechoslovakia (1968); the Soviet invasion of Afghanistan (1979).
- **Leaders**: Stalin, Khrushchev, Brezhnev, Gorbachev; Truman, Kennedy, Nixon, Reagan; Mao; Castro; Tito; Nasser.

### Key dates
| Date | Event |
|---|---|
| Feb 1945 | Yalta Conference |
| Mar 1947 | Truman Doctrine |
| Jun 1947 | Marshall Plan announced (about USD 13 billion to western Europe by 1952) |
| Apr 1949 | NATO founded |
| Aug 1949 | First Soviet atomic test |
| 1950–1953 | Korean War |
| Aug 1961 | Berlin Wall built |
| Oct 1962 | Cuban Missile Crisis |
| 1972 | SALT I; Nixon visits China |
| Dec 1979 | Soviet invasion of Afghanistan |
| 1987 | INF Treaty |
| Nov 1989 | Berlin Wall opened |
| Dec 1991 | USSR dissolved |

### Key facts: two crises
**The Berlin Blockade (June 1948–May 1949)**
- Causes: disagreement over Germany's future; the Western powers' plans for a West German state and the new **Deutschmark** (June 1948).
- Events: the Soviets cut road, rail and canal links to West Berlin; the **Berlin Airlift** delivered around 2.3 million tonnes of supplies; Stalin lifted the blockade in May 1949.
- Significance: a Western success without war; it hastened **NATO** (April 1949) and the division of Germany into two states (1949).

**The Cuban Missile Crisis (October 1962)**
- Causes: the Bay of Pigs (1961) and US plans against Castro; US Jupiter missiles in Turkey; Khrushchev's wish to close the missile gap and protect Cuba.
- Events: U-2 photographs revealed missile sites (14 October); Kennedy chose a naval **"quarantine"** (announced 22 October) over air strikes; a U-2 was shot down over Cuba (27 October); the Soviets agreed to remove the missiles in return for a US pledge not to invade Cuba and a secret promise to remove the Jupiters.
- Significance: the nearest approach to nuclear war; the **hotline** and the **Partial Test Ban Treaty** (1963); Castro felt sidelined; Khrushchev's standing fell.

### Historiography
- **Orthodox**: Soviet expansionism caused the Cold War; the USA responded.
- **Revisionist** (e.g. William Appleman Williams): US economic expansion and the search for markets share or bear the blame.
- **Post-revisionist** (e.g. John Lewis Gaddis): mutual misperception and security dilemmas; after Soviet archives opened, Gaddis placed renewed weight on Stalin.

### Essay planning
*"Compare and contrast the causes and outcomes of two Cold War crises, each chosen from a different region."*
- Berlin Blockade and Cuban Missile Crisis.
- Paragraphs: long-term causes (ideology, security); short-term triggers; how each side managed the crisis; outcomes for the superpowers and for the local actors (Germans, Cubans). Compare in every paragraph.
- Conclusion: both ended without direct war because each side left the other a way out, but Cuba brought the world far closer to nuclear war and led more directly to arms control.

### Common mistakes
- Telling the story from Washington only; include Soviet and local perspectives (Ulbricht, Castro, Kim Il Sung, Mao).
- Vague dating of détente and its collapse.

### Exam tips
- For "leaders" questions, judge impact on the course of the Cold War, not the leader's domestic record.
- Name historians only when you are sure of their argument, and use them to support your own judgement.
`,
  },
];
