import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option AF, Africa and the Middle East (Paper 3), sections AF.1–AF.18, all HL only.
// Each note: context, key facts with dates, causes/consequences, the historical debate, and a sample essay question
// with a plan. Original writing; disputed figures are given as ranges.

const HL: TopicNoteInput["levels"] = ["HL"];

export const africaNotes: TopicNoteInput[] = [
  {
    key: "history-note-af-1",
    levels: HL,
    topicCode: "AF.1",
    body: String.raw`The 'Abbasid dynasty replaced the Umayyads in 750 and ruled, at least in name, from Baghdad until the Mongol sack of 1258. This section covers the 'Abbasid revolution, the height of caliphal power under al-Mansur, Harun al-Rashid and al-Ma'mun, the cultural "golden age", and the long fragmentation of political authority. Questions ask why the 'Abbasids came to power, how they ruled, how far their reign was a golden age, and why caliphal power declined.

### Key facts and dates

| Date | Event |
|---|---|
| 747 | Revolt in Khurasan led by Abu Muslim under black banners |
| 750 | Umayyads defeated at the Battle of the Zab; Abu al-'Abbas (al-Saffah) caliph |
| 762 | Al-Mansur begins building Baghdad, the "Round City" |
| 786–809 | Reign of Harun al-Rashid; the Barmakid family of viziers falls in 803 |
| 811–813 | Civil war between Harun's sons al-Amin and al-Ma'mun |
| 813–833 | Al-Ma'mun: patronage of translation and science (the "House of Wisdom") |
| 833–c.848 | The mihna: scholars tested on the doctrine that the Qur'an was created |
| 836 | Al-Mu'tasim moves the capital to Samarra with his Turkish slave soldiers |
| 861–870 | Murder of al-Mutawakkil; "anarchy at Samarra" as the Turkish guard makes and unmakes caliphs |
| 869–883 | Zanj rebellion of enslaved East Africans in southern Iraq |
| 945 | The Buyids take Baghdad; the caliph becomes a figurehead |
| 1055 | Seljuk Turk Tughril Beg enters Baghdad and takes the title of sultan |
| 1258 | Hulagu's Mongols sack Baghdad and kill the caliph al-Musta'sim |

### Causes and consequences
- **The revolution**: Umayyad rule was resented by non-Arab converts (mawali) who paid extra taxes and lacked status, by Shi'a supporters of the Prophet's family, and by Arab settlers in Khurasan. The 'Abbasids, descended from the Prophet's uncle, used a secret movement (da'wa) to unite these groups, then sidelined the Shi'a once in power.
- **A new kind of state**: the centre moved east from Damascus to Iraq; Persian court ceremony and a salaried bureaucracy under viziers developed; Islam rather than Arab descent became the basis of belonging.
- **Culture and economy**: Greek, Persian and Indian texts were translated into Arabic (Hunayn ibn Ishaq translated Galen; al-Khwarizmi wrote on algebra). Papermaking spread from Central Asia and was established in Baghdad by the late eighth century, cheapening books and records. Trade ran from the Mediterranean to the Indian Ocean and China.
- **Fragmentation**: distance and costly armies encouraged local dynasties: the Aghlabids in Ifriqiya (800), Tahirids in Khurasan (821), Tulunids in Egypt (868), and then rival caliphates (Fatimids 909, Córdoba 929). Reliance on Turkish slave soldiers from the 830s gave the army power over the caliph, while the Zanj revolt wrecked Iraq's revenues. After 945 real power lay with the Buyid, then Seljuk, military rulers, though the caliph kept religious prestige.

### The historical debate
- **Nature of the revolution**: some historians saw it as a Persian revolt against Arabs; others argue that its core fighters were Arab settlers in Khurasan and that it was a broad coalition of the discontented, not an ethnic uprising.
- **Golden age and decline**: the traditional story presents 750–850 as a high point, followed by decline. Many historians now argue that political fragmentation did not mean cultural decline: Buyid, Samanid and Fatimid courts were centres of learning in the tenth century, and scholars question a "decline" narrative that looks back from 1258.
- **When did the caliphate lose power?** Answers range from 861 (the Samarra anarchy) to 945 (the Buyids) to 1258: it depends on whether you measure military control, revenue or religious authority.

### Example argument
**"To what extent was the decline of 'Abbasid political power after 833 caused by the reliance on Turkish soldiers?"**
- Introduction: define "political power" (control of army, revenue, provinces); judgement: the Turkish guard was the immediate cause of collapse at the centre, but fiscal and regional causes were deeper.
- Paragraph 1: the Turkish troops: Samarra, the murder of al-Mutawakkil (861), caliphs as puppets.
- Paragraph 2: loss of provinces and revenue: autonomous dynasties, the Zanj revolt, falling tax income from Iraq.
- Paragraph 3: religious and dynastic divisions: the civil war of 811–813, the mihna, rival Shi'a caliphates.
- Conclusion: the army was a symptom of the caliphs' need for loyal troops in a state that was already too large and too poor to hold together.

### Exam tips
- Use precise dates for turning points; "the caliphate got weaker" earns little without 861, 945 or 1055.
- In "golden age" questions, separate political, economic and cultural criteria and judge each.
- Common mistake: treating 1258 as the whole story of decline. Most real power had gone three centuries earlier.`,
  },
  {
    key: "history-note-af-2",
    levels: HL,
    topicCode: "AF.2",
    body: String.raw`The Fatimids were an Isma'ili Shi'a dynasty who claimed descent from the Prophet's daughter Fatima and set up a rival caliphate to the Sunni 'Abbasids. Founded in Ifriqiya (modern Tunisia) in 909, they conquered Egypt in 969, built Cairo, and ruled until Saladin ended the dynasty in 1171. Questions ask how they came to power, how they governed a mostly Sunni and Christian population, their economic and cultural achievements, and why they declined.

### Key facts and dates

| Date | Event |
|---|---|
| 890s–909 | The missionary Abu 'Abdallah al-Shi'i wins over the Kutama Berbers |
| 909 | Kutama armies overthrow the Aghlabids; 'Ubayd Allah proclaimed caliph as al-Mahdi (909–910) |
| 940s | Revolt of the Kharijite Abu Yazid nearly destroys the dynasty (c.943–947) |
| 969 | General Jawhar conquers Egypt for the caliph al-Mu'izz and founds Cairo (al-Qahira) |
| 970–972 | Al-Azhar mosque built; it becomes a centre of Isma'ili teaching |
| 973 | Al-Mu'izz moves the court to Cairo |
| 996–1021 | Al-Hakim: erratic rule; the Church of the Holy Sepulchre is destroyed (1009); he disappears in 1021 |
| 1036–1094 | Al-Mustansir, the longest reign |
| 1040s–1050s | The Zirids of Ifriqiya break with Cairo; Banu Hilal Arab tribes move west |
| 1065–1072 | The "great crisis": low Nile floods, famine, fighting between Turkish and Black African regiments |
| 1073 | Badr al-Jamali, an Armenian general, takes power as vizier: the era of military viziers begins |
| 1094 | Succession split: the Nizaris (later based at Alamut) break away |
| 1099 | Crusaders take Jerusalem from the Fatimids; Ascalon falls in 1153 |
| 1169–1171 | Saladin becomes vizier; on the caliph al-'Adid's death the Fatimid caliphate ends |

### Causes and consequences
- **Rise**: Isma'ili missionary work (the da'wa) gave the movement an organisation across the Muslim world; Kutama Berber tribes supplied the army. The 'Abbasids' weakness left North Africa open.
- **Conquest of Egypt**: Egypt in 969 was suffering low Nile floods and weak Ikhshidid rule, so Jawhar met little resistance. Egypt's wealth made the Fatimids a Mediterranean power controlling Syria, the Hejaz and (at times) Sicily.
- **Government and society**: the caliph was an infallible imam for Isma'ilis, but most Egyptians stayed Sunni, Christian or Jewish. The dynasty generally did not force conversion and employed Christians and Jews as officials; al-Hakim's persecution was the exception. The Cairo Geniza documents, studied by S. D. Goitein, show a busy trading world linking Egypt, the Mediterranean and India.
- **Economy**: trade shifted from the Persian Gulf to the Red Sea, making Egypt the hub of east–west commerce; the state profited from customs and textiles.
- **Decline**: the loss of the Maghrib; dependence on rival slave and mercenary regiments; the famine of the 1060s; the power of military viziers who made caliphs figureheads; the Nizari schism; pressure from the Seljuks in Syria and then the crusaders; finally Nur al-Din's intervention via Shirkuh and Saladin.

### The historical debate
- **Why did the Fatimids fail to overthrow the 'Abbasids?** Their only real success came in 1058–1059, when the Turkish commander al-Basasiri had the Fatimid caliph named in Friday prayers in Baghdad for about a year. Some historians stress the lack of support for Isma'ilism among ordinary Muslims; others stress military limits and the Seljuk rise.
- **Decline from when?** Some date it from al-Hakim, others from the crisis of the 1060s, while others argue that Badr al-Jamali's regime actually revived the state for another century.
- **Tolerance**: historians debate whether Fatimid tolerance was a principle or a practical need for a minority ruling class.

### Example argument
**"Evaluate the reasons for the decline of the Fatimid caliphate between 1021 and 1171."**
- Introduction: decline was gradual and reversible; judgement: internal military and succession problems mattered more than the crusades.
- Paragraph 1: internal: regiments, the 1060s crisis, military viziers, the 1094 schism.
- Paragraph 2: external: Zirid break and loss of the west, the Seljuks, crusader gains in Palestine.
- Paragraph 3: the final blow: Nur al-Din, Shirkuh and Saladin (1169–1171).
- Conclusion: by 1169 the caliph was powerless, so Saladin could end the dynasty without a fight.

### Exam tips
- Show the Fatimids' achievements (Cairo, al-Azhar, trade) as well as their decline: questions often ask for an overall assessment.
- Link to AF.1 and AF.3: rivalry with the 'Abbasids and losses to the crusaders explain much.
- Common mistake: assuming Egypt became Shi'a. It did not; this is central to why the dynasty fell so quietly.`,
  },
  {
    key: "history-note-af-3",
    levels: HL,
    topicCode: "AF.3",
    body: String.raw`In this option the crusades are studied largely from the Middle Eastern side: why Latin Christians could conquer the Levant in 1099, how the crusader states survived, how Muslim rulers built a counter-crusade, and why the last crusader stronghold, Acre, fell in 1291. Questions ask about the causes and success of the First Crusade, the roles of Zengi, Nur al-Din, Saladin and Baybars, and the impact of the crusades on the region.

### Key facts and dates

| Date | Event |
|---|---|
| 1071 | Seljuk victory over Byzantium at Manzikert opens Anatolia to the Turks |
| 1092 | Death of Sultan Malik Shah; the Seljuk empire fragments |
| 1095 | Urban II preaches the crusade at Clermont |
| 1098 | Crusaders take Antioch; Baldwin of Boulogne takes Edessa |
| 1099 | Jerusalem falls (15 July) with a massacre of Muslims and Jews |
| 1144 | Zengi of Mosul takes Edessa; the Second Crusade fails before Damascus (1148) |
| 1154 | Nur al-Din takes Damascus, uniting Muslim Syria |
| 1169–1174 | Saladin takes power in Egypt, ends the Fatimid caliphate (1171), takes Damascus (1174) |
| 1187 | Saladin wins at Hattin (4 July) and retakes Jerusalem (2 October) |
| 1189–1192 | Third Crusade: Acre retaken (1191); Treaty of Jaffa leaves Jerusalem in Muslim hands |
| 1229 | Frederick II gains Jerusalem by treaty with the Ayyubid sultan al-Kamil; lost again in 1244 |
| 1250 | Louis IX captured in Egypt; Mamluk officers seize power in Cairo |
| 1260 | Mamluks defeat the Mongols at 'Ayn Jalut; Baybars becomes sultan |
| 1268, 1289, 1291 | Mamluks take Antioch, Tripoli and finally Acre |

### Causes and consequences
- **Why the First Crusade succeeded**: the Muslim Near East was divided. Seljuk princes in Aleppo and Damascus were rivals, the Fatimids held Jerusalem and saw the Seljuks as the bigger enemy, and many rulers did not understand the crusade as a religious war aimed at permanent conquest.
- **Survival of the crusader states** (Edessa, Antioch, Tripoli, Jerusalem): castles, the military orders (Templars, Hospitallers), Italian sea power, and continuing Muslim disunity.
- **The counter-crusade**: Zengi, then Nur al-Din (1146–1174), used the language of jihad, building mosques and madrasas and promoting Jerusalem's holiness to unite Sunni Syria. Saladin added Egypt's wealth and encircled the crusader states. Hattin destroyed the kingdom's field army.
- **The end**: the Mamluks, a military elite of slave origin, fought both Mongols and Franks. Baybars and Qalawun took the remaining strongholds systematically; al-Ashraf Khalil took Acre in 1291.
- **Consequences**: the crusades hardened Sunni religious identity and helped the rise of militarised states (Ayyubids, Mamluks); Italian trade with the Levant grew; relations with local Christians and with Byzantium suffered, above all after the Fourth Crusade took Constantinople (1204).

### The historical debate
- **How important were the crusades to Muslims at the time?** Carole Hillenbrand's work on Islamic perspectives and Amin Maalouf's popular book show that Muslim writers did respond, but many historians argue the crusades were a local, frontier problem for most of the period; the Mongol invasions were a far greater shock. The idea of the crusades as a defining clash was strengthened in the nineteenth and twentieth centuries.
- **Saladin's motives**: some historians present him as a sincere champion of jihad; others stress that he spent years fighting fellow Muslims to build a family empire and used jihad for legitimacy. Many combine the two.
- **Crusaders' motives**: Jonathan Riley-Smith argued that religious devotion, not a hunt for land by younger sons, drove most First Crusaders; material motives are still debated.

### Example argument
**"Discuss the reasons for the success of the Muslim counter-crusade between 1144 and 1291."**
- Introduction: success was slow and uneven; judgement: unification of Syria and Egypt was the decisive condition.
- Paragraph 1: leadership and unification: Zengi, Nur al-Din, Saladin; Egypt and Syria combined by 1174.
- Paragraph 2: ideology: jihad propaganda and the cult of Jerusalem gave rulers legitimacy.
- Paragraph 3: crusader weaknesses: manpower shortages, divisions (Hattin 1187), dependence on Western crusades that often failed.
- Paragraph 4: the Mamluk state: a professional army, victory over the Mongols, a methodical siege strategy.
- Conclusion: the Franks held on while Muslim rulers were divided; once a single power held Cairo and Damascus, their position was doomed.

### Exam tips
- Keep the focus on the Middle East; Western politics matters only where it affects the region.
- Use the periods of Muslim unity and disunity as your analytical thread.
- Common mistake: ending the story in 1192. The thirteenth century, Mongols and Mamluks are part of this section.`,
  },
  {
    key: "history-note-af-4",
    levels: HL,
    topicCode: "AF.4",
    body: String.raw`The Ottomans grew from a small principality in north-west Anatolia into an empire covering south-east Europe, Anatolia, the Arab lands and North Africa. This section runs from Osman (traditionally dated from 1281) to the death of Suleiman the Magnificent in 1566. Questions ask about the reasons for Ottoman expansion, the nature of the state (sultan, devshirme, janissaries, timar system), the conquest of Constantinople, and the achievements and limits of Suleiman's reign.

### Key facts and dates

| Date | Event |
|---|---|
| c.1281–c.1324 | Osman leads a frontier principality in Bithynia |
| 1326 | Orhan takes Bursa, the first Ottoman capital |
| 1354 | Ottomans take Gallipoli and cross into Europe |
| c.1369 | Edirne (Adrianople) taken (date disputed); later the capital |
| 1389 | Battle of Kosovo against a Serbian-led coalition; Murad I killed |
| 1396 | Bayezid I defeats a crusading army at Nicopolis |
| 1402 | Timur defeats and captures Bayezid at Ankara; civil war among his sons until 1413 |
| 1444 | Murad II defeats a crusade at Varna |
| 1453 | Mehmed II takes Constantinople (29 May) |
| 1514 | Selim I defeats the Safavid Shah Isma'il at Chaldiran |
| 1516–1517 | Selim conquers the Mamluk sultanate: Syria, Egypt, and guardianship of Mecca and Medina |
| 1520–1566 | Suleiman I: Belgrade (1521), Rhodes (1522), Mohács (1526), siege of Vienna (1529), Baghdad (1534) |
| 1538 | Barbarossa's fleet wins at Preveza |
| 1565 | Siege of Malta fails |
| 1566 | Suleiman dies during the siege of Szigetvár |

### Causes and consequences
- **Early expansion**: the frontier position next to a weak Byzantium; warrior bands attracted by booty; flexibility in absorbing Christian lords and soldiers; control of the Dardanelles; use of civil wars in Byzantium and the Balkans.
- **Institutions**: the devshirme (levy of Christian boys, from the late fourteenth century) produced janissary infantry and administrators loyal only to the sultan. The timar system gave cavalrymen revenue from land in return for service. Succession by fratricide, written into Mehmed II's law, limited civil war after 1413.
- **Recovery after Ankara**: the Balkan provinces and the institutions of the state survived Timur's victory, showing how strong the Ottoman system had become.
- **1453**: huge cannon, a large army and a blockade overwhelmed a city with perhaps 7,000–8,000 defenders (estimates vary). Constantinople became the capital, and Mehmed presented himself as heir to Rome as well as a Muslim ruler.
- **Selim I** doubled the empire's size. Control of Egypt brought revenue and the holy cities, giving the sultans religious prestige across the Sunni world.
- **Suleiman**: known to Ottomans as "Kanuni" (the lawgiver) for codifying administrative law (kanun) alongside Islamic law. His reign saw the architect Sinan's great mosques, naval power in the Mediterranean, and wars on two fronts against the Habsburgs and the Safavids. Setbacks at Vienna and Malta and the executions of Ibrahim Pasha (1536) and his son Mustafa (1553) show the limits.

### The historical debate
- **The "ghaza thesis"**: Paul Wittek argued in the 1930s that the early Ottomans were driven by holy war against Christians. Later historians, such as Cemal Kafadar and Heath Lowry, argue that the early state was more pragmatic and inclusive: Christians fought in Ottoman armies and booty mattered as much as faith, though Kafadar keeps a place for the ghazi ideal.
- **Was 1566 the peak before decline?** The traditional view sees decline after Suleiman. Many historians now reject this and describe transformation rather than decline in the seventeenth century.
- **The "millet system"**: some historians argue that a formal system of self-governing religious communities is largely a later (nineteenth-century) construction, and that early arrangements were more informal.

### Example argument
**"To what extent was military strength the main reason for Ottoman expansion between 1300 and 1453?"**
- Introduction: define military strength (janissaries, cavalry, artillery); judgement: necessary but dependent on enemies' weakness and on flexible rule.
- Paragraph 1: military factors: organisation, janissaries, gunpowder at Constantinople.
- Paragraph 2: enemies' weakness: Byzantine and Balkan divisions, failed crusades (Nicopolis, Varna).
- Paragraph 3: political skill: absorbing Christian elites, tolerance, fratricide law, recovery after 1402.
- Conclusion: weigh the factors and reach a clear judgement.

### Exam tips
- Know the difference between the sultan's household (kul) troops and the provincial timariot cavalry.
- For Suleiman questions, judge achievements against failures; do not just list campaigns.
- Common mistake: writing about the empire's later decline. This section ends in 1566.`,
  },
  {
    key: "history-note-af-5",
    levels: HL,
    topicCode: "AF.5",
    body: String.raw`This section examines how long-distance trade shaped the rise and fall of African states between 800 and 1600. In West Africa, the trans-Saharan trade in gold, salt and slaves supported Ghana, Mali and Songhai; in East and southern Africa, Indian Ocean trade linked the Swahili coast to Great Zimbabwe. Questions ask how far trade explains the rise of these states, the role of Islam, and why they declined.

### Key facts and dates

| Date | Event |
|---|---|
| c.800–1000s | Ghana (Wagadu), a Soninke state between the Senegal and Niger rivers, controls gold routes |
| 1068 | Al-Bakri describes Ghana's capital, with separate Muslim and royal towns |
| c.1076 | Almoravids take the Ghanaian capital (whether there was a conquest is disputed) |
| c.1235 | Sundiata Keita defeats Sumanguru at Kirina: foundation of Mali |
| c.1312–1337 | Mansa Musa rules Mali; his pilgrimage via Cairo (1324–1325) spends so much gold it depresses its value there |
| 1352–1353 | Ibn Battuta visits Mali |
| c.1100–1450 | Great Zimbabwe flourishes on the plateau south of the Zambezi |
| 14th century | Kilwa at its height; the Husuni Kubwa palace |
| 1464–1492 | Sunni Ali builds the Songhai empire; takes Timbuktu (1468) and Djenné |
| 1493–1528 | Askia Muhammad: provincial governors, Islamic scholarship, pilgrimage (1496–1497) |
| 1482 | Portuguese build Elmina on the Gold Coast |
| 1498, 1505 | Vasco da Gama reaches East Africa; Portuguese sack Kilwa and Mombasa |
| 1591 | Moroccan army with firearms defeats Songhai at Tondibi |

### Causes and consequences
- **Trade as a cause of state-building**: rulers who controlled the points where gold from the forest and savanna met salt and North African goods could tax trade and reward followers. Camels (in use across the Sahara long before 800) made large caravans possible. Swahili towns grew as middlemen between inland producers and Arab, Persian and Indian merchants using the monsoon winds.
- **Other foundations**: iron weapons, cavalry, farming along the Niger, cattle on the Zimbabwe plateau, and tribute from subject peoples. Trade alone did not make a state: agriculture fed the population and armies.
- **Islam**: traders brought Islam; rulers adopted it to gain literacy, links with North Africa and legitimacy with merchants, while often keeping traditional religious roles for the majority. Timbuktu's mosques and scholars made it a centre of learning under Mali and Songhai.
- **Decline**: Ghana weakened through drought, competition from new routes and Almoravid pressure; Mali through succession disputes, attacks by Tuareg and Mossi, and the rise of Songhai. Great Zimbabwe declined around 1450, probably through overuse of land and the northward shift of gold trade (to Mutapa). Portuguese force damaged the Swahili towns, and Atlantic trade drew gold towards the coast. Songhai fell after Tondibi, though it was already divided by civil war.

### The historical debate
- **Trade versus internal factors**: older writing often explained African states through outside contact, North African merchants and Islam. Many historians now stress internal dynamics: agriculture, local political ideas, iron-working, and African control of the trade.
- **Ghana and the Almoravids**: some historians argue there was no violent conquest in 1076 and that Ghana's conversion and decline were more gradual.
- **Great Zimbabwe**: colonial-era writers claimed outsiders built it. Gertrude Caton-Thompson's excavations (1929) showed it was African, and this is now the settled view; the old myth is an example of how colonial ideas shaped history.
- **Sources**: most written evidence comes from Arab travellers and later chronicles (the Timbuktu tarikhs of the seventeenth century), so historians also use archaeology and oral tradition, such as the Sundiata epic.

### Example argument
**"Compare and contrast the role of trade in the rise of Mali and Great Zimbabwe."**
- Introduction: both grew rich from gold exported to distant markets; judgement: trade was central to both, but Mali had a stronger religious and imperial dimension.
- Similarities: control of gold supply; imports of luxury goods; rulers used wealth to build authority and monuments.
- Differences: Mali traded across the Sahara and embraced Islam; Zimbabwe traded through Swahili middlemen and kept its own religion. Mali was a conquest empire; Zimbabwe's power rested also on cattle and ritual.
- Conclusion: trade was a necessary condition in both cases, not a sufficient one.

### Exam tips
- Give named rulers, cities and dates: Mansa Musa's pilgrimage and Tondibi are the kind of evidence examiners expect.
- Link rise and decline to the same factors: changing trade routes help explain both.
- Common mistake: treating African states as static. Show change over time and African agency.`,
  },
  {
    key: "history-note-af-6",
    levels: HL,
    topicCode: "AF.6",
    body: String.raw`This section studies African states in the century before colonial conquest, showing that nineteenth-century Africa saw political change, state-building and reform driven by Africans. Key examples are the Sokoto Caliphate and other West African jihad states, the Zulu kingdom and the upheavals of southern Africa, and the revival of Ethiopia. Questions ask about how these states were created and governed, the role of religion and military reform, and how strong they were on the eve of partition.

### Key facts and dates

| Date | Event |
|---|---|
| 1804 | Usman dan Fodio declares jihad against the Hausa kings of Gobir |
| 1809 | Sokoto founded; by the 1810s the caliphate covers most of Hausaland |
| c.1816–1828 | Shaka rules the Zulu kingdom; killed by his half-brothers in 1828 |
| 1838 | Boers defeat Dingane's Zulu army at Blood River |
| 1852–1864 | Umar Tal's jihad builds the Tukulor empire on the upper Niger |
| 1855 | Kassa crowned as Emperor Tewodros II, ending the "Era of the Princes" |
| 1856–1884 | Mutesa I rules Buganda, balancing Muslim, Protestant and Catholic factions |
| 1868 | British expedition to Magdala; Tewodros kills himself |
| 1872–1889 | Yohannes IV; killed fighting the Sudanese Mahdists at Metemma (1889) |
| 1879 | Anglo-Zulu War: Zulu victory at Isandlwana, defeat at Ulundi |
| 1889–1913 | Menelik II expands Ethiopia southwards; defeats Italy at Adwa (1896) |

### Causes and consequences
- **Sokoto**: Usman dan Fodio, a Fulani scholar, condemned the Hausa rulers for heavy taxes and for mixing Islam with local practice. Support came from Fulani herders, peasants and Muslim reformers. The caliphate became one of the largest states in nineteenth-century Africa, run through emirates loyal to the caliph in Sokoto, with Islamic law, schools and a growing slave-worked plantation economy.
- **The Zulu kingdom**: Shaka built a centralised state through age-regiment armies, new tactics and the absorption of defeated peoples. Wars and migrations in the region (the "Mfecane" or "Difaqane") produced new states, such as Moshoeshoe's Basotho kingdom and the Ndebele under Mzilikazi. Under Cetshwayo the kingdom was strong enough to defeat the British at Isandlwana before its destruction.
- **Ethiopia**: Tewodros tried to end regional warlordism, build a national army and modernise, but his harshness and clash with Britain destroyed him. Yohannes IV and Menelik II continued unification; Menelik bought modern rifles and used rivalries between Europeans, allowing Ethiopia to defeat Italy and keep its independence.
- **Consequences**: these states show that Africa was not "without history" before colonialism. Their military strength explains why some resisted conquest longer than others (see AF.9).

### The historical debate
- **The Mfecane**: the traditional view blamed Shaka's wars for a chain of destruction. Julian Cobbing (1988) argued that the idea was an "alibi" that hid the role of slave raiders and white settlers; his critics accept that outside pressures mattered but think he went too far in reducing the Zulu role. Other explanations include drought and competition for trade at Delagoa Bay.
- **Religious or social revolution?** Some historians present the Sokoto jihad as religious renewal; others stress Fulani ethnic interests and grievances against taxation. Most see a mix.
- **Modernisation**: historians debate whether Ethiopia's survival was due to reform and leadership or to geography and European rivalries.

### Example argument
**"To what extent were religious factors responsible for the creation of new states in nineteenth-century Africa?"**
- Introduction: compare a religious state (Sokoto) with a military state (Zulu); judgement: religion was decisive in West Africa but not the general explanation.
- Paragraph 1: religion: dan Fodio's reform programme, Umar Tal, the legitimacy of jihad.
- Paragraph 2: military and political innovation: Shaka, Menelik's rifles.
- Paragraph 3: economic and environmental pressures: drought, trade, the end of the Atlantic slave trade.
- Conclusion: religion gave legitimacy, but military organisation and economic change explain success.

### Exam tips
- Choose two or three states and know them in depth; broad surveys score less well.
- Show change over the century: these states were reforming, not frozen in "tradition".
- Common mistake: seeing pre-colonial states only through the lens of their defeat by Europeans.`,
  },
  {
    key: "history-note-af-7",
    levels: HL,
    topicCode: "AF.7",
    body: String.raw`Between 1500 and 1900 millions of Africans were enslaved and moved across the Atlantic, the Sahara, the Red Sea and the Indian Ocean, while slavery also grew inside Africa and the Middle East. This section covers how these trades worked, the African states and merchants involved, abolition and its limits, and the effects on African societies. Questions ask about the impact of the slave trades, the reasons for abolition, and comparisons between the Atlantic and the Saharan or Indian Ocean trades.

### Key facts and dates

| Date | Event |
|---|---|
| 1440s | Portuguese begin buying and raiding captives on the West African coast |
| 1526 | King Afonso I of Kongo writes to Portugal complaining that traders are seizing his subjects |
| 17th–18th centuries | Atlantic trade peaks; Dahomey, Oyo and Asante are major suppliers |
| 1807–1808 | Britain and the United States ban the Atlantic slave trade |
| 1833 | Britain abolishes slavery in most of its empire (in force 1834) |
| 1840 | Sultan Sayyid Sa'id makes Zanzibar his capital; clove plantations expand using enslaved labour |
| 1848 | France abolishes slavery in its colonies |
| 1850 | Brazil bans slave imports (slavery itself ends in 1888) |
| 1857 | Ottoman decree bans the trade in African slaves in most of the empire |
| 1873 | Under British pressure, Zanzibar's sultan closes its slave market |
| 1890 | Brussels Conference Act commits European powers to suppress the slave trade in Africa |

### Scale and character
- **Atlantic**: the best current estimates (the Trans-Atlantic Slave Trade Database) suggest about 12.5 million people embarked and around 10.7 million survived the crossing; perhaps two-thirds were male, as plantation owners demanded. Most were captured in wars, raids or through judicial and debt enslavement inside Africa and sold to Europeans at the coast.
- **Saharan, Red Sea and Indian Ocean trades**: older and longer-lasting; estimates vary widely, but several million people were taken between 1500 and 1900. More were women and children, used as domestic servants, concubines and soldiers in North Africa, Arabia, the Ottoman lands and Persia. In the nineteenth century East Africa's trade expanded, with caravan leaders such as Tippu Tip operating deep inland.
- **Slavery inside Africa**: ended Atlantic demand did not end slavery. In the Sokoto Caliphate, Zanzibar and parts of West Africa enslaved people worked plantations producing palm oil, groundnuts and cloves for export.

### Causes and consequences
- **Why it grew**: plantation demand in the Americas; African states' demand for guns, textiles and cowries; warfare between states that produced captives.
- **Abolition**: humanitarian and religious campaigns (Quakers, evangelicals), slave resistance (Haiti, 1791–1804), and changing economic interests. Britain used the Royal Navy's West Africa Squadron and treaties to suppress the trade, and later used anti-slavery as a justification for colonial conquest.
- **Effects on Africa**: population loss in the most affected regions; a shift in some states towards militarism and raiding; insecurity; and the "legitimate commerce" transition to palm oil and groundnuts, which A. G. Hopkins called a "crisis of adaptation" for the old slave-trading elites.

### The historical debate
- **Underdevelopment**: Walter Rodney (1972) argued the trade drained Africa's labour and locked it into dependence. John Thornton stresses that African rulers and merchants controlled the supply and traded on their own terms. Both positions can be true: African elites gained while societies lost.
- **Why abolition?** Eric Williams (1944) argued that Britain abolished the trade once it had become less profitable; Seymour Drescher replied that it was abolished while still profitable, so moral and political campaigns mattered.
- **Long-term effects**: economists such as Nathan Nunn have found that regions that exported most slaves tend to be poorer today; critics debate how to interpret the link.

### Example argument
**"Compare and contrast the Atlantic and East African slave trades in the nineteenth century."**
- Introduction: both drew on African captives, but their markets, timing and end points differed; judgement on the most important difference.
- Similarities: captives from war and raiding; African and foreign intermediaries; devastation of inland regions.
- Differences: the Atlantic trade declined after 1807–1850; the East African trade grew until the 1870s. Markets: American plantations versus Zanzibar's cloves and the Middle East's households. Gender balance of captives.
- Conclusion: abolition of one trade helped expand the other, linking both to European imperialism after 1880.

### Exam tips
- Give figures with their uncertainty: "about 12.5 million embarked (estimate)".
- Include the Middle East: the option is "Africa and the Middle East", and Ottoman, Egyptian and Arabian demand is part of the story.
- Common mistake: presenting Africans only as victims or only as traders. Show the range of African roles.`,
  },
  {
    key: "history-note-af-8",
    levels: HL,
    topicCode: "AF.8",
    body: String.raw`In 1870 European powers held only a fringe of Africa: Algeria, the Cape and Natal, and coastal posts. By 1900 almost the whole continent was divided between Britain, France, Germany, Belgium's King Leopold II, Portugal, Italy and Spain; only Ethiopia and Liberia remained independent by 1914. This section asks why the "Scramble for Africa" happened so quickly, what role the Berlin Conference played, and how far European or African factors explain the partition.

### Key facts and dates

| Date | Event |
|---|---|
| 1850s–1870s | Exploration by Livingstone, Burton, Speke and Stanley; quinine reduces malaria deaths among Europeans |
| 1869 | The Suez Canal opens |
| 1875 | Britain buys Egypt's shares in the canal company |
| 1876 | Leopold II founds the International African Association, a cover for his plans in the Congo |
| 1881 | France makes Tunisia a protectorate |
| 1882 | Britain occupies Egypt after the 'Urabi revolt (Tel el-Kebir, September) |
| 1884 | Germany declares protectorates over South West Africa, Togo and Cameroon |
| 1884–1885 | Berlin Conference on West Africa and the Congo |
| 1886 | Gold found on the Witwatersrand |
| 1889 | Cecil Rhodes's British South Africa Company receives a royal charter |
| 1890 | Anglo-German agreement on East Africa (Heligoland–Zanzibar) |
| 1896 | Italy defeated by Ethiopia at Adwa |
| 1898 | Battle of Omdurman; Fashoda crisis between Britain and France |

### Causes
- **Economic**: the search for markets, raw materials (palm oil, rubber, minerals) and investment outlets during the depression of the 1870s–1890s; protection of bondholders, as in Egypt. Diamonds (1867) and gold (1886) drew investment to southern Africa.
- **Strategic**: Britain's concern for the route to India via Suez and the Cape. Occupying Egypt in 1882 worsened Anglo-French relations and encouraged others to stake claims.
- **Political and nationalist**: colonies as a sign of great-power status after 1870, especially for Germany and Italy, and for France after its defeat by Prussia. Bismarck's sudden colonial claims in 1884 raised the stakes.
- **Technological**: quinine, steamships, railways, the telegraph and repeating rifles and machine guns (the Maxim gun from the mid-1880s) made conquest cheaper.
- **Men on the spot and ideas**: traders, missionaries, chartered companies (Goldie's Royal Niger Company, Rhodes's BSAC) and soldiers pushed governments forward; Social Darwinism and the "civilising mission" supplied justifications.
- **The Berlin Conference**: it did not "carve up" Africa, but set rules: notification of new claims and effective occupation on the coasts, free trade and navigation on the Congo and Niger, and recognition of Leopold's Congo Free State. It sped up the rush by encouraging quick treaties and occupation.

### The historical debate
- **Economic explanations**: J. A. Hobson (1902) blamed surplus capital seeking investment; Lenin (1916) saw imperialism as the highest stage of capitalism. Critics point out that little investment went to tropical Africa.
- **Strategic and peripheral explanations**: Ronald Robinson and John Gallagher (Africa and the Victorians, 1961) argued that British policy was shaped by the "official mind" and by crises on the periphery, above all in Egypt, rather than by economic greed.
- **Gentlemanly capitalism**: P. J. Cain and A. G. Hopkins argue that the interests of London finance and services did drive British expansion, including in Egypt.
- **European diplomacy**: some historians see the scramble as an extension of European rivalries, including Bismarck's use of colonies for domestic and diplomatic purposes.

### Example argument
**"To what extent were economic motives the main cause of the partition of Africa?"**
- Introduction: define economic motives; judgement: important for specific regions (Egypt, South Africa, West African trade) but strategic and political rivalry explains the speed.
- Paragraph 1: economic evidence: Egypt's debts, Rand gold, chartered companies.
- Paragraph 2: strategic evidence: Suez, Egypt as trigger, Fashoda.
- Paragraph 3: political and diplomatic: Bismarck in 1884, Berlin rules, French prestige.
- Paragraph 4: enabling factors: technology and African divisions.
- Conclusion: motives varied by power and region; rivalry turned gradual expansion into a scramble.

### Exam tips
- Use regional case studies: Egypt, the Congo, southern Africa and West Africa show different causes.
- Distinguish motives (why) from means (how: technology, treaties, African allies).
- Common mistake: claiming Berlin divided Africa with lines on a map. Most borders were fixed by later bilateral treaties.`,
  },
  {
    key: "history-note-af-9",
    levels: HL,
    topicCode: "AF.9",
    body: String.raw`African rulers and peoples responded to European conquest in many ways: armed resistance, diplomacy, alliance with the invaders, migration, and religious movements. This section covers responses from 1870 to 1920, including both the initial wars of conquest and later risings against colonial rule. Questions ask why some resistance succeeded (Ethiopia) while most failed, compare two or more responses, and ask how far "collaboration" and "resistance" are useful categories.

### Key facts and dates

| Date | Event |
|---|---|
| 1879 | Anglo-Zulu War: Zulu victory at Isandlwana (January), defeat at Ulundi (July) |
| 1881–1885 | Mahdist rising in Sudan; Khartoum falls and Gordon is killed (January 1885) |
| 1882–1898 | Samori Touré fights the French in West Africa, moving his state eastwards; captured 1898 |
| 1888 | Lobengula of the Ndebele signs the Rudd Concession, later used to justify occupation |
| 1896 | Ethiopia defeats Italy at Adwa (1 March) |
| 1896–1897 | Ndebele and Shona risings (the First Chimurenga) in Southern Rhodesia |
| 1898 | Hut Tax War in Sierra Leone; Battle of Omdurman ends the Mahdist state |
| 1900 | Buganda Agreement; Asante "War of the Golden Stool" led by Yaa Asantewaa |
| 1904–1908 | Herero and Nama war in German South West Africa; German forces kill the majority of the Herero |
| 1905–1907 | Maji Maji rising in German East Africa |
| 1915 | John Chilembwe's rising in Nyasaland |

### Causes and consequences
- **Why resist?** Defence of sovereignty, land and cattle; resistance to taxes (hut and poll taxes), forced labour and the destruction of trade; religious leadership that offered protection (Maji Maji "water" medicine, Mahdism, spirit mediums in the Chimurenga).
- **Why most resistance failed**: European firepower (breech-loading rifles, machine guns, artillery); African soldiers recruited by the colonisers; rivalries between African states that let Europeans find allies; disease and famine caused by scorched-earth warfare.
- **Why Ethiopia succeeded**: Menelik II had bought modern rifles and artillery, assembled roughly 100,000 troops against an Italian army of about 17,000–20,000, used Italian mistakes and the rivalry of European powers, and had a state able to mobilise nationwide. The Treaty of Addis Ababa (1896) recognised Ethiopian independence.
- **Collaboration and negotiation**: some rulers allied with Europeans to gain advantage against rivals or to secure better terms: Buganda's chiefs under Apolo Kagwa gained land and authority through the 1900 Agreement; Lewanika of the Lozi sought British protection.
- **Consequences**: brutal repression (in the Herero war, Lothar von Trotha's extermination order of 1904; in Maji Maji, deaths from fighting and famine estimated from about 75,000 to 300,000); colonial powers often shifted to more cautious rule after major risings.

### The historical debate
- **Resistance and nationalism**: Terence Ranger argued that risings like the Chimurenga and Maji Maji were linked to later mass nationalism, because they united different groups under new leadership. Critics reply that these were local movements with local aims.
- **Collaboration**: Ronald Robinson argued that empire depended on local collaborators. Others warn that "collaborator" is a loaded word: rulers who negotiated were often pursuing the same goals as resisters (survival and autonomy) by other means.
- **African agency**: African historians such as A. Adu Boahen stressed that most African societies sought to keep their sovereignty, and that the choice between fighting and negotiating depended on circumstances.

### Example argument
**"Compare and contrast the responses of two African states to European imperialism."** (for example, Ethiopia and the Ndebele)
- Introduction: both tried to preserve independence; different outcomes; thesis: military modernisation and diplomacy explain the difference.
- Similarities: strong centralised states; early diplomacy with Europeans; armed resistance when diplomacy failed.
- Differences: Ethiopia's modern arsenal and numbers versus Ndebele regiments, despite some rifles, cut down by Maxim guns in 1893; Menelik's use of European rivalries versus the BSAC's freedom of action; outcome at Adwa versus occupation and the 1896 rising.
- Conclusion: success required both modern weapons and a state capable of using them.

### Exam tips
- Use the phrase "range of responses" and show it; do not treat Africans as passive.
- Distinguish early resistance to conquest from risings against established colonial rule.
- Common mistake: writing only about battles. Explain causes, leadership and consequences.`,
  },
  {
    key: "history-note-af-10",
    levels: HL,
    topicCode: "AF.10",
    body: String.raw`This section covers how colonial rule worked in Africa from conquest to the last independence settlements: methods of government, economic change, and the social, cultural and political effects on Africans. It spans early extreme exploitation (the Congo Free State), the inter-war colonial state, and the "second colonial occupation" after 1945. Questions ask you to compare colonial systems, assess the economic impact, and judge how far colonial rule changed African societies.

### Key facts and dates

| Date | Event |
|---|---|
| 1885–1908 | Leopold II's Congo Free State: forced rubber collection and mass atrocities |
| 1904 | Roger Casement's report exposes abuses in the Congo; Belgium annexes it in 1908 |
| 1900–1906 | Frederick Lugard conquers and administers Northern Nigeria through emirs (indirect rule) |
| 1914–1918 | First World War campaigns in Africa; at least 100,000 African carriers die in East Africa (estimates vary) |
| 1922 | Lugard's The Dual Mandate in British Tropical Africa |
| 1930 | Land Apportionment Act in Southern Rhodesia reserves the best land for whites |
| 1940, 1945 | British Colonial Development and Welfare Acts |
| 1944 | Brazzaville Conference on the future of French Africa |
| 1946 | France abolishes the indigénat and forced labour |
| 1975, 1980 | Portuguese colonies independent; Zimbabwe independent |

### Systems of rule
- **British indirect rule**: government through "traditional" chiefs under British officials, cheaper and less disruptive, but in places with no chiefs the British created them (warrant chiefs in south-eastern Nigeria, leading to the Women's War of 1929).
- **French direct rule and assimilation**: a centralised administration, with chiefs reduced to agents. In theory Africans could become French citizens; in practice only a few (the originaires of the Four Communes of Senegal and a small évolué elite) gained rights, while most were "subjects" under the indigénat code of summary punishments.
- **Belgian paternalism**: after 1908, church, state and companies ran the Congo; primary education and health spread, but Africans were barred from higher education and political life.
- **Portuguese rule**: forced labour and a tiny assimilado class; Portugal kept its colonies until the 1974 revolution.
- **Settler colonies** (Kenya, Southern Rhodesia, Algeria, South Africa): land alienation, labour controls and political domination by settlers made conflict sharper.

### Economic and social impact
- **Economy**: cash crops (Gold Coast cocoa, Senegal groundnuts, Ugandan cotton), mining (Copperbelt, Katanga, the Rand), railways built for export, taxes in cash that pushed men into wage labour, and migrant labour systems. Economies became dependent on one or two exports, exposed to the Depression of the 1930s.
- **Society**: mission education created a literate elite who later led nationalism; towns grew; Christianity and Islam spread; new ethnic identities were hardened by colonial classification.
- **The Second World War and after**: African troops served widely; post-war development plans and more officials (the "second colonial occupation") aimed to make colonies productive, but also raised grievances and expectations.

### The historical debate
- **Exploitation or development?** Walter Rodney argued that colonialism underdeveloped Africa. Lewis Gann and Peter Duignan defended colonial rule as a force for modernisation. Many recent historians stress that colonial states were weak and cheap, relying on African intermediaries, and that effects varied greatly by region.
- **Indirect rule**: Mahmood Mamdani (Citizen and Subject, 1996) argued that indirect rule created a "decentralised despotism" of chiefs, leaving a legacy that outlived independence.
- **Invented traditions**: Terence Ranger argued that colonial rulers and African elites "invented" customary law and tribal identities that they claimed were ancient.
- **British versus French**: some historians argue the differences were smaller in practice than in theory, since both relied on chiefs and force.

### Example argument
**"Compare and contrast British and French methods of colonial rule in Africa."**
- Introduction: theory differed (indirect rule versus assimilation), practice converged; thesis.
- Similarities: both used chiefs, forced labour and taxation; both relied on small numbers of Europeans; both invested little before 1940.
- Differences: the role of chiefs; citizenship for a small elite in French Africa; centralisation in Paris and Dakar versus separate British colonies; language and education policy.
- Conclusion: the differences shaped the elites and the routes to independence (AF.11), but African experience of rule was often similar.

### Exam tips
- Pick specific colonies for evidence; "the British did X" is weaker than "in Northern Nigeria, Lugard…".
- Cover political, economic and social impact if the question is on "impact".
- Common mistake: assuming colonial rule was strong everywhere. It was often thin and negotiated.`,
  },
  {
    key: "history-note-af-11",
    levels: HL,
    topicCode: "AF.11",
    body: String.raw`Between 1951 and 1980 nearly all of Africa became independent. This section examines the nationalist movements and independence struggles: peaceful constitutional transfers (Gold Coast/Ghana, Tanganyika, most of French West Africa), violent conflicts (Kenya, Algeria, the Portuguese colonies, Rhodesia), and the international setting. Questions ask why independence came when it did, compare two movements, and assess the roles of leaders, mass movements, colonial powers and the Cold War.

### Key facts and dates

| Date | Event |
|---|---|
| 1945 | Fifth Pan-African Congress in Manchester (Nkrumah and Kenyatta attend) |
| 1948 | Accra riots after police fire on ex-servicemen |
| 1949–1951 | Nkrumah founds the CPP; "Positive Action" campaign; CPP wins the 1951 election |
| 1952–1960 | State of emergency in Kenya during the Mau Mau rising |
| 1954 | FLN begins the Algerian war (1 November) |
| 1956 | Sudan, Morocco and Tunisia independent; France's loi-cadre reforms |
| 1957 | Ghana independent (6 March) |
| 1958 | Guinea votes "no" in de Gaulle's referendum and becomes independent |
| 1960 | "Year of Africa": 17 states independent, including Nigeria and the Congo; Macmillan's "Wind of Change" speech |
| 1961–1964 | Wars of liberation begin in Angola, Guinea-Bissau and Mozambique |
| 1962 | Evian Accords; Algeria independent (July) |
| 1963 | Kenya independent (December) |
| 1965 | Rhodesia's white minority declares UDI |
| 1974–1975 | Portugal's Carnation Revolution; its African colonies become independent |
| 1980 | Zimbabwe independent after the Lancaster House agreement (1979) |

### Causes and consequences
- **African pressure**: educated elites, ex-servicemen, trade unions, farmers angry at marketing boards and land loss, and urban youth. Mass parties such as the CPP and TANU turned grievances into national movements.
- **Colonial powers' changing calculations**: after 1945 Britain and France were weakened and wanted cheaper relationships. Britain moved quickly after 1959 (the Hola camp killings and the Devlin Report on Nyasaland damaged its reputation). France tried federation and reform, then granted independence in 1960 while keeping close ties.
- **International factors**: the Atlantic Charter, the UN (AF.14), US hostility to formal empire, Soviet and Chinese support for liberation movements, Indian independence (1947), and the Suez crisis (1956).
- **Settler colonies**: white settlers (Kenya, Algeria, Rhodesia) made transfer violent. In Kenya the British won militarily against Mau Mau, with official figures of about 11,000 rebels killed (some historians estimate far more) and tens of thousands detained, but then released Kenyatta and handed power to moderate nationalists. In Algeria between roughly 250,000 and over a million people died (figures are disputed).
- **Portugal**: a dictatorship refused to decolonise; guerrilla wars (PAIGC under Amílcar Cabral, FRELIMO, MPLA) drained Portugal and helped cause the 1974 coup.

### The historical debate
- **Nationalist push or imperial retreat?** Nationalist histories stress African struggle. Others stress metropolitan decisions: John Darwin explains British decolonisation through interacting domestic, international and colonial pressures.
- **Labour and citizenship**: Frederick Cooper argued that African workers' demands for the same wages and rights as Europeans made empire too expensive, so colonial powers chose to leave rather than pay.
- **Continuity**: some historians argue that independence often transferred power to elites who kept colonial structures and economic ties ("neo-colonialism", a term Nkrumah used in 1965).

### Example argument
**"Compare and contrast the paths to independence of Ghana and Kenya."**
- Introduction: both British colonies independent within six years of each other; one largely peaceful, one violent; thesis: the presence of settlers made the difference.
- Similarities: returning soldiers and economic grievances; a charismatic leader; British strategy of transferring power to moderates.
- Differences: Gold Coast had no settler class and a strong cocoa economy; Kenya had land alienation in the White Highlands, leading to Mau Mau and the emergency. Nkrumah was in government from 1951; Kenyatta was imprisoned or restricted from 1952 to 1961.
- Conclusion: similar British aims, different colonial societies, different routes.

### Exam tips
- Build answers around the interaction of African, colonial and international factors.
- Use precise case studies, with dates for key turning points.
- Common mistake: treating all independence as "granted". Show how it was won, negotiated or fought for.`,
  },
  {
    key: "history-note-af-12",
    levels: HL,
    topicCode: "AF.12",
    body: String.raw`This section follows the Ottoman Empire from the reform attempts of Selim III to its replacement by the Turkish Republic in 1923. It covers reform (the Tanzimat, the 1876 constitution, the Young Turks), territorial loss through nationalism and great-power pressure (the "Eastern Question"), and the empire's defeat and collapse in the First World War. Questions ask about the success of reform, the causes of decline, and the reasons for the empire's fall.

### Key facts and dates

| Date | Event |
|---|---|
| 1789–1807 | Selim III's "New Order" (Nizam-ı Cedid) army; he is deposed in 1807 |
| 1805–1848 | Muhammad Ali rules Egypt, creating a modern army and near-independence |
| 1821–1830 | Greek War of Independence; Greece recognised in 1830 |
| 1826 | Mahmud II destroys the janissaries (the "Auspicious Event") |
| 1839 | Gülhane Edict opens the Tanzimat era |
| 1853–1856 | Crimean War; the Reform Edict of 1856 promises legal equality for non-Muslims |
| 1875 | The empire defaults on its debts |
| 1876 | First constitution (Midhat Pasha); Abdulhamid II becomes sultan |
| 1877–1878 | War with Russia; Congress of Berlin: Serbia, Romania and Montenegro independent; Bulgaria autonomous; Bosnia occupied by Austria-Hungary |
| 1878 | Abdulhamid suspends parliament and rules autocratically until 1908 |
| 1881 | Ottoman Public Debt Administration under European creditors |
| 1894–1896 | Massacres of Armenians |
| 1908–1909 | Young Turk revolution restores the constitution; Abdulhamid deposed after a counter-coup |
| 1911–1913 | Italy takes Libya; Balkan Wars cost nearly all the European provinces |
| 1914 | Entry into the First World War on Germany's side |
| 1915 | Gallipoli; deportations and massacres of Armenians |
| 1920 | Treaty of Sèvres |
| 1922–1923 | Sultanate abolished; Treaty of Lausanne; Republic of Turkey proclaimed (29 October 1923) |

### Causes and consequences
- **Reform**: military defeat and the example of Muhammad Ali pushed sultans to centralise, create modern armies, and reform law, education and taxation. The Tanzimat aimed at "Ottomanism": equal citizenship to hold the empire together and to deny great powers excuses to intervene.
- **Limits of reform**: equality angered many Muslims and did not satisfy Balkan nationalists; reforms needed loans, leading to bankruptcy and foreign financial control; great powers intervened anyway.
- **Nationalism and the great powers**: Greek, Serbian and Bulgarian nationalism, backed by Russia, Britain or France, cut away the Balkans. Britain generally propped the empire up against Russia until the 1880s, then took Cyprus (1878) and Egypt (1882).
- **Abdulhamid II**: autocracy, pan-Islamic appeal, railways (Hejaz railway) and schools; repression of opponents and Armenian massacres.
- **Young Turks and war**: the Committee of Union and Progress moved from liberal Ottomanism to Turkish nationalism and military dictatorship (after the 1913 coup). War brought defeat, the Armenian genocide (estimates of deaths range from about 600,000 to 1.5 million; many historians put it at around 1 million), the Arab Revolt and partition.
- **The end**: the national movement under Mustafa Kemal rejected Sèvres, won the War of Independence (1919–1922), and replaced the empire with a republic.

### The historical debate
- **"Sick man of Europe"?** The traditional decline narrative sees inevitable collapse. Many historians now argue that the empire was reforming and resilient, and that it was destroyed by war in 1911–1918, not by inevitable decay.
- **Westernisation or Ottoman modernisation?** Some historians present the Tanzimat as imitation of Europe; others stress Ottoman and Islamic roots and the reformers' own goals.
- **Abdulhamid**: once seen as a reactionary tyrant, he is now often viewed as a modernising autocrat.

### Example argument
**"To what extent were the Tanzimat reforms successful?"**
- Introduction: define success (military strength, central control, loyalty of minorities, finances); judgement: partial.
- Paragraph 1: successes: modern bureaucracy, schools, legal codes, longer survival.
- Paragraph 2: failures: Balkan losses, bankruptcy 1875, continuing intervention.
- Paragraph 3: unintended effects: new elites who demanded a constitution (1876, 1908).
- Conclusion: reforms strengthened the state but could not overcome nationalism and great-power rivalry.

### Exam tips
- Cover both the Middle Eastern and Balkan dimensions.
- Use the Eastern Question to link internal and external factors.
- Common mistake: assuming decline was steady and inevitable.`,
  },
  {
    key: "history-note-af-13",
    levels: HL,
    topicCode: "AF.13",
    body: String.raw`This section covers the Middle East and North Africa from the Ottoman entry into the First World War to the end of the Second. It includes the wartime promises and the post-war mandate settlement, the creation of new states (Turkey, Iraq, Saudi Arabia, Transjordan), nationalist movements in Egypt, Syria, Palestine and the Maghrib, and the impact of the Second World War. Questions ask about the effects of the First World War, the mandate system, modernisation in Turkey and Iran, and the origins of the Arab–Jewish conflict in Palestine.

### Key facts and dates

| Date | Event |
|---|---|
| 1915–1916 | Hussein–McMahon correspondence; Gallipoli; British army surrenders at Kut (April 1916) |
| 1916 | Sykes–Picot agreement (May); Arab Revolt led by Sharif Hussein of Mecca (June) |
| 1917 | Balfour Declaration (2 November); British take Jerusalem (December) |
| 1918 | Armistice of Mudros (30 October) |
| 1919 | Egyptian revolution after Britain exiles Sa'd Zaghlul of the Wafd |
| 1920 | San Remo: Britain receives mandates for Palestine and Iraq, France for Syria and Lebanon; France defeats Faisal at Maysalun; revolt in Iraq |
| 1921 | Cairo Conference: Faisal king of Iraq, Abdullah emir of Transjordan; Reza Khan's coup in Iran (shah from 1925) |
| 1921–1926 | Rif War: 'Abd al-Karim defeats Spain at Annual (1921), then is crushed by France and Spain |
| 1922 | Britain declares Egypt independent with "reserved points" |
| 1923–1938 | Atatürk's Turkey: caliphate abolished (1924), Latin alphabet (1928), women's vote (1934) |
| 1925–1927 | Great Syrian Revolt against French rule |
| 1932 | Iraq joins the League; Kingdom of Saudi Arabia proclaimed |
| 1936–1939 | Arab Revolt in Palestine; Peel Commission proposes partition (1937); White Paper limits Jewish immigration (1939) |
| 1941 | British crush Rashid 'Ali's regime in Iraq; Allies take Syria and Lebanon; Britain and the USSR occupy Iran |
| 1942 | Second Battle of El Alamein (October–November); Allied landings in Morocco and Algeria (Operation Torch) |
| 1945 | Arab League founded (March); Sétif massacres in Algeria (May) |

### Causes and consequences
- **Conflicting wartime promises**: Britain encouraged Arab independence (McMahon), agreed to divide the region with France (Sykes–Picot) and supported a Jewish "national home" in Palestine (Balfour). These promises shaped the settlement and fuelled a lasting sense of betrayal.
- **The mandate system**: under the League, Britain and France were to prepare mandates for self-government, but they ruled in their own strategic and economic interests (oil in Iraq, the Suez route, French influence in the Levant). Resistance followed in Iraq (1920), Syria (1925) and Palestine (1936).
- **Palestine**: Jewish immigration rose, especially after 1933, and land purchases displaced tenants; Arab leaders demanded an end to immigration. The 1936–1939 revolt was crushed, but the 1939 White Paper turned Zionists against Britain.
- **New states and modernisation**: Atatürk's secular, nationalist reforms and Reza Shah's centralisation showed authoritarian modernisation from above. Ibn Saud unified most of Arabia; oil was found in commercial quantities in 1938, creating the basis of later wealth.
- **The Second World War**: the region became a battlefield and supply base; Britain reasserted control (Egypt in 1942, Iraq, Iran), but the war weakened both Britain and France and strengthened nationalists and the United States' interest in oil.

### The historical debate
- **Were the promises contradictory?** Some historians argue Britain deliberately deceived the Arabs; others argue the McMahon letters were vague enough to be read differently, and that Palestine's status was ambiguous from the start.
- **Artificial borders?** David Fromkin (A Peace to End All Peace, 1989) presented the settlement as a European creation that laid the ground for later conflict. Other historians argue that the final borders differed from Sykes–Picot and were shaped by local forces and existing Ottoman provinces.
- **Britain's moment**: Elizabeth Monroe described 1914–1956 as "Britain's moment in the Middle East", stressing how short and fragile British dominance was.

### Example argument
**"To what extent did the First World War transform the Middle East?"**
- Introduction: transformation in political structure, less in society; thesis.
- Paragraph 1: political: end of Ottoman rule, new states, mandates, Turkish republic.
- Paragraph 2: continuity: local elites, Ottoman provincial boundaries, limited economic change outside oil.
- Paragraph 3: new conflicts: Palestine, Arab nationalism against Britain and France.
- Conclusion: a political revolution whose effects still shaped the region after 1945.

### Exam tips
- Use specific countries: general claims about "the Arabs" lose marks.
- For Turkey or Iran questions, compare aims, methods and results of reform.
- Common mistake: reading the post-1948 conflict back into the 1920s.`,
  },
  {
    key: "history-note-af-14",
    levels: HL,
    topicCode: "AF.14",
    body: String.raw`This section looks at Africa's place in the international system in the twentieth century: the League of Nations (mandates, the Abyssinian crisis), the United Nations (decolonisation, peacekeeping, action against apartheid), the Organisation of African Unity and African Union, regional bodies, the Commonwealth, and Cold War intervention. Questions ask how effective international organisations were in Africa and how far outside powers shaped African history.

### Key facts and dates

| Date | Event |
|---|---|
| 1919–1922 | Germany's African colonies become League mandates (Tanganyika, South West Africa, Cameroon, Togo, Ruanda-Urundi) |
| 1935–1936 | Italy invades Ethiopia (October 1935); League imposes limited sanctions (no oil); Hoare–Laval plan (December 1935); Addis Ababa falls (May 1936) |
| 1945 | UN Charter; trusteeship system replaces mandates |
| 1955 | Bandung Conference of Asian and African states |
| 1960 | UN General Assembly Resolution 1514: declaration on granting independence to colonial peoples |
| 1960–1964 | UN operation in the Congo (ONUC); Secretary-General Hammarskjöld killed in a plane crash (1961) |
| 1961 | South Africa leaves the Commonwealth |
| 1963 | OAU founded in Addis Ababa (25 May) |
| 1966 | UN General Assembly ends South Africa's mandate over South West Africa |
| 1975 | ECOWAS founded; Angolan civil war draws in Cuba, South Africa, the USSR and the US |
| 1977 | UN Security Council makes the arms embargo on South Africa mandatory |
| 1977–1978 | Ogaden War: the USSR switches support from Somalia to Ethiopia |
| 1990 | Namibia independent after UN-supervised elections; ECOWAS force (ECOMOG) in Liberia |
| 1992–1995 | UN intervention in Somalia |
| 1994 | Genocide in Rwanda; UN peacekeepers reduced instead of reinforced |
| 2002 | African Union replaces the OAU |

### Causes and consequences
- **The League and Ethiopia**: the League condemned Italy and imposed sanctions, but excluded oil and left the Suez Canal open; Britain and France put European security first. Haile Selassie's appeal at Geneva (1936) made Ethiopia a symbol for African and Caribbean nationalists.
- **The UN and decolonisation**: the Trusteeship Council and the growing bloc of new African and Asian members made colonial rule harder to defend; Resolution 1514 declared it a denial of human rights.
- **The Congo crisis**: ONUC kept the Congo from partition and ended Katanga's secession (1963), but it failed to protect Lumumba and was criticised as serving Western interests.
- **Apartheid and Namibia**: UN votes, the arms embargo, sports boycotts and the Commonwealth added pressure; economic sanctions by the US (1986) and others mattered more in the 1980s.
- **The OAU**: it supported liberation movements through its Liberation Committee and accepted colonial borders (1964) to avoid wars, but its principle of non-interference meant it said little about abuses by member governments (Amin's Uganda).
- **The Cold War**: superpower aid and arms sustained regimes and wars (Congo, Angola, the Horn of Africa); its end reduced aid and encouraged democratisation.
- **After 1990**: failures in Somalia and Rwanda led to debate about intervention; the AU's Constitutive Act allows intervention in cases of genocide and war crimes.

### The historical debate
- **Effectiveness of the OAU**: critics called it a "club" of heads of state that protected dictators; defenders stress its role in ending colonial and white-minority rule and in keeping borders stable.
- **Rwanda**: historians and inquiries have blamed the Security Council, especially the US, France and Belgium, for ignoring warnings and withdrawing troops; others stress that the genocide was planned and carried out within Rwanda.
- **The Cold War in Africa**: some historians see Africa as a victim of superpower rivalry; others stress that African leaders used the Cold War to gain aid and weapons for their own goals.

### Example argument
**"Evaluate the success of the Organisation of African Unity between 1963 and 2002."**
- Introduction: define the OAU's aims (unity, end of colonialism, sovereignty, development); judgement: successful in decolonisation, weak in protecting Africans from their own governments.
- Paragraph 1: successes: liberation support, border principle, diplomatic voice at the UN.
- Paragraph 2: failures: civil wars (Nigeria, Congo), Amin, Rwanda, economic integration.
- Paragraph 3: limits: lack of money and troops; divisions between member states.
- Conclusion: its successes came from consensus; its failures from the same principle of non-interference.

### Exam tips
- Name the organisation, the date and the outcome in every example.
- Balance African agency against outside intervention.
- Common mistake: treating "the international community" as one actor; separate the UN, the great powers and African bodies.`,
  },
  {
    key: "history-note-af-15",
    levels: HL,
    topicCode: "AF.15",
    body: String.raw`This section runs from the mineral revolution and the Anglo-Boer wars to the first democratic election in 1994. It covers the making of the Union of South Africa, segregation, apartheid under the National Party, African resistance, and the negotiated end of apartheid. Questions ask about the causes of the South African War, the differences between segregation and apartheid, the effectiveness of resistance, and the reasons apartheid ended.

### Key facts and dates

| Date | Event |
|---|---|
| 1880–1881 | First Anglo-Boer War; Transvaal regains independence after Majuba |
| 1886 | Gold discovered on the Witwatersrand |
| 1895–1896 | Jameson Raid fails to overthrow Kruger's Transvaal government |
| 1899–1902 | South African War; Treaty of Vereeniging (May 1902) |
| 1910 | Union of South Africa: voting rights for Black people excluded outside the Cape |
| 1912 | South African Native National Congress founded (ANC from 1923) |
| 1913 | Natives Land Act restricts African land ownership to reserves (about 7% of land, later about 13%) |
| 1948 | National Party under D. F. Malan wins the election |
| 1949–1953 | Apartheid laws: Mixed Marriages, Population Registration and Group Areas (1950), Bantu Education (1953) |
| 1952, 1955 | Defiance Campaign; Freedom Charter adopted at Kliptown |
| 1960 | Sharpeville (21 March): police kill 69 protesters; ANC and PAC banned |
| 1961 | South Africa becomes a republic; armed struggle begins (Umkhonto we Sizwe) |
| 1964 | Rivonia trial ends: Mandela and others sentenced to life imprisonment |
| 1976 | Soweto uprising (16 June) against Afrikaans in schools |
| 1983–1984 | United Democratic Front formed; tricameral parliament excludes Africans |
| 1985–1990 | States of emergency; township revolt; international sanctions, US law of 1986 |
| 1990 | F. W. de Klerk unbans the ANC (2 February); Mandela released (11 February) |
| 1994 | First democratic election (27 April); Mandela president |

### Causes and consequences
- **The South African War**: British desire to control Transvaal gold and secure regional supremacy, the Uitlander franchise dispute, and the ambitions of Milner and Rhodes. The British won by scorched-earth tactics and concentration camps, where about 26,000–28,000 Boer women and children died, and at least 14,000 Black Africans in separate camps (estimates vary and are probably low for Africans).
- **Segregation (1910–1948)**: land laws, pass laws, job colour bars, and the removal of Cape Africans from the common voters' roll (1936) created a labour system for mines and farms.
- **Apartheid (1948–1994)**: Afrikaner nationalism, fear of African urbanisation after the war, and economic interests led to a more systematic system of racial classification, separate areas, and "grand apartheid" homelands, four of which were declared "independent" from 1976.
- **Resistance**: from petitions to mass non-violence (1950s), to armed struggle and underground organisation after 1960, to Black Consciousness (Steve Biko, killed in detention in 1977), the Soweto generation, and the UDF and trade unions (COSATU, 1985) in the 1980s.
- **End of apartheid**: township revolt and strikes made the country ungovernable; sanctions and disinvestment worsened an economic crisis; the end of the Cold War removed the "communist threat" argument; de Klerk and Mandela negotiated (CODESA) despite violence such as the assassination of Chris Hani (1993).

### The historical debate
- **Liberal and radical views**: liberal historians saw apartheid as irrational racism that held back economic growth. Radical or Marxist historians such as Harold Wolpe argued that segregation and apartheid served capitalism by providing cheap migrant labour.
- **Why did apartheid end?** Historians weigh internal resistance, international pressure, economic decline, the end of the Cold War and the choices of leaders. Most argue that several factors worked together.
- **Segregation and apartheid**: were they continuous, or was 1948 a sharp break? Many historians stress continuity in aims but a change in scale and ideology.

### Example argument
**"To what extent was internal resistance responsible for the end of apartheid?"**
- Introduction: define internal resistance; judgement: the main pressure, but effective only with economic and international change.
- Paragraph 1: resistance: Soweto, UDF, COSATU, ungovernability.
- Paragraph 2: economy and sanctions: debt crisis of 1985, disinvestment.
- Paragraph 3: international: end of the Cold War, Namibia settlement.
- Paragraph 4: leadership: de Klerk's decision in 1990, Mandela's negotiating.
- Conclusion: weigh the factors.

### Exam tips
- Separate segregation from apartheid with named laws and dates.
- In resistance questions, show change in methods over time and explain why.
- Common mistake: writing only about Mandela. Include the range of organisations and people.`,
  },
  {
    key: "history-note-af-16",
    levels: HL,
    topicCode: "AF.16",
    body: String.raw`This section is about change in African societies and cultures rather than states and wars: the spread of Christianity and Islam, new African churches, Western education and the new elites it produced, urbanisation and migrant labour, changes in the lives of women, health and environment, and cultural movements in literature, music and ideas such as Pan-Africanism and Négritude. Questions ask how far colonialism changed African societies, the role of missions and education, and how Africans shaped and resisted cultural change.

### Key facts and dates

| Date | Event |
|---|---|
| 1827 | Fourah Bay College founded in Freetown, Sierra Leone |
| 1864 | Samuel Ajayi Crowther, a formerly enslaved Yoruba, consecrated as the first African Anglican bishop |
| 1883 | Amadou Bamba founds the Mouride Sufi brotherhood in Senegal |
| 1889–1897 | Rinderpest epidemic kills most of the cattle in large parts of eastern and southern Africa |
| 1892 | Mangena Mokone founds the Ethiopian Church in Pretoria, an African-led church |
| 1900 | First Pan-African Conference in London |
| 1916 | South African Native College (Fort Hare) opens |
| 1921 | Simon Kimbangu's healing ministry in the Belgian Congo; he is imprisoned until his death (1951) |
| 1929 | Women's War in south-eastern Nigeria against warrant chiefs and feared taxation |
| 1930s | Senghor, Césaire and Damas develop Négritude in Paris |
| 1945 | Fifth Pan-African Congress in Manchester |
| 1947 | Présence Africaine journal founded in Paris |
| 1958 | Chinua Achebe's Things Fall Apart |
| 1986 | Wole Soyinka wins the Nobel Prize for Literature; Ngũgĩ wa Thiong'o's Decolonising the Mind |

### Causes and consequences
- **Religion**: missions spread Christianity, especially in the south, east and coastal west; they also built most schools and hospitals. Africans soon founded their own churches, such as the Ethiopian churches, Zionist and Aladura churches, and the Kimbanguist church, combining Christianity with African ideas of healing and prophecy and rejecting missionary control. Islam also expanded under colonial rule, often faster than Christianity in West Africa, through trade routes, towns and Sufi brotherhoods.
- **Education and elites**: mission and government schools produced clerks, teachers, lawyers and journalists; this educated elite founded newspapers, associations and later nationalist parties. Access was uneven: limited higher education in Belgian and Portuguese colonies and for Africans in South Africa after Bantu Education (1953).
- **Economic and social change**: taxes, cash crops and mines drew men into migrant labour; towns grew quickly after 1945; new identities (worker, townsman, church member, ethnic association) formed. Women often lost land rights under colonial "customary law" but also organised: traders' and women's movements, from the Women's War to Funmilayo Ransome-Kuti's campaigns in Abeokuta in the 1940s.
- **Health and environment**: rinderpest, famine and sleeping sickness devastated some regions around 1890–1920; the 1918 influenza killed well over a million people in sub-Saharan Africa (estimates vary); later, Western medicine and vaccination reduced some diseases.
- **Culture and ideas**: Pan-Africanism (W. E. B. Du Bois, Marcus Garvey, later Nkrumah) and Négritude asserted the value of African culture and history. After independence, writers and musicians (highlife, Fela Kuti's Afrobeat) debated identity, language and the failures of new states.

### The historical debate
- **Missions and colonialism**: some historians see missions as cultural imperialism that undermined African societies. Others, such as Lamin Sanneh, argue that translating the Bible into African languages gave Africans the tools to make Christianity their own and strengthened African cultures.
- **Invention of tradition**: Terence Ranger argued that much "tradition" was codified or invented under colonial rule; critics say Africans were active in negotiating what counted as custom.
- **Change or continuity?** Some stress how deeply colonial rule transformed societies; others argue that many rural communities changed slowly and on their own terms.

### Example argument
**"Discuss the impact of Christian missions on African societies between 1850 and 1950."**
- Introduction: impact in religion, education, health and politics; thesis: the impact was great but Africans reshaped it.
- Paragraph 1: religious change and African independent churches.
- Paragraph 2: education and the rise of elites; link to nationalism.
- Paragraph 3: disruption: attacks on polygamy, initiation, ancestral practices; ties to colonial rule.
- Conclusion: missions began the change; Africans controlled its direction.

### Exam tips
- Use a range of social and cultural evidence (churches, schools, literature, music), with named people and dates.
- Link social change to political developments, such as elites and nationalism.
- Common mistake: treating Africans as passive recipients of Western culture.`,
  },
  {
    key: "history-note-af-17",
    levels: HL,
    topicCode: "AF.17",
    body: String.raw`This section covers the Middle East from 1945 to 2000: the creation of Israel and the Arab–Israeli conflict, Arab nationalism under Nasser, the politics of oil, the Iranian Revolution, the wars in Lebanon and the Gulf, and the peace processes. Questions ask about the causes and consequences of the Arab–Israeli wars, Nasser's successes and failures, the causes of the Iranian Revolution, and the role of outside powers.

### Key facts and dates

| Date | Event |
|---|---|
| 1947 | UN General Assembly votes to partition Palestine (29 November) |
| 1948–1949 | Israel declared (14 May 1948); war with Arab states; about 700,000–750,000 Palestinians flee or are expelled |
| 1951–1953 | Mosaddegh nationalises Iranian oil; overthrown in a coup backed by the US and Britain (August 1953) |
| 1952 | Free Officers seize power in Egypt; Nasser leads from 1954 |
| 1956 | Suez crisis: Nasser nationalises the canal (July); Israeli, British and French attack (October–November) |
| 1958–1961 | United Arab Republic of Egypt and Syria; revolution in Iraq (July 1958) |
| 1967 | Six-Day War (5–10 June): Israel takes Sinai, Gaza, the West Bank, East Jerusalem and the Golan; UN Resolution 242 |
| 1970 | "Black September" in Jordan; Nasser dies (September) |
| 1973 | October War; Arab oil producers' embargo and quadrupling of oil prices |
| 1975–1990 | Lebanese civil war; Israel invades Lebanon (1982) |
| 1978–1979 | Camp David Accords; Egypt–Israel peace treaty (1979) |
| 1979 | Iranian Revolution: the Shah leaves (January), Khomeini returns (February), Islamic Republic |
| 1980–1988 | Iran–Iraq War |
| 1987 | First Palestinian intifada begins |
| 1990–1991 | Iraq invades Kuwait; US-led coalition expels it |
| 1993 | Oslo Accords signed (13 September) |
| 1995 | Assassination of Yitzhak Rabin |
| 2000 | Camp David summit fails; second intifada begins |

### Causes and consequences
- **1948**: the end of the British mandate, UN partition, the Holocaust's impact on international opinion, Zionist military organisation and Arab disunity explain Israel's victory. The Palestinian refugee problem became the core of the conflict.
- **Nasser and Arab nationalism**: land reform, the High Dam, non-alignment and Soviet arms; Suez (1956) was a military defeat but a political triumph for Nasser and a humiliation for Britain and France. Defeat in 1967 discredited pan-Arabism and strengthened Palestinian groups (the PLO) and, later, Islamist movements.
- **Oil and the superpowers**: oil made the region strategically central; the 1973 embargo showed Arab economic power. The US backed Israel, Iran (until 1979) and Saudi Arabia; the USSR armed Egypt (until the 1970s), Syria and Iraq.
- **Sadat's peace**: after a partial military success in 1973, Sadat sought US support and the return of Sinai, leading to Camp David and the 1979 treaty. Egypt was suspended from the Arab League, and Sadat was assassinated in 1981.
- **Iran**: rapid modernisation under the Shah (the White Revolution from 1963), repression by the SAVAK secret police, inequality and oil-boom inflation, resentment of US influence, and the clergy's network of mosques allowed Khomeini to lead a broad coalition, which Islamists then dominated.
- **1980s–1990s**: the Iran–Iraq War (hundreds of thousands dead, figures uncertain), the Lebanese war and the intifada led to the Madrid Conference (1991) and Oslo, which created the Palestinian Authority but left borders, settlements, refugees and Jerusalem unresolved.

### The historical debate
- **1948 and the refugees**: traditional Israeli accounts said the refugees left on the orders of Arab leaders. The "new historians", notably Benny Morris, used Israeli archives to show that expulsions, fear and military attacks were major causes, although historians still disagree about how far expulsion was planned.
- **The Iranian Revolution**: historians weigh economic causes, the Shah's political mistakes, religious mobilisation and the role of the US.
- **Nasser**: a hero of Arab dignity to some, an authoritarian who led Egypt to defeat in 1967 to others.

### Example argument
**"To what extent was the Suez crisis of 1956 a victory for Nasser?"**
- Introduction: military defeat, political victory; judgement.
- Paragraph 1: military: Israeli advance in Sinai, Anglo-French landings at Port Said.
- Paragraph 2: political: US and Soviet pressure forced withdrawal; Nasser kept the canal; his prestige in the Arab world soared.
- Paragraph 3: longer term: UAR, rising ambitions, overreach leading to 1967.
- Conclusion: a clear short-term victory that encouraged risky policies.

### Exam tips
- Keep events in order and name the turning points (1948, 1956, 1967, 1973, 1979).
- In Arab–Israeli questions, explain the actions of each side with balance and evidence.
- Common mistake: writing the whole conflict as narrative. Analyse causes and consequences.`,
  },
  {
    key: "history-note-af-18",
    levels: HL,
    topicCode: "AF.18",
    body: String.raw`This section examines African politics from independence to 2005: the rise of one-party states and military regimes, civil wars and secession, the search for development (African socialism, state-led growth, later structural adjustment), and the wave of democratisation after 1990. Questions ask why so many new states became authoritarian, compare two post-independence leaders or states, and assess the causes of civil wars and the success of democratisation.

### Key facts and dates

| Date | Event |
|---|---|
| 1960–1965 | Congo crisis; Lumumba murdered (January 1961); Mobutu seizes power (1965) |
| 1964 | Ghana becomes a one-party state; Nkrumah is overthrown by a coup in 1966 |
| 1966 | Two military coups in Nigeria |
| 1967 | Tanzania's Arusha Declaration sets out ujamaa (African socialism) |
| 1967–1970 | Nigerian civil war: Biafra's secession fails; deaths, mainly from famine, estimated from about 500,000 to over 2 million |
| 1971–1979 | Idi Amin's rule in Uganda; deaths estimated from about 100,000 to 500,000 |
| 1974 | Haile Selassie overthrown in Ethiopia; the Derg under Mengistu takes power |
| 1980s | Debt crisis; IMF and World Bank structural adjustment programmes |
| 1984–1985 | Famine in Ethiopia |
| 1990–1994 | Democratisation: Benin's national conference (1990), Zambia's Kaunda loses an election (1991), Malawi's Banda loses (1994) |
| 1991 | Mengistu falls; Somalia's state collapses |
| 1994 | Genocide in Rwanda (April–July): roughly 500,000–800,000 killed, mostly Tutsi (estimates vary) |
| 1997–2003 | Mobutu overthrown; wars in Congo involving several neighbouring states |
| 2002 | Kenya's KANU loses power for the first time; African Union founded |

### Causes and consequences
- **Colonial legacy**: borders drawn by outsiders, small educated elites, economies dependent on one export, and authoritarian colonial states. Parliamentary constitutions were introduced in the last years of colonial rule and had shallow roots.
- **One-party states**: leaders such as Nkrumah, Nyerere and Kaunda argued that multiparty politics divided new nations along ethnic lines and that development needed unity. In practice, one-party rule often concentrated power, silenced critics and encouraged corruption.
- **Military coups**: armies intervened claiming to end corruption or disorder (Nigeria 1966, Ghana 1966, Uganda 1971); most military rulers proved no better.
- **Development strategies**: ujamaa villagisation in Tanzania brought gains in literacy and health but failed economically; marketing boards taxed farmers to fund states and cities. Falling commodity prices and oil shocks in the 1970s led to the debt crisis and structural adjustment, which cut spending and weakened states further.
- **Conflict**: secession (Biafra), civil wars fed by the Cold War (Angola, Mozambique, Ethiopia), and ethnic mobilisation for power (Rwanda, Burundi). The collapse of Mobutu's Zaire led to wars in which, by most estimates, millions died, mostly from disease and hunger (the totals are disputed).
- **Democratisation after 1990**: the end of the Cold War, donor pressure, economic crisis and popular protest forced multiparty elections. Results were mixed: real changes of government in Zambia, Benin, Malawi and Kenya; "façade democracy" elsewhere.

### The historical debate
- **Colonial legacy or African choices?** Basil Davidson (The Black Man's Burden, 1992) argued that the European model of the nation-state was a "curse" for Africa. Others place more responsibility on post-independence leaders.
- **Neopatrimonialism**: Jean-François Bayart's "politics of the belly" describes rulers using state resources to reward networks of supporters; Robert Bates argued that governments' policies favoured cities at the expense of farmers for political reasons.
- **Structural adjustment**: supporters say it corrected unsustainable economies; critics argue it deepened poverty and weakened states.

### Example argument
**"Compare and contrast the rule of Nyerere in Tanzania and Mobutu in Zaire."**
- Introduction: both one-party rulers for decades; thesis: similar structures, very different aims and outcomes.
- Similarities: one-party state, personal authority, nation-building over ethnic identity, economic failure by the 1980s.
- Differences: Nyerere's ideology (ujamaa) and relative honesty versus Mobutu's kleptocracy and Western Cold War backing; Tanzania's stability and peaceful handover (1985) versus Zaire's collapse (1997).
- Conclusion: leadership and ideology mattered, even within similar systems.

### Exam tips
- Use two or three case studies in depth, with dates.
- Explain why authoritarian rule emerged as well as describing it.
- Common mistake: treating all of Africa as identical after independence.`,
  },
];
