import { describe, expect, test } from "vitest";
import { hasProblems, mappingProblems, normalizeHeader, parsePreview, rememberMapping, suggestMapping, toColumnMap, type ImportTableSpec } from "./mapping";

const field = (name: string, required = false) => ({ name, required, hint: "" });

const LEADS: Pick<ImportTableSpec, "name" | "fields"> = {
  name: "leads",
  fields: [
    field("id", true),
    field("email"),
    field("company"),
    field("created_at", true),
    field("source", true),
    field("campaign_id"),
    field("channel"),
    field("score"),
    field("mql_at"),
    field("sql_at"),
    field("disqualified_at"),
    field("owner_id"),
  ],
};

const OPPORTUNITIES: Pick<ImportTableSpec, "name" | "fields"> = {
  name: "opportunities",
  fields: [
    field("id", true),
    field("lead_id"),
    field("name"),
    field("team_id"),
    field("owner_id"),
    field("source", true),
    field("campaign_id"),
    field("created_at", true),
    field("amount"),
    field("stage", true),
    field("quoted_at"),
    field("closed_at"),
  ],
};

const CUSTOMERS: Pick<ImportTableSpec, "name" | "fields"> = {
  name: "customers",
  fields: [
    field("id", true),
    field("name"),
    field("opportunity_id"),
    field("campaign_id"),
    field("channel"),
    field("started_at", true),
    field("churned_at"),
    field("mrr"),
  ],
};

describe("normalizeHeader", () => {
  test("ignores case, spaces, underscores and dashes", () => {
    expect(normalizeHeader(" Created_At ")).toBe("createdat");
    expect(normalizeHeader("created at")).toBe(normalizeHeader("CREATED-AT"));
  });
});

describe("suggestMapping", () => {
  test("a Tandem header maps to itself, whatever its case and spacing", () => {
    expect(suggestMapping(LEADS, ["ID", "Created At", "source", "campaign id", "colour"])).toEqual(["id", "created_at", "source", "campaign_id", null]);
  });

  test("a HubSpot contacts export maps onto leads", () => {
    const header = [
      "Record ID",
      "Email",
      "Create Date",
      "Lifecycle Stage",
      "Became a Marketing Qualified Lead Date",
      "Became a Sales Qualified Lead Date",
      "Original Source",
      "HubSpot Score",
      "Favourite colour",
    ];
    expect(suggestMapping(LEADS, header)).toEqual(["id", "email", "created_at", null, "mql_at", "sql_at", "channel", "score", null]);
  });

  test("a HubSpot deals export maps onto opportunities", () => {
    const header = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date", "Associated Contact"];
    expect(suggestMapping(OPPORTUNITIES, header)).toEqual(["id", "name", "stage", "amount", "closed_at", "created_at", "lead_id"]);
  });

  test("Salesforce exports map onto leads, opportunities and customers", () => {
    expect(suggestMapping(LEADS, ["Lead ID", "Created Date", "Lead Source", "Email"])).toEqual(["id", "created_at", "source", "email"]);
    expect(suggestMapping(OPPORTUNITIES, ["Opportunity ID", "Stage", "Close Date", "Amount", "Account Name", "Created Date", "Lead Source"])).toEqual([
      "id",
      "stage",
      "closed_at",
      "amount",
      null,
      "created_at",
      "source",
    ]);
    expect(suggestMapping(CUSTOMERS, ["Account ID", "Account Name", "Opportunity ID"])).toEqual(["id", "name", "opportunity_id"]);
  });

  test("a field is suggested once; an exact name wins over a preset that comes first", () => {
    expect(suggestMapping(LEADS, ["Create Date", "created_at", "Created Date"])).toEqual([null, "created_at", null]);
    expect(suggestMapping(LEADS, ["Record ID", "Contact ID"])).toEqual(["id", null]);
  });

  test("a remembered choice wins, also a remembered ignore, and one for a field the table lacks is dropped", () => {
    const remembered = { "Record ID": null, "Legacy Key": "id", Email: "nope" };
    expect(suggestMapping(LEADS, ["Record ID", "Legacy Key", "Email"], remembered)).toEqual([null, "id", null]);
  });
});

describe("mappingProblems", () => {
  test("names the required fields not mapped, fields chosen twice and headers that repeat", () => {
    const header = ["Record ID", "Email", "Email", "Date"];
    const problems = mappingProblems(LEADS, header, ["id", "email", "email", null]);
    expect(problems).toEqual({ missing: ["created_at", "source"], duplicates: ["email"], ambiguous: ["Email"] });
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(mappingProblems(LEADS, ["a", "b", "c"], ["id", "created_at", "source"]))).toBe(false);
  });
});

describe("toColumnMap and rememberMapping", () => {
  test("the server map names only mapped columns, by their trimmed header", () => {
    expect(toColumnMap([" Record ID ", "Notes", "Create Date"], ["id", null, "created_at"])).toEqual({ "Record ID": "id", "Create Date": "created_at" });
  });

  test("remembering keeps other files' headers and records ignores", () => {
    expect(rememberMapping({ Old: "email", Notes: "company" }, ["Notes", "Record ID"], [null, "id"])).toEqual({ Old: "email", Notes: null, "Record ID": "id" });
  });
});

describe("parsePreview", () => {
  test("reads the header and at most the first rows, quotes and all", () => {
    const text = ["id,name", ...Array.from({ length: 30 }, (_, i) => `t${i},"Team, ${i}"`)].join("\n");
    const preview = parsePreview(text, false, 20);
    expect(preview.header).toEqual(["id", "name"]);
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[0]).toEqual(["t0", "Team, 0"]);
  });

  test("the first bytes of a longer file drop the record that was cut off", () => {
    expect(parsePreview("id,name\nt1,Alpha\nt2,Bet", true, 20).rows).toEqual([["t1", "Alpha"]]);
  });

  test("a cut inside a quoted multi-line cell moves back to the last complete record", () => {
    expect(parsePreview('id,note\nt1,one\nt2,"first line\nsecond', true, 20).rows).toEqual([["t1", "one"]]);
  });

  test("a byte-order mark is not part of the first header", () => {
    expect(parsePreview("\uFEFFid,name\n", false).header).toEqual(["id", "name"]);
  });
});
