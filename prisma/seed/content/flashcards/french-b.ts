import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB French B: theme vocabulary (French ↔ English) and useful structures for Paper 1,
// plus HL cards on literary analysis and advanced grammar. Keys use "french-b-fc-..." so they never clash
// with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `french-b-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Thème 1 : Identités
  card(
    "1-1-mode-de-vie",
    "1.1",
    "Vocabulaire : **le mode de vie**, **sédentaire**, **se déplacer**, **les transports en commun**.",
    "- le mode de vie = lifestyle\n- sédentaire = sedentary, inactive\n- se déplacer = to get around, to travel\n- les transports en commun = public transport",
  ),
  card(
    "1-1-habitudes",
    "1.1",
    "Comment dire « I used to cycle to school » ?",
    "**Avant, j'allais à l'école à vélo.** L'**imparfait** exprime une habitude passée (used to).",
  ),
  card(
    "1-2-sante",
    "1.2",
    "Vocabulaire de la santé : **le bien-être**, **le stress**, **le sommeil**, **une alimentation équilibrée**.",
    "- le bien-être = well-being\n- le stress = stress\n- le sommeil = sleep\n- une alimentation équilibrée = a balanced diet",
  ),
  card(
    "1-2-conseils",
    "1.2",
    "Trois façons de donner un conseil en français.",
    "1. **Tu devrais** dormir davantage. (conditionnel de *devoir*)\n2. **Il vaut mieux** éviter les écrans le soir.\n3. **Je te conseille de** faire du sport.\n\n(You should… / It is better to… / I advise you to…)",
  ),
  card(
    "1-3-valeurs",
    "1.3",
    "Vocabulaire : **les croyances**, **la laïcité**, **la tolérance**, **les valeurs**.",
    "- les croyances = beliefs\n- la laïcité = secularism (separation of religion and the State, central in France)\n- la tolérance = tolerance\n- les valeurs = values",
  ),
  card(
    "1-3-subjonctif-necessite",
    "1.3",
    "Expressions de nécessité suivies du subjonctif.",
    "**Il faut que**, **il est nécessaire que**, **il est essentiel que**, **il est important que** + subjonctif.\n\nEx. : *Il faut que chacun **puisse** exprimer ses convictions.*",
  ),
  card(
    "1-4-sous-cultures",
    "1.4",
    "Vocabulaire : **une tribu urbaine**, **appartenir à**, **se démarquer**, **les préjugés**.",
    "- une tribu urbaine = an urban subculture / tribe\n- appartenir à = to belong to\n- se démarquer = to stand out, to distinguish oneself\n- les préjugés = prejudices",
  ),
  card(
    "1-4-entraide",
    "1.4",
    "Que signifie **l'entraide** ? Donnez un verbe de la même famille.",
    "**L'entraide** = mutual help, people helping one another. Verbe : **s'entraider** (*Les skateurs s'entraident.*)",
  ),
  card(
    "1-5-langue",
    "1.5",
    "Vocabulaire : **la langue maternelle**, **bilingue**, **un accent**, **la francophonie**.",
    "- la langue maternelle = mother tongue\n- bilingue = bilingual\n- un accent = an accent\n- la francophonie = the French-speaking world (and the international organisation of French-speaking countries)",
  ),
  card(
    "1-5-verlan",
    "1.5",
    "Qu'est-ce que le **verlan** ?",
    "Un argot qui **inverse les syllabes** des mots (*l'envers* → *verlan*). Ex. : *louche* → *chelou* (bizarre), *fou* → *ouf*. Il marque l'appartenance à un groupe, surtout chez les jeunes.",
  ),

  // ── Thème 2 : Expériences
  card(
    "2-1-loisirs",
    "2.1",
    "Jouer **à** ou jouer **de** ?",
    "- **jouer à** + sport/jeu : *jouer au foot, aux échecs*\n- **jouer de** + instrument : *jouer du piano, de la guitare*\n- **faire de** + activité : *faire du judo, de la natation*",
  ),
  card(
    "2-1-depuis",
    "2.1",
    "Comment traduire « I have been playing the guitar for three years » ?",
    "**Je joue de la guitare depuis trois ans.** Présent + *depuis* pour une action qui continue. (Not the passé composé.)",
  ),
  card(
    "2-2-voyage",
    "2.2",
    "Vocabulaire du voyage : **l'hébergement**, **réserver**, **un séjour**, **dépaysant**.",
    "- l'hébergement = accommodation\n- réserver = to book\n- un séjour = a stay\n- dépaysant = giving a change of scene, exotic (*le dépaysement* = feeling of being somewhere new)",
  ),
  card(
    "2-2-prepositions-pays",
    "2.2",
    "Prépositions devant les pays et les villes.",
    "- **à** + ville : *à Dakar*\n- **en** + pays féminin ou commençant par une voyelle : *en France, en Iran*\n- **au** + pays masculin : *au Canada*\n- **aux** + pays pluriel : *aux États-Unis*",
  ),
  card(
    "2-3-recit",
    "2.3",
    "Passé composé ou imparfait dans un récit ?",
    "- **Imparfait** : description, décor, habitude, action en cours (*Il pleuvait, j'étais fatigué.*)\n- **Passé composé** : événement ponctuel qui fait avancer l'histoire (*Soudain, le téléphone a sonné.*)",
  ),
  card(
    "2-3-marqueurs-temps",
    "2.3",
    "Marqueurs temporels utiles pour raconter.",
    "**D'abord** (first), **ensuite / puis** (then), **soudain** (suddenly), **à ce moment-là** (at that moment), **finalement / enfin** (finally), **quelques années plus tard** (a few years later).",
  ),
  card(
    "2-4-rites",
    "2.4",
    "Vocabulaire : **un rite de passage**, **la majorité**, **le permis de conduire**, **quitter le nid**.",
    "- un rite de passage = a rite of passage\n- la majorité = coming of age (18 in France)\n- le permis de conduire = driving licence\n- quitter le nid (familial) = to leave home (lit. the nest)",
  ),
  card(
    "2-4-apres-avoir",
    "2.4",
    "« Après avoir / après être » + participe passé : exemple.",
    "**Après avoir obtenu** son bac, elle est partie à l'étranger.\n**Après être rentrée**, elle a trouvé un emploi.\n\n(Infinitif passé ; avec *être*, le participe s'accorde avec le sujet.)",
  ),
  card(
    "2-5-traditions",
    "2.5",
    "Vocabulaire : **une fête**, **célébrer**, **une coutume**, **se transmettre**.",
    "- une fête = a celebration, festival, party\n- célébrer = to celebrate\n- une coutume = a custom\n- se transmettre (de génération en génération) = to be passed down",
  ),
  card(
    "2-5-on",
    "2.5",
    "Le pronom **on** : deux sens.",
    "1. « people / one » en général : *En France, **on** mange souvent en famille le dimanche.*\n2. « we » à l'oral : ***On** va à la fête ce soir.*\n\nToujours suivi du verbe à la 3e personne du singulier.",
  ),
  card(
    "2-6-migration",
    "2.6",
    "Vocabulaire : **un(e) immigré(e)**, **s'intégrer**, **le mal du pays**, **un titre de séjour**.",
    "- un(e) immigré(e) = an immigrant\n- s'intégrer = to integrate, fit in\n- le mal du pays = homesickness\n- un titre de séjour = a residence permit",
  ),
  card(
    "2-6-emigrer-immigrer",
    "2.6",
    "Émigrer ou immigrer ?",
    "- **émigrer** = quitter son pays (to emigrate *from*)\n- **immigrer** = arriver dans un pays pour s'y installer (to immigrate *to*)\n\nLa même personne est **émigrée** pour son pays d'origine et **immigrée** pour son pays d'accueil.",
  ),

  // ── Thème 3 : Ingéniosité humaine
  card(
    "3-1-divertissement",
    "3.1",
    "Vocabulaire : **une séance**, **un court métrage**, **les sous-titres**, **en version originale (VO)**.",
    "- une séance = a (cinema) showing\n- un court métrage = a short film\n- les sous-titres = subtitles\n- en VO = in the original language (VOSTFR = original with French subtitles)",
  ),
  card(
    "3-1-opinion",
    "3.1",
    "Cinq expressions pour donner son avis.",
    "**À mon avis**, **selon moi**, **je trouve que**, **il me semble que** (+ indicatif), **je ne pense pas que** (+ subjonctif).",
  ),
  card(
    "3-2-arts",
    "3.2",
    "Vocabulaire : **une œuvre**, **un tableau**, **une exposition**, **le patrimoine**.",
    "- une œuvre = a work (of art)\n- un tableau = a painting\n- une exposition = an exhibition\n- le patrimoine = heritage",
  ),
  card(
    "3-2-hypothese",
    "3.2",
    "Les trois types de phrases avec **si**.",
    "1. Si + présent → futur : *Si j'ai le temps, j'**irai** au musée.*\n2. Si + imparfait → conditionnel : *Si j'avais le temps, j'**irais**…*\n3. Si + plus-que-parfait → conditionnel passé : *Si j'avais eu le temps, je **serais allé(e)**…*",
  ),
  card(
    "3-3-medias",
    "3.3",
    "Vocabulaire : **une fausse information (infox)**, **une source fiable**, **partager**, **les réseaux sociaux**.",
    "- une fausse information / une infox = fake news\n- une source fiable = a reliable source\n- partager = to share\n- les réseaux sociaux = social media",
  ),
  card(
    "3-3-connecteurs",
    "3.3",
    "Connecteurs pour argumenter (addition, opposition, conséquence).",
    "- Addition : **de plus, en outre, par ailleurs**\n- Opposition : **cependant, en revanche, pourtant, néanmoins**\n- Conséquence : **donc, c'est pourquoi, par conséquent, ainsi**",
  ),
  card(
    "3-4-technologie",
    "3.4",
    "Vocabulaire : **télécharger**, **un écran**, **une application**, **être accro**.",
    "- télécharger = to download\n- un écran = a screen\n- une application (une appli) = an app\n- être accro (à) = to be hooked, addicted (familiar)",
  ),
  card(
    "3-4-pronoms-ordre",
    "3.4",
    "Ordre des pronoms compléments avant le verbe.",
    "**me/te/se/nous/vous** → **le/la/les** → **lui/leur** → **y** → **en**\n\nEx. : *Je **te le** donne. Je **le leur** envoie. Il **y en** a.*",
  ),
  card(
    "3-5-science",
    "3.5",
    "Vocabulaire : **une découverte**, **un chercheur / une chercheuse**, **mettre au point**, **un enjeu**.",
    "- une découverte = a discovery\n- un chercheur / une chercheuse = a researcher\n- mettre au point = to develop, perfect (a technique)\n- un enjeu = what is at stake",
  ),

  // ── Thème 4 : Organisation sociale
  card(
    "4-1-relations",
    "4.1",
    "Vocabulaire : **s'entendre bien avec**, **se disputer**, **faire confiance à**, **un conflit de générations**.",
    "- s'entendre bien avec = to get on well with\n- se disputer = to argue\n- faire confiance à = to trust\n- un conflit de générations = a generation gap",
  ),
  card(
    "4-1-accord-avoir",
    "4.1",
    "Accord du participe passé avec **avoir**.",
    "Il s'accorde avec le **COD placé avant** le verbe, jamais avec le sujet.\n\n*J'ai rencontré **des amies**.* (pas d'accord) → *Les amies que j'ai **rencontrées**.* (COD *que* avant)",
  ),
  card(
    "4-2-communaute",
    "4.2",
    "Vocabulaire : **le quartier**, **les voisins**, **une association**, **le vivre-ensemble**.",
    "- le quartier = the neighbourhood\n- les voisins = neighbours\n- une association = a non-profit organisation, club\n- le vivre-ensemble = living together (social cohesion)",
  ),
  card(
    "4-2-y-en",
    "4.2",
    "Les pronoms **y** et **en**.",
    "- **y** remplace *à* + lieu/chose : *Je vais à la mairie → J'**y** vais.*\n- **en** remplace *de* + chose ou une quantité : *Je reviens du marché → J'**en** reviens. Il a trois frères → Il **en** a trois.*",
  ),
  card(
    "4-3-engagement",
    "4.3",
    "Vocabulaire : **le bénévolat**, **un(e) bénévole**, **s'engager**, **une collecte**.",
    "- le bénévolat = volunteering\n- un(e) bénévole = a volunteer\n- s'engager (pour) = to get involved, commit (to a cause)\n- une collecte = a collection (of money, food)",
  ),
  card(
    "4-4-education",
    "4.4",
    "Vocabulaire : **le lycée**, **redoubler**, **un stage**, **l'orientation**.",
    "- le lycée = upper secondary school (ages 15-18)\n- redoubler = to repeat a year\n- un stage = an internship, work placement\n- l'orientation = careers/study guidance",
  ),
  card(
    "4-4-systeme",
    "4.4",
    "Les étapes de la scolarité en France.",
    "**L'école maternelle** (3-6 ans) → **l'école élémentaire** (6-11 ans) → **le collège** (11-15 ans, de la sixième à la troisième) → **le lycée** (15-18 ans, seconde, première, terminale) → **le baccalauréat**.",
  ),
  card(
    "4-5-travail",
    "4.5",
    "Vocabulaire : **un emploi**, **le chômage**, **un entretien d'embauche**, **le télétravail**.",
    "- un emploi = a job\n- le chômage = unemployment\n- un entretien d'embauche = a job interview\n- le télétravail = remote work",
  ),
  card(
    "4-5-lettre-formelle",
    "4.5",
    "Début et fin d'une lettre formelle.",
    "- Début : **Madame, Monsieur,** / **Madame la Directrice,**\n- Fin : **Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.**\n- Toujours le vouvoiement ; objet de la lettre sous la date.",
  ),
  card(
    "4-6-justice",
    "4.6",
    "Vocabulaire : **un délit**, **porter plainte**, **un tribunal**, **une amende**.",
    "- un délit = an offence\n- porter plainte = to file a complaint, press charges\n- un tribunal = a court\n- une amende = a fine",
  ),
  card(
    "4-6-passif",
    "4.6",
    "Former le passif.",
    "**être** (au temps voulu) + **participe passé** accordé avec le sujet (+ *par* + agent).\n\n*La police arrête le voleur* → *Le voleur **est arrêté** par la police.*\nPassé composé : *Les suspects **ont été arrêtés**.*",
  ),

  // ── Thème 5 : Partage de la planète
  card(
    "5-1-environnement",
    "5.1",
    "Vocabulaire : **le réchauffement climatique**, **les déchets**, **recycler**, **le gaspillage**.",
    "- le réchauffement climatique = global warming\n- les déchets = waste, rubbish\n- recycler = to recycle\n- le gaspillage (alimentaire) = (food) waste",
  ),
  card(
    "5-2-droits",
    "5.2",
    "Vocabulaire : **les droits de l'homme / les droits humains**, **avoir droit à**, **la liberté d'expression**, **une ONG**.",
    "- les droits humains = human rights\n- avoir droit à = to be entitled to\n- la liberté d'expression = freedom of speech\n- une ONG (organisation non gouvernementale) = an NGO",
  ),
  card(
    "5-3-paix",
    "5.3",
    "Vocabulaire : **la paix**, **un conflit armé**, **un(e) réfugié(e)**, **un cessez-le-feu**.",
    "- la paix = peace\n- un conflit armé = an armed conflict\n- un(e) réfugié(e) = a refugee\n- un cessez-le-feu = a ceasefire",
  ),
  card(
    "5-4-egalite",
    "5.4",
    "Vocabulaire : **l'égalité des chances**, **la discrimination**, **l'écart de salaire**, **la parité**.",
    "- l'égalité des chances = equal opportunities\n- la discrimination = discrimination\n- l'écart de salaire = the pay gap\n- la parité = gender parity (equal numbers of women and men)",
  ),
  card(
    "5-5-mondialisation",
    "5.5",
    "Vocabulaire : **la mondialisation**, **délocaliser**, **une multinationale**, **consommer local**.",
    "- la mondialisation = globalization\n- délocaliser = to relocate production abroad\n- une multinationale = a multinational company\n- consommer local = to buy locally produced goods",
  ),
  card(
    "5-6-ethique",
    "5.6",
    "Vocabulaire : **le commerce équitable**, **l'éthique**, **le bien-être animal**, **une question de conscience**.",
    "- le commerce équitable = fair trade\n- l'éthique = ethics\n- le bien-être animal = animal welfare\n- une question de conscience = a matter of conscience",
  ),
  card(
    "5-7-ville-campagne",
    "5.7",
    "Vocabulaire : **l'exode rural**, **les embouteillages**, **un espace vert**, **la banlieue**.",
    "- l'exode rural = rural depopulation (people leaving the countryside for cities)\n- les embouteillages = traffic jams\n- un espace vert = a green space, park\n- la banlieue = the suburbs",
  ),
  card(
    "5-7-comparatif",
    "5.7",
    "Comparatif et superlatif : **meilleur** / **mieux**.",
    "- **meilleur(e)** = adjectif (better) : *La qualité de l'air est **meilleure** à la campagne.*\n- **mieux** = adverbe (better) : *On y dort **mieux**.*\n- Superlatif : *le/la meilleur(e)*, *le mieux*.",
  ),

  // ── NS : littérature et grammaire avancée
  card(
    "l-figures",
    "L",
    "Quatre figures de style : **la métaphore**, **la comparaison**, **la personnification**, **l'antithèse**.",
    "- **comparaison** : rapprochement avec un outil (*comme, tel*) : *Ses yeux brillaient comme des étoiles.*\n- **métaphore** : rapprochement sans outil : *Ses yeux étaient des étoiles.*\n- **personnification** : une chose agit comme un humain : *Les rues parlent.*\n- **antithèse** : opposition de deux idées : *le béton / doré*.",
    HL,
  ),
  card(
    "l-narrateur",
    "L",
    "Les trois points de vue (focalisations) du narrateur.",
    "- **focalisation zéro (omnisciente)** : le narrateur sait tout, y compris les pensées de tous les personnages\n- **focalisation interne** : on voit à travers les yeux d'un personnage\n- **focalisation externe** : on voit de l'extérieur, comme une caméra, sans accès aux pensées",
    HL,
  ),
  card(
    "l-genres",
    "L",
    "Vocabulaire des genres : **un roman**, **une nouvelle**, **une pièce de théâtre**, **un recueil de poèmes**.",
    "- un roman = a novel\n- une nouvelle = a short story\n- une pièce de théâtre = a play\n- un recueil (de poèmes) = a collection (of poems)",
    HL,
  ),
  card(
    "l-poesie",
    "L",
    "Vocabulaire de la poésie : **un vers**, **une strophe**, **une rime**, **un alexandrin**.",
    "- un vers = a line of poetry\n- une strophe = a stanza\n- une rime = a rhyme\n- un alexandrin = a twelve-syllable line, the classic French verse",
    HL,
  ),
  card(
    "l-theatre",
    "L",
    "Vocabulaire du théâtre : **une réplique**, **une tirade**, **un monologue**, **une didascalie**.",
    "- une réplique = a line of dialogue\n- une tirade = a long speech to other characters\n- un monologue = a speech by a character alone on stage\n- une didascalie = a stage direction",
    HL,
  ),
  card(
    "l-analyser",
    "L",
    "Structure pour analyser un extrait à l'oral NS.",
    "1. **Situer** l'extrait dans l'œuvre.\n2. **Présenter** son idée principale.\n3. **Analyser** 2-3 procédés (citation → procédé → effet).\n4. **Relier** l'extrait à un thème du programme et à l'œuvre entière.\n5. **Conclure** en ouvrant (contexte culturel, expérience personnelle).",
    HL,
  ),
  card(
    "l-verbes-analyse",
    "L",
    "Verbes utiles pour analyser un texte.",
    "**souligner** (to emphasise), **suggérer** (to suggest), **mettre en valeur** (to highlight), **évoquer** (to evoke), **dénoncer** (to denounce), **créer un effet de** (to create an effect of)…\n\nEx. : *La personnification **met en valeur** l'attachement du poète à sa ville.*",
    HL,
  ),
  card(
    "hl-passe-simple",
    "2.3",
    "Reconnaître le **passé simple** (temps du récit écrit).",
    "- -er : *il parla, ils parlèrent*\n- -ir / -re : *il finit, il prit, ils prirent*\n- irréguliers : *il fut* (être), *il eut* (avoir), *il fit* (faire), *il vint* (venir), *il vit* (voir)\n\nÀ l'oral, on le remplace par le passé composé.",
    HL,
  ),
  card(
    "hl-subj-passe",
    "4.4",
    "Le **subjonctif passé** : formation et emploi.",
    "**avoir / être** au subjonctif + participe passé : *que j'aie fini, qu'elle soit partie*.\n\nEmploi : action antérieure à celle du verbe principal : *Je suis content que tu **aies réussi**.*",
    HL,
  ),
  card(
    "hl-discours-indirect",
    "5.3",
    "Concordance au discours indirect (verbe introducteur au passé).",
    "- présent → **imparfait**\n- passé composé → **plus-que-parfait**\n- futur → **conditionnel**\n- demain → **le lendemain** ; hier → **la veille** ; aujourd'hui → **ce jour-là**",
    HL,
  ),
  card(
    "hl-concession",
    "5.6",
    "Exprimer la concession en registre soutenu.",
    "- **bien que / quoique** + subjonctif : *Bien qu'il **soit** tard…*\n- **même si** + indicatif : *Même s'il **est** tard…*\n- **malgré** + nom : *Malgré l'heure tardive…*\n- **certes… mais** : *Certes, c'est cher, mais c'est juste.*",
    HL,
  ),
  card(
    "hl-ne-expletif",
    "3.2",
    "Le **ne explétif**.",
    "Un *ne* sans valeur négative, en registre soutenu, après les verbes de crainte (*craindre que, avoir peur que*), *avant que*, *à moins que* et les comparaisons.\n\n*J'ai peur qu'il **ne** pleuve.* = I'm afraid it will rain.",
    HL,
  ),
  card(
    "hl-nominalisation",
    "4.5",
    "La **nominalisation** dans un rapport ou un article.",
    "Transformer un verbe en nom pour un style plus dense et impersonnel :\n\n*Les prix augmentent* → **l'augmentation des prix** ; *on a fermé l'usine* → **la fermeture de l'usine** ; *les élèves participent* → **la participation des élèves**.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "french-b", flashcards };
export default file;
