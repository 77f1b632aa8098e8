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
| 1883–1893 | French protectorates over Annam and Tonkin; Indochinese Union (1887); Laos made a French protectorate (1893) |
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
  {
    key: "history-note-as-7",
    levels: HL,
    topicCode: "AS.7",
    body: String.raw`This section examines how Qing China, Tokugawa Japan and Joseon Korea faced internal strain and Western pressure between 1700 and 1868. Paper 3 questions ask about the Canton system and the opium trade, the Opium Wars and the unequal treaties, the Taiping Rebellion, the opening of Japan and the fall of the Tokugawa, and why these societies responded differently.

### Key facts and dates

| Date | Event |
|---|---|
| 1735–1796 | Reign of the Qianlong emperor: territorial peak, rapid population growth |
| 1757 | Canton system: Western trade confined to Guangzhou through licensed Chinese merchants (the Cohong) |
| 1793 | Macartney embassy fails to win new trading rights |
| 1796–1804 | White Lotus rebellion |
| 1839 | Lin Zexu destroys British opium at Humen |
| 1839–1842 | First Opium War; Treaty of Nanjing (1842): Hong Kong ceded, five treaty ports, indemnity |
| 1843–1844 | Supplementary treaties: extraterritoriality, most-favoured-nation clause; US and French treaties |
| 1850–1864 | Taiping Rebellion led by Hong Xiuquan; Nanjing taken 1853, retaken 1864 |
| 1853–1854 | Commodore Perry's "black ships"; Treaty of Kanagawa (1854) |
| 1856–1860 | Second Opium War; Treaties of Tianjin (1858); Convention of Beijing (1860); Summer Palace burned |
| 1858 | Harris Treaty: Japan's first commercial "unequal treaty" |
| 1860 | Assassination of Ii Naosuke |
| 1861 | Zongli Yamen created: the Qing's first foreign office |
| 1863–1864 | Western bombardment of Kagoshima (Satsuma) and Shimonoseki (Chōshū) |
| 1866 | Satsuma–Chōshū alliance; in Korea, persecution of Catholics and a French punitive expedition |
| 1867–1868 | Shogun Tokugawa Yoshinobu resigns; Meiji Restoration (January 1868); Boshin War |

### Causes and consequences
- **Internal strain in China**: population roughly doubled in the 18th century without matching growth in land or officials; corruption (the official Heshen) and rebellion followed. The Taiping, Nian and Muslim revolts together killed tens of millions; estimates for the Taiping alone usually run from 20 to 30 million, some higher.
- **Opium**: British demand for tea created a silver drain to China until Indian opium reversed it; the Qing ban and Lin Zexu's action gave Britain a pretext to force open trade.
- **Unequal treaties**: treaty ports, fixed low tariffs, extraterritoriality and foreign legations reduced Qing sovereignty and damaged prestige, but also brought customs revenue and new elites.
- **Japan**: the Tokugawa system (sankin kōtai, a fixed class structure) was strained by samurai poverty and merchant wealth. Perry's demands exposed the bakufu's weakness; signing treaties without imperial approval fuelled the slogan sonnō jōi ("revere the emperor, expel the barbarians"). After failed attempts to expel foreigners in 1863–1864, Satsuma and Chōshū turned to overthrowing the bakufu and modernising.
- **Korea**: the regent Heungseon Daewongun (from 1864) strengthened isolation, persecuted Christians and repelled French (1866) and US (1871) expeditions; Korea stayed closed until 1876.

### The historical debate
- **"Impact and response"**: John K. Fairbank's approach stressed the Western impact and the Chinese response. Paul Cohen argued for a "China-centred" history that gives more weight to internal change (population, rebellion, reform ideas).
- **Why did Japan adapt faster?** Explanations include a decentralised system that let domains such as Satsuma and Chōshū act, Dutch learning (rangaku), a shock from the Opium War seen at a distance, and the smaller scale of internal rebellion.
- **The Tokugawa fall**: some historians see a revolution from above by lower samurai; others stress that much of the bakufu was itself reforming by 1867.

### Example argument
**"To what extent was Western pressure the main reason for the collapse of Tokugawa rule by 1868?"**
- Introduction: judgement: Western pressure was the catalyst, but long-term weaknesses and domain rivalries decided the outcome.
- Paragraph 1: Perry, the 1858 treaties and the loss of bakufu legitimacy.
- Paragraph 2: internal weaknesses: samurai debt, merchant wealth, rigid classes, famines of the 1830s.
- Paragraph 3: the role of Satsuma and Chōshū and their alliance (1866), and the emperor as a symbol.
- Conclusion: Western pressure mattered because it exposed existing problems.

### Exam tips
- For comparative questions, use criteria (nature of the threat, state structure, elite response).
- Link treaties to specific clauses; "unequal" must be explained.
- Common mistake: treating China as static before 1839. Use the 18th-century population and the White Lotus rebellion to show internal change.`,
  },
  {
    key: "history-note-as-8",
    levels: HL,
    topicCode: "AS.8",
    body: String.raw`This section covers British colonisation of Australia, New Zealand and parts of the Pacific from the arrival of the First Fleet (1788) to the end of the First World War. Questions ask about the convict system and settlement, the impact on Aboriginal and Torres Strait Islander peoples and on Māori, the Treaty of Waitangi and the New Zealand Wars, gold rushes, moves to self-government, Federation, and how national identities emerged, including through the First World War.

### Key facts and dates

| Date | Event |
|---|---|
| 1788 | First Fleet under Arthur Phillip reaches Sydney Cove (26 January) |
| 1803 | Settlement in Van Diemen's Land (Tasmania) |
| 1820s–1832 | "Black War" in Van Diemen's Land |
| 1838 | Myall Creek massacre; seven colonists are later hanged for the killings |
| 1840 | Treaty of Waitangi (6 February) between the Crown and Māori chiefs |
| 1845–1872 | New Zealand Wars (from the Northern War to the last campaigns of the early 1870s) |
| 1851 | Gold rushes begin in New South Wales and Victoria |
| 1854 | Eureka Stockade at Ballarat (3 December) |
| 1855–1856 | Responsible government in most Australian colonies; secret ballot in Victoria and South Australia |
| 1863 | Confiscation of Māori land under the New Zealand Settlements Act; Queensland begins recruiting Pacific Island labourers |
| 1867 | Four Māori seats in the New Zealand parliament |
| 1868 | Last convict ship reaches Western Australia |
| 1874 | Fiji ceded to Britain; Indian indentured labour from 1879 |
| 1893, 1894 | Women's vote in New Zealand (1893) and South Australia (1894) |
| 1901 | Commonwealth of Australia (1 January); Immigration Restriction Act and Pacific Island Labourers Act |
| 1907 | New Zealand becomes a dominion; Harvester judgment sets a "basic wage" in Australia |
| 1915 | Landing at Gallipoli (25 April) |
| 1916–1917 | Conscription rejected in two Australian referendums; New Zealand introduces conscription (1916) |

### Causes and consequences
- **Why colonise?** Britain needed somewhere to send convicts after losing the American colonies; strategic interest in the Pacific and resources (flax, timber) also mattered. About 160,000 convicts were transported to Australia by 1868.
- **Impact on Indigenous peoples**: disease (smallpox in 1789), loss of land, frontier violence and later removal to reserves and missions cut Aboriginal populations sharply; "terra nullius" thinking ignored their ownership. In New Zealand the treaty recognised Māori, but translation differences (sovereignty versus kāwanatanga, governorship) and land hunger led to war and confiscation.
- **Gold and democracy**: gold rushes multiplied the population, brought Chinese migrants (and anti-Chinese riots, such as Lambing Flat in 1860–1861) and strengthened demands for rights; Eureka became a symbol of democratic protest.
- **Federation**: motives included defence, tariffs and trade, a shared British and "white" identity, and the Labor movement. The first federal laws created the White Australia policy and deported most Pacific Islander labourers.
- **War and identity**: Gallipoli (with more than 8,000 Australian and about 2,700 New Zealand deaths) and the Western Front produced the Anzac legend. Australia lost about 60,000 dead in the war; New Zealand about 18,000. The conscription debates divided Australian society along class and religious lines.

### The historical debate
- **Frontier violence**: Henry Reynolds and others documented Aboriginal resistance and widespread killing; in the "history wars" of the 2000s critics such as Keith Windschuttle challenged the scale of violence, and were in turn widely criticised. Students should show awareness that estimates are disputed.
- **Was Gallipoli the "birth of a nation"?** Some historians argue national identity was already formed by Federation, the labour movement and democracy; others see the Anzac legend as a later construction that excluded Indigenous and female experience.
- **The Treaty of Waitangi**: was it a genuine partnership or a tool of annexation? Interpretations changed sharply after the 1970s.

### Example argument
**"Compare and contrast the impact of British colonisation on the Indigenous peoples of Australia and New Zealand up to 1919."**
- Introduction: both suffered dispossession, disease and population collapse; Māori kept more legal recognition and military capacity.
- Criterion 1: legal basis (no treaty in Australia; Waitangi in New Zealand).
- Criterion 2: conflict (frontier wars and massacres; organised New Zealand Wars).
- Criterion 3: land and political rights (confiscation and Native Land Court; Māori seats in 1867 versus exclusion in Australia).
- Conclusion: explain the differences (Māori numbers and organisation, timing, British policy).

### Exam tips
- Give Indigenous peoples agency: resistance, adaptation and negotiation, not only victimhood.
- Use accurate terms: "New Zealand Wars", "Federation", "responsible government".
- Common mistake: ending national identity at Gallipoli. Use Federation, the vote for women and the labour movement as evidence too.`,
  },
  {
    key: "history-note-as-9",
    levels: HL,
    topicCode: "AS.9",
    body: String.raw`This section compares attempts to modernise in Qing China, Meiji Japan and Joseon Korea from about 1860 to the fall of the Qing in 1912. Questions ask why Japan modernised successfully and became an imperial power, why China's Self-Strengthening and later reforms failed to save the dynasty, the causes of the 1911 revolution, and how Korea lost its independence.

### Key facts and dates

| Date | Event |
|---|---|
| 1861–1895 | Self-Strengthening Movement in China (Zeng Guofan, Li Hongzhang, Zuo Zongtang); Jiangnan Arsenal (1865) |
| 1868 | Meiji Restoration; Charter Oath |
| 1871 | Domains (han) abolished and replaced by prefectures; Iwakura Mission (1871–1873) |
| 1873 | Conscription and land tax reform in Japan |
| 1876 | Treaty of Ganghwa: Japan forces Korea open |
| 1877 | Satsuma Rebellion crushed |
| 1884–1885 | Sino-French War; Gapsin coup in Korea |
| 1889–1890 | Meiji Constitution; first Diet; Imperial Rescript on Education |
| 1894–1895 | Donghak rebellion in Korea; Sino-Japanese War; Treaty of Shimonoseki (Taiwan ceded, Korean "independence", large indemnity); Triple Intervention forces Japan to return Liaodong |
| 1897–1898 | Scramble for concessions in China; Hundred Days' Reform (June–September 1898), ended by the Empress Dowager Cixi |
| 1899–1901 | Boxer Rising; Boxer Protocol (1901) with an indemnity of 450 million taels |
| 1901–1911 | Qing "New Policies": new army, schools; civil service examinations abolished (1905) |
| 1902 | Anglo-Japanese Alliance |
| 1904–1905 | Russo-Japanese War; Treaty of Portsmouth |
| 1905 | Tongmenghui founded under Sun Yat-sen; Korea becomes a Japanese protectorate |
| 1910 | Japan annexes Korea |
| 1911–1912 | Wuchang uprising (10 October 1911); Republic of China (1 January 1912); Puyi abdicates (February 1912) |

### Causes and consequences
- **Japan's success**: a small group of oligarchs (Ōkubo, Itō Hirobumi, Yamagata) used the emperor's authority to centralise power, learned selectively from the West, built a conscript army and navy, education and railways, and used a reliable land tax to fund industry. Treaty revision (extraterritoriality ended in 1899, tariff autonomy in 1911) and victories in 1895 and 1905 made Japan a great power.
- **China's limits**: Self-Strengthening copied Western technology but kept Confucian institutions ("Chinese learning for essence, Western learning for practical use"); projects were regional, run by provincial leaders, and often corrupt. Defeat by Japan in 1895 exposed its failure. The Hundred Days' reforms were reversed; the Boxers and the 1901 indemnity weakened the state further.
- **Why the Qing fell**: the late New Policies created new armies, provincial assemblies and students abroad, who became centres of opposition; anti-Manchu nationalism grew; the railway nationalisation plan (1911) angered Sichuan gentry; the death of Cixi (1908) left a child emperor; the army under Yuan Shikai chose to abandon the dynasty.
- **Korea**: caught between China, Japan and Russia; reform attempts (the Gabo reforms, the Korean Empire from 1897) could not prevent Japanese control after 1905.

### The historical debate
- **Why Japan and not China?** Explanations stress different factors: size and diversity, the Manchu court's fear for its own position, Japan's earlier decentralised commercial economy, or timing and luck.
- **Cixi**: traditionally blamed as a reactionary obstacle; some recent writers argue she backed reforms when they suited her, and the New Policies were substantial.
- **Was 1911 a revolution?** Some historians stress the role of Sun Yat-sen's revolutionaries; others argue it was mainly a provincial and military withdrawal of support from the dynasty.

### Example argument
**"Compare and contrast the responses of China and Japan to Western pressure between 1860 and 1912."**
- Introduction: both adopted Western technology, but Japan transformed its institutions while China's reforms came late and weakened the dynasty.
- Criterion 1: leadership and central authority (Meiji oligarchs versus provincial self-strengtheners and the Qing court).
- Criterion 2: military and industrial reform (conscription and arsenals; outcome in 1894–1895).
- Criterion 3: political reform (1889 constitution; 1898 and 1908 plans).
- Criterion 4: outcome (Japanese empire; Qing collapse).
- Conclusion: explain the difference.

### Exam tips
- Use the Sino-Japanese War as a test of both programmes.
- Separate long-term and short-term causes of 1911.
- Common mistake: claiming China did nothing to modernise; the arsenals, shipyards and New Policies are important evidence.`,
  },
  {
    key: "history-note-as-10",
    levels: HL,
    topicCode: "AS.10",
    body: String.raw`This section covers the Indian independence movement from the Amritsar massacre (1919) through partition and independence (1947) to Nehru's death (1964). Questions ask about Gandhi's campaigns and their effectiveness, British policy, the growth of the Muslim League and the demand for Pakistan, the reasons for partition, and Nehru's India after 1947.

### Key facts and dates

| Date | Event |
|---|---|
| 1919 | Amritsar (Jallianwala Bagh) massacre, 13 April; Government of India Act (dyarchy) |
| 1920–1922 | Non-cooperation and Khilafat movements; suspended after Chauri Chaura (February 1922) |
| 1927–1928 | Simon Commission (no Indian members) boycotted; Nehru Report |
| 1929–1930 | Congress demands purna swaraj (full independence) |
| 1930 | Salt March (March–April); civil disobedience |
| 1930–1932 | Round Table Conferences; Gandhi–Irwin Pact (1931) |
| 1932 | Poona Pact between Gandhi and B. R. Ambedkar on Dalit representation |
| 1935 | Government of India Act: provincial autonomy |
| 1937 | Congress wins most provincial elections |
| 1939 | Congress ministries resign over India's entry into the war without consultation |
| 1940 | Lahore Resolution of the Muslim League |
| 1942 | Cripps Mission; Quit India movement (August); mass arrests |
| 1943 | Bengal famine: deaths estimated at about 2 to 3 million |
| 1945–1946 | INA trials; Royal Indian Navy mutiny (1946); Cabinet Mission (1946); Direct Action Day (16 August 1946) |
| 1947 | Mountbatten as viceroy; independence and partition (14–15 August) |
| 1948 | Gandhi assassinated (30 January); fighting over Kashmir (1947–1948) |
| 1950 | Constitution of India in force (26 January) |
| 1951–1952 | First general election |
| 1962 | Sino-Indian War |
| 1964 | Death of Nehru (27 May) |

### Causes and consequences
- **Gandhi's methods**: satyagraha and mass non-violent protest turned Congress into a mass movement, gave it moral authority and cost Britain revenue and prestige. Campaigns were suspended when violence occurred, and were repressed each time.
- **British policy**: a mix of repression and concession (1919, 1935 Acts) meant to keep the centre under British control. The Second World War was decisive: Britain's weakness, debts owed to India, the loss of reliability in the army and navy (1946), and Labour's election in 1945.
- **The Muslim League and partition**: Congress's refusal to share power after 1937, separate electorates since 1909, and Jinnah's leadership built support for Pakistan; wartime British dependence on the League strengthened it. Communal violence in 1946–1947 and Britain's haste (Mountbatten brought the date forward to August 1947) made partition chaotic. Deaths are estimated from about 200,000 to 2 million; perhaps 10 to 15 million people were displaced.
- **Nehru's India**: parliamentary democracy, a secular constitution, planned economy (Five-Year Plans from 1951), the integration of princely states (Sardar Patel), the States Reorganisation Act (1956) on linguistic lines, Hindu Code Bills, non-alignment (Bandung 1955), and the humiliation of 1962.

### The historical debate
- **Nationalist versus Cambridge schools**: nationalist historians stress mass struggle; the "Cambridge school" argued that Indian politics was driven by elite and local interests competing for the benefits that British reforms offered. Subaltern Studies historians (Ranajit Guha and others) argued that peasants and workers had their own politics, not simply led by elites.
- **Why partition?** Ayesha Jalal argued that Jinnah used the Pakistan demand partly as a bargaining counter for Muslim power inside a federal India; others stress Congress's centralism, British "divide and rule", or the logic of communal violence.
- **Gandhi's importance**: was independence won by Gandhi's campaigns or conceded because of the war and Britain's economic decline?

### Example argument
**"To what extent was Gandhi responsible for India gaining independence in 1947?"**
- Introduction: judgement: Gandhi made Congress a mass movement and undermined British legitimacy, but the war and Britain's weakness decided the timing.
- Paragraph 1: Gandhi's campaigns 1920–1942 and their limits.
- Paragraph 2: other Indian actors: Nehru, Patel, Bose and the INA, Jinnah, the 1946 mutiny.
- Paragraph 3: British factors: the war, debt, Labour's policy, Attlee's February 1947 deadline.
- Conclusion: distinguish the long-term achievement from the immediate causes.

### Exam tips
- Time-limit questions (1919–1947 or 1947–1964) must be respected.
- Name specific Acts and campaigns and link each to its result.
- Common mistake: treating partition as inevitable; explain why alternatives such as the Cabinet Mission Plan failed.`,
  },
  {
    key: "history-note-as-11",
    levels: HL,
    topicCode: "AS.11",
    body: String.raw`This section follows Japan from the start of the Taishō era (1912) through militarism, war, defeat and occupation to the economic miracle and the peak of the "bubble" (1990). Questions ask about the strengths and weaknesses of Taishō democracy, the rise of militarism and expansion in the 1930s, the causes of the Pacific War, the impact of the occupation, and the causes of post-war economic growth.

### Key facts and dates

| Date | Event |
|---|---|
| 1912–1926 | Taishō period; party cabinets become usual in the 1920s |
| 1915 | Twenty-One Demands on China |
| 1918 | Rice riots; Hara Takashi becomes prime minister of a party cabinet |
| 1921–1922 | Washington Conference: naval limits; Anglo-Japanese Alliance ends |
| 1923 | Great Kantō earthquake |
| 1925 | Universal male suffrage and the Peace Preservation Law |
| 1930 | London Naval Treaty; Prime Minister Hamaguchi shot (dies 1931) |
| 1931–1932 | Manchurian (Mukden) Incident (September 1931); Manchukuo (1932); Prime Minister Inukai assassinated (15 May 1932) |
| 1933 | Japan leaves the League of Nations |
| 1936 | February 26 Incident; Anti-Comintern Pact |
| 1937 | Marco Polo Bridge Incident (7 July): full war with China; Nanjing massacre (December) |
| 1940 | Tripartite Pact; move into northern French Indochina |
| 1941 | US oil embargo; attack on Pearl Harbor (7 December) |
| 1942 | Defeat at Midway (June) |
| 1945 | Atomic bombings of Hiroshima (6 August) and Nagasaki (9 August); Soviet entry into the war; surrender |
| 1945–1952 | Allied occupation under General MacArthur |
| 1947 | New constitution: popular sovereignty, Article 9 renounces war |
| 1951 | San Francisco Peace Treaty and US–Japan Security Treaty |
| 1955 | Liberal Democratic Party (LDP) formed |
| 1960 | Security Treaty revised amid mass protests; Ikeda's income-doubling plan |
| 1964 | Tokyo Olympics; Shinkansen opens |
| 1973 | Oil shock |
| 1985 | Plaza Accord: the yen rises sharply |
| 1989–1990 | Death of Emperor Hirohito (January 1989); stock market peaks (December 1989) |

### Causes and consequences
- **Why Taishō democracy failed**: the Meiji constitution gave the military direct access to the emperor; parties were linked to big business (zaibatsu) and seen as corrupt; the Peace Preservation Law limited freedoms; the Depression devastated rural areas and exports; ultranationalist officers used assassination and, after 1931, the Kwantung Army acted on its own.
- **Expansion and war**: the search for resources and security, pan-Asian ideology, the quagmire in China after 1937, and the US embargo (1941) led to the decision for war. Estimates of deaths at Nanjing range from tens of thousands to 300,000 and remain politically disputed.
- **Occupation**: demilitarisation and democratisation (land reform, women's suffrage, labour rights, break-up of the zaibatsu) gave way after 1947 to the "reverse course", which prioritised economic recovery and anti-communism.
- **Economic miracle**: the Korean War procurement boom, high savings and investment, an educated workforce, the role of the Ministry of International Trade and Industry (MITI), keiretsu business groups, US security protection and an open US market; growth averaged roughly 10 per cent a year in the 1960s. Speculation in the late 1980s built the bubble that burst after 1990.

### The historical debate
- **Aberration or continuity?** Some historians see the 1930s as a break from a democratic path; others argue the Meiji system always contained authoritarian elements.
- **Hirohito's role**: Herbert Bix argued the emperor was an active participant in wartime decisions; others stress constitutional limits and his role in ending the war.
- **The miracle**: Chalmers Johnson described Japan as a "developmental state" led by MITI; others give more weight to markets, private firms and the international context.
- **The occupation**: John Dower's work stresses how Japanese people shaped ("embraced") the reforms, not only American imposition.

### Example argument
**"Evaluate the reasons for the rise of militarism in Japan between 1926 and 1936."**
- Introduction: judgement: the Depression gave militarists their chance, but constitutional weaknesses made it possible.
- Paragraph 1: constitutional and institutional weaknesses (military independence, emperor's position).
- Paragraph 2: the Depression and rural distress; distrust of parties and zaibatsu.
- Paragraph 3: the Manchurian Incident and the army's independent action; public support.
- Paragraph 4: terrorism: 1932 and 1936.
- Conclusion: rank the factors.

### Exam tips
- Use specific years for the transition (1931, 1932, 1936, 1937) rather than "in the 1930s".
- For post-war questions, give data (growth rates, Olympics, export industries) and evaluate causes.
- Common mistake: claiming Japan became a fascist dictatorship like Germany; explain the debate over the term.`,
  },
  {
    key: "history-note-as-12",
    levels: HL,
    topicCode: "AS.12",
    body: String.raw`This section covers China from the 1911 revolution to the founding of the People's Republic (1949), and Korea from its annexation by Japan (1910) to the start of the Korean War (1950). Questions ask about the warlord era, the May Fourth Movement, the rise of the Guomindang (GMD) and the Chinese Communist Party (CCP), the impact of the war with Japan, why the CCP won the civil war, and the nature and impact of Japanese rule in Korea and its division.

### Key facts and dates

| Date | Event |
|---|---|
| 1910 | Japan annexes Korea |
| 1912–1916 | Yuan Shikai's presidency; failed attempt to become emperor (1915–1916) |
| 1916–1928 | Warlord era |
| 1919 | May Fourth Movement (China); March First Movement (Korea); Korean Provisional Government in Shanghai |
| 1921 | CCP founded |
| 1923–1927 | First United Front; Whampoa Military Academy (1924) |
| 1925 | Death of Sun Yat-sen |
| 1926–1928 | Northern Expedition; Shanghai massacre of communists (April 1927) |
| 1928–1937 | GMD's Nanjing decade under Jiang Jieshi (Chiang Kai-shek) |
| 1931 | Japan seizes Manchuria; Jiangxi Soviet proclaimed |
| 1934–1935 | Long March; Zunyi Conference (January 1935) strengthens Mao |
| 1936 | Xi'an Incident (December): Jiang detained, Second United Front follows |
| 1937–1945 | War with Japan; CCP base at Yan'an |
| 1938 onwards | Korean language and culture suppressed; name-change policy (1940); forced labour and "comfort women" |
| 1941 | New Fourth Army Incident ends real cooperation between GMD and CCP |
| 1945 | Japan surrenders; Korea divided at the 38th parallel between US and Soviet forces |
| 1946–1949 | Chinese Civil War; Huaihai campaign (1948–1949); PRC proclaimed (1 October 1949) |
| 1948 | Republic of Korea (August, Syngman Rhee) and Democratic People's Republic of Korea (September, Kim Il-sung) |
| 1950 | North Korea invades the South (25 June) |

### Causes and consequences
- **Warlordism and May Fourth**: the republic broke into regions ruled by generals. Anger at the Versailles decision to give Germany's Shandong rights to Japan sparked student protests, a "New Culture" of science and democracy, and interest in Marxism.
- **GMD strengths and weaknesses**: the GMD reunified China nominally (1928) and built railways, roads and a modern army, but relied on landlords and business, neglected land reform, faced corruption and inflation, and prioritised fighting communists over resisting Japan until 1937.
- **Why the CCP won**: the war with Japan destroyed the GMD's best armies and its coastal base, and hyperinflation after 1945 ruined its credibility; the CCP grew from about 40,000 members in 1937 to over a million by 1945 (figures vary), using rent reduction, land reform, guerrilla warfare, disciplined cadres and patriotic propaganda; Soviet help in Manchuria gave it captured Japanese arms; Lin Biao's armies won the decisive campaigns of 1948–1949.
- **Korea**: Japanese rule brought railways, industry in the north and education, but also land loss, repression, assimilation and wartime mobilisation. The 1945 division, and the occupying powers' support for rival leaders, turned competition into two states, with violence before 1950 (for example the Jeju uprising of 1948).

### The historical debate
- **CCP victory**: Chalmers Johnson argued that Japanese invasion created "peasant nationalism" which the CCP led; other historians emphasise the CCP's social and economic reforms, or the GMD's own failures and the civil-war military campaigns.
- **Jiang's record**: older accounts were very hostile; some recent historians see him as a leader who held China together in an impossible war.
- **Korea under Japan**: "colonial modernisation" arguments (economic growth) versus the emphasis on exploitation and cultural destruction; the debate is politically sensitive in Korea and Japan.

### Example argument
**"To what extent was the Second Sino-Japanese War (1937–1945) the main reason for the communist victory in China in 1949?"**
- Introduction: judgement: the war was decisive in weakening the GMD and building the CCP, but the outcome was settled by choices made in 1945–1949.
- Paragraph 1: the war's impact on the GMD (military losses, inflation, corruption).
- Paragraph 2: the war's impact on the CCP (Yan'an, membership, patriotic image).
- Paragraph 3: other factors: Mao's leadership, land reform, Soviet aid, GMD errors in 1946–1949.
- Conclusion: weigh the war against post-war factors.

### Exam tips
- Keep the two countries' chronologies clear; this section often asks about one only.
- Use membership and army figures as approximations and say so.
- Common mistake: narrating the Long March at length; explain its significance (survival, Mao's leadership, propaganda).`,
  },
  {
    key: "history-note-as-13",
    levels: HL,
    topicCode: "AS.13",
    body: String.raw`This section examines the Japanese conquest and occupation of South-East Asia (1940–1945) and its consequences, including the struggles for independence that followed. Questions ask why Japan expanded south, how Japanese rule affected peoples and economies, how it changed nationalist movements, and how far the war explains decolonisation in Indonesia, Vietnam, Burma, Malaya and the Philippines.

### Key facts and dates

| Date | Event |
|---|---|
| 1940–1941 | Japanese forces enter northern (September 1940) and southern (July 1941) French Indochina; US oil embargo |
| 1941 | Viet Minh founded by Ho Chi Minh (May); Japan invades Malaya and attacks the Philippines (December) |
| 1942 | Fall of Singapore (15 February); Dutch East Indies surrender (March); Bataan surrender and "death march" (April); Burma overrun |
| 1942–1943 | Burma–Siam (Thailand) railway built with Allied prisoners and Asian labourers |
| 1943 | Nominal "independence" for Burma (August, Ba Maw) and the Philippines (October, José Laurel) |
| 1944–1945 | Famine in northern Vietnam; deaths estimated from about 400,000 to 2 million (the higher figure is the Vietnamese official estimate) |
| 1945 | Japanese coup against the French in Indochina (March); Aung San's Burma National Army turns against Japan (March); Japanese surrender (15 August) |
| 1945 | Sukarno and Hatta proclaim Indonesian independence (17 August); Ho Chi Minh proclaims the Democratic Republic of Vietnam (2 September) |
| 1945–1949 | Indonesian revolution; battle of Surabaya (November 1945); Dutch "police actions" (1947, 1948); transfer of sovereignty (December 1949) |
| 1946 | Philippine independence (4 July); Malayan Union proposed, then withdrawn; war in Indochina begins (December) |
| 1948 | Burmese independence (4 January); Federation of Malaya; Malayan Emergency begins |
| 1954 | French defeat at Dien Bien Phu |
| 1957 | Malayan independence (31 August) |

### Causes and consequences
- **Why Japan moved south**: the war in China, the need for oil, rubber and tin, the US embargo of 1941, and the chance created by the fall of France and the Netherlands in 1940. The "Greater East Asia Co-Prosperity Sphere" presented conquest as liberation from the West.
- **Nature of occupation**: harsh requisitioning, forced labour (the romusha in Java), inflation, food shortages, brutal treatment of prisoners and of Chinese communities (the sook ching killings in Singapore in 1942). Estimates of deaths are large and disputed.
- **Political impact**: the quick defeat of Britain, the Netherlands and the USA destroyed the myth of Western superiority. The Japanese promoted some nationalists (Sukarno, Aung San), created armed auxiliary forces (PETA in Java, the Burma Independence Army), and spread mass mobilisation. Resistance groups, often communist-led (the Viet Minh, the MPAJA in Malaya, the Hukbalahap in the Philippines), gained arms and support.
- **The power vacuum of August 1945**: between Japan's surrender and the return of the Allies, nationalists seized the moment in Indonesia and Vietnam. Returning colonial powers met armed opposition, leading to wars in Indonesia and Indochina, while Britain negotiated in Burma and, after the Emergency began, in Malaya.

### The historical debate
- **Catalyst or cause?** Some historians see the occupation as the decisive break that made decolonisation inevitable; others stress that nationalist movements were already strong before 1941, and that post-war choices by the colonial powers (and US pressure, as on the Dutch in 1949) shaped the outcomes.
- **Collaboration**: were nationalists who worked with Japan (Sukarno, Aung San, Laurel) collaborators or pragmatists? Historians often argue they used the Japanese for national goals.
- **Variation**: historians stress differences: Thailand stayed formally independent as a Japanese ally; the Philippines had been promised independence by the USA in 1934.

### Example argument
**"To what extent was the Japanese occupation responsible for the end of colonial rule in South-East Asia by 1957?"**
- Introduction: judgement: the occupation was the key catalyst, but the speed and form of independence depended on nationalist strength and the policies of the colonial powers.
- Paragraph 1: destruction of colonial prestige and the 1945 vacuum (Indonesia, Vietnam).
- Paragraph 2: pre-war nationalism (Sarekat Islam, PNI, Thakins, Vietnamese movements).
- Paragraph 3: the colonial powers' weakness and choices (British withdrawal from Burma; Dutch and French wars).
- Paragraph 4: Cold War and US attitudes.
- Conclusion: compare at least two countries.

### Exam tips
- Use two or three case studies in depth rather than a general survey.
- Distinguish the impact during the war from the consequences after 1945.
- Common mistake: treating all of South-East Asia as having the same experience; Thailand and the Philippines are useful contrasts.`,
  },
  {
    key: "history-note-as-14",
    levels: HL,
    topicCode: "AS.14",
    body: String.raw`This section covers the People's Republic of China from its founding (1949) to 2005: Mao's consolidation of power, economic policies and the Great Leap Forward, the Cultural Revolution, foreign policy, and Deng Xiaoping's reforms and their political limits. Questions ask about the aims and results of Mao's policies, the causes and impact of the Cultural Revolution, how far Deng transformed China, and why the CCP survived 1989.

### Key facts and dates

| Date | Event |
|---|---|
| 1949 | PRC proclaimed (1 October) |
| 1950 | Agrarian Reform Law; marriage law; Sino-Soviet treaty; Chinese forces enter Tibet and the Korean War |
| 1951–1952 | Three-Antis and Five-Antis campaigns |
| 1953–1957 | First Five-Year Plan (Soviet-style heavy industry) |
| 1955–1956 | Rapid collectivisation |
| 1956–1957 | Hundred Flowers campaign, then the Anti-Rightist campaign |
| 1958–1962 | Great Leap Forward; people's communes; famine (1959–1961) |
| 1959 | Lushan conference: Peng Dehuai purged; Tibetan uprising and flight of the Dalai Lama |
| 1960 | Soviet advisers withdrawn: the Sino-Soviet split becomes open |
| 1964 | First Chinese atomic bomb |
| 1966–1976 | Cultural Revolution; Red Guards (1966–1968); Liu Shaoqi purged |
| 1971 | Death of Lin Biao; PRC takes China's seat at the United Nations |
| 1972 | Nixon visits China |
| 1976 | Deaths of Zhou Enlai (January) and Mao (9 September); Gang of Four arrested (October) |
| 1978 | Third Plenum (December): Deng's reform programme begins |
| 1979–1980 | Special Economic Zones (Shenzhen and others); one-child policy |
| 1981 | Party resolution on history: Mao's merits "primary", his errors "secondary" (popularly summed up as "70 per cent right") |
| 1989 | Tiananmen Square protests; military crackdown (3–4 June) |
| 1992 | Deng's Southern Tour restarts reform |
| 1997 | Death of Deng (February); return of Hong Kong (1 July) |
| 2001 | China joins the World Trade Organization |
| 2002–2003 | Hu Jintao succeeds Jiang Zemin |

### Causes and consequences
- **Consolidation**: land reform destroyed the landlord class (deaths are estimated from several hundred thousand to a few million); mass campaigns, the Korean War and thought reform built control.
- **The Great Leap Forward**: Mao aimed to overtake Britain in steel output through mass mobilisation and communes. Backyard furnaces, exaggerated grain reports, high state procurement and the attack on critics after Lushan caused famine. Death estimates range widely, usually from about 15 to 45 million; many demographic estimates cluster around 30 million.
- **The Cultural Revolution**: Mao wanted to regain power from Liu and Deng, prevent "revisionism" and renew revolution in a new generation. Results: purges, violence, closed universities, "sent-down" youth, damaged culture and economy, and deaths estimated in the range of hundreds of thousands to over a million.
- **Deng's reforms**: household responsibility system in farming, SEZs and foreign investment, price reform, and growth near 10 per cent a year for long periods; but also inflation, corruption and inequality, which helped cause the 1989 protests. Political reform was rejected: the "Four Cardinal Principles" kept party rule.

### The historical debate
- **Mao's responsibility for the famine**: some historians (for example Frank Dikötter) stress Mao's personal responsibility and state violence; others emphasise local officials' behaviour, the system of incentives, and weather.
- **Continuity or break in 1978?** Some see Deng's policies as a rejection of Maoism; others stress continuity in the party's monopoly of power and in goals of national strength.
- **Why did the CCP survive 1989?** Army loyalty, elite unity after purging Zhao Ziyang, and the later bargain of prosperity in exchange for political obedience.

### Example argument
**"Evaluate the success of Deng Xiaoping's economic reforms between 1978 and 1997."**
- Introduction: define success (growth, living standards, stability, party aims); judgement: economically very successful, with high social and political costs.
- Paragraph 1: agriculture: household responsibility system and rising rural incomes in the early 1980s.
- Paragraph 2: industry and the open door: SEZs, foreign investment, exports.
- Paragraph 3: problems: inflation, corruption, regional inequality, environmental damage.
- Paragraph 4: political costs: 1989 and the limits of reform.
- Conclusion: success measured against Deng's own aim of strengthening the party-state.

### Exam tips
- State disputed statistics as ranges and name the dispute.
- Link foreign policy (Soviet split, Nixon) to domestic politics.
- Common mistake: describing the Cultural Revolution without explaining Mao's aims and evaluating how far they were achieved.`,
  },
  {
    key: "history-note-as-15",
    levels: HL,
    topicCode: "AS.15",
    body: String.raw`This section covers the Cold War's "hot" wars and insurgencies in Asia: the Korean War, the wars in Indochina (Vietnam, Laos and Cambodia), the Malayan Emergency, conflicts involving Indonesia, and crises over Taiwan and Afghanistan. Questions ask about causes, the role of the superpowers and China, the reasons for the outcomes, and the consequences for the region.

### Key facts and dates

| Date | Event |
|---|---|
| 1946–1954 | First Indochina War; French defeat at Dien Bien Phu (May 1954) |
| 1948–1960 | Malayan Emergency; Briggs Plan "New Villages" (1950); Gerald Templer's "hearts and minds" campaign |
| 1950 | North Korea invades the South (25 June); UN forces land at Inchon (September); China intervenes (October) |
| 1951 | Truman dismisses MacArthur (April) |
| 1953 | Korean armistice (27 July) near the 38th parallel |
| 1954 | Geneva Accords divide Vietnam at the 17th parallel; SEATO formed; first Taiwan Strait crisis (1954–1955) |
| 1958 | Second Taiwan Strait crisis |
| 1960 | National Liberation Front (Viet Cong) formed in the South |
| 1963 | President Ngo Dinh Diem overthrown and killed (November) |
| 1963–1966 | Indonesian "Confrontation" with Malaysia |
| 1964 | Gulf of Tonkin Resolution (August) |
| 1965 | US bombing (Rolling Thunder) and ground troops; in Indonesia, mass killings of suspected communists (1965–1966) |
| 1968 | Tet Offensive (January–February) |
| 1969–1973 | "Vietnamisation" under Nixon; bombing and invasion of Cambodia (1970) |
| 1973 | Paris Peace Accords (January) |
| 1975 | Fall of Saigon (30 April); Khmer Rouge take Phnom Penh (April); communist Laos (December) |
| 1978–1979 | Vietnam invades Cambodia (December 1978); China–Vietnam border war (February–March 1979) |
| 1979–1989 | Soviet war in Afghanistan |

### Causes and consequences
- **Korea**: division in 1945, rival regimes in 1948, and Kim Il-sung's pressure on Stalin and Mao for approval of an invasion in 1950. The USA intervened through the UN to contain communism; China intervened when UN forces neared the Yalu. Deaths (military and civilian) are commonly estimated at around 2.5 to 3 million or more. Consequences: a permanent division, US commitments in Asia (including to Japan and Taiwan), militarisation of containment (NSC-68), and Chinese prestige.
- **Vietnam**: a war of national liberation and civil war combined with superpower rivalry. The "domino theory" drove US commitment; North Vietnam had Soviet and Chinese aid, the Ho Chi Minh Trail, and the NLF's rural base. US failure is explained by the weakness of the South Vietnamese state, guerrilla tactics, the limits of bombing, and falling support at home after Tet. Consequences: reunified communist Vietnam (1976), refugees ("boat people"), and the spread of war into Laos and Cambodia.
- **Cambodia**: US bombing and the 1970 coup destabilised the country; the Khmer Rouge regime (1975–1979) caused deaths estimated at about 1.5 to 2 million.
- **Malaya**: the British won through resettlement, intelligence, the Chinese community's gradual detachment from the guerrillas, and the promise of independence (1957), contrasting with failure in Vietnam.

### The historical debate
- **Origins of the Korean War**: orthodox accounts stress Soviet-directed aggression; Bruce Cumings emphasised Korean civil-war origins after 1945; post-1991 Soviet archives show Stalin approved Kim's plan in 1950, leading many to a post-revisionist synthesis.
- **Vietnam**: "orthodox" historians see an unwinnable war based on misreading Vietnamese nationalism; "revisionists" argue the USA could have won with different strategy or political will.
- **The domino theory**: did the fall of Indochina in 1975 prove or disprove it, given that Thailand, Malaysia and Indonesia did not fall?

### Example argument
**"Compare and contrast the reasons for the outcomes of the Korean War and the Vietnam War."**
- Introduction: Korea ended in stalemate that preserved South Korea; Vietnam ended in communist victory.
- Criterion 1: the nature of the war (conventional invasion versus guerrilla insurgency plus conventional war).
- Criterion 2: the strength of the allied Southern state and army.
- Criterion 3: the international dimension (UN mandate and China's intervention; Soviet and Chinese aid, US isolation).
- Criterion 4: home-front opinion in the USA.
- Conclusion: explain why the same policy of containment produced different results.

### Exam tips
- Keep the Asian actors central: Kim, Ho, Pol Pot, Sukarno, not only Washington and Moscow.
- Give casualty estimates as ranges.
- Common mistake: narrating the Vietnam War year by year; organise answers by causes of the outcome.`,
  },
  {
    key: "history-note-as-16",
    levels: HL,
    topicCode: "AS.16",
    body: String.raw`This section follows India, Pakistan, Bangladesh and Sri Lanka after independence: building states and democracies, economic policy, religious, ethnic and linguistic conflicts, wars between India and Pakistan, and the creation of Bangladesh. Questions ask why democracy survived in India but was repeatedly overthrown in Pakistan, the causes of the 1971 war, the impact of Indira Gandhi, economic change after 1991, and the causes of civil war in Sri Lanka.

### Key facts and dates

| Date | Event |
|---|---|
| 1947–1948 | Partition; first war over Kashmir; Gandhi assassinated (January 1948); Jinnah dies (September 1948) |
| 1948 | Ceylon (Sri Lanka from 1972) independent |
| 1950 | Indian constitution in force |
| 1951 | Pakistani prime minister Liaquat Ali Khan assassinated |
| 1956 | Sinhala Only Act in Ceylon; Pakistan's first constitution |
| 1958 | Ayub Khan seizes power in Pakistan |
| 1960 | Sirimavo Bandaranaike becomes the world's first woman prime minister |
| 1965 | Second India–Pakistan war over Kashmir; Tashkent agreement (1966) |
| 1966 | Indira Gandhi becomes prime minister; the Green Revolution spreads in the late 1960s |
| 1970 | Pakistani election: the Awami League (Sheikh Mujibur Rahman) wins a majority |
| 1971 | Pakistani army crackdown in East Pakistan (March); war with India (December); Bangladesh independent (16 December) |
| 1974 | India's first nuclear test |
| 1975–1977 | Indira Gandhi's Emergency; Janata government elected (1977) |
| 1977–1988 | General Zia-ul-Haq rules Pakistan; Zulfikar Ali Bhutto executed (1979); Islamisation |
| 1983 | "Black July" riots in Sri Lanka; civil war with the LTTE (Tamil Tigers) begins |
| 1984 | Operation Blue Star (June); Indira Gandhi assassinated (31 October); anti-Sikh violence; Bhopal gas disaster (December) |
| 1991 | Rajiv Gandhi assassinated; economic liberalisation (Narasimha Rao and Manmohan Singh) |
| 1992 | Destruction of the Babri Masjid at Ayodhya (December) |
| 1998 | Nuclear tests by India and Pakistan |
| 1999 | Kargil conflict; Pervez Musharraf's coup in Pakistan |

### Causes and consequences
- **India's democracy**: Congress dominance, a strong civil service and constitution, linguistic reorganisation of states (1956) and the commitment of Nehru's generation helped it survive. The Emergency (1975–1977) was its greatest threat, and the 1977 election reversed it.
- **Pakistan's instability**: the early deaths of Jinnah and Liaquat, a powerful army and bureaucracy, the geographical and linguistic gulf between West and East Pakistan, and conflict with India favoured military rule (1958, 1977, 1999).
- **Bangladesh**: East Bengali grievances (the language movement of 1952, economic inequality, under-representation) and the refusal to let the Awami League govern after 1970 led to civil war. Deaths in 1971 are highly disputed, with estimates from about 300,000 to 3 million; about 10 million refugees fled to India.
- **Sri Lanka**: Sinhala majority politics (language, university admissions, Buddhism's status) alienated Tamils and led to separatist war.
- **Economics**: India's mixed economy and "licence raj" brought industrial growth but slow overall growth; the Green Revolution improved food security; the 1991 balance-of-payments crisis led to liberalisation and faster growth.

### The historical debate
- **Why did Indian democracy survive?** Some historians stress institutions inherited from the British and Congress; others stress Nehru's leadership, or the flexibility of Indian federalism.
- **Indira Gandhi**: a strong leader who won the 1971 war, or a centraliser who weakened institutions and the Congress party? The Emergency and Punjab policy are central evidence.
- **The rise of Hindu nationalism**: a response to Congress decline and secular policies, or the result of political organisation by the RSS and BJP?

### Example argument
**"Why did democracy survive in India but not in Pakistan in the period 1947–1977?"**
- Introduction: judgement: the contrast lies in leadership, institutions and the balance between civil and military power.
- Paragraph 1: leadership and party: Nehru and Congress; Pakistan's loss of leaders and weak Muslim League organisation.
- Paragraph 2: the army and bureaucracy.
- Paragraph 3: regional, linguistic and religious tensions and how each state handled them (States Reorganisation versus East Pakistan).
- Paragraph 4: the test of the Emergency: why India returned to elections.
- Conclusion: rank the factors.

### Exam tips
- Comparative questions need point-by-point comparison, not two separate narratives.
- Use a range of states; Sri Lanka and Bangladesh are good for "ethnic conflict" questions.
- Common mistake: ignoring economic development; use the Five-Year Plans, Green Revolution and 1991.`,
  },
  {
    key: "history-note-as-17",
    levels: HL,
    topicCode: "AS.17",
    body: String.raw`This section examines Australia, New Zealand and the Pacific Islands from 1945 to 2005: changing alliances and foreign policy, immigration and multiculturalism, economic change, Indigenous rights, and decolonisation in the Pacific. Questions ask how and why Australia and New Zealand moved from reliance on Britain towards the USA and Asia, how far Indigenous rights improved, and the causes and consequences of political and economic reforms.

### Key facts and dates

| Date | Event |
|---|---|
| 1945 onwards | Australia's post-war immigration programme ("populate or perish", Arthur Calwell) |
| 1949–1966 | Robert Menzies prime minister of Australia |
| 1950–1953 | Australian and New Zealand forces in Korea; Colombo Plan (1950) |
| 1951 | ANZUS Treaty (Australia, New Zealand, USA) |
| 1954 | SEATO |
| 1962 | Western Samoa independent from New Zealand |
| 1962–1972 | Australian involvement in Vietnam; conscription (selected by birthday ballot) introduced in 1964; New Zealand also sends forces |
| 1967 | Australian referendum (over 90 per cent yes) to count Aboriginal people in the census and let the Commonwealth make laws for them |
| 1970 | Fiji independent |
| 1972–1975 | Whitlam government: end of conscription, recognition of the PRC, White Australia policy formally ended (1973), Racial Discrimination Act (1975) |
| 1973 | Britain joins the European Economic Community, hurting New Zealand's and Australia's exports |
| 1975 | Dismissal of Whitlam (11 November); Papua New Guinea independent (16 September); Waitangi Tribunal created; Māori land march |
| 1983–1991 | Hawke government: floats the dollar (1983), Accord with unions |
| 1984–1990 | Fourth Labour government in New Zealand: "Rogernomics" market reforms; nuclear-free policy |
| 1985 | French agents sink the Rainbow Warrior in Auckland (July); Treaty of Rarotonga (South Pacific Nuclear Free Zone) |
| 1987 | Two coups in Fiji (Sitiveni Rabuka); New Zealand's nuclear-free law |
| 1988–1998 | Conflict on Bougainville (Papua New Guinea) |
| 1992–1993 | Mabo decision rejects terra nullius; Native Title Act (1993) |
| 1996 | First MMP election in New Zealand; Port Arthur massacre and gun laws in Australia |
| 1997 | Bringing Them Home report on the Stolen Generations |
| 1999 | Australian-led force in East Timor; Australian republic referendum fails |
| 2000 | Coup in Fiji (George Speight) |
| 2003 | Regional Assistance Mission to Solomon Islands (RAMSI) |

### Causes and consequences
- **Foreign policy shift**: the fall of Singapore (1942) showed Britain could not defend the region; ANZUS and forward defence in Asia (Korea, Malaya, Vietnam) followed. Britain's entry into the EEC (1973) pushed both countries to trade with Asia; by the 1980s Japan, and later China, were major partners.
- **New Zealand's independent line**: the ban on nuclear-armed or nuclear-powered ships led the USA to suspend its ANZUS obligations to New Zealand (1986).
- **Immigration and identity**: post-war migrants from Britain and then southern Europe, and after 1973 Asia (including Vietnamese refugees), transformed Australia; "multiculturalism" became official policy, though contested (debates of the 1990s).
- **Indigenous rights**: the 1967 referendum, land rights campaigns (the Aboriginal Tent Embassy, 1972), Mabo (1992) and the Wik case (1996); in New Zealand, the Māori renaissance, the Waitangi Tribunal (given power to examine claims back to 1840 in 1985) and treaty settlements (Tainui 1995, Ngāi Tahu 1998).
- **Pacific**: decolonisation was mostly peaceful but left weak states, ethnic tension (Fiji's Indo-Fijian and indigenous Fijian communities), and conflicts that drew in Australia and New Zealand.

### The historical debate
- **From Britain to America to Asia**: some historians see a clear shift in 1942 and 1951; others stress that cultural and emotional ties to Britain remained strong until the 1960s–1970s.
- **Market reforms**: supporters credit Rogernomics and Hawke–Keating with modernising closed economies; critics point to unemployment and inequality.
- **Indigenous policy**: historians debate how far reforms brought real change, given continuing gaps in health, income and incarceration.

### Example argument
**"To what extent did Australia's foreign policy change between 1945 and 1975?"**
- Introduction: judgement: the main ally changed from Britain to the USA, while the underlying aim (a great-power protector against threats from Asia) stayed the same until Whitlam.
- Paragraph 1: change: ANZUS, SEATO, Vietnam.
- Paragraph 2: continuity: Commonwealth ties, Malaya and Confrontation, White Australia.
- Paragraph 3: Whitlam's break: withdrawal from Vietnam, recognition of the PRC, engagement with Asia.
- Conclusion: weigh change against continuity.

### Exam tips
- Do not neglect New Zealand and the Pacific Islands; examiners reward range.
- Use precise legal and political events as evidence for Indigenous rights.
- Common mistake: assuming the 1967 referendum gave Aboriginal people the vote (most already had it; federal voting rights came in 1962).`,
  },
  {
    key: "history-note-as-18",
    levels: HL,
    topicCode: "AS.18",
    body: String.raw`This section covers social, cultural and economic change between 1980 and 2005 in Asian countries other than China, Japan and India, especially South Korea, Taiwan, Singapore, the ASEAN states and Vietnam. Questions ask about the causes of rapid economic growth, the 1997 Asian financial crisis, the links between economic development and democratisation, and changes in society and culture (urbanisation, education, the position of women, popular culture).

### Key facts and dates

| Date | Event |
|---|---|
| 1980 | Gwangju uprising crushed in South Korea (May) |
| 1981–2003 | Mahathir Mohamad prime minister of Malaysia |
| 1986 | People Power revolution ends Marcos's rule in the Philippines (February); Vietnam launches Đổi Mới reforms |
| 1987 | June Democratic Struggle: direct presidential elections in South Korea; martial law lifted in Taiwan |
| 1988 | Seoul Olympics; "8888" uprising in Burma (Myanmar), followed by military takeover |
| 1989 | Asia-Pacific Economic Cooperation (APEC) founded |
| 1990 | Lee Kuan Yew steps down in Singapore; National League for Democracy wins Burmese elections but is denied power |
| 1991 | Aung San Suu Kyi wins the Nobel Peace Prize |
| 1992 | "Black May" protests in Thailand |
| 1995–1999 | ASEAN expands: Vietnam (1995), Laos and Myanmar (1997), Cambodia (1999) |
| 1996 | Taiwan's first direct presidential election |
| 1997 | Thai baht floated (2 July): Asian financial crisis; IMF rescue packages for Thailand, Indonesia and South Korea |
| 1998 | Suharto resigns in Indonesia (May) after riots; Malaysia imposes capital controls |
| 1999–2002 | East Timor votes for independence (1999); independent in 2002 |
| 2000 | First inter-Korean summit; Taiwan's opposition DPP wins the presidency |
| 2002 | Bali bombings (October) |
| 2004 | Indian Ocean tsunami (26 December): deaths estimated at about 230,000 across the region |

### Causes and consequences
- **Growth**: export-oriented industrialisation, high savings and investment, education, land reform in Korea and Taiwan, state direction (Korean chaebol, Singapore's state enterprises), foreign investment (especially Japanese after the 1985 Plaza Accord), and access to the US market.
- **The 1997 crisis**: short-term foreign borrowing, pegged currencies, property bubbles, weak bank regulation and "crony capitalism" left economies exposed when capital fled. Results: recession, unemployment, the fall of Suharto, and debate over the IMF's austerity conditions; Malaysia's rejection of IMF help became a counter-example.
- **Democratisation**: growing middle classes, students and labour movements pushed authoritarian regimes towards elections in South Korea, Taiwan, the Philippines, Thailand and Indonesia; Singapore and Malaysia stayed "soft authoritarian" and Myanmar's military held on.
- **Society and culture**: rapid urbanisation, rising female education and employment, falling birth rates, migrant labour (for example Filipino and Indonesian domestic workers abroad), Islamic revival in Malaysia and Indonesia, and the spread of Korean popular culture (the "Korean Wave") from the late 1990s.

### The historical debate
- **What caused the "miracle"?** The World Bank's report "The East Asian Miracle" (1993) emphasised sound market fundamentals with some state intervention; Alice Amsden and others stressed the developmental state guiding industry; Paul Krugman argued in 1994 that growth came mainly from increased inputs of labour and capital rather than productivity, and so would slow.
- **"Asian values"**: Lee Kuan Yew and Mahathir argued that Asian societies valued order, family and community over Western individualism; Kim Dae-jung replied that democracy had Asian roots. The 1997 crisis and democratisation weakened the argument for some historians.
- **Does development cause democracy?** South Korea and Taiwan support the link; Singapore is the main counter-example.

### Example argument
**"Evaluate the impact of the 1997 Asian financial crisis on two countries in the region."** (e.g., Indonesia and South Korea)
- Introduction: judgement: the crisis was economically severe in both, but politically transformative in Indonesia and a spur to reform in South Korea.
- Criterion 1: economic impact: currency collapse, unemployment, IMF packages.
- Criterion 2: political impact: Suharto's fall and Reformasi; Kim Dae-jung's election (December 1997) and chaebol restructuring.
- Criterion 3: social impact: poverty, ethnic violence against Chinese Indonesians (May 1998), protests.
- Conclusion: compare recovery and long-term change.

### Exam tips
- Choose countries you know in depth and have dated evidence for each.
- Balance economic, social and cultural material: questions may focus on any one.
- Common mistake: writing about China, Japan or India, which are excluded from this section.`,
  },
];
