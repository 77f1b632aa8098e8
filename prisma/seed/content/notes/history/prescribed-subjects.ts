import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for the prescribed subjects (PS1–PS5). Each case study is examined on Paper 1
// (one hour, four sources, four questions, 24 marks), so every note pairs the key facts with what to do with
// the sources: origin, purpose, value and limitation, comparing sources, and the final own-knowledge question.
// Original writing; where figures are disputed the note gives a range and says so.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];

export const prescribedSubjectsNotes: TopicNoteInput[] = [
  {
    key: "history-note-ps1-1",
    levels: BOTH,
    topicCode: "PS1.1",
    body: String.raw`This case study follows Temüjin from a marginal steppe chieftain to **Genghis Khan**, ruler of the largest land empire yet seen. Paper 1 sources ask you to explain **how he rose to power**, **why his armies won** and **what his conquests meant** for the peoples of Asia, and the sources themselves (Mongol, Persian, Arab and Chinese) disagree sharply about him.

### Key facts
- **Rise (c.1162–1206)**: born c.1162 (dates from 1155 to 1167 are argued); his father Yesügei was poisoned by Tatars and the family was abandoned. Temüjin built power through sworn brotherhood (his *anda* Jamukha, later his rival) and alliance with Toghrul (Ong Khan) of the Kereits, then defeated Tatars, Kereits (1203) and Naimans (1204). A **kurultai** on the Onon River proclaimed him Genghis Khan in **1206**.
- **Organisation**: he broke up old tribal loyalties by grouping soldiers into decimal units (10, 100, 1,000 and 10,000, the *tümen*) under commanders chosen for loyalty and merit; created a personal guard (the *keshig*); promoted a law code (the *Yasa*) and a relay system of horse stations (the *yam*).
- **Campaigns**: the Western Xia submitted in 1210; war on the Jin began in **1211** and their capital Zhongdu (Beijing) fell in **1215**. After the Khwarazmian governor at **Otrar** killed a Mongol trading caravan (1218), the campaign of **1219–1221** destroyed the Khwarazmian empire: Bukhara and Samarkand (1220), Urgench, Merv and Nishapur (1221). Jebe and Sübedei's reconnaissance beat Rus' and Cuman forces at the Kalka River (1223). He died in **1227** during the final war on the Western Xia.
- **Methods**: mounted archers, feigned retreats, intelligence from merchants, Chinese and Muslim siege engineers, and **calculated terror**: cities that resisted were massacred so that others would surrender.

### Working with the sources
| Source type | Value | Limitation |
|---|---|---|
| *The Secret History of the Mongols* (anonymous, 13th century; 1228 and 1240 are both argued) | Insider Mongol view of his early life, values and family politics | Written for the ruling family; legitimises the dynasty; mixes epic and legend |
| Juvaini, *History of the World-Conqueror* (c.1260) | Persian official with access to Mongol court and eyewitnesses | Served the Mongols yet lamented the destruction; must balance both |
| Ibn al-Athir (Arab chronicler, died 1233) | Contemporary reaction from the Islamic world | Hostile; casualty figures in the hundreds of thousands for single cities are almost certainly exaggerated |

- On **origin**, always note who wrote, when, and for whom; on **purpose**, ask whether it was written to praise, warn, or record. A source written for a Mongol ruler is valuable for how the Mongols *wanted* to be seen.
- Numbers: medieval chroniclers' death tolls are not reliable. Say that the scale of killing is debated and that figures served to convey horror.

### The debate
Traditional accounts, shaped by the Persian and Arab chronicles, stress destruction. Some historians, notably Jack Weatherford, stress instead religious tolerance, trade, meritocracy and communication across Eurasia. A balanced answer accepts both: the conquests were extremely violent *and* created the conditions for later Eurasian exchange.

### Example argument
*"To what extent do the sources and your own knowledge support the view that terror was the main reason for Mongol military success?"* (9 marks)
- Agree: use a source describing a massacre (Nishapur, Merv) and explain its purpose: encouraging surrender elsewhere.
- Challenge: organisation (decimal units, discipline), mobility, intelligence and siege technology; Khwarazmian disunity; the Jin weakened by war with the Song.
- Judgement: terror multiplied the effect of a superior military system; it did not replace it.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q3 (compare and contrast): find at least two similarities and two differences, and run the sources together ("Both A and C…, but whereas A…, C…") instead of describing each separately.
- Q4: integrate sources by letter (Source B…) with precise own knowledge (dates, places, names).
- Common mistake: treating Genghis Khan as the conqueror of Song China or Russia; those conquests came under his successors.
`,
  },
  {
    key: "history-note-ps1-2",
    levels: BOTH,
    topicCode: "PS1.2",
    body: String.raw`**Richard I** ("the Lionheart") spent most of his life fighting: against his father Henry II, against Saladin on the **Third Crusade**, and against Philip II of France. Paper 1 sources ask you to assess his **leadership**, his **campaigns** and his **reputation**, which has swung between "crusading hero" and "absentee king who neglected England".

### Key facts
- **Early career**: born 1157; Duke of Aquitaine; joined the great revolt of **1173–1174** against Henry II with his brothers and mother Eleanor; spent the 1170s–80s crushing rebellious Aquitanian barons (the capture of Taillebourg, 1179, made his military reputation). Allied with Philip II against Henry II in 1188–1189.
- **King (1189)**: crowned September 1189; raised money for the crusade by selling offices, lands and privileges. Anti-Jewish violence accompanied the coronation and spread, culminating in the **York massacre** (1190).
- **Third Crusade (1190–1192)**: wintered at Messina; took **Cyprus** (May 1191); arrived at Acre, which surrendered in **July 1191**. In August he had about 2,600–3,000 Muslim prisoners killed when ransom terms were not met (contemporary figures vary). Won at **Arsuf** (September 1191) by controlling a fighting march down the coast; twice approached **Jerusalem** (January and June 1192) but turned back, judging it could be taken but not held; relieved **Jaffa** (August 1192). The **Treaty of Jaffa** (September 1192) left a coastal strip to the crusaders and allowed Christian pilgrims to visit Jerusalem.
- **Captivity**: seized by Leopold of Austria (December 1192) and handed to Emperor Henry VI; released in **1194** for a ransom of 150,000 marks, a heavy burden on his lands.
- **Wars with Philip II (1194–1199)**: recovered most lands lost during his captivity; built **Château Gaillard** (1196–1198); won at Fréteval (1194) and near Gisors (1198). Died in **April 1199** from a crossbow wound at Châlus-Chabrol.

### Working with the sources
- **Crusade chronicles**: Ambroise's verse history and the *Itinerarium* were written by or drawn from participants on the Christian side: valuable eyewitness detail, but written to celebrate Richard and the crusade.
- **Baha al-Din ibn Shaddad**, Saladin's adviser and biographer: close to events and often respectful of Richard's courage, but his purpose is to present Saladin as the model ruler.
- **English chroniclers** (e.g. Roger of Howden): informed on government and finance; monks often resented taxation.
- For **limitation**, avoid generic "it is biased". Say *how* the origin shapes the content: a chronicle written to glorify the crusade is likely to present the Acre killings as justified.

### The debate
Victorian historians such as William Stubbs condemned Richard as a bad king who spent about six months of his ten-year reign in England. John Gillingham's work rehabilitated him as a capable ruler whose priority, rightly, was defending an Angevin empire of which England was only a part. Judge him as a 12th-century lord, not as a modern head of state.

### Example argument
*"Using the sources and your own knowledge, evaluate Richard I's success as a military leader on the Third Crusade."* (9 marks)
- Successes: Cyprus as a supply base; Acre; Arsuf; Jaffa; a treaty that secured the coast.
- Limits: Jerusalem was not retaken; quarrels with Philip II and Leopold weakened the crusade; the Acre massacre; the cost of his later ransom.
- Judgement: tactically outstanding, strategically realistic; the failure to take Jerusalem reflected logistics and manpower, not incompetence.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q1 (comprehension): state points from the source in your own words; three clear points for 3 marks.
- Q2 (value and limitations): refer explicitly to **origin, purpose and content** of the one named source.
- Common mistake: calling Richard "King of England" during the 1173 revolt (he was king only from 1189).
`,
  },
  {
    key: "history-note-ps2-1",
    levels: BOTH,
    topicCode: "PS2.1",
    body: String.raw`This case study covers the end of the last Muslim state in Iberia, the **Nasrid emirate of Granada**, conquered by the Catholic Monarchs **Ferdinand of Aragon and Isabella of Castile** in the **Granada War (1482–1492)**, and the fate of the Muslims (and Jews) afterwards. Sources ask why Granada fell, how the conquest was fought and justified, and what it meant for the conquered.

### Context
- By the 13th century, after Las Navas de Tolosa (1212) and the fall of Córdoba (1236) and Seville (1248), only Granada remained, paying tribute to Castile.
- The marriage of Ferdinand and Isabella (**1469**) and Isabella's victory in the Castilian succession war (1479) brought Castile and Aragon under joint rule and freed resources for war.
- Granada was weakened by dynastic conflict: Sultan **Abu l-Hasan Ali**, his son **Muhammad XII (Boabdil)** and his brother **al-Zagal** fought one another.

### Key events
- **1482**: Castilian forces seize **Alhama**; the war begins.
- **1483**: Boabdil is captured at Lucena and released as a Castilian vassal, splitting Granada further.
- **1485–1487**: Ronda (1485), Loja (1486), and the siege of **Málaga** (1487), after which most of the population was enslaved: a deliberate contrast with towns that surrendered.
- **1489**: Baza falls after a long siege; al-Zagal hands over Almería and Guadix.
- **1491–1492**: the besieging camp at **Santa Fe**; the **Capitulations of Granada** (November 1491) promised Muslims their religion, mosques, property, laws and judges; the monarchs entered the city on **2 January 1492**.
- **Afterwards**: the **Alhambra Decree** (March 1492) ordered Jews to convert or leave. Archbishop **Cisneros's** forced conversions (1499) provoked the **Alpujarras revolt** (1499–1501); Castile then ordered its Muslims to convert or leave (**1502**). Converted Muslims (**Moriscos**) were later expelled from Spain in 1609–1614.

### Why did Granada fall?
Castilian artillery and a professional, well-financed army; papal crusade bulls and church taxation; Nasrid civil war; the lack of effective help from North Africa or the Mamluks; and a strategy of taking the outer towns one by one, rewarding surrender and punishing resistance.

### Working with the sources
- **Castilian chroniclers** (e.g. Hernando del Pulgar, royal chronicler; Andrés Bernáldez): detailed and close to the court, but written to present a holy war and a providential victory.
- **The Capitulations**: a legal document, valuable for what was promised; limited as evidence of what happened, because the promises were broken within a decade.
- **Later Muslim writers** (e.g. al-Maqqari, 17th century): preserve Andalusi memory and lament, but were written long after, in North Africa.
- **Art and later images** of Boabdil handing over the keys are often 19th-century Romantic paintings: value as evidence of how the event was remembered, not of the event.

### Example argument
*"Using the sources and your own knowledge, to what extent was the fall of Granada due to divisions within the Nasrid dynasty?"*
- For: Boabdil's vassalage, al-Zagal's separate surrender, lack of unified command.
- Against: Castilian resources, artillery and organisation; papal finance; isolation from Muslim allies; religious motivation that sustained a ten-year war.
- Judgement: internal division made a long, costly war winnable; without Castilian–Aragonese unity it would not have been fought at all.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q3: compare what two sources say about *one* issue (e.g. the treatment of the conquered); contrast purpose as well as content when relevant.
- Use the command term precisely: "evaluate" needs a judgement on strengths *and* limits.
- Common mistake: assuming 1492 ended Muslim life in Spain; the Mudéjars and then Moriscos remained for over a century.
`,
  },
  {
    key: "history-note-ps2-2",
    levels: BOTH,
    topicCode: "PS2.2",
    body: String.raw`This case study covers the Spanish conquest of the **Mexica (Aztec)** and **Inca** empires, and the first decades of Spanish rule, up to the **Valladolid debate (1550–1551)** over how Indigenous peoples should be treated. Sources ask how a few hundred Spaniards overthrew great empires, how the conquered experienced it, and how Spain tried to govern and justify its conquests.

### Mexico (1519–1521)
- **1519**: Hernán Cortés lands on the Gulf coast, founds Veracruz (to escape the authority of Governor Velázquez of Cuba) and marches inland with a few hundred Spaniards, guided by the interpreter **Malintzin** (La Malinche).
- **Alliance with Tlaxcala**, enemies of the Mexica, after fighting them; the massacre at **Cholula** (October 1519).
- **8 November 1519**: Cortés enters **Tenochtitlan**; **Moctezuma II** is soon held captive.
- **1520**: Cortés defeats Narváez's expedition; Pedro de Alvarado's men massacre nobles at the Toxcatl festival; Moctezuma dies; the Spaniards flee with heavy losses (the **Noche Triste**, 30 June–1 July). **Smallpox** kills many, including the new ruler Cuitláhuac.
- **1521**: a siege of about three months with brigantines on the lake and tens of thousands of Indigenous allies; **Cuauhtémoc** is captured on **13 August 1521**.

### Peru (1532–1551)
- The Inca empire had just emerged from a civil war between **Atahualpa** and **Huáscar**, and had already been hit by epidemic disease.
- **16 November 1532**: Francisco Pizarro captures Atahualpa at **Cajamarca**; a huge ransom of gold and silver is paid, but Atahualpa is executed in **1533**. Cusco is occupied later that year.
- **Manco Inca's** rebellion and siege of Cusco (1536–1537), then a neo-Inca state at Vilcabamba. Civil wars between conquistadors: Almagro executed (1538), Pizarro assassinated (1541).
- The **New Laws (1542)**, limiting the *encomienda*, provoked Gonzalo Pizarro's revolt, crushed in 1548.

### Explaining the conquest
Steel weapons, horses and ships mattered, but historians such as Matthew Restall stress that the conquest was largely won by **Indigenous allies** pursuing their own aims, by **disease** and by the **divisions** within both empires. Population decline was catastrophic: pre-conquest estimates for central Mexico range from around 5 to 25 million, and historians agree the fall was enormous (often estimated at 80–90 % within a century), though the figures are debated.

### Working with the sources
| Source | Value | Limitation |
|---|---|---|
| Cortés, letters to Charles V (1519–1526) | Participant's account, written during events | Written to justify disobeying Velázquez and win royal favour |
| Bernal Díaz del Castillo, *True History* (written decades later) | Foot-soldier's view; corrects official accounts | Old man's memory; aimed to defend the conquistadors' rewards |
| Florentine Codex, Book 12 (compiled under Sahagún, mid-16th century) | Nahua accounts of the conquest | Collected from Tlatelolco informants a generation later, under a friar's direction |
| Bartolomé de las Casas, *Brief Account* (written 1542) | Dominican witness to colonial abuses | Written to persuade the Crown to reform; figures exaggerated for effect |

### Example argument
*"Using the sources and your own knowledge, to what extent were Indigenous allies the main reason for the Spanish conquest of Mexico?"* Agree: Tlaxcalan troops, supplies and porters; the siege of 1521. Challenge: smallpox; Spanish technology; Cortés's leadership; Mexica political structure. Judge: allies plus disease were decisive; the Spaniards were the catalyst.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q1b often uses an image (e.g. the Lienzo de Tlaxcala): describe its message and use visible details as evidence.
- Common mistake: "Aztecs thought Cortés was a god". This story comes from post-conquest sources and is widely doubted; say so if you use it.
`,
  },
  {
    key: "history-note-ps3-1",
    levels: BOTH,
    topicCode: "PS3.1",
    body: String.raw`This case study traces Japan's path from the seizure of **Manchuria (1931)** through full-scale war with **China (1937)** to the attack on **Pearl Harbor (December 1941)**. Sources ask about the **causes** of expansion, the **events**, and the **international response**, especially the League of Nations and the United States.

### Causes of expansion
- **Economic**: the Great Depression hit Japan hard (the collapse of the US silk market ruined many farming families); Manchuria offered coal, iron, farmland and markets; Japan depended on imports of oil and scrap iron, largely from the USA.
- **Political**: distrust of party government and of the Washington and London naval treaties; the rise of ultranationalist groups and assassinations (Prime Minister Inukai, **May 1932**; the failed army coup of **February 1936**); a weak civilian check on the army, whose ministers could bring down cabinets.
- **Ideological**: a belief in Japan's mission to lead Asia, later framed as a "New Order in East Asia" (1938) and the **Greater East Asia Co-Prosperity Sphere** (1940); anti-communism.
- **Chinese weakness**: Chiang Kai-shek's Nationalists were fighting the Communists and regional warlords.

### Key events
- **18 September 1931**: the **Mukden Incident**: officers of the Kwantung Army blow up a stretch of railway, blame the Chinese and occupy Manchuria without Tokyo's authorisation. **Manchukuo** is declared (1932) under Puyi.
- **1932–1933**: the **Lytton Report** condemns Japan's actions but proposes autonomy under Chinese sovereignty; Japan walks out of the League (February 1933) and gives notice to leave (March 1933). The Tanggu Truce (May 1933) creates a demilitarised zone south of the Great Wall.
- **1936**: the Anti-Comintern Pact with Germany.
- **7 July 1937**: the **Marco Polo Bridge Incident** escalates into full war; Shanghai (August–November) and **Nanjing (December 1937)**, where mass killing and rape followed the fall of the city. The death toll is disputed: estimates range from tens of thousands to over 200,000, and the Chinese official figure is 300,000.
- **1939**: defeat by Soviet forces at **Nomonhan (Khalkhin Gol)** turns Japanese strategy southward; the USA gives notice to end its 1911 commercial treaty.
- **1940–1941**: occupation of northern French Indochina and the **Tripartite Pact** (September 1940); the Soviet–Japanese Neutrality Pact (April 1941); occupation of southern Indochina (July 1941) leads the USA, Britain and the Dutch to **freeze Japanese assets** and cut off oil. After the **Hull Note** (26 November 1941), Japan attacks Pearl Harbor on **7 December 1941**.

### Working with the sources
- **Lytton Report**: an international commission's findings; valuable as a considered, investigated view; limited by its purpose (a compromise the League could accept) and by Japan's refusal to cooperate.
- **Japanese government statements**: valuable for official justifications ("self-defence", "anti-communism", "liberating Asia"); limited as evidence of the real motives or of the army's independent actions.
- **Cartoons** (often in Q1b): state the message, then point to details (labels, size of figures, symbols) that show it.

### Example argument
*"Using the sources and your own knowledge, to what extent was Japanese expansion between 1931 and 1941 caused by economic factors?"*
- For: Depression, raw materials, dependence on US oil and the embargo of 1941, which forced the choice between withdrawal and war.
- Against: army insubordination (Mukden was planned by officers), ultranationalism, ideology of an Asian mission, weakness of the League and the opportunity created by the war in Europe (1940).
- Judgement: economic pressures created the motive; military autonomy and ideology turned it into aggression.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q3: compare sources on *the same event* (e.g. two accounts of Mukden: Japanese and League).
- Avoid treating "Japan" as one actor: distinguish the Kwantung Army, the government in Tokyo, the navy and the emperor.
`,
  },
  {
    key: "history-note-ps3-2",
    levels: BOTH,
    topicCode: "PS3.2",
    body: String.raw`This case study covers the expansion of **Nazi Germany** and **Fascist Italy** from Hitler's appointment (1933) to Italy's entry into the Second World War (June 1940): the aims of both regimes, their actions, and the international response, especially **appeasement** and the failure of the **League of Nations**.

### Germany: key events
- **1933**: leaves the Disarmament Conference and the League (October). **1934**: non-aggression pact with Poland; a failed Nazi putsch in Austria (July) is checked when Mussolini moves troops to the Brenner.
- **1935**: the Saar votes to return to Germany (about 90 %); Hitler announces conscription and the Luftwaffe (March), breaking the Treaty of Versailles; the **Stresa Front** of Britain, France and Italy (April) condemns this, but the **Anglo-German Naval Agreement** (June) undermines it.
- **March 1936**: troops **remilitarise the Rhineland**. From 1936 Germany and Italy aid Franco in Spain.
- **1937**: the **Hossbach Memorandum** records Hitler's plans for expansion (its reliability is debated).
- **March 1938**: **Anschluss** with Austria. **September 1938**: the **Munich Agreement** gives Germany the Sudetenland.
- **March 1939**: Germany occupies the rest of Bohemia and Moravia; Britain and France guarantee Poland. **23 August 1939**: the **Nazi–Soviet Pact**. **1 September 1939**: invasion of Poland.
- **1940**: Denmark and Norway (April), then the Low Countries and France (May–June).

### Italy: key events
- **October 1935**: invasion of **Abyssinia (Ethiopia)** after the Walwal incident (December 1934). The League imposes sanctions, but not on oil, and the **Hoare–Laval plan** (December 1935) to give Italy much of Ethiopia is leaked and abandoned. Addis Ababa falls in **May 1936**.
- **1936–1937**: the **Rome–Berlin Axis**, intervention in Spain, membership of the Anti-Comintern Pact and withdrawal from the League (December 1937).
- **April 1939**: invasion of **Albania**; **May 1939**: the **Pact of Steel**. Italy declares "non-belligerence" in September 1939 and enters the war on **10 June 1940**.

### Debates
- **Hitler's aims**: A.J.P. Taylor argued that Hitler was an opportunist exploiting others' mistakes; Hugh Trevor-Roper saw a consistent programme set out in *Mein Kampf* (living space in the east). Many historians now combine the two: long-term goals, opportunistic timing.
- **Appeasement**: once condemned as cowardice; later defended as realistic given British rearmament, the Dominions' reluctance and public opinion; still criticised for misreading Hitler.
- **Mussolini**: some historians see an opportunist driven by prestige; others stress long-term Mediterranean ambitions.

### Working with the sources
- **Speeches** (Hitler, Mussolini, Chamberlain): value for public justifications; limitation: audience and propaganda purpose.
- **Private documents** (e.g. Hossbach Memorandum, diaries): value for intentions; limitation: who recorded them, when, and whether they were later edited.
- **Cartoons** (e.g. on Abyssinia or Munich): give the message, the point of view and the national context of the publication.

### Example argument
*"Using the sources and your own knowledge, evaluate the view that the League of Nations' failure over Abyssinia encouraged German expansion."* Support with the timing of the Rhineland (March 1936) during the crisis and the collapse of Stresa; challenge with Hitler's independent aims and the weakness of Britain and France; conclude on its significance as a turning point.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q3: two sources on Munich often differ by nationality or date; explain *why* they differ.
- Do not let Q4 become an essay from memory: every paragraph should use at least one source.
`,
  },
  {
    key: "history-note-ps4-1",
    levels: BOTH,
    topicCode: "PS4.1",
    body: String.raw`This case study covers the **civil rights movement** in the United States from the *Brown* decision (1954) to the **Voting Rights Act (1965)**: the nature of segregation and discrimination, the organisations, leaders and methods of protest, and the role of the federal government. Sources ask why the movement achieved what it did, and who deserves credit.

### Context
Segregation ("Jim Crow") rested on state laws upheld by *Plessy v. Ferguson* (1896). In the South, most African Americans were kept from voting by literacy tests, poll taxes, intimidation and violence.

### Key events
- **17 May 1954**: ***Brown v. Board of Education of Topeka***: segregated public schools unconstitutional. *Brown II* (1955) ordered desegregation "with all deliberate speed", which allowed delay; Southern politicians issued the **Southern Manifesto** (1956).
- **1955**: murder of **Emmett Till** (August). **Montgomery Bus Boycott** (December 1955–December 1956) after Rosa Parks's arrest; Martin Luther King Jr emerges as leader; the Supreme Court upholds a ruling that bus segregation is unconstitutional (*Browder v. Gayle*). The **SCLC** is founded (1957).
- **1957**: **Little Rock**: Eisenhower sends federal troops to protect nine Black students; a weak Civil Rights Act.
- **1960**: **Greensboro sit-ins** (from 1 February); the **SNCC** is formed. **1961**: **Freedom Rides** (CORE), met with mob violence in Alabama. **1961–1962**: the Albany Movement, widely seen as a setback. **1962**: James Meredith enrols at the University of Mississippi after riots.
- **1963**: **Birmingham** campaign (April–May): King's *Letter from Birmingham Jail*, the Children's Crusade, and televised police dogs and fire hoses under Bull Connor; Kennedy proposes a civil rights bill (June); the **March on Washington** (28 August, about 250,000 people); the bombing of the 16th Street Baptist Church kills four girls (September).
- **1964**: the **Civil Rights Act** (July) bans segregation in public places and discrimination in employment; **Freedom Summer** in Mississippi, when three civil rights workers are murdered; the 24th Amendment bans poll taxes in federal elections.
- **1965**: **Selma**: "Bloody Sunday" (7 March) on the Edmund Pettus Bridge; the **Voting Rights Act** (August) suspends literacy tests and allows federal examiners to register voters. Malcolm X is assassinated (February); the Watts riot follows in August.

### Debates
- **Leaders or grassroots?** Older accounts centre King; many historians stress local organisers, women (Ella Baker, Fannie Lou Hamer, Jo Ann Robinson) and students.
- **Non-violence or pressure?** Non-violent protest worked partly by provoking violent responses that the national media showed; Malcolm X and others challenged non-violence and integration as goals.
- **Federal role**: Eisenhower and Kennedy acted reluctantly and mainly in crises; Johnson pushed the 1964 and 1965 Acts through Congress.

### Working with the sources
- **Photographs** (Birmingham, Selma): value in showing why national opinion shifted; limitation: a single frame chosen by a photographer or editor.
- **Speeches and letters** (King, Malcolm X, Kennedy): purpose is persuasion, so they show aims and arguments more than outcomes.
- **Southern newspapers or politicians**: valuable for opposition arguments (states' rights); limited as evidence of Black experience.

### Example argument
*"Using the sources and your own knowledge, to what extent was the passage of the Civil Rights Act (1964) due to non-violent protest?"* For: Birmingham and the March on Washington created pressure and media coverage. Against: federal leadership (Kennedy's bill, Johnson's skill after Kennedy's assassination), court rulings, Cold War concern for America's image. Judgement: protest set the agenda; federal action turned it into law.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q2: for a speech, identify audience and occasion, then explain how they limit what is said.
- Common mistake: saying *Brown* ended segregation; in 1964 very few Black children in the Deep South attended integrated schools.
`,
  },
  {
    key: "history-note-ps4-2",
    levels: BOTH,
    topicCode: "PS4.2",
    body: String.raw`This case study covers the construction of **apartheid** by the National Party after **1948**, and the resistance to it up to the **Rivonia Trial (1964)**. Sources ask about the aims and laws of apartheid, the methods and effectiveness of protest, and the shift from non-violence to armed struggle.

### Building apartheid
- **1948**: D.F. Malan's **National Party** wins the whites-only election on a platform of *apartheid* ("separateness").
- **"Petty" apartheid and classification**: Prohibition of Mixed Marriages Act (1949); **Population Registration Act** (1950), classifying everyone by race; Immorality Amendment Act (1950); Reservation of Separate Amenities Act (1953).
- **Land and movement**: **Group Areas Act** (1950), which led to forced removals (e.g. Sophiatown from 1955); pass laws tightened by the 1952 Act that required African men (later women) to carry reference books.
- **Control**: Suppression of Communism Act (1950), defining "communism" so widely that it could be used against almost any opponent.
- **Education and "separate development"**: **Bantu Education Act** (1953); Bantu Authorities Act (1951); under **Hendrik Verwoerd** (Prime Minister 1958–1966), the Promotion of Bantu Self-Government Act (1959) planned ethnic "homelands", stripping Africans of a claim to South African citizenship. Coloured voters were removed from the common roll (1956) after a long constitutional battle.

### Resistance
- **1949**: the ANC adopts the Youth League's **Programme of Action** (boycotts, strikes, civil disobedience).
- **1952**: the **Defiance Campaign**: over 8,000 volunteers arrested for deliberately breaking apartheid laws; ANC membership rises sharply.
- **June 1955**: the **Congress of the People** at Kliptown adopts the **Freedom Charter** ("South Africa belongs to all who live in it, black and white").
- **9 August 1956**: about 20,000 women march to the Union Buildings in Pretoria against passes for women.
- **1956–1961**: the **Treason Trial** of 156 leaders ends with all acquitted, but it ties the leadership down for years.
- **1959**: Africanists led by **Robert Sobukwe** form the **Pan Africanist Congress (PAC)**.
- **21 March 1960**: police fire on a PAC anti-pass protest at **Sharpeville**, killing 69. A state of emergency follows; the ANC and PAC are **banned**.
- **1961**: South Africa becomes a republic and leaves the Commonwealth; **Umkhonto we Sizwe** (MK) begins sabotage on 16 December. Albert Luthuli receives the Nobel Peace Prize.
- **1962–1964**: Mandela is arrested (1962); the **Rivonia** raid (July 1963) captures MK's leadership; in June 1964 Mandela, Sisulu and others are sentenced to life imprisonment. Detention without trial (1963) crushes internal resistance for a decade.

### Working with the sources
- **Government speeches** (Verwoerd on "separate development"): value for the regime's justification and self-image; limitation: public language that hides coercion.
- **Mandela's statement from the dock (April 1964)**: value for ANC reasoning on the turn to violence; limitation: purpose was to persuade the court and the world, so it stresses restraint.
- **Photographs of Sharpeville**: powerful evidence of state violence and of why international opinion shifted; limitation: do not show the wider context of the day.
- **Drum magazine, the Freedom Charter, UN resolutions**: consider audience (urban Black readers, supporters, world opinion).

### Example argument
*"Using the sources and your own knowledge, to what extent was non-violent protest unsuccessful in the period 1948–1964?"*
- Unsuccessful: no apartheid law repealed; bannings, the Treason Trial, Sharpeville and Rivonia; the state grew stronger.
- Successful in other ways: mass mobilisation, the Freedom Charter as a lasting programme, international attention (the UN General Assembly called for sanctions in 1962).
- Judgement: it failed to change policy against a state willing to use force, which is why leaders chose sabotage; but it built the movement's legitimacy.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q3: the ANC and PAC sources often differ on multiracialism versus Africanism: name the difference precisely.
- Common mistake: dating the start of segregation to 1948; apartheid systematised older laws such as the 1913 Natives Land Act.
`,
  },
  {
    key: "history-note-ps5-1",
    levels: BOTH,
    topicCode: "PS5.1",
    body: String.raw`This case study covers Rwanda from the invasion by the **Rwandan Patriotic Front (RPF)** in **1990**, through the **genocide against the Tutsi** in **1994**, to the first judgments of the **International Criminal Tribunal for Rwanda (ICTR)** in **1998**. Sources ask about the causes of the genocide, how it was carried out, why the international community failed to intervene, and the attempts at justice.

### Context and causes
- **Colonial legacy**: German then Belgian rule favoured a Tutsi elite and hardened "Hutu" and "Tutsi" into fixed racial categories; **identity cards** stating ethnicity were introduced in the 1930s.
- **Hutu revolution (1959–1962)**: Tutsi were killed or driven into exile before independence (1962); further massacres followed in the 1960s and 1970s. **Juvénal Habyarimana** took power in 1973.
- **Civil war**: the RPF, formed mainly by Tutsi refugees in Uganda, invaded on **1 October 1990**. Extremists used the war, economic crisis (the coffee price collapse) and the killing of Burundi's Hutu president in **October 1993** to spread fear.
- **Propaganda**: the newspaper *Kangura* published the "Hutu Ten Commandments" (1990); **RTLM** radio (from 1993) dehumanised Tutsi as *inyenzi* ("cockroaches"). Militias, especially the **Interahamwe**, were trained and armed.
- **Arusha Accords (August 1993)**: power-sharing with the RPF, opposed by extremists. The UN sent **UNAMIR** under General **Roméo Dallaire**; his January 1994 warning of plans for extermination was not acted on.

### The genocide (April–July 1994)
- **6 April**: Habyarimana's plane is shot down (responsibility is still disputed). Within hours, the Presidential Guard and militias kill moderate politicians, including Prime Minister Agathe Uwilingiyimana, and ten Belgian peacekeepers.
- Roadblocks, lists and identity cards allowed systematic killing of Tutsi and moderate Hutu, often with machetes, by soldiers, militias and ordinary neighbours. In about 100 days around **800,000** people were killed (estimates range from about 500,000 to over a million).
- **International response**: Belgium withdrew; the UN Security Council cut UNAMIR to about 270 (21 April); a larger force was authorised in May but arrived too late. The US avoided using the word "genocide". France's **Opération Turquoise** (from June) created a zone in the south-west, criticised for letting perpetrators escape.
- The **RPF** took Kigali on **4 July** and ended the genocide; around two million Hutu fled, many to Zaire, where camps controlled by génocidaires destabilised the region (leading to the war of 1996–1997).

### Justice
The **ICTR** was set up by the Security Council in November 1994 at Arusha. In 1998 it convicted **Jean-Paul Akayesu**, the first conviction for genocide by an international court, recognising rape as an act of genocide, and former prime minister **Jean Kambanda** pleaded guilty to genocide.

### Working with the sources
- **UN documents and Dallaire's cables**: value for what the UN knew and when; limitation: institutional language, and later memoirs may be written to assign blame.
- **RTLM transcripts**: direct evidence of incitement; purpose is propaganda, so they show intent, not effect.
- **Survivor or perpetrator testimony**: powerful detail; limitations of memory, trauma and legal self-interest.

### Example argument
*"Using the sources and your own knowledge, to what extent was the international community responsible for the scale of the genocide?"* Agree: ignored warnings, UNAMIR reduced, word "genocide" avoided. Challenge: responsibility lies first with the planners and killers; the speed of killing. Judgement: outsiders did not cause it, but their withdrawal removed a restraint.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Use precise terms: "genocide against the Tutsi", "Interahamwe", "Hutu Power".
- Common mistake: describing the genocide as "ancient tribal hatred"; stress colonial policy, modern politics and planning.
`,
  },
  {
    key: "history-note-ps5-2",
    levels: BOTH,
    topicCode: "PS5.2",
    body: String.raw`This case study covers **Kosovo** from the removal of its autonomy by Serbia (**1989**) to the start of **Slobodan Milošević's** trial at The Hague (**2002**). Sources ask about the causes of the conflict, the **NATO intervention of 1999** (and whether it was legal and justified) and the consequences of the war.

### Context
- Kosovo was an autonomous province of Serbia within Yugoslavia (autonomy expanded in the 1974 constitution) with a large Albanian majority (around 80–90 % by 1990). For Serbs it held great historical and religious significance (the battle of Kosovo Polje, **1389**; Orthodox monasteries).
- Albanian protests in 1981 were suppressed. **Milošević** rose to power partly by championing Kosovo Serbs (Kosovo Polje, April 1987; the 600th anniversary speech at Gazimestan, June 1989).

### Key events
- **March 1989**: constitutional changes strip Kosovo of its autonomy; Albanians are dismissed from public jobs and Albanian-language schooling is cut back.
- **1990s**: Ibrahim **Rugova**'s **LDK** leads non-violent resistance and a "parallel state" with its own schools and clinics; an unofficial referendum (1991) supports independence.
- **1995**: the **Dayton Agreement** ends the Bosnian war but ignores Kosovo, strengthening those who argued that only violence would bring attention.
- **1996–1998**: the **Kosovo Liberation Army (KLA)** attacks Serbian police; weapons flow in after Albania's state collapse (1997). In **February–March 1998**, Serbian forces attack the Drenica region, killing the KLA leader Adem Jashari and many of his family. Fighting displaces hundreds of thousands.
- **October 1998**: the Holbrooke–Milošević agreement brings in OSCE monitors. **15 January 1999**: the killing of 45 Albanians at **Račak** shifts Western opinion.
- **February–March 1999**: the **Rambouillet** talks fail: the Kosovo Albanian delegation signs; Yugoslavia refuses.
- **24 March–10 June 1999**: **Operation Allied Force**, 78 days of NATO air strikes without **UN Security Council** authorisation (Russia and China would have vetoed). Serbian forces expel around 850,000 Albanians from Kosovo. Mistaken strikes, including on the Chinese embassy in Belgrade (May), caused civilian deaths.
- **June 1999**: Milošević accepts terms; **UN Security Council Resolution 1244** places Kosovo under a UN administration (**UNMIK**) with a NATO-led force (**KFOR**), while leaving it formally part of Yugoslavia. Revenge attacks drove many Serbs and Roma from Kosovo.
- **2000–2002**: Milošević, indicted by the **ICTY** in May 1999, is overthrown (October 2000) and handed to The Hague (June 2001); his trial opens in **February 2002** (he died in 2006 before a verdict). Kosovo holds elections under a UN framework (2001).

### The debate: was intervention justified?
- **For**: humanitarian emergency, the memory of Srebrenica (1995), the failure of diplomacy. An independent international commission (2000) called the intervention "illegal but legitimate".
- **Against**: no UN mandate; bombing may have accelerated expulsions; civilian casualties; precedent for bypassing the UN; post-war violence against Serbs.
- Casualties: research by the Belgrade-based Humanitarian Law Center records around 13,000 killed or missing in 1998–2000, most of them Albanian civilians.

### Working with the sources
- **NATO and Western leaders' statements**: value for justifications (humanitarian, credibility of NATO); limitation: purpose is to win public support.
- **Serbian/Yugoslav government sources**: value for the sovereignty and anti-terrorism argument; limitation: state propaganda under Milošević.
- **Refugee testimony, OSCE and human rights reports**: detailed evidence of expulsions; consider the date and who commissioned them.

### Example argument
*"Using the sources and your own knowledge, evaluate the success of NATO's intervention in Kosovo."* Successes: expulsions reversed, Serbian forces withdrawn, Milošević weakened. Limits: legality, civilian deaths, reverse ethnic cleansing of Serbs, an unresolved status for Kosovo.

### Exam tips
- Paper 1 (one hour, 24 marks): Q1a (3 marks) and Q1b (2 marks) test understanding of a source; Q2 (4 marks) value and limitations of one source; Q3 (6 marks) compare and contrast two sources; Q4 (9 marks) uses the sources and your own knowledge. Spend time in proportion to the marks.
- Q2: date matters: a report from April 1999 cannot know the war's outcome.
- Common mistake: saying Kosovo became independent in this period; it declared independence only in 2008.
`,
  },
];
