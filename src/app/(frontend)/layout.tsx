import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { SITE_NAME } from '@/frontend/site'
import './styles.css'

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'Evidence-based health education, written and reviewed by specialists.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f5c4d' }

/** The reader site's root layout (the admin has its own under (payload)). */
export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="site-name">
              {SITE_NAME}
            </Link>
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <Link href="/">Latest articles</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              {SITE_NAME} is health education, not medical advice. Talk to your doctor or pharmacist before changing a treatment.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
