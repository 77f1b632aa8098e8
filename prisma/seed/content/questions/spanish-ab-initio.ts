import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point } from "../shared/markscheme-points";

// Original IB-style practice for IB Spanish ab initio (language ab initio guide, first assessment 2020), SL only.
// Beginner level (roughly CEFR A1-A2): short texts, everyday vocabulary, present, preterite and near future.
//
// Paper 2 (receptive skills): comprehension questions on short Spanish texts written for this bank (profiles,
// notices, blog posts, emails, brochures, interviews) and on transcripts of short recordings for the listening
// section (a weather forecast, a station announcement, a phone message). Every text carries ORIGINAL_LABEL; the
// people, schools, organisations and small towns in them are invented (real cities and countries appear only with
// well-known facts). Question types as in the exam: multiple choice, true/false with a justification from the
// text (both needed for the mark), short answers. Instructions are glossed in English, as a beginner needs.
// Grammar and vocabulary MCQs in context (ser/estar, gustar, adjective agreement, present, preterite, near
// future) are filed under Paper 1, the language the writing criteria reward.
// Paper 1 (productive skills): the exam has two tasks of 70-150 words, each marked out of 15 on three criteria
// (A language 6, B message 6, C conceptual understanding 3); each task here is one of them, with a model answer.
// No question has a calculation, so there are no NUMERIC questions.

const SL: Level[] = ["SL"];

/** The label every reading text and transcript carries (checked in checks/spanish-ab-initio-answers.test.ts). */
export const ORIGINAL_LABEL = "Texto original escrito para este ejercicio";
/** The word range of a Paper 1 task (checked against every model answer). */
export const WORD_RANGE = "entre 70 y 150 palabras";

type Difficulty = 1 | 2 | 3 | 4 | 5;
type Base = {
  key: string;
  topic: string;
  difficulty: Difficulty;
  marks: number;
  paper: QuestionInput["paper"];
  term: QuestionInput["commandTerm"];
  stem: string;
  points: MarkingPointInput[];
  answer: string;
};

const base = (b: Base) => ({
  key: `spanab-${b.key}`,
  levels: SL,
  topicCode: b.topic,
  difficulty: b.difficulty,
  marks: b.marks,
  paper: b.paper,
  calculator: false,
  commandTerm: b.term,
  stem: b.stem,
  markscheme: b.points,
  workedSolution: b.answer,
});

const written = (b: Base): QuestionInput => ({ type: "WRITTEN", ...base(b) });

type Mcq = {
  key: string;
  topic: string;
  difficulty: Difficulty;
  paper?: QuestionInput["paper"];
  term?: QuestionInput["commandTerm"];
  stem: string;
  /** The correct option is written FIRST; the builder moves it to a letter fixed by the key. */
  options: [string, string, string, string];
  /** Why the key is right (the marking point); quotations in «» must be words of the text. */
  why: string;
  /** A longer explanation for the worked solution (defaults to `why`). */
  explain?: string;
};

/**
 * The key is written first for ease of writing, then moved to position rotation(key), so the stored correct
 * letters are spread over A-D and a question keeps its letter when others are added (the check file asserts it).
 */
const rotation = (key: string) => [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9973, 7) % 4;
const LETTERS = ["A", "B", "C", "D"] as const;

const mcq = (b: Mcq): QuestionInput => {
  const shift = rotation(b.key);
  const options = [0, 1, 2, 3].map((i) => b.options[(i + 4 - shift) % 4] ?? "");
  const correct = LETTERS[shift] ?? "A";
  return {
    type: "MCQ",
    ...base({
      key: b.key,
      topic: b.topic,
      difficulty: b.difficulty,
      marks: 1,
      paper: b.paper ?? "P2",
      term: b.term ?? "Identify",
      stem: b.stem,
      points: [point("p1", 1, `${correct}: ${b.why}`, [correct])],
      answer: `**${correct}. ${b.options[0]}** ${b.explain ?? b.why}`,
    }),
    options: options.map((text, i) => ({ id: LETTERS[i] ?? "A", text })),
    correctOptionId: correct,
  };
};

/** A reading text: title, text type, the originality label, then the text. */
const texto = (title: string, kind: string, body: string, invented = "las personas y los lugares son inventados") =>
  `**${title}**\n\n*${kind}. ${ORIGINAL_LABEL}: ${invented}.*\n\n${body}`;

/** A listening text: the transcript of a recording, labelled like a reading text, with how to practise it. */
const audio = (title: string, kind: string, body: string, invented = "las personas son inventadas") =>
  `**Comprensión auditiva: ${title}**\n\n*${kind}. Transcripción. ${ORIGINAL_LABEL}: ${invented}.*\n\n*(Listening practice: in the exam you hear the recording twice and never see a transcript. Ask someone to read it aloud to you, or read it once, cover it and answer.)*\n\n${body}`;

/** A Paper 2 stem: the text, a rule, then the question. */
const sobre = (t: string, question: string) => `${t}\n\n---\n\n${question}`;

type Item = { s: string; v: boolean; quote: string; keywords?: string[] };
/** True/false with justification: one mark per statement, only if both the choice and the quotation are right. */
const vf = (key: string, topic: string, difficulty: Difficulty, t: string, items: Item[]): QuestionInput => {
  const letters = "abcdef";
  return written({
    key,
    topic,
    difficulty,
    marks: items.length,
    paper: "P2",
    term: "Justify",
    stem: sobre(
      t,
      `Las frases siguientes son **verdaderas (V)** o **falsas (F)**. Indica la opción correcta y justifica tu respuesta con palabras del texto. *(True or false? Justify with words from the text: you need both for the mark.)*\n\n${items.map((it, i) => `(${letters[i]}) ${it.s}`).join("\n\n")}`,
    ),
    points: items.map((it, i) =>
      point(letters[i] ?? "x", 1, `(${letters[i]}) ${it.v ? "V" : "F"}: «${it.quote}» (both the choice and the justification are needed)`, it.keywords ?? []),
    ),
    answer:
      items.map((it, i) => `(${letters[i]}) **${it.v ? "Verdadero" : "Falso"}**: «${it.quote}».`).join(" ") +
      " Un punto por frase: V/F y justificación correctas.",
  });
};

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Identities (personal attributes, relationships, eating and drinking, physical well-being)
// ─────────────────────────────────────────────────────────────────────────────
const T_PERFIL = texto(
  "¡Hola! Me llamo Sofía",
  "Perfil en una web de intercambios escolares",
  `Hola, me llamo Sofía Ruiz y tengo dieciséis años. Soy de Valencia, en el este de España, y vivo en un piso con mi madre, mi hermano pequeño y nuestro gato, Bigotes. Mis padres están divorciados: mi padre vive en Madrid y lo visito un fin de semana al mes.

Soy alta y delgada, tengo el pelo largo y rizado y los ojos marrones. Mis amigos dicen que soy divertida y muy habladora, pero a veces también soy un poco impaciente.

Mi mejor amiga se llama Lucía. Nos conocemos desde el colegio y hacemos todo juntas: estudiamos, vamos a la playa y cantamos en un coro. Con mi hermano Pablo, que tiene diez años, me llevo bien, pero es muy desordenado y a veces discutimos.

Busco un chico o una chica de mi edad para practicar inglés o francés. ¡Escríbeme!`,
  "las personas son inventadas",
);

const T_VIDA_SANA = texto(
  "Semana de la Vida Sana en el Instituto Río Verde",
  "Aviso para los estudiantes",
  `Del lunes 10 al viernes 14 de marzo celebramos la Semana de la Vida Sana. ¡Participa!

**Lunes:** desayuno saludable gratis en el patio a las 8:15: fruta, pan con tomate y leche o zumo natural.

**Martes:** taller de cocina con el cocinero Andrés Molina. Aprendemos a preparar una ensalada de arroz y una sopa de verduras. Plazas limitadas: apúntate en la secretaría.

**Miércoles:** hoy no funcionan las máquinas de refrescos del instituto. ¡Bebe agua!

**Jueves:** carrera solidaria de cinco kilómetros por el parque. Trae ropa de deporte y una botella de agua.

**Viernes:** charla de una enfermera sobre el sueño: «¿Por qué los adolescentes necesitan dormir nueve horas?»

Si tienes alergia a algún alimento, habla con tu tutor antes del lunes.`,
);

const identidades: QuestionInput[] = [
  mcq({
    key: "p2-perfil-01",
    topic: "1.1",
    difficulty: 1,
    stem: sobre(T_PERFIL, "¿Cómo es Sofía físicamente? *(What does Sofía look like?)*"),
    options: ["Es alta y tiene el pelo largo.", "Es baja y tiene el pelo corto.", "Es alta y tiene los ojos azules.", "Es delgada y tiene el pelo liso."],
    why: "«Soy alta y delgada, tengo el pelo largo y rizado y los ojos marrones».",
    explain:
      "Sofía dice: «Soy alta y delgada, tengo el pelo largo y rizado y los ojos marrones». Sus ojos no son azules y su pelo no es liso (liso = straight, rizado = curly).",
  }),
  written({
    key: "p2-perfil-02",
    topic: "1.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_PERFIL,
      "(a) Según sus amigos, ¿cómo es el carácter de Sofía? Menciona **dos** adjetivos. *(Two adjectives her friends use.)*\n\n(b) ¿Qué defecto tiene Sofía, según ella? *(What fault does she admit?)*",
    ),
    points: [
      point("a1", 1, "(a) divertida / fun", ["divertida"]),
      point("a2", 1, "(a) habladora / talkative (accept «muy habladora»)", ["habladora"]),
      point("b", 1, "(b) (un poco) impaciente / impatient", ["impaciente"]),
    ],
    answer:
      "(a) Es **divertida** y **muy habladora** (1 + 1). (b) A veces es **un poco impaciente** (1). No se aceptan *alta* ni *delgada*: describen el físico, no el carácter.",
  }),
  vf("p2-perfil-03", "1.2", 2, T_PERFIL, [
    { s: "Sofía vive con su padre.", v: false, quote: "vivo en un piso con mi madre» / «mi padre vive en Madrid", keywords: ["Madrid", "con mi madre"] },
    { s: "Sofía y Lucía son amigas desde hace poco tiempo.", v: false, quote: "Nos conocemos desde el colegio", keywords: ["desde el colegio"] },
    { s: "A veces Sofía y su hermano discuten.", v: true, quote: "a veces discutimos", keywords: ["discutimos"] },
  ]),
  mcq({
    key: "p2-perfil-04",
    topic: "1.2",
    difficulty: 2,
    stem: sobre(T_PERFIL, "¿Cada cuánto tiempo ve Sofía a su padre? *(How often does Sofía see her father?)*"),
    options: ["Un fin de semana al mes.", "Todos los fines de semana.", "Una vez al año.", "Nunca, porque vive lejos."],
    why: "«lo visito un fin de semana al mes».",
    explain: "Su padre vive en Madrid y ella dice: «lo visito un fin de semana al mes». *Al mes* = per month.",
  }),
  mcq({
    key: "p2-vidasana-01",
    topic: "1.3",
    difficulty: 1,
    stem: sobre(T_VIDA_SANA, "¿Qué pueden comer los estudiantes el lunes? *(What can students eat on Monday?)*"),
    options: ["Fruta y pan con tomate.", "Una ensalada de arroz.", "Una sopa de verduras.", "Bocadillos y refrescos."],
    why: "«desayuno saludable gratis en el patio a las 8:15: fruta, pan con tomate y leche o zumo natural».",
    explain: "El lunes hay un desayuno gratis con «fruta, pan con tomate y leche o zumo natural». La ensalada y la sopa son del taller del martes.",
  }),
  vf("p2-vidasana-02", "1.3", 2, T_VIDA_SANA, [
    { s: "Todos los estudiantes pueden ir al taller de cocina.", v: false, quote: "Plazas limitadas", keywords: ["limitadas"] },
    {
      s: "El miércoles los estudiantes no pueden comprar refrescos en el instituto.",
      v: true,
      quote: "hoy no funcionan las máquinas de refrescos del instituto",
      keywords: ["máquinas"],
    },
  ]),
  written({
    key: "p2-vidasana-03",
    topic: "1.4",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_VIDA_SANA, "¿Qué tienen que llevar los estudiantes a la carrera del jueves? Menciona **dos** cosas. *(Two things to bring on Thursday.)*"),
    points: [
      point("p1", 1, "ropa de deporte / sports clothes", ["ropa de deporte"]),
      point("p2", 1, "una botella de agua / a bottle of water", ["botella", "agua"]),
    ],
    answer: "**Ropa de deporte** (1) y **una botella de agua** (1): «Trae ropa de deporte y una botella de agua».",
  }),
  mcq({
    key: "p2-vidasana-04",
    topic: "1.4",
    difficulty: 2,
    stem: sobre(T_VIDA_SANA, "¿De qué habla la enfermera el viernes? *(What is the nurse's talk about?)*"),
    options: ["De las horas de sueño de los adolescentes.", "De las alergias a los alimentos.", "De la comida rápida.", "De la carrera en el parque."],
    why: "«charla de una enfermera sobre el sueño».",
    explain:
      "El viernes hay una «charla de una enfermera sobre el sueño»: por qué los adolescentes necesitan dormir nueve horas. Las alergias aparecen en el texto, pero el tutor se ocupa de ellas.",
  }),
  written({
    key: "p2-vidasana-05",
    topic: "1.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_VIDA_SANA, "Eres alérgico/a a la leche. ¿Qué tienes que hacer y cuándo? *(You are allergic to milk: what must you do, and by when?)*"),
    points: [
      point("p1", 1, "Hablar con el/mi tutor / talk to my tutor", ["tutor"]),
      point("p2", 1, "Antes del lunes (10 de marzo) / before Monday", ["antes del lunes"]),
    ],
    answer: "Tengo que **hablar con mi tutor** (1) **antes del lunes** (1): «Si tienes alergia a algún alimento, habla con tu tutor antes del lunes».",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Experiences (daily routine, leisure, holidays, festivals and celebrations)
// ─────────────────────────────────────────────────────────────────────────────
const T_SEMANA = texto(
  "Mi semana, por Diego",
  "Entrada de blog de un estudiante de Guadalajara (México)",
  `¡Hola a todos! Hoy les cuento cómo es mi semana.

De lunes a viernes me levanto a las seis y media porque las clases empiezan a las siete y cuarto. Me ducho, me visto y desayuno un licuado de plátano con mi abuela. Voy a la escuela en camión (así llamamos al autobús en México). Las clases terminan a las dos y regreso a casa para comer con mi familia.

Por la tarde hago la tarea y después juego al fútbol con mis vecinos en la calle. Los martes y los jueves tengo clase de guitarra. No me gusta mucho ver la televisión; prefiero escuchar música o leer cómics.

El fin de semana es diferente: me levanto tarde, a las diez, y los sábados voy al mercado con mi papá. Los domingos comemos en casa de mis tíos y por la noche veo una película con mi hermana. ¡Es mi día favorito!`,
  "las personas son inventadas",
);

const T_PERU = texto(
  "¡Saludos desde Perú!",
  "Correo electrónico de Marta a su abuela",
  `Querida abuela:

¿Qué tal estás? Yo estoy muy bien. Llegamos a Cusco el sábado después de un viaje muy largo: primero tomamos un avión de Madrid a Lima y después otro avión a Cusco. La ciudad está a más de tres mil metros de altura y el primer día me dolía mucho la cabeza.

El lunes visitamos Machu Picchu. Fuimos en tren y luego en autobús. ¡Es un lugar increíble! Hicimos muchas fotos y comimos en un restaurante pequeño: probé la quinua y me encantó.

Ayer llovió todo el día y nos quedamos en el hotel. Jugué a las cartas con papá y con mi hermano.

Mañana vamos a ir al lago Titicaca en autobús. Volvemos a España el día 20.

Un beso muy fuerte,

Marta`,
  "las personas son inventadas; los lugares son reales",
);

const T_FIESTA = texto(
  "Villaclara celebra la Fiesta de la Naranja",
  "Noticia de un periódico local",
  `Este fin de semana, el pueblo de Villaclara celebra su fiesta más famosa: la Fiesta de la Naranja. La fiesta empezó en 1950, cuando los agricultores del pueblo decidieron celebrar el final de la cosecha.

El sábado por la mañana hay un mercado con productos típicos: mermelada, zumo y pasteles de naranja. Por la tarde, los niños participan en un desfile con disfraces de frutas. Por la noche hay un concierto gratuito en la plaza Mayor y, a las doce, fuegos artificiales.

El domingo es el día más importante: las familias comen juntas en la calle una paella enorme, preparada por los vecinos. El año pasado participaron más de dos mil personas.

La alcaldesa, Carmen Vidal, dice: «Es una fiesta para todos. Los visitantes son siempre bienvenidos».

**Importante:** el domingo las calles del centro están cerradas a los coches. Hay autobuses gratuitos desde la estación.`,
);

const experiencias: QuestionInput[] = [
  mcq({
    key: "p2-semana-01",
    topic: "2.1",
    difficulty: 1,
    stem: sobre(T_SEMANA, "¿A qué hora empiezan las clases de Diego? *(What time do Diego's classes start?)*"),
    options: ["A las siete y cuarto.", "A las seis y media.", "A las dos.", "A las diez."],
    why: "«las clases empiezan a las siete y cuarto».",
    explain:
      "«Las clases empiezan a las siete y cuarto» (7:15). A las seis y media se levanta, a las dos terminan las clases y a las diez se levanta el fin de semana.",
  }),
  mcq({
    key: "p2-semana-02",
    topic: "2.1",
    difficulty: 2,
    stem: sobre(T_SEMANA, "¿Cómo va Diego a la escuela? *(How does Diego get to school?)*"),
    options: ["En autobús.", "En coche con su abuela.", "A pie.", "En bicicleta."],
    why: "«Voy a la escuela en camión (así llamamos al autobús en México)».",
    explain:
      "En México *camión* significa también *autobús*: «Voy a la escuela en camión (así llamamos al autobús en México)». Desayuna con su abuela, pero no va en coche con ella.",
  }),
  written({
    key: "p2-semana-03",
    topic: "2.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "List",
    stem: sobre(T_SEMANA, "Menciona **tres** actividades de tiempo libre de Diego. *(Name three of Diego's free-time activities.)*"),
    points: [
      point("p1", 1, "juega al fútbol (con sus vecinos) / plays football", ["fútbol"]),
      point("p2", 1, "toca la guitarra / tiene clase de guitarra", ["guitarra"]),
      point("p3", 1, "escucha música / listens to music", ["música"]),
      point("p4", 1, "lee cómics / reads comics", ["cómics"]),
      point("p5", 1, "ve una película (con su hermana) / va al mercado con su papá", ["película", "mercado"]),
    ],
    answer:
      "Tres de: **juega al fútbol** con sus vecinos; tiene **clase de guitarra**; **escucha música**; **lee cómics**; **ve una película** con su hermana los domingos. Un punto por actividad, máximo 3. *Ver la televisión* no: «No me gusta mucho ver la televisión».",
  }),
  written({
    key: "p2-semana-04",
    topic: "2.1",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_SEMANA,
      "Busca en el texto la palabra que significa: *(Find the word in the text that means:)*\n\n(a) vuelvo *(I come back)* (párrafo 2)\n\n(b) los deberes *(homework)* (párrafo 3)",
    ),
    points: [point("a", 1, "(a) regreso", ["regreso"]), point("b", 1, "(b) (la) tarea", ["tarea"])],
    answer:
      "(a) **regreso** («regreso a casa para comer»); (b) **la tarea** («hago la tarea»): en México y en muchos países de América se dice *la tarea*; en España, *los deberes*.",
  }),
  vf("p2-semana-05", "2.2", 2, T_SEMANA, [
    { s: "A Diego le encanta ver la televisión.", v: false, quote: "No me gusta mucho ver la televisión", keywords: ["no me gusta"] },
    { s: "El domingo es el día preferido de Diego.", v: true, quote: "¡Es mi día favorito!", keywords: ["favorito"] },
  ]),
  mcq({
    key: "p2-peru-01",
    topic: "2.3",
    difficulty: 2,
    stem: sobre(T_PERU, "¿Cómo viajó la familia de Madrid a Cusco? *(How did the family travel from Madrid to Cusco?)*"),
    options: ["En dos aviones.", "En avión y después en tren.", "En tren y en autobús.", "En un avión directo."],
    why: "«primero tomamos un avión de Madrid a Lima y después otro avión a Cusco».",
    explain: "Tomaron dos aviones: «primero tomamos un avión de Madrid a Lima y después otro avión a Cusco». El tren y el autobús son para ir a Machu Picchu.",
  }),
  vf("p2-peru-02", "2.3", 2, T_PERU, [
    { s: "Marta se sintió mal el primer día.", v: true, quote: "el primer día me dolía mucho la cabeza", keywords: ["cabeza"] },
    { s: "A Marta no le gustó la comida de Perú.", v: false, quote: "probé la quinua y me encantó", keywords: ["me encantó"] },
    { s: "Ayer la familia hizo una excursión.", v: false, quote: "nos quedamos en el hotel", keywords: ["hotel"] },
  ]),
  written({
    key: "p2-peru-03",
    topic: "2.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_PERU, "¿Qué va a hacer la familia mañana y cómo va a viajar? *(What will the family do tomorrow, and how will they travel?)*"),
    points: [point("p1", 1, "ir al lago Titicaca / visit Lake Titicaca", ["Titicaca"]), point("p2", 1, "en autobús / by bus", ["autobús"])],
    answer:
      "Van a ir al **lago Titicaca** (1) **en autobús** (1): «Mañana vamos a ir al lago Titicaca en autobús». *Vamos a ir* es el futuro próximo (ir a + infinitivo).",
  }),
  mcq({
    key: "p2-peru-04",
    topic: "2.3",
    difficulty: 3,
    term: "Identify",
    stem: sobre(T_PERU, "En la frase «Hicimos muchas fotos», ¿cuándo pasa la acción? *(When does the action happen?)*"),
    options: [
      "En el pasado: es el pretérito de *hacer*.",
      "En el presente: es el presente de *hacer*.",
      "En el futuro: es el futuro próximo.",
      "Es una orden: es el imperativo de *hacer*.",
    ],
    why: "*hicimos* es el pretérito indefinido (nosotros) de *hacer*, un verbo irregular: hice, hiciste, hizo, hicimos.",
    explain:
      "*Hicimos* = we did/took. Es el pretérito indefinido de *hacer* (irregular: hice, hiciste, hizo, hicimos, hicisteis, hicieron). El presente sería *hacemos* y el futuro próximo *vamos a hacer*.",
  }),
  mcq({
    key: "p2-fiesta-01",
    topic: "2.4",
    difficulty: 2,
    stem: sobre(T_FIESTA, "¿Por qué empezó la Fiesta de la Naranja? *(Why did the festival begin?)*"),
    options: [
      "Para celebrar el final de la cosecha.",
      "Para celebrar el cumpleaños de la alcaldesa.",
      "Para atraer a muchos turistas.",
      "Para inaugurar la estación de autobuses.",
    ],
    why: "«los agricultores del pueblo decidieron celebrar el final de la cosecha».",
    explain:
      "En 1950 «los agricultores del pueblo decidieron celebrar el final de la cosecha» (*la cosecha* = the harvest). Hoy llegan visitantes, pero no es el origen de la fiesta.",
  }),
  written({
    key: "p2-fiesta-02",
    topic: "2.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(
      T_FIESTA,
      "¿Qué actividad hay el sábado en cada momento del día? *(What happens on Saturday at each time?)*\n\n(a) por la mañana\n\n(b) por la tarde\n\n(c) por la noche",
    ),
    points: [
      point("a", 1, "(a) un mercado (con productos típicos / de naranja)", ["mercado"]),
      point("b", 1, "(b) un desfile de niños (con disfraces de frutas)", ["desfile"]),
      point("c", 1, "(c) un concierto gratuito (en la plaza Mayor) / fuegos artificiales (a las doce)", ["concierto", "fuegos artificiales"]),
    ],
    answer:
      "(a) un **mercado** con productos típicos de naranja; (b) un **desfile** de niños con disfraces de frutas; (c) un **concierto gratuito** en la plaza Mayor y **fuegos artificiales** a las doce.",
  }),
  written({
    key: "p2-fiesta-03",
    topic: "2.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(
      T_FIESTA,
      "Quieres ir a la fiesta el domingo en coche. ¿Qué problema hay y cuál es la solución? *(You want to drive there on Sunday: what is the problem and the solution?)*",
    ),
    points: [
      point("p1", 1, "Las calles del centro están cerradas a los coches / no se puede entrar en coche", ["cerradas"]),
      point("p2", 1, "Hay autobuses gratuitos desde la estación", ["autobuses gratuitos", "estación"]),
    ],
    answer:
      "El problema: el domingo **las calles del centro están cerradas a los coches** (1). La solución: tomar uno de los **autobuses gratuitos desde la estación** (1).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Human ingenuity (transport, entertainment, media, technology)
// ─────────────────────────────────────────────────────────────────────────────
const T_CULTURA = texto(
  "Centro Cultural La Estación: programa de octubre",
  "Folleto",
  `**Cine:** todos los viernes a las 19:00, películas de animación para toda la familia. Entrada: 3 euros; gratis para menores de doce años.

**Teatro:** sábado 12, a las 18:00, «El gato que no sabía maullar», una obra cómica para niños.

**Concierto:** sábado 19, a las 21:00, la banda juvenil Los Despistados toca rock y pop en español. Entrada: 8 euros.

**Taller de fotografía con el móvil:** los miércoles de 17:00 a 18:30, para jóvenes de 14 a 18 años. Aprende a hacer fotos bonitas y a editarlas con aplicaciones gratuitas. Es gratis, pero es necesario inscribirse en la web del centro.

El centro está cerrado los lunes. La cafetería está abierta de martes a domingo.`,
  "el centro, la obra y la banda son inventados",
);

const T_PANTALLAS = texto(
  "Los jóvenes y las pantallas: una encuesta",
  "Artículo de la revista de un instituto",
  `La revista de nuestro instituto hizo una encuesta a cien estudiantes de 15 a 18 años. Estos son los resultados.

El 92 % de los estudiantes tiene móvil propio. La mayoría lo usa para enviar mensajes a sus amigos y para escuchar música. Solo el 15 % lee el periódico, casi siempre en internet, y muy pocos ven las noticias en la televisión: prefieren los vídeos cortos de las redes sociales.

Muchos estudiantes dicen que pasan demasiado tiempo con el móvil. «Por la noche miro vídeos hasta muy tarde y por la mañana estoy cansada», explica Irene, de 16 años. Otros usan la tecnología para estudiar: Tomás, de 17 años, usa una aplicación para aprender alemán todos los días.

La profesora de Informática, Elena Campos, da un consejo: «Apagad el móvil una hora antes de dormir».`,
  "las personas y los datos son inventados",
);

const A_ESTACION = audio(
  "un aviso en la estación de tren",
  "Anuncio por megafonía",
  `Atención, por favor. El tren con destino a Barcelona, que sale a las diez y cuarto, tiene un retraso de veinte minutos. Hoy el tren va a salir del andén número cuatro, no del andén dos. Repetimos: el tren con destino a Barcelona sale a las diez y treinta y cinco del andén cuatro.

Les recordamos que en la estación hay una cafetería abierta al lado de la taquilla. Además, los autobuses al aeropuerto salen cada media hora desde la puerta principal. Gracias.`,
  "la situación es inventada",
);

const A_MENSAJE = audio(
  "un mensaje en el contestador",
  "Mensaje de voz de un amigo",
  `Hola, Alba, soy Nico. Te llamo porque el sábado vamos al cine a ver la nueva película de ciencia ficción. Es a las seis y media en el cine del centro comercial. Antes vamos a comer una pizza en la plaza, a las cinco. Mi hermano tiene entradas gratis, así que no tienes que pagar.

Ah, y el domingo por la mañana vamos a jugar al baloncesto en el parque, si no llueve. ¿Vienes? Llámame esta tarde, después de las ocho, porque ahora estoy en clase de piano. ¡Hasta luego!`,
);

const ingenio: QuestionInput[] = [
  mcq({
    key: "p2-cultura-01",
    topic: "3.2",
    difficulty: 1,
    stem: sobre(T_CULTURA, "Tienes once años. ¿Cuánto pagas por ver una película el viernes? *(You are eleven: how much do you pay for the cinema?)*"),
    options: ["Nada.", "3 euros.", "8 euros.", "1,50 euros."],
    why: "«gratis para menores de doce años».",
    explain: "La entrada cuesta 3 euros, pero es «gratis para menores de doce años», y once es menos de doce. Los 8 euros son del concierto.",
  }),
  vf("p2-cultura-02", "3.2", 2, T_CULTURA, [
    { s: "El concierto de Los Despistados es por la tarde, antes de las seis.", v: false, quote: "a las 21:00", keywords: ["21:00", "nueve"] },
    { s: "Para el taller de fotografía hay que inscribirse.", v: true, quote: "es necesario inscribirse en la web del centro", keywords: ["inscribirse"] },
  ]),
  mcq({
    key: "p2-cultura-03",
    topic: "3.4",
    difficulty: 2,
    stem: sobre(T_CULTURA, "¿Qué aprenden los jóvenes en el taller de los miércoles? *(What do young people learn on Wednesdays?)*"),
    options: ["A hacer y editar fotos con el móvil.", "A reparar teléfonos móviles.", "A crear aplicaciones para el móvil.", "A hacer películas de animación."],
    why: "«Aprende a hacer fotos bonitas y a editarlas con aplicaciones gratuitas».",
    explain:
      "Es un taller de fotografía con el móvil: «Aprende a hacer fotos bonitas y a editarlas con aplicaciones gratuitas». Usan aplicaciones, pero no las crean.",
  }),
  mcq({
    key: "p2-pantallas-01",
    topic: "3.3",
    difficulty: 2,
    stem: sobre(T_PANTALLAS, "¿Cómo se informan de las noticias la mayoría de los estudiantes? *(How do most students get the news?)*"),
    options: ["Con vídeos cortos de las redes sociales.", "Con el periódico en papel.", "Con las noticias de la televisión.", "Con la radio del coche."],
    why: "«muy pocos ven las noticias en la televisión: prefieren los vídeos cortos de las redes sociales».",
    explain:
      "Solo el 15 % lee el periódico (casi siempre en internet) y «muy pocos ven las noticias en la televisión: prefieren los vídeos cortos de las redes sociales».",
  }),
  written({
    key: "p2-pantallas-02",
    topic: "3.4",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_PANTALLAS, "¿Para qué usa el móvil la mayoría de los estudiantes? Menciona **dos** usos. *(Two uses.)*"),
    points: [
      point("p1", 1, "para enviar mensajes (a sus amigos) / to send messages", ["mensajes"]),
      point("p2", 1, "para escuchar música / to listen to music", ["música"]),
    ],
    answer: "Para **enviar mensajes** a sus amigos (1) y para **escuchar música** (1). Aprender alemán no: solo lo hace Tomás, no la mayoría.",
  }),
  written({
    key: "p2-pantallas-03",
    topic: "3.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Explain",
    stem: sobre(
      T_PANTALLAS,
      "(a) ¿Por qué está cansada Irene por la mañana?\n\n(b) ¿Cómo usa Tomás la tecnología para estudiar?\n\n(c) ¿Qué consejo da la profesora? *(Answer in Spanish or English.)*",
    ),
    points: [
      point("a", 1, "(a) Por la noche mira vídeos hasta muy tarde / se acuesta tarde por los vídeos", ["vídeos", "tarde"]),
      point("b", 1, "(b) Usa una aplicación para aprender alemán (todos los días)", ["aplicación", "alemán"]),
      point("c", 1, "(c) Apagar el móvil una hora antes de dormir", ["apagar", "una hora antes"]),
    ],
    answer:
      "(a) Porque **por la noche mira vídeos hasta muy tarde** (1). (b) **Usa una aplicación para aprender alemán** todos los días (1). (c) **Apagar el móvil una hora antes de dormir** (1).",
  }),
  mcq({
    key: "p2-pantallas-04",
    topic: "3.3",
    difficulty: 2,
    stem: sobre(T_PANTALLAS, "¿Qué porcentaje de los estudiantes lee el periódico? *(What percentage of students read a newspaper?)*"),
    options: ["El 15 %.", "El 92 %.", "El 100 %.", "El 17 %."],
    why: "«Solo el 15 % lee el periódico».",
    explain: "«Solo el 15 % lee el periódico, casi siempre en internet». El 92 % es el porcentaje que tiene móvil; 17 es la edad de Tomás.",
  }),
  mcq({
    key: "p2-estacion-01",
    topic: "3.1",
    difficulty: 2,
    stem: sobre(A_ESTACION, "¿A qué hora sale hoy el tren a Barcelona? *(When does the Barcelona train leave today?)*"),
    options: ["A las diez y treinta y cinco.", "A las diez y cuarto.", "A las diez y veinte.", "A las once menos cuarto."],
    why: "«el tren con destino a Barcelona sale a las diez y treinta y cinco».",
    explain:
      "El tren debía salir a las diez y cuarto (10:15), pero tiene un retraso de veinte minutos: «sale a las diez y treinta y cinco» (10:35, o *las once menos veinticinco*).",
  }),
  written({
    key: "p2-estacion-02",
    topic: "3.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(
      A_ESTACION,
      "(a) ¿De qué andén sale hoy el tren?\n\n(b) ¿Dónde está la cafetería?\n\n(c) ¿Cada cuánto tiempo salen los autobuses al aeropuerto?",
    ),
    points: [
      point("a", 1, "(a) del andén (número) cuatro / 4 (not 2)", ["cuatro", "4"]),
      point("b", 1, "(b) al lado de la taquilla / next to the ticket office", ["taquilla"]),
      point("c", 1, "(c) cada media hora / cada treinta minutos", ["media hora", "treinta"]),
    ],
    answer: "(a) Del **andén cuatro** (no del dos) (1). (b) **Al lado de la taquilla** (1). (c) **Cada media hora** (1), desde la puerta principal.",
  }),
  mcq({
    key: "p2-mensaje-01",
    topic: "3.2",
    difficulty: 1,
    stem: sobre(A_MENSAJE, "¿Qué tipo de película van a ver? *(What kind of film are they going to see?)*"),
    options: ["Una película de ciencia ficción.", "Una película de terror.", "Una película de animación.", "Una comedia romántica."],
    why: "«vamos al cine a ver la nueva película de ciencia ficción».",
  }),
  written({
    key: "p2-mensaje-02",
    topic: "2.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(A_MENSAJE, "(a) ¿A qué hora y dónde van a comer antes del cine? *(Two details.)*\n\n(b) ¿Por qué no tiene que pagar Alba el cine?"),
    points: [
      point("a1", 1, "(a) a las cinco / at five", ["cinco"]),
      point("a2", 1, "(a) en la plaza (una pizza)", ["plaza"]),
      point("b", 1, "(b) el hermano de Nico tiene entradas gratis", ["entradas gratis", "hermano"]),
    ],
    answer: "(a) **A las cinco** (1) **en la plaza**, donde van a comer una pizza (1). (b) Porque **el hermano de Nico tiene entradas gratis** (1).",
  }),
  vf("p2-mensaje-03", "2.2", 3, A_MENSAJE, [
    { s: "Nico puede hablar por teléfono ahora.", v: false, quote: "ahora estoy en clase de piano", keywords: ["piano"] },
    { s: "El partido de baloncesto depende del tiempo.", v: true, quote: "si no llueve", keywords: ["llueve"] },
  ]),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Social organization (neighbourhood, education, the workplace, social issues)
// ─────────────────────────────────────────────────────────────────────────────
const T_BARRIO = texto(
  "Aviso de la Asociación de Vecinos del barrio de San Julián",
  "Aviso en el tablón del barrio",
  `Queridos vecinos:

El sábado 5 de mayo organizamos una jornada de limpieza en el parque del barrio. Empezamos a las diez de la mañana en la fuente, al lado de la biblioteca. La asociación da guantes y bolsas; vosotros solo tenéis que traer agua y ganas de trabajar. Después, a las dos, hay una comida para todos los participantes en el centro cívico.

También os informamos de que la piscina municipal va a abrir el 15 de junio y de que el nuevo carril bici entre el barrio y el centro de la ciudad ya está terminado.

Más información en la oficina de la asociación (calle Mayor, 8), de lunes a jueves, de 18:00 a 20:00.`,
);

const T_LICEO = texto(
  "Mi liceo en Santiago de Chile",
  "Texto de un blog de estudiantes de todo el mundo",
  `Me llamo Valentina y estudio en un liceo de Santiago de Chile. En Chile el año escolar empieza en marzo y termina en diciembre, porque las vacaciones de verano son en enero y febrero. En julio tenemos dos semanas de vacaciones de invierno.

En mi liceo todos los estudiantes llevamos uniforme: falda o pantalón gris, camisa blanca y un suéter azul. Las clases empiezan a las ocho y terminan a las cuatro. Al mediodía comemos en el comedor del liceo.

Mi asignatura favorita es Biología, porque la profesora es muy simpática y hacemos experimentos en el laboratorio. No me gustan las Matemáticas: son difíciles y tenemos muchas tareas.

El próximo año voy a terminar el colegio y quiero estudiar Medicina en la universidad.`,
  "las personas y el liceo son inventados",
);

const T_CAMPAMENTO = texto(
  "Se buscan monitores de campamento",
  "Anuncio de trabajo",
  `El Campamento Los Pinos busca monitores y monitoras para el mes de julio.

**Buscamos:** jóvenes de 18 a 25 años, responsables, simpáticos y con experiencia con niños. Es necesario saber nadar. Hablar inglés no es necesario, pero es una ventaja.

**El trabajo:** organizar juegos, deportes y excursiones para niños de 8 a 12 años.

**Ofrecemos:** un contrato de cuatro semanas, 800 euros al mes, alojamiento y comida gratis. Horario: de 9:00 a 18:00, con dos días libres a la semana.

¿Te interesa? Entrega tu currículum en la oficina del campamento antes del 30 de abril.`,
  "el campamento es inventado",
);

const T_BANCO = texto(
  "«Ayudar me hace feliz»: Carlos, voluntario en un banco de alimentos",
  "Entrevista de una revista juvenil",
  `**—Carlos, ¿qué haces en el banco de alimentos?**
—Soy voluntario los sábados por la mañana. Recogemos comida en los supermercados y después la organizamos en cajas para las familias que la necesitan.

**—¿Por qué empezaste?**
—Hace dos años mi tío perdió su trabajo y mi familia lo ayudó mucho. Entonces comprendí que muchas personas tienen problemas para comprar comida.

**—¿Qué es lo más difícil?**
—En invierno hay más familias y a veces no tenemos suficiente leche ni aceite.

**—¿Qué pueden hacer los lectores?**
—Pueden donar comida que no se estropea, como arroz, pasta o legumbres. ¡Y pueden venir a ayudar! Solo hay que tener dieciséis años o más.`,
  "las personas son inventadas",
);

const sociedad: QuestionInput[] = [
  mcq({
    key: "p2-barrio-01",
    topic: "4.1",
    difficulty: 1,
    stem: sobre(T_BARRIO, "¿Dónde empieza la jornada de limpieza? *(Where does the clean-up day start?)*"),
    options: ["En la fuente del parque, al lado de la biblioteca.", "En el centro cívico.", "En la oficina de la calle Mayor.", "En la piscina municipal."],
    why: "«Empezamos a las diez de la mañana en la fuente, al lado de la biblioteca».",
    explain: "«Empezamos a las diez de la mañana en la fuente, al lado de la biblioteca». El centro cívico es el lugar de la comida, a las dos.",
  }),
  written({
    key: "p2-barrio-02",
    topic: "4.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(
      T_BARRIO,
      "(a) ¿Qué tienen que traer los vecinos a la jornada de limpieza?\n\n(b) ¿Qué va a pasar el 15 de junio?\n\n(c) ¿Qué obra nueva ya está terminada?",
    ),
    points: [
      point("a", 1, "(a) agua (y ganas de trabajar) (not guantes/bolsas: the association gives them)", ["agua"]),
      point("b", 1, "(b) la piscina municipal va a abrir / abre la piscina", ["piscina"]),
      point("c", 1, "(c) el (nuevo) carril bici (entre el barrio y el centro)", ["carril bici"]),
    ],
    answer:
      "(a) **Agua** y ganas de trabajar (1); los guantes y las bolsas los da la asociación. (b) **Va a abrir la piscina municipal** (1). (c) **El nuevo carril bici** entre el barrio y el centro (1).",
  }),
  mcq({
    key: "p2-liceo-01",
    topic: "4.2",
    difficulty: 2,
    stem: sobre(T_LICEO, "¿Cuándo son las vacaciones de verano en Chile? *(When are the summer holidays in Chile?)*"),
    options: ["En enero y febrero.", "En julio y agosto.", "En marzo.", "En diciembre."],
    why: "«las vacaciones de verano son en enero y febrero».",
    explain: "Chile está en el hemisferio sur: «las vacaciones de verano son en enero y febrero». En julio hay dos semanas de vacaciones de invierno.",
  }),
  written({
    key: "p2-liceo-02",
    topic: "4.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_LICEO, "¿Por qué le gusta la Biología a Valentina? Menciona **dos** razones. *(Two reasons.)*"),
    points: [
      point("p1", 1, "la profesora es (muy) simpática", ["simpática"]),
      point("p2", 1, "hacen experimentos en el laboratorio", ["experimentos", "laboratorio"]),
    ],
    answer: "Porque **la profesora es muy simpática** (1) y porque **hacen experimentos en el laboratorio** (1).",
  }),
  vf("p2-liceo-03", "4.2", 2, T_LICEO, [
    { s: "Para Valentina las Matemáticas son fáciles.", v: false, quote: "son difíciles", keywords: ["difíciles"] },
    { s: "Valentina come en el liceo.", v: true, quote: "Al mediodía comemos en el comedor del liceo", keywords: ["comedor"] },
  ]),
  mcq({
    key: "p2-campamento-01",
    topic: "4.3",
    difficulty: 2,
    stem: sobre(T_CAMPAMENTO, "¿Qué es necesario para el trabajo? *(What is essential for the job?)*"),
    options: ["Saber nadar.", "Hablar inglés.", "Tener más de 25 años.", "Tener coche."],
    why: "«Es necesario saber nadar».",
    explain: "«Es necesario saber nadar». El inglés «no es necesario, pero es una ventaja», y la edad máxima es 25 años.",
  }),
  written({
    key: "p2-campamento-02",
    topic: "4.3",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "List",
    stem: sobre(T_CAMPAMENTO, "¿Qué ofrece el campamento a los monitores? Menciona **tres** cosas. *(Three things the camp offers.)*"),
    points: [
      point("p1", 1, "un contrato de cuatro semanas", ["contrato"]),
      point("p2", 1, "800 euros al mes / un sueldo", ["800", "euros"]),
      point("p3", 1, "alojamiento gratis", ["alojamiento"]),
      point("p4", 1, "comida gratis", ["comida"]),
      point("p5", 1, "dos días libres a la semana", ["días libres"]),
    ],
    answer:
      "Tres de: un **contrato de cuatro semanas**; **800 euros al mes**; **alojamiento** gratis; **comida** gratis; **dos días libres** a la semana. Un punto por cosa, máximo 3.",
  }),
  vf("p2-campamento-03", "4.3", 2, T_CAMPAMENTO, [
    { s: "Los monitores trabajan con adolescentes de 15 a 17 años.", v: false, quote: "niños de 8 a 12 años", keywords: ["8 a 12"] },
    { s: "Hay que entregar el currículum antes del final de abril.", v: true, quote: "antes del 30 de abril", keywords: ["30 de abril"] },
  ]),
  mcq({
    key: "p2-banco-01",
    topic: "4.4",
    difficulty: 2,
    stem: sobre(T_BANCO, "¿Por qué empezó Carlos a ser voluntario? *(Why did Carlos start volunteering?)*"),
    options: [
      "Porque su tío perdió el trabajo y comprendió el problema.",
      "Porque su instituto lo obligó.",
      "Porque trabaja en un supermercado.",
      "Porque quiere ser cocinero.",
    ],
    why: "«Hace dos años mi tío perdió su trabajo» y «Entonces comprendí que muchas personas tienen problemas para comprar comida».",
    explain:
      "Carlos explica: «Hace dos años mi tío perdió su trabajo y mi familia lo ayudó mucho. Entonces comprendí que muchas personas tienen problemas para comprar comida». Los supermercados son donde recogen la comida.",
  }),
  written({
    key: "p2-banco-02",
    topic: "4.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(T_BANCO, "(a) ¿Qué problema hay en invierno? Da **dos** detalles.\n\n(b) ¿Qué tipo de comida pueden donar los lectores? Da **un** ejemplo."),
    points: [
      point("a1", 1, "(a) hay más familias (que necesitan comida)", ["más familias"]),
      point("a2", 1, "(a) a veces no tienen suficiente leche ni aceite", ["leche", "aceite"]),
      point("b", 1, "(b) comida que no se estropea / arroz / pasta / legumbres", ["arroz", "pasta", "legumbres", "no se estropea"]),
    ],
    answer:
      "(a) En invierno **hay más familias** (1) y a veces **no tienen suficiente leche ni aceite** (1). (b) **Comida que no se estropea**, por ejemplo arroz, pasta o legumbres (1).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading and listening: Sharing the planet (climate, physical geography, environment, global issues)
// ─────────────────────────────────────────────────────────────────────────────
const A_TIEMPO = audio(
  "el tiempo para mañana",
  "Previsión del tiempo en la radio",
  `Buenos días. Este es el tiempo para mañana, sábado. En el norte va a llover por la mañana y va a hacer viento en la costa. Las temperaturas van a estar entre diez y quince grados.

En el centro va a hacer sol todo el día, pero por la noche va a hacer frío: tres grados en Madrid. En el sur va a hacer mucho calor, hasta treinta y dos grados en Sevilla. Y en las islas Canarias el cielo va a estar nublado, con temperaturas de veinte grados. ¡Buen fin de semana!`,
  "la previsión es inventada",
);

const T_SIERRA = texto(
  "Bienvenidos al Parque Natural Sierra Alta",
  "Folleto turístico",
  `El Parque Natural Sierra Alta está en el norte de la región. Tiene montañas de más de dos mil metros, bosques de pinos, un río largo y tres lagos pequeños. En invierno hay nieve en las montañas y muchas personas vienen a esquiar. En verano hace calor en el valle, pero en las montañas la temperatura es agradable.

En el parque viven animales como el águila, el ciervo y el lobo. ¡Está prohibido dar de comer a los animales!

**Rutas a pie:** la ruta del río (fácil, 5 km), la ruta de los lagos (media, 12 km) y la ruta de la cumbre (difícil, 20 km).

**Consejos:** lleva botas cómodas, agua y un mapa. En algunas zonas del parque no hay cobertura para el móvil.`,
  "el parque es inventado",
);

const T_VERDE = texto(
  "Campaña «Mi instituto, más verde»",
  "Cartel del consejo de estudiantes",
  `¿Sabías que en nuestro instituto usamos más de quinientas botellas de plástico cada semana? ¡Es hora de cambiar!

Desde el 1 de abril:
- Hay fuentes de agua nuevas en el patio y en el gimnasio: trae tu botella reutilizable.
- En cada clase hay tres papeleras: azul para el papel, amarilla para el plástico y gris para el resto.
- Los viernes, el club de ecología cuida el huerto del instituto. ¡Todos pueden participar!

**Premio:** la clase que recicla más en abril va a ganar una excursión al Parque Natural Sierra Alta.`,
  "el instituto y los datos son inventados",
);

const T_AGUA = texto(
  "El agua: un derecho para todos",
  "Artículo de una revista juvenil",
  `Abrimos el grifo y sale agua limpia. Para nosotros es normal, pero en el mundo millones de personas no tienen agua potable en casa. En algunas zonas rurales, las mujeres y los niños caminan varias horas cada día para buscar agua. Por eso muchos niños no van a la escuela.

La ONG Gotas de Vida construye pozos en pueblos de América Central. Gracias a un pozo nuevo, en un pueblo pequeño los niños ya no tienen que caminar y ahora van a la escuela todos los días.

¿Qué puedes hacer tú? Cierra el grifo cuando te lavas los dientes, dúchate en cinco minutos y no tires basura al río.`,
  "la ONG es inventada",
);

const planeta: QuestionInput[] = [
  mcq({
    key: "p2-tiempo-01",
    topic: "5.1",
    difficulty: 1,
    stem: sobre(A_TIEMPO, "¿Qué tiempo va a hacer en el norte por la mañana? *(What will the weather be like in the north in the morning?)*"),
    options: ["Va a llover.", "Va a hacer sol.", "Va a nevar.", "Va a hacer mucho calor."],
    why: "«En el norte va a llover por la mañana».",
  }),
  written({
    key: "p2-tiempo-02",
    topic: "5.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(
      A_TIEMPO,
      "(a) ¿Qué temperatura va a hacer en Sevilla?\n\n(b) ¿Qué tiempo va a hacer en Madrid por la noche?\n\n(c) ¿Cómo va a estar el cielo en las islas Canarias?",
    ),
    points: [
      point("a", 1, "(a) (hasta) treinta y dos grados / 32 °C", ["treinta y dos", "32"]),
      point("b", 1, "(b) (va a hacer) frío / tres grados / 3 °C", ["frío", "tres"]),
      point("c", 1, "(c) nublado / cloudy", ["nublado"]),
    ],
    answer: "(a) **Hasta treinta y dos grados** (1). (b) **Frío: tres grados** (1). (c) **Nublado** (1), con veinte grados.",
  }),
  mcq({
    key: "p2-tiempo-03",
    topic: "5.1",
    difficulty: 2,
    term: "Deduce",
    stem: sobre(A_TIEMPO, "Quieres ir a la playa con sol y mucho calor. ¿Adónde vas mañana? *(You want a hot, sunny beach day: where do you go?)*"),
    options: ["Al sur.", "Al norte.", "A las islas Canarias.", "A la costa del norte."],
    why: "«En el sur va a hacer mucho calor, hasta treinta y dos grados en Sevilla».",
    explain:
      "Solo en el sur hace mucho calor: «En el sur va a hacer mucho calor». En el norte llueve y hace viento en la costa; en Canarias el cielo va a estar nublado.",
  }),
  mcq({
    key: "p2-sierra-01",
    topic: "5.2",
    difficulty: 1,
    stem: sobre(T_SIERRA, "¿Qué hay en el Parque Natural Sierra Alta? *(What is there in the park?)*"),
    options: ["Montañas, bosques, un río y lagos.", "Una playa y un desierto.", "Volcanes y un lago grande.", "Una isla y un río corto."],
    why: "«Tiene montañas de más de dos mil metros, bosques de pinos, un río largo y tres lagos pequeños».",
  }),
  written({
    key: "p2-sierra-02",
    topic: "5.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_SIERRA, "Quieres hacer una ruta fácil. ¿Qué ruta eliges y cuántos kilómetros tiene? *(An easy route: which one, and how long is it?)*"),
    points: [point("p1", 1, "la ruta del río", ["río"]), point("p2", 1, "5 kilómetros / cinco km", ["5", "cinco"])],
    answer: "**La ruta del río** (1), que tiene **5 km** (1). La de los lagos es media (12 km) y la de la cumbre, difícil (20 km).",
  }),
  mcq({
    key: "p2-sierra-03",
    topic: "5.1",
    difficulty: 2,
    stem: sobre(T_SIERRA, "¿Cómo es el clima en las montañas del parque? *(What is the climate like in the mountains?)*"),
    options: [
      "Hay nieve en invierno y la temperatura es agradable en verano.",
      "Hace mucho calor todo el año.",
      "Llueve todos los días.",
      "Hace frío en verano y calor en invierno.",
    ],
    why: "«En invierno hay nieve en las montañas» y «en las montañas la temperatura es agradable».",
    explain: "En invierno «hay nieve en las montañas» y en verano, aunque hace calor en el valle, «en las montañas la temperatura es agradable».",
  }),
  written({
    key: "p2-sierra-04",
    topic: "5.2",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_SIERRA, "(a) ¿Qué está prohibido en el parque?\n\n(b) ¿Por qué es importante llevar un mapa?"),
    points: [
      point("a", 1, "(a) dar de comer a los animales / feeding the animals", ["dar de comer"]),
      point("b", 1, "(b) porque en algunas zonas no hay cobertura (para el móvil) / no puedes usar el móvil", ["cobertura"]),
    ],
    answer:
      "(a) Está prohibido **dar de comer a los animales** (1). (b) Porque **en algunas zonas no hay cobertura para el móvil** (1), así que no puedes usar el mapa del teléfono.",
  }),
  mcq({
    key: "p2-verde-01",
    topic: "5.3",
    difficulty: 1,
    stem: sobre(T_VERDE, "Tienes una botella de plástico vacía. ¿Dónde la tiras? *(Where do you throw an empty plastic bottle?)*"),
    options: ["En la papelera amarilla.", "En la papelera azul.", "En la papelera gris.", "En la fuente del patio."],
    why: "«amarilla para el plástico».",
    explain: "«En cada clase hay tres papeleras: azul para el papel, amarilla para el plástico y gris para el resto».",
  }),
  written({
    key: "p2-verde-02",
    topic: "5.3",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "State",
    stem: sobre(
      T_VERDE,
      "(a) ¿Cuál es el problema del instituto?\n\n(b) ¿Qué tienen que traer los estudiantes desde el 1 de abril?\n\n(c) ¿Qué premio hay y para quién?",
    ),
    points: [
      point("a", 1, "(a) usan más de quinientas botellas de plástico cada semana", ["quinientas", "botellas"]),
      point("b", 1, "(b) una botella reutilizable", ["reutilizable"]),
      point("c", 1, "(c) una excursión al Parque Natural Sierra Alta para la clase que recicla más (both parts)", ["excursión", "recicla más"]),
    ],
    answer:
      "(a) Usan **más de quinientas botellas de plástico cada semana** (1). (b) **Su botella reutilizable** (1), porque hay fuentes nuevas. (c) **Una excursión al Parque Natural Sierra Alta para la clase que recicla más** en abril (1).",
  }),
  mcq({
    key: "p2-agua-01",
    topic: "5.4",
    difficulty: 2,
    stem: sobre(T_AGUA, "Según el texto, ¿por qué muchos niños no van a la escuela en algunas zonas rurales? *(Why do many children not go to school?)*"),
    options: [
      "Porque caminan varias horas cada día para buscar agua.",
      "Porque no hay profesores.",
      "Porque trabajan en la ONG.",
      "Porque la escuela no tiene grifos.",
    ],
    why: "«las mujeres y los niños caminan varias horas cada día para buscar agua. Por eso muchos niños no van a la escuela».",
  }),
  written({
    key: "p2-agua-02",
    topic: "5.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "List",
    stem: sobre(T_AGUA, "Según el último párrafo, ¿qué puedes hacer tú? Menciona **tres** cosas. *(Three things you can do.)*"),
    points: [
      point("p1", 1, "cerrar el grifo cuando te lavas los dientes", ["grifo"]),
      point("p2", 1, "ducharte en cinco minutos", ["cinco minutos", "ducha"]),
      point("p3", 1, "no tirar basura al río", ["basura", "río"]),
    ],
    answer: "**Cerrar el grifo** cuando te lavas los dientes (1); **ducharte en cinco minutos** (1); **no tirar basura al río** (1).",
  }),
  written({
    key: "p2-agua-03",
    topic: "5.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_AGUA, "¿Qué hace la ONG Gotas de Vida y qué cambio produce en el pueblo pequeño? *(What does the NGO do, and what changes in the village?)*"),
    points: [
      point("p1", 1, "construye pozos (en pueblos de América Central)", ["pozos"]),
      point("p2", 1, "los niños ya no tienen que caminar / ahora van a la escuela todos los días", ["escuela", "ya no"]),
    ],
    answer:
      "La ONG **construye pozos** en pueblos de América Central (1). Con el pozo nuevo, **los niños ya no tienen que caminar y van a la escuela todos los días** (1).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2: what a word refers to (a frequent ab initio question type), across the themes
// ─────────────────────────────────────────────────────────────────────────────
const referencias: QuestionInput[] = [
  mcq({
    key: "p2-perfil-05",
    topic: "1.2",
    difficulty: 4,
    stem: sobre(T_PERFIL, "En la frase «lo visito un fin de semana al mes», ¿a quién se refiere la palabra **lo**? *(Who does «lo» refer to?)*"),
    options: ["A su padre.", "A su hermano Pablo.", "A su gato Bigotes.", "A su mejor amiga Lucía."],
    why: "«mi padre vive en Madrid y lo visito un fin de semana al mes»: *lo* (him) sustituye a «mi padre».",
    explain:
      "*Lo* es un pronombre de objeto directo masculino singular (him/it). En «mi padre vive en Madrid y lo visito», *lo* sustituye a *mi padre*. Lucía es femenino (sería *la*).",
  }),
  mcq({
    key: "p2-banco-03",
    topic: "4.4",
    difficulty: 4,
    stem: sobre(T_BANCO, "En la frase «después la organizamos en cajas», ¿a qué se refiere la palabra **la**? *(What does «la» refer to?)*"),
    options: ["A la comida.", "A la familia.", "A la leche.", "A la mañana del sábado."],
    why: "«Recogemos comida en los supermercados y después la organizamos en cajas»: *la* sustituye a «comida».",
    explain:
      "*La* (it, femenino singular) sustituye al nombre femenino que aparece justo antes: «Recogemos comida en los supermercados y después la organizamos en cajas».",
  }),
  written({
    key: "p2-pantallas-05",
    topic: "3.3",
    difficulty: 5,
    marks: 2,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_PANTALLAS,
      "¿A qué o a quién se refieren las palabras en negrita? *(What or who do the words refer to?)*\n\n(a) «La mayoría **lo** usa para enviar mensajes» (párrafo 2)\n\n(b) «**prefieren** los vídeos cortos» (párrafo 2): ¿quiénes prefieren?",
    ),
    points: [
      point("a", 1, "(a) el móvil (propio) / the mobile phone", ["móvil"]),
      point("b", 1, "(b) los estudiantes (de 15 a 18 años) / los jóvenes de la encuesta (not «muy pocos»)", ["estudiantes"]),
    ],
    answer:
      "(a) **El móvil**: «El 92 % de los estudiantes tiene móvil propio. La mayoría lo usa…» (1). (b) **Los estudiantes** de la encuesta: casi no ven las noticias en la televisión y prefieren los vídeos cortos (1).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Grammar and vocabulary in context (the language of Paper 1, criterion A), one or more per theme.
// The correct option is written first; the builder spreads it over A-D.
// ─────────────────────────────────────────────────────────────────────────────
const gramatica = (key: string, topic: string, difficulty: Difficulty, stem: string, options: Mcq["options"], why: string, explain?: string): QuestionInput =>
  mcq({
    key: `gr-${key}`,
    topic,
    difficulty,
    paper: "P1",
    term: "Identify",
    stem: `Elige la opción correcta. *(Choose the correct option.)*\n\n${stem}`,
    options,
    why,
    explain,
  });

const lengua: QuestionInput[] = [
  gramatica(
    "ser-01",
    "1.1",
    1,
    "«Mi hermana ___ muy simpática y trabajadora.»",
    ["es", "está", "son", "soy"],
    "*ser* describe el carácter (una característica permanente); sujeto «mi hermana» → es.",
    "*Ser* se usa para el carácter, la nacionalidad, la profesión y el físico: *Mi hermana es simpática*. *Está* sería un estado temporal; *son* es plural y *soy* es para *yo*.",
  ),
  gramatica(
    "adjetivos-01",
    "1.1",
    1,
    "«Mis primas son muy ___.»",
    ["altas", "alto", "altos", "alta"],
    "el adjetivo concuerda con «mis primas» (femenino plural) → altas.",
    "Los adjetivos concuerdan en género y número con el nombre: *mi primo alto, mi prima alta, mis primos altos, mis primas altas*.",
  ),
  gramatica(
    "posesivos-01",
    "1.2",
    1,
    "«___ abuelos viven en un pueblo pequeño cerca de Toledo.»",
    ["Mis", "Mi", "Míos", "Mía"],
    "delante de un nombre plural (abuelos) → mis.",
    "El posesivo delante del nombre concuerda en número: *mi abuelo, mis abuelos*. *Mío/mía/míos* van detrás del nombre o solos (*un amigo mío*).",
  ),
  gramatica(
    "llevarse-01",
    "1.2",
    2,
    "«Me ___ muy bien con mi hermano mayor: es muy generoso.»",
    ["llevo", "llevas", "lleva", "llevan"],
    "*llevarse bien con alguien*; con «me» el sujeto es *yo* → me llevo.",
    "*Llevarse bien/mal con alguien* = to get on well/badly with someone. Es reflexivo: *me llevo, te llevas, se lleva*.",
  ),
  gramatica(
    "gustar-01",
    "1.3",
    1,
    "«A mí me ___ mucho las fresas, pero no me gusta el plátano.»",
    ["gustan", "gusta", "gusto", "gustamos"],
    "el verbo concuerda con lo que gusta, «las fresas» (plural) → gustan.",
    "Con *gustar* el verbo concuerda con la cosa que gusta: *me gusta el plátano* (singular), *me gustan las fresas* (plural).",
  ),
  gramatica(
    "comida-01",
    "1.3",
    2,
    "En un restaurante: «Camarero, ¿nos trae la ___, por favor? Queremos pagar.»",
    ["cuenta", "carta", "mesa", "cena"],
    "para pagar se pide la cuenta (the bill).",
    "*La cuenta* = the bill. *La carta* es la lista de platos (the menu), *la mesa* = the table, *la cena* = dinner.",
  ),
  gramatica(
    "estar-01",
    "1.4",
    1,
    "«Hoy no voy al instituto porque ___ enfermo.»",
    ["estoy", "soy", "tengo", "es"],
    "un estado temporal (la salud) se expresa con *estar* → estoy enfermo.",
    "*Estar* expresa estados y condiciones temporales: *estoy enfermo, estoy cansado, estoy contento*. *Tengo* va con nombres: *tengo fiebre*.",
  ),
  gramatica(
    "doler-01",
    "1.4",
    2,
    "«Me ___ los pies porque ayer caminé quince kilómetros.»",
    ["duelen", "duele", "dolor", "duelo"],
    "*doler* funciona como *gustar*: concuerda con «los pies» (plural) → me duelen.",
    "*Doler* se construye como *gustar*: *me duele la cabeza* (singular), *me duelen los pies* (plural). *Dolor* es un nombre (*tengo dolor de cabeza*).",
  ),
  gramatica(
    "reflexivos-01",
    "2.1",
    1,
    "«Todos los días (yo) me ___ a las siete y me ducho.»",
    ["levanto", "levanta", "levantas", "levantar"],
    "verbo reflexivo en presente, sujeto *yo* → me levanto.",
    "Los verbos reflexivos llevan el pronombre del sujeto: *(yo) me levanto, (tú) te levantas, (él/ella) se levanta*.",
  ),
  gramatica(
    "presente-01",
    "2.1",
    2,
    "«Mi hermano ___ hasta las once los domingos.»",
    ["duerme", "dorme", "duermo", "dormen"],
    "*dormir* cambia o → ue en presente; sujeto «mi hermano» → duerme.",
    "*Dormir* es un verbo con cambio de raíz (o → ue): *duermo, duermes, duerme, dormimos, dormís, duermen*. *Dorme* y *dormen* no existen.",
  ),
  gramatica(
    "gustar-02",
    "2.2",
    1,
    "«¿A ti te ___ nadar en el mar?»",
    ["gusta", "gustan", "gustas", "gusto"],
    "con un infinitivo (nadar) *gustar* va en singular → te gusta.",
    "Cuando lo que gusta es una actividad (un infinitivo), el verbo va en singular: *me gusta nadar, te gusta leer, nos gusta bailar y cantar*.",
  ),
  gramatica(
    "ocio-01",
    "2.2",
    2,
    "«Los sábados juego ___ tenis con mi padre y después vamos ___ cine.»",
    ["al / al", "el / el", "a / a", "en / en"],
    "*jugar a* + deporte (a + el = al) e *ir a* + lugar (a + el = al).",
    "*Jugar al fútbol/tenis* e *ir al cine*: la preposición *a* + el artículo *el* se contrae en *al*.",
  ),
  gramatica(
    "preterito-01",
    "2.3",
    2,
    "«El verano pasado mi familia y yo ___ a Costa Rica.»",
    ["fuimos", "vamos", "fueron", "vamos a ir"],
    "acción terminada en el pasado («el verano pasado»), sujeto *nosotros* → fuimos (pretérito de *ir*).",
    "*El verano pasado* pide el pretérito indefinido. *Ir* es irregular: *fui, fuiste, fue, fuimos, fuisteis, fueron*. *Vamos a ir* es el futuro próximo.",
  ),
  gramatica(
    "preterito-02",
    "2.4",
    2,
    "«Ayer mis abuelos ___ su aniversario con una gran cena.»",
    ["celebraron", "celebran", "celebramos", "celebró"],
    "«ayer» → pretérito; sujeto «mis abuelos» (ellos) → celebraron.",
    "Pretérito de los verbos en -ar: *celebré, celebraste, celebró, celebramos, celebrasteis, celebraron*. El sujeto es plural (*ellos*).",
  ),
  gramatica(
    "fiestas-01",
    "2.4",
    2,
    "«En España, la noche del 31 de diciembre, es tradición comer doce ___ con las campanadas de medianoche.»",
    ["uvas", "naranjas", "tortillas", "galletas"],
    "la tradición de Nochevieja en España es comer doce uvas, una con cada campanada.",
    "En Nochevieja (31 de diciembre) mucha gente en España come **doce uvas**, una con cada campanada del reloj a las doce, para tener suerte en el año nuevo.",
  ),
  gramatica(
    "transporte-01",
    "3.1",
    1,
    "«Voy al instituto ___ bicicleta, pero mi hermana va ___ pie.»",
    ["en / a", "a / en", "en / en", "por / a"],
    "*ir en* + medio de transporte (en bicicleta, en autobús) pero *ir a pie*.",
    "Con los medios de transporte se usa *en*: *en bicicleta, en tren, en coche*. La excepción es *a pie* (on foot).",
  ),
  gramatica(
    "preterito-03",
    "3.2",
    3,
    "«Anoche (yo) ___ una película muy divertida en el cine.»",
    ["vi", "veo", "vio", "ví"],
    "pretérito de *ver*, sujeto *yo* → vi, sin tilde.",
    "*Ver* en pretérito: *vi, viste, vio, vimos, visteis, vieron*. *Vi* y *vio* son monosílabos y **no llevan tilde** (*ví* es un error frecuente).",
  ),
  gramatica(
    "medios-01",
    "3.3",
    2,
    "«Todas las mañanas escucho las noticias en la ___ mientras desayuno.»",
    ["radio", "pantalla", "revista", "cartelera"],
    "las noticias se escuchan en la radio.",
    "*Escuchar* pide un medio sonoro: *la radio*. Una *revista* se lee, una *pantalla* se mira y la *cartelera* es la lista de películas u obras de teatro.",
  ),
  gramatica(
    "futuro-01",
    "3.4",
    2,
    "«Este fin de semana mi padre ___ a comprar un ordenador nuevo.»",
    ["va", "voy", "van", "ir"],
    "futuro próximo: *ir a* + infinitivo; sujeto «mi padre» → va a comprar.",
    "El futuro próximo es *ir* (conjugado) + *a* + infinitivo: *voy a comprar, vas a comprar, va a comprar, vamos a comprar, vais a comprar, van a comprar*.",
  ),
  gramatica(
    "tecnologia-01",
    "3.4",
    2,
    "«Mi móvil no tiene batería. ¿Me prestas tu ___ para cargarlo?»",
    ["cargador", "contraseña", "pantalla", "ratón"],
    "para cargar un móvil se necesita un cargador.",
    "*El cargador* = the charger. *La contraseña* = the password, *la pantalla* = the screen, *el ratón* = the mouse.",
  ),
  gramatica(
    "hay-01",
    "4.1",
    2,
    "«En mi barrio ___ un parque muy grande y dos supermercados.»",
    ["hay", "está", "es", "son"],
    "para decir que algo existe (un parque) se usa *hay*.",
    "*Hay* (there is / there are) presenta algo que existe: *hay un parque*. *Estar* sitúa algo ya conocido: *el parque está al lado del río*.",
  ),
  gramatica(
    "presente-02",
    "4.2",
    2,
    "«¿Qué asignaturas ___ vosotros este año en el instituto?»",
    ["estudiáis", "estudian", "estudias", "estudiamos"],
    "presente de *estudiar* con *vosotros* → estudiáis (con tilde).",
    "Presente de los verbos en -ar: *estudio, estudias, estudia, estudiamos, estudiáis, estudian*. La forma de *vosotros* lleva tilde: *estudiáis*.",
  ),
  gramatica(
    "profesiones-01",
    "4.3",
    1,
    "«Mi madre cuida a los enfermos en un hospital: es ___.»",
    ["enfermera", "abogada", "peluquera", "camarera"],
    "la persona que cuida a los enfermos en un hospital es enfermera.",
    "*Enfermera/enfermero* = nurse. Las profesiones no llevan artículo después de *ser*: *es enfermera* (no *es una enfermera*, salvo con adjetivo).",
  ),
  gramatica(
    "sociedad-01",
    "4.4",
    3,
    "«Las personas que no tienen casa y duermen en la calle son personas ___.»",
    ["sin hogar", "sin trabajo", "mayores", "voluntarias"],
    "*sin hogar* = homeless: no tienen casa.",
    "*Las personas sin hogar* (homeless people) no tienen casa. *Sin trabajo* = unemployed, *mayores* = elderly, *voluntarias* = volunteers.",
  ),
  gramatica(
    "imperfecto-01",
    "1.2",
    5,
    "«Cuando (yo) ___ pequeño, ___ al parque todos los días con mi abuelo.»",
    ["era / iba", "fui / iba", "era / fui", "estaba / iba"],
    "descripción y costumbre en el pasado → imperfecto: era (ser) / iba (ir).",
    "Para describir cómo eras y lo que hacías **habitualmente** en el pasado se usa el imperfecto: *cuando era pequeño, iba al parque todos los días*. *Todos los días* indica costumbre. La edad se expresa con *ser* (*era pequeño*), no con *estar*.",
  ),
  gramatica(
    "estar-02",
    "3.2",
    4,
    "«No hay nada interesante en la tele y mi hermano ___ muy aburrido.»",
    ["está", "es", "son", "tiene"],
    "*estar aburrido* = to be bored (un estado: no tiene nada interesante que ver).",
    "*Estar aburrido/a* = to be bored (un estado); *ser aburrido/a* = to be boring (el carácter). Aquí el hermano no tiene nada que ver en la tele, así que se siente aburrido: *está aburrido*. Igual: *ser listo* (clever) / *estar listo* (ready).",
  ),
  gramatica(
    "pronombres-01",
    "3.4",
    4,
    "«—¿Dónde está mi móvil? —No sé, no ___ veo.»",
    ["lo", "la", "los", "le"],
    "objeto directo masculino singular (el móvil) → lo.",
    "*Lo* sustituye a un objeto directo masculino singular (*el móvil → lo veo*); *la* sería para un nombre femenino (*la tableta → la veo*) y *los* para un plural. *Le* es objeto indirecto (a él / a ella).",
  ),
  gramatica(
    "tiempo-01",
    "5.1",
    1,
    "«En verano ___ mucho calor en Sevilla.»",
    ["hace", "está", "hay", "es"],
    "para el tiempo se usa *hacer*: hace calor, hace frío, hace sol.",
    "*Hace calor / frío / sol / viento / buen tiempo*. Pero *llueve, nieva* y *está nublado*.",
  ),
  gramatica(
    "adjetivos-02",
    "5.2",
    2,
    "«Las playas de la isla son muy ___ y el agua es ___.»",
    ["bonitas / transparente", "bonitos / transparenta", "bonita / transparentes", "bonitas / transparentas"],
    "*bonitas* (femenino plural, como «las playas»); *transparente* no cambia en femenino, y «el agua» es singular.",
    "*Playas* es femenino plural → *bonitas*. Los adjetivos en -e tienen la misma forma para masculino y femenino: *transparente*. *Agua* es femenino, pero es singular (lleva *el* por empezar por *a* tónica).",
  ),
  gramatica(
    "medioambiente-01",
    "5.3",
    2,
    "«Para proteger el medio ambiente, este año vamos a ___ todo el papel del instituto.»",
    ["reciclar", "reciclamos", "reciclado", "recicla"],
    "después de *vamos a* va un infinitivo → reciclar.",
    "En el futuro próximo (*ir a* + infinitivo), el segundo verbo no se conjuga: *vamos a reciclar, voy a ahorrar agua*.",
  ),
  gramatica(
    "mundo-01",
    "5.4",
    2,
    "«Millones de personas no tienen dinero para comer: la ___ es un problema mundial.»",
    ["pobreza", "riqueza", "nieve", "basura"],
    "no tener dinero para comer = la pobreza (poverty).",
    "*La pobreza* = poverty; *la riqueza* es lo contrario (wealth). *Pobre* (adjetivo) → *la pobreza* (nombre).",
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 1 writing: one task of 70-150 words, marked out of 15 on the three ab initio criteria
// ─────────────────────────────────────────────────────────────────────────────

/**
 * The criteria as cumulative markbands: A language (6) and B message (6) in three 2-mark bands, C conceptual
 * understanding (3) in three 1-mark bands. A band counts only when the band below it is reached, so a script's
 * mark is the top band it reaches (fine-tuned within the band). The descriptors paraphrase the published ones.
 */
const bandas = (prefix: string, size: number, title: string, descriptors: string[], keywords: string[] = []): MarkingPointInput[] =>
  descriptors.map((d, i) => ({
    id: `${prefix}${i + 1}`,
    kind: "POINT" as const,
    marks: size,
    text: `${title}, band ${size === 1 ? i + 1 : `${i * size + 1}-${(i + 1) * size}`}: ${d}`,
    dependsOn: i === 0 ? [] : [`${prefix}${i}`],
    keywords: i === descriptors.length - 1 ? keywords : [],
  }));

const criterios = (message: string, concept: string): MarkingPointInput[] => [
  ...bandas(
    "A",
    2,
    "Criterion A, Language",
    [
      "limited command: basic vocabulary, often repeated or not suited to the task; frequent errors in basic structures make parts of the message hard to follow.",
      "partly effective command: vocabulary generally suited to the task; basic structures (present tense, ser/estar, gustar, agreement) mostly accurate; errors sometimes get in the way.",
      "effective, mostly accurate command: varied vocabulary for the task; basic structures accurate and some more complex ones attempted (preterite, near future, porque/cuando/además); errors do not get in the way.",
    ],
    ["porque", "además", "pero"],
  ),
  ...bandas("B", 2, `Criterion B, Message (this task expects: ${message})`, [
    "the task is only partly done: few relevant ideas, stated without development, hard to follow.",
    "the task is generally done: most ideas relevant, some developed with a detail; mostly clear order.",
    "the task is done: every part of the task answered, ideas relevant and developed with details or examples, clearly organised (paragraphs, connectors).",
  ]),
  ...bandas(
    "C",
    1,
    `Criterion C, Conceptual understanding (this task expects: ${concept})`,
    [
      "the text type is hard to recognise; register and tone rarely suit the reader and the purpose.",
      "the text type is generally recognisable; register and tone sometimes suit the reader; some conventions of the text type.",
      "the text type is clear and suits the task; register and tone suit the reader and the purpose; its conventions are used.",
    ],
    ["saludo", "despedida", "título"],
  ),
];

type Tarea = {
  key: string;
  topic: string;
  difficulty: Difficulty;
  term: QuestionInput["commandTerm"];
  tema: string;
  /** The task in Spanish, as on the paper. */
  tarea: string;
  /** The same task in English, for a beginner. */
  english: string;
  tipo: string;
  message: string;
  concept: string;
  model: string;
  /** Why the model scores well on A, B and C. */
  notes: string;
};

/** A Paper 1 writing task: one text of 70-150 words, out of 15 (A 6, B 6, C 3). */
const tarea = (t: Tarea): QuestionInput =>
  written({
    key: `p1-${t.key}`,
    topic: t.topic,
    difficulty: t.difficulty,
    marks: 15,
    paper: "P1",
    term: t.term,
    stem: `**Prueba 1: Expresión escrita.** Tema: *${t.tema}*.\n\n${t.tarea}\n\n*(${t.english})*\n\n**Tipo de texto:** ${t.tipo}. Escribe ${WORD_RANGE}.\n\n*(Paper 1 has two tasks like this one, each marked out of 15: criterion A language 6, B message 6, C conceptual understanding 3.)*`,
    points: criterios(t.message, t.concept),
    answer: `**Respuesta modelo:**\n\n${t.model}\n\n---\n\n**Por qué funciona** *(why it scores well)*: ${t.notes}`,
  });

const escritura: QuestionInput[] = [
  tarea({
    key: "correo-presentacion",
    topic: "1.1",
    difficulty: 3,
    term: "Describe",
    tema: "Identidades: atributos personales",
    tarea:
      "Vas a hacer un intercambio con un estudiante de Argentina. Escríbele un **correo electrónico** para presentarte. Describe tu aspecto físico y tu carácter, tu familia y tus gustos.",
    english:
      "You are going on an exchange with a student from Argentina. Write an email introducing yourself: your looks and personality, your family and what you like.",
    tipo: "correo electrónico (informal)",
    message:
      "name, age and where you live; physical description and personality; family members with a detail; likes and dislikes with reasons; questions to the reader.",
    concept:
      "informal email to a peer: subject line, friendly greeting (¡Hola, …!), tú, friendly tone, questions to the reader, informal sign-off (Un abrazo).",
    model: `**Asunto:** ¡Hola desde Inglaterra!

¡Hola, Martín!

Me llamo Emma y soy tu compañera de intercambio. Tengo diecisiete años y vivo en Bristol, una ciudad del oeste de Inglaterra. Soy bastante alta, tengo el pelo castaño y los ojos verdes. Mis amigos dicen que soy simpática y un poco tímida.

Vivo con mis padres y mi hermano Tom, que tiene trece años. Mi padre es médico y mi madre es profesora. También tenemos un perro muy gordo que se llama Max.

Me gusta mucho la música: toco el violín en la orquesta del instituto. Además, me encanta el baloncesto. No me gusta nada madrugar.

¿Y tú? ¿Cómo eres? ¿Qué te gusta hacer? ¡Escríbeme pronto!

Un abrazo,

Emma`,
    notes:
      "A: ser/tener for description (*soy alta, tengo el pelo castaño*), agreement (*simpática, tímida*), *gustar/encantar*, connectors (*además*). B: every part of the task (looks, personality, family, likes) with a detail each. C: subject line, friendly greeting, questions to the reader, informal sign-off.",
  }),
  tarea({
    key: "blog-vida-sana",
    topic: "1.4",
    difficulty: 3,
    term: "Describe",
    tema: "Identidades: bienestar físico",
    tarea: "Escribe una **entrada de blog** sobre lo que haces para estar en forma: la comida, el deporte y el descanso. Da un consejo a tus lectores.",
    english: "Write a blog post about what you do to keep fit (food, sport, rest) and give your readers a piece of advice.",
    tipo: "entrada de blog",
    message:
      "what you eat and drink, what sport you do and how often, how much you sleep, with reasons; one piece of advice; optionally something new you tried or will try.",
    concept: "blog: title, date, addresses readers (vosotros/tú), personal and lively tone, invites comments.",
    model: `**Mis cinco trucos para estar en forma**
*Publicado el 3 de febrero*

¡Hola, lectores! Muchos me preguntáis qué hago para estar en forma. Aquí tenéis mis trucos.

Primero, desayuno siempre: normalmente tomo fruta, yogur y pan integral. Segundo, bebo mucha agua y casi nunca bebo refrescos. Tercero, hago deporte tres veces a la semana: los lunes y los miércoles nado en la piscina y los sábados corro en el parque con mi perro. Cuarto, duermo ocho horas, porque cuando estoy cansado no puedo estudiar bien. Y quinto, ¡me río mucho con mis amigos!

El mes pasado probé el yoga y me gustó mucho. La semana que viene voy a empezar unas clases.

Mi consejo: ¡no estudiéis toda la tarde sin moveros! Y vosotros, ¿qué hacéis para estar sanos? ¡Dejad un comentario!`,
    notes:
      "A: present tense with frequency (*siempre, casi nunca, tres veces a la semana*), one preterite (*probé, me gustó*) and one near future (*voy a empezar*). B: food, sport and rest each with a detail and a reason, plus advice. C: title, date, greeting to readers, request for comments.",
  }),
  tarea({
    key: "diario-dia-horrible",
    topic: "2.1",
    difficulty: 4,
    term: "Describe",
    tema: "Experiencias: la rutina diaria",
    tarea: "Hoy fue un día horrible. Escribe una página de tu **diario**: cuenta qué pasó desde la mañana hasta la noche y cómo te sentiste.",
    english: "Today was a terrible day. Write a diary entry: what happened from morning to night and how you felt.",
    tipo: "diario",
    message: "a sequence of events of the day in order (morning, midday, afternoon, evening) with what went wrong, feelings, and a plan for tomorrow.",
    concept: "diary: date, Querido diario, first person, personal and emotional tone, exclamations, informal closing.",
    model: `Martes, 14 de noviembre

Querido diario:

¡Hoy fue un día horrible! Primero, no oí el despertador y me levanté a las ocho menos cuarto. No desayuné y salí de casa corriendo. Perdí el autobús, así que fui al instituto a pie y llegué tarde a la clase de Matemáticas. El profesor se enfadó mucho.

A mediodía comí en el comedor, pero había pescado, ¡y odio el pescado! Por la tarde tuve un examen de Historia muy difícil.

Por fin, a las cinco, volví a casa, me duché y llamé a mi amiga Clara. Hablamos una hora y me sentí mucho mejor.

Mañana voy a acostarme temprano. ¡No quiero otro día como hoy!

Hasta mañana,

Leo`,
    notes:
      "A: preterite of regular and irregular verbs (*oí, fui, tuve, llegué*), reflexive verbs (*me levanté, me duché*), sequencing words (*primero, a mediodía, por la tarde, por fin*), near future. B: a clear day in order, problems and feelings. C: date, *Querido diario*, emotional first-person tone, closing.",
  }),
  tarea({
    key: "blog-vacaciones",
    topic: "2.3",
    difficulty: 4,
    term: "Describe",
    tema: "Experiencias: las vacaciones",
    tarea: "Escribe una **entrada de blog** sobre tus últimas vacaciones: adónde fuiste, con quién, qué hiciste y qué vas a hacer el próximo verano.",
    english: "Write a blog post about your last holiday: where you went, who with, what you did, and what you will do next summer.",
    tipo: "entrada de blog",
    message: "where, with whom and how you travelled; activities and food with opinions; one good and one bad moment; plans for next summer.",
    concept: "blog: title, date, addresses readers, informal and enthusiastic tone, question to readers at the end.",
    model: `**Una semana en Galicia**
*Publicado el 2 de septiembre*

¡Hola a todos! Ya estoy en casa después de unas vacaciones fantásticas en Galicia, en el noroeste de España.

Fui en tren con mis padres y mi prima Nuria. Nos alojamos en un camping cerca de la playa. Hizo buen tiempo casi todos los días, pero el agua del mar estaba muy fría. Un día visitamos Santiago de Compostela y vimos la catedral: ¡es enorme! Otro día hicimos una excursión en barco y comimos pulpo, el plato típico de la región. Me encantó.

Lo peor: el último día llovió mucho y nuestra tienda de campaña se mojó.

El próximo verano voy a ir a Portugal con mis amigos. ¿Y vosotros? ¿Adónde fuisteis de vacaciones?`,
    notes:
      "A: preterite (*fui, hizo, vimos, hicimos, llovió*), an opinion with *me encantó*, near future for next summer. B: where, who with, transport, activities, food, a bad moment and next year's plan. C: title, date, greeting and a question to readers.",
  }),
  tarea({
    key: "correo-fiesta",
    topic: "2.4",
    difficulty: 4,
    term: "Describe",
    tema: "Experiencias: fiestas y celebraciones",
    tarea:
      "Escribe un **correo electrónico** a tu amiga Camila, de Colombia, sobre una fiesta de tu región o de tu país: cuándo es, qué hace la gente, qué hiciste el año pasado y qué vas a hacer este año. Invita a Camila a la fiesta.",
    english:
      "Write an email to your Colombian friend Camila about a festival in your region or country: when it is, what people do, what you did last year and will do this year. Invite her.",
    tipo: "correo electrónico (informal)",
    message: "when the festival is; what people do (music, food, clothes, traditions); what you did last year; what you will do this year; an invitation.",
    concept: "informal email to a friend: subject, friendly greeting, tú, enthusiastic tone with exclamations, invitation, informal sign-off.",
    model: `**Asunto:** ¡Las Fallas!

¡Hola, Camila!

¿Qué tal? Te escribo para hablarte de mi fiesta favorita: las Fallas de Valencia. Es en marzo, del 15 al 19. Durante la fiesta hay grandes monumentos de cartón y madera en las calles, que se llaman fallas. Hay música, fuegos artificiales y mucha gente. La noche del 19 de marzo la gente quema las fallas: ¡es impresionante!

El año pasado fui con mi familia a ver la mascletà, un espectáculo de petardos muy ruidoso en la plaza del Ayuntamiento. Después comimos paella y buñuelos con chocolate. ¡Qué ricos!

Este año voy a llevar el traje tradicional por primera vez. ¿Por qué no vienes a visitarme? ¡Puedes dormir en mi casa!

Un beso,

Lucía`,
    notes:
      "A: present for the festival (*hay, la gente quema*), preterite for last year (*fui, comimos*), near future for this year (*voy a llevar*). B: when, what people do, last year, this year and an invitation. C: subject line, friendly greeting and sign-off, exclamations.",
  }),
  tarea({
    key: "anuncio-paseo-perros",
    topic: "4.3",
    difficulty: 3,
    term: "Describe",
    tema: "Organización social: el trabajo",
    tarea:
      "Quieres ganar dinero después de las clases. Escribe un **anuncio** para el tablón de tu barrio: ofreces tus servicios para pasear perros o cuidar animales. Explica qué ofreces, cuándo, el precio y por qué eres la persona ideal.",
    english:
      "You want to earn money after school. Write a notice for your neighbourhood board offering to walk dogs or look after pets: what, when, how much, and why you are ideal.",
    tipo: "anuncio",
    message: "the service; days and times; price; your qualities and experience; how to contact you.",
    concept: "notice: eye-catching heading, short sections or bullet points, clear practical information, persuasive tone, contact details.",
    model: `**¿NO TIENES TIEMPO? ¡YO PASEO A TU PERRO!**

Me llamo Pablo, tengo diecisiete años y vivo en el barrio, en la calle del Sol. Me encantan los animales: en casa tenemos dos perros y un gato.

**Ofrezco:**
- paseos de una hora por el parque;
- cuidar a tu perro o a tu gato cuando estás de vacaciones.

**Horario:** de lunes a viernes, de 17:00 a 20:00, y los sábados por la mañana.

**Precio:** 6 euros por paseo.

Soy responsable, puntual y muy paciente. El verano pasado trabajé en una tienda de animales y aprendí mucho.

¿Te interesa? Deja tu nombre y tu número de teléfono en el buzón del portal 5. ¡Tu perro va a estar muy contento!`,
    notes:
      "A: present for the offer, adjectives with agreement (*responsable, puntual, paciente*), a preterite for experience (*trabajé, aprendí*), a near future. B: service, times, price, qualities, experience and contact. C: a catchy heading, sections and bullet points, persuasive tone, contact instructions.",
  }),
  tarea({
    key: "aviso-limpieza-playa",
    topic: "5.3",
    difficulty: 3,
    term: "Outline",
    tema: "Compartir el planeta: el medio ambiente",
    tarea:
      "El club de ecología de tu instituto organiza una jornada para limpiar la playa. Escribe un **aviso** para los estudiantes: explica cuándo y dónde es, por qué es importante, qué tienen que traer y cómo participar.",
    english:
      "Your school's ecology club is organising a beach clean-up. Write a notice for students: when and where, why it matters, what to bring and how to take part.",
    tipo: "aviso",
    message: "date, time and meeting place; the reason (plastic, animals); what to bring; how to sign up; a final call to act.",
    concept: "notice: clear heading, key information easy to find (¿Cuándo? ¿Dónde?), imperatives (trae, escribe), motivating tone, who signs it.",
    model: `**AVISO: ¡LIMPIAMOS LA PLAYA!**

**¿Cuándo?** El sábado 22 de abril, de 9:30 a 13:00.

**¿Dónde?** En la playa de los Pinos. Nos encontramos delante del instituto a las 9:00 y vamos juntos en autobús.

**¿Por qué?** Cada invierno el mar trae a la playa mucho plástico, y el plástico es muy peligroso para los peces y las aves.

**¿Qué tienes que traer?** Gorra, crema solar, agua y ropa cómoda. Nosotros damos los guantes y las bolsas.

Al final, a la una, vamos a comer juntos un bocadillo en el parque.

**¿Cómo participar?** Escribe tu nombre en la lista de la biblioteca antes del jueves 20.

¡Te esperamos! El planeta te necesita.

*Club de Ecología*`,
    notes:
      "A: present, *tener que*, imperatives (*escribe*), near future (*vamos a comer*). B: when, where, why, what to bring and how to sign up. C: a notice layout with a heading and question headings, motivating tone, signed by the club.",
  }),
  tarea({
    key: "correo-formal-curso",
    topic: "4.2",
    difficulty: 5,
    term: "Outline",
    tema: "Organización social: la educación",
    tarea:
      "Quieres hacer un curso de español en una escuela de idiomas de Salamanca en julio. Escribe un **correo electrónico formal** a la escuela: preséntate, explica por qué quieres hacer el curso y pide información (horario, grupos, alojamiento, actividades).",
    english:
      "You want to take a Spanish course at a language school in Salamanca in July. Write a formal email: introduce yourself, say why you want to do the course, and ask for information.",
    tipo: "correo electrónico (formal)",
    message:
      "who you are and your level of Spanish; why you want the course; at least three clear questions (timetable, group size, accommodation, price, activities); thanks.",
    concept:
      "formal email: subject, Estimados señores / Estimada señora, usted/ustedes forms, polite questions (Quisiera…, ¿Es posible…?), formal closing (Atentamente) and full name.",
    model: `**Asunto:** Información sobre el curso de verano

Estimados señores:

Me llamo Anna Schmidt, tengo dieciséis años y soy estudiante en un instituto de Berlín. Estudio español desde hace un año y me gustaría hacer un curso de verano en su escuela en julio.

Quisiera hacerles algunas preguntas:
- ¿Cuántas horas de clase hay cada día?
- ¿Cuántos estudiantes hay en cada grupo?
- ¿Es posible vivir con una familia española? ¿Cuánto cuesta?
- ¿Organizan ustedes excursiones o actividades por la tarde?

Me interesan mucho la cultura y la cocina españolas, y quiero mejorar mi expresión oral.

Muchas gracias por su atención. Espero su respuesta.

Atentamente,

Anna Schmidt`,
    notes:
      "A: polite forms (*me gustaría, quisiera*), *ustedes* (*organizan*), question words, agreement (*la cultura y la cocina españolas*). B: introduction, reason and clear questions on timetable, groups, accommodation and activities. C: subject, formal greeting and closing, *usted/ustedes* throughout.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [...identidades, ...experiencias, ...ingenio, ...sociedad, ...planeta, ...referencias, ...lengua, ...escritura];

const file: SubjectQuestions = { subject: "spanish-ab-initio", questions };
export default file;
