'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, THEMES, type Theme } from '@/lib/site/theme';
import { StrokeIcon } from '../icons/icons';

interface ThemeSwitchProps {
  /** "المظهر" / "Theme", and the name of each choice. */
  label: string;
  names: Record<Theme, string>;
}

const ICONS = { system: 'auto', light: 'sun', dark: 'moon' } as const;

function currentTheme(): Theme {
  const value = document.documentElement.dataset.theme;
  return value === 'light' || value === 'dark' ? value : 'system';
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be blocked; the choice then lasts for this page only.
  }
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  listeners.forEach((listener) => listener());
}

/** Cycles automatic → light → dark; the head script applies the stored choice before paint. */
export function ThemeSwitch({ label, names }: ThemeSwitchProps) {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'system' as const);
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
  return (
    <button
      type="button"
      onClick={() => applyTheme(next)}
      aria-label={`${label}: ${names[theme]}`}
      title={`${label}: ${names[theme]}`}
      data-theme-choice={theme}
      className="js-only inline-flex size-9 items-center justify-center rounded-full border border-rule text-ink hover:border-accent hover:text-accent pointer-coarse:size-11 print:hidden"
    >
      <StrokeIcon name={ICONS[theme]} className="size-5" />
    </button>
  );
}
