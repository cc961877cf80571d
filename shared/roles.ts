/**
 * The secret links' roles, defined once for server and client. A facilitator can do all a moderator can; the
 * projector only reads.
 */
import { Type } from 'typebox';

export const Role = { facilitator: 'facilitator', moderator: 'moderator', projector: 'projector' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const RoleSchema = Type.Enum(Object.values(Role));

export const MODERATING_ROLES = [Role.facilitator, Role.moderator] as const;
export type ModeratingRole = (typeof MODERATING_ROLES)[number];
export const ModeratingRoleSchema = Type.Enum([...MODERATING_ROLES]);

export const FACILITATING_ROLES = [Role.facilitator] as const;

/** Only these roles' sockets and requests ever see held or hidden posts or moderation data. */
export function canModerate(role: string): role is ModeratingRole {
  return (MODERATING_ROLES as readonly string[]).includes(role);
}
