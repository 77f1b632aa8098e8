/** A part label as a paper prints it: "a" → "(a)", "b(ii)" → "(b)(ii)". */
export const printedLabel = (label: string) => `(${label.replace("(", ")(")}${label.includes("(") ? "" : ")"}`;
