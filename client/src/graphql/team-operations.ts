/**
 * Users, my account, roles and the audit trail (contract part "team").
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { AuditEventsQuery, CreateUserWithOneTimePasswordMutation, RolePermissionsQuery, TeamUserFieldsFragment } from '../gql/graphql';

export type { AuditFilter, Language } from '../gql/graphql';
export type TeamUser = TeamUserFieldsFragment;
export type RolePermission = RolePermissionsQuery['rolePermissions'][number];
export type OneTimePassword = CreateUserWithOneTimePasswordMutation['createUserWithOneTimePassword'];
export type AuditEvent = AuditEventsQuery['auditEvents']['events'][number];

export const USER_FIELDS = graphql(`
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
`);
export const USERS = graphql(`
  query Users {
    users {
      ...TeamUserFields
    }
  }
`);
export const MY_ACCOUNT = graphql(`
  query MyAccount {
    me {
      ...TeamUserFields
    }
  }
`);
export const ROLE_PERMISSIONS = graphql(`
  query RolePermissions {
    rolePermissions {
      key
      label
      roles
    }
  }
`);
export const CREATE_USER = graphql(`
  mutation CreateUser($email: String!, $password: String!, $role: Role!, $oneTime: Boolean) {
    createUser(email: $email, password: $password, role: $role, oneTime: $oneTime) {
      ...TeamUserFields
    }
  }
`);
export const CREATE_USER_WITH_ONE_TIME_PASSWORD = graphql(`
  mutation CreateUserWithOneTimePassword($email: String!, $role: Role!) {
    createUserWithOneTimePassword(email: $email, role: $role) {
      password
      user {
        ...TeamUserFields
      }
    }
  }
`);
export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $role: Role, $disabled: Boolean) {
    updateUser(id: $id, role: $role, disabled: $disabled) {
      ...TeamUserFields
    }
  }
`);
export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id) {
      password
      user {
        ...TeamUserFields
      }
    }
  }
`);
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
export const UPDATE_ME = graphql(`
  mutation UpdateMe($language: Language!) {
    updateMe(language: $language) {
      ...TeamUserFields
    }
  }
`);
export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);
export const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
export const SESSION_CHECK = graphql(`
  query SessionCheck {
    me {
      id
      email
      role
      mustChangePassword
    }
  }
`);
export const AUDIT_EVENTS = graphql(`
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
`);
