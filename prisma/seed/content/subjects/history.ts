import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB History (group 3), guide first assessed in 2017 (examined through 2027; a new course starts with
 * first assessment 2028).
 *
 * Topic tree: the five prescribed subjects (Paper 1) with their two case studies, the twelve world history
 * topics (Paper 2), and the four HL options (Paper 3), each with its eighteen sections. HL options are
 * hlOnly. Schools choose one prescribed subject, two world history topics and (HL) three sections of one option.
 *
 * Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "history",
  name: "History",
  group: 3,
  description:
    "IB Diploma History (guide first assessed 2017): a comparative, multi-perspective world history course built on six key concepts (change, continuity, causation, consequence, significance, perspectives). Students study one prescribed subject through primary and secondary sources (Paper 1), two world history topics through essays (Paper 2) and, at HL, three sections of one regional option (Paper 3), plus a 2,200-word historical investigation (internal assessment).",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Source-based paper on a prescribed subject", durationMinutes: 60, totalMarks: 24, calculator: false, weightPercent: 30 },
        {
          code: "P2",
          name: "Paper 2: Essay paper on world history topics (two essays)",
          durationMinutes: 90,
          totalMarks: 30,
          calculator: false,
          weightPercent: 45,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 12, 3: 25, 4: 39, 5: 51, 6: 62, 7: 73 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 24, 4: 38, 5: 50, 6: 61, 7: 72 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1: Source-based paper on a prescribed subject", durationMinutes: 60, totalMarks: 24, calculator: false, weightPercent: 20 },
        {
          code: "P2",
          name: "Paper 2: Essay paper on world history topics (two essays)",
          durationMinutes: 90,
          totalMarks: 30,
          calculator: false,
          weightPercent: 25,
        },
        {
          code: "P3",
          name: "Paper 3: Essay paper on one HL regional option (three essays)",
          durationMinutes: 150,
          totalMarks: 45,
          calculator: false,
          weightPercent: 35,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 12, 3: 24, 4: 38, 5: 50, 6: 61, 7: 72 } },
        { session: "M25", minPercent: { 1: 0, 2: 11, 3: 24, 4: 37, 5: 49, 6: 60, 7: 71 } },
      ],
    },
  ],
  topics: [
    {
      code: "PS",
      title: "Prescribed subjects (Paper 1)",
      children: [
        {
          code: "PS1",
          title: "Military leaders",
          children: [
            { code: "PS1.1", title: "Genghis Khan (c1200–1227)" },
            { code: "PS1.2", title: "Richard I of England (1173–1199)" },
          ],
        },
        {
          code: "PS2",
          title: "Conquest and its impact",
          children: [
            { code: "PS2.1", title: "The final stages of Muslim rule in Spain" },
            { code: "PS2.2", title: "The conquest of Mexico and Peru (1519–1551)" },
          ],
        },
        {
          code: "PS3",
          title: "The move to global war",
          children: [
            { code: "PS3.1", title: "Japanese expansion in East Asia (1931–1941)" },
            { code: "PS3.2", title: "German and Italian expansion (1933–1940)" },
          ],
        },
        {
          code: "PS4",
          title: "Rights and protest",
          children: [
            { code: "PS4.1", title: "Civil rights movement in the United States (1954–1965)" },
            { code: "PS4.2", title: "Apartheid South Africa (1948–1964)" },
          ],
        },
        {
          code: "PS5",
          title: "Conflict and intervention",
          children: [
            { code: "PS5.1", title: "Rwanda (1990–1998)" },
            { code: "PS5.2", title: "Kosovo (1989–2002)" },
          ],
        },
      ],
    },
    {
      code: "WH",
      title: "World history topics (Paper 2)",
      children: [
        { code: "WH1", title: "Society and economy (750–1400)" },
        { code: "WH2", title: "Causes and effects of medieval wars (750–1500)" },
        { code: "WH3", title: "Dynasties and rulers (750–1500)" },
        { code: "WH4", title: "Societies in transition (1400–1700)" },
        { code: "WH5", title: "Early Modern states (1450–1789)" },
        { code: "WH6", title: "Causes and effects of Early Modern wars (1500–1750)" },
        { code: "WH7", title: "Origins, development and impact of industrialization (1750–2005)" },
        { code: "WH8", title: "Independence movements (1800–2000)" },
        { code: "WH9", title: "Evolution and development of democratic states (1848–2000)" },
        { code: "WH10", title: "Authoritarian states (20th century)" },
        { code: "WH11", title: "Causes and effects of 20th-century wars" },
        { code: "WH12", title: "The Cold War: Superpower tensions and rivalries (20th century)" },
      ],
    },
    {
      code: "AF",
      title: "HL option 1: History of Africa and the Middle East (Paper 3)",
      hlOnly: true,
      children: [
        { code: "AF.1", title: "The 'Abbasid dynasty (750–1258)" },
        { code: "AF.2", title: "The Fatimids (909–1171)" },
        { code: "AF.3", title: "The Crusades (1095–1291)" },
        { code: "AF.4", title: "The Ottomans (1281–1566)" },
        { code: "AF.5", title: "Trade and the rise and decline of African states and empires (800–1600)" },
        { code: "AF.6", title: "Pre-colonial African states (1800–1900)" },
        { code: "AF.7", title: "The slave trade in Africa and the Middle East (1500–1900)" },
        { code: "AF.8", title: "European imperialism and the partition of Africa (1850–1900)" },
        { code: "AF.9", title: "Response to European imperialism (1870–1920)" },
        { code: "AF.10", title: "Africa under colonialism (1890–1980)" },
        { code: "AF.11", title: "20th-century nationalist and independence movements in Africa" },
        { code: "AF.12", title: "The Ottoman Empire (c1800–1923)" },
        { code: "AF.13", title: "War and change in the Middle East and North Africa (1914–1945)" },
        { code: "AF.14", title: "Africa, international organizations and the international community (20th century)" },
        { code: "AF.15", title: "Developments in South Africa (1880–1994)" },
        { code: "AF.16", title: "Social and cultural developments in Africa in the 19th and 20th centuries" },
        { code: "AF.17", title: "Post-war developments in the Middle East (1945–2000)" },
        { code: "AF.18", title: "Post-independence politics in Africa to 2005" },
      ],
    },
    {
      code: "AM",
      title: "HL option 2: History of the Americas (Paper 3)",
      hlOnly: true,
      children: [
        { code: "AM.1", title: "Indigenous societies and cultures in the Americas (c750–1500)" },
        { code: "AM.2", title: "European explorations and conquests in the Americas (c1492–c1600)" },
        { code: "AM.3", title: "Colonial government in the New World (1500–1800)" },
        { code: "AM.4", title: "Religion in the New World (1500–1800)" },
        { code: "AM.5", title: "Slavery and the New World (1500–1800)" },
        { code: "AM.6", title: "Independence movements (1763–1830)" },
        { code: "AM.7", title: "Nation-building and challenges (c1780–c1870)" },
        { code: "AM.8", title: "United States Civil War: Causes, course and effects (1840–1877)" },
        { code: "AM.9", title: "The development of modern nations (1865–1929)" },
        { code: "AM.10", title: "Emergence of the Americas in global affairs (1880–1929)" },
        { code: "AM.11", title: "The Mexican Revolution (1884–1940)" },
        { code: "AM.12", title: "The Great Depression and the Americas (mid 1920s–1939)" },
        { code: "AM.13", title: "The Second World War and the Americas (1933–1945)" },
        { code: "AM.14", title: "Political developments in Latin America (1945–1980)" },
        { code: "AM.15", title: "Political developments in the United States (1945–1980) and Canada (1945–1982)" },
        { code: "AM.16", title: "The Cold War and the Americas (1945–1981)" },
        { code: "AM.17", title: "Civil rights and social movements in the Americas post-1945" },
        { code: "AM.18", title: "The Americas (1980–2005)" },
      ],
    },
    {
      code: "AS",
      title: "HL option 3: History of Asia and Oceania (Paper 3)",
      hlOnly: true,
      children: [
        { code: "AS.1", title: "Trade and exchange: The Silk Road in the medieval world (750–1500)" },
        { code: "AS.2", title: "Japan in the Age of the Samurai (1180–1333)" },
        { code: "AS.3", title: "Exploration, trade and interaction in East Asia and South-East Asia (1405–1700)" },
        { code: "AS.4", title: "The rise and fall of the Mughal Empire (1526–1712)" },
        { code: "AS.5", title: "Colonialism and the development of nationalism in South-East Asia (c1750–1914)" },
        { code: "AS.6", title: "India, Afghanistan and Burma (1750–1919)" },
        { code: "AS.7", title: "Challenges to traditional East Asian societies (1700–1868)" },
        { code: "AS.8", title: "British colonialism and emerging national identities in Oceania (1788–1919)" },
        { code: "AS.9", title: "Early modernization and imperial decline in East Asia (1860–1912)" },
        { code: "AS.10", title: "Nationalism and independence in India (1919–1964)" },
        { code: "AS.11", title: "Japan (1912–1990)" },
        { code: "AS.12", title: "China and Korea (1910–1950)" },
        { code: "AS.13", title: "Impact of the Second World War on South-East Asia" },
        { code: "AS.14", title: "The People's Republic of China (1949–2005)" },
        { code: "AS.15", title: "Cold War conflicts in Asia" },
        { code: "AS.16", title: "Developments and challenges in South Asia after 1947" },
        { code: "AS.17", title: "Developments in Oceania after the Second World War (1945–2005)" },
        { code: "AS.18", title: "Social, cultural and economic developments in Asia (excluding China, Japan and India) (1980–2005)" },
      ],
    },
    {
      code: "EU",
      title: "HL option 4: History of Europe (Paper 3)",
      hlOnly: true,
      children: [
        { code: "EU.1", title: "Monarchies in England and France (1066–1223)" },
        { code: "EU.2", title: "Muslims and Jews in medieval Europe (1095–1492)" },
        { code: "EU.3", title: "Late medieval political crises (1300–1487)" },
        { code: "EU.4", title: "The Renaissance (c1400–1600)" },
        { code: "EU.5", title: "The Age of Exploration and its impact (1400–1550)" },
        { code: "EU.6", title: "Aspects of the Reformation (c1500–1563)" },
        { code: "EU.7", title: "Absolutism and Enlightenment (1650–1800)" },
        { code: "EU.8", title: "The French Revolution and Napoleon I (1774–1815)" },
        { code: "EU.9", title: "France (1815–1914)" },
        { code: "EU.10", title: "Society, politics and economy in Britain and Ireland (1815–1914)" },
        { code: "EU.11", title: "Italy (1815–1871) and Germany (1815–1890)" },
        { code: "EU.12", title: "Imperial Russia, revolution and the establishment of the Soviet Union (1855–1924)" },
        { code: "EU.13", title: "Europe and the First World War (1871–1918)" },
        { code: "EU.14", title: "European states in the inter-war years (1918–1939)" },
        { code: "EU.15", title: "Versailles to Berlin: Diplomacy in Europe (1919–1945)" },
        { code: "EU.16", title: "The Soviet Union and post-Soviet Russia (1924–2000)" },
        { code: "EU.17", title: "Post-war western and northern Europe (1945–2000)" },
        { code: "EU.18", title: "Post-war central and eastern Europe (1945–2000)" },
      ],
    },
  ],
};

export default subject;
