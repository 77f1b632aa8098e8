import { all, create } from "mathjs";
import { partVariable, type FollowThrough } from "@/lib/questions/follow-through";

// A mathjs instance that can only calculate: the functions that parse, define or import (the ways an
// expression could reach beyond arithmetic) are switched off, as mathjs's security notes advise.
const math = create(all!);
const disabled = (name: string) => () => {
  throw new Error(`${name} is not available in a follow-through expression`);
};
const evaluateExpression = math.evaluate.bind(math);
math.import(
  Object.fromEntries(
    ["import", "createUnit", "evaluate", "parse", "simplify", "derivative", "compile", "resolve", "reviver"].map((name) => [name, disabled(name)]),
  ),
  { override: true },
);

/**
 * This part's answer worked out from earlier parts' values (by label), or null when one of them is
 * missing or the expression gives no finite number (a student's 0 where the expression divides by it).
 */
export function followThroughValue(followThrough: FollowThrough, values: ReadonlyMap<string, number>): number | null {
  const scope: Record<string, number> = {};
  for (const label of followThrough.from) {
    const value = values.get(label);
    if (value === undefined || !Number.isFinite(value)) return null;
    scope[partVariable(label)] = value;
  }
  try {
    const result: unknown = evaluateExpression(followThrough.value, scope);
    return typeof result === "number" && Number.isFinite(result) ? result : null;
  } catch {
    return null;
  }
}
