import Link from "next/link";

export function Skeleton({ className = "h-24" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-lg bg-slate-200/70 ${className}`} />;
}

export function Loading({ label = "Loading", rows = 3, className = "h-24" }: { label?: string; rows?: number; className?: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className={className} />
      ))}
      <span className="sr-only">{label}…</span>
    </div>
  );
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-medium">This could not be loaded.</p>
      <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
      {retry && (
        <button type="button" onClick={retry} className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1 font-medium hover:bg-red-100">
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      <div className="mt-2 text-sm text-slate-600">
        {children ?? (
          <>
            Nothing in this period. Try a longer date range, or{" "}
            <Link href="/import" className="text-indigo-700 underline">
              import data
            </Link>
            .
          </>
        )}
      </div>
    </div>
  );
}

type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };

/**
 * The three states every React Query result goes through before its data is shown: a skeleton
 * while pending, an error with retry, and (when `isEmpty` says so) an empty state.
 */
export function QueryView<T>({
  query,
  label,
  rows = 2,
  className = "h-10",
  isEmpty,
  empty,
  children,
}: {
  query: QueryLike<T>;
  label: string;
  rows?: number;
  className?: string;
  isEmpty?: (data: T) => boolean;
  empty?: React.ReactNode;
  children: (data: T) => React.ReactNode;
}) {
  if (query.isPending) return <Loading label={label} rows={rows} className={className} />;
  if (query.isError) return <ErrorState error={query.error} retry={() => query.refetch()} />;
  const data = query.data as T;
  return <>{isEmpty?.(data) ? empty : children(data)}</>;
}
