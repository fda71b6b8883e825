import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import Tooltip from 'primevue/tooltip';
import { createApp } from 'vue';
import 'primeicons/primeicons.css';
import './styles.css';
import App from './App.vue';
import { loadConfig } from './config.js';
import { fatalError } from './lib/fatal.js';
import { applyStoredTheme } from './lib/theme.js';
import { ConsolePreset } from './lib/theme-preset.js';
import { createAppRouter } from './router.js';
import { useSessionStore } from './stores/session.js';

async function start() {
  applyStoredTheme();
  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia);
  app.use(PrimeVue, { theme: { preset: ConsolePreset, options: { darkModeSelector: '.app-dark' } } });
  app.use(ToastService);
  app.use(ConfirmationService);
  app.directive('tooltip', Tooltip);
  const router = createAppRouter();
  const session = useSessionStore();
  try {
    session.configure(await loadConfig(), {
      currentPath: () => router.currentRoute.value.fullPath,
    });
  } catch (error) {
    // App.vue shows this instead of the pages; the router still starts so the page is not blank.
    fatalError.value = (error as Error).message;
  }
  app.use(router);
  app.mount('#app');
}

void start();
