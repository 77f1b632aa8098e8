import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point as pt } from "@/prisma/seed/content/shared/markscheme-points";
import { rotatingQuestionBuilders } from "@/prisma/seed/content/shared/question-builders";

// Original practice questions for IB Visual Arts (new guide, first assessment 2027).
//
// Visual Arts has no written examination: every question here practises knowledge and skills the coursework
// components need (art-making inquiries portfolio, SL connections study, HL artist project, resolved artworks).
// All are filed under the subject's single paper entry "P1", which stands for a component, not a timed exam.
//
// What the bank covers: the formal elements and principles of design, colour theory, media and techniques
// (printmaking, fresco, tempera, oil, collage, assemblage, digital), art movements and their contexts as widely
// known facts, analysing and comparing artworks (formal qualities, function and purpose, cultural significance),
// curating and exhibiting, the components themselves, and the HL artist project (topic AP, HL only).
//
// Every artwork a question analyses is IMAGINED: its description, title and artist were written for this bank and
// are labelled with ORIGINAL_LABEL. Real artists and artworks are named only as well-known facts (artist, title,
// date, technique); no museum or catalogue text is quoted.
//
// Kinds of question: 1-mark MCQs; short WRITTEN questions (2-6 marks, one point per mark, "/" separates accepted
// alternatives, OWTTE = or words to that effect); a few extended responses (12 marks) marked on four practice
// criteria of 3 marks each. These criteria were written for this bank to mirror the skills the components
// reward; they are NOT the official IB assessment criteria.

const HL: Level[] = ["HL"];

/** The label every imagined artwork or piece of student writing in a stem carries (checked in checks/visual-arts-answers.test.ts). */
export const ORIGINAL_LABEL = "*(Original text written for this exercise: the artwork, the artist and any student writing described here are invented.)*";

const { written, mcq } = rotatingQuestionBuilders({ prefix: "visarts", paper: "P1" });

/** An imagined artwork or piece of student writing for a stem: a heading, the label, then the text as a Markdown quotation. */
const block = (heading: string, body: string) =>
  `**${heading}**\n\n${ORIGINAL_LABEL}\n\n${body
    .trim()
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n")}`;

/**
 * Extended responses (12 marks): four practice criteria, 3 marks each, with what this question rewards.
 * Written for this bank (not the official IB criteria); they mirror the skills the components assess.
 */
const extended = (a: string, b: string, c: string, d: string): MarkingPointInput[] => [
  pt(
    "critA",
    3,
    `Criterion A, Formal analysis (3). 3: precise, perceptive analysis of formal qualities (elements, principles, media and techniques) and their effects. 2: relevant analysis with some description. 1: mostly description or list of features. For this question: ${a}`,
    ["composition", "colour", "technique"],
  ),
  pt(
    "critB",
    3,
    `Criterion B, Function, purpose and context (3). 3: well-informed, relevant account of purpose, intended audience and context(s), linked to meaning. 2: some relevant context, partly linked. 1: context is general or unlinked. For this question: ${b}`,
    ["context", "purpose", "audience"],
  ),
  pt(
    "critC",
    3,
    `Criterion C, Connections and comparison or evaluation (3). 3: insightful connections or comparison, sustained throughout, leading to a reasoned judgement. 2: clear connections, sometimes implicit. 1: works treated separately, little judgement. For this question: ${c}`,
    ["whereas", "similarly", "connection", "judgement"],
  ),
  pt(
    "critD",
    3,
    `Criterion D, Subject-specific language and organisation (3). 3: accurate, fluent visual arts vocabulary; clear structure. 2: mostly accurate vocabulary, adequate structure. 1: limited vocabulary, little structure. For this question: ${d}`,
    ["vocabulary", "structure"],
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// The imagined artworks and student writing (all written for this bank)
// ─────────────────────────────────────────────────────────────────────────────

const TIDE_LEDGER = block(
  "Artwork A: 'Tide Ledger', mixed-media triptych by the imagined artist Noor Vale",
  `Three panels hang side by side; the central panel is twice the width of the two outer ones.
Each panel is a linocut printed in blue-grey ink on paper stained with tea, showing small fishing boats seen from above.
Red cotton thread is stitched through the paper in straight lines that join the boats to the edges of the panel, like shipping routes on a chart.
In the central panel, a single boat is painted bright orange in gouache; every other boat is left in blue-grey.
Handwritten numbers in pencil, the day's catch recorded by the artist's grandfather, run along the bottom edge of each panel.`,
);

const KITCHEN_ALTAR = block(
  "Artwork B: 'Kitchen Altar', assemblage by the imagined artist Tomás Lera",
  `An old wooden spice cabinet with twelve small drawers stands open on a low plinth, about knee height.
Each drawer holds one object from the artist's late grandmother's kitchen: a chipped enamel cup, a wooden spoon worn flat on one side, a hairnet, a bus ticket.
Black-and-white family photographs have been transferred onto thin sheets of tin and nailed inside the cabinet doors.
A single electric tea-light flickers in the top drawer.
The wall label invites visitors to kneel to see inside the lowest drawers.`,
);

const CONCRETE_BLOOM = block(
  "Artwork C: 'Concrete Bloom', oil painting by the imagined artist Ada Marsh (150 x 100 cm, portrait format)",
  `A tower block at dusk is seen from a low viewpoint, so that the building rises steeply and tilts toward the upper left.
The building fills the left two-thirds of the canvas; a narrow strip of violet sky fills the right third.
The concrete is painted in thick impasto greys, applied with a palette knife, with ridges of paint that catch the gallery light.
One small window, placed near the upper-right intersection of an imagined grid of thirds, is lit in smooth, thin, glowing orange-yellow; a pot plant is silhouetted in it.
The strong diagonal of the building's edge runs from the lower left corner toward that window.`,
);

const STATIC_LULLABY = block(
  "Artwork D: 'Static Lullaby', digital projection by the imagined artist Ren Okoye",
  `A four-minute looped animation is projected onto a white bedsheet hung across a school stairwell.
The animation is made from old family videos that the artist has deliberately 'glitched': colours split into red, green and blue, and faces break into blocks of pixels before re-forming.
A quiet recording of a woman humming plays from a small speaker hidden behind the sheet.
When people walk down the stairs, their shadows fall across the projected images and become part of the work.`,
);

const SALT_LINE = block(
  "Artwork E: 'Salt Line', land art by the imagined artist Imani Rhodes",
  `A line of coarse white salt, 40 metres long and about a hand's width across, is poured across the cracked bed of a dried-up river.
The artist photographed the line from the same spot at sunrise on ten consecutive days as wind, animals and a brief rainstorm broke it apart.
Only the ten photographs, printed small and hung in a single row, are shown in the gallery; nothing remains at the site.`,
);

const RECEIPTS = block(
  "Artwork F: 'Receipts', series of twelve screen prints by the imagined artist Jun Park",
  `Twelve prints, each 70 x 50 cm, are hung edge to edge in a grid of three rows of four.
Each print enlarges a real supermarket receipt to poster size, printed in black on fluorescent pink paper.
The items, prices and dates are legible; over the weeks shown, the totals rise while the number of items falls.
Small misregistrations leave a thin pink gap beside some of the black letters, and two prints are deliberately printed slightly crooked.`,
);

const NIGHT_SHIFT = block(
  "Artwork G: 'Night Shift', charcoal drawing by the imagined artist Lea Brandt (A1 size)",
  `A nurse in a dark break room looks down at a phone held low in both hands.
The only light comes from the phone screen: it lights the underside of her chin, her cheekbones and her fingers, while the rest of the room is a deep, velvety black of compressed charcoal.
Highlights have been lifted out of the charcoal with a putty eraser; the edges of the figure dissolve into the dark.
Her name badge, lit faintly, is the only sharp, hard-edged detail in the drawing.`,
);

const UNSENT_LETTERS = block(
  "Artwork H: 'Vessels for Unsent Letters', ceramics by the imagined artist Sami Haddad",
  `Seven unglazed stoneware jars of different heights stand in a line on a long, low table.
Lines of handwriting in the artist's first language, taken from letters he wrote to relatives abroad but never sent, are scratched through a dark slip into the pale clay beneath (sgraffito).
The lids are sealed shut with clay, so the jars cannot be opened.
The artist grew up in a city he left at the age of ten; the clay was dug from a riverbank near his current home.`,
);

const RATIONALE_DRAFT = block(
  "Extract A: draft curatorial rationale by an imagined student for a group of resolved artworks",
  `My exhibition is called 'Thresholds' and it is about doors, windows and the moment between inside and outside.
I chose six works. I wanted the audience to feel like they are moving from a private home into a public street.
The first work the visitor sees is a small etching of my bedroom door, hung at child height, because my inquiry started with childhood memories.
The works get bigger and brighter as you move through the room, ending with a large acrylic painting of a busy bus stop.
I used lots of different techniques because I like experimenting. I think my exhibition is very good and shows a lot of skill.`,
);

const PORTFOLIO_REFLECTION = block(
  "Extract B: reflection written by an imagined student next to three screens of their portfolio",
  `My inquiry question was: how can a map describe a feeling rather than a place?
First I traced the bus routes I take each week and printed them as monoprints. They looked flat and technical, so I was disappointed.
Then I tried drawing the same routes with my eyes closed, in ink, while remembering how each journey felt. The lines became shaky and dense where I had been anxious.
I combined both: the monoprint as a base, with stitched lines on top where the blind drawing was densest.
Next I want to test whether the piece works at a much larger scale, and whether a viewer can read the feeling without my explanation.`,
);

// ─────────────────────────────────────────────────────────────────────────────
// CR Create: formal elements and principles, media and techniques, art-making as inquiry
// ─────────────────────────────────────────────────────────────────────────────
const create: QuestionInput[] = [
  mcq({
    key: "cr-01",
    topic: "CR",
    difficulty: 1,
    stem: "Which term describes how light or dark a colour or a grey is?",
    options: ["Value (tone)", "Hue", "Saturation", "Texture"],
    correct: "A",
    why: "Value, also called tone, is the lightness or darkness of a colour or grey. Hue is the colour family (red, blue...), saturation its intensity, and texture the surface quality.",
  }),
  mcq({
    key: "cr-02",
    topic: "CR",
    difficulty: 1,
    stem: "Which pair of colours is **complementary** on the traditional painter's colour wheel?",
    options: ["Blue and orange", "Blue and green", "Red and orange", "Yellow and yellow-green"],
    correct: "A",
    why: "Complementary colours sit opposite each other on the colour wheel: blue-orange, red-green, yellow-violet. Placed side by side they intensify each other; mixed they neutralise towards grey-brown.",
  }),
  mcq({
    key: "cr-03",
    topic: "CR",
    difficulty: 2,
    stem: "A painter uses only yellow, yellow-green, green and blue-green. What kind of colour scheme is this?",
    options: ["Complementary", "Analogous", "Monochromatic", "Triadic"],
    correct: "B",
    why: "Analogous colours are neighbours on the colour wheel; a scheme built from them feels harmonious and unified. Monochromatic would use one hue in different values; triadic uses three hues spaced evenly around the wheel.",
  }),
  mcq({
    key: "cr-04",
    topic: "CR",
    difficulty: 2,
    stem: "What does the **saturation** (chroma, intensity) of a colour describe?",
    options: [
      "How pure or vivid the hue is, from full strength to greyed",
      "How light or dark the colour is",
      "Whether the colour is warm or cool",
      "The position of the colour on the colour wheel",
    ],
    correct: "A",
    why: "Saturation is the purity or intensity of a hue: a fully saturated red is vivid; adding grey or its complement lowers the saturation. Lightness is value; position on the wheel is hue.",
  }),
  mcq({
    key: "cr-05",
    topic: "CR",
    difficulty: 2,
    stem: "A painter mixes white into a pure red. The result is called a:",
    options: ["shade", "tint", "tone", "complement"],
    correct: "B",
    why: "Hue + white = tint (here, pink); hue + black = shade; hue + grey = tone. A complement is the hue opposite on the colour wheel.",
  }),
  mcq({
    key: "cr-06",
    topic: "CR",
    difficulty: 2,
    stem: "What does the **rule of thirds** recommend?",
    options: [
      "Placing the focal point exactly in the centre of the picture",
      "Placing key elements along the lines or intersections of a three-by-three grid",
      "Using no more than three colours in a composition",
      "Giving the foreground, middle ground and background equal space in the picture",
    ],
    correct: "B",
    why: "The rule of thirds divides the picture plane with two horizontal and two vertical lines; placing a horizon on a line or a focal point at an intersection usually gives a more dynamic composition than centring it.",
  }),
  mcq({
    key: "cr-07",
    topic: "CR",
    difficulty: 3,
    stem: "A composition places a large pale shape on the left and a small, very dark shape on the right, and still feels stable. This is an example of:",
    options: ["symmetrical balance", "radial balance", "asymmetrical balance", "a lack of balance"],
    correct: "C",
    why: "Asymmetrical (informal) balance arranges unlike elements so that their visual weight evens out: a small area of strong contrast or saturated colour can balance a much larger, quieter area.",
  }),
  mcq({
    key: "cr-08",
    topic: "CR",
    difficulty: 2,
    stem: "Which of these is a **relief** printmaking process (ink sits on the raised surface of the block)?",
    options: ["Etching", "Linocut", "Lithography", "Screen printing"],
    correct: "B",
    why: "In linocut and woodcut the artist cuts away what should stay white, and ink is rolled onto the raised surface. Etching is intaglio (ink in grooves), lithography planographic (grease and water on a flat surface), screen printing a stencil process.",
  }),
  mcq({
    key: "cr-09",
    topic: "CR",
    difficulty: 3,
    stem: "In **etching**, how are the lines made?",
    options: [
      "The artist draws through an acid-resistant ground on a metal plate, then acid bites the exposed lines into the metal",
      "The artist cuts lines into linoleum with a V-gouge",
      "The artist draws with a greasy crayon on a flat stone",
      "The artist scratches directly into a plate with a steel needle, raising a burr, and uses no acid",
    ],
    correct: "A",
    why: "Etching is an intaglio process: a needle exposes the metal through a waxy ground, acid bites the lines, and ink held in the bitten grooves prints under high pressure. Scratching without acid is drypoint; greasy crayon on stone is lithography.",
  }),
  mcq({
    key: "cr-10",
    topic: "CR",
    difficulty: 2,
    stem: "What defines **buon fresco** (true fresco)?",
    options: [
      "Oil paint applied to a primed canvas",
      "Pigment mixed with egg yolk on a wooden panel",
      "Pigment in water on wet lime plaster, bound into the wall as the plaster dries",
      "Paint applied to a dry plastered wall with a glue or egg binder, then varnished",
    ],
    correct: "C",
    why: "In buon fresco pigments are painted into fresh, wet lime plaster; as it sets, the colour is bound into the wall. Only the area that can be painted in one day (the giornata) is plastered at a time. Painting on dry plaster is fresco secco.",
  }),
  mcq({
    key: "cr-11",
    topic: "CR",
    difficulty: 3,
    stem: "Which statement about **egg tempera** is correct?",
    options: [
      "It dries slowly, so colours can be blended wet on the surface for days, as in oil painting",
      "It is pigment bound with egg yolk; it dries fast, so tones are built with fine hatching",
      "It is applied only to wet plaster walls",
      "It is a modern synthetic paint first made in the 1950s",
    ],
    correct: "B",
    why: "Egg tempera (pigment + egg yolk) was the main panel-painting medium in medieval and early Renaissance Europe. It dries within seconds, so painters model form with layers of fine hatching rather than wet blending, which oil later made possible.",
  }),
  mcq({
    key: "cr-12",
    topic: "CR",
    difficulty: 2,
    stem: "Paint applied so thickly that brush or palette-knife marks stand up from the surface is called:",
    options: ["glazing", "sfumato", "impasto", "scumbling"],
    correct: "C",
    why: "Impasto is thick, textured paint (Van Gogh's late paintings are a well-known example). Glazing is thin transparent layers; sfumato soft smoky transitions; scumbling a thin broken layer of opaque paint dragged over another.",
  }),
  mcq({
    key: "cr-13",
    topic: "CR",
    difficulty: 3,
    stem: "In oil painting, what is a **glaze**?",
    options: [
      "A thin, transparent layer of colour over a dry layer, letting light pass through",
      "A thick layer of opaque paint applied with a palette knife to build texture",
      "The first tonal drawing made on the canvas in thinned paint or charcoal before colour",
      "A coat of white primer on the canvas that gives a smooth, luminous ground",
    ],
    correct: "A",
    why: "A glaze is transparent paint thinned with medium and laid over dry underpainting; light passes through and reflects back, giving depth and luminosity. Early Netherlandish painters such as Jan van Eyck are famous for the technique.",
  }),
  mcq({
    key: "cr-14",
    topic: "CR",
    difficulty: 2,
    stem: "What distinguishes **assemblage** from collage?",
    options: [
      "Assemblage combines paint with pasted papers, whereas collage uses papers alone",
      "Assemblage is three-dimensional, built from found objects, whereas collage is usually flat",
      "Assemblage arranges images on screen with software, whereas collage is made by hand with glue",
      "Assemblage is made by a group of artists together, whereas collage is made by one",
    ],
    correct: "B",
    why: "Collage glues flat materials (paper, photographs, fabric) to a surface; assemblage extends the idea into three dimensions by combining found objects, as in the box constructions and combines of twentieth-century artists.",
  }),
  mcq({
    key: "cr-15",
    topic: "CR",
    difficulty: 3,
    stem: "Why does a three-colour **screen print** usually need careful **registration**?",
    options: [
      "Because each colour is printed through its own stencil, so the layers must line up exactly",
      "Because the mesh stretches with each pull and must be re-tensioned between colours to stay flat",
      "Because the squeegee must be pulled at exactly the same speed for every colour",
      "Because the paper must be soaked before every layer, as in etching",
    ],
    correct: "A",
    why: "In screen printing, ink is pushed through a mesh with a squeegee, and a stencil blocks the areas that should not print. Each colour normally needs its own stencil and pass, so registration marks or guides keep the layers aligned.",
  }),
  mcq({
    key: "cr-16",
    topic: "CR",
    difficulty: 3,
    stem: "In a painting, two figures stare at the same object, and the viewer's eye follows their gaze to it. What element is at work?",
    options: ["Contour line", "Implied line", "Cross-hatching", "Actual texture"],
    correct: "B",
    why: "An implied line is not drawn but perceived: a direction of gaze, a pointing gesture or a row of aligned shapes leads the eye. Contour lines are drawn edges; cross-hatching builds tone; actual texture is physical.",
  }),
  mcq({
    key: "cr-17",
    topic: "CR",
    difficulty: 3,
    stem: "Distant mountains in a landscape are painted paler, bluer and with less detail than the foreground. This technique is called:",
    options: ["linear (one-point) perspective", "foreshortening", "atmospheric perspective", "chiaroscuro"],
    correct: "C",
    why: "Atmospheric perspective imitates the effect of air on distant forms: contrast, detail and saturation fall and colours shift towards blue. Linear perspective uses converging lines; foreshortening shortens a form seen end-on.",
  }),
  mcq({
    key: "cr-18",
    topic: "CR",
    difficulty: 4,
    stem: "A student enlarges a small photograph to poster size in an image editor and it becomes blocky. A logo drawn with the pen tool in another program enlarges cleanly. Why?",
    options: [
      "The photograph is a raster (pixel) image; the logo is a vector image made of paths",
      "The photograph was saved in colour and the logo in black and white, which needs less data",
      "Vector images always have more pixels",
      "The photograph was printed with CMYK inks",
    ],
    correct: "A",
    why: "Raster images are grids of pixels: enlarging them beyond their resolution makes pixels visible. Vector images store paths and shapes, so software redraws them sharply at any size.",
  }),
  mcq({
    key: "cr-19",
    topic: "CR",
    difficulty: 4,
    stem: "In a **reduction linocut**, which of these is true?",
    options: [
      "A separate block is cut for each colour",
      "One block is cut away further after each colour is printed, so the edition size is fixed from the first colour",
      "All the colours are inked onto the block at once and printed in a single pass",
      "Each colour is printed through a separate paper stencil laid over the same uncut block",
    ],
    correct: "B",
    why: "In a reduction print the same block is progressively cut and printed, usually light colours first. Earlier states are destroyed, so every sheet of the edition must be printed with the first colour: extra copies cannot be made later.",
  }),
  mcq({
    key: "cr-20",
    topic: "CR",
    difficulty: 4,
    stem: "Why do oil painters follow the rule of **'fat over lean'**?",
    options: [
      "Thick paint should always go underneath thin paint, so that the surface layer dries first",
      "Each layer needs more oil than the one below, so the upper layers flex and do not crack",
      "Fat brushes must be used before thin ones",
      "Oil paint must be mixed with egg in the upper layers so that they dry more quickly",
    ],
    correct: "B",
    why: "Oil paint dries by oxidation and stays slightly flexible. If a lean (low-oil, fast-drying) layer lies over a fat (oily, slow-drying) one, the top layer can crack as the lower one moves; so oil content increases layer by layer.",
  }),
  written({
    key: "cr-21",
    topic: "CR",
    difficulty: 1,
    marks: 2,
    term: "Define",
    stem: "Define **hue** and **saturation**.",
    points: [
      pt("p1", 1, "Hue: the name/family of a colour, its position on the colour wheel (red, blue, yellow-green...)", ["colour family", "colour wheel", "name"]),
      pt("p2", 1, "Saturation: the purity/intensity/chroma of a colour, from vivid to greyed/dull", ["intensity", "purity", "chroma", "vivid"]),
    ],
    answer:
      "**Hue** is the colour itself, the name of its family and its place on the colour wheel (for example red, blue-green). **Saturation** (chroma or intensity) is how pure or vivid that hue is: a fully saturated hue is brilliant, while adding grey or its complement makes it duller.",
  }),
  written({
    key: "cr-22",
    topic: "CR",
    difficulty: 2,
    marks: 4,
    term: "Describe",
    stem: "Describe the stages of making a single-colour **linocut** print, from design to finished print.",
    points: [
      pt("p1", 1, "Design drawn/transferred onto the lino, remembering that the print will be reversed (mirror image)", ["reverse", "mirror", "transfer"]),
      pt("p2", 1, "Areas that should stay white/unprinted are cut away with gouges/cutters (V and U gouges); raised areas will print", [
        "cut away",
        "gouge",
        "raised",
      ]),
      pt("p3", 1, "Ink rolled evenly onto the raised surface with a roller/brayer", ["roller", "brayer", "ink"]),
      pt("p4", 1, "Paper laid on the block and pressure applied with a press/baren/spoon, then pulled and left to dry; prints numbered as an edition", [
        "press",
        "baren",
        "edition",
        "pull",
      ]),
    ],
    answer:
      "1. **Design and transfer:** the image is drawn on the lino, reversed, because the print will be a mirror image of the block.\n2. **Cutting:** with V- and U-shaped gouges the artist cuts away every area that should remain the colour of the paper; the uncut surface will carry the ink (a relief process).\n3. **Inking:** printing ink is rolled out thinly on a slab and applied evenly to the raised surface with a brayer.\n4. **Printing:** paper is laid on the block and pressure is applied, by a press or by rubbing with a baren or spoon; the sheet is pulled, dried, and the prints of an edition are numbered and signed.",
  }),
  written({
    key: "cr-23",
    topic: "CR",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** drawing techniques that can be used to build up tone (value) in pencil or ink.",
    points: [
      pt("p1", 1, "Hatching: parallel lines, closer together for darker tone", ["hatching", "parallel"]),
      pt("p2", 1, "Cross-hatching: layers of lines crossing at angles to darken", ["cross-hatching", "crossing"]),
      pt("p3", 1, "Stippling: dots, denser for darker areas", ["stippling", "dots"]),
      pt("p4", 1, "Blending/smudging/shading with graded pressure (pencil, charcoal) / ink wash diluted to different strengths", [
        "blending",
        "pressure",
        "wash",
      ]),
      pt("p5", 1, "Scribbling/contour hatching that follows the form", ["scribble", "contour"]),
    ],
    answer:
      "Any three, for example:\n\n- **Hatching:** parallel lines; the closer and thicker they are, the darker the tone.\n- **Cross-hatching:** further sets of lines laid across the first at an angle, darkening the area step by step.\n- **Stippling:** tone made from dots; denser dots read as darker.\n\n(Also: graded pressure and blending with pencil or charcoal; ink washes of different dilutions; contour hatching that follows the curve of a form.)",
  }),
  written({
    key: "cr-24",
    topic: "CR",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between **actual** texture and **implied** (visual) texture, with an example of each.",
    points: [
      pt("p1", 1, "Actual texture can be felt/is physical: e.g. impasto ridges, sand in paint, collage materials, carved wood", [
        "felt",
        "physical",
        "touch",
        "impasto",
      ]),
      pt("p2", 1, "Implied texture is an illusion created by marks/tone on a flat surface: e.g. a drawn tree bark or painted fur that is smooth to touch", [
        "illusion",
        "flat",
        "drawn",
        "appears",
      ]),
    ],
    answer:
      "**Actual texture** is physical: it could be felt with the hand, such as the ridges of impasto paint or the surface of a collage with fabric. **Implied texture** is an illusion: marks and tone on a flat surface make it look rough or soft (a drawing of tree bark, painted velvet) although the surface itself is smooth.",
  }),
  written({
    key: "cr-25",
    topic: "CR",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how a painter can use **colour temperature** and **atmospheric perspective** to create an illusion of depth in a landscape.",
    points: [
      pt("p1", 1, "Warm colours (reds, oranges, yellows) tend to appear to advance/come forward", ["warm", "advance"]),
      pt("p2", 1, "Cool colours (blues, blue-greens, violets) tend to recede, so distant areas are painted cooler", ["cool", "recede"]),
      pt("p3", 1, "Atmospheric perspective: distant forms paler/lighter, with less contrast and saturation", ["paler", "contrast", "saturation"]),
      pt("p4", 1, "Distant forms have softer edges/less detail, while the foreground has sharp detail and strong texture", [
        "detail",
        "soft edges",
        "foreground",
      ]),
    ],
    answer:
      "Warm hues such as orange and red seem to **advance**, while cool blues and violets seem to **recede**, so a painter can put warmer, more saturated colour in the foreground and cooler colour in the distance.\n\n**Atmospheric perspective** copies the effect of air between the viewer and far-off forms: distant hills are painted **paler, bluer and lower in contrast and saturation**, with **soft edges and little detail**, while foreground rocks keep sharp edges, strong value contrast and visible texture. Together these changes read as distance even without converging lines.",
  }),
  written({
    key: "cr-26",
    topic: "CR",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${CONCRETE_BLOOM}\n\nAnalyse how the composition of Artwork C directs the viewer's eye to the lit window.`,
    points: [
      pt("p1", 1, "The window sits near an intersection of the rule-of-thirds grid, an active focal position rather than the centre", [
        "rule of thirds",
        "intersection",
        "focal point",
      ]),
      pt("p2", 1, "The strong diagonal of the building's edge acts as a leading line from the lower left to the window", ["diagonal", "leading line"]),
      pt("p3", 1, "Colour contrast: warm orange-yellow window against cool greys and violet (near-complementary violet/yellow) creates emphasis", [
        "contrast",
        "complementary",
        "warm",
        "emphasis",
      ]),
      pt(
        "p4",
        1,
        "Contrast of surface: smooth thin paint in the window against thick impasto concrete; and it is the only small, lit/value-contrasting shape (isolation)",
        ["impasto", "smooth", "isolation", "value"],
      ),
    ],
    answer:
      "The lit window is the **focal point**, and several choices lead to it:\n\n- **Placement:** it sits near the upper-right intersection of a grid of thirds, an active position that feels deliberate rather than static.\n- **Line:** the steep diagonal of the building's edge, exaggerated by the low viewpoint, runs from the lower left corner straight to it, acting as a leading line.\n- **Colour:** a small warm orange-yellow is surrounded by cool greys and a violet sky; violet and yellow are near-complements, so the window glows by contrast.\n- **Surface and isolation:** the window is painted thinly and smoothly while the concrete is rough impasto, and it is the only light, small shape in a mass of dark texture. Its difference in every element makes it the point of emphasis.",
  }),
  written({
    key: "cr-27",
    topic: "CR",
    difficulty: 3,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** differences between painting in buon fresco and painting in oil on canvas.",
    points: [
      pt("p1", 1, "Support: fresco is painted into a wall (wet lime plaster), oil onto a portable canvas/panel", ["wall", "plaster", "portable", "canvas"]),
      pt(
        "p2",
        1,
        "Time: fresco must be painted quickly while plaster is wet (one giornata at a time); oil dries slowly, allowing reworking/blending over days",
        ["wet", "giornata", "quickly", "slowly", "rework"],
      ),
      pt("p3", 1, "Corrections: fresco mistakes mean cutting out plaster/repainting secco; oil can be overpainted easily", ["correct", "overpaint"]),
      pt(
        "p4",
        1,
        "Binder/appearance: fresco pigment bound by the lime (matt, chalky colour); oil bound in drying oil (glossy, deep, allows glazes and impasto)",
        ["binder", "matt", "glaze", "glossy"],
      ),
    ],
    answer:
      "Any three, for example:\n\n1. **Support:** a fresco is part of the wall itself (pigment in wet lime plaster); an oil painting on canvas is portable.\n2. **Working time:** fresco must be finished while the day's patch of plaster (giornata) is wet; oil stays workable for days, so it can be blended and reworked.\n3. **Corrections:** in fresco a mistake means cutting out the plaster or retouching on dry plaster (secco); in oil an area can simply be painted over.\n4. **Appearance:** fresco colour, bound by lime, is matt and luminous but limited in depth; oil allows deep tones, transparent glazes and impasto.",
  }),
  written({
    key: "cr-28",
    topic: "CR",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "A student wants a small print with very fine lines and soft, graded tones of a crumpled paper bag. Explain why **etching** (with aquatint) might suit this intention better than **linocut**.",
    points: [
      pt("p1", 1, "Etching needle moves freely through the ground, giving fine, fluid lines like drawing", ["fine", "needle", "fluid", "drawing"]),
      pt("p2", 1, "Linocut produces bold shapes/strong black-white contrast; very fine lines are difficult to cut and may break down", [
        "bold",
        "contrast",
        "difficult",
      ]),
      pt("p3", 1, "Tone in etching: aquatint (resin ground) / length of time in acid (stopping out) gives graded tonal areas", [
        "aquatint",
        "tone",
        "acid",
        "stopping out",
      ]),
      pt("p4", 1, "Intaglio printing under high pressure picks up subtle detail/plate tone; link to the crumpled bag's folds and soft shadows", [
        "intaglio",
        "pressure",
        "detail",
        "folds",
      ]),
    ],
    answer:
      "**Line:** an etching needle glides through the soft ground as freely as a pencil, so very fine, fluid lines are possible; in lino, fine lines must be cut with a gouge, are slow to make and tend to break or fill with ink.\n\n**Tone:** linocut is at its best with bold, flat shapes and strong black-and-white contrast. In etching, tone can be graded by hatching, by biting some areas longer than others (stopping out), or with **aquatint**, where a resin dust creates areas of even tone whose darkness depends on biting time.\n\n**Printing:** intaglio printing under a roller press pulls ink out of the finest grooves, so the soft folds and shadows of a crumpled bag can be rendered subtly. Etching therefore suits an intention built on delicacy, while linocut would suit a bolder, graphic interpretation.",
  }),
  written({
    key: "cr-29",
    topic: "CR",
    difficulty: 4,
    marks: 4,
    term: "Suggest",
    stem: `${TIDE_LEDGER}\n\nSuggest **two** experiments the artist of Artwork A could carry out to develop the work further, explaining what each could reveal.`,
    points: [
      pt(
        "p1",
        1,
        "Experiment 1 described (e.g. replace stitched thread with printed or drawn lines / change the stain / print on fabric / test a different scale or format)",
        ["experiment", "thread", "scale", "fabric"],
      ),
      pt(
        "p2",
        1,
        "What experiment 1 could reveal, linked to the work's intentions (e.g. whether the physical thread is essential to the idea of routes/connection)",
        ["reveal", "intention", "routes"],
      ),
      pt(
        "p3",
        1,
        "Experiment 2 described, distinct from the first (e.g. colour: vary which boat is orange or use several complementary accents / add the grandfather's handwriting as print / test installation in space)",
        ["colour", "complementary", "installation", "handwriting"],
      ),
      pt(
        "p4",
        1,
        "What experiment 2 could reveal (e.g. whether a single accent creates stronger emphasis/narrative than several; how viewers read the family story)",
        ["emphasis", "viewer", "narrative"],
      ),
    ],
    answer:
      "**Experiment 1: remove or transform the thread.** The artist could print the routes as fine etched or drawn lines instead of stitching them, or stitch onto fabric instead of paper. Comparing the versions would show whether the **physical, slightly raised thread** (its shadow, its sense of tying and mending) is essential to the idea of routes and family connection, or whether it is decorative.\n\n**Experiment 2: test the colour accent.** The single orange boat in a blue-grey field works through complementary contrast and emphasis. Making variations with no orange boat, or one on each panel, would reveal whether a **single** accent gives stronger emphasis and a clearer narrative (one boat, perhaps the grandfather's) than several.\n\n(Other reasonable experiments: changing the scale, or hanging the panels in space so the grandfather's numbers are read differently.)",
  }),
  written({
    key: "cr-30",
    topic: "CR",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain why unresolved experiments and 'failed' works are valuable evidence in an **art-making inquiries portfolio**.",
    points: [
      pt("p1", 1, "The portfolio assesses art-making as a process of inquiry, not only finished results", ["process", "inquiry"]),
      pt("p2", 1, "Failures show risk-taking/experimentation with media, techniques or ideas", ["risk", "experiment"]),
      pt("p3", 1, "Critical reflection on why something did not work shows how intentions were refined", ["reflection", "refine", "intention"]),
      pt("p4", 1, "They explain the decisions that led to later/resolved works, showing development and connection across the inquiry", [
        "decision",
        "development",
      ]),
    ],
    answer:
      "The portfolio is meant to show **art-making as inquiry**, so examiners look for how ideas developed, not only for polished results.\n\nAn unsuccessful test shows **risk-taking**: the student tried an unfamiliar medium, scale or strategy. What matters is the **critical reflection** beside it: why it did not work and what was learned. That reflection shows how the student **refined intentions**, and it explains the **decisions** that led to the next piece, so the portfolio reads as a connected line of inquiry rather than a gallery of finished works.",
  }),
  written({
    key: "cr-31",
    topic: "CR",
    difficulty: 4,
    marks: 5,
    term: "Analyse",
    stem: `${NIGHT_SHIFT}\n\nAnalyse how tone and the handling of charcoal in Artwork G contribute to its mood and meaning.`,
    points: [
      pt("p1", 1, "Chiaroscuro/strong value contrast: a single light source and large areas of deep black", ["chiaroscuro", "contrast", "light source"]),
      pt("p2", 1, "Lighting from below (phone) is unusual, can feel eerie/intimate, and isolates the face and hands", ["below", "intimate", "isolate"]),
      pt("p3", 1, "Subtractive technique: highlights lifted out with the eraser, so light appears to emerge from darkness", [
        "eraser",
        "lifted",
        "subtractive",
      ]),
      pt("p4", 1, "Lost edges: the figure dissolves into the dark, suggesting exhaustion/isolation/the anonymity of night work", [
        "edges",
        "dissolve",
        "exhaustion",
        "isolation",
      ]),
      pt("p5", 1, "The single sharp detail (name badge) gives emphasis: identity/profession/individual within anonymity", ["badge", "sharp", "identity"]),
      pt("p6", 1, "Link to tradition: Baroque tenebrism (e.g. Caravaggio) / candlelit scenes, updated with a phone screen", [
        "Baroque",
        "tenebrism",
        "Caravaggio",
        "candle",
      ]),
    ],
    answer:
      "Any five of the following, developed:\n\n- The drawing is built on **chiaroscuro**: one light source and large masses of dense black, so value contrast is extreme.\n- The light comes **from below**, from the phone. Under-lighting is unfamiliar and slightly unsettling, but here it also creates **intimacy**: only face and hands, the parts that connect with the screen, are visible.\n- The highlights are **lifted out** with a putty eraser, a subtractive method: light literally emerges from the darkness, echoing the screen glowing in a dark room.\n- The **lost edges** of the figure, which dissolve into the velvety black, suggest fatigue and isolation on a night shift, as if the worker were being absorbed by the night.\n- The **name badge**, the only hard edge, becomes a point of emphasis: an individual identity and profession within anonymity.\n- The effect recalls **Baroque tenebrism** (Caravaggio) and candlelit night scenes, but the candle is replaced by a phone, a contemporary source of light and connection.",
  }),
  written({
    key: "cr-32",
    topic: "CR",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${PORTFOLIO_REFLECTION}\n\nExplain **three** ways in which Extract B shows art-making as a process of inquiry.`,
    points: [
      pt("p1", 1, "It starts from an explicit inquiry question that guides the work", ["inquiry question", "question"]),
      pt(
        "p2",
        1,
        "It records experimentation with different methods (monoprint routes, blind ink drawing) and evaluates results honestly ('flat and technical')",
        ["experiment", "monoprint", "evaluate"],
      ),
      pt("p3", 1, "It synthesises/combines findings from earlier tests into a new piece (monoprint base with stitching)", ["combine", "synthesis", "stitch"]),
      pt("p4", 1, "It identifies next steps/new questions (scale; whether viewers can read the feeling): the inquiry is ongoing and audience-aware", [
        "next",
        "scale",
        "viewer",
        "audience",
      ]),
    ],
    answer:
      "Any three:\n\n1. It begins from an explicit **inquiry question** ('how can a map describe a feeling rather than a place?') that shapes every decision.\n2. It shows **experimentation and critical evaluation**: the monoprinted routes are judged 'flat and technical', which prompts a new method, blind ink drawing driven by memory.\n3. It **synthesises** findings, combining the monoprint base with stitching where the blind drawing was densest, rather than simply abandoning the first attempt.\n4. It ends with **next steps** that test scale and the **audience's** reading of the work, so the inquiry stays open and outward-looking.",
  }),
  mcq({
    key: "cr-33",
    topic: "CR",
    difficulty: 2,
    stem: `${TIDE_LEDGER}\n\nIn Artwork A, the single orange boat among blue-grey boats mainly creates:`,
    options: [
      "emphasis, through complementary contrast and isolation",
      "rhythm, through regular repetition of the boat shapes",
      "atmospheric perspective, through cool distant colours",
      "symmetrical balance",
    ],
    correct: "A",
    why: "Orange is the complement of blue, so one orange boat in a field of blue-grey stands out strongly; being the only one of its kind (isolation) makes it the focal point. The repeated grey boats create rhythm, but the orange boat breaks it.",
  }),
  mcq({
    key: "cr-34",
    topic: "CR",
    difficulty: 3,
    stem: `${STATIC_LULLABY}\n\nIn Artwork D, the glitched colours split into red, green and blue. Which colour system does this reveal?`,
    options: [
      "Additive RGB colour, mixed from light as in screens and projectors",
      "Subtractive CMYK colour, used in printing inks and inkjet printers",
      "The painter's red-yellow-blue primaries",
      "An analogous colour scheme",
    ],
    correct: "A",
    why: "Screens and projectors mix coloured light additively from red, green and blue; a glitch that separates the channels exposes the digital medium itself, a reminder that the family memories are data that can break down.",
  }),
  // HL depth
  mcq({
    key: "cr-hl-01",
    levels: HL,
    topic: "CR",
    difficulty: 4,
    stem: "A grey square looks slightly reddish when surrounded by green and slightly greenish when surrounded by red. What is this effect called?",
    options: ["Simultaneous contrast", "Optical mixing", "Atmospheric perspective", "Colour constancy"],
    correct: "A",
    why: "Simultaneous contrast (studied by the chemist Michel-Eugène Chevreul in the nineteenth century) is the way a colour appears to shift towards the complement of its surroundings. Optical mixing is the blending of separate dots of colour in the eye, as in pointillism.",
  }),
  mcq({
    key: "cr-hl-02",
    levels: HL,
    topic: "CR",
    difficulty: 5,
    stem: "In intaglio printmaking, what is **aquatint** used for?",
    options: [
      "Printing large areas of even or graded tone, using a porous ground of resin dust that acid bites around",
      "Scratching fine, slightly furred lines directly into the plate with a sharp needle, without acid",
      "Pressing textures and soft, grainy lines into a sticky ground before the plate is bitten",
      "Printing flat areas of water-based colour from a carved wooden block, as in Japanese prints",
    ],
    correct: "A",
    why: "Aquatint fuses a fine resin dust onto the plate; acid bites tiny pits between the grains, which hold ink as an area of tone. Longer biting gives darker tone, and stopping out areas between bites gives graded values. Goya used it extensively in his print series. Scratching lines with a needle is drypoint, pressing textures into a sticky ground is soft-ground etching, and a carved wooden block is a relief process, not intaglio.",
  }),
  written({
    key: "cr-hl-03",
    levels: HL,
    topic: "CR",
    difficulty: 4,
    marks: 4,
    term: "Evaluate",
    stem: "A student developing a series of portraits is choosing between working **digitally** (a tablet and painting software) and working in **oil paint**. Evaluate the two choices for an inquiry-based portfolio.",
    points: [
      pt("p1", 1, "Digital strength: layers, undo and saved versions allow rapid, low-cost experimentation and easy documentation of stages", [
        "layers",
        "undo",
        "versions",
        "document",
      ]),
      pt(
        "p2",
        1,
        "Digital limitation: no physical surface/texture; risk of over-polishing; the material's resistance and chance effects are lost; output/printing decisions needed",
        ["texture", "physical", "chance", "print"],
      ),
      pt(
        "p3",
        1,
        "Oil strength: physical qualities (impasto, glazing, scale) and the material's accidents can drive the inquiry; strong tradition of portraiture to connect with",
        ["impasto", "glaze", "material", "tradition"],
      ),
      pt(
        "p4",
        1,
        "Oil limitation/judgement: slow drying, cost, ventilation; judgement that the choice depends on intentions, or that combining both (digital studies, oil resolved works) may be strongest",
        ["slow", "intention", "combine", "judgement"],
      ),
    ],
    answer:
      "**Digital painting** makes experimentation fast and cheap: layers, undo and saved versions let the student test many colour schemes and compositions, and each stage is automatically documented for the portfolio. Its weakness is that there is no physical surface: impasto, the drag of a brush and happy accidents are absent, and smooth digital finishes can look over-polished; the student must also decide how the work is shown (screen or print).\n\n**Oil paint** offers physical qualities that can carry meaning (thick impasto for a weathered face, thin glazes for skin) and the material's resistance can push the inquiry in unexpected directions; it also connects the work to a long portrait tradition. But it dries slowly, is costly and needs ventilation, so fewer variations are possible.\n\n**Judgement:** neither is better in itself; the choice should follow the intention. Many strong inquiries **combine** them: quick digital studies to explore, then oil for the resolved works, with reflection on what changed in translation.",
  }),
  written({
    key: "cr-hl-04",
    levels: HL,
    topic: "CR",
    difficulty: 5,
    marks: 5,
    term: "Discuss",
    stem: `${RECEIPTS}\n\nDiscuss how **constraints** (of colour, format and process) shape the meaning of Artwork F.`,
    points: [
      pt(
        "p1",
        1,
        "Two-colour constraint (black on fluorescent pink) gives a strong graphic/commercial look; pink is attention-seeking, like advertising or price labels",
        ["two colours", "fluorescent", "commercial", "advertising"],
      ),
      pt(
        "p2",
        1,
        "Fixed format and grid/repetition stress seriality and the routine of shopping; change over time is read across the grid (rising totals, fewer items)",
        ["grid", "repetition", "series", "routine"],
      ),
      pt("p3", 1, "Screen printing is a commercial, reproducible process (link to Pop Art/Warhol), suiting a subject about mass consumption", [
        "screen print",
        "Pop",
        "Warhol",
        "reproduc",
      ]),
      pt("p4", 1, "Deliberate imperfections (misregistration, crooked prints) show the human hand/strain within the system; break the rhythm", [
        "misregistration",
        "crooked",
        "hand",
        "rhythm",
      ]),
      pt(
        "p5",
        1,
        "Evaluative conclusion: the constraints are not limits but the means of meaning (e.g. the restricted palette turns personal data into a public, critical image of rising living costs)",
        ["conclusion", "meaning", "cost of living"],
      ),
    ],
    answer:
      "Jun Park restricts almost every variable, and each restriction carries meaning.\n\n- **Colour:** only black on fluorescent pink. The palette borrows the language of price stickers and sale posters: loud, cheap, attention-seeking, which gives the ordinary receipt the status of a public announcement.\n- **Format and repetition:** twelve identical formats in a grid produce **rhythm** and seriality, the routine of weekly shopping. Because everything else is constant, the one thing that changes, rising totals for fewer items, becomes the story the viewer reads across the rows.\n- **Process:** screen printing is a commercial, reproducible technique, famously used by Pop artists such as Warhol to reflect mass consumption; here it turns a private document into a mass image.\n- **Imperfection within the system:** misregistration and two crooked prints break the rhythm, suggesting strain or the human hand inside an impersonal economic system.\n\n**Conclusion:** the constraints do not limit the work; they *are* its method. By holding everything steady, the artist makes a small numerical change feel like pressure on daily life.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// CM Communicate: curating, presenting and discussing art-making
// ─────────────────────────────────────────────────────────────────────────────
const communicate: QuestionInput[] = [
  mcq({
    key: "cm-01",
    topic: "CM",
    difficulty: 1,
    stem: "What is a **curatorial rationale**?",
    options: [
      "A written statement explaining the choices behind selecting and presenting artworks",
      "A price list and catalogue of the works in an exhibition, with their dimensions",
      "A biography of the artist's life and influences, written for the exhibition catalogue",
      "A technical description of how one artwork was made, its materials and its process",
    ],
    correct: "A",
    why: "A curatorial rationale justifies curatorial decisions: why these works, in this order and arrangement, in this space, for this audience, and how they relate to the artist's intentions.",
  }),
  mcq({
    key: "cm-02",
    topic: "CM",
    difficulty: 2,
    stem: "Which information does a typical exhibition label (exhibition text) for one artwork give?",
    options: [
      "Title, medium, size, date, and often a short note on context",
      "The full story of the artist's childhood",
      "Instructions on how to make the work",
      "The curator's personal opinions about other artists in the show",
    ],
    correct: "A",
    why: "A label identifies the work (title, medium, dimensions, date) and may add a short note on intention or context; it supports the viewer's looking without replacing it.",
  }),
  mcq({
    key: "cm-03",
    topic: "CM",
    difficulty: 2,
    stem: "The phrase **'white cube'** describes:",
    options: [
      "a sculpture by a Minimalist artist",
      "the neutral, white-walled, evenly lit gallery that minimises distraction from the art",
      "the plain white plinths on which sculpture and ceramics are displayed",
      "a lighting set-up that removes all shadows when artworks are photographed for catalogues",
    ],
    correct: "B",
    why: "The 'white cube' is the modern gallery ideal of blank white walls, even lighting and no decoration, meant to isolate artworks from everyday life. Critics (notably Brian O'Doherty's essays collected as *Inside the White Cube*) argued that this neutrality is itself a context that shapes meaning.",
  }),
  mcq({
    key: "cm-04",
    topic: "CM",
    difficulty: 3,
    stem: "Many paintings of different sizes are hung close together, from near the floor almost to the ceiling. This hang is called:",
    options: ["a linear hang at eye level", "a salon-style hang", "a white-cube hang", "a site-specific installation"],
    correct: "B",
    why: "Salon-style hanging, named after the crowded walls of the Paris Salon exhibitions, packs works densely across a whole wall; it invites comparison and abundance but makes close looking at single works harder.",
  }),
  mcq({
    key: "cm-05",
    topic: "CM",
    difficulty: 2,
    stem: "In the IB art-making inquiries portfolio (first assessment 2027), what are the limits on the submission?",
    options: [
      "Up to 15 screens and 3,000 words, plus a separate list of sources",
      "Exactly 25 screens and at least 5,000 words, with sources in the text",
      "A single 20-minute video with no text",
      "Up to 5 screens and 500 words",
    ],
    correct: "A",
    why: "The portfolio is a curated PDF of up to 15 screens with no more than 3,000 words, submitted with a separate list of sources; the limits mean images, not text, should dominate.",
  }),
  mcq({
    key: "cm-06",
    topic: "CM",
    difficulty: 3,
    stem: "Why are drawings and watercolours on paper usually displayed under **low light levels** and often for limited periods?",
    options: [
      "Light, especially ultraviolet, causes irreversible fading and discoloration",
      "Because visitors prefer dark rooms",
      "Because paper reflects too much light for visitors and photographs to see it clearly",
      "Because low light makes colours look more saturated",
    ],
    correct: "A",
    why: "Light damage is cumulative and irreversible: pigments fade and paper yellows. Conservators therefore limit light levels and exposure time for light-sensitive works such as works on paper and textiles.",
  }),
  mcq({
    key: "cm-07",
    topic: "CM",
    difficulty: 3,
    stem: "A curator places the most important painting on the wall directly facing the entrance of the room. What curatorial idea is being used?",
    options: ["Sightlines", "Provenance", "Edition numbering", "Negative space"],
    correct: "A",
    why: "Sightlines are the views a visitor has from a position such as a doorway. Placing a key work on the axis of the entrance draws visitors into the room and signals its importance.",
  }),
  mcq({
    key: "cm-08",
    topic: "CM",
    difficulty: 2,
    stem: "What is the main purpose of a group **critique** (crit) during the course?",
    options: [
      "To give each student a provisional mark that counts towards their final assessment",
      "To give and receive structured feedback that helps artists refine their intentions",
      "To choose which finished works will be shown in the final exhibition",
      "To let the teacher demonstrate the correct technique for the next task",
    ],
    correct: "B",
    why: "A critique is a dialogue: peers and teachers say what they see and how they read the work, and the artist learns whether intentions are communicated, informing refinement.",
  }),
  mcq({
    key: "cm-09",
    topic: "CM",
    difficulty: 2,
    stem: "What is the best way to document a three-dimensional artwork for a digital portfolio?",
    options: [
      "One high-resolution photograph from the front, taken with flash to show every detail",
      "Photographs from several angles, evenly lit, on a plain background, showing scale",
      "A detailed drawing of the work from memory, labelled with its dimensions and materials",
      "A photograph of the work's wall label only",
    ],
    correct: "B",
    why: "Sculpture and installation change as the viewer moves, so several views, consistent lighting, a neutral background, details and a sense of scale (dimensions or a figure) let an examiner understand the work.",
  }),
  mcq({
    key: "cm-10",
    topic: "CM",
    difficulty: 4,
    stem: "A curator hangs one very small, delicate drawing alone in the middle of a long, empty wall. What is the most likely intended effect?",
    options: [
      "To save space for other works",
      "To isolate the drawing, signal its importance and draw viewers close for intimate looking",
      "To keep visitors at a distance so that the delicate drawing is protected",
      "To signal that the drawing is a preparatory study rather than a finished work",
    ],
    correct: "B",
    why: "Generous negative space around a small work isolates it, gives it weight and forces viewers to approach closely, which creates an intimate encounter that suits a delicate piece.",
  }),
  written({
    key: "cm-11",
    topic: "CM",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** decisions an artist-curator makes when planning an exhibition of their own resolved artworks.",
    points: [
      pt("p1", 1, "Selection: which works to include/exclude so the group is coherent", ["select", "include", "coherent"]),
      pt("p2", 1, "Arrangement/sequencing: order, grouping, juxtapositions, route through the space", ["sequence", "order", "juxtapos", "arrangement"]),
      pt("p3", 1, "Display methods: height, plinths, lighting, spacing, wall colour", ["lighting", "height", "plinth", "spacing"]),
      pt("p4", 1, "Interpretation: title of the show, exhibition texts/labels, curatorial rationale aimed at the intended audience", [
        "title",
        "label",
        "text",
        "audience",
      ]),
    ],
    answer:
      "Any three, for example:\n\n1. **Selection:** which works best communicate the intentions and form a coherent body, and which should be left out.\n2. **Arrangement:** the sequence and grouping of works, and which juxtapositions or sightlines will shape the visitor's route and reading.\n3. **Display:** hanging height, plinths, spacing, lighting and wall colour.\n4. **Interpretation:** the exhibition title, the labels and texts, and the rationale that frames the show for its intended audience.",
  }),
  written({
    key: "cm-12",
    topic: "CM",
    difficulty: 3,
    marks: 4,
    term: "Evaluate",
    stem: `${RATIONALE_DRAFT}\n\nEvaluate the draft curatorial rationale in Extract A, identifying **two** strengths and **two** weaknesses.`,
    points: [
      pt("p1", 1, "Strength: a clear theme/title ('Thresholds') and intended audience experience (private home to public street)", [
        "theme",
        "title",
        "audience",
      ]),
      pt(
        "p2",
        1,
        "Strength: specific, justified display decisions (etching hung at child height linked to childhood memory; sequence growing larger and brighter)",
        ["child height", "sequence", "justified"],
      ),
      pt("p3", 1, "Weakness: 'I used lots of different techniques because I like experimenting' does not explain how media choices serve the theme", [
        "techniques",
        "not explain",
        "media",
      ]),
      pt(
        "p4",
        1,
        "Weakness: unsupported self-praise ('very good... a lot of skill') instead of reflection; informal register; few details of the other works/how works relate",
        ["self-praise", "judgement", "register", "relate"],
      ),
    ],
    answer:
      "**Strengths**\n\n1. It states a clear **theme and title** ('Thresholds') and an intended **audience experience**: moving from a private home to a public street.\n2. It **justifies specific display choices**: the etching of a bedroom door is hung at child height because the inquiry began with childhood memories, and the sequence grows larger and brighter, which enacts the move outwards.\n\n**Weaknesses**\n\n1. The comment on media ('lots of different techniques because I like experimenting') gives a personal preference, not a reason: it does not explain how etching, acrylic and the other media serve the idea of thresholds.\n2. It ends with **unsupported self-evaluation** ('very good... a lot of skill') instead of reflection on how the works relate to one another; only two of the six works are described, and the register is informal.",
  }),
  written({
    key: "cm-13",
    topic: "CM",
    difficulty: 3,
    marks: 4,
    term: "Suggest",
    stem: `${KITCHEN_ALTAR}\n\nSuggest how Artwork B should be displayed and lit in an exhibition, justifying **two** of your choices.`,
    points: [
      pt(
        "p1",
        1,
        "Display choice 1 (e.g. keep the low plinth/knee height, or place in a small, enclosed or domestic-feeling space / against a wall or free-standing)",
        ["low", "knee", "enclosed", "domestic"],
      ),
      pt("p2", 1, "Justification 1 linked to meaning: kneeling is an act of reverence/prayer, echoing the title 'Altar' and the intimacy of memory", [
        "kneel",
        "reverence",
        "altar",
        "intimacy",
      ]),
      pt("p3", 1, "Display/lighting choice 2 (e.g. low, warm, focused light so the tea-light glows; avoid bright flat light)", [
        "warm",
        "dim",
        "spotlight",
        "tea-light",
      ]),
      pt(
        "p4",
        1,
        "Justification 2: dim warm light evokes a shrine/candlelit devotional space and home kitchen, and lets the tin photographs catch light; consider safety/access (space to kneel)",
        ["shrine", "devotional", "reflect", "access"],
      ),
    ],
    answer:
      "**Keep the cabinet low, at knee height, in a quiet corner or small alcove.** The invitation to kneel turns looking into a gesture of reverence, the posture of prayer at an altar, which suits a work about mourning a grandmother. A small, enclosed space makes the encounter private, like opening drawers at home. Leave floor space so visitors can kneel, and consider a cushion or mat for access.\n\n**Light it dimly and warmly**, with one soft focused light, so the flickering tea-light becomes a real source of glow. Low warm light evokes candlelit shrines and domestic evenings, and will glint off the tin photographs as viewers move; bright, even gallery light would flatten the tin and make the work read as a museum display of objects rather than a place of remembrance.",
  }),
  written({
    key: "cm-14",
    topic: "CM",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: "Explain how the **sequence** and **juxtaposition** of artworks in an exhibition can change the way the audience reads them.",
    points: [
      pt("p1", 1, "Sequence creates a narrative or journey; the first work frames/introduces the theme and the last gives a conclusion", [
        "narrative",
        "journey",
        "first",
        "last",
      ]),
      pt("p2", 1, "Order can show development over time (chronology) or build intensity (e.g. small to large, quiet to loud)", [
        "chronolog",
        "development",
        "intensity",
      ]),
      pt("p3", 1, "Juxtaposition invites comparison: placing works side by side highlights similarities/contrasts in form or meaning", [
        "juxtapos",
        "comparison",
        "contrast",
      ]),
      pt("p4", 1, "The same work can gain new meanings from its neighbours (context created by the hang); example given", ["meaning", "neighbour", "example"]),
    ],
    answer:
      "**Sequence** turns a group of works into a journey. The first work sets up the theme and the expectations the audience brings to everything after it; the last leaves the final impression. Ordering can show development over time (chronological), or build intensity, for example from small, quiet works to large, loud ones.\n\n**Juxtaposition** invites comparison: two works placed side by side make the viewer notice what they share and where they differ. Meaning therefore depends partly on neighbours: a portrait of a smiling child reads as innocent beside a garden painting, but anxious beside a photograph of a flooded street. The curator creates a context inside the exhibition itself.",
  }),
  written({
    key: "cm-15",
    topic: "CM",
    difficulty: 3,
    marks: 3,
    term: "Describe",
    stem: "Describe **three** features of an effective short exhibition text (artist's statement) for a single artwork.",
    points: [
      pt("p1", 1, "Identifies the work: title, medium, dimensions, date", ["title", "medium", "dimensions"]),
      pt("p2", 1, "States the intention/idea concisely, without over-explaining, leaving room for interpretation", ["intention", "concise", "interpretation"]),
      pt("p3", 1, "Gives relevant context or an inquiry link that helps the viewer (e.g. where the materials come from, what prompted it)", [
        "context",
        "materials",
        "inquiry",
      ]),
      pt("p4", 1, "Written in clear, accessible language for the intended audience; uses subject vocabulary accurately without jargon", [
        "clear",
        "accessible",
        "audience",
      ]),
    ],
    answer:
      "Any three, for example:\n\n- **Identification:** title, medium, dimensions and date, so the viewer knows what they are looking at.\n- **Intention, briefly:** one or two sentences that open a way into the work without telling the viewer what to feel.\n- **Helpful context:** something the viewer cannot see, such as where the materials came from or the question that started the work.\n- **Clear language for the audience:** short, accessible sentences with accurate vocabulary and no unnecessary jargon.",
  }),
  written({
    key: "cm-16",
    topic: "CM",
    difficulty: 2,
    marks: 2,
    term: "Identify",
    stem: "Identify **two** ways an artist can find out how an audience responds to their exhibited work.",
    points: [
      pt("p1", 1, "Direct feedback: critique/discussion/interviews/artist talk with viewers", ["critique", "discussion", "talk", "interview"]),
      pt(
        "p2",
        1,
        "Recorded feedback: comment book/cards/online survey/social media comments / observation of how people move, how long they look, what they touch",
        ["comment", "survey", "observe"],
      ),
    ],
    answer:
      "Any two, e.g. (1) holding a **critique or artist talk** and listening to what viewers say they see; (2) leaving a **comment book** or short survey; (3) **observing** visitors: where they stop, how long they look, what they touch or photograph.",
  }),
  written({
    key: "cm-17",
    topic: "CM",
    difficulty: 4,
    marks: 6,
    term: "Evaluate",
    stem: "Evaluate presenting a set of resolved artworks in an **online (virtual) exhibition** rather than a **physical** one.",
    points: [
      pt("p1", 1, "Online advantage: wider/global audience, accessible at any time and place, cheaper", ["wider", "global", "access", "cheap"]),
      pt("p2", 1, "Online advantage: suits digital/time-based work; can add video, process images, links, zoomable detail", [
        "digital",
        "video",
        "zoom",
        "process",
      ]),
      pt("p3", 1, "Online limitation: loss of scale, actual texture and physical presence (e.g. impasto, sculpture in the round)", [
        "scale",
        "texture",
        "presence",
      ]),
      pt("p4", 1, "Online limitation: screen colour variation / short attention and distraction / no control over viewing conditions", [
        "screen",
        "colour",
        "attention",
        "distraction",
      ]),
      pt("p5", 1, "Physical advantage: curated spatial experience (sequence, sightlines, light, bodily movement, social encounter)", [
        "space",
        "light",
        "sightlines",
        "social",
      ]),
      pt("p6", 1, "Judgement: depends on the works and audience; hybrid solutions (physical show with online documentation)", [
        "judgement",
        "depends",
        "hybrid",
      ]),
    ],
    answer:
      "**For an online exhibition.** It reaches a far wider, even global audience, at any time, at low cost; people who cannot travel can still visit. It suits digital and time-based work, and can add material a wall cannot hold: process images, video, zoomable details.\n\n**Against.** Much of what art does physically is lost. Scale disappears (a 3-metre painting and a postcard fill the same screen); actual texture such as impasto or carved surfaces is flattened; sculpture cannot be walked around. Colours vary between screens, and viewers browse quickly among distractions; the artist controls little about how the work is seen.\n\n**A physical exhibition** offers a curated spatial experience: sequence, sightlines, lighting and the viewer's own movement, plus the social encounter of viewing together.\n\n**Judgement:** the right choice depends on the works and the audience. For screen-based work an online show may be ideal; for material, large or installation work a physical show is stronger, ideally with an online record extending its reach.",
  }),
  mcq({
    key: "cm-18",
    topic: "CM",
    difficulty: 3,
    stem: `${SALT_LINE}\n\nOnly the ten photographs of Artwork E are shown in the gallery. Which statement best describes their role?`,
    options: [
      "They document an ephemeral work and, in the gallery, become the artwork the audience experiences",
      "They are studies the artist made to plan where the salt line would be poured",
      "They are a record kept for the artist's archive; the artwork itself is only the line at the site",
      "They are illustrations that explain how the work was made, like a wall text",
    ],
    correct: "A",
    why: "The salt line no longer exists, so the gallery audience meets it only through the photographs. Their fixed viewpoint, sequence and small size, hung in one row, are curatorial choices that shape how the disappearance is experienced.",
  }),
  // HL depth
  mcq({
    key: "cm-hl-01",
    levels: HL,
    topic: "CM",
    difficulty: 4,
    stem: "In museum practice, what does an object's **provenance** record?",
    options: [
      "Its documented history of ownership since it was made",
      "The pigments used in it",
      "The number of visitors who saw it in each exhibition",
      "The artist's intended meaning, as recorded by the museum",
    ],
    correct: "A",
    why: "Provenance is the chain of ownership and custody. Gaps or forced acquisitions in that chain (looting, colonial seizure) raise ethical and legal questions about whether a museum should display or return an object.",
  }),
  written({
    key: "cm-hl-02",
    levels: HL,
    topic: "CM",
    difficulty: 5,
    marks: 5,
    term: "Discuss",
    stem: "Discuss the responsibilities of a curator who displays objects made by a culture other than their own, such as sacred or ceremonial objects.",
    points: [
      pt(
        "p1",
        1,
        "Provenance: how the object was acquired (e.g. looted/colonial seizure, such as the Benin Bronzes taken by British forces in 1897); possible restitution",
        ["provenance", "looted", "Benin", "restitution"],
      ),
      pt("p2", 1, "Consultation/collaboration with source communities about interpretation and display", ["consult", "community", "collaborat"]),
      pt("p3", 1, "Respect for sacred function: some objects should not be displayed, photographed or handled in certain ways", [
        "sacred",
        "respect",
        "function",
      ]),
      pt(
        "p4",
        1,
        "Interpretation: avoid presenting living cultures as exotic/primitive or only as 'art'; explain original function and purpose in the culture's own terms",
        ["exotic", "stereotype", "function", "purpose"],
      ),
      pt("p5", 1, "Balanced conclusion: public access and education vs harm/ownership; a judgement reached", ["balance", "access", "judgement"]),
    ],
    answer:
      "**Provenance.** A curator must know how an object reached the collection. Many were taken through violence or unequal colonial power; the Benin Bronzes, seized by British forces in 1897, are the best-known case, and several museums have begun returning them. Displaying such objects without acknowledging this history continues the injustice.\n\n**Consultation.** Source communities have knowledge and rights the museum lacks; collaborating on what is shown and how it is described moves authority back to them.\n\n**Sacred function.** Some objects were never meant to be seen by outsiders, or only in ritual; respectful practice may mean restricted display, no photography or return.\n\n**Interpretation.** Labels should explain original function and purpose in the culture's own terms, avoiding framing living cultures as exotic, primitive or frozen in the past, and not reducing ritual objects to 'art' for aesthetic contemplation alone.\n\n**Judgement.** Public display can educate and build respect, but only when access is balanced against ownership and harm; where an object was taken without consent, the curator's primary responsibility may be to support its return.",
  }),
  written({
    key: "cm-hl-03",
    levels: HL,
    topic: "CM",
    difficulty: 5,
    marks: 12,
    term: "Evaluate",
    stem: `${TIDE_LEDGER}\n\n${SALT_LINE}\n\nA student plans to show Artwork A and Artwork E together in a small two-room exhibition titled 'What the Water Left'. Evaluate how well these two works could be curated together, and propose and justify a display plan.`,
    points: extended(
      "contrasts the intimate, handmade, layered triptych (linocut, tea stain, stitching, one complementary orange accent) with the sparse row of small photographs documenting an ephemeral line; notes how scale and presentation shape the viewer's experience of each.",
      "recognises that both deal with water and loss in different contexts (family fishing livelihood and memory; drought and environmental change); identifies the audience and the purpose of the show; connects E to Land art traditions of ephemerality and documentation.",
      "evaluates fit (shared theme of traces and records: the grandfather's catch numbers and the ten daily photographs; absence of water) against tensions (different moods, media, scale); proposes a justified plan, e.g. A first in a warm, intimate room, E in a bare second room with one long low row to suggest the horizon; reaches a judgement.",
      "uses precise vocabulary (triptych, complementary, emphasis, ephemeral, documentation, sequence, sightline) in a clear structure.",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Shared theme: both works are **records of water and what it leaves**: catch numbers and routes in A; the daily photographs of a dissolving line in a dry riverbed in E.\n- Contrast: A is dense, tactile and personal (stitching, tea-stained paper, one orange boat); E is sparse, documentary and environmental, and the artwork itself no longer exists.\n- A justified plan using sequence, space, light and texts, and a judgement.\n\n**Model answer**\n\nThe pairing works because both pieces are about traces. In *Tide Ledger* the grandfather's pencilled catch figures and the red-thread routes record a livelihood tied to the sea; in *Salt Line* ten photographs record a line being erased by wind, animals and rain in a riverbed that no longer holds water. One remembers water as abundance, the other marks its absence. Read together, the title 'What the Water Left' becomes double: an inheritance, and a drought.\n\nFormally they differ sharply, and that difference is useful. *Tide Ledger* is intimate and layered: linocut in blue-grey on tea-stained paper, stitched thread casting small shadows, and a single gouache-orange boat whose complementary contrast creates a point of emphasis in the wide central panel. *Salt Line* is restrained: small prints in a single row, where the subject is time rather than form, in the tradition of Land art in which the documentation becomes the exhibited work.\n\nI would place **A in the first, smaller room**, lit warmly and hung slightly low, so visitors approach closely to see the stitching and the handwriting: a personal, human scale. The doorway would frame the orange boat as the first sightline. **E would occupy the second, larger room**, almost empty, with the ten photographs in one long low row like a horizon, read left to right as ten days. The move from a crowded, warm room to a bare, bright one would enact the shift from memory to loss.\n\nThe risk is that E seems slight beside A. A short text naming the site and the ten days, and the empty space around the prints, can make that sparseness read as deliberate. On balance the works are well matched: their contrast in density and scale is exactly what lets the theme of what remains, and what disappears, be felt rather than only read.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// CN Connect: movements and contexts, analysing and comparing artworks, cultural significance
// ─────────────────────────────────────────────────────────────────────────────
const connect: QuestionInput[] = [
  mcq({
    key: "cn-01",
    topic: "CN",
    difficulty: 1,
    stem: "Single-point **linear perspective**, with lines converging on a vanishing point, was developed and set out as a system in which period?",
    options: ["Early Renaissance Italy (fifteenth century)", "Ancient Egypt", "Impressionism (1870s France)", "Abstract Expressionism (1940s New York)"],
    correct: "A",
    why: "Filippo Brunelleschi demonstrated linear perspective in Florence in the early fifteenth century and Leon Battista Alberti described the method in his treatise *On Painting* (1435). Masaccio's *Holy Trinity* fresco is an early painted example.",
  }),
  mcq({
    key: "cn-02",
    topic: "CN",
    difficulty: 2,
    stem: "Dramatic contrasts of light and dark, with figures emerging from deep shadow, are most associated with which painter and period?",
    options: ["Caravaggio, Baroque", "Claude Monet, Impressionism", "Andy Warhol, Pop Art", "Piet Mondrian, De Stijl"],
    correct: "A",
    why: "Caravaggio's chiaroscuro (in its extreme form, tenebrism) shaped Baroque painting across Europe around 1600; Rembrandt and Artemisia Gentileschi also used strong light and shadow for drama.",
  }),
  mcq({
    key: "cn-03",
    topic: "CN",
    difficulty: 2,
    stem: "Which set of features best describes **Impressionism**?",
    options: [
      "Painting outdoors, broken brushstrokes and changing effects of light on modern scenes",
      "Smooth, idealised figures from ancient history, with invisible brushwork and crisp outlines",
      "Dream imagery and the unconscious mind, explored through automatic drawing",
      "Geometric fragmentation of objects, seen from several viewpoints at once",
    ],
    correct: "A",
    why: "Impressionists such as Monet, Renoir and Morisot painted modern life and landscape outdoors, with quick broken strokes to capture fleeting light. The name came from a critic's mocking review of Monet's *Impression, Sunrise* at the group's 1874 exhibition in Paris.",
  }),
  mcq({
    key: "cn-04",
    topic: "CN",
    difficulty: 2,
    stem: "Which artists are credited with developing **Cubism** in the years around 1907-1914?",
    options: ["Pablo Picasso and Georges Braque", "Salvador Dalí and René Magritte", "Jackson Pollock and Mark Rothko", "Claude Monet and Edgar Degas"],
    correct: "A",
    why: "Picasso and Braque developed Cubism in Paris, breaking objects into faceted planes and showing several viewpoints at once; Picasso's *Les Demoiselles d'Avignon* (1907) is often seen as its starting point.",
  }),
  mcq({
    key: "cn-05",
    topic: "CN",
    difficulty: 2,
    stem: "The Surrealist movement, launched by André Breton's 1924 manifesto, was chiefly concerned with:",
    options: [
      "the unconscious mind, dreams and chance, often explored through automatism",
      "accurate scientific recording of light and colour at different times of day",
      "mass-produced consumer imagery",
      "pure geometric abstraction using primary colours",
    ],
    correct: "A",
    why: "Influenced by Freud, Surrealists explored dreams, the unconscious and chance (automatic drawing, unexpected juxtapositions). Salvador Dalí's *The Persistence of Memory* (1931) and René Magritte's *The Treachery of Images* (1929) are well-known examples.",
  }),
  mcq({
    key: "cn-06",
    topic: "CN",
    difficulty: 3,
    stem: "Jackson Pollock's large paintings made by dripping and pouring paint onto canvas laid on the floor are associated with:",
    options: ["Abstract Expressionism", "Pop Art", "Neo-Impressionism (pointillism)", "Minimalism"],
    correct: "A",
    why: "Pollock's drip paintings of the late 1940s are central to Abstract Expressionism in New York; the critic Harold Rosenberg's term 'action painting' stressed the physical act of painting. Mark Rothko represents the movement's colour-field side.",
  }),
  mcq({
    key: "cn-07",
    topic: "CN",
    difficulty: 2,
    stem: "Andy Warhol's *Campbell's Soup Cans* (1962) and his screen-printed portraits of celebrities belong to which movement?",
    options: ["Pop Art", "Surrealism", "Impressionism", "Land art"],
    correct: "A",
    why: "Pop Art (late 1950s-1960s, Britain and the United States) took imagery from advertising, consumer goods, comics and celebrity, often using commercial techniques such as screen printing to blur the line between fine art and mass culture.",
  }),
  mcq({
    key: "cn-08",
    topic: "CN",
    difficulty: 3,
    stem: "Robert Smithson's *Spiral Jetty* (1970), a coil of rock and earth built out into the Great Salt Lake in Utah, is a landmark of:",
    options: ["Land art", "Baroque sculpture", "Cubism", "Pop Art"],
    correct: "A",
    why: "Land art (late 1960s-1970s) moved art out of the gallery into the landscape, using earth, rock and natural processes. Such works are site-specific and often known to most people through photographs and film.",
  }),
  mcq({
    key: "cn-09",
    topic: "CN",
    difficulty: 3,
    stem: "Marcel Duchamp's *Fountain* (1917), a mass-produced urinal signed 'R. Mutt', is the best-known example of a:",
    options: ["readymade", "fresco", "triptych", "reduction print"],
    correct: "A",
    why: "A readymade is an ordinary manufactured object chosen and presented as art. Associated with Dada, *Fountain* argued that the artist's choice and the context of display, not skilled making, could make something art, a key idea for later conceptual art.",
  }),
  mcq({
    key: "cn-10",
    topic: "CN",
    difficulty: 3,
    stem: "Georges Seurat's *A Sunday on La Grande Jatte* (1884-86) is built from small dots of unmixed colour intended to blend in the viewer's eye. This approach is called:",
    options: ["pointillism", "sfumato", "impasto", "cloisonnism"],
    correct: "A",
    why: "Seurat's pointillism (Neo-Impressionism) placed separate dots of pure colour side by side so they would mix optically, drawing on nineteenth-century colour science.",
  }),
  mcq({
    key: "cn-11",
    topic: "CN",
    difficulty: 3,
    stem: "Japanese **ukiyo-e** woodblock prints, such as Hokusai's *Under the Wave off Kanagawa* (the 'Great Wave', c. 1831), strongly influenced which European artists in the late nineteenth century?",
    options: [
      "Impressionists and Post-Impressionists such as Degas and Van Gogh",
      "Academic Salon painters such as Bouguereau, Cabanel and Gérôme",
      "Realist painters such as Courbet and Millet",
      "Neoclassical painters such as David and Ingres",
    ],
    correct: "A",
    why: "After Japanese prints circulated widely in Europe from the 1850s-60s, their flat colour, bold outlines, cropped and asymmetrical compositions and everyday subjects fed 'Japonisme' in Impressionist and Post-Impressionist art; Van Gogh collected and copied such prints. Academic Salon painters kept to a polished, illusionistic finish, and Neoclassicism and Realism had formed before the prints arrived.",
  }),
  mcq({
    key: "cn-12",
    topic: "CN",
    difficulty: 4,
    stem: "Roy Lichtenstein painted enlarged comic-strip frames with patterns of regular dots. What do the dots imitate?",
    options: [
      "Ben-Day dots used in cheap commercial printing",
      "Seurat's pointillist dots of unmixed colour",
      "Aboriginal dot painting",
      "Pixels on an early computer or television screen",
    ],
    correct: "A",
    why: "Lichtenstein imitated the Ben-Day dot process used to print comics and newspapers cheaply, painting by hand what was normally mechanical: a Pop Art comment on mass reproduction.",
  }),
  mcq({
    key: "cn-13",
    topic: "CN",
    difficulty: 2,
    stem: "Edmund Feldman's widely taught method of art criticism moves through four stages. What is their order?",
    options: [
      "Description, analysis, interpretation, judgement",
      "Judgement, description, interpretation, analysis",
      "Interpretation, judgement, analysis, description",
      "Analysis, judgement, description, interpretation",
    ],
    correct: "A",
    why: "Feldman's model starts with what can be seen (description), then how it is organised (analysis), what it means (interpretation) and finally its value (judgement), so that judgement rests on evidence.",
  }),
  mcq({
    key: "cn-14",
    topic: "CN",
    difficulty: 3,
    stem: "Picasso's *Guernica* (1937) was painted in response to:",
    options: [
      "the aerial bombing of the Basque town of Guernica during the Spanish Civil War",
      "the end of the First World War",
      "the fall of the Spanish monarchy and the founding of the Republic in 1931",
      "a commission to decorate a cathedral",
    ],
    correct: "A",
    why: "*Guernica* responded to the bombing of Guernica in April 1937 by German and Italian aircraft supporting Franco's Nationalists; it was first shown in the Spanish Republic's pavilion at the 1937 Paris International Exposition. Its black, white and grey palette recalls newspaper photographs.",
  }),
  mcq({
    key: "cn-15",
    topic: "CN",
    difficulty: 3,
    stem: "An altarpiece painted for a fifteenth-century church, now hanging in a national gallery, is discussed in terms of its **original function**. What was that function most likely to be?",
    options: [
      "Devotional: to focus prayer and teach religious stories",
      "Decorative: to match the gallery's wall colour",
      "Commercial: to be sold at a fair to a private collector",
      "Political protest against the church",
    ],
    correct: "A",
    why: "Altarpieces stood behind church altars to support worship and teach sacred narratives. Moving them into a gallery changes their context: they become objects of aesthetic and historical study, which is why analysis considers original function and purpose.",
  }),
  mcq({
    key: "cn-16",
    topic: "CN",
    difficulty: 4,
    stem: "Papier collé and collage entered fine-art painting around 1912 through:",
    options: [
      "the Synthetic Cubism of Picasso and Braque",
      "the Impressionists' plein-air sketches",
      "Renaissance fresco cartoons",
      "the Abstract Expressionists' drip paintings",
    ],
    correct: "A",
    why: "Around 1912 Braque made his first papier collé and Picasso glued oilcloth printed with chair caning into a still life; pasting real materials into pictures marked the shift from Analytical to Synthetic Cubism.",
  }),
  written({
    key: "cn-17",
    topic: "CN",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between **formal analysis** and **contextual analysis** of an artwork.",
    points: [
      pt("p1", 1, "Formal analysis examines the visual/material qualities of the work itself: elements and principles, media, techniques, composition", [
        "elements",
        "principles",
        "composition",
        "visual",
      ]),
      pt(
        "p2",
        1,
        "Contextual analysis examines the circumstances in which it was made and received: historical, social, cultural, political, the artist's life, function and audience",
        ["historical", "social", "cultural", "function", "audience"],
      ),
    ],
    answer:
      "**Formal analysis** looks at the work itself: how line, colour, tone, texture, space and composition are organised, and which media and techniques were used, and what effects these have. **Contextual analysis** looks outward: when, where, by whom and for whom the work was made, its function and purpose, and the historical, social and cultural circumstances that shape its meaning then and now.",
  }),
  written({
    key: "cn-18",
    topic: "CN",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** characteristics of Impressionist painting.",
    points: [
      pt("p1", 1, "Painting outdoors/en plein air to observe light directly (helped by portable paint in tubes)", ["plein air", "outdoors", "tubes"]),
      pt(
        "p2",
        1,
        "Concern with fleeting effects of light, weather and atmosphere; coloured shadows; same motif painted at different times (e.g. Monet's series)",
        ["light", "atmosphere", "series", "shadows"],
      ),
      pt("p3", 1, "Visible, broken/quick brushstrokes; colours placed side by side rather than smoothly blended", ["broken", "brushstrokes", "visible"]),
      pt("p4", 1, "Modern everyday subjects (leisure, cafés, railways, boulevards) and cropped, informal compositions", [
        "everyday",
        "modern",
        "leisure",
        "cropped",
      ]),
    ],
    answer:
      "Any three:\n\n1. Painting **en plein air**, outdoors in front of the motif, made easier by paint sold in portable tubes.\n2. Interest in **fleeting light and atmosphere**: coloured shadows, weather, times of day; Monet painted the same motif in series to record changing light.\n3. **Visible, broken brushstrokes** with colours set side by side rather than blended smoothly, which gives a sense of speed and vibration.\n4. **Modern everyday subjects** (leisure, cafés, railway stations, boulevards) in informal, often cropped compositions.",
  }),
  written({
    key: "cn-19",
    topic: "CN",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how **single-point linear perspective**, as developed in Renaissance Italy, creates an illusion of depth on a flat surface.",
    points: [
      pt("p1", 1, "A horizon line is set at the viewer's eye level", ["horizon", "eye level"]),
      pt("p2", 1, "Parallel lines receding from the viewer (orthogonals) are drawn converging on a single vanishing point on the horizon", [
        "orthogonal",
        "converge",
        "vanishing point",
      ]),
      pt("p3", 1, "Objects diminish in size systematically/proportionally as they recede", ["diminish", "smaller", "scale"]),
      pt(
        "p4",
        1,
        "This imitates how the eye sees from one fixed viewpoint, making the picture a 'window' into a coherent, measurable space; the vanishing point can also create emphasis (e.g. Leonardo's Last Supper centres on Christ)",
        ["fixed viewpoint", "window", "emphasis", "Last Supper"],
      ),
    ],
    answer:
      "The painter fixes a **horizon line** at the viewer's eye level and a single **vanishing point** on it. All lines that in reality run straight away from the viewer (the **orthogonals**, such as floor tiles or the edges of buildings) are drawn converging to that point, and objects are made **systematically smaller** the further back they are placed.\n\nBecause this imitates how things appear from one fixed viewpoint, the flat surface reads like a window onto a coherent, measurable space, as Alberti described. The vanishing point also organises attention: in Leonardo's *Last Supper* the orthogonals converge on the head of Christ, making him the focal point.",
  }),
  written({
    key: "cn-20",
    topic: "CN",
    difficulty: 3,
    marks: 4,
    term: "Compare and contrast",
    stem: "Compare and contrast the treatment of **light** in Baroque painting (such as Caravaggio's) and in Impressionist painting (such as Monet's).",
    points: [
      pt("p1", 1, "Similarity: in both, light is a central subject/tool used to create mood and direct attention", ["both", "mood", "central"]),
      pt("p2", 1, "Baroque: a single strong, directed light source against dark shadow (chiaroscuro/tenebrism), often in interiors", [
        "chiaroscuro",
        "tenebrism",
        "single source",
        "shadow",
      ]),
      pt("p3", 1, "Impressionism: diffuse natural daylight observed outdoors; shadows coloured (blues, violets) rather than black; high-key palette", [
        "daylight",
        "coloured shadows",
        "outdoors",
        "high-key",
      ]),
      pt(
        "p4",
        1,
        "Purpose differs: Baroque light dramatises a narrative/spiritual moment (e.g. a calling or revelation), Impressionist light records a fleeting moment of perception/modern life",
        ["drama", "spiritual", "fleeting", "perception"],
      ),
    ],
    answer:
      "**Similarity.** In both, light is not just illumination but the main means of creating mood and organising attention.\n\n**Differences.** Caravaggio uses a **single, strong, directed light** that cuts through darkness (chiaroscuro pushed to tenebrism): forms are modelled sharply, and much of the picture is near-black. Monet works with **diffuse daylight** observed outdoors; he avoids black, painting shadows in blues and violets, in a light, high-key palette with broken strokes.\n\nTheir **purposes** differ too: Baroque light dramatises a narrative, often spiritual moment (a sudden calling, a revelation), guiding the viewer to its meaning, while Impressionist light records a fleeting moment of perception, the way a scene looked at one time of day.",
  }),
  written({
    key: "cn-21",
    topic: "CN",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "In the connections study and in analysing art generally, students investigate an artwork's **cultural significance**. Explain what this means and how it can be investigated.",
    points: [
      pt("p1", 1, "Cultural significance: the value/meaning the work has for a community or culture, then and now (beyond its formal qualities)", [
        "meaning",
        "value",
        "community",
        "culture",
      ]),
      pt("p2", 1, "Investigate original context and function/purpose: who made it, for whom, why, how it was used", ["function", "purpose", "context"]),
      pt("p3", 1, "Investigate reception over time: how audiences, critics, institutions responded; changes in meaning; influence on later artists", [
        "reception",
        "influence",
        "over time",
      ]),
      pt(
        "p4",
        1,
        "Use reliable, referenced sources (and, where possible, first-hand viewing); consider multiple perspectives, including from the culture that produced it",
        ["sources", "reference", "perspectives"],
      ),
    ],
    answer:
      "**Cultural significance** is the meaning and value an artwork holds for a community or culture, why it matters beyond its formal qualities, in its own time and now.\n\nTo investigate it, a student examines the **original context, function and purpose** (who made it, for whom, why, and how it was used or displayed); its **reception over time** (how audiences, critics and institutions responded, how its meaning changed when it moved, for example from a temple to a museum, and which artists it influenced); and does so using **reliable, referenced sources**, considering **several perspectives**, especially those of the culture that produced it, and first-hand viewing where possible.",
  }),
  written({
    key: "cn-22",
    topic: "CN",
    difficulty: 3,
    marks: 3,
    term: "Describe",
    stem: `${UNSENT_LETTERS}\n\nDescribe how Artwork H connects to the artist's **personal**, **local** and **global** contexts.`,
    points: [
      pt("p1", 1, "Personal: letters never sent to relatives; handwriting in his first language; childhood city left at age ten (memory, loss, family)", [
        "personal",
        "letters",
        "family",
        "memory",
      ]),
      pt("p2", 1, "Local: clay dug from a riverbank near his current home: his new place is literally the material of the work", [
        "local",
        "clay",
        "riverbank",
        "material",
      ]),
      pt("p3", 1, "Global: migration/displacement and diaspora; separation of families across borders; vessels as a shared, ancient human form", [
        "global",
        "migration",
        "diaspora",
        "vessel",
      ]),
    ],
    answer:
      "- **Personal:** the text comes from the artist's own unsent letters to relatives, written in his first language; the sealed jars hold the things he never said, tied to the city he left as a child.\n- **Local:** the clay was dug from a riverbank near where he now lives, so his new home is literally the body that holds his old language.\n- **Global:** the work speaks to the wider experience of migration and diaspora, families separated by borders, and uses the vessel, one of the oldest and most widely shared human art forms, to do so.",
  }),
  written({
    key: "cn-23",
    topic: "CN",
    difficulty: 4,
    marks: 4,
    term: "Analyse",
    stem: `${SALT_LINE}\n\nAnalyse how Artwork E connects to the ideas and practices of **Land art**.`,
    points: [
      pt("p1", 1, "Made outside the gallery, in and with the landscape (riverbed) and a natural material (salt)", ["landscape", "outside", "natural material"]),
      pt("p2", 1, "Site-specific: the meaning depends on the dried-up river (drought/environmental change)", ["site-specific", "drought", "environment"]),
      pt("p3", 1, "Ephemeral: natural processes (wind, animals, rain) are part of the work; time and change are the subject", ["ephemeral", "time", "process"]),
      pt(
        "p4",
        1,
        "Documentation is what the gallery audience sees (photographs), as with many Land art works known through photographs/film (e.g. Smithson's Spiral Jetty)",
        ["documentation", "photograph", "Spiral Jetty"],
      ),
    ],
    answer:
      "Like the Land artists of the late 1960s and 1970s, Rhodes works **outside the gallery**, using the landscape itself and a simple natural material, salt.\n\nThe work is **site-specific**: a line across a dry riverbed recalls the water that is missing, so the place carries the meaning of drought and environmental change.\n\nIt is **ephemeral**: wind, animals and rain are collaborators, and change over time becomes the subject, a line drawn only to be erased.\n\nFinally, the gallery audience meets it only through **documentation**, ten photographs from one viewpoint, just as most people know works like Smithson's *Spiral Jetty* through photographs and film. The photographs are both a record and a new artwork about time.",
  }),
  written({
    key: "cn-24",
    topic: "CN",
    difficulty: 4,
    marks: 6,
    term: "Compare and contrast",
    stem: `${RECEIPTS}\n\nCompare and contrast Artwork F with the work of Andy Warhol on consumer goods and celebrity (for example his *Campbell's Soup Cans*, 1962, and his screen-printed *Marilyn Diptych*, 1962).`,
    points: [
      pt("p1", 1, "Similarity: everyday consumer subject matter (supermarket goods/receipts, soup cans)", ["consumer", "everyday", "supermarket"]),
      pt("p2", 1, "Similarity: repetition/seriality in a grid, echoing mass production", ["repetition", "grid", "mass production"]),
      pt(
        "p3",
        1,
        "Similarity: commercial technique/look (screen printing, as in Warhol's Marilyn Diptych), bold flat colour, misregistration/imperfection visible in both",
        ["screen print", "flat colour", "misregistration"],
      ),
      pt(
        "p4",
        1,
        "Difference: Warhol's cool, ambiguous stance (celebration or critique of consumerism is debated) vs Park's clearer social comment on rising prices/cost of living",
        ["ambiguous", "critique", "cost of living"],
      ),
      pt(
        "p5",
        1,
        "Difference: Park's image is a personal document (his own receipts, dates, change over time: narrative), Warhol's images are anonymous brands/celebrity shared by everyone",
        ["personal", "document", "narrative", "brand", "celebrity"],
      ),
      pt("p6", 1, "Difference in context: 1960s American post-war abundance/celebrity culture vs a contemporary context of inflation and scarcity", [
        "1960s",
        "abundance",
        "contemporary",
        "inflation",
      ]),
    ],
    answer:
      "**Similarities.** Both take their subject from **everyday consumer culture**: Warhol's soup cans, Park's supermarket receipts. Both use **repetition in a grid** to echo mass production and routine, and both rely on commercial methods: Park, like Warhol in works such as the *Marilyn Diptych*, uses **screen printing** with flat, bold colour, and in both the small misregistrations and irregularities are left visible.\n\n**Differences.** Warhol's stance is famously **cool and ambiguous**: viewers still debate whether his work celebrates or critiques consumer abundance. Park's series makes a clearer **social comment**, because the legible totals rise while items fall. Park's receipts are **personal documents** with dates that tell a story over time, whereas Warhol's brands and celebrities are anonymous, shared images that never change. The **contexts** differ too: Warhol responded to the post-war abundance and celebrity culture of 1960s America; Park responds to a present of rising costs and scarcity, turning Pop's language of plenty into a record of pressure.",
  }),
  written({
    key: "cn-25",
    topic: "CN",
    difficulty: 4,
    marks: 5,
    term: "Explain",
    stem: "Explain how **Cubism** broke with the conventions of representation that had dominated European painting since the Renaissance.",
    points: [
      pt("p1", 1, "Rejected single-point linear perspective/one fixed viewpoint: objects shown from several viewpoints at once", [
        "viewpoint",
        "perspective",
        "multiple",
      ]),
      pt("p2", 1, "Forms broken into faceted, geometric planes, so the picture no longer imitates a continuous illusionistic space", [
        "planes",
        "faceted",
        "fragment",
      ]),
      pt("p3", 1, "Flattened pictorial space/emphasis on the flat picture surface rather than a 'window'", ["flat", "surface", "window"]),
      pt("p4", 1, "Rejected modelling by chiaroscuro and naturalistic colour (Analytical Cubism's restricted browns and greys)", [
        "chiaroscuro",
        "muted",
        "monochrome",
      ]),
      pt(
        "p5",
        1,
        "Introduced real materials (collage/papier collé) in Synthetic Cubism, questioning the difference between representation and reality; influences (Cézanne, African and Iberian sculpture)",
        ["collage", "papier collé", "Cézanne", "African"],
      ),
    ],
    answer:
      "Since the Renaissance, painting had aimed at a convincing illusion: a window onto space seen from one fixed viewpoint, with forms modelled by light and shade. Cubism, developed by Picasso and Braque from about 1907, broke this in several ways:\n\n1. **Multiple viewpoints:** an object is shown from several angles at once, abandoning single-point perspective.\n2. **Fragmentation:** forms are broken into faceted geometric planes that interpenetrate with the background.\n3. **Flatness:** pictorial space is shallow; the canvas is presented as a flat, constructed surface rather than a window.\n4. **Colour and modelling:** Analytical Cubism restricted colour to browns, greys and ochres and dropped consistent chiaroscuro, so attention goes to structure.\n5. **Real materials:** from 1912, Synthetic Cubism pasted newspaper, wallpaper and printed oilcloth into pictures, blurring representation and reality.\n\nThe movement drew on Cézanne's late work and on African and Iberian sculpture, a debt now also discussed critically in terms of colonial context.",
  }),
  written({
    key: "cn-26",
    topic: "CN",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline what the SL **connections study** (first assessment 2027) requires a student to do.",
    points: [
      pt("p1", 1, "Choose one of their own resolved artworks and situate it in context", ["resolved artwork", "situate", "own"]),
      pt("p2", 1, "Make connections between that artwork and their own context(s)", ["own context", "personal", "connections"]),
      pt("p3", 1, "Connect it with at least two artworks by different artists, informed by research", ["two artworks", "different artists", "research"]),
      pt(
        "p4",
        1,
        "Show understanding of the cultural significance of those artworks; present curated visual and written evidence (up to 10 screens, 2,500 words) with a separate list of sources; worth 20% at SL",
        ["cultural significance", "10 screens", "sources", "20%"],
      ),
    ],
    answer:
      "In the connections study (SL only, externally assessed, 20%) the student:\n\n1. chooses **one of their own resolved artworks**;\n2. situates it by making connections with **their own context(s)**;\n3. connects it with **at least two artworks by different artists**, with the connections informed by research;\n4. demonstrates understanding of the **cultural significance** of those artworks, presenting curated visual and written evidence (up to 10 screens and 2,500 words) with a separate list of sources.",
  }),
  mcq({
    key: "cn-28",
    topic: "CN",
    difficulty: 3,
    stem: "Older IB Visual Arts materials (2017 guide, last examined 2026) describe a **comparative study** and a **process portfolio**. In the course first assessed in 2027, which tasks play the closest equivalent roles?",
    options: [
      "The connections study (SL), connecting art to contexts, and the art-making inquiries portfolio",
      "The resolved artworks and a written examination",
      "The artist project and a timed drawing test completed under exam conditions",
      "There are no equivalents: the new course replaces both with the artist project for all students",
    ],
    correct: "A",
    why: "The 2017 comparative study (comparing artworks from different cultural contexts) and process portfolio (documenting experimentation and refinement) have their closest counterparts in the SL connections study and the SL/HL art-making inquiries portfolio; HL students also complete the artist project. Neither course has a written examination.",
  }),
  written({
    key: "cn-29",
    topic: "CN",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline **four** features of an effective comparison of two artworks from different cultural contexts (as practised in a comparative or connections study).",
    points: [
      pt("p1", 1, "Integrated comparison: the works are discussed together point by point (similarities and differences), not in two separate descriptions", [
        "integrated",
        "similarities",
        "differences",
        "together",
      ]),
      pt("p2", 1, "Formal analysis of both, using accurate subject vocabulary (elements, principles, media, techniques)", [
        "formal",
        "vocabulary",
        "technique",
      ]),
      pt("p3", 1, "Each work's context, function and purpose and cultural significance are investigated, not just its appearance", [
        "context",
        "function",
        "purpose",
        "cultural significance",
      ]),
      pt("p4", 1, "Interpretation supported by research and referenced, reliable sources (and first-hand viewing where possible)", [
        "research",
        "sources",
        "reference",
      ]),
      pt("p5", 1, "Visual presentation: annotated images, details placed side by side; a reasoned conclusion/connection to the student's own practice", [
        "annotated",
        "side by side",
        "conclusion",
        "own practice",
      ]),
    ],
    answer:
      "Any four:\n\n1. **Integrated comparison:** the two works are discussed together, point by point, drawing out similarities and differences, rather than as two separate essays.\n2. **Formal analysis of both** with accurate vocabulary: composition, colour, scale, materials and techniques, and their effects.\n3. **Context:** each work's function and purpose and its cultural significance in its own culture, then and now.\n4. **Research:** interpretations supported by reliable, referenced sources, with first-hand viewing where possible.\n5. **Visual presentation and conclusion:** annotated images and details side by side, ending in a reasoned conclusion, ideally connected to the student's own art-making.",
  }),
  written({
    key: "cn-27",
    topic: "CN",
    difficulty: 4,
    marks: 12,
    term: "Compare and contrast",
    stem: `${KITCHEN_ALTAR}\n\n${UNSENT_LETTERS}\n\nCompare and contrast how Artwork B and Artwork H use materials and objects to communicate memory and absence.`,
    points: extended(
      "analyses found objects, worn surfaces, tin photo transfers, flickering light and drawers in B; unglazed stoneware, sgraffito handwriting, sealed lids, varied heights and the line of jars in H; links each formal choice to effect.",
      "identifies B's context of mourning a grandmother and the domestic kitchen as a site of care; H's context of migration, a first language and letters never sent; audiences' bodily engagement (kneeling in B; unable to open H).",
      "sustains comparison: both use containers (drawers, jars) and traces of the absent (objects, handwriting); B opens and invites, H seals and withholds; B's objects are real relics while H's material is new local clay; reaches a judgement about which strategy conveys absence more powerfully or how they complement each other.",
      "uses accurate terms (assemblage, found object, sgraffito, slip, installation, plinth) in an integrated comparative structure.",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Both works are built from **containers**: drawers in B, sealed jars in H.\n- B uses **real relics** (a grandmother's cup, spoon, bus ticket) and photographs; H uses **new clay** and the artist's own words.\n- B **opens and invites** (drawers, kneeling, light); H **closes and withholds** (sealed lids, unglazed surfaces).\n- A judgement on how each makes absence felt.\n\n**Model answer**\n\nBoth artists treat memory as something stored. In *Kitchen Altar* each drawer of a spice cabinet holds a single object from a grandmother's kitchen; in *Vessels for Unsent Letters* seven stoneware jars hold, symbolically, the letters written on their surfaces. The container is the shared metaphor: a body for what is gone.\n\nTheir materials work in opposite ways. Lera's objects are **found** and worn by use: the spoon 'worn flat on one side' is a trace of the grandmother's hand, an index of a life. The photographs transferred onto tin look fragile and old-fashioned, and the electric tea-light adds a flicker that evokes votive candles. Haddad's clay is **new**, dug near his present home, and the trace of the past is his own handwriting, scratched through dark slip (sgraffito) so the pale clay shows through like a wound or an inscription on a tomb.\n\nThe audience's body is central to both, but differently. B asks visitors to **kneel**, a gesture of prayer that matches the title; opening onto its drawers, the work grants access. H **denies access**: the lids are sealed, so the letters can never be read, and the words on the outside are in a language many viewers cannot read either. Absence in B is loss after a death, made bearable by ritual; absence in H is distance, of place, language and family, left unresolved.\n\nOn balance, B communicates absence through presence (the objects remain, their owner does not), while H communicates it through refusal. H's strategy is more unsettling because the viewer shares the artist's position of being unable to reach the other side, but B's is more immediately moving because its objects are so ordinary. Together they show two ways materials can hold memory: as relics, and as new forms made to carry what was never said.",
  }),
  // HL depth
  mcq({
    key: "cn-hl-01",
    levels: HL,
    topic: "CN",
    difficulty: 4,
    stem: "The American critic Clement Greenberg is best known for arguing that modernist painting should:",
    options: [
      "emphasise what is unique to painting, above all the flat picture surface",
      "return to Renaissance perspective and realistic modelling of form",
      "abandon easel painting for performance, installation and other new media",
      "always carry an explicit political message",
    ],
    correct: "A",
    why: "Greenberg's formalist criticism (for example the essay 'Modernist Painting', 1960) saw the history of modernism as painting focusing on its own medium, especially flatness; he championed Abstract Expressionists such as Pollock and later colour-field painters.",
  }),
  mcq({
    key: "cn-hl-02",
    levels: HL,
    topic: "CN",
    difficulty: 5,
    stem: "Art in which the work consists of social situations and interactions between people (for example an artist cooking and serving food to visitors in a gallery) was called **relational aesthetics** by which writer?",
    options: ["Nicolas Bourriaud", "Giorgio Vasari", "Clement Greenberg", "John Ruskin"],
    correct: "A",
    why: "The French curator Nicolas Bourriaud used the term in the 1990s for art whose material is human relations, such as Rirkrit Tiravanija's cooking pieces. Vasari wrote Renaissance artists' *Lives*; Ruskin was a Victorian critic; Greenberg a formalist critic.",
  }),
  written({
    key: "cn-hl-03",
    levels: HL,
    topic: "CN",
    difficulty: 5,
    marks: 6,
    term: "To what extent",
    stem: "To what extent can an artwork be fully understood through its **formal qualities** alone, without knowledge of its context? Refer to at least one well-known artwork.",
    points: [
      pt(
        "p1",
        1,
        "Formalist case: formal qualities are directly available to any viewer and produce effects in themselves (composition, colour, scale), e.g. the emotional impact of a colour-field painting",
        ["formal", "directly", "colour", "effect"],
      ),
      pt("p2", 1, "Formalist tradition named/explained (e.g. Greenberg, Clive Bell's 'significant form')", ["Greenberg", "Bell", "significant form"]),
      pt(
        "p3",
        1,
        "Contextual case with example: meaning depends on context (e.g. Guernica's fragmented figures read as a response to the 1937 bombing; Duchamp's Fountain is only art through context and idea)",
        ["context", "Guernica", "Fountain"],
      ),
      pt("p4", 1, "Function and purpose/cultural significance often invisible in form (ritual objects, altarpieces removed to museums)", [
        "function",
        "ritual",
        "significance",
      ]),
      pt("p5", 1, "Context can also mislead/limit (biographical fallacy) and the viewer's own context shapes reading", ["mislead", "biograph", "viewer"]),
      pt("p6", 1, "Reasoned judgement (e.g. formal analysis is necessary but rarely sufficient)", ["judgement", "necessary", "sufficient"]),
    ],
    answer:
      "**Formal qualities can go a long way.** Colour, scale, composition and surface act on any viewer directly: a large colour-field canvas can move someone who knows nothing about its painter. Formalist critics built theories on this, from Clive Bell's 'significant form' to Clement Greenberg's focus on flatness and the medium.\n\n**But much meaning lies in context.** Picasso's *Guernica* can be read formally (a shallow, fragmented space, a monochrome palette, screaming figures) as chaos and pain, but it becomes a specific protest only when the viewer knows of the 1937 bombing. Duchamp's *Fountain* has almost no meaning as form: it is an artwork only because of the idea and the gallery context. Function and cultural significance are often invisible too: an altarpiece or a ritual mask seen in a museum was made to be used, not contemplated.\n\n**Context has limits as well.** Over-reliance on biography can narrow a work to its maker's life, and every viewer brings their own context anyway.\n\n**Judgement:** formal analysis is necessary, since it is the evidence for any interpretation, but for most works it is not sufficient; full understanding combines what the work shows with when, why and for whom it was made.",
  }),
  written({
    key: "cn-hl-04",
    levels: HL,
    topic: "CN",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: "Explain why the meaning of an artwork can change when it is moved from its original site to a museum. Use an example.",
    points: [
      pt("p1", 1, "Loss of original function (devotional, ritual, civic, domestic) and of the setting it was designed for (light, height, architecture)", [
        "function",
        "setting",
        "architecture",
      ]),
      pt("p2", 1, "Museum context reframes it as an aesthetic/historical object for contemplation; labels and neighbours create new meanings", [
        "aesthetic",
        "reframe",
        "label",
      ]),
      pt("p3", 1, "New audiences with different knowledge/beliefs interpret it differently", ["audience", "beliefs"]),
      pt(
        "p4",
        1,
        "Example explained (e.g. an altarpiece made for a candlelit chapel, a ritual mask meant to be worn in performance, the Parthenon sculptures removed from the temple to the British Museum)",
        ["altarpiece", "mask", "Parthenon"],
      ),
    ],
    answer:
      "Works are often made for a particular place and use. Moving them to a museum removes their **original function** (to support prayer, ritual, civic memory) and the **setting** they were designed for: the height, the light, the surrounding architecture.\n\nThe museum **reframes** them as objects for aesthetic or historical contemplation; labels, lighting and neighbouring works produce new meanings, and **new audiences** bring different knowledge and beliefs.\n\n*Example:* the Parthenon sculptures were carved to be seen high on a temple to Athena, in Athenian daylight, as part of a religious and civic building. Displayed at eye level in the British Museum, they are read as masterpieces of classical sculpture and have also become symbols in a long debate about ownership and return.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// AP Artist project (HL only): a stand-alone project situated in a context and for an audience
// ─────────────────────────────────────────────────────────────────────────────
const artistProject: QuestionInput[] = [
  mcq({
    key: "ap-01",
    levels: HL,
    topic: "AP",
    difficulty: 2,
    stem: "In the IB Visual Arts course (first assessment 2027), what is the **artist project**?",
    options: [
      "An HL-only, stand-alone art project that the student situates in a context and presents for an audience",
      "An SL-only study connecting the student's own art-making to artworks by others and their contexts",
      "A portfolio of screens documenting the student's experiments, research and refinement across the course",
      "The selection of resolved artworks that every student, SL and HL, presents at the end of the course",
    ],
    correct: "A",
    why: "The artist project is an HL task: an ambitious, stand-alone project, usually made in the second year, in which the student considers the context and location in which the work is presented and how an audience experiences it.",
  }),
  mcq({
    key: "ap-02",
    levels: HL,
    topic: "AP",
    difficulty: 3,
    stem: "How is the HL course weighted between its externally assessed components?",
    options: [
      "The inquiries portfolio and the artist project are each worth 30%",
      "The artist project is worth 80% and the inquiries portfolio 20%",
      "The connections study is worth 50% at HL",
      "Only the artist project is externally assessed",
    ],
    correct: "A",
    why: "At HL the art-making inquiries portfolio (30%) and the artist project (30%) are externally assessed and equally weighted; the resolved artworks (40%) are internally assessed. The connections study is an SL task.",
  }),
  mcq({
    key: "ap-03",
    levels: HL,
    topic: "AP",
    difficulty: 3,
    stem: "An artwork is described as **site-specific**. What does this mean?",
    options: [
      "It was made for a particular place, and its meaning depends on that place",
      "It can be installed in any gallery, as long as the space is large enough for it",
      "It was made in the artist's studio",
      "It is shown in a public outdoor space rather than inside a gallery",
    ],
    correct: "A",
    why: "A site-specific work responds to the physical, social or historical features of its location; the place is part of the work.",
  }),
  mcq({
    key: "ap-04",
    levels: HL,
    topic: "AP",
    difficulty: 4,
    stem: "Richard Serra's steel sculpture *Tilted Arc* (1981) was removed from a plaza in New York in 1989 after complaints from people who worked there. Serra argued that removing it destroyed the work. Why?",
    options: [
      "Because it was site-specific: its meaning lay in how it divided and redirected movement across that particular plaza",
      "Because it had been cut to fit the plaza exactly and could not physically be rebuilt anywhere else",
      "Because it was a temporary installation that had only ever been meant to stand until 1989",
      "Because it was painted directly onto the paving of the plaza",
    ],
    correct: "A",
    why: "Serra held that *Tilted Arc* was made for that plaza, so relocating it meant destroying it. The controversy is a classic case of the tension between an artist's intentions and the everyday public audience that has to live with a work in its site.",
  }),
  mcq({
    key: "ap-05",
    levels: HL,
    topic: "AP",
    difficulty: 3,
    stem: "An HL student's project is a chalk drawing on a school path that will be washed away by rain. What is the most important practical step for assessment?",
    options: [
      "Plan careful documentation (photographs and/or video of the work in its site, with the audience, and over time)",
      "Seal the drawing with fixative spray so that the rain cannot wash it away",
      "Redraw it on paper in the art room and submit the copy in place of the original",
      "Write a detailed description of the drawing, since photographs cannot show chalk texture",
    ],
    correct: "A",
    why: "With ephemeral work, documentation is how the examiner experiences the project, so it must be planned as carefully as the work itself: the site, the audience's interaction and the changes over time.",
  }),
  mcq({
    key: "ap-06",
    levels: HL,
    topic: "AP",
    difficulty: 4,
    stem: "Christo and Jeanne-Claude's *Wrapped Reichstag* (Berlin, 1995) is often cited when planning large public projects because:",
    options: [
      "it was temporary yet needed years of negotiation and official permission",
      "it was painted in fresco",
      "it was made entirely in a studio and then shipped to Berlin and assembled on site",
      "it was a permanent bronze monument",
    ],
    correct: "A",
    why: "The wrapping of the Reichstag in silver fabric lasted about two weeks, but the artists worked for more than twenty years to gain permission, including a vote in the German parliament. Public projects depend on permissions, logistics and the audience as much as on making.",
  }),
  mcq({
    key: "ap-07",
    levels: HL,
    topic: "AP",
    difficulty: 5,
    stem: "An HL student plans a participatory project in which members of the public add handwritten messages to a wall in a community centre. Which consideration is **most** specific to participatory work?",
    options: [
      "The artist shares control with participants, so consent and instructions must be planned",
      "Choosing durable materials and sealants so that the messages survive for as long as possible",
      "Planning the composition so that the finished wall looks visually balanced",
      "Lighting the wall so that the messages can be read clearly in the evening",
    ],
    correct: "A",
    why: "Participatory art makes the audience co-authors. The artist designs the conditions (invitation, instructions, materials), must accept unpredictability, and has responsibilities: consent, privacy, moderation of what is added and credit for contributors.",
  }),
  written({
    key: "ap-08",
    levels: HL,
    topic: "AP",
    difficulty: 3,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** factors an HL student should consider when choosing a location for an artist project.",
    points: [
      pt("p1", 1, "Meaning: how the site's history, function or associations connect to the intentions", ["meaning", "history", "function", "associations"]),
      pt("p2", 1, "Audience: who passes through or visits, and how they will encounter/move through the work", ["audience", "encounter", "visitors"]),
      pt("p3", 1, "Physical conditions: space, light, weather, scale, power supply, durability of materials", ["light", "weather", "scale", "power"]),
      pt("p4", 1, "Practicalities and ethics: permissions, safety, access, disruption to others, time available, documentation", [
        "permission",
        "safety",
        "access",
        "documentation",
      ]),
    ],
    answer:
      "Any three, for example:\n\n1. **Meaning of the site:** its history, function and associations, and how these connect to the project's intentions.\n2. **Audience:** who will encounter the work there (deliberate visitors or passers-by) and how they will move through or around it.\n3. **Physical conditions:** size, light, weather, access to power, and whether the materials will survive.\n4. **Practicalities and ethics:** permissions, safety, accessibility, disruption to others and how the work will be documented.",
  }),
  written({
    key: "ap-09",
    levels: HL,
    topic: "AP",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: "Explain how the **audience's interaction** with an artwork can become part of its meaning. Refer to an example, real or imagined.",
    points: [
      pt("p1", 1, "The work is completed/activated by the viewer's actions or presence (touch, movement, participation, shadow)", [
        "activate",
        "complete",
        "participation",
        "presence",
      ]),
      pt("p2", 1, "Each encounter is different, so meaning is open/unfinished and co-created", ["different", "co-created", "open"]),
      pt("p3", 1, "Bodily experience (kneeling, walking through, being reflected) creates meanings such as intimacy, responsibility, complicity", [
        "body",
        "intimacy",
        "complicity",
      ]),
      pt(
        "p4",
        1,
        "Example explained (e.g. Artwork D-style shadows on projection; Kusama's mirrored infinity rooms that include the viewer's reflection; visitors taking sweets/objects from a pile)",
        ["example", "Kusama", "mirror", "shadow"],
      ),
    ],
    answer:
      "In interactive or participatory works the viewer is not outside the work looking in: their **presence or actions complete it**. Because every encounter differs, the meaning is **co-created** and never quite finished.\n\nThe body matters: being asked to kneel, to walk through, or to see oneself reflected creates feelings such as intimacy, responsibility or even complicity that an image alone cannot.\n\n*Example:* in Yayoi Kusama's mirrored *Infinity Mirror Rooms*, the visitor's own reflection is multiplied endlessly among the lights, so the experience of dissolving into infinity, central to the work, depends on someone standing inside it. (Similarly, in an imagined projection on a stairwell, passers-by's shadows interrupting family videos would become a metaphor for the present breaking into memory.)",
  }),
  written({
    key: "ap-10",
    levels: HL,
    topic: "AP",
    difficulty: 4,
    marks: 5,
    term: "Evaluate",
    stem: `${STATIC_LULLABY}\n\nAn HL student proposes Artwork D as their artist project. Evaluate the proposal, considering its **site**, its **audience** and its **practical demands**.`,
    points: [
      pt(
        "p1",
        1,
        "Site strength: a stairwell is a transitional space, matching themes of memory/passing time; the bedsheet links to home and childhood/lullaby",
        ["stairwell", "transitional", "bedsheet", "home"],
      ),
      pt("p2", 1, "Audience strength: passers-by's shadows activate the work, so the audience unknowingly joins the family memories (interaction as meaning)", [
        "shadow",
        "passers-by",
        "interaction",
      ]),
      pt("p3", 1, "Audience risk: people on stairs move quickly/may not stop; the 4-minute loop and quiet sound may be missed in a noisy space", [
        "move quickly",
        "loop",
        "sound",
        "noise",
      ]),
      pt(
        "p4",
        1,
        "Practical demands: darkness for projection, power, safety (cables, obstruction of a fire exit), permission; technical reliability of projector/speaker",
        ["darkness", "safety", "fire", "permission", "cables"],
      ),
      pt("p5", 1, "Judgement and a recommendation (e.g. viable if tested: timing of showing in the evening, signage, documentation on video with audience)", [
        "judgement",
        "test",
        "documentation",
        "recommend",
      ]),
    ],
    answer:
      "**Strengths.** The stairwell is a **transitional space**, a place people pass through, which suits a work about memory and time slipping away; a **bedsheet** as screen connects to home, bedtime and the humming lullaby. Most powerfully, the **audience's shadows** fall across the glitching family videos: strangers literally enter someone else's memories, so interaction becomes part of the meaning.\n\n**Risks.** People on stairs are moving, often in a hurry; they may never stay for a four-minute loop, and a quiet hum may be lost in school noise. A projection needs **darkness**, and stairwells are usually bright and are **escape routes**: cables and a hanging sheet raise safety issues and will need permission.\n\n**Judgement.** The proposal is conceptually strong and well matched to its site, but viable only if the student tests it: showing it in the evening when the stairwell can be dimmed, securing the sheet and cables safely with the school's agreement, and filming people passing through as documentation. With those steps it would be an ambitious and coherent artist project.",
  }),
  written({
    key: "ap-11",
    levels: HL,
    topic: "AP",
    difficulty: 3,
    marks: 4,
    term: "Describe",
    stem: "Describe **four** stages of planning that help an HL student carry an artist project from idea to presentation.",
    points: [
      pt("p1", 1, "Research and intentions: define the idea, context and intended audience; research relevant artists/sites", [
        "research",
        "intention",
        "audience",
      ]),
      pt("p2", 1, "Proposal and tests: sketches, maquettes/models, material and technical tests at small scale", ["maquette", "model", "test", "sketch"]),
      pt("p3", 1, "Logistics: timeline with milestones, budget, materials, permissions, risk/safety assessment", ["timeline", "budget", "permission", "risk"]),
      pt("p4", 1, "Installation, audience experience and documentation; reflection and refinement of intentions afterwards", [
        "install",
        "document",
        "reflect",
        "refine",
      ]),
    ],
    answer:
      "1. **Research and intentions:** clarify the idea, the context and the audience; research artists who have worked with similar sites or themes.\n2. **Proposal and testing:** sketches, digital mock-ups or a scale maquette of the site; small material and technical tests before committing.\n3. **Logistics:** a timeline with milestones (working back from the installation date), a budget, materials lists, permissions from whoever controls the site, and a risk and safety assessment.\n4. **Installation, documentation and reflection:** install and adjust on site, record the work and the audience's experience with photographs and video, then reflect on how the intentions were realised or changed.",
  }),
  written({
    key: "ap-12",
    levels: HL,
    topic: "AP",
    difficulty: 5,
    marks: 6,
    term: "Discuss",
    stem: "Discuss the ethical issues an HL student should consider when their artist project involves **members of a local community** (for example photographing and interviewing residents of a neighbourhood).",
    points: [
      pt("p1", 1, "Informed consent to be photographed, recorded and exhibited; right to withdraw", ["consent", "withdraw", "permission"]),
      pt("p2", 1, "Protecting vulnerable people/minors; privacy and data (names, addresses, faces online)", ["vulnerable", "minors", "privacy", "data"]),
      pt("p3", 1, "Representation: avoid stereotypes or exoticising; whose voice tells the story; risk of 'speaking for' the community", [
        "representation",
        "stereotype",
        "voice",
      ]),
      pt("p4", 1, "Ownership and credit: participants as collaborators; acknowledgement; sharing the work back with the community", [
        "credit",
        "ownership",
        "collaborat",
        "share",
      ]),
      pt(
        "p5",
        1,
        "Benefit and harm: what the community gains vs what the student gains (grades); avoid extracting stories; sensitive topics handled with care",
        ["benefit", "harm", "extract", "sensitive"],
      ),
      pt("p6", 1, "Reasoned conclusion: ethical practice can strengthen the work (trust gives richer material); follow school/IB guidance", [
        "conclusion",
        "trust",
        "guidance",
      ]),
    ],
    answer:
      "**Consent.** Every resident photographed or recorded should know what the project is, where images and words will be shown (including online), and that they can withdraw. For minors, parental consent is needed.\n\n**Privacy and vulnerability.** Names, addresses and recognisable faces can expose people; some residents may be vulnerable, and sensitive stories (illness, immigration status, conflict) need special care or should stay out of the work.\n\n**Representation.** An outsider with a camera decides how a neighbourhood is seen. The student should avoid stereotypes and exoticising and ask whose voice tells the story: quoting residents in their own words, or inviting them to choose images, shares authority.\n\n**Ownership and benefit.** Residents give time and stories while the student gains a grade; crediting participants, showing the finished work in the neighbourhood and giving copies of portraits make the exchange fairer and avoid simply extracting material.\n\n**Conclusion.** These are not obstacles but part of the work's quality: trust produces richer, more honest material, and a project built with a community, within school and IB guidance, is more likely to say something true about it.",
  }),
  written({
    key: "ap-13",
    levels: HL,
    topic: "AP",
    difficulty: 4,
    marks: 4,
    term: "Justify",
    stem: `${SALT_LINE}\n\nIf Artwork E were an HL artist project, justify **two** documentation choices the artist made and suggest **one** improvement.`,
    points: [
      pt(
        "p1",
        1,
        "Justification 1: photographing from the same spot each day makes change over time comparable / the fixed viewpoint turns the series into a measured record",
        ["same spot", "fixed viewpoint", "change", "comparable"],
      ),
      pt("p2", 1, "Justification 2: sunrise each day gives consistent light and a symbolic beginning; ten days gives a sequence/duration", [
        "sunrise",
        "consistent light",
        "sequence",
      ]),
      pt("p3", 1, "Justification of display: small prints in a single row read like a timeline/horizon and echo the line itself; sparseness echoes absence", [
        "row",
        "timeline",
        "horizon",
        "absence",
      ]),
      pt("p4", 1, "Improvement: add wide shot showing the site/scale, time-lapse video, sound, or a map/short text; record how people or animals interacted", [
        "wide shot",
        "scale",
        "video",
        "map",
      ]),
    ],
    answer:
      "**Choice 1: a fixed viewpoint.** Photographing from the same spot every day makes the ten images directly comparable, so the viewer reads the slow destruction of the line as a measured process, which is the point of the work.\n\n**Choice 2: sunrise, ten consecutive days.** Photographing at the same time gives consistent, low, raking light that shows the texture of salt and cracked earth; sunrise also suggests a new beginning each day, set against a line that keeps disappearing. (Also creditable: hanging small prints in a single row, like a timeline or the horizon, echoing the line itself.)\n\n**Improvement:** add one **wide shot** or a short **time-lapse video** showing the whole 40-metre line in the landscape, so the audience grasps its scale and site; a map or a brief text could locate the dried river.",
  }),
  written({
    key: "ap-14",
    levels: HL,
    topic: "AP",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: "Explain how feedback from a trial audience might lead an HL student to **refine** the intentions of an artist project.",
    points: [
      pt("p1", 1, "Trial reveals the gap between intended and actual reading/experience of the work", ["gap", "intended", "actual", "reading"]),
      pt("p2", 1, "Student may change form/site/scale/duration/instructions in response (example)", ["change", "scale", "site", "instructions"]),
      pt("p3", 1, "Or the intention itself shifts: unexpected responses reveal a richer idea to pursue; student documents and reflects on this as inquiry", [
        "unexpected",
        "shift",
        "reflect",
        "document",
      ]),
    ],
    answer:
      "Showing a prototype to a trial audience reveals the **gap between intention and reception**: viewers may miss the idea, read it differently, or not engage at all.\n\nThe student can respond by changing the **form**: scale, site, lighting, duration or the instructions given to participants (for example, a sound piece nobody noticed might move to a quieter corridor).\n\nSometimes the **intention itself** changes: an unexpected response (visitors adding their own objects, say) may open a richer idea than the original. Recording this and reflecting on it shows the project developing through inquiry rather than simply being executed.",
  }),
  written({
    key: "ap-15",
    levels: HL,
    topic: "AP",
    difficulty: 5,
    marks: 12,
    term: "Discuss",
    stem: "Discuss how an artist project can be shaped by its **location** and its **audience**. Refer to **two** well-known artworks made for particular sites or audiences, and to how these ideas would inform a project of your own.",
    points: extended(
      "analyses how form, scale and materials respond to each site (e.g. the spiral of rock and salt crystals in *Spiral Jetty*; the curved steel wall of *Tilted Arc* cutting across a plaza; the fabric of *Wrapped Reichstag* revealing a building's form).",
      "explains each work's context and audience (remote landscape visited by few and known through film and photographs; daily office workers who objected; a mass public in a politically symbolic building in reunified Berlin).",
      "draws connections between the two works (permanence vs ephemerality; invited vs unwilling audiences; documentation) and applies them to a concrete, justified project proposal with a judgement about audience and site.",
      "uses accurate terms (site-specific, ephemeral, public art, participation, documentation) in a well-organised discussion.",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- In site-specific work the location is part of the material and the meaning.\n- Audiences differ: invited, accidental, unwilling; physical visitors or viewers of documentation.\n- Two examples analysed and compared, then applied to the student's own proposal with a judgement.\n\n**Model answer**\n\nAn artist project is not finished in the studio: where it is placed and who meets it there shape what it means.\n\nRobert Smithson's *Spiral Jetty* (1970) makes the location its material. Rock and earth form a coil running into the Great Salt Lake, where salt crystals and shifting water levels keep changing it. Its physical audience is small, since the site is remote; most people know it through Smithson's film and photographs, so documentation is part of how the work exists. The landscape's scale and isolation give it the feeling of an ancient, almost geological sign.\n\nRichard Serra's *Tilted Arc* (1981) shows the opposite relationship. A long curved wall of steel cut across a busy federal plaza in New York, forcing office workers to walk around it. Serra intended the work to change how people experienced the plaza; many of those people, an audience that had not chosen art, experienced it as an obstruction, and it was removed in 1989. Because it was site-specific, Serra argued that moving it destroyed it.\n\nSet side by side, the two show that an artist can design for a site, but cannot fully control an audience: Smithson's willing, distant audience accepted a work they mostly never visited; Serra's daily, unwilling audience rejected a work they could not avoid. Permanence raised the stakes in New York; ephemerality or documentation can give more freedom.\n\nFor my own project, a series of cyanotype banners printed with the shadows of plants from a disused school garden, these ideas suggest hanging the banners temporarily in the garden itself, where students pass at lunchtime, rather than in the gallery. The site gives the work its subject (neglect and regrowth), and a short, temporary installation respects an audience who did not choose it. I would trial one banner, invite comments, and film the installation over a week, since sun will fade the cyanotypes: the documentation becomes the record of change. The judgement I draw is that location and audience are not settings for the work but its co-authors, so they must be planned from the first sketch.",
  }),
];

const questions: QuestionInput[] = [...create, ...communicate, ...connect, ...artistProject];

const file: SubjectQuestions = { subject: "visual-arts", questions };
export default file;
