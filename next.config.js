/**
 * Next.js configuration
 * =====================
 * Production server for the atlas. Security headers apply to every response (pages get their CSP with a nonce
 * from proxy.ts; API answers get a deny-all one here; the list is scripts/security-headers.mjs, which the server's own
 * answers share); the Neo4j driver stays a server dependency.
 */
import { API_CSP, COMMON_HEADERS } from './scripts/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['neo4j-driver'],
  typedRoutes: false,
  // Browsers (and bookmark and feed tools) ask for /favicon.ico whatever the page links; the app's icon is an SVG.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_CSP }],
      },
      {
        source: '/:path*',
        headers: Object.entries(COMMON_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
