/**
 * The lite pages' only styles, inlined: system fonts, one column, logical properties only, and
 * nothing a browser without grid or flexbox would lay out wrongly (blocks and inline text only).
 * The page reads the same with no CSS at all: hidden labels then show as plain words.
 */
export const LITE_STYLE = [
  'html{color-scheme:light dark}',
  'body{margin:0;font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.75;background:#fbfaf7;color:#1b1d21}',
  'a{color:#a3161a}',
  '.w{max-width:40rem;margin-inline:auto;padding-inline:1rem}',
  'header.s{border-block-end:1px solid #d9d4c7;padding-block:.5rem}',
  'header.s a{font-weight:700;text-decoration:none}',
  'h1{font-size:1.6rem;line-height:1.35;margin-block:.75rem}',
  'h2{font-size:1.25rem;line-height:1.4}',
  '.m{color:#5d6068;font-size:.95rem}',
  'img{max-width:100%;height:auto}',
  'figure{margin:0}',
  'figcaption{color:#5d6068;font-size:.95rem}',
  '.h{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0)}',
  'li{margin-block:.4rem}',
  'footer.s{border-block-start:1px solid #d9d4c7;margin-block-start:2rem;padding-block:1rem}',
  '@media (prefers-color-scheme:dark){body{background:#15171a;color:#ebe9e4}a{color:#ff8f84}.m,figcaption{color:#a9abb1}header.s,footer.s{border-color:#3a3d44}}',
].join('');
