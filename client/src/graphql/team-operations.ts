import { gql, type TypedDocumentNode } from '@urql/core';
import type { Role } from './types';

/** Users, my account, roles and the audit trail (server/schema.graphql, contract part "team"). */
export type Language = 'EN' | 'ES' | 'PL' | 'RU';

export interface TeamUser {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  language: Language;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  lastActiveAt: string | null;
  createdAt: string;
}

export interface RolePermission {
  key: string;
  label: string;
  roles: Role[];
}

export interface OneTimePassword {
  user: TeamUser;
  password: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  actionLabel: string;
  objectType: string;
  objectId: string | null;
  objectLabel: string | null;
  details: string;
}

export interface AuditFilter {
  action?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

const USER_FIELDS = gql`
  fragment TeamUserFields on User {
    id
    email
    role
    disabled
    language
    mustChangePassword
    lastSignInAt
    lastActiveAt
    createdAt
  }
`;

export const USERS: TypedDocumentNode<{ users: TeamUser[] }, Record<string, never>> = gql`
  query Users {
    users {
      ...TeamUserFields
    }
  }
  ${USER_FIELDS}
`;

export const MY_ACCOUNT: TypedDocumentNode<{ me: TeamUser | null }, Record<string, never>> = gql`
  query MyAccount {
    me {
      ...TeamUserFields
    }
  }
  ${USER_FIELDS}
`;

export const ROLE_PERMISSIONS: TypedDocumentNode<{ rolePermissions: RolePermission[] }, Record<string, never>> = gql`
  query RolePermissions {
    rolePermissions {
      key
      label
      roles
    }
  }
`;

export const CREATE_USER: TypedDocumentNode<{ createUser: TeamUser }, { email: string; password: string; role: Role; oneTime: boolean }> =
  gql`
    mutation CreateUser($email: String!, $password: String!, $role: Role!, $oneTime: Boolean) {
      createUser(email: $email, password: $password, role: $role, oneTime: $oneTime) {
        ...TeamUserFields
      }
    }
    ${USER_FIELDS}
  `;

export const CREATE_USER_WITH_ONE_TIME_PASSWORD: TypedDocumentNode<
  { createUserWithOneTimePassword: OneTimePassword },
  { email: string; role: Role }
> = gql`
  mutation CreateUserWithOneTimePassword($email: String!, $role: Role!) {
    createUserWithOneTimePassword(email: $email, role: $role) {
      password
      user {
        ...TeamUserFields
      }
    }
  }
  ${USER_FIELDS}
`;

export const UPDATE_USER: TypedDocumentNode<{ updateUser: TeamUser }, { id: string; role?: Role | null; disabled?: boolean | null }> = gql`
  mutation UpdateUser($id: ID!, $role: Role, $disabled: Boolean) {
    updateUser(id: $id, role: $role, disabled: $disabled) {
      ...TeamUserFields
    }
  }
  ${USER_FIELDS}
`;

export const RESET_PASSWORD: TypedDocumentNode<{ resetPassword: OneTimePassword }, { id: string }> = gql`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id) {
      password
      user {
        ...TeamUserFields
      }
    }
  }
  ${USER_FIELDS}
`;

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: boolean }, { currentPassword: string; newPassword: string }> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export const UPDATE_ME: TypedDocumentNode<{ updateMe: TeamUser }, { language: Language }> = gql`
  mutation UpdateMe($language: Language!) {
    updateMe(language: $language) {
      ...TeamUserFields
    }
  }
  ${USER_FIELDS}
`;

export const SIGN_OUT: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;

export const SIGN_OUT_EVERYWHERE: TypedDocumentNode<{ signOutEverywhere: boolean }, Record<string, never>> = gql`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`;

export const SESSION_CHECK: TypedDocumentNode<
  { me: { id: string; email: string; role: Role; mustChangePassword: boolean } | null },
  Record<string, never>
> = gql`
  query SessionCheck {
    me {
      id
      email
      role
      mustChangePassword
    }
  }
`;

export const AUDIT_EVENTS: TypedDocumentNode<
  { auditEvents: { total: number; events: AuditEvent[] } },
  { filter: AuditFilter; limit: number; offset: number }
> = gql`
  query AuditEvents($filter: AuditFilter, $limit: Int, $offset: Int) {
    auditEvents(filter: $filter, limit: $limit, offset: $offset) {
      total
      events {
        id
        at
        actorId
        actorEmail
        action
        actionLabel
        objectType
        objectId
        objectLabel
        details
      }
    }
  }
`;
