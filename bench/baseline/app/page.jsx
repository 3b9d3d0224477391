// The seed article's text as plain <h1>/<p>/<h2>, with a plain <img> of the same hero rendition
// our article page shows on phones. Read once at build time: the page is static.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SEED = 'content/articles/kadhimi-baghdad-bombings/ar.md';

function readSeed() {
  const root = process.env.BENCH_REPO_ROOT || process.cwd();
  const text = readFileSync(path.join(/* turbopackIgnore: true */ root, SEED), 'utf8');
  const [, frontMatter = '', body = ''] = text.split(/^---$/m);
  const title = /^title:\s*"(.*)"\s*$/m.exec(frontMatter)?.[1] ?? '';
  const blocks = body
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return { title, blocks };
}

// The benchmark builds this page a second time with the body repeated until its HTML is as large as
// our article's, to tell what bytes cost the server from what our code costs.
const REPEAT = Math.max(1, Number(process.env.BENCH_BASELINE_REPEAT) || 1);

export default function Page() {
  const { title, blocks: seedBlocks } = readSeed();
  const blocks = Array.from({ length: REPEAT }, () => seedBlocks).flat();
  return (
    <main>
      <h1>{title}</h1>
      <img
        src="/hero.avif"
        width={1600}
        height={900}
        alt="المجلس الوزاري للأمن الوطني في العراق يعقد جلسة استثنائية"
        style={{ width: '100%', height: 'auto' }}
      />
      {blocks.map((block, index) =>
        block.startsWith('## ') ? (
          <h2 key={index}>{block.slice(3)}</h2>
        ) : (
          <p key={index}>{block}</p>
        ),
      )}
    </main>
  );
}
