import type { QuestionGroupInput } from "@/lib/questions/question-group-input";
import type { MarkingPointInput } from "@/lib/questions/question-input";

// Multi-part Paper 2-style data-based questions for Biology: an original experiment or field study with a
// data table, then parts that calculate from the data, describe and explain the trend, evaluate the method
// and explain the biology behind it. Every data set is invented for these questions. Written parts list
// more points than marks where an IB markscheme says "any n of"; the part's marks are the cap.

/** One science marking point (POINT kind). */
const p = (id: string, text: string, keywords: string[] = [], marks = 1): MarkingPointInput => ({ id, kind: "POINT", marks, text, keywords });

export const biologyGroups: QuestionGroupInput[] = [
  // ───────────── 01 Enzymes: temperature and amylase ─────────────
  {
    key: "biology-mp-01",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A student investigated the effect of temperature on the activity of amylase. Starch solution and amylase solution were each kept at the test temperature for 5 minutes and then mixed. A drop of the mixture was added to iodine solution every 10 s until the iodine no longer turned blue-black. The time taken for the starch to be completely digested was recorded three times at each temperature and the mean calculated.

| Temperature / °C | Mean time for starch to be digested / s |
| --- | --- |
| 15 | 390 |
| 25 | 210 |
| 35 | 120 |
| 45 | 80 |
| 55 | 140 |
| 65 | starch not digested after 600 s |

The rate of reaction can be taken as $\\dfrac{1}{\\text{time}}$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the rate of reaction at 45 °C. Give the unit. [1]",
        numericAnswer: { value: 0.0125, unit: "s⁻¹", tolerance: 0.00005 },
        markscheme: [p("p1", "rate = 1 ÷ 80 = 0.0125 s⁻¹ / 1.25 × 10⁻² s⁻¹", ["0.0125"])],
        workedSolution: "Rate $= \\dfrac{1}{\\text{time}} = \\dfrac{1}{80\\ \\text{s}} = 0.0125\\ \\text{s}^{-1}$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the rate of reaction between 25 °C and 45 °C. [2]",
        numericAnswer: { value: 162.5, unit: "%", tolerance: 0.5, followThrough: { from: ["a"], value: "(a * 210 - 1) * 100" } },
        markscheme: [
          p("p1", "rate at 25 °C = 1 ÷ 210 = 0.00476 s⁻¹ / (their (a) − 0.00476) ÷ 0.00476 × 100 shown", ["0.00476", "210"]),
          p("p2", "162.5 % / 163 % **(FT)** from their (a)", ["162", "163"]),
        ],
        workedSolution: `Rate at 25 °C $= \\dfrac{1}{210} = 0.004\\,76\\ \\text{s}^{-1}$; rate at 45 °C $= 0.0125\\ \\text{s}^{-1}$ from (a).

$$\\text{percentage increase} = \\frac{0.0125 - 0.004\\,76}{0.004\\,76} \\times 100 = 162.5\\ \\%$$

(Equivalently $\\dfrac{210}{80} = 2.625$: the rate is 2.625 times as fast, an increase of 162.5 %.) A wrong rate in (a) used correctly here earns both marks (follow-through).`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the effect of temperature on the rate of reaction shown by the data. [2]",
        markscheme: [
          p("p1", "rate increases (time decreases) as temperature increases from 15 °C to 45 °C", ["increase", "45"]),
          p("p2", "highest rate / optimum (about) 45 °C", ["optimum", "highest"]),
          p("p3", "rate decreases above 45 °C / from 45 °C to 55 °C", ["decrease", "above 45"]),
          p("p4", "no (detectable) reaction at 65 °C", ["65", "no reaction"]),
        ],
        workedSolution:
          "Any two points.\n\nAs the temperature rises from 15 °C to 45 °C the time for digestion falls (390 s to 80 s), so the rate increases. The rate is highest at 45 °C in these data, so the optimum is close to 45 °C. Above the optimum the rate falls (140 s at 55 °C), and at 65 °C the starch is not digested at all.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the results at temperatures above 45 °C. [3]",
        markscheme: [
          p("p1", "increased (kinetic) energy / vibration breaks (hydrogen / ionic) bonds holding the tertiary structure", ["bonds", "tertiary", "vibrat"]),
          p("p2", "shape of the active site changes", ["active site", "shape"]),
          p("p3", "starch / substrate can no longer bind / fit the active site", ["bind", "fit"]),
          p("p4", "fewer enzyme–substrate complexes formed (per unit time)", ["enzyme-substrate", "complex"]),
          p("p5", "enzyme is denatured; at 65 °C all / almost all of the amylase is denatured", ["denatur"]),
          p("p6", "denaturation is permanent / irreversible", ["irreversible", "permanent"]),
        ],
        workedSolution:
          "Any three points.\n\nAbove about 45 °C the extra kinetic energy makes the amylase molecules vibrate enough to break the hydrogen and ionic bonds that hold the tertiary structure. The shape of the active site changes, so starch can no longer bind and fewer enzyme–substrate complexes form: the enzyme is **denatured**. At 55 °C some of the enzyme is denatured, so the rate falls; at 65 °C essentially all of it is, so no starch is digested. Denaturation is irreversible, so cooling would not restore the activity.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C1.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest **two** improvements to the method that would give a more precise estimate of the optimum temperature for this amylase. [2]",
        markscheme: [
          p("p1", "use smaller temperature intervals (e.g. every 2 °C) between 35 °C and 55 °C", ["interval", "between 35"]),
          p("p2", "sample more often than every 10 s / use a colorimeter to judge the end point objectively", ["colorimeter", "more often"]),
          p("p3", "use a thermostatic water bath so the temperature stays constant during the reaction", ["water bath", "thermostat"]),
          p("p4", "use a buffer to keep the pH constant", ["buffer", "pH"]),
          p("p5", "more repeats at each temperature (and remove anomalous results)", ["repeat"]),
        ],
        workedSolution:
          "Any two points.\n\nThe optimum could be anywhere between 35 °C and 55 °C, so the most useful change is more temperatures in that range (e.g. 37, 39, 41 … 53 °C). The end point is judged by eye at 10 s intervals, so times are only known to ±10 s; sampling more often, or measuring the colour with a colorimeter, makes each time more precise. A thermostatic water bath, a pH buffer and extra repeats all reduce the variation between readings.",
      },
    ],
  },

  // ───────────── 02 Photosynthesis: light intensity and pondweed ─────────────
  {
    key: "biology-mp-02",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `The rate of photosynthesis of a pondweed shoot was measured by counting the bubbles of gas released from its cut stem in one minute. A lamp was placed at different distances from the beaker holding the shoot; the room was otherwise dark. Sodium hydrogencarbonate was added to the water. Three counts were made at each distance.

| Distance of lamp / cm | Trial 1 | Trial 2 | Trial 3 | Mean / bubbles min⁻¹ |
| --- | --- | --- | --- | --- |
| 10 | 52 | 55 | 49 | 52 |
| 20 | 44 | 41 | 38 | |
| 30 | 27 | 24 | 27 | 26 |
| 40 | 15 | 17 | 16 | 16 |
| 50 | 10 | 8 | 9 | 9 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mean number of bubbles per minute when the lamp was 20 cm from the beaker. [1]",
        numericAnswer: { value: 41, unit: "bubbles min⁻¹", tolerance: 0 },
        markscheme: [p("p1", "(44 + 41 + 38) ÷ 3 = 41 (bubbles min⁻¹)", ["41"])],
        workedSolution: "Mean $= \\dfrac{44 + 41 + 38}{3} = \\dfrac{123}{3} = 41$ bubbles per minute.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in the mean rate of bubble production when the lamp was moved from 20 cm to 40 cm. [2]",
        numericAnswer: { value: 61.0, unit: "%", sigFigs: 3, tolerance: 0.1, followThrough: { from: ["a"], value: "(a - 16) / a * 100" } },
        markscheme: [
          p("p1", "(41 − 16) ÷ 41 × 100 / decrease of 25 bubbles min⁻¹ divided by their (a)", ["25", "41"]),
          p("p2", "61 % / 61.0 % **(FT)** from their (a)", ["61"]),
        ],
        workedSolution: `$$\\text{percentage decrease} = \\frac{41 - 16}{41} \\times 100 = \\frac{25}{41} \\times 100 = 61.0\\ \\%$$

A wrong mean in (a) used correctly here earns both marks (follow-through).`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the relationship between the distance of the lamp and the rate of bubble production. [2]",
        markscheme: [
          p("p1", "negative correlation / rate decreases as distance increases", ["decrease", "negative"]),
          p("p2", "relationship is not linear / largest decreases between 20 cm and 40 cm", ["not linear", "non-linear", "curve"]),
          p("p3", "small decrease between 10 cm and 20 cm / rate levels off at short distances", ["levels off", "10 cm"]),
          p("p4", "quantitative comparison, e.g. rate at 50 cm is less than a fifth of the rate at 10 cm", ["fifth", "52", "9"]),
        ],
        workedSolution:
          "Any two points.\n\nThe further the lamp, the fewer bubbles are released (from 52 min⁻¹ at 10 cm to 9 min⁻¹ at 50 cm), a negative correlation. The decrease is not linear: it is small from 10 cm to 20 cm but steep from 20 cm to 40 cm, then smaller again.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why the rate of bubble production decreases as the distance of the lamp increases. [3]",
        markscheme: [
          p("p1", "light intensity decreases as the distance increases (inverse square law)", ["light intensity", "inverse square"]),
          p("p2", "less light is absorbed by chlorophyll / photosynthetic pigments", ["chlorophyll", "absorbed"]),
          p("p3", "less photolysis of water, so less oxygen released (the bubbles are mainly oxygen)", ["photolysis", "oxygen"]),
          p("p4", "less ATP and NADPH / reduced NADP produced by the light-dependent reactions", ["ATP", "NADPH"]),
          p("p5", "light is the limiting factor at the greater distances", ["limiting factor"]),
        ],
        workedSolution:
          "Any three points.\n\nLight intensity falls as the lamp moves away (roughly with the square of the distance), so less light energy is absorbed by chlorophyll. Fewer electrons are excited, less water is split by photolysis and less oxygen — the main gas in the bubbles — is released; less ATP and NADPH are also made for the Calvin cycle. At these distances light is the limiting factor. Close to the lamp the rate changes little between 10 cm and 20 cm, suggesting another factor, such as carbon dioxide concentration or temperature, begins to limit the rate.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Evaluate",
        stem: "Evaluate counting bubbles as a method of measuring the rate of photosynthesis in this investigation. [3]",
        markscheme: [
          p("p1", "strength: simple / quick / cheap, and gives repeatable relative rates (the three trials agree closely)", ["simple", "quick", "repeatable"]),
          p("p2", "bubbles vary in size, so the count is not a true measure of the volume of gas", ["size", "volume"]),
          p("p3", "bubbles may not all be oxygen / some oxygen dissolves in the water or is used in respiration", ["dissolve", "respiration"]),
          p("p4", "bubbles are hard to count at high rates / counting errors", ["hard to count", "error"]),
          p("p5", "improvement: collect the gas and measure its volume (e.g. in a capillary tube or syringe)", ["syringe", "capillary", "collect"]),
          p("p6", "the lamp also heats the water, so temperature is an uncontrolled variable; use a heat shield / water bath / LED lamp", [
            "heat",
            "temperature",
          ]),
        ],
        workedSolution:
          "Any three points, including at least one weakness.\n\n**Strength.** Counting bubbles is quick and cheap and needs no special apparatus; the trials at each distance agree quite well, so it gives usable relative rates.\n\n**Weaknesses.** Bubbles differ in size, so the number is not proportional to the volume of oxygen; some oxygen dissolves in the water or is used in the shoot's own respiration, and the gas is not pure oxygen. At high rates bubbles are easy to miscount. The lamp also warms the water, more so when close, so temperature is not controlled.\n\n**Improvement.** Collect the gas over a fixed time and measure its volume in a graduated capillary tube or syringe, with an LED lamp or a heat shield to keep the temperature constant.",
      },
    ],
  },

  // ───────────── 03 Biodiversity: grazed and ungrazed meadows ─────────────
  {
    key: "biology-mp-03",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A conservation trust compared two areas of the same meadow. Area G has been grazed by sheep each summer for 20 years; area U has not been grazed for the same period. In each area, twenty $1\\ \\text{m}^2$ quadrats were sampled and the number of flowering plants of each species was counted.

| Species | Number in area G (grazed) | Number in area U (ungrazed) |
| --- | --- | --- |
| False oat-grass | 24 | 52 |
| White clover | 18 | 10 |
| Meadow buttercup | 12 | 4 |
| Ribwort plantain | 9 | 2 |
| Green-winged orchid | 5 | 0 |
| **Total** | 68 | 68 |

Simpson's reciprocal index of diversity is $D = \\dfrac{N(N-1)}{\\sum n(n-1)}$, where $N$ is the total number of organisms and $n$ the number of each species. For area U, $D = 1.65$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "A4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate Simpson's reciprocal index of diversity, $D$, for area G. [2]",
        numericAnswer: { value: 4.21, sigFigs: 3, tolerance: 0.01 },
        markscheme: [
          p("p1", "N(N − 1) = 68 × 67 = 4556 and Σn(n − 1) = 552 + 306 + 132 + 72 + 20 = 1082", ["4556", "1082"]),
          p("p2", "D = 4556 ÷ 1082 = 4.21", ["4.21"]),
        ],
        workedSolution: `$N(N-1) = 68 \\times 67 = 4556$.

$\\sum n(n-1) = 24 \\times 23 + 18 \\times 17 + 12 \\times 11 + 9 \\times 8 + 5 \\times 4 = 552 + 306 + 132 + 72 + 20 = 1082$.

$$D = \\frac{4556}{1082} = 4.21$$`,
      },
      {
        label: "b",
        type: "WRITTEN",
        topicCode: "A4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Compare",
        stem: "Compare the plant biodiversity of areas G and U, using the data. [2]",
        markscheme: [
          p("p1", "area G has the higher index of diversity (4.21 compared with 1.65)", ["higher", "4.21"]),
          p("p2", "G has greater species richness: five species compared with four in U / orchid absent from U", ["richness", "five", "orchid"]),
          p("p3", "G has greater evenness; U is dominated by one species (false oat-grass, 52 of 68 plants)", ["even", "dominat", "52"]),
          p("p4", "both areas have the same total number of plants (68)", ["same total", "68"]),
        ],
        workedSolution:
          "Any two points.\n\nThe grazed area is more diverse: its index is 4.21 against 1.65. It has more species (five, including the orchid, against four) and its plants are spread much more evenly among the species, whereas in the ungrazed area false oat-grass makes up 52 of the 68 plants. The total number of plants counted is the same, so the difference is in richness and evenness, not abundance.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "A4.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Suggest",
        stem: "Suggest reasons for the difference in diversity between the two areas. [3]",
        markscheme: [
          p("p1", "without grazing, a tall / fast-growing grass (false oat-grass) becomes dominant", ["dominant", "tall"]),
          p("p2", "it outcompetes smaller plants for light (and other resources) / shades them", ["outcompete", "light", "shade"]),
          p("p3", "grazing removes the tops of the dominant grass, reducing its competitive advantage", ["removes", "competitive"]),
          p("p4", "grazing / trampling creates gaps where seeds of other species can germinate", ["gaps", "germinate"]),
          p("p5", "sheep may graze some species selectively / avoid others (e.g. low rosette plants such as plantain escape grazing)", [
            "selective",
            "rosette",
          ]),
          p("p6", "sheep dung adds nutrients / disperses seeds", ["dung", "nutrients", "disperse"]),
        ],
        workedSolution:
          "Any three points.\n\nIn the ungrazed area a tall, vigorous grass has come to dominate: it shades and outcompetes low-growing plants such as buttercup, plantain and the orchid. Grazing keeps the grass short, removing its advantage in the competition for light, and trampling opens small gaps in which the seeds of other species can germinate. Low rosette plants like ribwort plantain escape much of the grazing, and sheep may move seeds and nutrients around in their dung. Grazing therefore maintains a more even, richer community — which is why conservation grazing is used on species-rich meadows.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "A4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Outline",
        stem: "Outline how the quadrats should have been positioned so that the samples represent each area fairly. [2]",
        markscheme: [
          p("p1", "random sampling: lay out a grid / tape measures along two edges of each area", ["grid", "tape"]),
          p("p2", "use random numbers (from a table / generator) as coordinates for each quadrat", ["random number", "coordinates"]),
          p("p3", "same number and size of quadrats in both areas (twenty of 1 m²)", ["same number", "same size"]),
          p("p4", "avoid choosing positions by eye / avoid bias towards flowering patches", ["bias"]),
        ],
        workedSolution:
          "Any two points.\n\nQuadrats should be placed at random so that the sample is not biased towards eye-catching patches: mark out each area as a grid with two tape measures at right angles and use pairs of random numbers as coordinates for each quadrat. The same number (twenty) and size ($1\\ \\text{m}^2$) of quadrats must be used in both areas so that the counts can be compared.",
      },
    ],
  },

  // ───────────── 04 Transpiration: potometer ─────────────
  {
    key: "biology-mp-04",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A leafy shoot was set up in a potometer whose capillary tube has an internal radius of 0.5 mm. The distance moved by an air bubble in the capillary tube in 10 minutes was measured under four conditions, one after the other, with the shoot at the same temperature throughout.

| Condition | Distance moved by the bubble in 10 minutes / mm |
| --- | --- |
| Still air, light | 48 |
| Moving air from a fan, light | 84 |
| Shoot enclosed in a clear plastic bag, light | 18 |
| Still air, dark | 12 |

The volume of a cylinder is $\\pi r^2 l$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the rate of water uptake by the shoot in still air in the light, in mm³ min⁻¹. [2]",
        numericAnswer: { value: 3.77, unit: "mm³ min⁻¹", sigFigs: 3, tolerance: 0.04 },
        markscheme: [p("p1", "volume = π × 0.5² × 48 = 37.7 mm³", ["37.7"]), p("p2", "37.7 ÷ 10 = 3.77 mm³ min⁻¹ (accept 3.8)", ["3.77", "3.8"])],
        workedSolution: `Volume of water taken up in 10 minutes $= \\pi r^2 l = \\pi \\times 0.5^2 \\times 48 = 37.7\\ \\text{mm}^3$.

Rate $= \\dfrac{37.7}{10} = 3.77\\ \\text{mm}^3\\ \\text{min}^{-1}$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the rate of water uptake when the fan was switched on. [1]",
        numericAnswer: { value: 75, unit: "%", tolerance: 0.5 },
        markscheme: [p("p1", "(84 − 48) ÷ 48 × 100 = 75 %", ["75"])],
        workedSolution: "The capillary is the same, so the volume is proportional to the distance: $\\dfrac{84 - 48}{48} \\times 100 = 75\\ \\%$.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the effect of the moving air on the rate of water uptake. [3]",
        markscheme: [
          p("p1", "water evaporates from (spongy mesophyll) cell walls into the air spaces of the leaf", ["evaporat", "air spaces"]),
          p("p2", "water vapour diffuses out through the stomata", ["diffus", "stomata"]),
          p("p3", "moving air removes the humid air / water vapour from around the leaf surface", ["humid", "removes"]),
          p("p4", "steeper concentration gradient of water vapour, so faster diffusion / transpiration", ["gradient", "steeper"]),
          p("p5", "more water lost creates greater tension / transpiration pull in the xylem", ["tension", "pull"]),
          p("p6", "cohesion between water molecules means the column is pulled up, so more water is taken up from the potometer", ["cohesion"]),
        ],
        workedSolution:
          "Any three points.\n\nWater evaporates from the walls of mesophyll cells into the leaf's air spaces and diffuses out of the stomata. In still air a layer of humid air builds up around the leaf; moving air carries it away, so the water-vapour concentration gradient between the air spaces and the surrounding air is steeper and water vapour diffuses out faster. The greater loss of water increases the tension in the xylem; because water molecules cohere, the whole column is pulled up faster and the shoot takes up more water from the potometer.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest reasons for the low rates of water uptake in the plastic bag and in the dark. [2]",
        markscheme: [
          p("p1", "plastic bag: air inside becomes saturated / humid, so the water-vapour concentration gradient is small", ["humid", "saturated", "gradient"]),
          p("p2", "dark: stomata close, so little water vapour can diffuse out", ["stomata close", "closed"]),
          p("p3", "in the dark the small uptake continues because some water is lost through the cuticle / stomata not fully closed", ["cuticle"]),
        ],
        workedSolution:
          "Any two points.\n\nInside the bag the air quickly becomes saturated with water vapour, so there is hardly any concentration gradient for diffusion out of the stomata. In the dark the guard cells close the stomata (there is no light for photosynthesis, so no need for CO₂ uptake), so transpiration almost stops; the little uptake that remains is water lost through the waxy cuticle and partly closed stomata.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Evaluate",
        stem: "Evaluate the use of the potometer to measure the rate of transpiration. [2]",
        markscheme: [
          p("p1", "measures water uptake, not water loss: some water is used in photosynthesis / to keep cells turgid", [
            "uptake",
            "not loss",
            "photosynthesis",
          ]),
          p("p2", "shoot must be cut and fitted under water; an air bubble in the xylem / a leak would reduce uptake", ["under water", "air lock", "leak"]),
          p("p3", "a cut shoot may not behave like a whole plant (no roots)", ["cut shoot", "roots"]),
          p("p4", "strength: simple, and allows conditions to be changed and compared quickly on the same shoot", ["simple", "same shoot"]),
        ],
        workedSolution:
          "Any two points.\n\nA potometer measures the rate at which the shoot **takes up** water, which is only approximately the rate of transpiration: a small fraction is used in photosynthesis or stays in the cells. The shoot must be cut and fitted under water and all joints sealed, or air enters the xylem and breaks the water column. On the other hand it is simple, and the same shoot can be compared quickly under several conditions, as here.",
      },
    ],
  },

  // ───────────── 05 Natural selection: antibiotic resistance ─────────────
  {
    key: "biology-mp-05",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A regional health service recorded how often an antibiotic was prescribed and the percentage of samples of the bacterium *Escherichia coli* from urinary infections that were resistant to it. In 2020 the service started a campaign asking doctors to prescribe the antibiotic less often.

| Year | Prescriptions per 1000 people per year | *E. coli* samples resistant / % |
| --- | --- | --- |
| 2014 | 610 | 6 |
| 2016 | 680 | 9 |
| 2018 | 745 | 13 |
| 2020 | 790 | 18 |
| 2022 | 720 | 21 |
| 2024 | 650 | 22 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D4.1",
        difficulty: 1,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the number of prescriptions from 2014 to 2020. [2]",
        numericAnswer: { value: 29.5, unit: "%", sigFigs: 3, tolerance: 0.05 },
        markscheme: [p("p1", "(790 − 610) ÷ 610 × 100 / 180 ÷ 610 shown", ["180", "610"]), p("p2", "29.5 %", ["29.5"])],
        workedSolution: "$$\\frac{790 - 610}{610} \\times 100 = \\frac{180}{610} \\times 100 = 29.5\\ \\%$$",
      },
      {
        label: "b",
        type: "WRITTEN",
        topicCode: "D4.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the trend in antibiotic resistance from 2014 to 2024. [2]",
        markscheme: [
          p("p1", "resistance increased throughout / every recorded year, from 6 % to 22 %", ["increase", "6", "22"]),
          p("p2", "the increase was fastest between 2018 and 2020 / up to 2020", ["fastest", "2020"]),
          p("p3", "the increase slowed after 2020 / only 1 % between 2022 and 2024", ["slowed", "levels"]),
          p("p4", "resistance did not fall when prescriptions fell after 2020", ["did not fall"]),
        ],
        workedSolution:
          "Any two points.\n\nResistance rose every time it was measured, from 6 % in 2014 to 22 % in 2024 — nearly a fourfold increase. It rose fastest up to 2020 (5 percentage points from 2018 to 2020), then more slowly (only 1 percentage point from 2022 to 2024), but it did not fall even though prescriptions did.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D4.1",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain how the use of the antibiotic can lead to an increase in the percentage of resistant bacteria. [4]",
        markscheme: [
          p("p1", "variation in the bacterial population; resistance arises by random mutation (not caused by the antibiotic)", [
            "mutation",
            "variation",
            "random",
          ]),
          p("p2", "resistance genes can also be gained from other bacteria by plasmid transfer / horizontal gene transfer", [
            "plasmid",
            "horizontal",
            "conjugation",
          ]),
          p("p3", "the antibiotic kills susceptible bacteria / selection pressure", ["selection pressure", "susceptible", "killed"]),
          p("p4", "resistant bacteria survive and reproduce (by binary fission)", ["survive", "reproduce", "binary fission"]),
          p("p5", "the resistance gene / allele is passed to offspring", ["passed on", "offspring", "inherit"]),
          p("p6", "the frequency of resistance increases over many generations; bacteria reproduce quickly so this is rapid", [
            "frequency",
            "generations",
            "rapid",
          ]),
          p("p7", "more frequent use of the antibiotic means stronger / more frequent selection", ["more frequent", "more prescriptions"]),
        ],
        workedSolution:
          "Any four points.\n\nA population of *E. coli* varies: a random mutation, or a plasmid gained from another bacterium, can give a cell a gene for resistance. When a patient takes the antibiotic, susceptible bacteria are killed but resistant ones survive — the antibiotic is a selection pressure. The survivors reproduce by binary fission and pass the resistance gene to their offspring, so the proportion of resistant bacteria rises with each generation. Because bacteria divide very quickly, and because the antibiotic was prescribed more and more often, resistance spread rapidly through the population. This is natural selection.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D4.1",
        difficulty: 4,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest reasons why the percentage of resistant bacteria did not fall after the number of prescriptions decreased. [2]",
        markscheme: [
          p("p1", "prescriptions were still high (650 per 1000 people), so selection continued", ["still high", "650"]),
          p("p2", "resistant bacteria already present continue to reproduce and spread between people", ["spread", "already present"]),
          p("p3", "resistance may carry little or no cost, so resistant bacteria are not selected against without the antibiotic", [
            "no cost",
            "not selected against",
          ]),
          p("p4", "resistance genes may be linked on plasmids with genes for resistance to other antibiotics, which are still used", [
            "linked",
            "other antibiotics",
          ]),
          p("p5", "antibiotic use elsewhere (e.g. in farming or other regions) also selects for resistance / time lag", ["farm", "lag"]),
        ],
        workedSolution:
          "Any two points.\n\nPrescribing fell but was still higher than in 2014, so the selection pressure continued. Resistant bacteria already present keep reproducing and spreading between people, and if resistance has little cost to the bacteria they are not outcompeted when the antibiotic is absent. Resistance genes on plasmids are often linked to genes for resistance to other antibiotics still in use, and antibiotics used in farming or elsewhere also select for them — so any fall in resistance is likely to lag far behind a fall in prescribing.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Evaluate",
        stem: "A newspaper concluded from these data that the increase in prescriptions caused the increase in resistance. Evaluate this conclusion. [2]",
        markscheme: [
          p("p1", "the data show a (positive) correlation up to 2020, which is consistent with the conclusion / a known mechanism (selection) supports it", [
            "correlation",
            "consistent",
            "mechanism",
          ]),
          p("p2", "correlation does not prove causation; other factors could have changed over the same period", ["causation", "other factors"]),
          p("p3", "after 2020 the two variables do not move together", ["after 2020", "not together"]),
          p("p4", "data from one region / only samples from urinary infections / sample sizes not given", ["one region", "sample size"]),
        ],
        workedSolution:
          "Any two points, with at least one on each side for full marks.\n\nUp to 2020 prescriptions and resistance rose together, and natural selection gives a plausible mechanism, so the conclusion is reasonable. But a correlation does not prove causation — other changes (resistance spreading from other regions, use in farming, changes in which samples were tested) could contribute — and after 2020 the two variables no longer move together. The data also come from one region and the numbers of samples are not given.",
      },
    ],
  },

  // ───────────── 06 Osmosis: potato tissue ─────────────
  {
    key: "biology-mp-06",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Cylinders of potato tissue of the same length were blotted dry, weighed and placed in sucrose solutions of different concentrations. After 24 hours they were removed, blotted dry and weighed again.

| Sucrose concentration / mol dm⁻³ | Initial mass / g | Final mass / g | Percentage change in mass / % |
| --- | --- | --- | --- |
| 0.0 | 2.45 | 2.71 | +10.6 |
| 0.2 | 2.50 | 2.61 | |
| 0.4 | 2.48 | 2.39 | −3.6 |
| 0.6 | 2.52 | 2.28 | −9.5 |
| 0.8 | 2.46 | 2.14 | −13.0 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage change in mass of the cylinder in the 0.2 mol dm⁻³ solution. [1]",
        numericAnswer: { value: 4.4, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(2.61 − 2.50) ÷ 2.50 × 100 = +4.4 %", ["4.4"])],
        workedSolution: "$$\\frac{2.61 - 2.50}{2.50} \\times 100 = \\frac{0.11}{2.50} \\times 100 = +4.4\\ \\%$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D2.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Estimate",
        stem: "Assuming the percentage change in mass varies linearly between 0.2 and 0.4 mol dm⁻³, estimate the sucrose concentration that is isotonic with the potato tissue. [2]",
        numericAnswer: { value: 0.31, unit: "mol dm⁻³", tolerance: 0.01, followThrough: { from: ["a"], value: "0.2 + 0.2 * a / (a + 3.6)" } },
        markscheme: [
          p("p1", "isotonic where there is no change in mass / where the line crosses 0 %", ["no change", "0 %", "zero"]),
          p("p2", "0.2 + 0.2 × 4.4 ÷ (4.4 + 3.6) = 0.31 mol dm⁻³ **(FT)** from their (a)", ["0.31"]),
        ],
        workedSolution: `The isotonic concentration is where the tissue neither gains nor loses mass. The change falls from $+4.4\\ \\%$ at 0.2 mol dm⁻³ to $-3.6\\ \\%$ at 0.4 mol dm⁻³, a drop of $8.0$ percentage points over $0.2\\ \\text{mol dm}^{-3}$, so it reaches zero

$$0.2 + 0.2 \\times \\frac{4.4}{4.4 + 3.6} = 0.2 + 0.11 = 0.31\\ \\text{mol dm}^{-3}.$$

A wrong value in (a) used correctly here earns the marks (follow-through).`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "B2.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the change in mass of the cylinder in the 0.8 mol dm⁻³ solution. [3]",
        markscheme: [
          p("p1", "the solution has a lower / more negative water potential than the potato cells / is hypertonic", ["water potential", "hypertonic", "lower"]),
          p("p2", "water moves out of the cells by osmosis", ["osmosis"]),
          p("p3", "through the partially permeable plasma membrane / through aquaporins", ["partially permeable", "aquaporin"]),
          p("p4", "sucrose cannot cross the membrane (so the solute concentrations do not equalise)", ["sucrose cannot"]),
          p("p5", "so the tissue loses mass; cells become flaccid / plasmolysed", ["flaccid", "plasmolys"]),
        ],
        workedSolution:
          "Any three points.\n\nThe 0.8 mol dm⁻³ sucrose solution is hypertonic to the potato cells: it has a lower (more negative) water potential. Water therefore moves out of the cells by osmosis, across the partially permeable plasma membrane (much of it through aquaporins), while sucrose cannot cross. The cells lose water, so the cylinder loses 13 % of its mass and the cells become flaccid, with some plasmolysis.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D2.3",
        difficulty: 2,
        marks: 1,
        commandTerm: "Explain",
        stem: "Explain why the results are given as percentage change in mass rather than change in mass. [1]",
        markscheme: [p("p1", "the cylinders had different initial masses, so the percentage change allows a fair comparison", ["initial mass", "compar"])],
        workedSolution:
          "The cylinders did not start with exactly the same mass (2.45 g to 2.52 g); a percentage change expresses each gain or loss relative to the starting mass, so the results can be compared fairly.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D2.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest **two** ways in which this investigation could be made more reliable. [2]",
        markscheme: [
          p("p1", "repeat with several cylinders at each concentration and calculate a mean", ["repeat", "mean"]),
          p("p2", "blot each cylinder in the same way (e.g. rolled once on paper towel) before weighing", ["blot"]),
          p("p3", "use more concentrations between 0.2 and 0.4 mol dm⁻³", ["more concentrations", "between 0.2"]),
          p("p4", "cut all cylinders from the same potato / same surface area", ["same potato", "surface area"]),
          p("p5", "cover the tubes to prevent evaporation / keep the temperature constant", ["cover", "evaporation", "temperature"]),
        ],
        workedSolution:
          "Any two points.\n\nThere is only one cylinder per concentration, so use several and calculate means. Blot every cylinder in exactly the same way, since surface water adds mass. Cut all cylinders from the same potato with the same dimensions, cover the tubes and keep them at a constant temperature. More concentrations between 0.2 and 0.4 mol dm⁻³ would locate the isotonic point without assuming a straight line.",
      },
    ],
  },

  // ───────────── 07 Homeostasis: glucose tolerance ─────────────
  {
    key: "biology-mp-07",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Two adults, P and Q, fasted overnight and then drank a solution containing 75 g of glucose. Their blood glucose concentration was measured before the drink and every 30 minutes afterwards.

| Time after the drink / min | Person P / mmol dm⁻³ | Person Q / mmol dm⁻³ |
| --- | --- | --- |
| 0 | 4.8 | 7.2 |
| 30 | 7.9 | 12.6 |
| 60 | 6.4 | 14.1 |
| 90 | 5.2 | 13.0 |
| 120 | 4.9 | 11.8 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D3.3",
        difficulty: 1,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in blood glucose concentration of person P in the first 30 minutes after the drink. [2]",
        numericAnswer: { value: 64.6, unit: "%", sigFigs: 3, tolerance: 0.5 },
        markscheme: [p("p1", "(7.9 − 4.8) ÷ 4.8 × 100 / 3.1 ÷ 4.8 shown", ["3.1", "4.8"]), p("p2", "64.6 % (accept 65 %)", ["64.6", "65"])],
        workedSolution: "$$\\frac{7.9 - 4.8}{4.8} \\times 100 = \\frac{3.1}{4.8} \\times 100 = 64.6\\ \\%$$",
      },
      {
        label: "b",
        type: "WRITTEN",
        topicCode: "D3.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Compare",
        stem: "Compare the changes in blood glucose concentration of persons P and Q. [2]",
        markscheme: [
          p("p1", "both increase after the drink and then decrease", ["both"]),
          p("p2", "Q has a higher fasting concentration (7.2 compared with 4.8 mmol dm⁻³)", ["fasting", "7.2"]),
          p("p3", "Q's peak is higher and later (14.1 at 60 min compared with 7.9 at 30 min)", ["peak", "later", "14.1"]),
          p("p4", "P returns to (nearly) the fasting level by 120 min; Q remains well above it", ["returns", "120"]),
        ],
        workedSolution:
          "Any two points, at least one a difference.\n\nIn both people glucose rises after the drink and then falls. Q starts higher (7.2 against 4.8 mmol dm⁻³), peaks later and much higher (14.1 mmol dm⁻³ at 60 min against 7.9 mmol dm⁻³ at 30 min), and is still far above the fasting level at 120 min, whereas P is back to 4.9 mmol dm⁻³.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D3.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain how the blood glucose concentration of person P was returned to its normal level. [4]",
        markscheme: [
          p("p1", "rise in blood glucose detected by β cells in the islets of Langerhans of the pancreas", ["beta", "β", "pancreas", "islets"]),
          p("p2", "β cells secrete insulin into the blood", ["insulin"]),
          p("p3", "insulin binds to receptors on target cells, e.g. liver / muscle / adipose cells", ["receptor", "liver", "muscle"]),
          p("p4", "cells take up more glucose (more glucose transporters / channels in their membranes)", ["uptake", "transporter", "channel"]),
          p("p5", "glucose converted to glycogen (glycogenesis) in liver and muscle / used in respiration / converted to fat", ["glycogen"]),
          p("p6", "negative feedback: as glucose falls, insulin secretion decreases", ["negative feedback"]),
        ],
        workedSolution:
          "Any four points.\n\nThe rise in blood glucose is detected by the β cells of the islets of Langerhans in the pancreas, which secrete insulin. Insulin travels in the blood and binds to receptors on liver, muscle and fat cells, which then insert more glucose transporters into their membranes and take up glucose. In liver and muscle the glucose is stored as glycogen; it is also respired or converted to fat. As blood glucose falls, less insulin is secreted — negative feedback — so the concentration settles back at the normal level.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D3.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest, with a reason, what condition person Q may have. [2]",
        markscheme: [
          p("p1", "type 2 diabetes", ["type 2", "diabetes"]),
          p("p2", "target cells are less responsive to insulin / insulin resistance / fewer insulin receptors", ["resistance", "less responsive", "receptors"]),
          p("p3", "so less glucose is taken up from the blood and the concentration stays high (even when fasting)", ["stays high", "less glucose"]),
          p("p4", "or: too little insulin secreted by β cells (type 1 diabetes)", ["type 1", "too little insulin"]),
        ],
        workedSolution:
          "Any two points.\n\nQ probably has diabetes, most likely **type 2**, in which target cells respond poorly to insulin (insulin resistance). Glucose is therefore removed from the blood slowly, so the fasting level is high and the concentration stays high long after the drink. (Too little insulin — type 1 diabetes — would give a similar curve, so the data alone cannot distinguish them; measuring blood insulin would.)",
      },
    ],
  },

  // ───────────── 08 Cell division: mitotic index (HL) ─────────────
  {
    key: "biology-mp-08",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `Onion roots were grown for 6 hours in water (control) or in a solution of a plant extract, X. Root tips were then stained and squashed, and cells in one field of view were classified by the stage of the cell cycle they were in.

| Stage | Control: number of cells | Extract X: number of cells |
| --- | --- | --- |
| Interphase | 412 | 355 |
| Prophase | 38 | 20 |
| Metaphase | 14 | 96 |
| Anaphase | 8 | 3 |
| Telophase | 8 | 6 |
| **Total** | 480 | 480 |

The mitotic index is the number of cells in mitosis divided by the total number of cells.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D2.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mitotic index of the control root tip. [1]",
        numericAnswer: { value: 0.142, sigFigs: 3, tolerance: 0.0025 },
        markscheme: [p("p1", "(38 + 14 + 8 + 8) ÷ 480 = 68 ÷ 480 = 0.142 (accept 0.14)", ["0.142", "68"])],
        workedSolution: "Cells in mitosis $= 38 + 14 + 8 + 8 = 68$, so mitotic index $= \\dfrac{68}{480} = 0.142$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D2.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mitotic index of the root tip treated with extract X. [1]",
        numericAnswer: { value: 0.26, sigFigs: 3, tolerance: 0.001 },
        markscheme: [p("p1", "(20 + 96 + 3 + 6) ÷ 480 = 125 ÷ 480 = 0.260 (accept 0.26 / 26 %)", ["0.26", "125"])],
        workedSolution: "Cells in mitosis $= 20 + 96 + 3 + 6 = 125$, so mitotic index $= \\dfrac{125}{480} = 0.260$.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "D2.1H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the mitotic index caused by extract X. [2]",
        numericAnswer: { value: 83.8, unit: "%", tolerance: 1, followThrough: { from: ["a", "b"], value: "(b - a) / a * 100" } },
        markscheme: [
          p("p1", "(0.260 − 0.142) ÷ 0.142 × 100 / (125 − 68) ÷ 68 × 100 **(FT)** their (a) and (b)", ["57", "0.118"]),
          p("p2", "83.8 % (accept 83 % to 85 %)", ["83", "84"]),
        ],
        workedSolution: `$$\\frac{0.260 - 0.142}{0.142} \\times 100 \\approx \\frac{125 - 68}{68} \\times 100 = 83.8\\ \\%$$

(Working from the rounded indices gives 83.1 %; both are accepted.) Wrong answers to (a) or (b) used correctly here earn the marks (follow-through).`,
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D2.1",
        difficulty: 4,
        marks: 3,
        commandTerm: "Suggest",
        stem: "Using the data, suggest how extract X affects mitosis. [3]",
        markscheme: [
          p("p1", "many more cells in metaphase with X (96 compared with 14)", ["metaphase", "96"]),
          p("p2", "fewer cells in anaphase and telophase (and prophase)", ["anaphase", "fewer"]),
          p("p3", "cells are stopped / delayed at metaphase / cannot progress to anaphase", ["stopped", "arrest", "cannot progress"]),
          p("p4", "X may prevent spindle microtubules attaching to / pulling the chromosomes / prevent separation of sister chromatids", [
            "spindle",
            "microtubule",
            "chromatid",
          ]),
          p("p5", "the mitotic index rises because cells accumulate in mitosis, not because more cells divide", ["accumulate", "not more division"]),
        ],
        workedSolution:
          "Any three points.\n\nWith extract X the number of cells in metaphase is almost seven times the control (96 against 14), while anaphase and telophase cells are fewer. Cells therefore enter mitosis but do not get past metaphase: X probably stops the spindle microtubules from forming or from pulling sister chromatids apart (as colchicine does). The higher mitotic index reflects cells piling up in metaphase, not faster division.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D2.1H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the role of cyclins in controlling progression through the cell cycle. [3]",
        markscheme: [
          p("p1", "cyclin concentrations rise and fall at particular stages of the cycle", ["rise and fall", "concentration"]),
          p("p2", "cyclins bind to and activate cyclin-dependent kinases (CDKs)", ["CDK", "kinase"]),
          p("p3", "active CDKs phosphorylate target proteins", ["phosphorylat"]),
          p("p4", "which trigger the events of the next phase, e.g. DNA replication / start of mitosis", ["trigger", "next phase"]),
          p("p5", "a cell passes a checkpoint only when the threshold concentration of the right cyclin is reached / cyclins are then broken down", [
            "checkpoint",
            "threshold",
            "broken down",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nDifferent cyclins build up and are destroyed at particular points in the cycle. A cyclin binds to a cyclin-dependent kinase (CDK) and activates it; the active CDK phosphorylates target proteins, which start the events of the next stage — for example, replication of DNA in S phase or condensation of chromosomes at the start of mitosis. Only when enough of the right cyclin is present can the cell pass the checkpoint; the cyclin is then broken down, so each stage happens once per cycle.",
      },
      {
        label: "f",
        type: "WRITTEN",
        topicCode: "D2.1H",
        difficulty: 4,
        marks: 2,
        commandTerm: "Discuss",
        stem: "Discuss the possible use of extract X as a treatment for cancer. [2]",
        markscheme: [
          p("p1", "cancer cells divide repeatedly / uncontrollably, so stopping mitosis could slow tumour growth / kill tumour cells", ["divide", "tumour"]),
          p("p2", "X would also stop normal dividing cells (e.g. bone marrow, hair follicles, gut lining), causing side effects", [
            "side effect",
            "normal cells",
          ]),
          p("p3", "results are from onion root cells; effects on human cells / safety must be tested", ["onion", "human", "tested"]),
        ],
        workedSolution:
          "Any two points, including one limitation.\n\nTumours grow because cells divide uncontrollably, so a substance that stops cells in metaphase could slow tumour growth — several anti-cancer drugs work this way. But X would act on every dividing cell, including those of bone marrow, hair follicles and the gut lining, causing side effects. These results are from onion roots, so the effect and safety in human cells would have to be tested.",
      },
    ],
  },

  // ───────────── 09 Populations: capture–mark–release–recapture ─────────────
  {
    key: "biology-mp-09",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Ecologists estimated the population of a ground beetle in a 2 ha field margin by capture–mark–release–recapture. Beetles caught in pitfall traps were marked with a dot of paint on the underside of the thorax and released; the traps were emptied again two days later. The survey was repeated two years later, after the hedgerow next to the margin had been removed.

| Survey | Number caught and marked in the first sample | Number caught in the second sample | Number of marked beetles in the second sample |
| --- | --- | --- | --- |
| Year 1 | 64 | 80 | 16 |
| Year 3 | 45 | 50 | 15 |

Lincoln index: population size $= \\dfrac{n_1 \\times n_2}{n_3}$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the estimated population size in year 1. [1]",
        numericAnswer: { value: 320, unit: "beetles", tolerance: 0 },
        markscheme: [p("p1", "64 × 80 ÷ 16 = 320 (beetles)", ["320"])],
        workedSolution: "$\\dfrac{64 \\times 80}{16} = \\dfrac{5120}{16} = 320$ beetles.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the estimated population size in year 3. [1]",
        numericAnswer: { value: 150, unit: "beetles", tolerance: 0 },
        markscheme: [p("p1", "45 × 50 ÷ 15 = 150 (beetles)", ["150"])],
        workedSolution: "$\\dfrac{45 \\times 50}{15} = \\dfrac{2250}{15} = 150$ beetles.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "C4.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage change in the estimated population between year 1 and year 3. Give a decrease as a negative value. [1]",
        numericAnswer: { value: -53.1, unit: "%", sigFigs: 3, tolerance: 0.05, followThrough: { from: ["a", "b"], value: "(b - a) / a * 100" } },
        markscheme: [p("p1", "(150 − 320) ÷ 320 × 100 = −53.1 % (the negative sign shows the decrease) **(FT)** their (a) and (b)", ["-53", "53.1"])],
        workedSolution:
          "$$\\frac{150 - 320}{320} \\times 100 = -53.1\\ \\%$$\n\nThe estimated population fell by just over half. Wrong estimates in (a) or (b) used correctly here earn the mark (follow-through).",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C4.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "State",
        stem: "State **two** assumptions made when the Lincoln index is used to estimate population size. [2]",
        markscheme: [
          p("p1", "marked individuals mix randomly / evenly with the rest of the population before the second sample", ["mix"]),
          p("p2", "marking does not affect survival / behaviour / the chance of being recaptured (e.g. more visible to predators)", [
            "marking does not affect",
            "predator",
            "recapture",
          ]),
          p("p3", "marks are not lost / rubbed off between samples", ["not lost", "rub"]),
          p("p4", "no (significant) births, deaths, immigration or emigration between the samples / closed population", [
            "births",
            "deaths",
            "migration",
            "closed",
          ]),
          p("p5", "all individuals are equally likely to be caught", ["equally likely"]),
        ],
        workedSolution:
          "Any two points.\n\nThe method assumes the marked beetles mix evenly back into the population; that the paint does not make them more likely to die, be eaten or avoid traps; that the marks stay on; that the population is closed — no births, deaths or migration in the two days; and that every beetle has the same chance of being trapped.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C4.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Suggest",
        stem: "Suggest reasons why the beetle population may have decreased after the hedgerow was removed. [3]",
        markscheme: [
          p("p1", "loss of habitat / shelter, e.g. overwintering sites in the hedge base", ["habitat", "shelter", "overwinter"]),
          p("p2", "loss of food: fewer prey invertebrates / plant material associated with the hedge", ["food", "prey"]),
          p("p3", "greater exposure to predators (e.g. birds) / less cover", ["predat", "cover"]),
          p("p4", "microclimate changed: drier / more exposed / greater temperature variation", ["microclimate", "drier", "exposed"]),
          p("p5", "hedge acted as a corridor; the population is now isolated, so less immigration", ["corridor", "isolated", "immigration"]),
          p("p6", "the estimate may be less reliable / other factors (e.g. weather, pesticide use) changed between surveys", [
            "weather",
            "pesticide",
            "reliable",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nA hedgerow provides ground beetles with shelter and overwintering sites, a cooler, moister microclimate and prey such as slugs and aphids. Removing it reduces food and shelter and exposes beetles to predators and drying, so fewer survive and reproduce. The hedge also linked the margin to other habitats, so immigration may have fallen. The fall may be partly due to other factors such as weather or pesticides, and each figure is only an estimate from one survey.",
      },
    ],
  },

  // ───────────── 10 Energy flow in a grassland ─────────────
  {
    key: "biology-mp-10",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `The table shows energy flow through part of a grassland ecosystem, measured over one year.

| Energy flow | Energy / kJ m⁻² year⁻¹ |
| --- | --- |
| Gross primary production of the producers | 24 000 |
| Energy used by the producers in cell respiration | 14 400 |
| Energy taken in by primary consumers (herbivorous insects and voles) as food | 1150 |
| Energy lost in the faeces of primary consumers | 690 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C4.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the net primary production of the producers. [1]",
        numericAnswer: { value: 9600, unit: "kJ m⁻² year⁻¹", tolerance: 0 },
        markscheme: [p("p1", "24 000 − 14 400 = 9600 kJ m⁻² year⁻¹", ["9600", "9 600"])],
        workedSolution: "Net primary production = gross primary production − respiration = 24 000 − 14 400 = **9600 kJ m⁻² year⁻¹**.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of the net primary production that is taken in as food by the primary consumers. [2]",
        numericAnswer: { value: 12.0, unit: "%", sigFigs: 3, tolerance: 0.05, followThrough: { from: ["a"], value: "1150 / a * 100" } },
        markscheme: [p("p1", "1150 ÷ 9600 × 100 **(FT)** their (a)", ["1150"]), p("p2", "12.0 % (accept 12 %)", ["12"])],
        workedSolution: "$$\\frac{1150}{9600} \\times 100 = 12.0\\ \\%$$\n\nA wrong value in (a) used correctly here earns both marks (follow-through).",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C4.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why only a small percentage of the energy in the producers passes to the primary consumers. [3]",
        markscheme: [
          p("p1", "much of the energy fixed is used by the producers in cell respiration (60 % here) and lost as heat", ["respiration", "heat", "60"]),
          p("p2", "not all plant material is eaten (e.g. roots, woody parts)", ["not eaten", "roots"]),
          p("p3", "parts of plants die and pass to decomposers / detritivores", ["die", "decomposer", "detritivore"]),
          p("p4", "not all food eaten is digested / absorbed: much is lost in faeces (cellulose is hard to digest)", ["faeces", "digest", "cellulose"]),
          p("p5", "energy lost as heat cannot be recycled / converted back to chemical energy", ["cannot be recycled"]),
        ],
        workedSolution:
          "Any three points.\n\nOf the 24 000 kJ m⁻² year⁻¹ fixed by photosynthesis, 60 % is used in the producers' own respiration and lost as heat. Of the remaining net production, most is never eaten by herbivores: roots and tough stems are left, and much plant material dies and passes to decomposers. Even food that is eaten is not all absorbed — 690 of the 1150 kJ m⁻² year⁻¹ here is lost in faeces, because cellulose is hard to digest. Heat cannot be turned back into chemical energy, so energy flows through the ecosystem rather than cycling.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C4.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Using the data, suggest why food chains in grasslands rarely have more than four or five trophic levels. [2]",
        markscheme: [
          p("p1", "only about 10 % (a small fraction) of the energy passes to each successive trophic level", ["10 %", "small fraction"]),
          p("p2", "so after a few levels there is too little energy to support a (viable) population of further consumers", [
            "too little energy",
            "population",
          ]),
          p("p3", "higher consumers need to travel / hunt over large areas and use much energy in respiration", ["large areas", "hunt"]),
        ],
        workedSolution:
          "Any two points.\n\nAt each transfer most of the energy is lost (here only 12 % of net production even reaches the herbivores, and less than half of that is absorbed). After four or five transfers the energy left is too small to support a population of another consumer, which would also need to range widely and spend much energy hunting.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Outline",
        stem: "Outline how carbon in the faeces of the primary consumers can be returned to the atmosphere. [2]",
        markscheme: [
          p("p1", "faeces are digested / broken down by decomposers (saprotrophic bacteria and fungi) / detritivores", ["decomposer", "saprotroph", "fungi"]),
          p("p2", "carbon compounds are used in (aerobic) cell respiration by the decomposers", ["respiration"]),
          p("p3", "releasing carbon dioxide into the atmosphere (or methane in anaerobic conditions)", ["carbon dioxide", "CO2", "CO₂", "methane"]),
        ],
        workedSolution:
          "Any two points.\n\nSaprotrophic bacteria and fungi (and detritivores such as dung beetles) digest the faeces and absorb the organic compounds, then use them in cell respiration, releasing carbon dioxide to the atmosphere; in waterlogged, anaerobic conditions some is released as methane.",
      },
    ],
  },

  // ───────────── 11 Cell respiration: yeast and different sugars ─────────────
  {
    key: "biology-mp-11",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A student investigated whether yeast can respire different sugars. Equal volumes of a yeast suspension were added to flasks containing 5 % solutions of four sugars. The flasks were kept in a water bath at 30 °C and the carbon dioxide given off by each flask was collected in a gas syringe for 20 minutes. The experiment was repeated three times.

| Sugar | Mean volume of carbon dioxide collected in 20 minutes / cm³ |
| --- | --- |
| Glucose | 12.6 |
| Sucrose | 10.8 |
| Maltose | 7.2 |
| Lactose | 0.4 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mean rate of carbon dioxide production by the yeast with glucose, in cm³ min⁻¹. [1]",
        numericAnswer: { value: 0.63, unit: "cm³ min⁻¹", tolerance: 0.005 },
        markscheme: [p("p1", "12.6 ÷ 20 = 0.63 cm³ min⁻¹", ["0.63"])],
        workedSolution: "Rate $= \\dfrac{12.6\\ \\text{cm}^3}{20\\ \\text{min}} = 0.63\\ \\text{cm}^3\\ \\text{min}^{-1}$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "The rate of carbon dioxide production with maltose was 0.36 cm³ min⁻¹. Using your answer to (a), calculate the percentage by which the rate with maltose was lower than the rate with glucose. [2]",
        numericAnswer: { value: 42.9, unit: "%", tolerance: 0.1, followThrough: { from: ["a"], value: "(a - 0.36) / a * 100" } },
        markscheme: [
          p("p1", "(0.63 − 0.36) ÷ 0.63 × 100 / difference of 0.27 divided by their (a)", ["0.27", "0.63"]),
          p("p2", "42.9 % / 43 % **(FT)** from their (a)", ["42.9", "43"]),
        ],
        workedSolution: `$$\\frac{0.63 - 0.36}{0.63} \\times 100 = \\frac{0.27}{0.63} \\times 100 = 42.9\\ \\%$$

(The same result comes from the volumes: $(12.6 - 7.2) \\div 12.6 \\times 100$.) A wrong rate in (a) used correctly earns both marks.`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C1.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest reasons why almost no carbon dioxide was produced with lactose. [2]",
        markscheme: [
          p("p1", "the yeast does not produce the enzyme lactase / an enzyme that hydrolyses lactose", ["lactase", "enzyme"]),
          p("p2", "enzymes are specific: lactose does not fit the active site of the enzymes that digest sucrose / maltose", ["specific", "active site"]),
          p("p3", "lactose cannot be hydrolysed to monosaccharides (glucose and galactose) that can enter glycolysis", [
            "hydrolys",
            "glycolysis",
            "monosaccharide",
          ]),
          p("p4", "the yeast may have no carrier / transport protein to take up lactose", ["carrier", "transport protein"]),
        ],
        workedSolution:
          "Any two points.\n\nDisaccharides must be hydrolysed to monosaccharides before they can be respired. The yeast evidently makes enzymes for sucrose and maltose but not lactase; because enzymes are specific, lactose does not fit the active sites of the enzymes it does make. It may also lack a membrane carrier to take lactose into its cells. The tiny volume collected probably came from the respiration of the yeast's own stored carbohydrate.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Outline",
        stem: "The flasks were sealed, so the yeast soon respired anaerobically. Outline anaerobic respiration in yeast. [3]",
        markscheme: [
          p("p1", "glucose is broken down to pyruvate in glycolysis, in the cytoplasm", ["glycolysis", "pyruvate", "cytoplasm"]),
          p("p2", "a small yield of ATP (net 2 ATP per glucose)", ["2 ATP", "small yield"]),
          p("p3", "pyruvate is converted to ethanol and carbon dioxide", ["ethanol", "carbon dioxide"]),
          p("p4", "NADH is oxidised / NAD is regenerated, so glycolysis can continue", ["NAD", "regenerat"]),
          p("p5", "no oxygen is needed / no Krebs cycle or electron transport chain", ["no oxygen", "Krebs"]),
        ],
        workedSolution:
          "Any three points.\n\nIn the cytoplasm glucose is split into two molecules of pyruvate by glycolysis, giving a net yield of 2 ATP. Without oxygen the pyruvate cannot enter the mitochondria for aerobic respiration; instead it is converted to ethanol and carbon dioxide (the gas collected here). This reaction oxidises NADH back to NAD, which glycolysis needs to keep running. The yield of ATP per glucose is far lower than in aerobic respiration.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C1.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "State",
        stem: "State **two** variables, other than temperature, that should have been kept the same in every flask. [2]",
        markscheme: [
          p("p1", "volume / concentration of yeast suspension (number of yeast cells)", ["yeast", "volume"]),
          p("p2", "volume / concentration of sugar solution (5 %)", ["sugar", "concentration"]),
          p("p3", "pH (use a buffer)", ["pH", "buffer"]),
          p("p4", "time yeast was left before collecting / time of collection / age or strain of yeast", ["time", "strain"]),
          p("p5", "size of flask / volume of air in the flask", ["flask", "air"]),
        ],
        workedSolution:
          "Any two.\n\nThe quantity of yeast (volume and concentration of the suspension), the volume and concentration of each sugar solution, the pH, the strain and age of the yeast, and the volume of air in each flask all affect the rate and must be kept the same.",
      },
    ],
  },

  // ───────────── 12 Ventilation during exercise ─────────────
  {
    key: "biology-mp-12",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A student's breathing was measured with a spirometer, first at rest and then during the final minute of 10 minutes of steady cycling on an exercise bike.

| | At rest | During exercise |
| --- | --- | --- |
| Ventilation rate / breaths min⁻¹ | 14 | 38 |
| Tidal volume / dm³ | 0.50 | 1.80 |

The volume of air breathed in per minute (the minute volume) is the ventilation rate multiplied by the tidal volume.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the volume of air breathed in per minute at rest. [1]",
        numericAnswer: { value: 7, unit: "dm³ min⁻¹", tolerance: 0.05 },
        markscheme: [p("p1", "14 × 0.50 = 7.0 dm³ min⁻¹", ["7"])],
        workedSolution: "$14\\ \\text{min}^{-1} \\times 0.50\\ \\text{dm}^3 = 7.0\\ \\text{dm}^3\\ \\text{min}^{-1}$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate how many times greater the volume of air breathed in per minute was during exercise than at rest. [2]",
        numericAnswer: { value: 9.77, tolerance: 0.01, followThrough: { from: ["a"], value: "38 * 1.8 / a" } },
        markscheme: [
          p("p1", "volume during exercise = 38 × 1.80 = 68.4 dm³ min⁻¹", ["68.4"]),
          p("p2", "68.4 ÷ 7.0 = 9.77 (times) **(FT)** their (a)", ["9.77", "9.8"]),
        ],
        workedSolution: `During exercise: $38 \\times 1.80 = 68.4\\ \\text{dm}^3\\ \\text{min}^{-1}$.

$$\\frac{68.4}{7.0} = 9.77$$

so the student breathed in almost ten times as much air per minute.`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the increase in ventilation during exercise is brought about. [3]",
        markscheme: [
          p("p1", "muscles respire (aerobically) faster, producing more carbon dioxide", ["respir", "carbon dioxide"]),
          p("p2", "carbon dioxide lowers the pH of the blood (forms carbonic acid)", ["pH", "carbonic"]),
          p("p3", "chemoreceptors (in the carotid arteries / aorta / medulla) detect the fall in pH / rise in CO₂", ["chemoreceptor"]),
          p("p4", "impulses to the respiratory centre in the medulla (brainstem)", ["medulla", "brainstem", "respiratory centre"]),
          p("p5", "more frequent / stronger impulses to the diaphragm and (external) intercostal muscles", ["diaphragm", "intercostal"]),
          p("p6", "so breathing is both faster and deeper (higher rate and tidal volume)", ["faster", "deeper"]),
        ],
        workedSolution:
          "Any three points.\n\nWorking muscles respire faster and release more carbon dioxide into the blood, where it forms carbonic acid and lowers the pH. Chemoreceptors in the walls of the aorta and carotid arteries, and in the medulla, detect the change and send impulses to the respiratory centre in the brainstem. This sends impulses more often to the diaphragm and external intercostal muscles, which contract more often and more strongly, so breathing becomes faster and deeper.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 3,
        commandTerm: "Outline",
        stem: "Outline how the structure of the alveoli allows rapid gas exchange. [3]",
        markscheme: [
          p("p1", "very large total surface area (many alveoli)", ["surface area"]),
          p("p2", "walls one cell thick / thin type I pneumocytes, so short diffusion distance", ["thin", "one cell", "diffusion distance"]),
          p("p3", "dense network of capillaries maintains a steep concentration gradient", ["capillar", "concentration gradient"]),
          p("p4", "moist lining so gases dissolve before diffusing", ["moist", "dissolve"]),
          p("p5", "surfactant (from type II pneumocytes) stops alveoli collapsing / sticking together", ["surfactant", "type II"]),
        ],
        workedSolution:
          "Any three points.\n\nThe millions of alveoli give an enormous surface area. Their walls are made of thin type I pneumocytes, and each alveolus is wrapped in capillaries whose walls are also one cell thick, so the diffusion distance is very short. Blood flow and ventilation keep a steep concentration gradient of oxygen and carbon dioxide. The moist lining lets gases dissolve, and surfactant from type II pneumocytes stops the alveoli collapsing on exhalation.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why the measurements during exercise were taken in the final minute of 10 minutes of cycling rather than at the start. [2]",
        markscheme: [
          p("p1", "breathing takes time to adjust / ventilation rises over the first minutes of exercise", ["takes time", "adjust"]),
          p("p2", "by 10 minutes a steady state is reached, so the reading is representative / repeatable", ["steady state", "representative"]),
          p("p3", "at the start, muscles use stored oxygen (myoglobin) / respire anaerobically, so CO₂ output has not yet risen", ["anaerobic", "myoglobin"]),
        ],
        workedSolution:
          "Any two points.\n\nVentilation does not jump instantly to its exercise level: it rises over the first few minutes as carbon dioxide builds up and the chemoreceptors respond (at first the muscles partly rely on stored oxygen and anaerobic respiration). After 10 minutes of steady cycling breathing has reached a steady state, so a measurement then represents the exercise level and can be repeated.",
      },
    ],
  },

  // ───────────── 13 Stomatal density in sun and shade leaves ─────────────
  {
    key: "biology-mp-13",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Leaves were taken from the sunny south side and the shaded north side of the same beech tree. The lower surface of each leaf was painted with clear nail varnish, and the dried varnish peeled off and viewed with a microscope at ×400. The field of view had a diameter of 0.40 mm. The stomata were counted in five fields of view of each type of leaf.

| Field of view | 1 | 2 | 3 | 4 | 5 |
| --- | --- | --- | --- | --- | --- |
| Sun leaf: number of stomata | 26 | 30 | 28 | 31 | 25 |
| Shade leaf: number of stomata | 14 | 17 | 13 | 16 | 15 |

The area of a circle is $\\pi r^2$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mean number of stomata per field of view for the sun leaf. [1]",
        numericAnswer: { value: 28, tolerance: 0 },
        markscheme: [p("p1", "(26 + 30 + 28 + 31 + 25) ÷ 5 = 140 ÷ 5 = 28", ["28"])],
        workedSolution: "Mean $= \\dfrac{26 + 30 + 28 + 31 + 25}{5} = \\dfrac{140}{5} = 28$ stomata per field of view.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate the stomatal density of the sun leaf in stomata mm⁻². [2]",
        numericAnswer: { value: 223, unit: "mm⁻²", tolerance: 1, followThrough: { from: ["a"], value: "a / (pi * 0.2^2)" } },
        markscheme: [
          p("p1", "area of field of view = π × 0.20² = 0.126 mm²", ["0.126", "0.2"]),
          p("p2", "28 ÷ 0.126 = 223 stomata mm⁻² **(FT)** their (a)", ["223", "222.8"]),
        ],
        workedSolution: `The radius is half the diameter, $0.20\\ \\text{mm}$, so the area of the field of view is $\\pi \\times 0.20^2 = 0.126\\ \\text{mm}^2$.

$$\\text{stomatal density} = \\frac{28}{0.126} = 223\\ \\text{stomata mm}^{-2}$$`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "The mean for the shade leaf was 15 stomata per field of view. Calculate the percentage by which the stomatal density of the shade leaf is lower than that of the sun leaf. [1]",
        numericAnswer: { value: 46.4, unit: "%", tolerance: 0.1, followThrough: { from: ["a"], value: "(a - 15) / a * 100" } },
        markscheme: [p("p1", "(28 − 15) ÷ 28 × 100 = 46.4 % **(FT)** their (a)", ["46.4", "46"])],
        workedSolution: "The field of view is the same, so the densities are in the ratio of the means: $\\dfrac{28 - 15}{28} \\times 100 = 46.4\\ \\%$ lower.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Suggest",
        stem: "Suggest reasons for the difference in stomatal density between the sun leaf and the shade leaf. [3]",
        markscheme: [
          p("p1", "sun leaves receive more light, so they have a higher rate of photosynthesis", ["light", "photosynthesis"]),
          p("p2", "more stomata allow faster uptake of carbon dioxide (which would otherwise limit photosynthesis)", ["carbon dioxide", "CO2", "CO₂"]),
          p("p3", "sun leaves are warmer, so more transpiration helps cool the leaf", ["cool", "transpiration"]),
          p("p4", "in shade, light limits photosynthesis, so extra stomata would add water loss without benefit", ["water loss", "limit"]),
          p("p5", "stomatal density is set as the leaf develops in response to its light environment", ["develop", "environment"]),
        ],
        workedSolution:
          "Any three points.\n\nA sun leaf receives much more light and can photosynthesise faster, so it needs more carbon dioxide; more stomata allow faster diffusion of CO₂ into the leaf. Its extra transpiration also cools it. In the shade light limits photosynthesis, so more stomata would bring little extra carbon gain but would still lose water. The density is fixed while the leaf develops, in response to the light it receives.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Evaluate",
        stem: "Evaluate the conclusion that sun leaves of beech trees have a higher stomatal density than shade leaves. [2]",
        markscheme: [
          p("p1", "supported: every sun count is higher than every shade count / large difference with little overlap", [
            "every",
            "no overlap",
            "large difference",
          ]),
          p("p2", "only one leaf of each type / one tree, so the result may not apply to beech trees in general", ["one leaf", "one tree"]),
          p("p3", "only five fields of view per leaf / only the lower surface sampled", ["five fields", "lower surface"]),
          p("p4", "a statistical test (e.g. t-test) would show whether the difference is significant", ["t-test", "significant"]),
        ],
        workedSolution:
          "Any two points, at least one a limitation.\n\nThe data support the conclusion for these leaves: the lowest sun count (25) is higher than the highest shade count (17). But only one leaf of each type from one tree was sampled, in five fields of view, so the conclusion cannot safely be extended to beech trees in general. More leaves from several trees, and a statistical test of the difference, would be needed.",
      },
    ],
  },

  // ───────────── 14 Inheritance: a monohybrid cross in tomatoes ─────────────
  {
    key: "biology-mp-14",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `In tomato plants, the allele for purple stems (**A**) is dominant to the allele for green stems (**a**). A plant breeder crossed two plants that were both heterozygous for stem colour and grew the seeds produced.

| Stem colour of offspring | Number of plants |
| --- | --- |
| Purple | 312 |
| Green | 88 |
| **Total** | 400 |`,
    parts: [
      {
        label: "a",
        type: "WRITTEN",
        topicCode: "D3.2",
        difficulty: 2,
        marks: 3,
        commandTerm: "Outline",
        stem: "Using a Punnett grid, outline the expected genotypes and phenotypes of the offspring of this cross. [3]",
        markscheme: [
          p("p1", "parents Aa × Aa; gametes A and a from each parent", ["gametes", "Aa"]),
          p("p2", "Punnett grid giving AA, Aa, Aa, aa", ["AA", "aa", "Punnett"]),
          p("p3", "genotype ratio 1 AA : 2 Aa : 1 aa", ["1:2:1", "1 : 2 : 1"]),
          p("p4", "phenotype ratio 3 purple : 1 green", ["3:1", "3 : 1"]),
        ],
        workedSolution:
          "Any three points.\n\nEach heterozygous parent (Aa) produces gametes carrying **A** or **a** in equal numbers.\n\n| | A | a |\n| --- | --- | --- |\n| **A** | AA | Aa |\n| **a** | Aa | aa |\n\nThe expected genotypes are 1 AA : 2 Aa : 1 aa. AA and Aa plants have purple stems, so the expected phenotype ratio is 3 purple : 1 green.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D3.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the number of green-stemmed plants expected among the 400 offspring. [1]",
        numericAnswer: { value: 100, tolerance: 0 },
        markscheme: [p("p1", "¼ × 400 = 100", ["100"])],
        workedSolution: "One quarter of the offspring are expected to be **aa**: $\\dfrac{1}{4} \\times 400 = 100$ plants.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "D3.2",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the observed ratio of purple-stemmed to green-stemmed plants, in the form $x : 1$. Give $x$. [1]",
        numericAnswer: { value: 3.55, tolerance: 0.01 },
        markscheme: [p("p1", "312 ÷ 88 = 3.55 (: 1)", ["3.55", "3.5"])],
        workedSolution: "$\\dfrac{312}{88} = 3.55$, so the observed ratio is $3.55 : 1$.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Explain",
        stem: "Explain why the observed numbers differ from the expected numbers. [2]",
        markscheme: [
          p("p1", "fertilisation is random / which gametes fuse is a matter of chance", ["random", "chance"]),
          p("p2", "expected ratios are probabilities, only approached in very large samples", ["probabilit", "large sample"]),
          p("p3", "some seeds may not germinate / some plants died; green plants may survive less well", ["germinate", "surviv"]),
        ],
        workedSolution:
          "Any two points.\n\nA 3 : 1 ratio is a probability: each offspring has a 1 in 4 chance of being **aa**, but fertilisation is random, so the actual numbers vary by chance, the more so in small samples. Differences in germination or survival (for example, if green-stemmed seedlings survive less well) would also shift the numbers.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D3.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Outline",
        stem: "Outline how the breeder could find out whether a purple-stemmed offspring plant is homozygous or heterozygous. [3]",
        markscheme: [
          p("p1", "test cross: cross it with a green-stemmed (homozygous recessive, aa) plant", ["test cross", "aa", "recessive"]),
          p("p2", "if all offspring are purple, the plant is (probably) homozygous AA", ["all purple", "homozygous"]),
          p("p3", "if about half the offspring are green (1 : 1), the plant is heterozygous Aa", ["half", "1:1", "heterozygous"]),
          p("p4", "a large number of offspring is needed for confidence (one green offspring shows it is Aa)", ["large number", "one green"]),
        ],
        workedSolution:
          "Any three points.\n\nCarry out a **test cross** with a green-stemmed plant, which must be **aa**. If the purple plant is **AA**, every offspring receives **A** and all have purple stems. If it is **Aa**, about half the offspring receive **a** from both parents and have green stems (1 : 1). A single green offspring proves the plant is heterozygous; many all-purple offspring make it very likely that it is homozygous.",
      },
    ],
  },

  // ───────────── 15 Neural signalling: conduction speed ─────────────
  {
    key: "biology-mp-15",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `The speed of nerve impulses was compared in three axons. Each axon was stimulated at one end and the impulse was detected by two recording electrodes placed 60 mm apart along it. The time taken for the impulse to travel between the electrodes was recorded.

| Axon | Diameter / µm | Myelinated? | Time to travel 60 mm / ms |
| --- | --- | --- | --- |
| P | 1 | no | 40 |
| Q | 500 | no | 2.4 |
| R | 10 | yes | 1.2 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the speed of the impulse in axon R, in m s⁻¹. [2]",
        numericAnswer: { value: 50, unit: "m s⁻¹", tolerance: 0.5 },
        markscheme: [p("p1", "conversion: 60 mm = 0.060 m and 1.2 ms = 0.0012 s", ["0.06", "0.0012"]), p("p2", "0.060 ÷ 0.0012 = 50 m s⁻¹", ["50"])],
        workedSolution: "Speed $= \\dfrac{\\text{distance}}{\\text{time}} = \\dfrac{0.060\\ \\text{m}}{0.0012\\ \\text{s}} = 50\\ \\text{m s}^{-1}$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate how many times faster the impulse travels in axon R than in axon P. [2]",
        numericAnswer: { value: 33.3, tolerance: 0.1, followThrough: { from: ["a"], value: "a / (0.060 / 0.040)" } },
        markscheme: [p("p1", "speed in P = 0.060 ÷ 0.040 = 1.5 m s⁻¹", ["1.5"]), p("p2", "50 ÷ 1.5 = 33.3 (times) **(FT)** their (a)", ["33.3", "33"])],
        workedSolution: `Speed in P $= \\dfrac{0.060\\ \\text{m}}{0.040\\ \\text{s}} = 1.5\\ \\text{m s}^{-1}$.

$$\\frac{50}{1.5} = 33.3$$`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Compare",
        stem: "Compare the effect of axon diameter and of myelination on the speed of the impulse, using the data. [2]",
        markscheme: [
          p("p1", "in unmyelinated axons a greater diameter gives a faster impulse (Q faster than P)", ["diameter", "faster"]),
          p("p2", "myelinated axon R is faster than Q although its diameter is 50 times smaller", ["myelin", "smaller"]),
          p("p3", "myelination has a greater effect on speed than diameter", ["greater effect"]),
        ],
        workedSolution:
          "Any two points.\n\nAmong the unmyelinated axons the wide axon Q (500 µm) conducts far faster than the narrow axon P (1 µm). But the myelinated axon R, only 10 µm across, is faster still — twice as fast as Q — so myelination increases speed much more efficiently than a larger diameter.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C2.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how myelination increases the speed of nerve impulses. [3]",
        markscheme: [
          p("p1", "myelin (sheath) is an electrical insulator (formed by Schwann cells wrapping the axon)", ["insulat", "Schwann"]),
          p("p2", "ions can only move across the membrane at the nodes of Ranvier (gaps in the myelin)", ["nodes of Ranvier", "node"]),
          p("p3", "depolarisation / action potentials occur only at the nodes", ["depolari", "action potential"]),
          p("p4", "the impulse jumps from node to node: saltatory conduction", ["saltatory", "jump"]),
          p("p5", "local currents flow further along the axon inside the myelinated section", ["local current"]),
        ],
        workedSolution:
          "Any three points.\n\nSchwann cells wrap the axon in layers of myelin, which insulates it: sodium and potassium ions cannot cross the membrane where it is covered. Action potentials are therefore generated only at the nodes of Ranvier. Local currents flow rapidly inside the axon to the next node, depolarising it, so the impulse jumps from node to node — saltatory conduction — instead of depolarising every part of the membrane in turn.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Outline",
        stem: "Outline how the resting potential of an axon is maintained. [2]",
        markscheme: [
          p("p1", "sodium–potassium pump actively transports 3 Na⁺ out and 2 K⁺ in, using ATP", ["pump", "3", "ATP"]),
          p("p2", "membrane is more permeable to K⁺ than Na⁺ / K⁺ leaks out through channels", ["permeable", "leak"]),
          p("p3", "negatively charged proteins / anions inside the axon; inside about −70 mV relative to outside", ["-70", "−70", "negative"]),
        ],
        workedSolution:
          "Any two points.\n\nThe sodium–potassium pump uses ATP to move three Na⁺ ions out for every two K⁺ ions in, creating concentration gradients and a charge imbalance. The membrane is more permeable to K⁺, which leaks out, and large negatively charged proteins stay inside, so the inside is held at about −70 mV relative to the outside.",
      },
    ],
  },

  // ───────────── 16 Membranes: beetroot and temperature ─────────────
  {
    key: "biology-mp-16",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Beetroot cells contain a red pigment, betalain, held in the large central vacuole. Cubes of beetroot of equal size were rinsed in water, then placed in test tubes of distilled water at different temperatures for 30 minutes. The water was then poured off and its absorbance measured with a colorimeter: the more pigment that has leaked out of the cells, the higher the absorbance.

| Temperature / °C | Absorbance (arbitrary units) |
| --- | --- |
| 20 | 0.08 |
| 30 | 0.10 |
| 40 | 0.14 |
| 50 | trials: 0.36, 0.41, 0.37 |
| 60 | 0.82 |
| 70 | 0.95 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B2.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mean absorbance at 50 °C. [1]",
        numericAnswer: { value: 0.38, tolerance: 0.005 },
        markscheme: [p("p1", "(0.36 + 0.41 + 0.37) ÷ 3 = 0.38", ["0.38"])],
        workedSolution: "Mean $= \\dfrac{0.36 + 0.41 + 0.37}{3} = \\dfrac{1.14}{3} = 0.38$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B2.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate the percentage increase in absorbance between 40 °C and 50 °C. [2]",
        numericAnswer: { value: 171, unit: "%", tolerance: 0.5, followThrough: { from: ["a"], value: "(a - 0.14) / 0.14 * 100" } },
        markscheme: [p("p1", "(0.38 − 0.14) ÷ 0.14 × 100 / increase of 0.24 divided by 0.14", ["0.24", "0.14"]), p("p2", "171 % **(FT)** their (a)", ["171"])],
        workedSolution: "$$\\frac{0.38 - 0.14}{0.14} \\times 100 = \\frac{0.24}{0.14} \\times 100 = 171\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "B2.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the effect of temperature on the leakage of pigment shown by the data. [2]",
        markscheme: [
          p("p1", "little increase in leakage between 20 °C and 40 °C", ["little", "20", "40"]),
          p("p2", "leakage increases sharply above 40 °C / largest increase between 50 °C and 60 °C", ["sharp", "above 40"]),
          p("p3", "increase slows / levels off between 60 °C and 70 °C", ["levels off", "slows"]),
          p("p4", "positive correlation overall / absorbance at 70 °C is about 12 times that at 20 °C", ["positive", "12"]),
        ],
        workedSolution:
          "Any two points.\n\nUp to 40 °C the absorbance rises only slightly (0.08 to 0.14). Above 40 °C it rises steeply, most of all between 50 °C and 60 °C, and then the increase slows between 60 °C and 70 °C, by which point nearly all the pigment may have leaked out.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B2.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why more pigment leaks out of the cells at temperatures above 40 °C. [3]",
        markscheme: [
          p("p1", "pigment must cross the tonoplast (vacuole membrane) and the plasma membrane", ["tonoplast", "plasma membrane"]),
          p("p2", "membrane proteins (channels / carriers) are denatured, leaving gaps in the membrane", ["protein", "denatur"]),
          p("p3", "phospholipids gain kinetic energy / move more, so the bilayer becomes more fluid / less stable", ["phospholipid", "fluid", "kinetic"]),
          p("p4", "membranes lose their selective permeability, so the large pigment molecules can diffuse out", ["permeab", "diffuse"]),
        ],
        workedSolution:
          "Any three points.\n\nTo reach the water the pigment must pass through both the tonoplast and the plasma membrane, which are normally impermeable to it. At higher temperatures the phospholipids move faster and the bilayer becomes more fluid and disordered, and the membrane proteins are denatured, leaving gaps. The membranes lose their selective permeability, so pigment diffuses out down its concentration gradient.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B2.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why the beetroot cubes were rinsed in water before being placed in the test tubes, and one other variable that should have been controlled. [2]",
        markscheme: [
          p("p1", "rinsing removes pigment released from cells cut open when the cubes were prepared", ["cut", "damaged", "rinse"]),
          p("p2", "so that the absorbance only measures pigment leaking through intact membranes", ["intact"]),
          p("p3", "controlled variable: size / surface area of cubes, volume of water, time in water, source of beetroot", [
            "size",
            "surface area",
            "volume",
            "time",
          ]),
        ],
        workedSolution:
          "Any two points.\n\nCutting the cubes bursts cells at the surface, releasing pigment that has nothing to do with temperature; rinsing removes it so that only pigment leaking through intact membranes is measured. The size (surface area) of the cubes, the volume of water and the time in the water must also be kept the same.",
      },
    ],
  },

  // ───────────── 17 Defence against disease: vaccination and measles ─────────────
  {
    key: "biology-mp-17",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A country with a population of 12.5 million recorded the percentage of two-year-old children who had received the measles vaccine and the number of measles cases reported.

| Year | Vaccine coverage at age 2 / % | Measles cases per 100 000 people |
| --- | --- | --- |
| 2000 | 62 | 48 |
| 2005 | 78 | 21 |
| 2010 | 91 | 3.2 |
| 2015 | 95 | 0.6 |
| 2020 | 86 | 5.8 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C3.2",
        difficulty: 1,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in measles cases per 100 000 people between 2000 and 2015. [2]",
        numericAnswer: { value: 98.75, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(48 − 0.6) ÷ 48 × 100 / 47.4 ÷ 48 shown", ["47.4", "48"]), p("p2", "98.75 % (accept 98.8 %)", ["98.75", "98.8"])],
        workedSolution: "$$\\frac{48 - 0.6}{48} \\times 100 = \\frac{47.4}{48} \\times 100 = 98.75\\ \\%$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C3.2",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the total number of measles cases in the country in 2020. [1]",
        numericAnswer: { value: 725, tolerance: 0, unit: "cases" },
        markscheme: [p("p1", "5.8 × (12 500 000 ÷ 100 000) = 5.8 × 125 = 725 cases", ["725"])],
        workedSolution: "12.5 million is $125 \\times 100\\,000$, so the number of cases is $5.8 \\times 125 = 725$.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the relationship between vaccine coverage and the number of measles cases. [2]",
        markscheme: [
          p("p1", "negative correlation: as coverage increases, cases decrease", ["negative", "decrease"]),
          p("p2", "cases fell to very low levels when coverage was above 90 % / 95 %", ["90", "95", "very low"]),
          p("p3", "when coverage fell to 86 % in 2020, cases rose again (almost tenfold)", ["86", "rose", "2020"]),
          p("p4", "relationship is not linear: small changes at high coverage have large effects on cases", ["not linear", "non-linear"]),
        ],
        workedSolution:
          "Any two points.\n\nThere is a negative correlation: cases fell from 48 to 0.6 per 100 000 as coverage rose from 62 % to 95 %. The relationship is not linear — the last few percentage points of coverage made a great difference — and when coverage fell back to 86 % in 2020 cases rose nearly tenfold to 5.8 per 100 000.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain how vaccination makes a child immune to measles. [4]",
        markscheme: [
          p("p1", "vaccine contains antigens of the measles virus (weakened / attenuated virus)", ["antigen", "attenuated", "weakened"]),
          p("p2", "antigens are presented to / activate helper T cells (by macrophages)", ["helper T", "macrophage", "present"]),
          p("p3", "specific B lymphocytes with complementary antibodies are activated and divide (clonal selection / expansion)", [
            "B lymphocyte",
            "B cell",
            "clonal",
          ]),
          p("p4", "plasma cells produce antibodies against the measles antigen", ["plasma cell", "antibod"]),
          p("p5", "memory cells are produced and persist for a long time", ["memory cell"]),
          p("p6", "on infection, memory cells give a faster and larger secondary response, so the virus is destroyed before symptoms", [
            "secondary response",
            "faster",
          ]),
        ],
        workedSolution:
          "Any four points.\n\nThe vaccine contains an attenuated form of the measles virus, carrying its antigens, but cannot cause the disease. Macrophages engulf it and present the antigens, activating helper T cells, which in turn activate the B lymphocytes whose antibodies are complementary to those antigens. These B cells divide (clonal expansion); some become plasma cells that secrete antibodies, and some become long-lived memory cells. If the child later meets the real virus, the memory cells respond quickly with a much larger, faster secondary response, destroying the virus before it causes illness.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why a fall in coverage from 95 % to 86 % led to a large rise in the number of cases. [2]",
        markscheme: [
          p("p1", "herd immunity: at high coverage the virus cannot spread because most contacts are immune", ["herd immunity"]),
          p("p2", "this also protects those who cannot be vaccinated (babies, immunocompromised)", ["cannot be vaccinated", "babies"]),
          p("p3", "measles is highly infectious, so a very high coverage (above about 95 %) is needed", ["highly infectious", "contagious"]),
          p("p4", "below the threshold, chains of transmission can continue and outbreaks occur among unvaccinated people", ["transmission", "outbreak"]),
        ],
        workedSolution:
          "Any two points.\n\nWhen almost everyone is immune, an infected person rarely meets someone susceptible, so chains of transmission die out — herd immunity, which also protects babies too young to be vaccinated. Measles is extremely infectious, so the threshold for herd immunity is very high; once coverage dropped below it, the virus could spread among the growing number of unvaccinated children and outbreaks occurred.",
      },
    ],
  },

  // ───────────── 18 Transport: arteries and veins ─────────────
  {
    key: "biology-mp-18",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A student measured an artery and a vein in a micrograph of a transverse section through tissue from a mammal. The magnification of the micrograph is ×40.

| Measurement on the micrograph / mm | Artery | Vein |
| --- | --- | --- |
| Thickness of the wall | 24 | 6 |
| Diameter of the lumen | 18 | 40 |

Magnification $= \\dfrac{\\text{size of image}}{\\text{actual size}}$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the actual thickness of the artery wall in µm. [2]",
        numericAnswer: { value: 600, unit: "µm", tolerance: 0 },
        markscheme: [p("p1", "24 mm ÷ 40 = 0.6 mm", ["0.6"]), p("p2", "0.6 mm × 1000 = 600 µm", ["600"])],
        workedSolution:
          "Actual size $= \\dfrac{\\text{image size}}{\\text{magnification}} = \\dfrac{24\\ \\text{mm}}{40} = 0.6\\ \\text{mm} = 600\\ \\mu\\text{m}$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B3.2",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the ratio of wall thickness to lumen diameter for the artery, in the form $x : 1$. Give $x$. [1]",
        numericAnswer: { value: 1.33, tolerance: 0.01 },
        markscheme: [p("p1", "24 ÷ 18 = 1.33 (: 1)", ["1.33"])],
        workedSolution: "$\\dfrac{24}{18} = 1.33$, so the ratio is $1.33 : 1$ (for the vein it is only $6 \\div 40 = 0.15 : 1$).",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "B3.2",
        difficulty: 2,
        marks: 3,
        commandTerm: "Distinguish",
        stem: "Distinguish between the structure of arteries and veins. [3]",
        markscheme: [
          p("p1", "arteries have thicker walls (relative to lumen) than veins", ["thicker wall"]),
          p("p2", "arteries have a narrower lumen; veins a wider lumen", ["lumen", "narrow", "wide"]),
          p("p3", "arteries have more smooth muscle and elastic fibres in the wall (tunica media)", ["elastic", "smooth muscle", "muscle"]),
          p("p4", "veins have valves; arteries do not (except at the base of the aorta)", ["valve"]),
          p("p5", "arteries keep a round shape in section; veins are often flattened / irregular", ["round", "flattened"]),
        ],
        workedSolution:
          "Any three points.\n\n| Arteries | Veins |\n| --- | --- |\n| thick wall relative to the lumen | thin wall relative to the lumen |\n| narrow lumen | wide lumen |\n| thick layer of smooth muscle and elastic fibres | thin muscle layer, few elastic fibres |\n| no valves | valves prevent backflow |\n| round in section | often flattened |",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B3.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the structure of the artery wall is related to its function. [3]",
        markscheme: [
          p("p1", "arteries carry blood at high pressure (pulses) away from the heart", ["high pressure", "away from the heart"]),
          p("p2", "thick wall / collagen (tunica externa) withstands the high pressure without bursting", ["withstand", "collagen"]),
          p("p3", "elastic fibres stretch when the ventricles contract and recoil between beats", ["elastic", "stretch", "recoil"]),
          p("p4", "recoil keeps the pressure up / maintains blood flow between heartbeats / smooths the flow", ["maintain", "between beats"]),
          p("p5", "smooth muscle contracts / relaxes to narrow or widen the artery, controlling blood flow", ["vasoconstriction", "smooth muscle", "control"]),
        ],
        workedSolution:
          "Any three points.\n\nArteries receive blood pumped by the ventricles at high and fluctuating pressure. Their thick walls, strengthened with collagen, resist this pressure. Elastic fibres stretch as each pulse of blood arrives and recoil between beats, which pushes the blood on and keeps the pressure from falling too far, giving a more even flow. Smooth muscle can contract or relax to narrow or widen the artery and so adjust the flow to different organs.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Outline",
        stem: "Outline how capillaries are adapted for the exchange of materials with tissues. [2]",
        markscheme: [
          p("p1", "wall is one cell thick (endothelium), so a short diffusion distance", ["one cell", "thin", "diffusion"]),
          p("p2", "narrow lumen, so blood flows slowly / red blood cells are close to the wall", ["narrow", "slow"]),
          p("p3", "extensive branching gives a large surface area", ["branch", "surface area"]),
          p("p4", "pores / fenestrations allow fluid (tissue fluid) to leave", ["pore", "fenestrat"]),
        ],
        workedSolution:
          "Any two points.\n\nCapillary walls are a single layer of thin endothelial cells, so substances diffuse only a short distance. Capillaries branch extensively, giving a huge surface area close to every cell. Their narrow lumen slows the flow and brings red blood cells close to the wall, and pores (fenestrations) in some capillaries let fluid leak out to form tissue fluid.",
      },
    ],
  },

  // ───────────── 19 Hardy–Weinberg: moth colour (HL) ─────────────
  {
    key: "biology-mp-19",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `In a species of moth, wing colour is controlled by one gene with two alleles: dark (**D**) is dominant to pale (**d**). Moths were caught in light traps in a woodland near an industrial town. In the first survey, 225 of a sample of 2500 moths were pale. Twenty years later, after a smelting works closed and the tree bark became cleaner and paler, a second sample of 2500 moths contained 576 pale moths.

The Hardy–Weinberg equations are $p + q = 1$ and $p^2 + 2pq + q^2 = 1$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D4.1H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the frequency of the pale allele (**d**) in the first survey. [2]",
        numericAnswer: { value: 0.3, tolerance: 0.005 },
        markscheme: [p("p1", "q² = 225 ÷ 2500 = 0.09", ["0.09"]), p("p2", "q = √0.09 = 0.3", ["0.3"])],
        workedSolution: "Pale moths are **dd**, so $q^2 = \\dfrac{225}{2500} = 0.09$ and $q = \\sqrt{0.09} = 0.3$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D4.1H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate the number of heterozygous moths expected in the first sample. [2]",
        numericAnswer: { value: 1050, tolerance: 1, followThrough: { from: ["a"], value: "2 * a * (1 - a) * 2500" } },
        markscheme: [
          p("p1", "p = 1 − 0.3 = 0.7 and 2pq = 2 × 0.7 × 0.3 = 0.42", ["0.7", "0.42"]),
          p("p2", "0.42 × 2500 = 1050 moths **(FT)** their (a)", ["1050"]),
        ],
        workedSolution:
          "$p = 1 - 0.3 = 0.7$, so the frequency of **Dd** is $2pq = 2 \\times 0.7 \\times 0.3 = 0.42$.\n\nExpected number $= 0.42 \\times 2500 = 1050$ moths.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "D4.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the frequency of the pale allele in the second survey. [1]",
        numericAnswer: { value: 0.48, tolerance: 0.005 },
        markscheme: [p("p1", "q = √(576 ÷ 2500) = √0.2304 = 0.48", ["0.48"])],
        workedSolution: "$q^2 = \\dfrac{576}{2500} = 0.2304$, so $q = \\sqrt{0.2304} = 0.48$.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D4.1H",
        difficulty: 2,
        marks: 2,
        commandTerm: "State",
        stem: "State **two** conditions that must hold for the Hardy–Weinberg equations to give valid genotype frequencies. [2]",
        markscheme: [
          p("p1", "random mating", ["random mating"]),
          p("p2", "no natural selection (all genotypes survive and reproduce equally)", ["no selection", "natural selection"]),
          p("p3", "large population (no genetic drift)", ["large population", "drift"]),
          p("p4", "no migration / gene flow into or out of the population", ["migration", "gene flow"]),
          p("p5", "no mutation", ["mutation"]),
        ],
        workedSolution: "Any two: a large population, random mating, no natural selection, no migration (gene flow) and no mutation.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D4.1H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the change in the frequency of the pale allele between the two surveys. [3]",
        markscheme: [
          p("p1", "the pale allele frequency increased from 0.3 to 0.48", ["increase", "0.48"]),
          p("p2", "on cleaner, paler bark pale moths are better camouflaged", ["camouflage", "paler bark"]),
          p("p3", "dark moths are more visible / more likely to be eaten by predators (birds)", ["predat", "bird", "visible"]),
          p("p4", "pale moths survive and reproduce more, passing on the d allele", ["survive", "reproduce", "pass"]),
          p("p5", "this is directional selection (favouring one extreme phenotype)", ["directional"]),
        ],
        workedSolution:
          "Any three points.\n\nThe frequency of **d** rose from 0.3 to 0.48. Once the smelting works closed, the bark became paler, so pale moths resting on it were better camouflaged while dark moths stood out and were more often taken by birds. Pale moths therefore survived to reproduce in greater numbers and passed on the **d** allele, so its frequency in the gene pool increased — directional selection, as the environment now favours one phenotype over the other.",
      },
    ],
  },

  // ───────────── 20 Populations: duckweed growth curve ─────────────
  {
    key: "biology-mp-20",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Duckweed is a small floating plant that reproduces asexually by budding off new fronds. Twenty fronds were placed on the surface of pond water in a beaker of surface area 80 cm² and kept at 20 °C in constant light. The number of fronds was counted every three days.

| Day | 0 | 3 | 6 | 9 | 12 | 15 | 18 | 21 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| Number of fronds | 20 | 34 | 62 | 120 | 205 | 260 | 280 | 284 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C4.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the mean rate of increase in the number of fronds between day 6 and day 12, in fronds per day. [2]",
        numericAnswer: { value: 23.8, unit: "fronds per day", tolerance: 0.05 },
        markscheme: [p("p1", "(205 − 62) ÷ (12 − 6) / 143 ÷ 6 shown", ["143", "6"]), p("p2", "23.8 fronds per day", ["23.8", "24"])],
        workedSolution: "$$\\frac{205 - 62}{12 - 6} = \\frac{143}{6} = 23.8\\ \\text{fronds per day}$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the number of fronds between day 15 and day 21. [1]",
        numericAnswer: { value: 9.23, unit: "%", tolerance: 0.01 },
        markscheme: [p("p1", "(284 − 260) ÷ 260 × 100 = 9.23 %", ["9.23", "9.2"])],
        workedSolution: "$$\\frac{284 - 260}{260} \\times 100 = \\frac{24}{260} \\times 100 = 9.23\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C4.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the changes in the duckweed population over the 21 days. [2]",
        markscheme: [
          p("p1", "slow increase at first (day 0 to day 6) / lag phase", ["slow", "lag"]),
          p("p2", "rapid / exponential increase from about day 6 to day 12, the number roughly doubling every 3 days", ["exponential", "rapid", "doubl"]),
          p("p3", "growth slows after day 12 and levels off at about 280 fronds (plateau)", ["levels off", "plateau", "280"]),
          p("p4", "sigmoid (S-shaped) growth curve", ["sigmoid", "S-shaped"]),
        ],
        workedSolution:
          "Any two points.\n\nThe population shows a sigmoid curve: a slow start, then rapid, almost exponential growth from about day 6 to day 12 (the number roughly doubles every three days), then slower growth from day 12, levelling off at about 280 fronds by days 18–21.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C4.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why the population growth slows and then stops. [3]",
        markscheme: [
          p("p1", "the population reaches the carrying capacity of the beaker", ["carrying capacity"]),
          p("p2", "the water surface (80 cm²) becomes covered, so fronds compete for space / overlap", ["space", "surface", "compet"]),
          p("p3", "shading of fronds reduces light for photosynthesis", ["shad", "light"]),
          p("p4", "mineral nutrients (e.g. nitrate, phosphate) in the water are used up", ["nutrient", "nitrate", "mineral"]),
          p("p5", "intraspecific competition / density-dependent factors: new fronds produced = fronds dying", ["intraspecific", "density-dependent"]),
        ],
        workedSolution:
          "Any three points.\n\nAs the population grows, density-dependent limiting factors increase. The 80 cm² surface becomes covered, so fronds overlap and shade each other, reducing photosynthesis; mineral nutrients in the pond water are used up. Intraspecific competition for space, light and nutrients slows reproduction until the population reaches the carrying capacity of the beaker, where the number of new fronds roughly balances the number dying.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C4.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest how the experiment could be extended to test whether mineral nutrients limit the size of the population. [2]",
        markscheme: [
          p("p1", "set up beakers with added mineral nutrients (fertiliser) and without, same surface area", ["fertiliser", "nutrients added"]),
          p("p2", "keep light, temperature and starting number the same", ["control", "same"]),
          p("p3", "compare the final (plateau) population size; a higher plateau with nutrients shows they were limiting", ["plateau", "compare"]),
          p("p4", "replicate each treatment", ["replicate", "repeat"]),
        ],
        workedSolution:
          "Any two points.\n\nSet up several beakers of the same surface area with twenty fronds each; add a mineral nutrient solution to half of them and water to the others, keeping light and temperature the same. Count the fronds for several weeks and compare the population size at which each levels off: a higher plateau with added nutrients shows that nutrients were limiting.",
      },
    ],
  },

  // ───────────── 21 Kidney function (HL) ─────────────
  {
    key: "biology-mp-21",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `In a healthy adult at rest, the kidneys form glomerular filtrate at a rate of 125 cm³ min⁻¹ and produce urine at a rate of 1.0 cm³ min⁻¹. The table shows the concentrations of three substances in the blood plasma entering the kidney, in the glomerular filtrate and in the urine.

| Substance | Plasma / g dm⁻³ | Glomerular filtrate / g dm⁻³ | Urine / g dm⁻³ |
| --- | --- | --- | --- |
| Glucose | 1.0 | 1.0 | 0.0 |
| Urea | 0.30 | 0.30 | 20 |
| Plasma proteins | 75 | 0.05 | 0.0 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D3.3H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the volume of glomerular filtrate formed in one day, in dm³. [2]",
        numericAnswer: { value: 180, unit: "dm³", tolerance: 0.5 },
        markscheme: [p("p1", "125 × 60 × 24 = 180 000 cm³", ["180000", "180 000"]), p("p2", "÷ 1000 = 180 dm³", ["180"])],
        workedSolution: "$125\\ \\text{cm}^3\\ \\text{min}^{-1} \\times 60 \\times 24 = 180\\,000\\ \\text{cm}^3 = 180\\ \\text{dm}^3$ per day.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D3.3H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of the water in the glomerular filtrate that is reabsorbed. [1]",
        numericAnswer: { value: 99.2, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(125 − 1.0) ÷ 125 × 100 = 99.2 %", ["99.2"])],
        workedSolution: "$$\\frac{125 - 1.0}{125} \\times 100 = 99.2\\ \\%$$",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "D3.3H",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate how many times more concentrated urea is in the urine than in the plasma. [1]",
        numericAnswer: { value: 66.7, tolerance: 0.1 },
        markscheme: [p("p1", "20 ÷ 0.30 = 66.7 (times)", ["66.7", "67"])],
        workedSolution: "$\\dfrac{20}{0.30} = 66.7$ times — mainly because most of the water is reabsorbed while much of the urea is not.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D3.3H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the differences in the concentration of plasma proteins and of glucose between the plasma, the filtrate and the urine. [3]",
        markscheme: [
          p("p1", "proteins are too large to pass through the basement membrane / filtration slits of podocytes (ultrafiltration)", [
            "basement membrane",
            "too large",
            "podocyte",
          ]),
          p("p2", "glucose is small, so it is filtered and its concentration in filtrate equals that in plasma", ["small", "filtered"]),
          p("p3", "all glucose is reabsorbed in the proximal convoluted tubule", ["proximal convoluted tubule", "PCT", "reabsorbed"]),
          p("p4", "by co-transport with sodium ions (active transport); cells have microvilli and many mitochondria", [
            "co-transport",
            "sodium",
            "microvilli",
            "mitochondria",
          ]),
        ],
        workedSolution:
          "Any three points.\n\nUltrafiltration in the glomerulus forces small molecules through the fenestrated capillary wall, the basement membrane and the filtration slits between podocytes; plasma proteins are too large and stay in the blood, so they are almost absent from the filtrate. Glucose is small, so it is filtered freely and has the same concentration as in plasma. In the proximal convoluted tubule all of it is reabsorbed by sodium-linked co-transport, using ATP from the many mitochondria and the large surface area of the microvilli, so none appears in the urine.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D3.3H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the volume of urine is reduced when the person becomes dehydrated. [3]",
        markscheme: [
          p("p1", "osmoreceptors in the hypothalamus detect the rise in blood solute concentration", ["osmoreceptor", "hypothalamus"]),
          p("p2", "the pituitary (posterior) releases more ADH", ["ADH", "pituitary"]),
          p("p3", "ADH causes more aquaporins to be inserted in the membranes of collecting duct cells", ["aquaporin", "collecting duct"]),
          p("p4", "more water is reabsorbed by osmosis into the hypertonic medulla", ["osmosis", "medulla", "hypertonic"]),
          p("p5", "a smaller volume of more concentrated urine is produced", ["smaller volume", "concentrated"]),
        ],
        workedSolution:
          "Any three points.\n\nOsmoreceptors in the hypothalamus detect that the blood has become more concentrated, and the posterior pituitary releases more ADH. ADH makes the cells of the collecting duct insert more aquaporins into their membranes, so the duct becomes more permeable to water. More water moves by osmosis into the hypertonic medulla and returns to the blood, and a small volume of concentrated urine is produced.",
      },
    ],
  },

  // ───────────── 22 Dihybrid cross and chi-squared (HL) ─────────────
  {
    key: "biology-mp-22",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `In maize, purple kernel colour (**P**) is dominant to yellow (**p**), and smooth kernels (**S**) are dominant to wrinkled (**s**). The two genes are on different chromosomes. A plant heterozygous for both genes was self-pollinated, and the kernels on the resulting cobs were counted.

| Phenotype | Observed number |
| --- | --- |
| Purple, smooth | 190 |
| Purple, wrinkled | 58 |
| Yellow, smooth | 52 |
| Yellow, wrinkled | 20 |
| **Total** | 320 |

$\\chi^2 = \\sum \\dfrac{(O - E)^2}{E}$. The critical value of $\\chi^2$ at $p = 0.05$ with 3 degrees of freedom is 7.815.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D3.2H",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the expected number of purple, smooth kernels. [1]",
        numericAnswer: { value: 180, tolerance: 0 },
        markscheme: [p("p1", "9/16 × 320 = 180", ["180"])],
        workedSolution: "The expected ratio is 9 : 3 : 3 : 1, so purple smooth $= \\dfrac{9}{16} \\times 320 = 180$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D3.2H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Calculate",
        stem: "Calculate the value of $\\chi^2$ for these results. [3]",
        numericAnswer: { value: 1.69, tolerance: 0.01 },
        markscheme: [
          p("p1", "expected numbers 180 : 60 : 60 : 20", ["60", "20"]),
          p("p2", "(O − E)²/E = 0.556 + 0.067 + 1.067 + 0", ["0.556", "1.067"]),
          p("p3", "χ² = 1.69", ["1.69"]),
        ],
        workedSolution: `Expected: $\\tfrac{9}{16}, \\tfrac{3}{16}, \\tfrac{3}{16}, \\tfrac{1}{16}$ of 320 = 180, 60, 60, 20.

$$\\chi^2 = \\frac{(190-180)^2}{180} + \\frac{(58-60)^2}{60} + \\frac{(52-60)^2}{60} + \\frac{(20-20)^2}{20} = 0.556 + 0.067 + 1.067 + 0 = 1.69$$`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D3.2H",
        difficulty: 2,
        marks: 2,
        commandTerm: "State",
        stem: "State the null hypothesis being tested, and what the value of $\\chi^2$ shows about it. [2]",
        markscheme: [
          p(
            "p1",
            "null hypothesis: there is no significant difference between the observed numbers and a 9 : 3 : 3 : 1 ratio / the genes assort independently",
            ["no significant difference", "9:3:3:1", "independent"],
          ),
          p("p2", "1.69 is less than the critical value 7.815, so the null hypothesis is not rejected / differences are due to chance", [
            "less than",
            "7.815",
            "chance",
          ]),
        ],
        workedSolution:
          "The null hypothesis is that there is no significant difference between the observed numbers and the 9 : 3 : 3 : 1 ratio expected if the two genes assort independently. Since $\\chi^2 = 1.69$ is below the critical value of 7.815 (3 degrees of freedom, $p = 0.05$), the null hypothesis is not rejected: the differences can be put down to chance.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D3.2H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the results would differ if the two genes were linked on the same chromosome. [3]",
        markscheme: [
          p("p1", "linked genes are inherited together (unless crossing over occurs)", ["inherited together", "same chromosome"]),
          p("p2", "parental combinations of alleles would be more frequent than expected", ["parental", "more frequent"]),
          p("p3", "recombinant phenotypes would be rarer / appear only through crossing over in prophase I", ["recombinant", "crossing over"]),
          p("p4", "the results would not fit 9 : 3 : 3 : 1; χ² would be large / greater than the critical value", ["not fit", "greater than", "reject"]),
        ],
        workedSolution:
          "Any three points.\n\nLinked genes do not assort independently: alleles on the same chromosome pass into gametes together, so the parental combinations would make up far more of the offspring than 9 : 3 : 3 : 1 predicts. Recombinant combinations would appear only when crossing over in prophase I separated the alleles, so they would be rare. The $\\chi^2$ value would then be large, exceeding 7.815, and the null hypothesis would be rejected.",
      },
    ],
  },

  // ───────────── 23 Photosynthetic pigments: chromatography ─────────────
  {
    key: "biology-mp-23",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Pigments were extracted from spinach leaves by grinding them with propanone. A spot of the extract was placed on a strip of chromatography paper, which was stood in a solvent. When the solvent had travelled 8.0 cm from the spot, the strip was removed and dried. Four coloured spots were seen.

| Spot | Colour | Distance moved from the origin / cm |
| --- | --- | --- |
| 1 | orange-yellow | 7.6 |
| 2 | yellow | ? |
| 3 | blue-green | 3.6 |
| 4 | yellow-green | 2.4 |

Published $R_f$ values for this solvent: carotene 0.95, xanthophyll 0.65, chlorophyll *a* 0.45, chlorophyll *b* 0.30.

$R_f = \\dfrac{\\text{distance moved by pigment}}{\\text{distance moved by solvent}}$`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the $R_f$ value of spot 3. [1]",
        numericAnswer: { value: 0.45, tolerance: 0.005 },
        markscheme: [p("p1", "3.6 ÷ 8.0 = 0.45", ["0.45"])],
        workedSolution: "$R_f = \\dfrac{3.6}{8.0} = 0.45$ — chlorophyll *a*.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.3",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Spot 2 was xanthophyll. Calculate the distance it moved from the origin, in cm. [1]",
        numericAnswer: { value: 5.2, unit: "cm", tolerance: 0.05 },
        markscheme: [p("p1", "0.65 × 8.0 = 5.2 cm", ["5.2"])],
        workedSolution: "Distance $= R_f \\times$ distance moved by solvent $= 0.65 \\times 8.0 = 5.2$ cm.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Explain",
        stem: "Explain why the pigments separate on the chromatography paper. [2]",
        markscheme: [
          p("p1", "pigments differ in solubility in the solvent", ["solubility", "soluble"]),
          p("p2", "pigments differ in how strongly they bind to / are attracted to the paper", ["attract", "bind", "adsor"]),
          p("p3", "more soluble / less attracted pigments move further with the solvent (e.g. carotene)", ["further", "carotene"]),
        ],
        workedSolution:
          "Any two points.\n\nEach pigment is carried up by the solvent at a different rate depending on how soluble it is in the solvent and how strongly it is attracted to the paper. Carotene, very soluble and weakly attracted, moves almost with the solvent front; chlorophyll *b* moves least.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the advantage to a plant of having several photosynthetic pigments. [3]",
        markscheme: [
          p("p1", "each pigment absorbs a different range of wavelengths (absorption spectrum)", ["wavelength", "absorption spectrum"]),
          p("p2", "chlorophylls absorb mainly red and blue light; carotenoids absorb blue-violet / blue-green light", ["red", "blue", "carotenoid"]),
          p("p3", "so a wider range of wavelengths can be used for photosynthesis (action spectrum broader)", ["wider range", "action spectrum"]),
          p("p4", "accessory pigments pass the absorbed energy to chlorophyll a in the reaction centre (photosystem)", [
            "accessory",
            "reaction centre",
            "photosystem",
          ]),
          p("p5", "carotenoids also protect chlorophyll from damage by excess light", ["protect"]),
        ],
        workedSolution:
          "Any three points.\n\nEach pigment has its own absorption spectrum: chlorophylls absorb mainly red and blue light, carotenoids mainly blue-violet and blue-green. Together they absorb a wider range of wavelengths than chlorophyll *a* alone, and the accessory pigments pass the energy they absorb to chlorophyll *a* in the reaction centres of the photosystems, so more of the light reaching the leaf can drive photosynthesis. Carotenoids also protect chlorophyll from damage in very bright light.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest **two** ways of improving the separation or identification of the pigments. [2]",
        markscheme: [
          p("p1", "use thin-layer chromatography (TLC) instead of paper / a different solvent", ["thin-layer", "TLC", "solvent"]),
          p("p2", "make the spot small and concentrated (repeated application, drying between)", ["small", "concentrated"]),
          p("p3", "mark the solvent front and spots immediately, as pigments fade / solvent evaporates", ["immediately", "fade"]),
          p("p4", "run in a sealed tank saturated with solvent vapour / keep the spot above the solvent level", ["sealed", "above the solvent"]),
          p("p5", "compare with standards of pure pigments run on the same strip", ["standard"]),
        ],
        workedSolution:
          "Any two points.\n\nThin-layer chromatography gives sharper separation than paper. A small, concentrated spot (built up by repeated applications, drying between each) and a sealed tank saturated with solvent vapour reduce smearing. Marking the solvent front and the spots at once avoids errors as the solvent evaporates and the pigments fade, and running pure standards alongside confirms identities.",
      },
    ],
  },

  // ───────────── 24 Antibiotics: zones of inhibition ─────────────
  {
    key: "biology-mp-24",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Paper discs of diameter 6 mm, each soaked in a different substance, were placed on agar plates spread with the bacterium *Staphylococcus epidermidis*. After 48 hours at 25 °C, the diameter of the clear zone around each disc (including the disc) was measured. Three plates were used.

| Substance on disc | Plate 1 / mm | Plate 2 / mm | Plate 3 / mm |
| --- | --- | --- | --- |
| Antibiotic A | 23 | 26 | 23 |
| Antibiotic B | 15 | 13 | 14 |
| Antibiotic C | 6 | 6 | 6 |
| Garlic extract | 11 | 12 | 10 |
| Sterile water | 6 | 6 | 6 |

The area of a circle is $\\pi r^2$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C3.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mean diameter of the clear zone around the discs of antibiotic A. [1]",
        numericAnswer: { value: 24, unit: "mm", tolerance: 0 },
        markscheme: [p("p1", "(23 + 26 + 23) ÷ 3 = 24 mm", ["24"])],
        workedSolution: "Mean $= \\dfrac{23 + 26 + 23}{3} = \\dfrac{72}{3} = 24$ mm.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate the area of agar in which bacterial growth was inhibited by antibiotic A, not including the area of the disc, in mm². [2]",
        numericAnswer: { value: 424, unit: "mm²", tolerance: 0.5, followThrough: { from: ["a"], value: "pi * ((a / 2)^2 - 3^2)" } },
        markscheme: [
          p("p1", "area of zone = π × 12² = 452.4 mm² and area of disc = π × 3² = 28.3 mm²", ["452", "28.3"]),
          p("p2", "452.4 − 28.3 = 424 mm² **(FT)** their (a)", ["424"]),
        ],
        workedSolution: `Radius of zone $= 24 \\div 2 = 12$ mm; radius of disc $= 3$ mm.

$$\\pi \\times 12^2 - \\pi \\times 3^2 = 452.4 - 28.3 = 424\\ \\text{mm}^2$$`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest reasons for the results with antibiotic C. [2]",
        markscheme: [
          p("p1", "the bacteria are resistant to antibiotic C", ["resistant"]),
          p("p2", "antibiotic C targets a structure / process these bacteria lack (narrow-spectrum)", ["narrow", "target"]),
          p("p3", "antibiotic C did not diffuse through the agar / was inactive or too dilute", ["diffuse", "inactive", "dilute"]),
          p("p4", "same result as the sterile water control: no inhibition (6 mm is the disc itself)", ["control", "disc", "water"]),
        ],
        workedSolution:
          "Any two points.\n\nA 6 mm 'zone' is just the disc, the same as the sterile-water control, so antibiotic C had no effect. The strain may be resistant to it; C may be a narrow-spectrum antibiotic whose target these bacteria lack; or it may not diffuse through agar or may have lost its activity.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Explain",
        stem: "Explain why antibiotics can be used to treat bacterial infections but not viral infections. [2]",
        markscheme: [
          p("p1", "antibiotics block processes / structures specific to bacteria (prokaryotes), e.g. cell wall synthesis, 70S ribosomes", [
            "cell wall",
            "70S",
            "prokaryot",
          ]),
          p("p2", "viruses have no metabolism of their own / lack these structures", ["no metabolism", "lack"]),
          p("p3", "viruses use the host cell's machinery, so blocking it would harm the host", ["host cell"]),
        ],
        workedSolution:
          "Any two points.\n\nAntibiotics block processes that occur in prokaryotes but not in human cells, such as synthesis of the peptidoglycan cell wall or protein synthesis on 70S ribosomes. Viruses have no cell wall, ribosomes or metabolism of their own; they replicate using the host cell's machinery, which antibiotics do not — and must not — target.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Evaluate",
        stem: "A student concluded that garlic extract could be used instead of antibiotic B. Evaluate this conclusion. [2]",
        markscheme: [
          p("p1", "garlic extract did inhibit growth (zone 11 mm, larger than the water control)", ["inhibit", "11", "control"]),
          p("p2", "but its zone was smaller than B's (mean 14 mm), so it is less effective at this concentration", ["smaller", "14", "less effective"]),
          p("p3", "agar plate results may not apply in the body (absorption, toxicity, dose); needs clinical trials", ["body", "toxic", "clinical trial"]),
          p("p4", "only one species of bacterium / three plates tested", ["one species", "three plates"]),
        ],
        workedSolution:
          "Any two points.\n\nThe garlic extract did inhibit the bacteria — its mean zone (11 mm) is larger than the 6 mm control — but it was less effective than antibiotic B (mean 14 mm) at the concentration used. In any case, an effect on an agar plate says nothing about whether the extract would reach an infection in the body at a safe, effective dose, and only one species was tested on three plates; clinical trials would be needed.",
      },
    ],
  },

  // ───────────── 25 Climate change: atmospheric carbon dioxide ─────────────
  {
    key: "biology-mp-25",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `The annual mean concentration of carbon dioxide in the atmosphere was measured at a remote island observatory, far from local sources of pollution.

| Year | 1990 | 2000 | 2010 | 2020 |
| --- | --- | --- | --- | --- |
| CO₂ concentration / ppm | 352 | 368 | 387 | 411 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D4.3",
        difficulty: 1,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the mean rate of increase in CO₂ concentration between 1990 and 2020, in ppm per year. [2]",
        numericAnswer: { value: 1.97, unit: "ppm per year", tolerance: 0.01 },
        markscheme: [p("p1", "(411 − 352) ÷ 30 / 59 ÷ 30 shown", ["59", "30"]), p("p2", "1.97 ppm per year", ["1.97", "2.0"])],
        workedSolution: "$$\\frac{411 - 352}{2020 - 1990} = \\frac{59}{30} = 1.97\\ \\text{ppm per year}$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D4.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage by which the mean rate of increase from 2010 to 2020 was greater than the rate from 1990 to 2000. [2]",
        numericAnswer: { value: 50, unit: "%", tolerance: 0.5 },
        markscheme: [
          p("p1", "rates: (411 − 387) ÷ 10 = 2.4 and (368 − 352) ÷ 10 = 1.6 ppm per year", ["2.4", "1.6"]),
          p("p2", "(2.4 − 1.6) ÷ 1.6 × 100 = 50 %", ["50"]),
        ],
        workedSolution:
          "Rate 2010–2020 $= 24 \\div 10 = 2.4$ ppm per year; rate 1990–2000 $= 16 \\div 10 = 1.6$ ppm per year.\n\n$$\\frac{2.4 - 1.6}{1.6} \\times 100 = 50\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D4.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the rise in atmospheric carbon dioxide concentration leads to global warming. [3]",
        markscheme: [
          p("p1", "short-wave radiation from the Sun passes through the atmosphere and warms the Earth's surface", ["short-wave", "sun"]),
          p("p2", "the Earth re-emits energy as long-wave / infrared radiation", ["long-wave", "infrared"]),
          p("p3", "CO₂ (a greenhouse gas) absorbs and re-emits infrared radiation, some back towards the surface", ["absorb", "greenhouse gas"]),
          p("p4", "more CO₂ means more heat is retained: enhanced greenhouse effect", ["enhanced greenhouse effect", "retain"]),
        ],
        workedSolution:
          "Any three points.\n\nShort-wave radiation from the Sun passes through the atmosphere and warms the surface, which re-emits energy as longer-wave infrared radiation. Carbon dioxide and other greenhouse gases absorb infrared and re-emit it in all directions, including back towards the surface. A higher CO₂ concentration retains more of this energy, enhancing the greenhouse effect and raising the mean global temperature.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D4.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest reasons for the increase in the rate at which CO₂ concentration is rising. [2]",
        markscheme: [
          p("p1", "increasing combustion of fossil fuels (growing population / industrialisation / transport)", ["fossil fuel", "combustion"]),
          p("p2", "deforestation reduces photosynthesis / carbon uptake and burning releases CO₂", ["deforestation"]),
          p("p3", "positive feedback: warming releases CO₂ / methane from soils, peat and permafrost", ["positive feedback", "permafrost", "peat"]),
          p("p4", "oceans / sinks absorb a smaller proportion as they warm (CO₂ less soluble in warmer water)", ["ocean", "sink", "less soluble"]),
        ],
        workedSolution:
          "Any two points.\n\nBurning of fossil fuels has continued to grow with population and industrialisation; deforestation removes carbon sinks and releases CO₂ when the wood burns or decays. Warming itself may add positive feedback: CO₂ is less soluble in warmer oceans, and warming soils, peat and permafrost release more carbon.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D4.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why the measurements were made at a remote island observatory. [2]",
        markscheme: [
          p("p1", "far from local sources (traffic, industry) that would raise CO₂ locally", ["local sources", "traffic", "industry"]),
          p("p2", "far from large areas of vegetation whose photosynthesis / respiration would change CO₂ locally", ["vegetation", "photosynthesis"]),
          p("p3", "so the readings represent the well-mixed global atmosphere / background level", ["global", "background", "representative"]),
        ],
        workedSolution:
          "Any two points.\n\nAway from cities, industry and large areas of vegetation, the readings are not distorted by local emissions or by local photosynthesis and respiration, so they represent the background concentration of the well-mixed global atmosphere.",
      },
    ],
  },

  // ───────────── 26 Surface area-to-volume ratio: agar cubes ─────────────
  {
    key: "biology-mp-26",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Cubes of agar jelly coloured pink with an alkaline indicator were cut to three sizes and placed in dilute hydrochloric acid. As acid diffuses into a cube the indicator becomes colourless. The time taken for each cube to become completely colourless was recorded.

| Length of side / cm | Surface area / cm² | Volume / cm³ | Surface area : volume ratio | Time to become colourless / min |
| --- | --- | --- | --- | --- |
| 0.5 | 1.5 | 0.125 | 12 : 1 | 2.5 |
| 1.0 | 6.0 | 1.0 | 6 : 1 | 5.2 |
| 2.0 | | | | 10.8 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the surface area : volume ratio of the 2.0 cm cube, in the form $x : 1$. Give $x$. [1]",
        numericAnswer: { value: 3, tolerance: 0.005 },
        markscheme: [p("p1", "surface area = 6 × 2.0² = 24 cm²; volume = 2.0³ = 8 cm³; 24 ÷ 8 = 3 (: 1)", ["24", "8", "3"])],
        workedSolution: "Surface area $= 6 \\times 2.0^2 = 24\\ \\text{cm}^2$; volume $= 2.0^3 = 8\\ \\text{cm}^3$; ratio $= 24 \\div 8 = 3 : 1$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B2.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: "After some minutes the acid had diffused 0.5 cm into the 2.0 cm cube from every face. Calculate the percentage of the volume of this cube that had become colourless. [2]",
        numericAnswer: { value: 87.5, unit: "%", tolerance: 0.05 },
        markscheme: [
          p("p1", "the pink core is a cube of side 2.0 − 2 × 0.5 = 1.0 cm, volume 1.0 cm³", ["1.0", "core"]),
          p("p2", "(8 − 1) ÷ 8 × 100 = 87.5 %", ["87.5"]),
        ],
        workedSolution:
          "The acid has penetrated 0.5 cm from each side, so the pink core still untouched is a cube of side $2.0 - 2 \\times 0.5 = 1.0$ cm, volume $1.0\\ \\text{cm}^3$.\n\n$$\\frac{8 - 1}{8} \\times 100 = 87.5\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "B2.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the relationship between the surface area : volume ratio and the time taken for the cube to become colourless. [2]",
        markscheme: [
          p("p1", "the smaller the SA:V ratio, the longer the time (negative correlation / inverse relationship)", [
            "smaller",
            "longer",
            "inverse",
            "negative",
          ]),
          p("p2", "halving the SA:V ratio roughly doubles the time", ["halving", "doubles"]),
        ],
        workedSolution:
          "As the SA:V ratio decreases (12 : 1 to 3 : 1), the time to become colourless increases (2.5 to 10.8 min). Each halving of the ratio roughly doubles the time: the relationship is inverse.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B2.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how these results help to explain why cells are small. [3]",
        markscheme: [
          p("p1", "materials enter / leave a cell across its surface; the rate of exchange depends on surface area", ["surface", "exchange"]),
          p("p2", "the cell's need for materials / rate of metabolism depends on its volume", ["volume", "metabolism"]),
          p("p3", "as a cell grows, volume increases faster than surface area, so SA:V falls", ["faster", "SA:V falls"]),
          p("p4", "in a large cell diffusion to the centre takes too long / cannot supply the cell fast enough (like the large cube)", [
            "too long",
            "centre",
            "diffusion",
          ]),
          p("p5", "so cells divide when they reach a certain size / stay small", ["divide"]),
        ],
        workedSolution:
          "Any three points.\n\nA cell exchanges oxygen, nutrients and wastes across its plasma membrane, so its rate of exchange depends on its surface area, while its demand depends on its volume. As a cell gets larger its volume increases faster than its surface area, so the SA:V ratio falls — just as in the cubes. In a large cell, substances would take too long to diffuse to and from the centre (as in the 2.0 cm cube), so exchange could not keep up with metabolism. Cells therefore divide before they become too large.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B2.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Outline",
        stem: "Outline **two** ways in which specialized cells increase their surface area : volume ratio. [2]",
        markscheme: [
          p("p1", "red blood cells are biconcave discs, increasing the surface for oxygen exchange", ["biconcave", "red blood cell"]),
          p("p2", "microvilli on cells of the small intestine / proximal convoluted tubule increase absorption", ["microvilli"]),
          p("p3", "type I pneumocytes are very thin and flattened", ["flattened", "pneumocyte", "thin"]),
          p("p4", "root hair cells have long extensions for water and mineral uptake", ["root hair"]),
        ],
        workedSolution:
          "Any two.\n\nRed blood cells are biconcave discs, thin in the middle, giving a large surface for oxygen exchange. Epithelial cells of the small intestine and the proximal convoluted tubule have microvilli. Type I pneumocytes are extremely thin and flat, and root hair cells grow long, narrow extensions into the soil.",
      },
    ],
  },

  // ───────────── 27 Reproduction: IVF success and age ─────────────
  {
    key: "biology-mp-27",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A fertility clinic reviewed the outcomes of in vitro fertilization (IVF) treatment over five years, grouping patients by the age of the woman whose eggs were used.

| Age / years | Embryo transfers | Live births |
| --- | --- | --- |
| under 35 | 1480 | 592 |
| 35–37 | 920 | 285 |
| 38–40 | 760 | 167 |
| over 40 | 540 | 54 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D3.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of embryo transfers that resulted in a live birth for women aged 38–40. [1]",
        numericAnswer: { value: 22.0, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "167 ÷ 760 × 100 = 22.0 %", ["22"])],
        workedSolution: "$\\dfrac{167}{760} \\times 100 = 22.0\\ \\%$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of all embryo transfers at the clinic that resulted in a live birth. [2]",
        numericAnswer: { value: 29.7, unit: "%", tolerance: 0.05 },
        markscheme: [
          p("p1", "total live births 592 + 285 + 167 + 54 = 1098; total transfers 1480 + 920 + 760 + 540 = 3700", ["1098", "3700"]),
          p("p2", "1098 ÷ 3700 × 100 = 29.7 %", ["29.7"]),
        ],
        workedSolution:
          "Total live births $= 592 + 285 + 167 + 54 = 1098$; total transfers $= 1480 + 920 + 760 + 540 = 3700$.\n\n$$\\frac{1098}{3700} \\times 100 = 29.7\\ \\%$$\n\n(Averaging the four percentages would be wrong, because the groups are of different sizes.)",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: "Describe the effect of age on the success of IVF shown by the data. [2]",
        markscheme: [
          p("p1", "success rate decreases with increasing age", ["decrease", "age"]),
          p("p2", "from 40 % under 35 to 10 % over 40 / a fourfold decrease", ["40", "10", "fourfold"]),
          p("p3", "the decrease is steepest / continues at every age group", ["every", "steep"]),
        ],
        workedSolution:
          "Any two points.\n\nThe live birth rate falls in every older age group: 40 % under 35, 31 % at 35–37, 22 % at 38–40 and only 10 % over 40 — a fourfold decrease across the range.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Outline",
        stem: "Outline the role of hormones in the procedure of IVF. [3]",
        markscheme: [
          p("p1", "a drug is first used to stop the normal menstrual cycle (down-regulation) / suppress FSH and LH secretion", ["down-regulation", "suppress"]),
          p("p2", "high doses of FSH are injected to stimulate many follicles to develop (superovulation)", ["FSH", "follicles", "superovulation"]),
          p("p3", "hCG / an LH-like hormone is injected to mature the eggs before collection", ["hCG", "LH", "mature"]),
          p("p4", "progesterone is given to maintain the endometrium after embryo transfer", ["progesterone", "endometrium"]),
        ],
        workedSolution:
          "Any three points.\n\nFirst, a drug stops the woman's own secretion of FSH and LH, so the timing of the cycle can be controlled (down-regulation). Injections of FSH at a high dose then make many follicles develop at once. When they are ready, an injection of hCG, which acts like LH, makes the eggs mature so that they can be collected just before they would be released. After fertilization in vitro and transfer of the embryos, progesterone maintains the thickened endometrium for implantation.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest reasons for the lower success rate in older women. [2]",
        markscheme: [
          p("p1", "fewer follicles remain / fewer eggs collected after stimulation", ["fewer follicles", "fewer eggs"]),
          p("p2", "oocytes have been arrested in meiosis for longer, so more errors / non-disjunction (abnormal chromosome numbers)", [
            "non-disjunction",
            "chromosome",
            "meiosis",
          ]),
          p("p3", "embryos with chromosome abnormalities fail to implant / miscarry", ["implant", "miscarr"]),
          p("p4", "the uterus / endometrium may be less receptive; more age-related health problems", ["endometrium", "uterus"]),
        ],
        workedSolution:
          "Any two points.\n\nOlder women have fewer follicles left, so fewer eggs are collected. Their oocytes have remained in prophase I of meiosis for decades, and the risk of non-disjunction rises with age, so more embryos have abnormal chromosome numbers and fail to implant or miscarry. The endometrium may also be less receptive.",
      },
    ],
  },

  // ───────────── 28 Enzyme inhibition (HL) ─────────────
  {
    key: "biology-mp-28",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: `The initial rate of an enzyme-catalysed reaction was measured at different substrate concentrations, first without an inhibitor and then with a fixed concentration of inhibitor I.

| Substrate concentration / mmol dm⁻³ | 1 | 2 | 5 | 10 | 20 |
| --- | --- | --- | --- | --- | --- |
| Rate without inhibitor / µmol min⁻¹ | 20 | 33 | 55 | 68 | 75 |
| Rate with inhibitor I / µmol min⁻¹ | 9 | 17 | 34 | 50 | 64 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage reduction in the rate caused by the inhibitor at a substrate concentration of 2 mmol dm⁻³. [1]",
        numericAnswer: { value: 48.5, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(33 − 17) ÷ 33 × 100 = 48.5 %", ["48.5"])],
        workedSolution: "$$\\frac{33 - 17}{33} \\times 100 = 48.5\\ \\%$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage reduction in the rate caused by the inhibitor at a substrate concentration of 20 mmol dm⁻³. [1]",
        numericAnswer: { value: 14.7, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(75 − 64) ÷ 75 × 100 = 14.7 %", ["14.7"])],
        workedSolution: "$$\\frac{75 - 64}{75} \\times 100 = 14.7\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C1.1H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Deduce",
        stem: "Deduce, with reasons, whether inhibitor I is a competitive or a non-competitive inhibitor. [3]",
        markscheme: [
          p("p1", "competitive", ["competitive"]),
          p("p2", "the inhibition becomes smaller as substrate concentration increases (48.5 % to 14.7 %)", ["smaller", "increases", "14.7"]),
          p("p3", "substrate and inhibitor compete for the active site; at high substrate concentration substrate molecules occupy most active sites", [
            "compete",
            "active site",
          ]),
          p("p4", "the rate with the inhibitor approaches the same maximum rate (Vmax unchanged)", ["Vmax", "same maximum"]),
        ],
        workedSolution:
          "Any three points.\n\nInhibitor I is **competitive**. Its effect falls from 48.5 % at 2 mmol dm⁻³ to 14.7 % at 20 mmol dm⁻³: as substrate concentration rises, substrate molecules win more of the competition for the active sites, so the rate with the inhibitor approaches the same maximum as without it. A non-competitive inhibitor binds elsewhere and changes the active site's shape, so it would reduce the rate by a similar proportion at all substrate concentrations and lower the maximum rate.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.1H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how end-product inhibition controls a metabolic pathway. [3]",
        markscheme: [
          p("p1", "the end product of the pathway inhibits the enzyme catalysing the first (committed) step", ["end product", "first"]),
          p("p2", "it binds to an allosteric site (not the active site)", ["allosteric"]),
          p("p3", "this changes the shape of the active site, so the substrate cannot bind (non-competitive)", ["shape", "non-competitive"]),
          p("p4", "when the end product accumulates, the pathway slows; when it is used up, inhibition is released (negative feedback)", [
            "negative feedback",
            "accumulat",
          ]),
          p("p5", "example: isoleucine inhibits threonine deaminase", ["isoleucine", "threonine"]),
        ],
        workedSolution:
          "Any three points.\n\nIn end-product inhibition, the final product of a pathway binds to an allosteric site on the enzyme that catalyses the first step. This changes the shape of its active site, so the substrate binds less readily. When the end product builds up, the whole pathway slows, preventing waste of substrate and energy; when the product is used up, it leaves the allosteric site and the pathway speeds up again — negative feedback. An example is the inhibition of threonine deaminase by isoleucine.",
      },
    ],
  },

  // ───────────── 29 Cardiac output and exercise ─────────────
  {
    key: "biology-mp-29",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `The heart rate and stroke volume (the volume of blood pumped out of the left ventricle in each beat) of a trained endurance athlete and an untrained student of the same age and body mass were measured at rest and during maximal exercise.

| | Athlete at rest | Athlete, maximal exercise | Student at rest |
| --- | --- | --- | --- |
| Heart rate / beats min⁻¹ | 52 | 180 | 72 |
| Stroke volume / cm³ | 95 | 160 | 70 |

Cardiac output is the volume of blood pumped by the left ventricle per minute: heart rate × stroke volume.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the cardiac output of the athlete at rest, in dm³ min⁻¹. [2]",
        numericAnswer: { value: 4.94, unit: "dm³ min⁻¹", tolerance: 0.005 },
        markscheme: [p("p1", "52 × 95 = 4940 cm³ min⁻¹", ["4940"]), p("p2", "÷ 1000 = 4.94 dm³ min⁻¹", ["4.94"])],
        workedSolution: "$52 \\times 95 = 4940\\ \\text{cm}^3\\ \\text{min}^{-1} = 4.94\\ \\text{dm}^3\\ \\text{min}^{-1}$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answer to (a), calculate the percentage increase in the athlete's cardiac output from rest to maximal exercise. [2]",
        numericAnswer: { value: 483, unit: "%", tolerance: 0.5, followThrough: { from: ["a"], value: "(180 * 0.160 - a) / a * 100" } },
        markscheme: [
          p("p1", "cardiac output during exercise = 180 × 160 = 28 800 cm³ min⁻¹ = 28.8 dm³ min⁻¹", ["28.8", "28 800"]),
          p("p2", "(28.8 − 4.94) ÷ 4.94 × 100 = 483 % **(FT)** their (a)", ["483"]),
        ],
        workedSolution:
          "During maximal exercise: $180 \\times 160 = 28\\,800\\ \\text{cm}^3\\ \\text{min}^{-1} = 28.8\\ \\text{dm}^3\\ \\text{min}^{-1}$.\n\n$$\\frac{28.8 - 4.94}{4.94} \\times 100 = 483\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain how the heart rate is increased during exercise. [3]",
        markscheme: [
          p("p1", "chemoreceptors detect a rise in blood CO₂ / fall in pH (and baroreceptors detect changes in blood pressure)", [
            "chemoreceptor",
            "baroreceptor",
            "pH",
          ]),
          p("p2", "impulses to the cardiovascular centre in the medulla (oblongata)", ["medulla", "cardiovascular centre"]),
          p("p3", "impulses along the sympathetic nerve to the sinoatrial node (pacemaker)", ["sympathetic", "sinoatrial", "SA node", "pacemaker"]),
          p("p4", "SAN fires more frequently, so the heart beats faster", ["more frequent", "faster"]),
          p("p5", "adrenaline from the adrenal glands also increases the heart rate", ["adrenaline", "epinephrine"]),
        ],
        workedSolution:
          "Any three points.\n\nDuring exercise, respiring muscles release more CO₂, lowering blood pH; chemoreceptors in the aorta and carotid arteries detect this and send impulses to the cardiovascular centre in the medulla. The medulla sends more impulses along the sympathetic nerve to the sinoatrial node, which then initiates heartbeats more often. Adrenaline released from the adrenal glands also speeds up the SAN.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "The resting cardiac outputs of the athlete and the student are similar. Suggest why the athlete's resting heart rate is lower. [2]",
        markscheme: [
          p("p1", "the athlete has a larger stroke volume (95 cm³ compared with 70 cm³)", ["stroke volume", "95", "70"]),
          p("p2", "training has enlarged / strengthened the cardiac muscle of the left ventricle", ["larger", "stronger", "ventricle"]),
          p("p3", "so the same cardiac output needed at rest is achieved with fewer beats", ["same", "fewer beats"]),
        ],
        workedSolution:
          "Any two points.\n\nEndurance training enlarges and strengthens the left ventricle, so each beat pumps more blood (95 cm³ against 70 cm³). At rest the body needs roughly the same cardiac output (about 5 dm³ min⁻¹), so the athlete's heart achieves it with fewer beats per minute.",
      },
    ],
  },

  // ───────────── 30 Biomagnification of mercury ─────────────
  {
    key: "biology-mp-30",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Waste water from a gold mine released mercury into a lake, where bacteria convert it to methylmercury. Five years later, the concentration of methylmercury was measured in the water and in organisms from the lake's food chain.

| Sample | Methylmercury concentration / ppm |
| --- | --- |
| Lake water | 0.00005 |
| Phytoplankton | 0.04 |
| Zooplankton | 0.12 |
| Small fish (eat zooplankton) | 0.5 |
| Large predatory fish | 2.0 |
| Fish-eating birds (herons) | 25 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D4.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate how many times greater the concentration of methylmercury is in the herons than in the lake water. [1]",
        numericAnswer: { value: 500000, tolerance: 0 },
        markscheme: [p("p1", "25 ÷ 0.00005 = 500 000 (times)", ["500000", "500 000"])],
        workedSolution: "$\\dfrac{25}{0.000\\,05} = 500\\,000$ times.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D4.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in the concentration of methylmercury from the small fish to the large predatory fish. [1]",
        numericAnswer: { value: 300, unit: "%", tolerance: 0.5 },
        markscheme: [p("p1", "(2.0 − 0.5) ÷ 0.5 × 100 = 300 %", ["300"])],
        workedSolution: "$$\\frac{2.0 - 0.5}{0.5} \\times 100 = 300\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D4.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why the concentration of methylmercury increases along the food chain. [3]",
        markscheme: [
          p("p1", "methylmercury is absorbed but not broken down / not excreted (persistent)", ["not excreted", "not broken down", "persistent"]),
          p("p2", "it accumulates / is stored in the tissues (fat / protein) of organisms: bioaccumulation", ["accumulat", "stored", "bioaccumulation"]),
          p("p3", "each consumer eats large numbers / biomass of the organisms in the level below", ["large numbers", "biomass"]),
          p("p4", "most biomass eaten is lost in respiration / energy losses, but the mercury is retained in the smaller biomass", ["respiration", "retained"]),
          p("p5", "so concentration increases at each trophic level: biomagnification", ["biomagnification", "trophic level"]),
        ],
        workedSolution:
          "Any three points.\n\nMethylmercury is absorbed readily but is not broken down or excreted, so it accumulates in the tissues of each organism. Each consumer eats a large biomass of the organisms below it over its lifetime; most of that biomass is used in respiration and lost as CO₂ and water, but the mercury is retained. The mercury from many prey ends up in a much smaller biomass of predator, so its concentration rises at each trophic level — biomagnification.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D4.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why the herons are at greater risk of harm than the fish, and why this could matter for people living near the lake. [2]",
        markscheme: [
          p("p1", "herons are top predators with the highest concentration (25 ppm), which may reach toxic levels (e.g. nervous system, reproduction)", [
            "top predator",
            "25",
            "toxic",
          ]),
          p("p2", "herons are long-lived / eat many fish, so accumulate mercury over many years", ["long-lived", "many years"]),
          p("p3", "people who eat large predatory fish from the lake are also at the top of the food chain / take in concentrated mercury", [
            "people",
            "eat fish",
          ]),
        ],
        workedSolution:
          "Any two points.\n\nHerons are top predators, at the end of the longest chain of biomagnification, and live for many years, so mercury reaches its highest concentration in them (25 ppm), where it can damage the nervous system and reduce breeding success. People who eat large predatory fish from the lake are also top consumers and could take in harmful amounts.",
      },
    ],
  },

  // ───────────── 31 Lung volumes and smoking ─────────────
  {
    key: "biology-mp-31",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A study measured the lung function of 50-year-old men who had never smoked and of men of the same age and height who had smoked about 20 cigarettes a day for at least 25 years. Each man breathed in as deeply as possible and then out as hard and fast as possible into a spirometer.

| | Never smoked (mean) | Smokers (mean) |
| --- | --- | --- |
| Forced vital capacity (FVC): total volume breathed out / dm³ | 4.8 | 4.4 |
| Forced expiratory volume in the first second (FEV₁) / dm³ | 3.9 | 2.9 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate FEV₁ as a percentage of FVC for the men who had never smoked. [1]",
        numericAnswer: { value: 81.3, unit: "%", tolerance: 0.3 },
        markscheme: [p("p1", "3.9 ÷ 4.8 × 100 = 81.3 % (accept 81 %)", ["81.3", "81"])],
        workedSolution: "$\\dfrac{3.9}{4.8} \\times 100 = 81.3\\ \\%$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate FEV₁ as a percentage of FVC for the smokers. [1]",
        numericAnswer: { value: 65.9, unit: "%", tolerance: 0.3 },
        markscheme: [p("p1", "2.9 ÷ 4.4 × 100 = 65.9 % (accept 66 %)", ["65.9", "66"])],
        workedSolution: "$\\dfrac{2.9}{4.4} \\times 100 = 65.9\\ \\%$.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "B3.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage by which the mean FEV₁ of the smokers is lower than that of the men who had never smoked. [1]",
        numericAnswer: { value: 25.6, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(3.9 − 2.9) ÷ 3.9 × 100 = 25.6 %", ["25.6", "26"])],
        workedSolution: "$$\\frac{3.9 - 2.9}{3.9} \\times 100 = 25.6\\ \\%$$",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Long-term smoking can cause emphysema, in which the walls of alveoli break down. Explain how emphysema reduces both the FEV₁ and the rate of gas exchange. [3]",
        markscheme: [
          p("p1", "alveolar walls break down into fewer, larger air spaces, so the surface area for gas exchange is reduced", [
            "surface area",
            "larger air spaces",
          ]),
          p("p2", "less oxygen diffuses into the blood / less CO₂ diffuses out per unit time", ["diffus", "oxygen"]),
          p("p3", "elastic fibres are destroyed, so the lungs lose elastic recoil", ["elastic", "recoil"]),
          p("p4", "air cannot be forced out quickly / small airways collapse during forced expiration, so FEV₁ falls", [
            "forced out",
            "airways collapse",
            "FEV",
          ]),
          p("p5", "inflamed airways with mucus are narrower, increasing resistance to airflow", ["mucus", "narrow", "inflam"]),
        ],
        workedSolution:
          "Any three points.\n\nIn emphysema, enzymes released during chronic inflammation break down the alveolar walls, so many small alveoli merge into fewer, larger spaces: the surface area for diffusion falls, and less oxygen enters the blood per minute. The elastic fibres are also destroyed, so the lungs lose their elastic recoil; during a forced breath out the small airways collapse and air is trapped, so less is expelled in the first second. Mucus and inflammation narrow the bronchioles, further slowing the airflow.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "B3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Evaluate",
        stem: "Evaluate whether these data show that smoking causes reduced lung function. [2]",
        markscheme: [
          p("p1", "the data show a correlation / difference between smokers and non-smokers matched for age and height (controls some variables)", [
            "correlation",
            "matched",
          ]),
          p("p2", "correlation does not prove causation; other factors (occupation, air pollution, fitness) may differ between the groups", [
            "causation",
            "other factors",
            "occupation",
          ]),
          p("p3", "the sample size / spread of data is not given, so the significance of the difference is unknown", ["sample size", "significan"]),
          p("p4", "a plausible mechanism (damage to alveoli and airways) supports a causal link", ["mechanism"]),
        ],
        workedSolution:
          "Any two points, with at least one limitation.\n\nSmokers had lower lung function than non-smokers of the same age and height, and there is a known mechanism, so the data are consistent with smoking as a cause. But the study is observational: it shows a correlation, and the groups may differ in other ways (occupation, exposure to air pollution, fitness). The number of men and the spread of the data are not given, so we cannot judge whether the difference is significant.",
      },
    ],
  },

  // ───────────── 32 Carbon dioxide enrichment in a greenhouse ─────────────
  {
    key: "biology-mp-32",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A horticultural research station grew tomato plants in four identical greenhouses in which the air was kept at different carbon dioxide concentrations. Light intensity, temperature (25 °C), watering and fertiliser were the same in all four. The yield of fruit was recorded over one season.

| CO₂ concentration / ppm | 400 | 700 | 1000 | 1300 |
| --- | --- | --- | --- | --- |
| Yield of tomatoes / kg m⁻² | 28.0 | 35.7 | 38.5 | 38.9 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in yield when the CO₂ concentration was raised from 400 ppm to 700 ppm. [1]",
        numericAnswer: { value: 27.5, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(35.7 − 28.0) ÷ 28.0 × 100 = 27.5 %", ["27.5"])],
        workedSolution: "$$\\frac{35.7 - 28.0}{28.0} \\times 100 = \\frac{7.7}{28.0} \\times 100 = 27.5\\ \\%$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Calculate the mean increase in yield for each 100 ppm increase in CO₂ concentration between 700 ppm and 1000 ppm, in kg m⁻². [2]",
        numericAnswer: { value: 0.933, unit: "kg m⁻²", tolerance: 0.005 },
        markscheme: [
          p("p1", "increase in yield 38.5 − 35.7 = 2.8 kg m⁻² over 300 ppm", ["2.8", "300"]),
          p("p2", "2.8 ÷ 3 = 0.933 kg m⁻² per 100 ppm", ["0.933", "0.93"]),
        ],
        workedSolution:
          "Yield rose by $38.5 - 35.7 = 2.8\\ \\text{kg m}^{-2}$ over 300 ppm, i.e. three steps of 100 ppm: $2.8 \\div 3 = 0.933\\ \\text{kg m}^{-2}$ per 100 ppm.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain the effect of CO₂ concentration on the yield of tomatoes. [3]",
        markscheme: [
          p("p1", "yield increases with CO₂ concentration, steeply up to 700 ppm then levels off above 1000 ppm", ["increase", "levels off"]),
          p("p2", "CO₂ is a substrate of photosynthesis / is fixed in the Calvin cycle to make sugars", ["substrate", "fixed", "Calvin"]),
          p("p3", "at low concentrations CO₂ is the limiting factor, so more CO₂ means faster photosynthesis and more growth", ["limiting factor"]),
          p("p4", "at high concentrations another factor (light intensity / temperature / enzyme activity) limits the rate", [
            "another factor",
            "light",
            "temperature",
          ]),
          p("p5", "more sugars made are used for growth / fruit (more biomass)", ["biomass", "growth"]),
        ],
        workedSolution:
          "Any three points.\n\nYield rises steeply from 400 to 700 ppm, less from 700 to 1000 ppm, and hardly at all above 1000 ppm. Carbon dioxide is the raw material fixed in photosynthesis to make sugars; at the lower concentrations it is the limiting factor, so more CO₂ means a faster rate of photosynthesis, more carbohydrate and more growth and fruit. At high concentrations the rate is limited by something else — light intensity, temperature or the amount of the enzyme Rubisco — so extra CO₂ has little effect.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why growers rarely raise the CO₂ concentration in their greenhouses above about 1000 ppm. [2]",
        markscheme: [
          p("p1", "little extra yield above 1000 ppm (only 0.4 kg m⁻² more at 1300 ppm)", ["little extra", "0.4"]),
          p("p2", "the cost of the extra CO₂ (fuel / gas) would exceed the value of the extra fruit", ["cost", "value"]),
          p("p3", "high CO₂ concentrations may be unsafe for workers", ["workers", "safety", "unsafe"]),
          p("p4", "other factors limit photosynthesis, so they would need to be raised too", ["other factors"]),
        ],
        workedSolution:
          "Any two points.\n\nAbove 1000 ppm yield rises by only 0.4 kg m⁻², because CO₂ is no longer the limiting factor; the cost of burning fuel or buying CO₂ to raise the concentration further would exceed the value of the extra tomatoes. Very high concentrations can also be unpleasant or unsafe for people working in the greenhouse.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C1.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Discuss",
        stem: "Discuss whether enrichment experiments like this one can predict the effect of rising atmospheric CO₂ on crop yields in the future. [2]",
        markscheme: [
          p("p1", "they suggest higher CO₂ could increase photosynthesis and yields where CO₂ is limiting", ["increase", "limiting"]),
          p("p2", "greenhouse conditions are controlled / optimal; in fields other factors (water, nutrients, light) are likely to limit", [
            "controlled",
            "field",
            "water",
          ]),
          p("p3", "rising CO₂ is accompanied by higher temperatures / drought / extreme weather, which may reduce yields", [
            "temperature",
            "drought",
            "climate",
          ]),
          p("p4", "only one crop / variety tested; other species may respond differently (e.g. C4 plants)", ["one crop", "species"]),
        ],
        workedSolution:
          "Any two points, including at least one limitation.\n\nThe experiment shows that where CO₂ is limiting, raising it increases photosynthesis and yield, which suggests a possible benefit. But in a greenhouse every other factor is held at a good level; in fields, water, nutrients or temperature are more likely to limit growth, and the warming and droughts that come with rising CO₂ may reduce yields. Only one crop was tested, so the results cannot be generalised to all crops.",
      },
    ],
  },

  // ───────────── 33 Natural selection: beak depth after a drought ─────────────
  {
    key: "biology-mp-33",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A species of seed-eating bird lives on a small, isolated island. Ecologists measured the beak depth of every adult bird before and after a severe drought year, during which most plants producing small, soft seeds died and the birds had to feed mainly on large, hard seeds. They also measured the offspring hatched in the year after the drought.

| | Number of birds | Mean beak depth / mm |
| --- | --- | --- |
| Adults before the drought | 1200 | 9.2 |
| Adults surviving the drought | 180 | 9.7 |
| Offspring of the survivors | 410 | 9.5 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage of adult birds that survived the drought. [1]",
        numericAnswer: { value: 15, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "180 ÷ 1200 × 100 = 15 %", ["15"])],
        workedSolution: "$\\dfrac{180}{1200} \\times 100 = 15\\ \\%$.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D4.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage difference between the mean beak depth of the survivors and that of the adults before the drought. [1]",
        numericAnswer: { value: 5.43, unit: "%", tolerance: 0.01 },
        markscheme: [p("p1", "(9.7 − 9.2) ÷ 9.2 × 100 = 5.43 % (larger)", ["5.43", "5.4"])],
        workedSolution: "$$\\frac{9.7 - 9.2}{9.2} \\times 100 = 5.43\\ \\%$$ larger in the survivors.",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D4.1",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain the change in mean beak depth between the adults before the drought and the survivors, in terms of natural selection. [4]",
        markscheme: [
          p("p1", "variation in beak depth existed in the population (partly genetic)", ["variation"]),
          p("p2", "the drought changed the food supply: mainly large, hard seeds were available (selection pressure)", [
            "selection pressure",
            "hard seeds",
            "food",
          ]),
          p("p3", "birds with deeper beaks could crack large hard seeds more easily / obtained more food", ["deeper beak", "crack"]),
          p("p4", "competition for limited food: birds with shallow beaks were more likely to starve / die", ["competition", "starve", "die"]),
          p("p5", "so the survivors had a higher mean beak depth (differential survival)", ["survivors", "differential survival"]),
        ],
        workedSolution:
          "Any four points.\n\nBeak depth varied among the birds, partly because of differences in their alleles. The drought killed the plants with small, soft seeds, so the birds competed for a limited supply of large, hard seeds — a new selection pressure. Birds with deeper, stronger beaks could crack these seeds and get enough food; many with shallower beaks starved. Only 15 % survived, and the survivors were disproportionately deep-beaked, so their mean beak depth was higher: natural selection by differential survival.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D4.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why the mean beak depth of the offspring is greater than that of the adults before the drought but less than that of the survivors. [2]",
        markscheme: [
          p("p1", "beak depth is (partly) heritable, so survivors passed alleles for deep beaks to offspring", ["heritable", "alleles", "passed"]),
          p("p2", "beak depth is also affected by the environment (e.g. food during growth), not only genes", ["environment", "not only genes"]),
          p("p3", "beak depth is polygenic / continuous variation; offspring show a range from recombination of parents' alleles", [
            "polygenic",
            "continuous",
            "recombination",
          ]),
        ],
        workedSolution:
          "Any two points.\n\nBeak depth is partly inherited, so the survivors passed alleles for deeper beaks to their offspring and the mean rose. But it is also influenced by the environment (such as nutrition as the chick grows), and as a polygenic character the offspring show a range of depths from new combinations of their parents' alleles, so the offspring mean is not as high as that of the selected parents.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D4.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "State",
        stem: "State **one** source of the genetic variation in beak depth within the population. [1]",
        markscheme: [
          p("p1", "mutation (new alleles)", ["mutation"]),
          p("p2", "meiosis: crossing over / independent assortment (new combinations of alleles)", ["meiosis", "crossing over", "independent assortment"]),
          p("p3", "random fertilisation / sexual reproduction", ["fertilisation", "fertilization", "sexual reproduction"]),
        ],
        workedSolution:
          "Any one: mutation creates new alleles; sexual reproduction shuffles them into new combinations through crossing over and independent assortment in meiosis and through random fertilisation.",
      },
    ],
  },

  // ───────────── 34 Enzymes: lipase and bile salts ─────────────
  {
    key: "biology-mp-34",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `Three test tubes each contained 5 cm³ of milk, 7 cm³ of sodium carbonate solution and a few drops of phenolphthalein, an indicator that is pink in alkaline conditions and colourless below about pH 8.3. The tubes were kept at 37 °C. At time zero, 1 cm³ of lipase solution was added to each, together with either bile salts solution or water, as shown. The time for the pink colour to disappear was recorded three times.

| Tube | Contents added at time zero | Trial 1 / min | Trial 2 / min | Trial 3 / min | Mean / min |
| --- | --- | --- | --- | --- | --- |
| A | lipase + bile salts | 4.0 | 4.5 | 4.1 | 4.2 |
| B | lipase + water | 11.5 | 12.2 | 11.7 | |
| C | boiled lipase + bile salts | no change after 30 min | no change after 30 min | no change after 30 min | – |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "C1.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the mean time for tube B. [1]",
        numericAnswer: { value: 11.8, unit: "min", tolerance: 0.05 },
        markscheme: [p("p1", "(11.5 + 12.2 + 11.7) ÷ 3 = 11.8 min", ["11.8"])],
        workedSolution: "Mean $= \\dfrac{11.5 + 12.2 + 11.7}{3} = \\dfrac{35.4}{3} = 11.8$ min.",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "C1.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "The rate of reaction can be taken as $\\dfrac{1}{\\text{mean time}}$. Calculate the rate of reaction in tube A, in min⁻¹. [1]",
        numericAnswer: { value: 0.238, unit: "min⁻¹", tolerance: 0.0005 },
        markscheme: [p("p1", "1 ÷ 4.2 = 0.238 min⁻¹", ["0.238"])],
        workedSolution: "Rate $= \\dfrac{1}{4.2\\ \\text{min}} = 0.238\\ \\text{min}^{-1}$.",
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "C1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: "Using your answers to (a) and (b), calculate the percentage increase in the rate of reaction caused by adding bile salts. [2]",
        numericAnswer: { value: 181, unit: "%", tolerance: 0.5, followThrough: { from: ["a", "b"], value: "(b - 1 / a) / (1 / a) * 100" } },
        markscheme: [
          p("p1", "rate in tube B = 1 ÷ 11.8 = 0.0847 min⁻¹", ["0.0847", "0.085"]),
          p("p2", "(0.238 − 0.0847) ÷ 0.0847 × 100 = 181 % **(FT)** their (a) and (b)", ["181"]),
        ],
        workedSolution:
          "Rate in tube B $= \\dfrac{1}{11.8} = 0.0847\\ \\text{min}^{-1}$.\n\n$$\\frac{0.238 - 0.0847}{0.0847} \\times 100 = 181\\ \\%$$\n\n(Equivalently $11.8 \\div 4.2 = 2.81$: the reaction was 2.81 times as fast with bile salts.)",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "C1.1",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: "Explain why the pink colour disappeared faster when bile salts were added. [3]",
        markscheme: [
          p("p1", "lipase hydrolyses triglycerides (fats) into fatty acids and glycerol; the fatty acids lower the pH", ["fatty acids", "glycerol", "pH"]),
          p("p2", "bile salts emulsify fats: break large fat droplets into many small droplets", ["emulsif", "small droplets"]),
          p("p3", "larger surface area of fat exposed to lipase", ["surface area"]),
          p("p4", "more frequent collisions / more enzyme–substrate complexes form per unit time", ["collision", "enzyme-substrate"]),
          p("p5", "bile salts do not digest fat themselves (tube C shows no change)", ["do not digest", "tube C"]),
        ],
        workedSolution:
          "Any three points.\n\nLipase hydrolyses the triglycerides in milk fat into fatty acids and glycerol; the fatty acids lower the pH until the indicator turns colourless. Lipase acts only at the surface of fat droplets. Bile salts emulsify the fat, breaking large droplets into many tiny ones with a much larger total surface area, so substrate molecules collide with lipase active sites more often and more enzyme–substrate complexes form per minute. Bile salts do not digest fat themselves, as tube C shows.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "C1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Explain",
        stem: "Explain the purpose of tube C. [2]",
        markscheme: [
          p("p1", "it is a control", ["control"]),
          p("p2", "boiling denatures the lipase, so it has no active site / cannot catalyse the reaction", ["denatur", "boiled"]),
          p("p3", "shows that the colour change is caused by the enzyme, not by the bile salts (or the milk) alone", [
            "caused by the enzyme",
            "not by the bile salts",
          ]),
        ],
        workedSolution:
          "Any two points.\n\nTube C is a control. Boiling denatures the lipase, so it cannot catalyse the hydrolysis of fat. Since tube C contains bile salts but shows no colour change, the change in tubes A and B must be due to lipase activity, not to the bile salts or the milk on their own.",
      },
    ],
  },

  // ───────────── 35 Thermoregulation in a cold room ─────────────
  {
    key: "biology-mp-35",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: `A volunteer wearing light clothing sat quietly for one hour in a room at 30 °C and then for one hour in a room at 10 °C. Measurements were taken at the end of each hour.

| Measurement | Room at 30 °C | Room at 10 °C |
| --- | --- | --- |
| Core body temperature / °C | 37.0 | 36.8 |
| Mean skin temperature / °C | 33.4 | 27.6 |
| Blood flow through the skin of the forearm / cm³ per 100 g of tissue per minute | 12.5 | 2.0 |
| Metabolic rate / W | 80 | 140 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "D3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage decrease in blood flow through the skin when the volunteer moved from the warm room to the cold room. [1]",
        numericAnswer: { value: 84, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(12.5 − 2.0) ÷ 12.5 × 100 = 84 %", ["84"])],
        workedSolution: "$$\\frac{12.5 - 2.0}{12.5} \\times 100 = \\frac{10.5}{12.5} \\times 100 = 84\\ \\%$$",
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "D3.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: "Calculate the percentage increase in metabolic rate in the cold room. [1]",
        numericAnswer: { value: 75, unit: "%", tolerance: 0.05 },
        markscheme: [p("p1", "(140 − 80) ÷ 80 × 100 = 75 %", ["75"])],
        workedSolution: "$$\\frac{140 - 80}{80} \\times 100 = 75\\ \\%$$",
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "D3.3",
        difficulty: 3,
        marks: 4,
        commandTerm: "Explain",
        stem: "Explain how the changes in skin blood flow and metabolic rate help to keep the core body temperature almost constant in the cold room. [4]",
        markscheme: [
          p("p1", "thermoreceptors (in the skin) detect the fall in temperature; the hypothalamus coordinates the response", [
            "thermoreceptor",
            "hypothalamus",
          ]),
          p("p2", "vasoconstriction: arterioles supplying the skin capillaries constrict", ["vasoconstriction", "arteriole"]),
          p("p3", "less warm blood reaches the skin surface, so less heat is lost by radiation / convection (skin temperature falls)", [
            "less heat lost",
            "radiation",
            "skin",
          ]),
          p("p4", "shivering: rapid involuntary muscle contractions, increasing cell respiration", ["shivering", "muscle contraction"]),
          p("p5", "respiration releases heat; metabolic rate up 75 %; also uncoupled respiration in brown adipose tissue / thyroxine", [
            "heat",
            "brown adipose",
            "thyroxine",
          ]),
        ],
        workedSolution:
          "Any four points.\n\nThermoreceptors detect the cold and the hypothalamus triggers responses. Arterioles supplying the skin capillaries constrict (vasoconstriction), so blood flow through the skin fell by 84 %: less warm blood reaches the surface and less heat is lost by radiation and convection — which is why the skin cooled to 27.6 °C while the core stayed near 37 °C. At the same time, shivering (rapid involuntary contractions of skeletal muscle) and uncoupled respiration in brown adipose tissue increase the rate of cell respiration, releasing more heat; the metabolic rate rose by 75 %.",
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "D3.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Outline",
        stem: "Outline why thermoregulation is an example of negative feedback. [2]",
        markscheme: [
          p("p1", "a change from the set point (37 °C) is detected", ["set point", "detected"]),
          p("p2", "responses reverse the change / return the temperature towards the set point", ["reverse", "return"]),
          p("p3", "once the set point is restored the response is reduced / stops", ["stops", "reduced"]),
        ],
        workedSolution:
          "Any two points.\n\nThe hypothalamus compares body temperature with a set point of about 37 °C. A fall in temperature triggers responses (vasoconstriction, shivering) that raise it again, and a rise triggers responses that lower it: the response opposes the change. As the temperature returns to the set point, the corrective responses decrease.",
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "D3.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Suggest",
        stem: "Suggest why the volunteer could not keep the core body temperature at 37 °C if he stayed in the cold room for many hours. [2]",
        markscheme: [
          p("p1", "shivering muscles become fatigued / energy (glycogen) reserves are used up", ["fatigue", "glycogen", "energy reserves"]),
          p("p2", "heat loss continues (light clothing, large temperature gradient) and exceeds heat production", ["heat loss", "exceeds"]),
          p("p3", "vasoconstriction cannot be maintained indefinitely without tissue damage (e.g. cold-induced vasodilation)", [
            "tissue damage",
            "vasodilation",
          ]),
        ],
        workedSolution:
          "Any two points.\n\nShivering uses stored glycogen and fat and the muscles eventually tire, so heat production falls, while heat continues to be lost to the cold room through light clothing. Prolonged vasoconstriction also risks damage to the skin and extremities. Once heat loss exceeds heat production, the core temperature falls (hypothermia).",
      },
    ],
  },
];
