/** The servers the e2e suite starts: production builds, fixture copies of them, nginx in front. */

/** A build that is not there yet says which command makes it, rather than what `next` says. */
function requireBuild(distDir: string) {
  const missing = `console.error('No test build in ${distDir}: run npm run test:build first.')`;
  return `node -e "fs.existsSync('${distDir}/BUILD_ID') || (${missing}, process.exit(1))"`;
}

export function nextStart(port: number, env: Record<string, string>) {
  const distDir = env.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next';
  return {
    command: `${requireBuild(distDir)} && npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/ar`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...(process.env as Record<string, string>), ...env },
  };
}

/** nginx on `port` (https) and `port + 1` (http), in front of the server on `upstream`. */
export function nginx(port: number, upstream: number) {
  return {
    command: [
      // Not through npx, which exits on SIGTERM at once: Playwright then kills the whole group,
      // and the script with it before it has removed its folder.
      'node --import tsx scripts/nginx.ts run --tls',
      `--listen 127.0.0.1:${port} --http-listen 127.0.0.1:${port + 1}`,
      `--upstream 127.0.0.1:${upstream}`,
    ].join(' '),
    url: `https://127.0.0.1:${port}/ar`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 60_000,
    // Playwright's default SIGKILL would leave the temporary folder (certificate, cache) behind.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  };
}

/**
 * The test build served on another content folder (e2e/support/fixture-server.mjs): pages render
 * from the content at run time, so a fixture needs a copy of the build folder, not a build.
 */
export function fixtureServer(port: number, name: string, contentDir: string, ...flags: string[]) {
  return {
    ...nextStart(port, { SITE_URL: `http://127.0.0.1:${port}` }),
    command: [
      `${requireBuild('.next-test')} &&`,
      'node e2e/support/fixture-server.mjs',
      port,
      name,
      contentDir,
      ...flags,
    ].join(' '),
  };
}
