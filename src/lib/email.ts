import nodemailer from 'nodemailer'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * SMTP when SMTP_HOST is set; otherwise a transport that renders each message as JSON and logs it,
 * so development and tests never try to reach a mail server (or nodemailer's test service).
 */
export const emailAdapter = () => {
  const from = { defaultFromAddress: process.env.EMAIL_FROM ?? 'cms@localhost', defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Health CMS' }
  if (process.env.SMTP_HOST) {
    return nodemailerAdapter({
      ...from,
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      },
    })
  }
  return nodemailerAdapter({ ...from, skipVerify: true, transport: nodemailer.createTransport({ jsonTransport: true }) })
}
