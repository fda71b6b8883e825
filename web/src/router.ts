import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import AppLayout from './layout/AppLayout.vue';
import ScenariosPage from './pages/ScenariosPage.vue';
import { useSessionStore } from './stores/session.js';

/** The scenarios list is the landing page after sign-in, so it ships in the first chunk; every other page is lazy. */
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
  {
    path: '/',
    component: AppLayout,
    children: [
      {
        path: '',
        name: 'dashboard',
        component: () => import('./pages/DashboardPage.vue'),
        meta: { title: 'Dashboard' },
      },
      { path: 'scenarios', name: 'scenarios', component: ScenariosPage, meta: { title: 'Test scenarios' } },
      {
        path: 'scenarios/create',
        name: 'scenario-create',
        component: () => import('./pages/ScenarioFormPage.vue'),
        meta: { title: 'Create scenario' },
      },
      {
        path: 'scenarios/:testId/edit',
        name: 'scenario-edit',
        component: () => import('./pages/ScenarioFormPage.vue'),
        props: true,
        meta: { title: 'Edit scenario' },
      },
      {
        path: 'scenarios/:testId',
        name: 'scenario',
        component: () => import('./pages/ScenarioDetailsPage.vue'),
        props: true,
        meta: { title: 'Scenario' },
      },
      {
        path: 'scenarios/:testId/testruns/:testRunId',
        name: 'run',
        component: () => import('./pages/RunDetailsPage.vue'),
        props: true,
        meta: { title: 'Test run' },
      },
      {
        path: 'scenarios/:testId/compare',
        name: 'compare',
        component: () => import('./pages/ComparePage.vue'),
        props: true,
        meta: { title: 'Compare runs' },
      },
      {
        path: 'mcp',
        name: 'mcp',
        component: () => import('./pages/McpPage.vue'),
        meta: { title: 'MCP settings' },
      },
      { path: 'agent-integration', redirect: '/mcp' },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./pages/NotFoundPage.vue'),
        meta: { title: 'Page not found' },
      },
    ],
  },
];

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory('/'), routes });
  router.beforeEach((to) => {
    if (to.meta.public) return true;
    const session = useSessionStore();
    if (session.signedIn) return true;
    sessionStorage.setItem('dlt.returnTo', to.fullPath);
    return { name: 'login' };
  });
  router.afterEach((to) => {
    const title = typeof to.meta.title === 'string' ? to.meta.title : 'Console';
    document.title = `${title} · dlt`;
  });
  return router;
}
