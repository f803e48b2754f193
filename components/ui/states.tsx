import Link from "next/link";
import { Button } from "@/components/ui/button";

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
        <Button variant="danger" size="sm" onClick={retry} className="mt-3">
          Try again
        </Button>
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

/** What QueryView reads of a query: any `useQuery`/`useSuspenseQuery`/`useInfiniteQuery` result fits. */
type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };

/**
 * The one way to render a React Query result before its data: a skeleton while pending, an error
 * with retry, and (when `isEmpty` says so) `empty`, by default an EmptyState titled `emptyTitle`.
 */
export function QueryView<T>({
  query,
  label,
  rows = 2,
  className = "h-10",
  isEmpty,
  empty,
  emptyTitle = "Nothing to show.",
  children,
}: {
  query: QueryLike<T>;
  /** Names the loading state for screen readers ("Loading campaigns"). */
  label: string;
  rows?: number;
  className?: string;
  isEmpty?: (data: T) => boolean;
  empty?: React.ReactNode;
  emptyTitle?: string;
  children: (data: T) => React.ReactNode;
}) {
  if (query.isPending) return <Loading label={label} rows={rows} className={className} />;
  if (query.isError) return <ErrorState error={query.error} retry={() => query.refetch()} />;
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty ?? <EmptyState title={emptyTitle} />}</>;
  return <>{children(data)}</>;
}
