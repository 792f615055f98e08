/**
 * src/lib/mediaStorage.ts: S3 storage is on exactly when S3_BUCKET is set, and the media schema is the
 * same either way (so migrations and generated types do not depend on the environment).
 */
import { describe, expect, test } from '@jest/globals'
import type { CollectionConfig, Config } from 'payload'
import { mediaStorage, s3Settings } from '../../src/lib/mediaStorage'
import { Media } from '../../src/collections/Media'

const settings = (env: Record<string, string>) => s3Settings(env as NodeJS.ProcessEnv)

const apply = async (env: Record<string, string>): Promise<CollectionConfig> => {
  const config = await mediaStorage(env as NodeJS.ProcessEnv)({ collections: [Media] } as Config)
  return config.collections!.find((collection) => collection.slug === 'media')!
}
const fieldNames = (collection: CollectionConfig) => collection.fields.map((field) => ('name' in field ? field.name : '')).sort()
const upload = (collection: CollectionConfig) => collection.upload as Exclude<CollectionConfig['upload'], boolean | undefined>

describe('media storage', () => {
  test('without S3_BUCKET: local storage in MEDIA_DIR, no S3 handlers', async () => {
    const media = await apply({})
    expect(upload(media).disableLocalStorage).toBeUndefined()
    expect(upload(media).staticDir).toBe(upload(Media).staticDir)
    expect(upload(media).handlers ?? []).toHaveLength(0)
    expect(settings({})).toBeUndefined()
  })

  test('with S3_BUCKET: the S3 adapter serves and stores media, local storage off', async () => {
    const media = await apply({ S3_BUCKET: 'cms-media', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })
    expect(upload(media).disableLocalStorage).toBe(true)
    expect(upload(media).handlers).toHaveLength(1)
    expect(media.hooks?.afterDelete?.length ?? 0).toBeGreaterThan(0)
  })

  test('the schema is the same with and without S3', async () => {
    expect(fieldNames(await apply({ S3_BUCKET: 'cms-media' }))).toEqual(fieldNames(await apply({})))
  })

  test('settings from the environment', () => {
    expect(settings({ S3_BUCKET: 'b' })).toEqual({ bucket: 'b', region: 'us-east-1', endpoint: undefined, forcePathStyle: false, credentials: undefined })
    expect(settings({ S3_BUCKET: 'b', S3_REGION: 'eu-west-1', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })).toEqual({
      bucket: 'b',
      region: 'eu-west-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
    })
    // A key without its secret (or the reverse) is a configuration mistake, not "use the credential chain".
    expect(() => settings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/)
    expect(() => settings({ S3_BUCKET: 'b', S3_SECRET_ACCESS_KEY: 's', S3_ACCESS_KEY_ID: '' })).toThrow(/S3_ACCESS_KEY_ID/)
  })
})
