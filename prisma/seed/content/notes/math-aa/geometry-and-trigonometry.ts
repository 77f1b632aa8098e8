import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 3, Geometry and trigonometry (3.1–3.8 for both levels, 3.9–3.18 HL only).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

export const geometryAndTrigonometryNotes: TopicNoteInput[] = [
  {
    key: "mathaa-note-3-1",
    levels: BOTH,
    topicCode: "3.1",
    body: String.raw`This topic takes the coordinate geometry you know in 2D into three dimensions and adds the measurement of solids. Exam questions ask for the distance between two points, a midpoint, the volume or surface area of a cone, sphere, pyramid or prism, and the angle between two lines or between a line and a plane inside a solid such as a cuboid or pyramid.

### Key formulae

| | Formula |
|---|---|
| Distance | $d = \sqrt{(x_1 - x_2)^2 + (y_1 - y_2)^2 + (z_1 - z_2)^2}$ |
| Midpoint | $\left(\frac{x_1 + x_2}{2}, \frac{y_1 + y_2}{2}, \frac{z_1 + z_2}{2}\right)$ |
| Cone | $V = \frac{1}{3}\pi r^2 h$, curved surface $= \pi r l$ |
| Sphere | $V = \frac{4}{3}\pi r^3$, $A = 4\pi r^2$ |
| Pyramid | $V = \frac{1}{3} \times \text{base area} \times h$ |
| Prism, cylinder | $V = \text{cross-section area} \times \text{length}$ |

These are in the formula booklet (some under prior learning). The slant height $l$ of a cone satisfies $l^2 = r^2 + h^2$.

### Worked example 1: a cone

A cone has base radius 5 cm and height 12 cm. Find its volume and total surface area.

$$l = \sqrt{5^2 + 12^2} = 13, \qquad V = \tfrac{1}{3}\pi (5^2)(12) = 100\pi \approx 314 \text{ cm}^3$$

$$A = \pi r l + \pi r^2 = 65\pi + 25\pi = 90\pi \approx 283 \text{ cm}^2$$

### Worked example 2: angle between a line and a plane

A cuboid has base $ABCD$ with $AB = 6$, $BC = 4$, and height 3; $G$ is the vertex above $C$. Find the angle between the diagonal $AG$ and the base.

The **projection** of $AG$ onto the base is $AC$, so the angle is $G\hat{A}C$ in the right-angled triangle $ACG$.

$$AC = \sqrt{6^2 + 4^2} = \sqrt{52}, \qquad \tan\theta = \frac{3}{\sqrt{52}} \;\Rightarrow\; \theta \approx 22.6^\circ$$

### Distance and midpoint check

For $A(1, -2, 3)$ and $B(5, 2, -1)$: $AB = \sqrt{16 + 16 + 16} = 4\sqrt{3} \approx 6.93$ and the midpoint is $(3, 0, 1)$.

### Common mistakes

- Using the vertical height where the slant height is needed (curved surface area) or the other way round (volume).
- Forgetting the base of a cone or the two ends of a cylinder when asked for the *total* surface area; a hemisphere's total surface is $2\pi r^2 + \pi r^2 = 3\pi r^2$.
- Taking the angle between a line and a plane with the wrong line in the plane: always drop a perpendicular from the top of the line and use the projection.

### Exam tips

- Draw and label the right-angled triangle you are using, with the right angle marked: the diagram often earns the method mark.
- Keep exact values such as $\sqrt{52}$ in the calculator until the last step; give answers to 3 significant figures unless told otherwise, with units.`,
  },
  {
    key: "mathaa-note-3-2",
    levels: BOTH,
    topicCode: "3.2",
    body: String.raw`This topic is about finding unknown sides, angles and areas in triangles. Right-angled triangles use SOH CAH TOA and Pythagoras; any other triangle uses the sine rule, the cosine rule and the formula $\frac{1}{2}ab\sin C$. Questions either hand you a triangle or hide one inside a real situation.

### Key formulae (in the formula booklet)

In a triangle with sides $a, b, c$ opposite angles $A, B, C$:

| Rule | Formula | Use it when you know |
|---|---|---|
| Sine rule | $\frac{a}{\sin A} = \frac{b}{\sin B} = \frac{c}{\sin C}$ | a side and its opposite angle, plus one more side or angle |
| Cosine rule | $c^2 = a^2 + b^2 - 2ab\cos C$ | two sides and the included angle, or all three sides |
| Cosine rule (angle) | $\cos C = \frac{a^2 + b^2 - c^2}{2ab}$ | all three sides |
| Area | $A = \frac{1}{2}ab\sin C$ | two sides and the included angle |

Right-angled triangles: $\sin\theta = \frac{\text{opp}}{\text{hyp}}$, $\cos\theta = \frac{\text{adj}}{\text{hyp}}$, $\tan\theta = \frac{\text{opp}}{\text{adj}}$ (learn these).

### Choosing a rule

- A "matching pair" (a side and the angle opposite it) points to the sine rule.
- No matching pair: two sides with the angle between them, or three sides, means the cosine rule.

### Worked example

In triangle $ABC$, $a = 6$ cm, $b = 9$ cm and $C = 50^\circ$. Find $c$, the area, and angle $A$.

$$c^2 = 6^2 + 9^2 - 2(6)(9)\cos 50^\circ = 117 - 108\cos 50^\circ \;\Rightarrow\; c \approx 6.90 \text{ cm}$$

$$\text{Area} = \tfrac{1}{2}(6)(9)\sin 50^\circ \approx 20.7 \text{ cm}^2$$

$$\frac{\sin A}{6} = \frac{\sin 50^\circ}{6.8977\ldots} \;\Rightarrow\; A \approx 41.8^\circ$$

$A$ is opposite the shortest side, so it must be acute: there is no second solution to worry about.

### Common mistakes

- Calculator in radian mode when the question uses degrees (or the other way round). Check the mode at the start of every paper.
- Rounding $c$ to 6.9 and then using 6.9 in the sine rule: carry the stored value, otherwise the final answer can be out by the last significant figure.
- Writing $c^2 = a^2 + b^2 - 2ab\cos C$ and then computing $(a^2 + b^2 - 2ab)\cos C$. Do the multiplication first.

### Exam tips

- Write the rule with the numbers substituted before the answer: "$c^2 = 6^2 + 9^2 - 2(6)(9)\cos 50^\circ$" earns the method mark even if you slip on the button presses.
- When you find an angle with the sine rule, ask whether it could be obtuse (see the ambiguous case, topic 3.5). Finding the largest angle with the cosine rule avoids the problem.
- Answers are normally to 3 significant figures; angles in degrees to 1 decimal place is a safe habit.`,
  },
  {
    key: "mathaa-note-3-3",
    levels: BOTH,
    topicCode: "3.3",
    body: String.raw`Here the triangle rules meet the real world: towers and cliffs (angles of elevation and depression), ships and aircraft (bearings), and any situation described in words that you must turn into a labelled diagram. Most of the marks come from drawing the right triangle; the trigonometry afterwards is routine.

### Key ideas

- The **angle of elevation** is measured *up* from the horizontal to the line of sight; the **angle of depression** is measured *down* from the horizontal. The angle of depression from $A$ to $B$ equals the angle of elevation from $B$ to $A$ (alternate angles).
- A **bearing** is measured clockwise from north and written with three figures: $060^\circ$, $215^\circ$. The bearing of $A$ from $B$ and the bearing of $B$ from $A$ differ by $180^\circ$.
- At each point draw a small north line. Parallel north lines give you co-interior and alternate angles to fill in the angles inside the triangle.
- Real diagrams are often 3D: a tower on a horizontal field seen from two points. Split it into a horizontal triangle and vertical triangles.

### Worked example 1: bearings

A ship sails 12 km on a bearing of $060^\circ$ from port $P$ to $A$, then 8 km on a bearing of $150^\circ$ to $B$. Find the distance $PB$ and the bearing of $B$ from $P$.

At $A$ the ship turns from $060^\circ$ to $150^\circ$, a turn of $90^\circ$, so $P\hat{A}B = 90^\circ$.

$$PB = \sqrt{12^2 + 8^2} = \sqrt{208} \approx 14.4 \text{ km}$$

$$A\hat{P}B = \arctan\frac{8}{12} \approx 33.7^\circ, \qquad \text{bearing} = 060^\circ + 33.7^\circ \approx 093.7^\circ$$

### Worked example 2: two angles of elevation

From point $A$ the angle of elevation of the top $T$ of a tower is $32^\circ$. After walking 40 m directly towards the tower to $B$, it is $51^\circ$. Find the height of the tower.

In triangle $ABT$, the angle at $B$ is $180^\circ - 51^\circ = 129^\circ$, so the angle at $T$ is $180^\circ - 32^\circ - 129^\circ = 19^\circ$. By the sine rule

$$BT = \frac{40\sin 32^\circ}{\sin 19^\circ} \approx 65.1 \text{ m}, \qquad h = BT\sin 51^\circ \approx 50.6 \text{ m}$$

### Common mistakes

- Measuring an angle of depression from the vertical (the cliff face) rather than from the horizontal.
- Measuring bearings anticlockwise, or from the east. Always from north, clockwise.
- Writing a bearing as $93.7^\circ$ instead of $093.7^\circ$ (minor, but three figures is the convention).

### Exam tips

- "Show that" questions often give a diagram: copy the angles you use on to it and write the reason for each (alternate angles, angles on a straight line).
- When a question says "draw a labelled diagram", the labels (lengths, angles, north lines) are what earn the mark.
- Keep intermediate lengths such as $BT$ unrounded in the GDC.`,
  },
  {
    key: "mathaa-note-3-4",
    levels: BOTH,
    topicCode: "3.4",
    body: String.raw`Radians measure an angle by the arc it cuts off on a circle: one radian is the angle that subtends an arc equal in length to the radius. Radians make the formulae for arcs and sectors simple and are the unit used in all of calculus. Questions ask you to convert, and to find arc lengths, sector areas, perimeters and segment areas.

### Key facts

$$\pi \text{ radians} = 180^\circ$$

so multiply by $\frac{\pi}{180}$ to go from degrees to radians and by $\frac{180}{\pi}$ to go back. Learn the common ones: $30^\circ = \frac{\pi}{6}$, $45^\circ = \frac{\pi}{4}$, $60^\circ = \frac{\pi}{3}$, $90^\circ = \frac{\pi}{2}$, $150^\circ = \frac{5\pi}{6}$.

### Formulae (in the formula booklet, with $\theta$ in radians)

| | Formula |
|---|---|
| Arc length | $l = r\theta$ |
| Sector area | $A = \frac{1}{2}r^2\theta$ |

Two results you build yourself:

- Perimeter of a sector $= 2r + r\theta$.
- Area of a segment (the region between a chord and its arc) $=$ sector $-$ triangle $= \frac{1}{2}r^2\theta - \frac{1}{2}r^2\sin\theta = \frac{1}{2}r^2(\theta - \sin\theta)$.

### Worked example

A sector has radius 8 cm and angle 1.2 radians. Find its arc length, perimeter, area, and the area of the segment cut off by the chord.

$$l = 8 \times 1.2 = 9.6 \text{ cm}, \qquad \text{perimeter} = 16 + 9.6 = 25.6 \text{ cm}$$

$$A = \tfrac{1}{2}(64)(1.2) = 38.4 \text{ cm}^2$$

$$\text{segment} = 38.4 - \tfrac{1}{2}(64)\sin 1.2 \approx 38.4 - 29.83 = 8.57 \text{ cm}^2$$

(The $\sin 1.2$ must be worked out in radian mode.)

### Working backwards

If a sector of radius 5 has area 15, then $\frac{1}{2}(25)\theta = 15$ gives $\theta = 1.2$. If instead the perimeter is 18, then $10 + 5\theta = 18$ and $\theta = 1.6$.

### Common mistakes

- Using $l = r\theta$ with $\theta$ in degrees. Either convert first or use $\frac{\theta}{360} \times 2\pi r$.
- Forgetting the two radii in a perimeter.
- Leaving the calculator in degree mode for $\sin\theta$ when $\theta$ is in radians.

### Exam tips

- "Give your answer in terms of $\pi$" means exact: $\frac{1}{2}(6^2)\left(\frac{\pi}{3}\right) = 6\pi$, not 18.8.
- Questions that combine arcs with triangles (a chord, a shaded region) need you to state which area is subtracted from which: write it in words, then in symbols.
- Paper 1 is non-calculator, so expect angles that are simple multiples of $\pi$ there.`,
  },
  {
    key: "mathaa-note-3-5",
    levels: BOTH,
    topicCode: "3.5",
    body: String.raw`The unit circle extends sine, cosine and tangent from acute angles in triangles to any angle at all. This topic also asks you to know the exact values of the trig ratios of special angles and to recognise the **ambiguous case** of the sine rule, where two different triangles fit the same information.

### Unit circle definitions

For the point $P$ on the circle $x^2 + y^2 = 1$ reached by turning an angle $\theta$ anticlockwise from the positive $x$-axis:

$$\cos\theta = x, \qquad \sin\theta = y, \qquad \tan\theta = \frac{\sin\theta}{\cos\theta}$$

So sine is positive in the first and second quadrants, cosine in the first and fourth, and tangent in the first and third. Symmetry gives results such as $\sin(\pi - \theta) = \sin\theta$ and $\cos(\pi - \theta) = -\cos\theta$.

### Exact values (learn these)

| $\theta$ | $0$ | $\frac{\pi}{6}$ | $\frac{\pi}{4}$ | $\frac{\pi}{3}$ | $\frac{\pi}{2}$ |
|---|---|---|---|---|---|
| $\sin\theta$ | $0$ | $\frac{1}{2}$ | $\frac{\sqrt{2}}{2}$ | $\frac{\sqrt{3}}{2}$ | $1$ |
| $\cos\theta$ | $1$ | $\frac{\sqrt{3}}{2}$ | $\frac{\sqrt{2}}{2}$ | $\frac{1}{2}$ | $0$ |
| $\tan\theta$ | $0$ | $\frac{\sqrt{3}}{3}$ | $1$ | $\sqrt{3}$ | undefined |

With the quadrant signs you get the rest: $\cos\frac{2\pi}{3} = -\frac{1}{2}$, $\sin\frac{7\pi}{6} = -\frac{1}{2}$, $\tan\frac{3\pi}{4} = -1$.

### The ambiguous case

Because $\sin\theta = \sin(180^\circ - \theta)$, solving $\sin B = k$ (with $0 < k < 1$) gives an acute angle $B_1$ *and* an obtuse one $B_2 = 180^\circ - B_1$. Both are valid when $B_2$ plus the known angle is less than $180^\circ$. This happens when you know two sides and a non-included angle, and the side opposite the known angle is the shorter one.

### Worked example

In triangle $ABC$, $a = 8$, $b = 10$ and $A = 40^\circ$. Find the possible values of $B$ and of $c$.

$$\sin B = \frac{10\sin 40^\circ}{8} \approx 0.8035 \;\Rightarrow\; B \approx 53.5^\circ \text{ or } B \approx 126.5^\circ$$

Both work, since $40^\circ + 126.5^\circ < 180^\circ$.

- $B \approx 53.5^\circ$: $C \approx 86.5^\circ$ and $c = \frac{8\sin C}{\sin 40^\circ} \approx 12.4$.
- $B \approx 126.5^\circ$: $C \approx 13.5^\circ$ and $c \approx 2.90$.

### Common mistakes

- Giving only the calculator's acute answer when the question says "find the possible values" (a strong hint that there are two).
- Rejecting the obtuse angle without checking: reject it only if the angle sum would reach $180^\circ$.
- Writing $\tan\frac{\pi}{2} = 0$ or $\infty$: it is undefined.

### Exam tips

- Paper 1 expects exact values without a calculator: sketch the unit circle or the two special triangles (half a square, half an equilateral triangle) to recover them.
- When asked to "show that" a triangle has two possible shapes, sketch both triangles and label the obtuse one.`,
  },
  {
    key: "mathaa-note-3-6",
    levels: BOTH,
    topicCode: "3.6",
    body: String.raw`Identities are equations that hold for every value of the angle. At SL you need the Pythagorean identity and the double angle identities for sine and cosine. They are used to find one ratio from another, to simplify expressions, to prove other identities and to turn an equation into one you can solve.

### The identities (in the formula booklet)

$$\cos^2\theta + \sin^2\theta = 1, \qquad \tan\theta = \frac{\sin\theta}{\cos\theta}$$

$$\sin 2\theta = 2\sin\theta\cos\theta$$

$$\cos 2\theta = \cos^2\theta - \sin^2\theta = 2\cos^2\theta - 1 = 1 - 2\sin^2\theta$$

Choose the form of $\cos 2\theta$ that matches the rest of the problem: if the expression has only $\sin\theta$ in it, use $1 - 2\sin^2\theta$.

### Worked example 1: from one ratio to others

Given $\sin\theta = \frac{3}{5}$ and $\frac{\pi}{2} < \theta < \pi$, find $\cos\theta$, $\sin 2\theta$ and $\cos 2\theta$.

$$\cos^2\theta = 1 - \frac{9}{25} = \frac{16}{25} \;\Rightarrow\; \cos\theta = -\frac{4}{5} \quad (\theta \text{ is in the second quadrant})$$

$$\sin 2\theta = 2\left(\frac{3}{5}\right)\left(-\frac{4}{5}\right) = -\frac{24}{25}, \qquad \cos 2\theta = 1 - 2\left(\frac{9}{25}\right) = \frac{7}{25}$$

Check: $\left(-\frac{24}{25}\right)^2 + \left(\frac{7}{25}\right)^2 = \frac{576 + 49}{625} = 1$.

### Worked example 2: show that

Show that $\frac{\sin 2x}{1 + \cos 2x} = \tan x$.

$$\frac{\sin 2x}{1 + \cos 2x} = \frac{2\sin x\cos x}{1 + (2\cos^2 x - 1)} = \frac{2\sin x\cos x}{2\cos^2 x} = \frac{\sin x}{\cos x} = \tan x$$

The form $2\cos^2 x - 1$ was chosen so that the 1s cancel.

### Common mistakes

- Taking the positive square root automatically. The quadrant decides the sign: say which quadrant and why.
- Writing $\sin 2\theta = 2\sin\theta$: the double angle is not a multiple.
- Writing $\sin^2\theta$ when you mean $\sin(\theta^2)$, or the other way round. $\sin^2\theta$ means $(\sin\theta)^2$.

### Exam tips

- In a "show that" question start from one side (usually the more complicated) and work to the other; do not work on both sides at once, and do not start from the result you are asked to show.
- A right-angled triangle with sides 3, 4, 5 gives the size of $\cos\theta$ quickly on Paper 1, but the sign still comes from the quadrant.
- Equations with $\sin 2x$ and $\sin x$ or $\cos x$ usually want you to expand $\sin 2x$ and factorise (see topic 3.8).`,
  },
  {
    key: "mathaa-note-3-7",
    levels: BOTH,
    topicCode: "3.7",
    body: String.raw`The circular functions $\sin x$, $\cos x$ and $\tan x$ are periodic, and transformed sine and cosine curves model anything that repeats: tides, daylight hours, a Ferris wheel, temperatures over a year. Questions ask you to read the parameters from a graph or a description, to write down a model, and to use it.

### Key ideas

For $y = a\sin\big(b(x - c)\big) + d$ or $y = a\cos\big(b(x - c)\big) + d$:

| Parameter | Meaning |
|---|---|
| $\lvert a \rvert$ | amplitude $= \frac{\max - \min}{2}$ |
| $b$ | period $= \frac{2\pi}{b}$ (or $\frac{360^\circ}{b}$ in degrees) |
| $c$ | horizontal translation (phase shift) |
| $d$ | principal axis $y = d = \frac{\max + \min}{2}$ |

- $y = \sin x$ and $y = \cos x$ have period $2\pi$, amplitude 1 and range $[-1, 1]$.
- $y = \tan x$ has period $\pi$, no amplitude, and vertical asymptotes at $x = \frac{\pi}{2} + k\pi$.
- A cosine model is often easier when the data start at a maximum; $-\cos$ when they start at a minimum.

### Worked example

At a harbour, the depth of water is 9 m at high tide (at $t = 0$, midnight) and 3 m at the next low tide, 6 hours later. Model the depth $h$ metres at time $t$ hours as $h = a\cos(bt) + d$, and find for how long in each cycle the depth exceeds 7.5 m.

$$a = \frac{9 - 3}{2} = 3, \qquad d = \frac{9 + 3}{2} = 6, \qquad \text{period} = 12 \;\Rightarrow\; b = \frac{2\pi}{12} = \frac{\pi}{6}$$

So $h = 3\cos\left(\frac{\pi t}{6}\right) + 6$. Now

$$3\cos\left(\frac{\pi t}{6}\right) + 6 > 7.5 \;\Rightarrow\; \cos\left(\frac{\pi t}{6}\right) > \frac{1}{2}$$

For $0 \leq t \leq 12$ this holds for $0 \leq t < 2$ and $10 < t \leq 12$: a total of **4 hours** per cycle.

### Transformations in words

- $a$ stretches vertically (and $a < 0$ also reflects in the $x$-axis).
- $b$ stretches horizontally by scale factor $\frac{1}{b}$.
- $c$ translates right by $c$; $d$ translates up by $d$.

### Common mistakes

- Writing the period as $b$, or as $\frac{b}{2\pi}$. Period $= \frac{2\pi}{b}$.
- Reading $y = \sin(2x - \pi)$ as a shift of $\pi$: factorise first, $\sin\big(2(x - \frac{\pi}{2})\big)$, so the shift is $\frac{\pi}{2}$.
- Working in degrees when the model is in radians.

### Exam tips

- Paper 2: sketch the model on the GDC and use intersect to answer "for how long" or "when first" questions; write down the equation you solved and the values the GDC gave.
- Interpret answers in context with units ("the depth exceeds 7.5 m for 4 hours in each 12-hour cycle").
- The period in a model must match the context: a year of data with $t$ in months gives period 12.`,
  },
  {
    key: "mathaa-note-3-8",
    levels: BOTH,
    topicCode: "3.8",
    body: String.raw`Trigonometric equations have infinitely many solutions, so every question gives a finite interval, such as $0 \leq x \leq 2\pi$ or $-180^\circ < x < 180^\circ$, and wants all the solutions in it. The skill is to find one solution, use symmetry to find the others, and handle equations that are quadratic in $\sin x$ or $\cos x$.

### The method

1. Rearrange to $\sin x = k$, $\cos x = k$ or $\tan x = k$ (using identities from topic 3.6 if needed).
2. Find the principal value: an exact value on Paper 1 or the GDC on Paper 2.
3. Use symmetry for the other solutions in one period:
    - $\sin x = k$: $x$ and $\pi - x$
    - $\cos x = k$: $x$ and $2\pi - x$ (equivalently $-x$)
    - $\tan x = k$: $x$ and $x + \pi$
4. Add or subtract whole periods to get every solution in the interval.

### Multiple angles

For $\sin 2x = \frac{\sqrt{3}}{2}$ with $0 \leq x \leq \pi$, change the interval first: $0 \leq 2x \leq 2\pi$. Then $2x = \frac{\pi}{3}$ or $\frac{2\pi}{3}$, so $x = \frac{\pi}{6}$ or $\frac{\pi}{3}$. Changing the interval is what stops you missing solutions.

### Worked example: a quadratic type

Solve $2\sin^2 x - \sin x - 1 = 0$ for $0 \leq x \leq 2\pi$.

Factorise as a quadratic in $\sin x$:

$$(2\sin x + 1)(\sin x - 1) = 0 \;\Rightarrow\; \sin x = -\frac{1}{2} \quad \text{or} \quad \sin x = 1$$

- $\sin x = 1$: $x = \frac{\pi}{2}$.
- $\sin x = -\frac{1}{2}$: the reference angle is $\frac{\pi}{6}$ and sine is negative in the third and fourth quadrants, so $x = \frac{7\pi}{6}$ or $\frac{11\pi}{6}$.

Solutions: $x = \frac{\pi}{2}, \frac{7\pi}{6}, \frac{11\pi}{6}$.

### Using an identity first

$2\cos^2 x + 3\sin x = 3$ has both ratios: replace $\cos^2 x$ by $1 - \sin^2 x$ to get $2\sin^2 x - 3\sin x + 1 = 0$, so $(2\sin x - 1)(\sin x - 1) = 0$. Similarly $\sin 2x = \sin x$ becomes $\sin x(2\cos x - 1) = 0$.

### Common mistakes

- Dividing both sides by $\sin x$ or $\cos x$: you lose the solutions where it is zero. Factorise instead.
- Stopping at the calculator's value and missing the others in the interval.
- Keeping a solution of $\sin x = k$ with $\lvert k \rvert > 1$: state that it has no solutions.
- Answering in degrees when the interval is in radians.

### Exam tips

- Paper 2: sketch both sides on the GDC over the given interval and count intersections, so you know how many answers to expect.
- Give exact answers on Paper 1 and 3 significant figures on Paper 2 unless told otherwise.
- Check each answer is inside the interval, paying attention to $<$ versus $\leq$ at the ends.`,
  },
  {
    key: "mathaa-note-3-9",
    levels: HL,
    topicCode: "3.9",
    body: String.raw`HL trigonometry adds three reciprocal ratios, two more Pythagorean identities built from them, and the inverse functions $\arcsin$, $\arccos$ and $\arctan$ with their restricted domains. Questions ask you to simplify or prove identities, solve equations involving $\sec x$, $\csc x$ or $\cot x$, sketch the graphs, and evaluate inverse functions exactly.

### Reciprocal ratios

$$\sec\theta = \frac{1}{\cos\theta}, \qquad \csc\theta = \frac{1}{\sin\theta}, \qquad \cot\theta = \frac{1}{\tan\theta} = \frac{\cos\theta}{\sin\theta}$$

Each is undefined where its denominator is zero, so the graphs of $y = \sec x$ and $y = \csc x$ have vertical asymptotes there, and their ranges are $y \leq -1$ or $y \geq 1$.

### Pythagorean identities (in the formula booklet)

Divide $\cos^2\theta + \sin^2\theta = 1$ by $\cos^2\theta$, or by $\sin^2\theta$:

$$1 + \tan^2\theta = \sec^2\theta, \qquad 1 + \cot^2\theta = \csc^2\theta$$

### Inverse trigonometric functions

To have an inverse, each function is restricted to a domain where it is one-to-one:

| Function | Domain | Range |
|---|---|---|
| $y = \arcsin x$ | $-1 \leq x \leq 1$ | $-\frac{\pi}{2} \leq y \leq \frac{\pi}{2}$ |
| $y = \arccos x$ | $-1 \leq x \leq 1$ | $0 \leq y \leq \pi$ |
| $y = \arctan x$ | $x \in \mathbb{R}$ | $-\frac{\pi}{2} < y < \frac{\pi}{2}$ |

$y = \arctan x$ has horizontal asymptotes $y = \pm\frac{\pi}{2}$. Note that $\arcsin(\sin x) = x$ only when $x$ is in the restricted range: $\arcsin\left(\sin\frac{5\pi}{6}\right) = \arcsin\frac{1}{2} = \frac{\pi}{6}$.

### Worked example 1

Given $\tan\theta = -2$ and $\frac{\pi}{2} < \theta < \pi$, find $\sec\theta$.

$$\sec^2\theta = 1 + 4 = 5 \;\Rightarrow\; \sec\theta = -\sqrt{5}$$

since $\cos\theta < 0$ in the second quadrant.

### Worked example 2

Solve $2\tan^2 x = 3\sec x$ for $0 \leq x < 2\pi$.

$$2(\sec^2 x - 1) = 3\sec x \;\Rightarrow\; 2\sec^2 x - 3\sec x - 2 = 0 \;\Rightarrow\; (2\sec x + 1)(\sec x - 2) = 0$$

$\sec x = -\frac{1}{2}$ is impossible (it would need $\cos x = -2$). So $\sec x = 2$, $\cos x = \frac{1}{2}$, and $x = \frac{\pi}{3}$ or $\frac{5\pi}{3}$.

### Common mistakes

- Confusing $\sec x$ with $\frac{1}{\sin x}$. The "s" and "c" swap: **sec** goes with **cos**, **cosec** with **sin**.
- Writing $\sin^{-1}x = \frac{1}{\sin x}$. The notation $\sin^{-1}$ means $\arcsin$; the reciprocal is $\csc x$.
- Forgetting to reject impossible values such as $\lvert\sec x\rvert < 1$.

### Exam tips

- To prove an identity with reciprocal ratios, rewrite everything in $\sin$ and $\cos$ and simplify one side until it matches the other.
- When you sketch $\sec x$ or $\csc x$, draw the $\cos x$ or $\sin x$ curve lightly first: the reciprocal touches it at $\pm 1$ and shoots off at its zeros.`,
  },
  {
    key: "mathaa-note-3-10",
    levels: HL,
    topicCode: "3.10",
    body: String.raw`The compound angle identities expand the sine, cosine or tangent of a sum or difference of two angles. They give exact values for angles such as $15^\circ$ and $75^\circ$, they prove the double angle formulae, and they appear in "show that" questions and in calculus later (derivatives of $\sin x$ from first principles, for example).

### The identities (in the formula booklet)

$$\sin(A \pm B) = \sin A\cos B \pm \cos A\sin B$$

$$\cos(A \pm B) = \cos A\cos B \mp \sin A\sin B$$

$$\tan(A \pm B) = \frac{\tan A \pm \tan B}{1 \mp \tan A\tan B}$$

$$\tan 2\theta = \frac{2\tan\theta}{1 - \tan^2\theta}$$

Watch the signs in the cosine formula: $\cos(A + B)$ has a *minus*. Putting $B = A$ in the sum formulae gives $\sin 2A$, $\cos 2A$ and $\tan 2A$.

### Worked example 1: exact values

Find the exact value of $\sin 75^\circ$.

$$\sin(45^\circ + 30^\circ) = \frac{\sqrt{2}}{2}\cdot\frac{\sqrt{3}}{2} + \frac{\sqrt{2}}{2}\cdot\frac{1}{2} = \frac{\sqrt{6} + \sqrt{2}}{4}$$

In the same way $\cos 75^\circ = \frac{\sqrt{6} - \sqrt{2}}{4}$ and $\tan 15^\circ = \tan(45^\circ - 30^\circ) = 2 - \sqrt{3}$.

### Worked example 2: a sum of angles

Given that $A$ and $B$ are acute with $\tan A = \frac{1}{2}$ and $\tan B = \frac{1}{3}$, show that $A + B = \frac{\pi}{4}$.

$$\tan(A + B) = \frac{\frac{1}{2} + \frac{1}{3}}{1 - \frac{1}{2}\cdot\frac{1}{3}} = \frac{\frac{5}{6}}{\frac{5}{6}} = 1$$

Since $A$ and $B$ are acute, $0 < A + B < \pi$, and the only angle in this interval with tangent 1 is $\frac{\pi}{4}$.

### Worked example 3: given ratios

If $\sin A = \frac{3}{5}$ and $\cos B = \frac{5}{13}$, both acute, then $\cos A = \frac{4}{5}$ and $\sin B = \frac{12}{13}$, so

$$\cos(A + B) = \frac{4}{5}\cdot\frac{5}{13} - \frac{3}{5}\cdot\frac{12}{13} = \frac{20 - 36}{65} = -\frac{16}{65}$$

### Common mistakes

- Writing $\sin(A + B) = \sin A + \sin B$. Test it with $A = B = 90^\circ$ if tempted.
- Getting the sign in $\cos(A \pm B)$ the wrong way round.
- In "show that" questions, not justifying which angle you choose from the tangent (the acute-angle argument in example 2).

### Exam tips

- $\tan 2\theta$ questions often give $\tan\theta$ and ask for $\tan 2\theta$ exactly; simplify the compound fraction carefully.
- Expressions like $\sin 3x$ can be expanded as $\sin(2x + x)$ and then the double angle formulae used again; this is a favourite "hence" route.
- Identities with $\tan$ are often easier in $\sin$ and $\cos$: multiply the top and bottom by $\cos A\cos B$.`,
  },
  {
    key: "mathaa-note-3-11",
    levels: HL,
    topicCode: "3.11",
    body: String.raw`This topic links the trigonometric functions to one another through the symmetry of their graphs and of the unit circle. You need to be able to write, for example, $\sin(\pi - x)$ or $\cos\left(\frac{\pi}{2} - x\right)$ in terms of a ratio of $x$, say which functions are odd or even, and use these facts to simplify expressions, solve equations and sketch graphs.

### Odd and even

- $\cos(-x) = \cos x$: cosine is **even**, its graph symmetric in the $y$-axis.
- $\sin(-x) = -\sin x$ and $\tan(-x) = -\tan x$: sine and tangent are **odd**, with rotational symmetry of order 2 about the origin.
- The reciprocals follow: $\sec x$ is even; $\csc x$ and $\cot x$ are odd.

### Key relationships (learn these, or derive them from the compound angle identities)

| Expression | Equals |
|---|---|
| $\sin(\pi - x)$ | $\sin x$ |
| $\cos(\pi - x)$ | $-\cos x$ |
| $\sin(\pi + x)$ | $-\sin x$ |
| $\cos(\pi + x)$ | $-\cos x$ |
| $\tan(\pi + x)$ | $\tan x$ |
| $\sin\left(\frac{\pi}{2} - x\right)$ | $\cos x$ |
| $\cos\left(\frac{\pi}{2} - x\right)$ | $\sin x$ |
| $\cos\left(\frac{\pi}{2} + x\right)$ | $-\sin x$ |
| $\tan\left(\frac{\pi}{2} - x\right)$ | $\cot x$ |

Graphically, $\cos x = \sin\left(x + \frac{\pi}{2}\right)$: the cosine curve is the sine curve translated $\frac{\pi}{2}$ to the left. The graph of $\sin x$ is symmetric in the line $x = \frac{\pi}{2}$, which is why $\sin(\pi - x) = \sin x$.

### Worked example

Given $\sin\theta = 0.6$, write down $\sin(\pi - \theta)$, $\sin(\pi + \theta)$, $\cos\left(\frac{\pi}{2} - \theta\right)$ and $\cos\left(\frac{\pi}{2} + \theta\right)$.

$$\sin(\pi - \theta) = 0.6, \quad \sin(\pi + \theta) = -0.6, \quad \cos\left(\tfrac{\pi}{2} - \theta\right) = 0.6, \quad \cos\left(\tfrac{\pi}{2} + \theta\right) = -0.6$$

Each comes from a line of the table, or from the compound angle formulae: $\cos\left(\frac{\pi}{2} + \theta\right) = \cos\frac{\pi}{2}\cos\theta - \sin\frac{\pi}{2}\sin\theta = -\sin\theta$.

### Using symmetry in equations

$\sin 2x = \cos x$ can be written $\sin 2x = \sin\left(\frac{\pi}{2} - x\right)$, which gives the families $2x = \frac{\pi}{2} - x + 2k\pi$ and $2x = \pi - \left(\frac{\pi}{2} - x\right) + 2k\pi$. Factorising, $\cos x(2\sin x - 1) = 0$, gives the same solutions: $x = \frac{\pi}{6}, \frac{\pi}{2}, \frac{5\pi}{6}, \frac{3\pi}{2}$ in $[0, 2\pi)$.

### Common mistakes

- Mixing up $\pi - x$ and $\pi + x$: draw the unit circle and find the quadrant.
- Claiming $\tan$ has period $2\pi$; it is $\pi$.

### Exam tips

- When asked to "show that" a function is odd or even, compute $f(-x)$ and simplify it to $f(x)$ or $-f(x)$ explicitly.
- A quick sketch of the relevant graph is the safest way to check a sign.`,
  },
  {
    key: "mathaa-note-3-12",
    levels: HL,
    topicCode: "3.12",
    body: String.raw`A vector has both size (magnitude) and direction. In this topic you represent vectors as arrows and as column vectors, add and subtract them, multiply by scalars, find magnitudes and unit vectors, and use position vectors to solve geometric problems: midpoints, parallel sides, points dividing a line.

### Key ideas

- In 3D, $\mathbf{v} = \begin{pmatrix} v_1 \\ v_2 \\ v_3 \end{pmatrix} = v_1\mathbf{i} + v_2\mathbf{j} + v_3\mathbf{k}$, where $\mathbf{i}, \mathbf{j}, \mathbf{k}$ are unit vectors along the axes.
- The **position vector** of $A$ is $\overrightarrow{OA} = \mathbf{a}$. Then $\overrightarrow{AB} = \mathbf{b} - \mathbf{a}$ ("end minus start").
- The midpoint of $AB$ has position vector $\frac{1}{2}(\mathbf{a} + \mathbf{b})$.
- **Magnitude** (in the formula booklet): $\lvert\mathbf{v}\rvert = \sqrt{v_1^2 + v_2^2 + v_3^2}$.
- A **unit vector** in the direction of $\mathbf{v}$ is $\frac{\mathbf{v}}{\lvert\mathbf{v}\rvert}$; a vector of length $k$ in that direction is $\frac{k\mathbf{v}}{\lvert\mathbf{v}\rvert}$.
- $\mathbf{u}$ and $\mathbf{v}$ are **parallel** if $\mathbf{u} = t\mathbf{v}$ for some scalar $t$. Three points are **collinear** if $\overrightarrow{AB}$ is a multiple of $\overrightarrow{AC}$.
- Geometrically, $\mathbf{a} + \mathbf{b}$ is the diagonal of the parallelogram with sides $\mathbf{a}$ and $\mathbf{b}$ (or "nose to tail"), and $-\mathbf{a}$ has the same length but the opposite direction.

### Worked example 1

Given $\mathbf{a} = \begin{pmatrix} 3 \\ -1 \\ 2 \end{pmatrix}$ and $\mathbf{b} = \begin{pmatrix} 1 \\ 4 \\ -2 \end{pmatrix}$, find $2\mathbf{a} - \mathbf{b}$ and $\lvert\mathbf{a}\rvert$.

$$2\mathbf{a} - \mathbf{b} = \begin{pmatrix} 6 - 1 \\ -2 - 4 \\ 4 + 2 \end{pmatrix} = \begin{pmatrix} 5 \\ -6 \\ 6 \end{pmatrix}, \qquad \lvert\mathbf{a}\rvert = \sqrt{9 + 1 + 4} = \sqrt{14}$$

### Worked example 2

$A$ is $(2, 1, -1)$ and $B$ is $(5, -3, 11)$. Find a unit vector in the direction of $\overrightarrow{AB}$, and the point $C$ such that $\overrightarrow{AC} = 2\overrightarrow{AB}$.

$$\overrightarrow{AB} = \begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}, \qquad \lvert\overrightarrow{AB}\rvert = \sqrt{9 + 16 + 144} = 13, \qquad \hat{\mathbf{u}} = \frac{1}{13}\begin{pmatrix} 3 \\ -4 \\ 12 \end{pmatrix}$$

$$\mathbf{c} = \mathbf{a} + 2\overrightarrow{AB} = \begin{pmatrix} 8 \\ -7 \\ 23 \end{pmatrix}, \quad \text{so } C(8, -7, 23)$$

### Common mistakes

- Writing $\overrightarrow{AB} = \mathbf{a} - \mathbf{b}$. It is $\mathbf{b} - \mathbf{a}$: go back to $O$ and then out to $B$.
- Confusing a point $(x, y, z)$ with a vector: write position vectors as columns, and give coordinates when the question asks for a point.
- Squaring a negative component without brackets on the calculator.

### Exam tips

- For geometric proofs (for example, that $ABCD$ is a parallelogram), show $\overrightarrow{AB} = \overrightarrow{DC}$ and say what that means.
- Give unit vectors exactly, with the magnitude as a fraction outside the column.`,
  },
  {
    key: "mathaa-note-3-13",
    levels: HL,
    topicCode: "3.13",
    body: String.raw`The scalar (dot) product multiplies two vectors to give a number. It is the tool for finding the angle between two vectors and for testing whether they are perpendicular, and it reappears in the equations of lines and planes.

### The formulae (in the formula booklet)

$$\mathbf{v}\cdot\mathbf{w} = v_1w_1 + v_2w_2 + v_3w_3 = \lvert\mathbf{v}\rvert\lvert\mathbf{w}\rvert\cos\theta$$

$$\cos\theta = \frac{v_1w_1 + v_2w_2 + v_3w_3}{\lvert\mathbf{v}\rvert\lvert\mathbf{w}\rvert}$$

where $\theta$ is the angle between $\mathbf{v}$ and $\mathbf{w}$ when they are placed tail to tail.

### Key facts

- $\mathbf{v}\cdot\mathbf{w} = 0$ (for non-zero vectors) exactly when they are **perpendicular**.
- Parallel vectors: $\mathbf{v}\cdot\mathbf{w} = \pm\lvert\mathbf{v}\rvert\lvert\mathbf{w}\rvert$ (the angle is $0$ or $\pi$), or more simply one is a multiple of the other.
- $\mathbf{v}\cdot\mathbf{v} = \lvert\mathbf{v}\rvert^2$, and the scalar product is commutative and distributes over addition: $\mathbf{a}\cdot(\mathbf{b} + \mathbf{c}) = \mathbf{a}\cdot\mathbf{b} + \mathbf{a}\cdot\mathbf{c}$.
- The sign tells you the type of angle: positive means acute, negative means obtuse.

### Worked example 1: an angle

Find the angle between $\mathbf{a} = \begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix}$ and $\mathbf{b} = \begin{pmatrix} 1 \\ 4 \\ 2 \end{pmatrix}$.

$$\mathbf{a}\cdot\mathbf{b} = 2 - 4 + 6 = 4, \qquad \lvert\mathbf{a}\rvert = \sqrt{14}, \qquad \lvert\mathbf{b}\rvert = \sqrt{21}$$

$$\cos\theta = \frac{4}{\sqrt{14}\sqrt{21}} = \frac{4}{\sqrt{294}} \;\Rightarrow\; \theta \approx 76.5^\circ \;(1.34 \text{ rad})$$

### Worked example 2: perpendicular

Find $k$ such that $\begin{pmatrix} k \\ 2 \\ -1 \end{pmatrix}$ and $\begin{pmatrix} 3 \\ k \\ 4 \end{pmatrix}$ are perpendicular.

$$3k + 2k - 4 = 0 \;\Rightarrow\; k = \frac{4}{5}$$

### Angles in a shape

To find angle $A\hat{B}C$ in a triangle, use the vectors that start at $B$: $\overrightarrow{BA}$ and $\overrightarrow{BC}$. Using $\overrightarrow{AB}$ and $\overrightarrow{BC}$ gives the exterior angle, $180^\circ$ minus the one you want.

### Common mistakes

- Multiplying components and writing the answer as a vector: the scalar product is a number.
- Using one vector pointing into the vertex and one pointing out (see above).
- Dividing by $\lvert\mathbf{a}\rvert + \lvert\mathbf{b}\rvert$ instead of the product.

### Exam tips

- "Show that $\mathbf{a}$ and $\mathbf{b}$ are perpendicular": compute $\mathbf{a}\cdot\mathbf{b}$, show it equals 0, and write the conclusion.
- Give the angle in the unit the question uses; if none is stated, degrees or radians are both accepted, but say which.
- Proof questions (for example, that the diagonals of a rhombus are perpendicular) use the algebraic properties: $(\mathbf{a} + \mathbf{b})\cdot(\mathbf{a} - \mathbf{b}) = \lvert\mathbf{a}\rvert^2 - \lvert\mathbf{b}\rvert^2$.`,
  },
  {
    key: "mathaa-note-3-14",
    levels: HL,
    topicCode: "3.14",
    body: String.raw`A line in 2D or 3D is fixed by a point on it and a direction. The vector equation describes every point on the line through a single parameter, which also makes it the natural model for an object moving at constant velocity. Questions ask you to write the equation of a line, check whether a point lies on it, find the angle between two lines, and interpret a line as a path in time.

### Forms of the equation of a line

- **Vector form** (in the formula booklet): $\mathbf{r} = \mathbf{a} + \lambda\mathbf{b}$, where $\mathbf{a}$ is the position vector of a point on the line and $\mathbf{b}$ is a direction vector.
- **Parametric form**: $x = a_1 + \lambda b_1$, $y = a_2 + \lambda b_2$, $z = a_3 + \lambda b_3$.
- **Cartesian form**: $\frac{x - a_1}{b_1} = \frac{y - a_2}{b_2} = \frac{z - a_3}{b_3}$.

The line through $A$ and $B$ is $\mathbf{r} = \mathbf{a} + \lambda(\mathbf{b} - \mathbf{a})$.

### Angle between two lines

Use the angle between their direction vectors, with a modulus so that the acute angle comes out:

$$\cos\theta = \frac{\lvert\mathbf{b}_1\cdot\mathbf{b}_2\rvert}{\lvert\mathbf{b}_1\rvert\lvert\mathbf{b}_2\rvert}$$

### Worked example

Find the line $L$ through $A(1, 2, -1)$ and $B(4, 0, 3)$, show that $C(7, -2, 7)$ lies on $L$, and find the angle between $L$ and a line with direction $\mathbf{i} + \mathbf{j} + \mathbf{k}$.

$$\mathbf{r} = \begin{pmatrix} 1 \\ 2 \\ -1 \end{pmatrix} + \lambda\begin{pmatrix} 3 \\ -2 \\ 4 \end{pmatrix}$$

$\lambda = 2$ gives $(1 + 6, 2 - 4, -1 + 8) = (7, -2, 7)$, so $C$ is on $L$: the same $\lambda$ works in all three components.

$$\cos\theta = \frac{3 - 2 + 4}{\sqrt{29}\sqrt{3}} = \frac{5}{\sqrt{87}} \;\Rightarrow\; \theta \approx 57.6^\circ$$

### Kinematics

If an object's position at time $t$ is $\mathbf{r} = \mathbf{r}_0 + t\mathbf{v}$, then $\mathbf{r}_0$ is its starting position, $\mathbf{v}$ its velocity vector, and $\lvert\mathbf{v}\rvert$ its **speed**.

A ship's position, in km, $t$ hours after noon is $\mathbf{r} = \begin{pmatrix} 2 \\ -1 \end{pmatrix} + t\begin{pmatrix} 3 \\ 4 \end{pmatrix}$. Its speed is $\sqrt{3^2 + 4^2} = 5$ km/h. It is due north of a lighthouse at $(14, 0)$ when $2 + 3t = 14$, so $t = 4$ (at 16:00), when it is at $(14, 15)$, 15 km from the lighthouse.

### Common mistakes

- Using a position vector as the direction vector.
- Checking only one or two components when testing whether a point lies on a line.
- Giving the obtuse angle between lines: the angle between lines is taken as acute.
- In kinematics, calling the velocity vector the speed.

### Exam tips

- Two ships "collide" only if they are at the same point at the **same time** $t$; their paths crossing is not enough (use different parameters for paths, the same $t$ for times).
- To find the closest approach, write the distance as a function of $t$ and minimise it (GDC or calculus), or use the fact that the relative position is then perpendicular to the relative velocity.`,
  },
  {
    key: "mathaa-note-3-15",
    levels: HL,
    topicCode: "3.15",
    body: String.raw`Two lines in 3D can be related in four ways, and this topic asks you to decide which and, when they meet, find the point of intersection. In 2D, lines that are not parallel always meet; in 3D they can miss each other, and such lines are called **skew**.

### The four cases

| Case | Directions parallel? | Common point? |
|---|---|---|
| Coincident | yes | yes (every point) |
| Parallel (distinct) | yes | no |
| Intersecting | no | exactly one |
| Skew | no | no |

### The method

1. Compare the direction vectors: is one a scalar multiple of the other?
2. If **parallel**: test whether a point of one line lies on the other. Yes means coincident; no means parallel.
3. If **not parallel**: use different parameters, $\mathbf{r}_1 = \mathbf{a}_1 + \lambda\mathbf{b}_1$ and $\mathbf{r}_2 = \mathbf{a}_2 + \mu\mathbf{b}_2$. Set the components equal, solve two of the three equations for $\lambda$ and $\mu$, then check the third.
    - Third equation satisfied: the lines **intersect**; substitute $\lambda$ to find the point.
    - Third equation fails: the lines are **skew**.

### Worked example

$L_1$: $\mathbf{r} = \begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix} + \lambda\begin{pmatrix} 1 \\ -1 \\ 2 \end{pmatrix}$, $L_2$: $\mathbf{r} = \begin{pmatrix} 5 \\ 2 \\ 3 \end{pmatrix} + \mu\begin{pmatrix} 1 \\ 1 \\ -2 \end{pmatrix}$.

The directions are not multiples of each other (the first components would need the scalar 1, the second $-1$), so the lines are not parallel.

$$1 + \lambda = 5 + \mu, \qquad 2 - \lambda = 2 + \mu, \qquad 3 + 2\lambda = 3 - 2\mu$$

The second equation gives $\mu = -\lambda$; the first then gives $1 + \lambda = 5 - \lambda$, so $\lambda = 2$ and $\mu = -2$. Check in the third: $3 + 4 = 7$ and $3 + 4 = 7$. ✓

The lines intersect at $(3, 0, 7)$.

If instead $L_2$ passed through $(5, 2, 4)$ with the same direction, the first two equations would still give $\lambda = 2$, $\mu = -2$, but the third would read $7 = 8$: the lines would be **skew**.

### Common mistakes

- Using the same parameter for both lines: this finds where two objects are at the same *time*, not where their paths cross.
- Solving two equations and forgetting to check the third, so skew lines are reported as intersecting.
- Calling non-parallel lines that do not meet "parallel".

### Exam tips

- "Show that the lines are skew" needs both halves: not parallel (with a reason) **and** no common point (the inconsistent equation shown).
- Use the GDC's simultaneous equation solver for the two equations on Paper 2, but write the equations down first.
- When a question says the lines intersect and asks for an unknown constant, set up the three equations and use all of them: two find $\lambda$ and $\mu$, the third finds the constant.`,
  },
  {
    key: "mathaa-note-3-16",
    levels: HL,
    topicCode: "3.16",
    body: String.raw`The vector (cross) product of two 3D vectors is a third vector, perpendicular to both. It gives a normal vector quickly (essential for planes, topic 3.17) and its magnitude gives the area of a parallelogram or triangle.

### The formulae (in the formula booklet)

$$\mathbf{v}\times\mathbf{w} = \begin{pmatrix} v_2w_3 - v_3w_2 \\ v_3w_1 - v_1w_3 \\ v_1w_2 - v_2w_1 \end{pmatrix}$$

$$\lvert\mathbf{v}\times\mathbf{w}\rvert = \lvert\mathbf{v}\rvert\lvert\mathbf{w}\rvert\sin\theta$$

Area of the parallelogram with sides $\mathbf{v}$ and $\mathbf{w}$: $A = \lvert\mathbf{v}\times\mathbf{w}\rvert$. The triangle with those sides has half that area.

### Key properties

- $\mathbf{v}\times\mathbf{w}$ is perpendicular to both $\mathbf{v}$ and $\mathbf{w}$, with direction given by the right-hand rule.
- $\mathbf{w}\times\mathbf{v} = -(\mathbf{v}\times\mathbf{w})$: the order matters (it is not commutative).
- $\mathbf{v}\times\mathbf{w} = \mathbf{0}$ for non-zero vectors exactly when they are parallel.
- $\mathbf{v}\times\mathbf{v} = \mathbf{0}$ and $\mathbf{u}\times(\mathbf{v} + \mathbf{w}) = \mathbf{u}\times\mathbf{v} + \mathbf{u}\times\mathbf{w}$.

### Worked example

Find the area of the triangle with vertices $P(1, 0, 2)$, $Q(2, 2, 5)$ and $R(5, 0, 1)$.

$$\overrightarrow{PQ} = \begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}, \qquad \overrightarrow{PR} = \begin{pmatrix} 4 \\ 0 \\ -1 \end{pmatrix}$$

$$\overrightarrow{PQ}\times\overrightarrow{PR} = \begin{pmatrix} (2)(-1) - (3)(0) \\ (3)(4) - (1)(-1) \\ (1)(0) - (2)(4) \end{pmatrix} = \begin{pmatrix} -2 \\ 13 \\ -8 \end{pmatrix}$$

Check: $\begin{pmatrix} -2 \\ 13 \\ -8 \end{pmatrix}\cdot\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix} = -2 + 26 - 24 = 0$ ✓, and similarly with $\overrightarrow{PR}$: $-8 + 0 + 8 = 0$ ✓.

$$\text{Area} = \tfrac{1}{2}\sqrt{4 + 169 + 64} = \tfrac{1}{2}\sqrt{237} \approx 7.70 \text{ units}^2$$

### Common mistakes

- A sign slip in the middle component: it is $v_3w_1 - v_1w_3$, the order you might not expect. Checking the answer with two dot products catches this.
- Using vectors that do not start at the same vertex (for example $\overrightarrow{PQ}$ and $\overrightarrow{RP}$ is fine for area, but $\overrightarrow{PQ}$ and $\overrightarrow{QP}$ is not).
- Forgetting the $\frac{1}{2}$ for a triangle.

### Exam tips

- The GDC can find cross products on Paper 2, but write the vectors and the result down.
- For a normal vector, any non-zero multiple of the cross product will do: simplify by dividing out common factors.
- The cross product is also a quick way to find $\sin\theta$ between two vectors, but $\cos\theta$ from the scalar product tells you whether the angle is acute or obtuse; $\sin\theta$ alone cannot.`,
  },
  {
    key: "mathaa-note-3-17",
    levels: HL,
    topicCode: "3.17",
    body: String.raw`A plane is a flat surface extending without limit in 3D. It is fixed by a point and a **normal vector** (perpendicular to the plane), or by a point and two non-parallel directions within it. Questions ask you to find the equation of a plane in vector, scalar-product or Cartesian form, and to move between the forms.

### Forms of the equation of a plane (in the formula booklet)

- **Vector form**: $\mathbf{r} = \mathbf{a} + \lambda\mathbf{b} + \mu\mathbf{c}$, where $\mathbf{a}$ is a point in the plane and $\mathbf{b}$, $\mathbf{c}$ are non-parallel vectors in it.
- **Scalar product form**: $\mathbf{r}\cdot\mathbf{n} = \mathbf{a}\cdot\mathbf{n}$, where $\mathbf{n}$ is a normal vector.
- **Cartesian form**: $ax + by + cz = d$, where $\mathbf{n} = \begin{pmatrix} a \\ b \\ c \end{pmatrix}$.

To move from vector form to the others, take $\mathbf{n} = \mathbf{b}\times\mathbf{c}$.

### Worked example

Find the Cartesian equation of the plane through $A(1, 0, 2)$, $B(3, 1, 0)$ and $C(0, 2, 1)$.

$$\overrightarrow{AB} = \begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}, \qquad \overrightarrow{AC} = \begin{pmatrix} -1 \\ 2 \\ -1 \end{pmatrix}$$

$$\mathbf{n} = \overrightarrow{AB}\times\overrightarrow{AC} = \begin{pmatrix} (1)(-1) - (-2)(2) \\ (-2)(-1) - (2)(-1) \\ (2)(2) - (1)(-1) \end{pmatrix} = \begin{pmatrix} 3 \\ 4 \\ 5 \end{pmatrix}$$

$$d = \mathbf{a}\cdot\mathbf{n} = 3 + 0 + 10 = 13 \;\Rightarrow\; 3x + 4y + 5z = 13$$

Check with $B$: $9 + 4 + 0 = 13$ ✓; and $C$: $0 + 8 + 5 = 13$ ✓. In vector form the same plane is $\mathbf{r} = \begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix} + \lambda\begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix} + \mu\begin{pmatrix} -1 \\ 2 \\ -1 \end{pmatrix}$.

### Other ways a plane is given

- A point and a perpendicular line: the line's direction is the normal.
- A line and a point not on it: use the line's direction and the vector from a point on the line to the given point as $\mathbf{b}$ and $\mathbf{c}$.
- Two intersecting lines: their two directions, and either line's point.
- Parallel planes have parallel normals: $3x + 4y + 5z = 1$ is parallel to the plane above.

### Common mistakes

- Using position vectors of $B$ and $C$ as directions instead of $\overrightarrow{AB}$ and $\overrightarrow{AC}$.
- Writing $d$ as $\mathbf{n}\cdot\mathbf{n}$ or forgetting to compute it at all.
- Arithmetic slips in the cross product: always check the final equation with all the given points.

### Exam tips

- A point lies on a plane if its coordinates satisfy the Cartesian equation: substitution is the quickest test.
- When asked for "an equation", any non-zero multiple of the normal is accepted; the simplest integers are easiest to work with later.`,
  },
  {
    key: "mathaa-note-3-18",
    levels: HL,
    topicCode: "3.18",
    body: String.raw`The last vectors topic puts lines and planes together: where a line meets a plane, the line in which two planes meet, the point (or line, or nothing) common to three planes, and the angles between a line and a plane and between two planes.

### A line and a plane

Substitute the parametric form of the line into the Cartesian equation of the plane and solve for the parameter.

- One solution: they meet at a single point.
- No solution ($0 = k$, $k \neq 0$): the line is parallel to the plane.
- Every value works ($0 = 0$): the line lies in the plane.

### Angles (learn these)

With $\mathbf{b}$ the direction of the line and $\mathbf{n}$, $\mathbf{n}_1$, $\mathbf{n}_2$ normals:

$$\text{line and plane: } \sin\theta = \frac{\lvert\mathbf{b}\cdot\mathbf{n}\rvert}{\lvert\mathbf{b}\rvert\lvert\mathbf{n}\rvert}, \qquad \text{two planes: } \cos\theta = \frac{\lvert\mathbf{n}_1\cdot\mathbf{n}_2\rvert}{\lvert\mathbf{n}_1\rvert\lvert\mathbf{n}_2\rvert}$$

The line-plane formula uses sine because the angle between $\mathbf{b}$ and the normal is $90^\circ - \theta$.

### Worked example 1

Find where $\mathbf{r} = \begin{pmatrix} 1 \\ 2 \\ 0 \end{pmatrix} + t\begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix}$ meets $x + y + z = 9$, and the angle between them.

$$(1 + 2t) + (2 - t) + 3t = 9 \;\Rightarrow\; 3 + 4t = 9 \;\Rightarrow\; t = 1.5$$

so the point is $(4, 0.5, 4.5)$.

$$\sin\theta = \frac{\lvert 2 - 1 + 3\rvert}{\sqrt{14}\sqrt{3}} = \frac{4}{\sqrt{42}} \;\Rightarrow\; \theta \approx 38.1^\circ$$

### Two planes

Non-parallel planes meet in a line whose direction is $\mathbf{n}_1\times\mathbf{n}_2$. For a point on it, set one variable (say $z = 0$) and solve the two equations. For $x + y + z = 6$ and $2x - y + z = 3$: the direction is $\begin{pmatrix} 1 \\ 1 \\ 1 \end{pmatrix}\times\begin{pmatrix} 2 \\ -1 \\ 1 \end{pmatrix} = \begin{pmatrix} 2 \\ 1 \\ -3 \end{pmatrix}$, and $z = 0$ gives $x = 3$, $y = 3$. So the line is $\mathbf{r} = \begin{pmatrix} 3 \\ 3 \\ 0 \end{pmatrix} + \lambda\begin{pmatrix} 2 \\ 1 \\ -3 \end{pmatrix}$.

The angle between $x + y + z = 9$ and $2x - y + 2z = 1$ is given by $\cos\theta = \frac{\lvert 2 - 1 + 2\rvert}{\sqrt{3}\times 3} = \frac{1}{\sqrt{3}}$, so $\theta \approx 54.7^\circ$.

### Three planes

Solve the system of three equations (row reduction, or the GDC on Paper 2). Adding $x + 2y - z = 2$ to the two planes above gives the unique point $(1, 2, 3)$, which is the point $\lambda = -1$ on their line of intersection. Other possibilities: the three planes meet in a line (a sheaf, infinitely many solutions), or have no common point (parallel planes, or a triangular prism); an inconsistent row such as $0 = 4$ shows the last case.

### Common mistakes

- Using $\cos$ for the line-plane angle, which gives the angle with the normal.
- Giving the obtuse angle between planes: take the modulus.
- When the GDC says "no solution", not explaining the geometric arrangement.

### Exam tips

- For a system with a parameter, row-reduce by hand: the value that makes a row of zeros gives the special case, and the right-hand side decides between a line and no solution.
- Always check a point of intersection in every equation it should satisfy.`,
  },
];
