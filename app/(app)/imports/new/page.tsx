import type { Metadata } from "next";
import Link from "next/link";
import { Check, Download } from "lucide-react";
import { FileDrop } from "@/components/imports/file-drop";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { importKindParamSchema, kindSlug } from "@/lib/imports/kind-slug";
import { importKinds } from "@/lib/imports/registry";
import { SheetImportForm } from "../sheets/sheet-form";

export const metadata: Metadata = { title: "New import" };

/** Step one: what the file holds (with its template and sample); step two: the file itself. */
export default async function NewImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireOrg("imports.run");
  const parsed = importKindParamSchema.safeParse((await searchParams).kind);
  const chosen = parsed.success ? parsed.data : null;
  const kinds = Object.values(importKinds);

  return (
    <>
      <PageHeader
        title="New import"
        description="Choose what your file holds, then upload it or link a Google Sheet. You map its columns and see every change before anything is saved."
        breadcrumbs={[{ label: "Imports", href: "/imports" }, { label: "New import" }]}
      />
      <section aria-labelledby="kind-heading" className="grid gap-3">
        <h2 id="kind-heading" className="text-sm font-semibold">
          1. What does the file hold?
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {kinds.map((kind) => {
            const slug = kindSlug(kind.kind);
            const selected = chosen === kind.kind;
            return (
              <li key={kind.kind}>
                <Card
                  className={cn("h-full", selected && "border-accent ring-2 ring-accent/30")}
                  data-testid={`kind-${slug}`}
                >
                  <CardHeader>
                    <CardTitle>{kind.label}</CardTitle>
                    <CardDescription>{kind.description}</CardDescription>
                  </CardHeader>
                  <CardContent className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2">
                    <Link
                      href={`/imports/new?kind=${slug}`}
                      aria-current={selected ? "true" : undefined}
                      className={buttonClasses({
                        variant: selected ? "primary" : "secondary",
                        size: "sm",
                      })}
                    >
                      {selected ? <Check aria-hidden /> : null}
                      {selected ? "Chosen" : `Import ${kind.label.toLowerCase()}`}
                    </Link>
                    <a
                      href={`/api/imports/templates/${slug}`}
                      download
                      className={buttonClasses({ variant: "link" })}
                    >
                      <Download aria-hidden className="size-3.5" /> Download template
                    </a>
                    <a
                      href={`/api/imports/samples/${slug}`}
                      download
                      className={buttonClasses({ variant: "link" })}
                    >
                      <Download aria-hidden className="size-3.5" /> Download sample
                    </a>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      </section>
      {chosen ? (
        <section aria-labelledby="file-heading" className="mt-8 grid gap-6 lg:grid-cols-2">
          <div className="grid content-start gap-3">
            <h2 id="file-heading" className="text-sm font-semibold">
              2. Upload the {importKinds[chosen].label.toLowerCase()} file
            </h2>
            <FileDrop kind={kindSlug(chosen)} />
          </div>
          <div className="grid content-start gap-3">
            <h2 className="text-sm font-semibold">…or link a Google Sheet</h2>
            <Card>
              <CardContent>
                <SheetImportForm kind={chosen} />
              </CardContent>
            </Card>
          </div>
        </section>
      ) : null}
    </>
  );
}
