/** The operations of derived figures and consistency checks, shared by both (the schemas' enum). */
export const computeOps = ["sum", "difference", "share", "share-of-share", "remainder"] as const;

/** The arithmetic of derived figures and consistency checks. */
export type ComputeOp = (typeof computeOps)[number];

/**
 * sum: a + b + …; difference: a − b − …; share: a ÷ b × 100 (percent);
 * share-of-share: a × b ÷ 100 (a percentage of a percentage, in percent);
 * remainder: 100 − a − b − … (the rest of a whole, in percent).
 */
export function compute(op: ComputeOp, inputs: readonly number[]): number {
  const [first = Number.NaN, ...rest] = inputs;
  switch (op) {
    case "sum":
      return inputs.reduce((a, b) => a + b, 0);
    case "difference":
      return rest.reduce((a, b) => a - b, first);
    case "share":
      return (first / (rest[0] ?? Number.NaN)) * 100;
    case "share-of-share":
      return (first * (rest[0] ?? Number.NaN)) / 100;
    case "remainder":
      return inputs.reduce((a, b) => a - b, 100);
  }
}

/** Rounds half away from zero to a number of decimals. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

/** How many inputs each operation takes: [minimum, maximum]. */
export const arity: Record<ComputeOp, [number, number]> = {
  sum: [2, Infinity],
  difference: [2, Infinity],
  share: [2, 2],
  "share-of-share": [2, 2],
  remainder: [1, Infinity],
};
