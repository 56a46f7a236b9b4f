import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { restrictDocumentLocks } from '@/access/documentLocks'
import { adminComponents, adminMeta } from '@/admin/adminComponents'
import { ADMIN_DATE_TIME_FORMAT } from '@/admin/chineseAdminFields'
import { ArticleListings } from '@/collections/ArticleListings'
import { Articles } from '@/collections/Articles'
import { AuditEvents } from '@/collections/AuditEvents'
import { Campaigns } from '@/collections/Campaigns'
import { CaseObjections } from '@/collections/CaseObjections'
import { CaseReviews } from '@/collections/CaseReviews'
import { CaseSubmissions } from '@/collections/CaseSubmissions'
import { CaseVotes } from '@/collections/CaseVotes'
import { Comments } from '@/collections/Comments'
import { LivestreamEvents } from '@/collections/LivestreamEvents'
import { Media } from '@/collections/Media'
import { MAX_UPLOAD_BYTES } from '@/collections/Media/fileRules'
import { Organizations } from '@/collections/Organizations'
import { PageViews } from '@/collections/PageViews'
import { PairingAids } from '@/collections/PairingAids'
import { Regions } from '@/collections/Regions'
import { SearchIndex } from '@/collections/SearchIndex'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { ViewTotals } from '@/collections/ViewTotals'
import { VoteBursts } from '@/collections/VoteBursts'
import { chooseDatabase } from '@/config/database'
import { databaseAdapter } from '@/config/databaseAdapter'
import { emailAdapter } from '@/config/email'
import { i18n } from '@/config/i18n'
import { resolveSecret } from '@/config/secret'
import { SensitiveWords } from '@/globals/SensitiveWords'
import { SiteSettings } from '@/globals/SiteSettings'
import { apiGraphQL } from '@/graphql/apiGraphQL'
import { csrfOrigins } from '@/config/siteOrigins'
import { keepErrorData } from '@/hooks/keepErrorData'
import { jobsConfig } from '@/jobs/jobsConfig'
import { USER_FACING_ERROR } from '@/lib/UserFacingError'
import { plugins } from '@/plugins'

export default buildConfig({
  secret: resolveSecret(process.env),
  serverURL: process.env.SERVER_URL || undefined,
  csrf: csrfOrigins(process.env),
  db: databaseAdapter(process.env.DATABASE_URI),
  editor: lexicalEditor(),
  sharp,
  i18n,
  // SMTP from the environment; without SMTP_HOST mail is only logged (see src/config/email.ts).
  email: emailAdapter(process.env),
  collections: [
    Articles,
    Topics,
    LivestreamEvents,
    PairingAids,
    Campaigns,
    CaseSubmissions,
    CaseReviews,
    CaseVotes,
    VoteBursts,
    CaseObjections,
    Comments,
    AuditEvents,
    Users,
    Organizations,
    Regions,
    Media,
    SearchIndex,
    PageViews,
    ViewTotals,
    ArticleListings,
  ],
  globals: [SensitiveWords, SiteSettings],
  plugins,
  jobs: jobsConfig,
  admin: {
    user: Users.slug,
    // The default avatar is fetched from gravatar; the admin must not call out to any network service.
    avatar: 'default',
    // Schedules and dates are entered in China Standard Time, whatever the server's zone.
    timezones: {
      supportedTimezones: [
        { label: '北京时间', value: 'Asia/Shanghai' },
        { label: 'UTC', value: 'UTC' },
      ],
      defaultTimezone: 'Asia/Shanghai',
    },
    meta: adminMeta,
    components: adminComponents,
    dateFormat: ADMIN_DATE_TIME_FORMAT,
    importMap: {
      baseDir: path.resolve(process.cwd()),
    },
  },
  hooks: {
    afterError: [keepErrorData],
  },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
  },
  graphQL: apiGraphQL,
  telemetry: false,
  // Tests set LOG_LEVEL=warn to keep their output readable; otherwise Payload's own pretty logger.
  logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
  // A refused request is the caller's mistake, not the server's: one line at info, no stack trace.
  loggingLevels: {
    [USER_FACING_ERROR]: 'info',
    AuthenticationError: 'info',
    LockedAuth: 'info',
  } as Config['loggingLevels'],
  typescript: {
    outputFile: path.resolve(process.cwd(), 'src/payload-types.ts'),
    // The committed types are those of SQLite (numeric ids): a start on PostgreSQL or MongoDB (text ids) must not
    // rewrite them, as every start outside production does
    autoGenerate: chooseDatabase(process.env.DATABASE_URI).engine === 'sqlite',
  },
}).then(restrictDocumentLocks)
