"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export const NAV = [
  { href: "/", label: "Overview" },
  { href: "/funnel", label: "Funnel" },
  { href: "/teams", label: "Teams" },
  { href: "/campaigns", label: "Campaigns" },
  { href: "/customers", label: "Customers" },
  { href: "/website", label: "Website" },
  { href: "/kpis", label: "KPI catalogue" },
  { href: "/admin", label: "Admin" },
];

export function AppNav() {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = params.toString();
  return (
    <nav aria-label="Main" className="flex gap-1 overflow-x-auto">
      {NAV.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={query && item.href !== "/admin" ? `${item.href}?${query}` : item.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-indigo-50 text-indigo-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
