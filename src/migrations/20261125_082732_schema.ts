import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`article_status_parent_createdAt_idx\` ON \`comments\` (\`article_id\`,\`status\`,\`parent_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`parent_status_createdAt_idx\` ON \`comments\` (\`parent_id\`,\`status\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`article_status_parent_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`parent_status_createdAt_idx\`;`)
}
