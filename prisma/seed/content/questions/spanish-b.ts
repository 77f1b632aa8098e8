import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point } from "../shared/markscheme-points";

// Original IB-style practice for IB Spanish B (Language B guide, first assessment 2020).
//
// Paper 2 (reading): comprehension questions on short Spanish texts written for this bank (blog posts,
// articles, interviews, brochures). Every text carries the label ORIGINAL_LABEL: the people, places,
// organisations and figures in them are invented. Paper 1 (writing): one task with a text type, an
// audience and the word range (SL 250-400, HL 450-600), marked against the three Paper 1 criteria
// (A language 12, B message 12, C conceptual understanding 6) with a model answer.
// Grammar and vocabulary MCQs are tied to the themes. HL-only literature questions (topic "L") are generic:
// they name no work and quote no text, so students answer them about the works they studied.
// No question has a calculation, so there are no NUMERIC questions.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

/** The label every reading text carries (checked in checks/spanish-b-answers.test.ts). */
export const ORIGINAL_LABEL = "Texto original escrito para este ejercicio";

type Difficulty = 1 | 2 | 3 | 4 | 5;
type Base = {
  key: string;
  levels?: Level[];
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
  key: `spanish-b-${b.key}`,
  levels: b.levels ?? BOTH,
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

type Mcq = Omit<Base, "marks" | "points" | "term" | "paper"> & {
  paper?: QuestionInput["paper"];
  term?: QuestionInput["commandTerm"];
  options: string[];
  correct: "A" | "B" | "C" | "D";
  why: string;
};
const mcq = (b: Mcq): QuestionInput => ({
  type: "MCQ",
  ...base({ ...b, paper: b.paper ?? "P2", term: b.term ?? "Identify", marks: 1, points: [point("p1", 1, b.why, [b.correct])] }),
  options: b.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  correctOptionId: b.correct,
});

/** A reading text: title, text type, the originality label, then the text itself. */
const texto = (title: string, kind: string, body: string) => `**${title}**\n\n*${kind}. ${ORIGINAL_LABEL}: personas, lugares y datos inventados.*\n\n${body}`;

/** A Paper 2 stem: the text, a rule, then the question. */
const sobre = (t: string, question: string) => `${t}\n\n---\n\n${question}`;

/**
 * The Paper 1 criteria as cumulative markbands (a point can carry at most 10 marks): A language (12) and
 * B message (12) in four 3-mark bands, C conceptual understanding (6) in three 2-mark bands. A band is
 * awarded only when the band below it is, so a script's mark is the top band it reaches, fine-tuned within it.
 */
const bandas = (prefix: string, size: number, title: string, descriptors: string[], keywords: string[] = []): MarkingPointInput[] =>
  descriptors.map((d, i) => ({
    id: `${prefix}${i + 1}`,
    kind: "POINT" as const,
    marks: size,
    text: `${title}, banda ${i * size + 1}-${(i + 1) * size}: ${d}`,
    dependsOn: i === 0 ? [] : [`${prefix}${i}`],
    keywords: i === descriptors.length - 1 ? keywords : [],
  }));

const criterios = (message: string, concept: string): MarkingPointInput[] => [
  ...bandas(
    "A",
    3,
    "Criterio A, Lengua",
    [
      "lengua limitada: vocabulario básico y repetitivo, errores frecuentes que a veces impiden la comprensión.",
      "lengua bastante eficaz: vocabulario adecuado pero poco variado, algunas estructuras complejas con errores.",
      "lengua eficaz en general: vocabulario variado, estructuras complejas (subjuntivo, subordinadas, tiempos del pasado) usadas casi siempre con acierto; los errores no impiden la comprensión.",
      "dominio eficaz: vocabulario preciso e idiomático, estructuras complejas variadas y correctas, conectores que dan fluidez; los errores son escasos.",
    ],
    ["sin embargo", "además", "por lo tanto", "aunque"],
  ),
  ...bandas("B", 3, `Criterio B, Mensaje (se espera: ${message})`, [
    "ideas poco pertinentes a la tarea, sin desarrollar o desordenadas.",
    "ideas a veces pertinentes, poco desarrolladas; organización irregular.",
    "ideas pertinentes y en general desarrolladas con ejemplos; organización clara y coherente.",
    "la tarea se cumple con eficacia: ideas pertinentes, bien desarrolladas y apoyadas con ejemplos, organizadas con coherencia y cohesión.",
  ]),
  ...bandas(
    "C",
    2,
    `Criterio C, Comprensión conceptual (se espera: ${concept})`,
    [
      "tipo de texto, registro y tono poco adecuados al destinatario y al propósito; pocas convenciones reconocibles.",
      "tipo de texto, registro y tono en general adecuados, con algunas convenciones del tipo de texto.",
      "tipo de texto, registro y tono totalmente adecuados al destinatario y al propósito; convenciones bien aplicadas.",
    ],
    ["título", "saludo", "despedida"],
  ),
];

type Tarea = {
  key: string;
  levels?: Level[];
  topic: string;
  difficulty: Difficulty;
  term: QuestionInput["commandTerm"];
  tema: string;
  tarea: string;
  tipo: string;
  message: string;
  concept: string;
  model: string;
};

/** A Paper 1 writing task: one task with its text type and word range, marked out of 30. */
const tarea = (t: Tarea): QuestionInput => {
  const hlOnly = t.levels?.length === 1 && t.levels[0] === "HL";
  const words = hlOnly ? "Escribe entre 450 y 600 palabras (NS)." : "Escribe entre 250 y 400 palabras (NM) / entre 450 y 600 palabras (NS).";
  return written({
    key: t.key,
    levels: t.levels,
    topic: t.topic,
    difficulty: t.difficulty,
    marks: 30,
    paper: "P1",
    term: t.term,
    stem: `**Prueba 1: Expresión escrita.** Tema: *${t.tema}*.\n\n${t.tarea}\n\n**Tipo de texto:** ${t.tipo}. ${words}\n\n*(Paper 1 writing task: write the text type given, for the audience and purpose in the task.)*`,
    points: criterios(t.message, t.concept),
    answer: `**Respuesta modelo** (${hlOnly ? "NS" : "extensión de NM; en el NS se desarrollarían más las ideas"}):\n\n${t.model}`,
  });
};

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Identities
// ─────────────────────────────────────────────────────────────────────────────
const T_PANTALLAS = texto(
  "Treinta días sin redes sociales: mi experimento",
  "Entrada de blog",
  `Me llamo Lucía, tengo diecisiete años y vivo en Valladolid. El mes pasado decidí borrar de mi móvil todas las redes sociales. No fue una decisión fácil: según la aplicación de mi teléfono, pasaba casi cinco horas al día mirando la pantalla.

**La primera semana** fue la peor. Cogía el móvil sin darme cuenta, como si mi mano tuviera vida propia. Me sentía aislada, porque mis amigas organizaban los planes por mensajes y yo me enteraba tarde.

**La segunda semana** empecé a notar cambios. Me dormía antes y, por primera vez en meses, terminé un libro entero. También volví a salir a correr por la orilla del río, algo que había abandonado en invierno.

**Al final del mes** no todo era perfecto: seguía echando de menos las fotos de mi prima, que vive en Chile. Sin embargo, había aprendido algo importante: no quiero dejar las redes para siempre, pero sí quiero usarlas con más cabeza. Ahora solo las miro después de cenar, durante media hora como máximo.

Si estáis pensando en hacer lo mismo, mi consejo es que aviséis a vuestros amigos antes de empezar. ¡Os ahorraréis muchos malentendidos!`,
);

const T_BILINGUE = texto(
  "«Hablo catalán con mi abuela y español con mis amigos»",
  "Entrevista publicada en una revista juvenil",
  `**Revista Brújula:** Marc, creciste en un pueblo cerca de Girona. ¿Qué lenguas hablas?

**Marc:** En casa siempre hemos hablado catalán, pero mi madre es de Sevilla, así que con ella y con mis primos del sur hablo español. En el instituto estudio también inglés y, desde este año, alemán.

**Revista Brújula:** ¿Sientes que cambias de personalidad cuando cambias de idioma?

**Marc:** Un poco, sí. En catalán soy más bromista, quizá porque es la lengua de mi pandilla del pueblo. En español me siento más cerca de la familia de mi madre: cuando voy a Sevilla, hasta se me pega el acento.

**Revista Brújula:** ¿Alguna vez te ha causado problemas ser bilingüe?

**Marc:** De pequeño mezclaba palabras y algunos compañeros se reían de mí. Hoy lo veo como una ventaja: entiendo mejor a la gente y aprendo idiomas con más facilidad. Lo que me preocupa es que algunos chicos del pueblo ya no quieren hablar catalán porque dicen que «no sirve para nada».

**Revista Brújula:** ¿Qué les dirías?

**Marc:** Que una lengua no es solo una herramienta para encontrar trabajo. Es la manera en que mis abuelos me contaban cuentos. Si la perdemos, perdemos una parte de quiénes somos.`,
);

const identidades: QuestionInput[] = [
  mcq({
    key: "p2-pantallas-01",
    topic: "1.1",
    difficulty: 1,
    stem: sobre(T_PANTALLAS, "¿Por qué decidió Lucía borrar sus redes sociales? *(Why did Lucía delete her social media?)*"),
    options: [
      "Porque sus padres se lo pidieron.",
      "Porque pasaba demasiado tiempo con el móvil.",
      "Porque su móvil estaba roto.",
      "Porque quería leer más libros para el instituto.",
    ],
    correct: "B",
    why: "B: «pasaba casi cinco horas al día mirando la pantalla». Los libros (D) son una consecuencia, no la causa.",
    answer:
      "**B.** El texto dice que pasaba casi cinco horas al día mirando la pantalla. Leer un libro entero (D) fue un resultado del experimento, no su motivo; no se mencionan los padres ni un móvil roto.",
  }),
  written({
    key: "p2-pantallas-02",
    topic: "1.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "Justify",
    stem: sobre(
      T_PANTALLAS,
      "Las frases siguientes son **verdaderas (V)** o **falsas (F)**. Indica la opción correcta y justifica tu respuesta con palabras del texto. *(True or false? Justify with words from the text; both parts are needed for the mark.)*\n\n(a) Durante la primera semana Lucía se sintió sola.\n\n(b) Lucía piensa volver a usar las redes como antes.",
    ),
    points: [
      point(
        "a",
        1,
        "(a) V — «Me sentía aislada» / «mis amigas organizaban los planes por mensajes y yo me enteraba tarde». (Both V and justification needed.)",
        ["aislada"],
      ),
      point(
        "b",
        1,
        "(b) F — «no quiero dejar las redes para siempre, pero sí quiero usarlas con más cabeza» / «solo las miro después de cenar, durante media hora como máximo». (Both F and justification needed.)",
        ["con más cabeza", "media hora"],
      ),
    ],
    answer:
      "(a) **Verdadero**: «Me sentía aislada». (b) **Falso**: quiere seguir usando las redes, pero «con más cabeza»; ahora solo las mira media hora después de cenar.",
  }),
  written({
    key: "p2-pantallas-03",
    topic: "1.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_PANTALLAS,
      "Menciona **dos** efectos positivos para la salud o el bienestar que Lucía notó durante la segunda semana. *(Name two positive effects.)*",
    ),
    points: [
      point("p1", 1, "Se dormía antes / dormía más", ["dormía"]),
      point("p2", 1, "Volvió a salir a correr / hacía más ejercicio", ["correr"]),
      point("p3", 1, "Terminó un libro entero / leía más (accept as one of the two)", ["libro"]),
    ],
    answer: "Dos de: se dormía antes; volvió a salir a correr por la orilla del río; terminó un libro entero. Un punto por cada efecto, hasta 2.",
  }),
  written({
    key: "p2-pantallas-04",
    topic: "1.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_PANTALLAS,
      "Busca en el texto la palabra o expresión que significa: *(Find the word or phrase that means:)*\n\n(a) sin notarlo\n\n(b) tenía nostalgia de / sentía la falta de\n\n(c) con más sensatez",
    ),
    points: [
      point("a", 1, "(a) sin darme cuenta", ["sin darme cuenta"]),
      point("b", 1, "(b) echando de menos (accept «seguía echando de menos»)", ["echando de menos"]),
      point("c", 1, "(c) con más cabeza", ["con más cabeza"]),
    ],
    answer:
      "(a) «sin darme cuenta»; (b) «(seguía) echando de menos»; (c) «con más cabeza». Un punto por expresión; no se acepta una frase entera que incluya otras ideas.",
  }),
  mcq({
    key: "p2-pantallas-05",
    topic: "1.1",
    difficulty: 3,
    stem: sobre(T_PANTALLAS, "¿Cuál es el propósito principal del último párrafo? *(What is the main purpose of the last paragraph?)*"),
    options: [
      "Dar un consejo práctico a los lectores.",
      "Contar un problema con su prima.",
      "Criticar a las personas que usan redes sociales.",
      "Pedir a los lectores que compartan sus fotos.",
    ],
    correct: "A",
    why: "A: «mi consejo es que aviséis a vuestros amigos antes de empezar».",
    answer: "**A.** Lucía se dirige a los lectores (vosotros) con un consejo: avisar a los amigos antes de empezar el experimento para evitar malentendidos.",
  }),
  mcq({
    key: "p2-bilingue-01",
    topic: "1.5",
    difficulty: 1,
    stem: sobre(T_BILINGUE, "¿Con quién habla Marc en español? *(With whom does Marc speak Spanish?)*"),
    options: ["Con su pandilla del pueblo.", "Con su madre y sus primos del sur.", "Con sus abuelos.", "Con sus profesores de alemán."],
    correct: "B",
    why: "B: «con ella [su madre] y con mis primos del sur hablo español».",
    answer: "**B.** Su madre es de Sevilla: con ella y con sus primos del sur habla español. Con la pandilla y con los abuelos habla catalán.",
  }),
  written({
    key: "p2-bilingue-02",
    topic: "1.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_BILINGUE, "Según Marc, ¿por qué es «más bromista» en catalán? ¿Qué relación tiene el español con su identidad? *(Answer both parts.)*"),
    points: [
      point("p1", 1, "Porque el catalán es la lengua de su pandilla (del pueblo) / de sus amigos", ["pandilla", "amigos"]),
      point("p2", 1, "El español lo acerca a la familia de su madre / a Sevilla (se le pega el acento)", ["familia", "madre", "Sevilla"]),
    ],
    answer:
      "Es más bromista en catalán porque es la lengua de su pandilla del pueblo (1). El español le hace sentirse más cerca de la familia de su madre, en Sevilla (1).",
  }),
  written({
    key: "p2-bilingue-03",
    topic: "1.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Justify",
    stem: sobre(
      T_BILINGUE,
      "¿**Verdadero (V)** o **falso (F)**? Justifica tu respuesta con palabras del texto.\n\n(a) Marc siempre ha considerado el bilingüismo como una ventaja.\n\n(b) A Marc le inquieta que algunos jóvenes abandonen el catalán.",
    ),
    points: [
      point("a", 1, "(a) F — «De pequeño mezclaba palabras y algunos compañeros se reían de mí» / «Hoy lo veo como una ventaja» (implies not always)", [
        "se reían",
        "hoy",
      ]),
      point("b", 1, "(b) V — «Lo que me preocupa es que algunos chicos del pueblo ya no quieren hablar catalán»", ["me preocupa"]),
    ],
    answer:
      "(a) **Falso**: de pequeño mezclaba palabras y se reían de él; solo «hoy» lo ve como una ventaja. (b) **Verdadero**: «Lo que me preocupa es que algunos chicos del pueblo ya no quieren hablar catalán».",
  }),
  written({
    key: "p2-bilingue-04",
    topic: "1.5",
    difficulty: 4,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(
      T_BILINGUE,
      "En la última respuesta, Marc dice que una lengua «no es solo una herramienta para encontrar trabajo». Explica con tus propias palabras qué más representa una lengua para él.",
    ),
    points: [
      point("p1", 1, "Un vínculo con la familia / con los abuelos / con la infancia (los cuentos)", ["abuelos", "cuentos", "familia"]),
      point("p2", 1, "Parte de la identidad (personal o colectiva): perderla es perder una parte de quiénes somos (OWTTE)", ["identidad", "quiénes somos"]),
    ],
    answer:
      "Para Marc una lengua es un lazo afectivo con su familia (la lengua en la que sus abuelos le contaban cuentos) (1) y una parte de la identidad de las personas: si se pierde, se pierde una parte de quiénes son (1). Se valoran las respuestas con palabras propias.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Experiences
// ─────────────────────────────────────────────────────────────────────────────
const T_RUTA = texto(
  "Vía Verde del Valle del Río Claro: ¡pedalea sin prisa!",
  "Folleto turístico",
  `La Vía Verde del Valle del Río Claro recorre 42 kilómetros por el antiguo trazado de un tren minero que dejó de funcionar hace décadas. Hoy es un camino llano, sin coches, ideal para familias.

**¿Qué vas a encontrar?**
- Seis túneles iluminados y dos puentes de hierro sobre el río.
- Áreas de descanso con fuentes de agua potable cada ocho kilómetros.
- La antigua estación de Peñablanca, convertida en albergue y cafetería.

**Alquiler de bicicletas:** en la estación de Peñablanca, de martes a domingo, de 9:00 a 19:00. Los lunes el servicio está cerrado. El casco es obligatorio para menores de dieciséis años y se presta gratis.

**Consejos útiles**
- En verano, sal temprano: a partir del mediodía el calor puede ser intenso.
- Lleva una linterna pequeña por si falla la iluminación de algún túnel.
- Respeta a los peatones: ellos tienen siempre prioridad.

**Para grupos escolares:** ofrecemos visitas guiadas en las que un antiguo minero explica cómo era la vida en el valle. Es necesario reservar con dos semanas de antelación.`,
);

const T_MIGRA = texto(
  "Daniela: «Aprendí a vivir entre dos países»",
  "Entrevista publicada en el periódico digital de un instituto",
  `Daniela llegó a Madrid desde Ecuador con doce años. Hoy, a los diecinueve, estudia Enfermería y trabaja los fines de semana en una panadería.

**—¿Recuerdas tu primer día en el instituto?**
—Perfectamente. Entendía el idioma, claro, pero muchas palabras eran distintas. Yo decía «¿me regalas un lápiz?» para pedir uno prestado y mis compañeros pensaban que quería quedármelo. Nos reímos mucho, pero al principio me daba vergüenza hablar.

**—¿Qué fue lo más difícil?**
—Echar de menos a mi abuela. Ella me había criado mientras mi madre trabajaba en España. Hablábamos por videollamada cada domingo, aunque la conexión era malísima.

**—¿Y lo que más te ayudó?**
—Una profesora de Lengua que organizó un club de lectura. Allí conocí a chicos de Marruecos, Rumanía y Venezuela. Descubrimos que todos teníamos historias parecidas.

**—¿Te sientes de aquí o de allí?**
—De los dos sitios. Cuando vuelvo a Quito me dicen que hablo como una madrileña, y en Madrid me preguntan de dónde soy. Antes eso me molestaba; ahora me parece una riqueza.

**—¿Qué consejo darías a alguien que acaba de llegar?**
—Que no tenga miedo de preguntar. Y que busque un grupo, un equipo, lo que sea: nadie debería pasar por esto solo.`,
);

const experiencias: QuestionInput[] = [
  mcq({
    key: "p2-ruta-01",
    topic: "2.2",
    difficulty: 1,
    stem: sobre(T_RUTA, "¿Qué era antes la Vía Verde? *(What was the greenway before?)*"),
    options: ["Una carretera para coches.", "Un camino de peregrinos.", "Un canal de agua.", "Una vía de tren minero."],
    correct: "D",
    why: "D: «el antiguo trazado de un tren minero».",
    answer: "**D.** Recorre «el antiguo trazado de un tren minero que dejó de funcionar hace décadas».",
  }),
  written({
    key: "p2-ruta-02",
    topic: "2.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "Justify",
    stem: sobre(
      T_RUTA,
      "¿**Verdadero (V)** o **falso (F)**? Justifica tu respuesta con palabras del texto.\n\n(a) Se puede alquilar una bicicleta cualquier día de la semana.\n\n(b) Los menores de dieciséis años tienen que pagar el casco.\n\n(c) En la ruta hay agua para beber.",
    ),
    points: [
      point("a", 1, "(a) F — «Los lunes el servicio está cerrado» / «de martes a domingo»", ["lunes", "martes a domingo"]),
      point("b", 1, "(b) F — «se presta gratis»", ["gratis"]),
      point("c", 1, "(c) V — «fuentes de agua potable cada ocho kilómetros»", ["agua potable"]),
    ],
    answer:
      "(a) **F**: «Los lunes el servicio está cerrado». (b) **F**: el casco «se presta gratis». (c) **V**: hay «fuentes de agua potable cada ocho kilómetros». Un punto por ítem solo si V/F y justificación son correctos.",
  }),
  written({
    key: "p2-ruta-03",
    topic: "2.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_RUTA, "Según los «consejos útiles», ¿por qué conviene (a) salir temprano en verano y (b) llevar una linterna?"),
    points: [
      point("a", 1, "(a) Porque a partir del mediodía hace mucho calor / el calor puede ser intenso", ["calor"]),
      point("b", 1, "(b) Por si falla la iluminación de algún túnel / por si un túnel está oscuro", ["túnel", "iluminación"]),
    ],
    answer: "(a) Porque a partir del mediodía el calor puede ser intenso. (b) Por si falla la iluminación de algún túnel.",
  }),
  written({
    key: "p2-ruta-04",
    topic: "2.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_RUTA,
      "Un profesor quiere llevar a su clase a conocer la historia y las tradiciones del valle. ¿Qué actividad le recomienda el folleto y qué tiene que hacer para participar?",
    ),
    points: [
      point("p1", 1, "Una visita guiada con un antiguo minero que explica la vida en el valle", ["visita guiada", "minero"]),
      point("p2", 1, "Reservar con dos semanas de antelación", ["reservar", "dos semanas"]),
    ],
    answer:
      "La visita guiada para grupos escolares, en la que un antiguo minero explica cómo era la vida en el valle (1). Debe reservar con dos semanas de antelación (1).",
  }),
  mcq({
    key: "p2-ruta-05",
    topic: "2.2",
    difficulty: 3,
    term: "Identify",
    stem: sobre(T_RUTA, "En la frase «ellos tienen siempre **prioridad**», ¿qué significa *prioridad*?"),
    options: ["La obligación de pagar.", "El derecho a pasar primero.", "La costumbre de caminar despacio.", "El permiso para ir en bicicleta."],
    correct: "B",
    why: "B: tener prioridad = tener derecho a pasar antes que los demás (los ciclistas deben dejar pasar a los peatones).",
    answer: "**B.** Los peatones tienen preferencia: los ciclistas deben cederles el paso.",
  }),
  mcq({
    key: "p2-migra-01",
    topic: "2.6",
    difficulty: 2,
    stem: sobre(T_MIGRA, "¿Por qué se reían los compañeros de Daniela en su primer día? *(Why did her classmates laugh?)*"),
    options: [
      "Porque no entendía el español.",
      "Porque usó una expresión con otro significado en España.",
      "Porque había olvidado su lápiz.",
      "Porque llegó tarde a clase.",
    ],
    correct: "B",
    why: "B: decía «¿me regalas un lápiz?» para pedirlo prestado y ellos pensaban que quería quedárselo.",
    answer:
      "**B.** En el español que Daniela hablaba en su país, «¿me regalas…?» servía para pedir algo; en Madrid sus compañeros lo entendieron como «dámelo para siempre». El texto dice que sí entendía el idioma, así que A es incorrecta.",
  }),
  written({
    key: "p2-migra-02",
    topic: "2.6",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_MIGRA, "(a) ¿Qué fue lo más difícil para Daniela al llegar? (b) ¿Qué le ayudó más a adaptarse?"),
    points: [
      point("a", 1, "(a) Echar de menos a su abuela (que la había criado)", ["abuela"]),
      point("b", 1, "(b) El club de lectura (organizado por una profesora de Lengua) / conocer a chicos con historias parecidas", [
        "club de lectura",
        "profesora",
      ]),
    ],
    answer:
      "(a) Echar de menos a su abuela, que la había criado. (b) El club de lectura que organizó una profesora de Lengua, donde conoció a otros jóvenes migrantes.",
  }),
  written({
    key: "p2-migra-03",
    topic: "2.6",
    difficulty: 4,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_MIGRA, "Explica cómo ha cambiado la actitud de Daniela ante la pregunta sobre su identidad («¿de aquí o de allí?»)."),
    points: [
      point("p1", 1, "Antes le molestaba que en cada país la vieran como de fuera (en Quito «madrileña», en Madrid le preguntan de dónde es)", ["molestaba"]),
      point("p2", 1, "Ahora lo ve como una riqueza / se siente de los dos sitios", ["riqueza", "los dos"]),
    ],
    answer:
      "Antes le molestaba que en Quito le dijeran que habla como una madrileña y que en Madrid le preguntaran de dónde es (1); ahora se siente de los dos sitios y lo considera una riqueza (1).",
  }),
  written({
    key: "p2-migra-04",
    topic: "2.3",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_MIGRA,
      "Une cada expresión del texto con su significado. *(Match each phrase to its meaning.)*\n\n(a) me daba vergüenza\n\n(b) me había criado\n\n(c) lo que sea\n\nSignificados: **1** me había educado de niña · **2** cualquier cosa · **3** me sentía incómoda o tímida · **4** me había olvidado",
    ),
    points: [point("a", 1, "(a) 3", ["3"]), point("b", 1, "(b) 1", ["1"]), point("c", 1, "(c) 2", ["2"])],
    answer: "(a) **3** me sentía incómoda/tímida; (b) **1** me había educado de niña; (c) **2** cualquier cosa. El significado 4 sobra.",
  }),
  mcq({
    key: "p2-migra-05",
    topic: "2.3",
    difficulty: 3,
    stem: sobre(T_MIGRA, "¿Qué idea resume mejor el consejo final de Daniela?"),
    options: [
      "Es mejor no hablar hasta dominar el idioma.",
      "Hay que volver al país de origen cada año.",
      "Conviene pedir ayuda y buscar un grupo al que pertenecer.",
      "Es importante estudiar una carrera de salud.",
    ],
    correct: "C",
    why: "C: «que no tenga miedo de preguntar… que busque un grupo».",
    answer: "**C.** Aconseja no tener miedo de preguntar y buscar un grupo o un equipo, porque «nadie debería pasar por esto solo».",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2 reading: Human ingenuity, Social organization, Sharing the planet
// ─────────────────────────────────────────────────────────────────────────────
const T_NOTICIAS = texto(
  "¿Cómo se informan los jóvenes? Una encuesta en nuestro instituto",
  "Artículo de una revista escolar",
  `El club de periodismo del Instituto Los Almendros preguntó a 200 alumnos de entre 15 y 18 años cómo se enteran de las noticias. Los resultados, aunque no son representativos de todo el país, dan que pensar.

Siete de cada diez estudiantes dijeron que se informan sobre todo por vídeos cortos en redes sociales. Solo uno de cada diez lee habitualmente un periódico, casi siempre en formato digital, y apenas unos pocos escuchan la radio, normalmente en el coche con sus padres.

Lo más preocupante es otro dato: más de la mitad admitió haber compartido alguna vez una noticia sin comprobar si era cierta. «Si la comparte mucha gente, supongo que es verdad», explicó un alumno de primero de Bachillerato.

Para la profesora Marta Iglesias, que coordina el club, el problema no es el formato. «Un vídeo de un minuto puede ser riguroso. Lo importante es preguntarse quién lo ha hecho, con qué intención y qué fuentes cita.»

Por eso, el club ha preparado un taller para el próximo trimestre. Los participantes aprenderán a buscar el origen de una imagen, a distinguir una opinión de un hecho y a contrastar una noticia con al menos dos medios diferentes. La inscripción es gratuita y las plazas son limitadas.`,
);

const T_VOLUNTARIADO = texto(
  "Aprender ayudando: el aprendizaje-servicio llega a las aulas",
  "Artículo de un periódico local",
  `Los martes por la tarde, el comedor de la residencia de mayores El Roble se llena de risas. Un grupo de alumnos de cuarto de ESO del instituto del barrio enseña a los residentes a hacer videollamadas con sus nietos, mientras ellos les cuentan cómo era el barrio hace sesenta años.

Es un proyecto de aprendizaje-servicio: los estudiantes aprenden contenidos del currículo mientras prestan un servicio a la comunidad. En este caso, las entrevistas a los mayores sirven para la asignatura de Historia, y los alumnos están preparando una exposición de fotos antiguas que se inaugurará en junio en el centro cultural.

«Al principio muchos venían porque era obligatorio», reconoce Jorge Ruiz, el profesor que coordina la actividad. «Pero ahora algunos vienen también los sábados, por su cuenta.»

Sin embargo, no todo son ventajas. Algunas familias se quejan de que el proyecto quita tiempo a la preparación de los exámenes, y el instituto no cuenta con presupuesto para el transporte, por lo que los alumnos tienen que ir andando o en autobús.

Para Carmen, residente de 84 años, el balance está claro: «Estos chicos me han devuelto las ganas de contar cosas. Yo les enseño historia y ellos me enseñan a usar la tableta. Salimos ganando todos».`,
);

const T_HUERTO = texto(
  "Del solar abandonado al huerto del barrio",
  "Artículo de un blog de medio ambiente",
  `Hace tres años, en el solar de la calle Olmo solo había basura, hierbas secas y algún coche abandonado. Hoy, ese mismo espacio es un huerto comunitario donde cuarenta familias cultivan tomates, lechugas y plantas aromáticas.

La idea surgió de la asociación de vecinos, que convenció al ayuntamiento para que cediera el terreno durante diez años. A cambio, los vecinos se comprometieron a cuidarlo y a abrirlo a los colegios de la zona dos mañanas por semana.

Los beneficios van más allá de las verduras. El huerto utiliza un sistema de riego por goteo que ahorra agua, y los restos de las plantas se convierten en compost en lugar de terminar en el contenedor. Además, en verano la temperatura en esa esquina es más agradable que en las calles de asfalto que la rodean, según los propios vecinos.

Pero también ha habido conflictos. Algunos residentes de los edificios cercanos se quejaron del ruido de las fiestas de la cosecha y de los insectos. Después de varias reuniones, se acordó terminar las actividades antes de las diez de la noche.

«Lo mejor no son los tomates», dice Rosa, una de las fundadoras. «Lo mejor es que ahora conozco a mis vecinos. Antes nos cruzábamos en el ascensor sin saludarnos.»`,
);

const ingenioSociedadPlaneta: QuestionInput[] = [
  mcq({
    key: "p2-noticias-01",
    topic: "3.3",
    difficulty: 1,
    stem: sobre(T_NOTICIAS, "Según la encuesta, ¿cuál es la principal fuente de noticias de los alumnos?"),
    options: ["Los periódicos digitales.", "La radio.", "La televisión.", "Los vídeos cortos en redes sociales."],
    correct: "D",
    why: "D: «Siete de cada diez estudiantes… se informan sobre todo por vídeos cortos en redes sociales».",
    answer: "**D.** Siete de cada diez se informan sobre todo por vídeos cortos en redes sociales; solo uno de cada diez lee un periódico.",
  }),
  written({
    key: "p2-noticias-02",
    topic: "3.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "Justify",
    stem: sobre(
      T_NOTICIAS,
      "¿**Verdadero (V)** o **falso (F)**? Justifica tu respuesta con palabras del texto.\n\n(a) Los resultados de la encuesta reflejan la situación de todos los jóvenes del país.\n\n(b) La mayoría de los encuestados ha difundido alguna vez información sin verificarla.",
    ),
    points: [
      point("a", 1, "(a) F — «no son representativos de todo el país»", ["no son representativos"]),
      point("b", 1, "(b) V — «más de la mitad admitió haber compartido alguna vez una noticia sin comprobar si era cierta»", ["más de la mitad"]),
    ],
    answer:
      "(a) **F**: los resultados «no son representativos de todo el país». (b) **V**: «más de la mitad admitió haber compartido alguna vez una noticia sin comprobar si era cierta».",
  }),
  written({
    key: "p2-noticias-03",
    topic: "3.3",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(T_NOTICIAS, "Según la profesora Iglesias, ¿qué **tres** preguntas debemos hacernos ante una información?"),
    points: [
      point("p1", 1, "¿Quién lo ha hecho? / el autor", ["quién"]),
      point("p2", 1, "¿Con qué intención? / el propósito", ["intención"]),
      point("p3", 1, "¿Qué fuentes cita?", ["fuentes"]),
    ],
    answer: "Quién lo ha hecho (1), con qué intención (1) y qué fuentes cita (1).",
  }),
  written({
    key: "p2-noticias-04",
    topic: "3.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Outline",
    stem: sobre(T_NOTICIAS, "Resume lo que aprenderán los participantes en el taller. Indica **tres** habilidades."),
    points: [
      point("p1", 1, "Buscar el origen de una imagen", ["imagen", "origen"]),
      point("p2", 1, "Distinguir una opinión de un hecho", ["opinión", "hecho"]),
      point("p3", 1, "Contrastar una noticia con (al menos) dos medios diferentes", ["contrastar", "dos medios"]),
    ],
    answer: "Buscar el origen de una imagen; distinguir una opinión de un hecho; contrastar una noticia con al menos dos medios diferentes.",
  }),
  mcq({
    key: "p2-noticias-05",
    topic: "3.4",
    difficulty: 4,
    stem: sobre(T_NOTICIAS, "¿Qué opina la profesora Iglesias sobre los vídeos cortos?"),
    options: [
      "Que siempre difunden noticias falsas.",
      "Que deberían prohibirse en el instituto.",
      "Que su duración no determina si son fiables.",
      "Que son mejores que los periódicos.",
    ],
    correct: "C",
    why: "C: «el problema no es el formato»; «Un vídeo de un minuto puede ser riguroso».",
    answer:
      "**C.** Para ella «el problema no es el formato»: un vídeo de un minuto puede ser riguroso; lo que importa es quién lo hace, con qué intención y con qué fuentes.",
  }),
  mcq({
    key: "p2-voluntariado-01",
    topic: "4.3",
    difficulty: 2,
    stem: sobre(T_VOLUNTARIADO, "¿Qué hacen los alumnos en la residencia El Roble?"),
    options: [
      "Sirven la comida a los residentes.",
      "Organizan fiestas los martes por la noche.",
      "Enseñan a los mayores a hacer videollamadas y los entrevistan.",
      "Limpian el comedor después de clase.",
    ],
    correct: "C",
    why: "C: enseñan a los residentes a hacer videollamadas y ellos les cuentan cómo era el barrio (entrevistas para Historia).",
    answer:
      "**C.** Enseñan a los residentes a hacer videollamadas con sus nietos, y los mayores les cuentan cómo era el barrio (las entrevistas sirven para la asignatura de Historia).",
  }),
  written({
    key: "p2-voluntariado-02",
    topic: "4.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_VOLUNTARIADO, "Explica, con ejemplos del texto, por qué esta actividad es un proyecto de **aprendizaje-servicio**."),
    points: [
      point("p1", 1, "Los alumnos aprenden contenidos del currículo: las entrevistas sirven para Historia / preparan una exposición", [
        "Historia",
        "currículo",
      ]),
      point("p2", 1, "A la vez prestan un servicio a la comunidad: enseñan a los mayores a hacer videollamadas", ["videollamadas", "servicio"]),
    ],
    answer:
      "Combina aprendizaje y servicio: los alumnos aprenden Historia con las entrevistas y la exposición de fotos (1) y, al mismo tiempo, prestan un servicio a la comunidad enseñando a los mayores a hacer videollamadas (1).",
  }),
  written({
    key: "p2-voluntariado-03",
    topic: "4.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Identify",
    stem: sobre(T_VOLUNTARIADO, "Menciona **dos** inconvenientes del proyecto que aparecen en el texto."),
    points: [
      point("p1", 1, "Quita tiempo a la preparación de exámenes (según algunas familias)", ["exámenes"]),
      point("p2", 1, "No hay presupuesto para el transporte / los alumnos van andando o en autobús", ["transporte", "presupuesto"]),
    ],
    answer:
      "Algunas familias dicen que quita tiempo para preparar los exámenes (1); el instituto no tiene presupuesto para el transporte, así que los alumnos van andando o en autobús (1).",
  }),
  written({
    key: "p2-voluntariado-04",
    topic: "4.3",
    difficulty: 4,
    marks: 2,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_VOLUNTARIADO, "¿Qué demuestra el comentario del profesor sobre los sábados? ¿Qué quiere decir Carmen con «Salimos ganando todos»?"),
    points: [
      point("p1", 1, "Que la motivación de los alumnos ha cambiado: ya no van solo por obligación, sino por interés propio / voluntariamente", [
        "obligatorio",
        "por su cuenta",
        "voluntari",
      ]),
      point("p2", 1, "Que el intercambio beneficia a las dos partes: ella enseña historia y los jóvenes le enseñan tecnología (OWTTE)", [
        "los dos",
        "intercambio",
        "tableta",
      ]),
    ],
    answer:
      "Que algunos alumnos vayan los sábados por su cuenta muestra que ya no participan solo porque es obligatorio: se han implicado de verdad (1). Carmen quiere decir que todos se benefician: ella les enseña historia y ellos le enseñan a usar la tableta (1).",
  }),
  mcq({
    key: "p2-huerto-01",
    topic: "5.7",
    difficulty: 1,
    stem: sobre(T_HUERTO, "¿Qué había en el solar de la calle Olmo hace tres años?"),
    options: ["Un parque infantil.", "Un huerto abandonado.", "Un aparcamiento del ayuntamiento.", "Basura, hierbas secas y algún coche abandonado."],
    correct: "D",
    why: "D: «solo había basura, hierbas secas y algún coche abandonado».",
    answer: "**D.** El primer párrafo dice que solo había basura, hierbas secas y algún coche abandonado.",
  }),
  written({
    key: "p2-huerto-02",
    topic: "5.7",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "State",
    stem: sobre(T_HUERTO, "¿Qué se comprometieron a hacer los vecinos a cambio del terreno? Indica **dos** cosas."),
    points: [
      point("p1", 1, "Cuidar el terreno / el huerto", ["cuidar"]),
      point("p2", 1, "Abrirlo a los colegios de la zona (dos mañanas por semana)", ["colegios"]),
    ],
    answer: "Cuidar el terreno (1) y abrirlo a los colegios de la zona dos mañanas por semana (1).",
  }),
  written({
    key: "p2-huerto-03",
    topic: "5.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(T_HUERTO, "Identifica **tres** beneficios medioambientales del huerto mencionados en el texto."),
    points: [
      point("p1", 1, "El riego por goteo ahorra agua", ["goteo", "agua"]),
      point("p2", 1, "Los restos de las plantas se convierten en compost / menos basura en el contenedor", ["compost"]),
      point("p3", 1, "En verano la temperatura es más agradable que en las calles de asfalto", ["temperatura", "asfalto"]),
    ],
    answer:
      "Ahorra agua con el riego por goteo (1); convierte los restos en compost en vez de tirarlos al contenedor (1); en verano la esquina está más fresca que las calles de asfalto (1).",
  }),
  written({
    key: "p2-huerto-04",
    topic: "5.1",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Justify",
    stem: sobre(
      T_HUERTO,
      "¿**Verdadero (V)** o **falso (F)**? Justifica tu respuesta con palabras del texto.\n\n(a) Todos los vecinos de la zona están contentos con el huerto.\n\n(b) El conflicto se resolvió mediante el diálogo.",
    ),
    points: [
      point("a", 1, "(a) F — «Algunos residentes de los edificios cercanos se quejaron del ruido… y de los insectos»", ["se quejaron"]),
      point("b", 1, "(b) V — «Después de varias reuniones, se acordó terminar las actividades antes de las diez de la noche»", ["reuniones", "se acordó"]),
    ],
    answer:
      "(a) **F**: algunos residentes se quejaron del ruido y de los insectos. (b) **V**: después de varias reuniones se acordó terminar antes de las diez de la noche.",
  }),
  mcq({
    key: "p2-huerto-05",
    topic: "5.7",
    difficulty: 4,
    stem: sobre(T_HUERTO, "Según Rosa, ¿cuál es el principal logro del huerto?"),
    options: [
      "Producir verduras más baratas.",
      "Organizar fiestas de la cosecha.",
      "Haber ganado un premio del ayuntamiento.",
      "Haber creado relaciones entre los vecinos.",
    ],
    correct: "D",
    why: "D: «Lo mejor es que ahora conozco a mis vecinos».",
    answer: "**D.** Rosa dice que lo mejor no son los tomates sino que ahora conoce a sus vecinos; antes ni se saludaban en el ascensor.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Grammar and vocabulary in context (language for Paper 1, criterion A), tied to the themes
// ─────────────────────────────────────────────────────────────────────────────
const gramatica = (
  key: string,
  topic: string,
  difficulty: Difficulty,
  stem: string,
  options: string[],
  correct: Mcq["correct"],
  why: string,
  answer: string,
): QuestionInput =>
  mcq({
    key: `gr-${key}`,
    topic,
    difficulty,
    paper: "P1",
    term: "Identify",
    stem: `Elige la opción correcta. *(Choose the correct option.)*\n\n${stem}`,
    options,
    correct,
    why,
    answer,
  });

const lengua: QuestionInput[] = [
  gramatica(
    "creencias-01",
    "1.3",
    2,
    "«Para mí es fundamental que todas las personas ___ las mismas oportunidades.»",
    ["tienen", "tenían", "tendrán", "tengan"],
    "D",
    "D: «es fundamental que» + presente de subjuntivo (tengan).",
    "**D, tengan.** Las expresiones impersonales de valoración (*es fundamental / importante / necesario que…*) con un sujeto distinto exigen subjuntivo.",
  ),
  gramatica(
    "creencias-02",
    "1.3",
    3,
    "«No creo que la religión ___ un obstáculo para la convivencia.»",
    ["es", "sea", "será", "está"],
    "B",
    "B: «no creo que» + subjuntivo (sea).",
    "**B, sea.** *Creo que* va con indicativo, pero la forma negativa *no creo que* expresa duda y exige subjuntivo. *Estar* (D) no sirve para identificar o definir.",
  ),
  gramatica(
    "subculturas-01",
    "1.4",
    2,
    "«Mi hermano ___ muy aficionado al rap y ___ en un grupo desde hace dos años.»",
    ["es / está", "está / es", "es / es", "está / está"],
    "A",
    "A: *ser* aficionado (característica); *estar* en un grupo (ubicación/pertenencia).",
    "**A, es / está.** *Ser aficionado a* expresa una característica de la persona; *estar en* un grupo indica dónde está o a qué pertenece.",
  ),
  gramatica(
    "subculturas-02",
    "1.4",
    3,
    "En el texto «Los *skaters* del barrio forman una auténtica **tribu urbana**», la expresión *tribu urbana* significa:",
    [
      "Una asociación oficial de deportistas.",
      "Una familia numerosa que vive en la ciudad.",
      "Un barrio con muchos habitantes.",
      "Un grupo de jóvenes con una estética, unos gustos y unos valores compartidos.",
    ],
    "D",
    "D: grupo de jóvenes con estética, gustos y valores propios.",
    "**D.** Una *tribu urbana* es un grupo, sobre todo de jóvenes, que comparte una forma de vestir, unos gustos (música, deporte) y unos valores que lo distinguen.",
  ),
  gramatica(
    "ocio-01",
    "2.1",
    1,
    "«A mis amigos les ___ mucho los videojuegos de estrategia.»",
    ["gusta", "gustamos", "gustan", "gusto"],
    "C",
    "C: el sujeto es «los videojuegos» (plural) → gustan.",
    "**C, gustan.** Con *gustar* el verbo concuerda con lo que gusta (*los videojuegos*), no con la persona (*a mis amigos les*).",
  ),
  gramatica(
    "ritos-01",
    "2.4",
    2,
    "«Cuando mi prima ___ quince años, su familia le organizó una gran fiesta.»",
    ["cumplía", "cumplirá", "cumplió", "cumpla"],
    "C",
    "C: acción puntual y terminada en el pasado → pretérito indefinido (cumplió).",
    "**C, cumplió.** Es un hecho concreto y acabado en el pasado, narrado junto a otro (*organizó*), así que se usa el pretérito indefinido.",
  ),
  gramatica(
    "ritos-02",
    "2.4",
    3,
    "«Cuando ___ la mayoría de edad, podré votar por primera vez.»",
    ["cumplo", "cumpliré", "cumpla", "cumpliría"],
    "C",
    "C: *cuando* + acción futura → presente de subjuntivo (cumpla).",
    "**C, cumpla.** Tras *cuando* referido al futuro se usa subjuntivo, nunca futuro: *Cuando cumpla 18 años, podré votar*.",
  ),
  gramatica(
    "costumbres-01",
    "2.5",
    2,
    "«Durante las fiestas del pueblo, paseamos ___ las calles del casco antiguo y compramos dulces típicos ___ los más pequeños.»",
    ["para / para", "para / por", "por / por", "por / para"],
    "D",
    "D: *por las calles* (recorrido a través de un lugar) / *para los más pequeños* (destinatario).",
    "**D, por / para.** *Por* indica el recorrido a través de un lugar (*pasear por las calles*); *para* indica el destinatario (*dulces para los más pequeños*).",
  ),
  gramatica(
    "entretenimiento-01",
    "3.1",
    2,
    "«La serie ___ te hablé ayer ha ganado varios premios.»",
    ["que", "de la que", "la cual", "donde"],
    "B",
    "B: *hablar de* algo → la serie *de la que* te hablé.",
    "**B, de la que.** El verbo *hablar* rige la preposición *de*, que debe ir delante del relativo: *la serie de la que te hablé*.",
  ),
  gramatica(
    "entretenimiento-02",
    "3.1",
    2,
    "«Mañana es el ___ de la nueva película de la directora: la proyectan por primera vez en los cines.»",
    ["reparto", "estreno", "guion", "taquilla"],
    "B",
    "B: *estreno* = primera proyección pública.",
    "**B, estreno.** El *estreno* es la primera proyección pública; el *reparto* son los actores, el *guion* el texto y la *taquilla* el lugar donde se venden entradas (o la recaudación).",
  ),
  gramatica(
    "arte-01",
    "3.2",
    3,
    "«En el museo ___ obras de artistas jóvenes de toda Latinoamérica.»",
    ["se expone", "se exponen", "se expuso", "expone"],
    "B",
    "B: pasiva refleja que concuerda con «obras» (plural) → se exponen.",
    "**B, se exponen.** En la pasiva refleja el verbo concuerda con el sujeto paciente (*obras*, plural).",
  ),
  gramatica(
    "ciencia-01",
    "3.5",
    3,
    "«Si los científicos ___ una vacuna más barata, podrían vacunar a millones de personas más.»",
    ["desarrollan", "desarrollen", "desarrollaran", "desarrollarán"],
    "C",
    "C: condicional improbable: si + imperfecto de subjuntivo, + condicional.",
    "**C, desarrollaran.** La estructura *si + imperfecto de subjuntivo → condicional* (*podrían*) expresa una hipótesis. *Si* nunca va con presente de subjuntivo ni con futuro.",
  ),
  gramatica(
    "relaciones-01",
    "4.1",
    1,
    "«Me ___ muy bien con mi hermana pequeña: nunca discutimos.»",
    ["llevo", "llevan", "lleva", "llevamos"],
    "A",
    "A: *llevarse bien con* alguien; sujeto yo → me llevo.",
    "**A, llevo.** *Llevarse bien/mal con alguien* es pronominal; con *me* el sujeto es *yo*: *me llevo*.",
  ),
  gramatica(
    "relaciones-02",
    "4.1",
    2,
    "«Aunque mi mejor amigo se mudó a otra ciudad, nunca hemos ___ el contacto.»",
    ["perdido", "perdimos", "perder", "perdiendo"],
    "A",
    "A: pretérito perfecto (haber + participio) → hemos perdido.",
    "**A, perdido.** Tras *hemos* hace falta el participio: *hemos perdido*.",
  ),
  gramatica(
    "comunidad-01",
    "4.2",
    2,
    "Un cartel del ayuntamiento pide a los vecinos (usted): «Por favor, ___ la basura en el contenedor adecuado.»",
    ["tira", "tire", "tiráis", "tirar"],
    "B",
    "B: imperativo de cortesía (usted) → tire.",
    "**B, tire.** El imperativo de *usted* toma la forma del presente de subjuntivo: *tire, separe, recicle*.",
  ),
  gramatica(
    "trabajo-01",
    "4.5",
    2,
    "En una carta de solicitud de empleo, ¿cuál es la despedida más adecuada?",
    ["¡Chao, un beso!", "¡Hasta luego, tío!", "Atentamente,", "Besos y abrazos,"],
    "C",
    "C: *Atentamente* es la despedida formal estándar.",
    "**C, Atentamente.** En una carta formal se usa una despedida formal (*Atentamente*, *Un cordial saludo*); las otras son coloquiales.",
  ),
  gramatica(
    "ley-01",
    "4.6",
    2,
    "«El conductor tuvo que pagar una ___ de doscientos euros por aparcar en un paso de peatones.»",
    ["multa", "deuda", "propina", "beca"],
    "A",
    "A: *multa* = sanción económica.",
    "**A, multa.** Una *multa* es la sanción económica por infringir una norma; una *propina* se da voluntariamente por un servicio y una *beca* es una ayuda para estudiar.",
  ),
  gramatica(
    "ley-02",
    "4.6",
    3,
    "«El ladrón ___ detenido por la policía la semana pasada.»",
    ["ha sido", "era", "estuvo", "fue"],
    "D",
    "D: voz pasiva con *ser*, acción puntual pasada → fue detenido.",
    "**D, fue.** La voz pasiva se forma con *ser* + participio; con un marcador de tiempo terminado (*la semana pasada*) se usa el indefinido.",
  ),
  gramatica(
    "derechos-01",
    "5.2",
    3,
    "«La ONG reparte material escolar para que todos los niños ___ ir a la escuela.»",
    ["pueden", "podían", "podrán", "puedan"],
    "D",
    "D: *para que* + subjuntivo → puedan.",
    "**D, puedan.** *Para que* expresa finalidad y siempre va seguido de subjuntivo.",
  ),
  gramatica(
    "paz-01",
    "5.3",
    2,
    "«Después de años de guerra, los dos países firmaron un ___ de paz.»",
    ["acuerdo", "acuerda", "recuerdo", "desacuerdo"],
    "A",
    "A: *acuerdo de paz*.",
    "**A, acuerdo.** Un *acuerdo (o tratado) de paz* pone fin a un conflicto; *desacuerdo* significa lo contrario y *recuerdo* es una memoria.",
  ),
  gramatica(
    "paz-02",
    "5.3",
    4,
    "«___ las negociaciones fueron difíciles, al final se alcanzó un alto el fuego.»",
    ["Aunque", "Porque", "Sino", "Para que"],
    "A",
    "A: *aunque* introduce una concesión.",
    "**A, Aunque.** La frase opone una dificultad y un resultado positivo: es una concesión. *Porque* expresaría causa, *sino* corrige una negación y *para que* expresa finalidad.",
  ),
  gramatica(
    "igualdad-01",
    "5.4",
    3,
    "«El problema no es la falta de talento, ___ la falta de oportunidades.»",
    ["pero", "sin", "si no", "sino"],
    "D",
    "D: tras una negación, *sino* introduce la idea que sustituye a la negada.",
    "**D, sino.** *No es A, sino B*: *sino* corrige la primera parte negativa. *Si no* (separado) es condicional.",
  ),
  gramatica(
    "globalizacion-01",
    "5.5",
    3,
    "«Muchas empresas trasladan sus fábricas a países donde los salarios son más bajos.» ¿Qué palabra describe este fenómeno?",
    ["deslocalización", "urbanización", "emigración", "privatización"],
    "A",
    "A: *deslocalización* = traslado de la producción a otro país.",
    "**A, deslocalización.** Es el traslado de la producción de una empresa a otro país, normalmente para reducir costes.",
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 1 writing tasks (SL and HL; the word range depends on the level)
// ─────────────────────────────────────────────────────────────────────────────
const escritura: QuestionInput[] = [
  tarea({
    key: "p1-estres-examenes",
    topic: "1.2",
    difficulty: 3,
    term: "Recommend",
    tema: "Identidades: salud y bienestar",
    tarea:
      "Se acercan los exámenes y muchos alumnos de tu instituto se sienten estresados. Como miembro del consejo de estudiantes, escribe un **folleto** para tus compañeros con consejos prácticos para cuidar su salud física y mental durante este periodo.",
    tipo: "folleto",
    message:
      "consejos concretos y variados (sueño, alimentación, ejercicio, organización del estudio, pedir ayuda), explicados y justificados, con información práctica (a quién acudir, dónde).",
    concept:
      "folleto dirigido a compañeros: título llamativo, subtítulos o secciones, registro informal pero respetuoso (tú/vosotros), tono animado y tranquilizador, imperativos, datos de contacto.",
    model: `**¿EXÁMENES? ¡QUE NO TE PUEDA EL ESTRÉS!**
*Guía del Consejo de Estudiantes del Instituto Miguel Hernández*

Sentir nervios antes de un examen es normal: un poco de tensión incluso te ayuda a concentrarte. El problema aparece cuando el estrés no te deja dormir, comer ni pensar con claridad. Aquí tienes nuestros consejos.

**1. Duerme, no es perder el tiempo**
Estudiar hasta las tres de la mañana parece heroico, pero tu memoria necesita el sueño para guardar lo que has aprendido. Intenta dormir entre ocho y nueve horas y deja el móvil fuera de la habitación.

**2. Come bien y bebe agua**
Evita vivir de bebidas energéticas y bollería. Desayuna algo completo y ten siempre una botella de agua en la mesa.

**3. Muévete**
Veinte minutos de paseo o de bicicleta despejan la mente más que una hora mirando los apuntes sin entender nada. ¡Tu cerebro también lo agradecerá!

**4. Organízate**
Haz un calendario realista: divide cada asignatura en partes pequeñas y tacha lo que vayas terminando. Verás que avanzas y te sentirás mucho más tranquilo.

**5. No te quedes callado**
Si la ansiedad no te deja vivir, habla con alguien: tus amigos, tu familia o tu tutor. Recuerda que la orientadora del instituto atiende en su despacho (planta baja) todos los días durante el recreo. Pedir ayuda no es de débiles, es de inteligentes.

**Y recuerda:** un examen mide lo que sabes un día concreto, no lo que vales como persona.

*¿Tienes dudas o ideas? Escríbenos al buzón del consejo, junto a la cafetería. ¡Mucho ánimo!*`,
  }),
  tarea({
    key: "p1-festival-blog",
    topic: "2.1",
    difficulty: 2,
    term: "Describe",
    tema: "Experiencias: actividades de ocio",
    tarea:
      "Acabas de pasar un fin de semana en un festival de música con tus amigos. Escribe una **entrada de blog** en la que cuentes tu experiencia (lo bueno y lo malo) y digas si recomendarías el festival a tus lectores.",
    tipo: "entrada de blog",
    message: "narración de la experiencia con detalles (viaje, conciertos, ambiente, problemas), valoración personal equilibrada y recomendación justificada.",
    concept: "blog personal: título, fecha, registro informal, se dirige a los lectores, tono personal y expresivo, invita a comentar.",
    model: `**Tres días, cuatro amigos y una tienda de campaña: mi experiencia en el Festival Sonidos del Sur**
*Publicado el lunes 14 de julio*

¡Hola a todos! Ya estoy de vuelta en casa, con la voz rota y los pies destrozados, pero muy feliz. Os prometí que os contaría cómo fue el festival y aquí lo tenéis.

Salimos el viernes por la mañana en el coche del hermano de Pablo. El viaje fue largo, pero con música y bocadillos se nos pasó volando. Al llegar, el primer problema: montar la tienda de campaña. Nos costó casi una hora, porque nadie había leído las instrucciones. ¡Menos mal que unos chicos de Valencia nos ayudaron!

Los conciertos fueron increíbles. El viernes por la noche tocó mi grupo favorito y, cuando sonó su canción más famosa, todo el público cantó a la vez. Fue uno de los momentos más emocionantes de mi vida. El sábado descubrimos a una cantante mexicana que no conocía y ahora no paro de escucharla.

Pero no todo fue perfecto. La comida era carísima y las colas para las duchas eran interminables. Además, el domingo llovió y el camping se convirtió en un barrizal.

¿Os lo recomiendo? Sí, sin duda, aunque con algunos consejos: llevad comida de casa, unas botas de agua y mucha paciencia. Lo mejor del festival no fue solo la música, sino el ambiente: conocimos a gente de todas partes y nadie se sintió fuera de lugar.

¿Habéis ido alguna vez a un festival? ¡Contadme vuestra experiencia en los comentarios!`,
  }),
  tarea({
    key: "p1-fiesta-tradicional",
    topic: "2.5",
    difficulty: 3,
    term: "Describe",
    tema: "Experiencias: costumbres y tradiciones",
    tarea:
      "La revista de tu instituto prepara un número especial sobre tradiciones. Escribe un **artículo** en el que describas una fiesta o tradición de tu comunidad, expliques su origen o su significado y comentes si los jóvenes siguen participando en ella.",
    tipo: "artículo",
    message:
      "descripción clara de la tradición (cuándo, dónde, qué se hace), su significado para la comunidad y una reflexión sobre su futuro o la participación de los jóvenes.",
    concept:
      "artículo de revista escolar: título y, si procede, subtítulo; párrafos organizados; registro semiformal; tono informativo con opinión del autor; dirigido a los alumnos del instituto.",
    model: `**La noche de los farolillos: una tradición que no se apaga**
*Por Andrea Molina, 1.º de Bachillerato*

Cada año, la última noche de septiembre, las calles de nuestro pueblo se quedan a oscuras. No es un apagón: es el comienzo de la Noche de los Farolillos, la fiesta más querida por mis vecinos. *(Fiesta inventada para este ejercicio.)*

**¿En qué consiste?**
Durante las semanas anteriores, las familias fabrican farolillos de papel de colores con una vela en su interior. Esa noche, a las nueve, el ayuntamiento apaga el alumbrado público y todo el pueblo recorre en procesión el camino que lleva desde la plaza hasta el río. Allí, mientras una banda toca, se cuelgan los farolillos en los árboles.

**Un poco de historia**
Según cuentan los mayores, la tradición nació para dar las gracias por el final de la cosecha. Los campesinos volvían del campo de noche y sus familias salían a buscarlos con luces. Hoy casi nadie trabaja en el campo, pero la fiesta sigue siendo una forma de recordar de dónde venimos.

**¿Y los jóvenes?**
Hace unos años parecía que la tradición iba a desaparecer, porque muchos jóvenes preferían quedarse en casa o irse a la ciudad. Sin embargo, la asociación juvenil tuvo una gran idea: organizar talleres de farolillos en el instituto y un concurso de diseños. Desde entonces, la participación ha aumentado y los farolillos son cada vez más originales.

En mi opinión, las tradiciones no deben quedarse congeladas. Si se adaptan a los nuevos tiempos sin perder su esencia, como nuestra Noche de los Farolillos, seguirán iluminando nuestras calles durante muchos años.`,
  }),
  tarea({
    key: "p1-resena-exposicion",
    topic: "3.2",
    difficulty: 4,
    term: "Evaluate",
    tema: "Ingenio humano: expresiones artísticas",
    tarea:
      "Has visitado una exposición de arte urbano (grafitis, murales, fotografía) en tu ciudad. Escribe una **reseña** para la sección cultural de un periódico digital juvenil en la que describas la exposición y valores sus puntos fuertes y débiles.",
    tipo: "reseña",
    message:
      "descripción de la exposición (lugar, obras, artistas, organización), valoración argumentada de aspectos positivos y negativos, recomendación final.",
    concept:
      "reseña: título, datos prácticos (lugar, fechas, precio), registro semiformal, tono crítico y persuasivo, opinión clara, dirigida a lectores jóvenes.",
    model: `**«Muros que hablan»: el arte de la calle entra en el museo**
*Sala Las Naves (exposición inventada para este ejercicio). Hasta el 30 de mayo. Entrada: cinco euros; gratis para estudiantes.*

¿Puede un grafiti colgar de la pared de un museo sin perder su fuerza? Esa es la pregunta que plantea «Muros que hablan», una exposición que reúne el trabajo de doce artistas urbanos de España y Latinoamérica.

La muestra se organiza en tres salas. La primera, dedicada a los orígenes, presenta fotografías de muros pintados en los años ochenta y noventa. La segunda, la más espectacular, contiene murales de gran tamaño pintados directamente sobre las paredes del museo para la ocasión. La tercera invita al público a participar: hay una pared blanca en la que cualquiera puede dejar su mensaje.

Lo mejor de la exposición es, sin duda, su variedad. Hay obras divertidas, llenas de color, pero también otras que denuncian problemas sociales como la falta de vivienda o la contaminación de los ríos. Además, los textos explicativos son breves y claros, y cada obra tiene un código que permite escuchar al artista hablando de su trabajo.

Sin embargo, la exposición tiene algunos puntos débiles. La iluminación de la primera sala es demasiado tenue y cuesta ver los detalles de las fotografías. Por otro lado, me pregunto si el arte urbano no pierde parte de su sentido cuando se encierra en un edificio y se cobra entrada para verlo.

A pesar de estas críticas, recomiendo la visita, especialmente a quienes piensan que un grafiti es solo una mancha en la pared. Saldrán mirando su ciudad con otros ojos.

**Valoración: ★★★★☆**`,
  }),
  tarea({
    key: "p1-solicitud-empleo",
    topic: "4.5",
    difficulty: 3,
    term: "Justify",
    tema: "Organización social: el mundo laboral",
    tarea:
      "Has visto un anuncio: un campamento de verano busca monitores de 17 a 20 años para trabajar con niños durante el mes de julio. Escribe una **carta formal** (o correo electrónico formal) a la directora del campamento para solicitar el puesto y explicar por qué eres un buen candidato.",
    tipo: "carta formal",
    message:
      "motivo de la carta, experiencia y cualidades personales relacionadas con el puesto, disponibilidad, petición de entrevista; todo justificado con ejemplos.",
    concept:
      "carta formal: lugar y fecha, saludo formal (Estimada señora…), tratamiento de usted, párrafos claros, despedida formal (Atentamente), firma; tono cortés y seguro.",
    model: `Sevilla, 3 de mayo de 2026

Campamento Los Pinos *(campamento inventado para este ejercicio)*
A la atención de la directora, Sra. Elena Castro

Estimada señora Castro:

Me dirijo a usted para solicitar el puesto de monitor que su campamento anuncia en la página web del ayuntamiento para el próximo mes de julio.

Me llamo Javier Romero, tengo diecisiete años y estudio primero de Bachillerato Internacional en el Instituto Bécquer. Creo que reúno las cualidades necesarias para el puesto por varias razones.

En primer lugar, tengo experiencia con niños. Desde hace dos años ayudo como entrenador voluntario en el equipo infantil de baloncesto de mi barrio, con niños de entre ocho y once años. Esta experiencia me ha enseñado a ser paciente, a organizar actividades y a resolver pequeños conflictos.

En segundo lugar, me encantan las actividades al aire libre. Soy miembro de un club de senderismo y tengo un certificado de primeros auxilios que obtuve el año pasado en la Cruz Roja.

Además, en el programa del Bachillerato Internacional participo en proyectos de Creatividad, Actividad y Servicio, lo que me ha ayudado a trabajar en equipo y a asumir responsabilidades. Hablo español e inglés con fluidez, algo que podría ser útil si hay niños de otros países.

Estoy disponible durante todo el mes de julio. Le adjunto mi currículum y una carta de recomendación de mi entrenador. Quedo a su disposición para una entrevista, en persona o por videollamada, cuando a usted le venga bien.

Agradeciéndole de antemano su atención, le saluda atentamente,

Javier Romero`,
  }),
  tarea({
    key: "p1-discurso-centro-juvenil",
    topic: "4.2",
    difficulty: 4,
    term: "Justify",
    tema: "Organización social: la comunidad",
    tarea:
      "En tu barrio no hay ningún espacio para los jóvenes. Vas a hablar en el pleno del ayuntamiento en nombre de una asociación juvenil. Escribe el **discurso** en el que propones la creación de un centro juvenil y respondes a las posibles objeciones.",
    tipo: "discurso",
    message:
      "presentación del problema, propuesta concreta (qué, dónde, actividades), beneficios para los jóvenes y el barrio, respuesta a objeciones (coste, ruido), llamada a la acción.",
    concept:
      "discurso: saludo a la audiencia (Señora alcaldesa, señores concejales…), presentación del orador, recursos retóricos (preguntas, repeticiones), registro formal, cierre y agradecimiento.",
    model: `Señora alcaldesa, señoras y señores concejales, vecinos:

Buenas tardes. Me llamo Irene Sánchez, tengo dieciocho años y hablo en nombre de la Asociación Juvenil Barrio Vivo. Gracias por permitirnos intervenir hoy.

Les voy a hacer una pregunta: ¿dónde pasan la tarde los jóvenes de este barrio? La respuesta es sencilla: en la calle, en los bancos del parque o encerrados en casa con el móvil. No es que no queramos hacer nada; es que no tenemos dónde hacerlo. En nuestro barrio viven más de dos mil jóvenes y no existe ni un solo espacio pensado para nosotros.

Por eso proponemos convertir el antiguo mercado de la plaza, cerrado desde hace años, en un centro juvenil. Allí podría haber una sala de estudio con wifi, un local de ensayo para grupos de música, talleres de teatro y un pequeño espacio para exposiciones. Las actividades las organizaríamos los propios jóvenes, con la ayuda de un educador social.

Sé que algunos vecinos tienen dudas. Dirán que cuesta demasiado dinero. Sin embargo, el edificio ya es municipal, y nosotros mismos nos ofrecemos para pintarlo y limpiarlo. Otros temen el ruido. Les proponemos un horario razonable y una sala insonorizada para la música.

Piénsenlo bien: un centro juvenil no es un gasto, es una inversión. Un joven que tiene un lugar donde aprender, crear y sentirse escuchado es un joven que cuida su barrio.

Por todo ello, les pedimos que voten a favor de esta propuesta. El barrio lo necesita, y nosotros estamos preparados para ayudar.

Muchas gracias por su atención.`,
  }),
  tarea({
    key: "p1-opinion-igualdad-deporte",
    topic: "5.4",
    difficulty: 4,
    term: "Discuss",
    tema: "Compartir el planeta: la igualdad",
    tarea:
      "En los medios de comunicación el deporte femenino recibe mucha menos atención que el masculino. Escribe un **artículo de opinión** para un periódico digital en el que expongas tu punto de vista sobre esta desigualdad y propongas soluciones.",
    tipo: "artículo de opinión",
    message:
      "tesis clara, argumentos desarrollados con ejemplos (visibilidad, patrocinios, modelos para las niñas), reconocimiento de argumentos contrarios y propuestas concretas.",
    concept:
      "artículo de opinión: título, autor, registro formal o semiformal, tono argumentativo y persuasivo, conectores de argumentación, conclusión firme; dirigido al público general.",
    model: `**Si no se ve, no existe**
*Por Lucía Herrero, estudiante*

El fin de semana pasado, el equipo femenino de fútbol de mi ciudad ganó una final regional. Al día siguiente busqué la noticia en la prensa local: dos líneas en la última página, sin foto. En cambio, el empate del equipo masculino ocupaba tres páginas. Esta diferencia no es una casualidad: es un ejemplo de una desigualdad que todavía está muy presente en el deporte.

El primer problema es la visibilidad. Si las competiciones femeninas no aparecen en la televisión ni en los periódicos, el público no las conoce, y si no las conoce, no va a verlas. Es un círculo vicioso.

El segundo problema es económico. Con menos audiencia llegan menos patrocinadores, y con menos dinero muchas deportistas tienen que combinar los entrenamientos con otro trabajo. ¿Cómo se puede competir al máximo nivel en esas condiciones?

Algunos dicen que los medios solo ofrecen lo que el público pide. Sin embargo, el público también aprende a querer lo que ve. Cuando algunos grandes partidos femeninos se han emitido en horario de máxima audiencia, los estadios y las pantallas se han llenado.

¿Qué podemos hacer? Primero, los medios públicos deberían garantizar un espacio equilibrado para el deporte femenino. Segundo, las empresas podrían apostar por patrocinar a deportistas mujeres. Y, por último, nosotros, los aficionados, podemos ir a los partidos y compartir sus logros.

Las niñas necesitan ver a mujeres que triunfan en el deporte para creer que ellas también pueden hacerlo. Porque, en el deporte como en la vida, lo que no se ve, no existe.`,
  }),
  tarea({
    key: "p1-discurso-educacion",
    topic: "5.2",
    difficulty: 3,
    term: "Discuss",
    tema: "Compartir el planeta: los derechos humanos",
    tarea:
      "Tu instituto organiza una jornada solidaria para recaudar fondos para una ONG que construye escuelas. Escribe el **discurso** que vas a pronunciar ante tus compañeros para explicar por qué la educación es un derecho humano y animarlos a participar.",
    tipo: "discurso",
    message:
      "explicación de la educación como derecho, consecuencias de no tener acceso a ella, presentación de la actividad solidaria y llamada a participar.",
    concept: "discurso ante compañeros: saludo, registro semiformal, recursos retóricos (preguntas, enumeraciones), tono motivador, despedida.",
    model: `¡Buenos días a todos! Gracias, señor director, y gracias a vosotros por escucharme.

Hoy quiero empezar con una pregunta: ¿qué habéis hecho esta mañana antes de venir? Seguramente os habéis quejado de madrugar, de tener examen o de la mochila, que pesa demasiado. Yo también lo hago. Pero pensad por un momento en los millones de niños y niñas en el mundo que no pueden ir a la escuela. Para ellos, nuestra rutina sería un sueño.

La educación no es un privilegio ni un regalo: es un derecho humano. La Declaración Universal de Derechos Humanos de 1948 reconoce que toda persona tiene derecho a la educación. ¿Por qué es tan importante? Porque saber leer y escribir permite conseguir un trabajo digno, defender tus derechos, cuidar tu salud y participar en la sociedad. Sin educación, la pobreza pasa de padres a hijos.

Por eso, el viernes celebramos la Jornada Solidaria. Habrá un mercadillo de libros de segunda mano, un torneo de baloncesto entre profesores y alumnos y un concierto del grupo de música del instituto. Todo lo que recaudemos irá a una ONG local que construye y equipa escuelas en zonas rurales. *(ONG hipotética.)*

Quizás penséis que un euro no cambia nada. Os equivocáis: muchos euros juntos compran pupitres, libros y pizarras. Cada entrada, cada libro, cada canasta cuenta.

Así que os pido tres cosas: venid, traed a vuestras familias y contadlo en vuestras redes. Demostremos que nuestro instituto cree que aprender es un derecho de todos.

¡Muchas gracias y nos vemos el viernes!`,
  }),
  tarea({
    key: "p1-diario-intercambio",
    topic: "2.2",
    difficulty: 2,
    term: "Describe",
    tema: "Experiencias: vacaciones y viajes",
    tarea:
      "Estás de intercambio escolar en un país hispanohablante. Después de tu primera semana, escribes en tu **diario** lo que has hecho, cómo te sientes y qué diferencias has notado respecto a tu país.",
    tipo: "diario personal",
    message:
      "relato de actividades concretas, expresión de sentimientos (sorpresa, nostalgia, entusiasmo), comparación cultural con ejemplos, planes para las próximas semanas.",
    concept:
      "diario: fecha, saludo al diario (opcional), primera persona, registro informal e íntimo, tono reflexivo y espontáneo, exclamaciones y preguntas retóricas.",
    model: `**Domingo, 12 de octubre**

Querido diario:

Ya ha pasado una semana desde que llegué a Salamanca y parece que llevo aquí un mes. ¡Han pasado tantas cosas!

La familia de Clara, mi compañera de intercambio, es encantadora. Su madre cocina de maravilla y su hermano pequeño no para de hacerme preguntas sobre mi país. El primer día me costó mucho entenderlos: hablan rapidísimo y usan expresiones que nunca había estudiado en clase. Pero poco a poco me voy acostumbrando.

Lo que más me ha sorprendido son los horarios. Aquí se come a las dos y media y se cena a las nueve y media o a las diez. El martes tenía tanta hambre a las siete que me comí un paquete entero de galletas. ¡Qué vergüenza cuando la madre de Clara lo descubrió! Por suerte, se rio y me explicó que aquí se merienda por la tarde para aguantar hasta la cena.

En el instituto todo es diferente también. Los alumnos llaman a los profesores por su nombre y los tutean, algo impensable en mi colegio. Las clases me parecen más ruidosas, pero también más animadas.

El jueves fuimos de excursión a la Plaza Mayor por la noche. Estaba iluminada y llena de gente de todas las edades, incluso familias con bebés a las once. Me encantó ese ambiente: la vida se hace en la calle.

Eso sí, echo de menos a mis padres y a mi perro. Anoche lloré un poco mientras hablaba con ellos por videollamada.

La próxima semana vamos a visitar un pueblo de la sierra. ¡Tengo muchas ganas! Mañana te cuento más.`,
  }),
];

const lenguaExtra: QuestionInput[] = [
  gramatica(
    "ciencia-02",
    "3.5",
    2,
    "«Gracias a un nuevo ___, los investigadores han conseguido detectar la enfermedad mucho antes.»",
    ["hallazgo", "hallado", "hallar", "hallaron"],
    "A",
    "A: hace falta un sustantivo tras «un nuevo» → hallazgo (descubrimiento).",
    "**A, hallazgo.** Después de *un nuevo* se necesita un sustantivo; *hallazgo* significa *descubrimiento*. Las demás opciones son formas verbales.",
  ),
  gramatica(
    "globalizacion-02",
    "5.5",
    2,
    "«Hoy en día los productos viajan ___ que nunca: una camiseta puede recorrer tres continentes antes de llegar a la tienda.»",
    ["más lejos", "tan lejos", "tanto lejos", "lejos más"],
    "A",
    "A: comparativo de superioridad *más + adverbio + que* → viajan más lejos que nunca.",
    "**A, más lejos.** El comparativo de superioridad es *más + adjetivo/adverbio + que*. *Tan lejos* exige *como*, *tanto lejos* no existe (delante de un adverbio se usa *tan*) y *lejos más* tiene el orden equivocado.",
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL only: a longer, more abstract reading text, advanced grammar, writing at HL length and literature
// ─────────────────────────────────────────────────────────────────────────────
const T_ALGORITMO = texto(
  "¿Puede una máquina ser justa?",
  "Columna de opinión de un diario digital",
  `La semana pasada, la Fundación Horizonte anunció que, a partir del próximo curso, sus becas universitarias no las concederá un comité de profesores, sino un programa informático. El algoritmo analizará las notas, los ingresos familiares y las actividades extraescolares de cada candidato y elaborará una lista ordenada en cuestión de segundos.

Los defensores de la medida sostienen que la máquina no tiene prejuicios: no se deja impresionar por un apellido conocido ni por una carta de recomendación bien escrita. Además, subrayan que el proceso será más rápido y más barato, y que el dinero ahorrado se destinará a financiar más becas.

Sin embargo, conviene no confundir la rapidez con la justicia. Un algoritmo aprende de los datos del pasado, y si en el pasado se premió a quienes podían pagarse clases de música o viajes al extranjero, el programa seguirá premiándolos. Dicho de otro modo: la máquina no elimina los prejuicios, los esconde detrás de una apariencia de neutralidad.

Tampoco está claro quién rendirá cuentas si el sistema se equivoca. Un estudiante rechazado por un comité puede pedir explicaciones; uno rechazado por un programa se encontrará, con toda probabilidad, ante una pantalla que no responde.

No se trata de rechazar la tecnología, que puede ser una herramienta valiosa para ordenar miles de solicitudes. Se trata de exigir que sus criterios sean públicos, que un equipo humano revise las decisiones y que nadie pierda una oportunidad sin saber por qué. Si la fundación quisiera de verdad ser justa, empezaría por ahí.`,
);

const nivelSuperior: QuestionInput[] = [
  mcq({
    key: "hl-p2-algoritmo-01",
    levels: HL,
    topic: "5.6",
    difficulty: 3,
    stem: sobre(T_ALGORITMO, "Según el primer párrafo, ¿qué cambio ha anunciado la Fundación Horizonte?"),
    options: [
      "Que concederá más becas que el año anterior.",
      "Que un programa informático sustituirá al comité que elegía a los becarios.",
      "Que los profesores revisarán las decisiones del algoritmo.",
      "Que solo darán becas a estudiantes con ingresos bajos.",
    ],
    correct: "B",
    why: "B: las becas «no las concederá un comité de profesores, sino un programa informático».",
    answer: "**B.** El comité de profesores será sustituido por un programa informático. C es lo que propone el autor, no lo que ha anunciado la fundación.",
  }),
  written({
    key: "hl-p2-algoritmo-02",
    levels: HL,
    topic: "5.6",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(T_ALGORITMO, "Identifica **tres** argumentos de los defensores del algoritmo."),
    points: [
      point("p1", 1, "La máquina no tiene prejuicios / no se deja impresionar por un apellido o una carta de recomendación", ["prejuicios", "apellido"]),
      point("p2", 1, "El proceso será más rápido", ["rápido"]),
      point("p3", 1, "Será más barato / el dinero ahorrado financiará más becas", ["barato", "más becas"]),
    ],
    answer:
      "No tiene prejuicios (no le impresiona un apellido ni una carta bien escrita) (1); es más rápido (1); es más barato y lo ahorrado pagará más becas (1).",
  }),
  written({
    key: "hl-p2-algoritmo-03",
    levels: HL,
    topic: "5.6",
    difficulty: 5,
    marks: 3,
    paper: "P2",
    term: "Explain",
    stem: sobre(T_ALGORITMO, "Explica con tus propias palabras por qué, según el autor, el algoritmo «no elimina los prejuicios, los esconde»."),
    points: [
      point("p1", 1, "El algoritmo aprende de datos del pasado / de decisiones anteriores", ["pasado", "datos"]),
      point("p2", 1, "Si antes se favorecía a los que tenían más recursos (clases de música, viajes), el programa reproduce ese favoritismo", [
        "reproduce",
        "recursos",
        "música",
        "viajes",
      ]),
      point("p3", 1, "Pero como es una máquina parece neutral/objetiva, así que la injusticia es más difícil de ver (OWTTE)", ["neutral", "apariencia"]),
    ],
    answer:
      "El programa aprende de las decisiones del pasado (1). Si entonces se premiaba a quienes podían pagar actividades como clases de música o viajes, el algoritmo repetirá esa ventaja de los más ricos (1). Como parece una herramienta neutral, la injusticia queda oculta y es más difícil denunciarla (1).",
  }),
  written({
    key: "hl-p2-algoritmo-04",
    levels: HL,
    topic: "5.6",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    term: "Identify",
    stem: sobre(
      T_ALGORITMO,
      "Busca en el texto las palabras o expresiones que significan:\n\n(a) otorgará / dará (párrafo 1)\n\n(b) afirman / defienden (párrafo 2)\n\n(c) responderá de sus actos / asumirá la responsabilidad (párrafo 4)",
    ),
    points: [
      point("a", 1, "(a) concederá", ["concederá"]),
      point("b", 1, "(b) sostienen", ["sostienen"]),
      point("c", 1, "(c) rendirá cuentas", ["rendirá cuentas"]),
    ],
    answer: "(a) *concederá*; (b) *sostienen*; (c) *rendirá cuentas*.",
  }),
  mcq({
    key: "hl-p2-algoritmo-05",
    levels: HL,
    topic: "5.6",
    difficulty: 4,
    stem: sobre(T_ALGORITMO, "¿Cuál es la postura final del autor?"),
    options: [
      "Rechaza por completo el uso de la tecnología en las becas.",
      "Cree que el comité de profesores era más rápido.",
      "Acepta el algoritmo si sus criterios son públicos y las decisiones las revisan personas.",
      "Piensa que la fundación ya es totalmente justa.",
    ],
    correct: "C",
    why: "C: «No se trata de rechazar la tecnología… Se trata de exigir que sus criterios sean públicos, que un equipo humano revise las decisiones».",
    answer:
      "**C.** El autor no rechaza la tecnología, pero exige transparencia (criterios públicos), revisión humana y que nadie pierda una oportunidad sin saber por qué.",
  }),
  gramatica(
    "hl-etica-01",
    "5.6",
    4,
    "«Si la fundación ___ los criterios desde el principio, no habría habido tantas quejas.»",
    ["publicara", "hubiera publicado", "habría publicado", "ha publicado"],
    "B",
    "B: hipótesis irreal en el pasado: si + pluscuamperfecto de subjuntivo → condicional compuesto.",
    "**B, hubiera publicado.** Para una condición que no se cumplió en el pasado: *si + pluscuamperfecto de subjuntivo (hubiera publicado) → condicional compuesto (habría habido)*. El condicional (C) nunca va detrás de *si* condicional.",
  ),
  gramatica(
    "hl-etica-02",
    "5.6",
    4,
    "«El comité exigió que la empresa ___ a todos los candidatos rechazados.»",
    ["informa", "informe", "informará", "informara"],
    "D",
    "D: verbo principal en pasado (exigió) → imperfecto de subjuntivo (informara).",
    "**D, informara.** Con un verbo de influencia en pasado (*exigió que*), la subordinada va en imperfecto de subjuntivo (concordancia de tiempos).",
  ),
  gramatica(
    "hl-identidad-01",
    "1.3",
    5,
    "«Por mucho que ___, no me convencerás de que el fin justifica los medios.»",
    ["insistas", "insistes", "insistirás", "insistiendo"],
    "A",
    "A: *por mucho que* (concesiva con valor hipotético) + subjuntivo → insistas.",
    "**A, insistas.** *Por mucho que* introduce una concesión; cuando el hecho es hipotético o no importa si ocurre, va con subjuntivo: *por mucho que insistas*.",
  ),
  gramatica(
    "hl-medios-01",
    "3.3",
    5,
    "«Ojalá los periodistas ___ más tiempo para comprobar las noticias; así habría menos bulos.»",
    ["tuvieran", "tienen", "tendrían", "tendrán"],
    "A",
    "A: *ojalá* + imperfecto de subjuntivo para un deseo poco probable en el presente → tuvieran.",
    "**A, tuvieran.** *Ojalá* va siempre con subjuntivo; el imperfecto (*tuvieran*) expresa un deseo difícil o irreal en el presente. La consecuencia va en condicional (*habría*).",
  ),
  tarea({
    key: "hl-p1-ensayo-inteligencia-artificial",
    levels: HL,
    topic: "3.4",
    difficulty: 5,
    term: "To what extent",
    tema: "Ingenio humano: la tecnología",
    tarea:
      "Tu profesor de Teoría del Conocimiento ha pedido a la clase un texto sobre el uso de la inteligencia artificial en los estudios. Escribe un **ensayo** en el que analices hasta qué punto las herramientas de inteligencia artificial ayudan o perjudican el aprendizaje de los estudiantes.",
    tipo: "ensayo",
    message:
      "introducción con la pregunta planteada, argumentos a favor y en contra desarrollados con ejemplos, matices (depende del uso), conclusión razonada que responde a «hasta qué punto».",
    concept:
      "ensayo: título, introducción, desarrollo y conclusión; registro formal e impersonal; tono analítico y equilibrado; conectores de argumentación; dirigido a un profesor.",
    model: `**La inteligencia artificial en el aula: ¿muleta o trampolín?**

Hace solo unos años, la mayor preocupación de los profesores era que los alumnos copiaran los deberes de internet. Hoy, un estudiante puede pedir a una herramienta de inteligencia artificial que le escriba una redacción, le resuelva un problema o le resuma un libro en pocos segundos. Esta posibilidad ha abierto un intenso debate: ¿estamos ante una herramienta que potencia el aprendizaje o ante una tentación que lo vacía de sentido? En este ensayo se defenderá que la respuesta depende, sobre todo, del uso que se haga de ella.

En primer lugar, es innegable que la inteligencia artificial ofrece ventajas considerables. Para un alumno que no entiende una explicación en clase, disponer de un «tutor» disponible a cualquier hora puede marcar la diferencia. Puede pedirle que le explique un concepto de otra manera, con ejemplos más sencillos, o que le proponga ejercicios adaptados a su nivel. Del mismo modo, los estudiantes de idiomas pueden practicar conversaciones escritas o recibir correcciones inmediatas. En este sentido, la tecnología podría reducir desigualdades, ya que no todas las familias pueden pagar clases particulares.

En segundo lugar, estas herramientas pueden liberar tiempo para tareas más creativas. Si una aplicación ayuda a organizar las fuentes de un trabajo de investigación, el alumno puede dedicar más energía a analizar y a formular sus propias preguntas, que es precisamente lo que se espera de un pensador crítico.

Sin embargo, los riesgos son igualmente evidentes. El aprendizaje exige esfuerzo: equivocarse, volver a intentarlo y construir poco a poco el propio razonamiento. Cuando un estudiante delega en una máquina la redacción de un ensayo, obtiene un producto, pero no el proceso que lo habría hecho mejorar. Es como ir al gimnasio y pedir a otra persona que levante las pesas por nosotros.

A esto se suma un problema de fiabilidad. Estas herramientas generan textos que suenan convincentes, pero que pueden contener errores o datos inventados. Un alumno sin conocimientos previos difícilmente podrá detectarlos, de modo que corre el riesgo de aprender información falsa con total confianza. Desde la perspectiva de la Teoría del Conocimiento, cabe preguntarse qué significa «saber» algo cuando no somos capaces de justificarlo por nosotros mismos.

Por último, no debe olvidarse la cuestión de la honestidad académica. Presentar como propio un texto generado por una máquina es, en esencia, una forma de plagio, y los centros educativos todavía buscan la manera de regular su uso de forma justa.

En conclusión, la inteligencia artificial no es en sí misma ni buena ni mala para el aprendizaje. Ayuda en gran medida cuando se usa como un tutor que explica, pregunta y corrige, y perjudica cuando sustituye el esfuerzo intelectual del alumno. Por ello, más que prohibirla, los institutos deberían enseñar a utilizarla con sentido crítico: comprobar la información, citar su uso y, sobre todo, no renunciar nunca a pensar por uno mismo. Solo así será un trampolín y no una muleta.`,
  }),
  tarea({
    key: "hl-p1-carta-director-migracion",
    levels: HL,
    topic: "2.6",
    difficulty: 4,
    term: "Recommend",
    tema: "Experiencias: la migración",
    tarea:
      "Cada año llegan a tu instituto alumnos de otros países que no conocen bien el idioma ni el sistema educativo. Escribe una **carta formal** al director o la directora del centro en la que describas las dificultades de estos alumnos y propongas medidas concretas para mejorar su acogida.",
    tipo: "carta formal",
    message:
      "descripción de las dificultades (idioma, soledad, diferencias académicas y culturales) con ejemplos, propuestas concretas y realistas justificadas, petición final.",
    concept:
      "carta formal: lugar y fecha, destinatario, saludo formal, tratamiento de usted, párrafos bien organizados, despedida formal y firma; tono respetuoso y constructivo.",
    model: `Valencia, 20 de noviembre de 2026

Sra. Directora del Instituto Luis Vives *(destinataria hipotética)*

Estimada señora directora:

Me dirijo a usted en calidad de representante de los alumnos de primero de Bachillerato para exponerle una situación que nos preocupa y para proponerle algunas medidas que, en nuestra opinión, podrían mejorar la vida de muchos compañeros.

Como usted sabe, cada curso se incorporan a nuestro instituto estudiantes procedentes de otros países. Algunos llegan en septiembre, pero muchos lo hacen a mitad de curso, cuando los grupos ya están formados y el temario muy avanzado. Varios de ellos nos han contado que las primeras semanas fueron las más duras de su vida: no entendían las explicaciones, no sabían a quién dirigirse y pasaban los recreos solos.

La primera dificultad es, evidentemente, el idioma. Aunque existen clases de refuerzo de español, se imparten solo dos horas por semana y a la misma hora que otras asignaturas, de modo que los alumnos tienen que elegir entre aprender la lengua o seguir el temario. En segundo lugar, el sistema educativo les resulta desconocido: no comprenden cómo funcionan las evaluaciones, las recuperaciones o la plataforma digital del centro. Por último, y quizás sea lo más grave, muchos se sienten aislados, lo que afecta a su rendimiento y a su estado de ánimo.

Por todo ello, nos permitimos proponerle las siguientes medidas:

En primer lugar, crear un programa de «alumnos mentores». Estudiantes voluntarios de cursos superiores acompañarían a cada recién llegado durante su primer mes: le enseñarían el centro, le presentarían a otros compañeros y le ayudarían con la plataforma digital. Muchos de nosotros estaríamos dispuestos a participar, e incluso podría reconocerse como parte de las actividades de servicio del programa del Diploma.

En segundo lugar, reorganizar el horario de las clases de refuerzo de español para que no coincidan con asignaturas troncales, y ampliarlas, si fuera posible, a cuatro horas semanales durante el primer trimestre.

En tercer lugar, elaborar una breve guía de bienvenida, traducida a los idiomas más frecuentes entre las familias recién llegadas, con la información básica sobre el calendario, las normas y los servicios del instituto. Los alumnos de idiomas podrían colaborar en la traducción bajo la supervisión de los profesores.

Finalmente, le sugerimos organizar una jornada intercultural a principios de curso, en la que todos los alumnos puedan compartir la gastronomía, la música y las costumbres de sus países. Creemos que conocer al otro es el primer paso para dejar de verlo como un extraño.

Somos conscientes de que algunas de estas medidas requieren tiempo y recursos, pero estamos convencidos de que la inversión merecería la pena. Un alumno que se siente acogido aprende más, participa más y, con el tiempo, se convierte en un miembro activo de nuestra comunidad.

Quedamos a su entera disposición para presentarle el proyecto con más detalle en una reunión, cuando a usted le resulte conveniente.

Le agradezco de antemano su atención y le saludo atentamente,

Marina Ortega Blasco
Representante de los alumnos de primero de Bachillerato`,
  }),
];

/** A literature response marked on knowledge of the work, analysis and language (HL, topic L). */
const literatura = (
  key: string,
  difficulty: Difficulty,
  term: QuestionInput["commandTerm"],
  pregunta: string,
  knowledge: string,
  analysis: string,
  model: string,
): QuestionInput =>
  written({
    key: `hl-lit-${key}`,
    levels: HL,
    topic: "L",
    difficulty,
    marks: 10,
    paper: "P1",
    term,
    stem: `**Literatura (NS).** Responde con referencia a **una** de las dos obras literarias que has estudiado en clase (unas 250-300 palabras). *(Answer about one of the literary works you studied; this also prepares the HL individual oral.)*\n\n${pregunta}`,
    points: [
      point(
        "conocimiento",
        4,
        `Conocimiento y comprensión de la obra (4): ${knowledge} 4 referencias precisas y pertinentes; 3 referencias pertinentes pero generales; 2 referencias escasas; 1 conocimiento superficial.`,
        ["capítulo", "escena", "personaje"],
      ),
      point(
        "analisis",
        4,
        `Análisis e interpretación (4): ${analysis} 4 análisis convincente de cómo el autor o la autora construye el sentido; 3 análisis claro con algo de narración; 2 sobre todo narración; 1 apenas hay análisis.`,
        ["el autor", "la autora", "recurso", "símbolo"],
      ),
      point(
        "lengua",
        2,
        "Lengua (2): 2 vocabulario literario preciso (narrador, punto de vista, símbolo, tono) y estructuras variadas; 1 lengua comprensible pero limitada o con errores frecuentes.",
        ["narrador", "tono"],
      ),
    ],
    answer: `**Cómo construir una buena respuesta** (no se cita ninguna obra: aplica el esquema a la que has estudiado).\n\n${model}`,
  });

const literaturaTerminos = (
  key: string,
  difficulty: Difficulty,
  stem: string,
  options: string[],
  correct: Mcq["correct"],
  why: string,
  answer: string,
): QuestionInput => mcq({ key: `hl-lit-${key}`, levels: HL, topic: "L", difficulty, paper: "P1", term: "Identify", stem, options, correct, why, answer });

const literaturaNS: QuestionInput[] = [
  literaturaTerminos(
    "narrador-01",
    2,
    "En una novela, el narrador cuenta la historia desde fuera, conoce los pensamientos de todos los personajes y sabe lo que va a pasar. ¿Qué tipo de narrador es?",
    ["Narrador protagonista.", "Narrador testigo.", "Narrador omnisciente.", "Narrador en segunda persona."],
    "C",
    "C: el narrador omnisciente lo sabe todo, incluidos los pensamientos de los personajes.",
    "**C, omnisciente.** Narra en tercera persona y conoce todo: pensamientos, pasado y futuro de los personajes. El narrador protagonista cuenta su propia historia; el testigo cuenta lo que ha visto, sin acceso a la mente de los demás.",
  ),
  literaturaTerminos(
    "recursos-01",
    2,
    "«Sus ojos eran dos luceros en la oscuridad.» ¿Qué recurso literario aparece en esta frase (escrita para este ejercicio)?",
    ["Aliteración.", "Hipérbaton.", "Metáfora.", "Personificación."],
    "C",
    "C: se identifican los ojos con luceros sin usar «como» → metáfora.",
    "**C, metáfora.** Se identifica un elemento real (los ojos) con uno imaginario (luceros) sin nexo comparativo; con *como* sería un símil.",
  ),
  literaturaTerminos(
    "recursos-02",
    3,
    "«El viento susurraba secretos a las ventanas.» ¿Qué recurso literario predomina en esta frase (escrita para este ejercicio)?",
    ["Símil.", "Personificación.", "Anáfora.", "Oxímoron."],
    "B",
    "B: se atribuye una acción humana (susurrar secretos) a un elemento no humano (el viento).",
    "**B, personificación.** El viento realiza una acción propia de las personas: susurrar secretos.",
  ),
  literaturaTerminos(
    "estructura-01",
    3,
    "Una novela empieza con la muerte del protagonista y después cuenta los hechos que llevaron hasta ella. ¿Cómo se llama esta técnica?",
    ["Estructura *in medias res*.", "Narración lineal.", "Analepsis o *flashback* con comienzo por el desenlace.", "Final abierto."],
    "C",
    "C: empezar por el final y volver atrás en el tiempo es una analepsis / *flashback*.",
    "**C.** La historia comienza por el desenlace y luego retrocede: es una estructura retrospectiva basada en la analepsis (*flashback*). *In medias res* empieza en mitad de la acción, no por el final.",
  ),
  literatura(
    "personaje-cambio",
    4,
    "Analyse",
    "Analiza cómo cambia un personaje importante a lo largo de la obra y qué recursos utiliza el autor o la autora para mostrar ese cambio.",
    "identifica el personaje y los momentos clave de su evolución (situación inicial, conflicto, situación final).",
    "explica cómo se muestra el cambio: diálogos, acciones, descripciones, punto de vista del narrador, símbolos, cambios de escenario.",
    "1. **Introducción:** presenta la obra (título, autor o autora, género) y el personaje; formula una tesis, por ejemplo: *«El personaje pasa de la obediencia a la rebeldía, y la autora lo muestra sobre todo a través de sus silencios»*.\n2. **Desarrollo (2-3 párrafos):** en cada uno, un momento de la obra + un recurso + su efecto. Ejemplo de frase: *«Al principio, el narrador describe al personaje siempre en espacios cerrados, lo que sugiere su falta de libertad; en el último capítulo, en cambio, aparece junto al mar.»*\n3. **Conclusión:** qué significa ese cambio para el tema de la obra (la libertad, la identidad, la familia…).\n\nEvita resumir el argumento: cada referencia a la obra debe servir para demostrar la tesis.",
  ),
  literatura(
    "tema-identidad",
    4,
    "Discuss",
    "¿Cómo trata la obra el tema de la identidad (personal, cultural o de género)? Comenta al menos dos momentos significativos.",
    "relaciona el tema con personajes y situaciones concretas de la obra.",
    "muestra cómo la forma (voz narrativa, lenguaje, estructura, imágenes) construye el tema, y relaciona la obra con el tema «Identidades» del programa.",
    "1. **Define** qué aspecto de la identidad trata la obra (por ejemplo, un personaje entre dos culturas).\n2. **Primer momento:** una escena en la que el personaje se siente dividido; analiza el lenguaje (¿cambia de registro? ¿mezcla lenguas?) y el punto de vista.\n3. **Segundo momento:** una escena de resolución o de conflicto sin resolver; explica qué sugiere el final.\n4. **Conexión** con el tema «Identidades» (lengua e identidad, creencias y valores) y, si es posible, con tu propia experiencia o con otras culturas.\n5. **Conclusión:** la postura de la obra (¿la identidad es fija o se construye?).",
  ),
  literatura(
    "espacio-simbolo",
    5,
    "Examine",
    "Examina la importancia de un espacio (una casa, una ciudad, un paisaje) en la obra. ¿Qué función tiene más allá de ser un simple decorado?",
    "identifica el espacio y cómo aparece en distintos momentos de la obra.",
    "analiza el valor simbólico del espacio, su relación con los personajes y con el tono, y cómo cambia a lo largo de la obra.",
    "1. **Presenta el espacio** y su primera aparición: ¿cómo se describe (adjetivos, luz, sonidos)?\n2. **Función simbólica:** por ejemplo, una casa cerrada puede representar la opresión; un viaje, la búsqueda de identidad.\n3. **Evolución:** ¿cambia la descripción del espacio cuando cambian los personajes? Relaciona ese cambio con el tono (esperanza, angustia).\n4. **Conclusión:** el espacio como elemento que refuerza el tema central de la obra.\n\nUsa vocabulario preciso: *ambiente, atmósfera, símbolo, contraste, descripción sensorial*.",
  ),
  literatura(
    "contexto-sociedad",
    4,
    "To what extent",
    "¿Hasta qué punto refleja la obra la sociedad y la época en que fue escrita? Justifica tu respuesta con ejemplos.",
    "muestra conocimiento del contexto (época, lugar, situación social o política) y de los elementos de la obra que lo reflejan.",
    "evalúa «hasta qué punto»: distingue lo que refleja la época de lo que tiene valor universal; respuesta matizada con conclusión.",
    "1. **Contexto** en 2-3 frases: época, lugar y rasgos sociales que aparecen en la obra. Incluye solo datos que conozcas con seguridad.\n2. **Lo que refleja la época:** costumbres, conflictos sociales, papel de la mujer, desigualdades… con referencias concretas a escenas o personajes.\n3. **Lo que la supera:** temas universales (el amor, el poder, la muerte, la libertad) que hacen que un lector de hoy se identifique con ella.\n4. **Juicio final:** por ejemplo, *«La obra es un retrato fiel de su época, pero su crítica de la injusticia la convierte en un texto actual»*.",
  ),
  literatura(
    "final-obra",
    3,
    "Evaluate",
    "Evalúa el final de la obra: ¿te parece un final adecuado? Explica cómo se relaciona con el resto de la historia y qué efecto produce en el lector.",
    "describe con precisión el desenlace y lo relaciona con los conflictos planteados antes.",
    "evalúa el efecto (sorpresa, cierre, final abierto, ironía) y cómo lo prepara el autor o la autora; opinión personal argumentada.",
    "1. **Resume el final** en dos frases como máximo.\n2. **Relación con la obra:** ¿resuelve el conflicto principal? ¿Había pistas (presagios, símbolos) que lo anunciaban?\n3. **Efecto en el lector:** cierre, desconcierto, reflexión. Si es un final abierto, explica qué preguntas deja.\n4. **Valoración personal** con argumentos: *«Aunque al principio el final me decepcionó, creo que es coherente porque…»*.\n5. **Conclusión:** qué aporta el final al mensaje de la obra.",
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [
  ...identidades,
  ...experiencias,
  ...ingenioSociedadPlaneta,
  ...lengua,
  ...lenguaExtra,
  ...escritura,
  ...nivelSuperior,
  ...literaturaNS,
];

const file: SubjectQuestions = { subject: "spanish-b", questions };
export default file;
