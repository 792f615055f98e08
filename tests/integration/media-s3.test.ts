/**
 * Media in S3-compatible storage (S3_BUCKET and friends set): uploads go to the bucket, not to
 * MEDIA_DIR, are served back through the app from the bucket, and are deleted from it with their
 * document. The bucket is tests/support/s3StandIn.ts, a small in-memory S3 server on loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { bootApp, createStaff, loginToken, uploadMedia } from '../support/payload'
import { startS3StandIn, type S3StandIn } from '../support/s3StandIn'

const BUCKET = 'cms-media-test'
let s3: S3StandIn
let payload: Payload
let http: Awaited<ReturnType<typeof bootApp>>['http']
let editorToken = ''

beforeAll(async () => {
  s3 = await startS3StandIn(BUCKET)
  // Read when the config is built, which bootApp does after this (tests/support/payload loads it lazily).
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: s3.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'test-access-key',
    S3_SECRET_ACCESS_KEY: 'test-secret-key',
  })
  ;({ payload, http } = await bootApp())
  const editor = await createStaff(payload, 'editor')
  editorToken = await loginToken(http, editor.email, editor.password)
})
afterAll(async () => {
  await payload?.destroy()
  await s3?.close()
  fs.rmSync(process.env.MEDIA_DIR as string, { recursive: true, force: true })
})

describe('media in S3-compatible storage', () => {
  test('the config switches the media collection to the bucket', () => {
    const media = payload.collections.media.config
    expect(media.upload.disableLocalStorage).toBe(true)
    expect(media.upload.handlers?.length).toBeGreaterThan(0)
  })

  test('an upload lands in the bucket (original and sizes), not on local disk, and is served back through the app', async () => {
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 20, g: 120, b: 90 } } }).png().toBuffer()
    const upload = await uploadMedia(http, editorToken, png, { filename: 'green-card.png', contentType: 'image/png', alt: 'A green test card' })
    expect(upload.status).toBe(201)
    const doc = upload.body.doc
    expect(doc.filename).toBe('green-card.png')

    expect(s3.objects.get('green-card.png')?.body.equals(png)).toBe(true)
    expect(s3.objects.get('green-card.png')?.contentType).toBe('image/png')
    const sizeFiles = Object.values(doc.sizes as Record<string, { filename: string | null }>)
      .map((size) => size.filename)
      .filter(Boolean) as string[]
    expect(sizeFiles.length).toBeGreaterThanOrEqual(2)
    for (const file of sizeFiles) expect(s3.objects.has(file)).toBe(true)
    // Nothing written to this process's disk.
    const mediaDir = process.env.MEDIA_DIR as string
    expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])

    // Same URL as with local storage; the bytes come from the bucket.
    expect(doc.url).toBe('/api/media/file/green-card.png')
    const served = await http.get(doc.url).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => done(null, Buffer.concat(chunks)))
    })
    expect(served.status).toBe(200)
    expect(served.headers['content-type']).toBe('image/png')
    expect((served.body as Buffer).equals(png)).toBe(true)
    expect(s3.requests.some((request) => request.method === 'GET' && request.path === `/${BUCKET}/green-card.png`)).toBe(true)

    // Deleting the document deletes its files from the bucket.
    expect((await http.delete(`/api/media/${doc.id}`).set('Authorization', `JWT ${editorToken}`)).status).toBe(200)
    expect(s3.objects.has('green-card.png')).toBe(false)
    for (const file of sizeFiles) expect(s3.objects.has(file)).toBe(false)
  })
})
