import type { ComponentType, SVGProps } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export interface ModulePlaceholderProps {
  title: string;
  description: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** What this module will do, in the user's words. */
  upcoming: string[];
}

/** An honest page for a module that is not built yet: what it will do, nothing pretend. */
export function ModulePlaceholder({ title, description, icon, upcoming }: ModulePlaceholderProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState
        bordered
        icon={icon}
        title={`${title} is on its way`}
        description={
          <>
            <span className="block">This part of Backroom is not built yet. It will let you:</span>
            <ul className="mt-3 list-inside list-disc text-left">
              {upcoming.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        }
      />
    </>
  );
}
