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
  {
    key: "history-note-eu-7",
    levels: HL,
    topicCode: "EU.7",
    body: String.raw`This section covers the growth of royal power in the century and a half after 1650 and the challenge of new ideas. It covers Louis XIV's France as the model of absolutism, absolutism in Russia, Prussia and the Habsburg lands, the Enlightenment, and "enlightened absolutism" under rulers such as Frederick II, Catherine II and Joseph II. Questions ask how absolute the absolute monarchs really were, how far Enlightenment ideas shaped their policies, and the impact of the Enlightenment on society.

### Key facts and dates

| Date | Event |
|---|---|
| 1648–53 | The Fronde: noble and judicial revolts shape Louis XIV's fear of disorder |
| 1651 | Hobbes, *Leviathan*: strong sovereignty as the cure for civil war |
| 1661 | Louis XIV begins his personal rule after Mazarin's death; Colbert in charge of finance |
| 1682 | Court settles at Versailles |
| 1685 | Revocation of the Edict of Nantes: Huguenots lose toleration |
| 1689 | Locke, *Two Treatises of Government* |
| 1703, 1722 | Peter the Great founds St Petersburg; Table of Ranks |
| 1740 | Frederick II of Prussia seizes Silesia; Maria Theresa succeeds in the Habsburg lands |
| 1748 | Montesquieu, *The Spirit of the Laws* (separation of powers) |
| 1751–72 | Diderot and d'Alembert's *Encyclopédie* |
| 1762 | Rousseau, *The Social Contract*; Catherine II seizes the Russian throne |
| 1764 | Beccaria, *On Crimes and Punishments* |
| 1767 | Catherine's *Nakaz* (Instruction) to the Legislative Commission |
| 1773–75 | Pugachev's revolt in Russia |
| 1781 | Joseph II's Toleration Patent and the patent abolishing serfdom in Bohemia and Austria |
| 1785 | Catherine's Charter to the Nobility |

### Causes and consequences
- **Why absolutism?** Civil wars and revolts (the Fronde, the Thirty Years' War) made order the priority; war needed armies and taxes; divine-right theory (Bossuet) gave legitimacy.
- **How it worked in France**: intendants in the provinces, a court at Versailles that tied nobles to royal favour, mercantilism under Colbert, a large army. But venal offices, provincial estates, the parlements and tax privileges limited royal power, and wars left huge debts.
- **Eastern variants**: Peter the Great modernised the army and state and made nobles serve; Prussia built a state around its army and bureaucracy, with nobles (Junkers) as officers and landlords.
- **The Enlightenment**: reason, criticism of religious authority and privilege, toleration, legal reform, economics (Adam Smith, 1776) and the idea of rights and the social contract. It spread through salons, academies, coffee houses, print and correspondence.
- **Enlightened absolutism**: legal codes, religious toleration, education and agricultural reform. Frederick called himself "the first servant of the state"; Joseph II went furthest and provoked resistance in Hungary and the Austrian Netherlands; Catherine's reforms retreated after Pugachev, and serfdom deepened.

### The historical debate
- **Was absolutism a myth?** Nicholas Henshall (*The Myth of Absolutism*, 1992) argued that so-called absolute monarchs ruled by consent and cooperation with elites. William Beik's study of Languedoc (1985) argued that Louis XIV's power rested on collaboration with provincial nobles, who shared the profits of royal taxation.
- **Enlightened or just absolutist?** Some historians see real conviction (Joseph II's reforms went against his own interests); others argue reforms served raison d'état: more efficient taxation and larger armies. Frederick's seizure of Silesia and the partitions of Poland (from 1772) sit uneasily with enlightened ideals.
- **The Enlightenment and revolution**: historians debate whether Enlightenment ideas caused the French Revolution or were used afterwards to justify it.

### Example argument
**"To what extent were the reforms of Catherine II of Russia influenced by the Enlightenment?"**
- Introduction: Catherine corresponded with Voltaire and Diderot, but her reforms were limited; state a judgement.
- Paragraph 1 (influence): the *Nakaz*, drawing on Montesquieu and Beccaria; the Legislative Commission; education; secularisation of church lands (1764).
- Paragraph 2 (limits): serfdom extended; the Commission ended without a new code.
- Paragraph 3 (other motives): noble support after her seizure of power, Pugachev's revolt, the 1775 provincial reform and the 1785 Charter to the Nobility strengthened control and noble privilege.
- Conclusion: Enlightenment language, practical and dynastic priorities.

### Exam tips
- Define absolutism (the theory) and show how the practice differed.
- Comparison questions: use criteria such as control of nobles, church, finance, army and law.
- Common mistake: listing philosophes without linking their ideas to policies or events.`,
  },
  {
    key: "history-note-eu-8",
    levels: HL,
    topicCode: "EU.8",
    body: String.raw`This section runs from Louis XVI's accession (1774) to Napoleon's final defeat (1815). It covers the origins of the Revolution, the reforms of 1789–91, the fall of the monarchy and the Terror, the Directory, and Napoleon's rise, domestic policy, empire and fall. Questions ask about the causes of 1789, why the Revolution became radical, and whether Napoleon preserved or betrayed the Revolution.

### Key facts and dates

| Date | Event |
|---|---|
| 1774 | Louis XVI becomes king |
| 1778–83 | French intervention in the American War of Independence adds to debt |
| 1787 | Calonne's Assembly of Notables refuses to accept tax reform |
| 1789 | Estates-General opens (5 May); Third Estate declares itself the National Assembly (17 June); Tennis Court Oath (20 June); fall of the Bastille (14 July); August Decrees abolish feudal privileges; Declaration of the Rights of Man (26 August); October Days |
| 1790 | Civil Constitution of the Clergy |
| 1791 | Flight to Varennes (June); constitutional monarchy |
| 1792 | War with Austria (April); monarchy overthrown (10 August); September massacres; republic declared (21–22 September) |
| 1793 | Louis XVI executed (21 January); revolt in the Vendée; Committee of Public Safety; Law of Suspects (September) |
| 1794 | Fall and execution of Robespierre (9 Thermidor, 27–28 July) |
| 1795–99 | The Directory |
| 1799 | Coup of Brumaire (November): Napoleon First Consul |
| 1801, 1804 | Concordat with the pope; Civil Code; Napoleon crowned emperor (December 1804) |
| 1805–07 | Austerlitz, Jena, Tilsit; Trafalgar (1805) ends invasion plans for Britain |
| 1806 | Continental System against British trade |
| 1808–14 | Peninsular War in Spain |
| 1812 | Invasion of Russia: the Grande Armée is destroyed |
| 1813–15 | Defeat at Leipzig; abdication (1814); Hundred Days; Waterloo (18 June 1815) |

### Causes and consequences
- **Long-term causes**: a privileged society of orders; resentment of noble and clerical privilege among a growing, educated middle class; Enlightenment criticism.
- **Short-term causes**: bankruptcy (war debt, tax privileges, failed reforms of Turgot and Calonne), the bad harvest of 1788 and high bread prices, and Louis's indecision.
- **Radicalisation**: the king's untrustworthiness (Varennes), war and invasion, counter-revolution in the Vendée, economic crisis and the pressure of the Parisian sans-culottes. The Terror produced around 17,000 official death sentences; total deaths, including prison deaths, summary executions and the Vendée war, were far higher, and estimates vary widely.
- **Napoleon**: kept many gains of the Revolution (end of feudal privilege, equality before the law in the Civil Code, careers open to talent, sale of church lands confirmed) but ended political liberty (censorship, plebiscites, police). His empire spread legal and administrative reforms and also provoked nationalist resistance, in Spain and Germany for example.

### The historical debate
- **Marxist interpretation**: Georges Lefebvre and Albert Soboul saw a bourgeois revolution that overthrew feudalism, with class conflict at its heart.
- **Revisionists**: Alfred Cobban attacked this as a "myth", arguing the revolutionaries were mostly lawyers and office-holders, not capitalists, and that the revolution may have slowed capitalism. François Furet and others stressed political culture and revolutionary language over class.
- **Napoleon**: Pieter Geyl's *Napoleon: For and Against* (1949) showed how French historians' verdicts changed with their own politics, from heir of the Revolution to military dictator.

### Example argument
**"Why did the French Revolution become more radical between 1789 and 1794?"**
- Introduction: from constitutional monarchy to republic and Terror in five years; argue that war was the decisive accelerator.
- Paragraph 1: the king's conduct (vetoes, Varennes) destroyed trust in constitutional monarchy.
- Paragraph 2: war from 1792, invasion and the Brunswick Manifesto justified emergency rule.
- Paragraph 3: internal divisions (church settlement, Vendée, federalist revolts) and economic crisis.
- Paragraph 4: popular pressure (sans-culottes) and ideology (Jacobins, Rousseau's "general will").
- Conclusion: weigh the factors; show how they interacted.

### Exam tips
- Keep a clear chronology: most weak answers confuse 1789, 1791 and 1792.
- For Napoleon questions, balance domestic and foreign policy, and define what "the Revolution" stood for before judging him.
- Common mistake: treating the Terror as Robespierre's personal rule. He was one member of the Committee of Public Safety.`,
  },
  {
    key: "history-note-eu-9",
    levels: HL,
    topicCode: "EU.9",
    body: String.raw`Between 1815 and 1914 France moved through restored monarchy, a second republic, a second empire and a third republic. This section asks why regimes fell (1830, 1848, 1870) and why the Third Republic survived its crises, and covers economic and social change and the relationship between church and state. Questions often compare regimes or assess one ruler, such as Napoleon III.

### Key facts and dates

| Date | Event |
|---|---|
| 1814–24 | Louis XVIII rules under the Charter of 1814 (narrow franchise) |
| 1824–30 | Charles X: ultra-royalist policies |
| 1830 | July Ordinances; "Three Glorious Days" (27–29 July); Louis-Philippe becomes "King of the French" |
| 1847–48 | Economic crisis; banquet campaign for reform |
| 1848 | February Revolution; Second Republic; universal male suffrage; National Workshops closed; June Days; Louis-Napoleon elected president (December) |
| 1851–52 | Coup of 2 December 1851; Second Empire proclaimed in 1852 |
| 1854–56, 1859 | Crimean War; war with Austria in Italy (Magenta, Solferino) |
| 1860 | Cobden–Chevalier free-trade treaty with Britain; liberal concessions begin |
| 1861–67 | Failed intervention in Mexico |
| 1870 | Franco-Prussian War; Napoleon III captured at Sedan; republic proclaimed (4 September) |
| 1871 | Paris Commune (March–May) crushed in "Bloody Week"; Treaty of Frankfurt: Alsace and part of Lorraine lost, and a 5-billion-franc indemnity |
| 1875 | Constitutional laws of the Third Republic |
| 1881–82 | Ferry laws: free, compulsory, secular primary education |
| 1886–89 | Boulanger crisis |
| 1894–1906 | Dreyfus affair; Zola's "J'accuse" (1898) |
| 1905 | Law separating church and state |

### Causes and consequences
- **1830**: Charles X's attack on the Charter (press censorship, dissolving the Chamber, changing the electoral law) united liberals and Parisian crowds against him.
- **1848**: Louis-Philippe's narrow franchise (Guizot refused reform), corruption, economic depression and unemployment; the army and National Guard would not defend the regime.
- **Second Empire**: order, prosperity, railways and Haussmann's rebuilding of Paris, plebiscites for legitimacy; later liberalisation. It fell through military defeat by Prussia, not internal revolt: the May 1870 plebiscite had given strong support.
- **Third Republic**: born of defeat and civil war (the Commune; deaths in Bloody Week are disputed, with estimates from under 10,000 to 20,000 or more). It survived monarchist divisions, Boulangism and the Dreyfus affair, and was strengthened by schools, conscription, railways and a republican peasantry.
- **Church and state**: clericals versus anticlericals ran through the century, from the Falloux law (1850) favouring church schools to the Ferry laws and the 1905 separation.

### The historical debate
- **Napoleon III**: once dismissed as an adventurer (Victor Hugo's "Napoléon le Petit"), he has been partly rehabilitated by historians who stress economic modernisation and social concern; critics stress authoritarianism and foreign-policy failure.
- **Stability of the Third Republic**: some stress its weakness (short-lived ministries, scandals); others its ability to survive crises that toppled earlier regimes. Eugen Weber (*Peasants into Frenchmen*, 1976) argued that schools, roads and conscription turned rural France into a national community only in the late nineteenth century.
- **The Commune**: seen by Marx and later socialists as the first workers' government; others see a patriotic, republican revolt against the armistice and the monarchist Assembly.

### Example argument
**"Compare and contrast the reasons for the fall of the July Monarchy (1848) and the Second Empire (1870)."**
- Introduction: both regimes fell quickly in Paris; causes very different in kind.
- Similarities: loss of support in Paris; foreign-policy criticism; failure of the regime to defend itself at the decisive moment.
- Differences: 1848 was internal (franchise, depression, reform campaign); 1870 was external (military defeat) when the Empire still had majority support.
- Conclusion: domestic failure versus defeat in war.

### Exam tips
- Learn the regimes in order with one or two defining policies each.
- For "why did the Third Republic survive?" questions, balance the crises against the sources of strength.
- Common mistake: forgetting the provinces; rural France often voted differently from Paris.`,
  },
  {
    key: "history-note-eu-10",
    levels: HL,
    topicCode: "EU.10",
    body: String.raw`This section covers Britain and Ireland from the end of the Napoleonic Wars to the outbreak of the First World War: parliamentary reform, popular protest, industrial and social change, party politics from Peel to Asquith, and the Irish question from the Act of Union to the Home Rule crisis. Questions ask why Britain reformed rather than revolted, why the Corn Laws were repealed, the impact of the Famine, and why Home Rule failed.

### Key facts and dates

| Date | Event |
|---|---|
| 1815 | Corn Law protects landowners' grain prices |
| 1819 | "Peterloo": yeomanry charge a reform meeting in Manchester; the Six Acts follow |
| 1829 | Catholic Emancipation, after O'Connell's campaign in Ireland |
| 1832 | Great Reform Act: redistributes seats, extends the vote to middle-class property holders |
| 1833, 1834 | Factory Act; Poor Law Amendment Act (workhouses) |
| 1838–48 | Chartism: six-point People's Charter; petitions of 1839, 1842, 1848 rejected |
| 1845–52 | Great Famine in Ireland: about one million die and over a million emigrate |
| 1846 | Peel repeals the Corn Laws; the Conservative Party splits |
| 1867 | Second Reform Act enfranchises many urban working men |
| 1869, 1870 | Church of Ireland disestablished; first Irish Land Act; Forster's Education Act |
| 1872, 1884 | Secret Ballot Act; Third Reform Act extends the vote in the counties |
| 1886, 1893 | Home Rule Bills: the first splits the Liberals and is defeated; the second is rejected by the Lords |
| 1900, 1906 | Labour Representation Committee formed; Liberal landslide; 29 Labour MPs |
| 1908–11 | Old age pensions; People's Budget (1909); Parliament Act (1911) ends the Lords' veto; National Insurance Act (1911) |
| 1912–14 | Third Home Rule Bill; Ulster Covenant (1912); Ulster Volunteers armed; Home Rule suspended for the war (1914) |

### Causes and consequences
- **Reform, not revolution**: the elite conceded gradually (1832, 1846, 1867) before pressure became revolutionary; economic growth from the 1850s raised living standards; Chartism was divided over "moral" and "physical" force, and the state was strong enough to contain it.
- **Repeal of the Corn Laws**: the Anti-Corn Law League's campaign, Peel's conversion to free trade, and the Irish potato failure as trigger.
- **Social reform**: from laissez-faire with limited intervention (factory acts, public health) to the Liberal welfare reforms after 1906, prompted by social surveys (Booth, Rowntree), poor Boer War recruits and the rise of Labour.
- **Ireland**: the Famine deepened hatred of British rule and emptied the countryside; land agitation (the Land League, 1879) and Parnell's Home Rule party made Ireland central to British politics. By 1914 Ulster unionist resistance had brought Ireland close to civil war.

### The historical debate
- **The Famine**: nationalist writers such as John Mitchel blamed the British government for the deaths. "Revisionist" historians in the mid-twentieth century played down blame and stressed the scale of the disaster; later historians such as Christine Kinealy have again stressed the failures of government relief, shaped by laissez-faire ideas and attitudes towards the Irish, while most reject the charge of deliberate genocide.
- **The Liberal Party**: George Dangerfield's *The Strange Death of Liberal England* (1935) argued that the Liberals were collapsing under the strain of the suffragettes, labour unrest and Ulster before 1914; others argue the Liberals were still strong in 1914 and that the war caused their decline.
- **1832**: a great reform that opened the way to democracy, or a skilful measure to save aristocratic power by admitting the middle classes?

### Example argument
**"To what extent did the Great Reform Act of 1832 change the British political system?"**
- Introduction: give your judgement (important in principle, limited in practice).
- Paragraph 1 (change): rotten boroughs abolished, new industrial towns represented, a uniform borough franchise, the principle that reform was possible.
- Paragraph 2 (limits): most adult men still had no vote; landowners still dominated parliament; no secret ballot until 1872.
- Paragraph 3 (longer-term): it encouraged party organisation and registration, and the demand for further reform (Chartism, 1867).
- Conclusion: a change of direction more than a transformation.

### Exam tips
- Link Irish and British politics: Irish MPs held the balance in 1885–86 and 1910–14.
- Know figures with care: say "about one million" deaths in the Famine and note that exact numbers are uncertain.
- Common mistake: treating the Liberal reforms as a full welfare state. They were limited, contributory and selective.`,
  },
  {
    key: "history-note-eu-11",
    levels: HL,
    topicCode: "EU.11",
    body: String.raw`After the Congress of Vienna (1815), Italy and Germany were divided into many states under strong Austrian influence. By 1871 both were unified, Italy under Piedmont–Sardinia and Germany under Prussia. This section also covers Bismarck's Germany to his fall in 1890. Questions ask about the reasons for unification, the role of individuals (Cavour, Garibaldi, Mazzini, Bismarck), the failure of 1848, and Bismarck's domestic and foreign policy.

### Key facts and dates: Italy

| Date | Event |
|---|---|
| 1820–21, 1831 | Carbonari and liberal risings crushed by Austria |
| 1831 | Mazzini founds Young Italy |
| 1848–49 | Revolutions; Roman Republic; Piedmont defeated at Custoza (1848) and Novara (1849) |
| 1852 | Cavour becomes prime minister of Piedmont |
| 1858 | Plombières: secret deal with Napoleon III |
| 1859 | War with Austria: Magenta, Solferino; Lombardy gained |
| 1860 | Central Italian states join Piedmont by plebiscite; Nice and Savoy go to France; Garibaldi's Thousand take Sicily and Naples |
| 1861 | Kingdom of Italy proclaimed (March); Cavour dies (June) |
| 1866, 1870 | Venetia gained after Prussia defeats Austria; Rome taken when French troops leave |

### Key facts and dates: Germany

| Date | Event |
|---|---|
| 1815, 1819 | German Confederation under Austrian presidency; Carlsbad Decrees |
| 1834 | Prussian-led customs union (Zollverein) |
| 1848–49 | Frankfurt Parliament; Frederick William IV refuses the crown (1849) |
| 1850 | Olmütz: Prussia backs down before Austria |
| 1862 | Bismarck appointed minister-president: "iron and blood" speech |
| 1864, 1866 | War with Denmark; war with Austria (Königgrätz); North German Confederation (1867) |
| 1870–71 | Ems telegram; Franco-Prussian War; German Empire proclaimed at Versailles (18 January 1871) |
| 1871–78 | Kulturkampf against the Catholic Church |
| 1878, 1879 | Anti-Socialist Law; protective tariffs; Dual Alliance with Austria-Hungary |
| 1882, 1887 | Triple Alliance; Reinsurance Treaty with Russia |
| 1883–89 | Health, accident, and old-age and disability insurance |
| 1890 | Bismarck dismissed by Wilhelm II |

### Causes and consequences
- **Why 1848 failed**: divisions between liberals and radicals and between "greater" and "lesser" German solutions, and no army of their own; Austria recovered, and in Italy the Piedmontese army was beaten.
- **Italy**: Cavour used diplomacy (Crimea, Plombières) to get French help; Garibaldi's expedition added the south, partly against Cavour's wishes; Austria's defeats by France (1859) and Prussia (1866) and France's defeat in 1870 were decisive.
- **Germany**: Prussian economic power (the Zollverein excluded Austria, coal and railways), army reform under Roon and Moltke, and Bismarck's diplomacy isolating each enemy in turn.
- **Bismarck's Germany**: a federal empire dominated by Prussia, with a Reichstag elected by universal male suffrage but a chancellor responsible to the emperor. Bismarck fought "enemies of the Reich" (Catholics, then socialists), and used social insurance to win workers from socialism. Abroad, alliances aimed to isolate France and avoid war between Austria and Russia.

### The historical debate
- **Bismarck: master plan or opportunism?** Some historians have presented unification as a planned programme; others, such as A. J. P. Taylor, present Bismarck as an opportunist who exploited chances. Many now see clear aims with flexible methods.
- **Economics**: Keynes wrote that the empire was built more truly on "coal and iron" than on "blood and iron"; historians who stress the Zollverein and industrial growth agree.
- **Italy**: Denis Mack Smith challenged the heroic picture of Cavour, stressing his rivalry with Garibaldi and his late conversion to full unification. Antonio Gramsci called the Risorgimento a "passive revolution" that left the peasantry out. The saying "we have made Italy, now we must make Italians" (usually attributed to Massimo d'Azeglio) captures the weakness of national identity.

### Example argument
**"Compare and contrast the roles of Cavour and Bismarck in the unification of their countries."**
- Introduction: both were prime ministers of the strongest state who used war and diplomacy; their control differed.
- Similarities: use of France (Cavour) or its isolation (Bismarck); realism; expansion of one state rather than a national movement.
- Differences: Bismarck controlled the process with his own army; Cavour depended on France and was overtaken by Garibaldi; Italy's completion in 1866 and 1870 came from others' wars.
- Conclusion: Bismarck decisive, Cavour important but one factor among several.

### Exam tips
- Keep Italy and Germany separate unless the question compares them.
- Use the dates of the three German wars precisely.
- Common mistake: crediting Mazzini or Garibaldi with nothing. Show how nationalism and popular action created pressure that the statesmen used.`,
  },
  {
    key: "history-note-eu-12",
    levels: HL,
    topicCode: "EU.12",
    body: String.raw`This section runs from Alexander II's accession during the Crimean War to Lenin's death in 1924. It covers reform and reaction under the last tsars, the revolution of 1905, the impact of the First World War, the two revolutions of 1917, the Civil War and the creation of the Soviet state. Questions ask why the autocracy survived 1905 but fell in 1917, why the Bolsheviks took and kept power, and how far Lenin's state was a break with tsarism. (Dates before February 1918 are given in the Old Style calendar, 13 days behind the western one.)

### Key facts and dates

| Date | Event |
|---|---|
| 1855–81 | Alexander II: Crimean defeat prompts reform |
| 1861 | Emancipation of the serfs: land with redemption payments over 49 years, village commune (mir) keeps control |
| 1864, 1874 | Zemstva and judicial reform; military reform (universal conscription) |
| 1881 | Alexander II assassinated by People's Will; Alexander III turns to reaction and Russification |
| 1892–1903 | Witte as finance minister: rapid industrialisation, Trans-Siberian Railway |
| 1903 | Social Democrats split into Bolsheviks and Mensheviks |
| 1904–05 | War with Japan ends in defeat |
| 1905 | Bloody Sunday (9 January); strikes, mutinies, peasant risings; October Manifesto promises a Duma |
| 1906–11 | Stolypin: repression and land reform; assassinated 1911 |
| 1914–17 | War: defeats, inflation, food shortages; Nicholas takes command (1915); Rasputin murdered (December 1916) |
| 1917 | February Revolution; Nicholas abdicates (2 March); Provisional Government and Petrograd Soviet; April Theses; July Days; Kornilov affair (August); Bolsheviks seize power (25 October) |
| 1918 | Constituent Assembly dissolved (January); Treaty of Brest-Litovsk (March) |
| 1918–21 | Civil War; War Communism; Red Terror and the Cheka |
| 1921 | Kronstadt rising; New Economic Policy; ban on factions in the party |
| 1922, 1924 | USSR formed (December 1922); Lenin dies (January 1924) |

### Causes and consequences
- **Limits of reform**: emancipation left peasants in debt and short of land; reforms raised expectations but the tsar kept full power.
- **Survival in 1905**: the October Manifesto split liberals from radicals, the army stayed loyal once peace with Japan was made, and loans from France helped.
- **Collapse in 1917**: the war destroyed the army's loyalty and the economy, the tsar was blamed personally, and the elite and high command abandoned him.
- **Bolshevik success**: the Provisional Government's failings (continuing the war, delaying land reform and elections), the Kornilov affair, which armed the Red Guards, Lenin's leadership and simple slogans ("Peace, Land and Bread"), and Trotsky's organisation.
- **Keeping power**: control of the centre and railways, the Red Army, terror, and divided White armies with little popular appeal.

### The historical debate
- **Could tsarism have survived?** "Optimists" argue Russia was modernising before 1914 and the war caused the collapse; "pessimists" argue the autocracy's political rigidity made revolution likely anyway.
- **The nature of October**: Soviet historians presented a popular proletarian revolution led by the party. Liberal historians such as Richard Pipes described a coup by a small, determined minority. Social historians such as Sheila Fitzpatrick looked at the support of workers, soldiers and sailors for the soviets in 1917; Orlando Figes's *A People's Tragedy* (1996) stressed the violence and chaos from below.
- **Lenin and Stalin**: was Stalinism a continuation of Leninism (one-party rule, terror, the ban on factions) or a break from it?

### Example argument
**"To what extent was the First World War responsible for the collapse of tsarism in February 1917?"**
- Introduction: long-term weakness plus short-term crisis; the war as the catalyst.
- Paragraph 1 (the war): defeats, the tsar at the front, inflation, transport and food crises in Petrograd.
- Paragraph 2 (long-term factors): peasant land hunger, labour unrest (strikes revived from 1912), the political rigidity shown after 1905.
- Paragraph 3 (the days of February): bread queues, strikes, the garrison's mutiny and the generals' advice to abdicate.
- Conclusion: judge whether the war caused the collapse or only set its timing.

### Exam tips
- State the calendar you use.
- Distinguish the February Revolution (largely spontaneous) from October (organised).
- Common mistake: treating the Provisional Government as doomed from the start; explain its specific choices.`,
  },
  {
    key: "history-note-eu-13",
    levels: HL,
    topicCode: "EU.13",
    body: String.raw`This section runs from the creation of the German Empire (1871) to the armistice of November 1918. It covers the alliance system and the international crises before 1914, the July Crisis, the nature and course of the war in Europe, the home fronts, and why the Central Powers were defeated. Essay questions ask about long- and short-term causes, responsibility for the war, the impact of total war on society, and the reasons for the Allied victory.

### Key facts and dates

| Date | Event |
|---|---|
| 1879, 1882 | Dual Alliance (Germany, Austria-Hungary); Triple Alliance adds Italy |
| 1894 | Franco-Russian alliance |
| 1897–1900 | Germany's Weltpolitik; Tirpitz's Navy Laws (1898, 1900) start a naval race |
| 1904, 1907 | Entente Cordiale (Britain, France); Anglo-Russian Convention |
| 1905–06, 1911 | Moroccan crises (Algeciras conference; Agadir) |
| 1906 | HMS Dreadnought launched |
| 1908–09 | Austria-Hungary annexes Bosnia-Herzegovina; Russia humiliated |
| 1912–13 | Balkan Wars enlarge Serbia |
| 1914 | Franz Ferdinand assassinated at Sarajevo (28 June); German "blank cheque" (5–6 July); ultimatum to Serbia (23 July); Austria-Hungary declares war (28 July); Russian general mobilisation (30 July); Germany declares war on Russia (1 August) and France (3 August); invasion of Belgium; Britain declares war (4 August) |
| 1914 | Battle of the Marne halts the Schlieffen Plan; trench stalemate in the west |
| 1915 | Gallipoli; Italy joins the Allies; Britain creates a Ministry of Munitions |
| 1916 | Verdun (February–December); Somme (July–November: about 57,000 British casualties on the first day); conscription in Britain; Germany's Hindenburg Programme |
| 1917 | Unrestricted submarine warfare; USA enters the war (April); revolutions in Russia |
| 1918 | Brest-Litovsk (March); German Spring Offensive; Allied Hundred Days from Amiens (8 August); German revolution; armistice (11 November) |

### Causes and consequences
- **Long-term**: rival alliance blocs; imperial and naval rivalry; militarism and war plans (the Schlieffen Plan meant a war with Russia also meant attacking France through Belgium); nationalism, especially in the Balkans, which threatened the multinational Habsburg empire.
- **Short-term**: Austria-Hungary's decision to crush Serbia, Germany's backing, Russia's early mobilisation, and the speed of the war plans once mobilisation began.
- **Total war**: governments controlled production, labour and information (Britain's Defence of the Realm Act, 1914); women entered munitions and transport work; rationing and shortages; propaganda; the blockade caused severe hunger in Germany (the "turnip winter" of 1916–17).
- **Why the Central Powers lost**: Allied superiority in population, industry and finance; the naval blockade; American entry; the failure of the 1918 Spring Offensive, which left the German army exhausted; the collapse of Germany's allies in autumn 1918; improved Allied tactics (combined arms).
- **Consequences**: roughly 9–10 million military deaths (estimates vary); the fall of four empires (Russian, German, Austro-Hungarian, Ottoman); revolution in Russia; new states in central and eastern Europe.

### The historical debate
- **German responsibility**: Fritz Fischer (*Griff nach der Weltmacht*, 1961; in English *Germany's Aims in the First World War*) argued that Germany's leaders sought a war of expansion and bore the main responsibility; he pointed to the "war council" of December 1912 and the September Programme of 1914.
- **Shared responsibility**: Lloyd George wrote that the nations "slithered" into war. Christopher Clark's *The Sleepwalkers* (2012) spread responsibility among all the powers, stressing Serbian nationalism, Russian and French decisions and the complexity of the crisis.
- **Generals**: the "lions led by donkeys" view of incompetent commanders was challenged by historians such as John Terraine, who defended Haig; later work on a "learning curve" argues the British army adapted and won in 1918.

### Example argument
**"To what extent was Germany responsible for the outbreak of the First World War?"**
- Introduction: Germany's role was central but not the whole story; give a clear judgement.
- Paragraph 1 (for): Weltpolitik and the naval race; the blank cheque; the Schlieffen Plan turning a Balkan war into a general war; Fischer's evidence.
- Paragraph 2 (against): Austria-Hungary's choice to attack Serbia; Russia's early mobilisation; French support for Russia; Serbian nationalism.
- Paragraph 3 (structural): alliances and military plans limited choice; Clark's "sleepwalkers".
- Conclusion: rank the responsibilities and explain why.

### Exam tips
- Use the July Crisis day by day: it is the evidence for the argument.
- For home front questions, compare at least two states (for example Britain and Germany) with specific measures.
- Common mistake: treating alliances as automatic triggers. Italy did not join its allies in 1914, and the ententes did not formally bind Britain to fight (the 1839 guarantee of Belgium gave it a legal reason).`,
  },
  {
    key: "history-note-eu-14",
    levels: HL,
    topicCode: "EU.14",
    body: String.raw`After 1918 new democracies appeared across Europe, but by 1939 most had become dictatorships. This section studies how states handled the post-war crisis and the Depression: especially Weimar Germany, Italy under Mussolini, Spain from Primo de Rivera to the Civil War, and democracies that survived, such as Britain and France. Questions ask why democracy failed in some states and survived in others, and how dictators consolidated power.

### Key facts and dates: Germany and Italy

| Date | Event |
|---|---|
| 1918–19 | German revolution; Spartacist rising (January 1919); Weimar constitution (August 1919): proportional representation, emergency powers under Article 48 |
| 1919–20 | Italy's "mutilated victory"; D'Annunzio seizes Fiume; "two red years" of strikes and land seizures |
| 1920 | Kapp Putsch in Berlin defeated by a general strike |
| 1922 | Mussolini's March on Rome (October): appointed prime minister |
| 1923 | Ruhr occupation; hyperinflation; Hitler's Munich Putsch (November); Acerbo Law in Italy |
| 1924 | Dawes Plan; murder of Matteotti in Italy |
| 1924–29 | Stresemann's "golden years"; Mussolini builds a dictatorship from 1925; Lateran Pacts with the church (1929) |
| 1929–32 | Depression: about 6 million unemployed in Germany by early 1932; Brüning governs by decree |
| 1930, 1932 | Nazi vote: 18.3 per cent (September 1930), 37.3 per cent (July 1932) |
| 1933 | Hitler appointed chancellor (30 January); Reichstag fire; Enabling Act (March) |

### Key facts and dates: Spain, France and Britain

| Date | Event |
|---|---|
| 1923–30 | Primo de Rivera's dictatorship in Spain |
| 1926 | General Strike in Britain |
| 1931 | Second Spanish Republic; Britain's National Government |
| 1934 | Paris riots (6 February); Asturias rising in Spain (October) |
| 1936 | Popular Front governments in Spain (February) and France (Blum, June); military rising in Spain (July) |
| 1936–39 | Spanish Civil War: Franco wins with German and Italian help |

### Causes and consequences
- **Weaknesses of new democracies**: lack of democratic tradition, hostile elites (army, judges, landowners, civil servants), fragmented parliaments under proportional representation, and association with defeat or a disappointing peace.
- **Economic crisis**: the inflation of 1923 ruined savers; the Depression brought mass unemployment and drove voters to the extremes.
- **Fear of communism**: the Russian Revolution and strikes pushed industrialists, landowners and the middle classes towards authoritarian solutions.
- **Role of elites**: in both Italy and Germany the dictator was appointed legally, with conservative backing (the king in 1922; Hindenburg, Papen and others in 1933).
- **Survival**: Britain and France had long-established parliamentary institutions, victory in 1918, and, in Britain's case, a milder Depression and a two-party system; Czechoslovakia kept democracy until destroyed from outside in 1938–39.

### The historical debate
- **Was Weimar doomed?** Some stress birth defects (the constitution, Versailles, the elites' hostility); others stress that the Republic stabilised in the mid-1920s and fell only after the Depression and the elites' choices in 1930–33. Detlev Peukert saw Weimar's collapse as a "crisis of classical modernity".
- **Italian Fascism**: Benedetto Croce saw it as a "parenthesis" in Italian history; others see deep roots in the liberal state's weakness. Renzo De Felice argued the regime enjoyed real consensus in the early 1930s, a controversial view.
- **Spain**: historians such as Paul Preston emphasise the resistance of landowners, the army and the church to reform; others, such as Stanley Payne, put more weight on the polarisation and revolutionary violence of the left.

### Example argument
**"Compare and contrast the reasons why Mussolini and Hitler came to power."**
- Introduction: both legal appointments after crises; different routes.
- Similarities: post-war discontent, fear of socialism, violent paramilitaries, weak coalition governments, and elite decisions to appoint them.
- Differences: Mussolini came to power in 1922 with few seats, through the threat of force and the king's choice; Hitler led the largest party after mass electoral success in the Depression, having abandoned the putsch route after 1923.
- Conclusion: crisis made both possible; elite intrigue made both happen.

### Exam tips
- Choose case studies that fit the question and name them in the introduction.
- Separate coming to power from consolidation (Italy 1925–29; Germany 1933–34).
- Common mistake: saying Hitler was elected. He was appointed; the Nazis never won a majority in a free election.`,
  },
  {
    key: "history-note-eu-15",
    levels: HL,
    topicCode: "EU.15",
    body: String.raw`This section traces European diplomacy from the Paris peace settlement of 1919 to the defeat of Germany and the fall of Berlin in 1945. It covers the peace treaties, the League of Nations and the search for security in the 1920s, the collapse of that system in the 1930s, Hitler's foreign policy and appeasement, the outbreak of war in 1939, and the wartime diplomacy of the Allies. Questions ask how far the treaties caused the Second World War, why collective security failed, and how appeasement should be judged.

### Key facts and dates

| Date | Event |
|---|---|
| 1919 | Treaty of Versailles (28 June): war-guilt clause (Article 231), army of 100,000, Rhineland demilitarised, Alsace-Lorraine to France, Polish Corridor, colonies lost; League of Nations founded |
| 1919–23 | Treaties of Saint-Germain (Austria), Neuilly (Bulgaria), Trianon (Hungary), Sèvres, then Lausanne (Turkey, 1923) |
| 1921 | Reparations fixed at 132 billion gold marks |
| 1922, 1923 | Rapallo treaty (Germany, Soviet Russia); French and Belgian occupation of the Ruhr |
| 1925, 1926 | Locarno treaties guarantee Germany's western borders; Germany joins the League |
| 1928 | Kellogg–Briand Pact renounces war |
| 1933 | Germany leaves the Disarmament Conference and the League |
| 1935 | German rearmament made public; Stresa Front; Anglo-German Naval Agreement; Italy invades Abyssinia |
| 1936 | Remilitarisation of the Rhineland (March); Spanish Civil War; Rome–Berlin Axis |
| 1938 | Anschluss (March); Munich agreement hands the Sudetenland to Germany (September) |
| 1939 | Germany occupies Prague (March); Anglo-French guarantee to Poland; Nazi–Soviet Pact (23 August); invasion of Poland (1 September); Britain and France declare war (3 September) |
| 1941 | Germany invades the USSR (June); Atlantic Charter |
| 1943, 1945 | Tehran conference; Yalta (February 1945) and Potsdam (July–August 1945) |
| 1945 | Fall of Berlin; German surrender (8 May) |

### Causes and consequences
- **The treaties**: Germans saw Versailles as a dictated peace; it weakened Germany but left it united and potentially the strongest power in central Europe, with weak new states to its east.
- **The 1920s**: the Locarno spirit and Stresemann's fulfilment policy brought détente, but the USA stayed out of the League and Britain would not guarantee eastern borders.
- **Collapse**: the Depression fed nationalism; the League failed in Manchuria and Abyssinia; Britain and France were militarily and economically unready, divided and fearful of another war.
- **Hitler's aims**: overturn Versailles, unite German-speakers, win living space in the east; he exploited each crisis.
- **Appeasement**: motives included public opinion, economic weakness, imperial commitments, sympathy with some German grievances and fear of communism. After Prague it gave way to deterrence, and the Nazi–Soviet Pact freed Hitler to attack Poland.
- **Wartime diplomacy**: the Grand Alliance held until victory, but disagreements over Poland and Germany at Yalta and Potsdam foreshadowed the Cold War.

### The historical debate
- **Versailles**: Keynes's *The Economic Consequences of the Peace* (1919) condemned it as a "Carthaginian peace"; Margaret MacMillan's *Peacemakers* (2001) argued the peacemakers did what they could and that later choices, not the treaty, led to war.
- **Hitler's foreign policy**: A. J. P. Taylor (*The Origins of the Second World War*, 1961) presented Hitler as a traditional statesman who exploited opportunities; Hugh Trevor-Roper and others argued he followed a programme set out in *Mein Kampf*.
- **Appeasement**: the "Guilty Men" view (1940) condemned Chamberlain; revisionists argued that he had few real options; counter-revisionists such as R. A. C. Parker argued that alternatives (a firmer alliance with France and the USSR) existed and were rejected.

### Example argument
**"To what extent was the Treaty of Versailles responsible for the outbreak of the Second World War in Europe?"**
- Introduction: Versailles as a long-term grievance; judge it against the Depression and Hitler's aims.
- Paragraph 1: German resentment, territorial grievances (Rhineland, Danzig, Sudeten Germans beyond), and revisionism as Hitler's programme.
- Paragraph 2: the treaty was modified in the 1920s (Dawes, Locarno); war came after the Depression.
- Paragraph 3: Hitler's ambitions went beyond revision (Prague, living space); appeasement and the Nazi–Soviet Pact.
- Conclusion: Versailles created the conditions; Hitler's choices made war happen.

### Exam tips
- Always distinguish the years 1919–29 from 1929–39.
- Give precise terms of the treaty and the crises, with dates.
- Common mistake: treating appeasement as only British. Include France's position and the Soviet Union's choices.`,
  },
  {
    key: "history-note-eu-16",
    levels: HL,
    topicCode: "EU.16",
    body: String.raw`This section covers the Soviet Union from Lenin's death (1924) to its collapse (1991), and post-Soviet Russia under Yeltsin up to Putin's election in 2000. It covers Stalin's rise and rule, the Great Patriotic War, Khrushchev's de-Stalinisation, Brezhnev's "stagnation", Gorbachev's reforms and the end of the USSR, and Russia's troubled transition in the 1990s. Questions ask why Stalin won the leadership struggle, the aims and results of his economic policies and terror, how far Khrushchev changed the system, and why the USSR collapsed.

### Key facts and dates

| Date | Event |
|---|---|
| 1924–29 | Leadership struggle: Stalin, as General Secretary, defeats Trotsky, then Zinoviev and Kamenev, then Bukharin and the Right |
| 1928–32 | First Five-Year Plan; forced collectivisation from 1929 ("liquidation of the kulaks as a class") |
| 1932–33 | Famine: most estimates give about 5–8 million deaths, with Ukraine and Kazakhstan worst hit |
| 1934 | Murder of Kirov (December) |
| 1936–38 | Moscow show trials; Great Terror (1937–38): NKVD records show about 680,000 executions |
| 1941–45 | German invasion (22 June 1941); Stalingrad (victory February 1943); Soviet deaths usually estimated at 25–27 million |
| 1953 | Death of Stalin (March) |
| 1956 | Khrushchev's Secret Speech at the 20th Party Congress |
| 1957, 1961 | Sputnik; Gagarin in space |
| 1962, 1964 | Cuban Missile Crisis; Khrushchev removed (October 1964) |
| 1964–82 | Brezhnev: stability, then stagnation; invasion of Afghanistan (December 1979) |
| 1985 | Gorbachev becomes General Secretary: perestroika (restructuring), glasnost (openness) |
| 1986 | Chernobyl disaster (April) |
| 1989 | Competitive elections to the Congress of People's Deputies |
| 1991 | Yeltsin elected president of Russia (June); failed hard-line coup (August); USSR dissolved (December) |
| 1992 | Price liberalisation ("shock therapy"): inflation of over 2,000 per cent |
| 1993 | Yeltsin uses tanks against parliament (October); new constitution with a strong presidency (December) |
| 1994–96 | First Chechen war |
| 1998, 1999–2000 | Financial crisis and default; Putin becomes prime minister, then acting president (31 December 1999), elected March 2000 |

### Causes and consequences
- **Stalin's rise**: control of appointments through the party secretariat, underestimation by rivals, shifting alliances, and policies (Socialism in One Country) that suited the party.
- **Economic transformation**: heavy industry grew fast, at a terrible human cost; collectivisation destroyed the kulaks and caused famine, and Soviet agriculture stayed weak for decades.
- **Terror**: removed potential rivals and old Bolsheviks, the army command (Tukhachevsky, 1937) and many ordinary citizens; the Gulag became part of the economy.
- **Khrushchev**: released prisoners, condemned Stalin's cult, but crushed Hungary (1956); his agricultural and administrative reforms failed and alienated the party elite.
- **Collapse**: economic stagnation and military spending; glasnost exposed the past and encouraged criticism; perestroika disrupted the planned economy without creating a market; national movements in the Baltic republics and elsewhere; the failed coup of August 1991 destroyed the party's authority and empowered Yeltsin.
- **The 1990s**: privatisation enriched a few "oligarchs" (loans-for-shares, 1995); falling output and life expectancy; war in Chechnya; the 1998 default opened the way to Putin's promise of order.

### The historical debate
- **The Terror**: Robert Conquest (*The Great Terror*, 1968) stressed Stalin's central direction within a totalitarian system. Revisionists such as J. Arch Getty argued that local conflicts and chaos drove much of it. Work in the archives since 1991 (for example by Oleg Khlevniuk) has confirmed Stalin's personal role while showing how it spread through the system.
- **The famine**: Ukraine and many historians call it a genocide (the Holodomor); others, such as R. W. Davies and Stephen Wheatcroft, argue it resulted from ruthless policy rather than a plan to destroy Ukrainians.
- **Why the USSR collapsed**: long-term systemic decline, Gorbachev's reforms, nationalism, and external pressure from the arms race are weighed differently by different historians.

### Example argument
**"To what extent were Gorbachev's policies responsible for the collapse of the Soviet Union?"**
- Introduction: deep problems, but the timing and manner of collapse followed Gorbachev's choices.
- Paragraph 1: long-term problems (falling growth, technology gap, military costs, Afghanistan).
- Paragraph 2: Gorbachev's reforms: glasnost undermined legitimacy, perestroika worsened shortages, democratisation created rival power bases (Yeltsin in Russia).
- Paragraph 3: nationalism and the August 1991 coup.
- Conclusion: structural weakness made decline likely; Gorbachev's reforms turned decline into collapse.

### Exam tips
- Give post-1953 and post-1991 material the same weight as Stalin if the question covers them.
- Give death tolls as ranges and say they are disputed.
- Common mistake: claiming the USSR collapsed because of one factor; show how the factors interacted.`,
  },
  {
    key: "history-note-eu-17",
    levels: HL,
    topicCode: "EU.17",
    body: String.raw`After 1945 western and northern Europe rebuilt its economies, built welfare states and began to integrate. This section covers post-war recovery, the political development of major states (Britain, France, West Germany, Italy, the Nordic states), the end of the southern dictatorships in Spain, Portugal and Greece, economic crises after 1973, and European integration from the Coal and Steel Community to the euro. Questions ask about the reasons for recovery, the nature of the welfare state, why integration happened, and how democracy was consolidated.

### Key facts and dates

| Date | Event |
|---|---|
| 1945–51 | Attlee's Labour government in Britain: nationalisation; National Health Service (1948) |
| 1946 | Italy becomes a republic by referendum; French Fourth Republic |
| 1948–52 | Marshall Plan: about USD 13 billion of American aid |
| 1948, 1949 | West German currency reform; Federal Republic founded, Adenauer chancellor; NATO founded |
| 1950, 1951 | Schuman Declaration; European Coal and Steel Community (Treaty of Paris) |
| 1957 | Treaty of Rome creates the European Economic Community (the Six) |
| 1958 | De Gaulle returns; Fifth Republic with a strong presidency |
| 1962 | Algeria independent |
| 1963, 1967 | De Gaulle vetoes British entry |
| 1968 | Student and worker protests in France (May) and across western Europe |
| 1973 | Britain, Ireland and Denmark join the EC (Norwegian voters said no in 1972); first oil shock |
| 1974–78 | Carnation Revolution in Portugal (April 1974); fall of the Greek junta (1974); Franco dies (1975), Spanish constitution (1978) |
| 1979–90 | Thatcher in Britain: privatisation, defeat of the miners (1984–85) |
| 1981, 1986 | Failed coup in Spain (February 1981); Spain and Portugal join the EC (1986); Single European Act |
| 1990 | German reunification (3 October) |
| 1992, 1995 | Maastricht Treaty (European Union); Austria, Finland and Sweden join |
| 1998, 1999 | Good Friday Agreement in Northern Ireland; euro launched |

### Causes and consequences
- **Recovery**: Marshall aid, American security, cheap energy, a large labour supply (including migrants), pent-up demand, and cooperation between governments, employers and unions produced the long boom (West Germany's "economic miracle", France's "thirty glorious years").
- **Welfare states**: built on wartime solidarity and the desire to avoid the 1930s; Sweden's social democrats developed a model of high taxes, universal benefits and bargaining between unions and employers.
- **Integration**: to make war between France and Germany impossible, to control German industry, to secure prosperity, and to give western Europe a voice between the superpowers. Britain stayed out at first because of Commonwealth ties and its sense of a global role.
- **Crisis after 1973**: oil shocks, inflation and unemployment ("stagflation") discredited post-war economic management and brought market-oriented policies (Thatcher; Mitterrand's turn in 1983).
- **Democratisation in the south**: Spain's transition through negotiation and the monarchy's support; EC membership anchored new democracies.

### The historical debate
- **Why integration?** Federalist accounts stressed idealists such as Monnet and Schuman; Alan Milward (*The European Rescue of the Nation-State*, 1992) argued that governments integrated to serve national interests and strengthen the nation-state.
- **British consensus**: Paul Addison (*The Road to 1945*, 1975) described a post-war consensus on the welfare state and mixed economy; others have questioned whether a real consensus existed.
- **The Marshall Plan**: how important was it? Some historians argue recovery was already under way and that the plan mattered most politically and psychologically.

### Example argument
**"Discuss the reasons for the creation of the European Economic Community in 1957."**
- Introduction: political, economic and Cold War motives; national interest as the thread.
- Paragraph 1: Franco-German reconciliation and security (ECSC as the model).
- Paragraph 2: economic motives (a larger market, French agriculture, German exports) and Milward's argument.
- Paragraph 3: Cold War and decolonisation: Suez (1956) showed the weakness of individual states; US support.
- Conclusion: national interests made idealism workable.

### Exam tips
- Choose two or three countries and know one policy and one crisis for each decade.
- Cover the period up to 2000: the 1980s and 1990s are as examinable as the 1940s.
- Common mistake: confusing the Council of Europe, the EEC/EC and the EU, or the dates of enlargement.`,
  },
  {
    key: "history-note-eu-18",
    levels: HL,
    topicCode: "EU.18",
    body: String.raw`Between 1945 and 1989 central and eastern Europe was dominated by the Soviet Union; after 1989 its states became independent democracies, some peacefully and some, in Yugoslavia, through war. This section covers the Soviet takeover, the challenges to Soviet control (1953, 1956, 1968, 1980–81), the revolutions of 1989, German reunification, the break-up of Yugoslavia, and the transition to democracy and market economies in the 1990s. Questions ask how the Soviets established and kept control, why reform movements failed, and why communism collapsed in 1989.

### Key facts and dates

| Date | Event |
|---|---|
| 1945–48 | Communist takeovers through coalition governments, control of police and "salami tactics" |
| 1947, 1949 | Cominform founded; Comecon founded; German Democratic Republic (October 1949) |
| 1948 | Communist coup in Czechoslovakia (February); Tito's Yugoslavia expelled from the Cominform (June) |
| 1949–52 | Show trials (Rajk in Hungary, 1949; Slánský in Czechoslovakia, 1952) |
| 1953 | East German uprising (17 June) crushed by Soviet tanks |
| 1955 | Warsaw Pact |
| 1956 | Poznań riots and "Polish October": Gomułka returns; Hungarian Revolution under Nagy crushed (November); about 200,000 flee |
| 1961 | Berlin Wall built (13 August) |
| 1968 | Prague Spring under Dubček; Warsaw Pact invasion (20–21 August); Brezhnev Doctrine |
| 1975, 1977 | Helsinki Final Act; Charter 77 in Czechoslovakia |
| 1978–79 | A Polish pope, John Paul II, visits Poland (1979) |
| 1980–81 | Solidarity founded after the Gdańsk strikes (August 1980); martial law under Jaruzelski (December 1981) |
| 1989 | Polish Round Table and June elections; Hungary opens its border; Leipzig demonstrations; fall of the Berlin Wall (9 November); Velvet Revolution; Ceaușescu executed (25 December) |
| 1990–91 | German reunification (October 1990); Warsaw Pact and Comecon dissolved (1991); Slovenia and Croatia declare independence (June 1991) |
| 1992–95 | Bosnian war; Srebrenica massacre (July 1995, about 8,000 Bosniak men and boys killed); Dayton Agreement (1995) |
| 1993, 1999 | Czechoslovakia splits peacefully; NATO bombs Serbia over Kosovo; Poland, Hungary and the Czech Republic join NATO |

### Causes and consequences
- **Soviet control**: the Red Army's presence, communist control of interior ministries, destruction of opposition parties, purges of "national" communists, and economic integration through Comecon.
- **Why reform failed**: Moscow tolerated change only within limits: Poland in 1956 stayed in the Warsaw Pact and was left alone; Hungary announced neutrality and was invaded; Czechoslovakia in 1968 threatened the party's monopoly of power.
- **Solidarity**: a mass trade union with around 10 million members, backed by the church; it showed that workers rejected the "workers' state".
- **1989**: economic failure and debt; Gorbachev's refusal to use force (the Brezhnev Doctrine abandoned); negotiated transitions in Poland and Hungary; mass protest and emigration in East Germany; a domino effect spread by television.
- **After 1989**: "shock therapy" in Poland (the Balcerowicz plan, 1990) brought unemployment before growth; most states turned west to NATO and the EU; Yugoslavia broke apart in wars driven by nationalist leaders such as Milošević.

### The historical debate
- **Was the takeover planned?** Some historians, such as Anne Applebaum (*Iron Curtain*, 2012), argue Stalin intended from the start to impose Soviet-style regimes; others see a more gradual, reactive process shaped by the Cold War.
- **Why did communism fall?** Explanations stress Gorbachev, economic failure, or "people power". Timothy Garton Ash coined "refolution" for the negotiated mix of reform and revolution in Poland and Hungary. Stephen Kotkin (*Uncivil Society*, 2009) argued that the communist establishment imploded, more than civil society overthrew it.
- **Yugoslavia**: "ancient hatreds" explanations are rejected by most historians, who stress the decisions of political leaders and the economic crisis of the 1980s.

### Example argument
**"Compare and contrast the Hungarian Revolution of 1956 and the Prague Spring of 1968."**
- Introduction: both challenged Soviet control and were crushed; they differed in character and outcome.
- Similarities: reform communist leaders (Nagy, Dubček), popular support, Soviet-led military intervention, Western non-intervention.
- Differences: Hungary became an armed uprising and announced withdrawal from the Warsaw Pact; Czechoslovakia stayed in the Pact and met invasion largely with non-violent resistance; Nagy was executed (1958), Dubček was demoted; the Brezhnev Doctrine followed 1968.
- Conclusion: the common limit was the Soviet bloc's security; the difference was in methods and violence.

### Exam tips
- Cover the 1990s too: transition, Yugoslavia and NATO enlargement are part of the section.
- Compare countries with clear criteria (causes, methods, Soviet response, outcome).
- Common mistake: treating the bloc as uniform. Romania, Yugoslavia and Albania followed independent lines.`,
  },
];
