import type { Plugin } from 'payload'
import { s3Storage } from '@payloadcms/storage-s3'

/** The upload collections whose files go to S3 when it is configured. */
const UPLOAD_COLLECTIONS = ['media'] as const

export interface S3Settings {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/**
 * S3_BUCKET switches media storage to S3 or any S3-compatible store (MinIO, R2, Spaces...). Without it,
 * uploads stay in MEDIA_DIR on this machine's disk, which only one app process can use.
 * Without S3_ACCESS_KEY_ID the AWS SDK's own credential chain applies (instance role, AWS_* variables).
 */
export const s3Settings = (env: NodeJS.ProcessEnv = process.env): S3Settings | undefined => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the AWS credential chain).')
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    // MinIO and most self-hosted stores need path-style URLs (http://host:9000/bucket/key).
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/**
 * Payload's S3 storage plugin, enabled only when S3_BUCKET is set. Files are still served through
 * Payload (`/api/media/file/<name>`, with its access control) and streamed from the bucket, so URLs are
 * the same either way. `alwaysInsertFields` (and the explicit prefix below) keep the schema identical
 * with and without S3, so the committed SQLite migrations and the generated types do not depend on it.
 */
export const mediaStorage = (env: NodeJS.ProcessEnv = process.env): Plugin => {
  const settings = s3Settings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    // An explicit (empty) prefix: objects are keyed by file name alone, and the `prefix` field exists
    // whether or not S3 is on (with S3 on, the plugin adds it only when a prefix is given).
    collections: Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, { prefix: '' }])),
    config: settings
      ? { region: settings.region, endpoint: settings.endpoint, forcePathStyle: settings.forcePathStyle, credentials: settings.credentials }
      : {},
  })
}
