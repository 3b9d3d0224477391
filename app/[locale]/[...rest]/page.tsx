import { notFound } from 'next/navigation';

// Any path under a locale that no route claims: answer with the localized 404 page.
export default function CatchAllPage() {
  notFound();
}
