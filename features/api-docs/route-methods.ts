import type { Method } from "@/lib/api/contract";

/**
 * Every path under /api/v1 and the methods its route file exports, for proxy.ts, which answers
 * the others with 405 before Next routes the request. Plain data, so that the proxy loads neither
 * the contracts nor what they import; tests/api-paths.test.ts fails until it matches app/api/v1.
 */
export const ROUTE_METHODS: Readonly<Record<string, readonly Method[]>> = {
  "/api/v1/campaigns": ["GET", "POST"],
  "/api/v1/campaigns/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/export/{table}": ["GET"],
  "/api/v1/funnel": ["GET"],
  "/api/v1/funnel/cohorts": ["GET"],
  "/api/v1/handoffs": ["GET"],
  "/api/v1/handoffs/{id}/accept": ["POST"],
  "/api/v1/handoffs/{id}/follow-up": ["POST"],
  "/api/v1/handoffs/{id}/reject": ["POST"],
  "/api/v1/import/{table}": ["POST"],
  "/api/v1/kpis": ["GET"],
  "/api/v1/kpis.csv": ["GET"],
  "/api/v1/kpis/{id}/rows": ["GET"],
  "/api/v1/landing-pages": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/options": ["GET"],
  "/api/v1/session": ["POST"],
  "/api/v1/settings": ["GET", "PATCH"],
  "/api/v1/sparklines": ["GET"],
  "/api/v1/spend": ["GET", "POST"],
  "/api/v1/spend/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/spend/history": ["GET"],
  "/api/v1/spend/month": ["GET", "PUT"],
  "/api/v1/targets": ["GET", "POST"],
  "/api/v1/targets/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/teams": ["GET", "POST"],
  "/api/v1/teams/{id}": ["GET", "PATCH", "DELETE"],
  "/api/v1/teams/trends": ["GET"],
  "/api/v1/tokens": ["GET", "POST"],
  "/api/v1/tokens/{id}": ["DELETE"],
  "/api/v1/trends": ["GET"],
  "/api/v1/users": ["GET", "POST"],
  "/api/v1/users/{id}": ["GET", "PATCH", "DELETE"],
};
