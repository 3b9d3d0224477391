import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SLUG, VERSION, root } from './shared-build-settings';

/** The cache's files for the page, wherever Next.js keeps them, with what each says. */
export function filesAtRest(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.startsWith(SLUG) && /\.(html|rsc|meta)$/.test(entry.name)) {
        const text = readFileSync(file, 'utf8');
        const problem = entry.name.endsWith('.html')
          ? text.endsWith('</html>')
            ? ''
            : ' NOT WHOLE'
          : entry.name.endsWith('.meta')
            ? (() => {
                try {
                  JSON.parse(text);
                  return '';
                } catch {
                  return ' META DOES NOT PARSE';
                }
              })()
            : '';
        found.push(`${path.relative(dir, file)} v${VERSION.exec(text)?.[1] ?? '-'}${problem}`);
      }
    }
  };
  walk(path.join(root, folder, 'server'));
  return found;
}
