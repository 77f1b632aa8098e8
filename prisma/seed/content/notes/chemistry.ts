import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Chemistry (first assessment 2025), one per leaf topic of prisma/seed/content/subjects/chemistry.ts.
// A subtopic with an AHL child (e.g. S1.3 / S1.3H) is a leaf at SL, so it gets a note for both levels on its SL content and
// the AHL child an HL-only note; R1.4 is HL-only. Original writing; every number in a worked example was computed and
// checked. Formulae are written with \text{} or plain Unicode subscripts (no \ce). "$" is only ever a LaTeX delimiter.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `chem-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── Structure 1: Models of the particulate nature of matter
  note(
    "S1.1",
    String.raw`
All matter is made of particles (atoms, molecules or ions) in constant motion. Classifying matter and explaining changes of state both rest on this particulate model and on the link between temperature and the average kinetic energy of particles.

### Key ideas
- **Elements** contain one type of atom; **compounds** contain two or more elements chemically combined in a fixed ratio; **mixtures** contain substances physically combined in any ratio.
- Mixtures are **homogeneous** (uniform composition, e.g. salt solution) or **heterogeneous** (non-uniform, e.g. sand in water).
- Separation techniques exploit differences in physical properties: filtration, evaporation, crystallization, distillation, paper chromatography, solvent extraction.
- **Kelvin temperature** is proportional to the average kinetic energy of the particles: $T/\text{K} = t/{}^{\circ}\text{C} + 273.15$.
- During a change of state the temperature stays constant: energy supplied overcomes intermolecular forces instead of raising kinetic energy.

| Change | Name |
|---|---|
| solid → liquid | melting |
| liquid → gas | vaporization (boiling/evaporation) |
| solid → gas | sublimation |
| gas → solid | deposition |

### Exam tips
- **Outline** a separation: name the technique *and* the property it relies on (e.g. distillation: different boiling points).
- **Explain** a flat section on a heating curve in terms of energy used to overcome intermolecular forces, not "heat being absorbed".
- State symbols (s), (l), (g), (aq) are expected in equations. Do not confuse evaporation (surface, any temperature) with boiling (throughout the liquid, at the boiling point).
`,
  ),
  note(
    "S1.2",
    String.raw`
The nuclear model places almost all of an atom's mass in a tiny, dense, positive nucleus of protons and neutrons, surrounded by electrons. Isotopes and mass spectrometry let you work out relative atomic masses.

### Key ideas
| Particle | Relative mass | Relative charge |
|---|---|---|
| proton | 1 | +1 |
| neutron | 1 | 0 |
| electron | 1/1836 (negligible) | −1 |

- **Atomic number** $Z$ = number of protons; **mass number** $A$ = protons + neutrons. Nuclear symbol notation $^{A}_{Z}\text{X}$.
- **Isotopes** are atoms of the same element with different numbers of neutrons. They have the same chemical properties but different physical properties (mass, density, rate of diffusion).
- **Relative atomic mass** $A_r$ is the weighted mean mass of the atoms of an element relative to 1/12 of the mass of a carbon-12 atom.
- A **mass spectrum** shows the relative abundance of each isotope against mass-to-charge ratio $m/z$.

### Equations
$$A_r = \frac{\sum (\text{isotopic mass} \times \text{abundance})}{100}$$

### Worked example
Chlorine is 75.78% $^{35}\text{Cl}$ (mass 34.969) and 24.22% $^{37}\text{Cl}$ (mass 36.966):
$$A_r = \frac{75.78 \times 34.969 + 24.22 \times 36.966}{100} = 35.45$$

### Exam tips
- **Deduce** the numbers of subatomic particles in an ion: remember electrons = $Z$ − charge (so $^{32}\text{S}^{2-}$ has 18 electrons).
- $A_r$ has no units. A common mistake is to give the simple mean of the isotopic masses instead of the weighted mean.
`,
  ),
  note(
    "S1.3",
    String.raw`
Electrons occupy energy levels, sublevels and orbitals. Emission spectra are the evidence that these energies are quantized, and electron configurations explain the structure of the periodic table.

### Key ideas
- An electron falling from a higher to a lower level emits a photon of definite energy, giving a **line emission spectrum**. A **continuous spectrum** contains all wavelengths.
- In the hydrogen spectrum, lines **converge** at higher energy (shorter wavelength) because the energy levels get closer together further from the nucleus. Transitions to $n = 1$ are in the ultraviolet; to $n = 2$ are in the visible.
- Level $n$ holds up to $2n^2$ electrons. Sublevels: s (1 orbital), p (3), d (5), f (7); each orbital holds 2 electrons of opposite spin.
- **Aufbau principle**: fill the lowest energy orbitals first (1s 2s 2p 3s 3p 4s 3d 4p). **Hund's rule**: singly occupy orbitals of a sublevel before pairing. **Pauli exclusion principle**: at most two electrons per orbital, with opposite spins.
- Exceptions: Cr is $[\text{Ar}]3d^5 4s^1$ and Cu is $[\text{Ar}]3d^{10} 4s^1$.
- **First ionization energy** generally increases across a period (greater nuclear charge, similar shielding) and decreases down a group (outer electron further from the nucleus, more shielding).

### Equations
$$E = h\nu \qquad c = \nu\lambda$$

### Exam tips
- **Deduce** full and condensed configurations and orbital diagrams (arrows in boxes). For transition metal ions, remove 4s electrons before 3d: $\text{Fe}^{2+}$ is $[\text{Ar}]3d^6$.
- **Explain** the line spectrum: electrons move between discrete levels, so only certain photon energies (frequencies) are emitted.
- Common mistake: saying lines "get closer" at lower energy — convergence is at the high-energy end.
`,
  ),
  note(
    "S1.3H",
    String.raw`
At HL, ionization energies become a quantitative tool: the convergence limit of the hydrogen spectrum gives its ionization energy, and patterns in first and successive ionization energies give evidence for sublevels and for an element's group.

### Key ideas
- The **convergence limit** corresponds to the electron being removed completely ($n = \infty$), so its frequency gives the ionization energy.
- Dips in first ionization energy across a period: Al is lower than Mg (3p electron is higher in energy and shielded by 3s); S is lower than P (repulsion between paired electrons in a 3p orbital).
- **Successive ionization energies** always increase (electron removed from an increasingly positive ion). A **large jump** shows an electron is being removed from a new, inner shell; the number of electrons before the first big jump gives the group number.

### Equations
$$E = h\nu \qquad \text{IE (per mole)} = h\nu_{\text{limit}} \times N_A$$

### Worked example
The convergence limit of the Lyman series is $3.29 \times 10^{15}\ \text{Hz}$.
$$E = 6.63 \times 10^{-34} \times 3.29 \times 10^{15} = 2.18 \times 10^{-18}\ \text{J per atom}$$
Multiplying by $6.02 \times 10^{23}\ \text{mol}^{-1}$ and dividing by 1000 gives $1.31 \times 10^{3}\ \text{kJ mol}^{-1}$.

### Exam tips
- **Deduce** the group from successive ionization data: look for the first big jump, not the largest value.
- **Explain** dips using the sublevel or spin-pair argument, naming the orbitals involved.
- Common mistakes: forgetting to convert J per atom to kJ per mole; using the wavelength of a line that is not the convergence limit.
`,
    HL,
  ),
  note(
    "S1.4",
    String.raw`
The mole links the mass of a substance that you can weigh to the number of particles in it. It underpins every quantitative calculation in chemistry.

### Key ideas
- One **mole** contains exactly $6.02214076 \times 10^{23}$ particles (the Avogadro constant $N_A$).
- **Molar mass** $M$ ($\text{g mol}^{-1}$) is numerically equal to the relative formula mass.
- The **empirical formula** is the simplest whole-number ratio of atoms; the **molecular formula** is the actual number of atoms, a whole-number multiple of the empirical formula.
- **Concentration** is amount per volume, in $\text{mol dm}^{-3}$ (or $\text{g dm}^{-3}$). $1\ \text{dm}^3 = 1000\ \text{cm}^3$.
- **Avogadro's law**: equal volumes of gases at the same temperature and pressure contain equal numbers of molecules.

### Equations
$$n = \frac{m}{M} \qquad N = nN_A \qquad c = \frac{n}{V}$$

### Worked example
A hydrocarbon is 85.7% C and 14.3% H by mass. Amounts in 100 g: C $= 85.7/12.01 = 7.14$ mol, H $= 14.3/1.008 = 14.2$ mol. Ratio H : C $= 1.99 \approx 2$, so the empirical formula is $\text{CH}_2$. If $M = 56\ \text{g mol}^{-1}$, the molecular formula is $\text{C}_4\text{H}_8$ (since $56/14 = 4$).

Also: $5.00$ g of $\text{CaCO}_3$ ($M = 100.09\ \text{g mol}^{-1}$) is $0.0500$ mol.

### Exam tips
- **Calculate**: show units and give the answer to the number of significant figures in the least precise data.
- **Determine** an empirical formula: divide by $A_r$, then divide by the smallest amount; do not round 1.5 to 2 — multiply up instead.
- Common mistake: forgetting to convert $\text{cm}^3$ to $\text{dm}^3$ in $c = n/V$.
`,
  ),
  note(
    "S1.5",
    String.raw`
The ideal gas model treats gas particles as point masses moving randomly with no intermolecular forces and perfectly elastic collisions. It leads to the gas laws and the ideal gas equation.

### Key ideas
- Assumptions of the **ideal gas** model: negligible particle volume, no intermolecular forces, elastic collisions, average kinetic energy proportional to kelvin temperature.
- Real gases deviate most at **high pressure** (particle volume matters) and **low temperature** (intermolecular forces matter).
- Gas laws at fixed amount: Boyle ($pV$ constant at fixed $T$), Charles ($V \propto T$ at fixed $p$), Gay-Lussac ($p \propto T$ at fixed $V$).
- Molar volume of an ideal gas at STP (273.15 K, 100 kPa) is $22.7\ \text{dm}^3\ \text{mol}^{-1}$.

### Equations
$$pV = nRT \qquad \frac{p_1V_1}{T_1} = \frac{p_2V_2}{T_2} \qquad R = 8.31\ \text{J K}^{-1}\ \text{mol}^{-1}$$

### Worked example
Volume of 0.0500 mol of gas at 298 K and 100 kPa:
$$V = \frac{nRT}{p} = \frac{0.0500 \times 8.31 \times 298}{1.00 \times 10^{5}} = 1.24 \times 10^{-3}\ \text{m}^3 = 1.24\ \text{dm}^3$$

### Exam tips
- **Calculate** with $pV = nRT$ in SI units: $p$ in Pa, $V$ in $\text{m}^3$, $T$ in K. Convert $\text{dm}^3$ to $\text{m}^3$ by dividing by 1000.
- **Explain** deviations from ideal behaviour by naming which assumption fails and why.
- Common mistake: using °C instead of K in any gas law.
`,
  ),
  // ── Structure 2: Models of bonding and structure
  note(
    "S2.1",
    String.raw`
Ionic bonding is the electrostatic attraction between oppositely charged ions. Metals lose electrons to form cations; non-metals gain electrons to form anions, usually reaching a noble gas configuration.

### Key ideas
- Ionic compounds form a **lattice**: a three-dimensional arrangement of alternating cations and anions. The formula is the simplest ratio of ions.
- **Lattice enthalpy** measures the strength of ionic bonding; it increases with larger ionic charges and smaller ionic radii.
- A large difference in electronegativity suggests ionic bonding, but bonding is a continuum (see the bonding triangle).
- Polyatomic ions to know: $\text{NH}_4^+$, $\text{OH}^-$, $\text{NO}_3^-$, $\text{HCO}_3^-$, $\text{CO}_3^{2-}$, $\text{SO}_4^{2-}$, $\text{PO}_4^{3-}$.

| Property | Explanation |
|---|---|
| high melting point | strong electrostatic attractions throughout the lattice |
| conducts when molten or aqueous | ions are free to move |
| does not conduct as a solid | ions fixed in position |
| brittle | shifting layers brings like charges together, which repel |
| often soluble in water | ions attracted to polar water molecules |

### Exam tips
- **Deduce** formulae by balancing charges: $\text{Al}^{3+}$ and $\text{O}^{2-}$ give $\text{Al}_2\text{O}_3$.
- **Explain** conductivity in terms of *mobile ions*, never "free electrons", for ionic compounds.
- Common mistake: calling an ionic lattice "molecules" or describing ionic bonds as "sharing".
`,
  ),
  note(
    "S2.2",
    String.raw`
A covalent bond is the electrostatic attraction between a shared pair of electrons and the positively charged nuclei. Molecular shape, polarity and intermolecular forces together explain the physical properties of covalent substances.

### Key ideas
- Single, double and triple bonds: more shared pairs means **shorter and stronger** bonds. A **coordination bond** has both electrons from one atom.
- **VSEPR**: electron domains repel and arrange as far apart as possible; lone pairs repel more than bonding pairs.

| Electron domains | Shape examples | Angle |
|---|---|---|
| 2 | linear ($\text{CO}_2$) | 180° |
| 3 | trigonal planar ($\text{BF}_3$), bent ($\text{SO}_2$) | 120° (less if lone pair) |
| 4 | tetrahedral ($\text{CH}_4$), trigonal pyramidal ($\text{NH}_3$), bent ($\text{H}_2\text{O}$) | 109.5°, about 107°, about 105° |

- **Bond polarity** comes from differences in electronegativity; **molecular polarity** also depends on shape (symmetrical $\text{CO}_2$ is non-polar).
- **Covalent network structures**: diamond, graphite, graphene, $\text{SiO}_2$ — very high melting points.
- Intermolecular forces, weakest to strongest for similar mass: **London (dispersion)** < **dipole–dipole** < **hydrogen bonding** (H bonded to N, O or F).
- **Chromatography** separates by relative attraction to stationary and mobile phases: $R_F = \dfrac{\text{distance moved by spot}}{\text{distance moved by solvent}}$.

### Exam tips
- **Explain** boiling point differences by naming the intermolecular forces and comparing their strength (e.g. number of electrons for London forces).
- **Deduce** shape from the Lewis formula: count electron domains first, then name the shape from atom positions only.
- Common mistake: saying covalent bonds break when a molecular substance boils — only intermolecular forces are overcome.
`,
  ),
  note(
    "S2.2H",
    String.raw`
The HL covalent model refines Lewis formulae and explains bonding in terms of orbital overlap: resonance and formal charge choose between structures, and hybridization explains observed shapes.

### Key ideas
- **Expanded octets**: period 3 and later atoms can have more than eight electrons, giving five or six electron domains.

| Domains | Shapes |
|---|---|
| 5 | trigonal bipyramidal ($\text{PCl}_5$), seesaw ($\text{SF}_4$), T-shaped ($\text{ClF}_3$), linear ($\text{XeF}_2$) |
| 6 | octahedral ($\text{SF}_6$), square pyramidal ($\text{BrF}_5$), square planar ($\text{XeF}_4$) |

- **Formal charge** = valence electrons − non-bonding electrons − ½ bonding electrons. The preferred structure has formal charges closest to zero, with any negative charge on the more electronegative atom.
- **Resonance**: when more than one valid Lewis formula exists, the real structure is a hybrid with **delocalized** electrons, e.g. equal C–O bond lengths in $\text{CO}_3^{2-}$ and equal C–C bonds in benzene.
- **Sigma (σ) bonds** form by head-on overlap along the internuclear axis; **pi (π) bonds** by sideways overlap of p orbitals above and below it. A double bond = 1σ + 1π; a triple bond = 1σ + 2π.
- **Hybridization**: sp (linear, 2 domains), sp² (trigonal planar, 3), sp³ (tetrahedral, 4).

### Equations
$$\text{FC} = V - N - \tfrac{1}{2}B$$

### Exam tips
- **Deduce** hybridization from the number of electron domains around the atom, counting lone pairs.
- **Explain** why benzene's bonds are all the same length using delocalized π electrons.
- Common mistake: counting a double bond as two σ bonds.
`,
    HL,
  ),
  note(
    "S2.3",
    String.raw`
Metallic bonding is the electrostatic attraction between a lattice of cations and a "sea" of delocalized electrons. This model explains the characteristic physical properties of metals.

### Key ideas
- Outer electrons are **delocalized** over the whole lattice; the cations are held in fixed positions.
- The strength of metallic bonding increases with **more delocalized electrons per atom**, **higher cation charge** and **smaller ionic radius**. So Mg melts higher than Na, and melting points of group 1 fall down the group.

| Property | Explanation |
|---|---|
| electrical conductivity | delocalized electrons are mobile and carry charge |
| thermal conductivity | mobile electrons and vibrating cations transfer energy |
| malleable and ductile | layers of cations slide while the electron sea keeps holding them |
| high melting points (mostly) | strong attraction between cations and delocalized electrons |
| lustre | delocalized electrons interact with light |

### Exam tips
- **Describe** metallic bonding in full: "electrostatic attraction between a lattice of positive ions and delocalized electrons".
- **Explain** trends (e.g. Na < Mg < Al melting point) using charge density of the cation and number of delocalized electrons.
- Common mistakes: saying metals contain "free protons" or "negative ions"; saying malleability is due to bonds breaking.
`,
  ),
  note(
    "S2.3H",
    String.raw`
Transition elements show metallic bonding that is stronger than in the s-block because both 4s and 3d electrons can be delocalized.

### Key ideas
- A **transition element** has an incomplete d sublevel in at least one of its stable ions (so Zn, with $3d^{10}$ in $\text{Zn}^{2+}$, is not one).
- Because 4s and 3d electrons are close in energy, **more electrons per atom are delocalized**, so transition metals have high melting points, high densities and good electrical conductivity.
- Compared with group 1 and 2 metals of the same period, transition metals are harder and melt at much higher temperatures (e.g. iron melts far above calcium).

| Metal | Delocalized electrons (typical) | Comparative melting point |
|---|---|---|
| K | 1 (4s) | low |
| Ca | 2 (4s) | moderate |
| Fe | 4s and 3d | high |

### Exam tips
- **Explain** the high melting point of a transition metal: delocalization of d electrons as well as s electrons gives stronger attraction between cations and the electron sea.
- **Outline** why zinc is not a transition element using the definition above.
- Common mistake: claiming d electrons are "shared in covalent bonds" in the metal — the model is delocalization.
`,
    HL,
  ),
  note(
    "S2.4",
    String.raw`
Real materials rarely fit one bonding type exactly. The bonding triangle places substances between ionic, covalent and metallic extremes using electronegativity data, and explains the properties of alloys and polymers.

### Key ideas
- **Bonding triangle** (van Arkel–Ketelaar): the horizontal axis is the **average electronegativity**, the vertical axis is the **difference in electronegativity**. Top: ionic; bottom left: metallic; bottom right: covalent.
- **Alloys** are mixtures of a metal with other elements. Atoms of different sizes disrupt the regular layers, making alloys harder and stronger than the pure metal.
- **Polymers** are long chains made from repeating units. **Addition polymers** form from alkene monomers when the C=C double bond opens; no other product forms.
- Plastics are durable because the C–C and C–H bonds are strong and non-polar; this also makes them resistant to degradation, an environmental problem. Recycling, biodegradable polymers and reducing use are responses.

### Worked example
Deduce the repeating unit of poly(chloroethene) from chloroethene, $\text{CH}_2{=}\text{CHCl}$: open the double bond and draw $-[\text{CH}_2-\text{CHCl}]-$ with continuation bonds on each side; the whole polymer is $-[\text{CH}_2-\text{CHCl}]_n-$.

### Exam tips
- **Deduce** bonding type from the bonding triangle: calculate the mean and the difference of the two electronegativities, then locate the point.
- **Explain** why alloys are less malleable in terms of irregular layers that cannot slide easily.
- Common mistake: drawing the repeating unit with a double bond still in place, or forgetting the continuation bonds.
`,
  ),
  note(
    "S2.4H",
    String.raw`
Condensation polymers form when monomers with two functional groups join and a small molecule, usually water, is eliminated at each link. Polyesters and polyamides (including proteins) are the key examples.

### Key ideas
- **Polyesters**: a diol + a dicarboxylic acid form **ester links** (–COO–), eliminating $\text{H}_2\text{O}$.
- **Polyamides**: a diamine + a dicarboxylic acid form **amide links** (–CONH–), eliminating $\text{H}_2\text{O}$. Proteins are polyamides made from 2-amino acids.
- **Hydrolysis** reverses condensation: water (catalysed by acid, alkali or enzymes) breaks the ester or amide links, which is why many condensation polymers are more biodegradable than addition polymers.
- Hydrogen bonding between amide groups on neighbouring chains gives polyamides high strength.

| | Addition polymer | Condensation polymer |
|---|---|---|
| monomer | alkene (C=C) | two functional groups per monomer |
| by-product | none | small molecule, e.g. $\text{H}_2\text{O}$ |
| backbone | C–C only | includes ester or amide links |

### Exam tips
- **Deduce** the repeating unit: it contains one of each monomer residue joined by one ester or amide link.
- **Identify** the monomers from a polymer section by breaking each link and adding back H and OH.
- Common mistakes: forgetting that $n$ monomers of each type eliminate about $2n$ water molecules in a chain; drawing the ester link backwards.
`,
    HL,
  ),
  // ── Structure 3: Classification of matter
  note(
    "S3.1",
    String.raw`
The periodic table arranges elements by increasing atomic number into periods (rows) and groups (columns). Position predicts electron configuration and so explains periodic trends in atomic properties and chemical behaviour.

### Key ideas
- The **period number** equals the number of occupied energy levels; for the s and p blocks the **group** gives the number of outer electrons. Blocks (s, p, d, f) show the sublevel being filled.
- Trends across a period (left to right): atomic radius **decreases**, ionization energy and electronegativity **increase** (nuclear charge rises, shielding roughly constant).
- Down a group: atomic radius **increases**, ionization energy and electronegativity **decrease** (more shells, more shielding).
- Cations are smaller than their atoms; anions are larger than their atoms.
- Oxides: metal oxides are **basic** ($\text{Na}_2\text{O}$ + water gives NaOH), non-metal oxides are **acidic** ($\text{SO}_3$ + water gives $\text{H}_2\text{SO}_4$); $\text{Al}_2\text{O}_3$ is **amphoteric**. $\text{NO}_x$ and $\text{SO}_x$ cause acid rain.
- Group 1 reactivity increases down the group; group 17 reactivity decreases down the group (a halogen displaces a less reactive halide).
- **Oxidation states** are assigned with simple rules; the oxidation state in a name is shown with Roman numerals, e.g. iron(III) oxide.

### Exam tips
- **Explain** a trend with the three factors: nuclear charge, distance of outer electrons, shielding.
- **State** equations for oxides reacting with water, with state symbols.
- Common mistakes: saying "more shells means more attraction"; confusing electron affinity with electronegativity.
`,
  ),
  note(
    "S3.1H",
    String.raw`
Transition elements form ions with incomplete d sublevels, which gives them variable oxidation states, complex ions, coloured compounds, catalytic activity and magnetic properties.

### Key ideas
- **Variable oxidation states**: 4s and 3d electrons are close in energy, so different numbers can be lost (e.g. Fe +2, +3; Mn +2 to +7).
- **Complex ions** have a central metal ion bonded to **ligands** by **coordination bonds**; ligands donate a lone pair (e.g. $\text{H}_2\text{O}$, $\text{NH}_3$, $\text{Cl}^-$, $\text{CN}^-$).
- **Colour**: ligands split the d orbitals into two sets. An electron absorbs visible light to move to the higher set; the colour seen is complementary to the colour absorbed.
- The size of the splitting depends on the **metal identity**, its **oxidation state**, the **ligand** (spectrochemical series) and the geometry.
- Ions with $d^0$ (e.g. $\text{Sc}^{3+}$) or $d^{10}$ (e.g. $\text{Zn}^{2+}$) are colourless: no d–d transition is possible.
- **Paramagnetic** species have unpaired electrons; **diamagnetic** species have all electrons paired.

### Worked example
Deduce the oxidation state of the metal in $[\text{Fe(CN)}_6]^{3-}$: each $\text{CN}^-$ is −1, so $x + 6(-1) = -3$, giving $x = +3$.

### Exam tips
- **Explain** colour in four steps: ligands split d orbitals → electron absorbs a specific frequency of visible light → promoted to higher d level → complementary colour transmitted.
- **Deduce** the charge of a complex from the metal oxidation state and ligand charges.
- Common mistake: saying the colour seen is the colour absorbed.
`,
    HL,
  ),
  note(
    "S3.2",
    String.raw`
Organic compounds are classified into homologous series by their functional groups. Naming, formula types, structural isomers and spectroscopic identification all follow from this.

### Key ideas
- A **homologous series** has the same functional group and general formula; successive members differ by $\text{CH}_2$ and show a gradual trend in physical properties (boiling point rises with chain length).
- Formula types: molecular, empirical, structural (full, condensed, skeletal).
- Functional groups: alkene (C=C), hydroxyl (–OH, alcohols), carbonyl (aldehydes –CHO, ketones C=O), carboxyl (–COOH), ester (–COO–), ether (–O–), amino (–NH₂), amido (–CONH–), halogeno (–X), phenyl.
- Alcohols and halogenoalkanes are **primary, secondary or tertiary** by the number of carbon atoms attached to the carbon bearing the group.
- **Structural isomers**: same molecular formula, different structural formula.
- Spectroscopy: **mass spectrometry** gives molar mass (molecular ion) and fragments; **IR** identifies bonds (broad O–H, C=O about 1700 $\text{cm}^{-1}$); **¹H NMR** gives the number of hydrogen environments (signals) and their ratio (integration); **index of hydrogen deficiency (IHD)** counts rings and π bonds.

### Equations
$$\text{IHD} = \frac{(2c + 2) - h - x + n}{2}$$
for $\text{C}_c\text{H}_h\text{N}_n\text{O}_o\text{X}_x$ (oxygen does not affect IHD).

### Worked example
$\text{C}_4\text{H}_8\text{O}$: $\text{IHD} = (2 \times 4 + 2 - 8)/2 = 1$, so one ring or one double bond (e.g. C=O in butanone).

### Exam tips
- **Deduce** IUPAC names: longest chain, lowest locants, substituents in alphabetical order.
- **Identify** peaks in IR using the data booklet and quote the wavenumber range.
- Common mistake: counting the TMS reference as a signal.
`,
  ),
  note(
    "S3.2H",
    String.raw`
HL extends isomerism to stereoisomers and spectroscopy to splitting patterns in ¹H NMR, and asks you to combine MS, IR and NMR evidence to deduce a structure.

### Key ideas
- **Stereoisomers** have the same structural formula but a different arrangement of atoms in space.
- **cis–trans (geometric) isomerism** needs restricted rotation (C=C or a ring) and two different groups on each carbon of the double bond.
- **Optical isomers (enantiomers)** exist when a carbon has four different groups (a **chiral centre**). Enantiomers are non-superimposable mirror images that rotate plane-polarized light by equal amounts in opposite directions; a **racemic mixture** (50:50) shows no rotation.
- **¹H NMR splitting** (n + 1 rule): a signal is split into $n + 1$ peaks by $n$ hydrogens on adjacent carbons.

| Neighbouring H | Pattern |
|---|---|
| 0 | singlet |
| 1 | doublet |
| 2 | triplet |
| 3 | quartet |

- TMS, $\text{Si(CH}_3)_4$, is the reference (δ = 0 ppm): one strong signal, inert, volatile.
- **Combined spectroscopy**: MS gives $M_r$ and fragments; IR gives functional groups; NMR gives environments, ratios and neighbours.

### Worked example
Ethanol, $\text{CH}_3\text{CH}_2\text{OH}$: three environments in ratio 3:2:1. The $\text{CH}_3$ is a triplet (2 neighbouring H); the $\text{CH}_2$ a quartet (3 neighbours, the OH H usually not coupling); the OH a singlet.

### Exam tips
- **Deduce** a structure by stating which evidence each spectrum gives, then drawing one structure consistent with all of them.
- Common mistake: counting hydrogens on the same carbon as "neighbours" for splitting.
`,
    HL,
  ),
  // ── Reactivity 1: What drives chemical reactions?
  note(
    "R1.1",
    String.raw`
Chemical reactions transfer energy between the system and the surroundings. Calorimetry measures the temperature change of the surroundings so that the enthalpy change of the reaction can be calculated.

### Key ideas
- **Exothermic** reactions release heat to the surroundings (ΔH negative, temperature rises). **Endothermic** reactions absorb heat (ΔH positive, temperature falls).
- On an energy profile, exothermic reactions have products lower than reactants; the **activation energy** is the barrier from reactants to the transition state.
- **Standard conditions**: 100 kPa and a stated temperature (usually 298 K); concentrations of $1\ \text{mol dm}^{-3}$.
- Calorimetry assumes all heat goes into the water (or solution), the solution has the density and specific heat capacity of water, and heat loss is negligible. Heat loss makes experimental values **less exothermic** than literature values.

### Equations
$$Q = mc\Delta T \qquad \Delta H = -\frac{Q}{n}$$

### Worked example
50.0 g of solution rises by 6.5 K when 0.0250 mol of acid is neutralized ($c = 4.18\ \text{J g}^{-1}\ \text{K}^{-1}$).
$$Q = 50.0 \times 4.18 \times 6.5 = 1358.5\ \text{J} \approx 1.36\ \text{kJ}$$
$$\Delta H = -\frac{1.3585}{0.0250} = -54\ \text{kJ mol}^{-1}$$
(two significant figures, limited by ΔT).

### Exam tips
- **Calculate**: use the mass of the solution (not of the solid added) and convert J to kJ.
- Always include the **sign** of ΔH; a temperature rise means negative ΔH.
- **Suggest** improvements: insulate the cup, add a lid, extrapolate a temperature–time graph to correct for heat loss.
`,
  ),
  note(
    "R1.2",
    String.raw`
Energy cycles let you find enthalpy changes that cannot be measured directly. Bond enthalpies and Hess's law are the two key tools at SL.

### Key ideas
- **Bond breaking is endothermic**; **bond making is exothermic**. A reaction is exothermic when more energy is released making bonds than is absorbed breaking them.
- **Average bond enthalpy**: the energy needed to break one mole of a bond in gaseous molecules, averaged over similar compounds. Values from them are approximate and only apply to gaseous species.
- **Hess's law**: the enthalpy change for a reaction is independent of the route taken, provided starting and final conditions are the same.

### Equations
$$\Delta H = \sum(\text{bonds broken}) - \sum(\text{bonds formed})$$

### Worked example
$\text{H}_2(\text{g}) + \text{Cl}_2(\text{g}) \rightarrow 2\text{HCl}(\text{g})$ using H–H 436, Cl–Cl 242 and H–Cl 431 $\text{kJ mol}^{-1}$:
$$\Delta H = (436 + 242) - 2(431) = -184\ \text{kJ mol}^{-1}$$

### Exam tips
- **Calculate** with Hess's law by manipulating equations: reversing an equation changes the sign of ΔH; multiplying it multiplies ΔH.
- **Explain** why a bond-enthalpy value differs from an experimental value: bond enthalpies are averages and assume all species are gaseous.
- Common mistakes: writing "formed − broken"; forgetting to count every bond (e.g. 4 C–H in methane).
`,
  ),
  note(
    "R1.2H",
    String.raw`
At HL, Hess's law is applied with standard enthalpies of formation and combustion, and Born–Haber cycles give lattice enthalpies of ionic compounds.

### Key ideas
- **Standard enthalpy of formation** $\Delta H_f^\ominus$: enthalpy change when one mole of a compound forms from its elements in their standard states. Zero for an element in its standard state.
- **Standard enthalpy of combustion** $\Delta H_c^\ominus$: enthalpy change when one mole of a substance burns completely in oxygen under standard conditions.
- **Lattice enthalpy** $\Delta H_{\text{lattice}}^\ominus$: enthalpy change when one mole of an ionic solid separates into gaseous ions (endothermic as defined in the data booklet).
- A **Born–Haber cycle** links atomization, ionization energies, electron affinities and enthalpy of formation to the lattice enthalpy.

### Equations
$$\Delta H^\ominus = \sum \Delta H_f^\ominus(\text{products}) - \sum \Delta H_f^\ominus(\text{reactants})$$
$$\Delta H^\ominus = \sum \Delta H_c^\ominus(\text{reactants}) - \sum \Delta H_c^\ominus(\text{products})$$

### Worked example
$\text{CH}_4(\text{g}) + 2\text{O}_2(\text{g}) \rightarrow \text{CO}_2(\text{g}) + 2\text{H}_2\text{O}(\text{l})$ with $\Delta H_f^\ominus$: $\text{CH}_4$ −74.8, $\text{CO}_2$ −393.5, $\text{H}_2\text{O}(\text{l})$ −285.8 $\text{kJ mol}^{-1}$:
$$\Delta H^\ominus = [-393.5 + 2(-285.8)] - [-74.8 + 0] = -890.3\ \text{kJ mol}^{-1}$$

### Exam tips
- **Define** terms exactly: "one mole", "standard states", "under standard conditions".
- **Calculate** from a Born–Haber cycle by going round the cycle in one direction and adding, remembering that second electron affinities are endothermic.
- Common mistakes: mixing the "products − reactants" (formation) and "reactants − products" (combustion) rules; forgetting to multiply by coefficients.
`,
    HL,
  ),
  note(
    "R1.3",
    String.raw`
Fuels release energy when they react with oxygen. Comparing fuels means weighing the energy released against the pollution and carbon dioxide produced.

### Key ideas
- **Complete combustion** of a hydrocarbon or alcohol gives $\text{CO}_2$ and $\text{H}_2\text{O}$; **incomplete combustion** (limited oxygen) also gives CO and/or C (soot).
- CO is toxic (binds to haemoglobin); soot particulates harm the lungs.
- **Fossil fuels** (coal, crude oil, natural gas) are non-renewable and release carbon that was locked away, raising atmospheric $\text{CO}_2$, a greenhouse gas.
- **Biofuels** (e.g. ethanol from fermentation, biodiesel) are made from recently living material and are renewable, but compete with food crops for land.
- A **fuel cell** converts the chemical energy of a fuel (e.g. hydrogen or methanol) directly into electrical energy; with $\text{H}_2$ the only product is water.
- **Specific energy** is energy released per unit mass ($\text{kJ g}^{-1}$); **energy density** is per unit volume.

### Worked example
Ethanol: $\Delta H_c = -1367\ \text{kJ mol}^{-1}$ and $M = 46.08\ \text{g mol}^{-1}$. Specific energy $= 1367 / 46.08 = 29.7\ \text{kJ g}^{-1}$.

### Exam tips
- **Deduce** balanced combustion equations: balance C, then H, then O (halves are fine, or double everything).
- **Evaluate** a fuel by giving both advantages and disadvantages (energy, cost, renewability, emissions).
- Common mistake: describing biofuels as "carbon neutral" without qualification — energy for farming and processing also releases $\text{CO}_2$.
`,
  ),
  note(
    "R1.4",
    String.raw`
Entropy measures the dispersal of energy and matter. Whether a reaction is spontaneous depends on both enthalpy and entropy, combined in the Gibbs energy change.

### Key ideas
- **Entropy** $S$ increases from solid to liquid to gas, with more particles (especially gas molecules), with mixing and with higher temperature.
- Standard entropies are positive for all substances (including elements); $\Delta S^\ominus = \sum S^\ominus(\text{products}) - \sum S^\ominus(\text{reactants})$.
- A reaction is **spontaneous** (thermodynamically feasible) when $\Delta G < 0$.

| ΔH | ΔS | Spontaneous? |
|---|---|---|
| − | + | at all temperatures |
| + | − | never |
| − | − | at low temperatures |
| + | + | at high temperatures |

### Equations
$$\Delta G^\ominus = \Delta H^\ominus - T\Delta S^\ominus$$

### Worked example
$\text{CaCO}_3(\text{s}) \rightarrow \text{CaO}(\text{s}) + \text{CO}_2(\text{g})$: $\Delta H^\ominus = +178\ \text{kJ mol}^{-1}$, $\Delta S^\ominus = +161\ \text{J K}^{-1}\ \text{mol}^{-1}$.
At 298 K: $\Delta G^\ominus = 178 - 298 \times 0.161 = +130\ \text{kJ mol}^{-1}$ (not spontaneous).
It becomes spontaneous above $T = 178 / 0.161 = 1.11 \times 10^{3}\ \text{K}$.

### Exam tips
- **Calculate**: convert ΔS from $\text{J K}^{-1}\ \text{mol}^{-1}$ to $\text{kJ K}^{-1}\ \text{mol}^{-1}$ before using it with ΔH in kJ.
- **Predict** the sign of ΔS from the change in the number of moles of gas.
- Common mistake: saying a spontaneous reaction must be fast — ΔG says nothing about rate.
`,
    HL,
  ),
  // ── Reactivity 2: How much, how fast and how far?
  note(
    "R2.1",
    String.raw`
Balanced equations give the mole ratio in which substances react. From it you can find reacting masses, volumes of gases, limiting reactants, yields and titration results.

### Key ideas
- Coefficients in a balanced equation give the **mole ratio** (stoichiometry), not the mass ratio.
- The **limiting reactant** is used up first and determines the amount of product; the other reactant is **in excess**.
- **Theoretical yield** is the maximum mass of product from the limiting reactant; **percentage yield** compares the actual yield with it.
- **Atom economy** measures how much of the reactants' mass ends up in the desired product — a green chemistry measure.
- In a **titration**, a solution of known concentration (standard solution) reacts with a measured volume of the unknown; the **equivalence point** is where amounts match the mole ratio.

### Equations
$$\text{percentage yield} = \frac{\text{actual yield}}{\text{theoretical yield}} \times 100 \qquad \text{atom economy} = \frac{M(\text{desired product})}{\sum M(\text{reactants})} \times 100$$

### Worked example
25.0 $\text{cm}^3$ of NaOH(aq) is neutralized by 21.40 $\text{cm}^3$ of 0.100 $\text{mol dm}^{-3}$ HCl (1 : 1 ratio).
$$n(\text{HCl}) = 0.100 \times \frac{21.40}{1000} = 2.14 \times 10^{-3}\ \text{mol} = n(\text{NaOH})$$
$$c(\text{NaOH}) = \frac{2.14 \times 10^{-3}}{0.0250} = 0.0856\ \text{mol dm}^{-3}$$

### Exam tips
- **Determine** the limiting reactant by dividing each amount by its coefficient; the smaller result is limiting.
- **Calculate** step by step: mass → moles → ratio → moles → mass (or concentration).
- Common mistakes: using masses in the mole ratio; forgetting the factor of 2 in reactions such as $\text{H}_2\text{SO}_4 + 2\text{NaOH}$.
`,
  ),
  note(
    "R2.2",
    String.raw`
Rate of reaction is the change in concentration of a reactant or product per unit time. Collision theory explains how concentration, temperature, surface area and catalysts change the rate.

### Key ideas
- Rate units: $\text{mol dm}^{-3}\ \text{s}^{-1}$. On a concentration–time graph the rate at any moment is the **gradient of the tangent**.
- **Collision theory**: particles react only if they collide with energy at least equal to the **activation energy** $E_a$ and with the correct **orientation**.
- Increasing **concentration**, **pressure** (gases) or **surface area** increases the **frequency of collisions**.
- Increasing **temperature** increases the proportion of particles with $E \geq E_a$ (the main effect) and also the collision frequency. On a **Maxwell–Boltzmann distribution** the curve flattens and shifts right; the area is unchanged.
- A **catalyst** provides an alternative pathway with lower $E_a$; it is not used up.
- Rate can be followed by measuring gas volume, mass loss, colour change, pH or conductivity over time.

### Equations
$$\text{rate} = \frac{\Delta[\text{concentration}]}{\Delta t}$$

### Worked example
A reactant's concentration falls from 0.50 to 0.30 $\text{mol dm}^{-3}$ in 40 s. Average rate $= (0.50 - 0.30)/40 = 5.0 \times 10^{-3}\ \text{mol dm}^{-3}\ \text{s}^{-1}$.

### Exam tips
- **Explain** using collision theory: always link the change to the *frequency of successful collisions*.
- **Sketch** Maxwell–Boltzmann curves starting at the origin and never touching the energy axis at high energy; mark $E_a$.
- Common mistake: saying a catalyst "gives particles more energy" — it lowers the activation energy instead.
`,
  ),
  note(
    "R2.2H",
    String.raw`
At HL, rates are described quantitatively with rate equations, orders of reaction and rate constants, which connect to reaction mechanisms and to the Arrhenius equation.

### Key ideas
- **Rate equation**: $\text{rate} = k[\text{A}]^m[\text{B}]^n$; orders $m$ and $n$ are found **experimentally**, not from the balanced equation. Overall order $= m + n$.
- **Zero order**: rate independent of concentration. **First order**: doubling concentration doubles rate; constant **half-life**. **Second order**: doubling concentration quadruples rate.
- Units of $k$ depend on overall order: zero $\text{mol dm}^{-3}\ \text{s}^{-1}$, first $\text{s}^{-1}$, second $\text{dm}^3\ \text{mol}^{-1}\ \text{s}^{-1}$.
- A **mechanism** is a sequence of **elementary steps**; the slowest is the **rate-determining step**, and species in it appear in the rate equation. **Molecularity** is the number of particles in an elementary step. **Intermediates** form and are used up; **transition states** are energy maxima.
- The rate constant depends on temperature (and catalyst), not on concentration.

### Equations
$$k = Ae^{-E_a/RT} \qquad \ln k = -\frac{E_a}{R}\cdot\frac{1}{T} + \ln A \qquad t_{1/2} = \frac{\ln 2}{k}$$

### Worked example
A rate constant doubles when temperature rises from 298 K to 308 K:
$$\ln 2 = \frac{E_a}{8.31}\left(\frac{1}{298} - \frac{1}{308}\right) \Rightarrow E_a = 5.29 \times 10^{4}\ \text{J mol}^{-1} = 52.9\ \text{kJ mol}^{-1}$$

### Exam tips
- **Deduce** orders from initial-rate data by changing one concentration at a time.
- From an Arrhenius plot of $\ln k$ against $1/T$, the gradient is $-E_a/R$.
- Common mistake: using the coefficients in the overall equation as the orders.
`,
    HL,
  ),
  note(
    "R2.3",
    String.raw`
Many reactions are reversible. In a closed system they reach dynamic equilibrium, where the forward and reverse rates are equal and concentrations stay constant. The equilibrium constant measures how far a reaction goes.

### Key ideas
- **Dynamic equilibrium**: both reactions continue at equal rates; macroscopic properties are constant. It needs a **closed system**.
- For $a\text{A} + b\text{B} \rightleftharpoons c\text{C} + d\text{D}$ the **equilibrium constant expression** is shown below. Pure solids and liquids are not included in a heterogeneous equilibrium expression.
- $K \gg 1$: equilibrium lies to the right (products favoured); $K \ll 1$: lies to the left.
- $K$ changes **only with temperature**.
- **Le Châtelier's principle**: a system at equilibrium responds to a change so as to partly oppose it.

| Change | Effect on position | Effect on $K$ |
|---|---|---|
| add reactant | shifts right | none |
| increase pressure | shifts towards fewer gas molecules | none |
| increase temperature | shifts in endothermic direction | changes |
| add catalyst | none (equilibrium reached faster) | none |

### Equations
$$K = \frac{[\text{C}]^c[\text{D}]^d}{[\text{A}]^a[\text{B}]^b}$$

### Worked example
For $\text{H}_2 + \text{I}_2 \rightleftharpoons 2\text{HI}$ at equilibrium, $[\text{H}_2] = [\text{I}_2] = 0.10$ and $[\text{HI}] = 0.80\ \text{mol dm}^{-3}$:
$K = 0.80^2 / (0.10 \times 0.10) = 64$ (no units, since the powers cancel).

### Exam tips
- **Deduce** the $K$ expression from the equation, with coefficients as powers.
- **Predict and explain** shifts with Le Châtelier's principle, and say whether $K$ changes.
- Common mistake: saying a catalyst increases the yield at equilibrium.
`,
  ),
  note(
    "R2.3H",
    String.raw`
At HL, the reaction quotient shows which way a system will move to reach equilibrium, ICE tables give equilibrium concentrations, and the Gibbs energy change connects $K$ to thermodynamics.

### Key ideas
- The **reaction quotient** $Q$ has the same form as $K$ but uses concentrations at any moment. If $Q < K$ the reaction proceeds forwards; if $Q > K$ it proceeds in reverse; if $Q = K$ the system is at equilibrium.
- **ICE tables** (initial, change, equilibrium) use the mole ratio to find equilibrium amounts. When $K$ is very small, the change can be assumed negligible compared with the initial concentration.
- $\Delta G^\ominus < 0$ corresponds to $K > 1$; $\Delta G^\ominus > 0$ to $K < 1$; $\Delta G^\ominus = 0$ to $K = 1$.
- $\Delta G$ (not standard) becomes zero at equilibrium: the Gibbs energy of the mixture is at a minimum.

### Equations
$$\Delta G^\ominus = -RT\ln K$$

### Worked example
A reaction has $K = 1.0 \times 10^{3}$ at 298 K:
$$\Delta G^\ominus = -8.31 \times 298 \times \ln(1.0 \times 10^{3}) = -1.71 \times 10^{4}\ \text{J mol}^{-1} = -17.1\ \text{kJ mol}^{-1}$$

### Exam tips
- **Calculate**: use $R = 8.31\ \text{J K}^{-1}\ \text{mol}^{-1}$, so ΔG comes out in J; convert to kJ if needed.
- **Deduce** the direction of change by comparing $Q$ with $K$ and state the direction explicitly.
- In ICE tables, convert amounts to concentrations if the volume is not $1\ \text{dm}^3$.
- Common mistake: using $\log_{10}$ instead of $\ln$.
`,
    HL,
  ),
  // ── Reactivity 3: What are the mechanisms of chemical change?
  note(
    "R3.1",
    String.raw`
Brønsted–Lowry acid–base reactions are proton transfers. The pH scale expresses hydrogen ion concentration on a logarithmic scale, and the strength of an acid describes how fully it dissociates.

### Key ideas
- A **Brønsted–Lowry acid** is a proton ($\text{H}^+$) donor; a **base** is a proton acceptor. Acids and bases differ by one proton in a **conjugate pair**, e.g. $\text{CH}_3\text{COOH}/\text{CH}_3\text{COO}^-$.
- **Amphiprotic** species can donate or accept a proton (e.g. $\text{H}_2\text{O}$, $\text{HCO}_3^-$).
- **Strong acids** (HCl, $\text{HNO}_3$, $\text{H}_2\text{SO}_4$) dissociate completely; **weak acids** (e.g. ethanoic acid) only partially. Strength is not the same as concentration.
- Neutralization: acid + base → salt + water; with carbonates, $\text{CO}_2$ also forms.
- $K_w$ varies with temperature, so a neutral solution has pH 7 only at 298 K.
- A change of 1 pH unit is a tenfold change in $[\text{H}^+]$.

### Equations
$$\text{pH} = -\log_{10}[\text{H}^+] \qquad [\text{H}^+] = 10^{-\text{pH}} \qquad K_w = [\text{H}^+][\text{OH}^-] = 1.0 \times 10^{-14}\ \text{at 298 K}$$

### Worked example
0.0250 $\text{mol dm}^{-3}$ HCl is fully dissociated: $[\text{H}^+] = 0.0250$, so $\text{pH} = -\log_{10}(0.0250) = 1.60$.

### Exam tips
- **Identify** conjugate pairs on both sides of an equation: the acid on the left pairs with the base on the right.
- **Distinguish** strong from weak acids of equal concentration by pH, conductivity or rate of reaction with magnesium or a carbonate.
- Common mistakes: saying a weak acid is "dilute"; giving pH to too many decimal places (decimal places in pH match significant figures in $[\text{H}^+]$).
`,
  ),
  note(
    "R3.1H",
    String.raw`
At HL, acid–base equilibria are treated quantitatively: $K_a$ and $K_b$ measure strength, salts can give acidic or basic solutions, and buffers and indicators are explained with equilibrium ideas.

### Key ideas
- $\text{pH} + \text{pOH} = 14.00$ at 298 K; $\text{p}K_a = -\log_{10} K_a$. A **smaller** $\text{p}K_a$ means a **stronger** acid. For a conjugate pair $K_a \times K_b = K_w$.
- **Salt hydrolysis**: a salt of a strong acid and weak base is acidic (e.g. $\text{NH}_4\text{Cl}$); a salt of a weak acid and strong base is basic (e.g. $\text{CH}_3\text{COONa}$).
- **pH curves**: strong acid–strong base has equivalence at pH 7; weak acid–strong base above 7; strong acid–weak base below 7. At the **half-equivalence point** of a weak acid titration, $\text{pH} = \text{p}K_a$.
- An **indicator** is a weak acid whose two forms have different colours; choose one whose colour change range contains the pH at equivalence.
- A **buffer** resists changes in pH when small amounts of acid or base are added: a weak acid with its conjugate base, or a weak base with its conjugate acid.

### Equations
$$K_a = \frac{[\text{H}^+][\text{A}^-]}{[\text{HA}]} \qquad \text{pH} = \text{p}K_a + \log_{10}\frac{[\text{A}^-]}{[\text{HA}]}$$

### Worked example
0.100 $\text{mol dm}^{-3}$ ethanoic acid, $K_a = 1.8 \times 10^{-5}$. Assuming little dissociation, $[\text{H}^+] = \sqrt{1.8 \times 10^{-5} \times 0.100} = 1.34 \times 10^{-3}$, so pH $= 2.87$.
A buffer with 0.20 mol $\text{dm}^{-3}$ ethanoate and 0.10 mol $\text{dm}^{-3}$ acid: $\text{p}K_a = 4.745$, so pH $= 4.745 + \log_{10} 2 = 5.05$.

### Exam tips
- **Explain** buffer action with equations for added $\text{H}^+$ (taken up by $\text{A}^-$) and added $\text{OH}^-$ (neutralized by HA).
- **State** the assumptions in weak-acid calculations: $[\text{H}^+] = [\text{A}^-]$ and $[\text{HA}]$ at equilibrium ≈ initial concentration.
`,
    HL,
  ),
  note(
    "R3.2",
    String.raw`
Redox reactions involve electron transfer: oxidation is loss of electrons, reduction is gain. Oxidation states track the electrons, half-equations show them explicitly, and electrochemical cells use or produce electrical energy.

### Key ideas
- **Oxidation**: loss of electrons, increase in oxidation state. **Reduction**: gain of electrons, decrease in oxidation state. An **oxidizing agent** is itself reduced.
- Balancing half-equations in acid: balance atoms other than O and H, then O with $\text{H}_2\text{O}$, then H with $\text{H}^+$, then charge with electrons.
- **Activity series**: a more reactive metal displaces a less reactive metal's ions from solution; reactive metals (above hydrogen) react with dilute acids to give hydrogen.
- **Voltaic (galvanic) cells** turn chemical energy into electrical energy. Oxidation at the **anode** (negative), reduction at the **cathode** (positive); electrons flow through the wire from anode to cathode; the **salt bridge** lets ions move to balance charge.
- **Electrolytic cells** use electrical energy to drive a non-spontaneous reaction. In molten salts the cation is reduced at the cathode (negative) and the anion oxidized at the anode (positive).
- Organic redox: primary alcohols oxidize to aldehydes (distil) then carboxylic acids (reflux); secondary alcohols to ketones; tertiary alcohols resist oxidation (acidified dichromate(VI) turns orange → green).

| | Voltaic cell | Electrolytic cell |
|---|---|---|
| energy | chemical → electrical | electrical → chemical |
| anode sign | negative | positive |

### Exam tips
- **Deduce** the oxidizing and reducing agents from changes in oxidation state.
- "OIL RIG" and "An Ox, Red Cat" hold in both cell types: only the electrode **signs** change.
- Common mistake: drawing electrons travelling through the salt bridge.
`,
  ),
  note(
    "R3.2H",
    String.raw`
At HL, standard electrode potentials predict the direction of redox reactions and the voltage of cells, link to Gibbs energy, and explain the products of electrolysis of aqueous solutions.

### Key ideas
- The **standard hydrogen electrode** (Pt, $\text{H}_2$ at 100 kPa, $1\ \text{mol dm}^{-3}\ \text{H}^+$, 298 K) is assigned $E^\ominus = 0.00\ \text{V}$.
- A more **positive** $E^\ominus$ means the species is more easily **reduced** (stronger oxidizing agent).
- A reaction is spontaneous when $E^\ominus_{\text{cell}}$ is positive (so ΔG° is negative).
- **Electrolysis of aqueous solutions**: water can be oxidized or reduced instead of the ions. Concentration and electrode material matter: concentrated chloride gives $\text{Cl}_2$ at the anode; dilute gives $\text{O}_2$. Reactive metals are not deposited — $\text{H}_2$ forms at the cathode.
- **Electroplating**: the object is the cathode; the anode is the plating metal; the electrolyte contains its ions.
- Organic reduction: carboxylic acids are reduced (via the aldehyde) to primary alcohols by $\text{LiAlH}_4$; aldehydes and ketones are reduced to primary and secondary alcohols by $\text{NaBH}_4$ or $\text{LiAlH}_4$.

### Equations
$$E^\ominus_{\text{cell}} = E^\ominus_{\text{cathode}} - E^\ominus_{\text{anode}} \qquad \Delta G^\ominus = -nFE^\ominus_{\text{cell}}$$

### Worked example
Zn/Cu cell: $E^\ominus(\text{Cu}^{2+}/\text{Cu}) = +0.34\ \text{V}$, $E^\ominus(\text{Zn}^{2+}/\text{Zn}) = -0.76\ \text{V}$.
$E^\ominus_{\text{cell}} = 0.34 - (-0.76) = +1.10\ \text{V}$, and with $n = 2$:
$$\Delta G^\ominus = -2 \times 96\,500 \times 1.10 = -2.12 \times 10^{5}\ \text{J mol}^{-1} = -212\ \text{kJ mol}^{-1}$$

### Exam tips
- **Do not multiply** $E^\ominus$ values when balancing equations; they are intensive.
- **Deduce** electrolysis products by comparing $E^\ominus$ values and concentrations.
- Common mistake: forgetting to convert J to kJ in $\Delta G^\ominus = -nFE^\ominus$.
`,
    HL,
  ),
  note(
    "R3.3",
    String.raw`
Electron sharing reactions involve radicals: species with an unpaired electron formed when a covalent bond breaks evenly. Radical substitution of alkanes by halogens is the key example.

### Key ideas
- **Homolytic fission**: a covalent bond breaks and each atom takes one electron, forming two **radicals** (e.g. $\text{Cl}^\bullet$). It needs energy, supplied by ultraviolet light or heat.
- Radicals are highly reactive because of the unpaired electron. Half-headed ("fish-hook") arrows show single-electron movement.
- Alkanes are fairly unreactive (strong, non-polar C–C and C–H bonds) but react with halogens in UV light by **radical substitution**.

| Step | Example (methane + chlorine) |
|---|---|
| initiation | $\text{Cl}_2 \rightarrow 2\text{Cl}^\bullet$ |
| propagation | $\text{Cl}^\bullet + \text{CH}_4 \rightarrow \text{HCl} + \text{CH}_3^\bullet$ |
| propagation | $\text{CH}_3^\bullet + \text{Cl}_2 \rightarrow \text{CH}_3\text{Cl} + \text{Cl}^\bullet$ |
| termination | $\text{Cl}^\bullet + \text{Cl}^\bullet \rightarrow \text{Cl}_2$; $\text{CH}_3^\bullet + \text{Cl}^\bullet \rightarrow \text{CH}_3\text{Cl}$; $2\,\text{CH}_3^\bullet \rightarrow \text{C}_2\text{H}_6$ |

- Propagation steps regenerate a radical, so it is a **chain reaction**. Further substitution gives $\text{CH}_2\text{Cl}_2$, $\text{CHCl}_3$ and $\text{CCl}_4$, so a mixture of products forms.
- In the stratosphere, radicals from CFCs catalyse ozone depletion by the same kind of chain process.

### Exam tips
- **Describe** the mechanism by naming all three stages and writing at least one equation for each; show the dot on the atom with the unpaired electron.
- **State** the condition: UV light (not a catalyst).
- **Explain** why termination steps stop the chain: two radicals combine, so no radical is produced.
- Common mistakes: writing $\text{H}^\bullet$ as a product of propagation (the chlorine radical removes an H atom to form HCl); confusing homolytic with heterolytic fission.
`,
  ),
  note(
    "R3.4",
    String.raw`
Electron-pair sharing reactions involve species that donate or accept an electron pair. Nucleophiles attack electron-deficient carbon, and electrophiles attack electron-rich regions such as C=C double bonds.

### Key ideas
- **Heterolytic fission**: a bond breaks and one atom takes both electrons, forming ions. Curly arrows show the movement of an **electron pair**, from a lone pair or bond to an atom or bond.
- A **nucleophile** is an electron-pair donor with a lone pair (e.g. $\text{OH}^-$, $\text{H}_2\text{O}$, $\text{NH}_3$, $\text{CN}^-$). An **electrophile** is an electron-pair acceptor (e.g. $\text{H}^+$, $\text{NO}_2^+$, the δ+ atom of $\text{Br}_2$ polarized near a C=C).
- **Nucleophilic substitution**: halogenoalkanes have a polar C–X bond; a nucleophile replaces the halogen, e.g. $\text{CH}_3\text{CH}_2\text{Br} + \text{OH}^- \rightarrow \text{CH}_3\text{CH}_2\text{OH} + \text{Br}^-$ (warm aqueous NaOH). The halide is the **leaving group**; C–I reacts fastest because that bond is weakest.
- **Electrophilic addition** to alkenes: the π bond is electron-rich. Alkenes add $\text{H}_2$ (Ni catalyst), halogens, hydrogen halides and water (steam, acid catalyst).
- **Test for unsaturation**: bromine water is decolorized (orange → colourless) by alkenes.

| Reaction | Reagent type | Typical substrate |
|---|---|---|
| nucleophilic substitution | nucleophile | halogenoalkane |
| electrophilic addition | electrophile | alkene |

### Exam tips
- **Identify** the nucleophile or electrophile by asking which species gives and which receives the electron pair.
- **Explain** the reactivity of halogenoalkanes with bond enthalpy (C–I < C–Br < C–Cl), not polarity.
- Common mistakes: a curly arrow starting from an atom rather than from a lone pair or bond; calling $\text{OH}^-$ an electrophile.
`,
  ),
  note(
    "R3.4H",
    String.raw`
At HL, electron-pair sharing is extended to Lewis acid–base theory and complex ions, and to detailed curly-arrow mechanisms: SN1 and SN2, electrophilic addition with Markovnikov's rule, and electrophilic substitution of benzene.

### Key ideas
- **Lewis acid**: electron-pair acceptor; **Lewis base**: electron-pair donor. Ligands act as Lewis bases towards metal ions in **complex ions** (coordination bonds). Every Brønsted–Lowry acid–base reaction is also a Lewis one, but not vice versa.
- **SN2** (primary halogenoalkanes): one step, **bimolecular**, rate $= k[\text{RX}][\text{Nu}^-]$; backside attack through a five-coordinate transition state, with inversion of configuration. Favoured by **aprotic** polar solvents.
- **SN1** (tertiary halogenoalkanes): two steps, rate-determining ionization to a **carbocation**, rate $= k[\text{RX}]$. Favoured by **protic** polar solvents, which stabilize the ions.
- Carbocation stability: tertiary > secondary > primary (positive inductive effect of alkyl groups).
- **Electrophilic addition** of HBr to an unsymmetrical alkene follows **Markovnikov's rule**: H adds to the carbon with more H atoms, giving the more stable carbocation intermediate and the major product.
- **Electrophilic substitution** of benzene keeps the stable delocalized ring: nitration uses concentrated $\text{HNO}_3$ and $\text{H}_2\text{SO}_4$ to form the electrophile $\text{NO}_2^+$.

| | SN1 | SN2 |
|---|---|---|
| molecularity of rate-determining step | 1 | 2 |
| intermediate | carbocation | none (transition state) |
| typical substrate | tertiary | primary |

### Exam tips
- **Explain** with full curly-arrow mechanisms: arrows from lone pair or bond, partial charges, the carbocation or transition state (in square brackets with a charge), and the products.
- **Deduce** the major product of an addition from carbocation stability.
- Common mistake: drawing benzene undergoing addition instead of substitution.
`,
    HL,
  ),
];

export default { subject: "chemistry", notes } satisfies SubjectNotes;
