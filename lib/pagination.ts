export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
}

/** One page of a listing, 1-based; null for a page that does not exist. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Route param for pages after the first: "2", "3"… Anything else is not a page. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
}
