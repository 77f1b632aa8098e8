import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 3, Geometry and trigonometry
// (3.1–3.6 for both levels, 3.7–3.16 HL only). Worked examples are computed and checked.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const geometryAndTrigonometryNotes: TopicNoteInput[] = [
  {
    key: "mathai-note-3-1",
    levels: BOTH,
    topicCode: "3.1",
    body: String.raw`This topic takes coordinate geometry and solid shapes into three dimensions. Exam questions ask you to find the distance between two points in space, a midpoint, the volume or surface area of a real object (a tent, a silo, a tin) built from standard solids, and the angle between a line and a plane, such as a diagonal of a box and its base.

### Key formulae

For $A(x_1, y_1, z_1)$ and $B(x_2, y_2, z_2)$ (both in the formula booklet):

$$AB = \sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2 + (z_2 - z_1)^2}, \qquad M = \left(\frac{x_1 + x_2}{2}, \frac{y_1 + y_2}{2}, \frac{z_1 + z_2}{2}\right)$$

| Solid | Volume | Surface area |
|---|---|---|
| Right pyramid | $\frac{1}{3} A h$ | base + triangular faces |
| Right cone | $\frac{1}{3}\pi r^2 h$ | curved: $\pi r l$ (add $\pi r^2$ for the base) |
| Sphere | $\frac{4}{3}\pi r^3$ | $4\pi r^2$ |
| Cylinder | $\pi r^2 h$ | curved: $2\pi r h$ |
| Prism | area of cross-section $\times$ length | sum of the faces |

The pyramid, cone and sphere formulae are in the booklet; $l$ is the **slant height**, not the vertical height.

### Angle between a line and a plane

Drop a perpendicular from a point on the line to the plane. The line, the perpendicular and the line's "shadow" (projection) in the plane make a right-angled triangle; the angle you want is between the line and its shadow.

### Worked example

**(a)** $A(2, -1, 3)$ and $B(6, 3, 5)$. $AB = \sqrt{4^2 + 4^2 + 2^2} = \sqrt{36} = 6$ and the midpoint is $(4, 1, 4)$.

**(b)** A cone has base radius 5 cm and height 12 cm. The slant height is $l = \sqrt{5^2 + 12^2} = 13$ cm.

$$V = \tfrac{1}{3}\pi(5^2)(12) = 100\pi \approx 314 \text{ cm}^3, \qquad S = \pi(5)(13) + \pi(5^2) = 90\pi \approx 283 \text{ cm}^2$$

**(c)** A cuboid measures 8 cm by 6 cm by 5 cm high. The diagonal of the base is $\sqrt{8^2 + 6^2} = 10$ cm, so the angle between a space diagonal and the base is

$$\theta = \tan^{-1}\left(\frac{5}{10}\right) \approx 26.6^\circ$$

### Common mistakes

- Using the vertical height in $\pi r l$, or the slant height in $\frac{1}{3}\pi r^2 h$.
- Forgetting whether the solid is open (a cup has no lid; a hemisphere bowl has curved area $2\pi r^2$ only).
- Measuring the angle to the wrong line in the plane: it must be the projection of the line, not any edge.

### Exam tips

- For composite solids, write each piece separately (e.g. "cylinder + hemisphere") so the method marks are visible, and do not count a shared face twice.
- Keep full GDC accuracy until the end and give answers to 3 significant figures with units (cm², m³).
- Unit changes catch people out: 1 m³ = 1000 litres and 1 cm³ = 1 ml.`,
  },
  {
    key: "mathai-note-3-2",
    levels: BOTH,
    topicCode: "3.2",
    body: String.raw`Trigonometry finds missing sides and angles in triangles. In a right-angled triangle use SOH CAH TOA; in any other triangle use the sine rule, the cosine rule and the area formula. Questions ask you to "find" a length, an angle or an area, often as one step in a longer problem about a field, a roof or a route.

### Key formulae

Right-angled triangles (learn these):

$$\sin\theta = \frac{\text{opp}}{\text{hyp}}, \quad \cos\theta = \frac{\text{adj}}{\text{hyp}}, \quad \tan\theta = \frac{\text{opp}}{\text{adj}}$$

Any triangle, with side $a$ opposite angle $A$ and so on (in the formula booklet):

| Rule | Formula | Use it when you know |
|---|---|---|
| Sine rule | $\frac{a}{\sin A} = \frac{b}{\sin B} = \frac{c}{\sin C}$ | a side and its opposite angle, plus one more |
| Cosine rule | $c^2 = a^2 + b^2 - 2ab\cos C$ | two sides and the angle between them |
| Cosine rule (angle) | $\cos C = \frac{a^2 + b^2 - c^2}{2ab}$ | all three sides |
| Area | $\frac{1}{2}ab\sin C$ | two sides and the angle between them |

### Worked example

In triangle $ABC$, $a = 7$ cm, $b = 11$ cm and $C = 50^\circ$. Find $c$, angle $A$ and the area.

$$c^2 = 7^2 + 11^2 - 2(7)(11)\cos 50^\circ = 170 - 154\cos 50^\circ \;\Rightarrow\; c \approx 8.43 \text{ cm}$$

Angle $A$ is opposite the shortest side, so it must be acute and the sine rule is safe:

$$\frac{\sin A}{7} = \frac{\sin 50^\circ}{8.4268} \;\Rightarrow\; A \approx 39.5^\circ$$

Then $B = 180^\circ - 50^\circ - 39.5^\circ \approx 90.5^\circ$ and

$$\text{Area} = \tfrac{1}{2}(7)(11)\sin 50^\circ \approx 29.5 \text{ cm}^2$$

### The ambiguous case

$\sin\theta = \sin(180^\circ - \theta)$, so when the sine rule gives an angle, the obtuse angle $180^\circ - \theta$ may also fit. If you are finding an angle opposite the **longer** of two known sides, check whether both triangles are possible. Using the sine rule for the smallest angle (as above) avoids the problem.

### Common mistakes

- GDC in radian mode: AI questions on triangles use degrees. Check the mode before the exam starts.
- Rounding $c$ to 8.43 and then using the rounded value: store it in the GDC and use the stored value.
- Writing $c^2 = 170 - 154\cos 50^\circ$ and then calculating $(170 - 154)\cos 50^\circ$.

### Exam tips

- Label the sides and angles on a sketch before choosing a rule: the rule depends on what you know, not on what you want.
- Show the substituted formula: it earns the method mark even if the arithmetic slips.
- Give angles to 1 decimal place and lengths to 3 significant figures unless told otherwise.`,
  },
  {
    key: "mathai-note-3-3",
    levels: BOTH,
    topicCode: "3.3",
    body: String.raw`This topic puts the trigonometry of 3.2 to work in real situations: heights of buildings found from angles of elevation, a boat's position found from bearings, a field whose shape is described in words. The skill being tested is turning a description into a correct, labelled diagram; the trigonometry is then routine.

### Key ideas

- **Angle of elevation**: measured *up* from the horizontal to the line of sight. **Angle of depression**: measured *down* from the horizontal. The angle of elevation from $A$ to $B$ equals the angle of depression from $B$ to $A$ (alternate angles).
- **Bearings** are measured **clockwise from north** and written with three figures: $065^\circ$, $150^\circ$, $310^\circ$.
- The **back bearing** (from $B$ back to $A$) differs from the bearing of $B$ from $A$ by $180^\circ$.
- At each point where the path turns, draw a fresh north line: the angles you need come from parallel north lines (co-interior angles add to $180^\circ$).

### Worked example 1: elevation

Standing 40 m from the foot of a building, Maya's eyes are 1.6 m above the ground and the angle of elevation of the top is $32^\circ$. The height above her eye level is $40\tan 32^\circ \approx 24.99$ m, so the building is about $24.99 + 1.6 \approx 26.6$ m tall.

### Worked example 2: bearings

A ship sails 12 km from $A$ on a bearing of $065^\circ$ to $B$, then 8 km on a bearing of $150^\circ$ to $C$. Find the distance and bearing of $C$ from $A$.

At $B$ the back bearing to $A$ is $245^\circ$, so angle $ABC = 245^\circ - 150^\circ = 95^\circ$.

$$AC^2 = 12^2 + 8^2 - 2(12)(8)\cos 95^\circ \;\Rightarrow\; AC \approx 15.0 \text{ km}$$

$$\frac{\sin B\hat{A}C}{8} = \frac{\sin 95^\circ}{14.991} \;\Rightarrow\; B\hat{A}C \approx 32.1^\circ$$

So the bearing of $C$ from $A$ is $065^\circ + 32.1^\circ \approx 097^\circ$.

### Constructing diagrams

- Read the question twice and draw as you read; mark given values in one colour and unknowns with letters.
- In 3D situations (a mast on a hill, a pole in the corner of a field) draw the right-angled triangles you will use separately and flat.
- A diagram "not to scale" still needs angles in roughly the right place: a $150^\circ$ bearing points south-east, not north-east.

### Common mistakes

- Measuring bearings anticlockwise or from east.
- Taking the angle of depression from the vertical.
- Giving a bearing as "$97^\circ$" instead of $097^\circ$, or without saying *from* which point.

### Exam tips

- "Show that" distances usually require one more decimal place than the value shown: write $AC = 14.99\ldots$ before rounding to 15.0.
- When a question says "construct a diagram", a labelled sketch with all given lengths and angles earns the marks; a ruler drawing is not needed.`,
  },
  {
    key: "mathai-note-3-4",
    levels: BOTH,
    topicCode: "3.4",
    body: String.raw`A **sector** is the slice of a circle between two radii; the **arc** is the curved part of its edge. At SL the angle is in degrees and each formula is just a fraction of the whole circle: the fraction $\frac{\theta}{360}$ of the circumference or of the area. Questions are set in context: a slice of pizza, a lawn sprinkler's watered area, a pendulum's swing, a fan-shaped window.

### Key formulae (in the formula booklet)

With radius $r$ and angle $\theta$ in degrees:

$$\text{arc length } l = \frac{\theta}{360} \times 2\pi r, \qquad \text{sector area } A = \frac{\theta}{360} \times \pi r^2$$

Related quantities you build from these:

- **Perimeter of a sector** $= l + 2r$ (the arc plus the two straight radii).
- **Area of a segment** (between a chord and the arc) $=$ sector area $-$ area of triangle $= \frac{\theta}{360}\pi r^2 - \frac{1}{2}r^2\sin\theta$.
- **Chord length** by the cosine rule: $c^2 = 2r^2 - 2r^2\cos\theta$.

### Worked example

A sector has radius 8 cm and angle $135^\circ$. Find its arc length, area and perimeter.

$$l = \frac{135}{360} \times 2\pi \times 8 = 6\pi \approx 18.8 \text{ cm}$$

$$A = \frac{135}{360} \times \pi \times 8^2 = 24\pi \approx 75.4 \text{ cm}^2$$

$$\text{Perimeter} = 6\pi + 16 \approx 34.8 \text{ cm}$$

### Working backwards

If you are given the arc length or area, rearrange for the unknown. A sector of radius 10 m has area 60 m²: $\frac{\theta}{360}\pi(10^2) = 60$ gives $\theta = \frac{21600}{100\pi} \approx 68.8^\circ$. On Paper 1 or 2 you can also enter the equation into the GDC solver.

### Common mistakes

- Using the diameter instead of the radius.
- Forgetting the two radii when asked for the perimeter.
- Using a *reflex* sector when the minor one was meant (or the reverse): if the shaded part is the larger piece, its angle is $360^\circ - \theta$.
- Mixing units: an area in m² cannot be combined with a length in cm without converting.

### Exam tips

- Write the formula with the numbers substituted before pressing buttons; exact answers like $6\pi$ are welcome but a 3 significant figure decimal is what the markscheme usually expects.
- In a context question (a sprinkler rotating through $120^\circ$ with a 6 m reach) say what each number represents: $r = 6$, $\theta = 120$.
- At HL the same ideas appear in radians (topic 3.7), where the formulae become shorter.`,
  },
  {
    key: "mathai-note-3-5",
    levels: BOTH,
    topicCode: "3.5",
    body: String.raw`The **perpendicular bisector** of a line segment $AB$ is the line that cuts $AB$ in half at right angles. Every point on it is the same distance from $A$ as from $B$, which is why it matters in this course: perpendicular bisectors are the edges of Voronoi diagrams (3.6). Questions ask you to find its equation, in a given form, from the coordinates of two points.

### Key ideas

To find the perpendicular bisector of $A(x_1, y_1)$ and $B(x_2, y_2)$:

1. Find the **midpoint** $M = \left(\frac{x_1 + x_2}{2}, \frac{y_1 + y_2}{2}\right)$.
2. Find the **gradient** of $AB$: $m = \frac{y_2 - y_1}{x_2 - x_1}$.
3. The perpendicular gradient is the **negative reciprocal**: $m_\perp = -\frac{1}{m}$ (so $m \times m_\perp = -1$).
4. Use the point–gradient form through $M$: $y - y_M = m_\perp(x - x_M)$.

Special cases: if $AB$ is horizontal, the bisector is vertical, $x = x_M$; if $AB$ is vertical, the bisector is horizontal, $y = y_M$.

### Worked example

Find the equation of the perpendicular bisector of $A(1, 2)$ and $B(7, 6)$, giving your answer in the form $ax + by + d = 0$ with $a, b, d \in \mathbb{Z}$.

$$M = \left(\frac{1 + 7}{2}, \frac{2 + 6}{2}\right) = (4, 4), \qquad m_{AB} = \frac{6 - 2}{7 - 1} = \frac{2}{3}, \qquad m_\perp = -\frac{3}{2}$$

$$y - 4 = -\frac{3}{2}(x - 4) \;\Rightarrow\; y = -\frac{3}{2}x + 10 \;\Rightarrow\; 3x + 2y - 20 = 0$$

Check: $M$ satisfies it ($12 + 8 - 20 = 0$), and so does any point equidistant from $A$ and $B$, for example $(2, 7)$: its distances to $A$ and $B$ are both $\sqrt{26}$.

### Where the distance idea helps

Points on the perpendicular bisector are equidistant from $A$ and $B$; points on $A$'s side are closer to $A$. If two towns at $A$ and $B$ each have a fire station and a house is at $(6, 3)$, substitute: $3(6) + 2(3) - 20 = 4 > 0$, the same sign as $B$ gives ($21 + 12 - 20 = 13 > 0$), so the house is on $B$'s side and closer to $B$.

### Common mistakes

- Using the gradient of $AB$ itself rather than its negative reciprocal.
- Putting the line through $A$ or $B$ instead of through the midpoint.
- Leaving fractions in the answer when the question asks for integer coefficients: multiply through.

### Exam tips

- Learn the form the question wants: $y = mx + c$ (gradient–intercept) or $ax + by + d = 0$ (general form).
- Show the midpoint and the perpendicular gradient as separate lines of working: each usually earns a mark.
- A quick sketch tells you whether the gradient should be positive or negative.`,
  },
  {
    key: "mathai-note-3-6",
    levels: BOTH,
    topicCode: "3.6",
    body: String.raw`A **Voronoi diagram** splits a region into cells, one around each **site** (a school, a phone mast, a shop), so that every point in a cell is closer to that cell's site than to any other. Questions give a partly drawn diagram and ask you to complete it, find the equation of an edge, find a vertex, add a new site, or use the diagram to estimate a value or locate a point far from every site.

### Vocabulary

| Term | Meaning |
|---|---|
| Site | one of the given points |
| Cell | the region of points nearest to one site |
| Edge | boundary between two cells: part of the **perpendicular bisector** of two sites |
| Vertex | where three (or more) edges meet: **equidistant** from three sites |

### Key ideas

- Each edge lies on the perpendicular bisector of the two sites whose cells it separates (method in 3.5).
- A vertex is the intersection of two edges, so it is equidistant from the three surrounding sites; solve the two bisector equations simultaneously (the GDC does this quickly).
- **Nearest-neighbour interpolation**: to estimate a value (rainfall, temperature) at a point, use the value at the site whose cell contains the point.
- **Largest empty circle** ("toxic waste dump") problems: the point in a region that is farthest from every site lies at a Voronoi vertex or on the boundary of the region. Compare the distances from the candidate vertices to their sites.
- **Adding a site**: draw the perpendicular bisectors between the new site and its neighbours; the new cell steals area from the old cells, and old edges are cut off where the new ones meet them.

### Worked example

Sites $A(0, 0)$, $B(6, 0)$ and $C(2, 6)$. Find the Voronoi vertex.

Bisector of $AB$: $x = 3$.

Bisector of $AC$: midpoint $(1, 3)$, $m_{AC} = 3$, so $m_\perp = -\frac{1}{3}$ and $y = 3 - \frac{1}{3}(x - 1)$.

At $x = 3$: $y = 3 - \frac{2}{3} = \frac{7}{3}$, so the vertex is $\left(3, \frac{7}{3}\right)$. Check: its distance to each site is $\sqrt{9 + \frac{49}{9}} \approx 3.80$ for $A$ and $B$, and $\sqrt{1 + \frac{121}{9}} \approx 3.80$ for $C$.

A rain gauge is needed at $P(4, 1)$. Its distances are $PA \approx 4.12$, $PB \approx 2.24$, $PC \approx 5.39$, so $P$ lies in $B$'s cell and nearest-neighbour interpolation gives $P$ the rainfall recorded at $B$.

### Common mistakes

- Drawing an edge through the midpoint of two sites whose cells do not actually touch.
- Continuing an edge past the vertex where it should stop.
- Assuming the vertex is the farthest point from all sites without checking the boundary of the region too.

### Exam tips

- "Show that" a point is a vertex: show it is the same distance from all three sites, or that it satisfies both bisector equations.
- When completing a diagram, use a ruler and extend edges to the boundary of the region.
- Nearest-neighbour interpolation is crude: if asked to "comment", say it ignores the values at other nearby sites.`,
  },
  {
    key: "mathai-note-3-7",
    levels: HL,
    topicCode: "3.7",
    body: String.raw`A **radian** is the angle at the centre of a circle made by an arc equal in length to the radius. A full turn is $2\pi$ radians, so $\pi$ radians $= 180^\circ$. Radians make the arc and sector formulae simpler and are the unit needed in calculus and in sinusoidal models such as $h(t) = a\sin(bt) + d$. Questions ask you to convert, and to find arc lengths, sector areas and segment areas with $\theta$ in radians.

### Key formulae

Converting (learn these):

$$\text{radians} = \text{degrees} \times \frac{\pi}{180}, \qquad \text{degrees} = \text{radians} \times \frac{180}{\pi}$$

| Degrees | $30^\circ$ | $45^\circ$ | $60^\circ$ | $90^\circ$ | $180^\circ$ | $360^\circ$ |
|---|---|---|---|---|---|---|
| Radians | $\frac{\pi}{6}$ | $\frac{\pi}{4}$ | $\frac{\pi}{3}$ | $\frac{\pi}{2}$ | $\pi$ | $2\pi$ |

With $\theta$ in radians (in the formula booklet):

$$l = r\theta, \qquad A = \frac{1}{2}r^2\theta$$

Segment area (sector minus triangle):

$$A_{\text{segment}} = \frac{1}{2}r^2\theta - \frac{1}{2}r^2\sin\theta = \frac{1}{2}r^2(\theta - \sin\theta)$$

### Worked example

A sector of a circle has radius 10 cm and angle 1.2 radians.

$$l = 10 \times 1.2 = 12 \text{ cm}, \qquad A = \tfrac{1}{2}(10^2)(1.2) = 60 \text{ cm}^2$$

The segment cut off by the chord has area

$$\tfrac{1}{2}(10^2)(1.2 - \sin 1.2) = 50(1.2 - 0.93204) \approx 13.4 \text{ cm}^2$$

where $\sin 1.2$ must be evaluated in **radian mode**. (In degrees the angle is $1.2 \times \frac{180}{\pi} \approx 68.8^\circ$.)

Converting: $150^\circ = 150 \times \frac{\pi}{180} = \frac{5\pi}{6} \approx 2.62$ radians.

### Why radians?

Compare $l = \frac{\theta}{360} \times 2\pi r$ (degrees) with $l = r\theta$ (radians): the factor $\frac{2\pi}{360}$ has been absorbed into the unit. The same happens in calculus: $\frac{d}{dx}\sin x = \cos x$ is true only when $x$ is in radians.

### Common mistakes

- Leaving the GDC in degree mode for $\sin\theta$ in the segment formula (or in a sinusoidal model): the answer will be wildly wrong.
- Using $l = r\theta$ with $\theta$ in degrees.
- Writing $\theta$ in "radians" as $1.2^\circ$; radians have no degree symbol (write "1.2 rad" or just 1.2).

### Exam tips

- If a question gives an angle as a multiple of $\pi$, it is in radians; if it gives $^\circ$, it is in degrees. Decide the mode before you type anything.
- Leave exact answers in terms of $\pi$ when the data are exact, and give decimals to 3 significant figures otherwise.
- For "find the angle" questions, rearrange $A = \frac{1}{2}r^2\theta$ to $\theta = \frac{2A}{r^2}$ and say the unit.`,
  },
  {
    key: "mathai-note-3-8",
    levels: HL,
    topicCode: "3.8",
    body: String.raw`The **unit circle** (radius 1, centre the origin) extends sine and cosine to every angle, not just acute ones. A point on the circle at angle $\theta$ anticlockwise from the positive $x$-axis has coordinates $(\cos\theta, \sin\theta)$. This topic asks you to use that definition to find exact values and signs, to use the Pythagorean identity, and to solve trigonometric equations **graphically** with a GDC over a given interval.

### Key ideas

- $\cos\theta = x$-coordinate, $\sin\theta = y$-coordinate, and $\tan\theta = \frac{\sin\theta}{\cos\theta}$ is the gradient of the radius.
- Signs by quadrant: all positive in the first; only $\sin$ positive in the second ($90^\circ$–$180^\circ$); only $\tan$ in the third; only $\cos$ in the fourth.
- Symmetries: $\sin(180^\circ - \theta) = \sin\theta$, $\cos(360^\circ - \theta) = \cos\theta$ (or $\pi - \theta$ and $2\pi - \theta$ in radians).
- **Pythagorean identity** (in the formula booklet): $\cos^2\theta + \sin^2\theta = 1$, which is Pythagoras on the unit circle.
- Sine and cosine are periodic with period $360^\circ$ ($2\pi$), so equations have many solutions: the interval in the question decides how many you give.

### Worked example 1: exact values

Given $\sin\theta = \frac{3}{5}$ and $\theta$ is obtuse, find $\cos\theta$ and $\tan\theta$.

$$\cos^2\theta = 1 - \frac{9}{25} = \frac{16}{25} \;\Rightarrow\; \cos\theta = \pm\frac{4}{5}$$

$\theta$ is in the second quadrant, where cosine is negative, so $\cos\theta = -\frac{4}{5}$ and $\tan\theta = \frac{3/5}{-4/5} = -\frac{3}{4}$.

### Worked example 2: solving graphically

Solve $2\sin x - \cos x = 0.5$ for $0 \le x \le 2\pi$.

Set the GDC to radians, graph $y_1 = 2\sin x - \cos x$ and $y_2 = 0.5$ with window $0 \le x \le 2\pi$, and find the intersections:

$$x \approx 0.689 \quad \text{or} \quad x \approx 3.38$$

(Equivalently, find the zeros of $y = 2\sin x - \cos x - 0.5$.) The sketch shows one crossing on the way up and one on the way down, so there are exactly two solutions in the interval.

### Common mistakes

- Giving only the first solution the GDC finds; check the whole interval.
- A window that does not match the interval (e.g. the default $-10 \le x \le 10$), giving solutions outside it.
- Choosing the positive square root without using the quadrant to decide the sign.
- Degree/radian mismatch between the question and the GDC.

### Exam tips

- Write down what you graphed ("intersection of $y = 2\sin x - \cos x$ and $y = 0.5$") and the window: that is the method in a GDC answer.
- Give solutions to 3 significant figures, in the unit of the interval.
- In models such as $h(t) = 12 + 5\sin(0.5t)$, "find when the height is 15 m" is the same skill: graph and intersect, then interpret each solution in context.`,
  },
  {
    key: "mathai-note-3-9",
    levels: HL,
    topicCode: "3.9",
    body: String.raw`A $2 \times 2$ matrix moves every point of the plane: the point $(x, y)$, written as a column vector, is sent to $A\begin{pmatrix} x \\ y \end{pmatrix}$. This topic covers the standard transformations (rotations, reflections, stretches, enlargements), translations, combining transformations, and the link between the determinant and area. Questions ask you to find an image, write down or identify a matrix, combine transformations in the right order, or find an area after a transformation.

### Key matrices (listed in the formula booklet)

| Transformation | Matrix |
|---|---|
| Rotation by $\theta$ anticlockwise about the origin | $\begin{pmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{pmatrix}$ |
| Reflection in $y = (\tan\theta)x$ | $\begin{pmatrix} \cos 2\theta & \sin 2\theta \\ \sin 2\theta & -\cos 2\theta \end{pmatrix}$ |
| Horizontal stretch, factor $k$ | $\begin{pmatrix} k & 0 \\ 0 & 1 \end{pmatrix}$ |
| Vertical stretch, factor $k$ | $\begin{pmatrix} 1 & 0 \\ 0 & k \end{pmatrix}$ |
| Enlargement, factor $k$, centre the origin | $\begin{pmatrix} k & 0 \\ 0 & k \end{pmatrix}$ |

A **translation** by $\begin{pmatrix} p \\ q \end{pmatrix}$ is added, not multiplied: $X' = AX + b$ combines a matrix transformation and a translation.

### Key ideas

- **Order matters.** "Transformation $R$ followed by $M$" has matrix $MR$: the first transformation sits next to the point, on the right.
- **Area**: area of image $= \lvert \det A \rvert \times$ area of object. A negative determinant means the orientation is reversed (a reflection is involved).
- The inverse transformation has matrix $A^{-1}$; use it to find the original point from its image.
- A quick way to find a matrix: its columns are the images of $\begin{pmatrix} 1 \\ 0 \end{pmatrix}$ and $\begin{pmatrix} 0 \\ 1 \end{pmatrix}$.

### Worked example

$R$ is a rotation of $90^\circ$ anticlockwise about the origin and $M$ a reflection in $y = x$ ($\theta = 45^\circ$, so $2\theta = 90^\circ$).

$$R = \begin{pmatrix} 0 & -1 \\ 1 & 0 \end{pmatrix}, \qquad M = \begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}, \qquad MR = \begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}$$

So "$R$ then $M$" is a single reflection in the $x$-axis, and $P(3, 1)$ maps to $(3, -1)$. In the other order, $RM$ sends $P$ to $(-3, 1)$: a different point.

A triangle of area 6 units² is transformed by $\begin{pmatrix} 2 & 1 \\ 1 & 3 \end{pmatrix}$. The determinant is $2 \times 3 - 1 \times 1 = 5$, so the image has area $5 \times 6 = 30$ units².

### Common mistakes

- Multiplying in reading order ($RM$ for "$R$ then $M$").
- Writing points as row vectors and multiplying on the wrong side.
- Forgetting the absolute value when the determinant is negative: area cannot be negative.
- Using degrees in the formula but radians on the GDC.

### Exam tips

- When asked to "describe fully" a transformation, give every detail: a rotation needs angle, direction and centre; a reflection needs its line; a stretch needs its factor and direction.
- On Paper 2, enter matrices in the GDC and multiply there, but write the product you computed.
- Repeated transformations ($A^n$) are easy on the GDC; for a rotation, $A^n$ rotates by $n\theta$.`,
  },
  {
    key: "mathai-note-3-10",
    levels: HL,
    topicCode: "3.10",
    body: String.raw`A **vector** has both size (magnitude) and direction: a displacement, a velocity, a force. A **scalar** has size only: distance, speed, mass. This topic sets up the language and algebra of vectors used for lines (3.11), kinematics (3.12) and products (3.13). Questions ask you to find a displacement vector between points, its magnitude, a unit vector, or to show that vectors are parallel.

### Representations

The same vector can be written as a column $\begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$, in base vectors $3\mathbf{i} - 4\mathbf{j} + 12\mathbf{k}$, as a directed line segment $\overrightarrow{AB}$, or in bold $\mathbf{v}$ (underlined when handwritten).

### Key ideas

- **Position vector** of $A$: $\mathbf{a} = \overrightarrow{OA}$, from the origin to $A$.
- **Displacement**: $\overrightarrow{AB} = \mathbf{b} - \mathbf{a}$ ("end minus start").
- **Addition and scalar multiplication** work component by component; $\overrightarrow{AB} + \overrightarrow{BC} = \overrightarrow{AC}$.
- **Magnitude** (in the formula booklet): $\lvert \mathbf{v} \rvert = \sqrt{v_1^2 + v_2^2 + v_3^2}$.
- **Unit vector** in the direction of $\mathbf{v}$: $\hat{\mathbf{v}} = \frac{\mathbf{v}}{\lvert \mathbf{v} \rvert}$, magnitude 1.
- **Parallel vectors**: $\mathbf{u} = k\mathbf{v}$ for some scalar $k$; $k < 0$ means opposite directions.
- A vector of a given length $L$ in the direction of $\mathbf{v}$ is $L\hat{\mathbf{v}}$. This is how you build a velocity from a speed and a direction.

### Worked example

$A(1, 2, -1)$ and $B(4, -2, 11)$.

$$\overrightarrow{AB} = \begin{pmatrix} 4 - 1 \\ -2 - 2 \\ 11 - (-1) \end{pmatrix} = \begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}, \qquad \lvert \overrightarrow{AB} \rvert = \sqrt{9 + 16 + 144} = \sqrt{169} = 13$$

The unit vector in the direction of $\overrightarrow{AB}$ is $\frac{1}{13}\begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$.

$\begin{pmatrix} -6 \\ 8 \\ -24 \end{pmatrix} = -2\overrightarrow{AB}$, so it is parallel to $\overrightarrow{AB}$ (in the opposite direction) and twice as long.

A drone flies from $A$ towards $B$ at 2.6 m s⁻¹ (units in metres). Its velocity vector is $2.6 \times \frac{1}{13}\begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix} = \begin{pmatrix} 0.6 \\ -0.8 \\ 2.4 \end{pmatrix}$ m s⁻¹, and it reaches $B$ after $13 \div 2.6 = 5$ seconds.

### Common mistakes

- $\overrightarrow{AB} = \mathbf{a} - \mathbf{b}$ (the wrong way round).
- Squaring a negative component without brackets: $(-4)^2 = 16$, not $-16$.
- Confusing speed (a scalar, $\lvert \mathbf{v} \rvert$) with velocity (a vector).

### Exam tips

- "Show that" two vectors are parallel: write one as an explicit multiple of the other.
- Keep exact surds such as $\sqrt{26}$ inside working; round only the final answer.
- In context, state units: a velocity vector in km h⁻¹ has a speed in km h⁻¹.`,
  },
  {
    key: "mathai-note-3-11",
    levels: HL,
    topicCode: "3.11",
    body: String.raw`A straight line in two or three dimensions is described by a point on it and a direction. The **vector equation** $\mathbf{r} = \mathbf{a} + \lambda\mathbf{b}$ gives the position vector $\mathbf{r}$ of every point on the line as the parameter $\lambda$ runs through the real numbers. Questions ask you to write the equation of a line, check whether a point lies on it, find where two lines meet, and (with 3.13) the angle between lines.

### Key ideas

- In $\mathbf{r} = \mathbf{a} + \lambda\mathbf{b}$ (in the formula booklet), $\mathbf{a}$ is the position vector of any point on the line and $\mathbf{b}$ is a **direction vector**. Any non-zero multiple of $\mathbf{b}$ is also a direction vector, so equations of the same line can look different.
- The line through $A$ and $B$: $\mathbf{r} = \mathbf{a} + \lambda(\mathbf{b} - \mathbf{a})$.
- **Parametric form**: read off each component, e.g. $x = 2 + \lambda$, $y = -1 + 2\lambda$, $z = 3 - 2\lambda$.
- **Point on the line?** Solve for $\lambda$ in one component and check it fits all the others.
- **Two lines in 3D** are parallel (direction vectors are multiples), intersect (one solution for $\lambda$ and $\mu$ satisfying all three equations) or are **skew** (neither). In 2D non-parallel lines always meet.
- **Angle between lines**: the angle between their direction vectors, $\cos\theta = \frac{\lvert \mathbf{b}_1 \cdot \mathbf{b}_2 \rvert}{\lvert \mathbf{b}_1 \rvert \lvert \mathbf{b}_2 \rvert}$ (scalar product, 3.13); the absolute value gives the acute angle.

### Worked example

$L_1: \mathbf{r} = \begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix} + \lambda\begin{pmatrix} 1 \\ 1 \\ -1 \end{pmatrix}$ and $L_2: \mathbf{r} = \begin{pmatrix} 3 \\ 4 \\ 1 \end{pmatrix} + \mu\begin{pmatrix} 0 \\ 2 \\ 1 \end{pmatrix}$.

Equate components:

$$1 + \lambda = 3, \qquad \lambda = 4 + 2\mu, \qquad 2 - \lambda = 1 + \mu$$

The first gives $\lambda = 2$, the second $\mu = -1$. Check the third: $2 - 2 = 0$ and $1 + (-1) = 0$. It holds, so the lines intersect, at $\lambda = 2$: the point $(3, 2, 0)$.

The acute angle between them:

$$\cos\theta = \frac{\lvert 0 + 2 - 1 \rvert}{\sqrt{3}\sqrt{5}} = \frac{1}{\sqrt{15}} \;\Rightarrow\; \theta \approx 75.0^\circ$$

If the third equation had failed, the lines would be skew (they are not parallel).

### Common mistakes

- Using the same parameter for both lines: use $\lambda$ for one and $\mu$ for the other.
- Solving two of the three equations and forgetting to check the third.
- Using position vectors instead of direction vectors in the angle formula.

### Exam tips

- To "show that" a point lies on a line, find $\lambda$ and state that it satisfies every component.
- The GDC's simultaneous-equation solver handles the two unknowns, but write out the three equations first.
- In context (a cable, a flight path) say what $\lambda$ means if it is time; that idea continues in 3.12.`,
  },
  {
    key: "mathai-note-3-12",
    levels: HL,
    topicCode: "3.12",
    body: String.raw`Vectors describe moving objects: a ship, a drone, a ball. For an object moving with **constant velocity** $\mathbf{v}$ from starting position $\mathbf{r}_0$, its position at time $t$ is $\mathbf{r} = \mathbf{r}_0 + t\mathbf{v}$, a vector line equation whose parameter is time. Questions ask for positions and speeds, whether two objects collide, and when and how close their closest approach is. HL questions may also give a velocity that varies with time in two dimensions.

### Key ideas

- **Speed** $= \lvert \mathbf{v} \rvert$; the direction of motion is the direction of $\mathbf{v}$.
- **Collision**: the two position vectors are equal *at the same time* $t$. Paths crossing is not enough.
- **Distance between objects** at time $t$: $d(t) = \lvert \mathbf{r}_B(t) - \mathbf{r}_A(t) \rvert$. Minimise it by calculus or with the GDC (graph $d(t)$ and find the minimum).
- **Variable velocity** (2D): $\mathbf{v} = \frac{d\mathbf{r}}{dt}$ and $\mathbf{r} = \int \mathbf{v}\, dt$, component by component, using an initial position to find the constants. For a projectile, $\mathbf{v} = \begin{pmatrix} u\cos\theta \\ u\sin\theta - gt \end{pmatrix}$.

### Worked example

Ship $A$ leaves the origin with velocity $\begin{pmatrix} 4 \\ 3 \end{pmatrix}$ km h⁻¹. At the same moment ship $B$ is at $(10, 2)$ with velocity $\begin{pmatrix} -1 \\ 4 \end{pmatrix}$ km h⁻¹.

**Speed of $A$**: $\sqrt{4^2 + 3^2} = 5$ km h⁻¹.

**Collision?** $\mathbf{r}_A = \begin{pmatrix} 4t \\ 3t \end{pmatrix}$ and $\mathbf{r}_B = \begin{pmatrix} 10 - t \\ 2 + 4t \end{pmatrix}$. The $x$-components agree when $t = 2$, the $y$-components when $t = -2$. No single time works, so they do not collide.

**Closest approach**: $\mathbf{r}_B - \mathbf{r}_A = \begin{pmatrix} 10 - 5t \\ 2 + t \end{pmatrix}$, so

$$d^2 = (10 - 5t)^2 + (2 + t)^2, \qquad \frac{d(d^2)}{dt} = -10(10 - 5t) + 2(2 + t) = 52t - 96 = 0$$

giving $t = \frac{24}{13} \approx 1.85$ hours (about 1 hour 51 minutes). Then $\mathbf{r}_B - \mathbf{r}_A = \begin{pmatrix} 10/13 \\ 50/13 \end{pmatrix}$ and the minimum distance is $\frac{\sqrt{2600}}{13} \approx 3.92$ km. Graphing $d(t)$ on the GDC gives the same minimum.

### Common mistakes

- Using different times for the two objects when testing for collision.
- Minimising the distance between paths rather than between objects at the same time.
- Forgetting that $t$ is measured from a stated start time: "at 09:00" plus 1.85 hours is about 10:51.

### Exam tips

- Write $\mathbf{r}_A(t)$ and $\mathbf{r}_B(t)$ explicitly before anything else: each earns a mark.
- Minimising $d^2$ instead of $d$ gives the same $t$ and avoids the square root.
- Interpret: "the ships are closest after about 1.85 hours, when they are 3.92 km apart" is a complete answer.`,
  },
  {
    key: "mathai-note-3-13",
    levels: HL,
    topicCode: "3.13",
    body: String.raw`There are two ways to multiply vectors. The **scalar (dot) product** $\mathbf{v} \cdot \mathbf{w}$ gives a number and measures how much two vectors point the same way; it finds angles and tests perpendicularity. The **vector (cross) product** $\mathbf{v} \times \mathbf{w}$ gives a vector perpendicular to both, whose length gives areas. Questions ask for angles between vectors, areas of triangles and parallelograms, and the component of a vector (often a force or a velocity) in a given direction.

### Key formulae (in the formula booklet)

$$\mathbf{v} \cdot \mathbf{w} = v_1w_1 + v_2w_2 + v_3w_3 = \lvert \mathbf{v} \rvert \lvert \mathbf{w} \rvert \cos\theta$$

$$\mathbf{v} \times \mathbf{w} = \begin{pmatrix} v_2w_3 - v_3w_2 \\ v_3w_1 - v_1w_3 \\ v_1w_2 - v_2w_1 \end{pmatrix}, \qquad \lvert \mathbf{v} \times \mathbf{w} \rvert = \lvert \mathbf{v} \rvert \lvert \mathbf{w} \rvert \sin\theta$$

- Perpendicular vectors: $\mathbf{v} \cdot \mathbf{w} = 0$. Parallel vectors: $\mathbf{v} \times \mathbf{w} = \mathbf{0}$.
- Area of the parallelogram with sides $\mathbf{v}, \mathbf{w}$: $\lvert \mathbf{v} \times \mathbf{w} \rvert$; the triangle is half of that.
- **Components** of $\mathbf{a}$ relative to the direction of $\mathbf{b}$ (learn these): along $\mathbf{b}$, $\lvert \mathbf{a} \rvert\cos\theta = \frac{\mathbf{a} \cdot \mathbf{b}}{\lvert \mathbf{b} \rvert}$; perpendicular to $\mathbf{b}$, $\lvert \mathbf{a} \rvert\sin\theta = \frac{\lvert \mathbf{a} \times \mathbf{b} \rvert}{\lvert \mathbf{b} \rvert}$.

### Worked example

$\mathbf{a} = \begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}$, $\mathbf{b} = \begin{pmatrix} 3 \\ -1 \\ 4 \end{pmatrix}$, with $\lvert \mathbf{a} \rvert = 3$ and $\lvert \mathbf{b} \rvert = \sqrt{26}$.

**Angle**: $\mathbf{a} \cdot \mathbf{b} = 6 - 1 - 8 = -3$, so

$$\cos\theta = \frac{-3}{3\sqrt{26}} \;\Rightarrow\; \theta \approx 101.3^\circ$$

The negative dot product tells you the angle is obtuse.

**Area**:

$$\mathbf{a} \times \mathbf{b} = \begin{pmatrix} (1)(4) - (-2)(-1) \\ (-2)(3) - (2)(4) \\ (2)(-1) - (1)(3) \end{pmatrix} = \begin{pmatrix} 2 \\ -14 \\ -5 \end{pmatrix}, \qquad \lvert \mathbf{a} \times \mathbf{b} \rvert = \sqrt{4 + 196 + 25} = 15$$

The parallelogram spanned by $\mathbf{a}$ and $\mathbf{b}$ has area 15 and the triangle 7.5. Check perpendicularity: $(2)(2) + (1)(-14) + (-2)(-5) = 0$.

**Components**: along $\mathbf{b}$, $\frac{-3}{\sqrt{26}} \approx -0.588$; perpendicular to $\mathbf{b}$, $\frac{15}{\sqrt{26}} \approx 2.94$. (Check: $0.588^2 + 2.94^2 \approx 9 = \lvert \mathbf{a} \rvert^2$.)

In mechanics, the work done by a force $\mathbf{F}$ over a displacement $\mathbf{s}$ is $\mathbf{F} \cdot \mathbf{s}$: only the component along the motion does work.

### Common mistakes

- Sign errors in the middle component of the cross product; check the answer is perpendicular to both vectors.
- Calling an obtuse answer wrong: the angle between *vectors* can be obtuse, the angle between *lines* is usually given as acute.
- $\mathbf{b} \times \mathbf{a} = -(\mathbf{a} \times \mathbf{b})$: the order changes the sign.

### Exam tips

- The GDC computes dot and cross products in vector mode, but write the result you obtained.
- "Show that" two vectors are perpendicular: compute the scalar product and state that it equals zero.`,
  },
  {
    key: "mathai-note-3-14",
    levels: HL,
    topicCode: "3.14",
    body: String.raw`**Graph theory** models networks: towns joined by roads, computers joined by cables, people joined by friendships. A graph is a set of **vertices** (nodes) joined by **edges**; only the connections matter, not the positions or the lengths on the page. This topic is the vocabulary used by the algorithms in 3.15 and 3.16, so questions ask you to use the terms precisely, draw a graph from a description, and reason with degrees.

### Vocabulary

| Term | Meaning |
|---|---|
| Adjacent vertices | joined by an edge |
| Adjacent edges | share a vertex |
| Degree of a vertex | number of edge-ends at it (a loop counts 2) |
| Simple graph | no loops and no multiple edges between the same pair |
| Complete graph $K_n$ | simple, every pair of its $n$ vertices joined |
| Connected graph | a path exists between every pair of vertices |
| Weighted graph | each edge carries a number (distance, cost, time) |
| Directed graph | edges have directions; each vertex has an in-degree and an out-degree |
| Subgraph | uses some of the vertices and edges of a graph |
| Tree | connected, with no cycles; $n$ vertices and $n - 1$ edges |

### Key facts

- **Handshaking lemma**: the sum of the degrees is twice the number of edges, so it is always even, and the number of vertices of odd degree is even.
- $K_n$ has $\frac{n(n - 1)}{2}$ edges, and every vertex has degree $n - 1$.
- In a directed graph, total in-degree $=$ total out-degree $=$ number of edges.

### Worked example

**(a)** A graph has degree sequence 3, 3, 4, 3, 3. Find the number of edges.

$$\text{sum of degrees} = 16 = 2 \times \text{edges} \;\Rightarrow\; 8 \text{ edges}$$

**(b)** Can a graph have degrees 3, 3, 3, 2? The sum is 11, which is odd, so no: every edge adds 2 to the sum.

**(c)** Six friends each shake hands once with each of the others. This is $K_6$, with $\frac{6 \times 5}{2} = 15$ edges (handshakes).

**(d)** A tree connecting 9 villages with roads needs exactly 8 roads.

### Common mistakes

- Counting a loop as adding 1 to the degree rather than 2.
- Thinking two edges crossing on the page creates a vertex: a vertex exists only where one is drawn.
- Calling any graph with all vertices connected "complete": connected means reachable, complete means directly joined.

### Exam tips

- "Explain why" a graph cannot exist: use the handshaking lemma or the maximum degree ($n - 1$ in a simple graph with $n$ vertices).
- When drawing a graph from a table or description, label every vertex and weight clearly; untidy drawings lose marks in the algorithm questions that follow.
- Definitions matter in 3.16: whether all degrees are even decides whether a route can use every edge exactly once.`,
  },
  {
    key: "mathai-note-3-15",
    levels: HL,
    topicCode: "3.15",
    body: String.raw`An **adjacency matrix** stores a graph as a table of numbers, which lets a GDC count routes. A **minimum spanning tree** (MST) connects every vertex using the least total weight, which answers questions such as "the cheapest way to lay cable so that every building is connected". Exam questions ask you to write an adjacency matrix, count walks with matrix powers, and apply **Kruskal's** or **Prim's** algorithm, showing the order in which edges are chosen.

### Key ideas

- Adjacency matrix $A$: entry $a_{ij}$ is the number of edges from vertex $i$ to vertex $j$. For an undirected graph it is symmetric, and for a simple graph the diagonal is all zeros (conventions for loops vary, so follow the question).
- A **walk** is a sequence of edges in which vertices and edges may repeat. The number of walks of length $k$ from $i$ to $j$ is the $(i, j)$ entry of $A^k$. For walks of length *up to* $k$, add $A + A^2 + \dots + A^k$.
- A **spanning tree** of a connected graph with $n$ vertices uses all $n$ vertices and exactly $n - 1$ edges.
- **Kruskal**: list edges in increasing order of weight; add the next edge unless it makes a cycle; stop at $n - 1$ edges.
- **Prim**: start at any vertex; repeatedly add the lightest edge joining a vertex in the tree to one outside it. Prim works well from a table (weighted adjacency matrix).

### Worked example

A weighted graph has edges $AB = 7$, $AC = 4$, $AD = 9$, $BC = 3$, $BE = 8$, $CD = 6$, $CE = 5$, $DE = 4$.

**Kruskal**: in order, $BC\,(3)$ add, $AC\,(4)$ add, $DE\,(4)$ add, $CE\,(5)$ add. That is $5 - 1 = 4$ edges, so stop (the next, $CD\,(6)$, would make cycle $C$–$D$–$E$). Total weight $3 + 4 + 4 + 5 = 16$.

**Prim from $A$**: $AC\,(4)$, then $CB\,(3)$, then $CE\,(5)$, then $ED\,(4)$. Same tree, weight 16.

**Walks**: with vertices ordered $A$ to $E$, the (unweighted) adjacency matrix and its cube give

$$A = \begin{pmatrix} 0 & 1 & 1 & 1 & 0 \\ 1 & 0 & 1 & 0 & 1 \\ 1 & 1 & 0 & 1 & 1 \\ 1 & 0 & 1 & 0 & 1 \\ 0 & 1 & 1 & 1 & 0 \end{pmatrix}, \qquad (A^3)_{AB} = 8$$

so there are 8 walks of length 3 from $A$ to $B$ (for example $A$–$C$–$E$–$B$). The diagonal of $A^2$ gives each vertex's degree.

### Common mistakes

- Kruskal: adding an edge that closes a cycle, or stopping before $n - 1$ edges.
- Prim: choosing the lightest edge anywhere in the graph instead of one touching the current tree.
- Listing the final tree without the order of selection, which is what the marks are for.

### Exam tips

- Write the edges in the order chosen and, for Kruskal, name the rejected edges with the reason ("rejected: forms a cycle").
- If two edges have equal weight, either may be chosen; the total weight of the MST is the same.
- Use the GDC for $A^k$, and say which entry you read.`,
  },
  {
    key: "mathai-note-3-16",
    levels: HL,
    topicCode: "3.16",
    body: String.raw`Two route problems finish the graph theory topic. The **Chinese postman problem** asks for the shortest route that travels *every edge* at least once and returns to the start (a road gritter, a postal round). The **travelling salesman problem** asks for the shortest route that visits *every vertex* and returns (a delivery driver). Exam questions ask you to apply the algorithms, state the route and its length, and find upper and lower bounds.

### Definitions

| Term | Meaning |
|---|---|
| Trail / circuit | no edge repeated (a circuit returns to the start) |
| Path / cycle | no vertex repeated (a cycle returns to the start) |
| Eulerian circuit | uses every edge exactly once; exists if and only if every vertex has even degree (connected graph) |
| Eulerian trail | every edge once, not closed; exactly two odd vertices, at the ends |
| Hamiltonian cycle | visits every vertex exactly once and returns |

### Chinese postman algorithm

1. List the odd-degree vertices.
2. List every way of pairing them; for each pairing add the shortest distances between the pairs.
3. Repeat the edges of the cheapest pairing. Route length $=$ total weight of the graph $+$ that minimum.

### Travelling salesman (practical problem)

Work from the table of **least distances** between vertices.

- **Upper bound**: the nearest-neighbour algorithm: from the start, go to the nearest unvisited vertex each time, then return.
- **Lower bound**: the deleted-vertex algorithm: delete a vertex, find the MST of the rest, add the two shortest edges from the deleted vertex.
- Best upper bound = the smallest; best lower bound = the largest. The optimal length lies between them.

### Worked example

Use the graph $AB = 7$, $AC = 4$, $AD = 9$, $BC = 3$, $BE = 8$, $CD = 6$, $CE = 5$, $DE = 4$ (total weight 46).

**Chinese postman from $A$**: degrees are $A\,3$, $B\,3$, $C\,4$, $D\,3$, $E\,3$, so $A, B, D, E$ are odd.

| Pairing | Shortest distances | Total |
|---|---|---|
| $AB$, $DE$ | $7 + 4$ | 11 |
| $AD$, $BE$ | $9 + 8$ | 17 |
| $AE$, $BD$ | $9$ (via $C$) $+ 9$ (via $C$) | 18 |

Repeat $AB$ and $DE$: the shortest route has length $46 + 11 = 57$.

**Travelling salesman**: least distances include $AE = 9$ (via $C$) and $BD = 9$ (via $C$). Nearest neighbour from $A$: $A \to C\,(4) \to B\,(3) \to E\,(8) \to D\,(4) \to A\,(9)$, length 28, an upper bound. Deleting $C$: the MST of $A, B, D, E$ uses $DE\,(4)$, $AB\,(7)$, $BE\,(8)$, weight 19; add the two shortest edges from $C$, $CB\,(3)$ and $CA\,(4)$, for a lower bound of 26. So $26 \le$ optimal $\le 28$.

### Common mistakes

- Pairing odd vertices with the direct edge when a shorter indirect route exists.
- In the deleted-vertex method, adding the two edges *to* the MST weight of the whole graph rather than of the reduced graph.
- Forgetting to return to the start in nearest neighbour.

### Exam tips

- If the route may start and finish at different vertices, start and finish at two of the odd vertices and repeat only the shortest path between the other two (choose the pair that makes this smallest). With exactly two odd vertices, nothing needs repeating.
- Write the full route as a sequence of vertices and check its length adds up.
- "Explain why" a bound is not the answer: a lower bound is a tree plus two edges, not necessarily a cycle.`,
  },
];
