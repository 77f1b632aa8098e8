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
];
