// The bare baseline `npm run bench` compares our site with: App Router defaults, nothing
// added. Only the output folder is chosen, so the benchmark never touches a `.next` that anyone
// else uses.
/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next-bench',
};

export default nextConfig;
