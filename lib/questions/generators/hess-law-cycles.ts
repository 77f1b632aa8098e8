// The data of the Hess's law generator (hess-law.ts): target reactions and the data equations that
// combine to each, with typical data-book enthalpies.

/** One side of an equation: [coefficient, species with state]. */
export type Side = [number, string][];
export type Equation = { left: Side; right: Side };
export type Step = Equation & { dH: number };

/**
 * A target reaction and data equations that combine to it; `uses[i]` is how many times step i is added
 * (negative: reversed). Enthalpies are typical data-book values; each question varies them slightly.
 */
export type Cycle = { target: Equation; steps: Step[]; uses: number[] };

const eq = (left: Side, right: Side): Equation => ({ left, right });
const step = (left: Side, right: Side, dH: number): Step => ({ left, right, dH });

const burnC = step(
  [
    [1, "C(s)"],
    [1, "O_2(g)"],
  ],
  [[1, "CO_2(g)"]],
  -394,
);
const burnH2 = step(
  [
    [1, "H_2(g)"],
    [0.5, "O_2(g)"],
  ],
  [[1, "H_2O(l)"]],
  -286,
);

export const cycles: Cycle[] = [
  {
    target: eq(
      [
        [1, "C(s)"],
        [2, "H_2(g)"],
      ],
      [[1, "CH_4(g)"]],
    ),
    steps: [
      burnC,
      burnH2,
      step(
        [
          [1, "CH_4(g)"],
          [2, "O_2(g)"],
        ],
        [
          [1, "CO_2(g)"],
          [2, "H_2O(l)"],
        ],
        -891,
      ),
    ],
    uses: [1, 2, -1],
  },
  {
    target: eq(
      [
        [1, "C(s)"],
        [0.5, "O_2(g)"],
      ],
      [[1, "CO(g)"]],
    ),
    steps: [
      burnC,
      step(
        [
          [1, "CO(g)"],
          [0.5, "O_2(g)"],
        ],
        [[1, "CO_2(g)"]],
        -283,
      ),
    ],
    uses: [1, -1],
  },
  {
    target: eq(
      [
        [2, "C(s)"],
        [3, "H_2(g)"],
      ],
      [[1, "C_2H_6(g)"]],
    ),
    steps: [
      burnC,
      burnH2,
      step(
        [
          [1, "C_2H_6(g)"],
          [3.5, "O_2(g)"],
        ],
        [
          [2, "CO_2(g)"],
          [3, "H_2O(l)"],
        ],
        -1561,
      ),
    ],
    uses: [2, 3, -1],
  },
  {
    target: eq(
      [
        [1, "C_2H_4(g)"],
        [1, "H_2(g)"],
      ],
      [[1, "C_2H_6(g)"]],
    ),
    steps: [
      step(
        [
          [1, "C_2H_4(g)"],
          [3, "O_2(g)"],
        ],
        [
          [2, "CO_2(g)"],
          [2, "H_2O(l)"],
        ],
        -1411,
      ),
      burnH2,
      step(
        [
          [1, "C_2H_6(g)"],
          [3.5, "O_2(g)"],
        ],
        [
          [2, "CO_2(g)"],
          [3, "H_2O(l)"],
        ],
        -1561,
      ),
    ],
    uses: [1, 1, -1],
  },
  {
    target: eq(
      [
        [2, "S(s)"],
        [3, "O_2(g)"],
      ],
      [[2, "SO_3(g)"]],
    ),
    steps: [
      step(
        [
          [1, "S(s)"],
          [1, "O_2(g)"],
        ],
        [[1, "SO_2(g)"]],
        -297,
      ),
      step(
        [
          [2, "SO_2(g)"],
          [1, "O_2(g)"],
        ],
        [[2, "SO_3(g)"]],
        -198,
      ),
    ],
    uses: [2, 1],
  },
  {
    target: eq(
      [
        [1, "N_2(g)"],
        [2, "O_2(g)"],
      ],
      [[2, "NO_2(g)"]],
    ),
    steps: [
      step(
        [
          [1, "N_2(g)"],
          [1, "O_2(g)"],
        ],
        [[2, "NO(g)"]],
        181,
      ),
      step(
        [
          [2, "NO(g)"],
          [1, "O_2(g)"],
        ],
        [[2, "NO_2(g)"]],
        -114,
      ),
    ],
    uses: [1, 1],
  },
  {
    target: eq(
      [
        [3, "C(s)"],
        [4, "H_2(g)"],
      ],
      [[1, "C_3H_8(g)"]],
    ),
    steps: [
      burnC,
      burnH2,
      step(
        [
          [1, "C_3H_8(g)"],
          [5, "O_2(g)"],
        ],
        [
          [3, "CO_2(g)"],
          [4, "H_2O(l)"],
        ],
        -2219,
      ),
    ],
    uses: [3, 4, -1],
  },
  {
    target: eq(
      [
        [2, "C(s)"],
        [3, "H_2(g)"],
        [0.5, "O_2(g)"],
      ],
      [[1, "C_2H_5OH(l)"]],
    ),
    steps: [
      burnC,
      burnH2,
      step(
        [
          [1, "C_2H_5OH(l)"],
          [3, "O_2(g)"],
        ],
        [
          [2, "CO_2(g)"],
          [3, "H_2O(l)"],
        ],
        -1367,
      ),
    ],
    uses: [2, 3, -1],
  },
  {
    target: eq(
      [
        [1, "CaO(s)"],
        [1, "CO_2(g)"],
      ],
      [[1, "CaCO_3(s)"]],
    ),
    steps: [
      step(
        [
          [1, "Ca(s)"],
          [0.5, "O_2(g)"],
        ],
        [[1, "CaO(s)"]],
        -635,
      ),
      burnC,
      step(
        [
          [1, "Ca(s)"],
          [1, "C(s)"],
          [1.5, "O_2(g)"],
        ],
        [[1, "CaCO_3(s)"]],
        -1207,
      ),
    ],
    uses: [-1, -1, 1],
  },
  {
    target: eq(
      [
        [1, "C_2H_4(g)"],
        [1, "H_2O(l)"],
      ],
      [[1, "C_2H_5OH(l)"]],
    ),
    steps: [
      step(
        [
          [1, "C_2H_4(g)"],
          [3, "O_2(g)"],
        ],
        [
          [2, "CO_2(g)"],
          [2, "H_2O(l)"],
        ],
        -1411,
      ),
      step(
        [
          [1, "C_2H_5OH(l)"],
          [3, "O_2(g)"],
        ],
        [
          [2, "CO_2(g)"],
          [3, "H_2O(l)"],
        ],
        -1367,
      ),
    ],
    uses: [1, -1],
  },
  {
    target: eq(
      [
        [1, "Fe_2O_3(s)"],
        [3, "CO(g)"],
      ],
      [
        [2, "Fe(s)"],
        [3, "CO_2(g)"],
      ],
    ),
    steps: [
      step(
        [
          [2, "Fe(s)"],
          [1.5, "O_2(g)"],
        ],
        [[1, "Fe_2O_3(s)"]],
        -824,
      ),
      step(
        [
          [1, "CO(g)"],
          [0.5, "O_2(g)"],
        ],
        [[1, "CO_2(g)"]],
        -283,
      ),
    ],
    uses: [-1, 3],
  },
  {
    target: eq([[2, "NO_2(g)"]], [[1, "N_2O_4(g)"]]),
    steps: [
      step(
        [
          [1, "N_2(g)"],
          [2, "O_2(g)"],
        ],
        [[2, "NO_2(g)"]],
        66,
      ),
      step(
        [
          [1, "N_2(g)"],
          [2, "O_2(g)"],
        ],
        [[1, "N_2O_4(g)"]],
        9,
      ),
    ],
    uses: [-1, 1],
  },
  {
    target: eq(
      [[2, "H_2O_2(l)"]],
      [
        [2, "H_2O(l)"],
        [1, "O_2(g)"],
      ],
    ),
    steps: [
      step(
        [
          [1, "H_2(g)"],
          [1, "O_2(g)"],
        ],
        [[1, "H_2O_2(l)"]],
        -188,
      ),
      burnH2,
    ],
    uses: [-2, 2],
  },
  {
    target: eq([[1, "H_2O(l)"]], [[1, "H_2O(g)"]]),
    steps: [
      burnH2,
      step(
        [
          [1, "H_2(g)"],
          [0.5, "O_2(g)"],
        ],
        [[1, "H_2O(g)"]],
        -242,
      ),
    ],
    uses: [-1, 1],
  },
  {
    target: eq(
      [
        [4, "NH_3(g)"],
        [5, "O_2(g)"],
      ],
      [
        [4, "NO(g)"],
        [6, "H_2O(l)"],
      ],
    ),
    steps: [
      step(
        [
          [1, "N_2(g)"],
          [3, "H_2(g)"],
        ],
        [[2, "NH_3(g)"]],
        -92,
      ),
      step(
        [
          [1, "N_2(g)"],
          [1, "O_2(g)"],
        ],
        [[2, "NO(g)"]],
        181,
      ),
      burnH2,
    ],
    uses: [-2, 2, 6],
  },
  {
    target: eq(
      [
        [1, "CO(g)"],
        [2, "H_2(g)"],
      ],
      [[1, "CH_3OH(l)"]],
    ),
    steps: [
      step(
        [
          [1, "CO(g)"],
          [0.5, "O_2(g)"],
        ],
        [[1, "CO_2(g)"]],
        -283,
      ),
      burnH2,
      step(
        [
          [1, "CH_3OH(l)"],
          [1.5, "O_2(g)"],
        ],
        [
          [1, "CO_2(g)"],
          [2, "H_2O(l)"],
        ],
        -726,
      ),
    ],
    uses: [1, 2, -1],
  },
];
