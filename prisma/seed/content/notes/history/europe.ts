import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option EU, Europe (Paper 3), sections EU.1–EU.18, all HL only.
// Each note: context, key facts with dates, causes/consequences, the historical debate, and a sample essay question
// with a plan. Original writing; disputed figures are given as ranges.

const HL: TopicNoteInput["levels"] = ["HL"];

export const europeNotes: TopicNoteInput[] = [
  {
    key: "history-note-eu-1",
    levels: HL,
    topicCode: "EU.1",
    body: String.raw`This section covers how two medieval monarchies were built and tested: England from the Norman Conquest of 1066, and Capetian France up to the death of Philip II Augustus in 1223. Paper 3 questions ask how kings consolidated power, why royal authority grew or collapsed, how the English kings' lands in France were won and lost, and how far Magna Carta limited the crown.

### Key facts and dates

| Date | Event |
|---|---|
| 1066 | William of Normandy defeats Harold Godwinson at Hastings (14 October) |
| 1069–70 | "Harrying of the North": devastation of rebellious northern England |
| 1086 | Domesday survey of landholding and resources |
| 1135–54 | "The Anarchy": civil war between Stephen and Matilda |
| 1152–54 | Henry of Anjou marries Eleanor of Aquitaine (1152) and becomes Henry II (1154) |
| 1164, 1166 | Constitutions of Clarendon; Assize of Clarendon (royal justice, juries of presentment) |
| 1170 | Murder of Archbishop Thomas Becket |
| 1180 | Accession of Philip II Augustus in France |
| 1204 | Philip takes Normandy from King John |
| 1214 | Philip's victory at Bouvines ends John's hopes of recovery |
| 1215 | Magna Carta sealed at Runnymede; annulled by the pope within weeks |

### Causes and consequences
- **Norman consolidation**: castles, the replacement of the English aristocracy by Norman tenants-in-chief, a reformed church under Lanfranc, and the survival of effective Anglo-Saxon institutions (shires, sheriffs, coinage, writs) gave William a stronger state than most continental rulers had.
- **The Angevin lands**: Henry II ruled England, Normandy, Anjou and, through Eleanor, Aquitaine, much more of France than the French king held directly. His legal reforms (the possessory assizes, itinerant justices, the common law) strengthened royal government in England.
- **Capetian growth**: Louis VI and Louis VII, helped by Abbot Suger of Saint-Denis, built up authority in the royal domain around Paris. Philip II exploited his feudal overlordship: John's marriage to Isabella of Angoulême (1200) led to a judgement that John forfeit his French fiefs, and Philip enforced it by conquest. New royal officials (baillis) and income from Normandy made the French crown far richer.
- **John's crisis**: the cost of trying to recover Normandy (scutage, heavy reliefs, exploitation of the forest and of widows and heirs) alienated the barons. After Bouvines, rebellion forced Magna Carta; civil war and a French invasion followed, and the charter survived only because it was reissued under Henry III (1216, 1217, 1225).

### The historical debate
- **Continuity or revolution after 1066?** Some historians stress a sharp break: a new aristocracy, castles and a French-speaking elite. Others stress continuity of Anglo-Saxon administration, which the Normans took over and exploited.
- **The "Angevin Empire"**: some historians question whether the term fits, since Henry's lands had no common law or government and each part was held by a different title.
- **Why did John lose Normandy?** Older writing blamed John's character (suspicion, cruelty, the murder of Arthur of Brittany). Others argue that Philip's resources were growing faster, that Normandy's loyalty was already weak, and that Richard I might have struggled too.

### Example argument
**"To what extent was the loss of Normandy in 1204 the result of King John's personal failings?"**
- Introduction: define the failings (distrust of his barons, the Lusignan quarrel, Arthur's disappearance) and give your judgement: important, but working on a situation that structural change had made dangerous.
- Paragraph 1: John's failings and their effect on Norman and Angevin loyalty.
- Paragraph 2: Philip II's strength: growing revenues, officials, and legal use of overlordship.
- Paragraph 3: structural weaknesses of the Angevin lands and the cost of Richard's wars.
- Conclusion: weigh them; for example, the failings turned a difficult position into a rapid collapse.

### Exam tips
- Anchor claims in dates and named events; "the king became more powerful" earns little without evidence such as the assizes or the 1204 conquest.
- For "compare and contrast" questions on the two monarchies, build each paragraph around one criterion (control of nobles, justice, finance, church relations), not one country at a time.
- Common mistake: treating Magna Carta as a democratic document. It protected free men and above all barons, and it failed as a peace settlement in 1215.`,
  },
  {
    key: "history-note-eu-2",
    levels: HL,
    topicCode: "EU.2",
    body: String.raw`This section runs from the preaching of the First Crusade (1095) to the fall of Granada and the expulsion of the Jews from Spain (1492). It examines how Latin Christian society treated its Muslim and Jewish minorities, the crusades, the Reconquista in Iberia, and the slow hardening of attitudes into persecution. Questions ask about causes of persecution, the nature of coexistence, and the consequences of crusade and reconquest.

### Key facts and dates

| Date | Event |
|---|---|
| 1095 | Urban II preaches the crusade at Clermont |
| 1096 | Crusaders massacre Jewish communities in the Rhineland (Speyer, Worms, Mainz) |
| 1099 | Crusaders take Jerusalem |
| 1144 | Death of William of Norwich: an early "blood libel" accusation |
| 1187 | Saladin wins at Hattin and retakes Jerusalem |
| 1212 | Christian victory at Las Navas de Tolosa |
| 1215 | Fourth Lateran Council orders Jews and Muslims to wear distinguishing dress |
| 1236, 1248 | Castile takes Córdoba and Seville |
| 1290 | Edward I expels the Jews from England |
| 1306 | Philip IV expels the Jews from France (they were readmitted and expelled again later) |
| 1348–50 | Black Death: Jews accused of poisoning wells, massacres in the Rhineland and elsewhere |
| 1391 | Anti-Jewish riots spread from Seville across Castile and Aragon; mass conversions |
| 1478 | Papal bull allows the Spanish Inquisition |
| 1492 | Granada surrenders (January); Alhambra Decree expels unconverted Jews (March) |

### Causes and consequences
- **Religious causes**: crusading zeal and the idea of Jews as enemies within; teaching on transubstantiation fed accusations of host desecration; friars preached against Judaism.
- **Economic causes**: the church's ban on Christian usury pushed Jews into moneylending, making them useful to kings (as a taxable resource) and resented by debtors. Expulsions often followed when rulers had squeezed Jewish wealth dry, as in England in 1290.
- **Political causes**: monarchs used persecution to win popularity or seize assets; in Spain, Ferdinand and Isabella linked religious unity with royal power.
- **Iberia**: Muslim-ruled al-Andalus and later Christian kingdoms contained large Muslim (Mudéjar) and Jewish populations. Toledo became a centre for translating Arabic and Greek learning into Latin. After 1391 the "converso" problem (doubts about converts' sincerity) led to the Inquisition and purity-of-blood statutes.
- **Consequences**: Jewish populations moved east to Poland and the Ottoman Empire; the crusades increased contact and trade with the eastern Mediterranean but also hostility between Latin Christians, Muslims and Orthodox Byzantines (the Fourth Crusade sacked Constantinople in 1204).

### The historical debate
- **Convivencia**: the idea of tolerant coexistence of three faiths in medieval Spain, associated with Américo Castro. Critics argue it was unequal coexistence under legal restrictions, punctuated by violence.
- R. I. Moore, in *The Formation of a Persecuting Society* (1987), argued that from the eleventh and twelfth centuries church and state elites built persecution of Jews, heretics, lepers and others into the way they governed: persecution grew with the power of government rather than from popular prejudice alone.
- David Nirenberg, in *Communities of Violence* (1996), argued that violence against minorities in the Crown of Aragon was often local and ritualised, and could be part of coexistence rather than its breakdown.

### Example argument
**"Evaluate the reasons for the increasing persecution of Jews in western Europe between 1095 and 1492."**
- Introduction: persecution grew but not steadily: waves linked to crusades (1096), plague (1348–50) and Iberian riots (1391).
- Paragraph 1: religious reasons (crusading, Lateran IV, blood and host libels).
- Paragraph 2: economic reasons (moneylending, royal exploitation, expulsions of 1290 and 1306).
- Paragraph 3: political reasons and state-building (Moore's argument; the Spanish monarchy and the Inquisition).
- Conclusion: judge which reason best explains the shift from local violence to state expulsion.

### Exam tips
- Compare regions: England, France, the Empire and Iberia did not follow the same timeline.
- Include Muslims as well as Jews when the question is about both: crusades, Mudéjars, Sicily.
- Common mistake: treating the crusades as solely religious. Show mixed motives (penance, land, trade, status) with examples.`,
  },
  {
    key: "history-note-eu-3",
    levels: HL,
    topicCode: "EU.3",
    body: String.raw`The fourteenth and fifteenth centuries brought a cluster of crises: plague, long war between England and France, popular revolts, the deposition of kings and civil war. This section asks why monarchies in England and France faced such challenges between 1300 and 1487 and how they recovered. Questions often ask about the causes and effects of the Hundred Years' War, the Black Death, the revolts of 1358 and 1381, and the Wars of the Roses.

### Key facts and dates

| Date | Event |
|---|---|
| 1327 | Edward II deposed and later killed |
| 1337 | Start of the Hundred Years' War (Edward III claims the French throne) |
| 1346, 1356 | English victories at Crécy and Poitiers; John II of France captured at Poitiers |
| 1347–51 | Black Death: perhaps a third to a half of Europe's population dies (estimates vary) |
| 1351 | Statute of Labourers tries to freeze wages in England |
| 1358 | The Jacquerie, a peasant rising in northern France |
| 1381 | Peasants' Revolt in England after the third poll tax |
| 1392 | Charles VI of France's first attack of madness |
| 1399 | Richard II deposed by Henry Bolingbroke (Henry IV) |
| 1407, 1419 | Murders of Louis of Orléans and John the Fearless of Burgundy: Armagnac–Burgundian civil war |
| 1415, 1420 | Agincourt; Treaty of Troyes makes Henry V heir to France |
| 1429 | Joan of Arc relieves Orléans; Charles VII crowned at Reims |
| 1453 | Castillon: English lose all of France except Calais |
| 1455–87 | Wars of the Roses: St Albans (1455), Towton (1461), Tewkesbury (1471), Bosworth (1485), Stoke (1487) |

### Causes and consequences
- **War**: dynastic claims, the status of Gascony and conflict over Flanders and Scotland caused the war. It raised taxation, which strengthened parliament in England and the Estates (for a time) in France, and gave France a permanent tax (the taille) and standing army under Charles VII.
- **Black Death**: labour shortage raised wages and weakened serfdom in the west; lords' attempts to hold wages down, plus war taxation, help explain 1358 and 1381.
- **Weak kingship**: a minor (Richard II), a mad king (Charles VI) or an incapable one (Henry VI) let noble factions compete for control, in France between Armagnacs and Burgundians, in England between Lancaster and York.
- **Recovery**: by the 1480s both monarchies were stronger. Louis XI absorbed Burgundian lands after 1477; Edward IV and Henry VII restored royal finances and control.

### The historical debate
- **Bastard feudalism**: the system of lords retaining followers by fees and livery. Older writers blamed it for disorder; K. B. McFarlane argued it was a normal way of organising political society and that disorder came from poor kingship, not the system itself.
- **Causes of the Wars of the Roses**: some stress Henry VI's incapacity, others the over-mighty nobility, loss of France and the debt and disorder it brought home.
- **The Black Death's effects**: historians debate whether plague caused long-term change (end of serfdom, higher living standards) or sped up trends already under way.

### Example argument
**"Compare and contrast the causes of the Jacquerie (1358) and the English Peasants' Revolt (1381)."**
- Introduction: both followed plague and war; differences in who rebelled and why.
- Similarities: post-plague tensions over labour and wages; war taxation and military failure; anger at nobility seen as failing in its duty to protect.
- Differences: the Jacquerie followed the capture of the French king at Poitiers and the ravages of soldiers in the countryside; 1381 was sparked by a poll tax, included townsmen and demanded an end to serfdom, and the rebels entered London.
- Conclusion: similar long-term causes, different triggers and aims; both were crushed but 1381 may have discouraged further poll taxes.

### Exam tips
- "Crises" questions reward linking: show how plague, war and weak rule fed one another.
- Use precise examples: the deposition of 1399 is a political crisis; the Treaty of Troyes shows how near the French monarchy came to extinction.
- Common mistake: narrating battles. Use battles only as turning points in an argument.`,
  },
  {
    key: "history-note-eu-4",
    levels: HL,
    topicCode: "EU.4",
    body: String.raw`The Renaissance was a movement to revive the learning and art of classical antiquity, starting in the Italian city-states and spreading north. This section covers humanism, art and patronage, the role of printing, and the northern Renaissance, c1400–1600. Essay questions ask why it began in Italy, how far it was a break with the Middle Ages, the role of patrons, and how it spread.

### Key facts and dates

| Date | Event or work |
|---|---|
| c1400 | Leonardo Bruni and other Florentine humanists praise republican liberty |
| 1434 | Cosimo de' Medici returns to Florence and dominates its politics |
| 1436 | Brunelleschi's dome of Florence Cathedral completed |
| 1453 | Fall of Constantinople to the Ottomans; more Greek scholars and texts move west |
| c1455 | Gutenberg's printed Bible at Mainz |
| 1469–92 | Lorenzo de' Medici ("the Magnificent") in Florence |
| 1494–98 | French invasion of Italy; Savonarola's influence in Florence, executed 1498 |
| 1504 | Michelangelo's *David* |
| 1508–12 | Michelangelo paints the Sistine Chapel ceiling |
| 1511 | Erasmus, *The Praise of Folly* |
| 1513 | Machiavelli writes *The Prince* (printed 1532) |
| 1527 | Sack of Rome by imperial troops |
| 1543 | Copernicus on the heavens and Vesalius on anatomy published |

### Causes and consequences
- **Why Italy?** Wealthy trading and banking cities (Florence, Venice, Milan); rivalry between states and families that spent on art for prestige; the visible ruins of Rome; contact with Byzantium; an urban lay elite educated for business and politics.
- **Humanism**: study of grammar, rhetoric, history, poetry and moral philosophy (the *studia humanitatis*) from classical texts. Humanists such as Lorenzo Valla used textual criticism (he showed the Donation of Constantine was a forgery). Ficino translated Plato.
- **Art**: linear perspective, naturalism, anatomy, classical forms; artists rose in status, though most work was still commissioned by the church, guilds and princes.
- **Spread**: printing, trade, universities and courts spread ideas north. Northern humanists (Erasmus, Thomas More) applied the method to Christian texts: Erasmus's Greek New Testament (1516) fed the Reformation.
- **Consequences**: new ideas about education and politics, a realistic view of power (Machiavelli), and tools of textual and scientific criticism.

### The historical debate
- Jacob Burckhardt, in *The Civilization of the Renaissance in Italy* (1860), presented the Renaissance as the birth of modern individualism and a clear break from the Middle Ages.
- Medievalists such as Charles Homer Haskins (*The Renaissance of the Twelfth Century*, 1927) argued that classical revivals happened earlier, so the break was less sharp.
- Hans Baron's "civic humanism" thesis linked Florentine humanism to the city's struggle against Milan around 1400; critics say he overstated the crisis and republican values.
- Joan Kelly's essay "Did Women Have a Renaissance?" (1977) answered largely no: elite women lost status and freedom. Social historians more generally stress that most Europeans were untouched.

### Example argument
**"To what extent was the Renaissance a break with the medieval past?"**
- Introduction: define the Renaissance and state a judgement, for example a change in emphasis and method among elites rather than a clean break.
- Paragraph 1 (break): humanist method, perspective and naturalism, secular political thought (Machiavelli), Burckhardt's view.
- Paragraph 2 (continuity): religion still central to art and patronage, scholastic universities survived, earlier classical revivals (Haskins).
- Paragraph 3 (who was affected): elites versus most people; Kelly on women.
- Conclusion: a break in ideas for a small elite, continuity in society.

### Exam tips
- Use named works with dates as evidence; they are your "facts" in a cultural topic.
- Explain *why* Italy first with several linked factors, then assess which mattered most.
- Common mistake: describing art without linking it to the question (patronage, ideas, change).`,
  },
  {
    key: "history-note-eu-5",
    levels: HL,
    topicCode: "EU.5",
    body: String.raw`Between 1400 and 1550 Portuguese and Spanish voyages opened sea routes to Africa, Asia and the Americas. This section covers the motives and means of exploration, the main voyages, the conquest of the Aztec and Inca empires, and the impact on Europe and on the peoples met. Questions ask about motives, reasons for Iberian success, and economic, religious and political consequences.

### Key facts and dates

| Date | Event |
|---|---|
| 1415 | Portugal takes Ceuta in North Africa |
| 1434 | Gil Eanes passes Cape Bojador (Henry "the Navigator" sponsors voyages) |
| 1444 | Enslaved Africans landed and sold at Lagos, Portugal |
| 1488 | Bartolomeu Dias rounds the Cape of Good Hope |
| 1492 | Columbus reaches the Caribbean for Castile |
| 1494 | Treaty of Tordesillas divides the non-European world between Spain and Portugal |
| 1498 | Vasco da Gama reaches Calicut in India |
| 1500 | Cabral reaches Brazil |
| 1510–11 | Albuquerque takes Goa and Malacca |
| 1519–22 | Magellan's expedition (completed by Elcano) circles the globe |
| 1519–21 | Cortés conquers the Aztec (Mexica) capital Tenochtitlan |
| 1532–33 | Pizarro captures and executes Atahualpa, Inca ruler |
| 1542 | New Laws try to limit the encomienda system |
| 1545 | Silver found at Potosí |
| 1550–51 | Valladolid debate: Las Casas against Sepúlveda |

### Causes and consequences
- **Motives** ("God, gold and glory"): spices and gold, access to African gold without Muslim middlemen, crusading and missionary zeal, the search for Prester John, and royal and noble ambitions. Population recovery after the plague and the shortage of bullion in Europe gave economic pressure.
- **Means**: the caravel, the use of the compass, quadrant and astrolabe, better charts, knowledge of Atlantic winds (the volta), state backing, and Italian capital and expertise.
- **Reasons for conquest in the Americas**: steel weapons, horses and guns; above all epidemic disease (smallpox reached Mexico in 1520); alliances with peoples who resented Aztec rule (the Tlaxcalans); and, for the Inca, a civil war between Atahualpa and Huáscar.
- **Impact on the Americas**: catastrophic population collapse (estimates for the pre-contact population vary enormously, and most historians agree that deaths ran into millions, mainly from disease); forced labour under encomienda; Christianisation.
- **Impact on Europe**: the "Columbian exchange" of crops, animals and diseases (a term from Alfred Crosby, 1972); American silver flowed into Spain and onwards; the Atlantic ports (Lisbon, Seville, Antwerp) grew; the Atlantic slave trade expanded.

### The historical debate
- **Price revolution**: Earl J. Hamilton linked sixteenth-century inflation to American silver; others stress population growth, since prices were rising before much silver arrived.
- **Eurocentrism**: older accounts presented "discovery" as European triumph; newer work stresses indigenous agency (allies made the conquest possible) and the role of disease over European superiority.
- **Las Casas**: his accounts of cruelty were used by Spain's rivals to build the "Black Legend"; historians debate how far they exaggerate, though most accept the abuses were severe.

### Example argument
**"Discuss the reasons why Portugal led European exploration in the fifteenth century."**
- Introduction: Portugal's lead (Ceuta to Calicut) needs explaining for a small, poor kingdom.
- Paragraph 1: geography (Atlantic position, fishing and sailing skills) and limited chances to expand in Iberia.
- Paragraph 2: royal and princely sponsorship (Henry, João II) and a clear goal (African gold, then India).
- Paragraph 3: technology and knowledge (caravel, winds), and Italian and Jewish expertise.
- Paragraph 4: contrast with Castile, busy with the Reconquista until 1492.
- Conclusion: state direction plus geography mattered most; technology was available to others too.

### Exam tips
- Separate motives (why they went) from reasons for success (why they succeeded).
- Give both sides of the impact: Europe and the peoples met.
- Common mistake: giving one number for the death toll in the Americas as if it were certain. Say estimates vary widely and why (no reliable pre-contact census).`,
  },
  {
    key: "history-note-eu-6",
    levels: HL,
    topicCode: "EU.6",
    body: String.raw`The Reformation split Latin Christendom. This section covers Luther and the German Reformation, the Swiss reformers (Zwingli, Calvin), the radical Reformation, the English break with Rome, and the Catholic response up to the end of the Council of Trent in 1563. Questions ask why Luther's protest spread, why rulers adopted or resisted it, and how far the Catholic Church reformed itself.

### Key facts and dates

| Date | Event |
|---|---|
| 1517 | Luther's Ninety-five Theses against the sale of indulgences (Wittenberg) |
| 1519 | Leipzig Debate: Luther questions papal and council authority |
| 1520 | Luther's three great treatises; papal bull threatens excommunication |
| 1521 | Luther excommunicated; refuses to recant at the Diet of Worms; hidden at the Wartburg |
| 1524–25 | German Peasants' War; Luther condemns the rebels |
| 1529 | Marburg Colloquy: Luther and Zwingli fail to agree on the Eucharist; "Protestant" name from the Diet of Speyer |
| 1530 | Augsburg Confession |
| 1531 | Schmalkaldic League of Protestant princes; Zwingli killed at Kappel |
| 1534 | Act of Supremacy makes Henry VIII head of the English church |
| 1534–35 | Anabaptist kingdom at Münster |
| 1536, 1541 | Calvin's *Institutes*; Calvin settles in Geneva |
| 1540 | Pope approves the Society of Jesus (Jesuits) |
| 1545–63 | Council of Trent |
| 1547 | Charles V defeats the Schmalkaldic League at Mühlberg |
| 1555 | Peace of Augsburg: "cuius regio, eius religio" for Lutheran and Catholic rulers |

### Causes and consequences
- **Religious**: Luther's doctrine of justification by faith alone and scripture as the sole authority; anxiety about salvation; criticism of clerical abuses (indulgences, pluralism, absenteeism).
- **Political**: the weak, divided Holy Roman Empire; Frederick the Wise of Saxony protected Luther; princes and cities gained church lands and control; Charles V was distracted by France and the Ottomans (Vienna besieged 1529).
- **Printing**: pamphlets and woodcuts spread Luther's ideas at great speed.
- **Social**: towns adopted reform, sometimes under pressure from below; the Peasants' War showed the radical potential, and Luther's support for princes tied Lutheranism to rulers.
- **Consequences**: permanent religious division; state churches; the Catholic Reformation (Trent restated doctrine on faith and works, scripture and tradition, and the seven sacraments, and ordered seminaries for training priests); the Jesuits; religious wars later in the century.

### The historical debate
- **Corruption or vitality?** The older view saw a corrupt church that invited revolt. Eamon Duffy, in *The Stripping of the Altars* (1992), argued that late medieval English Catholicism was popular and vigorous, so the Reformation was imposed from above; A. G. Dickens had argued for a faster, more popular English Reformation.
- **Printing**: Elizabeth Eisenstein stressed the press as an agent of change; others note that preaching and oral culture mattered as much for the illiterate majority.
- **"Counter-Reformation" or "Catholic Reformation"?** Some historians stress a reaction to Protestantism; others stress Catholic reform that began before Luther (for example new orders and Spanish reform); some prefer "early modern Catholicism".

### Example argument
**"To what extent was the spread of Lutheranism in Germany between 1517 and 1555 due to political rather than religious factors?"**
- Introduction: define the factors; argue that religious ideas gave the movement its appeal but political protection made it survive.
- Paragraph 1: religious appeal (theology, anticlericalism, printing of Luther's works).
- Paragraph 2: political factors (Frederick the Wise, princes and cities, church lands, Charles V's distractions).
- Paragraph 3: the turning points (Worms 1521, Peasants' War, Mühlberg and Augsburg) show that princes decided the outcome.
- Conclusion: a clear judgement on which was decisive and when.

### Exam tips
- Keep the dates straight: the Council of Trent met in three periods between 1545 and 1563.
- Distinguish Lutheran, Zwinglian, Calvinist and Anabaptist ideas, for example on the Eucharist and the church–state relationship.
- Common mistake: describing Luther's life. Questions want explanation and judgement.`,
  },
];
