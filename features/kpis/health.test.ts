import { expect, test } from "vitest";
import { judgeAgainstTarget, TARGET_TOLERANCE } from "./health";

test("higher is better: at or above target good, within 10 % below warn, further bad", () => {
  expect(TARGET_TOLERANCE).toBe(0.1);
  expect(judgeAgainstTarget(100, 100, "higher")).toBe("good");
  expect(judgeAgainstTarget(90, 100, "higher")).toBe("warn");
  expect(judgeAgainstTarget(89.99, 100, "higher")).toBe("bad");
});

test("lower is better (churn, bounce, cost per lead): the mirror image", () => {
  expect(judgeAgainstTarget(0.05, 0.05, "lower")).toBe("good");
  expect(judgeAgainstTarget(0.055, 0.05, "lower")).toBe("warn");
  expect(judgeAgainstTarget(0.0551, 0.05, "lower")).toBe("bad");
});
