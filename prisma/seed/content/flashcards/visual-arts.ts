import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Visual Arts (new guide, first assessment 2027): formal elements and principles, colour
// theory, media and techniques, movements and contexts (well-known facts only), analysing artworks, curating,
// the assessment components and, for HL, the artist project (topic AP, HL only).
// Keys use "visarts-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `visarts-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Create: formal elements and principles
  card("elements", "CR", "List the **formal elements** of art.", "Line, shape, form, tone (value), colour, texture and space. (Some lists add pattern.)"),
  card(
    "principles",
    "CR",
    "List the main **principles of design**.",
    "Balance, emphasis (focal point), contrast, rhythm and repetition, movement, proportion and scale, pattern, unity and variety.",
  ),
  card(
    "shape-form",
    "CR",
    "**Shape** vs **form**.",
    "- **Shape:** a flat, two-dimensional area (geometric or organic).\n- **Form:** a three-dimensional volume, real (sculpture) or implied by tone and light (a shaded sphere in a drawing).",
  ),
  card(
    "line-types",
    "CR",
    "Name four kinds of **line** and what each does.",
    "- **Contour:** describes edges and outlines.\n- **Gestural/expressive:** records movement and energy.\n- **Implied:** perceived, not drawn (a gaze, a row of shapes).\n- **Hatching lines:** build tone.\nLine direction also carries mood: horizontals calm, verticals stable, diagonals dynamic.",
  ),
  card(
    "hue-value-saturation",
    "CR",
    "Define **hue**, **value** and **saturation**.",
    "- **Hue:** the colour family (red, blue-green).\n- **Value:** lightness or darkness.\n- **Saturation (chroma):** purity or intensity, from vivid to greyed.",
  ),
  card(
    "tint-shade-tone",
    "CR",
    "**Tint**, **shade** and **tone** of a hue.",
    "- **Tint:** hue + white.\n- **Shade:** hue + black.\n- **Tone:** hue + grey (lower saturation).",
  ),
  card(
    "colour-schemes",
    "CR",
    "**Complementary**, **analogous**, **monochromatic** and **triadic** colour schemes.",
    "- **Complementary:** opposites on the wheel (red-green, blue-orange, yellow-violet): strong contrast.\n- **Analogous:** neighbours (yellow, yellow-green, green): harmony.\n- **Monochromatic:** one hue in different values and saturations.\n- **Triadic:** three hues evenly spaced (red, yellow, blue).",
  ),
  card(
    "warm-cool",
    "CR",
    "How do **warm** and **cool** colours behave?",
    "Warm colours (reds, oranges, yellows) tend to advance and feel energetic; cool colours (blues, greens, violets) tend to recede and feel calm. Painters use this for depth and mood.",
  ),
  card(
    "additive-subtractive",
    "CR",
    "**Additive** vs **subtractive** colour mixing.",
    "- **Additive (light, screens):** primaries red, green, blue; all together make white.\n- **Subtractive (pigment, print):** cyan, magenta, yellow (+ black = CMYK in printing); mixing darkens towards black or brown. Painters traditionally use red, yellow, blue.",
  ),
  card(
    "space",
    "CR",
    "**Positive** and **negative space**.",
    "Positive space is occupied by the subject; negative space is the area around and between. Strong compositions design both (the gap between two faces can itself form a shape).",
  ),
  card(
    "depth-cues",
    "CR",
    "Five ways to create the illusion of **depth** on a flat surface.",
    "Linear perspective; atmospheric perspective (paler, bluer, less detail far away); overlapping; diminishing size; placement higher on the picture plane. Also warm/cool colour and sharp vs soft focus.",
  ),
  card(
    "rule-thirds",
    "CR",
    "What is the **rule of thirds**?",
    "A guideline that divides the picture into a 3 x 3 grid; placing a horizon on a third-line and a focal point at an intersection usually feels more dynamic than centring.",
  ),
  card(
    "balance",
    "CR",
    "Three kinds of **balance**.",
    "- **Symmetrical (formal):** mirror-like, stable, often ceremonial.\n- **Asymmetrical (informal):** unequal elements with equal visual weight; dynamic.\n- **Radial:** elements radiate from a centre (a rose window, a mandala).",
  ),
  card(
    "emphasis-rhythm",
    "CR",
    "How is **emphasis** created, and what is **rhythm**?",
    "- **Emphasis:** a focal point made by contrast (value, colour, texture, size), isolation, placement or leading lines.\n- **Rhythm:** repetition of elements with some variation, moving the eye through the work (regular, alternating, progressive).",
  ),
  card(
    "texture",
    "CR",
    "**Actual** vs **implied** texture.",
    "Actual texture is physical and can be felt (impasto, collage, carved surfaces); implied texture is an illusion created with marks and tone on a flat surface.",
  ),
  // ── Create: media and techniques
  card(
    "print-families",
    "CR",
    "The four families of **printmaking**.",
    "- **Relief:** ink on raised surface (woodcut, linocut).\n- **Intaglio:** ink in grooves, printed under pressure (etching, engraving, drypoint, aquatint).\n- **Planographic:** flat surface, grease and water repel (lithography).\n- **Stencil:** ink through a mesh or stencil (screen printing).",
  ),
  card(
    "etching",
    "CR",
    "How is an **etching** made?",
    "A metal plate is coated with an acid-resistant ground; the artist draws through it with a needle; acid bites the exposed lines; the plate is inked, wiped and printed under a roller press so the paper lifts ink from the grooves.",
  ),
  card(
    "reduction-lino",
    "CR",
    "What is a **reduction linocut**?",
    "A multi-colour print from one block, cut away further after each colour is printed (light to dark). Earlier states are destroyed, so the edition size is fixed at the start.",
  ),
  card(
    "screen-print",
    "CR",
    "How does **screen printing** work?",
    "Ink is pushed with a squeegee through a fine mesh; a stencil (cut film, drawing fluid or photo emulsion) blocks areas that should not print. One screen per colour, aligned by registration. Used by Warhol and other Pop artists.",
  ),
  card(
    "fresco",
    "CR",
    "**Buon fresco** vs **fresco secco**.",
    "- **Buon fresco:** pigment in water on wet lime plaster, bound as the plaster sets; painted one day's section (giornata) at a time (e.g. Michelangelo's Sistine Chapel ceiling, 1508-12).\n- **Secco:** paint with a binder on dry plaster; less durable.",
  ),
  card(
    "tempera",
    "CR",
    "What is **egg tempera**?",
    "Pigment bound with egg yolk, the main panel-painting medium before oil in Europe. Dries fast and matt; forms are modelled with fine hatched strokes. Botticelli's *The Birth of Venus* is painted in tempera.",
  ),
  card(
    "oil-techniques",
    "CR",
    "Four **oil painting** techniques.",
    "- **Glazing:** thin transparent layers over dry paint for luminous depth.\n- **Impasto:** thick paint with visible marks.\n- **Scumbling:** thin broken opaque layer dragged over another.\n- **Alla prima (wet-on-wet):** completed in one session.\nRule: **fat over lean** (more oil in upper layers) to prevent cracking.",
  ),
  card(
    "collage-assemblage",
    "CR",
    "**Collage**, **photomontage** and **assemblage**.",
    "- **Collage:** flat materials glued to a surface (Picasso and Braque, 1912).\n- **Photomontage:** a collage of photographs (associated with Berlin Dada, e.g. Hannah Höch).\n- **Assemblage:** three-dimensional works built from found objects.",
  ),
  card(
    "raster-vector",
    "CR",
    "**Raster** vs **vector** images.",
    "- **Raster:** a grid of pixels (photographs, digital painting); pixelates when enlarged beyond its resolution.\n- **Vector:** mathematical paths and shapes; scales without loss (logos, illustrations).",
  ),
  card(
    "drawing-tone",
    "CR",
    "Ways to build **tone** in drawing.",
    "Hatching, cross-hatching, stippling, contour hatching, graded pressure and blending, ink wash, and subtractive drawing (lifting charcoal with an eraser).",
  ),
  card(
    "aip",
    "CR",
    "What is the **art-making inquiries portfolio**?",
    "The SL and HL externally assessed portfolio: curated visual and written evidence of art-making as inquiry (lines of inquiry, experiments, refinement, reflection) in up to 15 screens and 3,000 words, plus a list of sources. Worth 40% at SL, 30% at HL.",
  ),
  card(
    "inquiry-evidence",
    "CR",
    "What counts as good evidence of **inquiry** in a portfolio?",
    "An inquiry question or guiding statement; experiments with several art-making forms and strategies, including failures; critical reflection on results; links to artists studied; clear development towards resolved works. Images should dominate; words explain decisions.",
  ),
  // ── Communicate
  card(
    "curatorial-rationale",
    "CM",
    "What is a **curatorial rationale**?",
    "A written justification of curatorial choices: which works, in what order and arrangement, in what space, for which audience, and how these serve the artist's intentions.",
  ),
  card(
    "exhibition-text",
    "CM",
    "What goes on an **exhibition text** (label)?",
    "Title, medium, dimensions, date, and often a brief note on intention or context, written clearly for the audience without over-explaining.",
  ),
  card(
    "display-decisions",
    "CM",
    "Key **display decisions** when curating.",
    "Selection, sequence and grouping, juxtaposition, sightlines, hanging height (eye level, often around 1.5 m to the centre), spacing, plinths, lighting, wall colour, interpretive texts and the visitor's route.",
  ),
  card(
    "white-cube-salon",
    "CM",
    "**White cube** vs **salon-style** hang.",
    "- **White cube:** blank white walls, even light, works spaced apart; presents art as autonomous (but is itself a context).\n- **Salon-style:** many works hung densely, floor to ceiling; invites comparison and abundance.",
  ),
  card(
    "documenting-3d",
    "CM",
    "How should 3D or installation work be **documented**?",
    "Several views, consistent even lighting, plain background, detail shots, an indication of scale, and for time-based or interactive work video showing the audience's experience.",
  ),
  card(
    "critique",
    "CM",
    "Why hold **critiques**?",
    "Peers' readings show whether intentions are communicated; feedback informs refinement. A useful critique describes what is seen before judging.",
  ),
  card(
    "conservation",
    "CM",
    "Why are works on paper shown in **low light**?",
    "Light, especially ultraviolet, causes cumulative, irreversible fading and yellowing; museums limit light levels and display time for paper, textiles and photographs.",
  ),
  // ── Connect: movements and contexts
  card(
    "renaissance-perspective",
    "CN",
    "**Linear perspective** in the Renaissance.",
    "Demonstrated by Brunelleschi in Florence (early 1400s), described by Alberti in *On Painting* (1435). Orthogonals converge on a vanishing point on the horizon at eye level; objects diminish with distance. Early example: Masaccio's *Holy Trinity*.",
  ),
  card(
    "chiaroscuro-sfumato",
    "CN",
    "**Chiaroscuro**, **tenebrism** and **sfumato**.",
    "- **Chiaroscuro:** modelling with contrasts of light and dark.\n- **Tenebrism:** extreme chiaroscuro, figures emerging from darkness (Caravaggio, Baroque).\n- **Sfumato:** soft, smoky transitions without hard outlines (Leonardo, *Mona Lisa*).",
  ),
  card(
    "impressionism",
    "CN",
    "Key features of **Impressionism** (1870s-80s, France).",
    "Plein-air painting, fleeting light and atmosphere, broken visible brushstrokes, coloured shadows, modern everyday subjects. Named from Monet's *Impression, Sunrise*, shown in 1874. Also Renoir, Morisot, Pissarro, Degas.",
  ),
  card(
    "post-impressionism",
    "CN",
    "**Post-Impressionism**: three artists and their contributions.",
    "- **Seurat:** pointillism, optical mixing.\n- **Van Gogh:** expressive colour and impasto (*The Starry Night*, 1889).\n- **Cézanne:** structure through planes of colour, a key influence on Cubism.",
  ),
  card(
    "cubism",
    "CN",
    "**Analytical** vs **Synthetic Cubism**.",
    "- **Analytical (c. 1909-12):** forms broken into faceted planes, multiple viewpoints, muted browns and greys.\n- **Synthetic (from 1912):** simpler shapes, brighter colour, collage and papier collé.\nFounded by Picasso and Braque; *Les Demoiselles d'Avignon* (1907).",
  ),
  card(
    "dada-surrealism",
    "CN",
    "**Dada** vs **Surrealism**.",
    "- **Dada (c. 1916-24):** anti-art response to the First World War; chance, absurdity, readymades (Duchamp's *Fountain*, 1917).\n- **Surrealism (from 1924, Breton's manifesto):** the unconscious, dreams, automatism (Dalí, Magritte, Ernst).",
  ),
  card(
    "abex",
    "CN",
    "**Abstract Expressionism**.",
    "New York, 1940s-50s. Large abstract paintings expressing emotion and the act of painting: 'action painting' (Pollock's drips, de Kooning) and colour-field painting (Rothko).",
  ),
  card(
    "pop-art",
    "CN",
    "**Pop Art**.",
    "Late 1950s-60s, Britain and the USA. Imagery from advertising, comics, consumer goods and celebrity, often with commercial techniques: Warhol's soup cans and screen-printed celebrity portraits (*Campbell's Soup Cans* and *Marilyn Diptych*, both 1962), Lichtenstein's Ben-Day dots.",
  ),
  card(
    "land-art",
    "CN",
    "**Land art**.",
    "Late 1960s-70s. Art made in and from the landscape, outside the gallery; site-specific and often ephemeral, known largely through documentation. Robert Smithson's *Spiral Jetty* (1970); Andy Goldsworthy's ephemeral works with leaves, ice and stone.",
  ),
  card(
    "ukiyo-e",
    "CN",
    "What is **ukiyo-e**, and why does it matter to European art?",
    "Japanese woodblock prints of the 'floating world' (Edo period), e.g. Hokusai's 'Great Wave' (c. 1831). Their flat colour, bold outlines and cropped, asymmetrical compositions influenced Impressionists and Post-Impressionists (Japonisme).",
  ),
  card(
    "feldman",
    "CN",
    "Feldman's four stages of **art criticism**.",
    "Description (what is there), analysis (how it is organised), interpretation (what it means), judgement (its value), so that judgement rests on evidence.",
  ),
  card(
    "function-purpose",
    "CN",
    "Common **functions** of artworks.",
    "Devotional or ritual, commemorative, political or propaganda, decorative, social critique, documentary, personal expression, commercial. Function depends on context and can change when a work moves (e.g. from church to museum).",
  ),
  card(
    "cultural-significance",
    "CN",
    "What is **cultural significance**, and how do you show you understand it?",
    "The meaning and value a work holds for a community or culture, then and now. Show it through original context, function and purpose, reception over time, influence, and several perspectives, supported by referenced sources.",
  ),
  card(
    "contexts",
    "CN",
    "**Personal**, **local** and **global** contexts.",
    "- **Personal:** the artist's identity, experiences, memories.\n- **Local:** their community, place, materials, traditions.\n- **Global:** wider issues and shared human experience (migration, climate, technology), and art from other cultures.",
  ),
  card(
    "connections-study",
    "CN",
    "What is the SL **connections study**?",
    "An externally assessed SL task (20%): the student situates one of their own resolved artworks by connecting it to their own context and to at least two artworks by different artists, showing the cultural significance of those works; up to 10 screens and 2,500 words plus a list of sources.",
  ),
  card(
    "readymade-appropriation",
    "CN",
    "**Readymade** vs **appropriation**.",
    "- **Readymade:** an everyday manufactured object presented as art (Duchamp).\n- **Appropriation:** deliberately borrowing existing images or objects into a new work to change their meaning (Warhol's soup cans and celebrity photographs).",
  ),
  // ── HL
  card(
    "hl-artist-project",
    "AP",
    "What is the HL **artist project**?",
    "An HL-only, stand-alone, ambitious project, usually made in the second year, situated in a context and for an audience, with careful attention to the location of presentation and the audience's experience. Externally assessed, 30% (equal to the portfolio).",
    HL,
  ),
  card(
    "hl-site-specific",
    "AP",
    "What makes a work **site-specific**? Give an example.",
    "It is made for a particular place and its meaning depends on it. Richard Serra's *Tilted Arc* (1981, New York) was removed in 1989; Serra argued that moving it destroyed it.",
    HL,
  ),
  card(
    "hl-public-projects",
    "AP",
    "What do large public projects such as Christo and Jeanne-Claude's *Wrapped Reichstag* (1995) show?",
    "That permissions, negotiation, logistics and the public audience are part of the work: the wrapping lasted about two weeks after more than twenty years of efforts to gain approval.",
    HL,
  ),
  card(
    "hl-participatory",
    "AP",
    "Key considerations for **participatory** art.",
    "Shared authorship and unpredictability; clear invitation and instructions; consent and privacy; moderation of contributions; crediting participants; documenting interaction.",
    HL,
  ),
  card(
    "hl-ap-planning",
    "AP",
    "Planning stages of an artist project.",
    "Intentions and research; proposal with sketches, maquettes and tests; timeline, budget, permissions and risk assessment; installation; documentation of the work and audience; reflection and refinement.",
    HL,
  ),
  card(
    "hl-ephemeral-docs",
    "AP",
    "How should **ephemeral** work be documented?",
    "Plan it like part of the work: fixed viewpoints for comparison, wide shots for site and scale, details, video or time-lapse, the audience's interaction, and the stages of change or disappearance.",
    HL,
  ),
  card(
    "hl-simultaneous-contrast",
    "CR",
    "What is **simultaneous contrast**?",
    "A colour appears to shift towards the complement of its surroundings (grey looks reddish on green). Described by the chemist Chevreul in the nineteenth century; exploited by Impressionists and Op artists.",
    HL,
  ),
  card(
    "hl-aquatint",
    "CR",
    "What is **aquatint**?",
    "An intaglio technique for tone: resin dust is fused to the plate, acid bites around the grains, and the pitted area holds ink. Longer bites print darker; stopping out gives graded values (used by Goya).",
    HL,
  ),
  card(
    "hl-formalism",
    "CN",
    "**Formalism** in art criticism.",
    "Judging art mainly by its formal qualities (composition, colour, surface) rather than context. Clive Bell's 'significant form'; Clement Greenberg's emphasis on flatness and the medium in modernist painting.",
    HL,
  ),
  card(
    "hl-relational",
    "CN",
    "What is **relational aesthetics**?",
    "Nicolas Bourriaud's 1990s term for art whose material is social interaction, e.g. Rirkrit Tiravanija cooking and serving food in galleries.",
    HL,
  ),
  card(
    "hl-provenance",
    "CM",
    "**Provenance** and **restitution**.",
    "Provenance is an object's documented history of ownership. Restitution is returning objects taken unjustly, e.g. the Benin Bronzes looted by British forces in 1897, some of which museums have begun to return.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "visual-arts", flashcards };
export default file;
