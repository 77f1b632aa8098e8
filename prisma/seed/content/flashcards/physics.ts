import type { SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

const content: SubjectFlashcards = {
  subject: "physics",
  flashcards: [
    // A.1 Kinematics
    {
      key: "physics-fc-a-1-01",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      front: "State the equations of motion for uniform acceleration (suvat).",
      back: String.raw`$v = u + at$; $s = ut + \tfrac{1}{2}at^2$; $v^2 = u^2 + 2as$; $s = \tfrac{(u+v)}{2}t$. Valid only when the acceleration is constant.`,
    },
    {
      key: "physics-fc-a-1-02",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      front: "What do the gradient and the area under a velocity–time graph represent?",
      back: "Gradient = acceleration. Area under the graph = displacement (area above the time axis positive, below negative).",
    },
    {
      key: "physics-fc-a-1-03",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      front: "Projectile with no air resistance: how do the horizontal and vertical components of velocity behave?",
      back: String.raw`Horizontal: constant ($a_x = 0$). Vertical: uniform acceleration $g$ downwards. The two are independent and linked only by the time of flight; the path is a parabola.`,
    },
    // A.2 Forces and momentum
    {
      key: "physics-fc-a-2-01",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      front: "Newton's second law in terms of momentum, and the definition of impulse.",
      back: String.raw`$F = \dfrac{\Delta p}{\Delta t}$ (resultant force = rate of change of momentum). Impulse $J = F\Delta t = \Delta p$, measured in N s; it equals the area under a force–time graph.`,
    },
    {
      key: "physics-fc-a-2-02",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      front: "Centripetal acceleration: formulas and direction.",
      back: String.raw`$a = \dfrac{v^2}{r} = \omega^2 r = \dfrac{4\pi^2 r}{T^2}$, directed towards the centre of the circle. $v = \omega r$, $\omega = 2\pi/T$. The centripetal force is not a new force: it is provided by tension, friction, gravity etc.`,
    },
    {
      key: "physics-fc-a-2-03",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      front: "Friction: static and dynamic.",
      back: String.raw`Static: $F_f \leq \mu_s F_N$ (up to a maximum, just before sliding). Dynamic (sliding): $F_f = \mu_d F_N$. Usually $\mu_d < \mu_s$.`,
    },
    // A.3 Work, energy and power
    {
      key: "physics-fc-a-3-01",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      front: "Work done by a constant force at angle θ to the displacement.",
      back: String.raw`$W = Fs\cos\theta$. No work is done by a force perpendicular to the motion (e.g. centripetal force). Work = area under a force–displacement graph.`,
    },
    {
      key: "physics-fc-a-3-02",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      front: "Energy stores: kinetic, gravitational and elastic potential energy.",
      back: String.raw`$E_k = \tfrac{1}{2}mv^2 = \dfrac{p^2}{2m}$; $\Delta E_p = mg\Delta h$ (near the surface); $E_H = \tfrac{1}{2}k\Delta x^2$.`,
    },
    {
      key: "physics-fc-a-3-03",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      front: "Power and efficiency.",
      back: String.raw`$P = \dfrac{\Delta W}{\Delta t} = Fv$. Efficiency $\eta = \dfrac{\text{useful work out}}{\text{total work in}} = \dfrac{\text{useful power out}}{\text{total power in}}$.`,
    },
    // A.4 Rigid body mechanics (HL)
    {
      key: "physics-fc-a-4-01",
      levels: ["HL"],
      topicCode: "A.4",
      front: "Torque, and the conditions for equilibrium of a rigid body.",
      back: String.raw`$\tau = Fr\sin\theta$ (N m). Equilibrium: resultant force $= 0$ **and** resultant torque about any axis $= 0$.`,
    },
    {
      key: "physics-fc-a-4-02",
      levels: ["HL"],
      topicCode: "A.4",
      front: "Rotational analogues of linear dynamics.",
      back: String.raw`$I = \sum mr^2$; $\tau = I\alpha$; $L = I\omega$ (conserved if no external torque); angular impulse $\tau\Delta t = \Delta L$; $E_k = \tfrac{1}{2}I\omega^2$. Rolling without slipping: $v = \omega r$.`,
    },
    // A.5 Relativity (HL)
    {
      key: "physics-fc-a-5-01",
      levels: ["HL"],
      topicCode: "A.5",
      front: "The two postulates of special relativity.",
      back: "1. The laws of physics are the same in all inertial reference frames. 2. The speed of light in a vacuum is the same for all inertial observers, regardless of the motion of the source.",
    },
    {
      key: "physics-fc-a-5-02",
      levels: ["HL"],
      topicCode: "A.5",
      front: "Lorentz factor, time dilation and length contraction.",
      back: String.raw`$\gamma = \dfrac{1}{\sqrt{1 - v^2/c^2}}$. $\Delta t = \gamma\Delta t_0$ (proper time $\Delta t_0$: events at the same place). $L = L_0/\gamma$ (proper length $L_0$: measured at rest relative to the object).`,
    },
    {
      key: "physics-fc-a-5-03",
      levels: ["HL"],
      topicCode: "A.5",
      front: "Lorentz transformations and the invariant spacetime interval.",
      back: String.raw`$x' = \gamma(x - vt)$, $t' = \gamma\left(t - \dfrac{vx}{c^2}\right)$. Invariant: $(ct)^2 - x^2 = (ct')^2 - x'^2$. Velocity addition: $u' = \dfrac{u - v}{1 - uv/c^2}$.`,
    },
    // B.1 Thermal energy transfers
    {
      key: "physics-fc-b-1-01",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      front: "Specific heat capacity vs specific latent heat.",
      back: String.raw`$Q = mc\Delta T$: energy per kg per K to raise the temperature. $Q = mL$: energy per kg to change phase at constant temperature (fusion or vaporization).`,
    },
    {
      key: "physics-fc-b-1-02",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      front: "Stefan–Boltzmann law and Wien's displacement law.",
      back: String.raw`$L = \sigma A T^4$ (black body; $\sigma = 5.67\times10^{-8}\ \text{W m}^{-2}\text{K}^{-4}$). $\lambda_{\max}T = 2.9\times10^{-3}\ \text{m K}$: hotter bodies peak at shorter wavelength.`,
    },
    {
      key: "physics-fc-b-1-03",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      front: "Rate of thermal energy transfer by conduction.",
      back: String.raw`$\dfrac{\Delta Q}{\Delta t} = kA\dfrac{\Delta T}{\Delta x}$, where $k$ is the thermal conductivity, $A$ the cross-sectional area and $\Delta x$ the thickness.`,
    },
    // B.2 Greenhouse effect
    {
      key: "physics-fc-b-2-01",
      levels: ["SL", "HL"],
      topicCode: "B.2",
      front: "Define albedo and emissivity.",
      back: String.raw`Albedo = total scattered (reflected) power ÷ total incident power. Emissivity $e$ = power emitted per unit area ÷ power emitted per unit area by a black body at the same temperature, so $P = e\sigma AT^4$.`,
    },
    {
      key: "physics-fc-b-2-02",
      levels: ["SL", "HL"],
      topicCode: "B.2",
      front: "Why is the mean solar intensity on Earth's surface taken as S/4?",
      back: String.raw`The Earth intercepts sunlight over a disc of area $\pi R^2$ but its surface area is $4\pi R^2$; averaged over the sphere (and day/night), the intensity is $S/4 \approx 340\ \text{W m}^{-2}$.`,
    },
    // B.3 Gas laws
    {
      key: "physics-fc-b-3-01",
      levels: ["SL", "HL"],
      topicCode: "B.3",
      front: "Ideal gas equation (two forms) and the mean kinetic energy of a molecule.",
      back: String.raw`$pV = nRT = Nk_BT$ ($T$ in kelvin). $\bar{E}_k = \tfrac{3}{2}k_BT$. Pressure $p = \tfrac{1}{3}\rho\overline{v^2}$.`,
    },
    {
      key: "physics-fc-b-3-02",
      levels: ["SL", "HL"],
      topicCode: "B.3",
      front: "Assumptions of the kinetic model of an ideal gas.",
      back: "Very many identical molecules in random motion; molecular volume negligible compared with the container; collisions perfectly elastic and of negligible duration; no intermolecular forces except during collisions (so internal energy is all kinetic).",
    },
    // B.4 Thermodynamics (HL)
    {
      key: "physics-fc-b-4-01",
      levels: ["HL"],
      topicCode: "B.4",
      front: "First law of thermodynamics (IB sign convention).",
      back: String.raw`$Q = \Delta U + W$: $Q$ = thermal energy **into** the gas, $W$ = work done **by** the gas ($p\Delta V$ at constant pressure). For a monatomic ideal gas $U = \tfrac{3}{2}nRT$.`,
    },
    {
      key: "physics-fc-b-4-02",
      levels: ["HL"],
      topicCode: "B.4",
      front: "Adiabatic vs isothermal process for an ideal gas.",
      back: String.raw`Isothermal: $T$ constant, $\Delta U = 0$, $Q = W$, $pV$ = constant. Adiabatic: $Q = 0$, $\Delta U = -W$, $pV^{5/3}$ = constant (monatomic); steeper curve on a p–V diagram.`,
    },
    {
      key: "physics-fc-b-4-03",
      levels: ["HL"],
      topicCode: "B.4",
      front: "Entropy: two expressions and the second law.",
      back: String.raw`$\Delta S = \dfrac{\Delta Q}{T}$; $S = k_B\ln\Omega$ ($\Omega$ = number of microstates). Second law: the entropy of an isolated system never decreases. Carnot efficiency $\eta = 1 - T_c/T_h$.`,
    },
    // B.5 Current and circuits
    {
      key: "physics-fc-b-5-01",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      front: "Resistivity equation.",
      back: String.raw`$R = \dfrac{\rho L}{A}$; $\rho$ in Ω m. Doubling the length doubles $R$; doubling the diameter quarters $R$.`,
    },
    {
      key: "physics-fc-b-5-02",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      front: "emf and internal resistance.",
      back: String.raw`$\varepsilon = I(R + r)$, so terminal pd $V = \varepsilon - Ir$. emf = energy transferred per unit charge by the cell. A $V$–$I$ graph has gradient $-r$ and intercept $\varepsilon$.`,
    },
    {
      key: "physics-fc-b-5-03",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      front: "Kirchhoff's circuit laws.",
      back: String.raw`Junction: $\sum I = 0$ (conservation of charge). Loop: $\sum\varepsilon = \sum IR$ around any closed loop (conservation of energy).`,
    },
    // C.1 SHM
    {
      key: "physics-fc-c-1-01",
      levels: ["SL", "HL"],
      topicCode: "C.1",
      front: "Condition for SHM, and the periods of a mass–spring system and a simple pendulum.",
      back: String.raw`$a = -\omega^2x$. Spring: $T = 2\pi\sqrt{m/k}$. Pendulum (small amplitude): $T = 2\pi\sqrt{L/g}$. Both independent of amplitude.`,
    },
    {
      key: "physics-fc-c-1-ahl-01",
      levels: ["HL"],
      topicCode: "C.1.AHL",
      front: "SHM equations for displacement, velocity and energy.",
      back: String.raw`$x = x_0\sin(\omega t + \phi)$; $v = \omega x_0\cos(\omega t + \phi)$; $v = \pm\omega\sqrt{x_0^2 - x^2}$; $E_T = \tfrac{1}{2}m\omega^2x_0^2$; $E_k = \tfrac{1}{2}m\omega^2(x_0^2 - x^2)$.`,
    },
    // C.2 Wave model
    {
      key: "physics-fc-c-2-01",
      levels: ["SL", "HL"],
      topicCode: "C.2",
      front: "Wave equation; transverse vs longitudinal.",
      back: String.raw`$v = f\lambda$, $T = 1/f$. Transverse: oscillation perpendicular to energy transfer (EM waves, waves on strings). Longitudinal: oscillation parallel (sound), with compressions and rarefactions.`,
    },
    // C.3 Wave phenomena
    {
      key: "physics-fc-c-3-01",
      levels: ["SL", "HL"],
      topicCode: "C.3",
      front: "Snell's law and the critical angle.",
      back: String.raw`$n_1\sin\theta_1 = n_2\sin\theta_2$; $\dfrac{n_1}{n_2} = \dfrac{v_2}{v_1}$. Critical angle (dense → less dense): $\sin\theta_c = n_2/n_1$; total internal reflection when $\theta > \theta_c$.`,
    },
    {
      key: "physics-fc-c-3-02",
      levels: ["SL", "HL"],
      topicCode: "C.3",
      front: "Double-slit interference: fringe spacing and conditions.",
      back: String.raw`$s = \dfrac{\lambda D}{d}$. Constructive: path difference $= n\lambda$. Destructive: $(n + \tfrac{1}{2})\lambda$ (for sources in phase). Sources must be coherent.`,
    },
    {
      key: "physics-fc-c-3-ahl-01",
      levels: ["HL"],
      topicCode: "C.3.AHL",
      front: "Single-slit first minimum and the diffraction grating equation.",
      back: String.raw`Single slit: $\theta = \dfrac{\lambda}{b}$ (central maximum twice as wide as the others). Grating: $n\lambda = d\sin\theta$; more slits give sharper, brighter maxima in the same positions.`,
    },
    // C.4 Standing waves
    {
      key: "physics-fc-c-4-01",
      levels: ["SL", "HL"],
      topicCode: "C.4",
      front: "Allowed wavelengths of standing waves on a string and in pipes.",
      back: String.raw`String fixed at both ends / pipe open at both ends: $L = \dfrac{n\lambda}{2}$, all harmonics. Pipe closed at one end: $L = \dfrac{(2n-1)\lambda}{4}$, odd harmonics only.`,
    },
    {
      key: "physics-fc-c-4-02",
      levels: ["SL", "HL"],
      topicCode: "C.4",
      front: "Resonance, and the effect of damping.",
      back: "Resonance: amplitude is a maximum when the driving frequency equals the natural frequency. More damping: lower, broader peak, shifted slightly to lower frequency.",
    },
    // C.5 Doppler
    {
      key: "physics-fc-c-5-01",
      levels: ["SL", "HL"],
      topicCode: "C.5",
      front: "Doppler effect for light (v ≪ c).",
      back: String.raw`$\dfrac{\Delta f}{f} = \dfrac{\Delta\lambda}{\lambda} \approx \dfrac{v}{c}$. Red shift (longer λ) = receding; blue shift = approaching.`,
    },
    {
      key: "physics-fc-c-5-ahl-01",
      levels: ["HL"],
      topicCode: "C.5.AHL",
      front: "Doppler equations for sound.",
      back: String.raw`Moving source: $f' = f\dfrac{v}{v \pm u_s}$ (minus when approaching). Moving observer: $f' = f\dfrac{v \pm u_o}{v}$ (plus when approaching).`,
    },
    // D.1 Gravitational fields
    {
      key: "physics-fc-d-1-01",
      levels: ["SL", "HL"],
      topicCode: "D.1",
      front: "Newton's law of gravitation, field strength and Kepler's third law.",
      back: String.raw`$F = \dfrac{GMm}{r^2}$; $g = \dfrac{F}{m} = \dfrac{GM}{r^2}$. Circular orbits: $T^2 = \dfrac{4\pi^2}{GM}r^3$, orbital speed $v = \sqrt{GM/r}$.`,
    },
    {
      key: "physics-fc-d-1-ahl-01",
      levels: ["HL"],
      topicCode: "D.1.AHL",
      front: "Gravitational potential, escape speed and orbital energy.",
      back: String.raw`$V_g = -\dfrac{GM}{r}$; $E_p = -\dfrac{GMm}{r}$; $g = -\dfrac{\Delta V_g}{\Delta r}$. Escape speed $v_{esc} = \sqrt{2GM/r}$. Orbit: $E_k = \dfrac{GMm}{2r}$, $E_T = -\dfrac{GMm}{2r}$.`,
    },
    // D.2 Electric and magnetic fields
    {
      key: "physics-fc-d-2-01",
      levels: ["SL", "HL"],
      topicCode: "D.2",
      front: "Coulomb's law and electric field strength.",
      back: String.raw`$F = k\dfrac{q_1q_2}{r^2}$, $k = \dfrac{1}{4\pi\varepsilon_0} = 8.99\times10^9\ \text{N m}^2\text{C}^{-2}$. $E = F/q$; point charge $E = kq/r^2$; parallel plates $E = V/d$ (uniform).`,
    },
    {
      key: "physics-fc-d-2-ahl-01",
      levels: ["HL"],
      topicCode: "D.2.AHL",
      front: "Electric potential and its link to field strength.",
      back: String.raw`$V_e = \dfrac{kq}{r}$ (scalar, zero at infinity); $E_p = \dfrac{kq_1q_2}{r}$; $E = -\dfrac{\Delta V_e}{\Delta r}$; $W = q\Delta V_e$. Equipotentials are perpendicular to field lines.`,
    },
    // D.3 Motion in EM fields
    {
      key: "physics-fc-d-3-01",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      front: "Magnetic forces on a moving charge, a wire, and between parallel wires.",
      back: String.raw`$F = qvB\sin\theta$; $F = BIL\sin\theta$; $\dfrac{F}{L} = \dfrac{\mu_0I_1I_2}{2\pi r}$ (same direction currents attract). Circular path: $r = \dfrac{mv}{qB}$.`,
    },
    // D.4 Induction (HL)
    {
      key: "physics-fc-d-4-01",
      levels: ["HL"],
      topicCode: "D.4",
      front: "Magnetic flux, Faraday's law and Lenz's law.",
      back: String.raw`$\Phi = BA\cos\theta$ (Wb). Faraday: $\varepsilon = -N\dfrac{\Delta\Phi}{\Delta t}$. Lenz: the induced current flows in a direction that opposes the change producing it (the minus sign). Moving rod: $\varepsilon = BvL$.`,
    },
    // E.1 Structure of the atom
    {
      key: "physics-fc-e-1-01",
      levels: ["SL", "HL"],
      topicCode: "E.1",
      front: "Conclusions of the Geiger–Marsden (Rutherford) scattering experiment.",
      back: "Most alphas pass straight through → atom mostly empty space. A few deflected through large angles → positive charge and most of the mass concentrated in a tiny, dense nucleus.",
    },
    {
      key: "physics-fc-e-1-02",
      levels: ["SL", "HL"],
      topicCode: "E.1",
      front: "Photon energy in an atomic transition.",
      back: String.raw`$E = hf = \dfrac{hc}{\lambda} = \Delta E$ between the two levels. Emission: electron drops; absorption: electron rises (dark lines in a continuous spectrum).`,
    },
    {
      key: "physics-fc-e-1-ahl-01",
      levels: ["HL"],
      topicCode: "E.1.AHL",
      front: "Nuclear radius, and the Bohr model of hydrogen.",
      back: String.raw`$R = R_0A^{1/3}$ with $R_0 = 1.20\times10^{-15}\ \text{m}$, so nuclear density is roughly the same for all nuclei. Bohr: $E_n = -\dfrac{13.6}{n^2}\ \text{eV}$, $mvr = \dfrac{nh}{2\pi}$.`,
    },
    // E.2 Quantum physics (HL)
    {
      key: "physics-fc-e-2-01",
      levels: ["HL"],
      topicCode: "E.2",
      front: "Photoelectric equation and the de Broglie relation.",
      back: String.raw`$E_{k,\max} = hf - \Phi$; threshold $f_0 = \Phi/h$; stopping potential $eV_s = E_{k,\max}$. Matter waves: $\lambda = \dfrac{h}{p}$.`,
    },
    {
      key: "physics-fc-e-2-02",
      levels: ["HL"],
      topicCode: "E.2",
      front: "Compton scattering and pair production.",
      back: String.raw`Compton: $\Delta\lambda = \dfrac{h}{m_ec}(1 - \cos\theta)$, evidence that photons carry momentum $p = h/\lambda$. Pair production: a photon of energy $\geq 2m_ec^2$ (1.02 MeV) creates $e^-e^+$ near a nucleus.`,
    },
    // E.3 Radioactive decay
    {
      key: "physics-fc-e-3-01",
      levels: ["SL", "HL"],
      topicCode: "E.3",
      front: "Mass defect and binding energy.",
      back: String.raw`Mass defect = mass of separate nucleons − mass of nucleus. Binding energy $= \Delta m\,c^2$ (1 u ≡ 931.5 MeV): energy needed to separate the nucleus into its nucleons. Fe-56/Ni-62 region has the highest binding energy per nucleon.`,
    },
    {
      key: "physics-fc-e-3-02",
      levels: ["SL", "HL"],
      topicCode: "E.3",
      front: "Compare alpha, beta and gamma radiation.",
      back: "α: He nucleus, strongly ionizing, stopped by paper / few cm of air. β⁻/β⁺: electron/positron, moderately ionizing, stopped by a few mm of aluminium. γ: EM photon, weakly ionizing, reduced by thick lead/concrete.",
    },
    {
      key: "physics-fc-e-3-ahl-01",
      levels: ["HL"],
      topicCode: "E.3.AHL",
      front: "Decay constant and the exponential decay law.",
      back: String.raw`$N = N_0e^{-\lambda t}$; $A = \lambda N = \lambda N_0 e^{-\lambda t}$; $T_{1/2} = \dfrac{\ln 2}{\lambda}$. $\lambda$ = probability of decay per unit time.`,
    },
    // E.4 Fission
    {
      key: "physics-fc-e-4-01",
      levels: ["SL", "HL"],
      topicCode: "E.4",
      front: "Why does fission of a heavy nucleus release energy, and what is a chain reaction?",
      back: "The fragments have a higher binding energy per nucleon than the parent, so the total mass decreases and energy is released. Each fission releases 2–3 neutrons; if on average at least one causes another fission the reaction is self-sustaining (needs a critical mass).",
    },
    // E.5 Fusion and stars
    {
      key: "physics-fc-e-5-01",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      front: "Luminosity and apparent brightness of a star.",
      back: String.raw`$L = \sigma 4\pi R^2 T^4$ (total power emitted). $b = \dfrac{L}{4\pi d^2}$ (power received per unit area at distance $d$).`,
    },
    {
      key: "physics-fc-e-5-02",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      front: "End states of stars after the main sequence.",
      back: "Low-mass stars: red giant → planetary nebula → white dwarf (core below the Chandrasekhar limit, ≈1.4 solar masses). High-mass stars: red supergiant → supernova → neutron star, or black hole if the remnant exceeds the Oppenheimer–Volkoff limit (≈2–3 solar masses).",
    },
    {
      key: "physics-fc-e-5-03",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      front: "Where are main-sequence stars, red giants and white dwarfs on an HR diagram?",
      back: "Axes: luminosity (up) against surface temperature (decreasing to the right). Main sequence: diagonal band from hot/bright (top left) to cool/dim (bottom right). Red giants and supergiants: top right. White dwarfs: bottom left.",
    },
    // Skills
    {
      key: "physics-fc-s-t3-01",
      levels: ["SL", "HL"],
      topicCode: "S.T3",
      front: "How do uncertainties propagate?",
      back: String.raw`Sum/difference: add absolute uncertainties. Product/quotient: add fractional (percentage) uncertainties. Power $a^n$: multiply the fractional uncertainty by $|n|$.`,
    },
    {
      key: "physics-fc-s-i3-01",
      levels: ["SL", "HL"],
      topicCode: "S.I3",
      front: "Random vs systematic errors.",
      back: "Random: unpredictable scatter about the true value; reduced by repeating and averaging. Systematic: all readings shifted the same way (e.g. zero error, poorly calibrated meter); not reduced by averaging; shows up as a non-zero intercept on a graph where zero is expected.",
    },
  ],
};

export default content;
