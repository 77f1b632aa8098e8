import type { SubjectInput } from "@/lib/catalog/catalog-input";

// Mathematics: Analysis and Approaches, syllabus for first assessment 2021.
// Topic codes follow the subject guide: SL content 1.1–1.9, AHL (HL only) 1.10–1.16, and so on.
// The internal assessment (the exploration, 20 % at both levels) is not a paper, so the paper
// weightings below add up to 80 %.
// Grade boundaries are ILLUSTRATIVE overall percentages for practice, not official IB boundaries.

const subject: SubjectInput = {
  slug: "math-aa",
  name: "Mathematics: Analysis and Approaches",
  group: 5,
  description:
    "Mathematics: Analysis and Approaches develops analytical, algebraic and abstract reasoning: number and algebra, functions, geometry and trigonometry, statistics and probability, and calculus, with an emphasis on proof and on problems solved both by hand and with technology. HL adds complex numbers, proof by induction, vectors in three dimensions, further calculus, differential equations and Maclaurin series.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1 (no technology)", durationMinutes: 90, totalMarks: 80, calculator: false, weightPercent: 40 },
        { code: "P2", name: "Paper 2 (technology required)", durationMinutes: 90, totalMarks: 80, calculator: true, weightPercent: 40 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 39, 5: 52, 6: 64, 7: 77 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 27, 4: 40, 5: 53, 6: 65, 7: 78 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1 (no technology)", durationMinutes: 120, totalMarks: 110, calculator: false, weightPercent: 30 },
        { code: "P2", name: "Paper 2 (technology required)", durationMinutes: 120, totalMarks: 110, calculator: true, weightPercent: 30 },
        {
          code: "P3",
          name: "Paper 3 (extended problem-solving, technology required)",
          durationMinutes: 60,
          totalMarks: 55,
          calculator: true,
          weightPercent: 20,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 38, 5: 51, 6: 63, 7: 75 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 25, 4: 37, 5: 50, 6: 62, 7: 74 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Number and algebra",
      children: [
        { code: "1.1", title: "Scientific notation: operations with numbers in the form a × 10^k" },
        { code: "1.2", title: "Arithmetic sequences and series" },
        { code: "1.3", title: "Geometric sequences and series" },
        { code: "1.4", title: "Financial applications of geometric sequences and series: compound interest and depreciation" },
        { code: "1.5", title: "Laws of exponents with integer exponents; introduction to logarithms" },
        { code: "1.6", title: "Simple deductive proof, numerical and algebraic" },
        { code: "1.7", title: "Laws of exponents with rational exponents; laws of logarithms; change of base; solving exponential equations" },
        { code: "1.8", title: "Sum of infinite convergent geometric sequences" },
        { code: "1.9", title: "The binomial theorem for positive integer exponents; Pascal's triangle and nCr" },
        { code: "1.10", title: "Counting principles, permutations and combinations; binomial theorem for fractional and negative exponents", hlOnly: true },
        { code: "1.11", title: "Partial fractions", hlOnly: true },
        { code: "1.12", title: "Complex numbers: Cartesian form a + bi; sums, products and quotients; the complex plane", hlOnly: true },
        {
          code: "1.13",
          title: "Modulus–argument (polar) and Euler forms; products and quotients in polar form and their geometric interpretation",
          hlOnly: true,
        },
        {
          code: "1.14",
          title: "Complex conjugate roots of polynomial equations with real coefficients; De Moivre's theorem; powers and roots of complex numbers",
          hlOnly: true,
        },
        { code: "1.15", title: "Proof by mathematical induction, by contradiction and disproof by counterexample", hlOnly: true },
        { code: "1.16", title: "Solutions of systems of linear equations (up to three equations in three unknowns)", hlOnly: true },
      ],
    },
    {
      code: "2",
      title: "Functions",
      children: [
        { code: "2.1", title: "Equations of straight lines; gradients; parallel and perpendicular lines" },
        { code: "2.2", title: "Functions: domain, range, graph, notation; inverse function as reflection in y = x" },
        { code: "2.3", title: "The graph of a function; sketching from information given" },
        { code: "2.4", title: "Key features of graphs; intersections of graphs using technology" },
        { code: "2.5", title: "Composite functions; identity function; finding the inverse function" },
        { code: "2.6", title: "The quadratic function: standard, factorized and vertex forms" },
        { code: "2.7", title: "Quadratic equations and inequalities; the discriminant" },
        { code: "2.8", title: "The reciprocal function and rational functions of the form (ax + b)/(cx + d); asymptotes" },
        { code: "2.9", title: "Exponential and logarithmic functions and their graphs" },
        { code: "2.10", title: "Solving equations graphically and analytically" },
        { code: "2.11", title: "Transformations of graphs: translations, reflections, stretches and composite transformations" },
        { code: "2.12", title: "Polynomial functions; factor and remainder theorems; sum and product of roots", hlOnly: true },
        { code: "2.13", title: "Rational functions with quadratic numerator or denominator; oblique asymptotes", hlOnly: true },
        { code: "2.14", title: "Odd and even functions; inverse functions with restricted domains; self-inverse functions", hlOnly: true },
        { code: "2.15", title: "Solving inequalities g(x) ≥ f(x) graphically and analytically", hlOnly: true },
        { code: "2.16", title: "Graphs of |f(x)|, f(|x|), 1/f(x), f(ax + b) and [f(x)]²; modulus equations and inequalities", hlOnly: true },
      ],
    },
    {
      code: "3",
      title: "Geometry and trigonometry",
      children: [
        { code: "3.1", title: "Distance and midpoint in 3D; volume and surface area of solids; angles between lines and planes" },
        { code: "3.2", title: "Right-angled trigonometry; sine rule; cosine rule; area of a triangle" },
        { code: "3.3", title: "Applications of trigonometry: angles of elevation and depression, bearings, labelled diagrams" },
        { code: "3.4", title: "The circle: radian measure, arc length and sector area" },
        { code: "3.5", title: "Unit circle definitions of sine, cosine and tangent; exact values; the ambiguous case of the sine rule" },
        { code: "3.6", title: "Pythagorean identity; double angle identities for sine and cosine" },
        { code: "3.7", title: "Circular functions: amplitude, period, transformations and real-life models" },
        { code: "3.8", title: "Solving trigonometric equations in a finite interval, including quadratic types" },
        { code: "3.9", title: "Reciprocal trigonometric ratios; Pythagorean identities; inverse trigonometric functions", hlOnly: true },
        { code: "3.10", title: "Compound angle identities; double angle identity for tangent", hlOnly: true },
        { code: "3.11", title: "Relationships between trigonometric functions and symmetry properties of their graphs", hlOnly: true },
        { code: "3.12", title: "Vectors: representation, components, algebraic and geometric operations, unit vectors", hlOnly: true },
        { code: "3.13", title: "The scalar product; angle between two vectors; perpendicular and parallel vectors", hlOnly: true },
        { code: "3.14", title: "Vector equation of a line in 2D and 3D; angle between lines; kinematics applications", hlOnly: true },
        { code: "3.15", title: "Coincident, parallel, intersecting and skew lines", hlOnly: true },
        { code: "3.16", title: "The vector product; area of a parallelogram and triangle", hlOnly: true },
        { code: "3.17", title: "Vector and Cartesian equations of a plane", hlOnly: true },
        { code: "3.18", title: "Intersections of lines and planes; angles between a line and a plane and between two planes", hlOnly: true },
      ],
    },
    {
      code: "4",
      title: "Statistics and probability",
      children: [
        { code: "4.1", title: "Population, sample, data types, bias and sampling techniques; outliers" },
        { code: "4.2", title: "Presentation of data: frequency tables, histograms, cumulative frequency, box-and-whisker plots" },
        { code: "4.3", title: "Measures of central tendency and dispersion; effect of constant changes" },
        { code: "4.4", title: "Linear correlation; Pearson's r; regression line of y on x" },
        { code: "4.5", title: "Probability concepts: sample space, events, complementary events, expected number of occurrences" },
        { code: "4.6", title: "Venn, tree and sample space diagrams; combined, mutually exclusive and independent events" },
        { code: "4.7", title: "Discrete random variables and their probability distributions; expected value" },
        { code: "4.8", title: "The binomial distribution: probabilities, mean and variance" },
        { code: "4.9", title: "The normal distribution: properties and probability calculations; inverse normal" },
        { code: "4.10", title: "Regression line of x on y" },
        { code: "4.11", title: "Formal definitions of conditional probability and independent events" },
        { code: "4.12", title: "Standardization of normal variables (z-values); finding unknown mean and standard deviation" },
        { code: "4.13", title: "Bayes' theorem (up to three events)", hlOnly: true },
        {
          code: "4.14",
          title: "Variance of discrete random variables; continuous random variables and probability density functions; linear transformations",
          hlOnly: true,
        },
      ],
    },
    {
      code: "5",
      title: "Calculus",
      children: [
        { code: "5.1", title: "Introduction to limits; the derivative as gradient function and rate of change" },
        { code: "5.2", title: "Increasing and decreasing functions" },
        { code: "5.3", title: "Derivatives of polynomials and of ax^n with rational n" },
        { code: "5.4", title: "Tangents and normals" },
        { code: "5.5", title: "Integration as anti-differentiation; definite integrals and areas using technology" },
        { code: "5.6", title: "Derivatives of sin x, cos x, e^x, ln x; chain, product and quotient rules" },
        { code: "5.7", title: "The second derivative; relationships between the graphs of f, f′ and f″" },
        { code: "5.8", title: "Local maxima and minima; optimization; points of inflexion" },
        { code: "5.9", title: "Kinematics: displacement, velocity, acceleration and total distance travelled" },
        { code: "5.10", title: "Indefinite integrals of standard functions; integration by inspection and substitution" },
        { code: "5.11", title: "Definite integrals; areas under curves and between curves" },
        { code: "5.12", title: "Continuity and differentiability; differentiation from first principles", hlOnly: true },
        { code: "5.13", title: "Limits of the form f(x)/g(x); L'Hôpital's rule", hlOnly: true },
        { code: "5.14", title: "Implicit differentiation; related rates of change; optimization", hlOnly: true },
        {
          code: "5.15",
          title: "Derivatives of tan, sec, cosec, cot, a^x, log_a x and inverse trigonometric functions; related integrals; partial fractions in integration",
          hlOnly: true,
        },
        { code: "5.16", title: "Integration by substitution and by parts", hlOnly: true },
        { code: "5.17", title: "Area between a curve and the y-axis; volumes of revolution", hlOnly: true },
        { code: "5.18", title: "First-order differential equations: Euler's method, separable, homogeneous, integrating factor", hlOnly: true },
        { code: "5.19", title: "Maclaurin series and their applications", hlOnly: true },
      ],
    },
  ],
};

export default subject;
