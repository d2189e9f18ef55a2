import { Mail, MessageSquare, Phone, Store, type LucideIcon } from "lucide-react";
import type { InteractionChannel } from "@/lib/customers/schemas";

export const CHANNELS: Record<InteractionChannel, { label: string; icon: LucideIcon }> = {
  EMAIL: { label: "Email", icon: Mail },
  CHAT: { label: "Chat", icon: MessageSquare },
  PHONE: { label: "Phone", icon: Phone },
  IN_PERSON: { label: "In person", icon: Store },
};
