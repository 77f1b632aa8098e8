import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option AS, Asia and Oceania (Paper 3), sections AS.1–AS.18, all HL only.
// Each note: context, key facts with dates, causes/consequences, the historical debate, and a sample essay question
// with a plan. Original writing; disputed figures are given as ranges.

const HL: TopicNoteInput["levels"] = ["HL"];

export const asiaNotes: TopicNoteInput[] = [
  {
    key: "history-note-as-1",
    levels: HL,
    topicCode: "AS.1",
    body: String.raw`This section studies the overland and maritime trade routes that linked China, Central Asia, the Islamic world and Europe between 750 and 1500. Paper 3 questions ask what was traded and why, how empires (the Tang, the Abbasids, the Mongols) helped or hindered exchange, what ideas, technologies, religions and diseases travelled along the routes, and why overland trade declined by 1500.

### Key facts and dates

| Date | Event |
|---|---|
| 751 | Abbasid forces defeat a Tang army at the Talas River; Tang expansion into Central Asia ends |
| 755–763 | An Lushan rebellion weakens the Tang; western garrisons withdrawn |
| 762 | Foundation of Baghdad as the Abbasid capital, a hub of overland and Gulf trade |
| 960–1279 | Song dynasty: commercial growth and a shift towards maritime trade through ports such as Quanzhou |
| 1206 | Temüjin proclaimed Genghis Khan |
| 1258 | Mongols sack Baghdad |
| 1271 | Kublai Khan proclaims the Yuan dynasty |
| c.1271–1295 | Travels of Marco Polo (as recorded in his account) |
| 1325–1354 | Travels of Ibn Battuta across the Islamic world, India and (he claims) China |
| 1346–1350s | Plague carried from the Black Sea (siege of Caffa) into the Mediterranean and Europe |
| 1368 | Ming dynasty replaces the Yuan |
| 1405–1433 | Zheng He's maritime expeditions |
| 1453 | Ottoman capture of Constantinople |

### Key themes
- **Goods**: silk, porcelain and tea from China; horses, furs and jade from the steppe and Central Asia; spices and cotton from India and South-East Asia; glass, silver and textiles westward. Most merchants worked one stage of the route (Sogdian, Persian, Arab, later Italian traders), so goods changed hands many times.
- **Technology**: paper-making spread west (Samarkand, then Baghdad by the late 8th century); the compass, printing and gunpowder reached the Islamic world and Europe by routes that are still debated.
- **Religion**: Buddhism moved east from India into China; Islam spread into Central Asia and along sea routes into South-East Asia; Nestorian Christianity and Manichaeism also travelled. Religious networks gave merchants trust and credit.
- **The Mongol effect**: the "Pax Mongolica" unified much of Eurasia, protected caravans and used a relay-post system (the yam). The conquests were also hugely destructive, and the empire split into rival khanates after the 1260s.
- **Decline**: the break-up of the Mongol khanates, the plague, the Ming's inward turn and later sea bans, and the rise of sea routes all reduced overland trade.

### Causes and consequences
Exchange flourished when strong states kept routes safe and demand was high (Tang and Abbasid peaks; the Yuan period). It was disrupted by war, political fragmentation and disease. Its consequences included the transfer of technologies that later shaped European expansion, the Islamisation of Central and South-East Asia, and the spread of the Black Death.

### The historical debate
- **A "road" or a network?** The term "Silk Road" was coined in the 19th century by the German geographer Ferdinand von Richthofen. Many historians prefer "Silk Roads" or a web of routes, and stress that maritime trade was often larger in volume.
- **The Mongols: destroyers or connectors?** Some historians emphasise the Mongol role in creating the first truly Eurasian exchange system; others stress the demographic catastrophe of the conquests and argue trade revived despite, not because of, Mongol rule.
- **Why did overland trade decline?** Explanations range from the Ottoman rise (older view, now largely rejected as the main cause) to plague, Mongol fragmentation and the growing advantages of the sea.

### Example argument
**"To what extent did the Mongol Empire promote trade and cultural exchange in Asia between 1206 and 1368?"**
- Introduction: define promotion (security, infrastructure, policy) and give a judgement: it did much to promote exchange after 1260, but the cost of conquest and later division limited its effect.
- Paragraph 1: evidence for promotion: the yam, protection of merchants (ortogh partnerships), travellers such as Marco Polo, Yuan links with Ilkhanid Persia.
- Paragraph 2: evidence against: destruction of cities (Baghdad 1258), population loss, wars between khanates.
- Paragraph 3: unintended exchange: the plague and its impact in the 1340s.
- Conclusion: weigh short-term destruction against long-term integration.

### Exam tips
- Use specific goods, places and dates: "trade increased" earns little without Quanzhou, Samarkand or the yam.
- Do not treat the route as one road or one period; distinguish the Tang–Abbasid, Song and Mongol phases.
- Common mistake: assuming individual merchants travelled the whole route. Explain relay trade and the role of intermediaries.`,
  },
  {
    key: "history-note-as-2",
    levels: HL,
    topicCode: "AS.2",
    body: String.raw`This section covers the rise of the warrior class in Japan, from the Genpei War (1180–1185) through the Kamakura shogunate to its fall in 1333. Paper 3 questions ask why the Minamoto won, how the shogunate governed alongside the imperial court, how the Hōjō regents held power, the impact of the Mongol invasions, the culture of the samurai and the new Buddhist schools, and why the Kamakura regime collapsed.

### Key facts and dates

| Date | Event |
|---|---|
| 1180–1185 | Genpei War between the Taira and the Minamoto |
| 1185 | Taira destroyed at Dan-no-ura; Yoritomo wins the right to appoint shugo (constables) and jitō (land stewards) |
| 1192 | Minamoto no Yoritomo takes the title of shogun; government (bakufu) based at Kamakura |
| 1199 | Death of Yoritomo; the Hōjō family (Tokimasa, then Masako and Yoshitoki) become the real power |
| 1221 | Jōkyū War: retired Emperor Go-Toba's revolt fails; the bakufu confiscates estates and sets up a deputy office at Rokuhara in Kyoto |
| 1232 | Goseibai Shikimoku: a warrior law code issued under the regent Hōjō Yasutoki |
| 1274, 1281 | Mongol invasions under Kublai Khan repelled; storms later called kamikaze damage the fleets |
| 1297 | Tokusei (debt-cancellation) order to relieve indebted warriors |
| 1331–1333 | Emperor Go-Daigo's revolt; Ashikaga Takauji and Nitta Yoshisada turn against the Hōjō; Kamakura falls in 1333 |

### Key themes
- **Dual government**: the emperor and court in Kyoto kept ritual authority and many estates (shōen); the bakufu controlled military appointments and justice among its vassals (gokenin). Rule was shared, not simply taken.
- **Loyalty and reward**: the shogun gave vassals land rights (as jitō) in return for service. The system worked while there was land to distribute, above all after 1185 and 1221.
- **Hōjō regency**: the Hōjō ruled as shikken (regents) for puppet shoguns, built a reputation for fair justice (the council of state, the 1232 code) and kept peace for most of the 13th century.
- **Culture and religion**: new Buddhist movements reached ordinary people: Pure Land (Hōnen, Shinran), Nichiren, and Zen (Eisai, Dōgen), which appealed to warriors. The Tale of the Heike shaped the ideal of the warrior. The term "bushidō" as a formal code is later (Edo period).

### Causes and consequences
- **Why the Minamoto won**: Yoritomo's base in the east, his skill in binding eastern warriors to him with land, and able commanders (Yoshitsune); Taira power rested on the court and was weakened by Kiyomori's death (1181) and famine.
- **Why Kamakura fell**: the Mongol invasions were defensive wars that produced no conquered land for rewards, while defence costs continued; partible inheritance split warrior estates; debts to moneylenders grew; the Hōjō concentrated power in their own branch and alienated other families; Go-Daigo offered an alternative focus of loyalty.

### The historical debate
- **Was Kamakura Japan "feudal"?** Older writing compared it with medieval Europe. Many historians now argue the term misleads: the court, estates and civil law survived, and warrior power grew inside the old system.
- **The Mongol invasions**: the kamikaze story was later used in nationalist myth; some historians stress Japanese defensive walls and fighting, and poor Mongol fleets, as much as storms.
- **Turning point?** Some see 1185 as the start of warrior rule; others place the real shift at 1221, when the bakufu clearly overpowered the court.

### Example argument
**"Evaluate the reasons for the fall of the Kamakura shogunate in 1333."**
- Introduction: judgement: long-term strains on the reward system made the regime fragile; Go-Daigo's revolt and the defection of key vassals turned fragility into collapse.
- Paragraph 1: the cost of the Mongol invasions and the failure to reward warriors; the 1297 tokusei as evidence of crisis.
- Paragraph 2: social and economic change: divided inheritances, debt, a growing money economy.
- Paragraph 3: Hōjō monopoly of power and resentment among gokenin.
- Paragraph 4: the short-term trigger: Go-Daigo, Ashikaga Takauji's defection, Nitta's attack on Kamakura.
- Conclusion: rank long-term and short-term causes.

### Exam tips
- Know the vocabulary (bakufu, shogun, shikken, shugo, jitō, gokenin) and use it accurately.
- "Evaluate" requires weighing: say which cause mattered most and why.
- Common mistake: writing as if the emperor lost all power in 1185; use 1221 and 1331–1333 to show the court still mattered.`,
  },
  {
    key: "history-note-as-3",
    levels: HL,
    topicCode: "AS.3",
    body: String.raw`This section runs from the first voyage of Zheng He (1405) to about 1700. It covers Ming China's maritime expeditions and their end, the arrival of the Portuguese, Spanish, Dutch and English in Asian waters, the responses of China, Japan and South-East Asian states, and the growth of trade in silver, spices and silk. Questions ask about motives for exploration, the impact of Europeans, and why Asian states opened or closed themselves to outsiders.

### Key facts and dates

| Date | Event |
|---|---|
| 1405–1433 | Seven Ming voyages led by Zheng He reach South-East Asia, India, Arabia and East Africa |
| 1511 | Portuguese under Afonso de Albuquerque take Melaka (Malacca) |
| 1543 | Portuguese reach Tanegashima in Japan; firearms spread rapidly |
| 1549 | Francis Xavier begins Jesuit mission in Japan |
| c.1557 | Portuguese allowed to settle at Macau |
| 1565–1571 | Spanish in the Philippines; Manila founded 1571; Manila–Acapulco galleon trade begins |
| 1592–1598 | Toyotomi Hideyoshi's invasions of Korea; Admiral Yi Sun-sin's navy resists |
| 1600, 1602 | English and Dutch East India Companies (the Dutch VOC in 1602) |
| 1619 | VOC founds Batavia under Jan Pieterszoon Coen |
| 1637–1638 | Shimabara rebellion in Japan |
| 1639–1641 | Portuguese expelled from Japan; Dutch confined to Dejima (1641); Dutch take Melaka (1641) |
| 1644 | Fall of the Ming; Qing dynasty |
| 1662 | Zheng Chenggong (Koxinga) expels the Dutch from Taiwan |

### Key themes and causes
- **Ming voyages**: aims included displaying Ming power, enrolling rulers in the tribute system, trade and perhaps finding the deposed Jianwen emperor. They stopped because of cost, the threat on the northern frontier, court politics against eunuch influence, and Confucian disdain for trade.
- **European motives**: spices, profit, Christian mission, and rivalry among Europeans. Europeans entered a busy Asian trade world run by Chinese, Gujarati, Malay and Arab merchants and used force (fortified ports, naval power) to win a share of it.
- **Silver**: American silver via Manila and Japanese silver flowed into China, whose economy was moving onto silver; this linked Asia to a global economy.
- **Japan's closure**: the Tokugawa saw Christianity as a threat to political unity, especially after Shimabara. The "closed country" (sakoku) was never total: trade continued through Dejima, Tsushima (Korea), Satsuma (Ryukyu) and Chinese merchants at Nagasaki.
- **South-East Asia**: port states such as Melaka, Aceh, Banten and Ayutthaya prospered from trade; the VOC's monopolies (cloves and nutmeg in Maluku, including the violent conquest of the Banda Islands in 1621) damaged local economies.

### The historical debate
- **How much did Europeans change Asia before 1700?** Some historians argue Europeans were marginal players who fitted into existing networks; others stress the violence and monopolies of the Portuguese and Dutch. Anthony Reid described an "Age of Commerce" in South-East Asia (c.1450–1680), followed by a crisis in the 17th century that he linked partly to Dutch monopolies and climate.
- **Why did China not continue exploring?** Older views blamed cultural conservatism; more recent work emphasises rational strategic choices and the fact that private Chinese trade continued despite official bans.
- **Sakoku**: was Japan "closed" or carefully managing its foreign relations on its own terms?

### Example argument
**"Compare and contrast the responses of Ming China and Tokugawa Japan to European traders and missionaries between 1540 and 1700."**
- Introduction: both states tried to control contact on their own terms; Japan was more drastic in expelling missionaries.
- Criterion 1: attitudes to trade: Macau and Canton-area trade in China; Nagasaki and Dejima in Japan.
- Criterion 2: attitudes to Christianity: Jesuits at the Ming court (Matteo Ricci in Beijing from 1601) versus Japan's bans and persecution.
- Criterion 3: motives: security, internal unity, and the economic value of silver.
- Conclusion: similar goal of control, different degrees of exclusion, explained by Japan's recent civil wars and the Shimabara rebellion.

### Exam tips
- Avoid the myth that Asia was "discovered"; show that trade networks already existed.
- Use dates to show sequence (Portuguese, then Spanish, then Dutch and English).
- For "to what extent" questions on European impact, separate coastal trading posts from the much smaller effect on inland states.`,
  },
  {
    key: "history-note-as-4",
    levels: HL,
    topicCode: "AS.4",
    body: String.raw`This section covers the Mughal Empire from Babur's victory at Panipat (1526) to the death of Bahadur Shah I (1712). Paper 3 questions ask how the empire was founded and consolidated, how Akbar governed a mainly Hindu population, the empire's cultural achievements, the reign of Aurangzeb, and the causes of decline after 1707.

### Key facts and dates

| Date | Event |
|---|---|
| 1526 | Babur defeats Ibrahim Lodi at the First Battle of Panipat, using field guns and cavalry tactics |
| 1527 | Babur defeats the Rajput confederacy under Rana Sanga at Khanwa |
| 1539–1540 | Humayun defeated by Sher Shah Suri (Chausa, Kannauj) and driven into exile |
| 1555–1556 | Humayun regains Delhi, dies 1556; Akbar's regent wins the Second Battle of Panipat |
| 1556–1605 | Reign of Akbar |
| 1562 | Akbar marries a princess of Amber: start of Rajput alliances |
| 1564 | Jizya (tax on non-Muslims) abolished |
| 1570s–1580s | Mansabdari system and the zabt land revenue system (associated with Raja Todar Mal) |
| 1582 | Din-i Ilahi, Akbar's personal devotional circle |
| 1605–1627 | Jahangir; influence of Nur Jahan; Sir Thomas Roe's embassy (1615) |
| 1628–1658 | Shah Jahan; Taj Mahal and Shahjahanabad; loss of Kandahar to Persia (1649) |
| 1658–1707 | Aurangzeb, after a war of succession against his brothers |
| 1679 | Jizya reimposed |
| 1686–1687 | Conquest of Bijapur and Golconda in the Deccan |
| 1707–1712 | Bahadur Shah I; Maratha, Sikh and Rajput pressure grows |

### Key themes
- **Administration**: mansabdars held ranks (zat and sawar) fixing pay and the number of cavalry they kept; most were paid by jagirs (assignments of land revenue), rotated to prevent local power bases. The zabt system assessed revenue on measured land and average yields.
- **Religious policy**: Akbar's sulh-i kul ("peace with all"), debates at the Ibadat Khana at Fatehpur Sikri and the inclusion of Rajputs and Persians in the nobility built a broad ruling class. Aurangzeb ruled more in line with Islamic law, destroyed some temples and reimposed the jizya, although Hindus still made up a large share of his nobility.
- **Culture**: Indo-Persian architecture (Humayun's tomb, Fatehpur Sikri, the Taj Mahal), miniature painting, Persian as the language of government.
- **Rivals**: the Marathas under Shivaji (crowned 1674, died 1680); Sikh opposition after the execution of Guru Tegh Bahadur (1675); Rajput revolt after 1679.

### Causes of decline
- **Long-term**: the cost of Aurangzeb's 25 years in the Deccan; too many nobles competing for too few good jagirs (the "jagir crisis"); heavy revenue demands provoking peasant and zamindar revolts (Jats, Satnamis).
- **Religious and political**: alienation of Rajputs and others by Aurangzeb's policies; the Maratha guerrilla war.
- **Short-term**: succession wars after 1707, weak emperors after 1712, and governors (Hyderabad, Bengal, Awadh) becoming virtually independent.

### The historical debate
- **Religious explanation**: older historians, notably Jadunath Sarkar, blamed Aurangzeb's religious policy for decline.
- **Aligarh school**: historians such as Irfan Habib stressed an agrarian crisis, with over-taxed peasants rebelling; others (Satish Chandra, M. Athar Ali) focused on the crisis of the jagir and mansab system.
- **Revisionists**: Muzaffar Alam and others argue the 18th century saw the rise of prosperous regional successor states, so "decline" at the centre was also decentralisation, not general collapse.

### Example argument
**"To what extent was Aurangzeb responsible for the decline of the Mughal Empire?"**
- Introduction: define decline by 1712 (loss of central control, not the end of the dynasty); judgement: Aurangzeb's policies deepened structural problems.
- Paragraph 1: Aurangzeb's responsibility: Deccan wars, 1679 jizya, Rajput and Sikh alienation.
- Paragraph 2: structural causes: the jagir crisis, agrarian pressure, which predated him.
- Paragraph 3: the rise of the Marathas and regional elites.
- Paragraph 4: post-1707 succession disputes.
- Conclusion: evaluate the debate and give a clear ranking.

### Exam tips
- Explain mansabdari and jagirs precisely; vague references to "the nobles" are weak.
- Do not present Akbar simply as tolerant and Aurangzeb simply as a bigot: use evidence on both sides.
- Compare reigns by criteria (religious policy, expansion, administration) rather than narrating ruler by ruler.`,
  },
  {
    key: "history-note-as-5",
    levels: HL,
    topicCode: "AS.5",
    body: String.raw`This section covers how Britain, the Netherlands, France, Spain and later the USA extended control over South-East Asia between about 1750 and 1914, how colonial rule changed economies and societies, how Siam stayed independent, and how resistance turned into early nationalism. Questions ask about motives and methods of expansion, the economic impact of colonial rule, and the origins and nature of nationalist movements.

### Key facts and dates

| Date | Event |
|---|---|
| 1786, 1819 | British take Penang and found Singapore (Stamford Raffles) |
| 1824 | Anglo-Dutch Treaty divides spheres (Malay peninsula to Britain, Sumatra and Java to the Dutch) |
| 1825–1830 | Java War led by Prince Diponegoro |
| 1830 | Dutch Cultivation System (van den Bosch): villages grow export crops for the state |
| 1855 | Bowring Treaty opens Siam to British trade |
| 1862–1867 | France annexes Cochinchina; protectorate over Cambodia (1863) |
| 1873–c.1904 | Dutch war against Aceh |
| 1874 | Pangkor Treaty: British residents in the Malay states |
| 1883–1887 | French protectorates over Annam and Tonkin; Indochinese Union (1887); Laos added (1893) |
| 1885 onwards | Cần Vương ("aid the king") resistance in Vietnam |
| 1887 | José Rizal publishes Noli Me Tángere |
| 1892, 1896 | Katipunan founded; Philippine Revolution; Rizal executed (December 1896) |
| 1898–1902 | Spanish–American War; Philippine independence declared (June 1898); USA annexes; Philippine–American War |
| 1901 | Dutch "Ethical Policy" announced |
| 1905–1908 | Phan Bội Châu's Đông Du (Go East) movement; Budi Utomo (1908) |
| 1911–1912 | Sarekat Islam founded in Java |

### Causes of colonial expansion
- **Economic**: spices, tin, rubber, rice, sugar and coffee; protecting the route to China; later the demand of industrial economies for raw materials.
- **Strategic and rivalry**: Anglo-French competition pushed France into Indochina and Britain into Burma and the Malay states.
- **Local factors**: succession disputes, piracy and unrest in the Malay states gave pretexts; "men on the spot" often acted before home governments agreed.
- **Siam's survival**: Kings Mongkut (1851–1868) and Chulalongkorn (1868–1910) modernised government, signed treaties, gave up territory (to France in 1893 and 1907, to Britain in 1909) and served as a buffer recognised by Britain and France (1896).

### Consequences
- Export economies (Cultivation System, rubber and tin in Malaya, rice in the Mekong delta), often with famine or debt for peasants; Dutch profits from Java were large.
- Migration of Chinese and Indian workers and traders created plural societies.
- Western education produced a small elite that read about nationalism and resented colonial discrimination.

### Nationalism: stages and types
- **Traditional resistance**: led by royals, aristocrats or religious leaders (Diponegoro, Aceh, Cần Vương).
- **Modernising nationalism**: educated elites seeking reform, education or independence (Rizal's Propaganda Movement, Phan Chu Trinh, Budi Utomo).
- **Mass movements**: Sarekat Islam, mixing religion, economics (against Chinese traders) and anti-colonialism; the Katipunan's armed revolution.

### The historical debate
- **Was this nationalism?** Some historians call early resistance "proto-nationalist" because it defended a dynasty, religion or region, not a nation. Benedict Anderson argued that colonial states, print culture and schooling helped create "imagined communities" within colonial boundaries.
- **Collaboration**: historians increasingly stress that colonial rule relied on local elites, which complicates a simple story of resistance.

### Example argument
**"Compare and contrast the development of nationalism in two South-East Asian countries before 1914."** (e.g., the Philippines and Vietnam)
- Introduction: both developed modern nationalism from an educated elite, but the Philippines produced a mass revolution earlier.
- Criterion 1: the colonial power and its policies (Spanish friars and education; French direct rule).
- Criterion 2: leadership and ideas (Rizal and Bonifacio; Phan Bội Châu and Phan Chu Trinh).
- Criterion 3: methods and outcome (revolution of 1896–1898; failed uprisings and exile).
- Conclusion: explain why the Philippine movement developed faster.

### Exam tips
- Choose countries carefully and know at least three dated events for each.
- Distinguish resistance from nationalism, and explain your criteria.
- Common mistake: ignoring Siam; it is valuable for "why did some states avoid colonisation" questions.`,
  },
  {
    key: "history-note-as-6",
    levels: HL,
    topicCode: "AS.6",
    body: String.raw`This section follows the growth of British power in India from the East India Company's victory at Plassey (1757) to the Amritsar massacre and the Third Anglo-Afghan War (1919), together with British wars in Afghanistan and Burma. Questions ask how the Company gained and ruled territory, the causes and consequences of the 1857 rebellion, the nature of Crown rule, the rise of Indian nationalism, and why Britain fought in Afghanistan and Burma.

### Key facts and dates

| Date | Event |
|---|---|
| 1757 | Robert Clive defeats Siraj-ud-Daula at Plassey |
| 1764–1765 | Victory at Buxar; Company gains the diwani (revenue rights) of Bengal |
| 1773, 1784 | Regulating Act; Pitt's India Act: parliamentary control over the Company |
| 1793 | Permanent Settlement of Bengal's land revenue (Cornwallis) |
| 1799, 1818 | Defeat of Tipu Sultan of Mysore; defeat of the Marathas |
| 1824–1826 | First Anglo-Burmese War; Treaty of Yandabo cedes Assam, Arakan and Tenasserim |
| 1839–1842 | First Anglo-Afghan War; disastrous retreat from Kabul (January 1842) |
| 1849 | Annexation of the Punjab after the Anglo-Sikh wars |
| 1852 | Second Anglo-Burmese War: Lower Burma annexed |
| 1856 | Annexation of Awadh |
| 1857–1858 | Rebellion begins at Meerut (May 1857); Government of India Act 1858 ends Company rule |
| 1877 | Victoria proclaimed Empress of India |
| 1878–1880 | Second Anglo-Afghan War |
| 1885 | Indian National Congress founded; Third Anglo-Burmese War, Burma annexed (1886) |
| 1893 | Durand Line fixes the Afghan–British India border |
| 1905–1911 | Partition of Bengal and the swadeshi movement; reversed 1911 |
| 1906, 1909 | All-India Muslim League; Morley–Minto reforms with separate electorates |
| 1917 | Montagu Declaration promises "responsible government" |
| 1919 | Rowlatt Acts; Amritsar massacre (13 April); Third Anglo-Afghan War; Government of India Act (dyarchy) |

### Causes and consequences
- **Company expansion**: Mughal decline created rival successor states; the Company's trained sepoy armies, revenue from Bengal and alliances (Wellesley's subsidiary alliances) let it defeat them one by one. Dalhousie's annexations, including the "doctrine of lapse", alarmed princes.
- **1857**: the greased-cartridge issue triggered mutiny among Bengal army sepoys, but deeper causes included annexations (Awadh), land revenue settlements, fears of forced conversion, and the loss of status for landed elites. It was crushed with great brutality. Consequences: Crown rule, a larger proportion of British troops, caution about social reform, and alliance with princes and landlords.
- **Nationalism**: Western-educated Indians formed Congress (1885); moderates (Gokhale) sought reform; extremists (Tilak) used mass protest, especially after the 1905 partition. Dadabhai Naoroji's "drain" theory blamed British rule for Indian poverty. Indian service in the First World War (over a million men) raised expectations that 1919 disappointed.
- **Afghanistan**: the "Great Game" fear of Russian expansion towards India drove the first two wars. Britain could defeat Afghan armies but not hold the country, and settled for controlling Afghan foreign policy until 1919. The 1907 Anglo-Russian Convention eased the rivalry.
- **Burma**: border disputes, trade (teak, rice), and fear of French influence led to three wars and annexation to British India.

### The historical debate
- **1857**: British writers called it the "Sepoy Mutiny"; V. D. Savarkar (1909) called it the "First War of Indian Independence". Many historians now see a set of regional rebellions with different aims.
- **The nature of expansion**: some historians stress deliberate imperial design; others see the Company drawn in by local crises, profit and the ambitions of men on the spot.
- **Economic impact**: the "drain" argument versus claims of development (railways, irrigation) remains debated; famines (1876–1878, 1896–1900) are central evidence.

### Example argument
**"Evaluate the causes of the Indian rebellion of 1857."**
- Introduction: trigger versus deep causes; judgement: political and economic grievances explain why mutiny became rebellion.
- Paragraph 1: military grievances and the cartridges.
- Paragraph 2: annexations and the doctrine of lapse; Awadh.
- Paragraph 3: economic and social change (land settlements, missionaries, reform laws).
- Paragraph 4: regional variation: why the Punjab and the south stayed largely quiet.
- Conclusion: weigh the causes and explain the limits of the rising.

### Exam tips
- Keep the three regions distinct but show links (Burma and Afghanistan were run from India).
- Use precise legislation and dates to show change in British rule.
- Common mistake: describing 1857 as a united national movement without evaluation.`,
  },
];
