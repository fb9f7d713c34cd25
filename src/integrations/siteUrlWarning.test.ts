import { describe, expect, it } from "vitest";
import { siteUrlWarning } from "./siteUrlWarning";

describe("siteUrlWarning", () => {
  it("warns, with the fix, when SITE_URL is unset or empty", () => {
    for (const env of [{}, { SITE_URL: "" }, { SITE_URL: "  " }, { BASE_PATH: "/sub/" }]) {
      const warning = siteUrlWarning(env);
      expect(warning).toContain("SITE_URL is not set");
      expect(warning).toContain("http://localhost:4321");
      expect(warning).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
    }
  });

  it("is silent when SITE_URL is set", () => {
    expect(siteUrlWarning({ SITE_URL: "https://example.org" })).toBeUndefined();
  });
});
