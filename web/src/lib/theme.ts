const THEME_KEY = 'dlt-theme';

/** Dark mode is a class on <html> that PrimeVue's Aura preset keys on; the choice is kept in localStorage. */
export function applyStoredTheme(): void {
  const stored = localStorage.getItem(THEME_KEY);
  const dark = stored
    ? stored === 'dark'
    : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  document.documentElement.classList.toggle('app-dark', dark);
}

export function isDark(): boolean {
  return document.documentElement.classList.contains('app-dark');
}

export function toggleDark(): boolean {
  const dark = !isDark();
  document.documentElement.classList.toggle('app-dark', dark);
  localStorage.setItem(THEME_KEY, dark ? 'dark' : 'light');
  return dark;
}
