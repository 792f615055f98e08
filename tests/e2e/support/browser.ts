import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ARTIFACTS } from './server'

/** The system Chromium (never a downloaded one), quiet and offline. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

export const screenshot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage })

/** Logs a staff member into the admin UI. */
export const adminLogin = async (page: Page, baseURL: string, account: { email: string; password: string }) => {
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
}
