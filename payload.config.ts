import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { EXPERIMENTAL_TableFeature, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { Users } from './src/collections/Users'
import { Authors } from './src/collections/Authors'
import { Topics } from './src/collections/Topics'
import { Articles } from './src/collections/Articles'
import { Media } from './src/collections/Media'
import { Comments } from './src/collections/Comments'
import { ClaimRules } from './src/collections/ClaimRules'
import { ModerationEvents } from './src/collections/ModerationEvents'
import { CommentReports } from './src/collections/CommentReports'
import { RateLimitHits } from './src/collections/RateLimitHits'
import { ModerationPolicyGlobal } from './src/globals/ModerationPolicy'
import { notifyModeratorsTask } from './src/jobs/notifyModerators'
import { rescreenCommentsTask } from './src/jobs/rescreenComments'
import { databaseAdapter } from './src/db/adapter'
import { emailAdapter } from './src/lib/email'
import { graphQLLimits } from './src/lib/graphqlLimits'
import { customQueries } from './src/lib/graphqlQueries'
import { answerMalformedInput } from './src/lib/malformedInput'
import { mediaStorage } from './src/lib/mediaStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const origins = (process.env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
const serverURL = process.env.PUBLIC_URL || undefined

export default buildConfig({
  serverURL,
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Health CMS' },
    // Gravatar needs the internet; the built-in avatar works offline.
    avatar: 'default',
    components: { beforeDashboard: ['/src/components/admin/ModerationSummary#ModerationSummary'] },
  },
  collections: [Articles, Authors, Topics, Media, Comments, ClaimRules, ModerationEvents, CommentReports, Users, RateLimitHits],
  globals: [ModerationPolicyGlobal],
  hooks: { afterError: [answerMalformedInput] },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature(), EXPERIMENTAL_TableFeature()],
  }),
  db: databaseAdapter(),
  sharp,
  email: emailAdapter(),
  upload: { limits: { fileSize: Number(process.env.MEDIA_MAX_BYTES ?? 10 * 1024 * 1024) } },
  // Media in S3 (or MinIO...) when S3_BUCKET is set, so every app process sees every upload; MEDIA_DIR otherwise.
  plugins: [mediaStorage()],
  // Only the configured frontends may call the API from a browser with credentials.
  cors: origins,
  csrf: origins,
  graphQL: {
    maxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY ?? 600),
    disablePlaygroundInProduction: true,
    // Introspection stays on: the public schema is committed anyway, and frontends generate clients from it.
    disableIntrospectionInProduction: false,
    validationRules: graphQLLimits,
    queries: customQueries,
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
  },
  jobs: {
    tasks: [notifyModeratorsTask, rescreenCommentsTask],
    // No `autoRun` here: Payload 3.90's runner can run one job in two processes at once. Every app process
    // runs src/jobs/runner.ts instead (started by createApp; JOBS_AUTORUN=false turns it off), which claims
    // each job atomically: held-comment notifications, re-screens and scheduled publishing run exactly once.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'Admin' },
    }),
  },
  // Types come from `npm run generate` only: Payload's dev-mode auto-generation would rewrite them from
  // whichever database a run uses (MongoDB's string ids under `npm run test:mongo`).
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: (process.env.LOG_LEVEL ?? 'info') as 'info' } },
})
