// The Pages Router's app (pages/_error.tsx, pages/asset-not-found.tsx): Next.js's own.
export { default } from 'next/app';
