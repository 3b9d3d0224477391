/** Markdown tables for the bench reports, and the number formats they use. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A table's header row and the separator under it. */
export const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];
