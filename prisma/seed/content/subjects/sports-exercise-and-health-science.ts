import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Sports, Exercise and Health Science (group 4), new guide first assessed in 2026.
 *
 * Topic tree: the three themes (A exercise physiology and nutrition, B biomechanics, C sport psychology and
 * motor learning), their topics (A.1–C.5) and subtopics. As in the 2025 sciences, HL content is additional
 * depth inside the common subtopics rather than separate subtopics, so no topic is hlOnly.
 *
 * Papers follow the 2025 group 4 model (Paper 1A multiple choice + Paper 1B data-based in one sitting, 36%;
 * Paper 2, 44%; scientific investigation IA, 20%). Marks per part mirror the biology model and should be
 * checked against the SEHS specimen papers. Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "sports-exercise-and-health-science",
  name: "Sports, Exercise and Health Science",
  group: 4,
  description:
    "IB Diploma Sports, Exercise and Health Science (new course, first assessment 2026): an experimental science applying physiology, nutrition, biomechanics and psychology to human performance and health. Theme A covers communication, hydration, nutrition, energy systems and training; theme B covers movement, forces, fluid mechanics and injury; theme C covers individual differences, motor learning, motivation, stress and coping, and psychological skills. Assessed by two written papers, a scientific investigation and the collaborative sciences project.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1A",
          name: "Paper 1A — multiple-choice questions (sat with 1B in one 1 h 30 min session)",
          durationMinutes: 49,
          totalMarks: 30,
          calculator: true,
          weightPercent: 19.6,
        },
        {
          code: "P1B",
          name: "Paper 1B — data-based questions and questions on experimental work",
          durationMinutes: 41,
          totalMarks: 25,
          calculator: true,
          weightPercent: 16.4,
        },
        {
          code: "P2",
          name: "Paper 2 — short-answer and extended-response questions",
          durationMinutes: 90,
          totalMarks: 50,
          calculator: true,
          weightPercent: 44,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 25, 4: 37, 5: 48, 6: 59, 7: 70 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 24, 4: 36, 5: 47, 6: 58, 7: 69 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1A",
          name: "Paper 1A — multiple-choice questions (sat with 1B in one 2 h session)",
          durationMinutes: 64,
          totalMarks: 40,
          calculator: true,
          weightPercent: 19.2,
        },
        {
          code: "P1B",
          name: "Paper 1B — data-based questions and questions on experimental work",
          durationMinutes: 56,
          totalMarks: 35,
          calculator: true,
          weightPercent: 16.8,
        },
        {
          code: "P2",
          name: "Paper 2 — short-answer and extended-response questions",
          durationMinutes: 150,
          totalMarks: 80,
          calculator: true,
          weightPercent: 44,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 26, 4: 38, 5: 49, 6: 60, 7: 71 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 25, 4: 37, 5: 48, 6: 60, 7: 71 } },
      ],
    },
  ],
  topics: [
    {
      code: "A",
      title: "Theme A: Exercise physiology and nutrition",
      children: [
        {
          code: "A.1",
          title: "Communication",
          children: [
            { code: "A.1.1", title: "Inter-system communication" },
            { code: "A.1.2", title: "Maintaining homeostasis" },
            { code: "A.1.3", title: "Transport" },
          ],
        },
        {
          code: "A.2",
          title: "Hydration and nutrition",
          children: [
            { code: "A.2.1", title: "Water and electrolyte balance" },
            { code: "A.2.2", title: "Fuelling for health and performance" },
            { code: "A.2.3", title: "Energy systems" },
          ],
        },
        {
          code: "A.3",
          title: "Response",
          children: [
            { code: "A.3.1", title: "Qualities of training" },
            { code: "A.3.2", title: "Benefits to health of being active" },
            { code: "A.3.3", title: "Fatigue and recovery" },
          ],
        },
      ],
    },
    {
      code: "B",
      title: "Theme B: Biomechanics",
      children: [
        {
          code: "B.1",
          title: "Generating movement in the body",
          children: [
            { code: "B.1.1", title: "Anatomical position, planes and movement" },
            { code: "B.1.2", title: "Structure and function of connective tissues and joints" },
            { code: "B.1.3", title: "Muscular function" },
            { code: "B.1.4", title: "Levers in movement and sport" },
          ],
        },
        {
          code: "B.2",
          title: "Forces, motion and movement",
          children: [
            { code: "B.2.1", title: "Newton's laws of motion" },
            { code: "B.2.2", title: "Fluid mechanics" },
            { code: "B.2.3", title: "Movement analysis and its applications" },
          ],
        },
        {
          code: "B.3",
          title: "Injury",
          children: [
            { code: "B.3.1", title: "Causes of injury" },
            { code: "B.3.2", title: "Interventions related to injury" },
          ],
        },
      ],
    },
    {
      code: "C",
      title: "Theme C: Sport psychology and motor learning",
      children: [
        {
          code: "C.1",
          title: "Individual differences",
          children: [
            { code: "C.1.1", title: "Personality" },
            { code: "C.1.2", title: "Mental toughness" },
          ],
        },
        {
          code: "C.2",
          title: "Motor learning",
          children: [
            { code: "C.2.1", title: "Motor learning processes" },
            { code: "C.2.2", title: "Attentional control" },
          ],
        },
        {
          code: "C.3",
          title: "Motivation",
          children: [
            { code: "C.3.1", title: "Achievement motivation" },
            { code: "C.3.2", title: "Self-determination" },
            { code: "C.3.3", title: "Motivational climate" },
          ],
        },
        {
          code: "C.4",
          title: "Stress and coping",
          children: [
            { code: "C.4.1", title: "Arousal and anxiety" },
            { code: "C.4.2", title: "Coping" },
          ],
        },
        {
          code: "C.5",
          title: "Psychological skills",
          children: [
            { code: "C.5.1", title: "Goal setting" },
            { code: "C.5.2", title: "Imagery" },
          ],
        },
      ],
    },
  ],
};

export default subject;
