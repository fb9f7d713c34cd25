import { describe, expect, it } from "vitest";
import { mapInput } from "../../../tests/fixtures/mapFixture";
import { primaryPopulationMeasure } from "./list";

describe("primaryPopulationMeasure", () => {
  it("picks the measure most counties have a preferred figure for", () => {
    expect(primaryPopulationMeasure(mapInput.counties)).toBe("end-2018");
    expect(primaryPopulationMeasure([])).toBeNull();
  });
});
