// The Pages Router's document (pages/_error.tsx, pages/asset-not-found.tsx): Next.js's own.
export { default } from 'next/document';
