import type { SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

const content: SubjectFlashcards = {
  subject: "history",
  flashcards: [
    {
      key: "history-fc-ps-01",
      levels: ["SL", "HL"],
      topicCode: "PS",
      front: "Paper 1: what does evaluating a source with reference to its origin, purpose and content involve?",
      back: "Identify the source's origin (who made it, when, where, what type) and purpose (why it was produced, for whom), then explain how these and its content give it value and limitations for a historian studying a named question. Link every point to the specific question, not to sources in general.",
    },
    {
      key: "history-fc-ps1-2-01",
      levels: ["SL", "HL"],
      topicCode: "PS1.2",
      front: "Treaty of Jaffa (1192): what did it settle?",
      back: "The three-year truce between Richard I and Saladin that ended the Third Crusade: Jerusalem stayed under Muslim control but unarmed Christian pilgrims could visit it, and the crusaders kept the coastal strip from Tyre to Jaffa.",
    },
    {
      key: "history-fc-ps3-1-01",
      levels: ["SL", "HL"],
      topicCode: "PS3.1",
      front: "Mukden Incident (18 September 1931): what happened and what followed?",
      back: "Japanese Kwantung Army officers staged an explosion on the South Manchuria Railway near Mukden and blamed Chinese troops, using it as a pretext to occupy Manchuria. The puppet state of Manchukuo was set up in 1932; the League's Lytton Report condemned Japan, and Japan left the League of Nations in 1933.",
    },
    {
      key: "history-fc-ps3-2-01",
      levels: ["SL", "HL"],
      topicCode: "PS3.2",
      front: "Why was the remilitarization of the Rhineland (March 1936) significant?",
      back: "German troops re-entered the demilitarized Rhineland in breach of the Treaty of Versailles and the Locarno Treaties. Britain and France protested but did not act, which strengthened Hitler's position at home, encouraged further expansion and showed the weakness of collective security.",
    },
    {
      key: "history-fc-ps4-1-01",
      levels: ["SL", "HL"],
      topicCode: "PS4.1",
      front: "Brown v. Board of Education of Topeka (1954)?",
      back: "The unanimous US Supreme Court ruling (Chief Justice Earl Warren, 17 May 1954) that racial segregation in public schools was unconstitutional, rejecting the 'separate but equal' doctrine of Plessy v. Ferguson (1896) in education. Implementation was slow and met 'massive resistance', e.g. at Little Rock in 1957.",
    },
    {
      key: "history-fc-ps4-2-01",
      levels: ["SL", "HL"],
      topicCode: "PS4.2",
      front: "Sharpeville massacre (21 March 1960): what happened and why did it matter?",
      back: "Police opened fire on a crowd protesting against the pass laws in a campaign led by the Pan Africanist Congress, killing 69 people. The government declared a state of emergency and banned the ANC and PAC; both turned to armed struggle (the ANC formed Umkhonto we Sizwe in 1961), and international condemnation of apartheid grew.",
    },
    {
      key: "history-fc-ps5-1-01",
      levels: ["SL", "HL"],
      topicCode: "PS5.1",
      front: "What was UNAMIR and why is it criticized?",
      back: "The UN Assistance Mission for Rwanda (from October 1993), commanded by Roméo Dallaire, sent to support the Arusha Accords. Its mandate did not allow it to intervene forcefully, and after the genocide began in April 1994 the Security Council cut it to a few hundred troops, so it could not stop the killing.",
    },
    {
      key: "history-fc-wh10-01",
      levels: ["SL", "HL"],
      topicCode: "WH10",
      front: "Enabling Act (March 1933): what did it do?",
      back: "Passed by the Reichstag on 23 March 1933, it let Hitler's cabinet make laws without the Reichstag's consent for four years. It gave the Nazi dictatorship a legal cover and opened the way to Gleichschaltung (coordination) and the banning of other parties.",
    },
    {
      key: "history-fc-wh12-01",
      levels: ["SL", "HL"],
      topicCode: "WH12",
      front: "Truman Doctrine (March 1947)?",
      back: "President Truman's pledge that the US would support free peoples resisting subjugation by armed minorities or outside pressure, starting with 400 million dollars of aid to Greece and Turkey. It made containment of communism official US policy and is often seen as a starting point of the Cold War.",
    },
    {
      key: "history-fc-am-8-01",
      levels: ["HL"],
      topicCode: "AM.8",
      front: "What did the Emancipation Proclamation (1 January 1863) do, and what did it not do?",
      back: "Issued by Lincoln as a war measure, it declared enslaved people in the Confederate states in rebellion to be free and allowed Black men to serve in the Union army. It did not free enslaved people in the loyal border states; slavery was abolished throughout the US only by the 13th Amendment (1865).",
    },
    {
      key: "history-fc-eu-12-01",
      levels: ["HL"],
      topicCode: "EU.12",
      front: "Why did Lenin introduce the New Economic Policy (1921)?",
      back: "War Communism had caused economic collapse, famine and revolts (e.g. the Kronstadt rising, March 1921). The NEP replaced grain requisitioning with a tax in kind and allowed small private businesses and trade, while the state kept the 'commanding heights' of the economy — a tactical retreat to restore production.",
    },
    {
      key: "history-fc-as-14-01",
      levels: ["HL"],
      topicCode: "AS.14",
      front: "Great Leap Forward (1958–1962): aims and results?",
      back: "Mao's Second Five-Year Plan aimed to overtake Western industrial output rapidly through mass mobilization, people's communes and backyard steel furnaces. Unrealistic targets, false reporting, neglect of farming and grain requisitioning caused a catastrophic famine with tens of millions of deaths, and Mao temporarily stepped back from day-to-day policy.",
    },
  ],
};

export default content;
