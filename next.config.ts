import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Express (server.ts) sets the security headers and compression; Next renders pages.
  poweredByHeader: false,
  compress: false,
  images: { unoptimized: true },
  // Loaded from node_modules rather than bundled into Next's server chunks: server.ts has loaded these already, so
  // the admin and reader pages share its modules (one Payload, one set of adapters) instead of holding copies.
  serverExternalPackages: ['payload', '@payloadcms/db-mongodb', '@payloadcms/db-sqlite', '@payloadcms/graphql', '@payloadcms/email-nodemailer'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
