import type { Metadata } from "next";
import { apiDocsEndpoints } from "@/features/api-docs/contract";
import { ApiReference } from "@/features/api-docs/components/api-reference";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  const documentPath = apiDocsEndpoints.openapi.path;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">API reference</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">
        Every endpoint of the HTTP API, generated from the same contracts the server checks requests and answers against. The machine-readable document is{" "}
        <a href={documentPath} className="font-mono text-indigo-700 underline">
          {documentPath}
        </a>
        . Scripts authenticate with a bearer token from Admin → API tokens; “Test request” sends a request to this server from your browser.
      </p>
      <ApiReference />
    </>
  );
}
