/** Real nuclides with half-lives (3 s.f.) in a convenient unit, shared by the decay generators. */
export const nuclides = [
  { name: "iodine-131", halfLife: 8.02, unit: "days" },
  { name: "phosphorus-32", halfLife: 14.3, unit: "days" },
  { name: "radon-222", halfLife: 3.82, unit: "days" },
  { name: "technetium-99m", halfLife: 6.01, unit: "hours" },
  { name: "sodium-24", halfLife: 15.0, unit: "hours" },
  { name: "fluorine-18", halfLife: 110, unit: "minutes" },
  { name: "nitrogen-13", halfLife: 9.97, unit: "minutes" },
  { name: "cobalt-60", halfLife: 5.27, unit: "years" },
  { name: "strontium-90", halfLife: 28.8, unit: "years" },
  { name: "caesium-137", halfLife: 30.2, unit: "years" },
] as const;
