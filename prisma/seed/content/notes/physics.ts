import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Physics (first assessment 2025), one per leaf topic of prisma/seed/content/subjects/physics.ts.
// Notes belong to leaf topics (at SL or HL). A subtopic split into an SL parent and an AHL child (e.g. C.1 / C.1.AHL) is a
// leaf at SL, so it gets a note for both levels on its SL content, and the AHL child gets an HL-only note on the extension;
// the HL-only subtopics (A.4, A.5, B.4, D.4, E.2) get HL-only notes and every other SL subtopic a note for both levels.
// Original writing; every number in a worked example was computed and checked. Money never appears, so "$" is only ever
// a LaTeX delimiter.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `phys-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── A: Space, time and motion
  note(
    "A.1",
    String.raw`
Kinematics describes motion without asking what causes it. You need to move confidently between words, equations and graphs, and to treat horizontal and vertical motion separately when a projectile flies through the air.

### Key ideas
- **Distance** and **speed** are scalars; **displacement**, **velocity** and **acceleration** are vectors, so direction (a sign) matters.
- On a displacement–time graph the gradient is velocity. On a velocity–time graph the gradient is acceleration and the area under the graph is displacement.
- The equations of motion apply **only when acceleration is constant**. Choose a positive direction and keep to it.
- **Projectiles** (no air resistance): horizontal velocity is constant; vertical motion has acceleration $g$ downwards. Time links the two components. The path is a parabola.
- With **fluid resistance**, range and maximum height are reduced and the path is no longer symmetrical. A falling object reaches **terminal speed** when drag balances weight.

| Quantity | Symbol | Unit |
|---|---|---|
| displacement | $s$ | m |
| initial, final velocity | $u$, $v$ | $\text{m s}^{-1}$ |
| acceleration | $a$ | $\text{m s}^{-2}$ |

### Equations
$$v = u + at \qquad s = ut + \tfrac{1}{2}at^2 \qquad v^2 = u^2 + 2as \qquad s = \frac{(v+u)t}{2}$$

### Worked example
A ball is thrown vertically upwards at $12.0\ \text{m s}^{-1}$. Take up as positive, $a = -9.81\ \text{m s}^{-2}$. At the top $v = 0$, so
$$s = \frac{v^2 - u^2}{2a} = \frac{0 - 12.0^2}{2 \times (-9.81)} = 7.34\ \text{m}$$
and the time to reach it is $t = \dfrac{0 - 12.0}{-9.81} = 1.22\ \text{s}$.

### Exam tips
- **Calculate** questions: list the known suvat quantities first, then pick the equation that leaves one unknown.
- **Determine** from a graph: say whether you used a gradient or an area, and show the triangle or counted squares.
- Common mistakes: using suvat when acceleration changes; forgetting that $a = -g$ even at the top of the flight, where only the velocity is zero; mixing up the horizontal and vertical components of a projectile's velocity.
`,
  ),
  note(
    "A.2",
    String.raw`
Forces explain why motion changes. Newton's laws connect the **resultant force** on a body to its change in **momentum**, and conservation of momentum lets you analyse collisions and explosions without knowing the forces in detail.

### Key ideas
- **Newton's first law**: a body stays at rest or moves at constant velocity unless a resultant force acts. **Second law**: resultant force equals rate of change of momentum. **Third law**: if A exerts a force on B, B exerts an equal and opposite force of the same type on A.
- Draw **free-body diagrams** for one object at a time: weight, normal force, tension, friction, drag, buoyancy, elastic force.
- **Friction**: static friction adjusts up to a maximum $\mu_s F_N$; once sliding, dynamic friction is $\mu_d F_N$ with $\mu_d < \mu_s$.
- **Impulse** is $F\Delta t$, the change of momentum, and equals the area under a force–time graph.
- In a closed system **total momentum is conserved**. Kinetic energy is conserved only in **elastic** collisions; in inelastic collisions some is transferred to internal energy.
- **Circular motion** at constant speed needs a resultant **centripetal force** towards the centre.

### Equations
$$F = ma = \frac{\Delta p}{\Delta t} \qquad p = mv \qquad J = F\Delta t = \Delta p$$
$$F_H = -kx \qquad F_d = 6\pi\eta r v \qquad F_b = \rho V g \qquad a = \frac{v^2}{r} = \omega^2 r = \frac{4\pi^2 r}{T^2}$$

### Worked example
A $2.0\ \text{kg}$ trolley at $3.0\ \text{m s}^{-1}$ hits a stationary $1.0\ \text{kg}$ trolley and they stick together. Momentum before $= 2.0 \times 3.0 = 6.0\ \text{kg m s}^{-1}$, so afterwards $v = 6.0 / 3.0 = 2.0\ \text{m s}^{-1}$. Kinetic energy falls from $9.0\ \text{J}$ to $\tfrac{1}{2} \times 3.0 \times 2.0^2 = 6.0\ \text{J}$: the collision is inelastic.

### Exam tips
- **State** Newton's laws precisely: "resultant" force, "constant velocity" (not just "constant speed").
- **Explain** using Newton's third law: name both bodies and note that the pair acts on *different* bodies, so the forces never cancel.
- Common mistakes: adding a separate "centripetal force" to a free-body diagram (it is the resultant of real forces); ignoring the sign of velocity when a body rebounds, which halves the momentum change.
`,
  ),
  note(
    "A.3",
    String.raw`
Energy is never created or destroyed, only transferred between stores. Work is the mechanical way of transferring energy, and power is the rate at which that happens. Efficiency compares useful output with total input.

### Key ideas
- **Work done** by a constant force is force × displacement in the direction of the force. No displacement, or a force perpendicular to the motion, means no work.
- Energy stores: **kinetic**, **gravitational potential**, **elastic potential**. Without friction or drag, mechanical energy is conserved.
- The area under a force–displacement graph is the work done, e.g. stretching a spring.
- **Power** is the rate of doing work; a force pushing at speed $v$ delivers $P = Fv$.
- **Efficiency** is a ratio (no unit) and is always less than 1 in real machines because some energy is dissipated as thermal energy.
- **Energy density** is energy released per unit volume of a fuel ($\text{J m}^{-3}$); specific energy is per unit mass.

| Quantity | Unit |
|---|---|
| work, energy | J |
| power | W ($\text{J s}^{-1}$) |
| efficiency | none (or %) |

### Equations
$$W = Fs\cos\theta \qquad E_k = \tfrac{1}{2}mv^2 = \frac{p^2}{2m} \qquad \Delta E_p = mg\Delta h \qquad E_H = \tfrac{1}{2}k\Delta x^2$$
$$P = \frac{\Delta W}{\Delta t} = Fv \qquad \text{efficiency} = \frac{\text{useful work out}}{\text{total work in}} = \frac{\text{useful power out}}{\text{total power in}}$$

### Worked example
A motor with an input power of $400\ \text{W}$ lifts a $50\ \text{kg}$ load through $12\ \text{m}$ in $20\ \text{s}$. Useful work $= mg\Delta h = 50 \times 9.81 \times 12 = 5.9 \times 10^{3}\ \text{J}$. Useful power $= 5886 / 20 = 294\ \text{W}$, so efficiency $= 294 / 400 = 0.74$ (74%).

### Exam tips
- **Show that** questions: write the equation, substitute with units, and give one more significant figure than the value stated.
- **Explain** energy changes by naming the stores and the transfer, e.g. gravitational potential to kinetic, with some to internal energy through drag.
- Common mistakes: using $W = Fs$ when the force is at an angle; forgetting that a body moving at constant velocity against friction still needs a driving force and power.
`,
  ),
  note(
    "A.4",
    String.raw`
Rigid body mechanics extends Newton's laws to objects that rotate. Every linear quantity has a rotational partner: force becomes **torque**, mass becomes **moment of inertia**, and momentum becomes **angular momentum**.

### Key ideas
- **Torque** is the turning effect of a force about an axis; only the component of force perpendicular to the line from the axis contributes.
- A rigid body is in **equilibrium** when the resultant force is zero *and* the resultant torque about any axis is zero. A **couple** (two equal, opposite, non-collinear forces) gives rotation without translation.
- **Moment of inertia** depends on mass *and* how far that mass lies from the axis; moving mass outwards increases it.
- **Angular momentum** is conserved when no external torque acts: a skater pulling in her arms reduces $I$, so $\omega$ increases.
- Rolling without slipping: $v = \omega r$, and kinetic energy is shared between translational and rotational forms.

| Linear | Rotational |
|---|---|
| $s$ (m) | $\theta$ (rad) |
| $v$, $a$ | $\omega$ ($\text{rad s}^{-1}$), $\alpha$ ($\text{rad s}^{-2}$) |
| $m$ | $I$ ($\text{kg m}^2$) |
| $F = ma$ | $\tau = I\alpha$ |
| $p = mv$ | $L = I\omega$ |

### Equations
$$\tau = Fr\sin\theta \qquad I = \sum mr^2 \qquad \tau = I\alpha \qquad L = I\omega \qquad \Delta L = \tau\Delta t \qquad E_k = \tfrac{1}{2}I\omega^2 = \frac{L^2}{2I}$$
$$\omega = \omega_0 + \alpha t \qquad \theta = \omega_0 t + \tfrac{1}{2}\alpha t^2 \qquad \omega^2 = \omega_0^2 + 2\alpha\theta$$

### Worked example
A flywheel ($I = 0.50\ \text{kg m}^2$) starts from rest and a constant torque of $2.0\ \text{N m}$ acts for $5.0\ \text{s}$. Then $\alpha = 2.0 / 0.50 = 4.0\ \text{rad s}^{-2}$ and $\omega = 4.0 \times 5.0 = 20\ \text{rad s}^{-1}$. Rotational kinetic energy $= \tfrac{1}{2} \times 0.50 \times 20^2 = 100\ \text{J}$ and angular momentum $= 0.50 \times 20 = 10\ \text{kg m}^2\,\text{s}^{-1}$.

### Exam tips
- **Determine** an unknown force on a beam: take torques about the point where another unknown force acts, so that force drops out.
- **Explain** a change in spin rate using conservation of angular momentum, stating that there is no external torque.
- Common mistakes: using degrees in angular equations; forgetting rotational kinetic energy when a ball or cylinder rolls down a slope.
`,
    HL,
  ),
  note(
    "A.5",
    String.raw`
Relativity asks how measurements made by different observers are related. Galilean relativity works at everyday speeds; special relativity, built on two postulates, is needed as speeds approach the speed of light and shows that time and length depend on the observer's **reference frame**.

### Key ideas
- A **reference frame** is a coordinate system with clocks; an **inertial frame** is one that is not accelerating.
- **Galilean transformation**: time is absolute and velocities simply add. It predicts that light could be overtaken, which contradicts experiment and Maxwell's theory.
- **Postulates**: (1) the laws of physics are the same in all inertial frames; (2) the speed of light in a vacuum is the same for all inertial observers.
- **Simultaneity is relative**: events simultaneous in one frame need not be in another.
- **Proper time** $\Delta t_0$ is measured by a clock present at both events; **proper length** $L_0$ is measured in the frame where the object is at rest. Moving clocks run slow; moving lengths are contracted along the motion.
- The **spacetime interval** is invariant: all observers agree on it. On a spacetime diagram the angle between a moving observer's time axis and $ct$ is $\tan^{-1}(v/c)$.

### Equations
$$x' = x - vt \qquad u' = u - v \qquad \gamma = \frac{1}{\sqrt{1 - \frac{v^2}{c^2}}}$$
$$x' = \gamma(x - vt) \qquad t' = \gamma\left(t - \frac{vx}{c^2}\right) \qquad u' = \frac{u - v}{1 - \frac{uv}{c^2}}$$
$$\Delta t = \gamma\Delta t_0 \qquad L = \frac{L_0}{\gamma} \qquad (ct')^2 - (x')^2 = (ct)^2 - x^2$$

### Worked example
Muons with a proper mean lifetime of $2.2\ \mu\text{s}$ travel at $0.98c$. Then $\gamma = 1/\sqrt{1 - 0.98^2} = 5.03$. In the Earth frame the lifetime is $5.03 \times 2.2 = 11\ \mu\text{s}$, so a typical muon travels $0.98 \times 3.00 \times 10^8 \times 11.1 \times 10^{-6} \approx 3.3\ \text{km}$, not the $0.65\ \text{km}$ expected without time dilation.

### Exam tips
- **Identify** which observer measures the proper time before using $\Delta t = \gamma\Delta t_0$; the proper time is always the shorter.
- **Explain** muon observations from both frames: time dilation for the Earth observer, length contraction of the atmosphere for the muon.
- Common mistakes: applying Galilean velocity addition near $c$; contracting lengths perpendicular to the motion.
`,
    HL,
  ),

  // ── B: The particulate nature of matter
  note(
    "B.1",
    String.raw`
Thermal energy transfers explain heating, changes of state and how hot bodies lose energy. The particle model links **temperature** to the mean kinetic energy of particles and **internal energy** to the total kinetic and potential energy of all of them.

### Key ideas
- **Density** $\rho = m/V$. Solids and liquids have particles close together; gases have large separations.
- Kelvin temperature: $T/\text{K} = \theta/{}^{\circ}\text{C} + 273$. A change of 1 K equals a change of 1 °C.
- **Specific heat capacity** $c$: energy to raise 1 kg by 1 K. **Specific latent heat** $L$: energy to change the state of 1 kg at constant temperature. During melting or boiling the energy increases potential energy of particles, not their kinetic energy.
- **Conduction** (particle collisions, free electrons in metals), **convection** (bulk movement of fluid due to density differences) and **radiation** (electromagnetic waves, no medium needed).
- A **black body** absorbs all radiation falling on it. Hotter bodies emit more power and peak at shorter wavelengths.

| Quantity | Unit |
|---|---|
| $c$ | $\text{J kg}^{-1}\,\text{K}^{-1}$ |
| $L$ | $\text{J kg}^{-1}$ |
| thermal conductivity $k$ | $\text{W m}^{-1}\,\text{K}^{-1}$ |

### Equations
$$Q = mc\Delta T \qquad Q = mL \qquad \frac{\Delta Q}{\Delta t} = kA\frac{\Delta T}{\Delta x}$$
$$L = \sigma A T^4 \qquad \lambda_{\max} T = 2.9 \times 10^{-3}\ \text{m K} \qquad b = \frac{L}{4\pi d^2}$$
In this second line $L$ is the luminosity (total power radiated), not latent heat.

### Worked example
Energy to turn $0.50\ \text{kg}$ of ice at $0\ {}^{\circ}\text{C}$ into water at $20\ {}^{\circ}\text{C}$ ($L_f = 3.34 \times 10^5\ \text{J kg}^{-1}$, $c = 4180\ \text{J kg}^{-1}\,\text{K}^{-1}$): melting needs $0.50 \times 3.34 \times 10^5 = 1.67 \times 10^5\ \text{J}$; warming needs $0.50 \times 4180 \times 20 = 4.18 \times 10^4\ \text{J}$. Total $= 2.1 \times 10^5\ \text{J}$.

### Exam tips
- **Explain** a temperature plateau on a heating curve in terms of potential energy of particles and bonds (intermolecular forces) being overcome.
- **Calculate** with Stefan–Boltzmann: temperature must be in kelvin and raised to the fourth power.
- Common mistakes: confusing heat (energy transferred) with temperature; using the Celsius value in $\sigma A T^4$ or Wien's law.
`,
  ),
  note(
    "B.2",
    String.raw`
The greenhouse effect is a natural warming of Earth's surface: the atmosphere lets most incoming short-wavelength solar radiation through but absorbs and re-emits much of the longer-wavelength infrared radiated by the surface. Human emissions of greenhouse gases enhance this effect.

### Key ideas
- **Solar constant** $S$: intensity of solar radiation at Earth's mean distance, about $1.36 \times 10^{3}\ \text{W m}^{-2}$. Averaged over the whole rotating sphere, the mean incoming intensity is $S/4$ because Earth intercepts a disc of area $\pi R^2$ but has surface area $4\pi R^2$.
- **Albedo** $\alpha$: fraction of incident radiation that is reflected (Earth's mean is about 0.3). Ice and snow have high albedo; oceans and forests low.
- **Emissivity** $e$: power radiated by a surface divided by the power a black body at the same temperature would radiate.
- Greenhouse gases ($\text{H}_2\text{O}$, $\text{CO}_2$, $\text{CH}_4$, $\text{N}_2\text{O}$) absorb infrared because the radiation's frequency matches natural frequencies of molecular vibration (resonance); they re-emit in all directions, some back to the surface.
- **Energy balance**: at a steady temperature, power absorbed equals power emitted. Increasing greenhouse gases reduces power escaping, so the surface warms until balance is restored.
- Feedback: melting ice lowers albedo, increasing absorption (positive feedback).

### Equations
$$\text{albedo} = \frac{\text{total scattered power}}{\text{total incident power}} \qquad e = \frac{\text{power radiated per unit area}}{\sigma T^4} \qquad P = e\sigma A T^4$$

### Worked example
**Estimate** Earth's temperature with no atmosphere, using $S = 1361\ \text{W m}^{-2}$ and albedo 0.30. Absorbed intensity $= 1361 \times 0.70 / 4 = 238\ \text{W m}^{-2}$. Setting $\sigma T^4 = 238$ gives
$$T = \left(\frac{238}{5.67 \times 10^{-8}}\right)^{1/4} = 255\ \text{K}$$
about 33 K below the observed mean of roughly 288 K; the difference is due to the greenhouse effect.

### Exam tips
- **Describe** the mechanism in order: short-wavelength in, surface warms, infrared out, absorption by gases, re-emission partly downwards.
- Common mistakes: saying greenhouse gases "trap" or "reflect" heat; confusing the greenhouse effect with ozone depletion; forgetting the factor of 4.
`,
  ),
  note(
    "B.3",
    String.raw`
Gas laws link pressure, volume, temperature and amount of a gas. The **kinetic model** explains them: pressure comes from molecules colliding with the walls, and absolute temperature measures the mean kinetic energy of the molecules.

### Key ideas
- **Pressure** is force per unit area (Pa). One **mole** contains $N_A = 6.02 \times 10^{23}$ particles; $n = N/N_A$.
- For a fixed mass of ideal gas: $pV$ constant at constant $T$ (Boyle), $V/T$ constant at constant $p$, $p/T$ constant at constant $V$. Temperatures must be in kelvin.
- **Ideal gas assumptions**: molecules are identical points with negligible volume; collisions are elastic; no forces between molecules except during collisions; motion is random; collision time is negligible.
- **Real gases** behave ideally at low pressure, high temperature and low density, where intermolecular forces and molecular volume matter least.
- Absolute zero is where the mean kinetic energy of an ideal gas would be zero.

| Constant | Value |
|---|---|
| $R$ | $8.31\ \text{J K}^{-1}\,\text{mol}^{-1}$ |
| $k_B$ | $1.38 \times 10^{-23}\ \text{J K}^{-1}$ |

### Equations
$$p = \frac{F}{A} \qquad pV = nRT = Nk_BT \qquad \frac{pV}{T} = \text{constant}$$
$$p = \tfrac{1}{3}\rho v^2 \qquad \overline{E}_k = \tfrac{3}{2}k_BT = \frac{3}{2}\frac{R}{N_A}T$$

### Worked example
$2.0\ \text{mol}$ of an ideal gas at $300\ \text{K}$ occupy $0.050\ \text{m}^3$. Pressure:
$$p = \frac{nRT}{V} = \frac{2.0 \times 8.31 \times 300}{0.050} = 1.0 \times 10^5\ \text{Pa}$$
Mean kinetic energy of a molecule $= \tfrac{3}{2} \times 1.38 \times 10^{-23} \times 300 = 6.2 \times 10^{-21}\ \text{J}$.

### Exam tips
- **Explain** a pressure rise at constant volume: higher $T$ means faster molecules, more frequent and harder collisions, larger rate of change of momentum at the walls.
- In $p = \tfrac{1}{3}\rho v^2$, $v$ stands for the root mean square speed.
- Common mistakes: using °C; using litres or $\text{cm}^3$ instead of $\text{m}^3$; confusing number of moles $n$ with number of molecules $N$.
`,
  ),
  note(
    "B.4",
    String.raw`
Thermodynamics applies conservation of energy to gases and engines and adds a new idea, **entropy**, which sets the direction of natural processes and limits how efficient any heat engine can be.

### Key ideas
- **First law**: energy supplied to a system as heat either increases its internal energy or does work. IB convention: $Q$ is heat *added*, $W$ is work done *by* the gas.
- **Work** by a gas is the area under a $p$–$V$ graph; at constant pressure it is $p\Delta V$. Around a cycle the net work is the enclosed area.
- Processes: **isovolumetric** ($W = 0$), **isobaric**, **isothermal** ($\Delta U = 0$, so $Q = W$), **adiabatic** ($Q = 0$, so $W = -\Delta U$; fast compression heats a gas).
- **Entropy** measures disorder: the number of microstates $\Omega$ available to a system. **Second law**: the total entropy of an isolated system never decreases; real processes increase it. Entropy can fall locally only if it rises more elsewhere.
- A **heat engine** takes heat from a hot reservoir, does work and must reject heat to a cold one. The **Carnot cycle** (two isotherms, two adiabatics) gives the maximum possible efficiency.

### Equations
$$Q = \Delta U + W \qquad W = p\Delta V \qquad \Delta U = \tfrac{3}{2}Nk_B\Delta T = \tfrac{3}{2}nR\Delta T$$
$$pV^{5/3} = \text{constant (adiabatic, monatomic)} \qquad \Delta S = \frac{\Delta Q}{T} \qquad S = k_B\ln\Omega$$
$$\eta = \frac{\text{useful work}}{\text{input energy}} \qquad \eta_{\text{Carnot}} = 1 - \frac{T_c}{T_h}$$

### Worked example
An engine works between $600\ \text{K}$ and $300\ \text{K}$. Maximum efficiency $= 1 - 300/600 = 0.50$. Separately, melting $1.0\ \text{kg}$ of ice at $273\ \text{K}$ ($L_f = 3.34 \times 10^5\ \text{J kg}^{-1}$) raises its entropy by $\Delta S = 3.34 \times 10^5 / 273 = 1.2 \times 10^3\ \text{J K}^{-1}$.

### Exam tips
- **Deduce** signs carefully: gas compressed means $W < 0$; heat lost means $Q < 0$.
- **Explain** why no engine is 100% efficient using the second law: some heat must go to the cold reservoir.
- Common mistakes: confusing isothermal with adiabatic; using Celsius in Carnot efficiency; saying entropy "always increases" for every object rather than for an isolated system.
`,
    HL,
  ),
  note(
    "B.5",
    String.raw`
Electric circuits are modelled by charges moving through components. Current is the rate of flow of charge, potential difference is energy transferred per unit charge, and resistance links the two. Real cells have internal resistance, so their terminal voltage drops when they supply current.

### Key ideas
- **Current** $I$ is rate of flow of charge; conventional current flows from positive to negative. **Potential difference** is work done per unit charge between two points.
- **Resistance** $R = V/I$. An **ohmic** conductor has constant $R$ at constant temperature; a filament lamp's resistance rises as it heats. A thermistor (NTC) loses resistance when warmed; an LDR loses resistance in brighter light.
- **Resistivity** is a property of the material; resistance also depends on length and cross-sectional area.
- **emf** $\varepsilon$: energy supplied per unit charge by the cell. Some is "lost" driving current through the internal resistance $r$.
- **Kirchhoff's laws**: currents into a junction sum to zero (charge conserved); around any loop the sum of emfs equals the sum of potential differences (energy conserved).
- A **potential divider** shares the supply voltage in proportion to resistance. Ideal ammeters have zero resistance; ideal voltmeters infinite resistance.

### Equations
$$I = \frac{\Delta q}{\Delta t} \qquad V = \frac{W}{q} \qquad R = \frac{V}{I} \qquad \rho = \frac{RA}{L} \qquad P = IV = I^2R = \frac{V^2}{R}$$
$$R_s = R_1 + R_2 + \cdots \qquad \frac{1}{R_p} = \frac{1}{R_1} + \frac{1}{R_2} + \cdots \qquad \varepsilon = I(R + r)$$

### Worked example
A cell of emf $12\ \text{V}$ and internal resistance $0.50\ \Omega$ supplies a $5.5\ \Omega$ resistor. $I = 12 / (5.5 + 0.50) = 2.0\ \text{A}$. Terminal p.d. $= 2.0 \times 5.5 = 11\ \text{V}$, so $1.0\ \text{V}$ is lost inside the cell, and the resistor dissipates $2.0^2 \times 5.5 = 22\ \text{W}$.

### Exam tips
- **Determine** resistance from an $I$–$V$ graph using $V/I$ at that point, not the gradient.
- **Explain** the potential divider output when an LDR or thermistor changes: state how $R$ changes, then how the share of the voltage changes.
- Common mistakes: treating emf and terminal p.d. as the same; forgetting to convert $\text{mm}^2$ to $\text{m}^2$ in resistivity problems.
`,
  ),

  // ── C: Wave behaviour
  note(
    "C.1",
    String.raw`
Simple harmonic motion (SHM) is the oscillation produced when a restoring force is proportional to displacement from an equilibrium position and directed towards it. Masses on springs, pendulums at small angles and vibrating atoms all approximate SHM, so their motion has the same mathematical shape.

### Key ideas
- **Defining condition**: acceleration is proportional to displacement and in the opposite direction, $a \propto -x$.
- **Amplitude** $x_0$: maximum displacement. **Period** $T$: time for one complete oscillation. **Frequency** $f = 1/T$. **Angular frequency** $\omega = 2\pi f$.
- In SHM the period does not depend on the amplitude (the motion is **isochronous**).
- Speed is greatest at equilibrium and zero at the extremes; acceleration is zero at equilibrium and greatest at the extremes.
- Energy changes between kinetic and potential twice each cycle; with no damping the total stays constant.
- Displacement, velocity and acceleration graphs are sinusoidal: velocity leads displacement by a quarter cycle, and acceleration is the displacement graph inverted.

| Quantity | Symbol | Unit |
|---|---|---|
| period | $T$ | s |
| frequency | $f$ | Hz |
| angular frequency | $\omega$ | $\text{rad s}^{-1}$ |

### Equations
$$a = -\omega^2 x \qquad T = \frac{1}{f} = \frac{2\pi}{\omega} \qquad T = 2\pi\sqrt{\frac{m}{k}} \qquad T = 2\pi\sqrt{\frac{l}{g}}$$

### Worked example
A $0.20\ \text{kg}$ mass hangs on a spring with $k = 50\ \text{N m}^{-1}$:
$$T = 2\pi\sqrt{\frac{0.20}{50}} = 0.40\ \text{s}$$
A simple pendulum of length $1.0\ \text{m}$ has $T = 2\pi\sqrt{1.0/9.81} = 2.0\ \text{s}$. Doubling either amplitude leaves both periods unchanged.

### Exam tips
- **State** the condition for SHM in words *and* say what the minus sign means (acceleration directed towards equilibrium).
- **Sketch** graphs with the correct phase: if $x$ is a cosine, $v$ is a negative sine.
- Common mistakes: using the pendulum formula at large angles; thinking the mass of a pendulum bob affects its period; confusing $f$ and $\omega$.
`,
  ),
  note(
    "C.1.AHL",
    String.raw`
At HL, SHM is described with full equations of motion. A **phase angle** fixes where in its cycle an oscillator starts, and the total energy is shared between kinetic and potential energy in a way you can calculate at any displacement.

### Key ideas
- The **phase angle** $\phi$ describes the starting point: $\phi = 0$ with a sine means starting at equilibrium; a cosine (or $\phi = \pi/2$) means starting at maximum displacement.
- Two oscillators with a phase difference of $\pi$ rad move in antiphase.
- Velocity is maximum, $\omega x_0$, at $x = 0$; acceleration is maximum, $\omega^2 x_0$, at $x = \pm x_0$.
- Potential energy is $\tfrac{1}{2}m\omega^2x^2$, so kinetic energy is the total minus this. An energy–displacement graph shows two parabolas: $E_p$ opening up, $E_k$ opening down, summing to a horizontal line.
- The energy of an oscillator is proportional to the square of the amplitude.

### Equations
$$x = x_0\sin(\omega t + \phi) \qquad v = \omega x_0\cos(\omega t + \phi) \qquad v = \pm\omega\sqrt{x_0^2 - x^2}$$
$$E_k = \tfrac{1}{2}m\omega^2\left(x_0^2 - x^2\right) \qquad E_p = \tfrac{1}{2}m\omega^2x^2 \qquad E_T = \tfrac{1}{2}m\omega^2x_0^2$$

### Worked example
A $0.10\ \text{kg}$ mass oscillates with amplitude $0.050\ \text{m}$ at $2.0\ \text{Hz}$, released from maximum displacement, so $x = x_0\cos\omega t$. $\omega = 2\pi \times 2.0 = 12.6\ \text{rad s}^{-1}$.
- $v_{\max} = 12.6 \times 0.050 = 0.63\ \text{m s}^{-1}$; $a_{\max} = 12.6^2 \times 0.050 = 7.9\ \text{m s}^{-2}$.
- At $t = 0.10\ \text{s}$: $x = 0.050\cos(1.26\ \text{rad}) = 0.015\ \text{m}$.
- $E_T = \tfrac{1}{2} \times 0.10 \times 12.6^2 \times 0.050^2 = 0.020\ \text{J}$.

### Exam tips
- Set the calculator to **radians** for $\cos(\omega t)$.
- **Show that** a system performs SHM by reaching an equation of the form $a = -(\text{constant})\,x$ and identifying $\omega^2$ with the constant.
- Common mistakes: using $x_0$ where $x$ is needed in $v = \omega\sqrt{x_0^2 - x^2}$; doubling energy when the amplitude doubles (it quadruples).
`,
    HL,
  ),
  note(
    "C.2",
    String.raw`
A travelling wave transfers energy (and information) from place to place without a net transfer of matter. The same wave model describes mechanical waves on strings and in air and electromagnetic waves, which need no medium.

### Key ideas
- **Transverse** waves: oscillation perpendicular to the direction of energy transfer (waves on strings, all electromagnetic waves). **Longitudinal** waves: oscillation parallel to it, with **compressions** and **rarefactions** (sound).
- **Wavelength** $\lambda$: distance between adjacent points in phase. **Amplitude**: maximum displacement from equilibrium. **Period** and **frequency** as for oscillations.
- The **wave speed** depends on the medium; the **frequency** is set by the source.
- A displacement–distance graph is a snapshot of the wave; a displacement–time graph follows one particle. Read $\lambda$ from the first and $T$ from the second.
- All electromagnetic waves travel at $c = 3.00 \times 10^8\ \text{m s}^{-1}$ in a vacuum. In order of increasing wavelength: gamma, X-ray, ultraviolet, visible, infrared, microwave, radio.
- Sound cannot travel through a vacuum; audible range for humans is roughly 20 Hz to 20 kHz.

### Equations
$$v = f\lambda \qquad T = \frac{1}{f}$$

### Worked example
A tuning fork at $440\ \text{Hz}$ in air where sound travels at $340\ \text{m s}^{-1}$: $\lambda = 340 / 440 = 0.77\ \text{m}$ and $T = 1/440 = 2.3 \times 10^{-3}\ \text{s}$. An FM radio signal at $100\ \text{MHz}$ has $\lambda = 3.00 \times 10^8 / (100 \times 10^6) = 3.00\ \text{m}$.

### Exam tips
- **Describe** a longitudinal wave by stating the direction of particle oscillation relative to energy transfer; add compressions and rarefactions.
- **Determine** the direction a particle is moving at an instant by shifting the wave slightly in its direction of travel.
- Common mistakes: reading a wavelength from a displacement–time graph; thinking frequency changes when a wave enters a new medium (speed and wavelength change).
`,
  ),
  note(
    "C.3",
    String.raw`
Waves reflect, refract, diffract and interfere. These behaviours, especially diffraction and interference, are the evidence that something is a wave. At SL you should explain each phenomenon with wavefronts and rays and use Snell's law and the double-slit equation.

### Key ideas
- **Wavefronts** join points in phase; **rays** are perpendicular to wavefronts and show the direction of energy transfer.
- **Reflection**: angle of incidence equals angle of reflection, measured from the normal.
- **Refraction**: a change of speed at a boundary changes direction (unless incidence is along the normal). Frequency stays constant. Light bends towards the normal entering a slower (optically denser) medium.
- **Total internal reflection** happens when light in the denser medium meets the boundary at more than the **critical angle**; used in optical fibres.
- **Diffraction**: spreading of waves through a gap or round an obstacle; most noticeable when the gap is similar in size to the wavelength.
- **Superposition**: where waves overlap, displacements add. Path difference $n\lambda$ gives constructive interference; $(n + \tfrac{1}{2})\lambda$ gives destructive (for coherent sources in phase). **Coherent** sources have a constant phase difference.

### Equations
$$\frac{n_1}{n_2} = \frac{\sin\theta_2}{\sin\theta_1} = \frac{v_2}{v_1} \qquad \sin\theta_c = \frac{n_2}{n_1} \qquad s = \frac{\lambda D}{d}$$

### Worked example
Light enters glass ($n = 1.50$) from air at $40^\circ$: $\sin\theta_2 = \sin 40^\circ / 1.50 = 0.429$, so $\theta_2 = 25^\circ$. The critical angle for glass to air is $\sin^{-1}(1/1.50) = 42^\circ$. With two slits $0.30\ \text{mm}$ apart, $600\ \text{nm}$ light and a screen $2.0\ \text{m}$ away, the fringe spacing is $s = \dfrac{600 \times 10^{-9} \times 2.0}{0.30 \times 10^{-3}} = 4.0 \times 10^{-3}\ \text{m} = 4.0\ \text{mm}$.

### Exam tips
- **Explain** a bright fringe: waves from the two slits arrive in phase because the path difference is a whole number of wavelengths.
- **Outline** conditions for total internal reflection: from higher to lower refractive index, and angle greater than the critical angle.
- Common mistakes: measuring angles from the surface instead of the normal; mixing up $d$ (slit separation) and $D$ (slit-to-screen distance).
`,
  ),
  note(
    "C.3.AHL",
    String.raw`
At HL, diffraction is made quantitative. A single slit produces a broad central maximum whose width depends on wavelength and slit width, and adding more slits (up to a **diffraction grating**) makes the principal maxima sharper and brighter while keeping their positions.

### Key ideas
- **Single slit**: an intensity pattern with a central maximum twice as wide as the others, and much brighter; the first minimum occurs at angle $\theta = \lambda/b$ (small angles, radians). Narrower slits or longer wavelengths give wider patterns.
- **Double-slit pattern in reality** is the interference pattern modulated by the single-slit envelope: fringe intensities fall off following the diffraction pattern.
- **More slits** (same spacing): principal maxima stay at the same angles but become narrower and more intense, with weak secondary maxima between them.
- A **diffraction grating** has many slits per millimetre; its maxima are widely spaced and sharp, so it is used to measure wavelengths and to separate lines in spectra. White light gives a central white maximum and spectra in higher orders, red deviated most.
- The highest visible order is the largest whole number $n$ with $n\lambda/d \le 1$.

### Equations
$$\theta = \frac{\lambda}{b} \qquad n\lambda = d\sin\theta$$

### Worked example
A grating has $300$ lines per mm, so $d = 1 / (3.00 \times 10^5) = 3.33 \times 10^{-6}\ \text{m}$. For sodium light, $\lambda = 589\ \text{nm}$: first order $\sin\theta = \dfrac{589 \times 10^{-9}}{3.33 \times 10^{-6}} = 0.177$, $\theta = 10.2^\circ$. Since $d/\lambda = 5.66$, the highest order seen is $n = 5$. For a single slit of width $0.10\ \text{mm}$ with $600\ \text{nm}$ light, the first minimum is at $\theta = 6.0 \times 10^{-3}\ \text{rad}$.

### Exam tips
- **Calculate** $d$ from lines per mm carefully: invert and convert to metres.
- **Describe** how a pattern changes as the number of slits increases, naming the positions, width and intensity of the maxima.
- Common mistakes: using $\theta = \lambda/b$ in degrees; giving a non-integer highest order.
`,
    HL,
  ),
  note(
    "C.4",
    String.raw`
A standing (stationary) wave forms when two waves of the same frequency and amplitude travel in opposite directions and superpose, usually a wave and its reflection. Energy is not transferred along a standing wave; instead, points oscillate in place with amplitudes that depend on position.

### Key ideas
- **Nodes**: points of zero amplitude. **Antinodes**: points of maximum amplitude. Adjacent nodes are $\lambda/2$ apart.
- Between two adjacent nodes all points oscillate **in phase**; points either side of a node are in **antiphase**.
- **Boundary conditions** select the allowed wavelengths: a fixed string end or a closed pipe end is a (displacement) node; an open pipe end is an antinode.
- The lowest allowed frequency is the **first harmonic** (fundamental). Strings and pipes open at both ends have all harmonics; pipes closed at one end have only odd harmonics.
- **Resonance**: a system driven at its natural frequency oscillates with large amplitude. **Damping** (frictional forces) reduces amplitude and broadens the resonance peak and lowers its frequency slightly. Light, critical and heavy damping differ in how quickly the system returns to equilibrium, with critical damping the fastest without overshooting.

| Boundary | Allowed wavelengths |
|---|---|
| both ends the same (string, open pipe) | $\lambda = 2L/n$, $n = 1, 2, 3, \ldots$ |
| one end closed | $\lambda = 4L/n$, $n = 1, 3, 5, \ldots$ |

### Equations
$$f_n = \frac{nv}{2L} \ \text{(both ends alike)} \qquad f_n = \frac{nv}{4L}\ \text{(one closed end, odd } n\text{)}$$

### Worked example
A string $0.80\ \text{m}$ long with wave speed $240\ \text{m s}^{-1}$ has $f_1 = 240 / (2 \times 0.80) = 150\ \text{Hz}$. A pipe closed at one end, $0.50\ \text{m}$ long, in air ($v = 340\ \text{m s}^{-1}$) has $f_1 = 340 / (4 \times 0.50) = 170\ \text{Hz}$ and its next harmonic is $3 \times 170 = 510\ \text{Hz}$.

### Exam tips
- **Compare** standing and travelling waves: energy transfer, amplitude along the wave, and phase relationships.
- **Sketch** harmonics by starting from the boundary conditions, then count quarter- or half-wavelengths.
- Common mistakes: calling the second resonance of a closed pipe the "second harmonic" (it is the third); forgetting that nodes and antinodes in pipes refer to displacement.
`,
  ),
  note(
    "C.5",
    String.raw`
The Doppler effect is the change in observed frequency (and wavelength) when a wave source and an observer move relative to each other. It explains the changing pitch of a passing siren and is used to measure speeds, from blood flow to receding galaxies.

### Key ideas
- When the source moves towards the observer, wavefronts ahead of it are bunched up: shorter wavelength, higher frequency. Moving away: longer wavelength, lower frequency.
- For sound, motion of the source and motion of the observer have different effects (treated quantitatively at HL); at SL describe the effect with wavefront diagrams.
- For light and other electromagnetic waves with $v \ll c$, only the relative speed matters.
- **Red shift**: spectral lines from a receding source appear at longer wavelengths. **Blue shift**: an approaching source. Absorption lines in light from distant galaxies are red-shifted, evidence that the universe is expanding.
- Applications: radar speed guns and Doppler ultrasound use the frequency shift of a reflected wave.

### Equations
$$\frac{\Delta f}{f} = \frac{\Delta\lambda}{\lambda} \approx \frac{v}{c}$$

### Worked example
The hydrogen line emitted at $656.3\ \text{nm}$ is observed at $662.8\ \text{nm}$ in a galaxy's spectrum. $\Delta\lambda = 6.5\ \text{nm}$, so
$$v \approx c\frac{\Delta\lambda}{\lambda} = 3.00 \times 10^8 \times \frac{6.5}{656.3} = 3.0 \times 10^6\ \text{m s}^{-1}$$
The shift is to longer wavelength, so the galaxy is moving away.

### Exam tips
- **Describe** the effect with a diagram: draw circular wavefronts whose centres move with the source.
- **Explain** red shift in terms of relative motion, and state the direction of motion explicitly.
- Common mistakes: saying the source's emitted frequency changes (only the observed one does); using the light equation when the speed is a large fraction of $c$.
`,
  ),
  note(
    "C.5.AHL",
    String.raw`
At HL you calculate Doppler shifts for sound. Because sound travels through a medium, a moving source and a moving observer are treated with different equations, even for the same relative speed.

### Key ideas
- **Moving source**, stationary observer: the source moves between emitting successive wavefronts, so the wavelength in the medium changes. Approaching: wavelength shortens.
- **Moving observer**, stationary source: the wavelength in the medium is unchanged, but the observer meets wavefronts at a different rate.
- In both cases, approach raises the observed frequency and recession lowers it. Choose the sign that gives that result.
- The speeds $u_s$ and $u_o$ are measured relative to the medium (still air), and $v$ is the speed of sound in the medium.
- A source passing an observer produces a sudden drop in observed frequency as it goes by.

### Equations
$$f' = f\left(\frac{v}{v \pm u_s}\right) \ \text{(moving source)} \qquad f' = f\left(\frac{v \pm u_o}{v}\right) \ \text{(moving observer)}$$
Use $v - u_s$ or $v + u_o$ for approach; $v + u_s$ or $v - u_o$ for recession.

### Worked example
An ambulance siren emits $700\ \text{Hz}$ and moves at $25\ \text{m s}^{-1}$; sound travels at $340\ \text{m s}^{-1}$.
- Approaching: $f' = 700 \times 340 / (340 - 25) = 756\ \text{Hz}$.
- Receding: $f' = 700 \times 340 / (340 + 25) = 652\ \text{Hz}$.
- If instead a listener moves at $25\ \text{m s}^{-1}$ towards a stationary siren: $f' = 700 \times (340 + 25) / 340 = 751\ \text{Hz}$, slightly different from the moving-source result.

### Exam tips
- **Determine** the speed of a source from two observed frequencies (approach and recession) by writing both equations and dividing one by the other to eliminate $f$.
- **Explain** why the two equations differ: a moving source changes the wavelength, a moving observer does not.
- Common mistakes: choosing the sign without checking whether the frequency should rise or fall; using the light approximation for sound.
`,
    HL,
  ),

  // ── D: Fields
  note(
    "D.1",
    String.raw`
Every mass attracts every other mass. Newton's law of gravitation gives the size of that attraction, and the idea of a **gravitational field** lets you describe how a mass affects the space around it. Orbits of planets, moons and satellites follow when gravity supplies the centripetal force.

### Key ideas
- Newton's law applies to **point masses**; spherical bodies behave as point masses at their centres when you are outside them.
- **Gravitational field strength** $g$ is the force per unit mass on a small test mass ($\text{N kg}^{-1}$, equivalent to $\text{m s}^{-2}$). Field lines point towards the mass; closer lines mean a stronger field.
- Near Earth's surface the field is approximately uniform; further away it falls with the inverse square of distance from the centre.
- **Kepler's laws**: orbits are ellipses with the Sun at one focus; a line from the Sun to a planet sweeps out equal areas in equal times; $T^2 \propto r^3$ for all bodies orbiting the same central mass.
- For a circular orbit, gravity provides the centripetal force, so orbital speed falls with orbital radius, and satellites in orbit are in free fall (which is why astronauts feel weightless).

### Equations
$$F = G\frac{m_1m_2}{r^2} \qquad g = \frac{F}{m} = G\frac{M}{r^2} \qquad v = \sqrt{\frac{GM}{r}} \qquad \frac{T^2}{r^3} = \frac{4\pi^2}{GM}$$

### Worked example
A space station orbits $4.0 \times 10^5\ \text{m}$ above Earth ($M = 5.97 \times 10^{24}\ \text{kg}$, $R = 6.37 \times 10^6\ \text{m}$), so $r = 6.77 \times 10^6\ \text{m}$.
- $g = \dfrac{6.67 \times 10^{-11} \times 5.97 \times 10^{24}}{(6.77 \times 10^6)^2} = 8.7\ \text{N kg}^{-1}$, only about 11% less than at the surface.
- $v = \sqrt{GM/r} = 7.7 \times 10^3\ \text{m s}^{-1}$, and $T = 2\pi r / v = 5.5 \times 10^3\ \text{s}$ (about 92 minutes).

### Exam tips
- **Show that** or **Derive** Kepler's third law: equate $GMm/r^2$ to $mv^2/r$, then substitute $v = 2\pi r/T$.
- Always measure $r$ from the **centre** of the planet, not its surface.
- Common mistakes: saying there is no gravity in orbit; forgetting to square $r$; confusing $G$ (universal constant) with $g$ (field strength).
`,
  ),
  note(
    "D.1.AHL",
    String.raw`
At HL, gravitational fields are described by energy as well as force. **Gravitational potential** tells you the energy per unit mass at a point, and it leads directly to escape speed and to the energy of an orbiting satellite.

### Key ideas
- **Gravitational potential** $V_g$ at a point: work done per unit mass bringing a small test mass from infinity to that point. It is zero at infinity and negative everywhere else, because gravity is attractive.
- **Gravitational potential energy** of two masses $E_p = mV_g$, also zero at infinity and negative when closer.
- Field strength is minus the **potential gradient**. **Equipotential surfaces** are perpendicular to field lines; no work is done moving along one.
- **Escape speed**: minimum launch speed for a body to reach infinity with no further propulsion (ignoring air resistance); it does not depend on the mass of the body.
- **Orbital energy** in a circular orbit: $E_k$ is half the magnitude of $E_p$, so total energy is negative. Moving to a higher orbit needs energy even though the satellite then moves more slowly.
- Atmospheric drag lowers a satellite's orbit: total energy falls, but kinetic energy and speed *increase*.

### Equations
$$V_g = -\frac{GM}{r} \qquad E_p = -\frac{GMm}{r} \qquad g = -\frac{\Delta V_g}{\Delta r} \qquad W = m\Delta V_g$$
$$v_{esc} = \sqrt{\frac{2GM}{r}} \qquad E_k = \frac{GMm}{2r} \qquad E_T = -\frac{GMm}{2r}$$

### Worked example
For Earth ($M = 5.97 \times 10^{24}\ \text{kg}$, $R = 6.37 \times 10^6\ \text{m}$): $V_g$ at the surface $= -6.25 \times 10^7\ \text{J kg}^{-1}$ and $v_{esc} = \sqrt{\dfrac{2 \times 6.67 \times 10^{-11} \times 5.97 \times 10^{24}}{6.37 \times 10^6}} = 1.12 \times 10^4\ \text{m s}^{-1}$. A $1000\ \text{kg}$ satellite in orbit at $r = 6.77 \times 10^6\ \text{m}$ has $E_T = -2.94 \times 10^{10}\ \text{J}$; its energy at rest on the surface is $E_p = -6.25 \times 10^{10}\ \text{J}$, so placing it in orbit needs at least $3.3 \times 10^{10}\ \text{J}$ (ignoring Earth's rotation and losses).

### Exam tips
- **Explain** why potential is negative: work must be done *on* the mass to take it to infinity, where potential is defined as zero.
- **Determine** $g$ from a graph of $V_g$ against $r$ using the gradient of the tangent.
- Common mistakes: using $mgh$ far from the surface; dropping the minus signs, which reverses the direction of energy changes.
`,
    HL,
  ),
  note(
    "D.2",
    String.raw`
Electric charges create electric fields, and moving charges (currents) create magnetic fields. Coulomb's law for charges mirrors Newton's law of gravitation, but charge comes in two signs, so electric forces can attract or repel.

### Key ideas
- Charge is **quantized** in multiples of $e = 1.60 \times 10^{-19}\ \text{C}$ (shown by Millikan's oil-drop experiment) and is **conserved**. Objects are charged by friction, by contact (conduction) and by induction.
- **Electric field strength** is force per unit positive test charge. Field lines go from positive to negative; they never cross.
- Between charged **parallel plates** the field is uniform (equally spaced, parallel lines), apart from edge effects.
- **Magnetic field lines** run from north to south outside a magnet. Around a straight current-carrying wire they are concentric circles (right-hand grip rule); inside a long solenoid the field is strong and uniform; outside it resembles a bar magnet's.
- Conductors have free electrons; insulators do not.

| Constant | Value |
|---|---|
| $k = \dfrac{1}{4\pi\varepsilon_0}$ | $8.99 \times 10^9\ \text{N m}^2\,\text{C}^{-2}$ |
| $e$ | $1.60 \times 10^{-19}\ \text{C}$ |

### Equations
$$F = k\frac{q_1q_2}{r^2} \qquad E = \frac{F}{q} \qquad E = k\frac{q}{r^2} \qquad E = \frac{V}{d}$$

### Worked example
Charges of $+2.0\ \mu\text{C}$ and $-3.0\ \mu\text{C}$ are $0.050\ \text{m}$ apart:
$$F = 8.99 \times 10^9 \times \frac{2.0 \times 10^{-6} \times 3.0 \times 10^{-6}}{0.050^2} = 22\ \text{N}$$
and the force is attractive. Plates $4.0\ \text{mm}$ apart with $200\ \text{V}$ across them give $E = \dfrac{200}{4.0 \times 10^{-3}} = 5.0 \times 10^4\ \text{V m}^{-1}$, so an electron between them feels $5.0 \times 10^4 \times 1.60 \times 10^{-19} = 8.0 \times 10^{-15}\ \text{N}$.

### Exam tips
- **Sketch** field patterns with arrows, correct symmetry and lines meeting conductor surfaces at right angles.
- **Compare** gravitational and electric fields: both inverse-square, but gravity only attracts and is far weaker between particles.
- Common mistakes: forgetting to convert $\mu\text{C}$ and mm; drawing field lines that cross; putting the sign of charge into $F$ when only the magnitude is wanted.
`,
  ),
  note(
    "D.2.AHL",
    String.raw`
At HL, electric fields are described with **electric potential**, the energy per unit charge at a point. Potential is a scalar, so potentials from several charges simply add, and the field at any point is the potential gradient.

### Key ideas
- **Electric potential** $V_e$: work done per unit charge bringing a small positive test charge from infinity to the point. Positive near a positive charge, negative near a negative charge, zero at infinity.
- **Electric potential energy** of two point charges is positive for like charges (work was done pushing them together) and negative for unlike charges.
- Field strength is minus the potential gradient: the field points from high to low potential.
- **Equipotential surfaces** are perpendicular to field lines; around a point charge they are concentric spheres, closer together where the field is stronger. Between parallel plates they are equally spaced planes.
- Moving a charge along an equipotential requires no work; the work between two points depends only on the potential difference, not the path.
- The **electronvolt** is the energy gained by an electron accelerated through 1 V: $1\ \text{eV} = 1.60 \times 10^{-19}\ \text{J}$.

### Equations
$$V_e = \frac{kQ}{r} \qquad E_p = qV_e = \frac{kq_1q_2}{r} \qquad E = -\frac{\Delta V_e}{\Delta r} \qquad W = q\Delta V_e$$

### Worked example
At $0.10\ \text{m}$ from a $+5.0\ \text{nC}$ point charge, $V_e = \dfrac{8.99 \times 10^9 \times 5.0 \times 10^{-9}}{0.10} = 450\ \text{V}$. Bringing a $+2.0\ \text{nC}$ charge there from infinity needs work $W = qV_e = 2.0 \times 10^{-9} \times 450 = 9.0 \times 10^{-7}\ \text{J}$, which is stored as electric potential energy.

### Exam tips
- **Determine** field strength from a potential–distance graph by drawing a tangent and taking minus its gradient.
- **Sketch** equipotentials and field lines together, always crossing at right angles.
- Common mistakes: adding potentials as vectors; forgetting that potential falls as $1/r$ but field as $1/r^2$; losing the sign of a charge when finding potential energy.
`,
    HL,
  ),
  note(
    "D.3",
    String.raw`
Charged particles are pushed by electric fields and deflected by magnetic fields. This topic combines the field ideas of D.2 with mechanics to predict the paths of particles and the forces on current-carrying wires.

### Key ideas
- In a **uniform electric field** a charge feels a constant force $qE$, so it moves like a projectile: constant velocity perpendicular to the field and uniform acceleration along it.
- A **magnetic force** acts only on a *moving* charge, and only on the velocity component perpendicular to $B$. It is perpendicular to both $v$ and $B$ (use Fleming's left-hand rule for conventional current or a positive charge).
- Because the magnetic force is perpendicular to the velocity, it does **no work**: speed and kinetic energy stay constant while the direction changes. In a uniform field perpendicular to $v$ the path is a circle.
- **Crossed fields**: with $E$ and $B$ perpendicular, particles moving at $v = E/B$ pass undeflected (a velocity selector).
- A current-carrying wire in a magnetic field feels a force; two parallel wires attract if their currents are in the same direction and repel if opposite.

### Equations
$$F = qE \qquad F = qvB\sin\theta \qquad F = BIL\sin\theta \qquad \frac{F}{L} = \frac{\mu_0I_1I_2}{2\pi r}$$
Circular path: $qvB = \dfrac{mv^2}{r}$, so $r = \dfrac{mv}{qB}$.

### Worked example
An electron ($m = 9.11 \times 10^{-31}\ \text{kg}$) moves at $2.0 \times 10^6\ \text{m s}^{-1}$ perpendicular to a $1.0 \times 10^{-3}\ \text{T}$ field:
$$r = \frac{9.11 \times 10^{-31} \times 2.0 \times 10^6}{1.60 \times 10^{-19} \times 1.0 \times 10^{-3}} = 1.1 \times 10^{-2}\ \text{m}$$
A wire $0.050\ \text{m}$ long carrying $3.0\ \text{A}$ at right angles to a $0.20\ \text{T}$ field feels $F = 0.20 \times 3.0 \times 0.050 = 0.030\ \text{N}$.

### Exam tips
- **Explain** why the path in a magnetic field is circular: the force is always perpendicular to the velocity, so it provides a centripetal force of constant size.
- **State** directions using the left-hand rule, remembering that electrons move opposite to conventional current.
- Common mistakes: claiming the magnetic force speeds a particle up; using the electron's charge with a minus sign inside a radius calculation.
`,
  ),
  note(
    "D.4",
    String.raw`
Electromagnetic induction is the production of an emf when the magnetic flux linking a conductor changes. It is the principle behind generators, and Lenz's law shows that it obeys conservation of energy.

### Key ideas
- **Magnetic flux** $\Phi$ through an area measures how much field passes through it; it is greatest when the field is perpendicular to the surface. **Flux linkage** for a coil of $N$ turns is $N\Phi$.
- **Faraday's law**: the induced emf equals the rate of change of flux linkage. The flux can change because $B$ changes, the area changes, or the orientation changes.
- **Lenz's law**: the induced current flows in a direction that opposes the change producing it. Work must be done against this opposition, which is where the electrical energy comes from.
- A straight conductor moving across a field has an emf induced between its ends.
- A coil rotating at constant rate in a uniform field (an **AC generator**) gives a sinusoidal emf. Rotating it faster increases both the frequency and the peak emf.

| Quantity | Unit |
|---|---|
| magnetic flux density $B$ | T |
| magnetic flux $\Phi$ | Wb ($\text{T m}^2$) |
| emf $\varepsilon$ | V |

### Equations
$$\Phi = BA\cos\theta \qquad \varepsilon = -N\frac{\Delta\Phi}{\Delta t} \qquad \varepsilon = BvL$$

### Worked example
A 200-turn coil of area $4.0 \times 10^{-3}\ \text{m}^2$ sits perpendicular to a $0.50\ \text{T}$ field, which falls to zero in $0.10\ \text{s}$:
$$|\varepsilon| = N\frac{\Delta\Phi}{\Delta t} = \frac{200 \times 0.50 \times 4.0 \times 10^{-3}}{0.10} = 4.0\ \text{V}$$
A rod $0.25\ \text{m}$ long moving at $3.0\ \text{m s}^{-1}$ across a $0.40\ \text{T}$ field has $\varepsilon = 0.40 \times 3.0 \times 0.25 = 0.30\ \text{V}$.

### Exam tips
- **Explain** induction in a magnet-and-coil experiment in three steps: flux linkage changes, emf induced (Faraday), direction opposes the motion (Lenz).
- **Sketch** an emf–time graph from a flux–time graph: the emf is minus the gradient of the flux graph.
- Common mistakes: saying a steady large flux induces an emf (only a *change* does); forgetting $N$; treating flux and flux density as the same quantity.
`,
    HL,
  ),

  // ── E: Nuclear and quantum physics
  note(
    "E.1",
    String.raw`
Our model of the atom comes from experiments. Alpha-particle scattering revealed a tiny, dense, positive **nucleus**, and the line spectra of gases showed that electrons in atoms occupy **discrete energy levels**, emitting or absorbing photons of definite energies when they move between them.

### Key ideas
- **Geiger–Marsden experiment**: alpha particles fired at thin gold foil. Most passed straight through (the atom is mostly empty space); a few were deflected through large angles, some back towards the source (mass and positive charge are concentrated in a very small nucleus).
- **Nuclide notation** $\,{}^{A}_{Z}\text{X}$: $A$ is the nucleon (mass) number, $Z$ the proton (atomic) number; the number of neutrons is $A - Z$.
- **Emission spectra**: hot, low-pressure gases emit light at particular wavelengths only (bright lines on a dark background). **Absorption spectra**: dark lines in a continuous spectrum where a cooler gas absorbs the same wavelengths.
- Each line corresponds to a transition between two energy levels; the photon energy equals the difference in levels. Because the levels are discrete, so are the lines. Each element has its own spectrum, used to identify elements in stars.
- The **electronvolt** is a convenient unit: $1\ \text{eV} = 1.60 \times 10^{-19}\ \text{J}$.

### Equations
$$E = hf \qquad \lambda = \frac{hc}{E} \qquad \Delta E = E_{\text{upper}} - E_{\text{lower}}$$

### Worked example
In hydrogen an electron falls from the level at $-1.51\ \text{eV}$ to the level at $-3.40\ \text{eV}$. The photon energy is $1.89\ \text{eV} = 1.89 \times 1.60 \times 10^{-19} = 3.02 \times 10^{-19}\ \text{J}$, so
$$\lambda = \frac{hc}{E} = \frac{6.63 \times 10^{-34} \times 3.00 \times 10^8}{3.02 \times 10^{-19}} = 6.6 \times 10^{-7}\ \text{m}$$
which is red visible light.

### Exam tips
- **Outline** the conclusions of Geiger–Marsden by pairing each observation with what it shows.
- **Explain** why spectra are line spectra: discrete energy levels, so only certain photon energies and wavelengths.
- Common mistakes: forgetting to convert eV to J before using $hc/\lambda$; saying the electron "emits energy levels"; confusing nucleon number with proton number.
`,
  ),
  note(
    "E.1.AHL",
    String.raw`
At HL you make the nuclear model quantitative: how big nuclei are, how close a charged projectile can get to one, and how the Bohr model explains the energy levels of hydrogen.

### Key ideas
- **Nuclear radius** grows with the cube root of nucleon number, because the volume of a nucleus is proportional to the number of nucleons. So **nuclear density** is approximately the same for all nuclei, about $10^{17}\ \text{kg m}^{-3}$.
- **Distance of closest approach**: a charged particle fired head-on at a nucleus stops when all its kinetic energy has become electric potential energy. This gives an upper limit for the nuclear radius.
- At high enough energies scattering departs from the Rutherford (Coulomb-only) prediction, because the projectile reaches the nucleus and the strong nuclear force acts.
- **Bohr model of hydrogen**: the electron orbits only where its angular momentum is a whole multiple of $h/2\pi$. This gives quantized radii and energies. The model works for hydrogen but fails for atoms with more electrons.
- Energy levels are negative (zero is the ionized state). The ionization energy of hydrogen from the ground state is $13.6\ \text{eV}$.

### Equations
$$R = R_0A^{1/3} \qquad E_k = \frac{kq_1q_2}{d} \ \text{(at closest approach)} \qquad mvr = \frac{nh}{2\pi} \qquad E = -\frac{13.6}{n^2}\ \text{eV}$$

### Worked example
With $R_0 = 1.20 \times 10^{-15}\ \text{m}$, gold-197 has $R = 1.20 \times 10^{-15} \times 197^{1/3} = 7.0 \times 10^{-15}\ \text{m}$. A $5.0\ \text{MeV}$ alpha particle ($q = 2e$) heading for a gold nucleus ($Z = 79$) gets to
$$d = \frac{8.99 \times 10^9 \times 2 \times 79 \times (1.60 \times 10^{-19})^2}{5.0 \times 10^6 \times 1.60 \times 10^{-19}} = 4.5 \times 10^{-14}\ \text{m}$$
more than six times the nuclear radius, so it never reaches the nucleus. Bohr levels: $n = 2$ is at $-3.40\ \text{eV}$ and $n = 3$ at $-1.51\ \text{eV}$.

### Exam tips
- **Show that** nuclear density is independent of $A$: substitute $R = R_0A^{1/3}$ into $\rho = Au / \left(\tfrac{4}{3}\pi R^3\right)$ and see $A$ cancel.
- Common mistakes: using the charge $e$ for the alpha particle instead of $2e$; forgetting to convert MeV to J; taking the cube, not the cube root, of $A$.
`,
    HL,
  ),
  note(
    "E.2",
    String.raw`
Quantum physics shows that light and matter both behave sometimes as waves and sometimes as particles. Light arrives in **photons**, each carrying energy $hf$, and moving particles such as electrons have a **de Broglie wavelength** that lets them diffract.

### Key ideas
- **Photoelectric effect**: light can release electrons from a metal surface. Observations the wave model cannot explain: no emission below a **threshold frequency**, however intense the light; maximum kinetic energy depends on frequency, not intensity; emission is instantaneous.
- Photon explanation: one photon gives all its energy to one electron. The **work function** $\Phi$ is the minimum energy needed to free an electron. Greater intensity means more photons, so more electrons, but no increase in maximum kinetic energy.
- The **stopping potential** $V_s$ measures maximum kinetic energy: $eV_s = E_{k\max}$.
- **Matter waves**: electrons passed through a thin crystal or graphite produce a diffraction pattern, evidence for de Broglie's hypothesis.
- **Compton scattering**: X-rays scattered by electrons have a longer wavelength, greater at larger angles; photons carry momentum $h/\lambda$.

### Equations
$$E = hf \qquad E_{k\max} = hf - \Phi \qquad \lambda = \frac{h}{p} \qquad \Delta\lambda = \lambda_f - \lambda_i = \frac{h}{m_ec}(1 - \cos\theta)$$

### Worked example
Light of wavelength $400\ \text{nm}$ falls on a metal with $\Phi = 2.3\ \text{eV}$. Photon energy $= \dfrac{6.63 \times 10^{-34} \times 3.00 \times 10^8}{400 \times 10^{-9}} = 4.97 \times 10^{-19}\ \text{J} = 3.11\ \text{eV}$. So $E_{k\max} = 3.11 - 2.3 = 0.81\ \text{eV}$ and the stopping potential is $0.81\ \text{V}$. An electron accelerated through $100\ \text{V}$ has $p = \sqrt{2m_eeV}$, giving $\lambda = 1.2 \times 10^{-10}\ \text{m}$, similar to atomic spacings, which is why crystals diffract electrons.

### Exam tips
- **Explain** each photoelectric observation using "one photon, one electron".
- **Determine** Planck's constant from a graph of $E_{k\max}$ against $f$: the gradient is $h$ and the $f$-intercept is the threshold frequency.
- Common mistakes: saying brighter light gives faster electrons; mixing eV and J; using $\lambda = h/p$ with momentum from the wrong particle.
`,
    HL,
  ),
  note(
    "E.3",
    String.raw`
Some nuclei are unstable and decay randomly by emitting radiation. The energy released, and the stability of nuclei, are explained by the **mass defect** and **binding energy**: a nucleus has less mass than its separate nucleons.

### Key ideas
- **Isotopes**: same proton number, different neutron number. The **strong nuclear force** holds nucleons together; it is attractive over a few femtometres ($1\ \text{fm} = 10^{-15}\ \text{m}$), repulsive at very short range, and negligible beyond.
- **Binding energy**: energy needed to separate a nucleus into its nucleons, equal to the mass defect times $c^2$. **Binding energy per nucleon** peaks near iron-56 (about 8.8 MeV), so fusion of light nuclei and fission of heavy nuclei both release energy.
- Decay is **random** (cannot predict which nucleus decays next) and **spontaneous** (unaffected by temperature or pressure).

| Radiation | Nature | Ionizing | Stopped by |
|---|---|---|---|
| $\alpha$ | helium nucleus | strongly | paper, a few cm of air |
| $\beta^-$ / $\beta^+$ | electron / positron | moderately | a few mm of aluminium |
| $\gamma$ | EM photon | weakly | reduced by cm of lead |

- $\beta^-$ decay emits an antineutrino; $\beta^+$ decay emits a neutrino.
- **Half-life**: time for half the nuclei (or the activity) to decay. Correct measured count rates for **background radiation** (radon, cosmic rays, rocks, medical sources).

### Equations
$$E = mc^2 \qquad \Delta E = \Delta m\,c^2 \qquad 1\ \text{u} \equiv 931.5\ \text{MeV}\,c^{-2}$$
After $n$ half-lives the fraction remaining is $\left(\tfrac{1}{2}\right)^n$.

### Worked example
Helium-4 nucleus: $2 \times 1.007276 + 2 \times 1.008665 - 4.001506 = 0.030376\ \text{u}$. Binding energy $= 0.030376 \times 931.5 = 28.3\ \text{MeV}$, or $7.07\ \text{MeV}$ per nucleon. A source of activity $800\ \text{Bq}$ with a half-life of $6.0\ \text{h}$ has, after $24\ \text{h}$ (4 half-lives), an activity of $800 / 2^4 = 50\ \text{Bq}$.

### Exam tips
- **Outline** why energy is released: products have a higher binding energy per nucleon, so total mass falls.
- **Write** decay equations balancing $A$ and $Z$, including the (anti)neutrino.
- Common mistakes: describing binding energy as energy stored *in* the nucleus to be released; forgetting to subtract background count.
`,
  ),
  note(
    "E.3.AHL",
    String.raw`
At HL, radioactive decay is described with the **decay constant**, which gives exponential equations for the number of nuclei and the activity at any time. The continuous energy spectrum of beta particles is the evidence that led to the neutrino.

### Key ideas
- The **decay constant** $\lambda$ is the probability per unit time that a nucleus decays. **Activity** $A$ (Bq) is the number of decays per second, proportional to the number of undecayed nuclei.
- Decay is **exponential**: in each equal time interval the same fraction of nuclei decays.
- To find a **long half-life**, measure activity and the number of nuclei (from the mass of the sample) and use $A = \lambda N$. For a **short half-life**, measure activity over time and plot $\ln A$ against $t$: the gradient is $-\lambda$.
- **Neutrino evidence**: alpha particles and gamma photons from a given decay have discrete energies, but beta particles have a continuous range up to a maximum. If only two bodies were produced, energy and momentum conservation would fix the beta energy; a third, nearly undetectable particle (the antineutrino in $\beta^-$ decay) shares the energy.
- Discrete alpha and gamma energies are evidence for nuclear energy levels.

### Equations
$$N = N_0e^{-\lambda t} \qquad A = \lambda N = \lambda N_0e^{-\lambda t} \qquad T_{1/2} = \frac{\ln 2}{\lambda}$$

### Worked example
An isotope has $T_{1/2} = 8.0\ \text{days}$, so $\lambda = \ln 2 / 8.0 = 0.0866\ \text{day}^{-1} = 1.00 \times 10^{-6}\ \text{s}^{-1}$. A sample of $2.0 \times 10^{12}$ nuclei has $A = 1.00 \times 10^{-6} \times 2.0 \times 10^{12} = 2.0 \times 10^6\ \text{Bq}$. After $20\ \text{days}$, $e^{-0.0866 \times 20} = 0.177$, so the activity is $3.5 \times 10^5\ \text{Bq}$.

### Exam tips
- **Convert** $\lambda$ to $\text{s}^{-1}$ before using $A = \lambda N$ with activity in Bq.
- **Explain** the neutrino hypothesis by naming the observation (continuous beta spectrum) and the conservation laws involved.
- Common mistakes: using $\log_{10}$ instead of $\ln$; confusing decay constant with half-life.
`,
    HL,
  ),
  note(
    "E.4",
    String.raw`
Nuclear fission is the splitting of a heavy nucleus into two smaller nuclei, releasing energy and a few neutrons. Controlling the chain reaction those neutrons can start is the basis of nuclear power.

### Key ideas
- **Induced fission**: uranium-235 absorbs a slow (thermal) neutron, becomes unstable uranium-236 and splits into two mid-sized daughter nuclei, releasing two or three fast neutrons and roughly 200 MeV.
- Energy is released because the products have a greater **binding energy per nucleon**; the mass of the products is less than the mass of the reactants. Most of the energy appears as kinetic energy of the fragments.
- **Chain reaction**: neutrons from one fission cause further fissions. A **critical mass** is the minimum mass for a self-sustaining chain reaction.
- **Reactor components**: the **moderator** (water or graphite) slows neutrons by collisions so they are more likely to cause fission; **control rods** (e.g. boron or cadmium) absorb neutrons to regulate the rate; the **heat exchanger** and coolant carry thermal energy to make steam for turbines; **shielding** absorbs radiation.
- Issues: radioactive waste with long half-lives, risk of accidents, and no greenhouse gas emission during operation.

### Equations
$$\Delta E = \Delta m\,c^2 \qquad \text{rate of fissions} = \frac{\text{power}}{\text{energy per fission}}$$

### Worked example
A reactor generates $1.0 \times 10^9\ \text{W}$ of thermal power, with $200\ \text{MeV}$ per fission. Energy per fission $= 200 \times 10^6 \times 1.60 \times 10^{-19} = 3.2 \times 10^{-11}\ \text{J}$, so the rate is $\dfrac{1.0 \times 10^9}{3.2 \times 10^{-11}} = 3.1 \times 10^{19}$ fissions per second. In one day that is $2.7 \times 10^{24}$ fissions, consuming $2.7 \times 10^{24} \times 235 \times 1.66 \times 10^{-27} = 1.1\ \text{kg}$ of uranium-235.

### Exam tips
- **Describe** the role of the moderator precisely: it *slows* neutrons; control rods *absorb* them.
- **Explain** energy release using binding energy per nucleon, not "breaking bonds".
- Common mistakes: saying the moderator absorbs neutrons; forgetting the incoming neutron when balancing fission equations.
`,
  ),
  note(
    "E.5",
    String.raw`
Stars are powered by **nuclear fusion** in their cores. A star is stable while the outward pressure of radiation and hot gas balances the inward pull of gravity; how it evolves after the main sequence depends mainly on its mass. The Hertzsprung–Russell diagram organizes stars by luminosity and temperature.

### Key ideas
- **Fusion**: light nuclei join to form a heavier nucleus of greater binding energy per nucleon. It needs very high temperatures and densities so nuclei can overcome their electric repulsion. Main-sequence stars fuse hydrogen into helium.
- **Stability**: hydrostatic equilibrium between gravity and radiation and gas pressure.
- **HR diagram**: luminosity (log scale) against surface temperature, which *decreases* to the right. Main sequence from hot bright (top left) to cool dim (bottom right); red giants and supergiants top right; white dwarfs bottom left.
- **Evolution**: a star like the Sun becomes a red giant, sheds a planetary nebula and leaves a white dwarf. A massive star becomes a red supergiant, explodes as a supernova and leaves a neutron star or black hole. A white dwarf cannot exceed about 1.4 solar masses (Chandrasekhar limit).
- **Distance** by stellar parallax: $1\ \text{pc} = 3.09 \times 10^{16}\ \text{m}$. Also $1\ \text{ly} = 9.46 \times 10^{15}\ \text{m}$.

### Equations
$$d\,(\text{parsec}) = \frac{1}{p\,(\text{arc-second})} \qquad L = \sigma 4\pi R^2 T^4 \qquad b = \frac{L}{4\pi d^2}$$

### Worked example
A star has parallax $0.10$ arc-second, so $d = 10\ \text{pc} = 3.09 \times 10^{17}\ \text{m}$. Its apparent brightness is $2.0 \times 10^{-9}\ \text{W m}^{-2}$, so $L = 4\pi d^2 b = 2.4 \times 10^{27}\ \text{W}$ (about six times the Sun's). With a surface temperature of $8000\ \text{K}$:
$$R = \sqrt{\frac{L}{4\pi\sigma T^4}} = 9.1 \times 10^8\ \text{m}$$
about 1.3 solar radii: a plausible size for a main-sequence star somewhat hotter than the Sun.

### Exam tips
- **Explain** stability as a balance of forces, naming both the inward and the outward effects.
- **Describe** evolution paths with the mass condition stated, and the HR diagram positions.
- Common mistakes: drawing temperature increasing to the right; confusing luminosity (power emitted) with apparent brightness (intensity received).
`,
  ),

  // ── S: Skills in the study of physics
  note(
    "S.T1",
    String.raw`
Experimental techniques are the practical skills behind every investigation: choosing instruments, measuring carefully, reducing uncertainty and working safely. Examiners test them in data-based questions (Paper 1B) and they underpin the scientific investigation.

### Key ideas
- Measure a quantity with an instrument of suitable **range** and **resolution**: a metre rule (1 mm), vernier calipers (0.1 mm or better), a micrometer screw gauge (0.01 mm), a digital timer or light gates for short times.
- The uncertainty of a single reading is usually taken as half the smallest division of an analogue scale, or one unit of the last digit of a digital display, but may be larger if the reading itself is hard to judge (e.g. human reaction time of about 0.1 s to 0.2 s).
- **Reduce uncertainty**: measure many oscillations or many thin sheets together, repeat readings and average, avoid parallax by reading at eye level, check and correct **zero errors**.
- Common measurements: length, mass, time, volume, temperature, current, potential difference, angle, sound and light intensity, force and radioactivity.
- **Safety**: risk assessments for hot liquids, high voltages, lasers, radioactive sources; ethical and environmental considerations too.

### Equations
$$\Delta T = \frac{\Delta t_{\text{total}}}{N} \ \text{(timing } N \text{ oscillations)} \qquad \text{percentage uncertainty} = \frac{\Delta x}{x} \times 100\%$$

### Worked example
Twenty oscillations of a pendulum take $36.4\ \text{s}$, with an uncertainty of $\pm 0.2\ \text{s}$ from reaction time. One period is $T = 36.4 / 20 = 1.82\ \text{s}$ and its uncertainty is $0.2 / 20 = 0.01\ \text{s}$, so $T = (1.82 \pm 0.01)\ \text{s}$, a percentage uncertainty of about 0.5%.

### Exam tips
- **Describe** a method so someone else could repeat it: instruments, what is measured, how, and how often.
- **Suggest** improvements that target the largest uncertainty, not cosmetic changes.
- Common mistakes: quoting a stopwatch's 0.01 s resolution as the uncertainty of hand timing; giving an uncertainty with more significant figures than the measurement supports.
`,
  ),
  note(
    "S.T2",
    String.raw`
Technology extends what you can measure and how well you can analyse it. Sensors and data loggers collect many accurate readings quickly, spreadsheets process them, and simulations let you test models that are hard to investigate directly.

### Key ideas
- **Sensors** convert a physical quantity into an electrical signal: motion sensors, light gates, force sensors, temperature probes, sound level meters, Geiger–Müller tubes. Smartphones contain accelerometers, light sensors and microphones.
- **Data loggers** record readings at a chosen **sampling rate**; too slow and rapid changes are missed, too fast and files become unwieldy. The time between samples is one over the sampling rate.
- **Light gates** time how long a card of known length blocks a beam, giving a speed.
- **Video analysis** of a recorded motion, frame by frame, gives position–time data.
- **Spreadsheets**: calculate derived quantities, propagate uncertainties, plot graphs, fit trend lines and find gradients and intercepts; keep raw data as entered.
- **Simulations and models** test predictions and explore situations that would be dangerous or impossible in a school lab, but they only reflect the assumptions built into them.

### Equations
$$\text{sampling interval} = \frac{1}{\text{sampling rate}} \qquad v = \frac{\text{card length}}{\text{time blocked}}$$

### Worked example
A card $0.050\ \text{m}$ long blocks a light gate for $0.0125\ \text{s}$: $v = 0.050 / 0.0125 = 4.0\ \text{m s}^{-1}$. A data logger sampling at $50\ \text{Hz}$ records a reading every $1/50 = 0.020\ \text{s}$, so a collision lasting about $0.01\ \text{s}$ could fall between two samples: a higher sampling rate is needed.

### Exam tips
- **Discuss** the advantages of data logging (many readings, no reaction time, continuous record) and its limits (sensor calibration, resolution, sampling rate).
- **Evaluate** a simulation by asking what it assumes and whether real data agree.
- Common mistakes: trusting a spreadsheet trend line blindly, including anomalous points; reporting all the digits a sensor or spreadsheet displays.
`,
  ),
  note(
    "S.T3",
    String.raw`
Physics is quantitative, so you need confident mathematics: SI units and prefixes, significant figures, orders of magnitude, uncertainties and graphs. These skills are assessed across all papers, particularly in Paper 1B.

### Key ideas
- **SI base units**: kg, m, s, A, K, mol (and cd). Derived units can be written in base units, e.g. $\text{N} = \text{kg m s}^{-2}$. Check equations for **homogeneity** of units.
- **Prefixes** from pico ($10^{-12}$) to tera ($10^{12}$). Quote answers to the number of significant figures justified by the data, and give **orders of magnitude** when estimating.
- **Uncertainty** is quoted as absolute ($\pm\Delta x$), fractional ($\Delta x/x$) or percentage. An absolute uncertainty is usually given to one significant figure, and the value is rounded to the same decimal place.
- **Graphs**: plot the independent variable on the $x$-axis; draw **error bars**; a best-fit line or curve passes within them. Uncertainty in a gradient comes from the steepest and shallowest lines consistent with the error bars.
- **Linearize** relationships to get straight lines, e.g. plot $T^2$ against $l$, or $\ln y$ against $x$ for exponential data. Gradient and intercept then carry physical meaning.

### Equations
$$y = a \pm b:\ \Delta y = \Delta a + \Delta b \qquad y = \frac{ab}{c}:\ \frac{\Delta y}{y} = \frac{\Delta a}{a} + \frac{\Delta b}{b} + \frac{\Delta c}{c} \qquad y = a^n:\ \frac{\Delta y}{y} = \left|n\frac{\Delta a}{a}\right|$$

### Worked example
A cube has mass $(250 \pm 1)\ \text{g}$ and side $(4.00 \pm 0.02)\ \text{cm}$. Volume $= 4.00^3 = 64.0\ \text{cm}^3$. Density $= 250 / 64.0 = 3.906\ \text{g cm}^{-3}$. Fractional uncertainty $= 1/250 + 3 \times 0.02/4.00 = 0.004 + 0.015 = 0.019$ (1.9%), so $\Delta\rho = 0.019 \times 3.906 = 0.07$ and $\rho = (3.91 \pm 0.07)\ \text{g cm}^{-3}$.

### Exam tips
- **Determine** a gradient using a large triangle, with points read from the line, not from data.
- **Show that** answers need an extra significant figure beyond the value given.
- Common mistakes: adding absolute uncertainties for a product; forgetting to multiply by the power $n$; giving the uncertainty to more decimal places than the value.
`,
  ),
  note(
    "S.I1",
    String.raw`
Exploring and designing is the planning stage of an investigation: narrowing a topic to a focused research question, choosing variables, and designing a method that will produce enough reliable data to answer it. It is central to the internal assessment and to data-based exam questions.

### Key ideas
- A **research question** names the **independent variable** (what you change), the **dependent variable** (what you measure) and the system, e.g. "How does the length of a simple pendulum affect its period?"
- **Control variables** are kept constant because they could affect the result; say how each is controlled.
- Use background research and **preliminary trials** to choose a sensible **range** and enough values (typically at least five, spread evenly) with repeats.
- Choose techniques and instruments that make percentage uncertainties small: measure large quantities or many repeats at once.
- A **hypothesis** or prediction should be testable and, where possible, based on physics theory.
- Consider **safety**, **ethical** and **environmental** issues and how they were addressed.

### Equations
$$\text{percentage uncertainty} = \frac{\text{absolute uncertainty}}{\text{measured value}} \times 100\%$$

### Worked example
Periods near $1.4\ \text{s}$ are timed by hand with a reaction-time uncertainty of $\pm 0.2\ \text{s}$. Timing one oscillation gives a percentage uncertainty of $0.2 / 1.4 \times 100\% = 14\%$; timing ten oscillations ($14\ \text{s}$) gives $0.2 / 14 \times 100\% = 1.4\%$. The design should therefore time at least ten oscillations for each length.

### Exam tips
- **Identify** variables precisely with units and how they will be measured: "length from pivot to centre of bob, measured with a metre rule", not just "length".
- **Design** questions reward specific detail: ranges, number of values, repeats, instruments.
- Common mistakes: listing control variables without saying how they are controlled; choosing a range too narrow to show a trend.
`,
  ),
  note(
    "S.I2",
    String.raw`
Collecting and processing data turns raw readings into evidence. Record measurements clearly, then process them (means, derived quantities, uncertainties) and present them in graphs that reveal the relationship between variables.

### Key ideas
- **Raw data tables**: quantity and unit in each column heading, with the uncertainty, e.g. "$l$ / m $\pm 0.001$". Record each quantity to the precision of the instrument, with consistent decimal places.
- **Qualitative observations** (e.g. the pendulum began to twist) help later evaluation.
- **Processing**: average repeated readings; a simple estimate of the random uncertainty of a mean is half the range of the repeats. Carry uncertainties through to derived quantities.
- **Graphs**: suitable scales using most of the grid, labelled axes with units, error bars, a best-fit line and a judgement about **anomalous** points (re-measure or explain; do not just delete).
- Linearize so that theory predicts a straight line; the gradient and intercept then give physical quantities.
- Interpolate within the data range; extrapolate only with caution.

### Equations
$$\bar{x} = \frac{\sum x_i}{n} \qquad \Delta\bar{x} \approx \frac{x_{\max} - x_{\min}}{2} \qquad T^2 = \frac{4\pi^2}{g}\,l$$

### Worked example
A graph of $T^2$ against $l$ for a simple pendulum has gradient $4.02\ \text{s}^2\,\text{m}^{-1}$. Since the gradient is $4\pi^2/g$:
$$g = \frac{4\pi^2}{4.02} = 9.82\ \text{m s}^{-2}$$
If the steepest and shallowest lines through the error bars have gradients $4.10$ and $3.94\ \text{s}^2\,\text{m}^{-1}$, the gradient uncertainty is about $\pm 0.08$, i.e. 2%, so $g = (9.8 \pm 0.2)\ \text{m s}^{-2}$.

### Exam tips
- **Draw** best-fit lines that follow the trend; do not join the dots or force the line through the origin.
- **Determine** a physical quantity by stating what the gradient represents before calculating.
- Common mistakes: missing units in headings; inconsistent decimal places; plotting the dependent variable on the $x$-axis.
`,
  ),
  note(
    "S.I3",
    String.raw`
Concluding and evaluating is where you judge what your results show and how far they can be trusted. A strong conclusion answers the research question using the processed data, compares it with theory or accepted values, and evaluates the method honestly.

### Key ideas
- **Conclusion**: describe the relationship found (e.g. $T^2$ is proportional to $l$), refer to the graph and gradient, and relate it to physics theory.
- **Compare** with an accepted value using percentage discrepancy, and check whether the accepted value lies within your uncertainty range.
- **Random errors** scatter readings both ways; repeats and averaging reduce them. **Systematic errors** shift every reading the same way (zero errors, miscalibrated instruments, a consistent method fault); repeats do not help.
- On a graph, a systematic offset in one variable often shows as an unexpected intercept while leaving the gradient unchanged, which is one reason gradient methods are preferred.
- **Evaluate** the methodology: identify the most important weaknesses and limitations, explain their effect on the result, and suggest realistic, specific improvements and extensions.

### Equations
$$\text{percentage discrepancy} = \left|\frac{\text{experimental value} - \text{accepted value}}{\text{accepted value}}\right| \times 100\%$$

### Worked example
An experiment gives $g = (9.62 \pm 0.15)\ \text{m s}^{-2}$. The percentage discrepancy from $9.81\ \text{m s}^{-2}$ is $0.19 / 9.81 \times 100\% = 1.9\%$. The range $9.47$ to $9.77\ \text{m s}^{-2}$ does not include $9.81$, so random uncertainty alone cannot explain the difference: a systematic error is likely, and it should be identified in the evaluation.

### Exam tips
- **Discuss** whether data support a hypothesis by checking whether a straight line through the origin fits within all the error bars.
- **Evaluate** by naming a specific weakness, its effect on the result (too high or too low), and a specific improvement.
- Common mistakes: calling every discrepancy "human error"; suggesting "more careful measurement" as an improvement; claiming a result is "proved" by one experiment.
`,
  ),
];

export default { subject: "physics", notes } satisfies SubjectNotes;
