import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

function RoleRowsSkeleton({ rows }: { rows: number }) {
  return (
    <div className="divide-y divide-border border-t border-border">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="grid gap-2 px-5 py-4">
          <div className="flex items-center gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-5 w-16 rounded-full" />
          </div>
          <Skeleton className="h-4 w-96 max-w-full" />
          <Skeleton className="h-3 w-48" />
        </div>
      ))}
    </div>
  );
}

export default function RolesLoading() {
  return (
    <>
      <p role="status" className="sr-only">
        Loading roles…
      </p>
      <div className="mb-6 flex flex-col gap-4 sm:mb-8 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-24" />
          <Skeleton className="h-4 w-96 max-w-full" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      <div className="grid gap-6">
        {[2, 3].map((rows) => (
          <Card key={rows} className="pb-0">
            <CardHeader>
              <Skeleton className="h-5 w-32" />
              <Skeleton className="h-4 w-80 max-w-full" />
            </CardHeader>
            <CardContent flush>
              <RoleRowsSkeleton rows={rows} />
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
