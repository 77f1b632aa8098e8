// The balanced equations of the reacting-masses generator (reacting-masses.ts), with how each
// reactant may be measured out.

import type { ElementCounts } from "./chemistry-check";

/** How a reactant is measured out when it is given: weighed (g), or as a solution (mol dm^-3, cm^3). */
export type Supply = { mass: [number, number] } | { solution: { concentration: [number, number]; volume: [number, number] } };

export type Species = { name: string; formulaTex: string; state: string; formula: ElementCounts; coefficient: number; supply?: Supply };

export type Reaction = {
  intro: string;
  reactants: Species[];
  products: Species[];
  /** Reactants (by index) that can be the one measured out, the rest being in excess. */
  from: number[];
  /** Products (by index) worth asking about; `isolated` ones can be collected and weighed for a yield. */
  to: number[];
  isolated: number[];
  /** Two reactants (by index) that can both be measured out for a limiting-reactant question. */
  pair?: [number, number];
  reversible?: boolean;
};

const sp = (name: string, formulaTex: string, state: string, formula: ElementCounts, coefficient = 1, supply?: Supply): Species => ({
  name,
  formulaTex,
  state,
  formula,
  coefficient,
  ...(supply ? { supply } : {}),
});
const mass = (lo: number, hi: number): Supply => ({ mass: [lo, hi] });
const solution = (lo: number, hi: number): Supply => ({ solution: { concentration: [lo, hi], volume: [20, 100] } });
export const weighed = (s: Species | undefined) => s?.supply !== undefined && "mass" in s.supply;

/** Balanced equations a student meets; atom balance is checked independently for every question. */
export const reactions: Reaction[] = [
  {
    intro: "Calcium carbonate decomposes when it is heated strongly.",
    reactants: [sp("calcium carbonate", "CaCO_3", "s", { Ca: 1, C: 1, O: 3 }, 1, mass(2, 50))],
    products: [sp("calcium oxide", "CaO", "s", { Ca: 1, O: 1 }), sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 })],
    from: [0],
    to: [0, 1],
    isolated: [0],
  },
  {
    intro: "Magnesium burns in oxygen to form magnesium oxide.",
    reactants: [sp("magnesium", "Mg", "s", { Mg: 1 }, 2, mass(0.1, 3)), sp("oxygen", "O_2", "g", { O: 2 })],
    products: [sp("magnesium oxide", "MgO", "s", { Mg: 1, O: 1 }, 2)],
    from: [0],
    to: [0],
    isolated: [0],
  },
  {
    intro: "In a blast furnace, iron(III) oxide is reduced by carbon monoxide.",
    reactants: [sp("iron(III) oxide", "Fe_2O_3", "s", { Fe: 2, O: 3 }, 1, mass(10, 200)), sp("carbon monoxide", "CO", "g", { C: 1, O: 1 }, 3, mass(10, 100))],
    products: [sp("iron", "Fe", "l", { Fe: 1 }, 2), sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 3)],
    from: [0],
    to: [0, 1],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Zinc displaces copper from aqueous copper(II) sulfate.",
    reactants: [sp("zinc", "Zn", "s", { Zn: 1 }, 1, mass(0.5, 5)), sp("copper(II) sulfate", "CuSO_4", "aq", { Cu: 1, S: 1, O: 4 }, 1, solution(0.1, 1))],
    products: [sp("zinc sulfate", "ZnSO_4", "aq", { Zn: 1, S: 1, O: 4 }), sp("copper", "Cu", "s", { Cu: 1 })],
    from: [0, 1],
    to: [1],
    isolated: [1],
    pair: [0, 1],
  },
  {
    intro: "Magnesium reacts with hydrochloric acid.",
    reactants: [sp("magnesium", "Mg", "s", { Mg: 1 }, 1, mass(0.1, 2)), sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2))],
    products: [sp("magnesium chloride", "MgCl_2", "aq", { Mg: 1, Cl: 2 }), sp("hydrogen", "H_2", "g", { H: 2 })],
    from: [0, 1],
    to: [0, 1],
    isolated: [],
    pair: [0, 1],
  },
  {
    intro: "Ammonia is made from nitrogen and hydrogen in the Haber process.",
    reactants: [sp("nitrogen", "N_2", "g", { N: 2 }, 1, mass(10, 200)), sp("hydrogen", "H_2", "g", { H: 2 }, 3, mass(2, 40))],
    products: [sp("ammonia", "NH_3", "g", { N: 1, H: 3 }, 2)],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
    reversible: true,
  },
  {
    intro: "Yeast ferments glucose to ethanol and carbon dioxide.",
    reactants: [sp("glucose", "C_6H_{12}O_6", "aq", { C: 6, H: 12, O: 6 }, 1, mass(10, 200))],
    products: [sp("ethanol", "C_2H_5OH", "aq", { C: 2, H: 6, O: 1 }, 2), sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 2)],
    from: [0],
    to: [0, 1],
    isolated: [0],
  },
  {
    intro: "Ethyl ethanoate is made by heating ethanoic acid with ethanol and a few drops of concentrated sulfuric acid.",
    reactants: [
      sp("ethanoic acid", "CH_3COOH", "l", { C: 2, H: 4, O: 2 }, 1, mass(5, 30)),
      sp("ethanol", "C_2H_5OH", "l", { C: 2, H: 6, O: 1 }, 1, mass(5, 30)),
    ],
    products: [sp("ethyl ethanoate", "CH_3COOC_2H_5", "l", { C: 4, H: 8, O: 2 }), sp("water", "H_2O", "l", { H: 2, O: 1 })],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
    reversible: true,
  },
  {
    intro: "Sodium burns in chlorine to form sodium chloride.",
    reactants: [sp("sodium", "Na", "s", { Na: 1 }, 2, mass(0.5, 5)), sp("chlorine", "Cl_2", "g", { Cl: 2 }, 1, mass(0.5, 8))],
    products: [sp("sodium chloride", "NaCl", "s", { Na: 1, Cl: 1 }, 2)],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Copper(II) oxide reacts with warm dilute sulfuric acid.",
    reactants: [
      sp("copper(II) oxide", "CuO", "s", { Cu: 1, O: 1 }, 1, mass(0.5, 8)),
      sp("sulfuric acid", "H_2SO_4", "aq", { H: 2, S: 1, O: 4 }, 1, solution(0.2, 2)),
    ],
    products: [sp("copper(II) sulfate", "CuSO_4", "aq", { Cu: 1, S: 1, O: 4 }), sp("water", "H_2O", "l", { H: 2, O: 1 })],
    from: [0],
    to: [0],
    isolated: [],
    pair: [0, 1],
  },
  {
    intro: "Sodium carbonate reacts with hydrochloric acid.",
    reactants: [
      sp("sodium carbonate", "Na_2CO_3", "s", { Na: 2, C: 1, O: 3 }, 1, mass(0.5, 8)),
      sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2)),
    ],
    products: [
      sp("sodium chloride", "NaCl", "aq", { Na: 1, Cl: 1 }, 2),
      sp("water", "H_2O", "l", { H: 2, O: 1 }),
      sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }),
    ],
    from: [0, 1],
    to: [0, 2],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Methane burns completely in oxygen.",
    reactants: [sp("methane", "CH_4", "g", { C: 1, H: 4 }, 1, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 2)],
    products: [sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }), sp("water", "H_2O", "l", { H: 2, O: 1 }, 2)],
    from: [0],
    to: [0, 1],
    isolated: [],
  },
  {
    intro: "Propane burns completely in oxygen.",
    reactants: [sp("propane", "C_3H_8", "g", { C: 3, H: 8 }, 1, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 5)],
    products: [sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 3), sp("water", "H_2O", "l", { H: 2, O: 1 }, 4)],
    from: [0],
    to: [0, 1],
    isolated: [],
  },
  {
    intro: "Potassium chlorate(V) decomposes when heated with a catalyst.",
    reactants: [sp("potassium chlorate(V)", "KClO_3", "s", { K: 1, Cl: 1, O: 3 }, 2, mass(1, 20))],
    products: [sp("potassium chloride", "KCl", "s", { K: 1, Cl: 1 }, 2), sp("oxygen", "O_2", "g", { O: 2 }, 3)],
    from: [0],
    to: [0, 1],
    isolated: [0],
  },
  {
    intro: "Iron and sulfur react when heated to form iron(II) sulfide.",
    reactants: [sp("iron", "Fe", "s", { Fe: 1 }, 1, mass(1, 10)), sp("sulfur", "S", "s", { S: 1 }, 1, mass(0.5, 6))],
    products: [sp("iron(II) sulfide", "FeS", "s", { Fe: 1, S: 1 })],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Calcium carbonate reacts with hydrochloric acid.",
    reactants: [
      sp("calcium carbonate", "CaCO_3", "s", { Ca: 1, C: 1, O: 3 }, 1, mass(0.5, 10)),
      sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2)),
    ],
    products: [
      sp("calcium chloride", "CaCl_2", "aq", { Ca: 1, Cl: 2 }),
      sp("water", "H_2O", "l", { H: 2, O: 1 }),
      sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }),
    ],
    from: [0, 1],
    to: [0, 2],
    isolated: [],
    pair: [0, 1],
  },
  {
    intro: "Sodium hydrogencarbonate decomposes when it is heated.",
    reactants: [sp("sodium hydrogencarbonate", "NaHCO_3", "s", { Na: 1, H: 1, C: 1, O: 3 }, 2, mass(1, 20))],
    products: [
      sp("sodium carbonate", "Na_2CO_3", "s", { Na: 2, C: 1, O: 3 }),
      sp("water", "H_2O", "g", { H: 2, O: 1 }),
      sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }),
    ],
    from: [0],
    to: [0, 2],
    isolated: [0],
  },
  {
    intro: "Magnesium displaces copper from aqueous copper(II) sulfate.",
    reactants: [sp("magnesium", "Mg", "s", { Mg: 1 }, 1, mass(0.2, 3)), sp("copper(II) sulfate", "CuSO_4", "aq", { Cu: 1, S: 1, O: 4 }, 1, solution(0.1, 1))],
    products: [sp("magnesium sulfate", "MgSO_4", "aq", { Mg: 1, S: 1, O: 4 }), sp("copper", "Cu", "s", { Cu: 1 })],
    from: [0, 1],
    to: [1],
    isolated: [1],
    pair: [0, 1],
  },
  {
    intro: "Iron reacts slowly with oxygen to form iron(III) oxide.",
    reactants: [sp("iron", "Fe", "s", { Fe: 1 }, 4, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 3)],
    products: [sp("iron(III) oxide", "Fe_2O_3", "s", { Fe: 2, O: 3 }, 2)],
    from: [0],
    to: [0],
    isolated: [0],
  },
  {
    intro: "Ethanol burns completely in oxygen.",
    reactants: [sp("ethanol", "C_2H_5OH", "l", { C: 2, H: 6, O: 1 }, 1, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 3)],
    products: [sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 2), sp("water", "H_2O", "l", { H: 2, O: 1 }, 3)],
    from: [0],
    to: [0, 1],
    isolated: [],
  },
  {
    intro: "Zinc reacts with hydrochloric acid.",
    reactants: [sp("zinc", "Zn", "s", { Zn: 1 }, 1, mass(0.2, 5)), sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2))],
    products: [sp("zinc chloride", "ZnCl_2", "aq", { Zn: 1, Cl: 2 }), sp("hydrogen", "H_2", "g", { H: 2 })],
    from: [0, 1],
    to: [0, 1],
    isolated: [],
    pair: [0, 1],
  },
];
