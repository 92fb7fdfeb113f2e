import { createApp, watch } from 'vue';
import App from './App.vue';
import { useDatasets } from './composables/useDatasets';
import { useSession } from './composables/useSession';
import { i18n } from './i18n';
import { router } from './router';
import './styles/base.css';
import './styles/print.css';

const app = createApp(App);
app.use(i18n);
app.use(router);
document.documentElement.lang = i18n.global.locale.value;

// When the session ends anywhere (sign-out, expiry, a 401 from the server), leave the
// protected pages at once and forget what the last user could see.
const { token } = useSession();
watch(token, (current) => {
  if (current) return;
  useDatasets().reset();
  const route = router.currentRoute.value;
  if (!route.meta.public) void router.replace({ name: 'login', query: { redirect: route.fullPath } });
});

app.mount('#app');
