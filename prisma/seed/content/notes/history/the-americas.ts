import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option AM, the Americas (Paper 3), sections AM.1–AM.18, all HL only.
// Each note: context, key facts with dates, causes/consequences, the historical debate, and a sample essay question
// with a plan. Covers Canada, the USA, Latin America and the Caribbean. Original writing; disputed figures are given as ranges.

const HL: TopicNoteInput["levels"] = ["HL"];

export const americasNotes: TopicNoteInput[] = [
  {
    key: "history-note-am-1",
    levels: HL,
    topicCode: "AM.1",
    body: String.raw`This section studies the societies of the Americas before sustained European contact, from about 750 to 1500: the Maya of Mesoamerica, the Mexica (Aztecs), the Inca of the Andes, and North American peoples such as the Mississippian culture of Cahokia, the Ancestral Puebloans and the Haudenosaunee (Iroquois). Paper 3 questions ask you to examine their political organisation, economies, religion and achievements, and why some declined before 1492.

### Key facts and dates

| Date | Event |
|---|---|
| c800–950 | Collapse of many Classic Maya cities in the southern lowlands |
| c850–1150 | Chaco Canyon: Ancestral Puebloan "great houses" and road network |
| c900–1100 | Chichén Itzá dominant in northern Yucatán |
| c1050–1200 | Cahokia at its height near modern St Louis (Monks Mound) |
| late 1200s | Ancestral Puebloans leave Mesa Verde during severe drought |
| 1325 | Traditional founding date of Tenochtitlan |
| 1428 | Triple Alliance of Tenochtitlan, Texcoco and Tlacopan |
| 1438 | Traditional date of Pachacuti's accession; Inca expansion begins |
| c1440s | Mayapán, the last great Maya political centre, breaks up |
| c1500 | Inca Empire (Tawantinsuyu) stretches from modern Ecuador to central Chile |

The founding date of the Haudenosaunee Confederacy (Mohawk, Oneida, Onondaga, Cayuga, Seneca) is disputed: estimates range from the twelfth to the mid-fifteenth century.

### Key features
- **Maya**: independent city-states ruled by divine kings, not a single empire. Achievements include a full hieroglyphic script, the Long Count calendar, a place-value system using zero, and precise astronomy.
- **Mexica**: a tribute empire. Conquered city-states kept their rulers but paid tribute in cotton cloth, cacao, feathers and food, recorded in codices. Tenochtitlan fed itself partly through chinampas (raised fields in the lake). Warfare supplied captives for sacrifice to gods such as Huitzilopochtli at the Templo Mayor. Its population around 1500 is estimated at roughly 150,000 to 250,000.
- **Inca**: a centralised state. The Sapa Inca ruled from Cuzco; subjects owed labour (mit'a) rather than goods; storehouses, a road network of tens of thousands of kilometres, and the quipu (knotted cords for records) held the empire together. Communities (ayllus) exploited different altitudes, which some historians call a "vertical archipelago".
- **North America**: Cahokia was a large maize-based chiefdom with earthen mounds and long-distance trade; the Ancestral Puebloans built multi-storey masonry towns; the Haudenosaunee confederacy was governed by the Great Law of Peace, with clan mothers choosing chiefs.

### Causes and consequences
- **Decline before 1492**: the Classic Maya collapse is linked to drought, overpopulation, soil exhaustion and endemic warfare. Drought also helps explain the abandonment of Chaco and Mesa Verde; Cahokia had declined by about 1350.
- **Strengths and weaknesses of empires**: Mexica rule rested on fear and tribute, so subject peoples such as the Totonacs, and enemies like Tlaxcala, were later willing to ally with the Spanish. The Inca were split by a succession war between Huáscar and Atahualpa (c1529–32) just as Pizarro arrived.

### The historical debate
- **Population**: estimates for the Americas in 1492 vary enormously, from about 8 million (Alfred Kroeber's low figure) to over 100 million (Henry Dobyns' high figure); many recent estimates lie in the range of 40 to 60 million. The number matters for judging the scale of later demographic collapse.
- **Sources**: much of what is known of the Mexica and Inca comes from post-conquest Spanish and mestizo writers, so historians debate how far sacrifice, for example, was exaggerated to justify conquest. Archaeology (such as excavations at the Templo Mayor) confirms that sacrifice happened on a large scale but not the highest figures in some chronicles.
- **"Civilisation"**: older writing ranked societies by cities and writing; recent historians stress that peoples without states, such as the Haudenosaunee, had complex political systems.

### Example argument
**"Compare and contrast the methods used by the Mexica and the Inca to control their empires."**
- Introduction: both expanded rapidly in the fifteenth century; argue that the Inca built a more centralised state while the Mexica relied on indirect rule.
- Paragraph 1 (similarities): military conquest, religion as justification, a ruler with sacred status.
- Paragraph 2 (differences in government): Inca governors, resettlement (mitmaq) and roads versus Mexica local rulers left in place.
- Paragraph 3 (differences in economy): labour tribute and storehouses versus goods tribute and markets such as Tlatelolco.
- Conclusion: judge which system was more stable; note that both were fragile in different ways by 1519–32.

### Exam tips
- Use precise examples from at least two societies; a question on "indigenous societies" rewards range across the region, including North America.
- Avoid calling the Maya an "empire" or treating all indigenous peoples as one group.
- Show awareness of sources: say when evidence comes from archaeology and when from colonial chroniclers.`,
  },
  {
    key: "history-note-am-2",
    levels: HL,
    topicCode: "AM.2",
    body: String.raw`This section covers European exploration and conquest from Columbus's first voyage (1492) to about 1600: the Spanish conquests of the Caribbean, Mexico and Peru, Portuguese Brazil, and French and English voyages to North America. Paper 3 questions ask about motives for exploration, reasons for Spanish success, the impact on indigenous peoples, and the Columbian Exchange.

### Key facts and dates

| Date | Event |
|---|---|
| 1492 | Columbus reaches the Bahamas and Hispaniola (October) |
| 1494 | Treaty of Tordesillas divides the non-European world between Spain and Portugal |
| 1497 | John Cabot reaches Newfoundland for England |
| 1500 | Cabral claims Brazil for Portugal |
| 1519 | Cortés lands on the Mexican coast and marches inland |
| 1520 | "Noche Triste" (June): Spanish driven from Tenochtitlan; smallpox epidemic |
| 1521 | Tenochtitlan falls (13 August) after a siege |
| 1532–33 | Pizarro captures Atahualpa at Cajamarca (November 1532); Atahualpa executed 1533 |
| 1534–42 | Jacques Cartier's voyages up the St Lawrence |
| 1536–37 | Manco Inca's rebellion and siege of Cuzco |
| 1540–42 | Coronado's expedition into the North American south-west |
| 1572 | Fall of the neo-Inca state at Vilcabamba; Túpac Amaru executed |
| 1585–87 | Failed English colony at Roanoke |

### Causes of exploration
- **Economic**: the search for a sea route to Asian spices, gold and silver. The discovery of silver at Potosí (1545) and Zacatecas (1546) transformed the Spanish empire.
- **Religious**: the Reconquista ended in 1492; crusading ideas and papal grants (the 1493 bulls) justified conquest as conversion.
- **Political and technological**: competition between monarchies, the caravel, improved navigation, and royal contracts (capitulaciones) that let private conquistadors fund expeditions in return for titles and loot.

### Why did small Spanish forces win?
- **Indigenous allies**: thousands of Tlaxcalans and others fought with Cortés; doña Marina (La Malinche) acted as interpreter. In Peru, the civil war between Atahualpa and Huáscar divided the Inca.
- **Disease**: smallpox struck Tenochtitlan in 1520 and had probably reached the Andes before Pizarro, killing Huayna Capac.
- **Technology and tactics**: steel swords, armour, horses and crossbows mattered in open battle, though firearms were few.
- **Indigenous ways of war and politics**: aims such as taking captives, and the readiness of subject peoples to change overlords.

### Consequences
- **Demographic collapse**: central Mexico's population may have fallen by around 90% within a century, mostly from epidemic disease, worsened by war, forced labour and disruption. Figures are disputed because the 1492 baseline is disputed.
- **The Columbian Exchange** (Alfred Crosby's term, 1972): horses, cattle, wheat and Old World diseases to the Americas; maize, potatoes and cacao to Europe, Africa and Asia.
- **New colonial structures**: encomienda, the first viceroyalties, and debate in Spain over the treatment of indigenous people.

### The historical debate
- **The "Black Legend"**: critics of Spain, drawing on Las Casas, portrayed the conquest as uniquely cruel; Spanish nationalist historians answered with a "White Legend" of a civilising mission. Most historians now reject both as simplifications.
- **Who conquered whom?** Matthew Restall's Seven Myths of the Spanish Conquest (2003) argues that the conquest was largely achieved by indigenous allies and that ideas of Spanish superiority and of natives thinking the Spaniards gods are myths. Miguel León-Portilla's The Broken Spears (1959) presented the indigenous view of defeat.
- **Disease versus violence**: some historians emphasise epidemics as the main cause of depopulation; others argue this understates the role of colonial violence and labour systems in making epidemics deadlier.

### Example argument
**"To what extent was disease the main reason for the Spanish conquest of the Aztec and Inca empires?"**
- Introduction: disease was decisive in weakening resistance at key moments, but alliances and indigenous divisions were at least as important.
- Paragraph 1: the 1520 smallpox epidemic and the siege of Tenochtitlan; epidemic and succession crisis in Peru.
- Paragraph 2: indigenous allies and internal divisions (Tlaxcala, Huáscar and Atahualpa).
- Paragraph 3: Spanish technology, leadership and ruthlessness (Cajamarca); limits shown by the long resistance in Vilcabamba.
- Conclusion: a weighed judgement, perhaps that disease explains the scale of collapse but alliances explain the speed of conquest.

### Exam tips
- Give specific dates and names; "the Spanish had guns" on its own earns little.
- Include the region beyond Mexico and Peru where relevant: Brazil, the Caribbean, and French and English voyages.
- Engage with at least one named interpretation, such as Restall's.`,
  },
  {
    key: "history-note-am-3",
    levels: HL,
    topicCode: "AM.3",
    body: String.raw`This section examines how European powers governed their American colonies between 1500 and 1800: Spanish America, Portuguese Brazil, British North America and the Caribbean, and New France. Paper 3 questions ask you to compare colonial systems, assess how effective royal control was, and explain the eighteenth-century reforms that later fed into independence movements.

### Key facts and dates

| Date | Event |
|---|---|
| 1503 | Casa de Contratación (House of Trade) set up in Seville |
| 1524 | Council of the Indies established |
| 1535 | Viceroyalty of New Spain created (Mexico City) |
| 1542 | New Laws restrict encomienda; Viceroyalty of Peru created (Lima) |
| 1549 | Royal governor-general for Brazil based at Salvador |
| 1619 | First elected assembly in English America: Virginia's House of Burgesses |
| 1651, 1660 | English Navigation Acts |
| 1663 | New France becomes a royal colony; intendant Jean Talon arrives in 1665 |
| 1686–89 | Dominion of New England imposed, then overthrown |
| 1739 | Viceroyalty of New Granada permanently established |
| 1750–77 | Pombal's reforms in Portugal and Brazil |
| 1763 | Treaty of Paris: New France passes to Britain; Brazil's capital moves to Rio de Janeiro |
| 1765–71 | José de Gálvez's inspection (visita) of New Spain |
| 1774 | Quebec Act |
| 1776, 1778 | Viceroyalty of Río de la Plata created; "free trade" within the Spanish empire |

### Key features of each system
- **Spanish America**: government was hierarchical and bureaucratic: Council of the Indies, viceroys, audiencias (courts with administrative powers), corregidores in the provinces, and town councils (cabildos) where creoles (American-born Spaniards) held office. Royal authority was limited in practice by distance; officials could say "I obey but do not comply" (obedezco pero no cumplo) when an order was unworkable. The sale of offices in the seventeenth century let creoles into the audiencias.
- **Brazil**: hereditary captaincies (1534) mostly failed, so the crown appointed a governor-general. Government was lighter than in Spanish America, and sugar planters dominated local councils.
- **British colonies**: chartered, proprietary and royal colonies each had an elected assembly that controlled taxation. Britain regulated trade through the Navigation Acts but enforcement was loose, a situation Edmund Burke called "salutary neglect".
- **New France**: a governor (military affairs), an intendant (justice and finance) and a bishop formed the Sovereign Council; there was no elected assembly. Land was granted through the seigneurial system.

### Eighteenth-century reforms and their consequences
- **Bourbon reforms** (especially under Charles III, 1759–88): intendants replaced many corregidores, peninsular Spaniards replaced creoles in high office, taxes rose and the tobacco and other monopolies were tightened, and militias were expanded. Revenue grew, but creole resentment grew too, and protests such as the Comunero revolt in New Granada (1781) and the Túpac Amaru II rebellion in Peru (1780–81) followed.
- **Pombal's reforms** centralised Brazilian government and expelled the Jesuits (1759).
- **British reforms after 1763**: new taxes and tighter control ended salutary neglect and provoked the American Revolution (see AM.6). The Quebec Act kept French civil law and Catholic rights in Quebec, which helped keep it loyal.

### The historical debate
- **Absolutism or negotiation?** Older views stressed an all-powerful Spanish crown. Many historians now see a negotiated system in which creole elites, the Church and officials bargained with the crown.
- **Bourbon reforms**: some historians call them a "second conquest" of America that alienated creoles and explains independence; others argue their effects were uneven and that loyalty survived until the crisis of 1808.
- **Comparing empires**: British colonies are often described as more self-governing, but historians note that Spanish cabildos and British assemblies both let local elites govern themselves in practice.

### Example argument
**"Compare and contrast colonial government in Spanish America and British North America."**
- Introduction: both were monarchical empires that in practice relied on local elites; the key difference was representative assemblies.
- Paragraph 1 (structures): viceroys and audiencias versus governors and assemblies.
- Paragraph 2 (economy and trade control): Casa de Contratación and the fleet system versus the Navigation Acts.
- Paragraph 3 (reforms and reactions): Bourbon reforms and revolts of 1780–81 versus the Stamp Act crisis.
- Conclusion: assess how far each system's eighteenth-century reforms undermined its own authority.

### Exam tips
- Structure comparisons by theme, not colony by colony.
- Include at least one of New France or Brazil to show regional range.
- Use precise terms (audiencia, cabildo, intendant, seigneurial system) and explain them briefly.`,
  },
  {
    key: "history-note-am-4",
    levels: HL,
    topicCode: "AM.4",
    body: String.raw`This section studies religion in the colonial Americas between 1500 and 1800: Catholic missions in Spanish and Portuguese America and New France, the debate over the rights of indigenous people, Protestant colonies in British North America, and the religions of enslaved Africans. Paper 3 questions ask about the aims and methods of missionaries, the success of conversion, syncretism, religious conflict and tolerance.

### Key facts and dates

| Date | Event |
|---|---|
| 1511 | Antonio de Montesinos's sermon in Hispaniola condemns Spanish abuses |
| 1524 | The "Twelve" Franciscans arrive in New Spain |
| 1531 | Traditional date of the apparition of the Virgin of Guadalupe |
| 1537 | Papal bull Sublimis Deus declares that indigenous peoples are rational and may not be enslaved |
| 1550–51 | Valladolid debate: Bartolomé de las Casas versus Juan Ginés de Sepúlveda |
| 1560s | Taki Onqoy movement in the Andes rejects Christianity |
| 1570–71 | Inquisition tribunals set up in Lima and Mexico City |
| 1609 | First Jesuit reductions (mission towns) among the Guaraní |
| 1630 | Puritan Massachusetts Bay Colony founded |
| 1636 | Roger Williams founds Rhode Island on religious liberty |
| 1649 | Maryland Toleration Act; Jesuit missions among the Wendat (Huron) destroyed |
| 1680 | Pueblo Revolt led by Popé expels the Spanish from New Mexico |
| 1681 | Pennsylvania founded by the Quaker William Penn |
| 1692 | Salem witch trials |
| 1730s–40s | The Great Awakening (Jonathan Edwards, George Whitefield) |
| 1759, 1767 | Jesuits expelled from Portuguese and then Spanish territories |

### Key ideas
- **The Catholic mission**: the Spanish crown's right of patronage (patronato real) let it control the Church in America. Friars learned indigenous languages, baptised on a mass scale, built churches over temples and set up schools. Missions combined conversion with labour and political control.
- **Debate over indigenous rights**: Las Casas argued indigenous people were free and should be converted peacefully; Sepúlveda used Aristotle's idea of "natural slaves" to justify conquest. The debate influenced the New Laws (1542) but did not end abuses.
- **Resistance and syncretism**: indigenous peoples often kept older beliefs within Christian forms; extirpation campaigns in Peru in the seventeenth century tried to root out "idolatry". The cult of Guadalupe became a symbol of Mexican identity. Enslaved Africans created Vodou, Santería and Candomblé, mixing West African religions with Catholic saints.
- **New France**: Jesuits lived among the Wendat and recorded their work in the Jesuit Relations; Ursulines founded schools (1639). Missions were tied to the fur trade alliance and collapsed when the Haudenosaunee destroyed Wendake (1648–49).
- **British North America**: colonies were founded partly for religious reasons, but tolerance varied: Puritan Massachusetts expelled dissenters, while Rhode Island and Pennsylvania allowed wide liberty. The Great Awakening weakened established churches and encouraged questioning of authority.

### The historical debate
- **"Spiritual conquest"**: Robert Ricard (1933) described rapid and largely successful conversion in Mexico. Later historians, using indigenous-language sources, argue that conversion was partial and that indigenous people reshaped Christianity to their own needs.
- **The Jesuit reductions**: seen by some as protective communities shielding the Guaraní from slave raiders, by others as paternalistic control that destroyed Guaraní culture.
- **The Great Awakening and revolution**: some historians argue that its challenge to authority prepared the ground for the American Revolution; others see little direct link.

### Example argument
**"Evaluate the success of Catholic missionaries in converting indigenous peoples in the Americas before 1800."**
- Introduction: define success (baptism, belief, practice); argue that outward conversion was widespread but inner belief mixed.
- Paragraph 1: evidence of success in New Spain and the Andes: mass baptisms, churches, confraternities, Guadalupe.
- Paragraph 2: limits: Taki Onqoy, extirpation campaigns, the Pueblo Revolt, syncretism.
- Paragraph 3: comparison with New France, where conversion among the Wendat was slow and depended on alliances.
- Conclusion: judgement on how far "success" depends on the definition and on the region.

### Exam tips
- Distinguish Catholic and Protestant approaches: mass conversion versus covenant communities that rarely tried to convert indigenous peoples (John Eliot's "praying towns" are an exception).
- Include African religion in the Americas: it shows range.
- Support claims about belief with concrete evidence, not assumptions.`,
  },
  {
    key: "history-note-am-5",
    levels: HL,
    topicCode: "AM.5",
    body: String.raw`This section examines slavery in the Americas between 1500 and 1800: indigenous forced labour, the Atlantic slave trade, plantation systems in Brazil, the Caribbean and North America, slave law and resistance, and the early abolition movement. Paper 3 questions ask about the reasons for African slavery, conditions, resistance, comparisons between slave societies, and the economic importance of slavery.

### Key facts and dates

| Date | Event |
|---|---|
| 1542 | Spain's New Laws ban the enslavement of indigenous people in principle |
| 1570s onwards | Brazil's sugar economy relies increasingly on enslaved Africans |
| c1605–1694 | Palmares, a large runaway (quilombo) community in north-east Brazil |
| 1619 | First recorded Africans arrive in Virginia |
| 1640s | "Sugar revolution" in Barbados |
| 1655 | England seizes Jamaica |
| 1661, 1662 | Barbados slave code; Virginia law makes a child's status follow its mother's |
| 1685 | France's Code Noir |
| 1739 | Stono Rebellion in South Carolina; treaties between Britain and the Jamaican Maroons |
| 1760 | Tacky's revolt in Jamaica |
| 1772 | Somerset case in England |
| 1780 | Pennsylvania passes a gradual abolition act |
| 1791 | Slave revolt in Saint-Domingue begins the Haitian Revolution |

### Scale of the trade
The Trans-Atlantic Slave Trade Database estimates about 12.5 million Africans were embarked between 1501 and 1866, and about 10.7 million survived the Middle Passage. Brazil received the largest share (over 40%), the Caribbean most of the rest; mainland North America took under 5%. Deaths on the voyage averaged roughly 12–15% over the whole period, higher in the early centuries.

### Causes and consequences
- **Why African slavery?** Indigenous populations collapsed from disease and the Spanish crown restricted their enslavement; European indentured servants were too few and served limited terms; Portuguese traders already had access to West African markets; and sugar demanded a large, coerced labour force. Racist ideas grew to justify the system.
- **Differences between slave societies**: Caribbean sugar colonies had very high death rates, so planters relied on constant imports. In British North America the enslaved population grew by natural increase. Brazil and Spanish America had more manumission and larger free populations of colour.
- **Slave law**: codes defined enslaved people as property, banned gatherings and weapons, and made slavery hereditary. The Code Noir required baptism and limited some punishments, but enforcement was weak.
- **Resistance**: everyday resistance (slowdowns, sabotage), flight to maroon communities (Palmares, Jamaica's Maroons, Suriname), and revolts (Stono, Tacky's revolt). The Haitian Revolution was the only revolt to end slavery and create a state.
- **Early abolitionism**: Quakers, Enlightenment thinkers and revolutionary ideas led to gradual abolition in northern US states; the British and US bans on the slave trade followed in 1807–08.

### The historical debate
- **Slavery and capitalism**: Eric Williams (Capitalism and Slavery, 1944) argued that slave-trade and plantation profits helped finance British industrialisation and that Britain abolished the trade when slavery became unprofitable. Seymour Drescher (Econocide, 1977) argued that slavery was still profitable at abolition, so moral and political pressure explains it.
- **Comparative slavery**: Frank Tannenbaum (1946) argued that Iberian law and the Catholic Church made Latin American slavery milder than in the English colonies. Critics point to Brazil's high death rates and say manumission reflected economic rather than humane motives.
- **Race and slavery**: historians debate whether racism caused slavery or slavery produced racism; Winthrop Jordan (White over Black, 1968) described an "unthinking decision" in which both developed together.

### Example argument
**"Compare and contrast slavery in Brazil and British North America before 1800."**
- Introduction: both used African slavery on a large scale, but demography, law and manumission differed.
- Paragraph 1 (economy): sugar and later gold in Brazil; tobacco, rice and indigo in North America.
- Paragraph 2 (demography and conditions): Brazil's dependence on imports versus natural increase in Virginia.
- Paragraph 3 (law, religion and manumission): Catholic brotherhoods and more frequent manumission in Brazil versus restrictive North American codes.
- Paragraph 4 (resistance): Palmares versus Stono.
- Conclusion: evaluate Tannenbaum's thesis in the light of this evidence.

### Exam tips
- Use numbers carefully and say they are estimates.
- Show agency: enslaved people resisted and shaped their cultures, they were not only victims.
- Cover at least two regions to show range.`,
  },
  {
    key: "history-note-am-6",
    levels: HL,
    topicCode: "AM.6",
    body: String.raw`This section compares independence movements from 1763 to 1830: the American Revolution, the Haitian Revolution, the wars of independence in Spanish America, and Brazil's largely peaceful separation from Portugal. Paper 3 questions ask about causes, the role of leaders and ideas, foreign involvement, and why outcomes differed.

### Key facts and dates

| Date | Event |
|---|---|
| 1763 | Treaty of Paris; Proclamation Line limits western settlement |
| 1765 | Stamp Act: "no taxation without representation" |
| 1773–74 | Boston Tea Party; Coercive ("Intolerable") Acts |
| 1775 | Fighting at Lexington and Concord (April) |
| 1776 | Declaration of Independence (4 July) |
| 1777–78 | Saratoga; French alliance with the United States |
| 1781, 1783 | British surrender at Yorktown; Treaty of Paris recognises US independence |
| 1791 | Enslaved people rise in Saint-Domingue |
| 1804 | Haitian independence declared by Dessalines (1 January) |
| 1808 | Napoleon invades Spain and deposes the Bourbons; Portuguese court moves to Brazil |
| 1810 | Juntas in Caracas, Buenos Aires, Santiago and Bogotá; Hidalgo's Grito de Dolores (16 September) |
| 1816 | Argentine independence declared at Tucumán |
| 1817–18 | San Martín crosses the Andes; Chacabuco and Maipú secure Chile |
| 1819, 1821 | Bolívar wins at Boyacá and Carabobo |
| 1821 | Plan of Iguala: Mexican independence under Iturbide |
| 1822 | Pedro declares Brazilian independence (7 September) |
| 1824 | Ayacucho: Sucre's victory ends Spanish power in South America |

### Causes
- **British America**: the end of the French threat in 1763, British debts and new taxes, and the end of salutary neglect; colonists used English constitutional rights and Enlightenment ideas (Locke, Paine's Common Sense) to resist.
- **Haiti**: a brutal sugar regime, the example of the French Revolution, conflict between whites, free people of colour and the enslaved, and the leadership of Toussaint Louverture. France abolished slavery in 1794; Napoleon's attempt to restore control (Leclerc's expedition, 1802) led to full independence.
- **Spanish America**: creole resentment of the Bourbon reforms and of peninsular office-holders, Enlightenment and US examples, trade restrictions, and above all the crisis of legitimacy after 1808. Elites feared social revolution, especially after Haiti and Hidalgo's popular rising, which made many Mexican creoles royalist until 1821.
- **Brazil**: the Portuguese court in Rio (1808–21) made Brazil a kingdom; when the Lisbon Cortes tried to reduce it to colonial status, Pedro led the break, keeping monarchy and slavery.

### Consequences
- The USA created a republic with a written constitution but kept slavery. Haiti abolished slavery but was isolated, and in 1825 was forced to pay France a large indemnity in exchange for recognition. Spanish America fragmented into many states, with devastated economies and powerful armies. Brazil kept unity under an emperor. The Monroe Doctrine (1823) warned Europe against recolonisation.

### The historical debate
- **American Revolution**: Progressive historians such as Charles Beard stressed economic interests; Bernard Bailyn (1967) stressed ideology, especially fear of conspiracy against liberty; Gordon Wood (1991) argued the revolution was socially radical.
- **Spanish America**: some historians stress long-term causes (Bourbon reforms, creole identity); others argue independence was not inevitable and was triggered by the 1808 collapse of the monarchy, and they highlight the liberal Cádiz Constitution of 1812 as part of one Hispanic revolution.
- **Revolution or independence?** Historians debate how far these movements changed society, since creole elites often replaced peninsular ones without freeing the enslaved or helping indigenous peoples.

### Example argument
**"To what extent were the causes of independence in British North America and Spanish America similar?"**
- Introduction: both involved resistance to imperial reform and Enlightenment ideas, but the trigger in Spanish America was external.
- Paragraph 1: imperial reforms (taxes after 1763; Bourbon reforms).
- Paragraph 2: ideas and leadership (Jefferson, Paine; Bolívar's Jamaica Letter, 1815).
- Paragraph 3: the differing triggers (the 1775 clash versus Napoleon's invasion of Spain in 1808).
- Paragraph 4: social fears (slavery, indigenous and mixed-race majorities) shaped the elite response in both.
- Conclusion: similar underlying tensions, different triggers and social contexts.

### Exam tips
- Compare two or more movements explicitly in each paragraph.
- Know the military turning points and foreign help (France in 1778; Britain's indirect support for Spanish American independence).
- Avoid treating Latin America as a single story; Mexico, Río de la Plata and Brazil differ greatly.`,
  },
];
