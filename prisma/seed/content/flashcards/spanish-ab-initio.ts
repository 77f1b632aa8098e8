import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Spanish ab initio (SL only, beginner level): vocabulary of the twenty prescribed topics
// (Spanish → English and English → Spanish), the core grammar rules (present, preterite, near future, ser/estar,
// gustar, agreement) and the conventions of the Paper 1 text types. Keys use "spanab-fc-..." so they never clash
// with question keys.

const SL: FlashcardInput["levels"] = ["SL"];

const card = (key: string, topicCode: string, front: string, back: string): FlashcardInput => ({
  key: `spanab-fc-${key}`,
  levels: SL,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Identidades
  card(
    "fisico",
    "1.1",
    "Vocabulario: el físico (Spanish → English)\n\n*alto · bajo · delgado · el pelo rizado · los ojos marrones*",
    "- **alto/a** = tall\n- **bajo/a** = short\n- **delgado/a** = slim\n- **el pelo rizado / liso** = curly / straight hair\n- **los ojos marrones** = brown eyes\n\n*Tengo el pelo rizado* (tener for hair and eyes), *soy alta* (ser for build).",
  ),
  card(
    "caracter",
    "1.1",
    "How do you say in Spanish: *friendly, funny, shy, lazy, hard-working, talkative*?",
    "- **simpático/a** = friendly, nice\n- **divertido/a** = funny, fun\n- **tímido/a** = shy\n- **perezoso/a** = lazy\n- **trabajador/a** = hard-working\n- **hablador/a** = talkative",
  ),
  card(
    "ser-estar",
    "1.1",
    "*ser* or *estar*? The rule of thumb, with examples.",
    "- **ser**: who or what something is, permanent traits, origin, nationality, job, time: *Soy simpática. Es de Valencia. Es médico. Son las tres.*\n- **estar**: where something is, and states or feelings that change: *Estoy en casa. Está cansado. Estamos contentos.*\n\nCareful: *es aburrido* (boring) / *está aburrido* (bored).",
  ),
  card(
    "ser-estar-formas",
    "1.1",
    "Conjugate *ser* and *estar* in the present.",
    "- **ser**: soy, eres, es, somos, sois, son\n- **estar**: estoy, estás, está, estamos, estáis, están",
  ),
  card(
    "concordancia",
    "1.1",
    "Adjective agreement: how do adjectives change? Give the four forms of *alto* and of *inteligente*.",
    "Adjectives agree in **gender and number** with the noun and usually go **after** it.\n- -o adjectives have 4 forms: *alto, alta, altos, altas*\n- -e and most consonant adjectives have 2: *inteligente, inteligentes*; *azul, azules*\n- Nationality in consonant adds -a: *español, española*.",
  ),
  card(
    "familia",
    "1.2",
    "Vocabulario: la familia (Spanish → English)\n\n*los padres · el hermano mayor · la hermana pequeña · los abuelos · los primos · el tío*",
    "- **los padres** = parents\n- **el hermano mayor** = older brother\n- **la hermana pequeña / menor** = younger sister\n- **los abuelos** = grandparents\n- **los primos** = cousins\n- **el tío / la tía** = uncle / aunt",
  ),
  card(
    "relaciones",
    "1.2",
    "How do you say: *to get on well with*, *to argue*, *best friend*, *to meet (someone) for the first time*, *divorced*?",
    "- **llevarse bien con** (*me llevo bien con mi hermano*)\n- **discutir**\n- **el/la mejor amigo/a**\n- **conocer a** (*conocí a Lucía en el colegio*)\n- **divorciado/a** (*mis padres están divorciados*)",
  ),
  card(
    "posesivos",
    "1.2",
    "Possessive adjectives: *my, your, his/her, our, your (pl.), their*.",
    "**mi/mis, tu/tus, su/sus, nuestro/a/os/as, vuestro/a/os/as, su/sus**.\nThey agree with the **thing owned**, not the owner: *mis abuelos*, *nuestra casa*. *Su* can mean his, her, its, their or your (usted).",
  ),
  card(
    "comida",
    "1.3",
    "Vocabulario: comer y beber (Spanish → English)\n\n*el desayuno · la comida · la cena · las verduras · el pescado · un zumo*",
    "- **el desayuno** = breakfast (*desayunar*)\n- **la comida** = lunch / food (*comer*)\n- **la cena** = dinner (*cenar*)\n- **las verduras** = vegetables\n- **el pescado** = fish (as food)\n- **un zumo** (Spain) / **un jugo** (Latin America) = a juice",
  ),
  card(
    "restaurante",
    "1.3",
    "At a restaurant: how do you say *the menu*, *the bill*, *I would like…*, *waiter*, *to order*?",
    "- **la carta** = the menu (*el menú del día* = set menu)\n- **la cuenta** = the bill: *¿Me trae la cuenta, por favor?*\n- **Quisiera… / Me gustaría…** = I would like…\n- **el camarero / la camarera** = waiter / waitress\n- **pedir** (e → i): *pido una ensalada*",
  ),
  card(
    "gustar",
    "1.3",
    "How does *gustar* work? Translate: *I like apples*, *We like to swim*, *Does she like fish?*",
    "The verb agrees with **what is liked** (the subject comes after it); the person is an indirect object pronoun (me, te, le, nos, os, les).\n- *Me **gustan** las manzanas.* (plural thing)\n- *Nos **gusta** nadar.* (infinitive → singular)\n- *¿A ella le **gusta** el pescado?*\nSame pattern: **encantar** (to love), **interesar**, **doler**.",
  ),
  card(
    "cuerpo",
    "1.4",
    "Vocabulario: el cuerpo y la salud\n\n*la cabeza · el estómago · la espalda · la garganta · estar enfermo · la fiebre*",
    "- **la cabeza** = head\n- **el estómago** = stomach\n- **la espalda** = back\n- **la garganta** = throat\n- **estar enfermo/a** = to be ill\n- **la fiebre** = fever, temperature",
  ),
  card(
    "doler",
    "1.4",
    "How do you say *My head hurts* and *My feet hurt*? What else expresses feeling ill?",
    "*Doler* works like *gustar*: **Me duele la cabeza. Me duelen los pies.**\nAlso: **tengo fiebre** (I have a temperature), **tengo dolor de garganta** (sore throat), **estoy resfriado/a** (I have a cold), **tengo que ir al médico**.",
  ),
  card(
    "tener-expresiones",
    "1.4",
    "Expressions with *tener*: *to be hungry, to be thirsty, to be cold / hot, to be … years old, to have to*. And *to be tired*?",
    "- **tener hambre** = to be hungry\n- **tener sed** = to be thirsty\n- **tener frío / calor** = to be cold / hot (a person)\n- **tener … años** = to be … years old\n- **tener que** + infinitive = to have to\n\nBut *tired* = **estar cansado/a** (not tener).",
  ),
  // ── Experiencias
  card(
    "rutina",
    "2.1",
    "Vocabulario: la rutina diaria (Spanish → English)\n\n*despertarse · levantarse · ducharse · vestirse · acostarse · hacer los deberes*",
    "- **despertarse** (e → ie) = to wake up\n- **levantarse** = to get up\n- **ducharse** = to have a shower\n- **vestirse** (e → i) = to get dressed\n- **acostarse** (o → ue) = to go to bed\n- **hacer los deberes / la tarea** = to do homework",
  ),
  card(
    "reflexivos",
    "2.1",
    "Reflexive verbs in the present: conjugate *levantarse*.",
    "**me levanto, te levantas, se levanta, nos levantamos, os levantáis, se levantan**.\nThe pronoun goes before the conjugated verb, or is attached to an infinitive: *Voy a levantarme tarde.*",
  ),
  card(
    "hora",
    "2.1",
    "Telling the time: *at 7:15, at 7:30, at 7:45, at 1:00, in the morning / afternoon*.",
    "- **a las siete y cuarto** (7:15)\n- **a las siete y media** (7:30)\n- **a las ocho menos cuarto** (7:45)\n- **a la una** (1:00: singular)\n- **por la mañana / por la tarde / por la noche**\n- *¿A qué hora…?* = At what time…?",
  ),
  card(
    "presente-regular",
    "2.1",
    "Present tense of regular verbs: *hablar, comer, vivir*.",
    "- **-ar**: hablo, hablas, habla, hablamos, habláis, hablan\n- **-er**: como, comes, come, comemos, coméis, comen\n- **-ir**: vivo, vives, vive, vivimos, vivís, viven",
  ),
  card(
    "presente-raiz",
    "2.1",
    "Stem-changing verbs in the present: give an example of each type (e → ie, o → ue, e → i).",
    "The stem changes in every form **except nosotros and vosotros**:\n- e → ie: **querer**: quiero, quieres, quiere, queremos, queréis, quieren (also *empezar, preferir*)\n- o → ue: **dormir**: duermo… dormimos (also *poder, volver, jugar* u → ue: *juego*)\n- e → i: **pedir**: pido… pedimos (also *vestirse*)",
  ),
  card(
    "ocio",
    "2.2",
    "Vocabulario: el tiempo libre\n\n*quedar con amigos · ir al cine · jugar al fútbol · tocar la guitarra · salir · el fin de semana*",
    "- **quedar con amigos** = to meet up with friends\n- **ir al cine** = to go to the cinema\n- **jugar al fútbol** = to play football (jugar **a** + sport)\n- **tocar la guitarra** = to play the guitar (tocar + instrument)\n- **salir** = to go out (*salgo*)\n- **el fin de semana** = the weekend",
  ),
  card(
    "frecuencia",
    "2.2",
    "Frequency expressions: *always, often, sometimes, never, twice a week, every day*.",
    "- **siempre** = always\n- **a menudo / muchas veces** = often\n- **a veces** = sometimes\n- **nunca** = never (*no… nunca*: *no veo nunca la tele*)\n- **dos veces a la semana** = twice a week\n- **todos los días** = every day",
  ),
  card(
    "vacaciones",
    "2.3",
    "Vocabulario: las vacaciones (Spanish → English)\n\n*el alojamiento · el albergue · la playa · hacer turismo · el equipaje · alojarse*",
    "- **el alojamiento** = accommodation\n- **el albergue (juvenil)** = (youth) hostel\n- **la playa** = beach\n- **hacer turismo** = to go sightseeing\n- **el equipaje** = luggage\n- **alojarse** = to stay (*nos alojamos en un camping*)",
  ),
  card(
    "preterito-regular",
    "2.3",
    "Preterite (simple past) of regular verbs: *visitar, comer, salir*. When do you use it?",
    "For **completed actions** at a definite time in the past (*ayer, el verano pasado, en 2024*).\n- **-ar**: visité, visitaste, visitó, visitamos, visitasteis, visitaron\n- **-er / -ir**: comí, comiste, comió, comimos, comisteis, comieron (*salí, saliste, salió…*)\nMind the accents: *visité* (I visited) ≠ *visite*.",
  ),
  card(
    "preterito-irregular",
    "2.3",
    "Irregular preterites: *ir / ser, hacer, tener, estar*.",
    "- **ir** and **ser** (same forms): fui, fuiste, fue, fuimos, fuisteis, fueron\n- **hacer**: hice, hiciste, hizo, hicimos, hicisteis, hicieron\n- **tener**: tuve, tuviste, tuvo, tuvimos, tuvisteis, tuvieron\n- **estar**: estuve, estuviste, estuvo…\nNo accents on these irregular forms.",
  ),
  card(
    "marcadores-pasado",
    "2.3",
    "Time markers for the past and the future.",
    "- Past (→ preterite): **ayer, anoche, la semana pasada, el año pasado, hace dos años**\n- Future (→ ir a + infinitive): **mañana, esta tarde, el fin de semana que viene, el próximo verano, dentro de un mes**",
  ),
  card(
    "fiestas",
    "2.4",
    "Vocabulario: fiestas y celebraciones\n\n*el cumpleaños · los fuegos artificiales · el desfile · disfrazarse · la Nochevieja · celebrar*",
    "- **el cumpleaños** = birthday (*cumplir 17 años* = to turn 17)\n- **los fuegos artificiales** = fireworks\n- **el desfile** = parade\n- **disfrazarse** = to dress up (*el disfraz* = costume)\n- **la Nochevieja** = New Year's Eve (twelve grapes at midnight in Spain)\n- **celebrar** = to celebrate",
  ),
  card(
    "meses-fechas",
    "2.4",
    "Dates in Spanish: how do you write and say *on 19 March* and *my birthday is on 1 May*?",
    "- **el 19 de marzo** (no capital letters for months or days; *el* + number + *de* + month)\n- **Mi cumpleaños es el uno (o el primero) de mayo.**\n- Days: *lunes, martes, miércoles, jueves, viernes, sábado, domingo*; *el lunes* = on Monday, *los lunes* = on Mondays.",
  ),
  // ── Ingenio humano
  card(
    "transporte",
    "3.1",
    "Vocabulario: el transporte\n\n*el tren · el andén · el billete · el retraso · la parada de autobús · a pie*",
    "- **el tren** = train\n- **el andén** = platform\n- **el billete** (Spain) / **el boleto** (Latin America) = ticket\n- **el retraso** = delay\n- **la parada de autobús** = bus stop\n- **ir a pie** = to walk, go on foot (but *en tren, en coche, en bicicleta*)",
  ),
  card(
    "direcciones",
    "3.1",
    "Asking and giving directions: *Where is…?*, *turn right*, *go straight on*, *next to*, *opposite*.",
    "- **¿Dónde está…?** / **¿Por dónde se va a…?**\n- **gira / tuerce a la derecha** (izquierda = left)\n- **sigue todo recto**\n- **al lado de** = next to\n- **enfrente de** = opposite\n- **cerca de / lejos de** = near / far from",
  ),
  card(
    "entretenimiento",
    "3.2",
    "Vocabulario: el entretenimiento (Spanish → English)\n\n*la película · la entrada · la obra de teatro · el concierto · el grupo · la serie*",
    "- **la película** = film\n- **la entrada** = ticket (for a show)\n- **la obra de teatro** = play\n- **el concierto** = concert\n- **el grupo / la banda** = band\n- **la serie** = TV series\n\nFilm types: *de acción, de terror, de ciencia ficción, de animación, una comedia*.",
  ),
  card(
    "opinion",
    "3.2",
    "Giving opinions at ab initio level: five useful phrases.",
    "- **Creo que / Pienso que** es divertido.\n- **En mi opinión**, la película es aburrida.\n- **Me encanta / No me gusta nada** el teatro.\n- **Prefiero** las series **porque** son más cortas.\n- **Para mí, lo mejor es…** (the best thing is)",
  ),
  card(
    "medios",
    "3.3",
    "Vocabulario: los medios de comunicación\n\n*las noticias · el periódico · la revista · la radio · las redes sociales · el anuncio*",
    "- **las noticias** = the news\n- **el periódico** = newspaper\n- **la revista** = magazine\n- **la radio** = radio (feminine)\n- **las redes sociales** = social media\n- **el anuncio** = advert, notice",
  ),
  card(
    "tecnologia",
    "3.4",
    "How do you say: *mobile phone, computer, password, to download, to charge, app, screen*?",
    "- **el móvil** (Spain) / **el celular** (Latin America)\n- **el ordenador** (Spain) / **la computadora** (Latin America)\n- **la contraseña**\n- **descargar**\n- **cargar** (*el cargador* = charger)\n- **la aplicación**\n- **la pantalla**",
  ),
  card(
    "futuro-proximo",
    "3.4",
    "The near future (*ir a* + infinitive): form and example.",
    "Conjugate **ir** in the present + **a** + **infinitive**: *voy a comprar, vas a comprar, va a comprar, vamos a comprar, vais a comprar, van a comprar*.\n*Mañana voy a descargar la aplicación.* The second verb never changes.",
  ),
  card(
    "objeto-directo",
    "3.4",
    "Direct object pronouns: replace the noun in *Veo el móvil / Veo la pantalla / Veo los vídeos*.",
    "**lo** (masc. sing.), **la** (fem. sing.), **los** (masc. pl.), **las** (fem. pl.) go **before** the conjugated verb:\n*Lo veo. La veo. Los veo.*\nThey can attach to an infinitive: *Voy a comprarlo.*",
  ),
  // ── Organización social
  card(
    "barrio",
    "4.1",
    "Vocabulario: el barrio\n\n*el vecino · la tienda · el ayuntamiento · la biblioteca · el centro comercial · tranquilo / ruidoso*",
    "- **el vecino / la vecina** = neighbour\n- **la tienda** = shop\n- **el ayuntamiento** = town hall\n- **la biblioteca** = library (*la librería* = bookshop!)\n- **el centro comercial** = shopping centre\n- **tranquilo / ruidoso** = quiet / noisy",
  ),
  card(
    "hay-estar",
    "4.1",
    "*hay* or *está*? Rule and examples.",
    "- **hay** (there is / there are) introduces something **new**, with *un/una*, numbers or no article: *En mi barrio hay un parque y dos cines.*\n- **está / están** says **where** something known is, with *el/la/los/las* or a name: *El parque está al lado del río.*",
  ),
  card(
    "instituto",
    "4.2",
    "Vocabulario: el instituto (Spanish → English)\n\n*la asignatura · el horario · el recreo · aprobar · suspender · el uniforme*",
    "- **la asignatura** = school subject\n- **el horario** = timetable\n- **el recreo** = break\n- **aprobar** = to pass (an exam)\n- **suspender** = to fail (Spain) (*reprobar* in Latin America)\n- **el uniforme** = uniform",
  ),
  card(
    "asignaturas",
    "4.2",
    "How do you say: *Maths, History, Biology, Physical Education, Computer Science, English*?",
    "**las Matemáticas, la Historia, la Biología, la Educación Física, la Informática, el Inglés**.\n*Mi asignatura favorita es la Historia porque…* / *Las Matemáticas son difíciles* (plural verb).",
  ),
  card(
    "trabajo",
    "4.3",
    "Vocabulario: el trabajo\n\n*el sueldo · el horario · el currículum · la entrevista · trabajar a tiempo parcial · el jefe*",
    "- **el sueldo** = salary, wages\n- **el horario** = working hours\n- **el currículum** = CV\n- **la entrevista** = interview\n- **trabajar a tiempo parcial** = to work part-time\n- **el jefe / la jefa** = boss",
  ),
  card(
    "profesiones",
    "4.3",
    "Jobs: *doctor, nurse, teacher, waiter, lawyer, shop assistant*. What is special about the article?",
    "**médico/a, enfermero/a, profesor/a, camarero/a, abogado/a, dependiente/a**.\nAfter *ser*, a job has **no article**: *Mi madre es enfermera* (not *es una enfermera*), unless there is an adjective: *Es una enfermera excelente.*",
  ),
  card(
    "sociedad",
    "4.4",
    "Vocabulario: problemas sociales\n\n*la pobreza · las personas sin hogar · el paro · el voluntario · donar · ayudar*",
    "- **la pobreza** = poverty\n- **las personas sin hogar** = homeless people\n- **el paro / el desempleo** = unemployment (*estar en paro*)\n- **el voluntario / la voluntaria** = volunteer (*ser voluntario*)\n- **donar** = to donate\n- **ayudar (a)** = to help",
  ),
  // ── Compartir el planeta
  card(
    "tiempo",
    "5.1",
    "The weather: *it's hot, it's cold, it's sunny, it's windy, it's raining, it's snowing, it's cloudy*.",
    "- **hace calor / hace frío / hace sol / hace viento** (hacer)\n- **llueve** (llover) / **nieva** (nevar)\n- **está nublado**\n- **hay tormenta** = there's a storm\n- Near future: *mañana va a llover*.",
  ),
  card(
    "clima",
    "5.1",
    "Vocabulario: el clima y las estaciones\n\n*la primavera · el verano · el otoño · el invierno · la temperatura · los grados*",
    "- **la primavera** = spring\n- **el verano** = summer\n- **el otoño** = autumn\n- **el invierno** = winter\n- **la temperatura** = temperature\n- **treinta grados** = thirty degrees\n\nIn the southern hemisphere (Chile, Argentina) summer is in December-February.",
  ),
  card(
    "geografia",
    "5.2",
    "Vocabulario: la geografía física (Spanish → English)\n\n*la montaña · el río · el lago · la costa · el bosque · la isla · el desierto*",
    "- **la montaña** = mountain\n- **el río** = river\n- **el lago** = lake\n- **la costa** = coast\n- **el bosque** = forest\n- **la isla** = island\n- **el desierto** = desert",
  ),
  card(
    "comparativos",
    "5.2",
    "Comparatives and superlatives: *bigger than*, *as big as*, *the highest*.",
    "- **más / menos + adjective + que**: *El río es más largo que el lago.*\n- **tan + adjective + como**: *La costa es tan bonita como la montaña.*\n- **el/la/los/las más + adjective (+ de)**: *Es la montaña más alta de España.*\n- Irregular: **mejor** (better), **peor** (worse), **mayor**, **menor**.",
  ),
  card(
    "medio-ambiente",
    "5.3",
    "Vocabulario: el medio ambiente\n\n*reciclar · la basura · la contaminación · ahorrar agua · el plástico · proteger*",
    "- **reciclar** = to recycle\n- **la basura** = rubbish\n- **la contaminación** = pollution\n- **ahorrar agua / energía** = to save water / energy\n- **el plástico** = plastic\n- **proteger** = to protect (*protejo*)",
  ),
  card(
    "imperativo",
    "5.3",
    "Informal commands (tú): *recycle, turn off, bring, don't throw*.",
    "Affirmative **tú** command = 3rd person singular of the present: **recicla, apaga la luz, trae tu botella**.\nIrregular: *haz, ven, ten, pon, sal, di, ve, sé*.\nNegative uses a different form: **no tires basura** (present subjunctive).",
  ),
  card(
    "global",
    "5.4",
    "How do you say: *poverty, hunger, drinking water, a right, an NGO, war*?",
    "- **la pobreza**\n- **el hambre** (feminine: *mucha hambre*)\n- **el agua potable**\n- **un derecho** (*la educación es un derecho*)\n- **una ONG** (organización no gubernamental)\n- **la guerra**",
  ),
  // ── Paper 1 text types (filed under the theme of the model task)
  card(
    "texto-correo",
    "1.1",
    "Paper 1 text type: the informal email. What conventions score on criterion C?",
    "- **Asunto:** (subject line)\n- Greeting: **¡Hola, Martín!** / **Querida abuela:**\n- **tú**, friendly tone, questions to the reader (*¿Y tú?*)\n- Sign-off: **Un abrazo / Un beso / Hasta pronto** + name\n\nFormal email instead: *Estimados señores:* … *Atentamente,* with **usted/ustedes**.",
  ),
  card(
    "texto-diario",
    "2.1",
    "Paper 1 text types: the diary and the blog. Their conventions?",
    "- **Diario**: date (*Martes, 14 de noviembre*), **Querido diario:**, first person, feelings, exclamations, informal closing (*Hasta mañana*).\n- **Blog**: a **title**, date, greeting to readers (*¡Hola a todos!*), personal lively tone, a question or call to comment at the end (*¡Dejad un comentario!*).",
  ),
  card(
    "texto-aviso",
    "5.3",
    "Paper 1 text types: the notice (aviso / anuncio). Its conventions?",
    "- A clear, eye-catching **heading** (*AVISO: …*)\n- Key information easy to find: **¿Cuándo? ¿Dónde? ¿Qué tienes que traer?**\n- Short sentences or bullet points, **imperatives** (*trae, escribe, participa*)\n- How to contact or sign up, and who it is from.",
  ),
  card(
    "puntuacion",
    "1.1",
    "Spanish punctuation and accents that examiners notice.",
    "- Questions and exclamations open **and** close: **¿Cómo te llamas? ¡Qué bien!**\n- Question words take an accent: **qué, cómo, dónde, cuándo, cuánto, quién, por qué** (answer *porque* = because: no accent, one word).\n- **ñ** is a separate letter and changes the word: *pena* (pity) ≠ *peña* (club, group of friends); *año* (year).\n- Months and days have no capitals: *el lunes 3 de mayo*.",
  ),
];

const file: SubjectFlashcards = { subject: "spanish-ab-initio", flashcards };
export default file;
