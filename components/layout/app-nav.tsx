"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useFilters } from "@/components/layout/use-filters";

/** The main navigation; pages that read KPIs carry the filters along, work pages don't. */
export const NAV = [
  { href: "/", label: "Overview", filters: true },
  { href: "/funnel", label: "Funnel", filters: true },
  { href: "/teams", label: "Teams", filters: true },
  { href: "/campaigns", label: "Campaigns", filters: true },
  { href: "/customers", label: "Customers", filters: true },
  { href: "/website", label: "Website", filters: true },
  { href: "/kpis", label: "KPI catalogue", filters: true },
  { href: "/inbox", label: "Inbox", filters: false },
  { href: "/import", label: "Import", filters: false },
  { href: "/admin", label: "Admin", filters: false },
];

export function AppNav() {
  const pathname = usePathname();
  // Only the shared filters travel between pages, not a page's own state (a tab, a month).
  const { href } = useFilters();
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-1">
      {NAV.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.filters ? href(item.href) : item.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 ${active ? "bg-indigo-50 text-indigo-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
