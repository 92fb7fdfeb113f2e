import { ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import {
  CREATE_USER,
  CREATE_USER_WITH_ONE_TIME_PASSWORD,
  RESET_PASSWORD,
  ROLE_PERMISSIONS,
  UPDATE_USER,
  USERS,
  type RolePermission,
  type TeamUser,
} from '../graphql/team-operations';
import type { Role } from '../graphql/types';
import { trackedRunner, type AsyncState } from './async-state';

/** A generated password, shown once on the Users page. */
export interface RevealedPassword {
  email: string;
  password: string;
}

/** The Users page (ADMIN): people, what each role may do, and changes to both. */
export function useUsers() {
  const users = ref<TeamUser[]>([]);
  const permissions = ref<RolePermission[]>([]);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  /** The last change's outcome (add, role, disable, reset), shown above the table. */
  const actionState = ref<AsyncState>('idle');
  const actionError = ref<string | null>(null);
  const revealed = ref<RevealedPassword | null>(null);
  const load = trackedRunner(state, error);
  const act = trackedRunner(actionState, actionError);

  const reload = () =>
    load(
      () => Promise.all([runQuery(USERS, {}), runQuery(ROLE_PERMISSIONS, {})]),
      ([u, p]) => {
        users.value = u.users;
        permissions.value = p.rolePermissions;
      },
    );

  function replace(user: TeamUser): void {
    const index = users.value.findIndex((u) => u.id === user.id);
    if (index >= 0) users.value.splice(index, 1, user);
    else users.value.push(user);
  }

  /** Adds a person: with a generated one-time password when `password` is empty. */
  function add(email: string, role: Role, password: string, oneTime: boolean): Promise<boolean> {
    revealed.value = null;
    if (!password) {
      return act(
        () => runMutation(CREATE_USER_WITH_ONE_TIME_PASSWORD, { email: email.trim(), role }),
        ({ createUserWithOneTimePassword: r }) => {
          replace(r.user);
          revealed.value = { email: r.user.email, password: r.password };
        },
      );
    }
    return act(
      () => runMutation(CREATE_USER, { email: email.trim(), password, role, oneTime }),
      (data) => replace(data.createUser),
    );
  }

  const update = (id: string, change: { role?: Role; disabled?: boolean }) =>
    act(
      () => runMutation(UPDATE_USER, { id, role: change.role ?? null, disabled: change.disabled ?? null }),
      (data) => replace(data.updateUser),
    );

  function resetPassword(id: string): Promise<boolean> {
    revealed.value = null;
    return act(
      () => runMutation(RESET_PASSWORD, { id }),
      ({ resetPassword: r }) => {
        replace(r.user);
        revealed.value = { email: r.user.email, password: r.password };
      },
    );
  }

  return { users, permissions, state, error, actionState, actionError, revealed, reload, add, update, resetPassword };
}
