import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router';
import { useSession } from './composables/useSession';
import { t } from './i18n';
import { activeLocale } from './i18n/locale';
import { safeRedirect } from './utils/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** The page title shown in the browser tab. */
    title?: string;
    /** Only for administrators (the server checks too; this only keeps others off an empty page). */
    admin?: boolean;
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true, title: 'Sign in' } },
  {
    path: '/choose-password',
    name: 'choose-password',
    component: () => import('./pages/ChoosePasswordPage.vue'),
    meta: { title: 'Choose a new password' },
  },
  {
    path: '/',
    component: () => import('./components/layout/AppLayout.vue'),
    children: [
      { path: '', name: 'overview', component: () => import('./pages/OverviewPage.vue'), meta: { title: 'Overview' } },
      { path: 'data', name: 'data', component: () => import('./pages/DataPage.vue'), meta: { title: 'Data' } },
      { path: 'models', name: 'models', component: () => import('./pages/ModelsPage.vue'), meta: { title: 'Models' } },
      { path: 'drivers', name: 'drivers', component: () => import('./pages/DriversPage.vue'), meta: { title: 'Drivers' } },
      {
        path: 'target-group',
        name: 'target-group',
        component: () => import('./pages/TargetGroupPage.vue'),
        meta: { title: 'Target group' },
      },
      { path: 'score', name: 'scoring', component: () => import('./pages/ScoringPage.vue'), meta: { title: 'Score a list' } },
      { path: 'customer', name: 'customer', component: () => import('./pages/CustomerPage.vue'), meta: { title: 'Customer' } },
      { path: 'segments', name: 'segments', component: () => import('./pages/SegmentsPage.vue'), meta: { title: 'Segments' } },
      { path: 'account', name: 'account', component: () => import('./pages/AccountPage.vue'), meta: { title: 'My account' } },
      { path: 'users', name: 'users', component: () => import('./pages/UsersPage.vue'), meta: { title: 'Users', admin: true } },
      { path: 'audit', name: 'audit', component: () => import('./pages/AuditPage.vue'), meta: { title: 'Audit trail', admin: true } },
      { path: 'activity', name: 'activity', component: () => import('./pages/ActivityPage.vue'), meta: { title: 'Activity' } },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach((to) => {
  const { isSignedIn, mustChangePassword, role } = useSession();
  if (!to.meta.public && !isSignedIn.value) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  // A one-time password opens nothing but the page that replaces it.
  if (isSignedIn.value && mustChangePassword.value && to.name !== 'choose-password') {
    return {
      name: 'choose-password',
      query: to.name === 'login' ? { redirect: safeRedirect(to.query.redirect) } : { redirect: to.fullPath },
    };
  }
  if (to.name === 'choose-password' && !mustChangePassword.value) return safeRedirect(to.query.redirect);
  if (to.name === 'login' && isSignedIn.value) return safeRedirect(to.query.redirect);
  if (to.meta.admin && role.value !== 'ADMIN') return { name: 'overview' };
  return true;
});

/** The browser tab's title for a page, in the active language: "Modele · Campaign Profiler". */
export function pageTitle(route: Pick<RouteLocationNormalized, 'name' | 'meta'>): string {
  const name = typeof route.name === 'string' ? route.name : '';
  return route.meta.title ? t('app.titleSuffix', { title: t(`nav.${name}`) }) : t('app.name');
}

router.afterEach((to) => {
  document.title = pageTitle(to);
});

// A language change renames the open page's tab at once, not on the next navigation.
watch(activeLocale, () => {
  document.title = pageTitle(router.currentRoute.value);
});
