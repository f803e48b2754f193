"use client";

import "@scalar/api-reference-react/style.css";
import type { ApiReferenceReact } from "@scalar/api-reference-react";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { Loading } from "@/components/ui/states";
import { apiDocsEndpoints } from "../contract";

// Scalar's reference is a Vue app mounted in the browser: not rendered on the server, and only
// downloaded by this page.
const Reference = dynamic(() => import("@scalar/api-reference-react").then((module) => module.ApiReferenceReact), {
  ssr: false,
  loading: () => <Loading label="Loading the API reference" />,
});

/**
 * Everything it needs comes from this server: the document, system fonts instead of Scalar's
 * font CDN, and requests sent straight to the API (no proxy). Telemetry, the AI agent and the
 * developer toolbar (which offers to upload the document to scalar.com) are off.
 */
const configuration: ComponentProps<typeof ApiReferenceReact>["configuration"] = {
  url: apiDocsEndpoints.openapi.path,
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: "never",
  hideClientButton: false,
  documentDownloadType: "json",
  forceDarkModeState: "light",
  hideDarkModeToggle: true,
  customCss: ".light-mode { --scalar-color-accent: #4338ca; }",
};

/** The API reference, rendered from the OpenAPI document at /api/v1/openapi.json. */
export function ApiReference() {
  return <Reference configuration={configuration} />;
}
