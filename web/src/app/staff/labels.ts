export const TICKET_STATUSES = ["open", "pending", "resolved", "closed"] as const;
export const TICKET_CATEGORIES = ["account", "billing", "session", "safety", "other"] as const;
export const ROLES = ["user", "friend", "manager", "admin"] as const;

export function label(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ");
}
