"use client";

import { useState } from "react";
import { ArchivableRowActions } from "@/components/catalog/row-actions";
import { useRunAction } from "@/components/catalog/use-run-action";
import { archiveLocationAction, unarchiveLocationAction } from "./actions";
import { LocationFormDialog, type EditableLocation } from "./location-form-dialog";

export function LocationActions({
  location,
}: {
  location: EditableLocation & { archived: boolean };
}) {
  const [editing, setEditing] = useState(false);
  const { run, pending } = useRunAction();
  const locationId = location.id;
  return (
    <>
      <ArchivableRowActions
        name={location.name}
        archived={location.archived}
        pending={pending}
        onEdit={() => setEditing(true)}
        onArchive={() =>
          run(() => archiveLocationAction({ locationId }), `${location.name} archived`)
        }
        onRestore={() =>
          run(() => unarchiveLocationAction({ locationId }), `${location.name} restored`)
        }
      />
      <LocationFormDialog open={editing} onOpenChange={setEditing} location={location} />
    </>
  );
}
