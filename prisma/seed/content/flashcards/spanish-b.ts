import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Spanish B: theme vocabulary (Spanish ↔ English) and useful structures for Paper 1,
// grouped by the five prescribed themes, plus text-type conventions and (HL) literary terms.
// Keys use "spanish-b-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `spanish-b-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Identidades
  card(
    "estilo-vida",
    "1.1",
    "Vocabulario: estilos de vida (Spanish → English)\n\n*llevar una vida sana · el sedentarismo · desconectar · la rutina · madrugar*",
    "- **llevar una vida sana** = to lead a healthy life\n- **el sedentarismo** = a sedentary lifestyle\n- **desconectar** = to switch off, unwind\n- **la rutina** = routine\n- **madrugar** = to get up early",
  ),
  card(
    "pantallas",
    "1.1",
    "How do you say in Spanish: *screen time*, *to be hooked on*, *to scroll*, *a digital detox*?",
    "- **el tiempo de pantalla**\n- **estar enganchado/a a** (el móvil)\n- **deslizar / pasar el dedo por la pantalla**\n- **una desintoxicación digital**",
  ),
  card(
    "salud",
    "1.2",
    "Vocabulario: salud y bienestar\n\n*el estrés · la ansiedad · una dieta equilibrada · hacer ejercicio · la salud mental*",
    "- **el estrés** = stress\n- **la ansiedad** = anxiety\n- **una dieta equilibrada** = a balanced diet\n- **hacer ejercicio** = to exercise\n- **la salud mental** = mental health",
  ),
  card(
    "consejos-subjuntivo",
    "1.2",
    "Structure for giving advice: *Te aconsejo que… / Es mejor que… / Deberías…* What follows each?",
    "- **Te aconsejo que** + present subjunctive: *Te aconsejo que duermas más.*\n- **Es mejor que** + present subjunctive: *Es mejor que no tomes tanto café.*\n- **Deberías** + infinitive: *Deberías descansar.*",
  ),
  card(
    "valores",
    "1.3",
    "Vocabulario: creencias y valores\n\n*la tolerancia · el respeto · la solidaridad · las creencias · los prejuicios*",
    "- **la tolerancia** = tolerance\n- **el respeto** = respect\n- **la solidaridad** = solidarity\n- **las creencias** = beliefs\n- **los prejuicios** = prejudices",
  ),
  card(
    "opinion-creo",
    "1.3",
    "*Creo que…* vs *No creo que…*: which mood follows each?",
    "- **Creo que** + indicative: *Creo que la tolerancia **es** esencial.*\n- **No creo que** + subjunctive: *No creo que la tolerancia **sea** suficiente.*\n\nSame pattern: *pienso que / no pienso que*, *es verdad que / no es verdad que*.",
  ),
  card(
    "subculturas",
    "1.4",
    "Vocabulario: subculturas\n\n*una tribu urbana · pertenecer a · la estética · los aficionados · sentirse integrado*",
    "- **una tribu urbana** = an urban subculture/tribe\n- **pertenecer a** = to belong to\n- **la estética** = look, style\n- **los aficionados** = fans, enthusiasts\n- **sentirse integrado/a** = to feel included",
  ),
  card(
    "ser-estar",
    "1.4",
    "*ser* or *estar*? Give the rule of thumb with two examples.",
    "- **ser**: identity, characteristics, origin, profession, time: *Es rapero. Es de Bogotá.*\n- **estar**: location, temporary states, results: *Está en un grupo. Está cansado.*\n\nCareful: *ser aburrido* (boring) vs *estar aburrido* (bored).",
  ),
  card(
    "lengua-identidad",
    "1.5",
    "Vocabulario: lengua e identidad\n\n*la lengua materna · ser bilingüe · el acento · una lengua minoritaria · el dialecto*",
    "- **la lengua materna** = mother tongue\n- **ser bilingüe** = to be bilingual\n- **el acento** = accent\n- **una lengua minoritaria** = a minority language\n- **el dialecto** = dialect",
  ),
  card(
    "se-me-pega",
    "1.5",
    "What does *se me pega el acento* mean? How does the structure work?",
    '= **I pick up the accent.** Literally "the accent sticks to me": *pegarse* + indirect object pronoun (me/te/le…) for something that happens to you involuntarily. Compare *se me olvidó* (I forgot), *se me cayó* (I dropped it).',
  ),
  // ── Experiencias
  card(
    "ocio",
    "2.1",
    "Vocabulario: ocio\n\n*el tiempo libre · quedar con amigos · ir de marcha · aficionarse a · el entretenimiento*",
    "- **el tiempo libre** = free time\n- **quedar con amigos** = to meet up with friends\n- **ir de marcha** (Spain, colloquial) = to go out partying\n- **aficionarse a** = to get into (a hobby)\n- **el entretenimiento** = entertainment",
  ),
  card(
    "gustar",
    "2.1",
    "How does *gustar* agree? Translate: *My friends like concerts.*",
    "The verb agrees with **what is liked**, not the person: **A mis amigos les gustan los conciertos.** (plural *gustan* because *los conciertos* is plural). Same pattern: *encantar, interesar, molestar, importar*.",
  ),
  card(
    "viajes",
    "2.2",
    "Vocabulario: viajes\n\n*el alojamiento · el albergue · hacer turismo · la reserva · el equipaje*",
    "- **el alojamiento** = accommodation\n- **el albergue** = hostel\n- **hacer turismo** = to go sightseeing\n- **la reserva** = booking\n- **el equipaje** = luggage",
  ),
  card(
    "pret-impf",
    "2.2",
    "Preterite vs imperfect: which do you use for background and which for completed events? Example.",
    "- **Imperfect** = background, description, habits: *Hacía sol y la playa estaba llena.*\n- **Preterite** = completed actions that move the story on: *De repente empezó a llover.*\n\nIn a story: *Mientras **paseábamos**, **vimos** un accidente.*",
  ),
  card(
    "biografia",
    "2.3",
    "Vocabulario: historias de vida\n\n*nacer · criarse · superar un obstáculo · la trayectoria · a lo largo de su vida*",
    "- **nacer** = to be born\n- **criarse** = to grow up, be raised\n- **superar un obstáculo** = to overcome an obstacle\n- **la trayectoria** = career, path\n- **a lo largo de su vida** = throughout his/her life",
  ),
  card(
    "conectores-tiempo",
    "2.3",
    "Give five time connectors for narrating a life story.",
    "**Al principio** (at first), **más tarde / luego** (later), **al cabo de dos años** (two years later), **mientras** (while), **por último / finalmente** (finally). Also *desde entonces* (since then), *hace diez años* (ten years ago).",
  ),
  card(
    "ritos",
    "2.4",
    "Vocabulario: ritos de paso\n\n*cumplir años · la mayoría de edad · la graduación · independizarse · la boda*",
    "- **cumplir (18) años** = to turn 18\n- **la mayoría de edad** = coming of age (legal adulthood)\n- **la graduación** = graduation\n- **independizarse** = to become independent, leave home\n- **la boda** = wedding",
  ),
  card(
    "cuando-subj",
    "2.4",
    "*Cuando* + future meaning: which mood? Translate *When I turn 18, I will learn to drive.*",
    "**Present subjunctive** (never future): **Cuando cumpla 18 años, aprenderé a conducir.** Same with *en cuanto, hasta que, después de que* when the action hasn't happened yet.",
  ),
  card(
    "tradiciones",
    "2.5",
    "Vocabulario: costumbres y tradiciones\n\n*las fiestas patronales · el desfile · la procesión · heredar · mantener viva una tradición*",
    "- **las fiestas patronales** = a town's festival in honour of its patron saint\n- **el desfile** = parade\n- **la procesión** = procession\n- **heredar** = to inherit\n- **mantener viva una tradición** = to keep a tradition alive",
  ),
  card(
    "por-para",
    "2.5",
    "*por* or *para*? Give three uses of each.",
    "- **por**: cause (*por el calor*), through/along (*por las calles*), exchange (*por diez euros*), approximate time (*por la tarde*).\n- **para**: purpose (*para aprender*), destination/recipient (*para mi abuela*), deadline (*para el lunes*).",
  ),
  card(
    "migracion",
    "2.6",
    "Vocabulario: migración\n\n*emigrar · inmigrar · la acogida · integrarse · echar de menos · el país de origen*",
    "- **emigrar** = to emigrate (leave)\n- **inmigrar** = to immigrate (arrive)\n- **la acogida** = welcome, reception\n- **integrarse** = to integrate\n- **echar de menos** = to miss\n- **el país de origen** = country of origin",
  ),
  card(
    "migracion-2",
    "2.6",
    "How do you say: *refugee*, *asylum*, *to adapt*, *cultural shock*, *host country*?",
    "- **el/la refugiado/a**\n- **el asilo**\n- **adaptarse**\n- **el choque cultural**\n- **el país de acogida**",
  ),
  // ── Ingenio humano
  card(
    "entretenimiento",
    "3.1",
    "Vocabulario: entretenimiento\n\n*el estreno · la taquilla · el reparto · la serie · la plataforma de streaming*",
    "- **el estreno** = premiere, release\n- **la taquilla** = box office\n- **el reparto** = cast\n- **la serie** = TV series\n- **la plataforma de streaming** = streaming platform",
  ),
  card(
    "relativos",
    "3.1",
    "Relative pronouns with prepositions: translate *the film I told you about* and *the friend I went with*.",
    "- **la película de la que te hablé** (hablar **de**)\n- **el amigo con el que / con quien fui** (ir **con**)\n\nThe preposition goes **before** the relative pronoun in Spanish.",
  ),
  card(
    "arte",
    "3.2",
    "Vocabulario: expresiones artísticas\n\n*la exposición · el mural · la obra · el cuadro · el escultor*",
    "- **la exposición** = exhibition\n- **el mural** = mural\n- **la obra** (de arte) = work (of art)\n- **el cuadro** = painting\n- **el escultor / la escultora** = sculptor",
  ),
  card(
    "resena-valorar",
    "3.2",
    "Useful phrases for a review (reseña) in Spanish.",
    "- *Lo mejor de… es…* (the best thing about…)\n- *Cabe destacar…* (it is worth highlighting…)\n- *Sin embargo, flojea en…* (however, it is weak in…)\n- *Lo recomiendo a quienes…* (I recommend it to those who…)\n- *Merece la pena* (it is worth it)",
  ),
  card(
    "medios",
    "3.3",
    "Vocabulario: comunicación y medios\n\n*la prensa · un bulo · la fuente · contrastar · el titular*",
    "- **la prensa** = the press\n- **un bulo** = a hoax, fake news\n- **la fuente** = source\n- **contrastar** (la información) = to cross-check\n- **el titular** = headline",
  ),
  card(
    "estilo-indirecto",
    "3.3",
    "Reported speech: *«Voy a publicarlo»*, dijo. → *Dijo que…*",
    "**Dijo que iba a publicarlo.** In reported speech after a past verb: present → imperfect (*voy → iba*), preterite → pluperfect (*publiqué → había publicado*), future → conditional (*publicaré → publicaría*).",
  ),
  card(
    "tecnologia",
    "3.4",
    "Vocabulario: tecnología\n\n*la inteligencia artificial · la brecha digital · descargar · la privacidad · los datos personales*",
    "- **la inteligencia artificial** = artificial intelligence\n- **la brecha digital** = the digital divide\n- **descargar** = to download\n- **la privacidad** = privacy\n- **los datos personales** = personal data",
  ),
  card(
    "ventajas",
    "3.4",
    "Phrases to weigh advantages and disadvantages.",
    "- *Por un lado… por otro lado…* (on the one hand… on the other…)\n- *Una de las ventajas es que…*\n- *El principal inconveniente es que…*\n- *No obstante / Sin embargo* (however)\n- *En definitiva* (all in all)",
  ),
  card(
    "ciencia",
    "3.5",
    "Vocabulario: innovación científica\n\n*el hallazgo · la investigación · el avance · el ensayo clínico · la vacuna*",
    "- **el hallazgo** = discovery, finding\n- **la investigación** = research\n- **el avance** = breakthrough, advance\n- **el ensayo clínico** = clinical trial\n- **la vacuna** = vaccine",
  ),
  card(
    "si-clauses",
    "3.5",
    "The three main *si* clause patterns.",
    "1. Real/likely: **si + present → future/present**: *Si invierten, avanzaremos.*\n2. Hypothetical: **si + imperfect subjunctive → conditional**: *Si invirtieran, avanzaríamos.*\n3. Past unreal: **si + pluperfect subjunctive → conditional perfect**: *Si hubieran invertido, habríamos avanzado.*",
  ),
  // ── Organización social
  card(
    "relaciones",
    "4.1",
    "Vocabulario: relaciones sociales\n\n*llevarse bien/mal con · la pareja · discutir · hacer las paces · confiar en*",
    "- **llevarse bien/mal con** = to get on well/badly with\n- **la pareja** = partner, couple\n- **discutir** = to argue\n- **hacer las paces** = to make up\n- **confiar en** = to trust",
  ),
  card(
    "reciprocos",
    "4.1",
    "How do you say *we help each other* and *they don't speak to each other*?",
    "Use reflexive pronouns with a reciprocal meaning: **Nos ayudamos (el uno al otro).** / **No se hablan.** Add *mutuamente* or *el uno al otro* to make the meaning clear.",
  ),
  card(
    "comunidad",
    "4.2",
    "Vocabulario: comunidad\n\n*el ayuntamiento · los vecinos · la asociación de vecinos · el barrio · el pleno municipal*",
    "- **el ayuntamiento** = town/city council, town hall\n- **los vecinos** = neighbours, residents\n- **la asociación de vecinos** = residents' association\n- **el barrio** = neighbourhood\n- **el pleno municipal** = council meeting",
  ),
  card(
    "discurso",
    "4.2",
    "Conventions of a speech (discurso) in Spanish.",
    "- Greeting the audience: *Señora alcaldesa, queridos compañeros…*\n- Introducing yourself and the purpose\n- Rhetorical questions, repetition, direct address (*ustedes / vosotros*)\n- Call to action: *Os pido que…*\n- Closing: *Muchas gracias por su atención.*",
  ),
  card(
    "compromiso",
    "4.3",
    "Vocabulario: compromiso social\n\n*el voluntariado · una ONG · recaudar fondos · concienciar · implicarse*",
    "- **el voluntariado** = volunteering\n- **una ONG** = an NGO\n- **recaudar fondos** = to raise funds\n- **concienciar** = to raise awareness\n- **implicarse** = to get involved",
  ),
  card(
    "para-que",
    "4.3",
    "*para* + infinitive vs *para que* + subjunctive: when do you use each?",
    "- Same subject: **para + infinitive**: *Trabajo de voluntario para ayudar.*\n- Different subject: **para que + subjunctive**: *Trabajo de voluntario para que los niños aprendan.*",
  ),
  card(
    "educacion",
    "4.4",
    "Vocabulario: educación\n\n*la asignatura · aprobar · suspender · la beca · el bachillerato*",
    "- **la asignatura** = (school) subject\n- **aprobar** = to pass\n- **suspender** = to fail (an exam)\n- **la beca** = scholarship, grant\n- **el bachillerato** = upper-secondary education (ages 16-18 in Spain)",
  ),
  card(
    "educacion-2",
    "4.4",
    "How do you say: *to drop out of school*, *to sit an exam*, *school failure*, *to revise*?",
    "- **abandonar los estudios**\n- **hacer / presentarse a un examen**\n- **el fracaso escolar**\n- **repasar**",
  ),
  card(
    "trabajo",
    "4.5",
    "Vocabulario: el mundo laboral\n\n*el currículum · la entrevista de trabajo · el sueldo · la jornada · el desempleo*",
    "- **el currículum (vitae)** = CV, résumé\n- **la entrevista de trabajo** = job interview\n- **el sueldo** = salary\n- **la jornada** (completa/parcial) = (full/part-time) working day\n- **el desempleo / el paro** = unemployment",
  ),
  card(
    "carta-formal",
    "4.5",
    "Formal letter in Spanish: opening, register and closing.",
    "- Place and date: *Madrid, 3 de mayo de 2026*\n- Opening: **Estimado/a señor/a…:** (note the colon)\n- Register: **usted** throughout\n- Useful: *Me dirijo a usted para…*, *Le adjunto…*, *Quedo a su disposición*\n- Closing: **Atentamente,** / **Un cordial saludo,** + signature",
  ),
  card(
    "ley",
    "4.6",
    "Vocabulario: ley y orden\n\n*la multa · el delito · detener · el juicio · cumplir la ley*",
    "- **la multa** = fine\n- **el delito** = crime, offence\n- **detener** = to arrest\n- **el juicio** = trial\n- **cumplir la ley** = to obey the law",
  ),
  card(
    "pasiva",
    "4.6",
    "Two ways to form the passive in Spanish. Example.",
    "- **ser + participle** (agreeing): *Los ladrones **fueron detenidos** por la policía.*\n- **pasiva refleja** (se + verb, no agent): *Se detuvo a dos sospechosos. Se venden pisos.*",
  ),
  // ── Compartir el planeta
  card(
    "medio-ambiente",
    "5.1",
    "Vocabulario: medio ambiente\n\n*el cambio climático · los residuos · reciclar · la huella de carbono · las energías renovables*",
    "- **el cambio climático** = climate change\n- **los residuos** = waste\n- **reciclar** = to recycle\n- **la huella de carbono** = carbon footprint\n- **las energías renovables** = renewable energy",
  ),
  card(
    "medio-ambiente-2",
    "5.1",
    "How do you say: *drought*, *to save water*, *pollution*, *compost*, *drip irrigation*?",
    "- **la sequía**\n- **ahorrar agua**\n- **la contaminación**\n- **el compost / el abono orgánico**\n- **el riego por goteo**",
  ),
  card(
    "derechos",
    "5.2",
    "Vocabulario: derechos humanos\n\n*la dignidad · la libertad de expresión · vulnerar un derecho · la discriminación · denunciar*",
    "- **la dignidad** = dignity\n- **la libertad de expresión** = freedom of speech\n- **vulnerar un derecho** = to violate a right\n- **la discriminación** = discrimination\n- **denunciar** = to report, to denounce",
  ),
  card(
    "paz",
    "5.3",
    "Vocabulario: paz y conflicto\n\n*el acuerdo de paz · el alto el fuego · la reconciliación · los desplazados · negociar*",
    "- **el acuerdo de paz** = peace agreement\n- **el alto el fuego** = ceasefire\n- **la reconciliación** = reconciliation\n- **los desplazados** = displaced people\n- **negociar** = to negotiate",
  ),
  card(
    "aunque",
    "5.3",
    "*aunque* + indicative vs *aunque* + subjunctive.",
    "- **aunque + indicative**: a known fact: *Aunque **hubo** negociaciones, el conflicto siguió.* (there were)\n- **aunque + subjunctive**: hypothetical or not important: *Aunque **haya** negociaciones, no confío en la paz.* (even if there are)",
  ),
  card(
    "igualdad",
    "5.4",
    "Vocabulario: igualdad\n\n*la brecha salarial · la igualdad de oportunidades · el machismo · la inclusión · el techo de cristal*",
    "- **la brecha salarial** = pay gap\n- **la igualdad de oportunidades** = equal opportunities\n- **el machismo** = sexism, male chauvinism\n- **la inclusión** = inclusion\n- **el techo de cristal** = glass ceiling",
  ),
  card(
    "pero-sino",
    "5.4",
    "*pero* vs *sino*: rule and example.",
    "- **pero** = but (adds a contrast): *Es difícil, pero posible.*\n- **sino** = but rather (after a negative, replaces it): *No es un privilegio, sino un derecho.*\n- Before a conjugated verb: **sino que**: *No lo prohibieron, sino que lo regularon.*",
  ),
  card(
    "globalizacion",
    "5.5",
    "Vocabulario: globalización\n\n*la deslocalización · el comercio justo · las multinacionales · el consumismo · la mano de obra*",
    "- **la deslocalización** = offshoring, relocation of production\n- **el comercio justo** = fair trade\n- **las multinacionales** = multinational companies\n- **el consumismo** = consumerism\n- **la mano de obra** = labour, workforce",
  ),
  card(
    "urbano-rural",
    "5.7",
    "Vocabulario: entorno urbano y rural\n\n*la despoblación · el huerto urbano · el solar · las afueras · el atasco*",
    "- **la despoblación** = depopulation\n- **el huerto urbano** = urban vegetable garden\n- **el solar** = empty plot of land\n- **las afueras** = outskirts\n- **el atasco** = traffic jam",
  ),
  card(
    "comparar",
    "5.7",
    "Comparatives: *more… than*, *as… as*, *as many… as*. Example about city and countryside.",
    "- **más/menos + adj + que**: *La ciudad es más ruidosa que el campo.*\n- **tan + adj/adv + como**: *El pueblo no es tan caro como la ciudad.*\n- **tanto/a/os/as + noun + como**: *No hay tantos servicios como en la ciudad.*",
  ),
  // ── HL
  card(
    "hl-etica",
    "5.6",
    "Vocabulario: ética (NS)\n\n*el dilema · rendir cuentas · la transparencia · el sesgo · lícito*",
    "- **el dilema** = dilemma\n- **rendir cuentas** = to be accountable\n- **la transparencia** = transparency\n- **el sesgo** = bias\n- **lícito** = lawful, permissible",
    HL,
  ),
  card(
    "hl-concordancia",
    "5.6",
    "Sequence of tenses with the subjunctive (NS): *Exigen que…* vs *Exigieron que…*",
    "- Main verb in present/future → **present subjunctive**: *Exigen que la empresa **informe**.*\n- Main verb in past/conditional → **imperfect subjunctive**: *Exigieron que la empresa **informara**.*",
    HL,
  ),
  card(
    "hl-ojala",
    "3.3",
    "*Ojalá* + present vs imperfect vs pluperfect subjunctive (NS).",
    "- **Ojalá llueva** = I hope it rains (possible)\n- **Ojalá lloviera** = I wish it would rain (unlikely/unreal now)\n- **Ojalá hubiera llovido** = I wish it had rained (past, didn't happen)",
    HL,
  ),
  card(
    "hl-por-mucho-que",
    "1.3",
    "Advanced concessive structures (NS): *por mucho que, a pesar de que, por más que*.",
    "- **Por mucho/más que + subjunctive**: *Por mucho que insistas, no cambiaré de opinión.* (however much you insist)\n- **A pesar de que + indicative** (fact): *A pesar de que llovía, salimos.*\n- **A pesar de + infinitive/noun**: *A pesar del frío…*",
    HL,
  ),
  card(
    "hl-ensayo",
    "3.4",
    "Connectors for an HL essay: introducing, adding, contrasting, concluding.",
    "- Introducing: *Cabe preguntarse si… / En este ensayo se analizará…*\n- Adding: *Asimismo, Además, Por otra parte*\n- Contrasting: *No obstante, Sin embargo, En cambio*\n- Concluding: *En conclusión, En definitiva, A modo de conclusión*",
    HL,
  ),
  card(
    "hl-lit-narrador",
    "L",
    "Tipos de narrador (NS): omnisciente, protagonista, testigo.",
    "- **Omnisciente**: 3rd person, knows everything (thoughts, past, future).\n- **Protagonista**: 1st person, tells his/her own story.\n- **Testigo**: 1st or 3rd person, a secondary character who tells what he/she saw, without access to others' minds.",
    HL,
  ),
  card(
    "hl-lit-recursos",
    "L",
    "Recursos literarios (NS): metáfora, símil, personificación, hipérbole, anáfora.",
    "- **metáfora** = metaphor (A is B)\n- **símil / comparación** = simile (A is like B, with *como*)\n- **personificación** = personification\n- **hipérbole** = hyperbole (exaggeration)\n- **anáfora** = anaphora (repetition at the start of lines/sentences)",
    HL,
  ),
  card(
    "hl-lit-estructura",
    "L",
    "Vocabulario de estructura narrativa (NS): *el planteamiento, el nudo, el desenlace, la analepsis, el final abierto*.",
    "- **el planteamiento** = exposition, set-up\n- **el nudo** = complication, central conflict\n- **el desenlace** = resolution, ending\n- **la analepsis / el flashback** = flashback\n- **el final abierto** = open ending",
    HL,
  ),
  card(
    "hl-lit-analizar",
    "L",
    "Useful phrases for analysing a literary work in Spanish (NS).",
    "- *El autor / La autora pone de relieve…* (highlights)\n- *Este símbolo representa / sugiere…*\n- *El tono se vuelve…* (the tone becomes…)\n- *A través de… se transmite la idea de que…*\n- *Cabe destacar el contraste entre… y…*",
    HL,
  ),
  card(
    "hl-lit-tema",
    "L",
    "Vocabulario para hablar de temas literarios (NS): *el tema, el personaje principal, el conflicto, el ambiente, el punto de vista*.",
    "- **el tema** = theme\n- **el personaje principal / secundario** = main / minor character\n- **el conflicto** = conflict\n- **el ambiente / la atmósfera** = setting, atmosphere\n- **el punto de vista** = point of view",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "spanish-b", flashcards };
export default file;
