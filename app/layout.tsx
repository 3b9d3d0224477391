import type { ReactNode } from 'react';
import './globals.css';

// `<html>` lives in app/[locale]/layout.tsx, where `lang` and `dir` are known.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
