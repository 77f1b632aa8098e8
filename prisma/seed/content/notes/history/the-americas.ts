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
  {
    key: "history-note-am-7",
    levels: HL,
    topicCode: "AM.7",
    body: String.raw`This section covers how new nations were built after independence, from about 1780 to 1870: the United States from the Articles of Confederation to westward expansion, the struggles of Spanish American republics with caudillos and civil war, the Brazilian Empire, and the road to Canadian Confederation. Paper 3 questions ask about the problems new states faced, why some were more stable than others, and the role of leaders and constitutions.

### Key facts and dates

| Date | Event |
|---|---|
| 1781–89 | Articles of Confederation; Shays' Rebellion (1786–87) shows central weakness |
| 1787–91 | US Constitution drafted, ratified (1788) and amended by the Bill of Rights |
| 1791 | Constitutional Act divides Quebec into Upper and Lower Canada |
| 1803 | Louisiana Purchase |
| 1823–c1840 | United Provinces of Central America, which then break apart |
| 1830 | Gran Colombia dissolves into Venezuela, Colombia (New Granada) and Ecuador; US Indian Removal Act |
| 1833 | Chile's conservative constitution, associated with Diego Portales |
| 1829–52 | Juan Manuel de Rosas dominates Buenos Aires and the Argentine provinces (with an interval 1832–35) |
| 1836 | Texas breaks away from Mexico |
| 1837–38 | Rebellions in Upper and Lower Canada |
| 1839–41 | Durham Report; Act of Union joins the two Canadas |
| 1840–89 | Reign of Pedro II in Brazil |
| 1846–48 | US–Mexican War; counting Texas, Mexico has lost about half its territory by 1848 |
| 1848 | Responsible government in Nova Scotia and the Province of Canada |
| 1855–57 | Mexico's Reform laws (Ley Juárez, Ley Lerdo) and the 1857 Constitution |
| 1862–67 | French intervention in Mexico; Maximilian executed 1867 |
| 1864–70 | War of the Triple Alliance (Paraguay against Brazil, Argentina and Uruguay) |
| 1867 | British North America Act: Confederation of Canada (1 July) |

### Challenges and responses
- **Defining central power**: the US moved from a weak confederation to a federal constitution with checks and balances. Spanish American states fought between centralists and federalists, and between Conservatives (Church privileges, order) and Liberals (secular state, free trade, end of corporate landholding).
- **Caudillos**: independence wars left armies and regional strongmen with more authority than new governments. Rosas in Argentina, Santa Anna (president of Mexico several times between 1833 and 1855) and Páez in Venezuela built personal power on patronage and force.
- **Economic weakness**: war damage, debts to British lenders, and dependence on a few exports made revenue uncertain, which encouraged coups.
- **Indigenous peoples and territory**: US removal of the south-eastern nations (the Cherokee "Trail of Tears", 1838–39) opened land for cotton; Mexico lost Texas and then the north to US expansion justified by "Manifest Destiny".
- **Stable exceptions**: Brazil's monarchy gave legitimacy and unity; Chile's strong presidency under the 1833 constitution produced orderly elections among elites.
- **Canada**: after the 1837–38 rebellions, Lord Durham recommended union and responsible government. Confederation in 1867 (Ontario, Quebec, Nova Scotia, New Brunswick) was driven by political deadlock in the Province of Canada, railway finance, the end of reciprocity with the US (1866), fear of US expansion after the Civil War and Fenian raids, and British encouragement. The Red River Resistance (1869–70) led by Louis Riel produced the province of Manitoba (1870).

### The historical debate
- **Why caudillismo?** Some historians stress the militarisation of the independence wars; others stress weak economies and the absence of a legitimate replacement for the Spanish crown; others see caudillos as patrons who answered real local needs rather than mere tyrants.
- **Mexico's Reform**: Liberal historiography presented Juárez as a national hero defending sovereignty; critics note that the Ley Lerdo broke up indigenous communal lands as well as Church property.
- **Canadian Confederation**: historians debate whether it was chiefly a defensive response to the US, an economic project of railway and business interests, or a compromise between English and French Canada (the "compact" theory).

### Example argument
**"Compare and contrast the reasons for political instability in two countries of the region in the period c1780–c1870."**
- Introduction: choose contrasting cases, for example Mexico (unstable) and Brazil or Chile (relatively stable); argue that legitimacy and elite unity were the key differences.
- Paragraph 1: the legacy of independence (long war in Mexico; negotiated independence under a monarch in Brazil).
- Paragraph 2: elite divisions (Liberals and Conservatives in Mexico; Church question).
- Paragraph 3: external pressure (US–Mexican War, French intervention).
- Paragraph 4: economy and regionalism.
- Conclusion: weigh internal against external causes.

### Exam tips
- Use the whole region: at least one Latin American case alongside the US or Canada.
- Name specific constitutions and leaders with dates.
- Avoid treating "instability" as inevitable: explain why Chile and Brazil differed.`,
  },
  {
    key: "history-note-am-8",
    levels: HL,
    topicCode: "AM.8",
    body: String.raw`This section covers the United States Civil War: its long-term and short-term causes from the 1840s, the course of the war (1861–65), why the Union won, and Reconstruction to 1877. Paper 3 questions ask about the role of slavery in causing the war, key turning points, the reasons for Union victory, and the successes and failures of Reconstruction.

### Key facts and dates

| Date | Event |
|---|---|
| 1846 | Wilmot Proviso proposes banning slavery from land won from Mexico |
| 1850 | Compromise of 1850, including a strict Fugitive Slave Act |
| 1852 | Harriet Beecher Stowe's Uncle Tom's Cabin |
| 1854 | Kansas-Nebraska Act; Republican Party founded |
| 1857 | Dred Scott decision: Congress cannot ban slavery in the territories |
| 1859 | John Brown's raid on Harpers Ferry |
| 1860 | Lincoln elected (November); South Carolina secedes (20 December) |
| 1861 | Confederacy formed (February); Fort Sumter fired on (12 April) |
| 1862 | Antietam (September) |
| 1863 | Emancipation Proclamation (1 January); Gettysburg and Vicksburg (July) |
| 1864 | Sherman takes Atlanta; March to the Sea |
| 1865 | Lee surrenders at Appomattox (9 April); Lincoln assassinated; Thirteenth Amendment abolishes slavery |
| 1867 | Reconstruction Acts begin "Radical Reconstruction" |
| 1868, 1870 | Fourteenth Amendment (citizenship, equal protection); Fifteenth Amendment (vote regardless of race) |
| 1877 | Compromise of 1877: federal troops withdrawn from the South |

### Causes
- **Long-term**: economic and social differences between a free-labour North and a slave-based South; the expansion of slavery into the West after the Mexican War; the rise of abolitionism and of Southern defences of slavery as a "positive good".
- **Breakdown of compromise**: the Kansas-Nebraska Act replaced the Missouri Compromise line with popular sovereignty, leading to violence in "Bleeding Kansas"; the Second Party System collapsed and a purely Northern Republican Party emerged.
- **Short-term**: Dred Scott, Brown's raid, and Lincoln's election on a platform of no extension of slavery persuaded the Deep South that slavery was threatened. Secession documents of states such as Mississippi and South Carolina named slavery directly.

### Course and Union victory
- The Union had about two-and-a-half times the South's population and far more industry and railways; the blockade (the Anaconda Plan) strangled Southern trade.
- Emancipation turned the war into a war against slavery, discouraged British and French recognition of the Confederacy, and brought about 180,000 Black soldiers into Union forces.
- Grant's and Sherman's strategy of total war from 1864 destroyed Southern resources. Confederate weaknesses included states' rights disputes, inflation and desertion.
- Deaths: long estimated at about 620,000; a 2011 demographic study raised this to about 750,000 (with a range of roughly 650,000 to 850,000).

### Reconstruction
- Presidential Reconstruction under Andrew Johnson allowed Southern states to pass Black Codes. Congress responded with the Civil Rights Act of 1866, the Fourteenth Amendment, military rule and Black male suffrage; Johnson was impeached but acquitted (1868).
- Achievements: Black voting and office-holding, schools, the Freedmen's Bureau. Failures: no land redistribution ("forty acres and a mule" was not delivered), sharecropping, Ku Klux Klan terror, Northern loss of interest after the 1873 depression, and "Redeemer" governments after 1877.

### The historical debate
- **Causes**: the post-war "Lost Cause" view stressed states' rights; "revisionists" of the 1930s and 1940s (such as James G. Randall and Avery Craven) saw a "needless war" caused by blundering politicians. Most historians today, for example James McPherson, see slavery as the central cause.
- **Union victory**: economic explanations versus leadership (Lincoln, Grant) versus Confederate internal weaknesses such as loss of will.
- **Reconstruction**: the Dunning School (early 1900s) portrayed it as corrupt misrule; W. E. B. Du Bois (Black Reconstruction, 1935) and Eric Foner (1988, "America's unfinished revolution") present it as a democratic experiment defeated by violence.

### Example argument
**"Discuss the view that slavery was the main cause of the American Civil War."**
- Introduction: argue that slavery was the underlying cause of every major dispute, including states' rights.
- Paragraph 1: expansion of slavery and the collapse of compromise, 1846–54.
- Paragraph 2: states' rights and constitutional arguments (but note the Fugitive Slave Act's use of federal power).
- Paragraph 3: political failure and party collapse, the revisionist view.
- Paragraph 4: Lincoln's election and secession declarations.
- Conclusion: political failures were triggers; slavery was the cause.

### Exam tips
- Keep to 1840–1877: Reconstruction questions are common, so revise it as well as the war.
- Use historians to frame the debate, not as a substitute for evidence.`,
  },
  {
    key: "history-note-am-9",
    levels: HL,
    topicCode: "AM.9",
    body: String.raw`This section covers the development of modern nations between 1865 and 1929: industrialisation, immigration and reform in the United States and Canada, and export-led growth and political change in Latin America. Paper 3 questions ask about the causes and effects of economic growth, the treatment of indigenous peoples and immigrants, reform movements, and the nature of "order and progress" regimes.

### Key facts and dates

| Date | Event |
|---|---|
| 1869 | US transcontinental railroad completed |
| 1876 | Battle of the Little Bighorn; Canada's Indian Act; Porfirio Díaz seizes power in Mexico |
| 1879 | Macdonald's National Policy of protective tariffs in Canada |
| 1879–84 | War of the Pacific: Chile gains nitrate lands from Bolivia and Peru |
| 1885 | Canadian Pacific Railway completed; North-West Resistance, Riel hanged; Chinese head tax |
| 1887 | US Dawes Act breaks up reservations into individual plots |
| 1888–89 | Brazil abolishes slavery (Lei Áurea, 1888) and becomes a republic (1889) |
| 1890 | Sherman Antitrust Act; Wounded Knee massacre |
| 1892 | Populist Party's Omaha Platform |
| 1896–1911 | Wilfrid Laurier prime minister; mass settlement of the Canadian prairies |
| 1901–09 | Theodore Roosevelt's presidency; Progressive reforms |
| 1912 | Sáenz Peña Law: secret, compulsory male suffrage in Argentina |
| 1916 | Hipólito Yrigoyen (Radical Civic Union) elected in Argentina |
| 1920 | Nineteenth Amendment: women's suffrage in the US |

### Key developments
- **US industrialisation**: railways, steel (Carnegie), oil (Rockefeller's Standard Oil), electricity, and mass immigration (over 20 million arrivals 1880–1920) made the US the world's leading industrial economy by 1900. Costs included slums, dangerous work, violent strikes (Homestead, 1892; Pullman, 1894), and segregation under Jim Crow laws (upheld in Plessy v Ferguson, 1896).
- **Reform**: farmers' Populism attacked railways and the gold standard; the Progressives used regulation (Meat Inspection Act, 1906), trust-busting, and constitutional amendments (income tax, direct election of senators, prohibition, women's suffrage, 1913–20).
- **Canada**: the National Policy combined tariffs, the transcontinental railway and western settlement. Immigration under Clifford Sifton filled the prairies; the Métis and First Nations lost land after 1885, and residential schools expanded.
- **Latin America**: liberal oligarchies promoted exports of raw materials (Argentine beef and wheat, Brazilian coffee and rubber, Chilean nitrates, Mexican minerals), funded by British and later US investment. Positivism ("order and progress") justified authoritarian modernisation, most clearly in Díaz's Mexico (1876–1911). Growth brought railways, ports, cities and European immigration, but also concentrated land and foreign ownership.
- **Political change**: growing middle classes and workers challenged oligarchies: electoral reform and the Radicals in Argentina, labour unrest such as Chile's Santa María school massacre of nitrate strikers (1907), and revolution in Mexico (see AM.11).

### The historical debate
- **"Robber barons" or "industrial statesmen"?** Matthew Josephson (1934) attacked the industrialists; later historians such as Allan Nevins stressed their organising achievements.
- **Progressivism**: a movement of the middle class seeking order, a response to big business, or a way for business to shape regulation in its own interest? Historians disagree.
- **Export-led growth in Latin America**: modernisation theorists saw progress; dependency theorists (such as Andre Gunder Frank, and Fernando Henrique Cardoso with Enzo Faletto) argued it locked the region into subordinate dependence on foreign markets and capital.

### Example argument
**"To what extent did economic growth benefit the people of one country of the region between 1865 and 1929?"**
- Introduction: choose, for example, Argentina; argue that growth was real but unevenly shared.
- Paragraph 1: evidence of growth (exports, railways, Buenos Aires, immigration, rising literacy).
- Paragraph 2: who benefited: landowners (estancieros) and foreign investors; the rise of the middle class.
- Paragraph 3: who lost out: rural labourers, indigenous peoples displaced by the "Conquest of the Desert" (1878–85), workers facing repression (Tragic Week, 1919).
- Paragraph 4: political effects: reform in 1912 and Radical government.
- Conclusion: weighed judgement linked to the dependency debate.

### Exam tips
- Have one detailed case from North America and one from Latin America.
- Include groups that did not benefit (indigenous peoples, African Americans, Chinese Canadians, rural workers).`,
  },
  {
    key: "history-note-am-10",
    levels: HL,
    topicCode: "AM.10",
    body: String.raw`This section examines how the Americas became actors in world affairs between 1880 and 1929: US expansion and intervention in the Caribbean and Central America, the First World War, and the 1920s. It also covers Canada's growing autonomy within the British Empire and Latin American responses to US power. Paper 3 questions ask about the motives for US expansion, the impact of intervention, and the effects of the First World War on countries of the region.

### Key facts and dates

| Date | Event |
|---|---|
| 1889–90 | First International Conference of American States, Washington |
| 1898 | USS Maine explodes (February); Spanish-American War; US annexes Hawaii; Treaty of Paris gives the US Puerto Rico, Guam and the Philippines |
| 1899–1902 | Canada sends volunteers to the South African War |
| 1901–03 | Platt Amendment lets the US intervene in Cuba and secures Guantánamo |
| 1903 | Panama breaks from Colombia with US backing; canal treaty |
| 1904 | Roosevelt Corollary to the Monroe Doctrine |
| 1912–33 | US Marines in Nicaragua (most of the period) |
| 1914 | US occupation of Veracruz; Panama Canal opens |
| 1915–34 | US occupation of Haiti; Dominican Republic occupied 1916–24 |
| 1917 | Zimmermann Telegram; US enters war (6 April); Vimy Ridge (April); Canadian conscription crisis; Brazil declares war (October) |
| 1918 | Wilson's Fourteen Points (January) |
| 1919–20 | US Senate rejects the Treaty of Versailles; Canada signs separately and joins the League |
| 1921–22 | Washington Naval Conference |
| 1924 | Dawes Plan |
| 1926 | Balfour Declaration defines dominions as equal and autonomous |
| 1928 | Kellogg-Briand Pact |

### Causes of US expansion
- **Economic**: the search for markets after the depression of the 1890s, and protection of investment (United Fruit, sugar, mining). Taft's "dollar diplomacy" replaced troops with loans, though troops followed when debts went unpaid.
- **Strategic**: Alfred Thayer Mahan's arguments for sea power, coaling stations and an isthmian canal.
- **Ideological**: Social Darwinism, racial ideas and a sense of mission; the yellow press (Hearst, Pulitzer) stirred opinion over Cuba.

### Consequences of intervention
- Cuba became a protectorate; the Philippines fought a war against US rule (1899–1902). Occupations of Haiti and the Dominican Republic built roads and customs systems but imposed forced labour and created US-trained constabularies that later supported dictators (Trujillo in the Dominican Republic). In Nicaragua, Augusto Sandino resisted the Marines (1927–33).
- Latin American resentment of the "Colossus of the North" grew, shown in Pan-American conferences such as Havana (1928).

### The First World War and the 1920s
- **USA**: neutrality, then entry in 1917 after unrestricted submarine warfare and the Zimmermann Telegram; Wilson's Fourteen Points shaped the peace but the Senate rejected the League. In the 1920s the US was not simply isolationist: it led naval disarmament and financed European recovery through the Dawes Plan.
- **Canada**: about 60,000 Canadians were killed. Vimy Ridge became a symbol of nationhood; conscription (1917) deeply divided English and French Canada. Separate signature of Versailles, the Chanak crisis (1922), the Halibut Treaty (1923) and the Balfour Declaration marked growing autonomy, confirmed by the Statute of Westminster (1931).
- **Latin America**: most states stayed neutral; Brazil joined the Allies. Loss of European trade encouraged some local industry and shifted investment from Britain to the US.

### The historical debate
- **Motives**: William Appleman Williams (The Tragedy of American Diplomacy, 1959) argued that US policy aimed at an "Open Door" for American trade; others stress strategy, security or idealism. Some historians call 1898 a break; others see continuity with earlier continental expansion.
- **Isolationism in the 1920s**: many historians now argue that the label is misleading, since the US was active economically and diplomatically while avoiding alliances.

### Example argument
**"Evaluate the reasons for US intervention in the Caribbean and Central America between 1898 and 1929."**
- Introduction: economic, strategic and ideological motives interacted; argue that strategic concern for the canal was central after 1903.
- Paragraph 1: 1898 and Cuba: humanitarian claims, sugar interests, strategic position.
- Paragraph 2: Panama and the Roosevelt Corollary: the canal and fear of European intervention.
- Paragraph 3: dollar diplomacy and occupations (Nicaragua, Haiti).
- Conclusion: weigh motives; note the gap between stated aims and outcomes.

### Exam tips
- Use Canadian and Latin American examples as well as the US.
- Distinguish "imperialism" (formal colonies) from informal control (protectorates, customs receiverships).`,
  },
  {
    key: "history-note-am-11",
    levels: HL,
    topicCode: "AM.11",
    body: String.raw`This section studies the Mexican Revolution from the later Porfiriato (Díaz returned to power in 1884) to the end of Lázaro Cárdenas's presidency (1940). Paper 3 questions ask about its causes, the role of leaders (Madero, Zapata, Villa, Carranza, Obregón, Calles, Cárdenas), the 1917 Constitution, the impact on different social groups, and whether the revolution achieved its aims.

### Key facts and dates

| Date | Event |
|---|---|
| 1884–1911 | Porfirio Díaz rules continuously (he first took power in 1876) |
| 1906–07 | Strikes at Cananea and Río Blanco suppressed |
| 1908 | Díaz tells a US journalist (Creelman) Mexico is ready for democracy |
| 1910 | Díaz re-elected; Madero's Plan of San Luis Potosí calls a revolt for 20 November |
| 1911 | Díaz resigns (May); Zapata's Plan of Ayala demands land (November) |
| 1913 | "Tragic Ten Days": Huerta seizes power; Madero murdered (February) |
| 1914 | US occupies Veracruz; Huerta falls; Convention of Aguascalientes |
| 1915 | Obregón defeats Villa at Celaya |
| 1917 | Constitution promulgated (5 February) |
| 1919–20 | Zapata killed (April 1919); Carranza killed (1920); Obregón president 1920–24 |
| 1924–28 | Calles president; Cristero War 1926–29 |
| 1928–29 | Obregón assassinated; Calles founds the National Revolutionary Party (PNR) |
| 1934–40 | Cárdenas president |
| 1938 | Oil expropriation (18 March); party reorganised as the PRM |

### Causes
- **Political**: Díaz's long rule, fraudulent elections and the closed circle of the científicos frustrated the middle class and younger elites.
- **Economic and social**: export-led growth under foreign investment concentrated land in haciendas; villages lost communal lands to survey companies and estates; workers faced harsh conditions; the 1907 recession hit hard.
- **Regional**: northern elites such as Madero and Carranza resented Díaz's favourites; peasants in Morelos (Zapata) and ranchers, miners and cowboys in Chihuahua (Villa) had distinct grievances.
- **Trigger**: the disputed 1910 election and Díaz's age raised the succession question.

### Course and outcomes
- Madero's moderate government failed to satisfy agrarian rebels and was overthrown by Huerta. The Constitutionalists (Carranza, Obregón) and Villa and Zapata defeated Huerta, then fought each other; Obregón's modern tactics won.
- The **1917 Constitution** was radical on paper: Article 27 (nation's ownership of land and subsoil, land reform), Article 123 (labour rights), Article 3 (secular education), with strong anticlerical provisions.
- Deaths from fighting, disease and hunger are estimated at around 1 million or more (estimates vary widely, partly because emigration is hard to separate).
- The Sonoran presidents rebuilt the state: Vasconcelos's education programme and the muralists (Rivera, Orozco, Siqueiros) promoted national identity. Calles's enforcement of anticlerical laws provoked the Cristero War.
- **Cárdenas** redistributed around 18 to 20 million hectares, mainly as ejidos, organised workers (CTM) and peasants (CNC) within the ruling party, and nationalised oil, creating PEMEX. The party became the basis of one-party rule (the PRI from 1946).

### The historical debate
- **Was it a revolution?** Frank Tannenbaum (1930s) saw a genuine agrarian, popular revolution. Revisionists such as Ramón Ruiz (1980) called it a "great rebellion" that replaced one elite with another and strengthened the state. Alan Knight (1986) argued for a popular, agrarian revolution that changed Mexico, though not as the rebels intended.
- **Role of the US**: some historians stress US investment and intervention as a cause and shaper of the revolution; others see it as mainly internal.
- **When did it end?** 1917, 1920, 1940, or never ("institutionalised" revolution)?

### Example argument
**"To what extent did the Mexican Revolution achieve its aims by 1940?"**
- Introduction: the aims differed (Madero's democracy; Zapata's land; workers' rights; national control of resources); argue that social aims were partly achieved under Cárdenas, political democracy was not.
- Paragraph 1: democracy: no re-election won, but one-party rule emerged.
- Paragraph 2: land: slow reform until 1934, then large-scale ejido grants.
- Paragraph 3: workers and nationalism: Article 123, CTM, oil expropriation.
- Paragraph 4: Church and education.
- Conclusion: weigh achievements against continuity of elite and state power.

### Exam tips
- Learn the sequence of leaders and what each stood for.
- Use Article numbers precisely; link them to the groups they served.`,
  },
  {
    key: "history-note-am-12",
    levels: HL,
    topicCode: "AM.12",
    body: String.raw`This section covers the causes and effects of the Great Depression in the Americas, from the weaknesses of the 1920s economy to the late 1930s: the US crash and the New Deal, Canada's response under Bennett and King, and the political and economic consequences in Latin America. Paper 3 questions ask about causes, the effectiveness of government responses, and the impact on society and politics.

### Key facts and dates

| Date | Event |
|---|---|
| 1929 | Wall Street Crash (24 and 29 October) |
| 1930 | Smoot-Hawley Tariff; military coup in Argentina (September); Vargas takes power in Brazil (October); R. B. Bennett elected in Canada |
| 1932 | Bonus Army dispersed; Co-operative Commonwealth Federation (CCF) founded in Canada |
| 1933 | US unemployment about 25%; Roosevelt inaugurated (March); the Hundred Days; Good Neighbor Policy; fall of Machado in Cuba and Sergeants' Revolt (Batista) |
| 1935 | Second New Deal (WPA, Social Security Act, Wagner Act); Schechter case strikes down NIRA; On-to-Ottawa Trek and Regina Riot; Bennett's "New Deal"; Social Credit wins Alberta; Mackenzie King returns |
| 1937 | Roosevelt's "court-packing" plan fails; Vargas's Estado Novo; recession of 1937–38 |
| 1938 | Mexican oil expropriation (see AM.11) |

### Causes
- **US weaknesses**: overproduction in farming and industry, unequal income distribution, speculation on margin, weak unregulated banks, and dependence of Europe on US loans.
- **International**: war debts and reparations, the gold standard, and tariff wars that cut world trade.
- **Latin America and Canada**: dependence on a few exports (wheat, coffee, sugar, nitrates, tin) whose prices collapsed; a League of Nations survey judged Chile the country hardest hit of all. Canadian wheat prices collapsed and the prairies suffered drought.

### Responses
- **Hoover**: voluntarism, then the Reconstruction Finance Corporation (1932); seen as too little.
- **The New Deal**: relief, recovery and reform: Emergency Banking Act, CCC, AAA, TVA, NIRA (1933); WPA, Social Security and the Wagner Act (1935). Unemployment fell but stayed above 14% until 1940; the economy recovered fully only with war spending. Critics on the left (Huey Long, Father Coughlin, Francis Townsend) and the right (the Liberty League, the Supreme Court).
- **Canada**: Bennett raised tariffs and used relief camps; his 1935 reform package came late and was largely struck down by the courts. Mackenzie King was cautious; new parties (CCF, Social Credit, the Union Nationale in Quebec) grew. Canadian unemployment peaked at about 27–30% in 1933.
- **Latin America**: many democracies collapsed (Argentina's "infamous decade"); governments turned to import-substitution industrialisation (ISI), exchange controls and state intervention. Vargas centralised power and built a corporatist state in Brazil; Cárdenas in Mexico pursued land reform and nationalism. The US Good Neighbor Policy renounced armed intervention and ended the Platt Amendment (1934).

### The historical debate
- **Causes of the Depression**: J. K. Galbraith (The Great Crash, 1955) stressed speculation and structural weaknesses; Milton Friedman and Anna Schwartz (1963) blamed the Federal Reserve for letting the money supply contract; Keynesians stress collapsing demand.
- **The New Deal**: William Leuchtenburg (1963) called it a "half-way revolution"; New Left historians such as Barton Bernstein argued it conserved capitalism and did little for the poorest, African Americans and tenant farmers; conservatives argue it prolonged the Depression.
- **Latin America**: some historians see the Depression as a turning point that ended export-led liberalism; others argue ISI began earlier, during the First World War.

### Example argument
**"Compare and contrast the responses of two governments in the region to the Great Depression."**
- Introduction: choose, for example, the US under Roosevelt and Canada under Bennett; argue that Roosevelt's experimentation contrasted with Bennett's late, orthodox response, though neither ended the Depression.
- Paragraph 1: economic policies (tariffs, relief, public works).
- Paragraph 2: reform and welfare (Social Security versus Bennett's 1935 package).
- Paragraph 3: political consequences (Roosevelt's re-election in 1936; Bennett's defeat in 1935 and new parties).
- Conclusion: judge effectiveness with evidence (unemployment, GDP).

### Exam tips
- Support judgements on effectiveness with figures, saying they are approximate.
- A Latin American case (Brazil under Vargas) adds range and is often less well done by candidates.`,
  },
  {
    key: "history-note-am-13",
    levels: HL,
    topicCode: "AM.13",
    body: String.raw`This section covers the Americas and the Second World War from 1933 to 1945: US neutrality and the road to Pearl Harbor, Canada's war effort, Latin American diplomacy and participation, and the war's social and economic effects on the home fronts, including the treatment of minorities. Paper 3 questions ask why the US moved from neutrality to war, how the war affected countries of the region, and the experience of women and minorities.

### Key facts and dates

| Date | Event |
|---|---|
| 1933 | Good Neighbor Policy announced |
| 1935–37 | US Neutrality Acts |
| 1939 | "Cash and carry" (November); Canada declares war on Germany (10 September); British Commonwealth Air Training Plan |
| 1940 | Ogdensburg Agreement sets up the Canada–US Permanent Joint Board on Defence; destroyers-for-bases deal (September) |
| 1941 | Lend-Lease (March); Executive Order 8802 bans discrimination in defence industries (June); Atlantic Charter (August); Pearl Harbor (7 December); Canadians lost at Hong Kong |
| 1942 | Rio conference: most Latin American states break relations with the Axis (January); internment of Japanese Americans (Executive Order 9066) and removal of Japanese Canadians; Mexico (May) and Brazil (August) declare war; Bracero Program; Dieppe raid (19 August) |
| 1943 | Zoot Suit Riots in Los Angeles; military coup in Argentina |
| 1944 | Brazilian Expeditionary Force in Italy; Canadians land at Juno Beach; Canadian conscription crisis |
| 1945 | Argentina declares war (March); atomic bombs on Hiroshima and Nagasaki (6 and 9 August) |

### Causes of US entry
- Isolationism after 1919 (the Nye Committee blamed arms makers for US entry in 1917) produced the Neutrality Acts.
- Roosevelt moved the US towards support for Britain after the fall of France (1940): destroyers for bases, Lend-Lease ("the arsenal of democracy"), and an undeclared naval war in the Atlantic in 1941.
- In the Pacific, the US oil and asset embargo on Japan (July–August 1941) after its move into southern Indochina led Japan to attack Pearl Harbor. Germany declared war on the US on 11 December 1941.

### Effects on the region
- **USA**: war production ended the Depression, GNP more than doubled in money terms between 1939 and 1945, and unemployment fell to under 2%. Women's employment rose sharply ("Rosie the Riveter"); African Americans moved north and west in the Great Migration and pursued the "Double V" campaign. About 120,000 people of Japanese descent, most of them US citizens, were interned; the Supreme Court upheld this in Korematsu (1944).
- **Canada**: over a million Canadians served, in a population of about 11.5 million; Canada built a major navy, air force and war industry and grew closer to the US (Hyde Park Declaration, 1941). Conscription divided Quebec again: the 1942 plebiscite and the 1944 crisis. Over 20,000 Japanese Canadians were removed from the British Columbia coast and their property sold.
- **Latin America**: the US used the Good Neighbor Policy to secure bases, raw materials and cooperation. Brazil gained US finance for the Volta Redonda steel works and sent an expeditionary force of about 25,000 to Italy; Mexico sent a fighter squadron (Escuadrón 201) to the Philippines and workers to the US through the Bracero Program. Argentina stayed neutral until 1945; the 1943 coup brought Juan Perón to prominence. Demand for raw materials and shortages of imports encouraged ISI.

### The historical debate
- **Roosevelt's road to war**: revisionist critics, beginning with Charles Beard (1948), argued that Roosevelt manoeuvred Japan into striking first so that the US could enter the European war by the "back door"; most historians reject conspiracy theories but agree that he led the US towards war while claiming to seek peace.
- **The atomic bomb**: the orthodox view holds it was used to end the war quickly and save lives; Gar Alperovitz (Atomic Diplomacy, 1965) argued it was aimed partly at impressing the USSR.
- **Good war?** US memory of a "good war" is qualified by historians who stress segregation and internment.

### Example argument
**"Evaluate the impact of the Second World War on one country of the region."**
- Introduction: choose Canada; argue that the war transformed its economy and international status but exposed national divisions.
- Paragraph 1: economic effects: industrial expansion, full employment, links with the US.
- Paragraph 2: social effects: women's work, the treatment of Japanese Canadians.
- Paragraph 3: political effects: conscription crises and Quebec; rise of the CCF and the welfare state.
- Paragraph 4: international effects: middle-power status, founding member of the UN.
- Conclusion: weighed judgement on whether change was lasting.

### Exam tips
- Know Latin American participation as well as the US and Canada; questions may ask about "the region".
- Label estimates as estimates.`,
  },
  {
    key: "history-note-am-14",
    levels: HL,
    topicCode: "AM.14",
    body: String.raw`This section covers political developments in Latin America between 1945 and 1980: populism (Perón, Vargas), social revolutions (Guatemala, Bolivia, Cuba, Nicaragua), and the military regimes that took power across the region in the 1960s and 1970s. Paper 3 questions ask about the rise and fall of populist leaders, the causes and impact of revolutions, and the reasons for military rule.

### Key facts and dates

| Date | Event |
|---|---|
| 1946–55 | Juan Perón president of Argentina; Eva Perón dies 1952; Perón overthrown 1955 |
| 1951–54 | Vargas elected president of Brazil; suicide (August 1954) |
| 1952 | Bolivian Revolution (MNR): tin nationalised, universal suffrage, land reform (1953) |
| 1952–54 | Guatemala's agrarian reform (Decree 900); Árbenz overthrown in a CIA-backed coup (June 1954) |
| 1953 | Castro's attack on the Moncada barracks (26 July) |
| 1959 | Batista flees; Cuban revolutionaries take power (1 January) |
| 1964 | Military coup in Brazil; military rule until 1985 |
| 1968 | Tlatelolco massacre in Mexico City (2 October); military government in Peru under Velasco |
| 1970–73 | Salvador Allende president of Chile |
| 1973 | Coup in Chile (11 September); Perón returns to power in Argentina (dies July 1974) |
| 1976–83 | Military junta in Argentina: the "Dirty War" |
| 1979 | Sandinista revolution in Nicaragua (July) |

### Populism
- **Perón**: built support among urban workers (the descamisados) through unions, wage rises, pensions and Eva Perón's foundation; promoted nationalism (nationalising the British-owned railways) and ISI. Falling export prices, inflation, conflict with the Church and authoritarian methods led to his overthrow in 1955; Peronism remained the dominant political force.
- **Vargas** (second presidency): nationalism (Petrobras, 1953), labour ties; opposition from the military and press ended in his suicide.
- Populism often meant mass politics without full democracy: leaders mobilised workers but controlled unions.

### Revolutions
- **Cuba**: Batista's corruption, US economic dominance, and the guerrilla campaign from the Sierra Maestra brought Castro to power. Agrarian reform and nationalisations led to US hostility, Soviet alliance and a one-party socialist state; gains in literacy and health came with repression and emigration.
- **Guatemala and Bolivia**: reforms that threatened landholding and foreign companies (United Fruit) were reversed in Guatemala by the 1954 coup; in Bolivia the revolution survived but moved rightwards, ending in a military coup (1964).
- **Nicaragua**: the Somoza dynasty's corruption (for example after the 1972 earthquake) united the Sandinistas, the middle class and the Church against it.

### Military regimes
- **Causes**: fear of communism after 1959, economic crisis and inflation, polarisation, US training and support under the national security doctrine, and the armed forces' view of themselves as guardians of the nation.
- **Chile**: Allende's Popular Unity won with 36.6% in 1970; nationalisation of copper, land reform, inflation, strikes and US pressure preceded the coup. Pinochet's regime killed and disappeared over 3,000 people (official figures) and introduced free-market policies advised by the "Chicago Boys".
- **Argentina**: the 1976 junta's "Dirty War": about 9,000 disappearances documented by the CONADEP commission; human rights groups estimate up to 30,000.
- **Brazil**: repression intensified after AI-5 (1968) while the "economic miracle" (1968–73) brought rapid growth.

### The historical debate
- **Populism**: some historians see populists as genuine defenders of workers; others see manipulation that blocked independent labour and democracy.
- **Military rule**: Guillermo O'Donnell's "bureaucratic-authoritarian" model links coups in industrialised countries to the exhaustion of easy ISI and the need to discipline labour; others emphasise Cold War ideology and US influence, or domestic political failures.

### Example argument
**"Compare and contrast the reasons for the establishment of military regimes in two Latin American countries between 1964 and 1976."**
- Introduction: Brazil (1964) and Chile (1973); common fear of the left, different political contexts.
- Paragraph 1: economic crisis (inflation under Goulart; shortages under Allende).
- Paragraph 2: polarisation and fear of communism.
- Paragraph 3: US role (support for the 1964 coup; covert funding against Allende).
- Paragraph 4: military traditions (Brazil's interventions; Chile's earlier constitutionalism).
- Conclusion: judge the relative weight of domestic and external causes.

### Exam tips
- Use at least two countries in depth; avoid generalisations about "Latin America".
- Give disputed figures for repression as ranges with their sources.`,
  },
  {
    key: "history-note-am-15",
    levels: HL,
    topicCode: "AM.15",
    body: String.raw`This section covers domestic politics in the United States from 1945 to 1980 and in Canada from 1945 to the patriation of the constitution in 1982. Paper 3 questions ask about presidential and prime ministerial domestic policies (Truman to Carter; King to Trudeau), McCarthyism, the Great Society, Watergate, the Quiet Revolution and Quebec nationalism, and the growth of the welfare state.

### Key facts and dates: United States

| Date | Event |
|---|---|
| 1947 | Taft-Hartley Act restricts unions over Truman's veto |
| 1948 | Truman wins re-election; orders desegregation of the armed forces |
| 1950–54 | McCarthy's Wheeling speech (February 1950); Senate censures him (December 1954) |
| 1956 | Federal-Aid Highway Act under Eisenhower |
| 1963 | Kennedy assassinated (22 November) |
| 1964–65 | Johnson's Great Society: Civil Rights Act, Economic Opportunity Act, Voting Rights Act, Medicare and Medicaid |
| 1968 | Year of crisis: King and Robert Kennedy assassinated; Nixon elected |
| 1970 | Environmental Protection Agency created |
| 1972–74 | Watergate break-in (June 1972); Nixon resigns (9 August 1974) |
| 1977–81 | Carter: stagflation, energy crisis, Iran hostage crisis (from November 1979) |

### Key facts and dates: Canada

| Date | Event |
|---|---|
| 1948–57 | Louis St Laurent prime minister; Newfoundland joins Canada (1949) |
| 1957–63 | John Diefenbaker; Canadian Bill of Rights (1960) |
| 1960–66 | Quiet Revolution under Jean Lesage in Quebec |
| 1962 | Saskatchewan's medicare under the CCF (Tommy Douglas's plan) |
| 1963–68 | Lester Pearson: Canada Pension Plan, new flag (1965), Medical Care Act (1966) |
| 1968–79, 1980–84 | Pierre Trudeau: Official Languages Act (1969); October Crisis and War Measures Act (1970); multiculturalism policy (1971) |
| 1976–77 | Parti Québécois under René Lévesque elected; Bill 101 makes French Quebec's official language |
| 1980 | Quebec referendum on sovereignty-association: about 60% vote No (20 May) |
| 1982 | Constitution Act with the Charter of Rights and Freedoms (17 April); Quebec does not sign |

### Key themes
- **Expansion of federal government**: from Truman's Fair Deal (mostly blocked by Congress) to the Great Society, the US built a larger welfare state; Eisenhower's "Modern Republicanism" accepted the New Deal. Canada built a fuller welfare state: family allowances (1944), pensions, and national medicare.
- **Anti-communism**: HUAC, loyalty programmes and McCarthy damaged civil liberties; in Canada the Gouzenko affair (1945–46) produced a smaller Red Scare.
- **Crisis of confidence**: Vietnam, urban riots, Watergate and inflation undermined trust in government; Carter's 1979 "crisis of confidence" speech reflected this.
- **Quebec and national unity**: the Quiet Revolution modernised Quebec (secular education, nationalised hydroelectricity in 1962–63) and fed nationalism; the FLQ kidnappings of 1970 led Trudeau to invoke the War Measures Act. Trudeau answered separatism with bilingualism, a strong federal government and patriation with an entrenched Charter.

### The historical debate
- **Liberal consensus**: some historians describe a post-war liberal consensus on anti-communism, growth and the New Deal state that broke down in the late 1960s; others stress that conservatism remained strong throughout.
- **The Great Society**: defenders point to Medicare and the fall in poverty rates (from about 19% in 1964 to about 11% by 1973); conservative critics such as Charles Murray (Losing Ground, 1984) argued welfare created dependency.
- **Trudeau's legacy**: admirers credit the Charter and bilingualism; critics in Quebec see 1982 as patriation without Quebec's consent, and western critics attack the National Energy Program (1980).

### Example argument
**"Evaluate the domestic policies of one US president between 1945 and 1980."**
- Introduction: Lyndon Johnson; argue that he achieved more social legislation than any president since Roosevelt but that Vietnam undermined it.
- Paragraph 1: civil rights legislation and its effects.
- Paragraph 2: the War on Poverty, Medicare and Medicaid, education funding.
- Paragraph 3: limits: urban riots, costs, the war's drain on funds and credibility.
- Conclusion: weighed judgement; lasting programmes versus unmet goals.

### Exam tips
- Learn Canada as thoroughly as the US: questions may ask specifically about Canadian prime ministers.
- Link domestic policy to context (Cold War, economy) but keep the focus domestic.`,
  },
  {
    key: "history-note-am-16",
    levels: HL,
    topicCode: "AM.16",
    body: String.raw`This section examines the Cold War in the Americas from 1945 to 1981: US containment policy and its effects on the region, Canada's role as a middle power, the Cuban Revolution and Missile Crisis, US interventions in Latin America, the Vietnam War's impact on the Americas, and détente. Paper 3 questions ask about the aims and impact of US policy, the Cuban Missile Crisis, and the relations of Canada and Latin American states with the superpowers.

### Key facts and dates

| Date | Event |
|---|---|
| 1945–46 | Gouzenko affair in Ottawa reveals Soviet spying |
| 1947 | Truman Doctrine; Rio Treaty (Inter-American Treaty of Reciprocal Assistance) |
| 1948 | Organization of American States (OAS) founded |
| 1949 | NATO founded, with the US and Canada among the original members |
| 1950–53 | Korean War: US-led UN forces, with a large Canadian contingent |
| 1954 | CIA-backed overthrow of Árbenz in Guatemala |
| 1956–57 | Suez crisis: Lester Pearson proposes a UN force; Nobel Peace Prize (1957) |
| 1957–58 | NORAD joint air defence agreement |
| 1961 | Alliance for Progress announced (March); Bay of Pigs invasion fails (April) |
| 1962 | Cuban Missile Crisis (16–28 October) |
| 1963 | Canadian government falls partly over nuclear warheads for Bomarc missiles |
| 1964–73 | US escalation in Vietnam (Gulf of Tonkin, August 1964) to the Paris Peace Accords (January 1973) |
| 1965 | US troops intervene in the Dominican Republic |
| 1970–73 | US covert action against Allende in Chile |
| 1975 | Operation Condor coordinates Southern Cone repression; Cuban troops to Angola |
| 1977 | Panama Canal treaties signed by Carter and Torrijos |
| 1979 | Sandinista victory in Nicaragua |

### Aims and methods of US policy
- **Containment** in the western hemisphere meant preventing "another Cuba": collective security (Rio Treaty, OAS), military aid and training (the School of the Americas), covert operations (Guatemala 1954, Cuba 1961, Chile 1970–73) and direct intervention (Dominican Republic 1965).
- The **Alliance for Progress** (1961) promised about 20 billion US dollars in aid over ten years for reform and development to undercut revolution; it achieved some growth but failed to bring land reform or democracy, and military coups multiplied.
- **Carter** stressed human rights, cut aid to some military regimes and agreed to return the canal, but the Iranian and Nicaraguan revolutions of 1979 weakened his position. Reagan (from 1981) returned to confrontation.

### Cuba
- The revolution moved Cuba into alliance with the USSR after US sanctions and the Bay of Pigs. The Missile Crisis ended with the removal of Soviet missiles in return for a US pledge not to invade Cuba and the secret removal of US Jupiter missiles from Turkey. Cuba then exported revolution: Che Guevara died in Bolivia (1967), and Cuban forces fought in Angola and Ethiopia.

### Canada
- Canada was a committed member of NATO and NORAD but pursued a middle-power role through the UN and peacekeeping. Diefenbaker delayed putting Canadian forces on alert during the Missile Crisis, straining relations with Kennedy; Pearson criticised the bombing of North Vietnam (1965); Trudeau recognised the People's Republic of China (1970), reduced forces in Europe and kept relations with Cuba. Canada also received thousands of American draft resisters.

### The historical debate
- **General**: orthodox historians blamed Soviet expansion; revisionists (such as William Appleman Williams and Gabriel Kolko) stressed US economic expansionism; post-revisionists (John Lewis Gaddis) offered a more balanced account.
- **Latin America**: some historians argue that US interventions protected business interests (United Fruit in Guatemala); others stress sincere, if exaggerated, fear of communism; recent work emphasises the agency of Latin American governments, militaries and revolutionaries, who used the Cold War for their own purposes.

### Example argument
**"To what extent was US policy towards Latin America between 1954 and 1981 driven by fear of communism?"**
- Introduction: anticommunism was the dominant justification and usually the main motive, but economic interests and regional hegemony shaped it.
- Paragraph 1: Guatemala 1954: United Fruit and anticommunism.
- Paragraph 2: Cuba and the Alliance for Progress: fear of revolution spreading.
- Paragraph 3: Chile 1970–73: economic interests (copper) and fear of an elected Marxist.
- Paragraph 4: Carter's human rights policy as a partial exception.
- Conclusion: weighed judgement.

### Exam tips
- Use Canada and Latin America, not only US decisions.
- For the Missile Crisis, cover causes, course and consequences for all three states involved.`,
  },
  {
    key: "history-note-am-17",
    levels: HL,
    topicCode: "AM.17",
    body: String.raw`This section studies civil rights and social movements in the Americas after 1945: the African American civil rights movement, the movements of Hispanic Americans and Native Americans, women's and youth movements, and comparable struggles in Canada (First Nations, Quebec, women) and Latin America (indigenous movements, human rights groups). Paper 3 questions ask about the aims, methods, leaders and achievements of movements, and the reasons for their successes and failures.

### Key facts and dates

| Date | Event |
|---|---|
| 1946 | Viola Desmond challenges cinema segregation in Nova Scotia |
| 1954 | Brown v Board of Education: school segregation unconstitutional (17 May) |
| 1955–56 | Montgomery Bus Boycott |
| 1957 | Federal troops enforce desegregation in Little Rock |
| 1960 | Greensboro sit-ins; SNCC founded; First Nations gain the federal vote in Canada |
| 1961 | Freedom Rides |
| 1963 | Birmingham campaign; March on Washington (28 August); Betty Friedan's The Feminine Mystique |
| 1964–65 | Civil Rights Act (1964); Selma to Montgomery march and Voting Rights Act (1965) |
| 1965–70 | Delano grape strike and boycott (César Chávez, Dolores Huerta) |
| 1966 | "Black Power" slogan; Black Panther Party; National Organization for Women |
| 1968 | Martin Luther King assassinated (4 April); Medellín conference of Latin American bishops |
| 1969 | Canadian "White Paper" proposes ending Indian status; Stonewall uprising; occupation of Alcatraz begins |
| 1970 | First Nations' "Red Paper" (Citizens Plus) rejects the White Paper; Royal Commission on the Status of Women reports |
| 1973 | Roe v Wade; Wounded Knee occupation by the American Indian Movement |
| 1977 | Mothers of the Plaza de Mayo begin protesting in Buenos Aires |
| 1994 | Zapatista rising in Chiapas (1 January) |

### Key ideas
- **African American civil rights**: the movement combined legal challenges (NAACP), mass non-violent direct action (SCLC, SNCC, CORE) and use of the media to force federal action. By 1965 legal segregation and disenfranchisement in the South were ended; economic inequality, housing segregation and northern discrimination remained, as the Watts riot (1965) showed.
- **Black Power**: Malcolm X, Stokely Carmichael and the Black Panthers stressed self-defence, pride and community control, rejecting integration as the only goal.
- **Other US movements**: Chicano activism (UFW, the Chicano student walkouts of 1968); the American Indian Movement and "Red Power"; second-wave feminism (NOW, Title IX 1972, the Equal Rights Amendment, which failed to be ratified by 1982); gay liberation after Stonewall.
- **Canada**: First Nations resisted assimilation, defeating the 1969 White Paper; Aboriginal and treaty rights were recognised in the 1982 Constitution; Quebec nationalism and the women's movement pressed for reform.
- **Latin America**: movements were often defined by struggles against dictatorship and for human rights (the Mothers of the Plaza de Mayo), by liberation theology, and by indigenous movements in Mexico, Guatemala (Rigoberta Menchú, Nobel Peace Prize 1992), Ecuador and Bolivia. In Brazil, Black activists challenged the idea of a "racial democracy" associated with Gilberto Freyre.

### The historical debate
- **Leaders or grassroots?** Older accounts centred on Martin Luther King and federal action; later historians stress local organisers such as Ella Baker and Fannie Lou Hamer.
- **Timing**: Jacquelyn Dowd Hall's "long civil rights movement" (2005) extends the story back to the 1930s and into the North, challenging the focus on 1954–68.
- **Non-violence versus Black Power**: some historians see Black Power as a break that divided the movement; others see continuity with earlier traditions of self-defence and Black nationalism.

### Example argument
**"Evaluate the reasons for the successes of the African American civil rights movement between 1954 and 1968."**
- Introduction: success came from the combination of grassroots action and federal intervention; define success (legal equality).
- Paragraph 1: legal strategy and the Supreme Court (Brown).
- Paragraph 2: non-violent direct action and media coverage (Montgomery, Birmingham, Selma).
- Paragraph 3: presidential and congressional action (Kennedy, Johnson; Cold War pressure).
- Paragraph 4: limits after 1965: economic goals, northern cities.
- Conclusion: weighed judgement.

### Exam tips
- For "social movements" questions, a Canadian or Latin American example shows range.
- Give specific legislation and court cases with dates.`,
  },
  {
    key: "history-note-am-18",
    levels: HL,
    topicCode: "AM.18",
    body: String.raw`This final section covers the Americas from 1980 to 2005: Reagan and the conservative turn in the US, Canada under Mulroney and Chrétien, the Latin American debt crisis and return to democracy, the wars in Central America, neoliberal economic reform and its backlash, free trade, and the impact of 11 September 2001. Paper 3 questions ask about domestic and foreign policies of leaders, transitions to democracy, and the effects of economic change.

### Key facts and dates

| Date | Event |
|---|---|
| 1980 | Archbishop Óscar Romero assassinated in El Salvador; civil war lasts to 1992 |
| 1981–89 | Ronald Reagan president; tax cuts (1981) and military build-up |
| 1982 | Mexico cannot pay its debts (August): start of the debt crisis and "lost decade"; Falklands/Malvinas War |
| 1983 | Democracy restored in Argentina (Alfonsín); US invasion of Grenada (October) |
| 1984–93 | Brian Mulroney prime minister of Canada |
| 1985 | Civilian government returns in Brazil and Uruguay |
| 1986 | Iran-Contra affair revealed |
| 1987 | Esquipulas II peace plan (Óscar Arias); Meech Lake Accord (fails in 1990) |
| 1988 | Chilean plebiscite rejects Pinochet (October); Canada–US Free Trade Agreement |
| 1989 | US invasion of Panama (December) |
| 1990 | Sandinistas lose elections to Violeta Chamorro; Oka Crisis in Quebec |
| 1992 | Charlottetown Accord rejected in a referendum; Fujimori's self-coup in Peru |
| 1994 | NAFTA in force (1 January); Zapatista rising; Mexican peso crisis (December) |
| 1995 | Quebec referendum: about 50.6% vote No (30 October) |
| 1996 | Guatemalan peace accords end the civil war |
| 1998 | Hugo Chávez elected in Venezuela |
| 1999 | Nunavut created |
| 2000 | PRI loses the Mexican presidency to Vicente Fox; disputed US election (Bush v Gore) |
| 2001 | 11 September attacks; US invasion of Afghanistan; Argentine economic collapse (December) |
| 2002–05 | Lula elected in Brazil (2002); Iraq War (2003); Evo Morales elected in Bolivia (December 2005) |

### Key themes
- **Conservatism and its limits in the US**: Reaganomics cut taxes and regulation, but the deficit grew; the Cold War ended on terms favourable to the US. Clinton's "New Democrats" balanced the budget by the late 1990s and reformed welfare (1996). After 11 September, George W. Bush's "war on terror" expanded executive and security powers (the Patriot Act, 2001) and led to wars in Afghanistan and Iraq.
- **Canada**: free trade, the GST and constitutional failures (Meech Lake, Charlottetown) broke the Progressive Conservatives, who won only two seats in 1993; the Bloc Québécois and Reform Party rose. The narrow 1995 referendum result led to the Clarity Act (2000). Indigenous self-government advanced, symbolised by Nunavut.
- **Latin American democratisation**: military regimes fell because of economic failure, defeat (Argentina in the Falklands), popular and Church opposition, human rights pressure and US policy shifts. Transitions often included amnesties, later challenged by truth commissions.
- **Neoliberalism**: debt crisis and IMF conditions led governments to privatise, cut spending and open trade (the "Washington Consensus", John Williamson's 1989 term). Inflation fell, but inequality and crises (Mexico 1994–95, Argentina 2001) provoked a backlash, the "pink tide" of elected left governments from 1998.
- **Central America**: US support for the Contras against the Sandinistas and for the Salvadoran government; regional peace plans ended the wars by 1996.

### The historical debate
- **Reagan**: admirers credit him with economic revival and winning the Cold War; critics stress deficits, inequality and Iran-Contra. Many historians argue that Gorbachev and Soviet internal problems mattered more in ending the Cold War.
- **Neoliberalism**: defenders point to lower inflation and growth in Chile; critics point to poverty, unemployment and the crises that followed.

### Example argument
**"To what extent were economic factors the main reason for transitions to democracy in Latin America in the 1980s?"**
- Introduction: economic crisis weakened regimes everywhere, but the form and timing of transition depended on political factors.
- Paragraph 1: the debt crisis and military regimes' loss of legitimacy.
- Paragraph 2: Argentina: defeat in 1982 as the trigger.
- Paragraph 3: Chile: a negotiated transition through Pinochet's own 1980 constitution and the 1988 plebiscite.
- Paragraph 4: civil society, the Church and international pressure.
- Conclusion: weighed judgement.

### Exam tips
- Questions may focus on one leader's domestic or foreign policy; prepare a US, a Canadian and a Latin American leader in depth.
- Use precise economic evidence (inflation, debt) and say when figures are approximate.`,
  },
];
