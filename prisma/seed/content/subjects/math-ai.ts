import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Mathematics: Applications and Interpretation (group 5), guide first assessed in 2021.
 *
 * Topic codes follow the guide's numbering: SL subtopics 1.1–1.8, 2.1–2.6, 3.1–3.6, 4.1–4.11, 5.1–5.8;
 * additional higher level (AHL) subtopics 1.9–1.15, 2.7–2.10, 3.7–3.16, 4.12–4.19, 5.9–5.18 are hlOnly.
 * Titles are condensed from the guide's content statements.
 *
 * Every paper requires a graphic display calculator. Grade boundaries are illustrative only, not official
 * IB figures.
 */
const subject: SubjectInput = {
  slug: "math-ai",
  name: "Mathematics: Applications and Interpretation",
  group: 5,
  description:
    "IB Diploma Mathematics: Applications and Interpretation (first assessment 2021): mathematics as a tool for modelling and interpreting the real world, with a strong emphasis on technology (GDC), statistics and modelling. Five topics: number and algebra, functions, geometry and trigonometry, statistics and probability, and calculus. HL adds matrices, complex numbers, graph theory, vectors, further statistics and differential equations, plus an extended-modelling Paper 3. The exploration (IA) is worth 20%.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Short-response questions (GDC required)", durationMinutes: 90, totalMarks: 80, calculator: true, weightPercent: 40 },
        { code: "P2", name: "Paper 2: Extended-response questions (GDC required)", durationMinutes: 90, totalMarks: 80, calculator: true, weightPercent: 40 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 28, 4: 41, 5: 54, 6: 66, 7: 77 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 27, 4: 40, 5: 53, 6: 65, 7: 76 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1: Short-response questions (GDC required)", durationMinutes: 120, totalMarks: 110, calculator: true, weightPercent: 30 },
        { code: "P2", name: "Paper 2: Extended-response questions (GDC required)", durationMinutes: 120, totalMarks: 110, calculator: true, weightPercent: 30 },
        {
          code: "P3",
          name: "Paper 3: Two extended problem-solving questions (GDC required)",
          durationMinutes: 60,
          totalMarks: 55,
          calculator: true,
          weightPercent: 20,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 12, 3: 24, 4: 36, 5: 48, 6: 60, 7: 71 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 23, 4: 35, 5: 47, 6: 59, 7: 70 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Number and algebra",
      children: [
        { code: "1.1", title: "Operations with numbers in the form a × 10^k (scientific notation)" },
        { code: "1.2", title: "Arithmetic sequences and series; applications" },
        { code: "1.3", title: "Geometric sequences and series; applications" },
        { code: "1.4", title: "Financial applications: compound interest, annual depreciation" },
        { code: "1.5", title: "Laws of exponents with integer exponents; introduction to logarithms" },
        { code: "1.6", title: "Approximation: decimal places, significant figures, upper and lower bounds, percentage error" },
        { code: "1.7", title: "Amortization and annuities using technology" },
        { code: "1.8", title: "Systems of linear equations and polynomial equations using technology" },
        { code: "1.9", title: "Laws of logarithms", hlOnly: true },
        { code: "1.10", title: "Simplifying expressions with rational exponents", hlOnly: true },
        { code: "1.11", title: "Sum of infinite geometric sequences", hlOnly: true },
        { code: "1.12", title: "Complex numbers: Cartesian form; sums, products and quotients; the complex plane", hlOnly: true },
        { code: "1.13", title: "Modulus–argument (polar) and exponential (Euler) forms of complex numbers", hlOnly: true },
        { code: "1.14", title: "Matrices: algebra, determinants and inverses; solving systems of equations", hlOnly: true },
        { code: "1.15", title: "Eigenvalues and eigenvectors; diagonalization and powers of 2 × 2 matrices", hlOnly: true },
      ],
    },
    {
      code: "2",
      title: "Functions",
      children: [
        { code: "2.1", title: "Equations of straight lines; parallel and perpendicular lines" },
        { code: "2.2", title: "Concept of a function, domain, range and graph; inverse functions" },
        { code: "2.3", title: "Graphing functions using technology" },
        { code: "2.4", title: "Key features of graphs: intercepts, maxima and minima, asymptotes, intersections" },
        { code: "2.5", title: "Modelling with linear, quadratic, exponential, direct/inverse variation, cubic and sinusoidal functions" },
        { code: "2.6", title: "The modelling process: develop, fit, test, reflect on and use models" },
        { code: "2.7", title: "Composite functions; inverse functions including domain restriction", hlOnly: true },
        { code: "2.8", title: "Transformations of graphs", hlOnly: true },
        { code: "2.9", title: "Further models: exponential, logarithmic, logistic, sinusoidal and piecewise", hlOnly: true },
        { code: "2.10", title: "Scaling with logarithms; linearizing data with log–log and semi-log graphs", hlOnly: true },
      ],
    },
    {
      code: "3",
      title: "Geometry and trigonometry",
      children: [
        { code: "3.1", title: "3D distance and midpoint; volume and surface area of 3D solids; angle between a line and a plane" },
        { code: "3.2", title: "Right-angled trigonometry, sine rule, cosine rule and area of a triangle" },
        { code: "3.3", title: "Applications: angles of elevation and depression, bearings, constructing diagrams" },
        { code: "3.4", title: "Arc length and sector area (degrees)" },
        { code: "3.5", title: "Equations of perpendicular bisectors" },
        { code: "3.6", title: "Voronoi diagrams: sites, vertices, edges, cells; nearest-neighbour interpolation" },
        { code: "3.7", title: "Radian measure; arc length and sector area in radians", hlOnly: true },
        { code: "3.8", title: "Unit circle definitions of sine and cosine; Pythagorean identity; solving trigonometric equations graphically", hlOnly: true },
        { code: "3.9", title: "Geometric transformations of points in two dimensions using matrices", hlOnly: true },
        { code: "3.10", title: "Vector concepts: representations, algebra, magnitude, unit and position vectors", hlOnly: true },
        { code: "3.11", title: "Vector equation of a line in two and three dimensions", hlOnly: true },
        { code: "3.12", title: "Vector applications to kinematics", hlOnly: true },
        { code: "3.13", title: "Scalar and vector products; components of vectors", hlOnly: true },
        { code: "3.14", title: "Graph theory: graphs, vertices, edges, adjacency, degree; simple, complete and weighted graphs", hlOnly: true },
        { code: "3.15", title: "Adjacency matrices; walks; minimum spanning trees (Kruskal's and Prim's algorithms)", hlOnly: true },
        { code: "3.16", title: "Tree and cycle algorithms: Chinese postman and travelling salesman problems", hlOnly: true },
      ],
    },
    {
      code: "4",
      title: "Statistics and probability",
      children: [
        { code: "4.1", title: "Populations, samples, discrete and continuous data; sampling techniques; outliers" },
        { code: "4.2", title: "Presentation of data: frequency tables, histograms, cumulative frequency, box-and-whisker plots" },
        { code: "4.3", title: "Measures of central tendency and dispersion" },
        { code: "4.4", title: "Linear correlation: Pearson's r, scatter diagrams, regression line of y on x" },
        { code: "4.5", title: "Concepts of probability: trial, outcome, sample space, expected occurrences" },
        { code: "4.6", title: "Venn and tree diagrams; combined, mutually exclusive, conditional and independent events" },
        { code: "4.7", title: "Discrete random variables and their probability distributions; expected value" },
        { code: "4.8", title: "Binomial distribution" },
        { code: "4.9", title: "Normal distribution and curves; normal probability calculations" },
        { code: "4.10", title: "Spearman's rank correlation coefficient" },
        { code: "4.11", title: "Hypothesis testing: χ² tests for independence and goodness of fit; t-test" },
        { code: "4.12", title: "Designing data collection methods; reliability and validity", hlOnly: true },
        { code: "4.13", title: "Non-linear regression; coefficient of determination R²", hlOnly: true },
        { code: "4.14", title: "Linear transformations and combinations of random variables; unbiased estimators", hlOnly: true },
        { code: "4.15", title: "Central limit theorem", hlOnly: true },
        { code: "4.16", title: "Confidence intervals for the mean of a normal population", hlOnly: true },
        { code: "4.17", title: "Poisson distribution", hlOnly: true },
        { code: "4.18", title: "Critical regions and values; tests for population mean, proportion and Poisson mean; Type I and II errors", hlOnly: true },
        { code: "4.19", title: "Transition matrices and Markov chains; steady state", hlOnly: true },
      ],
    },
    {
      code: "5",
      title: "Calculus",
      children: [
        { code: "5.1", title: "Limits; the derivative as gradient function and rate of change" },
        { code: "5.2", title: "Increasing and decreasing functions" },
        { code: "5.3", title: "Derivatives of ax^n and sums of such terms" },
        { code: "5.4", title: "Tangents and normals" },
        { code: "5.5", title: "Anti-differentiation of ax^n; definite integrals and areas using technology" },
        { code: "5.6", title: "Stationary points: local maxima and minima" },
        { code: "5.7", title: "Optimization problems in context" },
        { code: "5.8", title: "Approximating areas using the trapezoidal rule" },
        { code: "5.9", title: "Derivatives of sin, cos, tan, e^x, ln x; chain, product and quotient rules; related rates", hlOnly: true },
        { code: "5.10", title: "Second derivatives; concavity and points of inflexion", hlOnly: true },
        { code: "5.11", title: "Further integration; integration by inspection and substitution", hlOnly: true },
        { code: "5.12", title: "Areas between curves and the y-axis; volumes of revolution", hlOnly: true },
        { code: "5.13", title: "Kinematics: displacement, velocity, acceleration, distance travelled", hlOnly: true },
        { code: "5.14", title: "Setting up differential equations; separation of variables", hlOnly: true },
        { code: "5.15", title: "Slope fields", hlOnly: true },
        { code: "5.16", title: "Euler's method for first-order and coupled differential equations", hlOnly: true },
        { code: "5.17", title: "Phase portraits for coupled linear differential equations; eigenvalue analysis", hlOnly: true },
        { code: "5.18", title: "Second-order differential equations solved as coupled first-order systems", hlOnly: true },
      ],
    },
  ],
};

export default subject;
