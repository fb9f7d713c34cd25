import { describe, expect, it } from "vitest";
import { ThreadPool } from "./threads";

/** A job that doubles its input after a delay that makes later jobs finish first. */
const source = `
async function work(n) {
  if (n === "throw") throw new Error("no such number");
  if (n === "crash") setTimeout(() => { throw new Error("the thread fell over"); });
  if (n === "crash") return new Promise(() => {});
  await new Promise((resolve) => setTimeout(resolve, (10 - n) * 5));
  return n * workerData.factor;
}
`;

describe("ThreadPool", () => {
  it("gives each job its own result when more jobs than threads run at once", async () => {
    const pool = new ThreadPool<number, number>(source, { factor: 2 }, "doubling");
    const inputs = Array.from({ length: 10 }, (_, i) => i);
    await expect(Promise.all(inputs.map((n) => pool.run(n)))).resolves.toEqual(inputs.map((n) => n * 2));
  });

  it("rejects a job that throws with what it was doing and why, and goes on with the next", async () => {
    const pool = new ThreadPool<number | string, number>(source, { factor: 3 }, "tripling");
    await expect(pool.run("throw")).rejects.toThrow(/^tripling failed: Error: no such number/);
    await expect(pool.run(4)).resolves.toBe(12);
  });

  it("fails the job of a thread that crashes, and starts another for the next", async () => {
    const pool = new ThreadPool<number | string, number>(source, { factor: 5 }, "quintupling");
    await expect(pool.run("crash")).rejects.toThrow(/the thread fell over/);
    await expect(Promise.all([pool.run(1), pool.run(2), pool.run(3)])).resolves.toEqual([5, 10, 15]);
  });
});
