export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
}

/** Where page `page` of a listing of `total` items starts; null for a page that does not exist. */
export function pageWindow(
  total: number,
  page: number,
  size = PAGE_SIZE,
): { page: number; totalPages: number; offset: number; size: number } | null {
  const totalPages = pageCount(total, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { page, totalPages, offset: (page - 1) * size, size };
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Route param for pages after the first: "2", "3"… Anything else is not a page. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
}
