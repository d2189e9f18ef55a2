"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { LocationFormDialog } from "./location-form-dialog";

export function NewLocationButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<Plus />} onClick={() => setOpen(true)}>
        New location
      </Button>
      <LocationFormDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
